"""The three Excel importers fed generated workbooks, on a real database of each back end.

Workbooks mix valid rows with cells of every type (numbers, dates, booleans, empty cells, 40,000
character strings, formulas such as ``=1/0``), title rows, merged cells, empty rows, extra, missing
and renamed columns, odd sheet names, and files that are not workbooks at all. For every one:

* the importer either reports through the app's error family (``KesosError``) or returns its
  report: never another exception;
* every row that must fail (it carries a bad value on purpose) is reported at its own Excel row
  number, and every reported error names a row and a column;
* all-or-nothing: the number of records afterwards is the number before plus exactly what the
  report says was written (nothing when any row was rejected).
"""

from __future__ import annotations

import itertools
import os
import random
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.excel import arsip_import, nipd_import, ppks_import
from kesos_desktop.models.arsip import ArsipBerkas
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Official
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import arsip, auth, wilayah
from kesos_desktop.services.nik import make_nik

# KESOS_FUZZ_EXAMPLES=500 for a longer hunt; the default keeps the suite quick.
FUZZ = settings(
    max_examples=int(os.environ.get("KESOS_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
_serial = itertools.count(1)
_file_no = itertools.count(1)

# --- cells ------------------------------------------------------------------------------------

HUGE = "x" * 40_000
junk_cells = st.one_of(
    st.none(),
    st.just(""),
    st.just(HUGE),
    st.sampled_from(
        ["=1/0", "=A1", "=SUM(A:A)", "#DIV/0!", "#N/A", "=1+", "'", "JUMLAH", "TOTAL", "Siti\x00Aminah", "XYZ\x00"]
    ),
    st.text(max_size=30).filter(lambda t: not any(0xD800 <= ord(c) <= 0xDFFF for c in t)),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
)


NUL_MARK = "QQNULQQ"


def _clean_for_xml(value: Any) -> Any:
    """openpyxl refuses control characters in cells. NUL is written the way Excel escapes it
    (``_x0000_``, patched into the saved file), which python-calamine reads back as a real NUL."""
    if isinstance(value, str):
        value = value.replace("\x00", NUL_MARK)
        return "".join(c if c in "\t\n\r" or ord(c) >= 32 else " " for c in value)
    return value


def _escape_nul(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    if not any(NUL_MARK.encode() in data for _i, data in items):
        return
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info, data.replace(NUL_MARK.encode(), b"_x0000_"))


@dataclass
class GenRow:
    cells: list[Any]
    must_fail: bool = False  # carries a value that no rule accepts
    junk: bool = False  # anything goes: neither asserted valid nor invalid


@dataclass
class Book:
    headers: list[str]
    rows: list[GenRow]
    title_rows: int = 0
    sheet: str = "Data"
    sheet_first: str | None = None  # another sheet before the data
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    broken: str | None = None  # not a workbook: what it is instead
    first_row: int = 0  # Excel row of the first data row (set when written)


def write_book(book: Book, path: Path) -> Path:
    if book.broken is not None:
        if book.broken == "empty":
            path.write_bytes(b"")
        elif book.broken == "text":
            path.write_text("NIK;Nama\n1;2\n", encoding="utf-8")
        elif book.broken == "zip":
            with zipfile.ZipFile(path, "w") as z:
                z.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='x' r:id='1'/></sheets>")
        elif book.broken == "ole":
            path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
        else:  # random bytes or a cut-off real workbook
            path.write_bytes(random.Random(book.broken).randbytes(3000))
        return path
    wb = openpyxl.Workbook()
    ws = wb.active
    if book.sheet_first is not None:
        ws.title = book.sheet_first
        ws["A1"] = "Petunjuk pengisian"
        ws = wb.create_sheet(book.sheet)
    else:
        ws.title = book.sheet
    for i in range(book.title_rows):
        ws.append([f"JUDUL {i + 1} DATA"] + [None] * (len(book.headers) - 1))
        if len(book.headers) > 1:
            ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1, end_column=len(book.headers))
    ws.append(book.headers)
    book.first_row = book.title_rows + 2
    for r in book.rows:
        ws.append([_clean_for_xml(v) for v in r.cells])
    for r0, c0, r1, c1 in book.merges:
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    wb.save(path)
    _escape_nul(path)
    return path


@st.composite
def books(
    draw: st.DrawFn, headers: list[str], valid_row: Any, bad_row: Any, optional: set[str], *, titles: int = 2
) -> Book:
    if draw(st.integers(0, 14)) == 0:
        broken = draw(st.sampled_from(["empty", "text", "zip", "ole", "bytes1", "bytes2"]))
        return Book([], [], broken=broken)
    cols = list(headers)
    # Drop an optional column, rename or drop a required one now and then, add unknown columns.
    if draw(st.booleans()):
        drop = draw(st.sampled_from(sorted(optional)))
        cols = [c for c in cols if c != drop]
    if draw(st.integers(0, 7)) == 0:
        i = draw(st.integers(0, len(cols) - 1))
        cols[i] = draw(st.sampled_from(["Kolom Baru", "", "NIK NIK NIK", cols[i].upper(), cols[i] + " (wajib)"]))
    for _ in range(draw(st.integers(0, 2))):
        cols.insert(draw(st.integers(0, len(cols))), draw(st.sampled_from(["Catatan Lain", "No", "Foto", "=A1"])))
    rows: list[GenRow] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["valid", "valid", "valid", "valid", "bad", "junk", "empty"]))
        if kind == "empty":
            rows.append(GenRow([None] * len(cols), junk=True))
            continue
        base = valid_row(draw) if kind != "bad" else bad_row(draw)
        cells = [base.get(h) for h in cols]
        # A bad value in a column the file does not have is no bad value.
        gen = GenRow(cells, must_fail=kind == "bad" and base["_bad"] in cols)
        if kind == "junk":
            gen.junk = True
            for j in draw(st.lists(st.integers(0, len(cols) - 1), max_size=len(cols))):
                cells[j] = draw(junk_cells)
        rows.append(gen)
    title_rows = draw(st.integers(0, titles))
    merges = []
    for idx, r in enumerate(rows):
        if r.junk and len(cols) > 1 and draw(st.integers(0, 3)) == 0:
            excel_row = title_rows + 2 + idx
            c0 = draw(st.integers(1, len(cols) - 1))
            merges.append((excel_row, c0, excel_row, draw(st.integers(c0 + 1, len(cols)))))
    sheet = draw(st.sampled_from(["Data", "Sheet1", "Rekap Desa 2026", "ÄÖ data", "x" * 31, "1"]))
    first = draw(st.sampled_from([None] * 5 + ["Petunjuk"]))
    return Book(cols, rows, title_rows, sheet, first, merges)


