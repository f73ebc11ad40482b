"""Settings shared by every PC on the same database (``app_setting``), e.g. the office's wilayah scope."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kesos_desktop.models import AppSetting, User
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit
from kesos_desktop.services.auth import Actor, Perm, require

SCOPE_KEY = "office.scope_code"
OFFICE_NAME_KEY = "office.name"
ACCENT_KEY = "office.accent_color"  # "#2f6f8f": the app's accent colour on every PC of the office


def get(db: Database, key: str, default: str | None = None) -> str | None:
    with db.read() as s:
        row = s.get(AppSetting, key)
        return row.value if row is not None else default


def get_many(db: Database, prefix: str) -> dict[str, str]:
    with db.read() as s:
        return {r.key: r.value for r in s.scalars(select(AppSetting).where(AppSetting.key.startswith(prefix)))}


def put(session: Session, actor: Actor, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value, created_by=actor.id, updated_by=actor.id))
        audit.record(session, actor, "create", "setting", key, after={"value": value}, summary=f"Pengaturan {key}")
    elif row.value != value:
        before = row.value
        row.value = value
        row.updated_by = actor.id
        audit.record(
            session,
            actor,
            "update",
            "setting",
            key,
            before={"value": before},
            after={"value": value},
            summary=f"Pengaturan {key}",
        )


def set_value(db: Database, actor: Actor, key: str, value: str) -> None:
    with db.write() as s:
        # During first-run set-up there is no user yet and no one to ask permission of.
        if (s.scalar(select(func.count()).select_from(User)) or 0) > 0:
            require(actor, Perm.SETTINGS_MANAGE)
        put(s, actor, key, value)


def overview(db: Database) -> dict[str, int | str | None]:
    """Figures for the home page: office scope and a few counts."""
    from kesos_desktop.models import AuditEntry, Wilayah

    scope = get(db, SCOPE_KEY)
    with db.read() as s:
        scope_name = s.scalar(select(Wilayah.name).where(Wilayah.code == scope)) if scope else None
        desa = select(func.count()).select_from(Wilayah).where(Wilayah.level == 4)
        kec = select(func.count()).select_from(Wilayah).where(Wilayah.level == 3)
        if scope:
            desa = desa.where(Wilayah.code.startswith(scope + "."))
            kec = kec.where(Wilayah.code.startswith(scope + "."))
        return {
            "scope_code": scope,
            "scope_name": scope_name,
            "desa": s.scalar(desa) or 0,
            "kecamatan": s.scalar(kec) or 0,
            "users": s.scalar(select(func.count()).select_from(User).where(User.active.is_(True))) or 0,
            "audit": s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        }
