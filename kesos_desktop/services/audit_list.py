"""The audit-log viewer's list: filters by user, action, entity and date."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import or_

from kesos_desktop.models import AuditEntry
from kesos_desktop.services.auth import Perm
from kesos_desktop.services.listing import Column, Filter, ListSpec, contains
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
}


def _local(value: datetime) -> str:
    # Stored as naive UTC; shown in the PC's local time.
    from datetime import UTC

    return value.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M:%S")


def _day_start(v: date) -> datetime:
    return datetime.combine(v, time.min)


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
        Column("username", QT_TRANSLATE_NOOP("kesos", "Pengguna"), AuditEntry.username, width=110),
        Column(
            "action",
            QT_TRANSLATE_NOOP("kesos", "Aksi"),
            AuditEntry.action,
            width=100,
            display=lambda v, _a: ACTION_LABELS.get(v, v),
        ),
        Column("entity", QT_TRANSLATE_NOOP("kesos", "Jenis data"), AuditEntry.entity, width=100),
        Column("entity_id", QT_TRANSLATE_NOOP("kesos", "ID data"), AuditEntry.entity_id, width=90),
        Column("summary", QT_TRANSLATE_NOOP("kesos", "Keterangan"), AuditEntry.summary, sortable=False, width=360),
    ),
    search=_search,
    filters=(
        Filter("username", QT_TRANSLATE_NOOP("kesos", "Pengguna"), lambda v: AuditEntry.username == str(v)),
        Filter("action", QT_TRANSLATE_NOOP("kesos", "Aksi"), lambda v: AuditEntry.action == str(v)),
        Filter("entity", QT_TRANSLATE_NOOP("kesos", "Jenis data"), lambda v: AuditEntry.entity == str(v)),
        # Dates are local calendar days; the stored stamps are UTC, close enough for browsing.
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
