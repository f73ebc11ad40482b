"""Buku Data Aparat Pemerintahan Desa (Model A.4) as a landscape PDF (F4/A4 landscape table)."""

from __future__ import annotations

from pathlib import Path

from kesos_desktop.services.nipd import REGISTER_HEADERS, Register

COL_MM = (8, 34, 30, 26, 17, 28, 14, 17, 27, 20, 26, 20, 14)  # 281 mm: A4 landscape less 8 mm margins


def write_register(book: Register, path: str | Path, *, pagesize: tuple[float, float] | None = None) -> Path:
    """Landscape on A4 (default) or ``pagesize`` (portrait points, e.g. F4); the table keeps its 281 mm."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    path = Path(path)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=6.8, leading=8)
    head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", alignment=1)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12, alignment=1, leading=15)
    sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=9, alignment=1, leading=12)
    data: list[list[object]] = [[Paragraph(h, head) for h in REGISTER_HEADERS]]
    data.append([Paragraph(str(i), head) for i in range(1, len(REGISTER_HEADERS) + 1)])
    for r in book.rows:
        values = (
            r.no, r.nama, r.nipd, r.nip, r.jenis_kelamin, r.ttl, r.agama, r.pangkat, r.jabatan, r.pendidikan,
            r.sk_angkat, r.sk_henti, r.keterangan,
        )  # fmt: skip
        data.append([Paragraph(_esc(str(v)), cell) for v in values])
    table = Table(data, colWidths=[w * mm for w in COL_MM], repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DCE6F1")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    tmp = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(
        str(tmp), pagesize=landscape(pagesize or A4), leftMargin=8 * mm, rightMargin=8 * mm, topMargin=10 * mm,
        bottomMargin=10 * mm, title="Buku Data Aparat Pemerintahan Desa",
    )  # fmt: skip
    story = [
        Paragraph("BUKU DATA APARAT PEMERINTAHAN DESA", title),
        Paragraph(_esc(f"Desa {book.desa} - Kecamatan {book.kecamatan} - {book.kabupaten}"), sub),
        Spacer(1, 4 * mm),
        table,
    ]
    if not book.rows:
        story.append(Paragraph("Belum ada aparat desa terdaftar.", sub))
    sign = ParagraphStyle("sign", fontName="Helvetica", fontSize=9, leading=12, leftIndent=200 * mm)
    story += [
        Spacer(1, 8 * mm),
        Paragraph(_esc(f"{book.desa}, ........................ 20....."), sign),
        Paragraph("KEPALA DESA", sign),
        Spacer(1, 16 * mm),
        Paragraph("(..........................................)", sign),
    ]
    doc.build(story)
    tmp.replace(path)
    return path


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
