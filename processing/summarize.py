"""An extractive summary that a reader can take in at a glance, by kind of text, at most N characters.

- Laws, regulations and decisions: what the text is and when it takes effect, built from its
  enactment record and purpose clause: 《某某条例》经某某会议于某日通过，自某日起施行，共N章N条；
  旨在…… Never a piece of the revision history, never a bare article number.
- Notices, opinions, reports and speeches: the sentence that says what is decided or asked
  (现将……印发给你们, 现就……提出如下意见, 决定……), else the first sentence that says something.
- News: the lead, without its dateline, 记者 byline, 编者按 or boilerplate.

The result is always one whole sentence (or clauses of one), cut only at a clause boundary, with the
full-width punctuation of Chinese text kept (or restored, when an NFKC clean made it half-width).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

SENTENCE_END = "。！？；!?"
CLAUSE = "，；：,;:"  # 、 separates the items of a list, not clauses: never cut there
_SENTENCES = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』]?)?")
_CN_NUM = "零〇一二三四五六七八九十百千两"
_SKIP = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节编]|[（(]?[一二三四五六七八九十]+[)）、]|目\s*录|"
    r".{0,30}(?:〔|\[)\d{4}(?:〕|\])\d+号$|各.{0,60}[：:]$|[^，,。；]{0,30}[：:]$|（此件公开发布）|"
    r"\d{4}年\d{1,2}月\d{1,2}日$|附件|来源|责任编辑)"
)
# Chinese text: half-width punctuation between CJK characters was full-width on the page.
_HALF = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》〈〉]"
_HALF_RE = re.compile(rf"(?<={_CJK})\s*([,;:!?])\s*|\s*([,;:!?])\s*(?={_CJK})|"
                      rf"\(\s*(?=[^()]*{_CJK})|(?<={_CJK})\s*\)|\)(?=\s*{_CJK})")

# --- laws, regulations and decisions -------------------------------------------------------------

_LAW_TITLE = re.compile(r"(?:条例|法|规定|办法|细则|规则|决定|决议|章程|准则|若干规定)(?:[（(][^）)]{1,12}[）)])?$")
_ARTICLE_LINE = re.compile(rf"^\s*第([{_CN_NUM}\d]+)条")
_CHAPTER_LINE = re.compile(rf"^\s*第([{_CN_NUM}\d]+)章")
_DATE = r"(\d{4}年\d{1,2}月\d{1,2}日)"
_MEETING = r"((?:[^，,。（()）《》\s]{0,24}?)(?:人民代表大会|人大)[^，,。（()）《》\s]{0,30}?(?:会议|全体会议))"
_ACTION = r"(通过|批准|修订|修正)"
# (2021年11月25日浙江省第十三届人民代表大会常务委员会第三十二次会议通过) and 根据……修正 records.
_RECORD = re.compile(_DATE + r"\s*(?:经)?\s*" + _MEETING + r"(?:[^，,。；;（()）]{0,80}?)" + _ACTION)
# 《某某条例》已于2021年12月3日经某某会议通过，现予公布 (the announcement above a regulation).
_ANNOUNCE = re.compile(r"已于" + _DATE + r"经" + _MEETING + r"(?:[^，,。；;]{0,80}?)" + _ACTION)
_APPROVED = re.compile(_DATE + r"\s*经?\s*" + _MEETING + r"\s*批准")
_EFFECT = re.compile(r"自(\d{4}年\d{1,2}月\d{1,2}日|公布之日|发布之日|印发之日)起(?:施行|实施|执行|生效)")
_PURPOSE = re.compile(r"^(?:第[一二三四五六七八九十\d]+条\s*)?(?:为了|为)(.{4,}?)(?:，|,)\s*(?:根据|依据|依照|按照|结合|制定|特|现|作出|决定)")
_SHORT_BODY = re.compile(r"^(.{1,12}?[省市区州县盟旗])第[一二三四五六七八九十]+届人民代表大会常务委员会第[一二三四五六七八九十百]+次会议$")


# Built once: _cn_to_int runs for every article line of every statute.
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def _cn_to_int(text: str) -> int | None:
    """一百二十三 -> 123 (numbers as articles and chapters are written)."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def _int_to_cn(n: int) -> str:
    """123 -> 一百二十三 (for 共N章N条)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    head = digits[n // 100] + "百"
    if not rest:
        return head
    return head + ("零" + digits[rest] if rest < 10 else digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else ""))


def _short_meeting(meeting: str) -> str:
    """浙江省第十三届人民代表大会常务委员会第三十二次会议 -> 浙江省人大常委会 (when a summary is too long)."""
    m = _SHORT_BODY.match(meeting)
    if m:
        return m.group(1) + "人大常委会"
    return meeting.replace("人民代表大会常务委员会", "人大常委会")


def is_law(title: str, text: str) -> bool:
    """A statute's own text (its articles), not news about one."""
    head = text[:3000]
    articles = sum(1 for line in head.split("\n") if _ARTICLE_LINE.match(line))
    title = title.strip()
    if articles >= 3:
        return True
    return bool(_LAW_TITLE.search(title)) and bool(_RECORD.search(head[:600]) or _ANNOUNCE.search(head[:600]))


