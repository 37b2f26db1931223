"""Exact expectations for crawlers.extract on small government-style pages."""

from __future__ import annotations

import pytest

from crawlers.extract import dates, decode_html, extract
from crawlers.extract.cli import main_extract
from siqing.errors import UsageError

PARA = ("为深入贯彻落实党中央决策部署，全面加强人大监督工作，常委会组成人员深入基层开展调研，"
        "听取各方面意见建议，推动解决群众急难愁盼问题，取得了积极成效。")

NPC = f"""<html><head><title>全国人大常委会召开座谈会_中国人大网</title>
<script>var fbrq = "2024年06月24日 08:40";</script></head><body>
<div class="nav"><a href="/">首页</a> <a href="/c1">权威发布</a></div>
<h1>全国人大常委会召开座谈会</h1><div class="fontsize">【大 中 小】</div>
<div id="Zoom"><p>{PARA}</p><p>{PARA}</p></div>
<div class="footer">版权所有 ©2024 全国人大</div></body></html>"""

TRS = f"""<html><head><meta name="ArticleTitle" content="关于加强预算审查监督的决定">
<meta name="PubDate" content="2024-05-20 10:15"><meta name="ContentSource" content="山东人大网">
<title>关于加强预算审查监督的决定-山东人大网</title></head><body>
<div class="TRS_Editor"><p>{PARA}</p></div></body></html>"""

FOOTER_ONLY = f"""<html><head><title>关于开展调研的通知</title></head><body>
<h1>关于开展调研的通知</h1><div class="article-content"><p>{PARA}</p></div>
<div id="footer">Copyright ©2024 某某市人大常委会 版权所有</div></body></html>"""

DATELINE = f"""<html><head><title>国务院常务会议召开</title></head><body><h1>国务院常务会议召开</h1>
<div class="article-content"><p>新华社北京11月25日电 {PARA}</p><p>{PARA}</p></div>
<div class="footer">©2023</div></body></html>"""

EDITOR = f"""<html><head><title>代表视察民生实事项目</title></head><body><h1>代表视察民生实事项目</h1>
<div class="info">来源：济南人大 作者：李明 发布时间：2024-03-02 09:30</div>
<div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a></div>
<div class="TRS_Editor"><p>{PARA}</p><p>【大 中 小】</p><p>{PARA}</p><p>责任编辑：王芳</p></div>
<div class="related"><h3>相关链接</h3><a href="/a.html">另一篇文章的标题</a></div>
<p>【打印】【关闭】</p></body></html>"""

ATTACH = f"""<html><head><title>关于征求意见的公告</title></head><body><h1>关于征求意见的公告</h1>
<div id="UCAP-CONTENT"><p>{PARA}</p><p>附件：<a href="./P020240601.pdf">条例草案</a>
<a href="/files/说明.docx">起草说明</a><a href="x.html">网页</a></p></div></body></html>"""


@pytest.mark.parametrize(("html", "url", "expected"), [
    (NPC, "http://www.npc.gov.cn/npc/c2/c30834/202406/t20240624_437000.html",
     "2024-06-24T08:40:00+08:00"),
    (TRS, None, "2024-05-20T10:15:00+08:00"),
    (FOOTER_ONLY, None, None),
    (DATELINE, "http://www.gov.cn/yaowen/liebiao/202411/content_t20241125_1.html", "2024-11-25"),
    (EDITOR, None, "2024-03-02T09:30:00+08:00"),
], ids=["npc-fbrq", "trs-pubdate", "footer-only", "dateline-url-year", "labelled"])
def test_published_at(html: str, url: str | None, expected: str | None) -> None:
    """published_at comes from the right evidence and never from the footer."""
    assert extract(html, url=url).published_at == expected


def test_trs_fields() -> None:
    """ArticleTitle and ContentSource metas give title and source."""
    art = extract(TRS)
    assert art.title == "关于加强预算审查监督的决定"
    assert art.source == "山东人大网"
    assert art.body == PARA


def test_gbk_without_header_charset() -> None:
    """GBK bytes with no charset header decode correctly."""
    raw = NPC.replace("<head>", '<head><meta charset="gbk">').replace("©", "").encode("gbk")
    assert extract(raw).title == "全国人大常委会召开座谈会"
    assert extract(NPC.encode("gb18030")).title == "全国人大常委会召开座谈会"


