"""What only the IMAP source has to get right, against the real Dovecot.

Renumbering (UIDVALIDITY), lost connections, login and connection errors, IDLE, the
after = "flag" / "move" actions and batching.  The contract every source shares is in
test_fetch_contract.py.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake.config import ImapMailbox
from intake.errors import MailboxError
from intake.fetch import backoff_delays, make_source
from intake.fetch import imap as imap_module
from intake.fetch.imap import PROCESSED_FLAG, ImapSource
from tests.fixtures_imap import ImapAccount
from tests.servers import Dovecot, free_port
from tests.test_fetch_contract import MemoryLedger, drain, message

Config = Callable[..., ImapMailbox]


@pytest.fixture
def source(imap_config: Config) -> Iterator[ImapSource]:
    """An ImapSource for `imap_account` with the default settings (after = "keep")."""
    imap = ImapSource(imap_config())
    yield imap
    imap.close()


def test_server_renumbering_records_nothing_twice(
    dovecot: Dovecot, imap_account: ImapAccount, source: ImapSource
) -> None:
    """GIVEN fetched mail WHEN the server renumbers the folder (new UIDVALIDITY) THEN the
    same mail is fetched once more and recorded as known, and new mail still comes."""
    imap_account.append_many([message(1), message(2), message(3)])
    drain(source, ledger := MemoryLedger())
    old = source.uidvalidity

    dovecot.reset_uidvalidity(imap_account.username)

    again = list(source.fetch_new(ledger))
    assert source.uidvalidity != old
    assert [ledger.record(m) for m in again] == [False, False, False]
    assert sorted(int(m.item) for m in again if m.uidvalidity == source.uidvalidity) == [1, 2, 3]
    assert drain(source, ledger) == []
    imap_account.append(message(4))
    assert [m.data for m in drain(source, ledger)] == [message(4)]


def test_reconnects_after_server_restart(
    dovecot: Dovecot, imap_account: ImapAccount, source: ImapSource
) -> None:
    """GIVEN an open connection WHEN the server restarts THEN the next fetch reconnects
    on its own and yields the new mail."""
    imap_account.append(message(1))
    drain(source, ledger := MemoryLedger())

    dovecot.restart()
    imap_account.append(message(2))

    assert [m.data for m in drain(source, ledger)] == [message(2)]


def test_server_down_is_a_mailbox_error_and_the_next_call_recovers(
    dovecot: Dovecot, imap_account: ImapAccount, source: ImapSource
) -> None:
    """GIVEN a server that is down WHEN fetching THEN MailboxError; once it is back THEN
    the next fetch works."""
    imap_account.append(message(1))
    dovecot.stop()
    try:
        with pytest.raises(MailboxError, match="connection refused"):
            drain(source, ledger := MemoryLedger())
    finally:
        dovecot.start()

    assert len(drain(source, ledger)) == 1


def test_wrong_password_is_a_clear_error_without_the_password(
    imap_account: ImapAccount, tmp_path: Path
) -> None:
    """GIVEN a wrong password WHEN fetching THEN MailboxError names user and server, gives
    a hint, and does not show the password."""
    secret = "wrong-Pa55word-xyz"
    (tmp_path / "pw").write_text(secret)
    config = imap_account.config(tmp_path).model_copy(update={"password_file": tmp_path / "pw"})

    with pytest.raises(MailboxError) as caught:
        drain(ImapSource(config), MemoryLedger())

    error = caught.value
    assert f"login failed for user '{imap_account.username}'" in str(error)
    assert f"127.0.0.1:{imap_account.port}" in str(error)
    assert error.hint and "password" in error.hint
    assert secret not in str(error) + error.hint
    assert secret not in ImapSource(config).name


def test_connection_refused_is_a_mailbox_error(imap_config: Config) -> None:
    """GIVEN a port nothing listens on WHEN fetching THEN MailboxError says so, with a hint."""
    port = free_port()
    source = ImapSource(imap_config(port=port))

    with pytest.raises(MailboxError) as caught:
        drain(source, MemoryLedger())

    assert str(caught.value) == f"cannot connect to 127.0.0.1:{port}: connection refused"
    assert caught.value.hint and "[mailbox] host" in caught.value.hint


def test_missing_folder_is_named_with_the_folders_there_are(imap_config: Config) -> None:
    """GIVEN a folder that does not exist WHEN checking THEN MailboxError names it and
    lists the folders of the account."""
    source = ImapSource(imap_config(folder="Báo cáo"))

    with pytest.raises(MailboxError, match="folder 'Báo cáo' does not exist") as caught:
        source.check()

    assert "INBOX" in (caught.value.hint or "")


def test_check_describes_the_mailbox(imap_account: ImapAccount, source: ImapSource) -> None:
    """GIVEN a reachable mailbox WHEN checked THEN the answer counts messages and says
    whether IDLE works."""
    imap_account.append(message(1))

    answer = source.check()

    assert "1 messages" in answer and "IDLE yes" in answer


def test_idle_wait_returns_soon_after_new_mail(
    imap_account: ImapAccount, source: ImapSource
) -> None:
    """GIVEN a source waiting in IDLE WHEN mail arrives from another connection THEN
    wait() returns within a few seconds, well before its timeout."""
    drain(source, MemoryLedger())
    later = threading.Timer(0.3, imap_account.append, [message(1)])
    later.start()

    started = time.monotonic()
    source.wait(10)
    elapsed = time.monotonic() - started
    later.join()

    assert elapsed < 4


def test_idle_wait_returns_after_the_timeout_when_nothing_comes(source: ImapSource) -> None:
    """GIVEN an empty folder WHEN waiting 1 s THEN wait() returns after about 1 s."""
    drain(source, MemoryLedger())

    started = time.monotonic()
    source.wait(1)

    assert 0.9 < time.monotonic() - started < 3


def test_idle_wait_is_cut_to_the_maximum(
    source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a long timeout WHEN waiting THEN wait() returns after IDLE_MAX_SECONDS, so
    that a daemon can look at its stop flag."""
    monkeypatch.setattr(imap_module, "IDLE_MAX_SECONDS", 0.5)
    drain(source, MemoryLedger())

    started = time.monotonic()
    source.wait(60)

    assert time.monotonic() - started < 2


