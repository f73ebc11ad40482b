"""``kesos-desktop --smoke-test`` and ``--version`` run from the source tree (the bundle test runs them frozen)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from kesos_desktop import APP_NAME, __version__, config
from kesos_desktop import app as app_module
from kesos_desktop.views import main_window


def test_version_flag_prints_name_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert app_module.main(["kesos-desktop", "--version"]) == 0
    assert capsys.readouterr().out.strip() == f"{APP_NAME} {__version__}"


def test_smoke_test_opens_main_window_on_a_fresh_database(qapp, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    data = Path(os.environ["KESOS_DATA_DIR"])

    assert app_module.smoke_test([]) == 0

    out = capsys.readouterr().out
    assert f"MAIN_WINDOW_OK {APP_NAME}" in out
    assert "SMOKE_FAILED" not in out
    assert "SIDEBAR Dasbor | NIPD" in out
    # The throwaway database is gone and no database choice was saved: the real first run still comes.
    assert not list(data.glob("smoke-*"))
    assert not config.has_saved_choice()


def test_smoke_test_fails_when_a_module_page_is_missing(
    qapp, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # What a bundle without kesos_desktop.views.arsip.page looks like to the main window.
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        main_window.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "kesos_desktop.views.arsip.page" else real_find_spec(name, *a),
    )

    assert app_module.smoke_test([]) == 1

    out = capsys.readouterr().out
    assert "SMOKE_FAILED arsip: not available" in out
    assert "MAIN_WINDOW_OK" not in out


def test_bundle_keeps_its_qt_paths_to_itself(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # As in the PyInstaller bundle: frozen, with the bootloader's Qt variables set.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("QT_PLUGIN_PATH", "/opt/kesos/_internal/PySide6/Qt/plugins")
    monkeypatch.setenv("QML2_IMPORT_PATH", "/opt/kesos/_internal/PySide6/Qt/qml")
    paths_before = qapp.libraryPaths()

    app_module._application([])

    assert "QT_PLUGIN_PATH" not in os.environ and "QML2_IMPORT_PATH" not in os.environ
    assert qapp.libraryPaths() == paths_before  # this process still finds its plugins
