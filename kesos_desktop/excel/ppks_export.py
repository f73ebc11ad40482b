"""PPKS exports to xlsx: the filtered list (NIK masked unless the role may see it) and the rekap.

Every export is audit-logged after the file is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks
from kesos_desktop.services.auth import Actor, Perm, require


def export_list(
    db: Database,
    actor: Actor,
    dest: str | Path,
    *,
    filters: Mapping[str, Any] | None = None,
    search: str = "",
    ctx: JobContext = NULL,
) -> int:
    """Write the records matching the list filters; returns the number of rows."""
    require(actor, Perm.DATA_EXPORT)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    filters = dict(filters or {})
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data PPKS")
    widths = [8, 20, 20, 28, 5, 16, 12, 28, 5, 5, 20, 18, 14, 14, 12, 20, 8, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[_letter(i)].width = w
    title = WriteOnlyCell(ws, value="DATA PPKS")
    title.font = Font(bold=True, size=13)
    ws.append([title])
    described = ", ".join(f"{k}={v}" for k, v in filters.items() if v) or "semua"
    ws.append([f"Diekspor {date.today():%d/%m/%Y} oleh {actor.full_name}; filter: {described}"])
    header = []
    for h in ppks.EXPORT_HEADERS:
        c = WriteOnlyCell(ws, value=h)
        c.font = Font(bold=True)
        header.append(c)
    ws.append(header)
    n = 0
    for row in ppks.iter_export_rows(db, actor, filters, search):
        ws.append(row)
        n += 1
        if n % 5000 == 0:
            ctx.step(n, max(n, 1), "Menulis baris…")
    wb.save(dest)
    ppks.record_export(db, actor, "daftar PPKS (xlsx)", n, Path(dest).name)
    return n


def write_rekap_xlsx(db: Database, actor: Actor, rekap: ppks.Rekap, dest: str | Path) -> Path:
    require(actor, Perm.DATA_EXPORT)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap"
    ncol = len(rekap.headers)
    ws.cell(row=1, column=1, value=rekap.title.upper()).font = Font(bold=True, size=13)
    ws.cell(row=2, column=1, value=rekap.scope_name)
    ws.cell(row=3, column=1, value=f"Keadaan data per {date.today():%d/%m/%Y}")
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(rekap.headers, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
        c.border = border
    r = 6
    for row in rekap.rows:
        for j, v in enumerate(row, 1):
            ws.cell(row=r, column=j, value=v).border = border
        r += 1
    for j, v in enumerate(rekap.totals, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = border
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 34 if rekap.by != "kategori" else 8
    if rekap.by == "kategori":
        ws.column_dimensions["C"].width = 44
    for j in range(3 if rekap.by != "kategori" else 4, ncol + 1):
        ws.column_dimensions[_letter(j - 1)].width = 7 if rekap.by != "kategori" else 12
    if rekap.by != "kategori":
        legend_row = r + 2
        ws.cell(row=legend_row, column=1, value="Keterangan kode kategori:").font = Font(bold=True)
        for i, c in enumerate(ppks.categories(), 1):
            ws.cell(row=legend_row + i, column=2, value=f"{c.code} = {c.name}")
    wb.save(dest)
    ppks.record_export(db, actor, f"rekap PPKS per {rekap.by} (xlsx)", len(rekap.rows), Path(dest).name)
    return Path(dest)


def _letter(i: int) -> str:
    from kesos_desktop.excel.ppks_import import column_letter

    return column_letter(i)