def _law_parts(title: str, text: str) -> dict[str, str]:
    """Record, effect date, size and purpose of a statute."""
    parts: dict[str, str] = {}
    head = text[:1500]
    announce = _ANNOUNCE.search(head)
    records = list(_RECORD.finditer(head))
    first = records[0] if records else None
    if announce is not None:
        parts.update(date=announce.group(1), meeting=announce.group(2), action=announce.group(3))
    elif first is not None:
        parts.update(date=first.group(1), meeting=first.group(2), action=first.group(3))
        latest = records[-1]
        if latest is not first and latest.group(3) in ("修订", "修正"):
            parts["revised"] = latest.group(1) + latest.group(3)
    approved = _APPROVED.search(head)
    opening = announce or first
    if approved is not None and opening is not None and parts.get("action") == "通过" \
            and approved.start() > opening.start():
        parts["approved"] = approved.group(1) + "经" + approved.group(2) + "批准"
        parts["approved_short"] = approved.group(1) + "经" + _short_meeting(approved.group(2)) + "批准"
    effect = None
    for found in _EFFECT.finditer(text):
        effect = found  # the closing article states it; earlier ones may quote other texts
    if effect is not None:
        parts["effect"] = f"自{effect.group(1)}起施行"
    lines = text.split("\n")
    # One pass over the lines: the article numbers, the last article line and the chapters.
    numbers = []
    last = ""
    chapters = set()
    for line in lines:
        if a := _ARTICLE_LINE.match(line):
            numbers.append(_cn_to_int(a.group(1)))
            last = line
        elif c := _CHAPTER_LINE.match(line):
            chapters.add(c.group(1))
    numbers = [n for n in numbers if n]
    # Counted only when the articles run 1..N without a gap: the text is whole.
    if len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1)) and re.search(
            r"施行|实施|生效|执行", last):
        size = f"{_int_to_cn(len(chapters))}章" if len(chapters) >= 2 else ""
        parts["size"] = f"共{size}{_int_to_cn(len(numbers))}条"
    for line in lines[:40]:
        purpose = _PURPOSE.match(line.strip())
        if purpose:
            parts["purpose"] = _ASIDE.sub("", purpose.group(1)).strip("，,、 ")
            break
    return parts


def _law_summary(title: str, text: str, limit: int) -> str | None:
    """《某某条例》经某某会议于某日通过，自某日起施行，共N章N条；旨在……, fitted to the limit.

    What gives way first when it is too long: the full name of the meeting, the size, the purpose
    (cut at a clause, then dropped), the revision and approval, the meeting; the name, the date
    and the effect stay longest.
    """
    name = title.strip()
    if not name:
        return None
    name = name if name.startswith("《") else f"《{name}》"
    p = _law_parts(title, text)
    if "date" not in p and "effect" not in p and "purpose" not in p:
        return None
    # (short meeting name, size, purpose, revision and approval, meeting), in the order they give way.
    plans = [(True, True, True, True, True), (True, False, True, True, True), (True, False, True, False, True),
             (True, False, False, True, True), (True, False, False, False, True), (True, False, False, False, False)]
    for short, with_size, with_purpose, with_history, with_meeting in plans:
        clauses = []
        if "date" in p:
            meeting = (_short_meeting(p["meeting"]) if short else p["meeting"]) if with_meeting else ""
            clauses.append(f"经{meeting}于{p['date']}{p['action']}" if meeting else f"于{p['date']}{p['action']}")
            if with_history and "approved" in p:
                clauses.append(p["approved_short"] if short else p["approved"])
            if with_history and "revised" in p:
                clauses.append(p["revised"])
        if "effect" in p:
            clauses.append(p["effect"])
        if with_size and "size" in p:
            clauses.append(p["size"])
        core = name + "，".join(clauses)
        purpose = p.get("purpose") if with_purpose else None
        if purpose:
            room = limit - len(core) - 4
            cut = _clause_cut(purpose, room) if room >= 8 else None
            if cut:
                return f"{core}；旨在{cut}。"
            continue  # the next plan makes room for it, or drops it
        if clauses and len(core) + 1 <= limit:
            return core + "。"
    return None


