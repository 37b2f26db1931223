"""Forum threads: the first post is the article (no replies, no signatures, no quoted replies),
its date the first post's. The structures are those of the common forum engines' thread pages
(Discuz! X is in test_extract.py; phpwind and vBulletin here)."""

from __future__ import annotations

from crawlers.extract import extract

FIRST = ("我们小区地下车库长期被外来车辆占用，业主晚上下班回家经常找不到车位，物业多次张贴通知也没有效果。"
         "希望街道和有关部门能够协调解决，比如实行车牌识别、业主车辆优先停放，外来车辆按时收费。")
REPLY = "顶一下，说得很有道理，支持楼主继续关注这个问题，希望有关部门能够尽快拿出切实可行的办法来解决，我们楼也是这样。"
SIGN = "个性签名：人生如梦，一樽还酹江月。欢迎访问我的个人空间。"


def _phpwind(replies: int) -> str:
    """A phpwind 8 thread: read_tpc for the first post, read_N for replies, a signature each."""
    posts = []
    for i in range(replies + 1):
        ident = "tpc" if i == 0 else str(200 + i)
        text = f"{FIRST}<br>{FIRST}" if i == 0 else REPLY * 2
        subject = '<h1 id="subject_tpc" class="read_h1">关于小区停车难的建议</h1>' if i == 0 else ""
        posts.append(f"""<div class="read_t"><table class="floot"><tr><td class="floot_left">
<div class="readName"><a href="u.php?uid={i}">用户{i}</a></div></td><td class="floot_right">
<div class="tipTop"><span class="fl">发表于: 2012-03-{5 + i:02d} 10:2{i}</span><a class="fr">{i + 1}楼</a></div>
{subject}<div class="tpc_content"><div class="f14" id="read_{ident}">{text}</div></div>
<div class="sigline"></div><div class="signature">{SIGN}</div></td></tr></table></div>""")
    return f"""<html><head><title>关于小区停车难的建议 - 民生论坛 - 某某社区 - Powered by phpwind</title></head>
<body><div id="head"><a href="/">首页</a> <a href="/f1">民生论坛</a></div><div id="main">{"".join(posts)}</div>
<div id="footer">Powered by phpwind 版权所有 © 2003-2012</div></body></html>"""


def _vbulletin(replies: int) -> str:
    """A vBulletin 4 thread: ol#posts of li#post_N, post_message_N, signaturecontainer."""
    posts = []
    for i in range(replies + 1):
        text = f"{FIRST}<br /><br />{FIRST}" if i == 0 else (
            f'<div class="bbcode_container"><div class="bbcode_quote">引用: {FIRST[:40]}</div></div>{REPLY * 2}')
        posts.append(f"""<li class="postbitlegacy postcontainer" id="post_{300 + i}">
<div class="posthead"><span class="postdate old"><span class="date">2012-03-{15 + i},&nbsp;<span class="time">10:{20 + i}</span></span></span>
<span class="nodecontrols"><a name="post{300 + i}" href="#post{300 + i}" class="postcounter">#{i + 1}</a></span></div>
<div class="postdetails"><div class="userinfo"><a class="username" href="member.php?u={i}">用户{i}</a></div>
<div class="postbody"><div class="postrow"><h2 class="title icon">关于小区停车难的建议</h2>
<div class="content"><div id="post_message_{300 + i}"><blockquote class="postcontent restore ">{text}</blockquote></div></div></div>
<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{SIGN}</div></blockquote></div>
</div></div></li>""")
    return f"""<html><head><title>关于小区停车难的建议 - 某某论坛</title></head><body>
<div class="navbar"><a href="/">论坛首页</a></div><div id="pagetitle"><h1>主题: <span class="threadtitle">
<a href="showthread.php?t=1">关于小区停车难的建议</a></span></h1></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">{"".join(posts)}</ol></div>
<div id="footer">Powered by vBulletin Copyright © 2012</div></body></html>"""


def test_phpwind_first_post_only() -> None:
    """phpwind: the first post's text and date; replies and signatures left out."""
    for replies in (2, 8):
        art = extract(_phpwind(replies))
        assert art.body == FIRST + "\n" + FIRST, replies
        assert art.published_at == "2012-03-05T10:20:00+08:00"
        assert art.title == "关于小区停车难的建议"


