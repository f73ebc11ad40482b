"""Print-ready NIPD ID cards (CR80, ISO/IEC 7810 ID-1: 85.60 x 53.98 mm) with reportlab.

Plain data in, PDF out. Two layouts:

- ``cr80``: one card side per page, page = card size, pages front, back, front, back... (PVC printers).
- ``a4`` / ``f4``: 10 cards per A4 or F4 (215 x 330 mm) sheet (2 x 5) with crop marks; each front sheet is followed by its back
  sheet with the columns mirrored, so long-edge duplex printing puts each back behind its front.

Two templates: ``lanskap`` and ``potret`` (portrait cards are turned a quarter on the A4 sheet).
The QR code is drawn as vector rectangles from a ``qrcode`` matrix with a fixed version (11), error
correction M and mask 2; the Reed-Solomon step is done here with log tables (the library's
polynomial class is the slow part), which brings one code to about a millisecond.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kesos_desktop import errors
from kesos_desktop.text import QT_TRANSLATE_NOOP

CARD_W = 85.60 * mm
CARD_H = 53.98 * mm
TEMPLATES = {
    "lanskap": QT_TRANSLATE_NOOP("kesos", "Lanskap (mendatar)"),
    "potret": QT_TRANSLATE_NOOP("kesos", "Potret (tegak)"),
}
LAYOUTS = ("cr80", "a4", "f4")
F4 = (215 * mm, 330 * mm)  # folio, common in Indonesian offices
SHEETS = {"a4": A4, "f4": F4}
QR_VERSION = 11
QR_MASK = 2
QR_MAX_BYTES = 251  # version 11, level M, byte mode

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip


@dataclass(frozen=True)
class CardData:
    serial: str
    nipd_display: str
    name: str  # with academic titles
    jabatan: str
    desa: str
    kecamatan: str
    kabupaten: str
    birth: str  # "Tempat, dd-mm-yyyy"
    issued_on: date
    valid_until: date
    payload: str
    photo: bytes | None = None


@dataclass(frozen=True)
class CardStyle:
    pemda: str  # e.g. "PEMERINTAH KABUPATEN BENGKAYANG"
    title: str = "KARTU TANDA PERANGKAT DESA"
    signer_name: str = ""
    signer_nip: str = ""
    signer_title: str = "Kepala Dinas Pemberdayaan Masyarakat dan Desa"
    place: str = ""
    color: str = "#0B4F8A"
    accent: str = "#D4A21A"
    logo: bytes | None = None
    signature: bytes | None = None
    back_note: str = (
        "Kartu ini adalah tanda pengenal resmi perangkat desa dan tidak dapat dipindahtangankan. "
        "Bila menemukan kartu ini, harap diserahkan ke kantor desa atau kecamatan terdekat."
    )


def long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# --- QR ------------------------------------------------------------------------------------------


def _gf_tables() -> tuple[list[int], list[int]]:
    from qrcode import base

    return base.EXP_TABLE, base.LOG_TABLE


_EXP, _LOG = _gf_tables()
_GEN_TABLES: dict[int, list[list[int]]] = {}


def _generator_tables(ec: int) -> list[list[int]]:
    """For each generator coefficient g_i, the product g_i * f for every byte f (GF(256))."""
    tables = _GEN_TABLES.get(ec)
    if tables is None:
        from qrcode import LUT

        poly = LUT.rsPoly_LUT.get(ec)
        if poly is None:  # build (x - a^0)(x - a^1)... like the library does
            poly = [1]
            for i in range(ec):
                nxt = [0] * (len(poly) + 1)
                for j, c in enumerate(poly):
                    nxt[j] ^= c
                    if c:
                        nxt[j + 1] ^= _EXP[(_LOG[c] + i) % 255]
                poly = nxt
        tables = [[0] + [_EXP[(_LOG[f] + _LOG[g]) % 255] for f in range(1, 256)] for g in poly[1:]]
        _GEN_TABLES[ec] = tables
    return tables


def _rs_remainder(data: list[int], ec: int) -> list[int]:
    tables = _generator_tables(ec)
    rem = [0] * ec
    for d in data:
        factor = d ^ rem[0]
        rem.pop(0)
        rem.append(0)
        if factor:
            rem = [r ^ t[factor] for r, t in zip(rem, tables, strict=True)]
    return rem


def _codewords(payload: bytes, version: int, error_correction: int) -> list[int]:
    """Byte-mode data + error correction codewords, interleaved: what ``qrcode.util.create_data`` returns."""
    from qrcode import base

    blocks = base.rs_blocks(version, error_correction)
    capacity = sum(b.data_count for b in blocks)
    count_bits = 8 if version < 10 else 16
    bits = (0b0100 << count_bits) | len(payload)
    nbits = 4 + count_bits
    for b in payload:
        bits = (bits << 8) | b
    nbits += 8 * len(payload)
    limit = capacity * 8
    if nbits > limit:
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Isi kode QR terlalu panjang untuk kartu."))
    term = min(4, limit - nbits)
    bits <<= term
    nbits += term
    if nbits % 8:
        bits <<= 8 - nbits % 8
        nbits += 8 - nbits % 8
    data = list(bits.to_bytes(nbits // 8, "big"))
    pad = (0xEC, 0x11)
    i = 0
    while len(data) < capacity:
        data.append(pad[i % 2])
        i += 1
    dc: list[list[int]] = []
    ecc: list[list[int]] = []
    offset = 0
    for b in blocks:
        chunk = data[offset : offset + b.data_count]
        offset += b.data_count
        dc.append(chunk)
        ecc.append(_rs_remainder(chunk, b.total_count - b.data_count))
    out: list[int] = []
    for i in range(max(len(c) for c in dc)):
        out.extend(c[i] for c in dc if i < len(c))
    for i in range(max(len(c) for c in ecc)):
        out.extend(c[i] for c in ecc if i < len(c))
    return out


_LAYOUTS: dict[tuple[int, int], tuple[int, bytearray, list[int]]] = {}


def _layout(version: int, mask: int) -> tuple[int, bytearray, list[int]]:
    """(size, flat matrix with function patterns and all-zero data already masked, data positions in order)."""
    key = (version, mask)
    cached = _LAYOUTS.get(key)
    if cached is None:
        import qrcode
        from qrcode import util
        from qrcode.constants import ERROR_CORRECT_M

        q = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
        q.data_cache = []
        q.map_data = lambda _data, _mask: None  # type: ignore[method-assign]  # function patterns only
        q.makeImpl(False, mask)
        n = q.modules_count
        grid = q.modules
        positions: list[int] = []
        row, inc = n - 1, -1
        for col in range(n - 1, 0, -2):  # the zigzag of ISO 18004 (as qrcode's map_data walks it)
            if col <= 6:
                col -= 1
            while True:
                for c in (col, col - 1):
                    if grid[row][c] is None:
                        positions.append(row * n + c)
                row += inc
                if row < 0 or row >= n:
                    row -= inc
                    inc = -inc
                    break
        masked = util.mask_func(mask)
        flat = bytearray(1 if v else 0 for line in grid for v in line)
        for idx in positions:
            flat[idx] = 1 if masked(idx // n, idx % n) else 0
        cached = (n, flat, positions)
        _LAYOUTS[key] = cached
    return cached


def qr_matrix(payload: str, *, version: int = QR_VERSION, mask: int = QR_MASK) -> list[bytes]:
    """The module matrix (no quiet zone; one bytes row per module row, 1 = dark) for a fixed version,
    level M and mask."""
    from qrcode.constants import ERROR_CORRECT_M

    codewords = _codewords(payload.encode("utf-8"), version, ERROR_CORRECT_M)
    n, base, positions = _layout(version, mask)
    flat = base.copy()
    for i, byte in enumerate(codewords):
        if byte:
            at = i * 8
            for b in range(8):
                if byte & (0x80 >> b):
                    flat[positions[at + b]] ^= 1
    return [bytes(flat[r * n : (r + 1) * n]) for r in range(n)]


def qr_matrix_reference(payload: str, *, version: int = QR_VERSION, mask: int = QR_MASK) -> list[list[bool]]:
    """The same matrix through the qrcode library's own (slower) encoder: for tests."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    q = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
    q.add_data(payload.encode("utf-8"), optimize=0)
    q.make(fit=False)
    return [[bool(v) for v in row] for row in q.modules]


