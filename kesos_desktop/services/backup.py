"""Backup and restore of the whole database, and the daily automatic copy of a local SQLite file.

- SQLite: an online copy through SQLite's backup API (consistent while the app and others write);
  a restore validates the file, keeps a safety copy of the current file, then swaps the file in
  atomically (copy to a temp file in the same folder, fsync, ``os.replace``) and upgrades its schema.
- PostgreSQL: ``pg_dump -Fc`` and ``pg_restore --clean --if-exists --single-transaction`` when the
  client programs are installed (``KESOS_PG_BIN``, the settings, PATH, ``C:\\Program Files\\PostgreSQL\\<ver>\\bin``
  or Debian's ``/usr/lib/postgresql/<ver>/bin``). After a restore the consistency check runs.
- Automatic copies are named ``<stem>-otomatis-YYYYmmdd-HHMMSS.sqlite3``; pruning only ever touches
  files with that name, never other files in the folder.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, inspect, select, table
from sqlalchemy.exc import DBAPIError

from kesos_desktop import errors
from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit, auth, consistency, schema
from kesos_desktop.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".dump"
AUTO_INTERVAL = timedelta(hours=24)
DEFAULT_KEEP = 7
# Pages per step of the SQLite backup API (4 KiB pages: 32 MiB), so a big copy reports progress.
_PAGES_PER_STEP = 8192
_STAMP = "%Y%m%d-%H%M%S"

# Tables shown in the restore confirmation, in this order, with their Indonesian labels.
SUMMARY_TABLES: Mapping[str, str] = {
    "app_user": QT_TRANSLATE_NOOP("kesos", "pengguna"),
    "ppks_person": QT_TRANSLATE_NOOP("kesos", "data PPKS"),
    "nipd_official": QT_TRANSLATE_NOOP("kesos", "perangkat desa"),
    "arsip_berkas": QT_TRANSLATE_NOOP("kesos", "berkas arsip"),
    "audit_log": QT_TRANSLATE_NOOP("kesos", "entri log audit"),
}


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read without changing it."""

    path: Path
    kind: str  # "sqlite" | "pg_dump"
    created: datetime | None  # local time
    size: int
    status: schema.SchemaStatus  # CURRENT or OUTDATED once validated
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    safety_copy: Path | None  # the database as it was before the restore
    upgraded: bool
    # What ``consistency.check`` found in the restored database (empty: consistent).
    problems: tuple[consistency.Problem, ...] = ()
    check_error: str | None = None  # the check itself failed (the restore did not)


@dataclass(frozen=True)
class AutoBackup:
    path: Path
    created: datetime  # local time, from the file name
    size: int


def summary_counts(info: BackupInfo) -> list[tuple[str, int]]:
    """(label, rows) for the confirmation: the main tables, then all rows in all tables."""
    out = [(label, info.counts[t]) for t, label in SUMMARY_TABLES.items() if t in info.counts]
    out.append(
        (QT_TRANSLATE_NOOP("kesos", "baris seluruhnya dalam {n} tabel").format(n=len(info.counts)), info.total_rows)
    )
    return out


def default_safety_dir(db: Database) -> Path:
    """Where the copy of the current data goes before a restore: beside a SQLite file (as before an
    upgrade), or the user's data folder for PostgreSQL."""
    path = db.sqlite_path
    if path is not None:
        return path.parent / "cadangan"
    from kesos_desktop import paths

    return paths.data_dir() / "cadangan"


def _problem(code: str, text: str, **params: object) -> errors.DatabaseProblem:
    return errors.DatabaseProblem(code, text, **params)


# --- finding the PostgreSQL client programs ----------------------------------------------------------


ENV_PG_BIN = "KESOS_PG_BIN"
# The folder chosen in the settings (``config.BACKUP_PG_BIN``); set by the app and the CLI at start.
_pg_bin_setting = ""


def set_pg_bin(folder: str | None) -> None:
    """Remember the PostgreSQL client folder from the per-PC settings (empty: search as usual)."""
    global _pg_bin_setting
    _pg_bin_setting = (folder or "").strip()


