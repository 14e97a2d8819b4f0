"""Stage "authenticity": did the unit really send it?

The unit of a report comes from its From address (identify.py), which anyone can write.
What vouches for it is the office's own receiving server: it checks DKIM, SPF and DMARC
and writes its verdicts in an Authentication-Results header (RFC 8601) that starts with
its name, the `authserv_id` of [authentication].  Only those headers count: one written
by the sender, or by a relay on the way, says what its writer wants and is ignored.  A
server may write several (OpenDKIM and OpenDMARC one each, or a second pass after a
content filter); for each method the topmost, the last it wrote, is its verdict.

A report is held, with the reason in Vietnamese, when
- a verdict of `require` is not "pass", or passes for another domain than the From
  address's (a forger's own DKIM signature, his own envelope sender);
- its address is not in the unit directory while its mail names a unit (the address is
  proposed to the administrator; a clerk confirms the report);
- its Reply-To leads elsewhere than the unit's own addresses: answers would go to
  whoever wrote it.
Such a report never replaces the current report of its unit, form and week (store.py):
it waits beside it in the review queue until a clerk decides.

With `verify_dkim`, intake also verifies DKIM signatures itself (dkimpy) when "dkim" is
required and the server's verdict does not already pass.  That needs DNS to the sender's
domain: a DNS failure is "could not verify", not a bad signature.  It is the only
network access of `pipeline.analyse`, and `dns` replaces it in tests.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import authres

from intake.models import ParsedMessage, Problem, Report, Status

if TYPE_CHECKING:
    from intake.config import Authentication
    from intake.context import Context

# The problems about who sent a report: store.py keeps such a report beside the current one.
UNLISTED, REPLY_TO, REUSED_ID = "sender_unlisted", "sender_reply_to", "sender_message_id"
METHODS = ("dkim", "spf", "dmarc")
SENDER_DOUBTS = frozenset({UNLISTED, REPLY_TO, REUSED_ID, *(f"sender_{m}" for m in METHODS)})

SERVER, INTAKE = "server", "intake"  # who judged a verdict
PASS = "pass"
# Where each method's result names the domain it speaks for, most telling first.
_DOMAIN_OF = {
    "dkim": ("header.d", "header.i"),
    "spf": ("smtp.mailfrom", "smtp.helo"),
    "dmarc": ("header.from",),
}

Dns = Callable[..., bytes | None]  # dkimpy's dnsfunc: (name: bytes, timeout=...) -> TXT record


@dataclass(frozen=True)
class Verdict:
    """One check of a message: "pass", "fail", "none", "temperror"..., for a domain."""

    method: str  # "dkim", "spf" or "dmarc"
    result: str
    domain: str = ""  # the domain it speaks for; "" when the header does not say
    by: str = SERVER  # the office's receiving server, or intake itself (DKIM)


@dataclass(frozen=True)
class Sender:
    """What a message says about who sent it."""

    address: str  # the From address, lower-case
    reply_to: tuple[str, ...] = ()
    verdicts: tuple[Verdict, ...] = ()  # the server's first, then intake's own

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]


# -- the stage -------------------------------------------------------------------------


def vouch(
    data: bytes,
    parsed: ParsedMessage,
    reports: tuple[Report, ...],
    context: Context,
    dns: Dns | None = None,
) -> tuple[Report, ...]:
    """The reports of a message, each held when who sent it is in doubt."""
    if not reports:
        return reports
    sender = sender_of(data, parsed, context.authentication, dns)
    return tuple(_held(r, doubts(sender, r.unit, context)) for r in reports)


def sender_of(
    data: bytes, parsed: ParsedMessage, settings: Authentication, dns: Dns | None = None
) -> Sender:
    """The sender as the headers show it: From, Reply-To, the office server's verdicts,
    and intake's own DKIM verdict when it is needed."""
    fields = header_fields(data, {"authentication-results", "reply-to"})
    replies = [v for n, v in fields if n == "reply-to"]
    results = [v for n, v in fields if n == "authentication-results"]
    sender = Sender(
        parsed.sender,
        tuple(a.lower() for _, a in email.utils.getaddresses(replies) if a),
        server_verdicts(results, settings.authserv_id),
    )
    if _needs_own_dkim(sender, settings):
        return replace(sender, verdicts=(*sender.verdicts, *own_dkim(data, dns)))
    return sender


def doubts(sender: Sender, unit: str | None, context: Context) -> list[Problem]:
    """Why the report of `unit` in a mail from `sender` may not be the unit's."""
    required = context.authentication.require
    found = [_unproven(m, sender) for m in METHODS if m in required]
    found += [_unlisted(sender, unit, context), _replies_elsewhere(sender, unit, context)]
    return [p for p in found if p is not None]


