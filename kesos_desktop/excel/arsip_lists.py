"""Standard archive lists as xlsx (openpyxl write-only: fine for 100,000+ rows), same columns as the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kesos_desktop.printing.arsip_lists import tanggal_panjang
from kesos_desktop.services.arsip_daftar import FLAGGED_TITLE, Daftar


def daftar_xlsx(daftar: Daftar, path: str | Path, progress: Callable[[int, int], None] | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(daftar.kind[:31])
    cols = daftar.columns
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8E8E8")
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, (_h, _k, w) in enumerate(cols):
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(i + 1)].width = max(6, w * 1.6)

    def cell(value: object, *, head: bool = False, title: bool = False) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=value)
        if title:
            c.font = Font(bold=True, size=13)
        elif head:
            c.font, c.fill, c.border = bold, fill, border
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        return c

    ws.append([cell(daftar.title, title=True)])
    ws.append([daftar.instansi.upper()])
    if daftar.unit:
        ws.append([f"Unit Pengolah: {daftar.unit}"])
    ws.append([f"Tahun {daftar.tahun}"])
    ws.append([])
    header = [cell(h, head=True) for h, _k, _w in cols]
    total = len(daftar.rows) + len(daftar.flagged)
    done = 0

    def body(rows) -> None:  # type: ignore[no-untyped-def]
        nonlocal done
        ws.append(header)
        for r in rows:
            out = []
            for _h, k, _w in cols:
                c = WriteOnlyCell(ws, value=r.value(k))
                c.border, c.alignment = border, wrap
                out.append(c)
            ws.append(out)
            done += 1
            if progress and done % 5000 == 0:
                progress(done, total)

    body(daftar.rows)
    if daftar.flagged:
        ws.append([])
        ws.append([cell(f"{FLAGGED_TITLE}: {len(daftar.flagged)} berkas", head=False, title=False)])
        body(daftar.flagged)
    ws.append([])
    ws.append(
        [
            f"Jumlah: {len(daftar.rows)} berkas"
            + (f"; retensi belum ditetapkan: {len(daftar.flagged)} berkas" if daftar.flagged else "")
        ]
    )
    ws.append([])
    place = f"{daftar.kota}, " if daftar.kota else ""
    last = len(cols)
    pad = [None] * max(0, last - 2)
    ws.append(["Mengetahui,", *pad, f"{place}{tanggal_panjang(daftar.tanggal)}"])
    ws.append([f"Kepala {daftar.unit or daftar.instansi}", *pad, "Yang membuat daftar,"])
    ws.append([])
    ws.append([])
    ws.append([daftar.kepala or "(........................................)", *pad, daftar.petugas])
    ws.append(
        [f"NIP. {daftar.kepala_nip or '..............................'}", *pad, "NIP. .............................."]
    )
    wb.save(str(path))
    if progress:
        progress(total, total)
