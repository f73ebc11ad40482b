"""NIPD rules: officials and positions, the number template and race-free allocation, card requests.

Allocation: a counter row per scope (``nipd_counter``) is bumped with one
``UPDATE nipd_counter SET value = value + 1 WHERE scope_key = :k RETURNING value`` inside the
caller's write unit. On SQLite the unit runs under ``BEGIN IMMEDIATE`` (one writer at a time); on
PostgreSQL the UPDATE's row lock makes concurrent allocations of the same scope wait for each
other. The number then goes into ``nipd_number`` (primary key = the number) with
``INSERT ... ON CONFLICT DO NOTHING RETURNING``: if an older template already produced the same
text, the counter moves on and the next value is tried. Only these two statements run while the
counter row is locked. Numbers are never deleted, so never reused. A counter that would overflow its ``{urut:N}``
digits raises before anything is written (the whole unit rolls back, the counter included).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from kesos_desktop import errors
from kesos_desktop.models import Wilayah, utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import CardRequest, Jabatan, Official, Position
from kesos_desktop.services import audit, office, wilayah
from kesos_desktop.services import nik as nik_rules
from kesos_desktop.services.auth import Actor, Perm, mask_nik, require
from kesos_desktop.services.listing import Column, Filter, ListSpec, contains
from kesos_desktop.text import QT_TRANSLATE_NOOP, Message, msg

# --- reference lists -----------------------------------------------------------------------------

EDUCATION = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
EDUCATION_LABELS = {
    "SD": QT_TRANSLATE_NOOP("kesos", "SD/sederajat"),
    "SMP": QT_TRANSLATE_NOOP("kesos", "SMP/sederajat"),
    "SMA": QT_TRANSLATE_NOOP("kesos", "SMA/SMK/sederajat"),
    "D1": QT_TRANSLATE_NOOP("kesos", "Diploma I"),
    "D2": QT_TRANSLATE_NOOP("kesos", "Diploma II"),
    "D3": QT_TRANSLATE_NOOP("kesos", "Diploma III"),
    "D4": QT_TRANSLATE_NOOP("kesos", "Diploma IV"),
    "S1": QT_TRANSLATE_NOOP("kesos", "Sarjana (S1)"),
    "S2": QT_TRANSLATE_NOOP("kesos", "Magister (S2)"),
    "S3": QT_TRANSLATE_NOOP("kesos", "Doktor (S3)"),
}
# Stored as written here (Indonesian, as on the Buku A.4); the form shows them translated.
RELIGIONS = (
    QT_TRANSLATE_NOOP("kesos", "Islam"),
    QT_TRANSLATE_NOOP("kesos", "Kristen"),
    QT_TRANSLATE_NOOP("kesos", "Katolik"),
    QT_TRANSLATE_NOOP("kesos", "Hindu"),
    QT_TRANSLATE_NOOP("kesos", "Buddha"),
    QT_TRANSLATE_NOOP("kesos", "Khonghucu"),
    QT_TRANSLATE_NOOP("kesos", "Kepercayaan"),
)
SEXES = {"L": QT_TRANSLATE_NOOP("kesos", "Laki-laki"), "P": QT_TRANSLATE_NOOP("kesos", "Perempuan")}

STATUS_LABELS = {
    "diajukan": QT_TRANSLATE_NOOP("kesos", "Menunggu persetujuan"),
    "aktif": QT_TRANSLATE_NOOP("kesos", "Aktif"),
    "berhenti": QT_TRANSLATE_NOOP("kesos", "Berhenti"),
}
REQUEST_REASONS = {
    "baru": QT_TRANSLATE_NOOP("kesos", "Baru"),
    "hilang": QT_TRANSLATE_NOOP("kesos", "Hilang"),
    "rusak": QT_TRANSLATE_NOOP("kesos", "Rusak"),
    "perubahan": QT_TRANSLATE_NOOP("kesos", "Perubahan data"),
}
REQUEST_STATUS = {
    "requested": QT_TRANSLATE_NOOP("kesos", "Diajukan"),
    "approved": QT_TRANSLATE_NOOP("kesos", "Disetujui"),
    "printed": QT_TRANSLATE_NOOP("kesos", "Dicetak"),
    "distributed": QT_TRANSLATE_NOOP("kesos", "Diserahkan"),
    "cancelled": QT_TRANSLATE_NOOP("kesos", "Dibatalkan"),
}

MIN_AGE, MAX_AGE = 20, 42  # Permendagri 67/2017, at appointment
RETIREMENT_AGE = 60
PHOTO_MAX_BYTES = 15 * 1024 * 1024
PHOTO_MAX_PIXELS = 60_000_000
PHOTO_SIZE = (300, 400)  # 3:4

# --- settings (app_setting) ----------------------------------------------------------------------

TEMPLATE_KEY = "nipd.template"
SCOPE_KEY = "nipd.counter_scope"  # desa | kec | kab
PERIOD_KEY = "nipd.counter_period"  # tahun | selamanya
DEFAULT_TEMPLATE = "{desa}{tahun}{urut:4}"
SCOPES = ("desa", "kec", "kab")
PERIODS = ("tahun", "selamanya")

_TOKEN = re.compile(r"\{([a-z]+)(?::(\d+))?\}")
_TOKENS = ("desa", "kec", "kab", "prov", "tahun", "jk", "lahir", "urut")
MAX_NUMBER_LENGTH = 40


@dataclass(frozen=True)
class NumberSettings:
    template: str = DEFAULT_TEMPLATE
    scope: str = "desa"
    period: str = "tahun"


def parse_template(template: str) -> list[tuple[str, str | int]]:
    """Split into ("lit", text) and ("tok", name) / ("urut", digits) parts; raise on a bad template."""
    parts: list[tuple[str, str | int]] = []
    pos = 0
    urut = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            parts.append(("lit", template[pos : m.start()]))
        name, width = m.group(1), m.group(2)
        if name not in _TOKENS:
            raise errors.ValidationError(
                "template", QT_TRANSLATE_NOOP("kesos", "Token {{{name}}} tidak dikenal pada format NIPD."), name=name
            )
        if name == "urut":
            n = int(width or 0)
            if not 1 <= n <= 9:
                raise errors.ValidationError(
                    "template",
                    QT_TRANSLATE_NOOP("kesos", "{{urut:N}} harus memakai 1 sampai 9 digit, mis. {{urut:4}}."),
                )
            urut += 1
            parts.append(("urut", n))
        elif width is not None:
            raise errors.ValidationError(
                "template", QT_TRANSLATE_NOOP("kesos", "Hanya {{urut:N}} yang memakai jumlah digit.")
            )
        else:
            parts.append(("tok", name))
        pos = m.end()
    if pos < len(template):
        parts.append(("lit", template[pos:]))
    literal = "".join(str(v) for k, v in parts if k == "lit")
    if "{" in literal or "}" in literal:
        raise errors.ValidationError(
            "template", QT_TRANSLATE_NOOP("kesos", "Kurung kurawal pada format NIPD tidak lengkap.")
        )
    if urut == 0:
        raise errors.ValidationError(
            "template",
            QT_TRANSLATE_NOOP(
                "kesos", "Format NIPD harus memuat {{urut:N}} (nomor urut); tanpa itu nomor tidak bisa unik."
            ),
        )
    if urut > 1:
        raise errors.ValidationError(
            "template", QT_TRANSLATE_NOOP("kesos", "Format NIPD hanya boleh memuat satu {{urut:N}}.")
        )
    # "|" separates the card QR's fields; control characters (NUL above all) cannot be stored or printed.
    if any(ch == "|" or ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in literal):
        raise errors.ValidationError("template", QT_TRANSLATE_NOOP("kesos", "Format NIPD memuat karakter terlarang."))
    return parts


_TOKEN_WIDTH = {"desa": 10, "kec": 6, "kab": 4, "prov": 2, "tahun": 4, "jk": 1, "lahir": 8}


def template_length(template: str) -> int:
    total = 0
    for kind, value in parse_template(template):
        if kind == "lit":
            total += len(str(value))
        elif kind == "urut":
            total += int(value)
        else:
            total += _TOKEN_WIDTH[str(value)]
    return total


def render_number(
    template: str, *, desa_code: str, year: int, sex: str, birth_date: date, counter: int
) -> tuple[str, str]:
    """(number, display form). Without literal separators the display groups the parts with spaces."""
    parts = parse_template(template)
    d = desa_code.replace(".", "")
    values: list[str] = []
    has_literal = any(k == "lit" for k, _ in parts)
    for kind, value in parts:
        if kind == "lit":
            values.append(str(value))
        elif kind == "urut":
            width = int(value)
            if counter >= 10**width:
                raise errors.ValidationError(
                    "template",
                    QT_TRANSLATE_NOOP(
                        "kesos",
                        "Nomor urut NIPD sudah habis: {{urut:{width}}} hanya sampai {max}. "
                        "Admin perlu memperbesar jumlah digit pada format NIPD.",
                    ),
                    width=width,
                    max=10**width - 1,
                )
            values.append(f"{counter:0{width}d}")
        else:
            values.append(
                {
                    "desa": d,
                    "kec": d[:6],
                    "kab": d[:4],
                    "prov": d[:2],
                    "tahun": f"{year:04d}",
                    "jk": "1" if sex == "L" else "2",
                    "lahir": birth_date.strftime("%Y%m%d"),
                }[str(value)]
            )
    number = "".join(values)
    display = number if has_literal else " ".join(values)
    return number, display


def counter_key(settings: NumberSettings, desa_code: str, year: int) -> str:
    parts = desa_code.split(".")
    code = {"desa": desa_code, "kec": ".".join(parts[:3]), "kab": ".".join(parts[:2])}[settings.scope]
    period = str(year) if settings.period == "tahun" else "*"
    return f"{settings.scope}:{code}:{period}"


def number_settings(db: Database) -> NumberSettings:
    values = office.get_many(db, "nipd.")
    return _settings_from(values)


def _settings_from(values: dict[str, str]) -> NumberSettings:
    scope = values.get(SCOPE_KEY, "desa")
    period = values.get(PERIOD_KEY, "tahun")
    return NumberSettings(
        values.get(TEMPLATE_KEY, DEFAULT_TEMPLATE),
        scope if scope in SCOPES else "desa",
        period if period in PERIODS else "tahun",
    )


def _session_settings(s: Session) -> NumberSettings:
    from kesos_desktop.models import AppSetting

    rows = s.scalars(select(AppSetting).where(AppSetting.key.in_((TEMPLATE_KEY, SCOPE_KEY, PERIOD_KEY))))
    return _settings_from({r.key: r.value for r in rows})


def set_number_settings(db: Database, actor: Actor, template: str, scope: str, period: str) -> NumberSettings:
    """Change the format; numbers already given keep theirs (only new allocations use it)."""
    require(actor, Perm.SETTINGS_MANAGE)
    template = template.strip()
    parse_template(template)
    if template_length(template) > MAX_NUMBER_LENGTH:
        raise errors.ValidationError(
            "template",
            QT_TRANSLATE_NOOP("kesos", "Format NIPD terlalu panjang (maksimal {n} karakter)."),
            n=MAX_NUMBER_LENGTH,
        )
    if scope not in SCOPES:
        raise errors.ValidationError("scope", QT_TRANSLATE_NOOP("kesos", "Cakupan nomor urut tidak dikenal."))
    if period not in PERIODS:
        raise errors.ValidationError("period", QT_TRANSLATE_NOOP("kesos", "Periode nomor urut tidak dikenal."))
    with db.write() as s:
        office.put(s, actor, TEMPLATE_KEY, template)
        office.put(s, actor, SCOPE_KEY, scope)
        office.put(s, actor, PERIOD_KEY, period)
    return NumberSettings(template, scope, period)


def bump_counter(session: Session, scope_key: str) -> int:
    """Atomically add one to the scope's counter and return the new value (row-locked until commit)."""
    bump = text("UPDATE nipd_counter SET value = value + 1 WHERE scope_key = :k RETURNING value")
    value = session.execute(bump, {"k": scope_key}).scalar()
    if value is None:  # first number of this scope
        session.execute(
            text("INSERT INTO nipd_counter (scope_key, value) VALUES (:k, 0) ON CONFLICT (scope_key) DO NOTHING"),
            {"k": scope_key},
        )
        value = session.execute(bump, {"k": scope_key}).scalar_one()
    return int(value)


