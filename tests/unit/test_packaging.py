"""A plain (non-editable) install carries the user guide: the wheel holds docs/panduan as
kesos_desktop/resources/panduan, and the help page finds it there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "panduan"


@pytest.mark.slow
def test_wheel_ships_the_user_guide(tmp_path: Path) -> None:
    # Built from a copy: a build in the shared checkout would leave build/ and egg-info behind.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "kesos_desktop", src / "kesos_desktop", ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    shutil.copytree(GUIDE, src / "docs" / "panduan")
    assert not (src / "kesos_desktop" / "resources" / "panduan").exists()  # the source has one copy only
    out = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
    )
    wheel = next(out.glob("kesos_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"kesos_desktop/resources/panduan/{p.relative_to(GUIDE).as_posix()}" for p in GUIDE.rglob("*") if p.is_file()
    }
    assert {"kesos_desktop/resources/panduan/README.md", "kesos_desktop/resources/panduan/img/login.png"} <= expected
    assert expected <= names

    # Installed (unpacked) without the checkout next to it, the help page reads the packaged copy.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    found = subprocess.run(
        [sys.executable, "-c", "from kesos_desktop.views import help_view; print(help_view.guide_dir())"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert found == str(site / "kesos_desktop" / "resources" / "panduan")
