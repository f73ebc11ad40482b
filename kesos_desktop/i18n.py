"""Translations: Bahasa Indonesia is the source language; English comes from ``resources/translations``.

Translators are installed before any widget exists. Texts from the Qt-free core are
``text.Message`` objects translated here with the shared ``kesos`` context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kesos_desktop.text import CONTEXT, Message

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        own = QTranslator(app)
        if own.load(str(TRANSLATIONS_DIR / "kesos_en.qm")):
            app.installTranslator(own)
            _installed.append(own)
    else:
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(locale)


def tr(text: str) -> str:
    """Translate a core text marked with ``QT_TRANSLATE_NOOP("kesos", ...)``."""
    return QCoreApplication.translate(CONTEXT, text)


def ui_text(message: Message | str) -> str:
    if isinstance(message, Message):
        return message.format(tr(message.text))
    return tr(message)
