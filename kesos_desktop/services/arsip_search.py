"""Searching the catalogue: one search box and the filters, as a ``ListSpec`` for the shared record list.

The search text is read word by word:
- ``ARSIP-BOKS:<id>`` (the QR code on a box label) and ``boks 12`` / ``boks:12`` pick a box;
- a classification code (``400``, ``400.9``, ``400.9.1``) picks that code and everything under it;
- a year (``2019``) picks records whose period covers that year;
- every other word is matched by prefix against description, unit, file number and code through the
  full-text index: FTS5 on SQLite, a GIN index over ``to_tsvector('simple', ...)`` on PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, func, literal_column, or_, select, text, true

from kesos_desktop.models.arsip import ArsipBerkas, ArsipBoks, ArsipFolder, ArsipKlasifikasi, ArsipLokasi
from kesos_desktop.models.db import Database
from kesos_desktop.services.arsip import CODE_RE, DISPOSISI, KEAMANAN, STATUS, format_kurun
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.services.listing import Column, Filter, ListQuery, ListSpec, Row
from kesos_desktop.text import QT_TRANSLATE_NOOP

# Must stay identical to the expression indexed by migration arsip_0001.
PG_TSVECTOR = (
    "to_tsvector('simple'::regconfig, uraian || ' ' || unit_pengolah || ' ' || coalesce(nomor_berkas, '') "
    "|| ' ' || kode)"
)
QR_PREFIX = "ARSIP-BOKS:"
_QR_RE = re.compile(r"^ARSIP-BOKS:(\d+)$", re.I)
_BOX_RE = re.compile(r"\bboks?\s*[:#]?\s*([\w./-]+)", re.I)
_WORD_RE = re.compile(r"\w+", re.U)

Where = ColumnElement[bool]


_MAX_ID = 2**31 - 1


def _box_id(digits: str) -> int:
    """A scanned/typed box id; one beyond any id column (a mistyped QR) matches no box instead of failing."""
    n = int(digits)
    return n if n <= _MAX_ID else 0


def qr_payload(boks_id: int) -> str:
    """What a box label's QR code holds; typed or scanned into the search box it opens that box."""
    return f"{QR_PREFIX}{boks_id}"


@dataclass(frozen=True)
class ParsedSearch:
    boks_id: int | None = None
    boks_nomor: str | None = None
    codes: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    words: tuple[str, ...] = ()


def parse(text_: str) -> ParsedSearch:
    t = text_.strip()
    m = _QR_RE.match(t)
    if m:
        return ParsedSearch(boks_id=_box_id(m.group(1)))
    boks = None
    bm = _BOX_RE.search(t)
    if bm:
        boks = bm.group(1)
        t = (t[: bm.start()] + " " + t[bm.end() :]).strip()
    codes, years, words = [], [], []
    for tok in t.split():
        tok = tok.strip(",;")
        if CODE_RE.match(tok) and ("." in tok or len(tok) == 3):
            codes.append(tok)
        elif tok.isdigit() and len(tok) == 4 and 1900 <= int(tok) <= 2100:
            years.append(int(tok))
        else:
            words.extend(w.lower() for w in _WORD_RE.findall(tok))
    return ParsedSearch(None, boks, tuple(codes), tuple(years), tuple(words))


def code_subtree(code: str) -> Where:
    """Records under ``code`` or any code below it (through the small scheme table, so any collation works)."""
    K = ArsipKlasifikasi
    codes = select(K.code).where(or_(K.code == code, K.code.like(code.replace("%", "").replace("_", "") + ".%")))
    return ArsipBerkas.kode.in_(codes)


def fts_clause(dialect: str, words: tuple[str, ...]) -> Where:
    if not words:
        return true()
    if dialect == "sqlite":
        query = " ".join(f'"{w}"*' for w in words)
        sub = text("SELECT rowid FROM arsip_berkas_fts WHERE arsip_berkas_fts MATCH :arsip_fts").bindparams(
            bindparam("arsip_fts", query)
        )
        return ArsipBerkas.id.in_(sub.columns(literal_column("rowid")))
    query = " & ".join(f"{w}:*" for w in words)
    return text(f"{PG_TSVECTOR} @@ to_tsquery('simple'::regconfig, :arsip_tsq)").bindparams(  # type: ignore[return-value]
        bindparam("arsip_tsq", query)
    )