def _path(tmp_path: Path, suffix: str = ".xlsx") -> Path:
    return tmp_path / f"f{next(_file_no)}{suffix}"


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _must_fail_rows(book: Book) -> set[int]:
    return {book.first_row + i for i, r in enumerate(book.rows) if r.must_fail}


def _data_rows(book: Book) -> set[int]:
    return {book.first_row + i for i in range(len(book.rows))}


# --- PPKS ---------------------------------------------------------------------------------------

PPKS_HEADERS = ["NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Desa/Kelurahan", "Kategori PPKS", "Alamat", "RT",
                "RW", "Desil DTSEN", "Kondisi", "Kecamatan"]  # fmt: skip
PPKS_DESA = ["Samalantan", "Tumiang", "Babane", "Pasti Jaya"]


def _ppks_valid(draw: st.DrawFn) -> dict[str, Any]:
    born = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2015, 12, 31)))
    sex = draw(st.sampled_from(["L", "P"]))
    as_date = draw(st.booleans())
    return {
        "NIK": make_nik("61.07.02", born, sex, next(_serial) % 9999 + 1),
        "Nama": draw(st.sampled_from(["SITI AMINAH", "Budi", "ma'ruf amin", "Nur-Aini"])),
        "Tanggal Lahir": datetime.combine(born, datetime.min.time()) if as_date else born.strftime("%d-%m-%Y"),
        "Jenis Kelamin": draw(st.sampled_from([sex, "Laki-laki" if sex == "L" else "Perempuan"])),
        "Desa/Kelurahan": draw(st.sampled_from(PPKS_DESA)),
        "Kategori PPKS": draw(st.sampled_from(["FM", "LUT", "Penyandang Disabilitas", "PD, FM"])),
        "Alamat": draw(st.sampled_from([None, "Dusun Jaya", "Dusun\x00Jaya"])),
        "RT": draw(st.sampled_from([None, "3", "003"])),
        "RW": draw(st.sampled_from([None, 5, "005"])),
        "Desil DTSEN": draw(st.sampled_from([None, 1, "10"])),
        "Kondisi": draw(st.sampled_from([None, "tuna netra", HUGE])),
        "Kecamatan": "Samalantan",
    }


