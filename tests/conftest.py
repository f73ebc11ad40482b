"""Shared fixtures: a real SQLite file and a real throwaway PostgreSQL for every service test."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: headless, and the app's folders away from the user's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_session_home = Path(tempfile.mkdtemp(prefix="kesos-test-home-"))
os.environ["KESOS_DATA_DIR"] = str(_session_home / "data")
os.environ["KESOS_CONFIG_DIR"] = str(_session_home / "config")
os.environ.pop("KESOS_DATABASE_URL", None)

import pytest  # noqa: E402

from kesos_desktop.models.db import Database, sqlite_url  # noqa: E402
from kesos_desktop.services import auth, bootstrap  # noqa: E402
from tests.helpers.pgcluster import PgCluster, admin_execute, start_cluster  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]
TEMPLATE_DB = "kesos_template"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KESOS_DATA_DIR", str(tmp_path / "home-data"))
    monkeypatch.setenv("KESOS_CONFIG_DIR", str(tmp_path / "home-config"))
    monkeypatch.delenv("KESOS_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A migrated, region-seeded database that each test clones (CREATE DATABASE ... TEMPLATE)."""
    admin_execute(pg_cluster, f"CREATE DATABASE {TEMPLATE_DB}")
    prepared = bootstrap.prepare(pg_cluster.url(TEMPLATE_DB))
    prepared.db.dispose()
    return TEMPLATE_DB


@pytest.fixture(scope="session")
def sqlite_template() -> Path:
    path = _session_home / "template.sqlite3"
    prepared = bootstrap.prepare(sqlite_url(path))
    with prepared.db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    prepared.db.dispose()
    return path


@pytest.fixture
def pg_url(pg_cluster: PgCluster, pg_template: str) -> Iterator[str]:
    name = "t_" + uuid.uuid4().hex[:12]
    admin_execute(pg_cluster, f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_cluster.url(name)
    admin_execute(pg_cluster, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def sqlite_db_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "kesos.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return sqlite_url(path)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest) -> str:
    """A ready database (schema at head, regions seeded) on each back end."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_db_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> auth.Actor:
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin Uji", password="rahasia123", role="admin")
    return auth.login(db, "admin", "rahasia123")


@pytest.fixture
def make_actor(db: Database, admin: auth.Actor):  # type: ignore[no-untyped-def]
    """Create a user with a role and return the logged-in actor."""

    def make(role: str, username: str | None = None, scope_code: str | None = None) -> auth.Actor:
        name = username or f"{role}{uuid.uuid4().hex[:6]}"
        auth.create_user(
            db, admin, username=name, full_name=name.title(), password="rahasia123", role=role, scope_code=scope_code
        )
        return auth.login(db, name, "rahasia123")

    return make
