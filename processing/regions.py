"""Recognise administrative divisions mentioned in text, with context-based disambiguation."""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from processing.institutions import Institutions, default_institutions
from siqing.divisions import LEVEL_RANK, NATION_CODE, Division, Gazetteer, default_gazetteer
from siqing.errors import UsageError

# Short names that are also common words: only recognised with a following body word (长治久安, 开封).
COMMON_WORD_SHORTS = frozenset(
    ["长治", "大同", "安康", "吉安", "开封", "朝阳", "中山", "普洱", "来宾", "白银", "武威", "玉树", "中卫", "哈密", "和田", "攀枝花", "日照", "德州", "常德", "四平", "大庆", "山南", "阿里", "泰安", "黄山", "白山", "通化", "承德", "兴安", "三明", "南平", "文山", "红河", "海东", "海北", "海西", "黄南", "定西", "金昌", "阿拉尔", "东方", "永安", "龙岩", "安顺", "宁德", "吉林", "崇左", "百色", "怒江", "迪庆", "德宏", "保山", "丽江", "大理", "万宁", "五指山", "三沙", "北屯", "双河", "可克达拉", "昆玉", "胡杨河", "新星", "白杨", "铁门关", "图木舒克", "五家渠", "石河子"]
)
# A city's short of the list above that is as much a word where a place goes or acts (东方 a direction, 阿里 a company,
# 新星 and 白杨 words, 海西 Fujian's coast as often): read only after a body word, as COMMON_WORD_SHORTS are.
WORD_FIRST_CITY_SHORTS = frozenset({"东方", "阿里", "新星", "白杨", "双河", "海西", "来宾", "兴安"})
# Two-character full county names that are common words (主城区, 老城区): need a following body word.
COMMON_WORD_NAMES = frozenset({"城区", "郊区", "矿区", "新区", "市中区", "中区", "东区", "西区", "南区", "北区",
                               "城中区", "城东区", "城西区", "城北区", "新城区", "老城区", "江北区", "江南区",
                               "河东区", "河西区", "河北区", "河南区", "和平区", "长安区", "白云区", "南山区",
                               "城关区", "红旗区", "东方市"})
# What follows a province's short and 区 when they are the province's area, not a district so named (河北区域, 河北区县,
# 河北区位优势, 河北区市县三级, 河北区级以上).
PROVINCE_AREA_WORDS = ("域", "县", "块", "划", "别", "间", "位", "市", "级", "内", "外", "情")
# A county's own unit right after its short name (邗江疾控中心, 某区残联): what a county's short name beside the nation as
# a scope must be followed by to be read.
LOCAL_UNIT_AFTER = re.compile(r"(?:疾控|残联|妇联|总工会|工会|团委|科协|侨联|医院|人民医院|中医院|中学|小学|法院|检察院|公安|"
                              r"消防|税务|卫健|教育局|文旅|融媒|人大|政协|政府|[区县市]委)")
NATION_WORDS = ("中华人民共和国", "全国", "中国")
# A place's numbered hospital by its short form (仙桃一医), not a word of medicine (一医生, 二医学).
NUMBERED_HOSPITAL = r"[一二三四五六七八九]医(?![生师学药疗保])"
# Bodies after which a short name can only be a place's (中山政协, 黄山人大): there a common-word short that a city shares
# with a county elsewhere still names a place, which of them left to the candidates.
STRONG_BODY_FOLLOW = re.compile(r"人大|人民代表大会|政协|[市区县]委|[市区县]政府|纪委|监委|中院|中级人民法院")
BODY_FOLLOW = re.compile(
    r"(?:人大|人民代表大会|政协|代表团|党委|[省市区县州]委|[省市区县州]?政府|中院|中级人民法院|高院|法院|检察院|人民法院|人民检察院|"
    # (a county's procuratorate by the short its own press gives it, 郧阳检察助力…, 某某检察：…)
    r"检察(?=助力|护航|守护|开展|召开|举办|举行|[：:，,\s]|$)|"
    r"监委|纪委|"
    r"公安|两会|代表|籍|高新区|新区|经开区|团|人民政府|人民医院|中医院|"
    # a county's numbered or model schools by the county's short name (德化一中, 晋江二中, 安溪实小)
    r"[一二三四五六七八九十]中|第[一二三四五六七八九十]+(?:中学|小学)|实验中学|实验小学|实小|[一二三]小|职专|职中|"
    # (and its numbered hospitals, 仙桃一医, 某县二医院)
    + NUMBERED_HOSPITAL + r"|"
    r"：|:|\s|，|、|”|\"|》|\)|）|$)"
)
PROVINCE_ABBR = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "蒙": "150000", "辽": "210000",
    "吉": "220000", "黑": "230000", "沪": "310000", "苏": "320000", "浙": "330000", "皖": "340000",
    "闽": "350000", "赣": "360000", "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000",
    "粤": "440000", "桂": "450000", "琼": "460000", "渝": "500000", "川": "510000", "蜀": "510000",
    "黔": "520000", "滇": "530000", "藏": "540000", "陕": "610000", "甘": "620000", "陇": "620000",
    "青": "630000", "宁": "640000", "新": "650000", "疆": "650000",
}
CITY_ABBR = {"蓉": "510100", "榕": "350100", "穗": "440100", "甬": "330200", "杭": "330100", "邕": "450100",
             # (Xiamen's and Quanzhou's, after a verb of going: 来厦考察, 莅泉调研; not 汉, which 汉中's press writes for
             # 汉中 as Wuhan's for Wuhan)
             "厦": "350200", "泉": "350500"}
CITY_NICKNAMES = {"蓉城": "510100", "泉城": "370100", "申城": "310000", "羊城": "440100", "鹏城": "440300",
                  "春城": "530100", "冰城": "230100", "榕城": "350100", "星城": "430100", "津城": "120000",
                  "鹭岛": "350200",
                  # the one character and 市 the northern provinces' press write for their capitals (哈市政协, 呼市,
                  # 乌市): no other word ends so (not 齐市, 佳市, inside 整齐市容, 最佳市民)
                  "哈市": "230100", "呼市": "150100", "乌市": "650100"}
# The customary literary names of provinces (as in 荆楚网, 齐鲁晚报, 八闽大地): a name, not a guess.
PROVINCE_NICKNAMES = {"荆楚": "420000", "齐鲁": "370000", "八闽": "350000", "三秦": "610000", "燕赵": "130000",
                      "三晋": "140000", "三湘": "430000", "潇湘": "430000", "巴蜀": "510000", "天府": "510000",
                      "八桂": "450000", "岭南": "440000", "陇原": "620000", "龙江": "230000", "中原": "410000",
                      "江淮": "340000", "赣鄱": "360000", "黔中": "520000", "云岭": "530000", "三晋大地": "140000",
                      "楚天": "420000"}
CITY_NICKNAMES.update(PROVINCE_NICKNAMES)
# Nicknames inside other names (白龙江, a river and its forest bureau in 甘肃): the characters before them that make them
# no nickname (a town so named, 顺德's 龙江镇, is found by its own longer name)
NICKNAME_NOT_AFTER = {"龙江": ("白",), "呼市": ("欢", "疾", "招", "高", "惊", "齐", "大", "传", "称", "直"),
                      "哈市": ("哈",), "乌市": ("呜",)}
# (but words that end in 白 before the nickname leave it one: 一图看明白龙江…, 表白龙江)
NICKNAME_AFTER_WORD = frozenset({"明白", "表白", "坦白", "告白", "空白", "洁白", "清白", "苍白", "雪白", "黑白", "独白", "自白",
                                 "辩白", "对白", "蛋白", "李白", "斑白", "花白", "灰白", "纯白"})
ABBR = {**PROVINCE_ABBR, **CITY_ABBR}
# Characters that may form runs of abbreviations (川渝, 京津冀, 苏浙沪, 粤港澳).
RUN_CHARS = frozenset("京津冀晋辽沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇陕陇蓉港澳台")
_ABBR_CHARS = frozenset(ABBR) | RUN_CHARS
NUMPY_FROM = 200  # characters: shorter texts are looked at character by character
DOC_NUMBER = re.compile(r"(?:政办?[发函]|府办?[发函]|人大常?[发函]?|委办?发|办[发函])")
INTERMEDIATE_COURT = re.compile(r"(?:市)?(?:中院|中级人民法院|中级法院)")
HIGH_COURT = re.compile(r"(?:省)?(?:高院|高级人民法院|高级法院)")
MOVE_VERBS = frozenset("在来赴抵驻住入进离返援莅")
# Members or deputies after a stationed place's one character (驻豫委员, 在闽代表, 住鄂省政协委员).
STATIONED_MEMBERS = re.compile(r"(?:省|市)?(?:政协)?(?:委员|代表)")
MOVE_TARGETS = frozenset("京津沪渝蓉川浙粤鲁豫湘鄂闽皖冀桂琼黔滇陕藏疆穗榕甬杭赣厦泉")
# Body words an abbreviation may head at the start of a phrase (闽政协, 鄂两会, 粤人大, 闽侨联, 鄂科协), and the party
# committee's departments and the governor's posts as Hong Kong's and Macao's press heads them (閩統戰部長訪南安三會)
ABBR_BODY = re.compile(r"政协|人大|两会|人代会|省委|省政府|高院|高级人民法院|检察院|干部群众|各界|"
                       r"侨联|妇联|科协|总工会|文联|台联|残联|工商联|社科联|红十字会|侨办|台办|"
                       r"统战部|组织部|宣传部|政法委|纪委|(?:常务)?副?省长")
# An epithet of a kind of place right before a county's short name (老区盐池, 侨乡青田, 红色故都瑞金): not 古镇 or 古城, which a
# town's or an old city's name follows as often (古镇三河 of 肥西, 古城徽州 of 歙县)
EPITHET_BEFORE = re.compile(r"(?:老区|侨乡|故都|红都)$")
# A place's short name closing a headline after a dash, as the subject the title's phrases were about (…看红色老区新面貌——
# 于都)
TRAILING_SUBJECT = re.compile(r"[—－-]{1,2}$")
# Words for a person a headline's phrases were about, before the dash: then the word closing it is the person's name
# (我是人大代表——黄平, 人大代表风采——周宁, 学习身边榜样——高平), not a county.
PERSON_BEFORE_DASH = re.compile(r"代表|委员|风采|榜样|人物|劳模|模范|楷模|标兵|先进|之星|访谈|专访|书记|干部|同志|英雄|身边")
# A county's short name in quotes before a word for its way of doing things (“于都经验”, “安吉模式”, “浦江样板”): a topic,
# not an actor (创新发展“晋江经验”…作出人大贡献 is 泉州's congress), but on a site of no place the county a bare 县委 there
# belongs to
QUOTED_PRACTICE = re.compile(r"[“\"]([\u4e00-\u9fff]{2})(?:经验|模式|样板|样本|做法|路径|实践|探索|方案|答卷|速度|现象)[”\"]")
# A word for studying or spreading another place's practice, before its name in quotes (学习“晋江经验”).
STUDIES_BEFORE = re.compile(r"学习|借鉴|推广|复制|对标")
# A verb of a place's policy or public acts right after an abbreviation (粤出台…, 鄂发布…, 沪启动…, 闽首批…, 粤预算联网
# 监督…); not one a common word begins with (晋升, 沪深 are no such verbs).
ABBR_ACTS = re.compile(r"(?:出台|开展|发布|印发|推出|实施|启动|部署|公布|下发|发文|首批|首个|首家|首次|拟|全面|加快|推进|新增|出手|"
                       r"多措|力推|明确|建立|打造|设立|探索|试点|划定|公示|通报|表彰|严查|整治|力争|筹建|建成|开通|上线|"
                       r"成立|发放|投入|提高|上调|下调|调整|取消|放宽|推行|预算|财政)")
# A count of a place's units or its firms right after an abbreviation (闽32家…, 鄂10个…, 沪企, 粤企).
ABBR_COUNT = re.compile(r"(?:\d+|[两三四五六七八九十百]+)(?:家|个|项|所|座|名|位|地|企)|企(?!业)")
# A zone's name (高新区, 开发区, 示范区, 产业园区, 管委会): a bare 区 near it may be the zone's, no district's (a wider
# list than actors.ZONE_WORD, which tells a place's zone from the place).
ZONE_NAMED = re.compile(r"开发区|经开区|高新|新区|示范区|园区|管理区|管委会|保税区|自贸区|试验区|实验区")
# A development or trade zone named after a place word (东湖高新区, 某某经开区): the word may be a lake's or a hill's, not
# the county of that name elsewhere (东湖 is also Nanchang's 东湖区).
ZONE_FOLLOW = re.compile(r"(?:国家)?(?:高新区|高新技术产业开发区|经济技术开发区|经开区|开发区|新区|保税区|综合保税区|自贸区|"
                         r"自贸片区|科技园|产业园)")
# (自治区 with no name before it, 自治区副主席 on a city's site, is the site's own region, as 省 is a province's; Inner
# Mongolia's 旗 is a county and its 盟 a prefecture: 我旗, 旗委, 盟委, but not 全盟 or 我盟, which 民盟's news says of itself)
# What a visitor does right after coming to a place (来龙岗考察学习, 来武昌调研).
VISIT_AFTER_PLACE = "考察|调研|视察|学习|交流|参观|开展|指导|检查|座谈|走访"
# A body that a county has and a street or town has not, right after a place's short (长兴人大常委会, 南湖区委).
COUNTY_BODY_AFTER = re.compile(r"区?(?:人大常委会|人民政府|政府|县委|区委|市委|政协|法院|检察院|党政|县|区)")
# Visitors a city sends and a town does not, right after a far city's short (海口人大考察团, 九江客商, 长沙代表团).
CITY_VISITORS_AFTER = re.compile(r"人大|代表团|考察团|调研组|客商|企业家|商会|党政")
# Shorts that 中国 before them makes a company's name, not a county's portal (中国宝安 the group, 中国兴业 the bank).
BRAND_SHORTS = frozenset({"宝安", "兴业", "东方", "平安", "太平", "光明", "金山", "江南", "红旗", "华润", "长城",
                          "电建", "中铁", "中化"})
# A party committee's organs after a place's short (常德政法委, 德州党史, 安康党校): the place, for a city's or province's
# short, or a county's that is no common word (公安党史学习教育, 新建党校, 振兴政法机关 are no 公安县's, 新建区's,
# 振兴区's); nor the wider words begun so (组织部门, 宣传部门).
PARTY_ORGAN_FOLLOW = re.compile(r"政法委|政法|党史|党校|组织部(?!门)|宣传部(?!门)|统战部|编办")
# A company's name (新黄浦集团): no place's media brand.
COMPANY_NAME = re.compile(r"集团|公司|股份|控股|置业|地产|银行|在线$")
# Brands and regional names that are also a prefecture's short (海西 is Fujian's 海峡西岸 as often, 阿里 a company):
# no site of that place by a line of work and a site word alone (海西教育网, 阿里旅游网).
SITE_BRAND_SHORTS = frozenset({"海西", "阿里"})
# County shorts that are everyday words before a party organ's or a line of work's word (公安党史学习, 新建党校, 振兴政法
# 机关, 公安法治网, 合作网): no county there. (Not jieba's tags: they call 湖里, 常熟 and 仙桃 words too.)
COUNTY_SHORT_WORDS = BRAND_SHORTS | {"公安", "新建", "振兴", "资源", "合作", "和平", "城区", "郊区", "矿区", "新城", "开发",
                                     "友好", "安定", "团结", "长安", "普安", "安全"}
# A congress's session named right before a place's delegation (…人大三次会议大理代表团).
SESSION_BEFORE_DELEGATION = re.compile(r"(?:会议|人代会|大会)$")
RELATIVE = re.compile(r"(?:本|我|全|(?<![\u4e00-\u9fff]族)自治)([省市区县州旗])|([省市区县州旗盟])(?=(?:第?[一二三四五六七八九十]+[届次])?(?:人大|人民代表大会|人代会|"
                      r"妇女代表大会|妇代会|团代会|工代会|侨代会|文代会|科代会|党代会)|"
                      r"委(?![员托])|政府|政协|法院|中院|高院|检察院|监委|纪委|两会|代表团|党政(?:代表|考察)团|领导|(?:级|老|级老)领导(?!干部|小组)|长(?![期远效江城沙春治安])|"
                      # (and the people's organisations of the level it names: 省残联, 市侨联, 区妇联, 省作协主席…)
                      # (工会 too, as the news shortens a level's 总工会: 省工会第十一次代表大会闭幕)
                      r"残联|妇联|老科协|老记协|老促会|老体协|科协|侨联|台联|文联|作协|记协|美协|书协|音协|剧协|影协|舞协|曲协|总工会|工会|工商联|社科联|红十字会|企联(?![合动盟建手谊])|贸促会)|"
                      # a province's or city's organ named at the head by its bare level word (省对口支援工作领导小组,
                      # 市教育局…, 省发改委, 省科协…): that level's, read from the site (a group's name may run longer:
                      # 省安全生产考核和督查执法工作组)
                      # (at the head, or after a first post, 省卫生健康委副主任、省中医药管理局局长…: the second post's too)
                      # (or at a phrase's start after an exclamation, a colon, a space or a subtitle's dash, 暖心!省卫生健康委党组书记…, and
                      # after the dash's word for an interview, …——访省林业和草原局局长…)
                      r"(?:^|(?<=[!！?？：:，,\s】｜|丨—])|(?<=——访)|(?<=专访)|(?<=主任、)|(?<=厅长、)|(?<=局长、)|(?<=书记、))([省市])(?:(?=级[\u4e00-\u9fff]{0,12}?(?:测评组|检查组|验收组|考核组|考评组|督导组|督查组|评估组|核查组|复审组|复查组|暗访组|工作组)(?:一行)?(?:来|到|赴|莅临|深入|走进))|(?![级场民内外区县心时力钱面])(?=[\u4e00-\u9fff]{0,14}?(?:领导小组|工作组|调研组|督导组|督查组|观察组|"
                      r"检查组|考核组|考评组|核查组|评估组|验收组|巡视组|巡察组)|[\u4e00-\u9fff]{0,10}?(?:委员会|厅|局|[\u4e00-\u9fff]{1,3}委(?![员托])|科协|记协|总工会|妇联|侨联|文联|"
                      r"工商联|残联|社科联|红十字会|[\u4e00-\u9fff]{1,4}?办(?![法理事公学])|总队|支队|"
                      # (and an organisation of that level by its own name: 省摄影家协会, 市欧美同学会, 市慈善总会)
                      r"学会|协会|研究会|基金会|促进会|商会|联合会|联谊会|慈善总会)(?![势面限长])|"
                      # (and its own units and cadres: 省直机关, 省直事业单位招聘, 省管干部任前公示)
                      r"直(?![接播达通辖线]|管县)|管(?=干部|领导|企业|单位|国企)))")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Measure words after a count (17件, 3名, 两位): a relative level word right after them begins a body's name (督办17件市人大
# 代表建议: the city's deputies' proposals), not the end of a word.
COUNT_WORDS = "件项名位个批条份"
# What may not follow a former name's last character for it to be one (市场, 市民, 县域, 县级, 区域: 红星区域 is no 红星区,
# 区块链 no 三山区; and a city's short before 县市区 or 县（市、区）, 区县, is its counties and districts: 株洲县市区, 上饶县（市、区）,
# 伊春区县 are no former 株洲县, 上饶县 or 伊春区).
FORMER_NOT_BEFORE = {"市": "场民报井", "县": "域级城区市（(", "区": "域块县"}
# A township's name whose 乡 begins a word with what follows (南安乡贤 is 南安's notables, 晋江乡亲 its fellows, 某地乡村振兴
# its countryside): no township there; not a character that begins the next word as often (季宅乡亲子阅读, 某乡土地整治,
# 某乡情况, 某乡音乐节: the township's)
TOWNSHIP_WORD_AFTER = re.compile(r"贤|亲(?!子)|愁|村(?:振兴|旅游|建设|治理|发展|产业|文化)")
# Former names of divisions renamed or merged since 2000 that no naming rule gives (襄樊市 -> 襄阳市): form -> current
# code, derived from the civil affairs ministry's yearly code lists (processing/data/NOTICE).
FORMER_NAMES_FILE = Path(__file__).resolve().parent / "data" / "former_divisions.json"


# The state-level new areas by the names the news gives them (两江新区, 西海岸新区, 雄安新区): name -> the division whose
# body runs the area (processing/data/NOTICE).
NEW_AREAS_FILE = Path(__file__).resolve().parent / "data" / "new_areas.json"


def former_names(path: Path = FORMER_NAMES_FILE) -> dict[str, str]:
    """Former division names (full forms) -> the current division's code; empty when the file is absent."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["names"].items()}


def new_area_names(path: Path = NEW_AREAS_FILE) -> dict[str, str]:
    """State-level new areas' names -> the code of the division that runs each; empty when the file is absent."""
    return former_names(path)


@functools.lru_cache(maxsize=1)
def _new_area_stems() -> tuple[tuple[str, str], ...]:
    """(name without 新区, code) of each state-level new area named so (西海岸 for 西海岸新区), read once."""
    return tuple((area.removesuffix("新区"), code) for area, code in new_area_names().items()
                 if area.endswith("新区") and len(area) >= 4)


# A democratic party's short right before a level word (民盟市委会, 盟市委, 民建区委, 九三学社市委, 致公党市委): that party's
# committee of the level, read as a relative body (not 社区人大…, 新建区…, 改革市…).
PARTY_SHORT_BEFORE = re.compile(r"(?:民盟|民建|民进|民革|农工党|致公党|九三学社|台盟|(?:^|(?<=[\s，,：:|｜丨】]))盟)$")
# Autonomous counties' and banners' customary short names no rule gives (阜蒙县, 喀左县, 莫旗): name -> the division
# (processing/data/NOTICE).
CUSTOMARY_COUNTY_NAMES_FILE = Path(__file__).resolve().parent / "data" / "customary_county_names.json"


