"""The office's name (Pengaturan -> Kantor) heads its labels and reports instead of a bare "Dinas Sosial"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, auth, office
from kesos_desktop.views.arsip.page import _instansi
from kesos_desktop.views.settings_dialog import SettingsDialog


def test_admin_names_the_office_and_labels_carry_it(qtbot: QtBot, sqlite_db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database.open(sqlite_db_url)
    try:
        auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
        admin = auth.login(db, "admin", "rahasia123")
        auth.create_user(db, admin, username="tamu", full_name="Tamu", password="rahasia123", role="viewer")
        assert _instansi(db) == "Dinas Sosial"

        dialog = SettingsDialog(db, admin)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentIndex(1)
        qtbot.keyClicks(dialog.office_name, "  Dinas Sosial   Kabupaten Bengkayang ")
        buttons = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert office.get(db, office.OFFICE_NAME_KEY) == "Dinas Sosial Kabupaten Bengkayang"
        assert _instansi(db) == "Dinas Sosial Kabupaten Bengkayang"

        from kesos_desktop.printing import arsip_labels

        arsip.add_lokasi(db, admin, "gedung", "Gedung A", None)
        for kind in ("ruang", "rak"):
            parent = max(p.id for p in arsip.list_lokasi(db))
            arsip.add_lokasi(db, admin, kind, f"{kind} 1", parent)
        rak = max(p.id for p in arsip.list_lokasi(db) if p.kind == "rak")
        arsip.add_boks(db, admin, "1", rak)
        pdf = tmp_path / "label.pdf"
        arsip_labels.box_labels_pdf(arsip.list_boks(db), pdf, instansi=_instansi(db))
        from pypdf import PdfReader

        assert "DINAS SOSIAL KABUPATEN BENGKAYANG" in PdfReader(str(pdf)).pages[0].extract_text().upper()

        # Someone without the right sees the name but cannot change it.
        viewer = SettingsDialog(db, auth.login(db, "tamu", "rahasia123"))
        qtbot.addWidget(viewer)
        assert viewer.office_name.text() == "Dinas Sosial Kabupaten Bengkayang"
        assert not viewer.office_name.isEnabled()
    finally:
        db.dispose()