_LEDGER_INSERT = text(
    "INSERT INTO nipd_number (number, official_id, scope_key, counter, allocated_at) "
    "VALUES (:number, :official_id, :scope_key, :counter, :at) ON CONFLICT (number) DO NOTHING RETURNING number"
)


def allocate_number(
    session: Session,
    settings: NumberSettings,
    *,
    desa_code: str,
    year: int,
    sex: str,
    birth_date: date,
    official_id: int | None,
) -> tuple[str, str]:
    """Allocate the next number in the caller's write transaction; see the module docstring.

    Two statements while the counter row is locked: the bump and the ledger insert (which skips a
    text an older template already produced: the counter then moves on, nothing is reused).
    """
    key = counter_key(settings, desa_code, year)
    for _ in range(1000):
        value = bump_counter(session, key)
        number, display = render_number(
            settings.template, desa_code=desa_code, year=year, sex=sex, birth_date=birth_date, counter=value
        )
        params = {"number": number, "official_id": official_id, "scope_key": key, "counter": value, "at": utcnow()}
        if session.execute(_LEDGER_INSERT, params).scalar() is not None:
            return number, display
    raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Tidak dapat membuat NIPD unik dengan format ini."))


# --- officials -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficialInput:
    nik: str
    name: str
    sex: str
    birth_place: str
    birth_date: date | None
    desa_code: str | None
    jabatan_code: str | None
    sk_number: str
    sk_date: date | None
    tmt: date | None
    sk_signer: str = ""
    title_front: str = ""
    title_back: str = ""
    religion: str = ""
    education: str = ""
    address: str = ""
    phone: str = ""
    nip: str = ""
    pangkat: str = ""
    notes: str = ""
    photo: bytes | None = None  # already processed (see process_photo) or raw image bytes


