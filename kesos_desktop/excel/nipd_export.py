"""Buku Data Aparat Pemerintahan Desa (Model A.4, Permendagri 47/2016) as xlsx."""

from __future__ import annotations

from pathlib import Path

from kesos_desktop.services.nipd import REGISTER_HEADERS, Register

WIDTHS = (5, 30, 24, 20, 13, 26, 11, 16, 26, 18, 28, 28, 18)


def write_register(book: Register, path: str | Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Model A.4"
    last = get_column_letter(len(REGISTER_HEADERS))
    ws["A1"] = "BUKU DATA APARAT PEMERINTAHAN DESA"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = f"DESA {book.desa.upper()}  KECAMATAN {book.kecamatan.upper()}  {book.kabupaten.upper()}"
    ws.merge_cells(f"A2:{last}2")
    for cell in (ws["A1"], ws["A2"]):
        cell.alignment = Alignment(horizontal="center")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = 4
    for col, title in enumerate(REGISTER_HEADERS, 1):
        c = ws.cell(head, col, title)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DCE6F1")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
        ws.cell(head + 1, col, col).alignment = Alignment(horizontal="center")
        ws.cell(head + 1, col).border = border
        ws.column_dimensions[get_column_letter(col)].width = WIDTHS[col - 1]
    ws.row_dimensions[head].height = 45
    for r, row in enumerate(book.rows, head + 2):
        values = (
            row.no, row.nama, row.nipd, row.nip, row.jenis_kelamin, row.ttl, row.agama, row.pangkat, row.jabatan,
            row.pendidikan, row.sk_angkat, row.sk_henti, row.keterangan,
        )  # fmt: skip
        for col, value in enumerate(values, 1):
            c = ws.cell(r, col, value)
            c.border = border
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if col in (3, 4):
                c.number_format = "@"  # long numbers stay text, never 6.1E+17
    ws.freeze_panes = ws.cell(head + 2, 3)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{head}:{head + 1}"
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path
