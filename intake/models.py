"""The records that travel between the stages.

Each stage takes some of these and returns others; none of them knows about the
network, the disk or the clock.  Read top to bottom they follow the flow of a message:

    RawMessage -> ParsedMessage -> Classification -> Body -> Candidate -> Report
                                                              (Value, Problem)

and, for the weekly report, the stored records become a PeriodReport of FormTables.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property

from intake.text import fold_key

# ---------------------------------------------------------------------------
# Configuration data: the units that report and the forms they fill in.


@dataclass(frozen=True)
class Unit:
    """A reporting unit (commune, town, station...) from the unit directory."""

    id: str
    name: str
    code: str | None = None
    aliases: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phone: str = ""  # whom the office calls when the report is missing
    address: str = ""


@dataclass(frozen=True)
class Field:
    """One figure of a form."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    type: str = "count"  # "count" (whole number), "number", "minutes" (a duration)
    aggregate: str = "sum"  # "sum", "max", "min", "mean"
    required: bool = True
    min: float = 0
    max: float | None = None
    units: tuple[str, ...] = ()  # unit words that name it after a number: "24 lượt"
    wrong_units: tuple[str, ...] = ()  # units that are another measure: "850 hộ" is not people
    estimate: bool = False  # an estimate by nature ("ước số người nghe"): "hơn 2 nghìn" is fine
    running_total: bool = False  # counts what exists so far (installs): "lũy kế" is its nature

    @cached_property
    def unit_keys(self) -> frozenset[str]:
        """The unit words as the readers match them: folded ("lượt" -> "luot")."""
        return frozenset(fold_key(u) for u in self.units)


@dataclass(frozen=True)
class Schedule:
    """When a form is due, as its `[period]` declares it (see intake/cycles.py).

    A form without one follows the office's weekly `[period]` and `[reminders]`."""

    kind: str  # "weekly", "monthly", "quarterly", "yearly"
    deadline: time
    weekday: int = 3  # weekly: the deadline's weekday (Monday 0)
    end_day: int = 20  # the others: the period's last day of the month
    end_month: int = 12  # a quarter's or a year's last month
    due_days: int = 0  # the deadline, this many days after the period's last day
    late_grace_hours: float | None = None  # None: [period] late_grace_hours
    # Weekly: (weekday, time); the others: (days before the deadline, time).
    # None: [reminders] at for a weekly form, 3 and 1 days before at 09:00 for the others.
    reminders: tuple[tuple[int, time], ...] | None = None


@dataclass(frozen=True)
class Form:
    """A report form: what a unit is asked to send, and how it is summed."""

    id: str
    title: str
    fields: tuple[Field, ...]
    keywords: tuple[str, ...] = ()  # words that name the form in a subject or title
    sections: tuple[str, ...] = ()  # words that head a section of this form in a report
    units: tuple[str, ...] = ()  # ids of the units expected to send it; empty: all
    expected: bool = True  # due every period (a unit without it is "missing"), or on request
    schedule: Schedule | None = None  # its own period; None: the office's weekly [period]
    sheet_name: str = ""  # its sheet's name in the report workbook; "": from its title

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


# ---------------------------------------------------------------------------
# A message on its way through the stages.


@dataclass(frozen=True)
class RawMessage:
    """The bytes of one message as the mailbox gave them, and where they came from."""

    data: bytes
    source: str  # a stable name of the mailbox, e.g. "imap://user@host:993/INBOX"
    item: str | None = None  # the IMAP UID or the Maildir key
    uidvalidity: int | None = None
    arrived_at: datetime | None = None  # IMAP INTERNALDATE or the file's time

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    inline: bool = False  # shown in the body (a logo in a signature), not attached


@dataclass(frozen=True)
class ParsedMessage:
    """The parts of a message that the later stages read, decoded to text (NFC)."""

    message_id: str | None
    subject: str
    sender: str  # the From address, lower-case
    sender_name: str
    recipients: tuple[str, ...]
    date: datetime | None
    headers: Mapping[str, str]  # lower-case names, first occurrence, decoded
    text: str  # the plain text body (from the HTML part when there is no plain one)
    html: str
    attachments: tuple[Attachment, ...] = ()
    content_type: str = "text/plain"
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    defects: tuple[str, ...] = ()


class Kind(StrEnum):
    REPORT = "report"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    LIST = "list"
    OWN = "own"  # the office's own mail coming back
    APPROVAL = "approval"  # an approver's "Đồng ý" to a draft report
    OTHER = "other"


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reason: str


@dataclass(frozen=True)
class Body:
    """The body of a message split into what the sender wrote now and the rest."""

    text: str  # the new text, without quotes or signature
    quoted: str = ""
    signature: str = ""
    forwarded: bool = False
    carried: str = ""  # the text of the forwarded message, as it came (part of `text`)
    forwarded_date: str | None = None  # the "Date:"/"Sent:" line of the forwarded message
    forwards_office: bool = False  # it forwards the office's own mail (a summary, a reminder)


