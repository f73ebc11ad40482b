"""Realistic synthetic PPKS records (``kesos demo-data --ppks N``): bulk path for a million rows.

Names from common Indonesian given names, NIKs valid for the person's kecamatan, birth date and
sex (``nik.make_nik``), every category with plausible ages, statuses spread over the workflow,
collection dates over five years, and about 0.5 % probable duplicates (a second record of the
same person with a spelling variant and another NIK serial).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import select

from kesos_desktop.models.db import Database
from kesos_desktop.models.ppks import PpksPerson
from kesos_desktop.services import ppks, wilayah
from kesos_desktop.services.nik import make_kk, make_nik

MALE = (
    "Agus Budi Dedi Eko Fajar Hadi Irwan Joko Kurniawan Lukman Muhammad Nur Rudi Slamet Teguh Wahyu Yusuf Ahmad "
    "Andi Bambang Dodi Hendra Imam Rahmat Sutrisno Supriyadi Yohanes Paulus Antonius Stefanus Markus Heri Adi Dian "
    "Rizky Arif Fransiskus Petrus Simon Lorensius Aloysius Benediktus Abdul Ridwan Syamsul Darius Ignatius"
).split()
FEMALE = (
    "Siti Sri Dewi Nur Rina Wati Yanti Ani Lestari Maria Fitri Ratna Eka Indah Kartini Sumiati Suparmi Aminah "
    "Rohani Yuliana Agustina Theresia Veronika Magdalena Monika Elisabet Fransiska Katarina Rosalia Margareta "
    "Nurhayati Suryani Fatimah Halimah Juariah Marlina Erni Susanti Wulandari Rahmawati Hartini Juliana"
).split()
FAMILY = (
    "Santoso Hartono Wijaya Saputra Lestari Rahayu Pratama Kurniawan Setiawan Hidayat Nugroho Susanto Siregar "
    "Simanjuntak Nainggolan Ahmad Abdullah Usman Hasan Ali Anyi Ajun Apui Lim Tan Sinaga Purba Jalung Akiong Bujang "
    "Dayang Bongsu Dahlan Syahrial Marzuki Sulaiman Yakub Martinus Agustinus Kristianus Atan Udin Mansur Ramli"
).split()
# Rough shares: poverty, elderly and disability dominate real PPKS lists.
WEIGHTS = {
    "FM": 30, "LUT": 18, "PD": 14, "PRSE": 8, "AT": 5, "ABT": 3, "ADK": 3, "KBA": 3, "KBS": 1, "AJ": 1, "ABH": 1,
    "AKTK": 1, "AMPK": 1, "TS": 1, "GL": 1, "PNG": 1, "PML": 2, "KM": 1, "BWBLP": 1, "ODHA": 1, "KPN": 1, "KT": 1,
    "KTK": 1, "PMBS": 1, "KBSP": 1, "KAT": 1,
}  # fmt: skip
AGE = {"ABT": (0, 5), "AT": (6, 17), "ABH": (10, 17), "AJ": (7, 17), "ADK": (1, 17), "AKTK": (3, 17),
       "AMPK": (3, 17), "LUT": (60, 95)}  # fmt: skip
NEEDS = ("Bantuan sembako", "Alat bantu (kursi roda)", "Rehabilitasi sosial", "Bantuan usaha ekonomi produktif",
         "Pendampingan", "Jaminan kesehatan (PBI)", "Rumah layak huni", "Pendidikan")  # fmt: skip
ENUMERATORS = ("TKSK Marlina", "PSM Yohanes", "TKSK Ahmad Dahlan", "Karang Taruna Desa", "PSM Rosalia", "TAGANA")
DEFAULT_SCOPE = "61.07"
PLACES = ("Bengkayang", "Singkawang", "Sambas", "Pontianak", "Ledo", "Sanggau")
RT = [f"{i:03d}" for i in range(1, 13)]
RW = [f"{i:03d}" for i in range(1, 7)]


def _variant(name: str, rng: random.Random) -> str:
    """A spelling a second enumerator might write for the same person."""
    choices = [
        name.replace("Muhammad", "Muhamad"),
        name.upper(),
        name.replace("i", "y", 1) if "i" in name[1:] else name + "h",
        name.replace("Siti", "St.") if "Siti" in name else name.replace("a", "ah", 1),
    ]
    out = rng.choice([c for c in choices if c != name] or [name + "h"])
    return ppks.clean_name(out)


def generate(db: Database, n: int, *, seed: int = 1, progress: Callable[[int, int], None] | None = None) -> str:
    rng = random.Random(seed)
    scope = wilayah.office_scope(db) or DEFAULT_SCOPE
    desa = [r.code for r in wilayah.regions_at_level(db, wilayah.DESA, scope)]
    if not desa:
        return "Tidak ada desa di wilayah kantor: PPKS demo tidak dibuat."
    codes = list(WEIGHTS)
    weights = [WEIGHTS[c] for c in codes]
    today = date.today()
    with db.read() as s:
        taken = set(s.scalars(select(PpksPerson.nik).where(PpksPerson.nik.is_not(None)))) if n < 200_000 else set()
    serials: dict[tuple[str, date, str], int] = {}
    kk_serial = 0
    sqlite = db.is_sqlite
    conv = _sqlite if sqlite else (lambda v: v)
    chunk = 50_000
    made = dupes = 0
    cols = (
        "id", "nik", "kk", "name", "name_norm", "birth_place", "birth_date", "sex", "address", "rt", "rw",
        "desa_code", "condition_notes", "needs", "data_source", "import_batch", "enumerator", "collected_on",
        "status", "reject_reason", "submitted_at", "verified_at", "nik_warning", "dtsen_decile", "created_at",
        "updated_at", "version",
    )  # fmt: skip
    false = 0 if sqlite else False
    with db.write() as s:
        conn = s.connection()
        if sqlite:
            conn.exec_driver_sql("PRAGMA cache_size = -262144")  # random-order index inserts stay in memory
        ids = iter(ppks.allocate_ids(conn, n, sqlite))
        deltas: ppks.Deltas = {}
        previous: list[tuple[str, date, str, str, tuple[str, ...]]] = []
        for start in range(0, n, chunk):
            people = []
            links = []
            for _ in range(start, min(start + chunk, n)):
                pid = next(ids)
                if previous and rng.random() < 0.005:
                    name0, born, sex, dcode, cats = rng.choice(previous[-500:])
                    name = _variant(name0, rng)
                    dupes += 1
                else:
                    first = rng.choices(codes, weights)[0]
                    cats = (
                        (first,)
                        if rng.random() > 0.15
                        else tuple(dict.fromkeys((first, rng.choices(codes, weights)[0])))
                    )
                    lo, hi = AGE.get(cats[0], (18, 85))
                    if "LUT" in cats:
                        lo, hi = 60, 95
                    age_days = rng.randint(lo * 365 + 1, hi * 365 + 300)
                    born = today - timedelta(days=age_days)
                    sex = rng.choice("LP") if cats[0] not in ("PRSE", "TS") else "P"
                    given = rng.choice(MALE if sex == "L" else FEMALE)
                    name = f"{given} {rng.choice(FAMILY)}" if rng.random() < 0.85 else f"{given} {rng.choice(MALE)}"
                    dcode = rng.choice(desa)
                    previous.append((name, born, sex, dcode, cats))
                    if len(previous) > 2000:
                        del previous[:1000]
                kec = dcode[:8]
                key = (kec, born, sex)
                serial = serials.get(key, 0) + 1
                nik_value = make_nik(kec, born, sex, serial)
                while nik_value in taken:
                    serial += 1
                    nik_value = make_nik(kec, born, sex, serial)
                serials[key] = serial
                kk_serial = kk_serial % 9999 + 1
                kk_value = make_kk(
                    kec, date(rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)), kk_serial
                )
                collected = today - timedelta(days=rng.randint(0, 5 * 365))
                # Most records were touched again since collection; about one in five is over a year old.
                touched = (
                    collected if rng.random() < 0.2 else max(collected, today - timedelta(days=rng.randint(0, 330)))
                )
                updated = datetime.combine(touched, datetime.min.time()) + timedelta(hours=rng.randint(8, 16))
                r = rng.random()
                status = "diverifikasi" if r < 0.5 else "diajukan" if r < 0.7 else "draft" if r < 0.95 else "ditolak"
                reason = "Foto KK tidak jelas; mohon dilengkapi" if status == "ditolak" else None
                submitted = updated if status != "draft" else None
                verified = updated if status == "diverifikasi" else None
                upd = conv(updated)
                people.append(
                    (
                        pid, nik_value, kk_value, name, ppks.normalise_name(name), rng.choice(PLACES), conv(born),
                        sex, f"Dusun {rng.choice(FAMILY)}", RT[rng.randrange(12)], RW[rng.randrange(6)], dcode, None,
                        rng.choice(NEEDS), "form", None, rng.choice(ENUMERATORS), conv(collected), status, reason,
                        upd if submitted else None, upd if verified else None, false,
                        rng.randint(1, 4) if rng.random() < 0.6 else None, upd, upd, 1,
                    )
                )  # fmt: skip
                links.extend((pid, c, dcode, None) for c in cats)
                ppks.add_deltas(deltas, ppks.tally_keys(dcode, status, sex, born, collected, cats), 1)
                made += 1
            ppks.bulk_insert(conn, sqlite, "ppks_person", cols, people)
            ppks.bulk_insert(
                conn, sqlite, "ppks_person_category", ("person_id", "category_code", "desa_code", "details"), links
            )
            if progress:
                progress(min(start + chunk, n), n)
        ppks.apply_tally(conn, deltas, sqlite)
        # Fresh statistics, so the planner picks the NIK/name/desa indexes at once.
        conn.exec_driver_sql("ANALYZE ppks_person")
        conn.exec_driver_sql("ANALYZE ppks_person_category")
    return f"Data PPKS demo: {made:,} (termasuk {dupes:,} kemungkinan ganda)".replace(",", ".")


def _sqlite(v: object) -> object:
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v
