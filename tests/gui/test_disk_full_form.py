"""Issue 6, fault 2(c) in the GUI: the PPKS entry form hits a full disk. The user reads a clear message,
keeps what was typed, and the second save works once there is space again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kesos_desktop.models.db import Database
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import auth, ppks, wilayah
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.ppks.form import PersonDialog
from tests.helpers.sqlite_faults import disk_full, read_only

KEC = "61.07.02"


@pytest.fixture
def gdb(sqlite_db_url: str) -> Iterator[Database]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    admin = auth.login(db, "admin", "rahasia123")
    wilayah.set_office_scope(db, admin, "61.07")
    auth.create_user(db, admin, username="siti", full_name="Siti", password="rahasia123", role="operator",
                     scope_code=KEC)  # fmt: skip
    yield db
    db.dispose()


def people(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(PpksPerson)) or 0)


def fill_form(qtbot: QtBot, form: PersonDialog, nik: str, notes: str) -> None:
    qtbot.keyClicks(form.nik, nik)
    qtbot.keyClicks(form.name, "MARIA GORETI")
    qtbot.keyClicks(form.birth_date, "09/03/1948")
    form.sex.setCurrentIndex(form.sex.findData("P"))
    form.wilayah.set_code("61.07.02.2001")
    form.set_category("LUT")
    # A long note: the record needs new pages in the file, which a full disk cannot give.
    form.condition.setPlainText(notes)


@pytest.mark.parametrize("fault", ["disk_full", "read_only"])
def test_form_save_on_full_disk_keeps_typed_data_and_saves_after(
    qtbot: QtBot, gdb: Database, message_boxes, fault: str
) -> None:  # type: ignore[no-untyped-def]
    operator = auth.login(gdb, "siti", "rahasia123")
    form = PersonDialog(gdb, operator)
    qtbot.addWidget(form)
    form.show()
    nik = make_nik(KEC, date(1948, 3, 9), "P", 11)
    notes = "Tinggal sendiri di rumah panggung yang rusak berat; perlu kunjungan rutin. " * 100
    fill_form(qtbot, form, nik, notes)
    qtbot.waitUntil(lambda: form.field_error("nik") == "")
    saved: list[ppks.PersonInfo] = []
    form.saved.connect(saved.append)

    with disk_full(gdb) if fault == "disk_full" else read_only(gdb):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: form.general_error.isVisible() and form.save_button.isEnabled())
    expected = "Disk penuh: data belum tersimpan" if fault == "disk_full" else "hanya-baca: data belum tersimpan"
    assert expected in form.general_error.text()
    assert form.isVisible() and not saved
    assert people(gdb) == 0  # nothing partial
    # What the user typed is all still there.
    assert form.nik.text() == nik and form.name.text() == "MARIA GORETI"
    assert form.birth_date.text() == "09/03/1948" and form.condition.toPlainText() == notes

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved))
    assert not form.isVisible()
    assert saved[0].nik == nik and saved[0].name == "Maria Goreti"
    assert people(gdb) == 1
    assert message_boxes == []
