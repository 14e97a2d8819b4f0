"""Read messages from one IMAP folder (imapclient).

One connection, opened on first use and kept between calls.  Each call starts with a
NOOP; a connection that went stale (server restarted, idle connection dropped by a
firewall) is replaced once, silently.  Any other failure becomes a MailboxError that names
the server and what failed, drops the connection, and leaves the retry to the caller:
the next call connects afresh (see `intake.fetch.backoff_delays`).

fetch_new, for the UIDs the ledger does not have under the folder's UIDVALIDITY, in
batches of `batch_size`:

    UID SEARCH UID last+1:*                      -> the UIDs above the last one recorded
      (or SEARCH ALL: a full pass, see intake.fetch; `n+1:*` also names the last
       message when none is above n, so the answer is filtered)
    UID FETCH uids (RFC822.SIZE)                 -> groups of at most BODY_BATCH_BYTES
    UID FETCH group (BODY.PEEK[] INTERNALDATE)   -> yield, UID order

Only PEEK items are fetched, and with after = "keep" the folder is opened read-only
(EXAMINE), so the mailbox is never changed: the office's clerks still see new mail as
unread.  With after = "flag" or "move", the messages `done()` is told of get the keyword
$IntakeProcessed or are moved (UID MOVE; COPY + \\Deleted + UID EXPUNGE where MOVE is
missing), up to DONE_BATCH by one command.

wait() uses IDLE where the server offers it, for at most IDLE_MAX_SECONDS at a time; it
reads the server's answers STOP_CHECK_SECONDS at a time and ends the IDLE as soon as its
stop event is set, so that SIGTERM stops the daemon within a second.

A login the server refuses is a LoginRefused (a MailboxError): the daemon tells it apart
from a network failure, which goes away on its own.
"""

from __future__ import annotations

import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError
from imapclient.imapclient import SocketTimeout
from loguru import logger

from intake.check import Answer
from intake.config import ImapMailbox
from intake.errors import MailboxError
from intake.fetch import (
    STOP_CHECK_SECONDS,
    Ledger,
    LoginRefused,
    full_pass_done,
    pass_start,
    pause,
    unknown,
)
from intake.i18n import N_, Joined, Words
from intake.models import RawMessage

PROCESSED_FLAG = b"$IntakeProcessed"
IDLE_MAX_SECONDS = 30.0
CONNECT_TIMEOUT = 15.0
BODY_BATCH_BYTES = 32 * 1024 * 1024  # a body FETCH holds at most this much (or one message)
DONE_BATCH = 100  # messages flagged or moved by one command (done)

HEADER_ITEMS = [b"RFC822.SIZE"]
BODY_ITEMS = [b"BODY.PEEK[]", b"INTERNALDATE"]

HINT_CONNECT = Words(
    "check [mailbox] host, port and security, and that this machine can reach the server"
)
HINT_TLS = Words('check [mailbox] security: "ssl" for port 993, "starttls" for port 143')
HINT_LOGIN = Words("check [mailbox] username and the password (password_env or password_file)")
HINT_RETRY = Words("intake reconnects and tries again; if it persists, check the mail server")

NetworkError = (OSError, IMAPClientError)  # imaplib's abort and readonly are IMAPClientError


