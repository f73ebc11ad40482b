"""Standard archive lists (Daftar Arsip Aktif / Inaktif / Usul Musnah ...) as A4 landscape PDF with the
header (instansi, unit, year), the standard columns, a flagged section for records without retention and
the signature block; and the loan slip (bon peminjaman arsip)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kesos_desktop.services.arsip_daftar import FLAGGED_TITLE, Daftar, DaftarRow
from kesos_desktop.services.arsip_pinjam import Pinjaman

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")  # fmt: skip


def tanggal_panjang(d: date) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


# Header texts broken where a narrow column needs it (the xlsx keeps them on one line).
_PDF_HEAD = {
    "Kode Klasifikasi": "Kode<br/>Klasifikasi",
    "Tingkat Perkembangan": "Tingkat<br/>Perkem-<br/>bangan",
    "Nomor Folder": "No.<br/>Folder",
    "Nomor Boks": "No.<br/>Boks",
    "Nomor Berkas": "Nomor<br/>Berkas",
}


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=base["Title"], fontSize=13, leading=16, spaceAfter=2),
        "sub": ParagraphStyle("s", parent=base["Normal"], fontSize=9.5, leading=12, alignment=TA_CENTER),
        "cell": ParagraphStyle("c", parent=base["Normal"], fontSize=7.2, leading=8.8),
        "head": ParagraphStyle(
            "h", parent=base["Normal"], fontSize=7.5, leading=9, fontName="Helvetica-Bold", alignment=TA_CENTER
        ),  # fmt: skip
        "section": ParagraphStyle(
            "x", parent=base["Normal"], fontSize=9, leading=11, fontName="Helvetica-Bold", spaceBefore=8, spaceAfter=4
        ),  # fmt: skip
        "normal": ParagraphStyle("n", parent=base["Normal"], fontSize=9, leading=12),
        "sign": ParagraphStyle("g", parent=base["Normal"], fontSize=9, leading=12, alignment=TA_CENTER),
    }


def _table(daftar: Daftar, rows: tuple[DaftarRow, ...], width: float, st: dict[str, ParagraphStyle]) -> LongTable:
    cols = daftar.columns
    total = sum(c[2] for c in cols)
    widths = [width * c[2] / total for c in cols]
    data: list[list[object]] = [[Paragraph(_PDF_HEAD.get(h, escape(h)), st["head"]) for h, _k, _w in cols]]
    data.append([Paragraph(str(i + 1), st["head"]) for i in range(len(cols))])
    for r in rows:
        data.append([Paragraph(escape(str(r.value(k))), st["cell"]) for _h, k, _w in cols])
    t = LongTable(data, colWidths=widths, repeatRows=2)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _signature(daftar: Daftar, st: dict[str, ParagraphStyle], width: float) -> Table:
    place = f"{daftar.kota}, " if daftar.kota else ""
    left = [
        Paragraph("Mengetahui,", st["sign"]),
        Paragraph(f"Kepala {escape(daftar.unit or daftar.instansi)}", st["sign"]),
        Spacer(1, 18 * mm),
        Paragraph(f"<u>{escape(daftar.kepala) or '(' + '.' * 40 + ')'}</u>", st["sign"]),
        Paragraph(f"NIP. {escape(daftar.kepala_nip) or '.' * 30}", st["sign"]),
    ]
    right = [
        Paragraph(f"{escape(place)}{tanggal_panjang(daftar.tanggal)}", st["sign"]),
        Paragraph("Yang membuat daftar,", st["sign"]),
        Spacer(1, 18 * mm),
        Paragraph(f"<u>{escape(daftar.petugas)}</u>", st["sign"]),
        Paragraph("NIP. " + "." * 30, st["sign"]),
    ]
    t = Table([[left, "", right]], colWidths=[width * 0.35, width * 0.3, width * 0.35])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def daftar_pdf(
    daftar: Daftar,
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    pagesize: tuple[float, float] = A4,
) -> int:
    """Write the list; returns the number of pages."""
    st = _styles()
    pages = [0]

    def on_page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        pages[0] = doc.page
        canvas.setFont("Helvetica", 7)
        canvas.drawRightString(
            doc.pagesize[0] - 12 * mm, 8 * mm, f"{daftar.title.title()} {daftar.tahun} — hal. {doc.page}"
        )

    size = landscape(pagesize)
    doc = SimpleDocTemplate(
        str(path), pagesize=size, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
        title=f"{daftar.title} {daftar.tahun}", author="Kesos Desktop",
    )  # fmt: skip
    width = size[0] - 24 * mm
    story: list[object] = [
        Paragraph(escape(daftar.title), st["title"]),
        Paragraph(escape(daftar.instansi.upper()), st["sub"]),
    ]
    if daftar.unit:
        story.append(Paragraph(f"Unit Pengolah: {escape(daftar.unit)}", st["sub"]))
    story.append(Paragraph(f"Tahun {daftar.tahun}", st["sub"]))
    story.append(Spacer(1, 5 * mm))
    if daftar.rows:
        story.append(_table(daftar, daftar.rows, width, st))
    else:
        story.append(Paragraph("Tidak ada arsip untuk daftar ini.", st["normal"]))
    if daftar.flagged:
        story.append(Paragraph(f"{escape(FLAGGED_TITLE)}: {len(daftar.flagged)} berkas", st["section"]))
        story.append(_table(daftar, daftar.flagged, width, st))
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(
            f"Jumlah: {len(daftar.rows):,} berkas".replace(",", ".")
            + (
                f"; retensi belum ditetapkan: {len(daftar.flagged):,} berkas".replace(",", ".")
                if daftar.flagged
                else ""
            ),
            st["normal"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_signature(daftar, st, width)]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    if progress:
        progress(1, 1)
    return pages[0]


def loan_slip_pdf(loan: Pinjaman, path: str | Path, *, instansi: str = "Dinas Sosial", kota: str = "") -> None:
    """Bon peminjaman arsip on A5 portrait, two copies cut apart: one for the borrower, one for the file."""
    from reportlab.lib.pagesizes import A5

    st = _styles()
    doc = SimpleDocTemplate(
        str(path), pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
        title=f"Bon peminjaman {loan.nomor}", author="Kesos Desktop",
    )  # fmt: skip
    width = A5[0] - 24 * mm
    head = ParagraphStyle("bh", parent=st["title"], fontSize=12, leading=15)
    rows = [
        ("Nomor bon", loan.nomor),
        ("Nama peminjam", loan.peminjam.nama),
        ("Unit kerja", loan.peminjam.unit),
        ("NIP", loan.peminjam.nip or "-"),
        ("Kode klasifikasi", loan.kode or "-"),
        ("Berkas/boks dipinjam", loan.item),
        ("Keperluan", loan.keperluan or "-"),
        ("Tanggal pinjam", tanggal_panjang(loan.tanggal_pinjam)),
        ("Harus kembali", tanggal_panjang(loan.jatuh_tempo)),
        ("Kondisi saat dipinjam", loan.kondisi_pinjam),
        ("Tanggal kembali", tanggal_panjang(loan.tanggal_kembali) if loan.tanggal_kembali else ""),
        ("Kondisi saat kembali", loan.kondisi_kembali or ""),
    ]
    data = [[Paragraph(escape(k), st["cell"]), Paragraph(escape(v), st["cell"])] for k, v in rows]
    t = Table(data, colWidths=[width * 0.35, width * 0.65])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    sign = Table(
        [
            [Paragraph("Peminjam,", st["sign"]), Paragraph("Petugas arsip,", st["sign"])],
            [Spacer(1, 16 * mm), Spacer(1, 16 * mm)],
            [
                Paragraph(f"<u>{escape(loan.peminjam.nama)}</u>", st["sign"]),
                Paragraph(f"<u>{escape(loan.petugas)}</u>", st["sign"]),
            ],
        ],
        colWidths=[width / 2, width / 2],
    )
    story = [
        Paragraph(escape(instansi.upper()), st["sub"]),
        Paragraph("BON PEMINJAMAN ARSIP", head),
        Spacer(1, 3 * mm),
        t,
        Spacer(1, 4 * mm),
        Paragraph(f"{escape(kota + ', ' if kota else '')}{tanggal_panjang(loan.tanggal_pinjam)}", st["sign"]),
        Spacer(1, 2 * mm),
        sign,
        Spacer(1, 3 * mm),
        Paragraph(
            "Arsip dikembalikan dalam keadaan utuh dan lengkap. Lembar ini disimpan petugas sampai arsip kembali.",
            st["cell"],
        ),
    ]
    doc.build(story)
