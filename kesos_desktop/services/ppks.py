"""PPKS records: validation (NIK/KK, region, dates), duplicates, verification workflow, scope, dashboard.

Rules live here; the views, the importer and the CLI call these functions. Every write is one
``db.write()`` unit with its audit entry; results are frozen dataclasses.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, false, func, literal, or_, select
from sqlalchemy import column as sql_column
from sqlalchemy import table as table_clause
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import DateTime, String

from kesos_desktop import errors
from kesos_desktop.models import Wilayah, utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.models.ppks import PpksDismissedPair, PpksHistory, PpksPerson, PpksPersonCategory
from kesos_desktop.services import audit, nik, wilayah
from kesos_desktop.services.auth import Actor, Perm, Role, mask_nik, require
from kesos_desktop.services.listing import Column, Filter, ListSpec, format_value
from kesos_desktop.text import QT_TRANSLATE_NOOP, Message, msg

ENTITY = "ppks"

DRAFT, SUBMITTED, VERIFIED, REJECTED = "draft", "diajukan", "diverifikasi", "ditolak"
STATUSES = (DRAFT, SUBMITTED, VERIFIED, REJECTED)
STATUS_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("kesos", "Draf"),
    SUBMITTED: QT_TRANSLATE_NOOP("kesos", "Diajukan"),
    VERIFIED: QT_TRANSLATE_NOOP("kesos", "Diverifikasi"),
    REJECTED: QT_TRANSLATE_NOOP("kesos", "Ditolak"),
}
STALE = "perlu_pembaruan"
STALE_LABEL = QT_TRANSLATE_NOOP("kesos", "perlu pembaruan")
STALE_AFTER = timedelta(days=365)
EDITABLE_BY_OPERATOR = (DRAFT, REJECTED)
SEXES = {"L": QT_TRANSLATE_NOOP("kesos", "Laki-laki"), "P": QT_TRANSLATE_NOOP("kesos", "Perempuan")}


# --- categories ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    no: int
    code: str
    name: str
    group: str


@lru_cache(maxsize=1)
def categories() -> tuple[Category, ...]:
    """The 26 PPKS categories (Permensos 08/2012 order), shipped in resources/ppks."""
    text = resources.files("kesos_desktop").joinpath("resources/ppks/ppks_categories.csv").read_text("utf-8")
    return tuple(Category(int(r["no"]), r["code"], r["name"], r["group"]) for r in csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def category_by_code() -> dict[str, Category]:
    return {c.code: c for c in categories()}


def category_name(code: str) -> str:
    c = category_by_code().get(code)
    return c.name if c else code


def _simplify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@lru_cache(maxsize=1)
def _category_lookup() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in categories():
        out[_simplify(c.code)] = c.code
        out[_simplify(c.name)] = c.code
        out[str(c.no)] = c.code
    return out


def find_category(text: str) -> str | None:
    """A category from its name in any case, its short code, or its number 1-26."""
    return _category_lookup().get(_simplify(str(text)))


# Age rules (warnings only): (min age, max age) inclusive.
AGE_RULES: dict[str, tuple[int | None, int | None]] = {
    "ABT": (0, 5),
    "AT": (6, 18),
    "ABH": (None, 17),
    "AJ": (None, 17),
    "ADK": (None, 17),
    "AKTK": (None, 17),
    "AMPK": (None, 17),
    "LUT": (60, None),
}
COMMUNITY_CATEGORIES = frozenset({"KAT"})


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# --- names -----------------------------------------------------------------------------------

_NAME_VARIANTS = {
    "muhamad": "muhammad",
    "mohammad": "muhammad",
    "mohamad": "muhammad",
    "mochammad": "muhammad",
    "mochamad": "muhammad",
    "muhammat": "muhammad",
    "moh": "muhammad",
    "muh": "muhammad",
    "mhd": "muhammad",
    "m": "muhammad",
    "abd": "abdul",
    "siti": "siti",
    "st": "siti",
    "nurul": "nurul",
}
_TITLES = {"h", "hj", "dr", "ir", "drs", "dra", "spd", "se", "sh", "amd", "st", "ssos", "sag"}


def clean_name(raw: object) -> str:
    """Trim, collapse spaces; names typed all in capitals or all lower case become Title Case."""
    text = " ".join(("" if raw is None else str(raw)).split())
    if text and (text.isupper() or text.islower()):
        # str.title() is one C call (it matters on 100,000-row imports) and also capitalises after
        # hyphens and dots; only an apostrophe needs the word-by-word path ("MA'RUF" -> "Ma'ruf").
        text = text.title() if "'" not in text else " ".join(_cap(w) for w in text.split(" "))
    return text


def _cap(word: str) -> str:
    # Keep apostrophes and hyphens inside names: "MA'RUF" -> "Ma'ruf", "NUR-AINI" -> "Nur-Aini".
    if "-" not in word:
        return word.capitalize()
    return "-".join(p.capitalize() for p in word.split("-"))


def normalise_name(name: str) -> str:
    """The key for duplicate checks: lower case, no punctuation or titles, common spellings unified."""
    words = re.sub(r"[^a-z ]+", " ", name.lower().replace("'", "")).split()
    out = []
    for i, w in enumerate(words):
        if w in _TITLES and (i == 0 or i == len(words) - 1) and len(words) > 1:
            # "Hj Siti", "Siti Aminah SPd": titles at either end do not name the person.
            if not (w == "st" and i == 0):
                continue
        out.append(_NAME_VARIANTS.get(w, w))
    return " ".join(out)[:150]


# --- SQL helpers that differ per back end ------------------------------------------------------


class name_key(FunctionElement[str]):  # noqa: N801 - SQL function style
    """The indexed, case-insensitive form of a name: SQLite ``x COLLATE NOCASE``, PG ``lower(x) COLLATE "C"``."""

    type = String()
    inherit_cache = True
    name = "name_key"


@compiles(name_key)
def _name_key_default(element: name_key, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.clauses, **kw)} COLLATE NOCASE"


@compiles(name_key, "postgresql")
def _name_key_pg(element: name_key, compiler: Any, **kw: Any) -> str:
    return f'lower({compiler.process(element.clauses, **kw)}) COLLATE "C"'


class stale_cutoff(FunctionElement[datetime]):  # noqa: N801
    """Now (UTC) minus twelve months, evaluated by the database."""

    type = DateTime()
    inherit_cache = True
    name = "stale_cutoff"


@compiles(stale_cutoff)
def _stale_default(element: stale_cutoff, compiler: Any, **kw: Any) -> str:
    return "datetime('now', '-12 months')"


@compiles(stale_cutoff, "postgresql")
def _stale_pg(element: stale_cutoff, compiler: Any, **kw: Any) -> str:
    return "((now() at time zone 'utc') - interval '12 months')"


def _upper_bound(prefix: str) -> str | None:
    """The smallest text after every text starting with ``prefix`` (None: no such text)."""
    p = prefix.rstrip(chr(0x10FFFF))  # the last code point has no successor: carry to the one before
    return p[:-1] + chr(ord(p[-1]) + 1) if p else None


def _range(key: Any, prefix: str) -> ColumnElement[bool]:
    upper = _upper_bound(prefix)
    return and_(key >= prefix, key < upper) if upper is not None else key >= prefix


def name_prefix(text: str) -> ColumnElement[bool]:
    """Names starting with ``text`` in any case, as an index range (both back ends)."""
    return _range(name_key(PpksPerson.name), text.lower())


def nik_prefix(digits: str) -> ColumnElement[bool]:
    if len(digits) == 16:
        return PpksPerson.nik == digits
    return _range(PpksPerson.nik, digits)


def within(code: str, column: Any = None) -> ColumnElement[bool]:
    """Rows whose desa is ``code`` or lies under it (index range on the dotted code)."""
    col = PpksPerson.desa_code if column is None else column
    return or_(col == code, and_(col >= code + ".", col < code + "/"))


def _scope_clause(actor: Actor, column: Any = None) -> ColumnElement[bool] | None:
    return within(actor.scope_code, column) if actor.scope_code else None


# --- data passed in and out ------------------------------------------------------------------


@dataclass(slots=True)
class PersonInput:
    """What a form or an import row gives (not frozen: an import builds 100,000 of these)."""

    name: str
    desa_code: str
    categories: tuple[str, ...]
    nik: str | None = None
    kk: str | None = None
    birth_place: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    address: str | None = None
    rt: str | None = None
    rw: str | None = None
    condition_notes: str | None = None
    needs: str | None = None
    enumerator: str | None = None
    collected_on: date | None = None
    dtsen_decile: int | None = None
    category_details: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonInfo:
    id: int
    nik: str | None
    kk: str | None
    name: str
    birth_place: str | None
    birth_date: date | None
    sex: str | None
    address: str | None
    rt: str | None
    rw: str | None
    desa_code: str
    categories: tuple[str, ...]
    category_details: dict[str, dict[str, Any]]
    condition_notes: str | None
    needs: str | None
    data_source: str
    import_batch: str | None
    enumerator: str | None
    collected_on: date | None
    status: str
    reject_reason: str | None
    nik_warning: bool
    nik_warning_reason: str | None
    dtsen_decile: int | None
    created_at: datetime
    updated_at: datetime
    version: int

    @property
    def needs_update(self) -> bool:
        return self.updated_at < utcnow() - STALE_AFTER

    def as_input(self) -> PersonInput:
        return PersonInput(
            name=self.name,
            desa_code=self.desa_code,
            categories=self.categories,
            nik=self.nik,
            kk=self.kk,
            birth_place=self.birth_place,
            birth_date=self.birth_date,
            sex=self.sex,
            address=self.address,
            rt=self.rt,
            rw=self.rw,
            condition_notes=self.condition_notes,
            needs=self.needs,
            enumerator=self.enumerator,
            collected_on=self.collected_on,
            dtsen_decile=self.dtsen_decile,
            category_details=self.category_details,
        )


@dataclass(frozen=True)
class Checked:
    """Outcome of validating one record: cleaned values, blocking errors, NIK flag, soft warnings."""

    values: dict[str, Any]
    errors: list[errors.ValidationError]
    warnings: list[Message]
    nik_warning_reason: str | None = None
    # NIK/KK issues an admin could accept (shown with the error text).
    acceptable: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_for(self, field_name: str) -> str | None:
        texts = [str(e.message) for e in self.errors if e.field == field_name]
        return "; ".join(texts) if texts else None


# --- validation ------------------------------------------------------------------------------

_kec_cache: dict[str, frozenset[str]] = {}


def kecamatan_codes(db: Database) -> frozenset[str]:
    """Every kecamatan code (for the NIK region check), read once per database."""
    key = str(db.url)
    codes = _kec_cache.get(key)
    if codes is None:
        codes = _kec_cache[key] = wilayah.kecamatan_codes(db)
    return codes


@dataclass(frozen=True)
class Context:
    """What validation needs from the database, loaded once (a form, or a whole import)."""

    kecamatan: Container[str]
    today: date


def _opt(text: object, limit: int) -> str | None:
    if text is None:
        return None
    t = " ".join(str(text).split())
    return t[:limit] if t else None


def check_values(
    data: PersonInput, ctx: Context, *, actor: Actor | None = None, accept_nik_warning: bool = False
) -> Checked:
    """Validate and clean one record without touching the database (region existence aside).

    Hard NIK/KK format errors always block. Region/date/sex/serial issues block unless an admin
    accepts them (``accept_nik_warning``), in which case the record is flagged with the reason.
    """
    errs: list[errors.ValidationError] = []
    warns: list[Message] = []

    def err(field_name: str, text: str, **params: Any) -> None:
        errs.append(errors.ValidationError(field_name, text, **params))

    v: dict[str, Any] = {}
    name = clean_name(data.name)
    if not name:
        err("name", QT_TRANSLATE_NOOP("kesos", "Nama wajib diisi."))
    elif len(name) > 150:
        err("name", QT_TRANSLATE_NOOP("kesos", "Nama terlalu panjang (maksimal 150 karakter)."))
    v["name"] = name

    cats: list[str] = []
    by_code = category_by_code()
    for raw in data.categories:
        code = raw if raw in by_code else find_category(raw)
        if code is None:
            err("categories", QT_TRANSLATE_NOOP("kesos", "Kategori PPKS '{value}' tidak dikenal."), value=raw)
        elif code not in cats:
            cats.append(code)
    if not cats and not any(e.field == "categories" for e in errs):
        err("categories", QT_TRANSLATE_NOOP("kesos", "Pilih minimal satu kategori PPKS."))
    v["categories"] = tuple(cats) if len(cats) < 2 else tuple(sorted(cats, key=lambda c: by_code[c].no))
    community = bool(cats) and set(cats) <= COMMUNITY_CATEGORIES

    sex = (data.sex or "").strip().upper()[:1] or None
    if sex is not None and sex not in SEXES:
        err("sex", QT_TRANSLATE_NOOP("kesos", "Jenis kelamin harus L atau P."))
    elif sex is None and not community:
        err("sex", QT_TRANSLATE_NOOP("kesos", "Jenis kelamin wajib diisi."))
    v["sex"] = sex

    born = data.birth_date
    if born is not None:
        if born > ctx.today:
            err("birth_date", QT_TRANSLATE_NOOP("kesos", "Tanggal lahir {value} ada di masa depan."),
                value=born.strftime("%d/%m/%Y"))  # fmt: skip
        elif born.year < 1900:
            err("birth_date", QT_TRANSLATE_NOOP("kesos", "Tanggal lahir sebelum tahun 1900 tidak mungkin."))
    elif not community:
        err("birth_date", QT_TRANSLATE_NOOP("kesos", "Tanggal lahir wajib diisi."))
    v["birth_date"] = born

    raw_nik = data.nik
    nik_text = (raw_nik if raw_nik.isdigit() else nik.clean(raw_nik)) if raw_nik else ""
    acceptable_reasons: list[str] = []
    can_accept = actor is not None and actor.role is Role.ADMIN
    if not nik_text:
        if not community:
            err("nik", QT_TRANSLATE_NOOP("kesos", "NIK wajib diisi."))
        v["nik"] = None
    elif _nik_plainly_valid(nik_text, born, sex, ctx):
        v["nik"] = nik_text
    else:
        check = nik.check_nik(
            nik_text, kecamatan_exists=ctx.kecamatan, birth_date=born if born and born <= ctx.today else None,
            sex=sex, today=ctx.today,
        )  # fmt: skip
        v["nik"] = check.value or nik_text
        if check.hard:
            err("nik", check.text())
        elif check.issues:
            acceptable_reasons.append(check.text())
            if not accept_nik_warning or not can_accept:
                err("nik", check.text())
    raw_kk = data.kk
    kk_text = (raw_kk if raw_kk.isdigit() else nik.clean(raw_kk)) if raw_kk else ""
    if (
        len(kk_text) == 16
        and kk_text.isdigit()
        and kk_text[12:] != "0000"
        and f"{kk_text[0:2]}.{kk_text[2:4]}.{kk_text[4:6]}" in ctx.kecamatan
    ):
        v["kk"] = kk_text
    elif kk_text:
        kk_check = nik.check_kk(kk_text, kecamatan_exists=ctx.kecamatan)
        v["kk"] = kk_check.value or kk_text
        if kk_check.hard:
            err("kk", kk_check.text())
        elif kk_check.issues:
            acceptable_reasons.append(kk_check.text())
            if not accept_nik_warning or not can_accept:
                err("kk", kk_check.text())
    else:
        v["kk"] = None

    collected = data.collected_on
    if collected is not None and collected > ctx.today:
        err("collected_on", QT_TRANSLATE_NOOP("kesos", "Tanggal pendataan ada di masa depan."))
    v["collected_on"] = collected

    for key, limit in (("rt", 3), ("rw", 3)):
        raw = _opt(getattr(data, key), 10)
        if raw is not None and len(raw) == 3 and raw.isdigit():
            pass
        elif raw is not None:
            digits = raw.lstrip("0") or "0"
            if not raw.isdigit() or len(digits) > 3:
                err(key, QT_TRANSLATE_NOOP("kesos", "{what} harus angka, mis. 003."), what=key.upper())
                raw = None
            else:
                raw = digits.zfill(limit)
        v[key] = raw

    decile = data.dtsen_decile
    if decile is not None and not 1 <= int(decile) <= 10:
        err("dtsen_decile", QT_TRANSLATE_NOOP("kesos", "Desil DTSEN harus 1 sampai 10."))
    v["dtsen_decile"] = decile

    desa = (data.desa_code or "").strip()
    if not desa:
        err("desa_code", QT_TRANSLATE_NOOP("kesos", "Desa/kelurahan wajib dipilih."))
    elif wilayah.level_of(desa) != wilayah.DESA:
        err("desa_code", QT_TRANSLATE_NOOP("kesos", "Pilih sampai tingkat desa/kelurahan."))
    v["desa_code"] = desa

    v["birth_place"] = _opt(data.birth_place, 100)
    v["address"] = _opt(data.address, 250)
    v["enumerator"] = _opt(data.enumerator, 120)
    v["condition_notes"] = (data.condition_notes or "").strip() or None
    v["needs"] = (data.needs or "").strip() or None
    given = data.category_details
    details = {c: dict(given[c]) for c in cats if given.get(c)} if given else {}
    v["category_details"] = details

    if born is not None and born <= ctx.today and any(c in AGE_RULES for c in cats):
        age = age_on(born, ctx.today)
        for c in cats:
            lo, hi = AGE_RULES.get(c, (None, None))
            if (lo is not None and age < lo) or (hi is not None and age > hi):
                warns.append(
                    msg(
                        QT_TRANSLATE_NOOP("kesos", "Umur {age} tahun tidak lazim untuk kategori {category}."),
                        age=age,
                        category=category_name(c),
                    )
                )
    reason = "; ".join(acceptable_reasons) if acceptable_reasons else None
    flagged = reason if (accept_nik_warning and can_accept and reason) else None
    return Checked(v, errs, warns, flagged, acceptable=bool(reason))


def _nik_plainly_valid(digits: str, born: date | None, sex: str | None, ctx: Context) -> bool:
    """The common case without building messages: 16 digits, known kecamatan, date and sex agree."""
    if len(digits) != 16 or not digits.isdigit() or digits[12:] == "0000" or born is None or sex is None:
        return False
    if f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}" not in ctx.kecamatan:
        return False
    day = int(digits[6:8])
    if (day > 40) != (sex == "P"):
        return False
    if day > 40:
        day -= 40
    return (day, int(digits[8:10]), int(digits[10:12])) == (born.day, born.month, born.year % 100) and born <= ctx.today


def _context(db: Database) -> Context:
    return Context(kecamatan_codes(db), date.today())


def check(
    db: Database,
    actor: Actor,
    data: PersonInput,
    *,
    person_id: int | None = None,
    accept_nik_warning: bool = False,
) -> Checked:
    """Live validation for the entry form: field rules plus region scope and NIK uniqueness."""
    result = check_values(data, _context(db), actor=actor, accept_nik_warning=accept_nik_warning)
    if not actor.can(Perm.PPKS_EDIT):
        # The duplicate check names whose NIK it is: only for those who may save the form anyway.
        return result
    with db.read() as s:
        extra = _check_in_db(s, actor, result.values, person_id)
    return Checked(result.values, result.errors + extra, result.warnings, result.nik_warning_reason, result.acceptable)


def _check_in_db(s: Session, actor: Actor, v: dict[str, Any], person_id: int | None) -> list[errors.ValidationError]:
    out: list[errors.ValidationError] = []
    desa = v.get("desa_code")
    if desa and wilayah.level_of(desa) == wilayah.DESA:
        w = s.get(Wilayah, desa)
        office = _office_scope(s)
        if w is None or not wilayah.in_scope(desa, office):
            out.append(
                errors.ValidationError(
                    "desa_code", QT_TRANSLATE_NOOP("kesos", "Desa {code} tidak ada di wilayah kantor."), code=desa
                )
            )
        elif actor.scope_code and not wilayah.in_scope(desa, actor.scope_code):
            out.append(
                errors.ValidationError(
                    "desa_code", QT_TRANSLATE_NOOP("kesos", "Desa {code} di luar wilayah tugas Anda."), code=desa
                )
            )
    value = v.get("nik")
    if value and len(value) == 16:
        other = s.execute(select(PpksPerson.id, PpksPerson.name).where(PpksPerson.nik == value)).first()
        if other is not None and other.id != person_id:
            out.append(_duplicate_nik(value, other.id, other.name))
    return out


def _duplicate_nik(value: str, other_id: int, other_name: str) -> errors.ValidationError:
    e = errors.ValidationError(
        "nik",
        QT_TRANSLATE_NOOP("kesos", "NIK {nik} sudah terdaftar pada data #{id} ({name})."),
        nik=value,
        id=other_id,
        name=other_name,
    )
    e.existing_id = other_id  # type: ignore[attr-defined]
    return e


def _office_scope(s: Session) -> str | None:
    from kesos_desktop.models import AppSetting
    from kesos_desktop.services import office

    row = s.get(AppSetting, office.SCOPE_KEY)
    return row.value if row is not None else None


def _raise(checked: Checked) -> None:
    if not checked.errors:
        return
    for e in checked.errors:
        existing = getattr(e, "existing_id", None)
        if existing is not None:
            dup = errors.DuplicateError(e.message)
            dup.existing_id = existing  # type: ignore[attr-defined]
            dup.field = "nik"  # type: ignore[attr-defined]
            raise dup
    if len(checked.errors) == 1:
        raise checked.errors[0]
    raise errors.ValidationErrors(checked.errors)


# --- reading ---------------------------------------------------------------------------------


def _info(p: PpksPerson) -> PersonInfo:
    cats = tuple(sorted((c.category_code for c in p.categories), key=lambda c: category_by_code()[c].no))
    details = {c.category_code: json.loads(c.details) for c in p.categories if c.details}
    return PersonInfo(
        p.id, p.nik, p.kk, p.name, p.birth_place, p.birth_date, p.sex, p.address, p.rt, p.rw, p.desa_code,
        cats, details, p.condition_notes, p.needs, p.data_source, p.import_batch, p.enumerator, p.collected_on,
        p.status, p.reject_reason, p.nik_warning, p.nik_warning_reason, p.dtsen_decile, p.created_at,
        p.updated_at, p.version,
    )  # fmt: skip


def _snapshot(p: PpksPerson) -> dict[str, Any]:
    info = asdict(_info(p))
    for k in ("created_at", "updated_at", "version"):
        info.pop(k, None)
    info["categories"] = list(info["categories"])
    return info


def _check_scope(actor: Actor, desa_code: str) -> None:
    if actor.scope_code and not wilayah.in_scope(desa_code, actor.scope_code):
        raise errors.PermissionDenied(QT_TRANSLATE_NOOP("kesos", "Data ini di luar wilayah tugas Anda."))


def _load(s: Session, actor: Actor, person_id: int, *, lock: bool = False) -> PpksPerson:
    stmt = select(PpksPerson).where(PpksPerson.id == person_id)
    if lock and s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    p = s.scalar(stmt)
    if p is None:
        raise errors.NotFound()
    _check_scope(actor, p.desa_code)
    return p


def _shown(info: PersonInfo, actor: Actor) -> PersonInfo:
    """The record as this actor may see it: NIK and KK masked without NIK_VIEW."""
    if actor.can(Perm.NIK_VIEW):
        return info
    return replace(info, nik=mask_nik(info.nik, actor) or None, kk=mask_nik(info.kk, actor) or None)


def _shown_snapshot(value: Any, actor: Actor) -> Any:
    if isinstance(value, dict):
        return {
            k: mask_nik(v, actor) if k in ("nik", "kk") and isinstance(v, str) else _shown_snapshot(v, actor)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_shown_snapshot(v, actor) for v in value]
    return value


def get(db: Database, actor: Actor, person_id: int) -> PersonInfo:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        return _shown(_info(_load(s, actor, person_id)), actor)


def find_by_nik(db: Database, actor: Actor, value: str) -> PersonInfo | None:
    require(actor, Perm.DATA_VIEW)
    digits = nik.clean(value)
    with db.read() as s:
        p = s.scalar(select(PpksPerson).where(PpksPerson.nik == digits))
        if p is None or (actor.scope_code and not wilayah.in_scope(p.desa_code, actor.scope_code)):
            return None
        return _shown(_info(p), actor)


def search_names(db: Database, actor: Actor, prefix: str, limit: int = 50) -> list[tuple[int, str]]:
    """Names starting with ``prefix`` (any case), in name order: the index range both back ends use."""
    require(actor, Perm.DATA_VIEW)
    prefix = prefix.replace("\x00", "")  # PostgreSQL text cannot hold NUL, so no name has one
    stmt = select(PpksPerson.id, PpksPerson.name).where(name_prefix(prefix))
    scoped = _scope_clause(actor)
    if scoped is not None:
        stmt = stmt.where(scoped)
    stmt = stmt.order_by(name_key(PpksPerson.name), PpksPerson.id).limit(limit)
    with db.read() as s:
        return [(r.id, r.name) for r in s.execute(stmt)]


# --- writing ---------------------------------------------------------------------------------


def _apply(s: Session, p: PpksPerson, v: dict[str, Any], flag_reason: str | None) -> None:
    for key in (
        "nik", "kk", "name", "birth_place", "birth_date", "sex", "address", "rt", "rw", "desa_code",
        "condition_notes", "needs", "enumerator", "collected_on", "dtsen_decile",
    ):  # fmt: skip
        setattr(p, key, v[key])
    p.name_norm = normalise_name(v["name"])
    p.nik_warning = flag_reason is not None
    p.nik_warning_reason = flag_reason
    wanted = list(v["categories"])
    details = v["category_details"]
    by_code = {c.category_code: c for c in p.categories}
    for code, link in by_code.items():
        if code not in wanted:
            p.categories.remove(link)
    for code in wanted:
        text = json.dumps(details[code], ensure_ascii=False, sort_keys=True) if details.get(code) else None
        link = by_code.get(code)
        if link is None:
            p.categories.append(PpksPersonCategory(category_code=code, desa_code=v["desa_code"], details=text))
        else:
            link.desa_code = v["desa_code"]
            link.details = text


def _flush_unique(s: Session, value: str | None) -> None:
    try:
        s.flush()
    except IntegrityError as e:
        # Another PC saved the same NIK between our check and our insert.
        raise errors.DuplicateError(
            QT_TRANSLATE_NOOP("kesos", "NIK {nik} sudah terdaftar oleh pengguna lain."), nik=value or ""
        ) from e


def create(
    db: Database,
    actor: Actor,
    data: PersonInput,
    *,
    accept_nik_warning: bool = False,
    data_source: str = "form",
    photo: bytes | None = None,
) -> PersonInfo:
    """``photo``: image bytes (any common format; cropped to 3:4 and stored as a small JPEG)."""
    require(actor, Perm.PPKS_EDIT)
    checked = check_values(data, _context(db), actor=actor, accept_nik_warning=accept_nik_warning)
    photo = _clean_photo(photo, checked)
    if checked.values["desa_code"]:
        _check_scope(actor, checked.values["desa_code"])
    with db.write() as s:
        _raise(Checked(checked.values, checked.errors + _check_in_db(s, actor, checked.values, None), []))
        p = PpksPerson(status=DRAFT, data_source=data_source, created_by=actor.id, updated_by=actor.id, categories=[])
        _apply(s, p, checked.values, checked.nik_warning_reason)
        p.photo = photo
        s.add(p)
        _flush_unique(s, p.nik)
        deltas: Deltas = {}
        add_deltas(deltas, _person_keys(p), 1)
        _tally_session(s, deltas)
        after = _snapshot(p) | ({"foto": _photo_note(photo)} if photo else {})
        audit.record(s, actor, "create", ENTITY, p.id, after=after, summary=f"PPKS {p.name}")
        return _info(p)


def _clean_photo(data: bytes | None, checked: Checked) -> bytes | None:
    """The NIPD photo rules: 3:4, 300 x 400 JPEG (a few tens of KB). A bad image is reported on the
    ``photo`` field together with the other field errors."""
    if data is None:
        return None
    from kesos_desktop.services.nipd import PHOTO_SIZE, process_photo

    if data[:3] == b"\xff\xd8\xff" and len(data) <= 120_000:
        from PIL import Image

        try:
            with Image.open(io.BytesIO(data)) as im:
                if im.size == PHOTO_SIZE:
                    return data  # cropped and shrunk by the form already
        except Exception:  # noqa: BLE001 - process_photo below reports it properly
            pass
    try:
        return process_photo(data)
    except errors.ValidationError as e:
        _raise(replace(checked, errors=[*checked.errors, e]))
        raise


def _photo_note(data: bytes | None) -> str | None:
    return f"foto {len(data) // 1024 or 1} KB" if data else None


def photo_of(db: Database, actor: Actor, person_id: int) -> bytes | None:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        _load(s, actor, person_id)
        return s.scalar(select(PpksPerson.photo).where(PpksPerson.id == person_id))


def _require_editable(actor: Actor, p: PpksPerson) -> None:
    require(actor, Perm.PPKS_EDIT)
    if actor.role is not Role.ADMIN and p.status not in EDITABLE_BY_OPERATOR:
        raise errors.PermissionDenied(
            QT_TRANSLATE_NOOP("kesos", "Data berstatus {status} hanya dapat dibaca; hanya admin yang dapat mengubah."),
            status=STATUS_LABELS[p.status],
        )


def update(
    db: Database,
    actor: Actor,
    person_id: int,
    data: PersonInput,
    *,
    expected_version: int,
    accept_nik_warning: bool = False,
    photo: bytes | None = None,
    remove_photo: bool = False,
) -> PersonInfo:
    """``photo`` replaces the stored photo, ``remove_photo`` drops it; neither keeps it."""
    require(actor, Perm.PPKS_EDIT)
    checked = check_values(data, _context(db), actor=actor, accept_nik_warning=accept_nik_warning)
    photo = _clean_photo(photo, checked)
    with db.write() as s:
        p = _load(s, actor, person_id, lock=True)
        _require_editable(actor, p)
        if p.version != expected_version:
            raise errors.ConflictError()
        if checked.values["desa_code"]:
            _check_scope(actor, checked.values["desa_code"])
        _raise(Checked(checked.values, checked.errors + _check_in_db(s, actor, checked.values, p.id), []))
        before = _snapshot(p)
        deltas: Deltas = {}
        add_deltas(deltas, _person_keys(p), -1)
        # A warning accepted earlier stays while the NIK/KK are unchanged.
        reason = checked.nik_warning_reason
        _apply(s, p, checked.values, reason)
        after = _snapshot(p)
        if photo is not None or remove_photo:
            before["foto"], after["foto"] = _photo_note(p.photo), _photo_note(photo)
            p.photo = photo
        p.updated_by = actor.id
        p.updated_at = utcnow()
        _flush_unique(s, p.nik)
        add_deltas(deltas, _person_keys(p), 1)
        _tally_session(s, deltas)
        audit.record(s, actor, "update", ENTITY, p.id, before=before, after=after, summary=f"PPKS {p.name}")
        return _info(p)


def delete(db: Database, actor: Actor, person_id: int, *, expected_version: int) -> None:
    require(actor, Perm.PPKS_EDIT)  # before reading: a refused role learns nothing, not even "not found"
    with db.write() as s:
        p = _load(s, actor, person_id, lock=True)
        _require_editable(actor, p)
        if p.version != expected_version:
            raise errors.ConflictError()
        before = _snapshot(p)
        deltas: Deltas = {}
        add_deltas(deltas, _person_keys(p), -1)
        s.delete(p)
        _tally_session(s, deltas)
        audit.record(s, actor, "delete", ENTITY, person_id, before=before, summary=f"PPKS {before['name']}")


def _transition(
    db: Database,
    actor: Actor,
    person_id: int,
    expected_version: int,
    allowed_from: tuple[str, ...],
    to: str,
    action: str,
    reason: str | None = None,
) -> PersonInfo:
    with db.write() as s:
        p = _load(s, actor, person_id, lock=True)
        if p.version != expected_version:
            raise errors.ConflictError()
        if p.status not in allowed_from:
            raise errors.ValidationError(
                "status",
                QT_TRANSLATE_NOOP("kesos", "Data berstatus {status} tidak dapat {action}."),
                status=STATUS_LABELS[p.status],
                action={
                    SUBMITTED: QT_TRANSLATE_NOOP("kesos", "diajukan"),
                    VERIFIED: QT_TRANSLATE_NOOP("kesos", "diverifikasi"),
                    REJECTED: QT_TRANSLATE_NOOP("kesos", "ditolak"),
                }[to],
            )
        before = {"status": p.status, "reject_reason": p.reject_reason}
        deltas: Deltas = {
            ("ppks_tally_status", (p.desa_code, p.status)): -1,
            ("ppks_tally_status", (p.desa_code, to)): 1,
        }
        p.status = to
        now = utcnow()
        if to == SUBMITTED:
            p.submitted_at = now
            p.reject_reason = None
        elif to == VERIFIED:
            p.verified_at = now
            p.verified_by = actor.id
            p.reject_reason = None
        elif to == REJECTED:
            p.reject_reason = reason
            p.verified_at = None
            p.verified_by = None
        p.updated_by = actor.id
        p.updated_at = now
        _tally_session(s, deltas)
        audit.record(
            s, actor, action, ENTITY, p.id, before=before, after={"status": p.status, "reject_reason": p.reject_reason},
            summary=f"PPKS {p.name}: {STATUS_LABELS[to]}",
        )  # fmt: skip
        return _info(p)


def submit(db: Database, actor: Actor, person_id: int, *, expected_version: int) -> PersonInfo:
    require(actor, Perm.PPKS_EDIT)
    return _transition(db, actor, person_id, expected_version, (DRAFT, REJECTED), SUBMITTED, "update")


def verify(db: Database, actor: Actor, person_id: int, *, expected_version: int) -> PersonInfo:
    require(actor, Perm.PPKS_VERIFY)
    return _transition(db, actor, person_id, expected_version, (SUBMITTED,), VERIFIED, "verify")


def reject(db: Database, actor: Actor, person_id: int, reason: str, *, expected_version: int) -> PersonInfo:
    require(actor, Perm.PPKS_VERIFY)
    text = (reason or "").strip()
    if not text:
        raise errors.ValidationError("reject_reason", QT_TRANSLATE_NOOP("kesos", "Alasan penolakan wajib diisi."))
    return _transition(db, actor, person_id, expected_version, (SUBMITTED,), REJECTED, "verify", text)


# --- tallies: counts kept up to date by every write, so the dashboard never scans a million rows ----

TALLY_TABLES: dict[str, tuple[str, ...]] = {
    "ppks_tally_category": ("desa_code", "category_code"),
    "ppks_tally_age": ("desa_code", "sex", "birth_year"),
    "ppks_tally_year": ("desa_code", "collect_year"),
    "ppks_tally_status": ("desa_code", "status"),
}
Deltas = dict[tuple[str, tuple[Any, ...]], int]


def tally_keys(
    desa: str, status: str, sex: str | None, born: date | None, collected: date | None, cats: Iterable[str]
) -> list[tuple[str, tuple[Any, ...]]]:
    """The tally rows one record counts in (NULLs become '' or 0: they must match in a unique key)."""
    keys: list[tuple[str, tuple[Any, ...]]] = [
        ("ppks_tally_age", (desa, sex or "", born.year if born else 0)),
        ("ppks_tally_year", (desa, collected.year if collected else 0)),
        ("ppks_tally_status", (desa, status)),
    ]
    keys.extend(("ppks_tally_category", (desa, c)) for c in cats)
    return keys


def _person_keys(p: PpksPerson) -> list[tuple[str, tuple[Any, ...]]]:
    return tally_keys(
        p.desa_code, p.status, p.sex, p.birth_date, p.collected_on, [c.category_code for c in p.categories]
    )


def add_deltas(deltas: Deltas, keys: Iterable[tuple[str, tuple[Any, ...]]], sign: int) -> None:
    for k in keys:
        deltas[k] = deltas.get(k, 0) + sign


def apply_tally(conn: Any, deltas: Deltas, sqlite: bool) -> None:
    """Add ``deltas`` to the tally tables (upsert: safe with several PCs writing at once)."""
    ph = "?" if sqlite else "%s"
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for (table, key), d in sorted(deltas.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        if d:
            by_table.setdefault(table, []).append((*key, d))
    for table, rows in by_table.items():
        cols = TALLY_TABLES[table]
        sql = (
            f"INSERT INTO {table} ({', '.join(cols)}, n) VALUES ({', '.join([ph] * (len(cols) + 1))}) "
            f"ON CONFLICT ({', '.join(cols)}) DO UPDATE SET n = {table}.n + excluded.n"
        )
        conn.exec_driver_sql(sql, rows)


def _tally_session(s: Session, deltas: Deltas) -> None:
    s.flush()
    apply_tally(s.connection(), deltas, s.get_bind().dialect.name == "sqlite")


def rebuild_tallies(db: Database) -> None:
    """Recount every tally from the records (repair; also what the tallies must always equal)."""
    with db.write() as s:
        conn = s.connection()
        for table in TALLY_TABLES:
            conn.exec_driver_sql(f"DELETE FROM {table}")
        deltas: Deltas = {}
        cats: dict[int, list[str]] = {}
        for pid, code in s.execute(select(PpksPersonCategory.person_id, PpksPersonCategory.category_code)):
            cats.setdefault(pid, []).append(code)
        stmt = select(
            PpksPerson.id, PpksPerson.desa_code, PpksPerson.status, PpksPerson.sex, PpksPerson.birth_date,
            PpksPerson.collected_on,
        )  # fmt: skip
        for part in s.execute(stmt.execution_options(yield_per=50_000)).partitions():
            for pid, desa, st, sx, born, coll in part:
                add_deltas(deltas, tally_keys(desa, st, sx, born, coll, cats.get(pid, ())), 1)
        apply_tally(conn, deltas, db.is_sqlite)


def tally_snapshot(db: Database) -> dict[str, dict[tuple[Any, ...], int]]:
    """Every non-zero tally row (tests compare it with ``rebuild_tallies``)."""
    out: dict[str, dict[tuple[Any, ...], int]] = {}
    with db.read() as s:
        for table, cols in TALLY_TABLES.items():
            rows = s.connection().exec_driver_sql(f"SELECT {', '.join(cols)}, n FROM {table} WHERE n <> 0").all()
            out[table] = {tuple(r[:-1]): r[-1] for r in rows}
    return out


# --- bulk writing (imports, demo data) ---------------------------------------------------------


def allocate_ids(conn: Any, n: int, sqlite: bool) -> list[int]:
    if n == 0:
        return []
    if sqlite:
        # The write transaction began IMMEDIATE: no other writer can take these ids meanwhile.
        start = conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM ppks_person").scalar() + 1
        return list(range(start, start + n))
    rows = conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence('ppks_person', 'id')) FROM generate_series(1, %s)", (n,)
    ).all()
    return [int(r[0]) for r in rows]


def bulk_insert(conn: Any, sqlite: bool, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    names = ", ".join(columns)
    if sqlite:
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({', '.join(['?'] * len(columns))})", rows)
        return
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:
        for r in rows:
            cp.write_row(r)


# --- duplicates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicatePair:
    a_id: int
    b_id: int
    reason: str  # "nama_tgl" | "nama_mirip"
    a_name: str
    b_name: str
    a_nik: str | None
    b_nik: str | None
    a_birth: date | None
    b_birth: date | None
    desa_code: str | None
    score: float

    @property
    def reason_text(self) -> str:
        if self.reason == "nama_tgl":
            return QT_TRANSLATE_NOOP("kesos", "Nama dan tanggal lahir sama")
        return QT_TRANSLATE_NOOP("kesos", "Nama mirip di desa yang sama")


SIMILARITY = 0.88


def _similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if abs(len(a) - len(b)) > 3:
        return 0.0
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < SIMILARITY or m.quick_ratio() < SIMILARITY:
        return 0.0
    return m.ratio()


_Row = tuple[int, str, int, date | None]  # id, normalised name, birth year (0: unknown), birth date
SAME_DATE_BLOCK = 200  # larger same-birth-date blocks (placeholder dates) are left to the name orders


def _compare(a: _Row, b: _Row, pairs: dict[tuple[int, int], tuple[str, float]]) -> None:
    key = (a[0], b[0]) if a[0] < b[0] else (b[0], a[0])
    if key in pairs:
        return
    score = _similar(a[1], b[1])
    if score >= SIMILARITY:
        pairs[key] = ("nama_mirip", score)


def _similar_in_desa(rows: list[_Row], pairs: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Similar names among one desa's records (``rows`` in name order), same birth year or unknown.

    Blocking, so that a million records are not compared pairwise: each record meets the two before
    it in name order (typos after the first letter), the two before it in reversed-name order (a typo
    in the first letters, "Siti"/"Ziti"), and every record with the same birth date sharing the first
    or the last letter. Neighbours must share the first (resp. last) letter: a cheap filter."""
    if len(rows) < 2:
        return
    for order, edge in ((rows, 0), (sorted(rows, key=lambda r: r[1][::-1]), -1)):
        p2: _Row | None = None
        p1: _Row | None = None
        for r in order:
            name, year = r[1], r[2]
            for o in (p2, p1):
                if o is None or not name or not o[1] or o[1][edge] != name[edge]:
                    continue
                if year and o[2] and year != o[2]:
                    continue
                _compare(o, r, pairs)
            p2, p1 = p1, r
    by_date: dict[date, list[_Row]] = {}
    for r in rows:
        if r[3] is not None:
            by_date.setdefault(r[3], []).append(r)
    for block in by_date.values():
        if 1 < len(block) <= SAME_DATE_BLOCK:
            for i, a in enumerate(block):
                first, last = a[1][:1], a[1][-1:]
                for b in block[i + 1 :]:
                    # Strangers often share a birth date: a typo rarely changes both ends of a name.
                    if b[1][:1] == first or b[1][-1:] == last:
                        _compare(a, b, pairs)