def _clause_cut(text: str, room: int) -> str | None:
    """The longest run of whole clauses of text within room characters, or None."""
    if len(text) <= room:
        return text
    best = None
    for i, ch in enumerate(text[: room + 1]):
        if ch in CLAUSE and i >= 4:
            best = text[:i]
    if best is None:
        return None
    return best.rstrip(CLAUSE)


# --- news -------------------------------------------------------------------------------------------

_DATELINE = re.compile(
    r"^(?:[^，。\s]{1,10}(?:社|网|报|台|电视台|客户端)[^，。\s]{0,8}?\d{1,2}月\d{1,2}日\s*(?:电|讯)"
    r"(?:\s*[（(][^）)]{0,40}[）)])?\s*[：:]?\s*|"
    r"[^，。\s]{1,10}(?:社|网|报|台|客户端|新闻)\s*(?:讯|消息)(?:\s*[（(][^）)]{0,40}[）)])?\s*[：:]?\s*|"
    r"本报(?:讯|[^，。\s]{0,8}讯)\s*(?:[（(][^）)]{0,40}[）)])?\s*|"
    r"[（(]\s*(?:记者|通讯员|见习记者|特约记者)[^）)]{0,40}[）)]\s*|"
    r"(?:记者|通讯员)\s*[^\s，。]{2,12}(?:\s+[^\s，。]{2,4})*\s*(?:报道|报导)\s*[：:]?\s*|"
    r"【[^】]{0,20}】\s*)"
)
_BOILER = re.compile(
    r"^(?:编者按|编者的话|导读|摘要|核心提示|原标题|点击|扫码|来源|责任编辑|编辑|转自|本文|记者|通讯员|图为|图片|视频|"
    r"（?图|\d+月\d+日[，,]?\s*$)|关注我们|阅读原文"
)
_BYLINE_LINE = re.compile(r"^(?:[（(]?\s*(?:记者|通讯员|文|图|摄影|作者)\s*[/／：:]?\s*[^\s，。]{2,4}(?:\s+|$)){1,4}[）)]?$")


def _strip_news(sentence: str) -> str:
    """A lead without its dateline and byline."""
    prev = None
    while prev != sentence:
        prev = sentence
        sentence = _DATELINE.sub("", sentence, count=1).strip()
    return sentence


# --- official documents ------------------------------------------------------------------------------

_DOC_TITLE = re.compile(r"(?:通知|意见|批复|答复|复函|通报|公告|通告|决定|报告|讲话|致辞|方案|纲要|规划|函|命令|公报|说明|决议)(?:[（(][^）)]{1,12}[）)])?$")
_DECIDED = re.compile(
    r"现将|现就|现予|决定|提出(?:如下|以下)|通知如下|特此|印发给你们|请认真|请结合|要求各|"
    r"报告(?:如下|政府工作)|向大会报告|(?:答复|函复|批复|通知)如下|收悉"
)


def _sentences(text: str) -> list[str]:
    """Sentences of the text, headings and short unpunctuated lines dropped."""
    return list(_iter_sentences(text))


def _iter_sentences(text: str) -> Iterator[str]:
    """_sentences one at a time, for readers that stop early."""
    for line in text.split("\n"):
        line = line.strip()
        # A short line with no closing punctuation is a heading (公告, 第一章 总则, a 文号).
        if not line or (line[-1] not in SENTENCE_END + "：:" and len(line) < 40):
            continue
        if _BOILER.match(line) or _BYLINE_LINE.match(line):
            continue
        for s in _SENTENCES.findall(line):
            s = s.strip()
            if s:
                yield s


def _good(sentence: str) -> bool:
    """A sentence that says something: long enough, not a heading or salutation."""
    return len(sentence) >= 12 and not _SKIP.match(sentence) and not _ARTICLE_ONLY.match(sentence) \
        and not _BRACKETED.match(sentence)


_BRACKETED = re.compile(r"^[（(][^）)]*[）)][。]?$")
_ARTICLE_ONLY = re.compile(rf"^第[{_CN_NUM}\d]+条\s*$")
_ARTICLE_PREFIX = re.compile(rf"^第[{_CN_NUM}\d]+条\s*")
_HISTORY = re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日.{0,60}(?:会议|人民代表大会)|^根据\d{4}年")
_TEST_FRAGMENT = re.compile(r"(?:根据|的|和)[。！？]$")
_FRAGMENT_END = re.compile(r"(?:根据|的|和|与|及|或|对|在|为|将|等|关于|决定|认为|指出|强调|要求|表示)[。！？]$")