def test_wrong_header_charset_never_mojibake() -> None:
    """A UTF-8 page served as GBK, and a GBK page served as ISO-8859-1, still decode cleanly."""
    assert decode_html("人大".encode(), "gbk") == "人大"
    assert decode_html("人大代表".encode("gbk"), "iso-8859-1") == "人大代表"


def test_editor_and_toolbars_kept_out() -> None:
    """责任编辑 stays out of author and body; share bars, 【大 中 小】 and related links too."""
    art = extract(EDITOR)
    assert art.author == "李明"
    assert art.source == "济南人大"
    assert "责任编辑" not in art.body and "王芳" not in art.body
    assert "分享到" not in art.body and "大 中 小" not in art.body
    assert "相关链接" not in art.body and "打印" not in art.body
    assert art.body == PARA + "\n" + PARA


def test_attachments_absolute() -> None:
    """Attachment links are found with absolute URLs, names and types."""
    art = extract(ATTACH, url="http://www.example.gov.cn/zwgk/202406/t20240601_1.html")
    assert art.attachments == [
        {"url": "http://www.example.gov.cn/zwgk/202406/P020240601.pdf", "name": "条例草案",
         "type": "pdf", "text": None},
        {"url": "http://www.example.gov.cn/files/说明.docx", "name": "起草说明", "type": "docx",
         "text": None},
    ]


def test_main_extract_missing_file(tmp_path) -> None:
    """A missing file is a usage error naming the file."""
    with pytest.raises(UsageError, match="nope.html"):
        main_extract(str(tmp_path / "nope.html"), None)


def test_main_extract_dict(tmp_path) -> None:
    """main_extract returns the DESIGN.md keys."""
    page = tmp_path / "a.html"
    page.write_bytes(TRS.encode("utf-8"))
    got = main_extract(str(page), None)
    assert set(got) == {"title", "published_at", "source", "author", "body", "attachments"}


def test_headline_list_teasers_lose_to_the_short_article() -> None:
    """A long teaser in a list of headlines below the article does not replace the article."""
    teaser = PARA * 3
    items = "".join(f'<li><a href="/n{i}.html">标题{i}</a><p>{teaser}</p></li>' for i in range(6))
    page = f"""<html><head><title>常委会召开主任会议_某某人大</title></head><body>
<article><h1>常委会召开主任会议</h1><div class="body"><p>{PARA}</p></div></article>
<div class="more-news"><ul>{items}</ul></div></body></html>"""
    assert extract(page).body == PARA


def test_related_box_above_the_text_is_skipped_not_a_cut() -> None:
    """A 相关新闻 box at the top of the body is dropped and the article text after it kept."""
    page = f"""<html><head><title>代表视察重点项目</title></head><body><h1>代表视察重点项目</h1>
<div id="artibody"><p>相关新闻：</p><p><a href="/a">代表视察回顾</a></p><p>{PARA}</p><p>{PARA}</p>
<p>{PARA}</p></div></body></html>"""
    assert extract(page).body == "\n".join([PARA] * 3)


def test_publication_label_wins_over_date_written() -> None:
    """gov.cn tables list 成文日期 before 发布日期; published_at is the 发布日期."""
    page = f"""<html><head><title>关于印发实施方案的通知</title></head><body>
<table><tr><td>成文日期：</td><td>2024年05月30日</td><td>发布日期：</td><td>2024年06月03日</td></tr></table>
<h1>关于印发实施方案的通知</h1><div id="UCAP-CONTENT"><p>{PARA}</p></div></body></html>"""
    assert extract(page).published_at == "2024-06-03"


def test_date_below_the_body_but_not_from_the_footer() -> None:
    """A labelled date right after the text counts; the copyright footer's does not."""
    below = f"""<html><head><title>视察活动</title></head><body><h1>视察活动</h1>
<div class="con"><p>{PARA}</p></div><div class="info">发布时间：2024-06-24</div>
<div class="foot">版权所有 2025-01-01</div></body></html>"""
    footer = below.replace('<div class="info">发布时间：2024-06-24</div>', "")
    assert extract(below).published_at == "2024-06-24"
    assert extract(footer).published_at is None


def test_short_headline_that_is_part_of_the_page_title() -> None:
    """A short h1 (某条例) is the title, not the site name from <title>."""
    page = NPC.replace("全国人大常委会召开座谈会", "某条例")
    assert extract(page).title == "某条例"