def probable_duplicates(
    db: Database,
    actor: Actor,
    *,
    limit: int | None = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> list[DuplicatePair]:
    """Pairs to review: same normalised name and birth date anywhere, or a similar name (ratio >= 0.88)
    in the same desa with the same birth year (or a missing birth date); see :func:`_similar_in_desa`
    for which records are compared. Pairs dismissed with :func:`dismiss_duplicate` are left out."""
    require(actor, Perm.DATA_VIEW)
    scoped = _scope_clause(actor)
    pairs: dict[tuple[int, int], tuple[str, float]] = {}
    with db.read() as s:
        groups = (
            select(PpksPerson.name_norm, PpksPerson.birth_date)
            .where(PpksPerson.birth_date.is_not(None))
            .group_by(PpksPerson.name_norm, PpksPerson.birth_date)
            .having(func.count() > 1)
        )
        if scoped is not None:
            groups = groups.where(scoped)
        g = groups.subquery()
        members = select(PpksPerson.id, PpksPerson.name_norm, PpksPerson.birth_date).join(
            g, and_(g.c.name_norm == PpksPerson.name_norm, g.c.birth_date == PpksPerson.birth_date)
        )
        if scoped is not None:
            members = members.where(scoped)
        by_key: dict[tuple[str, date], list[int]] = {}
        for r in s.execute(members.order_by(PpksPerson.id)):
            by_key.setdefault((r.name_norm, r.birth_date), []).append(r.id)
        for ids in by_key.values():
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pairs[(a, b)] = ("nama_tgl", 1.0)
        total = s.scalar(select(func.count()).select_from(PpksPerson).where(scoped if scoped is not None else True))
        stmt = select(PpksPerson.id, PpksPerson.desa_code, PpksPerson.name_norm, PpksPerson.birth_date)
        if scoped is not None:
            stmt = stmt.where(scoped)
        stmt = stmt.order_by(PpksPerson.desa_code, PpksPerson.name_norm, PpksPerson.id)
        desa_rows: list[_Row] = []
        current: str | None = None
        done = 0
        for chunk in s.execute(stmt.execution_options(yield_per=20_000)).partitions():
            for pid, desa, norm, born in chunk:
                if desa != current:
                    _similar_in_desa(desa_rows, pairs)
                    desa_rows = []
                    current = desa
                desa_rows.append((pid, norm, born.year if born else 0, born))
            done += len(chunk)
            if progress:
                progress(done, total or done)
        _similar_in_desa(desa_rows, pairs)
        for key in _dismissed_keys(s):
            pairs.pop(key, None)
        keys = sorted(pairs, key=lambda k: (pairs[k][0] != "nama_tgl", -pairs[k][1], k))
        if limit is not None:
            keys = keys[:limit]
        ids = {i for k in keys for i in k}
        info: dict[int, Any] = {}
        id_list = sorted(ids)
        for i in range(0, len(id_list), 900):
            for r in s.execute(
                select(
                    PpksPerson.id, PpksPerson.name, PpksPerson.nik, PpksPerson.birth_date, PpksPerson.desa_code
                ).where(PpksPerson.id.in_(id_list[i : i + 900]))
            ):
                info[r.id] = r
    out = []
    for a, b in keys:
        ra, rb = info[a], info[b]
        out.append(
            DuplicatePair(
                a, b, pairs[(a, b)][0], ra.name, rb.name, mask_nik(ra.nik, actor) or None,
                mask_nik(rb.nik, actor) or None, ra.birth_date, rb.birth_date,
                ra.desa_code if ra.desa_code == rb.desa_code else None, round(pairs[(a, b)][1], 3),
            )
        )  # fmt: skip
    return out


@dataclass(frozen=True)
class DismissedPair:
    a_id: int  # the lower id
    b_id: int
    a_name: str
    b_name: str
    reason: str
    at: datetime
    by: str | None  # full name of the user who dismissed it


def _pair_ids(a_id: int, b_id: int) -> tuple[int, int]:
    if a_id == b_id:
        raise errors.ValidationError(None, QT_TRANSLATE_NOOP("kesos", "Pilih dua data yang berbeda."))
    return (a_id, b_id) if a_id < b_id else (b_id, a_id)


def _dismissed_keys(s: Session) -> set[tuple[int, int]]:
    # Few rows (a reviewer's decisions), read whole: the scan drops these pairs.
    return {(lo, hi) for lo, hi in s.execute(select(PpksDismissedPair.low_id, PpksDismissedPair.high_id))}


def dismiss_duplicate(db: Database, actor: Actor, a_id: int, b_id: int, reason: str) -> DismissedPair:
    """Record that two records are different people, so the duplicate scan no longer lists the pair.
    Reviewing pairs is verification work: the verifier (and admin) may do it, within their scope."""
    require(actor, Perm.PPKS_VERIFY)
    lo, hi = _pair_ids(a_id, b_id)
    text = " ".join((reason or "").split())
    if not text:
        raise errors.ValidationError("reason", QT_TRANSLATE_NOOP("kesos", "Alasan wajib diisi."))
    with db.write() as s:
        a, b = _load(s, actor, lo), _load(s, actor, hi)
        row = s.get(PpksDismissedPair, (lo, hi))
        if row is None:
            row = PpksDismissedPair(low_id=lo, high_id=hi, user_id=actor.id, at=utcnow(), reason=text[:1000])
            s.add(row)
            s.flush()
            audit.record(s, actor, "dismiss_duplicate", ENTITY, lo, after={"pair": [lo, hi], "reason": row.reason},
                         summary=f"PPKS #{lo} ({a.name}) dan #{hi} ({b.name}) bukan data ganda: {row.reason}")  # fmt: skip
        return DismissedPair(lo, hi, a.name, b.name, row.reason, row.at, actor.full_name)


def dismissed_duplicates(db: Database, actor: Actor) -> list[DismissedPair]:
    """Pairs marked "bukan ganda", newest first (both records within the actor's scope)."""
    require(actor, Perm.PPKS_VERIFY)
    from kesos_desktop.models import User

    a, b = PpksPerson.__table__.alias("a"), PpksPerson.__table__.alias("b")
    stmt = (
        select(PpksDismissedPair, a.c.name, b.c.name, User.full_name)
        .join(a, a.c.id == PpksDismissedPair.low_id)
        .join(b, b.c.id == PpksDismissedPair.high_id)
        .outerjoin(User, User.id == PpksDismissedPair.user_id)
        .order_by(PpksDismissedPair.at.desc(), PpksDismissedPair.low_id)
    )
    scoped_a, scoped_b = _scope_clause(actor, a.c.desa_code), _scope_clause(actor, b.c.desa_code)
    if scoped_a is not None and scoped_b is not None:
        stmt = stmt.where(scoped_a, scoped_b)
    with db.read() as s:
        return [DismissedPair(d.low_id, d.high_id, an, bn, d.reason, d.at, by) for d, an, bn, by in s.execute(stmt)]


def restore_duplicate(db: Database, actor: Actor, a_id: int, b_id: int) -> None:
    """Undo a "bukan ganda" decision (admin): the pair is listed again by the next scan."""
    require(actor, Perm.PPKS_MERGE)
    lo, hi = _pair_ids(a_id, b_id)
    with db.write() as s:
        row = s.get(PpksDismissedPair, (lo, hi))
        if row is None:
            raise errors.NotFound()
        before = {"pair": [lo, hi], "reason": row.reason}
        s.delete(row)
        audit.record(s, actor, "restore_duplicate", ENTITY, lo, before=before,
                     summary=f"PPKS #{lo} dan #{hi} dikembalikan ke daftar kemungkinan ganda")  # fmt: skip


def merge(db: Database, actor: Actor, keep_id: int, drop_id: int) -> PersonInfo:
    """Merge ``drop_id`` into ``keep_id``: categories joined, empty fields filled, the removed
    record's full snapshot kept in ``ppks_history``, one audit entry."""
    require(actor, Perm.PPKS_MERGE)
    if keep_id == drop_id:
        raise errors.ValidationError(None, QT_TRANSLATE_NOOP("kesos", "Pilih dua data yang berbeda."))
    with db.write() as s:
        keep = _load(s, actor, keep_id, lock=True)
        drop = _load(s, actor, drop_id, lock=True)
        before = _snapshot(keep)
        dropped = _snapshot(drop)
        deltas: Deltas = {}
        add_deltas(deltas, _person_keys(keep), -1)
        add_deltas(deltas, _person_keys(drop), -1)
        for key in (
            "kk", "birth_place", "birth_date", "sex", "address", "rt", "rw", "condition_notes", "needs",
            "enumerator", "collected_on", "dtsen_decile", "photo",
        ):  # fmt: skip
            if getattr(keep, key) in (None, "") and getattr(drop, key) not in (None, ""):
                setattr(keep, key, getattr(drop, key))
        if keep.nik is None and drop.nik is not None:
            nik_value = drop.nik
            drop.nik = None
            s.flush()
            keep.nik = nik_value
        have = {c.category_code: c for c in keep.categories}
        for c in drop.categories:
            if c.category_code not in have:
                keep.categories.append(
                    PpksPersonCategory(category_code=c.category_code, desa_code=keep.desa_code, details=c.details)
                )
            elif c.details and not have[c.category_code].details:
                have[c.category_code].details = c.details
        s.add(PpksHistory(person_id=keep.id, user_id=actor.id, action="merge", snapshot=json.dumps(
            {"merged_from": drop_id, "record": dropped}, ensure_ascii=False, default=str)))  # fmt: skip
        s.delete(drop)
        keep.updated_by = actor.id
        keep.updated_at = utcnow()
        s.flush()
        add_deltas(deltas, _person_keys(keep), 1)
        _tally_session(s, deltas)
        after = _snapshot(keep)
        audit.record(s, actor, "merge", ENTITY, keep.id, before=before, after=after,
                     summary=f"PPKS #{drop_id} ({dropped['name']}) digabung ke #{keep.id} ({keep.name})")  # fmt: skip
        return _info(keep)


def history(db: Database, actor: Actor, person_id: int) -> list[dict[str, Any]]:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        _load(s, actor, person_id)
        rows = s.scalars(select(PpksHistory).where(PpksHistory.person_id == person_id).order_by(PpksHistory.id))
        out = [{"at": h.at, "action": h.action, **json.loads(h.snapshot)} for h in rows]
    return out if actor.can(Perm.NIK_VIEW) else _shown_snapshot(out, actor)


# --- the list --------------------------------------------------------------------------------


def _search(text: str) -> ColumnElement[bool] | None:
    t = text.strip()
    digits = nik.clean(t)
    if digits.isdigit() and len(digits) >= 4:
        return nik_prefix(digits)
    if not t:
        return None
    return name_prefix(re.sub(r"\s+", " ", t))


def _search_for(text: str, actor: Actor) -> ColumnElement[bool] | None:
    if actor.can(Perm.NIK_VIEW):
        return _search(text)
    digits = nik.clean(text.strip())
    if digits.isdigit() and len(digits) >= 4:
        # Masked roles match a whole NIK only: the hit count of a prefix would spell out the hidden digits.
        return PpksPerson.nik == digits if len(digits) == 16 else false()
    return _search(text)


def _category_filter(code: Any) -> ColumnElement[bool]:
    return exists().where(PpksPersonCategory.person_id == PpksPerson.id, PpksPersonCategory.category_code == str(code))


def _status_filter(value: Any) -> ColumnElement[bool]:
    if value == STALE:
        return PpksPerson.updated_at < stale_cutoff()
    return PpksPerson.status == str(value)


def _year_filter(value: Any) -> ColumnElement[bool]:
    y = int(value)
    return and_(PpksPerson.collected_on >= date(y, 1, 1), PpksPerson.collected_on <= date(y, 12, 31))


def _sex_filter(value: Any) -> ColumnElement[bool]:
    return PpksPerson.sex == str(value)


def _age_filter(value: Any) -> ColumnElement[bool]:
    """Age group by year of birth (age reached this year), matching the dashboard's counts."""
    lo, hi = AGE_GROUPS[str(value)]
    y = date.today().year
    clause = PpksPerson.birth_date <= date(y - lo, 12, 31)
    if hi is not None:
        clause = and_(clause, PpksPerson.birth_date >= date(y - hi, 1, 1))
    return clause


def _age_between(lo: int, hi: int | None, today: date) -> ColumnElement[bool]:
    # age >= lo  <=> born on or before today - lo years; age <= hi <=> born after today - (hi+1) years
    latest = _years_before(today, lo)
    clause = PpksPerson.birth_date <= latest
    if hi is not None:
        clause = and_(clause, PpksPerson.birth_date > _years_before(today, hi + 1))
    return clause


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _display_status(value: Any, _actor: Actor) -> str:
    text = str(value or "")
    stale = text.endswith("*")
    base = STATUS_LABELS.get(text.rstrip("*"), text.rstrip("*"))
    return f"{base} — {STALE_LABEL}" if stale else base


def _display_sex(value: Any, _actor: Actor) -> str:
    return str(value or "")


_desa_name = select(Wilayah.name).where(Wilayah.code == PpksPerson.desa_code).correlate(PpksPerson).scalar_subquery()
_kec_name = (
    select(Wilayah.name)
    .where(Wilayah.code == func.substr(PpksPerson.desa_code, 1, 8))
    .correlate(PpksPerson)
    .scalar_subquery()
)
_category_list = (
    select(func.aggregate_strings(PpksPersonCategory.category_code, ", "))
    .where(PpksPersonCategory.person_id == PpksPerson.id)
    .correlate(PpksPerson)
    .scalar_subquery()
)
_status_expr = case(
    (PpksPerson.updated_at < stale_cutoff(), PpksPerson.status.concat(literal("*"))), else_=PpksPerson.status
)

LIST_SPEC = ListSpec(
    name="ppks",
    source=PpksPerson.__table__,
    id_expr=PpksPerson.id,
    columns=(
        Column(
            "nik", QT_TRANSLATE_NOOP("kesos", "NIK"), PpksPerson.nik, width=150, display=lambda v, a: mask_nik(v, a)
        ),
        Column(
            "name",
            QT_TRANSLATE_NOOP("kesos", "Nama"),
            name_key(PpksPerson.name),
            width=220,
            display=lambda v, _a: v or "",
        ),  # fmt: skip
        Column("sex", QT_TRANSLATE_NOOP("kesos", "L/P"), PpksPerson.sex, width=40, display=_display_sex),
        Column("birth_date", QT_TRANSLATE_NOOP("kesos", "Tgl Lahir"), PpksPerson.birth_date, width=90),
        Column("categories", QT_TRANSLATE_NOOP("kesos", "Kategori"), _category_list, sortable=False, width=120),
        Column("desa", QT_TRANSLATE_NOOP("kesos", "Desa/Kel."), _desa_name, sortable=False, width=150),
        Column("kecamatan", QT_TRANSLATE_NOOP("kesos", "Kecamatan"), _kec_name, sortable=False, width=140),
        # Wide enough for the longest label, "Diverifikasi — perlu pembaruan", in the 10 pt UI font.
        Column("status", QT_TRANSLATE_NOOP("kesos", "Status"), _status_expr, width=230, display=_display_status),
        Column("collected_on", QT_TRANSLATE_NOOP("kesos", "Tgl Pendataan"), PpksPerson.collected_on, width=100),
        Column(
            "warning",
            QT_TRANSLATE_NOOP("kesos", "Peringatan NIK"),
            PpksPerson.nik_warning,
            width=90,
            display=lambda v, _a: "⚠" if v else "",
        ),  # fmt: skip
    ),
    search=_search,
    search_for=_search_for,
    filters=(
        Filter("category", QT_TRANSLATE_NOOP("kesos", "Kategori"), _category_filter),
        Filter("kecamatan", QT_TRANSLATE_NOOP("kesos", "Kecamatan"), lambda v: within(str(v))),
        Filter("desa", QT_TRANSLATE_NOOP("kesos", "Desa"), lambda v: PpksPerson.desa_code == str(v)),
        Filter("status", QT_TRANSLATE_NOOP("kesos", "Status"), _status_filter),
        Filter("year", QT_TRANSLATE_NOOP("kesos", "Tahun"), _year_filter),
        Filter("sex", QT_TRANSLATE_NOOP("kesos", "Jenis kelamin"), _sex_filter),
        Filter("age", QT_TRANSLATE_NOOP("kesos", "Kelompok umur"), _age_filter),
        Filter("nik_warning", QT_TRANSLATE_NOOP("kesos", "Peringatan NIK"), lambda v: PpksPerson.nik_warning.is_(True)),
    ),
    default_sort=("name", False),
    scope=lambda a: _scope_clause(a),
    search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari NIK atau awal nama…"),
)


def filtered_ids_query(actor: Actor, filters: Mapping[str, Any], search: str = "") -> Any:
    """A select of PpksPerson rows matching list filters (exports)."""
    from kesos_desktop.services.listing import ListQuery

    q = ListQuery(LIST_SPEC, actor, search_text=search, filter_values={k: v for k, v in filters.items() if v})
    clauses = q.where()
    return and_(*clauses) if clauses else None


# --- dashboard and rekap ---------------------------------------------------------------------

AGE_GROUPS: dict[str, tuple[int, int | None]] = {
    "0-5": (0, 5),
    "6-17": (6, 17),
    "18-59": (18, 59),
    "60+": (60, None),
}


@dataclass(frozen=True)
class Dashboard:
    area_level: int  # wilayah.KECAMATAN or wilayah.DESA: what the rows of the tables are
    areas: list[tuple[str, str]]  # (code, name) in code order
    by_category_area: dict[tuple[str, str], int]  # (category code, area code) -> records
    by_sex_age: dict[tuple[str, str], int]  # (sex or "", age group or "") -> records
    by_year: dict[int, int]
    status_by_area: dict[tuple[str, str], int]  # (area code, status) -> records
    total: int
    stale: int


def dashboard(db: Database, actor: Actor, *, area: str | None = None) -> Dashboard:
    """Counts for the dashboard, within the actor's scope; ``area`` (a kecamatan) drills down to desa."""
    require(actor, Perm.DATA_VIEW)
    today = date.today()
    base = wilayah.office_scope(db)
    limit_to = area or actor.scope_code or base
    if (
        area
        and actor.scope_code
        and not (wilayah.in_scope(area, actor.scope_code) or wilayah.in_scope(actor.scope_code, area))
    ):
        raise errors.PermissionDenied()
    area_level = wilayah.DESA if limit_to and wilayah.level_of(limit_to) >= wilayah.KECAMATAN else wilayah.KECAMATAN
    width = 13 if area_level == wilayah.DESA else 8
    scopes = sorted({c for c in (actor.scope_code, area) if c})
    clauses_p = [within(c) for c in scopes]
    with db.read() as s:

        def rows(name: str, keys: tuple[str, ...], summed: bool = False) -> list[Any]:
            t = table_clause(name, *(sql_column(c) for c in (*TALLY_TABLES[name], "n")))
            cols = [t.c[k] for k in keys]
            stmt = select(*cols, func.sum(t.c.n) if summed else t.c.n).where(
                *[within(c, t.c.desa_code) for c in scopes]
            )
            if summed:
                stmt = stmt.group_by(*cols)
            return list(s.execute(stmt))

        by_cat: dict[tuple[str, str], int] = {}
        for desa, code, n in rows("ppks_tally_category", ("desa_code", "category_code")):
            if n:
                k = (code, desa[:width])
                by_cat[k] = by_cat.get(k, 0) + n
        by_sex_age: dict[tuple[str, str], int] = {}
        for sx, born_year, n in rows("ppks_tally_age", ("sex", "birth_year"), True):
            if n:
                k = (sx or "", age_group_of_year(born_year, today) if born_year else "")
                by_sex_age[k] = by_sex_age.get(k, 0) + n
        by_year = {int(y): int(n) for y, n in rows("ppks_tally_year", ("collect_year",), True) if y and n}
        status: dict[tuple[str, str], int] = {}
        for desa, st, n in rows("ppks_tally_status", ("desa_code", "status")):
            if n:
                k = (desa[:width], st)
                status[k] = status.get(k, 0) + n
        stale = s.scalar(
            select(func.count()).select_from(PpksPerson).where(*clauses_p, PpksPerson.updated_at < stale_cutoff())
        )
        parent = limit_to
        level_rows = s.execute(
            select(Wilayah.code, Wilayah.name)
            .where(Wilayah.level == area_level)
            .where(Wilayah.code.startswith(parent + ".") if parent else True)
            .order_by(Wilayah.code)
        ).all()
    areas = [(r.code, r.name) for r in level_rows]
    total = sum(status.values())
    return Dashboard(area_level, areas, by_cat, by_sex_age, by_year, status, total, stale or 0)


def age_group_of_year(birth_year: int, today: date) -> str:
    """Age groups count age by year of birth (the age reached this year), as the dashboard tallies do."""
    age = today.year - birth_year
    for label, (lo, hi) in AGE_GROUPS.items():
        if age >= lo and (hi is None or age <= hi):
            return label
    return ""


@dataclass(frozen=True)
class Rekap:
    title: str
    by: str
    headers: list[str]
    rows: list[list[Any]]
    totals: list[Any]
    scope_name: str


def rekap(db: Database, actor: Actor, by: str) -> Rekap:
    """Rekap PPKS: per kecamatan or desa (columns: the 26 categories, then L, P, total persons),
    or per category (L, P, total, verified)."""
    require(actor, Perm.DATA_VIEW)
    if by not in ("kecamatan", "desa", "kategori"):
        raise errors.ValidationError(
            "by", QT_TRANSLATE_NOOP("kesos", "Rekap hanya per kecamatan, desa, atau kategori (bukan '{by}')."), by=by
        )
    office_code = wilayah.office_scope(db)
    limit_to = actor.scope_code or office_code
    scope_region = wilayah.get(db, limit_to) if limit_to else None
    scope_name = scope_region.name if scope_region else ""
    clauses_c = [within(limit_to, PpksPersonCategory.desa_code)] if limit_to else []
    cats = categories()
    with db.read() as s:
        if by == "kategori":
            stmt = (
                select(
                    PpksPersonCategory.category_code,
                    PpksPerson.sex,
                    func.count(),
                    func.sum(case((PpksPerson.status == VERIFIED, 1), else_=0)),
                )
                .join(PpksPerson, PpksPerson.id == PpksPersonCategory.person_id)
                .where(*clauses_c)
                .group_by(PpksPersonCategory.category_code, PpksPerson.sex)
            )
            acc: dict[str, list[int]] = {c.code: [0, 0, 0, 0] for c in cats}
            for code, sex, n, verified in s.execute(stmt):
                row = acc.setdefault(code, [0, 0, 0, 0])
                if sex == "L":
                    row[0] += n
                elif sex == "P":
                    row[1] += n
                row[2] += n
                row[3] += int(verified or 0)
            rows: list[list[Any]] = [[c.no, c.code, c.name, *acc[c.code]] for c in cats]
            headers = ["No", "Kode", "Kategori PPKS", "L", "P", "Jumlah", "Diverifikasi"]
            totals = ["", "", "JUMLAH", *[sum(r[i] for r in rows) for i in range(3, 7)]]
            return Rekap("Rekapitulasi PPKS per Kategori", by, headers, rows, totals, scope_name)
        width = 13 if by == "desa" else 8
        level = wilayah.DESA if by == "desa" else wilayah.KECAMATAN
        # From the tallies (kept by every write): a few thousand rows instead of every record.
        cat_t = table_clause(
            "ppks_tally_category", sql_column("desa_code"), sql_column("category_code"), sql_column("n")
        )
        age_t = table_clause("ppks_tally_age", sql_column("desa_code"), sql_column("sex"), sql_column("n"))
        counts: dict[tuple[str, str], int] = {}
        for desa, code, n in s.execute(
            select(cat_t.c.desa_code, cat_t.c.category_code, cat_t.c.n).where(
                *([within(limit_to, cat_t.c.desa_code)] if limit_to else [])
            )
        ):
            k = (desa[:width], code)
            counts[k] = counts.get(k, 0) + n
        sexes: dict[tuple[str, str], int] = {}
        for desa, sx, n in s.execute(
            select(age_t.c.desa_code, age_t.c.sex, func.sum(age_t.c.n))
            .where(*([within(limit_to, age_t.c.desa_code)] if limit_to else []))
            .group_by(age_t.c.desa_code, age_t.c.sex)
        ):
            k = (desa[:width], sx or "")
            sexes[k] = sexes.get(k, 0) + int(n)
        regions = s.execute(
            select(Wilayah.code, Wilayah.name, Wilayah.parent_code)
            .where(Wilayah.level == level)
            .where(Wilayah.code.startswith(limit_to + ".") if limit_to else True)
            .order_by(Wilayah.code)
        ).all()
        kec_names = {}
        if by == "desa":
            kec_names = dict(
                s.execute(
                    select(Wilayah.code, Wilayah.name).where(
                        Wilayah.level == wilayah.KECAMATAN,
                        Wilayah.code.startswith(limit_to + ".") if limit_to else True,
                    )
                ).all()
            )
    rows = []
    for i, r in enumerate(regions, 1):
        per_cat = [counts.get((r.code, c.code), 0) for c in cats]
        l_count, p_count = sexes.get((r.code, "L"), 0), sexes.get((r.code, "P"), 0)
        total = sum(v for (code, _sx), v in sexes.items() if code == r.code)
        label = r.name if by == "kecamatan" else f"{r.name} ({kec_names.get(r.parent_code, '')})"
        rows.append([i, label, *per_cat, l_count, p_count, total])
    headers = [
        "No",
        "Kecamatan" if by == "kecamatan" else "Desa/Kelurahan",
        *[c.code for c in cats],
        "L",
        "P",
        "Jumlah",
    ]
    totals = ["", "JUMLAH", *[sum(r[i] for r in rows) for i in range(2, len(headers))]]
    title = "Rekapitulasi PPKS per Kecamatan" if by == "kecamatan" else "Rekapitulasi PPKS per Desa/Kelurahan"
    return Rekap(title, by, headers, rows, totals, scope_name)


def record_export(db: Database, actor: Actor, what: str, count: int, target: str) -> None:
    """Audit an export/print of PPKS data (called by the xlsx/PDF writers after writing)."""
    require(actor, Perm.DATA_EXPORT)
    with db.write() as s:
        audit.record(s, actor, "export", ENTITY, None, after={"what": what, "rows": count, "file": target},
                     summary=f"Ekspor {what}: {count} baris")  # fmt: skip


def display(value: Any) -> str:
    return format_value(value)


def iter_export_rows(db: Database, actor: Actor, filters: Mapping[str, Any], search: str = "") -> Iterable[list[Any]]:
    """Rows for an xlsx export of the filtered list, NIK/KK masked unless the actor may see them."""
    require(actor, Perm.DATA_EXPORT)
    where = filtered_ids_query(actor, filters, search)
    stmt = select(
        PpksPerson.id, PpksPerson.nik, PpksPerson.kk, PpksPerson.name, PpksPerson.sex, PpksPerson.birth_place,
        PpksPerson.birth_date, PpksPerson.address, PpksPerson.rt, PpksPerson.rw, _desa_name, _kec_name,
        _category_list, PpksPerson.status, PpksPerson.collected_on, PpksPerson.enumerator, PpksPerson.dtsen_decile,
        PpksPerson.nik_warning_reason,
    )  # fmt: skip
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(PpksPerson.desa_code, name_key(PpksPerson.name), PpksPerson.id)
    with db.read() as s:
        for part in s.execute(stmt.execution_options(yield_per=5000)).partitions():
            for r in part:
                yield [
                    r[0], mask_nik(r[1], actor), mask_nik(r[2], actor), r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                    r[10], r[11], r[12], STATUS_LABELS.get(r[13], r[13]), r[14], r[15], r[16], r[17],
                ]  # fmt: skip


EXPORT_HEADERS = [
    "ID", "NIK", "No. KK", "Nama", "L/P", "Tempat Lahir", "Tanggal Lahir", "Alamat", "RT", "RW", "Desa/Kelurahan",
    "Kecamatan", "Kategori", "Status", "Tanggal Pendataan", "Petugas Pendata", "Desil DTSEN", "Peringatan NIK",
]  # fmt: skip
