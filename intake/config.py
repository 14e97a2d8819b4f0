"""The configuration: one TOML file, read once, validated whole, frozen.

Every problem is reported at once, each with the file and the key, e.g.

    config/office.toml: 2 problems
      [mailbox] port: must be a whole number (got "imap")
      [period] deadline: write a weekday and a time, like "thursday 16:00"

The messages are i18n.Words: English in `str(error)` (logs, the library's callers), in
the command's language where the CLI shows them.

Paths are relative to the folder of the configuration file.  Passwords never live in the
file: `password_env` names an environment variable, `password_file` a file; they are read
only when a connection is made, and never printed.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loguru import logger
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from intake.database import POSTGRES_SCHEMES
from intake.errors import ConfigError
from intake.i18n import N_, Joined, Words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class WeeklyTime:
    """A weekday and a time of day, written "thursday 16:00"."""

    weekday: int  # Monday is 0
    at: time

    def __str__(self) -> str:
        return f"{WEEKDAYS[self.weekday]} {self.at:%H:%M}"


def parse_weekly_time(text: str) -> WeeklyTime:
    match = re.fullmatch(r"\s*([a-z]+)\s+(\d{1,2})[:h](\d{2})\s*", text.lower())
    if not match or match[1] not in WEEKDAYS or int(match[2]) > 23 or int(match[3]) > 59:
        raise ValueError(
            Words('write a weekday and a time, like "thursday 16:00" (got "{text}")', text=text)
        )
    return WeeklyTime(WEEKDAYS.index(match[1]), time(int(match[2]), int(match[3])))


def _weekly(value: Any) -> WeeklyTime:
    if isinstance(value, WeeklyTime):
        return value
    if not isinstance(value, str):
        raise ValueError(Words('write a weekday and a time, like "thursday 16:00"'))
    return parse_weekly_time(value)


def _relative_path(value: Path, info: ValidationInfo) -> Path:
    base = (info.context or {}).get("base")
    value = value.expanduser()
    return value if value.is_absolute() or base is None else Path(os.path.normpath(base / value))


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            Words('unknown time zone "{zone}" (e.g. "Asia/Ho_Chi_Minh")', zone=value)
        ) from None
    return value


def _email(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"[^@\s<>]+@[^@\s<>.]+(\.[^@\s<>.]+)*", value):
        raise ValueError(Words('"{value}" is not an email address', value=value))
    return value.lower()


ConfigPath = Annotated[Path, AfterValidator(_relative_path)]


def _database(value: object) -> object:
    """A PostgreSQL address stays a string; anything else is a path to an SQLite file."""
    if isinstance(value, str) and value.startswith(POSTGRES_SCHEMES):
        return value
    return Path(value) if isinstance(value, str) else value


# The forms of the checkout intake runs from (`make install` installs it in place, so
# config/ sits beside the package): found from any folder, whatever the configuration.
SHIPPED_FORMS = Path(__file__).resolve().parent.parent / "config" / "forms"
Weekly = Annotated[WeeklyTime, BeforeValidator(_weekly)]
Email = Annotated[str, AfterValidator(_email)]
Security = Literal["ssl", "starttls", "none"]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)


class _Login(_Section):
    """Username and where the password comes from."""

    username: str = ""
    password_env: str | None = None
    password_file: ConfigPath | None = None

    @model_validator(mode="after")
    def _one_password_source(self) -> _Login:
        if self.password_env and self.password_file:
            raise ValueError(Words("give password_env or password_file, not both"))
        return self

    def password(self, section: str) -> str:
        """Read the password now; the error names where it was looked for, never it."""
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise ConfigError(
                    Words(
                        "[{section}] password_env: the environment variable {name} is not set",
                        section=section,
                        name=self.password_env,
                    ),
                    hint=Words("export {name}=... before starting intake", name=self.password_env),
                )
            return value
        if self.password_file:
            try:
                _warn_if_shared(self.password_file, section)
                return self.password_file.read_text(encoding="utf-8").strip()
            except OSError as e:
                raise ConfigError(
                    Words(
                        "[{section}] password_file: cannot read {path}: {error}",
                        section=section,
                        path=self.password_file,
                        error=e.strerror,
                    )
                ) from None
        return ""


def _warn_if_shared(path: Path, section: str) -> None:
    """A password file others may read is a password others may know: said, not refused
    (refusing would stop the office's mail on a permission)."""
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        logger.warning(
            "[{}] password_file {} can be read by other users (mode {:o}); run: chmod 600 {}",
            section,
            path,
            mode,
            path,
        )


class ImapMailbox(_Login):
    kind: Literal["imap"]
    host: str
    username: str = Field(min_length=1)  # a mailbox is always logged in to
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "ssl"
    folder: str = "INBOX"
    poll_seconds: int = Field(default=60, ge=5)
    idle: bool = True
    after: Literal["keep", "flag", "move"] = "keep"
    move_to: str = "Processed"
    batch_size: int = Field(default=100, ge=1, le=1000)
    # a pass asks for the UIDs above the last one read; every so often, for all of them
    reconcile_hours: float = Field(default=1, ge=0)

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


class MaildirMailbox(_Section):
    kind: Literal["maildir"]
    path: ConfigPath
    poll_seconds: int = Field(default=60, ge=1)


class SmtpTransport(_Login):
    kind: Literal["smtp"]
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "starttls"
    sender: Email
    timeout_seconds: float = 30

    @property
    def effective_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "none": 25}[self.security]


