"""Bodies on layouts the extractor had not been tuned on (issue 11): blog pages of the round-5
part (now dev). Each test is built from the markup of the real page named in its docstring
(tests/fixtures/extract/dev), cut down to the text's surroundings."""

from __future__ import annotations

from crawlers.extract import extract


def test_nested_article_containers_and_heading_marks() -> None:
    """r5_learnku_77685 (LearnKu): div "ui segment article-content" wraps the byline (blog name,
    views, 创建于) and div "markdown-body article-content", the text; each heading ends with a
    permalink mark <a href="#id">#</a>, which is no word of the text."""
    page = """<html><head><title>解决新项目npm依赖报错 | LearnKu</title></head><body>
<div class="ui segment article-content"><h1>解决新项目npm依赖报错</h1>
<p class="book-article-meta"><a class="ui popover" href="https://learnku.com/blog/x"><img src="a.jpg"> my38778570 的个人博客</a>
<span class="divider">/</span><span class="text-mute"><i class="icon eye open"></i> 37</span><span class="divider">/</span>
<span class="text-mute"><i class="icon comments outline"></i> 0</span><span class="divider">/</span>
<a class="" data-tooltip="2023-05-28 10:28:25">创建于 <span title="2023-05-28 10:28:25">11个月前</span></a></p>
<div class="ui divider"></div>
<div class="ui readme markdown-body content-body article-content fluidbox-content">
<h1 id="df3688"><a name="前言" class="reference-link"></a><span class="header-link octicon octicon-link"></span>前言<a href="#df3688" class="anchorific">#</a></h1>
<p>每次打开别人新的项目都要 npm 依赖都会各种报错很烦，于是记下解决的办法，供以后再遇到时查阅。</p>
<h1 id="4b8621"><a name="解决" class="reference-link"></a>解决<a href="#4b8621" class="anchorific">#</a></h1>
<p>安装 depcheck，它会检查项目里用到却没有写进 package.json 的依赖，以及写了却没有用到的依赖。</p>
<div style="position: relative;"><pre class="language-php"><code class="language-php">npm i -g depcheck</code></pre></div>
<p>找到 Missing dependencies 缺失依赖，再一个一个安装上，项目就能正常启动了。</p>
</div></div></body></html>"""
    body = extract(page).body
    assert body.splitlines()[0] == "前言"
    assert "解决" in body.splitlines() and "npm i -g depcheck" in body
    assert "#" not in body and "个人博客" not in body and "创建于" not in body


def test_a_short_post_in_its_marked_article_body() -> None:
    """r5_03cheng_suibi (Hexo NexT): a post of one quoted line and two link titles reads as no
    prose block; the element the page marks itemprop=articleBody is its text (not the fallback's
    whole page with the reward box)."""
    page = """<html><head><title>随笔 | 03cheng's Blog</title></head><body><article class="post">
<header class="post-header"><h1 class="post-title">随笔</h1><div class="post-meta">发表于 2016-09-18 | 阅读次数</div></header>
<div class="post-body" itemprop="articleBody">
<blockquote class="blockquote-center"><p>人的一切痛苦，本质上都是对自己的无能的愤怒。</p></blockquote>
<p><a href="http://blog.csdn.net/foruok/article/details/42293119">咦，你也在混日子啊</a><br>
<a href="http://www.jianshu.com/p/99239b9c1630">Android开发架构规范</a></p></div>
<div></div><div><div style="padding: 10px 0; margin: 20px auto; width: 90%; text-align: center;">
<div>坚持原创技术分享，您的支持将鼓励我继续创作！</div><button id="rewardButton"><span>赏</span></button>
<div id="QR" style="display: none;"><div id="alipay" style="display: inline-block">
<img id="alipay_qr" src="/images/alipay-reward-image.jpg" alt="03cheng Alipay"/><p>支付宝打赏</p></div></div></div></div>
</article></body></html>"""
    assert extract(page).body == "人的一切痛苦，本质上都是对自己的无能的愤怒。\n咦，你也在混日子啊\nAndroid开发架构规范"


def test_a_byline_at_the_top_of_the_text_is_left_out() -> None:
    """r5_chinapesticide_18862 (a ministry institute's CMS): the headline, the byline spans
    (发布时间：…浏览次数：, 作者：…来源：…) and the paragraphs share one box; the byline lines are no part
    of the text, while a notice's own 时间：/地点： line stays."""
    page = """<html><head><title>“谁执法、谁普法”，奉贤区掀起上海农药新规宣贯浪潮-中国农药信息网</title></head><body>
<div class="web_gov_body_right_main"><h1>“谁执法、谁普法”，奉贤区掀起上海农药新规宣贯浪潮</h1><h2></h2>
<span id="spe1">发布时间：2020-12-07</span><span id="spe2">浏览次数：<span id="views"></span></span>
<span id="spe3">作者：上海市奉贤区农业农村委员会执法大队</span><span id="spe4">来源： 上海市农药检定所 </span>
<p>{lead}本网讯：自2020年12月1日起，《上海市农药管理规定》正式实施。奉贤区农业农村委员会将12月列为新规普法宣贯月，在农药经营和使用领域积极组织开展形式多样的宣传活动。</p>
<p>截止目前，奉贤区成功举办农药经营专题培训1场次、设摊宣传1场次、入户宣传200余户次。</p>
<p>下一步，奉贤区结合冬季农资打假、农产品安全监管要求，继续做好《上海市农药管理规定》的普法宣贯工作。</p>
</div></body></html>"""
    got = extract(page.replace("{lead}", ""))
    assert got.body.startswith("本网讯：") and "浏览次数" not in got.body and "作者：" not in got.body
    assert got.published_at == "2020-12-07"
    notice = extract(page.replace("{lead}", "时间：2020年12月8日 地点：区农业农村委员会</p><p>"))
    assert notice.body.startswith("时间：2020年12月8日 地点：区农业农村委员会")


def test_a_blogs_reprint_and_licence_note_closes_the_text() -> None:
    """r5_iequa_gentleman (Jekyll): div.well under the post holds "原创文章，转载请注明： 转载自 …，作者：
    …" and "本文基于署名4.0国际许可协议发布，…"; r5_learnku_77685 ends with "本作品采用《CC 协议》，转载必须
    注明作者和本文链接". Neither is the text; a sentence that only mentions 转载 stays."""
    text = "".join(f"<p>（{i}）因为勇于承担责任所造成的损失，公司应该承担，这是一个绅士应有的气质与担当。</p>" for i in range(1, 7))
    page = f"""<html><head><title>气质的培养 | Blair Chan's Blog</title></head><body><div class="post">
<h1>气质的培养</h1><div class="article-entry" itemprop="articleBody">{text}<p>Reference</p><p>他说：转载别人的文章时要注明出处。</p>
<div class="well">
  原创文章，转载请注明： 转载自<a href="http://www.iequa.com"> Blair Chan's Blog</a>，作者：
  <a href="http://www.iequa.com/about">Blair Chan</a> <br>
  本文基于<a target="_blank" href="https://creativecommons.org/licenses/by-nc/4.0/">署名4.0国际许可协议</a>发布，转载请保留本文署名和文章链接。
</div></div></div></body></html>"""
    body = extract(page).body
    assert body.endswith("他说：转载别人的文章时要注明出处。"), body[-80:]
    assert "Blair Chan" not in body and "许可协议" not in body
