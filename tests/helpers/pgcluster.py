"""A throwaway PostgreSQL cluster from the local initdb/pg_ctl, for tests and benchmarks.

initdb and pg_ctl refuse to run as root (CI runs as root), so as root the cluster is run by an
unprivileged system user: ``postgres`` when it exists, else ``kesostest``, created on demand.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def _find_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if candidates:
        return candidates[0]
    raise RuntimeError(
        f"{name} tidak ditemukan: pasang PostgreSQL (apt-get install postgresql) untuk menjalankan uji PostgreSQL."
    )


PASSWORD = "kesos-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "kesostest"):
        try:
            pwd.getpwnam(name)
            return ["runuser", "-u", name, "--"]
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "kesostest"], check=True)
    return ["runuser", "-u", "kesostest", "--"]


@dataclass
class PgCluster:
    root: Path
    port: int
    prefix: list[str]
    pg_ctl: str

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    def _ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix, self.pg_ctl, "-D", str(self.data), *args], check=check, capture_output=True, text=True
        )

    def start(self) -> None:
        opts = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
        )
        self._ctl("-w", "-t", "60", "-l", str(self.root / "server.log"), "-o", opts, "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-w", "-m", mode, "stop", check=False)

    def is_running(self) -> bool:
        return self._ctl("status", check=False).returncode == 0

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(root: Path | None = None) -> PgCluster:
    """A new cluster in a temporary folder, or in ``root`` (reused when it already holds one: benchmarks)."""
    initdb = _find_bin("initdb")
    pg_ctl = _find_bin("pg_ctl")
    prefix = _run_as()
    if root is not None and (root / "data" / "PG_VERSION").exists():
        cluster = PgCluster(root, _free_port(), prefix, pg_ctl)
        if (cluster.data / "postmaster.pid").exists():
            cluster.stop("fast")  # left running by a run that was killed
        cluster.start()
        return cluster
    if root is None:
        root = Path(tempfile.mkdtemp(prefix="kesos-pg-"))
    else:
        root.mkdir(parents=True, exist_ok=True)
    if prefix:
        user = prefix[2]
        pw = pwd.getpwnam(user)
        os.chown(root, pw.pw_uid, pw.pw_gid)
    os.chmod(root, 0o755)
    pwfile = root / "pw"
    pwfile.write_text(PASSWORD)
    if prefix:
        os.chown(pwfile, pw.pw_uid, pw.pw_gid)
    # TCP needs a password (so the tests can check a wrong one); the Unix socket is trusted.
    subprocess.run(
        [
            *prefix,
            initdb,
            "-D",
            str(root / "data"),
            "-U",
            "postgres",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    cluster = PgCluster(root, _free_port(), prefix, pg_ctl)
    cluster.start()
    deadline = time.monotonic() + 30
    while not cluster.is_running():
        if time.monotonic() > deadline:
            raise RuntimeError("PostgreSQL uji tidak mau jalan: " + (root / "server.log").read_text())
        time.sleep(0.1)
    return cluster


def admin_execute(cluster: PgCluster, sql: str) -> None:
    """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
    import psycopg

    dsn = f"host=127.0.0.1 port={cluster.port} user=postgres password={PASSWORD} dbname=postgres"
    with psycopg.connect(dsn, autocommit=True) as c:
        c.execute(sql)