_DARK_RUN = re.compile(b"\x01+")


def draw_qr(c: Canvas, matrix: Sequence[Sequence[bool]] | Sequence[bytes], x: float, y: float, size: float) -> None:
    """Dark modules as filled rectangles (horizontal runs merged) on a white square with a 2-module quiet zone.

    The rectangles are written as PDF operators in module units under one transformation matrix:
    the path object would format every coordinate through reportlab's float formatter, which is
    most of the cost of a card otherwise.
    """
    n = len(matrix)
    quiet = 2
    module = size / (n + 2 * quiet)
    c.setFillColor(white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    ops = []
    for r, row in enumerate(matrix):
        line = row if isinstance(row, bytes | bytearray) else bytes(1 if v else 0 for v in row)
        for m in _DARK_RUN.finditer(line):
            # 1.04 high: a hair of overlap between rows keeps renderers from showing seams.
            ops.append(f"{m.start()} {r} {m.end() - m.start()} 1.04 re")
    c.saveState()
    c.transform(module, 0, 0, -module, x + quiet * module, y + size - quiet * module)
    c.addLiteral("0 g\n" + "\n".join(ops) + "\nf")
    c.restoreState()


# --- text helpers --------------------------------------------------------------------------------


def _fit(text: str, font: str, size: float, min_size: float, width: float) -> float:
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [" ".join(lines[max_lines - 1 :])]
    # Anything still too wide gets an ellipsis.
    out = []
    for line in lines:
        if stringWidth(line, font, size) > width:
            while line and stringWidth(line + "…", font, size) > width:
                line = line[:-1]
            line = line.rstrip() + "…"
        out.append(line)
    return out


def _name_lines(name: str, font: str, width: float, big: float, small: float) -> tuple[list[str], float]:
    size = _fit(name, font, big, small, width)
    if stringWidth(name, font, size) <= width:
        return [name], size
    size = small + 0.5
    return _wrap(name, font, size, width, 2), size


# --- drawing -------------------------------------------------------------------------------------


class _Images:
    """Each distinct image becomes one form XObject, drawn by reference afterwards.

    reportlab's ``drawImage`` hashes the whole image on every call to find its cached copy; a form
    is looked up by name, so a thousand cards cost one image each plus a name per card.
    """

    def __init__(self) -> None:
        self._forms: dict[str, tuple[str, float]] = {}

    def size(self, data: bytes) -> tuple[int, int]:
        return ImageReader(io.BytesIO(data)).getSize()  # type: ignore[no-any-return]

    def ensure(self, c: Canvas, data: bytes) -> tuple[str, float]:
        """The image's form (name, aspect ratio), defined on first use. Not while another form is open."""
        key = hashlib.blake2b(data, digest_size=12).hexdigest()
        form = self._forms.get(key)
        if form is None:
            reader = ImageReader(io.BytesIO(data))
            iw, ih = reader.getSize()
            name = f"img{key}"
            c.beginForm(name, 0, 0, 1, 1)
            c.drawImage(reader, 0, 0, 1, 1, mask="auto")
            c.endForm()
            form = (name, iw / ih)
            self._forms[key] = form
        return form

    def draw(self, c: Canvas, data: bytes, x: float, y: float, w: float, h: float, *, fit: bool = False) -> None:
        name, ratio = self.ensure(c, data)
        if fit:  # keep the aspect ratio, centred in the box
            if w / h > ratio:
                nw = h * ratio
                x, w = x + (w - nw) / 2, nw
            else:
                nh = w / ratio
                y, h = y + (h - nh) / 2, nh
        c.saveState()
        c.transform(w, 0, 0, h, x, y)
        c.doForm(name)
        c.restoreState()


def _default_logo(c: Canvas, x: float, y: float, size: float, accent: Color) -> None:
    """A neutral shield with a star, used until the admin sets the pemda logo."""
    w, h = size * 0.82, size
    x0 = x + (size - w) / 2
    p = c.beginPath()
    p.moveTo(x0, y + h)
    p.lineTo(x0 + w, y + h)
    p.lineTo(x0 + w, y + h * 0.45)
    p.curveTo(x0 + w, y + h * 0.18, x0 + w * 0.7, y + h * 0.06, x0 + w / 2, y)
    p.curveTo(x0 + w * 0.3, y + h * 0.06, x0, y + h * 0.18, x0, y + h * 0.45)
    p.close()
    c.setFillColor(accent)
    c.setStrokeColor(white)
    c.setLineWidth(0.6)
    c.drawPath(p, stroke=1, fill=1)
    import math

    cx, cy, r = x0 + w / 2, y + h * 0.55, w * 0.28
    star = c.beginPath()
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.42
        a = math.pi / 2 + i * math.pi / 5
        px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
        if i == 0:
            star.moveTo(px, py)
        else:
            star.lineTo(px, py)
    star.close()
    c.setFillColor(white)
    c.drawPath(star, stroke=0, fill=1)


class CardPainter:
    """Draws one side of one card with its bottom-left corner at the origin."""

    def __init__(self, style: CardStyle, *, draw_qr_code: bool = True) -> None:
        self.style = style
        self.color = HexColor(style.color)
        self.accent = HexColor(style.accent)
        self.light = HexColor("#EAF1F8")
        self.grey = HexColor("#5F6B7A")
        self.ink = HexColor("#16202B")
        self.images = _Images()
        self.draw_qr_code = draw_qr_code
        self._statics: dict[str, str] = {}
        if style.signature is None:
            raise errors.KnownError(
                QT_TRANSLATE_NOOP(
                    "kesos",
                    "Gambar tanda tangan pejabat penandatangan kartu belum diatur. "
                    "Atur di NIPD > Pengaturan Kartu (file PNG/JPG tanda tangan hasil pindai).",
                )
            )
        try:
            self.images.size(style.signature)
            if style.logo:
                self.images.size(style.logo)
        except Exception as e:  # noqa: BLE001 - a broken settings image
            raise errors.KnownError(
                QT_TRANSLATE_NOOP("kesos", "Gambar logo atau tanda tangan pada pengaturan kartu rusak: {detail}"),
                detail=str(e),
            ) from e

    # helpers
    def _static(self, c: Canvas, key: str, w: float, h: float, draw: Callable[[Canvas], None]) -> None:
        """What every card of the batch shares (bands, texts, logo, signature) as one form, drawn once."""
        name = self._statics.get(key)
        if name is None:
            for data in (self.style.logo, self.style.signature):
                if data:
                    self.images.ensure(c, data)  # forms are not nested: define the images first
            name = f"static{len(self._statics)}"
            c.beginForm(name, 0, 0, w, h)
            draw(c)
            c.endForm()
            self._statics[key] = name
        c.doForm(name)

    def _logo(self, c: Canvas, x: float, y: float, size: float) -> None:
        if self.style.logo:
            self.images.draw(c, self.style.logo, x, y, size, size, fit=True)
        else:
            _default_logo(c, x, y, size, self.accent)

    def _photo(self, c: Canvas, card: CardData, x: float, y: float, w: float, h: float) -> None:
        c.setFillColor(self.light)
        c.rect(x, y, w, h, stroke=0, fill=1)
        if card.photo:
            self.images.draw(c, card.photo, x, y, w, h)
        else:
            c.setFillColor(self.grey)
            c.setFont("Helvetica", 6)
            c.drawCentredString(x + w / 2, y + h / 2, "FOTO")
        c.setStrokeColor(self.color)
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)

    def _label_value(self, c: Canvas, x: float, y: float, label: str, value: str, width: float, size: float) -> None:
        c.setFillColor(self.grey)
        c.setFont("Helvetica", 4.6)
        c.drawString(x, y + size + 0.4 * mm, label.upper())
        c.setFillColor(self.ink)
        fs = _fit(value, "Helvetica-Bold", size, 5.0, width)
        lines = _wrap(value, "Helvetica-Bold", fs, width, 1)
        c.setFont("Helvetica-Bold", fs)
        c.drawString(x, y, lines[0] if lines else "")

    # --- landscape ---
    def _front_landscape_static(self, c: Canvas) -> None:
        w, h, s = CARD_W, CARD_H, self.style
        c.setFillColor(white)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        band = 11.5 * mm
        c.setFillColor(self.color)
        c.rect(0, h - band, w, band, stroke=0, fill=1)
        c.setFillColor(self.accent)
        c.rect(0, h - band - 0.8 * mm, w, 0.8 * mm, stroke=0, fill=1)
        self._logo(c, 2.6 * mm, h - band + 1.4 * mm, band - 2.8 * mm)
        tx = 13.0 * mm
        tw = w - tx - 2.5 * mm
        c.setFillColor(white)
        size = _fit(s.pemda, "Helvetica-Bold", 6.6, 4.6, tw)
        c.setFont("Helvetica-Bold", size)
        c.drawString(tx, h - 4.7 * mm, s.pemda)
        size = _fit(s.title, "Helvetica-Bold", 8.6, 5.5, tw)
        c.setFont("Helvetica-Bold", size)
        c.drawString(tx, h - 8.9 * mm, s.title)
        fh = 5.2 * mm
        c.setFillColor(self.light)
        c.rect(0, 0, w, fh, stroke=0, fill=1)
        c.setFillColor(self.color)
        c.rect(0, fh, w, 0.35 * mm, stroke=0, fill=1)

    def front_landscape(self, c: Canvas, card: CardData) -> None:
        w, h = CARD_W, CARD_H
        self._static(c, "front-landscape", w, h, self._front_landscape_static)
        band = 11.5 * mm
        pw, ph = 22 * mm, 29.3 * mm  # photo 3:4
        px, py = 3.5 * mm, h - band - 0.8 * mm - 2.4 * mm - ph
        self._photo(c, card, px, py, pw, ph)

        x = 29 * mm
        width = w - x - 3 * mm
        top = h - band - 5.0 * mm
        lines, size = _name_lines(card.name, "Helvetica-Bold", width, 9.2, 6.4)
        c.setFillColor(self.ink)
        c.setFont("Helvetica-Bold", size)
        y = top
        for line in lines:
            c.drawString(x, y, line)
            y -= size * 1.12
        y -= 0.8 * mm
        c.setFillColor(self.grey)
        c.setFont("Helvetica", 4.6)
        c.drawString(x, y, "NIPD")
        y -= 3.1 * mm
        c.setFillColor(self.color)
        nsize = _fit(card.nipd_display, "Courier-Bold", 8.4, 5.5, width)
        c.setFont("Courier-Bold", nsize)
        c.drawString(x, y, card.nipd_display)
        rows = [("Jabatan", card.jabatan), ("Desa", card.desa), ("Kecamatan", card.kecamatan)]
        avail = y - 8.0 * mm
        step = min(5.6 * mm, avail / len(rows))
        y -= step + 0.6 * mm
        for label, value in rows:
            self._label_value(c, x, y, label, value, width, 6.4)
            y -= step
        c.setFillColor(self.ink)
        c.setFont("Helvetica", 5.2)
        c.drawString(3.5 * mm, 1.9 * mm, f"Berlaku s.d. {card.valid_until:%d-%m-%Y}")
        c.drawRightString(w - 3 * mm, 1.9 * mm, f"No. Seri {card.serial}")

    _QR_LANDSCAPE = (3.0 * mm, 8.2 * mm, 30 * mm)

    def _back_landscape_static(self, c: Canvas, issued: date) -> None:
        w, h, s = CARD_W, CARD_H, self.style
        c.setFillColor(white)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(self.color)
        c.rect(0, h - 3.2 * mm, w, 3.2 * mm, stroke=0, fill=1)
        c.setFillColor(self.accent)
        c.rect(0, h - 3.9 * mm, w, 0.7 * mm, stroke=0, fill=1)
        qx, qy, qs = self._QR_LANDSCAPE
        c.setFillColor(self.grey)
        c.setFont("Helvetica", 4.4)
        c.drawCentredString(qx + qs / 2, qy - 2.4 * mm, "Pindai untuk memeriksa keaslian")
        x = 36.5 * mm
        width = w - x - 3 * mm
        c.setFillColor(self.ink)
        y = h - 7.4 * mm
        c.setFont("Helvetica", 4.9)
        for line in _wrap(s.back_note, "Helvetica", 4.9, width, 5):
            c.drawString(x, y, line)
            y -= 2.15 * mm
        cx = x + width / 2
        y -= 1.6 * mm
        c.setFont("Helvetica", 5.4)
        c.drawCentredString(cx, y, f"{s.place}, {long_date(issued)}" if s.place else long_date(issued))
        y -= 2.3 * mm
        for line in _wrap(s.signer_title, "Helvetica", 5.4, width, 2):
            c.drawCentredString(cx, y, line)
            y -= 2.3 * mm
        sig_h = 8.5 * mm
        self.images.draw(c, s.signature or b"", x, y - sig_h + 1 * mm, width, sig_h, fit=True)
        y -= sig_h + 0.4 * mm
        size = _fit(s.signer_name, "Helvetica-Bold", 5.8, 4.4, width)
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(cx, y, s.signer_name)
        nw = stringWidth(s.signer_name, "Helvetica-Bold", size)
        c.setLineWidth(0.3)
        c.setStrokeColor(self.ink)
        c.line(cx - nw / 2, y - 0.5 * mm, cx + nw / 2, y - 0.5 * mm)
        y -= 2.5 * mm
        if s.signer_nip:
            c.setFont("Helvetica", 5.2)
            c.drawCentredString(cx, y, f"NIP. {s.signer_nip}")

    def _qr(self, c: Canvas, card: CardData, qx: float, qy: float, qs: float) -> None:
        if self.draw_qr_code:
            draw_qr(c, qr_matrix(card.payload), qx, qy, qs)
        else:
            c.setStrokeColor(self.grey)
            c.rect(qx, qy, qs, qs, stroke=1, fill=0)

    def back_landscape(self, c: Canvas, card: CardData) -> None:
        issued = card.issued_on
        self._static(c, f"back-landscape-{issued}", CARD_W, CARD_H, lambda cv: self._back_landscape_static(cv, issued))
        qx, qy, qs = self._QR_LANDSCAPE
        self._qr(c, card, qx, qy, qs)
        c.setFillColor(self.grey)
        c.setFont("Helvetica", 4.4)
        c.drawCentredString(qx + qs / 2, qy - 4.3 * mm, f"No. Seri {card.serial}")

    # --- portrait (width CARD_H, height CARD_W) ---
    def _front_portrait_static(self, c: Canvas) -> None:
        w, h, s = CARD_H, CARD_W, self.style
        c.setFillColor(white)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        band = 17.5 * mm
        c.setFillColor(self.color)
        c.rect(0, h - band, w, band, stroke=0, fill=1)
        c.setFillColor(self.accent)
        c.rect(0, h - band - 0.8 * mm, w, 0.8 * mm, stroke=0, fill=1)
        self._logo(c, w / 2 - 4.2 * mm, h - 9.6 * mm, 8.4 * mm)
        c.setFillColor(white)
        tw = w - 4 * mm
        size = _fit(s.pemda, "Helvetica-Bold", 5.4, 3.8, tw)
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(w / 2, h - 12.6 * mm, s.pemda)
        size = _fit(s.title, "Helvetica-Bold", 6.6, 4.2, tw)
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(w / 2, h - 15.6 * mm, s.title)
        fh = 5.2 * mm
        c.setFillColor(self.light)
        c.rect(0, 0, w, fh, stroke=0, fill=1)
        c.setFillColor(self.color)
        c.rect(0, fh, w, 0.35 * mm, stroke=0, fill=1)

    def front_portrait(self, c: Canvas, card: CardData) -> None:
        w, h = CARD_H, CARD_W
        self._static(c, "front-portrait", w, h, self._front_portrait_static)
        band = 17.5 * mm
        pw, ph = 24 * mm, 32 * mm
        py = h - band - 0.8 * mm - 2.6 * mm - ph
        self._photo(c, card, (w - pw) / 2, py, pw, ph)

        width = w - 5 * mm
        y = py - 4.4 * mm
        lines, size = _name_lines(card.name, "Helvetica-Bold", width, 8.2, 5.6)
        c.setFillColor(self.ink)
        c.setFont("Helvetica-Bold", size)
        for line in lines:
            c.drawCentredString(w / 2, y, line)
            y -= size * 1.12
        y -= 1.2 * mm
        c.setFillColor(self.grey)
        c.setFont("Helvetica", 4.4)
        c.drawCentredString(w / 2, y, "NIPD")
        y -= 3.0 * mm
        c.setFillColor(self.color)
        nsize = _fit(card.nipd_display, "Courier-Bold", 7.4, 4.8, width)
        c.setFont("Courier-Bold", nsize)
        c.drawCentredString(w / 2, y, card.nipd_display)
        y -= 4.2 * mm
        c.setFillColor(self.ink)
        jsize = _fit(card.jabatan, "Helvetica-Bold", 6.4, 4.6, width)
        c.setFont("Helvetica-Bold", jsize)
        c.drawCentredString(w / 2, y, card.jabatan)
        y -= 2.8 * mm
        place = f"Desa {card.desa}, Kec. {card.kecamatan}"
        psize = _fit(place, "Helvetica", 5.4, 4.2, width)
        c.setFont("Helvetica", psize)
        for line in _wrap(place, "Helvetica", psize, width, 2):
            c.drawCentredString(w / 2, y, line)
            y -= 2.4 * mm
        c.setFillColor(self.ink)
        c.setFont("Helvetica", 4.6)
        c.drawString(2.5 * mm, 1.9 * mm, f"Berlaku s.d. {card.valid_until:%d-%m-%Y}")
        c.drawRightString(w - 2.5 * mm, 1.9 * mm, f"Seri {card.serial}")

    _QR_PORTRAIT = ((CARD_H - 32 * mm) / 2, CARD_W - 6 * mm - 32 * mm, 32 * mm)

    def _back_portrait_static(self, c: Canvas, issued: date) -> None:
        w, h, s = CARD_H, CARD_W, self.style
        c.setFillColor(white)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(self.color)
        c.rect(0, h - 3.2 * mm, w, 3.2 * mm, stroke=0, fill=1)
        c.setFillColor(self.accent)
        c.rect(0, h - 3.9 * mm, w, 0.7 * mm, stroke=0, fill=1)
        _qx, qy, _qs = self._QR_PORTRAIT
        c.setFillColor(self.grey)
        c.setFont("Helvetica", 4.4)
        c.drawCentredString(w / 2, qy - 2.3 * mm, "Pindai untuk memeriksa keaslian")
        width = w - 5 * mm
        y = qy - 5.6 * mm
        c.setFillColor(self.ink)
        c.setFont("Helvetica", 4.5)
        for line in _wrap(s.back_note, "Helvetica", 4.5, width, 5):
            c.drawCentredString(w / 2, y, line)
            y -= 1.95 * mm
        y -= 1.2 * mm
        c.setFont("Helvetica", 5.0)
        c.drawCentredString(w / 2, y, f"{s.place}, {long_date(issued)}" if s.place else long_date(issued))
        y -= 2.2 * mm
        for line in _wrap(s.signer_title, "Helvetica", 5.0, width, 2):
            c.drawCentredString(w / 2, y, line)
            y -= 2.2 * mm
        sig_h = 7.5 * mm
        self.images.draw(c, s.signature or b"", 2.5 * mm, y - sig_h + 1 * mm, width, sig_h, fit=True)
        y -= sig_h + 0.4 * mm
        size = _fit(s.signer_name, "Helvetica-Bold", 5.4, 4.0, width)
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(w / 2, y, s.signer_name)
        nw = stringWidth(s.signer_name, "Helvetica-Bold", size)
        c.setLineWidth(0.3)
        c.setStrokeColor(self.ink)
        c.line(w / 2 - nw / 2, y - 0.5 * mm, w / 2 + nw / 2, y - 0.5 * mm)
        y -= 2.4 * mm
        if s.signer_nip:
            c.setFont("Helvetica", 4.8)
            c.drawCentredString(w / 2, y, f"NIP. {s.signer_nip}")

    def back_portrait(self, c: Canvas, card: CardData) -> None:
        issued = card.issued_on
        self._static(c, f"back-portrait-{issued}", CARD_H, CARD_W, lambda cv: self._back_portrait_static(cv, issued))
        qx, qy, qs = self._QR_PORTRAIT
        self._qr(c, card, qx, qy, qs)
        c.setFont("Helvetica", 4.4)
        c.setFillColor(self.grey)
        c.drawCentredString(CARD_H / 2, 2.2 * mm, f"No. Seri {card.serial}")

    def side(self, template: str, back: bool) -> Callable[[Canvas, CardData], None]:
        if template == "potret":
            return self.back_portrait if back else self.front_portrait
        return self.back_landscape if back else self.front_landscape