@dataclass(frozen=True)
class PositionInfo:
    id: int
    jabatan_code: str
    jabatan_name: str
    desa_code: str
    desa_name: str
    sk_number: str
    sk_date: date
    sk_signer: str
    tmt: date
    end_sk_number: str | None
    end_sk_date: date | None
    end_reason: str | None
    ended_on: date | None


@dataclass(frozen=True)
class OfficialInfo:
    id: int
    nik: str
    name: str
    title_front: str
    title_back: str
    sex: str
    birth_place: str
    birth_date: date
    religion: str
    education: str
    address: str
    phone: str
    nip: str
    pangkat: str
    notes: str
    status: str
    nipd: str | None
    nipd_display: str | None
    desa_code: str
    desa_name: str
    kecamatan_name: str
    kabupaten_name: str
    jabatan_code: str
    jabatan_name: str
    has_photo: bool
    version: int
    nik_flagged: bool = False
    positions: tuple[PositionInfo, ...] = ()
    current_card_serial: str | None = None

    @property
    def full_name(self) -> str:
        return full_name(self.title_front, self.name, self.title_back)


@dataclass(frozen=True)
class SaveResult:
    official: OfficialInfo
    warnings: tuple[Message, ...] = field(default_factory=tuple)


def full_name(front: str, name: str, back: str) -> str:
    out = f"{front.strip()} {name.strip()}".strip()
    return f"{out}, {back.strip()}" if back.strip() else out


def age_on(born: date, when: date) -> int:
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


