from pathlib import Path

import pytest
from sqlalchemy import text

from kesos_desktop import errors
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.services import auth, bootstrap, connection, schema
from tests.helpers.pgcluster import PgCluster, admin_execute


def test_fresh_sqlite_is_created_migrated_and_seeded(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "baru" / "kesos.sqlite3")
    assert connection.check(url).code == "no_folder"
    (tmp_path / "baru").mkdir()
    assert connection.check(url).code == "new"
    prepared = bootstrap.prepare(url)
    try:
        assert schema.schema_state(prepared.db).status is schema.SchemaStatus.CURRENT
        assert prepared.seeded > 90_000
        with prepared.db.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        prepared.db.dispose()
    assert connection.check(url).code == "ok"


def test_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bogus = tmp_path / "laporan.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    report = connection.check(sqlite_url(bogus))
    assert not report.ok and report.code == "not_sqlite"
    with pytest.raises(errors.DatabaseProblem):
        bootstrap.prepare(sqlite_url(bogus))
    assert bogus.read_bytes().startswith(b"PK\x03\x04")  # untouched


def test_schema_newer_than_app_is_refused(db: Database) -> None:
    with db.engine.begin() as c:
        # One row per module branch: make one of them a revision this app does not know.
        c.execute(
            text(
                "UPDATE alembic_version SET version_num = '9999_dari_masa_depan' "
                "WHERE version_num = (SELECT MIN(version_num) FROM alembic_version)"
            )
        )
    assert schema.schema_state(db).status is schema.SchemaStatus.TOO_NEW
    report = connection.check(db.url.render_as_string(hide_password=False))
    assert report.code == "too_new" and "lebih baru" in str(report.message)
    with pytest.raises(errors.DatabaseProblem) as e:
        schema.upgrade(db)
    assert e.value.code == "too_new"
    with db.engine.connect() as c:
        assert "9999_dari_masa_depan" in c.execute(text("SELECT version_num FROM alembic_version")).scalars().all()


def test_unreachable_postgres_is_reported() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = connection.check(f"postgresql://kesos:x@127.0.0.1:{port}/kesos")
    assert not report.ok and report.code == "unreachable"


def test_wrong_password_and_missing_database(pg_cluster: PgCluster) -> None:
    wrong = connection.check(f"postgresql://postgres:salah@127.0.0.1:{pg_cluster.port}/postgres")
    assert wrong.code == "auth"
    missing = connection.check(pg_cluster.url("tidak_ada"))
    assert missing.code == "no_database"


def test_empty_postgres_database_is_new_then_ok(pg_cluster: PgCluster) -> None:
    admin_execute(pg_cluster, "CREATE DATABASE kosong_baru")
    url = pg_cluster.url("kosong_baru")
    assert connection.check(url).code == "new"
    prepared = bootstrap.prepare(url)
    prepared.db.dispose()
    assert connection.check(url).code == "ok"


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite3"
    import sqlite3

    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE pelanggan (id INTEGER)")
    assert connection.check(sqlite_url(path)).code == "foreign"


def test_upgrade_from_older_revision_writes_backup_first(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    revisions = [r.revision for r in ScriptDirectory.from_config(schema.alembic_config()).walk_revisions()]
    if len(revisions) < 2:
        pytest.skip("needs a second migration to upgrade from")
    db = Database.open(sqlite_url(tmp_path / "lama.sqlite3"))
    try:
        cfg = schema.alembic_config(db)
        with db.engine.begin() as c:
            cfg.attributes["connection"] = c
            command.upgrade(cfg, revisions[-1])
        assert schema.schema_state(db).status is schema.SchemaStatus.OUTDATED
        backup = schema.upgrade(db, backup_dir=tmp_path / "cadangan")
        assert backup is not None and backup.exists() and backup.stat().st_size > 0
        assert schema.schema_state(db).status is schema.SchemaStatus.CURRENT
    finally:
        db.dispose()


def test_online_backup_is_a_consistent_copy(tmp_path: Path, sqlite_db_url: str) -> None:
    db = Database.open(sqlite_db_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="A", password="rahasia123", role="admin")
        dest = schema.backup_sqlite(db, tmp_path / "cadangan.sqlite3")
    finally:
        db.dispose()
    copy = Database.open(sqlite_url(dest))
    try:
        assert auth.user_count(copy) == 1
    finally:
        copy.dispose()


def test_dropped_postgres_connection_is_replaced(pg_url: str, pg_cluster: PgCluster) -> None:
    db = Database.open(pg_url, pool_size=1)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="A", password="rahasia123", role="admin")
        with db.engine.connect() as c:
            pid = c.execute(text("SELECT pg_backend_pid()")).scalar()
        # Kill the pooled connection server-side, as a server restart would.
        admin_execute(pg_cluster, f"SELECT pg_terminate_backend({int(pid)})")
        assert auth.user_count(db) == 1  # pool_pre_ping reconnects transparently
        with db.engine.connect() as c:
            assert c.execute(text("SELECT pg_backend_pid()")).scalar() != pid
    finally:
        db.dispose()
