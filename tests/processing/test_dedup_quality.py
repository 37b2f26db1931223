"""Repost clusters on real articles with site-style alterations: pairwise recall >= 0.95 at precision >= 0.99."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from processing import dedup
from processing.dedup import Clusterer
from tests.processing.reposts import (
    baseline_path,
    build,
    digest,
    load_short_news,
    measure_short_news,
    pairwise,
    short_news_path,
)

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "dedup" / "sample.jsonl"


def stories() -> list[dict]:
    return [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines() if x.strip()]


def run(seed: int) -> tuple[float, float]:
    docs = build(stories(), copies=4, seed=seed)
    c = Clusterer()
    predicted = [c.add(i, text) for i, (_, text) in enumerate(docs)]
    return pairwise([s for s, _ in docs], predicted)


def test_pairwise_recall_and_precision() -> None:
    for seed in (7, 8, 9):
        precision, recall = run(seed)
        assert precision >= 0.99 and recall >= 0.95, (seed, precision, recall)


def test_the_set_is_hard_enough_to_fail() -> None:
    # Same-subject regulations of different places are in the sample, and copies are cut to half:
    # a Jaccard-style rule (symmetric overlap) misses the halves, so recall would fall.
    docs = build(stories(), copies=4, seed=7)
    assert len(docs) == 5 * len(stories()) >= 200
    halves = sum(1 for s, text in docs if len(text) < 900)
    assert halves >= 40
    c = Clusterer(threshold=0.99)  # demanding near-identity fails the test's bar
    predicted = [c.add(i, text) for i, (_, text) in enumerate(docs)]
    assert pairwise([s for s, _ in docs], predicted)[1] < 0.95


def test_merged_index_gives_the_same_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = build(stories(), copies=4, seed=8)
    plain = Clusterer()
    expected = [plain.add(i, text) for i, (_, text) in enumerate(docs)]
    monkeypatch.setattr(dedup, "MERGE_AT", 300)  # merge the recent postings into the arrays often
    merged = Clusterer()
    assert [merged.add(i, text) for i, (_, text) in enumerate(docs)] == expected
    assert len(merged._hashes) > 0


def test_sketch_is_the_same_in_every_process() -> None:
    text = stories()[0]["text"]
    assert dedup.sketch(text) == frozenset(dedup.sketch_array(text).tolist())
    assert len(dedup.sketch(text)) > 100
    out = subprocess.run([sys.executable, "-c", "import sys; from processing.dedup import sketch; "
                          "print(sorted(sketch(sys.stdin.read())))"], input=text, capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "123"})
    assert out.stdout.strip() == str(sorted(dedup.sketch(text)))


# --- short news: real items with hand-made gold clusters and hard negatives ------------------------

needs_short_news = pytest.mark.skipif(not short_news_path().exists(),
                                      reason="tests/fixtures/dedup/short_news.jsonl not gathered yet")


@needs_short_news
def test_short_news_meets_the_bar_and_its_pinned_figures() -> None:
    """Pairwise precision >= 0.99 and recall >= 0.95 on the test part of the short-news set (split by
    site), measured afresh, and no lower than the pinned figures beyond the stated tolerance (on the data
    the pin was made on); the dev part holds its pinned figures too."""
    pinned = json.loads(baseline_path().read_text(encoding="utf-8"))
    assert pinned["data_sha256"] == digest(short_news_path()), \
        f"short_news.jsonl changed: re-pin with {pinned['command']}"
    items = load_short_news()
    tol = pinned["tolerance"]
    for part in ("dev", "test"):
        want = pinned["short_news"][part]
        if want is None:
            pytest.fail(f"the {part} part of short_news.jsonl is not pinned yet: measure it once with "
                        f"{pinned['command'].removesuffix(' dev')}")
        got = measure_short_news(items, part=part)
        assert got["items"] == want["items"] and got["hard_negative_pairs"] == want["hard_negative_pairs"], got
        assert got["precision"] >= want["precision"] - tol, (part, got)
        assert got["recall"] >= want["recall"] - tol, (part, got)
        if part == "test":
            assert got["precision"] >= 0.99 and got["recall"] >= 0.95, got


@needs_short_news
def test_short_news_any_order() -> None:
    """The figures on the test part hold whatever order the items arrive in."""
    for seed in (1, 2):
        got = measure_short_news(load_short_news(), seed=seed, part="test")
        assert got["precision"] >= 0.99 and got["recall"] >= 0.95, (seed, got)


@needs_short_news
def test_short_news_set_shape() -> None:
    """What the set holds: 300 real items (originals and real reposts) with one repost edit for each story
    found on one site only, hand-marked hard negatives, no hard negative merged within a part."""
    items = load_short_news()
    assert sum(x["made"] in ("original", "repost") for x in items) >= 300
    for part in ("dev", "test"):
        got = measure_short_news(items, part=part)
        assert got["gold_clusters"] >= 80 and got["hard_negative_pairs"] >= 300, (part, got)
        assert got["hard_negatives_merged"] == 0, (part, got)


@needs_short_news
def test_a_clusterer_that_ignores_templates_fails_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate can fail: with the containment threshold lowered to what merges template text, the
    short-news figures drop below the bar (hard negatives are merged)."""
    monkeypatch.setattr(dedup, "THRESHOLD", 0.1)
    monkeypatch.setattr(dedup, "same_story", lambda a, b: True)
    monkeypatch.setattr(Clusterer.__init__, "__defaults__", (0.1,))
    got = measure_short_news(load_short_news(), part="dev")
    assert got["precision"] < 0.99 and got["hard_negatives_merged"] > 0, got