def search_clause(dialect: str, text_: str) -> Where | None:
    p = parse(text_)
    B = ArsipBerkas
    parts: list[Where] = []
    if p.boks_id is not None:
        return B.boks_id == p.boks_id
    if p.boks_nomor:
        parts.append(B.boks_id.in_(select(ArsipBoks.id).where(ArsipBoks.nomor == p.boks_nomor)))
    if p.codes:
        parts.append(or_(*(code_subtree(c) for c in p.codes)))
    for y in p.years:
        parts.append(and_(B.tahun_mulai <= y, B.tahun_selesai >= y))
    if p.words:
        parts.append(fts_clause(dialect, p.words))
    return and_(*parts) if parts else None


# --- filters ---------------------------------------------------------------------------------------

DUE_KINDS = {
    "inaktif": QT_TRANSLATE_NOOP("kesos", "Menjadi inaktif tahun ini"),
    "musnah": QT_TRANSLATE_NOOP("kesos", "Usul musnah"),
    "permanen": QT_TRANSLATE_NOOP("kesos", "Serah permanen"),
    "dinilai_kembali": QT_TRANSLATE_NOOP("kesos", "Dinilai kembali"),
    "belum": QT_TRANSLATE_NOOP("kesos", "Retensi belum ditetapkan"),
}


def due_clause(kind: str, year: int) -> Where | None:
    B = ArsipBerkas
    live = B.status != "musnah"
    if kind == "inaktif":
        return and_(B.tahun_inaktif == year, live)
    if kind in ("musnah", "permanen", "dinilai_kembali"):
        return and_(B.disposisi == kind, B.tahun_retensi_akhir <= year, live)
    if kind == "belum":
        return and_(B.tahun_retensi_akhir.is_(None), live)
    return None


def _due_filter(value: Any) -> Where | None:
    if isinstance(value, tuple):
        kind, year = value
    else:
        kind, year = str(value), date.today().year
    return due_clause(kind, int(year))


def _year_filter(value: Any) -> Where | None:
    lo, hi = value if isinstance(value, tuple) else (value, value)
    B = ArsipBerkas
    parts = []
    if lo:
        parts.append(B.tahun_selesai >= int(lo))
    if hi:
        parts.append(B.tahun_mulai <= int(hi))
    return and_(*parts) if parts else None


def _lokasi_filter(value: Any) -> Where | None:
    if not value:
        return None
    path = select(ArsipLokasi.path).where(ArsipLokasi.id == int(value)).scalar_subquery()
    under = select(ArsipLokasi.id).where(ArsipLokasi.path.like(path + "%"))
    return ArsipBerkas.boks_id.in_(select(ArsipBoks.id).where(ArsipBoks.lokasi_id.in_(under)))


def _label(vocab: dict[str, str]):  # type: ignore[no-untyped-def]
    def show(value: Any, _actor: Actor) -> str:
        return vocab.get(value, value or "") if value else ""

    return show


