"""The CJK TrueType fonts every document is drawn with, embedded (subset) in each PDF.

reportlab embeds TrueType outlines only; CFF/OpenType CJK fonts such as Noto CJK cannot be used.
The program ships two fonts in `resources/fonts/` (docs/decisions.md, "Shipped CJK fonts"):

- WenQuanYi Micro Hei (`wqy-microhei.ttc`): Latin, digits, punctuation, all of GB 2312 and the
  20,902 ideographs of the CJK Unified block — the face documents are drawn with;
- Droid Sans Fallback Full (`DroidSansFallbackFull.ttf`): drawn only for characters the main face
  lacks, chiefly the CJK Extension A ideographs of GB 18030 that some names use (㛃, 䶮).

A desk may pick a Windows font installed on it (宋体 SimSun, 黑体 SimHei) in 设置; the choice is
kept per desk in `<data>/print-font.json` (fonts belong to the machine, like printers) and the
fallback still covers what that font lacks. Nothing else is ever looked up among system fonts.
Setting HUZHU_SYSTEM_FONTS=off hides the system font folders altogether (the check that a desk
prints with no system font).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import DatabaseProblem
from app.i18n import msg
from app.printing import resources_dir

FONT_NAME = "HuzhuCJK"
FALLBACK_NAME = "HuzhuCJKExt"
BUNDLED_FILE = "wqy-microhei.ttc"
FALLBACK_FILE = "DroidSansFallbackFull.ttf"
CHOICE_FILE = "print-font.json"
BUNDLED = "bundled"


@dataclass(frozen=True)
class Face:
    """A main face the desk may print with: its reportlab name and, for a system font, the files
    looked for in the system's font folders (index 0 of a .ttc is its regular face)."""

    key: str
    pdf_name: str
    files: tuple[str, ...] = ()


FACES = {
    BUNDLED: Face(BUNDLED, FONT_NAME),
    "simsun": Face("simsun", "HuzhuSimSun", ("simsun.ttc",)),
    "simhei": Face("simhei", "HuzhuSimHei", ("simhei.ttf",)),
}
FACE_LABELS = {
    BUNDLED: "文泉驿微米黑（随程序附带）",
    "simsun": "宋体（本机已安装的 simsun.ttc）",
    "simhei": "黑体（本机已安装的 simhei.ttf）",
}


class FontMissing(DatabaseProblem):
    """No usable CJK TrueType font: nothing can be printed until one is installed."""


@dataclass(frozen=True)
class FontChoice:
    """The registered main face (`name`, from `path`) and the code points it has; `runs` hands
    what it lacks to the fallback face."""

    name: str
    path: Path
    covered: frozenset[int] = field(repr=False, default=frozenset())

    def runs(self, text: str) -> list[tuple[str, str]]:
        """`text` cut into (reportlab font name, piece): the main face wherever it has the
        character, the fallback face for the rest."""
        if self.covered.issuperset(map(ord, text)):
            return [(self.name, text)]
        fallback = _fallback_name()
        pieces: list[tuple[str, str]] = []
        for char in text:
            font = self.name if ord(char) in self.covered else fallback
            if pieces and pieces[-1][0] == font:
                pieces[-1] = (font, pieces[-1][1] + char)
            else:
                pieces.append((font, char))
        return pieces

    def width(self, text: str, size: float) -> float:
        """The drawn width of `text` in points, each piece measured in its own face."""
        return sum(stringWidth(piece, font, size) for font, piece in self.runs(text))


def bundled_dir() -> Path:
    """The program's own fonts (inside the bundle when frozen)."""
    return resources_dir() / "fonts"


def system_font_dirs() -> list[Path]:
    """The system's font folders, searched only for a font the desk picked in 设置; none at all
    when HUZHU_SYSTEM_FONTS=off."""
    if os.environ.get("HUZHU_SYSTEM_FONTS", "").lower() == "off":
        return []
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return [
        Path("/usr/share/fonts/truetype"),
        Path("/usr/share/fonts"),
        Path.home() / ".local" / "share" / "fonts",
        Path.home() / ".fonts",
    ]


def load_choice(data_dir: Path | None) -> str:
    """The face this desk prints with (a key of FACES); the bundled font unless one was picked."""
    if data_dir is None:
        return BUNDLED
    try:
        found = json.loads((data_dir / CHOICE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BUNDLED
    key = found.get("font") if isinstance(found, dict) else None
    return key if key in FACES else BUNDLED


def save_choice(data_dir: Path, key: str) -> Path:
    """Keep this desk's choice of face (written whole, through a temporary file)."""
    if key not in FACES:
        raise ValueError(key)
    path = data_dir / CHOICE_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"font": key}), encoding="utf-8")
    tmp.replace(path)
    return path


def _missing_bundled(name: str, folder: Path) -> FontMissing:
    return FontMissing(
        msg(
            "程序目录中缺少随附的中文字体 {name}（应在 {own}），无法打印。请重新安装本程序；"
            "或在“设置”中改用 Windows 自带的宋体（simsun.ttc）或黑体（simhei.ttf）。"
            "从源码运行时请取回完整的 resources/fonts（Debian/Ubuntu 上该字体来自 "
            "apt-get install fonts-wqy-microhei）。",
            name=name,
            own=str(folder),
        )
    )


def find_font(choice: str = BUNDLED, dirs: list[Path] | None = None) -> Path:
    """The file of face `choice`: the bundled font in `resources/fonts/`, a picked system font
    in the system's font folders (`dirs` replaces either list); FontMissing when absent."""
    face = FACES[choice]
    if face.key == BUNDLED:
        for folder in dirs if dirs is not None else [bundled_dir()]:
            if (folder / BUNDLED_FILE).is_file():
                return folder / BUNDLED_FILE
        raise _missing_bundled(BUNDLED_FILE, bundled_dir())
    searched = dirs if dirs is not None else system_font_dirs()
    for name in face.files:
        for folder in searched:
            if (folder / name).is_file():
                return folder / name
    raise FontMissing(
        msg(
            "“设置”中选用的打印字体 {label} 在本机找不到（已查找 {dirs}），无法打印。"
            "请安装该字体，或在“设置”中改回随程序附带的字体。",
            label=msg(FACE_LABELS[face.key]),
            dirs="、".join(str(d) for d in searched) or "—",
        )
    )


def _register(pdf_name: str, path: Path) -> TTFont:
    try:
        font = TTFont(pdf_name, str(path), subfontIndex=0)
    except (TTFError, OSError) as exc:
        raise FontMissing(
            msg(
                "字体文件 {path} 无法使用（{err}）；请重新安装本程序，或换用宋体、黑体。",
                path=str(path),
                err=str(exc),
            )
        ) from exc
    pdfmetrics.registerFont(font)
    return font


_registered: dict[str, FontChoice] = {}
_fallback: list[str] = []


def _fallback_name() -> str:
    """Register the fallback face the first time a document needs it (most never do)."""
    if not _fallback:
        path = bundled_dir() / FALLBACK_FILE
        if not path.is_file():
            raise _missing_bundled(FALLBACK_FILE, bundled_dir())
        _register(FALLBACK_NAME, path)
        _fallback.append(FALLBACK_NAME)
    return _fallback[0]


def register_font(data_dir: Path | None = None) -> FontChoice:
    """Register the face the desk at `data_dir` prints with (once per process) and return it."""
    face = FACES[load_choice(data_dir)]
    if face.key not in _registered:
        path = find_font(face.key)
        font = _register(face.pdf_name, path)
        _registered[face.key] = FontChoice(face.pdf_name, path, frozenset(font.face.charToGlyph))
    return _registered[face.key]