def customary_county_names(path: Path = CUSTOMARY_COUNTY_NAMES_FILE) -> dict[str, str]:
    """Customary short names of autonomous counties and banners -> the division's code; empty when the file is absent."""
    return former_names(path)


# News outlets whose names do not say their place (民主协商报, 新闻晨报, 江海晚报): name -> the division whose news they
# carry, each with a page that says so (processing/data/NOTICE).
NEWS_OUTLETS_FILE = Path(__file__).resolve().parent / "data" / "news_outlets.tsv"
# Where an outlet's own name ends inside a site's name: a bracket, a separator or a space (春城晚报(数字报), 鲁网-临沂).
_OUTLET_END = re.compile(r"[（(|｜丨\-·\s—_]")


def news_outlets(path: Path = NEWS_OUTLETS_FILE) -> dict[str, str]:
    """Outlet name -> division code; empty when the file is absent."""
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0] and cols[1].isdigit():
            out[cols[0]] = cols[1]
    return out


_ETHNIC_COUNTY = re.compile(r"族区$|自治县$")
_ETHNIC_DISTRICT = re.compile(r"(?:回|达斡尔|满|蒙古)族区$")  # the four such districts: 管城回族区, 梅里斯达斡尔族区…
# Autonomous prefectures their province's press names by one character and 州 (巴音郭楞: 巴州), and the provinces'
# names that let the words be read off those provinces' sites.
CUSTOMARY_PREFECTURES = {"巴州": "652800", "博州": "652700", "克州": "653000"}
CUSTOMARY_PREFECTURE_PROVINCES = {"650000": "新疆"}
# ... read as a word of its own: at a phrase's head or after a place or movement word (新疆克州, 赴巴州), not inside
# another (攻克州级难题, 伊尔库茨克州, 顿涅茨克州), nor as 巴州区 (Bazhong's district)
CUSTOMARY_PREFECTURE_WORD = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[在到赴来于和与及、至从为向对疆全]))(?:"
                                       + "|".join(CUSTOMARY_PREFECTURES) + ")(?!区)")
# A short name followed by these is a street or road name (南京路, 玉林街道, 湖南路街道), not the place.
# Characters after which a county's short name may begin a phrase (在鲤城, 赴思明, 为潼关, 落户武清, 把常山的…).
LOCAL_SHORT_BEFORE = "在到赴来于和与及、至从为户把让向对"
# A democratic party's or the Youth League's name, right before a county's short name, begins the name of its branch
# there (民盟宜兴八支部, 九三学社江阴支社, 共青团萧山区委): the county, whatever the segmenter makes of the words after.
ORG_BEFORE_SHORT = re.compile(r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|共青团)$")
# ... when a branch's or committee's word follows the short name (宜兴八支部, 江阴支社, 萧山区委, a district's working
# committee, 民建洪山工委): not a unit named after the place (共青团长安大学委员会, 民盟鼓楼医院支部)
BRANCH_AFTER_SHORT = re.compile(r"[市县区旗]?(?:第?[一二三四五六七八九十0-9]{1,3})?(?:基层委员会|总支部?|支社|支部|小组|委员会|工委|委)")
# Characters after which a county's name begins a phrase by itself (在萧县, 赴公安): a movement or place word.
PLACE_BEFORE = "在到赴来于至从抵驻"
# What may follow a name in running text without being a body word: punctuation, space, the end.
PUNCT_FOLLOW = re.compile(r"(?:：|:|\s|，|、|”|\"|》|\)|）|$)")
# County short names that are common words first, by jieba's part-of-speech tag for them (平安 a, 开发 v, 高新 d,
# 南岸 f; an "other proper noun" only when frequent, 和平 nz 7,998, as 翔安 nz 3 is a place), or by usage the tags
# miss (新建 "newly built", 长寿 "long-lived", 城关 any county's seat town).
COMMON_WORD_TAGS = frozenset({"v", "vn", "a", "ad", "d", "f", "s", "m", "q", "t"})
SELDOM_NUMERAL = 50  # a county's short jieba tags as a numeral (m) under this count is no numeral at a head
PHRASE_BREAK = re.compile(r"[\s\u3000：:，,！!？?｜|；;]+")  # where a headline's phrase begins
CHAIN_SEPARATOR = re.compile(r"[：:]")  # a dateline's colon between a city's short name and its county's
DATELINE_END = re.compile(r"[：:]|\s")  # a dateline's end after its place's names (海东互助：…)
# a year or an edition's number opening a headline (2018中国·方城…, 2024 马拉松…, 第十九届中国·盱眙…, 2019第八届福鼎…)
HEADLINE_LEAD = re.compile(r"(?:(?:19|20)\d\d年?\s*|第[〇零一二两三四五六七八九十百\d]{1,6}届\s*)+")
OPENING_QUOTES = ("“", "\"", "「", "『")
SUBTITLE_DASH = re.compile(r"\s*[—-]{2}\s*[“\"「『]?")  # a subtitle's dash, and a quote opening the subtitle
HEAD_SPAN = 64  # characters: the headline-sized start of a text, where its phrases' heads are read
HEAD_TAG = re.compile(r"^([\u4e00-\u9fff]{2,4})[：:]")  # a place's name as a headline's tag (某镇：…)
# a township's name without its suffix before its congress as the tag (劳动人大：… on 乐至县's congress site)
HEAD_TOWN_CONGRESS_TAG = re.compile(r"^([\u4e00-\u9fff]{2,3})人大[：:]")
HEAD_COMMON_WORDS = frozenset({"新建", "长寿", "城关", "新城", "高新", "开发"})