def process_photo(data: bytes, box: tuple[float, float, float, float] | None = None) -> bytes:
    """Check, crop to 3:4 (``box`` = left, top, right, bottom as fractions, else centred) and shrink to JPEG."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > PHOTO_MAX_BYTES:
        raise errors.ValidationError(
            "photo",
            QT_TRANSLATE_NOOP("kesos", "File foto terlalu besar (maksimal {mb} MB)."),
            mb=PHOTO_MAX_BYTES // 2**20,
        )
    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            if width * height > PHOTO_MAX_PIXELS:
                raise errors.ValidationError(
                    "photo", QT_TRANSLATE_NOOP("kesos", "Foto terlalu besar ({w} x {h} piksel)."), w=width, h=height
                )
            probe.verify()
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as e:
        raise errors.ValidationError(
            "photo", QT_TRANSLATE_NOOP("kesos", "File ini bukan gambar yang dapat dibaca (pakai JPG atau PNG).")
        ) from e
    from PIL import ImageOps

    img = ImageOps.exif_transpose(img).convert("RGB")
    w, h = img.size
    if box is not None:
        left, top, right, bottom = box
        img = img.crop((int(left * w), int(top * h), int(right * w), int(bottom * h)))
        w, h = img.size
    target = 3 / 4
    if w / h > target:
        nw = int(h * target)
        img = img.crop(((w - nw) // 2, 0, (w - nw) // 2 + nw, h))
    elif w / h < target:
        nh = int(w / target)
        img = img.crop((0, (h - nh) // 2, w, (h - nh) // 2 + nh))
    img = img.resize(PHOTO_SIZE, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def _region_names(s: Session, desa_code: str) -> tuple[str, str, str]:
    codes = [desa_code, ".".join(desa_code.split(".")[:3]), ".".join(desa_code.split(".")[:2])]
    names = dict(s.execute(select(Wilayah.code, Wilayah.name).where(Wilayah.code.in_(codes))).all())
    return names.get(codes[0], desa_code), names.get(codes[1], ""), names.get(codes[2], "")


def _info(s: Session, o: Official, *, with_positions: bool = False) -> OfficialInfo:
    from kesos_desktop.models.nipd import Card

    desa, kec, kab = _region_names(s, o.desa_code)
    jab = s.get(Jabatan, o.jabatan_code)
    positions: tuple[PositionInfo, ...] = ()
    if with_positions:
        jab_names = dict(s.execute(select(Jabatan.code, Jabatan.name)).all())
        rows = s.scalars(select(Position).where(Position.official_id == o.id).order_by(Position.tmt, Position.id))
        positions = tuple(
            PositionInfo(
                p.id,
                p.jabatan_code,
                jab_names.get(p.jabatan_code, p.jabatan_code),
                p.desa_code,
                _region_names(s, p.desa_code)[0],
                p.sk_number,
                p.sk_date,
                p.sk_signer,
                p.tmt,
                p.end_sk_number,
                p.end_sk_date,
                p.end_reason,
                p.ended_on,
            )
            for p in rows
        )
    serial = None
    if o.current_card_id is not None:
        card = s.get(Card, o.current_card_id)
        serial = card.serial if card else None
    return OfficialInfo(
        o.id,
        o.nik,
        o.name,
        o.title_front,
        o.title_back,
        o.sex,
        o.birth_place,
        o.birth_date,
        o.religion,
        o.education,
        o.address,
        o.phone,
        o.nip,
        o.pangkat,
        o.notes,
        o.status,
        o.nipd,
        o.nipd_display,
        o.desa_code,
        desa,
        kec,
        kab,
        o.jabatan_code,
        jab.name if jab else o.jabatan_code,
        o.photo is not None,
        o.version,
        o.nik_flagged,
        positions,
        serial,
    )


def _snapshot(o: Official) -> dict[str, Any]:
    return {
        "nik": o.nik,
        "name": o.name,
        "title_front": o.title_front,
        "title_back": o.title_back,
        "sex": o.sex,
        "birth_place": o.birth_place,
        "birth_date": o.birth_date,
        "religion": o.religion,
        "education": o.education,
        "address": o.address,
        "phone": o.phone,
        "nip": o.nip,
        "pangkat": o.pangkat,
        "status": o.status,
        "nipd": o.nipd,
        "desa_code": o.desa_code,
        "jabatan_code": o.jabatan_code,
        "photo": o.photo,
    }


def _check_scope(actor: Actor, desa_code: str) -> None:
    if actor.scope_code and not wilayah.in_scope(desa_code, actor.scope_code):
        raise errors.PermissionDenied(
            QT_TRANSLATE_NOOP("kesos", "Desa {code} di luar wilayah kerja Anda."), code=desa_code
        )


_TEXT_LIMITS = (
    ("title_front", 40), ("title_back", 40), ("birth_place", 80), ("religion", 20), ("address", 250), ("phone", 30),
    ("pangkat", 60), ("notes", 250), ("sk_number", 80), ("sk_signer", 120),
)  # fmt: skip


def _validate(
    s: Session, actor: Actor, data: OfficialInput, *, existing_id: int | None, accept_nik_issues: bool, today: date
) -> tuple[str, bool, list[Message]]:
    """Return (clean NIK, flagged, warnings) or raise ValidationErrors listing every bad field."""
    errs: list[errors.ValidationError] = []
    warnings: list[Message] = []
    flagged = False

    def err(field_name: str, text_: str, **params: Any) -> None:
        errs.append(errors.ValidationError(field_name, text_, **params))

    if not data.name.strip():
        err("name", QT_TRANSLATE_NOOP("kesos", "Nama wajib diisi."))
    elif len(data.name.strip()) > 120:
        err("name", QT_TRANSLATE_NOOP("kesos", "Nama terlalu panjang (maksimal 120 karakter)."))
    # The column widths (PostgreSQL refuses longer text; SQLite would keep it and print it on cards).
    for key, limit in _TEXT_LIMITS:
        if len(getattr(data, key).strip()) > limit:
            err(key, QT_TRANSLATE_NOOP("kesos", "Terlalu panjang (maksimal {n} karakter)."), n=limit)
    if data.sex not in SEXES:
        err("sex", QT_TRANSLATE_NOOP("kesos", "Pilih jenis kelamin."))
    if not data.birth_place.strip():
        err("birth_place", QT_TRANSLATE_NOOP("kesos", "Tempat lahir wajib diisi."))
    if data.birth_date is None:
        err("birth_date", QT_TRANSLATE_NOOP("kesos", "Tanggal lahir wajib diisi."))
    elif data.birth_date > today:
        err("birth_date", QT_TRANSLATE_NOOP("kesos", "Tanggal lahir tidak boleh di masa depan."))
    if data.education and data.education not in EDUCATION:
        err("education", QT_TRANSLATE_NOOP("kesos", "Pendidikan terakhir tidak dikenal."))
    if data.nip and not re.fullmatch(r"\d{18}", data.nip.strip()):
        err("nip", QT_TRANSLATE_NOOP("kesos", "NIP harus 18 digit angka (kosongkan bila bukan PNS)."))

    check = nik_rules.check_nik(
        data.nik,
        kecamatan_exists=lambda code: s.get(Wilayah, code) is not None,
        birth_date=data.birth_date,
        sex=data.sex if data.sex in SEXES else None,
        today=today,
    )
    nik_value = check.value or ""
    if check.hard:
        err("nik", check.issues[0].message.text, **check.issues[0].message.params)
    elif check.issues:
        if accept_nik_issues and actor.can(Perm.SETTINGS_MANAGE):
            flagged = True
            warnings.append(
                msg(QT_TRANSLATE_NOOP("kesos", "NIK diterima dengan catatan: {detail}"), detail=check.text())
            )
        else:
            err("nik", QT_TRANSLATE_NOOP("kesos", "{detail}"), detail=check.text())
    if nik_value:
        other = s.scalar(select(Official.id).where(Official.nik == nik_value))
        if other is not None and other != existing_id:
            err("nik", QT_TRANSLATE_NOOP("kesos", "NIK {nik} sudah terdaftar sebagai perangkat desa."), nik=nik_value)

    if existing_id is None:
        if not data.desa_code:
            err("desa_code", QT_TRANSLATE_NOOP("kesos", "Pilih desa."))
        else:
            w = s.get(Wilayah, data.desa_code)
            if w is None or w.level != wilayah.DESA:
                err("desa_code", QT_TRANSLATE_NOOP("kesos", "Pilih desa/kelurahan sampai tingkat desa."))
        if not data.jabatan_code or s.get(Jabatan, data.jabatan_code) is None:
            err("jabatan_code", QT_TRANSLATE_NOOP("kesos", "Pilih jabatan."))
        _check_sk(data.sk_number, data.sk_date, data.tmt, data.birth_date, today, err)
        if data.birth_date and data.tmt and not errs:
            age = age_on(data.birth_date, data.tmt)
            if not MIN_AGE <= age <= MAX_AGE:
                warnings.append(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "kesos", "Usia saat pengangkatan {age} tahun, di luar ketentuan {lo}-{hi} tahun."
                        ),
                        age=age,
                        lo=MIN_AGE,
                        hi=MAX_AGE,
                    )
                )
    if data.education and data.education in EDUCATION and EDUCATION.index(data.education) < EDUCATION.index("SMA"):
        warnings.append(msg(QT_TRANSLATE_NOOP("kesos", "Pendidikan terakhir di bawah SMA/sederajat.")))
    elif not data.education:
        warnings.append(msg(QT_TRANSLATE_NOOP("kesos", "Pendidikan terakhir belum diisi.")))
    if errs:
        raise errors.ValidationErrors(errs)
    return nik_value, flagged, warnings


def _check_sk(sk_number: str, sk_date: date | None, tmt: date | None, born: date | None, today: date, err: Any) -> None:
    if not sk_number.strip():
        err("sk_number", QT_TRANSLATE_NOOP("kesos", "Nomor SK pengangkatan wajib diisi."))
    if sk_date is None:
        err("sk_date", QT_TRANSLATE_NOOP("kesos", "Tanggal SK wajib diisi."))
    elif sk_date > today:
        err("sk_date", QT_TRANSLATE_NOOP("kesos", "Tanggal SK tidak boleh di masa depan."))
    elif born is not None and sk_date <= born:
        err("sk_date", QT_TRANSLATE_NOOP("kesos", "Tanggal SK tidak boleh sebelum tanggal lahir."))
    if tmt is None:
        err("tmt", QT_TRANSLATE_NOOP("kesos", "TMT (mulai bertugas) wajib diisi."))
    elif born is not None and tmt <= born:
        err("tmt", QT_TRANSLATE_NOOP("kesos", "TMT tidak boleh sebelum tanggal lahir."))


def _photo(data: bytes | None) -> bytes | None:
    if data is None:
        return None
    if data[:3] == b"\xff\xd8\xff" and len(data) <= 120_000:
        try:
            from PIL import Image

            with Image.open(io.BytesIO(data)) as im:
                if im.size == PHOTO_SIZE:
                    return data  # processed already
        except Exception:  # noqa: BLE001 - process_photo reports it properly
            pass
    return process_photo(data)


def register(
    db: Database, actor: Actor, data: OfficialInput, *, accept_nik_issues: bool = False, today: date | None = None
) -> SaveResult:
    """Register an official with the first position. The NIPD comes on approval (``approve``)."""
    require(actor, Perm.NIPD_EDIT)
    today = today or date.today()
    photo = None
    photo_error: errors.ValidationError | None = None
    try:
        photo = _photo(data.photo)
    except errors.ValidationError as e:
        photo_error = e
    if data.desa_code:
        _check_scope(actor, data.desa_code)
    with db.write() as s:
        o, warnings = register_in(
            s, actor, data, photo, accept_nik_issues=accept_nik_issues, today=today, photo_error=photo_error
        )
        return SaveResult(_info(s, o, with_positions=True), tuple(warnings))


def register_in(
    s: Session,
    actor: Actor,
    data: OfficialInput,
    photo: bytes | None,
    *,
    accept_nik_issues: bool,
    today: date,
    photo_error: errors.ValidationError | None = None,
) -> tuple[Official, list[Message]]:
    """The registration inside the caller's write unit (``register`` and the importer)."""
    if data.desa_code:
        _check_scope(actor, data.desa_code)
    try:
        nik_value, flagged, warnings = _validate(
            s, actor, data, existing_id=None, accept_nik_issues=accept_nik_issues, today=today
        )
    except errors.ValidationErrors as e:
        if photo_error:
            e.errors.append(photo_error)
        raise errors.ValidationErrors(e.errors) from None
    if photo_error:
        raise errors.ValidationErrors([photo_error])
    assert data.birth_date and data.desa_code and data.jabatan_code and data.sk_date and data.tmt
    o = Official(
        nik=nik_value,
        nik_flagged=flagged,
        name=" ".join(data.name.split()),
        title_front=data.title_front.strip(),
        title_back=data.title_back.strip(),
        sex=data.sex,
        birth_place=data.birth_place.strip(),
        birth_date=data.birth_date,
        religion=data.religion.strip(),
        education=data.education,
        address=data.address.strip(),
        phone=data.phone.strip(),
        nip=data.nip.strip(),
        pangkat=data.pangkat.strip(),
        notes=data.notes.strip(),
        photo=photo,
        status="diajukan",
        desa_code=data.desa_code,
        jabatan_code=data.jabatan_code,
        created_by=actor.id,
        updated_by=actor.id,
    )
    s.add(o)
    _flush_nik(s, nik_value)
    s.add(
        Position(
            official_id=o.id,
            jabatan_code=data.jabatan_code,
            desa_code=data.desa_code,
            sk_number=data.sk_number.strip(),
            sk_date=data.sk_date,
            sk_signer=data.sk_signer.strip(),
            tmt=data.tmt,
            created_by=actor.id,
            updated_by=actor.id,
        )
    )
    s.flush()
    audit.record(s, actor, "create", "perangkat", o.id, after=_snapshot(o), summary=f"Perangkat desa {o.name}")
    return o, warnings


