"""Keep every request, redirects included, on its source's own hosts and paths.

A source names its hosts (allowed_domains, by default its start URLs' hosts) and optionally URL
path prefixes (allowed_paths). A request elsewhere, or to a private or loopback address when the
source does not allow it, is refused and counted as `siqing/dropped/out_of_scope` (or
`private_address`). A host name is resolved once per crawl (cached) so that a public-looking
name pointing into a private range is refused too.

RedirectGuardMiddleware looks at a redirect before Scrapy's RedirectMiddleware follows it: a
redirect back to a URL already in the chain is a loop (`siqing/errors/redirect_loop`), a redirect
off the source's hosts is refused (`siqing/dropped/redirect_out_of_scope`).
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import socket
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from w3lib.url import canonicalize_url

from crawlers.reasons import DROPPED, ERRORS, Refused

logger = logging.getLogger(__name__)
REDIRECT_CODES = (301, 302, 303, 307, 308)


def host_allowed(host: str, domains: list[str]) -> bool:
    """True when host is one of the domains or a subdomain of one."""
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (x.lower() for x in domains))


def _private_ip(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_unspecified


def is_private(host: str) -> bool:
    """True for literal private, loopback and link-local addresses (and localhost)."""
    host = host.lower().rstrip(".")
    if host in ("localhost",) or host.endswith(".localhost"):
        return True
    return _private_ip(host)


@functools.lru_cache(maxsize=1024)
def resolves_private(host: str) -> bool:
    """True when a host name resolves to a private address (unresolvable names are not)."""
    if is_private(host):
        return True
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    return any(_private_ip(str(info[4][0])) for info in infos)


def scope_problem(url: str, source: dict[str, Any], resolve: bool = False) -> str | None:
    """Why a URL is outside the source (`out_of_scope`, `private_address`), or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "out_of_scope"
    if not host_allowed(parts.hostname, source.get("allowed_domains") or []):
        return "out_of_scope"
    if not source.get("allow_private") and (
        is_private(parts.hostname) or (resolve and resolves_private(parts.hostname))
    ):
        return "private_address"
    prefixes = source.get("allowed_paths") or []
    if prefixes and not any(parts.path.startswith(p) for p in prefixes) and parts.path != "/robots.txt":
        return "out_of_scope"
    return None


def in_scope(url: str, source: dict[str, Any]) -> bool:
    """Whether a URL belongs to the source (no DNS look-up)."""
    return scope_problem(url, source) is None


class ScopeMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.resolve = crawler.settings.getbool("SIQING_RESOLVE_HOSTS", True)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        source = getattr(self.crawler.spider, "source", None)
        if source is None:
            return None
        problem = scope_problem(request.url, source, resolve=self.resolve)
        if problem is None:
            return None
        logger.info("%s, not fetched: %s", problem, request.url)
        raise Refused(problem, DROPPED, request.url)


class RedirectGuardMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.resolve = crawler.settings.getbool("SIQING_RESOLVE_HOSTS", True)
        self.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES", 5)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in REDIRECT_CODES or b"Location" not in response.headers:
            return response
        if request.meta.get("dont_redirect"):
            return response
        location = (response.headers.get(b"Location") or b"").decode("latin-1")
        target = urljoin(request.url, location)
        chain = [*(request.meta.get("redirect_urls") or []), request.url]
        if canonicalize_url(target) in {canonicalize_url(u) for u in chain}:
            logger.warning("redirect loop at %s -> %s", request.url, target)
            raise Refused("redirect_loop", ERRORS, chain[0])
        if len(chain) > self.max_redirects:
            logger.warning("too many redirects from %s", chain[0])
            raise Refused("too_many_redirects", ERRORS, chain[0])
        source = getattr(self.crawler.spider, "source", None)
        if source is not None:
            problem = scope_problem(target, source, resolve=self.resolve)
            if problem is not None:
                logger.warning("redirect refused (%s): %s -> %s", problem, request.url, target)
                raise Refused(f"redirect_{problem}", DROPPED, chain[0])
        return response
