"""Translations: the committed .ts files match the code, and the extractor finds the core's text."""

from __future__ import annotations

import re
from pathlib import Path

from tools import i18n_update
from tools.i18n_apply import apply, placeholders
from tools.i18n_update import TS_DIR, extract_app_messages, ts_path, unfinished

CJK = re.compile(r"[\u3400-\u9fff]+")


def test_source_language_file_is_complete_and_current() -> None:
    """Fails when a tr()/msg() string was added without running `make i18n-update`."""
    assert unfinished(ts_path("zh_CN")) == []
    stale = i18n_update.stale_source_strings()
    assert stale == [], "run `make i18n-update` and commit resources/i18n/*.ts: " + "; ".join(
        f"[{context}] {source}" for context, source in stale[:10]
    )


def english_pairs(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message; a numerus message has several forms."""
    import xml.etree.ElementTree as ET

    pairs = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] or [translation.text or ""]
            pairs.append((context.findtext("name") or "", message.findtext("source") or "", texts))
    return pairs


def test_english_is_complete() -> None:
    """Every message has a finished English text with the same placeholders as its source."""
    assert unfinished(ts_path("en")) == []
    pairs = english_pairs(ts_path("en"))
    empty = [(c, s) for c, s, texts in pairs if not all(t.strip() for t in texts)]
    assert empty == []
    mismatched = [
        (c, s, texts)
        for c, s, texts in pairs
        if any(placeholders(t) != placeholders(s) for t in texts)
    ]
    assert mismatched == []
    # Chinese stays only where it quotes the source: what a roster column must say, for example.
    chinese = [
        (c, s, texts)
        for c, s, texts in pairs
        if any(run not in s for t in texts for run in CJK.findall(t))
    ]
    assert chinese == [], "English text holding Chinese"


def test_english_numerus_forms_use_the_count() -> None:
    numerus = [(s, texts) for _c, s, texts in english_pairs(ts_path("en")) if len(texts) > 1]
    assert numerus, "the English file lost its plural forms"
    assert all(len(texts) == 2 and all("%n" in t for t in texts) for _s, texts in numerus)


def test_apply_fills_only_unfinished_entries_with_matching_placeholders(tmp_path: Path) -> None:
    ts = tmp_path / "huzhu_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        "<context><name>Page</name>"
        '<message><source>单位 {n}</source><translation type="unfinished" /></message>'
        '<message><source>会员</source><translation type="unfinished" /></message>'
        "<message><source>保存</source><translation>Keep</translation></message>"
        '<message numerus="yes"><source>共 %n 页</source><translation type="unfinished">'
        "<numerusform /><numerusform /></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    filled, refused = apply(
        ts,
        {
            "单位 {n}": "Unit {n}",
            "会员": "Member {x}",
            "Page|保存": "Save",
            "共 %n 页": ["%n page", "%n pages"],
        },
    )
    assert filled == 2
    assert refused == ["[Page] 会员 -> Member {x}"]
    assert unfinished(ts) == [("Page", "会员")]
    pairs = {s: texts for _c, s, texts in english_pairs(ts)}
    assert pairs["单位 {n}"] == ["Unit {n}"]
    assert pairs["保存"] == ["Keep"]  # a finished translation is left alone
    assert pairs["共 %n 页"] == ["%n page", "%n pages"]


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
        'GROUP_TAGS = ("快递员", "保安员")\n'
        "def f(t):\n"
        '    raise E(msg("单位“{n}”不存在。", n=1))\n'
        '    raise E(msg("第一段"\n        "第二段"))\n'
        "    yield msg(ROLE_LABELS[t])\n"
        "    yield msg(kinds.STATUS_LABELS[t])\n"
        "    return msg(t)\n",
        encoding="utf-8",
    )
    found = extract_app_messages(app)
    assert found.templates == [
        "经办",
        "审核",
        "快递员",
        "保安员",
        "单位“{n}”不存在。",
        "第一段第二段",
    ]
    assert found.warnings == ["app/thing.py:11: msg() without a literal template"]


def test_the_core_messages_are_in_context_app() -> None:
    import xml.etree.ElementTree as ET

    contexts = {
        c.findtext("name"): {m.findtext("source") for m in c.iter("message")}
        for c in ET.parse(TS_DIR / "huzhu_zh_CN.ts").getroot().iter("context")
    }
    assert (
        "用户名或密码不正确，或账户因连续输错密码已被锁定（连续输错 {n} 次锁定 {m} 分钟）。"
        "请核对后再试，或请管理员解锁。" in contexts["app"]
    )
    assert "主管" in contexts["app"]  # ROLE_LABELS, shown in the status bar


def test_every_core_message_has_a_literal_template() -> None:
    """A template built at run time cannot be extracted, so it would never be translated."""
    assert extract_app_messages().warnings == []
