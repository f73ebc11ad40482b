"""First-run wizard: choose the database, the office's wilayah scope, and create the first admin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kesos_desktop import APP_NAME, config, errors
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, bootstrap, connection, wilayah
from kesos_desktop.views.common.database_form import DatabaseForm


class DatabasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tempat penyimpanan data"))
        self.setSubTitle(
            self.tr(
                "Pilih Lokal bila aplikasi dipakai di satu komputer saja. Pilih Bersama bila kantor "
                "memiliki server PostgreSQL yang dipakai banyak komputer."
            )
        )
        self.form = DatabaseForm(parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        # Checked synchronously: the user pressed Next and waits for the answer anyway.
        report = connection.check(self.form.choice().url())
        self.form.show_report(report)
        return report.ok


class ScopePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Wilayah kerja kantor"))
        self.setSubTitle(
            self.tr(
                "Pilih provinsi dan kabupaten/kota kantor Anda. Daftar wilayah di aplikasi dibatasi pada cakupan ini."
            )
        )
        self.provinsi = QComboBox()
        self.kabupaten = QComboBox()
        for region in wilayah.national_children(None):
            self.provinsi.addItem(f"{region.code} {region.name}", region.code)
        self.provinsi.setEditable(True)
        self.provinsi.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kabupaten.setEditable(True)
        self.kabupaten.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for combo in (self.provinsi, self.kabupaten):
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
        self.provinsi.currentIndexChanged.connect(self._fill_kabupaten)
        form = QFormLayout(self)
        form.addRow(self.tr("&Provinsi:"), self.provinsi)
        form.addRow(self.tr("&Kabupaten/Kota:"), self.kabupaten)
        self.provinsi.setCurrentIndex(-1)
        self.provinsi.setCurrentIndex(0)

    def _fill_kabupaten(self) -> None:
        self.kabupaten.clear()
        code = self.provinsi.currentData()
        if not code:
            return
        self.kabupaten.addItem(self.tr("(seluruh provinsi)"), code)
        for region in wilayah.national_children(code):
            self.kabupaten.addItem(f"{region.code} {region.name}", region.code)
        self.kabupaten.setCurrentIndex(1 if self.kabupaten.count() > 1 else 0)

    def select(self, code: str) -> None:
        """Select a province or regency by code (the wizard's default, and tests)."""
        prov = code.split(".")[0]
        self.provinsi.setCurrentIndex(self.provinsi.findData(prov))
        self.kabupaten.setCurrentIndex(self.kabupaten.findData(code))

    def scope_code(self) -> str | None:
        return self.kabupaten.currentData() or self.provinsi.currentData()

    def validatePage(self) -> bool:
        return self.scope_code() is not None


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Akun admin pertama"))
        self.setSubTitle(
            self.tr("Admin mengelola pengguna, pengaturan, dan seluruh data. Simpan kata sandinya baik-baik.")
        )
        self.username = QLineEdit("admin")
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.repeat)
        form.addRow(self.error_label)

    def validatePage(self) -> bool:
        if not self.full_name.text().strip():
            return self._fail(self.tr("Nama lengkap wajib diisi."), self.full_name)
        if len(self.password.text()) < auth.MIN_PASSWORD_LENGTH:
            return self._fail(
                self.tr("Kata sandi minimal {n} karakter.").format(n=auth.MIN_PASSWORD_LENGTH), self.password
            )
        if self.password.text() != self.repeat.text():
            return self._fail(self.tr("Kedua kata sandi tidak sama."), self.repeat)
        self.error_label.clear()
        return True

    def _fail(self, text: str, field: QLineEdit) -> bool:
        self.error_label.setText(text)
        field.setFocus()
        field.selectAll()
        return False


class FirstRunWizard(QWizard):
    """On accept, ``self.db`` is a ready database with the admin created and the scope set."""

    def __init__(self, parent: QWidget | None = None, *, ask_database: bool = True, url: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selamat datang di {app}").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setMinimumSize(640, 460)
        self._fixed_url = url
        self.db_page = DatabasePage() if ask_database else None
        if self.db_page is not None:
            self.addPage(self.db_page)
        self.scope_page = ScopePage()
        self.admin_page = AdminPage()
        self.addPage(self.scope_page)
        self.addPage(self.admin_page)
        self.db: Database | None = None
        self.actor: auth.Actor | None = None

    def url(self) -> str:
        if self.db_page is not None:
            return self.db_page.form.choice().url()
        return self._fixed_url or config.database_url()

    def accept(self) -> None:
        """Prepare the database in a job with progress, then create the admin and set the scope."""
        from kesos_desktop.tasks import run_job

        # QWizard validates the last page in done(); the job must not start before that check.
        if not self.validateCurrentPage():
            return
        url = self.url()
        scope = self.scope_page.scope_code()
        username = self.admin_page.username.text()
        full_name = self.admin_page.full_name.text()
        password = self.admin_page.password.text()
        # Texts translated here on the GUI thread; the worker only uses them.
        step_schema = self.tr("Menyiapkan struktur basis data…")
        step_regions = self.tr("Mengisi daftar wilayah…")
        has_users = self.tr("Basis data ini sudah memiliki pengguna. Masuk dengan akun yang ada.")

        def work(ctx):  # type: ignore[no-untyped-def]
            ctx.step(0, 0, step_schema)
            prepared = bootstrap.prepare(url, lambda d, t: ctx.step(d, t, step_regions))
            db = prepared.db
            try:
                if auth.user_count(db) > 0:
                    raise errors.KnownError(has_users)
                auth.create_user(
                    db, auth.SYSTEM, username=username, full_name=full_name, password=password, role=auth.Role.ADMIN
                )
                actor = auth.login(db, username, password)
                if scope:
                    wilayah.set_office_scope(db, actor, scope)
            except BaseException:
                db.dispose()
                raise
            return db, actor

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.db, self.actor = result
            if self.db_page is not None:
                config.save_database_choice(self.db_page.form.choice())
            config.put(config.LAST_USERNAME, self.actor.username)
            super(FirstRunWizard, self).accept()

        def failed(exc: BaseException) -> None:
            from kesos_desktop.views.common.messages import show_error

            show_error(self, exc)

        run_job(
            self,
            self.tr("Menyiapkan {app}").format(app=APP_NAME),
            work,
            on_success=done,
            on_failure=failed,
            cancellable=False,
        )
