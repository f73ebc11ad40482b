"""The in-app user guide: F1 opens the chapter for the page and role, with its pictures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from kesos_desktop.models.db import Database
from kesos_desktop.services import auth, wilayah
from kesos_desktop.views import help_view
from kesos_desktop.views.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[2] / "docs" / "panduan"


@pytest.fixture
def gdb(sqlite_db_url: str) -> Iterator[Database]:
    db = Database.open(sqlite_db_url)
    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin", password="rahasia123", role="admin")
    admin = auth.login(db, "admin", "rahasia123")
    wilayah.set_office_scope(db, admin, "61.07")
    auth.create_user(
        db, admin, username="siti", full_name="Siti", password="rahasia123", role="operator", scope_code="61.07.02"
    )
    yield db
    db.dispose()


def test_f1_opens_the_operators_chapter_with_its_pictures(qtbot: QtBot, gdb: Database) -> None:
    window = MainWindow(gdb, auth.login(gdb, "siti", "rahasia123"))
    qtbot.addWidget(window)
    window.show()
    window.show_module("ppks")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    search = window.page("ppks").records.list.search_edit()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_F1)

    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.root is not None
    assert dialog.chapters.count() >= 5  # contents + four roles (+ FAQ)
    titles = [dialog.chapters.item(i).text() for i in range(dialog.chapters.count())]
    assert {"Admin", "Operator", "Verifikator", "Arsiparis"} <= set(titles)
    assert dialog.current_chapter() == "operator.md"
    assert "Impor Excel" in dialog.browser.toPlainText()
    names = dialog.image_names()
    assert "img/ppks-formulir-galat.png" in [n.split("?")[0] for n in names]
    for name in names:
        image = dialog.image(name)
        assert image is not None and image.width() > 100, name
    # Wide screenshots are shown scaled to the reading pane, not cut off.
    dialog.resize(900, 700)
    dialog._fit_images()
    pane = dialog.browser.viewport().width()
    block = dialog.browser.document().begin()
    widths = []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    assert widths and max(widths) <= pane

    # A second F1 reuses the window; a link to another chapter moves the chapter list along.
    window.show_module("dashboard")
    window.open_help()
    assert window.help_dialog is dialog and dialog.current_chapter() == "operator.md"
    dialog.browser.setSource(QUrl.fromLocalFile(str(dialog.root / "faq.md")))
    assert dialog.current_chapter() == "faq.md"
    # Links to a section (as written for the code forge) scroll to that heading.
    assert dialog.browser.verticalScrollBar().value() == 0
    section = QUrl.fromLocalFile(str(dialog.root / "admin.md"))
    section.setFragment("mencetak-kartu-nipd")
    dialog.browser.setSource(section)
    assert dialog.current_chapter() == "admin.md"
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    doc = dialog.browser.document()
    heading = doc.find("Mencetak kartu NIPD").block()
    y = doc.documentLayout().blockBoundingRect(heading).top() - dialog.browser.verticalScrollBar().value()
    assert 0 <= y < 40  # the heading is at the top of the pane
    dialog.close()


def test_f1_works_inside_a_modal_form(qtbot: QtBot, gdb: Database) -> None:
    window = MainWindow(gdb, auth.login(gdb, "siti", "rahasia123"))
    qtbot.addWidget(window)
    window.show()
    window.show_module("ppks")
    page = window.page("ppks").records
    page.add()
    form = page.form
    assert form.isModal()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_F1)

    (guide,) = form.findChildren(help_view.HelpDialog)
    qtbot.waitUntil(guide.isVisible)
    # The form's own child: a modal form blocks every other window, but not its children.
    assert guide.parent() is form and not guide.isModal()
    assert guide.current_chapter() == "operator.md" and form.isVisible()
    assert getattr(window, "help_dialog", None) is None  # not the main window's (blocked) guide

    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.name, Qt.Key.Key_F1)
    assert form.findChildren(help_view.HelpDialog) == [guide]  # one guide per form

    form.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.list.search_edit(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "help_dialog", None) is not None and window.help_dialog.isVisible())
    window.help_dialog.close()


def test_every_section_link_in_the_guide_has_its_heading() -> None:
    anchors = {}
    for md in DOCS.glob("*.md"):
        text = md.read_text(encoding="utf-8")
        anchors[md.name] = {help_view.heading_slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}
    broken = []
    for md in DOCS.glob("*.md"):
        for target, fragment in re.findall(r"\]\(([\w.]+\.md)#([^)]+)\)", md.read_text(encoding="utf-8")):
            if fragment not in anchors.get(target, set()):
                broken.append(f"{md.name}: {target}#{fragment}")
    assert broken == []


@pytest.mark.parametrize(
    ("page", "role", "chapter"),
    [
        ("arsip", "admin", "arsiparis.md"),
        ("ppks", "operator", "operator.md"),
        ("ppks", "verifikator", "verifikator.md"),
        ("users", "admin", "admin.md"),
        ("dashboard", "arsiparis", "arsiparis.md"),
        ("nipd", "verifikator", "verifikator.md"),
        ("dashboard", "viewer", "README.md"),
    ],
)
def test_chapter_for_page_and_role(page: str, role: str, chapter: str) -> None:
    assert help_view.chapter_for(page, role) == chapter


def test_every_picture_the_guide_shows_exists() -> None:
    """A renamed screenshot must not leave a broken picture in the guide (tools/screenshots.py names them)."""
    assert help_view.guide_dir() is not None
    missing = []
    for md in sorted(DOCS.glob("*.md")):
        for ref in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md.read_text(encoding="utf-8")):
            if not (DOCS / ref).is_file():
                missing.append(f"{md.name}: {ref}")
    assert missing == []
    readme = (DOCS.parents[1] / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]*\]\((docs/panduan/img/[^)]+)\)", readme)
    assert shown and all((DOCS.parents[1] / ref).is_file() for ref in shown)


def test_f1_in_a_form_answers_for_the_window_that_owns_it(qtbot: QtBot, gdb: Database) -> None:
    """An earlier window (e.g. the admin's, before a re-login) must not claim the operator's form."""
    earlier = MainWindow(gdb, auth.login(gdb, "admin", "rahasia123"))
    qtbot.addWidget(earlier)
    earlier.show()
    window = MainWindow(gdb, auth.login(gdb, "siti", "rahasia123"))
    qtbot.addWidget(window)
    window.show()
    window.show_module("ppks")
    page = window.page("ppks").records
    page.add()
    form = page.form
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_F1)
    (guide,) = form.findChildren(help_view.HelpDialog)
    qtbot.waitUntil(guide.isVisible)
    assert guide.current_chapter() == "operator.md"
    form.reject()
