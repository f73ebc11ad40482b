"""NIK and nomor KK checks (structure only: a NIK can look right and still not be registered at Dukcapil).

NIK: ``PPKKCC`` kecamatan code where issued, ``DDMMYY`` birth date (day + 40 for women), ``NNNN`` serial.
Format problems are hard errors. Region, date and serial problems are *issues*: real data carries
NIKs from old region codes, so an admin may accept them with a warning flag, never silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import date

from kesos_desktop.text import QT_TRANSLATE_NOOP, Message, msg

_NOISE = re.compile(r"[\s.\-_/\x00]")
# ASCII only: ``\d`` also matches Arabic-Indic or full-width digits, which int() reads but no register holds.
_SIXTEEN = re.compile(r"[0-9]{16}")
_NOT_DIGIT = re.compile(r"[^0-9]")


@dataclass(frozen=True)
class NikIssue:
    code: str  # format | region | date | birth_mismatch | sex_mismatch | serial
    message: Message
    hard: bool = False


@dataclass(frozen=True)
class NikCheck:
    value: str | None  # the cleaned 16 digits, or None when the format is wrong
    issues: list[NikIssue] = field(default_factory=list)
    birth_date: date | None = None
    sex: str | None = None  # "L" | "P"
    kecamatan_code: str | None = None  # dotted, e.g. 61.07.01

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def hard(self) -> bool:
        return any(i.hard for i in self.issues)

    def text(self) -> str:
        return " ".join(str(i.message) for i in self.issues)  # each message is a sentence with its full stop


def clean(raw: object) -> str:
    """Remove what clerks type around a NIK: spaces, dots, dashes and a leading apostrophe."""
    text = "" if raw is None else str(raw).strip()
    text = text.lstrip("'’`")
    return _NOISE.sub("", text)


def dotted_kecamatan(digits: str) -> str:
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"


def _birth(ddmmyy: str, today: date) -> tuple[date | None, str | None]:
    dd, mm, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    sex = "L"
    if dd > 40:
        dd -= 40
        sex = "P"
    century = 2000 if 2000 + yy <= today.year else 1900
    try:
        return date(century + yy, mm, dd), sex
    except ValueError:
        return None, None


def check_nik(
    raw: object,
    *,
    kecamatan_exists: Callable[[str], bool] | Container[str] | None = None,
    birth_date: date | None = None,
    sex: str | None = None,
    today: date | None = None,
) -> NikCheck:
    today = today or date.today()
    digits = clean(raw)
    if not _SIXTEEN.fullmatch(digits):
        n = len(_NOT_DIGIT.sub("", digits))
        return NikCheck(
            None,
            [
                NikIssue(
                    "format", msg(QT_TRANSLATE_NOOP("kesos", "NIK harus 16 digit angka (terisi {n} digit)."), n=n), True
                )
            ],
        )
    issues: list[NikIssue] = []
    kec = dotted_kecamatan(digits)
    if kecamatan_exists is not None:
        exists = kecamatan_exists(kec) if callable(kecamatan_exists) else kec in kecamatan_exists
        if not exists:
            issues.append(
                NikIssue(
                    "region", msg(QT_TRANSLATE_NOOP("kesos", "Kode kecamatan {code} pada NIK tidak dikenal."), code=kec)
                )
            )
    born, nik_sex = _birth(digits[6:12], today)
    if born is None:
        issues.append(
            NikIssue(
                "date",
                msg(
                    QT_TRANSLATE_NOOP("kesos", "Digit 7-12 NIK ({part}) bukan tanggal lahir yang mungkin."),
                    part=digits[6:12],
                ),
            )
        )
    else:
        if birth_date is not None and (born.day, born.month, born.year % 100) != (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        ):
            issues.append(
                NikIssue(
                    "birth_mismatch",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "kesos", "Tanggal lahir pada NIK ({nik_date}) berbeda dengan tanggal lahir {entered}."
                        ),
                        nik_date=born.strftime("%d-%m-%Y"),
                        entered=birth_date.strftime("%d-%m-%Y"),
                    ),
                )
            )
        if sex is not None and nik_sex is not None and sex != nik_sex:
            issues.append(
                NikIssue(
                    "sex_mismatch",
                    msg(
                        QT_TRANSLATE_NOOP(
                            "kesos",
                            "Jenis kelamin pada NIK ({nik_sex}) berbeda dengan yang diisi ({sex}); perempuan: tanggal + 40.",
                        ),
                        nik_sex=nik_sex,
                        sex=sex,
                    ),
                )
            )
    if digits[12:] == "0000":
        issues.append(NikIssue("serial", msg(QT_TRANSLATE_NOOP("kesos", "Nomor urut NIK tidak boleh 0000."))))
    return NikCheck(digits, issues, born, nik_sex, kec)


def check_kk(raw: object, *, kecamatan_exists: Callable[[str], bool] | Container[str] | None = None) -> NikCheck:
    digits = clean(raw)
    if not _SIXTEEN.fullmatch(digits):
        n = len(_NOT_DIGIT.sub("", digits))
        return NikCheck(
            None,
            [
                NikIssue(
                    "format",
                    msg(QT_TRANSLATE_NOOP("kesos", "Nomor KK harus 16 digit angka (terisi {n} digit)."), n=n),
                    True,
                )
            ],
        )
    issues: list[NikIssue] = []
    kec = dotted_kecamatan(digits)
    if kecamatan_exists is not None:
        exists = kecamatan_exists(kec) if callable(kecamatan_exists) else kec in kecamatan_exists
        if not exists:
            issues.append(
                NikIssue(
                    "region",
                    msg(QT_TRANSLATE_NOOP("kesos", "Kode kecamatan {code} pada nomor KK tidak dikenal."), code=kec),
                )
            )
    if digits[12:] == "0000":
        issues.append(NikIssue("serial", msg(QT_TRANSLATE_NOOP("kesos", "Nomor urut KK tidak boleh 0000."))))
    return NikCheck(digits, issues, None, None, kec)


def make_nik(kecamatan_code: str, born: date, sex: str, serial: int) -> str:
    """A structurally valid NIK (demo data and tests)."""
    day = born.day + (40 if sex == "P" else 0)
    return f"{kecamatan_code.replace('.', '')}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def make_kk(kecamatan_code: str, issued: date, serial: int) -> str:
    return f"{kecamatan_code.replace('.', '')}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{serial:04d}"
