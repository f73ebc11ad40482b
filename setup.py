"""Build step the declarative pyproject.toml cannot express: ship the user guide inside the package.

The guide is written once, in ``docs/panduan/`` (README.md links its pictures there). A wheel or a plain
``pip install .`` gets a copy as ``kesos_desktop/resources/panduan/``, where ``views/help_view.py`` looks
first. An editable install (``make run``) skips the copy: the help page reads ``docs/panduan`` of the
checkout. The PyInstaller spec copies the same folder on its own.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
GUIDE = ROOT / "docs" / "panduan"
GUIDE_IN_PACKAGE = ("kesos_desktop", "resources", "panduan")


class BuildPyWithGuide(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for src, dest in self._guide_files():
            self.mkpath(str(dest.parent))
            self.copy_file(str(src), str(dest))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        return [*outputs, *(str(dest) for _src, dest in self._guide_files())]

    def _guide_files(self) -> list[tuple[Path, Path]]:
        if not (GUIDE / "README.md").is_file():
            # Without it the installed app shows "Berkas panduan tidak ditemukan": refuse to build that.
            raise FileNotFoundError(f"Panduan pengguna tidak ada di {GUIDE} (dibutuhkan untuk paket)")
        target = Path(self.build_lib, *GUIDE_IN_PACKAGE)
        return [(p, target / p.relative_to(GUIDE)) for p in sorted(GUIDE.rglob("*")) if p.is_file()]


setup(cmdclass={"build_py": BuildPyWithGuide})
