"""Row counts and a checksum of every table, to prove a restored database equals the original."""

from __future__ import annotations

import hashlib

from sqlalchemy import inspect

from kesos_desktop.models.db import Database


def fingerprint(db: Database, where: dict[str, str] | None = None) -> dict[str, tuple[int, str]]:
    """table -> (rows, sha256 of all rows ordered by primary key).

    Rows are rendered with ``repr`` of the driver's values (str, int, float, bytes, date, datetime,
    Decimal: deterministic for equal values of one back end), in fixed batches. ``where`` limits a
    table to some rows (e.g. the audit entries that existed before a restore).
    """
    out: dict[str, tuple[int, str]] = {}
    q = db.engine.dialect.identifier_preparer.quote
    with db.engine.connect() as conn:
        insp = inspect(conn)
        for name in sorted(insp.get_table_names()):
            if name.startswith("sqlite_"):
                continue
            cols = [c["name"] for c in insp.get_columns(name)]
            order = insp.get_pk_constraint(name).get("constrained_columns") or cols
            sql = f"SELECT {', '.join(q(c) for c in cols)} FROM {q(name)}"
            if where and name in where:
                sql += f" WHERE {where[name]}"
            sql += f" ORDER BY {', '.join(q(c) for c in order)}"
            digest = hashlib.sha256()
            n = 0
            cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cur.execute(sql)
                while batch := cur.fetchmany(5000):
                    digest.update(repr([tuple(r) for r in batch]).encode())
                    n += len(batch)
            finally:
                cur.close()
            out[name] = (n, digest.hexdigest())
    return out
