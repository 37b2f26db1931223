"""Failure kinds session 71 read in the train and dev parts' errors and in fresh sets read before import. A district's
short name after a slogan's adjective (助推人文集美建设 on a Xiamen portal), where the segmenter joins the adjective's
last character to the name, is the district. Each positive case is a real headline of the corpus or of a fresh set; the
forms each fix must leave alone are real ones or made alike."""

from __future__ import annotations

from processing.classify import Classifier, Item, Verdict
from processing.evaluate import item_of
from tests.processing.corpus_rows import tuning_row as row


def _verdict(home: str, title: str, source: str, url: str, date: str = "") -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url, published_at=date or None))


def test_a_districts_short_after_a_slogans_adjective_is_the_district() -> None:
    r = row("加强人大监督 助推人文集美建设")  # on 台海网, a Xiamen portal: 集美区's congress, not 厦门's
    assert Classifier("350200").classify(item_of(r)).kind == "lower"
    assert Classifier("350211").classify(item_of(r)).kind == "internal"


def test_a_name_cut_across_a_word_without_a_slogans_adjective_stays_no_place() -> None:
    # (文集 and 美篇 are words and nothing before them is a slogan's adjective: no 集美 here; made alike)
    verdict = _verdict("350200", "诗词文集美篇征集启动", "台海网", "http://taihainet.com/news/xmnews/gqbd/2017-12-28/1.html")
    assert "集美" not in verdict.reason


def test_a_short_the_segmenter_cuts_as_a_word_after_a_slogan_is_read_as_before() -> None:
    verdict = _verdict("350200", "人大代表助力幸福思明建设", "台海网", "http://taihainet.com/news/xmnews/gqbd/2017-12-28/1.html")
    assert verdict.kind == "lower" and "思明" in verdict.reason
