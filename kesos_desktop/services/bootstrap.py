"""Open a database for use: upgrade its schema (SQLite backup first) and seed the regions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from kesos_desktop.models.db import Database, normalise_url
from kesos_desktop.services import schema, wilayah


@dataclass
class Prepared:
    db: Database
    backup: Path | None
    seeded: int


def prepare(url: str, progress: Callable[[int, int], None] | None = None) -> Prepared:
    u = normalise_url(make_url(url))
    if u.get_backend_name() == "sqlite" and u.database:
        Path(u.database).parent.mkdir(parents=True, exist_ok=True)
    db = Database.open(u)
    try:
        backup = schema.upgrade(db)
        seeded = wilayah.seed(db, progress) if wilayah.count(db) == 0 else 0
    except BaseException:
        db.dispose()
        raise
    return Prepared(db, backup, seeded)
