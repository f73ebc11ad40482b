"""``kill -9`` in the middle of a big import, on SQLite and on PostgreSQL: all or nothing, nothing damaged.

The import runs as the real command (``kesos ppks import`` / ``kesos arsip import``) in a child process.
The test reads its progress lines; once the analysis is done and the first "saved k of N" line of the
commit phase arrives, it confirms the write transaction is open (SQLite: the file's write lock is
held; PostgreSQL: the import's backend holds a transaction id) and kills the process with SIGKILL.
Afterwards: SQLite ``PRAGMA integrity_check`` is ok, the app's consistency check passes (tallies equal
a recount, triggers in place), not one row nor the audit entry of that import exists, and the database
takes new writes.

Row count: ``make test`` runs the issue's full 100,000 PPKS rows (the file is written once per session by
a raw xlsx writer in about 2 s; each back end then takes 6-11 s on 2 busy cores) and 50,000 TEGAR rows
(half: that import has no separate analysis pass and the kill lands as soon as saving starts).
``KESOS_KILL_ROWS`` / ``KESOS_KILL_ARSIP_ROWS`` lower them for a quick local run; with too few rows the
commit may finish before the kill lands, and the test then fails saying so rather than passing.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from kesos_desktop.models import AuditEntry
from kesos_desktop.models.arsip import ArsipBerkas, ArsipBoks, ArsipFolder
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import auth, consistency, ppks, ppks_demo, wilayah
from kesos_desktop.services.nik import make_nik
from tests.scale import workers
from tests.scale.test_concurrency import office_desa
from tests.scale.xlsx_fast import write_xlsx

ROOT = Path(__file__).resolve().parents[2]
ROWS = int(os.environ.get("KESOS_KILL_ROWS", "100000"))
ARSIP_ROWS = int(os.environ.get("KESOS_KILL_ARSIP_ROWS", str(max(ROWS // 2, 1000))))
_PROGRESS = re.compile(r"Impor: ([\d.]+)/([\d.]+)")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def ppks_big_xlsx(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    db = Database.open(sqlite_url(sqlite_template))
    try:
        desa = office_desa(db)
    finally:
        db.dispose()
    return write_xlsx(
        tmp_path_factory.mktemp("kill") / f"ppks-{ROWS}.xlsx", workers.ppks_rows(desa, ROWS, first_day=3000)
    )


@pytest.fixture(scope="session")
def arsip_big_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shape of ``arsip_import.make_legacy_xlsx`` (title rows, kurun as dates or year ranges)."""
    rows: list[list[Any]] = [["DAFTAR ARSIP DINAS SOSIAL"], ["Unit: Sekretariat"], []]
    rows.append(["No", "Kode Klasifikasi", "No. Berkas", "Uraian Informasi Berkas", "Kurun Waktu", "Unit Pengolah",
                 "Tingkat Perkembangan", "Jumlah", "No. Boks", "No. Folder", "Keterangan"])  # fmt: skip
    codes = ["000", "100", "400", "400.9", "400.10", "400.12", "800", "900"]
    for i in range(ARSIP_ROWS):
        d = date(2000, 1, 1) + timedelta(days=(i * 37) % 8000)
        kurun = d.strftime("%d/%m/%Y") if i % 3 else f"{d.year}-{min(d.year + 1, 2024)}"
        rows.append([i + 1, codes[i % len(codes)], f"{i + 1:05d}", f"Berkas kegiatan sosial nomor {i + 1}", kurun,
                     "Sekretariat", "Asli", f"{1 + i % 9} lembar", str(1 + i // 40), str(1 + i % 5), None])  # fmt: skip
    return write_xlsx(tmp_path_factory.mktemp("kill") / f"arsip-{ARSIP_ROWS}.xlsx", rows, sheet="Daftar")


def _n(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def _number(s: str) -> int:
    return int(s.replace(".", ""))


def _reader(stream: Any, out: queue.Queue[str | None]) -> None:
    buf = ""
    while True:
        chunk = stream.read1(4096) if hasattr(stream, "read1") else stream.read(4096)
        if not chunk:
            break
        buf += chunk.decode(errors="replace")
        *parts, buf = re.split(r"[\r\n]", buf)
        for p in parts:
            out.put(p)
    if buf:
        out.put(buf)
    out.put(None)


def _open_writers(db: Database) -> list[int]:
    """Who holds a write transaction on the database right now (PostgreSQL: backend pids; SQLite: [0])."""
    if db.is_sqlite:
        con = sqlite3.connect(str(db.sqlite_path), timeout=0, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
            return []
        except sqlite3.OperationalError as e:
            assert "locked" in str(e)
            return [0]
        finally:
            con.close()
    with db.engine.connect() as c:
        return list(
            c.scalars(
                text(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"
                )
            )
        )


def _kill_during_commit(args: list[str], db: Database, in_commit: Callable[[int, int, bool], bool]) -> dict[str, Any]:
    """Run the command; SIGKILL it at the first commit-phase progress line (``in_commit(done, total, analysed)``)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kesos_desktop.cli", *args, "--database-url", str(db.url.render_as_string(False))],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    started = time.perf_counter()
    analysed_at = None
    seen: list[str] = []
    try:
        while True:
            line = lines.get(timeout=240)
            if line is None:
                pytest.fail("the import ended before it could be killed:\n" + "\n".join(seen[-20:]))
            seen.append(line)
            m = _PROGRESS.search(line)
            if not m:
                continue
            done, total = _number(m.group(1)), _number(m.group(2))
            if in_commit(done, total, analysed_at is not None):
                break
            if analysed_at is None and done == total and total > 1 and in_commit(done, total, True) is False:
                # The analysis' last line (PPKS: done == total), or the start of saving (TEGAR: past half).
                analysed_at = time.perf_counter() - started
        assert proc.poll() is None, "the import finished before the kill"
        writers = _open_writers(db)
        assert writers, "progress said 'saving' but no write transaction is open"
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.perf_counter() - started
        proc.wait(timeout=30)
        wal = Path(f"{db.sqlite_path}-wal") if db.is_sqlite else None
        wal_bytes = wal.stat().st_size if wal is not None and wal.exists() else 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, "\n".join(seen[-20:])
    return {
        "done": done,
        "total": total,
        "killed_at": killed_at,
        "analysed_at": analysed_at,
        "writers": writers,
        "wal": wal_bytes,
    }


def _wait_backend_gone(db: Database, pids: list[int]) -> None:
    """PostgreSQL notices the dead client and rolls its transaction back; wait for that."""
    if db.is_sqlite:
        return
    deadline = time.monotonic() + 30
    with db.engine.connect() as c:
        while c.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:p)"), {"p": pids}):
            assert time.monotonic() < deadline, "the killed client's backend did not go away"
            time.sleep(0.05)
            c.rollback()


def _assert_intact(db_url: str, before: dict[str, Any]) -> None:
    db = Database.open(db_url)
    try:
        if db.is_sqlite:
            with db.engine.connect() as c:
                assert c.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        assert consistency.check(db) == []
        assert _state(db) == before
        assert ppks.tally_snapshot(db) == before["tallies"]
        # Still writable: the dead process left no lock behind.
        born = date(1955, 2, 3)
        ppks.create(
            db,
            auth.SYSTEM,
            ppks.PersonInput(name="Sesudah Kill", desa_code="61.07.02.2001", categories=("FM",),
                             nik=make_nik("61.07.02", born, "L", 9), birth_date=born, sex="L"),
        )  # fmt: skip
        assert consistency.check(db) == []
    finally:
        db.dispose()


def _state(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return {
            "people": s.scalar(select(func.count()).select_from(PpksPerson)),
            "imported": s.scalar(
                select(func.count()).select_from(PpksPerson).where(PpksPerson.import_batch.is_not(None))
            ),
            "berkas": s.scalar(select(func.count()).select_from(ArsipBerkas)),
            "boks": s.scalar(select(func.count()).select_from(ArsipBoks)),
            "folder": s.scalar(select(func.count()).select_from(ArsipFolder)),
            "audit": s.scalar(select(func.max(AuditEntry.id))),
            "audit_imports": s.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")
            ),
            "tallies": ppks.tally_snapshot(db),
        }


def _prepare(db_url: str) -> tuple[Database, dict[str, Any]]:
    db = Database.open(db_url)
    wilayah.set_office_scope(db, auth.SYSTEM, "61.07")
    ppks_demo.generate(db, 300, seed=11)  # existing records, so the tallies have something to keep
    return db, _state(db)


def test_kill_during_ppks_import(db_url: str, ppks_big_xlsx: Path) -> None:
    db, before = _prepare(db_url)
    try:
        # PPKS prints the analysis k/N, then N/N, then the commit's k/N ("Menyimpan…") from the start again.
        got = _kill_during_commit(
            ["ppks", "import", str(ppks_big_xlsx)], db, lambda done, total, analysed: analysed and 0 < done < total
        )
        _wait_backend_gone(db, got["writers"])
    finally:
        db.dispose()
    assert got["total"] == ROWS
    _assert_intact(db_url, before)
    print(
        f"{db.kind}: impor PPKS {_n(ROWS)} baris dibunuh (SIGKILL) pada {_n(got['done'])}/{_n(ROWS)} baris tersimpan, "
        f"{got['killed_at']:.1f} s setelah mulai (analisis selesai {got['analysed_at']:.1f} s"
        + (f", WAL {got['wal'] / 1e6:.1f} MB saat dibunuh" if db.kind == "sqlite" else "")
        + "); "
        "integritas dan konsistensi OK, 0 baris dari impor itu"
    )


def _prepare_arsip(db: Database) -> dict[str, Any]:
    """The starter classification scheme and the boxes the list names (the import adds folders, not boxes)."""
    from kesos_desktop.models.base import utcnow
    from kesos_desktop.services import arsip

    arsip.ensure_starter_scheme(db, auth.SYSTEM)
    g = arsip.add_lokasi(db, auth.SYSTEM, "gedung", "Depo")
    rak = arsip.add_lokasi(db, auth.SYSTEM, "rak", "Rak 1", arsip.add_lokasi(db, auth.SYSTEM, "ruang", "R1", g.id).id)
    now = utcnow()
    with db.write() as s:
        s.execute(
            ArsipBoks.__table__.insert(),
            [
                {"nomor": str(b), "lokasi_id": rak.id, "status": "tersedia", "created_at": now, "updated_at": now,
                 "version": 1}
                for b in range(1, ARSIP_ROWS // 40 + 2)
            ],
        )  # fmt: skip
    return _state(db)


def test_kill_during_arsip_import(db_url: str, arsip_big_xlsx: Path) -> None:
    db, _ = _prepare(db_url)
    before = _prepare_arsip(db)
    try:
        # TEGAR counts checking as 0..N and saving as N..2N of 2N: at N its folders are written and the
        # records' inserts begin, in the same open transaction.
        got = _kill_during_commit(
            ["arsip", "import", str(arsip_big_xlsx)], db, lambda done, total, _a: total // 2 <= done < total
        )
        _wait_backend_gone(db, got["writers"])
    finally:
        db.dispose()
    assert got["total"] == 2 * ARSIP_ROWS
    _assert_intact(db_url, before)
    print(
        f"{db.kind}: impor TEGAR {_n(ARSIP_ROWS)} baris dibunuh pada {_n(got['done'] - ARSIP_ROWS)}/{_n(ARSIP_ROWS)} "
        f"tahap simpan, {got['killed_at']:.1f} s setelah mulai; integritas dan konsistensi OK, 0 berkas/boks baru"
    )
