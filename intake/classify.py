"""Stage "classify": is this message a unit's report, or something else?

Only messages classified REPORT go on to extraction.  The rest are kept (archived and
recorded with the reason) but never yield a report:

- OWN: sent from the office's own addresses (its reminders and summaries coming back);
- BOUNCE: delivery-status notifications (RFC 3464 multipart/report, mailer-daemon);
- AUTO_REPLY: RFC 3834 Auto-Submitted, X-Autoreply, Precedence auto_reply/bulk/junk,
  out-of-office subjects in Vietnamese and English;
- LIST: mailing lists and newsletters (List-Id, List-Unsubscribe, Precedence: list);
- OTHER: spam flagged by the server, meeting invitations (a calendar part).
Whether a REPORT really holds figures is decided later: without any, it becomes OTHER.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from intake.models import Classification, Kind, ParsedMessage
from intake.text import fold

_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|bounce[s]?)([@+.-]|$)")
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery (status|failure|has failed|notification)|returned mail|"
    r"mail delivery failed|failure notice|khong gui duoc|khong the gui|gui that bai|"
    r"thu bi tra lai|khong chuyen duoc"
)
_AUTO_SUBJECT = re.compile(
    r"^(auto(matic)?[ -]?(reply|response|answer)|auto:|out of (the )?office|"
    r"tra loi tu dong|phan hoi tu dong|thu tra loi tu dong|vang mat|dang nghi phep|"
    r"ngoai van phong|tu dong tra loi)"
)
_AUTO_PRECEDENCE = {"auto_reply", "bulk", "junk"}


def classify(message: ParsedMessage, own_addresses: Collection[str] = ()) -> Classification:
    for rule in (_own, _bounce, _auto_reply, _mailing_list, _spam, _invitation):
        found = rule(message, own_addresses)
        if found:
            return found
    return Classification(Kind.REPORT, "thư của đơn vị")


def _own(m: ParsedMessage, own: Collection[str]) -> Classification | None:
    if m.sender and m.sender in own:
        return Classification(Kind.OWN, f"thư gửi từ địa chỉ của văn phòng ({m.sender})")
    return None


def _bounce(m: ParsedMessage, own: Collection[str]) -> Classification | None:
    if m.content_type == "multipart/report":
        report_type = _param(m.headers.get("content-type", ""), "report-type")
        if report_type == "disposition-notification":
            return Classification(Kind.AUTO_REPLY, "thông báo đã đọc thư (read receipt)")
        return Classification(Kind.BOUNCE, "thông báo lỗi chuyển thư (delivery status)")
    if _BOUNCE_SENDERS.match(m.sender):
        return Classification(Kind.BOUNCE, f"thư từ hệ thống thư ({m.sender})")
    if not m.sender and _BOUNCE_SUBJECT.search(fold(m.subject)):
        return Classification(Kind.BOUNCE, "thông báo lỗi chuyển thư")
    return None


def _auto_reply(m: ParsedMessage, own: Collection[str]) -> Classification | None:
    h = m.headers
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return Classification(Kind.AUTO_REPLY, f"thư tự động (Auto-Submitted: {auto})")
    if any(k in h for k in ("x-autoreply", "x-autorespond", "x-auto-response-suppress-all")):
        return Classification(Kind.AUTO_REPLY, "thư trả lời tự động (X-Autoreply)")
    if h.get("precedence", "").strip().lower() in _AUTO_PRECEDENCE:
        return Classification(Kind.AUTO_REPLY, f"thư tự động (Precedence: {h['precedence']})")
    if _AUTO_SUBJECT.search(fold(m.subject)):
        return Classification(Kind.AUTO_REPLY, f"thư trả lời tự động ({m.subject})")
    return None


def _mailing_list(m: ParsedMessage, own: Collection[str]) -> Classification | None:
    h = m.headers
    if "list-id" in h or "list-unsubscribe" in h or h.get("precedence", "").lower() == "list":
        return Classification(Kind.LIST, "thư từ danh sách thư hoặc bản tin")
    return None


def _spam(m: ParsedMessage, own: Collection[str]) -> Classification | None:
    if m.headers.get("x-spam-flag", "").strip().upper() == "YES":
        return Classification(Kind.OTHER, "thư rác (X-Spam-Flag)")
    return None


def _invitation(m: ParsedMessage, own: Collection[str]) -> Classification | None:
    calendar = [
        a
        for a in m.attachments
        if a.content_type == "text/calendar" or a.filename.lower().endswith(".ics")
    ]
    if calendar or "text/calendar" in m.headers.get("content-type", "").lower():
        return Classification(Kind.OTHER, "lời mời họp (lịch)")
    return None


def _param(content_type: str, name: str) -> str:
    match = re.search(rf'{name}\s*=\s*"?([^";\s]+)', content_type, re.IGNORECASE)
    return match[1].lower() if match else ""
