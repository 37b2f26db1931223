"""Write config/userdict.txt: people's congress and government terms, and every division name.

Run by developers when the terms or the gazetteer change: `python scripts/build_userdict.py`.
Frequencies are high enough that jieba keeps each entry whole (人大常委会, 历下区).
"""

from __future__ import annotations

from pathlib import Path

from siqing.divisions import default_gazetteer

TERMS = ["人民代表大会", "人大常委会", "常委会", "全国人大", "全国人大常委会", "人大代表", "代表大会", "主任会议", "委员长会议", "常委会会议", "专门委员会", "法制委员会", "法制工作委员会", "法工委", "预算工作委员会", "监察和司法委员会", "财政经济委员会", "教育科学文化卫生委员会", "环境与资源保护委员会", "农业与农村委员会", "社会建设委员会", "民族委员会", "外事委员会", "华侨委员会", "代表资格审查委员会", "代表工作委员会", "选举任免联络工作委员会", "人事代表工作委员会", "研究室", "办公厅", "秘书长", "副主任", "常务副主任", "党组", "党组书记", "机关党委", "执法检查", "专题询问", "专项工作报告", "满意度测评", "审议意见", "备案审查", "规范性文件", "地方性法规", "单行条例", "自治条例", "立法规划", "立法计划", "基层立法联系点", "代表联络站", "代表之家", "代表工作站", "代表建议", "代表议案", "闭会期间", "街道人大工委", "人大工委", "人大街道工委", "全过程人民民主", "一府一委两院", "人民政府", "监察委员会", "人民法院", "人民检察院", "中级人民法院", "高级人民法院", "政协", "人民政协", "民主党派", "党中央", "中共中央", "国务院", "国务院办公厅", "省委", "市委", "区委", "县委", "省人大", "市人大", "区人大", "县人大", "省政府", "市政府", "区政府", "县政府", "省政协", "市政协", "区政协", "县政协", "工作报告", "政府工作报告", "国民经济和社会发展计划", "预算执行", "决算", "国有资产管理", "审计工作报告", "宪法宣誓", "人事任免", "营商环境", "民营经济", "高质量发展", "乡村振兴", "基层治理", "社情民意", "民生实事", "票决制", "议事协商"]


def main() -> None:
    out = Path(__file__).resolve().parents[1] / "config" / "userdict.txt"
    words: dict[str, None] = {}
    for t in TERMS:
        words.setdefault(t)
    for d in default_gazetteer:
        if d.level in ("province", "city", "county") and len(d.name) >= 2 and d.name != "市辖区":
            words.setdefault(d.name)
            if len(d.short) >= 2:
                words.setdefault(d.short)
    lines = [f"{w} 20000 n" if w in TERMS else f"{w} 10000 ns" for w in words]
    # jieba's user dictionary has no comment syntax: provenance is this script's docstring.
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} entries")


if __name__ == "__main__":
    main()
