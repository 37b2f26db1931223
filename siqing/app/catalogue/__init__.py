"""The national source catalogue and the choice of sources for a new deployment's home.

catalogue.yaml (beside this file) holds one entry a site or column: the body that publishes it
(congress or government), its region, the list pages or homepage to start from, and the evidence
that the address is real. `sources_for(home)` picks what a committee should watch: everything
above it, itself, everything inside it the catalogue knows, and, for 外情, the other provinces'
congresses (and, with peers, the congresses of other regions at the home's own level).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import yaml

from siqing.divisions import Division, Gazetteer, default_gazetteer
from siqing.errors import ConfigError

BODIES = ("congress", "government")
LEVELS = ("national", "province", "city", "county")
PAGE_KINDS = ("column", "homepage")
EVIDENCE_KINDS = ("article", "public-page", "public-repository-text")
BODY_NAMES = {"congress": "人大常委会", "government": "人民政府"}


@dataclass(frozen=True)
class Entry:
    """One catalogue entry: a site or column of one body."""

    id: str
    name: str
    owner: str
    body: str
    level: str
    region: str
    start_urls: tuple[str, ...]
    page_kind: str
    allowed_domains: tuple[str, ...]
    evidence: tuple[dict[str, Any], ...]
    column: str = ""
    note: str = ""
    selectors: dict[str, str] = field(default_factory=dict)

    @property
    def has_evidence(self) -> bool:
        return bool(self.evidence) and bool(self.start_urls)


@dataclass(frozen=True)
class Chosen:
    """An entry chosen for a home, with its relation and the reason written beside it."""

    entry: Entry
    relation: str  # above | self | inside | elsewhere
    why: str


def _entry(raw: dict[str, Any], where: str) -> Entry:
    known = {f for f in Entry.__dataclass_fields__}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"unknown key {sorted(unknown)[0]!r}", path=where)
    try:
        return Entry(id=str(raw["id"]), name=str(raw["name"]), owner=str(raw["owner"]), body=str(raw["body"]),
                     level=str(raw["level"]), region=str(raw["region"]),
                     start_urls=tuple(raw.get("start_urls") or ()), page_kind=str(raw.get("page_kind", "homepage")),
                     allowed_domains=tuple(raw.get("allowed_domains") or ()),
                     evidence=tuple(raw.get("evidence") or ()), column=str(raw.get("column", "")),
                     note=str(raw.get("note", "")), selectors=dict(raw.get("selectors") or {}))
    except KeyError as exc:
        raise ConfigError(f"missing key {exc.args[0]!r}", path=where) from None


@lru_cache(maxsize=1)
def load() -> tuple[Entry, ...]:
    """The catalogue shipped with the package."""
    text = resources.files(__package__).joinpath("catalogue.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    return tuple(_entry(raw, f"catalogue.yaml: entries[{i}]") for i, raw in enumerate(data.get("entries") or []))


def problems(entries: tuple[Entry, ...], gazetteer: Gazetteer = default_gazetteer) -> list[str]:
    """Everything wrong with the catalogue, one line each (the upkeep test wants none)."""
    out: list[str] = []
    ids: set[str] = set()
    lists: dict[str, str] = {}
    for e in entries:
        where = f"catalogue.yaml: {e.id}"
        if e.id in ids:
            out.append(f"{where}: duplicate id")
        ids.add(e.id)
        if e.body not in BODIES:
            out.append(f"{where}: body {e.body!r} is not one of {BODIES}")
        if e.level not in LEVELS:
            out.append(f"{where}: level {e.level!r} is not one of {LEVELS}")
        if e.page_kind not in PAGE_KINDS:
            out.append(f"{where}: page_kind {e.page_kind!r} is not one of {PAGE_KINDS}")
        division = None if e.region == "000000" else gazetteer.get(e.region)
        if e.region != "000000" and division is None:
            out.append(f"{where}: region {e.region} is not a division code")
        elif division is not None and division.level != e.level:
            out.append(f"{where}: level {e.level} but region {e.region} is a {division.level}")
        for url in e.start_urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                out.append(f"{where}: {url} is not an http(s) address")
            elif parts.hostname not in e.allowed_domains:
                out.append(f"{where}: {url} is not on its allowed hosts {list(e.allowed_domains)}")
            if url in lists:
                out.append(f"{where}: {url} is crawled by {lists[url]} too")
            lists[url] = e.id
        for ev in e.evidence:
            if ev.get("kind") not in EVIDENCE_KINDS:
                out.append(f"{where}: evidence kind {ev.get('kind')!r} is not one of {EVIDENCE_KINDS}")
            if not ev.get("seen") or not (ev.get("url") or ev.get("index_id")):
                out.append(f"{where}: evidence needs where it was seen (url or index_id) and when (seen)")
        if e.start_urls and not e.evidence:
            out.append(f"{where}: an address with no evidence (remove it or add where it was seen)")
    return out


def _peers_level(home: Division) -> str:
    return "national" if home.level == "nation" else home.level


def sources_for(home: Division, peers: bool = False, gazetteer: Gazetteer = default_gazetteer,
                entries: tuple[Entry, ...] | None = None) -> list[Chosen]:
    """The catalogue entries a committee at `home` watches, each with its relation and reason."""
    chosen: list[Chosen] = []
    for e in entries if entries is not None else load():
        place = gazetteer.nation if e.region == "000000" else gazetteer.get(e.region)
        if place is None:
            continue
        relation = gazetteer.relation(home, place)
        label = e.owner
        if relation == "above":
            why = f"上情：{label}是{home.name}的上级"
        elif relation == "self":
            why = f"内情/下情：{e.owner}是{home.name}本级机关"
        elif relation == "inside":
            why = f"下情：{label}在{home.name}辖区内"
        elif e.body == "congress" and e.level == "province":
            why = f"外情：{place.name}人大常委会（各省级人大的做法与经验）"
        elif peers and e.body == "congress" and e.level == _peers_level(home):
            why = f"外情：{place.name}人大常委会（与{home.name}同级）"
        else:
            continue
        chosen.append(Chosen(e, relation, why))
    return chosen


def source_entry(c: Chosen) -> dict[str, Any]:
    """The sources.yaml mapping of a chosen entry (the evidence goes along for the record)."""
    e = c.entry
    out: dict[str, Any] = {"id": e.id, "name": e.name, "level": e.level, "region": e.region,
                           "start_urls": list(e.start_urls), "allowed_domains": list(e.allowed_domains),
                           "authority": {"above": 0.9, "self": 0.8, "inside": 0.6}.get(c.relation, 0.5)}
    if e.selectors:
        out["selectors"] = dict(e.selectors)
    if not e.has_evidence:
        out["enabled"] = False
    out["evidence"] = [dict(ev) for ev in e.evidence]
    out["why"] = c.why
    return out
