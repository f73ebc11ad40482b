"""Login dialog. Errors show inline under the fields; nothing modal to click away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import APP_NAME, config, errors

if TYPE_CHECKING:
    from kesos_desktop.models.db import Database
    from kesos_desktop.services.auth import Actor


class LoginDialog(QDialog):
    """Shown at once; the database may still be opening (``db`` None) while the user types."""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.wants_settings = False
        self.setWindowTitle(self.tr("Masuk — {app}").format(app=APP_NAME))
        self.setMinimumWidth(380)

        title = QLabel(f"<h2>{APP_NAME}</h2>")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #555;")
        self.username = QLineEdit(config.get(config.LAST_USERNAME))
        self.username.setPlaceholderText(self.tr("nama pengguna"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("&Kata sandi:"), self.password)

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.settings_button = QPushButton(self.tr("Pengaturan basis data…"))
        self.settings_button.setFlat(True)
        buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.settings_button.clicked.connect(self._open_settings)
        buttons.accepted.connect(self._try_login)
        buttons.rejected.connect(self.reject)
        # Enter is handled by the fields themselves: in the name it moves on, in the password it logs in.
        for b in buttons.buttons():
            b.setAutoDefault(False)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._try_login)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_database(db)

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.login_button.setEnabled(db is not None)
        if db is None:
            self.where.setText(self.tr("Membuka basis data…"))
        else:
            self.where.setText(self.tr("Basis data: {where}").format(where=db.describe()))
            if self._pending:
                self._try_login()

    _pending = False

    def _open_settings(self) -> None:
        self.wants_settings = True
        self.reject()

    def _try_login(self) -> None:
        self.error_label.hide()
        if not self.username.text().strip():
            self._show_error(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        if self.db is None:
            # Enter pressed before the database finished opening: log in as soon as it is ready.
            self._pending = True
            return
        self._pending = False
        from kesos_desktop.services import auth

        try:
            self.actor = auth.login(self.db, self.username.text(), self.password.text())
        except errors.KnownError as e:
            from kesos_desktop.views.common.messages import error_text

            self._show_error(error_text(e))
            self.password.selectAll()
            self.password.setFocus()
            return
        config.put(config.LAST_USERNAME, self.actor.username)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
