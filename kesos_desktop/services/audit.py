"""Append-only audit log: who did what, when, to which record, with before/after values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from kesos_desktop.models import AuditEntry

if TYPE_CHECKING:
    from kesos_desktop.services.auth import Actor

ACTIONS = ("create", "update", "delete", "export", "print", "import", "login", "lock", "merge", "verify")


def _default(o: Any) -> Any:
    if isinstance(o, datetime | date):
        return o.isoformat()
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, bytes):
        return f"<{len(o)} byte>"
    return str(o)


def _dump(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=_default)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object | None = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    summary: str = "",
) -> None:
    """Add an entry in the caller's transaction, so it commits or rolls back with the change."""
    if before is not None and after is not None:
        # Keep only what changed, so the log shows the edit at a glance.
        keys = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in sorted(keys)}
        after = {k: after.get(k) for k in sorted(keys)}
    session.add(
        AuditEntry(
            user_id=actor.id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            summary=summary[:500],
            before=_dump(before),
            after=_dump(after),
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    summary: str
    before: str | None
    after: str | None
