"""Where the app keeps its files. ``KESOS_DATA_DIR`` and ``KESOS_CONFIG_DIR`` override (tests, portable use)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kesos_desktop import APP_ID, ORG_NAME


def data_dir() -> Path:
    env = os.environ.get("KESOS_DATA_DIR")
    d = Path(env) if env else Path(platformdirs.user_data_dir(APP_ID, ORG_NAME))
    d.mkdir(parents=True, exist_ok=True)
    return d


def config_dir() -> Path:
    env = os.environ.get("KESOS_CONFIG_DIR")
    d = Path(env) if env else Path(platformdirs.user_config_dir(APP_ID, ORG_NAME))
    d.mkdir(parents=True, exist_ok=True)
    return d


def log_dir() -> Path:
    d = data_dir() / "log"
    d.mkdir(parents=True, exist_ok=True)
    return d


def default_sqlite_path() -> Path:
    return data_dir() / "kesos.sqlite3"
