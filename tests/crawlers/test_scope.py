"""Scope: requests and redirects stay on the source's hosts and paths, private addresses refused."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawlers.middlewares.scope import RedirectGuardMiddleware, ScopeMiddleware, host_allowed, scope_problem
from crawlers.reasons import DROPPED, ERRORS, Refused

SRC: dict[str, Any] = {"id": "sdrd", "allowed_domains": ["sdrd.gov.cn"], "allowed_paths": []}


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://www.sdrd.gov.cn/channels/ch00177/", None),
        ("https://sdrd.gov.cn/a.html", None),
        ("http://www.sdrd.gov.cn.evil.com/a.html", "out_of_scope"),
        ("http://evilsdrd.gov.cn/a.html", "out_of_scope"),
        ("http://www.npc.gov.cn/npc/c2/kgfb/", "out_of_scope"),
        ("ftp://www.sdrd.gov.cn/a.html", "out_of_scope"),
        ("mailto:rd@sdrd.gov.cn", "out_of_scope"),
    ],
)
def test_hosts(url: str, problem: str | None) -> None:
    assert scope_problem(url, SRC) == problem


@pytest.mark.parametrize("host", ["127.0.0.1", "10.1.2.3", "192.168.0.8", "169.254.169.254", "[::1]", "localhost",
                                  "0.0.0.0"])
def test_private_addresses_refused_unless_allowed(host: str) -> None:
    name = host.strip("[]")
    src = {"allowed_domains": [name], "allowed_paths": []}
    url = f"http://{host}:8080/list/index.html"
    assert scope_problem(url, src) == "private_address"
    assert scope_problem(url, {**src, "allow_private": True}) is None


def test_public_address_is_not_private() -> None:
    assert scope_problem("http://8.8.8.8/a.html", {"allowed_domains": ["8.8.8.8"]}) is None


def test_allowed_paths() -> None:
    src = {**SRC, "allowed_paths": ["/channels/", "/art/"]}
    assert scope_problem("http://www.sdrd.gov.cn/channels/ch00177/a.html", src) is None
    assert scope_problem("http://www.sdrd.gov.cn/other/a.html", src) == "out_of_scope"
    assert scope_problem("http://www.sdrd.gov.cn/robots.txt", src) is None  # robots.txt is always fetched


def test_host_allowed_ignores_case_and_trailing_dot() -> None:
    assert host_allowed("WWW.SDRD.GOV.CN.", ["sdrd.gov.cn"])
    assert not host_allowed("sdrd.gov.cn.cn", ["sdrd.gov.cn"])


class _Spider(Spider):
    name = "t"


def _crawler(source: dict[str, Any]) -> Any:
    crawler = get_crawler(_Spider, {"SIQING_RESOLVE_HOSTS": False, "REDIRECT_MAX_TIMES": 3})
    crawler.spider = _Spider()
    crawler.spider.source = source  # type: ignore[attr-defined]
    return crawler


def test_scope_middleware_refuses_with_reason() -> None:
    mw = ScopeMiddleware.from_crawler(_crawler(SRC))
    assert mw.process_request(Request("http://www.sdrd.gov.cn/a.html")) is None
    with pytest.raises(Refused) as info:
        mw.process_request(Request("http://www.example.com/a.html"))
    assert (info.value.reason, info.value.bucket) == ("out_of_scope", DROPPED)
    with pytest.raises(Refused) as info:
        ScopeMiddleware.from_crawler(_crawler({"allowed_domains": ["127.0.0.1"]})).process_request(
            Request("http://127.0.0.1/a.html"))
    assert info.value.reason == "private_address"


def _redirect(url: str, location: str, status: int = 302, chain: list[str] | None = None) -> tuple[Request, Response]:
    req = Request(url, meta={"redirect_urls": chain} if chain else {})
    return req, Response(url, status=status, headers={"Location": location}, request=req)


def test_redirect_to_other_host_refused() -> None:
    mw = RedirectGuardMiddleware.from_crawler(_crawler(SRC))
    req, resp = _redirect("http://www.sdrd.gov.cn/a.html", "https://ad.example.com/landing")
    with pytest.raises(Refused) as info:
        mw.process_response(req, resp)
    assert (info.value.reason, info.value.bucket) == ("redirect_out_of_scope", DROPPED)


def test_redirect_to_private_address_refused_unless_allowed() -> None:
    src = {"allowed_domains": ["sdrd.gov.cn", "10.0.0.5"]}
    req, resp = _redirect("http://www.sdrd.gov.cn/a.html", "http://10.0.0.5/internal")
    with pytest.raises(Refused) as info:
        RedirectGuardMiddleware.from_crawler(_crawler(src)).process_response(req, resp)
    assert info.value.reason == "redirect_private_address"
    ok = RedirectGuardMiddleware.from_crawler(_crawler({**src, "allow_private": True}))
    assert ok.process_response(req, resp) is resp


def test_redirect_within_site_passes_and_loops_are_errors() -> None:
    mw = RedirectGuardMiddleware.from_crawler(_crawler(SRC))
    req, resp = _redirect("http://www.sdrd.gov.cn/a.html", "/b.html", status=301)
    assert mw.process_response(req, resp) is resp
    req, resp = _redirect("http://www.sdrd.gov.cn/b.html", "/a.html", chain=["http://www.sdrd.gov.cn/a.html"])
    with pytest.raises(Refused) as info:
        mw.process_response(req, resp)
    assert (info.value.reason, info.value.bucket) == ("redirect_loop", ERRORS)
    chain = [f"http://www.sdrd.gov.cn/{i}.html" for i in range(4)]
    req, resp = _redirect("http://www.sdrd.gov.cn/4.html", "/5.html", chain=chain)
    with pytest.raises(Refused) as info:
        mw.process_response(req, resp)
    assert info.value.reason == "too_many_redirects"


def test_non_redirect_responses_pass() -> None:
    mw = RedirectGuardMiddleware.from_crawler(_crawler(SRC))
    req = Request("http://www.sdrd.gov.cn/a.html")
    resp = Response(req.url, status=200, headers={"Location": "http://evil.example/"}, request=req)
    assert mw.process_response(req, resp) is resp
