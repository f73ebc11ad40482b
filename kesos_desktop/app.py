"""Application start: settings -> database (first-run wizard when new) -> login -> main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from kesos_desktop import APP_ID, APP_NAME, ORG_DOMAIN, ORG_NAME, __version__, config
from kesos_desktop import log as app_log


class AppController(QObject):
    """Drives the start-up dialogs without nested event loops, so tests can step through them."""

    main_window_shown = Signal(object)
    stage_changed = Signal(str)  # "wizard" | "opening" | "login" | "main" | "quit"

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.db = None
        self.actor = None
        self.wizard = None
        self.login_dialog = None
        self.main_window = None
        self.auto_backup = None
        self.stage = ""

    def _set_stage(self, stage: str) -> None:
        self.stage = stage
        app_log.log.info("Start-up stage: %s", stage)  # support reads how far a failed start got
        self.stage_changed.emit(stage)

    def start(self) -> None:
        if not config.database_url_overridden() and not config.has_saved_choice():
            self.show_wizard(ask_database=True)
        else:
            self.open_database(config.database_url())

    # --- first run --------------------------------------------------------------------------

    def show_wizard(self, *, ask_database: bool, url: str | None = None) -> None:
        from kesos_desktop.views.first_run import FirstRunWizard

        self.wizard = FirstRunWizard(ask_database=ask_database, url=url)
        self.wizard.finished.connect(self._wizard_finished)
        self._set_stage("wizard")
        self.wizard.show()

    def _wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        if result and wizard.db is not None and wizard.actor is not None:
            self._replace_db(wizard.db)
            self.show_main(wizard.actor)
        else:
            self.quit()

    # --- opening the database ---------------------------------------------------------------

    def open_database(self, url: str) -> None:
        """Show the login dialog at once and open the database behind it (SQLAlchemy loads meanwhile)."""
        from kesos_desktop.tasks import Op

        self.show_login(None)
        self._set_stage("opening")

        def work():  # type: ignore[no-untyped-def]
            from kesos_desktop.services import auth, bootstrap

            prepared = bootstrap.prepare(url)
            return prepared, auth.user_count(prepared.db)

        Op(None, work).success(self._opened).failure(self._open_failed).run()

    def _opened(self, result) -> None:  # type: ignore[no-untyped-def]
        prepared, users = result
        self._replace_db(prepared.db)
        if prepared.backup is not None:
            app_log.log.info("Backup before schema upgrade: %s", prepared.backup)
        if users == 0:
            self._close_login()
            self.show_wizard(ask_database=False, url=prepared.db.url.render_as_string(hide_password=False))
        elif self.login_dialog is not None:
            self._set_stage("login")
            self.login_dialog.set_database(prepared.db)

    def _close_login(self) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._login_finished)
            dialog.close()
            dialog.deleteLater()

    def _open_failed(self, exc: BaseException) -> None:
        from kesos_desktop.views.common.messages import error_text

        self._close_login()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Basis data tidak dapat dibuka"), error_text(exc))
        settings = box.addButton(self.tr("Pengaturan basis data…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keluar"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is settings:
            self.open_settings_then_retry()
        else:
            self.quit()

    def open_settings_then_retry(self) -> None:
        from kesos_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(None, None)
        if dialog.exec():
            self._dispose_db()
            from kesos_desktop import i18n

            i18n.install(self.app, config.get(config.UI_LANGUAGE))  # a language chosen here applies at once
            self.start()
        else:
            self.quit()

    # --- login and main window ----------------------------------------------------------------

    def show_login(self, db=None) -> None:  # type: ignore[no-untyped-def]
        from kesos_desktop.views.login import LoginDialog

        self.login_dialog = LoginDialog(db)
        self.login_dialog.finished.connect(self._login_finished)
        self._set_stage("login" if db is not None else "opening")
        self.login_dialog.show()

    def _login_finished(self, result: int) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result and dialog.actor is not None:
            self.show_main(dialog.actor)
        elif dialog.wants_settings:
            self.open_settings_then_retry()
        else:
            self.quit()

    def show_main(self, actor) -> None:  # type: ignore[no-untyped-def]
        from kesos_desktop.views.main_window import MainWindow

        self.actor = actor
        self.main_window = MainWindow(self.db, actor)
        self.main_window.restart_requested.connect(self.restart)
        self._set_stage("main")
        self.main_window.show()
        self.main_window_shown.emit(self.main_window)
        self._start_auto_backup()

    def _start_auto_backup(self) -> None:
        """The daily copy of a local SQLite file: checked now, then hourly while the app runs."""
        from kesos_desktop.auto_backup import AutoBackupScheduler

        if self.auto_backup is not None:
            self.auto_backup.stop()
        self.auto_backup = AutoBackupScheduler(self.db, self)
        self.auto_backup.start()

    def restart(self) -> None:
        """Log out (or apply new settings): close the window and start over."""
        self._set_stage("restarting")  # so closing the window does not quit the app
        window, self.main_window = self.main_window, None
        if window is not None:
            window.restart_requested.disconnect(self.restart)
            window.close()
            window.deleteLater()
        self._dispose_db()
        from kesos_desktop import i18n

        i18n.install(self.app, config.get(config.UI_LANGUAGE))
        self.start()

    # --- helpers ------------------------------------------------------------------------------

    def _replace_db(self, db) -> None:  # type: ignore[no-untyped-def]
        if self.db is not None and self.db is not db:
            self.db.dispose()
        self.db = db

    def _dispose_db(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.stop()
            self.auto_backup = None
        if self.db is not None:
            self.db.dispose()
            self.db = None

    def quit(self) -> None:
        self._set_stage("quit")
        self._dispose_db()
        self.app.quit()


def _application(argv: Sequence[str] | None) -> QApplication:
    if QApplication.instance() is None:
        # Before the application exists: 125 % / 150 % screens get exact scaling (Qt 6's default, made explicit
        # so an environment variable or a future default cannot round it to 100 % / 200 %).
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    if getattr(sys, "frozen", False):
        _forget_bundle_qt_paths(app)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setQuitOnLastWindowClosed(False)

    from kesos_desktop import i18n
    from kesos_desktop.views import style

    i18n.install(app, config.get(config.UI_LANGUAGE))
    style.apply(app)
    return app


def _forget_bundle_qt_paths(app: QApplication) -> None:
    """In the bundle, PyInstaller points QT_PLUGIN_PATH/QML2_IMPORT_PATH at our Qt. This process has read them
    (the plugin paths are fixed once the application exists); a PDF viewer or file manager it opens must not
    inherit them, or it would load our Qt's plugins into its own Qt."""
    import os

    app.libraryPaths()  # computed and kept now, from the variables still set
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        os.environ.pop(name, None)


