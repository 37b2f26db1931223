"""People's posts read from the items at hand: who a name leading a headline is.

A headline led by a bare name (赵一德赴淳安调研, 李新元会见…) is decided by that person's office, which the headline
does not say. The office often says it elsewhere: the item's own body (市委书记赵一德到淳安县调研…) or another item
of the same batch or the same site (市委书记赵一德主持召开…). A reader of the day's items knows who is who from
them; so does the classifier: the post written right before the name, at the place it names or the place of the site
that wrote it, decides.

Only the top posts of a place are read (party secretary and deputies, the head of government and deputies, the
congress standing committee's director and deputies, the CPPCC's chairman and deputies): they are the leaders a
headline names with no post, and their place follows from the post's level word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from processing.regions import RegionFinder
from siqing.divisions import Division, Gazetteer

# A place's top post written right before a name (the window ends where the name begins): 市委书记, 县委副书记,
# 区长, 常务副市长, 省人大常委会主任, 市政协副主席, 自治区主席, 自治区党委书记. Where two posts are written together
# (市委副书记、市长某某) the one right before the name is read: the office the press names the person by.
POST_BEFORE = re.compile(
    r"(?:(?P<plevel>自治区|省|市|州|盟|县|区|旗)(?:党)?委(?:常务)?(?:副)?书记"
    r"|(?:常务)?(?:副)?(?P<glevel>省|市|州|盟|县|区|旗)长"
    r"|(?P<clevel>自治区|省|市|州|盟|县|区|旗)人大常委会(?:常务)?(?:副)?主任"
    r"|(?P<flevel>自治区|省|市|州|盟|县|区|旗)政协(?:常务)?(?:副)?主席"
    r"|(?P<alevel>自治区)(?:副)?主席)$")
# The body of each kind of post.
POST_BODY = {"plevel": "party", "glevel": "government", "clevel": "congress", "flevel": "cppcc", "alevel": "government"}
# What may stand right before a post whose place is not named (a boundary, or a word joining two people): the post is
# then the site's own place's (市委书记某某 on a city's site). Anything else is part of a name the gazetteer may not hold
# (社区党委书记, 某公司党委书记…), and the post is not read.
RELATIVE_BEFORE = re.compile(r"(?:^|[^\u4e00-\u9fff]|[、和与及暨同由在是]|自治[州县旗]?)$")
# A post held before (原市委书记, 前任, 时任, 老书记): no office now.
FORMER = re.compile(r"(?:原|前|时任|老)$")
# What may follow a name where the name ends (a mark, the end, 同志, or an act): not a longer name that begins with it
# (市委书记王强国主持… names no 王强). One-character acts that are common in given names (和, 为, 来…) are left out.
NAME_END = re.compile(r"(?:同志|等|一行)?(?:[^\u4e00-\u9fff]|$|在|到|赴|深入|前往|走进|率领?|带队|主持|出席|会见|会谈|看望|"
                      r"调研|检查|考察|视察|督导|督查|慰问|参加|走访|强调|指出|讲话|要求|表示|致辞|陪同|听取|主讲|宣讲|莅临|"
                      r"拜会|拜访|接见|签署|当选|一同|分别|先后|代表|带领|率队|召集|部署|会同|发表|接受|回答|寄语|参观)")
WINDOW = 24  # characters before a name searched for a post
MAX_YEARS_APART = 5  # a post read from an item more than this far in time from the headline's says nothing of it


@dataclass(frozen=True, slots=True)
class KnownPost:
    """A post written before a name in some item: the body and place it names, and where it was read."""

    name: str
    post: str  # as written: 市委书记, 常务副市长…
    body: str  # party | government | congress | cppcc
    region: Division
    named: bool  # the place was written (杭州市委书记), not read from the site (市委书记 on Hangzhou's site)
    published_at: str | None
    site: str  # the site name of the item it was read from


def _day(value: str | None) -> date | None:
    """The date of an item's published_at (YYYY-MM-DD…), or None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class KnownPosts:
    """Posts of named people read from a batch of items' titles and bodies."""

    def __init__(self, finder: RegionFinder, gazetteer: Gazetteer) -> None:
        """Create an empty directory reading places with finder (posts' places) in gazetteer."""
        self.finder = finder
        self.gazetteer = gazetteer
        self._posts: dict[str, list[KnownPost]] = {}

    def __len__(self) -> int:
        """How many posts are known (all names)."""
        return sum(len(v) for v in self._posts.values())

    def read(self, names: Iterable[str], text: str, source: Division | None, published_at: str | None = None,
             site: str = "") -> list[KnownPost]:
        """Posts written right before any of names in text (a headline or a body) of a site at source."""
        pattern = self._names_pattern(names)
        return self._read(pattern, text, source, published_at, site) if pattern is not None and text else []

    @staticmethod
    def _names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
        """One pattern for the names, the longest first (赵一德 before 赵一)."""
        wanted = sorted({n for n in names if n}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, wanted))) if wanted else None

    def _read(self, pattern: re.Pattern[str], text: str, source: Division | None, published_at: str | None,
              site: str) -> list[KnownPost]:
        """Posts written right before each name the pattern finds in text."""
        out: list[KnownPost] = []
        for m in pattern.finditer(text):
            if not NAME_END.match(text, m.end()):
                continue  # the start of a longer name
            post = self._post_before(text, m.start(), source)
            if post is not None:
                out.append(KnownPost(m.group(0), post[0], post[1], post[2], post[3], published_at, site))
        return out

    def learn(self, names: Iterable[str], texts: Iterable[tuple[str, Division | None, str | None, str]]) -> int:
        """Read the posts of names in texts ((text, site's place, published_at, site name) each); how many."""
        pattern = self._names_pattern(names)
        if pattern is None:
            return 0
        n = 0
        for text, source, published_at, site in texts:
            for p in self._read(pattern, text, source, published_at, site):
                self._posts.setdefault(p.name, []).append(p)
                n += 1
        return n

    def _post_before(self, text: str, at: int, source: Division | None) -> tuple[str, str, Division, bool] | None:
        """(post, body, place, named) of a top post written right before position at."""
        lo = max(0, at - WINDOW)
        window = text[lo:at]
        m = POST_BEFORE.search(window)
        if m is None:
            return None
        key = next(k for k in POST_BODY if m.group(k))
        level = m.group(key)
        start = lo + m.start()
        if level == "区" and key == "plevel" and "党委" in m.group(0):
            level = "自治区"  # 区党委书记: an autonomous region's party secretary as its press writes it
        # the place written before the post (杭州市委书记, 武昌区长, 湖北省人大常委会主任): the mention ending at the post's
        # level word (杭州市 + 委书记), right before it (杭州 + 市委书记) or before the level word written twice (凉山 + 州 +
        # 州长)
        lo2 = max(0, start - 12)
        for mention in self.finder.find(text[lo2:start + len(level)], source):
            end = lo2 + mention.end
            if mention.division is None or mention.how in ("relative", "nation") or (
                    end not in (start, start + len(level)) and text[end:start] != level):
                continue
            if self._former(text, lo2 + mention.start) or not self._level_fits(level, mention.division):
                return None  # a former post (原杭州市委书记), or a place of another level (某县市长)
            return m.group(0), POST_BODY[key], mention.division, True
        if not RELATIVE_BEFORE.search(text[max(0, start - 3):start]) or self._former(text, start) \
                or source is None or source.level == "nation":
            return None
        place = self.finder.relative_division(level, source, text)
        if place is None or not self._level_fits(level, place):
            return None
        return m.group(0), POST_BODY[key], place, False

    @staticmethod
    def _former(text: str, at: int) -> bool:
        """Whether a former-post word (原, 前, 时任, 老) ends at position at (only the two characters before are read)."""
        return FORMER.search(text, max(0, at - 2), at) is not None

    @staticmethod
    def _level_fits(level: str, d: Division) -> bool:
        """Whether a post's level word (省, 市, 区…) can be division d's."""
        if level == "省":
            return d.level == "province" and not d.is_municipality and not d.name.endswith("自治区")
        if level == "自治区":
            return d.level == "province" and d.name.endswith("自治区")
        if level == "市":
            return d.level == "city" or d.is_municipality or (d.level == "county" and d.name.endswith("市"))
        if level in ("州", "盟"):
            return d.level == "city"
        return d.level == "county"  # 县, 区, 旗

    def of(self, name: str, source: Division | None, published_at: str | None = None, site: str = "") -> KnownPost | None:
        """The post of name as the items tell it for a headline of a site at source: the nearest in time of the posts
        related to the site (_related); None when none or when equally near ones disagree."""
        posts = [p for p in self._posts.get(name, ()) if self._related(p, source, site)]
        if not posts:
            return None
        day = _day(published_at)
        if day is not None:
            near = [(abs((d - day).days), p) for p in posts if (d := _day(p.published_at)) is not None]
            near = [(gap, p) for gap, p in near if gap <= MAX_YEARS_APART * 366]
            if near:
                best = min(gap for gap, _p in near)
                posts = [p for gap, p in near if gap == best]
            else:  # posts of other years say nothing; only undated ones may
                posts = [p for p in posts if _day(p.published_at) is None]
            if not posts:
                return None
        votes = Counter((p.body, p.region.code) for p in posts)
        (top, n), *rest = votes.most_common()
        if rest and rest[0][1] == n:
            return None  # the items disagree: the office stays unknown
        return next(p for p in posts if (p.body, p.region.code) == top)

    def _related(self, p: KnownPost, source: Division | None, site: str) -> bool:
        """Whether a post read elsewhere may be the same person's as a headline of a site at source says: read at the
        site's place, above it or inside it; the site's place unknown, read on the same site or with the place
        written."""
        if source is None:
            return bool(site and p.site == site) or p.named
        if source.level == "nation":
            return False  # a national site's bare name is no place's leader by this reading
        chain = {source.code, *(d.code for d in self.gazetteer.ancestors_of(source))}
        return p.region.code in chain or source.code in {d.code for d in self.gazetteer.ancestors_of(p.region)}
