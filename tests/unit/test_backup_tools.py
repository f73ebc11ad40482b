"""Finding pg_dump/pg_restore (PATH, KESOS_PG_BIN, the settings, the installers' versioned folders) on a fake
directory tree, and the consistency check that follows every restore (service, CLI)."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from kesos_desktop import cli
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, auth, backup


def _tool(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_windows_install_folders_newest_version_first(tmp_path: Path) -> None:
    pf = tmp_path / "Program Files"
    for ver in ("9.6", "15", "16"):
        _tool(pf / "PostgreSQL" / ver / "bin", "pg_dump.exe")
    _tool(pf / "PostgreSQL" / "17" / "bin", "psql.exe")  # 17 without the client tools: skipped
    (pf / "PostgreSQL" / "data").mkdir()  # not a version folder
    env = {"ProgramFiles": str(pf), "PATH": ""}
    found = backup.find_pg_tool("pg_dump", env=env, setting="", windows=True)
    assert found == str(pf / "PostgreSQL" / "16" / "bin" / "pg_dump.exe")  # 16 > 15 > 9.6 (not text order)
    assert backup.find_pg_tool("pg_restore", env=env, setting="", windows=True) is None
    # 32-bit installs under Program Files (x86) count too.
    x86 = tmp_path / "Program Files (x86)"
    _tool(x86 / "PostgreSQL" / "10" / "bin", "pg_restore.exe")
    env["ProgramFiles(x86)"] = str(x86)
    assert backup.find_pg_tool("pg_restore", env=env, setting="", windows=True) == str(
        x86 / "PostgreSQL" / "10" / "bin" / "pg_restore.exe"
    )


def test_explicit_folder_wins_then_path_then_versioned(tmp_path: Path) -> None:
    debian = tmp_path / "usr" / "lib" / "postgresql"
    for ver in ("13", "16"):
        _tool(debian / ver / "bin", "pg_dump")
    roots = [debian]
    assert backup.find_pg_tool("pg_dump", env={"PATH": ""}, setting="", version_roots=roots, windows=False) == str(
        debian / "16" / "bin" / "pg_dump"
    )
    on_path = _tool(tmp_path / "bin", "pg_dump")
    env = {"PATH": str(tmp_path / "bin")}
    assert backup.find_pg_tool("pg_dump", env=env, setting="", version_roots=roots, windows=False) == str(on_path)
    chosen = _tool(tmp_path / "pilihan", "pg_dump")
    assert backup.find_pg_tool("pg_dump", env=env, setting=str(chosen.parent), version_roots=roots, windows=False) == (
        str(chosen)
    )
    forced = _tool(tmp_path / "paksa", "pg_dump")
    env[backup.ENV_PG_BIN] = str(forced.parent)
    assert backup.find_pg_tool("pg_dump", env=env, setting=str(chosen.parent), version_roots=roots, windows=False) == (
        str(forced)
    )
    # A folder without the tool (a typo in the setting) does not hide the others.
    env[backup.ENV_PG_BIN] = str(tmp_path / "salah")
    assert backup.find_pg_tool("pg_dump", env=env, setting="", version_roots=roots, windows=False) == str(on_path)
    # The path of the program itself is accepted as well as its folder.
    env[backup.ENV_PG_BIN] = str(forced)
    assert backup.find_pg_tool("pg_dump", env=env, setting="", version_roots=roots, windows=False) == str(forced)


def test_settings_folder_is_used_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = _tool(tmp_path / "PostgreSQL" / "16" / "bin", "pg_restore")
    monkeypatch.delenv(backup.ENV_PG_BIN, raising=False)
    backup.set_pg_bin(str(chosen.parent))
    try:
        assert backup.find_pg_tool("pg_restore", windows=False) == str(chosen)
    finally:
        backup.set_pg_bin("")
    assert backup.find_pg_tool("pg_restore", windows=False) != str(chosen)


def _damaged(db: Database) -> None:
    """A record marked as lent without any open loan: what ``consistency.check`` reports as arsip_loan."""
    arsip.ensure_starter_scheme(db, auth.SYSTEM)
    rec = arsip.create_berkas(
        db, auth.SYSTEM,
        arsip.BerkasInput(kode="400", uraian="Berkas uji", tanggal_mulai=date(2020, 1, 1),
                          tanggal_selesai=date(2020, 6, 1), unit_pengolah="Sekretariat"),
    )  # fmt: skip
    with db.write() as s:
        s.execute(text("UPDATE arsip_berkas SET status = 'dipinjam' WHERE id = :id"), {"id": rec.id})


def test_restore_reports_what_the_consistency_check_finds(db: Database, admin: auth.Actor, tmp_path: Path) -> None:
    if not db.is_sqlite and backup.find_pg_tool("pg_dump") is None:
        pytest.skip("pg_dump/pg_restore tidak terpasang")
    clean = backup.backup(db, admin, tmp_path / ("bersih" + (".sqlite3" if db.is_sqlite else ".dump")))
    _damaged(db)
    damaged = backup.backup(db, admin, tmp_path / ("rusak" + (".sqlite3" if db.is_sqlite else ".dump")))
    result = backup.restore(db, admin, clean, safety_dir=tmp_path / "pengaman")
    assert result.problems == () and result.check_error is None
    result = backup.restore(db, admin, damaged, safety_dir=tmp_path / "pengaman")
    assert [p.code for p in result.problems] == ["arsip_loan"]
    assert "dipinjam tanpa peminjaman terbuka" in str(result.problems[0])


def test_cli_restore_prints_the_check(
    sqlite_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(sqlite_db_url)
    try:
        _damaged(db)
    finally:
        db.dispose()
    dest = tmp_path / "rusak.sqlite3"
    assert cli.main(["backup", "--database-url", sqlite_db_url, str(dest)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["restore", "--database-url", sqlite_db_url, str(dest), "--yes"]) == 1
    out = capsys.readouterr().out
    assert "dipulihkan" in out and "1 masalah ditemukan" in out and "dipinjam tanpa peminjaman terbuka" in out
    assert os.path.exists(dest)
