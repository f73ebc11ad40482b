"""Optional PPKS photo on both back ends: stored as a 300 x 400 JPEG of a few tens of KB (the NIPD
rules), replaced or removed on update, kept by a merge, refused with a field error when unreadable."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import select

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, ppks, wilayah
from tests.unit.nipd_helpers import image_bytes
from tests.unit.test_ppks_service import KEC, OTHER_KEC_DESA, person


@pytest.fixture
def office(db: Database, admin: auth.Actor) -> str:
    wilayah.set_office_scope(db, admin, "61.07")
    return "61.07"


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "JPEG"
        return im.size


def test_photo_stored_small_replaced_and_removed(db: Database, admin: auth.Actor, office: str) -> None:
    big = image_bytes((2400, 1800), "PNG", (200, 60, 60))
    a = ppks.create(db, admin, person(1), photo=big)
    stored = ppks.photo_of(db, admin, a.id)
    assert stored is not None and size_of(stored) == (300, 400) and len(stored) < 60_000
    # Updating other fields keeps the photo.
    a = ppks.update(db, admin, a.id, replace(a.as_input(), needs="Kursi roda"), expected_version=a.version)
    assert ppks.photo_of(db, admin, a.id) == stored
    # A new photo replaces it; remove_photo drops it; both are in the audit log.
    a = ppks.update(db, admin, a.id, a.as_input(), expected_version=a.version, photo=image_bytes((300, 400), "JPEG"))
    other = ppks.photo_of(db, admin, a.id)
    assert other is not None and other != stored and size_of(other) == (300, 400)
    a = ppks.update(db, admin, a.id, a.as_input(), expected_version=a.version, remove_photo=True)
    assert ppks.photo_of(db, admin, a.id) is None
    with db.read() as s:
        afters = list(s.scalars(select(AuditEntry.after).where(AuditEntry.entity == "ppks").order_by(AuditEntry.id)))
    assert "foto" in afters[0] and "foto" not in afters[1] and '"foto": null' in afters[-1]
    assert ppks.photo_of(db, admin, ppks.create(db, admin, person(2)).id) is None


def test_unreadable_photo_is_a_field_error_and_nothing_is_saved(db: Database, admin: auth.Actor, office: str) -> None:
    with pytest.raises(errors.ValidationError) as e:
        ppks.create(db, admin, person(1), photo=b"bukan gambar")
    assert e.value.field == "photo"
    assert ppks.find_by_nik(db, admin, person(1).nik or "") is None
    # Together with the other field errors.
    with pytest.raises(errors.ValidationErrors) as many:
        ppks.create(db, admin, person(1, name=""), photo=b"bukan gambar")
    assert {x.field for x in many.value.errors} >= {"photo", "name"}


def test_merge_keeps_a_photo_and_scope_applies(db: Database, admin: auth.Actor, office: str, make_actor) -> None:  # type: ignore[no-untyped-def]
    keep = ppks.create(db, admin, person(1))
    drop = ppks.create(db, admin, person(2), photo=image_bytes())
    ppks.merge(db, admin, keep.id, drop.id)
    assert ppks.photo_of(db, admin, keep.id) is not None
    far = ppks.create(db, admin, person(3, desa_code=OTHER_KEC_DESA), photo=image_bytes())
    op = make_actor("operator", scope_code=KEC)
    with pytest.raises(errors.PermissionDenied):
        ppks.photo_of(db, op, far.id)
