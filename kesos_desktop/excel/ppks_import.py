"""Import PPKS records from a village's Excel file, the way a careful clerk would read it.

Read with python-calamine (fast), find the header row below any merged title rows, map columns by
name (synonyms, or an explicit mapping), skip the number row under the header and the ``JUMLAH``
total row, clean what can be cleaned without guessing (NIK spaces/dots/apostrophe, names in
capitals, dates as text), and report every other problem with its row and column. Nothing is
written until every row has been checked; then either all valid rows or nothing are written in
one transaction. ``write_error_copy`` gives back the uploaded file with a ``Kesalahan`` column.
"""

from __future__ import annotations

import gc
import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kesos_desktop import errors
from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models import Wilayah, utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit, nik, ppks, wilayah
from kesos_desktop.services.auth import Actor, Perm, Role, require
from kesos_desktop.text import QT_TRANSLATE_NOOP, msg

# --- columns ---------------------------------------------------------------------------------

FIELD_LABELS: dict[str, str] = {
    "nik": "NIK",
    "kk": "No. KK",
    "name": "Nama",
    "birth_place": "Tempat Lahir",
    "birth_date": "Tanggal Lahir",
    "birth": "Tempat/Tgl Lahir",
    "sex": "Jenis Kelamin",
    "address": "Alamat",
    "rt": "RT",
    "rw": "RW",
    "rt_rw": "RT/RW",
    "kecamatan": "Kecamatan",
    "desa": "Desa/Kelurahan",
    "categories": "Kategori PPKS",
    "condition_notes": "Kondisi",
    "needs": "Kebutuhan",
    "enumerator": "Petugas Pendata",
    "collected_on": "Tanggal Pendataan",
    "dtsen_decile": "Desil DTSEN",
}
REQUIRED = ("nik", "name", "categories", "desa")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no nik", "nomor nik", "nik ktp", "nomor induk kependudukan", "no ktp", "nomor ktp", "nik nik"),
    "kk": ("kk", "no kk", "nomor kk", "no kartu keluarga", "nomor kartu keluarga", "nkk", "no kk kk"),
    "name": ("nama", "nama lengkap", "nama ppks", "nama penerima", "nama lengkap sesuai ktp", "nama sesuai ktp"),
    "birth_place": ("tempat lahir", "tmp lahir", "tempat"),
    "birth_date": ("tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "lahir"),
    "birth": ("tempat tanggal lahir", "tempat tgl lahir", "ttl", "tempat tgl lhr", "tempat dan tanggal lahir"),
    "sex": ("jenis kelamin", "jk", "l p", "kelamin", "sex", "jenis kelamin l p", "lp"),
    "address": ("alamat", "alamat lengkap", "dusun", "alamat dusun", "jalan"),
    "rt": ("rt",),
    "rw": ("rw",),
    "rt_rw": ("rt rw", "rt dan rw"),
    "kecamatan": ("kecamatan", "kec", "nama kecamatan"),
    "desa": ("desa", "desa kelurahan", "kelurahan", "desa kel", "nama desa", "kel desa", "kelurahan desa"),
    "categories": ("kategori", "kategori ppks", "jenis ppks", "ppks", "jenis", "kategori pmks", "jenis pmks"),
    "condition_notes": ("kondisi", "keterangan", "catatan", "kondisi ppks", "keterangan kondisi", "ket"),
    "needs": ("kebutuhan", "kebutuhan layanan", "jenis bantuan yang dibutuhkan", "kebutuhan bantuan"),
    "enumerator": ("petugas", "petugas pendata", "pendata", "enumerator", "nama petugas"),
    "collected_on": ("tanggal pendataan", "tgl pendataan", "tanggal pendataan data", "tgl data", "tanggal data"),
    "dtsen_decile": ("desil", "desil dtsen", "dtsen"),
}


