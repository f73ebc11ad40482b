"""Look and feel: icons, accent colour, keyboard shortcuts, remembered window and list layouts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, auth, office, wilayah
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views import icons, style
from kesos_desktop.views.common.record_list import RecordListWidget
from tests.gui.test_arsip_page import archivist, sdb  # noqa: F401 - fixtures
from tests.gui.test_ppks_page import gdb, login, make_page  # noqa: F401 - fixtures

CTRL = Qt.KeyboardModifier.ControlModifier


def _activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


# --- icons and style ----------------------------------------------------------------------------


def test_every_icon_is_a_valid_24px_line_drawing() -> None:
    names = icons.names()
    assert {"dashboard", "nipd", "ppks", "arsip", "wilayah", "users", "audit", "settings", "new", "save", "print",
            "search", "import", "export", "delete", "refresh", "approve"} <= set(names)  # fmt: skip
    for name in names:
        text = (icons.ICON_DIR / f"{name}.svg").read_text()
        assert 'viewBox="0 0 24 24"' in text and 'stroke-width="2"' in text and "currentColor" in text, name
        assert not re.search(r'fill="(?!none)', text), f"{name}: line icons are not filled"
        assert QSvgRenderer(text.replace("currentColor", "#000").encode()).isValid(), name


def test_icons_are_drawn_at_the_device_pixel_ratio(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = icons.icon("print")
    assert icons.icon("print") is icon  # cached
    for ratio in (1.0, 1.25, 1.5, 2.0):
        pix = icon.pixmap(QSize(20, 20), ratio)
        assert pix.devicePixelRatio() == ratio
        assert pix.width() == round(20 * ratio)
        image = pix.toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))
    normal = icon.pixmap(QSize(24, 24), 1.0).toImage()
    selected = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected).toImage()
    dark = [normal.pixelColor(x, y) for x in range(24) for y in range(24) if normal.pixelColor(x, y).alpha() == 255]
    light = [
        selected.pixelColor(x, y) for x in range(24) for y in range(24) if selected.pixelColor(x, y).alpha() == 255
    ]
    assert dark and light and dark[0].lightness() < 100 and light[0].lightness() > 240  # white on the accent row


def test_office_accent_colour_reaches_the_palette(qtbot, sqlite_db_url: str) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.views.main_window import MainWindow

    app = QApplication.instance()
    db = Database.open(sqlite_db_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        admin = auth.login(db, "admin", "rahasia123")
        office.set_value(db, admin, office.ACCENT_KEY, "#7a3b69")
        window = MainWindow(db, admin)
        qtbot.addWidget(window)
        assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#7a3b69"
        assert all(not window.sidebar.item(i).icon().isNull() for i in range(window.sidebar.count()))
    finally:
        style.apply(app)  # back to the default for the other tests
        db.dispose()
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == style.DEFAULT_ACCENT
    assert style.valid_accent("#ffff00") is None  # white text would not be readable on it
    assert app.font().pointSize() == style.FONT_POINT_SIZE
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(3, 2)  # any table, also one a module builds itself
    qtbot.addWidget(table)
    table.show()
    assert table.alternatingRowColors()


# --- shortcuts ------------------------------------------------------------------------------------


def test_ppks_page_ctrl_f_ctrl_n_f5_and_tooltips(qtbot, gdb: Database, message_boxes) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = make_page(qtbot, gdb, login(gdb, "siti"))
    _activate(qtbot, page)
    records = page.records
    assert "Ctrl+N" in records.add_button.toolTip() and "Ctrl+F" in records.list.search_edit().toolTip()

    records.add_button.setFocus()
    qtbot.keyClick(records.add_button, Qt.Key.Key_F, CTRL)
    assert records.list.search_edit().hasFocus()

    # Ctrl+N from the search box opens the empty entry form.
    qtbot.keyClick(records.list.search_edit(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: getattr(records, "form", None) is not None and records.form.isVisible())
    form = records.form
    assert form.nik.text() == "" and form.name.text() == ""
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # Esc closes a dialog
    qtbot.waitUntil(lambda: not form.isVisible())

    # F5 re-reads the list: a record added elsewhere appears.
    from kesos_desktop.services import ppks

    assert records.list.model().count() == 0
    admin = login(gdb, "admin")
    desa = wilayah.regions_at_level(gdb, wilayah.DESA, "61.07.02")[0].code
    born = date(1950, 5, 12)
    person = ppks.PersonInput(
        name="SITI AMINAH", desa_code=desa, categories=("LUT",), nik=make_nik("61.07.02", born, "P", 7),
        birth_date=born, sex="P",
    )  # fmt: skip
    ppks.create(gdb, admin, person)
    records.list.table().setFocus()
    _activate(qtbot, page)  # the closed dialog hands the activation back asynchronously
    qtbot.keyClick(records.list.table(), Qt.Key.Key_F5)
    assert records.list.model().count() == 1

    # On another tab the list's keys are silent (its widgets are hidden).
    page.tabs.setCurrentWidget(page.duplicates)
    records.list.search_edit().clearFocus()
    qtbot.keyClick(page.duplicates, Qt.Key.Key_F, CTRL)
    assert not records.list.search_edit().hasFocus()


def test_catalogue_ctrl_n_and_ctrl_s_from_the_list(qtbot, sdb: Database, archivist: auth.Actor, message_boxes) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from kesos_desktop.views.arsip.page import create_page

    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    page.resize(1300, 780)
    _activate(qtbot, page)
    tab = page.catalogue
    form = tab.form
    tab.list.table().setFocus()
    qtbot.keyClick(tab.list.table(), Qt.Key.Key_N, CTRL)  # from the list: a new record in the form
    form.kode.setText("400.9.2")
    form.uraian.setText("Penyaluran bantuan sosial pangan")
    form.tanggal_mulai.setText("05/01/2019")
    form.unit.setText("Bidang Linjamsos")
    tab.list.table().setFocus()
    qtbot.keyClick(tab.list.table(), Qt.Key.Key_S, CTRL)  # and saved from the list too
    qtbot.waitUntil(lambda: tab.list.model().count() == 1)
    assert arsip.count_berkas(sdb) == 1
    assert "Tersimpan" in form.computed.text()


# --- remembered layouts -----------------------------------------------------------------------------


@pytest.fixture
def admin_db(sqlite_db_url: str) -> Iterator[tuple[Database, auth.Actor]]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    yield db, auth.login(db, "admin", "rahasia123")
    db.dispose()


def test_main_window_size_and_splitter_are_restored(qtbot, admin_db) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.views.main_window import MainWindow

    db, admin = admin_db
    first = MainWindow(db, admin)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # within the 800 x 600 offscreen screen
    default = first.splitter.sizes()[0]
    first.splitter.setSizes([150, 640])  # the narrowest sidebar
    sizes = first.splitter.sizes()
    assert sizes[0] != default
    first.close()

    second = MainWindow(db, admin)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (790, 560)
    assert second.splitter.sizes() == sizes


def test_list_column_order_widths_and_sort_survive_a_new_widget(qtbot, admin_db) -> None:  # type: ignore[no-untyped-def]
    db, admin = admin_db
    query = ListQuery(wilayah.LIST_SPEC, admin).with_filter("within", "61.07")
    first = RecordListWidget(db, query, settings_key="layout_test")
    qtbot.addWidget(first)
    first.show()
    header = first.table().horizontalHeader()
    header.moveSection(header.visualIndex(1), 0)  # the name column first
    header.resizeSection(0, 77)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    first.save_header()
    first.deleteLater()

    second = RecordListWidget(db, query, settings_key="layout_test")
    qtbot.addWidget(second)
    second.show()
    h2 = second.table().horizontalHeader()
    assert h2.logicalIndex(0) == 1 and h2.sectionSize(0) == 77
    assert second.model().query().sort_key == wilayah.LIST_SPEC.columns[1].key and second.model().query().descending


def test_buttons_of_the_pages_have_icons(qtbot, sdb: Database, archivist: auth.Actor) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from kesos_desktop.views.arsip.page import create_page

    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    buttons = [b for b in page.findChildren(QPushButton) if b.text() and b.objectName() != "qt_spinbox"]
    with_icon = [b for b in buttons if not b.icon().isNull()]
    assert len(with_icon) >= 12, [b.text() for b in buttons if b.icon().isNull()]


def test_tab_goes_from_search_through_the_filters_to_the_table(qtbot, gdb: Database, message_boxes) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = make_page(qtbot, gdb, login(gdb, "siti"))
    _activate(qtbot, page)
    lst = page.records.list
    lst.search_edit().setFocus()
    stops = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget().objectName() or type(QApplication.focusWidget()).__name__)
    assert stops == ["filter_category", "filter_kecamatan", "filter_desa", "filter_status", "filter_year",
                     "clear_filters", "QTableView"]  # fmt: skip


def test_a_form_dialog_opens_at_the_size_it_was_closed_at(qtbot, gdb: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from kesos_desktop.views.ppks.form import PersonDialog

    admin = login(gdb, "admin")
    first = PersonDialog(gdb, admin, None)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)
    first.reject()
    second = PersonDialog(gdb, admin, None)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 560)


def test_the_app_has_its_window_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    style.apply(qapp)
    assert not qapp.windowIcon().isNull()
    assert not qapp.windowIcon().pixmap(QSize(48, 48)).isNull()
    for suffix in (".png", ".ico"):  # for the installer and the Windows shortcut
        assert style.APP_ICON.with_suffix(suffix).stat().st_size > 1000


def test_admin_picks_the_office_colour_in_settings(qtbot, admin_db) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.views.settings_dialog import SettingsDialog

    db, admin = admin_db
    app = QApplication.instance()
    dialog = SettingsDialog(db, admin)
    qtbot.addWidget(dialog)
    assert dialog.accent_combo.currentData() == style.DEFAULT_ACCENT and dialog.accent_combo.isEnabled()
    dialog.accent_combo.setCurrentIndex(dialog.accent_combo.findData("#2e7d4f"))
    try:
        dialog.save()
        assert office.get(db, office.ACCENT_KEY) == "#2e7d4f"
        assert app.palette().color(QPalette.ColorRole.Highlight).name() == "#2e7d4f"
    finally:
        style.apply(app)