def update(
    db: Database,
    actor: Actor,
    official_id: int,
    data: OfficialInput,
    *,
    expected_version: int,
    accept_nik_issues: bool = False,
    today: date | None = None,
) -> SaveResult:
    """Change personal data (not the position: see ``mutasi`` and ``end_service``)."""
    require(actor, Perm.NIPD_EDIT)
    today = today or date.today()
    photo = _photo(data.photo) if data.photo is not None else None
    with db.write() as s:
        o = _load(s, official_id)
        if o.version != expected_version:
            raise errors.ConflictError()
        warnings = update_in(s, actor, o, data, photo, accept_nik_issues=accept_nik_issues, today=today)
        return SaveResult(_info(s, o, with_positions=True), tuple(warnings))


def update_in(
    s: Session,
    actor: Actor,
    o: Official,
    data: OfficialInput,
    photo: bytes | None,
    *,
    accept_nik_issues: bool,
    today: date,
) -> list[Message]:
    _check_scope(actor, o.desa_code)
    before = _snapshot(o)
    nik_value, flagged, warnings = _validate(
        s, actor, data, existing_id=o.id, accept_nik_issues=accept_nik_issues, today=today
    )
    assert data.birth_date
    o.nik, o.nik_flagged = nik_value, flagged
    o.name = " ".join(data.name.split())
    o.title_front, o.title_back = data.title_front.strip(), data.title_back.strip()
    o.sex, o.birth_place, o.birth_date = data.sex, data.birth_place.strip(), data.birth_date
    o.religion, o.education = data.religion.strip(), data.education
    o.address, o.phone = data.address.strip(), data.phone.strip()
    o.nip, o.pangkat, o.notes = data.nip.strip(), data.pangkat.strip(), data.notes.strip()
    if photo is not None:
        o.photo = photo
    o.updated_by = actor.id
    _flush_nik(s, nik_value)
    audit.record(
        s, actor, "update", "perangkat", o.id, before=before, after=_snapshot(o), summary=f"Perangkat desa {o.name}"
    )
    return warnings


def _flush_nik(s: Session, nik_value: str) -> None:
    try:
        s.flush()
    except IntegrityError as e:
        # PostgreSQL: another PC saved the same NIK between our check and our write (SQLite writes one at a time).
        if not any(k in str(e.orig) for k in ("uq_nipd_official_nik", "nipd_official.nik")):
            raise
        raise errors.DuplicateError(
            QT_TRANSLATE_NOOP("kesos", "NIK {nik} baru saja didaftarkan sebagai perangkat desa oleh pengguna lain."),
            nik=nik_value,
        ) from e


def _load(s: Session, official_id: int) -> Official:
    o = s.get(Official, official_id)
    if o is None:
        raise errors.NotFound()
    return o


def get(db: Database, actor: Actor, official_id: int) -> OfficialInfo:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        o = _load(s, official_id)
        if actor.scope_code and not wilayah.in_scope(o.desa_code, actor.scope_code):
            raise errors.NotFound()
        info = _info(s, o, with_positions=True)
    # Roles without NIK_VIEW see it masked (they cannot save the form, so nothing writes it back).
    return info if actor.can(Perm.NIK_VIEW) else replace(info, nik=mask_nik(info.nik, actor))


def photo_of(db: Database, actor: Actor, official_id: int) -> bytes | None:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        return s.scalar(select(Official.photo).where(Official.id == official_id))


def approve(db: Database, actor: Actor, official_id: int, *, expected_version: int) -> OfficialInfo:
    """Approve a registration: allocate the NIPD and open an approved card request (reason "baru")."""
    require(actor, Perm.NIPD_APPROVE)
    with db.write() as s:
        o = _load(s, official_id)
        _check_scope(actor, o.desa_code)
        if o.version != expected_version:
            raise errors.ConflictError()
        if o.status != "diajukan" or o.nipd:
            raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Perangkat ini sudah disetujui."))
        first = s.scalars(select(Position).where(Position.official_id == o.id).order_by(Position.tmt)).first()
        year = (first.sk_date if first else date.today()).year
        number, display = allocate_number(
            s,
            _session_settings(s),
            desa_code=o.desa_code,
            year=year,
            sex=o.sex,
            birth_date=o.birth_date,
            official_id=o.id,
        )
        now = utcnow()
        o.nipd, o.nipd_display, o.status = number, display, "aktif"
        o.approved_at, o.approved_by, o.updated_by = now, actor.id, actor.id
        s.add(
            CardRequest(
                official_id=o.id,
                reason="baru",
                status="approved",
                note="",
                requested_at=now,
                requested_by=actor.id,
                approved_at=now,
                approved_by=actor.id,
                created_by=actor.id,
                updated_by=actor.id,
            )
        )
        s.flush()
        audit.record(
            s,
            actor,
            "update",
            "perangkat",
            o.id,
            before={"status": "diajukan", "nipd": None},
            after={"status": "aktif", "nipd": number},
            summary=f"Disetujui, NIPD {display}: {o.name}",
        )
        return _info(s, o, with_positions=True)