WRITTEN = Path(__file__).resolve().parents[2] / "processing" / "models" / "data" / "written.jsonl"


def test_template_twins_of_the_written_items_stay_apart() -> None:
    """The 677 written news-style items (one template, many places and subjects; not real text, so no
    quality figure) are distinct news: containment on bodies alone merged 2,330 pairs of different
    texts (issue 18); headline and lead checks leave 27. The bound allows some slack, not a return."""
    from itertools import combinations

    rows = [json.loads(x) for x in WRITTEN.read_text(encoding="utf-8").splitlines() if x.strip()]
    c = Clusterer()
    for i, r in enumerate(rows):
        c.add(i, r["text"], title=r["title"])
    merged = sum(1 for members in c.clusters().values() for i, j in combinations(members, 2)
                 if rows[i]["text"] != rows[j]["text"])
    assert len(rows) >= 600 and merged <= 40, merged


def test_same_story_checks() -> None:
    """Template twins of other places, subjects or sessions are apart; a repost with a new headline,
    a byline and 我市 written out is not."""
    from processing.dedup import facts, same_story

    lead = "{p}人大常委会第{n}次会议{d}日开幕，会议听取和审议了关于{s}工作情况的报告，审议了有关条例草案。"
    base = facts("山东省人大常委会第十二次会议开幕", lead.format(p="山东省", n="十二", d="8", s="数字经济发展"))
    assert not same_story(base, facts("浙江省人大常委会第十二次会议开幕",
                                      lead.format(p="浙江省", n="十二", d="8", s="数字经济发展")))
    assert not same_story(base, facts("山东省人大常委会第十二次会议开幕",
                                      lead.format(p="山东省", n="十二", d="8", s="非物质文化遗产保护")))
    assert not same_story(base, facts("山东省人大常委会第十三次会议开幕",
                                      lead.format(p="山东省", n="十三", d="8", s="数字经济发展")))
    repost = facts("重磅！省人大常委会会议开幕", "来源：大众网 发布时间：2024-06-08\n本报讯（记者 王明）"
                   + lead.format(p="山东省", n="十二", d="8", s="数字经济发展"))
    assert same_story(base, repost)


def test_template_twins_of_another_day_or_event_stay_apart() -> None:
    """A yearly meeting on one template a year later, or a session's closing after its opening, shares
    most words and names: the day in the first sentences, or 开幕 against 闭幕, keeps them apart; a
    repost with stray letters a forum left in it is still the same story."""
    from processing.dedup import facts, same_story

    a = facts("中共中央政治局召开会议 听取综合报告",
              "1月30日，中共中央政治局召开会议，审议《关于听取和研究有关党组工作汇报的综合情况报告》。"
              "会议对有关党组上一年的工作给予充分肯定，同意其本年工作安排。总书记主持会议。")
    b = facts("中共中央政治局召开会议", "据新华社电 中共中央政治局1月31日召开会议，审议《关于听取和研究有关党组"
              "工作汇报的综合情况报告》。会议对有关党组上一年的工作给予充分肯定，同意其本年工作安排。总书记主持会议。")
    assert not same_story(a, b)
    # A copy's header date (the day it was reposted) and a body naming the day alone ("30日") are the same day.
    copy = facts("政治局召开会议", "2024年01月31日 09:20，来源：新华社\n新华社北京电 中共中央政治局30日召开会议，审议《关于听取和"
                 "研究有关党组工作汇报的综合情况报告》。会议对有关党组上一年的工作给予充分肯定。总书记主持会议。")
    assert same_story(a, copy)
    assert same_story(a, facts("政治局召开会议", "据新华社电 1月30日，中共中央政治局召开会议，审议《关于听取和"
                                          "研究有关党组工作汇报的综合情况报告》。总书记主持会议。"))
    session = ("晨报讯 中国人民政治协商会议某某市第十四届委员会第三次会议今天在会展中心{e}。市政协主席主持会议，"
               "副主席及市政协常委在主席台就座。市委书记、市长应邀出席大会。")
    opening = facts("", session.format(e="开幕"))
    closing = facts("", session.format(e="闭幕"))
    assert same_story(opening, facts("市政协会议开幕", "据本地新闻，" + session.format(e="开幕")))
    assert not same_story(opening, closing)
    forum = ("6月12日，某某市第一次全体会员大会隆重召开，标志着该市委会正式成立。有关负责同志应邀出席会议并致词，"
             "向大会的召开表示热烈祝贺。兄弟市委会也发来贺电贺信。{junk}\n这次大会的主要议程有：学习贯彻有关精神；"
             "听取和审议筹委会工作报告；选举产生第一届委员会。")
    assert same_story(facts("", forum.format(junk="t# E' Z3 u")), facts("", forum.format(junk="8 ?. Q5 ` [1 V7")))
