"""Main window: a sidebar of modules, a page area, and a status bar with database and user."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from kesos_desktop import APP_NAME, __version__, config
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth
from kesos_desktop.text import QT_TRANSLATE_NOOP
from kesos_desktop.views.common.messages import show_error
from kesos_desktop.views.icons import icon

GEOMETRY_KEY = "ui/main_window_geometry"
STATE_KEY = "ui/main_window_state"
SPLITTER_KEY = "ui/main_window_splitter"

PageFactory = Callable[[Database, auth.Actor], QWidget]


@dataclass(frozen=True)
class Module:
    key: str
    title: str  # QT_TRANSLATE_NOOP("kesos", ...)
    icon: str  # a name in resources/icons
    factory: PageFactory
    visible: Callable[[auth.Actor], bool] = lambda _a: True


def _module_page(package: str, title: str, description: str) -> PageFactory:
    """A module's page comes from ``kesos_desktop.views.<module>.page.create_page(db, actor)``
    once that module has landed; until then the page says it is not available yet."""

    def make(db: Database, actor: auth.Actor) -> QWidget:
        name = f"kesos_desktop.views.{package}.page"
        if importlib.util.find_spec(f"kesos_desktop.views.{package}") and importlib.util.find_spec(name):
            return importlib.import_module(name).create_page(db, actor)  # type: ignore[no-any-return]
        from kesos_desktop.views.common.placeholder import NotYetAvailable

        return NotYetAvailable(core_tr(title), core_tr(description))

    return make


def _dashboard(db: Database, actor: auth.Actor) -> QWidget:
    from kesos_desktop.views.dashboard import DashboardPage

    return DashboardPage(db, actor)


def _wilayah(db: Database, actor: auth.Actor) -> QWidget:
    from kesos_desktop.views.wilayah_view import WilayahView

    return WilayahView(db, actor)


def _users(db: Database, actor: auth.Actor) -> QWidget:
    from kesos_desktop.views.admin.users_view import UsersView

    return UsersView(db, actor)


def _audit(db: Database, actor: auth.Actor) -> QWidget:
    from kesos_desktop.views.admin.audit_view import AuditLogView

    return AuditLogView(db, actor)


def _backup(db: Database, actor: auth.Actor) -> QWidget:
    from kesos_desktop.views.admin.backup_view import BackupView

    return BackupView(db, actor)


MODULES: list[Module] = [
    Module("dashboard", QT_TRANSLATE_NOOP("kesos", "Dasbor"), "dashboard", _dashboard),
    Module(
        "nipd",
        QT_TRANSLATE_NOOP("kesos", "NIPD"),
        "nipd",
        _module_page(
            "nipd",
            QT_TRANSLATE_NOOP("kesos", "NIPD — Nomor Induk Perangkat Desa"),
            QT_TRANSLATE_NOOP("kesos", "Pendaftaran perangkat desa, penomoran NIPD, dan pencetakan kartu identitas."),
        ),
    ),
    Module(
        "ppks",
        QT_TRANSLATE_NOOP("kesos", "PPKS"),
        "ppks",
        _module_page(
            "ppks",
            QT_TRANSLATE_NOOP("kesos", "PPKS — Pemerlu Pelayanan Kesejahteraan Sosial"),
            QT_TRANSLATE_NOOP(
                "kesos", "Data PPKS 26 kategori per desa/kecamatan: entri, impor Excel, verifikasi, rekap."
            ),
        ),
    ),
    Module(
        "arsip",
        QT_TRANSLATE_NOOP("kesos", "Arsip (TEGAR)"),
        "arsip",
        _module_page(
            "arsip",
            QT_TRANSLATE_NOOP("kesos", "TEGAR — Tertib Gerakan Arsip"),
            QT_TRANSLATE_NOOP(
                "kesos", "Katalog arsip, retensi (JRA), lokasi simpan, label boks, peminjaman, dan pencarian."
            ),
        ),
    ),
    Module("wilayah", QT_TRANSLATE_NOOP("kesos", "Wilayah"), "wilayah", _wilayah),
    Module(
        "users",
        QT_TRANSLATE_NOOP("kesos", "Pengguna"),
        "users",
        _users,
        lambda a: a.can(auth.Perm.USERS_MANAGE),
    ),
    Module(
        "audit",
        QT_TRANSLATE_NOOP("kesos", "Log Audit"),
        "audit",
        _audit,
        lambda a: a.can(auth.Perm.AUDIT_VIEW),
    ),
    Module(
        "backup",
        QT_TRANSLATE_NOOP("kesos", "Cadangan"),
        "database",
        _backup,
        lambda a: a.can(auth.Perm.SETTINGS_MANAGE),
    ),
]


class MainWindow(QMainWindow):
    restart_requested = Signal()

    def __init__(self, db: Database, actor: auth.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(APP_NAME)
        self.modules = [m for m in MODULES if m.visible(actor)]
        self.pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setMaximumWidth(340)
        for m in self.modules:
            item = QListWidgetItem(icon(m.icon), core_tr(m.title))
            item.setData(Qt.ItemDataRole.UserRole, m.key)
            self.sidebar.addItem(item)
        settings_item = QListWidgetItem(icon("settings"), self.tr("Pengaturan"))
        settings_item.setData(Qt.ItemDataRole.UserRole, "settings")
        self.sidebar.addItem(settings_item)
        # A fixed row height: the style sheet's item padding is not always in the measured size, and the
        # selected (accent) row then overlaps its neighbours.
        row = QSize(0, max(36, self.sidebar.fontMetrics().height() + 18))
        for i in range(self.sidebar.count()):
            self.sidebar.item(i).setSizeHint(row)
        self.stack = QStackedWidget()
        self.splitter = splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 1000])
        self.setCentralWidget(splitter)
        self._apply_office_accent()
        self.sidebar.currentItemChanged.connect(self._on_sidebar)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    # --- structure ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        settings = QAction(icon("settings"), self.tr("&Pengaturan…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        backup = QAction(icon("database"), self.tr("&Cadangkan basis data…"), self)
        backup.triggered.connect(self.backup_database)
        backup.setEnabled(self.actor.can(auth.Perm.SETTINGS_MANAGE))
        file_menu.addAction(backup)
        file_menu.addSeparator()
        logout = QAction(icon("logout"), self.tr("&Keluar akun"), self)
        logout.triggered.connect(self.logout)
        file_menu.addAction(logout)
        quit_action = QAction(self.tr("Tutu&p aplikasi"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        self.help_action = QAction(self.tr("&Panduan pengguna"), self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.open_help)
        help_menu.addAction(self.help_action)
        # A modal form (PPKS entry, …) blocks even an application shortcut of this window, so each
        # modal dialog gets an F1 of its own when it takes the focus.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._give_modal_f1)
        help_menu.addSeparator()
        about = QAction(self.tr("&Tentang {app}").format(app=APP_NAME), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        kind = self.tr("Lokal (SQLite)") if self.db.is_sqlite else self.tr("Bersama (PostgreSQL)")
        self.db_label = QLabel(self.tr("Basis data: {kind} — {where}").format(kind=kind, where=self.db.describe()))
        self.user_label = QLabel(
            self.tr("Pengguna: {name} ({role})").format(
                name=self.actor.full_name, role=core_tr(auth.ROLE_LABELS[self.actor.role])
            )
        )
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    def page(self, key: str) -> QWidget:
        """The module's page, created on first use (keeps start-up fast)."""
        if key not in self.pages:
            module = next(m for m in self.modules if m.key == key)
            try:
                widget = module.factory(self.db, self.actor)
            except Exception as e:  # a broken page must not take the window down
                show_error(self, e)
                from kesos_desktop.views.common.placeholder import NotYetAvailable

                widget = NotYetAvailable(core_tr(module.title), self.tr("Halaman ini gagal dibuka."))
            widget.setObjectName(f"page_{key}")
            if hasattr(widget, "restart_requested"):  # e.g. after a restore: reopen the database, log in again
                widget.restart_requested.connect(self.restart_requested)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def show_module(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
                return
        raise KeyError(key)

    def _on_sidebar(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(Qt.ItemDataRole.UserRole)
        if key == "settings":
            self.open_settings()
            # Settings is a dialog, not a page: go back to where the user was.
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(previous)
            self.sidebar.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.page(key))

    # --- actions --------------------------------------------------------------------------------

    def open_settings(self) -> None:
        from kesos_desktop.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.actor, self)
        if dialog.exec() and dialog.restart_needed:
            answer = QMessageBox.question(
                self,
                self.tr("Mulai ulang"),
                self.tr("Perubahan berlaku setelah aplikasi dimulai ulang. Mulai ulang sekarang?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.restart_requested.emit()

    def backup_database(self) -> None:
        """Berkas > Cadangkan: the Cadangan page's "Cadangkan sekarang…"."""
        self.show_module("backup")
        page = self.pages.get("backup")
        if hasattr(page, "backup_now"):
            page.backup_now()

    def logout(self) -> None:
        self.restart_requested.emit()

    def current_page_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self.pages.items() if page is current), None)

    def _give_modal_f1(self, _old: QWidget | None, _new: QWidget | None) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal.property("kesos_f1"):
            return
        # Only this window's own dialogs: an earlier window (before a re-login) still listens and
        # would answer F1 with its user's role.
        owner = modal.parentWidget()
        while owner is not None and owner is not self:
            owner = owner.parentWidget()
        if owner is None:
            return
        modal.setProperty("kesos_f1", True)
        f1 = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), modal)
        f1.setContext(Qt.ShortcutContext.WindowShortcut)
        f1.activated.connect(self.open_help)

    def open_help(self) -> QWidget:
        """The guide at the chapter for this page and role (one window, brought to the front).
        Over a modal form the guide is that form's child: anything else would be blocked by it,
        while a child stays readable and scrollable beside the form (and closes with it)."""
        from kesos_desktop.views.help_view import HelpDialog, chapter_for

        chapter = chapter_for(self.current_page_key(), self.actor.role.value)
        modal = QApplication.activeModalWidget()
        if modal is not None:
            found = modal.findChildren(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
            help_dialog = found[0] if found else HelpDialog(modal, chapter=chapter)
            if found:
                help_dialog.open_chapter(chapter)
            help_dialog.show()
            help_dialog.raise_()
            help_dialog.activateWindow()
            return help_dialog
        if getattr(self, "help_dialog", None) is None:
            self.help_dialog = HelpDialog(self, chapter=chapter)
        else:
            self.help_dialog.open_chapter(chapter)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang {app}").format(app=APP_NAME),
            self.tr(
                "<h3>{app} {version}</h3><p>Aplikasi administrasi Dinas Sosial: NIPD, arsip (TEGAR), dan PPKS.</p>"
            ).format(app=APP_NAME, version=__version__),
        )

    # --- window state ---------------------------------------------------------------------------

    def _apply_office_accent(self) -> None:
        """The office's own colour (``office.accent_color``, shared by every PC), if it has chosen one."""
        from PySide6.QtWidgets import QApplication

        from kesos_desktop.services import office
        from kesos_desktop.views import style

        try:
            accent = office.get(self.db, office.ACCENT_KEY)
        except Exception:  # noqa: BLE001 - a colour is not worth failing the window for
            return
        app = QApplication.instance()
        if accent and isinstance(app, QApplication) and style.valid_accent(accent) != style.ACCENT:
            style.apply_accent(app, accent)

    def _restore_geometry(self) -> None:
        s = config.qsettings()
        geometry = s.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = s.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = s.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        s = config.qsettings()
        s.setValue(GEOMETRY_KEY, self.saveGeometry())
        s.setValue(STATE_KEY, self.saveState())
        s.setValue(SPLITTER_KEY, self.splitter.saveState())
        s.sync()
        super().closeEvent(event)
