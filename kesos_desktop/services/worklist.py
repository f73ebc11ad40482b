"""What is waiting for the user, by role: the home page's "Pekerjaan menunggu" (counts from the lists).

Every count goes through the same list query the module page shows (same scope and permission
rules), so the number on the home page is the number of rows the click opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kesos_desktop.models.db import Database
from kesos_desktop.services.auth import Actor, Perm
from kesos_desktop.services.listing import ListQuery, ListSpec
from kesos_desktop.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Task:
    key: str
    label: str  # QT_TRANSLATE_NOOP("kesos", ...)
    count: int
    module: str  # sidebar key of the page that shows these rows
    filters: dict[str, Any] = field(default_factory=dict)


def _count(db: Database, actor: Actor, spec: ListSpec, **filters: Any) -> int:
    query = ListQuery(spec, actor)
    for key, value in filters.items():
        query = query.with_filter(key, value)
    return query.count(db)


def for_actor(db: Database, actor: Actor, today: date | None = None) -> list[Task]:
    """The waiting work the actor can act on, in the order of the day's routine."""
    from kesos_desktop.services import arsip_pinjam, nipd, ppks

    tasks: list[Task] = []

    def add(key: str, label: str, module: str, spec: ListSpec, **filters: Any) -> None:
        tasks.append(Task(key, label, _count(db, actor, spec, **filters), module, filters))

    if actor.can(Perm.PPKS_EDIT):
        add("ppks_rejected", QT_TRANSLATE_NOOP("kesos", "Data PPKS ditolak, perlu diperbaiki"), "ppks",
            ppks.LIST_SPEC, status=ppks.REJECTED)  # fmt: skip
        add("ppks_draft", QT_TRANSLATE_NOOP("kesos", "Data PPKS draf, belum diajukan"), "ppks",
            ppks.LIST_SPEC, status=ppks.DRAFT)  # fmt: skip
    if actor.can(Perm.PPKS_VERIFY):
        add("ppks_submitted", QT_TRANSLATE_NOOP("kesos", "Data PPKS menunggu verifikasi"), "ppks",
            ppks.LIST_SPEC, status=ppks.SUBMITTED)  # fmt: skip
    if actor.can(Perm.NIPD_APPROVE):
        add("nipd_pending", QT_TRANSLATE_NOOP("kesos", "Perangkat desa menunggu persetujuan"), "nipd",
            nipd.LIST_SPEC, status="diajukan")  # fmt: skip
        add("cards_requested", QT_TRANSLATE_NOOP("kesos", "Permintaan kartu menunggu persetujuan"), "nipd",
            nipd.REQUEST_LIST_SPEC, status="requested")  # fmt: skip
    if actor.can(Perm.NIPD_PRINT):
        add("cards_approved", QT_TRANSLATE_NOOP("kesos", "Kartu NIPD disetujui, belum dicetak"), "nipd",
            nipd.REQUEST_LIST_SPEC, status="approved")  # fmt: skip
    if actor.can(Perm.ARSIP_LEND):
        add("loans_late", QT_TRANSLATE_NOOP("kesos", "Peminjaman arsip lewat jatuh tempo"), "arsip",
            arsip_pinjam.loan_list_spec(today), status="terlambat")  # fmt: skip
    return tasks
