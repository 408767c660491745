"""Translations: the committed .ts files match the code, and the extractor finds the core's text."""

from __future__ import annotations

from pathlib import Path

from tools import i18n_update
from tools.i18n_update import TS_DIR, extract_app_messages, ts_path, unfinished

# The shell's own contexts: English must cover them (pages of other areas may lag behind).
SHELL_CONTEXTS = {
    "pages",
    "PlaceholderPage",
    "MainWindow",
    "LoginDialog",
    "SettingsPage",
    "OperatorsBox",
    "AddOperatorDialog",
    "application",
    "ops",
}


def test_source_language_file_is_complete_and_current() -> None:
    """Fails when a tr()/msg() string was added without running `make i18n-update`."""
    assert unfinished(ts_path("zh_CN")) == []
    stale = i18n_update.stale_source_strings()
    assert stale == [], "run `make i18n-update` and commit resources/i18n/*.ts: " + "; ".join(
        f"[{context}] {source}" for context, source in stale[:10]
    )


def test_english_covers_the_shell() -> None:
    missing = [(c, s) for c, s in unfinished(ts_path("en")) if c in SHELL_CONTEXTS]
    assert missing == []


def test_stale_check_notices_a_new_string(tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "i18n"
    copy.mkdir()
    (copy / "huzhu_zh_CN.ts").write_text(
        ts_path("zh_CN")
        .read_text(encoding="utf-8")
        .replace("<source>单位</source>", "<source>X</source>"),
        encoding="utf-8",
    )
    assert ("pages", "单位") in i18n_update.stale_source_strings(copy)


def test_extractor_reads_msg_templates_and_label_tables(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "thing.py").write_text(
        "from app.i18n import msg\n"
        'ROLE_LABELS = {"a": "经办", "b": ("x", "审核")}\n'
        'OTHER = {"c": "不提取"}\n'
        "def f(t):\n"
        '    raise E(msg("单位“{n}”不存在。", n=1))\n'
        '    raise E(msg("第一段"\n        "第二段"))\n'
        "    return msg(t)\n",
        encoding="utf-8",
    )
    found = extract_app_messages(app)
    assert found.templates == ["经办", "审核", "单位“{n}”不存在。", "第一段第二段"]
    assert found.warnings == ["app/thing.py:8: msg() without a literal template"]


def test_the_core_messages_are_in_context_app() -> None:
    import xml.etree.ElementTree as ET

    contexts = {
        c.findtext("name"): {m.findtext("source") for m in c.iter("message")}
        for c in ET.parse(TS_DIR / "huzhu_zh_CN.ts").getroot().iter("context")
    }
    assert "账户 {u} 因连续输错密码已被锁定，请 {m} 分钟后再试，或请管理员解锁。" in contexts["app"]
    assert "主管" in contexts["app"]  # ROLE_LABELS, shown in the status bar