def _version_key(folder: Path) -> tuple[int, ...]:
    """``16`` -> (16,), ``9.6`` -> (9, 6); anything else sorts last."""
    m = re.match(r"^(\d+(?:\.\d+)*)", folder.name)
    return tuple(int(p) for p in m.group(1).split(".")) if m else ()


def _default_version_roots(env: Mapping[str, str], windows: bool) -> list[Path]:
    """Folders holding one ``<version>/bin`` per installed PostgreSQL."""
    if not windows:
        return [Path("/usr/lib/postgresql")]
    roots: list[Path] = []
    for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        if env.get(var):
            roots.append(Path(env[var]) / "PostgreSQL")
    roots.append(Path("C:/Program Files/PostgreSQL"))
    out: list[Path] = []
    for r in roots:  # the same folder may be named by several variables
        if r not in out:
            out.append(r)
    return out


def find_pg_tool(
    name: str,
    *,
    env: Mapping[str, str] | None = None,
    setting: str | None = None,
    search_path: str | None = None,
    version_roots: Iterable[Path] | None = None,
    windows: bool | None = None,
) -> str | None:
    """Where ``pg_dump``/``pg_restore`` is, looked for in this order:

    1. the folder in ``KESOS_PG_BIN``, then the folder in the settings (an explicit choice wins);
    2. PATH;
    3. the installers' versioned folders, newest version first: ``C:\\Program Files\\PostgreSQL\\<ver>\\bin``
       on Windows (the EDB installer does not add itself to PATH), ``/usr/lib/postgresql/<ver>/bin`` elsewhere.

    The keyword arguments replace the real environment, so the search is testable on any system.
    """
    env = os.environ if env is None else env
    windows = os.name == "nt" if windows is None else windows
    exe = f"{name}.exe" if windows and not name.lower().endswith(".exe") else name
    explicit = [env.get(ENV_PG_BIN, ""), _pg_bin_setting if setting is None else setting]
    for folder in explicit:
        if folder and folder.strip():
            p = Path(folder.strip())
            tool = p if p.is_file() and p.name.lower() == exe.lower() else p / exe
            if tool.is_file():
                return str(tool)
            log.warning("%s not found in %s (%s or the settings); searching elsewhere", exe, folder, ENV_PG_BIN)
    found = shutil.which(name, path=search_path if search_path is not None else env.get("PATH"))
    if found:
        return found
    roots = _default_version_roots(env, windows) if version_roots is None else list(version_roots)
    candidates: list[tuple[tuple[int, ...], Path]] = []
    for root in roots:
        try:
            versions = [d for d in root.iterdir() if d.is_dir()]
        except OSError:
            continue
        for d in versions:
            tool = d / "bin" / exe
            if tool.is_file():
                candidates.append((_version_key(d), tool))
    candidates.sort(key=lambda c: c[0], reverse=True)
    return str(candidates[0][1]) if candidates else None


def _require_pg_tool(name: str) -> str:
    tool = find_pg_tool(name)
    if tool is None:
        raise errors.KnownError(
            QT_TRANSLATE_NOOP(
                "kesos",
                "Program {tool} tidak ditemukan. Pasang klien PostgreSQL (paket postgresql-client), "
                "isi folder programnya (mis. C:\\Program Files\\PostgreSQL\\16\\bin) di variabel lingkungan "
                "KESOS_PG_BIN, atau jalankan {tool} secara manual (lihat README, bagian Cadangan & pemulihan).",
            ),
            tool=name,
        )
    return tool


def _pg_env(db: Database) -> tuple[list[str], dict[str, str]]:
    """Connection options for libpq tools; the password goes through the environment, not argv."""
    u = db.url
    args = ["--dbname", u.database or "postgres"]
    if u.host:
        args += ["--host", u.host]
    if u.port:
        args += ["--port", str(u.port)]
    if u.username:
        args += ["--username", u.username]
    env = dict(os.environ)
    env["PGCONNECT_TIMEOUT"] = "10"
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return args, env


# The installed Windows app has no console: without this flag each pg_dump/pg_restore flashes one open.
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)


def _run_pg(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, creationflags=NO_WINDOW
    )
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise errors.EnvironmentProblem(
            QT_TRANSLATE_NOOP("kesos", "{tool} gagal: {detail}"),
            tool=Path(cmd[0]).name,
            detail=detail[-1] if detail else f"kode {proc.returncode}",
        )
    return proc


