"""Signed QR payloads for NIPD cards (Ed25519, ``cryptography``).

Payload (UTF-8 text, one line, ``|``-separated, no NIK)::

    KD1|<kid>|<nipd>|<serial>|<name>|<jabatan code>|<kode desa, 10 digits>|<issued YYYYMMDD>|<signature>

The signature (64 bytes, base64url without padding) covers every byte before the last ``|``.

Where the signing key lives, and why
------------------------------------
The private key is generated on first use and stored **in the database**, table ``nipd_signing_key``
(PKCS#8 PEM), next to its key id (``kid``, 4 hex digits, carried in every payload) and raw public key.
Every PC of the office prints from the same database, so every PC signs with the same key and one
exported public key verifies every card. It is backed up with the database itself (``kesos backup``
for SQLite, ``pg_dump`` for PostgreSQL): restoring a backup restores the key, and losing the database
without a backup loses only the ability to sign *new* cards with that key (printed cards keep
verifying with the exported public key). The key is not encrypted at rest: a passphrase stored on
the same PCs would add nothing, so protection is the database's own access control (file
permissions for SQLite, the PostgreSQL role). Anyone who can read the database could forge cards;
if that is suspected, ``rotate_key`` makes a new key: new cards use the new ``kid``, and old
cards stay verifiable until they are reprinted. Public keys are exported as text
(``kesos nipd export-public-key``) so another office verifies offline with ``verify(..., public_keys=...)``.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kesos_desktop.models.nipd import SigningKey

PREFIX = "KD1"
NAME_MAX = 40
PUBLIC_KEY_HEADER = "KESOS-NIPD-PUBKEY"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class CardFields:
    kid: str
    nipd: str
    serial: str
    name: str
    jabatan: str
    desa: str  # 10 digits, no dots
    issued: date


def clean_name(name: str) -> str:
    """What goes in the payload: no separators, at most NAME_MAX characters."""
    return " ".join(name.replace("|", " ").split())[:NAME_MAX]


def body_of(fields: CardFields) -> str:
    return "|".join(
        (
            PREFIX,
            fields.kid,
            fields.nipd,
            fields.serial,
            clean_name(fields.name),
            fields.jabatan,
            fields.desa.replace(".", ""),
            fields.issued.strftime("%Y%m%d"),
        )
    )


def sign(private_key: Ed25519PrivateKey, fields: CardFields) -> str:
    body = body_of(fields)
    return body + "|" + _b64(private_key.sign(body.encode("utf-8")))


def parse(payload: str) -> tuple[CardFields, bytes, bytes] | None:
    """(fields, signed bytes, signature) or None when the text is not a card payload."""
    text = payload.strip()
    parts = text.split("|")
    if len(parts) != 9 or parts[0] != PREFIX:
        return None
    try:
        issued = date(int(parts[7][0:4]), int(parts[7][4:6]), int(parts[7][6:8]))
        signature = _unb64(parts[8])
    except (ValueError, IndexError):
        return None
    # Only the canonical text: the last character's 4 spare bits (and skipped non-alphabet characters)
    # would otherwise let a changed payload carry the same signature bytes.
    if len(signature) != 64 or _b64(signature) != parts[8]:
        return None
    body, _, _ = text.rpartition("|")
    fields = CardFields(parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], issued)
    return fields, body.encode("utf-8"), signature


def check_signature(public_key: Ed25519PublicKey, body: bytes, signature: bytes) -> bool:
    try:
        public_key.verify(signature, body)
    except InvalidSignature:
        return False
    return True


def public_from_raw(raw_b64: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(_unb64(raw_b64))


# --- keys in the database ----------------------------------------------------------------------


def signing_key(session: Session) -> tuple[str, Ed25519PrivateKey]:
    """The active key (created on first use, inside the caller's write transaction)."""
    row = session.scalars(
        select(SigningKey).where(SigningKey.active.is_(True)).order_by(SigningKey.created_at.desc(), SigningKey.kid)
    ).first()
    if row is None:
        row = _new_key(session)
    key = serialization.load_pem_private_key(row.private_pem.encode("ascii"), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return row.kid, key


def _new_key(session: Session) -> SigningKey:
    existing = set(session.scalars(select(SigningKey.kid)))
    kid = secrets.token_hex(2).upper()
    while kid in existing:
        kid = secrets.token_hex(2).upper()
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    row = SigningKey(kid=kid, public_key=_b64(raw), private_pem=pem, active=True)
    session.add(row)
    session.flush()
    return row


def rotate_key(session: Session) -> str:
    for row in session.scalars(select(SigningKey).where(SigningKey.active.is_(True))):
        row.active = False
    session.flush()
    return _new_key(session).kid


def public_keys(session: Session) -> dict[str, str]:
    return {r.kid: r.public_key for r in session.scalars(select(SigningKey).order_by(SigningKey.created_at))}


def export_public_keys(keys: Mapping[str, str]) -> str:
    """Text another office can keep: one ``KESOS-NIPD-PUBKEY <kid> <raw key base64url>`` line per key."""
    return "".join(f"{PUBLIC_KEY_HEADER} {kid} {raw}\n" for kid, raw in keys.items())


def load_public_keys(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == PUBLIC_KEY_HEADER:
            out[parts[1]] = parts[2]
    return out
