"""Paged, sorted, searchable lists over any table: the Qt-free half of the shared record list.

A ``ListSpec`` says which columns a list shows, how its search box and filters turn into SQL,
and who may see it. A ``ListQuery`` is one state of that list (search text, filters, sort); it
counts rows and fetches one page at a time with bound parameters, so no list ever loads a whole
table. The Qt model in ``views/common/record_list.py`` pages through it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.sql import FromClause

from kesos_desktop import formatting
from kesos_desktop.models.db import Database
from kesos_desktop.services.auth import Actor, Perm, require

Where = ColumnElement[bool]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("kesos", ...); the view translates it
    expr: ColumnElement[Any]
    sortable: bool = True
    width: int = 120
    # Turns the stored value into display text (e.g. masking a NIK for the actor).
    display: Callable[[Any, Actor], str] | None = None
    align_right: bool = False
    # Sorts by this instead of ``expr`` (e.g. a stored numeric key of a dotted code shown as text).
    sort_expr: ColumnElement[Any] | None = None


@dataclass(frozen=True)
class Filter:
    key: str
    title: str
    build: Callable[[Any], Where | None]


@dataclass(frozen=True)
class ListSpec:
    name: str
    source: FromClause
    id_expr: ColumnElement[Any]
    columns: Sequence[Column]
    search: Callable[[str], Where | None] | None = None
    # Used instead of ``search`` when the clause depends on who searches (e.g. no NIK-prefix
    # matching for roles that see NIKs masked: the hit count would spell the number out).
    search_for: Callable[[str, Actor], Where | None] | None = None
    filters: Sequence[Filter] = ()
    default_sort: tuple[str, bool] | None = None  # (column key, descending)
    permission: Perm = Perm.DATA_VIEW
    # Rows the actor may see at all (e.g. an operator's kecamatan); None = everything.
    scope: Callable[[Actor], Where | None] | None = None
    search_placeholder: str = ""

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


@dataclass(frozen=True)
class Row:
    id: Any
    values: tuple[Any, ...]


def format_value(value: Any) -> str:
    """A cell as text in the UI language's conventions (see ``kesos_desktop.formatting``)."""
    return formatting.format_value(value)


@dataclass(frozen=True)
class ListQuery:
    spec: ListSpec
    actor: Actor
    search_text: str = ""
    filter_values: dict[str, Any] = field(default_factory=dict)
    sort_key: str | None = None
    descending: bool = False

    def __post_init__(self) -> None:
        require(self.actor, self.spec.permission)
        if self.sort_key is None and self.spec.default_sort:
            object.__setattr__(self, "sort_key", self.spec.default_sort[0])
            object.__setattr__(self, "descending", self.spec.default_sort[1])

    def with_search(self, text: str) -> ListQuery:
        return replace(self, search_text=text)

    def with_filter(self, key: str, value: Any) -> ListQuery:
        values = dict(self.filter_values)
        if value is None or value == "":
            values.pop(key, None)
        else:
            values[key] = value
        return replace(self, filter_values=values)

    def with_sort(self, key: str, descending: bool) -> ListQuery:
        if not self.spec.column(key).sortable:
            return self
        return replace(self, sort_key=key, descending=descending)

    def where(self) -> list[Where]:
        clauses: list[Where] = []
        if self.spec.scope is not None:
            scoped = self.spec.scope(self.actor)
            if scoped is not None:
                clauses.append(scoped)
        # NUL cannot be stored in PostgreSQL text (the driver refuses it), so no record holds one.
        text = self.search_text.replace("\x00", "").strip()
        if text and self.spec.search_for is not None:
            clause = self.spec.search_for(text, self.actor)
            if clause is not None:
                clauses.append(clause)
        elif text and self.spec.search is not None:
            clause = self.spec.search(text)
            if clause is not None:
                clauses.append(clause)
        by_key = {f.key: f for f in self.spec.filters}
        for key, value in self.filter_values.items():
            f = by_key.get(key)
            if f is not None:
                clause = f.build(value)
                if clause is not None:
                    clauses.append(clause)
        return clauses

    def _filtered(self, stmt: Select[Any]) -> Select[Any]:
        clauses = self.where()
        return stmt.where(and_(*clauses)) if clauses else stmt

    def count(self, db: Database) -> int:
        stmt = self._filtered(select(func.count()).select_from(self.spec.source))
        with db.read() as s:
            return int(s.scalar(stmt) or 0)

    def page(self, db: Database, offset: int, limit: int, *, total: int | None = None) -> list[Row]:
        """Rows ``offset`` to ``offset + limit`` in sort order.

        With ``total`` (the current count), a page in the second half is read backwards from the
        end: OFFSET has to step over every skipped row, so the last page of a million rows would
        otherwise scan them all. The order has the id as tie-breaker, so reversing it is exact.
        """
        offset, limit = max(0, offset), max(0, limit)
        backwards = total is not None and offset > 0 and offset + limit / 2 > total / 2
        if backwards:
            assert total is not None
            end = min(offset + limit, total)
            if end <= offset:
                return []
            offset, limit = total - end, end - offset
        descending = self.descending != backwards
        cols = [c.expr for c in self.spec.columns]
        stmt = self._filtered(select(self.spec.id_expr, *cols).select_from(self.spec.source))
        order: list[Any] = []
        if self.sort_key:
            col = self.spec.column(self.sort_key)
            expr = col.sort_expr if col.sort_expr is not None else col.expr
            order.append(expr.desc() if descending else expr.asc())
        order.append(self.spec.id_expr.desc() if descending else self.spec.id_expr.asc())
        stmt = stmt.order_by(*order).offset(offset).limit(limit)
        with db.read() as s:
            rows = [Row(r[0], tuple(r[1:])) for r in s.execute(stmt)]
        if backwards:
            rows.reverse()
        return rows

    def display(self, column_index: int, value: Any) -> str:
        col = self.spec.columns[column_index]
        if col.display is not None:
            return col.display(value, self.actor)
        return format_value(value)


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(expr: ColumnElement[Any], text: str) -> Where:
    return func.lower(expr).like(f"%{like_escape(text.lower())}%", escape="\\")


def startswith(expr: ColumnElement[Any], text: str) -> Where:
    return expr.like(f"{like_escape(text)}%", escape="\\")