def _word_tags() -> dict[str, tuple[str, int]]:
    """jieba's dictionary tags and frequencies of short words (word -> (part of speech, frequency)), read once."""
    global _TAGS
    if _TAGS is None:
        from processing.text import JIEBA_DICT  # (imported here: jieba is loaded only when a head is read)

        tags: dict[str, tuple[str, int]] = {}
        with open(JIEBA_DICT, encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 3 and len(parts[0]) <= 3:
                    tags[parts[0]] = (parts[2], int(parts[1]))
        _TAGS = tags
    return _TAGS


_TAGS: dict[str, tuple[str, int]] | None = None


def _ends_word_before(text: str, start: int, word: str) -> bool:
    """Whether the one or two characters before a hit end a dictionary word with its first character (纵横县域, 日前郭县长:
    no 横县, no 前郭县 there)."""
    return start > 0 and any(text[max(0, start - k):start] + word[0] in _word_tags() for k in (1, 2))


def names_a_thing(word: str) -> bool:
    """Whether jieba's dictionary holds the word as something other than a person's name (包钢 the steel company,
    宁波 the city): a leader of that name is not read from the bare word."""
    tag = _word_tags().get(word)
    return tag is not None and not tag[0].startswith("nr")


def _common_word(word: str) -> bool:
    """Whether a short name is also a common word by jieba's dictionary (友好, 平安: a verb, an adjective…, or any word
    used a thousand times and more: 江南, 太平)."""
    tag, freq = _word_tags().get(word, ("", 0))
    return tag in COMMON_WORD_TAGS or freq >= 1000


# The tags of jieba's dictionary a county's short may bear and still be read as a place tag at a headline's head:
# a place's, a time's or a numeral's (周至 is a time's there); no noun, verb or adjective (公安：…, 通道：…), and no
# person's name or word jieba does not know, which a quoted or writing person's name at the head often is (王益：…).
HEAD_TAG_WORD_TAGS = frozenset({"ns", "t", "m"})


def _head_tag_word(word: str) -> bool:
    """Whether a county's short name may be read as the place tag heading a headline before a colon (周至:…): a
    place's, time's or numeral's word of jieba's dictionary, used under a thousand times."""
    tag, freq = _word_tags().get(word, ("", 0))
    return tag in HEAD_TAG_WORD_TAGS and freq < 1000


def _after_full_name(text: str, at: int, short: str) -> bool:
    """Whether a county's short name at `at`, right after its city's name in full, is the county: no verb or other
    common word of jieba's (a place's or person's word may be counted often: 武昌, 江夏), followed by a body, an
    act or a verb (聂拉木完成…, 石狮地税…, 武昌医院: a hospital is where it stands), not by a thing's name (西湖龙井茶,
    天河体育中心), a list or a pause (杭州市西湖、千岛湖…) or a longer word of jieba's dictionary begun by it (红旗渠)."""
    tags = _word_tags()
    tag, freq = tags.get(short, ("", 0))
    if tag in COMMON_WORD_TAGS or (tag not in ("", "ns", "nr") and freq >= PHRASE_SHORT_MAX_FREQ):
        return False
    end = at + len(short)
    if text[at:end + 1] in tags:
        return False
    # (a word, not the punctuation or the end those patterns also allow: 杭州市西湖、千岛湖… is the lake)
    said = BODY_FOLLOW.match(text, end) or VISIT_FOLLOW.match(text, end) or FULL_NAME_FOLLOW.match(text, end)
    if said is not None and _CJK.match(said.group(0) or " ") is not None:
        return True
    # (a verb of jieba's: 完成, 召开; not a noun made of one, 体育中心, 发展银行)
    return tags.get(text[end:end + 2], ("", 0))[0] == "v"


# What a county's short name after its city's name in full may be followed by, beside a body, an act and a verb:
# its institutions and branches (武汉市武昌医院, 泉州市石狮地税…, 民革衡阳市蒸湘工委)
FULL_NAME_FOLLOW = re.compile(r"医院|[地国]税|税务|工委|分局|支局|分行|支行")


PHRASE_SHORT_MAX_FREQ = 1000  # jieba's count of a place word above which it is as much a common word (平原, 长安)


def _phrase_short(word: str) -> bool:
    """Whether a short name read at a later phrase's head or after a dateline is a place's name there: no word of
    jieba's dictionary, or one it tags as a place and seldom counts (昌江, 长兴, 西城; not 港口, 资源, 平原, 长安)."""
    tag, freq = _word_tags().get(word, ("", 0))
    return not tag or (tag == "ns" and freq < PHRASE_SHORT_MAX_FREQ)


def _seldom_word(word: str) -> bool:
    """Whether a short name is no word of jieba's, a place's word it seldom counts, or a noun or name it counts
    seldom (扬中 ns 41, 江油 n 22, 集美 nz 35, 桂平 nr 18; not 天涯 n 174, 金台 n 546, 光明 n 1219)."""
    tag, freq = _word_tags().get(word, ("", 0))
    return _phrase_short(word) or (tag in ("n", "nz", "nr", "nrt") and freq < RUNNING_NOUN_MAX_FREQ)


# A thing named after a place's short name, not the place (长海医院 is in Shanghai, 天河二号 a computer)
THING_AFTER_SHORT = re.compile(r"医院|[一二三四五六七八九十\d]+号")


def _name_like(word: str) -> bool:
    """Whether a short name may be a person's: a common surname first and jieba holding it as no word or only as a
    name (王益：…, 周宁：…, 桂平), so at a text's head it may be someone speaking or acting."""
    from processing.actors import SURNAMES  # (the surnames list lives with the people it reads)

    tag, _freq = _word_tags().get(word, ("", 0))
    return word[0] in SURNAMES and (not tag or tag in ("nr", "nrt"))


def _trailing_subject(text: str, start: int, end: int) -> bool:
    """Whether the word at start..end closes the headline after a dash as the place its phrases were about (…看红色老区
    新面貌——于都), not a person's name after words for a person (我是人大代表——黄平)."""
    return end == len(text.rstrip()) and TRAILING_SUBJECT.search(text, max(0, start - 2), start) is not None \
        and PERSON_BEFORE_DASH.search(text, 0, start) is None


def _rare_word(word: str) -> bool:
    """Whether a short name is no word of jieba's or one it counts seldom whatever its tag (全椒 n 8, 扬中 ns 41; not
    路桥 ns 698, 天山 ns 679, 锦江 ns 162): after a province's dateline, where a word of the province's news follows as
    often as a county (浙江：路桥建设提速, 新疆：天山雪莲)."""
    tag, freq = _word_tags().get(word, ("", 0))
    return not tag or (tag in ("ns", "n", "nz", "nr", "nrt") and freq < RUNNING_NOUN_MAX_FREQ)


def _rare_name(word: str) -> bool:
    """Whether jieba holds a short name only as a rare person's name (寻乌 nr 2): after its city's dateline
    (赣州：寻乌…) the county, as no one is named so there."""
    tag, freq = _word_tags().get(word, ("", 0))
    return tag in ("nr", "nrt") and freq < RUNNING_NOUN_MAX_FREQ


# A city's short name that is as often a word for people (广西来宾到我市考察: guests from Guangxi).
GUESTS_WORD = frozenset({"来宾"})


def _cut_first(text: str) -> str:
    """The first word jieba cuts from text (中山大学 from 中山大学附属…, 南平 from 南平武夷山…)."""
    from processing.text import default_segmenter  # (jieba loaded for the few texts that need it)

    return next(iter(default_segmenter.tokenizer.cut(text)), "")


def _word_boundaries(text: str) -> tuple[set[int], dict[int, str]]:
    """The positions where the segmenter's words of the text begin or end, and the word ending at each."""
    from processing.text import default_segmenter  # (jieba loaded only for the few headlines that need it)

    cuts = {0}
    ending: dict[int, str] = {}
    at = 0
    for word in default_segmenter.tokenizer.cut(text):
        at += len(word)
        cuts.add(at)
        ending[at] = word
    return cuts, ending


# Short names that are everyday words inside running text though jieba counts them seldom (大兴调查研究, 绿水青山就是
# 金山银山, 上街宣传, 长寿秘诀, 路桥建设, 天台种菜, 剪掉马尾, 三十年河西): never a county read from inside a sentence.
RUNNING_TEXT_WORDS = frozenset({"大兴", "金山", "上街", "长寿", "路桥", "天台", "马尾", "河西", "石柱", "青山", "西湖", "滨海"})
# A slogan's adjective before a place's short name (建设人文集美, 幸福思明, 品质鲤城): the place, as the city's media name
# their districts.
SLOGAN_BEFORE_SHORT = re.compile(r"(?:幸福|美丽|人文|平安|文明|法治|活力|智慧|数字|生态|和谐|健康|魅力|品质|宜居|精致|大美|"
                                 r"最美|实力|创新|开放)$")
RUNNING_SHORT_MAX_FREQ = 150  # jieba's count of a short name above which, inside running text, it is as much a word
RUNNING_NOUN_MAX_FREQ = 50  # the same for a short jieba tags as a common noun or a transliterated name (普陀 nrt 81)


def _running_short(text: str, start: int, end: int, cuts: set[int], tokens: dict[int, str]) -> bool:
    """Whether a county's short name inside running text (text[start:end]) is the county: the segmenter cuts it out as
    a word of its own, it is no everyday word (by jieba's tag and count, and RUNNING_TEXT_WORDS), and it is no given
    name after a surname the segmenter split off (张建德, 王江宁)."""
    word = text[start:end]
    tag, freq = _word_tags().get(word, ("", 0))
    # (after a slogan's adjective the segmenter may join the adjective's last character to the name, 人文集美 cut
    # 人/文集/美: the name's end is enough there)
    begun = start in cuts or SLOGAN_BEFORE_SHORT.search(text, 0, start) is not None
    if not begun or end not in cuts or word in RUNNING_TEXT_WORDS or tag in COMMON_WORD_TAGS or tag == "b" \
            or freq >= RUNNING_SHORT_MAX_FREQ or (tag in ("n", "nrt") and freq >= RUNNING_NOUN_MAX_FREQ):
        return False
    before = tokens.get(start, "")
    from processing.actors import SURNAMES  # (the surnames list lives with the people it reads)

    return not (len(before) == 1 and before in SURNAMES)


# Going to a place to do something (到义乌调研, 赴张家港考察, 在昆山举行): a county's short name between is the county.
MOVE_BEFORE = re.compile(r"(?:到|赴|来|抵|在|走进|深入|前往|莅临)$")
# What someone does where he goes (调研, 考察, 看望…).
_VISIT_VERBS = r"调研|考察|视察|检查|督导|督查|慰问|走访|参观|学习|交流|指导|宣讲|访问|看望"
VISIT_FOLLOW = re.compile(r"(?:" + _VISIT_VERBS + r"|开展|召开|举行|举办|[：:，,。\s]|$)")
# Where a city's short that is also a word is the city: where someone goes to do something (到宁德调研, 在龙岩举行) and
# what it does at a phrase's head (三明出台…, 南平召开…); no word reads so (三明治 is followed by neither).
CITY_MOVE_FOLLOW = re.compile(r"(?:" + _VISIT_VERBS + r"|召开|举行|举办|开幕|启动|开展)")
STREET_FOLLOW = re.compile(r"街道|路|大道|大街")
# What a place does at a phrase's head (桃源召开…组稿会, 临澧举行…): a county's short name so placed is the county, read
# as weak (it stands only where its city is named or the site lies).
HEAD_HOLD_FOLLOW = re.compile(r"召开|举行|举办|开展|启动|印发|出台|部署")
# Deputies or members after a place they are stationed in (驻常德全国、省人大代表, 住德州市政协委员): what a short that is also
# a word must be followed by, after 驻 or 住, to be read.
STATIONED_FOLLOW = re.compile(r"(?:全国|自治区|[省市州县区旗、和及]|第?[一二三四五六七八九十百]+届|部分|的)*(?:人大代表|政协委员)")
# A place someone visits (研究会南安考察): the visitor acts, not the place.
VISITED_FOLLOW = re.compile(_VISIT_VERBS)
# Township-level units (武侯区玉林街道, 望江路街道): looked up under a place named right before, or the source.
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡")
TOWNSHIP_SUFFIX = re.compile("|".join(TOWNSHIP_SUFFIXES))
TOWNSHIP_MAX = 6  # characters of a township name before its suffix


@dataclass(frozen=True, slots=True)
class Mention:
    """One division mentioned in a text span."""

    start: int
    end: int
    text: str
    division: Division | None
    how: str  # "name" | "short" | "abbr" | "nickname" | "nation" | "relative"
    candidates: tuple[Division, ...] = field(default=())
    # A county's name seen only in a weak context (公安、 in a list of departments, 水资源, 市和县级): kept
    # only where the text or the source names the county's city or province too (RegionFinder.find).
    weak: bool = False


class RegionFinder:
    """Find division mentions (full, short, abbreviated, relative) in a text by a dictionary scan."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        """Create a finder; indexes are built on first use."""
        self.gazetteer = gazetteer or default_gazetteer
        self._table: dict[str, tuple[str, tuple[str, ...]]] | None = None
        self._former: dict[str, str] = {}  # the former names' forms the table holds, to their short names (see _build)
        self._one_char_former: set[str] = set()  # of those, renamed counties' forms of one character (横县, 滦县)
        self._customary: set[str] = set()  # customary short names (阜蒙县, 莫旗)
        self._only_children: dict[tuple[str, str], Division | None] = {}  # (city, 区 or 县) -> its one such child
        self._lengths: tuple[int, ...] = ()
        self._first: frozenset[str] = frozenset()
        self._by_pair: dict[str, tuple[int, ...]] = {}  # a word's first two characters -> lengths, longest first
        # lookup tables over code points for _starts (built with the index)
        self._first_at: Any = None
        self._second_at: Any = None
        self._pair_table: Any = None
        self._abbr_at_cp: Any = None
        self._towns: dict[str, dict[str, Division]] = {}
        # a province's or city's divisions one or two levels below, by short name (for _chained_shorts)
        self._below: dict[str, dict[str, list[Division]]] = {}
        self._counties: dict[str, list[tuple[str, Division]]] = {}  # a city's counties by short (_local_shorts)
        self._all_towns: frozenset[str] | None = None
        self._all_towns_index: dict[str, tuple[Division, ...]] | None = None
        self._province_shorts_cache: frozenset[str] | None = None
        self._town_stems_cache: dict[str, dict[str, Division]] = {}

    def _province_short_words(self) -> frozenset[str]:
        """The provinces' short names (河北, 广西)."""
        if self._province_shorts_cache is None:
            self._province_shorts_cache = frozenset(d.short for d in self.gazetteer if d.level == "province")
        return self._province_shorts_cache

    def _build(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Name -> (how, codes), longest forms win at scan time."""
        if self._table is not None:
            return self._table
        gaz = self.gazetteer
        table: dict[str, tuple[str, tuple[str, ...]]] = {}
        for short, codes in gaz.shorts().items():
            if len(short) >= 2:
                table[short] = ("short", tuple(codes))
        for name, codes in gaz.names().items():
            codes = [c for c in codes if len(c) == 6]  # townships, once loaded, are found by context only
            if name == "中国" or not codes:
                continue
            table[name] = ("name", tuple(codes))
        # an ethnic district or autonomous county named in the news by its short name and its level word alone
        # (管城回族区 -> 管城区, 长阳土家族自治县 -> 长阳县), where no other division has that name
        plain: dict[str, set[str]] = {}
        for d in gaz:
            if d.level == "county" and _ETHNIC_COUNTY.search(d.name):
                base = _ETHNIC_DISTRICT.sub("", d.name) if d.name.endswith("族区") else d.short
                if len(base) >= 2:
                    plain.setdefault(base + ("区" if d.name.endswith("区") else "县"), set()).add(d.code)
        for form, form_codes in plain.items():
            # (not where the base is a province's or city's short name: 河南县域经济 is Henan's, not 河南蒙古族自治县's)
            if form not in table and len(form_codes) == 1 and not any(
                    (o := gaz.get(c)) is not None and o.level in ("province", "city") for c in gaz.shorts().get(form[:-1], ())):
                table[form] = ("name", tuple(form_codes))
        # former names still in the news: a county become a city or a district by its old name (玉环县 -> 玉环市,
        # 潜山县 -> 潜山市, 宣化县 -> 宣化区), a county-level city become a district (萧山市 -> 萧山区), a prefecture become
        # a city (山南地区 -> 山南市); and the renamed ones no rule gives (襄樊市 -> 襄阳市, FORMER_NAMES_FILE). Only where
        # no division bears the form now and one division alone could have borne it, and not from a short name that is
        # a province's or a city's, or a common word (海南市县两级, 平安县创建, 振兴市场: no former division there).
        former: dict[str, set[str]] = {}
        province_shorts = {d.short for d in gaz if d.level == "province"}
        city_shorts = {d.short for d in gaz if d.level == "city"}
        for d in gaz:
            if len(d.short) < 2 or d.name in COMMON_WORD_NAMES or d.short in province_shorts:
                continue
            if d.level == "city" and d.name.endswith("市"):
                former.setdefault(d.short + "地区", set()).add(d.code)  # (大同地区, 山南地区: the city, whatever else)
                continue
            if d.short in COMMON_WORD_SHORTS:
                continue  # (a short that is a common word by jieba's dictionary is refused when met: _accept)
            if d.level == "county" and _ETHNIC_COUNTY.search(d.name) and d.short.endswith("族"):
                # (an autonomous county called by its people's name, 东乡族自治县 as 东乡县: that form is taken)
                former.setdefault(d.short[:-1] + "县", set()).add(d.code)
            if d.level == "county" and d.name.endswith(("市", "区")) and d.short not in city_shorts:
                former.setdefault(d.short + "县", set()).add(d.code)
                if d.name.endswith("区") and not d.short.endswith("城"):  # (德城 + 市 is 顺德城市网's 城市)
                    former.setdefault(d.short + "市", set()).add(d.code)
        renamed = former_names()
        for form, code in renamed.items():
            if gaz.get(code) is not None:
                former[form] = {code}
        data_forms = set(renamed)
        self._former.clear()
        # (a renamed county's one-character form, 横县 or 滦县, is checked against the words around it when met)
        self._one_char_former = {form for form in renamed if len(form) == 2 and form.endswith("县") and form not in table}
        for form, form_codes in former.items():
            if form not in table and len(form_codes) == 1 and form not in COMMON_WORD_NAMES:
                table[form] = ("name", tuple(form_codes))
                # (a rule's form remembers its short name, checked against the common words when met)
                # (a prefecture's 地区 form names the city whatever else its short means: not checked)
                self._former[form] = "" if form in data_forms or form.endswith("地区") else form[:-1]
            elif form not in table and len(form_codes) == 2 and len(form) >= 3 and any(
                    (dv := gaz.get(c)) is not None and _ETHNIC_COUNTY.search(dv.name) for c in form_codes):
                # an autonomous county's people's-name form that is also another county's former name (东乡县: 临夏's
                # 东乡族自治县, or 抚州's 东乡区 before 2016): both candidates, for the site or the text to decide
                table[form] = ("name", tuple(sorted(form_codes)))
                self._former[form] = form[:-1]
        # an autonomous county or banner by the customary short name its own sites write (阜蒙县, 喀左县, 莫旗), where no
        # division bears the name (checked against the word before it when met: 日前郭县长 is no 前郭县)
        self._customary = set()
        for form, code in customary_county_names().items():
            if form not in table and gaz.get(code) is not None:
                table[form] = ("name", (code,))
                self._customary.add(form)
        # a state-level new area by its own name (青岛西海岸新区 is 黄岛区, 两江新区 is run by 重庆): the division that runs
        # it, where no division bears the name
        for form, code in new_area_names().items():
            if form not in table and gaz.get(code) is not None:
                table[form] = ("name", (code,))
        for word in NATION_WORDS:
            table[word] = ("nation", (NATION_CODE,))
        for word, code in CITY_NICKNAMES.items():
            table[word] = ("nickname", (code,))
        self._table = table
        self._lengths = tuple(sorted({len(k) for k in table}, reverse=True))
        self._first = frozenset(k[0] for k in table)
        by_pair: dict[str, set[int]] = {}
        for k in table:  # every word has at least two characters
            by_pair.setdefault(k[:2], set()).add(len(k))
        self._by_pair = {p: tuple(sorted(ls, reverse=True)) for p, ls in by_pair.items()}
        # The same pairs and abbreviation characters as lookup tables over code points, for picking
        # starts with numpy: a pair is (index of its first character, index of its second) in a table.
        if all(len(p) == 2 for p in self._by_pair) and len(self._by_pair) < 2**15:
            firsts = sorted({p[0] for p in self._by_pair})
            seconds = sorted({p[1] for p in self._by_pair})
            self._first_at = np.full(0x110000, -1, dtype=np.int16)  # 2 MiB each
            self._first_at[[ord(c) for c in firsts]] = np.arange(len(firsts), dtype=np.int16)
            self._second_at = np.full(0x110000, -1, dtype=np.int16)
            self._second_at[[ord(c) for c in seconds]] = np.arange(len(seconds), dtype=np.int16)
            self._pair_table = np.zeros((len(firsts), len(seconds)), dtype=bool)
            for p in self._by_pair:
                self._pair_table[self._first_at[ord(p[0])], self._second_at[ord(p[1])]] = True
        self._abbr_at_cp = np.zeros(0x110000, dtype=bool)
        self._abbr_at_cp[[ord(c) for c in _ABBR_CHARS if len(c) == 1]] = True
        return table

    def _starts(self, text: str) -> list[int]:
        """Where a mention can begin: a dictionary word's first two characters, or an abbreviation
        character. Long texts are looked at all at once by numpy (the same positions)."""
        first, by_pair, abbr = self._first, self._by_pair, _ABBR_CHARS
        if len(text) < NUMPY_FROM or self._pair_table is None:
            return [k for k, ch in enumerate(text) if (ch in first and text[k: k + 2] in by_pair) or ch in abbr]
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        hit = self._abbr_at_cp[cps]
        f = self._first_at[cps[:-1]]
        s = self._second_at[cps[1:]]
        both = np.flatnonzero((f >= 0) & (s >= 0))
        hit[both[self._pair_table[f[both], s[both]]]] = True
        return np.flatnonzero(hit).tolist()

    # -- scanning --------------------------------------------------------------------------------------
    def _accept(self, text: str, start: int, word: str, how: str, codes: tuple[str, ...]) -> bool:
        """Whether a dictionary hit is a real mention here (short names need a safe context)."""
        end = start + len(word)
        if how == "name":
            if word == "代县" and text.startswith("长", end):
                return False  # 代县长: an acting county head, not 代县
            if word in self._one_char_former and (text.startswith("长", end) or _ends_word_before(text, start, word)):
                # (盘县长 is a county head surnamed 盘, not 盘县's; a character that ends a word before it names no
                # county: 纵横县域, 通盘县级)
                return False
            if word in self._customary and _ends_word_before(text, start, word):
                return False  # (日前郭县长, 切莫旗帜: the character before ends a word with the name's first)
            if word in self._former and (end < len(text) and text[end] in FORMER_NOT_BEFORE.get(word[-1], "")
                                         or _common_word(self._former[word])):
                # (萧山市场 is a market, 某县域 a county's area, 平安县创建 a campaign: no former division there; the
                # dictionary is read only when such a form is met, not when the finder is built)
                return False
            if word in COMMON_WORD_NAMES:
                if self._after_parent(text, start, codes):
                    return True  # 石家庄市长安区: the district right after its city's name is no common word
                head = bool(start == 0 or not _CJK.match(text[start - 1]))
                if head and word[-1] == "区" and word[:-1] in self._province_short_words() \
                        and not text.startswith(PROVINCE_AREA_WORDS, end):
                    # a district named like a province (天津's 河北区) at a phrase's head: the district whatever
                    # follows (河北区举办…), not the province's area (河北区域, 河北区县)
                    return True
                return head and bool(BODY_FOLLOW.match(text, end))
            return True
        if how == "short":
            if STREET_FOLLOW.match(text, end):
                return False
            if len(codes) == 1 and word.startswith("长") and text.endswith("市", 0, start) \
                    and self._after_parent(text, start, codes):
                # a county's short beginning with 长 right after its own city's full name (龙岩市长汀水土流失区…条例): the
                # county, not the city's mayor (龙岩市长) and a name after; other shorts after a city's name stay the
                # thing's name they may begin (广州市天河体育中心, 广西来宾到我市)
                return True
            gaz = self.gazetteer
            levels = {gaz.get(c).level for c in codes}  # type: ignore[union-attr]
            if len(codes) == 1 and levels == {"county"} and text.startswith(("县", "市", "区"), end) \
                    and not gaz.get(codes[0]).name.startswith(word + text[end]):  # type: ignore[union-attr]
                # a county-level place under its former suffix (玉环县政协 after 玉环县 became 玉环市): it, not the
                # county whose name ends there (环县)
                return True
            if BODY_FOLLOW.match(text, end) and (len(word) >= 3 or "county" not in levels or len(codes) == 1):
                return True
            if "city" in levels and STRONG_BODY_FOLLOW.match(text, end):
                return True
            if PARTY_ORGAN_FOLLOW.match(text, end) and (levels & {"province", "city"} or (
                    len(codes) == 1 and word not in COMMON_WORD_SHORTS and word not in COUNTY_SHORT_WORDS)):
                return True
            if len(codes) == 1 and word not in COMMON_WORD_SHORTS and EPITHET_BEFORE.search(text, max(0, start - 2), start) \
                    and not _common_word(word):
                # a county's short name after an epithet of a kind of place (老区盐池旧貌换新颜, 侨乡青田): the place so
                # called
                return True
            if len(codes) == 1 and word not in COMMON_WORD_SHORTS and _trailing_subject(text, start, end) \
                    and not _common_word(word):
                return True  # (…新面貌——于都: the place the headline is about)
            if len(codes) == 1 and word not in COMMON_WORD_SHORTS and MOVE_BEFORE.search(text, max(0, start - 3), start) \
                    and VISIT_FOLLOW.match(text, end) and not _common_word(word):
                # a county's short name where someone goes to do something (到义乌调研, 赴张家港考察): the county (not a
                # common word there: 在友好交流中, 在江南举行)
                return True
            if start > 0 and text[start - 1] in "驻住" and STATIONED_FOLLOW.match(text, end):
                return True  # (驻常德全国人大代表: deputies stationed there, no common word)
            if len(codes) == 1 and levels == {"county"} and start == 0 and text.startswith((":", "："), end) \
                    and word not in COMMON_WORD_SHORTS and _head_tag_word(word):
                # a county's short heading the headline before a colon (周至:守好大秦岭…), the place tag of a report
                # on it: the county, where jieba counts the word as a place's, a time's (周至) or a numeral's and not
                # used a thousand times (_head_tag_word)
                return True
            if len(codes) == 1 and levels == {"county"} and word not in COMMON_WORD_SHORTS and not _common_word(word) \
                    and (start == 0 or not _CJK.match(text[start - 1])) and HEAD_HOLD_FOLLOW.match(text, end):
                return True  # (weak: see _weak; it needs its city named or a site there)
            if text.startswith("州", end) and any(
                    (d := gaz.get(c)) is not None and d.level == "city" and d.name.endswith("自治州") for c in codes):
                # an autonomous prefecture by its short and 州 (大理州, 红河州, 海西州): no common word reads so
                return True
            if text.startswith("代表团", end) and SESSION_BEFORE_DELEGATION.search(text, max(0, start - 3), start):
                # a place's delegation right after the session it sits in (省十三届人大三次会议大理代表团…): no common
                # word reads so
                return True
            if word in COMMON_WORD_SHORTS and len(codes) == 1 and levels == {"city"} \
                    and word not in WORD_FIRST_CITY_SHORTS and (
                        MOVE_BEFORE.search(text, max(0, start - 2), start) and CITY_MOVE_FOLLOW.match(text, end)
                        or (start == 0 or not _CJK.match(text[start - 1])) and HEAD_HOLD_FOLLOW.match(text, end)
                        or EPITHET_BEFORE.search(text, max(0, start - 2), start)):
                # (赴宁德考察, 在龙岩举行, 三明出台…, 革命老区龙岩行: the city, as a word is never so placed)
                return True
            if word in COMMON_WORD_SHORTS:
                if self._place_inside_follows(text, end, codes):
                    return True  # (the head of a chain of places, 吉林安图, 大理宾川: no common word reads so)
                # (but a tour named after it in quotes, “中卫行”, names the place)
                return bool(start > 0 and text[start - 1] in "“\"" and text.startswith("行", end)
                            and text[end + 1:end + 2] in "”\"")
            return bool(levels & {"province", "city"})
        if how == "nickname" and word in NICKNAME_NOT_AFTER:
            return not text.endswith(NICKNAME_NOT_AFTER[word], 0, start) or text[max(0, start - 2):start] in NICKNAME_AFTER_WORD
        return True

    def _place_inside_follows(self, text: str, end: int, codes: tuple[str, ...]) -> bool:
        """Whether a place inside one of codes is named right at end, by its name or short of two characters or more."""
        gaz = self.gazetteer
        for n in (5, 4, 3, 2):
            w = text[end:end + n]
            if len(w) < n:
                continue
            if w in COMMON_WORD_SHORTS or _common_word(w):
                continue  # (海东平安: 平安 is a word there, no county after its city)
            longer = text[end:end + n + 1]
            if len(longer) == n + 1 and longer in _word_tags() and not gaz.by_name(longer):
                continue  # (吉林长白山: a longer word begun by it, no 长白县 there)
            for d in (*gaz.by_name(w), *gaz.by_short(w)):
                if any(a.code in codes for a in gaz.ancestors_of(d)):
                    return True
        return False

    def _after_parent(self, text: str, start: int, codes: tuple[str, ...]) -> bool:
        """Whether a candidate's own city (or province) is named right before start, in full or by its short."""
        gaz = self.gazetteer
        for c in codes:
            d = gaz.get(c)
            parent = gaz.get(d.parent) if d is not None and d.parent else None
            if parent is not None and parent.level != "nation" and any(
                    len(w) >= 2 and text.endswith(w, 0, start) for w in (parent.name, parent.short)):
                return True
        return False

    @staticmethod
    def _weak(text: str, start: int, word: str, how: str, cands: tuple[Division, ...]) -> bool:
        """Whether a county's two-character name or short name stands where a common word could:
        followed by punctuation only (公安、 资源， 新建、), or a two-character name glued to the word
        before it (市和县级, 国有和县以上) — and not after a movement or place word (在萧县, 赴公安)."""
        if not cands or any(c.level != "county" for c in cands) or len(word) != 2 or how not in ("short", "name"):
            return False
        end = start + 2
        prev = text[start - 1] if start else ""
        if prev and prev in PLACE_BEFORE or EPITHET_BEFORE.search(text, max(0, start - 2), start) \
                or _trailing_subject(text, start, end):
            # (在萧县, 赴公安; 老区盐池: an epithet of a kind of place names the place; …新面貌——于都 closing the title)
            return False
        if start and HEADLINE_LEAD.fullmatch(text, 0, start):
            return False  # (after an edition's number opening the headline, 第十届杨凌双交会…: as at its head)
        body = BODY_FOLLOW.match(text, end) is not None and PUNCT_FOLLOW.match(text, end) is None
        if how == "short" and start == 0 and text.startswith((":", "："), end) and len(cands) == 1 \
                and _head_tag_word(word):
            return False  # (the place tag heading a report on the county, 周至:守好大秦岭…: no common word so placed)
        if how == "short":
            return not body
        return bool(prev and _CJK.match(prev)) and not body

    def _supported(self, m: Mention, mentions: list[Mention], source: Division | None, text: str) -> bool:
        """A weak county mention stands when its city or province is named too (by name, or by its short name right
        before the county's as a dateline, 海东互助：…), or the source lies there."""
        d = m.division
        if d is None:
            return False
        ancestors = [a for a in self.gazetteer.ancestors_of(d) if a.level in ("province", "city")]
        chain = {a.code for a in ancestors}
        if any(o is not m and not o.weak and o.division is not None and o.division.code in chain | {d.code}
               for o in mentions):
            return True
        if DATELINE_END.match(text, m.end) and any(
                len(a.short) >= 2 and (at := m.start - len(a.short)) >= 0 and text.startswith(a.short, at)
                and (at == 0 or not _CJK.match(text[at - 1])) for a in ancestors):
            # (a city's short name that is also a word, 海东, is read at the head only later, so not above; only as a
            # dateline, the two names opening a phrase before a colon or a space: 共护海东平安、… is safety)
            return True
        if source is not None and source.level in ("city", "county"):
            schain = {a.code for a in self.gazetteer.ancestors_of(source)} | {source.code}
            return d.parent in schain or d.code in schain
        return False

    def _abbr_at(self, text: str, i: int) -> tuple[int, list[str]] | None:
        """An abbreviation mention at i: (end, codes) for a run, a document number or a verb context."""
        ch = text[i]
        if ch not in ABBR and ch not in RUN_CHARS:
            return None
        j = i
        while j < len(text) and text[j] in RUN_CHARS:
            j += 1
        if j - i >= 2 and (i == 0 or text[i - 1] not in RUN_CHARS):
            codes = [ABBR[c] for c in text[i:j] if c in ABBR]
            if codes:
                return j, codes
        phrase_start = i == 0 or not _CJK.match(text[i - 1]) or text[i - 1] in "《“（(，、"
        if ch in ABBR and DOC_NUMBER.match(text, i + 1) and phrase_start:
            return i + 1, [ABBR[ch]]
        if ch in MOVE_TARGETS and (phrase_start or text[i - 1] in "与和同及暨") and (
                ABBR_BODY.match(text, i + 1) or ABBR_COUNT.match(text, i + 1)):
            # an abbreviation heading a body word (闽政协开幕, 鄂两会) or a count of its units or its firms (闽32家茶企入围,
            # 鄂企…, 沪3所高校) at the start of a phrase, or right after a conjunction (友协与湘政协主席交流): that
            # province's or city's
            return i + 1, [ABBR[ch]]
        if ch in MOVE_TARGETS and phrase_start and ABBR_ACTS.match(text, i + 1):
            # an abbreviation heading a verb of a place's policy at the start of a phrase (粤出台措施…, 鄂发布…, 闽首批…,
            # as the national press heads its headlines): that province's or city's
            return i + 1, [ABBR[ch]]
        if ch in MOVE_TARGETS and i > 0 and text[i - 1] in MOVE_VERBS:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if not nxt or not _CJK.match(nxt) or nxt in "召举开调考参出期间工务办的期后时视交就全" \
                    or (text[i - 1] in "驻在住" and STATIONED_MEMBERS.match(text, i + 1)):
                # (members or deputies stationed there, 驻豫委员赴京, 在闽代表: that province's)
                return i + 1, [ABBR[ch]]
        return None

    def scan(self, text: str) -> list[Mention]:
        """Raw mentions, left to right, longest match first; ambiguous ones keep their candidates."""
        table = self._build()
        gaz = self.gazetteer
        out: list[Mention] = []
        # Only where a dictionary word's first two characters or an abbreviation character stand can
        # a mention begin: every other position is passed over (the same mentions as trying each).
        by_pair = self._by_pair
        starts = self._starts(text)
        i, n = 0, len(text)
        for i0 in starts:
            if i0 < i:
                continue  # inside the previous mention
            i = i0
            hit = None
            lengths = by_pair.get(text[i: i + 2], ())
            if lengths:
                for length in lengths:
                    if i + length > n:
                        continue
                    word = text[i: i + length]
                    entry = table.get(word)
                    if entry and self._accept(text, i, word, entry[0], entry[1]):
                        hit = (word, entry)
                        break
            if hit:
                word, (how, codes) = hit
                cands = self._candidates(text, i + len(word), codes)
                div = cands[0] if len(cands) == 1 else None
                out.append(Mention(i, i + len(word), word, div, how, cands, self._weak(text, i, word, how, cands)))
                i += len(word)
                continue
            ab = self._abbr_at(text, i)
            if ab:
                end, abbr_codes = ab
                for k, code in enumerate(abbr_codes):
                    d = gaz.get(code)
                    s = i + k if end - i == len(abbr_codes) else i
                    out.append(Mention(s, s + 1 if end - i > 1 else end, text[s: s + 1], d, "abbr", (d,) if d else ()))
                i = end
                continue
            i += 1
        return out

    def _candidates(self, text: str, end: int, codes: tuple[str, ...]) -> tuple[Division, ...]:
        """The divisions a dictionary word ending at end may name."""
        cands = tuple(d for d in (self.gazetteer.get(c) for c in codes) if d is not None)
        if len(cands) > 1 and text.startswith("州", end):
            # an autonomous prefecture by its short and 州 (海南州, Qinghai's, not 海南省; 恩施州, not 恩施市)
            cands = tuple(d for d in cands if d.name.endswith("州")) or cands
        if len(cands) > 1 and INTERMEDIATE_COURT.match(text, end):
            # an intermediate court sits at a city (吉林中院 is 吉林市's, not 吉林省's), a city of the province named alike
            # (not 海南中院, Hainan's, as Qinghai's 海南州)
            cities = tuple(d for d in cands if d.level == "city" and any(p.code == d.parent for p in cands))
            cands = cities if len(cities) == 1 else cands
        elif len(cands) > 1 and HIGH_COURT.match(text, end):
            # a high court sits at a province (吉林高院 beside 吉林中院 is 吉林省's)
            provinces = tuple(d for d in cands if d.level == "province")
            cands = provinces if len(provinces) == 1 else cands
        return cands

    # -- context ---------------------------------------------------------------------------------------
    def _disambiguate(self, mentions: list[Mention], source: Division | None, text: str = "") -> list[Mention]:
        """Pick a candidate for ambiguous mentions from other mentions and the source region (text: where they are)."""
        gaz = self.gazetteer
        known = [m.division for m in mentions if m.division is not None and m.how != "nation"]
        out: list[Mention] = []
        for m in mentions:
            if m.division is not None or not m.candidates:
                out.append(m)
                continue
            scored = []
            for c in m.candidates:
                chain = {a.code for a in gaz.ancestors_of(c)} | {c.code}
                score: float = 0
                for k in known:
                    if k.code in chain:
                        score += 3
                    elif k.province == c.province:
                        score += 1
                if source is not None and source.level != "nation":
                    schain = {a.code for a in gaz.ancestors_of(source)} | {source.code}
                    if source.code in chain or c.code in schain:
                        # (a county-level city's own place over its prefecture of the same short name: 昌吉 on 昌吉市's
                        # site is the city, not 昌吉州; but 阿克苏地委, 喀什行署 are the prefecture's)
                        score += 2.5 if c.code == source.code and source.level == "county" \
                            and not PREFECTURE_ORGAN.match(text, m.end) else 2
                    elif source.province == c.province:
                        score += 1
                scored.append((score, -LEVEL_RANK[c.level], c))
            scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
            best = scored[0]
            unique = len(scored) == 1 or (best[0], best[1]) != (scored[1][0], scored[1][1])
            top_level_only = best[2].level in ("province", "city") and best[1] != scored[1][1]
            choice = best[2] if (unique and (best[0] > 0 or top_level_only)) else None
            out.append(Mention(m.start, m.end, m.text, choice, m.how, m.candidates, m.weak))
        return out

    def relative_division(self, marker: str, source: Division | None, text: str = "") -> Division | None:
        """The division a relative word (省/市/区/县/州) means on a source of the given region (in text, when given:
        a text that names a zone, 高新区区长…, leaves a bare 区 open)."""
        if source is None or source.level == "nation":
            return None
        gaz = self.gazetteer
        if marker in ("区", "县") and source.level == "city" and not source.is_municipality \
                and not (marker == "区" and ZONE_NAMED.search(text)):
            only = self._only_child(source, marker)
            if only is not None:
                return only  # (区政府 on the site of a city with one district, 商洛's 商州区: that district)
        chain = [source, *gaz.ancestors_of(source)]
        for d in chain:
            if marker == "省" and d.level == "province" and not d.is_municipality:
                return d
            if marker in "市州" and (d.level == "city" or d.is_municipality):
                return d
            if marker == "市" and d.level == "county" and d.name.endswith("市"):
                return d  # a county-level city's own site: 市 is itself
            if marker in ("区", "县", "旗") and d.level == "county":
                return d
            if marker == "盟" and d.level == "city" and d.name.endswith("盟"):
                return d  # (a league of Inner Mongolia; elsewhere 盟 is a democratic party's short name, 盟妇联)
            if marker in ("区", "自治区") and d.level == "province" and d.name.endswith("自治区"):
                return d
        return None

    def _only_child(self, city: Division, marker: str) -> Division | None:
        """A city's one district (or one county), when it has exactly one of them: what a bare 区 (县) on the city's
        own site most likely means. None when it has several or none; when that one is a zone (阿拉善高新技术产业开发区);
        for 区 in an autonomous region, where 区 names the region (区人大常委会执法检查组到崇左…); and for 县 in a city
        with county-level cities too, whose 县委书记… speaks of them all."""
        key = (city.code, marker)
        if key not in self._only_children:
            below = [c for c in self.gazetteer.children(city.code) if c.level == "county"]
            # (a zone the gazetteer lists among the city's counties, 濮阳经济技术开发区, is no district the city's press
            # calls 区: 濮阳's one district is 华龙区)
            kids = [c for c in below if c.name.endswith(marker)]
            # (a zone's code has 7 as its fifth digit, 410972; 清远's 清新区 is a district, whatever its name says)
            districts = [c for c in kids if c.code[4] != "7"]
            province = self.gazetteer.get(city.province or "")
            one = districts[0] if len(districts) == 1 else None
            if marker == "区" and province is not None and province.name.endswith("自治区"):
                one = None
            if marker == "县" and any(c.name.endswith("市") for c in below):
                one = None
            self._only_children[key] = one
        return self._only_children[key]

    @staticmethod
    def _antecedent(marker: str, before: list[Mention]) -> Division | None:
        """The nearest named division before a relative word whose level the word names (省/市/区/县)."""
        for m in reversed(before):
            d = m.division
            if d is None or m.how in ("relative", "nation"):
                continue
            if marker == "省" and d.level == "province" and not d.is_municipality:
                return d
            if marker in "市州" and (d.level == "city" or d.is_municipality):
                return d
            if marker in "区县旗" and d.level == "county":
                return d
            if marker == "盟" and d.level == "city":
                return d
        return None

    def _read_townships(self) -> list[Division] | None:
        """Every township of the gazetteer, or None for a gazetteer that does not load townships as the
        package's does."""
        gaz = self.gazetteer
        load = getattr(gaz, "_load_townships", None)
        if load is None or not callable(getattr(gaz, "_load", None)):
            return None
        load()
        return [d for d in gaz._load().values() if d.level == "township"]

    @staticmethod
    def _by_name(towns: list[Division]) -> dict[str, tuple[Division, ...]]:
        index: dict[str, list[Division]] = {}
        for d in towns:
            index.setdefault(d.name, []).append(d)
        return {k: tuple(v) for k, v in index.items()}

    def _township_names(self) -> frozenset[str] | None:
        """The name of every township of the gazetteer (each township index holds some of them), or
        None for a gazetteer that does not load townships as the package's does."""
        if self._all_towns is None:
            towns = self._read_townships()
            if towns is None:
                return None
            self._all_towns = frozenset(d.name for d in towns)
            if self._all_towns_index is None:  # (read in the same pass: _towns_by_name)
                self._all_towns_index = self._by_name(towns)
        return self._all_towns

    def is_township_name(self, word: str) -> bool:
        """Whether some township of the country bears this name (白沙镇, 前进街道)."""
        names = self._township_names()
        return names is not None and word in names

    def _own_town_shorts(self, text: str, mentions: list[Mention], source: Division) -> list[Mention]:
        """A far county's short name that is also a street's or town's short inside the site's own county (区人大代表前进
        代表团 on 天河人大, whose 前进街道 names a delegation; not 佳木斯's 前进区), or a far city's (九江 on 南海's paper): the
        site's township. A district's congress names its delegations and deputy groups after its streets and towns,
        which its site writes short."""
        # (a city of another province by its bare short too: 九江 on 南海's site is its 九江镇, not 江西's 九江市; not on a
        # city's site, whose towns are a level further down: 长沙 on 江门日报 is as likely 湖南's as 开平's 长沙街道)
        far = [(k, m, m.division) for k, m in enumerate(mentions) if m.how == "short" and m.division is not None
               and ((m.division.level == "county" and m.division.parent != source.parent)
                    or (m.division.level == "city" and m.division.province != source.province))]
        if not far:
            return mentions  # (the common case, read on every headline of a county's site: nothing to look up)
        if re.search(rf"(?:来|到|莅临|走进)(?:{re.escape(source.short)}|我区|我县|我市)[区县市]?(?:{VISIT_AFTER_PLACE})",
                     text) or re.search(rf"(?:莅临|走进)(?:{re.escape(source.short)}|我区|我县|我市)[区县市]?(?:[，,。！!\s]|$)", text):
            # (the headline comes to the site's place, 南澳人大代表来龙岗…, 海口代表团莅临我市考察, 汉中考察团莅临硚口:
            # the far place's people)
            return mentions
        out = list(mentions)
        for k, m, county in far:
            # (not where its city is named right before it, 嘉兴南湖…; nor before a body no street has, 长兴人大常委会…)
            before = mentions[k - 1].division if k > 0 and mentions[k - 1].end == m.start else None
            if COUNTY_BODY_AFTER.match(text, m.end) or (county.level == "city" and CITY_VISITORS_AFTER.match(text, m.end)) \
                    or (before is not None and self.gazetteer.relation(before, county) == "inside"):
                continue
            town = self.township_by_short(m.text, source)
            if town is not None:
                out[k] = Mention(m.start, m.end, m.text, town, "short", (town,))
        return out

    def _town_stems(self, text: str, mentions: list[Mention], source: Division) -> list[Mention]:
        """A street or town of the site's own place named without its suffix in a text that names no other place
        (鼓浪屿申遗成功一周年 on a Fujian portal, 徐家棚… on a Wuhan site): the one township of the site's place whose
        name less its suffix is that word, three characters or more, no road's name, cut out as a word of its own and no
        everyday word (by jieba's count)."""
        stems = self._town_stem_index(source)
        if not stems:
            return mentions
        words: tuple[set[int], dict[int, str]] | None = None
        for k in (5, 4, 3):
            for at in range(len(text) - k + 1):
                word = text[at:at + k]
                town = stems.get(word)
                if town is None:
                    continue
                tag, freq = _word_tags().get(word, ("", 0))
                if freq >= RUNNING_SHORT_MAX_FREQ or tag in COMMON_WORD_TAGS:
                    continue
                if words is None:
                    words = _word_boundaries(text)
                if at in words[0] and at + k in words[0]:
                    return [Mention(at, at + k, word, town, "short", (town,))]
        return mentions

    def _town_stem_index(self, ctx: Division) -> dict[str, Division]:
        """The townships under a place by their names less the suffix, where that is three characters or more, no
        road's name and borne by one township of the place only (cached)."""
        cached = self._town_stems_cache.get(ctx.code)
        if cached is not None:
            return cached
        seen: dict[str, list[Division]] = {}
        for name, t in self._township_index(ctx).items():
            stem = next((name.removesuffix(s) for s in TOWNSHIP_SUFFIXES if name.endswith(s)), "")
            if len(stem) >= 3 and not stem.endswith(("路", "街", "村", "区", "道", "镇", "乡")):
                seen.setdefault(stem, []).append(t)
        index = {stem: ts[0] for stem, ts in seen.items() if len(ts) == 1}
        self._town_stems_cache[ctx.code] = index
        return index

    def _towns_by_name(self) -> dict[str, tuple[Division, ...]]:
        """Every township of the country by name (built once)."""
        if self._all_towns_index is None:
            self._all_towns_index = self._by_name(self._read_townships() or [])
        return self._all_towns_index

    def township_by_short(self, short: str, county: Division) -> Division | None:
        """The street, town or township of county whose name is short and its suffix (安沙 in 长沙县: 安沙镇)."""
        index = self._township_index(county)
        return next((index[short + suffix] for suffix in TOWNSHIP_SUFFIXES if short + suffix in index), None)

    def _township_index(self, ctx: Division) -> dict[str, Division]:
        """Townships under a county or city, by name (cached)."""
        cached = self._towns.get(ctx.code)
        if cached is not None:
            return cached
        gaz = self.gazetteer
        load = getattr(gaz, "_load_townships", None)
        if load is not None:
            load()
        if ctx.level == "county":
            counties = [ctx]
        elif ctx.level == "city":
            # (and the city itself: a city with no counties, 中山, 东莞, 儋州, has its towns right under it)
            counties = [ctx, *gaz.children(ctx.code)]
        else:  # a province: every county of its cities (and its directly administered counties), and those cities
            counties = [c for city in gaz.children(ctx.code) for c in (city, *gaz.children(city.code))]
        index: dict[str, Division] = {}
        for county in counties:
            for t in gaz.children(county.code):
                if t.level == "township":
                    index.setdefault(t.name, t)
        self._towns[ctx.code] = index
        return index

    def _townships(self, text: str, mentions: list[Mention], source: Division | None) -> list[Mention]:
        """Township mentions (玉林街道) under a place named right before them or under the source."""
        out = list(mentions)
        names = self._township_names()
        for sm in TOWNSHIP_SUFFIX.finditer(text):
            p, e = sm.start(), sm.end()
            if text[p:e] == "乡" and TOWNSHIP_WORD_AFTER.match(text, e):
                continue
            for k in range(min(TOWNSHIP_MAX, p), 0, -1):
                s = p - k
                if names is not None and text[s:e] not in names:
                    continue  # no township anywhere has this name: none under any place found below
                if not all(_CJK.match(c) for c in text[s:p]):
                    continue
                if any(m.start < s < m.end or m.start < e < m.end for m in out):
                    continue  # would cut a longer mention
                prev = next((m for m in out if m.end == s and m.how in ("name", "short")), None)
                ctxs: list[Division] = []
                if prev is not None:
                    ctxs = [d for d in ((prev.division,) if prev.division else prev.candidates)
                            if d.level in ("county", "city")]
                elif source is not None and source.level in ("county", "city", "province"):
                    ctxs = [source]
                found = [(c, t) for c in ctxs if (t := self._township_index(c).get(text[s:e])) is not None]
                if not ctxs and prev is None and k >= 2:
                    # no place before it and the site's place unknown: a township whose name no other in the
                    # country bears (东坑镇), under its county
                    towns = self._towns_by_name().get(text[s:e], ())
                    found = [(county, towns[0])] if len(towns) == 1 and (
                        county := self.gazetteer.get(towns[0].parent or "")) is not None else []
                if len(found) != 1:
                    continue
                ctx, town = found[0]
                kept = [m for m in out if not (s <= m.start < e)]
                if prev is not None and prev.division is None:
                    # the township settles an ambiguous district before it (朝阳区望京街道)
                    kept = [Mention(m.start, m.end, m.text, ctx, m.how, m.candidates) if m is prev else m
                            for m in kept]
                kept.append(Mention(s, e, text[s:e], town, "name", (town,)))
                out = sorted(kept, key=lambda m: m.start)
                break
        return out

    def _relatives(self, text: str, mentions: list[Mention], source: Division | None) -> list[Mention]:
        """Mentions for relative words (本市, 全省, 市人大, 区委) outside named spans."""
        covered = [(m.start, m.end) for m in mentions]
        out: list[Mention] = []
        for rm in RELATIVE.finditer(text):
            marker = rm.group(1) or rm.group(2) or rm.group(3)
            pos = rm.start(1) if rm.group(1) else rm.start(2) if rm.group(2) else rm.start(3)
            if rm.group(1) == "区" and rm.group(0).endswith("自治区"):
                marker = "自治区"  # (the autonomous region, not the district a site lies in)
            if any(s <= pos < e for s, e in covered):
                continue
            if rm.group(2) and pos > 0 and _CJK.match(text[pos - 1]) and (
                    text[pos - 1] not in "在和与及、共中暨至由对向为席加赴到彻达实习照的开持听见副届次期率领带究署"
                    and not (text.startswith("年度", pos - 2) and text.startswith("政府", pos + 1))
                    and not (PARTY_SHORT_BEFORE.search(text, 0, pos)
                             # (in Inner Mongolia 盟市委 are its leagues' and cities' party committees, no 民盟's)
                             and not (text[pos - 1] == "盟" and ((source is not None and source.province == "150000")
                                                                 or "内蒙古" in text)))) \
                    and not (text[pos - 1] == "团" and text.startswith("委", pos + 1) and not text.startswith("集", pos - 2)) \
                    and not text.startswith("精神", pos - 2) \
                    and not (text[pos - 1] in COUNT_WORDS and pos > 1
                             and (text[pos - 2].isdigit() or text[pos - 2] in "一二两三四五六七八九十百千几多")):
                # 城市人大, 全市委员 etc.: the marker belongs to another word (a democratic party's short before it, 民盟市委会,
                # 致公党市委, 九三学社市委, names its committee of that level; a person leading, 率省人大…, a body of it;
                # but 团市委 is the level's Youth League; after a verb of studying or deploying, 研究市第八次党代会筹备工作,
                # 部署省人代会…, the level's body is the object, a word of its own; and
                # a body right after a spirit relayed, 学习贯彻…全会精神省委宣讲团报告会…, begins a phrase of its own;
                # after a year's word, 2020年度市政府部门述职…, the government whose year it is; but after a count,
                # 督办17件市人大代表建议, 3名省人大代表…, the counted level's body begins a phrase of its own)
                continue
            d = None
            if not rm.group(1) or rm.group(0)[0] == "全":
                # 金堂县委书记出席县人大常委会会议: the bare 县 is the county just named, not the source's.
                d = self._antecedent(marker, [m for m in mentions if m.end <= pos])
            if d is None:
                d = self.relative_division(marker, source, text)
            if d is None and (source is None or source.level == "nation") and marker in "区县":
                # on a site of no place or the nation's, the one county whose practice the headline names in quotes
                # after the word (县委书记蓝捷解读…“于都经验”: 于都's), as the site would have told; not a place named
                # otherwise, which may be where the body goes (市长到南京调研 on 人民网 is no 南京's mayor)
                practice: dict[str, Division] = {}
                for q in QUOTED_PRACTICE.finditer(text, rm.end()):
                    codes = self.gazetteer.shorts().get(q.group(1), [])
                    county = self.gazetteer.get(codes[0]) if len(codes) == 1 else None
                    # (not one it studies or spreads, 县委书记谈如何学习“晋江经验”, nor a county of another kind than
                    # the word's, 区委书记…“安吉模式”)
                    if county is not None and county.level == "county" and not _common_word(q.group(1)) \
                            and county.name.endswith(marker) and not STUDIES_BEFORE.search(text, rm.end(), q.start()):
                        practice[county.code] = county
                d = next(iter(practice.values())) if len(practice) == 1 else None
            out.append(Mention(rm.start(), rm.end(), rm.group(0), d, "relative", (d,) if d else ()))
        return out

    def _local_shorts(self, text: str, mentions: list[Mention], source: Division) -> list[Mention]:
        """Short names of the counties of the source's own city or municipality (鲤城, 思明 on a Quanzhou or Xiamen
        site, 静安 on a Shanghai one), which running text elsewhere needs a body word after: at the start of the
        text or of a phrase, or inside running text where it is a word of its own and no everyday word or given name
        (_running_short); only in a text that names no other place."""
        gaz = self.gazetteer
        # (a municipality's districts are its counties: 静安 on a Shanghai or Jing'an site)
        city = source if source.level == "city" or source.is_municipality else \
            gaz.get(source.parent or "") if source.level == "county" else None
        if city is None or not (city.level == "city" or city.is_municipality) or any(
                (m.division is not None and m.division.code not in {city.code, city.parent, NATION_CODE}) or
                (m.division is None and m.candidates) for m in mentions):
            # only where nothing else is named but the city itself (瓯海打造温州…中心 on a Wenzhou site): a named
            # place elsewhere is better evidence (the nation as a scope is none: …——邗江疾控中心开展第30个全国…日…)
            return mentions
        out = list(mentions)
        national = any(m.division is not None and m.division.code == NATION_CODE for m in mentions)
        counties = self._counties.get(city.code)
        if counties is None:
            counties = [(d.short, d) for d in gaz.children(city.code) if d.level == "county" and len(d.short) >= 2
                        and d.short not in COMMON_WORD_SHORTS and d.short != d.name]
            self._counties[city.code] = counties
        words: tuple[set[int], dict[int, str]] | None = None  # the text's words, cut only when a short name needs them
        for short, d in counties:
            s = text.find(short)
            while s >= 0:
                e = s + len(short)
                nxt = text.find(short, e)
                inside = s > 0 and _CJK.match(text[s - 1]) and text[s - 1] not in LOCAL_SHORT_BEFORE \
                    and not (ORG_BEFORE_SHORT.search(text, 0, s) and BRANCH_AFTER_SHORT.match(text, e))
                if inside:
                    # inside running text, a short name the segmenter cuts out as a word of its own (5年后萧山实现…,
                    # 记录仙居城管人…, 推动江津高质量发展): the county, not the tail or head of another word
                    if words is None:
                        words = _word_boundaries(text)
                    inside = not _running_short(text, s, e, *words)
                # (beside the nation as a scope only before a unit of the county's: 邗江疾控中心开展…全国…日, not a
                # county's name inside a national thing's, 复兴号, “长安杯”, 新华时评)
                scoped = national and not LOCAL_UNIT_AFTER.match(text, e)
                if not (any(m.start <= s < m.end or m.start < e <= m.end for m in out) or STREET_FOLLOW.match(text, e)
                        or inside or scoped):
                    out.append(Mention(s, e, short, d, "short", (d,)))
                s = nxt
        return sorted(out, key=lambda m: m.start)

    def _province_shorts(self, text: str, mentions: list[Mention], source: Division) -> list[Mention]:
        """A county of the site's province named by its short name inside running text (…落户江宁滨江 on a Jiangsu
        portal, …将于本周日淮阳举行 on a Henan one): only in a text that names no other place, where the one county of
        the province with that short name is cut out as a word of its own and the word is no common one, nor a
        person's name by jieba's dictionary (_phrase_short, _running_short), and not as a place visited (研究会南安考察);
        a text with 省 or 自治区 in it (全省…推进会淮阳召开) is the province's."""
        if mentions or "省" in text or "自治区" in text:
            # (the province named, 福建省某周在晋江启动, or by a relative word, 全省…推进会淮阳召开: its event, held in
            # a county)
            return mentions
        table = self._below_shorts(source)
        out = list(mentions)
        words: tuple[set[int], dict[int, str]] | None = None
        for k in (3, 2):
            for at in range(len(text) - k + 1):
                word = text[at:at + k]
                hits = table.get(word)
                if not hits or len(hits) != 1 or hits[0].level != "county" \
                        or not (_phrase_short(word) or (_seldom_word(word) and not _name_like(word))) \
                        or STREET_FOLLOW.match(text, at + k) or VISITED_FOLLOW.match(text, at + k) \
                        or any(m.start < at + k and at < m.end for m in out):
                    continue
                if words is None:
                    words = _word_boundaries(text)
                if _running_short(text, at, at + k, *words):
                    out.append(Mention(at, at + k, word, hits[0], "short", (hits[0],)))
        return sorted(out, key=lambda m: m.start)

    def _head_short(self, text: str, mentions: list[Mention], source: Division) -> list[Mention]:
        """A county of the site's province named by its short name alone at the very start of a headline (南丰警方…
        on a Nanchang site, 陵水城乡居民… on a Haikou one, 翔安年底… on a Jinjiang one), or a city whose short name is
        also a word (定西前10个月… on a Gansu site): the provincial and city media's way of naming a place. Taken only
        where one place of that province has the short name, where it is a word of its own there (jieba cuts it off,
        so 富民政策 is no 富民县) and no common word (和平, 平安, 新建). On a city's or county's site, also at the head of
        the headline's later phrases (after a space, a colon or a comma), where the name must be no common noun
        either (_phrase_short)."""
        # (on a national site, 化隆农村春耕备播忙 on the Ministry of Agriculture's: the one county of the country with
        # that short name, under the same checks)
        province = self.gazetteer.nation if source.level == "nation" else (
            self.gazetteer.get(source.province) if source.province else None)
        if province is None:
            return mentions
        table = self._below_shorts(province)
        taken = {m.start for m in mentions}
        line_end = text.find("\n")
        span = min(HEAD_SPAN, line_end if line_end >= 0 else len(text))
        local = source.level in ("city", "county") or source.is_municipality
        # (a later phrase's head, 全力推进“双创双修” 昌江打造…, on a city's or county's site only, in the headline's
        # first line, and a name that is no common noun there: 数字赋能 港口物流… is no 港口区)
        # (the headline's start is read after a year or an edition's number that opens it too: 2018 方城万亩花海旅游节…,
        # 第十九届 盱眙国际龙虾节…, 中国· left out)
        lead = HEADLINE_LEAD.match(text)
        first = lead.end() if lead is not None else 0
        if text.startswith(OPENING_QUOTES, first):
            first += 1  # (a quoted name opening the headline, “拱墅民革党员之家”揭牌: read inside its quote)
        heads = (first, *(p.end() for p in PHRASE_BREAK.finditer(text, first + 1, span))) if local else (first,)
        if not local:
            # (a subtitle after a dash begins a phrase of its own on any site, 以“小家”建“大家”——“拱墅民革党员之家”揭牌;
            # a name only closing the title after it, …新面貌——于都, is read by the closing rule instead)
            # (not a name closing it, nor one after words for a person: 人大代表风采——周宁 is a deputy's name)
            heads = (*heads, *(m.end() for m in SUBTITLE_DASH.finditer(text, first + 1, span)
                               if PERSON_BEFORE_DASH.search(text, 0, m.start()) is None))
        for at in heads:
            if at in taken or at >= len(text) or any(m.start < at < m.end for m in mentions):
                continue
            found = self._short_at(text, at, table, province)
            if isinstance(found, str):  # a common word there
                if at == first:
                    return mentions
                continue
            if found is not None and (at == first or _phrase_short(found.text)) \
                    and (local or at == first or found.end < len(text.rstrip()) - 1):
                mentions = sorted([*mentions, found], key=lambda m: m.start)
                taken.add(at)
        if 0 in taken or first in taken:
            return mentions
        head = HEAD_TOWN_CONGRESS_TAG.match(text) or HEAD_TAG.match(text)
        if head is not None and source.level in ("county", "city"):
            # a township's name without its suffix as the headline's tag (东林：医疗专家请到“家门口” on a Huzhou site,
            # 冶溪：扶贫夜校… on a county's), or before its congress as the tag (劳动人大：… on 乐至县's congress site, read
            # first: the whole tag names no township): the one township of the site's place with that name
            index = self._township_index(source)
            found_towns = {t.code: t for suffix in ("镇", "乡", "街道")
                           if (t := index.get(head.group(1) + suffix)) is not None}
            if len(found_towns) == 1:
                t = next(iter(found_towns.values()))
                return sorted([*mentions, Mention(0, head.end(1), head.group(1), t, "short", (t,))], key=lambda m: m.start)
        return mentions

    def _short_at(self, text: str, at: int, table: dict[str, list[Division]],
                  province: Division) -> Mention | str | None:
        """The one county or city of the province named by its short name at position at, "word" where the text
        there begins with a common word that is such a short name, else None."""
        for k in (4, 3, 2):
            word = text[at:at + k]
            if len(word) < k:
                continue
            end = at + k
            hits = table.get(word, [])
            if word in COMMON_WORD_SHORTS and not hits:
                # (a city whose short name is also a word, 定西 or 白银, needs a body word after it in running text;
                # at the head of a headline on a site of its own province the same checks as a county's decide)
                hits = [d for d in self.gazetteer.children(province.code) if d.level == "city" and d.short == word]
            if len(hits) != 1 or hits[0].level not in ("county", "city") or STREET_FOLLOW.match(text, end) \
                    or (end < len(text) and text[end] in "区县市旗镇乡街村路"):
                continue
            tag, freq = _word_tags().get(word, ("", 0))
            # (a numeral jieba seldom counts is the place: 六枝, 九台, 余干, 万载; not 三台, 二七, 万年)
            if word in HEAD_COMMON_WORDS or (tag in COMMON_WORD_TAGS and not (tag == "m" and freq < SELDOM_NUMERAL)) \
                    or (tag == "nz" and freq >= 1000) \
                    or _cut_first(text[at:end + 6]) != word:
                return "word"
            return Mention(at, end, word, hits[0], "short", (hits[0],))
        return None

    def _below_shorts(self, d: Division) -> dict[str, list[Division]]:
        """The divisions one or two levels below d by short name (a short that is also a common word, or that is
        the whole name, left out), built once per division."""
        table = self._below.get(d.code)
        if table is None:
            gaz = self.gazetteer
            if d.level == "nation":  # every city and county of the country
                below = [x for x in gaz if x.level in ("city", "county")]
            else:
                below = gaz.children(d.code)
                below += [c for b in below if b.level == "city" for c in gaz.children(b.code)]
            table = {}
            for b in below:
                short = b.short
                if len(short) >= 2 and short != b.name and short not in COMMON_WORD_SHORTS:
                    table.setdefault(short, []).append(b)
            self._below[d.code] = table
        return table

    def _chained_shorts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A county named by its short name right after its province's or city's (甘肃民勤, 新疆额敏: the news's
        way of naming a county), or before 分局 after its city (烟台市地税局牟平分局): the one division one or two
        levels below with that short name; a city whose short name is also a word right after its province's short
        name (福建南平); and so on from each one found (福建南平武夷山)."""
        out = list(mentions)
        todo = list(mentions)
        for m in todo:  # (a mention found is appended to todo, and so looked after in turn)
            d = m.division
            if d is None or m.how in ("nation", "relative") or d.level not in ("province", "city"):
                continue
            table = self._below_shorts(d)
            hits: list[Division] = []
            at = m.end
            if m.text != d.name:
                # (any short name right after a short name, as the news writes it, or after the short name as a
                # dateline, 北京：西城五千路侧车位…; after a province's name in full it begins an institution's name,
                # 湖北省襄州戒毒所, and after a city's in full only a county followed by a body or an act is, below)
                sep = CHAIN_SEPARATOR.match(text, m.end)
                if sep is None:
                    hits = [b for k in (2, 3, 4) for b in table.get(text[at:at + k], ())]
                    if not hits and d.level == "province":
                        # (a city whose short name is also a word, right after its province's short name: 福建南平,
                        # 山西大同, 甘肃白银 name the city; not where the word runs on, 广东中山大学, 新疆哈密瓜, 云南普洱茶,
                        # 福建三明治, nor 来宾, as often guests, 广西来宾到我市考察)
                        hits = [b for b in self.gazetteer.children(d.code) if b.level == "city"
                                and b.short in COMMON_WORD_SHORTS and b.short not in GUESTS_WORD
                                and text.startswith(b.short, at) and _cut_first(text[at:at + len(b.short) + 6]) == b.short]
                else:
                    # (after a dateline, a county's or city's short name that is no common word, as at a phrase's head:
                    # 台州：路桥…, 北京：西城…; after a province's, only one jieba counts seldom, as the province's words
                    # follow as often, 安徽：全椒碧根果采摘节开幕 but 新疆：天山雪莲; a word stays a word, 湖北：公安机关…)
                    at = sep.end()
                    found = self._short_at(text, at, table, d)
                    seldom = _rare_word if d.level == "province" and not d.is_municipality else _seldom_word
                    hits = [found.division] if isinstance(found, Mention) and found.division is not None \
                        and seldom(found.text) else []
            elif d.level == "city" or d.is_municipality:
                # (after a city's name in full, a county's short name that begins no longer word: 日喀则市聂拉木完成…,
                # 泉州市石狮地税…, 伊春市嘉荫公安…; a thing or an institution named so is in it, 武汉市武昌医院)
                hits = [b for k in (2, 3, 4) for b in table.get(text[at:at + k], ()) if _after_full_name(text, at, b.short)]
            if not hits and d.level == "city":
                branch = text.find("分局", m.end, m.end + 18)
                if branch > 0:
                    hits = [b for k in (2, 3, 4) if branch - k >= m.end
                            for b in table.get(text[branch - k:branch], ()) if b.level == "county"]
                    at = branch - len(hits[0].short) if len(hits) == 1 else at
            if len(hits) != 1 or any(x.start < at + len(hits[0].short) and at < x.end for x in out):
                continue
            chained = Mention(at, at + len(hits[0].short), hits[0].short, hits[0], "short", (hits[0],))
            out.append(chained)
            todo.append(chained)  # (a county may follow the city so found: 福建南平武夷山)
        return sorted(out, key=lambda x: x.start)

    def find(self, text: str, source_region: Division | str | None = None) -> list[Mention]:
        """All mentions in text, ambiguous names resolved by context, relative words by the source."""
        source = self._source(source_region)
        mentions = self._disambiguate(self.scan(text), source, text)
        if "人大" in text:
            # a short name whose first character is 人大's 大 (望江人大连续5年…: no 大连 there)
            mentions = [m for m in mentions if not (m.start > 0 and text.startswith("人大", m.start - 1)
                                                    and m.how in ("short", "name"))]
        if source is not None and any(m.text in COMMON_WORD_NAMES for m in mentions):
            # a common word that is also some district's whole name, written on a site whose own name ends with it
            # (矿区人大 on 井陉矿区's site, 新区 on 滨海新区's): the site's place, by its name's last word, unless its own
            # city is named right before it (阳泉市城区人大 on any site)
            mentions = [replace(m, division=source, candidates=(source,))
                        if m.text in COMMON_WORD_NAMES and source.name.endswith(m.text) and source.name != m.text
                        and m.division is not None and m.division.code != source.code
                        and not self._after_parent(text, m.start, (m.division.code,)) else m for m in mentions]
        if any(m.weak for m in mentions):
            mentions = [m for m in mentions if not m.weak or self._supported(m, mentions, source, text)]
        if any(m.division is not None and m.division.level in ("province", "city") for m in mentions):
            mentions = self._chained_shorts(text, mentions)
        if source is not None and source.level != "nation":
            # (a county's short name before a zone word, on a site of another province: the zone is named after
            # something else there, a lake or a hill; 东湖高新区 on a Wuhan site is no 东湖区 of Nanchang)
            mentions = [m for m in mentions if not (m.how == "short" and m.division is not None
                                                    and m.division.level == "county" and ZONE_FOLLOW.match(text, m.end)
                                                    and m.division.province != source.province)]
        if source is not None and source.level == "county":
            mentions = self._own_town_shorts(text, mentions, source)
        if source is not None and (source.level in ("city", "county") or source.is_municipality):
            mentions = self._local_shorts(text, mentions, source)
        elif source is not None and source.level == "province":
            mentions = self._province_shorts(text, mentions, source)
        if source is not None:
            mentions = self._head_short(text, mentions, source)
        elif not any(m.start == 0 for m in mentions):
            # a site of no known place: a county's short name at the text's head is read as on a national site (桂平流兰
            # 村村民…, 集美校友总会: the one county of the country with that short name, under the same checks), and
            # only a name jieba holds as no word or a seldom one (not 光明思想网, 天涯论坛, 金台资讯网); before a place
            # or the nation named later too (南康获评“中国实木家居之都”: 南康 is awarded, the title names China)
            mentions = sorted([*mentions, *(m for m in self._head_short(text, mentions, self.gazetteer.nation)
                                            if m not in mentions and _seldom_word(m.text) and not _name_like(m.text)
                                            and not THING_AFTER_SHORT.match(text, m.end))], key=lambda m: m.start)
        if (source is not None and source.province in CUSTOMARY_PREFECTURE_PROVINCES) or any(
                p in text for p in CUSTOMARY_PREFECTURE_PROVINCES.values()):
            mentions = self._customary_prefectures(text, mentions, source)
        if TOWNSHIP_SUFFIX.search(text):
            mentions = self._townships(text, mentions, source)
        elif not mentions and source is not None and source.level in ("province", "city", "county"):
            mentions = self._town_stems(text, mentions, source)
        rel = self._relatives(text, mentions, source)
        return sorted(mentions + rel, key=lambda m: m.start) if rel else mentions

    def _customary_prefectures(self, text: str, mentions: list[Mention], source: Division | None) -> list[Mention]:
        """Autonomous prefectures by the one character and 州 their province's press calls them (巴州各地欢庆…, 克州召开…,
        博州 on a Xinjiang site, or where 新疆 is named): not their short name and 州, which the gazetteer reads. 巴州 is
        also Bazhong's district (巴州区), which a Sichuan site may write alone; so only in the prefecture's province."""
        out = list(mentions)
        for m in CUSTOMARY_PREFECTURE_WORD.finditer(text):
            d = self.gazetteer.get(CUSTOMARY_PREFECTURES[m.group(0)])
            province_named = CUSTOMARY_PREFECTURE_PROVINCES.get(d.province or "") if d is not None else None
            if d is None or not ((source is not None and source.province == d.province)
                                 or (province_named is not None and province_named in text)):
                continue
            # (in place of another division's short name read there: 巴州 as Bazhong's district)
            out = [x for x in out if not (x.start < m.end() and m.start() < x.end and x.how == "short")]
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(Mention(m.start(), m.end(), m.group(0), d, "short", (d,)))
        return sorted(out, key=lambda m: m.start)

    def divisions(self, text: str, source_region: Division | str | None = None) -> list[Division]:
        """Distinct resolved divisions mentioned, in order of first mention."""
        seen: dict[str, Division] = {}
        for m in self.find(text, source_region):
            if m.division is not None:
                seen.setdefault(m.division.code, m.division)
        return list(seen.values())

    def _source(self, source_region: Division | str | None) -> Division | None:
        """A Division for a source region given as Division, code or None."""
        if source_region is None or isinstance(source_region, Division):
            return source_region
        return self.gazetteer.get(source_region)


default_finder = RegionFinder()


def find_regions(text: str, source_region: Division | str | None = None) -> list[Mention]:
    """Mentions in text with the default finder."""
    return default_finder.find(text, source_region)


# -- the publishing site's place --------------------------------------------------------------------------
# Hosts that speak for the nation (the central organs and the national news agencies).
NATIONAL_HOSTS = frozenset({"gov.cn", "npc.gov.cn", "news.cn", "xinhuanet.com", "people.com.cn", "cctv.com",
                            "court.gov.cn", "spp.gov.cn", "ccdi.gov.cn", "cppcc.gov.cn", "flk.npc.gov.cn",
                            "chinanews.com.cn", "chinanews.com", "gmw.cn", "cpcnews.cn", "qstheory.cn",
                            "china.com.cn", "chinacourt.org", "moj.gov.cn", "chinapeace.gov.cn",
                            "rmzxw.com.cn", "legaldaily.com.cn", "cri.cn", "cnr.cn", "ce.cn", "youth.cn",
                            # the central organs' and national unions' papers (检察日报, 人民政协报, 工人日报, 中国青年报)
                            "jcrb.com", "rmzxb.com.cn", "workercn.cn", "cyol.com", "chinadaily.com.cn"})

# The provinces' letters in ISO 3166-2:CN, which 人民网, 新华网 and 中国新闻网 name their province channels by (sn.people.com.cn
# is 陕西's, sx. 山西's, he. 河北's, hb. 湖北's): read on those hosts only, where two provinces' initials alike (sx, hb, hn)
# would leave the channel unread. Other outlets use other letters (央广网's hn.cnr.cn is 河南's, 新华网's 海南 is hq.): there
# a channel is read by initials only where one province has them, or by its full pinyin.
ISO_PROVINCES = {
    "bj": "110000", "tj": "120000", "he": "130000", "sx": "140000", "nm": "150000", "ln": "210000", "jl": "220000",
    "hl": "230000", "sh": "310000", "js": "320000", "zj": "330000", "ah": "340000", "fj": "350000", "jx": "360000",
    "sd": "370000", "ha": "410000", "hb": "420000", "hn": "430000", "gd": "440000", "gx": "450000", "hi": "460000",
    "cq": "500000", "sc": "510000", "gz": "520000", "yn": "530000", "xz": "540000", "sn": "610000", "gs": "620000",
    "qh": "630000", "nx": "640000", "xj": "650000"}
ISO_CHANNEL_HOSTS = frozenset({"people.com.cn", "xinhuanet.com", "news.cn", "chinanews.com.cn", "chinanews.com"})


def _national_host(host: str) -> bool:
    """Whether a host is a national news agency's or central organ's (its province channels: nx.people.com.cn)."""
    host = host.lower()
    return any(host.endswith("." + h) for h in NATIONAL_HOSTS if h != "gov.cn")


# Site names that speak for the nation without a place name.
NATIONAL_SITE = re.compile(r"^(?:中国人大网|中国政府网|中华人民共和国|国务院|全国人大|全国政协|人民网|新华网|新华社|央视|"
                           # a central commission or bureau by its own name (国家发展和改革委员会, 国家统计局), the
                           # central organisation department's 共产党员网
                           r"国家(?!级)|共产党员网|中共中央|"
                           # a ministry by its own name (国土资源部门户网站, 审计署): with no place in the name
                           r"[\u4e00-\u9fff]{2,10}(?:部|署)(?:门户网站|网站|官网)?$|"
                           r"中央|最高人民|中国纪检监察|中国法院网|中国长安网|光明网|光明日报|求是|中国新闻网|中新网|人民日报|"
                           r"人民政协|法治网|法治日报|国际在线|央广|中国经济网|中国青年网|正义网|检察日报|中工网|工人日报|"
                           r"中国日报|中国青年报|中青在线|"
                           # the democratic parties' central committees' own sites (民革中央网站, 九三学社中央)
                           r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央)")
# National commercial portals and papers: no place of their own (凤凰网 is no 凤凰县's) and no national body either (what
# they carry comes from everywhere); their regional channels (凤凰网湖北, 网易大连) are those regions'.
COMMERCIAL_PORTAL = re.compile(r"^(?:凤凰网|凤凰新闻|凤凰卫视|凤凰资讯|中华网|华夏经纬网|环球网|环球时报|海外网|观察者网|参考消息|"
                               r"新浪|搜狐|网易|腾讯网|腾讯新闻|今日头条)")
# Regional media outlets and places known by a name that is no division's (三峡 for 宜昌, 华山 for 渭南, 东南网 for
# Fujian), as a site's name begins with them: general knowledge of the country's media, not of one corpus.
# Read from a site's name only (三峡 in running text is as often the dam or the national company).
SITE_NAME_ALIASES = {
    "三峡": "420500", "华山": "610500", "闽南": "350000", "台海": "350200", "海峡导报": "350200",
    "海峡都市报": "350000", "东南网": "350000", "东南快报": "350000", "红网": "430000", "华声在线": "430000",
    "长江网": "420100", "长江日报": "420100", "大楚网": "420000", "极目新闻": "420000", "读特": "440300",
    "晶报": "440300", "金羊网": "440100", "大洋网": "440100", "南方网": "440000", "南方日报": "440000",
    "南方都市报": "440000", "大众网": "370000", "大众日报": "370000", "半岛都市报": "370200", "大河网": "410000",
    "大河报": "410000", "华龙网": "500000", "东方网": "310000", "新民网": "310000", "新民晚报": "310000",
    "解放日报": "310000", "钱江晚报": "330000", "都市快报": "330100", "新华报业": "320000",
    "扬子晚报": "320000", "现代快报": "320000", "交汇点": "320000", "千龙网": "110000", "北青网": "110000",
    "北京青年报": "110000", "津云": "120000", "北方网": "120000", "长城网": "130000", "燕赵都市报": "130000",
    "黄河新闻网": "140000", "正北方网": "150000", "北国网": "210000", "东北网": "230000", "大江网": "360000",
    "中安在线": "340000", "大皖": "340000", "南海网": "460000", "华商网": "610000", "华商报": "610000",
    "西部网": "610000", "华西都市报": "510000", "封面新闻": "510000", "红星新闻": "510100", "天山网": "650000",
    "舜网": "370100", "齐鲁网": "370000", "胶东在线": "370600", "映象网": "410000", "新蓝网": "330000",
    "荆楚网": "420000", "楚天都市报": "420000", "东楚网": "420200", "潇湘晨报": "430000", "海西晨报": "350200",
    "中原网": "410100", "湄洲日报": "350300", "闽东日报": "350900", "闽北日报": "350700", "闽西日报": "350800",
    # (outlets whose names begin with another place's name: 新安晚报 is Anhui's, not 新安县's; 东方今报 Henan's, not
    # 东方市's; 江南都市报 Jiangxi's, not 南宁江南区's)
    "新安晚报": "340000", "东方今报": "410000", "江南都市报": "360000", "九派新闻": "420000", "长江云": "420000",
    "汉网": "420100", "新京报": "110000", "京报网": "110000", "今晚报": "120000", "南方+": "440000", "奥一网": "440000",
    "新快报": "440100", "南国早报": "450000", "南国都市报": "460000", "都市时报": "530100", "生活报": "230000",
    "新文化报": "220000", "辽沈晚报": "210000", "东北新闻网": "210000", "半岛晨报": "210200", "新华日报": "320000",
    "荔枝网": "320000", "金陵晚报": "320100", "文汇报": "310000", "看看新闻": "310000", "上观新闻": "310000",
    "潮新闻": "330000", "天目新闻": "330000", "中国蓝新闻": "330000", "信息日报": "360000", "大象新闻": "410000",
    "顶端新闻": "410000", "新黄河": "370000", "闪电新闻": "370000", "海报新闻": "370000", "上游新闻": "500000",
    "川观新闻": "510000", "星辰在线": "430100", "海峡网": "350000",
    # (the news apps and sites of provincial and city papers and broadcasters named by a brand: 青岛日报's 观海新闻,
    # 成都日报's 锦观, 广州日报's 新花城, 苏州日报's 引力播, 都市快报's 橙柿互动, 南京日报's 紫金山新闻, 扬子晚报's 紫牛…)
    "观海新闻": "370200", "西江日报": "441200", "锦观": "510100", "东南早报": "350500", "新花城": "440100",
    "引力播": "320500", "橙柿互动": "330100", "紫金山新闻": "320100", "紫牛新闻": "320000", "天眼新闻": "520000",
    "奔流新闻": "620000", "石榴云": "650000", "亚心网": "650000", "极光新闻": "230000", "新晚报": "230100",
    # (papers named by a region's old name or a province's epithet: 皖西 is 六安, 赣南 赣州, 三秦 陕西, 三湘 湖南, 齐鲁
    # 山东, 燕赵 河北, 楚天 湖北, 羊城晚报 广东's provincial evening paper, 西海 青海, 江淮晨报 合肥's, 皖江晚报 芜湖's,
    # 淮海晚报 淮安's, 南湖晚报 嘉兴's; 湘声报 湖南's CPPCC paper)
    "皖西": "341500", "赣南": "360700", "三秦都市报": "610000", "三湘都市报": "430000", "齐鲁晚报": "370000",
    "燕赵晚报": "130000", "楚天金报": "420000", "羊城晚报": "440000", "西海都市报": "630000", "江淮晨报": "340100",
    "皖江晚报": "340200", "淮海晚报": "320800", "南湖晚报": "330400", "湘声报": "430000",
}
_SITE_ALIAS = re.compile("|".join(map(re.escape, sorted(SITE_NAME_ALIASES, key=len, reverse=True))))
# Domestic-news channels of a local portal (/gnnews/, /news/china/): what they carry is national news, so the
# portal's own place is no evidence of the actor's.
NATIONAL_CHANNEL = frozenset({"gnnews", "gnxw", "guonei", "gn", "domestic", "china", "guoneixinwen", "gnyw"})
# Host labels that name no place: generic words and the bodies added to a place's pinyin (jnrd = 济南 + 人大).
_HOST_GENERIC = frozenset({"www", "gov", "cn", "com", "org", "net", "edu", "en", "m", "wap", "news", "web", "site",
                           "portal", "home", "zwgk", "xxgk", "czt", "fzb", "sft", "npc",
                           # (a forum's host, bbs.tianya.cn, is no 蚌埠's by its initials)
                           "bbs"})
_HOST_BODY_AFFIXES = ("renda", "rd", "rdcwh", "spc", "ppc", "zhengxie", "zx", "fy", "court", "jcy", "jw", "dj", "news", "gov",
                      "ww", "rmzf", "zf", "szf", "xw", "daily", "ribao", "rb", "tv", "cn", "www")
# Party and mass bodies' and papers' words after a place's pinyin or initials, at a label's end only (党史委, 文明网,
# 统战部, 共青团, 晚报社: aqdsw.cn, masyouth.cn, fytzb.gov.cn, ptwbs.net); a two-letter place left is read only when one
# province or city alone has it (xztz is 徐州's or 西藏's: neither)
_HOST_BODY_SUFFIXES = ("dsw", "dsyjs", "wmw", "swmw", "tzb", "tz", "youth", "wbs")
# Words after a place's whole pinyin only, never after initials (nanhaitoday 珠江时报 is 南海's, hubeitoday 湖北's;
# mztoday is 绵竹's, whose mz would read as 梅州)
_HOST_NAME_SUFFIXES = ("today",)
# (not a bare wb: many evening papers are named after no place, and their initials then read as one, xmwb 新民晚报 as
# 厦门, qjwb 钱江晚报 as 曲靖)
# Readings of characters and names in place names that pypinyin's dictionary gets wrong (it reads 长治 zhangzhi,
# 漯河 tahe, 郫都 pidou, 朝阳 zhaoyang): a site's host spells the place as its people say it (changzhi.gov.cn,
# luohe.gov.cn), so the index of hosts must too. Characters read one way in the divisions' names (长 is chang but in
# 长子县, zhangzi; 都 du, 朝 chao, 漯 luo, 蚌 beng in all of them); names read against their characters' usual sound.
PLACE_CHAR_READINGS = {"长": "chang", "都": "du", "朝": "chao", "漯": "luo", "蚌": "beng"}
PLACE_NAME_READINGS = {"单县": ("shan", "xian"), "涡阳": ("guo", "yang"), "洪洞": ("hong", "tong"),
                       "民乐": ("min", "le"), "南乐": ("nan", "le"), "阿图什": ("a", "tu", "shi"),
                       "长子": ("zhang", "zi")}
# A word sites of a place call themselves by after the place's short name (顺德城市网, 武清信息网, 广德传媒网, 邹城外宣网); the media
# words _site_short stops before (新闻, 人大, 发布 …) need not be here.
_SITE_WORD = re.compile(r"城市|信息|先锋|热线|视窗|生活|政务|党建|便民|百姓|传媒|广电|外宣")
# A site named by a place's short name and a media or body word (鲤城新闻网, 某某发布): a county's short
# name, which needs a body word after it in running text, is safe here.
_SITE_SHORT_WORDS = (r"(?:新闻网|新闻|融媒体?|发布|在线|之窗|日报|晚报|[\u4e00-\u9fff]{0,2}报|电视台|广播电视台|网|"
                     # (a place's own publicity account, 阜城宣传; not 论坛, 头条: 天涯论坛 and 凤凰头条 are national outlets)
                     r"人大|政协|宣传)")
_SITE_SHORT_LAZY = re.compile(r"^([\u4e00-\u9fff]{2,4}?)" + _SITE_SHORT_WORDS)
_SITE_SHORT_AT = {k: re.compile(r"^([\u4e00-\u9fff]{" + str(k) + "})" + _SITE_SHORT_WORDS) for k in (4, 3, 2)}
# A site named by a media word alone after a short several places share (中山日报, 黄山日报, 吉安晚报: the city, not the
# district or county of the same name, whose own media say 区 or 县), read when the host names no place.
_SITE_MEDIA_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:日报|晚报|晨报|都市报|新闻网|新闻|融媒体?|电视台|广播电视台|在线|之窗)$")
# A school's or hospital's own name after a place's short name (南安国光中学, 晋江市医院…), and a university's branch in
# another city after the university's name (四川大学华西厦门医院, 某大学厦门校区).
_SCHOOL_SHORT = re.compile(r"^[\u4e00-\u9fff]{2,10}?(中学|小学|学校|医院|幼儿园|党校|图书馆|博物馆|文化馆|档案馆)$")
# A place's institutions named by the place's short name (顺德图书馆, 龙泉青瓷博物馆, 石狮城市档案馆), not a landmark's
# whose name only begins with it (金沙遗址博物馆 is 成都's, 汉阳陵博物馆 西安's, 盘龙城遗址博物馆 武汉's, 铜官窑 长沙's).
_PLACE_INSTITUTIONS = frozenset({"图书馆", "博物馆", "文化馆", "档案馆"})
_LANDMARK_WORD = re.compile(r"陵|关|遗址|窑|渠|墓|祠|城(?!市)")
# A site named by a place's short name, a line of work and a site word (舒城教育信息网, 某某文明网, 某某党建网).
_SITE_TOPIC = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:教育|文明|党建|政务|法院|检察|公安|交通|卫生|卫健|旅游|文旅|文化|"
                         r"体育|科技|农业|林业|水利|环保|气象|税务|工会|妇联|团委|统战|组工|纪检|廉政|老干部|人社|就业|"
                         r"医保|民政|残联|史志|档案|住建|招商|投资|消防|应急|审计|统计|国资|商务|司法|普法|"
                         r"政法|长安|平安|法治|党史|党校|编办|信访){1,2}"
                         r"(?:信息|资讯|服务|公众)?(?:网|在线|之窗|门户网?)$")
# A democratic party's or people's organisation's committee of a place named by the place's short name (三明民盟,
# 某某侨联网): that place, when only one has the short.
_SITE_ORG = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:民盟|民进|民建|民革|致公党?|九三学社|农工党|台盟|侨联|科协|文联|残联|工商联|"
                       r"总工会|妇联|团委|共青团)(?:网|在线|之窗|门户网?)?$")
# A site's other name in brackets after its own (洞口人（洞口融媒）, 清徐(醋都网数字报)): read when its own names no place.
_SITE_BRACKET = re.compile(r"^([^（(]{2,24})[（(]([^）)]{2,24})[）)]$")
# A city site's column of its counties' news, by its initials (县乡人大, 县区人大, 区县人大, 基层人大, 区县动态, 县区动态, 县市区
# 动态, 区县新闻): the segment after it names a county by its initials.
COUNTIES_COLUMN = frozenset({"xxrd", "xqrd", "qxrd", "jcrd", "xsqrd", "qxdt", "xqdt", "xsqdt", "qxxw", "xqxw"})
# A column's own sub-channels by their initials (要闻, 视频, 图片, 新闻, 动态, 公告, 专题): no county, whatever county has
# those initials (义乌 yw, 双牌 sp); kept short, as other initials are as often a county's (晋江 jj, 花都 hd, 通州 tz).
CHANNEL_INITIALS = frozenset({"yw", "sp", "tp", "xw", "dt", "gg", "zt", "tpxw", "gzdt", "ywdt", "xxgk", "zwgk"})
# Channel words of a portal's URL paths that spell a county's name in full pinyin (动态 东台, 公安 公安县, 新华 新华区,
# 平安 平安区, 同心, 商城, 和平, 新兴, 光明, 城区, 郊区): no county channel
CHANNEL_WORDS = frozenset({"dongtai", "gongan", "xinhua", "pingan", "tongxin", "shangcheng", "heping", "xinxing",
                           "guangming", "chengqu", "jiaoqu"})
# A site's brand joined to its fuller name by a dash or a bar (西e网—白银新闻网, 掌上XX | 某某融媒): each part a name
_SITE_JOINED = re.compile(r"^([^—－\-|｜丨]{2,24}?)\s*(?:—+|－|-|\||｜|丨)\s*([^—－\-|｜丨]{2,24})$")
# A province's own institution named after it (湖北省人民医院, 河南省文物考古研究院, 海南省博物馆), or a national paper's or
# agency's bureau for it (光明日报辽宁记者站, 新华社湖北分社): a public institution,
# no authority of the province, seated in its capital (GB/T 2260 gives the capital the province's first city code, xx01);
# not its archives (档案馆, one body with the province's archives bureau)
PROVINCIAL_INSTITUTION = re.compile(r"(?:省|自治区)?[\u4e00-\u9fff]{0,8}?(?:医院|博物馆|图书馆|美术馆|纪念馆|科技馆|文化馆|"
                                    r"大剧院|研究院|研究所|科学院|[农林医社]科院|设计院|保健院|疾病预防控制中心|疾控中心|血液中心|记者站|分社|"
                                    r"社会主义学院)"
                                    # (not a kind of them or a word after them: 研究院所, 医院协会, 医院管理)
                                    r"(?![所等和与及、]|协会|学会|管理|改革|建设|工作|联盟)")
# (words that name a body of the province's, not an institution's name: 省卫健委医院管理处 is the commission's; and a verb
# or a joining word, 湖北省召开医院工作会议, 湖北省与某医院…: the province acting)
PROVINCIAL_BODY_INSIDE = re.compile(r"人大|政府|政协|委|厅|局|办|党|法院|检察|召开|举行|举办|开展|部署|印发|出台|发布|组织|推进|"
                                    r"启动|全省|[的在与和及、]|"
                                    # (nor a kind, a number or a place below: 三甲医院, 定点医院, 公立医院, 每个县…县医院,
                                    # 中小学图书馆, 新建三家儿童医院: the province's institutions of a kind, not one)
                                    r"\d|[一二两三四五六七八九十百千几多]+[家所个座级甲]|定点|公立|民营|私立|公办|基层|社区|"
                                    r"中小学|高校|每|各|所有|新建|首|全部|部分|重点|示范|县|乡|镇|村|城市|这|该|一批")


# A province's own company, named with the province's level word (安徽省交通控股集团, 福建省能源集团): the province's
# state company, seated in its capital; a company named by the province's name alone is anyone's (福建恒安集团 is in
# 晋江, 江苏沙钢集团 in 张家港), left to the rules.
PROVINCIAL_COMPANY = re.compile(r"[\u4e00-\u9fff]{1,8}?集团(?:有限公司|股份有限公司)?")


def place_syllables(name: str) -> list[str]:
    """A name's pinyin syllables as a host would spell them (长治: chang, zhi); [] without pypinyin."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return []
    syllables = list(lazy_pinyin(name))
    if len(syllables) == len(name):  # (one syllable a character: Chinese only, as every division's name is)
        for k, ch in enumerate(name):
            if ch in PLACE_CHAR_READINGS:
                syllables[k] = PLACE_CHAR_READINGS[ch]
        for word, reading in PLACE_NAME_READINGS.items():
            at = name.find(word)
            if at >= 0:
                syllables[at:at + len(word)] = reading
    return syllables


def _pinyin_key(d: Division) -> str:
    """The form of a division's name a host spells: its short name, or its whole name where the short is one character."""
    return d.short if len(d.short) >= 2 else d.name


def place_pinyin(name: str, initials: bool = False) -> str:
    """A place's name in pinyin as a host would spell it, whole or by initials (长治: changzhi, cz); "" without
    pypinyin."""
    syllables = place_syllables(name)
    return "".join(x[:1] for x in syllables) if initials else "".join(syllables)


@functools.cache
def pinyin_available() -> bool:
    """Whether pypinyin is installed: without it hosts are not read; names and text still are (asked once a site is
    placed by its host, so answered once)."""
    return bool(place_syllables("中"))


def _site_short(name: str, shorts: dict[str, list[str]]) -> re.Match[str] | None:
    """A place's short name before a media or body word at the start of a site's name: the longest that is one of
    shorts (攀枝花日报 is 攀枝花's, though 花日报 could end it; 九龙坡报 九龙坡's, not 九龙's), else the shortest before
    such a word."""
    for k in (4, 3, 2):
        m = _SITE_SHORT_AT[k].match(name)
        if m is not None and m.group(1) in shorts:
            return m
    return _SITE_SHORT_LAZY.match(name)


# A province's own school named on its own site, which the Ministry's list does not hold or not under this name (湖北开放
# 大学, 福建商业高等专科学校教务处): seated in the capital as its hospitals are. Only a site's own name: in running text
# 省职业学校, 省普通高等学校 and 省大学生运动会 are kinds of school and events, and a 技师学院 or 技工学校 (not higher
# education) is often seated elsewhere.
PROVINCIAL_SCHOOL_SITE = re.compile(r"(?:省|自治区)?[\u4e00-\u9fff]{1,8}?(?<!技师)(?<!技工)(?<!职业)(?<!中职)(?<!中等职业)"
                                    r"(?<!高等)(?<!普通)(?<!特殊教育)(?:大学|学院|学校)")


def provincial_institution_at(text: str, start: int) -> re.Match[str] | None:
    """A province's institution named on from start, right after the province (湖北省|人民医院), unless the words between
    name one of the province's bodies, an act of its own or a kind of institution (PROVINCIAL_BODY_INSIDE); or its
    company, right after the province's name with its level word (安徽省|交通控股集团)."""
    m = PROVINCIAL_INSTITUTION.match(text, start)
    if m is None and text.endswith(("省", "自治区"), 0, start):
        m = PROVINCIAL_COMPANY.match(text, start)
    return None if m is None or PROVINCIAL_BODY_INSIDE.search(text, start, m.end()) else m


# A prefecture's organ or level word right after a short name (阿克苏地委, 喀什行署, 某某地区, 某某州委): the prefecture.
PREFECTURE_ORGAN = re.compile(r"地委|行署|地区|州|盟")
# A host or brand in Latin letters in brackets at the end of a site's name (某某网（cqliving）, 某报(xxx.com)).
_LATIN_TAG = re.compile(r"\s*[（(][A-Za-z0-9][A-Za-z0-9.\-_/: ]*[)）]$")
# A number a site's brand begins with before the place it serves (52福清网, 0595泉州…): no place of its own.
_NUMBER_LEAD = re.compile(r"^\d{1,4}(?=[\u4e00-\u9fff]{2})")
# A channel's word in a site's name (大足新闻频道, 某某融媒, 某某分站).
_CHANNEL_WORD = re.compile(r"频道|融媒|分站|分网")
# A paper's local edition at the end of its site's name (嘉兴日报平湖版, 某日报某某专版): the place it is for.
_EDITION_END = re.compile(r"(?:专版|版)$")
# An institution's office or organisation after its name on a site's name (某医院党委, 某院工会, 某馆新闻网).
_INSTITUTION_OFFICE = re.compile(r"(?:党委|党总支|工会|团委|共青团|纪委|统战部|宣传部|办公室|教务处|学生处)?(?:新闻网|网站|官网)?")
# A company's branch by a place's short name after the company's name, ending the site's name (某集团上虞公司, 某银行
# 某某分行, 某保险某某中心支公司).
_COMPANY_BRANCH_SITE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:集团|公司|银行|保险)(?:有限公司)?(?P<short>[\u4e00-\u9fff]{2,3}?)"
                                  r"(?:分公司|子公司|公司|分行|支行|中心支公司|营业部|分局)")
