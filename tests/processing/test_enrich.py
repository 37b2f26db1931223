"""Summaries, topics, keywords and repost clusters on real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from processing.dedup import cluster_texts, containment, sketch
from processing.keywords import extract_keywords
from processing.summarize import summarize
from processing.text import Segmenter, clean
from processing.topics import TopicTagger, load_taxonomy

REPO = Path(__file__).resolve().parents[2]
# A State Council document as published on gov.cn (国发〔2019〕5号), its opening paragraphs.
POLICY = (
    "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见\n国发〔2019〕5号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "在市场监管领域全面推行“双随机、一公开”监管，是党中央、国务院作出的重大决策部署，是市场监管理念和方式的重大创新，"
    "是深化“放管服”改革、加快政府职能转变的内在要求，是减轻企业负担、优化营商环境的有力举措，是加快信用体系建设、"
    "创新事中事后监管的重要内容。为持续深化“放管服”改革，推行部门联合“双随机、一公开”监管，实现市场监管领域全覆盖，"
    "现提出如下意见。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，"
    "认真落实党中央、国务院决策部署，适应建设现代化经济体系、推动经济高质量发展、推进国家治理体系和治理能力现代化的需要，"
    "切实转变监管理念，创新监管方式。实行抽查事项清单管理，避免多头执法、重复检查，规范执法行为，提高监管效能，减轻企业负担，强化信用支撑。"
)
REGULATION = (
    "济南市人民代表大会常务委员会公告\n《济南市优化营商环境条例》已于2021年10月29日经济南市第十七届人民代表大会常务委员会"
    "第二十七次会议通过，2021年12月3日经山东省第十三届人民代表大会常务委员会第三十二次会议批准，现予公布，自2022年3月1日起施行。\n"
    "第一章 总则\n第一条 为了持续优化营商环境，激发市场主体活力，推动高质量发展，根据国务院《优化营商环境条例》等法律、法规，"
    "结合本市实际，制定本条例。\n第二条 本市行政区域内优化营商环境工作，适用本条例。"
)


@pytest.mark.parametrize("title,text", [("国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见", POLICY),
                                        ("济南市优化营商环境条例", REGULATION)])
def test_summary_is_a_short_sentence(title: str, text: str) -> None:
    s = summarize(title, clean(text), 120)
    assert 12 <= len(s) <= 120
    assert s.endswith("。")
    assert "各省、自治区" not in s and "国发〔2019〕" not in s and not s.startswith("第一章")


def test_summary_cuts_long_sentence_at_a_clause() -> None:
    s = summarize("t", clean(POLICY), 60)
    assert len(s) <= 60 and s.endswith("。") and not s.endswith("，。")


def test_topics_from_taxonomy() -> None:
    tagger = TopicTagger(load_taxonomy(REPO / "config" / "taxonomy.yaml"))
    assert "立法" in tagger.tag("济南市优化营商环境条例", REGULATION)
    assert "营商环境" in tagger.tag("济南市优化营商环境条例", REGULATION)
    assert tagger.tag("天气晴朗", "今天天气晴朗。") == []


def test_keywords_are_content_words() -> None:
    seg = Segmenter(REPO / "config" / "userdict.txt")
    kws = extract_keywords(seg.cut(POLICY))
    assert "监管" in kws
    assert not set(kws) & {"的", "是", "和", "工作"}


def test_userdict_keeps_terms_whole() -> None:
    seg = Segmenter(REPO / "config" / "userdict.txt")
    assert "人大常委会" in seg.cut("济南市人大常委会召开主任会议")
    assert "历下区" in seg.cut("历下区人大代表视察民生实事项目")
    assert "立法" in seg.cut_for_search("基层立法联系点")


def test_truncated_and_reframed_copies_cluster() -> None:
    original = clean(POLICY)
    half = original[: len(original) // 2]
    framed = "首页 > 政策 > 转载\n" + original.replace("全面推行", "全面实行", 1) + "\n版权所有 某市人民政府 联系我们"
    other = clean(REGULATION)
    assert containment(sketch(half), sketch(original)) > 0.9
    clusters = cluster_texts([(1, original), (2, half), (3, framed), (4, other)])
    assert clusters[1] == clusters[2] == clusters[3] == 1
    assert clusters[4] == 4


def test_clusters_joined_at_once_are_those_joined_one_by_one() -> None:
    """Clusterer.add_many (the process stage's one index for a whole run) places every item as add
    does one at a time, on the short-news dev part (reposts and same-template news of other places),
    also after items added one by one and with known cluster ids kept."""
    from processing.dedup import Clusterer, opening, sketch_array
    from tests.processing.reposts import in_part, load_short_news, text_of

    items = [text_of(x) for x in in_part(load_short_news(), "dev")]
    one = Clusterer()
    want = [one.add(i, body, title=title) for i, (title, body) in enumerate(items)]
    assert len(set(want)) < len(want)  # some items were joined
    entries = [(i, sketch_array(body), opening(title, body), None) for i, (title, body) in enumerate(items)]
    assert Clusterer().add_many(entries) == want
    half = len(items) // 2
    mixed = Clusterer()
    got = [mixed.add(i, body, title=title) for i, (title, body) in enumerate(items[:half])]
    # known clusters (an earlier run's) kept as given; the rest placed against them all
    known = [(i, sk, op, want[i] if i % 3 == 0 else None) for i, sk, op, _ in entries[half:]]
    got += mixed.add_many(known)
    assert got == want
    after = Clusterer()
    after.add_many(entries[:half])
    assert [after.add(i, body, title=title) for i, (title, body) in enumerate(items) if i >= half] == want[half:]
