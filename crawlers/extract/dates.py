"""Publication date finding: meta tags, script variables, labelled header text, datelines, URLs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone

from siqing import clock

_TZ = timezone(timedelta(hours=8))

# Full-width digits and separators (２０１５－１１－１１, 发布时间：２０１５年１１月１１日), read as ASCII;
# one character for one, so that positions in the text stay where they were.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")


def _ascii(text: str) -> str:
    """The text with full-width digits and date separators as ASCII."""
    return text.translate(_FULL_WIDTH)

# A calendar date, optionally followed by a time of day.
DATE_RE = re.compile(
    r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*[,，]?\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?"
    r"(?:\.\d+)?(Z|[+-]\d{2}:?\d{2}(?!\d))?)?"
)
COMPACT_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?(?!\d)")
# Publication labels first; then generic ones, but not dates of writing, effect or events
# (成文日期 and 生效日期 sit next to 发布日期 in gov.cn's policy tables).
PUB_LABEL_RE = re.compile(
    r"(?:发布时间|发布日期|发表时间|发表日期|公开日期|发稿时间|首发时间|上传时间|信息时间|发帖时间|"
    r"(?<![最后修改编辑回复])(?:发表|发布|发帖|刊发|刊登|登载|创建)于|Posted\s*(?:on|@|at)?|Published(?:\s+on)?|"
    r"Date\s*Posted)"
    r"\s*[:：]?\s*[\[【(（]?\s*", re.I
)
LABEL_RE = re.compile(
    r"(?<![成印生施截开结活会出有失修撰])(?:发文日期|更新时间|时间|日期|发布)"
    r"\s*[:：]?\s*[\[【(（]?\s*"
)
DATELINE_RE = re.compile(
    r"(?:社|网|报|台|讯|电视台|日报|晚报|记者)[^\d\n。，]{0,10}?(\d{1,2})月(\d{1,2})日\s*(?:电|讯|消息)"
)
URL_PATTERNS = (
    re.compile(r"[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_"),
    re.compile(r"/((?:19|20)\d{2})[-_/]?(\d{2})[-_/](\d{2})(?:/|\b)"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})[_\-.]?\d*(?:\.s?html?|\.htm)"),
)
URL_YEAR_RE = re.compile(r"/((?:19|20)\d{2})(?:[-_/]?\d{2})?/")
META_KEYS = (
    "pubdate", "firstpublishedtime", "publishdate", "article:published_time", "publishtime",
    "publish_time", "og:published_time", "og:release_date", "datepublished", "ptime",
    "release_date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued",
    "weibo:article:create_at", "created", "sailthru.date", "date", "dateupdate",
    "citation_publication_date", "citation_date", "publication_date", "pub_date", "parsely-pub-date",
    "og:article:published_time", "article.published", "published_time", "datecreated",
)
SCRIPT_RE = re.compile(
    r"""\b(?:fbrq|publishTime|publish_time|pubDate|pubdate|pubTime|pubtime|publishDate|ptime|pub_date|"""
    r"""releaseDate|datePublished|firstPublishedTime|createTime|ctime|create_time|publish_date)"""
    r"""["']?\s*[:=]\s*["']?([^"',;}\n]{8,40}|\d{10,13})"""
)

EPOCH_VAR_RE = re.compile(r"""\bvar\s+(?:ct|publish_time|pubtime)\s*=\s*["']?(\d{10})\b""")


def crawl_day() -> date:
    """The crawl's date (siqing.clock): no article is published after it."""
    return clock.today()


def format_date(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None,
                ss: int | None = None) -> str | None:
    """Format a valid date as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00; None if invalid or future."""
    try:
        day = datetime(y, m, d)
    except ValueError:
        return None
    if y < 1990 or day.date() > crawl_day():
        return None
    if hh is None or mm is None:
        return day.strftime("%Y-%m-%d")
    if not (0 <= hh < 24 and 0 <= mm < 60 and 0 <= (ss or 0) < 60):
        return day.strftime("%Y-%m-%d")
    return day.replace(hour=hh, minute=mm, second=ss or 0).strftime("%Y-%m-%dT%H:%M:%S+08:00")


