"""Indonesian office formats: 23/11/2026, 1.500.000, 1.500,5, Rp1.500.000; English groups the English way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from kesos_desktop import formatting as f
from kesos_desktop.services.listing import format_value


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    before = f.language()
    f.set_language("id")
    yield
    f.set_language(before)


def test_dates_day_first_with_leading_zeros() -> None:
    assert f.format_date(date(2026, 11, 23)) == "23/11/2026"
    assert f.format_date(date(2026, 1, 5)) == "05/01/2026"
    assert f.format_date(datetime(2026, 11, 23, 14, 5)) == "23/11/2026"
    assert f.format_datetime(datetime(2026, 11, 23, 14, 5, 9)) == "23/11/2026 14:05"
    assert f.format_datetime(datetime(2026, 11, 23, 4, 5, 9), seconds=True) == "23/11/2026 04:05:09"
    assert f.format_date(None) == f.format_datetime(None) == ""
    assert f.format_date(date(999, 1, 1)) == "01/01/0999"


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1_500_000, "1.500.000"), (-1_234_567, "-1.234.567"),
     (12_345_678_901, "12.345.678.901")],
)  # fmt: skip
def test_whole_numbers_grouped_with_dots(value: int, text: str) -> None:
    assert f.format_number(value) == text


def test_decimals_with_comma() -> None:
    assert f.format_decimal(1500.5) == "1.500,5"
    assert f.format_decimal(1500.0) == "1.500"
    assert f.format_number(1500.5, 2) == "1.500,50"
    assert f.format_number(Decimal("2.675"), 2) == "2,68"  # half up, as people round (float 2.675 is 2.67499…)
    assert f.format_number(0.1 + 0.2) == "0,3"
    assert f.format_number(-0.004, 2) == "0,00"
    assert f.format_number(-1234.5, 1) == "-1.234,5"
    assert f.format_percent(12.5) == "12,5%"


def test_rupiah_without_space_as_puebi() -> None:
    assert f.format_rupiah(1_500_000) == "Rp1.500.000"
    assert f.format_rupiah(0) == "Rp0"
    assert f.format_rupiah(-1500) == "-Rp1.500"
    assert f.format_rupiah(1500.5, 2) == "Rp1.500,50"
    assert f.format_rupiah(Decimal("250000")) == "Rp250.000"


def test_english_ui_groups_the_english_way_but_dates_stay_day_first() -> None:
    f.set_language("en")
    assert f.format_number(1_500_000) == "1,500,000"
    assert f.format_decimal(1500.5) == "1,500.5"
    assert f.format_rupiah(1_500_000) == "Rp1,500,000"
    assert f.format_date(date(2026, 11, 23)) == "23/11/2026"
    assert f.format_yes_no(True) == "Yes"
    # Documents are Indonesian whatever the UI language.
    assert f.format_number(1_500_000, lang="id") == "1.500.000"
    assert f.format_rupiah(1_500_000, lang="id") == "Rp1.500.000"


def test_unknown_language_is_indonesian() -> None:
    f.set_language("fr")
    assert f.language() == "id"
    assert f.format_number(1000, lang="xx") == "1.000"


def test_sizes() -> None:
    assert f.format_size(512) == "512 B"
    assert f.format_size(20_000) == "20 KB"
    assert f.format_size(3_565_158) == "3,4 MB"


def test_list_cells_use_the_same_rules() -> None:
    assert format_value(None) == ""
    assert format_value(date(2026, 11, 23)) == "23/11/2026"
    stamp = datetime(2026, 11, 23, 14, 5)  # database stamps are UTC and show in local time (test_local_times)
    assert (
        format_value(stamp) == f.local_datetime_text(stamp) == f.format_datetime(stamp.replace(tzinfo=UTC).astimezone())
    )
    assert format_value(1_500_000) == "1.500.000"
    assert format_value(True) == "Ya" and format_value(False) == "Tidak"
    assert format_value("Sungai Duri") == "Sungai Duri"