# --- layouts -------------------------------------------------------------------------------------

A4_COLS, A4_ROWS = 2, 5
COL_GAP, ROW_GAP = 8 * mm, 3 * mm
MARK_LEN, MARK_OFFSET = 2.5 * mm, 0.6 * mm


def a4_slots(sheet: tuple[float, float] = A4) -> list[tuple[float, float]]:
    """Bottom-left corners of the 10 landscape card slots, row by row from the top, left to right."""
    pw, ph = sheet
    gw = A4_COLS * CARD_W + (A4_COLS - 1) * COL_GAP
    gh = A4_ROWS * CARD_H + (A4_ROWS - 1) * ROW_GAP
    x0, y0 = (pw - gw) / 2, (ph - gh) / 2
    out = []
    for r in range(A4_ROWS):
        for col in range(A4_COLS):
            out.append((x0 + col * (CARD_W + COL_GAP), y0 + gh - (r + 1) * CARD_H - r * ROW_GAP))
    return out


def _crop_marks(c: Canvas, x: float, y: float) -> None:
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.25)
    for cx, dx in ((x, -1), (x + CARD_W, 1)):
        for cy, dy in ((y, -1), (y + CARD_H, 1)):
            c.line(cx + dx * MARK_OFFSET, cy, cx + dx * (MARK_OFFSET + MARK_LEN), cy)
            c.line(cx, cy + dy * MARK_OFFSET, cx, cy + dy * (MARK_OFFSET + MARK_LEN))