def _from_match(m: re.Match[str]) -> str | None:
    """Turn a DATE_RE or COMPACT_RE match into a formatted date."""
    zone = m.group(7) if m.re.groups >= 7 else None
    g = [int(x) if x else None for x in m.groups()[:6]]
    if zone and zone not in ("+08:00", "+0800"):
        # A time stated in another zone (2019-01-07T17:27:31+02:00): the page's own day is kept,
        # its time of day dropped, since +08:00 would misstate it (as parse_date does).
        return format_date(g[0], g[1], g[2])  # type: ignore[arg-type]
    return format_date(g[0], g[1], g[2], g[3], g[4], g[5])  # type: ignore[arg-type]


def parse_date(text: str | None) -> str | None:
    """Parse the first date (with time when present) in free text, ISO strings or epoch numbers."""
    text = _ascii(text) if text else text
    if not text:
        return None
    text = text.strip()
    if text.isdigit() and len(text) in (10, 13):
        secs = int(text) / (1000 if len(text) == 13 else 1)
        try:
            stamp = datetime.fromtimestamp(secs, _TZ)
        except (OverflowError, OSError, ValueError):
            return None
        return format_date(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    iso = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                   r"(Z|[+-]\d{2}:?\d{2})?", text)
    if iso:
        y, mo, d, hh, mi, ss = (int(x) if x else 0 for x in iso.groups()[:6])
        tz = iso.group(7)
        if tz and tz not in ("+08:00", "+0800"):
            # The page's own date as stated: a conversion to China time would move it a day now
            # and then, and many sites write their local time with a wrong "Z". The time of day is
            # dropped, since +08:00 would misstate it.
            return format_date(y, mo, d)
        return format_date(y, mo, d, hh, mi, ss)
    m = DATE_RE.search(text)
    if m:
        return _from_match(m)
    m = COMPACT_RE.search(text)
    return _from_match(m) if m else None


def from_meta(meta: Mapping[str, str]) -> str | None:
    """Date from meta tags (PubDate, firstpublishedtime, article:published_time, ...)."""
    for key in META_KEYS:
        value = meta.get(key)
        if value:
            found = parse_date(value)
            if found:
                return found
    return None


def from_scripts(scripts: Iterable[str]) -> str | None:
    """Date from script variables such as `var fbrq = "2024年06月24日 08:40"` or publishTime."""
    for script in scripts:
        if len(script) > 300_000:
            script = script[:300_000]
        m = EPOCH_VAR_RE.search(script)
        if m:
            found = parse_date(m.group(1))
            if found:
                return found
        for m in SCRIPT_RE.finditer(script):
            found = parse_date(m.group(1))
            if found:
                return found
    return None


# Labels of Western pages (the page set has some): Date 19.01.2020, Veröffentlicht am 12. ...
EN_LABEL_RE = re.compile(r"\b(?:Date|Published(?:\s+on)?|Posted(?:\s+on)?|Datum|Veröffentlicht(?:\s+am)?|Erschienen(?:\s+am)?|"
                         r"Publié(?:\s+le)?)"
                         r"\s*[:：]?\s*", re.I)


def from_labelled(text: str) -> str | None:
    """Date after a label such as 发布时间： / 时间： / 日期： in a short header text."""
    text = _ascii(text) if text else text
    for label in (PUB_LABEL_RE, LABEL_RE, EN_LABEL_RE):
        for m in label.finditer(text):
            found = DATE_RE.match(text, m.end())
            if found:
                value = _from_match(found)
                if value:
                    return value
            rest = text[m.end():m.end() + 40]
            value = from_dotted(rest[:12]) if DOTTED_RE.match(rest) else (
                from_english(rest) if EN_DATE_RE.match(rest) else
                from_slashed(rest[:10]) if SLASH_RE.match(rest) else None)
            if value:
                return value
    return None


