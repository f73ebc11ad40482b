"""Scans on both back ends: PDF/JPG/PNG accepted with SHA-256 and size, broken files refused, damage detected."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import update

from kesos_desktop import errors
from kesos_desktop.models.arsip import ArsipScan
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_scan, auth


def make_pdf(path: Path) -> Path:
    c = Canvas(str(path))
    c.drawString(100, 700, "SK Bupati penetapan penerima bantuan")
    c.save()
    return path


def test_attach_open_and_damage(db: Database, admin: auth.Actor, tmp_path: Path) -> None:
    arsip.ensure_starter_scheme(db, admin)
    rec = arsip.create_berkas(
        db,
        admin,
        arsip.BerkasInput(
            kode="400.9", uraian="SK penerima", tanggal_mulai=date(2020, 1, 1), unit_pengolah="Sekretariat"
        ),
    )
    pdf = arsip_scan.attach(db, admin, rec.id, make_pdf(tmp_path / "sk.pdf"))
    png_path = tmp_path / "foto.png"
    Image.new("RGB", (40, 30), "white").save(png_path)
    png = arsip_scan.attach(db, admin, rec.id, png_path)
    assert [s.filename for s in arsip_scan.list_scans(db, rec.id)] == ["sk.pdf", "foto.png"]
    got = arsip_scan.open_scan(db, admin, pdf.id)
    assert got.data.startswith(b"%PDF-") and got.scan.size == len(got.data) and len(got.scan.sha256) == 64
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(make_pdf(tmp_path / "x.pdf").read_bytes()[:300])
    with pytest.raises(errors.ValidationError, match="rusak.pdf"):
        arsip_scan.attach(db, admin, rec.id, broken)
    fake = tmp_path / "bukan.jpg"
    fake.write_text("ini bukan gambar")
    with pytest.raises(errors.ValidationError, match="bukan.jpg"):
        arsip_scan.attach(db, admin, rec.id, fake)
    with pytest.raises(errors.ValidationError, match="PDF, JPG atau PNG"):
        arsip_scan.attach(db, admin, rec.id, tmp_path / "catatan.docx")
    with db.write() as s:  # bytes damaged in storage
        s.execute(update(ArsipScan).where(ArsipScan.id == png.id).values(data=b"\x89PNG broken"))
    with pytest.raises(errors.KnownError, match="rusak"):
        arsip_scan.open_scan(db, admin, png.id)
    arsip_scan.delete_scan(db, admin, png.id)
    with pytest.raises(errors.NotFound):
        arsip_scan.open_scan(db, admin, png.id)
