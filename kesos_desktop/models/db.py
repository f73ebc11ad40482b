"""One engine and session factory for SQLite and PostgreSQL.

``Database.read()`` and ``Database.write()`` each open a session in one transaction. On SQLite a
write starts with ``BEGIN IMMEDIATE`` so a unit of work takes the write lock up front and waits
(busy timeout) instead of failing half-way when another process writes.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kesos_desktop import errors
from kesos_desktop.text import QT_TRANSLATE_NOOP

SQLITE_BUSY_TIMEOUT_MS = 15_000

_immediate: contextvars.ContextVar[bool] = contextvars.ContextVar("kesos_sqlite_immediate", default=False)


def sqlite_url(path: str | Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).expanduser().resolve()}"


def normalise_url(url: str | URL) -> URL:
    """Accept ``postgresql://`` and plain ``sqlite:///`` and pin the drivers we ship."""
    u = make_url(url) if isinstance(url, str) else url
    if u.get_backend_name() == "postgresql" and u.get_driver_name() != "psycopg":
        u = u.set(drivername="postgresql+psycopg")
    if u.get_backend_name() == "sqlite" and u.get_driver_name() != "pysqlite":
        u = u.set(drivername="sqlite+pysqlite")
    return u


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so BEGIN is ours (SQLAlchemy's documented recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if _immediate.get() else "BEGIN")


def make_engine(url: str | URL, *, echo: bool = False, pool_size: int = 5) -> Engine:
    u = normalise_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(
            u,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        _setup_sqlite(engine)
        return engine
    if u.get_backend_name() == "postgresql":
        return create_engine(
            u,
            echo=echo,
            pool_size=pool_size,
            max_overflow=5,
            # A connection dropped by a server restart is noticed and replaced before use.
            pool_pre_ping=True,
            pool_recycle=1800,
            connect_args={"connect_timeout": 5, "application_name": "kesos-desktop"},
        )
    raise ValueError(f"Jenis basis data tidak didukung: {u.get_backend_name()}")


@dataclass
class Database:
    engine: Engine
    factory: sessionmaker[Session]

    @classmethod
    def open(cls, url: str | URL, **kw: Any) -> Database:
        engine = make_engine(url, **kw)
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.engine.url.database) if self.is_sqlite and self.engine.url.database else None

    def describe(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        if self.is_sqlite:
            return str(self.sqlite_path)
        u = self.engine.url
        return f"{u.username}@{u.host}:{u.port or 5432}/{u.database}"

    @contextmanager
    def read(self) -> Iterator[Session]:
        # Closing (not rolling back) ends the transaction without expiring what was loaded.
        with map_db_errors(), self.factory() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception."""
        token: contextvars.Token[bool] | None = _immediate.set(True)
        try:
            with map_db_errors(), self.factory.begin() as session:
                # Start the transaction now, while the IMMEDIATE flag is set.
                session.connection()
                _immediate.reset(token)  # type: ignore[arg-type]
                token = None
                yield session
        finally:
            if token is not None:
                _immediate.reset(token)

    def dispose(self) -> None:
        self.engine.dispose()


_DISK_FULL = ("database or disk is full", "no space left")
_IO_ERROR = ("disk i/o error",)
_READ_ONLY = ("readonly database", "read-only", "attempt to write a readonly")
_LOCKED = ("database is locked", "database table is locked")
_NOT_A_DB = ("file is not a database", "file is encrypted or is not a database")

# SQLite primary result codes (the low byte of the extended code Python reports).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


def sqlite_problem(orig: BaseException | None) -> errors.KesosError | None:
    """The clear message for a SQLite file problem (disk full, read-only, I/O error, cannot open), else None."""
    code = getattr(orig, "sqlite_errorcode", None)
    text = str(orig or "").lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or (primary is None and any(s in text for s in _DISK_FULL)):
        return errors.DatabaseProblem(
            "disk_full",
            QT_TRANSLATE_NOOP("kesos", "Disk penuh: data belum tersimpan. Kosongkan ruang disk lalu simpan lagi."),
        )
    if primary == _SQLITE_READONLY or (primary is None and any(s in text for s in _READ_ONLY)):
        return errors.DatabaseProblem(
            "read_only",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Berkas basis data hanya-baca: data belum tersimpan. Periksa izin berkas dan folder data "
                "(atau media yang dikunci tulis), lalu simpan lagi.",
            ),
        )
    if primary == _SQLITE_IOERR or (primary is None and any(s in text for s in _IO_ERROR)):
        return errors.DatabaseProblem(
            "io_error",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Berkas basis data tidak dapat dibaca atau ditulis (galat disk): data belum tersimpan. "
                "Periksa disk atau media penyimpanan, lalu coba lagi.",
            ),
        )
    if primary == _SQLITE_CANTOPEN:
        return errors.DatabaseProblem(
            "cant_open",
            QT_TRANSLATE_NOOP(
                "kesos",
                "Berkas basis data tidak dapat dibuka. Periksa bahwa folder data ada dan dapat ditulis oleh akun ini.",
            ),
        )
    return None


@contextmanager
def map_db_errors() -> Iterator[None]:
    """Turn driver errors into the app's typed errors; bugs pass through unchanged."""
    try:
        yield
    except StaleDataError as e:
        raise errors.ConflictError() from e
    except exc.DBAPIError as e:
        text = str(e.orig or e).lower()
        if "sqlite" in type(e.orig).__module__:
            problem = sqlite_problem(e.orig)
            if problem is not None:
                raise problem from e
        elif any(s in text for s in _DISK_FULL):
            raise errors.DatabaseProblem(
                "disk_full",
                QT_TRANSLATE_NOOP(
                    "kesos", "Disk server penuh: data belum tersimpan. Minta pengelola server mengosongkan ruang disk."
                ),
            ) from e
        elif any(s in text for s in _READ_ONLY):
            raise errors.DatabaseProblem(
                "read_only",
                QT_TRANSLATE_NOOP(
                    "kesos", "Server basis data hanya menerima baca: data belum tersimpan. Hubungi pengelola server."
                ),
            ) from e
        if any(s in text for s in _LOCKED):
            raise errors.EnvironmentProblem(
                QT_TRANSLATE_NOOP(
                    "kesos", "Basis data sedang dipakai proses lain terlalu lama. Tunggu sebentar lalu coba lagi."
                )
            ) from e
        if any(s in text for s in _NOT_A_DB):
            raise errors.DatabaseProblem(
                "not_sqlite", QT_TRANSLATE_NOOP("kesos", "File ini bukan basis data Kesos (bukan file SQLite).")
            ) from e
        if "cannot contain nul" in text:
            # psycopg refuses a NUL character in text before anything reaches the server (SQLite keeps it).
            raise errors.ValidationError(
                None, QT_TRANSLATE_NOOP("kesos", "Data belum valid: {detail}"), detail="NUL (0x00)"
            ) from e
        if isinstance(e, exc.OperationalError | exc.InterfaceError) or e.connection_invalidated:
            if "sqlite" not in type(e.orig).__module__:
                raise errors.ConnectionLost() from e
        raise
