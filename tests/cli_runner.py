"""Run the real `huzhu` command in a subprocess, as a batch job or an acceptance check would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def huzhu(*args: str | Path, env: dict[str, str] | None = None, stdin: str = "") -> Run:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("HUZHU_")}
    full_env["PYTHONPATH"] = str(REPO)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)