_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Control characters (Excel's _x0000_.._x001F_ escapes arrive as real ones): PostgreSQL text refuses NUL
# and openpyxl refuses them all, so a stored value could never be exported again.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _simplify(value: object) -> str:
    return _NON_ALNUM.sub(" ", str(value).lower()).strip()


_HEADER_LOOKUP = {syn: f for f, syns in _SYNONYMS.items() for syn in syns}
_COMPACT_LOOKUP = {syn.replace(" ", ""): f for syn, f in _HEADER_LOOKUP.items()}


def field_for_header(header: object) -> str | None:
    """The field a header names: "NIK", "N I K", "No. NIK" -> nik; "Tgl. Lahir" -> birth_date."""
    if header in (None, ""):
        return None
    key = _simplify(header)
    return _HEADER_LOOKUP.get(key) or _COMPACT_LOOKUP.get(key.replace(" ", ""))


def column_letter(index: int) -> str:
    """0-based index -> A, B, ..., Z, AA."""
    n, out = index + 1, ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellError:
    row: int  # Excel row number (1-based)
    column: int | None  # 0-based column index, None when the whole row is at fault
    header: str
    message: str

    @property
    def column_letter(self) -> str:
        return column_letter(self.column) if self.column is not None else ""

    def text(self) -> str:
        if self.column is None:
            return self.message
        return f"Kolom {self.column_letter} ({self.header}): {self.message}"


NEW, UPDATE, EXISTING, INVALID = "baru", "perbarui", "sudah_ada", "tidak_valid"


@dataclass(slots=True)
class RowOutcome:
    row: int
    action: str
    values: dict[str, Any] | None = None
    errors: list[CellError] = field(default_factory=list)
    existing_id: int | None = None
    nik_warning_reason: str | None = None
    note: str | None = None


@dataclass
class ImportPlan:
    path: str
    sheet_name: str
    header_row: int  # 1-based
    headers: list[str]
    mapping: dict[str, int]  # field -> 0-based column
    rows: list[RowOutcome]
    skipped: list[tuple[int, str]]  # (row, why): number row, total row
    on_existing: str
    preview: list[list[Any]]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rows_read(self) -> int:
        return len(self.rows)

    @property
    def invalid(self) -> int:
        return self.count(INVALID)

    @property
    def valid(self) -> int:
        return self.rows_read - self.invalid

    def errors(self) -> list[CellError]:
        return [e for r in self.rows for e in r.errors]

    def unmapped_headers(self) -> list[str]:
        used = set(self.mapping.values())
        return [h for i, h in enumerate(self.headers) if h and i not in used]


@dataclass(frozen=True)
class ImportResult:
    rows_read: int
    valid: int
    invalid: int
    new: int
    updated: int
    existing: int
    committed: bool
    batch: str | None

    def summary(self) -> str:
        return (
            f"Baris dibaca: {self.rows_read}, valid: {self.valid}, tidak valid: {self.invalid}, "
            f"baru: {self.new}, diperbarui: {self.updated}, sudah ada (dilewati): {self.existing}"
        )


# --- reading the workbook --------------------------------------------------------------------


def _bad_file(text: str, **params: Any) -> errors.ValidationError:
    return errors.ValidationError("file", text, **params)


def read_rows(path: str | Path) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet as (name, rows); row i is Excel row i+1 and column j is column j+1."""
    import python_calamine

    p = Path(path)
    try:
        head = p.read_bytes()[:8] if p.stat().st_size < 4096 else p.open("rb").read(8)
    except OSError as e:
        raise _bad_file(QT_TRANSLATE_NOOP("kesos", "File tidak dapat dibuka: {error}"), error=str(e)) from e
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        data = p.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise _bad_file(
                QT_TRANSLATE_NOOP(
                    "kesos", "File dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu impor lagi."
                )
            )
    try:
        wb = python_calamine.CalamineWorkbook.from_path(str(p))
        out = []
        for i, name in enumerate(wb.sheet_names):
            out.append((name, wb.get_sheet_by_index(i).to_python(skip_empty_area=False)))
        return out
    except Exception as e:  # noqa: BLE001 - calamine raises its own error types for unreadable files
        raise _bad_file(
            QT_TRANSLATE_NOOP("kesos", "File ini bukan buku kerja Excel yang dapat dibaca (.xlsx/.xls): {name}"),
            name=p.name,
        ) from e


def _header_score(row: Sequence[Any]) -> int:
    return len({f for f in (field_for_header(c) for c in row) if f})


def find_header(rows: Sequence[Sequence[Any]], mapping: Mapping[str, str | int] | None = None) -> int | None:
    """0-based index of the header row among the first 30 rows, or None."""
    wanted = {_simplify(v) for v in (mapping or {}).values() if isinstance(v, str)}
    best, best_score = None, 0
    for i, row in enumerate(rows[:30]):
        score = _header_score(row) + 2 * len(wanted & {_simplify(c) for c in row if c not in (None, "")})
        has_name = any(field_for_header(c) == "name" for c in row) or bool(wanted)
        if score >= 3 and has_name and score > best_score:
            best, best_score = i, score
    return best


def _resolve_mapping(headers: list[str], explicit: Mapping[str, str | int] | None) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for i, h in enumerate(headers):
        f = field_for_header(h)
        if f and f not in mapping:
            mapping[f] = i
    for f, target in (explicit or {}).items():
        if f not in FIELD_LABELS:
            raise _bad_file(QT_TRANSLATE_NOOP("kesos", "Kolom tujuan '{field}' tidak dikenal."), field=f)
        if target is None or target == "":
            mapping.pop(f, None)
            continue
        if isinstance(target, int):
            col = target
        elif re.fullmatch(r"[A-Za-z]{1,3}", target) and _simplify(target) not in {_simplify(h) for h in headers}:
            col = 0
            for ch in target.upper():
                col = col * 26 + ord(ch) - 64
            col -= 1
        else:
            matches = [i for i, h in enumerate(headers) if _simplify(h) == _simplify(target)]
            if not matches:
                raise _bad_file(
                    QT_TRANSLATE_NOOP("kesos", "Kolom '{header}' untuk {field} tidak ada di baris judul."),
                    header=target,
                    field=FIELD_LABELS[f],
                )
            col = matches[0]
        for other, c in list(mapping.items()):
            if c == col and other != f:
                mapping.pop(other)
        mapping[f] = col
    if "birth" in mapping and "birth_date" in mapping:
        mapping.pop("birth")
    return mapping


# --- cell parsing ----------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nop": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s\-/.]+([A-Za-z]+)[\s\-/.,]+(\d{2,4})")


class CellProblem(Exception):
    def __init__(self, text: str, **params: Any) -> None:
        self.text = str(msg(text, **params))
        super().__init__(self.text)


def parse_date(value: Any) -> date | None:
    """An Excel date, or text ``12-05-1950``, ``12/05/1950``, ``1950-05-12``, ``12 Mei 1950``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | int | float):
        raise CellProblem(
            QT_TRANSLATE_NOOP(
                "kesos", "Tanggal berupa angka ({value}); format sel sebagai tanggal atau ketik mis. 12-05-1950."
            ),
            value=value,
        )
    text = str(value).strip()
    m = _YMD.fullmatch(text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY.fullmatch(text)
        if m:
            d, mo, y = int(m[1]), int(m[2]), m[3]
        else:
            m = _D_MONTH_Y.fullmatch(text)
            if not m or m[2].lower() not in MONTHS:
                raise CellProblem(
                    QT_TRANSLATE_NOOP("kesos", "Tanggal '{value}' tidak dikenali; tulis mis. 12-05-1950."), value=text
                )
            d, mo, y = int(m[1]), MONTHS[m[2].lower()], m[3]
        if len(str(y)) != 4:
            raise CellProblem(
                QT_TRANSLATE_NOOP("kesos", "Tahun pada tanggal '{value}' harus 4 digit (mis. 1950)."), value=text
            )
        y = int(y)
    try:
        return date(y, mo, d)
    except ValueError as e:
        raise CellProblem(QT_TRANSLATE_NOOP("kesos", "Tanggal '{value}' tidak ada di kalender."), value=text) from e


def parse_id_number(value: Any, what: str) -> str | None:
    """A NIK or KK cell. Text is cleaned; a number is refused when Excel may have changed its digits."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellProblem(QT_TRANSLATE_NOOP("kesos", "{what} tidak valid."), what=what)
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise CellProblem(
                QT_TRANSLATE_NOOP("kesos", "{what} berupa angka pecahan ({value})."), what=what, value=value
            )
        digits = str(int(value))
        if len(digits) >= 16 and digits.endswith("0"):
            raise CellProblem(
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "{what} tersimpan sebagai angka ({digits}): Excel hanya menyimpan 15 digit, digit terakhir "
                    "hilang menjadi 0. Format kolom sebagai Teks lalu ketik ulang {what}.",
                ),
                what=what,
                digits=digits,
            )
        if len(digits) >= 16:
            raise CellProblem(
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "{what} tersimpan sebagai angka lebih dari 15 digit ({digits}); digitnya tidak dapat dipercaya. "
                    "Format kolom sebagai Teks lalu ketik ulang {what}.",
                ),
                what=what,
                digits=digits,
            )
        raise CellProblem(
            QT_TRANSLATE_NOOP(
                "kesos", "{what} tersimpan sebagai angka dan hanya {n} digit ({digits}); ketik 16 digit sebagai teks."
            ),
            what=what,
            n=len(digits),
            digits=digits,
        )
    if type(value) is str and value.isdigit():
        return value
    text = str(value).strip()
    if re.search(r"\d[.,]?\d*e\+?\d+", text.lower()):
        raise CellProblem(
            QT_TRANSLATE_NOOP(
                "kesos",
                "{what} tertulis dalam notasi ilmiah ({value}); digit aslinya hilang. Ketik ulang sebagai teks.",
            ),
            what=what,
            value=text,
        )
    return nik.clean(text)


_SEX = {
    "l": "L", "lk": "L", "laki laki": "L", "laki": "L", "pria": "L", "1": "L", "lelaki": "L",
    "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "2": "P", "pria wanita": None,
}  # fmt: skip


def parse_sex(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    code = _SEX.get(_simplify(value))
    if code is None:
        raise CellProblem(
            QT_TRANSLATE_NOOP("kesos", "Jenis kelamin '{value}' tidak dikenali (isi L atau P)."), value=value
        )
    return code


def parse_categories(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    text = str(value).strip()
    whole = ppks.find_category(text)
    if whole:
        return (whole,)
    out: list[str] = []
    for part in re.split(r"[,;\n]+|\s+dan\s+", text):
        part = part.strip()
        if not part:
            continue
        code = ppks.find_category(part)
        if code is None:
            raise CellProblem(
                QT_TRANSLATE_NOOP("kesos", "Kategori PPKS '{value}' tidak dikenal (isi nama atau kode, mis. LUT)."),
                value=part,
            )
        if code not in out:
            out.append(code)
    return tuple(out)


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if type(value) is str:
        if not value.isprintable():
            value = _CONTROL.sub("", value)
        t = " ".join(value.split())
        return t or None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    t = " ".join(str(value).split())
    return t or None


def _small_number(value: Any) -> str | None:
    t = _text(value)
    return t


# --- desa lookup within scope ----------------------------------------------------------------


@dataclass
class Places:
    scope: str | None
    desa_by_name: dict[str, list[str]]  # simplified name -> desa codes
    kec_by_name: dict[str, list[str]]
    desa_codes: set[str]
    names: dict[str, str]  # code -> name

    @classmethod
    def load(cls, db: Database, actor: Actor) -> Places:
        office = wilayah.office_scope(db)
        scope = actor.scope_code or office
        with db.read() as s:
            stmt = select(Wilayah.code, Wilayah.name, Wilayah.level).where(
                Wilayah.level.in_((wilayah.KECAMATAN, wilayah.DESA))
            )
            if scope:
                stmt = stmt.where((Wilayah.code == scope) | Wilayah.code.startswith(scope + "."))
            rows = s.execute(stmt).all()
        if scope and wilayah.level_of(scope) == wilayah.DESA:
            with db.read() as s:
                w = s.get(Wilayah, scope)
            rows = [(scope, w.name if w else scope, wilayah.DESA)]
        desa: dict[str, list[str]] = {}
        kec: dict[str, list[str]] = {}
        for code, name, level in rows:
            (desa if level == wilayah.DESA else kec).setdefault(_simplify(name), []).append(code)
        return cls(
            scope,
            desa,
            kec,
            {c for c, _n, lv in rows if lv == wilayah.DESA},
            {c: n for c, n, _lv in rows},
        )

    def resolve_cached(self, cache: dict[tuple[str, Any], Any], desa_value: Any, kec_value: Any) -> str:
        key = ("desa", (desa_value, kec_value))
        hit = cache.get(key, _MISS)
        if hit is _MISS:
            try:
                hit = self.resolve(desa_value, kec_value)
            except CellProblem as e:
                hit = e
            cache[key] = hit
        if type(hit) is CellProblem:
            raise hit
        return hit  # type: ignore[no-any-return]

    def resolve(self, desa_value: Any, kec_value: Any) -> str:
        text = _text(desa_value)
        if text is None:
            if self.scope and wilayah.level_of(self.scope) == wilayah.DESA:
                return self.scope
            raise CellProblem(QT_TRANSLATE_NOOP("kesos", "Desa/kelurahan wajib diisi."))
        digits = text.replace(".", "").replace(" ", "")
        if digits.isdigit() and len(digits) == 10:
            code = wilayah.normalise_code(digits)
            if code in self.desa_codes:
                return code
            raise CellProblem(QT_TRANSLATE_NOOP("kesos", "Kode desa {value} tidak ada di wilayah Anda."), value=text)
        key = _simplify(re.sub(r"^(desa|kelurahan|kel|ds)\.?\s+", "", text, flags=re.I))
        codes = self.desa_by_name.get(key, [])
        kec_text = _text(kec_value)
        if kec_text is not None and codes:
            kec_codes = self.kec_by_name.get(_simplify(re.sub(r"^(kecamatan|kec)\.?\s+", "", kec_text, flags=re.I)))
            if not kec_codes:
                raise CellProblem(
                    QT_TRANSLATE_NOOP("kesos", "Kecamatan '{value}' tidak ada di wilayah Anda."), value=kec_text
                )
            codes = [c for c in codes if c[:8] in kec_codes]
            if not codes:
                raise CellProblem(
                    QT_TRANSLATE_NOOP("kesos", "Desa '{desa}' tidak ada di Kecamatan {kec}."), desa=text, kec=kec_text
                )
        if not codes:
            raise CellProblem(
                QT_TRANSLATE_NOOP("kesos", "Desa/kelurahan '{value}' tidak ada di wilayah Anda."), value=text
            )
        if len(codes) > 1:
            kec_names = ", ".join(self.names.get(c[:8], c[:8]) for c in codes)
            raise CellProblem(
                QT_TRANSLATE_NOOP(
                    "kesos", "Nama desa '{value}' ada di beberapa kecamatan ({kec}); isi kolom Kecamatan."
                ),
                value=text,
                kec=kec_names,
            )
        return codes[0]


class _Memo:
    """Per-import caches: village files repeat the same desa, dates, sex and category texts."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.values: dict[tuple[str, Any], Any] = {}
        self.texts: dict[str, str | None] = {}  # raw text cell -> _text() of it

    def get(self, kind: str, fn: Any, value: Any, *args: Any) -> Any:
        try:
            key = (kind, value, *args)
            hit = self.values.get(key, _MISS)
        except TypeError:  # unhashable: do not cache
            return fn(value, *args)
        if hit is _MISS:
            try:
                hit = fn(value, *args)
            except CellProblem as e:
                hit = e
            self.values[key] = hit
        if isinstance(hit, CellProblem):
            raise hit
        return hit


_MISS = object()


# --- analysing a file ------------------------------------------------------------------------


def _is_number_row(row: Sequence[Any]) -> bool:
    """The "1 2 3 4 ..." row government tables put under the header."""
    vals = [c for c in row if c not in (None, "")]
    if len(vals) < 3:
        return False
    try:
        nums = [int(float(str(v).strip("() "))) for v in vals]
    except (ValueError, OverflowError):  # "inf", or 400 digits that float() reads as inf
        return False
    return nums == list(range(nums[0], nums[0] + len(nums)))


def _is_total_row(row: Sequence[Any]) -> bool:
    for c in row[:6]:
        # Only J/j/T/t lower-case to j/t: the first character rules out nearly every cell cheaply.
        if type(c) is str and c and (c[0] in "JjTt" or c[0].isspace()):
            head = c.lstrip()[:6].lower()
            if head == "jumlah" or head[:5] == "total":
                return True
    return False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one import step. Reading and checking 100,000 rows
    makes millions of acyclic objects (cells, values, tuples); every full collection would walk them
    all again (~0.9 s of a 100,000-row import). Reference counting still frees them as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_gc_paused()
def analyse(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    mapping: Mapping[str, str | int] | None = None,
    on_existing: str = "update",
    accept_nik_warnings: bool = False,
    ctx: JobContext = NULL,
) -> ImportPlan:
    """Read and validate every row; write nothing."""
    require(actor, Perm.PPKS_EDIT)
    if on_existing not in ("update", "report"):
        raise ValueError(on_existing)
    ctx.step(0, 1, "Membaca file…")
    sheets = read_rows(path)
    chosen = None
    for name, rows in sheets:
        h = find_header(rows, mapping)
        if h is not None:
            chosen = (name, rows, h)
            break
    if chosen is None:
        raise _bad_file(
            QT_TRANSLATE_NOOP(
                "kesos",
                "Baris judul kolom tidak ditemukan di 30 baris pertama (dicari kolom seperti NIK, Nama, Desa, "
                "Kategori). Gunakan templat atau atur pemetaan kolom.",
            )
        )
    sheet_name, rows, h = chosen
    headers = [_text(c) or "" for c in rows[h]]
    cols = _resolve_mapping(headers, mapping)
    places = Places.load(db, actor)
    missing = [
        FIELD_LABELS[f]
        for f in REQUIRED
        if f not in cols and not (f == "desa" and places.scope and wilayah.level_of(places.scope) == wilayah.DESA)
    ]
    if missing:
        raise _bad_file(
            QT_TRANSLATE_NOOP("kesos", "Kolom wajib tidak ditemukan di baris judul (baris {row}): {columns}."),
            row=h + 1,
            columns=", ".join(missing),
        )
    vctx = ppks.Context(ppks.kecamatan_codes(db), date.today())
    outcomes: list[RowOutcome] = []
    skipped: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    data_rows = rows[h + 1 :]
    total = len(data_rows)
    label = {f: headers[c] if c < len(headers) and headers[c] else FIELD_LABELS[f] for f, c in cols.items()}
    memo = _Memo(places)
    # One C call picks the mapped cells of a row (rows shorter than the mapping take the slow path).
    fields = tuple(cols)
    pick = (itemgetter(*cols.values()), max(cols.values()) + 1) if len(cols) > 1 else None
    for i, row in enumerate(data_rows):
        if i % 2000 == 0:
            ctx.step(i, total, "Memeriksa baris…")
        excel_row = h + 2 + i
        for c in row:
            if c is not None and c != "":
                break
        else:
            continue  # empty row
        if i == 0 and _is_number_row(row):
            skipped.append((excel_row, "nomor kolom"))
            continue
        if _is_total_row(row):
            skipped.append((excel_row, "baris jumlah"))
            continue
        outcomes.append(_row(row, excel_row, cols, label, memo, vctx, actor, accept_nik_warnings, seen, fields, pick))
    ctx.step(total, total, "Memeriksa baris…")
    if not outcomes:
        raise _bad_file(
            QT_TRANSLATE_NOOP("kesos", "Tidak ada baris data di bawah baris judul (baris {row})."), row=h + 1
        )
    _match_existing(db, actor, outcomes, cols, label, on_existing)
    preview = [headers] + [list(r) for r in data_rows[:20]]
    return ImportPlan(str(path), sheet_name, h + 1, headers, cols, outcomes, skipped, on_existing, preview)


_FIELD_TO_COLUMN = {"desa_code": "desa", "categories": "categories", "rt": "rt", "rw": "rw"}


def _memo(cache: dict[tuple[str, Any], Any], kind: str, fn: Any, value: Any) -> Any:
    """``fn(value)`` remembered per import (raises the remembered CellProblem again)."""
    key = (kind, value)
    hit = cache.get(key, _MISS)
    if hit is _MISS:
        try:
            hit = fn(value)
        except CellProblem as e:
            hit = e
        cache[key] = hit
    if type(hit) is CellProblem:
        raise hit
    return hit


def _row(
    row: Sequence[Any],
    excel_row: int,
    cols: dict[str, int],
    label: dict[str, str],
    memo: _Memo,
    vctx: ppks.Context,
    actor: Actor,
    accept: bool,
    seen: dict[str, int],
    fields: tuple[str, ...],
    pick: tuple[Any, int] | None,
) -> RowOutcome:
    problems: list[tuple[str, str]] = []  # (field, text), turned into CellErrors only for bad rows
    n = len(row)
    if pick is not None and n >= pick[1]:
        v = dict(zip(fields, pick[0](row), strict=True))
    else:
        v = {f: (row[c] if c < n else None) for f, c in cols.items()}
    get = v.get
    cache = memo.values
    texts = memo.texts

    def text(f: str) -> str | None:
        # Place, address, RT/RW, needs, enumerator repeat down a village's file: clean each once.
        value = get(f)
        if type(value) is not str:
            return _text(value)
        t = texts.get(value, _MISS)
        if t is _MISS:
            t = texts[value] = _text(value)
        return t

    def parse(f: str, fn: Any) -> Any:
        value = get(f)
        if value is None or value == "":
            return None
        try:
            return _memo(cache, f, fn, value) if type(value) is not list else fn(value)
        except CellProblem as e:
            problems.append((f, e.text))
            return _FAILED

    try:
        nik_value: Any = parse_id_number(get("nik"), "NIK")
    except CellProblem as e:
        problems.append(("nik", e.text))
        nik_value = _FAILED
    kk_raw = get("kk")
    kk_value: Any = None
    if kk_raw is not None and kk_raw != "":
        try:
            kk_value = parse_id_number(kk_raw, "No. KK")
        except CellProblem as e:
            problems.append(("kk", e.text))
            kk_value = _FAILED
    birth_place = text("birth_place")
    born: Any = None
    if "birth" in v:
        raw = _text(get("birth"))
        if raw:
            place, _sep, when = raw.rpartition(",")
            if not _sep:
                problems.append(("birth", "Tulis tempat dan tanggal lahir dipisah koma, mis. Bengkayang, 12-05-1950."))
                born = _FAILED
            else:
                birth_place = place.strip() or None
                try:
                    born = parse_date(when.strip())
                except CellProblem as e:
                    problems.append(("birth", e.text))
                    born = _FAILED
    else:
        born = parse("birth_date", parse_date)
    sex = parse("sex", parse_sex)
    cats = parse("categories", parse_categories)
    collected = parse("collected_on", parse_date)
    try:
        desa: Any = memo.places.resolve_cached(cache, get("desa"), get("kecamatan"))
    except CellProblem as e:
        problems.append(("desa", e.text))
        desa = _FAILED
    rt, rw = text("rt"), text("rw")
    rt_rw = get("rt_rw")
    if rt_rw is not None and rt_rw != "":
        parts = re.split(r"\s*[/\\-]\s*", _text(rt_rw) or "")
        if len(parts) == 2:
            rt, rw = parts
        else:
            problems.append(("rt_rw", "RT/RW tidak dikenali; tulis mis. 003/005."))
    decile: Any = get("dtsen_decile")
    if decile is None or decile == "":
        decile = None
    else:
        try:
            decile = int(float(decile))
        except (TypeError, ValueError, OverflowError):
            problems.append(("dtsen_decile", f"Desil DTSEN '{decile}' bukan angka 1-10."))
            decile = _FAILED
    data = ppks.PersonInput(
        _text(get("name")) or "",
        "" if desa is _FAILED or desa is None else desa,
        () if cats is _FAILED or cats is None else cats,
        None if nik_value is _FAILED else nik_value,
        None if kk_value is _FAILED else kk_value,
        birth_place,
        None if born is _FAILED else born,
        None if sex is _FAILED else sex,
        text("address"),
        rt,
        rw,
        text("condition_notes"),
        text("needs"),
        text("enumerator"),
        None if collected is _FAILED else collected,
        None if decile is _FAILED else decile,
    )
    checked = ppks.check_values(data, vctx, actor=actor, accept_nik_warning=accept)
    if checked.errors:
        failed = {_ALIAS.get(f, f) for f, _t in problems}
        for e in checked.errors:
            f = _FIELD_TO_COLUMN.get(e.field or "", e.field or "")
            if _ALIAS.get(f, f) in failed:
                continue  # already reported from the cell itself
            problems.append((f, str(e.message)))
    values = checked.values
    if not problems and values["nik"]:
        first = seen.get(values["nik"])
        if first is not None:
            problems.append(("nik", f"NIK sama dengan baris {first} di file ini."))
        else:
            seen[values["nik"]] = excel_row
    if problems:
        return RowOutcome(excel_row, INVALID, None, [_cell_error(excel_row, f, t, cols, label) for f, t in problems])
    return RowOutcome(excel_row, NEW, values, [], nik_warning_reason=checked.nik_warning_reason)


# A field whose cell failed to parse hides the rule errors that follow from it.
_ALIAS = {"birth": "birth_date", "rt_rw": "rt", "desa_code": "desa"}


def _cell_error(excel_row: int, f: str, text: str, cols: dict[str, int], label: dict[str, str]) -> CellError:
    c = cols.get(f)
    if f in ("rt", "rw") and c is None and "rt_rw" in cols:
        c, f = cols["rt_rw"], "rt_rw"
    if f in ("birth_date", "birth_place") and c is None and "birth" in cols:
        c, f = cols["birth"], "birth"
    if f == "desa" and c is None:
        c = cols.get("desa")
    return CellError(excel_row, c, label.get(f, FIELD_LABELS.get(f, f)), text)


_FAILED = object()


def _column_field(header: str, label: dict[str, str]) -> str:
    for f, h in label.items():
        if h == header:
            return f
    return header


def _match_existing(
    db: Database,
    actor: Actor,
    outcomes: list[RowOutcome],
    cols: dict[str, int],
    label: dict[str, str],
    on_existing: str,
) -> None:
    by_nik = {o.values["nik"]: o for o in outcomes if o.values and o.values.get("nik")}
    if not by_nik:
        return
    niks = list(by_nik)
    found: dict[str, tuple[int, str, str]] = {}
    ph = "?" if db.is_sqlite else "%s"
    with db.read() as s:
        conn = s.connection()
        for i in range(0, len(niks), 900):
            sub = niks[i : i + 900]
            # Plain SQL: SQLAlchemy's expanding IN took longer than the queries (100,000 NIKs: 0.12 -> 0.04 s).
            sql = f"SELECT nik, id, status, desa_code FROM ppks_person WHERE nik IN ({', '.join([ph] * len(sub))})"
            for value, pid, status, desa in conn.exec_driver_sql(sql, tuple(sub)):
                found[value] = (pid, status, desa)
    for value, (pid, status, desa) in found.items():
        o = by_nik[value]
        o.existing_id = pid
        col = cols.get("nik")
        header = label.get("nik", "NIK")
        if on_existing == "report":
            o.action = EXISTING
            o.note = f"NIK sudah terdaftar pada data #{pid}; tidak diperbarui."
            continue
        if actor.scope_code and not wilayah.in_scope(desa, actor.scope_code):
            o.action = INVALID
            o.errors.append(
                CellError(o.row, col, header, f"NIK sudah terdaftar pada data #{pid} di luar wilayah Anda.")
            )
        elif actor.role is not Role.ADMIN and status not in ppks.EDITABLE_BY_OPERATOR:
            o.action = INVALID
            o.errors.append(
                CellError(
                    o.row,
                    col,
                    header,
                    f"NIK sudah terdaftar pada data #{pid} berstatus {ppks.STATUS_LABELS[status]}; "
                    "tidak dapat diperbarui lewat impor.",
                )
            )
        else:
            o.action = UPDATE


# --- writing ---------------------------------------------------------------------------------

_PERSON_COLS = (
    "id", "nik", "kk", "name", "name_norm", "birth_place", "birth_date", "sex", "address", "rt", "rw", "desa_code",
    "condition_notes", "needs", "data_source", "import_batch", "enumerator", "collected_on", "status",
    "nik_warning", "nik_warning_reason", "dtsen_decile", "created_at", "updated_at", "version", "created_by",
    "updated_by",
)  # fmt: skip
_UPDATE_COLS = (
    "kk", "name", "name_norm", "birth_place", "birth_date", "sex", "address", "rt", "rw", "desa_code",
    "condition_notes", "needs", "import_batch", "enumerator", "collected_on", "nik_warning", "nik_warning_reason",
    "dtsen_decile", "updated_at", "updated_by",
)  # fmt: skip


def _sqlite_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


@_gc_paused()
def commit(
    db: Database,
    actor: Actor,
    plan: ImportPlan,
    *,
    all_or_nothing: bool = True,
    ctx: JobContext = NULL,
    chunk: int = 5000,
) -> ImportResult:
    """Write the plan's valid rows in one transaction, or nothing when ``all_or_nothing`` and any
    row is invalid. Cancel (``ctx``) rolls everything back."""
    require(actor, Perm.PPKS_EDIT)
    new = [o for o in plan.rows if o.action == NEW]
    # In id order: two imports updating the same records lock them in the same order (no deadlock).
    upd = sorted((o for o in plan.rows if o.action == UPDATE), key=lambda o: o.existing_id or 0)
    existing = plan.count(EXISTING)
    if (all_or_nothing and plan.invalid) or not (new or upd):
        return ImportResult(plan.rows_read, plan.valid, plan.invalid, 0, 0, existing, False, None)
    batch = f"impor-{utcnow():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"
    now = utcnow()
    total = len(new) + len(upd)
    sqlite = db.is_sqlite
    conv = _sqlite_value if sqlite else (lambda v: v)
    # SQLite stores dates as ISO text: convert once per value instead of per generic column.
    stamp: Any = conv(now)
    day: Any = date.isoformat if sqlite else (lambda d: d)
    flag: Any = int if sqlite else bool
    with db.write() as s:
        conn = s.connection()
        if sqlite:
            # A big page cache keeps the random-order index inserts (NIK, name) in memory.
            conn.exec_driver_sql("PRAGMA cache_size = -262144")
        ids = ppks.allocate_ids(conn, len(new), sqlite)
        deltas: ppks.Deltas = {}
        done = 0
        for start in range(0, len(new), chunk):
            ctx.check()
            part = new[start : start + chunk]
            people = []
            links = []
            for o, pid in zip(part, ids[start : start + chunk], strict=True):
                v = o.values
                assert v is not None
                born, collected, warn = v["birth_date"], v["collected_on"], o.nik_warning_reason
                people.append(
                    (
                        pid, v["nik"], v["kk"], v["name"], ppks.normalise_name(v["name"]), v["birth_place"],
                        day(born) if born is not None else None, v["sex"], v["address"], v["rt"], v["rw"],
                        v["desa_code"], v["condition_notes"], v["needs"], "import", batch, v["enumerator"],
                        day(collected) if collected is not None else None, ppks.DRAFT, flag(warn is not None), warn,
                        v["dtsen_decile"], stamp, stamp, 1, actor.id, actor.id,
                    )
                )  # fmt: skip
                links.extend((pid, c, v["desa_code"], None) for c in v["categories"])
                ppks.add_deltas(
                    deltas, ppks.tally_keys(v["desa_code"], ppks.DRAFT, v["sex"], born, collected, v["categories"]), 1
                )
            _insert_new(conn, sqlite, people)
            ppks.bulk_insert(
                conn, sqlite, "ppks_person_category", ("person_id", "category_code", "desa_code", "details"), links
            )
            done += len(part)
            ctx.step(done, total, "Menyimpan…")
        ph = "?" if sqlite else "%s"
        set_sql = ", ".join(f"{c} = {ph}" for c in _UPDATE_COLS)
        upd_sql = f"UPDATE ppks_person SET {set_sql}, version = version + 1 WHERE id = {ph}"
        for start in range(0, len(upd), chunk):
            ctx.check()
            part = upd[start : start + chunk]
            params = []
            links = []
            statuses = _subtract_old(conn, sqlite, [o.existing_id for o in part], deltas)
            for o in part:
                v = o.values
                assert v is not None
                row = {
                    **v, "name_norm": ppks.normalise_name(v["name"]), "import_batch": batch,
                    "nik_warning": o.nik_warning_reason is not None, "nik_warning_reason": o.nik_warning_reason,
                    "updated_at": now, "updated_by": actor.id,
                }  # fmt: skip
                params.append(tuple(conv(row[c]) for c in _UPDATE_COLS) + (o.existing_id,))
                links.extend((o.existing_id, c, v["desa_code"], None) for c in v["categories"])
                ppks.add_deltas(deltas, ppks.tally_keys(v["desa_code"], statuses[o.existing_id], v["sex"],
                                                        v["birth_date"], v["collected_on"], v["categories"]), 1)  # fmt: skip
            conn.exec_driver_sql(upd_sql, params)
            id_list = [o.existing_id for o in part]
            for i in range(0, len(id_list), 900):
                sub = id_list[i : i + 900]
                conn.exec_driver_sql(
                    f"DELETE FROM ppks_person_category WHERE person_id IN ({', '.join([ph] * len(sub))})", tuple(sub)
                )
            ppks.bulk_insert(
                conn, sqlite, "ppks_person_category", ("person_id", "category_code", "desa_code", "details"), links
            )
            done += len(part)
            ctx.step(done, total, "Menyimpan…")
        ppks.apply_tally(conn, deltas, sqlite)
        ctx.check()
        audit.record(
            s,
            actor,
            "import",
            ppks.ENTITY,
            batch,
            after={"file": Path(plan.path).name, "new": len(new), "updated": len(upd), "invalid": plan.invalid},
            summary=f"Impor PPKS {Path(plan.path).name}: {len(new)} baru, {len(upd)} diperbarui",
        )
    return ImportResult(plan.rows_read, plan.valid, plan.invalid, len(new), len(upd), existing, True, batch)


def _insert_new(conn: Any, sqlite: bool, people: list[tuple[Any, ...]]) -> None:
    try:
        ppks.bulk_insert(conn, sqlite, "ppks_person", _PERSON_COLS, people)
    except Exception as e:
        # SQLAlchemy's IntegrityError (SQLite) or psycopg's own UniqueViolation (PostgreSQL COPY).
        if isinstance(e, IntegrityError) or getattr(e, "sqlstate", None) == "23505":
            raise errors.DuplicateError(
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "Sebagian NIK di file ini sudah disimpan oleh pengguna lain sejak file diperiksa. "
                    "Tidak ada yang disimpan; periksa dan impor ulang file.",
                )
            ) from e
        raise