def test_vbulletin_first_post_only() -> None:
    """vBulletin: the first post's text and date; replies (with their quotes) and signatures out."""
    for replies in (2, 8):
        art = extract(_vbulletin(replies))
        assert art.body == FIRST + "\n" + FIRST, (replies, art.body)
        assert art.published_at == "2012-03-15T10:20:00+08:00"


def test_a_layout_class_naming_a_sidebar_round_the_text_is_not_a_sidebar() -> None:
    """News themes name the column beside a sidebar "c-fixed-sidebar-layout" or "l-sidebar-fixed":
    when it holds the paragraphs of the text it is the text; a real sidebar's links stay out."""
    paragraph = ("Researchers are warning of a new Android ransomware being spread via links in online "
                 "forums and SMS messages, which purport to connect back to a game but lead to malware. ")
    text = "".join(f"<p>{paragraph * 2}</p>" for _ in range(5))
    page = f"""<html><head><title>Android ransomware spreads</title></head><body><h1>Android ransomware spreads</h1>
<div class="o-row c-fixed-sidebar-layout--140--left@lg"><div class="c-article__content">{text}</div></div>
<div class="c-sidebar"><ul>{"<li><a href='/x'>Another story about security</a></li>" * 8}</ul></div>
<div class="c-newsletter"><p>Subscribe to our newsletter, Threatpost Today! Get the latest news daily.</p></div>
</body></html>"""
    body = extract(page).body
    assert body.count("Researchers are warning") == 10 and "Another story" not in body


def test_a_bem_modifier_naming_ads_does_not_hide_the_texts_sections() -> None:
    """A test report's sections are "TestReport__Section--Ads" (sections with room for ads): they
    are the text; a block that is an ad ("ad-slot", "ads") stays out."""
    paragraph = ("Der Beef Maker Hochtemperaturgrill gehört zu den Top-Aktionsangeboten. Bei Aldi Nord wie "
                 "Süd war er schon häufiger für 149 Euro im Angebot und binnen Minuten ausverkauft. ")
    sections = "".join(f'<section class="TestReport__Section TestReport__Section--Ads"><h2>Teil {i}</h2>'
                       f'<p>{paragraph * 2}</p><div class="ads">Anzeige: Jetzt kaufen</div></section>'
                       for i in range(4))
    page = f"""<html><head><title>Beef Maker im Test</title></head><body><h1>Beef Maker im Test</h1>
<figure><figcaption>Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.</figcaption></figure>
<article class="TestReport">{sections}</article></body></html>"""
    body = extract(page).body
    assert body.count("Der Beef Maker") == 8 and "Anzeige" not in body
    # tf3_skateboardmsm_de_dormagen: the article's section states that it has room for ads
    # ("o-section--has-ads js-section--has-ads"); an "ads" block inside it stays out.
    state = page.replace('<article class="TestReport">', '<section class="o-section o-section-intro '
                         'o-section--has-ads js-section--has-ads"><div class="c-article-body">').replace(
        "</article>", "</div></section>").replace("TestReport__Section TestReport__Section--Ads", "c-article-copy")
    body = extract(state).body
    assert body.count("Der Beef Maker") == 8 and "Anzeige" not in body


def test_a_blog_posts_text_after_the_jump_is_kept() -> None:
    """Movable Type puts the rest of a post after the jump in div#more.asset-more: it is the text."""
    first = ("Was früher schnelle und laute Autos waren, das sind heute wohl eher die umweltfreundlichen "
             "und verbrauchsarmen Modelle, die gefragtesten Fahrzeugtypen bei den Verbrauchern. ") * 4
    rest = ("Zumindest das Hybridauto ist schon ein wenig erfolgreicher, was die Verkaufszahlen betrifft, "
            "und der gleiche Ruhm könnte auch die Fahrzeuge mit Elektroantrieb erwarten. ") * 4
    page = f"""<html><head><title>Elektromobilität, der neue Trend - Blog</title></head><body>
<div class="entry-asset asset"><h2 class="asset-name">Elektromobilität, der neue Trend</h2>
<div class="asset-content"><div class="asset-body"><p>{first}</p></div>
<div id="more" class="asset-more"><p>{rest}</p><p>{rest}</p></div></div>
<div class="asset-footer"><div class="asset-meta">Von Christian am 03.05.2013, 11:51</div></div></div>
<div class="more-news"><ul><li><a href="/a">Mehr lesen</a><p>{first}</p></li></ul></div></body></html>"""
    art = extract(page)
    assert art.body.count("Zumindest das Hybridauto") == 8 and art.body.count("Was früher") == 4
    assert art.published_at == "2013-05-03"
