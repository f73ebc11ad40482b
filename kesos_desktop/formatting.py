"""Dates, numbers and Rupiah the Indonesian office way, without Qt (services, printing and excel use it too).

Conventions (decided for the whole app):
 - dates ``23/11/2026``, date-times ``23/11/2026 14:05`` in both UI languages: office data and
   documents are Indonesian, and a day-first date reads the same to an English-speaking user here;
 - numbers ``1.500.000``, decimals ``1.500,5`` in Bahasa Indonesia; the English UI groups the
   English way (``1,500,000``, ``1,500.5``) so a number never reads differently from its words;
 - Rupiah ``Rp1.500.000`` (PUEBI writes the symbol without a space), negative ``-Rp1.500``;
   whole Rupiah unless ``decimals`` is given;
 - documents (PDF, xlsx) always use Bahasa Indonesia: pass ``lang="id"``.

``lang=None`` means the UI language, set by ``kesos_desktop.i18n.install`` through ``set_language``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

_SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)
_YES_NO = {"id": ("Ya", "Tidak"), "en": ("Yes", "No")}

_language = "id"


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in _SEPARATORS else "id"


def language() -> str:
    return _language


def _lang(lang: str | None) -> str:
    return lang if lang in _SEPARATORS else _language if lang is None else "id"


def format_date(value: date | datetime | None) -> str:
    """``23/11/2026``; empty for None."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """``23/11/2026 14:05`` (``14:05:09`` with ``seconds``); empty for None."""
    if value is None:
        return ""
    clock = f"{value.hour:02d}:{value.minute:02d}" + (f":{value.second:02d}" if seconds else "")
    return f"{format_date(value)} {clock}"


def local_datetime(value: datetime) -> datetime:
    """A stored stamp in the PC's local zone (WIB/WITA/WIT). The database keeps naive UTC on both
    SQLite and PostgreSQL (``models.base.utcnow``), so a naive value is taken as UTC."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone()


def local_datetime_text(value: datetime | None, *, seconds: bool = False) -> str:
    """A stored (UTC) stamp as the clerk's wall-clock time, ``23/11/2026 21:05``; empty for None.
    Only for database stamps: a naive *local* time (file times) goes through ``format_datetime``."""
    if value is None:
        return ""
    return format_datetime(local_datetime(value), seconds=seconds)


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def format_number(value: int | float | Decimal, decimals: int | None = None, *, lang: str | None = None) -> str:
    """``1.500.000``; with ``decimals`` a fixed number of places (``1.500,50``), rounded half up.
    Floats without ``decimals`` show as many places as they need (``1.500,5``, at most 6)."""
    thousands, point = _SEPARATORS[_lang(lang)]
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int) and decimals is None:
        text = _group(str(abs(value)), thousands)
        return f"-{text}" if value < 0 else text
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if decimals is None:
        d = d.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP).normalize()
        exponent = d.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    else:
        places = decimals
    d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    negative = d < 0
    whole, _, frac = f"{abs(d):f}".partition(".")
    text = _group(whole, thousands) + (point + frac if places else "")
    return f"-{text}" if negative and d != 0 else text


def format_decimal(value: float | Decimal, decimals: int | None = None, *, lang: str | None = None) -> str:
    """``1.500,5``: a number that may have a fractional part (same rules as ``format_number``)."""
    return format_number(value, decimals, lang=lang)


def format_percent(value: float, decimals: int = 1, *, lang: str | None = None) -> str:
    """``12,5%`` from 12.5 (the value is already a percentage)."""
    return format_number(value, decimals, lang=lang) + "%"


def format_rupiah(value: int | float | Decimal, decimals: int = 0, *, lang: str | None = None) -> str:
    """``Rp1.500.000`` (``-Rp1.500`` when negative, ``Rp1.500,50`` with ``decimals=2``)."""
    text = format_number(abs(Decimal(str(value)) if isinstance(value, float) else abs(value)), decimals, lang=lang)
    return f"-Rp{text}" if value < 0 and text.strip("0.,") else f"Rp{text}"


def format_yes_no(value: bool, *, lang: str | None = None) -> str:
    yes, no = _YES_NO[_lang(lang)]
    return yes if value else no


def format_size(n_bytes: int, *, lang: str | None = None) -> str:
    """File sizes for people: ``850 B``, ``12 KB``, ``3,4 MB`` (1 KB = 1024 B)."""
    if n_bytes < 1024:
        return f"{format_number(n_bytes, lang=lang)} B"
    if n_bytes < 1024 * 1024:
        return f"{format_number(round(n_bytes / 1024), lang=lang)} KB"
    return f"{format_number(n_bytes / 1024 / 1024, 1, lang=lang)} MB"


def format_value(value: Any, *, lang: str | None = None) -> str:
    """Any list cell: dates and numbers as above, booleans Ya/Tidak, None empty.
    Date-times are database stamps (UTC) and show in local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local_datetime_text(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return format_yes_no(value, lang=lang)
    if isinstance(value, int | float | Decimal):
        return format_number(value, lang=lang)
    return str(value)
