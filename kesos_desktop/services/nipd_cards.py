"""NIPD card settings, print batches (serials, signed QR payloads) and card verification.

A batch is issued in one write unit: the batch row, one card per approved request (new serial from
a counter, signed payload), the requests marked printed, the official's current card switched to
the new one (so the older serial stops being current) and the audit entries. The PDF is written to
a temporary file inside that unit and moved into place after the commit: when drawing fails
(e.g. no signature image) nothing is recorded as printed.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kesos_desktop import errors
from kesos_desktop.jobs import NULL, JobContext
from kesos_desktop.models import AppSetting, utcnow
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Card, CardRequest, Jabatan, Official, PrintBatch
from kesos_desktop.services import audit, nipd, nipd_sign, office
from kesos_desktop.services.auth import Actor, Perm, require
from kesos_desktop.text import QT_TRANSLATE_NOOP, Message, msg

CARD_PREFIX = "nipd.card."
TEXT_SETTINGS = {
    "pemda": "",  # empty: "PEMERINTAH KABUPATEN <name>" from the official's desa
    "title": "KARTU TANDA PERANGKAT DESA",
    "signer_name": "",
    "signer_nip": "",
    "signer_title": "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
    "place": "",
    "color": "#0B4F8A",
    "accent": "#D4A21A",
    "validity_years": "5",
}
IMAGE_SETTINGS = ("logo", "signature")


@dataclass(frozen=True)
class CardSettings:
    values: Mapping[str, str]
    logo: bytes | None
    signature: bytes | None

    def get(self, key: str) -> str:
        return self.values.get(key, TEXT_SETTINGS.get(key, ""))


def card_settings(db: Database) -> CardSettings:
    raw = office.get_many(db, CARD_PREFIX)
    return _card_settings(raw)


def _card_settings(raw: Mapping[str, str]) -> CardSettings:
    values = {k: raw.get(CARD_PREFIX + k, v) for k, v in TEXT_SETTINGS.items()}
    images = {}
    for k in IMAGE_SETTINGS:
        text = raw.get(CARD_PREFIX + k)
        images[k] = base64.b64decode(text) if text else None
    return CardSettings(values, images["logo"], images["signature"])


def set_card_settings(
    db: Database,
    actor: Actor,
    *,
    values: Mapping[str, str] | None = None,
    images: Mapping[str, bytes | None] | None = None,
) -> CardSettings:
    """Save texts (``TEXT_SETTINGS`` keys) and images (``logo``/``signature``; None removes one)."""
    require(actor, Perm.SETTINGS_MANAGE)
    values = dict(values or {})
    for key in values:
        if key not in TEXT_SETTINGS:
            raise errors.ValidationError(
                key, QT_TRANSLATE_NOOP("kesos", "Pengaturan kartu tidak dikenal: {key}"), key=key
            )
    if "validity_years" in values and not (
        values["validity_years"].isdigit() and 1 <= int(values["validity_years"]) <= 20
    ):
        raise errors.ValidationError("validity_years", QT_TRANSLATE_NOOP("kesos", "Masa berlaku 1 sampai 20 tahun."))
    for key in ("color", "accent"):
        if key in values:
            v = values[key]
            if not (len(v) == 7 and v.startswith("#") and all(ch in "0123456789abcdefABCDEF" for ch in v[1:])):
                raise errors.ValidationError(key, QT_TRANSLATE_NOOP("kesos", "Warna ditulis #RRGGBB, mis. #0B4F8A."))
    encoded: dict[str, str | None] = {}
    for key, data in (images or {}).items():
        if key not in IMAGE_SETTINGS:
            raise errors.ValidationError(
                key, QT_TRANSLATE_NOOP("kesos", "Pengaturan kartu tidak dikenal: {key}"), key=key
            )
        if data is not None:
            _check_image(key, data)
        encoded[key] = base64.b64encode(data).decode("ascii") if data is not None else None
    with db.write() as s:
        for key, value in values.items():
            office.put(s, actor, CARD_PREFIX + key, value.strip())
        for key, text in encoded.items():
            if text is None:
                row = s.get(AppSetting, CARD_PREFIX + key)
                if row is not None:
                    s.delete(row)
                    audit.record(s, actor, "delete", "setting", CARD_PREFIX + key, summary=f"Pengaturan {key} dihapus")
            else:
                office.put(s, actor, CARD_PREFIX + key, text)
        raw = {r.key: r.value for r in s.scalars(select(AppSetting).where(AppSetting.key.startswith(CARD_PREFIX)))}
    return _card_settings(raw)


def _check_image(key: str, data: bytes) -> None:
    import io

    from PIL import Image, UnidentifiedImageError

    if len(data) > 2 * 1024 * 1024:
        raise errors.ValidationError(key, QT_TRANSLATE_NOOP("kesos", "Gambar terlalu besar (maksimal 2 MB)."))
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.verify()
            if im.format not in ("PNG", "JPEG"):
                raise errors.ValidationError(key, QT_TRANSLATE_NOOP("kesos", "Gunakan gambar PNG atau JPG."))
    except (UnidentifiedImageError, OSError, SyntaxError) as e:
        raise errors.ValidationError(key, QT_TRANSLATE_NOOP("kesos", "File ini bukan gambar yang dapat dibaca.")) from e


def _style(settings: CardSettings, kabupaten: str):  # type: ignore[no-untyped-def]
    from kesos_desktop.printing.nipd_cards import CardStyle

    pemda = settings.get("pemda") or _pemda_name(kabupaten)
    return CardStyle(
        pemda=pemda.upper(),
        title=settings.get("title").upper(),
        signer_name=settings.get("signer_name"),
        signer_nip=settings.get("signer_nip"),
        signer_title=settings.get("signer_title"),
        place=settings.get("place"),
        color=settings.get("color"),
        accent=settings.get("accent"),
        logo=settings.logo,
        signature=settings.signature,
    )


def _pemda_name(kabupaten: str) -> str:
    k = kabupaten.strip()
    if k.lower().startswith(("kabupaten", "kota")):
        return f"Pemerintah {k}"
    return f"Pemerintah Kabupaten {k}" if k else "Pemerintah Daerah"


# --- batches -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    cards: int
    pages: int
    path: Path
    serials: tuple[str, ...]


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _card_data(s: Session, o: Official, card: Card, jab_names: Mapping[str, str]):  # type: ignore[no-untyped-def]
    from kesos_desktop.printing.nipd_cards import CardData

    desa, kec, kab = nipd._region_names(s, o.desa_code)
    return CardData(
        serial=card.serial,
        nipd_display=o.nipd_display or o.nipd or "",
        name=nipd.full_name(o.title_front, o.name, o.title_back),
        jabatan=jab_names.get(o.jabatan_code, o.jabatan_code),
        desa=desa,
        kecamatan=kec,
        kabupaten=kab,
        birth=f"{o.birth_place}, {o.birth_date:%d-%m-%Y}",
        issued_on=card.issued_on,
        valid_until=card.valid_until,
        payload=card.payload,
        photo=o.photo,
    ), kab


def print_cards(
    db: Database,
    actor: Actor,
    out_path: str | Path,
    *,
    request_ids: Sequence[int] | None = None,
    batch_id: int | None = None,
    template: str = "lanskap",
    layout: str = "a4",
    ctx: JobContext = NULL,
    today: date | None = None,
) -> BatchResult:
    """Issue a new batch from approved requests (all, or ``request_ids``), or reprint ``batch_id``.

    A reprint draws the same cards (same serials) again; it issues nothing new but is audited too.
    """
    from kesos_desktop.printing import nipd_cards as printing

    require(actor, Perm.NIPD_PRINT)
    if template not in printing.TEMPLATES:
        raise errors.ValidationError(
            "template", QT_TRANSLATE_NOOP("kesos", "Templat kartu tidak dikenal: {v}"), v=template
        )
    if layout not in printing.LAYOUTS:
        raise errors.ValidationError(
            "layout", QT_TRANSLATE_NOOP("kesos", "Tata letak cetak tidak dikenal: {v}"), v=layout
        )
    settings = card_settings(db)
    if settings.signature is None:
        printing.CardPainter(_style(settings, ""))  # raises the clear "no signature image" error
    today = today or date.today()
    out_path = Path(out_path)
    tmp = out_path.with_name(out_path.name + ".part")
    with db.write() as s:
        jab_names = dict(s.execute(select(Jabatan.code, Jabatan.name)).all())
        if batch_id is not None:
            batch = s.get(PrintBatch, batch_id)
            if batch is None:
                raise errors.NotFound(QT_TRANSLATE_NOOP("kesos", "Batch cetak {id} tidak ditemukan."), id=batch_id)
            cards = list(s.scalars(select(Card).where(Card.batch_id == batch_id).order_by(Card.id)))
            pairs = [(s.get(Official, c.official_id), c) for c in cards]
            action_summary = f"Cetak ulang batch kartu NIPD #{batch_id}: {len(cards)} kartu"
        else:
            stmt = select(CardRequest).where(CardRequest.status == "approved").order_by(CardRequest.id)
            if request_ids is not None:
                stmt = stmt.where(CardRequest.id.in_(list(request_ids)))
            requests = list(s.scalars(stmt))
            if actor.scope_code:
                requests = [r for r in requests if _in_scope(s, actor, r.official_id)]
            if not requests:
                raise errors.KnownError(
                    QT_TRANSLATE_NOOP("kesos", "Tidak ada permintaan kartu berstatus disetujui untuk dicetak.")
                )
            batch = PrintBatch(template=template, layout=layout, card_count=len(requests), created_by=actor.id)
            s.add(batch)
            s.flush()
            kid, key = nipd_sign.signing_key(s)
            years = int(settings.get("validity_years") or 5)
            now = utcnow()
            pairs = []
            for i, r in enumerate(requests):
                o = s.get(Official, r.official_id)
                assert o is not None
                if o.status != "aktif" or not o.nipd:
                    raise errors.KnownError(
                        QT_TRANSLATE_NOOP(
                            "kesos", "{name} tidak aktif atau belum memiliki NIPD; batalkan permintaannya."
                        ),
                        name=o.name,
                    )
                serial = f"{nipd.bump_counter(s, 'card-serial'):07d}"
                retire = _add_years(o.birth_date, nipd.RETIREMENT_AGE)
                valid = min(_add_years(today, years), retire) if retire > today else _add_years(today, years)
                fields = nipd_sign.CardFields(
                    kid, o.nipd, serial, o.name, o.jabatan_code, o.desa_code.replace(".", ""), today
                )
                card = Card(
                    serial=serial,
                    official_id=o.id,
                    request_id=r.id,
                    batch_id=batch.id,
                    nipd=o.nipd,
                    issued_on=today,
                    valid_until=valid,
                    payload=nipd_sign.sign(key, fields),
                    created_at=now,
                )
                s.add(card)
                s.flush()
                previous = o.current_card_id
                o.current_card_id = card.id
                r.status, r.printed_at, r.printed_by, r.batch_id, r.card_id = (
                    "printed",
                    now,
                    actor.id,
                    batch.id,
                    card.id,
                )
                r.updated_by = actor.id
                pairs.append((o, card))
                audit.record(
                    s,
                    actor,
                    "print",
                    "kartu_nipd",
                    card.serial,
                    before={"current_card_id": previous},
                    after={"current_card_id": card.id, "serial": serial},
                    summary=f"Kartu NIPD {o.nipd_display} seri {serial}: {o.name} (batch #{batch.id})",
                )
                if i % 50 == 0:
                    ctx.step(i, len(requests) * 2, "Menyiapkan kartu")
            s.flush()
            action_summary = f"Batch kartu NIPD #{batch.id}: {len(requests)} kartu, {template}, {layout}"
        data = []
        kab = ""
        for o, card in pairs:
            assert o is not None
            item, kab = _card_data(s, o, card, jab_names)
            data.append(item)
        style = _style(settings, kab)
        offset = len(data) if batch_id is None else 0
        total = len(data) + offset

        def progress(done: int, _n: int) -> None:
            ctx.step(offset + done, total, "Menggambar kartu")

        try:
            pages = printing.render(data, style, tmp, layout=layout, template=template, progress=progress,
                                    title=f"Kartu NIPD batch {batch.id}")  # fmt: skip
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        audit.record(s, actor, "print", "batch_nipd", batch.id, summary=action_summary)
        result = BatchResult(batch.id, len(data), pages, out_path, tuple(c.serial for _o, c in pairs))
    os.replace(tmp, out_path)
    return result


def _in_scope(s: Session, actor: Actor, official_id: int) -> bool:
    from kesos_desktop.services import wilayah

    code = s.scalar(select(Official.desa_code).where(Official.id == official_id)) or ""
    return wilayah.in_scope(code, actor.scope_code)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    template: str
    layout: str
    card_count: int
    created_at: object


def list_batches(db: Database, actor: Actor, limit: int = 50) -> list[BatchInfo]:
    require(actor, Perm.DATA_VIEW)
    with db.read() as s:
        rows = s.scalars(select(PrintBatch).order_by(PrintBatch.id.desc()).limit(limit))
        return [BatchInfo(b.id, b.template, b.layout, b.card_count, b.created_at) for b in rows]


# --- verification --------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    valid: bool  # the signature checks out
    reason: Message
    fields: nipd_sign.CardFields | None = None
    checked_db: bool = False
    current: bool | None = None  # this serial is the official's current card
    status: str | None = None  # the official's status (aktif/berhenti...)
    official_id: int | None = None
    name: str | None = None
    nipd_display: str | None = None
    jabatan: str | None = None
    desa: str | None = None
    valid_until: date | None = None
    photo: bytes | None = field(default=None, repr=False)
    expired: bool = False

    @property
    def ok(self) -> bool:
        """Valid, current, not expired and held by an active official (``kesos nipd verify`` exits 0 on it)."""
        return self.valid and self.current is True and self.status == "aktif" and not self.expired


def verify(
    payload: str,
    *,
    db: Database | None = None,
    public_keys: Mapping[str, str] | None = None,
    today: date | None = None,
) -> VerifyResult:
    """Check a scanned payload: signature first (offline with ``public_keys``), then, with ``db``,
    whether the card is the current one of an active official."""
    today = today or date.today()
    parsed = nipd_sign.parse(payload)
    if parsed is None:
        return VerifyResult(False, msg(QT_TRANSLATE_NOOP("kesos", "Bukan kode kartu NIPD (format tidak dikenal).")))
    fields, body, signature = parsed
    keys = dict(public_keys or {})
    if db is not None:
        try:
            with db.read() as s:
                keys.update(nipd_sign.public_keys(s))
        except errors.EnvironmentProblem:
            db = None
    raw = keys.get(fields.kid)
    if raw is None:
        return VerifyResult(
            False,
            msg(
                QT_TRANSLATE_NOOP("kesos", "Kunci penanda tangan {kid} tidak dikenal: kartu tidak dapat diverifikasi."),
                kid=fields.kid,
            ),
            fields,
        )
    if not nipd_sign.check_signature(nipd_sign.public_from_raw(raw), body, signature):
        return VerifyResult(
            False,
            msg(
                QT_TRANSLATE_NOOP("kesos", "Tanda tangan digital TIDAK cocok: isi kode telah diubah atau kartu palsu.")
            ),
            fields,
        )
    if db is None:
        return VerifyResult(
            True,
            msg(
                QT_TRANSLATE_NOOP(
                    "kesos", "Tanda tangan digital sah. Status terkini tidak diperiksa (basis data tidak terhubung)."
                )
            ),
            fields,
        )
    try:
        with db.read() as s:
            card = s.scalar(select(Card).where(Card.serial == fields.serial))
            if card is None or card.nipd != fields.nipd:
                return VerifyResult(
                    True,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "kesos", "Tanda tangan sah, tetapi nomor seri {serial} tidak ada di basis data ini."
                        ),
                        serial=fields.serial,
                    ),
                    fields,
                    checked_db=True,
                    current=False,
                )
            o = s.get(Official, card.official_id)
            assert o is not None
            current_serial = None
            if o.current_card_id is not None:
                cur = s.get(Card, o.current_card_id)
                current_serial = cur.serial if cur else None
            is_current = o.current_card_id == card.id
            jab = s.get(Jabatan, o.jabatan_code)
            desa = nipd._region_names(s, o.desa_code)[0]
            common = dict(
                fields=fields, checked_db=True, current=is_current, status=o.status, official_id=o.id,
                name=nipd.full_name(o.title_front, o.name, o.title_back), nipd_display=o.nipd_display,
                jabatan=jab.name if jab else o.jabatan_code, desa=desa, valid_until=card.valid_until, photo=o.photo,
            )  # fmt: skip
    except errors.EnvironmentProblem:
        return VerifyResult(
            True,
            msg(
                QT_TRANSLATE_NOOP(
                    "kesos", "Tanda tangan digital sah. Status terkini tidak diperiksa (basis data tidak terhubung)."
                )
            ),
            fields,
        )
    if not is_current:
        reason = msg(
            QT_TRANSLATE_NOOP("kesos", "Kartu asli, tetapi SUDAH TIDAK BERLAKU: diganti kartu seri {current}."),
            current=current_serial or "-",
        )
    elif o.status != "aktif":
        reason = msg(
            QT_TRANSLATE_NOOP("kesos", "Kartu asli, tetapi perangkat ini sudah tidak menjabat ({status})."),
            status=o.status,
        )
    elif card.valid_until < today:
        reason = msg(
            QT_TRANSLATE_NOOP("kesos", "Kartu asli, tetapi masa berlakunya habis {date}."),
            date=f"{card.valid_until:%d/%m/%Y}",
        )
        return VerifyResult(True, reason, **common, expired=True)  # type: ignore[arg-type]
    else:
        reason = msg(QT_TRANSLATE_NOOP("kesos", "Kartu ASLI dan BERLAKU."))
    return VerifyResult(True, reason, **common)  # type: ignore[arg-type]


def export_public_key(db: Database) -> str:
    """The public key(s) as text; creates the signing key on first use so there is one to export."""
    with db.write() as s:
        nipd_sign.signing_key(s)
        return nipd_sign.export_public_keys(nipd_sign.public_keys(s))


ProgressFn = Callable[[int, int], None]
