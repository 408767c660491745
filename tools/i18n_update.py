"""Refresh the translation sources: `make i18n-update` (then `make i18n` builds the .qm files).

- `pyside6-lupdate` reads every `tr()` / `QCoreApplication.translate()` / `QT_TRANSLATE_NOOP()`
  string under ui/.
- The core's clerk-facing text is extracted from app/ with `ast`: the literal template of every
  `msg("…")` call, and the Chinese labels in module-level tables named `*_LABELS`, `*_POLICIES`
  or `DEFAULTS` (role names, setting labels the shell shows) and in constants named `*_TAGS` /
  `*_TAG` / `*_DOCUMENTS` / `*_DOCUMENT` / `DOCUMENTS` (member group tags, claim documents). The `msg()` templates of ui/ (input
  errors raised by the shell's forms) join them. They go to context "app" through a generated
  stub that lupdate reads like any other source. `msg(SOME_LABELS[key])` needs no literal: the
  table's strings are extracted.
- huzhu_zh_CN.ts is the source language: every entry is marked finished with itself as its
  translation. Other languages keep their translations; new strings arrive unfinished.

Locations are left out of the .ts files so that parallel edits of the code do not conflict in them.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "i18n"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
LABEL_TABLE_SUFFIXES = ("_LABELS", "_POLICIES", "_TAGS", "_TAG", "_DOCUMENTS", "_DOCUMENT")
LABEL_TABLE_NAMES = ("DEFAULTS", "DOCUMENTS", "CLAIM_FIELDS")


@dataclass
class Extraction:
    templates: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"huzhu_{language}.ts"


def _is_label_table(name: str) -> bool:
    return name in LABEL_TABLE_NAMES or name.endswith(LABEL_TABLE_SUFFIXES)


def _chinese_strings(node: ast.AST) -> list[str]:
    return [
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and not n.value.isascii()
    ]


def _label_tables(tree: ast.Module) -> list[str]:
    found: list[str] = []
    for stmt in tree.body:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
        value = getattr(stmt, "value", None)
        if value is None or not any(
            isinstance(t, ast.Name) and _is_label_table(t.id) for t in targets
        ):
            continue
        items = value.values if isinstance(value, ast.Dict) else [value]
        for item in items:
            if item is not None:
                found.extend(_chinese_strings(item))
    return found


def extract_app_messages(app_dir: Path | None = None) -> Extraction:
    """Every msg() template literal and label-table string under app/ (and the msg() templates
    under ui/ beside it), in first-seen order."""
    folder = app_dir or ROOT / "app"
    result = Extraction()
    seen: set[str] = set()
    paths = sorted(folder.rglob("*.py")) + sorted((folder.parent / "ui").rglob("*.py"))
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found = _label_tables(tree) if path.is_relative_to(folder) else []
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called_name(node) == "msg" and node.args):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value)
            elif not _is_label_lookup(first):
                where = path.relative_to(folder.parent)
                result.warnings.append(f"{where}:{node.lineno}: msg() without a literal template")
        for text in found:
            if text not in seen:
                seen.add(text)
                result.templates.append(text)
    for text in _layout_names(folder.parent / "resources" / "layouts"):
        if text not in seen:
            seen.add(text)
            result.templates.append(text)
    return result


def _layout_names(folder: Path) -> list[str]:
    """The document names of the print layouts (`name` in each file), which the settings and
    printing pages show translated in context "app"."""
    names = []
    for path in sorted(folder.glob("*.json")):
        name = json.loads(path.read_text(encoding="utf-8")).get("name")
        if isinstance(name, str) and name:
            names.append(name)
    return names


def _is_label_lookup(node: ast.expr) -> bool:
    """`SOME_LABELS[key]` or `module.SOME_LABELS[key]`: a template from a table whose strings
    are extracted."""
    if not isinstance(node, ast.Subscript):
        return False
    table = node.value
    name = table.id if isinstance(table, ast.Name) else getattr(table, "attr", "")
    return _is_label_table(name)


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def write_stub(templates: list[str], path: Path) -> Path:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [
        f"QCoreApplication.translate({json.dumps('app')}, {json.dumps(t, ensure_ascii=False)})"
        for t in templates
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pyside_tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (make test sets up .venv)")
    return found


def lupdate_executable() -> str:
    return _pyside_tool("pyside6-lupdate")


def lrelease_executable() -> str:
    return _pyside_tool("pyside6-lrelease")


def run_lupdate(ts: Path, stub: Path, *, root: Path = ROOT) -> None:
    sources = [*sorted(str(p) for p in (root / "ui").rglob("*.py")), str(stub)]
    done = subprocess.run(
        [lupdate_executable(), *sources, "-ts", str(ts), "-locations", "none", "-no-obsolete"],
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"pyside6-lupdate failed:\n{done.stdout[:1500]}\n{done.stderr[:1500]}")


def mark_identity(ts: Path) -> None:
    """The source language translates every string to itself, finished."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        source = message.findtext("source")
        if message.get("numerus") == "yes":  # Chinese has one plural form
            forms = translation.findall("numerusform")
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = source
            translation.text = None
        else:
            translation.text = source
    _write_ts(tree, ts)


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is None or kind == "unfinished":
                out.append((name, message.findtext("source") or ""))
    return out


def update(ts_dir: Path = TS_DIR, languages: tuple[str, ...] = LANGUAGES) -> Extraction:
    """Refresh the .ts files for `languages` in `ts_dir` from the current code."""
    extraction = extract_app_messages()
    ts_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        stub = write_stub(extraction.templates, Path(tmp) / "app_messages.py")
        for language in languages:
            ts = ts_path(language, ts_dir)
            run_lupdate(ts, stub)
            if language == SOURCE_LANGUAGE:
                mark_identity(ts)
            else:
                _set_language(ts, language)
    return extraction


def _set_language(ts: Path, language: str) -> None:
    tree = ET.parse(ts)
    tree.getroot().set("language", language)
    tree.getroot().set("sourcelanguage", SOURCE_LANGUAGE)
    _write_ts(tree, ts)


def stale_source_strings(ts_dir: Path = TS_DIR) -> list[tuple[str, str]]:
    """Strings in the code that the committed zh_CN.ts lacks (`make i18n-update` not run)."""
    committed = ts_path(SOURCE_LANGUAGE, ts_dir)
    if not committed.exists():
        return [("", f"{committed} is missing")]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / committed.name
        shutil.copyfile(committed, fresh)
        stub = write_stub(extract_app_messages().templates, Path(tmp) / "app_messages.py")
        run_lupdate(fresh, stub)
        return unfinished(fresh)


def main() -> int:
    extraction = update()
    for warning in extraction.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for language in LANGUAGES:
        ts = ts_path(language)
        left = len(unfinished(ts))
        print(f"{ts.relative_to(ROOT)}: {left} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
