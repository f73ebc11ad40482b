"""The PPKS page driven like a new operator and a new verifier would (SQLite; the rules are tested on
both back ends in tests/unit)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, ppks, wilayah
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.ppks.page import PpksPage
from tests.unit.test_ppks_import import messy_workbook

KEC = "61.07.02"


@pytest.fixture
def gdb(sqlite_db_url: str) -> Iterator[Database]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    admin = auth.login(db, "admin", "rahasia123")
    wilayah.set_office_scope(db, admin, "61.07")
    for name, role, scope in (("siti", "operator", KEC), ("budi", "verifikator", None)):
        auth.create_user(db, admin, username=name, full_name=name.title(), password="rahasia123", role=role,
                         scope_code=scope)  # fmt: skip
    yield db
    db.dispose()


def login(db: Database, name: str) -> auth.Actor:
    return auth.login(db, name, "rahasia123")


def make_page(qtbot: QtBot, db: Database, actor: auth.Actor) -> PpksPage:
    page = PpksPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def select_row(qtbot: QtBot, page: PpksPage, row: int = 0) -> ppks.PersonInfo:
    table = page.records.list.table()
    page.records._current = None
    table.clearSelection()
    table.setCurrentIndex(page.records.list.model().index(-1, -1))
    qtbot.waitUntil(lambda: page.records.list.model().rowCount() > row)
    table.setCurrentIndex(page.records.list.model().index(row, 1))
    qtbot.waitUntil(
        lambda: page.records._current is not None and page.records._current.id == page.records.list.current_id()
    )
    return page.records._current  # type: ignore[return-value]


def test_operator_enters_fixes_submits_and_verifier_rejects_then_verifies(
    qtbot: QtBot, gdb: Database, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    operator = login(gdb, "siti")
    page = make_page(qtbot, gdb, operator)
    qtbot.mouseClick(page.records.add_button, Qt.MouseButton.LeftButton)
    form = page.records.form
    born = date(1950, 5, 12)
    good_nik = make_nik(KEC, born, "P", 7)
    qtbot.keyClicks(form.nik, good_nik[:-1] + "0000"[:0] + "x")  # a typo: a letter instead of the last digit
    qtbot.keyClicks(form.name, "SITI AMINAH")
    qtbot.keyClicks(form.birth_date, "12/05/1950")
    form.sex.setCurrentIndex(form.sex.findData("P"))
    form.wilayah.set_code("61.07.02.2001")
    form.set_category("LUT")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "16 digit" in form.field_error("nik")
    assert form.isVisible()
    form.nik.clear()
    qtbot.keyClicks(form.nik, make_nik(KEC, date(1950, 5, 13), "P", 7))  # date in the NIK disagrees
    qtbot.waitUntil(lambda: "berbeda" in form.field_error("nik"))
    form.nik.clear()
    qtbot.keyClicks(form.nik, good_nik)
    qtbot.waitUntil(lambda: form.field_error("nik") == "")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: page.records.list.model().rowCount() == 1)
    info = select_row(qtbot, page)
    assert info.name == "Siti Aminah" and info.status == ppks.DRAFT
    qtbot.mouseClick(page.records.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes) or page.records._current.status == ppks.SUBMITTED)  # type: ignore[union-attr]
    assert message_boxes == []
    assert not page.records.verify_button.isVisible()  # operators do not verify

    # The same NIK again: refused inline with a link to the existing record.
    qtbot.mouseClick(page.records.add_button, Qt.MouseButton.LeftButton)
    again = page.records.form
    qtbot.keyClicks(again.nik, good_nik)
    qtbot.waitUntil(lambda: "sudah terdaftar" in again.field_error("nik"))
    assert again.duplicate_link.isVisible() and f"#{info.id}" in again.duplicate_link.text()
    again.reject()

    verifier = login(gdb, "budi")
    vpage = make_page(qtbot, gdb, verifier)
    assert not vpage.records.add_button.isVisible()
    select_row(qtbot, vpage)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Foto KK buram", True)))
    qtbot.mouseClick(vpage.records.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vpage.records._current.status == ppks.REJECTED)  # type: ignore[union-attr]
    assert "Foto KK buram" in vpage.records.detail.text()

    # The operator sees the reason, fixes, resubmits; the verifier verifies.
    page.records.list.refresh()
    select_row(qtbot, page)
    qtbot.mouseClick(page.records.edit_button, Qt.MouseButton.LeftButton)
    form = page.records.form
    assert "Foto KK buram" in form.findChild(type(form.warnings), "reject_banner").text()
    qtbot.keyClicks(form.needs, "Kursi roda")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    info = select_row(qtbot, page)
    qtbot.mouseClick(page.records.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.records._current.status == ppks.SUBMITTED)  # type: ignore[union-attr]
    vpage.records.list.refresh()
    select_row(qtbot, vpage)
    qtbot.mouseClick(vpage.records.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vpage.records._current.status == ppks.VERIFIED)  # type: ignore[union-attr]

    # Verified data is read-only for the operator.
    page.records.list.refresh()
    select_row(qtbot, page)
    assert page.records.edit_button.text().replace("&", "") == "Lihat"
    qtbot.mouseClick(page.records.edit_button, Qt.MouseButton.LeftButton)
    view = page.records.form
    assert not view.save_button.isVisible() and not view.name.isEnabled()
    view.reject()
    assert message_boxes == []


def test_operator_imports_messy_file_and_saves_error_copy(
    qtbot: QtBot, gdb: Database, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    src = messy_workbook(tmp_path / "desa.xlsx")
    page = make_page(qtbot, gdb, login(gdb, "siti"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(src), "")))
    qtbot.mouseClick(page.records.import_button, Qt.MouseButton.LeftButton)
    wizard = page.records.wizard
    qtbot.mouseClick(wizard.findChild(type(wizard.check_button), "browse"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert "tidak valid 5" in wizard.summary.text()
    assert wizard.errors.rowCount() >= 5 and wizard.errors.item(0, 0).text() == "9"
    assert wizard.mapping_combos["nik"].currentText().startswith("B:")
    assert not wizard.import_button.isEnabled()  # all-or-nothing with invalid rows: nothing to write
    out = tmp_path / "kesalahan.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(wizard.error_copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and bool(message_boxes), timeout=10_000)
    ws = openpyxl.load_workbook(out)["Rekap Desa"]
    assert ws.cell(row=4, column=13).value == "Kesalahan" and ws.cell(row=9, column=13).value
    wizard.valid_only.setChecked(True)
    assert wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert wizard.result.new == 3  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.records.list.model().rowCount() == 3)
    wizard.close()


def test_dashboard_click_through_to_records(qtbot: QtBot, gdb: Database, tmp_path: Path, message_boxes) -> None:  # type: ignore[no-untyped-def]
    admin = login(gdb, "admin")
    people = [
        ("Siti", "P", "61.07.02.2001", ("LUT",)),
        ("Rina", "P", "61.07.02.2003", ("LUT", "FM")),
        ("Budi", "L", "61.07.03.2001", ("PD",)),
    ]
    for i, (name, sex, desa, cats) in enumerate(people, 1):
        ppks.create(gdb, admin, ppks.PersonInput(name=name, desa_code=desa, categories=cats, sex=sex,
                                                 birth_date=date(1950, 5, 12),
                                                 nik=make_nik(desa[:8], date(1950, 5, 12), sex, i)))  # fmt: skip
    page = make_page(qtbot, gdb, admin)
    page.tabs.setCurrentWidget(page.dashboard)
    qtbot.waitUntil(lambda: page.dashboard.loaded)
    dash = page.dashboard
    assert "Total 3 data" in dash.summary.text()
    m = dash.matrix
    lut_row = [c.code for c in ppks.categories()].index("LUT")
    samalantan_col = next(j for j in range(m.columnCount()) if m.horizontalHeaderItem(j).text() == "Samalantan")
    assert m.item(lut_row, samalantan_col).text() == "2"
    rect = m.visualItemRect(m.item(lut_row, samalantan_col))
    m.scrollToItem(m.item(lut_row, samalantan_col))
    rect = m.visualItemRect(m.item(lut_row, samalantan_col))
    qtbot.mouseClick(m.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.currentWidget() is page.records
    qtbot.waitUntil(lambda: page.records.list.model().rowCount() == 2)
    assert page.records.category.currentData() == "LUT" and page.records.kecamatan.currentData() == KEC
    # Back to the dashboard: drill into Samalantan's desa, then the women aged 60+.
    page.tabs.setCurrentWidget(dash)
    dash.matrix.horizontalHeader().sectionClicked.emit(samalantan_col)
    qtbot.waitUntil(lambda: dash._data is not None and dash._data.area_level == wilayah.DESA)
    s = dash.sex_age
    s.cellClicked.emit(1, list(ppks.AGE_GROUPS).index("60+") + 1)
    qtbot.waitUntil(lambda: page.records.list.model().rowCount() == 2)
    assert "Umur: 60+" in page.records.extra_label.text()
    qtbot.mouseClick(page.records.findChild(type(page.records.add_button), "clear_filters"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.records.list.model().rowCount() == 3)
    # Duplicates tab as admin.
    page.tabs.setCurrentWidget(page.duplicates)
    qtbot.mouseClick(page.duplicates.findChild(type(page.records.add_button), "scan"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.duplicates.status.text() != "", timeout=10_000)
    assert message_boxes == []
