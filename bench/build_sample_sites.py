"""Build the bundled sample sites (siqing/app/demo/content/) from the shared real corpora and the news items
in siqing/app/demo/news_items.json."""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import re
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "siqing" / "app" / "demo" / "content"

HTML_UTF8 = "text/html; charset=utf-8"
HTML_BARE = "text/html"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"

# The news items of the /npc/c2/c30834/, /jnrd/rdyw/ and /lixia/gzdt/ columns, kept as data beside the demo
# (siqing/app/demo/news_items.json): real items as published ("source" names the stored page, NOTICE lists
# them) and the few written ones ("written": true, marked siqing:sample on their pages; NOTICE says which and
# why). Each: (title, "YYYY-MM-DD HH:MM", paragraphs, kind for home 济南, attachment or None, written).
Item = tuple[str, str, list[str], str, tuple[str, str] | None, bool]
NEWS_ITEMS = ROOT / "siqing" / "app" / "demo" / "news_items.json"


def load_items(column: str) -> list[Item]:
    """The news items of one column (npc, jnrd or lixia); a page that states no time of day gets hour_for's."""
    data = json.loads(NEWS_ITEMS.read_text(encoding="utf-8"))
    out: list[Item] = []
    for i in data[column]:
        when = i["when"] if len(i["when"]) > 10 else f"{i['when']} {hour_for(i['title'])}"
        att = (i["attachment"][0], i["attachment"][1]) if i["attachment"] else None
        out.append((i["title"], when, i["paragraphs"], i["kind"], att, bool(i["written"])))
    return out


@dataclass
class Article:
    """One sample article before rendering."""

    site: str
    column: str
    title: str
    when: str  # "YYYY-MM-DD HH:MM"
    paragraphs: list[str]
    kind: str
    written: bool
    url: str = ""
    encoding: str = "utf-8"
    meta_charset: bool = True
    lead: list[str] = field(default_factory=list)
    attachment: tuple[str, str] | None = None
    extra: dict = field(default_factory=dict)

    @property
    def day(self) -> str:
        """The published date as YYYY-MM-DD."""
        return self.when[:10]


