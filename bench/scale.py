"""Headline figures at a province office's size, on SQLite and PostgreSQL, written to docs/PERFORMANCE.md.

1,000,000 PPKS records and 200,000 archive records (``--ppks``/``--arsip`` for a smaller run) are
generated once per size into a cache folder (``bench/.cache`` or ``$KESOS_BENCH_CACHE``): a SQLite
file and a PostgreSQL data directory. Re-runs start from there (migrated to the schema head first).

Every figure is printed beside its target (where the issues set one) and its peer: the raw speed of
the library underneath, measured in the same run (sqlite3/psycopg on the same table, python-calamine
reading the same file, reportlab drawing the same cards without QR).

    python bench/scale.py [--ppks 1000000] [--arsip 200000] [--import-rows 100000]
                          [--backends sqlite,postgresql] [--out docs/PERFORMANCE.md] [--build-only]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "rahasia123"
SCOPE = "61.07"
PG_DB = "kesos_bench"
PG_BASE = "kesos_base"


def cache_dir() -> Path:
    return Path(os.environ.get("KESOS_BENCH_CACHE") or HERE / ".cache")


def _key(n_ppks: int, n_arsip: int) -> str:
    return f"ppks{n_ppks}-arsip{n_arsip}"


def _upgrade(url: str) -> None:
    """A cached database made before a new migration landed is brought to head (not rebuilt: minutes)."""
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import schema

    db = Database.open(url)
    try:
        backup = schema.upgrade(db, backup_dir=cache_dir() / "upgrade-backup")
        if backup is not None:
            backup.unlink(missing_ok=True)
    finally:
        db.dispose()


def _seed_office(db) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.services import auth, wilayah

    auth.create_user(db, auth.SYSTEM, username="admin", full_name="Admin Bench", password=PASSWORD, role="admin")
    wilayah.set_office_scope(db, auth.SYSTEM, SCOPE)


def _load(db, n_ppks: int, n_arsip: int, meta: dict) -> None:  # type: ignore[no-untyped-def]
    from kesos_desktop.services import arsip_demo, ppks_demo

    t = time.perf_counter()
    ppks_demo.generate(db, n_ppks, seed=3)
    meta["ppks_load_s"] = time.perf_counter() - t
    t = time.perf_counter()
    arsip_demo.generate(db, n_arsip, loans=False)
    meta["arsip_load_s"] = time.perf_counter() - t


def _checkpoint(db) -> None:  # type: ignore[no-untyped-def]
    # Outside a transaction, or the checkpoint finds its own read lock in the way.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def sqlite_base() -> Path:
    """Schema at head, regions seeded, office scope and an admin: the start of every SQLite database here."""
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.services import bootstrap

    path = cache_dir() / "sqlite-base.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        _upgrade(sqlite_url(path))
        return path
    part = path.with_name(path.name + ".part")
    for f in _sqlite_files(part):
        f.unlink(missing_ok=True)
    part.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    prepared = bootstrap.prepare(sqlite_url(part))
    seed_s = time.perf_counter() - t
    _seed_office(prepared.db)
    _checkpoint(prepared.db)
    prepared.db.dispose()
    part.rename(path)
    for f in _sqlite_files(part)[1:]:
        f.unlink(missing_ok=True)
    meta.write_text(json.dumps({"seed_s": seed_s, "seeded": prepared.seeded}))
    return path


def sqlite_dataset(n_ppks: int, n_arsip: int) -> tuple[Path, dict]:
    """The cached SQLite file with the records, built on first use."""
    from kesos_desktop.models.db import Database, sqlite_url

    path = cache_dir() / f"sqlite-{_key(n_ppks, n_arsip)}.sqlite3"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        _upgrade(sqlite_url(path))
        return path, json.loads(meta_path.read_text())
    base = sqlite_base()
    part = path.with_name(path.name + ".part")
    for f in _sqlite_files(part):
        f.unlink(missing_ok=True)
    shutil.copyfile(base, part)
    print(f"[sqlite] membuat data uji {n_ppks:,} PPKS + {n_arsip:,} arsip ...", flush=True)
    db = Database.open(sqlite_url(part))
    meta: dict = {"built": time.strftime("%Y-%m-%d %H:%M")}
    _load(db, n_ppks, n_arsip, meta)
    with db.engine.begin() as c:
        c.exec_driver_sql("ANALYZE")
    _checkpoint(db)
    db.dispose()
    part.rename(path)
    for f in _sqlite_files(part)[1:]:
        f.unlink(missing_ok=True)
    meta_path.write_text(json.dumps(meta))
    return path, meta


def pg_dataset(n_ppks: int, n_arsip: int):  # type: ignore[no-untyped-def]
    """A running cluster from the cache holding ``kesos_base`` (empty office) and ``kesos_bench`` (records)."""
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import bootstrap
    from tests.helpers.pgcluster import admin_execute, start_cluster

    root = cache_dir() / f"pg-{_key(n_ppks, n_arsip)}"
    meta_path = root / "bench.json"
    if meta_path.exists():
        cluster = start_cluster(root)
        for name in (PG_BASE, PG_DB):
            _upgrade(cluster.url(name))
        return cluster, json.loads(meta_path.read_text())
    if root.exists():
        shutil.rmtree(root)
    cache_dir().mkdir(parents=True, exist_ok=True)
    print(f"[postgresql] membuat data uji {n_ppks:,} PPKS + {n_arsip:,} arsip ...", flush=True)
    cluster = start_cluster(root)
    try:
        admin_execute(cluster, f"CREATE DATABASE {PG_BASE}")
        t = time.perf_counter()
        prepared = bootstrap.prepare(cluster.url(PG_BASE))
        meta: dict = {"built": time.strftime("%Y-%m-%d %H:%M"), "seed_s": time.perf_counter() - t}
        _seed_office(prepared.db)
        prepared.db.dispose()
        admin_execute(cluster, f"CREATE DATABASE {PG_DB} TEMPLATE {PG_BASE}")
        db = Database.open(cluster.url(PG_DB))
        _load(db, n_ppks, n_arsip, meta)
        # What autovacuum does after a bulk load: statistics and the visibility map (index-only scans).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM ANALYZE")
        db.dispose()
        meta_path.write_text(json.dumps(meta))
    except BaseException:
        cluster.destroy()
        raise
    return cluster, meta


# --- figures -------------------------------------------------------------------------------------


@dataclass
class Figure:
    area: str
    name: str
    backend: str
    value: float
    unit: str
    target: float | None = None  # upper bound unless ``higher`` (then a floor)
    higher: bool = False
    peer_name: str = ""
    peer_value: float | None = None
    note: str = ""

    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher else self.value < self.target

    def ratio(self) -> float | None:
        if self.peer_value is None or not self.peer_value:
            return None
        # Time units: ours / raw (how many times slower). Rates: raw / ours, so > 1 still means slower.
        return self.peer_value / self.value if self.higher else self.value / self.peer_value


def fmt(v: float, unit: str) -> str:
    if unit in ("ms",) and v < 10:
        return f"{v:.2f} {unit}"
    if unit in ("ms", "MB", "s") and v < 100:
        return f"{v:.1f} {unit}" if unit != "s" or v >= 10 else f"{v:.2f} {unit}"
    return f"{v:,.0f} {unit}".replace(",", " ")


def report(fig: Figure) -> Figure:
    verdict = {None: "", True: "OK", False: "MELEBIHI TARGET"}[fig.met()]
    peer = f" | peer {fig.peer_name} {fmt(fig.peer_value, fig.unit)}" if fig.peer_value is not None else ""
    target = f" (target {'>=' if fig.higher else '<'} {fmt(fig.target, fig.unit)}) {verdict}" if fig.target else ""
    print(f"  [{fig.backend}] {fig.area}: {fig.name}: {fmt(fig.value, fig.unit)}{target}{peer}", flush=True)
    return fig


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def captured_sql(db, fn: Callable[[], object]) -> list[tuple[str, Any, bool]]:  # type: ignore[no-untyped-def]
    """The statements ``fn`` sends to the driver (transaction control left out)."""
    from sqlalchemy import event

    seen: list[tuple[str, Any, bool]] = []

    def hook(_conn, _cur, statement, parameters, _ctx, executemany):  # type: ignore[no-untyped-def]
        if statement.strip().upper().split(" ")[0] not in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
            seen.append((statement, parameters, executemany))

    event.listen(db.engine, "before_cursor_execute", hook)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", hook)
    return seen


def raw_ms(db, statements: list[tuple[str, Any, bool]], runs: int) -> float:  # type: ignore[no-untyped-def]
    """Median time of the same SQL with the same parameters straight on the DBAPI driver (no ORM, no pool)."""
    raw = db.engine.raw_connection()
    try:

        def run() -> None:
            cur = raw.cursor()
            for statement, params, many in statements:
                (cur.executemany if many else cur.execute)(statement, params)
                if cur.description:
                    cur.fetchall()
            cur.close()
            if not db.is_sqlite:
                raw.rollback()

        return median_ms(run, runs)
    finally:
        raw.close()


def with_peer(fig: Figure, db, fn: Callable[[], object], runs: int, peer: str = "same SQL, bare driver") -> Figure:  # type: ignore[no-untyped-def]
    fig.peer_name = peer
    fig.peer_value = raw_ms(db, captured_sql(db, fn), runs)
    return fig


# --- PPKS and archive at scale ------------------------------------------------------------------


def bench_ppks(db, backend: str, runs: int) -> list[Figure]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from bench.ppks_scale import PREFIXES
    from kesos_desktop.models.ppks import PpksPerson
    from kesos_desktop.services import auth, ppks, wilayah
    from kesos_desktop.services.listing import ListQuery

    actor = auth.SYSTEM
    out: list[Figure] = []
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(PpksPerson))
        niks = list(
            s.scalars(select(PpksPerson.nik).where(PpksPerson.id % 97 == 0, PpksPerson.nik.is_not(None)).limit(400))
        )
    rng = random.Random(1)
    it = iter(rng.choices(niks, k=100_000))
    fig = Figure("PPKS", f"NIK lookup, {total:,} records (median)", backend,
                 median_ms(lambda: ppks.find_by_nik(db, actor, next(it)), runs * 4), "ms", 50)  # fmt: skip
    out.append(report(with_peer(fig, db, lambda: ppks.find_by_nik(db, actor, niks[0]), runs * 4,
                                "raw SELECT by the NIK index")))  # fmt: skip
    p_it = iter(PREFIXES * 1000)
    fig = Figure("PPKS", "name-prefix search, 50 names (median)", backend,
                 median_ms(lambda: ppks.search_names(db, actor, next(p_it), 50), runs * 2), "ms", 50)  # fmt: skip
    out.append(report(with_peer(fig, db, lambda: ppks.search_names(db, actor, "sit", 50), runs * 2)))
    base = ListQuery(ppks.LIST_SPEC, actor)
    q_it = iter(PREFIXES * 1000)

    def list_page(text: str | None = None) -> None:
        q = base.with_search(text or next(q_it))
        q.page(db, 0, 200, total=q.count(db))

    fig = Figure("PPKS", "list search: count + first 200 rows (median)", backend, median_ms(list_page, runs), "ms")
    out.append(report(with_peer(fig, db, lambda: list_page("sit"), runs)))
    fig = Figure("PPKS", "unfiltered list: count + first 200 rows (median)", backend,
                 median_ms(lambda: (base.count(db), base.page(db, 0, 200)), runs), "ms")  # fmt: skip
    out.append(report(with_peer(fig, db, lambda: (base.count(db), base.page(db, 0, 200)), runs)))
    fig = Figure("PPKS", "dashboard totals (median)", backend, median_ms(lambda: ppks.dashboard(db, actor), runs), "ms",
                 500, peer_name="raw SELECT count(*) of the table")  # fmt: skip
    fig.peer_value = raw_ms(db, [("SELECT count(*) FROM ppks_person", () if db.is_sqlite else None, False)], runs)
    out.append(report(fig))
    kec = wilayah.regions_at_level(db, wilayah.KECAMATAN, SCOPE)[1].code
    op = auth.Actor(None, "op", "Operator", auth.Role.OPERATOR, kec)
    out.append(report(Figure("PPKS", "dashboard as a kecamatan operator (median)", backend,
                             median_ms(lambda: ppks.dashboard(db, op), runs), "ms", 500)))  # fmt: skip
    return out


def bench_arsip(db, backend: str, runs: int) -> list[Figure]:  # type: ignore[no-untyped-def]
    from bench.arsip_search import QUERIES
    from kesos_desktop.services import arsip_search, auth

    actor = auth.Actor(None, "bench", "Bench", auth.Role.ARSIPARIS)
    medians = []
    worst = ("", 0.0)
    for label, text, filters in QUERIES:
        med = median_ms(lambda t=text, f=filters: arsip_search.search(db, actor, t, **f), runs)
        medians.append(med)
        if med > worst[1]:
            worst = (label, med)
    total, _rows = arsip_search.search(db, actor, "")
    out = [report(Figure("Arsip", f"catalogue search, {total:,} records: median of {len(QUERIES)} queries' medians",
                         backend, statistics.median(medians), "ms", 100))]  # fmt: skip
    out.append(report(Figure("Arsip", f"slowest query ('{worst[0]}', median)", backend, worst[1], "ms", 100)))
    for label, text, filters in (QUERIES[0], QUERIES[2]):
        fig = Figure("Arsip", f"search '{text}' ({label}): count + first 50 (median)", backend,
                     medians[QUERIES.index((label, text, filters))], "ms", 100)  # fmt: skip
        out.append(report(with_peer(fig, db, lambda t=text, f=filters: arsip_search.search(db, actor, t, **f), runs)))
    return out


# --- import, allocation, cards ----------------------------------------------------------------------


def import_file(rows: int, desa: list[tuple[str, str, str]]) -> Path:
    from bench.ppks_import import build_file

    path = cache_dir() / f"ppks-import-{rows}.xlsx"
    if not path.exists():
        part = path.with_name("part-" + path.name)
        build_file(part, rows, desa)
        part.rename(path)
    return path


def raw_insert_rate(db, rows: list[tuple]) -> float:  # type: ignore[no-untyped-def]
    """Rows/s of a bare executemany of the same cells into a scratch table, one transaction."""
    cols = len(rows[0])
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        names = ", ".join(f"c{i} TEXT" for i in range(cols))
        cur.execute("DROP TABLE IF EXISTS bench_raw_insert")
        key = "id INTEGER PRIMARY KEY" if db.is_sqlite else "id SERIAL PRIMARY KEY"
        cur.execute(f"CREATE TABLE bench_raw_insert ({key}, {names})")
        if db.is_sqlite:
            cur.execute("BEGIN")
        mark = "?" if db.is_sqlite else "%s"
        sql = f"INSERT INTO bench_raw_insert ({', '.join(f'c{i}' for i in range(cols))}) VALUES ({', '.join([mark] * cols)})"
        t = time.perf_counter()
        cur.executemany(sql, rows)
        if db.is_sqlite:
            cur.execute("COMMIT")
        else:
            raw.commit()
        took = time.perf_counter() - t
        cur.execute("DROP TABLE bench_raw_insert")
        if not db.is_sqlite:
            raw.commit()
        return len(rows) / took
    finally:
        raw.close()


def bench_import(url: str, backend: str, rows: int) -> list[Figure]:
    import python_calamine

    from kesos_desktop.excel import ppks_import
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import auth, wilayah

    db = Database.open(url)
    try:
        names = {r.code: r.name for r in wilayah.regions_at_level(db, wilayah.KECAMATAN, SCOPE)}
        desa = [(r.code, names[r.code[:8]], r.name) for r in wilayah.regions_at_level(db, wilayah.DESA, SCOPE)]
        path = import_file(rows, desa)
        t = time.perf_counter()
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        cells = wb.get_sheet_by_index(0).to_python()
        calamine_s = time.perf_counter() - t
        t, cpu0 = time.perf_counter(), time.process_time()
        plan = ppks_import.analyse(db, auth.SYSTEM, path)
        result = ppks_import.commit(db, auth.SYSTEM, plan)
        took, cpu = time.perf_counter() - t, time.process_time() - cpu0
        assert result.committed and result.new == rows, result
        data = [tuple("" if v is None else str(v) for v in r) for r in cells[2 : 2 + rows]]
        raw_rate = raw_insert_rate(db, data)
    finally:
        db.dispose()
    target = 5.0 if backend == "sqlite" and rows == 100_000 else None  # issue 5: 100,000 rows on SQLite
    return [
        report(
            Figure(
                "PPKS import",
                f"{rows:,} rows xlsx: read + validate + commit",
                backend,
                took,
                "s",
                target,
                peer_name="python-calamine read of the same file",
                peer_value=calamine_s,
                # On a shared machine the wall time depends on the neighbours; the CPU time much less.
                note=f"CPU time of this process {cpu:.1f} s",
            )
        ),  # fmt: skip
        report(
            Figure(
                "PPKS import",
                "import rate",
                backend,
                rows / took,
                "rows/s",
                peer_name="raw executemany of the same cells",
                peer_value=raw_rate,
                higher=True,
            )
        ),  # fmt: skip
    ]


def raw_commit_rate(url: str, n: int) -> float:
    """Commits/s of a bare counter bump (UPDATE ... RETURNING, COMMIT) on one connection."""
    from kesos_desktop.models.db import Database

    db = Database.open(url)
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("CREATE TABLE bench_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
        cur.execute("INSERT INTO bench_counter VALUES (1, 0)")
        if not db.is_sqlite:
            raw.commit()
        t = time.perf_counter()
        for _ in range(n):
            if db.is_sqlite:
                cur.execute("BEGIN IMMEDIATE")
            cur.execute("UPDATE bench_counter SET n = n + 1 WHERE id = 1 RETURNING n")
            cur.fetchone()
            if db.is_sqlite:
                cur.execute("COMMIT")
            else:
                raw.commit()
        took = time.perf_counter() - t
        cur.execute("DROP TABLE bench_counter")
        if not db.is_sqlite:
            raw.commit()
        return n / took
    finally:
        raw.close()
        db.dispose()


def bench_alloc(url: str, backend: str, procs: int, numbers: int) -> list[Figure]:
    from bench.nipd_alloc import run

    elapsed, n, dup = run(url, procs, numbers)
    fig = Figure("NIPD", f"number allocation, {procs} processes, {n:,} numbers", backend, n / elapsed, "alloc/s",
                 peer_name="raw counter UPDATE+COMMIT, 1 connection", peer_value=raw_commit_rate(url, numbers),
                 higher=True, note=f"{dup} duplicates")  # fmt: skip
    out = [report(fig)]
    out.append(report(Figure("NIPD", "duplicate numbers", backend, dup, "", 1)))
    return out


def bench_cards(cards: int) -> list[Figure]:
    out = subprocess.run([sys.executable, str(HERE / "nipd_cards.py"), "--cards", str(cards)], capture_output=True,
                         text=True, check=True, cwd=ROOT)  # fmt: skip
    secs = dict(re.findall(r"^(dengan QR|tanpa QR)[^:]*:\s*([\d.]+) s", out.stdout, re.M))
    full, bare = float(secs["dengan QR"]), float(secs["tanpa QR"])
    return [
        report(
            Figure(
                "NIPD",
                f"{cards:,} ID cards (front+back, photo, QR) to PDF",
                "-",
                full,
                "s",
                5.0 if cards == 1000 else None,
                peer_name="bare reportlab, same layout without QR",
                peer_value=bare,
            )
        ),  # fmt: skip
    ]


# --- GUI processes -------------------------------------------------------------------------------


def bench_startup(url: str, backend: str, runs: int) -> list[Figure]:
    from bench.startup import CHILD

    home = cache_dir() / "startup-home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KESOS_DATABASE_URL=url,
               KESOS_DATA_DIR=str(home / "data"), KESOS_CONFIG_DIR=str(home / "config"))  # fmt: skip
    to_login, to_main = [], []
    for _ in range(runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True,
                             cwd=ROOT, timeout=300)  # fmt: skip
        marks = json.loads(out.stdout.strip().splitlines()[-1])
        to_login.append((marks["login"] - t0) * 1000)
        to_main.append((marks["main"] - t0) * 1000)
    # The app's daily automatic copy of the SQLite file ran during the first start: not kept (hundreds of MB).
    shutil.rmtree(home / "data" / "cadangan", ignore_errors=True)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True)
    bare = (time.perf_counter() - t) * 1000
    return [
        report(
            Figure(
                "Start-up",
                f"process start -> login shown (median of {runs})",
                backend,
                statistics.median(to_login),
                "ms",
            )
        ),  # fmt: skip
        report(
            Figure(
                "Start-up",
                f"process start -> main window after login (median of {runs})",
                backend,
                statistics.median(to_main),
                "ms",
                1000,
                peer_name="bare python -c 'import PySide6.QtWidgets'",
                peer_value=bare,
                note=f"fastest run {min(to_main):.0f} ms",
            )
        ),  # fmt: skip
    ]


BARE_QT = r"""
import re
from pathlib import Path
import PySide6.QtWidgets as w
app = w.QApplication([])
t = w.QTableView()
t.resize(1280, 800)
t.show()
app.processEvents()
print(int(re.search(r"VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text()).group(1)) / 1024)
"""


def list_child(url: str) -> None:
    """Open the real PPKS page as an admin, wait for the first rows, jump to the last row; print JSON."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KESOS_CONFIG_DIR"] = tempfile.mkdtemp(prefix="kesos-bench-config-")
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kesos_desktop.models.db import Database
    from kesos_desktop.services import auth
    from kesos_desktop.views.ppks.page import PpksPage

    app = QApplication([])
    db = Database.open(url)
    actor = auth.login(db, "admin", PASSWORD)

    def until(done: Callable[[], bool], timeout: float = 120.0) -> float:
        start = time.perf_counter()
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() - start > timeout:
                raise TimeoutError
        return time.perf_counter() - start

    t0 = time.perf_counter()
    page = PpksPage(db, actor)
    page.resize(1280, 800)
    page.show()
    table, model = page.records.list.table(), page.records.list.model()

    def visible_loaded() -> bool:
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        return top >= 0 and model.is_loaded(top) and model.is_loaded(bottom)

    until(visible_loaded)
    first = time.perf_counter() - t0
    rows = model.rowCount()
    table.setFocus()
    t = time.perf_counter()
    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    until(lambda: model.is_loaded(rows - 1) and visible_loaded() and table.verticalScrollBar().value()
          == table.verticalScrollBar().maximum())  # fmt: skip
    end = time.perf_counter() - t
    # Then drag the scrollbar back through the list, as a user hunting for a row would.
    bar = table.verticalScrollBar()
    for frac in (0.75, 0.5, 0.25, 1.0):
        bar.setValue(int(bar.maximum() * frac))
        until(visible_loaded)
    status = Path("/proc/self/status").read_text()
    hwm = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024  # type: ignore[union-attr]
    print(json.dumps({"rows": rows, "first_ms": first * 1000, "end_ms": end * 1000, "peak_mb": hwm,
                      "pages": len(model.cached_pages())}), flush=True)  # fmt: skip
    page.close()
    db.dispose()


def bench_list(url: str, backend: str) -> list[Figure]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, __file__, "--list-child", url], env=env, capture_output=True, text=True,
                         cwd=ROOT, timeout=600)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stdout + out.stderr)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    # VmHWM, not ru_maxrss: the latter survives exec and would report this (large) parent's peak.
    bare = subprocess.run([sys.executable, "-c", BARE_QT], env=env, capture_output=True, text=True, check=True)
    bare_mb = float(bare.stdout.strip().splitlines()[-1])
    return [
        report(Figure("GUI", f"PPKS list on {r['rows']:,} rows: first rows shown", backend, r["first_ms"], "ms", 300)),
        report(Figure("GUI", "PPKS list: Ctrl+End to the last row, rows shown", backend, r["end_ms"], "ms")),
        report(
            Figure(
                "GUI",
                "peak RSS of the GUI process, list open, scrolled to the end and back",
                backend,
                r["peak_mb"],
                "MB",
                300,
                peer_name="bare QApplication + empty QTableView",
                peer_value=bare_mb,
            )
        ),  # fmt: skip
    ]


