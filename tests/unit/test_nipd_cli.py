"""``kesos demo-data --perangkat``, ``kesos nipd cards/verify/export-public-key/export`` end to end on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kesos_desktop import cli
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.models.nipd import Card, Official


def test_demo_cards_verify_and_exports(tmp_path: Path, sqlite_db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_db_url
    assert cli.main(["nipd", "cards", "--database-url", url, "--all-approved", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "tanda tangan" in capsys.readouterr().err
    assert cli.main(["demo-data", "--database-url", url, "--perangkat", "12"]) == 0
    assert "Perangkat desa demo: 12" in capsys.readouterr().out
    pdf = tmp_path / "kartu.pdf"
    assert cli.main(["nipd", "cards", "--database-url", url, "--all-approved", "--layout", "a4", "-o", str(pdf)]) == 0
    assert len(PdfReader(str(pdf)).pages) == 4  # 12 cards: two sheets, front and back
    assert cli.main(["nipd", "cards", "--database-url", url, "--batch", "1", "--layout", "cr80", "--template",
                     "potret", "-o", str(tmp_path / "c.pdf")]) == 0  # fmt: skip
    assert len(PdfReader(str(tmp_path / "c.pdf")).pages) == 24
    db = Database.open(url)
    try:
        with db.read() as s:
            card = s.query(Card).first()
            payload = card.payload  # type: ignore[union-attr]
            desa = s.get(Official, card.official_id).desa_code  # type: ignore[union-attr]
    finally:
        db.dispose()
    capsys.readouterr()
    assert cli.main(["nipd", "verify", "--database-url", url, payload]) == 0
    assert "SAH" in capsys.readouterr().out
    bad = payload[:-5] + ("A" if payload[-5] != "A" else "B") + payload[-4:]
    assert cli.main(["nipd", "verify", "--database-url", url, bad]) == 1
    assert "TIDAK SAH" in capsys.readouterr().out
    key = tmp_path / "kunci.txt"
    assert cli.main(["nipd", "export-public-key", "--database-url", url, "-o", str(key)]) == 0
    assert cli.main(["nipd", "verify", "--offline", "--public-key", str(key), payload]) == 1  # valid, status unknown
    assert "Tanda tangan digital sah" in capsys.readouterr().out

    xlsx = tmp_path / "a4.xlsx"
    assert cli.main(["nipd", "export", "--database-url", url, "--desa", desa, "-o", str(xlsx)]) == 0
    ws = load_workbook(xlsx).active
    assert ws.cell(4, 3).value == "NIPD" and ws.cell(4, 13).value == "Keterangan"
    assert ws.cell(6, 1).value == 1 and ws.cell(6, 3).value
    assert cli.main(["nipd", "export", "--database-url", url, "--desa", desa, "-o", str(tmp_path / "a4.pdf")]) == 0
    assert len(PdfReader(str(tmp_path / "a4.pdf")).pages) >= 1
    assert cli.main(["nipd", "export", "--database-url", url, "--desa", "99.99.99.9999", "-o", str(xlsx)]) == 2
    assert cli.main(["nipd", "export", "--database-url", url, "--desa", desa, "-o", str(tmp_path / "a.doc")]) == 2


def test_verify_garbage_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "k.sqlite3")
    assert cli.main(["nipd", "verify", "--offline", "bukan-kode"]) == 1
    assert "Bukan kode kartu" in capsys.readouterr().out
    del url