def test_wait_with_the_server_down_does_not_raise(dovecot: Dovecot, source: ImapSource) -> None:
    """GIVEN a server that went down WHEN waiting THEN wait() sleeps and returns quietly
    (the next fetch reports the problem)."""
    drain(source, MemoryLedger())
    dovecot.stop()
    try:
        started = time.monotonic()
        source.wait(0.5)
        assert time.monotonic() - started < 2
    finally:
        dovecot.start()


def test_after_move_moves_each_stored_message(
    imap_account: ImapAccount, imap_config: Config
) -> None:
    """GIVEN after = "move" to a folder that does not exist yet WHEN messages are done
    THEN the folder is created and holds them, and the inbox is empty."""
    source = ImapSource(imap_config(after="move", move_to="Đã xử lý"))
    imap_account.append_many([message(1), message(2)])

    got = drain(source, ledger := MemoryLedger())
    again = drain(source, ledger)
    source.close()

    assert len(got) == 2 and again == []
    assert imap_account.uids("INBOX") == []
    assert len(imap_account.uids("Đã xử lý")) == 2


def test_after_flag_adds_the_keyword_and_never_seen(
    imap_account: ImapAccount, imap_config: Config
) -> None:
    """GIVEN after = "flag" (folder opened read-write) WHEN messages are done THEN each has
    $IntakeProcessed and none is marked \\Seen."""
    source = ImapSource(imap_config(after="flag"))
    imap_account.append_many([message(1), message(2)])

    drain(source, MemoryLedger())
    source.close()

    flags = imap_account.flags()
    assert all(PROCESSED_FLAG in f and b"\\Seen" not in f for f in flags.values())