class FileTransport(_Section):
    kind: Literal["file"]
    dir: ConfigPath
    sender: Email = "intake@localhost"


class Office(_Section):
    name: str = "Văn phòng tiếp nhận báo cáo"
    emails: tuple[Email, ...] = ()  # the office's own addresses: never a report
    # the language of the `intake` command; unset: the locale's, Vietnamese by default
    language: Literal["vi", "en"] | None = None


class Storage(_Section):
    # an SQLite file, or the address of a PostgreSQL server ("postgresql://user@host/db")
    database: Annotated[ConfigPath | str, BeforeValidator(_database)]
    archive: ConfigPath
    # PostgreSQL only: the schema that holds this office's tables (each office its own)
    schema_name: str = Field(default="public", alias="schema", pattern=r"^[a-z_][a-z0-9_]{0,62}$")


class Directory(_Section):
    units: ConfigPath
    # unset: the forms shipped with intake, wherever the configuration file is
    forms: ConfigPath = Field(default=SHIPPED_FORMS, validate_default=True)


class PeriodRules(_Section):
    deadline: Weekly = parse_weekly_time("thursday 16:00")
    timezone: Annotated[str, AfterValidator(_timezone)] = "Asia/Ho_Chi_Minh"
    late_grace_hours: float = Field(default=48, ge=0, le=24 * 6)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class ReportSettings(_Section):
    output_dir: ConfigPath
    send_at: Weekly = parse_weekly_time("thursday 16:30")
    to: tuple[Email, ...] = ()
    cc: tuple[Email, ...] = ()
    templates: ConfigPath | None = None  # a folder of templates that override the shipped ones
    # "none": sent to `to`/`cc` at send_at; "required": a draft goes to `draft_to` at
    # send_at, and the report to `to`/`cc` once approved (`intake report approve`, or a
    # reply containing "Đồng ý" from one of `approvers`).
    approval: Literal["none", "required"] = "none"
    draft_to: tuple[Email, ...] = ()
    approvers: tuple[Email, ...] = ()
    # A correction that arrives after the report was sent is listed in the next report;
    # with resend_corrected, a corrected report replacing the sent one is sent too.
    resend_corrected: bool = False
    formats: tuple[Literal["xlsx", "docx", "pdf"], ...] = ("xlsx", "docx")


class Official(_Section):
    """The letterhead of the report (Nghị định 30/2020/NĐ-CP): who issues it, to whom."""

    # Nothing here names a place: who issues the report and who receives it is the
    # office's own (config/example.toml shows them); `intake check-config` says which
    # are still empty.
    parent_body: str = ""  # cơ quan chủ quản, e.g. "UBND HUYỆN TAM ĐƯỜNG"; may be empty
    issuing_body: str = ""  # e.g. "PHÒNG VĂN HÓA VÀ THÔNG TIN"; empty: the office's name
    symbol: str = "BC"  # "Số: 05/BC-VHTT"
    numbering: Literal["blank", "auto"] = "blank"  # blank: the clerk writes the number
    place: str = ""  # địa danh, e.g. "Tam Đường"
    summary: str = "Kết quả công tác tuyên truyền tuần"  # trích yếu, under "BÁO CÁO"
    recipients: tuple[str, ...] = ()  # Kính gửi
    copies_to: tuple[str, ...] = ("Như trên", "Lưu: VT")  # Nơi nhận
    signing_authority: str = ""  # e.g. "KT. TRƯỞNG PHÒNG"; empty when the head signs
    signer_title: str = "TRƯỞNG PHÒNG"
    signer_name: str = ""


