"""The shared record list: a paged table model over a ``ListQuery`` and the widget around it.

Like Anki's browser model, the model keeps only the row count and a small LRU cache of pages.
``data()`` on a miss returns nothing and notes the page as wanted; a 0 ms single-shot timer then
fetches the wanted pages (adjacent ones in one query) and emits ``dataChanged``. Sorting and
filtering re-query in SQL inside a model reset, so a million-row table never loads whole.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import config, errors, formatting
from kesos_desktop.i18n import tr
from kesos_desktop.models.db import Database
from kesos_desktop.services.listing import ListQuery, Row
from kesos_desktop.views.common.flow_layout import FlowLayout
from kesos_desktop.views.common.messages import error_text

log = logging.getLogger(__name__)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_USER = int(Qt.ItemDataRole.UserRole)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows of a ``ListQuery``, fetched a page at a time and kept in a bounded LRU cache."""

    fetchFailed = Signal(object)  # the exception; the model then shows empty cells, never raises
    countChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        query: ListQuery,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 20,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query
        self._page_size = page_size
        self._max_pages = max_pages
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._wanted: set[int] = set()
        self._failed: set[int] = set()  # not retried until the next reset, or a repaint would loop
        self._error: Exception | None = None
        self._columns = len(query.spec.columns)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fetch_wanted)
        self._count = self._load_count()

    # --- state ---------------------------------------------------------------------------------

    def query(self) -> ListQuery:
        return self._query

    def database(self) -> Database:
        return self._db

    def count(self) -> int:
        return self._count

    def last_error(self) -> Exception | None:
        return self._error

    def page_size(self) -> int:
        return self._page_size

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def is_loaded(self, row: int) -> bool:
        """Whether the row's text is in the cache, without asking for it (benchmarks, tests)."""
        page = self._pages.get(row // self._page_size)
        return page is not None and row - (row // self._page_size) * self._page_size < len(page)

    def set_query(self, query: ListQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._clear()
        self._count = self._load_count()
        self.endResetModel()
        self.countChanged.emit(self._count)

    def refresh(self) -> None:
        self.set_query(self._query)

    def _clear(self) -> None:
        self._pages.clear()
        self._wanted.clear()
        self._failed.clear()
        self._error = None
        self._timer.stop()

    def _load_count(self) -> int:
        try:
            return self._query.count(self._db)
        except Exception as e:  # noqa: BLE001 - shown inline by the widget
            self._fail(e)
            return 0

    def _fail(self, exc: Exception) -> None:
        if not isinstance(exc, errors.KnownError):
            log.error("Record list query failed", exc_info=exc)
        self._error = exc
        self.fetchFailed.emit(exc)

    # --- fetching ------------------------------------------------------------------------------

    def _row(self, row: int) -> Row | None:
        """The cached row, or None after noting its page as wanted."""
        p = row // self._page_size
        page = self._pages.get(p)
        if page is None:
            if p not in self._failed and p not in self._wanted:
                self._wanted.add(p)
                if not self._timer.isActive():
                    self._timer.start()
            return None
        self._pages.move_to_end(p)
        i = row - p * self._page_size
        return page[i] if i < len(page) else None

    def fetch_wanted(self) -> None:
        """Fetch the pages asked for since the last call; runs from the 0 ms timer."""
        self._timer.stop()
        wanted = sorted(self._wanted)[-self._max_pages :]  # more would evict each other at once
        self._wanted.clear()
        runs: list[list[int]] = []
        for p in wanted:
            if runs and runs[-1][-1] == p - 1:
                runs[-1].append(p)
            else:
                runs.append([p])
        for run in runs:
            offset = run[0] * self._page_size
            try:
                rows = self._query.page(self._db, offset, len(run) * self._page_size, total=self._count)
            except Exception as e:  # noqa: BLE001 - shown inline by the widget
                self._failed.update(run)
                self._fail(e)
                continue
            for p in run:
                start = (p - run[0]) * self._page_size
                self._pages[p] = rows[start : start + self._page_size]
                self._pages.move_to_end(p)
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
            last = min(offset + len(run) * self._page_size, self._count) - 1
            if last >= offset and self._columns:
                self.dataChanged.emit(self.index(offset, 0), self.index(last, self._columns - 1))

    def fetch_now(self, row: int) -> Row | None:
        """The row, fetching its page synchronously if it is not cached (selection, tests)."""
        if not 0 <= row < self._count:
            return None
        p = row // self._page_size
        if p not in self._pages and p not in self._failed:
            self._wanted.add(p)
            self.fetch_wanted()
        return self._row(row)

    def row_id(self, row: int) -> Any:
        r = self.fetch_now(row)
        return None if r is None else r.id

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._columns

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        role = int(role)
        col = index.column()
        if role == _ALIGN:
            return _RIGHT if self._query.spec.columns[col].align_right else None
        if role not in (_DISPLAY, _TOOLTIP, _USER):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == _USER:
            return row.id
        text = self._query.display(col, row.values[col])
        if self._query.spec.columns[col].display is not None:
            # Labels from the core (status, action) are marked texts, some joined ("Diajukan — perlu
            # pembaruan"): each part is translated. Plain data has no display function.
            text = " — ".join(tr(part) for part in text.split(" — "))
        if role == _TOOLTIP:
            return text if len(text) > 40 else None  # long texts are elided in the cell
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self._columns:
            return None
        column = self._query.spec.columns[section]
        role = int(role)
        if role == _DISPLAY:
            return tr(column.title)
        if role == _ALIGN and column.align_right:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= self._columns:
            key, descending = self._query.spec.default_sort or (None, False)
        else:
            key, descending = self._query.spec.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if key is None or (key == self._query.sort_key and descending == self._query.descending):
            return
        query = self._query.with_sort(key, descending)
        if query is not self._query:
            self.set_query(query)

    def sort_column(self) -> int:
        keys = [c.key for c in self._query.spec.columns]
        return keys.index(self._query.sort_key) if self._query.sort_key in keys else -1


class RecordListWidget(QWidget):
    """Search box, filter bar, the paged table and a row count, over one ``ListQuery``."""

    activated = Signal(object)  # the row's id, on double-click or Enter
    currentChanged = Signal(object)  # the current row's id, or None

    SEARCH_DELAY_MS = 250

    def __init__(
        self,
        db: Database,
        query: ListQuery,
        parent: QWidget | None = None,
        *,
        settings_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings_key = settings_key
        self._current_id: Any = None
        self._keeping_current = False  # refresh() puts the row back itself
        spec = query.spec

        self._search = QLineEdit(self)
        self._search.setObjectName("search")
        self._search.setClearButtonEnabled(True)
        self._search.setPlaceholderText(tr(spec.search_placeholder) if spec.search_placeholder else self.tr("Cari…"))
        self._search.setEnabled(spec.search is not None)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._search.textChanged.connect(self._search_timer.start)
        self._search.returnPressed.connect(self._apply_search)
        # Window-wide, so Ctrl+F and F5 work wherever the focus is on the page; Qt only fires a
        # shortcut whose widget is visible, so a list on a hidden tab or page never answers.
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self._focus_search)
        find.activatedAmbiguously.connect(lambda: self._if_focus_near(self._focus_search))
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.setContext(Qt.ShortcutContext.WindowShortcut)
        reload.activated.connect(self.refresh)
        reload.activatedAmbiguously.connect(lambda: self._if_focus_near(self.refresh))
        from kesos_desktop.views.icons import icon, shortcut_text

        self._search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search.setToolTip(
            self.tr("Cari ({find}); muat ulang daftar: {refresh}").format(
                find=shortcut_text(QKeySequence.StandardKey.Find),
                refresh=shortcut_text(QKeySequence.StandardKey.Refresh),
            )
        )

        self._status = QLabel(self)
        self._status.setObjectName("status")
        self._status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # Filters wrap onto a second line instead of making the page wider than a laptop screen.
        self._filter_bar = QWidget(self)
        self._filter_layout = FlowLayout(self._filter_bar)
        self._filter_layout.setContentsMargins(0, 0, 0, 0)
        policy = self._filter_bar.sizePolicy()
        policy.setHeightForWidth(True)
        self._filter_bar.setSizePolicy(policy)
        self._filter_bar.hide()

        self._error_bar = QFrame(self)
        self._error_bar.setObjectName("errorBar")
        self._error_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self._error_bar.setStyleSheet(
            "#errorBar { background: #fdecea; border: 1px solid #e0a39e; } #errorBar QLabel { color: #611a15; }"
        )
        self._error_label = QLabel(self._error_bar)
        self._error_label.setWordWrap(True)
        self._error_label.setTextFormat(Qt.TextFormat.PlainText)
        retry = QPushButton(self.tr("Coba lagi"), self._error_bar)
        retry.clicked.connect(self.refresh)
        error_layout = QHBoxLayout(self._error_bar)
        error_layout.addWidget(self._error_label, 1)
        error_layout.addWidget(retry)
        self._error_bar.hide()

        self._model = PagedTableModel(db, query, self)
        self._table = QTableView(self)
        self._tab_anchor: QWidget = self._search
        self._setup_table(spec)

        top = QHBoxLayout()
        top.addWidget(self._search, 1)
        top.addWidget(self._status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._filter_bar)
        layout.addWidget(self._error_bar)
        layout.addWidget(self._table, 1)

        self._model.fetchFailed.connect(self._show_error)
        self._model.countChanged.connect(self._update_status)
        self._model.modelReset.connect(self._after_reset)
        self._table.activated.connect(self._on_activated)
        self._table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._update_status(self._model.count())
        if self._model.last_error() is not None:
            self._show_error(self._model.last_error())

    def _setup_table(self, spec: Any) -> None:
        t = self._table
        t.setModel(self._model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.viewport().installEventFilter(self)  # tooltips for cut-off cells
        t.setCornerButtonEnabled(False)
        t.setTabKeyNavigation(False)
        vertical = t.verticalHeader()
        vertical.hide()
        # Fixed, uniform rows: the view never measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(t.fontMetrics().height() + 8)
        header = t.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(spec.columns):
            header.resizeSection(i, column.width)
        header.setSortIndicator(self._model.sort_column(), self._sort_order())
        self._restore_header()
        # Enabling sorting applies the header's (possibly restored) sort indicator to the model.
        t.setSortingEnabled(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_header)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.sectionResized.connect(self._save_timer.start)
        header.sectionMoved.connect(self._save_timer.start)

    # --- public API ----------------------------------------------------------------------------

    def table(self) -> QTableView:
        return self._table

    def model(self) -> PagedTableModel:
        return self._model

    def search_edit(self) -> QLineEdit:
        return self._search

    def query(self) -> ListQuery:
        return self._model.query()

    def add_filter_widget(self, label: str, widget: QWidget) -> None:
        """Add a caller's filter control to the filter bar; a label stays on the same line as its control."""
        pair = QWidget(self._filter_bar)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        if label:
            caption = QLabel(label, pair)
            caption.setBuddy(widget)
            row.addWidget(caption)
        widget.setParent(pair)
        row.addWidget(widget)
        self._filter_layout.addWidget(pair)
        self._filter_bar.show()
        # Tab goes search box -> filters (as they read, left to right) -> table, not table -> filters above it.
        QWidget.setTabOrder(self._tab_anchor, widget)
        QWidget.setTabOrder(widget, self._table)
        self._tab_anchor = widget

    def set_filter(self, key: str, value: Any) -> None:
        """Set one filter of the list's spec and re-query; None or "" clears it."""
        query = self._model.query().with_filter(key, value)
        if query.filter_values != self._model.query().filter_values:
            self._set_query(query)

    def set_query(self, query: ListQuery) -> None:
        self._set_query(query)

    def refresh(self) -> None:
        """Re-read the rows, keeping the current record (by id) and the scroll position: a list
        refreshed after a save next to it must not jump away from the row the clerk works on."""
        self._error_bar.hide()
        t = self._table
        index = t.currentIndex()
        old_row, column = index.row(), max(index.column(), 0)
        keep_id = self._current_id if index.isValid() else None
        v, h = t.verticalScrollBar().value(), t.horizontalScrollBar().value()
        self._keeping_current = True
        try:
            self._model.refresh()
        finally:
            self._keeping_current = False
        row = self._find_row(keep_id, old_row) if keep_id is not None else -1
        if row >= 0:
            t.selectionModel().setCurrentIndex(
                self._model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            # The row moved (sorted by a changed value, or rows added above): the view moves with it.
            step = 1 if t.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem else t.rowHeight(row)
            v += (row - old_row) * step
        elif self._current_id is not None:
            self._current_id = None
            self.currentChanged.emit(None)
        t.updateGeometries()  # the scroll ranges for the new row count, before setting the values
        t.verticalScrollBar().setValue(v)
        t.horizontalScrollBar().setValue(h)

    def current_id(self) -> Any:
        index = self._table.currentIndex()
        return self._model.row_id(index.row()) if index.isValid() else None

    def status_text(self) -> str:
        return self._status.text()

    def error_text(self) -> str | None:
        return self._error_label.text() if not self._error_bar.isHidden() else None

    def save_header(self) -> None:
        """Remember column widths, order and sort under ``lists/<settings_key>/``."""
        self._save_timer.stop()
        if not self._settings_key:
            return
        s = config.qsettings()
        s.setValue(f"lists/{self._settings_key}/header", self._table.horizontalHeader().saveState())
        s.setValue(f"lists/{self._settings_key}/columns", self._signature())
        s.sync()

    # --- internals -----------------------------------------------------------------------------

    def _signature(self) -> str:
        return ",".join(c.key for c in self._model.query().spec.columns)

    def _restore_header(self) -> None:
        if not self._settings_key:
            return
        s = config.qsettings()
        state = s.value(f"lists/{self._settings_key}/header")
        # A state saved for other columns would put widths and sort on the wrong ones.
        if isinstance(state, QByteArray) and s.value(f"lists/{self._settings_key}/columns") == self._signature():
            header = self._table.horizontalHeader()
            if not header.restoreState(state):
                log.info("Ignoring unusable header state for list %s", self._settings_key)
            section = header.sortIndicatorSection()
            columns = self._model.query().spec.columns
            if not 0 <= section < len(columns) or not columns[section].sortable:
                header.setSortIndicator(self._model.sort_column(), self._sort_order())

    def _sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._model.query().descending else Qt.SortOrder.AscendingOrder

    def _on_sort_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        columns = self._model.query().spec.columns
        if 0 <= section < len(columns) and not columns[section].sortable:
            # The model ignored it: put the arrow back on the column the rows are sorted by.
            header = self._table.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(self._model.sort_column(), self._sort_order())
            header.blockSignals(blocked)
            header.viewport().update()
            return
        self._save_timer.start()

    def _set_query(self, query: ListQuery) -> None:
        self._error_bar.hide()
        self._model.set_query(query)

    def _if_focus_near(self, fn: Any) -> None:
        """Several lists are visible at once: the one holding (or next to) the focus answers the key."""
        focus = self.window().focusWidget()
        area = self.parentWidget() or self
        if focus is None or self.isAncestorOf(focus) or area.isAncestorOf(focus):
            fn()

    def _focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self._search.text().strip()
        if text != self._model.query().search_text:
            self._set_query(self._model.query().with_search(text))

    def _update_status(self, count: int) -> None:
        self._status.setText(self.tr("{count} data").format(count=format_count(count)))

    def _show_error(self, exc: object) -> None:
        self._error_label.setText(error_text(exc) if isinstance(exc, BaseException) else str(exc))
        self._error_bar.show()

    def _find_row(self, row_id: Any, near: int) -> int:
        """The row showing ``row_id``, looked for around its old place (its page and the next one
        either side); -1 when it is gone or far away. Never scans a million-row list."""
        span = self._model.page_size()
        for distance in range(span + 1):
            for row in (near - distance, near + distance) if distance else (near,):
                if 0 <= row < self._model.count() and self._model.row_id(row) == row_id:
                    return row
        return -1

    def _after_reset(self) -> None:
        # A reset clears the current row without a currentRowChanged signal.
        if self._current_id is not None and not self._keeping_current:
            self._current_id = None
            self.currentChanged.emit(None)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        new_id = self._model.row_id(current.row()) if current.isValid() else None
        if new_id != self._current_id:
            self._current_id = new_id
            self.currentChanged.emit(new_id)

    def _on_activated(self, index: QModelIndex) -> None:
        row_id = self._model.row_id(index.row())
        if row_id is not None:
            self.activated.emit(row_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and watched is self._table.viewport():
            # A narrow column elides its text ("Diajukan — perlu …"): hovering shows all of it.
            t = self._table
            index = t.indexAt(event.pos())  # type: ignore[attr-defined]
            text = index.data() if index.isValid() else None
            if isinstance(text, str) and text and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                rect = t.visualRect(index)
                margin = 2 * (t.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, t) + 1)
                if t.fontMetrics().horizontalAdvance(text) + margin > rect.width():
                    QToolTip.showText(event.globalPos(), text, t.viewport(), rect)  # type: ignore[attr-defined]
                    return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if self._save_timer.isActive():
            self.save_header()
        super().hideEvent(event)


def format_count(n: int) -> str:
    """Thousands grouped in the UI language: 1.234.567 in Bahasa Indonesia (the default)."""
    return formatting.format_number(n)
