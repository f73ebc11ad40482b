"""Screenshots for the user guide (``make screenshots``): the real app on fresh demo data, under Xvfb.

Builds a throwaway SQLite database with the same commands an office would use (``kesos init-db``,
``create-admin``, ``demo-data``), then starts the app in-process (first-run wizard, login, main
window), logs in as each role, opens pages and dialogs and saves what is on screen as PNGs in
``docs/panduan/img/``. PDFs (card, box label) are rendered with ``pdftoppm``. Same seed, same data:
only dates that follow today's date change between runs.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "panduan" / "img"
WINDOW_SIZE = (1280, 800)
PASSWORD = "rahasia123"  # the admin's; demo users have services.demo.DEMO_PASSWORD
SEED = 1


def _setup_env(tmp: Path) -> None:
    # Short, fixed folders: the paths shown in the pictures stay the same from run to run.
    os.environ["KESOS_DATA_DIR"] = str(tmp / "staf" / "kesos-desktop")
    os.environ["KESOS_CONFIG_DIR"] = str(tmp / "staf" / "config")
    os.environ.pop("KESOS_DATABASE_URL", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ.setdefault("QT_SCALE_FACTOR", "1")


def _make_database(url: str) -> None:
    """The office set-up, run through the ``kesos`` command (same code path as the CLI)."""
    from kesos_desktop import cli

    steps = [
        ["init-db", "--database-url", url, "--wilayah", "61.07"],
        ["create-admin", "--database-url", url, "--username", "admin", "--name", "Rina Marlina",
         "--password", PASSWORD],
        ["demo-data", "--database-url", url, "--users", "--audit", "300", "--perangkat", "60", "--arsip", "300",
         "--ppks", "800", "--seed", str(SEED)],
    ]  # fmt: skip
    for argv in steps:
        if cli.main(argv) != 0:
            raise SystemExit(f"kesos {argv[0]} gagal")


class Shooter:
    def __init__(self, out: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.out = out
        self.app = QApplication.instance()
        self.app.setCursorFlashTime(0)  # a steady text cursor: the same picture on every run
        self.saved: list[Path] = []

    def wait(self, ms: int = 150) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def until(self, pred: Callable[[], object], timeout: float = 20.0, what: str = "") -> None:
        end = time.monotonic() + timeout
        while not pred():
            if time.monotonic() > end:
                raise TimeoutError(f"menunggu terlalu lama: {what}")
            self.wait(30)

    def shot(self, widget, name: str, *, screen: bool = False) -> Path:  # type: ignore[no-untyped-def]
        """Save ``widget`` as ``name``.png; ``screen`` grabs the screen area instead (shows popups)."""
        if not screen:  # activating the window would close an open popup (completer list)
            widget.raise_()
            widget.activateWindow()
        self.wait(400)  # lists fetch their first page and layouts settle (wrapping bars) before the grab
        if screen:
            geo = widget.frameGeometry()
            pix = widget.screen().grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
        else:
            pix = widget.grab()
        path = self.out / f"{name}.png"
        if not pix.save(str(path), "PNG"):
            raise OSError(f"gagal menyimpan {path}")
        self.saved.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)
        return path

    def pdf(self, pdf: Path, name: str, *, page: int = 1, dpi: int = 110, crop: tuple[int, ...] | None = None) -> Path:
        """Render one PDF page as the printer would get it."""
        prefix = self.out / f"{name}-tmp"
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
             str(prefix)],
            check=True,
        )  # fmt: skip
        path = self.out / f"{name}.png"
        Path(f"{prefix}.png").replace(path)
        if crop:
            from PySide6.QtGui import QImage

            img = QImage(str(path))
            img.copy(*crop).save(str(path), "PNG")
        self.saved.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)
        return path


def _select_first_row(s: Shooter, rec_list, row: int = 0, column: int = 1) -> None:  # type: ignore[no-untyped-def]
    s.until(lambda: rec_list.model().rowCount() > row, what="daftar terisi")
    table = rec_list.table()
    table.setCurrentIndex(rec_list.model().index(row, column))
    table.setFocus()
    s.wait(300)


def _main_window(s: Shooter, db, actor):  # type: ignore[no-untyped-def]
    from kesos_desktop.views.main_window import MainWindow

    w = MainWindow(db, actor)
    w.resize(*WINDOW_SIZE)
    w.move(0, 0)
    w.show()
    s.wait(300)
    return w


def _close(w) -> None:  # type: ignore[no-untyped-def]
    w.close()
    w.deleteLater()


def _messy_village_file(db, operator, dest: Path) -> Path:  # type: ignore[no-untyped-def]
    """The office template as a village operator returns it: mostly right, a few typical mistakes."""
    import openpyxl

    from kesos_desktop.excel import ppks_template
    from kesos_desktop.services import wilayah
    from kesos_desktop.services.nik import make_nik

    ppks_template.build(db, operator, dest)
    kec_code = operator.scope_code
    kec = wilayah.get(db, kec_code)
    kec_name = kec.name if kec else ""
    desa = wilayah.regions_at_level(db, wilayah.DESA, kec_code)
    d1, d2 = desa[0], desa[min(1, len(desa) - 1)]
    born = date(1950, 5, 12)
    rows = [
        ["1", make_nik(kec_code, born, "P", 101), "", "Siti Aminah", "Bengkayang", "12-05-1950", "P", "Dusun Jaya",
         "003", "005", kec_name, d1.name, "Lanjut Usia Terlantar", "tinggal sendiri", "sembako", "Yohanes", "02-03-2026", ""],
        ["2", make_nik(kec_code, date(1975, 8, 17), "L", 102), "", "Budi Hartono", "Sambas", "17-08-1975", "L", "",
         "001", "002", kec_name, d1.name, "PD", "tuna netra", "alat bantu", "Yohanes", "02-03-2026", "2"],
        ["3", "6107025505500010", "", "Agus Salim", "", "12-05-1950", "L", "", "", "", kec_name, d2.name, "FM", "",
         "", "Yohanes", "02-03-2026", ""],
        ["4", make_nik(kec_code, born, "P", 104), "", "Rina", "", "31-02-1950", "P", "", "", "", kec_name, d2.name,
         "XYZ", "", "", "Yohanes", "02-03-2026", ""],
        ["5", make_nik(kec_code, date(1949, 1, 3), "P", 105), "", "Maria Ulfa", "", "03-01-1949", "P", "", "", "",
         kec_name, "Antah Berantah", "LUT", "", "", "Yohanes", "02-03-2026", ""],
    ]  # fmt: skip
    wb = openpyxl.load_workbook(dest)
    ws = wb[ppks_template.DATA_SHEET]
    for i, r in enumerate(rows):
        for j, v in enumerate(r, start=1):
            ws.cell(row=3 + i, column=j, value=v or None)
    wb.save(dest)
    return dest


def run(out: Path, tmp: Path) -> list[Path]:
    _setup_env(tmp)
    from kesos_desktop import config, paths
    from kesos_desktop.models.db import sqlite_url

    db_path = paths.default_sqlite_path()  # where a one-PC office keeps its data
    url = sqlite_url(db_path)

    from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

    from kesos_desktop import app as app_module

    controller = app_module.create_app(["kesos-desktop"], exec=False)
    assert isinstance(controller, app_module.AppController)
    s = Shooter(out)
    QApplication.instance().setQuitOnLastWindowClosed(False)

    # --- first run: the wizard a new office meets (not finished: the database comes from the CLI below)
    print("Wizard pertama kali", flush=True)
    wizard = controller.wizard
    wizard.finished.disconnect(controller._wizard_finished)
    wizard.move(200, 120)
    s.wait(300)
    s.shot(wizard, "wizard-basis-data")
    wizard.db_page.form.sqlite_path.setText(str(tmp / "wizard.sqlite3"))
    wizard.next()
    s.until(lambda: wizard.currentPage() is wizard.scope_page, what="halaman wilayah")
    wizard.scope_page.select("61.07")
    s.shot(wizard, "wizard-wilayah")
    wizard.next()
    wizard.admin_page.full_name.setText("Rina Marlina")
    wizard.admin_page.password.setText(PASSWORD)
    wizard.admin_page.repeat.setText(PASSWORD)
    s.shot(wizard, "wizard-admin")
    wizard.button(QWizard.WizardButton.CancelButton)
    wizard.close()
    wizard.deleteLater()
    controller.wizard = None

    print("Basis data demo (kesos init-db, create-admin, demo-data)", flush=True)
    _make_database(url)
    # As the wizard would have saved it (no KESOS_DATABASE_URL: the settings dialog shows the choice).
    config.save_database_choice(config.DatabaseChoice(kind="sqlite", sqlite_path=str(db_path)))

    # --- login and the admin's main window, through the app's own start-up
    print("Masuk sebagai admin", flush=True)
    controller.start()
    s.until(lambda: controller.stage == "login", what="dialog masuk")
    dialog = controller.login_dialog
    dialog.move(480, 300)
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.password.setFocus()
    s.shot(dialog, "login")
    dialog.login_button.click()
    s.until(lambda: controller.stage == "main", what="jendela utama")
    window = controller.main_window
    window.resize(*WINDOW_SIZE)
    window.move(0, 0)
    db, admin = controller.db, controller.actor
    s.shot(window, "dasbor")

    from kesos_desktop.services import arsip, auth, demo, nipd_cards

    def login(username: str) -> auth.Actor:
        return auth.login(db, username, demo.DEMO_PASSWORD)

    # --- NIPD (admin: registers, approves, prints)
    print("NIPD", flush=True)
    window.show_module("nipd")
    page = window.page("nipd")
    _select_first_row(s, page.officials.list, row=2)
    s.until(lambda: page.officials.current is not None, what="rincian perangkat")
    s.shot(window, "nipd-daftar")
    page.officials.open_register()
    form = page.officials.form
    s.wait(300)
    s.shot(form, "nipd-formulir")
    form.reject()
    page.tabs.setCurrentWidget(page.queue)
    _select_first_row(s, page.queue.list)
    s.shot(window, "nipd-antrean")
    if page.settings is not None:
        page.tabs.setCurrentWidget(page.settings)
        s.shot(window, "nipd-pengaturan")
    # "Cetak semua yang disetujui…": the batch is issued and opens in the PDF preview.
    page.tabs.setCurrentWidget(page.queue)
    page.queue.layout_combo.setCurrentIndex(page.queue.layout_combo.findData("a4"))
    page.queue.print_batch()
    s.until(lambda: getattr(page.queue, "preview", None) is not None, timeout=60, what="pratinjau kartu")
    _shoot_preview(s, page.queue.preview, "nipd-pratinjau-kartu")
    # One card as the card printer gets it (a reprint of that batch, CR80), for the guide.
    cards = tmp / "kartu-nipd.pdf"
    batch = max(b.id for b in nipd_cards.list_batches(db, admin))
    nipd_cards.print_cards(db, admin, cards, batch_id=batch, layout="cr80")
    s.pdf(cards, "nipd-kartu-depan", page=1, dpi=300)
    s.pdf(cards, "nipd-kartu-belakang", page=2, dpi=300)
    page.tabs.setCurrentWidget(page.officials)

    # --- admin pages: users, audit log, settings
    print("Pengguna, log audit, pengaturan", flush=True)
    window.show_module("users")
    s.shot(window, "pengguna")
    window.show_module("audit")
    s.wait(500)
    s.shot(window, "log-audit")
    if any(m.key == "backup" for m in window.modules):
        window.show_module("backup")
        s.wait(300)
        s.shot(window, "cadangan")
    from kesos_desktop.views.settings_dialog import SettingsDialog

    settings = SettingsDialog(db, admin, window)
    settings.show()
    settings.move(300, 150)
    s.shot(settings, "pengaturan")
    settings.tabs.setCurrentIndex(1)
    settings.office_name.setText("Dinas Sosial Kabupaten Bengkayang")  # heads labels and reports below
    s.shot(settings, "pengaturan-kantor")
    settings.save()
    # PPKS duplicates: merging is the admin's.
    window.show_module("ppks")
    ppage = window.page("ppks")
    ppage.tabs.setCurrentWidget(ppage.duplicates)
    ppage.duplicates.scan()
    s.until(lambda: ppage.duplicates.table.rowCount() > 0, what="pasangan data ganda")
    ppage.duplicates.table.selectRow(0)
    s.shot(window, "ppks-ganda")
    window.show_module("dashboard")

    # --- operator: PPKS entry and import
    print("Operator PPKS", flush=True)
    operator = login("operator")
    ow = _main_window(s, db, operator)
    ow.show_module("ppks")
    opage = ow.page("ppks")
    _select_first_row(s, opage.records.list, row=1)
    s.shot(ow, "ppks-daftar")
    opage.records.add()
    pform = opage.records.form
    pform.move(100, 20)
    pform.nik.setText("6107021205500")
    pform.name.setText("Siti Aminah")
    pform.birth_place.setText("Bengkayang")
    pform.birth_date.setText("12/05/1950")
    pform.set_category("LUT")
    pform.save_button.click()
    s.wait(400)
    s.shot(pform, "ppks-formulir-galat")
    pform.reject()
    village_file = _messy_village_file(db, operator, tmp / "ppks-desa.xlsx")
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(village_file), ""))  # type: ignore[method-assign]
    iw = opage.records.open_import()
    iw.resize(1180, 800)
    iw.move(40, 40)
    iw.browse()
    s.until(lambda: iw.plan is not None, what="pemeriksaan impor")
    s.shot(iw, "ppks-impor")
    iw.close()
    _close(ow)

    # --- verifikator: the queue of submitted data, the dashboard
    print("Verifikator PPKS", flush=True)
    verifier = login("verifikator")
    vw = _main_window(s, db, verifier)
    vw.show_module("ppks")
    vpage = vw.page("ppks")
    from kesos_desktop.services import ppks

    vpage.records.status.setCurrentIndex(vpage.records.status.findData(ppks.SUBMITTED))
    _select_first_row(s, vpage.records.list)
    s.shot(vw, "ppks-verifikasi")
    vpage.tabs.setCurrentWidget(vpage.dashboard)
    s.until(lambda: vpage.dashboard.loaded, what="dasbor PPKS")
    s.wait(500)
    s.shot(vw, "ppks-dasbor")
    _close(vw)

    # --- arsiparis: catalogue, search, locations and labels, loans, lists, classification
    print("Arsiparis", flush=True)
    archivist = login("arsiparis")
    aw = _main_window(s, db, archivist)
    aw.show_module("arsip")
    apage = aw.page("arsip")
    cat = apage.catalogue
    _select_first_row(s, cat.list, row=3)
    s.shot(aw, "arsip-katalog")
    cat.form.new_record()
    cat.form.kode.setFocus()
    cat.form.kode.setText("")
    from PySide6.QtTest import QTest

    QTest.keyClicks(cat.form.kode, "sosial")
    completer = cat.form.kode.completer()
    completer.setCompletionPrefix("sosial")
    completer.complete()
    s.wait(400)
    s.shot(aw, "arsip-entri-kode", screen=True)
    cat.form.kode.completer().popup().hide()
    cat.form.new_record()
    cat.search("bantuan")
    s.wait(600)
    _select_first_row(s, cat.list)
    s.shot(aw, "arsip-cari")
    apage.tabs.setCurrentWidget(apage.locations)
    _select_first_row(s, apage.locations.list)
    s.shot(aw, "arsip-lokasi")
    apage.locations.print_labels()
    s.until(lambda: getattr(apage.locations, "preview", None) is not None, what="pratinjau label")
    _shoot_preview(s, apage.locations.preview, "arsip-label-pratinjau")
    from kesos_desktop.printing import arsip_labels
    from kesos_desktop.views.arsip.page import _instansi

    boxes = arsip.list_boks(db)[:2]
    labels = tmp / "label-boks.pdf"
    arsip_labels.box_labels_pdf(boxes, labels, instansi=_instansi(db))
    s.pdf(labels, "arsip-label-boks", dpi=80)
    for tab, name in ((apage.loans, "arsip-peminjaman"), (apage.lists, "arsip-daftar"),
                      (apage.classification, "arsip-klasifikasi")):  # fmt: skip
        apage.tabs.setCurrentWidget(tab)
        s.wait(500)
        s.shot(aw, name)
    _close(aw)

    # --- help (once the in-app guide exists)
    try:
        from kesos_desktop.views.help_view import HelpDialog
    except ImportError:
        HelpDialog = None  # noqa: N806
    if HelpDialog is not None:
        print("Bantuan", flush=True)
        help_dialog = HelpDialog(window, chapter="operator.md")
        help_dialog.resize(1100, 760)
        help_dialog.move(100, 60)
        help_dialog.show()
        s.shot(help_dialog, "bantuan")
        help_dialog.close()

    controller.main_window.restart_requested.disconnect()
    window.close()
    controller._dispose_db()
    from kesos_desktop import tasks

    tasks.task_manager().shutdown()
    return s.saved


def _shoot_preview(s: Shooter, preview, name: str) -> None:  # type: ignore[no-untyped-def]
    """The app's PDF preview (views/common/pdf_preview.py), once the PDF is rendered in it."""
    s.until(lambda: preview.document.pageCount() > 0, timeout=60, what="PDF di pratinjau")
    preview.resize(1100, 800)
    preview.move(60, 40)
    s.wait(1500)  # QtPdf renders the page in tiles, behind the event loop
    s.shot(preview, name)
    preview.close()


def optimise(paths: list[Path]) -> None:
    """Smaller PNGs (the guide ships in the package and in git)."""
    if shutil.which("pngquant"):
        for p in paths:
            subprocess.run(
                ["pngquant", "--force", "--skip-if-larger", "--quality", "70-95", "--ext", ".png", "--strip", str(p)],
                check=False,
            )
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=False)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=OUT, help="folder PNG (bawaan docs/panduan/img)")
    p.add_argument("--keep", action="store_true", help="jangan hapus folder sementara (basis data demo)")
    p.add_argument("--no-optimise", action="store_true")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.gettempdir()) / "kesos-panduan"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    started = time.monotonic()
    try:
        saved = run(args.out, tmp)
        if not args.no_optimise:
            optimise(saved)
    finally:
        if args.keep:
            print(f"Folder sementara: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    total = sum(p.stat().st_size for p in saved)
    print(f"{len(saved)} gambar, {total / 1e6:.1f} MB, {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
