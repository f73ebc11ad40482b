"""The start-up flow as a new office would meet it: wizard, login, main window, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from kesos_desktop import app as app_module
from kesos_desktop import config
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.services import auth, connection, wilayah
from kesos_desktop.views.main_window import MainWindow


def _sidebar_titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


@pytest.fixture
def controller_factory(qtbot, qapp: QApplication):  # type: ignore[no-untyped-def]
    made = []

    def make() -> app_module.AppController:
        c = app_module.create_app([], exec=False)
        assert isinstance(c, app_module.AppController)
        made.append(c)
        return c

    yield make
    for c in made:
        if c.main_window is not None:
            c.main_window.restart_requested.disconnect()
            c.main_window.close()
        for w in (c.wizard, c.login_dialog):
            if w is not None:
                w.close()
        c._dispose_db()


def test_first_run_wizard_creates_database_scope_and_admin(qtbot, controller_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller = controller_factory()
    assert controller.stage == "wizard"
    wizard = controller.wizard
    assert "Selamat datang" in wizard.windowTitle()

    # Page 1: a local SQLite file in a folder of our choosing.
    form = wizard.db_page.form
    assert form.local_radio.isChecked()
    form.sqlite_path.clear()
    db_path = tmp_path / "kantor" / "kesos.sqlite3"
    (tmp_path / "kantor").mkdir()
    qtbot.keyClicks(form.sqlite_path, str(db_path))
    wizard.next()
    assert wizard.currentPage() is wizard.scope_page

    # Page 2: Kabupaten Bengkayang.
    wizard.scope_page.select("61.07")
    assert wizard.scope_page.scope_code() == "61.07"
    wizard.next()
    page = wizard.admin_page
    assert wizard.currentPage() is page

    # Page 3: a mistake first, shown inline, then the fix.
    qtbot.keyClicks(page.full_name, "Rina Marlina")
    qtbot.keyClicks(page.password, "rahasia123")
    qtbot.keyClicks(page.repeat, "rahasia124")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "tidak sama" in page.error_label.text()
    assert controller.stage == "wizard"
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "rahasia123")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: controller.stage == "main", timeout=30_000)
    window = controller.main_window
    assert "Lokal (SQLite)" in window.db_label.text() and str(db_path) in window.db_label.text()
    assert "Rina Marlina" in window.user_label.text()
    assert {"Dasbor", "NIPD", "PPKS", "Arsip (TEGAR)", "Wilayah", "Pengguna", "Log Audit", "Pengaturan"} <= set(
        _sidebar_titles(window)
    )
    # A module's page is discovered once it has landed (NIPD has; a missing one says "belum tersedia").
    from kesos_desktop.views.nipd.page import NipdPage

    window.show_module("nipd")
    current = window.stack.currentWidget()
    assert isinstance(current, NipdPage) or current.findChild(NipdPage) is not None
    # The choice persisted, and the database holds what the wizard promised.
    assert config.load_database_choice().sqlite_path == str(db_path)
    db = Database.open(sqlite_url(db_path))
    try:
        assert wilayah.office_scope(db) == "61.07"
        assert auth.login(db, "admin", "rahasia123").full_name == "Rina Marlina"
    finally:
        db.dispose()


def _existing_db(url: str, role: str = "admin") -> None:
    db = Database.open(url)
    try:
        auth.create_user(
            db, auth.SYSTEM, username="admin", full_name="Admin Kantor", password="rahasia123", role="admin"
        )
        if role != "admin":
            admin = auth.login(db, "admin", "rahasia123")
            auth.create_user(db, admin, username="tamu", full_name="Tamu Kantor", password="rahasia123", role=role)
    finally:
        db.dispose()


def test_login_wrong_then_right_password(qtbot, controller_factory, db_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _existing_db(db_url)
    monkeypatch.setenv("KESOS_DATABASE_URL", db_url)
    controller = controller_factory()
    qtbot.waitUntil(lambda: controller.stage == "login", timeout=20_000)
    dialog = controller.login_dialog
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "salah")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisibleTo(dialog) and "salah" in dialog.error_label.text()
    assert controller.stage == "login"
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "rahasia123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.stage == "main", timeout=10_000)
    kind = "Lokal (SQLite)" if db_url.startswith("sqlite") else "Bersama (PostgreSQL)"
    assert kind in controller.main_window.db_label.text()


def test_viewer_sees_no_admin_pages(qtbot, controller_factory, sqlite_db_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _existing_db(sqlite_db_url, role="viewer")
    monkeypatch.setenv("KESOS_DATABASE_URL", sqlite_db_url)
    controller = controller_factory()
    qtbot.waitUntil(lambda: controller.stage == "login", timeout=20_000)
    dialog = controller.login_dialog
    dialog.username.setText("tamu")
    dialog.password.setText("rahasia123")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.stage == "main", timeout=10_000)
    titles = _sidebar_titles(controller.main_window)
    assert "Pengguna" not in titles and "Log Audit" not in titles and "Wilayah" in titles


def test_file_that_is_not_a_database_is_reported_and_left_alone(  # type: ignore[no-untyped-def]
    qtbot, controller_factory, tmp_path: Path, monkeypatch, message_boxes
) -> None:
    bogus = tmp_path / "dokumen.sqlite3"
    bogus.write_bytes(b"%PDF-1.4 bukan basis data" * 50)
    monkeypatch.setenv("KESOS_DATABASE_URL", sqlite_url(bogus))
    controller = controller_factory()
    qtbot.waitUntil(lambda: controller.stage == "quit", timeout=20_000)
    assert message_boxes and "bukan basis data" in message_boxes[0][1].lower()
    assert bogus.read_bytes().startswith(b"%PDF-1.4")


def test_settings_dialog_reports_unreachable_server_and_wrong_password(qtbot, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    import socket

    from kesos_desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    form = dialog.db_form
    qtbot.mouseClick(form.shared_radio, Qt.MouseButton.LeftButton)
    assert form.shared_radio.isChecked()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
    form.host.setText("127.0.0.1")
    form.port.setValue(free_port)
    with qtbot.waitSignal(form.tested, timeout=20_000) as blocker:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].code == "unreachable"
    assert "tidak dapat dihubungi" in form.result_label.text()

    form.port.setValue(pg_cluster.port)
    form.user.setText("postgres")
    form.password.setText("keliru")
    form.database.setText("postgres")
    with qtbot.waitSignal(form.tested, timeout=20_000):
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert "menolak" in form.result_label.text()
    assert form.test_button.isEnabled()


def test_settings_choice_persists(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.db_form.sqlite_path.setText(str(tmp_path / "lain.sqlite3"))
    dialog.save()
    assert dialog.restart_needed
    assert config.load_database_choice().url() == sqlite_url(tmp_path / "lain.sqlite3")
    assert connection.check(config.database_url()).code == "new"