def _kurun(value: Any, _actor: Actor) -> str:
    if value is None:
        return ""
    return format_kurun(int(value) // 10000, int(value) % 10000)


def _year(value: Any, _actor: Actor) -> str:
    return "" if value is None else str(value)


def _retensi(value: Any, _actor: Actor) -> str:
    return str(value) if value is not None else "belum ditetapkan"


def berkas_list_spec(dialect: str) -> ListSpec:
    B = ArsipBerkas
    boks_nomor = select(ArsipBoks.nomor).where(ArsipBoks.id == B.boks_id).scalar_subquery()
    folder_nomor = select(ArsipFolder.nomor).where(ArsipFolder.id == B.folder_id).scalar_subquery()
    return ListSpec(
        name="arsip_berkas",
        source=B.__table__,
        id_expr=B.id,
        columns=[
            Column("kode", QT_TRANSLATE_NOOP("kesos", "Kode"), B.kode, width=80, sort_expr=B.kode_sort),
            Column("nomor", QT_TRANSLATE_NOOP("kesos", "No. berkas"), B.nomor_berkas, width=90),
            Column("uraian", QT_TRANSLATE_NOOP("kesos", "Uraian informasi"), B.uraian, sortable=False, width=330),
            Column(
                "kurun",
                QT_TRANSLATE_NOOP("kesos", "Kurun waktu"),
                B.tahun_mulai * 10000 + B.tahun_selesai,
                display=_kurun,
                width=90,
            ),  # fmt: skip
            Column("unit", QT_TRANSLATE_NOOP("kesos", "Unit pengolah"), B.unit_pengolah, width=150),
            Column("boks", QT_TRANSLATE_NOOP("kesos", "Boks"), boks_nomor, sortable=False, width=60),
            Column("folder", QT_TRANSLATE_NOOP("kesos", "Folder"), folder_nomor, sortable=False, width=60),
            Column("keamanan", QT_TRANSLATE_NOOP("kesos", "Keamanan"), B.keamanan, display=_label(KEAMANAN), width=100),
            Column("inaktif", QT_TRANSLATE_NOOP("kesos", "Inaktif"), B.tahun_inaktif, display=_year, width=60),
            Column(
                "akhir", QT_TRANSLATE_NOOP("kesos", "Retensi s.d."), B.tahun_retensi_akhir, display=_retensi, width=110
            ),  # fmt: skip
            Column(
                "disposisi", QT_TRANSLATE_NOOP("kesos", "Disposisi"), B.disposisi, display=_label(DISPOSISI), width=100
            ),  # fmt: skip
            Column("status", QT_TRANSLATE_NOOP("kesos", "Status"), B.status, display=_label(STATUS), width=90),
        ],
        search=lambda t: search_clause(dialect, t),
        filters=[
            Filter("kode", QT_TRANSLATE_NOOP("kesos", "Kode"), lambda v: code_subtree(str(v)) if v else None),
            Filter("tahun", QT_TRANSLATE_NOOP("kesos", "Tahun"), _year_filter),
            Filter("keamanan", QT_TRANSLATE_NOOP("kesos", "Keamanan"), lambda v: B.keamanan == v if v else None),
            Filter("lokasi", QT_TRANSLATE_NOOP("kesos", "Lokasi"), _lokasi_filter),
            Filter("jatuh_tempo", QT_TRANSLATE_NOOP("kesos", "Jadwal retensi"), _due_filter),
            Filter("status", QT_TRANSLATE_NOOP("kesos", "Status"), lambda v: B.status == v if v else None),
            Filter("boks", QT_TRANSLATE_NOOP("kesos", "Boks"), lambda v: B.boks_id == int(v) if v else None),
        ],
        default_sort=None,
        permission=Perm.DATA_VIEW,
        search_placeholder=QT_TRANSLATE_NOOP(
            "kesos", "Cari uraian, unit, kode (400.9), tahun (2019), boks 12, atau pindai QR boks…"
        ),
    )


@dataclass(frozen=True)
class BerkasQuery(ListQuery):
    """The catalogue list's query, with one fast path: a plain word search on SQLite is counted in the
    FTS5 index alone (6 ms instead of 40 ms for 27,000 hits among 200,000 records)."""

    def count(self, db: Database) -> int:
        if db.is_sqlite and not self.filter_values and self.spec.scope is None and self.search_text.strip():
            p = parse(self.search_text.replace("\x00", ""))  # as ListQuery.where reads it
            if p.words and not (p.boks_id or p.boks_nomor or p.codes or p.years):
                query = " ".join(f'"{w}"*' for w in p.words)
                with db.read() as s:
                    return int(
                        s.execute(
                            text("SELECT count(*) FROM arsip_berkas_fts WHERE arsip_berkas_fts MATCH :q"), {"q": query}
                        ).scalar()
                        or 0
                    )
        return super().count(db)


def berkas_query(db: Database, actor: Actor) -> ListQuery:
    return BerkasQuery(berkas_list_spec(db.kind), actor)


def search(db: Database, actor: Actor, text_: str, *, limit: int = 50, **filters: Any) -> tuple[int, list[Row]]:
    """Count and first page of a search, as the catalogue list shows it (CLI, benchmarks)."""
    q = berkas_query(db, actor).with_search(text_)
    for k, v in filters.items():
        q = q.with_filter(k, v)
    total = q.count(db)
    return total, q.page(db, 0, limit, total=total)


def boks_for_search(text_: str) -> int | None:
    """The box id a QR payload names, or None."""
    m = _QR_RE.match(text_.strip())
    return _box_id(m.group(1)) if m else None


def rebuild_index(db: Database) -> None:
    """Rebuild the FTS5 index from the table (after a raw bulk load with triggers bypassed). No-op on PostgreSQL."""
    if not db.is_sqlite:
        return
    with db.write() as s:
        s.execute(text("INSERT INTO arsip_berkas_fts(arsip_berkas_fts) VALUES ('rebuild')"))


def count_by_status(db: Database) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(select(ArsipBerkas.status, func.count()).group_by(ArsipBerkas.status)).all())  # type: ignore[arg-type]


