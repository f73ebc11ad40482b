"""NIPD card batches: PDF size, rendered QR decoded by a real decoder, signature checks, serial rules."""

from __future__ import annotations

import random
import subprocess
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy import func, select

from kesos_desktop import errors
from kesos_desktop.models import AuditEntry
from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Card
from kesos_desktop.printing import nipd_cards as printing
from kesos_desktop.services import nipd, nipd_cards, nipd_sign
from tests.unit.nipd_helpers import image_bytes, person, signature_png

TODAY = date(2026, 11, 23)
LONG_NAME = "Raden Mas Bagus Setyo Wicaksono Prawirodirdjo Hadikusumo Mangkunegoro Suryaningrat"


def _approved(db: Database, admin, n: int = 2) -> list[nipd.OfficialInfo]:  # type: ignore[no-untyped-def]
    out = []
    for i in range(1, n + 1):
        name = LONG_NAME if i == 1 else f"Siti Aminah {i}"
        o = nipd.register(
            db, admin, person(i, name=name, title_back="S.Sos.", photo=image_bytes()), today=TODAY
        ).official
        out.append(nipd.approve(db, admin, o.id, expected_version=o.version))
    return out


def _decode(pdf: Path, page: int, tmp_path: Path) -> list[str]:
    prefix = tmp_path / f"p{page}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-f", str(page), "-l", str(page), str(pdf), str(prefix)], check=True
    )
    png = next(tmp_path.glob(f"p{page}-*.png"))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(png))]


def test_printing_refuses_without_requests_or_signature(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "k.pdf"
    nipd_cards.set_card_settings(db, admin, values={"signer_name": "Drs. Pejabat"})
    with pytest.raises(errors.KnownError, match="tanda tangan"):
        nipd_cards.print_cards(db, admin, out)
    nipd_cards.set_card_settings(db, admin, images={"signature": signature_png()})
    with pytest.raises(errors.KnownError, match="Tidak ada permintaan kartu"):
        nipd_cards.print_cards(db, admin, out)
    _approved(db, admin, 1)
    nipd_cards.set_card_settings(db, admin, images={"signature": None})
    with pytest.raises(errors.KnownError, match="tanda tangan"):
        nipd_cards.print_cards(db, admin, out)
    assert not out.exists()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Card)) == 0
    assert [r.status for r in nipd.list_requests(db, admin)] == ["approved"]
    with pytest.raises(errors.ValidationError):
        nipd_cards.set_card_settings(db, admin, images={"signature": b"GIF89a not really"})


def test_batch_pdf_size_qr_and_verification(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officials = _approved(db, admin, 2)
    nipd_cards.set_card_settings(
        db, admin, values={"signer_name": "Drs. Yohanes, M.Si.", "signer_nip": "197001011995031001", "place": "Bengkayang"},
        images={"signature": signature_png()},
    )  # fmt: skip
    pdf = tmp_path / "kartu.pdf"
    res = nipd_cards.print_cards(db, admin, pdf, layout="cr80", template="lanskap", today=TODAY)
    assert res.cards == 2 and res.pages == 4 and len(set(res.serials)) == 2
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 4
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(85.60 * mm, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(53.98 * mm, abs=0.01)
    texts = _decode(pdf, 2, tmp_path)
    assert len(texts) == 1
    payload = texts[0]
    assert officials[0].nik not in payload and officials[0].nipd in payload
    result = nipd_cards.verify(payload, db=db, today=TODAY)
    assert result.ok and result.current and result.name and result.name.startswith("Raden Mas")
    tampered = payload.replace(officials[0].nipd, officials[0].nipd[:-1] + "9")
    assert tampered != payload
    bad = nipd_cards.verify(tampered, db=db, today=TODAY)
    assert not bad.valid and "TIDAK cocok" in str(bad.reason)
    assert not nipd_cards.verify("halo", db=db).valid
    # Offline: only the exported public key.
    keys = nipd_sign.load_public_keys(nipd_cards.export_public_key(db))
    offline = nipd_cards.verify(payload, public_keys=keys)
    assert offline.valid and not offline.checked_db and not offline.ok
    assert not nipd_cards.verify(tampered, public_keys=keys).valid
    with db.read() as s:
        prints = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "print"))
    assert prints == 3  # two cards and the batch
    assert all(r.status == "printed" for r in nipd.list_requests(db, admin, ("printed",)))

    # A replacement card makes the older serial invalid.
    req = nipd.request_card(db, admin, officials[0].id, "hilang")
    nipd.advance_request(db, admin, req.id, "approve", expected_version=req.version)
    a4 = tmp_path / "a4.pdf"
    again = nipd_cards.print_cards(db, admin, a4, layout="a4", template="potret", today=TODAY)
    assert again.cards == 1
    page = PdfReader(str(a4)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.01)
    f4 = tmp_path / "f4.pdf"
    nipd_cards.print_cards(db, admin, f4, batch_id=again.batch_id, layout="f4")
    assert float(PdfReader(str(f4)).pages[0].mediabox.height) == pytest.approx(330 * mm, abs=0.01)
    old = nipd_cards.verify(payload, db=db, today=TODAY)
    assert old.valid and old.current is False and not old.ok and again.serials[0] in str(old.reason)
    new_payload = _decode(a4, 2, tmp_path)
    assert len(new_payload) == 1 and nipd_cards.verify(new_payload[0], db=db, today=TODAY).ok