# --- making a backup -------------------------------------------------------------------------------


def default_name(db: Database, now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"kesos-cadangan-{now:%Y%m%d-%H%M}{SQLITE_SUFFIX if db.is_sqlite else PG_SUFFIX}"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename itself
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_sqlite(src_path: Path, dest: str | Path, ctx: JobContext = NULL, *, read_only: bool = False) -> Path:
    """Online copy of a SQLite file through the backup API: consistent even while others write.

    Written to ``dest.part`` and renamed, so a half-written copy never carries the final name.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    # mode=rw/ro: a missing source is an error, never silently created empty.
    src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}", uri=True)
    try:
        src.execute("PRAGMA busy_timeout = 15000")
        out = sqlite3.connect(str(tmp))
        try:

            def progress(_status: int, remaining: int, total: int) -> None:
                ctx.step(total - remaining, total)

            src.backup(out, pages=_PAGES_PER_STEP, progress=progress)
            # A plain rollback-journal file: a copy never needs a -wal beside it.
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    _fsync_file(tmp)
    os.replace(tmp, dest)
    _fsync_dir(dest.parent)
    return dest


def backup_sqlite(db: Database, dest: str | Path, ctx: JobContext = NULL) -> Path:
    path = db.sqlite_path
    if path is None:
        raise ValueError("not a SQLite database")
    try:
        return copy_sqlite(path, dest, ctx)
    except sqlite3.Error as e:
        raise _sqlite_problem(e) from e
    except OSError as e:
        raise _os_problem(e, Path(dest)) from e


def backup_postgres(db: Database, dest: str | Path, ctx: JobContext = NULL) -> Path:
    tool = _require_pg_tool("pg_dump")
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    args, env = _pg_env(db)
    ctx.step(0, 1)
    try:
        _run_pg([tool, "--format=custom", "--no-owner", "--no-privileges", "--file", str(tmp), *args], env)
        _fsync_file(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    ctx.step(1, 1)
    return dest


def backup(db: Database, actor: auth.Actor, dest: str | Path, ctx: JobContext = NULL) -> Path:
    """Write a full backup of ``db`` to ``dest`` (SQLite file, or ``pg_dump -Fc`` archive)."""
    auth.require(actor, auth.Perm.SETTINGS_MANAGE)
    dest = Path(dest)
    if not db.is_sqlite:
        _require_pg_tool("pg_dump")
    elif db.sqlite_path is None or not db.sqlite_path.exists():
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("kesos", "Berkas {path} tidak ditemukan."), path=str(db.sqlite_path or "")
        )
    # Logged before the copy, so the backup itself carries the entry (and compares equal to the source).
    # A full or read-only disk is when a backup matters most: then the copy goes ahead without the entry.
    try:
        with db.write() as s:
            audit.record(s, actor, "export", "basis_data", summary=f"Cadangan basis data ke {dest.name}"[:500])
    except (errors.EnvironmentProblem, DBAPIError) as e:
        log.warning("Backup not recorded in the audit log: %s", e)
    made = backup_sqlite(db, dest, ctx) if db.is_sqlite else backup_postgres(db, dest, ctx)
    log.info("Backup written: %s (%d bytes)", made, made.stat().st_size)
    return made


# --- reading a backup ----------------------------------------------------------------------------


def _status_of(revisions: Iterable[str], has_tables: bool) -> tuple[schema.SchemaStatus, str | None]:
    current = tuple(sorted(revisions))
    if not current:
        return (schema.SchemaStatus.FOREIGN if has_tables else schema.SchemaStatus.EMPTY), None
    joined = ",".join(current)
    if current == schema.head_revisions():
        return schema.SchemaStatus.CURRENT, joined
    if any(rev not in schema.known_revisions() for rev in current):
        return schema.SchemaStatus.TOO_NEW, joined
    return schema.SchemaStatus.OUTDATED, joined


def _not_a_backup(path: Path) -> errors.DatabaseProblem:
    return _problem(
        "not_backup",
        QT_TRANSLATE_NOOP(
            "kesos", "Berkas {name} bukan cadangan basis data Kesos (bukan berkas SQLite atau arsip pg_dump)."
        ),
        name=path.name,
    )


def inspect_backup(path: str | Path, ctx: JobContext = NULL) -> BackupInfo:
    """Read what a backup holds (format, schema revision, row counts) and refuse what cannot be restored."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(16)
        size = path.stat().st_size
        created = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError as e:
        raise _os_problem(e, path) from e
    if head.startswith(SQLITE_MAGIC):
        status, revision, counts = _inspect_sqlite(path, ctx)
        kind = "sqlite"
    elif head.startswith(PGDUMP_MAGIC):
        status, revision, counts, stamp = _inspect_pg_dump(path, ctx)
        created = stamp or created
        kind = "pg_dump"
    else:
        raise _not_a_backup(path)
    info = BackupInfo(path, kind, created, size, status, revision, counts)
    _ensure_restorable(info)
    return info


def _inspect_sqlite(path: Path, ctx: JobContext) -> tuple[schema.SchemaStatus, str | None, dict[str, int]]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise _sqlite_problem(e) from e
    try:
        ctx.step(0, 3, "")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise _problem(
                "corrupt",
                QT_TRANSLATE_NOOP("kesos", "Berkas cadangan {name} rusak (pemeriksaan SQLite gagal): {detail}"),
                name=path.name,
                detail=str(check[0] if check else "?"),
            )
        ctx.step(1, 3, "")
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        revisions: list[str] = []
        if "alembic_version" in names:
            revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        status, revision = _status_of(revisions, bool(set(names) - {"alembic_version"}))
        counts = {}
        if status in (schema.SchemaStatus.CURRENT, schema.SchemaStatus.OUTDATED):
            for name in names:
                quoted = name.replace('"', '""')  # a name from the file itself: quote it as an identifier
                counts[name] = int(conn.execute(f'SELECT count(*) FROM "{quoted}"').fetchone()[0])
        ctx.step(3, 3, "")
        return status, revision, counts
    except sqlite3.DatabaseError as e:
        raise _not_a_backup(path) from e
    finally:
        conn.close()


_COPY = re.compile(r"^COPY (?:\"?[\w]+\"?\.)?\"?([\w]+)\"? \(.*\) FROM stdin;$")


def _inspect_pg_dump(
    path: Path, ctx: JobContext
) -> tuple[schema.SchemaStatus, str | None, dict[str, int], datetime | None]:
    tool = _require_pg_tool("pg_restore")
    toc = subprocess.run(
        [tool, "--list", str(path)], capture_output=True, text=True, stdin=subprocess.DEVNULL, creationflags=NO_WINDOW
    )
    if toc.returncode != 0:
        raise _not_a_backup(path)
    stamp = None
    m = re.search(r"^; Archive created at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", toc.stdout, re.M)
    if m:
        stamp = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S")
    tables = set(re.findall(r"^\d+; \d+ \d+ TABLE (?!DATA )\S+ (\S+) ", toc.stdout, re.M))
    # Stream the data section once: row counts, and the revisions in alembic_version.
    proc = subprocess.Popen(
        [tool, "--data-only", "--file", "-", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        creationflags=NO_WINDOW,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    counts: dict[str, int] = {}
    revisions: list[str] = []
    current: str | None = None
    assert proc.stdout is not None
    try:
        for n, line in enumerate(proc.stdout):
            if current is None:
                cm = _COPY.match(line.rstrip("\n"))
                if cm:
                    current = cm.group(1)
                    counts[current] = 0
            elif line == "\\.\n":
                current = None
            else:
                counts[current] += 1
                if current == "alembic_version":
                    revisions.append(line.rstrip("\n"))
            if n % 100_000 == 0:
                ctx.check()  # the size of the data is unknown until read: no percentage, but a cancel works
    except BaseException:
        proc.kill()
        raise
    finally:
        proc.stdout.close()
        code = proc.wait()
    if code != 0:
        raise _not_a_backup(path)
    for name in tables:
        counts.setdefault(name, 0)
    status, revision = _status_of(revisions, bool(tables - {"alembic_version"}))
    if status not in (schema.SchemaStatus.CURRENT, schema.SchemaStatus.OUTDATED):
        counts = {}
    return status, revision, dict(sorted(counts.items())), stamp


def _ensure_restorable(info: BackupInfo) -> None:
    if info.status is schema.SchemaStatus.TOO_NEW:
        raise _problem(
            "too_new",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Cadangan {name} dibuat oleh versi aplikasi yang lebih baru (revisi {rev}). "
                "Perbarui Kesos Desktop sebelum memulihkannya.",
            ),
            name=info.path.name,
            rev=info.revision,
        )
    if info.status in (schema.SchemaStatus.FOREIGN, schema.SchemaStatus.EMPTY):
        raise _problem(
            "foreign",
            QT_TRANSLATE_NOOP(
                "kesos", "Berkas {name} bukan cadangan basis data Kesos (tidak ada revisi skema Kesos di dalamnya)."
            ),
            name=info.path.name,
        )


# --- restoring -----------------------------------------------------------------------------------


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        names = [n for n in inspect(s.connection()).get_table_names() if not n.startswith("sqlite_")]
        return {n: int(s.scalar(select(func.count()).select_from(table(n))) or 0) for n in sorted(names)}


def restore(
    db: Database, actor: auth.Actor, path: str | Path, *, safety_dir: Path, ctx: JobContext = NULL
) -> RestoreResult:
    """Replace the whole database with the backup at ``path``.

    The current data is first saved to ``safety_dir``. Afterwards ``db`` (its pool was emptied) reaches
    the restored data; open windows must reload, and users log in again (accounts come from the backup).
    """
    auth.require(actor, auth.Perm.SETTINGS_MANAGE)
    info = inspect_backup(path, ctx)
    if db.is_sqlite != (info.kind == "sqlite"):
        raise _problem(
            "wrong_kind",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Cadangan {name} berjenis {kind} dan tidak dapat dipulihkan ke basis data {target}. "
                "Pilih cadangan dari jenis basis data yang sama.",
            ),
            name=info.path.name,
            kind="SQLite" if info.kind == "sqlite" else "PostgreSQL (pg_dump)",
            target="SQLite" if db.is_sqlite else "PostgreSQL",
        )
    stamp = datetime.now().strftime(_STAMP)
    if db.is_sqlite:
        safety = _restore_sqlite(db, info, safety_dir, stamp, ctx)
    else:
        safety = _restore_postgres(db, info, safety_dir, stamp, ctx)
    upgraded = info.status is schema.SchemaStatus.OUTDATED
    if upgraded:
        schema.upgrade(db, backup_dir=safety_dir)
    else:
        counts = table_counts(db)
        wrong = {t: (n, counts.get(t)) for t, n in info.counts.items() if counts.get(t) != n}
        if wrong:
            raise _problem(
                "restore_mismatch",
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "Pemulihan tidak lengkap: jumlah baris berbeda pada {tables}. Data sebelumnya tersimpan di {safety}.",
                ),
                tables=", ".join(sorted(wrong)),
                safety=str(safety),
            )
    with db.write() as s:
        audit.record(
            s, actor, "import", "basis_data", summary=f"Basis data dipulihkan dari cadangan {info.path.name}"[:500]
        )
    log.info("Restored %s from %s (safety copy %s)", db.describe(), info.path, safety)
    # A backup taken from a damaged database restores the damage too: say so now, not months later.
    try:
        problems = tuple(consistency.check(db))
    except Exception as e:  # the data is restored either way; report the check as not done
        log.exception("Consistency check after restore failed")
        return RestoreResult(info, safety, upgraded, (), str(e) or type(e).__name__)
    if problems:
        log.warning("Restored database has %d consistency problem(s): %s", len(problems), "; ".join(map(str, problems)))
    return RestoreResult(info, safety, upgraded, problems)


