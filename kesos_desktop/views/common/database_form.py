"""The database choice: "Lokal (file SQLite)" or "Bersama (server PostgreSQL)", with "Tes koneksi"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kesos_desktop import config, paths
from kesos_desktop.i18n import ui_text
from kesos_desktop.services import connection


class DatabaseForm(QWidget):
    """Edits a ``config.DatabaseChoice``; ``test_connection()`` reports in ``result_label``."""

    tested = Signal(object)  # ConnectionReport

    def __init__(self, choice: config.DatabaseChoice | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choice = choice or config.load_database_choice()
        self.local_radio = QRadioButton(self.tr("Lokal (file SQLite) — satu komputer, tanpa server"))
        self.shared_radio = QRadioButton(self.tr("Bersama (server PostgreSQL) — banyak komputer dalam satu kantor"))
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.shared_radio)

        self.sqlite_path = QLineEdit(choice.sqlite_path or str(paths.default_sqlite_path()))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        local = QWidget()
        local_row = QHBoxLayout(local)
        local_row.setContentsMargins(0, 0, 0, 0)
        local_row.addWidget(QLabel(self.tr("File:")))
        local_row.addWidget(self.sqlite_path, 1)
        local_row.addWidget(browse)

        self.host = QLineEdit(choice.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(choice.port or 5432)
        self.database = QLineEdit(choice.database)
        self.user = QLineEdit(choice.user)
        self.password = QLineEdit(choice.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        shared = QWidget()
        form = QFormLayout(shared)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Host server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Nama basis data:"), self.database)
        form.addRow(self.tr("Pengguna:"), self.user)
        form.addRow(self.tr("Kata sandi:"), self.password)

        self.stack = QStackedWidget()
        self.stack.addWidget(local)
        self.stack.addWidget(shared)

        self.test_button = QPushButton(self.tr("Tes koneksi"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.shared_radio)
        layout.addWidget(self.stack)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result_label, 1)
        layout.addLayout(test_row)
        layout.addStretch(1)

        self.local_radio.toggled.connect(self._kind_changed)
        (self.shared_radio if choice.kind == "postgresql" else self.local_radio).setChecked(True)
        self._kind_changed()
        self.last_report: connection.ConnectionReport | None = None

    def _kind_changed(self) -> None:
        self.stack.setCurrentIndex(0 if self.local_radio.isChecked() else 1)
        self.result_label.clear()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Pilih file basis data"),
            self.sqlite_path.text(),
            self.tr("Basis data SQLite (*.sqlite3 *.db);;Semua file (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_path.setText(path)

    def choice(self) -> config.DatabaseChoice:
        return config.DatabaseChoice(
            kind="sqlite" if self.local_radio.isChecked() else "postgresql",
            sqlite_path=self.sqlite_path.text().strip(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
        )

    def test_connection(self) -> None:
        """Runs the check on a pool thread (an unreachable host takes seconds) and reports here."""
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Menghubungi…"))
        url = self.choice().url()
        from kesos_desktop.tasks import Op

        Op(self, lambda: connection.check(url), executor="io").success(self.show_report).failure(self._failed).finally_(
            lambda: self.test_button.setEnabled(True)
        ).run()

    def _failed(self, exc: BaseException) -> None:
        self.show_report(connection.classify_pg_error(exc))

    def show_report(self, report: connection.ConnectionReport) -> None:
        self.last_report = report
        color = "#1b7f3b" if report.ok else "#b3261e"
        self.result_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.result_label.setText(ui_text(report.message))
        self.tested.emit(report)
