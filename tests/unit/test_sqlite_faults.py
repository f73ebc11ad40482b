"""Issue 6, fault 2(c): a full disk or a read-only SQLite file gives a clear message, the transaction is
rolled back (nothing partial), and the same save works once the problem is gone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kesos_desktop import errors
from kesos_desktop.models.db import Database, sqlite_problem, sqlite_url
from kesos_desktop.services import auth, backup, ppks, wilayah
from kesos_desktop.services.nik import make_nik
from tests.helpers.dbcompare import fingerprint
from tests.helpers.sqlite_faults import disk_full, read_only

KEC = "61.07.02"


@pytest.fixture
def lite(sqlite_db_url: str) -> Iterator[tuple[Database, auth.Actor]]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    admin = auth.login(db, "admin", "rahasia123")
    wilayah.set_office_scope(db, admin, "61.07")
    yield db, admin
    db.dispose()


def person(serial: int = 3) -> ppks.PersonInput:
    born = date(1948, 3, 9)
    return ppks.PersonInput(
        name="Maria Goreti",
        desa_code="61.07.02.2001",
        categories=("LUT",),
        nik=make_nik(KEC, born, "P", serial),
        birth_date=born,
        sex="P",
        # Longer than a page: the row needs new (overflow) pages, which a full disk cannot give.
        condition_notes="Tinggal sendiri, rumah rusak berat; perlu kunjungan rutin. " * 120,
    )


def test_save_on_a_full_disk_is_refused_whole_and_works_after_space_is_freed(lite) -> None:  # type: ignore[no-untyped-def]
    db, admin = lite
    before = fingerprint(db)
    with disk_full(db):
        with pytest.raises(errors.DatabaseProblem) as e:
            ppks.create(db, admin, person())
        assert e.value.code == "disk_full"
        assert str(e.value.message) == "Disk penuh: data belum tersimpan. Kosongkan ruang disk lalu simpan lagi."
        # Reading still works on a full disk.
        assert auth.user_count(db) == 1
    after = fingerprint(db)
    assert after == before  # person, categories, tallies and audit entry: all rolled back
    saved = ppks.create(db, admin, person())
    assert saved.name == "Maria Goreti" and saved.condition_notes == person().condition_notes.strip()
    assert fingerprint(db)["ppks_person"][0] == before["ppks_person"][0] + 1


def test_save_on_a_read_only_file_is_refused_and_works_when_writable_again(lite) -> None:  # type: ignore[no-untyped-def]
    db, admin = lite
    before = fingerprint(db)
    with read_only(db):
        with pytest.raises(errors.DatabaseProblem) as e:
            ppks.create(db, admin, person(4))
        assert e.value.code == "read_only"
        assert "hanya-baca" in str(e.value.message) and "belum tersimpan" in str(e.value.message)
        assert auth.user_count(db) == 1  # reads are fine
    assert fingerprint(db) == before
    assert ppks.create(db, admin, person(4)).nik == person(4).nik


def test_file_opened_read_only_by_the_os(sqlite_db_url: str, tmp_path: Path) -> None:
    """What a read-only share or a locked USB stick gives: the connection itself is read-only."""
    path = Path(sqlite_db_url.split("///", 1)[1])
    db = Database.open(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true")
    try:
        assert auth.user_count(db) == 0
        with pytest.raises(errors.DatabaseProblem) as e:
            auth.create_user(db, auth.SYSTEM, username="admin", full_name="A", password="rahasia123", role="admin")
        assert e.value.code == "read_only"
    finally:
        db.dispose()


def test_missing_folder_cannot_be_opened(tmp_path: Path) -> None:
    db = Database.open(sqlite_url(tmp_path / "tidak-ada" / "kesos.sqlite3"))
    try:
        with pytest.raises(errors.DatabaseProblem) as e:
            auth.user_count(db)
        assert e.value.code == "cant_open" and "tidak dapat dibuka" in str(e.value.message)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        ("database or disk is full", 13, "disk_full"),
        ("disk I/O error", 10 | (3 << 8), "io_error"),  # SQLITE_IOERR_WRITE
        ("attempt to write a readonly database", 8 | (3 << 8), "read_only"),  # SQLITE_READONLY_DBMOVED
        ("unable to open database file", 14, "cant_open"),
        ("database is locked", 5, None),
    ],
)
def test_sqlite_result_codes_map_to_messages(name: str, code: int, expected: str | None) -> None:
    err = sqlite3.OperationalError(name)
    err.sqlite_errorcode = code  # type: ignore[attr-defined]
    problem = sqlite_problem(err)
    assert (problem.code if isinstance(problem, errors.DatabaseProblem) else None) == expected


def test_backup_to_a_full_disk_leaves_no_partial_file(lite, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, admin = lite
    # The backup's own audit entry cannot be written on a full disk; the copy (to another disk) still goes ahead.
    with disk_full(db):
        dest = backup.backup(db, admin, tmp_path / "lain" / "cadangan.sqlite3")
    assert backup.inspect_backup(dest).counts["app_user"] == 1