def accepted_but_for_address(report: Report) -> bool:
    """Accepted, or held only because its address is new to the directory: the address
    such a report came from is proposed to the administrator."""
    return report.status is Status.ACCEPTED or {p.code for p in report.problems} == {UNLISTED}


def reused_message_id(report: Report, earlier: int) -> Report:
    """`report` held: its mail has the Message-ID of an earlier one, with other content
    (store.reused_message_id).  A resend keeps its content; a forger may not."""
    problem = Problem(
        REUSED_ID,
        f"Thư có cùng mã thư (Message-ID) với thư #{earlier} đã nhận trước nhưng nội dung"
        " khác: có thể là thư giả mạo hoặc đã bị sửa, cần kiểm tra",
    )
    return _held(report, [problem])


def _held(report: Report, problems: list[Problem]) -> Report:
    if not problems:
        return report
    problems = [p for p in problems if p not in report.problems]
    return replace(report, status=Status.NEEDS_REVIEW, problems=(*report.problems, *problems))


# -- reading the headers ---------------------------------------------------------------


def header_fields(data: bytes, names: set[str]) -> list[tuple[str, str]]:
    """The header fields called `names`, every occurrence, topmost first, unfolded: the
    parsed message keeps only the first of each (mime.read_headers)."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    head = data[: min(ends)] if ends else data
    text = re.sub(r"\r?\n(?=[ \t])", "", head.decode("utf-8", "replace"))
    found = []
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() in names:
            found.append((name.strip().lower(), value.strip()))
    return found


def server_verdicts(values: Iterable[str], authserv_id: str) -> tuple[Verdict, ...]:
    """The verdicts of the Authentication-Results headers (their values, topmost first)
    that the office's server wrote; for each method, those of the topmost that states it."""
    if not authserv_id.strip():
        return ()
    stated: dict[str, list[Verdict]] = {}
    for header in _parsed(values):
        if header.authserv_id.lower() != authserv_id.strip().lower():
            continue  # the sender's, or a relay's: it says what its writer wants
        for method, verdicts in _by_method(header).items():
            stated.setdefault(method, verdicts)
    return tuple(v for verdicts in stated.values() for v in verdicts)


def _parsed(values: Iterable[str]) -> Iterator[authres.AuthenticationResultsHeader]:
    for value in values:
        try:
            yield authres.AuthenticationResultsHeader.parse_value(value)
        except authres.AuthResError:
            continue  # unreadable (Exchange Online writes no authserv-id): vouches for nothing


def _by_method(header: authres.AuthenticationResultsHeader) -> dict[str, list[Verdict]]:
    found: dict[str, list[Verdict]] = {}
    for result in header.results:
        method = str(result.method).lower()
        if method in _DOMAIN_OF:
            verdict = Verdict(method, str(result.result).lower(), _domain_of(method, result))
            found.setdefault(method, []).append(verdict)
    return found


def _domain_of(method: str, result: authres.AuthenticationResult) -> str:
    props = {f"{p.type}.{p.name}".lower(): str(p.value or "") for p in result.properties}
    value = next((props[k] for k in _DOMAIN_OF[method] if props.get(k)), "")
    return value.rpartition("@")[2].strip().strip('"').lower().rstrip(".")


# -- intake's own DKIM verification ----------------------------------------------------


def _needs_own_dkim(sender: Sender, settings: Authentication) -> bool:
    if not settings.verify_dkim or "dkim" not in settings.require:
        return False
    return not _passes([v for v in sender.verdicts if v.method == "dkim"], sender.domain)


def own_dkim(data: bytes, dns: Dns | None = None) -> tuple[Verdict, ...]:
    """Each DKIM signature of the message, verified here: pass, fail, or temperror when
    its key could not be looked up; ("none",) when the message is not signed."""
    import dkim  # only when asked: it needs DNS

    checker = dkim.DKIM(data, timeout=5)
    count = sum(1 for name, _ in checker.headers if name.lower() == b"dkim-signature")
    if not count:
        return (Verdict("dkim", "none", by=INTAKE),)
    return tuple(_verify(checker, i, dns or _txt_record) for i in range(count))


