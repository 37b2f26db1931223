"""How a column's list pages, found from the list page itself (pure functions, no fetching).

`detect(doc, html, url)` names the paging style of a column's first page and what is needed to
ask for page n (`Paging.request(n)`); `Paging.after(answer)` learns from each answer (a total
reported by an API, a pager that shows more pages). The styles, as Chinese government CMSs write
them:

- `trs`: TRS WCM `createPageHTML(count, current, "index", "html")` (or its `countPage` /
  `currentPage` variables): page n is `index_{n-1}.html` beside the first page;
- `jpage`: Hanweb (大汉) jpage: the first records sit in a `<script type="text/xml"><datastore>`
  block; the rest come from `/module/web/jpage/dataproxy.jsp` by record ranges
  (`startrecord`/`endrecord`/`perpage`), POSTed with the script's `ajaxParam` or GET with the
  `nextgroup` link's parameters, until `totalRecord`;
- `json`: a JSON list API named in the column's script (`$.ajax`/`$.get`/`fetch`/`XMLHttpRequest`
  with a page parameter), read until the total the API reports or an empty page;
- `form`: a form that posts a page number (`pageNo`, `currentPage`, ...), up to `共N页`;
- `jsfunc`: `javascript:goPage(3)`-style pager links whose function body builds the URL
  (`"index_" + (n - 1) + ".html"`, `"?page=" + n`);
- `links`: a `下一页` link or a numbered pager link (`?page=N`, `index_N.html`, `list_N.htm`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
from w3lib.url import canonicalize_url

PAGE_KEY = re.compile(r"^(?:page|pageno|pagenum|pagenumber|pageindex|pageidx|currentpage|curpage|cur_page|"
                      r"page_no|page_num|page_index|pn|p|cpage|nowpage|pageNo)$", re.I)
SIZE_KEY = re.compile(r"^(?:size|pagesize|page_size|rows|limit|perpage|per_page|pagecount|ps|num)$", re.I)
TOTAL_KEYS = ("total", "totalcount", "total_count", "totalrecord", "totalrecords", "recordcount", "totalnum",
              "totalsize", "count", "totalelements", "totalrows")
PAGES_KEYS = ("totalpage", "totalpages", "pagecount", "pages", "total_page", "pagetotal")
NEXT_TEXT = ("下一页", "下页", "后一页", "下一页>", "下一页 >", "下一页>>", "next", "Next", ">", "›", "»")
CREATE_PAGE = re.compile(r"createPageHTML\(([^)]*)\)")
JS_VAR = re.compile(r"\bvar\s+(\w+)\s*=\s*['\"]?(\d+)['\"]?")
TOTAL_PAGES_TEXT = re.compile(r"共\s*(\d+)\s*页")
DATASTORE = re.compile(r"<datastore>(.*?)</datastore>", re.S | re.I)
CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
MAX_PAGES = 10_000


@dataclass
class PageRequest:
    """One further list page: how to ask for it and how to read the answer."""

    url: str
    page_no: int
    method: str = "GET"
    form: dict[str, str] | None = None
    kind: str = "html"  # html | jpage | json
    json_body: bool = False  # POST the form as a JSON object, not url-encoded


@dataclass
class Paging:
    """A column's paging style and the parameters to ask for page n (n >= 2)."""

    style: str
    base: str
    params: dict[str, Any] = field(default_factory=dict)
    last: int | None = None  # the last page number when the site says it

    def to_dict(self) -> dict[str, Any]:
        return {"style": self.style, "base": self.base, "params": self.params, "last": self.last}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Paging:
        return cls(d["style"], d["base"], dict(d.get("params") or {}), d.get("last"))

    def describe(self) -> str:
        """One line for people: the style and what it pages by."""
        p = self.params
        where = {
            "trs": f"createPageHTML，{p.get('prefix')}_N.{p.get('ext')}",
            "jpage": f"大汉 jpage 数据代理 {urlsplit(p.get('proxy', '')).path}（{p.get('method')}，每次 {p.get('group')} 条）",
            "json": f"JSON 接口 {urlsplit(p.get('api', '')).path}，参数 {p.get('page_key')}",
            "form": f"表单提交页码 {p.get('page_key')}",
            "jsfunc": f"javascript:{p.get('func')}() 翻页",
            "links": "“下一页”/页码链接",
        }.get(self.style, self.style)
        if self.style == "jsfunc" and self.last:
            return where + f"，页码栏已见到第 {self.last} 页"
        return where + (f"，共 {self.last} 页" if self.last else "")

    def request(self, n: int) -> PageRequest | None:
        """How to ask for page n, or None past the last page."""
        if n < 2 or n > MAX_PAGES or (self.last is not None and n > self.last):
            return None
        p = self.params
        if self.style == "trs":
            return PageRequest(urljoin(self.base, f"{p['prefix']}_{n - 1}.{p['ext']}"), n)
        if self.style == "jsfunc":
            return PageRequest(urljoin(self.base, f"{p['head']}{n + int(p['offset'])}{p['tail']}"), n)
        if self.style == "form":
            form = dict(p["fields"])
            form[p["page_key"]] = str(n)
            if p["method"] == "GET":
                return PageRequest(_with_query(p["action"], form), n)
            return PageRequest(p["action"], n, "POST", form)
        if self.style == "jpage":
            start = int(p["first"]) + (n - 2) * int(p["group"]) + 1
            if p.get("total") is not None and start > int(p["total"]):
                return None
            end = start + int(p["group"]) - 1
            ranges = {"startrecord": str(start), "endrecord": str(end), "perpage": str(p["perpage"])}
            if p["method"] == "POST":
                return PageRequest(_with_query(p["proxy"], ranges), n, "POST", dict(p["form"]), "jpage")
            return PageRequest(_with_query(p["proxy"], {**p["form"], **ranges}), n, "GET", None, "jpage")
        if self.style == "json":
            values = dict(p["fields"])
            values[p["page_key"]] = str(n - 1 + int(p["page_base"]))
            if p["method"] == "POST":
                return PageRequest(p["api"], n, "POST", values, "json", bool(p.get("json_body")))
            return PageRequest(_with_query(p["api"], values), n, "GET", None, "json")
        return None  # `links`: the next page is read off each page (next_link)

    def first_request(self) -> PageRequest | None:
        """A first API call when the column page itself holds no records (json)."""
        if self.style != "json":
            return None
        saved, self.last = self.last, None
        try:
            req = self.request(2)
        finally:
            self.last = saved
        if req is None:
            return None
        values = dict(self.params["fields"])
        values[self.params["page_key"]] = str(int(self.params["page_base"]))
        if req.method == "POST":
            return PageRequest(req.url, 1, "POST", values, "json", req.json_body)
        return PageRequest(_with_query(self.params["api"], values), 1, "GET", None, "json")