def _ppks_bad(draw: st.DrawFn) -> dict[str, Any]:
    row = _ppks_valid(draw)
    what = draw(st.sampled_from(["nik", "name", "date", "cat", "desa", "decile", "sex"]))
    row["_bad"] = {"nik": "NIK", "name": "Nama", "date": "Tanggal Lahir", "cat": "Kategori PPKS",
                   "desa": "Desa/Kelurahan", "decile": "Desil DTSEN", "sex": "Jenis Kelamin"}[what]  # fmt: skip
    if what == "nik":
        row["NIK"] = draw(st.sampled_from(["123", 6107025505500010, "١٩٠٤٠٥١٢٠٣٩٠٠٠٠١", "6,1E+15", HUGE]))
    elif what == "name":
        row["Nama"] = HUGE
    elif what == "date":
        row["Tanggal Lahir"] = draw(st.sampled_from(["31-02-1950", "kemarin", 18395, "=1/0"]))
    elif what == "cat":
        row["Kategori PPKS"] = draw(st.sampled_from(["XYZ", "1" * 400]))
    elif what == "desa":
        row["Desa/Kelurahan"] = draw(st.sampled_from(["Antah Berantah", HUGE]))
    elif what == "decile":
        row["Desil DTSEN"] = draw(st.sampled_from(["1" * 400, "inf", 11, "nan"]))
    else:
        row["Jenis Kelamin"] = draw(st.sampled_from(["X", True, 3]))
    return row


PPKS_REQUIRED_HEADERS = {"NIK", "Nama", "Kategori PPKS", "Desa/Kelurahan", "Kecamatan"}


@pytest.fixture
def ppks_office(db: Database, admin: auth.Actor) -> auth.Actor:
    wilayah.set_office_scope(db, admin, "61.07")
    return admin


@FUZZ
@given(
    book=books(PPKS_HEADERS, _ppks_valid, _ppks_bad, set(PPKS_HEADERS) - PPKS_REQUIRED_HEADERS),
    all_or_nothing=st.booleans(),
)
@example(  # "inf" in the number row position and 400 digits as the decile: OverflowError before the fix
    book=Book(PPKS_HEADERS, [GenRow(["1", "inf", "3"] + [None] * 8, junk=True),
                             GenRow([make_nik("61.07.02", date(1950, 5, 12), "P", 1), "Siti", "12-05-1950", "P",
                                     "Babane", "FM", None, None, None, "1" * 400, None, "Samalantan"], must_fail=True)]),
    all_or_nothing=True,
)  # fmt: skip
@example(  # Excel's _x0000_ escape (a NUL) in a name: PostgreSQL DataError at commit before the fix
    book=Book(PPKS_HEADERS, [GenRow([make_nik("61.07.02", date(1950, 5, 12), "P", 2), "Siti\x00Aminah", "12-05-1950",
                                     "P", "Babane", "FM", "Dusun\x01Jaya", None, None, None, None, "Samalantan"])]),
    all_or_nothing=True,
)  # fmt: skip
def test_ppks_import_never_crashes_never_commits_half(
    db: Database, ppks_office: auth.Actor, tmp_path: Path, book: Book, all_or_nothing: bool
) -> None:
    path = write_book(book, _path(tmp_path))
    before = _count(db, PpksPerson)
    try:
        plan, result = ppks_import.import_file(db, ppks_office, path, all_or_nothing=all_or_nothing)
    except errors.KesosError as e:
        event(f"refused: {type(e).__name__}")
        assert str(e.message)
        assert _count(db, PpksPerson) == before
        return
    after = _count(db, PpksPerson)
    bad_rows = {o.row for o in plan.rows if o.action == ppks_import.INVALID}
    for o in plan.rows:
        if o.action == ppks_import.INVALID:
            assert o.errors, o
        for e in o.errors:
            assert e.row == o.row and e.message
            assert e.column is not None or e.header, e
            if e.column is not None:
                assert 0 <= e.column < len(plan.headers)
    if set(book.headers) >= PPKS_REQUIRED_HEADERS and not book.sheet_first and not book.broken:
        assert _must_fail_rows(book) <= bad_rows | {r for r, _why in plan.skipped}, (plan.errors(), book.rows)
    assert bad_rows <= _data_rows(book) or book.sheet_first
    event("committed" if result.committed else "rejected")
    if plan.invalid:
        # The error copy (the uploaded file plus a Kesalahan column) is written for any rejected file.
        marked = ppks_import.write_error_copy(plan, _path(tmp_path))
        assert marked == plan.invalid
    if result.committed:
        # Every valid row, whichever the contract: all-or-nothing commits only a clean file.
        assert plan.invalid == 0 or not all_or_nothing
        assert after == before + result.new == before + plan.count(ppks_import.NEW)
        assert result.updated == plan.count(ppks_import.UPDATE)
    else:
        assert after == before
        assert plan.invalid > 0 or (result.new, result.updated) == (0, 0)