REPLY = "顶一下，说得很有道理，支持楼主继续关注这个问题，希望有关部门能够尽快拿出切实可行的办法来解决。"


def _forum(first: str, replies: int = 3) -> str:
    """A Discuz-style thread: numbered posts, 发表于 in each post header, a signature under each."""
    posts = []
    for i in range(replies + 1):
        text = first if i == 0 else REPLY * 3
        posts.append(f"""<div id="post_{100 + i}"><table><tr><td class="pls">用户{i}</td><td class="plc">
<div class="pi"><em id="authorposton{100 + i}">发表于 2023-4-{5 + i} 09:1{i}</em></div>
<div class="pct"><table><tr><td class="t_f" id="postmessage_{100 + i}">{text}</td></tr></table></div>
<div class="sign">个性签名：人生如梦，一樽还酹江月。</div></td></tr></table></div>""")
    return f"""<html><head><title>关于小区停车难的建议 - 民生论坛 - 某某社区</title></head><body>
<div id="hd"><a href="/">首页</a></div><h1><span id="thread_subject">关于小区停车难的建议</span></h1>
<div id="postlist">{"".join(posts)}</div><div id="ft">Copyright © 2001-2023 某某社区</div></body></html>"""


def test_forum_first_post_only_with_its_date() -> None:
    """A thread gives its first post (no replies, no signature) and the first post's date."""
    art = extract(_forum(PARA + "<br>" + PARA))
    assert art.body == PARA + "\n" + PARA
    assert art.published_at == "2023-04-05T09:10:00+08:00"
    long_replies = extract(_forum(PARA, replies=6))
    assert long_replies.body == PARA and "签名" not in long_replies.body


def test_blog_post_header_and_footer_dates() -> None:
    """A blog's date header above the post, or its posted @ line below it, is the date; comments' are not."""
    comments = """<div id="comments"><div class="comment"><span class="comment-date">2024-05-30 10:00</span>
<p>写得很好，谢谢分享这篇文章的经验。</p></div></div>"""
    header = f"""<html><head><title>我的博客</title></head><body><div class="sidebar"><h2>最新文章</h2>
<ul><li>2024-06-01 另一篇</li></ul></div><div class="post"><h2 class="date-header"><span>Thursday, July 28, 2011</span></h2>
<h3 class="post-title">读书笔记</h3><div class="post-body">{PARA}{PARA}</div></div>{comments}</body></html>"""
    assert extract(header).published_at == "2011-07-28"
    footer = f"""<html><head><title>对于容器的一点经验 - 博客园</title></head><body><h1 class="postTitle">对于容器的一点经验</h1>
<div id="cnblogs_post_body"><p>{PARA}</p><p>{PARA}</p></div>
<div class="postDesc">posted @ <span>2024-05-09 14:45</span> <a href="/u">作者</a> 阅读(430)</div>{comments}</body></html>"""
    assert extract(footer).published_at == "2024-05-09T14:45:00+08:00"
    assert extract(footer.replace("posted @ <span>2024-05-09 14:45</span>", "")).published_at is None


def test_date_alone_on_a_line_and_at_the_foot() -> None:
    """A date alone below the text, or the closing date in Chinese numerals at its foot."""
    alone = f"""<html><head><title>调研活动</title></head><body><h1>调研活动</h1>
<div class="con"><p>{PARA}</p></div><p>2022年3月8日</p><div class="foot">版权所有 2025-01-01</div></body></html>"""
    assert extract(alone).published_at == "2022-03-08"
    foot = f"""<html><head><title>关于开展调研的通知</title></head><body><h1>关于开展调研的通知</h1>
<div class="article-content"><p>{PARA}</p><p>某某市人大常委会办公室</p><p>二〇二三年十二月二十九日</p></div></body></html>"""
    assert extract(foot).published_at == "2023-12-29"


def test_stated_local_date_never_shifted_nor_future(monkeypatch: pytest.MonkeyPatch) -> None:
    """A JSON-LD date in another offset keeps its stated day; a date after the crawl is never taken."""
    ld = f"""<html><head><title>某新闻</title><script type="application/ld+json">
{{"@type": "NewsArticle", "datePublished": "2024-06-24T23:30:00-05:00"}}</script></head><body><h1>某新闻</h1>
<div class="article-content"><p>{PARA}</p></div></body></html>"""
    assert extract(ld).published_at == "2024-06-24"
    monkeypatch.setenv("SIQING_NOW", "2024-06-20T12:00:00+08:00")
    assert extract(ld).published_at is None
    assert extract(TRS).published_at == "2024-05-20T10:15:00+08:00"