def _draw_in_slot(c: Canvas, fn: Callable[[Canvas, CardData], None], card: CardData, x: float, y: float,
                  template: str, back: bool) -> None:  # fmt: skip
    c.saveState()
    if template == "potret":
        # Portrait cards lie on their side; the back turns the other way so it sits upright behind the front.
        if back:
            c.translate(x, y + CARD_H)
            c.rotate(-90)
        else:
            c.translate(x + CARD_W, y)
            c.rotate(90)
    else:
        c.translate(x, y)
    p = c.beginPath()
    p.rect(0, 0, CARD_H if template == "potret" else CARD_W, CARD_W if template == "potret" else CARD_H)
    c.clipPath(p, stroke=0, fill=0)
    fn(c, card)
    c.restoreState()


def render(
    cards: Sequence[CardData],
    style: CardStyle,
    out: str | Path | BinaryIO,
    *,
    layout: str = "cr80",
    template: str = "lanskap",
    progress: Callable[[int, int], None] | None = None,
    draw_qr_code: bool = True,
    title: str = "Kartu NIPD",
) -> int:
    """Write the PDF; return the page count."""
    if layout not in LAYOUTS:
        raise errors.ValidationError(
            "layout", QT_TRANSLATE_NOOP("kesos", "Tata letak cetak tidak dikenal: {v}"), v=layout
        )
    if template not in TEMPLATES:
        raise errors.ValidationError(
            "template", QT_TRANSLATE_NOOP("kesos", "Templat kartu tidak dikenal: {v}"), v=template
        )
    if not cards:
        raise errors.KnownError(QT_TRANSLATE_NOOP("kesos", "Tidak ada kartu untuk dicetak."))
    painter = CardPainter(style, draw_qr_code=draw_qr_code)
    front, back = painter.side(template, False), painter.side(template, True)
    from reportlab import rl_config

    # Binary image streams: reportlab's pure-Python ASCII85 encoder costs seconds per batch.
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        return _render(cards, painter, front, back, out, layout, template, progress, title)
    finally:
        rl_config.useA85 = a85