# A site's banner shows today's date (今天是2024年5月28日 农历四月廿一): not the article's.
# So are a blog platform's "latest recommended post on ..." bar and its "changed on ..." stamp
# (CSDN: 最新推荐文章于 2023-01-01 发布, 已于 2023-01-12 10:28:09 修改).
# A thread's "最后由 X 回复于 <date>" (last reply on) is a reply's date, never the article's.
_BANNER_BEFORE = re.compile(r"(?:今天是|今日是?|当前时间|现在是|欢迎.{0,20}|推荐文章于|已于|回复于)\s*[:：]?\s*$")
_BANNER_AFTER = re.compile(r"\s*(?:星期[一二三四五六日天]\s*)?(?:农历|阴历)|\s*(?:修改|更新)")


def _banner(text: str, m: re.Match[str]) -> bool:
    """Whether the date matched is a banner's today."""
    return bool(_BANNER_BEFORE.search(text[max(0, m.start() - 24):m.start()])
                or _BANNER_AFTER.match(text, m.end()))


def banner_only(text: str) -> bool:
    """Whether every full date in a text is a banner's (today's date, a "latest post" bar)."""
    text = _ascii(text) if text else text
    found = list(DATE_RE.finditer(text))
    return bool(found) and all(_banner(text, m) for m in found)


def from_plain(text: str) -> str | None:
    """First full date ("2024年06月24日 08:40", "2024-06-24 08:40") in a header text."""
    text = _ascii(text) if text else text
    for m in DATE_RE.finditer(text):
        if not _banner(text, m):
            return _from_match(m)
    return None


def from_last_plain(text: str) -> str | None:
    """Last full date in a text (the one nearest what follows it)."""
    text = _ascii(text) if text else text
    found = None
    for m in DATE_RE.finditer(text):
        if not _banner(text, m):
            found = _from_match(m) or found
    return found


def from_url(url: str | None) -> str | None:
    """Date from URL patterns such as t20240624_, /2024-06/24/, /20240624/."""
    if not url:
        return None
    for pattern in URL_PATTERNS:
        m = pattern.search(url)
        if m:
            found = format_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if found:
                return found
    return None


def year_from_url(url: str | None) -> int | None:
    """A year from the URL path (/202406/, /2024-06/, /2024/) when present."""
    if not url:
        return None
    found = from_url(url)
    if found:
        return int(found[:4])
    m = URL_YEAR_RE.search(url)
    return int(m.group(1)) if m else None