def summarize(title: str, text: str, limit: int = 120) -> str:
    """A summary of at most `limit` characters that reads as a whole sentence."""
    title = (title or "").strip()
    text = text or ""
    summary = None
    if is_law(title, text):
        summary = _law_summary(title, text, limit)
    if summary is None:
        summary = _speech_summary(title, text, limit)
    if summary is None:
        summary = _lead(title, text, limit)
    return _fullwidth(summary)


# --- reports and speeches ------------------------------------------------------------------------------

# A report's or speech's subtitle and speaker, as printed under its heading:
#   ——2026年1月19日在济南市第十八届人民代表大会第五次会议上
#   济南市市长 于海田
_OCCASION = re.compile(r"^[—\-－]{1,2}\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*在(.{4,60}?)上(?:的(讲话|报告|致辞))?\s*$")
_SPEAKER = re.compile(r"^([\u4e00-\u9fff、（）()]{2,30}?)[\s　]+([\u4e00-\u9fff]{1,2}(?:[\s　]?[\u4e00-\u9fff]){1,2})$")


def _speech_summary(title: str, text: str, limit: int) -> str | None:
    """What a report or speech is: who gave it, when, at which meeting — 济南市市长于海田2026年1月19日在
    济南市第十八届人民代表大会第五次会议上作政府工作报告。 None when the text carries no such subtitle."""
    lines = [ln.strip() for ln in text[:600].split("\n") if ln.strip()]
    for i, line in enumerate(lines[:6]):
        m = _OCCASION.match(line)
        if not m:
            continue
        day, meeting, said = m.groups()
        speaker = _SPEAKER.match(lines[i + 1]) if i + 1 < len(lines) else None
        heading = next((ln for ln in lines[:i] if ln.endswith(("报告", "讲话", "致辞"))), "") or title
        heading = heading.rstrip(SENTENCE_END)
        if not speaker or not heading:
            return None
        post, name = speaker.group(1), re.sub(r"[\s　]", "", speaker.group(2))
        verb = "作" if heading.endswith("报告") or said == "报告" else "发表"
        if heading.startswith("在"):  # 在某会议上的讲话: the occasion is already said
            doc = heading[-2:] if heading.endswith(("报告", "讲话", "致辞")) else (said or "讲话")
        else:
            doc = heading if heading.endswith(("报告", "讲话", "致辞")) else f"{heading}的{said or '讲话'}"
        sentence = f"{post}{name}{day}在{meeting}上{verb}{doc}。"
        return sentence if len(sentence) <= limit else None
    return None


def _lead(title: str, text: str, limit: int) -> str:
    """The sentence that carries the text: what is decided or asked, or the news lead."""
    # The good sentences other than the headline itself (only the first 12 are read: reading stops
    # there), or when there are none, those that repeat the headline.
    bare_title = title.rstrip(SENTENCE_END)
    others: list[str] = []
    repeats: list[str] = []
    # Sentences in another script (an English greeting opening a Chinese blog post) are kept apart: a
    # Chinese briefing takes them only when the text has no Chinese sentence to offer.
    foreign: list[str] = []
    # A headline that is not a document's keeps the sentences in text order, so they are fitted as
    # they are read and reading stops at the fourth that fits: the same four, fewer sentences read.
    in_order = not _DOC_TITLE.search(title)
    early: list[str] = []
    for sentence in _iter_sentences(text[:6000]):
        s = _ARTICLE_PREFIX.sub("", _strip_news(sentence))
        if not _good(s) or _HISTORY.match(s):
            continue
        if s.rstrip(SENTENCE_END) == bare_title:
            repeats.append(s)
            continue
        if len(_CJK_CHAR.findall(s)) * 4 < len(s):
            foreign.append(s)
            continue
        others.append(s)
        if in_order and (f := _fit(s, limit)):
            early.append(f)
            if len(early) == 4:
                break
        if len(others) >= 12:
            break
    candidates = others or repeats or foreign
    if not candidates:
        return (_fit(title, limit) or _hard_cut(title, limit)) if title else ""
    order = candidates[:12]
    if not in_order:
        order = [s for s in order if _DECIDED.search(s)] + [s for s in order if not _DECIDED.search(s)]
    # Only the first four that fit are ever looked at: the rest are not fitted (the costliest step).
    fitted = early if in_order and others else []
    if not fitted:
        for s in order:
            f = _fit(s, limit)
            if f:
                fitted.append(f)
                if len(fitted) == 4:
                    break
    if not fitted:
        return _hard_cut(order[0], limit)
    # The first that names the subject of the headline, if one of the first few does.
    keys = _title_keys(title)
    for f in fitted[:4]:
        if not keys or sum(k in f for k in keys) >= min(2, len(keys)):
            return f
    return fitted[0]


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

