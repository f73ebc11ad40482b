"""bench/scale.py at a tiny size, so the script behind docs/PERFORMANCE.md keeps working."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache() -> Iterator[Path]:
    # Not under pytest's tmp_path: its 0700 parents keep out the unprivileged PostgreSQL user.
    path = Path(tempfile.mkdtemp(prefix="kesos-bench-smoke-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.slow
def test_scale_bench_runs_small_and_writes_the_table(tmp_path: Path, cache: Path) -> None:
    out = tmp_path / "PERFORMANCE.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KESOS_BENCH_CACHE=str(cache))
    args = ["--ppks", "2000", "--arsip", "400", "--import-rows", "200", "--cards", "0", "--alloc", "40"]
    args += ["--runs", "2", "--startup-runs", "1", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    text = out.read_text()
    assert "| CPU |" in text and "| PostgreSQL | 1" in text and "| SQLite | 3." in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and line.count("|") == 9]
    for backend in ("sqlite", "postgresql"):
        mine = [r for r in rows if f"| {backend} |" in r]
        assert any("NIK lookup, 2,000 records" in r for r in mine), backend
        assert any("catalogue search, 400 records" in r for r in mine), backend
        assert any("200 rows xlsx" in r for r in mine), backend
        rss = next(r for r in text.splitlines() if f"| {backend} |" in r and "peak RSS" in r)
        assert re.search(r"\| \d+ MB \| < 300 MB \| yes \|", rss), rss
        # Every figure with a peer has a ratio.
        for r in mine:
            cells = [c.strip() for c in r.strip("|").split("|")]
            assert (cells[6] == "") == (cells[7] == ""), r
    dup = [r for r in text.splitlines() if "duplicate numbers" in r]
    assert len(dup) == 2 and all("| 0 | 0 | yes |" in r for r in dup), dup
    # The generated databases are kept for the next run, keyed by size.
    assert (cache / "sqlite-ppks2000-arsip400.json").exists()
    assert (cache / "pg-ppks2000-arsip400" / "bench.json").exists()
    assert "membuat data uji" in done.stdout
