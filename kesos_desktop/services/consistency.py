"""The app's own consistency check: what must hold after a crash, a kill or a restore.

``check(db)`` reads only (one read transaction per check) and returns the problems found:

* SQLite: ``PRAGMA integrity_check`` (or ``quick_check``) and ``PRAGMA foreign_key_check``;
  PostgreSQL: no invalid index, no foreign key left unvalidated.
* The audit log's append-only triggers are in place; SQLite's archive search index covers every record.
* PPKS tallies (what the dashboard reads) equal a recount from the records; category rows carry
  their record's desa.
* NIPD numbers are unique, each official's number is in the ledger under that official, and no
  counter (NIPD, archive loan slips) is behind a number it already handed out.
* References without a foreign key point at existing rows; records on loan have an open loan.

PostgreSQL checks its own pages (checksums, WAL replay), so the page-level check is SQLite's only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks
from kesos_desktop.text import QT_TRANSLATE_NOOP, Message, msg

MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Problem:
    """One kind of inconsistency: ``count`` occurrences, a few ``examples`` (ids, keys)."""

    code: str
    message: Message
    count: int = 1
    examples: tuple[str, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        out = str(self.message)
        if self.examples:
            out += " Contoh: " + "; ".join(self.examples)
        return out


Check = Callable[[Connection, bool], list[Problem]]


def _examples(rows: Iterable[Any]) -> tuple[str, ...]:
    out = []
    for r in rows:
        out.append(" ".join("" if v is None else str(v) for v in tuple(r)))
        if len(out) >= MAX_EXAMPLES:
            break
    return tuple(out)


def _count_and_examples(conn: Connection, sql: str) -> tuple[int, tuple[str, ...]]:
    """Run ``sql`` (selecting the offending rows) and return their count and the first few."""
    rows = conn.execute(text(sql)).all()
    return len(rows), _examples(rows)


# --- storage ---------------------------------------------------------------------------------


def _sqlite_pages(quick: bool) -> Check:
    def run(conn: Connection, sqlite: bool) -> list[Problem]:
        if not sqlite:
            return []
        pragma = "quick_check" if quick else "integrity_check"
        lines = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        if lines == ["ok"]:
            return []
        return [
            Problem(
                "sqlite_integrity",
                msg(QT_TRANSLATE_NOOP("kesos", "File SQLite rusak ({n} temuan PRAGMA {pragma})."), n=len(lines),
                    pragma=pragma),
                len(lines),
                tuple(lines[:MAX_EXAMPLES]),
            )
        ]  # fmt: skip

    return run


def _foreign_keys(conn: Connection, sqlite: bool) -> list[Problem]:
    if sqlite:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        if not rows:
            return []
        by_pair: dict[tuple[str, str], list[Any]] = {}
        for table, rowid, parent, _fkid in rows:
            by_pair.setdefault((table, parent), []).append(rowid)
        return [
            Problem(
                "orphan_rows",
                msg(QT_TRANSLATE_NOOP("kesos", "{n} baris {table} menunjuk ke {parent} yang tidak ada."),
                    n=len(ids), table=table, parent=parent),
                len(ids),
                tuple(f"rowid {i}" for i in ids[:MAX_EXAMPLES]),
            )
            for (table, parent), ids in sorted(by_pair.items())
        ]  # fmt: skip
    out = []
    n, ex = _count_and_examples(
        conn,
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_namespace ns ON ns.oid = c.relnamespace "
        "WHERE ns.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)",
    )
    if n:
        out.append(
            Problem(
                "invalid_index",
                msg(QT_TRANSLATE_NOOP("kesos", "{n} indeks PostgreSQL tidak valid (perlu REINDEX)."), n=n),
                n,
                ex,
            )
        )
    n, ex = _count_and_examples(
        conn,
        "SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated "
        "AND connamespace = current_schema()::regnamespace",
    )
    if n:
        out.append(
            Problem(
                "unvalidated_fk",
                msg(QT_TRANSLATE_NOOP("kesos", "{n} foreign key PostgreSQL belum tervalidasi."), n=n),
                n,
                ex,
            )
        )
    return out


def _audit_append_only(conn: Connection, sqlite: bool) -> list[Problem]:
    if sqlite:
        names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        }
        missing = sorted({"audit_log_no_update", "audit_log_no_delete"} - names)
    else:
        names = {
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled <> 'D'"
            )
        }
        missing = sorted({"audit_log_append_only"} - names)
    if not missing:
        return []
    return [
        Problem(
            "audit_not_append_only",
            msg(
                QT_TRANSLATE_NOOP(
                    "kesos", "Log audit tidak lagi terlindungi dari perubahan/penghapusan (trigger hilang: {names})."
                ),
                names=", ".join(missing),
            ),
            len(missing),
        )
    ]


_FTS_TRIGGERS = ("arsip_berkas_fts_ai", "arsip_berkas_fts_ad", "arsip_berkas_fts_au")


def _sqlite_search_index(conn: Connection, sqlite: bool) -> list[Problem]:
    """SQLite's archive search index (FTS5 over arsip_berkas) is kept by triggers; the bulk import drops
    and re-creates one inside its transaction, so a crash there must leave both the trigger and the index."""
    if not sqlite:
        return []
    tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'arsip_berkas%'")}
    if "arsip_berkas_fts_docsize" not in tables:
        return []
    out = []
    missing = sorted(set(_FTS_TRIGGERS) - tables)
    if missing:
        out.append(
            Problem(
                "arsip_search_trigger",
                msg(
                    QT_TRANSLATE_NOOP(
                        "kesos", "Indeks pencarian arsip tidak lagi diperbarui otomatis (trigger hilang: {names})."
                    ),
                    names=", ".join(missing),
                ),
                len(missing),
            )
        )
    records = conn.exec_driver_sql("SELECT COUNT(*) FROM arsip_berkas").scalar_one()
    indexed = conn.exec_driver_sql("SELECT COUNT(*) FROM arsip_berkas_fts_docsize").scalar_one()
    if records != indexed:
        out.append(
            Problem(
                "arsip_search_index",
                msg(
                    QT_TRANSLATE_NOOP("kesos", "Indeks pencarian arsip memuat {indexed} dari {records} berkas."),
                    indexed=indexed,
                    records=records,
                ),
                abs(records - indexed),
            )
        )
    return out


# --- PPKS --------------------------------------------------------------------------------------

_TALLY_RECOUNT = {
    "ppks_tally_category": (
        "SELECT p.desa_code, c.category_code, COUNT(*) FROM ppks_person_category c "
        "JOIN ppks_person p ON p.id = c.person_id GROUP BY p.desa_code, c.category_code"
    ),
    "ppks_tally_age": (
        "SELECT desa_code, COALESCE(sex, ''), {year_birth}, COUNT(*) FROM ppks_person "
        "GROUP BY desa_code, COALESCE(sex, ''), {year_birth}"
    ),
    "ppks_tally_year": (
        "SELECT desa_code, {year_collected}, COUNT(*) FROM ppks_person GROUP BY desa_code, {year_collected}"
    ),
    "ppks_tally_status": "SELECT desa_code, status, COUNT(*) FROM ppks_person GROUP BY desa_code, status",
}


def _year(column: str, sqlite: bool) -> str:
    if sqlite:
        return f"COALESCE(CAST(substr({column}, 1, 4) AS INTEGER), 0)"
    return f"COALESCE(CAST(EXTRACT(YEAR FROM {column}) AS INTEGER), 0)"


def recount_tallies(conn: Connection, sqlite: bool) -> dict[str, dict[tuple[Any, ...], int]]:
    """What every tally table must hold, counted from the records (read only; see ``ppks.rebuild_tallies``)."""
    out: dict[str, dict[tuple[Any, ...], int]] = {}
    for table, sql in _TALLY_RECOUNT.items():
        sql = sql.format(year_birth=_year("birth_date", sqlite), year_collected=_year("collected_on", sqlite))
        out[table] = {tuple(r[:-1]): int(r[-1]) for r in conn.exec_driver_sql(sql)}
    return out


def _stored_tallies(conn: Connection) -> dict[str, dict[tuple[Any, ...], int]]:
    out: dict[str, dict[tuple[Any, ...], int]] = {}
    for table, cols in ppks.TALLY_TABLES.items():
        rows = conn.exec_driver_sql(f"SELECT {', '.join(cols)}, n FROM {table} WHERE n <> 0")
        out[table] = {tuple(r[:-1]): int(r[-1]) for r in rows}
    return out


def _ppks_tallies(conn: Connection, sqlite: bool) -> list[Problem]:
    expected = recount_tallies(conn, sqlite)
    stored = _stored_tallies(conn)
    out = []
    for table in ppks.TALLY_TABLES:
        want, have = expected[table], stored[table]
        wrong = sorted(
            (
                (k, have.get(k, 0), want.get(k, 0))
                for k in want.keys() | have.keys()
                if have.get(k, 0) != want.get(k, 0)
            ),
            key=lambda t: str(t[0]),
        )
        if wrong:
            out.append(
                Problem(
                    "ppks_tally",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "kesos",
                            "Rekap PPKS ({table}) tidak cocok dengan hitung ulang pada {n} baris. "
                            "Perbaiki dengan: kesos ppks recount",
                        ),
                        table=table,
                        n=len(wrong),
                    ),
                    len(wrong),
                    tuple(f"{'/'.join(map(str, k))}: tercatat {h}, dihitung {w}" for k, h, w in wrong[:MAX_EXAMPLES]),
                )
            )
    n, ex = _count_and_examples(
        conn,
        "SELECT c.person_id, c.category_code, c.desa_code, p.desa_code FROM ppks_person_category c "
        "JOIN ppks_person p ON p.id = c.person_id WHERE c.desa_code <> p.desa_code",
    )
    if n:
        out.append(
            Problem(
                "ppks_category_desa",
                msg(QT_TRANSLATE_NOOP("kesos", "{n} kategori PPKS mencatat desa yang berbeda dari datanya."), n=n),
                n,
                ex,
            )
        )
    return out


# --- NIPD --------------------------------------------------------------------------------------


def _nipd_numbers(conn: Connection, sqlite: bool) -> list[Problem]:
    out = []
    n, ex = _count_and_examples(
        conn,
        "SELECT nipd, COUNT(*) FROM nipd_official WHERE nipd IS NOT NULL GROUP BY nipd HAVING COUNT(*) > 1",
    )
    if n:
        out.append(
            Problem(
                "nipd_duplicate",
                msg(QT_TRANSLATE_NOOP("kesos", "{n} NIPD dipakai lebih dari satu perangkat desa."), n=n),
                n,
                ex,
            )
        )
    n, ex = _count_and_examples(
        conn,
        "SELECT o.id, o.nipd FROM nipd_official o LEFT JOIN nipd_number l ON l.number = o.nipd "
        "WHERE o.nipd IS NOT NULL AND (l.number IS NULL OR l.official_id IS NULL OR l.official_id <> o.id)",
    )
    if n:
        out.append(
            Problem(
                "nipd_not_in_ledger",
                msg(
                    QT_TRANSLATE_NOOP(
                        "kesos", "{n} NIPD perangkat tidak tercatat di buku nomor atas nama perangkat itu."
                    ),
                    n=n,
                ),
                n,
                ex,
            )
        )
    n, ex = _count_and_examples(
        conn,
        "SELECT l.scope_key, MAX(l.counter), MAX(c.value) FROM nipd_number l "
        "LEFT JOIN nipd_counter c ON c.scope_key = l.scope_key GROUP BY l.scope_key "
        "HAVING MAX(c.value) IS NULL OR MAX(l.counter) > MAX(c.value)",
    )
    if n:
        out.append(
            Problem(
                "nipd_counter_behind",
                msg(
                    QT_TRANSLATE_NOOP(
                        "kesos", "{n} penghitung NIPD tertinggal dari nomor yang sudah diberikan (nomor bisa terulang)."
                    ),
                    n=n,
                ),
                n,
                ex,
            )
        )
    return out


_LOAN_NUMBER = re.compile(r"PJ/(\d{4})/(\d+)$")


def _arsip_loan_numbers(conn: Connection, sqlite: bool) -> list[Problem]:
    """Loan slips are numbered PJ/<year>/<n> from the counter ``pinjam-<year>``: it must not be behind."""
    highest: dict[str, int] = {}
    for (nomor,) in conn.execute(text("SELECT nomor FROM arsip_peminjaman WHERE nomor LIKE 'PJ/%'")):
        m = _LOAN_NUMBER.match(nomor)
        if m:
            key = f"pinjam-{m.group(1)}"
            highest[key] = max(highest.get(key, 0), int(m.group(2)))
    counters = {k: v for k, v in conn.execute(text("SELECT key, value FROM arsip_counter WHERE key LIKE 'pinjam-%'"))}
    behind = sorted((k, n, counters.get(k)) for k, n in highest.items() if n > (counters.get(k) or 0))
    if not behind:
        return []
    return [
        Problem(
            "arsip_counter_behind",
            msg(QT_TRANSLATE_NOOP("kesos", "{n} penghitung nomor peminjaman arsip tertinggal dari nomor yang sudah dipakai."),
                n=len(behind)),
            len(behind),
            tuple(f"{k}: nomor {n}, penghitung {c}" for k, n, c in behind[:MAX_EXAMPLES]),
        )
    ]  # fmt: skip


def _arsip_code_sort_keys(conn: Connection, sqlite: bool) -> list[Problem]:
    """Codes and records carry a stored numeric sort key (``models.arsip.code_sort_text``); a stale or missing
    one (a raw insert that bypassed the model) puts codes out of order in lists and box labels."""
    from kesos_desktop.models.arsip import code_sort_text

    bad = [c for c, k in conn.execute(text("SELECT code, sort_key FROM arsip_klasifikasi")) if k != code_sort_text(c)]
    n, ex = _count_and_examples(
        conn,
        "SELECT b.id, b.kode FROM arsip_berkas b JOIN arsip_klasifikasi k ON k.code = b.kode "
        "WHERE b.kode_sort IS NULL OR b.kode_sort <> k.sort_key",
    )
    if not bad and not n:
        return []
    return [
        Problem(
            "arsip_sort_key",
            msg(QT_TRANSLATE_NOOP("kesos", "{n} kode klasifikasi/berkas arsip dengan kunci urut yang tidak cocok "
                                           "dengan kodenya (urutan kode di daftar keliru)."), n=len(bad) + n),
            len(bad) + n,
            (*bad[:MAX_EXAMPLES], *ex)[:MAX_EXAMPLES],
        )
    ]  # fmt: skip


# --- references without a foreign key ----------------------------------------------------------

_LOOSE_REFERENCES = (
    ("nipd_official", "current_card_id", "nipd_card", "id"),
    ("nipd_card_request", "card_id", "nipd_card", "id"),
    ("nipd_number", "official_id", "nipd_official", "id"),
)


def _loose_references(conn: Connection, sqlite: bool) -> list[Problem]:
    out = []
    for table, column, parent, key in _LOOSE_REFERENCES:
        n, ex = _count_and_examples(
            conn,
            f"SELECT t.{column} FROM {table} t WHERE t.{column} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{key} = t.{column})",
        )
        if n:
            out.append(
                Problem(
                    "orphan_rows",
                    msg(
                        QT_TRANSLATE_NOOP("kesos", "{n} baris {table}.{column} menunjuk ke {parent} yang tidak ada."),
                        n=n,
                        table=table,
                        column=column,
                        parent=parent,
                    ),
                    n,
                    ex,
                )
            )
    n, ex = _count_and_examples(
        conn,
        "SELECT b.id FROM arsip_berkas b WHERE b.status = 'dipinjam' AND NOT EXISTS ("
        "SELECT 1 FROM arsip_peminjaman l WHERE l.tanggal_kembali IS NULL "
        "AND (l.berkas_id = b.id OR (b.boks_id IS NOT NULL AND l.boks_id = b.boks_id)))",
    )
    if n:
        out.append(
            Problem(
                "arsip_loan",
                msg(QT_TRANSLATE_NOOP("kesos", "{n} berkas berstatus dipinjam tanpa peminjaman terbuka."), n=n),
                n,
                ex,
            )
        )
    return out


def check(db: Database, *, quick: bool = False) -> list[Problem]:
    """Every problem found (an empty list: the database is consistent). Reads only.

    ``quick`` uses SQLite's ``quick_check`` (skips index-vs-table cross checks: much faster on big files).
    """
    checks: list[Check] = [
        _sqlite_pages(quick),
        _foreign_keys,
        _audit_append_only,
        _sqlite_search_index,
        _ppks_tallies,
        _nipd_numbers,
        _arsip_loan_numbers,
        _arsip_code_sort_keys,
        _loose_references,
    ]
    problems: list[Problem] = []
    sqlite = db.is_sqlite
    # One snapshot for the cross-table checks, so a save committed meanwhile cannot show up half.
    with db.read() as s:
        conn = s.connection(execution_options={} if sqlite else {"isolation_level": "REPEATABLE READ"})
        for run in checks:
            problems.extend(run(conn, sqlite))
    return problems


def report(problems: list[Problem], where: str) -> str:
    """The Indonesian text ``kesos check`` prints."""
    if not problems:
        return f"Pemeriksaan konsistensi {where}: tidak ada masalah."
    lines = [f"Pemeriksaan konsistensi {where}: {len(problems)} masalah ditemukan."]
    lines.extend(f"- {p}" for p in problems)
    return "\n".join(lines)