_GENERIC_TITLE = re.compile(
    r"国务院办公厅|国务院|办公厅|关于|印发|转发|通知|意见|中华人民共和国|进一步|有关|若干|问题|工作|的|和|与|"
    r"[（(][^）)]*[）)]|\d+|[^\u4e00-\u9fff]")


def _title_keys(title: str) -> set[str]:
    """Character bigrams of the headline's content words (its subject), generic words removed."""
    core = _GENERIC_TITLE.sub(" ", title)
    return {w[i:i + 2] for w in core.split() for i in range(len(w) - 1)}


_ASIDE = re.compile(r"[（(]以下(?:简称|统称)[^）)]{0,30}[）)]")
# A last clause that opens a phrase whose head follows (对……的申请，由……) cannot end a summary.
_OPEN_CLAUSE = re.compile(r"^(?:对|在|为了?|根据|按照|依照|关于|通过|围绕|针对|就|把|将|由于|随着|以)")


_SPACES = re.compile(r"\s+")
_QUOTE_END = re.compile(r"[。！？][”’」』]$")
_CLAUSE_SPLIT = re.compile(r"(?<=[，；：,;:])")
_CLAUSE_SEP = re.compile(r"[，；：,;:]")
_PURPOSE_OPEN = re.compile(r"^为了?")


def _squash(sentence: str) -> str:
    """White space out of Chinese text, asides such as （以下简称《方案》） dropped, no trailing colon."""
    sentence = _SPACES.sub("", sentence) if _CJK_CHAR.search(sentence) else sentence.strip()
    return _ASIDE.sub("", sentence).rstrip("：:")


def _fit(sentence: str, limit: int) -> str | None:
    """The sentence, or its leading whole clauses, within limit characters; None when it cannot be."""
    sentence = _squash(sentence)
    if not sentence:
        return None
    if sentence.count("“") != sentence.count("”"):
        return None  # a piece of a quotation
    if len(sentence) <= limit:
        whole = sentence if sentence[-1:] in SENTENCE_END or _QUOTE_END.search(sentence) \
            else sentence + "。"
        return None if _TEST_FRAGMENT.search(whole) else whole
    clauses = _CLAUSE_SPLIT.split(sentence)
    head = ""
    for clause in clauses:
        if len(head) + len(clause) > limit - 1:
            break
        head += clause
    parts = [c for c in _CLAUSE_SEP.split(head) if c]
    # Drop trailing clauses that leave the sentence open: a preposition's phrase, a 的/和 ending.
    # A short last clause (国务院批准，授予……) leads into what was cut away: drop it too.
    while parts and (_OPEN_CLAUSE.match(parts[-1]) or _FRAGMENT_END.search(parts[-1] + "。")
                     or (len(parts) > 1 and len(parts[-1]) < 8)):
        head = head[: head.rstrip(CLAUSE).rfind(parts[-1])]
        parts.pop()
    head = head.rstrip(CLAUSE)
    if len(parts) < 1 or len(head) < min(limit // 4, 20):
        return None
    # A purpose clause (为……) with its main clause cut away says nothing.
    if _PURPOSE_OPEN.match(head):
        return None
    return head + "。"


def _hard_cut(sentence: str, limit: int) -> str:
    """Last resort: the first limit characters, ended as a sentence."""
    sentence = _squash(sentence)
    if len(sentence) <= limit:
        return sentence if sentence[-1:] in SENTENCE_END else sentence + "。"
    return sentence[: limit - 1].rstrip(CLAUSE + "、") + "。"


def _fullwidth(text: str) -> str:
    """Full-width punctuation in Chinese text (an NFKC clean turns ，（）：； half-width)."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    def repl(m: re.Match[str]) -> str:
        ch = (m.group(1) or m.group(2) or m.group(0).strip())
        return _HALF.get(ch, ch)
    text = _HALF_RE.sub(repl, text)
    # Brackets go by pairs: (NBC) in a Chinese sentence is （NBC）.
    return re.sub(r"[(（]([^()（）]*)[)）]", r"（\1）", text)
