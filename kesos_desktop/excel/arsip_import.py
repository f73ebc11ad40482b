"""Legacy archive-list import (the xlsx lists offices keep today) and the xlsx templates.

Read with python-calamine (fast), find the header row, guess a column mapping the user can change,
validate every row first (unknown code, bad date, duplicate, missing box...), then write all rows in one
transaction with bulk inserts, or nothing. Progress and cancel through ``JobContext``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kesos_desktop import errors
from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models.arsip import ArsipBerkas, ArsipFolder
from kesos_desktop.models.base import utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, audit
from kesos_desktop.services.arsip import BerkasInput, RowError
from kesos_desktop.services.arsip_demo import bulk_insert_berkas
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.text import QT_TRANSLATE_NOOP

# Target fields, their labels and the header names offices use for them.
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "kode": ("Kode Klasifikasi", ("kode klasifikasi", "kode", "klasifikasi", "kode arsip")),
    "nomor_berkas": ("Nomor Berkas", ("nomor berkas", "no berkas", "no. berkas", "nomor arsip", "no. arsip")),
    "uraian": (
        "Uraian Informasi",
        (
            "uraian informasi berkas",
            "uraian informasi",
            "uraian",
            "uraian berkas",
            "jenis arsip",
            "jenis/uraian",
            "isi berkas",
            "deskripsi",
        ),
    ),  # fmt: skip
    "kurun": ("Kurun Waktu", ("kurun waktu", "tahun", "kurun")),
    "tanggal_mulai": ("Tanggal Awal", ("tanggal", "tanggal awal", "tgl", "tanggal mulai", "tgl awal")),
    "tanggal_selesai": ("Tanggal Akhir", ("tanggal akhir", "tgl akhir", "tanggal selesai", "s.d.")),
    "unit_pengolah": ("Unit Pengolah", ("unit pengolah", "unit", "bidang", "unit kerja")),
    "tingkat_perkembangan": ("Tingkat Perkembangan", ("tingkat perkembangan", "tk. perkembangan", "tingkat")),
    "jumlah": ("Jumlah", ("jumlah", "jml", "volume")),
    "satuan": ("Satuan", ("satuan",)),
    "media": ("Media", ("media", "bentuk", "jenis media")),
    "keamanan": ("Klasifikasi Keamanan", ("klasifikasi keamanan", "keamanan", "sifat", "klasifikasi akses")),
    "kondisi": ("Kondisi", ("kondisi", "keadaan")),
    "boks": ("Nomor Boks", ("nomor boks", "no boks", "no. boks", "boks", "box")),
    "folder": ("Nomor Folder", ("nomor folder", "no folder", "no. folder", "folder")),
    "keterangan": ("Keterangan", ("keterangan", "ket", "catatan")),
}
REQUIRED = ("kode", "uraian", "unit_pengolah")
_NORM = re.compile(r"[^a-z0-9/.]+")
# Control characters (Excel's _x0000_.._x001F_ escapes arrive as real ones): PostgreSQL text refuses NUL
# and openpyxl refuses them all, so a stored value could never be exported again.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _norm(h: Any) -> str:
    return _NORM.sub(" ", str(h or "").strip().lower()).strip()


@dataclass(frozen=True)
class Preview:
    path: str
    sheet: str
    header_row: int  # 0-based index in ``table``
    headers: tuple[str, ...]
    table: list[list[Any]] = field(repr=False)

    @property
    def data_rows(self) -> list[list[Any]]:
        return self.table[self.header_row + 1 :]

    @property
    def row_count(self) -> int:
        return sum(1 for r in self.data_rows if _filled(r))

    def sample(self, n: int = 20) -> list[list[Any]]:
        return [r for r in self.data_rows if _filled(r)][:n]

    def guess_mapping(self) -> dict[str, int]:
        """Field -> column index, from the header names (exact names first, then contained words)."""
        normed = [_norm(h) for h in self.headers]
        mapping: dict[str, int] = {}
        used: set[int] = set()
        for exact in (True, False):
            for key, (_label, names) in FIELDS.items():
                if key in mapping:
                    continue
                for i, h in enumerate(normed):
                    if i in used or not h:
                        continue
                    if (h in names) if exact else any(n in h for n in names if len(n) > 3):
                        mapping[key] = i
                        used.add(i)
                        break
        return mapping


def _filled(row: Sequence[Any]) -> bool:
    return any(c not in (None, "") and str(c).strip() for c in row)


def read(path: str | Path, *, sheet: str | None = None) -> Preview:
    """Open the workbook and locate the header row. Refuses, with a message, files it cannot read safely."""
    from python_calamine import CalamineWorkbook

    p = Path(path)
    if not p.exists():
        raise errors.ValidationError("file", QT_TRANSLATE_NOOP("kesos", "Berkas tidak ditemukan: {path}"), path=str(p))
    try:
        wb = CalamineWorkbook.from_path(str(p))
    except Exception as e:  # noqa: BLE001 - calamine raises several types
        raise errors.ValidationError(
            "file", QT_TRANSLATE_NOOP("kesos", "Berkas tidak dapat dibaca sebagai xlsx: {detail}"), detail=str(e)
        ) from e
    names = [n for n in wb.sheet_names]
    loaded: dict[str, Any] = {}
    if sheet is None:
        nonempty = []
        for n in names:
            sh = loaded[n] = wb.get_sheet_by_name(n)
            if sh.height > 1 or sh.width > 1:
                nonempty.append(n)
        if len(nonempty) > 1:
            raise errors.ValidationError(
                "sheet",
                QT_TRANSLATE_NOOP(
                    "kesos", "Berkas berisi beberapa lembar berisi data ({sheets}). Pilih satu lembar untuk diimpor."
                ),
                sheets=", ".join(nonempty),
            )
        sheet = nonempty[0] if nonempty else names[0]
    elif sheet not in names:
        raise errors.ValidationError(
            "sheet", QT_TRANSLATE_NOOP("kesos", "Lembar {sheet} tidak ada (ada: {sheets})."), sheet=sheet,
            sheets=", ".join(names),
        )  # fmt: skip
    sh = loaded.get(sheet) or wb.get_sheet_by_name(sheet)
    table = sh.to_python(skip_empty_area=False)
    header_row = _find_header(table)
    if header_row is None:
        raise errors.ValidationError(
            "header",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Baris judul kolom tidak ditemukan di 15 baris pertama (dicari: Kode Klasifikasi, Uraian, Unit Pengolah).",
            ),
        )
    merged = getattr(sh, "merged_cell_ranges", None) or []
    for (r0, c0), (r1, c1) in merged:
        if r0 <= header_row <= r1 and (c1 > c0 or r1 > r0):
            raise errors.ValidationError(
                "header",
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "Sel judul kolom digabung (merge) di baris {row}, kolom {col1}-{col2}. "
                    "Pisahkan sel judul agar setiap kolom punya judul sendiri, atau pakai templat.",
                ),
                row=r0 + 1,
                col1=_col(c0),
                col2=_col(c1),
            )
    headers = tuple(str(h or "").strip() for h in table[header_row])
    return Preview(str(p), sheet, header_row, headers, table)


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _find_header(table: list[list[Any]]) -> int | None:
    best, best_score = None, 0
    all_names = {n for _l, names in FIELDS.values() for n in names}
    for i, row in enumerate(table[:15]):
        score = sum(1 for c in row if _norm(c) in all_names)
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= 2 else None


# --- value parsing ---------------------------------------------------------------------------------

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_YEARS = re.compile(r"^(\d{4})(?:\s*[-–/]\s*|\s+s\.?d\.?\s+)(\d{4})$")
_LEADING_INT = re.compile(r"^\s*(\d+)\s*([A-Za-z]*)")


def parse_date(value: Any, *, end: bool = False) -> date | None:
    """A cell as a date: a date cell, ``dd/mm/yyyy``, ``yyyy-mm-dd`` or a bare year (1 Jan / 31 Dec)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 1800 <= value <= 2200:
            return date(value, 12, 31) if end else date(value, 1, 1)
        raise ValueError(str(value))
    t = str(value).strip()
    if t.isdigit() and len(t) == 4:
        y = int(t)
        return date(y, 12, 31) if end else date(y, 1, 1)
    m = _DMY.match(t)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _YMD.match(t)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(t)