def _restore_sqlite(db: Database, info: BackupInfo, safety_dir: Path, stamp: str, ctx: JobContext) -> Path | None:
    target = db.sqlite_path
    assert target is not None
    if target.exists() and info.path.resolve() == target.resolve():
        raise _problem(
            "same_file",
            QT_TRANSLATE_NOOP("kesos", "Berkas cadangan adalah basis data yang sedang dipakai; pilih berkas cadangan."),
        )
    safety: Path | None = None
    damaged = False
    try:
        if target.exists():
            safety = safety_dir / f"{target.stem}-sebelum-pemulihan-{stamp}{SQLITE_SUFFIX}"
            # The latest saves may sit in the -wal, and a failed open of a damaged file deletes it on close:
            # its raw bytes are taken first, kept only if the file turns out damaged.
            wal, wal_copy = Path(f"{target}-wal"), Path(f"{safety}-wal.part")
            safety_dir.mkdir(parents=True, exist_ok=True)
            if wal.exists():
                shutil.copyfile(wal, wal_copy)
            try:
                copy_sqlite(target, safety)
            except sqlite3.DatabaseError:
                # A damaged current file is exactly when people restore: keep its raw bytes instead.
                shutil.copyfile(target, safety)
                damaged = True
                if wal_copy.exists():
                    os.replace(wal_copy, f"{safety}-wal")  # opened with it, the copy replays those saves
            finally:
                wal_copy.unlink(missing_ok=True)
        tmp = target.with_name(f".{target.name}.pemulihan.tmp")
        copy_sqlite(info.path, tmp, ctx, read_only=True)
        # Every pooled connection must be closed before the file changes under it.
        db.dispose()
        try:
            # Closing the last connection removes the -wal: one left means another connection (a second
            # app window, a program) still has the file open. Swapping the file under it would leave it
            # saving into the replaced file (lost on POSIX); on Windows the swap would fail anyway.
            # A damaged file's leftover -wal is in the safety copy already.
            if not damaged and Path(f"{target}-wal").exists():
                raise _problem(
                    "in_use",
                    QT_TRANSLATE_NOOP(
                        "kesos",
                        "Tidak ada izin menulis {path} (berkas atau folder hanya-baca, atau sedang dipakai program lain).",
                    ),
                    path=str(target),
                )
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(tmp, target)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            _fsync_dir(target.parent)
        finally:
            tmp.unlink(missing_ok=True)
    except sqlite3.Error as e:
        raise _sqlite_problem(e) from e
    except OSError as e:
        raise _os_problem(e, target) from e
    return safety


