"""The admin's Cadangan page driven as an admin would: back up now, restore (with a confirmation that
names the file, its date and what it holds), the automatic copies and their settings; and the whole
app reopening the database and asking for a new login after a restore."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kesos_desktop import app as app_module
from kesos_desktop import config, errors, paths
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, backup, ppks_demo, wilayah
from kesos_desktop.views.admin.backup_view import BackupView
from kesos_desktop.views.main_window import MainWindow


@pytest.fixture
def gdb(sqlite_db_url: str) -> Iterator[Database]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    wilayah.set_office_scope(db, auth.login(db, "admin", "rahasia123"), "61.07")
    ppks_demo.generate(db, 50)
    yield db
    db.dispose()


def ppks_count(db: Database) -> int:
    return backup.table_counts(db)["ppks_person"]


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_admin_backs_up_then_restores_from_the_page(
    qtbot: QtBot, gdb: Database, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    admin = auth.login(gdb, "admin", "rahasia123")
    page = BackupView(gdb, admin)
    qtbot.addWidget(page)
    page.show()

    target = tmp_path / "flashdisk" / "kantor"  # no suffix typed: the page adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(page.backup_done, timeout=20_000) as done:
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    made = done.args[0]
    assert made == target.with_suffix(".sqlite3") and made.exists()
    assert message_boxes and message_boxes[-1][0] == "Cadangan selesai" and str(made) in message_boxes[-1][1]

    ppks_demo.generate(gdb, 25, seed=4)  # work after the backup
    assert ppks_count(gdb) == 75
    asked = answer_yes(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(made), "")))
    with qtbot.waitSignal(page.restart_requested, timeout=30_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    text = asked[0]
    assert "kantor.sqlite3" in text
    assert datetime.fromtimestamp(made.stat().st_mtime).strftime("%d/%m/%Y") in text  # the Indonesian date format
    assert "50 data PPKS" in text and "1 pengguna" in text
    assert ppks_count(gdb) == 50
    assert message_boxes[-1][0] == "Pemulihan selesai" and "masuk lagi" in message_boxes[-1][1]
    safety = list((gdb.sqlite_path.parent / "cadangan").glob("*-sebelum-pemulihan-*.sqlite3"))  # type: ignore[union-attr]
    assert len(safety) == 1 and backup.inspect_backup(safety[0]).counts["ppks_person"] == 75


def test_restore_refuses_a_foreign_file_and_a_no_keeps_data(
    qtbot: QtBot, gdb: Database, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    admin = auth.login(gdb, "admin", "rahasia123")
    page = BackupView(gdb, admin)
    qtbot.addWidget(page)
    other = tmp_path / "foto.sqlite3"
    other.write_bytes(b"\x89PNG bukan basis data")
    page.restore_from(other)
    qtbot.waitUntil(lambda: bool(message_boxes) and page.restore_button.isEnabled())
    assert "bukan cadangan basis data Kesos" in message_boxes[-1][1]

    copy = backup.backup(gdb, admin, tmp_path / "b.sqlite3")
    ppks_demo.generate(gdb, 5, seed=8)
    page.restore_from(copy)  # the message_boxes fixture answers "No"
    qtbot.waitUntil(lambda: page.restore_button.isEnabled())
    assert "b.sqlite3" in message_boxes[-1][1]
    assert ppks_count(gdb) == 55


def test_automatic_copies_listed_and_settings_saved(
    qtbot: QtBot, gdb: Database, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    admin = auth.login(gdb, "admin", "rahasia123")
    page = BackupView(gdb, admin)
    qtbot.addWidget(page)
    page.show()
    assert page.auto_enabled.isChecked() and page.auto_keep.value() == 7
    assert Path(page.auto_folder.text()) == paths.data_dir() / "cadangan"
    assert page.auto_table.rowCount() == 0

    folder = tmp_path / "harian"
    page.auto_folder.clear()
    qtbot.keyClicks(page.auto_folder, str(folder))
    qtbot.keyClick(page.auto_folder, Qt.Key.Key_Return)
    page.auto_keep.clear()
    qtbot.keyClicks(page.auto_keep, "2")
    qtbot.mouseClick(page.auto_enabled, Qt.MouseButton.LeftButton)
    assert config.backup_auto_dir() == folder and config.get(config.BACKUP_AUTO_KEEP) == 2
    assert config.get(config.BACKUP_AUTO_ENABLED) is False
    assert "mati" in page.auto_status.text()

    day = datetime(2026, 11, 1, 7, 30)
    for i in range(3):
        backup.run_auto_backup(gdb, folder, keep=2, now=day + timedelta(days=i))
    page.refresh()
    assert page.auto_table.rowCount() == 2
    assert page.auto_table.item(0, 0).text() == "03/11/2026 07:30"  # local file-name time, Indonesian format
    assert page.auto_table.item(0, 2).text() == "kesos-otomatis-20261103-073000.sqlite3"
    assert not page.restore_selected_button.isEnabled()
    page.auto_table.selectRow(1)
    assert page.restore_selected_button.isEnabled()
    asked = answer_yes(monkeypatch)
    ppks_demo.generate(gdb, 5, seed=6)
    with qtbot.waitSignal(page.restart_requested, timeout=30_000):
        qtbot.mouseClick(page.restore_selected_button, Qt.MouseButton.LeftButton)
    assert "kesos-otomatis-20261102-073000.sqlite3" in asked[0]
    assert ppks_count(gdb) == 50


def test_page_is_for_admins_only(gdb: Database) -> None:
    admin = auth.login(gdb, "admin", "rahasia123")
    auth.create_user(gdb, admin, username="ver", full_name="Ver", password="rahasia123", role="verifikator")
    with pytest.raises(errors.PermissionDenied):
        BackupView(gdb, auth.login(gdb, "ver", "rahasia123"))
    window = MainWindow(gdb, auth.login(gdb, "ver", "rahasia123"))
    try:
        assert "backup" not in [m.key for m in window.modules]
    finally:
        window.close()
        window.deleteLater()


@pytest.fixture
def controller(qtbot, qapp: QApplication, gdb: Database, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KESOS_DATABASE_URL", gdb.url.render_as_string(hide_password=False))
    c = app_module.create_app([], exec=False)
    assert isinstance(c, app_module.AppController)
    yield c
    if c.main_window is not None:
        c.main_window.restart_requested.disconnect()
        c.main_window.close()
    if c.login_dialog is not None:
        c.login_dialog.close()
    c._dispose_db()


def login(qtbot: QtBot, c: app_module.AppController) -> MainWindow:
    qtbot.waitUntil(lambda: c.stage == "login", timeout=20_000)
    dialog = c.login_dialog
    dialog.username.setText("admin")
    dialog.password.setText("rahasia123")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.stage == "main", timeout=20_000)
    return c.main_window


def test_app_makes_the_daily_copy_and_reopens_after_a_restore(
    qtbot: QtBot, controller, gdb: Database, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = login(qtbot, controller)
    # The daily copy runs in the background once the main window is up.
    folder = config.backup_auto_dir()
    qtbot.waitUntil(
        lambda: not controller.auto_backup.running and len(backup.auto_backups(folder, "kesos")) == 1, timeout=20_000
    )
    auto = backup.auto_backups(folder, "kesos")[0]
    assert backup.inspect_backup(auto.path).counts["ppks_person"] == 50
    with qtbot.waitSignal(controller.auto_backup.finished, timeout=20_000) as again:
        assert controller.auto_backup.check()
    assert again.args == [None]  # the hourly check: nothing due yet
    assert len(backup.auto_backups(folder, "kesos")) == 1

    window.show_module("backup")
    page = window.stack.currentWidget()
    assert isinstance(page, BackupView) and page.auto_table.rowCount() == 1
    ppks_demo.generate(gdb, 10, seed=3)
    gdb.dispose()  # this test's own connections: a restore refuses a file another connection holds open
    answer_yes(monkeypatch)
    page.auto_table.selectRow(0)
    qtbot.mouseClick(page.restore_selected_button, Qt.MouseButton.LeftButton)
    # The window closes, the database is opened again, and the admin logs in again.
    qtbot.waitUntil(lambda: controller.stage == "login", timeout=30_000)
    assert controller.main_window is None
    window = login(qtbot, controller)
    assert ppks_count(controller.db) == 50
    assert "Pemulihan selesai" in [t for t, _x in message_boxes]


def test_postgres_backup_and_restore_from_the_page(
    qtbot: QtBot, pg_url: str, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    if backup.find_pg_tool("pg_dump") is None:
        pytest.skip("pg_dump/pg_restore tidak terpasang")
    db = Database.open(pg_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        admin = auth.login(db, "admin", "rahasia123")
        page = BackupView(db, admin)
        qtbot.addWidget(page)
        assert not page.auto_group.isEnabled()  # the server is backed up on the server
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "k"), "")))
        with qtbot.waitSignal(page.backup_done, timeout=30_000) as done:
            qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
        assert done.args[0] == tmp_path / "k.dump"
        auth.create_user(db, admin, username="baru", full_name="Baru", password="rahasia123", role="viewer")
        asked = answer_yes(monkeypatch)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "k.dump"), ""))
        )
        with qtbot.waitSignal(page.restart_requested, timeout=60_000):
            qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        assert "k.dump" in asked[0] and "1 pengguna" in asked[0]
        assert {u.username for u in auth.list_users(db, auth.SYSTEM)} == {"admin"}
    finally:
        db.dispose()


def test_restore_shows_the_problems_the_consistency_check_finds(
    qtbot: QtBot, gdb: Database, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    admin = auth.login(gdb, "admin", "rahasia123")
    from datetime import date

    from kesos_desktop.services import arsip

    arsip.ensure_starter_scheme(gdb, admin)
    rec = arsip.create_berkas(
        gdb, admin,
        arsip.BerkasInput(kode="400", uraian="Berkas uji", tanggal_mulai=date(2020, 1, 1),
                          tanggal_selesai=date(2020, 6, 1), unit_pengolah="Sekretariat"),
    )  # fmt: skip
    with gdb.write() as s:  # a rule the check knows, broken: a record marked as lent without a loan
        s.execute(text("UPDATE arsip_berkas SET status = 'dipinjam' WHERE id = :id"), {"id": rec.id})
    copy = backup.backup(gdb, admin, tmp_path / "rusak.sqlite3")
    page = BackupView(gdb, admin)
    qtbot.addWidget(page)
    answer_yes(monkeypatch)
    with qtbot.waitSignal(page.restart_requested, timeout=30_000):
        page.restore_from(copy)
    title, body = message_boxes[-1]
    assert title == "Pemulihan selesai, data perlu diperiksa"
    assert "rusak.sqlite3" in body and "1 masalah" in body and "dipinjam tanpa peminjaman terbuka" in body


def test_postgres_client_folder_is_chosen_on_the_page(
    qtbot: QtBot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(backup, "_pg_bin_setting", "")  # whatever the page sets is undone afterwards
    monkeypatch.delenv(backup.ENV_PG_BIN, raising=False)
    folder = tmp_path / "PostgreSQL" / "16" / "bin"
    folder.mkdir(parents=True)
    fake = folder / "pg_dump"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    db = Database.open(pg_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        page = BackupView(db, auth.login(db, "admin", "rahasia123"))
        qtbot.addWidget(page)
        page.show()
        assert page.pg_group.isVisible() and str(fake) not in page.pg_tool_status.text()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
        qtbot.mouseClick(page.findChild(QPushButton, "pg_bin_choose"), Qt.MouseButton.LeftButton)
        assert page.pg_tool_status.text() == f"Dipakai: {fake}"
        assert config.get(config.BACKUP_PG_BIN) == str(folder) and backup.find_pg_tool("pg_dump") == str(fake)
        page.pg_bin.clear()
        qtbot.keyClicks(page.pg_bin, str(tmp_path / "salah"))
        qtbot.keyClick(page.pg_bin, Qt.Key.Key_Return)
        assert str(fake) not in page.pg_tool_status.text()
    finally:
        config.put(config.BACKUP_PG_BIN, "")
        db.dispose()
