"""Property-based tests of the pure validators: NIK/KK, the importers' date parsers, the NIPD number
template and the card QR signature. Each property says what must hold for *any* input, not only
for the examples a person thought of; failures found once stay as explicit ``@example``s."""

from __future__ import annotations

import re
import string
from datetime import date, datetime, time, timedelta

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kesos_desktop import errors
from kesos_desktop.excel import arsip_import, nipd_import, ppks_import
from kesos_desktop.services import auth, nik, nipd, nipd_cards, nipd_sign

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TODAY = date(2026, 11, 23)
KEC = frozenset({"19.04.05", "61.07.01", "61.07.02"})
ASCII16 = re.compile(r"[0-9]{16}", re.ASCII)

# Anything a cell, a form field or a scanner may hand over.
cell_values = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.text(alphabet="0123456789 .-/'", max_size=24),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(max_value=timedelta(days=10**5)),
)


# --- NIK and KK --------------------------------------------------------------------------------


@FUZZ
@given(raw=cell_values)
@example(raw="١٩٠٤٠٥١٢٠٣٩٠٠٠٠١")  # Arabic-Indic digits pass \d: was accepted as a NIK and stored
@example(raw="１９０４０５１２０３９０００００１")  # full-width digits (an IME)
@example(raw="1904054003900001")  # day 40: neither a man (<=31) nor a woman (41-71)
@example(raw="0000000000000000")
def test_check_nik_never_raises_and_keeps_only_ascii_digits(raw: object) -> None:
    r = nik.check_nik(raw, kecamatan_exists=KEC, today=TODAY)
    if r.value is None:
        assert r.hard and [i.code for i in r.issues] == ["format"]
    else:
        assert ASCII16.fullmatch(r.value), r.value
        assert not r.hard
        assert r.kecamatan_code == f"{r.value[0:2]}.{r.value[2:4]}.{r.value[4:6]}"
    assert all(str(i.message) for i in r.issues)  # every issue says something


@FUZZ
@given(raw=cell_values)
@example(raw="٦١٠٧٠١٠١٠١٢٠٠٠٠١")
def test_check_kk_never_raises_and_keeps_only_ascii_digits(raw: object) -> None:
    r = nik.check_kk(raw, kecamatan_exists=KEC)
    if r.value is None:
        assert r.hard
    else:
        assert ASCII16.fullmatch(r.value), r.value


@FUZZ
@given(
    kec=st.sampled_from(sorted(KEC)),
    born=st.dates(min_value=date(1927, 1, 1), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(min_value=1, max_value=9999),
    noise=st.sampled_from(["", " ", "'", "."]),
)
def test_a_made_nik_reads_back_its_parts(kec: str, born: date, sex: str, serial: int, noise: str) -> None:
    value = nik.make_nik(kec, born, sex, serial)
    typed = noise + value if noise in ("", "'") else noise.join(value[i : i + 4] for i in range(0, 16, 4))
    r = nik.check_nik(typed, kecamatan_exists=KEC, birth_date=born, sex=sex, today=TODAY)
    assert r.ok, r.text()
    assert (r.value, r.birth_date, r.sex, r.kecamatan_code) == (value, born, sex, kec)
    # The other sex or another birth date is named as a mismatch, never passed.
    other_sex = "P" if sex == "L" else "L"
    codes = {i.code for i in nik.check_nik(typed, kecamatan_exists=KEC, sex=other_sex, today=TODAY).issues}
    assert codes == {"sex_mismatch"}


@FUZZ
@given(digits=st.text(alphabet=string.digits, min_size=16, max_size=16))
def test_masked_nik_hides_the_middle_for_a_viewer(digits: str) -> None:
    viewer = auth.Actor(1, "v", "V", auth.Role.VIEWER)
    masked = auth.mask_nik(digits, viewer)
    assert masked == digits[:4] + "*" * 8 + digits[12:]
    assert auth.mask_nik(digits, auth.Actor(2, "o", "O", auth.Role.OPERATOR)) == digits


# --- date parsers of the importers ----------------------------------------------------------------

ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]  # fmt: skip