@pytest.mark.parametrize("after", ["flag", "move"])
def test_done_messages_are_flagged_or_moved_a_hundred_at_a_time(
    imap_account: ImapAccount,
    imap_config: Config,
    monkeypatch: pytest.MonkeyPatch,
    after: str,
) -> None:
    """GIVEN 250 messages and after = "flag" or "move" WHEN they are stored (done) THEN
    one command flags or moves up to a hundred, the rest at close, and every one is
    flagged or moved: three commands, not 250 round trips."""
    imap_account.append_many(message(n) for n in range(250))
    source = ImapSource(imap_config(after=after, move_to="Đã xử lý"))
    commands: list[int] = []
    real = imap_module.IMAPClient.add_flags if after == "flag" else imap_module.IMAPClient.move

    def counted(client, uids, *args, **kwargs):
        commands.append(len(uids))
        return real(client, uids, *args, **kwargs)

    monkeypatch.setattr(imap_module.IMAPClient, "add_flags" if after == "flag" else "move", counted)

    drain(source, MemoryLedger())
    assert commands == [100, 100]  # the last 50 wait for the next pass, or close
    source.close()

    assert commands == [100, 100, 50]
    if after == "flag":
        assert all(PROCESSED_FLAG in f for f in imap_account.flags().values())
    else:
        assert imap_account.uids("INBOX") == []
        assert len(imap_account.uids("Đã xử lý")) == 250


def test_250_messages_in_batches_of_100_all_come_in_order(
    imap_account: ImapAccount, imap_config: Config
) -> None:
    """GIVEN 250 messages and batch_size = 100 WHEN fetched THEN all 250 come, in UID order."""
    uids = imap_account.append_many(message(n) for n in range(250))
    source = ImapSource(imap_config(batch_size=100))

    got = drain(source, MemoryLedger())
    source.close()

    assert [m.item for m in got] == [str(uid) for uid in uids]
    assert [m.data for m in got] == [message(n) for n in range(250)]


def test_bare_lf_message_comes_back_with_crlf(
    imap_account: ImapAccount, source: ImapSource
) -> None:
    """GIVEN a message with bare LF line ends WHEN fetched over IMAP THEN Dovecot returns
    it with CRLF (so its hash differs from the same file read from a Maildir)."""
    imap_account.append(b"Subject: lf\nMessage-ID: <lf@x>\n\nline\n")

    (raw,) = drain(source, MemoryLedger())

    assert raw.data == b"Subject: lf\r\nMessage-ID: <lf@x>\r\n\r\nline\r\n"


def test_make_source_builds_an_imap_source(imap_config: Config) -> None:
    """GIVEN an [mailbox] section of kind imap WHEN make_source THEN an ImapSource whose
    name says user, server and folder."""
    config = imap_config()
    source = make_source(config)

    assert isinstance(source, ImapSource)
    assert source.name == f"imap://{config.username}@127.0.0.1:{config.port}/INBOX"


def test_backoff_delays_double_up_to_five_minutes() -> None:
    """GIVEN repeated failures WHEN asking how long to wait THEN 1, 2, 4 ... up to 300 s."""
    delays = backoff_delays()

    assert [next(delays) for _ in range(11)] == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def test_starttls_on_a_server_without_it_is_a_mailbox_error(imap_config: Config) -> None:
    """GIVEN security = "starttls" and a server that does not offer it WHEN checking THEN
    MailboxError says so and hints at the security setting."""
    with pytest.raises(MailboxError, match="does not offer STARTTLS") as caught:
        ImapSource(imap_config(security="starttls")).check()

    assert "security" in (caught.value.hint or "")


def test_ssl_on_a_plain_port_is_a_mailbox_error(imap_config: Config) -> None:
    """GIVEN security = "ssl" on a port that speaks plain IMAP WHEN checking THEN
    MailboxError says the server does not speak TLS there."""
    with pytest.raises(MailboxError, match="does not speak TLS on this port"):
        ImapSource(imap_config(security="ssl")).check()
