"""NIPD card printing: 1,000 cards (front + back, photo, signed QR) to one PDF.

Reports, in the same run: the full card with QR, the same layout drawn without the QR (bare
reportlab), and the QR step alone (our fixed-version matrix vs the library's own encoder with the
same fixed version and mask, vs ``qrcode.make`` which tries all 8 masks).

    python bench/nipd_cards.py [--cards 1000] [--layout a4|cr80] [--template lanskap|potret]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cards", type=int, default=1000)
    ap.add_argument("--layout", default="a4", choices=("a4", "cr80"))
    ap.add_argument("--template", default="lanskap", choices=("lanskap", "potret"))
    args = ap.parse_args()

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kesos_desktop.printing import nipd_cards as printing
    from kesos_desktop.services import nipd, nipd_demo, nipd_sign

    rng = random.Random(7)
    key = Ed25519PrivateKey.generate()
    photos = [nipd.process_photo(nipd_demo.demo_photo(rng, "LP"[i % 2])) for i in range(20)]
    cards = []
    for i in range(args.cards):
        name = f"{rng.choice(nipd_demo.MALE)} {rng.choice(nipd_demo.LAST)} {rng.choice(nipd_demo.LAST)}"
        nipd_no = f"6107012001{2015 + i % 10}{i + 1:04d}"
        fields = nipd_sign.CardFields(
            "AB12", nipd_no, f"{i + 1:07d}", name, "KASI-KESRA", "6107012001", date(2026, 1, 5)
        )
        cards.append(
            printing.CardData(
                serial=f"{i + 1:07d}",
                nipd_display=f"6107012001 {2015 + i % 10} {i + 1:04d}",
                name=name + ", S.Sos.",
                jabatan="Kasi Kesejahteraan",
                desa="Sungai Duri",
                kecamatan="Sungai Raya",
                kabupaten="Kabupaten Bengkayang",
                birth="Bengkayang, 01-01-1990",
                issued_on=date(2026, 1, 5),
                valid_until=date(2031, 1, 5),
                payload=nipd_sign.sign(key, fields),
                photo=photos[i % len(photos)],
            )
        )
    style = printing.CardStyle(
        pemda="PEMERINTAH KABUPATEN BENGKAYANG", signer_name="Drs. Yohanes Aloysius, M.Si.",
        signer_nip="197003121995031004", place="Bengkayang", signature=nipd_demo.demo_signature(),
    )  # fmt: skip
    print(f"{args.cards} kartu, tata letak {args.layout}, templat {args.template}, 20 foto berbeda")

    # The QR step alone.
    payloads = [c.payload for c in cards[:300]]
    t = time.perf_counter()
    for p in payloads:
        printing.qr_matrix(p)
    ours = (time.perf_counter() - t) / len(payloads) * 1000
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    t = time.perf_counter()
    for p in payloads[:100]:
        q = qrcode.QRCode(version=printing.QR_VERSION, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
        q.add_data(p.encode(), optimize=0)
        q.make(fit=False)
    lib_fixed = (time.perf_counter() - t) / 100 * 1000
    t = time.perf_counter()
    for p in payloads[:30]:
        qrcode.make(p)
    lib_make = (time.perf_counter() - t) / 30 * 1000
    print(f"QR saja: {ours:.2f} ms/kode (matriks versi {printing.QR_VERSION}, mask tetap, RS tabel log); "
          f"qrcode versi+mask tetap {lib_fixed:.2f} ms; qrcode.make (8 mask + gambar) {lib_make:.1f} ms")  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for label, qr in (("dengan QR", True), ("tanpa QR (reportlab polos)", False)):
            out = Path(tmp) / f"k{int(qr)}.pdf"
            t = time.perf_counter()
            pages = printing.render(cards, style, out, layout=args.layout, template=args.template, draw_qr_code=qr)
            dt = time.perf_counter() - t
            results[label] = dt
            print(f"{label:28s}: {dt:5.2f} s  {args.cards / dt:6.0f} kartu/s  {pages} halaman  "
                  f"{out.stat().st_size / 1e6:.1f} MB")  # fmt: skip
        full = results["dengan QR"]
        print(f"Target < 5 s untuk 1.000 kartu: {'TERCAPAI' if full * 1000 / args.cards < 5 else 'TIDAK'} "
              f"({full * 1000 / args.cards:.2f} s per 1.000)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
