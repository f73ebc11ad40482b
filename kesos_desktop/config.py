"""Per-PC settings, each key declared once with its type and default (QSettings, INI format).

Settings shared by the whole office live in the database instead (``services/office.py``).
``KESOS_DATABASE_URL`` overrides the database choice for scripts and tests.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

from kesos_desktop import paths

T = TypeVar("T")

ENV_DATABASE_URL = "KESOS_DATABASE_URL"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


DB_KIND = Setting[str]("database/kind", str, "sqlite")  # "sqlite" | "postgresql"
DB_SQLITE_PATH = Setting[str]("database/sqlite_path", str, "")
DB_PG_HOST = Setting[str]("database/pg_host", str, "localhost")
DB_PG_PORT = Setting[int]("database/pg_port", int, 5432)
DB_PG_DATABASE = Setting[str]("database/pg_database", str, "kesos")
DB_PG_USER = Setting[str]("database/pg_user", str, "kesos")
# Kept in the user's own settings file (readable by that Windows/Linux account only).
DB_PG_PASSWORD = Setting[str]("database/pg_password", str, "")
UI_LANGUAGE = Setting[str]("ui/language", str, "id")
# Daily automatic copy of the local SQLite file; an empty folder means <data dir>/cadangan.
BACKUP_AUTO_ENABLED = Setting[bool]("backup/auto_enabled", bool, True)
BACKUP_AUTO_DIR = Setting[str]("backup/auto_dir", str, "")
BACKUP_AUTO_KEEP = Setting[int]("backup/auto_keep", int, 7)
# Folder of pg_dump/pg_restore when neither PATH nor the usual install folders have them
# (``KESOS_PG_BIN`` in the environment wins over this).
BACKUP_PG_BIN = Setting[str]("backup/pg_bin", str, "")
LAST_USERNAME = Setting[str]("ui/last_username", str, "")


def backup_auto_dir(store: QSettings | None = None) -> Path:
    return Path(get(BACKUP_AUTO_DIR, store) or paths.data_dir() / "cadangan")


def qsettings() -> QSettings:
    path = paths.config_dir() / "kesos-desktop.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def get(setting: Setting[T], store: QSettings | None = None) -> T:
    s = store or qsettings()
    value: Any = s.value(setting.key, setting.default)
    if value is None:
        return setting.default
    if setting.type is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "yes")  # type: ignore[return-value]
    try:
        return setting.type(value)  # type: ignore[no-any-return]
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting[T], value: T, store: QSettings | None = None) -> None:
    s = store or qsettings()
    s.setValue(setting.key, value)
    s.sync()


@dataclass(frozen=True)
class DatabaseChoice:
    kind: str
    sqlite_path: str = ""
    host: str = "localhost"
    port: int = 5432
    database: str = "kesos"
    user: str = "kesos"
    password: str = ""

    def url(self) -> str:
        # Imported here: SQLAlchemy is heavy and the login dialog must appear before it is loaded.
        from sqlalchemy.engine import URL

        from kesos_desktop.models.db import sqlite_url

        if self.kind == "postgresql":
            return URL.create(
                "postgresql+psycopg",
                username=self.user or None,
                password=self.password or None,
                host=self.host or None,
                port=self.port or None,
                database=self.database or None,
            ).render_as_string(hide_password=False)
        return sqlite_url(self.sqlite_path or paths.default_sqlite_path())


def load_database_choice(store: QSettings | None = None) -> DatabaseChoice:
    s = store or qsettings()
    return DatabaseChoice(
        kind=get(DB_KIND, s),
        sqlite_path=get(DB_SQLITE_PATH, s),
        host=get(DB_PG_HOST, s),
        port=get(DB_PG_PORT, s),
        database=get(DB_PG_DATABASE, s),
        user=get(DB_PG_USER, s),
        password=get(DB_PG_PASSWORD, s),
    )


def save_database_choice(choice: DatabaseChoice, store: QSettings | None = None) -> None:
    s = store or qsettings()
    put(DB_KIND, choice.kind, s)
    put(DB_SQLITE_PATH, choice.sqlite_path, s)
    put(DB_PG_HOST, choice.host, s)
    put(DB_PG_PORT, choice.port, s)
    put(DB_PG_DATABASE, choice.database, s)
    put(DB_PG_USER, choice.user, s)
    put(DB_PG_PASSWORD, choice.password, s)


def database_url_overridden() -> bool:
    return bool(os.environ.get(ENV_DATABASE_URL))


def database_url(store: QSettings | None = None) -> str:
    env = os.environ.get(ENV_DATABASE_URL)
    if env:
        return env
    return load_database_choice(store).url()


def has_saved_choice(store: QSettings | None = None) -> bool:
    return (store or qsettings()).contains(DB_KIND.key)
