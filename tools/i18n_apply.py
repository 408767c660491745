"""Fill unfinished translations in a .ts file from a JSON batch: `python -m tools.i18n_apply en FILE.json`.

The batch maps a source string to its translation (a list of forms for a `%n` numerus message);
a key "Context|source" applies to that context only and wins over the plain key. The CURRENT
.ts file is read and written back at once, so translators working on the same file in parallel
only ever fill entries that are still unfinished. A translation whose placeholders (`{name}`,
`{n:,}`, `%1`, `%n`) differ from its source is refused and reported.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.i18n_update import _write_ts, ts_path, unfinished

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n)")


def placeholders(text: str) -> list[str]:
    """The sorted placeholders of a template, repeated ones once."""
    return sorted(set(PLACEHOLDER.findall(text)))


def _lookup(batch: dict[str, str | list[str]], context: str, source: str):
    return batch.get(f"{context}|{source}", batch.get(source))


def _fill(message: ET.Element, value: str | list[str]) -> bool:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        forms = [value] * 2 if isinstance(value, str) else list(value)
        for old in translation.findall("numerusform"):
            translation.remove(old)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
        translation.text = None
    else:
        if not isinstance(value, str) or not value:
            return False
        translation.text = value
    translation.attrib.pop("type", None)
    return True


def apply(ts: Path, batch: dict[str, str | list[str]]) -> tuple[int, list[str]]:
    """Fill the unfinished entries of `ts` found in `batch`; (filled, refusals)."""
    tree = ET.parse(ts)
    filled, refused = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            value = _lookup(batch, name, source)
            if value is None:
                continue
            texts = [value] if isinstance(value, str) else value
            if any(placeholders(t) != placeholders(source) for t in texts):
                refused.append(f"[{name}] {source} -> {value}")
            elif _fill(message, value):
                filled += 1
    _write_ts(tree, ts)
    return filled, refused


def main(argv: list[str]) -> int:
    language, *batches = argv
    ts = ts_path(language)
    for path in batches:
        filled, refused = apply(ts, json.loads(Path(path).read_text(encoding="utf-8")))
        print(f"{path}: {filled} filled")
        for line in refused:
            print(f"refused (placeholders differ): {line}", file=sys.stderr)
    print(f"{ts.name}: {len(unfinished(ts))} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