def _verify(checker, index: int, dns: Dns) -> Verdict:
    import dkim

    failures: list[Exception] = []

    def lookup(name: bytes, timeout: float = 5) -> bytes | None:
        try:
            return dns(name, timeout=timeout)
        except Exception as e:  # no answer at all: could not verify
            failures.append(e)
            raise dkim.DnsTimeoutError(str(e)) from e

    checker.domain = None
    try:
        valid = checker.verify(index, dnsfunc=lookup)
    except dkim.DKIMException:
        valid = False
    domain = (checker.domain or b"").decode("ascii", "replace").lower()
    result = PASS if valid else "temperror" if failures else "fail"
    return Verdict("dkim", result, domain, INTAKE)


def _txt_record(name: bytes, timeout: float = 5) -> bytes | None:
    """The TXT record of a DKIM key, None when the domain has none; any other DNS failure
    raises, so that it reads as "could not verify" rather than as a bad signature."""
    import dns.resolver

    try:
        answer = dns.resolver.resolve(name.decode("ascii"), "TXT", lifetime=timeout)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return None
    return b"".join(next(iter(answer)).strings)


# -- the problems ----------------------------------------------------------------------


def aligned(domain: str, sender_domain: str) -> bool:
    """Whether a verdict for `domain` speaks for the From address's domain: the same, or
    one within the other (relaxed alignment, RFC 7489).  A verdict that names no domain
    is taken as the server states it."""
    if not domain:
        return True
    d, s = domain.lower(), sender_domain.lower()
    return d == s or s.endswith("." + d) or d.endswith("." + s)


def _passes(verdicts: list[Verdict], sender_domain: str) -> bool:
    return any(v.result == PASS and aligned(v.domain, sender_domain) for v in verdicts)


def _unproven(method: str, sender: Sender) -> Problem | None:
    verdicts = [v for v in sender.verdicts if v.method == method]
    if _passes(verdicts, sender.domain):
        return None
    name, code = method.upper(), f"sender_{method}"
    if not verdicts:
        return Problem(
            code,
            f"Máy chủ thư không ghi kết quả kiểm tra {name} cho thư này: chưa xác nhận được"
            " thư do đơn vị gửi, cần kiểm tra",
        )
    shown = next((v for v in verdicts if aligned(v.domain, sender.domain)), verdicts[0])
    return Problem(code, _failed(name, shown, sender.domain))


def _failed(name: str, verdict: Verdict, sender_domain: str) -> str:
    forged = "có thể là thư giả mạo địa chỉ của đơn vị, cần kiểm tra"
    stated = f"{verdict.method}={verdict.result}"
    if verdict.result == PASS:  # for another domain
        return (
            f"Thư chỉ qua kiểm tra {name} cho tên miền {verdict.domain}, không phải tên miền"
            f" của địa chỉ gửi ({sender_domain or 'không có'}): {forged}"
        )
    if verdict.by == SERVER:
        return f"Thư không qua kiểm tra {name} của máy chủ thư ({stated}): {forged}"
    if verdict.result == "temperror":
        return (
            f"Không kiểm tra được chữ ký DKIM của thư (không tra cứu được khóa của tên miền"
            f" {verdict.domain} qua DNS): chưa xác nhận được thư do đơn vị gửi, cần kiểm tra"
        )
    return f"Thư không có chữ ký DKIM hợp lệ ({stated}): {forged}"


def _unlisted(sender: Sender, unit: str | None, context: Context) -> Problem | None:
    """A unit named in a mail from an address the directory does not know: anyone can
    write a unit's name, so a clerk confirms it (identify.py proposes the address)."""
    if unit is None or (sender.address and context.directory.by_email(sender.address)):
        return None
    known = context.directory.get(unit)
    address = sender.address or "(không có)"
    return Problem(
        UNLISTED,
        f"Địa chỉ gửi {address} chưa có trong danh bạ đơn vị, thư ghi là của"
        f" {known.name if known else unit}: cần xác nhận đúng là thư của đơn vị"
        " (nếu đúng, thêm địa chỉ vào danh bạ)",
    )


def _replies_elsewhere(sender: Sender, unit: str | None, context: Context) -> Problem | None:
    """A Reply-To outside the unit's own addresses: the unit's report, yet answers go
    elsewhere, which is how a forger reads the office's acknowledgment."""
    known = context.directory.get(unit) if unit else None
    if known is None:
        return None
    own = {e.lower() for e in known.emails} | {sender.address}
    elsewhere = [a for a in sender.reply_to if a not in own]
    if not elsewhere:
        return None
    return Problem(
        REPLY_TO,
        f"Thư đề nghị trả lời về địa chỉ {', '.join(elsewhere)}, không phải địa chỉ của"
        f" {known.name} trong danh bạ: có thể là thư giả mạo, cần kiểm tra",
    )
