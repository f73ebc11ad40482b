"""The audit-log list on 100,000 and 1,000,000 entries (SQLite, offscreen).

For each size: build a database, then in a fresh process (so memory figures are its own) open
the AuditLogView as an admin and time constructing it until the visible rows have text, jumping
to the middle and to the last row, a re-sort and a filter; and report peak RSS.

    python bench/record_list.py [--sizes 100000,1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(path: Path, n: int) -> float:
    from kesos_desktop.models.db import sqlite_url
    from kesos_desktop.services import bootstrap, demo

    start = time.perf_counter()
    prepared = bootstrap.prepare(sqlite_url(path))
    demo.generate(prepared.db, audit=n)
    with prepared.db.engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    prepared.db.dispose()
    return time.perf_counter() - start


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config_dir = tempfile.mkdtemp(prefix="kesos-bench-config-")
    os.environ["KESOS_CONFIG_DIR"] = config_dir  # no remembered column layout from earlier runs

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from kesos_desktop.models.db import Database, sqlite_url
    from kesos_desktop.services import auth
    from kesos_desktop.views.admin.audit_view import AuditLogView

    app = QApplication([])
    db = Database.open(sqlite_url(path))
    actor = auth.Actor(None, "bench", "Bench", auth.Role.ADMIN)
    baseline = _rss_mb()

    def until(done, timeout: float = 30.0) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() - start > timeout:
                raise TimeoutError
        return time.perf_counter() - start

    def visible_loaded() -> bool:
        table, model = view.list.table(), view.list.model()
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        return top >= 0 and model.is_loaded(top) and model.is_loaded(bottom)

    t0 = time.perf_counter()
    view = AuditLogView(db, actor)
    view.resize(1280, 800)
    view.show()
    constructed = time.perf_counter() - t0
    until(visible_loaded)
    first = time.perf_counter() - t0

    table, model = view.list.table(), view.list.model()
    rows = model.rowCount()
    t = time.perf_counter()
    table.scrollTo(model.index(rows // 2, 0), table.ScrollHint.PositionAtTop)
    middle = time.perf_counter() - t + until(visible_loaded)
    t = time.perf_counter()
    table.scrollToBottom()
    bottom = time.perf_counter() - t + until(lambda: model.is_loaded(rows - 1) and visible_loaded())
    assert model.index(rows - 1, 0).data() == "1"  # newest first: the oldest entry is last

    t = time.perf_counter()
    model.sort(2, Qt.SortOrder.AscendingOrder)  # by username
    table.scrollToTop()
    resort = time.perf_counter() - t + until(visible_loaded)
    t = time.perf_counter()
    view.action_combo.setCurrentIndex(view.action_combo.findData("create"))
    filtered = time.perf_counter() - t + until(visible_loaded)

    result = {
        "rows": rows,
        "construct_ms": constructed * 1000,
        "first_ms": first * 1000,
        "middle_ms": middle * 1000,
        "bottom_ms": bottom * 1000,
        "resort_ms": resort * 1000,
        "filter_ms": filtered * 1000,
        "cached_pages": len(model.cached_pages()),
        "baseline_mb": baseline,
        "peak_mb": _rss_mb(),
    }
    view.close()
    db.dispose()
    shutil.rmtree(config_dir, ignore_errors=True)
    print(json.dumps(result), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder (reused when present)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="kesos-bench-list-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            path = work / f"audit-{n}.sqlite3"
            built = "reused"
            if not path.exists():
                built = f"{build(path, n):.1f} s"
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=False
            )
            if out.returncode != 0:
                print(out.stdout, out.stderr, file=sys.stderr)
                return 1
            result = json.loads(out.stdout.strip().splitlines()[-1])
            result["built"] = built
            results.append(result)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print("Audit-log list, SQLite, offscreen (times include SQL and painting)")
    head = (
        "entries",
        "db build",
        "view+count",
        "first rows",
        "jump middle",
        "jump end",
        "re-sort",
        "filter",
        "pages",
        "RSS base",
        "RSS peak",
    )
    print(" | ".join(head))
    for r in results:
        print(
            " | ".join(
                (
                    f"{r['rows']:,}".replace(",", "."),
                    r["built"],
                    f"{r['construct_ms']:.0f} ms",
                    f"{r['first_ms']:.0f} ms",
                    f"{r['middle_ms']:.0f} ms",
                    f"{r['bottom_ms']:.0f} ms",
                    f"{r['resort_ms']:.0f} ms",
                    f"{r['filter_ms']:.0f} ms",
                    str(r["cached_pages"]),
                    f"{r['baseline_mb']:.0f} MB",
                    f"{r['peak_mb']:.0f} MB",
                )
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