@FUZZ
@given(value=cell_values)
@example(value="31-02-1950")
@example(value="12 Foo 1950")
@example(value="00/00/0000")
@example(value="1950-13-01")
@example(value=time(10, 30))
@example(value="{")
def test_ppks_parse_date_returns_a_date_or_a_cell_problem(value: object) -> None:
    try:
        out = ppks_import.parse_date(value)
    except ppks_import.CellProblem as e:
        # the message was filled in (the echoed cell itself may hold braces)
        assert e.text and "{" not in e.text.replace(str(value).strip(), "")
        return
    assert out is None or type(out) is date


@FUZZ
@given(d=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), how=st.integers(0, 4))
def test_ppks_parse_date_reads_what_clerks_type(d: date, how: int) -> None:
    text = [
        d.strftime("%d-%m-%Y"),
        d.strftime("%d/%m/%Y"),
        d.isoformat(),
        f"{d.day} {ID_MONTHS[d.month - 1]} {d.year}",
        f"{d.day}.{d.month}.{d.year}",
    ][how]
    assert ppks_import.parse_date(text) == d
    assert ppks_import.parse_date(datetime.combine(d, time(7, 0))) == d


@FUZZ
@given(value=cell_values)
@example(value="1" * 400)  # float('1'*400) is inf: int(inf) raised OverflowError
@example(value="inf")
@example(value="-1e999")
def test_ppks_cell_parsers_raise_only_cell_problems(value: object) -> None:
    for fn in (
        lambda v: ppks_import.parse_id_number(v, "NIK"),
        ppks_import.parse_sex,
        ppks_import.parse_categories,
        ppks_import._text,
    ):
        try:
            fn(value)
        except ppks_import.CellProblem as e:
            assert e.text
    row = [value, "inf", "3"]
    assert ppks_import._is_number_row(row) in (True, False)


@FUZZ
@given(value=cell_values)
@example(value="29/02/2023")
@example(value="0000")
@example(value="1999 - 0000")
def test_arsip_date_parsers_return_dates_or_value_error(value: object) -> None:
    for fn in (arsip_import.parse_date, lambda v: arsip_import.parse_date(v, end=True), arsip_import.parse_kurun):
        try:
            out = fn(value)
        except ValueError:
            continue
        parts = out if isinstance(out, tuple) else (out,)
        assert all(p is None or type(p) is date for p in parts)


@FUZZ
@given(a=st.integers(1800, 2200), b=st.integers(1800, 2200), sep=st.sampled_from(["-", " - ", "/", " s.d. ", "–"]))
def test_arsip_kurun_of_two_years_spans_them(a: int, b: int, sep: str) -> None:
    start, end = arsip_import.parse_kurun(f"{a}{sep}{b}")
    assert (start, end) == (date(a, 1, 1), date(b, 12, 31))
    assert arsip_import.parse_kurun(float(a)) == (date(a, 1, 1), date(a, 12, 31))


@FUZZ
@given(value=cell_values)
def test_nipd_import_date_returns_a_date_or_value_error(value: object) -> None:
    try:
        out = nipd_import._date(value)
    except ValueError:
        return
    assert out is None or type(out) is date


@FUZZ
@given(d=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), fmt=st.sampled_from(
    ["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"]))  # fmt: skip
def test_nipd_import_date_reads_its_documented_formats(d: date, fmt: str) -> None:
    assert nipd_import._date(d.strftime(fmt)) == d


# --- NIPD number template -------------------------------------------------------------------------

TOKENS = ["{desa}", "{kec}", "{kab}", "{prov}", "{tahun}", "{jk}", "{lahir}"]
literal = st.text(alphabet="-/. ABCxyz", min_size=1, max_size=3)


