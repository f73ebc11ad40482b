"""Two PCs register the same person as an official at the same moment (PostgreSQL: both pass the
NIK check before either commits). The unique key keeps one; the other user gets a clear message."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import text

from kesos_desktop import errors
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, consistency, nipd, wilayah
from tests.unit.nipd_helpers import DESA, person


@pytest.mark.postgresql
def test_same_nik_registered_by_two_pcs_at_once(pg_url: str) -> None:
    db = Database.open(pg_url)
    try:
        wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
        outcomes: list[Any] = []

        def register(i: int) -> threading.Thread:
            def target() -> None:
                try:
                    outcomes.append(nipd.register(db, auth.SYSTEM, person(1, name=f"Perangkat PC {i}")))
                except Exception as e:  # noqa: BLE001 - inspected below
                    outcomes.append(e)

            t = threading.Thread(target=target)
            t.start()
            return t

        def waiting() -> int:
            with db.engine.connect() as c:
                return int(
                    c.scalar(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND wait_event_type = 'Lock'"
                        )
                    )
                )

        def wait_for(n: int) -> None:
            deadline = time.monotonic() + 30
            while waiting() != n:
                assert time.monotonic() < deadline, f"expected {n} waiting saves"
                time.sleep(0.02)

        # Holding the desa row keeps the first save just after its insert (its foreign-key check waits);
        # the second has passed the NIK check by then and waits on the first one's new row.
        with db.engine.connect() as hold:
            hold.execute(text("SELECT code FROM wilayah WHERE code = :d FOR UPDATE"), {"d": DESA})
            first = register(1)
            wait_for(1)
            second = register(2)
            wait_for(2)
            hold.rollback()
        first.join(30)
        second.join(30)
        saved = [o for o in outcomes if isinstance(o, nipd.SaveResult)]
        refused = [o for o in outcomes if isinstance(o, Exception)]
        assert len(saved) == 1 and len(refused) == 1, outcomes
        assert isinstance(refused[0], errors.DuplicateError), repr(refused[0])
        assert saved[0].official.nik in str(refused[0].message)
        assert consistency.check(db) == []
    finally:
        db.dispose()
