"""The "Kemungkinan Ganda" tab: a verifier marks a pair "bukan ganda" with a reason, the next scan
no longer lists it, and the admin puts it back from the list of dismissed pairs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import ppks
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.ppks import dismissed
from tests.gui.test_ppks_page import gdb, login, make_page  # noqa: F401 - gdb is a fixture

DESA = "61.07.02.2001"


def add(db: Database, name: str, n: int) -> ppks.PersonInfo:
    born = date(1950, 5, 12)
    return ppks.create(
        db, login(db, "admin"),
        ppks.PersonInput(name=name, desa_code=DESA, categories=("LUT",), nik=make_nik("61.07.02", born, "P", n),
                         birth_date=born, sex="P"),
    )  # fmt: skip


def scan(qtbot: QtBot, tab) -> None:  # type: ignore[no-untyped-def]
    tab.status.setText("")
    qtbot.mouseClick(tab.findChild(QPushButton, "scan"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text() != "", timeout=10_000)


def test_verifier_dismisses_pair_and_admin_restores(
    qtbot: QtBot,
    gdb: Database,  # noqa: F811 - the fixture imported above
    message_boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = add(gdb, "Siti Aminah", 1), add(gdb, "ZITI AMINAH", 2)
    page = make_page(qtbot, gdb, login(gdb, "budi"))  # verifikator
    tab = page.duplicates
    page.tabs.setCurrentWidget(tab)
    scan(qtbot, tab)
    assert [(p.a_id, p.b_id) for p in tab.pairs] == [(a.id, b.id)]
    assert tab.dismiss_button.isVisible() and not tab.merge_button.isVisible()
    # Cancelled prompt: nothing happens.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    assert len(tab.pairs) == 1
    # An empty reason is refused with a message; a real one removes the pair.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert "Alasan" in message_boxes[-1][1] and len(tab.pairs) == 1
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Kakak beradik, lahir kembar", True)))
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.pairs == [])
    assert tab.status.text().startswith("0")
    scan(qtbot, tab)
    assert tab.pairs == []
    # The verifier sees the list but cannot restore.
    dlg = tab.show_dismissed()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1)
    assert dlg.table.item(0, 2).text() == "Kakak beradik, lahir kembar"
    assert not dlg.restore_button.isVisible()
    dlg.close()
    # The admin restores it; the next scan lists the pair again.
    admin_page = make_page(qtbot, gdb, login(gdb, "admin"))
    atab = admin_page.duplicates
    admin_page.tabs.setCurrentWidget(atab)
    dlg = atab.show_dismissed()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1)
    assert dlg.restore_button.isVisible()
    monkeypatch.setattr(dismissed, "confirm", lambda *a, **k: True)
    dlg.table.selectRow(0)
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.restored == 1 and dlg.table.rowCount() == 0)
    scan(qtbot, atab)
    assert [(p.a_id, p.b_id) for p in atab.pairs] == [(a.id, b.id)]
    assert len(message_boxes) == 1
