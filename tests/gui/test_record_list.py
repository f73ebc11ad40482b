"""The shared record list over real data: lazy paging, SQL sorting and search, and the two views on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton
from pytestqt.qtbot import QtBot

from kesos_desktop import errors
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit_list, auth, wilayah
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.views.admin.audit_view import AuditLogView
from kesos_desktop.views.common.record_list import PagedTableModel, RecordListWidget
from kesos_desktop.views.wilayah_view import WilayahView

VILLAGES = 83_762
BENGKAYANG = "61.07"  # 17 kecamatan, 124 desa


@pytest.fixture(autouse=True)
def indonesian_locale() -> Iterator[None]:
    # What i18n.install() sets in the app; the test machine's own locale must not matter.
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    yield
    QLocale.setDefault(old)


def _click_header(qtbot: QtBot, table, section: int) -> None:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _text(model: PagedTableModel, row: int, column: int) -> str:
    model.fetch_now(row)
    return model.index(row, column).data()


def _shown(qtbot: QtBot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- the model ---------------------------------------------------------------------------------


def test_model_passes_modeltester_and_pages_lazily(qtbot: QtBot, qtmodeltester, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    query = ListQuery(wilayah.LIST_SPEC, admin).with_filter("within", BENGKAYANG)
    model = PagedTableModel(db, query, page_size=25, max_pages=3)
    assert model.rowCount() == 141 and model.columnCount() == 4
    assert model.cached_pages() == []  # counting fetches no rows
    qtmodeltester.check(model)

    # A miss returns nothing now and the row a moment later, announced by dataChanged.
    fresh = PagedTableModel(db, query, page_size=25, max_pages=3)
    index = fresh.index(130, 0)
    assert fresh.flags(index) & Qt.ItemFlag.ItemIsSelectable and fresh.cached_pages() == []
    assert index.data() is None
    with qtbot.waitSignal(fresh.dataChanged, timeout=2000):
        pass
    expected = query.page(db, 0, 200)
    assert index.data() == expected[130].id
    assert index.data(Qt.ItemDataRole.UserRole) == expected[130].id
    assert fresh.headerData(0, Qt.Orientation.Horizontal) == "Kode"

    # Reading every row keeps only max_pages pages.
    ids = [fresh.row_id(r) for r in range(fresh.rowCount())]
    assert ids == [r.id for r in expected]
    assert len(fresh.cached_pages()) <= 3

    # Sorting happens in SQL, inside a reset.
    with qtbot.waitSignal(fresh.modelReset):
        fresh.sort(1, Qt.SortOrder.DescendingOrder)
    names = [fresh.fetch_now(r).values[1] for r in range(fresh.rowCount())]  # type: ignore[union-attr]
    assert fresh.query().sort_key == "name" and fresh.query().descending
    assert names == sorted(names, reverse=True) and fresh.rowCount() == 141


def test_unsortable_column_keeps_the_sort(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    widget = _shown(qtbot, RecordListWidget(db, ListQuery(audit_list.LIST_SPEC, admin)))
    model, table = widget.model(), widget.table()
    summary = [c.key for c in audit_list.LIST_SPEC.columns].index("summary")
    with qtbot.assertNotEmitted(model.modelReset):
        _click_header(qtbot, table, summary)
    assert model.query().sort_key == "id" and model.query().descending
    assert table.horizontalHeader().sortIndicatorSection() == 0
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is not None  # "No." is right-aligned


def test_database_errors_show_inline_and_retry(qtbot: QtBot, db: Database, admin, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []
    real_page = ListQuery.page

    def broken(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        raise errors.ConnectionLost()

    monkeypatch.setattr(ListQuery, "page", broken)
    widget = _shown(qtbot, RecordListWidget(db, ListQuery(wilayah.LIST_SPEC, admin)))
    model = widget.model()
    qtbot.waitUntil(lambda: widget.error_text() is not None)
    assert "Koneksi ke server terputus" in widget.error_text()  # type: ignore[operator]
    qtbot.wait(100)  # repaints must not retry the failed page in a loop
    assert len(calls) == 1
    assert model.index(0, 0).data() is None

    monkeypatch.setattr(ListQuery, "page", real_page)
    retry = widget.findChild(QPushButton)
    assert retry is not None and retry.text() == "Coba lagi"
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "11")
    assert widget.error_text() is None

    # A failing count shows the message too, with zero rows instead of a crash.
    monkeypatch.setattr(ListQuery, "count", lambda self, db: (_ for _ in ()).throw(errors.ConnectionLost()))
    widget.refresh()
    assert model.rowCount() == 0 and widget.error_text() is not None


def test_header_layout_and_sort_are_remembered(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    query = ListQuery(wilayah.LIST_SPEC, admin).with_filter("within", BENGKAYANG)
    first = _shown(qtbot, RecordListWidget(db, query, settings_key="t"))
    header = first.table().horizontalHeader()
    assert header.sectionSize(1) == wilayah.LIST_SPEC.columns[1].width
    _click_header(qtbot, first.table(), 1)  # name, ascending
    _click_header(qtbot, first.table(), 1)  # name, descending
    header.resizeSection(1, 333)
    first.hide()  # saves the pending layout

    second = _shown(qtbot, RecordListWidget(db, query, settings_key="t"))
    assert second.table().horizontalHeader().sectionSize(1) == 333
    assert second.model().query().sort_key == "name" and second.model().query().descending
    assert second.table().horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    other = _shown(qtbot, RecordListWidget(db, query, settings_key="other"))
    assert other.model().query().sort_key == "code" and other.table().horizontalHeader().sectionSize(1) != 333


# --- the region list ---------------------------------------------------------------------------


def test_wilayah_view_over_the_national_list(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    view = _shown(qtbot, WilayahView(db, admin))
    lst = view.list
    table, model = lst.table(), lst.model()
    assert not view.scope_check.isEnabled()  # no office scope yet

    view.level_combo.setCurrentIndex(view.level_combo.findText("Desa/Kelurahan"))
    assert model.rowCount() == VILLAGES
    assert lst.status_text() == "83.762 data"

    last_code = max(c for c, _ in wilayah.national_list() if wilayah.level_of(c) == wilayah.DESA)
    table.scrollToBottom()
    last = model.index(VILLAGES - 1, 0)
    qtbot.waitUntil(lambda: bool(last.data()), timeout=3000)
    assert last.data() == last_code
    assert len(model.cached_pages()) <= 20  # never the whole table

    _click_header(qtbot, table, 0)  # code was ascending: now descending
    assert model.query().sort_key == "code" and model.query().descending
    table.scrollToTop()
    qtbot.waitUntil(lambda: bool(model.index(0, 0).data()), timeout=3000)
    assert model.index(0, 0).data() == last_code

    qtbot.keyClicks(lst.search_edit(), "tanjung barat")
    assert model.rowCount() == VILLAGES  # debounced: no query per keystroke
    qtbot.waitUntil(lambda: model.rowCount() < 50, timeout=3000)
    assert model.rowCount() > 0 and lst.status_text() == f"{model.rowCount()} data"
    qtbot.waitUntil(lambda: bool(model.index(0, 1).data()), timeout=3000)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "Tanjung Barat" in names
    assert all("tanjung barat" in n.lower() for n in names)
    codes = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)
    assert "31.74.09.1005" in codes

    seen = []
    lst.activated.connect(seen.append)
    table.setFocus()
    table.selectRow(codes.index("31.74.09.1005"))
    assert lst.current_id() == "31.74.09.1005"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen == ["31.74.09.1005"]


def test_wilayah_view_office_scope(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    wilayah.set_office_scope(db, admin, BENGKAYANG)
    view = _shown(qtbot, WilayahView(db, admin))
    assert view.scope_check.isEnabled()
    view.scope_check.setChecked(True)
    assert view.list.model().rowCount() == 17 + 124
    view.set_level(wilayah.DESA)
    assert view.list.model().rowCount() == 124 and view.list.status_text() == "124 data"
    view.scope_check.setChecked(False)
    assert view.list.model().rowCount() == VILLAGES

    with qtbot.waitActive(view):  # shortcuts only reach the active window
        view.activateWindow()
    view.list.table().setFocus()
    assert not view.list.search_edit().hasFocus()
    qtbot.keyClick(view.list.table(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.list.search_edit().hasFocus()


# --- the audit log -----------------------------------------------------------------------------


def test_audit_log_view(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    made = {}
    for name in ("budi", "siti", "agus"):
        made[name] = auth.create_user(
            db, admin, username=name, full_name=name.title(), password="rahasia123", role="operator"
        )
    auth.update_user(db, admin, made["budi"].id, expected_version=made["budi"].version, full_name="Budi Santoso")
    auth.login(db, "siti", "rahasia123")

    view = _shown(qtbot, AuditLogView(db, admin))
    model, table = view.list.model(), view.list.table()
    users = [view.user_combo.itemText(i) for i in range(view.user_combo.count())]
    assert users == ["Semua pengguna", "admin", "siti"]
    assert view.entity_combo.findText("user") > 0
    assert model.rowCount() == 7  # admin created + login, 3 creates, 1 update, siti's login

    view.action_combo.setCurrentIndex(view.action_combo.findText("Tambah"))
    assert model.rowCount() == 4
    rows = [model.fetch_now(r) for r in range(4)]
    assert all(r is not None and r.values[3] == "create" for r in rows)
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)  # type: ignore[union-attr]
    assert {_text(model, r, 3) for r in range(4)} == {"Tambah"}
    entity_ids = [_text(model, r, 5) for r in range(4)]

    changed = []
    view.list.currentChanged.connect(changed.append)
    table.selectRow(entity_ids.index(str(made["agus"].id)))
    assert changed and changed[-1] == rows[entity_ids.index(str(made["agus"].id))].id  # type: ignore[union-attr]
    text = view.detail.toPlainText()
    assert "Sebelum" in text and "Sesudah" in text
    assert "full_name\n\n→\nAgus\n" in text and "role\n\n→\noperator\n" in text  # field, before, ->, after

    view.action_combo.setCurrentIndex(view.action_combo.findText("Ubah"))
    assert changed[-1] is None and view.detail.toPlainText() == ""  # the re-query dropped the selection
    assert model.rowCount() == 1
    table.selectRow(0)
    text = view.detail.toPlainText()
    assert "full_name\nBudi\n→\nBudi Santoso\n" in text
    assert "role" not in text  # only what changed

    view.action_combo.setCurrentIndex(0)
    view.user_combo.setCurrentIndex(view.user_combo.findText("siti"))
    assert model.rowCount() == 1 and _text(model, 0, 3) == "Masuk"

    view.user_combo.setCurrentIndex(0)
    today = QDate.currentDate()
    view.date_from_check.setChecked(True)
    view.date_from_edit.setDate(today.addDays(-1))
    assert model.rowCount() == 7
    view.date_to_check.setChecked(True)
    view.date_to_edit.setDate(today.addDays(-2))
    assert model.rowCount() == 0 and view.list.status_text() == "0 data"
    view.date_to_check.setChecked(False)
    assert model.rowCount() == 7


def test_audit_log_view_needs_permission(qtbot: QtBot, db: Database, make_actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(errors.PermissionDenied):
        AuditLogView(db, make_actor("viewer"))
    verifikator = make_actor("verifikator")
    view = _shown(qtbot, AuditLogView(db, verifikator))
    assert view.list.model().rowCount() > 0


def _add_audit_rows(db: Database, n: int, tag: str) -> None:
    from kesos_desktop.models import AuditEntry

    with db.write() as s:
        s.add_all(AuditEntry(username="admin", action="export", entity="ppks", summary=f"{tag} {i}") for i in range(n))


def test_refresh_keeps_the_current_record_and_the_scroll(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    _add_audit_rows(db, 300, "lama")
    widget = _shown(qtbot, RecordListWidget(db, ListQuery(audit_list.LIST_SPEC, admin)))
    model, table = widget.model(), widget.table()
    assert model.query().descending  # newest first: new entries push the old rows down
    table.scrollTo(model.index(150, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(150, 2)).center())
    picked = widget.current_id()
    assert picked == model.row_id(150)
    y = table.rowViewportPosition(150)
    scroll = table.verticalScrollBar().value()
    assert scroll > 0 and y > 0

    seen: list[object] = []
    widget.currentChanged.connect(seen.append)
    _add_audit_rows(db, 5, "baru")  # saved next to the list, then the page refreshes it
    widget.refresh()
    assert widget.current_id() == picked and table.currentIndex().row() == 155
    assert [i.row() for i in table.selectionModel().selectedRows()] == [155]
    assert seen == []  # the form next to the list keeps its record
    assert table.rowViewportPosition(155) == y  # the row stays where the clerk's eyes are
    assert table.verticalScrollBar().value() != scroll

    widget.refresh()  # nothing changed: nothing moves
    assert table.currentIndex().row() == 155 and table.rowViewportPosition(155) == y and seen == []

    _add_audit_rows(db, 250, "banyak")  # the row moved beyond the rows looked at: let it go
    widget.refresh()
    assert widget.current_id() is None and seen == [None]
    assert not table.selectionModel().hasSelection()
