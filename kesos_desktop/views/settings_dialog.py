"""Settings: database choice, the office's scope, language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import config, errors
from kesos_desktop.i18n import LANGUAGES
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, wilayah
from kesos_desktop.views.common.database_form import DatabaseForm
from kesos_desktop.views.common.messages import show_error


class SettingsDialog(QDialog):
    """``restart_needed`` is True after accept when the database or language changed."""

    def __init__(
        self, db: Database | None = None, actor: auth.Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.restart_needed = False
        self.setWindowTitle(self.tr("Pengaturan"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()

        self.original_choice = config.load_database_choice()
        self.db_form = DatabaseForm(self.original_choice)
        db_tab = QWidget()
        db_layout = QVBoxLayout(db_tab)
        if config.database_url_overridden():
            note = QLabel(
                self.tr(
                    "Basis data sedang ditentukan oleh variabel lingkungan KESOS_DATABASE_URL; pengaturan di bawah diabaikan."
                )
            )
            note.setWordWrap(True)
            db_layout.addWidget(note)
        db_layout.addWidget(self.db_form)
        self.tabs.addTab(db_tab, self.tr("Basis data"))

        office_tab = QWidget()
        office_form = QFormLayout(office_tab)
        self.scope_combo = QComboBox()
        self.scope_combo.setEditable(True)
        self.scope_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sized by a typical name, not the longest of 500+ regions (that pushed the label out of view).
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_combo.setMinimumContentsLength(28)
        self.current_scope = wilayah.office_scope(db) if db is not None else None
        if db is not None:
            # The province leads each kabupaten's text (no indenting spaces): typing "bengkayang" or
            # "61.07" finds the entry anywhere in its text.
            for prov in wilayah.children(db, None):
                self.scope_combo.addItem(f"{prov.code} {prov.name}", prov.code)
                for kab in wilayah.children(db, prov.code):
                    self.scope_combo.addItem(f"{kab.code} {prov.name} › {kab.name}", kab.code)
            completer = self.scope_combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            if self.current_scope:
                self.scope_combo.setCurrentIndex(self.scope_combo.findData(self.current_scope))
        can_manage = actor is not None and actor.can(auth.Perm.SETTINGS_MANAGE)
        self.scope_combo.setEnabled(db is not None and can_manage)
        office_form.addRow(self.tr("Cakupan wilayah kantor:"), self.scope_combo)
        from kesos_desktop.i18n import tr as core_tr
        from kesos_desktop.services import office
        from kesos_desktop.views import icons, style

        self.accent_combo = QComboBox()
        self.accent_combo.setObjectName("accent")
        self.current_accent = (office.get(db, office.ACCENT_KEY) if db is not None else None) or style.DEFAULT_ACCENT
        for color, label in style.ACCENT_CHOICES.items():
            self.accent_combo.addItem(icons.swatch(color), core_tr(label), color)
        if self.accent_combo.findData(self.current_accent) < 0:
            self.accent_combo.addItem(icons.swatch(self.current_accent), self.current_accent, self.current_accent)
        self.accent_combo.setCurrentIndex(self.accent_combo.findData(self.current_accent))
        self.accent_combo.setEnabled(db is not None and can_manage)
        self.accent_combo.setToolTip(self.tr("Warna sorotan aplikasi di semua komputer kantor ini"))
        office_form.addRow(self.tr("Warna aplikasi:"), self.accent_combo)
        # Printed at the head of labels, lists and reports, on every PC of the office.
        self.current_name = (office.get(db, office.OFFICE_NAME_KEY) if db is not None else None) or ""
        self.office_name = QLineEdit(self.current_name)
        self.office_name.setObjectName("office_name")
        self.office_name.setPlaceholderText(self.tr("mis. Dinas Sosial Kabupaten Bengkayang"))
        self.office_name.setEnabled(db is not None and can_manage)
        office_form.addRow(self.tr("Nama kantor:"), self.office_name)
        if not can_manage:
            office_form.addRow(QLabel(self.tr("Hanya admin yang dapat mengubah cakupan kantor.")))
        self.tabs.addTab(office_tab, self.tr("Kantor"))

        ui_tab = QWidget()
        ui_form = QFormLayout(ui_tab)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(config.get(config.UI_LANGUAGE))))
        ui_form.addRow(self.tr("Bahasa:"), self.language)
        self.language_note = QLabel(self.tr("Bahasa baru berlaku setelah aplikasi dimulai ulang."))
        self.language_note.setWordWrap(True)
        ui_form.addRow(self.language_note)
        self.tabs.addTab(ui_tab, self.tr("Tampilan"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        from PySide6.QtGui import QKeySequence

        from kesos_desktop.views.icons import decorate

        decorate(buttons.button(QDialogButtonBox.StandardButton.Save), "save", QKeySequence.StandardKey.Save)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def save(self) -> None:
        choice = self.db_form.choice()
        if choice != self.original_choice:
            from kesos_desktop.services import connection

            report = connection.check(choice.url())
            self.db_form.show_report(report)
            if not report.ok:
                self.tabs.setCurrentIndex(0)
                answer = QMessageBox.question(
                    self,
                    self.tr("Koneksi gagal"),
                    self.tr("Basis data yang dipilih belum dapat dipakai. Simpan pengaturan ini tetap?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            config.save_database_choice(choice)
            self.restart_needed = True
        scope = self.scope_combo.currentData()
        if self.db is not None and self.actor is not None and scope and scope != self.current_scope:
            try:
                wilayah.set_office_scope(self.db, self.actor, scope)
            except errors.KnownError as e:
                show_error(self, e)
                return
        name = " ".join(self.office_name.text().split())
        if self.db is not None and self.actor is not None and name and name != self.current_name:
            from kesos_desktop.services import office

            try:
                office.set_value(self.db, self.actor, office.OFFICE_NAME_KEY, name)
            except errors.KnownError as e:
                show_error(self, e)
                return
        accent = self.accent_combo.currentData()
        if self.db is not None and self.actor is not None and accent and accent != self.current_accent:
            from PySide6.QtWidgets import QApplication

            from kesos_desktop.services import office
            from kesos_desktop.views import style

            try:
                office.set_value(self.db, self.actor, office.ACCENT_KEY, accent)
            except errors.KnownError as e:
                show_error(self, e)
                return
            app = QApplication.instance()
            if isinstance(app, QApplication):
                style.apply_accent(app, accent)  # at once here; other PCs at their next start
        language = self.language.currentData()
        if language != config.get(config.UI_LANGUAGE):
            config.put(config.UI_LANGUAGE, language)
            self.restart_needed = True
        self.accept()
