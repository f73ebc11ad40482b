"""Schema state and upgrades through Alembic, and the SQLite backup copy taken before an upgrade."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

from kesos_desktop import errors
from kesos_desktop.models.db import Database
from kesos_desktop.text import QT_TRANSLATE_NOOP

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class SchemaStatus(Enum):
    EMPTY = "empty"  # no tables yet: a new database
    OUTDATED = "outdated"  # older revision: upgrade on start
    CURRENT = "current"
    TOO_NEW = "too_new"  # written by a newer app version: refuse to touch it
    FOREIGN = "foreign"  # has tables but no Kesos revision: not our database


@dataclass(frozen=True)
class SchemaState:
    status: SchemaStatus
    current: str | None  # the current revisions, comma-separated (one per module branch)
    head: str


def alembic_config(db: Database | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def _revision_graph() -> tuple[frozenset[str], tuple[str, ...]]:
    """All known revisions and the heads, read from the migration files without importing Alembic
    (Alembic costs ~0.3 s at start-up and is only needed when an upgrade is due)."""
    known: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REV.search(source)
        if rev is None:
            continue
        known.add(rev.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(known), tuple(sorted(known - parents))


def known_revisions() -> frozenset[str]:
    return _revision_graph()[0]


def head_revisions() -> tuple[str, ...]:
    """Each module (NIPD, TEGAR, PPKS) keeps its own migration branch from the foundation."""
    return _revision_graph()[1]


def head_revision() -> str:
    return ",".join(head_revisions())


def schema_state(db: Database) -> SchemaState:
    heads = head_revisions()
    head = ",".join(heads)
    with errors_mapped(), db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current: tuple[str, ...] = ()
        if "alembic_version" in tables:
            current = tuple(sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()))
    if not current:
        other = tables - {"alembic_version"}
        return SchemaState(SchemaStatus.FOREIGN if other else SchemaStatus.EMPTY, None, head)
    joined = ",".join(current)
    if current == heads:
        return SchemaState(SchemaStatus.CURRENT, joined, head)
    if any(rev not in known_revisions() for rev in current):
        return SchemaState(SchemaStatus.TOO_NEW, joined, head)
    return SchemaState(SchemaStatus.OUTDATED, joined, head)


def errors_mapped():  # type: ignore[no-untyped-def]
    from kesos_desktop.models.db import map_db_errors

    return map_db_errors()


def ensure_usable(state: SchemaState) -> None:
    if state.status is SchemaStatus.TOO_NEW:
        raise errors.DatabaseProblem(
            "too_new",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Basis data ini dibuat oleh versi aplikasi yang lebih baru (revisi {rev}). "
                "Perbarui Kesos Desktop di komputer ini sebelum membukanya.",
            ),
            rev=state.current,
        )
    if state.status is SchemaStatus.FOREIGN:
        raise errors.DatabaseProblem(
            "foreign",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Basis data ini sudah berisi tabel lain dan bukan milik Kesos Desktop. Pilih basis data kosong.",
            ),
        )


def backup_sqlite(db: Database, dest: str | Path) -> Path:
    """Online copy through SQLite's backup API: consistent even while other connections write."""
    src_path = db.sqlite_path
    if src_path is None:
        raise errors.KnownError(
            QT_TRANSLATE_NOOP(
                "kesos",
                "Cadangan langsung hanya untuk basis data SQLite. Untuk PostgreSQL gunakan: pg_dump -Fc -f cadangan.dump NAMA_DB",
            )
        )
    from kesos_desktop.services.backup import copy_sqlite  # the one copy routine (fsync + atomic rename)

    return copy_sqlite(src_path, dest)


def upgrade(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. For SQLite with data, first write a backup copy; return its path."""
    state = schema_state(db)
    ensure_usable(state)
    if state.status is SchemaStatus.CURRENT:
        return None
    backup: Path | None = None
    path = db.sqlite_path
    if state.status is SchemaStatus.OUTDATED and path is not None and path.exists():
        folder = backup_dir or path.parent / "cadangan"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(db, folder / f"{path.stem}-sebelum-pembaruan-{stamp}{path.suffix or '.sqlite3'}")
    from alembic import command

    cfg = alembic_config(db)
    with errors_mapped(), db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return backup
