"""Translations: Bahasa Indonesia is the source language; English comes from ``resources/i18n``.

Translators are installed before any widget exists. Texts from the Qt-free core are
``text.Message`` objects translated here with the shared ``kesos`` context.
``kesos_en.qm`` is compiled from the committed ``kesos_en.ts`` at build time (``tools/i18n.py build``,
run by ``make run``/``make test``/the installer); without it the app stays in Bahasa Indonesia.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kesos_desktop import formatting
from kesos_desktop.text import CONTEXT, Message

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "i18n"
# Language names are shown in their own language, so they are never translated.
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_installed: list[QTranslator] = []
_current = "id"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"kesos_{language}.qm"


def qm_path_qt_id() -> Path:
    return TRANSLATIONS_DIR / "qt_id.qm"


def install(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language``; returns the language actually in effect."""
    global _current
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    effective = "id"
    if language == "en":
        own = QTranslator(app)
        if own.load(str(qm_path("en"))):
            app.installTranslator(own)
            _installed.append(own)
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
            effective = "en"
            qt = QTranslator(app)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _installed.append(qt)
        else:
            # A source checkout without `make`: keep working, in Bahasa Indonesia.
            log.warning(
                "English translation %s missing (run tools/i18n.py build); using Bahasa Indonesia", qm_path("en")
            )
    else:
        # Qt ships no qtbase_id.qm; ours covers the buttons and menus the app shows (Ya/Tidak, Salin...).
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or qt.load(
            str(qm_path_qt_id())
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(locale)
    formatting.set_language(effective)
    _current = effective
    return effective


def current_language() -> str:
    return _current


def tr(text: str) -> str:
    """Translate a core text marked with ``QT_TRANSLATE_NOOP("kesos", ...)``."""
    return QCoreApplication.translate(CONTEXT, text)


def _param(value: object) -> object:
    if isinstance(value, Message | str):
        return ui_text(value)
    if isinstance(value, list | tuple):
        return [_param(v) for v in value]
    return value


def ui_text(message: Message | str) -> str:
    """A core text in the UI language. Text parameters are translated too when they are marked
    texts themselves (a status label, a nested Message); names and numbers pass unchanged."""
    if isinstance(message, Message):
        params = {k: _param(v) for k, v in message.params.items()}
        return Message(message.text, params).format(tr(message.text))
    return tr(message)
