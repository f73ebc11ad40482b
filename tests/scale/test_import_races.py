"""A PPKS import that updates existing records while other PCs save or delete the same records.

The import reads the records it overwrites to take them out of the dashboard tallies. If a save by
another PC commits between that read and the import's UPDATE, the import must see the saved values
(else the tallies drift from the records); if the record was deleted since the analysis, the import
must stop with a clear message and write nothing.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kesos_desktop import errors
from kesos_desktop.excel import ppks_import
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, consistency, ppks, wilayah
from kesos_desktop.services.nik import make_nik
from tests.scale import workers
from tests.scale.xlsx_fast import write_xlsx

DESA = "61.07.02.2001"  # Samalantan
BORN = date(1951, 4, 9)


def _record(db: Database) -> ppks.PersonInfo:
    wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
    return ppks.create(
        db,
        auth.SYSTEM,
        ppks.PersonInput(name="Data Bersama", desa_code=DESA, categories=("FM",),
                         nik=make_nik(DESA[:8], BORN, "P", 1), birth_date=BORN, sex="P", collected_on=date(2023, 6, 1)),
    )  # fmt: skip


def _file(tmp: Path, info: ppks.PersonInfo, collected: str) -> Path:
    return write_xlsx(
        tmp / "ubah.xlsx",
        [
            workers.IMPORT_HEADER,
            [1, info.nik, "Data Bersama", BORN.strftime("%d-%m-%Y"), "P", "Samalantan", "Samalantan", "Fakir Miskin",
             collected],
        ],
    )  # fmt: skip


def _waiting_on_locks(db: Database) -> int:
    with db.engine.connect() as c:
        return int(
            c.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'"
                )
            )
        )


def _wait_for(cond: Any, what: str) -> None:
    deadline = time.monotonic() + 30
    while not cond():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


@pytest.mark.postgresql
def test_import_sees_a_save_that_commits_while_it_waits(pg_url: str, tmp_path: Path) -> None:
    db = Database.open(pg_url)
    try:
        info = _record(db)
        path = _file(tmp_path, info, "02/03/2022")
        failures: list[BaseException] = []

        def run(fn: Any) -> threading.Thread:
            def target() -> None:
                try:
                    fn()
                except BaseException as e:  # noqa: BLE001 - re-raised by the test below
                    failures.append(e)

            t = threading.Thread(target=target)
            t.start()
            return t

        # Another PC's save moves the record from 2023 to 2025. It is held just before its tally
        # upsert (this connection locks that tally row), with the record's row lock taken.
        with db.engine.connect() as hold:
            hold.execute(
                text("SELECT n FROM ppks_tally_year WHERE desa_code = :d AND collect_year = 2023 FOR UPDATE"),
                {"d": DESA},
            )
            data = info.as_input()
            data.collected_on = date(2025, 6, 1)
            saver = run(lambda: ppks.update(db, auth.SYSTEM, info.id, data, expected_version=info.version))
            _wait_for(lambda: _waiting_on_locks(db) == 1, "the save did not reach its tally update")
            # Meanwhile the import (analysed against the 2023 record) starts writing.
            importer = run(lambda: ppks_import.import_file(db, auth.SYSTEM, path))
            _wait_for(lambda: _waiting_on_locks(db) == 2, "the import did not reach the record")
            hold.rollback()
        saver.join(30)
        importer.join(30)
        assert not failures, failures
        got = ppks.get(db, auth.SYSTEM, info.id)
        assert got.collected_on == date(2022, 3, 2)
        years = {k[1]: n for k, n in ppks.tally_snapshot(db)["ppks_tally_year"].items() if k[0] == DESA}
        assert years == {2022: 1}
        assert consistency.check(db) == []
    finally:
        db.dispose()


def test_import_of_a_record_deleted_since_the_analysis_writes_nothing(db: Database, tmp_path: Path) -> None:
    info = _record(db)
    plan = ppks_import.analyse(db, auth.SYSTEM, _file(tmp_path, info, "02/03/2022"))
    assert plan.count(ppks_import.UPDATE) == 1
    ppks.delete(db, auth.SYSTEM, info.id, expected_version=info.version)
    kept = ppks.tally_snapshot(db)
    with pytest.raises(errors.ConflictError) as caught:
        ppks_import.commit(db, auth.SYSTEM, plan)
    assert f"#{info.id}" in str(caught.value.message)
    assert ppks.tally_snapshot(db) == kept
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM audit_log WHERE action = 'import'")) == 0
    assert consistency.check(db) == []


def test_two_imports_of_the_same_new_people_commit_once(db: Database, tmp_path: Path) -> None:
    """Two PCs check the same file, then both save: the second gets a clear message, not a crash."""
    info = _record(db)
    rows = workers.ppks_rows([(DESA, "Samalantan", "Samalantan")], 30, first_day=9000)
    path = write_xlsx(tmp_path / "baru.xlsx", rows)
    first = ppks_import.analyse(db, auth.SYSTEM, path)
    second = ppks_import.analyse(db, auth.SYSTEM, path)
    assert first.count(ppks_import.NEW) == second.count(ppks_import.NEW) == 30
    assert ppks_import.commit(db, auth.SYSTEM, first).new == 30
    kept = ppks.tally_snapshot(db)
    with pytest.raises(errors.DuplicateError):
        ppks_import.commit(db, auth.SYSTEM, second)
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM ppks_person WHERE id <> :i"), {"i": info.id}) == 30
        assert s.scalar(text("SELECT count(*) FROM audit_log WHERE action = 'import'")) == 1
    assert ppks.tally_snapshot(db) == kept
    assert consistency.check(db) == []
