"""Login dialog. Errors show inline under the fields; nothing modal to click away."""

from __future__ import annotations

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
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth
from kesos_desktop.views.common.messages import error_text


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: auth.Actor | None = None
        self.wants_settings = False
        self.setWindowTitle(self.tr("Masuk — {app}").format(app=APP_NAME))
        self.setMinimumWidth(380)

        title = QLabel(f"<h2>{APP_NAME}</h2>")
        where = QLabel(self.tr("Basis data: {where}").format(where=db.describe()))
        where.setWordWrap(True)
        where.setStyleSheet("color: #555;")
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
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_settings(self) -> None:
        self.wants_settings = True
        self.reject()

    def _try_login(self) -> None:
        self.error_label.hide()
        if not self.username.text().strip():
            self._show_error(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        try:
            self.actor = auth.login(self.db, self.username.text(), self.password.text())
        except errors.KnownError as e:
            self._show_error(error_text(e))
            self.password.selectAll()
            self.password.setFocus()
            return
        config.put(config.LAST_USERNAME, self.actor.username)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
