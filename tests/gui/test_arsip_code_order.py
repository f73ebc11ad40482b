"""What the archivist sees: the Klasifikasi & JRA list, a click on the catalogue's Kode header and the code
type-ahead all put 400.9.1 before 400.10 and 1000 last (numeric scheme order, not text order)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import arsip, auth
from kesos_desktop.views.arsip.page import create_page


@pytest.fixture
def sdb(sqlite_db_url: str):  # type: ignore[no-untyped-def]
    db = Database.open(sqlite_db_url)
    yield db
    db.dispose()


def _column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts the table shows in one column, once their page is loaded."""
    for r in range(model.rowCount()):
        model.fetch_now(r)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_lists_and_type_ahead_in_scheme_order(qtbot: QtBot, sdb: Database, message_boxes) -> None:  # type: ignore[no-untyped-def]
    auth.create_user(sdb, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    me = auth.login(sdb, "admin", "rahasia123")
    arsip.ensure_starter_scheme(sdb, me)  # 000 … 900 with 400.9, 400.10, 400.12
    for code in ("400.9.1", "1000"):
        arsip.add_klasifikasi(sdb, me, code, f"Kode {code}")
    for code in ("400.10", "1000", "400.9.1", "200", "400.9"):
        arsip.create_berkas(
            sdb, me,
            arsip.BerkasInput(kode=code, uraian=f"Berkas {code}", tanggal_mulai=date(2020, 1, 1),
                              tanggal_selesai=date(2020, 3, 1), unit_pengolah="Sekretariat"),
        )  # fmt: skip
    page = create_page(sdb, me)
    qtbot.addWidget(page)
    page.resize(1300, 780)
    page.show()

    klas = page.classification.list
    qtbot.waitUntil(lambda: klas.model().rowCount() == 15)
    codes = _column(klas.model(), 0)
    assert codes.index("400.9") < codes.index("400.9.1") < codes.index("400.10") < codes.index("400.12")
    assert codes[0] == "000" and codes[-1] == "1000"

    cat = page.catalogue.list
    qtbot.waitUntil(lambda: cat.model().rowCount() == 5)
    header = cat.table().horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 0))
    qtbot.waitUntil(lambda: _column(cat.model(), 0)[:1] in (["200"], ["1000"]))
    shown = _column(cat.model(), 0)
    ascending = ["200", "400.9", "400.9.1", "400.10", "1000"]
    assert shown in (ascending, ascending[::-1])

    form = page.catalogue.form
    form.kode.clear()
    qtbot.keyClicks(form.kode, "400.")
    completions = form.kode.completer().completionModel()
    offered = [completions.data(completions.index(r, 0)).split(" ", 1)[0] for r in range(completions.rowCount())]
    assert offered == ["400.9", "400.9.1", "400.10", "400.12"]


def _section_center(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)
