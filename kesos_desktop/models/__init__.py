"""Typed SQLAlchemy 2 models. Importing this package registers every table on ``Base.metadata``."""

from kesos_desktop.models.base import Base, Tracked, utcnow
from kesos_desktop.models.core import AppSetting, AuditEntry, User, Wilayah

__all__ = ["AppSetting", "AuditEntry", "Base", "Tracked", "User", "Wilayah", "utcnow"]
