"""Rekap PPKS as PDF (reportlab): office header, title, date, table, category legend, signature block.

Signature texts are office settings (``ppks.sign_place``, ``ppks.sign_title``, ``ppks.sign_name``,
``ppks.sign_nip``; ``office.name`` for the letterhead).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kesos_desktop.models.db import Database
from kesos_desktop.services import office, ppks
from kesos_desktop.services.auth import Actor, Perm, require

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")  # fmt: skip

SIGN_DEFAULTS = {
    "ppks.sign_place": "",
    "ppks.sign_title": "Kepala Dinas Sosial",
    "ppks.sign_name": "(.................................................)",
    "ppks.sign_nip": "NIP. ..................................",
}


def tanggal(d: date) -> str:
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def _number(v: object) -> str:
    if isinstance(v, int):
        return f"{v:,}".replace(",", ".")
    return "" if v is None else str(v)


def write_rekap_pdf(
    db: Database,
    actor: Actor,
    rekap: ppks.Rekap,
    dest: str | Path,
    *,
    today: date | None = None,
    pagesize: tuple[float, float] | None = None,
) -> Path:
    require(actor, Perm.DATA_EXPORT)
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    today = today or date.today()
    settings = {k: office.get(db, k) or v for k, v in SIGN_DEFAULTS.items()}
    office_name = office.get(db, office.OFFICE_NAME_KEY) or "DINAS SOSIAL"
    wide = rekap.by != "kategori"
    paper = pagesize or A4
    pagesize = landscape(paper) if wide else paper
    doc = SimpleDocTemplate(
        str(dest),
        pagesize=pagesize,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=10 * mm,
        bottomMargin=14 * mm,
        title=rekap.title,
        author=office_name,
    )
    styles = getSampleStyleSheet()
    head = ParagraphStyle("head", parent=styles["Title"], fontSize=13, leading=16, spaceAfter=0)
    sub = ParagraphStyle("sub", parent=styles["Normal"], fontSize=9.5, alignment=TA_CENTER, leading=12)
    cell = ParagraphStyle("cell", parent=styles["Normal"], fontSize=7 if wide else 8.5, leading=8.5 if wide else 10)
    small = ParagraphStyle("small", parent=styles["Normal"], fontSize=7, leading=8.5)
    story = [
        Paragraph(office_name.upper(), sub),
        Paragraph(rekap.title.upper(), head),
        Paragraph(rekap.scope_name, sub),
        Paragraph(f"Keadaan data per {tanggal(today)}", sub),
        Spacer(1, 3 * mm),
    ]
    head_cell = ParagraphStyle("headcell", parent=cell, fontName="Helvetica-Bold", fontSize=5.4 if wide else 8.5,
                               leading=7 if wide else 10, alignment=TA_CENTER)  # fmt: skip
    header = [Paragraph(h, head_cell) for h in rekap.headers]
    body = []
    for row in rekap.rows:
        body.append([Paragraph(str(v), cell) if isinstance(v, str) else _number(v) for v in row])
    totals = [Paragraph(f"<b>{v}</b>", cell) if isinstance(v, str) else _number(v) for v in rekap.totals]
    data = [header, *body, totals]
    avail = pagesize[0] - 24 * mm
    if wide:
        n_cat = len(rekap.headers) - 5  # No, name, categories..., L, P, Jumlah
        first, second, tail = 7 * mm, 34 * mm, 11 * mm
        rest = (avail - first - second - 3 * tail) / n_cat
        widths = [first, second, *[rest] * n_cat, tail, tail, tail]
    else:
        widths = [10 * mm, 16 * mm, avail - 26 * mm - 4 * 20 * mm, *[20 * mm] * 4]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                ("FONTSIZE", (0, 0), (-1, -1), 7 if wide else 8.5),
                ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                ("ALIGN", (2 if wide else 3, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(table)
    legend = None
    if wide:
        legend = Paragraph(
            "<b>Keterangan kode:</b> " + "; ".join(f"<b>{c.code}</b> {c.name}" for c in ppks.categories()), small
        )
    place = settings["ppks.sign_place"]
    sign = Table(
        [
            [f"{place + ', ' if place else ''}{tanggal(today)}"],
            [settings["ppks.sign_title"]],
            [""],
            [""],
            [""],
            [settings["ppks.sign_name"]],
            [settings["ppks.sign_nip"]],
        ],
        colWidths=[75 * mm],
        hAlign="RIGHT",
    )
    sign.setStyle(
        TableStyle(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("FONTNAME", (0, 5), (0, 5), "Helvetica-Bold"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    if legend is not None:
        # Legend left, signature right: one band under the table, kept on one page.
        band = Table([[legend, sign]], colWidths=[avail - 80 * mm, 80 * mm])
        band.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [Spacer(1, 3 * mm), KeepTogether(band)]
    else:
        story += [Spacer(1, 6 * mm), KeepTogether(sign)]

    def footer(canvas, doc_) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(12 * mm, 8 * mm, f"Dicetak {today:%d/%m/%Y} oleh {actor.full_name} — Kesos Desktop")
        canvas.drawRightString(pagesize[0] - 12 * mm, 8 * mm, f"Halaman {doc_.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    ppks.record_export(db, actor, f"rekap PPKS per {rekap.by} (PDF)", len(rekap.rows), Path(dest).name)
    return Path(dest)
