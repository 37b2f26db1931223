"""National news with no place named. The nation word opening a headline as its subject, outside quotes, with
no other place named and no ranking (中国成功发射…, 2018年全国铁路春运圆满结束) is the nation acting or its
achievement (上情), still held unsure (path scope); a ranking or a quoted title (全国百强城区 某区位列第十, “中国
某某之乡”) stays 外情. On a local news portal with no place named: a headline that names no place and no relative word
but names national bodies or national rules (国务院, 部长, 中央, 国家机构, 放假通知, X月起 taking effect, 《…办法》施行,
入刑, 动车) is national news the portal carries (上情 for every home), held unsure (path portal, not calibrated up).
Deputies, members, 两会 or 全国 alone stay with the portal's place; a local rule with its own wording (下月起 抓拍,
机动车限行) stays local.

Checked on the real headline corpus's train and dev parts (rows picked by the verdict's path and the words,
never by naming items) against the hand-made gold for every home; the test part is never read here.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import pytest

from processing import model as model_mod
from processing.classify import NATIONAL_MATTER, UNCALIBRATED, Classifier, Item
from processing.evaluate import item_of

HEADLINES = model_mod.DATA_DIR / model_mod.HEADLINES


@lru_cache(maxsize=1)
def portal_rows() -> tuple[dict[str, Any], ...]:
    if not HEADLINES.exists():
        return ()
    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    rules = Classifier("350000", model=None).rules
    return tuple(r for r in rows if r.get("split") in ("train", "dev") and NATIONAL_MATTER.search(r["title"])
                 and rules.classify(item_of(r)).path == "portal")


def test_national_matters_on_portals_follow_gold() -> None:
    rows = portal_rows()
    if not rows:
        pytest.skip("the headline corpus is not in the tree")
    assert len(rows) >= 10
    homes = sorted(rows[0]["labels"])
    # (a rule held unsure, not a certainty: the third fresh set of 2026-12-02 brought a city paper's own 春运首日发送旅客
    # 6.22万人次, its station's count; the rule must stay right on nine in ten such rows for every home)
    for h in homes:
        wrong = [r["title"] for r in rows if Classifier(h).classify(item_of(r)).kind != r["labels"][h]["kind"]]
        assert len(wrong) <= len(rows) // 10, (h, wrong)


def test_national_matter_kind_and_confidence() -> None:
    """Real dev headlines (苏州新闻网 2018-03-22; 泉州网 2015-10; 中国唐山 2018-03-13)."""
    item = Item(title="5月1日起第四套人民币部分券别将停止流通", source_name="苏州新闻网",
                url="http://www.subaonet.com/2018/0322/2183942.shtml")
    for home in ("350000", "320500", "420106"):
        v = Classifier(home).classify(item)
        assert v.kind == "upper" and v.path == "portal" and v.confidence <= 0.5
    assert "portal" in UNCALIBRATED
    local = Item(title="黄标车闯入绿标区下月起将被抓拍", source_name="泉州网",
                 url="http://www.qzwb.com/gb/content/2015-10/27/content_5218217.htm")
    assert Classifier("350500").classify(local).kind == "lower"
    assert Classifier("350502").classify(local).kind == "upper"
    car = Item(title="关于实施机动车限行交通管理措施的通告", source_name="中国唐山",
               url="http://www.tangshan.gov.cn/zhuzhan/zfwj/20180313/576777.html")
    assert NATIONAL_MATTER.search(car.title) is None  # 机动车 is not 动车
    assert Classifier("130200").classify(car).kind == "lower"


@lru_cache(maxsize=1)
def scope_rows() -> tuple[dict[str, Any], ...]:
    if not HEADLINES.exists():
        return ()
    rows = [json.loads(x) for x in HEADLINES.read_text(encoding="utf-8").splitlines() if x.strip()]
    rules = Classifier("350000", model=None).rules
    return tuple(r for r in rows if r.get("split") in ("train", "dev") and rules.classify(item_of(r)).path == "scope")


def test_the_nation_as_subject_follows_gold() -> None:
    rows = scope_rows()
    if not rows:
        pytest.skip("the headline corpus is not in the tree")
    kinds = {r["labels"]["350000"]["kind"] for r in rows}
    assert len(rows) >= 15 and {"upper", "external"} <= kinds  # both sides of the rule are in the data
    homes = sorted(rows[0]["labels"])
    # (what the rule decides is 上情 or 外情)
    # (the words alone do not settle every such item: an exchange named 中国…交易所, a bare 中国 before a basin's
    # name, a leader whose act is no verb the leaders table reads; at least nine in ten follow the gold)
    judged = [(r["title"], h) for h in homes for r in rows if r["labels"][h]["kind"] in ("upper", "external")]
    wrong = [(t, h) for t, h in judged
             if Classifier(h).classify(item_of(next(r for r in rows if r["title"] == t))).kind
             != next(r for r in rows if r["title"] == t)["labels"][h]["kind"]]
    assert len(wrong) <= 0.1 * len(judged), (len(wrong), len(judged), wrong)


@pytest.mark.parametrize(("title", "source", "url", "kind"), [
    # real dev headlines (大河网 2018-03-18, 上海市政府 2018, fs0757.com, 咸宁新闻网 2014-10-14)
    ("中国成功发射陆地勘查卫星四号", "大河网", "https://photo.dahe.cn/2018/03-18/284307.html", "upper"),
    ("2018年全国铁路春运圆满结束", "中国上海（上海市人民政府）", "http://www.shanghai.gov.cn/nw2/nw2314/nw2315/nw39329/userobject82aw109256.html", "upper"),
    # (the same ranking on a site whose place is not known; on its own site, whose host's dialling code names 佛山,
    # 南海 is 佛山's district: below)
    ("全国百强城区 南海位列第十", "", "https://example.com/home/article/view/id/2027.html", "external"),
    # (赤壁 at the second phrase's head is also a common noun by jieba's dictionary: not read as the county there)
    ("全国十大藏书人物揭晓 赤壁红色收藏家余玮入选", "咸宁新闻网", "http://news.xnnews.com.cn/xnxw/201410/t20141014_2023488.shtml", "external"),
])
def test_the_nation_as_subject_kind(title: str, source: str, url: str, kind: str) -> None:
    v = Classifier("420106").classify(Item(title=title, source_name=source, url=url))
    assert v.kind == kind and v.confidence <= 0.55, (v.kind, v.confidence, v.reason)


def test_a_ranked_district_on_its_citys_site_is_that_district() -> None:
    v = Classifier("420106").classify(Item(title="全国百强城区 南海位列第十", source_name="fs0757.com",
                                           url="https://fs0757.com/home/article/view/id/2027.html"))
    assert v.kind == "external" and v.actor is not None and v.actor.region is not None \
        and v.actor.region.code == "440605", v.reason
