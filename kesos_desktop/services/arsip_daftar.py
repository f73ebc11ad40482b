"""The standard archive lists (Daftar Arsip Aktif / Inaktif / Usul Musnah) and the due lists, as plain data
for the xlsx and PDF writers. Records whose code has no retention yet are never dropped: the due lists
carry them in a separate section "Retensi belum ditetapkan"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select

from kesos_desktop import errors
from kesos_desktop.models.arsip import ArsipBerkas, ArsipBoks, ArsipFolder, ArsipKlasifikasi
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit, office
from kesos_desktop.services.arsip import DISPOSISI, SATUAN, TINGKAT, _lokasi_names, format_kurun
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.text import QT_TRANSLATE_NOOP

KINDS = {
    "aktif": QT_TRANSLATE_NOOP("kesos", "DAFTAR ARSIP AKTIF"),
    "inaktif": QT_TRANSLATE_NOOP("kesos", "DAFTAR ARSIP INAKTIF"),
    "pindah-inaktif": QT_TRANSLATE_NOOP("kesos", "DAFTAR ARSIP YANG MENJADI INAKTIF"),
    "usul-musnah": QT_TRANSLATE_NOOP("kesos", "DAFTAR ARSIP USUL MUSNAH"),
    "serah-permanen": QT_TRANSLATE_NOOP("kesos", "DAFTAR ARSIP PERMANEN YANG DISERAHKAN"),
}

# (header, key, relative width) per list; the same columns in the xlsx and the PDF.
_AKTIF = [
    ("No", "no", 4), ("Kode Klasifikasi", "kode", 9.5), ("Nomor Berkas", "nomor_berkas", 8),
    ("Unit Pengolah", "unit", 14), ("Uraian Informasi Berkas", "uraian", 38), ("Kurun Waktu", "kurun", 9),
    ("Jumlah", "jumlah", 8), ("Keterangan", "keterangan", 14),
]  # fmt: skip
_INAKTIF = [
    ("No", "no", 3.5), ("Kode Klasifikasi", "kode", 8.5), ("Nomor Berkas", "nomor_berkas", 6),
    ("Unit Pengolah", "unit", 10), ("Uraian Informasi Berkas", "uraian", 19), ("Kurun Waktu", "kurun", 9),
    ("Tingkat Perkembangan", "tingkat", 8.5), ("Jumlah", "jumlah", 6.5), ("Nomor Folder", "folder", 6),
    ("Nomor Boks", "boks", 6), ("Lokasi Simpan", "lokasi", 11), ("Retensi", "retensi", 10),
    ("Disposisi", "disposisi", 7.5), ("Keterangan", "keterangan", 8.5),
]  # fmt: skip
_MUSNAH = [
    ("No", "no", 4), ("Jenis/Uraian Arsip", "jenis", 50), ("Kurun Waktu", "kurun", 10), ("Jumlah", "jumlah", 9),
    ("Tingkat Perkembangan", "tingkat", 11), ("Keterangan", "keterangan", 20),
]  # fmt: skip
COLUMNS: dict[str, list[tuple[str, str, float]]] = {
    "aktif": _AKTIF,
    "inaktif": _INAKTIF,
    "pindah-inaktif": _INAKTIF,
    "usul-musnah": _MUSNAH,
    "serah-permanen": _INAKTIF,
}


@dataclass(frozen=True)
class DaftarRow:
    no: int
    kode: str
    nomor_berkas: str
    unit: str
    uraian: str
    kurun: str
    jumlah: str
    tingkat: str
    folder: str
    boks: str
    lokasi: str
    retensi: str
    disposisi: str
    keterangan: str
    flagged: bool = False

    @property
    def jenis(self) -> str:
        return f"{self.kode} — {self.uraian}"

    def value(self, key: str) -> Any:
        return getattr(self, key)


@dataclass(frozen=True)
class Daftar:
    kind: str
    title: str
    instansi: str
    unit: str
    tahun: int
    rows: tuple[DaftarRow, ...]
    flagged: tuple[DaftarRow, ...]  # retention not set: listed separately, never skipped
    kota: str
    tanggal: date
    petugas: str
    kepala: str
    kepala_nip: str

    @property
    def columns(self) -> list[tuple[str, str, float]]:
        return COLUMNS[self.kind]


FLAGGED_TITLE = QT_TRANSLATE_NOOP("kesos", "Arsip dengan retensi belum ditetapkan (perlu penilaian JRA)")


def _where(kind: str, year: int) -> tuple[Any, Any]:
    """(main section, flagged section) conditions."""
    B = ArsipBerkas
    live = B.status != "musnah"
    unknown = and_(B.tahun_retensi_akhir.is_(None), live)
    if kind == "aktif":
        return and_(live, or_(B.tahun_inaktif > year, B.tahun_inaktif.is_(None))), None
    if kind == "inaktif":
        return and_(live, B.tahun_inaktif <= year), unknown
    if kind == "pindah-inaktif":
        return and_(live, B.tahun_inaktif == year), unknown
    if kind == "usul-musnah":
        return and_(live, B.disposisi == "musnah", B.tahun_retensi_akhir <= year), unknown
    if kind == "serah-permanen":
        return and_(live, B.disposisi == "permanen", B.tahun_retensi_akhir <= year), unknown
    raise errors.ValidationError(
        "kind", QT_TRANSLATE_NOOP("kesos", "Jenis daftar tidak dikenal: {kind}. Pilih: {kinds}."), kind=kind,
        kinds=", ".join(KINDS),
    )  # fmt: skip


def build(
    db: Database,
    actor: Actor,
    kind: str,
    *,
    tahun: int | None = None,
    unit: str | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Daftar:
    require(actor, Perm.DATA_VIEW)
    today = today or date.today()
    year = tahun or today.year
    main, flagged = _where(kind, year)
    B, K = ArsipBerkas, ArsipKlasifikasi
    cols = (
        B.kode, B.nomor_berkas, B.unit_pengolah, B.uraian, B.tahun_mulai, B.tahun_selesai, B.jumlah, B.satuan,
        B.tingkat_perkembangan, B.keterangan, B.tahun_inaktif, B.tahun_retensi_akhir, B.disposisi,
        ArsipBoks.nomor, ArsipFolder.nomor, ArsipBoks.lokasi_id, K.retensi_aktif, K.retensi_inaktif, B.status,
    )  # fmt: skip
    base = (
        select(*cols)
        .select_from(B)
        .join(K, K.code == B.kode)
        .outerjoin(ArsipBoks, ArsipBoks.id == B.boks_id)
        .outerjoin(ArsipFolder, ArsipFolder.id == B.folder_id)
    )
    if unit:
        base = base.where(B.unit_pengolah == unit)
    with db.read() as s:
        names = _lokasi_names(s)
        sections: list[list[DaftarRow]] = []
        for cond, is_flagged in ((main, False), (flagged, True)):
            out: list[DaftarRow] = []
            if cond is not None:
                stmt = base.where(cond).order_by(K.sort_key, B.tahun_mulai, B.id)
                for r in s.execute(stmt):
                    out.append(_row(len(out) + 1, r, names, is_flagged))
            sections.append(out)
    settings = office.get_many(db, "")
    return Daftar(
        kind=kind,
        title=KINDS[kind],
        instansi=settings.get("arsip.instansi") or settings.get(office.OFFICE_NAME_KEY) or "Dinas Sosial",
        unit=unit or settings.get("arsip.unit") or "",
        tahun=year,
        rows=tuple(sections[0]),
        flagged=tuple(sections[1]),
        kota=settings.get("arsip.kota", ""),
        tanggal=today,
        petugas=actor.full_name,
        kepala=settings.get("arsip.kepala_nama", ""),
        kepala_nip=settings.get("arsip.kepala_nip", ""),
    )


def _row(no: int, r: Any, names: dict[int, str], flagged: bool) -> DaftarRow:
    (kode, nomor, unit, uraian, t0, t1, jumlah, satuan, tingkat, ket, t_in, t_end, disp, boks, folder, lokasi_id,
     ra, ri, _status) = r  # fmt: skip
    if flagged or t_end is None:
        retensi = "Belum ditetapkan"
        keterangan = "Retensi belum ditetapkan" + (f"; {ket}" if ket else "")
    else:
        retensi = f"{ra} th aktif + {ri} th inaktif (s.d. {t_end})"
        keterangan = ket or ""
    if boks and not keterangan:
        keterangan = f"Boks {boks}" + (f", folder {folder}" if folder else "")
    return DaftarRow(
        no=no,
        kode=kode,
        nomor_berkas=nomor or "",
        unit=unit,
        uraian=uraian,
        kurun=format_kurun(t0, t1),
        jumlah=f"{jumlah} {SATUAN.get(satuan, satuan)}",
        tingkat=TINGKAT.get(tingkat, tingkat),
        folder=folder or "",
        boks=boks or "",
        lokasi=names.get(lokasi_id, "") if lokasi_id else "",
        retensi=retensi,
        disposisi=DISPOSISI.get(disp, "") if disp else "",
        keterangan=keterangan,
        flagged=flagged,
    )


def record_export(db: Database, actor: Actor, daftar: Daftar, path: str, fmt: str) -> None:
    """Audit an exported list (who exported which list, how many rows)."""
    require(actor, Perm.DATA_EXPORT)
    with db.write() as s:
        audit.record(
            s, actor, "export", "arsip_daftar", daftar.kind,
            summary=f"{daftar.title} {daftar.tahun} ({len(daftar.rows)} + {len(daftar.flagged)} tanpa retensi) -> {fmt} {path}",
        )  # fmt: skip
