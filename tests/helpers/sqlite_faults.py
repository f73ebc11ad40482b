"""SQLite file faults that also work as root (where chmod does not stop writes): a disk that is full
(``PRAGMA max_page_count`` at the current size, so any new page fails with SQLITE_FULL) and a file
that is read-only (``PRAGMA query_only``, SQLITE_READONLY). Applied to every pooled connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from kesos_desktop.models.db import Database


@contextmanager
def _on_every_connection(db: Database, pragma: Callable[[Any], None]) -> Iterator[None]:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        pragma(dbapi_conn)

    db.engine.dispose()  # pooled connections reconnect, and get the pragma
    event.listen(db.engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(db.engine, "connect", on_connect)
        db.engine.dispose()


@contextmanager
def disk_full(db: Database) -> Iterator[None]:
    """No page can be added: free pages are vacuumed away first, so the limit is hit for real."""
    with db.engine.connect() as c:
        if c.exec_driver_sql("PRAGMA freelist_count").scalar():
            c.exec_driver_sql("VACUUM")

    def limit(conn: Any) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {int(pages)}")

    with _on_every_connection(db, limit):
        yield


@contextmanager
def read_only(db: Database) -> Iterator[None]:
    with _on_every_connection(db, lambda conn: conn.execute("PRAGMA query_only = ON")):
        yield
