"""The real headline corpus (processing/models/data/headlines.jsonl) is well-formed gold.

Checks counts, codes, labels for every home on every line, the split by site (no host or site in two
parts; the retired test part's sites in dev only), no duplicate titles, and that the stored labels are what scripts/label_headlines.py's
rubric rules give for the hand-annotated actors (plus the recorded overrides).
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from siqing.divisions import default_gazetteer

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "processing" / "models" / "data"
CORPUS = DATA / "headlines.jsonl"
HOMES = DATA / "homes.json"

# What the corpus holds since the import of 2026-12-01 (raw/h99zzzzzzzzzzzzzzda..h99zzzzzzzzzzzzzzga, 38 headlines
# from 32 sites new to the corpus, which with part (32) make the test part (33): 541 headlines from 508 sites; 7,719
# headlines, 3,738 hosts, 3,395 sites), as floors: a change that loses headlines, sites or news fails. The issue asks for 1,000 headlines, 100 sites,
# six provinces and 40% news-style. The test part is what sites new since the last retired test part give (part (29):
# 279 headlines from 269 sites; part (28), measured once before, 181 from 177, of which part (27), measured once before
# that, 70 from 67). Part (26) had 110 headlines from 104 sites and was retired whole at 14:00 UTC when the lead saw
# its rows in a diff; part (23) had 114 from 110, part (22) 259 from 245 and part (21) 348 from 333, each retired in
# two halves by the sites' SHA-1 after its measurements; part (20) 27 from 27, part (19) 264 from 252. Between test
# parts the test part is empty, which is allowed only while every site of the corpus is a train site or a retired test
# site (MIN_TEST_* then apply to the next part).
MIN_HEADLINES = 7719
MIN_HOSTS = 3738
MIN_SITES = 3395
MIN_PROVINCES = 31
MIN_NEWS_SHARE = 0.85
MIN_TEST_HEADLINES = 541
MIN_TEST_SITES = 508
# The days the stored pages were read on (scripts/label_headlines.py, SEEN_DATES_FROM).
SEEN_DAYS = ("2026-11-29", "2026-11-30", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06")
MIN_TRAIN_SITES = 334

KINDS = {"upper", "lower", "external", "internal"}
# The kinds the current test part holds (part (29): 上情, 下情 and 外情; parts (7), (8), (22), (23)'s second half, (24),
# (26), (27) and (28) had no 内情 item either, whose new sites rarely carry the homes' own congress work; see
# test_test_part_has_news_for_every_home).
KINDS_IN_TEST = {"upper", "lower", "external"}
SITE_TYPES = {"congress", "government", "party", "cppcc", "court", "procuratorate", "news", "other"}
ACTOR_TYPES = {
    "congress_committee", "congress_plenary", "deputies", "party_committee", "party_department",
    "government", "cppcc", "court", "procuratorate", "supervision", "democratic_party", "mass_org",
    "person", "enterprise", "place", "scholar", "other",
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Regions outside the gazetteer's mainland divisions that a visitor may come from (scripts/label_headlines.py).
OUTSIDE_GAZETTEER = {"710000", "810000", "820000"}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def homes() -> list[dict[str, Any]]:
    return json.loads(HOMES.read_text(encoding="utf-8"))


def test_counts(rows: list[dict[str, Any]]) -> None:
    assert len(rows) >= MIN_HEADLINES
    assert len({r["host"] for r in rows}) >= MIN_HOSTS
    assert len({r["site"] for r in rows}) >= MIN_SITES
    assert len({r["province"] for r in rows if r["province"] != "00"}) >= MIN_PROVINCES
    assert sum(r["style"] == "news" for r in rows) / len(rows) >= MIN_NEWS_SHARE


def test_homes_span_the_levels(homes: list[dict[str, Any]]) -> None:
    levels = [h["level"] for h in homes]
    assert len(homes) >= 8
    assert levels.count("province") >= 2 and levels.count("city") >= 3 and levels.count("county") >= 3
    for h in homes:
        d = default_gazetteer.get(h["code"])
        assert d is not None and d.level == h["level"], h


def test_every_line_is_well_formed(rows: list[dict[str, Any]], homes: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        where = r["id"]
        assert r["title"].strip() == r["title"] and r["title"], where
        assert r["url"].startswith(("http://", "https://")), where
        assert r["host"] and r["host"] in r["url"].lower(), where
        assert r["published_at"] is None or DATE.match(r["published_at"]), where
        assert r["site_type"] in SITE_TYPES, where
        assert r["style"] in ("news", "document"), where
        assert r["split"] in ("train", "dev", "test"), where
        # (a Hong Kong or Macao site: its region, outside the gazetteer, or the nation as earlier parts wrote it)
        assert r["site_region"] == "000000" or r["site_region"] in OUTSIDE_GAZETTEER \
            or default_gazetteer.get(r["site_region"]) is not None, where
        assert r["province"] == r["site_region"][:2], where
        actor = r["actor"]
        assert actor["name"] and actor["type"] in ACTOR_TYPES, where
        assert (actor["region"] == "000000" or actor["region"] in OUTSIDE_GAZETTEER
                or default_gazetteer.get(actor["region"]) is not None), where
        if actor.get("at"):
            assert actor["at"] == "000000" or actor["at"] in OUTSIDE_GAZETTEER or default_gazetteer.get(actor["at"]) is not None, where
        assert r["seen_on"]["url"].startswith("http") and r["seen_on"]["retrieved"] in SEEN_DAYS, where
        assert set(r["labels"]) == {h["code"] for h in homes}, where
        for home, lab in r["labels"].items():
            assert lab["kind"] in KINDS and lab["reason"].strip(), (where, home)
        for home, kind in (actor.get("overrides") or {}).items():
            assert kind in KINDS and home in r["labels"], where


def test_no_duplicate_titles(rows: list[dict[str, Any]]) -> None:
    titles = [r["title"] for r in rows]
    assert len(titles) == len(set(titles))


def test_split_by_site(rows: list[dict[str, Any]]) -> None:
    """No host, and no site (registrable domain, so law1.x.com and law2.x.com), in two parts."""
    hosts: dict[str, set[str]] = defaultdict(set)
    parts: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        assert r["host"].split(":")[0].endswith(r["site"]), r["id"]
        hosts[r["host"]].add(r["split"])
        parts[r["site"]].add(r["split"])
    assert all(len(p) == 1 for p in hosts.values()), {h: p for h, p in hosts.items() if len(p) > 1}
    assert all(len(p) == 1 for p in parts.values()), {h: p for h, p in parts.items() if len(p) > 1}
    sizes = {s: sum(1 for p in parts.values() if s in p) for s in ("train", "dev", "test")}
    # a retired test part's sites are dev sites, so the test part is only the sites new since the last
    # retirement (no share of all sites); train keeps its sites (they are fixed so that a model trained earlier
    # never meets its training items in a later test part, while every retirement moves a test part's sites into
    # dev: 334 sites since the import of part (5), 38% of the 875 at part (10)'s import)
    assert (sizes["test"] == 0 or sizes["test"] >= MIN_TEST_SITES) and sizes["train"] >= MIN_TRAIN_SITES, sizes


def test_retired_test_sites_never_come_back_to_test(rows: list[dict[str, Any]]) -> None:
    """Test parts looked at while the classifier was being changed (2026-11-28/29, and the 07:09 import's
    part on 2026-11-29 07:10/07:16 UTC) were retired: their sites are dev now, and the test part is made of
    sites new since (scripts/label_headlines.py, RETIRED_TEST)."""
    mod = _labeller()
    retired = set().union(*mod.RETIRED_TEST.values())
    seen = {r["site"] for r in rows}
    assert retired <= seen  # every retired site is still in the corpus, in the dev part
    assert all(r["split"] == "dev" for r in rows if r["site"] in retired)
    test_sites = {r["site"] for r in rows if r["split"] == "test"}
    assert not test_sites & retired
    if not test_sites:
        # between test parts: every dev site is a retired test site or an old dev site, none new and unsplit
        assert {r["split"] for r in rows} == {"train", "dev"}
        return
    assert len(test_sites) >= MIN_TEST_SITES and sum(r["split"] == "test" for r in rows) >= MIN_TEST_HEADLINES


def test_test_part_has_news_for_every_home(rows: list[dict[str, Any]], homes: list[dict[str, Any]]) -> None:
    """The test part's news-style items (gold only, counted): every home has items elsewhere and at least one
    item of another kind, and the homes together have 上情, 下情 and 外情. Parts (7) and (8) have no 内情 item for
    any home (no new site with the homes' own congress work was found in the stored sources; NOTICE):
    内情 is measured on dev only until a part brings it, and a part that has it must keep it (KINDS_IN_TEST)."""
    test = [r for r in rows if r["split"] == "test" and r["style"] == "news"]
    if not any(r["split"] == "test" for r in rows):
        pytest.skip("no test part now (the last one was retired to dev; the lead imports the next)")
    seen: set[str] = set()
    for h in homes:
        kinds = {r["labels"][h["code"]]["kind"] for r in test}
        assert "external" in kinds and len(kinds) >= 2, (h["code"], kinds)
        seen |= kinds
    assert seen >= KINDS_IN_TEST and seen <= KINDS


def _labeller() -> Any:
    spec = importlib.util.spec_from_file_location("label_headlines", ROOT / "scripts" / "label_headlines.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_labels_follow_the_rules(rows: list[dict[str, Any]], homes: list[dict[str, Any]]) -> None:
    mod = _labeller()
    for r in rows:
        fresh = mod.label_row(r, homes)
        assert {h: lab["kind"] for h, lab in fresh.items()} == {h: lab["kind"] for h, lab in r["labels"].items()}, r["id"]


def test_rules_on_worked_cases() -> None:
    """The rubric's harder cases, checked on the rule function itself (so the check can fail)."""
    mod = _labeller()
    g = default_gazetteer
    xiamen, fujian, siming = g.get("350200"), g.get("350000"), g.get("350203")
    assert xiamen and fujian and siming

    def kind(actor: dict[str, Any], home: Any) -> str:
        return str(mod.rule_kind(actor, home)[0])

    party = {"name": "中共厦门市委", "region": "350200", "type": "party_committee"}
    assert kind(party, xiamen) == "upper" and kind(party, fujian) == "lower" and kind(party, siming) == "upper"
    cppcc = {"name": "厦门市政协", "region": "350200", "type": "cppcc"}
    assert kind(cppcc, xiamen) == "lower" and kind(cppcc, siming) == "upper"
    own = {"name": "厦门市人大常委会", "region": "350200", "type": "congress_committee"}
    assert kind(own, xiamen) == "internal" and kind(own, fujian) == "lower"
    delegation = {"name": "泉州代表团", "region": "350500", "type": "congress_plenary", "at": "350000"}
    assert kind(delegation, fujian) == "internal" and kind(delegation, g.get("350500")) == "internal"
    assert kind(delegation, g.get("350502")) == "upper" and kind(delegation, xiamen) == "external"
    mayor = {"name": "某某", "region": "350200", "type": "person", "person_post": "厦门市市长"}
    assert kind(mayor, xiamen) == "lower"
    secretary = {"name": "某某", "region": "350200", "type": "person", "person_post": "厦门市委书记"}
    assert kind(secretary, xiamen) == "upper"
    # a department's own party secretary speaks for the department, not for the city's party committee
    department = {"name": "某某", "region": "350200", "type": "person", "person_post": "厦门市卫生和计划生育委员会党委书记"}
    assert kind(department, xiamen) == "lower" and kind(department, siming) == "upper"
    # a town's or street's party organ coded at its county (towns are) is inside the county, not its own committee
    town_party = {"name": "思明区鹭江街道党工委", "region": "350203", "type": "party_committee"}
    assert kind(town_party, siming) == "lower" and kind(town_party, xiamen) == "lower"
    assert kind({"name": "中共思明区委", "region": "350203", "type": "party_committee"}, siming) == "upper"
    full_name = {"name": "中共厦门市思明区鹭江街道工作委员会", "region": "350203", "type": "party_committee"}
    assert kind(full_name, siming) == "lower" and kind({**full_name, "name": "中共思明区某镇委员会"}, siming) == "lower"
    town_secretary = {"name": "某某", "region": "350203", "type": "person", "person_post": "思明区鹭江街道党工委书记"}
    assert kind(town_secretary, siming) == "lower"
    assert kind({**town_secretary, "person_post": "思明区委书记"}, siming) == "upper"
    # the Youth League's secretaries speak for the League, a people's organisation, not for the party committee
    league = {"name": "某某", "region": "350200", "type": "person", "person_post": "共青团厦门市委副书记"}
    assert kind(league, xiamen) == "lower" and kind({**league, "person_post": "团市委书记"}, xiamen) == "lower"
    congress_secretary = {"name": "某某", "region": "350200", "type": "person", "person_post": "厦门市人大常委会党组书记、主任"}
    assert kind(congress_secretary, xiamen) == "internal"
    scholar = {"name": "某某", "region": "000000", "type": "scholar"}
    assert kind(scholar, xiamen) == "external"
    # deputies of a region at the session of a congress of their own region or one containing it: 内情 for that
    # congress's region and for the delegation they sit in (the region just below it on their chain); deputies
    # visiting elsewhere are no session
    seated = {"name": "思明区代表团", "region": "350203", "type": "deputies", "at": "350200"}
    assert kind(seated, xiamen) == "internal" and kind(seated, siming) == "internal"
    assert kind(seated, fujian) == "lower"
    school = {"name": "某学院的省人大代表", "region": "350203", "type": "deputies", "at": "350000"}
    assert kind(school, fujian) == "internal" and kind(school, xiamen) == "internal" and kind(school, siming) == "lower"
    own_session = {"name": "第一代表团", "region": "350203", "type": "deputies", "at": "350203"}
    assert kind(own_session, siming) == "internal" and kind(own_session, xiamen) == "lower"
    visitors = {"name": "浙江省全国人大代表调研组", "region": "330000", "type": "deputies", "at": "350000"}
    assert kind(visitors, fujian) == "external"


def test_a_site_is_its_registrable_domain() -> None:
    """Every host of one site is one site, so the split by site keeps them in one part; a country's generic
    second level (gov.cn, com.mo, org.hk) is no site of its own."""
    from scripts.label_headlines import site_of

    assert site_of("www.xmrd.gov.cn") == site_of("xmrd.gov.cn") == "xmrd.gov.cn"
    assert site_of("law242.infoeach.com") == "infoeach.com"
    assert site_of("news.example.com.mo") == "example.com.mo" != site_of("www.other.com.mo")
    assert site_of("www.example.org.hk") == "example.org.hk"
    assert site_of("127.0.0.1") == "127.0.0.1"
    # a fully qualified host, its root dot written (a fresh set's www.nbzx.gov.cn.), is the same site
    assert site_of("www.nbzx.gov.cn.") == "nbzx.gov.cn"