def _restore_postgres(db: Database, info: BackupInfo, safety_dir: Path, stamp: str, ctx: JobContext) -> Path:
    tool = _require_pg_tool("pg_restore")
    # Tables made by migrations newer than the backup: ``--clean`` only drops what the archive holds, so
    # these would stay, their foreign keys blocking the DROP of the archive's tables (and the upgrade
    # after the restore would meet them again). They go in the restore's own transaction.
    # Only Kesos's own tables: anything else someone keeps in the same database is not ours to drop.
    from kesos_desktop.models import Base, arsip, nipd, ppks  # noqa: F401 - every module's tables

    with db.read() as s:
        present = set(inspect(s.connection()).get_table_names()) & set(Base.metadata.tables)
    extra = sorted(present - set(info.counts)) if info.counts else []
    psql = _require_pg_tool("psql") if extra else None
    safety = backup_postgres(db, safety_dir / f"{db.url.database}-sebelum-pemulihan-{stamp}{PG_SUFFIX}")
    db.dispose()  # our own idle connections would only wait on the DROPs
    args, env = _pg_env(db)
    # Fail instead of hanging when another PC holds a table; one transaction: all or nothing.
    env["PGOPTIONS"] = "-c lock_timeout=30000"
    ctx.step(0, 1, "")
    if psql is not None:
        _restore_postgres_dropping(tool, psql, args, env, info.path, extra, safety_dir)
        ctx.step(1, 1, "")
        return safety
    _run_pg(
        [
            tool,
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            *args,
            str(info.path),
        ],
        env,
    )
    ctx.step(1, 1, "")
    return safety


