"""Stored stamps are naive UTC on both back ends; the clerk sees them in the PC's local zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from kesos_desktop import formatting
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit_list, auth
from kesos_desktop.services.listing import ListQuery

AT_UTC = datetime(2026, 11, 30, 20, 15, 9)  # 03:15 WIB the next day: the local date differs too


@pytest.fixture
def jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_local_datetime_text(jakarta: None) -> None:
    assert formatting.local_datetime_text(AT_UTC) == "01/12/2026 03:15"
    assert formatting.local_datetime_text(AT_UTC, seconds=True) == "01/12/2026 03:15:09"
    wita = timezone(timedelta(hours=8))
    assert formatting.local_datetime_text(datetime(2026, 12, 1, 4, 15, tzinfo=wita)) == "01/12/2026 03:15"
    assert formatting.local_datetime_text(None) == ""
    assert formatting.format_value(AT_UTC) == "01/12/2026 03:15"  # every list cell with a stamp
    assert formatting.format_datetime(AT_UTC) == "30/11/2026 20:15"  # already-local times stay as they are


def test_audit_list_cell_shows_local_time(jakarta: None, db: Database, admin: auth.Actor) -> None:
    with db.write() as s:
        s.add(AuditEntry(at=AT_UTC, username="admin", action="export", entity="ppks", summary="ekspor"))
    with db.read() as s:
        stored = s.scalars(select(AuditEntry.at).where(AuditEntry.summary == "ekspor")).one()
    assert stored == AT_UTC and stored.tzinfo is None  # naive UTC comes back unchanged on this back end

    q = ListQuery(audit_list.LIST_SPEC, admin).with_filter("entity", "ppks")
    (row,) = q.page(db, 0, 10)
    at_col = [c.key for c in audit_list.LIST_SPEC.columns].index("at")
    assert q.display(at_col, row.values[at_col]) == "01/12/2026 03:15:09"

    entry = audit_list.get_entry(db, admin, row.id)
    assert audit_list.local_time(entry.at) == "01/12/2026 03:15:09"  # the detail pane

    # The date filter picks local days: the entry belongs to 1 December in Jakarta, not 30 November.
    assert [r.id for r in q.with_filter("date_from", date(2026, 12, 1)).page(db, 0, 10)] == [row.id]
    assert q.with_filter("date_to", date(2026, 11, 30)).page(db, 0, 10) == []


def test_utc_machine_shows_stored_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert formatting.local_datetime_text(AT_UTC) == "30/11/2026 20:15"
        assert formatting.local_datetime_text(AT_UTC.replace(tzinfo=UTC)) == "30/11/2026 20:15"
    finally:
        monkeypatch.undo()
        time.tzset()
