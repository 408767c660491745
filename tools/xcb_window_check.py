"""Open the real login window once on Qt's xcb platform, under an Xvfb this script starts (CI).

Makes a demo office in a temporary folder (`huzhu init --demo`), starts `Xvfb -displayfd` on a
free display, runs `huzhu --data DIR --selftest-window` there with QT_QPA_PLATFORM=xcb — the
app's real start-up, which exits 0 once the X server has the login window exposed — then stops
Xvfb. Exit code: the window check's (0 shown, 3 not shown in time, anything else: Qt failed).

    python tools/xcb_window_check.py [HUZHU]   # HUZHU: the command to run (default .venv's)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    huzhu = argv[0] if argv else str(ROOT / ".venv" / "bin" / "huzhu")
    with tempfile.TemporaryDirectory(prefix="huzhu-xcb-") as tmp:
        data = Path(tmp) / "office"
        subprocess.run(
            [huzhu, "--data", str(data), "init", "--demo"], check=True, stdout=subprocess.DEVNULL
        )
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        try:
            with os.fdopen(read_fd) as reader:
                display = reader.readline().strip()
            if not display:
                print("Xvfb did not start", file=sys.stderr)
                return 3
            env = {k: v for k, v in os.environ.items() if not k.startswith(("HUZHU_", "QT_"))}
            env |= {"DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
            run = subprocess.run(
                [huzhu, "--data", str(data), "--selftest-window"], env=env, timeout=120
            )
            print(f"xcb login window check on :{display}: exit {run.returncode}")
            return run.returncode
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
