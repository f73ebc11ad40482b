"""Shared builders for the NIPD tests."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from kesos_desktop.services import nipd
from kesos_desktop.services.nik import make_nik

DESA = "61.07.01.2001"  # Sungai Duri, Kec. Sungai Raya, Kab. Bengkayang


def person(i: int, *, born: date = date(1990, 1, 1), sex: str = "L", **kw: Any) -> nipd.OfficialInput:
    values: dict[str, Any] = dict(
        nik=make_nik("61.07.01", born, sex, i),
        name=f"Perangkat Uji {i}",
        sex=sex,
        birth_place="Bengkayang",
        birth_date=born,
        desa_code=DESA,
        jabatan_code="KASI-PEM",
        sk_number=f"141/{i}/2024",
        sk_date=date(2024, 3, 1),
        tmt=date(2024, 3, 4),
        education="SMA",
        religion="Islam",
    )
    values.update(kw)
    return nipd.OfficialInput(**values)


def image_bytes(size: tuple[int, int] = (600, 800), fmt: str = "PNG", color: tuple[int, ...] = (90, 120, 160)) -> bytes:
    from PIL import Image, ImageDraw

    mode = "RGBA" if fmt == "PNG" and len(color) == 4 else "RGB"
    im = Image.new(mode, size, color)
    d = ImageDraw.Draw(im)
    w, h = size
    d.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.5), fill=(230, 200, 170))
    d.rectangle((w * 0.2, h * 0.55, w * 0.8, h), fill=(40, 60, 90))
    out = io.BytesIO()
    im.save(out, fmt)
    return out.getvalue()


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (500, 150), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.line([(20, 110), (90, 30), (150, 120), (230, 40), (300, 100), (480, 60)], fill=(20, 30, 110, 255), width=7)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()
