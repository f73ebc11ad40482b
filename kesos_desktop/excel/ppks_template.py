"""The PPKS import template: a data sheet with dropdowns, a lists sheet, and an instructions sheet."""

from __future__ import annotations

from pathlib import Path

from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks, wilayah
from kesos_desktop.services.auth import Actor, Perm, require

DATA_SHEET = "Data PPKS"
LISTS_SHEET = "Daftar"
HELP_SHEET = "Petunjuk"

COLUMNS: list[tuple[str, int, str]] = [
    # header, width, note
    ("No", 5, ""),
    ("NIK", 20, "16 digit, ketik sebagai teks"),
    ("No. KK", 20, "16 digit (boleh kosong)"),
    ("Nama", 28, "nama lengkap sesuai KTP"),
    ("Tempat Lahir", 16, ""),
    ("Tanggal Lahir", 14, "dd-mm-yyyy"),
    ("Jenis Kelamin", 10, "L / P"),
    ("Alamat", 28, "dusun/jalan"),
    ("RT", 6, ""),
    ("RW", 6, ""),
    ("Kecamatan", 18, ""),
    ("Desa/Kelurahan", 20, "pilih dari daftar"),
    ("Kategori PPKS", 34, "pilih dari daftar; lebih dari satu dipisah koma"),
    ("Kondisi", 28, ""),
    ("Kebutuhan", 24, ""),
    ("Petugas Pendata", 20, ""),
    ("Tanggal Pendataan", 14, "dd-mm-yyyy"),
    ("Desil DTSEN", 8, "1-10 (bila diketahui)"),
]
DATA_ROWS = 1000

INSTRUCTIONS = [
    "PETUNJUK PENGISIAN DATA PPKS",
    "",
    "1. Isi satu orang (atau satu keluarga/komunitas untuk KAT) per baris di lembar 'Data PPKS', mulai baris 3.",
    "2. NIK dan No. KK diketik 16 digit sebagai teks (kolom sudah berformat Teks). Jangan ketik sebagai angka:",
    "   Excel hanya menyimpan 15 digit angka sehingga digit terakhir berubah menjadi 0.",
    "3. Tanggal ditulis dd-mm-yyyy (mis. 12-05-1950) atau sebagai tanggal Excel. 12/05/1950, 1950-05-12 dan",
    "   '12 Mei 1950' juga diterima. Tahun harus 4 digit.",
    "4. Jenis kelamin: L atau P. Pada NIK, tanggal lahir perempuan ditambah 40.",
    "5. Desa/Kelurahan dan Kecamatan dipilih dari daftar (hanya wilayah Anda). Kategori PPKS dipilih dari daftar;",
    "   boleh juga menulis kodenya (mis. LUT). Beberapa kategori dipisah koma, mis. 'PD, FM'.",
    "6. Baris JUMLAH di bawah data akan dilewati. Jangan mengubah judul kolom di baris 2.",
    "7. Saat impor, setiap baris diperiksa dulu. Baris yang salah dilaporkan dengan nomor baris dan kolomnya,",
    "   dan Anda dapat mengunduh salinan file dengan kolom 'Kesalahan' serta sel yang salah berwarna merah.",
    "8. NIK yang sudah terdaftar akan memperbarui data lama (atau dilaporkan, sesuai pilihan saat impor).",
    "",
    "Kategori PPKS (Permensos 08/2012):",
]


