"""Bahasa Indonesia by default; English when chosen in the settings (after the app restarts)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kesos_desktop import app as app_module
from kesos_desktop import config, errors, formatting, i18n
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth
from kesos_desktop.text import msg

ROOT = Path(__file__).resolve().parents[2]


def _build_qm() -> None:
    spec = importlib.util.spec_from_file_location("kesos_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.build()  # what `make run`/`make test` do; a no-op when the .qm is current


@pytest.fixture
def restore_indonesian(qapp: QApplication) -> Iterator[None]:
    """The translator lives on the one QApplication of the session: put Indonesian back."""
    yield
    i18n.install(qapp, "id")


@pytest.fixture
def started(qtbot, qapp: QApplication) -> Iterator[list[app_module.AppController]]:  # type: ignore[no-untyped-def]
    made: list[app_module.AppController] = []
    yield made
    for c in made:
        if c.main_window is not None:
            c.main_window.restart_requested.disconnect()
            c.main_window.close()
        for w in (c.wizard, c.login_dialog):
            if w is not None:
                w.close()
        c._dispose_db()


def _start(started: list[app_module.AppController]) -> app_module.AppController:
    c = app_module.create_app([], exec=False)
    assert isinstance(c, app_module.AppController)
    started.append(c)
    return c


def _sidebar(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_indonesian_by_default(qtbot, started, restore_indonesian) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    _build_qm()
    assert config.get(config.UI_LANGUAGE) == "id"
    controller = _start(started)
    assert controller.stage == "wizard"
    assert controller.wizard.windowTitle().startswith("Selamat datang di ")
    assert i18n.current_language() == "id"
    assert formatting.format_number(1_500_000) == "1.500.000"
    # Qt's own buttons too (Qt ships no Indonesian; resources/i18n/qt_id.ts does).
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"


def test_english_chosen_in_settings_after_restart(qtbot, qapp, started, restore_indonesian, sqlite_db_url) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.views.main_window import MainWindow
    from kesos_desktop.views.settings_dialog import SettingsDialog

    _build_qm()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["Bahasa Indonesia", "English"]
    assert "dimulai ulang" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert dialog.restart_needed
    assert config.get(config.UI_LANGUAGE) == "en"
    store = config.qsettings()  # the dialog also saved its database choice: start as a new office instead
    store.remove("database")
    store.sync()

    controller = _start(started)
    assert i18n.current_language() == "en"
    assert controller.wizard.windowTitle().startswith("Welcome to ")
    assert formatting.format_number(1_500_000) == "1,500,000"
    assert formatting.format_date(date(2026, 11, 23)) == "23/11/2026"
    # Core messages and their marked parameters (status labels, verbs) come out in English; names do not change.
    status_error = msg("Data berstatus {status} tidak dapat {action}.", status="Draf", action="diajukan")
    assert i18n.ui_text(status_error) == "A record with status Draft cannot be submitted."
    assert i18n.ui_text(msg("NIK {nik} sudah terdaftar sebagai perangkat desa.", nik="6107015505800001")) == (
        "NIK 6107015505800001 is already registered as a village official."
    )
    assert i18n.ui_text(errors.PermissionDenied().message) == "You do not have permission for this action."
    several = errors.ValidationErrors(
        [errors.ValidationError("name", "Nama wajib diisi."), errors.ValidationError("sex", "Pilih jenis kelamin.")]
    )
    assert i18n.ui_text(several.message) == "The data is not valid yet: The name is required.; Choose the sex."

    db = Database.open(sqlite_db_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        window = MainWindow(db, auth.login(db, "admin", "rahasia123"))
        qtbot.addWidget(window)
        titles = _sidebar(window)
        assert "Settings" in titles and "Pengaturan" not in titles
        assert {"Audit Log", "Users", "Regions", "Dashboard"} <= set(titles)
        assert window.menuBar().actions()[0].text() == "&File"
        window.close()
    finally:
        db.dispose()


def test_missing_qm_falls_back_to_indonesian(qapp, restore_indonesian, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    assert i18n.install(qapp, "en") == "id"
    assert i18n.current_language() == "id"
    assert QApplication.translate("SettingsDialog", "Pengaturan") == "Pengaturan"
    assert formatting.format_number(1500) == "1.500"


def test_listed_dismissal_reason_is_stored_in_indonesian(qtbot, qapp, restore_indonesian, sqlite_db_url) -> None:  # type: ignore[no-untyped-def]
    """Office data stays Indonesian: an English user picks "Resigned", the register says "Mengundurkan diri"."""
    from PySide6.QtCore import QDate, Qt

    from kesos_desktop.services import nipd, wilayah
    from kesos_desktop.views.nipd.position import PositionDialog
    from tests.unit.nipd_helpers import person

    _build_qm()
    assert i18n.install(qapp, "en") == "en"
    db = Database.open(sqlite_db_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        admin = auth.login(db, "admin", "rahasia123")
        wilayah.set_office_scope(db, admin, "61.07")
        o = nipd.register(db, admin, person(1, name="Agus Salim", jabatan_code="KADUS")).official
        o = nipd.approve(db, admin, o.id, expected_version=o.version)
        dialog = PositionDialog(db, admin, o, "berhenti")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Dismissal"
        assert dialog.reason.itemText(0) == "Resigned"
        dialog.reason.setCurrentIndex(0)
        qtbot.keyClicks(dialog.sk_number, "141/10/2026")
        dialog.sk_date.setDate(QDate(2026, 1, 5))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result_value is not None
        assert nipd.get(db, admin, o.id).positions[-1].end_reason == "Mengundurkan diri"
    finally:
        db.dispose()


def test_joined_status_labels_in_a_list_are_translated_part_by_part(qapp, restore_indonesian, db, admin) -> None:  # type: ignore[no-untyped-def]
    """A PPKS status such as "Diajukan — perlu pembaruan" is two marked labels; English shows both in English."""
    from dataclasses import replace

    from kesos_desktop.services import ppks, wilayah
    from kesos_desktop.services.listing import ListQuery
    from kesos_desktop.views.common.record_list import PagedTableModel

    joined = ppks._display_status("diajukan*", auth.SYSTEM)
    assert joined == "Diajukan — perlu pembaruan"
    columns = list(wilayah.LIST_SPEC.columns)
    columns[2] = replace(columns[2], display=lambda _v, a: ppks._display_status("diajukan*", a))
    spec = replace(wilayah.LIST_SPEC, columns=tuple(columns))
    model = PagedTableModel(db, ListQuery(spec, admin).with_filter("within", "61.07"), page_size=25)
    model.fetch_now(0)
    assert model.index(0, 2).data() == joined  # Indonesian by default
    _build_qm()
    assert i18n.install(qapp, "en") == "en"
    assert model.index(0, 2).data() == "Submitted — needs update"
