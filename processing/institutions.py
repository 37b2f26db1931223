"""Higher-education institutions and the city each is in (the Ministry of Education's list, data/universities.tsv),
or the district of its main campus where that is known (data/university_districts.tsv).

A university's name seldom names its place (华中科技大学, 华侨大学), and one that begins with 中国 is no national
body (中国地质大学). Its own site's items and the headlines that name it are about a unit inside its city: the
list says which city. A name that several campuses share (中国地质大学: 武汉 and 北京) gives all their cities.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from siqing.divisions import Division, Gazetteer, default_gazetteer

UNIVERSITIES_FILE = Path(__file__).resolve().parent / "data" / "universities.tsv"
# The district or county of a university's main campus, where known (the Ministry's list gives only its city).
DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "university_districts.tsv"
# Universities renamed since the Ministry's list was compiled under a name the rule of _longest does not derive from the
# former one (淮海工学院 -> 江苏海洋大学, 长江大学工程技术学院 -> 荆州学院): the new name is found where the former was.
RENAMES_FILE = Path(__file__).resolve().parent / "data" / "university_renames.tsv"
# The words an institution's name ends in; a name is looked up where one of them ends.
NAME_END = re.compile(r"大学|学院|学校")
_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]$")  # 中国地质大学（武汉）: the campus's city in brackets
_CAMPUS_AFTER = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[)）]")
# A campus or branch named after its city right after the university's name (东南大学苏州校区, 山东大学威海分校): in that city
_CAMPUS_PLACE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:校区|分校)")
# The customary short names of well-known universities (清华北大自主招生…, 厦大毕业生…), each standing for one name of the
# list; short names that are also common words or other places' names (中大, 南大, 山大, 天大, 同济, 南开) are left out.
ABBREVIATIONS = {"清华": "清华大学", "北大": "北京大学", "复旦": "复旦大学", "浙大": "浙江大学", "厦大": "厦门大学",
                 "武大": "武汉大学", "川大": "四川大学", "吉大": "吉林大学", "哈工大": "哈尔滨工业大学",
                 "西交大": "西安交通大学", "上交大": "上海交通大学",
                 "西安交大": "西安交通大学", "上海交大": "上海交通大学", "北京交大": "北京交通大学",
                 "西南交大": "西南交通大学", "华南理工": "华南理工大学", "大连理工": "大连理工大学", "北航": "北京航空航天大学", "北理工": "北京理工大学",
                 "南理工": "南京理工大学", "北师大": "北京师范大学", "华东师大": "华东师范大学", "华中师大": "华中师范大学",
                 "华中大": "华中科技大学", "西工大": "西北工业大学", "哈工程": "哈尔滨工程大学"}
# (at a text's head only, and not before the words that make another name: 北大荒, 北大港, 北大湖, 武大靖)
_ABBREVIATION = re.compile("(?:" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
                           + r")(?![荒街门仓港湖营道桥河靖米地])")
_DA_NOT_XUE = re.compile(r"大(?![学力地会幅规])")
# The customary way a university's kind is cut in its short name (华东交通大学 -> 华东交大, 东北师范大学 -> 东北师大, 华中农业
# 大学 -> 华中农大, 北京科技大学 -> 北京科大): derived for every such name of the list whose short form no other name shares.
KIND_CUTS = (("交通", "交"), ("师范", "师"), ("科技", "科"), ("农业", "农"), ("医科", "医"), ("工业", "工"), ("财经", "财"),
             ("中医药", "中医"), ("外国语", "外"))
LONGEST = 20  # characters: the longest name looked for before an ending word
# The space that sets a slogan off from the clause after it (校地联动促发展 西安交大…).
_CLAUSE_GAP = re.compile(r"[\s\u3000]+")
SHORTEST = 4  # 江汉大学, 三明学院


@dataclass(frozen=True, slots=True)
class Institution:
    """A name found in text: where it starts and ends, and the cities of the institutions so named."""

    start: int
    end: int
    name: str
    cities: tuple[Division, ...]

    @property
    def city(self) -> Division | None:
        """The one city, or None when campuses in several cities share the name."""
        return self.cities[0] if len(self.cities) == 1 else None


class Institutions:
    """Look institutions up by their names (full, or without the campus in brackets)."""

    def __init__(self, path: Path = UNIVERSITIES_FILE, gazetteer: Gazetteer | None = None,
                 districts: Path | None = DISTRICTS_FILE, renames: Path | None = RENAMES_FILE) -> None:
        """Read the table lazily from path (and the main campuses' districts from districts, the names taken since
        from renames, when given); division codes resolve in gazetteer."""
        self.path = path
        self.districts = districts
        self.renames = renames
        self.gazetteer = gazetteer or default_gazetteer

    @cached_property
    def _district_of(self) -> dict[str, Division]:
        """Name -> the district or county of its main campus, for the names whose district is known and lies in
        the city the Ministry's list gives (a unit inside that district, a peer of the city's other districts)."""
        out: dict[str, Division] = {}
        if self.districts is None or not self.districts.exists():
            return out
        with self.districts.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                d = self.gazetteer.get(row["district"])
                if d is not None:
                    out[row["name"].strip()] = d
        return out

    @cached_property
    def _names(self) -> dict[str, tuple[Division, ...]]:
        names: dict[str, dict[str, Division]] = {}
        if not self.path.exists():
            return {}
        with self.path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                d = self.gazetteer.get(row["division"])
                if d is None:
                    continue
                name = row["name"].strip()
                district = self._district_of.get(name)
                if district is not None and any(a.code == d.code for a in self.gazetteer.ancestors_of(district)):
                    d = district
                for form in {name, _CAMPUS.sub("", name), name.replace("（", "(").replace("）", ")")}:
                    if len(form) >= SHORTEST:
                        names.setdefault(form, {})[d.code] = d
        if self.renames is not None and self.renames.exists():
            with self.renames.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    former = names.get(row["former"].strip())
                    if former is not None:
                        names.setdefault(row["name"].strip(), dict(former))
        return {k: tuple(v.values()) for k, v in names.items()}

    @cached_property
    def _cut_endings(self) -> frozenset[str]:
        """The last two characters of the names ending in 大学, cut before 学 (农林大 -> 林大): a quick first check."""
        return frozenset(name[-3:-1] for name in self._names if name.endswith("大学"))

    @cached_property
    def _kind_cut_names(self) -> dict[str, str]:
        """Short names by KIND_CUTS (华东交大) -> the full name, for those only one name gives and no place bears."""
        forms: dict[str, set[str]] = {}
        for name in self._names:
            for kind, cut in KIND_CUTS:
                if name.endswith(kind + "大学") and len(name) - len(kind) - 2 >= 2:
                    forms.setdefault(name[:-len(kind) - 2] + cut + "大", set()).add(name)
        places = self.gazetteer.names()
        return {form: next(iter(names)) for form, names in forms.items() if len(names) == 1 and form not in places}

    def _head_short_name(self, text: str) -> Institution | None:
        """A university named at the head of text by its customary short name (厦大…, 清华…), or cut before its last
        character (福建农林大推动…: 某某大学; not a place's name before 大力, 大地…, 黑龙江大力推进…, which a name of five
        characters or more is not)."""
        m = _ABBREVIATION.match(text)
        if m is not None and (cities := self._names.get(ABBREVIATIONS[m.group(0)])):
            return Institution(0, m.end(), m.group(0), cities)
        cuts = self._kind_cut_names
        for end in range(min(len(text), 9), 3, -1):
            full = cuts.get(text[:end]) if text[end - 1] == "大" and text[end:end + 1] != "学" else None
            if full is not None:
                return Institution(0, end, text[:end], self._names[full])
        end = text.find("大", 4, LONGEST)
        while end > 0:
            name = text[:end + 1]
            # (the two-character ending first: most 大 in a headline end no university's name)
            if _DA_NOT_XUE.match(text, end) and text[end - 1:end + 1] in self._cut_endings \
                    and name + "学" in self._names and name[:-1] not in self.gazetteer.names() \
                    and name[:-1] not in self.gazetteer.shorts():
                return Institution(0, end + 1, name, self._names[name + "学"])
            end = text.find("大", end + 1, LONGEST)
        return None

    def find(self, text: str) -> list[Institution]:
        """The institutions named in text, the longest name before each ending word, left to right."""
        if not self._names:
            return []
        found: list[Institution] = []
        for m in NAME_END.finditer(text):
            campus = _CAMPUS_AFTER.match(text, m.end())
            hit = (self._longest(text, campus.end()) if campus else None) or self._longest(text, m.end())
            if hit is None:
                continue
            hit = self._campus_placed(text, hit)
            if found and found[-1].end > hit.start:
                if hit.start <= found[-1].start:
                    # a longer name in the list that takes in the last (浙江农林大学暨阳学院, an independent college
                    # elsewhere, after 浙江农林大学): the longer one
                    found[-1] = hit
                continue  # (or inside the last: 某大学某学院)
            found.append(hit)
        # (a short or cut name counts only at the head, where a headline's subject or a site's own name stands, or at
        # the head of the clause after a slogan set off by a space: 校地联动促发展 西安交大与空港合作拓新局)
        head = self._head_short_name(text)
        if head is None and (" " in text or "\u3000" in text):
            gap = _CLAUSE_GAP.search(text)
            at = gap.end() if gap is not None else 0
            after = self._head_short_name(text[at:]) if at > 0 else None
            if after is not None:
                head = Institution(at + after.start, at + after.end, after.name, after.cities)
        if head is not None and not any(i.start < head.end and i.end > head.start for i in found):
            found.append(head)
            found.sort(key=lambda i: i.start)
        return found

    def _campus_placed(self, text: str, hit: Institution) -> Institution:
        """hit, or its campus in the city named right after it (东南大学苏州校区: 苏州; 东南大学九龙湖校区 names no city:
        the university), one city by that name or short, when the name heads a phrase."""
        m = _CAMPUS_PLACE.match(text, hit.end)
        if m is None or (hit.start > 0 and "\u4e00" <= text[hit.start - 1] <= "\u9fff"):
            # (only a campus that heads a phrase acts there: 校区办到某学院清远校区调研 goes to the campus, from the
            # college's seat)
            return hit
        word = m.group(1)
        gaz = self.gazetteer
        named = (*gaz.by_name(word), *gaz.by_short(word))
        cities = {d.code: d for d in named if d.level == "city"}
        own = {c.code if c.level == "city" else c.parent for c in hit.cities}
        if len(cities) != 1 or any(d.level == "province" for d in named) or any(
                d.level == "county" and d.parent in own for d in named):
            # (a province's name, 海南校区, or a district of the university's own city that shares a city's name:
            # 吉林大学朝阳校区 is in 长春's 朝阳区, 大连外国语大学中山校区 in 大连's 中山区)
            return hit
        return Institution(hit.start, m.end(), text[hit.start:m.end()], tuple(cities.values()))

    def _longest(self, text: str, end: int) -> Institution | None:
        names = self._names
        for start in range(max(0, end - LONGEST), end - SHORTEST + 1):
            name = text[start:end]
            if name in names:
                return Institution(start, end, name, names[name])
            former = name[:-2] + "学院" if name.endswith("大学") else None
            if former is not None and former in names:
                # a college become a university since the list was compiled (浙江科技学院 -> 浙江科技大学, 成都学院 ->
                # 成都大学, 南京工业职业技术学院 -> 南京工业职业技术大学): where the college was
                return Institution(start, end, name, names[former])
        return None


default_institutions = Institutions()
