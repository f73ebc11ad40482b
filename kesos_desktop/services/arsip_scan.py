"""Scans (PDF, JPG, PNG) attached to archive records.

Storage choice: the bytes are kept in the database (``arsip_scan.data``), with SHA-256 and size, on both
back ends. One place to back up (the SQLite file, or ``pg_dump`` of the server), no shared folder path
that differs between PCs or goes missing; a scan of a few MB is well within what SQLite and PostgreSQL
(bytea) handle. A file that is not a readable PDF/image is refused on attach; a stored scan whose bytes no
longer match its SHA-256 is reported as damaged on open, never shown half-read.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from kesos_desktop import errors
from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models.arsip import ArsipBerkas, ArsipScan
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.text import QT_TRANSLATE_NOOP

MAX_BYTES = 50 * 1024 * 1024
MIME = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


@dataclass(frozen=True)
class Scan:
    id: int
    berkas_id: int
    filename: str
    mime: str
    size: int
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class ScanData:
    scan: Scan
    data: bytes


def _scan(x: ArsipScan) -> Scan:
    return Scan(x.id, x.berkas_id, x.filename, x.mime, x.size, x.sha256, x.created_at)


def check_readable(data: bytes, mime: str, filename: str) -> None:
    """Refuse bytes that are not a readable PDF or image (truncated, renamed, corrupt)."""
    bad = errors.ValidationError(
        "scan",
        QT_TRANSLATE_NOOP("kesos", "Berkas {name} bukan PDF/gambar yang dapat dibaca (rusak atau bukan jenisnya)."),
        name=filename,
    )
    if mime == "application/pdf":
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
            raise bad
        return
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            im.verify()
    except Exception as e:  # noqa: BLE001 - Pillow raises many types for a broken image
        raise bad from e


def attach(db: Database, actor: Actor, berkas_id: int, path: str | Path, ctx: JobContext = NULL) -> Scan:
    """Store the scan (up to 50 MB, checked readable first); ``ctx`` cancels before anything is written."""
    require(actor, Perm.ARSIP_EDIT)
    p = Path(path)
    mime = MIME.get(p.suffix.lower())
    if mime is None:
        raise errors.ValidationError("scan", QT_TRANSLATE_NOOP("kesos", "Pindaian harus PDF, JPG atau PNG."))
    try:
        data = p.read_bytes()
    except OSError as e:
        raise errors.ValidationError(
            "scan", QT_TRANSLATE_NOOP("kesos", "Berkas tidak dapat dibaca: {detail}"), detail=str(e)
        ) from e
    if len(data) > MAX_BYTES:
        raise errors.ValidationError("scan", QT_TRANSLATE_NOOP("kesos", "Pindaian lebih dari 50 MB."))
    ctx.step(1, 3, "Memeriksa berkas")
    check_readable(data, mime, p.name)
    ctx.step(2, 3, "Menyimpan pindaian")
    with db.write() as s:
        if s.get(ArsipBerkas, berkas_id) is None:
            raise errors.NotFound()
        x = ArsipScan(
            berkas_id=berkas_id, filename=p.name[:255], mime=mime, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), data=data, created_by=actor.id,
        )  # fmt: skip
        s.add(x)
        s.flush()
        audit.record(s, actor, "create", "arsip_scan", x.id, after={"berkas_id": berkas_id, "file": x.filename, "size": x.size},
                     summary=f"Pindaian {x.filename} untuk berkas #{berkas_id}")  # fmt: skip
        return _scan(x)


def list_scans(db: Database, berkas_id: int) -> list[Scan]:
    with db.read() as s:
        return [
            _scan(x)
            for x in s.scalars(select(ArsipScan).where(ArsipScan.berkas_id == berkas_id).order_by(ArsipScan.id))
        ]


def open_scan(db: Database, actor: Actor, scan_id: int) -> ScanData:
    """The scan's bytes, checked against the stored size and SHA-256."""
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        x = s.get(ArsipScan, scan_id)
        if x is None:
            raise errors.NotFound(QT_TRANSLATE_NOOP("kesos", "Pindaian tidak ditemukan (mungkin sudah dihapus)."))
        data = x.data or b""
        scan = _scan(x)
    if len(data) != scan.size or hashlib.sha256(data).hexdigest() != scan.sha256:
        raise errors.KnownError(
            QT_TRANSLATE_NOOP("kesos", "Pindaian {name} rusak: isinya tidak cocok dengan sidik SHA-256 saat disimpan."),
            name=scan.filename,
        )
    return ScanData(scan, data)


def delete_scan(db: Database, actor: Actor, scan_id: int) -> None:
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        x = s.get(ArsipScan, scan_id)
        if x is None:
            raise errors.NotFound()
        audit.record(s, actor, "delete", "arsip_scan", x.id, before={"file": x.filename, "berkas_id": x.berkas_id},
                     summary=f"Pindaian {x.filename} dihapus")  # fmt: skip
        s.delete(x)
