"""Build the one-folder bundle (dist/kesos-desktop/) and, on Windows, the installer.

    python installer/build.py               # translations + PyInstaller bundle
    python installer/build.py --installer   # ... then Inno Setup (Windows, iscc on PATH or default folder)

Run from any folder; needs the ``bundle`` extra (``pip install .[bundle]``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "kesos-desktop.spec"
ISS = ROOT / "installer" / "kesos-desktop.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "kesos-desktop"


def version() -> str:
    text = (ROOT / "kesos_desktop" / "__init__.py").read_text("utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    assert match, "kesos_desktop.__version__ not found"
    return match.group(1)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def build_translations() -> None:
    # The .qm files are build products (not in git): compile them so the bundle ships them.
    script = ROOT / "tools" / "i18n.py"
    if script.exists():
        run([sys.executable, str(script), "build"])


def build_bundle() -> float:
    started = time.monotonic()
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ]
    )
    return time.monotonic() - started


def find_iscc() -> str:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    sys.exit("ISCC.exe (Inno Setup 6) tidak ditemukan: pasang Inno Setup atau tambahkan ke PATH.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bangun bundel Kesos Desktop (dan installer Windows).")
    parser.add_argument("--installer", action="store_true", help="lalu buat installer dengan Inno Setup (Windows)")
    args = parser.parse_args(argv)

    build_translations()
    seconds = build_bundle()
    print(f"Bundel: {BUNDLE} ({folder_size(BUNDLE) / 1e6:.0f} MB, {seconds:.0f} s)")
    if args.installer:
        run([find_iscc(), f"/DAppVersion={version()}", str(ISS)])
        print(f"Installer: {DIST / f'kesos-desktop-{version()}-setup.exe'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
