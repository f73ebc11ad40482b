"""Account lockout beyond the basic case in test_auth: counting, reset, audit, and a second PC."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry, User
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth


def _fail(db: Database, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(errors.AuthenticationError):
            auth.login(db, username, "salah-sandi")


def test_a_successful_login_resets_the_count(db: Database, admin: auth.Actor) -> None:
    _fail(db, "admin", auth.MAX_FAILED_LOGINS - 1)
    assert auth.login(db, "admin", "rahasia123").username == "admin"
    _fail(db, "admin", auth.MAX_FAILED_LOGINS - 1)
    assert auth.login(db, "admin", "rahasia123").username == "admin"  # 4 + 4 failures, never 5 in a row


def test_lock_is_audited_holds_on_another_pc_and_for_spelling_variants(
    db: Database, db_url: str, admin: auth.Actor
) -> None:
    _fail(db, " ADMIN ", auth.MAX_FAILED_LOGINS)  # the name is normalised: the same account
    other_pc = Database.open(db_url)
    try:
        with pytest.raises(errors.AuthenticationError) as e:
            auth.login(other_pc, "admin", "rahasia123")
        assert "dikunci" in str(e.value.message)
    finally:
        other_pc.dispose()
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "user")))
        locked_until = s.scalar(select(User.locked_until).where(User.username == "admin"))
    assert actions.count("lock") == 1 and locked_until is not None


def test_failures_on_one_account_do_not_lock_another(db: Database, admin: auth.Actor, make_actor) -> None:  # type: ignore[no-untyped-def]
    op = make_actor("operator", username="operator1")
    _fail(db, "admin", auth.MAX_FAILED_LOGINS)
    _fail(db, "tidakada", auth.MAX_FAILED_LOGINS * 2)  # unknown names lock nothing and leave no row
    assert auth.login(db, "operator1", "rahasia123").id == op.id
    assert auth.user_count(db) == 2