def from_dateline(text: str, year: int | None) -> str | None:
    """Date from a news dateline such as 新华社北京11月25日电, given the year from elsewhere."""
    text = _ascii(text) if text else text
    if year is None:
        return None
    m = DATELINE_RE.search(text[:300])
    if not m:
        return None
    return format_date(year, int(m.group(1)), int(m.group(2)))


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}
CN_DATE_RE = re.compile(
    r"([〇零○ＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
_ALONE_REST = re.compile(
    r"[\s\[\]【】()（）|｜:：,，.·\-/]+|星期[一二三四五六日天]|周[一二三四五六日天]|"
    r"(?:上午|下午|凌晨|晚上)|\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?|"
    # a time's a.m./p.m., "Uhr" and a zone (8:42 a.m. EDT October 3, 2014; 19:16 Uhr)
    r"\b(?:[aApP]\.?[mM]\b\.?|Uhr\b|UTC\b|GMT\b|[ECMP][SD]T\b|CES?T\b|MES?Z\b)"
)


def _cn_number(text: str) -> int | None:
    """A small number in Chinese numerals: 六, 十二, 二十四, 三十一."""
    if "十" in text:
        tens, _, units = text.partition("十")
        if len(tens) > 1 or len(units) > 1:
            return None
        return (_CN_DIGITS.get(tens, -100) if tens else 1) * 10 + (_CN_DIGITS.get(units, -100) if units else 0)
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def from_cn_numerals(text: str) -> str | None:
    """A date written in Chinese numerals (二〇二四年六月二十四日), as closing official texts date."""
    for m in CN_DATE_RE.finditer(text):
        year = "".join(str(_CN_DIGITS.get(c, 0)) for c in m.group(1))
        month, day = _cn_number(m.group(2)), _cn_number(m.group(3))
        if month is not None and day is not None:
            found = format_date(int(year), month, day)
            if found:
                return found
    return None


# Month names of English, German and French pages (the page set has some): Jan, Jänner, März,
# Mai, juin, juillet, août, déc. Resolved by their first letters; juin/juil need four.
_MONTHS = {"jan": 1, "jän": 1, "feb": 2, "fév": 2, "mar": 3, "mär": 3, "apr": 4, "avr": 4, "may": 5,
           "mai": 5, "jun": 6, "juin": 6, "jul": 7, "juil": 7, "aug": 8, "aoû": 8, "sep": 9, "oct": 10,
           "okt": 10, "nov": 11, "dec": 12, "dez": 12, "déc": 12}
_MONTH = r"(juin|juil|jan|jän|feb|fév|mar|mär|apr|avr|may|mai|jun|jul|aug|aoû|sep|oct|okt|nov|dec|dez|déc)"
EN_DATE_RE = re.compile(
    r"\b(?:" + _MONTH + r"[a-zäéûô]{0,7}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})|"
    r"(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+" + _MONTH + r"[a-zäéûô]{0,7}\.?,?\s+((?:19|20)\d{2}))\b", re.I)


def _month(name: str) -> int:
    """The month number of a month name's first letters (see _MONTHS)."""
    name = name.lower()
    return _MONTHS.get(name[:4]) or _MONTHS[name[:3]]


def from_english(text: str) -> str | None:
    """A date written with a month name (July 28, 2011; 28 Jul 2011; 3. Juli 2018; 27 juin 2019)."""
    text = _ascii(text) if text else text
    m = EN_DATE_RE.search(text)
    if not m:
        return None
    if m.group(1):
        return format_date(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
    return format_date(int(m.group(6)), _month(m.group(5)), int(m.group(4)))


# 19.01.2020 and 11.09.2011, 16:20: day first, as European sites write it.
DOTTED_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.])")


def from_dotted(text: str) -> str | None:
    """A day-first dotted date (19.01.2020)."""
    text = _ascii(text) if text else text
    m = DOTTED_RE.search(text)
    return format_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


# 02.12.19 and 17.7.11: day first with a two-digit year, as date headers and blog date lines write
# it. Read only where a line or a date element holds nothing else (two-digit numbers are common).
DOTTED_SHORT_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")


def from_dotted_short(text: str) -> str | None:
    """A day-first dotted date with a two-digit year (02.12.19); the century is the latest one
    that does not put the date after the crawl."""
    m = DOTTED_SHORT_RE.search(text)
    if not m:
        return None
    short = int(m.group(3))
    year = 2000 + short if 2000 + short <= crawl_day().year else 1900 + short
    return format_date(year, int(m.group(2)), int(m.group(1)))


# 13-04-22: a two-digit year first with dashes, as Chinese CMS date lines print it (TRS "| 13-04-22 |").
# Read only where the page writes the year first (a Chinese, Japanese or Korean page) and a line
# holds nothing else.
DASHED_SHORT_RE = re.compile(r"(?<![\d\-./:])(\d{2})-(\d{1,2})-(\d{1,2})(?![\d\-./:])")
_YEAR_FIRST: ContextVar[bool] = ContextVar("year_first", default=False)


def from_dashed_short(text: str) -> str | None:
    """A year-first dashed date with a two-digit year (13-04-22), on a page that writes the year
    first (see _YEAR_FIRST); the century is the latest one that does not put it after the crawl."""
    m = DASHED_SHORT_RE.search(text)
    if not m or not _YEAR_FIRST.get():
        return None
    short = int(m.group(1))
    year = 2000 + short if 2000 + short <= crawl_day().year else 1900 + short
    return format_date(year, int(m.group(2)), int(m.group(3)))


