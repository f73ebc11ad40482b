"""Qt-free message texts.

The core (models, services, printing, excel) must not import Qt, yet its messages reach the user.
They are written in Bahasa Indonesia, marked with ``QT_TRANSLATE_NOOP`` so pyside6-lupdate collects
them, and translated by the views with ``QCoreApplication.translate(CONTEXT, text)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "kesos"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name recognised by lupdate
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing text with ``{name}`` placeholders, formatted after translation."""

    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, translated: str | None = None) -> str:
        template = translated if translated is not None else self.text
        # A list of texts (several field errors) reads as one sentence: "a; b".
        params = {k: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v for k, v in self.params.items()}
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return self.format()


def msg(text: str, **params: Any) -> Message:
    return Message(text, params)
