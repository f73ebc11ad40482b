"""TEGAR (archives) tables: classification scheme with JRA, locations, boxes, folders, records, loans, scans.

The full-text index differs per back end and is created by the migration only: an FTS5 external-content
table ``arsip_berkas_fts`` kept in step by triggers on SQLite, a GIN index over a ``to_tsvector('simple',
...)`` expression on PostgreSQL (see ``services/arsip_search.py`` for the matching expressions).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from kesos_desktop.models.base import Base, BigId, Tracked, utcnow

# Each dotted part of a code, zero-padded to this many digits and concatenated: plain text order of the
# key is the scheme's numeric order (000 < 000.1 < 000.1.1 < 000.2 < 400.9 < 400.9.1 < 400.10 < 1000) on
# SQLite and under any PostgreSQL collation (digits only, fixed width), and a B-tree index serves it.
SORT_PART_WIDTH = 6


def code_sort_text(code: str | None) -> str | None:
    """The stored sort key of a classification code (``"400.10"`` -> ``"000400000010"``)."""
    if code is None:
        return None
    parts = code.strip().split(".")
    return "".join(p.zfill(SORT_PART_WIDTH) if p.isdigit() else p for p in parts)


def _sort_default(source: str) -> Any:
    # Core inserts (executemany included) that name the code get its key without the caller knowing.
    def default(context: Any) -> str | None:
        return code_sort_text(context.get_current_parameters().get(source))

    return default


class ArsipKlasifikasi(Tracked, Base):
    """One classification code (Permendagri 83/2022 style: ``400``, ``400.9``, ``400.9.1``) with its JRA.

    Retention years and disposition are NULL while the region's JRA has not set them ("belum ditetapkan").
    """

    __tablename__ = "arsip_klasifikasi"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    # Maintained from ``code`` (default + validator); filled for older rows by migration arsip_0002.
    sort_key: Mapped[str | None] = mapped_column(String(160), nullable=True, index=True, default=_sort_default("code"))
    parent_code: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(300))
    retensi_aktif: Mapped[int | None] = mapped_column(Integer, nullable=True)
    retensi_inaktif: Mapped[int | None] = mapped_column(Integer, nullable=True)
    disposisi: Mapped[str | None] = mapped_column(String(20), nullable=True)  # musnah | permanen | dinilai_kembali
    keterangan: Mapped[str | None] = mapped_column(Text, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    @validates("code")
    def _set_sort_key(self, _key: str, value: str) -> str:
        self.sort_key = code_sort_text(value)
        return value


class ArsipLokasi(Tracked, Base):
    """Gedung -> ruang -> rak. ``path`` is the materialised id path (``/3/7/12/``) for subtree filters."""

    __tablename__ = "arsip_lokasi"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("arsip_lokasi.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(10))  # gedung | ruang | rak
    name: Mapped[str] = mapped_column(String(120))
    path: Mapped[str] = mapped_column(String(200), default="", index=True)


class ArsipBoks(Tracked, Base):
    __tablename__ = "arsip_boks"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomor: Mapped[str] = mapped_column(String(30), unique=True)
    lokasi_id: Mapped[int | None] = mapped_column(ForeignKey("arsip_lokasi.id"), nullable=True, index=True)
    unit_pengolah: Mapped[str | None] = mapped_column(String(150), nullable=True)
    keterangan: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="tersedia")  # tersedia | dipinjam


class ArsipFolder(Tracked, Base):
    __tablename__ = "arsip_folder"

    id: Mapped[int] = mapped_column(primary_key=True)
    boks_id: Mapped[int] = mapped_column(ForeignKey("arsip_boks.id", ondelete="CASCADE"))
    nomor: Mapped[str] = mapped_column(String(30))

    __table_args__ = (Index("uq_arsip_folder_boks_id_nomor", "boks_id", "nomor", unique=True),)


class ArsipBerkas(Tracked, Base):
    """An archive record (berkas). Inactive year, retention end and disposition are computed from the code's
    JRA and the record's end date by the service and stored, so lists filter and sort on them in SQL."""

    __tablename__ = "arsip_berkas"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kode: Mapped[str] = mapped_column(String(40), ForeignKey("arsip_klasifikasi.code", onupdate="CASCADE"))
    # ``code_sort_text(kode)``, stored so the catalogue sorts 200k records by code through an index.
    kode_sort: Mapped[str | None] = mapped_column(String(160), nullable=True, default=_sort_default("kode"))
    nomor_berkas: Mapped[str | None] = mapped_column(String(40), nullable=True)
    uraian: Mapped[str] = mapped_column(Text)
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)
    tahun_mulai: Mapped[int] = mapped_column(Integer)
    tahun_selesai: Mapped[int] = mapped_column(Integer)
    unit_pengolah: Mapped[str] = mapped_column(String(150))
    tingkat_perkembangan: Mapped[str] = mapped_column(String(20), default="asli")
    jumlah: Mapped[int] = mapped_column(Integer, default=1)
    satuan: Mapped[str] = mapped_column(String(20), default="berkas")
    media: Mapped[str] = mapped_column(String(20), default="kertas")
    keamanan: Mapped[str] = mapped_column(String(20), default="biasa")
    hak_akses: Mapped[str | None] = mapped_column(String(200), nullable=True)
    kondisi: Mapped[str] = mapped_column(String(20), default="baik")
    boks_id: Mapped[int | None] = mapped_column(ForeignKey("arsip_boks.id"), nullable=True)
    folder_id: Mapped[int | None] = mapped_column(ForeignKey("arsip_folder.id"), nullable=True, index=True)
    keterangan: Mapped[str | None] = mapped_column(Text, nullable=True)
    tahun_inaktif: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tahun_retensi_akhir: Mapped[int | None] = mapped_column(Integer, nullable=True)
    disposisi: Mapped[str | None] = mapped_column(String(20), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="tersedia")  # tersedia | dipinjam | musnah
    import_batch: Mapped[str | None] = mapped_column(String(80), nullable=True)

    @validates("kode")
    def _set_kode_sort(self, _key: str, value: str) -> str:
        self.kode_sort = code_sort_text(value)
        return value

    __table_args__ = (
        Index("ix_arsip_berkas_kode", "kode"),
        Index("ix_arsip_berkas_kode_sort", "kode_sort", "id"),
        Index("ix_arsip_berkas_boks_id", "boks_id"),
        Index("ix_arsip_berkas_tahun_selesai", "tahun_selesai"),
        Index("ix_arsip_berkas_disposisi", "disposisi", "tahun_retensi_akhir", "status"),
        Index("ix_arsip_berkas_tahun_retensi_akhir", "tahun_retensi_akhir"),
        Index("ix_arsip_berkas_tahun_inaktif", "tahun_inaktif"),
    )


