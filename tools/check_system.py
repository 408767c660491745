"""Before `make run` on Linux: are the system libraries Qt's xcb platform loads installed?

Qt aborts with a message naming only the first library it misses (libxcb-cursor0 on a fresh
Debian 12). This loads each library the way Qt would and, when any is missing, prints the one
apt-get line that installs them all, then exits 1. The list is what PySide6's libqxcb.so,
libQt6XcbQpa, libQt6Gui and libQt6DBus link against (`objdump -p … | grep NEEDED`), less what
every Linux has (libc, libstdc++, zlib); the packages are Debian 12's (Ubuntu picks the same
names, choosing e.g. libglib2.0-0t64 for libglib2.0-0 by itself).

    python tools/check_system.py             # exit 0: ready; exit 1: the apt-get line was printed
    python tools/check_system.py --packages  # the packages of that line (what .ci/run installs)
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# soname -> Debian/Ubuntu package
LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# What a fresh Debian 12 also lacks for `make run` itself (the venv module, make).
TOOLS = ("make", "python3-venv")
PACKAGES = tuple(dict.fromkeys((*TOOLS, *LIBRARIES.values())))
APT_LINE = "sudo apt-get install " + " ".join(PACKAGES)


def missing(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The sonames that cannot be loaded, in LIBRARIES order."""
    absent = []
    for soname in LIBRARIES:
        try:
            load(soname)
        except OSError:
            absent.append(soname)
    return absent


def report(absent: list[str]) -> str:
    packages = ", ".join(dict.fromkeys(LIBRARIES[s] for s in absent))
    return (
        f"Qt 图形界面缺少系统库：{', '.join(absent)}（软件包 {packages}）。\n"
        "Missing system libraries for Qt's xcb platform. On Debian/Ubuntu run:\n\n"
        f"    {APT_LINE}\n"
    )


def main(argv: list[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else argv) == ["--packages"]:
        print(" ".join(PACKAGES))  # for .ci/run: one list for the README, make run and CI
        return 0
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] != "xcb":
        return 0  # offscreen, wayland …: the xcb libraries are not what will be loaded
    absent = missing()
    if absent:
        print(report(absent), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
