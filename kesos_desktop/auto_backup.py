"""The daily automatic copy of a local SQLite file, while the app runs: checked at start and then
hourly; the copy runs on the io executor (SQLite's backup API reads a snapshot, so it neither
waits for nor blocks the db worker). The policy (is a copy due, which old ones go) lives in
``services.backup``."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kesos_desktop import config
from kesos_desktop.models.db import Database

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000


class AutoBackupScheduler(QObject):
    finished = Signal(object)  # the new copy's Path, None when none was due, or the exception

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = db
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self._db = None

    def check(self) -> bool:
        """Start a copy in the background when one may be due; True if a check was started."""
        db = self._db
        if db is None or not db.is_sqlite or self._running or not config.get(config.BACKUP_AUTO_ENABLED):
            return False
        from kesos_desktop.services import backup
        from kesos_desktop.tasks import Op

        folder = config.backup_auto_dir()
        keep = max(1, int(config.get(config.BACKUP_AUTO_KEEP)))
        self._running = True
        Op(None, lambda: backup.run_auto_backup(db, folder, keep), executor="io").success(self._done).failure(
            self._failed
        ).run()
        return True

    def _done(self, made: object) -> None:
        self._running = False
        self.finished.emit(made)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        # Not a dialog: the user did not ask for this copy. The Cadangan page lists the copies and their dates.
        log.warning("Automatic backup failed: %s", exc)
        self.finished.emit(exc)
