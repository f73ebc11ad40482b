"""Realistic demo archive (``kesos demo-data --arsip N``): a demo JRA, buildings/rooms/racks, boxes with
folders, N records (bulk-loaded: executemany on SQLite, COPY on PostgreSQL) and a few loans."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import func, select

from kesos_desktop.models.arsip import ArsipBerkas, ArsipBoks, ArsipFolder, ArsipLokasi, code_sort_text
from kesos_desktop.models.base import utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_pinjam, wilayah
from kesos_desktop.services.auth import SYSTEM, Actor

# A demo retention schedule (not a region's real JRA): code, title, active, inactive, disposition.
DEMO_JRA: tuple[tuple[str, str, int | None, int | None, str | None], ...] = (
    ("000.1", "Ketatausahaan dan Kerumahtanggaan", 1, 2, "musnah"),
    ("000.1.1", "Penggunaan Fasilitas Kantor", 1, 1, "musnah"),
    ("000.2", "Perlengkapan", 2, 3, "musnah"),
    ("000.5", "Persuratan", 1, 2, "musnah"),
    ("100.1", "Otonomi Daerah", 3, 7, "permanen"),
    ("100.3", "Pemerintahan Desa", 2, 8, "permanen"),
    ("300.2", "Penanggulangan Bencana", 3, 7, "permanen"),
    ("400.9.1", "Rehabilitasi Sosial", 2, 5, "musnah"),
    ("400.9.2", "Perlindungan dan Jaminan Sosial", 2, 5, "musnah"),
    ("400.9.3", "Pemberdayaan Sosial", 2, 3, "dinilai_kembali"),
    ("400.9.4", "Penanganan Fakir Miskin", 3, 7, "musnah"),
    ("400.9.5", "Data dan Informasi Kesejahteraan Sosial", 3, 10, "permanen"),
    ("400.9.6", "Kepahlawanan dan Keperintisan", None, None, None),
    ("400.10.1", "Pembinaan Lembaga Kemasyarakatan Desa", 2, 3, "musnah"),
    ("400.12.1", "Pendaftaran Penduduk", 2, 8, "permanen"),
    ("700.1", "Pemeriksaan", 2, 5, "musnah"),
    ("800.1", "Formasi dan Pengadaan Pegawai", 2, 3, "musnah"),
    ("800.2", "Kenaikan Pangkat", None, None, None),
    ("900.1", "Anggaran", 2, 8, "musnah"),
    ("900.1.1", "Penyusunan Anggaran", 2, 5, "musnah"),
    ("900.1.2", "Pelaksanaan Anggaran", 2, 8, "musnah"),
)

UNITS = (
    "Sekretariat",
    "Bidang Rehabilitasi Sosial",
    "Bidang Perlindungan dan Jaminan Sosial",
    "Bidang Pemberdayaan Sosial",
    "Bidang Penanganan Fakir Miskin",
    "UPTD Panti Sosial",
)

_TEMPLATES = {
    "000.1": ["Daftar inventaris ruang kerja {unit}", "Pemakaian kendaraan dinas {unit}"],
    "000.1.1": ["Peminjaman aula untuk rapat koordinasi {topik}"],
    "000.2": ["Pengadaan alat tulis kantor {unit}", "Berita acara serah terima barang {topik}"],
    "000.5": ["Agenda surat masuk {unit}", "Surat keluar perihal {topik}", "Nota dinas tentang {topik}"],
    "100.1": ["Laporan penyelenggaraan pemerintahan daerah bidang sosial"],
    "100.3": ["Koordinasi pemerintahan Desa {desa} Kecamatan {kec}"],
    "300.2": ["Penanganan korban bencana banjir Kecamatan {kec}", "Distribusi logistik bencana Desa {desa}"],
    "400.9": ["Surat edaran Kementerian Sosial tentang {topik}"],
    "400.9.1": ["Rehabilitasi sosial penyandang disabilitas Kecamatan {kec}", "Asesmen anak terlantar Desa {desa}"],
    "400.9.2": [
        "Penyaluran bantuan sosial pangan Kecamatan {kec}",
        "Verifikasi penerima PKH Desa {desa} Kecamatan {kec}",
        "Usulan penerima bantuan iuran JKN Kecamatan {kec}",
    ],
    "400.9.3": ["Pembinaan Karang Taruna Desa {desa}", "Pelatihan TAGANA Kecamatan {kec}"],
    "400.9.4": ["Pendataan fakir miskin Desa {desa} Kecamatan {kec}", "Bantuan rumah tidak layak huni Desa {desa}"],
    "400.9.5": ["Pemutakhiran DTSEN Kecamatan {kec}", "Rekap data PPKS Kecamatan {kec}"],
    "400.9.6": ["Tunjangan perintis kemerdekaan {topik}"],
    "400.10.1": ["Pembinaan lembaga kemasyarakatan Desa {desa}"],
    "400.12.1": ["Rekonsiliasi data kependudukan penerima bantuan Kecamatan {kec}"],
    "700.1": ["Laporan hasil pemeriksaan Inspektorat atas {topik}", "Tindak lanjut temuan BPK {topik}"],
    "800.1": ["Usulan formasi pegawai {unit}"],
    "800.2": ["Usulan kenaikan pangkat pegawai {unit}"],
    "900.1": ["Rencana kerja dan anggaran {unit}"],
    "900.1.1": ["Dokumen pelaksanaan anggaran {unit}"],
    "900.1.2": ["SPJ kegiatan {topik}", "Bukti pembayaran honorarium {topik}"],
}
_TOPICS = (
    "bantuan sosial tunai",
    "Program Keluarga Harapan",
    "rehabilitasi sosial lansia",
    "penanganan gelandangan dan pengemis",
    "bimbingan teknis pekerja sosial",
    "Hari Kesetiakawanan Sosial Nasional",
    "kampung siaga bencana",
    "pemulangan pekerja migran bermasalah",
)
_BORROWERS = (
    ("Rina Marlina", "Bidang Rehabilitasi Sosial"),
    ("Hendra Gunawan", "Inspektorat"),
    ("Yulia Fitriani", "Sekretariat"),
    ("Ahmad Fauzi", "Bidang Pemberdayaan Sosial"),
)

BERKAS_COLUMNS = (
    "kode", "nomor_berkas", "uraian", "tanggal_mulai", "tanggal_selesai", "tahun_mulai", "tahun_selesai",
    "unit_pengolah", "tingkat_perkembangan", "jumlah", "satuan", "media", "keamanan", "hak_akses", "kondisi",
    "boks_id", "folder_id", "keterangan", "tahun_inaktif", "tahun_retensi_akhir", "disposisi", "status",
    "import_batch", "created_at", "updated_at", "version", "created_by", "updated_by",
)  # fmt: skip


def bulk_insert_berkas(db: Database, rows: list[tuple[object, ...]], session=None) -> None:  # type: ignore[no-untyped-def]
    """Insert record tuples in ``BERKAS_COLUMNS`` order at driver speed (the FTS5 triggers still fire)."""

    # The numeric code sort key rides along (raw SQL skips the model's column default).
    rows = [(*r, code_sort_text(str(r[0]))) for r in rows]
    columns = (*BERKAS_COLUMNS, "kode_sort")

    def run(s) -> None:  # type: ignore[no-untyped-def]
        conn = s.connection()
        cols = ", ".join(columns)
        if db.is_sqlite:
            marks = ", ".join("?" for _ in columns)
            insert = f"INSERT INTO arsip_berkas ({cols}) VALUES ({marks})"
            if len(rows) < 1000:
                conn.exec_driver_sql(insert, rows)
                return
            # Big batches: index the new rows in one statement instead of one trigger call per row
            # (3.5x faster); the trigger is dropped and re-created inside the same transaction.
            conn.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB for this connection: index upkeep in memory
            trigger = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'arsip_berkas_fts_ai'"
            ).scalar()
            before = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM arsip_berkas").scalar()
            if trigger:
                conn.exec_driver_sql("DROP TRIGGER arsip_berkas_fts_ai")
            conn.exec_driver_sql(insert, rows)
            if trigger:
                conn.exec_driver_sql(
                    "INSERT INTO arsip_berkas_fts(rowid, uraian, unit_pengolah, nomor_berkas, kode) "
                    "SELECT id, uraian, unit_pengolah, nomor_berkas, kode FROM arsip_berkas WHERE id > ?",
                    (before,),
                )
                conn.exec_driver_sql(trigger)
        else:
            raw = conn.connection.driver_connection
            with raw.cursor() as cur, cur.copy(f"COPY arsip_berkas ({cols}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)

    if session is not None:
        run(session)
    else:
        with db.write() as s:
            run(s)


def _scheme(db: Database, actor: Actor) -> dict[str, tuple[int | None, int | None, str | None]]:
    arsip.ensure_starter_scheme(db, actor)
    rows = [arsip.KlasifikasiRow(i + 2, code, title, a, b, d) for i, (code, title, a, b, d) in enumerate(DEMO_JRA)]
    # Second-level codes the demo JRA hangs under keep "belum ditetapkan" unless listed above.
    res = arsip.import_klasifikasi_rows(db, actor, rows, _check_perm=False)
    if res.errors:
        raise RuntimeError(f"demo JRA invalid: {res.errors[:3]}")
    return {k.code: (k.retensi_aktif, k.retensi_inaktif, k.disposisi) for k in arsip.list_klasifikasi(db)}


def _places(db: Database, actor: Actor, rng: random.Random, n_boxes: int) -> list[int]:
    """Buildings, rooms, racks and ``n_boxes`` new boxes; returns the new box ids."""
    with db.read() as s:
        racks = list(s.scalars(select(ArsipLokasi.id).where(ArsipLokasi.kind == "rak")))
        start = int(s.scalar(select(func.count()).select_from(ArsipBoks)) or 0)
    if not racks:
        for g in ("Gedung A (Kantor Dinas)", "Gedung B (Depo Arsip)"):
            gedung = arsip.add_lokasi(db, actor, "gedung", g)
            for r in range(1, 3):
                ruang = arsip.add_lokasi(db, actor, "ruang", f"Ruang Arsip {r}", gedung.id)
                for k in range(1, 6):
                    racks.append(arsip.add_lokasi(db, actor, "rak", f"Rak {k}", ruang.id).id)
    now = utcnow()
    with db.write() as s:
        conn = s.connection()
        boxes = [
            (str(start + i + 1), racks[(start + i) // 40 % len(racks)], rng.choice(UNITS), "tersedia", now, now, 1)
            for i in range(n_boxes)
        ]
        s.execute(
            ArsipBoks.__table__.insert(),
            [
                dict(
                    zip(
                        ("nomor", "lokasi_id", "unit_pengolah", "status", "created_at", "updated_at", "version"),
                        b,
                        strict=True,
                    )
                )
                for b in boxes
            ],
        )
        ids = (
            list(s.scalars(select(ArsipBoks.id).where(ArsipBoks.nomor.in_([b[0] for b in boxes]))))
            if n_boxes < 30000
            else []
        )
        if not ids and n_boxes:
            ids = list(s.scalars(select(ArsipBoks.id).order_by(ArsipBoks.id.desc()).limit(n_boxes)))
        folders = [
            {"boks_id": bid, "nomor": str(f), "created_at": now, "updated_at": now, "version": 1}
            for bid in ids
            for f in range(1, 6)
        ]
        if folders:
            s.execute(ArsipFolder.__table__.insert(), folders)
        del conn
    return sorted(ids)


def generate(
    db: Database, n: int, *, seed: int = 1, progress: Callable[[int, int], None] | None = None, loans: bool = True
) -> str:
    rng = random.Random(seed)
    actor = SYSTEM
    scheme = _scheme(db, actor)
    codes = [c for c in _TEMPLATES if c in scheme]
    scope = wilayah.office_scope(db)
    kec = [r.name for r in wilayah.regions_at_level(db, wilayah.KECAMATAN, scope)[:60]] or [
        "Bengkayang",
        "Sungai Betung",
    ]
    desa = [r.name for r in wilayah.regions_at_level(db, wilayah.DESA, scope)[:300]] if scope else []
    desa = desa or ["Sebalo", "Bumi Emas", "Setia Budi", "Lembang"]
    n_boxes = max(1, n // 40)
    box_ids = _places(db, actor, rng, n_boxes)
    with db.read() as s:
        folder_ids = {
            (b, nomor): fid
            for fid, b, nomor in s.execute(
                select(ArsipFolder.id, ArsipFolder.boks_id, ArsipFolder.nomor).where(
                    ArsipFolder.boks_id.between(box_ids[0], box_ids[-1])
                )
            )
        }
    today = date.today()
    now = utcnow()
    chunk = 20_000
    done = 0
    secrecy = ("biasa",) * 90 + ("terbatas",) * 7 + ("rahasia",) * 2 + ("sangat_rahasia",)
    tingkat = ("asli",) * 6 + ("salinan",) * 3 + ("tembusan",)
    with db.write() as s:
        while done < n:
            rows: list[tuple[object, ...]] = []
            for _ in range(done, min(done + chunk, n)):
                code = rng.choice(codes)
                tmpl = rng.choice(_TEMPLATES[code])
                year = rng.randint(max(1995, today.year - 30), today.year - 1)
                start = date(year, rng.randint(1, 12), rng.randint(1, 28))
                end = min(start + timedelta(days=rng.choice((0, 30, 120, 300, 400, 700))), today - timedelta(days=1))
                unit = rng.choice(UNITS)
                uraian = tmpl.format(unit=unit, kec=rng.choice(kec), desa=rng.choice(desa), topik=rng.choice(_TOPICS))
                uraian = f"{uraian} Tahun {year}" if end.year == year else f"{uraian} Tahun {year}-{end.year}"
                a, b_, d = scheme[code]
                ret = arsip.compute_retention(end.year, a, b_, d)
                rows.append(
                    (
                        code, None, uraian, start, end, start.year, end.year, unit,
                        rng.choice(tingkat), rng.randint(1, 60), rng.choice(("lembar", "berkas", "berkas", "map")),
                        "kertas" if rng.random() < 0.92 else rng.choice(("foto", "digital")), rng.choice(secrecy),
                        None, "baik" if rng.random() < 0.9 else "rusak_ringan", None, None, None,
                        ret.tahun_inaktif, ret.tahun_retensi_akhir, ret.disposisi, "tersedia", "demo",
                        now, now, 1, None, None,
                    )
                )  # fmt: skip
            # Offices box records by unit, then code and year: boxes get a narrow code and year range.
            rows.sort(key=lambda r: (r[7], arsip.code_sort_key(str(r[0])), r[5]))
            for j, r in enumerate(rows):
                i = done + j
                box = box_ids[min(i // 40, len(box_ids) - 1)]
                folder = folder_ids.get((box, str(i % 40 // 8 + 1)))
                rows[j] = (r[0], f"{i % 40 + 1:03d}", *r[2:15], box, folder, *r[17:])
            bulk_insert_berkas(db, rows, session=s)
            done += len(rows)
            if progress:
                progress(done, n)
    lent = _loans(db, rng, box_ids) if loans else 0
    fmt = lambda x: f"{x:,}".replace(",", ".")  # noqa: E731
    return f"Arsip demo: {fmt(n)} berkas dalam {fmt(len(box_ids))} boks, {lent} sedang dipinjam"


def _loans(db: Database, rng: random.Random, box_ids: list[int]) -> int:
    actor = SYSTEM
    people = []
    existing = {(p.nama, p.unit): p for p in arsip_pinjam.list_peminjam(db)}
    for nama, unit in _BORROWERS:
        people.append(existing.get((nama, unit)) or arsip_pinjam.add_peminjam(db, actor, nama, unit))
    with db.read() as s:
        candidates = list(
            s.scalars(
                select(ArsipBerkas.id)
                .where(ArsipBerkas.boks_id.in_(box_ids[:50]), ArsipBerkas.keamanan.in_(("biasa", "terbatas")))
                .limit(400)
            )
        )
    rng.shuffle(candidates)
    today = date.today()
    count = 0
    for bid in candidates[: min(12, max(1, len(candidates) // 30))]:
        start = today - timedelta(days=rng.randint(1, 40))
        arsip_pinjam.lend(
            db, actor, peminjam_id=rng.choice(people).id, berkas_id=bid, tanggal=start,
            jatuh_tempo=start + timedelta(days=14), keperluan="Bahan penyusunan laporan",
        )  # fmt: skip
        count += 1
    return count