# --- the machine and the report -----------------------------------------------------------------


def machine(pg_version: str | None) -> list[tuple[str, str]]:
    import PySide6
    import sqlalchemy

    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    os_name = platform.platform()
    rel = Path("/etc/os-release")
    if rel.exists():
        found = re.search(r'^PRETTY_NAME="?([^"\n]+)', rel.read_text(), re.M)
        if found:
            os_name = f"{found.group(1)} (kernel {platform.release()})"
    load = os.getloadavg()
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} logical cores"),
        ("RAM", mem),
        ("OS", os_name),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("PostgreSQL", pg_version or "not run"),
        ("PySide6 / SQLAlchemy", f"{PySide6.__version__} / {sqlalchemy.__version__}"),
        ("Load average 1/5/15 min, at the end", f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (shared machine)"),
    ]


def write_markdown(path: Path, figures: list[Figure], info: list[tuple[str, str]], args: argparse.Namespace,
                   took: float) -> None:  # fmt: skip
    lines = [
        "# Performance",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M %Z')} by `python bench/scale.py` "
        f"(`make bench` runs it with every other script in `bench/`) in {took / 60:.1f} min. "
        f"Data: {args.ppks:,} PPKS records and {args.arsip:,} archive records per back end "
        "(generated by the demo bulk paths, cached in `bench/.cache`); PostgreSQL is a local throwaway cluster "
        "(`tests/helpers/pgcluster.py`, fsync off), SQLite a WAL file on the same disk.",
        "",
        "**Peer** is the raw speed of the library underneath, measured in the same run: the same SQL with the same "
        "parameters straight on the DBAPI driver (sqlite3 / psycopg, no session, no ORM), a bare executemany of the "
        "same cells, python-calamine reading the same file, reportlab drawing the same cards without QR. "
        "**Ratio** = how many times slower we are than the peer; below 1 we are faster (tallies or a cached count "
        "instead of counting rows).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in info],
        "",
        "## Figures",
        "",
        "| Area | Figure | Back end | Measured | Target | Met | Peer (raw library, same run) | Ratio |",
        "|---|---|---|---:|---:|:---:|---|---:|",
    ]
    for f in figures:
        met = {None: "", True: "yes", False: "**NO**"}[f.met()]
        target = f"{'≥' if f.higher else '<'} {fmt(f.target, f.unit)}" if f.target is not None else ""
        if f.unit == "" and f.target == 1:
            target, value = "0", f"{f.value:.0f}"
        else:
            value = fmt(f.value, f.unit)
        peer = f"{f.peer_name}: {fmt(f.peer_value, f.unit)}" if f.peer_value is not None else ""
        ratio = f"{f.ratio():.2f}×" if f.ratio() is not None else ""
        name = f.name + (f" ({f.note})" if f.note else "")
        lines.append(f"| {f.area} | {name} | {f.backend} | {value} | {target} | {met} | {peer} | {ratio} |")
    lines += [
        "",
        "## How the figures are taken",
        "",
        "- *NIK lookup, name prefix, list, dashboard, catalogue search*: the service call the GUI makes, median of "
        "repeated calls in one process on the 1M/200k database (NIK and prefixes vary per call). The dashboard reads "
        "the tallies every write keeps, so it does not count rows.",
        "- *GUI*: a separate process (offscreen) opens the real PPKS page as admin, waits until the visible rows have "
        "text, presses Ctrl+End in the table, then drags the scrollbar to 3/4, 1/2, 1/4 and the end again; peak RSS "
        "is that process's `VmHWM`.",
        "- *Start-up*: `bench/startup.py`'s child (process start, login dialog, password typed by the script, "
        "argon2 check, main window painted) against the same big database.",
        "- *PPKS import*: `analyse` + `commit` of a generated 15-column xlsx into an empty office database, one "
        "transaction; wall time, with this process's CPU time beside it (the wall time depends on what else runs "
        "on the machine).",
        "- *NIPD allocation*: `bench/nipd_alloc.py`'s worker processes, each allocation its own transaction; the "
        "peer is one connection bumping a counter with no contention.",
        "- *Cards*: `bench/nipd_cards.py` (1,000 cards, A4 sheets, 20 different photos).",
    ]
    missed = [f for f in figures if f.met() is False]
    lines += ["", "## Targets missed", ""]
    if missed:
        lines += [f"- {f.area}, {f.name} ({f.backend}): {fmt(f.value, f.unit)} against "
                  f"{'≥' if f.higher else '<'} {fmt(f.target, f.unit)}." for f in missed]  # fmt: skip  # type: ignore[arg-type]
    else:
        lines.append("None.")
    lines += [
        "",
        "## Re-running",
        "",
        "    make bench                                   # everything in bench/, this table included",
        "    .venv/bin/python bench/scale.py              # this table only (first run builds the data: minutes)",
        "    .venv/bin/python bench/scale.py --ppks 20000 --arsip 5000 --import-rows 2000 --out /tmp/p.md",
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ppks", type=int, default=1_000_000)
    ap.add_argument("--arsip", type=int, default=200_000)
    ap.add_argument("--import-rows", type=int, default=100_000)
    ap.add_argument("--cards", type=int, default=1000, help="0 skips the card PDF")
    ap.add_argument("--alloc", type=int, default=2000, help="NIPD numbers allocated by the processes together")
    ap.add_argument("--runs", type=int, default=15, help="timed repetitions per query (median)")
    ap.add_argument("--startup-runs", type=int, default=5)
    ap.add_argument("--backends", default="sqlite,postgresql")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "PERFORMANCE.md")
    ap.add_argument("--build-only", action="store_true", help="only build the cached databases")
    ap.add_argument("--list-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.list_child:
        list_child(args.list_child)
        return 0
    os.environ.setdefault("KESOS_DATA_DIR", str(cache_dir() / "home-data"))
    os.environ.setdefault("KESOS_CONFIG_DIR", str(cache_dir() / "home-config"))
    from kesos_desktop.models.db import Database, sqlite_url
    from tests.helpers.pgcluster import admin_execute

    started = time.perf_counter()
    info_pg: str | None = None
    figures: list[Figure] = []
    backends = args.backends.split(",")
    for backend in backends:
        print(f"\n== {backend} ==", flush=True)
        cluster = None
        if backend == "sqlite":
            path, meta = sqlite_dataset(args.ppks, args.arsip)
            url = sqlite_url(path)
        else:
            cluster, meta = pg_dataset(args.ppks, args.arsip)
            url = cluster.url(PG_DB)
        try:
            if args.build_only:
                continue
            base_meta = json.loads(sqlite_base().with_suffix(".json").read_text()) if backend == "sqlite" else meta
            figures.append(report(Figure("Setup", "seed all Indonesian regions (wilayah)", backend,
                                         base_meta["seed_s"], "s", 10)))  # fmt: skip
            figures.append(report(Figure("Setup", f"bulk load {args.ppks:,} PPKS (demo path, built {meta['built']})",
                                         backend, args.ppks / meta["ppks_load_s"], "records/s")))  # fmt: skip
            db = Database.open(url)
            try:
                if cluster is not None:
                    with db.engine.connect() as c:
                        info_pg = c.exec_driver_sql("SHOW server_version").scalar()
                figures += bench_ppks(db, backend, args.runs)
                figures += bench_arsip(db, backend, args.runs)
            finally:
                db.dispose()
            figures += bench_list(url, backend)
            figures += bench_startup(url, backend, args.startup_runs)
            # Import and allocation write: each on a fresh copy of the empty office database.
            for part in ("import", "alloc"):
                if cluster is None:
                    fresh = cache_dir() / f"work-{part}.sqlite3"
                    for f in _sqlite_files(fresh):
                        f.unlink(missing_ok=True)
                    shutil.copyfile(sqlite_base(), fresh)
                    fresh_url = sqlite_url(fresh)
                else:
                    name = f"work_{part}"
                    admin_execute(cluster, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                    admin_execute(cluster, f"CREATE DATABASE {name} TEMPLATE {PG_BASE}")
                    fresh_url = cluster.url(name)
                if part == "import":
                    figures += bench_import(fresh_url, backend, args.import_rows)
                else:
                    figures += bench_alloc(fresh_url, backend, 8 if cluster is not None else 4, args.alloc)
                if cluster is None:
                    for f in _sqlite_files(fresh):
                        f.unlink(missing_ok=True)
                else:
                    admin_execute(cluster, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            if cluster is not None:
                cluster.stop("fast")
    if args.build_only:
        return 0
    if args.cards:
        print("\n== cards ==", flush=True)
        figures += bench_cards(args.cards)
    write_markdown(args.out, figures, machine(info_pg), args, time.perf_counter() - started)
    print(f"\n{args.out} ditulis ({len(figures)} angka).")
    missed = [f for f in figures if f.met() is False]
    for f in missed:
        print(f"MELEBIHI TARGET: {f.area} {f.name} [{f.backend}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
