"""Test a database choice and say exactly what is wrong with it (settings dialog, wizard, CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc, text
from sqlalchemy.engine import make_url

from kesos_desktop import errors
from kesos_desktop.models.db import Database, normalise_url
from kesos_desktop.services import schema
from kesos_desktop.text import QT_TRANSLATE_NOOP, Message, msg


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    code: str  # ok | new | outdated | unreachable | auth | no_database | too_new | foreign | not_sqlite | no_folder | error
    message: Message


_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "name or service not known",
    "timeout expired",
    "no route to host",
    "network is unreachable",
    "could not connect",
    "connection timed out",
    "server closed the connection",
)
_AUTH = ("password authentication failed", "no password supplied", "authentication failed", 'role "')


def classify_pg_error(e: BaseException) -> ConnectionReport:
    t = str(getattr(e, "orig", None) or e).lower()
    if "does not exist" in t and "database" in t:
        return ConnectionReport(
            False,
            "no_database",
            msg(
                QT_TRANSLATE_NOOP(
                    "kesos", "Server terhubung, tetapi basis data tersebut tidak ada. Minta admin server membuatnya."
                )
            ),
        )
    if any(s in t for s in _AUTH):
        return ConnectionReport(
            False, "auth", msg(QT_TRANSLATE_NOOP("kesos", "Server menolak nama pengguna atau kata sandi basis data."))
        )
    if any(s in t for s in _UNREACHABLE):
        return ConnectionReport(
            False,
            "unreachable",
            msg(QT_TRANSLATE_NOOP("kesos", "Server tidak dapat dihubungi. Periksa alamat host, port, dan jaringan.")),
        )
    return ConnectionReport(
        False, "error", msg(QT_TRANSLATE_NOOP("kesos", "Koneksi gagal: {detail}"), detail=str(e).splitlines()[0])
    )


def check(url: str) -> ConnectionReport:
    """Connect, read the schema revision, write nothing."""
    u = normalise_url(make_url(url))
    if u.get_backend_name() == "sqlite":
        path = Path(u.database or "")
        if not path.parent.exists():
            return ConnectionReport(
                False,
                "no_folder",
                msg(QT_TRANSLATE_NOOP("kesos", "Folder {folder} tidak ada."), folder=str(path.parent)),
            )
        if not path.exists():
            return ConnectionReport(
                True,
                "new",
                msg(
                    QT_TRANSLATE_NOOP("kesos", "File belum ada; basis data baru akan dibuat di {path}."), path=str(path)
                ),
            )
        if not _looks_like_sqlite(path):
            return ConnectionReport(
                False,
                "not_sqlite",
                msg(QT_TRANSLATE_NOOP("kesos", "File ini bukan basis data Kesos (bukan file SQLite).")),
            )
    db = Database.open(u)
    try:
        try:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            state = schema.schema_state(db)
        except errors.DatabaseProblem as e:
            return ConnectionReport(False, e.code, e.message)
        except (errors.ConnectionLost, exc.OperationalError, exc.InterfaceError) as e:
            return classify_pg_error(e.__cause__ or e)
        try:
            schema.ensure_usable(state)
        except errors.DatabaseProblem as e:
            return ConnectionReport(False, e.code, e.message)
        if state.status is schema.SchemaStatus.EMPTY:
            return ConnectionReport(
                True,
                "new",
                msg(QT_TRANSLATE_NOOP("kesos", "Koneksi berhasil. Basis data masih kosong dan akan disiapkan.")),
            )
        if state.status is schema.SchemaStatus.OUTDATED:
            return ConnectionReport(
                True,
                "outdated",
                msg(
                    QT_TRANSLATE_NOOP(
                        "kesos", "Koneksi berhasil. Struktur basis data akan diperbarui ke versi aplikasi ini."
                    )
                ),
            )
        return ConnectionReport(True, "ok", msg(QT_TRANSLATE_NOOP("kesos", "Koneksi berhasil.")))
    finally:
        db.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head == b"SQLite format 3\x00" or head == b""
