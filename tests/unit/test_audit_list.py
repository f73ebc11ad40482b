"""The audit viewer's service helpers, and reading pages from the end, on both back ends."""

from __future__ import annotations

import json

import pytest

from kesos_desktop import errors
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit, audit_list, auth, demo
from kesos_desktop.services.auth import Perm, Role
from kesos_desktop.services.listing import ListQuery

NIK = "1904011203900001"


def _log(db: Database, actor: auth.Actor, **kw) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        audit.record(s, actor, **kw)


def test_distinct_users_and_entities(db: Database, admin: auth.Actor, make_actor) -> None:  # type: ignore[no-untyped-def]
    make_actor("operator", "siti")  # logs "create" by admin, then "login" by siti
    _log(db, admin, action="export", entity="ppks", summary="ekspor")
    assert audit_list.distinct_usernames(db, admin) == ["admin", "siti"]
    assert audit_list.distinct_entities(db, admin) == ["ppks", "user"]
    for role in ("viewer", "operator", "arsiparis"):
        with pytest.raises(errors.PermissionDenied):
            audit_list.distinct_usernames(db, make_actor(role))
    with pytest.raises(errors.PermissionDenied):
        audit_list.distinct_entities(db, make_actor("viewer"))
    names = audit_list.distinct_usernames(db, make_actor("verifikator", "vera"))
    assert "vera" in names and names == sorted(set(names))  # every login above is in the log too


def test_distinct_on_an_empty_log(db: Database) -> None:
    assert audit_list.distinct_usernames(db, auth.SYSTEM) == []


def test_get_entry_and_field_changes(db: Database, admin: auth.Actor, make_actor) -> None:  # type: ignore[no-untyped-def]
    info = auth.create_user(db, admin, username="budi", full_name="Budi", password="rahasia123", role="viewer")
    auth.update_user(db, admin, info.id, expected_version=info.version, full_name="Budi Santoso", role="operator")
    q = ListQuery(audit_list.LIST_SPEC, admin).with_filter("action", "update")
    (row,) = q.page(db, 0, 10)

    entry = audit_list.get_entry(db, admin, row.id)
    assert isinstance(entry, audit.AuditRow)
    assert (entry.action, entry.entity, entry.entity_id, entry.username) == ("update", "user", str(info.id), "admin")
    changes = audit_list.field_changes(entry)
    assert [(c.field, c.before, c.after, c.changed) for c in changes] == [
        ("full_name", "Budi", "Budi Santoso", True),
        ("role", "viewer", "operator", True),
    ]

    created = audit_list.get_entry(db, admin, q.with_filter("action", "create").page(db, 0, 1)[0].id)
    assert created.before is None
    assert {c.field: c.after for c in audit_list.field_changes(created)}["active"] == "Ya"

    with pytest.raises(errors.NotFound):
        audit_list.get_entry(db, admin, 10_000_000)
    with pytest.raises(errors.PermissionDenied):
        audit_list.get_entry(db, make_actor("viewer"), row.id)


def test_nik_masked_for_actors_without_nik_view(db: Database, admin: auth.Actor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _log(
        db,
        admin,
        action="update",
        entity="ppks",
        entity_id=NIK,
        before={"nik": NIK, "kk": int("1904011203900002"), "name": "Sari", "phone": "081234567890"},
        after={"nik": "1904011203900003", "kk": None, "name": "Sari W."},
        summary=f"PPKS {NIK}",
    )
    entry_id = ListQuery(audit_list.LIST_SPEC, admin).with_filter("entity", "ppks").page(db, 0, 1)[0].id
    assert NIK in (audit_list.get_entry(db, admin, entry_id).before or "")

    # No shipped role reads the log without NIK_VIEW; give one the first and not the second.
    monkeypatch.setitem(auth.ROLE_PERMS, Role.ARSIPARIS, frozenset({Perm.DATA_VIEW, Perm.AUDIT_VIEW}))
    clerk = auth.Actor(99, "arsip", "Arsip", Role.ARSIPARIS)
    entry = audit_list.get_entry(db, clerk, entry_id)
    assert NIK not in json.dumps(entry.__dict__, default=str)
    before = json.loads(entry.before or "")
    assert before["nik"] == "1904********0001" and before["kk"] == "1904********0002"
    assert before["phone"] == "081234567890" and before["name"] == "Sari"  # 12 digits: not a NIK
    assert entry.summary == "PPKS 1904********0001" and entry.entity_id == "1904********0001"
    changes = {c.field: (c.before, c.after) for c in audit_list.field_changes(entry)}
    assert changes["nik"] == ("1904********0001", "1904********0003")
    # The list masks the same columns.
    q = ListQuery(audit_list.LIST_SPEC, clerk).with_filter("entity", "ppks")
    row = q.page(db, 0, 1)[0]
    shown = [q.display(i, v) for i, v in enumerate(row.values)]
    assert "PPKS 1904********0001" in shown and NIK not in " ".join(shown)


@pytest.mark.parametrize("sort", [("id", True), ("username", False), ("username", True), ("action", False)])
def test_pages_read_from_the_end_match_forward_pages(db: Database, admin: auth.Actor, sort) -> None:  # type: ignore[no-untyped-def]
    demo.generate(db, audit=700)  # few usernames and actions: many ties, broken by id
    q = ListQuery(audit_list.LIST_SPEC, admin).with_sort(*sort)
    total = q.count(db)
    forward = q.page(db, 0, total)
    assert len(forward) == total > 700
    for offset, limit in ((0, 50), (300, 97), (350, 200), (total - 120, 100), (total - 30, 200), (total, 10)):
        assert q.page(db, offset, limit, total=total) == forward[offset : offset + limit], (offset, limit)
