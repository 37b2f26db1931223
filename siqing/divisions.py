"""The region gazetteer: China's administrative divisions, name resolution and home-relative relations."""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from siqing.errors import UsageError

NATION_CODE = "000000"
LEVELS = ("nation", "province", "city", "county", "township")
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})
NATION_ALIASES = ("中国", "全国", "中华人民共和国", "国家", "中央")
Relation = Literal["self", "above", "inside", "elsewhere"]

_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|"
    "景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|"
    "保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
# (Xinjiang's names leave out 族: 伊犁哈萨克自治州, 博尔塔拉蒙古自治州, 克孜勒苏柯尔克孜自治州, 察布查尔锡伯自治县,
# 塔什库尔干塔吉克自治县)
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{_ETHNIC})族|维吾尔|哈萨克|蒙古|柯尔克孜|锡伯|塔吉克)+自治(?:区|州|县|旗)$")
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "省", "市",
             "区", "县", "盟", "旗")


@cache  # (a division's short name is read on every lookup; the names are a fixed set)
def short_name(name: str) -> str:
    """Strip the administrative suffix of a division name (济南市→济南, 广西壮族自治区→广西, 城区→城区)."""
    m = _AUTONOMOUS.match(name)
    if m:
        return m.group(1)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division: the nation, a province, city, county or township."""

    code: str
    name: str
    level: str
    parent: str | None = None
    province: str | None = None

    @property
    def full_name(self) -> str:
        """Names from the province down, e.g. 山东省济南市."""
        chain = [d.name for d in reversed(self.ancestors()) if d.level != "nation"]
        return "".join(chain + [self.name])

    @property
    def short(self) -> str:
        """The name without its administrative suffix, e.g. 济南."""
        return self.name if self.level == "nation" else short_name(self.name)

    @property
    def is_municipality(self) -> bool:
        """True for 北京, 天津, 上海, 重庆 (province-level cities)."""
        return self.code in MUNICIPALITIES

    def ancestors(self) -> list[Division]:
        """Parents from the nearest up to the nation (empty for the nation)."""
        return list(default_gazetteer.ancestors_of(self))

    def __str__(self) -> str:
        """The full name."""
        return self.full_name


class Gazetteer:
    """Divisions by code and name, loaded lazily from the packaged data file."""

    def __init__(self, data: dict[str, list[list[str]]] | None = None) -> None:
        """Create a gazetteer; data defaults to siqing/data/divisions.json.gz, read on first use."""
        self._data = data
        self._lock = threading.Lock()
        self._by_code: dict[str, Division] | None = None
        self._townships_loaded = False
        self._by_name: dict[str, list[str]] = {}
        self._by_short: dict[str, list[str]] = {}
        self._children: dict[str, list[str]] = {}
        self._anc_cache: dict[str, tuple[Division, ...]] = {}

    # -- loading -------------------------------------------------------------------------------------
    def _raw(self) -> dict[str, list[list[str]]]:
        """The raw data, read from the package on first call."""
        if self._data is None:
            ref = resources.files("siqing").joinpath("data/divisions.json.gz")
            self._data = json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8"))
        return self._data

    def _load(self) -> dict[str, Division]:
        """Build the code and name indexes for nation to county."""
        if self._by_code is not None:
            return self._by_code
        with self._lock:
            if self._by_code is not None:
                return self._by_code
            by_code: dict[str, Division] = {}
            for code, name, level, parent in self._raw()["divisions"]:
                par = parent or None
                prov = None if level == "nation" else (code if level == "province" else code[:2] + "0000")
                by_code[code] = Division(code, name, level, par, prov)
            self._by_code = by_code
            for d in by_code.values():
                self._index(d)
            return by_code

    def _index(self, d: Division) -> None:
        """Add one division to the name, short-name and children indexes."""
        if d.parent:
            self._children.setdefault(d.parent, []).append(d.code)
        self._by_name.setdefault(d.name, []).append(d.code)
        if d.short != d.name:
            self._by_short.setdefault(d.short, []).append(d.code)

    def _load_townships(self) -> None:
        """Add townships (9-digit codes) on first need."""
        by_code = self._load()
        if self._townships_loaded:
            return
        with self._lock:
            if self._townships_loaded:
                return
            for code, name, parent in self._raw().get("townships", []):
                d = Division(code, name, "township", parent, code[:2] + "0000")
                by_code[code] = d
                self._children.setdefault(parent, []).append(code)
                self._by_name.setdefault(name, []).append(code)
            self._townships_loaded = True

    # -- lookups ---------------------------------------------------------------------------------------
    def get(self, code: str) -> Division | None:
        """The division with this code (6 digits, or 9 for a township), or None."""
        by_code = self._load()
        d = by_code.get(code)
        if d is None and len(code) == 9 and not self._townships_loaded:
            self._load_townships()
            d = by_code.get(code)
        return d

    def ancestors_of(self, division: Division) -> tuple[Division, ...]:
        """Parents of a division, nearest first (cached)."""
        cached = self._anc_cache.get(division.code)
        if cached is not None:
            return cached
        out: list[Division] = []
        code = division.parent
        while code:
            d = self.get(code)
            if d is None:
                break
            out.append(d)
            code = d.parent
        result = tuple(out)
        self._anc_cache[division.code] = result
        return result

    def __iter__(self) -> Iterator[Division]:
        """All divisions from nation to county (townships excluded)."""
        return (d for d in list(self._load().values()) if d.level != "township")

    def children(self, code: str) -> list[Division]:
        """Direct children of a division."""
        self._load()
        return [self._load()[c] for c in self._children.get(code, [])]

    @property
    def nation(self) -> Division:
        """The nation (000000)."""
        return self._load()[NATION_CODE]

    def names(self) -> dict[str, list[str]]:
        """Full division name -> codes (nation to county)."""
        self._load()
        return self._by_name

    def shorts(self) -> dict[str, list[str]]:
        """Short name -> codes (nation to county)."""
        self._load()
        return self._by_short

    def by_name(self, name: str) -> list[Division]:
        """Divisions whose own name is exactly this (鼓楼区 -> four)."""
        by_code = self._load()
        return [by_code[c] for c in self._by_name.get(name, [])]

    def by_short(self, short: str) -> list[Division]:
        """Divisions whose short name is this (济南 -> 济南市)."""
        by_code = self._load()
        return [by_code[c] for c in self._by_short.get(short, [])]

    def _from_code(self, text: str) -> Division | None:
        """Resolve a 2/4/6/9/12-digit code."""
        if len(text) == 2:
            return self.get(text + "0000")
        if len(text) == 4:
            d = self.get(text + "00")
            if d is None and self.get(text[:2] + "0000") is not None and text[2:] in ("01", "02", "90"):
                return self.get(text[:2] + "0000")  # 1101 市辖区, 5002 县, 4190 省直辖
            return d
        if len(text) == 6:
            d = self.get(text)
            if d is None and text.endswith("00"):
                return self._from_code(text[:4])
            return d
        if len(text) == 12:
            text = text[:9]
        if len(text) == 9:
            return self.get(text) or (self.get(text[:6]) if text.endswith("000") else None)
        return None

    def _chain_match(self, text: str) -> list[Division]:
        """Divisions whose name chain ends the text exactly (山东省济南市, 济南市历下区, 济南历下区)."""
        hits: list[Division] = []
        for d in self._candidates_for_tail(text):
            rest = text[: len(text) - len(self._tail_of(d, text))]
            if rest and self._prefix_fits(d, rest):
                hits.append(d)
        return hits

    def _tail_of(self, d: Division, text: str) -> str:
        """The name form of d that ends text (full name or short name)."""
        return d.name if text.endswith(d.name) else d.short

    def _candidates_for_tail(self, text: str) -> list[Division]:
        """Divisions whose name or short name is a suffix of text."""
        by_code = self._load()
        out: dict[str, Division] = {}
        for i in range(len(text)):
            tail = text[i:]
            for code in self._by_name.get(tail, []) + self._by_short.get(tail, []):
                out.setdefault(code, by_code[code])
            if out:
                break
        return list(out.values())

    def _prefix_fits(self, d: Division, rest: str) -> bool:
        """True when rest is made of d's ancestors' names (full or short), outermost first."""
        if not rest:
            return True
        for anc in self.ancestors_of(d):
            if anc.level == "nation":
                continue
            for form in (anc.name, anc.short):
                if rest.endswith(form) and self._prefix_fits(anc, rest[: -len(form)]):
                    return True
        return rest in ("中国", "中华人民共和国")

    def resolve(self, text: str) -> Division:
        """A division from a full name, unambiguous short name or code; UsageError lists candidates."""
        key = (text or "").strip().replace(" ", "")
        if not key:
            raise UsageError("empty region")
        if key.isdigit():
            d = self._from_code(key)
            if d is None:
                raise UsageError(f"unknown region code {key!r}")
            return d
        if key in NATION_ALIASES:
            return self.nation
        by_code = self._load()
        exact = [by_code[c] for c in self._by_name.get(key, [])]
        if len(exact) == 1:
            return exact[0]
        if not exact:
            chain = self._chain_match(key)
            if len(chain) == 1:
                return chain[0]
            if chain:
                exact = chain
        if not exact:
            shorts = [by_code[c] for c in self._by_short.get(key, [])]
            if len(shorts) == 1:
                return shorts[0]
            if shorts:
                top = min(LEVEL_RANK[d.level] for d in shorts)
                best = [d for d in shorts if LEVEL_RANK[d.level] == top]
                if len(best) == 1 and best[0].level in ("province", "city"):
                    return best[0]
                exact = shorts
        if not exact:
            self._load_townships()
            towns = [by_code[c] for c in self._by_name.get(key, []) if by_code[c].level == "township"]
            if len(towns) == 1:
                return towns[0]
            exact = towns
        if not exact:
            raise UsageError(f"unknown region {key!r}")
        names = "、".join(sorted(d.full_name for d in exact)[:20])
        more = f" 等{len(exact)}处" if len(exact) > 20 else ""
        raise UsageError(f"ambiguous region {key!r}: candidates {names}{more}")

    # -- relations -------------------------------------------------------------------------------------
    def relation(self, home: Division, place: Division) -> Relation:
        """Where place stands from home: self, above (contains home), inside (within home) or elsewhere."""
        if place.code == home.code:
            return "self"
        if place.code == NATION_CODE:
            return "above"
        if any(a.code == place.code for a in self.ancestors_of(home)):
            return "above"
        if any(a.code == home.code for a in self.ancestors_of(place)):
            return "inside"
        return "elsewhere"

    def at_level(self, division: Division, level: str) -> Division | None:
        """The division itself or its ancestor at the given level (municipalities count as cities)."""
        for d in [division, *self.ancestors_of(division)]:
            if d.level == level:
                return d
            if level == "city" and d.is_municipality:
                return d
        return None


default_gazetteer = Gazetteer()


def resolve(text: str) -> Division:
    """Resolve a region with the default gazetteer."""
    return default_gazetteer.resolve(text)


def get(code: str) -> Division | None:
    """Look a code up in the default gazetteer."""
    return default_gazetteer.get(code)


def relation(home: Division, place: Division) -> Relation:
    """Relation of place to home in the default gazetteer."""
    return default_gazetteer.relation(home, place)
