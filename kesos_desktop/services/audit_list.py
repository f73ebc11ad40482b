"""The audit-log viewer's list: filters by user, action, entity and date."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from kesos_desktop import errors
from kesos_desktop.formatting import local_datetime_text
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.services.audit import AuditRow
from kesos_desktop.services.auth import Actor, Perm, mask_nik, require
from kesos_desktop.services.listing import Column, Filter, ListSpec, contains, format_value
from kesos_desktop.text import QT_TRANSLATE_NOOP

ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("kesos", "Tambah"),
    "update": QT_TRANSLATE_NOOP("kesos", "Ubah"),
    "delete": QT_TRANSLATE_NOOP("kesos", "Hapus"),
    "export": QT_TRANSLATE_NOOP("kesos", "Ekspor"),
    "print": QT_TRANSLATE_NOOP("kesos", "Cetak"),
    "import": QT_TRANSLATE_NOOP("kesos", "Impor"),
    "login": QT_TRANSLATE_NOOP("kesos", "Masuk"),
    "lock": QT_TRANSLATE_NOOP("kesos", "Akun dikunci"),
    "merge": QT_TRANSLATE_NOOP("kesos", "Gabung"),
    "verify": QT_TRANSLATE_NOOP("kesos", "Verifikasi"),
    "dismiss_duplicate": QT_TRANSLATE_NOOP("kesos", "Bukan ganda"),
    "restore_duplicate": QT_TRANSLATE_NOOP("kesos", "Batal bukan ganda"),
}


def _local(value: datetime) -> str:
    # Seconds matter when reading a sequence of events.
    return local_datetime_text(value, seconds=True)


def _day_start(v: date) -> datetime:
    # The clerk picks local calendar days; the stamps are naive UTC.
    return datetime.combine(v, time.min).astimezone(UTC).replace(tzinfo=None)


def _search(text: str):  # type: ignore[no-untyped-def]
    return or_(
        contains(AuditEntry.summary, text),
        AuditEntry.entity_id == text.strip(),
        AuditEntry.username == text.strip().lower(),
    )


LIST_SPEC = ListSpec(
    name="audit",
    source=AuditEntry.__table__,
    id_expr=AuditEntry.id,
    columns=(
        Column("id", QT_TRANSLATE_NOOP("kesos", "No."), AuditEntry.id, width=80, align_right=True),
        Column("at", QT_TRANSLATE_NOOP("kesos", "Waktu"), AuditEntry.at, width=150, display=lambda v, _a: _local(v)),
        Column("username", QT_TRANSLATE_NOOP("kesos", "Nama pengguna"), AuditEntry.username, width=110),
        Column(
            "action",
            QT_TRANSLATE_NOOP("kesos", "Aksi"),
            AuditEntry.action,
            width=100,
            display=lambda v, _a: ACTION_LABELS.get(v, v),
        ),
        Column("entity", QT_TRANSLATE_NOOP("kesos", "Jenis data"), AuditEntry.entity, width=100),
        Column(
            "entity_id",
            QT_TRANSLATE_NOOP("kesos", "ID data"),
            AuditEntry.entity_id,
            width=90,
            display=lambda v, a: mask_text(v, a),
        ),
        Column(
            "summary",
            QT_TRANSLATE_NOOP("kesos", "Keterangan"),
            AuditEntry.summary,
            sortable=False,
            width=360,
            display=lambda v, a: mask_text(v, a),
        ),
    ),
    search=_search,
    filters=(
        Filter("username", QT_TRANSLATE_NOOP("kesos", "Pengguna"), lambda v: AuditEntry.username == str(v)),
        Filter("action", QT_TRANSLATE_NOOP("kesos", "Aksi"), lambda v: AuditEntry.action == str(v)),
        Filter("entity", QT_TRANSLATE_NOOP("kesos", "Jenis data"), lambda v: AuditEntry.entity == str(v)),
        Filter("date_from", QT_TRANSLATE_NOOP("kesos", "Dari tanggal"), lambda v: AuditEntry.at >= _day_start(v)),
        Filter(
            "date_to",
            QT_TRANSLATE_NOOP("kesos", "Sampai tanggal"),
            lambda v: AuditEntry.at < _day_start(v) + timedelta(days=1),
        ),
    ),
    default_sort=("id", True),
    permission=Perm.AUDIT_VIEW,
    search_placeholder=QT_TRANSLATE_NOOP("kesos", "Cari keterangan, ID data atau pengguna…"),
)


# --- helpers for the viewer's filters and detail pane ----------------------------------------

_NIK_LIKE = re.compile(r"(?<!\d)\d{16}(?!\d)")


def mask_text(text: str | None, actor: Actor) -> str:
    """Mask every 16-digit run that looks like a NIK, unless the actor may see NIKs."""
    if not text:
        return ""
    if actor.can(Perm.NIK_VIEW):
        return text
    return _NIK_LIKE.sub(lambda m: mask_nik(m.group(0), actor), text)


def _mask_value(value: Any, actor: Actor) -> Any:
    if isinstance(value, str):
        return mask_text(value, actor)
    if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) == 16:
        return mask_nik(str(value), actor)  # a NIK once typed as a number
    if isinstance(value, dict):
        return {k: _mask_value(v, actor) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_value(v, actor) for v in value]
    return value


def _mask_json(text: str | None, actor: Actor) -> str | None:
    if text is None or actor.can(Perm.NIK_VIEW):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return mask_text(text, actor)
    return json.dumps(_mask_value(value, actor), ensure_ascii=False, sort_keys=True)


def _distinct(db: Database, column: ColumnElement[str]) -> list[str]:
    # A loose index scan (one index probe per distinct value) as a recursive CTE: SELECT DISTINCT
    # would read the whole index, which takes a while on a million-entry log.
    seed = select(func.min(column).label("v")).cte("vals", recursive=True)
    step = select(select(func.min(column)).where(column > seed.c.v).scalar_subquery()).where(seed.c.v.is_not(None))
    vals = seed.union_all(step)
    stmt = select(vals.c.v).where(vals.c.v.is_not(None)).order_by(vals.c.v)
    with db.read() as s:
        return list(s.scalars(stmt))


def distinct_usernames(db: Database, actor: Actor) -> list[str]:
    """Every username that appears in the log, for the viewer's user filter."""
    require(actor, Perm.AUDIT_VIEW)
    return _distinct(db, AuditEntry.username)


