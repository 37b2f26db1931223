"""Dates on international layouts: each test is built from the pattern of a real page of the
extraction page set's dev part (tests/fixtures/extract, named in the docstring by its layout)."""

from __future__ import annotations

from lxml import html as lxml_html

from crawlers.extract import dates, extract, generic
from crawlers.extract.body import layout


def _structured(page: str) -> str | None:
    """The date the page's date elements (<time>, class/id naming a date) give."""
    root = lxml_html.document_fromstring(page)
    return generic._structured(root, layout(root), root.find(".//h1"), {})

EN = ("The committee met on Tuesday to discuss the proposal, and members agreed that the plan "
      "should go ahead after a further round of consultation with the public this spring. ")
TEXT = f"<p>{EN * 3}</p><p>{EN * 2}</p>"


def test_an_articles_own_aside_holds_its_date() -> None:
    """A blog post's <aside> inside its <article> (Datum 12.01.2017, category, tags) is the post's
    box; an <aside> outside the article stays a sidebar."""
    page = f"""<html><head><title>Site . Blog . Schulung</title></head><body>
<aside class="sidebar"><h3>Neu</h3><p>Datum 03.03.2019</p></aside>
<article id="content"><header><h2>Dateien mit Migrationshintergrund</h2><p>{EN}</p></header>
<aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt>
<dd><a href="/autocad/">AutoCAD</a></dd></dl></aside>{TEXT}</article></body></html>"""
    assert extract(page).published_at == "2017-01-12"
    root = lxml_html.document_fromstring(page)
    own, side = root.find(".//article//dd"), root.find(".//aside/p")
    assert not generic._aside(own, {}) and generic._aside(side, {})


def test_two_digit_year_dates_alone() -> None:
    """Day-first dates with a two-digit year, alone in a date header (17.7.11) or on a line
    above the headline (02.12.19); never read inside running text."""
    blog = f"""<html><head><title>Internet-Law</title></head><body><h1><a href="/">Internet-Law</a></h1>
<div id="content"><h2 class="date-header">17.7.11</h2><div class="post"><h3 class="storytitle">
<a href="/2011/07/post.html">Verstößt der Ausschluss von Pseudonymen gegen deutsches Recht?</a></h3>
<div class="storycontent">{TEXT}</div></div>
<ol id="commentlist"><li><p>{EN}</p><cite>Comment by X — 17.07, 2011 @ 19:21</cite></li></ol></div></body></html>"""
    assert extract(blog).published_at == "2011-07-17"
    above = f"""<html><head><title>What's on the cards for von der Leyen? | School</title></head><body>
<div class="content-header"><div class="flag">In the media</div><span style="color:#bf2d38">02.12.19</span>
<h1 class="headline">What's on the cards for von der Leyen?</h1></div><div class="text-block">{TEXT}</div>
</body></html>"""
    assert extract(above).published_at == "2019-12-02"
    assert dates.alone("02.12.19") == "2019-12-02"
    assert dates.alone("Version 1.2.19 released") is None
    assert dates.from_dotted_short("31.12.99") == "1999-12-31"


def test_arabic_month_names() -> None:
    """An Arabic news page's header: weekday, day, the Levantine/Egyptian month names, year."""
    page = f"""<html><head><title>CNN</title></head><body><h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1>
<div class="cnn_strytmstmp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div>
<div class="cnn_strycntntlft">{TEXT}</div></body></html>"""
    assert extract(page).published_at == "2013-08-28"
    assert dates.from_arabic("1 كانون الثاني 2020") == "2020-01-01"
    assert dates.from_arabic("5 مايو، 2019") == "2019-05-05"


def test_a_teasers_date_inside_a_link_is_not_the_articles() -> None:
    """Related-story teasers below the headline carry their own dates inside their links."""
    page = f"""<html><head><title>Berlin confronts its colonial past | DW</title></head><body>
<h1>Berlin confronts its colonial past</h1><div class="longText">{TEXT}</div>
<div class="group"><div class="teaser"><a href="/other"><h2>Another story <span class="date">11.07.2017</span></h2></a></div></div>
<ul class="smallList"><li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Ben Knight</li></ul>
</body></html>"""
    assert extract(page).published_at == "2020-01-19"
    assert _structured(page) is None
    assert _structured(page.replace('<a href="/other"><h2>', '<h2>').replace("</h2></a>", "</h2>")) == "2017-07-11"