def test_title_when_the_page_title_is_only_the_site_or_a_short_headline_and_the_site() -> None:
    """<title>-某某网</title> gives the h1; a short h3 that opens <title> before its '-' is the title."""
    site_only = f"""<html><head><title>-铜雀历史网</title></head><body><div class="nav"><a href="/">首页</a></div>
<h1>疫情一刀切政策怎么投诉举报</h1><div class="content"><p>{PARA}</p></div></body></html>"""
    assert extract(site_only).title == "疫情一刀切政策怎么投诉举报"
    short = f"""<html><head><title>静夜思•夜-中国诗歌网</title></head><body><a class="menu-title">诗歌</a>
<h3>静夜思•夜</h3><div class="content"><p>{PARA}</p></div></body></html>"""
    assert extract(short).title == "静夜思•夜"


def test_dates_of_pages_saved_without_their_address_and_day_first() -> None:
    """The canonical link's date path, a day-first date under the headline, a labelled one beside the text."""
    canonical = f"""<html><head><title>Grundeinkommen</title>
<link rel="canonical" href="https://example.org/blog/2013/09/12/grundeinkommen/"></head><body>
<h1>Grundeinkommen</h1><div class="entry"><p>{PARA}</p></div></body></html>"""
    assert extract(canonical).published_at == "2013-09-12"
    under = f"""<html><head><title>Gefällt mir</title></head><body><div class="post"><h1>Gefällt mir</h1>
<small>11.09.2011, 16:20 von jovelstefan</small><div class="entry"><p>{PARA}</p><p>{PARA}</p></div></div>
<ol class="commentlist"><li><small>12.09.2011 23:31</small><p>{PARA}</p></li></ol></body></html>"""
    assert extract(under).published_at == "2011-09-11"
    beside = f"""<html><head><title>Berlin confronts its past</title></head><body><div class="longText">
<p>{PARA}</p><p>{PARA}</p></div>{"<div><span>x</span></div>" * 50}
<ul class="smallList"><li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Ben Knight</li></ul>
</body></html>"""
    assert extract(beside).published_at == "2020-01-19"


def test_title_is_the_h1_that_opens_the_meta_title_before_a_separator() -> None:
    """og:title with the site and date after a bar gives the h1; a logo h1 before the title does not."""
    page = f"""<html><head><meta property="og:title" content="Berlin confronts its colonial past | DW | 19.01.2020">
<title>Berlin confronts its colonial past | DW</title></head><body><h1>Berlin confronts its colonial past</h1>
<div class="longText"><p>{PARA}</p></div></body></html>"""
    assert extract(page).title == "Berlin confronts its colonial past"
    logo = f"""<html><head><title>中国人大网 - 全国人大常委会召开座谈会部署今年工作</title></head><body><h1>中国人大网</h1>
<h2>全国人大常委会召开座谈会部署今年工作</h2><div class="content"><p>{PARA}</p></div></body></html>"""
    assert extract(logo).title != "中国人大网"


def test_byline_debris_and_reprint_notice_kept_out_but_a_salutation_kept() -> None:
    """An empty 发布时间： label, a lone date, a view count and icon glyphs at the top, a 请勿转载
    notice at the foot, are not the text; 各位代表： opening a report is."""
    page = f"""<html><head><title>某报告</title></head><body><h1>某报告</h1><div class="article-content">
<p>发布时间：</p><p>2019-09-26 10:09:11</p><p>3573</p><p>\ue600</p><p>各位代表：</p><p>{PARA}</p>
<p>39健康网(www.39.net)专稿，未经书面授权请勿转载。</p></div></body></html>"""
    assert extract(page).body == "各位代表：\n" + PARA


def test_a_banner_with_today_is_not_the_date() -> None:
    """The site's banner (2024年05月28日 农历：甲辰年 四月 廿一) is today, not the poem's date."""
    page = f"""<html><head><title>夜雨_原文、翻译及赏析</title></head><body><div class="main-header"><ul>
<li>2024年05月28日</li><li>农历：甲辰年 四月 廿一</li></ul></div><h1>夜雨</h1>
<div class="content"><p>{PARA}</p></div></body></html>"""
    assert extract(page).published_at is None
    dated = page.replace("<h1>夜雨</h1>", "<h1>夜雨</h1><p>2024年05月20日 星期一</p>")
    assert extract(dated).published_at == "2024-05-20"


