import pytest

from kesos_desktop import errors
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit_list, auth, wilayah
from kesos_desktop.services.listing import ListQuery

PROVINCES, REGENCIES, DISTRICTS, VILLAGES = 38, 514, 7285, 83762


def test_whole_country_is_seeded(db: Database) -> None:
    assert wilayah.count(db) == PROVINCES + REGENCIES + DISTRICTS + VILLAGES
    assert wilayah.get(db, "31.74.09.1005").name == "Tanjung Barat"
    assert wilayah.get(db, "61.07").name == "Kabupaten Bengkayang"


def test_seed_is_idempotent(db: Database) -> None:
    assert wilayah.seed(db) == 0


def test_children_and_path(db: Database) -> None:
    kec = wilayah.children(db, "61.07")
    assert len(kec) == 17 and all(k.level == wilayah.KECAMATAN for k in kec)
    desa = sum(len(wilayah.children(db, k.code)) for k in kec)
    assert desa == 124
    assert [r.name for r in wilayah.path(db, "63.11.02")] == ["Kalimantan Selatan", "Kabupaten Balangan", "Halong"]


def test_office_scope(db: Database, admin: auth.Actor) -> None:
    assert wilayah.office_scope(db) is None
    region = wilayah.set_office_scope(db, admin, "6107")
    assert region.code == "61.07" and wilayah.office_scope(db) == "61.07"
    with pytest.raises(errors.ValidationError):
        wilayah.set_office_scope(db, admin, "61.07.01")  # a kecamatan is too small for an office
    assert wilayah.regions_at_level(db, wilayah.DESA, "61.07")[0].code.startswith("61.07.")


def test_scope_needs_settings_permission(db: Database, make_actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.PermissionDenied):
        wilayah.set_office_scope(db, make_actor("operator"), "61.07")


def test_national_list_without_database() -> None:
    provinces = wilayah.national_children(None)
    assert len(provinces) == PROVINCES
    assert any(r.code == "19.04" for r in wilayah.national_children("19"))


def test_region_list_pages_searches_and_sorts(db: Database, admin: auth.Actor) -> None:
    q = ListQuery(wilayah.LIST_SPEC, admin).with_filter("level", wilayah.DESA)
    assert q.count(db) == VILLAGES
    last = q.page(db, VILLAGES - 3, 50)
    assert len(last) == 3
    narrowed = q.with_search("tanjung barat")
    assert 0 < narrowed.count(db) < 50
    assert any(r.values[1] == "Tanjung Barat" for r in narrowed.page(db, 0, 50))
    desc = q.with_sort("code", True).page(db, 0, 1)[0]
    asc = q.page(db, 0, 1)[0]
    assert desc.id > asc.id
    # Search text is a bound parameter: quotes and wildcards are just text.
    assert q.with_search("'; DROP TABLE wilayah; --").count(db) == 0
    assert q.with_search("100%").count(db) == 0
    assert wilayah.count(db) == PROVINCES + REGENCIES + DISTRICTS + VILLAGES


def test_audit_list_needs_permission(db: Database, make_actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.PermissionDenied):
        ListQuery(audit_list.LIST_SPEC, make_actor("viewer"))


def test_audit_list_filters(db: Database, admin: auth.Actor) -> None:
    auth.create_user(db, admin, username="budi", full_name="Budi", password="rahasia123", role="viewer")
    q = ListQuery(audit_list.LIST_SPEC, admin)
    assert q.count(db) >= 3  # create admin, login, create budi
    creates = q.with_filter("action", "create")
    rows = creates.page(db, 0, 10)
    assert rows and all(r.values[3] == "create" for r in rows)
    assert q.with_search("budi").count(db) >= 1
    assert rows[0].id > rows[-1].id  # newest first