@st.composite
def templates(draw: st.DrawFn) -> tuple[str, bool]:
    """A valid template and whether it has literal separators."""
    parts = draw(st.lists(st.sampled_from(TOKENS), max_size=4))
    width = draw(st.integers(1, 9))
    parts.insert(draw(st.integers(0, len(parts))), f"{{urut:{width}}}")
    with_literal = draw(st.booleans())
    if with_literal:
        seps = draw(st.lists(literal, min_size=len(parts), max_size=len(parts)))
        text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    else:
        text = "".join(parts)
    return text, with_literal


def _unparse(parts: list[tuple[str, str | int]]) -> str:
    return "".join(str(v) if k == "lit" else f"{{urut:{v}}}" if k == "urut" else f"{{{v}}}" for k, v in parts)


@FUZZ
@given(template=st.text(alphabet=st.sampled_from(list("{}:urtdesakcbpovhnjl0123456789 -/|\n\x00\x07")), max_size=30))
@example(template="{desa}\x00{urut:4}")  # a NUL stored in app_setting: PostgreSQL refuses the text
@example(template="{desa}\x1b{urut:4}")
@example(template="{urut:0}")
@example(template="{urut:4}{urut:4}")
@example(template="{desa:2}{urut:4}")
@example(template="{DESA}{urut:4}")
@example(template="{urut:٤}")  # a non-ASCII digit as the width
def test_parse_template_accepts_or_names_the_problem(template: str) -> None:
    try:
        parts = nipd.parse_template(template)
    except errors.ValidationError as e:
        assert e.field == "template" and str(e.message)
        return
    assert _unparse(parts) == template or nipd.parse_template(_unparse(parts)) == parts
    assert sum(1 for k, _v in parts if k == "urut") == 1
    literal_text = "".join(str(v) for k, v in parts if k == "lit")
    assert not any(ch == "|" or ord(ch) < 32 or ord(ch) == 127 for ch in literal_text)


@FUZZ
@given(
    tpl=templates(),
    desa=st.sampled_from(["61.07.01.2001", "19.04.05.1003", "31.74.09.1005"]),
    year=st.integers(1900, 2100),
    sex=st.sampled_from(["L", "P"]),
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2010, 12, 31)),
    counter=st.integers(0, 10**9),
)
def test_render_number_has_the_template_length_and_groups(
    tpl: tuple[str, bool], desa: str, year: int, sex: str, born: date, counter: int
) -> None:
    template, with_literal = tpl
    parts = nipd.parse_template(template)
    width = next(int(v) for k, v in parts if k == "urut")
    if counter >= 10**width:
        with pytest.raises(errors.ValidationError) as e:
            nipd.render_number(template, desa_code=desa, year=year, sex=sex, birth_date=born, counter=counter)
        assert e.value.field == "template" and str(10**width - 1) in str(e.value.message)
        return
    number, display = nipd.render_number(template, desa_code=desa, year=year, sex=sex, birth_date=born, counter=counter)
    assert len(number) == nipd.template_length(template)
    assert number.endswith(f"{counter:0{width}d}") or f"{counter:0{width}d}" in number
    if with_literal:
        assert display == number
    else:
        groups = display.split(" ")
        assert len(groups) == len(parts) and "".join(groups) == number
        assert number.isdigit() and number.isascii()
    # Two counters never give the same number (the unique guard is the last line of defence, not the first).
    if counter + 1 < 10**width:
        nxt, _ = nipd.render_number(template, desa_code=desa, year=year, sex=sex, birth_date=born, counter=counter + 1)
        assert nxt != number


# --- the card QR signature ----------------------------------------------------------------------