def _with_query(url: str, values: dict[str, str]) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update(values)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _scripts(doc: lxml.html.HtmlElement) -> list[str]:
    return [s.text or "" for s in doc.iter("script") if (s.get("type") or "").lower() not in ("text/xml",)]


def _js_vars(scripts: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for text in scripts:
        for m in JS_VAR.finditer(text):
            found.setdefault(m.group(1), int(m.group(2)))
    return found


# TRS ---------------------------------------------------------------------------------------------

def _trs(doc: lxml.html.HtmlElement, url: str) -> Paging | None:
    scripts = _scripts(doc)
    variables = _js_vars(scripts)
    for text in scripts:
        for m in CREATE_PAGE.finditer(text):
            args = [a.strip().strip("'\"") for a in m.group(1).split(",")]
            nums = [variables.get(a, int(a) if a.isdigit() else -1) for a in args]
            ints = [(i, n) for i, n in enumerate(nums) if n >= 0]
            words = [a for a, n in zip(args, nums, strict=True) if n < 0 and re.fullmatch(r"[A-Za-z0-9_-]+", a)]
            if len(ints) < 2:
                continue  # the function's definition, not its call
            ext = next((w for w in reversed(words) if w.lower() in ("html", "htm", "shtml", "jsp")), "html")
            names = [w for w in words if w != ext and not w.lower().endswith("div") and w.lower() != "page"]
            prefix = names[-1] if names else "index"
            count, current = ints[0][1], ints[1][1]
            return Paging("trs", _first_page(url, prefix, ext), {"prefix": prefix, "ext": ext},
                          last=max(count, 1) if count >= 0 else None) if current >= 0 else None
    if "countPage" in variables and "currentPage" in variables:
        ext = urlsplit(url).path.rsplit(".", 1)[-1] if "." in urlsplit(url).path.rsplit("/", 1)[-1] else "html"
        return Paging("trs", url, {"prefix": "index", "ext": ext}, last=max(variables["countPage"], 1))
    return None


def _first_page(url: str, prefix: str, ext: str) -> str:
    return urljoin(url, f"{prefix}.{ext}")


# Hanweb jpage ----------------------------------------------------------------------------------

def _js_object(text: str, key: str) -> dict[str, str] | None:
    """The flat object literal after `key:` (`ajaxParam: {col: 1, webid: '2'}`)."""
    m = re.search(key + r"\s*:\s*\{([^{}]*)\}", text)
    if not m:
        return None
    return _pairs(m.group(1))


def _pairs(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in re.findall(r"""['"]?([\w$]+)['"]?\s*:\s*('[^']*'|"[^"]*"|[^,}\s]+)""", body):
        out[k] = v.strip("'\"")
    return out


def _js_number(text: str, *keys: str) -> int | None:
    for key in keys:
        m = re.search(r"\b" + key + r"\s*[:=]\s*['\"]?(\d+)", text, re.I)
        if m:
            return int(m.group(1))
    return None


def jpage_records(text: str) -> tuple[list[str], int | None]:
    """(record HTML fragments, totalrecord) of a jpage datastore (a page's script or a proxy answer)."""
    records: list[str] = []
    total = None
    for block in DATASTORE.findall(text) or [text]:
        rs = re.search(r"<recordset>(.*?)</recordset>", block, re.S | re.I)
        for rec in re.findall(r"<record>(.*?)</record>", rs.group(1) if rs else block, re.S | re.I):
            cd = CDATA.search(rec)
            records.append(cd.group(1) if cd else rec)
        m = re.search(r"<totalrecord>\s*(\d+)", block, re.I)
        if m:
            total = int(m.group(1))
    return records, total


def _jpage(doc: lxml.html.HtmlElement, html: str, url: str) -> Paging | None:
    store = next((s.text or "" for s in doc.iter("script") if "<datastore>" in (s.text or "")), None)
    if store is None:
        return None
    records, total = jpage_records(store)
    code = "\n".join(_scripts(doc))
    total = _js_number(code, "totalRecord", "totalrecord") or total
    perpage = _js_number(code, "perPage", "perpage") or max(len(records), 1)
    group_size = _js_number(code, "groupSize") or 3
    proxy = re.search(r"""proxyUrl\s*:\s*['"]([^'"]+)['"]""", code)
    nextgroup = re.search(r"""<nextgroup>.*?href=['"]([^'"]+)['"]""", store, re.S)
    proxy_url = urljoin(url, proxy.group(1) if proxy else
                        (nextgroup.group(1).split("?", 1)[0] if nextgroup else "/module/web/jpage/dataproxy.jsp"))
    form = _js_object(code, "ajaxParam") or _js_object(code, "param")
    method = "POST"
    if form is None:
        method = "GET"
        form = dict(parse_qsl(urlsplit(nextgroup.group(1)).query)) if nextgroup else {}
        form.pop("page", None)
    group = perpage * group_size
    last = None
    if total is not None:
        rest = max(total - len(records), 0)
        last = 1 + (rest + group - 1) // group
    return Paging("jpage", url, {"proxy": proxy_url, "method": method, "form": form, "perpage": perpage,
                                 "group": group, "first": len(records), "total": total}, last=last)


# JSON list APIs named in a script --------------------------------------------------------------

API_CALLS = (
    re.compile(r"""\$\.(?:ajax|get|getJSON|post)\(\s*\{[^;]*?\burl\s*:\s*(['"`])(.+?)\1""", re.S),
    re.compile(r"""\$\.(?:get|getJSON|post)\(\s*(['"`])(.+?)\1"""),
    re.compile(r"""\bfetch\(\s*(['"`])(.+?)\1"""),
    re.compile(r"""\.open\(\s*['"](?:GET|POST)['"]\s*,\s*(['"`])(.+?)\1""", re.I),
    re.compile(r"""\baxios\.(?:get|post)\(\s*(['"`])(.+?)\1"""),
)


def _json_api(doc: lxml.html.HtmlElement, url: str) -> Paging | None:
    for code in _scripts(doc):
        for pattern in API_CALLS:
            for m in pattern.finditer(code):
                raw = re.sub(r"\$\{[^}]*\}", "", m.group(2))
                if raw.lower().endswith((".js", ".css", ".html", ".htm", ".shtml")) and "?" not in raw:
                    continue
                call = code[m.start(): m.start() + 1200]
                method = "POST" if re.search(r"""(?:type|method)\s*:\s*['"]post['"]|\$\.post\(|['"]POST['"]""",
                                             call, re.I) else "GET"
                parts = urlsplit(urljoin(url, raw))
                fields = dict(parse_qsl(parts.query, keep_blank_values=True))
                data = re.search(r"\b(?:data|body)\s*:\s*(?:JSON\.stringify\(\s*)?\{([^{}]*)\}", call)
                as_json = bool(re.search(r"JSON\.stringify|application/json", call)) or "axios.post" in call[:20]
                if data:
                    fields.update(_pairs(data.group(1)))
                else:
                    # $.get(url, {..}), axios.post(url, {..}): the parameters follow the URL.
                    obj = re.match(r"""[\w$.]+\(\s*(['"`]).+?\1\s*,\s*\{([^{}]*)\}""", call, re.S)
                    if obj and "method" not in obj.group(2):
                        fields.update(_pairs(obj.group(2)))
                if "axios.post" in call[:20]:
                    method = "POST"
                page_key = next((k for k in fields if PAGE_KEY.match(k)), None)
                if page_key is None or re.search(r"\b" + re.escape(page_key) + r"""\s*[:=]\s*['"][A-Za-z]""", call):
                    continue  # no page number (a visit counter's page: 'index')
                base = fields[page_key]
                page_base = 0 if base == "0" else 1
                size_key = next((k for k in fields if SIZE_KEY.match(k)), None)
                # Values that are script variables (page, pageSize) become what the page's own
                # variables say, or are left for the API to default.
                variables = _js_vars([code])
                for k, v in list(fields.items()):
                    if k == page_key:
                        continue
                    if not re.fullmatch(r"[\w.%-]*", v) or (re.fullmatch(r"[A-Za-z_$][\w$.]*", v) and k != page_key):
                        if v in variables:
                            fields[k] = str(variables[v])
                        elif re.fullmatch(r"[A-Za-z_$][\w$.]*", v) and v not in ("true", "false"):
                            del fields[k]
                fields.pop(page_key, None)
                api = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
                return Paging("json", url, {"api": api, "method": method, "fields": fields, "page_key": page_key,
                                            "page_base": page_base, "size_key": size_key,
                                            "json_body": as_json and method == "POST"})
    return None


def json_total(data: Any) -> tuple[int | None, int | None]:
    """(total records, total pages) that a JSON list answer reports, searched one level deep."""
    def pick(obj: dict[str, Any], keys: tuple[str, ...]) -> int | None:
        for k, v in obj.items():
            if str(k).lower() in keys and (isinstance(v, int) or (isinstance(v, str) and v.isdigit())):
                return int(v)
        return None

    objs = [data] if isinstance(data, dict) else []
    objs += [v for d in list(objs) for v in d.values() if isinstance(v, dict)]
    total = next((t for o in objs if (t := pick(o, TOTAL_KEYS)) is not None), None)
    pages = next((t for o in objs if (t := pick(o, PAGES_KEYS)) is not None), None)
    return total, pages


# Forms that post a page number -----------------------------------------------------------------

def _form(doc: lxml.html.HtmlElement, url: str, text: str) -> Paging | None:
    for form in doc.iter("form"):
        inputs = [i for i in form.iter("input") if i.get("name")]
        page_input = next((i for i in inputs if PAGE_KEY.match(i.get("name") or "")), None)
        if page_input is None or any((i.get("type") or "").lower() == "password" for i in inputs):
            continue
        last = _total_pages(doc, text)
        if last is None:
            continue
        fields = {i.get("name") or "": i.get("value") or "" for i in inputs
                  if (i.get("type") or "text").lower() in ("hidden", "text", "number") and i is not page_input}
        method = (form.get("method") or "GET").upper()
        action = urljoin(url, form.get("action") or url)
        return Paging("form", url, {"action": action, "method": "POST" if method == "POST" else "GET",
                                    "fields": fields, "page_key": page_input.get("name")}, last=last)
    return None


def _total_pages(doc: lxml.html.HtmlElement, text: str) -> int | None:
    m = TOTAL_PAGES_TEXT.search(text)
    if m:
        return int(m.group(1))
    nums = [int(n) for a in doc.iter("a") for n in re.findall(r"\((\d+)\)", (a.get("href") or "") + (a.get("onclick") or ""))]
    return max(nums) if nums else None


# javascript: pager functions --------------------------------------------------------------------

JS_CALL = re.compile(r"^(?:javascript:)?\s*([A-Za-z_$][\w$]*)\(\s*['\"]?(\d+)['\"]?\s*\)")


def _jsfunc(doc: lxml.html.HtmlElement, url: str, text: str) -> Paging | None:
    calls: dict[str, list[int]] = {}
    for a in doc.xpath("//*[@href or @onclick]"):  # links, and buttons or list items with handlers
        for attr in ("href", "onclick"):
            m = JS_CALL.match((a.get(attr) or "").strip())
            if m:
                calls.setdefault(m.group(1), []).append(int(m.group(2)))
    code = "\n".join(_scripts(doc))
    for name, nums in calls.items():
        fn = re.search(r"function\s+" + re.escape(name) + r"\s*\(\s*([\w$]+)[^)]*\)\s*\{", code)
        if fn is None:
            fn = re.search(re.escape(name) + r"\s*=\s*function\s*\(\s*([\w$]+)[^)]*\)\s*\{", code)
        if fn is None:
            continue
        param, body = fn.group(1), code[fn.end(): fn.end() + 1500]
        arg = r"\(?\s*(?:parseInt\()?\s*" + re.escape(param) + r"\s*\)?\s*(?:([+-])\s*(\d+))?\s*\)?"
        m = re.search(r"""(['"])([^'"]*)\1\s*\+\s*""" + arg + r"""(?:\s*\+\s*(['"])([^'"]*)\5)?""", body)
        if not m:
            continue
        # A URL, not a tab switcher's element id ("tab" + n): sent to location, or shaped like a page.
        if "location" not in body and "window.open" not in body \
                and not re.search(r"\.(?:s?html?|jsp|aspx?|php)|[?&][\w-]+=$", m.group(2) + (m.group(6) or "")):
            continue
        offset = int(m.group(4) or 0) * (-1 if m.group(3) == "-" else 1)
        last = max([*nums, _total_pages(doc, text) or 0])
        return Paging("jsfunc", url, {"func": name, "head": m.group(2), "tail": m.group(6) or "",
                                      "offset": offset}, last=last or None)
    return None


# 下一页 and numbered pager links ----------------------------------------------------------------

def next_link(doc: lxml.html.HtmlElement, url: str, page_no: int) -> str | None:
    """The next page by its link: `下一页`, or the link numbered page_no + 1."""
    here = canonicalize_url(url)
    numbered = None
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        label = " ".join(a.text_content().split())
        target = urljoin(url, href)
        if canonicalize_url(target) == here:
            continue
        if label in NEXT_TEXT or (a.get("title") or "").strip() in ("下一页", "下页"):
            return target
        if label == str(page_no + 1) and numbered is None:
            numbered = target
    if numbered is None:
        # A page-number drop-down: <select onchange="location.href=this.value"><option value="index_2.html">3
        for opt in doc.iter("option"):
            value = (opt.get("value") or "").strip()
            if " ".join(opt.text_content().split()) in (str(page_no + 1), f"第{page_no + 1}页") \
                    and re.search(r"[/.?=]", value) and not value.startswith("javascript:"):
                return urljoin(url, value)
    return numbered


def _links(doc: lxml.html.HtmlElement, url: str) -> Paging | None:
    if next_link(doc, url, 1) is None:
        return None
    return Paging("links", url, {})


# detection -------------------------------------------------------------------------------------

def detect(doc: lxml.html.HtmlElement, html: str, url: str) -> Paging | None:
    """The paging of the list page at url (its first page), or None for a single page."""
    text = doc.text_content() if doc is not None else ""
    for found in (_jpage(doc, html, url), _json_api(doc, url), _trs(doc, url), _form(doc, url, text),
                  _jsfunc(doc, url, text), _links(doc, url)):
        if found is not None:
            return found
    return None


def refresh(paging: Paging, doc: lxml.html.HtmlElement | None = None, answer: Any = None,
            records: int | None = None) -> None:
    """Learn from a later page: a larger page count in its pager, an API's reported total."""
    if paging.style == "jsfunc" and doc is not None:
        found = _jsfunc(doc, paging.base, doc.text_content())
        if found and found.last and (paging.last is None or found.last > paging.last):
            paging.last = found.last
    elif paging.style == "json" and answer is not None:
        total, pages = json_total(answer)
        size = records or 0
        if pages is not None:
            paging.last = pages
        elif total is not None and size:
            size = int(paging.params.get("seen_size") or size)
            paging.params["seen_size"] = size
            paging.last = max(1, (total + size - 1) // size)
    elif paging.style == "jpage" and answer is not None and paging.params.get("total") is None:
        paging.params["total"] = answer


def dumps(paging: Paging | None) -> str:
    return json.dumps(paging.to_dict() if paging else None, ensure_ascii=False)