def test_title_of_a_page_fragment_from_its_label_or_its_heading() -> None:
    """A gov.cn fragment with no <title>: the 标题： cell; with no label either, the text's heading."""
    text = f"""<td id="UCAP-CONTENT"><p><b>国务院关于在市场监管领域全面推行<br>部门联合监管的意见</b></p>
<p>国发〔2019〕5号</p><p>{PARA}</p></td>"""
    labelled = f"""<div><table><tr><td><b>标　　题：</b></td><td colspan="3">国务院关于在市场监管领域全面推行部门联合监管的意见</td>
</tr><tr><td><b>发布日期：</b></td><td>2019年02月15日</td></tr></table><table><tr>{text}</tr></table></div>"""
    art = extract(labelled)
    assert art.title == "国务院关于在市场监管领域全面推行部门联合监管的意见"
    assert art.published_at == "2019-02-15"
    assert extract(f"<div><table><tr>{text}</tr></table></div>").title == \
        "国务院关于在市场监管领域全面推行部门联合监管的意见"


def test_title_from_the_heading_above_the_text_when_the_page_title_is_the_site() -> None:
    """<title>新闻动态--某学会官网</title> and an h5 headline above the text: the h5 is the title."""
    page = f"""<html><head><title>新闻动态--中国地理学会官网</title></head><body><h3>首页 - 新闻动态</h3>
<div class="detail"><h5>2019年中国人文地理学术年会在重庆成功举行！</h5><div class="detailCon"><p>{PARA}</p></div></div>
</body></html>"""
    assert extract(page).title == "2019年中国人文地理学术年会在重庆成功举行！"


def test_a_sidebar_date_above_the_text_is_not_the_date() -> None:
    """An unlinked date in a sidebar above the post is another article's; the page states none."""
    page = f"""<html><head><title>我的博客</title></head><body><div class="sidebar"><h2>最新文章</h2>
<ul><li>2024-06-01 另一篇文章</li></ul></div><div class="post"><h3>读书笔记</h3>
<div class="post-body"><p>{PARA}</p><p>{PARA}</p></div></div></body></html>"""
    assert extract(page).published_at is None


def test_blog_post_header_by_class() -> None:
    """A Sina-style post header (span class="time SG_txtc") and a WordPress entry-meta give the date."""
    sina = f"""<html><head><title>读书笔记_某某的博客</title></head><body><div class="articalTitle">
<h2 class="titName SG_txta">读书笔记一则</h2><span class="time SG_txtc">(2012-03-04 12:33:21)</span></div>
<div class="articalContent"><p>{PARA}</p></div><div class="SG_revert_Cont"><span class="SG_revert_Time">2012-03-05 08:00</span>
<p>好文章，学习了，感谢博主分享这篇读书笔记。</p></div></body></html>"""
    assert extract(sina).published_at == "2012-03-04T12:33:21+08:00"
    wordpress = f"""<html><head><title>Hello - My Blog</title></head><body><article><h1 class="entry-title">Hello world again</h1>
<div class="entry-content"><p>{PARA}</p></div><footer class="entry-meta">Posted by admin in Notes · March 4, 2012 ·
<a href="#respond">Leave a comment</a></footer></article></body></html>"""
    assert extract(wordpress).published_at == "2012-03-04"


def test_german_and_french_month_names_and_a_dateline_above_the_headline() -> None:
    """3. Juli 2018, 27 juin 2019 and Dienstag, 29. Januar 2019 are dates; a press release's
    "Schengen, 3. Juli 2018" above its headline in the same block is its date, a banner is not."""
    assert dates.from_english("Publié le 27 juin 2019") == "2019-06-27"
    assert dates.from_english("Gespeichert am 24. Juli 2017 - 18:55") == "2017-07-24"
    assert dates.from_english("1er mai 2019") == "2019-05-01"
    assert dates.alone("Dienstag, 29. Januar 2019") == "2019-01-29"
    assert dates.from_english("Mainz 2019") is None
    page = f"""<html><head><title>Ministerin beim Treffen der Außenminister – Ministerium</title></head>
<body><div class="col"><span class="press">Schengen, 3. Juli 2018</span> <h2>Ministerin beim Treffen der
Außenminister</h2><div class="row"><div class="text"><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div></div>
</div></body></html>"""
    assert extract(page).published_at == "2018-07-03"


