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


# --- column mapping: instruction sheet first, title rows, renamed headers -------------------------

RENAMED = ["No", "Nomor Induk Kependudukan", "NAMA LENGKAP", "L / P", "Tempat", "Tgl. Lahir", "Desa (kode)",
           "Jabatan", "No SK", "Tgl SK", "Mulai Bertugas", "Pendidikan"]  # fmt: skip


def _renamed_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    info = wb.active
    info.title = "Petunjuk"
    info.append(["Petunjuk pengisian: NIK ditulis sebagai teks, tanggal dd-mm-yyyy."])
    info.append(["Jenis kelamin L/P. Kolom Desa diisi kode desa."])
    ws = wb.create_sheet("Data Perangkat")
    ws.append(["DAFTAR PERANGKAT DESA SUNGAI DURI"])
    ws.append([])
    ws.append(RENAMED)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _official(i: int, nik: str, *, born: str = "05-04-1992", sex: str = "P") -> list[object]:
    return [i, nik, f"Perangkat Berkas {i}", sex, "Bengkayang", born, "61.07.01.2001", "Sekretaris Desa",
            f"141/{i}/2024", "01-03-2024", "04-03-2024", "SMA"]  # fmt: skip


def test_header_found_past_instruction_sheet_and_mapping_completes_it(  # type: ignore[no-untyped-def]
    db: Database, admin, tmp_path: Path
) -> None:
    known = nipd.register(db, admin, person(1), today=date(2026, 11, 23)).official
    nik_new = make_nik("61.07.01", date(1992, 4, 5), "P", 8)
    path = _renamed_xlsx(
        tmp_path / "desa.xlsx", [_official(1, nik_new), _official(2, known.nik, born="01-01-1990", sex="L")]
    )
    src = nipd_import.read(path)
    assert (src.sheet, src.sheets, src.header_row, len(src.rows)) == ("Data Perangkat", ("Petunjuk", "Data Perangkat"),
                                                                      3, 2)  # fmt: skip
    assert src.proposal == {"nik": 1, "name": 2, "sex": 3, "birth_place": 4, "birth_date": 5, "jabatan_code": 7,
                            "sk_number": 8, "sk_date": 9, "education": 11}  # fmt: skip
    # Two required columns have headers the import cannot guess: a clear message naming both, nothing written.
    with pytest.raises(errors.ValidationError, match="Kode Desa, TMT") as e:
        nipd_import.import_file(db, admin, path)
    assert e.value.field == "mapping" and "Data Perangkat" in str(e.value.message)
    assert _count(db) == 1
    mapping = {"desa_code": "G", "tmt": "Mulai Bertugas"}
    report = nipd_import.import_file(db, admin, path, mapping=mapping, today=date(2026, 11, 23))
    assert report.ok and (report.created, report.updated) == (1, 1), report.lines()
    assert _count(db) == 2
    with db.read() as s:
        new = s.scalar(select(Official).where(Official.nik == nik_new))
        assert new is not None and (new.name, new.desa_code, new.jabatan_code) == (
            "Perangkat Berkas 1", "61.07.01.2001", "SEKDES",
        )  # fmt: skip
        assert s.scalar(select(Official.name).where(Official.id == known.id)) == "Perangkat Berkas 2"


def test_row_errors_name_the_file_column_and_an_explicit_mapping_wins(  # type: ignore[no-untyped-def]
    db: Database, admin, tmp_path: Path
) -> None:
    nik = make_nik("61.07.01", date(1992, 4, 5), "P", 9)
    bad = _official(2, make_nik("61.07.01", date(1991, 1, 1), "P", 10), born="31-02-1991")
    path = _renamed_xlsx(tmp_path / "desa.xlsx", [_official(1, nik), bad])
    full = {"desa_code": 6, "tmt": 10}
    report = nipd_import.import_file(db, admin, path, mapping=full, today=date(2026, 11, 23))
    assert not report.ok and report.created == 0 and _count(db) == 0
    assert [(r, report.column(c)) for r, c, _m in report.problems] == [(5, "F (Tanggal Lahir)")]
    assert "Baris 5 kolom F (Tanggal Lahir)" in report.lines()[0]
    # Mapping the birth date to the SK date column takes that column away from "Tanggal SK" (proposed):
    # the required SK date is then unmapped and named.
    with pytest.raises(errors.ValidationError, match="Tanggal SK Pengangkatan"):
        nipd_import.import_file(db, admin, path, mapping={**full, "tgl lahir": "J"})
    with pytest.raises(errors.ValidationError, match="Nama"):
        nipd_import.import_file(db, admin, path, mapping={**full, "nama": None})
    with pytest.raises(errors.ValidationError, match="tidak dikenal"):
        nipd_import.import_file(db, admin, path, mapping={"golongan darah": "B"})
    assert _count(db) == 0


def test_cli_import_with_map_option(tmp_path: Path, sqlite_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from kesos_desktop import cli

    path = _renamed_xlsx(tmp_path / "desa.xlsx", [_official(1, make_nik("61.07.01", date(1992, 4, 5), "P", 11))])
    base = ["nipd", "import", "--database-url", sqlite_db_url, str(path)]
    assert cli.main(base + ["--dry-run"]) != 0
    assert "Kode Desa, TMT" in capsys.readouterr().err
    assert cli.main(base + ["--map", "kode desa=G, tmt=K", "--dry-run"]) == 0
    assert "1 baris valid" in capsys.readouterr().out
    assert cli.main(base + ["--map", "kode desa=G,tmt=K"]) == 0
    assert "1 perangkat baru" in capsys.readouterr().out
    assert nipd_import.parse_map_option("nik=B,nama=C") == {"nik": "B", "nama": "C"}


def test_cancel_after_the_last_row_writes_nothing(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.jobs import JobContext

    path = _renamed_xlsx(tmp_path / "desa.xlsx", [_official(1, make_nik("61.07.01", date(1992, 4, 5), "P", 12))])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _text: str) -> None:
        seen.append((done, total))
        if done == total:
            ctx.cancel()  # the user presses "Batal" as the last row is checked

    ctx = JobContext(progress, min_interval=0)
    with pytest.raises(errors.Cancelled):
        nipd_import.import_file(db, admin, path, mapping={"desa_code": "G", "tmt": "K"}, ctx=ctx)
    assert seen == [(1, 1)] and _count(db) == 0