def test_a_date_alone_under_the_headline_outranks_other_metadata() -> None:
    """The date the page states alone between headline and text is kept where the metadata
    says another day; the metadata's time stays when they agree; a table's field value after
    its label (成文日期：) is not such a line."""
    head = '<meta property="article:published_time" content="2017-08-21T01:08:00+02:00">'
    page = f"""<html><head><title>Die Arbeitswelt von morgen</title>{head}</head><body>
<h1>Die Arbeitswelt von morgen</h1><div class="authors"><div class="col">03.04.2019</div>
<div class="col">Von <a href="/autor">Olaf Kempin</a></div></div><div class="article">{TEXT}</div></body></html>"""
    assert extract(page).published_at == "2019-04-03"
    # The same day: the metadata's value (a foreign offset drops the time: no shift to +08:00).
    assert extract(page.replace("03.04.2019", "21.08.2017")).published_at == "2017-08-21"
    table = """<html><head><title>国务院办公厅关于印发两个规定的通知</title><meta name="PubDate" content="2018-12-25 15:55">
</head><body><h1>国务院办公厅关于印发两个规定的通知</h1><table><tr><td>成文日期：</td><td>2018年12月18日</td></tr>
<tr><td>发文字号：</td><td>国办发〔2018〕124号</td></tr></table>
<div id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：经国务院同意，现将两个规定印发给你们，请认真贯彻执行。</p></div></body></html>"""
    assert extract(table).published_at == "2018-12-25T15:55:00+08:00"


def test_a_date_element_named_in_german() -> None:
    """An article footer's div#artikeldatum: 'veröffentlicht: 25.10.2007 15:19'."""
    page = f"""<html><head><title>Precision Farming</title></head><body><div id="contentleft">
<h1 class="artikelhead">Precision Farming: Moderne Sensortechnik im Kuhstall</h1><div class="text">{TEXT}</div>
<div id="artikelfooter"><div id="artikelautor">Autor: <a href="/a">Angelika Leitner</a></div>
<div id="artikeldatum">veröffentlicht: 25.10.2007 15:19</div></div>
<div class="market">{"<div><a href='/m'>Traktor</a> EUR 8600,--</div>" * 30}</div></div></body></html>"""
    assert extract(page).published_at == "2007-10-25"
    assert _structured(page) == "2007-10-25"


def test_layout_classes_on_body_do_not_hide_the_page() -> None:
    """A CMS writes the layout into <body class="one-sidebar sidebar-first">: that is no sidebar,
    and a labelled publication date in an info box far from the text (past a long list of
    links) is found; in a real sidebar it is not."""
    page = f"""<html><head><title>Emanuel Scobel wird Geschäftsführer</title></head>
<body class="node-type-article one-sidebar sidebar-first"><div class="content">
<div class="col span_8_of_12"><h1>Emanuel Scobel wird Geschäftsführer</h1><div class="text">{TEXT}</div>
<ul class="list">{"<li><a href='/x'>Leipzig gedenkt der Friedlichen Revolution</a></li>" * 130}</ul></div>
<div class="col span_4_of_12"><div class="widget_articel_info"><strong>Quelle</strong><br>
VERÖFFENTLICHT AM 07.06.2019 <div class="tags"><a href="/tag/x">Thomanerchor</a></div></div></div>
</div><div id="footer">Impressum</div></body></html>"""
    assert extract(page).published_at == "2019-06-07"
    sidebar = page.replace('class="col span_4_of_12"', 'class="sidebar"')
    assert extract(sidebar).published_at is None


def test_a_labelled_date_in_a_box_at_the_top_of_the_text() -> None:
    """The text's block starts with the post's box, label and value in cells of their own
    (<dt>Datum</dt><dd>12.01.2017</dd>), while the headline found is the site's name."""
    page = f"""<html><head><title>Dateien mit Migrationshintergrund - Ein Ablaufplan | Ebene 11 -
Webentwicklung . AutoCAD . Schulung</title></head><body class="blogArticle">
<header><h1><img src="/logo.png" alt="Ebene 11"><span>Webentwicklung . AutoCAD . Schulung</span></h1>
<nav><ul><li><a href="/">Home</a></li><li><a href="/blog/">Blog</a></li></ul></nav></header>
<article id="content"><header><h2>Dateien mit Migrationshintergrund</h2><p>{EN}</p></header>
<aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt>
<dd><a href="/autocad/">AutoCAD</a></dd></dl></aside>{TEXT}</article>
<aside class="sidebar"><h3>Verwandte Artikel</h3><p>Datum 03.03.2019</p></aside></body></html>"""
    assert extract(page).published_at == "2017-01-12"
    top = generic._paired(["Datum", "12.01.2017", "Kategorie", "AutoCAD"])
    assert top == ["Datum 12.01.2017", "Kategorie", "AutoCAD"]
    assert generic.find_date({}, [], "", "", "", None, top_lines=top) == "2017-01-12"
    assert generic.find_date({}, [], "", "", "", None, top_lines=["Datum", "12.01.2017"]) is None


