"""Several client PCs at once: 8 processes on one PostgreSQL database, 4 on one SQLite file.

Each process (tests/scale/workers.py) logs in, waits at a start barrier, then registers and approves
NIPD officials (one shared number counter), edits the same PPKS records with the version it read, and
imports small PPKS workbooks. Afterwards: no duplicate NIPD number, no lost update (every save either
landed or was reported as a conflict), one audit entry per committed change, and the app's own
consistency check (tallies vs a recount, counters, references) passes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import NumberLedger, Official
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import auth, consistency, ppks, wilayah
from kesos_desktop.services.nik import make_nik
from tests.scale import workers
from tests.scale.xlsx_fast import write_xlsx

ROOT = Path(__file__).resolve().parents[2]
SHARED_DESA = "61.07.02.2001"


def office_desa(db: Database) -> list[tuple[str, str, str]]:
    """(desa code, kecamatan name, desa name) of the office's scope, as an import file names them."""
    names = {r.code: r.name for r in wilayah.regions_at_level(db, wilayah.KECAMATAN, "61.07")}
    return [(r.code, names[r.code[:8]], r.name) for r in wilayah.regions_at_level(db, wilayah.DESA, "61.07")]


def _prepare(url: str, procs: int, tmp: Path, *, rounds: int, imports: int) -> tuple[dict[str, Any], int]:
    db = Database.open(url)
    try:
        wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
        for i in range(procs):
            auth.create_user(
                db, auth.SYSTEM, username=f"w{i}", full_name=f"Operator {i}", password=workers.PASSWORD, role="admin"
            )
        shared = []
        for i in range(2):
            born = date(1950, 5, 12 + i)
            info = ppks.create(
                db,
                auth.SYSTEM,
                ppks.PersonInput(
                    name=f"Data Bersama {i}",
                    desa_code=SHARED_DESA,
                    categories=("FM",),
                    nik=make_nik(SHARED_DESA[:8], born, "P", 1),
                    birth_date=born,
                    sex="P",
                    collected_on=date(2023, 6, 1),
                ),
            )
            shared.append(info.id)
        desa = office_desa(db)
        files = []
        for w in range(procs):
            mine = []
            for j in range(imports):
                path = tmp / f"impor-{w}-{j}.xlsx"
                write_xlsx(path, workers.ppks_rows(desa, 25, first_day=20_000 + w * 10 + j, seed=w * 10 + j))
                mine.append(str(path))
            files.append(mine)
        with db.read() as s:
            baseline = int(s.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))))
    finally:
        db.dispose()
    (tmp / "ready").mkdir()
    (tmp / "out").mkdir()
    cfg = {
        "url": url,
        "ready_dir": str(tmp / "ready"),
        "go_file": str(tmp / "go"),
        "out_dir": str(tmp / "out"),
        "shared_ids": shared,
        "rounds": rounds,
        "edits_per_round": 2,
        "think_s": 0.02,
        "import_files": files,
    }
    return cfg, baseline


def _run_workers(cfg: dict[str, Any], procs: int, tmp: Path) -> tuple[list[dict[str, Any]], float]:
    cfg_path = tmp / "config.json"
    cfg_path.write_text(json.dumps(cfg))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.scale.workers", str(cfg_path), str(i)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for i in range(procs)
    ]
    try:
        deadline = time.monotonic() + 90
        while len(list(Path(cfg["ready_dir"]).iterdir())) < procs:
            dead = [c for c in children if c.poll() is not None]
            assert not dead, dead[0].stdout.read().decode() if dead[0].stdout else "worker died"
            assert time.monotonic() < deadline, "workers not ready"
            time.sleep(0.02)
        started = time.perf_counter()
        Path(cfg["go_file"]).touch()
        for c in children:
            out, _ = c.communicate(timeout=180)
            assert c.returncode == 0, out.decode()
        wall = time.perf_counter() - started
    finally:
        for c in children:
            if c.poll() is None:
                c.kill()
                c.wait()
    results = [json.loads((Path(cfg["out_dir"]) / f"{i}.json").read_text()) for i in range(procs)]
    for r in results:
        assert "fatal" not in r, r["fatal"]
        assert r["errors"] == [], "\n".join(r["errors"])
    return results, wall


