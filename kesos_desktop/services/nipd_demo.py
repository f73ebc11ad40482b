"""Demo officials for ``kesos demo-data --perangkat N``: generated photos, allocated numbers, approved card requests."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import func, select

from kesos_desktop.models.db import Database
from kesos_desktop.models.nipd import Official
from kesos_desktop.services import nipd, nipd_cards, wilayah
from kesos_desktop.services.auth import SYSTEM, Actor
from kesos_desktop.services.nik import make_nik

MALE = ("Budi", "Agus", "Slamet", "Joko", "Yohanes", "Andreas", "Hendra", "Rudi", "Samsul", "Darmawan", "Fransiskus",
        "Imanuel", "Bambang", "Suryadi", "Antonius", "Rahmat", "Herman", "Markus")  # fmt: skip
FEMALE = ("Siti", "Dewi", "Maria", "Yuliana", "Rina", "Sri", "Ratna", "Kristina", "Nur", "Fitri", "Agustina",
          "Lestari", "Veronika", "Wahyuni")  # fmt: skip
LAST = ("Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Rahayu", "Pratama", "Nainggolan",
        "Simanjuntak", "Ahmad", "Sulaiman", "Aloysius", "Prawirodirdjo", "Hartono")  # fmt: skip
TITLES_BACK = ("", "", "", "", "S.Sos.", "S.E.", "S.Pd.", "A.Md.", "S.IP.", "S.H.")
JABATAN = ("KADES", "SEKDES", "KAUR-TU", "KAUR-KEU", "KAUR-REN", "KASI-PEM", "KASI-KESRA", "KASI-PEL", "KADUS")


def demo_photo(rng: random.Random, sex: str) -> bytes:
    """A simple portrait silhouette on a red or blue background (as on Indonesian ID photos)."""
    from PIL import Image, ImageDraw

    bg = rng.choice([(178, 34, 34), (30, 90, 170), (200, 40, 45)])
    im = Image.new("RGB", (300, 400), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(224, 187, 150), (198, 152, 115), (170, 125, 90), (236, 200, 170)])
    shirt = rng.choice([(240, 240, 240), (40, 50, 70), (120, 90, 60), (30, 60, 40)])
    d.ellipse((40, 280, 260, 520), fill=shirt)
    d.rectangle((125, 230, 175, 300), fill=skin)
    d.ellipse((85, 90, 215, 250), fill=skin)
    hair = rng.choice([(20, 20, 20), (45, 30, 20)])
    if sex == "P":
        d.pieslice((75, 70, 225, 250), 180, 360, fill=hair)
        d.rectangle((75, 160, 95, 300), fill=hair)
        d.rectangle((205, 160, 225, 300), fill=hair)
    else:
        d.pieslice((80, 75, 220, 200), 180, 360, fill=hair)
    for ex in (122, 168):
        d.ellipse((ex - 6, 160, ex + 6, 170), fill=(40, 30, 25))
    d.arc((125, 195, 175, 220), 20, 160, fill=(120, 60, 50), width=3)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=85)
    return out.getvalue()


def demo_signature() -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (520, 160), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = [(20, 120), (70, 40), (110, 130), (160, 50), (200, 115), (250, 60), (300, 100), (360, 70), (500, 85)]
    d.line(pts, fill=(25, 35, 120, 255), width=6, joint="curve")
    d.line([(60, 140), (420, 128)], fill=(25, 35, 120, 255), width=4)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def generate(
    db: Database, n: int, *, seed: int = 1, actor: Actor = SYSTEM, progress: Callable[[int, int], None] | None = None
) -> list[str]:
    rng = random.Random(seed)
    scope = wilayah.office_scope(db) or "61.07"
    villages = list(wilayah.iter_desa(db, scope))
    if not villages:
        return ["Tidak ada desa di cakupan kantor: atur cakupan dulu (kesos init-db --wilayah KODE)."]
    rng.shuffle(villages)
    villages = villages[: max(1, min(len(villages), n // 6 + 1))]
    settings = nipd_cards.card_settings(db)
    if settings.signature is None:
        kab = wilayah.get(db, ".".join(villages[0].code.split(".")[:2]))
        place = (kab.name if kab else "").replace("Kabupaten ", "").replace("Kota ", "")
        nipd_cards.set_card_settings(
            db,
            actor,
            values={
                "signer_name": "Drs. Yohanes Aloysius Sitorus, M.Si.",
                "signer_nip": "197003121995031004",
                "signer_title": "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
                "place": place,
            },
            images={"signature": demo_signature()},
        )
    photos = {sex: [nipd.process_photo(demo_photo(rng, sex)) for _ in range(6)] for sex in ("L", "P")}
    with db.read() as s:
        start = s.scalar(select(func.count()).select_from(Official)) or 0
    today = date.today()
    made = 0
    for i in range(n):
        desa = villages[i % len(villages)]
        sex = "P" if rng.random() < 0.35 else "L"
        born = date(1972, 1, 1) + timedelta(days=rng.randrange(0, 365 * 28))
        sk = max(born + timedelta(days=365 * 21), today - timedelta(days=rng.randrange(30, 365 * 9)))
        if sk >= today:
            sk = today - timedelta(days=10)
        first = rng.choice(FEMALE if sex == "P" else MALE)
        name = f"{first} {rng.choice(LAST)}"
        if rng.random() < 0.3:
            name = f"{name} {rng.choice(LAST)}"
        kec = ".".join(desa.code.split(".")[:3])
        data = nipd.OfficialInput(
            nik=make_nik(kec, born, sex, (start + i) % 9999 + 1),
            name=name,
            sex=sex,
            birth_place=desa.name.title(),
            birth_date=born,
            desa_code=desa.code,
            jabatan_code=JABATAN[i % len(JABATAN)],
            sk_number=f"141/{rng.randrange(1, 300)}/{sk.year}",
            sk_date=sk,
            tmt=sk + timedelta(days=rng.randrange(0, 14)),
            sk_signer="Kepala Desa" if i % len(JABATAN) else "Bupati",
            title_back=rng.choice(TITLES_BACK),
            religion=rng.choice(nipd.RELIGIONS[:5]),
            education=rng.choice(("SMA", "SMA", "SMA", "D3", "S1", "S1", "S2")),
            address=f"Dusun {rng.choice(('I', 'II', 'III', 'Karya', 'Maju'))} RT {rng.randrange(1, 9):03d}",
            phone=f"08{rng.randrange(11, 99)}{rng.randrange(10_000_000, 99_999_999)}",
            photo=rng.choice(photos[sex]),
        )
        saved = nipd.register(db, actor, data, accept_nik_issues=True, today=today).official
        nipd.approve(db, actor, saved.id, expected_version=saved.version)
        made += 1
        if progress:
            progress(i + 1, n)
    return [
        f"Perangkat desa demo: {made} (NIPD dialokasikan, permintaan kartu disetujui; cetak: kesos nipd cards --all-approved -o kartu.pdf)"
    ]