class Acknowledge(_Section):
    """Replies to each unit that sent a report (RFC 3834)."""

    enabled: bool = True
    max_per_sender_per_day: int = Field(default=5, ge=0)


class Reminders(_Section):
    """Reminders to the units that have not reported, before the deadline."""

    enabled: bool = True
    at: tuple[Weekly, ...] = (
        parse_weekly_time("wednesday 15:00"),
        parse_weekly_time("thursday 09:00"),
    )


class Review(_Section):
    """When a figure is held because it is far from the unit's own past."""

    history_factor: float = Field(default=5.0, gt=1)  # more than 5x (or under 1/5) the median
    history_periods: int = Field(default=8, ge=1)  # of the last 8 periods
    history_min_periods: int = Field(default=3, ge=1)  # judged only with 3 past values or more


class Logging(_Section):
    file: ConfigPath | None = None
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class Limits(_Section):
    """What one message may cost.  A message beyond a bound is quarantined (the whole
    message) or held (an attachment), with the reason in Vietnamese."""

    message_bytes: int = Field(default=30_000_000, ge=100_000)
    header_bytes: int = Field(default=256_000, ge=4_000)
    encoded_words: int = Field(default=2_000, ge=10)  # RFC 2047 words in all the headers
    mime_depth: int = Field(default=3, ge=1, le=10)  # messages attached to messages ...
    attachments: int = Field(default=20, ge=1)
    attachment_bytes: int = Field(default=20_000_000, ge=10_000)
    unpacked_bytes: int = Field(default=200_000_000, ge=1_000_000)  # zip members, PDF streams
    unpack_ratio: int = Field(default=200, ge=10)  # unpacked size over packed size
    cells: int = Field(default=200_000, ge=1_000)  # per sheet or table
    pages: int = Field(default=50, ge=1)  # of a PDF or a Word file read for figures
    worker_memory_mb: int = Field(default=768, ge=128)  # address space of a reader process
    worker_seconds: int = Field(default=120, ge=5)  # its CPU time for one message
    # reader processes working at once: the machine's cores (at most 4) unless set
    workers: int = Field(default_factory=lambda: min(4, os.cpu_count() or 1), ge=1, le=32)


class Authentication(_Section):
    """Who sent a report: the verdicts of the office's own receiving server."""

    # The authserv-id the office's server writes in Authentication-Results (e.g.
    # "mail.laichau.gov.vn"); such headers from anyone else are ignored. Empty: not read.
    authserv_id: str = ""
    # Which verdicts must pass for a report to be accepted: of "dkim", "spf", "dmarc".
    require: tuple[Literal["dkim", "spf", "dmarc"], ...] = ()
    # Verify DKIM signatures here too (needs DNS to the senders' domains).
    verify_dkim: bool = False


class Outbox(_Section):
    """Acknowledgments and reminders that could not be sent are tried again."""

    retry_minutes: tuple[int, ...] = (5, 30, 120, 480)  # waits before each new try
    stale_hours: int = Field(default=48, ge=1)  # then given up, and shown in `status`


class Alerts(_Section):
    """Who gets a mail when the mailbox fails (a refused login...) and when it works again."""

    to: tuple[Email, ...] = ()  # empty: the failure shows in the log and `status` only


class Web(_Section):
    """The web desk (`intake web`): where it listens and how its sessions last."""

    bind: str = "127.0.0.1"  # this machine only; a reverse proxy (README) serves the office
    port: int = Field(default=8780, ge=1, le=65535)
    # the address the office opens, e.g. "https://baocao.so.gov.vn": https makes the
    # session cookie Secure
    base_url: str = ""
    # the key that signs the sessions; unset: web-secret.key beside the database
    secret_key_file: ConfigPath | None = None
    session_hours: float = Field(default=10, gt=0, le=24 * 7)  # a working day
    idle_minutes: float = Field(default=120, gt=0)

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.lower().startswith("https://")