def _check_outcome(url: str, cfg: dict[str, Any], baseline: int, results: list[dict[str, Any]], wall: float) -> str:
    committed: Counter[str] = Counter()
    for r in results:
        committed.update(r["committed"])
    numbers = [n for r in results for n in r["numbers"]]
    db = Database.open(url)
    try:
        with db.read() as s:
            # NIPD: every approval got its own number, in the officials and in the ledger.
            assert len(numbers) == committed["nipd_approve"] == len(results) * cfg["rounds"]
            assert len(set(numbers)) == len(numbers), "duplicate NIPD numbers handed out"
            stored = list(s.scalars(select(Official.nipd).where(Official.nipd.is_not(None))))
            assert sorted(stored) == sorted(numbers)
            assert s.scalar(select(func.count()).select_from(NumberLedger)) == len(numbers)
            counters = sorted(int(n[-4:]) for n in numbers)
            assert counters == list(range(1, len(numbers) + 1)), "allocation skipped or reused a counter value"

            # PPKS edits: every save that was reported as done is in the record, exactly once, and the
            # version moved once per save; every other attempt was reported as a conflict.
            attempts = sum(r["edit_attempts"] for r in results)
            conflicts = sum(r["conflicts"] for r in results)
            assert committed["ppks_update"] + conflicts == attempts
            assert conflicts > 0, "no save ever met a concurrent save: the test did not exercise conflicts"
            for pid in cfg["shared_ids"]:
                saved = [t for r in results for t in r["saved_tokens"].get(str(pid), [])]
                p = s.get(PpksPerson, pid)
                assert p is not None
                tokens = [t for t in (p.condition_notes or "").split(";") if t]
                assert sorted(tokens) == sorted(saved), "a committed save was lost or a refused one applied"
                assert p.version == 1 + len(saved)
            imported = s.scalar(select(func.count()).select_from(PpksPerson).where(PpksPerson.data_source == "import"))
            assert imported == sum(r["imported_rows"] for r in results) == committed["ppks_import"] * 25

            # Audit: one entry per committed change, of the right kind.
            rows = s.execute(
                select(AuditEntry.action, AuditEntry.entity, func.count())
                .where(AuditEntry.id > baseline)
                .group_by(AuditEntry.action, AuditEntry.entity)
            ).all()
            by_kind = {(a, e): n for a, e, n in rows}
            assert sum(by_kind.values()) == sum(committed.values())
            assert by_kind == {
                ("login", "user"): committed["login"],
                ("create", "perangkat"): committed["nipd_register"],
                ("update", "perangkat"): committed["nipd_approve"],
                ("update", "ppks"): committed["ppks_update"],
                ("import", "ppks"): committed["ppks_import"],
            }
            if not db.is_sqlite:
                assert s.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) >= 1
        assert consistency.check(db) == []
    finally:
        db.dispose()
    alloc_per_s = len(numbers) / wall
    busy = sum(r["alloc_seconds"] for r in results) / len(numbers) * 1000
    reg = sum(r["register_seconds"] for r in results) / len(numbers) * 1000
    line = (
        f"{db.kind}: {len(results)} proses, {wall:.1f} s; {len(numbers)} NIPD = {alloc_per_s:.1f} alokasi/s "
        f"(beban campuran; rata-rata approve {busy:.0f} ms, register {reg:.0f} ms); {committed['ppks_update']} simpan PPKS, "
        f"{conflicts} konflik dilaporkan; {committed['ppks_import']} impor; "
        f"{sum(committed.values())} perubahan = {sum(by_kind.values())} entri audit"
    )
    print(line)
    return line


@pytest.mark.slow
@pytest.mark.postgresql
def test_eight_processes_on_one_postgresql(pg_url: str, tmp_path: Path) -> None:
    cfg, baseline = _prepare(pg_url, 8, tmp_path, rounds=8, imports=2)
    results, wall = _run_workers(cfg, 8, tmp_path)
    _check_outcome(pg_url, cfg, baseline, results, wall)


@pytest.mark.slow
def test_four_processes_on_one_sqlite_file(sqlite_db_url: str, tmp_path: Path) -> None:
    cfg, baseline = _prepare(sqlite_db_url, 4, tmp_path, rounds=10, imports=3)
    results, wall = _run_workers(cfg, 4, tmp_path)
    _check_outcome(sqlite_db_url, cfg, baseline, results, wall)
