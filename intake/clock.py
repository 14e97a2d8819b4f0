"""The time: the real clock, or one an operator sets to re-run a past week (--now)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from intake.errors import ConfigError
from intake.i18n import Words


def parse_now(text: str | None, tz: ZoneInfo) -> datetime:
    """`text` as an aware datetime (local time when it has no offset), or now."""
    if not text:
        return datetime.now(tz)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigError(
            Words('--now "{text}" is not a date and time', text=text),
            hint=Words("write it as ISO 8601, e.g. 2021-02-11T16:31+07:00"),
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)