def _render(cards, painter, front, back, out, layout, template, progress, title):  # type: ignore[no-untyped-def]
    target: Any = str(out) if isinstance(out, Path) else out
    pages = 0
    if layout == "cr80":
        size = (CARD_H, CARD_W) if template == "potret" else (CARD_W, CARD_H)
        c = Canvas(target, pagesize=size, pageCompression=1)
        c.setTitle(title)
        c.setCreator("Kesos Desktop")
        for i, card in enumerate(cards):
            front(c, card)
            c.showPage()
            back(c, card)
            c.showPage()
            pages += 2
            if progress and (i % 20 == 19 or i + 1 == len(cards)):
                progress(i + 1, len(cards))
    else:
        sheet_size = SHEETS[layout]
        c = Canvas(target, pagesize=sheet_size, pageCompression=1)
        c.setTitle(title)
        c.setCreator("Kesos Desktop")
        slots = a4_slots(sheet_size)
        per = len(slots)
        for start in range(0, len(cards), per):
            sheet = cards[start : start + per]
            for i, card in enumerate(sheet):
                x, y = slots[i]
                _draw_in_slot(c, front, card, x, y, template, False)
                _crop_marks(c, x, y)
            _sheet_footer(c, start // per + 1, False, sheet_size)
            c.showPage()
            for i, card in enumerate(sheet):
                row, col = divmod(i, A4_COLS)
                x, y = slots[row * A4_COLS + (A4_COLS - 1 - col)]  # mirrored for long-edge duplex
                _draw_in_slot(c, back, card, x, y, template, True)
                _crop_marks(c, x, y)
            _sheet_footer(c, start // per + 1, True, sheet_size)
            c.showPage()
            pages += 2
            if progress:
                progress(min(start + per, len(cards)), len(cards))
    c.save()
    return pages


def _sheet_footer(c: Canvas, sheet: int, back: bool, size: tuple[float, float] = A4) -> None:
    c.setFont("Helvetica", 5)
    c.setFillColorRGB(0.45, 0.45, 0.45)
    side = "belakang (cetak bolak-balik, balik sisi panjang)" if back else "depan"
    c.drawCentredString(size[0] / 2, 2.5 * mm, f"Lembar {sheet} - sisi {side}")
