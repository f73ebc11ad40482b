"""PPKS duplicate review on both back ends: pairs dismissed as "bukan ganda" stay out of the scan
(until an admin restores them), and the similar-name blocking finds first-letter typos."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.models.ppks import PpksDismissedPair
from kesos_desktop.services import auth, ppks, wilayah
from tests.unit.test_ppks_service import DESA2, KEC, OTHER_KEC_DESA, person


@pytest.fixture
def office(db: Database, admin: auth.Actor) -> str:
    wilayah.set_office_scope(db, admin, "61.07")
    return "61.07"


def pair_keys(db: Database, actor: auth.Actor) -> dict[tuple[int, int], str]:
    return {(p.a_id, p.b_id): p.reason for p in ppks.probable_duplicates(db, actor)}


def test_dismissed_pair_is_remembered_and_restored(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    a = ppks.create(db, admin, person(1, name="Siti Aminah"))
    b = ppks.create(db, admin, person(2, name="Siti Aminah"))
    c = ppks.create(db, admin, person(3, name="Siti Aminah"))
    assert set(pair_keys(db, admin)) == {(a.id, b.id), (a.id, c.id), (b.id, c.id)}
    verifier = make_actor("verifikator")
    operator = make_actor("operator", scope_code=KEC)
    with pytest.raises(errors.PermissionDenied):
        ppks.dismiss_duplicate(db, operator, a.id, b.id, "beda orang")
    with pytest.raises(errors.ValidationError):
        ppks.dismiss_duplicate(db, verifier, a.id, b.id, "   ")
    with pytest.raises(errors.ValidationError):
        ppks.dismiss_duplicate(db, verifier, a.id, a.id, "sama")
    # Given as (higher, lower): stored as one pair.
    d = ppks.dismiss_duplicate(db, verifier, b.id, a.id, "  Ibu dan anak,\n nama sama ")
    assert (d.a_id, d.b_id, d.reason) == (a.id, b.id, "Ibu dan anak, nama sama")
    again = ppks.dismiss_duplicate(db, verifier, a.id, b.id, "lagi")  # no second row, no second audit entry
    assert again.reason == "Ibu dan anak, nama sama"
    # Every later scan leaves the pair out; the other pairs stay.
    assert set(pair_keys(db, admin)) == {(a.id, c.id), (b.id, c.id)}
    assert set(pair_keys(db, verifier)) == {(a.id, c.id), (b.id, c.id)}
    listed = ppks.dismissed_duplicates(db, admin)
    assert [(x.a_id, x.b_id, x.a_name, x.by) for x in listed] == [(a.id, b.id, "Siti Aminah", verifier.full_name)]
    with db.read() as s:
        acts = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("%duplicate"))))
        assert acts == ["dismiss_duplicate"]
    # Only the admin restores.
    with pytest.raises(errors.PermissionDenied):
        ppks.restore_duplicate(db, verifier, a.id, b.id)
    ppks.restore_duplicate(db, admin, b.id, a.id)
    assert (a.id, b.id) in pair_keys(db, admin)
    assert ppks.dismissed_duplicates(db, admin) == []
    with pytest.raises(errors.NotFound):
        ppks.restore_duplicate(db, admin, a.id, b.id)
    with db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "restore_duplicate")) == 1


def test_dismissed_pair_goes_with_its_records(db: Database, admin: auth.Actor, office: str) -> None:
    a = ppks.create(db, admin, person(1, name="Siti Aminah"))
    b = ppks.create(db, admin, person(2, name="Siti Aminah"))
    c = ppks.create(db, admin, person(3, name="Siti Aminah"))
    ppks.dismiss_duplicate(db, admin, a.id, b.id, "beda orang")
    ppks.dismiss_duplicate(db, admin, b.id, c.id, "beda orang")
    ppks.merge(db, admin, a.id, c.id)
    with db.read() as s:
        assert list(s.execute(select(PpksDismissedPair.low_id, PpksDismissedPair.high_id))) == [(a.id, b.id)]
    ppks.delete(db, admin, b.id, expected_version=ppks.get(db, admin, b.id).version)
    assert ppks.dismissed_duplicates(db, admin) == []


def test_dismiss_respects_scope(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    a = ppks.create(db, admin, person(1, name="Rina Wati", desa_code=OTHER_KEC_DESA))
    b = ppks.create(db, admin, person(2, name="Rina Wati", desa_code=OTHER_KEC_DESA))
    scoped = make_actor("verifikator", scope_code=KEC)
    with pytest.raises(errors.PermissionDenied):
        ppks.dismiss_duplicate(db, scoped, a.id, b.id, "beda orang")
    ppks.dismiss_duplicate(db, admin, a.id, b.id, "beda orang")
    assert ppks.dismissed_duplicates(db, scoped) == []
    assert len(ppks.dismissed_duplicates(db, admin)) == 1


# Names that sort between the typo'd pairs, so only the improved blocking brings them together.
FILLERS = ("Siti Rahma", "Sri Wahyuni", "Susanti", "Taufik Hidayat", "Umar Said", "Wati", "Yohana", "Yuliana")


def test_similar_names_with_first_letter_typo_and_spelling_variants(
    db: Database, admin: auth.Actor, office: str
) -> None:
    n = iter(range(1, 100))
    for name in FILLERS:
        ppks.create(db, admin, person(next(n), name=name, birth_date=date(1971, 3, 4)))
    # Same desa, same birth date, the first letter mistyped.
    siti = ppks.create(db, admin, person(next(n), name="Siti Aminah"))
    ziti = ppks.create(db, admin, person(next(n), name="Ziti Aminah"))
    # First letter mistyped, birth dates differ within the year (found through the reversed-name order).
    ani = ppks.create(db, admin, person(next(n), name="Anisa Putri", birth_date=date(1980, 1, 5)))
    ensa = ppks.create(db, admin, person(next(n), name="Enisa Putri", birth_date=date(1980, 9, 9)))
    # Spelling variants of Muhammad (and Rizki/Rizky), different dates in the same year.
    m1 = ppks.create(db, admin, person(next(n), name="Muhammad Rizki", sex="L", birth_date=date(1990, 2, 1)))
    m2 = ppks.create(db, admin, person(next(n), name="MUHAMAD RIZKY", sex="L", birth_date=date(1990, 7, 1)))
    m3 = ppks.create(db, admin, person(next(n), name="Moh. Rizki", sex="L", birth_date=date(1990, 11, 30)))
    # Not pairs: another desa, another birth year, a different name with the same date.
    ppks.create(db, admin, person(next(n), name="Ziti Aminah", desa_code=DESA2, birth_date=date(1950, 6, 1)))
    ppks.create(db, admin, person(next(n), name="Xiti Aminah", birth_date=date(1951, 5, 12)))
    ppks.create(db, admin, person(next(n), name="Agus Salim", sex="L"))
    found = pair_keys(db, admin)
    assert found[(siti.id, ziti.id)] == "nama_mirip"
    assert found[(ani.id, ensa.id)] == "nama_mirip"
    assert found[(m1.id, m3.id)] == "nama_mirip"  # "Moh." and "Muhammad" are one spelling
    assert (m1.id, m2.id) in found or (m2.id, m3.id) in found
    people = {siti.id, ziti.id, ani.id, ensa.id, m1.id, m2.id, m3.id}
    assert all(set(k) <= people for k in found), found


def test_same_date_block_finds_typos_the_name_orders_miss(db: Database, admin: auth.Actor, office: str) -> None:
    # One birth date, a typo in the first letter and one in the middle; two records of another year sort
    # between them in reversed-name order, so only the same-date block brings the two together.
    budi = ppks.create(db, admin, person(1, name="Budi Setiawan Hartono", sex="L"))
    rudi = ppks.create(db, admin, person(2, name="Rudi Setiawen Hartono", sex="L"))
    for i, name in enumerate(("Ani Setiawan Hartono", "Oni Setiawan Hartono", "Yanti")):
        ppks.create(db, admin, person(3 + i, name=name, birth_date=date(1960 + i, 1, 2)))
    assert pair_keys(db, admin) == {(budi.id, rudi.id): "nama_mirip"}
