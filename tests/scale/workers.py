"""One client PC of the concurrency test, run as its own OS process:

    python -m tests.scale.workers CONFIG.json INDEX

It logs in, says it is ready (a file), waits for the start signal (another file) and then, in rounds,
does what an office PC does through the same services the GUI calls: registers an NIPD official and
approves it (allocating a number), edits the shared PPKS records (load, change, save with the version
read: a ``ConflictError`` is what the user would see as "diubah oleh pengguna lain"), and imports a
small PPKS workbook. It writes what it committed to ``out/INDEX.json``.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PASSWORD = "rahasia123"
NIPD_DESA = "61.07.01.2001"  # every worker allocates from this desa's counter: the most contention
IMPORT_HEADER = ["No", "NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Kecamatan", "Desa/Kelurahan",
                 "Kategori PPKS", "Tanggal Pendataan"]  # fmt: skip
EDIT_YEARS = (2024, 2025)


def ppks_rows(desa: list[tuple[str, str, str]], n: int, *, first_day: int, seed: int = 7) -> list[list[Any]]:
    """``n`` valid import rows (title row, header row, data). NIKs are unique for distinct ``first_day``
    ranges: each row gets its own birth date from ``first_day`` (days after 1940-01-01)."""
    rng = random.Random(seed)
    base = date(1940, 1, 1)
    out: list[list[Any]] = [["DATA PPKS UJI"], IMPORT_HEADER]
    from kesos_desktop.services.nik import make_nik

    for i in range(n):
        code, kec_name, desa_name = desa[i % len(desa)]
        sex = "LP"[i % 2]
        born = base + timedelta(days=first_day + i // (2 * len(desa)))
        serial = 1 + (i // 2) % len(desa)
        out.append(
            [i + 1, make_nik(code[:8], born, sex, serial), f"PENERIMA {first_day}-{i}", born.strftime("%d-%m-%Y"),
             sex, kec_name, desa_name, "Fakir Miskin", f"{rng.randint(1, 28):02d}/03/2024"]
        )  # fmt: skip
    return out


def _official(idx: int, r: int) -> Any:
    from kesos_desktop.services import nipd
    from kesos_desktop.services.nik import make_nik

    born = date(1990, 1, 1) + timedelta(days=idx * 50 + r)
    return nipd.OfficialInput(
        nik=make_nik(NIPD_DESA[:8], born, "L", idx * 100 + r + 1),
        name=f"Perangkat W{idx} R{r}",
        sex="L",
        birth_place="Bengkayang",
        birth_date=born,
        desa_code=NIPD_DESA,
        jabatan_code="KASI-PEM",
        sk_number=f"141/{idx}-{r}/2024",
        sk_date=date(2024, 3, 1),
        tmt=date(2024, 3, 4),
        education="SMA",
        religion="Islam",
    )


def run(cfg: dict[str, Any], idx: int) -> dict[str, Any]:
    from dataclasses import replace

    from kesos_desktop import errors
    from kesos_desktop.excel import ppks_import
    from kesos_desktop.models.db import Database
    from kesos_desktop.services import auth, nipd, ppks

    rng = random.Random(idx)
    db = Database.open(cfg["url"])
    committed = {"login": 0, "nipd_register": 0, "nipd_approve": 0, "ppks_update": 0, "ppks_import": 0}
    actor = auth.login(db, f"w{idx}", PASSWORD)
    committed["login"] += 1
    ppks.kecamatan_codes(db)  # warm the per-database cache before the clock starts
    result: dict[str, Any] = {
        "worker": idx,
        "committed": committed,
        "numbers": [],
        "saved_tokens": {},
        "edit_attempts": 0,
        "conflicts": 0,
        "imported_rows": 0,
        "errors": [],
    }
    Path(cfg["ready_dir"], str(idx)).touch()
    go = Path(cfg["go_file"])
    while not go.exists():
        time.sleep(0.002)
    started = time.perf_counter()
    shared: list[int] = cfg["shared_ids"]
    files: list[str] = cfg["import_files"][idx]
    alloc_time = register_time = 0.0
    for r in range(cfg["rounds"]):
        try:
            t = time.perf_counter()
            saved = nipd.register(db, actor, _official(idx, r))
            register_time += time.perf_counter() - t
            committed["nipd_register"] += 1
            t = time.perf_counter()
            info = nipd.approve(db, actor, saved.official.id, expected_version=saved.official.version)
            alloc_time += time.perf_counter() - t
            committed["nipd_approve"] += 1
            result["numbers"].append(info.nipd)
        except Exception:  # noqa: BLE001 - reported to the test, which fails on any
            result["errors"].append(traceback.format_exc())
        for k in range(cfg["edits_per_round"]):
            pid = shared[(idx + r + k) % len(shared)]
            token = f"w{idx}r{r}k{k}"
            try:
                p = ppks.get(db, actor, pid)
                # The user reads the form, then types: other PCs save meanwhile.
                time.sleep(rng.uniform(0, cfg["think_s"]))
                data = replace(
                    p.as_input(),
                    condition_notes=(p.condition_notes or "") + token + ";",
                    # A tally-relevant change, so concurrent saves also move dashboard counts.
                    collected_on=date(EDIT_YEARS[(r + k + idx) % 2], 6, 1),
                )
                result["edit_attempts"] += 1
                ppks.update(db, actor, pid, data, expected_version=p.version)
                committed["ppks_update"] += 1
                result["saved_tokens"].setdefault(str(pid), []).append(token)
            except errors.ConflictError:
                result["conflicts"] += 1
            except Exception:  # noqa: BLE001
                result["errors"].append(traceback.format_exc())
        if r < len(files):
            try:
                _plan, res = ppks_import.import_file(db, actor, files[r])
                if res.committed:
                    committed["ppks_import"] += 1
                    result["imported_rows"] += res.new + res.updated
                else:
                    result["errors"].append(f"import {files[r]} not committed: {res.summary()}")
            except Exception:  # noqa: BLE001
                result["errors"].append(traceback.format_exc())
    result["elapsed"] = time.perf_counter() - started
    result["alloc_seconds"] = alloc_time
    result["register_seconds"] = register_time
    db.dispose()
    return result


def main(argv: list[str]) -> int:
    cfg = json.loads(Path(argv[0]).read_text())
    idx = int(argv[1])
    out = Path(cfg["out_dir"], f"{idx}.json")
    try:
        result = run(cfg, idx)
    except Exception:  # noqa: BLE001
        result = {"worker": idx, "fatal": traceback.format_exc()}
    out.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
