"""Quotes, SQL fragments, LIKE wildcards, NUL, FTS5 and tsquery syntax through every search box, on
both back ends: each search answers (or says clearly why not, as a ``KesosError``), the tables are
intact afterwards, wildcards are literal, and a value containing a quote is found by typing it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry, User, Wilayah
from kesos_desktop.models.arsip import ArsipBerkas
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Official
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import arsip, arsip_pinjam, arsip_search, audit_list, auth, nipd, ppks, wilayah
from kesos_desktop.services.auth import Actor
from kesos_desktop.services.listing import ListQuery
from kesos_desktop.services.nik import make_nik
from tests.unit.nipd_helpers import person as nipd_person

NASTY = [
    "'", '"', "'; DROP TABLE app_user; --", "%", "_", "\\", "\x00", "' OR '1'='1", "NEAR(", '"unbalanced',
    "&|!", "a & b | !c", "foo:*", "!!", "(", ")", "*", "^", "-", "AND OR NOT", "x:* & y:*", "NEAR(a b, 2)",
    "a\x00b", "' UNION SELECT password_hash FROM app_user --", "1; DELETE FROM ppks_person", "%' --", "\\%", "\\_",
    "’", "６１０７", "6107%", "6107____", "400.9'--", "2019' OR 1=1 --", "boks '1", "boks:1'", "ARSIP-BOKS:1'",
    "ARSIP-BOKS:99999999999999999999", "\U0010ffff", "a\U0010ffff", "x" * 3000, "   ", "\t\n",
]  # fmt: skip
TODAY = date(2026, 11, 23)


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
            for m in (User, PpksPerson, Official, ArsipBerkas, Wilayah, AuditEntry)
        }


@pytest.fixture
def world(db: Database, admin: Actor, make_actor) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    wilayah.set_office_scope(db, admin, "61.07")
    born = date(1950, 5, 12)
    person = ppks.create(db, admin, ppks.PersonInput(
        name="Ma'ruf O'Neil", desa_code="61.07.02.2001", categories=("LUT",), nik=make_nik("61.07.02", born, "L", 1),
        birth_place="Bengkayang", birth_date=born, sex="L"))  # fmt: skip
    official = nipd.register(db, admin, nipd_person(3, name="Yohanes D'Silva"), today=TODAY).official
    arsip.ensure_starter_scheme(db, admin)
    arsip.add_boks(db, admin, "1", None)
    arsip.add_klasifikasi(db, admin, "400.7", "Bantuan 'Khusus' \"Darurat\"")
    berkas = arsip.create_berkas(db, admin, arsip.BerkasInput(
        kode="400", uraian="Bantuan 'khusus' \"darurat\" 100%_x; DROP TABLE arsip_berkas",
        tanggal_mulai=date(2020, 1, 1), unit_pengolah="Sekretariat", boks="1"), today=TODAY)  # fmt: skip
    peminjam = arsip_pinjam.add_peminjam(db, admin, "Maria D'Costa", "Bidang Rehsos")
    arsip_pinjam.lend(db, admin, peminjam_id=peminjam.id, jatuh_tempo=date(2099, 1, 1), berkas_id=berkas.id)
    return {"admin": admin, "viewer": make_actor("viewer"), "operator": make_actor("operator"), "person": person,
            "official": official, "berkas": berkas}  # fmt: skip


def _searches(db: Database, w: dict[str, Any]) -> dict[str, Callable[[str], Any]]:
    """Every search box: its name and a call that runs it as the view does (count, then first page)."""

    def listed(spec: Any, actor: Actor, query: Any = None) -> Callable[[str], Any]:
        def run(text: str) -> Any:
            q = (query or ListQuery(spec, actor)).with_search(text)
            n = q.count(db)
            return n, q.page(db, 0, 20, total=n)

        return run

    admin, viewer, operator = w["admin"], w["viewer"], w["operator"]
    return {
        "ppks list (operator)": listed(ppks.LIST_SPEC, operator),
        "ppks list (viewer)": listed(ppks.LIST_SPEC, viewer),
        "ppks.search_names": lambda t: ppks.search_names(db, operator, t),
        "ppks.find_by_nik": lambda t: ppks.find_by_nik(db, operator, t),
        "ppks export search": lambda t: list(ppks.iter_export_rows(db, operator, {}, t)),
        "nipd list": listed(nipd.LIST_SPEC, operator),
        "nipd card queue": listed(nipd.REQUEST_LIST_SPEC, admin),
        "nipd jabatan": listed(nipd.JABATAN_LIST_SPEC, admin),
        "arsip catalogue (FTS5/tsvector)": listed(None, admin, arsip_search.berkas_query(db, admin)),
        "arsip_search.search": lambda t: arsip_search.search(db, admin, t),
        "arsip boxes": listed(arsip_search.boks_list_spec(), admin),
        "arsip.find_boks": lambda t: arsip.find_boks(db, t),
        "arsip classification": listed(arsip_search.klasifikasi_list_spec(), admin),
        "arsip loans": listed(arsip_pinjam.loan_list_spec(TODAY), admin),
        "wilayah list": listed(wilayah.LIST_SPEC, viewer),
        "audit log": listed(audit_list.LIST_SPEC, admin),
    }


def _run_all(db: Database, w: dict[str, Any], text: str) -> list[str]:
    problems = []
    for name, run in _searches(db, w).items():
        try:
            run(text)
        except errors.KesosError as e:
            assert str(e.message), name  # a clear message, never a bare class name
        except Exception as e:  # noqa: BLE001 - reported with the search and the input
            problems.append(f"{name} {text[:40]!r}: {type(e).__name__}: {str(e)[:200]}")
    return problems


def test_nasty_input_through_every_search_box(db: Database, world: dict[str, Any]) -> None:
    before = _counts(db)
    problems = [p for text in NASTY for p in _run_all(db, world, text)]
    assert not problems, "\n".join(problems)
    assert _counts(db) == before
    # The admin can still log in: the users table is untouched.
    assert auth.login(db, "admin", "rahasia123").username == "admin"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], database=None)
@given(text=st.text(max_size=60))
@example(text="\U0010ffff")  # the name-prefix range once computed chr(0x110000)
@example(text="_")
def test_any_text_through_every_search_box(db: Database, world: dict[str, Any], text: str) -> None:
    assert not _run_all(db, world, text)


def test_wildcards_are_literal(db: Database, world: dict[str, Any]) -> None:
    s = _searches(db, world)
    for name in ("ppks list (operator)", "nipd list", "wilayah list", "arsip classification", "arsip loans"):
        for wildcard in ("%", "_", "%%", "_%_"):
            assert s[name](wildcard)[0] == 0, (name, wildcard)
    assert s["ppks.search_names"]("%") == [] and s["ppks.search_names"]("_") == []


def test_values_with_quotes_are_found_literally(db: Database, world: dict[str, Any]) -> None:
    s = _searches(db, world)
    assert s["ppks list (operator)"]("Ma'ruf")[0] == 1
    assert s["ppks list (operator)"]("ma'ruf o'neil")[0] == 1
    assert [name for _id, name in s["ppks.search_names"]("Ma'ruf O")] == ["Ma'ruf O'Neil"]
    assert s["nipd list"]("D'Silva")[0] == 1
    assert s["arsip catalogue (FTS5/tsvector)"]("'khusus'")[0] == 1
    assert s["arsip catalogue (FTS5/tsvector)"]('"darurat"')[0] == 1
    assert s["arsip_search.search"]("khusus darurat")[0] == 1
    assert s["arsip classification"]("'khusus'")[0] == 1
    assert s["arsip classification"]('"darurat"')[0] == 1
    assert s["arsip loans"]("d'costa")[0] == 1
    assert s["wilayah list"]("saba'u")[0] == 1  # 61.07.02.2002 Saba'u
    assert s["audit log"]("o'neil")[0] >= 1  # the summary "PPKS Ma'ruf O'Neil"
    # NUL is dropped from the search text on both back ends (PostgreSQL cannot store it at all).
    assert s["ppks list (operator)"]("Ma'ruf\x00")[0] == 1
    assert s["arsip catalogue (FTS5/tsvector)"]("khu\x00sus")[0] == 1


def test_nul_in_saved_text_is_a_clear_error_on_postgresql(db: Database, world: dict[str, Any]) -> None:
    """psycopg refuses NUL in text before the server sees it: the user gets a ValidationError, not a crash."""
    before = _counts(db)
    born = date(1960, 1, 2)
    data = ppks.PersonInput(name="Budi", desa_code="61.07.02.2001", categories=("FM",), address="Dusun\x00Jaya",
                            nik=make_nik("61.07.02", born, "L", 9), birth_date=born, sex="L")  # fmt: skip
    if db.is_sqlite:
        assert ppks.create(db, world["admin"], data).address == "Dusun\x00Jaya"  # SQLite keeps what it is given
        return
    with pytest.raises(errors.ValidationError) as e:
        ppks.create(db, world["admin"], data)
    assert "NUL" in str(e.value.message)
    assert _counts(db) == before
