"""A throwaway PostgreSQL server on loopback, for the tests and benchmarks.

`Postgres` runs Debian's PostgreSQL (the `postgresql` package, installed by `make`) from
its own data folder under /tmp: `initdb` as the `postgres` user (it refuses root; the
folder belongs to that user), `pg_ctl start` on a free port with its socket in the same
folder (about a second), and `pg_ctl -m fast stop` at the end.  Nothing of the system's
clusters is used.  Each test takes a schema of its own (`schema()`), which is how intake
keeps offices apart on one server, so one server serves the whole session.

If PostgreSQL is not installed the tests fail with a hint; they never skip.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.servers import free_port

BIN = Path("/usr/lib/postgresql/15/bin")
USER = "postgres"
_schemas = itertools.count(1)


class PostgresMissing(RuntimeError):
    pass


class Postgres:
    host = "127.0.0.1"

    def __init__(self, also_on: tuple[str, ...] = ()) -> None:
        """`also_on`: more addresses of this machine to listen on (another machine's
        network, tests/netns.py), open to the hosts of their subnets."""
        if not (BIN / "initdb").exists():
            raise PostgresMissing(
                "PostgreSQL 15 is not installed: run `make test` (it installs postgresql)"
            )
        self.also_on = also_on
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="pg", dir="/tmp"))
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self.running = False

    @property
    def url(self) -> str:
        return self.url_at(self.host)

    def url_at(self, address: str) -> str:
        return f"postgresql://intake@{address}:{self.port}/intake"

    def start(self) -> Postgres:
        account = pwd.getpwnam(USER) if os.geteuid() == 0 else None
        if account is not None:
            os.chown(self.dir, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "intake", "-E", "UTF8")
        if self.also_on:
            with (self.data / "pg_hba.conf").open("a") as hba:
                hba.write("host all all samenet trust\n")
        addresses = ",".join((self.host, *self.also_on))
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses={addresses}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        self.running = True
        atexit.register(self.stop)
        self._run("createdb", "-h", self.host, "-p", str(self.port), "-U", "intake", "intake")
        return self

    def restart(self) -> None:
        """Stop and start again (every connection dropped), as a server upgrade would."""
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-m", "fast", "-w", "restart"
        )

    def stop(self) -> None:
        if self.running:
            self.running = False
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def schema(self, prefix: str = "t") -> str:
        """A schema name not used before in this session."""
        return f"{prefix}{next(_schemas)}_{os.getpid()}"

    def _run(self, program: str, *args: str) -> None:
        command = [str(BIN / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.dir, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{program} failed: {done.stderr.strip()}\n{log}")

    def __enter__(self) -> Postgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
