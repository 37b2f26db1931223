"""Tests for the kernel gazetteer: resolution, short names, codes, ambiguity and relations."""

from __future__ import annotations

import pytest

from siqing.divisions import default_gazetteer, resolve, short_name
from siqing.errors import UsageError


@pytest.mark.parametrize(
    ("text", "code", "full_name", "level"),
    [
        ("山东省济南市", "370100", "山东省济南市", "city"),
        ("济南市", "370100", "山东省济南市", "city"),
        ("济南", "370100", "山东省济南市", "city"),
        ("浙江", "330000", "浙江省", "province"),
        ("浙江省", "330000", "浙江省", "province"),
        ("37", "370000", "山东省", "province"),
        ("3701", "370100", "山东省济南市", "city"),
        ("370102", "370102", "山东省济南市历下区", "county"),
        ("370100", "370100", "山东省济南市", "city"),
        ("济南市历下区", "370102", "山东省济南市历下区", "county"),
        ("历下区", "370102", "山东省济南市历下区", "county"),
        ("四川省成都市", "510100", "四川省成都市", "city"),
        ("武侯区", "510107", "四川省成都市武侯区", "county"),
        ("北京市", "110000", "北京市", "province"),
        ("北京", "110000", "北京市", "province"),
        ("11", "110000", "北京市", "province"),
        ("1101", "110000", "北京市", "province"),
        ("110100", "110000", "北京市", "province"),
        ("北京市朝阳区", "110105", "北京市朝阳区", "county"),
        ("110105", "110105", "北京市朝阳区", "county"),
        ("上海", "310000", "上海市", "province"),
        ("重庆市彭水苗族土家族自治县", "500243", "重庆市彭水苗族土家族自治县", "county"),
        ("内蒙古", "150000", "内蒙古自治区", "province"),
        ("广西", "450000", "广西壮族自治区", "province"),
        ("新疆", "650000", "新疆维吾尔自治区", "province"),
        ("吉林", "220000", "吉林省", "province"),
        ("河南省济源市", "419001", "河南省济源市", "county"),
        ("全国", "000000", "中国", "nation"),
        ("中国", "000000", "中国", "nation"),
        ("370102001", "370102001", "山东省济南市历下区解放路街道", "township"),
        ("370102001000", "370102001", "山东省济南市历下区解放路街道", "township"),
    ],
)
def test_resolve(text: str, code: str, full_name: str, level: str) -> None:
    d = resolve(text)
    assert (d.code, d.full_name, d.level) == (code, full_name, level)


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("鼓楼区", ["江苏省南京市鼓楼区", "福建省福州市鼓楼区", "江苏省徐州市鼓楼区", "河南省开封市鼓楼区"]),
        ("朝阳区", ["北京市朝阳区", "吉林省长春市朝阳区"]),
        ("城区", ["山西省晋城市城区", "山西省阳泉市城区"]),
    ],
)
def test_ambiguous_lists_candidates(text: str, candidates: list[str]) -> None:
    with pytest.raises(UsageError) as err:
        resolve(text)
    for name in candidates:
        assert name in str(err.value)


@pytest.mark.parametrize("text", ["火星市", "99", "999999", ""])
def test_unknown_raises(text: str) -> None:
    with pytest.raises(UsageError):
        resolve(text)


@pytest.mark.parametrize(
    ("name", "short"),
    [("济南市", "济南"), ("山东省", "山东"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"),
     ("宁夏回族自治区", "宁夏"), ("新疆维吾尔自治区", "新疆"), ("西藏自治区", "西藏"), ("历下区", "历下"),
     ("城区", "城区"), ("沛县", "沛县"), ("延边朝鲜族自治州", "延边"), ("阿克苏地区", "阿克苏"), ("兴安盟", "兴安"),
     ("景宁畲族自治县", "景宁"), ("浦东新区", "浦东"),
     # (Xinjiang's names leave out 族)
     ("伊犁哈萨克自治州", "伊犁"), ("博尔塔拉蒙古自治州", "博尔塔拉"), ("克孜勒苏柯尔克孜自治州", "克孜勒苏"),
     ("察布查尔锡伯自治县", "察布查尔"), ("阿克塞哈萨克族自治县", "阿克塞")],
)
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


@pytest.mark.parametrize(
    ("home", "place", "relation"),
    [
        ("济南", "济南", "self"),
        ("济南", "山东", "above"),
        ("济南", "全国", "above"),
        ("济南", "历下区", "inside"),
        ("济南", "370102001", "inside"),
        ("济南", "青岛", "elsewhere"),
        ("济南", "浙江", "elsewhere"),
        ("浙江", "杭州", "inside"),
        ("浙江", "景宁", "inside"),
        ("浙江", "山东", "elsewhere"),
        ("历下区", "济南", "above"),
        ("历下区", "山东", "above"),
        ("历下区", "370103", "elsewhere"),
        ("北京市", "北京市朝阳区", "inside"),
        ("北京市朝阳区", "北京", "above"),
        ("北京市朝阳区", "吉林省长春市朝阳区", "elsewhere"),
        ("成都", "武侯区", "inside"),
    ],
)
def test_relation(home: str, place: str, relation: str) -> None:
    assert default_gazetteer.relation(resolve(home), resolve(place)) == relation


def test_division_properties() -> None:
    d = resolve("370102")
    assert d.short == "历下"
    assert [a.code for a in d.ancestors()] == ["370100", "370000", "000000"]
    assert resolve("北京").is_municipality
    assert resolve("北京市朝阳区").parent == "110000"