def parse_kurun(value: Any) -> tuple[date | None, date | None]:
    if value is None or value == "":
        return None, None
    t = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
    m = _YEARS.match(t)
    if m:
        return date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31)
    d = parse_date(value)
    if isinstance(value, int | float) or (t.isdigit() and len(t) == 4):
        return d, parse_date(value, end=True)
    return d, d


@dataclass(frozen=True)
class ImportResult:
    rows: int
    errors: tuple[RowError, ...]
    seconds: float
    dry_run: bool
    batch: str = ""
    phases: tuple[tuple[str, float], ...] = ()  # seconds per phase (benchmarks)


def _cell(row: Sequence[Any], mapping: dict[str, int], key: str) -> Any:
    i = mapping.get(key)
    if i is None or i >= len(row):
        return None
    v = row[i]
    if isinstance(v, str):
        v = v.strip()
    return v


def cell_text(v: Any) -> str:
    """A cell as the office typed it: 3.0 -> "3", dates dd/mm/yyyy."""
    if isinstance(v, datetime | date):
        return v.strftime("%d/%m/%Y")
    return _text(v)


def _text(v: Any) -> str:
    if v is None or v == "":
        return ""
    if type(v) is str:
        return (v if v.isprintable() else _CONTROL.sub("", v)).strip()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def run_import(
    db: Database,
    actor: Actor,
    preview: Preview,
    mapping: dict[str, int],
    *,
    dry_run: bool = False,
    ctx: JobContext = NULL,
    today: date | None = None,
    max_errors: int = 1000,
) -> ImportResult:
    """Validate every row, then insert all of them in one transaction (or none when any row is wrong)."""
    require(actor, Perm.ARSIP_EDIT)
    started = time.perf_counter()
    missing = [FIELDS[k][0] for k in REQUIRED if k not in mapping]
    if "kurun" not in mapping and "tanggal_mulai" not in mapping:
        missing.append("Kurun Waktu / Tanggal")
    if missing:
        raise errors.ValidationError(
            "mapping", QT_TRANSLATE_NOOP("kesos", "Kolom wajib belum dipetakan: {cols}."), cols=", ".join(missing)
        )
    today = today or date.today()
    base_line = preview.header_row + 2  # 1-based sheet row of the first data row
    rows = preview.data_rows
    total = len(rows)
    errs: list[RowError] = []
    labels = {k: v[0] for k, v in FIELDS.items()}
    marks: list[tuple[str, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter()))

    with db.write() as s:
        mark("mulai")
        lk = arsip._load_lookups(s)
        existing = set(
            s.execute(
                select(
                    ArsipBerkas.kode,
                    ArsipBerkas.uraian,
                    ArsipBerkas.tahun_mulai,
                    ArsipBerkas.tahun_selesai,
                    ArsipBerkas.boks_id,
                )
            ).all()
        )
        text_keys = ("kode", "uraian", "unit_pengolah", "nomor_berkas", "tingkat_perkembangan", "media", "keamanan",
                     "kondisi", "boks", "folder", "keterangan")  # fmt: skip
        text_cols = [(k, mapping[k]) for k in text_keys if k in mapping]
        seen: dict[tuple[Any, ...], int] = {}
        values: list[dict[str, Any]] = []
        mark("data lama")
        for n, row in enumerate(rows):
            if n % 2000 == 0:
                ctx.step(n, total * 2, "Memeriksa baris…")
            if not _filled(row):
                continue
            line = base_line + n
            try:
                if "kurun" in mapping and _cell(row, mapping, "kurun") not in (None, ""):
                    start, end = parse_kurun(_cell(row, mapping, "kurun"))
                    if "tanggal_mulai" in mapping and _cell(row, mapping, "tanggal_mulai") not in (None, ""):
                        start = parse_date(_cell(row, mapping, "tanggal_mulai"))
                        end = parse_date(_cell(row, mapping, "tanggal_selesai"), end=True) or end
                else:
                    start = parse_date(_cell(row, mapping, "tanggal_mulai"))
                    end = parse_date(_cell(row, mapping, "tanggal_selesai"), end=True) or start
            except ValueError as e:
                errs.append(RowError(line, "Kurun Waktu", f"Tanggal/tahun tidak dapat dibaca: {e}"))
                continue
            if end is not None and end > today and start is not None and start <= today and end.year == today.year:
                end = today  # "2026" means "this year so far"
            jumlah_raw = _cell(row, mapping, "jumlah")
            satuan = _text(_cell(row, mapping, "satuan"))
            jumlah = 1
            if jumlah_raw not in (None, ""):
                m = _LEADING_INT.match(_text(jumlah_raw))
                if m is None:
                    errs.append(RowError(line, labels["jumlah"], f"Bukan angka: {jumlah_raw!r}"))
                    continue
                jumlah = int(m.group(1))
                satuan = satuan or m.group(2)
            t = {k: _text(row[i]) if i < len(row) else "" for k, i in text_cols}
            data = BerkasInput(
                kode=t.get("kode", ""),
                uraian=t.get("uraian", ""),
                tanggal_mulai=start,
                tanggal_selesai=end,
                unit_pengolah=t.get("unit_pengolah", ""),
                nomor_berkas=t.get("nomor_berkas") or None,
                tingkat_perkembangan=t.get("tingkat_perkembangan") or "asli",
                jumlah=jumlah,
                satuan=satuan or "berkas",
                media=t.get("media") or "kertas",
                keamanan=t.get("keamanan") or "biasa",
                kondisi=t.get("kondisi") or "baik",
                boks=t.get("boks") or None,
                folder=t.get("folder") or None,
                keterangan=t.get("keterangan") or None,
            )
            v, field_errs = arsip.validate_berkas(data, lk, today)
            for fe in field_errs:
                errs.append(RowError(line, labels.get(fe.field or "", fe.field or ""), str(fe.message)))
            if field_errs:
                if len(errs) >= max_errors:
                    break
                continue
            key = (
                v["kode"],
                v["uraian"],
                v["tahun_mulai"],
                v["tahun_selesai"],
                v["boks_id"],
                v["_folder"],
                v["nomor_berkas"],
            )
            if key in seen:
                errs.append(
                    RowError(line, labels["uraian"], f"Duplikat baris {seen[key]} (kode, uraian, kurun, boks sama)")
                )
                continue
            seen[key] = line
            if key[:5] in existing:
                errs.append(RowError(line, labels["uraian"], "Berkas yang sama sudah ada di katalog"))
                continue
            values.append(v)
            if len(errs) >= max_errors:
                break
        if errs:
            s.rollback()
            return ImportResult(0, tuple(errs), time.perf_counter() - started, dry_run)
        if dry_run:
            s.rollback()
            return ImportResult(len(values), (), time.perf_counter() - started, True)
        mark("periksa")
        # Folders named in the file that the boxes do not have yet.
        folders = {
            (fb, fn): fid for fid, fb, fn in s.execute(select(ArsipFolder.id, ArsipFolder.boks_id, ArsipFolder.nomor))
        }
        now = utcnow()
        new = sorted(
            {
                (v["boks_id"], v["_folder"])
                for v in values
                if v["_folder"] and (v["boks_id"], v["_folder"]) not in folders
            }
        )
        if new:
            s.execute(
                ArsipFolder.__table__.insert(),
                [
                    {
                        "boks_id": b,
                        "nomor": f,
                        "created_at": now,
                        "updated_at": now,
                        "version": 1,
                        "created_by": actor.id,
                        "updated_by": actor.id,
                    }
                    for b, f in new
                ],  # fmt: skip
            )
            folders = {
                (fb, fn): fid
                for fid, fb, fn in s.execute(select(ArsipFolder.id, ArsipFolder.boks_id, ArsipFolder.nomor))
            }
        batch = f"impor {now:%Y-%m-%d %H:%M:%S} {Path(preview.path).name}"[:80]
        mark("folder")
        chunk = 10_000
        for i in range(0, len(values), chunk):
            ctx.step(total + i * total // max(1, len(values)), total * 2, "Menyimpan…")
            part = values[i : i + chunk]
            bulk_insert_berkas(
                db,
                [
                    (
                        v["kode"],
                        v["nomor_berkas"],
                        v["uraian"],
                        v["tanggal_mulai"],
                        v["tanggal_selesai"],
                        v["tahun_mulai"],
                        v["tahun_selesai"],
                        v["unit_pengolah"],
                        v["tingkat_perkembangan"],
                        v["jumlah"],
                        v["satuan"],
                        v["media"],
                        v["keamanan"],
                        v["hak_akses"],
                        v["kondisi"],
                        v["boks_id"],
                        folders.get((v["boks_id"], v["_folder"])) if v["_folder"] else None,
                        v["keterangan"],
                        v.get("tahun_inaktif"),
                        v.get("tahun_retensi_akhir"),
                        v.get("disposisi"),
                        "tersedia",
                        batch,
                        now,
                        now,
                        1,
                        actor.id,
                        actor.id,
                    )
                    for v in part
                ],  # fmt: skip
                session=s,
            )
        mark("simpan")
        ctx.step(total * 2, total * 2, "Selesai")
        ctx.check()  # a cancel up to the very end still rolls everything back
        audit.record(
            s,
            actor,
            "import",
            "arsip_berkas",
            None,
            summary=f"Impor daftar arsip {Path(preview.path).name}: {len(values)} berkas",
        )
    mark("commit")
    phases = tuple((marks[i][0], marks[i][1] - marks[i - 1][1]) for i in range(1, len(marks)))
    return ImportResult(len(values), (), time.perf_counter() - started, False, batch, phases)


def error_report_xlsx(result_errors: Sequence[RowError], path: str | Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Kesalahan")
    ws.append(["Baris", "Kolom", "Kesalahan"])
    for e in result_errors:
        ws.append([e.line, _CONTROL.sub("", e.column), _CONTROL.sub("", e.text)])
    wb.save(str(path))


def catalogue_template(path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar Arsip"
    keys = ["kode", "nomor_berkas", "uraian", "kurun", "tanggal_mulai", "tanggal_selesai", "unit_pengolah",
            "tingkat_perkembangan", "jumlah", "satuan", "media", "keamanan", "kondisi", "boks", "folder", "keterangan"]  # fmt: skip
    ws.append([FIELDS[k][0] for k in keys])
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.append(["400.9.2", "001", "Penyaluran bantuan sosial pangan Kecamatan Bengkayang", "2019-2020", None, None,
               "Bidang Perlindungan dan Jaminan Sosial", "Asli", 3, "berkas", "Kertas", "Biasa", "Baik", "1", "1", None])  # fmt: skip
    for i, k in enumerate(keys):
        ws.column_dimensions[chr(65 + i)].width = 40 if k == "uraian" else 16
    wb.save(str(path))


def klasifikasi_template(path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Klasifikasi dan JRA"
    ws.append(["Kode", "Judul", "Retensi Aktif", "Retensi Inaktif", "Disposisi", "Keterangan"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in arsip.starter_rows():
        ws.append(
            [
                row.code,
                row.title,
                None,
                None,
                None,
                "isi retensi (tahun) dan disposisi: Musnah/Permanen/Dinilai Kembali",
            ]
        )
    ws.append(["400.9.1", "Rehabilitasi Sosial (contoh)", 2, 5, "Musnah", None])
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["F"].width = 60
    wb.save(str(path))


def make_legacy_xlsx(path: str | Path, rows: int, *, seed: int = 1, boxes: Sequence[str] = ("1",)) -> None:
    """A messy-but-valid office list (title rows above the header), for tests and the import benchmark."""
    import random

    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Daftar")
    ws.append(["DAFTAR ARSIP DINAS SOSIAL"])
    ws.append(["Unit: Sekretariat"])
    ws.append([])
    ws.append(["No", "Kode Klasifikasi", "No. Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Unit Pengolah",
               "Tingkat Perkembangan", "Jumlah", "No. Boks", "No. Folder", "Keterangan"])  # fmt: skip
    codes = ["000", "100", "400", "400.9", "400.10", "400.12", "800", "900"]
    start = date(2000, 1, 1)
    for i in range(rows):
        d = start + timedelta(days=rng.randint(0, 8000))
        kurun: Any = d.strftime("%d/%m/%Y") if i % 3 else f"{d.year}-{min(d.year + 1, 2024)}"
        ws.append([i + 1, rng.choice(codes), f"{i + 1:05d}", f"Berkas kegiatan sosial nomor {i + 1} desa {rng.randint(1, 500)}",
                   kurun, rng.choice(["Sekretariat", "Bidang Rehsos", "Bidang Linjamsos"]), rng.choice(["Asli", "Salinan"]),
                   f"{rng.randint(1, 9)} lembar", rng.choice(list(boxes)), str(rng.randint(1, 5)), None])  # fmt: skip
    wb.save(str(path))
