"""The village-Excel import: messy headers, NIK/date cleaning, exact error positions, all-or-nothing,
re-import, the error copy, and the template."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.excel import ppks_import as imp
from kesos_desktop.excel import ppks_template
from kesos_desktop.models.db import Database
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import auth, ppks, wilayah
from kesos_desktop.services.nik import make_nik

KEC = "61.07.02"


def nik_for(born: date, sex: str, n: int) -> str:
    return make_nik(KEC, born, sex, n)


HEADER = ["No", "N I K", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "JK", "Alamat", "RT/RW", "Kec.", "Desa",
          "Jenis PPKS", "Ket"]  # fmt: skip


def messy_workbook(path: Path, *, extra_rows: list[list[object]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap Desa"
    ws["A1"] = "DATA PPKS DESA SAMALANTAN"
    ws.merge_cells("A1:L1")
    ws["A2"] = "KECAMATAN SAMALANTAN TAHUN 2026"
    ws.merge_cells("A2:L2")
    ws.append([])
    ws.append(HEADER)  # row 4
    ws.append(list(range(1, 13)))  # row 5: column numbers
    born = date(1950, 5, 12)
    rows = [
        # row 6: spaces in NIK, capitals, Excel date
        [1, " ".join([nik_for(born, "P", 1)[i : i + 4] for i in range(0, 16, 4)]), "  SITI   AMINAH ", "Bengkayang",
         datetime(1950, 5, 12), "P", "Dusun Jaya", "3/5", "samalantan", "SAMALANTAN", "lut", None],
        # row 7: apostrophe, text date dd/mm/yyyy, category by code
        [2, "'" + nik_for(born, "L", 2), "budi hartono", "Sambas", "12/05/1950", "Laki-laki", None, "003/005",
         "Samalantan", "Tumiang", "PD, FM", "tuna netra"],
        # row 8: dots, ISO date, Indonesian month name
        [3, ".".join([nik_for(date(1948, 8, 17), "P", 3)[i : i + 4] for i in range(0, 16, 4)]), "Maria Ulfa", "",
         "17 Agustus 1948", "P", None, None, "Samalantan", "Babane", "Lanjut Usia Terlantar", None],
        # row 9: NIK typed as a number: the 16th digit became 0
        [4, 6107025505500010, "Agus", "", "12-05-1950", "L", None, None, "Samalantan", "Babane", "FM", None],
        # row 10: impossible date, unknown category
        [5, nik_for(born, "P", 5), "Rina", "", "31-02-1950", "P", None, None, "Samalantan", "Babane", "XYZ", None],
        # row 11: unknown desa, birth date in the future
        [6, nik_for(born, "P", 6), "Dewi", "", (date.today() + timedelta(days=30)).strftime("%d-%m-%Y"), "P", None,
         None, "Samalantan", "Antah Berantah", "FM", None],
        # row 12: NIK date does not match the birth date
        [7, nik_for(born, "P", 7), "Yanti", "", "1950-06-12", "P", None, None, "Samalantan", "Babane", "FM", None],
        # row 13: same NIK as row 6
        [8, nik_for(born, "P", 1), "Siti A.", "", "12-05-1950", "P", None, None, "Samalantan", "Babane", "LUT", None],
        *(extra_rows or []),
        [None, "JUMLAH", None, None, None, None, None, None, None, None, None, None],
    ]  # fmt: skip
    for r in rows:
        ws.append(r)
    ws.column_dimensions["B"].width = 22
    wb.create_sheet("Catatan")["A1"] = "Diisi oleh operator desa"
    wb.save(path)
    return path


@pytest.fixture
def office(db: Database, admin: auth.Actor) -> str:
    wilayah.set_office_scope(db, admin, "61.07")
    return "61.07"


def test_cell_parsers() -> None:
    assert imp.parse_date("12-05-1950") == imp.parse_date("12/05/1950") == imp.parse_date("1950-05-12")
    assert imp.parse_date("12 Mei 1950") == date(1950, 5, 12) == imp.parse_date("12 mei 1950")
    for bad in ("12-05-50", "kemarin", "31-02-1950"):
        with pytest.raises(imp.CellProblem):
            imp.parse_date(bad)
    with pytest.raises(imp.CellProblem):
        imp.parse_date(18395.0)  # a serial number without a date format is not guessed
    assert imp.parse_id_number("'6107 0255.0550-0001", "NIK") == "6107025505500001"
    with pytest.raises(imp.CellProblem) as e:
        imp.parse_id_number(6107025505500010.0, "NIK")
    assert "15 digit" in e.value.text
    with pytest.raises(imp.CellProblem):
        imp.parse_id_number(6107025505500011, "NIK")
    with pytest.raises(imp.CellProblem):
        imp.parse_id_number("6,10703E+15", "NIK")
    assert imp.parse_categories("pd; Fakir Miskin") == ("PD", "FM")
    assert imp.parse_categories("Orang dengan HIV/AIDS") == ("ODHA",)
    assert imp.parse_sex("Perempuan") == "P" and imp.parse_sex("lk") == "L"


def test_messy_file_reports_exact_positions(db: Database, admin: auth.Actor, office: str, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "desa.xlsx")
    plan = imp.analyse(db, admin, path)
    assert plan.header_row == 4 and plan.sheet_name == "Rekap Desa"
    assert (5, "nomor kolom") in plan.skipped and any(why == "baris jumlah" for _r, why in plan.skipped)
    assert plan.rows_read == 8 and plan.valid == 3 and plan.invalid == 5
    good = {o.row: o.values for o in plan.rows if o.values}
    assert good[6]["name"] == "Siti Aminah" and good[6]["rt"] == "003" and good[6]["rw"] == "005"
    assert good[7]["categories"] == ("PD", "FM") and good[7]["desa_code"] == "61.07.02.2003"
    assert good[8]["birth_date"] == date(1948, 8, 17)
    errs = {(e.row, e.column_letter): e.message for e in plan.errors()}
    assert "15 digit" in errs[(9, "B")]
    assert "kalender" in errs[(10, "E")] and "XYZ" in errs[(10, "K")]
    assert "Antah Berantah" in errs[(11, "J")] and "masa depan" in errs[(11, "E")]
    assert "berbeda" in errs[(12, "B")]
    assert "baris 6" in errs[(13, "B")]
    assert not any(e.row in (6, 7, 8) for e in plan.errors())
    # All-or-nothing: nothing is written while any row is wrong.
    result = imp.commit(db, admin, plan, all_or_nothing=True)
    assert not result.committed
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PpksPerson)) == 0
    result = imp.commit(db, admin, plan, all_or_nothing=False)
    assert result.committed and (result.new, result.updated) == (3, 0)
    people = {p.name: p for p in ppks_list(db)}
    assert people["Budi Hartono"].sex == "L" and people["Budi Hartono"].data_source == "import"
    budi = ppks.find_by_nik(db, admin, nik_for(date(1950, 5, 12), "L", 2))
    assert budi is not None and budi.categories == ("PD", "FM") and budi.condition_notes == "tuna netra"

    # Re-import: NIK matches update (default) or are reported.
    plan2 = imp.analyse(db, admin, path)
    assert plan2.count(imp.UPDATE) == 3 and plan2.count(imp.NEW) == 0
    r2 = imp.commit(db, admin, plan2, all_or_nothing=False)
    assert (r2.new, r2.updated) == (0, 3)
    assert ppks.get(db, admin, budi.id).version == budi.version + 1
    plan3 = imp.analyse(db, admin, path, on_existing="report")
    assert plan3.count(imp.EXISTING) == 3
    assert not imp.commit(db, admin, plan3, all_or_nothing=False).committed
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PpksPerson)) == 3


def ppks_list(db: Database) -> list[ppks.PersonInfo]:
    with db.read() as s:
        ids = list(s.scalars(select(PpksPerson.id)))
    return [ppks.get(db, auth.SYSTEM, i) for i in ids]


def test_error_copy_keeps_the_file_and_marks_rows(db: Database, admin: auth.Actor, office: str, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "desa.xlsx")
    plan = imp.analyse(db, admin, path)
    out = tmp_path / "desa-kesalahan.xlsx"
    assert imp.write_error_copy(plan, out) == 5
    original = openpyxl.load_workbook(path)
    copy = openpyxl.load_workbook(out)
    assert copy.sheetnames == original.sheetnames
    ws, ow = copy["Rekap Desa"], original["Rekap Desa"]
    assert ws.max_row == ow.max_row
    assert [c.value for c in ws[4]][:12] == [c.value for c in ow[4]][:12]  # header untouched
    assert ws.cell(row=4, column=13).value == "Kesalahan"
    for r in range(1, ow.max_row + 1):
        assert [c.value for c in ws[r]][:12] == [c.value for c in ow[r]][:12]
    assert "Kolom B (N I K)" in ws.cell(row=9, column=13).value
    assert ws.cell(row=9, column=2).fill.start_color.rgb.endswith(imp.RED)
    assert ws.cell(row=10, column=11).fill.start_color.rgb.endswith(imp.RED)
    assert ws.cell(row=6, column=13).value is None
    assert ws.cell(row=6, column=2).fill.fill_type is None


def test_explicit_mapping_and_required_columns(db: Database, admin: auth.Actor, office: str, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Identitas", "Nama Warga", "Kelurahan", "Golongan", "Lahir", "Gender"])
    ws.append([nik_for(date(1950, 5, 12), "P", 1), "Siti", "Samalantan", "LUT", "12-05-1950", "P"])
    wb.save(tmp_path / "odd.xlsx")
    with pytest.raises(errors.ValidationError):  # no recognisable header without help
        imp.analyse(db, admin, tmp_path / "odd.xlsx")
    plan = imp.analyse(
        db,
        admin,
        tmp_path / "odd.xlsx",
        mapping={"nik": "Identitas", "name": "Nama Warga", "categories": "Golongan", "sex": "F", "birth_date": "Lahir"},
    )
    assert plan.valid == 1, plan.errors()
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Desa", "Tanggal Lahir", "JK"])
    wb.active.append(["Siti", "Samalantan", "12-05-1950", "P"])
    wb.save(tmp_path / "no_nik.xlsx")
    with pytest.raises(errors.ValidationError) as e:
        imp.analyse(db, admin, tmp_path / "no_nik.xlsx")
    assert "NIK" in str(e.value.message) and "Kategori" in str(e.value.message)


def test_bad_files(db: Database, admin: auth.Actor, office: str, tmp_path: Path, make_actor) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "bukan.xlsx"
    text.write_text("ini bukan excel")
    with pytest.raises(errors.ValidationError) as e:
        imp.analyse(db, admin, text)
    assert "bukan buku kerja" in str(e.value.message)
    locked = tmp_path / "terkunci.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(errors.ValidationError) as e:
        imp.analyse(db, admin, locked)
    assert "kata sandi" in str(e.value.message)
    empty = tmp_path / "kosong.xlsx"
    ppks_template.build(db, admin, empty)
    with pytest.raises(errors.ValidationError) as e:
        imp.analyse(db, admin, empty)
    assert "Tidak ada baris data" in str(e.value.message)
    viewer = make_actor("viewer")
    with pytest.raises(errors.PermissionDenied):
        imp.analyse(db, viewer, empty)


def test_template_round_trip_and_operator_scope(
    db: Database, admin: auth.Actor, office: str, tmp_path: Path, make_actor
) -> None:  # type: ignore[no-untyped-def]
    op = make_actor("operator", scope_code=KEC)
    path = ppks_template.build(db, op, tmp_path / "templat.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Petunjuk", "Data PPKS", "Daftar"]
    ws = wb["Data PPKS"]
    assert ws.cell(row=2, column=2).value == "NIK"
    desa_names = [c.value for c in wb["Daftar"]["C"][1:] if c.value]
    assert "Tumiang" in desa_names and "Lesabela" not in desa_names  # only the operator's kecamatan
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert any("$A$2:$A$27" in (f or "") for f in formulas)
    rows = [
        [1, nik_for(date(1950, 5, 12), "P", 1), None, "Siti", "Bengkayang", "12-05-1950", "P", "", "1", "2",
         "Samalantan", "Tumiang", "Lanjut Usia Terlantar"],
        [2, make_nik("61.07.03", date(1950, 5, 12), "L", 2), None, "Budi", "", "12-05-1950", "L", "", "", "",
         "Ledo", "Lesabela", "FM"],
    ]  # fmt: skip
    for r, values in enumerate(rows, 3):
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
    wb.save(path)
    plan, result = imp.import_file(db, op, path, all_or_nothing=False)
    assert (result.new, result.invalid) == (1, 1), plan.errors()
    assert "Lesabela" in plan.errors()[0].message or "Ledo" in plan.errors()[0].message
