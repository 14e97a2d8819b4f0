"""Who sent a report: the office server's verdicts, intake's own DKIM check, the unit
directory and Reply-To; a doubted report is held and never replaces the current one."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import dkim
import pytest

from intake import config, review
from intake.authenticity import REPLY_TO, UNLISTED, server_verdicts
from intake.config import Authentication
from intake.context import Context
from intake.models import Classification, Kind, RawMessage, Status
from intake.pipeline import analyse
from intake.store import Store
from tests.mail import message

ROOT = Path(__file__).resolve().parent.parent
FULL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
UNIT_ADDRESS = "banbo.tamduong@laichau.gov.vn"
SERVER = "mx.laichau.gov.vn"
NOW = datetime(2021, 2, 4, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


def requiring(context: Context, *methods: str, verify_dkim: bool = False) -> Context:
    settings = Authentication(authserv_id=SERVER, require=methods, verify_dkim=verify_dkim)
    return replace(context, authentication=settings)


def read(context: Context, data: bytes, dns=None):
    [r] = analyse(data, context).reports if dns is None else _with_dns(data, context, dns)
    return r


def codes(report) -> list[str]:
    return [p.code for p in report.problems]


def results(header: str) -> dict[str, str]:
    return {"Authentication-Results": header}


# -- the office server's verdicts --------------------------------------------------------


def test_a_forged_report_failing_spf_and_dmarc_is_held_with_the_reason(context):
    m = message(
        FULL,
        headers=results(
            f"{SERVER}; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=laichau.gov.vn"
        ),
    )
    r = read(requiring(context, "spf", "dmarc"), m.as_bytes())
    assert r.status is Status.NEEDS_REVIEW
    assert codes(r) == ["sender_spf", "sender_dmarc"]
    assert "giả mạo" in r.problems[0].message


def test_verdicts_written_by_anyone_but_the_office_server_are_ignored(context):
    m = message(FULL, headers=results("relay.evil.example; spf=pass dmarc=pass"))
    r = read(requiring(context, "dmarc"), m.as_bytes())
    assert codes(r) == ["sender_dmarc"]
    assert "không ghi kết quả kiểm tra DMARC" in r.problems[0].message


def test_a_report_that_passes_the_required_checks_is_accepted(context):
    m = message(
        FULL,
        headers=results(
            f"{SERVER}; spf=pass smtp.mailfrom=laichau.gov.vn;"
            " dmarc=pass header.from=laichau.gov.vn"
        ),
    )
    assert read(requiring(context, "spf", "dmarc"), m.as_bytes()).status is Status.ACCEPTED


def test_a_pass_for_another_domain_does_not_vouch_for_the_sender(context):
    m = message(FULL, headers=results(f"{SERVER}; dkim=pass header.d=evil.example"))
    r = read(requiring(context, "dkim"), m.as_bytes())
    assert codes(r) == ["sender_dkim"] and "evil.example" in r.problems[0].message


def test_the_topmost_header_of_the_office_server_is_its_verdict():
    verdicts = server_verdicts(
        [f"{SERVER}; spf=fail smtp.mailfrom=a.vn", f"{SERVER}; spf=pass smtp.mailfrom=a.vn"],
        SERVER,
    )
    assert [(v.method, v.result) for v in verdicts] == [("spf", "fail")]


def test_an_unreadable_header_vouches_for_nothing():
    assert server_verdicts(["; ;;; spf", "garbage without a name"], SERVER) == ()


# -- the directory and Reply-To ----------------------------------------------------------


def test_a_reply_to_outside_the_unit_s_addresses_is_held(context):
    m = message(FULL, headers={"Reply-To": "someone@evil.example"})
    r = read(context, m.as_bytes())
    assert codes(r) == [REPLY_TO] and "someone@evil.example" in r.problems[0].message


def test_a_reply_to_the_unit_s_own_address_is_fine(context):
    m = message(FULL, headers={"Reply-To": UNIT_ADDRESS.upper()})
    assert read(context, m.as_bytes()).status is Status.ACCEPTED


def test_a_stranger_naming_a_unit_is_held_until_a_clerk_confirms(context):
    m = message(FULL, sender="someone@gmail.com", subject="Báo cáo tuần xã Bản Bo")
    r = read(context, m.as_bytes())
    assert (r.unit, codes(r)) == ("ban_bo", [UNLISTED])
    assert "someone@gmail.com" in r.problems[0].message


# -- intake's own DKIM check (dkimpy, with the key served by a stand-in for DNS) ---------


@pytest.fixture(scope="module")
def key(tmp_path_factory) -> tuple[bytes, bytes]:
    """A fresh RSA key (openssl): the private key, and its DNS TXT record."""
    folder = tmp_path_factory.mktemp("dkim")
    private = folder / "key.pem"
    subprocess.run(
        ["openssl", "genrsa", "-out", str(private), "2048"], check=True, capture_output=True
    )
    public = subprocess.run(
        ["openssl", "rsa", "-in", str(private), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    import base64

    return private.read_bytes(), b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


def signed(private: bytes) -> bytes:
    data = message(FULL).as_bytes()
    signature = dkim.sign(
        data,
        b"mail",
        b"laichau.gov.vn",
        private,
        include_headers=[b"From", b"Subject", b"Date", b"To"],
    )
    return signature + data


def _with_dns(data: bytes, context: Context, dns):
    from intake import authenticity

    found = analyse(data, replace(context, authentication=Authentication()))
    return authenticity.vouch(data, found.parsed, found.reports, context, dns)


def test_a_good_dkim_signature_verified_by_intake_is_accepted(context, key):
    private, record = key
    dns = {b"mail._domainkey.laichau.gov.vn.": record}
    r = read(
        requiring(context, "dkim", verify_dkim=True),
        signed(private),
        dns=lambda name, timeout=5: dns.get(name),
    )
    assert r.status is Status.ACCEPTED, r.problems


def test_a_changed_signed_report_fails_dkim_and_is_held(context, key):
    private, record = key
    dns = {b"mail._domainkey.laichau.gov.vn.": record}
    tampered = signed(private).replace(b"36", b"63")
    r = read(
        requiring(context, "dkim", verify_dkim=True),
        tampered,
        dns=lambda name, timeout=5: dns.get(name),
    )
    assert codes(r) == ["sender_dkim"] and "dkim=fail" in r.problems[0].message


def test_a_dns_failure_is_could_not_verify_not_a_forgery(context, key):
    private, _ = key

    def down(name, timeout=5):
        raise OSError("no route to the DNS server")

    r = read(requiring(context, "dkim", verify_dkim=True), signed(private), dns=down)
    assert codes(r) == ["sender_dkim"] and "DNS" in r.problems[0].message


# -- a doubted report never replaces the current one -----------------------------------


def test_a_doubted_report_waits_beside_the_accepted_one_until_a_clerk_accepts_it(context, tmp_path):
    store = Store.open(tmp_path / "intake.sqlite")
    try:
        real = read(context, message(FULL).as_bytes())
        forged = read(
            context,
            message(FULL.replace("36", "99"), headers={"Reply-To": "x@evil.example"}).as_bytes(),
        )
        forged = replace(forged, received_at=real.received_at.replace(hour=23))
        for n, r in enumerate((real, forged)):
            raw = RawMessage(f"Message-ID: <{n}@x>\r\n\r\n{n}".encode(), "test", str(n), 1)
            mid, _ = store.record_message(raw, f"{n}.eml", {"message_id": f"<{n}@x>"}, NOW)
            [stored] = store.finish_message(mid, Classification(Kind.REPORT, ""), [r], NOW)
        current = store.conn.execute(
            "SELECT id, status FROM reports WHERE is_current = 1"
        ).fetchall()
        assert [tuple(c) for c in current] == [(1, "accepted")]
        assert [h.report.id for h in review.queue(store)] == [stored]

        accepted = review.accept(store, context, stored, by="clerk", now=NOW)
        current = store.conn.execute("SELECT id FROM reports WHERE is_current = 1").fetchall()
        assert [c[0] for c in current] == [accepted.id] and accepted.values["broadcasts"] == 99
    finally:
        store.close()