class Config(_Section):
    path: Path
    office: Office = Office()
    mailbox: Annotated[ImapMailbox | MaildirMailbox, Field(discriminator="kind")]
    smtp: Annotated[SmtpTransport | FileTransport, Field(discriminator="kind")]
    storage: Storage
    directory: Directory
    period: PeriodRules = PeriodRules()
    report: ReportSettings
    official: Official = Official()
    acknowledge: Acknowledge = Acknowledge()
    reminders: Reminders = Reminders()
    review: Review = Review()
    logging: Logging = Logging()
    limits: Limits = Limits()
    authentication: Authentication = Authentication()
    outbox: Outbox = Outbox()
    alerts: Alerts = Alerts()
    web: Web = Web()

    @property
    def base(self) -> Path:
        return self.path.parent


def load(path: str | os.PathLike[str]) -> Config:
    """Read and validate the configuration file; raise ConfigError listing every problem."""
    path = Path(path).resolve()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            Words("{path}: no such configuration file", path=path),
            hint=Words(
                "intake init FOLDER writes one to start from (or copy config/example.toml);"
                " edit it, then pass --config FILE"
            ),
        ) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(Words("{path}: not valid TOML: {error}", path=path, error=e)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(Words("{path}: cannot read: {error}", path=path, error=e)) from None
    return validate(data, path)


def validate(data: dict[str, Any], path: Path) -> Config:
    try:
        return Config.model_validate({**data, "path": path}, context={"base": path.parent})
    except ValidationError as e:
        lines = [_describe(err) for err in e.errors()]
        count = Words(
            N_("{count} problems") if len(lines) > 1 else N_("1 problem"), count=len(lines)
        )
        problems = Joined("\n  ", lines)
        raise ConfigError(
            Words("{path}: {count}\n  {problems}", path=path, count=count, problems=problems)
        ) from None


_KIND_TAGS = {"imap", "maildir", "smtp", "file"}


def _describe(err: Any) -> Words:
    loc = [str(p) for p in err["loc"]]
    if len(loc) > 1 and loc[1] in _KIND_TAGS:
        del loc[1]
    where = f"[{loc[0]}] {'.'.join(loc[1:])}" if len(loc) > 1 else f"[{loc[0]}]"
    kind, message, ctx = err["type"], err["msg"], err.get("ctx") or {}
    if kind == "missing":
        missing = (
            N_("{where}: missing (required)") if len(loc) > 1 else N_("{where}: section missing")
        )
        return Words(missing, where=where)
    if kind == "extra_forbidden":
        unknown = (
            N_("{where}: unknown key (check its spelling against config/example.toml)")
            if len(loc) > 1
            else N_("{where}: unknown section (check its spelling against config/example.toml)")
        )
        return Words(unknown, where=where)
    if kind == "union_tag_invalid" or kind == "union_tag_not_found":
        return Words(
            "{where}: kind must be one of {kinds}", where=where, kinds=ctx.get("expected_tags", "")
        )
    said: Words | str = message
    if kind == "value_error" and isinstance(ctx.get("error"), ValueError) and ctx["error"].args:
        said = ctx["error"].args[0]  # our validator's Words
    elif kind in _PYDANTIC:
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        said = Words(_PYDANTIC[kind], **{**ctx, "expected": expected})
    got = err.get("input")
    secret = any("password" in part for part in loc)  # a password typed in the wrong key
    if kind not in ("value_error",) and not isinstance(got, dict | list) and not secret:
        said = Words("{message} (got {got})", message=said, got=repr(got))
    return Words("{where}: {message}", where=where, message=said)


# pydantic's words for the usual mistakes, by error type (its own are English only).
_PYDANTIC = {
    "int_parsing": N_("must be a whole number"),
    "int_type": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "float_parsing": N_("must be a number"),
    "float_type": N_("must be a number"),
    "bool_parsing": N_("must be true or false"),
    "bool_type": N_("must be true or false"),
    "string_type": N_('must be text, in quotes ("...")'),
    "list_type": N_('must be a list, like ["a", "b"]'),
    "tuple_type": N_('must be a list, like ["a", "b"]'),
    "dict_type": N_("must be a section"),
    "model_type": N_("must be a section"),
    "model_attributes_type": N_("must be a section"),
    "greater_than": N_("must be more than {gt}"),
    "greater_than_equal": N_("must be at least {ge}"),
    "less_than": N_("must be less than {lt}"),
    "less_than_equal": N_("must be at most {le}"),
    "literal_error": N_("must be one of: {expected}"),
}
