"""Real servers for the tests: a throwaway Dovecot IMAP server on loopback.

`Dovecot` writes its own dovecot.conf into a short folder under /tmp (mode 0755, because
Dovecot refuses to store mail as root and the `nobody` user it stores as must be able to
reach the Maildirs), starts `dovecot -F` in a new process session, waits until the server
sends its greeting (about 0.04 s), and stops it by signalling the whole process group.
Nothing of the system's Dovecot configuration is used.

Settings that keep the tests fast (measured on Dovecot 2.3.19):
- each user has a passwd-file of its own, users/<name>: Dovecot re-reads a changed
  passwd-file at most once a second, but reads a new one at once;
- the anvil-auth-penalty listener is disabled: otherwise one failed login delays the next
  login from 127.0.0.1 by seconds (4 s measured);
- auth_failure_delay = 0 (2.3 takes whole seconds only); a failed login still takes 0.5 s.

Three ways to put mail in a mailbox, from slowest to fastest: `append` (one APPEND per
connection), `append_many` (one MULTIAPPEND, ~2,700 small messages/s) and `deliver_files`
(files written straight into the Maildir's new/, ~7,000/s).

If Dovecot is not installed the tests fail with a hint; they never skip.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient, imap_utf7

DOVECOT = "dovecot"
MAIL_USER = "nobody"

CONFIG = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
instance_name = intake-test-{port}
protocols = imap
listen = {addresses}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_max_userip_connections = 100
mail_location = maildir:{dir}/mail/%u
first_valid_uid = 1

passdb {{
  driver = passwd-file
  args = scheme=PLAIN {dir}/users/%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/mail/%u
}}
# Without this, a failed login delays the next one from 127.0.0.1 by up to 15 s.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {addresses}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


class DovecotMissing(RuntimeError):
    pass


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    """A Dovecot IMAP server of its own, for one test session."""

    host = "127.0.0.1"

    def __init__(self, port: int | None = None, also_on: tuple[str, ...] = ()) -> None:
        """`also_on`: more addresses of this machine to listen on (another machine's
        network, tests/netns.py)."""
        if shutil.which(DOVECOT) is None:
            raise DovecotMissing(
                "dovecot is not installed: run `make test` (it installs dovecot-imapd)"
            )
        self.port = port or free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="dv", dir="/tmp"))  # short: socket paths
        self.dir.chmod(0o755)
        account = pwd.getpwnam(MAIL_USER)
        self._owner = (account.pw_uid, account.pw_gid)
        self._process: subprocess.Popen[bytes] | None = None
        self._delivered = 0
        (self.dir / "mail").mkdir(mode=0o755)
        os.chown(self.dir / "mail", *self._owner)
        (self.dir / "users").mkdir(mode=0o755)
        uid, gid = self._owner
        addresses = ", ".join((self.host, *also_on))
        self.config_path.write_text(
            CONFIG.format(dir=self.dir, port=self.port, uid=uid, gid=gid, addresses=addresses)
        )
        atexit.register(self.cleanup)  # even if the session ends without its teardown

    @property
    def config_path(self) -> Path:
        return self.dir / "dovecot.conf"

    # -- lifecycle ---------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> Dovecot:
        if self._process is not None:
            return self
        with open(self.dir / "dovecot.out", "ab") as out:
            self._process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config_path)],
                start_new_session=True,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self._wait_for_greeting(timeout)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        _signal_group(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            _signal_group(process.pid, signal.SIGKILL)
            process.wait()
        _wait_group_gone(process.pid, timeout)

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
        atexit.unregister(self.cleanup)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def _wait_for_greeting(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                self._process = None
                raise RuntimeError(f"dovecot exited at start:\n{self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"dovecot did not answer within {timeout} s:\n{self.log()}")
            time.sleep(0.02)

    def log(self) -> str:
        """What Dovecot wrote: its start-up errors, then its log."""
        paths = (self.dir / "dovecot.out", self.dir / "dovecot.log")
        return "".join(p.read_text(errors="replace") for p in paths if p.exists())

    # -- users and mail ----------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Add a user, usable at once.

        Each user has a passwd-file of its own (users/<name>): Dovecot re-reads a changed
        passwd-file at most once a second, but opens a file it has not seen at once.
        User names are case-insensitive (Dovecot's default auth_username_format = %Lu).
        """
        name = name.lower()
        line = f"{name}:{{PLAIN}}{password}::::::\n"
        _write_atomically(self.dir / "users" / name, line.encode(), mode=0o644)

    def maildir_path(self, user: str, folder: str = "INBOX") -> Path:
        """The Maildir of `folder` (Maildir++: INBOX at the root, others as .Name in UTF-7)."""
        root = self.dir / "mail" / user.lower()
        if folder.upper() == "INBOX":
            return root
        return root / f".{imap_utf7.encode(folder).decode('ascii')}"

    def connect(self, user: str, password: str) -> IMAPClient:
        client = IMAPClient(self.host, self.port, ssl=False, timeout=30)
        client.login(user, password)
        return client

    def append(
        self,
        user: str,
        password: str,
        message: bytes,
        folder: str = "INBOX",
        when: datetime | None = None,
        flags: Sequence[str | bytes] = (),
    ) -> int:
        """APPEND one message; return its UID (from APPENDUID)."""
        with self.connect(user, password) as client:
            response = client.append(folder, message, flags=flags, msg_time=when)
        return _appended_uids(response)[-1]

    def append_many(
        self,
        user: str,
        password: str,
        messages: Iterable[bytes],
        folder: str = "INBOX",
        when: datetime | None = None,
    ) -> list[int]:
        """APPEND many messages in one MULTIAPPEND command; return their UIDs in order."""
        items = [{"msg": m, "date": when} if when else m for m in messages]
        if not items:
            return []
        with self.connect(user, password) as client:
            status, data = client.multiappend(folder, items)
        if status != "OK":
            raise RuntimeError(f"MULTIAPPEND failed: {data!r}")
        return _appended_uids(data[-1])

    def deliver_files(self, user: str, messages: Iterable[bytes], folder: str = "INBOX") -> int:
        """Write messages straight into the Maildir's new/, as a delivery agent would.

        The fastest way to seed thousands of messages.  Dovecot assigns UIDs when a client
        next opens the folder, in the order of the times in the file names, which is the
        order given here.  Returns how many files were written.
        """
        maildir = self._make_maildir(user, folder)
        base, count = int(time.time()), 0
        for data in messages:
            self._delivered += 1
            name = f"{base}.M{self._delivered:06d}P{os.getpid()}.intake-test"
            tmp = maildir / "tmp" / name
            _write_atomically(maildir / "new" / name, data, 0o644, self._owner, tmp)
            count += 1
        return count

    def _make_maildir(self, user: str, folder: str) -> Path:
        root, maildir = self.maildir_path(user), self.maildir_path(user, folder)
        for path in (root, maildir, maildir / "cur", maildir / "new", maildir / "tmp"):
            if not path.exists():
                path.mkdir(mode=0o700)
                os.chown(path, *self._owner)
        if maildir != root and not (maildir / "maildirfolder").exists():
            (maildir / "maildirfolder").touch()
            os.chown(maildir / "maildirfolder", *self._owner)
        return maildir

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> None:
        """Make the server forget the UIDs of `folder`, as after a restore from backup.

        Stops the server, deletes the folder's dovecot-uidlist and index files, starts it
        again: the folder gets a new UIDVALIDITY and its messages UIDs counted from 1.
        """
        self.stop()
        maildir = self.maildir_path(user, folder)
        root = self.maildir_path(user)
        for pattern in ("dovecot-uidlist", "dovecot.index*"):
            for path in maildir.glob(pattern):
                path.unlink()
        for path in root.glob("dovecot.list.index*"):
            path.unlink()
        self.start()


def _appended_uids(response: bytes) -> list[int]:
    """The UIDs of an APPENDUID response: b'[APPENDUID 1700000000 4:6] ...' -> [4, 5, 6]."""
    text = response.decode()
    uid_set = text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1]
    uids: list[int] = []
    for part in uid_set.split(","):
        first, _, last = part.partition(":")
        uids.extend(range(int(first), int(last or first) + 1))
    return uids


def _write_atomically(
    path: Path,
    data: bytes,
    mode: int,
    owner: tuple[int, int] | None = None,
    tmp: Path | None = None,
) -> None:
    """Write `tmp` (by default beside `path`), then rename it: readers never see half a file."""
    tmp = tmp or path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
    os.chmod(tmp, mode)
    if owner:
        os.chown(tmp, *owner)
    os.replace(tmp, path)


def _signal_group(pgid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signum)


def _wait_group_gone(pgid: int, timeout: float) -> None:
    """Wait until no process of the group is left, so the port and files are free."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    _signal_group(pgid, signal.SIGKILL)
