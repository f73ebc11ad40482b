"""Role rules are enforced in the services, table-driven: every service entry point x every role.

``TABLE`` names each public function that reads or changes protected data, how to call it with fresh
data (made by an admin first), and the permission it needs. For each role the call must succeed when
the role has the permission, and otherwise raise ``PermissionDenied`` without writing anything (the
append-only audit log, which every change writes to, does not grow).

``test_every_entry_point_is_in_the_table`` keeps the table honest: a new public service function
that takes an ``actor``, opens a write unit, or reads the person tables fails the suite until it is
listed here (or in ``EXEMPT`` with the reason it needs no check).
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.services import (
    arsip,
    arsip_daftar,
    arsip_pinjam,
    arsip_scan,
    arsip_search,
    audit_list,
    auth,
    nipd,
    nipd_cards,
    office,
    ppks,
    wilayah,
)
from kesos_desktop.services.auth import Actor, Perm, Role
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.services.nik import make_kk, make_nik
from tests.unit.nipd_helpers import person as nipd_person
from tests.unit.nipd_helpers import signature_png

TODAY = date(2026, 11, 23)
PPKS_DESA = "61.07.02.2001"
_serial = itertools.count(1)


class World:
    """Fresh records made by the admin for each call, so one call never depends on another."""

    def __init__(self, db: Database, admin: Actor, tmp_path: Path) -> None:
        self.db, self.admin, self.tmp = db, admin, tmp_path
        wilayah.set_office_scope(db, admin, "61.07")
        arsip.ensure_starter_scheme(db, admin)
        self.boks = arsip.add_boks(db, admin, "1", None, unit_pengolah="Sekretariat")
        nipd_cards.set_card_settings(
            db, admin, values={"signer_name": "Drs. Pejabat"}, images={"signature": signature_png()}
        )

    def n(self) -> int:
        return next(_serial)

    def path(self, suffix: str) -> Path:
        return self.tmp / f"out{self.n()}{suffix}"

    # PPKS
    def ppks_input(self) -> ppks.PersonInput:
        n, born = self.n(), date(1950, 5, 12)
        return ppks.PersonInput(
            name="Siti Aminah", desa_code=PPKS_DESA, categories=("LUT",), nik=make_nik("61.07.02", born, "P", n),
            kk=make_kk("61.07.02", date(2010, 1, 2), n), birth_place="Bengkayang", birth_date=born, sex="P",
        )  # fmt: skip

    def ppks_draft(self) -> ppks.PersonInfo:
        return ppks.create(self.db, self.admin, self.ppks_input())

    def ppks_submitted(self) -> ppks.PersonInfo:
        p = self.ppks_draft()
        return ppks.submit(self.db, self.admin, p.id, expected_version=p.version)

    # NIPD
    def official(self, *, approved: bool = False) -> nipd.OfficialInfo:
        o = nipd.register(self.db, self.admin, nipd_person(self.n()), today=TODAY).official
        return nipd.approve(self.db, self.admin, o.id, expected_version=o.version) if approved else o

    def without_request(self) -> nipd.OfficialInfo:
        """An active official whose automatic card request (opened on approval) was cancelled."""
        o = self.official(approved=True)
        r = self.card_request(official=o, step="approve")
        nipd.advance_request(self.db, self.admin, r.id, "cancel", expected_version=r.version)
        return o

    def card_request(self, *, official: nipd.OfficialInfo | None = None, step: str | None = None) -> nipd.RequestInfo:
        """``step`` None: requested; "approve": approved (as approval leaves it); "print": printed."""
        o = official or self.official(approved=True)
        if step is None:
            return nipd.request_card(self.db, self.admin, self.without_request().id, "baru")
        r = next(r for r in nipd.list_requests(self.db, self.admin, ("approved",)) if r.official_id == o.id)
        if step == "print":
            nipd_cards.print_cards(self.db, self.admin, self.path(".pdf"), request_ids=[r.id], today=TODAY)
            r = nipd.get_request(self.db, self.admin, r.id)
        return r

    # TEGAR
    def berkas(self, **kw: Any) -> arsip.Berkas:
        data = arsip.BerkasInput(kode="400", uraian=f"Berkas uji {self.n()}", tanggal_mulai=date(2020, 1, 1),
                                 unit_pengolah="Sekretariat", boks="1", **kw)  # fmt: skip
        return arsip.create_berkas(self.db, self.admin, data, today=TODAY)

    def klasifikasi(self) -> arsip.Klasifikasi:
        return arsip.add_klasifikasi(self.db, self.admin, f"400.{self.n()}", "Uji", retensi_aktif=1, retensi_inaktif=2,
                                     disposisi="Musnah")  # fmt: skip

    def rak(self) -> arsip.Lokasi:
        g = arsip.add_lokasi(self.db, self.admin, "gedung", f"Gedung {self.n()}")
        r = arsip.add_lokasi(self.db, self.admin, "ruang", "Ruang 1", g.id)
        return arsip.add_lokasi(self.db, self.admin, "rak", "Rak 1", r.id)

    def peminjam(self) -> arsip_pinjam.Peminjam:
        return arsip_pinjam.add_peminjam(self.db, self.admin, f"Peminjam {self.n()}", "Bidang Rehsos")

    def loan(self) -> arsip_pinjam.Pinjaman:
        return arsip_pinjam.lend(self.db, self.admin, peminjam_id=self.peminjam().id, jatuh_tempo=date(2099, 1, 1),
                                 berkas_id=self.berkas().id)  # fmt: skip

    def scan(self) -> arsip_scan.Scan:
        png = self.path(".png")
        Image.new("RGB", (20, 10), "white").save(png)
        return arsip_scan.attach(self.db, self.admin, self.berkas().id, png)

    def png(self) -> Path:
        png = self.path(".png")
        Image.new("RGB", (20, 10), "white").save(png)
        return png

    def user(self) -> auth.UserInfo:
        name = f"user{self.n()}"
        return auth.create_user(
            self.db, self.admin, username=name, full_name=name, password="rahasia123", role="viewer"
        )

    def xlsx(self, header: list[str], row: list[Any]) -> Path:
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.append(header)
        wb.active.append(row)
        p = self.path(".xlsx")
        wb.save(p)
        return p


Call = Callable[[Actor], Any]


@dataclass(frozen=True)
class Case:
    name: str  # "module.function" or "module.function[variant]"
    perm: Perm | None  # None: every role may
    prepare: Callable[[World], Call]  # makes fresh data as admin, returns the call to run as the role
    denied_only: bool = False  # the allowed call replaces the database: only refusals are checked


def _ppks_update(w: World) -> Call:
    p = w.ppks_draft()
    return lambda a: ppks.update(w.db, a, p.id, p.as_input(), expected_version=p.version)


def _ppks_merge(w: World) -> Call:
    keep, drop = w.ppks_draft(), w.ppks_draft()
    return lambda a: ppks.merge(w.db, a, keep.id, drop.id)


def _ppks_import(w: World) -> Call:
    path = w.xlsx(["NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Desa/Kelurahan", "Kecamatan", "Kategori PPKS"],
                  [make_nik("61.07.02", date(1950, 5, 12), "P", w.n()), "Siti", "12-05-1950", "P", "Samalantan",
                   "Samalantan", "LUT"])  # fmt: skip
    from kesos_desktop.excel import ppks_import

    return lambda a: ppks_import.import_file(w.db, a, path)


def _ppks_commit(w: World) -> Call:
    from kesos_desktop.excel import ppks_import

    path = w.xlsx(["NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Desa/Kelurahan", "Kecamatan", "Kategori PPKS"],
                  [make_nik("61.07.02", date(1950, 5, 12), "P", w.n()), "Siti", "12-05-1950", "P", "Samalantan",
                   "Samalantan", "LUT"])  # fmt: skip
    plan = ppks_import.analyse(w.db, w.admin, path)
    return lambda a: ppks_import.commit(w.db, a, plan)


def _nipd_import(w: World) -> Call:
    from kesos_desktop.excel import nipd_import

    p = nipd_person(w.n())
    path = w.xlsx(["NIK", "Nama", "Jenis Kelamin", "Tempat Lahir", "Tgl Lahir", "Kode Desa", "Jabatan", "Nomor SK",
                   "Tanggal SK", "TMT"],
                  [p.nik, p.name, p.sex, p.birth_place, "01-01-1990", p.desa_code, p.jabatan_code, p.sk_number,
                   "01-03-2024", "04-03-2024"])  # fmt: skip
    return lambda a: nipd_import.import_file(w.db, a, path, today=TODAY)


def _arsip_import(w: World) -> Call:
    from kesos_desktop.excel import arsip_import

    path = w.xlsx(["Kode Klasifikasi", "Uraian Informasi", "Kurun Waktu", "Unit Pengolah"],
                  ["400", f"Impor {w.n()}", "2019", "Sekretariat"])  # fmt: skip
    preview = arsip_import.read(path)
    return lambda a: arsip_import.run_import(w.db, a, preview, preview.guess_mapping(), today=TODAY)


def _list(spec: Any) -> Callable[[World], Call]:
    def prepare(w: World) -> Call:
        s = spec(w) if callable(spec) and not hasattr(spec, "columns") else spec
        return lambda a: ListQuery(s, a).count(w.db)

    return prepare


def _backup(w: World) -> Call:
    from kesos_desktop.services import backup

    suffix = ".sqlite3" if w.db.is_sqlite else ".dump"
    return lambda a: backup.backup(w.db, a, w.path(suffix))


def _restore(w: World) -> Call:
    from kesos_desktop.services import backup

    return lambda a: backup.restore(w.db, a, w.path(".sqlite3"), safety_dir=w.tmp)


P = Perm
TABLE: list[Case] = [
    # --- users, settings, audit log
    Case("auth.create_user", P.USERS_MANAGE, lambda w: lambda a: auth.create_user(
        w.db, a, username=f"baru{w.n()}", full_name="Baru", password="rahasia123", role="viewer")),
    Case("auth.update_user", P.USERS_MANAGE, lambda w: (lambda u: lambda a: auth.update_user(
        w.db, a, u.id, expected_version=u.version, full_name="Nama Baru"))(w.user())),
    Case("auth.list_users", P.USERS_MANAGE, lambda w: lambda a: auth.list_users(w.db, a)),
    Case("auth.get_user", P.USERS_MANAGE, lambda w: (lambda u: lambda a: auth.get_user(w.db, a, u.id))(w.user())),
    Case("auth.get_user[self]", None, lambda w: lambda a: auth.get_user(w.db, a, a.id)),
    Case("auth.set_password", P.USERS_MANAGE, lambda w: (lambda u: lambda a: auth.set_password(
        w.db, a, u.id, "sandibaru123"))(w.user())),
    Case("auth.set_password[self]", None, lambda w: lambda a: auth.set_password(
        w.db, a, a.id, "rahasia123", old_password="rahasia123")),
    Case("office.set_value", P.SETTINGS_MANAGE, lambda w: lambda a: office.set_value(w.db, a, "uji.kunci", str(w.n()))),
    Case("wilayah.set_office_scope", P.SETTINGS_MANAGE, lambda w: lambda a: wilayah.set_office_scope(w.db, a, "61.07")),
    Case("audit_list.distinct_usernames", P.AUDIT_VIEW, lambda w: lambda a: audit_list.distinct_usernames(w.db, a)),
    Case("audit_list.distinct_entities", P.AUDIT_VIEW, lambda w: lambda a: audit_list.distinct_entities(w.db, a)),
    Case("audit_list.get_entry", P.AUDIT_VIEW, lambda w: (lambda i: lambda a: audit_list.get_entry(w.db, a, i))(
        w.db.read().__enter__().scalar(select(func.max(AuditEntry.id))))),
    Case("backup.backup", P.SETTINGS_MANAGE, _backup),
    Case("backup.restore", P.SETTINGS_MANAGE, _restore, denied_only=True),
    # --- PPKS
    Case("ppks.create", P.PPKS_EDIT, lambda w: lambda a: ppks.create(w.db, a, w.ppks_input())),
    Case("ppks.update", P.PPKS_EDIT, _ppks_update),
    Case("ppks.delete", P.PPKS_EDIT, lambda w: (lambda p: lambda a: ppks.delete(
        w.db, a, p.id, expected_version=p.version))(w.ppks_draft())),
    Case("ppks.submit", P.PPKS_EDIT, lambda w: (lambda p: lambda a: ppks.submit(
        w.db, a, p.id, expected_version=p.version))(w.ppks_draft())),
    Case("ppks.verify", P.PPKS_VERIFY, lambda w: (lambda p: lambda a: ppks.verify(
        w.db, a, p.id, expected_version=p.version))(w.ppks_submitted())),
    Case("ppks.reject", P.PPKS_VERIFY, lambda w: (lambda p: lambda a: ppks.reject(
        w.db, a, p.id, "data kurang", expected_version=p.version))(w.ppks_submitted())),
    Case("ppks.merge", P.PPKS_MERGE, _ppks_merge),
    Case("ppks.get", P.DATA_VIEW, lambda w: (lambda p: lambda a: ppks.get(w.db, a, p.id))(w.ppks_draft())),
    Case("ppks.find_by_nik", P.DATA_VIEW, lambda w: (lambda p: lambda a: ppks.find_by_nik(w.db, a, p.nik))(
        w.ppks_draft())),
    Case("ppks.search_names", P.DATA_VIEW, lambda w: lambda a: ppks.search_names(w.db, a, "Siti")),
    Case("ppks.history", P.DATA_VIEW, lambda w: (lambda p: lambda a: ppks.history(w.db, a, p.id))(w.ppks_draft())),
    Case("ppks.probable_duplicates", P.DATA_VIEW, lambda w: lambda a: ppks.probable_duplicates(w.db, a)),
    Case("ppks.dismiss_duplicate", P.PPKS_VERIFY, lambda w: (lambda p, q: lambda a: ppks.dismiss_duplicate(
        w.db, a, p.id, q.id, "beda orang"))(w.ppks_draft(), w.ppks_draft())),
    Case("ppks.dismissed_duplicates", P.PPKS_VERIFY, lambda w: lambda a: ppks.dismissed_duplicates(w.db, a)),
    Case("ppks.photo_of", P.DATA_VIEW, lambda w: (lambda p: lambda a: ppks.photo_of(w.db, a, p.id))(w.ppks_draft())),
    Case("ppks.restore_duplicate", P.PPKS_MERGE, lambda w: (lambda d: lambda a: ppks.restore_duplicate(
        w.db, a, d.a_id, d.b_id))(ppks.dismiss_duplicate(w.db, w.admin, w.ppks_draft().id, w.ppks_draft().id, "x"))),
    Case("ppks.dashboard", P.DATA_VIEW, lambda w: lambda a: ppks.dashboard(w.db, a)),
    Case("ppks.rekap", P.DATA_VIEW, lambda w: lambda a: ppks.rekap(w.db, a, "kecamatan")),
    Case("ppks.filtered_ids_query", P.DATA_VIEW, lambda w: lambda a: ppks.filtered_ids_query(a, {})),
    Case("ppks.iter_export_rows", P.DATA_EXPORT, lambda w: lambda a: list(ppks.iter_export_rows(w.db, a, {}))),
    Case("ppks.record_export", P.DATA_EXPORT, lambda w: lambda a: ppks.record_export(w.db, a, "uji", 1, "x.xlsx")),
    Case("ppks_export.export_list", P.DATA_EXPORT, lambda w: lambda a: __import__(
        "kesos_desktop.excel.ppks_export", fromlist=["x"]).export_list(w.db, a, w.path(".xlsx"))),
    Case("ppks_export.write_rekap_xlsx", P.DATA_EXPORT, lambda w: lambda a: __import__(
        "kesos_desktop.excel.ppks_export", fromlist=["x"]).write_rekap_xlsx(
        w.db, a, ppks.rekap(w.db, w.admin, "kategori"), w.path(".xlsx"))),
    Case("ppks_reports.write_rekap_pdf", P.DATA_EXPORT, lambda w: lambda a: __import__(
        "kesos_desktop.printing.ppks_reports", fromlist=["x"]).write_rekap_pdf(
        w.db, a, ppks.rekap(w.db, w.admin, "kategori"), w.path(".pdf"))),
    Case("ppks_template.build", P.DATA_VIEW, lambda w: lambda a: __import__(
        "kesos_desktop.excel.ppks_template", fromlist=["x"]).build(w.db, a, w.path(".xlsx"))),
    Case("ppks_import.import_file", P.PPKS_EDIT, _ppks_import),
    Case("ppks_import.analyse", P.PPKS_EDIT, lambda w: (lambda f: lambda a: __import__(
        "kesos_desktop.excel.ppks_import", fromlist=["x"]).analyse(w.db, a, f))(
        w.xlsx(["NIK", "Nama", "Desa", "Kategori"], ["1", "Siti", "Samalantan", "LUT"]))),
    Case("ppks_import.commit", P.PPKS_EDIT, _ppks_commit),
    # --- NIPD
    Case("nipd.register", P.NIPD_EDIT, lambda w: lambda a: nipd.register(w.db, a, nipd_person(w.n()), today=TODAY)),
    Case("nipd.update", P.NIPD_EDIT, lambda w: (lambda o: lambda a: nipd.update(
        w.db, a, o.id, nipd_person(0, nik=o.nik, name="Nama Baru"), expected_version=o.version, today=TODAY))(
        w.official())),
    Case("nipd.approve", P.NIPD_APPROVE, lambda w: (lambda o: lambda a: nipd.approve(
        w.db, a, o.id, expected_version=o.version))(w.official())),
    Case("nipd.mutasi", P.NIPD_EDIT, lambda w: (lambda o: lambda a: nipd.mutasi(
        w.db, a, o.id, expected_version=o.version, jabatan_code="SEKDES", desa_code=o.desa_code,
        sk_number="141/9/2025", sk_date=date(2025, 1, 2), tmt=date(2025, 1, 6), today=TODAY))(
        w.official(approved=True))),
    Case("nipd.end_service", P.NIPD_EDIT, lambda w: (lambda o: lambda a: nipd.end_service(
        w.db, a, o.id, expected_version=o.version, sk_number="141/10/2025", sk_date=date(2025, 2, 1),
        reason="Mengundurkan diri", ended_on=date(2025, 2, 1), today=TODAY))(w.official(approved=True))),
    Case("nipd.get", P.DATA_VIEW, lambda w: (lambda o: lambda a: nipd.get(w.db, a, o.id))(w.official())),
    Case("nipd.photo_of", P.DATA_VIEW, lambda w: (lambda o: lambda a: nipd.photo_of(w.db, a, o.id))(w.official())),
    Case("nipd.save_jabatan", P.SETTINGS_MANAGE, lambda w: lambda a: nipd.save_jabatan(
        w.db, a, f"UJI{w.n()}", "Jabatan Uji")),
    Case("nipd.set_number_settings", P.SETTINGS_MANAGE, lambda w: lambda a: nipd.set_number_settings(
        w.db, a, "{desa}{tahun}{urut:4}", "desa", "tahun")),
    Case("nipd.request_card", P.NIPD_EDIT, lambda w: (lambda o: lambda a: nipd.request_card(
        w.db, a, o.id, "baru"))(w.without_request())),
    Case("nipd.advance_request[approve]", P.NIPD_APPROVE, lambda w: (lambda r: lambda a: nipd.advance_request(
        w.db, a, r.id, "approve", expected_version=r.version))(w.card_request())),
    Case("nipd.advance_request[cancel]", P.NIPD_EDIT, lambda w: (lambda r: lambda a: nipd.advance_request(
        w.db, a, r.id, "cancel", expected_version=r.version))(w.card_request())),
    Case("nipd.advance_request[distribute]", P.NIPD_PRINT, lambda w: (lambda r: lambda a: nipd.advance_request(
        w.db, a, r.id, "distribute", expected_version=r.version))(w.card_request(step="print"))),
    Case("nipd.list_requests", P.DATA_VIEW, lambda w: lambda a: nipd.list_requests(w.db, a)),
    Case("nipd.get_request", P.DATA_VIEW, lambda w: (lambda r: lambda a: nipd.get_request(w.db, a, r.id))(
        w.card_request())),
    Case("nipd.register_book", P.DATA_EXPORT, lambda w: lambda a: nipd.register_book(w.db, a, "61.07.01.2001")),
    Case("nipd.record_export", P.DATA_EXPORT, lambda w: lambda a: nipd.record_export(
        w.db, a, "61.07.01.2001", "x.pdf", 1)),
    Case("nipd_cards.print_cards", P.NIPD_PRINT, lambda w: (lambda r: lambda a: nipd_cards.print_cards(
        w.db, a, w.path(".pdf"), request_ids=[r.id], today=TODAY))(w.card_request(step="approve"))),
    Case("nipd_cards.set_card_settings", P.SETTINGS_MANAGE, lambda w: lambda a: nipd_cards.set_card_settings(
        w.db, a, values={"signer_name": f"Pejabat {w.n()}"})),
    Case("nipd_cards.list_batches", P.DATA_VIEW, lambda w: lambda a: nipd_cards.list_batches(w.db, a)),
    Case("nipd_import.import_file", P.NIPD_EDIT, _nipd_import),
    # --- TEGAR (arsip)
    Case("arsip.add_klasifikasi", P.ARSIP_EDIT, lambda w: lambda a: arsip.add_klasifikasi(
        w.db, a, f"400.{w.n()}", "Uji")),
    Case("arsip.update_klasifikasi", P.ARSIP_EDIT, lambda w: (lambda k: lambda a: arsip.update_klasifikasi(
        w.db, a, k.code, expected_version=k.version, title="Uji baru", retensi_aktif=2, retensi_inaktif=3,
        disposisi="Musnah"))(w.klasifikasi())),
    Case("arsip.retire_klasifikasi", P.ARSIP_EDIT, lambda w: (lambda k: lambda a: arsip.retire_klasifikasi(
        w.db, a, k.code, expected_version=k.version))(w.klasifikasi())),
    Case("arsip.delete_klasifikasi", P.ARSIP_EDIT, lambda w: (lambda k: lambda a: arsip.delete_klasifikasi(
        w.db, a, k.code))(w.klasifikasi())),
    Case("arsip.import_klasifikasi_rows", P.ARSIP_EDIT, lambda w: lambda a: arsip.import_klasifikasi_rows(
        w.db, a, [arsip.KlasifikasiRow(2, f"400.{w.n()}", "Impor")])),
    Case("arsip.import_klasifikasi_file", P.ARSIP_EDIT, lambda w: (lambda f: lambda a: arsip.import_klasifikasi_file(
        w.db, a, f))(w.xlsx(["Kode", "Judul"], [f"400.{w.n()}", "Impor berkas"]))),
    Case("arsip.add_lokasi", P.ARSIP_EDIT, lambda w: lambda a: arsip.add_lokasi(w.db, a, "gedung", f"Gedung {w.n()}")),
    Case("arsip.add_boks", P.ARSIP_EDIT, lambda w: lambda a: arsip.add_boks(w.db, a, f"B{w.n()}", None)),
    Case("arsip.move_boks", P.ARSIP_EDIT, lambda w: (lambda b, rak: lambda a: arsip.move_boks(
        w.db, a, b.id, rak.id, expected_version=b.version))(
        arsip.add_boks(w.db, w.admin, f"M{w.n()}", None), w.rak())),
    Case("arsip.create_berkas", P.ARSIP_EDIT, lambda w: lambda a: arsip.create_berkas(w.db, a, arsip.BerkasInput(
        kode="400", uraian=f"Baru {w.n()}", tanggal_mulai=date(2020, 1, 1), unit_pengolah="Sekretariat"),
        today=TODAY)),
    Case("arsip.update_berkas", P.ARSIP_EDIT, lambda w: (lambda b: lambda a: arsip.update_berkas(
        w.db, a, b.id, arsip.BerkasInput(kode="400", uraian=b.uraian + " (ubah)", tanggal_mulai=date(2020, 1, 1),
                                         unit_pengolah="Sekretariat"), expected_version=b.version, today=TODAY))(
        w.berkas())),
    Case("arsip.delete_berkas", P.ARSIP_EDIT, lambda w: (lambda b: lambda a: arsip.delete_berkas(
        w.db, a, b.id, expected_version=b.version))(w.berkas())),
    Case("arsip.get_berkas", P.DATA_VIEW, lambda w: (lambda b: lambda a: arsip.get_berkas(w.db, a, b.id))(w.berkas())),
    Case("arsip_pinjam.add_peminjam", P.ARSIP_LEND, lambda w: lambda a: arsip_pinjam.add_peminjam(
        w.db, a, f"Orang {w.n()}", "Sekretariat")),
    Case("arsip_pinjam.approve_rahasia", P.USERS_MANAGE, lambda w: (lambda p: lambda a: arsip_pinjam.approve_rahasia(
        w.db, a, p.id))(w.peminjam())),
    Case("arsip_pinjam.lend", P.ARSIP_LEND, lambda w: (lambda p, b: lambda a: arsip_pinjam.lend(
        w.db, a, peminjam_id=p.id, jatuh_tempo=date(2099, 1, 1), berkas_id=b.id))(w.peminjam(), w.berkas())),
    Case("arsip_pinjam.return_loan", P.ARSIP_LEND, lambda w: (lambda ln: lambda a: arsip_pinjam.return_loan(
        w.db, a, ln.id, kondisi="baik"))(w.loan())),
    Case("arsip_pinjam.overdue", P.DATA_VIEW, lambda w: lambda a: arsip_pinjam.overdue(w.db, a)),
    Case("arsip_scan.attach", P.ARSIP_EDIT, lambda w: (lambda b, f: lambda a: arsip_scan.attach(w.db, a, b.id, f))(
        w.berkas(), w.png())),
    Case("arsip_scan.open_scan", P.DATA_VIEW, lambda w: (lambda x: lambda a: arsip_scan.open_scan(w.db, a, x.id))(
        w.scan())),
    Case("arsip_scan.delete_scan", P.ARSIP_EDIT, lambda w: (lambda x: lambda a: arsip_scan.delete_scan(
        w.db, a, x.id))(w.scan())),
    Case("arsip_daftar.build", P.DATA_VIEW, lambda w: lambda a: arsip_daftar.build(w.db, a, "aktif", today=TODAY)),
    Case("arsip_daftar.record_export", P.DATA_EXPORT, lambda w: (lambda d: lambda a: arsip_daftar.record_export(
        w.db, a, d, "x.xlsx", "xlsx"))(arsip_daftar.build(w.db, w.admin, "aktif", today=TODAY))),
    Case("arsip_search.search", P.DATA_VIEW, lambda w: lambda a: arsip_search.search(w.db, a, "berkas 400")),
    Case("arsip_search.berkas_query", P.DATA_VIEW, lambda w: lambda a: arsip_search.berkas_query(w.db, a).count(w.db)),
    Case("arsip_import.run_import", P.ARSIP_EDIT, _arsip_import),
    # --- every list of the shared record list (ListQuery checks the spec's permission)
    Case("listing.ListQuery[ppks]", P.DATA_VIEW, _list(ppks.LIST_SPEC)),
    Case("listing.ListQuery[nipd]", P.DATA_VIEW, _list(nipd.LIST_SPEC)),
    Case("listing.ListQuery[nipd_kartu]", P.DATA_VIEW, _list(nipd.REQUEST_LIST_SPEC)),
    Case("listing.ListQuery[nipd_jabatan]", P.SETTINGS_MANAGE, _list(nipd.JABATAN_LIST_SPEC)),
    Case("listing.ListQuery[wilayah]", P.DATA_VIEW, _list(wilayah.LIST_SPEC)),
    Case("listing.ListQuery[audit]", P.AUDIT_VIEW, _list(audit_list.LIST_SPEC)),
    Case("listing.ListQuery[arsip_boks]", P.DATA_VIEW, _list(arsip_search.boks_list_spec())),
    Case("listing.ListQuery[arsip_klasifikasi]", P.DATA_VIEW, _list(arsip_search.klasifikasi_list_spec())),
    Case("listing.ListQuery[arsip_peminjaman]", P.DATA_VIEW, _list(arsip_pinjam.loan_list_spec())),
]  # fmt: skip

# Public functions that need no permission check of their own, and why.
EXEMPT: dict[str, str] = {
    "auth.login": "authenticates; lockout tested in test_auth",
    "auth.user_count": "a number, for the first-run wizard",
    "auth.require": "the check itself",
    "auth.mask_nik": "pure function",
    "audit.record": "writes inside the caller's unit of work; the caller checked",
    "audit_list.mask_text": "pure function",
    "office.put": "writes inside the caller's unit of work; the caller checked",
    "nipd.register_in": "inside nipd.register / the importer, which check NIPD_EDIT",
    "nipd.update_in": "inside nipd.update / the importer, which check NIPD_EDIT",
    "ppks.check": "form validation; its database lookup (duplicate NIK) runs only with PPKS_EDIT (tested below)",
    "ppks.check_values": "pure validation",
    "arsip.ensure_starter_scheme": "seeds the shipped scheme into an empty table; no user data",
    "nipd_cards.verify": "public card verification (the QR): signature and status only, no NIK",
    "nipd_cards.export_public_key": "the public key is meant to be shared",
    "nipd_demo.generate": "demo data from the CLI (kesos demo-data), no user session",
    "ppks_demo.generate": "demo data from the CLI, no user session",
    "arsip_demo.generate": "demo data from the CLI, no user session",
    "arsip_demo.bulk_insert_berkas": "used by the importer (checked) and demo data",
    "demo.generate": "demo data from the CLI, no user session",
    "wilayah.seed": "set-up: loads the national region list",
    "ppks.rebuild_tallies": "maintenance (kesos ppks recount): recomputes counts, no user data shown",
    "arsip_search.rebuild_index": "maintenance: rebuilds the full-text index",
    "office.overview": "home-page counts only",
    "schema.upgrade": "start-up migration (before login)",
    "backup.run_auto_backup": "the scheduled copy the app makes itself; the admin turns it on",
    "backup.backup_sqlite": "inside backup.backup (checked) and the scheduler",
    "backup.backup_postgres": "inside backup.backup (checked)",
    "backup.table_counts": "row counts for the restore confirmation",
    "consistency.check": "read-only health check for the admin CLI (kesos check)",
    "arsip_scan.list_scans": "file names and sizes of a record's scans; every role has DATA_VIEW (open_scan checks)",
    "worklist.for_actor": "home-page counts, each through ListQuery (which checks the list's permission)",
}
MODULES = ("kesos_desktop.services", "kesos_desktop.excel", "kesos_desktop.printing")
_PERSON_TABLES = re.compile(r"\b(PpksPerson|Official|AuditEntry|User|ArsipScan)\b")


def _entry_points() -> dict[str, str]:
    """Public functions that take an actor, open a write unit, or read the person/audit/user tables."""
    found: dict[str, str] = {}
    for pkg_name in MODULES:
        pkg = importlib.import_module(pkg_name)
        for m in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"{pkg_name}.{m.name}")
            for name, fn in inspect.getmembers(mod, inspect.isfunction):
                if fn.__module__ != mod.__name__ or name.startswith("_"):
                    continue
                params = list(inspect.signature(fn).parameters)
                src = inspect.getsource(fn)
                if "actor" in params:
                    found[f"{m.name}.{name}"] = "takes an actor"
                elif ".write()" in src:
                    found[f"{m.name}.{name}"] = "opens a write unit"
                elif params[:1] == ["db"] and _PERSON_TABLES.search(src):
                    found[f"{m.name}.{name}"] = "reads person/audit/user tables"
    return found


def _exists(name: str) -> bool:
    """False only for a function gone from a module that exists (a module not written yet is no stale entry)."""
    module, fn = name.split(".")
    for pkg in MODULES:
        try:
            return callable(getattr(importlib.import_module(f"{pkg}.{module}"), fn, None))
        except ModuleNotFoundError:
            continue
    return True


def test_every_entry_point_is_in_the_table() -> None:
    listed = {c.name.split("[")[0] for c in TABLE} | set(EXEMPT)
    found = _entry_points()
    missing = {name: why for name, why in found.items() if name not in listed}
    assert not missing, f"add these to TABLE (with their permission) or EXEMPT (with a reason): {missing}"
    stale = {n for n in listed if not n.startswith("listing.") and not _exists(n)}
    assert not stale, f"no longer exist, remove from the table: {stale}"


def _audit_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


# The rules are Python, the same on both back ends: SQLite keeps this quick (every case makes fresh data).
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_exactly_its_permissions(
    db: Database, admin: Actor, make_actor, tmp_path: Path, role: Role
) -> None:  # type: ignore[no-untyped-def]
    world = World(db, admin, tmp_path)
    actor = admin if role is Role.ADMIN else make_actor(role.value)
    failures: list[str] = []
    for case in TABLE:
        allowed = case.perm is None or actor.can(case.perm)
        if allowed and case.denied_only:
            continue
        call = case.prepare(world)
        before = _audit_count(db)
        try:
            call(actor)
        except errors.PermissionDenied:
            if allowed:
                failures.append(f"{case.name}: {role} was refused but has {case.perm}")
            elif _audit_count(db) != before:
                failures.append(f"{case.name}: refused, but wrote to the database first")
            continue
        except Exception as e:  # noqa: BLE001 - every case is reported at once
            failures.append(f"{case.name}: {type(e).__name__}: {e}")
            continue
        if not allowed:
            failures.append(f"{case.name}: {role} lacks {case.perm} but the call succeeded")
    assert not failures, "\n".join(failures)


def test_viewer_form_check_does_not_reveal_whose_nik(db: Database, admin: Actor, make_actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = World(db, admin, tmp_path)
    existing = world.ppks_draft()
    data = world.ppks_input()
    data.nik = existing.nik
    viewer = make_actor("viewer")
    assert ppks.check(db, viewer, data).error_for("nik") is None
    operator = make_actor("operator")
    said = ppks.check(db, operator, data).error_for("nik")
    assert said is not None and existing.name in said  # whoever may save learns why it cannot