# --- other lists of the module (boxes, classification codes) ---------------------------------------


def boks_list_spec() -> ListSpec:
    X = ArsipBoks
    n = select(func.count()).select_from(ArsipBerkas).where(ArsipBerkas.boks_id == X.id).scalar_subquery()
    rak = select(ArsipLokasi.name).where(ArsipLokasi.id == X.lokasi_id).scalar_subquery()

    def lokasi(value: Any) -> Where | None:
        if not value:
            return None
        path = select(ArsipLokasi.path).where(ArsipLokasi.id == int(value)).scalar_subquery()
        return X.lokasi_id.in_(select(ArsipLokasi.id).where(ArsipLokasi.path.like(path + "%")))

    return ListSpec(
        name="arsip_boks",
        source=X.__table__,
        id_expr=X.id,
        columns=[
            Column("nomor", QT_TRANSLATE_NOOP("kesos", "Nomor boks"), X.nomor, width=90),
            Column("rak", QT_TRANSLATE_NOOP("kesos", "Rak"), rak, sortable=False, width=120),
            Column("unit", QT_TRANSLATE_NOOP("kesos", "Unit pengolah"), X.unit_pengolah, width=200),
            Column("jumlah", QT_TRANSLATE_NOOP("kesos", "Berkas"), n, sortable=False, width=70, align_right=True),
            Column("status", QT_TRANSLATE_NOOP("kesos", "Status"), X.status, display=_label(STATUS), width=90),
        ],
        search=lambda t: X.nomor == t.strip() if t.strip() else None,
        filters=[Filter("lokasi", QT_TRANSLATE_NOOP("kesos", "Lokasi"), lokasi)],
        default_sort=None,
        search_placeholder=QT_TRANSLATE_NOOP("kesos", "Nomor boks…"),
    )


def klasifikasi_list_spec() -> ListSpec:
    K = ArsipKlasifikasi
    from kesos_desktop.services.listing import contains, startswith

    def show_int(value: Any, _a: Actor) -> str:
        return "belum ditetapkan" if value is None else f"{value} th"

    return ListSpec(
        name="arsip_klasifikasi",
        source=K.__table__,
        id_expr=K.id,
        columns=[
            Column("code", QT_TRANSLATE_NOOP("kesos", "Kode"), K.code, width=90, sort_expr=K.sort_key),
            Column("title", QT_TRANSLATE_NOOP("kesos", "Judul"), K.title, width=300),
            Column("aktif", QT_TRANSLATE_NOOP("kesos", "Retensi aktif"), K.retensi_aktif, display=show_int, width=140),
            Column(
                "inaktif", QT_TRANSLATE_NOOP("kesos", "Retensi inaktif"), K.retensi_inaktif, display=show_int, width=140
            ),  # fmt: skip
            Column(
                "disposisi", QT_TRANSLATE_NOOP("kesos", "Disposisi"), K.disposisi, display=_label(DISPOSISI), width=110
            ),
            Column("active", QT_TRANSLATE_NOOP("kesos", "Berlaku"), K.active, width=70),
        ],
        search=lambda t: or_(startswith(K.code, t.strip()), contains(K.title, t.strip())),
        filters=[
            Filter(
                "belum",
                QT_TRANSLATE_NOOP("kesos", "Retensi belum ditetapkan"),
                lambda v: K.retensi_aktif.is_(None) if v else None,
            ),  # fmt: skip
        ],
        default_sort=("code", False),
        search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari kode atau judul…"),
    )
