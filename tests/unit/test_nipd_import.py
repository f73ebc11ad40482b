"""xlsx import of officials: header mapping, row errors, all-or-nothing, NIK matching, dry run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.excel import nipd_import
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Official
from kesos_desktop.services import nipd
from kesos_desktop.services.nik import make_nik
from tests.unit.nipd_helpers import person

HEAD = ["NIK", "Nama", "Jenis Kelamin", "Tempat Lahir", "Tgl Lahir", "Kode Desa", "Jabatan", "Nomor SK",
        "Tanggal SK", "TMT", "Pendidikan"]  # fmt: skip


def _xlsx(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Official)) or 0


def test_import_is_all_or_nothing_and_matches_by_nik(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    known = nipd.register(db, admin, person(1), today=date(2026, 11, 23)).official
    nik_new = make_nik("61.07.01", date(1992, 4, 5), "P", 7)
    good = [nik_new, "Maria Yuliana", "P", "Bengkayang", "05-04-1992", "6107012001", "Sekretaris Desa", "141/3/2024",
            "01-03-2024", "04-03-2024", "SMA/SMK"]  # fmt: skip
    update = [known.nik, "Perangkat Uji Satu", "L", "Bengkayang", date(1990, 1, 1), "61.07.01.2001", "KASI-PEM",
              "141/1/2024", "01-03-2024", "04-03-2024", "S1"]  # fmt: skip
    bad = ["123", "", "X", "Bengkayang", "31-02-1990", "61.07.01.2001", "Camat", "", "01-03-2024", "04-03-2024", ""]
    report = nipd_import.import_file(db, admin, _xlsx(tmp_path / "a.xlsx", [good, update, bad]))
    assert not report.ok and report.created == 0
    assert {r for r, _c, _m in report.problems} == {4}
    assert any("Tanggal Lahir" == c for _r, c, _m in report.problems)
    assert _count(db) == 1
    bad2 = ["123", "", "X", "Bengkayang", "01-02-1990", "61.07.01.2001", "Camat", "", "01-03-2024", "04-03-2024", ""]
    report = nipd_import.import_file(db, admin, _xlsx(tmp_path / "b.xlsx", [good, update, bad2]))
    cols = {c for _r, c, _m in report.problems}
    assert {"NIK", "Nama", "Jenis Kelamin (L/P)", "Jabatan", "Nomor SK Pengangkatan"} <= cols
    assert _count(db) == 1

    dry = nipd_import.import_file(db, admin, _xlsx(tmp_path / "c.xlsx", [good, update]), dry_run=True)
    assert dry.ok and (dry.created, dry.updated) == (1, 1) and _count(db) == 1
    done = nipd_import.import_file(db, admin, _xlsx(tmp_path / "c.xlsx", [good, update]))
    assert done.ok and (done.created, done.updated) == (1, 1) and _count(db) == 2
    with db.read() as s:
        assert s.scalar(select(Official.name).where(Official.id == known.id)) == "Perangkat Uji Satu"
        assert s.scalar(select(Official.jabatan_code).where(Official.nik == nik_new)) == "SEKDES"


def test_missing_columns_and_template(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.KnownError, match="Kolom wajib"):
        nipd_import.import_file(db, admin, _xlsx(tmp_path / "x.xlsx", [["1"]], head=["NIK", "Nama"]))
    template = nipd_import.write_template(tmp_path / "templat.xlsx", db)
    report = nipd_import.import_file(db, admin, template, dry_run=True)
    assert report.ok and report.created == 1, report.lines()
