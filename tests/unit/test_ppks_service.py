"""PPKS records on both back ends: NIK/KK rules, duplicates, workflow, scope, merge, dashboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.models.ppks import PpksHistory, PpksPerson
from kesos_desktop.services import auth, ppks, wilayah
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.services.nik import make_kk, make_nik

KEC = "61.07.02"  # Samalantan
DESA = "61.07.02.2001"  # Samalantan
DESA2 = "61.07.02.2003"  # Tumiang
OTHER_KEC_DESA = "61.07.03.2001"  # Lesabela (Ledo)


def person(n: int = 1, **kw) -> ppks.PersonInput:  # type: ignore[no-untyped-def]
    born = kw.pop("birth_date", date(1950, 5, 12))
    sex = kw.pop("sex", "P")
    desa = kw.pop("desa_code", DESA)
    return ppks.PersonInput(
        name=kw.pop("name", "SITI  AMINAH"),
        desa_code=desa,
        categories=kw.pop("categories", ("LUT",)),
        nik=kw.pop("nik", make_nik(desa[:8], born, sex, n)),
        kk=kw.pop("kk", make_kk(desa[:8], date(2010, 1, 2), n)),
        birth_place="Bengkayang",
        birth_date=born,
        sex=sex,
        rt=kw.pop("rt", "3"),
        rw=kw.pop("rw", "05"),
        **kw,
    )


@pytest.fixture
def office(db: Database, admin: auth.Actor) -> str:
    wilayah.set_office_scope(db, admin, "61.07")
    return "61.07"


def test_create_cleans_and_reads_back(db: Database, admin: auth.Actor, office: str) -> None:
    info = ppks.create(db, admin, person(category_details={"LUT": {"tinggal": "sendiri"}}))
    assert info.name == "Siti Aminah"
    assert (info.rt, info.rw, info.status) == ("003", "005", ppks.DRAFT)
    assert info.categories == ("LUT",)
    assert info.category_details == {"LUT": {"tinggal": "sendiri"}}
    assert not info.nik_warning
    again = ppks.find_by_nik(db, admin, info.nik[:4] + " " + info.nik[4:])
    assert again is not None and again.id == info.id
    with db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.entity == "ppks")) == "create"


def test_nik_rules_block_and_admin_may_accept_with_flag(
    db: Database, admin: auth.Actor, office: str, make_actor
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.ValidationError) as e:
        ppks.create(db, admin, person(nik="12345"))
    assert e.value.field == "nik" and "16 digit" in str(e.value.message)
    wrong_date = person(nik=make_nik(KEC, date(1951, 5, 12), "P", 1))
    with pytest.raises(errors.ValidationError) as e:
        ppks.create(db, admin, wrong_date)
    assert "berbeda" in str(e.value.message)
    # Old region code: not a known kecamatan.
    old_region = person(nik=make_nik("61.07.99", date(1950, 5, 12), "P", 1))
    op = make_actor("operator", scope_code=KEC)
    with pytest.raises(errors.ValidationError):
        ppks.create(db, op, old_region, accept_nik_warning=True)  # only an admin may accept
    info = ppks.create(db, admin, old_region, accept_nik_warning=True)
    assert info.nik_warning and "61.07.99" in (info.nik_warning_reason or "")
    # Hard errors cannot be accepted.
    with pytest.raises(errors.ValidationError):
        ppks.create(db, admin, person(2, nik="61070252abc00001"), accept_nik_warning=True)
    # Sex against NIK (day + 40 for women).
    with pytest.raises(errors.ValidationError) as e:
        ppks.create(db, admin, person(3, nik=make_nik(KEC, date(1950, 5, 12), "L", 3)))
    assert "Jenis kelamin" in str(e.value.message)
    bad_kk = person(4, kk="6107")
    with pytest.raises(errors.ValidationError) as e:
        ppks.create(db, admin, bad_kk)
    assert e.value.field == "kk"


def test_other_field_rules(db: Database, admin: auth.Actor, office: str) -> None:
    future = date.today() + timedelta(days=3)
    checked = ppks.check(db, admin, person(birth_date=future, name=" ", categories=("XYZ",), rt="12a"))
    fields = {e.field for e in checked.errors}
    assert {"birth_date", "name", "categories", "rt"} <= fields
    outside = ppks.check(db, admin, person(desa_code="31.74.09.1005"))
    assert "wilayah kantor" in (outside.error_for("desa_code") or "")
    child_as_lut = ppks.check(db, admin, person(birth_date=date(2015, 1, 1), sex="L", nik=None, categories=("LUT",)))
    assert any("Umur" in str(w) for w in child_as_lut.warnings)
    kat = ppks.check(db, admin, ppks.PersonInput(name="Komunitas Dusun Sebunga", desa_code=DESA, categories=("kat",)))
    assert kat.ok, kat.errors


def test_same_nik_twice_names_existing_record(db: Database, admin: auth.Actor, office: str) -> None:
    first = ppks.create(db, admin, person())
    with pytest.raises(errors.DuplicateError) as e:
        ppks.create(db, admin, replace(person(), name="Siti Aminah Binti Ali"))
    assert e.value.existing_id == first.id  # type: ignore[attr-defined]
    assert f"#{first.id}" in str(e.value.message)


def test_workflow_and_roles(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    op = make_actor("operator", scope_code=KEC)
    verifier = make_actor("verifikator")
    viewer = make_actor("viewer")
    with pytest.raises(errors.PermissionDenied):
        ppks.create(db, viewer, person())
    with pytest.raises(errors.PermissionDenied):
        ppks.create(db, op, person(desa_code=OTHER_KEC_DESA))
    info = ppks.create(db, op, person())
    info = ppks.update(db, op, info.id, replace(info.as_input(), needs="Kursi roda"), expected_version=info.version)
    with pytest.raises(errors.ConflictError):
        ppks.update(db, op, info.id, info.as_input(), expected_version=info.version - 1)
    with pytest.raises(errors.PermissionDenied):
        ppks.verify(db, op, info.id, expected_version=info.version)
    with pytest.raises(errors.ValidationError):
        ppks.verify(db, verifier, info.id, expected_version=info.version)  # still a draft
    info = ppks.submit(db, op, info.id, expected_version=info.version)
    assert info.status == ppks.SUBMITTED
    with pytest.raises(errors.PermissionDenied):
        ppks.update(db, op, info.id, info.as_input(), expected_version=info.version)  # no longer editable
    with pytest.raises(errors.ValidationError):
        ppks.reject(db, verifier, info.id, "  ", expected_version=info.version)
    info = ppks.reject(db, verifier, info.id, "KK tidak terbaca", expected_version=info.version)
    assert (info.status, info.reject_reason) == (ppks.REJECTED, "KK tidak terbaca")
    info = ppks.update(db, op, info.id, replace(info.as_input(), needs="Sembako"), expected_version=info.version)
    info = ppks.submit(db, op, info.id, expected_version=info.version)
    info = ppks.verify(db, verifier, info.id, expected_version=info.version)
    assert info.status == ppks.VERIFIED and info.reject_reason is None
    with pytest.raises(errors.PermissionDenied):
        ppks.update(db, op, info.id, info.as_input(), expected_version=info.version)
    # Admin may still correct a verified record.
    info = ppks.update(db, admin, info.id, replace(info.as_input(), needs="PKH"), expected_version=info.version)
    assert info.status == ppks.VERIFIED
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "ppks")))
    assert actions.count("verify") == 2


def test_operator_scope_on_list_and_reads(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    mine = ppks.create(db, admin, person(1))
    theirs = ppks.create(db, admin, person(2, desa_code=OTHER_KEC_DESA, name="Budi Hartono", sex="L"))
    op = make_actor("operator", scope_code=KEC)
    q = ListQuery(ppks.LIST_SPEC, op)
    assert q.count(db) == 1 and q.page(db, 0, 10)[0].id == mine.id
    assert ListQuery(ppks.LIST_SPEC, admin).count(db) == 2
    with pytest.raises(errors.PermissionDenied):
        ppks.get(db, op, theirs.id)
    assert ppks.find_by_nik(db, op, theirs.nik or "") is None
    viewer = make_actor("viewer")
    row = ListQuery(ppks.LIST_SPEC, viewer).with_search(theirs.nik or "").page(db, 0, 5)[0]
    assert ListQuery(ppks.LIST_SPEC, viewer).display(0, row.values[0]).count("*") == 8


def test_list_search_filters_and_stale(db: Database, admin: auth.Actor, office: str) -> None:
    a = ppks.create(db, admin, person(1, name="siti aminah"))
    b = ppks.create(db, admin, person(2, name="Sitti Rahma", categories=("PD", "FM"), desa_code=DESA2))
    ppks.create(db, admin, person(3, name="Budi Hartono", sex="L", collected_on=date(2024, 3, 1)))
    q = ListQuery(ppks.LIST_SPEC, admin)
    assert [r.id for r in q.with_search("SIT").page(db, 0, 10)] == [a.id, b.id]
    assert q.with_search("sitt").count(db) == 1
    assert q.with_search(a.nik[:8]).count(db) >= 1  # type: ignore[index]
    assert q.with_filter("category", "FM").count(db) == 1
    assert q.with_filter("desa", DESA2).count(db) == 1
    assert q.with_filter("kecamatan", KEC).count(db) == 3
    assert q.with_filter("year", 2024).count(db) == 1
    assert q.with_filter("age", "60+").count(db) == 3
    cats = q.with_filter("category", "FM").page(db, 0, 1)[0].values[4]
    assert set(cats.split(", ")) == {"PD", "FM"}
    with db.write() as s:
        s.execute(update(PpksPerson).where(PpksPerson.id == a.id).values(updated_at=date(2020, 1, 1)))
    assert q.with_filter("status", ppks.STALE).count(db) == 1
    row = q.with_filter("status", ppks.STALE).page(db, 0, 1)[0]
    assert "perlu pembaruan" in q.display(7, row.values[7])
    assert ppks.get(db, admin, a.id).needs_update


def test_probable_duplicates_and_merge(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    a = ppks.create(db, admin, person(1, name="Muhammad Yusuf", sex="L", categories=("FM",)))
    b = ppks.create(
        db, admin, person(2, name="MUHAMAD  YUSUF", sex="L", categories=("PD",), kk=None, needs="Alat bantu dengar")
    )
    c = ppks.create(db, admin, person(3, name="Muhammad Yusup", sex="L", birth_date=date(1950, 8, 1)))
    ppks.create(db, admin, person(4, name="Agus Salim", sex="L", desa_code=DESA2))
    pairs = ppks.probable_duplicates(db, admin)
    found = {(p.a_id, p.b_id): p.reason for p in pairs}
    assert found[(a.id, b.id)] == "nama_tgl"
    assert found[(a.id, c.id)] == "nama_mirip" or found.get((b.id, c.id)) == "nama_mirip"
    assert all(a.id in k or b.id in k or c.id in k for k in found)
    op = make_actor("operator", scope_code=KEC)
    with pytest.raises(errors.PermissionDenied):
        ppks.merge(db, op, a.id, b.id)
    merged = ppks.merge(db, admin, a.id, b.id)
    assert merged.categories == ("PD", "FM")
    assert merged.needs == "Alat bantu dengar"
    with pytest.raises(errors.NotFound):
        ppks.get(db, admin, b.id)
    hist = ppks.history(db, admin, a.id)
    assert hist[0]["merged_from"] == b.id and hist[0]["record"]["name"] == "Muhamad Yusuf"
    with db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "merge")) == "merge"
        assert s.scalar(select(PpksHistory.person_id)) == a.id


def test_dashboard_and_rekap_respect_scope(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    ppks.create(db, admin, person(1, categories=("LUT", "FM")))
    ppks.create(
        db, admin, person(2, name="Andi", sex="L", birth_date=date.today() - timedelta(days=800), categories=("ABT",))
    )
    ppks.create(db, admin, person(3, name="Rina", desa_code=OTHER_KEC_DESA, categories=("PD",)))
    d = ppks.dashboard(db, admin)
    assert d.total == 3
    assert d.by_category_area[("LUT", KEC)] == 1 and d.by_category_area[("PD", "61.07.03")] == 1
    assert d.by_sex_age[("L", "0-5")] == 1 and d.by_sex_age[("P", "60+")] == 2
    assert (KEC, "Samalantan") in d.areas
    drill = ppks.dashboard(db, admin, area=KEC)
    assert drill.area_level == wilayah.DESA and drill.by_category_area[("ABT", DESA)] == 1
    op = make_actor("operator", scope_code=KEC)
    assert ppks.dashboard(db, op).total == 2
    r = ppks.rekap(db, admin, "kecamatan")
    row = next(x for x in r.rows if x[1] == "Samalantan")
    assert row[-1] == 2 and row[-3] == 1 and row[-2] == 1
    assert r.totals[-1] == 3
    k = ppks.rekap(db, op, "kategori")
    assert next(x for x in k.rows if x[1] == "PD")[5] == 0
    assert k.totals[5] == 3  # category memberships in scope: LUT, FM, ABT
    with pytest.raises(errors.ValidationError):
        ppks.rekap(db, admin, "provinsi")


def test_tallies_match_a_recount(db: Database, admin: auth.Actor, office: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.excel import ppks_import
    from kesos_desktop.services import ppks_demo
    from tests.unit.test_ppks_import import messy_workbook

    ppks_demo.generate(db, 60, seed=5)
    a = ppks.create(db, admin, person(1, categories=("LUT", "FM")))
    b = ppks.create(db, admin, person(2, name="Rina Lestari", collected_on=date(2024, 1, 2)))
    a = ppks.update(
        db, admin, a.id, replace(a.as_input(), desa_code=DESA2, categories=("PD",), sex="P"), expected_version=a.version
    )
    b = ppks.submit(db, admin, b.id, expected_version=b.version)
    b = ppks.reject(db, admin, b.id, "kurang", expected_version=b.version)
    c = ppks.create(db, admin, person(3, name="Siti Aminah", categories=("KAT",)))
    ppks.merge(db, admin, a.id, c.id)
    ppks.delete(db, admin, b.id, expected_version=b.version)
    path = messy_workbook(tmp_path / "desa.xlsx")
    ppks_import.commit(db, admin, ppks_import.analyse(db, admin, path), all_or_nothing=False)
    ppks_import.commit(db, admin, ppks_import.analyse(db, admin, path), all_or_nothing=False)  # updates
    kept = ppks.tally_snapshot(db)
    ppks.rebuild_tallies(db)
    assert ppks.tally_snapshot(db) == kept
    d = ppks.dashboard(db, admin)
    assert d.total == ListQuery(ppks.LIST_SPEC, admin).count(db) == 63  # row 6 of the file updates record a
    lut = ListQuery(ppks.LIST_SPEC, admin).with_filter("category", "LUT").count(db)
    assert sum(v for (c, _a), v in d.by_category_area.items() if c == "LUT") == lut
    for group in ppks.AGE_GROUPS:
        listed = ListQuery(ppks.LIST_SPEC, admin).with_filter("age", group).count(db)
        assert sum(v for (_s, g), v in d.by_sex_age.items() if g == group) == listed