# --- NIPD ---------------------------------------------------------------------------------------

NIPD_HEADERS = [h for _k, h, _r, _a in nipd_import.COLUMNS]
NIPD_REQUIRED = {h for _k, h, r, _a in nipd_import.COLUMNS if r}


def _nipd_valid(draw: st.DrawFn) -> dict[str, Any]:
    born = draw(st.dates(min_value=date(1970, 1, 1), max_value=date(2000, 12, 31)))
    sex = draw(st.sampled_from(["L", "P"]))
    as_date = draw(st.booleans())
    return {
        "NIK": make_nik("61.07.01", born, sex, next(_serial) % 9999 + 1),
        "Nama": draw(st.sampled_from(["Siti Aminah", "Budi Santoso"])),
        "Jenis Kelamin (L/P)": sex,
        "Tempat Lahir": "Bengkayang",
        "Tanggal Lahir": born if as_date else born.strftime("%d-%m-%Y"),
        "Pendidikan Terakhir": draw(st.sampled_from(["SMA", "S1", None])),
        "Kode Desa": draw(st.sampled_from(["61.07.01.2001", "6107012001"])),
        "Jabatan": draw(st.sampled_from(["KASI-PEM", "SEKDES", "Kepala Dusun"])),
        "Nomor SK Pengangkatan": "141/12/2024",
        "Tanggal SK Pengangkatan": "01-03-2024",
        "TMT": date(2024, 3, 4),
        "Alamat": draw(st.sampled_from([None, "Dusun I", "Dusun\x00I"])),
    }


def _nipd_bad(draw: st.DrawFn) -> dict[str, Any]:
    row = _nipd_valid(draw)
    what = draw(st.sampled_from(["nik", "date", "desa", "jabatan", "long", "sex", "nip"]))
    long_field = draw(st.sampled_from(["Tempat Lahir", "Nama", "Alamat", "Nomor SK Pengangkatan"]))
    row["_bad"] = {"nik": "NIK", "date": "Tanggal Lahir", "desa": "Kode Desa", "jabatan": "Jabatan", "long": long_field,
                   "sex": "Jenis Kelamin (L/P)", "nip": "NIP"}[what]  # fmt: skip
    if what == "nik":
        row["NIK"] = draw(st.sampled_from(["123", "١٩٠٤٠٥١٢٠٣٩٠٠٠٠١", HUGE]))
    elif what == "date":
        row["Tanggal Lahir"] = draw(st.sampled_from(["31-02-1990", "=1/0", True]))
    elif what == "desa":
        row["Kode Desa"] = draw(st.sampled_from(["99.99.99.9999", HUGE]))
    elif what == "jabatan":
        row["Jabatan"] = "Presiden"
    elif what == "long":
        row[long_field] = HUGE
    elif what == "sex":
        row["Jenis Kelamin (L/P)"] = "X"
    else:
        row["NIP"] = "12345"
    return row