@dataclass(frozen=True)
class Problem:
    """Why a report is held for review, said in Vietnamese for the clerk."""

    code: str
    message: str
    field: str | None = None


@dataclass(frozen=True)
class Value:
    """One figure read from a message, with where it came from and how it was read."""

    field: str
    value: float
    raw: str
    source: str  # e.g. "nội dung thư, dòng 3" or "baocao.xlsx, Sheet1!C5"
    how: str  # e.g. "nhãn", "bảng"
    approximate: bool = False  # "khoảng", "ước", "gần": an estimate, as the form asks
    doubt: str | None = None  # why the reading is uncertain (Vietnamese), or None


# Where a candidate was found when it is not an attachment (whose file name is its origin).
BODY = "nội dung thư"
SUBJECT = "tiêu đề thư"


@dataclass(frozen=True)
class Candidate:
    """The figures of one form found in one place of a message (body, table, row)."""

    form: str
    values: tuple[Value, ...]
    origin: str
    unit_text: str | None = None  # a unit named by this place (a table row, a header)
    heading: str | None = None  # an attachment's name and first lines: whose document it is
    period_text: str | None = None
    weeks_back: int = 0  # under a "Tuần trước:" heading: the week before the message's
    problems: tuple[Problem, ...] = ()


class Status(StrEnum):
    ACCEPTED = "accepted"
    NEEDS_REVIEW = "needs_review"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Report:
    """A report as the stages understood it: accepted, or held with its problems."""

    unit: str | None
    form: str | None
    period_end: date | None
    values: Mapping[str, float]
    status: Status
    problems: tuple[Problem, ...] = ()
    sources: tuple[Value, ...] = ()
    received_at: datetime | None = None
    late: bool | None = None
    origin: str = ""


@dataclass(frozen=True)
class Analysis:
    """Everything the stages learned about one message; `intake parse` prints this."""

    parsed: ParsedMessage
    classification: Classification
    body: Body | None = None
    reports: tuple[Report, ...] = ()


# ---------------------------------------------------------------------------
# The weekly report.


class Timeliness(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"
    REVIEW = "review"  # received, but held for review


class Standing(StrEnum):
    """Where a unit stands for one form and one period: the one definition of "reported"
    that status, completeness, the report and its summary share (aggregate.standing).

    Only ON_TIME and LATE count as reported: a held report is not yet in the totals, a
    rejected one counts as not sent, and a period whose deadline has not passed is never
    missing."""

    ON_TIME = "on_time"
    LATE = "late"
    HELD = "review"
    REJECTED = "rejected"
    MISSING = "missing"
    NOT_DUE = "not_due"

    @property
    def reported(self) -> bool:
        return self in (Standing.ON_TIME, Standing.LATE)

    @property
    def timeliness(self) -> Timeliness:
        """The column a rendered report shows: rejected and not yet due read as missing."""
        return _TIMELINESS.get(self, Timeliness.MISSING)


_TIMELINESS = {
    Standing.ON_TIME: Timeliness.ON_TIME,
    Standing.LATE: Timeliness.LATE,
    Standing.HELD: Timeliness.REVIEW,
}


@dataclass(frozen=True)
class Row:
    unit: Unit
    timeliness: Timeliness
    values: Mapping[str, float] = field(default_factory=dict)
    received_at: datetime | None = None
    report_id: int | None = None
    late_by: timedelta | None = None  # how long after the deadline a late report came
    standing: Standing | None = None  # set by aggregate: rejected and not yet due apart


@dataclass(frozen=True)
class FormTable:
    form: Form
    rows: tuple[Row, ...]
    totals: Mapping[str, float]

    def count(self, timeliness: Timeliness) -> int:
        return sum(1 for r in self.rows if r.timeliness is timeliness)

    def reported(self) -> int:
        """The units whose report is in the totals (on time or late): what the report's
        "12/14 đơn vị đã báo cáo" and `intake status` both say."""
        return self.count(Timeliness.ON_TIME) + self.count(Timeliness.LATE)


@dataclass(frozen=True)
class Correction:
    """A unit's figures changed after the report of their period was sent."""

    unit: Unit
    form: Form
    period_end: date
    before: Mapping[str, float]  # as in the report that was sent (empty: it was missing)
    after: Mapping[str, float]  # as they are now (empty: no longer accepted)
    received_at: datetime | None = None


@dataclass(frozen=True)
class PeriodReport:
    """The consolidated report of one period, ready to render."""

    period_start: date
    period_end: date
    deadline: datetime
    generated_at: datetime
    office: str
    tables: tuple[FormTable, ...]
    corrections: tuple[Correction, ...] = ()  # to earlier periods' reports, since they were sent
    version: int = 1
    replaces: datetime | None = None  # when the report this one replaces was sent
    number: str | None = None  # "05/BC-VHTT" when numbered automatically
    noun: str = "tuần"  # what the period is called: "tuần", "tháng", "quý", "năm"
