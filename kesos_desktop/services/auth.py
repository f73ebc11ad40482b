"""Users, roles, permissions and login. Every service checks permissions here, not in the views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.models import User, Wilayah, utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.services import audit
from kesos_desktop.text import QT_TRANSLATE_NOOP

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

# OWASP's argon2id minimum (19 MiB, t=2, p=1): ~40 ms a check on an office PC instead of ~230 ms with
# argon2-cffi's defaults (64 MiB, p=4 on a 2-core machine). Older hashes are upgraded at the next login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


class Role(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    VERIFIKATOR = "verifikator"
    ARSIPARIS = "arsiparis"
    VIEWER = "viewer"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("kesos", "Admin"),
    Role.OPERATOR: QT_TRANSLATE_NOOP("kesos", "Operator"),
    Role.VERIFIKATOR: QT_TRANSLATE_NOOP("kesos", "Verifikator"),
    Role.ARSIPARIS: QT_TRANSLATE_NOOP("kesos", "Arsiparis"),
    Role.VIEWER: QT_TRANSLATE_NOOP("kesos", "Peninjau (baca saja)"),
}


class Perm(StrEnum):
    USERS_MANAGE = "users.manage"
    AUDIT_VIEW = "audit.view"
    SETTINGS_MANAGE = "settings.manage"
    DATA_VIEW = "data.view"
    NIK_VIEW = "nik.view"  # see NIK unmasked
    DATA_EXPORT = "data.export"
    PPKS_EDIT = "ppks.edit"
    PPKS_VERIFY = "ppks.verify"
    PPKS_MERGE = "ppks.merge"
    NIPD_EDIT = "nipd.edit"
    NIPD_APPROVE = "nipd.approve"
    NIPD_PRINT = "nipd.print"
    ARSIP_EDIT = "arsip.edit"
    ARSIP_LEND = "arsip.lend"


ROLE_PERMS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(Perm),
    Role.OPERATOR: frozenset({Perm.DATA_VIEW, Perm.NIK_VIEW, Perm.PPKS_EDIT, Perm.NIPD_EDIT, Perm.DATA_EXPORT}),
    Role.VERIFIKATOR: frozenset(
        {Perm.DATA_VIEW, Perm.NIK_VIEW, Perm.PPKS_VERIFY, Perm.NIPD_APPROVE, Perm.DATA_EXPORT, Perm.AUDIT_VIEW}
    ),
    Role.ARSIPARIS: frozenset({Perm.DATA_VIEW, Perm.ARSIP_EDIT, Perm.ARSIP_LEND, Perm.DATA_EXPORT}),
    Role.VIEWER: frozenset({Perm.DATA_VIEW}),
}


@dataclass(frozen=True)
class Actor:
    """Who acts: passed to every service call. ``SYSTEM`` is for migrations and CLI set-up."""

    id: int | None
    username: str
    full_name: str
    role: Role
    scope_code: str | None = None

    def can(self, perm: Perm) -> bool:
        return perm in ROLE_PERMS[self.role]


SYSTEM = Actor(None, "system", "Sistem", Role.ADMIN)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    scope_code: str | None
    active: bool
    locked: bool
    last_login_at: datetime | None
    version: int


def require(actor: Actor, perm: Perm) -> None:
    if not actor.can(perm):
        raise errors.PermissionDenied()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise errors.ValidationError(
            "password",
            QT_TRANSLATE_NOOP("kesos", "Kata sandi minimal {n} karakter."),
            n=MIN_PASSWORD_LENGTH,
        )


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-" for c in name):
        raise errors.ValidationError(
            "username",
            QT_TRANSLATE_NOOP("kesos", "Nama pengguna hanya boleh huruf, angka, titik, garis bawah atau tanda hubung."),
        )
    return name


def _info(u: User) -> UserInfo:
    locked = u.locked_until is not None and u.locked_until > utcnow()
    return UserInfo(
        u.id, u.username, u.full_name, Role(u.role), u.scope_code, u.active, locked, u.last_login_at, u.version
    )


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.full_name, Role(u.role), u.scope_code)


def _snapshot(u: User) -> dict[str, object]:
    return {
        "username": u.username,
        "full_name": u.full_name,
        "role": u.role,
        "scope_code": u.scope_code,
        "active": u.active,
    }


def user_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(User)) or 0


def create_user(
    db: Database,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    password: str,
    role: Role | str,
    scope_code: str | None = None,
) -> UserInfo:
    """Create a user. With no users yet, anyone may create the first admin (first-run wizard)."""
    role = Role(role)
    name = _check_username(username)
    if not full_name.strip():
        raise errors.ValidationError("full_name", QT_TRANSLATE_NOOP("kesos", "Nama lengkap wajib diisi."))
    _check_password_rules(password)
    with db.write() as s:
        first = (s.scalar(select(func.count()).select_from(User)) or 0) == 0
        if first:
            if role is not Role.ADMIN:
                raise errors.ValidationError("role", QT_TRANSLATE_NOOP("kesos", "Pengguna pertama harus admin."))
        else:
            require(actor, Perm.USERS_MANAGE)
        if s.scalar(select(User.id).where(User.username == name)) is not None:
            raise errors.DuplicateError(QT_TRANSLATE_NOOP("kesos", "Nama pengguna '{name}' sudah dipakai."), name=name)
        if scope_code and s.get(Wilayah, scope_code) is None:
            raise errors.ValidationError(
                "scope_code", QT_TRANSLATE_NOOP("kesos", "Kode wilayah {code} tidak dikenal."), code=scope_code
            )
        u = User(
            username=name,
            full_name=full_name.strip(),
            password_hash=hash_password(password),
            role=role.value,
            scope_code=scope_code or None,
            active=True,
            failed_logins=0,
            created_by=actor.id,
            updated_by=actor.id,
        )
        s.add(u)
        s.flush()
        who = _actor(u) if first else actor
        audit.record(s, who, "create", "user", u.id, after=_snapshot(u), summary=f"Pengguna {name} ({role.value})")
        return _info(u)


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    expected_version: int,
    full_name: str | None = None,
    role: Role | str | None = None,
    scope_code: str | None | type[...] = ...,  # Ellipsis: leave unchanged
    active: bool | None = None,
) -> UserInfo:
    require(actor, Perm.USERS_MANAGE)
    with db.write() as s:
        u = s.get(User, user_id)
        if u is None:
            raise errors.NotFound()
        if u.version != expected_version:
            raise errors.ConflictError()
        before = _snapshot(u)
        if full_name is not None:
            if not full_name.strip():
                raise errors.ValidationError("full_name", QT_TRANSLATE_NOOP("kesos", "Nama lengkap wajib diisi."))
            u.full_name = full_name.strip()
        if role is not None:
            u.role = Role(role).value
        if scope_code is not ...:
            u.scope_code = scope_code or None  # type: ignore[assignment]
        if active is not None:
            u.active = active
        if u.id == actor.id and (u.role != Role.ADMIN or not u.active):
            raise errors.ValidationError(
                "role",
                QT_TRANSLATE_NOOP("kesos", "Anda tidak dapat mencabut hak admin atau menonaktifkan akun sendiri."),
            )
        u.updated_by = actor.id
        s.flush()
        audit.record(
            s, actor, "update", "user", u.id, before=before, after=_snapshot(u), summary=f"Pengguna {u.username}"
        )
        return _info(u)


def set_password(
    db: Database, actor: Actor, user_id: int, new_password: str, *, old_password: str | None = None
) -> None:
    """Admins reset anyone's password; a user changes their own with the old one."""
    _check_password_rules(new_password)
    with db.write() as s:
        u = s.get(User, user_id)
        if u is None:
            raise errors.NotFound()
        if actor.id != user_id:
            require(actor, Perm.USERS_MANAGE)
        elif not _verify(u.password_hash, old_password or ""):
            raise errors.ValidationError("old_password", QT_TRANSLATE_NOOP("kesos", "Kata sandi lama salah."))
        u.password_hash = hash_password(new_password)
        u.failed_logins = 0
        u.locked_until = None
        u.updated_by = actor.id
        audit.record(s, actor, "update", "user", u.id, summary=f"Kata sandi {u.username} diganti")