def test_meta_title_without_the_site_name() -> None:
    """og:title "Headline | Site" loses the site's name (the last part of <title>, og:site_name);
    a hyphen inside a Western word is no separator."""
    def page(og: str, title: str) -> str:
        return (f'<html><head><title>{title}</title><meta property="og:title" content="{og}">'
                f'</head><body><div class="c"><p>{PARA}</p></div></body></html>')
    assert extract(page("Manuela Reimann: Hochzeit! | Wunderweib",
                        "Manuela Reimann: Hochzeit! | Wunderweib")).title == "Manuela Reimann: Hochzeit!"
    assert extract(page("武汉的声音：有英勇的你-新华网", "武汉的声音：有英勇的你-新华网")).title == "武汉的声音：有英勇的你"
    hyphen = "Erfolgreiche Tweets: 12 Twitter-Nutzer verraten ihre Zutaten"
    assert extract(page(hyphen, hyphen)).title == hyphen


def test_content_after_an_included_header_that_closes_html() -> None:
    """gov.cn's gazette pages include a header that ends in a stray </html>; the parser puts what
    follows (after a comment) in a second <html> beside the document's: it is still the page's."""
    page = f"""<html><head><title>关于批准发行特别国债的决议_国务院公报_中国政府网</title>
<meta name="firstpublishedtime" content="2007-08-20-23:59:59"></head><body class="GWYGBXL">
<div class="header"><ul class="header_toolbar"><li><a href="/">首页</a></li>
<li><a href="/big5">繁</a></li><li><a href="/en">EN</a></li></ul></div>
<script>var jtzw = 'https://www.gov.cn';</script> <!-- <a href="#">无障碍</a> --> </html> <!--end header-->
<div class="content"><div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/gongbao">国务院公报</a></div>
<div class="article oneColumn"><div class="pages_content" id="UCAP-CONTENT"><p>{PARA}</p><p>{PARA}</p></div></div></div>
<div class="footer_wrap">版权所有：中国政府网</div></body></html>"""
    art = extract(page)
    assert art.body == PARA + "\n" + PARA
    assert art.published_at == "2007-08-20"


def test_a_video_players_controls_are_not_text() -> None:
    """A news page's embedded player (div.video-player > div.mplayer) writes its controls and
    error messages as text: 倍速, 高清, 很抱歉，当前视频播放失败; they are not the article's."""
    player = """<div class="pic-video"><div class="video-player"><div class="mplayer">正在为您切换到高清 480P,请稍候...
<span>播放速度：2X</span><span>倍速</span><span>高清</span><span>标清</span>很抱歉，当前视频播放失败 错误代码：QVS.4100</div>
</div></div>"""
    page = f"""<html><head><title>系列访谈节目今晚播出</title></head><body><h1>系列访谈节目今晚播出</h1>
<div class="pic-content">{player}<p>{PARA}</p><p>{PARA}</p></div></body></html>"""
    assert extract(page).body == PARA + "\n" + PARA


def test_a_portals_disclaimer_closes_the_text() -> None:
    """Sina's articles end in 免责声明：… followed by a feed of other stories with their times: the
    text ends at the disclaimer; one under a short text (a notice of one paragraph) cuts nothing."""
    tail = """<p>免责声明：自媒体综合提供的内容均源自自媒体，版权归原作者所有，转载请联系原作者并获许可。文章观点仅代表作者本人，不代表新浪立场。</p>
<p>年内暴涨近100％，但斌开始看空茅台？抱团消费股还靠谱吗？就在股价涨破新高之际，市场却传来消息，私募大佬二季度减持。</p><p>2019-09-09 21:38:04</p>"""
    page = f"""<html><head><title>债市是否存在泡沫</title></head><body><h1>债市是否存在泡沫</h1>
<div class="article" id="artibody"><p>{PARA * 2}</p><p>{PARA * 2}</p>{tail}</div></body></html>"""
    assert extract(page).body == PARA * 2 + "\n" + PARA * 2
    short = page.replace(f"<p>{PARA * 2}</p><p>{PARA * 2}</p>", f"<p>{PARA}</p>")
    assert "免责声明" in extract(short).body