def mutasi(
    db: Database,
    actor: Actor,
    official_id: int,
    *,
    expected_version: int,
    jabatan_code: str,
    desa_code: str,
    sk_number: str,
    sk_date: date | None,
    tmt: date | None,
    sk_signer: str = "",
    today: date | None = None,
) -> OfficialInfo:
    """Close the open position and open a new one (new jabatan or desa) under the same NIPD."""
    require(actor, Perm.NIPD_EDIT)
    today = today or date.today()
    _check_scope(actor, desa_code)
    with db.write() as s:
        o = _load(s, official_id)
        _check_scope(actor, o.desa_code)
        if o.version != expected_version:
            raise errors.ConflictError()
        if o.status == "berhenti":
            raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Perangkat ini sudah berhenti; tidak dapat dimutasi."))
        errs: list[errors.ValidationError] = []

        def err(f: str, t: str, **p: Any) -> None:
            errs.append(errors.ValidationError(f, t, **p))

        if s.get(Jabatan, jabatan_code) is None:
            err("jabatan_code", QT_TRANSLATE_NOOP("kesos", "Pilih jabatan."))
        w = s.get(Wilayah, desa_code)
        if w is None or w.level != wilayah.DESA:
            err("desa_code", QT_TRANSLATE_NOOP("kesos", "Pilih desa/kelurahan sampai tingkat desa."))
        _check_sk(sk_number, sk_date, tmt, o.birth_date, today, err)
        current = _open_position(s, o.id)
        if current is not None and tmt is not None and tmt <= current.tmt:
            err("tmt", QT_TRANSLATE_NOOP("kesos", "TMT jabatan baru harus sesudah TMT jabatan lama."))
        if errs:
            raise errors.ValidationErrors(errs)
        assert sk_date and tmt
        before = {"jabatan_code": o.jabatan_code, "desa_code": o.desa_code}
        if current is not None:
            current.ended_on = tmt
            current.end_sk_number = sk_number.strip()
            current.end_sk_date = sk_date
            current.end_reason = "Mutasi"
            current.updated_by = actor.id
        s.add(
            Position(
                official_id=o.id,
                jabatan_code=jabatan_code,
                desa_code=desa_code,
                sk_number=sk_number.strip(),
                sk_date=sk_date,
                sk_signer=sk_signer.strip(),
                tmt=tmt,
                created_by=actor.id,
                updated_by=actor.id,
            )
        )
        o.jabatan_code, o.desa_code, o.updated_by = jabatan_code, desa_code, actor.id
        s.flush()
        audit.record(
            s,
            actor,
            "update",
            "perangkat",
            o.id,
            before=before,
            after={"jabatan_code": jabatan_code, "desa_code": desa_code},
            summary=f"Mutasi {o.name}",
        )
        return _info(s, o, with_positions=True)


def _open_position(s: Session, official_id: int) -> Position | None:
    return s.scalars(
        select(Position)
        .where(Position.official_id == official_id, Position.ended_on.is_(None))
        .order_by(Position.tmt.desc(), Position.id.desc())
    ).first()


def end_service(
    db: Database,
    actor: Actor,
    official_id: int,
    *,
    expected_version: int,
    sk_number: str,
    sk_date: date | None,
    reason: str,
    ended_on: date | None = None,
    today: date | None = None,
) -> OfficialInfo:
    """Pemberhentian: close the position; the NIPD stays with the person and is never reused."""
    require(actor, Perm.NIPD_EDIT)
    today = today or date.today()
    with db.write() as s:
        o = _load(s, official_id)
        _check_scope(actor, o.desa_code)
        if o.version != expected_version:
            raise errors.ConflictError()
        errs: list[errors.ValidationError] = []
        if not sk_number.strip():
            errs.append(
                errors.ValidationError(
                    "end_sk_number", QT_TRANSLATE_NOOP("kesos", "Nomor SK pemberhentian wajib diisi.")
                )
            )
        if sk_date is None or sk_date > today:
            errs.append(
                errors.ValidationError(
                    "end_sk_date", QT_TRANSLATE_NOOP("kesos", "Tanggal SK pemberhentian tidak valid.")
                )
            )
        if not reason.strip():
            errs.append(
                errors.ValidationError("end_reason", QT_TRANSLATE_NOOP("kesos", "Alasan pemberhentian wajib diisi."))
            )
        if errs:
            raise errors.ValidationErrors(errs)
        current = _open_position(s, o.id)
        if current is not None:
            current.end_sk_number, current.end_sk_date = sk_number.strip(), sk_date
            current.end_reason, current.ended_on = reason.strip(), ended_on or sk_date
            current.updated_by = actor.id
        before = o.status
        o.status, o.updated_by = "berhenti", actor.id
        for r in s.scalars(
            select(CardRequest).where(
                CardRequest.official_id == o.id, CardRequest.status.in_(("requested", "approved"))
            )
        ):
            r.status, r.cancelled_at, r.cancelled_by = "cancelled", utcnow(), actor.id
        s.flush()
        audit.record(
            s,
            actor,
            "update",
            "perangkat",
            o.id,
            before={"status": before},
            after={"status": "berhenti"},
            summary=f"Pemberhentian {o.name}: {reason.strip()}",
        )
        return _info(s, o, with_positions=True)


# --- jabatan list --------------------------------------------------------------------------------


@dataclass(frozen=True)
class JabatanInfo:
    code: str
    name: str
    sort_order: int
    active: bool
    version: int


def list_jabatan(db: Database, *, include_inactive: bool = False) -> list[JabatanInfo]:
    with db.read() as s:
        stmt = select(Jabatan).order_by(Jabatan.sort_order, Jabatan.code)
        if not include_inactive:
            stmt = stmt.where(Jabatan.active.is_(True))
        return [JabatanInfo(j.code, j.name, j.sort_order, j.active, j.version) for j in s.scalars(stmt)]


def save_jabatan(
    db: Database,
    actor: Actor,
    code: str,
    name: str,
    *,
    sort_order: int = 99,
    active: bool = True,
    expected_version: int | None = None,
) -> JabatanInfo:
    require(actor, Perm.SETTINGS_MANAGE)
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z0-9-]{1,12}", code):
        raise errors.ValidationError(
            "code", QT_TRANSLATE_NOOP("kesos", "Kode jabatan 1-12 huruf besar, angka atau tanda hubung.")
        )
    if not name.strip():
        raise errors.ValidationError("name", QT_TRANSLATE_NOOP("kesos", "Nama jabatan wajib diisi."))
    with db.write() as s:
        j = s.get(Jabatan, code)
        if j is None:
            j = Jabatan(
                code=code,
                name=name.strip(),
                sort_order=sort_order,
                active=active,
                created_by=actor.id,
                updated_by=actor.id,
            )
            s.add(j)
            s.flush()
            audit.record(s, actor, "create", "jabatan", code, after={"name": j.name}, summary=f"Jabatan {j.name}")
        else:
            if expected_version is not None and j.version != expected_version:
                raise errors.ConflictError()
            before = {"name": j.name, "sort_order": j.sort_order, "active": j.active}
            j.name, j.sort_order, j.active, j.updated_by = name.strip(), sort_order, active, actor.id
            s.flush()
            audit.record(
                s,
                actor,
                "update",
                "jabatan",
                code,
                before=before,
                after={"name": j.name, "sort_order": j.sort_order, "active": j.active},
                summary=f"Jabatan {j.name}",
            )
        return JabatanInfo(j.code, j.name, j.sort_order, j.active, j.version)


# --- card requests -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestInfo:
    id: int
    official_id: int
    official_name: str
    nipd_display: str | None
    desa_name: str
    reason: str
    status: str
    note: str
    requested_at: datetime
    approved_at: datetime | None
    printed_at: datetime | None
    distributed_at: datetime | None
    cancelled_at: datetime | None
    batch_id: int | None
    version: int


