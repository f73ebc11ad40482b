"""Long jobs run behind the progress dialog with a working "Batal": attaching a scan used to block the GUI."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, arsip_scan, auth
from kesos_desktop.tasks import task_manager
from kesos_desktop.views.arsip.page import create_page
from tests.gui import test_arsip_page

sdb, archivist = test_arsip_page.sdb, test_arsip_page.archivist  # fixtures


def test_attaching_a_scan_runs_in_the_background_and_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot,
    sdb: Database,
    archivist: auth.Actor,
    message_boxes,
    monkeypatch,
    tmp_path: Path,
) -> None:
    from tests.unit.test_arsip_scan import make_pdf

    rec = arsip.create_berkas(
        sdb, archivist,
        arsip.BerkasInput(kode="400.9", uraian="SK penerima", tanggal_mulai=date(2020, 1, 1), unit_pengolah="Sekretariat"),
    )  # fmt: skip
    page = create_page(sdb, archivist)
    qtbot.addWidget(page)
    page.catalogue.list.table().selectRow(0)
    panel = page.catalogue.form.scans
    qtbot.waitUntil(panel.add_button.isEnabled)
    pdf = make_pdf(tmp_path / "sk.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pdf), "")))

    gate = threading.Event()
    task_manager().submit(lambda: gate.wait(10))  # the database worker is busy with another job
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    job = panel.job
    assert not job.finished  # the click returned at once: the GUI thread is free
    job.dialog.request_cancel()  # what "Batal" does
    gate.set()
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    assert job.cancelled and arsip_scan.list_scans(sdb, rec.id) == [] and panel.list.count() == 0

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    assert [s.filename for s in arsip_scan.list_scans(sdb, rec.id)] == ["sk.pdf"]
    assert message_boxes == []