def _restore_postgres_dropping(
    pg_restore: str, psql: str, args: list[str], env: dict[str, str], archive: Path, extra: list[str], work_dir: Path
) -> None:
    """``pg_restore``'s script run by ``psql`` in one transaction that first drops the ``extra`` tables.

    The script is written out in full first: psql commits at the end of its input, so a pg_restore
    failing half-way through a pipe would commit half a restore.
    """
    drop = "DROP TABLE IF EXISTS " + ", ".join('"' + t.replace('"', '""') + '"' for t in extra) + " CASCADE"
    work_dir.mkdir(parents=True, exist_ok=True)
    script = work_dir / f".{archive.name}.pemulihan.sql"
    try:
        _run_pg([pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--file", str(script),
                 str(archive)], env)  # fmt: skip
        _run_pg([psql, "--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction",
                 "--command", drop, "--file", str(script), *args], env)  # fmt: skip
    finally:
        script.unlink(missing_ok=True)


# --- automatic daily backup ------------------------------------------------------------------------


def auto_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-otomatis-(\d{{8}}-\d{{6}}){re.escape(SQLITE_SUFFIX)}$")


def auto_name(stem: str, now: datetime) -> str:
    return f"{stem}-otomatis-{now.strftime(_STAMP)}{SQLITE_SUFFIX}"


