"""Headlines on layouts the extractor had not been tuned on (issue 11): schools', colleges' and
blogs' pages whose <title> or first title-like element is the site's name. Each test is built
from the markup of a real page of the extraction page set's dev part (tests/fixtures/extract/dev,
the page named in the docstring; the r5* pages were the round-5 test part), cut down to the
headline's surroundings, with filler text for the body."""

from __future__ import annotations

from crawlers.extract import extract

ZH = "<p>" + "2019年8月16日，由文体广电和旅游局、教育局举办的中小学生游泳比赛在市游泳馆举行，我校学生取得了好成绩。" * 4 + "</p>"


def test_a_school_page_whose_title_is_the_schools_name() -> None:
    """r5n_23slxx_425105 (a primary school's CMS): <title> is the school's name and no heading
    tag holds the headline; it is in div.tit right above the text. A column name in the same
    place (too short to be a headline) is not taken."""
    page = f"""<html><head><title>鞍山市铁东区胜利小学</title></head><body>
<div class="ct_suo ny_ritle"><p>鞍山市铁东区胜利小学欢迎您！</p></div>
<div class="font_xqxxee"><div class="ny_list_tiel"> <strong>详情信息</strong>
<p><a href="../index.html" title="首页">首页</a> &gt; 详情信息</p></div>
<div class="sys_info"><div class="tit">{{head}}</div><div class="pub_time">2019年8月25日</div>
<div class="info_con" id="ContentID">{ZH}</div></div></div></body></html>"""
    got = extract(page.replace("{head}", "我校参加2019年中小学生游泳比赛"))
    assert got.title == "我校参加2019年中小学生游泳比赛"
    assert got.published_at == "2019-08-25"
    assert extract(page.replace("{head}", "校园快讯")).title == "鞍山市铁东区胜利小学"


def test_a_headline_cell_that_opens_the_page_title() -> None:
    """r5_hcdd_jianjie (a radio-and-TV university's VSB page): <title> is the headline, a hyphen
    and the school's name (itself hyphenated); the headline is a plain table cell."""
    name = "重庆市合川广播电视大学-重庆广播电视大学"
    page = f"""<html><head><title>{name}简介-{name}</title></head><body>
<table><tr><td width="20">&nbsp;</td><td bgcolor="#f4f4f4" height="30" align="middle">{name}简介</td></tr></table>
<table><tr><td><div id="vsb_content"><div class="v_news_content">{ZH}{ZH}</div></div></td></tr></table>
<div class="foot">{name} 版权所有</div></body></html>"""
    assert extract(page).title == f"{name}简介"


def test_the_site_title_element_is_never_the_headline() -> None:
    """r5_03cheng_suibi (Hexo NexT): div.custom-logo-site-title holds the blog's name, which
    <title> also ends with; the post's h1 is a two-character headline that og:title repeats."""
    page = f"""<html><head><meta property="og:title" content="随笔"><title> 随笔 | 03cheng's Blog </title></head><body>
<div class="site-brand-wrapper"><div class="custom-logo-site-title"><a href="/" class="brand" rel="start">
<span class="site-title">03cheng's Blog</span></a></div></div>
<article class="post"><header class="post-header"><h1 class="post-title" itemprop="name headline">
  随笔
</h1><div class="post-meta"><span class="post-time">发表于 2016-09-18</span></div></header>
<div class="post-body">{ZH}</div></article></body></html>"""
    assert extract(page).title == "随笔"


def test_a_hidden_share_widgets_copy_of_the_headline_is_passed_over() -> None:
    """tz_xinhuanet_com_c_1125597921 (Xinhua): div.h-title holds the headline; a hidden share
    widget (style="display:none") repeats it with the site's name, as <title> does."""
    page = f"""<html><head><title>
武汉的声音：有英勇的你，才有英雄的城！-新华网
</title></head><body><div class="h-news"><div id="setFontSize" style="display:none"></div>
<div class="h-title">
武汉的声音：有英勇的你，才有英雄的城！
</div><div class="h-info"><span class="h-time">2020-02-19 09:31:44</span></div></div>
<div data-wechat="1" style="display:none"><div class="share-title">
武汉的声音：有英勇的你，才有英雄的城！-新华网
</div></div><div id="p-detail">{ZH}{ZH}</div></body></html>"""
    assert extract(page).title == "武汉的声音：有英勇的你，才有英雄的城！"