# (not a business line or a company's own region that shares a district's short name, 东区分公司, 路桥公司; a district's
# name that is no business word, 江北, 城中, 市中, stays a place)
_BUSINESS_LINE_WORDS = frozenset({"东区", "西区", "南区", "北区", "中区", "城区", "路桥", "矿区", "郊区", "新区", "开发",
                                  "高新", "海港", "港口", "铁路", "石化", "建设", "工程", "物流", "能源"})
# A university's hospital, campus or institute in another city after the university's name (四川大学华西厦门医院).
BRANCH_SITE = re.compile(r"(?:医院|分院|校区|研究院)")
# ... and a college it runs in another city, by the city's name (某师范大学杭州幼儿师范学院, 某大学宁波理工学院, 某大学威海
# 分校): a city's, a province's or a county-level city's (_college_city), as colleges named by a motto or a landscape word
# (浦江学院, 太湖学院, 东昌学院) share it with some district or county elsewhere
BRANCH_COLLEGE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:学院|分校)")
# A mainland long-distance dialling code inside a host label (0595news, sun0769, v0375): local portals spell their city
# so. 010 and 02x are three digits, every other code four (0228 is no code: 022 is Tianjin and nothing follows a
# three-digit code), so a digit run of any other length is no code.
_AREA_CODE = re.compile(r"(?<!\d)(0(?:10|2\d|[3-9]\d\d))(?!\d)")
SITE_NAME_CONF = 0.9
SITE_HOST_CONF = 0.75
SITE_BODY_CONF = 0.4