@FUZZ
# The NIPD template has its header on the first row: title rows above it are refused, rarely tried.
@given(book=books(NIPD_HEADERS, _nipd_valid, _nipd_bad, set(NIPD_HEADERS) - NIPD_REQUIRED, titles=0))
@example(  # an empty row before a bad one shifted every reported row number by one
    book=Book(NIPD_HEADERS, [GenRow([None] * len(NIPD_HEADERS), junk=True),
                             GenRow(["123", "Siti", None, None, "P", "Bengkayang", "01-01-1990"] + [None] * 12,
                                    must_fail=True)]),
)  # fmt: skip
@example(  # a 40,000-character birth place: PostgreSQL refused the value (String(80)) with a DataError
    book=Book(NIPD_HEADERS, [GenRow([make_nik("61.07.01", date(1990, 1, 1), "L", 77), "Budi", None, None, "L", HUGE,
                                     "01-01-1990", None, None, None, None, None, None, "61.07.01.2001", "SEKDES",
                                     "141/1/2024", "01-03-2024", None, "04-03-2024"], must_fail=True)]),
)  # fmt: skip
@example(  # NUL in the address: PostgreSQL DataError before the fix
    book=Book(NIPD_HEADERS, [GenRow([make_nik("61.07.01", date(1990, 1, 1), "L", 78), "Budi", None, None, "L",
                                     "Bengkayang", "01-01-1990", None, None, "Dusun\x00I", None, None, None,
                                     "61.07.01.2001", "SEKDES", "141/1/2024", "01-03-2024", None, "04-03-2024"])]),
)  # fmt: skip
def test_nipd_import_never_crashes_never_commits_half(
    db: Database, admin: auth.Actor, tmp_path: Path, book: Book
) -> None:
    path = write_book(book, _path(tmp_path))
    before = _count(db, Official)
    try:
        report = nipd_import.import_file(db, admin, path, today=date(2026, 11, 23))
    except errors.KesosError as e:
        event(f"refused: {type(e).__name__}")
        assert str(e.message)
        assert _count(db, Official) == before
        return
    after = _count(db, Official)
    headers = {h for _k, h, _r, _a in nipd_import.COLUMNS}
    for row, column, text in report.problems:
        assert row in _data_rows(book), (row, book.first_row, len(book.rows))
        assert column in headers or column == "-"
        assert text
    if not book.sheet_first:
        assert _must_fail_rows(book) <= {r for r, _c, _t in report.problems}, report.problems
    event("rejected" if report.problems else "committed")
    if report.problems:
        assert after == before and report.created == 0
    else:
        assert after == before + report.created


# --- TEGAR (arsip) ------------------------------------------------------------------------------

ARSIP_HEADERS = ["Kode Klasifikasi", "Nomor Berkas", "Uraian Informasi", "Kurun Waktu", "Unit Pengolah", "Jumlah",
                 "Nomor Boks", "Nomor Folder", "Keterangan"]  # fmt: skip
ARSIP_REQUIRED = {"Kode Klasifikasi", "Uraian Informasi", "Unit Pengolah", "Kurun Waktu"}


def _arsip_valid(draw: st.DrawFn) -> dict[str, Any]:
    year = draw(st.integers(1990, 2024))
    return {
        "Kode Klasifikasi": draw(st.sampled_from(["000", "100", "400", "800"])),
        "Nomor Berkas": draw(st.sampled_from([None, "001", 7])),
        "Uraian Informasi": f"Berkas kegiatan sosial {next(_serial)}",
        "Kurun Waktu": draw(
            st.sampled_from([str(year), f"{year}-{year + 1}", f"01/02/{year}", year, datetime(year, 2, 1)])
        ),  # fmt: skip
        "Unit Pengolah": draw(st.sampled_from(["Sekretariat", "Bidang Rehsos"])),
        "Jumlah": draw(st.sampled_from([None, 3, "2 lembar", "1"])),
        "Nomor Boks": draw(st.sampled_from([None, "1"])),
        "Nomor Folder": None,
        "Keterangan": draw(st.sampled_from([None, "baik", HUGE, "ba\x00ik"])),
    }