def test_fast_qr_codewords_match_the_library() -> None:
    from qrcode import util
    from qrcode.constants import ERROR_CORRECT_M

    rng = random.Random(5)
    for n in (1, 50, 150, 240):
        data = bytes(rng.randrange(32, 127) for _ in range(n))
        expected = util.create_data(printing.QR_VERSION, ERROR_CORRECT_M, [util.QRData(data, mode=util.MODE_8BIT_BYTE)])
        assert printing._codewords(data, printing.QR_VERSION, ERROR_CORRECT_M) == expected
        text = data.decode()
        fast = [[bool(v) for v in row] for row in printing.qr_matrix(text)]
        assert fast == printing.qr_matrix_reference(text)


def test_long_names_fit_in_two_lines() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = 53 * mm
    lines, size = printing._name_lines(LONG_NAME + ", S.Sos., M.Si.", "Helvetica-Bold", width, 9.2, 6.4)
    assert len(lines) == 2
    assert all(stringWidth(line, "Helvetica-Bold", size) <= width for line in lines)


def test_a4_backs_are_mirrored_for_duplex(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    cards = []
    for i in range(3):
        fields = nipd_sign.CardFields("AB12", f"61070120012024{i + 1:04d}", f"{i + 1:07d}", f"Nama {i}", "KADUS",
                                      "6107012001", TODAY)  # fmt: skip
        cards.append(
            printing.CardData(
                f"{i + 1:07d}",
                fields.nipd,
                fields.name,
                "Kepala Dusun",
                "Sungai Duri",
                "Sungai Raya",
                "Bengkayang",
                "Bengkayang, 01-01-1990",
                TODAY,
                date(2031, 1, 1),
                nipd_sign.sign(key, fields),
                image_bytes(),
            )  # fmt: skip
        )
    style = printing.CardStyle(pemda="PEMERINTAH KABUPATEN BENGKAYANG", signer_name="X", signature=signature_png())
    pdf = tmp_path / "a4.pdf"
    assert printing.render(cards, style, pdf, layout="a4") == 2
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "b")], check=True)
    png = Image.open(next(tmp_path.glob("b-*.png")))
    found = {r.text.split("|")[3]: (r.position.top_left.x, r.position.top_left.y) for r in zxingcpp.read_barcodes(png)}
    assert set(found) == {"0000001", "0000002", "0000003"}
    half = png.width / 2
    # Front: card 1 top left, card 2 top right, card 3 second row left. Back: columns swapped.
    assert found["0000001"][0] > half and found["0000002"][0] < half and found["0000003"][0] > half
    assert found["0000001"][1] < found["0000003"][1]


def test_expired_card_is_genuine_but_not_ok(db: Database, admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _approved(db, admin, 1)
    nipd_cards.set_card_settings(db, admin, images={"signature": signature_png()})
    nipd_cards.print_cards(db, admin, tmp_path / "k.pdf", layout="cr80", today=TODAY)
    with db.read() as s:
        payload = s.scalar(select(Card.payload))
    later = nipd_cards.verify(payload, db=db, today=date(2040, 1, 1))
    assert later.valid and later.current and later.expired and not later.ok and "habis" in str(later.reason)