@dataclass(frozen=True, slots=True)
class SiteRegion:
    """Where a publishing site belongs: its division (None = unknown), how that was known, how sure."""

    division: Division | None
    how: str  # configured | name | host | body | national | unknown
    confidence: float
    evidence: str = ""


OUTSIDE_MAINLAND_TLDS = frozenset({"hk", "mo", "tw"})
# Hong Kong's, Macao's and Taiwan's own outlets on hosts of no such domain (.com, .net, .mg; Macao Daily's app on .cn):
# their press, whose bare 人大 or 政协 is the mainland's national one and whose 港区… are their own members
OUTSIDE_MAINLAND_OUTLETS = frozenset({
    # Hong Kong
    "hk01.com", "stheadline.com", "singtao.com", "wenweipo.com", "takungpao.com", "hkcd.com", "mingpao.com", "on.cc",
    "hkej.com", "hket.com", "now.com", "i-cable.com", "tvb.com", "bastillepost.com", "dotdotnews.com", "crntt.com",
    # Macao
    "macaodaily.com", "modaily.cn", "cyberctm.com", "exmoo.com", "aamacau.com", "macaucabletv.com", "vakiodaily.com",
    "jornalsisi.com", "sengpou.com",
    # Taiwan
    "udn.com", "chinatimes.com", "ettoday.net", "setn.com", "storm.mg", "mirrormedia.mg", "ctwant.com", "nownews.com",
})