def _request_info(s: Session, r: CardRequest) -> RequestInfo:
    o = s.get(Official, r.official_id)
    assert o is not None
    desa = s.scalar(select(Wilayah.name).where(Wilayah.code == o.desa_code)) or o.desa_code
    return RequestInfo(
        r.id,
        o.id,
        full_name(o.title_front, o.name, o.title_back),
        o.nipd_display,
        desa,
        r.reason,
        r.status,
        r.note,
        r.requested_at,
        r.approved_at,
        r.printed_at,
        r.distributed_at,
        r.cancelled_at,
        r.batch_id,
        r.version,
    )


def request_card(db: Database, actor: Actor, official_id: int, reason: str, note: str = "") -> RequestInfo:
    require(actor, Perm.NIPD_EDIT)
    if reason not in REQUEST_REASONS:
        raise errors.ValidationError("reason", QT_TRANSLATE_NOOP("kesos", "Alasan permintaan kartu tidak dikenal."))
    with db.write() as s:
        o = _load(s, official_id)
        _check_scope(actor, o.desa_code)
        if o.status != "aktif" or not o.nipd:
            raise errors.KnownError(
                QT_TRANSLATE_NOOP("kesos", "Kartu hanya untuk perangkat aktif yang sudah memiliki NIPD.")
            )
        busy = s.scalar(
            select(CardRequest.id).where(
                CardRequest.official_id == o.id, CardRequest.status.in_(("requested", "approved"))
            )
        )
        if busy is not None:
            raise errors.DuplicateError(
                QT_TRANSLATE_NOOP("kesos", "Masih ada permintaan kartu yang belum dicetak untuk perangkat ini.")
            )
        r = CardRequest(
            official_id=o.id,
            reason=reason,
            status="requested",
            note=note.strip()[:250],
            requested_at=utcnow(),
            requested_by=actor.id,
            created_by=actor.id,
            updated_by=actor.id,
        )
        s.add(r)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "kartu_nipd",
            r.id,
            after={"reason": reason},
            summary=f"Permintaan kartu {o.name} ({reason})",
        )
        return _request_info(s, r)


_STEPS = {
    "approve": ("requested", "approved", Perm.NIPD_APPROVE),
    "distribute": ("printed", "distributed", Perm.NIPD_PRINT),
    "cancel": (None, "cancelled", Perm.NIPD_EDIT),
}


def advance_request(db: Database, actor: Actor, request_id: int, step: str, *, expected_version: int) -> RequestInfo:
    """approve (requested -> approved), distribute (printed -> distributed), cancel (requested/approved)."""
    source, target, perm = _STEPS[step]
    require(actor, perm)
    with db.write() as s:
        r = s.get(CardRequest, request_id)
        if r is None:
            raise errors.NotFound()
        o = _load(s, r.official_id)
        _check_scope(actor, o.desa_code)
        if r.version != expected_version:
            raise errors.ConflictError()
        allowed = (source,) if source else ("requested", "approved")
        if r.status not in allowed:
            raise errors.KnownError(
                QT_TRANSLATE_NOOP("kesos", "Permintaan berstatus {status}; langkah ini tidak berlaku."),
                status=REQUEST_STATUS.get(r.status, r.status),
            )
        before = r.status
        now = utcnow()
        r.status = target
        setattr(r, f"{target}_at", now)
        setattr(r, f"{target}_by", actor.id)
        r.updated_by = actor.id
        s.flush()
        audit.record(
            s,
            actor,
            "update",
            "kartu_nipd",
            r.id,
            before={"status": before},
            after={"status": target},
            summary=f"Kartu {o.name}: {before} -> {target}",
        )
        return _request_info(s, r)


def list_requests(db: Database, actor: Actor, statuses: Sequence[str] = ("requested", "approved")) -> list[RequestInfo]:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        stmt = (
            select(CardRequest)
            .join(Official, Official.id == CardRequest.official_id)
            .where(CardRequest.status.in_(tuple(statuses)))
            .order_by(CardRequest.requested_at, CardRequest.id)
        )
        if actor.scope_code:
            stmt = stmt.where(
                and_(func.length(Official.desa_code) > 0, Official.desa_code.startswith(actor.scope_code + "."))
            )
        return [_request_info(s, r) for r in s.scalars(stmt)]


# --- the shared record list ----------------------------------------------------------------------

_desa = aliased(Wilayah)
_kec = aliased(Wilayah)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(d)


def retiring_cutoff(months: int, today: date | None = None) -> date:
    """Officials born on or before this date reach RETIREMENT_AGE within ``months`` months."""
    end = _add_months(today or date.today(), int(months))
    try:
        return end.replace(year=end.year - RETIREMENT_AGE)
    except ValueError:
        return end.replace(year=end.year - RETIREMENT_AGE, day=28)


def _search(text_: str):  # type: ignore[no-untyped-def]
    t = text_.strip()
    digits = t.replace(" ", "").replace(".", "")
    if digits.isdigit() and len(digits) >= 4:
        return or_(Official.nipd.startswith(digits), Official.nik == digits, Official.nipd.startswith(t))
    return contains(Official.name, t)


def _sk_year(value: Any):  # type: ignore[no-untyped-def]
    year = int(value)
    return exists().where(
        Position.official_id == Official.id,
        Position.sk_date >= date(year, 1, 1),
        Position.sk_date <= date(year, 12, 31),
    )


def _scope(actor: Actor):  # type: ignore[no-untyped-def]
    if not actor.scope_code:
        return None
    return or_(Official.desa_code == actor.scope_code, Official.desa_code.startswith(actor.scope_code + "."))


LIST_SPEC = ListSpec(
    name="nipd_perangkat",
    source=Official.__table__.join(_desa, _desa.code == Official.desa_code)
    .outerjoin(_kec, _kec.code == _desa.parent_code)
    .join(Jabatan, Jabatan.code == Official.jabatan_code),
    id_expr=Official.id,
    columns=(
        Column("nipd", QT_TRANSLATE_NOOP("kesos", "NIPD"), Official.nipd_display, width=170),
        Column("name", QT_TRANSLATE_NOOP("kesos", "Nama"), Official.name, width=220),
        Column("jabatan", QT_TRANSLATE_NOOP("kesos", "Jabatan"), Jabatan.name, width=170),
        Column("desa", QT_TRANSLATE_NOOP("kesos", "Desa"), _desa.name, width=150),
        Column("kecamatan", QT_TRANSLATE_NOOP("kesos", "Kecamatan"), _kec.name, width=140),
        Column(
            "status",
            QT_TRANSLATE_NOOP("kesos", "Status"),
            Official.status,
            width=150,
            display=lambda v, _a: STATUS_LABELS.get(v, v or ""),
        ),
        Column("birth", QT_TRANSLATE_NOOP("kesos", "Tgl lahir"), Official.birth_date, width=90),
    ),
    search=_search,
    filters=(
        Filter("desa", QT_TRANSLATE_NOOP("kesos", "Desa"), lambda v: Official.desa_code == str(v)),
        Filter(
            "within",
            QT_TRANSLATE_NOOP("kesos", "Wilayah"),
            lambda v: or_(Official.desa_code == str(v), Official.desa_code.startswith(str(v) + ".")),
        ),
        Filter("jabatan", QT_TRANSLATE_NOOP("kesos", "Jabatan"), lambda v: Official.jabatan_code == str(v)),
        Filter("status", QT_TRANSLATE_NOOP("kesos", "Status"), lambda v: Official.status == str(v)),
        Filter("sk_year", QT_TRANSLATE_NOOP("kesos", "Tahun SK"), _sk_year),
        Filter(
            "retiring",
            QT_TRANSLATE_NOOP("kesos", "Pensiun dalam N bulan"),
            lambda v: and_(Official.status == "aktif", Official.birth_date <= retiring_cutoff(int(v))),
        ),
    ),
    default_sort=("name", False),
    scope=_scope,
    search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari nama, NIPD atau NIK…"),
)


