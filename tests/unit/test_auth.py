from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry, User
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth


def test_first_user_must_be_admin(db: Database) -> None:
    with pytest.raises(errors.ValidationError) as e:
        auth.create_user(db, auth.SYSTEM, username="op", full_name="Op", password="rahasia123", role="operator")
    assert e.value.field == "role"
    assert auth.user_count(db) == 0


def test_password_is_hashed_with_argon2_and_login_works(db: Database, admin: auth.Actor) -> None:
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("$argon2")
    assert "rahasia123" not in stored
    assert admin.role is auth.Role.ADMIN and admin.username == "admin"


def test_wrong_password_and_unknown_user_fail_alike(db: Database, admin: auth.Actor) -> None:
    with pytest.raises(errors.AuthenticationError) as wrong:
        auth.login(db, "admin", "salah-sandi")
    with pytest.raises(errors.AuthenticationError) as unknown:
        auth.login(db, "tidakada", "salah-sandi")
    assert str(wrong.value.message) == str(unknown.value.message)


def test_account_locks_after_repeated_failures(db: Database, admin: auth.Actor) -> None:
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(errors.AuthenticationError):
            auth.login(db, "admin", "salah-sandi")
    with pytest.raises(errors.AuthenticationError) as e:
        auth.login(db, "admin", "rahasia123")  # right password, but locked
    assert "dikunci" in str(e.value.message)
    # After the lockout period the right password works again.
    with db.write() as s:
        u = s.scalar(select(User).where(User.username == "admin"))
        u.locked_until = u.locked_until - auth.LOCKOUT - timedelta(seconds=1)
    assert auth.login(db, "admin", "rahasia123").username == "admin"


def test_viewer_cannot_create_users(db: Database, make_actor) -> None:  # type: ignore[no-untyped-def]
    viewer = make_actor("viewer")
    with pytest.raises(errors.PermissionDenied):
        auth.create_user(db, viewer, username="x", full_name="X", password="rahasia123", role="viewer")
    with pytest.raises(errors.PermissionDenied):
        auth.list_users(db, viewer)


def test_role_permissions_table() -> None:
    assert auth.ROLE_PERMS[auth.Role.ADMIN] == frozenset(auth.Perm)
    assert not auth.Actor(1, "v", "V", auth.Role.VIEWER).can(auth.Perm.PPKS_EDIT)
    assert auth.Actor(1, "o", "O", auth.Role.OPERATOR).can(auth.Perm.PPKS_EDIT)
    assert not auth.Actor(1, "a", "A", auth.Role.ARSIPARIS).can(auth.Perm.USERS_MANAGE)


def test_nik_masked_for_viewer_only() -> None:
    nik = "1904051203900001"
    assert auth.mask_nik(nik, auth.Actor(1, "v", "V", auth.Role.VIEWER)) == "1904********0001"
    assert auth.mask_nik(nik, auth.Actor(1, "o", "O", auth.Role.OPERATOR)) == nik


def test_duplicate_username_is_refused(db: Database, admin: auth.Actor) -> None:
    with pytest.raises(errors.DuplicateError):
        auth.create_user(db, admin, username="ADMIN", full_name="Lagi", password="rahasia123", role="viewer")


def test_short_password_is_refused_with_field(db: Database, admin: auth.Actor) -> None:
    with pytest.raises(errors.ValidationError) as e:
        auth.create_user(db, admin, username="budi", full_name="Budi", password="pendek", role="viewer")
    assert e.value.field == "password"
    assert "8" in str(e.value.message)


def test_stale_edit_raises_conflict_and_keeps_first_save(db: Database, admin: auth.Actor) -> None:
    created = auth.create_user(db, admin, username="siti", full_name="Siti", password="rahasia123", role="operator")
    # Two clerks open the same user (same version), both save.
    first = auth.update_user(db, admin, created.id, expected_version=created.version, full_name="Siti Aminah")
    with pytest.raises(errors.ConflictError):
        auth.update_user(db, admin, created.id, expected_version=created.version, full_name="Siti Rahma")
    assert auth.get_user(db, admin, created.id).full_name == "Siti Aminah"
    assert first.version == created.version + 1


def test_concurrent_sessions_stale_flush_is_a_conflict(db: Database, admin: auth.Actor) -> None:
    """Two sessions hold the same row; the second flush finds the version moved and fails cleanly."""
    created = auth.create_user(db, admin, username="dewi", full_name="Dewi", password="rahasia123", role="operator")
    s1 = db.factory()
    s2 = db.factory()
    try:
        u1 = s1.get(User, created.id)
        u2 = s2.get(User, created.id)
        # Each form loaded the row in its own short transaction, as the services do.
        s1.commit()
        s2.commit()
        u1.full_name = "Dewi Satu"
        s1.commit()
        u2.full_name = "Dewi Dua"
        with pytest.raises(errors.ConflictError):
            from kesos_desktop.models.db import map_db_errors

            with map_db_errors():
                s2.commit()
        s2.rollback()
    finally:
        s1.close()
        s2.close()
    assert auth.get_user(db, admin, created.id).full_name == "Dewi Satu"


def test_changes_are_audited_with_before_and_after(db: Database, admin: auth.Actor) -> None:
    created = auth.create_user(db, admin, username="agus", full_name="Agus", password="rahasia123", role="viewer")
    auth.update_user(db, admin, created.id, expected_version=created.version, role="operator")
    with db.read() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "user", AuditEntry.entity_id == str(created.id))
            .order_by(AuditEntry.id)
        ).all()
    assert [r.action for r in rows] == ["create", "update"]
    assert rows[1].username == "admin"
    assert '"role": "viewer"' in rows[1].before and '"role": "operator"' in rows[1].after
    assert "full_name" not in rows[1].after  # only what changed


def test_audit_log_is_append_only(db: Database, admin: auth.Actor) -> None:
    with pytest.raises(DBAPIError):
        with db.engine.begin() as c:
            c.execute(text("UPDATE audit_log SET summary = 'dipalsukan'"))
    with pytest.raises(DBAPIError):
        with db.engine.begin() as c:
            c.execute(text("DELETE FROM audit_log"))
    with db.read() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.summary == "dipalsukan")) is None


def test_failed_write_leaves_nothing(db: Database, admin: auth.Actor) -> None:
    before = auth.user_count(db)
    with pytest.raises(errors.ValidationError):
        auth.create_user(
            db, admin, username="op1", full_name="Op", password="rahasia123", role="operator", scope_code="99.99.99"
        )
    assert auth.user_count(db) == before


def test_user_cannot_demote_self(db: Database, admin: auth.Actor) -> None:
    me = auth.get_user(db, admin, admin.id)
    with pytest.raises(errors.ValidationError):
        auth.update_user(db, admin, admin.id, expected_version=me.version, role="viewer")
    assert auth.get_user(db, admin, admin.id).role is auth.Role.ADMIN


def test_change_own_password_needs_old_one(db: Database, admin: auth.Actor) -> None:
    with pytest.raises(errors.ValidationError):
        auth.set_password(db, admin, admin.id, "sandibaru123", old_password="keliru")
    auth.set_password(db, admin, admin.id, "sandibaru123", old_password="rahasia123")
    assert auth.login(db, "admin", "sandibaru123").username == "admin"
