"""NIKs stay masked for roles without ``nik.view``: lists, record reads, duplicates, searches, exports
(xlsx and PDF text), the audit-log viewer and the CLI. Each test also shows an operator (who may see
NIKs) getting the full number, so a test that finds nothing cannot pass by finding nothing at all."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from kesos_desktop.models.db import Database
from kesos_desktop.services import audit_list, auth, nipd, ppks, wilayah
from kesos_desktop.services.auth import Actor, Perm, Role
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.services.nik import make_kk, make_nik
from tests.unit.nipd_helpers import person as nipd_person

FULL = re.compile(r"(?<!\d)\d{16}(?!\d)")
TODAY = date(2026, 11, 23)


def _people(db: Database, admin: Actor) -> list[ppks.PersonInfo]:
    wilayah.set_office_scope(db, admin, "61.07")
    out = []
    for i, name in enumerate(["Siti Aminah", "Siti Aminah", "Budi Santoso"], 1):
        born = date(1950, 5, 12)
        out.append(
            ppks.create(db, admin, ppks.PersonInput(
                name=name, desa_code="61.07.02.2001", categories=("LUT",), nik=make_nik("61.07.02", born, "P", i),
                kk=make_kk("61.07.02", date(2010, 1, 2), i), birth_place="Bengkayang", birth_date=born, sex="P",
                address=f"Dusun {i}",
            ))
        )  # fmt: skip
    return out


def _leaks(text: str, niks: set[str]) -> set[str]:
    return {n for n in FULL.findall(text) if n in niks}


@pytest.fixture
def people(db: Database, admin: Actor) -> list[ppks.PersonInfo]:
    return _people(db, admin)


@pytest.fixture
def secret(people: list[ppks.PersonInfo]) -> set[str]:
    return {p.nik for p in people if p.nik} | {p.kk for p in people if p.kk}


@pytest.fixture
def roles(make_actor) -> dict[str, Actor]:  # type: ignore[no-untyped-def]
    # Arsiparis may export but not see NIKs: the case exports must get right.
    return {r: make_actor(r) for r in ("viewer", "arsiparis", "operator")}


def _list_text(db: Database, spec: Any, actor: Actor, search: str = "") -> str:
    q = ListQuery(spec, actor, search_text=search)
    rows = q.page(db, 0, 100, total=q.count(db))
    return "\n".join(q.display(i, v) for r in rows for i, v in enumerate(r.values))


def test_ppks_list_shows_masked_nik(db: Database, people, secret, roles) -> None:  # type: ignore[no-untyped-def]
    for role in ("viewer", "arsiparis"):
        text = _list_text(db, ppks.LIST_SPEC, roles[role])
        assert "1904" not in text and "6107" in text and "********" in text
        assert not _leaks(text, secret), role
    assert _leaks(_list_text(db, ppks.LIST_SPEC, roles["operator"]), secret)


def test_nik_prefix_search_is_no_oracle_for_masked_roles(db: Database, people, secret, roles) -> None:  # type: ignore[no-untyped-def]
    """Typing digit after digit would otherwise rebuild any NIK from the list's hit count."""
    target = people[0].nik
    assert target is not None
    for role in ("viewer", "arsiparis"):
        q = ListQuery(ppks.LIST_SPEC, roles[role])
        assert q.with_search(target[:10]).count(db) == 0
        assert q.with_search(target[:15]).count(db) == 0
        assert q.with_search(target).count(db) == 1  # the whole number: nothing new learnt
        assert q.with_search("siti").count(db) == 2  # name search unchanged
    op = ListQuery(ppks.LIST_SPEC, roles["operator"])
    assert op.with_search(target[:10]).count(db) == 3


def test_ppks_reads_are_masked(db: Database, admin: Actor, people, secret, roles) -> None:  # type: ignore[no-untyped-def]
    ppks.merge(db, admin, people[0].id, people[1].id)  # history now holds the merged record's snapshot
    for role in ("viewer", "arsiparis"):
        a = roles[role]
        got = [
            ppks.get(db, a, people[0].id),
            ppks.find_by_nik(db, a, people[2].nik or ""),
            ppks.history(db, a, people[0].id),
            ppks.probable_duplicates(db, a),
            ppks.search_names(db, a, "s"),
        ]
        assert not _leaks(repr(got), secret), (role, _leaks(repr(got), secret))
        info = got[0]
        assert info.nik == auth.mask_nik(people[0].nik, a) and info.kk is not None and "*" in info.kk
    full = repr([ppks.get(db, roles["operator"], people[0].id), ppks.history(db, roles["operator"], people[0].id)])
    assert people[0].nik in full and people[1].nik in full


