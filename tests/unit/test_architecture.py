"""The core (models, services, printing, excel) must not import Qt: it runs in the CLI and in tests without a GUI."""

import pkgutil
import subprocess
import sys

import kesos_desktop

CORE = ("models", "services", "printing", "excel")


def _core_modules() -> list[str]:
    names = []
    for pkg in CORE:
        names.append(f"kesos_desktop.{pkg}")
        mod = __import__(f"kesos_desktop.{pkg}", fromlist=["_"])
        for info in pkgutil.walk_packages(mod.__path__, prefix=f"kesos_desktop.{pkg}."):
            names.append(info.name)
    return names


def test_core_does_not_import_qt() -> None:
    modules = _core_modules()
    assert any(m.startswith("kesos_desktop.services.") for m in modules)
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core modules import Qt: {out.stdout.strip()}"


def test_version_is_set() -> None:
    assert kesos_desktop.__version__.count(".") == 2
