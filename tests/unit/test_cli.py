from pathlib import Path

import pytest

from kesos_desktop import cli
from kesos_desktop.models.db import Database, sqlite_url
from kesos_desktop.services import auth, wilayah


def test_init_create_admin_demo_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "kesos.sqlite3")
    assert cli.main(["init-db", "--database-url", url, "--wilayah", "61.07"]) == 0
    assert "Kabupaten Bengkayang" in capsys.readouterr().out
    assert cli.main(["create-admin", "--database-url", url, "--username", "admin", "--password", "rahasia123"]) == 0
    assert cli.main(["demo-data", "--database-url", url, "--users", "--audit", "500"]) == 0
    out = capsys.readouterr().out
    assert "500" in out
    assert cli.main(["backup", "--database-url", url, str(tmp_path / "b.sqlite3")]) == 0
    copy = Database.open(sqlite_url(tmp_path / "b.sqlite3"))
    try:
        assert wilayah.office_scope(copy) == "61.07"
        names = {u.username for u in auth.list_users(copy, auth.SYSTEM)}
        assert {"admin", "operator", "verifikator", "arsiparis", "peninjau"} <= names
    finally:
        copy.dispose()


def test_bad_input_exits_non_zero_with_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "kesos.sqlite3")
    assert cli.main(["init-db", "--database-url", url, "--wilayah", "99.99"]) == 2
    assert "Cakupan kantor" in capsys.readouterr().err
    assert cli.main(["create-admin", "--database-url", url, "--username", "a", "--password", "pendek"]) == 2
    assert "minimal" in capsys.readouterr().err


def test_backup_of_postgres_without_pg_dump_gives_hint(
    pg_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kesos_desktop.services import backup

    monkeypatch.setattr(backup, "find_pg_tool", lambda name: None)  # a PC without the PostgreSQL client
    assert cli.main(["backup", "--database-url", pg_url, str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert "pg_dump tidak ditemukan" in err and "Cadangan & pemulihan" in err
    assert not (tmp_path / "x").exists()


def test_init_db_on_postgres(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["init-db", "--database-url", pg_url, "--wilayah", "19.04"]) == 0
    assert "Bangka Tengah" in capsys.readouterr().out
