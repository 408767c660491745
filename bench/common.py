"""What every bench module shares: the result row, medians, and timing a fresh subprocess."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / "work"


@dataclass(frozen=True)
class Row:
    """One measured piece of work beside its raw baseline and its budget (seconds, MB)."""

    work: str
    figure: float
    budget: float
    baseline: float | None = None
    peak_mb: float | None = None
    budget_mb: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.figure / self.baseline if self.baseline else None

    @property
    def passed(self) -> bool:
        memory_ok = self.budget_mb is None or (self.peak_mb or 0) <= self.budget_mb
        return self.figure <= self.budget and memory_ok

    def as_dict(self) -> dict[str, object]:
        return {
            "work": self.work,
            "figure_s": round(self.figure, 4),
            "baseline_s": None if self.baseline is None else round(self.baseline, 4),
            "ratio": None if self.ratio is None else round(self.ratio, 2),
            "budget_s": self.budget,
            "peak_mb": None if self.peak_mb is None else round(self.peak_mb, 1),
            "budget_mb": self.budget_mb,
            "pass": self.passed,
            "note": self.note,
        }


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass(frozen=True)
class ChildRun:
    seconds: float  # from just before the process was created to the moment it reported
    peak_mb: float
    report: dict[str, object]


def time_child(code: str, *, env: dict[str, str] | None = None, timeout: float = 120) -> ChildRun:
    """Run `code` in a fresh interpreter. The child prints one JSON line holding `t`
    (time.time() at its finish line) and `rss_kb` (peak resident set)."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"bench child failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    report = json.loads(lines[-1])
    return ChildRun(float(report["t"]) - started, float(report["rss_kb"]) / 1024, report)


# The child's finish line: prints the report and leaves at once (no interpreter teardown).
# Peak memory is the child's own high-water mark (VmHWM). Linux carries ru_maxrss over fork and
# exec, so a child started by a bench process that once held 3 GB would report 3 GB itself.
CHILD_REPORT = """
def _peak_rss_kb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def _report(**extra):
    import json, os, time
    print(json.dumps({"t": time.time(), "rss_kb": _peak_rss_kb(), **extra}), flush=True)
    os._exit(0)
"""
