"""The mailbox lease: one daemon at a time works a mailbox, and a daemon that dies is
taken over.

Several daemons (on one machine or several) may be started for the same offices; each
mailbox is worked by whichever holds its lease.  The lease is held by the operating
system or the database server on behalf of a living process, never written down, so a
daemon killed -9 or a machine switched off leaves nothing to clean up:

- on PostgreSQL, a session advisory lock on a connection of its own, keyed by the
  mailbox; the server lets it go when that connection ends (a killed process closes it
  at once; a machine that vanished, after database.DEAD_PEER_SECONDS without an answer);
- on SQLite, an exclusive `flock` on a file beside the database, which the kernel lets
  go when the process ends.

A daemon that holds a lease checks it between passes (`alive`): a lease lost (the
database server restarted) stops the work until it is taken again.  Should two daemons
ever overlap for a moment, the store still records each message once (its SHA-256 is
unique) and each acknowledgment once (the outbox's keys).
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any, Protocol

from intake.config import Config, ImapMailbox, MaildirMailbox
from intake.database import connect, is_postgres, lock_key


class Lease(Protocol):
    mailbox: str

    def alive(self) -> bool: ...

    def release(self) -> None: ...


def mailbox_of(config: Config) -> str:
    """What names a mailbox, whichever office's configuration points at it."""
    box = config.mailbox
    if isinstance(box, ImapMailbox):
        return f"imap://{box.username.lower()}@{box.host.lower()}:{box.effective_port}/{box.folder}"
    if isinstance(box, MaildirMailbox):
        return f"maildir:{Path(box.path).resolve()}"
    return f"{box.kind}:{config.path}"


def take(config: Config) -> Lease | None:
    """The lease of the office's mailbox, or None while another daemon holds it."""
    mailbox = mailbox_of(config)
    database = config.storage.database
    if is_postgres(database):
        return PostgresLease.take(str(database), mailbox)
    return FileLease.take(Path(database).with_name(Path(database).name + ".lease"), mailbox)


def key(mailbox: str) -> int:
    """The advisory-lock key of `mailbox`."""
    return lock_key(f"intake mailbox {mailbox}")


class PostgresLease:
    def __init__(self, conn: Any, mailbox: str) -> None:
        self.conn = conn
        self.mailbox = mailbox

    @classmethod
    def take(cls, url: str, mailbox: str) -> PostgresLease | None:
        conn = connect(url)
        try:
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (key(mailbox),)).fetchone()
        except BaseException:
            conn.close()
            raise
        if not (row and row[0]):
            conn.close()
            return None
        return cls(conn, mailbox)

    def alive(self) -> bool:
        """The session that took the lock still stands (the lock lasts as long)."""
        import psycopg

        try:
            self.conn.execute("SELECT 1")
        except psycopg.Error:
            return False
        return not self.conn.closed

    def release(self) -> None:
        self.conn.close()


class FileLease:
    def __init__(self, fd: int, mailbox: str) -> None:
        self.fd = fd
        self.mailbox = mailbox

    @classmethod
    def take(cls, path: Path, mailbox: str) -> FileLease | None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return cls(fd, mailbox)

    def alive(self) -> bool:
        return True  # the kernel keeps it while this process lives

    def release(self) -> None:
        os.close(self.fd)