def _arsip_bad(draw: st.DrawFn) -> dict[str, Any]:
    row = _arsip_valid(draw)
    what = draw(st.sampled_from(["kode", "kurun", "boks", "jumlah", "uraian", "nomor", "folder"]))
    row["_bad"] = {"kode": "Kode Klasifikasi", "kurun": "Kurun Waktu", "boks": "Nomor Boks", "jumlah": "Jumlah",
                   "uraian": "Uraian Informasi", "nomor": "Nomor Berkas", "folder": "Nomor Folder"}[what]  # fmt: skip
    if what == "kode":
        row["Kode Klasifikasi"] = draw(st.sampled_from(["999.9", "=1/0", HUGE]))
    elif what == "kurun":
        row["Kurun Waktu"] = draw(st.sampled_from(["31/02/2019", "dulu", "2099", True]))
    elif what == "boks":
        row["Nomor Boks"] = "tidak-ada"
    elif what == "jumlah":
        row["Jumlah"] = draw(st.sampled_from(["banyak", 0, "9" * 30, 10**15]))
    elif what == "uraian":
        row["Uraian Informasi"] = draw(st.sampled_from(["   ", "=A1"]))
    elif what == "nomor":
        row["Nomor Berkas"] = HUGE
    else:
        row["Nomor Boks"], row["Nomor Folder"] = "1", HUGE
    return row


@pytest.fixture
def archivist(db: Database, admin: auth.Actor) -> auth.Actor:
    arsip.ensure_starter_scheme(db, admin)
    arsip.add_boks(db, admin, "1", None, unit_pengolah="Sekretariat")
    return admin


@FUZZ
@given(book=books(ARSIP_HEADERS, _arsip_valid, _arsip_bad, set(ARSIP_HEADERS) - ARSIP_REQUIRED))
@example(  # a 30-digit "Jumlah": SQLite OverflowError / PostgreSQL integer out of range
    book=Book(ARSIP_HEADERS, [GenRow(["400", None, "Berkas A", "2019", "Sekretariat", "9" * 30, None, None, None],
                                     must_fail=True)]),
)  # fmt: skip
@example(  # a 40,000-character Nomor Berkas (String(40)): PostgreSQL DataError
    book=Book(ARSIP_HEADERS, [GenRow(["400", HUGE, "Berkas B", "2019", "Sekretariat", None, None, None, None],
                                     must_fail=True)]),
)  # fmt: skip
@example(book=Book([], [], broken="zip"))
@example(  # NUL in a text cell (PostgreSQL DataError) and in a bad date (error report: openpyxl refused it)
    book=Book(ARSIP_HEADERS, [GenRow(["400", None, "Berkas\x00C", "2019", "Sekretariat", None, None, None, "ba\x00ik"]),
                              GenRow(["400", None, "Berkas D", "Siti\x00Aminah", "Sekretariat", None, None, None, None],
                                     must_fail=True)]),
)  # fmt: skip
def test_arsip_import_never_crashes_never_commits_half(
    db: Database, archivist: auth.Actor, tmp_path: Path, book: Book
) -> None:
    path = write_book(book, _path(tmp_path))
    before = _count(db, ArsipBerkas)
    if book.broken is None:
        # A sheet the file does not have is named as such; the right one can be chosen by name.
        with pytest.raises(errors.ValidationError) as missing:
            arsip_import.read(path, sheet="Lembar Tidak Ada")
        assert missing.value.field == "sheet"
    try:
        preview = arsip_import.read(path, sheet=book.sheet if book.sheet_first else None)
        mapping = preview.guess_mapping()
        result = arsip_import.run_import(db, archivist, preview, mapping, today=date(2026, 11, 23))
    except errors.KesosError as e:
        event(f"refused: {type(e).__name__}")
        assert str(e.message)
        assert _count(db, ArsipBerkas) == before
        return
    after = _count(db, ArsipBerkas)
    labels = {label for label, _names in arsip_import.FIELDS.values()}
    for e in result.errors:
        assert e.line in _data_rows(book), (e, book.first_row)
        assert e.column in labels, e
        assert e.text
    if set(book.headers) >= ARSIP_REQUIRED:
        assert _must_fail_rows(book) <= {e.line for e in result.errors} or len(result.errors) >= 1000
    event("rejected" if result.errors else "committed")
    if result.errors:
        arsip_import.error_report_xlsx(result.errors, _path(tmp_path))
        assert after == before and result.rows == 0
    else:
        assert after == before + result.rows
