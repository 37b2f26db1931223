"""The one clock: Asia/Shanghai time, which tests (and an operator replaying a day) can set.

`SIQING_NOW` (an ISO timestamp) freezes the clock for a process and its children, so that
subprocess tests and `siqing serve` tests do not depend on today's date.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8), "CST")


def now() -> datetime:
    """The current time in China Standard Time (or the frozen time of SIQING_NOW)."""
    frozen = os.environ.get("SIQING_NOW")
    if frozen:
        dt = datetime.fromisoformat(frozen)
        return dt.replace(tzinfo=CST) if dt.tzinfo is None else dt.astimezone(CST)
    return datetime.now(CST)


def today() -> date:
    """Today's date in China."""
    return now().date()


def stamp(dt: datetime | None = None) -> str:
    """An ISO timestamp with the +08:00 offset, to the second."""
    return (dt or now()).astimezone(CST).isoformat(timespec="seconds")
