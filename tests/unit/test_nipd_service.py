"""NIPD services on SQLite and PostgreSQL: registration rules, number allocation, positions, card requests."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from sqlalchemy import select, text

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Official
from kesos_desktop.services import nipd, wilayah
from kesos_desktop.services.nik import make_nik
from tests.unit.nipd_helpers import DESA, person

TODAY = date(2026, 11, 23)


def _fields(exc: errors.ValidationErrors) -> set[str | None]:
    return {e.field for e in exc.errors}


def test_register_reports_every_bad_field_and_warns_on_appointment_rules(db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    bad = person(1, nik="12345", sk_date=date(2027, 1, 1), desa_code=None, name=" ")
    with pytest.raises(errors.ValidationErrors) as e:
        nipd.register(db, admin, bad, today=TODAY)
    assert {"nik", "sk_date", "desa_code", "name"} <= _fields(e.value)
    assert "16 digit" in str(e.value)
    with pytest.raises(errors.ValidationErrors) as e:
        nipd.register(db, admin, person(1, sk_date=date(1980, 1, 1)), today=TODAY)
    assert _fields(e.value) == {"sk_date"}
    with pytest.raises(errors.ValidationErrors) as e:
        nipd.register(db, admin, person(1, photo=b"not an image at all"), today=TODAY)
    assert _fields(e.value) == {"photo"}
    with db.read() as s:
        assert s.scalar(select(Official.id)) is None  # nothing half-written

    # 45 years old at appointment and only SMP: saved, with two warnings.
    res = nipd.register(db, admin, person(1, born=date(1979, 1, 1), education="SMP"), today=TODAY)
    texts = " ".join(str(w) for w in res.warnings)
    assert "45 tahun" in texts and "SMA" in texts
    assert res.official.status == "diajukan" and res.official.nipd is None
    ok = nipd.register(db, admin, person(2), today=TODAY)
    assert ok.warnings == ()
    with pytest.raises(errors.ValidationErrors) as e:
        nipd.register(db, admin, person(2), today=TODAY)
    assert "sudah terdaftar" in str(e.value)


def test_nik_birth_mismatch_needs_admin_override(db: Database, admin, make_actor) -> None:  # type: ignore[no-untyped-def]
    data = person(3, nik=make_nik("61.07.01", date(1991, 2, 2), "L", 3))
    with pytest.raises(errors.ValidationErrors) as e:
        nipd.register(db, admin, data, today=TODAY)
    assert _fields(e.value) == {"nik"}
    operator = make_actor("operator")
    with pytest.raises(errors.ValidationErrors):
        nipd.register(db, operator, data, accept_nik_issues=True, today=TODAY)
    res = nipd.register(db, admin, data, accept_nik_issues=True, today=TODAY)
    assert res.official.nik_flagged and any("catatan" in str(w) for w in res.warnings)
    viewer = make_actor("viewer")
    with pytest.raises(errors.PermissionDenied):
        nipd.register(db, viewer, person(4), today=TODAY)


def test_allocation_default_template_is_per_desa_per_year_and_never_reused(db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    ids = [nipd.register(db, admin, person(i), today=TODAY).official for i in range(1, 4)]
    numbers = [nipd.approve(db, admin, o.id, expected_version=o.version) for o in ids]
    assert [n.nipd for n in numbers] == ["610701200120240001", "610701200120240002", "610701200120240003"]
    assert numbers[0].nipd_display == "6107012001 2024 0001"
    # Another desa counts on its own.
    other = nipd.register(db, admin, person(5, desa_code="61.07.01.2004"), today=TODAY).official
    assert nipd.approve(db, admin, other.id, expected_version=other.version).nipd == "610701200420240001"
    # Ending service keeps the number; the next one is not the freed one.
    last = numbers[2]
    ended = nipd.end_service(
        db, admin, last.id, expected_version=last.version, sk_number="9/2026", sk_date=date(2026, 1, 5),
        reason="Mengundurkan diri", today=TODAY,
    )  # fmt: skip
    assert ended.status == "berhenti" and ended.nipd == "610701200120240003"
    assert ended.positions[-1].end_reason == "Mengundurkan diri"
    new = nipd.register(db, admin, person(6), today=TODAY).official
    assert nipd.approve(db, admin, new.id, expected_version=new.version).nipd == "610701200120240004"
    with pytest.raises(errors.ConflictError):
        nipd.approve(db, admin, new.id, expected_version=new.version)


def test_template_rules_overflow_and_change(db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    for bad in ("{desa}{tahun}", "{desa}{urut:0}", "{desa}{urut:4}{urut:2}", "{nama}{urut:3}", "{desa{urut:3}"):
        with pytest.raises(errors.ValidationError) as e:
            nipd.set_number_settings(db, admin, bad, "desa", "tahun")
        assert e.value.field == "template"
    with pytest.raises(errors.ValidationError, match="urut"):
        nipd.set_number_settings(db, admin, "{desa}{tahun}", "desa", "tahun")

    nipd.set_number_settings(db, admin, "{kab}.{jk}.{lahir}.{urut:2}", "kab", "selamanya")
    first = nipd.register(db, admin, person(1), today=TODAY).official
    got = nipd.approve(db, admin, first.id, expected_version=first.version)
    assert got.nipd == "6107.1.19900101.01" and got.nipd_display == got.nipd
    # The counter is at the edge: the next allocation would need 3 digits.
    with db.write() as s:
        s.execute(text("UPDATE nipd_counter SET value = 99 WHERE scope_key = 'kab:61.07:*'"))
    second = nipd.register(db, admin, person(2), today=TODAY).official
    with pytest.raises(errors.ValidationError, match="sudah habis"):
        nipd.approve(db, admin, second.id, expected_version=second.version)
    with db.read() as s:
        assert s.scalar(text("SELECT value FROM nipd_counter WHERE scope_key = 'kab:61.07:*'")) == 99
        assert s.get(Official, second.id).status == "diajukan"  # type: ignore[union-attr]
    # Changing the format affects only new numbers; a clash with an old number is skipped, not reused.
    nipd.set_number_settings(db, admin, "{kab}.{jk}.{lahir}.{urut:3}", "kab", "selamanya")
    with db.write() as s:
        s.execute(text("UPDATE nipd_counter SET value = 0 WHERE scope_key = 'kab:61.07:*'"))
        s.execute(
            text(
                "INSERT INTO nipd_number (number, official_id, scope_key, counter, allocated_at) "
                "VALUES ('6107.1.19900101.001', NULL, 'x', 1, CURRENT_TIMESTAMP)"
            )
        )
    again = nipd.approve(db, admin, second.id, expected_version=second.version)
    assert again.nipd == "6107.1.19900101.002"
    with db.read() as s:
        assert s.get(Official, first.id).nipd == "6107.1.19900101.01"  # type: ignore[union-attr]


def test_mutasi_keeps_history_and_number(db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    o = nipd.register(db, admin, person(1, jabatan_code="KADUS"), today=TODAY).official
    o = nipd.approve(db, admin, o.id, expected_version=o.version)
    with pytest.raises(errors.ValidationErrors) as e:
        nipd.mutasi(
            db, admin, o.id, expected_version=o.version, jabatan_code="SEKDES", desa_code="61.07.01",
            sk_number="", sk_date=date(2025, 6, 1), tmt=date(2024, 1, 1), today=TODAY,
        )  # fmt: skip
    assert _fields(e.value) == {"desa_code", "sk_number", "tmt"}
    moved = nipd.mutasi(
        db, admin, o.id, expected_version=o.version, jabatan_code="SEKDES", desa_code="61.07.01.2004",
        sk_number="141/7/2025", sk_date=date(2025, 6, 1), tmt=date(2025, 6, 2), today=TODAY,
    )  # fmt: skip
    assert moved.nipd == o.nipd and moved.jabatan_name == "Sekretaris Desa" and moved.desa_code == "61.07.01.2004"
    assert [p.jabatan_code for p in moved.positions] == ["KADUS", "SEKDES"]
    assert moved.positions[0].ended_on == date(2025, 6, 2) and moved.positions[1].ended_on is None
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "perangkat")).all()
    assert any(a.startswith("Mutasi") for a in actions) and any(a.startswith("Disetujui") for a in actions)


def test_card_request_steps(db: Database, admin) -> None:  # type: ignore[no-untyped-def]
    o = nipd.register(db, admin, person(1), today=TODAY).official
    with pytest.raises(errors.KnownError):
        nipd.request_card(db, admin, o.id, "hilang")  # no NIPD yet
    o = nipd.approve(db, admin, o.id, expected_version=o.version)
    queue = nipd.list_requests(db, admin)
    assert [(r.reason, r.status) for r in queue] == [("baru", "approved")]
    with pytest.raises(errors.DuplicateError):
        nipd.request_card(db, admin, o.id, "rusak")
    cancelled = nipd.advance_request(db, admin, queue[0].id, "cancel", expected_version=queue[0].version)
    assert cancelled.status == "cancelled" and cancelled.cancelled_at is not None
    req = nipd.request_card(db, admin, o.id, "rusak", "patah")
    with pytest.raises(errors.KnownError):
        nipd.advance_request(db, admin, req.id, "distribute", expected_version=req.version)
    approved = nipd.advance_request(db, admin, req.id, "approve", expected_version=req.version)
    assert approved.status == "approved" and approved.approved_at is not None


# --- race-free allocation across processes -----------------------------------------------------


def _allocate_many(url: str, n: int, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    database = Database.open(url)
    got = []
    settings = nipd.NumberSettings()
    try:
        for _ in range(n):
            with database.write() as s:
                number, _display = nipd.allocate_number(
                    s, settings, desa_code=DESA, year=2024, sex="L", birth_date=date(1990, 1, 1), official_id=None
                )
            got.append(number)
    finally:
        database.dispose()
    out.put(got)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_parallel_allocation_has_no_duplicates(backend: str, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("sqlite_db_url" if backend == "sqlite" else "pg_url")
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_allocate_many, args=(url, 50, out)) for _ in range(4)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    numbers = [n for r in results for n in r]
    assert len(numbers) == 200 and len(set(numbers)) == 200
    assert sorted(int(n[-4:]) for n in numbers) == list(range(1, 201))


def test_list_filters_and_operator_scope(db: Database, admin, make_actor) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.services.listing import ListQuery

    in_3_months = nipd._add_months(date.today(), 3)
    born = in_3_months.replace(year=in_3_months.year - nipd.RETIREMENT_AGE, day=1)
    old = nipd.register(db, admin, person(1, born=born, name="Tua Sekali"), today=date.today()).official
    nipd.approve(db, admin, old.id, expected_version=old.version)
    nipd.register(db, admin, person(2, name="Muda Sekali", sk_date=date(2025, 2, 1), tmt=date(2025, 2, 3)), today=TODAY)
    other = "61.07.02"
    other_desa = wilayah.children(db, other)[0].code
    nipd.register(
        db, admin, person(3, nik=make_nik(other, date(1990, 1, 1), "L", 3), desa_code=other_desa), today=TODAY
    )
    q = ListQuery(nipd.LIST_SPEC, admin)
    assert q.count(db) == 3
    names = lambda query: [r.values[1] for r in query.page(db, 0, 10)]  # noqa: E731
    assert names(q.with_filter("retiring", 1)) == []
    assert names(q.with_filter("retiring", 6)) == ["Tua Sekali"]
    assert names(q.with_filter("sk_year", 2025)) == ["Muda Sekali"]
    assert names(q.with_filter("status", "diajukan").with_filter("within", "61.07.01")) == ["Muda Sekali"]
    assert names(q.with_search("tua")) == ["Tua Sekali"]
    operator = make_actor("operator", scope_code=other)
    assert ListQuery(nipd.LIST_SPEC, operator).count(db) == 1
    with pytest.raises(errors.PermissionDenied):
        nipd.register(db, operator, person(4), today=TODAY)
