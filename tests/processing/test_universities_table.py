"""The universities table (processing/data/universities.tsv): China's higher-education institutions from the
Ministry of Education's 全国高等学校名单, with the city each is in and that city's division code.

Spot checks were chosen by reading the source list (Base-Technology/base-interface schoolData.ts @ 9a4926d8), not
from any output of siqing.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from siqing.divisions import default_gazetteer

TABLE = Path(__file__).resolve().parents[2] / "processing" / "data" / "universities.tsv"
HEADER = ["name", "code", "division", "city", "department", "level"]
# Institutions the list places outside the province of their code (digits 3-4 of 学校标识码).
ACROSS_PROVINCES = {"河北工业大学": "120000", "西藏民族大学": "610400"}
# City names the list abbreviates (凉山州, 临夏州) and the division they name.
ABBREVIATED = {"凉山州": "凉山彝族自治州", "临夏州": "临夏回族自治州"}


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == HEADER
        return list(reader)


ROWS = _rows()
BY_NAME = {r["name"]: r for r in ROWS}


def test_table_parses_and_is_large() -> None:
    assert len(ROWS) >= 2500
    assert all(len(r) == len(HEADER) and all(r[k] for k in HEADER) for r in ROWS)
    assert {r["level"] for r in ROWS} == {"本科", "专科"}
    assert sum(r["level"] == "本科" for r in ROWS) == 1243


def test_codes_and_names_are_unique_and_sorted() -> None:
    codes = [r["code"] for r in ROWS]
    assert all(len(c) == 10 and c.isdigit() for c in codes)
    assert len(set(codes)) == len(codes)
    assert codes == sorted(codes)
    assert len(BY_NAME) == len(ROWS)


def test_every_division_exists_and_names_the_city() -> None:
    for r in ROWS:
        division = default_gazetteer.get(r["division"])
        assert division is not None, r
        assert division.level in ("province", "city", "county"), r
        assert division.name == ABBREVIATED.get(r["city"], r["city"]), r


def test_division_lies_in_the_province_of_the_code() -> None:
    for r in ROWS:
        if r["name"] in ACROSS_PROVINCES:
            assert r["division"] == ACROSS_PROVINCES[r["name"]]
        else:
            assert r["division"][:2] == r["code"][2:4], r


@pytest.mark.parametrize(
    ("name", "code", "division", "city"),
    [
        ("北京大学", "4111010001", "110000", "北京市"),
        ("华中科技大学", "4142010487", "420100", "武汉市"),
        ("中国地质大学（武汉）", "4142010491", "420100", "武汉市"),
        ("长江大学", "4142010489", "421000", "荆州市"),
        ("湖北民族学院", "4142010517", "422800", "恩施土家族苗族自治州"),
        ("华侨大学", "4135010385", "350500", "泉州市"),
        ("仙桃职业学院", "4142012740", "429004", "仙桃市"),
        ("石河子大学", "4165010759", "659001", "石河子市"),
        ("昆山杜克大学", "4132016406", "320583", "昆山市"),
        ("河北工业大学", "4113010080", "120000", "天津市"),
        ("西藏民族大学", "4154010695", "610400", "咸阳市"),
        ("四川应用技术职业学院", "4151014548", "513400", "凉山州"),
        ("北京北大方正软件职业技术学院", "4111012564", "110000", "北京市"),
    ],
)
def test_spot_checks(name: str, code: str, division: str, city: str) -> None:
    row = BY_NAME[name]
    assert (row["code"], row["division"], row["city"]) == (code, division, city)


def test_departments_and_levels_spot_checks() -> None:
    assert BY_NAME["华侨大学"]["department"] == "国务院侨办"
    assert BY_NAME["湖北民族学院"]["department"] == "湖北省"
    assert BY_NAME["武汉东湖学院"]["department"] == "湖北省教育厅"
    assert BY_NAME["长江职业学院"]["level"] == "专科"
    assert BY_NAME["长江大学"]["level"] == "本科"


def test_unresolved_city_is_left_out() -> None:
    # 莱芜市 (merged into 济南市 in 2019) has no division in the gazetteer: its one institution is not listed.
    assert "莱芜职业技术学院" not in BY_NAME
    assert all(r["city"] != "莱芜市" for r in ROWS)


DISTRICTS = TABLE.with_name("university_districts.tsv")


def test_every_main_campus_district_lies_in_the_lists_city() -> None:
    with DISTRICTS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 150 and len({r["name"] for r in rows}) == len(rows)
    for r in rows:
        assert r["name"] in BY_NAME, r["name"]
        d = default_gazetteer.get(r["district"])
        assert d is not None and d.level == "county", r
        assert default_gazetteer.resolve(r["place"]).code == d.code, r
        city = BY_NAME[r["name"]]["division"]
        assert any(a.code == city for a in default_gazetteer.ancestors_of(d)), r


def test_every_customary_short_name_stands_for_a_listed_university() -> None:
    from processing.institutions import ABBREVIATIONS, default_institutions

    names = {r["name"] for r in _rows()}
    assert set(ABBREVIATIONS.values()) <= names
    # 西安交大 at a headline's head is 西安交通大学 (a unit inside 西安), not the city of 西安 acting
    found = default_institutions.find("西安交大师生关注两会 热议政府工作报告")
    assert found and found[0].name == "西安交大" and found[0].city is not None and found[0].city.parent == "610100"


@pytest.mark.parametrize(("text", "listed_as"), [
    # colleges raised to universities after the list was compiled, as the corpus's sites name them (浙江科技大学揭牌,
    # 民进成都大学支部, 南京工业职业技术大学): where the college was
    ("杭州网:开启高质量发展新篇章 浙江科技大学揭牌仪式举行", "浙江科技学院"),
    ("民进成都大学支部年终总结暨新春团拜会", "成都学院"),
    ("南京工业职业技术大学举行开学典礼", "南京工业职业技术学院"),
])
def test_a_university_under_its_new_name_is_where_its_college_was(text: str, listed_as: str) -> None:
    from processing.institutions import default_institutions

    found = default_institutions.find(text)
    listed = default_institutions.find(listed_as)
    assert found and listed and found[0].cities == listed[0].cities, (found, listed)


def test_a_university_neither_listed_nor_renamed_is_not_found() -> None:
    from processing.institutions import default_institutions

    # (湖北大学 is listed under its own name; a made-up 某某大学 whose 某某学院 is not listed is nobody's)
    assert [i.name for i in default_institutions.find("湖北大学召开会议")] == ["湖北大学"]
    assert default_institutions.find("云梦泽大学召开会议") == []