def outside_mainland_host(host: str) -> bool:
    """Whether a host is Hong Kong's, Macao's or Taiwan's: by its country domain or as one of their outlets."""
    host = (host or "").lower().rstrip(".")
    if not host:
        return False
    if host.rsplit(".", 1)[-1] in OUTSIDE_MAINLAND_TLDS:
        return True
    return ".".join(host.split(".")[-2:]) in OUTSIDE_MAINLAND_OUTLETS  # (the outlet's own domain, any subdomain)


# The central government's offices in Hong Kong and Macao, on hosts there (fmcoprc.gov.hk, locpg.hk)
CENTRAL_OFFICE_THERE = re.compile(r"^(?:中华人民共和国|中央人民政府|中国人民解放军)|驻香港|驻澳门|驻港|驻澳|特派员公署|联络办公室|中联办")
# A Hong Kong, Macao or Taiwan site by its name (香港卫视, 澳門日報, 台灣醒報, 金門縣政府: 金门 and 马祖 are Taiwan's
# though the division table lists 金门县 under 泉州), whatever its host
OUTSIDE_MAINLAND_NAME = re.compile(r"^(?:香港|澳[门門]|台[湾灣]|臺灣|金[门門](?![^县縣]{0,3}(?:同胞|乡亲|联谊))|[马馬]祖)")
# Other countries by the names Chinese text gives them (continents: OVERSEAS_NAME).
FOREIGN_COUNTRY = (r"(?:日本|美国|韩国|英国|法国|德国|俄罗斯|意大利|加拿大|澳大利亚|新西兰|新加坡|泰国|越南|马来西亚|印度尼西亚|"
                   r"印尼|印度|菲律宾|巴基斯坦|以色列|荷兰|瑞士|瑞典|挪威|丹麦|芬兰|西班牙|葡萄牙|波兰|匈牙利|捷克|奥地利|比利时|"
                   r"爱尔兰|希腊|土耳其|埃及|南非|巴西|阿根廷|墨西哥|智利|秘鲁|古巴|朝鲜(?!族)|伊朗|沙特|阿联酋|柬埔寨|老挝|缅甸|"
                   r"蒙古(?!族)|哈萨克斯坦|乌兹别克斯坦|尼泊尔|斯里兰卡|孟加拉国|欧盟|"
                   # (more of the countries the news names; not those that are also places or words of China: 黑山,
                   # 巴林, 苏丹, 多哥, 马里)
                   r"乌干达|肯尼亚|埃塞俄比亚|尼日利亚|坦桑尼亚|赞比亚|津巴布韦|安哥拉|莫桑比克|加纳|喀麦隆|塞内加尔|摩洛哥|"
                   r"阿尔及利亚|突尼斯|刚果|卢旺达|马达加斯加|纳米比亚|博茨瓦纳|吉布提|毛里求斯|塞舌尔|利比亚|赤道几内亚|"
                   r"科特迪瓦|塞拉利昂|利比里亚|伊拉克|叙利亚|约旦|黎巴嫩|科威特|卡塔尔|也门|阿富汗|吉尔吉斯斯坦|塔吉克斯坦|"
                   r"土库曼斯坦|阿塞拜疆|格鲁吉亚|亚美尼亚|乌克兰|白俄罗斯|罗马尼亚|保加利亚|塞尔维亚|克罗地亚|斯洛文尼亚|"
                   r"斯洛伐克|立陶宛|拉脱维亚|爱沙尼亚|冰岛|卢森堡|马耳他|塞浦路斯|文莱|东帝汶|马尔代夫|斐济|巴布亚新几内亚|"
                   r"哥伦比亚|委内瑞拉|厄瓜多尔|玻利维亚|巴拉圭|乌拉圭|哥斯达黎加|巴拿马|尼加拉瓜|萨尔瓦多|洪都拉斯|危地马拉|"
                   r"牙买加)")
