"""Stage "classify": is this message a unit's report, or something else?

Only messages classified REPORT go on to extraction.  The rest are kept (archived and
recorded with the reason) but never yield a report:

- OWN: sent from the office's own addresses (its reminders and summaries coming back);
- BOUNCE: delivery-status notifications (RFC 3464 multipart/report, mailer-daemon);
- AUTO_REPLY: RFC 3834 Auto-Submitted, X-Autoreply, Precedence auto_reply/bulk/junk,
  out-of-office subjects in Vietnamese and English;
- LIST: mailing lists and newsletters (List-Id, List-Unsubscribe, Precedence: list);
- APPROVAL: an approver's "Đồng ý" in reply to a draft of the report;
- OTHER: spam flagged by the server, meeting invitations (a calendar part), photos of an
  event sent for the news.
Whether a REPORT really holds figures is decided later: without any, it becomes OTHER.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from intake.extract import IMAGES
from intake.extract.asides import is_plan_heading
from intake.models import Body, Classification, Kind, ParsedMessage
from intake.text import fold, fold_key

if TYPE_CHECKING:
    from intake.context import Context

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


def classify(message: ParsedMessage, body: Body, context: Context) -> Classification:
    for rule in (_approval, _own, _bounce, _auto_reply, _mailing_list, _spam, _invitation):
        found = rule(message, body, context)
        if found:
            return found
    if body.forwards_office and not _labels(body.text, context):
        return Classification(Kind.OWN, "thư của văn phòng được đơn vị chuyển lại")
    if _event_photos(message, body, context):
        return Classification(Kind.OTHER, "ảnh hoạt động, không có số liệu")
    if _plan(message, body):
        return Classification(Kind.OTHER, "kế hoạch, không phải báo cáo kết quả")
    return Classification(Kind.REPORT, "thư của đơn vị")


_AGREE = re.compile(r"(?<!khong )(?<!chua )\bdong y\b")


def _approval(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
    """An approver's reply whose new text says "Đồng ý" (not "không đồng ý", "chưa đồng
    ý") to the draft of a report."""
    if m.sender not in context.approvers:
        return None
    reply = bool(m.in_reply_to or m.subject.lower().startswith("re"))
    if reply and _AGREE.search(fold_key(body.text)):
        return Classification(Kind.APPROVAL, "đồng ý gửi báo cáo")
    return None


def _own(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
    if m.sender and m.sender in context.own_addresses:
        return Classification(Kind.OWN, f"thư gửi từ địa chỉ của văn phòng ({m.sender})")
    return None


def _bounce(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
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


def _auto_reply(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
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


def _mailing_list(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
    h = m.headers
    if "list-id" in h or "list-unsubscribe" in h or h.get("precedence", "").lower() == "list":
        return Classification(Kind.LIST, "thư từ danh sách thư hoặc bản tin")
    return None


def _spam(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
    if m.headers.get("x-spam-flag", "").strip().upper() == "YES":
        return Classification(Kind.OTHER, "thư rác (X-Spam-Flag)")
    return None


def _invitation(m: ParsedMessage, body: Body, context: Context) -> Classification | None:
    calendar = [
        a
        for a in m.attachments
        if a.content_type == "text/calendar" or a.filename.lower().endswith(".ics")
    ]
    if calendar or "text/calendar" in m.headers.get("content-type", "").lower():
        return Classification(Kind.OTHER, "lời mời họp (lịch)")
    return None


_PHOTO_WORDS = re.compile(r"\b(anh|hinh anh|hinh)\b")
_REPORT_WORDS = re.compile(r"\b(bao cao|bc|so lieu|bieu mau|mau)\b")


def _event_photos(m: ParsedMessage, body: Body, context: Context) -> bool:
    """Photos of an activity sent for the news ("Em gửi ảnh buổi tuyên truyền lưu động"):
    only pictures attached, words about pictures that never say "báo cáo", and no label
    of a form's field.  A photo of the report itself ("em gửi ảnh chụp báo cáo tuần") is
    read, and held for a clerk to confirm."""
    attached = [a for a in m.attachments if not a.inline]
    if not attached or not all(
        a.content_type.startswith("image/") or a.filename.lower().endswith(IMAGES) for a in attached
    ):
        return False
    text = f"{m.subject}\n{body.text}"
    words = fold_key(text)
    if not _PHOTO_WORDS.search(words) or _REPORT_WORDS.search(words):
        return False
    return not _labels(text, context)


def _labels(text: str, context: Context) -> bool:
    """Whether a text names any field of the forms."""
    return next(iter(context.fields.find(text)), None) is not None


_RESULTS = re.compile(r"\b(bao cao|bc|ket qua|da thuc hien|so lieu tuan)\b")


def _plan(m: ParsedMessage, body: Body) -> bool:
    """A plan sent on its own: its subject, or its first line, is a plan's heading ("Kế
    hoạch tuyên truyền tuần tới") and it never speaks of a report or of results."""
    first = next((line for line in body.text.split("\n") if line.strip()), "")
    if not (is_plan_heading(m.subject) or is_plan_heading(first)):
        return False
    return not _RESULTS.search(fold_key(f"{m.subject}\n{body.text}"))


def _param(content_type: str, name: str) -> str:
    match = re.search(rf'{name}\s*=\s*"?([^";\s]+)', content_type, re.IGNORECASE)
    return match[1].lower() if match else ""