def _subtract_old(conn: Any, sqlite: bool, ids: list[int | None], deltas: ppks.Deltas) -> dict[int, str]:
    """Take the records about to be overwritten out of the tallies (as they are now); their statuses.

    On PostgreSQL the rows are locked first (FOR UPDATE, in id order), so a save another PC commits
    meanwhile is read as saved, not as it was (else its change would be counted out twice). A record
    deleted or merged away since the analysis stops the import (nothing written)."""
    ph = "?" if sqlite else "%s"
    lock = "" if sqlite else " ORDER BY id FOR UPDATE"
    statuses: dict[int, str] = {}
    for i in range(0, len(ids), 900):
        sub = ids[i : i + 900]
        marks = ", ".join([ph] * len(sub))
        rows = conn.exec_driver_sql(
            f"SELECT id, desa_code, status, sex, birth_date, collected_on FROM ppks_person WHERE id IN ({marks}){lock}",
            tuple(sub),
        ).all()
        gone = sorted(set(sub) - {r[0] for r in rows})
        if gone:
            raise errors.ConflictError(
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "Data #{id} telah dihapus atau digabung oleh pengguna lain sejak file diperiksa. "
                    "Tidak ada yang disimpan; periksa dan impor ulang file.",
                ),
                id=gone[0],
            )
        cats: dict[int, list[str]] = {}
        for pid, code in conn.exec_driver_sql(
            f"SELECT person_id, category_code FROM ppks_person_category WHERE person_id IN ({marks})", tuple(sub)
        ):
            cats.setdefault(pid, []).append(code)
        for pid, desa, status, sex, born, collected in rows:
            statuses[pid] = status
            if isinstance(born, str):
                born = date.fromisoformat(born)
            if isinstance(collected, str):
                collected = date.fromisoformat(collected)
            ppks.add_deltas(deltas, ppks.tally_keys(desa, status, sex, born, collected, cats.get(pid, ())), -1)
    return statuses


