"""Backup and restore on SQLite and PostgreSQL: every table comes back with the same rows, and files that
are not (restorable) Kesos backups are refused before anything changes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kesos_desktop import cli, errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.models.ppks import PpksDismissedPair, PpksPerson
from kesos_desktop.services import arsip_demo, auth, backup, demo, nipd_demo, ppks_demo, schema, wilayah
from tests.helpers.dbcompare import fingerprint


def fill(db: Database, admin: auth.Actor) -> None:
    """Data in every module, so no table that matters is empty."""
    wilayah.set_office_scope(db, admin, "61.07")
    demo.generate(db, users=True, audit=30)
    ppks_demo.generate(db, 300)
    nipd_demo.generate(db, 6)
    arsip_demo.generate(db, 120)


def need_pg_tools(db: Database) -> None:
    if not db.is_sqlite and backup.find_pg_tool("pg_dump") is None:
        pytest.skip("pg_dump/pg_restore tidak terpasang")


def max_audit_id(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)


def test_restore_brings_back_every_table_row_for_row(db: Database, admin: auth.Actor, tmp_path: Path) -> None:
    need_pg_tools(db)
    fill(db, admin)
    dest = backup.backup(db, admin, tmp_path / backup.default_name(db))
    original = fingerprint(db)
    busy = {t for t, (n, _h) in original.items() if n > 0}
    assert {"app_user", "audit_log", "ppks_person", "ppks_person_category", "nipd_official", "arsip_berkas"} <= busy

    # Work done after the backup is lost by the restore (and kept in the safety copy).
    ppks_demo.generate(db, 40, seed=9)
    auth.create_user(db, admin, username="baru", full_name="Baru", password="rahasia123", role="viewer")
    changed = fingerprint(db)
    assert changed["ppks_person"] != original["ppks_person"]

    info = backup.inspect_backup(dest)
    assert info.kind == ("sqlite" if db.is_sqlite else "pg_dump")
    assert info.status is schema.SchemaStatus.CURRENT
    assert info.counts["ppks_person"] == original["ppks_person"][0] == 300
    result = backup.restore(db, admin, dest, safety_dir=tmp_path / "pengaman")

    # The restore's own audit entry is the newest; everything before it is the backup's log.
    restored = fingerprint(db, where={"audit_log": f"id <= {max_audit_id(db) - 1}"})
    assert restored == original
    # Exactly one entry more: who restored what.
    with db.read() as s:
        extra = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        total = s.scalar(select(func.count()).select_from(AuditEntry))
    assert total == original["audit_log"][0] + 1
    assert extra.action == "import" and dest.name in extra.summary
    # The database stays usable, and the safety copy holds what the restore replaced.
    auth.create_user(db, admin, username="sesudah", full_name="Sesudah", password="rahasia123", role="viewer")
    assert result.safety_copy is not None and result.safety_copy.exists()
    safety_info = backup.inspect_backup(result.safety_copy)
    assert safety_info.counts["ppks_person"] == changed["ppks_person"][0] == 340


def test_sqlite_backup_is_consistent_while_another_connection_writes(sqlite_db_url: str, tmp_path: Path) -> None:
    db = Database.open(sqlite_db_url)
    try:
        ppks_demo.generate(db, 200)
        other = sqlite3.connect(str(db.sqlite_path), timeout=15)
        other.execute("BEGIN IMMEDIATE")
        other.execute("DELETE FROM ppks_person_category")  # uncommitted: must not be in the copy
        # The copy reads a snapshot: the other writer's lock does not hold it up.
        dest = backup.backup_sqlite(db, tmp_path / "daring.sqlite3")
        other.rollback()
        other.close()
        assert backup.inspect_backup(dest).counts["ppks_person_category"] > 200
    finally:
        db.dispose()


def test_files_that_cannot_be_restored_are_refused_untouched(sqlite_db_url: str, tmp_path: Path) -> None:
    db = Database.open(sqlite_db_url)
    try:
        admin = auth.SYSTEM
        text = tmp_path / "catatan.sqlite3"
        text.write_text("bukan basis data " * 100)
        foreign = tmp_path / "lain.sqlite3"
        with sqlite3.connect(foreign) as c:
            c.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
        newer = tmp_path / "baru.sqlite3"
        backup.backup(db, admin, newer)
        with sqlite3.connect(newer) as c:
            c.execute("UPDATE alembic_version SET version_num = 'zzzz_masa_depan' WHERE version_num LIKE 'ppks%'")
        before = fingerprint(db)
        cases = {text: "not_backup", foreign: "foreign", newer: "too_new"}
        for path, code in cases.items():
            with pytest.raises(errors.DatabaseProblem) as e:
                backup.restore(db, admin, path, safety_dir=tmp_path / "pengaman")
            assert e.value.code == code
        assert "lebih baru" in str(e.value.message)
        with pytest.raises(errors.DatabaseProblem) as same:
            backup.restore(db, admin, db.sqlite_path, safety_dir=tmp_path / "pengaman")  # type: ignore[arg-type]
        assert same.value.code == "same_file"
        assert fingerprint(db) == before
        assert not (tmp_path / "pengaman").exists()  # refused before the safety copy
        # Only admins back up or restore.
        auth.create_user(db, admin, username="admin", full_name="A", password="rahasia123", role="admin")
        real_admin = auth.login(db, "admin", "rahasia123")
        auth.create_user(db, real_admin, username="op", full_name="Op", password="rahasia123", role="operator")
        operator = auth.login(db, "op", "rahasia123")
        with pytest.raises(errors.PermissionDenied):
            backup.backup(db, operator, tmp_path / "x.sqlite3")
        with pytest.raises(errors.PermissionDenied):
            backup.restore(db, operator, newer, safety_dir=tmp_path)
    finally:
        db.dispose()


def test_sqlite_restore_is_refused_while_another_connection_has_the_file_open(
    sqlite_db_url: str, tmp_path: Path
) -> None:
    # A second app window (or program) keeps its own connection: swapping the file under it would leave
    # it writing into the replaced file, its saves silently gone. The restore says so and changes nothing.
    db = Database.open(sqlite_db_url)
    other = None
    try:
        made = backup.backup(db, auth.SYSTEM, tmp_path / "k.sqlite3")
        other = sqlite3.connect(str(db.sqlite_path))
        other.execute("PRAGMA journal_mode = WAL")
        other.execute(
            "INSERT INTO app_setting (key, value, created_at, updated_at, version) "
            "VALUES ('lain', 'tetap', '2026-11-30', '2026-11-30', 1)"
        )
        other.commit()
        with pytest.raises(errors.DatabaseProblem) as caught:
            backup.restore(db, auth.SYSTEM, made, safety_dir=tmp_path / "pengaman")
        assert caught.value.code == "in_use"
        assert other.execute("SELECT value FROM app_setting WHERE key = 'lain'").fetchone() == ("tetap",)
        other.close()
        other = None
        with db.read() as s:
            assert s.scalar(text("SELECT value FROM app_setting WHERE key = 'lain'")) == "tetap"
        # Once the other connection is closed, the restore goes ahead.
        backup.restore(db, auth.SYSTEM, made, safety_dir=tmp_path / "pengaman")
        with db.read() as s:
            assert s.scalar(text("SELECT value FROM app_setting WHERE key = 'lain'")) is None
    finally:
        if other is not None:
            other.close()
        db.dispose()


def test_restore_over_a_damaged_file_keeps_its_raw_bytes_and_wal(sqlite_db_url: str, tmp_path: Path) -> None:
    # A crash left a -wal (recent saves), then the file's header got damaged: the restore must still work,
    # and the safety copy keeps the -wal too (it is deleted from beside the live file).
    import subprocess
    import sys

    db = Database.open(sqlite_db_url)
    try:
        made = backup.backup(db, auth.SYSTEM, tmp_path / "k.sqlite3")
        db.dispose()
        path = db.sqlite_path
        assert path is not None
        code = (
            "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL'); "
            'c.execute("INSERT INTO app_setting (key, value, created_at, updated_at, version) '
            "VALUES ('crash', 'x', '2026-11-30', '2026-11-30', 1)\"); c.commit(); os._exit(0)"
        )
        subprocess.run([sys.executable, "-c", code, str(path)], check=True)
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        wal_bytes = wal.read_bytes()
        with path.open("r+b") as f:
            f.write(b"rusak, bukan SQLite")
        result = backup.restore(db, auth.SYSTEM, made, safety_dir=tmp_path / "pengaman")
        assert result.safety_copy is not None
        assert result.safety_copy.read_bytes().startswith(b"rusak, bukan SQLite")
        assert Path(f"{result.safety_copy}-wal").read_bytes() == wal_bytes
        assert schema.schema_state(db).status is schema.SchemaStatus.CURRENT
    finally:
        db.dispose()


def test_older_backup_is_upgraded_after_restore(sqlite_db_url: str, tmp_path: Path) -> None:
    from alembic import command

    old = Database.open(sqlite_url(tmp_path / "lama.sqlite3"))
    try:
        cfg = schema.alembic_config(old)
        with old.engine.begin() as c:
            cfg.attributes["connection"] = c
            command.upgrade(cfg, "0001")
        assert schema.schema_state(old).status is schema.SchemaStatus.OUTDATED
    finally:
        old.dispose()
    db = Database.open(sqlite_db_url)
    try:
        result = backup.restore(db, auth.SYSTEM, tmp_path / "lama.sqlite3", safety_dir=tmp_path / "pengaman")
        assert result.upgraded and result.info.status is schema.SchemaStatus.OUTDATED
        assert schema.schema_state(db).status is schema.SchemaStatus.CURRENT
        assert not Path(f"{db.sqlite_path}-journal").exists()
    finally:
        db.dispose()


def test_older_postgres_backup_is_upgraded_after_restore(pg_url: str, tmp_path: Path) -> None:
    from alembic import command

    db = Database.open(pg_url)
    try:
        if backup.find_pg_tool("pg_dump") is None:
            pytest.skip("pg_dump/pg_restore tidak terpasang")
        cfg = schema.alembic_config(db)
        with db.engine.begin() as c:
            cfg.attributes["connection"] = c
            command.downgrade(cfg, "ppks_0001")
        ppks_demo.generate(db, 20)
        old = backup.backup(db, auth.SYSTEM, tmp_path / "lama.dump")
        schema.upgrade(db, backup_dir=tmp_path / "pembaruan")
        # A table the backup does not know (ppks_dismissed_pair, FKs to ppks_person) holds a row.
        with db.write() as s:
            first, second = s.scalars(select(PpksPerson.id).order_by(PpksPerson.id).limit(2)).all()
            s.add(PpksDismissedPair(low_id=first, high_id=second, at=datetime(2026, 11, 30), reason="beda"))
            s.execute(text("CREATE TABLE laporan_sendiri (x int)"))  # not Kesos's: must survive
        ppks_demo.generate(db, 5, seed=4)
        result = backup.restore(db, auth.SYSTEM, old, safety_dir=tmp_path / "pengaman")
        assert result.upgraded and schema.schema_state(db).status is schema.SchemaStatus.CURRENT
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(PpksPerson)) == 20
            assert s.scalar(select(func.count()).select_from(PpksDismissedPair)) == 0
            assert s.scalar(text("SELECT count(*) FROM laporan_sendiri")) == 0
        assert not list((tmp_path / "pengaman").glob(".*.sql"))  # the restore script is removed
    finally:
        db.dispose()


def test_sqlite_backup_cannot_go_into_postgres(pg_url: str, sqlite_db_url: str, tmp_path: Path) -> None:
    lite = Database.open(sqlite_db_url)
    pg = Database.open(pg_url)
    try:
        copy = backup.backup(lite, auth.SYSTEM, tmp_path / "lokal.sqlite3")
        with pytest.raises(errors.DatabaseProblem) as e:
            backup.restore(pg, auth.SYSTEM, copy, safety_dir=tmp_path)
        assert e.value.code == "wrong_kind"
    finally:
        lite.dispose()
        pg.dispose()


# --- the daily automatic copy --------------------------------------------------------------------------


def test_auto_backup_policy_is_due_after_a_day_and_prunes_only_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "cadangan"
    now = datetime(2026, 11, 30, 9, 0, 0)
    assert backup.auto_backup_due(folder, "kesos", now)  # no folder yet
    folder.mkdir()
    for days in range(10):
        (folder / backup.auto_name("kesos", now - timedelta(days=days, hours=1))).write_bytes(b"x" * days)
    others = [
        folder / "kesos-sebelum-pembaruan-20261101-080000.sqlite3",
        folder / "kesos-otomatis-20261101-080000.sqlite3.part",
        folder / "lain-otomatis-20261101-080000.sqlite3",
        folder / "kesos-otomatis-kemarin.sqlite3",
        folder / "catatan.txt",
    ]
    for p in others:
        p.write_text("jangan dihapus")
    assert not backup.auto_backup_due(folder, "kesos", now)  # newest is 1 h old
    assert backup.auto_backup_due(folder, "kesos", now + timedelta(hours=23))
    assert backup.auto_backup_due(folder, "lain", now)  # another database's copies do not count
    assert backup.auto_backup_due(folder, "kesos", now - timedelta(days=3))  # newest lies in the future
    listed = backup.auto_backups(folder, "kesos")
    assert [b.created for b in listed] == sorted((b.created for b in listed), reverse=True) and len(listed) == 10
    assert [b.size for b in listed[:3]] == [0, 1, 2]

    removed = backup.prune_auto_backups(folder, "kesos", keep=7)
    assert len(removed) == 3 and all(not p.exists() for p in removed)
    kept = backup.auto_backups(folder, "kesos")
    assert [b.created for b in kept] == [now - timedelta(days=d, hours=1) for d in range(7)]
    assert all(p.exists() for p in others)


def test_run_auto_backup_copies_once_a_day_and_keeps_n(sqlite_db_url: str, tmp_path: Path) -> None:
    db = Database.open(sqlite_db_url)
    folder = tmp_path / "otomatis"
    try:
        day = datetime(2026, 11, 1, 8, 0, 0)
        made = [backup.run_auto_backup(db, folder, keep=3, now=day + timedelta(days=i)) for i in range(5)]
        assert all(p is not None for p in made)
        assert backup.run_auto_backup(db, folder, keep=3, now=day + timedelta(days=4, hours=5)) is None
        names = sorted(p.name for p in folder.iterdir())
        assert names == [backup.auto_name(db.sqlite_path.stem, day + timedelta(days=i)) for i in (2, 3, 4)]  # type: ignore[union-attr]
        assert backup.inspect_backup(folder / names[-1]).status is schema.SchemaStatus.CURRENT
    finally:
        db.dispose()


def test_auto_copy_just_made_survives_copies_dated_by_a_wrong_clock(sqlite_db_url: str, tmp_path: Path) -> None:
    # Copies dated next year (clock once set wrong) must not make every new daily copy the one pruned.
    db = Database.open(sqlite_db_url)
    folder = tmp_path / "otomatis"
    try:
        stem = db.sqlite_path.stem  # type: ignore[union-attr]
        now = datetime(2026, 11, 30, 9, 0, 0)
        folder.mkdir()
        future = [folder / backup.auto_name(stem, now + timedelta(days=365 + d)) for d in range(3)]
        for p in future:
            p.write_bytes(b"x")
        made = backup.run_auto_backup(db, folder, keep=3, now=now)
        assert made is not None and made.exists()
        assert backup.inspect_backup(made).status is schema.SchemaStatus.CURRENT
        assert len(backup.auto_backups(folder, stem)) == 3
        # The next day's copy is kept too: real copies outrank the wrongly dated ones.
        later = backup.run_auto_backup(db, folder, keep=3, now=now + timedelta(days=1))
        assert later is not None and later.exists() and made.exists()
    finally:
        db.dispose()


# --- the command line --------------------------------------------------------------------------------


def test_cli_backup_and_restore(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = Database.open(db_url)
    try:
        need_pg_tools(db)
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="A", password="rahasia123", role="admin")
    finally:
        db.dispose()
    dest = tmp_path / ("b.sqlite3" if db_url.startswith("sqlite") else "b.dump")
    assert cli.main(["backup", "--database-url", db_url, str(dest)]) == 0
    assert "Cadangan ditulis" in capsys.readouterr().out
    db = Database.open(db_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="kedua", full_name="B", password="rahasia123", role="viewer")
    finally:
        db.dispose()

    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("tidak\n"))
    assert cli.main(["restore", "--database-url", db_url, str(dest)]) == 1
    out = capsys.readouterr().out
    assert "1 pengguna" in out and "Dibatalkan" in out
    assert cli.main(["restore", "--database-url", db_url, str(dest), "--yes"]) == 0
    assert "dipulihkan" in capsys.readouterr().out
    db = Database.open(db_url)
    try:
        assert {u.username for u in auth.list_users(db, auth.SYSTEM)} == {"admin"}
    finally:
        db.dispose()
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"PGDMP bukan arsip sungguhan")
    assert cli.main(["restore", "--database-url", db_url, str(junk), "--yes"]) == 2
    assert "bukan cadangan" in capsys.readouterr().err


def test_copy_keeps_no_partial_file_when_destination_is_not_writable(sqlite_db_url: str, tmp_path: Path) -> None:
    db = Database.open(sqlite_db_url)
    try:
        blocker = tmp_path / "berkas"
        blocker.write_text("bukan folder")
        with pytest.raises(errors.KnownError):
            backup.backup(db, auth.SYSTEM, blocker / "sub" / "cadangan.sqlite3")
        assert not list(tmp_path.glob("**/*.part"))
    finally:
        db.dispose()


def test_backup_of_a_missing_file_is_refused_without_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "salah-ketik.sqlite3"
    db = Database.open(sqlite_url(missing))
    try:
        with pytest.raises(errors.NotFound):
            backup.backup(db, auth.SYSTEM, tmp_path / "cadangan.sqlite3")
    finally:
        db.dispose()
    assert not missing.exists() and not (tmp_path / "cadangan.sqlite3").exists()