class ArsipPeminjam(Tracked, Base):
    """A borrower. Only an admin may approve one for rahasia / sangat rahasia records."""

    __tablename__ = "arsip_peminjam"

    id: Mapped[int] = mapped_column(primary_key=True)
    nama: Mapped[str] = mapped_column(String(150))
    unit: Mapped[str] = mapped_column(String(150))
    nip: Mapped[str | None] = mapped_column(String(30), nullable=True)
    boleh_rahasia: Mapped[bool] = mapped_column(Boolean, default=False)
    disetujui_oleh: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL", name="fk_arsip_peminjam_disetujui_oleh_app_user"), nullable=True
    )


class ArsipPeminjaman(Tracked, Base):
    """A loan of one record or one box."""

    __tablename__ = "arsip_peminjaman"

    id: Mapped[int] = mapped_column(primary_key=True)
    nomor: Mapped[str] = mapped_column(String(40), unique=True)
    berkas_id: Mapped[int | None] = mapped_column(ForeignKey("arsip_berkas.id"), nullable=True, index=True)
    boks_id: Mapped[int | None] = mapped_column(ForeignKey("arsip_boks.id"), nullable=True, index=True)
    peminjam_id: Mapped[int] = mapped_column(ForeignKey("arsip_peminjam.id"))
    keperluan: Mapped[str | None] = mapped_column(String(300), nullable=True)
    tanggal_pinjam: Mapped[date] = mapped_column(Date)
    jatuh_tempo: Mapped[date] = mapped_column(Date)
    tanggal_kembali: Mapped[date | None] = mapped_column(Date, nullable=True)
    kondisi_pinjam: Mapped[str] = mapped_column(String(100), default="baik")
    kondisi_kembali: Mapped[str | None] = mapped_column(String(100), nullable=True)
    petugas: Mapped[str] = mapped_column(String(150))

    __table_args__ = (Index("ix_arsip_peminjaman_tanggal_kembali_jatuh_tempo", "tanggal_kembali", "jatuh_tempo"),)


class ArsipScan(Base):
    """A scan (PDF/JPG/PNG) of a record, stored in the database (works the same on SQLite and a shared
    PostgreSQL server: no shared folder to configure or lose); SHA-256 and size guard against corruption."""

    __tablename__ = "arsip_scan"

    id: Mapped[int] = mapped_column(primary_key=True)
    berkas_id: Mapped[int] = mapped_column(ForeignKey("arsip_berkas.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(50))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL", name="fk_arsip_scan_created_by_app_user"), nullable=True
    )


class ArsipCounter(Base):
    """Counters for loan slip numbers, locked per allocation (FOR UPDATE / BEGIN IMMEDIATE)."""

    __tablename__ = "arsip_counter"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