class ImapSource:
    def __init__(
        self,
        config: ImapMailbox,
        timeout: float = 60.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.config = config
        self.address = f"{config.host}:{config.effective_port}"
        self.name = f"imap://{config.username}@{self.address}/{config.folder}"
        self.timeout = timeout  # seconds a read may block (not the IDLE wait)
        self.clock = clock or (lambda: datetime.now(UTC))  # when full passes are due
        self.uidvalidity: int | None = None
        self._client: IMAPClient | None = None
        self._news = False  # the last NOOP reported new mail
        self._target_ready = False  # the after = "move" folder exists
        self._done: list[tuple[int | None, int]] = []  # (UIDVALIDITY, UID) to flag or move

    # -- the Source protocol -----------------------------------------------------

    def fetch_new(self, ledger: Ledger) -> Iterator[RawMessage]:
        self._finish_done()
        client = self._session()
        assert self.uidvalidity is not None  # set by _session
        now, every = self.clock(), timedelta(hours=self.config.reconcile_hours)
        after = pass_start(ledger, self.name, self.uidvalidity, every, now)
        with self._failing(Words(N_("searching the folder"))):
            uids = self._search(client, after)
        todo = [int(u) for u in unknown(ledger, self.name, self.uidvalidity, list(map(str, uids)))]
        size = self.config.batch_size
        for start in range(0, len(todo), size):
            yield from self._fetch_batch(client, todo[start : start + size])
        if after is None and not self._lost(client):
            full_pass_done(ledger, self.name, now)

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        """Return when new mail may have come (IDLE), after at most `timeout` seconds, or
        soon after `stop` is set.

        With IDLE, returns after at most IDLE_MAX_SECONDS.  Never raises MailboxError:
        a connection problem here is left for the next fetch_new to report.
        """
        try:
            self._finish_done()
        except MailboxError as e:
            logger.debug("{}: {}", self.name, e)
        if not self.config.idle:
            pause(timeout, stop)
            return
        start = time.monotonic()
        try:
            client = self._session()
        except MailboxError as e:
            logger.debug("{}: {}", self.name, e)
            pause(min(timeout, IDLE_MAX_SECONDS) - (time.monotonic() - start), stop)
            return
        if self._news or (stop is not None and stop.is_set()):
            return
        if not client.has_capability("IDLE"):
            pause(timeout, stop)
            return
        self._idle(client, min(timeout, IDLE_MAX_SECONDS), stop)

    def done(self, message: RawMessage) -> None:
        """Flag or move `message` with the others stored since the last time: one command
        for up to DONE_BATCH of them (a round trip a message was most of a backlog's time
        against a distant server).  Those left are flagged or moved when the next pass
        starts, before an IDLE, or at close; a daemon killed before leaves them as they
        were, and the ledger knows them when they are fetched again."""
        if self.config.after == "keep" or message.item is None or message.source != self.name:
            return
        self._done.append((message.uidvalidity, int(message.item)))
        if len(self._done) >= DONE_BATCH:
            self._finish_done()

    def _finish_done(self) -> None:
        """Flag or move the messages done() was told of; kept for the next time if the
        server cannot be reached."""
        done, self._done = self._done, []
        try:
            self._flag_or_move(done)
        except MailboxError:
            self._done = done + self._done
            raise

    def _flag_or_move(self, done: list[tuple[int | None, int]]) -> None:
        if not done:
            return
        client = self._client or self._session()
        uids = [uid for validity, uid in done if validity == self.uidvalidity]
        if len(uids) < len(done):
            logger.warning(
                "{}: UIDVALIDITY changed; {} messages left as they are",
                self.name,
                len(done) - len(uids),
            )
        if not uids:
            return
        listed = _uid_list(uids)
        if self.config.after == "flag":
            flagging = Words("flagging {count} messages ({uids})", count=len(uids), uids=listed)
            with self._failing(flagging):
                client.add_flags(uids, [PROCESSED_FLAG], silent=True)
        else:
            moving = Words(
                "moving {count} messages ({uids}) to {folder}",
                count=len(uids),
                uids=listed,
                folder=repr(self.config.move_to),
            )
            with self._failing(moving):
                self._move(client, uids)

    def check(self) -> str:
        """Connect, log in and open the folder; raise MailboxError or describe it."""
        client = self._session()
        with self._failing(Words(N_("reading the folder"))):
            count = len(client.search("ALL"))
            idle = client.has_capability("IDLE")
            move = client.has_capability("MOVE")
            target = self.config.after != "move" or client.folder_exists(self.config.move_to)
        yes, no = Words(N_("yes")), Words(N_("no"))
        lines = [
            Words(
                "{name}: {count} messages, UIDVALIDITY {uidvalidity}",
                name=self.name,
                count=count,
                uidvalidity=self.uidvalidity,
            ),
            Words("IDLE {idle}, MOVE {move}", idle=yes if idle else no, move=yes if move else no),
        ]
        if not target:
            lines.append(Words("folder {folder} will be created", folder=repr(self.config.move_to)))
        return Answer(Joined("; ", lines))

    def close(self) -> None:
        try:
            self._finish_done()
        except MailboxError as e:  # they are flagged or moved when fetched again
            logger.warning("{}", e)
        client, self._client = self._client, None
        if client is not None:
            _quietly_logout(client)

    # -- fetching --------------------------------------------------------------------

    @staticmethod
    def _search(client: IMAPClient, after: int | None) -> list[int]:
        """The UIDs above `after` (all of them if None), in order."""
        if after is None:
            return sorted(client.search("ALL"))
        # "n:*" is read as "*:n" when no UID reaches n: the last message, however old
        return sorted(uid for uid in client.search(["UID", f"{after + 1}:*"]) if uid > after)

    def _fetch_batch(self, client: IMAPClient, uids: list[int]) -> Iterator[RawMessage]:
        if self._lost(client):
            return  # dropped after an error in done(); the next run goes on
        with self._failing(Words(N_("reading message sizes"))):
            heads = client.fetch(uids, HEADER_ITEMS)
        sizes = {uid: heads[uid].get(b"RFC822.SIZE", 0) for uid in uids if uid in heads}
        for group in _by_size(list(sizes), sizes, BODY_BATCH_BYTES):
            if self._lost(client):
                return
            with self._failing(Words(N_("reading messages"))):
                bodies = client.fetch(group, BODY_ITEMS)
            for uid in group:
                # a UID missing from the answer was expunged meanwhile
                if uid in bodies:
                    yield self._raw_message(uid, bodies[uid])

    def _raw_message(self, uid: int, data: dict[bytes, Any]) -> RawMessage:
        arrived = data.get(b"INTERNALDATE")
        if isinstance(arrived, datetime):
            arrived = arrived.astimezone(UTC) if arrived.tzinfo else arrived.replace(tzinfo=UTC)
        return RawMessage(bytes(data[b"BODY[]"]), self.name, str(uid), self.uidvalidity, arrived)

    def _move(self, client: IMAPClient, uids: list[int]) -> None:
        target = self.config.move_to
        if not self._target_ready:
            if not client.folder_exists(target):
                _create_folder(client, target)
            self._target_ready = True
        if client.has_capability("MOVE"):
            client.move(uids, target)
            return
        client.copy(uids, target)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        # without UIDPLUS the message stays, marked \Deleted, until a mail program expunges

    # -- IDLE ------------------------------------------------------------------------------

    def _idle(self, client: IMAPClient, seconds: float, stop: threading.Event | None) -> None:
        deadline = time.monotonic() + seconds
        stopping = stop.is_set if stop is not None else lambda: False
        try:
            client.idle()
            logger.debug("{}: in IDLE, waiting for mail", self.name)
            news = False
            while not news and not stopping() and (left := deadline - time.monotonic()) > 0:
                news = _has_new_mail(client.idle_check(timeout=min(left, STOP_CHECK_SECONDS)))
            client.idle_done()
        except NetworkError as e:
            # includes imapclient's "unterminated line" on a response split across reads
            # (mjs/imapclient#519): the connection is out of step, start a new one
            logger.info("{}: IDLE ended ({}); reconnecting next time", self.name, _text(e))
            self._drop()
        except BaseException:
            self._drop()  # interrupted (a signal): the connection is still in IDLE
            raise

    # -- the connection ------------------------------------------------------------

    def _session(self) -> IMAPClient:
        """The connection, logged in, folder open; a stale one is replaced once."""
        if self._client is not None:
            try:
                self._forget_untagged(self._client)
                self._news = _has_new_mail(self._client.noop()[1])
                return self._client
            except NetworkError as e:
                logger.info("{}: connection lost ({}); reconnecting", self.name, _text(e))
                self._drop()
        self._client = self._open()
        self._news = True  # mail may have come while there was no connection
        return self._client

    def _open(self) -> IMAPClient:
        client = self._connect()
        try:
            self._login(client)
            self._select(client)
        except BaseException:
            _quietly_logout(client)
            raise
        return client

    def _connect(self) -> IMAPClient:
        security, port = self.config.security, self.config.effective_port
        timeout = SocketTimeout(connect=CONNECT_TIMEOUT, read=self.timeout)
        context = ssl.create_default_context() if security != "none" else None
        try:
            client = IMAPClient(
                self.config.host, port, ssl=security == "ssl", ssl_context=context, timeout=timeout
            )
        except ssl.SSLError as e:
            failed = Words(
                "TLS with {address} failed: {error}", address=self.address, error=_text(e)
            )
            raise self._error(failed, HINT_TLS) from e
        except OSError as e:
            failed = Words(
                "cannot connect to {address}: {error}", address=self.address, error=_text(e)
            )
            raise self._error(failed, HINT_CONNECT) from e
        if security == "starttls":
            self._starttls(client, context)
        return client

    def _starttls(self, client: IMAPClient, context: ssl.SSLContext | None) -> None:
        try:
            client.starttls(context)
        except CapabilityError as e:
            _quietly_logout(client)
            raise self._error(
                Words("{address} does not offer STARTTLS", address=self.address), HINT_TLS
            ) from e
        except (*NetworkError, ssl.SSLError) as e:
            _quietly_logout(client)
            failed = Words(
                "STARTTLS with {address} failed: {error}", address=self.address, error=_text(e)
            )
            raise self._error(failed, HINT_TLS) from e

    def _login(self, client: IMAPClient) -> None:
        user, password = self.config.username, self.config.password("mailbox")
        try:
            client.login(user, password)
        except LoginError as e:
            reason = _text(e)
            if isinstance(reason, str) and password:
                reason = reason.replace(password, "***")
            self._drop()
            refused = Words(
                "login failed for user {user} at {address}: {reason}",
                user=repr(user),
                address=self.address,
                reason=reason,
            )
            raise LoginRefused(refused, hint=HINT_LOGIN) from None
        except NetworkError as e:
            failed = Words(
                "logging in at {address} failed: {error}", address=self.address, error=_text(e)
            )
            raise self._error(failed, HINT_RETRY) from None

    def _select(self, client: IMAPClient) -> None:
        folder = self.config.folder
        try:
            info = client.select_folder(folder, readonly=self.config.after == "keep")
        except IMAPClientError as e:
            text, name = _text(e), repr(folder)
            if _NO_SUCH_FOLDER.search(str(text)):
                hint = Words(
                    "check [mailbox] folder; this account has: {folders}", folders=_folders(client)
                )
                missing = Words(
                    "folder {folder} does not exist at {address}", folder=name, address=self.address
                )
                raise self._error(missing, hint) from e
            raise self._error(
                Words(
                    "cannot open folder {folder} at {address}: {error}",
                    folder=name,
                    address=self.address,
                    error=text,
                )
            ) from e
        except OSError as e:
            raise self._error(
                Words(
                    "opening folder {folder} at {address}: {error}",
                    folder=repr(folder),
                    address=self.address,
                    error=_text(e),
                )
            ) from e
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        client.normalise_times = False  # INTERNALDATE as an aware datetime

    @contextmanager
    def _failing(self, doing: str | Words) -> Iterator[None]:
        """Turn a network or protocol failure while `doing` into a MailboxError."""
        try:
            yield
        except NetworkError as e:
            raise self._error(
                Words(
                    "{doing} at {address} failed: {error}",
                    doing=doing,
                    address=self.address,
                    error=_text(e),
                )
            ) from e

    def _error(self, message: Words, hint: Words = HINT_RETRY) -> MailboxError:
        self._drop()
        return MailboxError(message, hint=hint)

    def _lost(self, client: IMAPClient) -> bool:
        return self._client is not client

    def _drop(self) -> None:
        """Forget the connection without a word to the server (it may be broken)."""
        client, self._client = self._client, None
        if client is not None:
            with suppress(Exception):
                client.shutdown()

    @staticmethod
    def _forget_untagged(client: IMAPClient) -> None:
        # imaplib keeps every untagged EXISTS/EXPUNGE/FETCH it ever saw; a daemon's
        # connection lives for weeks, so drop them (they are read from the replies)
        client._imap.untagged_responses.clear()


# -- helpers -------------------------------------------------------------------------


def _uid_list(uids: list[int]) -> str:
    """A few UIDs for a log line: the first and the last of a long list."""
    return ", ".join(map(str, uids)) if len(uids) <= 3 else f"{uids[0]} … {uids[-1]}"


def _by_size(uids: Sequence[int], sizes: dict[int, int], limit: int) -> Iterator[list[int]]:
    """Split `uids` into runs whose messages add up to at most `limit` bytes (or one)."""
    group: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if group and total + size > limit:
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group


def _has_new_mail(responses: Sequence[Any]) -> bool:
    return any(
        isinstance(r, tuple) and len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT") for r in responses
    )


def _create_folder(client: IMAPClient, name: str) -> None:
    try:
        client.create_folder(name)
    except IMAPClientError:
        if not client.folder_exists(name):  # created meanwhile by someone else: fine
            raise


def _folders(client: IMAPClient) -> Words | str:
    try:
        names = [name for _flags, _sep, name in client.list_folders()]
    except NetworkError:
        return Words("(the list could not be read)")
    return ", ".join(sorted(names)) or Words("(none)")


def _quietly_logout(client: IMAPClient) -> None:
    try:
        client.socket().settimeout(5)
        client.logout()
    except Exception:
        with suppress(Exception):
            client.shutdown()


_NO_SUCH_FOLDER = re.compile(r"NONEXISTENT|not exist|n't exist|unknown mailbox|not found", re.I)
_BYTES_REPR = re.compile(r"""^b(['"])(.*)\1$""", re.DOTALL)


def _text(error: BaseException) -> Words | str:
    """A short, plain description of a network or IMAP error (the server's own words
    as they are)."""
    if isinstance(error, ConnectionRefusedError):
        return Words("connection refused")
    if isinstance(error, TimeoutError):
        return Words("timed out")
    if isinstance(error, ssl.SSLCertVerificationError):
        return Words(
            "the server's certificate is not trusted ({error})", error=error.verify_message
        )
    if isinstance(error, ssl.SSLError):
        if error.reason == "WRONG_VERSION_NUMBER":
            return Words("the server does not speak TLS on this port")
        return Words("TLS error {error}", error=error.reason or error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    text = str(error)
    match = _BYTES_REPR.match(text)  # imapclient puts the server's bytes in as repr
    return (match[2] if match else text).strip() or type(error).__name__