# Arabic month names, Levantine (آب) and Egyptian (أغسطس) forms, often both: 28 آب/اغسطس 2013.
_AR_MONTHS = (
    ("كانون الثاني", 1), ("يناير", 1), ("شباط", 2), ("فبراير", 2), ("آذار", 3), ("مارس", 3),
    ("نيسان", 4), ("أبريل", 4), ("ابريل", 4), ("أيار", 5), ("مايو", 5), ("حزيران", 6), ("يونيو", 6),
    ("تموز", 7), ("يوليو", 7), ("آب", 8), ("أغسطس", 8), ("اغسطس", 8), ("أيلول", 9), ("سبتمبر", 9),
    ("تشرين الأول", 10), ("أكتوبر", 10), ("اكتوبر", 10), ("تشرين الثاني", 11), ("نوفمبر", 11),
    ("كانون الأول", 12), ("ديسمبر", 12),
)
_AR_MONTH_OF = dict(_AR_MONTHS)
AR_DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(" + "|".join(name for name, _ in _AR_MONTHS) + r")(?:\s*/\s*[\u0600-\u06ff]+)?"
    r"\s*[,،]?\s+((?:19|20)\d{2})(?!\d)")


def from_arabic(text: str) -> str | None:
    """A date with an Arabic month name (28 آب/اغسطس 2013)."""
    m = AR_DATE_RE.search(text)
    return format_date(int(m.group(3)), _AR_MONTH_OF[m.group(2)], int(m.group(1))) if m else None


# Numeric dates with slashes: 03/04/2012 is 3 April where the page's locale writes the day first
# (most of Europe, Latin America, en-GB), 4 March in the US. The page's language decides; where it
# is not known only an unambiguous date (one number over 12) is read. Set per page by the extractor.
_DAY_FIRST: ContextVar[bool | None] = ContextVar("day_first", default=None)
_MONTH_FIRST_REGIONS = ("us", "ph", "ca")
SLASH_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2}|\d{2})(?![\d/])")


def day_first_of(lang: str | None) -> bool | None:
    """Whether a page in this language (html lang, og:locale) writes the day first in numeric
    dates; None where that is not known (plain "en" is used both ways; CJK pages write the year
    first)."""
    lang = (lang or "").strip().lower().replace("_", "-")
    if not lang or lang[:2] in ("zh", "ja", "ko"):
        return None
    if lang[:2] == "en":
        region = lang[3:5]
        return None if not region else region not in _MONTH_FIRST_REGIONS
    return bool(re.match(r"^[a-z]{2,3}(?:-|$)", lang)) or None


def year_first_of(lang: str | None, title: str | None) -> bool:
    """Whether a page writes numeric dates year first: its declared language is Chinese, Japanese
    or Korean, or it declares none and its title is in Chinese characters."""
    lang = (lang or "").strip().lower()
    if lang:
        return lang[:2] in ("zh", "ja", "ko")
    return bool(title and re.search(r"[\u4e00-\u9fff]", title))


@contextmanager
def slash_order(day_first: bool | None, year_first: bool = False) -> Iterator[None]:
    """Read slashed numeric dates the page's way (see _DAY_FIRST), and two-digit-year dashed ones
    where it writes the year first (see _YEAR_FIRST), within the block."""
    token = _DAY_FIRST.set(day_first)
    token_year = _YEAR_FIRST.set(year_first)
    try:
        yield
    finally:
        _YEAR_FIRST.reset(token_year)
        _DAY_FIRST.reset(token)


def from_slashed(text: str, short: bool = False) -> str | None:
    """A numeric date with slashes (08/01/2014, 11/18/2011; 8/17/13 with short=True, where the
    text is a date element's own), read in the page's order (see _DAY_FIRST)."""
    text = _ascii(text) if text else text
    for m in SLASH_RE.finditer(text):
        first, second, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        if len(year_text) == 2:
            if not short:
                continue
            year = 2000 + int(year_text)
            year = year if year <= crawl_day().year else year - 100
        else:
            year = int(year_text)
        order = _DAY_FIRST.get()
        if first > 12 >= second or (first == second):
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif order is None:
            continue
        else:
            day, month = (first, second) if order else (second, first)
        found = format_date(year, month, day)
        if found:
            return found
    return None