def distinct_entities(db: Database, actor: Actor) -> list[str]:
    """Every kind of record that appears in the log (``user``, ``setting``...)."""
    require(actor, Perm.AUDIT_VIEW)
    return _distinct(db, AuditEntry.entity)


def get_entry(db: Database, actor: Actor, entry_id: int) -> AuditRow:
    """One log entry with its before/after values (JSON text), NIKs masked for the actor."""
    require(actor, Perm.AUDIT_VIEW)
    with db.read() as s:
        e = s.get(AuditEntry, entry_id)
        if e is None:
            raise errors.NotFound()
        return AuditRow(
            id=e.id,
            at=e.at,
            username=e.username,
            action=e.action,
            entity=e.entity,
            entity_id=mask_text(e.entity_id, actor) if e.entity_id is not None else None,
            summary=mask_text(e.summary, actor),
            before=_mask_json(e.before, actor),
            after=_mask_json(e.after, actor),
        )


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str
    changed: bool


def _load(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


def _show(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return format_value(value)


def field_changes(entry: AuditRow) -> list[FieldChange]:
    """The entry's values as field: before -> after rows, fields in name order."""
    before, after = _load(entry.before), _load(entry.after)
    keys = sorted((before or {}).keys() | (after or {}).keys())
    out = []
    for k in keys:
        b = (before or {}).get(k)
        a = (after or {}).get(k)
        out.append(FieldChange(k, _show(b), _show(a), before is not None and after is not None and b != a))
    return out


def local_time(value: datetime) -> str:
    return _local(value)
