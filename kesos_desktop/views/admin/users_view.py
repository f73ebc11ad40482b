"""User management (admin): add, edit role/scope/active, reset password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import errors
from kesos_desktop.formatting import local_datetime_text
from kesos_desktop.i18n import tr as core_tr
from kesos_desktop.i18n import ui_text
from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, wilayah
from kesos_desktop.views.common.messages import show_error, show_info


class UserDialog(QDialog):
    """Add (``user`` None) or edit a user. Field errors show inline; the service decides validity."""

    def __init__(
        self, db: Database, actor: auth.Actor, user: auth.UserInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.user = db, actor, user
        self.setWindowTitle(self.tr("Tambah pengguna") if user is None else self.tr("Ubah pengguna"))
        self.setMinimumWidth(460)
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.role = QComboBox()
        for role, label in auth.ROLE_LABELS.items():
            self.role.addItem(core_tr(label), role.value)
        self.role.setCurrentIndex(self.role.findData((user.role if user else auth.Role.OPERATOR).value))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("(seluruh cakupan kantor)"), None)
        office = wilayah.office_scope(db)
        for kec in wilayah.regions_at_level(db, wilayah.KECAMATAN, office) if office else []:
            self.scope.addItem(self.tr("Kec. {name}").format(name=kec.name), kec.code)
        if user and user.scope_code:
            idx = self.scope.findData(user.scope_code)
            if idx < 0:
                region = wilayah.get(db, user.scope_code)
                self.scope.addItem(region.label if region else user.scope_code, user.scope_code)
                idx = self.scope.count() - 1
            self.scope.setCurrentIndex(idx)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.active = QCheckBox(self.tr("Akun aktif"))
        self.active.setChecked(user.active if user else True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")

        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("&Peran:"), self.role)
        form.addRow(self.tr("&Wilayah kerja:"), self.scope)
        if user is None:
            form.addRow(self.tr("&Kata sandi awal:"), self.password)
        else:
            form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        from PySide6.QtGui import QKeySequence

        from kesos_desktop.views.icons import decorate

        decorate(buttons.button(QDialogButtonBox.StandardButton.Save), "save", QKeySequence.StandardKey.Save)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.fields = {
            "username": self.username,
            "full_name": self.full_name,
            "password": self.password,
            "role": self.role,
            "scope_code": self.scope,
        }

    def save(self) -> None:
        for w in self.fields.values():
            w.setStyleSheet("")
        try:
            if self.user is None:
                auth.create_user(
                    self.db,
                    self.actor,
                    username=self.username.text(),
                    full_name=self.full_name.text(),
                    password=self.password.text(),
                    role=self.role.currentData(),
                    scope_code=self.scope.currentData(),
                )
            else:
                auth.update_user(
                    self.db,
                    self.actor,
                    self.user.id,
                    expected_version=self.user.version,
                    full_name=self.full_name.text(),
                    role=self.role.currentData(),
                    scope_code=self.scope.currentData(),
                    active=self.active.isChecked(),
                )
        except errors.ValidationError as e:
            self.error_label.setText(ui_text(e.message))
            widget = self.fields.get(e.field or "")
            if widget is not None:
                widget.setStyleSheet("border: 1px solid #b3261e;")
                widget.setFocus()
            return
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.accept()


class UsersView(QWidget):
    def __init__(self, db: Database, actor: auth.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama lengkap"),
                self.tr("Peran"),
                self.tr("Wilayah kerja"),
                self.tr("Status"),
                self.tr("Terakhir masuk"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self.edit_user)

        self.add_button = QPushButton(self.tr("Tambah pengguna…"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        from PySide6.QtGui import QKeySequence, QShortcut

        from kesos_desktop.views.icons import decorate

        decorate(self.add_button, "new", QKeySequence.StandardKey.New)
        decorate(self.edit_button, "edit")
        decorate(self.reset_button, "key")
        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.activated.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Pengguna"))))
        bar.addStretch(1)
        for b in (self.add_button, self.edit_button, self.reset_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.users: list[auth.UserInfo] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            self.users = auth.list_users(self.db, self.actor)
        except errors.KnownError as e:
            show_error(self, e)
            return
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            region = wilayah.get(self.db, u.scope_code) if u.scope_code else None
            status = self.tr("Dikunci") if u.locked else (self.tr("Aktif") if u.active else self.tr("Nonaktif"))
            last = local_datetime_text(u.last_login_at) if u.last_login_at else "—"
            values = [
                u.username,
                u.full_name,
                core_tr(auth.ROLE_LABELS[u.role]),
                region.name if region else self.tr("(seluruh cakupan)"),
                status,
                last,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> auth.UserInfo | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_user(self) -> None:
        if UserDialog(self.db, self.actor, None, self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        if UserDialog(self.db, self.actor, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Atur ulang kata sandi"),
            self.tr("Kata sandi baru untuk {name}:").format(name=user.username),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            auth.set_password(self.db, self.actor, user.id, password)
        except errors.KnownError as e:
            show_error(self, e)
            return
        show_info(
            self, self.tr("Kata sandi diganti"), self.tr("Kata sandi {name} sudah diganti.").format(name=user.username)
        )
        self.refresh()
