"""Headline table for homes other than 济南: provinces, cities and counties, news-style headlines.

Written in the style of people's congress and government sites and labelled by RUBRIC.md; the
source region is given where the headline relies on it (市人大常委会…, 来我市…).
"""

from __future__ import annotations

import pytest

from processing.classify import Classifier, Item
from siqing.divisions import resolve

CHENGDU, WUHOU, ZHEJIANG, SHENZHEN, GULOU_NJ, BEIJING = "510100", "510107", "330000", "440300", "320106", "110000"

# (home code, headline, source region code or None, kind)
ROWS: list[tuple[str, str, str | None, str]] = [
    # 四川省成都市 (city)
    (CHENGDU, "成都市人大常委会召开第十八次主任会议", None, "internal"),
    (CHENGDU, "市人大常委会召开第二十三次会议 审议多项地方性法规草案", CHENGDU, "internal"),
    (CHENGDU, "成都市武侯区：打造“家门口”的人大代表联络站", None, "lower"),
    (CHENGDU, "四川省人大常委会执法检查组赴成都市检查大气污染防治法实施情况", None, "upper"),
    (CHENGDU, "四川省高级人民法院工作报告", None, "upper"),
    (CHENGDU, "成都市政协召开十四届常委会第五次会议", None, "lower"),
    (CHENGDU, "德阳市人大常委会考察团来我市考察", CHENGDU, "external"),
    (CHENGDU, "习近平在成都考察调研", None, "upper"),
    (CHENGDU, "中共成都市委十四届三次全会召开", None, "upper"),
    (CHENGDU, "锦江区人大代表联络站开展“代表进社区”活动", CHENGDU, "lower"),
    (CHENGDU, "成都代表团审议省人大常委会工作报告", None, "internal"),
    (CHENGDU, "广州市人大常委会：推进基层立法联系点提质增效", None, "external"),
    (CHENGDU, "全国人大常委会副委员长在四川调研", None, "upper"),
    (CHENGDU, "简阳市人大常委会开展城乡供水工作专题询问", None, "lower"),
    (CHENGDU, "郫都区：代表建议办理“回头看”见实效", None, "lower"),
    (CHENGDU, "成都市中级人民法院召开新闻发布会通报知识产权审判情况", None, "lower"),
    (CHENGDU, "成都市人民检察院向市人大常委会报告公益诉讼工作", None, "lower"),
    (CHENGDU, "成都市新都区人民政府召开常务会议", None, "lower"),
    (CHENGDU, "绵阳市人大常委会召开第十五次会议", None, "external"),
    # 四川省成都市武侯区 (county)
    (WUHOU, "成都市武侯区人大常委会召开第十五次会议", None, "internal"),
    (WUHOU, "区人大常委会召开第三十次主任会议", WUHOU, "internal"),
    (WUHOU, "成都市人大常委会召开第十八次主任会议", None, "upper"),
    (WUHOU, "中共成都市委召开人大工作会议", None, "upper"),
    (WUHOU, "武侯区玉林街道开展人大代表接待日活动", None, "lower"),
    (WUHOU, "锦江区人大常委会开展物业管理条例执法检查", None, "external"),
    (WUHOU, "中共武侯区委召开全会 部署下半年重点工作", None, "upper"),
    (WUHOU, "成都市武侯区政协召开常委会议", None, "lower"),
    (WUHOU, "四川省人大常委会召开主任会议", None, "upper"),
    (WUHOU, "成都市武侯区：人大代表走进社区听民意", None, "lower"),
    (WUHOU, "成都市青羊区：探索“街区制”基层治理", None, "external"),
    (WUHOU, "成都市人民政府召开常务会议 研究部署防汛工作", None, "upper"),
    # 浙江省 (province)
    (ZHEJIANG, "浙江省人大常委会召开第十次主任会议", None, "internal"),
    (ZHEJIANG, "省人大常委会执法检查组赴温州市检查安全生产法实施情况", ZHEJIANG, "internal"),
    (ZHEJIANG, "杭州市西湖区：人大代表联络站“码上”听民意", None, "lower"),
    (ZHEJIANG, "宁波市人大常委会召开第二十次会议", None, "lower"),
    (ZHEJIANG, "江苏省人大常委会考察团来浙考察", ZHEJIANG, "external"),
    (ZHEJIANG, "浙江省高级人民法院工作报告", None, "lower"),
    (ZHEJIANG, "中共浙江省委召开十五届五次全会", None, "upper"),
    (ZHEJIANG, "浙江省政协召开十三届常委会第十次会议", None, "lower"),
    (ZHEJIANG, "习近平在浙江考察", None, "upper"),
    (ZHEJIANG, "全国人大常委会执法检查组在浙江检查", None, "upper"),
    (ZHEJIANG, "湖州代表团审议省人大常委会工作报告", None, "internal"),
    (ZHEJIANG, "上海市人大常委会：推进长三角协同立法", None, "external"),
    (ZHEJIANG, "丽水市莲都区人大常委会开展专题调研", None, "lower"),
    (ZHEJIANG, "温州市：人大代表票决民生实事项目", None, "lower"),
    (ZHEJIANG, "安徽省合肥市：人大代表联络站建设全覆盖", None, "external"),
    # 广东省深圳市 (city)
    (SHENZHEN, "深圳市人大常委会召开第三十次主任会议", None, "internal"),
    (SHENZHEN, "广东省人大常委会执法检查组赴深圳市检查", None, "upper"),
    (SHENZHEN, "深圳市南山区：人大代表联络站开展集中接待", None, "lower"),
    (SHENZHEN, "福田区人大常委会召开第十次会议", SHENZHEN, "lower"),
    (SHENZHEN, "广州市人大常委会考察团来深考察", SHENZHEN, "external"),
    (SHENZHEN, "中共深圳市委召开七届八次全会", None, "upper"),
    (SHENZHEN, "深圳市人民政府召开常务会议", None, "lower"),
    (SHENZHEN, "广东省高级人民法院工作报告", None, "upper"),
    (SHENZHEN, "东莞市人大常委会召开主任会议", None, "external"),
    (SHENZHEN, "深圳代表团审议省人大常委会工作报告", None, "internal"),
    (SHENZHEN, "广东代表团审议全国人大常委会工作报告", None, "upper"),
    (SHENZHEN, "宝安区政协召开专题协商会", SHENZHEN, "lower"),
    (SHENZHEN, "南山区人大常委会召开第八次会议", SHENZHEN, "lower"),
    (SHENZHEN, "深圳市龙岗区：社区议事会让民生实事落地", None, "lower"),
    # 江苏省南京市鼓楼区 (county)
    (GULOU_NJ, "鼓楼区人大常委会召开第十二次会议", GULOU_NJ, "internal"),
    (GULOU_NJ, "南京市鼓楼区人大常委会召开主任会议", None, "internal"),
    (GULOU_NJ, "福州市鼓楼区人大常委会召开主任会议", None, "external"),
    (GULOU_NJ, "南京市人大常委会执法检查组赴鼓楼区检查", None, "upper"),
    (GULOU_NJ, "江苏省人大常委会召开主任会议", None, "upper"),
    (GULOU_NJ, "中共南京市鼓楼区委召开全会", None, "upper"),
    (GULOU_NJ, "玄武区人大常委会召开第九次会议", GULOU_NJ, "external"),
    (GULOU_NJ, "徐州市鼓楼区人大代表开展集中视察", None, "external"),
    (GULOU_NJ, "南京市人民政府召开常务会议", None, "upper"),
    (GULOU_NJ, "开封市鼓楼区人大常委会考察团来我区考察", GULOU_NJ, "external"),
    (GULOU_NJ, "南京市鼓楼区：“小巷议事”解民忧", None, "lower"),
    (GULOU_NJ, "鼓楼区人大代表走访辖区企业", GULOU_NJ, "lower"),
    # 北京市 (municipality, a province-level home)
    (BEIJING, "北京市人大常委会召开第十次主任会议", None, "internal"),
    (BEIJING, "朝阳区人大常委会召开第三次会议", BEIJING, "lower"),
    (BEIJING, "市人大常委会执法检查组赴朝阳区检查", BEIJING, "internal"),
    (BEIJING, "海淀区：人大代表联络站开展“接待日”活动", None, "lower"),
    (BEIJING, "天津市人大常委会考察团来京考察", BEIJING, "external"),
    (BEIJING, "北京市高级人民法院工作报告", None, "lower"),
    (BEIJING, "北京市政协召开常委会议", None, "lower"),
    (BEIJING, "北京代表团审议全国人大常委会工作报告", None, "internal"),
    (BEIJING, "习近平在北京考察", None, "upper"),
    (BEIJING, "河北省人大常委会召开主任会议", None, "external"),
    (BEIJING, "全国人大常委会副委员长在京调研", None, "upper"),
    (BEIJING, "北京市东城区：探索“街巷长”制", None, "lower"),
    (BEIJING, "各地人大积极推进数字人大建设", None, "external"),
    # harder: relative words, visiting and travelling delegations, owners of meetings, sub-district units
    (CHENGDU, "省人大常委会调研组来我市调研", CHENGDU, "upper"),
    (CHENGDU, "市人大常委会考察团赴杭州考察学习", CHENGDU, "internal"),
    (CHENGDU, "深圳市人大常委会考察团赴成都考察", CHENGDU, "external"),
    (CHENGDU, "市委书记出席市人大常委会会议并讲话", CHENGDU, "internal"),
    (CHENGDU, "市人大常委会主任出席全省人大工作会议", CHENGDU, "upper"),
    (CHENGDU, "成都市第十八届人民代表大会第三次会议开幕", None, "internal"),
    (CHENGDU, "四川省第十四届人民代表大会第二次会议闭幕", None, "upper"),
    (CHENGDU, "自贡市人大常委会：聚焦“一老一小”开展专题询问", None, "external"),
    (CHENGDU, "金堂县委书记出席县人大常委会会议", None, "lower"),
    (CHENGDU, "鼓楼区人大常委会召开主任会议", None, "external"),
    (CHENGDU, "朝阳区人大常委会召开第三次会议", None, "external"),
    (CHENGDU, "赵乐际在四川调研", None, "upper"),
    (WUHOU, "市人大常委会召开第二十次会议", CHENGDU, "upper"),
    (WUHOU, "区委书记出席区人大常委会会议", WUHOU, "internal"),
    # (a street's 人大工委 is the district congress standing committee's own agency there, 地方组织法: 内情 for the
    # district, as the corpus's hand gold codes five real headlines of it)
    (WUHOU, "浆洗街街道人大工委召开代表述职会", WUHOU, "internal"),
    (WUHOU, "玉林街道：社区议事会解决停车难", WUHOU, "lower"),
    (WUHOU, "武侯区人民法院工作报告", None, "lower"),
    (ZHEJIANG, "省人大常委会党组召开会议", ZHEJIANG, "internal"),
    (ZHEJIANG, "省委人大工作会议召开", ZHEJIANG, "upper"),
    (ZHEJIANG, "省政府召开常务会议", ZHEJIANG, "lower"),
    (ZHEJIANG, "杭州：人大代表“在线”履职", None, "lower"),
    (ZHEJIANG, "浙江省第十四届人民代表大会第二次会议开幕", None, "internal"),
    (ZHEJIANG, "嘉兴市南湖区人大常委会：“三张清单”助推代表建议办理", None, "lower"),
    (ZHEJIANG, "多地人大探索基层立法联系点建设", None, "external"),
    (SHENZHEN, "省人大常委会执法检查组来深检查", SHENZHEN, "upper"),
    (SHENZHEN, "市委常委会召开会议传达学习全国两会精神", SHENZHEN, "upper"),
    (SHENZHEN, "龙华区委书记出席区人大常委会会议", SHENZHEN, "lower"),
    (SHENZHEN, "南山区南头街道：人大代表进社区", SHENZHEN, "lower"),
    (GULOU_NJ, "市人大常委会召开第二十次会议", "320100", "upper"),
    (GULOU_NJ, "区政协召开常委会议", GULOU_NJ, "lower"),
    (GULOU_NJ, "湖南路街道人大工委开展代表接待活动", GULOU_NJ, "internal"),
    (GULOU_NJ, "鼓楼区人大常委会召开主任会议", None, "internal"),
    ("320100", "鼓楼区人大常委会召开主任会议", "320000", "lower"),
    ("320100", "玄武区：“小巷议事”解民忧", None, "lower"),
    (BEIJING, "朝阳区人大常委会召开第四次会议", None, "lower"),
    (BEIJING, "市委召开人大工作会议", BEIJING, "upper"),
    (BEIJING, "北京市第十六届人民代表大会第二次会议开幕", None, "internal"),
    (BEIJING, "朝阳区望京街道：代表家站开展接待活动", None, "lower"),
    (BEIJING, "上海市南京路步行街管理办法出台", None, "external"),
]


@pytest.mark.parametrize(("home", "title", "source", "kind"), ROWS)
def test_headline_more_homes(home: str, title: str, source: str | None, kind: str) -> None:
    verdict = Classifier(resolve(home)).classify(Item(title=title, source_region=source))
    assert verdict.kind == kind, verdict.reason


def test_table_covers_homes_and_kinds() -> None:
    assert len(ROWS) >= 80
    assert len({r[0] for r in ROWS}) >= 6
    kinds = [r[3] for r in ROWS]
    assert all(kinds.count(k) >= 10 for k in ("upper", "lower", "external", "internal"))
