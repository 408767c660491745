"""Clerk-facing messages from the core.

The core speaks Simplified Chinese, the product's source language. A message keeps its template
and parameters apart so the Qt shell can translate the template (context "app") through the same
.ts/.qm files as the widgets, while the CLI prints it as is. `msg()` is the marker the translation
extractor looks for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


def msg(template: str, /, **params: Any) -> Message:
    return Message(template, params)