# A Chinese month name with an English day ordinal, as WordPress's "F jS, Y" prints in a Chinese
# locale: 十一月 6th, 2009.
CN_MONTH_ORD_RE = re.compile(
    r"(?<![\d〇一二三四五六七八九十])([一二三四五六七八九十]{1,3}|\d{1,2})\s*月\s*(\d{1,2})(?:st|nd|rd|th)?"
    r"\s*[,，]\s*((?:19|20)\d{2})(?!\d)")


def from_cn_month_ordinal(text: str) -> str | None:
    """A date such as 十一月 6th, 2009 (month by name, day, year)."""
    for m in CN_MONTH_ORD_RE.finditer(text):
        month = int(m.group(1)) if m.group(1).isdigit() else _cn_number(m.group(1))
        if month is not None:
            found = format_date(int(m.group(3)), month, int(m.group(2)))
            if found:
                return found
    return None


def from_other_formats(text: str) -> str | None:
    """A date with an English or Arabic month name, day first with dots, with slashes in the
    page's order, or a Chinese month name with a day ordinal, in a short text."""
    return from_english(text) or from_dotted(text) or from_arabic(text) or from_slashed(text) \
        or from_cn_month_ordinal(text)


def alone(line: str) -> str | None:
    """The date of a short line that is nothing but a date (a weekday, a time, brackets allowed)."""
    line = _ascii(line) if line else line
    line = line.strip()
    if not line or len(line) > 40:
        return None
    m = DATE_RE.search(line)
    if m and _banner(line, m):
        return None
    if m:
        value = _from_match(m)
        rest = line[:m.start()] + line[m.end():]
    elif (cn := CN_DATE_RE.search(line)) is not None:
        value = from_cn_numerals(cn.group(0))
        rest = line[:cn.start()] + line[cn.end():]
    elif (dot := DOTTED_RE.search(line)) is not None:
        value = from_dotted(dot.group(0))
        rest = line[:dot.start()] + line[dot.end():]
    elif (short := DOTTED_SHORT_RE.search(line)) is not None:
        value = from_dotted_short(short.group(0))
        rest = line[:short.start()] + line[short.end():]
    elif _YEAR_FIRST.get() and (dash := DASHED_SHORT_RE.search(line)) is not None:
        value = from_dashed_short(dash.group(0))
        rest = line[:dash.start()] + line[dash.end():]
    elif (slash := SLASH_RE.search(line)) is not None:
        value = from_slashed(slash.group(0), short=True)
        rest = line[:slash.start()] + line[slash.end():]
    elif (cmo := CN_MONTH_ORD_RE.search(line)) is not None:
        value = from_cn_month_ordinal(cmo.group(0))
        rest = line[:cmo.start()] + line[cmo.end():]
    elif (en := EN_DATE_RE.search(line)) is not None:
        value = from_english(en.group(0))
        rest = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
                      r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[a-z]*\b", "", line[:en.start()] + line[en.end():])
    else:
        return None
    if value is None or len(_ALONE_REST.sub("", rest)) > 4:
        return None
    return value


# The note under an official text's title that states when it was adopted or issued:
# （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）. Only a note with one date
# (an amended law's note lists several: which one the page means is not stated).
_NOTE_RE = re.compile(r"^[（(]([^（()）]{6,90})(?:通过|公布|发布|批准|印发)[）)]$")


def adoption_note(line: str) -> str | None:
    """The date of an adoption note alone on its line, or None."""
    line = _ascii(line) if line else line
    m = _NOTE_RE.match(line.strip())
    if not m or len(DATE_RE.findall(m.group(1))) + len(CN_DATE_RE.findall(m.group(1))) != 1:
        return None
    return from_plain(m.group(1)) or from_cn_numerals(m.group(1))