def create_app(argv: Sequence[str] | None = None, *, exec: bool = False) -> AppController | int:  # noqa: A002
    """Build the application and start the flow. ``exec=False`` (tests) returns the controller."""
    app = _application(argv)
    controller = AppController(app)
    app.aboutToQuit.connect(_shutdown_tasks)
    app.lastWindowClosed.connect(lambda: controller.quit() if controller.stage == "main" else None)
    controller.start()
    if not exec:
        return controller
    return app.exec()


def _shutdown_tasks() -> None:
    from kesos_desktop import tasks

    tasks.task_manager().shutdown()


SMOKE_TIMEOUT_MS = 120_000


def smoke_test(argv: Sequence[str] | None = None) -> int:
    """``--smoke-test``: open the main window on a fresh SQLite database, no dialogs, then quit.

    Checks an installed copy or a bundle end to end (Qt plugins, migrations, wilayah data, module
    pages). Works in a throwaway folder under the data dir, so the office database is never touched.
    Prints ``MAIN_WINDOW_OK <title>`` and the sidebar entries and returns 0, or prints
    ``SMOKE_FAILED ...`` and returns 1.
    """
    import os
    import secrets
    import shutil
    import tempfile
    import time

    from PySide6.QtCore import QTimer

    from kesos_desktop import paths, tasks
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.services import auth, bootstrap
    from kesos_desktop.views.common.placeholder import NotYetAvailable
    from kesos_desktop.views.main_window import MainWindow

    app = _application(argv)

    def say(line: str) -> None:
        # Also logged: a Windows GUI program has no console to print to.
        print(line, flush=True)
        app_log.log.info("smoke test: %s", line)

    def hung() -> None:  # e.g. a modal error box nobody can answer
        say("SMOKE_FAILED timeout")
        os._exit(3)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(hung)
    watchdog.start(SMOKE_TIMEOUT_MS)
    folder = Path(tempfile.mkdtemp(prefix="smoke-", dir=paths.data_dir()))
    db = window = None
    failed: list[str] = []
    try:
        db = bootstrap.prepare(sqlite_url(folder / "kesos.sqlite3")).db
        password = secrets.token_urlsafe(16)
        auth.create_user(db, auth.SYSTEM, username="smoke", full_name="Uji", password=password, role=auth.Role.ADMIN)
        window = MainWindow(db, auth.login(db, "smoke", password))
        window.show()
        # Every module page, so one that is missing from a bundle shows up here.
        for module in window.modules:
            try:
                page = module.factory(db, window.actor)
            except Exception as e:  # noqa: BLE001 - reported, not raised: the report is the point
                failed.append(f"{module.key}: {e!r}")
                continue
            if isinstance(page, NotYetAvailable):
                failed.append(f"{module.key}: not available")
            page.setParent(window)
        problem = _smoke_pdf(folder)
        if problem:
            failed.append(problem)
        while tasks.task_manager().pending():
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        if failed:
            say("SMOKE_FAILED " + "; ".join(failed))
            return 1
        say(f"MAIN_WINDOW_OK {window.windowTitle()}")
        # In the language from the settings: shows that the bundled translations load.
        say("SIDEBAR " + " | ".join(window.sidebar.item(i).text() for i in range(window.sidebar.count())))
        return 0
    finally:
        watchdog.stop()
        tasks.task_manager().shutdown(timeout=10)
        if window is not None:
            window.hide()
            window.deleteLater()
        if db is not None:
            db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _smoke_pdf(folder: Path) -> str | None:
    """The print preview's parts: QtPdf renders a reportlab PDF, QPrinter prints the page to a file."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen import canvas

    source, printed = folder / "smoke.pdf", folder / "printed.pdf"
    pdf = canvas.Canvas(str(source))
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 720, APP_NAME)
    pdf.save()
    document = QPdfDocument()
    document.load(str(source))
    image = document.render(0, QSize(210, 297)) if document.pageCount() == 1 else None
    if image is None or image.isNull():
        return f"pdf: QtPdf could not render ({document.error()})"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    painter = QPainter()
    if not painter.begin(printer):
        return "pdf: QPrinter did not start"
    painter.drawImage(0, 0, image)
    painter.end()
    document.close()
    return None if printed.stat().st_size > 0 else "pdf: nothing printed"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv)
    if "--version" in args[1:]:
        print(f"{APP_NAME} {__version__}")
        return 0
    if "--smoke-test" in args[1:]:
        app_log.setup()
        return smoke_test(args)
    app_log.setup()
    app_log.install_qt_message_handler()
    app_log.install_excepthook()
    result = create_app(args, exec=True)
    assert isinstance(result, int)
    return result
