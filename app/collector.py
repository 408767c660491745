"""Python's automatic cycle collection held off while a batch makes tens of thousands of
lasting objects (roster rows, candidates, member facts) that hold no cycles: each automatic
pass walks every object the process holds, so a 50,000-row roster import spent ~0.35 s of its
CPU in them (issue 22). No database here: the roster reader uses it before anyone logs in."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Automatic cycle collection off for the block (nested blocks included), and switched
    back on after it only if it was on: the GUI keeps it off and collects on its own timer
    (ui/collector.py). Cyclic garbage made meanwhile waits for the next collection."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