def import_file(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    mapping: Mapping[str, str | int] | None = None,
    on_existing: str = "update",
    all_or_nothing: bool = True,
    dry_run: bool = False,
    accept_nik_warnings: bool = False,
    ctx: JobContext = NULL,
) -> tuple[ImportPlan, ImportResult]:
    plan = analyse(
        db, actor, path, mapping=mapping, on_existing=on_existing, accept_nik_warnings=accept_nik_warnings, ctx=ctx
    )
    if dry_run:
        new, upd = plan.count(NEW), plan.count(UPDATE)
        return plan, ImportResult(plan.rows_read, plan.valid, plan.invalid, new, upd, plan.count(EXISTING), False, None)
    return plan, commit(db, actor, plan, all_or_nothing=all_or_nothing, ctx=ctx)


# --- the error copy --------------------------------------------------------------------------

ERROR_HEADER = "Kesalahan"
RED = "FFC7CE"


def write_error_copy(plan: ImportPlan, dest: str | Path, *, ctx: JobContext = NULL) -> int:
    """Save the uploaded workbook again with one added column ``Kesalahan`` on the imported sheet:
    each failing row's reasons, failing cells filled red. Everything else is left as it was.
    Returns the number of rows marked."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    try:
        wb = openpyxl.load_workbook(plan.path)
    except Exception as e:  # noqa: BLE001 - e.g. an old .xls that openpyxl cannot open
        raise _bad_file(
            QT_TRANSLATE_NOOP("kesos", "Salinan kesalahan hanya dapat dibuat dari file .xlsx ({error})."), error=str(e)
        ) from e
    ws = wb[plan.sheet_name]
    col = max(ws.max_column, len(plan.headers)) + 1
    ws.cell(row=plan.header_row, column=col, value=ERROR_HEADER).font = Font(bold=True, color="9C0006")
    ws.column_dimensions[column_letter(col - 1)].width = 60
    fill = PatternFill("solid", start_color=RED, end_color=RED)
    marked = 0
    failing = [r for r in plan.rows if r.errors or r.note]
    for i, r in enumerate(failing):
        if i % 2000 == 0:
            ctx.step(i, len(failing), "Menulis salinan kesalahan…")
        texts = [e.text() for e in r.errors] or [r.note or ""]
        ws.cell(row=r.row, column=col, value=_CONTROL.sub("", "; ".join(texts)))
        for e in r.errors:
            if e.column is not None:
                ws.cell(row=r.row, column=e.column + 1).fill = fill
        if r.errors:
            ws.cell(row=r.row, column=col).fill = fill
            marked += 1
    wb.save(dest)
    return marked
