from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kesos_desktop.services import nik

KEC = {"19.04.05", "61.07.01"}
TODAY = date(2026, 11, 23)


def test_valid_male_and_female() -> None:
    male = nik.check_nik("1904051203900001", kecamatan_exists=KEC, birth_date=date(1990, 3, 12), sex="L", today=TODAY)
    assert male.ok and male.sex == "L" and male.birth_date == date(1990, 3, 12) and male.kecamatan_code == "19.04.05"
    female = nik.check_nik("6107015203900002", kecamatan_exists=KEC, birth_date=date(1990, 3, 12), sex="P", today=TODAY)
    assert female.ok and female.sex == "P"


def test_typed_noise_is_cleaned() -> None:
    assert nik.check_nik("'1904 0512.0390-0001", today=TODAY).value == "1904051203900001"


def test_wrong_length_is_a_hard_error() -> None:
    r = nik.check_nik("19040512039", today=TODAY)
    assert r.hard and r.value is None and "11 digit" in r.text()


def test_each_problem_is_named() -> None:
    r = nik.check_nik("9999993202900000", kecamatan_exists=KEC, birth_date=date(1991, 2, 1), sex="L", today=TODAY)
    codes = {i.code for i in r.issues}
    assert codes == {"region", "date", "serial"}  # 32 Feb is no date, so no mismatch is claimed
    r = nik.check_nik("1904055203900001", kecamatan_exists=KEC, birth_date=date(1990, 3, 13), sex="L", today=TODAY)
    assert {i.code for i in r.issues} == {"birth_mismatch", "sex_mismatch"}
    assert not r.hard


def test_century_inference() -> None:
    assert nik.check_nik("1904051203150001", today=TODAY).birth_date == date(2015, 3, 12)
    assert nik.check_nik("1904051203300001", today=TODAY).birth_date == date(1930, 3, 12)


def test_kk() -> None:
    assert nik.check_kk("6107010101200003", kecamatan_exists=KEC).ok
    assert {i.code for i in nik.check_kk("6199010101200000", kecamatan_exists=KEC).issues} == {"region", "serial"}


@given(
    born=st.dates(min_value=date(1927, 1, 1), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(1, 9999),
)
def test_generated_niks_validate(born: date, sex: str, serial: int) -> None:
    value = nik.make_nik("61.07.01", born, sex, serial)
    r = nik.check_nik(value, kecamatan_exists=KEC, birth_date=born, sex=sex, today=TODAY)
    assert r.ok, r.text()


@given(st.text(max_size=40))
def test_any_text_gives_a_result_never_an_exception(text: str) -> None:
    r = nik.check_nik(text, kecamatan_exists=KEC, today=TODAY)
    assert r.value is None or len(r.value) == 16
