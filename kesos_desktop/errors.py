"""Typed errors raised by services; views map them to dialogs.

``KnownError`` subclasses are expected situations the user can act on (bad input, no permission,
server unreachable). Anything else is a bug and goes to the crash dialog with a log entry.
"""

from __future__ import annotations

from typing import Any

from kesos_desktop.text import QT_TRANSLATE_NOOP, Message


class KesosError(Exception):
    """Base of all errors the app raises on purpose."""

    default_text = QT_TRANSLATE_NOOP("kesos", "Terjadi kesalahan.")

    def __init__(self, text: str | Message | None = None, **params: Any) -> None:
        if isinstance(text, Message):
            self.message = text
        else:
            self.message = Message(text or self.default_text, params)
        super().__init__(str(self.message))


class KnownError(KesosError):
    """An expected failure with a message the user can act on."""


class ValidationError(KnownError):
    """Input failed a rule; ``field`` names the form field (or column) at fault."""

    def __init__(self, field: str | None, text: str | Message, **params: Any) -> None:
        self.field = field
        super().__init__(text, **params)


class ValidationErrors(KnownError):
    """Several field errors at once (a form or an import row)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        # The messages themselves, so a view shows each one translated (joined by Message.format).
        details = tuple(e.message for e in errors)
        super().__init__(QT_TRANSLATE_NOOP("kesos", "Data belum valid: {detail}"), detail=details)


class PermissionDenied(KnownError):
    default_text = QT_TRANSLATE_NOOP("kesos", "Anda tidak memiliki hak untuk tindakan ini.")


class NotFound(KnownError):
    default_text = QT_TRANSLATE_NOOP("kesos", "Data tidak ditemukan.")


class ConflictError(KnownError):
    """Optimistic-lock failure: someone else saved the record first."""

    default_text = QT_TRANSLATE_NOOP(
        "kesos", "Data ini telah diubah oleh pengguna lain. Muat ulang data lalu ulangi perubahan Anda."
    )


class DuplicateError(KnownError):
    default_text = QT_TRANSLATE_NOOP("kesos", "Data yang sama sudah ada.")


class AuthenticationError(KnownError):
    default_text = QT_TRANSLATE_NOOP("kesos", "Nama pengguna atau kata sandi salah.")


class Cancelled(KnownError):
    default_text = QT_TRANSLATE_NOOP("kesos", "Proses dibatalkan.")


class EnvironmentProblem(KnownError):
    """The machine or the server is at fault, not the data: unreachable server, disk full, locked file."""


class ConnectionLost(EnvironmentProblem):
    default_text = QT_TRANSLATE_NOOP(
        "kesos",
        "Koneksi ke server terputus. Data belum tersimpan, tetapi isian Anda tetap ada di formulir; "
        "periksa jaringan lalu coba simpan lagi.",
    )


class DatabaseProblem(EnvironmentProblem):
    """The database cannot be used: wrong file, schema too new, missing database."""

    def __init__(self, code: str, text: str | Message, **params: Any) -> None:
        self.code = code
        super().__init__(text, **params)
