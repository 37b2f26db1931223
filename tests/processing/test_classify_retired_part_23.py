"""Headline forms the retired half of test part (23) showed read wrong, each fixed in general: real headlines of the
corpus (processing/models/data/headlines.jsonl, dev part since the half's retirement) and forms of the same kind,
read by homes of every level."""
from __future__ import annotations

import pytest

from processing.actors import default_actor_finder
from processing.classify import Classifier, Verdict
from processing.pipeline import Item


def verdict(home: str, title: str, source: str, url: str) -> Verdict:
    return Classifier(home).classify(Item(title=title, source_name=source, url=url))


@pytest.mark.parametrize(("title", "text"), [
    # a department's standard name longer than six characters, or a commission, is read whole, with its place
    ("市粮食和物资储备局召开会议", "市粮食和物资储备局"),
    ("省粮食和物资储备局副局长张生彬到张家港产业园检查工作", "省粮食和物资储备局"),
    ("市住房和城乡建设局召开会议", "市住房和城乡建设局"),
    ("省人力资源和社会保障厅召开会议", "省人力资源和社会保障厅"),
    ("省发展和改革委员会召开会议", "省发展和改革委员会"),
    ("省卫生健康委员会召开会议", "省卫生健康委员会"),
])
def test_long_department_names_are_government(title: str, text: str) -> None:
    a = default_actor_finder.find(title)
    assert a is not None and a.body == "government" and a.text == text, a


def test_a_congress_committee_keeps_its_name_before_the_department_list() -> None:
    a = default_actor_finder.find("省人大教育科学文化卫生委员会召开会议")
    assert a is not None and a.body == "congress"