def test_nipd_reads_and_list_are_masked(db: Database, admin: Actor, roles) -> None:  # type: ignore[no-untyped-def]
    o = nipd.register(db, admin, nipd_person(5), today=TODAY).official
    o = nipd.approve(db, admin, o.id, expected_version=o.version)
    for role in ("viewer", "arsiparis"):
        a = roles[role]
        got = repr([nipd.get(db, a, o.id), nipd.list_requests(db, a), _list_text(db, nipd.LIST_SPEC, a)])
        assert o.nik not in got, role
        assert ListQuery(nipd.LIST_SPEC, a).with_search(o.nik).count(db) == 1
    assert o.nik in repr(nipd.get(db, roles["operator"], o.id))


def _xlsx_text(path: Path) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_exports_mask_nik(db: Database, people, secret, roles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.excel import ppks_export
    from kesos_desktop.printing import ppks_reports

    a = roles["arsiparis"]
    assert not a.can(Perm.NIK_VIEW) and a.can(Perm.DATA_EXPORT)
    xlsx = tmp_path / "daftar.xlsx"
    assert ppks_export.export_list(db, a, xlsx) == 3
    text = _xlsx_text(xlsx)
    assert not _leaks(text, secret) and "Siti Aminah" in text and "6107********" in text
    for by in ("kecamatan", "kategori"):
        rekap = ppks.rekap(db, a, by)
        ppks_export.write_rekap_xlsx(db, a, rekap, tmp_path / f"rekap-{by}.xlsx")
        ppks_reports.write_rekap_pdf(db, a, rekap, tmp_path / f"rekap-{by}.pdf")
        assert not _leaks(_xlsx_text(tmp_path / f"rekap-{by}.xlsx"), secret)
        assert not _leaks(_pdf_text(tmp_path / f"rekap-{by}.pdf"), secret)
    op = tmp_path / "operator.xlsx"
    ppks_export.export_list(db, roles["operator"], op)
    assert _leaks(_xlsx_text(op), secret) == secret


def test_nipd_register_book_exports_carry_no_nik(db: Database, admin: Actor, roles, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.excel import nipd_export
    from kesos_desktop.printing import nipd_register

    o = nipd.register(db, admin, nipd_person(6), today=TODAY).official
    nipd.approve(db, admin, o.id, expected_version=o.version)
    book = nipd.register_book(db, roles["arsiparis"], "61.07.01.2001")
    nipd_export.write_register(book, tmp_path / "a4.xlsx")
    nipd_register.write_register(book, tmp_path / "a4.pdf")
    assert o.name in _xlsx_text(tmp_path / "a4.xlsx")
    assert o.nik not in _xlsx_text(tmp_path / "a4.xlsx") and o.nik not in _pdf_text(tmp_path / "a4.pdf")


def test_audit_viewer_masks_nik_in_summaries_and_values(
    db: Database, admin: Actor, people, secret, roles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No shipped role has the audit view without NIK rights; if one ever does, the viewer still masks."""
    ppks.update(db, admin, people[2].id, people[2].as_input(), expected_version=people[2].version)
    monkeypatch.setitem(auth.ROLE_PERMS, Role.VIEWER, auth.ROLE_PERMS[Role.VIEWER] | {Perm.AUDIT_VIEW})
    viewer = roles["viewer"]
    text = _list_text(db, audit_list.LIST_SPEC, viewer)
    q = ListQuery(audit_list.LIST_SPEC, viewer)
    entries = [audit_list.get_entry(db, viewer, r.id) for r in q.page(db, 0, 200)]
    changes = [audit_list.field_changes(e) for e in entries]
    blob = text + repr(entries) + repr(changes)
    assert not _leaks(blob, secret), _leaks(blob, secret)
    assert "********" in blob  # the NIKs are there, masked
    verif = ListQuery(audit_list.LIST_SPEC, auth.Actor(admin.id, "v", "V", Role.VERIFIKATOR))
    full = [audit_list.get_entry(db, verif.actor, r.id) for r in verif.page(db, 0, 200)]
    assert _leaks(repr(full), secret) == secret
    assert all(not _leaks(repr(asdict(e)), secret) for e in entries)


def test_cli_as_a_masked_role(db_url: str, db: Database, people, secret, roles, tmp_path: Path,  # type: ignore[no-untyped-def]
                              monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from kesos_desktop import cli

    monkeypatch.setenv("KESOS_AS_PASSWORD", "rahasia123")
    who = roles["arsiparis"].username
    out = tmp_path / "cli.xlsx"
    assert cli.main(["ppks", "export", "--database-url", db_url, "--as-user", who, "-o", str(out)]) == 0
    assert not _leaks(_xlsx_text(out), secret) and "Siti Aminah" in _xlsx_text(out)
    nik = people[0].nik or ""
    assert cli.main(["ppks", "export", "--database-url", db_url, "--as-user", who, "-o", str(out),
                     "--cari", nik[:12]]) == 0  # fmt: skip
    assert "Siti" not in _xlsx_text(out)  # a prefix finds nothing for this role
    capsys.readouterr()
    assert cli.main(["ppks", "duplicates", "--database-url", db_url, "--as-user", who]) == 0
    printed = capsys.readouterr().out
    assert "pasangan" in printed and not _leaks(printed, secret)
