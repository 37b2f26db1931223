"""Why a request failed, as one short word: the key of `siqing/errors/<reason>` and
`siqing/dropped/<reason>` in a crawl's stats and run record.

Errors are failures of the site (timeouts, 5xx after the retries, truncated bodies, redirect
loops); drops are our own decisions (out of scope, robots.txt, too large). Middlewares refuse a
request with `Refused(reason, bucket)` so the spider's errback counts it exactly once.
"""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet import error as tx_error

ERRORS, DROPPED = "errors", "dropped"


class Refused(IgnoreRequest):
    """A request we decided not to fetch (or not to follow), with the reason counted."""

    def __init__(self, reason: str, bucket: str = DROPPED, url: str = "") -> None:
        super().__init__(f"{reason}: {url}")
        self.reason = reason
        self.bucket = bucket


def classify(exc: BaseException | None) -> tuple[str, str]:
    """(bucket, reason) for the exception a request ended with."""
    if exc is None:
        return ERRORS, "error"
    if isinstance(exc, Refused):
        return exc.bucket, exc.reason
    status = getattr(getattr(exc, "response", None), "status", None)
    if status:
        return ERRORS, f"http_{status}"
    if isinstance(exc, DownloadCancelledError) or "max size" in str(exc) or "maxsize" in str(exc):
        return DROPPED, "too_large"
    if isinstance(exc, DownloadTimeoutError | tx_error.TimeoutError | tx_error.TCPTimedOutError):
        return ERRORS, "timeout"
    if isinstance(exc, ResponseDataLossError):
        return ERRORS, "truncated"
    if isinstance(exc, DownloadConnectionRefusedError | tx_error.ConnectionRefusedError):
        return ERRORS, "connection_refused"
    if isinstance(exc, CannotResolveHostError | tx_error.DNSLookupError):
        return ERRORS, "dns"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "robots.txt" in text:
            return DROPPED, "robots"
        if "redirection" in text:
            return ERRORS, "too_many_redirects"
        return DROPPED, "ignored"
    if isinstance(exc, DownloadFailedError | tx_error.ConnectionLost | tx_error.ConnectionDone):
        return ERRORS, "connection_lost"
    name = exc.__class__.__name__
    if "DataLoss" in name or "PotentialDataLoss" in repr(exc):
        return ERRORS, "truncated"
    if "Timeout" in name:
        return ERRORS, "timeout"
    return ERRORS, name.lower()


def count(stats: Any, bucket: str, reason: str) -> None:
    """Add one to `siqing/<bucket>/<reason>`."""
    if stats is not None:
        stats.inc_value(f"siqing/{bucket}/{reason}")
