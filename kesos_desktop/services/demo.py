"""Realistic synthetic data for demos, screenshots and benchmarks (``kesos demo-data``)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from kesos_desktop.models import utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, wilayah

DEMO_PASSWORD = "demo12345"

_ENTITIES = ("user", "setting", "ppks", "perangkat", "arsip")
_ACTIONS = ("create", "update", "update", "update", "export", "print", "login")


def generate(
    db: Database,
    *,
    users: bool = False,
    audit: int = 0,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    if users:
        out.append(_users(db, rng))
    if audit:
        out.append(_audit(db, audit, rng, progress))
    if not out:
        out.append("Tidak ada yang dibuat: pilih --users atau --audit N (modul menambah opsinya sendiri).")
    return out


def _users(db: Database, rng: random.Random) -> str:
    scope = wilayah.office_scope(db)
    kecamatan = wilayah.regions_at_level(db, wilayah.KECAMATAN, scope)
    made = 0
    existing = {u.username for u in _all_users(db)}
    for role, username, name in (
        (auth.Role.ADMIN, "admin", "Administrator Demo"),
        (auth.Role.OPERATOR, "operator", "Siti Rahmawati"),
        (auth.Role.VERIFIKATOR, "verifikator", "Budi Santoso"),
        (auth.Role.ARSIPARIS, "arsiparis", "Dewi Lestari"),
        (auth.Role.VIEWER, "peninjau", "Agus Wijaya"),
    ):
        if username in existing:
            continue
        actor = auth.SYSTEM
        scope_code = rng.choice(kecamatan).code if role is auth.Role.OPERATOR and kecamatan else None
        auth.create_user(
            db, actor, username=username, full_name=name, password=DEMO_PASSWORD, role=role, scope_code=scope_code
        )
        made += 1
    return f"Pengguna demo dibuat: {made} (kata sandi: {DEMO_PASSWORD})"


def _all_users(db: Database) -> list[auth.UserInfo]:
    return auth.list_users(db, auth.SYSTEM)


def _audit(db: Database, n: int, rng: random.Random, progress: Callable[[int, int], None] | None) -> str:
    names = ["admin", "operator", "verifikator", "arsiparis", "siti", "budi", "dewi"]
    start = utcnow() - timedelta(days=365 * 3)
    step = timedelta(days=365 * 3) / max(n, 1)
    chunk = 50_000
    with db.write() as s:
        conn = s.connection()
        sql = (
            "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, summary, before, after) "
            "VALUES (%s, NULL, %s, %s, %s, %s, %s, NULL, NULL)"
        )
        if db.is_sqlite:
            sql = sql.replace("%s", "?")
        for i in range(0, n, chunk):
            rows = []
            for j in range(i, min(i + chunk, n)):
                entity = rng.choice(_ENTITIES)
                action = rng.choice(_ACTIONS)
                rows.append(
                    (
                        start + step * j,
                        rng.choice(names),
                        action,
                        entity,
                        str(rng.randint(1, 999_999)),
                        f"{action} {entity} #{j + 1}",
                    )
                )
            if db.is_sqlite:
                conn.exec_driver_sql(sql, rows)
            else:
                raw = conn.connection.driver_connection
                with (
                    raw.cursor() as cur,
                    cur.copy("COPY audit_log (at, username, action, entity, entity_id, summary) FROM STDIN") as cp,
                ):
                    for r in rows:
                        cp.write_row((r[0], *r[1:]))
            if progress:
                progress(min(i + chunk, n), n)
    return f"Entri log audit sintetis: {n:,}".replace(",", ".")