_KEY = Ed25519PrivateKey.generate()
_PUBLIC = {
    "AB12": nipd_sign._b64(_KEY.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
}
FIELD_NAMES = ["prefix", "kid", "nipd", "serial", "name", "jabatan", "desa", "issued", "signature"]
PAYLOAD_CHARS = string.ascii_letters + string.digits + "-_ .,'|=+/"

card_fields = st.builds(
    nipd_sign.CardFields,
    kid=st.just("AB12"),
    nipd=st.text(alphabet=string.digits, min_size=8, max_size=24),
    serial=st.text(alphabet=string.digits, min_size=7, max_size=7),
    name=st.text(alphabet=string.ascii_letters + " .,'", min_size=1, max_size=60).filter(str.strip),
    jabatan=st.sampled_from(["KADES", "SEKDES", "KADUS", "KASI-PEM"]),
    desa=st.sampled_from(["6107012001", "1904051003"]),
    issued=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
)


def _flip(payload: str, field_index: int, position: int, replacement: str) -> str | None:
    parts = payload.split("|")
    value = parts[field_index]
    i = position % len(value)
    if value[i] == replacement:
        return None
    parts[field_index] = value[:i] + replacement + value[i + 1 :]
    return "|".join(parts)


def _verdict(payload: str) -> nipd_cards.VerifyResult:
    return nipd_cards.verify(payload, public_keys=_PUBLIC, today=TODAY)


def test_a_genuine_payload_verifies_offline() -> None:
    fields = nipd_sign.CardFields("AB12", "610701200120240001", "0000001", "Siti Aminah", "KADES", "6107012001",
                                  date(2026, 1, 5))  # fmt: skip
    result = _verdict(nipd_sign.sign(_KEY, fields))
    assert result.valid and result.fields is not None and result.fields.name == "Siti Aminah"


def test_every_single_character_change_is_rejected() -> None:
    """Exhaustive over one payload: each position of each field, three different replacements."""
    fields = nipd_sign.CardFields("AB12", "610701200120240001", "0000001", "Siti Aminah", "KADES", "6107012001",
                                  date(2026, 1, 5))  # fmt: skip
    payload = nipd_sign.sign(_KEY, fields)
    assert _verdict(payload).valid
    tried = 0
    for f in range(len(FIELD_NAMES)):
        for pos in range(len(payload.split("|")[f])):
            for rep in ("A", "B", "7", "-", "|"):
                tampered = _flip(payload, f, pos, rep)
                if tampered is None:
                    continue
                tried += 1
                assert not _verdict(tampered).valid, (FIELD_NAMES[f], pos, rep, tampered)
    assert tried > 500


@FUZZ
@given(
    fields=card_fields,
    field_index=st.integers(0, len(FIELD_NAMES) - 1),
    position=st.integers(0, 200),
    replacement=st.sampled_from(PAYLOAD_CHARS),
)
# The signature's last base64 character carries 4 unused bits: 'A' and 'B' decoded to the same bytes,
# so a changed payload verified. Now only the canonical encoding is accepted.
@example(
    fields=nipd_sign.CardFields("AB12", "61070120012024", "0000001", "Siti", "KADES", "6107012001", date(2026, 1, 5)),
    field_index=8,
    position=85,
    replacement="+",
)
def test_a_tampered_payload_never_verifies(
    fields: nipd_sign.CardFields, field_index: int, position: int, replacement: str
) -> None:
    payload = nipd_sign.sign(_KEY, fields)
    assert _verdict(payload).valid
    tampered = _flip(payload, field_index, position, replacement)
    if tampered is None:
        return
    assert not _verdict(tampered).valid, (FIELD_NAMES[field_index], tampered)


def test_signature_last_character_padding_bits_are_checked() -> None:
    """All 64 values of the final character: only the signed one verifies."""
    fields = nipd_sign.CardFields("AB12", "610701200120240001", "0000001", "Budi", "KADUS", "6107012001",
                                  date(2026, 2, 1))  # fmt: skip
    payload = nipd_sign.sign(_KEY, fields)
    alphabet = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
    ok = [c for c in alphabet if _verdict(payload[:-1] + c).valid]
    assert ok == [payload[-1]]


@FUZZ
@given(payload=st.text(max_size=300))
@example(payload="KD1|AB12|1|2|n|j|d|20260101|" + "A" * 86)
@example(payload="KD1|AB12|1|2|n|j|d|2026010|" + "A" * 86)
@example(payload="KD1|AB12|1|2|n|j|d|99999999|" + "A" * 86)
def test_any_text_is_a_verdict_never_an_exception(payload: str) -> None:
    result = _verdict(payload)
    assert not result.valid and str(result.reason)
