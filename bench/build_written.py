"""Write the news-style labelled items (processing/models/data/written.jsonl).

The corpora hold regulations and State Council documents, not news: a committee's own sessions,
主任会议, district deputies' activities, other regions' practice, party committee meetings, court
and procuratorate reports, CPPCC, visiting delegations, leaders attending others' meetings,
roundups. These items are written in the style of real ones, for many homes of every level, and
labelled by RUBRIC.md for their home. They are kept apart from the real items so that figures on
real text are reported on their own. Deterministic: the same run writes the same file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from siqing.divisions import Division, default_gazetteer  # noqa: E402

OUT = ROOT / "processing" / "models" / "data" / "written.jsonl"
# Homes the written items are labelled for; the last ones are held out (test only, never trained on).
TRAIN_HOMES = ("370100", "330000", "410100", "370102", "310000", "420100", "430000", "610100", "320000",
               "330110", "500000", "440100", "320583", "340000")
TEST_HOMES = ("510100", "510000", "510107", "110000", "330100", "370000")
RELATION_KIND = {
    "congress": {"self": "internal", "above": "upper", "inside": "lower", "elsewhere": "external"},
    "party": {"self": "upper", "above": "upper", "inside": "lower", "elsewhere": "external"},
    "organ": {"self": "lower", "above": "upper", "inside": "lower", "elsewhere": "external"},
    "local": {"self": "lower", "inside": "lower", "elsewhere": "external"},
}
TOPICS = ["优化营商环境", "生态环境保护", "养老服务", "物业管理", "未成年人保护", "乡村振兴", "数字经济",
          "食品安全", "安全生产", "城市更新", "文明行为促进", "全民健身", "历史文化名城保护", "消防安全",
          "社会信用", "科技创新", "知识产权保护", "水资源保护", "大气污染防治", "非物质文化遗产保护"]
NUMS = ["第十次", "第十二次", "第十五次", "第二十次", "第二十三次", "第八次", "第九次", "第十八次", "第二十一次"]
NAMES = ["王建国", "李红", "张伟", "刘明", "陈刚", "杨帆", "赵军", "黄河清", "周平", "吴敏"]
STREETS = ["文化路街道", "新华街道", "东关街道", "城南街道", "和平街道", "解放路街道", "西湖镇", "高新街道"]

# (body class, relation set, headline, lead). {P}: the actor's place; {H}: the home; {T}: a topic;
# {N}: a session number; {X}: a person; {S}: a street. Relations: which places {P} may stand for.
TEMPLATES: list[tuple[str, tuple[str, ...], str, str]] = [
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会召开{N}会议",
     "{P}人大常委会{N}会议开幕，会议听取和审议了关于{T}工作情况的报告。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会召开主任会议 研究部署{T}工作",
     "{P}人大常委会主任会议召开，会议研究了常委会{N}会议议程草案。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会开展{T}执法检查",
     "根据年度监督工作计划，{P}人大常委会执法检查组近日赴各地开展{T}法律法规实施情况检查。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会党组召开理论学习中心组学习会",
     "{P}人大常委会党组理论学习中心组专题学习宪法和全国人大常委会有关决定。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会审议{T}条例草案",
     "{P}人大常委会{N}会议对{T}条例草案进行了二审，组成人员分组审议。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会召开代表工作座谈会",
     "{P}人大常委会召开代表工作座谈会，听取代表对常委会工作的意见建议。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大财经委召开全体会议审议预算调整方案",
     "{P}人大财政经济委员会召开全体会议，初步审查本级预算调整方案。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会任命一批国家机关工作人员",
     "{P}人大常委会{N}会议表决通过了有关人事任免事项。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会机关举办干部能力提升培训班",
     "为加强自身建设，{P}人大常委会机关举办干部能力提升培训班。"),
    ("congress", ("self", "above", "inside", "elsewhere"), "{P}人大常委会听取审议{T}专项工作报告",
     "{P}人大常委会{N}会议听取审议了本级人民政府关于{T}工作情况的报告并开展专题询问。"),
    ("congress", ("elsewhere",), "{P}人大探索“数字人大”监督新路径",
     "近年来，{P}人大常委会依托数字平台，推动预算联网监督向纵深发展。"),
    ("congress", ("elsewhere",), "{P}人大：以高质量立法护航{T}",
     "{P}人大常委会坚持立法先行，出台多部{T}领域法规，为改革发展提供法治保障。"),
    ("congress", ("elsewhere", "inside"), "{P}人大常委会创新开展“代表联络站+”工作模式",
     "{P}人大常委会推动代表联络站建设提质增效，打通联系群众“最后一公里”。"),
    ("party", ("self", "above", "inside", "elsewhere"), "中共{P}委召开人大工作会议",
     "中共{P}委人大工作会议召开，会议强调要坚持和完善人民代表大会制度。"),
    ("party", ("self", "above", "inside", "elsewhere"), "{P}委常委会召开会议 研究{T}等工作",
     "{P}委常委会召开会议，传达学习中央有关会议精神，研究部署{T}工作。"),
    ("party", ("self", "above", "elsewhere"), "{P}委全会审议通过关于{T}的决定",
     "中国共产党{P}委员会全体会议审议通过了关于{T}的决定。"),
    ("organ", ("self", "above", "inside", "elsewhere"), "{P}人民政府召开常务会议研究{T}工作",
     "{P}人民政府常务会议召开，研究{T}等工作，部署下一阶段重点任务。"),
    ("organ", ("self", "above", "inside", "elsewhere"), "{P}政府报告上半年民生实事进展",
     "受{P}人民政府委托，有关部门负责人报告了上半年民生实事项目推进情况。"),
    ("organ", ("self", "inside", "elsewhere"), "{P}中级人民法院发布{T}典型案例",
     "{P}中级人民法院召开新闻发布会，发布一批{T}典型案例。"),
    ("organ", ("self", "above", "inside", "elsewhere"), "{P}人民检察院通报公益诉讼检察工作情况",
     "{P}人民检察院召开新闻发布会，通报{T}领域公益诉讼检察工作情况。"),
    ("organ", ("self", "above", "inside", "elsewhere"), "{P}政协召开专题协商会 聚焦{T}建言献策",
     "{P}政协召开专题协商会，委员们围绕{T}建言献策。"),
    ("organ", ("self", "above", "inside", "elsewhere"), "{P}监委通报{T}领域专项整治情况",
     "{P}纪委监委通报{T}领域群众身边不正之风和腐败问题专项整治进展。"),
    ("organ", ("self", "inside", "elsewhere"), "{P}发展改革委印发{T}三年行动方案",
     "近日，{P}发展和改革委员会印发{T}三年行动方案。"),
    ("local", ("self", "inside", "elsewhere"), "{P}人大代表走进社区听取群众意见",
     "{P}部分人大代表深入社区，就{T}听取居民意见建议。"),
    ("local", ("self", "inside", "elsewhere"), "{P}：多措并举推进基层治理现代化",
     "今年以来，{P}聚焦{T}，推动基层治理体系和治理能力现代化。"),
    ("local", ("inside", "elsewhere"), "{P}{S}党工委召开民生议事会",
     "{P}{S}党工委召开民生议事会，围绕{T}解决群众急难愁盼问题。"),
    ("local", ("inside", "elsewhere"), "{P}基层立法联系点征集{T}条例草案意见",
     "{P}基层立法联系点组织居民代表座谈，就{T}条例草案提出修改意见。"),
    ("local", ("self", "inside", "elsewhere"), "{P}群众反映{T}问题得到解决",
     "针对{P}群众集中反映的{T}问题，有关部门迅速调查处置。"),
    ("local", ("self", "inside", "elsewhere"), "{P}{S}居民代表议事会为老旧小区改造出实招",
     "{P}{S}组织居民代表议事会，协商老旧小区改造中的{T}问题。"),
]
# Templates that involve the home itself besides another actor; kind fixed per template.
SPECIAL: list[tuple[str, str, str, str]] = [
    # (kind, relation of {P}, headline, lead)
    ("external", "elsewhere", "{P}人大常委会调研组来{H}考察{T}工作",
     "{P}人大常委会调研组一行来{H}考察，{H}人大常委会有关负责同志陪同。"),
    ("upper", "above", "{P}人大常委会调研组来{H}调研{T}工作",
     "{P}人大常委会调研组一行来{H}调研，{H}人大常委会主要负责同志陪同。"),
    ("lower", "self", "{H}人大常委会主任{X}出席{P}政府常务会议",
     "{H}人大常委会主任{X}应邀出席{P}人民政府常务会议，会议研究{T}工作。"),
    ("upper", "self", "{H}人大常委会主任{X}出席中共{P}委全会",
     "{H}人大常委会主任{X}出席中共{P}委全体会议，会议对{T}作出部署。"),
    ("upper", "above", "{H}人大常委会负责同志参加{P}人大常委会视频会议",
     "{P}人大常委会召开视频会议，对{T}执法检查作出部署，{H}人大常委会负责同志在分会场参加。"),
    ("internal", "self", "{P}人大常委会党组传达学习全国人大常委会会议精神",
     "{P}人大常委会党组召开会议，传达学习全国人大常委会有关会议精神，研究贯彻落实意见。"),
    ("internal", "self", "{P}人大常委会组成人员赴基层开展{T}专题调研",
     "{P}人大常委会组成人员分组赴基层开展{T}专题调研，为审议做好准备。"),
    ("internal", "self", "{P}人民代表大会第三次会议开幕",
     "{P}第十五届人民代表大会第三次会议隆重开幕，大会听取审议人大常委会工作报告。"),
    ("upper", "nation", "全国人大常委会法工委就{T}立法答记者问",
     "全国人大常委会法制工作委员会发言人就{T}立法有关问题回答记者提问。"),
    ("upper", "nation", "全国人大常委会启动{T}执法检查",
     "全国人大常委会执法检查组召开第一次全体会议，部署{T}法律执法检查工作。"),
    ("upper", "nation", "中共中央办公厅印发关于{T}的意见",
     "近日，中共中央办公厅、国务院办公厅印发关于{T}的意见，并发出通知。"),
    ("upper", "nation", "最高人民法院发布{T}典型案例",
     "最高人民法院发布一批{T}典型案例，为各地审判工作提供指导。"),
    ("upper", "nation", "国务院常务会议研究{T}工作",
     "国务院总理主持召开国务院常务会议，研究{T}有关工作。"),
]
RELATIVE_WORD = {"province": "省", "city": "市", "county": "区"}


def _relative_place(rng: random.Random, home: Division, rel: str) -> Division | None:
    """A division standing in relation rel to home (None when there is none)."""
    gaz = default_gazetteer
    if rel == "self":
        return home
    if rel == "above":
        above = [a for a in home.ancestors() if a.level != "nation"]
        return rng.choice(above) if above else None
    if rel == "inside":
        kids = gaz.children(home.code)
        return rng.choice(kids) if kids else None
    while True:  # elsewhere: any division neither above nor inside nor the home
        pool = ELSEWHERE_POOL
        d = gaz.get(rng.choice(pool))
        if d is not None and gaz.relation(home, d) == "elsewhere":
            return d


ELSEWHERE_POOL = ["320100", "320500", "330200", "350200", "440300", "420000", "510000", "510107", "610000",
                  "370200", "370600", "410000", "430100", "520100", "530100", "210100", "230100", "110105",
                  "330100", "330000", "370000", "370100", "500000", "310104", "340100", "360100", "450100",
                  "620100", "130100", "140100", "150100", "350100", "460100", "650100"]


def _name(rng: random.Random, d: Division, short_ok: bool = True) -> str:
    """How a headline names a place: full, plain or short, as real headlines vary."""
    forms = [d.name, d.name, d.short] if d.level in ("province", "city") and short_ok else [d.name]
    if d.level == "county" and d.parent:
        parent = default_gazetteer.get(d.parent)
        if parent is not None and parent.level == "city":
            forms.append(parent.name + d.name)
    return rng.choice(forms)


def generate(seed: int = 20240601) -> list[dict]:
    """All written items for every home."""
    rng = random.Random(seed)
    gaz = default_gazetteer
    out: list[dict] = []
    for code in TRAIN_HOMES + TEST_HOMES:
        home = gaz.get(code)
        assert home is not None, code
        split = "test" if code in TEST_HOMES else "train"
        picks: list[tuple[str, str, str, str, str]] = []  # kind, rel, headline, lead, body class
        for body, rels, head, lead in TEMPLATES:
            rel = rng.choice(rels)
            picks.append(("", rel, head, lead, body))
        for kind, rel, head, lead in rng.sample(SPECIAL, 8):
            picks.append((kind, rel, head, lead, "special"))
        for n, (kind, rel, head, lead, body) in enumerate(picks):
            if rel == "nation":
                place_name, place = "", gaz.nation
            else:
                got = _relative_place(rng, home, rel)
                if got is None:
                    continue
                place = got
                short_ok = any(f"{{P}}{w}" in head for w in ("人大", "：", "群众", "政协"))
                place_name = _name(rng, place, short_ok)
            if not kind:
                kind = RELATION_KIND[body].get(rel, "")
                if not kind:
                    continue
            fill = {"P": place_name, "H": _name(rng, home, False), "T": rng.choice(TOPICS), "N": rng.choice(NUMS),
                    "X": rng.choice(NAMES), "S": rng.choice(STREETS)}
            title = head.format(**fill)
            text = lead.format(**fill)
            if place.level == "province":
                title, text = title.replace("中级人民法院", "高级人民法院"), text.replace("中级人民法院", "高级人民法院")
            source = f"{home.name}人大网"
            # Some headlines name no place ("市人大常委会召开…"): the source tells where.
            if rel == "self" and body == "congress" and n % 3 == 0 and home.level in RELATIVE_WORD:
                word = RELATIVE_WORD[home.level]
                title = title.replace(place_name, word, 1)
                text = text.replace(place_name, word, 1)
            who = "全国" if place.level == "nation" else place.full_name
            out.append({"id": f"w-{code}-{n:02d}", "title": title, "text": text, "url": "",
                        "source_name": source, "source_region": home.code, "published_at": None,
                        "kind": kind, "reason": f"主体在{who}（对{home.full_name}：{rel}）", "home": home.code,
                        "split": split, "written": True})
    return out


def main() -> int:
    """Write the file and print the counts as one JSON line."""
    rows = generate()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    print(json.dumps({"items": len(rows), "kinds": counts,
                      "test": sum(r["split"] == "test" for r in rows)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
