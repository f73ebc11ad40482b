"""The consistency check (services/consistency.py, ``kesos check``) on both back ends: clean data passes,
each kind of damage is reported."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from kesos_desktop.cli import main
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip_demo, auth, consistency, nipd, nipd_demo, ppks, ppks_demo, wilayah


@pytest.fixture
def filled(db: Database, admin: auth.Actor) -> Database:
    wilayah.set_office_scope(db, admin, "61.07")
    ppks_demo.generate(db, 40, seed=3)
    nipd_demo.generate(db, 8, seed=3)
    arsip_demo.generate(db, 30, seed=3)  # with loans: records on loan must have an open loan
    return db


def _codes(db: Database) -> list[str]:
    return [p.code for p in consistency.check(db)]


def _exec(db: Database, sql: str) -> None:
    with db.write() as s:
        s.execute(text(sql))


def test_clean_database_passes(filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with filled.read() as s:
        assert s.scalar(text("SELECT COUNT(*) FROM nipd_official WHERE nipd IS NOT NULL")) > 0
        assert s.scalar(text("SELECT COUNT(*) FROM arsip_berkas WHERE status = 'dipinjam'")) > 0
    assert consistency.check(filled) == []
    assert main(["check", "--database-url", db_url]) == 0
    assert "tidak ada masalah" in capsys.readouterr().out


def test_corrupted_tally_is_reported_and_recount_repairs(
    filled: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _exec(filled, "UPDATE ppks_tally_status SET n = n + 3 WHERE desa_code = (SELECT MIN(desa_code) FROM ppks_person)")
    problems = consistency.check(filled)
    assert [p.code for p in problems] == ["ppks_tally"]
    assert problems[0].count == 1 and "tercatat" in problems[0].examples[0]
    assert main(["check", "--database-url", db_url]) == 1
    out = capsys.readouterr().out
    assert "1 masalah ditemukan" in out and "ppks_tally_status" in out and "kesos ppks recount" in out
    ppks.rebuild_tallies(filled)
    assert consistency.check(filled) == []


def test_category_row_with_another_desa_is_reported(filled: Database) -> None:
    _exec(
        filled,
        "UPDATE ppks_person_category SET desa_code = '61.07.99.2999' "
        "WHERE person_id = (SELECT MIN(person_id) FROM ppks_person_category)",
    )
    assert "ppks_category_desa" in _codes(filled)


def test_nipd_counter_behind_and_loose_references_are_reported(filled: Database) -> None:
    _exec(filled, "UPDATE nipd_counter SET value = 0")
    _exec(filled, "UPDATE nipd_official SET current_card_id = 987654 WHERE id = (SELECT MIN(id) FROM nipd_official)")
    problems = {p.code: p for p in consistency.check(filled)}
    assert set(problems) == {"nipd_counter_behind", "orphan_rows"}
    assert "nipd_official.current_card_id" in str(problems["orphan_rows"])
    assert "987654" in problems["orphan_rows"].examples


def test_number_missing_from_ledger_is_reported(filled: Database, admin: auth.Actor) -> None:
    with filled.read() as s:
        oid, number = s.execute(text("SELECT id, nipd FROM nipd_official WHERE nipd IS NOT NULL LIMIT 1")).one()
    # The ledger is never edited by the app; here another official's id stands in for lost bookkeeping.
    _exec(filled, f"UPDATE nipd_number SET official_id = {oid + 100000} WHERE number = '{number}'")
    assert set(_codes(filled)) == {"nipd_not_in_ledger", "orphan_rows"}


def test_missing_audit_trigger_is_reported(filled: Database) -> None:
    if filled.is_sqlite:
        _exec(filled, "DROP TRIGGER audit_log_no_delete")
    else:
        _exec(filled, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    assert _codes(filled) == ["audit_not_append_only"]


def test_loan_counter_behind_is_reported(filled: Database) -> None:
    _exec(filled, "UPDATE arsip_counter SET value = 0 WHERE key LIKE 'pinjam-%'")
    problems = consistency.check(filled)
    assert [p.code for p in problems] == ["arsip_counter_behind"]
    assert "penghitung 0" in problems[0].examples[0]


def test_record_on_loan_without_open_loan_is_reported(filled: Database) -> None:
    _exec(filled, "UPDATE arsip_peminjaman SET tanggal_kembali = tanggal_pinjam")
    problems = consistency.check(filled)
    assert [p.code for p in problems] == ["arsip_loan"] and problems[0].count > 0


def test_sqlite_archive_search_index_left_without_its_trigger_is_reported(filled: Database) -> None:
    if not filled.is_sqlite:
        pytest.skip("the FTS5 index and its triggers are SQLite's")
    _exec(filled, "DROP TRIGGER arsip_berkas_fts_ai")
    arsip_demo.generate(filled, 5, seed=4, loans=False)
    assert sorted(_codes(filled)) == ["arsip_search_index", "arsip_search_trigger"]


def test_sqlite_orphan_and_damaged_index_are_reported(filled: Database, db_url: str) -> None:
    if not filled.is_sqlite:
        pytest.skip("SQLite page and foreign-key checks")
    path = filled.sqlite_path
    assert path is not None
    filled.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO ppks_person_category (person_id, category_code, desa_code) VALUES (999999, 'LUT', 'x')")
    # An index whose recorded definition no longer matches its entries: integrity_check must notice.
    con.execute("CREATE TABLE scratch (x INTEGER, y INTEGER)")
    con.executemany("INSERT INTO scratch VALUES (?, ?)", [(i, -i) for i in range(50)])
    con.execute("CREATE INDEX ix_scratch ON scratch (x)")
    con.commit()
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_scratch ON scratch (y)' WHERE name = 'ix_scratch'")
    con.commit()
    con.close()
    db = Database.open(db_url)
    try:
        problems = consistency.check(db)
        codes = [p.code for p in problems]
        assert "sqlite_integrity" in codes and "orphan_rows" in codes
        orphan = next(p for p in problems if p.code == "orphan_rows")
        assert "ppks_person_category" in str(orphan) and "ppks_person" in str(orphan)
        # quick_check skips the index cross-check but still sees the orphan.
        assert "orphan_rows" in [p.code for p in consistency.check(db, quick=True)]
    finally:
        db.dispose()


def test_duplicate_nipd_is_reported_on_postgres_without_its_constraint(filled: Database) -> None:
    if filled.is_sqlite:
        pytest.skip("dropping a unique constraint is a PostgreSQL one-liner")
    with filled.read() as s:
        a, b = s.execute(text("SELECT id, nipd FROM nipd_official WHERE nipd IS NOT NULL ORDER BY id LIMIT 2")).all()
    _exec(filled, "ALTER TABLE nipd_official DROP CONSTRAINT uq_nipd_official_nipd")
    _exec(filled, f"UPDATE nipd_official SET nipd = '{a.nipd}' WHERE id = {b.id}")
    assert "nipd_duplicate" in _codes(filled)


def test_report_text_lists_each_problem() -> None:
    p = consistency.Problem("x", nipd.msg("Ada {n} masalah.", n=2), 2, ("a", "b"))
    text_ = consistency.report([p], "kesos.sqlite3")
    assert text_.splitlines() == [
        "Pemeriksaan konsistensi kesos.sqlite3: 1 masalah ditemukan.",
        "- Ada 2 masalah. Contoh: a; b",
    ]