# An overseas site by its name (澳洲中国和平统一促进会, 欧洲时报, 旅美…): Chinese of another country, whose 中国 in the
# name is no national body and whose host's letters name no place of China
OVERSEAS_NAME = re.compile(r"^(?:" + FOREIGN_COUNTRY + r"|澳洲|欧洲|北美|南美|非洲|全美|全欧|旅[美日欧英法德加澳])")


def provincial_seat(gazetteer: Gazetteer, province: Division) -> Division:
    """Where a province's own institutions sit: its capital, the first city of its code (xx0100 in GB/T 2260), or the
    municipality itself."""
    return province if province.is_municipality else gazetteer.get(province.code[:2] + "0100") or province


class SiteLocator:
    """Infer a site's region from its name, its host (place names in pinyin) and its text.

    The host index is derived from the division names alone (full pinyin and initials of each
    province, city and county short name), so it holds for any home, not for a list of known sites.
    """

    def __init__(self, finder: RegionFinder | None = None) -> None:
        """Create a locator over a region finder; the pinyin index is built on first host lookup."""
        self.finder = finder or default_finder
        self.gazetteer = self.finder.gazetteer
        self._full: dict[str, list[Division]] | None = None
        self._initials: dict[str, list[Division]] = {}
        self._seen: dict[tuple[str, str], tuple[Division | None, str]] = {}  # (name, host) -> answer
        self._outlets: dict[str, str] | None = None  # the outlets table, read when a site is first placed
        self._area_codes: dict[str, Division | None] = {}  # dialling code -> its place, read once
        self.institutions = default_institutions if self.gazetteer is default_gazetteer \
            else Institutions(gazetteer=self.gazetteer)

    def _index(self) -> dict[str, list[Division]]:
        if self._full is not None:
            return self._full
        full: dict[str, list[Division]] = {}
        initials: dict[str, list[Division]] = {}
        if not pinyin_available():  # without pypinyin, hosts are not read; names and text still are
            self._full, self._initials = full, initials
            return full
        for d in self.gazetteer:
            if d.level not in ("province", "city", "county"):
                continue
            short = _pinyin_key(d)
            full.setdefault(place_pinyin(short), []).append(d)
            for form in {short, d.name}:  # 铜陵 -> tl, 铜陵市 -> tls
                initials.setdefault(place_pinyin(form, initials=True), []).append(d)
        self._full, self._initials = full, initials
        return full

    @staticmethod
    def _pick(cands: list[Division]) -> Division | None:
        """The one candidate at the highest level present (None when that level has several)."""
        if not cands:
            return None
        top = min(LEVEL_RANK[c.level] for c in cands)
        at = [c for c in cands if LEVEL_RANK[c.level] == top]
        return at[0] if len(at) == 1 else None

    def from_host(self, host: str) -> Division | None:
        """A division named by a host label in pinyin (hangzhou.gov.cn, sdrd.gov.cn), or None."""
        host = (host or "").lower().rstrip(".").removeprefix("www.")
        if not host or host.rsplit(".", 1)[-1] in OUTSIDE_MAINLAND_TLDS:
            # (a Hong Kong, Macao or Taiwan host's labels are no mainland pinyin: sc.news.gov.hk is no 四川)
            return None
        full = self._index()
        national = next((h for h in NATIONAL_HOSTS if host == h or (host.endswith("." + h) and h != "gov.cn")), None)
        if national is not None:
            sub = host[: -len(national)].rstrip(".").split(".")[-1] if host != national else ""
            iso = self.gazetteer.get(ISO_PROVINCES[sub]) if sub in ISO_PROVINCES and national in ISO_CHANNEL_HOSTS \
                else None
            local = iso or self._pick([c for c in self._initials.get(sub, []) + full.get(sub, [])
                                       if c.level == "province"])
            return local or self.gazetteer.nation  # fj.people.com.cn: the Fujian channel
        found: list[Division] = []
        ambiguous: list[list[Division]] = []  # initials several places share, read below against the other labels
        by_initials: list[tuple[Division, str]] = []  # places read from a label's initials, with the initials
        labels = host.split(".")
        for label in labels[:-1]:
            if not label.isalpha() and not all(x.isdigit() for x in labels):  # (an IP address names no place)
                coded = self._area_code_division(label)
                if coded is not None:
                    found.append(coded)
            if label in _HOST_GENERIC or not label.isalpha():
                continue
            stems = {label}
            for affix in _HOST_BODY_AFFIXES:
                if label.endswith(affix) and len(label) > len(affix) + 1:
                    stems.add(label[: -len(affix)])
                if label.startswith(affix) and len(label) > len(affix) + 1:
                    stems.add(label[len(affix):])
            strict = set()
            for affix in _HOST_BODY_SUFFIXES:
                if label.endswith(affix) and len(label) > len(affix) + 1 and label[: -len(affix)] not in stems:
                    stems.add(label[: -len(affix)])
                    strict.add(label[: -len(affix)])
            named = next((self._pick(full.get(label[: -len(affix)], [])) for affix in _HOST_NAME_SUFFIXES
                          if label.endswith(affix) and len(label) > len(affix) + 3), None)
            if named is not None:
                found.append(named)
                continue
            for stem in sorted(stems, key=len, reverse=True):
                if stem in strict and len(stem) == 2:
                    only = [c for c in self._initials.get(stem, []) if c.level in ("province", "city")]
                    if len(only) == 1:
                        found.append(only[0])
                        by_initials.append((only[0], stem))
                        break
                    continue
                d = self._pick(full.get(stem, [])) or self._province_prefixed(stem)
                if d is None and 2 <= len(stem) <= 4:
                    # initials (sd, zj): only a province or a unique city, never a guess among many; a bare
                    # two-letter label is a city's only beside a body word (xmrd), for alone it is as often
                    # anything else (cs.com.cn 中证网, zh.hk01.com, hkstv 香港卫视)
                    bare = stem == label and len(stem) == 2
                    cands = [c for c in self._initials.get(stem, [])
                             if c.level != "county" and not (bare and c.level == "city")]
                    d = self._pick(cands)
                    if d is not None:
                        by_initials.append((d, stem))
                    if d is None and len(cands) > 1 and stem != label:
                        # (all places with these initials, counties too: yzfy is 扬州's or 扬中's court, not read)
                        ambiguous.append(self._initials.get(stem, []))
                if d is not None:
                    found.append(d)
                    break
        for d, stem in by_initials:
            # initials that another label's place, spelled out, also has (jysjw.jiangyin.gov.cn: jy of 江阴's 市纪委, not
            # 揭阳 or 济源): that place's
            if any(f is not d and f in self._initials.get(stem, []) for f in found):
                found.remove(d)
        if not found:
            return None
        for cands in ambiguous:
            # initials several places share before a body's word, one of them inside the place another label names
            # (hbsrd.henanrd.gov.cn: hbs is 鹤壁市, 淮北市, 河北省 and 湖北省, and only 鹤壁 is in 河南): that one; a label
            # with no body's word (sys.hubei.gov.cn) is read as before
            inside = [c for c in cands if any(a.code == f.code for f in found for a in self.gazetteer.ancestors_of(c))]
            if any(c.code == f.code for c in cands for f in found):
                continue  # the initials are the named place's own (hnrb at hunantoday: 湖南日报, no county of 湖南)
            if len(inside) == 1:
                found.append(inside[0])
        # the most specific division of a nested chain (rd.jinan.shandong -> 济南)
        found.sort(key=lambda d: LEVEL_RANK[d.level], reverse=True)
        best = found[0]
        if all(f.code == best.code or any(a.code == f.code for a in self.gazetteer.ancestors_of(best))
               for f in found):
            return best
        return None

    def _area_code_division(self, label: str) -> Division | None:
        """The city (or, for a code several cities share, their province) a dialling code in a host label names, read
        from libphonenumber's geocoding data; None when the label holds no mainland code."""
        match = _AREA_CODE.search(label)
        if match is None:
            return None
        try:
            import phonenumbers
            from phonenumbers import geocoder
        except ImportError:  # without phonenumbers, dialling codes are not read; letters still are
            return None
        code = match.group(1)[1:]
        if code in self._area_codes:
            return self._area_codes[code]
        self._area_codes[code] = found = self._area_code_place(code, phonenumbers, geocoder)
        return found

    def _area_code_place(self, code: str, phonenumbers: Any, geocoder: Any) -> Division | None:
        """The place libphonenumber describes a mainland dialling code (without its 0) by, read against the gazetteer."""
        for local in ("2345678", "23456789", "5345678", "55345678", "8345678", "88345678"):
            number = phonenumbers.parse("+86" + code + local)
            if phonenumbers.is_valid_number(number):
                description = geocoder.description_for_number(number, "zh")
                if description:
                    break
        else:
            return None
        first, *others = description.split("、")  # 贵州省贵阳市、遵义市、安顺市: one code for several places
        try:
            place = self.gazetteer.resolve(first)
        except UsageError:
            return None
        if place.level not in ("province", "city", "county"):
            return None  # (0800, 0400: numbers libphonenumber places in 中国 alone name no place)
        province = next((a for a in self.gazetteer.ancestors_of(place) if a.level == "province"), place)
        for other in others:
            try:
                more = self.gazetteer.resolve(province.name + other)
            except UsageError:
                continue  # a city since merged into another (顺德市, now 佛山's district) adds nothing
            # the places' lowest common division (0433: 延边州、珲春市、延吉市 -> 延边州; 0851 -> 贵州省)
            chain = [more, *self.gazetteer.ancestors_of(more)]
            place = next((a for a in [place, *self.gazetteer.ancestors_of(place)] if any(c.code == a.code for c in chain)),
                         province)
        return place if place.level != "nation" else None

    def _path_places(self, url: str) -> Iterator[list[Division]]:
        """The places each of a URL's first two path segments spells in full pinyin (/xiamen/, /zhengyang/), in
        order; none for a segment too short, not all letters, or a generic word."""
        from urllib.parse import urlsplit

        try:
            path = urlsplit(url).path
        except ValueError:
            return
        full = self._index()
        for seg in [x.lower() for x in path.split("/") if x][:2]:
            if len(seg) >= 4 and seg.isalpha() and seg not in _HOST_GENERIC:
                yield full.get(seg, [])

    def from_path(self, url: str) -> Division | None:
        """A national outlet's local channel named in its URL's first path segments in full pinyin
        (difang.gmw.cn/xiamen/...): a province or city only, never a guess among several."""
        for places in self._path_places(url):
            d = self._pick([c for c in places if c.level in ("province", "city")])
            if d is not None:
                return d
        return None

    def _county_in_path(self, url: str, city: Division) -> Division | None:
        """A city portal's county channel named in its URL's first path segments in full pinyin
        (zmd.yuduxx.com/zhengyang/…: 驻马店's 正阳县), or by its initials right under a counties' column (常德人大's
        /xxrd/lx/, 县乡人大 then 澧县): the one county of that city spelt so, or None (and None for a place that is no
        city)."""
        if city.level != "city":
            return None
        own = place_pinyin(_pinyin_key(city))
        for places in self._path_places(url):
            inside = [c for c in places if c.level == "county" and c.parent == city.code]
            if len(inside) == 1 and place_pinyin(_pinyin_key(inside[0])) not in (own, *CHANNEL_WORDS):
                # (not the city's own name, which its namesake county shares, 铁岭 /tieling/; nor a channel's word
                # that spells a county, /dongtai/ 动态 for 东台, /gongan/ 公安 for 公安县)
                return inside[0]
        return self._county_initials_in_path(url, city)

    def _county_initials_in_path(self, url: str, city: Division) -> Division | None:
        """A county of city named by its initials as the path segment right after a counties' column (COUNTIES_COLUMN):
        two or three letters alone say nothing (/hd/ is as often 互动 as 海淀), under 县乡人大 or 区县动态 they name one of
        the city's counties, when only one has them."""
        from urllib.parse import urlsplit

        try:
            segs = [x.lower() for x in urlsplit(url).path.split("/") if x][:4]
        except ValueError:
            return None
        self._index()
        for column, seg in itertools.pairwise(segs):
            if column in COUNTIES_COLUMN and 2 <= len(seg) <= 3 and seg.isalpha() and seg not in CHANNEL_INITIALS:
                inside = [c for c in self._initials.get(seg, []) if c.level == "county" and c.parent == city.code]
                return inside[0] if len(inside) == 1 else None
        return None

    @staticmethod
    def national_channel(url: str, place: Division | None = None) -> bool:
        """Whether a URL lies in a portal's domestic-news channel (news.x.com/gnnews/…, x.cn/news/china/…); with the
        site's place, not where gn is its own initials (灌南's gnyw is 灌南要闻, not 国内要闻)."""
        from urllib.parse import urlsplit

        try:
            path = urlsplit(url).path
        except ValueError:
            return False
        segs = [seg.lower() for seg in path.split("/")[1:4] if seg.lower() in NATIONAL_CHANNEL]
        if not segs or place is None or place.level == "nation" or not all(seg.startswith("gn") for seg in segs):
            return bool(segs)
        # (only a gn… channel asks for the place's initials)
        return not place_pinyin(place.short, initials=True).startswith("gn")

    def _host_within(self, host: str, region: Division) -> Division | None:
        """The one city of region a host label names in pinyin, full or initials (nj.someportal.com under a
        province's portal), or None."""
        full = self._index()
        found = set()
        for label in host.lower().removeprefix("www.").split(".")[:-1]:
            if label in _HOST_GENERIC or not label.isalpha():
                continue
            for c in self._initials.get(label, []) + full.get(label, []):
                if c.level == "city" and c.parent == region.code:
                    found.add(c)
        return found.pop() if len(found) == 1 else None

    def _province_prefixed(self, stem: str) -> Division | None:
        """A place under a province written after the province's initials (hbwuxue: 湖北 + 武穴), in full or, a city or
        county the province has only one of by those letters, by its own initials (tjbh: 天津 + 滨海, gxbs: 广西 + 百色)."""
        full = self._full or {}
        if len(stem) == 4:
            # (both by initials, as government hosts write a place under its province; only where the province's
            # letters are one province's (hb is 湖北's and 河北's) and the place's one place's in it)
            provs = [c for c in self._initials.get(stem[:2], []) if c.level == "province"]
            cands = [c for c in self._initials.get(stem[2:], []) if len(provs) == 1
                     and c.province == provs[0].code and c.level in ("city", "county")]
            if len(cands) == 1:
                return cands[0]
        for k in (2, 3):
            head, tail = stem[:k], stem[k:]
            if len(tail) < 4:
                continue
            provs = [c for c in self._initials.get(head, []) + full.get(head, []) if c.level == "province"]
            if not provs:
                continue
            cands = [c for c in full.get(tail, []) if c.province in {p.code for p in provs}]
            if len(cands) == 1:
                return cands[0]
        return None

    def from_name(self, name: str) -> Division | None:
        """The most specific place a site's name begins with (山东省济南市人大常委会 -> 济南市), or None."""
        # (a host or brand in Latin letters bracketed after the name, 新重庆·长寿（cqliving）, names no place: the host is
        # read on its own)
        name = _LATIN_TAG.sub("", (name or "").strip()) or (name or "").strip()
        name = _NUMBER_LEAD.sub("", name)
        if not name:
            return None
        inst = self.institutions.find(name)
        if inst and inst[0].start == 0:
            branch = next((m for m in self.finder.find(name[inst[0].end:]) if m.start <= 2 and m.division is not None
                           and m.how in ("name", "short") and (BRANCH_SITE.match(name, inst[0].end + m.end) or (
                               self._college_city(m.division, inst[0].city)
                               and BRANCH_COLLEGE.match(name, inst[0].end + m.end)))), None)
            if branch is not None:
                # a university's hospital or campus in another city, by that city (四川大学华西厦门医院)
                return branch.division
            # a university's own site (华中科技大学, 湖北工业大学新闻网): the city the Ministry's list gives, which
            # its name does not say, or says only as its province; none when campuses in several cities share the
            # name (中国地质大学), and never the nation its 中国 would give
            return inst[0].city
        outlet, after = self._outlet(name)
        if outlet is not None:
            # an outlet whose name does not say its place (民主协商报 is 甘肃省政协's paper): the table says whose; a
            # place inside it named after the outlet's name (鲁网·潍坊, 春城晚报-昆明) is the channel's
            inside = next((m.division for m in self.finder.find(after) if m.division is not None
                           and m.how not in ("relative", "nation")
                           and any(a.code == outlet.code for a in self.gazetteer.ancestors_of(m.division))), None)
            return inside or self._channel_below(outlet, after) or outlet
        alias = _SITE_ALIAS.match(name)
        if alias is not None and (len(alias.group(0)) >= 4 or alias.group(0) == name):
            # an outlet's whole name (新安晚报, 江南都市报, 中原网 which is 郑州's, not 中原's Henan) says whose it is
            # before any place name it begins with
            return self.gazetteer.get(SITE_NAME_ALIASES[alias.group(0)])
        if alias is not None:
            # a place's other name before a county's short inside it (三峡枝江网: 宜昌's 枝江): that county
            aliased = self.gazetteer.get(SITE_NAME_ALIASES[alias.group(0)])
            below = self._short_below(aliased, name[alias.end():]) if aliased is not None else None
            if below is not None:
                return below
        portal = COMMERCIAL_PORTAL.match(name)
        if portal is not None:
            return next((m.division for m in self.finder.find(name[portal.end():])
                         if m.division is not None and m.how not in ("relative", "nation")), None)
        mentions = [m for m in self.finder.find(name) if m.how != "relative"]
        if NATIONAL_SITE.match(name):
            # a national outlet's regional channel (人民网湖北频道) is that region's
            local = next((m.division for m in mentions if m.division is not None and m.how != "nation"), None)
            return local or self.gazetteer.nation
        # (a short several places share, read as the likelier one in a headline, 朝阳人大 as 朝阳市's, leaves a site's own
        # name to its host: below)
        first = next((m for m in mentions if m.division is not None
                      and not (m.how == "short" and len(m.candidates) > 1 and m.text in COMMON_WORD_SHORTS)), None)
        if first is None:
            alias = _SITE_ALIAS.match(name)
            if alias is not None:
                return self.gazetteer.get(SITE_NAME_ALIASES[alias.group(0)])
            short = _site_short(name, self.gazetteer.shorts())
            codes = self.gazetteer.shorts().get(short.group(1), []) if short else []
            if short is not None and short.group(0).endswith("宣传") and _common_word(short.group(1)):
                codes = []  # (平安宣传, 光明宣传: a campaign's account, not 平安区's)
            if len(codes) == 1:
                return self.gazetteer.get(codes[0])
            nested = [d for c in codes if (d := self.gazetteer.get(c)) is not None]
            if len(nested) == 2 and {d.level for d in nested} == {"province", "city"} \
                    and nested[0].province == nested[1].province:
                # a province and its own city share the short (吉林): a site named by it alone is the province's, as
                # 吉林日报 is the provincial party paper
                return next(d for d in nested if d.level == "province")
            school = _SCHOOL_SHORT.match(name) if not codes else None
            institution = school.group(1) if school is not None else ""
            for k in (2, 3) if school is not None else ():
                # a school or hospital named by its county's short name (南安国光中学): the one county with that short
                codes = self.gazetteer.shorts().get(name[:k], [])
                if len(codes) == 1 and name[:k] not in COMMON_WORD_SHORTS \
                        and (institution not in _PLACE_INSTITUTIONS
                             or not _LANDMARK_WORD.search(name, k, len(name) - len(institution))):
                    return self.gazetteer.get(codes[0])
            if short is not None and len(short.group(1)) == 4 and not codes:
                # an epithet before the short name (瓷都德化新闻网, 茶乡安溪…): the place after it, when only one has it;
                # or the short name before a word sites of a place call themselves by (顺德城市网, 武清信息网, 定远先锋网)
                parts = [short.group(1)[2:]] + ([short.group(1)[:2]] if _SITE_WORD.fullmatch(short.group(1)[2:]) else [])
                for part in parts:
                    named = self.gazetteer.shorts().get(part, [])
                    if len(named) == 1 and part not in COMMON_WORD_SHORTS:
                        return self.gazetteer.get(named[0])
            topic = (_SITE_TOPIC.match(name) or _SITE_ORG.match(name)) if not codes else None
            if topic is not None:
                # a place's short name before a line of work and a site word (舒城教育信息网, 某某文明网): that place,
                # when only one has the short
                codes = self.gazetteer.shorts().get(topic.group(1), [])
                only = self.gazetteer.get(codes[0]) if len(codes) == 1 else None
                if only is not None and topic.group(1) not in SITE_BRAND_SHORTS and (
                        topic.group(1) not in COMMON_WORD_SHORTS or only.level in ("province", "city")) and (
                        only.level != "county" or topic.group(1) not in COUNTY_SHORT_WORDS):
                    # (a city's short that is also a word, 三明 or 常德, names the city before a party's name or a line
                    # of work and a site word: 三明民盟, 常德长安网, 德州党建网; a county's (和平, 东方, 公安法治网) stays
                    # unread, and so do brands: 海西教育网)
                    return only
            # a site's name is no running text: a county's name that would be weak there (云上某某) names it
            weak = [m for m in self.finder.scan(name) if m.weak and m.division is not None]
            if len(weak) == 1:
                return weak[0].division
            both = _SITE_BRACKET.match(name)
            if both is not None:
                # its own name, then its other name in brackets, each read as a whole name (清徐(醋都网数字报): 清徐县;
                # 洞口人（洞口融媒）: 洞口县); one place, or none
                found = {d.code: d for part in both.groups() if (d := self.from_name(part)) is not None}
                return next(iter(found.values())) if len(found) == 1 else None
            if name.startswith("新") and len(name) >= 4:
                # a place's new-media brand, 新 before its name (新济阳时报, as 新重庆, 新湖南): the place its rest begins
                # with, by its own name or short
                branded = self.from_name(name[1:])
                if branded is not None and branded.level != "nation" and name[1:].startswith((branded.short, branded.name)) \
                        and not COMPANY_NAME.search(name) and not any(
                            name[1:].startswith(w) for w in COUNTY_SHORT_WORDS | SITE_BRAND_SHORTS):
                    return branded
            return None
        if first.how == "nation":
            rest = next((m for m in mentions if m.division is not None and m.how != "nation"), None)
            if rest is None:
                # 中国某某网 named by a place's short name that is also another's (吉林: the province and its
                # city): the highest level, as a site's name means it
                # (or by the short alone, as counties name their portals: 中国石柱, 中国安吉, 中国义乌)
                tail, shorts = name[first.end:].strip(), self.gazetteer.shorts()
                short = _site_short(name[first.end:], shorts)
                # (not a common word, a company's brand there: 中国平安, 中国东方)
                codes = shorts[tail] if tail in shorts and not _common_word(tail) and tail not in BRAND_SHORTS \
                    else shorts.get(short.group(1), []) if short else []
                local = self._pick([d for c in codes if (d := self.gazetteer.get(c)) is not None])
                return local or self.gazetteer.nation
            return rest.division
        best = first.division
        assert best is not None
        seat = (provincial_institution_at(name, first.end) or PROVINCIAL_SCHOOL_SITE.match(name, first.end)) \
            if best.level == "province" and len(mentions) == 1 else None
        if seat is not None and _INSTITUTION_OFFICE.fullmatch(name, seat.end()) \
                and self._short_below(best, name[first.end:]) is None:
            # a province's institution's own site, or one of its offices' (湖北省人民医院, 湖北省妇幼保健院, 湖北省人民医院
            # 党委): seated in the capital
            return provincial_seat(self.gazetteer, best)
        end = first.end
        for m in mentions[mentions.index(first) + 1:]:
            if m.division is None or m.how == "nation":
                continue
            if any(a.code == best.code for a in self.gazetteer.ancestors_of(m.division)):
                best, end = m.division, m.end
        return self._short_below(best, name[end:]) or self._channel_below(best, name[end:]) \
            or self._branch_below(best, name[end:]) or self._edition_below(best, name[end:]) \
            or self._new_area_below(best, name[end:]) or best

    def _new_area_below(self, region: Division, tail: str) -> Division | None:
        """The division that runs a state-level new area inside region, named right after it by the area's name without
        新区 (青岛西海岸报: 黄岛区, which runs 青岛西海岸新区)."""
        for stem, code in _new_area_stems():
            d = self.gazetteer.get(code) if tail.startswith(stem) else None
            if d is not None and d.code != region.code and any(a.code == region.code for a in self.gazetteer.ancestors_of(d)):
                return d
        return None

    def _edition_below(self, region: Division, tail: str) -> Division | None:
        """A place inside region whose edition the site is, named at its name's end (嘉兴日报平湖版, 某日报某某专版): the
        one division below it (two levels) with that short or name."""
        edition = _EDITION_END.search(tail)
        if edition is None or region.level not in ("province", "city"):
            return None
        below = self.gazetteer.children(region.code)
        below += [g for c in below if c.level != "county" for g in self.gazetteer.children(c.code)]
        before = tail[:edition.start()]
        for k in (2, 3, 4):
            hits = {d.code: d for d in below if before[-k:] in (d.short, d.name)} if len(before) >= k else {}
            if len(hits) == 1:
                return next(iter(hits.values()))
        return None

    def _outlet(self, name: str) -> tuple[Division | None, str]:
        """The place of a news outlet the table names, by the site's whole name or its name before a bracket or a
        separator (春城晚报(数字报)), with the rest of the site's name; a longer name that only begins with an outlet's
        (民主协商报告厅) is not it."""
        if self._outlets is None:
            self._outlets = news_outlets()
        code, rest = self._outlets.get(name), ""
        if code is None:
            end = _OUTLET_END.search(name, 2)
            if end is not None:
                code, rest = self._outlets.get(name[:end.start()]), name[end.start():]
        d = self.gazetteer.get(code) if code is not None else None
        return d, (rest if d is not None else "")

    def _channel_below(self, region: Division, tail: str) -> Division | None:
        """A place inside region named as a channel further on in the site's name by its short name and a media word
        (重庆广电 大足新闻频道, 某省网 某某在线): the one division inside region with that short."""
        if region.level not in ("province", "city"):
            return None
        for seg in re.split(r"[\s(（)）·|｜丨/-]+", tail)[1:]:
            if not _CHANNEL_WORD.search(seg):
                continue  # (an outlet's own brand after its name, 新疆日报 天山网, names no channel: 天山区 is not it)
            short = _site_short(seg, self.gazetteer.shorts())
            if short is None or short.group(1) in COMMON_WORD_SHORTS:
                continue
            inside = [d for c in self.gazetteer.shorts().get(short.group(1), [])
                      if (d := self.gazetteer.get(c)) is not None and d.code != region.code
                      and any(a.code == region.code for a in self.gazetteer.ancestors_of(d))]
            if len(inside) == 1:
                return inside[0]
        return None

    @staticmethod
    def _college_city(place: Division, university: Division | None) -> bool:
        """Whether a place named after a university's name may seat a college it runs (BRANCH_COLLEGE): a city, a
        province or a municipality, or a county-level city in the university's own province (延边大学珲春分校); not a
        district's or a county's short name, which a college's motto or landscape word often is (浦江学院, 太湖学院)."""
        if place.level != "county":
            return True
        return place.name.endswith("市") and university is not None and place.province == university.province

    def _branch_below(self, region: Division, tail: str) -> Division | None:
        """A company's branch named by a place inside region after the company's own name (浙江农发集团上虞公司, 某省某银行
        某某分行): the one division below it (two levels) with that short."""
        m = _COMPANY_BRANCH_SITE.fullmatch(tail)
        if m is None or m.group("short") in _BUSINESS_LINE_WORDS:
            return None
        return self._short_below(region, tail[m.start("short"):])

    def _short_below(self, region: Division, tail: str) -> Division | None:
        """A place inside region named right after it by its short name (北京朝阳, 长春朝阳: the district of that
        city, which the name alone leaves ambiguous): the one division below it (two levels) with that short."""
        if region.level not in ("province", "city") or len(tail) < 2:
            return None
        below = self.gazetteer.children(region.code)
        below += [g for c in below if c.level != "county" for g in self.gazetteer.children(c.code)]
        hits = {d.code: d for d in below if len(d.short) >= 2 and tail.startswith(d.short)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _ambiguous_name_by_host(self, name: str, host: str) -> tuple[Division | None, tuple[Division, ...]]:
        """A site named by an ambiguous place (西湖区人大: Hangzhou's or Nanchang's) settled by its host, when the
        host begins a label with the pinyin (full or initials) of the candidate's own name (a city's or county's) or of
        its city or province, longer for one candidate than for the others (hzxh.gov.cn); with the candidates, so that
        a host naming none of them is not taken instead."""
        if not name:
            return None, ()
        amb = next((m for m in self.finder.find(name) if m.division is None and len(m.candidates) > 1), None)
        if amb is None:
            # a short name before a media word that several places share (永定新闻网: Longyan's or Zhangjiajie's)
            lead = _site_short(name, self.gazetteer.shorts())
            word = lead.group(1) if lead else ""
            divs = tuple(d for c in self.gazetteer.shorts().get(word, []) if (d := self.gazetteer.get(c)) is not None)
            if len(divs) < 2:
                return None, ()
            amb = Mention(0, len(word), word, None, "short", divs)
        if not host or not pinyin_available():
            return None, amb.candidates
        labels = [x for x in host.lower().split(".") if x.isalpha() and x not in _HOST_GENERIC]
        spelt: dict[str, int] = {}  # candidate code -> the longest of its keys a host label begins with
        for c in amb.candidates:
            keys = set()
            # a candidate counts by its own letters too (中山政协 at zszx.zsnews.cn: 中山市; 吉安人大 at jaxrd.gov.cn:
            # 吉安县, whose jax is longer than its city's ja)
            for a in [c, *self.gazetteer.ancestors_of(c)]:
                if a.level in ("province", "city") or a is c:
                    # (a county by its whole name only, 吉安县 jax: its bare short is its city's or another's too)
                    forms = {a.name} if a.level == "county" else {a.short if len(a.short) >= 2 else a.name, a.name}
                    for form in forms:
                        keys |= {place_pinyin(form), place_pinyin(form, initials=True)}
            best = max((len(k) for label in labels for k in keys if len(k) >= 2 and label.startswith(k)), default=0)
            if best:
                spelt[c.code] = best
        top = max(spelt.values(), default=0)
        hits = [c for c in amb.candidates if spelt.get(c.code) == top and top]
        if len(hits) > 1:
            # a city and a county inside it that share the short name and are spelt alike (黄山新闻网 at hsnewsnet.com:
            # 黄山市 and its 黄山区; 承德人大 at cdrd: 承德市 and 承德县): the city, which a site named by the bare short
            # means
            # (a province and its namesake city, 吉林日报 at jlrbszb.dajilin.com, stay open: the host decides, or nothing)
            city = [h for h in hits if h.level == "city" and all(
                o is h or any(a.code == h.code for a in self.gazetteer.ancestors_of(o)) for o in hits)]
            hits = city or hits
        return (hits[0] if len(hits) == 1 else None), amb.candidates

    def from_body(self, text: str) -> Division | None:
        """The first named place in a page's opening, a weak hint of where the site is."""
        for m in self.finder.find((text or "")[:300]):
            if m.division is not None and m.how not in ("relative", "nation"):
                return m.division
        return None

    def locate(self, source_name: str = "", url: str = "", text: str = "",
               configured: str | None = None) -> SiteRegion:
        """The site's region: configured code, else its name, else its host, else the text, else unknown."""
        from urllib.parse import urlsplit

        if configured:
            d = self.gazetteer.get(configured)
            if d is not None:
                return SiteRegion(d, "configured", 1.0, configured)
        host = ""
        if url:
            try:
                host = urlsplit(url).hostname or ""
            except ValueError:
                host = ""
        key = (source_name, host)
        hit = self._seen.get(key)
        if hit is None and (OUTSIDE_MAINLAND_NAME.match(source_name or "") or OVERSEAS_NAME.match(source_name or "")):
            # a Hong Kong, Macao or Taiwan site by its name (臺灣臺南地方檢察署, 香港…), or an overseas one (澳洲某会):
            # no mainland place, whatever its name or host's letters resolve to (台湾 read as the nation, hkstv.tv as
            # 海口)
            hit = (None, "host")
            if len(self._seen) < 100_000:
                self._seen[key] = hit
        if hit is None:
            d = self.from_name(source_name)
            tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
            if d is not None and len(tld) == 2 and tld != "cn" and self._outlet(source_name)[0] is not None:
                d = None  # an outlet's name on a host of another country (新快网 at xkb.com.au) is another site's
            if d is not None and tld in OUTSIDE_MAINLAND_TLDS and (
                    (d.level == "nation" and not CENTRAL_OFFICE_THERE.search(source_name))
                    or (d.level == "county" and d.name not in source_name)):
                d = None  # an office's name read as a central body's, or its first word as a county's short name, on
                # Hong Kong's, Macao's or Taiwan's host (康樂及文化事務署 at lcsd.gov.hk): theirs, no mainland place;
                # the central government's own offices there stay national (外交部驻香港特派员公署, 中联办)
            cands: tuple[Division, ...] = ()
            if d is None:
                d, cands = self._ambiguous_name_by_host(source_name, host)
            hit = (d, "name") if d is not None else (self.from_host(host), "host")
            if d is not None and host and d.name not in source_name:
                # a site named by the first characters of a place whose host spells it whole (九龙融媒 at
                # jiulongpo.cbg.cn is 九龙坡's, not 九龙县's): the host's place
                spelt = self.from_host(host)
                if spelt is not None and spelt.code != d.code and len(spelt.short) > len(d.short) \
                        and spelt.short.startswith(d.short) and spelt.short not in source_name:
                    hit = (spelt, "host")
            rest = _name_labels_dropped(host, source_name) if d is None else host
            if rest != host and (hit[0] is None or (hit[0].short not in source_name
                                                    and hit[0].name not in source_name)):
                # the host's letters spell the site's own name, which has no such place in it (西江日报 at xjrb.com
                # is no 新疆; 大柴旦人大 at dcdrd.gov.cn is 大柴旦): its other labels may still name one, then
                # undisputed (cq.xjrb.com), never the nation (滨海人大 at bhrd.gov.cn: gov.cn alone is no national site)
                other = [x for x in rest.split(".")[:-1] if x not in _HOST_GENERIC]
                sub = self.from_host(rest) if other else None
                hit = (sub if sub is not None and sub.level != "nation" else None, "host")
            if cands and hit[0] is not None and not any(
                    hit[0].code == c.code or any(a.code == hit[0].code for a in self.gazetteer.ancestors_of(c))
                    for c in cands):
                hit = (None, "host")  # the host names a place the site's own name rules out
                cands = ()  # (and no guess among the name's places either: 黄山日报 at hefei.gov.cn is not 黄山市's)
            if cands and hit[0] is None and _SITE_MEDIA_WORD.match(source_name or ""):
                # a short several places share before a media word alone, the host no help (中山日报, 黄山日报): the one
                # city among them; a district's or county's own media say 区 or 县
                top = self._pick([c for c in cands if c.level in ("province", "city")])
                if top is not None:
                    hit = (top, "name")
            joined = _SITE_JOINED.match(source_name or "") if hit[0] is None else None
            if joined is not None:
                # a brand and a fuller name joined by a dash (西e网—白银新闻网): each part located as a site's whole
                # name; the one place they give, or none; never the nation (中国—葡语国家…论坛 is no national site)
                # (with the host, so that its checks hold for each part as for a whole name: 黄山日报-数字报 at hefei.gov.cn
                # stays unplaced, 康乐及文化事务署-康乐 at lcsd.gov.hk is no 康乐县; only what a part's name gives counts)
                found: dict[str, Division] = {}
                for part in joined.groups():
                    placed = self.locate(part.strip(), url)
                    if placed.how == "name" and placed.division is not None and placed.division.level != "nation":
                        found[placed.division.code] = placed.division
                if len(found) == 1:
                    hit = (next(iter(found.values())), "name")
            if len(self._seen) < 100_000:  # a site's items share its answer
                self._seen[key] = hit
        d, how = hit
        if d is not None and how == "name" and d.level in ("nation", "province") and host:
            # a regional portal's local channel (sp.someportal.com under a province's portal): the host names a
            # place inside the one the name gives
            sub = self.from_host(host) if d.level == "nation" else self._host_within(host, d)
            # (not a city that shares the province's short, whose letters the host spells for the province itself:
            # 吉林省人民政府 at www.jl.gov.cn is the province's, no 吉林市 channel)
            if sub is not None and sub.code != d.code and sub.level != "nation" and sub.short != d.short \
                    and (d.level != "nation" or sub.short in source_name or _national_host(host)):
                county = self._county_in_path(url, sub)
                return SiteRegion(county or sub, "host", SITE_HOST_CONF, url if county else host)
        if url:
            # a channel named in the URL's path (difang.gmw.cn/xiamen/, a city portal's /news/fujian/ channel,
            # an aggregator's /hubei/) says whose news the page is, before the site's own place
            local = self.from_path(url)
            if local is not None and (d is None or local.code != d.code) and not (
                    d is not None and how == "name" and place_pinyin(_pinyin_key(d)) == place_pinyin(_pinyin_key(local))):
                # (not where the channel spells the named site's own place, another place sounding alike: 桂阳县人大's
                # /web/guiyang/ is 桂阳's, no 贵阳's); a county's channel under its city's (an aggregator's
                # /dezhou/wucheng/) is the county's
                return SiteRegion(self._county_in_path(url, local) or local, "host", SITE_HOST_CONF, url)
            county = self._county_in_path(url, d) if d is not None else None
            if county is not None:
                # (a city's own media with a channel per county: 掌上梅州's y.meizhou.cn/xingning/ is 兴宁's)
                return SiteRegion(county, "host", SITE_HOST_CONF, url)
        if d is not None:
            conf = SITE_NAME_CONF if how == "name" else SITE_HOST_CONF
            return SiteRegion(d, "national" if d.level == "nation" else how, conf, source_name if how == "name" else host)
        d = self.from_body(text)
        if d is not None:
            return SiteRegion(d, "body", SITE_BODY_CONF, d.name)
        return SiteRegion(None, "unknown", 0.0, "")


def _name_labels_dropped(host: str, name: str) -> str:
    """The host without the labels that are the site's own name in pinyin initials or in full (xjrb in xjrb.com for
    西江日报): when the name names no place, neither do the letters that spell it (its other labels still may:
    cq.xjrb.com)."""
    chars = "".join(_CJK.findall(name or ""))
    if len(chars) < 2 or not host:
        return host
    full = place_syllables(chars)
    if not full:
        return host
    initials = "".join(x[:1] for x in full)
    prefixes = {"".join(full[:k]) for k in range(2, len(full) + 1)}
    labels = host.lower().rstrip(".").split(".")
    kept = [x for i, x in enumerate(labels) if i == len(labels) - 1 or not (
        x.isalpha() and x not in _HOST_GENERIC and ((len(x) >= 3 and initials.startswith(x)) or x in prefixes))]
    return ".".join(kept) if len(kept) < len(labels) else host


default_locator = SiteLocator()


def site_region(source_name: str = "", url: str = "", text: str = "", configured: str | None = None) -> SiteRegion:
    """Where a site belongs, with the default locator (the crawler's sources and `siqing classify` use it)."""
    return default_locator.locate(source_name, url, text, configured)
