"""The home page's "Pekerjaan menunggu": each role sees its own waiting work, and a click opens those rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, ppks, wilayah, worklist
from kesos_desktop.services.nik import make_nik
from kesos_desktop.views.main_window import MainWindow

KEC = "61.07.02"
DESA = "61.07.02.2001"


@pytest.fixture
def gdb(sqlite_db_url: str) -> Iterator[Database]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    admin = auth.login(db, "admin", "rahasia123")
    wilayah.set_office_scope(db, admin, "61.07")
    for name, role, scope in (("siti", "operator", KEC), ("budi", "verifikator", None), ("dewi", "arsiparis", None)):
        auth.create_user(db, admin, username=name, full_name=name.title(), password="rahasia123", role=role,
                         scope_code=scope)  # fmt: skip
    born = date(1950, 5, 12)
    made = [
        ppks.create(
            db,
            admin,
            ppks.PersonInput(
                name=f"Lansia {i}",
                desa_code=DESA,
                categories=("LUT",),
                sex="P",
                birth_date=born,
                nik=make_nik(KEC, born, "P", i),
            ),
        )  # fmt: skip
        for i in range(1, 6)
    ]
    for info in made[:2]:  # two submitted, three drafts
        ppks.submit(db, admin, info.id, expected_version=info.version)
    yield db
    db.dispose()


def _counts(db: Database, user: str) -> dict[str, int]:
    return {t.key: t.count for t in worklist.for_actor(db, auth.login(db, user, "rahasia123"))}


def test_each_role_sees_its_own_waiting_work(gdb: Database) -> None:
    assert _counts(gdb, "siti") == {"ppks_rejected": 0, "ppks_draft": 3}
    assert _counts(gdb, "budi") == {"ppks_submitted": 2, "nipd_pending": 0, "cards_requested": 0}
    assert _counts(gdb, "dewi") == {"loans_late": 0}
    assert set(_counts(gdb, "admin")) >= {"ppks_draft", "ppks_submitted", "cards_approved", "loans_late"}


def test_click_opens_the_rows_behind_the_number(qtbot: QtBot, gdb: Database) -> None:
    window = MainWindow(gdb, auth.login(gdb, "budi", "rahasia123"))
    qtbot.addWidget(window)
    window.show()
    home = window.page("dashboard")
    qtbot.waitUntil(lambda: home.loaded and "ppks_submitted" in home.task_buttons)
    button = home.task_buttons["ppks_submitted"]
    assert button.text().startswith("2") and "menunggu verifikasi" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert window.current_page_key() == "ppks"
    records = page.records
    assert records.status.currentData() == ppks.SUBMITTED
    qtbot.waitUntil(lambda: records.list.model().rowCount() == 2)

    # Work done elsewhere shows when the user comes back to the home page.
    info = ppks.get(gdb, auth.login(gdb, "admin", "rahasia123"), int(records.list.model().row_id(0)))
    ppks.verify(gdb, auth.login(gdb, "budi", "rahasia123"), info.id, expected_version=info.version)
    window.show_module("dashboard")
    qtbot.waitUntil(lambda: home.loaded and home.task_buttons["ppks_submitted"].text().startswith("1"))


def test_home_says_inline_when_its_figures_cannot_be_loaded(qtbot: QtBot, gdb: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A lost database shows one line on Home (no dialog on every return), and the page stays usable."""
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.views.dashboard import DashboardPage

    actor = auth.login(gdb, "budi", "rahasia123")
    gone = Database.open(sqlite_url(tmp_path / "missing-folder" / "kesos.sqlite3"))
    try:
        home = DashboardPage(gone, actor)
        qtbot.addWidget(home)
        home.show()
        assert "Budi" in home.heading.text()  # the greeting needs no database
        qtbot.waitUntil(lambda: home.loaded)
        assert home.error_label.isVisible()
        assert "belum dapat dimuat" in home.error_label.text()
        assert home.task_buttons == {}
    finally:
        gone.dispose()