def build(db: Database, actor: Actor, dest: str | Path) -> Path:
    """Write the template for the actor's scope (desa dropdown lists only the desa they may enter)."""
    require(actor, Perm.DATA_VIEW)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    scope = actor.scope_code or wilayah.office_scope(db)
    if scope and wilayah.level_of(scope) == wilayah.DESA:
        region = wilayah.get(db, scope)
        desa = [region] if region else []
    else:
        desa = wilayah.regions_at_level(db, wilayah.DESA, scope)
    kec = wilayah.regions_at_level(db, wilayah.KECAMATAN, scope) if not scope or wilayah.level_of(scope) < 3 else []
    if scope and wilayah.level_of(scope) >= wilayah.KECAMATAN:
        k = wilayah.get(db, scope[:8])
        kec = [k] if k else []
    scope_region = wilayah.get(db, scope) if scope else None

    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    ws["A1"] = f"DATA PPKS — {scope_region.name.upper() if scope_region else 'SEMUA WILAYAH'}"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    head_fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
    for i, (title, width, note) in enumerate(COLUMNS, 1):
        c = ws.cell(row=2, column=i, value=title)
        c.font = Font(bold=True)
        c.fill = head_fill
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = width
        if note:
            from openpyxl.comments import Comment

            c.comment = Comment(note, "Kesos")
    ws.freeze_panes = "C3"
    text_cols = [i for i, (t, _w, _n) in enumerate(COLUMNS, 1) if t in ("NIK", "No. KK", "RT", "RW")]
    for col in text_cols:
        for r in range(3, DATA_ROWS + 3):
            ws.cell(row=r, column=col).number_format = "@"

    lists = wb.create_sheet(LISTS_SHEET)
    lists["A1"], lists["B1"], lists["C1"], lists["D1"], lists["E1"] = "Kategori", "Kode", "Desa", "Kecamatan", "JK"
    cats = ppks.categories()
    for i, c in enumerate(cats, 2):
        lists.cell(row=i, column=1, value=c.name)
        lists.cell(row=i, column=2, value=c.code)
    for i, d in enumerate(desa, 2):
        lists.cell(row=i, column=3, value=d.name)
    for i, k in enumerate(kec, 2):
        lists.cell(row=i, column=4, value=k.name)
    lists["E2"], lists["E3"] = "L", "P"
    lists.sheet_state = "hidden"

    def col_of(title: str) -> str:
        return get_column_letter(next(i for i, (t, _w, _n) in enumerate(COLUMNS, 1) if t == title))

    last = DATA_ROWS + 2

    def add_list(title: str, source: str, error: str, strict: bool = True) -> None:
        dv = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=strict)
        dv.error = error
        dv.errorTitle = "Isian tidak dikenal"
        dv.errorStyle = "stop" if strict else "warning"
        ws.add_data_validation(dv)
        dv.add(f"{col_of(title)}3:{col_of(title)}{last}")

    add_list("Jenis Kelamin", f"={LISTS_SHEET}!$E$2:$E$3", "Isi L atau P.")
    # Several categories may be typed separated by commas: a warning, not a stop.
    add_list("Kategori PPKS", f"={LISTS_SHEET}!$A$2:$A${len(cats) + 1}", "Pilih kategori dari daftar.", strict=False)
    if desa:
        add_list("Desa/Kelurahan", f"={LISTS_SHEET}!$C$2:$C${len(desa) + 1}", "Pilih desa dari daftar wilayah Anda.")
    if kec:
        add_list("Kecamatan", f"={LISTS_SHEET}!$D$2:$D${len(kec) + 1}", "Pilih kecamatan dari daftar.")
    dec = DataValidation(type="whole", operator="between", formula1="1", formula2="10", allow_blank=True)
    dec.error = "Desil DTSEN 1 sampai 10."
    ws.add_data_validation(dec)
    dec.add(f"{col_of('Desil DTSEN')}3:{col_of('Desil DTSEN')}{last}")

    help_ws = wb.create_sheet(HELP_SHEET, 0)
    for i, line in enumerate(INSTRUCTIONS, 1):
        help_ws.cell(row=i, column=1, value=line)
    help_ws["A1"].font = Font(bold=True, size=13)
    start = len(INSTRUCTIONS) + 1
    for i, c in enumerate(cats):
        help_ws.cell(row=start + i, column=1, value=f"{c.no:>2}. {c.code} — {c.name}")
    help_ws.column_dimensions["A"].width = 110
    wb.active = 1
    dest = Path(dest)
    wb.save(dest)
    return dest