class SiteWriter:
    """Collects routes (url path -> bytes, content type) and the manifest."""

    def __init__(self) -> None:
        """Start empty."""
        self.routes: dict[str, tuple[bytes, str]] = {}
        self.articles: list[Article] = []

    def add(self, path: str, data: bytes, ctype: str) -> None:
        """Register one served file."""
        assert path not in self.routes, path
        self.routes[path] = (data, ctype)

    def add_html(self, path: str, text: str, encoding: str = "utf-8") -> None:
        """Register an HTML page in the given encoding."""
        if encoding == "utf-8":
            self.add(path, text.encode("utf-8"), HTML_UTF8)
        else:
            self.add(path, text.encode("gbk", errors="xmlcharrefreplace"), HTML_BARE)

    def write(self, out: Path) -> None:
        """Write the gzipped files, routes.json and manifest.json."""
        if out.exists():
            shutil.rmtree(out)
        (out / "files").mkdir(parents=True)
        routes = {}
        for path, (data, ctype) in sorted(self.routes.items()):
            rel = "files" + path + ".gz"
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
                gz.write(data)
            target.write_bytes(buf.getvalue())
            routes[path] = {"file": rel, "content_type": ctype}
        (out / "routes.json").write_text(json.dumps(routes, ensure_ascii=False, indent=1), "utf-8")
        manifest = {
            "home": {"code": "370100", "name": "山东省济南市"},
            "articles": [
                {
                    "url": a.url,
                    "title": a.title,
                    "site": a.site,
                    "column": a.column,
                    "kind_for_jinan": a.kind,
                    "published": a.day,
                    "written": a.written,
                    "encoding": a.encoding if a.meta_charset or a.encoding == "utf-8" else "gbk (no meta)",
                    "attachments": [a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"]]
                    if a.attachment
                    else [],
                }
                for a in self.articles
            ],
        }
        (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")


def doc_id(text: str, low: int = 1000000) -> int:
    """A stable numeric id for a title (TRS-style 7-digit ids)."""
    return low + zlib.crc32(text.encode("utf-8")) % 8999999


def esc(text: str) -> str:
    """HTML-escape text."""
    return html.escape(text, quote=True)


def paragraphs_html(paras: list[str], style: str = "text-indent:2em;") -> str:
    """Render paragraphs, markdown headings as centred bold lines."""
    out = []
    for p in paras:
        if p.startswith("#"):
            out.append(f'<p style="text-align:center;"><strong>{esc(p.lstrip("#").strip())}</strong></p>')
        else:
            out.append(f'<p style="{style}">{esc(p)}</p>')
    return "\n".join(out)


def truncate_paras(text: str, limit: int = 3000) -> list[str]:
    """Split a regulation text into paragraphs and cut at a paragraph boundary near limit."""
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    kept: list[str] = []
    total = 0
    for p in paras:
        if kept and total + len(p) > limit:
            kept.append("……（全文略）")
            break
        kept.append(p)
        total += len(p)
    return kept


def reg_event(reg: dict) -> dict | None:
    """The last enactment record of a regulation that has an acting body."""
    events = [e for e in reg.get("enactment_history") or [] if e.get("action") and e.get("date")]
    return events[-1] if events else None


def cn_to_iso(date: str) -> str:
    """Convert 2021年9月30日 to 2021-09-30."""
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date)
    assert m, date
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"


def pick_regs(
    rows: list[dict], prefixes: tuple[str, ...], body_word: str, n: int, min_year: int = 2004
) -> list[dict]:
    """Pick n regulations with the given title prefixes, spread over time, deterministic."""
    found = []
    for r in rows:
        if not r["title"].startswith(prefixes) or len(r["text"]) < 800:
            continue
        ev = reg_event(r)
        if not ev or body_word not in "".join(e.get("body") or "" for e in r["enactment_history"]):
            continue
        day = cn_to_iso(ev["date"])
        if int(day[:4]) < min_year:
            continue
        found.append((day, r))
    found.sort(key=lambda t: (t[0], t[1]["title"]), reverse=True)
    step = max(1, len(found) // n)
    chosen = [r for _, r in found[::step]][:n]
    return chosen


def hour_for(title: str) -> str:
    """A stable publishing time of day for a title."""
    h = zlib.crc32(title.encode("utf-8"))
    return f"{8 + h % 10:02d}:{(h // 10) % 60:02d}"


NPC_ITEMS: list[Item] = load_items("npc")
JNRD_ITEMS: list[Item] = load_items("jnrd")
LIXIA_ITEMS: list[Item] = load_items("lixia")


ON = ' class="on"'

TRS_PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  else {
    document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
    if(nCurrIndex == 1) document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
    else document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex == (_nPageCount-1)) document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  else {
    document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;");
    document.write("<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
  }
}
</script>"""


def page_name(i: int, first: str = "index.html", fmt: str = "index_{}.html") -> str:
    """File name of list page i (0-based)."""
    return first if i == 0 else fmt.format(i)


def chunks(items: list, size: int) -> list[list]:
    """Split a list into pages."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


# ---------------------------------------------------------------- npc.gov.cn

NPC_COLUMNS = {"c30834": "权威发布", "c5948": "地方人大"}


def npc_chrome_head(title: str, written: bool = False) -> str:
    """Head and top navigation of an npc.gov.cn-like page."""
    sample = '<meta name="siqing:sample" content="written">\n' if written else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="keywords" content="中国人大网,全国人大,人大常委会">
<link rel="stylesheet" href="/npc/images/common.css">
{sample}</head>
<body>
<div class="top_bar"><div class="w1200"><a href="/npc/">中国人大网</a>　<span class="sj">手机版</span>　<a href="javascript:void(0)">English</a></div></div>
<div class="nav"><ul>
<li><a href="/npc/">首页</a></li><li><a href="/npc/c2/c30834/index.html">权威发布</a></li>
<li><a href="javascript:void(0)">立法</a></li><li><a href="javascript:void(0)">监督</a></li>
<li><a href="javascript:void(0)">代表</a></li><li><a href="javascript:void(0)">理论</a></li>
<li><a href="/npc/c2/c5948/index.html">地方人大</a></li><li><a href="javascript:void(0)">人大概况</a></li></ul></div>
"""


NPC_FOOT = """<div class="footer"><p><a href="javascript:void(0)">关于我们</a> | <a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a></p>
<p>版权所有：全国人大常委会办公厅　Copyright &copy; 2024 www.npc.gov.cn All Rights Reserved</p>
<p>京ICP备05003934号　京公网安备11010102000002号</p></div>
</body>
</html>
"""


def build_npc(w: SiteWriter, rows: list[dict]) -> None:
    """中国人大网-like: 权威发布 (national items) and 地方人大 (other provinces' regulations)."""
    columns: dict[str, list[Article]] = {"c30834": [], "c5948": []}
    for title, when, paras, kind, att, written in NPC_ITEMS:
        columns["c30834"].append(Article("npc", "权威发布", title, when, paras, kind, written, attachment=att))
    for prefixes, n in (
        (("浙江省",), 3),
        (("广东省",), 3),
        (("上海市",), 3),
        (("北京市",), 3),
        (("重庆市",), 3),
        (("河南省",), 3),
    ):
        body = prefixes[0][:2]
        for r in pick_regs(rows, prefixes, body, n, min_year=2016):
            ev = reg_event(r)
            assert ev
            lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
            a = Article(
                "npc",
                "地方人大",
                r["title"],
                cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
                truncate_paras(r["text"], 2200),
                "external",
                False,
                lead=lead,
            )
            columns["c5948"].append(a)
    for col, arts in columns.items():
        arts.sort(key=lambda a: a.when, reverse=True)
        for a in arts:
            ym = a.day[:7].replace("-", "")
            a.url = f"/npc/c2/{col}/{ym}/t{a.day.replace('-', '')}_{doc_id(a.title, 430000) % 1000000}.html"
        pages = chunks(arts, 8)
        for i, page in enumerate(pages):
            items = "\n".join(
                f'<li><a href="./{a.url.split("/", 4)[4]}" target="_blank">{esc(a.title)}</a></li>'
                for a in page
            )
            body = f"""{npc_chrome_head(NPC_COLUMNS[col] + "_中国人大网")}
<div class="position">当前位置：<a href="/npc/">首页</a> &gt; <a href="index.html">{NPC_COLUMNS[col]}</a></div>
<div class="list_box"><h2>{NPC_COLUMNS[col]}</h2>
<ul class="list">
{items}
</ul>
<div class="page">{TRS_PAGER_JS}<script>createPageHTML({len(pages)}, {i}, "index", "html");</script></div>
</div>
{NPC_FOOT}"""
            w.add_html(f"/npc/c2/{col}/{page_name(i)}", body)
        for k, a in enumerate(arts):
            related = [b for b in arts if b is not a][k % 3 : k % 3 + 4]
            rel = "\n".join(
                f'<li><a href="/npc/c2/{col}/{b.url.split("/", 4)[4]}">{esc(b.title)}</a></li>'
                for b in related
            )
            y, m, d = a.day.split("-")
            fbrq = f"{y}年{m}月{d}日 {a.when[11:]}"
            lead = "".join(f'<p style="text-align:center;">{esc(x)}</p>' for x in a.lead)
            body = f"""{npc_chrome_head(a.title + "_中国人大网", a.written)}
<div class="position">当前位置：<a href="/npc/">首页</a> &gt; <a href="../index.html">{a.column}</a></div>
<div class="tit"><h1>{esc(a.title)}</h1></div>
<div class="fontsize"><span>来源： 中国人大网</span>　<span id="fbrq_show"></span>　浏览字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ空间</a></div>
<div id="Zoom">
{lead}
{paragraphs_html(a.paragraphs)}
</div>
<div class="zrbj">责任编辑：{"王伟" if k % 2 else "刘冰"}</div>
<div class="print"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="xgxw"><h3>相关文章</h3><ul>
{rel}
</ul></div>
<script type="text/javascript">
var fbrq = "{fbrq}";
document.getElementById("fbrq_show").innerHTML = fbrq;
</script>
{NPC_FOOT}"""
            w.add_html(a.url, body)
            w.articles.append(a)


# ---------------------------------------------------------------- gov.cn


def build_govcn(w: SiteWriter, policies: list[dict]) -> None:
    """中国政府网-like 最新政策, reusing the real page fragments."""
    chosen = [
        p
        for p in policies
        if len(p["page_html_fragment"]) < 26000 and "UCAP-CONTENT" in p["page_html_fragment"]
    ]
    chosen = chosen[:16]
    arts = []
    for p in chosen:
        a = Article(
            "govcn",
            "最新政策",
            p["title"],
            p["publish_date"] + " " + hour_for(p["title"]),
            [],
            "upper",
            False,
        )
        path = p["url"].split("www.gov.cn", 1)[1]
        a.url = "/govcn" + path
        a.extra = p
        arts.append(a)
    arts.sort(key=lambda a: a.when, reverse=True)
    pages = chunks(arts, 10)
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="中国政府网,政策">
{metas}
</head><body>
<div class="header"><a href="/govcn/">中国政府网</a> <span>www.gov.cn</span>
<ul class="nav"><li><a href="/govcn/">首页</a></li><li>简</li><li>繁</li><li>EN</li><li>登录</li>
<li><a href="/govcn/zhengce/zuixin/index.html">政策</a></li><li>国务院</li><li>总理</li><li>新闻</li><li>服务</li><li>问政</li><li>数据</li></ul></div>
"""
    foot = """<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body></html>
"""
    for i, page in enumerate(pages):
        items = "\n".join(
            f'<li><h4><a href="{a.url}" target="_blank">{esc(a.title)}</a><span class="date">{a.day}</span></h4></li>'
            for a in page
        )
        nav = []
        if i > 0:
            nav.append(f'<a href="{page_name(i - 1)}">上一页</a>')
        if i < len(pages) - 1:
            nav.append(f'<a href="{page_name(i + 1)}">下一页</a>')
        body = (
            head.format(title="最新政策_中国政府网", metas="")
            + f"""<div class="channel_tab">最新政策</div>
<div class="news_box"><div class="list list_1 list_2"><ul>
{items}
</ul></div>
<div class="pages">{" ".join(nav)}</div></div>
{foot}"""
        )
        w.add_html(f"/govcn/zhengce/zuixin/{page_name(i)}", body)
    for a in arts:
        p = a.extra
        metas = (
            f'<meta name="ArticleTitle" content="{esc(p["title"])}">\n'
            f'<meta name="PubDate" content="{p["publish_date"]} {a.when[11:]}">\n'
            f'<meta name="ContentSource" content="{esc(p["issuing_office"])}">\n'
            f'<meta name="ColumnName" content="国务院文件">'
        )
        frag = p["page_html_fragment"]
        body = (
            head.format(title=esc(p["title"]) + "_国务院部门文件_中国政府网", metas=metas)
            + f"""<div class="BreadcrumbNav">
<a href="/govcn/">首页</a> &gt; <a href="/govcn/zhengce/zuixin/index.html">政策</a> &gt; 国务院文件</div>
{frag}
<div class="share">【我要打印】 【关闭窗口】 扫一扫在手机打开当前页</div>
{foot}"""
        )
        w.add_html(a.url, body)
        a.extra = {}
        w.articles.append(a)


# ---------------------------------------------------------------- sdrd (TRS WCM, mixed GBK / UTF-8)


def trs_head(title: str, charset: str | None, metas: str) -> str:
    """Head of a TRS WCM page; charset None leaves out the meta charset."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n' if charset else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}<title>{esc(title)}</title>
<meta name="SiteName" content="山东人大网" />
<meta name="SiteDomain" content="www.sdrd.gov.cn" />
{metas}<link href="/sdrd/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><div class="logo"><a href="/sdrd/">山东人大网</a></div>
<div class="menu"><a href="/sdrd/">首页</a> | <a href="javascript:void(0)">人大要闻</a> | <a href="/sdrd/lfgz/dfxfg/index.html">立法工作</a> | <a href="javascript:void(0)">监督工作</a> | <a href="javascript:void(0)">代表工作</a> | <a href="javascript:void(0)">市县人大</a></div></div>
"""


TRS_FOOT = """<div class="foot">主办：山东省人大常委会办公厅　承办：山东省人大常委会信息中心<br />
地址：济南市历下区省府前街1号　鲁ICP备05009370号</div>
</body>
</html>
"""


def make_pdf(lines: list[str]) -> bytes:
    """A tiny real PDF with Chinese text (WeasyPrint, font subset)."""
    from weasyprint import HTML  # noqa: PLC0415

    body = "".join(f"<p>{esc(x)}</p>" for x in lines)
    doc = f'<html><head><style>@page {{ size: A5; margin: 1.5cm }} body {{ font-family: "FandolSong", "Noto Serif CJK SC", serif; font-size: 11pt }}</style></head><body>{body}</body></html>'
    return HTML(string=doc).write_pdf()


def make_docx(lines: list[str]) -> bytes:
    """A tiny real DOCX with the given paragraphs."""
    import docx  # noqa: PLC0415

    d = docx.Document()
    d.core_properties.author = "siqing sample sites"
    d.add_heading(lines[0], level=1)
    for x in lines[1:]:
        d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def passed_on(line: str) -> str:
    """Turn an enactment line into the 已于...经...通过 wording of an announcement."""
    return re.sub(r"^(\d{4}年\d{1,2}月\d{1,2}日)\s*(?!经)", r"\1经", line.strip())


def announcement(title: str, lines: list[str], body_name: str) -> list[str]:
    """Announcement paragraphs of a standing committee publishing a regulation."""
    return [
        f"## {body_name}公告",
        f"《{title}》已于" + "，".join(passed_on(x) for x in lines) + "，现予公布。",
    ]


def build_sdrd(w: SiteWriter, rows: list[dict]) -> None:
    """山东人大网 on TRS WCM: 地方性法规 column with createPageHTML pagination, about a third GBK."""
    regs = pick_regs(rows, ("山东省",), "山东省人民代表大会常务委员会", 36, min_year=2012)
    arts = []
    for r in regs:
        ev = reg_event(r)
        assert ev
        lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
        paras = announcement(r["title"], [ev["line"]], "山东省人民代表大会常务委员会")
        paras += [f"## {r['title']}"] + [f"（{x}）" for x in lead] + truncate_paras(r["text"])
        a = Article(
            "sdrd",
            "地方性法规",
            r["title"],
            cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
            paras,
            "upper",
            False,
        )
        arts.append(a)
    arts.sort(key=lambda a: a.when, reverse=True)
    for k, a in enumerate(arts):
        a.url = (
            f"/sdrd/lfgz/dfxfg/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{doc_id(a.title)}.html"
        )
        if k % 3 == 1:
            a.encoding = "gbk"
            a.meta_charset = k != 4  # one GBK page carries no meta charset at all
    pdf_art = arts[2]
    pdf_art.attachment = (pdf_art.title + ".pdf", "pdf")
    pages = chunks(arts, 8)
    for i, page in enumerate(pages):
        gbk = i == 1
        items = "\n".join(
            f'<li><a href="./{a.url.split("/", 4)[4]}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.day}</span></li>'
            for a in page
        )
        metas = '<meta name="ColumnName" content="地方性法规" />\n'
        body = (
            trs_head("地方性法规_山东人大网", "gb2312" if gbk else "utf-8", metas)
            + f"""<div class="location">您现在的位置：<a href="/sdrd/">首页</a> &gt; <a href="/sdrd/lfgz/">立法工作</a> &gt; <a href="./">地方性法规</a></div>
<div class="main"><div class="lmtit">地方性法规</div>
<ul class="list_news">
{items}
</ul>
<div class="fy">{TRS_PAGER_JS}
<script>createPageHTML({len(pages)}, {i}, "index", "html");</script></div></div>
{TRS_FOOT}"""
        )
        w.add_html(f"/sdrd/lfgz/dfxfg/{page_name(i)}", body, "gbk" if gbk else "utf-8")
    for a in arts:
        charset = None if not a.meta_charset else ("gb2312" if a.encoding == "gbk" else "utf-8")
        metas = (
            f'<meta name="ColumnName" content="{a.column}" />\n<meta name="ArticleTitle" content="{esc(a.title)}" />\n'
            f'<meta name="PubDate" content="{a.when}" />\n<meta name="ContentSource" content="山东省人大常委会办公厅" />\n'
        )
        att_html = ""
        if a.attachment:
            href = f"./P0{a.day.replace('-', '')}{doc_id(a.title) % 100000}.pdf"
            a.extra["att_href"] = href.split("/")[-1]
            att_html = f'<div class="fj">附件：<a href="{href}" OLDSRC="/protect/P0.pdf">{esc(a.attachment[0])}</a></div>'
            lines = [a.title] + [p.lstrip("#").strip() for p in a.paragraphs[:12]]
            w.add(a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"], make_pdf(lines), PDF_TYPE)
        body = (
            trs_head(a.title, charset, metas)
            + f"""<div class="location">您现在的位置：<a href="/sdrd/">首页</a> &gt; <a href="/sdrd/lfgz/">立法工作</a> &gt; <a href="../">地方性法规</a></div>
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info">发布日期：{a.day}　　来源：山东人大网　　【字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="TRS_Editor">
{paragraphs_html(a.paragraphs)}
</div>
{att_html}
<div class="close"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>
{TRS_FOOT}"""
        )
        w.add_html(a.url, body, a.encoding)
        w.articles.append(a)


# ---------------------------------------------------------------- jnrd


def build_jnrd(w: SiteWriter, rows: list[dict]) -> None:
    """济南人大: 人大要闻 (济南 news items) and 立法工作 (济南 regulations)."""
    cols: dict[str, tuple[str, list[Article]]] = {"rdyw": ("人大要闻", []), "lfgz": ("立法工作", [])}
    for title, when, paras, kind, att, written in JNRD_ITEMS:
        cols["rdyw"][1].append(Article("jnrd", "人大要闻", title, when, paras, kind, written, attachment=att))
    for r in pick_regs(rows, ("济南市",), "济南市人民代表大会", 18, min_year=2004):
        ev = reg_event(r)
        assert ev
        lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
        acts = [e["line"] for e in r["enactment_history"] if e.get("action") and e.get("date")]
        city = [x for x in acts if "济南市" in x][-1:]
        tail = [x for x in acts[-1:] if x not in city]
        paras = announcement(r["title"], city + tail, "济南市人民代表大会常务委员会")
        paras += [f"## {r['title']}"] + [f"（{x}）" for x in lead] + truncate_paras(r["text"])
        cols["lfgz"][1].append(
            Article(
                "jnrd",
                "立法工作",
                r["title"],
                cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
                paras,
                "internal",
                False,
            )
        )
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ColumnName" content="{col}">
</head><body>
<div class="header"><div class="logo"><a href="/jnrd/">济南人大</a></div><div class="search"><input type="text" placeholder="请输入关键字"></div></div>
<div class="nav"><a href="/jnrd/">首页</a><a href="/jnrd/rdyw/index.html">人大要闻</a><a href="/jnrd/lfgz/index.html">立法工作</a><a href="javascript:void(0)">监督工作</a><a href="javascript:void(0)">代表工作</a><a href="javascript:void(0)">区县人大</a></div>
"""
    foot = """<div class="footer"><p>济南市人大常委会办公厅主办　地址：济南市龙奥北路1号</p><p>鲁ICP备12006350号-1　网站标识码3701000048</p></div>
</body></html>
"""
    for col, (cname, arts) in cols.items():
        arts.sort(key=lambda a: a.when, reverse=True)
        for a in arts:
            a.url = f"/jnrd/{col}/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{doc_id(a.title, 5000000) % 10000000}.html"
        pages = chunks(arts, 10)
        for i, page in enumerate(pages):
            items = "\n".join(
                f'<li><span class="time">{a.day}</span><a href="{a.url}" target="_blank">{esc(a.title)}</a></li>'
                for a in page
            )
            nums = " ".join(
                f'<a href="{page_name(j)}"{ON if j == i else ""}>{j + 1}</a>' for j in range(len(pages))
            )
            nxt = f' <a href="{page_name(i + 1)}">下一页</a>' if i < len(pages) - 1 else ""
            prv = f'<a href="{page_name(i - 1)}">上一页</a> ' if i > 0 else ""
            body = (
                head.format(title=f"{cname}-济南人大", col=cname)
                + f"""<div class="crumb">当前位置：<a href="/jnrd/">首页</a> &gt; {cname}</div>
<div class="listbox"><ul class="newslist">
{items}
</ul>
<div class="pagebar">{prv}{nums}{nxt}　共{len(arts)}条</div></div>
{foot}"""
            )
            w.add_html(f"/jnrd/{col}/{page_name(i)}", body)
        for a in arts:
            att_html = ""
            if a.attachment:
                name = a.attachment[0]
                a.extra["att_href"] = f"W0{a.day.replace('-', '')}{doc_id(name) % 1000}.docx"
                att_html = (
                    f'<div class="attach">附件：<a href="./{a.extra["att_href"]}">{esc(name)}</a></div>'
                )
                data = make_docx(
                    [
                        name.removesuffix(".docx"),
                        "（本文件为示例内容，非真实文件。）",
                        "一、坚持党的领导，围绕中心、服务大局。",
                        "二、加强重点领域立法，提高立法质量。",
                        "三、依法开展执法检查和专题询问，增强监督实效。",
                        "四、密切联系人大代表和人民群众，做好代表建议督办。",
                    ]
                )
                w.add(a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"], data, DOCX_TYPE)
            sample = '<meta name="siqing:sample" content="written">\n' if a.written else ""
            body = (
                head.format(title=f"{esc(a.title)}-济南人大", col=cname).replace(
                    "</head>", sample + "</head>"
                )
                + f"""<div class="crumb">当前位置：<a href="/jnrd/">首页</a> &gt; <a href="/jnrd/{col}/index.html">{cname}</a> &gt; 正文</div>
<div class="detail"><h2 class="title">{esc(a.title)}</h2>
<div class="source">发布时间：{a.when}　　来源：济南市人大常委会办公厅　　<span class="view">浏览次数：<script>document.write(Math.floor(Math.random()*1000))</script></span>　【<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="content" id="content">
{paragraphs_html(a.paragraphs)}
</div>
{att_html}
<div class="bottom_tool"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></div>
{foot}"""
            )
            w.add_html(a.url, body)
            w.articles.append(a)


# ---------------------------------------------------------------- lixia (JCMS-like, "下一页" links)


def build_lixia(w: SiteWriter) -> None:
    """历下区人大: 历下区 news items, 大汉 JCMS-style URLs, 下一页 pagination."""
    arts = [
        Article("lixia", "工作动态", t, when, p, k, written, attachment=att)
        for t, when, p, k, att, written in LIXIA_ITEMS
    ]
    arts.sort(key=lambda a: a.when, reverse=True)
    for a in arts:
        y, m, d = (int(x) for x in a.day.split("-"))
        a.url = f"/lixia/art/{y}/{m}/{d}/art_36721_{doc_id(a.title) % 10000000}.html"
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
{extra}</head><body>
<div class="top"><a href="/lixia/">历下区人大常委会</a> <span>济南市历下区人民代表大会常务委员会</span></div>
<div class="menu"><a href="/lixia/">首页</a> <a href="/lixia/gzdt/index.html">工作动态</a> <a href="javascript:void(0)">代表风采</a> <a href="javascript:void(0)">基层立法联系点</a> <a href="javascript:void(0)">联系我们</a></div>
"""
    foot = """<div class="bottom">历下区人大常委会办公室　版权所有　鲁ICP备05050311号</div>
</body></html>
"""
    pages = chunks(arts, 6)
    for i, page in enumerate(pages):
        items = "\n".join(
            f'<tr><td class="bt"><a href="{a.url}" target="_blank">{esc(a.title)}</a></td><td class="rq">[{a.day}]</td></tr>'
            for a in page
        )
        links = []
        if i > 0:
            links.append(
                f'<a href="{page_name(i - 1, fmt="list_{}.html") if i - 1 else "index.html"}">上一页</a>'
            )
        if i < len(pages) - 1:
            links.append(f'<a href="list_{i + 1}.html">下一页</a>')
        body = (
            head.format(title="工作动态 - 历下区人大常委会", extra="")
            + f"""<div class="pos">首页 &gt; 工作动态</div>
<table class="newslist">
{items}
</table>
<div class="pagination">第{i + 1}页/共{len(pages)}页 {" ".join(links)}</div>
{foot}"""
        )
        w.add_html(f"/lixia/gzdt/{page_name(i, fmt='list_{}.html')}", body)
    for a in arts:
        att_html = ""
        if a.attachment:
            a.extra["att_href"] = f"{doc_id(a.title) % 100000}.pdf"
            att_html = f'<p>附件：<a href="./{a.extra["att_href"]}">{esc(a.attachment[0])}</a></p>'
            data = make_pdf(
                [
                    "历下区基层立法联系点意见征求表（示例内容）",
                    "法规草案名称：________",
                    "意见建议：________",
                    "提出人：________　联系电话：________",
                ]
            )
            w.add(a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"], data, PDF_TYPE)
        body = (
            head.format(
                title=f"{esc(a.title)} - 历下区人大常委会",
                extra='<meta name="siqing:sample" content="written">\n' if a.written else "",
            )
            + f"""<div class="pos">首页 &gt; <a href="/lixia/gzdt/index.html">工作动态</a></div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="info">日期：{a.day}　　来源：历下区人大常委会办公室　　字体：[大 中 小]</div>
<div id="zoom">
{paragraphs_html(a.paragraphs)}
{att_html}
</div></div>
{foot}"""
        )
        w.add_html(a.url, body)
        w.articles.append(a)


# ---------------------------------------------------------------- zjrd


def build_zjrd(w: SiteWriter, rows: list[dict]) -> None:
    """浙江人大: 浙江, 杭州 and 宁波 regulations, paginated with 下一页 links."""
    arts = []
    for prefixes, n in ((("浙江省",), 10), (("杭州市",), 5), (("宁波市",), 5)):
        for r in pick_regs(rows, prefixes, prefixes[0][:2], n, min_year=2010):
            ev = reg_event(r)
            assert ev
            lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
            paras = [f"（{x}）" for x in lead] + truncate_paras(r["text"], 2500)
            arts.append(
                Article(
                    "zjrd",
                    "地方性法规",
                    r["title"],
                    cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
                    paras,
                    "external",
                    False,
                )
            )
    arts.sort(key=lambda a: a.when, reverse=True)
    for a in arts:
        y, m, d = (int(x) for x in a.day.split("-"))
        a.url = f"/zjrd/art/{y}/{m}/{d}/art_1229690_{doc_id(a.title, 50000000) % 100000000}.html"
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
{metas}</head><body>
<div class="zj-head"><a href="/zjrd/">浙江人大</a> <span>浙江省人民代表大会常务委员会</span></div>
<div class="zj-nav"><a href="/zjrd/">首页</a> <a href="javascript:void(0)">要闻</a> <a href="/zjrd/col/dfxfg/index.html">法规库</a> <a href="javascript:void(0)">监督</a> <a href="javascript:void(0)">代表</a></div>
"""
    foot = """<div class="zj-foot">浙江省人大常委会办公厅主办　浙ICP备05003940号</div>
</body></html>
"""
    pages = chunks(arts, 8)
    for i, page in enumerate(pages):
        items = "\n".join(
            f'<li><a href="{a.url}" title="{esc(a.title)}" target="_blank">{esc(a.title)}</a><i>{a.day}</i></li>'
            for a in page
        )
        nav = ['<a href="index.html">首页</a>']
        if i > 0:
            nav.append(f'<a href="{page_name(i - 1)}">上一页</a>')
        if i < len(pages) - 1:
            nav.append(f'<a href="{page_name(i + 1)}">下一页</a>')
        nav.append(f'<a href="{page_name(len(pages) - 1)}">尾页</a>')
        body = (
            head.format(title="地方性法规_浙江人大", metas="")
            + f"""<div class="zj-list"><h3>地方性法规</h3><ul>
{items}
</ul><div class="zj-page">{" ".join(nav)}</div></div>
{foot}"""
        )
        w.add_html(f"/zjrd/col/dfxfg/{page_name(i)}", body)
    for a in arts:
        metas = f'<meta name="ArticleTitle" content="{esc(a.title)}">\n<meta name="PubDate" content="{a.when}">\n<meta name="ContentSource" content="浙江人大">\n'
        body = (
            head.format(title=f"{esc(a.title)}_浙江人大", metas=metas)
            + f"""<div class="zj-art"><div class="zj-tit">{esc(a.title)}</div>
<div class="zj-info">发布日期：{a.day}　信息来源：浙江省人大常委会法工委</div>
<div class="zj-con">
{paragraphs_html(a.paragraphs)}
</div></div>
{foot}"""
        )
        w.add_html(a.url, body)
        w.articles.append(a)


def build_home_pages(w: SiteWriter) -> None:
    """Site home pages linking to their columns, and robots.txt."""
    links = {
        "npc": ("中国人大网", ["/npc/c2/c30834/index.html", "/npc/c2/c5948/index.html"]),
        "govcn": ("中国政府网", ["/govcn/zhengce/zuixin/index.html"]),
        "sdrd": ("山东人大网", ["/sdrd/lfgz/dfxfg/index.html"]),
        "jnrd": ("济南人大", ["/jnrd/rdyw/index.html", "/jnrd/lfgz/index.html"]),
        "lixia": ("历下区人大常委会", ["/lixia/gzdt/index.html"]),
        "zjrd": ("浙江人大", ["/zjrd/col/dfxfg/index.html"]),
    }
    for site, (name, urls) in links.items():
        items = "".join(f'<li><a href="{u}">{u}</a></li>' for u in urls)
        w.add_html(
            f"/{site}/index.html",
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body><h1>{name}</h1><ul>{items}</ul></body></html>\n',
        )
    sites = "".join(f'<li><a href="/{s}/index.html">{n}</a></li>' for s, (n, _) in links.items())
    w.add_html(
        "/index.html",
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>siqing sample sites</title></head><body><ul>{sites}</ul></body></html>\n',
    )
    w.add("/robots.txt", b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8")


def load_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Build the sample sites from ../shared into siqing/app/demo/content/."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    corpora = args.shared / "data" / "corpora"
    regs = load_jsonl(corpora / "local-regulations" / "local_regulations.jsonl")
    policies = load_jsonl(corpora / "govcn-policy" / "govcn_policies.jsonl")
    w = SiteWriter()
    steps: list[Callable[[], None]] = [
        lambda: build_npc(w, regs),
        lambda: build_govcn(w, policies),
        lambda: build_sdrd(w, regs),
        lambda: build_jnrd(w, regs),
        lambda: build_lixia(w),
        lambda: build_zjrd(w, regs),
        lambda: build_home_pages(w),
    ]
    for step in steps:
        step()
    w.write(args.out)
    counts: dict[str, int] = {}
    for a in w.articles:
        counts[a.site] = counts.get(a.site, 0) + 1
        counts[a.kind] = counts.get(a.kind, 0) + 1
    print(json.dumps({"articles": len(w.articles), "routes": len(w.routes), **counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
