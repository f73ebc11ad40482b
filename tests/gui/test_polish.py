"""Small things an office clerk notices: labels that fit their columns, clean combo texts, F1 everywhere."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.views import style
from kesos_desktop.views.common.record_list import RecordListWidget

ROOT = Path(__file__).resolve().parents[2]


def _english() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("kesos_i18n_en", ROOT / "tools" / "i18n_en.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TEXTS


def test_ppks_status_labels_fit_their_column(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    widget = RecordListWidget(db, ListQuery(ppks.LIST_SPEC, admin))
    qtbot.addWidget(widget)
    table = widget.table()
    font = table.font()
    font.setPointSize(style.FONT_POINT_SIZE)  # what the app uses
    table.setFont(font)
    column = [c.key for c in ppks.LIST_SPEC.columns].index("status")
    width = table.horizontalHeader().sectionSize(column)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    english = _english()
    labels = []
    for status in ppks.STATUS_LABELS:
        labels.append(ppks._display_status(status + "*", admin))  # the longest: "… — perlu pembaruan"
        labels.append(" — ".join(english[part] for part in labels[-1].split(" — ")))
    assert "Diajukan — perlu pembaruan" in labels
    for text in labels:
        assert table.fontMetrics().horizontalAdvance(text) + margin <= width, text


def test_office_scope_combo_finds_a_kabupaten_by_typing(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    combo = dialog.scope_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts and all(t == t.strip() for t in texts)  # no indenting spaces in front of a name
    bengkayang = combo.itemText(combo.findData("61.07"))
    assert bengkayang.startswith("61.07 ") and " › " in bengkayang and "Bengkayang" in bengkayang.title()

    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "bengkay")  # the middle of the text, any case
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert combo.completer().completionCount() == 1
    assert combo.completer().currentCompletion() == bengkayang
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == "61.07" and combo.currentText() == bengkayang


def test_cut_off_cells_show_their_text_as_a_tooltip(qtbot: QtBot, db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from kesos_desktop.services import audit_list

    widget = RecordListWidget(db, ListQuery(audit_list.LIST_SPEC, admin))
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    table, model = widget.table(), widget.model()
    column = [c.key for c in audit_list.LIST_SPEC.columns].index("username")
    model.fetch_now(0)

    def hover() -> str:
        QToolTip.hideText()
        centre = table.visualRect(model.index(0, column)).center()
        event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
        QApplication.sendEvent(table.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert model.index(0, column).data() == "admin"
    assert hover() == ""  # fits: no tooltip
    table.horizontalHeader().resizeSection(column, 20)
    assert hover() == "admin"
    QToolTip.hideText()


def test_users_page_last_login_in_local_time(qtbot: QtBot, db: Database, admin, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time
    from datetime import UTC, timedelta

    from kesos_desktop.formatting import format_datetime
    from kesos_desktop.services import auth
    from kesos_desktop.views.admin.users_view import UsersView

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        (me,) = [u for u in auth.list_users(db, admin) if u.username == admin.username]
        stamp = me.last_login_at
        assert stamp is not None and stamp.tzinfo is None  # naive UTC from the database
        view = UsersView(db, admin)
        qtbot.addWidget(view)
        row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == admin.username)
        shown = view.table.item(row, 5).text()
        assert shown == format_datetime(stamp + timedelta(hours=7))  # WIB, no daylight saving
        assert shown == format_datetime(stamp.replace(tzinfo=UTC).astimezone())
    finally:
        monkeypatch.undo()
        time.tzset()
