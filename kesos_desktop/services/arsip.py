"""TEGAR archives: classification scheme with JRA, physical locations, boxes/folders and the catalogue.

Every call is one unit of work: permission, validation, write and audit entry in one transaction, plain
frozen dataclasses out. Inactive year, retention end and disposition of a record are computed from its
code's JRA and its end date, stored with the record, and recomputed when the JRA of a code changes.
A code without retention ("belum ditetapkan") leaves them NULL: lists flag such records, never skip them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kesos_desktop import errors
from kesos_desktop.models.arsip import (
    ArsipBerkas,
    ArsipBoks,
    ArsipCounter,
    ArsipFolder,
    ArsipKlasifikasi,
    ArsipLokasi,
    ArsipPeminjaman,
)
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.text import QT_TRANSLATE_NOOP

# --- vocabularies (stored value -> label) ----------------------------------------------------------

DISPOSISI = {
    "musnah": QT_TRANSLATE_NOOP("kesos", "Musnah"),
    "permanen": QT_TRANSLATE_NOOP("kesos", "Permanen"),
    "dinilai_kembali": QT_TRANSLATE_NOOP("kesos", "Dinilai Kembali"),
}
KEAMANAN = {
    "biasa": QT_TRANSLATE_NOOP("kesos", "Biasa/Terbuka"),
    "terbatas": QT_TRANSLATE_NOOP("kesos", "Terbatas"),
    "rahasia": QT_TRANSLATE_NOOP("kesos", "Rahasia"),
    "sangat_rahasia": QT_TRANSLATE_NOOP("kesos", "Sangat Rahasia"),
}
SECRET = frozenset({"rahasia", "sangat_rahasia"})
TINGKAT = {
    "asli": QT_TRANSLATE_NOOP("kesos", "Asli"),
    "salinan": QT_TRANSLATE_NOOP("kesos", "Salinan"),
    "tembusan": QT_TRANSLATE_NOOP("kesos", "Tembusan"),
    "konsep": QT_TRANSLATE_NOOP("kesos", "Konsep"),
    "petikan": QT_TRANSLATE_NOOP("kesos", "Petikan"),
}
SATUAN = {
    "lembar": QT_TRANSLATE_NOOP("kesos", "lembar"),
    "berkas": QT_TRANSLATE_NOOP("kesos", "berkas"),
    "map": QT_TRANSLATE_NOOP("kesos", "map"),
    "bundel": QT_TRANSLATE_NOOP("kesos", "bundel"),
    "boks": QT_TRANSLATE_NOOP("kesos", "boks"),
}
MEDIA = {
    "kertas": QT_TRANSLATE_NOOP("kesos", "Kertas"),
    "foto": QT_TRANSLATE_NOOP("kesos", "Foto"),
    "digital": QT_TRANSLATE_NOOP("kesos", "Digital"),
    "peta": QT_TRANSLATE_NOOP("kesos", "Peta/Gambar"),
    "audio_video": QT_TRANSLATE_NOOP("kesos", "Audio/Video"),
    "mikrofilm": QT_TRANSLATE_NOOP("kesos", "Mikrofilm"),
}
KONDISI = {
    "baik": QT_TRANSLATE_NOOP("kesos", "Baik"),
    "rusak_ringan": QT_TRANSLATE_NOOP("kesos", "Rusak ringan"),
    "rusak_berat": QT_TRANSLATE_NOOP("kesos", "Rusak berat"),
}
STATUS = {
    "tersedia": QT_TRANSLATE_NOOP("kesos", "Tersedia"),
    "dipinjam": QT_TRANSLATE_NOOP("kesos", "Dipinjam"),
    "musnah": QT_TRANSLATE_NOOP("kesos", "Dimusnahkan"),
}
LOKASI_KINDS = ("gedung", "ruang", "rak")
LOKASI_LABELS = {
    "gedung": QT_TRANSLATE_NOOP("kesos", "Gedung"),
    "ruang": QT_TRANSLATE_NOOP("kesos", "Ruang"),
    "rak": QT_TRANSLATE_NOOP("kesos", "Rak"),
}
BELUM_DITETAPKAN = QT_TRANSLATE_NOOP("kesos", "Retensi belum ditetapkan")

CODE_RE = re.compile(r"^\d{3,4}(\.\d{1,3})*$")  # 1000-series codes exist in some regional schemes
MIN_YEAR = 1900


_VOCAB_MEMO: dict[tuple[int, str], str | None] = {}


def vocab_value(vocab: dict[str, str], text: str | None, default: str | None = None) -> str | None:
    """Accept a stored key or its label in any case/spacing ("Sangat Rahasia" -> "sangat_rahasia")."""
    if text is None:
        return default
    if text in vocab:
        return text
    key = (id(vocab), str(text))
    if key in _VOCAB_MEMO:
        found = _VOCAB_MEMO[key]
        return default if found == "" else found
    found = _vocab_lookup(vocab, text)
    if len(_VOCAB_MEMO) < 10_000:
        _VOCAB_MEMO[key] = "" if found is None and not str(text).strip() else found
    return default if found is None and not str(text).strip() else found


def _vocab_lookup(vocab: dict[str, str], text: str) -> str | None:
    if not str(text).strip():
        return None
    t = re.sub(r"[\s/-]+", "_", str(text).strip().lower())
    if t in vocab:
        return t
    for key, label in vocab.items():
        if re.sub(r"[\s/-]+", "_", label.lower()) == t or t == key.split("_")[0]:
            return key
    if vocab is KEAMANAN and t in ("terbuka", "biasa_terbuka"):
        return "biasa"
    return None


def parent_code(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def code_sort_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) for p in code.split(".") if p.isdigit())


# --- dataclasses -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Klasifikasi:
    id: int
    code: str
    parent_code: str | None
    title: str
    retensi_aktif: int | None
    retensi_inaktif: int | None
    disposisi: str | None
    keterangan: str | None
    active: bool
    version: int

    @property
    def has_retention(self) -> bool:
        return self.retensi_aktif is not None and self.retensi_inaktif is not None and self.disposisi is not None

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"


@dataclass(frozen=True)
class Lokasi:
    id: int
    parent_id: int | None
    kind: str
    name: str
    path: str
    version: int


@dataclass(frozen=True)
class Boks:
    id: int
    nomor: str
    lokasi_id: int | None
    lokasi: str  # "Gedung A / Ruang 2 / Rak 3"
    unit_pengolah: str | None
    keterangan: str | None
    status: str
    version: int
    jumlah_berkas: int = 0
    kode_awal: str | None = None
    kode_akhir: str | None = None
    tahun_awal: int | None = None
    tahun_akhir: int | None = None
    folders: tuple[str, ...] = ()
    units: tuple[str, ...] = ()


@dataclass(frozen=True)
class BerkasInput:
    """What the entry form and the importer send; text fields as typed, validated by the service."""

    kode: str
    uraian: str
    tanggal_mulai: date | None
    tanggal_selesai: date | None = None
    unit_pengolah: str = ""
    nomor_berkas: str | None = None
    tingkat_perkembangan: str = "asli"
    jumlah: int = 1
    satuan: str = "berkas"
    media: str = "kertas"
    keamanan: str = "biasa"
    hak_akses: str | None = None
    kondisi: str = "baik"
    boks: str | None = None  # box number as printed on the box
    folder: str | None = None  # folder number inside the box
    keterangan: str | None = None


@dataclass(frozen=True)
class Berkas:
    id: int
    kode: str
    kode_title: str
    nomor_berkas: str | None
    uraian: str
    tanggal_mulai: date
    tanggal_selesai: date
    unit_pengolah: str
    tingkat_perkembangan: str
    jumlah: int
    satuan: str
    media: str
    keamanan: str
    hak_akses: str | None
    kondisi: str
    boks_id: int | None
    boks: str | None
    folder: str | None
    lokasi: str
    keterangan: str | None
    tahun_inaktif: int | None
    tahun_retensi_akhir: int | None
    disposisi: str | None
    status: str
    version: int

    @property
    def retention_known(self) -> bool:
        return self.tahun_retensi_akhir is not None

    def to_input(self) -> BerkasInput:
        return BerkasInput(
            kode=self.kode,
            uraian=self.uraian,
            tanggal_mulai=self.tanggal_mulai,
            tanggal_selesai=self.tanggal_selesai,
            unit_pengolah=self.unit_pengolah,
            nomor_berkas=self.nomor_berkas,
            tingkat_perkembangan=self.tingkat_perkembangan,
            jumlah=self.jumlah,
            satuan=self.satuan,
            media=self.media,
            keamanan=self.keamanan,
            hak_akses=self.hak_akses,
            kondisi=self.kondisi,
            boks=self.boks,
            folder=self.folder,
            keterangan=self.keterangan,
        )


@dataclass(frozen=True)
class Retention:
    tahun_inaktif: int | None
    tahun_retensi_akhir: int | None
    disposisi: str | None


def compute_retention(tahun_selesai: int, aktif: int | None, inaktif: int | None, disposisi: str | None) -> Retention:
    """Inactive from the year the record ends + active retention; retention ends + inactive retention."""
    if aktif is None or inaktif is None or disposisi is None:
        return Retention(None, None, None)
    return Retention(tahun_selesai + aktif, tahun_selesai + aktif + inaktif, disposisi)


# --- classification scheme -------------------------------------------------------------------------


def _klas(k: ArsipKlasifikasi) -> Klasifikasi:
    return Klasifikasi(
        k.id, k.code, k.parent_code, k.title, k.retensi_aktif, k.retensi_inaktif, k.disposisi, k.keterangan,
        k.active, k.version,
    )  # fmt: skip


def _klas_snapshot(k: ArsipKlasifikasi) -> dict[str, Any]:
    return {
        "code": k.code,
        "title": k.title,
        "retensi_aktif": k.retensi_aktif,
        "retensi_inaktif": k.retensi_inaktif,
        "disposisi": k.disposisi,
        "active": k.active,
    }


@dataclass(frozen=True)
class KlasifikasiRow:
    """One row of a scheme/JRA file, before validation."""

    line: int
    code: str
    title: str
    retensi_aktif: str | int | None = None
    retensi_inaktif: str | int | None = None
    disposisi: str | None = None
    keterangan: str | None = None


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    text: str  # already formatted (Indonesian)


@dataclass(frozen=True)
class KlasifikasiImportResult:
    created: int
    updated: int
    records_recomputed: int
    errors: tuple[RowError, ...] = ()
    dry_run: bool = False


def list_klasifikasi(db: Database, *, include_retired: bool = True) -> list[Klasifikasi]:
    with db.read() as s:
        stmt = select(ArsipKlasifikasi).order_by(ArsipKlasifikasi.sort_key, ArsipKlasifikasi.code)
        if not include_retired:
            stmt = stmt.where(ArsipKlasifikasi.active.is_(True))
        return [_klas(k) for k in s.scalars(stmt)]


def get_klasifikasi(db: Database, code: str) -> Klasifikasi | None:
    with db.read() as s:
        k = s.scalar(select(ArsipKlasifikasi).where(ArsipKlasifikasi.code == code.strip()))
        return _klas(k) if k is not None else None


def starter_rows() -> list[KlasifikasiRow]:
    text = resources.files("kesos_desktop.resources").joinpath("arsip/klasifikasi_awal.csv").read_text("utf-8")
    return read_klasifikasi_csv(text)


def ensure_starter_scheme(db: Database, actor: Actor) -> int:
    """Load the shipped top-level scheme when the office has no codes yet; returns how many were added."""
    with db.read() as s:
        if (s.scalar(select(func.count()).select_from(ArsipKlasifikasi)) or 0) > 0:
            return 0
    try:
        return import_klasifikasi_rows(db, actor, starter_rows(), _check_perm=False).created
    except errors.DuplicateError:
        return 0  # another PC seeded it at the same moment


def _int_or_none(value: str | int | None, column: str, line: int, errs: list[RowError]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        n = int(float(value)) if not isinstance(value, int) else value
    except (TypeError, ValueError):
        errs.append(RowError(line, column, f"Bukan angka tahun: {value!r}"))
        return None
    if n < 0 or n > 200:
        errs.append(RowError(line, column, f"Retensi tidak wajar: {n} tahun"))
        return None
    return n


def _validate_klas_rows(
    rows: Sequence[KlasifikasiRow], existing: set[str]
) -> tuple[list[dict[str, Any]], list[RowError]]:
    errs: list[RowError] = []
    out: list[dict[str, Any]] = []
    in_file = {r.code.strip() for r in rows}
    seen: set[str] = set()
    for r in rows:
        code = r.code.strip()
        if not CODE_RE.match(code):
            errs.append(RowError(r.line, "kode", f"Format kode klasifikasi tidak dikenal: {code!r} (contoh: 400.9.1)"))
            continue
        if code in seen:
            errs.append(RowError(r.line, "kode", f"Kode {code} ganda dalam berkas"))
            continue
        seen.add(code)
        parent = parent_code(code)
        if parent is not None and parent not in in_file and parent not in existing:
            errs.append(RowError(r.line, "kode", f"Induk kode {code} ({parent}) tidak ada"))
            continue
        if not r.title.strip():
            errs.append(RowError(r.line, "judul", "Judul wajib diisi"))
            continue
        n = len(errs)
        aktif = _int_or_none(r.retensi_aktif, "retensi_aktif", r.line, errs)
        inaktif = _int_or_none(r.retensi_inaktif, "retensi_inaktif", r.line, errs)
        disp = vocab_value(DISPOSISI, r.disposisi)
        if r.disposisi and str(r.disposisi).strip() and disp is None:
            errs.append(
                RowError(r.line, "disposisi", f"Disposisi harus Musnah, Permanen atau Dinilai Kembali: {r.disposisi!r}")
            )
        if len(errs) > n:
            continue
        out.append(
            {
                "code": code,
                "parent_code": parent,
                "title": r.title.strip(),
                "retensi_aktif": aktif,
                "retensi_inaktif": inaktif,
                "disposisi": disp,
                "keterangan": (r.keterangan or "").strip() or None,
            }
        )
    return out, errs


def import_klasifikasi_rows(
    db: Database, actor: Actor, rows: Sequence[KlasifikasiRow], *, dry_run: bool = False, _check_perm: bool = True
) -> KlasifikasiImportResult:
    """Add or update codes (and their JRA) from a scheme file: all rows or none."""
    if _check_perm:
        require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        current = {k.code: k for k in s.scalars(select(ArsipKlasifikasi))}
        valid, errs = _validate_klas_rows(rows, set(current))
        if errs:
            return KlasifikasiImportResult(0, 0, 0, tuple(errs), dry_run)
        created = updated = recomputed = 0
        for v in valid:
            k = current.get(v["code"])
            if k is None:
                s.add(ArsipKlasifikasi(**v, active=True, created_by=actor.id, updated_by=actor.id))
                created += 1
                continue
            changed = False
            retention_changed = False
            for key in ("title", "retensi_aktif", "retensi_inaktif", "disposisi"):
                if getattr(k, key) != v[key]:
                    setattr(k, key, v[key])
                    changed = True
                    retention_changed |= key != "title"
            if v["keterangan"] and k.keterangan != v["keterangan"]:
                k.keterangan = v["keterangan"]
                changed = True
            if changed:
                k.updated_by = actor.id
                updated += 1
            if retention_changed:
                recomputed += _recompute(s, k.code, k.retensi_aktif, k.retensi_inaktif, k.disposisi)
        if dry_run:
            s.rollback()
            return KlasifikasiImportResult(created, updated, recomputed, (), True)
        s.flush()
        audit.record(
            s, actor, "import", "arsip_klasifikasi", None,
            summary=f"Skema klasifikasi/JRA: {created} baru, {updated} diubah, {recomputed} berkas dihitung ulang",
        )  # fmt: skip
        return KlasifikasiImportResult(created, updated, recomputed)


def read_klasifikasi_csv(text: str) -> list[KlasifikasiRow]:
    sample = text[:2000]
    dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    table = list(reader)
    return klasifikasi_rows_from_table(table)


_KLAS_HEADERS = {
    "kode": ("kode", "kode klasifikasi", "code", "kode_klasifikasi"),
    "judul": ("judul", "uraian", "nama", "title", "jenis arsip", "jenis/uraian"),
    "retensi_aktif": ("retensi aktif", "aktif", "retensi_aktif", "ra"),
    "retensi_inaktif": ("retensi inaktif", "inaktif", "retensi_inaktif", "ri"),
    "disposisi": ("disposisi", "keterangan disposisi", "nasib akhir", "disposisi akhir"),
    "keterangan": ("keterangan", "catatan"),
}


def klasifikasi_rows_from_table(table: Sequence[Sequence[Any]]) -> list[KlasifikasiRow]:
    """Rows of a sheet (first row the header) into scheme rows; header names in Indonesian, any order."""
    if not table:
        raise errors.ValidationError("file", QT_TRANSLATE_NOOP("kesos", "Berkas kosong."))
    header = [str(h or "").strip().lower().replace("_", " ") for h in table[0]]
    index: dict[str, int] = {}
    for key, names in _KLAS_HEADERS.items():
        for i, h in enumerate(header):
            if h in names or h.replace(" ", "_") in names:
                index.setdefault(key, i)
                break
    if "kode" not in index or "judul" not in index:
        raise errors.ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "kesos", "Kolom wajib tidak ditemukan di baris judul: kode dan judul (ditemukan: {found})."
            ),
            found=", ".join(h for h in header if h) or "-",
        )

    def cell(row: Sequence[Any], key: str) -> Any:
        i = index.get(key)
        if i is None or i >= len(row):
            return None
        v = row[i]
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return v if not isinstance(v, str) else v.strip()

    out = []
    for n, row in enumerate(table[1:], start=2):
        if not any(str(c or "").strip() for c in row):
            continue
        code = cell(row, "kode")
        out.append(
            KlasifikasiRow(
                line=n,
                code=str(code if code is not None else ""),
                title=str(cell(row, "judul") or ""),
                retensi_aktif=cell(row, "retensi_aktif"),
                retensi_inaktif=cell(row, "retensi_inaktif"),
                disposisi=(str(cell(row, "disposisi")) if cell(row, "disposisi") not in (None, "") else None),
                keterangan=(str(cell(row, "keterangan")) if cell(row, "keterangan") not in (None, "") else None),
            )
        )
    return out


def read_klasifikasi_file(path: str | Path) -> list[KlasifikasiRow]:
    p = Path(path)
    if p.suffix.lower() in (".csv", ".txt"):
        raw = p.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        return read_klasifikasi_csv(text)
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(p))
        table = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as e:  # noqa: BLE001 - calamine raises several types for unreadable files
        raise errors.ValidationError(
            "file", QT_TRANSLATE_NOOP("kesos", "Berkas tidak dapat dibaca sebagai xlsx/csv: {detail}"), detail=str(e)
        ) from e
    return klasifikasi_rows_from_table(table)


def import_klasifikasi_file(
    db: Database, actor: Actor, path: str | Path, *, dry_run: bool = False
) -> KlasifikasiImportResult:
    return import_klasifikasi_rows(db, actor, read_klasifikasi_file(path), dry_run=dry_run)


def _recompute(s: Session, code: str, aktif: int | None, inaktif: int | None, disposisi: str | None) -> int:
    """Set the computed retention columns of every record under ``code`` in one statement."""
    B = ArsipBerkas
    if aktif is None or inaktif is None or disposisi is None:
        values: dict[str, Any] = {"tahun_inaktif": None, "tahun_retensi_akhir": None, "disposisi": None}
    else:
        values = {
            "tahun_inaktif": B.tahun_selesai + aktif,
            "tahun_retensi_akhir": B.tahun_selesai + (aktif + inaktif),
            "disposisi": disposisi,
        }
    result = s.execute(
        update(B)
        .where(B.kode == code)
        .values(**values, version=B.version + 1)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _check_klas_fields(title: str, aktif: int | None, inaktif: int | None, disposisi: str | None) -> str | None:
    if not title.strip():
        raise errors.ValidationError("title", QT_TRANSLATE_NOOP("kesos", "Judul klasifikasi wajib diisi."))
    for name, v in (("retensi_aktif", aktif), ("retensi_inaktif", inaktif)):
        if v is not None and not 0 <= v <= 200:
            raise errors.ValidationError(name, QT_TRANSLATE_NOOP("kesos", "Retensi harus 0 sampai 200 tahun."))
    disp = vocab_value(DISPOSISI, disposisi)
    if disposisi and disp is None:
        raise errors.ValidationError(
            "disposisi", QT_TRANSLATE_NOOP("kesos", "Disposisi harus Musnah, Permanen atau Dinilai Kembali.")
        )
    return disp


def add_klasifikasi(
    db: Database,
    actor: Actor,
    code: str,
    title: str,
    *,
    retensi_aktif: int | None = None,
    retensi_inaktif: int | None = None,
    disposisi: str | None = None,
    keterangan: str | None = None,
) -> Klasifikasi:
    require(actor, Perm.ARSIP_EDIT)
    code = code.strip()
    if not CODE_RE.match(code):
        raise errors.ValidationError(
            "code",
            QT_TRANSLATE_NOOP("kesos", "Format kode klasifikasi tidak dikenal: {code} (contoh: 400.9.1)."),
            code=code,
        )
    disp = _check_klas_fields(title, retensi_aktif, retensi_inaktif, disposisi)
    with db.write() as s:
        if s.scalar(select(ArsipKlasifikasi.id).where(ArsipKlasifikasi.code == code)) is not None:
            raise errors.DuplicateError(QT_TRANSLATE_NOOP("kesos", "Kode klasifikasi {code} sudah ada."), code=code)
        parent = parent_code(code)
        if parent is not None and s.scalar(select(ArsipKlasifikasi.id).where(ArsipKlasifikasi.code == parent)) is None:
            raise errors.ValidationError(
                "code", QT_TRANSLATE_NOOP("kesos", "Induk kode {code} ({parent}) belum ada."), code=code, parent=parent
            )
        k = ArsipKlasifikasi(
            code=code, parent_code=parent, title=title.strip(), retensi_aktif=retensi_aktif,
            retensi_inaktif=retensi_inaktif, disposisi=disp, keterangan=keterangan, active=True,
            created_by=actor.id, updated_by=actor.id,
        )  # fmt: skip
        s.add(k)
        s.flush()
        audit.record(s, actor, "create", "arsip_klasifikasi", k.code, after=_klas_snapshot(k), summary=f"Kode {code}")
        return _klas(k)


def update_klasifikasi(
    db: Database,
    actor: Actor,
    code: str,
    *,
    expected_version: int,
    title: str,
    retensi_aktif: int | None,
    retensi_inaktif: int | None,
    disposisi: str | None,
    keterangan: str | None = None,
    active: bool = True,
) -> tuple[Klasifikasi, int]:
    """Edit a code and its JRA; returns the code and how many records were recomputed."""
    require(actor, Perm.ARSIP_EDIT)
    disp = _check_klas_fields(title, retensi_aktif, retensi_inaktif, disposisi)
    with db.write() as s:
        k = s.scalar(select(ArsipKlasifikasi).where(ArsipKlasifikasi.code == code))
        if k is None:
            raise errors.NotFound()
        if k.version != expected_version:
            raise errors.ConflictError()
        before = _klas_snapshot(k)
        retention_changed = (k.retensi_aktif, k.retensi_inaktif, k.disposisi) != (retensi_aktif, retensi_inaktif, disp)
        k.title, k.retensi_aktif, k.retensi_inaktif, k.disposisi = title.strip(), retensi_aktif, retensi_inaktif, disp
        k.keterangan = keterangan
        k.active = active
        k.updated_by = actor.id
        s.flush()
        n = _recompute(s, k.code, retensi_aktif, retensi_inaktif, disp) if retention_changed else 0
        audit.record(
            s, actor, "update", "arsip_klasifikasi", k.code, before=before, after=_klas_snapshot(k),
            summary=f"Kode {k.code}" + (f"; {n} berkas dihitung ulang" if n else ""),
        )  # fmt: skip
        return _klas(k), n


def retire_klasifikasi(
    db: Database, actor: Actor, code: str, *, expected_version: int, retired: bool = True
) -> Klasifikasi:
    """A retired code stays on its records but is no longer offered for new ones."""
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        k = s.scalar(select(ArsipKlasifikasi).where(ArsipKlasifikasi.code == code))
        if k is None:
            raise errors.NotFound()
        if k.version != expected_version:
            raise errors.ConflictError()
        before = _klas_snapshot(k)
        k.active = not retired
        k.updated_by = actor.id
        s.flush()
        audit.record(s, actor, "update", "arsip_klasifikasi", k.code, before=before, after=_klas_snapshot(k),
                     summary=f"Kode {k.code} {'dinonaktifkan' if retired else 'diaktifkan'}")  # fmt: skip
        return _klas(k)


def delete_klasifikasi(db: Database, actor: Actor, code: str) -> None:
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        k = s.scalar(select(ArsipKlasifikasi).where(ArsipKlasifikasi.code == code))
        if k is None:
            raise errors.NotFound()
        used = s.scalar(select(func.count()).select_from(ArsipBerkas).where(ArsipBerkas.kode == code)) or 0
        if used:
            raise errors.ValidationError(
                "code",
                QT_TRANSLATE_NOOP(
                    "kesos", "Kode {code} dipakai oleh {n} berkas dan tidak dapat dihapus. Nonaktifkan saja kodenya."
                ),
                code=code,
                n=used,
            )
        if s.scalar(select(ArsipKlasifikasi.id).where(ArsipKlasifikasi.parent_code == code).limit(1)) is not None:
            raise errors.ValidationError(
                "code", QT_TRANSLATE_NOOP("kesos", "Kode {code} masih mempunyai sub-kode."), code=code
            )
        audit.record(s, actor, "delete", "arsip_klasifikasi", code, before=_klas_snapshot(k), summary=f"Kode {code}")
        s.delete(k)


# --- locations, boxes, folders ---------------------------------------------------------------------


def _lokasi(x: ArsipLokasi) -> Lokasi:
    return Lokasi(x.id, x.parent_id, x.kind, x.name, x.path, x.version)


def list_lokasi(db: Database) -> list[Lokasi]:
    with db.read() as s:
        return [_lokasi(x) for x in s.scalars(select(ArsipLokasi).order_by(ArsipLokasi.path, ArsipLokasi.name))]


def add_lokasi(db: Database, actor: Actor, kind: str, name: str, parent_id: int | None = None) -> Lokasi:
    require(actor, Perm.ARSIP_EDIT)
    if kind not in LOKASI_KINDS:
        raise errors.ValidationError("kind", QT_TRANSLATE_NOOP("kesos", "Jenis lokasi harus gedung, ruang atau rak."))
    if not name.strip():
        raise errors.ValidationError("name", QT_TRANSLATE_NOOP("kesos", "Nama lokasi wajib diisi."))
    with db.write() as s:
        parent = s.get(ArsipLokasi, parent_id) if parent_id is not None else None
        want_parent = None if kind == "gedung" else LOKASI_KINDS[LOKASI_KINDS.index(kind) - 1]
        if (want_parent is None) != (parent is None) or (parent is not None and parent.kind != want_parent):
            raise errors.ValidationError(
                "parent",
                QT_TRANSLATE_NOOP("kesos", "Urutan lokasi: gedung -> ruang -> rak. {kind} harus berada di {parent}."),
                kind=kind.title(),
                parent=want_parent or "-",
            )
        x = ArsipLokasi(
            kind=kind, name=name.strip(), parent_id=parent_id, path="", created_by=actor.id, updated_by=actor.id
        )
        s.add(x)
        s.flush()
        x.path = f"{parent.path if parent else '/'}{x.id}/"
        audit.record(
            s, actor, "create", "arsip_lokasi", x.id, after={"kind": kind, "name": x.name}, summary=f"{kind} {x.name}"
        )
        return _lokasi(x)


def _lokasi_names(s: Session) -> dict[int, str]:
    """Full label for every location id (the table is small: tens to hundreds of rows)."""
    rows = {x.id: x for x in s.scalars(select(ArsipLokasi))}
    out: dict[int, str] = {}
    for x in rows.values():
        parts = []
        for pid in (int(p) for p in x.path.strip("/").split("/") if p):
            y = rows.get(pid)
            if y is not None:
                parts.append(y.name)
        out[x.id] = " / ".join(parts)
    return out


def _boks(b: ArsipBoks, names: dict[int, str], stats: dict[str, Any] | None = None) -> Boks:
    st = stats or {}
    return Boks(
        b.id, b.nomor, b.lokasi_id, names.get(b.lokasi_id or -1, ""), b.unit_pengolah, b.keterangan, b.status,
        b.version, st.get("n", 0), st.get("kmin"), st.get("kmax"), st.get("tmin"), st.get("tmax"),
        tuple(st.get("folders", ())), tuple(st.get("units", ())),
    )  # fmt: skip


def add_boks(
    db: Database,
    actor: Actor,
    nomor: str,
    lokasi_id: int | None,
    *,
    unit_pengolah: str | None = None,
    keterangan: str | None = None,
) -> Boks:
    require(actor, Perm.ARSIP_EDIT)
    nomor = nomor.strip()
    if not nomor:
        raise errors.ValidationError("nomor", QT_TRANSLATE_NOOP("kesos", "Nomor boks wajib diisi."))
    with db.write() as s:
        if s.scalar(select(ArsipBoks.id).where(ArsipBoks.nomor == nomor)) is not None:
            raise errors.DuplicateError(QT_TRANSLATE_NOOP("kesos", "Boks nomor {nomor} sudah ada."), nomor=nomor)
        _check_rak(s, lokasi_id)
        b = ArsipBoks(nomor=nomor, lokasi_id=lokasi_id, unit_pengolah=unit_pengolah, keterangan=keterangan,
                      status="tersedia", created_by=actor.id, updated_by=actor.id)  # fmt: skip
        s.add(b)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "arsip_boks",
            b.id,
            after={"nomor": nomor, "lokasi_id": lokasi_id},
            summary=f"Boks {nomor}",
        )
        return _boks(b, _lokasi_names(s))


def _check_rak(s: Session, lokasi_id: int | None) -> None:
    if lokasi_id is None:
        return
    x = s.get(ArsipLokasi, lokasi_id)
    if x is None or x.kind != "rak":
        raise errors.ValidationError("lokasi", QT_TRANSLATE_NOOP("kesos", "Boks harus disimpan di sebuah rak."))


def move_boks(db: Database, actor: Actor, boks_id: int, lokasi_id: int, *, expected_version: int) -> Boks:
    """Move a box to another rack; its folders and records go with it (their location is the box's)."""
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        b = s.get(ArsipBoks, boks_id)
        if b is None:
            raise errors.NotFound()
        if b.version != expected_version:
            raise errors.ConflictError()
        _check_rak(s, lokasi_id)
        before = {"lokasi_id": b.lokasi_id}
        b.lokasi_id = lokasi_id
        b.updated_by = actor.id
        s.flush()
        names = _lokasi_names(s)
        audit.record(s, actor, "update", "arsip_boks", b.id, before=before, after={"lokasi_id": lokasi_id},
                     summary=f"Boks {b.nomor} dipindah ke {names.get(lokasi_id, '')}")  # fmt: skip
        return _boks(b, names)


def _box_stats(s: Session, ids: Sequence[int] | None) -> dict[int, dict[str, Any]]:
    B = ArsipBerkas
    stmt = select(B.boks_id, func.count(), func.min(B.tahun_mulai), func.max(B.tahun_selesai)).group_by(B.boks_id)
    if ids is not None:
        stmt = stmt.where(B.boks_id.in_(ids))
    else:
        stmt = stmt.where(B.boks_id.is_not(None))
    out: dict[int, dict[str, Any]] = {}
    for bid, n, tmin, tmax in s.execute(stmt):
        out[bid] = {"n": n, "tmin": tmin, "tmax": tmax, "folders": [], "units": []}
    fstmt = select(ArsipFolder.boks_id, ArsipFolder.nomor)
    ustmt = select(B.boks_id, B.unit_pengolah).distinct()
    if ids is not None:
        fstmt = fstmt.where(ArsipFolder.boks_id.in_(ids))
        ustmt = ustmt.where(B.boks_id.in_(ids))
    else:
        ustmt = ustmt.where(B.boks_id.is_not(None))
    for bid, nomor in s.execute(fstmt):
        out.setdefault(bid, {"n": 0, "folders": [], "units": []})["folders"].append(nomor)
    for bid, unit in s.execute(ustmt):
        out.setdefault(bid, {"n": 0, "folders": [], "units": []})["units"].append(unit)
    # Code range in scheme order, not string order ("400.10" sorts after "400.9").
    kstmt = select(B.boks_id, B.kode).distinct()
    kstmt = kstmt.where(B.boks_id.in_(ids)) if ids is not None else kstmt.where(B.boks_id.is_not(None))
    codes: dict[int, list[str]] = {}
    for bid, kode in s.execute(kstmt):
        codes.setdefault(bid, []).append(kode)
    for bid, st in out.items():
        st["folders"].sort(key=lambda x: (len(x), x))
        st["units"].sort()
        ks = sorted(codes.get(bid, []), key=code_sort_key)
        st["kmin"], st["kmax"] = (ks[0], ks[-1]) if ks else (None, None)
    return out


def list_boks(db: Database, *, ids: Sequence[int] | None = None, nomor: Sequence[str] | None = None) -> list[Boks]:
    with db.read() as s:
        stmt = select(ArsipBoks)
        if ids is not None:
            stmt = stmt.where(ArsipBoks.id.in_(ids))
        if nomor is not None:
            stmt = stmt.where(ArsipBoks.nomor.in_(nomor))
        boxes = list(s.scalars(stmt))
        names = _lokasi_names(s)
        chunk = 500
        stats: dict[int, dict[str, Any]] = {}
        box_ids = [b.id for b in boxes]
        if ids is None and nomor is None:
            stats = _box_stats(s, None)
        else:
            for i in range(0, len(box_ids), chunk):
                stats.update(_box_stats(s, box_ids[i : i + chunk]))
        out = [_boks(b, names, stats.get(b.id)) for b in boxes]
    out.sort(key=lambda b: (len(b.nomor), b.nomor))
    return out


def get_boks(db: Database, boks_id: int) -> Boks:
    found = list_boks(db, ids=[boks_id])
    if not found:
        raise errors.NotFound()
    return found[0]


@dataclass(frozen=True)
class FolderLabel:
    boks: str
    folder: str
    kode: str
    uraian: str
    kurun: str


def folder_labels(db: Database, boks_ids: Sequence[int]) -> list[FolderLabel]:
    """One label per folder of the boxes: its code range, years and the first record's description."""
    B = ArsipBerkas
    out: list[FolderLabel] = []
    with db.read() as s:
        for chunk in iter_chunks(list(boks_ids), 500):
            stmt = (
                select(ArsipBoks.nomor, ArsipFolder.nomor, B.kode, B.uraian, B.tahun_mulai, B.tahun_selesai)
                .select_from(ArsipFolder)
                .join(ArsipBoks, ArsipBoks.id == ArsipFolder.boks_id)
                .outerjoin(B, B.folder_id == ArsipFolder.id)
                .where(ArsipFolder.boks_id.in_(chunk))
                .order_by(ArsipBoks.id, ArsipFolder.id, B.id)
            )
            groups: dict[tuple[str, str], list[Any]] = {}
            for row in s.execute(stmt):
                groups.setdefault((row[0], row[1]), []).append(row)
            for (boks, folder), rows in groups.items():
                codes = sorted({r[2] for r in rows if r[2]}, key=code_sort_key)
                years = [y for r in rows for y in (r[4], r[5]) if y is not None]
                kode = "-" if not codes else codes[0] if len(codes) == 1 else f"{codes[0]} s.d. {codes[-1]}"
                uraian = rows[0][3] or "(kosong)"
                if sum(1 for r in rows if r[3]) > 1:
                    uraian += f" (+{sum(1 for r in rows if r[3]) - 1} berkas)"
                out.append(
                    FolderLabel(boks, folder, kode, uraian, format_kurun(min(years), max(years)) if years else "")
                )
    out.sort(key=lambda f: ((len(f.boks), f.boks), (len(f.folder), f.folder)))
    return out


def find_boks(db: Database, nomor: str) -> Boks | None:
    found = list_boks(db, nomor=[nomor.replace("\x00", "").strip()])
    return found[0] if found else None


# --- records ---------------------------------------------------------------------------------------


@dataclass
class _Lookups:
    """What validating a record needs from the database, loaded once (a form save or a whole import)."""

    codes: dict[str, tuple[int | None, int | None, str | None, bool]] = field(default_factory=dict)
    boxes: dict[str, int] = field(default_factory=dict)


def _load_lookups(s: Session) -> _Lookups:
    lk = _Lookups()
    for code, a, i, d, active in s.execute(
        select(
            ArsipKlasifikasi.code,
            ArsipKlasifikasi.retensi_aktif,
            ArsipKlasifikasi.retensi_inaktif,
            ArsipKlasifikasi.disposisi,
            ArsipKlasifikasi.active,
        )
    ):
        lk.codes[code] = (a, i, d, active)
    lk.boxes = {n: i for i, n in s.execute(select(ArsipBoks.id, ArsipBoks.nomor))}
    return lk


MAX_JUMLAH = 1_000_000


def validate_berkas(
    data: BerkasInput, lk: _Lookups, today: date, *, allow_retired_code: str | None = None
) -> tuple[dict[str, Any], list[errors.ValidationError]]:
    """Check one record; returns the column values and every field error (the form shows them all)."""
    errs: list[errors.ValidationError] = []
    v: dict[str, Any] = {}
    E = errors.ValidationError
    code = (data.kode or "").strip()
    info = lk.codes.get(code)
    if not code:
        errs.append(E("kode", QT_TRANSLATE_NOOP("kesos", "Kode klasifikasi wajib diisi.")))
    elif info is None:
        errs.append(E("kode", QT_TRANSLATE_NOOP("kesos", "Kode klasifikasi {code} tidak dikenal."), code=code))
    elif not info[3] and code != allow_retired_code:
        errs.append(E("kode", QT_TRANSLATE_NOOP("kesos", "Kode klasifikasi {code} sudah tidak berlaku."), code=code))
    v["kode"] = code
    uraian = (data.uraian or "").strip()
    if not uraian:
        errs.append(E("uraian", QT_TRANSLATE_NOOP("kesos", "Uraian informasi wajib diisi.")))
    v["uraian"] = uraian
    start, end = data.tanggal_mulai, data.tanggal_selesai or data.tanggal_mulai
    if start is None:
        errs.append(E("tanggal_mulai", QT_TRANSLATE_NOOP("kesos", "Tanggal (awal) wajib diisi.")))
    else:
        assert end is not None
        if start.year < MIN_YEAR:
            errs.append(E("tanggal_mulai", QT_TRANSLATE_NOOP("kesos", "Tahun {year} tidak mungkin."), year=start.year))
        if start > today:
            errs.append(E("tanggal_mulai", QT_TRANSLATE_NOOP("kesos", "Tanggal tidak boleh di masa depan.")))
        if end > today and end != start:
            errs.append(E("tanggal_selesai", QT_TRANSLATE_NOOP("kesos", "Tanggal akhir tidak boleh di masa depan.")))
        if end < start:
            errs.append(E("tanggal_selesai", QT_TRANSLATE_NOOP("kesos", "Tanggal akhir sebelum tanggal awal.")))
    v["tanggal_mulai"], v["tanggal_selesai"] = start, end
    unit = (data.unit_pengolah or "").strip()
    if not unit:
        errs.append(E("unit_pengolah", QT_TRANSLATE_NOOP("kesos", "Unit pengolah wajib diisi.")))
    v["unit_pengolah"] = unit[:150]
    for key, vocab, default in (
        ("tingkat_perkembangan", TINGKAT, "asli"),
        ("satuan", SATUAN, "berkas"),
        ("media", MEDIA, "kertas"),
        ("keamanan", KEAMANAN, "biasa"),
        ("kondisi", KONDISI, "baik"),
    ):
        raw = getattr(data, key)
        val = vocab_value(vocab, raw, default)
        if val is None:
            errs.append(E(key, QT_TRANSLATE_NOOP("kesos", "Nilai tidak dikenal: {value}."), value=raw))
        v[key] = val
    try:
        jumlah = int(data.jumlah)
    except (TypeError, ValueError):
        jumlah = 0
    if jumlah < 1:
        errs.append(E("jumlah", QT_TRANSLATE_NOOP("kesos", "Jumlah minimal 1.")))
    elif jumlah > MAX_JUMLAH:  # the column is a 32-bit integer
        errs.append(E("jumlah", QT_TRANSLATE_NOOP("kesos", "Jumlah paling banyak {n}."), n=MAX_JUMLAH))
    v["jumlah"] = jumlah
    boks = (data.boks or "").strip()
    v["boks_id"] = None
    if boks:
        bid = lk.boxes.get(boks)
        if bid is None:
            errs.append(E("boks", QT_TRANSLATE_NOOP("kesos", "Boks nomor {nomor} tidak ada."), nomor=boks))
        v["boks_id"] = bid
    folder = (data.folder or "").strip() or None
    if folder and not boks:
        errs.append(E("folder", QT_TRANSLATE_NOOP("kesos", "Isi nomor boks untuk folder ini.")))
    v["_folder"] = folder
    v["nomor_berkas"] = (data.nomor_berkas or "").strip() or None
    v["hak_akses"] = (data.hak_akses or "").strip() or None
    # Column widths: PostgreSQL refuses longer text, SQLite would keep it.
    for key, value, limit in (("nomor_berkas", v["nomor_berkas"], 40), ("folder", folder, 30),
                              ("hak_akses", v["hak_akses"], 200), ("kode", code, 40)):  # fmt: skip
        if value and len(value) > limit:
            errs.append(E(key, QT_TRANSLATE_NOOP("kesos", "Terlalu panjang (maksimal {n} karakter)."), n=limit))
    v["keterangan"] = (data.keterangan or "").strip() or None
    if info is not None and end is not None:
        r = compute_retention(end.year, info[0], info[1], info[2])
        v["tahun_inaktif"], v["tahun_retensi_akhir"], v["disposisi"] = (
            r.tahun_inaktif,
            r.tahun_retensi_akhir,
            r.disposisi,
        )
    if start is not None and end is not None:
        v["tahun_mulai"], v["tahun_selesai"] = start.year, end.year
    return v, errs


def _folder_id(
    s: Session, boks_id: int | None, nomor: str | None, actor: Actor, cache: dict[tuple[int, str], int] | None = None
) -> int | None:
    """The folder ``nomor`` of the box, created on first use (a folder is just a numbered sleeve)."""
    if boks_id is None or not nomor:
        return None
    key = (boks_id, nomor)
    if cache is not None and key in cache:
        return cache[key]
    fid = s.scalar(select(ArsipFolder.id).where(ArsipFolder.boks_id == boks_id, ArsipFolder.nomor == nomor))
    if fid is None:
        f = ArsipFolder(boks_id=boks_id, nomor=nomor, created_by=actor.id, updated_by=actor.id)
        s.add(f)
        s.flush()
        fid = f.id
    if cache is not None:
        cache[key] = fid
    return fid


def _berkas(s: Session, b: ArsipBerkas, names: dict[int, str] | None = None) -> Berkas:
    title = s.scalar(select(ArsipKlasifikasi.title).where(ArsipKlasifikasi.code == b.kode)) or ""
    boks = s.get(ArsipBoks, b.boks_id) if b.boks_id else None
    folder = s.get(ArsipFolder, b.folder_id) if b.folder_id else None
    if names is None:
        names = _lokasi_names(s)
    lokasi = names.get(boks.lokasi_id, "") if boks is not None and boks.lokasi_id else ""
    return Berkas(
        b.id, b.kode, title, b.nomor_berkas, b.uraian, b.tanggal_mulai, b.tanggal_selesai, b.unit_pengolah,
        b.tingkat_perkembangan, b.jumlah, b.satuan, b.media, b.keamanan, b.hak_akses, b.kondisi, b.boks_id,
        boks.nomor if boks else None, folder.nomor if folder else None, lokasi, b.keterangan, b.tahun_inaktif,
        b.tahun_retensi_akhir, b.disposisi, b.status, b.version,
    )  # fmt: skip


def _snapshot(b: ArsipBerkas) -> dict[str, Any]:
    keys = ("kode", "nomor_berkas", "uraian", "tanggal_mulai", "tanggal_selesai", "unit_pengolah", "tingkat_perkembangan",
            "jumlah", "satuan", "media", "keamanan", "kondisi", "boks_id", "folder_id", "keterangan")  # fmt: skip
    return {k: getattr(b, k) for k in keys}


def _raise_all(errs: list[errors.ValidationError]) -> None:
    if len(errs) == 1:
        raise errs[0]
    if errs:
        raise errors.ValidationErrors(errs)


def create_berkas(db: Database, actor: Actor, data: BerkasInput, *, today: date | None = None) -> Berkas:
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        values, errs = validate_berkas(data, _load_lookups(s), today or date.today())
        _raise_all(errs)
        folder = values.pop("_folder")
        b = ArsipBerkas(**values, status="tersedia", created_by=actor.id, updated_by=actor.id)
        b.folder_id = _folder_id(s, b.boks_id, folder, actor)
        s.add(b)
        s.flush()
        audit.record(
            s, actor, "create", "arsip_berkas", b.id, after=_snapshot(b), summary=f"Berkas {b.kode}: {b.uraian[:80]}"
        )
        return _berkas(s, b)


def update_berkas(
    db: Database, actor: Actor, berkas_id: int, data: BerkasInput, *, expected_version: int, today: date | None = None
) -> Berkas:
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        b = s.get(ArsipBerkas, berkas_id)
        if b is None:
            raise errors.NotFound()
        if b.version != expected_version:
            raise errors.ConflictError()
        values, errs = validate_berkas(data, _load_lookups(s), today or date.today(), allow_retired_code=b.kode)
        _raise_all(errs)
        before = _snapshot(b)
        folder = values.pop("_folder")
        for k, v in values.items():
            setattr(b, k, v)
        b.folder_id = _folder_id(s, b.boks_id, folder, actor)
        b.updated_by = actor.id
        s.flush()
        audit.record(
            s, actor, "update", "arsip_berkas", b.id, before=before, after=_snapshot(b), summary=f"Berkas {b.kode}"
        )
        return _berkas(s, b)


def delete_berkas(db: Database, actor: Actor, berkas_id: int, *, expected_version: int) -> None:
    require(actor, Perm.ARSIP_EDIT)
    with db.write() as s:
        b = s.get(ArsipBerkas, berkas_id)
        if b is None:
            raise errors.NotFound()
        if b.version != expected_version:
            raise errors.ConflictError()
        if s.scalar(select(ArsipPeminjaman.id).where(ArsipPeminjaman.berkas_id == berkas_id).limit(1)) is not None:
            raise errors.ValidationError(
                None, QT_TRANSLATE_NOOP("kesos", "Berkas ini punya riwayat peminjaman dan tidak dapat dihapus.")
            )
        audit.record(s, actor, "delete", "arsip_berkas", b.id, before=_snapshot(b), summary=f"Berkas {b.kode}")
        s.delete(b)


def get_berkas(db: Database, actor: Actor, berkas_id: int) -> Berkas:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        b = s.get(ArsipBerkas, berkas_id)
        if b is None:
            raise errors.NotFound()
        return _berkas(s, b)


def berkas_in_boks(db: Database, boks_id: int) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(ArsipBerkas.id).where(ArsipBerkas.boks_id == boks_id).order_by(ArsipBerkas.id)))


def count_berkas(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(ArsipBerkas)) or 0)


def next_number(s: Session, key: str) -> int:
    """Allocate the next value of a counter inside the caller's write transaction."""
    stmt = select(ArsipCounter).where(ArsipCounter.key == key)
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = s.scalar(stmt)
    if row is None:
        row = ArsipCounter(key=key, value=0)
        s.add(row)
    row.value += 1
    s.flush()
    return row.value


def known_units(db: Database, limit: int = 200) -> list[str]:
    """Units already used (for the form's completer): most used first."""
    with db.read() as s:
        stmt = (
            select(ArsipBerkas.unit_pengolah)
            .group_by(ArsipBerkas.unit_pengolah)
            .order_by(func.count().desc())
            .limit(limit)
        )
        return list(s.scalars(stmt))


def format_kurun(start: int | None, end: int | None) -> str:
    if start is None:
        return ""
    return str(start) if end in (None, start) else f"{start}–{end}"


def retention_text(k: Klasifikasi | None) -> str:
    if k is None or not k.has_retention:
        return BELUM_DITETAPKAN
    return f"{k.retensi_aktif} th aktif, {k.retensi_inaktif} th inaktif, {DISPOSISI.get(k.disposisi or '', '')}"


def iter_chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