# --- Buku Data Aparat Pemerintahan Desa (Model A.4) ---------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    no: int
    nama: str
    nipd: str
    nip: str
    jenis_kelamin: str
    ttl: str
    agama: str
    pangkat: str
    jabatan: str
    pendidikan: str
    sk_angkat: str
    sk_henti: str
    keterangan: str


REGISTER_HEADERS = (
    "No",
    "Nama",
    "NIPD",
    "NIP",
    "Jenis Kelamin",
    "Tempat/Tgl Lahir",
    "Agama",
    "Pangkat/Golongan",
    "Jabatan",
    "Pendidikan Terakhir",
    "Nomor dan Tanggal SK Pengangkatan",
    "Nomor dan Tanggal SK Pemberhentian",
    "Keterangan",
)


@dataclass(frozen=True)
class Register:
    desa_code: str
    desa: str
    kecamatan: str
    kabupaten: str
    rows: tuple[RegisterRow, ...]


def register_book(db: Database, actor: Actor, desa_code: str) -> Register:
    """Rows of the Model A.4 book for one desa: everyone who held a position there, by jabatan order."""
    require(actor, Perm.DATA_EXPORT)
    desa_code = wilayah.normalise_code(desa_code)
    _check_scope(actor, desa_code)
    with db.read() as s:
        w = s.get(Wilayah, desa_code)
        if w is None or w.level != wilayah.DESA:
            raise errors.ValidationError(
                "desa", QT_TRANSLATE_NOOP("kesos", "Kode desa {code} tidak dikenal."), code=desa_code
            )
        desa, kec, kab = _region_names(s, desa_code)
        stmt = (
            select(Position, Official, Jabatan)
            .join(Official, Official.id == Position.official_id)
            .join(Jabatan, Jabatan.code == Position.jabatan_code)
            .where(Position.desa_code == desa_code, Official.status != "diajukan")
            .order_by(Position.ended_on.is_not(None), Jabatan.sort_order, Official.name, Position.tmt)
        )
        rows = []
        for i, (p, o, j) in enumerate(s.execute(stmt).all(), 1):
            keterangan = "Aktif" if p.ended_on is None else (p.end_reason or "Berhenti")
            rows.append(
                RegisterRow(
                    i,
                    full_name(o.title_front, o.name, o.title_back),
                    o.nipd_display or "",
                    o.nip,
                    "Laki-laki" if o.sex == "L" else "Perempuan",
                    f"{o.birth_place}, {o.birth_date:%d-%m-%Y}",
                    o.religion,
                    o.pangkat,
                    j.name,
                    EDUCATION_LABELS.get(o.education, o.education),
                    f"{p.sk_number}, {p.sk_date:%d-%m-%Y}",
                    f"{p.end_sk_number}, {p.end_sk_date:%d-%m-%Y}" if p.end_sk_number and p.end_sk_date else "",
                    keterangan,
                )
            )
        return Register(desa_code, desa, kec, kab, tuple(rows))


def record_export(db: Database, actor: Actor, desa_code: str, path: str, count: int) -> None:
    require(actor, Perm.DATA_EXPORT)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "perangkat",
            desa_code,
            summary=f"Buku Data Aparat Desa {desa_code}: {count} baris -> {path}",
        )


# --- the card request queue (shared record list) --------------------------------------------------

_rdesa = aliased(Wilayah)

REQUEST_LIST_SPEC = ListSpec(
    name="nipd_kartu",
    source=CardRequest.__table__.join(Official, Official.id == CardRequest.official_id).join(
        _rdesa, _rdesa.code == Official.desa_code
    ),
    id_expr=CardRequest.id,
    columns=(
        Column("id", QT_TRANSLATE_NOOP("kesos", "No."), CardRequest.id, width=60, align_right=True),
        Column("name", QT_TRANSLATE_NOOP("kesos", "Nama"), Official.name, width=200),
        Column("nipd", QT_TRANSLATE_NOOP("kesos", "NIPD"), Official.nipd_display, width=170),
        Column("desa", QT_TRANSLATE_NOOP("kesos", "Desa"), _rdesa.name, width=140),
        Column(
            "reason",
            QT_TRANSLATE_NOOP("kesos", "Alasan"),
            CardRequest.reason,
            width=100,
            display=lambda v, _a: REQUEST_REASONS.get(v, v or ""),
        ),
        Column(
            "status",
            QT_TRANSLATE_NOOP("kesos", "Status"),
            CardRequest.status,
            width=100,
            display=lambda v, _a: REQUEST_STATUS.get(v, v or ""),
        ),
        Column("requested_at", QT_TRANSLATE_NOOP("kesos", "Diajukan"), CardRequest.requested_at, width=120),
        Column("approved_at", QT_TRANSLATE_NOOP("kesos", "Disetujui"), CardRequest.approved_at, width=120),
        Column("printed_at", QT_TRANSLATE_NOOP("kesos", "Dicetak"), CardRequest.printed_at, width=120),
        Column("batch", QT_TRANSLATE_NOOP("kesos", "Batch"), CardRequest.batch_id, width=60, align_right=True),
    ),
    search=lambda t: contains(Official.name, t),
    filters=(
        Filter(
            "status",
            QT_TRANSLATE_NOOP("kesos", "Status"),
            lambda v: CardRequest.status.in_(str(v).split(",")),
        ),
    ),
    default_sort=("id", False),
    scope=_scope,
    search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari nama…"),
)


def get_request(db: Database, actor: Actor, request_id: int) -> RequestInfo:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        r = s.get(CardRequest, request_id)
        if r is None:
            raise errors.NotFound()
        return _request_info(s, r)


JABATAN_LIST_SPEC = ListSpec(
    name="nipd_jabatan",
    source=Jabatan.__table__,
    id_expr=Jabatan.code,
    columns=(
        Column("sort_order", QT_TRANSLATE_NOOP("kesos", "Urutan"), Jabatan.sort_order, width=70, align_right=True),
        Column("code", QT_TRANSLATE_NOOP("kesos", "Kode"), Jabatan.code, width=110),
        Column("name", QT_TRANSLATE_NOOP("kesos", "Nama jabatan"), Jabatan.name, width=260),
        Column("active", QT_TRANSLATE_NOOP("kesos", "Aktif"), Jabatan.active, width=70),
    ),
    search=lambda t: contains(Jabatan.name, t),
    default_sort=("sort_order", False),
    permission=Perm.SETTINGS_MANAGE,
)


def get_jabatan(db: Database, code: str) -> JabatanInfo:
    with db.read() as s:
        j = s.get(Jabatan, code)
        if j is None:
            raise errors.NotFound()
        return JabatanInfo(j.code, j.name, j.sort_order, j.active, j.version)