def test_a_posts_byline_sentence_in_its_meta_box_or_footer() -> None:
    """Blog engines write the date in a sentence under the post: Drupal's "Gespeichert von X am
    24. Juli 2017", "Dieser Artikel wurde am 14. Dezember 2015 ... geschrieben", "Von Christian am
    03.05.2013"; a comment's byline below is not the post's."""
    def page(box: str) -> str:
        return f"""<html><head><title>Blog</title></head><body><h1>Eine Arduino-Virtual-Wall</h1>
<div class="entry">{TEXT}</div>{box}<div id="comments"><div class="comment-meta">Von Leser am 15.12.2015</div>
<p>{EN}</p></div></body></html>"""
    assert extract(page('<div class="submitted">Gespeichert von <span>rasos</span> am 24. Juli 2017 - 18:55</div>'
                        )).published_at == "2017-07-24"
    assert extract(page('<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von '
                        '<a href="/a">Heiner</a> geschrieben und unter <a href="/t">Arduino</a> eingeordnet.</div>'
                        )).published_at == "2015-12-14"
    assert extract(page('<div class="asset-footer"><div class="asset-meta">Von Christian am 03.05.2013, 11:51 | '
                        '<a href="#c">0 Meinungen</a></div></div>')).published_at == "2013-05-03"
    assert extract(page('<div class="post-footer">Kategorie: <a href="/t">Arduino</a></div>')).published_at is None


def test_a_byline_under_the_headline_outranks_metadata_of_another_day() -> None:
    """"By X on June 29, 2014 08:08 pm" under the headline is the local date; a sailthru.date of
    the next day (UTC) is not kept; an "Updated" line is no publication date."""
    page = f"""<html><head><title>Facebook offers explanation</title><meta name="sailthru.date" content="2014-06-30">
</head><body><h1>Facebook offers explanation</h1><p class="byline">By <a href="/u">Sam Byford</a> on June 29, 2014 08:08 pm</p>
<div class="article-body">{TEXT}</div></body></html>"""
    assert extract(page).published_at == "2014-06-29"
    updated = page.replace("By <a href=\"/u\">Sam Byford</a> on", "Updated by <a href=\"/u\">Sam Byford</a> on")
    assert extract(updated).published_at == "2014-06-30"


def test_an_embedded_posts_time_is_not_the_articles() -> None:
    """An embedded Instagram or Twitter post (a <blockquote>) carries its own <time>."""
    page = f"""<html><head><title>Was sich nach dem Urteil ändert</title></head><body><h1>Was sich nach dem Urteil ändert</h1>
<div class="text">{TEXT}<blockquote class="instagram-media"><p><a href="https://instagr.am/p/1">Ein Beitrag</a></p>
<p>Ein Beitrag geteilt von X (@x) am <time datetime="2018-03-12T11:00:00+00:00">Mär 12, 2018 um 4:00 PDT</time></p>
</blockquote><p>{EN}</p></div><div class="meta">Dienstag, 29. Januar 2019</div></body></html>"""
    assert extract(page).published_at == "2019-01-29"


def test_a_date_in_the_page_title_as_last_resort() -> None:
    """A uCoz blog states its post's date only in <title> (and a linked breadcrumb)."""
    page = f"""<html><head><title>Briefe - 26 Oktober 2010 - Blog - Bilder, News</title></head><body>
<div class="crumbs"><a href="/">Hauptseite</a> » <a href="/blog/2010">2010</a> » <a href="/blog/2010-10">Oktober</a></div>
<h1>Briefe</h1><div class="eMessage">{TEXT}</div></body></html>"""
    assert extract(page).published_at == "2010-10-26"
    assert extract(page.replace(" - 26 Oktober 2010", "")).published_at is None


def test_a_date_element_between_headline_and_text_outranks_metadata_of_another_day() -> None:
    """A magazine's deck ends in span.ngart-hl__date "Monday, 6 January 2020" while its
    article:published_time says 3 January: the stated date is kept. A <time> of a related list
    below the text does not outrank the metadata."""
    head = '<meta property="article:published_time" content="2020-01-03T09:48:24Z">'
    page = f"""<html><head><title>Ravenous wild goats ruled this island</title>{head}</head><body>
<div class="ngart-hl"><h1 class="ngart-hl__title">Ravenous wild goats ruled this island</h1>
<div class="ngart-hl__deck"><h2 class="ngart-hl__text">The rocky island makes a quick comeback.
<span class="ngart-hl__date">Monday, 6 January 2020</span></h2></div></div>
<div class="ngart-body">{TEXT}</div></body></html>"""
    assert extract(page).published_at == "2020-01-06"
    related = page.replace('<span class="ngart-hl__date">Monday, 6 January 2020</span>', "").replace(
        "</body>", '<ul class="list"><li><time>2020-01-05</time> Another</li></ul></body>')
    assert extract(related).published_at == "2020-01-03"
