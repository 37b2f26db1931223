"""ListingSpider: a site's articles, from its homepage or from the list pages of its columns.

What a source must provide (config/sources.yaml): `start_urls`, either list pages (a column's
`index.html`) or the site's homepage (`/`, `/index.html`; or any page with `listing: site`).
From a homepage the spider first looks for the columns (crawlers/site.py): menus, `更多` links,
site maps and `/sitemap.xml`, up to `max_depth` links away, never off the source's hosts; pages
that are not lists are static (概况, 联系我们, 登录, search) and are counted, never stored.
Each column is paged the way the page itself says (crawlers/paging.py: TRS createPageHTML,
Hanweb jpage data proxy, JSON list APIs, forms posting a page number, javascript: pager
functions, 下一页 links); article links are found by structure (crawlers/discover.py) and
article fields by crawlers/extract, with the source's `selectors` first.

Incremental and resumable: links already stored are not fetched again. A column read to its end
is recorded in the store (column_progress); only such a column stops at the first list page with
nothing new. A column never read to its end (a first crawl, or one killed mid-way) is read page
after page again, so an interrupted backfill continues where it stopped. `max_list_pages` cuts
an endless pager; the source's page budget caps everything (crawlers/spiders/base.py).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode, urljoin

import lxml.etree
import lxml.html
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawlers.discover import DATE_TEXT, Link, canonical, is_article_url
from crawlers.extract import decode_html
from crawlers.feeds import json_links, sitemap_links
from crawlers.middlewares.scope import in_scope
from crawlers.paging import PageRequest, Paging, detect, jpage_records, next_link, refresh
from crawlers.site import (
    column_candidates,
    is_homepage,
    is_list,
    is_site_map,
    list_links,
    static_reason,
    trap,
    worth_exploring,
)
from crawlers.spiders.base import SourceSpider, header_charset
from siqing.store import Store

logger = logging.getLogger(__name__)
JS_REDIRECT = re.compile(r"""(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*['"]([^'"]+)['"]""")


def _typed(form: dict[str, str]) -> dict[str, Any]:
    """Numbers as numbers in a JSON body (an API reading `pageNo` as an int rejects "2")."""
    return {k: int(v) if v.isdigit() and len(v) < 10 else v for k, v in form.items()}


class ListingSpider(SourceSpider):
    name = "listing"

    def __init__(self, *args: Any, max_depth: int = 3, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_depth = int(max_depth)
        self.complete: set[str] = set()  # columns read to their end by an earlier crawl
        self.ended: dict[str, dict[str, Any]] = {}  # columns read to their end by this crawl
        self.reopened: set[str] = set()
        self.columns: dict[str, dict[str, Any]] = {}  # column -> {url, style, pages, links}
        self.visited: set[str] = set()  # pages asked for while looking for columns or paging

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ListingSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.record_progress, signal=signals.spider_closed)
        return spider

    # start -----------------------------------------------------------------------------------

    def load_state(self, store: Store) -> None:
        self.complete = store.complete_columns(self.source["id"])

    def list_requests(self) -> Iterable[Request]:
        explore = self.source.get("listing") == "site"
        for url in self.start_urls:
            self.visited.add(canonical(url))
            if explore or is_homepage(url):
                yield self.request(url, self.parse_page, "explore", dont_filter=True, meta={"role": "explore",
                                                                                         "depth": 0})
            else:
                yield self.request(url, self.parse_page, "list", dont_filter=True,
                                   meta={"role": "list", "depth": 1, "column": canonical(url), "page_no": 1})

    # pages -----------------------------------------------------------------------------------

    def _doc(self, response: Response) -> tuple[lxml.html.HtmlElement, str] | None:
        html = decode_html(response.body, self.source.get("encoding") or header_charset(response))
        try:
            return lxml.html.document_fromstring(html or "<html/>"), html
        except (ValueError, lxml.etree.ParserError):
            self._stat("siqing/errors/bad_list_page")
            logger.warning("unparseable page: %s", response.url)
            return None

    def parse_page(self, response: Response) -> Iterator[Request]:
        """A homepage, menu or site map page (role explore) or a column's list page (role list)."""
        kind = response.meta.get("kind", "html")
        if kind != "html":
            yield from self.parse_answer(response)
            return
        parsed = self._doc(response)
        if parsed is None:
            return
        doc, html = parsed
        role, depth = response.meta.get("role", "list"), int(response.meta.get("depth", 1))
        page_no = int(response.meta.get("page_no", 1))
        paging_state = response.meta.get("paging")
        if paging_state is not None:
            paging: Paging | None = Paging.from_dict(paging_state)
        else:
            paging = detect(doc, html, response.url)
        records = jpage_records(html)[0] if paging is not None and paging.style == "jpage" else None
        column = response.meta.get("column") or canonical(response.url)
        # A page with a pager, or a column's later page, is a list: its repeated rows are articles
        # even without dates beside them.
        # The last page of a column may hold a single row.
        links = list_links(doc, response.url, records, rows=True, min_rows=1 if page_no > 1 else 3)
        if role == "explore":
            self._stat("siqing/pages/explore")
            if depth > 0 and is_list(links, paging is not None):
                role = "list"
            elif depth > 0 and response.meta.get("why") == "link" and self.looks_like_article(doc):
                # Linked from a page's content, not its menus, and built like an article: it is
                # one (a column index page's block links its latest articles).
                self.known.add(column)
                self.met.add(column)
                yield from super().parse_article(response)
                return
            else:
                # The front page's news blocks, a column index page's blocks: articles if they say
                # so themselves (a weak link must carry its own date).
                yield from self.follow(links)
                if depth > 0:
                    self._stat(f"siqing/not_article/{static_reason(doc, response.url)}")
        if depth == 0 and not links and len(doc.findall(".//a")) < 3:
            # A front page that only sends the browser on (location.href = "/portal/index.html").
            for target in JS_REDIRECT.findall(html)[:1]:
                url = urljoin(response.url, target)
                if canonical(url) not in self.visited and in_scope(url, self.source):
                    self.visited.add(canonical(url))
                    yield self.request(url, self.parse_page, "explore", meta={"role": "explore", "depth": 0})
        if response.meta.get("role") == "explore" and depth < self.max_depth:
            yield from self.explore(doc, response.url, depth)
        if depth == 0:
            # After the front page's own links, so that a page both name gets the front page's depth.
            sitemap = urljoin(response.url, "/sitemap.xml")
            if canonical(sitemap) not in self.visited:
                self.visited.add(canonical(sitemap))
                yield self.request(sitemap, self.parse_sitemap_xml, "explore", priority=-10,
                                   meta={"handle_httpstatus_list": [403, 404, 410], "depth": 1})
        if role != "list":
            return
        yield from self.list_page(response.url, doc, links, paging, column, page_no, depth)

    def parse_answer(self, response: Response) -> Iterator[Request]:
        """A later page read from a jpage data proxy or a JSON list API."""
        meta = response.meta
        paging = Paging.from_dict(meta["paging"])
        if meta["kind"] == "jpage":
            text = decode_html(response.body, header_charset(response))
            records, total = jpage_records(text)
            refresh(paging, answer=total)
            links = list_links(lxml.html.document_fromstring("<html><body></body></html>"), response.url, records)
            links = [Link(urljoin(paging.base, lk.url), lk.title, lk.list_date) for lk in links]
        else:
            try:
                data = json.loads(response.body)
            except ValueError:
                self._stat("siqing/errors/bad_json")
                return
            links = json_links(data, paging.base)
            refresh(paging, answer=data, records=len(links))
        yield from self.list_page(response.url, None, links, paging, meta["column"], int(meta["page_no"]),
                                  int(meta.get("depth", 1)))

    def list_page(self, url: str, doc: lxml.html.HtmlElement | None, links: list[Link], paging: Paging | None,
                  column: str, page_no: int, depth: int) -> Iterator[Request]:
        """Follow a list page's articles and ask for the column's next page while that is due."""
        self._stat("siqing/pages/list")
        info = self.columns.setdefault(column, {"url": url, "style": paging.style if paging else "single",
                                                "pages": 0, "links": 0, "paging": paging.describe() if paging else ""})
        info["pages"] += 1
        info["links"] += len(links)
        if not links and not (paging and paging.style == "json" and page_no == 1):
            self._stat("siqing/lists/no_links")
        yield from self.follow(links)
        fresh = self.fresh
        window_passed = bool(links) and all(lk.list_date is not None and lk.list_date < self.window_start
                                            for lk in links)
        if paging is not None and doc is not None:
            refresh(paging, doc=doc)  # a pager showing a window of page numbers shows more further on
        nxt: PageRequest | None = None
        if paging is not None and paging.style == "json" and doc is not None:
            nxt = paging.first_request()  # the column page itself holds no records
        elif paging is not None and paging.style != "links":
            nxt = paging.request(page_no + 1)
        elif doc is not None:
            target = next_link(doc, url, page_no)
            nxt = PageRequest(target, page_no + 1) if target else None
        if nxt is None or window_passed or (not links and doc is None):
            self.ended[column] = {"style": info["style"], "pages": info["pages"]}
            return
        bootstrap = paging is not None and paging.style == "json" and doc is not None
        if column in self.complete and not fresh and not bootstrap:
            # Read to its end before: nothing new here means nothing new further on.
            if column in self.reopened:
                self.ended[column] = {"style": info["style"], "pages": None}
            return
        if column in self.complete and column not in self.reopened:
            # New items push older ones onto later pages: until this walk ends, a kill must leave
            # the column to be read again in full.
            self.reopened.add(column)
            self._progress(column, False)
        if nxt.page_no > self.max_list_pages:
            self._stat("siqing/dropped/pagination_limit")
            logger.warning("pagination cut after %d list pages: %s", page_no, url)
            self.ended[column] = {"style": info["style"], "pages": info["pages"]}
            return
        key = canonical(nxt.url) + ("|" + urlencode(sorted(nxt.form.items())) if nxt.form else "")
        if key in self.visited:
            self.ended[column] = {"style": info["style"], "pages": info["pages"]}
            return
        if not self._budget_left():
            self._left(nxt.url)
            return
        self.visited.add(key)
        yield self.page_request(nxt, paging, column, depth)

    def page_request(self, nxt: PageRequest, paging: Paging | None, column: str, depth: int) -> Request:
        meta = {"role": "list", "column": column, "page_no": nxt.page_no, "depth": depth, "kind": nxt.kind,
                "paging": paging.to_dict() if paging else None}
        if nxt.method == "POST" and nxt.json_body:
            return self.request(nxt.url, self.parse_page, "list", method="POST", meta=meta,
                                body=json.dumps(_typed(nxt.form or {}), ensure_ascii=False).encode("utf-8"),
                                headers={"Content-Type": "application/json;charset=UTF-8"})
        if nxt.method == "POST":
            return self.request(nxt.url, self.parse_page, "list", method="POST", body=urlencode(nxt.form or {}),
                                headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
                                meta=meta)
        return self.request(nxt.url, self.parse_page, "list", meta=meta)

    # looking for columns -------------------------------------------------------------------------

    def explore(self, doc: lxml.html.HtmlElement, url: str, depth: int) -> Iterator[Request]:
        """Ask for the pages that may be columns: menus, 更多, site maps; counted when refused."""
        on_map = is_site_map(doc, url)
        for cand in column_candidates(doc, url, on_map=on_map):
            key = canonical(cand.url)
            if key in self.visited or key in self.known:  # known: an article stored before
                continue
            if not in_scope(cand.url, self.source):
                self._stat("siqing/links/off_site")
                continue
            self.visited.add(key)
            reason = trap(cand.url)
            if reason:
                self._stat(f"siqing/dropped/{reason}")
                self._left(cand.url)
                continue
            if not self._budget_left():
                self._left(cand.url)
                continue
            self.explored.add(key)
            yield self.request(cand.url, self.parse_page, "explore", priority=-depth,
                               meta={"role": "explore", "depth": depth + 1, "why": cand.why})

    def parse_sitemap_xml(self, response: Response) -> Iterator[Request]:
        if response.status != 200:
            return
        self._stat("siqing/pages/sitemap")
        links, _children = sitemap_links(response.body, response.url)
        articles: list[Link] = []
        for lk in links:
            if not in_scope(lk.url, self.source):
                continue
            if is_article_url(lk.url):
                articles.append(lk)
            elif canonical(lk.url) not in self.visited and worth_exploring(lk.url) and not trap(lk.url):
                self.visited.add(canonical(lk.url))
                self.explored.add(canonical(lk.url))
                if self._budget_left():
                    yield self.request(lk.url, self.parse_page, "explore", meta={"role": "explore", "depth": 1})
                else:
                    self._left(lk.url)
        yield from self.follow(articles)

    # articles that turn out to be lists, pages that turn out to be articles ---------------------------

    @staticmethod
    def looks_like_article(doc: lxml.html.HtmlElement) -> bool:
        """A heading, a date line near it and paragraphs of running text: an article's structure."""
        paras = [" ".join(p.text_content().split()) for p in doc.iter("p")]
        text = sum(len(p) for p in paras if len(p) >= 20)
        head = next((" ".join(h.text_content().split()) for h in doc.iter("h1", "h2", "h3")
                     if len(" ".join(h.text_content().split())) >= 6), "")
        if not head or text < 60:
            return False
        # The date must stand by the heading (an 发布时间 line), not in a footer's copyright.
        full = " ".join(doc.text_content().split())
        at = full.find(head)
        return at >= 0 and DATE_TEXT.search(full[at: at + len(head) + 200]) is not None

    def parse_article(self, response: Response) -> Iterator[Any]:
        if response.status == 200 and b"<" in response.body[:2000]:
            parsed = self._doc(response)
            if parsed is not None:
                doc, html = parsed
                links = list_links(doc, response.url)
                longest = max((len(" ".join(p.text_content().split())) for p in doc.iter("p")), default=0)
                dated = sum(1 for lk in links if lk.list_date is not None)
                if dated >= 5 and longest < 100:
                    self._stat("siqing/not_article/list_page")
                    yield from self.list_page(response.url, doc, links, detect(doc, html, response.url),
                                              canonical(response.url), 1, 2)
                    return
        yield from super().parse_article(response)

    # progress ---------------------------------------------------------------------------------

    def _progress(self, column: str, complete: bool, style: str | None = None, pages: int | None = None) -> None:
        store = Store(self.database_url)
        try:
            store.set_column_progress(self.source["id"], column, complete, style, pages)
        finally:
            store.close()

    def record_progress(self, spider: Any, reason: str) -> None:
        """At a finished crawl, the columns read to their end; a cut crawl records none."""
        if self.unvisited:
            logger.warning("source %s: %d pages left unvisited, e.g. %s", self.source["id"],
                           int(self.crawler.stats.get_value("siqing/unvisited", 0) if self.crawler.stats else 0),
                           ", ".join(self.unvisited[:5]))
            if self.crawler.stats:
                self.crawler.stats.set_value("siqing/unvisited_sample", list(self.unvisited))
        if reason != "finished":
            return
        store = Store(self.database_url)
        try:
            for column, info in self.ended.items():
                store.set_column_progress(self.source["id"], column, True, info["style"], info["pages"])
        finally:
            store.close()
