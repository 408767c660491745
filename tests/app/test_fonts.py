"""The shipped CJK fonts: found with every system font hidden, rare name characters drawn by the
fallback face, and the Windows font a desk picks in 设置."""

from __future__ import annotations

import shutil

import pytest

from app.printing import fonts
from app.printing.pdf import Document, write_pdf
from tests.app.printing_pdf import embedded_fonts, texts
from tests.cli_runner import huzhu_process

SHIPPED = fonts.bundled_dir()
RARE_NAME = "刘䶮"  # 䶮 is CJK Extension A (GB 18030): not in WenQuanYi Micro Hei


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing registered yet in this process, so each test finds its own font files."""
    monkeypatch.setattr(fonts, "_registered", {})


def test_system_fonts_hidden_by_the_environment(monkeypatch):
    monkeypatch.setenv("HUZHU_SYSTEM_FONTS", "off")
    assert fonts.system_font_dirs() == []
    monkeypatch.delenv("HUZHU_SYSTEM_FONTS")
    assert fonts.system_font_dirs()


def test_the_shipped_font_is_used_without_any_system_font(monkeypatch, fresh_registry, tmp_path):
    monkeypatch.setenv("HUZHU_SYSTEM_FONTS", "off")
    choice = fonts.register_font(tmp_path)
    assert choice.path == SHIPPED / fonts.BUNDLED_FILE
    assert choice.name == fonts.FONT_NAME
    # Every GB 2312 hanzi is in the main face: names of the common kind never need the fallback.
    gb2312 = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                gb2312.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    assert len(gb2312) == 6763
    assert choice.runs("".join(gb2312)) == [(fonts.FONT_NAME, "".join(gb2312))]


def test_a_character_the_main_face_lacks_is_drawn_by_the_fallback(tmp_path):
    choice = fonts.register_font()
    assert choice.runs(RARE_NAME + "先生") == [
        (fonts.FONT_NAME, "刘"),
        (fonts.FALLBACK_NAME, "䶮"),
        (fonts.FONT_NAME, "先生"),
    ]
    assert choice.width(RARE_NAME, 10) > choice.width("刘", 10) > 0
    doc = Document(
        layout="member_certificate",
        number="PZ-1",
        values={"number": "PZ-1", "name": RARE_NAME, "office": "测试代办处"},
    )
    out = tmp_path / "rare.pdf"
    write_pdf([doc], out)
    [text] = texts(out)
    assert f"姓名：{RARE_NAME}" in text
    faces = embedded_fonts(out)
    assert any("WenQuanYi" in f for f in faces) and any("DroidSansFallback" in f for f in faces)


def test_a_document_without_rare_characters_embeds_only_the_main_face(tmp_path):
    doc = Document(layout="member_certificate", number="PZ-2", values={"name": "张堃"})
    write_pdf([doc], tmp_path / "plain.pdf")
    faces = embedded_fonts(tmp_path / "plain.pdf")
    assert faces and all("WenQuanYi" in f for f in faces)


def test_a_picked_windows_font_is_used_from_the_system_folder(
    monkeypatch, fresh_registry, tmp_path
):
    windows_fonts = tmp_path / "Windows" / "Fonts"
    windows_fonts.mkdir(parents=True)
    shutil.copyfile(SHIPPED / fonts.BUNDLED_FILE, windows_fonts / "simsun.ttc")  # a stand-in
    monkeypatch.setattr(fonts, "system_font_dirs", lambda: [windows_fonts])
    data = tmp_path / "data"
    data.mkdir()
    assert fonts.load_choice(data) == fonts.BUNDLED
    fonts.save_choice(data, "simsun")
    assert fonts.load_choice(data) == "simsun"
    choice = fonts.register_font(data)
    assert (choice.name, choice.path) == ("HuzhuSimSun", windows_fonts / "simsun.ttc")
    assert fonts.register_font(tmp_path / "elsewhere").name == fonts.FONT_NAME


def test_a_picked_font_missing_on_this_desk_says_to_pick_the_shipped_one(
    monkeypatch, fresh_registry, tmp_path
):
    monkeypatch.setenv("HUZHU_SYSTEM_FONTS", "off")
    fonts.save_choice(tmp_path, "simhei")
    with pytest.raises(fonts.FontMissing) as caught:
        fonts.register_font(tmp_path)
    assert "黑体" in str(caught.value) and "随程序附带" in str(caught.value)
    (tmp_path / fonts.CHOICE_FILE).write_text('{"font": "comic-sans"}', encoding="utf-8")
    assert fonts.load_choice(tmp_path) == fonts.BUNDLED
    with pytest.raises(ValueError):
        fonts.save_choice(tmp_path, "comic-sans")


def test_selftest_process_passes_with_every_system_font_hidden(tmp_path):
    """The real `huzhu --selftest` process: no system font folder is searched at all."""
    run = huzhu_process("--selftest", env={"HUZHU_SYSTEM_FONTS": "off", "HOME": str(tmp_path)})
    assert run.code == 0, run.out + run.err
    assert f"font {SHIPPED / fonts.BUNDLED_FILE}" in run.out
    assert "selftest passed" in run.out
