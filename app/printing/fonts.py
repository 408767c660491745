"""The one CJK TrueType font every document is drawn with, embedded (subset) in each PDF.

reportlab embeds TrueType outlines only; CFF/OpenType CJK fonts such as Noto CJK cannot be used.
The font is looked for in `resources/fonts/` (a font shipped with the program), then in the
system's font folders; when none is found the clerk is told which font to install and where.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import DatabaseProblem
from app.i18n import msg
from app.printing import resources_dir

FONT_NAME = "HuzhuCJK"

# File names in order of preference; .ttc files hold several faces, index 0 is the regular one.
_CANDIDATE_FILES = (
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "simsun.ttc",
    "simhei.ttf",
    "msyh.ttc",
    "NotoSansSC-Regular.ttf",
    "SourceHanSansSC-Regular.ttf",
)


class FontMissing(DatabaseProblem):
    """No usable CJK TrueType font: nothing can be printed until one is installed."""


@dataclass(frozen=True)
class FontChoice:
    name: str
    path: Path


def font_dirs() -> list[Path]:
    """Folders searched, in order: the program's own fonts, then the system's."""
    dirs = [resources_dir() / "fonts"]
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/wqy"),
            Path("/usr/share/fonts/wqy-microhei"),
            Path("/usr/share/fonts/truetype"),
            Path("/usr/share/fonts"),
            Path.home() / ".local" / "share" / "fonts",
            Path.home() / ".fonts",
        ]
    return dirs


def find_font(dirs: list[Path] | None = None) -> Path:
    """The first candidate file found in `dirs` (default `font_dirs()`); FontMissing otherwise."""
    searched = dirs if dirs is not None else font_dirs()
    for name in _CANDIDATE_FILES:
        for folder in searched:
            path = folder / name
            if path.is_file():
                return path
    raise FontMissing(
        msg(
            "找不到可嵌入 PDF 的中文 TrueType 字体，无法打印。请安装字体后重试："
            "Windows 系统自带宋体（simsun.ttc）或黑体（simhei.ttf），应位于 {win}；"
            "Linux 请安装文泉驿微米黑（Debian/Ubuntu：apt-get install fonts-wqy-microhei）；"
            "也可以把 wqy-microhei.ttc 复制到程序目录 {own}。（注意：Noto/思源 CJK 的 OTF 字体不能用。）",
            win=r"C:\Windows\Fonts",
            own=str(resources_dir() / "fonts"),
        )
    )


_registered: FontChoice | None = None


def register_font(dirs: list[Path] | None = None) -> FontChoice:
    """Register the CJK font with reportlab once per process and return it."""
    global _registered
    if _registered is not None and dirs is None:
        return _registered
    path = find_font(dirs)
    try:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    except (TTFError, OSError) as exc:
        raise FontMissing(
            msg(
                "字体文件 {path} 无法使用（{err}）；请换用宋体、黑体或文泉驿微米黑。",
                path=str(path),
                err=str(exc),
            )
        ) from exc
    choice = FontChoice(FONT_NAME, path)
    if dirs is None:
        _registered = choice
    return choice