def _verify(hash_: str, password: str) -> bool:
    try:
        return _hasher.verify(hash_, password)
    except (VerificationError, InvalidHashError):
        return False


def login(db: Database, username: str, password: str) -> Actor:
    """Check credentials; lock the account for a while after repeated failures."""
    name = username.strip().lower()
    now = utcnow()
    with db.write() as s:
        u = s.scalar(select(User).where(User.username == name))
        if u is None:
            _hasher.hash(password)  # same cost as a real check: no user enumeration by timing
            raise errors.AuthenticationError()
        if u.locked_until is not None and u.locked_until > now:
            minutes = max(1, int((u.locked_until - now).total_seconds() // 60) + 1)
            raise errors.AuthenticationError(
                QT_TRANSLATE_NOOP(
                    "kesos", "Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi dalam {minutes} menit."
                ),
                minutes=minutes,
            )
        if not _verify(u.password_hash, password):
            u.failed_logins += 1
            if u.failed_logins >= MAX_FAILED_LOGINS:
                u.locked_until = now + LOCKOUT
                u.failed_logins = 0
                audit.record(s, _actor(u), "lock", "user", u.id, summary=f"Akun {u.username} dikunci")
            # Commit the counter, then report the failure.
            s.commit()
            raise errors.AuthenticationError()
        if not u.active:
            raise errors.AuthenticationError(QT_TRANSLATE_NOOP("kesos", "Akun ini dinonaktifkan. Hubungi admin."))
        if _hasher.check_needs_rehash(u.password_hash):
            u.password_hash = hash_password(password)
        u.failed_logins = 0
        u.locked_until = None
        u.last_login_at = now
        audit.record(s, _actor(u), "login", "user", u.id, summary=f"Masuk: {u.username}")
        return _actor(u)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    require(actor, Perm.USERS_MANAGE)
    with db.read() as s:
        return [_info(u) for u in s.scalars(select(User).order_by(User.username))]


def get_user(db: Database, actor: Actor, user_id: int) -> UserInfo:
    if actor.id != user_id:
        require(actor, Perm.USERS_MANAGE)
    with db.read() as s:
        u = s.get(User, user_id)
        if u is None:
            raise errors.NotFound()
        return _info(u)


def mask_nik(nik: str | None, actor: Actor) -> str:
    """Viewers see ``1904********0001``; roles with NIK_VIEW see it whole."""
    if not nik:
        return ""
    if actor.can(Perm.NIK_VIEW) or len(nik) != 16:
        return nik
    return nik[:4] + "*" * 8 + nik[12:]