def auto_backups(folder: Path, stem: str) -> list[AutoBackup]:
    """Our automatic copies in ``folder``, newest first (dated by the name, which a copy keeps)."""
    pattern = auto_pattern(stem)
    found: list[AutoBackup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for p in entries:
        m = pattern.match(p.name)
        if not m or not p.is_file():
            continue
        try:
            created = datetime.strptime(m.group(1), _STAMP)
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(AutoBackup(p, created, size))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def auto_backup_due(folder: Path, stem: str, now: datetime, interval: timedelta = AUTO_INTERVAL) -> bool:
    existing = auto_backups(folder, stem)
    if not existing:
        return True
    newest = existing[0].created
    # A newest copy dated in the future means the clock was wrong: do not wait for it.
    return now - newest >= interval or newest - now > timedelta(hours=1)


def to_prune(backups: list[AutoBackup], keep: int, now: datetime | None = None) -> list[AutoBackup]:
    """The automatic copies beyond the ``keep`` newest. Copies dated more than an hour after ``now``
    come from a wrong clock: they count as the oldest, or each new copy would be the one removed."""
    late = now + timedelta(hours=1) if now is not None else None
    ordered = sorted(backups, key=lambda b: (late is None or b.created <= late, b.created), reverse=True)
    return ordered[max(1, keep) :]


def prune_auto_backups(folder: Path, stem: str, keep: int, now: datetime | None = None) -> list[Path]:
    removed = []
    for old in to_prune(auto_backups(folder, stem), keep, now):
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as e:
            log.warning("Could not remove old automatic backup %s: %s", old.path, e)
    return removed


def run_auto_backup(
    db: Database, folder: Path, keep: int = DEFAULT_KEEP, now: datetime | None = None, *, force: bool = False
) -> Path | None:
    """The daily copy: made only when due (or ``force``), then the oldest beyond ``keep`` are removed.

    Returns the new copy, or None when nothing was due (PostgreSQL: never, the server is backed up there).
    """
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    now = now or datetime.now()
    stem = path.stem
    if not force and not auto_backup_due(folder, stem, now):
        return None
    made = backup_sqlite(db, folder / auto_name(stem, now))
    prune_auto_backups(folder, stem, keep, now)
    log.info("Automatic backup written: %s", made)
    return made


# --- mapping file errors -----------------------------------------------------------------------------


def _sqlite_problem(e: sqlite3.Error) -> errors.KesosError:
    from kesos_desktop.models.db import sqlite_problem

    mapped = sqlite_problem(e)
    if mapped is not None:
        return mapped
    return errors.EnvironmentProblem(QT_TRANSLATE_NOOP("kesos", "SQLite: {detail}"), detail=str(e))


def _os_problem(e: OSError, path: Path) -> errors.KesosError:
    import errno

    if e.errno == errno.ENOSPC:
        return _problem(
            "disk_full",
            QT_TRANSLATE_NOOP("kesos", "Disk penuh: {path} tidak dapat ditulis. Kosongkan ruang disk lalu coba lagi."),
            path=str(path),
        )
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _problem(
            "read_only",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Tidak ada izin menulis {path} (berkas atau folder hanya-baca, atau sedang dipakai program lain).",
            ),
            path=str(path),
        )
    if e.errno == errno.ENOENT:
        return errors.NotFound(QT_TRANSLATE_NOOP("kesos", "Berkas {path} tidak ditemukan."), path=str(path))
    return errors.EnvironmentProblem(
        QT_TRANSLATE_NOOP("kesos", "Berkas {path} tidak dapat dipakai: {detail}"), path=str(path), detail=e.strerror
    )
