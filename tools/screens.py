"""Screenshots of a clerk's day at 1366×768 into docs/screens/ (issue 18.6).

    .venv/bin/python -m tools.screens            # offscreen: QWidget.grab() of each window
    .venv/bin/python -m tools.screens --xvfb     # under a real X server (Xvfb :58, 1366×768)

It runs the acceptance walk tests/ui/test_clerk_day.py — the same clicks and typing on the demo
office — with HUZHU_SCREENS set, so every step saves <step>.png of its window or dialog; the
pictures therefore always show what the test proves works.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST = "tests/ui/test_clerk_day.py"
DISPLAY = ":58"


def _start_xvfb() -> subprocess.Popen[bytes]:
    binary = shutil.which("Xvfb")
    if binary is None:
        sys.exit("Xvfb 未安装（apt-get install -y xvfb），或去掉 --xvfb 以离屏截图")
    server = subprocess.Popen([binary, DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
    time.sleep(1.0)  # the server needs a moment before the first client connects
    if server.poll() is not None:
        sys.exit(f"Xvfb {DISPLAY} 未能启动")
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screens")
    parser.add_argument("--xvfb", action="store_true", help=f"在 Xvfb {DISPLAY} 上运行")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HUZHU_SCREENS": str(out)}
    server = None
    if args.xvfb:
        server = _start_xvfb()
        env.update(DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST]
        code = subprocess.call(command, cwd=REPO, env=env)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    shots = sorted(p.name for p in out.glob("*.png"))
    print(f"{len(shots)} 张截图在 {out}：{'、'.join(shots)}")
    return code


if __name__ == "__main__":
    sys.exit(main())
