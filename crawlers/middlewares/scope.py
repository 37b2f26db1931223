"""Keep every request, redirects included, on its source's own hosts and paths.

A source names its hosts (allowed_domains, by default its start URLs' hosts) and optionally URL
path prefixes (allowed_paths). A request elsewhere, or to a private or loopback address when the
source does not allow it, is dropped and counted as `siqing/dropped/out_of_scope`.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)


def host_allowed(host: str, domains: list[str]) -> bool:
    """True when host is one of the domains or a subdomain of one."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (x.lower() for x in domains))


def is_private(host: str) -> bool:
    """True for literal private, loopback and link-local addresses (and localhost)."""
    if host in ("localhost",) or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved


def in_scope(url: str, source: dict[str, Any]) -> bool:
    """Whether a URL belongs to the source."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if not host_allowed(parts.hostname, source.get("allowed_domains") or []):
        return False
    if is_private(parts.hostname) and not source.get("allow_private"):
        return False
    prefixes = source.get("allowed_paths") or []
    return not prefixes or any(parts.path.startswith(p) for p in prefixes) or parts.path == "/robots.txt"


class ScopeMiddleware:
    def process_request(self, request: Request, spider: Spider) -> None:
        source = getattr(spider, "source", None)
        if source is None or in_scope(request.url, source):
            return None
        if spider.crawler.stats:
            spider.crawler.stats.inc_value("siqing/dropped/out_of_scope")
        logger.info("out of scope, not fetched: %s", request.url)
        raise IgnoreRequest(f"out of scope: {request.url}")
