"""Find an item's main actor: its kind of body and its region."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from processing.institutions import ABBREVIATIONS, Institution, Institutions, default_institutions
from processing.regions import (
    COMMON_WORD_NAMES,
    COMMON_WORD_SHORTS,
    FOREIGN_COUNTRY,
    MOVE_TARGETS,
    NUMBERED_HOSPITAL,
    PROVINCE_ABBR,
    PROVINCIAL_INSTITUTION,
    STREET_FOLLOW,
    Mention,
    RegionFinder,
    customary_county_names,
    default_finder,
    names_a_thing,
    provincial_institution_at,
    provincial_seat,
)
from siqing.divisions import LEVEL_RANK, Division, Gazetteer, default_gazetteer

BODIES = ("party", "congress", "delegation", "deputies", "government", "court", "procuratorate",
          "supervision", "cppcc", "massorg", "public")
BODY_LABELS = {"party": "党委", "congress": "人大", "delegation": "代表团", "deputies": "人大代表",
               "government": "政府", "court": "法院", "procuratorate": "检察院", "supervision": "监察委",
               "cppcc": "政协", "massorg": "民主党派或群团组织", "public": "社会"}

# A central body's office in a place, named by the body and the place (国家税务总局陕西省税务局, 国家税务总局晋江市税务局,
# 中国人民银行武汉分行, 国家统计局湖北调查总队, 国家金融监督管理总局福建监管局): a vertically managed office of that place,
# read by the place (the corpus's convention: coded at the place it serves), not the central body; a central body
# visiting a place (国家药监局湖北调研…局工作) is no office there.
# The provinces (and the forest regions) where the central ministries keep stationed offices (黑龙江专员办,
# 财政部驻福建省财政监察专员办事处, 国家林业局驻大兴安岭林业集团公司森林资源监督专员办事处).
_OFFICE_PROVINCES = "|".join(sorted({d.short for d in default_gazetteer if d.level == "province"} | {"大兴安岭", "内蒙古大兴安岭"},
                                    key=len, reverse=True))
_BRANCH_PLACES = sorted({d.short for d in default_gazetteer if d.level in ("province", "city") and len(d.short) >= 2}
                        | {d.name for d in default_gazetteer if d.level == "county" and len(d.name) >= 3
                           and d.name[-1] in "市县区"}, key=len, reverse=True)
_BRANCH_AFTER = ("(?!(?:" + "|".join(_BRANCH_PLACES) + r")(?:(?!调研|考察|督导|检查|视察|召开|走访|慰问)[\u4e00-\u9fff]){0,8}?"
                 r"(?:局|分行|支行|调查总队|调查队))")
# The party's national congress or the NPC greeted, addressed or commemorated (喜迎党的二十大, 共迎党的二十大, 寄语党的
# 二十大, 向十九大献礼, 庆祝全国人民代表大会成立70周年) is what others celebrate, not the congress acting.
_GREETED = r"(?<!喜迎)(?<!共迎)(?<!同迎)(?<!迎接)(?<!寄语)(?<!献礼)(?<!礼赞)(?<!庆祝)(?<!纪念)(?<!向)"

# An anniversary celebrated (庆祝全国人民代表大会成立70周年, 纪念地方人大设立常委会40周年, 舟塔乡多形式庆祝中国共产党成立
# 100周年): the celebrants act. The party's only with its celebrants named before it: the centre's own events open
# with the anniversary (庆祝中国共产党成立100周年“七一勋章”颁授仪式…, 纪念中国共产党成立95周年座谈会…), and its 大会 is
# the centre's wherever it is named (学习庆祝中国共产党成立100周年大会上的重要讲话精神).
ANNIVERSARY = re.compile(r"(?:庆祝|纪念)(?:全国人民代表大会|全国人大|人民代表大会制度)(?:成立|建立)?[\d一二三四五六七八九十]+周年|"
                         r"(?<=[\u4e00-\u9fff])(?:庆祝|纪念)中国共产党成立[\d一二三四五六七八九十百]+周年(?!大会)")

# The central academies, schools and administrations (国务院直属事业单位) and the central state-owned companies and
# banks run from Beijing (中央企业), acting as themselves: named with their leaders, organs or a verb of their own acts
# (中国工程院院长某某一行到福州考察, 中建集团董事长到我校交流, 工商银行副行长拜会…), never as a unit or branch
# named after them (中国科学院武汉病毒研究所, 国家电网湖北省电力公司, 中国科学院院士某某). Companies whose seat is
# outside Beijing (东风, 宝武, 招商局, 中远海运, 三峡集团 ...) are left to their places.
_CENTRAL_UNIT_ACTS = (r"(?=党组|党委|纪检监察组|(?:常务)?副?(?:院长|校长|馆长|局长|董事长|总经理|总裁|行长|主任)|秘书长|领导|"
                      # (or an officer's name before the post: 黄委陈小江主任一行检查指导…)
                      r"[\u4e00-\u9fff]{2,3}(?:常务)?副?(?:院长|局长|董事长|总经理|行长|主任)(?:一行|带队|率队|率团)|"
                      # (its own school year opening: 中央社会主义学院秋季开学典礼举行)
                      r"(?:[春秋]季)?开学典礼|"
                      r"学部|机关|一行|代表团|调研组|考察组|考察团|专家组|督导组|召开|发布|在|到|赴|来|莅临|调研|考察|走访|拜会|"
                      # (its experts or scientists sent somewhere: 中国科学院专家到甘肃定西调研, 中国农科院专家团队赴河南…)
                      r"(?:专家|院士|科研人员|科技人员|科技特派员)(?:团队|服务团|组|团)?(?:一行)?(?=到|赴|来|深入|走进|莅临)|"
                      # (its own meeting or course held somewhere, its project named first: 中国林科院南水北调…对接会在河南
                      # 南阳召开)
                      # (not one of its institutes' or its university's, 中国科学院城市环境研究所…年会在厦门召开)
                      r"(?:(?!研究所|大学|学院|医院|分院|研究中心|研究院)[^，,。:：\s]){0,30}?(?:会|班|论坛)在"
                      r"[\u4e00-\u9fff]{1,8}?(?:召开|举行|举办|开班|开幕)|"
                      r"与|联合|举办|主办|签约|签署|积极|全力|全面|深入|大力|加快|助力|携手|开展|推进|启动|荣获|成功|正式|首次|参与|"
                      # (its first batch of its own units, not a first one placed somewhere: 中国石化首批加氢站在厦门投用)
                      r"首批(?![^，,]{0,20}?(?:在|落户|落地|投用))|"
                      # (a group joined with another body by 和 or 同, 中核集团和中电联交流…; not a longer name the group's
                      # begins, 中国石油和化学工业联合会, nor after any other name: a bank's branch named after 同安 or 和平,
                      # China Mobile's 和包, a second partner after 与, 我市与中国科学院和清华大学…)
                      r"参加|出席|中标|(?<=集团)[和同](?![^，,。\s]{0,10}?(?:联合会|协会|学会|研究会|基金会|促进会))|[：:，,\s])")
# (the companies and banks among them: business, no authority over a home; the corpus's gold reads them as national
# bodies, some gatherers as outside every home, so that reading is held unsure: RuleClassifier.held)
_CENTRAL_COMPANIES = (r"中国建筑集团|中建集团|中国中铁|中国铁建|中国交建|中交集团|中国交通建设集团|中国电建|中国能建|中国中车|中车集团|国铁集团|中国国家铁路集团|"
    r"中国铁路总公司|中国冶金科工集团|国家电网(?:有限)?公司|国家电网|国家电投|国家能源集团|中国华能|华能集团|中国大唐|大唐集团|中国华电|华电集团|"
    r"中国航天科技集团|航天科技集团|中国航天科工集团|航天科工集团|中国航空工业集团|航空工业集团|中国航发|中国兵器工业集团|"
    r"兵器工业集团|兵工集团|中国兵器装备集团|兵器装备集团|中国电子科技集团|中国电科|中国电子信息产业集团|中核集团|中国核工业集团|"
    r"中国石油天然气集团|中国石油|中石油|中国石化|中石化|中国海油|中海油|中国移动|中国联通|中国电信|中国五矿|五矿集团|"
    r"中国铝业集团|中铝集团|中国中化|中化集团|中国建材集团|中国通用技术集团|通用技术集团|中国邮政集团|中国中冶|中冶集团|"
    r"中国化学工程集团|中国节能|中国诚通|中国国新|中粮集团|中国医药集团|国药集团|中储粮集团|中国储备粮管理集团|中国有色矿业集团|"
    r"中国黄金集团|中国煤炭科工集团|中煤集团|中国盐业集团|中国旅游集团|中国保利集团|保利集团|中国机械工业集团|国机集团|"
    r"中国工商银行|工商银行|中国农业银行|农业银行|中国银行|中国建设银行|建设银行|国家开发银行|国开行|中国进出口银行|"
    r"中国农业发展银行|农发行|中国邮政储蓄银行|邮储银行|中国人寿|中国人保|中投公司|"
    # (more of those seated in Beijing: the civil aviation administration's airports and systems groups, the pipeline,
    # water-transfer, logistics and reserve groups, and the financial groups run from Beijing; not 中国星网, seated in 雄安)
    r"首都机场集团|中国航空集团|中航集团|中国民航信息集团|中航信|中国航空器材集团|中国航材|国家管网集团|国家石油天然气管网集团|"
    r"中国南水北调集团|南水北调集团|中国物流集团|中国安能|中国融通|新兴际华集团|中国铁路通信信号|中国通号|"
    r"中国钢研|中国建设科技集团|中国建科|中国检验认证集团|中国中检|中国国际工程咨询|中国林业集团|中林集团|中国农业发展集团|"
    r"中国中信|中信集团|中国光大集团|光大集团")
# (a whole name: 中国银行业协会 or 中国石油学会 is no company)
CENTRAL_COMPANY = re.compile(r"(?:" + _CENTRAL_COMPANIES + r")(?:股份)?(?:(?:有限(?:责任)?)?公司)?")
_CENTRAL_NAMES = (r"中国科学院|中科院|中国工程院|中国社会科学院|中国社科院|中国农业科学院|中国农科院|中国林业科学研究院|中国林科院|"
                  r"中国医学科学院|中国中医科学院|中国热带农业科学院|中国热科院|中国水利水电科学研究院|中国环境科学研究院|中共中央党校|中央党校|国家行政学院|"
                  # (the judges' and prosecutors' national colleges, whose provincial branches are named after them:
                  # 国家法官学院西藏分院 is the college's)
                  r"国家法官学院|国家检察官学院|"
                  # (the central socialist school and the national museums, libraries and art institutes)
                  r"中央社会主义学院|中国美术馆|中国国家博物馆|国家博物馆|中国国家图书馆|国家图书馆|中国科学技术馆|中国科技馆|故宫博物院|"
                  r"中国艺术研究院|中国文化遗产研究院|中国国家版本馆|国家大剧院|中国农业博物馆|"
                  # (the Ministry of Water Resources' river basin commissions, by their names and the news's short ones:
                  # 太湖局赴长兴调研…; 海委, a string of 上海委员… and 东海委…, left out)
                  r"长江水利委员会|长江委|黄河水利委员会|黄委会|黄委|淮河水利委员会|淮委|海河水利委员会|珠江水利委员会|珠江委|"
                  r"松辽水利委员会|松辽委|太湖流域管理局|太湖局|"
                  + _CENTRAL_COMPANIES)
# A central institution's or company's name at the head (中国科学院与…, 中国农业科学院…).
CENTRAL_NAME = re.compile(r"(?:" + _CENTRAL_NAMES + r")")
# A central company opening the headline or a phrase to aid a place (——中国中铁帮扶汝城二十年纪实, 中国华能援建…): the
# company, no nation acting; not named inside another's act (我县召开中国中铁定点帮扶工作推进会: the county's)
CENTRAL_AID = (r"(?:^|(?<=——)|(?<=[\s:：！!]))(?:" + _CENTRAL_COMPANIES + r")(?:股份)?(?:有限(?:责任)?公司)?"
               r"(?=(?:定点)?帮扶|援建|捐建|捐赠)")
CENTRAL_UNIT = (
    # (the names' first characters looked at first: NATIONAL is searched in every headline, and a long alternation
    # tried at every character costs; a host meeting their group, 某某会见农发行考察调研组: the host acts)
    "(?=[" + "".join(sorted({name[0] for name in _CENTRAL_NAMES.split("|")})) + "])"
    r"(?<!会见|接见|会晤|接待|欢迎|陪同|宴请|看望)(?:" + _CENTRAL_NAMES + r")(?:股份)?(?:(?:有限(?:责任)?)?公司)?"
    + _CENTRAL_UNIT_ACTS)  # (中国铁建股份有限公司总裁…一行到访…: the company by its full name too)

# A paper's visit or reporting trip after its name (…记者一行来某县采访, …到某地调研), and the central papers not named
# for China (人民日报, 人民政协报 the national CPPCC's, 学习时报 the central party school's): NATIONAL's papers acting.
# (with other media, or on a subject: 《中国人大》杂志社等多家上级媒体记者就某市人大代表持证视察做专题采访)
_PAPER_VISITS = (r"(?:等[^，,。就]{0,8}?)?(?:(?:记者|采访组|调研组|采访团|调研采访组|采访调研组)?(?:一行)?"
                 r"(?:来|到|赴|走进|深入|莅临)[^，,。]{1,20}?(?:采访|调研)|(?:记者)?就[^，,。]{1,30}?(?:采访|调研))")
_CENTRAL_PAPERS = r"人民日报|人民政协报|人民法院报|光明日报|经济日报|检察日报|法治日报|学习时报|工人日报|农民日报|科技日报|求是"
# Bodies that are national by themselves (no place needed).
# What comes before 局 when the word is a situation or an event, not a bureau (大局, 格局, 布局, 变局, 结局, 僵局, 开局,
# 开好局, 开新局 (谋新局, 谱新局, 启新局, 拓新局), 困局, 破局, 饭局, 骗局, 当局, 全局; not 安全局): a lookbehind for a bureau's
# 局. (新局 and 政局 stay bureaus' ends: 文广新局, 科技创新局, 财政局.)
SITUATION_JU = r"(?<![大格布变结僵开好困破饭骗当])(?<![^安]全)(?<![开谋谱启拓]新)"
# 全总, the national trade union federation's own short name (全总慰问团来京…), at the head of a phrase or after a joining
# word: not inside other words (完全总结, 全总量, 全总体), a unit's whole (全总队, 全总院, 全总公司) or a name's end (刘德全总经理)
ALL_CHINA_UNIONS = (r"(?:(?<![\u4e00-\u9fff])|(?<=[、与和及同由对向]))全总"
                    r"(?!队|院|行|公司|站|厂|店|局|所|社|台|支|决赛|经理|监|工程师|务|体|结|量|额|计|部|账|价|值|和|裁|编)")
# A national leader's two-character name that goes on into a longer one (李强煜秘书长, 李希文书记一行): another person
# (the character after the name no 副 or joining word: 韩正副主席, 李希副书记, 李强同市长们座谈 are the leaders themselves)
_NAME_GOES_ON = (r"(?!(?![副同与和及在到赴对向、])[\u4e00-\u9fff](?:(?:常务)?副?(?:秘书长|书记|主任|局长|市长|县长|区长|部长|院长|"
                 r"主席|校长|董事长|总经理|处长|镇长|乡长|会长|馆长|所长)|一行|同志|等人))")
# The Centre by its one word, deciding, at the head of a clause (中央调整河北省委主要负责人, 中央印发《…意见》): the Central
# Committee; not a unit's or a party's centre (民建中央调研组, 团中央) nor the central whatever (中央大街, 中央企业).
CENTRE_DECIDES = r"(?<![\u4e00-\u9fff])中央(?=调整|决定|批准|同意|任命|印发|出台|部署|发文|通报|派出)"
NATIONAL = re.compile(
    r"中国共产党第[一二三四五六七八九十]+次全国代表大会|" + _GREETED + r"党的[一二三四五六七八九十]+大(?!精神|以来)|"
    # the Central Committee's plenums (中共十九届二中全会, 十九届三中全会), not a province's (省委十一届五中全会)
    r"中共(?:第?(?:二?十[一二三四五六七八九]?|1\d|2\d)届)?(?:中央委员会第?)?[一二三四五六七八九]中全会|"
    r"(?<![省市区县州委])(?:二?十[一二三四五六七八九]?|1\d|2\d)届[一二三四五六七八九]中全会|全国人大常委会|全国人大(?!代表(?!大会))|" + _GREETED + r"全国人民代表大会|十[一二三四五六七八九]?届全国人大(?!代表(?!大会))|党中央|中共中央|中央委员会|中央政治局|" + CENTRE_DECIDES + "|"
    r"中央全面依法治国委员会|中央经济工作会议|中央人大工作会议|中央(?:统战部|宣传部|组织部|政法委|网信办|社会工作部|台办|外办)|国务院|中央军委|最高人民法院|最高法|最高院|最高人民检察院|最高检|"
    # national people's organisations by the short names the news uses (中消协, 海协会, 团中央, 全总)
    r"中消协|海协会|海峡两岸关系协会|团中央|" + ALL_CHINA_UNIONS + "|"
    # the national emergency headquarters by their names and the shorts the news uses (国家防总工作组在…指导抢险, 国家减灾委)
    r"国家防总|国家防汛抗旱总指挥部|国家减灾委(?:员会)?|国家森林草原防灭火指挥部|国家森防指|国家防灾减灾救灾委员会|"
    # (and a national association named for the state, 国家经济林协会会长某某到我县考察, as 中国某某协会 is; not a
    # national-grade one, 国家级…)
    r"(?<![\u4e00-\u9fff])国家(?!级)[\u4e00-\u9fff]{2,8}?(?:协会|学会|研究会|基金会|促进会)|"
    # a central ministry's office stationed in a province (黑龙江专员办, 财政部驻某省财政监察专员办事处), and the army's
    # delegation to the NPC and its deputies (解放军部分全国人大代表来湘视察)
    r"(?:财政部|国家林业局|国家林业和草原局)?驻?(?:" + _OFFICE_PROVINCES + r")(?:省|自治区|市)?(?:[\u4e00-\u9fff]{0,8}?"
    r"监督)?专员办(?:事处)?(?![公理实好])|(?:中国人民)?解放军(?:和武警部队)?(?:代表团|(?:部分|的)?全国人大代表)|"
    r"中国共产党(?!第)|中央纪委|中央代表团|中国人民政治协商会议(?:第[一二三四五六七八九十]+届)?全国委员会|"
    r"政协第[一二三四五六七八九十]+届全国委员会|国家监委|国家监察委员会|全国政协|"
    # a national system acting (全国教育系统深入学习…), not a ranking in it (荣获全国某系统先进集体)
    r"(?<![获评入为])全国[\u4e00-\u9fff]{2,6}?系统(?![先优模]|[^，,。]{0,6}(?:先进|优秀|表彰))|"
    # (习近平新时代中国特色社会主义思想 and the other doctrines named after him are what is studied, not him acting)
    # (nor his charge a place carries out, 践行习近平总书记殷殷嘱托喜看信阳老区发展变化, 把习近平总书记的关心关爱转化为实干实绩,
    # 走习总书记走过的路: the place acts)
    r"(?<!践行|贯彻|落实|牢记|不负|感恩|沿着)(?<![把走])习近平(?!新时代|法治思想|生态文明思想|外交思想|强军思想|经济思想|文化思想)|李强" + _NAME_GOES_ON + r"|赵乐际|王沪宁|蔡奇" + _NAME_GOES_ON + r"|丁薛祥|李希" + _NAME_GOES_ON + r"|(?<!践行|贯彻|落实|牢记|不负|感恩|沿着|把习|走习)(?<![把走])(?<!践行习近平|贯彻习近平|落实习近平|牢记习近平|不负习近平|感恩习近平|沿着习近平)(?<!把习近平|走习近平)总书记|国家主席|"
    r"(?:财政|教育|公安|民政|司法|商务|外交|国防|科学技术|工业和?信息化|人力资源和?社会保障|自然资源|生态环境|"
    r"住房和?城乡建设|交通运输|水利|农业农村|文化和旅游|退役军人事务|应急管理)部(?![门署队件])|国家发展改革委|国家发改委|"
    # ministries and commissions by the short or former names the news uses (人社部, 环保部, 银监会), never 某部门
    r"(?:人社|环保|环境保护|工信|住建|科技|农业|卫生|文化|国土资源|国土|文旅|交通|铁道|信息产业|劳动和社会保障|劳动保障|林业|"
    r"应急|退役军人)部(?![门署队件])|"
    # the party centre's departments and offices by their short names (中宣部, 中组部, 中编办)
    r"(?=中)(?:中宣部|中组部|中联部|中编办|中央编办|中央政研室|中直机关工委|中央和国家机关工委)|"
    r"(?<![省市区县州])(?:银监会|保监会)|"
    # the central discipline commission and the politburo by short names, central inspection teams (中央环保督察)
    r"中纪委|中央纪律检查委员会|政治局(?:常委|委员|会议|集体学习)|(?<![省市区县州])港澳办|"
    # central papers and broadcasters acting through their officers (求是杂志社社长某某一行来校调研, 中青报副主编…),
    # not as the outlet a headline cites (新华网：…)
    r"(?:求是杂志社|人民日报社|新华通讯社|新华社|光明日报社|经济日报社|中国日报社|中国青年报社|中青报|工人日报社|农民日报社|"
    r"法治日报社|科技日报社|中华工商时报社|中央广播电视总台|中国新闻社)(?=副?(?:社长|总编辑|主编|台长|总经理|党组|党委))|"
    # a national paper's own visit or reporting trip (中国妇女报来迎江区…采访, 中国民航报社到日照机场调研采访): the paper acting,
    # not the place it reports
    # (not Taiwan's 中国时报, nor a central company's own paper, 中国石化报, 中国航天报, which is the company's)
    r"中国(?<!台湾中国)(?<!臺灣中国)(?<![台臺]中国)(?!石化|石油|航天|航空|船舶|兵器|核工业|电子|移动|电信|联通|华能|大唐|华电|国电|中铁|铁建|建筑|有色|冶金|时报)"
    r"[\u4e00-\u9fff]{1,6}?报社?(?=" + _PAPER_VISITS + r")|"
    # (and by its title, 《中国人大》杂志社一行来滁…, 《人民政协报》采访调研组来通…, a department of it, 《人民政协报》新闻研究部
    # 到五峰…调研, or a central paper not named for China)
    r"《(?:中国(?!石化|石油|航天|航空|船舶|兵器|核工业|电子|移动|电信|联通|时报)[\u4e00-\u9fff]{1,6}?|" + _CENTRAL_PAPERS + r")》"
    r"(?:杂志社|报社|杂志|编辑部|[\u4e00-\u9fff]{0,4}?(?:部|中心))?(?=" + _PAPER_VISITS + r")|(?=[" + "".join(sorted({name[0] for name in _CENTRAL_PAPERS.split("|")})) + r"])(?:" + _CENTRAL_PAPERS + r")社?(?=" + _PAPER_VISITS + r")|"
    r"中央(?<!落实中央)[\u4e00-\u9fff]{0,6}?督察(?!整改|期间|反馈意见)|"
    # (the 中央…督察 above: not one whose findings a place carries out, 某省贯彻落实中央环境保护督察…整改方案, 福建省对外公开
    # 第二轮中央生态环境保护督察整改方案, nor the time it is in a place, …督察期间生态环境执法工作: the place acts)
    # the central media's reporting group on a tour (中央媒体“…”主题采访团走进某县): national, like a national paper's trip
    # (not the central media stationed in a province, 中央驻闽媒体, which are that province's)
    # (not a group awaited or received, 迎接中央主要媒体采访团…, 中央媒体采访团接待工作…: the place preparing acts)
    r"中央(?<!迎接中央)(?:主要|重点)?(?:新闻)?媒体[^，,。]{0,20}?(?:采访团|记者团|采访组)(?![^，,。]{0,4}?接待)|国家[\u4e00-\u9fff]{1,6}?督察组|"
    # the centre's teams sent to a place (中央指导组, 中央赴湖北指导组, 中央第三巡视组, 中央扫黑除恶第9督导组, 中央督导组,
    # 中央第五生态环境保护督察组, 中央专题调研组), and the Youth League's centre by its full short name (共青团中央)
    # (not a team awaited, 迎接中央专题调研组…准备工作: the place preparing acts)
    r"中央(?<!迎接中央)(?:扫黑除恶)?(?:赴[\u4e00-\u9fff]{1,4}?|第(?:[一二三四五六七八九十]+|\d+))?(?:生态环境保护|环境保护)?"
    r"(?:专题)?(?:指导组|督导组|巡视组|督察组|工作组|调研组|检查组|宣讲团)|共青团中央|"
    # (and the national anti-gang office and the teams it sends: 全国扫黑办广西特派督导组进驻贺州, 全国扫黑办召开…)
    r"全国扫黑(?:除恶)?办(?:[\u4e00-\u9fff]{2,4}?特派督导组)?|"
    # (and the League's national congress by its number, 共青团十九大将于…在北京召开: its centre's)
    r"共青团(?:十[五六七八九]|二十)大(?![学道街桥厦楼院])|"
    # the party's national congress by its number alone (十九大闭幕会; not the time since it, 党的十六大以来哈尔滨…), the party
    # and state (党和国家机构改革), China's government speaking (中方回应), and vice-premiers and state councillors of the
    # terms the news carries
    r"(?<![第\d])(?<!党的)" + _GREETED + r"(?:十[五六七八九]|二十)大(?![学道街桥厦楼院]|报道|精神|以来)|党和国家|中方(?=[\u4e00-\u9fff]{0,2}(?:回应|表示|强调|宣布|决定|敦促|谴责|召见|约见|交涉))|"
    r"刘延东|马凯" + _NAME_GOES_ON + r"|孙春兰|胡春华|刘鹤" + _NAME_GOES_ON + r"|"
    # (a national key laboratory's committee, 国家重点实验室学术委员会, is a university's unit, not a national body; nor is
    # a situation ending in 局, 服务国家周边工作大局, 国家发展新格局, a bureau: SITUATION_JU)
    r"国家(?!重点实验室|工程(?:技术)?研究中心)[\u4e00-\u9fff]{1,8}?(?:" + SITUATION_JU + r"局|总局|委员会)" + _BRANCH_AFTER + r"|中华人民共和国|"
    r"中国人民银行" + _BRANCH_AFTER + r"|(?<![洲本国])央行|"
    # central commissions by their short names (国家卫生计生委, 国家民委), the State Council's bureaus the news names
    # without 国家 (工商总局; a province has bureaus, never a 总局), the central and State Council general offices
    # (中办国办发文), and unnamed central departments (国家有关部门, 国家渔业部门)
    r"国家(?!级)[\u4e00-\u9fff]{1,6}?委(?![员托])|(?<![省市区县州])(?:工商|质检|税务|广电|体育|食品药品监管|"
    r"市场监管|新闻出版广电|新闻出版|林业|旅游|粮食|民航)总局|(?<![省市区县州])(?:中办|国办)|国家[\u4e00-\u9fff]{0,4}?部门|"
    # the central committee's offices (中央文明办, 中央编办) and the State Council's (国台办, 国新办) by their short names
    r"中央[\u4e00-\u9fff]{1,3}?办|国台办|国新办|国务院[\u4e00-\u9fff]{1,4}?办|(?<![省市区县州])国资委|证监会|银保监会|审计署|海关总署|"
    # the central government's offices in Hong Kong and Macao (中联办, 外交部驻港公署) and its missions abroad (驻悉尼总领馆,
    # 中国驻俄使馆, 驻某国大使): national bodies there
    r"中联办|中央人民政府驻(?:香港|澳门)(?:特别行政区)?联络办公室|外交部驻(?:香港|澳门)(?:特别行政区)?特派员公署|"
    # (not another country's mission or envoy in China, 韩驻中国大使…, 驻华大使…)
    r"驻(?!华|中国)[\u4e00-\u9fff]{1,10}?(?:大使馆|总领事馆|总领馆|领事馆|使馆|总领事|大使)|国侨办|"
    # the State Council's supervisory boards of state-owned enterprises (国有企业监事会主席某某…)
    r"(?<![省市区县州])国有(?:重点大型)?企业监事会|"
    # national leaders of the terms the news still carries (state, congress, council, CPPCC, discipline)
    r"李克强|温家宝|胡锦涛|张德江|栗战书|吴邦国|俞正声|汪洋" + _NAME_GOES_ON + r"|贾庆林|刘云山|王岐山|张高丽|韩正" + _NAME_GOES_ON + r"|" + CENTRAL_UNIT + "|" + CENTRAL_AID
)
# National leaders by name (a subset of NATIONAL): one leading a headline acts there, whoever he visits.
NATIONAL_LEADER = re.compile(r"习近平|李强" + _NAME_GOES_ON + r"|赵乐际|王沪宁|蔡奇" + _NAME_GOES_ON + r"|丁薛祥|李希"
                             + _NAME_GOES_ON + r"|李克强|温家宝|胡锦涛|张德江|栗战书|吴邦国|俞正声|汪洋" + _NAME_GOES_ON
                             + r"|贾庆林|刘云山|王岐山|张高丽|韩正" + _NAME_GOES_ON)
NATIONAL_BODY = [
    (re.compile(r"全国人大常委会|全国人大(?!代表(?!大会))|全国人民代表大会|十[一二三四五六七八九]?届全国人大(?!代表(?!大会))"), "congress"),
    (re.compile(CENTRE_DECIDES + r"|中国共产党|中央代表团|党的[一二三四五六七八九十]+大|(?:十[五六七八九]|二十)大|党和国家|党中央|中共中央|中央委员会|中央政治局|中央全面依法治国委员会|中央经济工作会议|中央人大工作会议|中央军委|"
                r"中央(?:统战部|宣传部|组织部|政法委|网信办|社会工作部|台办|外办)|"
                r"习近平|王沪宁|蔡奇|丁薛祥|李希|总书记|国家主席|胡锦涛|刘云山|王岐山|中央[\u4e00-\u9fff]{1,3}?办"), "party"),
    (re.compile(r"赵乐际|张德江|栗战书|吴邦国"), "congress"),
    (re.compile(r"俞正声|汪洋|贾庆林"), "cppcc"),
    (re.compile(r"最高人民法院|最高法|最高院"), "court"),  # (最高院: the court's own short, as lower courts write it)
    (re.compile(r"最高人民检察院|最高检"), "procuratorate"),
    (re.compile(r"中央纪委|中纪委|中央纪律检查委员会|国家监委|国家监察委员会"), "supervision"),
    (re.compile(r"政治局(?:常委|委员|会议|集体学习)|(?<![省市区县州])港澳办"), "party"),
    (re.compile(r"全国政协|中国人民政治协商会议"), "cppcc"),
    (re.compile(r"中消协|海协会|海峡两岸关系协会|共青团中央|团中央|" + ALL_CHINA_UNIONS), "massorg"),
    (re.compile(r"解放军(?:和武警部队)?(?:代表团|(?:部分|的)?全国人大代表)"), "congress"),
]
# A congress's group of deputies right after its name (第十代表小组, 代表联络组): its deputies at work.
DEPUTIES_GROUP = r"(?:第[一二三四五六七八九十0-9]{1,3})?代表(?:小组|组|联络组)"
# Body words after a place (or a relative 省/市/区/县): longest first within each alternation.
BODY_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # a party standing committee member named by his other post (某市委常委、常务副市长某某到…): the post he acts in
    (re.compile(r"委常委、(?:常务)?副[省市区县州]长"), "government"),
    # (so a party secretary or deputy who chairs the congress's standing committee, 州委书记、州人大常委会主任…: the congress)
    (re.compile(r"委(?:副)?书记、[省市区县州]?人大常委会(?:党组书记、)?主任"), "congress"),
    # (and a standing member by his discipline commission's, a city's or county's committee's or a military post, 州委常委、
    # 州纪委书记…, 州委常委、瑞丽市委书记…, 市委常委、军分区政委…: not the committee; the post after decides, as the labelling
    # rule reads it; dropped from the bodies found: _bodies)
    (re.compile(r"委常委、(?=[省市区县州]?纪委书记|[\u4e00-\u9fff]{2,6}?[市县区旗]委(?:副)?书记|[\u4e00-\u9fff]{0,4}?军分区)"), "skip"),
    # (a court whose hearings someone attends, 旁听法院庭审, 旁听区法院庭审: what the attenders watch, not who acts)
    (re.compile(r"(?<=旁听)[省市区县]?(?:人民法院|中级人民法院|法院|中院)(?=庭审|审理|案件|开庭)"), "skip"),
    # Democratic parties and mass organisations: their committees (民盟某市委, 致公党某省委会) are not the
    # party committee; listed first so that their 委 is not read as one.
    # (a place's 委会 with no party named, 温州市委会, is a democratic party's committee: the CPC's is 市委; and 团 before a
    # place's 市委, 团长春市委, is the Youth League's)
    (re.compile(r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:[省市区县州]?委员?会|[省市区县州]委|中央|支部|总支)?|"
                r"(?<=[省市区县州])委会(?!议)|(?:^|(?<=[、，,\s]))团(?=[\u4e00-\u9fff]{2,8}?[省市区县州]委)|"
                # (a place's democratic parties together, 福清市各民主党派“两会”履职…: theirs, not the session's; not
                # their members as people, 民主党派人士, nor a unit's branches of them, 我校各民主党派支部代表出席相关
                # 民主党派湖北省代表大会: the unit's)
                r"(?<!相关)(?:各)?民主党派(?!人士|成员|支部|总支|基层)|"
                r"妇女代表大会|妇代会|团代会|工代会|侨代会|文代会|科代会|工商联|总工会|工会|妇联|老科协|老记协|老促会|老体协|科协|侨联|文联|残联|社科联|(?=[作记美书音剧影舞曲])(?:(?<![合工创])作协(?![议调商同助])|记协|美协|书协|音协|剧协|影协|舞协|曲协)|共青团[省市区县州]委|共青团|(?<!集)团[省市区县州]委|红十字会|青联|学联|台联|"
                # (a society studying congress work, 滁州市人大工作研究会, 人大制度理论研究会, 鹤壁市人民代表大会制度理论研究会: an
                # association, no congress)
                r"(?:人大|人民代表大会)(?:工作|制度|新闻)?(?:理论)?研究会|"
                r"(?<!机)关工委|关心下一代工作委员会|法学会|学会|协会|研究会|基金会|促进会|(?<!协)商会|联合会(?!议)|"
                # (the united front's friendship associations and alumni bodies, 上海海外联谊会代表团访法: theirs, not a
                # congress delegation)
                r"海外联谊会|海联会|欧美同学会|黄埔军校同学会|"
                # (a council of the people's organisations' kind, 中国经济社会理事会; not a board's members, 理事会成员)
                r"(?<=[济会展业])理事会(?!成员|理事)|"
                # (the enterprises' federation and the trade promotion council by the short names the news uses, 省企联,
                # 中国企联, 市贸促会; not 校企联合, 村企联建, 院企联手, 民企联谊会)
                r"企联(?<=[省市县区州国]企联)(?![合动盟建手谊])|贸促会|"
                # (a church's 两会, its patriotic movement's committee and its association together: no congress's)
                r"(?:基督教|天主教)两会"), "massorg"),
    (re.compile(r"监察和司法委员会|法制委员会|法制工作委员会|宪法和法律委员会|财政经济委员会|财经委员会|"
                r"教育科学文化卫生委员会|教科文卫委员会|环境与资源保护委员会|环境资源保护委员会|农业与农村委员会|"
                r"农业农村委员会|社会建设委员会|民族宗教侨务外事委员会|民族委员会|外事委员会|华侨委员会|"
                r"代表工作委员会|预算工作委员会|选举联络人事任免工作委员会|人事代表选举委员会|常委会办公厅|常委会办公室|"
                # (a standing committee's office for its deputies, 大兴区人大代表联络室: the committee's own working body;
                # not a deputies' liaison station, 代表联络站, which is theirs, nor a room so named being opened,
                # 航空港区首个人大代表联络室揭牌, …正式揭牌, …举行揭牌仪式; nor a street's, town's or village's room,
                # which no standing committee has, 鼓浪屿街道人大代表联络室…)
                r"(?<![个座家镇乡村])(?<![个座家镇乡村]人大)(?<!街道|社区)(?<!街道人大|社区人大)(?:人大)?代表联络[室处]"
                r"(?!(?:正式)?(?:揭牌|挂牌|建成|启用|投用|落成)|正式成立|揭牌成立|成立$|举行[^，,。！!]{0,6}(?:揭牌|挂牌|启用|成立))|"
                # (a county's or town's election committee, which its congress's standing committee appoints and leads,
                # named right after its place: not a village's or a community's 换届选举委员会, nor Hong Kong's)
                r"(?<=[县区旗乡镇市])(?<!行政区)(?<!特区)(?<!社区)(?<!城区)选举委员会"),
     "congress"),
    # (a county congress's working committee in a street or town, 人大新津街道工委, 状元街道人大工委: the congress's own
    # agency, not the street)
    # (a congress's system of deputies' votes on the year's livelihood projects, 民生实事项目人大代表票决制, set up or
    # ruled on: the congress's, not the deputies acting)
    # (and deputy work, 加强改进代表工作, 以高质量代表工作服务…: the committee's work on its deputies, not the deputies
    # acting; not a deputies' station or room, 代表工作站, nor the committee's working body, 代表工作委员会)
    (re.compile(r"(?:人大)?代表票决制|代表工作(?![站室委])|人大(?:常委会)?[\u4e00-\u9fff]{1,6}?(?:街道|街|镇|乡)工委|(?:街道|镇|乡)人大工委|"
                # (not a festival's fairs, 阳朔举办“一节两会”, 一节两会 being one festival and two trade fairs)
                # (not an office's or a centre's directors meeting, 市总河长办公室主任会议, 市防指办主任会议)
                r"人民代表大会常务委员会|人大常委会|人民代表大会|人大|(?<!办公室)(?<!办)(?<!中心)(?<!小组)主任会议|常委会会议|常委会|(?<!节)两会|人代会|"
                # (the deputies' seats apportioned and the constituencies drawn, 做好代表名额分配及选区划分工作: the
                # standing committee's election work, not deputies acting)
                r"代表名额|选区划分|"
                # (a session's presidium named bare, 主席团第二次会议在州政府召开, 大会主席团举行第三次会议: the congress's
                # session, the corpus's gold for 61 of 72 presidiums; a CPPCC's or a party congress's is named with it)
                r"(?:大会)?主席团(?=举行|召开|第[一二三四五六七八九十\d]+次|会议|常务主席)|"
                r"立法(?:项目|建议|计划|规划)|"
                # (a place's own local regulation, 我市首条地方性法规…即将颁布, which only its congress makes; and the
                # congress's own charge to be four kinds of organ, 加强“四个机关”建设, no other body's words)
                r"(?<!全国)(?<!国家)地方性法规|[“\"]?四个机关[”\"]?建设"), "congress"),
    # (某地团代表: a delegation's members by its short form, 北京团代表热议…)
    # (a party and government delegation visiting, 某市党政代表团, is the party committee's, no congress's)
    (re.compile(r"党政代表团|党政考察团|"
                # (a place's delegation by its name alone going to another place to learn (九龙坡区代表团赴南川区学习考察):
                # its party and government delegation; a congress's goes to a session, 某市代表团抵京)
                r"(?<=[省市县区州旗])代表团(?=(?:一行)?(?:赴|到|前往)[^，,。：:]{1,12}?(?:学习|考察|交流|对接))"), "party"),
    # (the word first, then what comes before it: a look-behind tried at every character costs)
    (re.compile(r"代表团(?<!(?:经贸|商务|友好|考察|企业|青年|体育|艺术|文化|公司|集团|侨务|外事|政府|招商|投资|科技|教育|旅游|媒体|"
                r"记者|新闻|妇女|工会|侨界|华侨|医疗|专家|学生)代表团)(?<!办事处代表团)|"
                r"(?<=[\u4e00-\u9fff]{2})团(?=代表)"), "delegation"),
    # (a congress's numbered group of deputies, 济南市第十七届人民代表大会第十代表小组: deputies, not the congress; not the
    # united front's representative figures, 党外代表人士, 无党派代表性人士; nor bare deputies a verb works on, 激发代表活力,
    # 发挥代表主体作用, 服务代表依法履职: the committee's deputy work, whose body the headline names after; nor a group's
    # representatives, 群众代表, 师生代表, 支部代表, 各界代表: people picked to speak for their group, no congress's deputies;
    # nor a congress's work on its deputies named with them, 咸安区人大代表工作富有特色: the congress's, as 代表工作 is)
    (re.compile(r"(?:人民代表大会|人大)" + DEPUTIES_GROUP + r"|人大代表(?!工作(?![站室委]))|代表联络站|代表之家|代表工作站|"
                r"(?<!激发|发挥|服务|支持|保障|支部|师生|学生|职工|市民|群众|居民|村民|家长|员工|党员|教师|各界|团员|"
                r"业主|股东)(?<!志愿者)(?<!党)代表们?(?![大团会性]|人士)|"
                # (and the press's name for deputies, the people's spokesmen: 群众“代言人”们来了, 做好群众代言人; not a
                # brand's, 品牌代言人)
                r"(?:群众|人民|百姓)[“\"]?代言人"),
     "deputies"),
    (re.compile(r"纪委监委|纪律检查委员会|纪律检查委|纪委|监察委员会|监委"), "supervision"),
    # (a level's courts by their tier, 全省中级法院院长会议, 全市基层法院…: the courts of that level's place)
    (re.compile(r"中级人民法院|高级人民法院|基层人民法院|人民法院|中级法院|高级法院|基层法院|中院|高院|法院"), "court"),
    (re.compile(r"人民检察院|检察院|检察长|检察(?!官)"), "procuratorate"),
    # (and the session's press passage for its members, 委员通道, as 代表通道 is the congress's: a 两会's 委员通道, 海南省两会
    # “委员通道”首次开启, is the CPPCC's)
    (re.compile(r"政协|(?:两会)?[“\"]?委员通道"), "cppcc"),
    # (not 党组织, party organisations in general: 某区各级党组织开展…, 基层党组织…)
    # (but a company's, 中国移动湖北公司各级党组织: its own party organs, read as its 党委)
    # (a prefecture's party committee, 阿克苏地委, as 州委 and 盟委 are)
    # (and a party congress's delegates, 党代表, by their passage or at work: 湖南“党代表通道”: the party's congress, no
    # people's deputies)
    (re.compile(r"党代会|党代表大会|党代表|党委|(?<=[\u4e00-\u9fff])地委(?![员托])|委(?![员托])|党组(?!织)|(?<=公司|集团)(?:各级|基层)?党组织|领导(?!小组|干部)"), "party"),
    # (a department's corps, 省消防总队 or 某市交警支队, is a department as a bureau is; not a volunteers' or youth team's
    # 支队, the armed police's 总队, or the statistics bureau's 调查总队 in a province, which is the nation's; and no
    # situation ending in 局 that SITUATION_JU names, 工作大局, 新格局, 开好局, is a bureau)
    # (a league's or 地区's administrative office, 兴安盟行署, 某地区行政公署, is its government)
    (re.compile(r"人民政府|政府|行政公署|(?<=[盟区])行署|[省市区县州]长(?![期远效江城沙春治安])|(?<=自治区)(?:常务)?副?主席|办公厅|(?:(?!(?<!应)对(?![外台口]))[\u4e00-\u9fff]){1,6}?(?:厅|" + SITUATION_JU + r"局)(?![势面限])|(?:消防|交警|交通警察|公安|综合执法|执法|稽查|救援)[\u4e00-\u9fff]{0,4}?[总支]队|发改委|发展改革委|"
                r"住建委|教委|卫健委|卫计委|卫生计生委|"
                # (and the commissions the press names short after their level, 市农委, 省国资委, 市卫生健康委, 市经信委:
                # not a congress's 财经委 or 农委, a 委员 or 委托)
                r"(?<=[省市县区州旗盟])(?:卫生健康|国资|经信|工信|农|科|商|民宗|民|计生|建|交|旅发|经)委(?![员托])|"
                # departments whose standard names are longer than the six characters above allow, or are commissions
                # (省粮食和物资储备局, 市住房和城乡建设局, 省发展和改革委员会, 省卫生健康委员会): the whole name
                r"(?=[粮住人自规政城综地国公文新发卫民经科教交商])(?:粮食和物资储备|住房和城乡建设|人力资源和?社会保障|自然资源和规划|规划和自然资源|政务服务和大数据管理|"
                r"政务服务数据管理|城市管理和综合执法|城市管理综合行政执法|综合行政执法|地方金融监督管理|国有资产监督管理|"
                r"公共资源交易管理|文化广电和?旅游|文化广电新闻出版|新闻出版广电)(?:厅|局)|"
                r"(?=[发卫人民国住城经科教交商规工])(?:发展和?改革|卫生健康|卫生和计划生育|卫生计生|人口和计划生育|民族宗教事务|民族事务|国有资产监督管理|"
                # (and the commissions some municipalities run their lines of work by: 天津市城市管理委员会, 天津市工业和信息化
                # 委员会; not 农业农村委员会, a congress's special committee's name too)
                r"住房和?城乡建设|城乡建设|城市管理|经济和?信息化|工业和信息化|科学技术|教育|交通|商务|规划和自然资源)委员会"),
     "government"),
    (re.compile(r"大学|学院|社区|街道|村民|居民|市民|群众|志愿者|企业|学校|医院"), "public"),
]
# A sector's party committee (省律师行业党委, 社会组织行业党委, 市非公经济组织和社会组织党委): an organ of its place's party
# committee for that sector, like a department, not the committee itself.
SECTOR_PARTY_BEFORE = re.compile(r"(?:行业|两新组织|非公(?:有制)?(?:经济)?组织(?:和社会组织)?|社会组织|非公企业|新兴领域)$")
CENTRAL_MEDIA_STATIONED = re.compile(r"中央(?:和省级)?驻(?P<abbr>[" + "".join(PROVINCE_ABBR) + r"])(?:媒体|新闻单位|新闻媒体)")
UNIT_CHAR = re.compile(r"[中学校院馆局所站司厂行队心团社会部处室台场园厅委办]")  # a unit's name's end glued to its party organ
VISITING = re.compile(r"(?:一行)?(?:来|赴|到|莅临|前往)[^，,。]{1,10}?(?:考察|调研|学习|参观|交流|访问)")
ORG_CONGRESS = re.compile(r"(?:科协|工会|妇联|妇女|共青团|团|侨联|文联|作协|工商联|残联|学联|青联|社科联|台联|红十字会|教职工)"
                          r"(?:第[一二三四五六七八九十]+次|[一二三四五六七八九十]+届[一二三四五六七八九十]+次|[一二三四五六七八九十]+大)?"
                          r"(?:全国|全省|全市)?(?:会员)?代表大会")
SESSION_TIME = re.compile(r"[”\"]?(?:期间|前夕)")
PARTY_MEMBERS_BEFORE = re.compile(r"(?:社内|盟内|会内)[省市区县]?$|^(?:社内|盟内|会内)")
ATTEND = re.compile(r"出席|参加|列席|应邀|参会|陪同")
# A congress organising deputies to attend another body's activity (区人大常委会组织代表参加区法院庭审旁听, 街道人大工委组织辖区
# 人大代表参加…): the organiser's supervision work, not the hearing's owner
ORGANISES_DEPUTIES_TO = re.compile(r"组织[^，,。：:\s]{0,10}?代表")
# A break between two phrases of a headline (a space or a comma), and a meeting named before one
PHRASE_GAP = re.compile(r"[\s，,；;]")
MEETING_BEFORE = re.compile(r"会议|开幕|闭幕|召开|举行")
DEPUTY_ON_OWN = re.compile(r"人大代表|代表")
_COUNT = re.compile(r"部分|[0-9０-９]+[名位]|[一二三四五六七八九十百两]+[名位]")
# The rest of a hospital's name after its place (涪陵医院, 某县中心医院, 某区人民医院).
_HOSPITAL_NAME_END = re.compile(r"[\u4e00-\u9fff]{0,6}?医院")
# A company's branch for a province or a city right after its place (湖北公司, 湖北省分行, 湖北省电力有限公司, 武汉销售分公司).
# (narrower than _ORG_BRANCH, which takes any short word before 分公司: a plant or an oilfield, 湖北化肥分公司, is no
# branch for the province seated in its capital)
COMPANY_BRANCH = re.compile(r"(?:省|市)?(?:电力|销售|石油|移动|联通|电信)?(?:有限)?(?:分公司|分行|公司|分院|分社)")
# A place's own people or firms by a relative word before or at the start of them (市民, 市属国有企业, 县直单位).
LOCAL_BODY_BEFORE = re.compile(r"[市县区州镇乡][属直民]|[市县区州镇乡]$")
# Before the republic's name as an anniversary's occasion (庆祝中华人民共和国成立…周年, 喜迎新中国成立…).
# An organisation's kind after its own name (摄影家协会, 欧美同学会), and that name between a level word and the kind.
ORG_OWN_SUFFIX = re.compile(r"学会|协会|研究会|基金会|促进会|商会|联合会|联谊会")
ORG_OWN_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")
OCCASION_BEFORE = re.compile(r"(?:庆祝|纪念|喜迎|献礼|迎接)新?$")
# Between the place deputies are stationed in and their word (驻焦作市全国、省人大代表, 驻吕梁市省人大代表, 驻邓南阳市六届):
# the congresses' levels they sit in, a term, a count (国 for 全国 before the next level, 驻巴国、省人大代表).
_STATIONED_GAP = re.compile(r"(?:全国|国(?=[、和及])|自治区|[省市州县区旗、和及]|第?[一二三四五六七八九十百]+届|部分|[0-9]+名|的)*")
# The General Secretary's words or visit as what a place is known by (总书记回信中提到的沧源县…, 习近平总书记点赞的某村):
# the place after it is the subject, not he (dropped when a place follows).
LEADER_MENTIONED = re.compile(r"^(?:习近平)?总书记[^，,。：:！!？?\s]{0,10}?(?:提到|提及|点赞|牵挂|关心|回信|惦念|考察|视察|关注|"
                              r"嘱托|称赞|肯定|到过|走过)过?的")
# A place's 两会 begun, as its paper marks the season (中山开启“两会时间”, 潜江进入“两会”时间), beside its CPPCC members
# and no deputies: the members arriving act (the session season is no body), as when they lead (政协委员如期赴会 包头进入…).
SESSION_SEASON = re.compile(r"(?:开启|进入|迎来)[“\"]?两会[”\"]?(?:时间)?[”\"]?")
# A place or body taking part at a branch venue (固阳县在分会场参加…市政府部门述职报告会, 我县在分会场收听收看…): the
# meeting's owner acts, as for any meeting someone attends; a bare place attending is dropped, a body only when the owner
# is named ahead (MEETING_OWNER_AHEAD).
BRANCH_VENUE = re.compile(r"^(?P<who>[^，,。：:！!？?\s]{2,16}?)在(?:[\u4e00-\u9fff]{1,4}?)?分会场(?:参加|收听收看|出席|参会|同步参加)(?:了)?")
# A meeting's owner named at the head of what someone attends at a branch venue (全市…, 全国…, 国务院…, 省委…).
MEETING_OWNER_AHEAD = re.compile(r"(?:“[^”]{0,30}”)?(?:\d{4}年度?)?(?:全国|全省|全市|全区|全县|全州|国务院|中央|中共中央|"
                                 r"[省市州](?:委|政府|人大常委会|政协))(?!人大代表)")
# Deputies grouped by the place they are stationed in, the place after them (全国人大代表常德小组, 第十三届全国人大代表某市
# 小组, 省人大代表某县活动小组, 市人大代表北仑中心组, 市人大徐汇代表组, 省、市人大代表鼓楼团): read as stationed there
# (驻常德全国人大代表小组). A congress's word without 代表 needs 代表 in the group's (市人大徐汇代表组), and 团 needs the
# deputies' word before the place: a congress's delegation (全国人大河南省代表团, 江门市人大代表台山代表团) is no such group.
# A session's political resolution named by the body's term and session alone (房山区第八届委员会第二次会议政治决议).
CPPCC_RESOLUTION = re.compile(r"^(.{0,12}?)(第[一二三四五六七八九十]+届委员会第[一二三四五六七八九十]+次(?:全体)?会议政治决议)")
# A place's delegation at a congress's session by its short form after the congress (市人大门头沟团, 省人大泉州团).
LEVEL_DELEGATION_SHORT = re.compile(r"[省市]人大(?P<place>[\u4e00-\u9fff]{2,4}?)团(?=审议|讨论|举行|召开|全体|分组|[，,\s]|$)")
DEPUTY_GROUP = re.compile(r"(?P<deputies>(?:第[一二三四五六七八九十]+届)?(?:全国|省|自治区|市|州)人大(?:代表)?)"
                          r"(?P<place>[\u4e00-\u9fff]{2,7}?)(?P<group>(?:代表)?(?:活动)?小组|中心组|代表组|团)")
# Deputies of a level above the site named bare before their group's activity (省人大代表围绕…开展代表小组活动 on a city's
# site): a group's activity is the deputies stationed in the site's place at work there, not the province's congress.
DEPUTIES_GROUP_ACTIVITY = re.compile(r"^(?P<deputies>(?:省|自治区|市|州)人大代表)(?=[^，,。！!？?]{0,24}?开展"
                                     r"[^，,。！!？?]{0,6}?代表小组活动)")
# A place's own hospital or school named by the place and its kind or number (仙桃一医, 某县人民医院, 德化一中, 某市第二
# 中学): a unit of the place, not its government or party.
PLACE_UNIT_AFTER = re.compile(r"(?:市|县|区)?(?:第[一二三四五六七八九十]+)?(?:人民医院|中医院|中医医院|妇幼保健院|医院|中学|小学|"
                              r"实验学校|职业中学|职业学校)|" + NUMBERED_HOSPITAL + r"|[一二三四五六七八九十]中(?![央心国华])")
# The words that put deputies or members in the place after them (驻焦作市…, 住闽…, 在六安市的省人大代表).
STATIONED_BEFORE = "驻住在"
# The level words of congresses above a place of each level, as deputies stationed there are named after it and 的.
LEVELS_ABOVE = {"city": ("省", "全国", "自治区"), "county": ("省", "全国", "自治区", "市", "州")}
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
ORGANISED_INSPECTION = re.compile(r"会前(?:集中)?视察|集中视察")
NANJING = "320100"  # (宁 is 宁夏's short and, in Jiangsu's own press, 南京's)
# A term count right after a character (新一届人大代表): the character begins a word, no place's short.
TERM_AFTER = re.compile(r"[一二三四五六七八九十]*届")
# A one-character short of a city or county after those words, before the deputies or members stationed there (在绵全国、
# 省人大代表, 住株省政协委员, 驻邓南阳市六届人大代表): the press's own short of its place, read against the site's places.
STATIONED_SHORT = re.compile(r"(?<=[驻住在])(?!全国)(?P<abbr>[\u4e00-\u9fff])(?=(?:[\u4e00-\u9fff]{2,3}[市州])?"
                             + _STATIONED_GAP.pattern + r"(?:人大代表|政协委员))")
_GAP = re.compile(r"(?:第?[一二三四五六七八九十百]+届|[一二三四五六七八九十百]+届|第[一二三四五六七八九十百]+次|党组|"
                  r"[0-9０-９]{2}后|(?:常务)?副|" + _COUNT.pattern + r")?")  # (贵州90后全国人大代表: a generation
# word between a place and its deputies; 广德市副市长: a deputy's rank between a place and its post; 在闽57名全国人大代表,
# 江门市5位全国人大代表, 福建部分全国人大代表: a count, after a place's name or its one-character short followed by digits)
ENACTMENT = re.compile(r"第[一二三四五六七八九十]+届人民代表大会(常务委员会)?第[一二三四五六七八九十]+次会议(?:审议)?(?:通过|修订)")
# A body's report presented at a congress session (某区第十届人民代表大会第五次会议政府工作报告, 在县第十七届人民代表
# 大会第四次会议上作法院工作报告, 朝阳区十八届人大一次会议政府工作报告): the reporting body acts, of the session's place; the session is only where.
SESSION_REPORT = re.compile(r"在?(?P<place>[^，,。\s（(]{0,12}?)第?[一二三四五六七八九十]+届(?:人民代表大会|人大)第?[一二三四五六七八九十]+次"
                            r"(?:全体)?会议上?(?:的|作)?(?=(?:人民)?(?:政府|法院|检察院)工作报告)")
# A place's leaders reviewing the report of the government above (石家庄市领导审议省政府工作报告…): they review it as
# the place's delegation at the session above (RUBRIC: a region's own delegation at a higher congress), not as leaders.
LEADERS_REVIEW_ABOVE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?[市州县区盟旗]?|[市州县区盟旗])领导(?:参加)?(?:分组)?审议"
                                  r"(?=(?:省|自治区|市|州)政府工作报告)")
# The session opening named first, then deputies or members of a place leaving for it (全国政协十一届四次会议明日开幕 驻豫
# 委员赴京): the travellers are what the headline reports, so the session's clause is dropped before them.
SESSION_THEN_TRAVEL = re.compile(r"^(?:[《【][^》】]{1,10}[》】])?(?:[^，,。\s]{2,24}?(?:会议|两会|人代会)[^，,。\s]{0,6}?(?:开幕|召开)|"
                                 # (or the session they go to, clipped as printed: 出席十届全国人大四次会 我省全国人大代表抵京)
                                 r"出席[^，,。\s]{4,24}?会议?)"
                                 r"[\s，,]+(?=[^，,。\s]{1,10}?(?:代表|委员)们?(?:陆续)?(?:赴京|抵京|进京))")
# A place's deputies named after the session they attend, at the head (出席十一届全国人大一次会议广西代表抵京, 出席省十四届
# 人大一次会议的邢台代表报到): the place's delegation.
ATTENDING_FIRST = re.compile(r"^出席(?P<session>[^，,。\s的]{4,30}?(?:会议|两会|人代会))的?(?P<place>[\u4e00-\u9fff]{2,8}?)"
                             r"(?:全国人大|省人大|人大)?代表(?:委员)?(?:团)?(?=抵|赴|启程|报到|进京|离|返)")
# A city's deputies and members arriving for their province's session, the session named before them (省两会今明先后开幕
# 泉州市代表委员抵榕): the city's delegation there. (Not the NPC's: a city sits at no national session as a delegation,
# 杭州出席全国两会的代表委员抵京 are its deputies.)
PROVINCIAL_SESSION_NAMED = re.compile(r"省(?:两会|人代会|[^，,。\s]{0,8}?人大[^，,。\s]{0,6}?次会议)")
SESSION_ARRIVALS = re.compile(r"(?:^|(?<=[\s，,：:！!]))(?P<place>[\u4e00-\u9fff]{2,6}?)(?:省?人大)?代表(?:委员)?(?:们)?"
                              r"(?=抵|赴会|启程|报到)")
# A province's deputies and members leaving for or arriving in the capital (湖北代表委员抵京, 荆楚网:我省代表委员抵京,
# 河北代表委员陆续抵京): the province's delegation to the NPC session, as 湖北代表团抵京 is. (A city's are its deputies,
# 杭州出席全国两会的代表委员抵京: a city sits at no national session as a delegation.)
NATIONAL_ARRIVALS = re.compile(r"(?:^|(?<=[\s，,：:！!]))(?P<place>[\u4e00-\u9fff]{1,6}?)(?:全国人大)?代表(?:委员)?们?"
                               r"(?:昨日?|今日?|昨天|今天|陆续|顺利|已)*(?=抵京|赴京|进京|启程赴京)")
# The deputies from outside Beijing arriving there (京外代表全部抵京, 京外全国人大代表陆续报到): the NPC's.
OUTSIDE_BEIJING_DEPUTIES = re.compile(r"京外(?:全国人大)?代表(?=[^，,。\s]{0,6}?(?:抵京|报到|进京|抵达))")
# A place's delegation named with the session it attends between (福建省出席十四届全国人大二次会议代表团, 盐都区出席
# 市九届人大一次会议代表团): the place's delegation, as 福建代表团 (the session is where it acts, not who acts).
# (湖北省出席第十三届全国人民代表大会代表, the deputies a province elects to the NPC, likewise: 湖北省全国人大代表)
DELEGATION_ATTENDING = re.compile(r"(?<=[省市区县州旗盟])出席(?:第?[一二三四五六七八九十]+届)?(?P<nation>全国)?"
                                  r"(?P<level>(?<!全国)(?:自治区|[省市州县区旗]))?(?:第?[一二三四五六七八九十]+届)?"
                                  r"(?:人民代表大会|人大)(?:第?[一二三四五六七八九十]+次(?:全体)?会议)?"
                                  r"(?=代表团|(?P<deputies>代表))")


def _attending_delegation(m: re.Match[str]) -> str:
    """DELEGATION_ATTENDING's replacement: the session dropped before a delegation, the congress's level kept before
    deputies (我市出席省十四届人大一次会议代表 -> 我市省人大代表); a match naming no term (届) left as it is (市委书记出席
    市人大代表座谈会 is 出席 the verb)."""
    if "届" not in m.group(0):
        return m.group(0)
    if not m.group("deputies"):
        return ""
    if m.group("nation"):
        return "全国人大"
    return f"{m.group('level')}人大" if m.group("level") else m.group(0)

# Several places' delegations listed before 代表团 (参加乐桥、矾山、白山代表团审议): the first-named's, as a joint act is
# coded; left whole, the list is read by its last name, the one next to 代表团 (白山, a city in another province)
LISTED_DELEGATIONS = re.compile(r"、(?:(?:(?!人大|政协|委|政府|党|人民)[\u4e00-\u9fff]){2,4}、)*"
                                r"(?:(?!人大|政协|委|政府|党|人民)[\u4e00-\u9fff]){2,4}(?=代表团)")
# The NPC's deputies by the congress's full name (全国人民代表大会代表), and those a place elected (我市选出的全国人大
# 代表): the deputies as the news usually writes them.
NPC_DEPUTIES_FULL = re.compile(r"(?:选出的)?全国人民代表大会代表(?!大会|团)|选出的(?=全国人大代表)")
# Organisation names that begin with the country or party word and then a place are that place's bodies.
_ORG_PARTY = re.compile(r"中国共产党(?=[\u4e00-\u9fff]{2,16}?委员会)")
_ORG_PARTY_CONGRESS = re.compile(r"中国共产党([\u4e00-\u9fff]{2,12}?)(第[一二三四五六七八九十]+次)代表大会")
# (its term may come first, 中国人民政治协商会议第十三届贵阳市委员会: then 贵阳市政协第十三届)
_ORG_CPPCC = re.compile(r"中国人民政治协商会议(第?[一二三四五六七八九十]+届)?([\u4e00-\u9fff]{2,16}?)委员会")
_ORG_PAREN = re.compile(r"中国[（(]([\u4e00-\u9fff]{2,8})[）)]")
_ORG_DOT = re.compile(r"中国\s*[·•・‧]\s*")
# Democratic parties' full names (中国民主同盟某省委员会) as their usual short names, so that their
# committees are read as the parties' (民盟某省委员会), not as the nation acting.
DEMOCRATIC_PARTY_SHORT = {"中国国民党革命委员会": "民革", "中国民主同盟": "民盟", "中国民主建国会": "民建",
                          "中国民主促进会": "民进", "中国农工民主党": "农工党", "中国致公党": "致公党",
                          "台湾民主自治同盟": "台盟",
                          # (its name without 中国, as its committees often write it: 农工民主党云南省委)
                          "农工民主党": "农工党"}
DEMOCRATIC_PARTY_FULL = re.compile("|".join(DEMOCRATIC_PARTY_SHORT))
# A democratic party's name right before its chairman, no place before it (台盟主席:…; 民进中央主席 names its committee).
PARTY_CHAIR_UNPLACED = re.compile(r"(?<![\u4e00-\u9fff])(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?=(?:常务)?副?主席)")
ORG_COMMITTEE = re.compile(r"(?:第[一二三四五六七八九十]+届)?(?:委员会|委会|委)")
# 中国 before an organisation's own name (中国法学会, 中国某某协会) is its name, not the nation acting.
_ORG_NATION_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:学会|协会|研究会|基金会|促进会|商会|联合会|联谊会|理事会)|"
                              # (or its customary short name, a federation's: 中国城商联, 中国文联)
                              r"(?:文|侨|残|妇|台|青|商|城商|工商)联(?![通合系络动盟想手网赛邦])")
# A national company's brand after 中国 and before a place's branch (中国移动广西公司, 中国银行厦门分行)
_ORG_BRANCH = re.compile(r"(?:省|市|自治区)?(?:[\u4e00-\u9fff]{0,4}?分公司|公司|分行|支行)")
_NOT_BRAND = re.compile(r"[，,。、：:的在与和]")
# The customary short names of the universities named 中国… (中国科大, 中国农大, 中国矿大, 中国海大…; 中国人大 is also
# the congress: left out)
_UNIVERSITY_SHORT = re.compile(r"(?:科|农|矿|海|药|地|石|传)大(?![会学家局型力])")
# 中国 as an attribute (中国地方人大, 中国特色, 中国式): not the nation acting
_NATION_ATTRIBUTE = re.compile(r"地方|特色|式|梦|故事|智慧|方案|之治|经验|实践|道路|基层")
# A body named as the one praising or thanking the headline's subject (受到中国科协通报表扬, 获省政府通报表彰,
# 得到国务院办公厅督查激励): the subject is praised, the praiser is no actor.
PRAISER_NAME = 8  # how far before its body word a praiser's name may begin (国务院办公厅, 中国科协)
PRAISER_VERB = re.compile(r"受到|获得|得到|获")
PRAISE_AFTER = re.compile(r"[^，,。！!？?\s]{0,8}?(?:通报表扬|通报表彰|表扬|表彰|肯定|嘉奖|点赞|督查激励|感谢信|致信感谢)")


def _praiser(text: str, start: int, end: int) -> bool:
    """Whether the body or name at text[start:end] praises or thanks the subject before it: its name begun after
    受到/获得 within PRAISER_NAME characters, in one phrase, and praise after it (受到中国科协通报表扬; 受到国务院办公厅
    通报表扬, 办公厅's word read from 到 on)."""
    if PRAISE_AFTER.match(text, end) is None:
        return False
    verbs = list(PRAISER_VERB.finditer(text, max(0, start - PRAISER_NAME), min(end, start + 2)))
    return bool(verbs) and not _PHRASE_BREAK.search(text, verbs[-1].end(), end)


# A national body or leader right after 向/给 (reported to, written to), 把 (its object) or a visit verb (拜访, 走访): the
# addressee, object or host, while the headline's subject (named before, or the site's own people when none is) acts.
ADDRESSED_BEFORE = re.compile(r"(?<![方指动导转面意])(?:向|给)$|(?<![一])把$|(?:拜访|拜会|走访|参访|造访)(?:国家)?$")
# Another country named right before a body of the same name as China's (美国国务院, 乌干达海关总署): that country's.
FOREIGN_BEFORE = re.compile(FOREIGN_COUNTRY + r"(?:政府|国家)?$")
# A place's people studying or watching a leader's speech (某地各界收看…习近平重要讲话, 某地干部群众学习…批示): they,
# not the leader named after them, are what the headline is about.
PEOPLE_STUDY = re.compile(r"(?P<who>[\u4e00-\u9fff]{0,2}界|广大干部群众|干部群众|干群|党员干部|干部职工|广大党员|人民群众|群众|人民|"
                          # (and its leading bodies' leaders together, 县四套班子领导集中收看十八大开幕盛况)
                          r"(?:四套|四大|五套)班子(?:领导|成员)|四大家领导|"
                          r"广大师生|全校师生|师生|教职工)"
                          r"[^，,。]{0,8}?(?:学习|收看|收听|观看|热议|关注|传达|贯彻|认真学习|热烈反响|拥护)")
# An event's name begun by 中国 after its edition (首届中国陶瓷电商峰会, 第三届中国某某节): the event, not the nation.
_EVENT_ORDINAL = re.compile(r"(?:首届|第[一二三四五六七八九十百\d]+届|\d{4}(?:年|\s)?)$")
# ... or one that opens (中国画节、文展会4月20日开幕): an event held somewhere, named so
_EVENT_HELD = re.compile(r"[、，,]?[^，,。]{0,12}?(?:开幕|闭幕|启幕|落幕|开展|举办|举行)")
_NATION_EVENT = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:峰会|论坛|博览会|展览会|交易会|洽谈会|文化节|艺术节|旅游节|节|大赛|展)")
BARE_SESSION = re.compile(r"人大会议|两会|人代会|人民代表大会|人大")
# A party committee's deputy secretary who heads the government of the same place, named by both posts (区委副书记、
# 区长某某, 市委副书记、代市长某某, 市委副书记、市政府党组书记、市长某某): the government's head at work, as he is named
# alone (区长某某…), not the committee (its head is the secretary); read as the last post. (scripts/label_headlines.py
# reads a gatherer's person_post alike: DEPUTY_SECRETARY_CHIEF there.)
DEPUTY_SECRETARY_CHIEF = re.compile(r"([省市县区州旗盟])党?委副书记[、，,]\s*(?:\1(?:人民)?政府党组书记[、，,]\s*)?(?:代)?\1长(?!助理)")
# A province's standing committee member who heads a city (省委常委、市委书记某某, 福建省委常委、厦门市委书记…: the
# capitals' and the sub-provincial cities' secretaries): the city's post is his office, the first one his rank.
PROVINCIAL_RANK_BEFORE_CITY_POST = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}?(?:省|自治区))?(?:省|自治区党?)委常委[、，,]\s*"
    r"(?=[\u4e00-\u9fff]{0,6}?(?:市|州|盟)(?:委(?:副)?书记|长(?!助理)))")
# A place's level word repeated before its body (仙桃市市委, 忠县县委, 兴安盟盟委): written once.
LEVEL_REPEATED = re.compile(r"([市县区省州盟])\1(?=委|人民政府|政府|人大|政协|长|纪委)")
# Bodies of two or three levels acting together by their relative names (省市政协联合督办…, 省市县人大联动…): the first
# named, the province's, as the corpus codes joint actors (省市政协致公界别委员赴…: 省政协); not deputies or members of the
# levels together, 省市两级人大代表, 省市政协委员, who are the site's place's; nor a province's cities and counties, 全省市县政协
# (and people's organisations of both levels, 省市社科联领导来…调研, 省市老促会老区办领导来宁…; the levels listed with a
# mark between, 省、市政协文化文史和学习委员会到浠水调研, likewise)
JOINT_LEVELS = re.compile(r"(?<![全本各])省、?市(?:、?县区?|、?区县?)?(?=(?:政协|人大常委会|人大(?!代表)|人民政府|政府|法院|检察院|"
                          r"社科联|老促会|老区建设促进会|科协|文联|侨联|工商联|妇联|总工会|残联|红十字会|台联|作协|关工委)"
                          r"(?!代表|委员))")
# The democratic parties' short names, and their branches below a place's committee (石家庄民建藁城区支部) or in a
# university or unit (九三学社安徽大学支社, 民盟某大学委员会).
DEMOCRATIC_PARTY = re.compile("|".join((*DEMOCRATIC_PARTY_SHORT.values(), "九三学社")))
# (a numbered branch, 民盟宜兴八支部, 第三支部: the number is part of its name)
# (a base committee by its short too, 九三学社安徽农业大学基层委)
BRANCH = re.compile(r"(?:第?[一二三四五六七八九十0-9]{1,3})?(?:基层委(?:员会)?|总支部?|支社|支部|小组)")
BRANCH_IN_UNIT = re.compile(r"(?:基层委(?:员会)?|委员会|总支部?|支社|支部|小组)")
# The verbs of calling on a body (某集团拜访某市委市政府): the body after them is the one called on.
CALLS_ON = re.compile(r"拜访|拜会|走访")
# The level each relative word names (省 a province, 市/州 a city, 区/县 a county).
RELATIVE_LEVEL = {"省": "province", "市": "city", "州": "city", "区": "county", "县": "county"}
# A level word inside a body's name found with no place (团省委, 民盟省委会, 九三学社市委, 自治区司法厅): the level it names;
# at the name's head (after the league's 团) or after a democratic party's or the league's name, and not the first
# character of another word (市场监管局, 市民广场, 省心办, 省内: no level word; 市民政局, 市外事办 are the city's; 集团省委
# 书记, 城建局: no party's name before it).
LEVEL_IN_NAME = re.compile(r"(?:^团?|(?<=民革|民盟|民建|民进|台盟)|(?<=农工党|致公党|共青团)|(?<=九三学社))"
                           r"(自治区|省(?![心时力钱会际级]|内|外(?![事办侨国]))|"
                           r"市(?![场面级区县]|民(?![政宗族防])|内(?!贸)|外(?![事办侨国]))|州)"
                           r"(?=委|政府|人大|政协|[\u4e00-\u9fff]{0,4}?(?:厅|局|委员?会|联|院|办))")
# 民盟's committee called by the league's one character at a phrase's head (盟省委, 盟市委): no 联盟 or 同盟 before it.
LEAGUE_COMMITTEE_SHORT = re.compile(r"(?:^|(?<=[，,、\s：:|丨｜】]))盟(?=[省市区县州]委)")
# and by its level and the league's character (省盟调研组分赴…, 市盟召开…): that level's 民盟 committee.
LEAGUE_LEVEL_SHORT = re.compile(r"(?:^|(?<=[，,、\s：:|丨｜】]))(?P<level>[省市区县])盟(?=[\u4e00-\u9fff])(?![市旗员])")
# An event held somewhere (论坛在榕举办): with no body acting, the place it is held decides.
HELD_AT = re.compile(r"在([^，,。\s]{1,8}?)(?:隆重)?(?:举办|举行|开幕|召开|启动|落幕|闭幕)")
# What a place named first does itself, before a national name that is only its object (某市认真开展住建部…).
OWN_ACTION = re.compile(r"开展|召开|举行|举办|部署|组织|推进|启动|完成|出台|印发")
# A place convening something (某市召开…, 某县举行…) at the start of a headline.
CONVENES = re.compile(r"(?:召开|举行|举办|组织召开|部署|印发|出台)")
_PHRASE_BREAK = re.compile(r"[\s，,！!？?]+")
# ... and a dash or a semicolon, which end the clause a place picked out of a list heads (我市入选…——某县位列第一).
LIST_CLAUSE_BREAK = re.compile(r"[\s，,！!？?；;—]|--")
# An office or unit named by its own short name (天保办, 考试院, 督导组), going somewhere with no place of its own.
VISITOR_UNIT = re.compile(r"[办院局委厅组队站所处]|中心")
# Verbs of going somewhere, before the place gone to.
MOVE_BEFORE = "赴到来往至抵在"
# Before a province's or city's one-character abbreviation, the verbs that make it a destination (进京, 赴京, 抵榕, 莅临
# 闽) or the place left (离京): not the place of a body named with no place of its own (在京, 驻京 are where it is).
ABBR_DESTINATION_BEFORE = "进赴抵入来返莅离援"
# A named unit below a place (某市某某社区, 某区某某村): the unit, not the place, is what the item is about.
# Only its place is known: inside the home it is 下情; for a home inside that place it may be anywhere in it.
SUBUNIT = re.compile(r"社区|街道|(?:村|镇|乡)(?=[：:，,\s]|党|人大|村委|居委|$)")
SUBUNIT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
# ... named as the subject: followed by a colon, a comma, a space or its own organs (某某社区：…, 某某村党委)
SUBUNIT_END = re.compile(r"[：:，,\s|｜丨]|党|居委|村委|$")
# Members of a national body living in or elected from a region (住闽全国政协委员, 在湘全国人大代表).
NATIONAL_MEMBERS = re.compile(r"政协委员|人大代表")
# A development or trade zone named at a headline's head (东湖高新区…, 某某经济技术开发区…).
ZONE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:国家)?)?[\u4e00-\u9fff]{2,4}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|"
                       r"开发区|保税区|综合保税区|自贸片区)")
# A zone named right after its city's name (泉州台商投资区, 宜昌高新区; 新区 are districts the gazetteer knows), or a
# university's campus in it (厦门校区).
PLACE_ZONE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:台商投资区|高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|保税区|"
                        r"综合保税区|自贸片区)|校区")
ZONE_WORD = re.compile(r"开发区|高新区|经开区|保税区|投资区|自贸片区|校区")
# A local branch of a department's system named at a headline's head before a colon (某某区局：…, 某某分局：… on a
# provincial bureau's site), its place unknown to the gazetteer: a unit inside the site's place. (A branch's tag before
# deputies or members who speak, 孝感市局：全国人大代表点赞…, names who reports, not who acts.)
BRANCH_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?:分局|区局|县局|市局)[：:]")
# A headline led by a person's name (某某到某地调研, 某某：…, 某某主持会议): common single-character surnames
# and one or two given-name characters, then an action verb or a colon. Whether it is a name (not a place
# such as 黄石) is checked by find_person_lead.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "庄常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
            "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
            "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
            "苑迟邝"
            # (rarer ones the corpus's and the leaders' tables' names bear, and traditional forms Hong Kong's, Macao's and
            # Taiwan's pages write; not those that begin many common words, 楼市, 幸福, 支持, 修订, 印发; the words 洪, 储,
            # 厉 and 矫 begin are in NOT_NAMES)
            "傅洪赖阎裘储谌鄢锺雒綦檀矫晁郇辜诸奚亓庹厉钮張葉楊鄧陸顏許劉吳羅麥")
# Persons by their names alone before a verb (周坚、杨勇平; 张三一行): no body, no place, no post.
NAMES_ONLY = re.compile(r"[" + SURNAMES + r"][\u4e00-\u9fff]{1,2}(?:[、和与及][" + SURNAMES + r"][\u4e00-\u9fff]{1,2}){0,3}"
                        r"(?:一行|等)?")
POST_END = re.compile(r"(?:长|书记|主任|主席|委员|代表)(?:一行|等)?$")
# A column tag before the headline proper (两会声音|…): the actor is in the headline after it.
# (a paper quoted as the source, 泉州晚报：…, or the papers that carried it, 人民法院报、江苏经济报：…, is no actor either;
# nor an organ's website cited before a person at work, 陕西省教育厅网站:陈俊到商洛学院调研, though one before its own news,
# 某市人大常委会网站：今年以来…, is its own)
# (a media mark may stand before the tag: [图]【聚焦某地“两会”】…, (图)两会声音|…; a bracketed lead clause of someone's
# act, a name then the act and what it is, 【李楚主持召开市政府常务会议】…, is the headline's subject, no column; 【领导调研】,
# 【会见会谈】 are columns; the bar may be Hong Kong's press's vertical dash, 兩會2026︱…)
COLUMN_TAG = re.compile(r"^(?:[\[（(](?:多图|组图|图文|图|视频)[\]）)]\s*)?(?:[^|丨｜︱【]{1,12}[|丨｜︱]|【(?![" + SURNAMES + r"][\u4e00-\u9fff]{1,2}(?:主持|召开|会见|调研|出席|考察|强调|走访|看望)[^】]{2,})[^】]{1,24}】|\[[^\]]{1,12}\]|[（(](?:多图|组图|图文|图|视频|直播|快讯|独家)[)）]|(?:[\u4e00-\u9fff]{2,6}报、)*(?:[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|都市报|商报)|" + _CENTRAL_PAPERS + r")[：:]|(?:[\u4e00-\u9fff]{2,6}报、)+[\u4e00-\u9fff]{2,6}报[：:]|[\u4e00-\u9fff]{2,12}(?:网站|官网|客户端|公众号|官微)[：:](?=[" + SURNAMES + r"][\u4e00-\u9fff]{1,2}(?:到|赴|在|莅临|调研|会见|主持|出席|深入|走访|看望|慰问|考察|带队|率队)))\s*")
# The legislature's acts on a regulation: a place that revises a regulation is its congress acting.
LEGISLATES = re.compile(r"(?:修改|修订|通过|审议|制定|废止|批准|表决)[^，,。]{0,20}?(?:条例|法规|决定)|立法|"
                        # (a place's rules in quotes put to the vote, 北京“新交规”通过表决: its legislature's)
                        # (not a village's or an estate's rules, 《村规民约》表决通过, 《管理规约》)
                        r"[“\"《][^”\"》]{0,12}(?:交规|条例|规定|办法|法)[”\"》](?:草案)?(?:获)?(?:通过表决|表决通过)")
# A body reporting to a congress (某检察长向省人民代表大会作工作报告): the reporter is the actor.
REPORT_TO = re.compile(r"向[^，,。]{0,12}?(?:人民代表大会|人大常委会|人大|代表)[^，,。]{0,8}?(?:作|报告|述职)")
# A chamber named after a second place (湖北省安徽商会: 安徽 people's chamber in 湖北).
OUT_OF_TOWN_CHAMBER = re.compile(r"(?:省|市)?(?:企业|商业)?(?:商会|同乡会|联谊会|企业家联合会)")
# Going to a place or unit (某县工商联到…商会学习考察, 赴…, 走访…).
VISIT_VERB = re.compile(r"到|赴|走访|莅临|走进|前往")
# The site's own unit at a headline's head (我院, 我校, 本局…).
# The site's own unit at the head winning an award, a place on a list or an approval (我校在…活动中获奖, 我院…入选…名单).
OWN_UNIT_AWARDED = re.compile(r"^(?P<own>(?:我|本)(?:院|校|局|馆|所|中心|公司|行))[^，,。：:]{0,30}?"
                              r"(?:获奖|获评|荣获|获得|入选|获批|喜获|斩获|摘得)")
OWN_UNIT_HEAD = re.compile(r"^(?:我|本)(?:院|校|局|委|馆|所|厅|办|会|中心|公司|行|部|处)|"
                           # a school's or hospital's own party organ, union or youth league by the unit's one
                           # character (院党委召开…, 校团委与…): the site's own
                           r"^[院校](?:党委|党总支|纪委|团委|工会)")
# A body that honours something named after 被 (某中学被教育部认定为…): the agent, not who the headline is about
PASSIVE_AGENT = re.compile(r"被([^，,。被]{1,12}?)(?:认定|评为|命名|授予|列为|确定为|表彰|批准|认证|遴选)")
# ... and the examiner whose check a place passes (我市顺利通过国务院教育督导委员会…复查): the place acts, as above.
PASSED_BY = re.compile(r"(?:顺利|成功|高分|全票|正式|再次|均|都|已)?通过([^，,。]{1,40}?)(?:验收|复查|复审|复核|评估|考核|审核|评审|考评)")
# Relaying a meeting's spirit (某区传达贯彻市两会精神): the one who relays it acts.
# (宣讲 a national congress or plenum, 传达学习 a leader's speech: the one who relays it acts, not the speaker)
RELAY = re.compile(r"(?:传达|贯彻|学习|落实)[^，,。]{0,24}?精神|(?:传达学习|学习贯彻|传达贯彻|宣讲)[^，,。]{0,16}?"
                   r"(?:精神|重要讲话|讲话|批示|指示|(?:十[五六七八九]|二十)大|全会)|"
                   # a speech made somewhere, named at length (学习贯彻某某在…代表团参加审议时的讲话精神)
                   r"(?:传达|贯彻|学习|落实)[^，,。]{0,48}?(?:时|上)的(?:重要)?讲话精神|"
                   # the spirit named before the relaying word (我院召开全国两会精神传达学习会议): from the meeting word on
                   r"(?<=[开办行织])[^，,。]{0,20}?精神(?:传达|学习|宣讲|贯彻)")
# A date or a year opening a headline right before its subject (2018年全省…, 16日起全省…).
# (a year may carry its part: 2023年第四季度全省…, 2024年上半年全市…, 2025年3月5日全县…, 2024年1-6月…, 2024年以来…)
DATE_LEAD = re.compile(r"^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年度?(?:第?[一二三四]季度|前[一二三]季度|[上下]半年|"
                       r"\d{1,2}(?:[-—至]\d{1,2})?月(?:份|\d{1,2}日)?)?(?:起|以来)?|"
                       r"\d{1,2}月(?:\d{1,2}日)?(?:起|以来)?|\d{1,2}日(?:起|以来)?)")
# A year before the subject (2017年度全省…): no part of it.
YEAR_LEAD = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年度?")
# A host's verb right before a delegation it receives (与…代表团座谈, 会见…代表团)
HOSTS_DELEGATION = re.compile(r"(?:与|会见|接见|接待|欢迎|宴请|看望)[^，,。：:与]{0,8}$")
# ... or the body organising its work (州人大常委会组织部分在临夏全国人大代表…开展集中视察): the organiser acts
ORGANISES_DELEGATION = re.compile(r"组织(?:部分)?[驻住在]?$")
PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]+大|党代会|党代表大会")
# Deputies at their congress's session or in its organised work, not acting on their own. (Deputies' inspections,
# 人大代表集中视察, 会前视察, are theirs unless the headline names the standing committee organising them: the corpus's
# gold, processing/models/data/NOTICE, 37 of 43 tuning verdicts; the committee named first is the actor then.)
DEPUTIES_IN_SESSION = re.compile(r"两会|人代会|大会(?!" + DEPUTIES_GROUP + r")|会议|审议|议案|执法检查|列席|代表团|陆续报到|集中报到|盛会|"
                                 # (the session's suggestions listed by number, 2018年代表建议(351—380号))
                                 r"代表建议[(（]\d|"
                                 # (a province's deputies arriving in its capital by its one character, 云南省十一届人大代表
                                 # 抵昆, 四川省人大代表抵蓉: for its session)
                                 r"抵(?:达)?[昆蓉榕汉邕筑穗杭石并郑济庐昌兰乌呼哈沈琼](?![\u4e00-\u9fff]?[市县区])|"
                                 # (deputies voting on the year's projects, 人大代表票决产生…民生实事项目: at the session; not the system, 票决制,
                                 # nor its slogan, 代表票决说了算)
                                 r"票决(?!制|说了算)|"
                                 # (deputies submitting their suggestions, 区人大代表提交建议40件: at the session, as 议案 are)
                                 r"(?:提交|提出)[^，,。]{0,6}?建议|"
                                 # (a forum on deputy work, 西安市人大代表工作座谈会召开: the standing committee's, as 会议 is)
                                 r"代表工作(?:座谈会|推进会|交流会)|"
                                 # (deputies trained for their duties, 市十八届人大代表接受履职培训, 区人大代表履职培训班开班:
                                 # the standing committee's deputy work, which runs the training)
                                 r"代表们?(?:接受|参加)[^，,。]{0,6}?(?:培训|轮训)|代表(?:履职|学习|集中|专题)(?:能力)?(?:培训|轮训)|"
                                 # (deputies registering for the session on its eve, 县人大代表今报到, 人大代表向大会报到)
                                 r"代表们?(?:今天?|昨天?|今日|昨日)报到(?![^，,。]{0,4}(?:进站|联络站|进驻|站点))|向大会报到|完成报到|报到(?:侧记|速写)|"
                                 # (or with no time word, the headline or its clause ending there: 意气风发 为民代言 市人大代表报到)
                                 r"代表们?报到(?=$|[\s，,。!！])|"
                                 # (registering on the eve of the opening, 今日报到明日开幕, or arriving at the session's
                                 # lodgings, 菏泽市人大代表抵达住地)
                                 r"报到[^，,。\s]{0,4}开幕|抵达(?:住地|驻地)|"
                                 # (the session about to open or opening today, 即将开幕!群众“代言人”们来了!)
                                 r"(?:即将|今天?|今日|明天?|明日|隆重)开幕(?!式)|"
                                 # (arriving at the session's city to register, 湖南省人大代表抵达长沙报到; not at a station)
                                 # (nor deputies of another level, 长沙县市人大代表, 厦门市省人大代表)
                                 r"(?<![省市县区州][省市县区州]人大代表)(?<![省市县区州][省市县区州]人大代表们)"
                                 r"(?:抵达|到达)(?![^，,。]{0,6}(?:站|点|之家|家))[\u4e00-\u9fff]{1,6}?报到|"
                                 # (led or organised by their standing committee, 在市人大常委会组织下视察…)
                                 r"常委会[^，,。：:]{0,10}?(?:组织|带领|率领)下|跟随[^，,。：:]{0,10}?常委会|"
                                 # (deputies arriving for the session, 人大代表陆续报到, not at a liaison station; deputies
                                 # discussing or quoted,
                                 # 浙江代表热议…, 浙江代表：…, as at a session)
                                 r"代表(?:委员)?们?(?:热议|畅谈|建言|[:：])|"
                                 # (the session's press passage for deputies, 8位人大代表亮相“代表通道”; not a party
                                 # congress's, 5名党代表走上“代表通道”: PARTY_DELEGATES below)
                                 r"代表通道")
# A party congress's delegates (党代表): no people's congress's deputies, whatever passage they take (the party
# congress named as what deputies discuss, 代表们热议…：落实党代会部署, is not they).
PARTY_DELEGATES = re.compile(r"党代表")
# A contest someone wins in (…在湖北省2019年“中华魂”主题教育活动中获奖, …在全市首届…竞赛中斩获佳绩): the place inside it
# holds the contest, the one before 在 wins.
CONTEST_WON = re.compile(r"在[^，,。；;！!？?\s]{2,40}?(?:活动|比赛|大赛|竞赛|评选|评比|展演|运动会|锦标赛|联赛|挑战赛|技能赛|"
                         r"会演|汇演|征文)中(?:获奖|获得|荣获|斩获|夺得|摘得|喜获|再获|勇夺|获评)")
# The verbs of an award, a title or a list granted (某地荣获某省某称号, 拟认定为某省某示范区): what follows names the award.
AWARD_VERB = re.compile(r"荣获|获评|荣膺|被评为|被授予|被命名为|获授|获批|被认定为|拟认定为|认定为|命名为|"
                        # (a title kept or won again: 我县蝉联“山西省文化强县”荣誉称号)
                        r"蝉联|再获|喜获")
# A town's or township's congress named by the town (醪桥镇第六届人民代表大会, 某乡人大主席团).
TOWN_CONGRESS_NAMED = re.compile(r"([\u4e00-\u9fff]{1,6}[镇乡])(?:第[一二三四五六七八九十]+届)?(?:人民代表大会|人大)")
# ... and the towns' and townships' congresses all together (武宣县各乡镇全部顺利召开人民代表大会, 雨城区各镇…召开…人代会)
TOWNS_SESSIONS = re.compile(r"(?P<towns>(?:各|全部|所有|\d+个)(?:乡镇|镇乡|镇|乡))[^，,。：:]{0,12}?(?:人民代表大会|人代会)")
# ... and its party committee (某镇党委, 某街道党工委; the townships' all together too, 乡镇党委书记访谈…).
TOWN_PARTY_NAMED = re.compile(r"([\u4e00-\u9fff]{1,6}(?:[镇乡]|街道))(?:党委|党工委)")
# A county or banner at a headline's head by a name the gazetteer does not hold (察县召开…, 中共鄂温克旗委…: customary
# short names), after a date or a time word, before its own organs or its convening: a county inside the site's place,
# not the site's place. Not a count, a kind or a pair of levels (百强县, 两县, 市县, 全县, 各旗: NOT_A_COUNTY too).
UNKNOWN_COUNTY_LEAD = re.compile(r"(?:近日|日前|近期|今年|今日|昨日|今天|昨天|本周|上周|本月|上月|连日来|近年来)?(?:中共)?"
                                 r"([^\W\d_省市区县州旗盟镇乡村两三四五六七八九十百千万各全我本该此某强]"
                                 r"[^\W\d_省市区县州旗盟镇乡村]{0,3}[县旗])"
                                 r"(?=(委(?![员托]))|人大|人民代表大会|人民政府|政府|政协|纪委|监委|召开|举行)")
# ... but a kind of county (贫困县, 产粮大县, 民族县, 自治县, 兄弟县, 对口县, 邻县) or a banner's bare direction (右旗, 中旗)
# or a person's name (张旗人大代表)
NOT_A_COUNTY = re.compile(r"(?:大|贫困|民族|自治|邻|外|他|兄弟|对口|结对|帮扶|地|重点|示范|试点|先进|强|和谐|生态|文明|山区|"
                          r"边境|边远|人口|经济|产粮|农业|工业|旅游|老区|革命|发达|毗邻|周边|相邻|直管|友好)[县旗]$|"
                          r"^[左右前后中东西南北][县旗]$")
# ... nor a county visiting the site's place (察县人大常委会来我市考察), nor one convening another level's people
# (察县举行市政协委员座谈会, 察县召开驻县市人大代表座谈会)
VISITING_SITE = re.compile(r"(?:来|到|赴)(?:我|本)[省市州盟]|(?:来|到|赴)[^，,。：:\s]{0,6}考察")
OTHER_LEVEL = re.compile(r"[省市州区镇乡]|全国|中央|驻")
# A roundup of practice elsewhere with no single actor (各地人大…, 多地…): 外情 unless a place comes first.
# (not the national deputies or members from everywhere, 各地全国政协委员陆续抵达驻地: the national session's)
ROUNDUP = re.compile(r"^(?:全国)?(?:各地|多地|各省区市|各省市|各省份|多个省份|多省|多个地方|部分地方|一些地方)"
                     r"(?!的?(?:全国人大代表|全国政协委员))")
# A meeting convened (召开…大会, 座谈会召开), not one relayed (…会议精神); a spirit relayed to be carried out (思明区迅速
# 传达贯彻市两会精神, 迅速传达学习…) or its study deployed or organised (部署学习宣传贯彻…, 组织学习…, 举办…专题研讨班), not
# studied or preached by the place's people (传达学习, 学习贯彻, 宣讲).
CONVENED_MEETING = re.compile(r"(?:召开|举行)[^，,。]{0,30}?会(?!议?精神)|会议?(?:召开|举行)|传达贯彻|迅速传达|"
                              r"部署(?=学习|宣传|贯彻|传达)|"
                              r"组织(?:学习|开展|收听|收看)|举办[^，,。]{0,30}?(?:研讨班|培训班|读书班)")
# A relayed spirit at a headline's head followed by a dash, a person and an act (学习贯彻…精神——某某为党外人士作专题
# 报告): the person acts, not the meeting whose spirit is studied.
RELAY_TITLE_BREAK = re.compile(rf"\s*(?:——|--)\s*[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:为|给|向|在|作|出席|主持|宣讲|讲授)")
# A slogan leading in before the headline's own clause, set off by a dash or a space (楚天智海遇知音------湖北省图书馆举办…,
# 奋力建设“福建‘芯’小镇 环湾后花园” 中共晋江市新塘街道…会议召开): a place it names is the theme, not who acts, when the
# clause after it names its own body by a place (SLOGAN_LEAD_UNIT: a slogan naming a unit, 武汉大学 湖北省…, is not one)
SLOGAN_LEAD = re.compile(r"^(?P<slogan>(?:[\u4e00-\u9fff]{2,16}[，,])?[\u4e00-\u9fff]{0,16}(?:“[^”]{2,20}”[\u4e00-\u9fff]{0,6})?)"
                         r"(?:\s*(?:——|-{2,})\s*|[\s\u3000]+)")
SLOGAN_LEAD_UNIT = re.compile(r"大学|学院|学校|中学|小学|医院|公司|集团|银行|协会|学会|商会|研究|中心|[局厅委办院会部馆站所队团社]")
# A series' part named by its place at the end (福建老区县发展巡礼.惠安篇, 广西沿边地区基层检察院国庆巡礼-东兴篇): the part is
# about that place, inside the place the series names
SERIES_PART = re.compile(r"[.．·之\-:：—]\s*(?P<part>[\u4e00-\u9fff]{2,4})篇[)）]?$")
# A person named with a department head's post before the verb (某某局长会见…, 某某副主任调研…): the person leads.
# A session named at a headline's head as the time of what follows (全国人大会议期间, 省十四届人大四次会议期间).
SESSION_DURING_HEAD = re.compile(r"^[^，,。：:！!？?\s]{2,24}?(?:会议|全会|两会|人代会|大会)[”\"]?期间[，,]?")
# ... when it is a people's congress's or CPPCC's session (not a party congress's, a workers' or the Internet's)
SESSION_DURING_OWNER = re.compile(r"人大|人代会|人民代表大会|两会|政协")
SESSION_DURING_OTHER = re.compile(r"党|职工|职代|团|妇女|工会")
# 团 right after a place and before the deputies of the congress it sits at (天水团省人大代表): the place's delegation;
# so too the first of several so named, or with the deputies counted (云南团、新疆团13名全国人大代表视察…).
DELEGATION_SHORT = re.compile(r"(?<!共青)团(?=(?:、[\u4e00-\u9fff]{2,4}?团)*(?:[\d一二三四五六七八九十]+名)?"
                              r"(?:全国|省|自治区|市)人大代表)")
CONGRESS_SESSION_WORD = re.compile(r"人大|人代会|人民代表大会")
# An outlet named before a colon as the item's first publisher, its own relative word after it (荆楚网:我省代表委员抵京
# on a Shandong portal): 我省 is the outlet's province, not the reposting site's.
OUTLET_BEFORE_OWN = re.compile(r"^(?P<outlet>[\u4e00-\u9fff]{2,6}?(?:网|日报|晚报|都市报|报))[：:](?=[我本][省市区县州])")
# The publisher's own place by a relative word (我市, 本县), after a column tag that names another place.
OWN_PLACE_AFTER_TAG = re.compile(r"[我本][省市区县州旗]")
NAME_POST_LEAD = re.compile(
    rf"^(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:副|常务副)?(?:局长|厅长|主任|部长|署长|院长|司长|处长|会长|省长|市长|州长|区长|县长|"
    r"主席|书记|秘书长|"
    r"董事长|总经理|校长|总领事|大使)"
    r"(?P<verb>会见|在|到|赴|出席|调研|看望|慰问|主持|参加|检查|考察|视察|走访|拜会|拜访|莅临|带队|率|强调|指出|向|"
    r"开展|联系|接待|督办|听取|[:：])")
# 莅 before a province's or city's one character (某某莅泉调研): 莅临 that place, the person the one who goes.
ARRIVES_AT_ABBR = "莅(?=[" + "".join(sorted(MOVE_TARGETS)) + "])"
# (a character of a second leader's name: not the verb that follows the names, so that 姚运明带队…, 胡晓华一行… and
# 王应华来枝调研… are one three-character name each, not 姚运 and 明带队, nor 王应 and 华来枝)
_NAME_CHAR = r"(?:(?!带队|带领|一行|率|在|到|赴|来|会见|出席|调研|看望|慰问|莅临|走访)[\u4e00-\u9fff])"
PERSON_LEAD = re.compile(
    # (two to four leaders named together, 某某某某某会见…, 某某、某某、某某会见…, lead as one: the first stands for all)
    rf"^(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)(?:、?[{SURNAMES}]{_NAME_CHAR}{{1,2}}?(?:、[{SURNAMES}]{_NAME_CHAR}{{1,2}}?){{0,2}}"
    r"(?=会见|在|到|赴|出席|调研|看望|慰问|一行|带队|带领|率|莅临|走访))?(?:同志)?"
    r"(?P<verb>在|到|赴|深入|前往|来|走进|率|带队|带领|主持|出席|会见|看望|调研|检查|督导|督查|宣讲|慰问|参加|走访|拜会|拜访|"
    r"莅临|" + ARRIVES_AT_ABBR + r"|一行|一线|强调|指出|讲话|要求|暗访|现场|[:：])")
# Common words that begin with a surname character and stand before such verbs (全面检查, 明确要求).
NOT_NAMES = frozenset({"全面", "全力", "全体", "全年", "全程", "全员", "高度", "高位", "高效", "高质", "严格", "严肃", "明确",
                       "文明", "安全", "和谐", "成功", "时代", "连续", "常态", "党员", "向前", "金秋", "平安", "方向",
                       "关于", "关键", "解决", "管理", "应急", "万人", "万名", "公开", "公正", "集中", "及时", "龙头",
                       "司法", "华侨", "宣讲", "调研", "检查", "督导", "现场", "申请", "游客", "余名", "于是", "相关",
                       # (words that begin with a rarer surname: 洪水来袭…, 储备粮在…, 厉行节约, 矫正对象)
                       "洪水", "洪峰", "洪灾", "洪涝", "洪流", "储备", "储蓄", "厉行", "矫正", "诸多", "赖以",
                       # (a body's word that begins with a surname: 党委书记到…, 常务副主席率队…)
                       "党委", "党组", "党支", "党工", "党总", "纪委", "常务",
                       # (a people's organisation's short that begins with one: 文联主席到…, 侨联主席…)
                       "文联", "侨联", "台联", "残联", "妇联", "商会", "工会"})
VISIT_VERBS = frozenset({"会见", "拜会", "拜访", "莅临", "莅", "率", "带队", "在", "到", "赴", "深入", "前往", "来", "走进", "一行", "一线", "调研",
                         "检查", "视察", "督导", "督查", "向",
                         "宣讲", "慰问", "走访", "暗访", "现场", "看望", "强调", "指出", "讲话", "要求", ":", "："})
# A relative word with no place (市人大, 全市法院, 我区): on a national site it names no province or city.
# (not the first character of another word: 市场监管局, 市面, 省心)
RELATIVE_LEAD = re.compile(r"(?:全|我|本)?(?:省(?![心时力钱会际级])|市(?![场面级])|[区县州旗盟])")
# A level word leading a body's name that names no place by itself: a relative one, or an autonomous region's or
# prefecture's (自治区政协, 自治州人大常委会), which a national site leaves as open as 省政协.
LEVEL_WORD_LEAD = re.compile(f"(?:{RELATIVE_LEAD.pattern}|自治[区州])")
# With nothing else acting: the country itself (我国…), or a national law cited (《中华人民共和国某法》播发, 立法纪实).
OUR_COUNTRY = re.compile(r"^(?:[^，,。：:]{0,6}?)我国")
NATIONAL_LAW = re.compile(r"《中华人民共和国[^》]{1,30}?法典?》")
# A law's enforcement inspection by the law's bare name (种子法执法检查, 《未成年人保护法》执法检查报告): a 法 is a national
# law (a place's own acts are 条例, 办法, 规定), whose inspection the national legislature launches where no place's
# congress is named and no site's place says whose it is.
BARE_LAW_INSPECTION = re.compile(r"(?:《[^》]{2,20}?(?<![办方做])法》|[\u4e00-\u9fff]{2,12}?(?<![办方做司执立宪])法)"
                                 r"(?:实施情况)?的?执法检查")
# An occasion held, opened or closed (自治区第十届少数民族传统体育运动会开幕): what a bare 自治区 or 自治州 at the head acts in.
AUTONOMY_OCCASION = re.compile(r"开幕|闭幕|召开|举行|举办|启动|开班|开赛")
# A book of the General Secretary's works, or on his thought, published, the book the whole headline (《习近平谈治国理政》
# 第四卷出版发行, 《习近平总书记关于某某的重要思想学习读本》出版发行): the centre's publishing, not a place's launch of it or
# its people's response (我市举行《…》首发式, 《…》第三卷在我省发行, 《…》出版发行 我市干部群众反响热烈).
LEADER_WORKS_PUBLISHED = re.compile(r"^(《[^》]{0,30}?习近平[^》]{1,40}?》)(?:第[一二三四五六七八九十]+卷|[\u4e00-\u9fff]{1,6}?文版|单行本)?"
                                    r"(?:出版发行|出版|发行)[\s。!！]*$")
# Charters only the national bodies amend (宪法修正案, 政协章程修正案, 党章): with no place or body before them, the
# national legislature's, the national CPPCC's or the Central Committee's act, not the site's place.
NATIONAL_CHARTER = re.compile(r"(?P<congress>宪法修正案)|(?P<cppcc>(?:中国人民政治协商会议|政协)章程)|"
                              r"(?P<party>(?:中国共产党章程|党章)(?:[（(]?修正案[)）]?))")
# The national congress's session (全国两会, 全国人代会): a region's deputies there are its delegation.
NATIONAL_SESSION = re.compile(r"全国[“\"]?两会|全国人代会")
# An institution named after a place (某省大学, 某市学院): a unit somewhere inside that place, not its authority.
# (the kinds of school a name puts between its place and 大学/学院, each longer kind before the shorter one it ends
# with: 南阳开放大学, 某市广播电视大学, 某省工业大学, 某市医学院 (医 before 学院), 福建中医学院)
INSTITUTION_KIND = ("职业技术", "幼儿师范", "师范", "理工", "电子科技", "科技", "医科", "中医药", "职业", "开放",
                    "广播电视", "工业", "农业", "交通", "财经", "艺术", "体育", "工程", "外国语", "警察", "民族", "中医",
                    "医")
INSTITUTION = re.compile(r"(?:" + "|".join(INSTITUTION_KIND) + r")?(?:大学|学院)")
# A place picked out of a list or a ranking (全国某某名单发布 某县入选, 某省某评价出炉 某市居全省第一): the place
# so named is the headline's subject, not the nation or the province that made the list.
RANKED = re.compile(r"(?:再次|再度|成功|首次|荣)?(?:入选|入围|上榜|获评|获批|获授|荣获|居全|位居|位列|名列|排名全)")
# A paper's title after a name and a colon, ending in a research word, a noun phrase joined by 的, 与, 及 or 和 (某某：…的
# 聚类研究, 某某：…传承与发展研究, 某某：关于…的思考); not a quote that ends so (李明：深入开展调查研究, 某某：…需要科学研究).
ESSAY_AFTER_NAME = re.compile(r"[：:](?=[^，,。！!？?]*[的与及和])[^，,。！!？?]*(?<!调查)(?<!科学)"
                              r"(?:研究|探析|浅析|初探|刍议|探究|述评|之我见|的思考)$")
# A paper's or talk's title after a name and a colon, by its opening word or its closing one (某某：关于…的几点思考, 某某：
# 浅谈…, 某某：…的实践与思考): its author's, not a place's report, whatever place shares the name.
PAPER_AFTER_TAG = re.compile(r"[：:](?:关于|浅谈|浅析|试论|略论|谈谈|论)|[：:][^，,。！!？?]*(?:思考|研究|探析|初探|刍议|探究|述评|之我见)$")
# A place tag before a colon at the very start (某县：…): that place is the headline's subject.
PLACE_TAG = re.compile(r"([\u4e00-\u9fff]{2,3})[：:]")
# (not a decision announced or passed on, 召开干部会议宣布主要领导调整决定, 传达上级决定: a meeting's news, no act's title)
REGULATION_TITLE = re.compile(r"^(?!.*(?:宣布|作出|做出|传达|调整)[^，,。]{0,16}决[定议](?:（[^）]*）)?(?:\(\S*\))?$)"
                              r".*(?:条例|规定|办法|规则|细则|决定|决议)(?:（[^）]*）)?(?:\(\S*\))?$")
# Of those, the kinds a people's congress makes (条例, 规定, 决定, 决议, and a law's implementing measures, 实施《…法》
# 办法, or 《…法》实施办法 after it); a place's 办法, 细则 or 规则 with no body named, or a government's order (政府令),
# are its government's rules (规章: 某省…管理办法; 某省《…条例》实施办法, a State Council regulation's, too). The measures
# for the constitutional oath (某省国家工作人员宪法宣誓组织办法) are a congress's too: the NPC Standing Committee's decision
# of 2015 has each province's congress standing committee make them.
CONGRESS_RULE = re.compile(r"^(?!.*政府令).*(?:(?:条例|规定|决定|决议)(?:（[^）]*）)?(?:\(\S*\))?$|实施《[^》]{2,30}》|"
                           r"宪法宣誓(?:组织|实施)?办法$|"
                           r"《[^》]{1,30}?(?<![办方做])法(?:[（(][^）)]{1,6}[）)])?》实施办法$)")


# A place's 条例 (the form a congress's local regulations take; a 规定 or a 决定 may be its government's) that is the
# whole headline with what is said of it: explained or coming into force (《某市某某条例》解读, …正式实施, …5月1日起施行,
# …将于今年10月1日起施行).
# Not a draft (（草案）, 送审稿: whose draft it is varies), nor another body's act about it (…宣传月活动启动 市城管局…,
# 实施细则出台, 知识竞赛).
REGULATION_AT_HEAD = re.compile(r"^(?:关于)?《(?P<name>[^》（(]{4,40}?条例)》(?:(?:将于|将|自|于|从)?(?:\d{4}年|今年|明年)?"
                                r"(?:\d{1,2}月\d{1,2}日|今日|今天|明日|明天|今|明)?起?)?(?:正式)?"
                                r"(?:施行|实施|生效|颁布实施|颁布|公布|出台|解读|政策解读|的解读|全文)[。！!\s]*"
                                # (and what it brings, in a phrase after a comma: …出台,今后养犬将有法可依)
                                r"(?:[，,](?![^《》，,。]*?(?:[省市区县州旗]|局|委|厅|人大|政府|法院|检察院|政协))"
                                r"[^《》，,。]{2,30}[。！!]?)?$")

# A place's 条例 named with no title marks at the head, before a colon and what is said of it (江西省庐山风景名胜区管理条例:
# 下好“先手棋”…), or in title marks and passed (《柳州市柳州螺蛳粉产业发展条例》审议通过将报自治区人大常委会批准…: the
# body it goes to for approval is not who made it).
REGULATION_NAMED_HEAD = re.compile(r"^(?:《(?P<marked>[^》（(]{4,40}?条例)》(?:经)?(?:审议|表决)?(?:获得?)?通过|"
                                   r"(?P<name>[\u4e00-\u9fff]{4,40}?条例)[：:])")
# A place issuing a local regulation (百色出台中国首部规范芒果产业发展地方性法规, 广西出台保护漓江首部地方法律法规): its
# congress, whose act a 地方性法规 or a 条例 is; not the nation or the country its record is the first of.
REGULATION_ISSUED = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)(?:出台|制定|颁布)[^，,。：:]{0,30}?"
                               r"(?:地方性法规|地方法规|法律法规|条例)$")
# An autonomous county or banner, whose congress makes its own 自治条例 and 单行条例; other counties and districts make
# no 条例 (a county's named, 南宁横州市茉莉花保护发展条例, is its city's congress's act).
AUTONOMOUS_COUNTY = re.compile(r"自治县|自治旗")


# A municipality's own event for its districts' officers (区人大常委会主任培训班, 区县委书记座谈会召开).
MUNICIPAL_EVENT = re.compile(r"^(?:各区|区县|[区县])[^，,。]{0,12}?(?:主任|书记|长|干部|代表|委员)[^，,。]{0,6}?"
                             r"(?:培训班|座谈会|述职|会议|名单|大会|研讨班|读书班)")


def below_site(text: str, source: Division, title: str = "") -> bool:
    """Whether text opens with a relative word (市, 全县, 我区) of a level below the site's place, which that place
    does not itself have (市委 on a provincial site, 区政府 on a prefecture city's or a municipality's site): a unit
    inside it; title, the whole headline, for a municipality's own event for its districts' officers."""
    rel = RELATIVE_LEAD.match(text)
    if rel is None:
        return False
    marker = rel.group(0)[-1]
    if source.is_municipality:
        # (a municipality is its own 市; its districts and counties are below it, unless its own event for their
        # officers is named: 区人大常委会主任培训班, 区县委书记座谈会)
        return marker in "区县" and not MUNICIPAL_EVENT.match(COLUMN_TAG.sub("", title or text))
    if source.level == "province":
        return marker in "市州区县" and not (marker == "区" and source.name.endswith("自治区"))
    return source.level == "city" and marker in "区县" and not source.name.endswith("区")


# A headline that is a document's title in book-title marks and nothing else, its issue number before it or none
# (法〔2023〕88号《最高人民法院关于法律适用问题请示答复的规定》, 《最高人民检察院关于…的规定》).
WHOLE_DOCUMENT = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号\s*)?"
                            r"《(?P<doc>[^《》]{4,80}?(?:关于|印发)[^《》]{2,80})》\s*$")


def _in_book_title(text: str, pos: int) -> bool:
    """Whether pos lies inside 《…》 (a cited law's title names no actor)."""
    return text.count("《", 0, pos) > text.count("》", 0, pos)


in_book_title = _in_book_title


def _in_short_quote(text: str, pos: int) -> bool:
    """Whether pos lies inside a short quoted name or slogan (“中国很赞”地铁专列, “美丽中国”): the nation word there is
    part of the name, not the nation acting."""
    opened = text.rfind("“", 0, pos)
    if opened < 0 or text.rfind("”", 0, pos) > opened:
        return False
    closed = text.find("”", pos)
    return 0 < closed - opened <= 12


# The national strategies named "X中国" (健康中国, 平安中国建设): a goal a place works towards, not the nation acting.
NATION_SLOGAN = re.compile(r"(?:健康|美丽|平安|法治|数字|书香|幸福|魅力|创新|网络|体育|质量|智慧|绿色|文化|诗词|航天|海洋|"
                           r"清廉|廉洁|无废|双碳)$")
NATION_AFTER_SLOGAN = frozenset("队人空籍女男足篮排")  # (体育中国队, 航天中国空间站: the nation's team, its station)


def _nation_slogan(text: str, pos: int) -> bool:
    """Whether the nation word at pos ends a national strategy's name (在全面推进健康中国中…)."""
    return text.startswith("中国", pos) and NATION_SLOGAN.search(text, max(0, pos - 2), pos) is not None \
        and text[pos + 2:pos + 3] not in NATION_AFTER_SLOGAN


# A division's customary short names (阜蒙县, 莫力达瓦旗 and 莫旗), the longest first.
CUSTOMARY_NAMES_BY_CODE: dict[str, tuple[str, ...]] = {}
for _name, _code in sorted(customary_county_names().items(), key=lambda kv: -len(kv[0])):
    CUSTOMARY_NAMES_BY_CODE[_code] = (*CUSTOMARY_NAMES_BY_CODE.get(_code, ()), _name)


_LEVEL_TWICE = re.compile(r"(自治[区州])[区州](?!长)")  # (not 自治州州长, the prefecture's head)


@dataclass(frozen=True, slots=True)
class Actor:
    """The main actor of an item: body kind, region (None when unknown) and the text that named it."""

    body: str
    region: Division | None
    text: str
    source: str = "headline"  # where it was found: headline | text | enactment | source | none
    via: str = "name"  # how the region was known: name | relative | source | roundup | context | person | subunit | destination | none
    # (context: inferred from another place or from the home, held low; subunit: a unit below the region)
    candidates: tuple[Division, ...] = ()  # when the place named is ambiguous (鼓楼区): its divisions

    @property
    def label(self) -> str:
        """A Chinese label with the full place, such as 山东省济南市人大常委会 or 国务院."""
        # (广西区委, 恩施州委: the level word written once after the full name)
        return _LEVEL_TWICE.sub(r"\1", self._label())

    def _label(self) -> str:
        region = self.region
        if region is None or region.level == "nation":
            return self.text
        full = region.full_name
        if self.text.startswith(full):
            return self.text
        if self.via == "subunit" and (INSTITUTION.search(self.text) or PROVINCIAL_INSTITUTION.fullmatch(self.text)):
            return f"{self.text}（{full}）"  # an institution's own name (某地大学, 某省人民医院)
        rel = RELATIVE_LEAD.match(self.text)
        if self.via == "subunit" and rel is not None:
            return f"{full}某{self.text[rel.end() - 1:]}"  # 市委 on a provincial site: 福建省某市委
        rel = RELATIVE_LEAD.match(self.text)
        if self.via in ("relative", "source") and rel is not None:
            return full + self.text[rel.end():]
        if self.via == "relative" and self.text.startswith(("自治区", "自治州")):
            return full + self.text[3:]  # (自治区 at the head: 内蒙古自治区, written once)
        # (its customary and former names too: 阜蒙县人大 is 阜新蒙古族自治县's, 山南地区国税局 山南市's, 潜山县教育局
        # 潜山市's, written once)
        for form in (*CUSTOMARY_NAMES_BY_CODE.get(region.code, ()), region.name, region.short + "地区",
                     region.short + "县", region.short):
            if self.text.startswith(form):
                return full + self.text[len(form):]
        common = next((w for k in (2, 3, 4) if (w := self.text[:k]) in COMMON_WORD_NAMES and full.endswith(w)), None)
        if common is not None:
            return full + self.text[len(common):]  # 矿区人大 of 井陉矿区: written once
        if (self.source == "headline" and self.via == "name" or self.via == "source") and region.name in self.text:
            return self.text  # a site's own name, which names its place (某市某区人民法院)
        return full + self.text


# An epithet of a place between the place that holds it and its name (福建侨乡福清市, 江西革命老区于都县, 山西千年古城平遥县):
# a kind of place, not an act; the named place is the one meant. Only modifiers of a kind of place before it, never a
# verb (江西支持老区赣州…, 浙江助力山区丽水…: the province acts).
PLACE_EPITHET = re.compile(r"(?:革命|千年|历史|著名|边陲|边境|工业|文化|百年|红色)?"
                           r"(?:侨乡|老区|山区|古城|名城|古镇|名镇|重镇|边城|小城)|[\u4e00-\u9fff]{1,2}(?:之乡|之城|之都)")


class ActorFinder:
    """Find the main actor of a headline, then the first sentence, then the source."""

    def __init__(self, finder: RegionFinder | None = None, gazetteer: Gazetteer | None = None) -> None:
        """Create an actor finder over a region finder."""
        self.finder = finder or default_finder
        self.gazetteer = gazetteer or default_gazetteer
        self._county_shorts: dict[str, dict[str, Division]] = {}
        self.institutions = default_institutions if self.gazetteer is default_gazetteer \
            else Institutions(gazetteer=self.gazetteer)

    def _bodies(self, text: str) -> list[tuple[int, int, str]]:
        """All body words in text: (start, end, body), leftmost first, overlaps dropped."""
        hits: list[tuple[int, int, str]] = []
        for pat, body in BODY_PATTERNS:
            for m in pat.finditer(text):
                hits.append((m.start(), m.end(), body))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[tuple[int, int, str]] = []
        last = -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return [h for h in out if h[2] != "skip"]

    def _place_before(self, text: str, pos: int, mentions: list[Mention]) -> Mention | None:
        """The mention that ends right before pos (allowing a 第十四届-like gap)."""
        for m in reversed(mentions):
            if m.end > pos:
                continue
            gap = text[m.end:pos]
            if gap == "" or _GAP.fullmatch(gap):
                return m
            if gap == "区" and m.division is not None and m.division.name.endswith("自治区"):
                # an autonomous region's short and its level word before its body, as its press writes them (广西区委,
                # 宁夏区政府, 西藏区人大常委会): the region's own body
                return m
            if gap == "州" and m.division is not None and m.division.name.endswith("自治州"):
                # (so an autonomous prefecture's: 恩施州委书记, 楚雄州委常委会, 黔东南州政府; not its short name alone
                # followed by a body, which the place's own 州 would otherwise leave unread)
                return m
            return None
        return None

    def _affiliated_hospital_at(self, text: str, pos: int, mentions: list[Mention],
                                seat: Division | None) -> tuple[Division, int] | None:
        """The place and end of a hospital affiliated to the institution (seated at seat) ending at pos and named after
        a place (附属涪陵医院): a place named, or a county of the institution's province by its short name."""
        if not text.startswith("附属", pos):
            return None
        named = next((m.division for m in mentions if m.start == pos + 2 and m.division is not None
                      and m.how not in ("relative", "nation")
                      # (昆明医科大学附属延安医院 is in 昆明: a place of another province is the hospital's name only)
                      and (seat is None or m.division.province == seat.province)), None)
        end = next((m.end for m in mentions if m.start == pos + 2), pos + 2)
        if named is None and seat is not None:
            province = self.gazetteer.get(seat.province) if seat.province else None
            table = self._county_table(province) if province is not None else {}
            for k in (3, 2):
                named = table.get(text[pos + 2:pos + 2 + k])
                if named is not None:
                    end = pos + 2 + k
                    break
        hospital = _HOSPITAL_NAME_END.match(text, end) if named is not None else None
        if named is None or hospital is None:
            return None
        return named, hospital.end()

    def _stationed_at(self, text: str, pos: int, mentions: list[Mention]) -> Mention | None:
        """The place deputies or members before pos are stationed in (驻某市全国、省人大代表, 住某市省政协委员, 在某市的省
        人大代表): a named place right after 驻, 住 or 在, with only congresses' levels, a term or a count between it and
        them, or the place of the congress they sit in (驻邓州南阳市六届人大代表: 南阳's congress, 邓州's deputies)."""
        named = [m for m in mentions if m.end <= pos and m.division is not None and m.how not in ("relative", "nation")]
        own = next((m for m in mentions if m.end <= pos and m.division is not None and m.how == "relative"
                    and m.text[:1] in "我本" and text.startswith("的", m.end)), None)
        if own is not None and (not named or named[-1].end <= own.start):
            named = [own]  # (我市的省十三届人大代表: the site's place's own, as 某市的省人大代表)
        if not named:
            return None
        m = named[-1]
        if len(named) > 1 and named[-2].end == m.start and named[-2].division is not None and m.division is not None \
                and any(a.code == m.division.code for a in self.gazetteer.ancestors_of(named[-2].division)):
            m = named[-2]  # the place stationed in, then the congress's place that holds it
            gap_from = named[-1].end
        else:
            gap_from = m.end
        if not _STATIONED_GAP.fullmatch(text, gap_from, pos):
            return None
        if m.start >= 1 and text[m.start - 1] in STATIONED_BEFORE:
            return m
        if text.startswith("的", gap_from) and m.division is not None and (
                m.start == 0 or not _CJK_CHAR.match(text[m.start - 1])) and any(
                word in text[gap_from:pos] for word in LEVELS_ABOVE.get(m.division.level, ())) \
                and not ORGANISED_INSPECTION.search(text, pos):
            # deputies of a congress above a place, after it and 的 at a phrase's head (莆田市的省十四届人大代表来明…):
            # those elected there, as when stationed (在六安市的省人大代表); not in the inspection the congress above
            # gathers them for before its session (福州市的省十三届人大代表在榕开展会前集中视察: the corpus codes it the
            # province's)
            return m
        return None

    def _attending_first(self, m: re.Match[str]) -> str:
        """出席…会议 + a place's deputies, rewritten as the place's delegation attending (出席…全国人大一次会议广西代表抵京);
        stationed deputies (在厦全国人大代表) left to their own reading, and a city's NPC deputies kept deputies (no city
        sits at the NPC as a delegation)."""
        place = m.group("place").removesuffix("团")
        if place[0] in STATIONED_BEFORE:
            return m.group(0)
        provinces = [x for x in self.finder.find(place) if x.division is not None and x.division.level == "province"]
        if "全国" in m.group("session") and not provinces:
            return f"{place}全国人大代表出席{m.group('session')}"
        return f"{place}代表团出席{m.group('session')}"

    def _arriving_delegation(self, m: re.Match[str], source: Division | None, level: str = "city",
                             named: bool = True) -> str:
        """SESSION_ARRIVALS's and NATIONAL_ARRIVALS's replacement: the deputies of a place of the level whose delegation
        the session seats, arriving, as that delegation (泉州市代表委员抵榕 -> 泉州市代表团抵榕 at the provincial session;
        湖北代表委员抵京 or 我省代表委员抵京 at the NPC's, where a relative word names the province too); any other words
        left as they are (a province's session seats no county's delegation, the NPC's no city's)."""
        place = self._bare_division(m.group("place"), source, named=named)
        if place is None and level == "province" and m.group("place") in ("我省", "本省"):
            # (我省 on a site of no known place: some province's delegation, not the nation's deputies; unplaced)
            return f"{m.group('place')}代表团"
        if place is None or place.level != level:
            return m.group(0)
        return f"{m.group('place')}代表团"

    def _bare_place(self, words: str, source: Division | None, named: bool = False) -> bool:
        """Whether words are a place and nothing else (固阳县, 我县, 全市); with named, only a place by its name or short
        (not 我县, not 全国)."""
        return self._bare_division(words, source, named) is not None

    def _bare_division(self, words: str, source: Division | None, named: bool = False) -> Division | None:
        """The place words are when they are a place and nothing else (_bare_place), else None."""
        found = [x for x in self.finder.find(words, source) if x.division is not None]
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(words) \
                and not (named and found[0].how in ("relative", "nation")):
            return found[0].division
        return None

    def _reviewing_place(self, review: re.Match[str], source: Division | None) -> Division | None:
        """The place whose leaders LEADERS_REVIEW_ABOVE found (石家庄市, or 市 of the site) when it lies below the level
        whose government's report they review (a city's leaders and the province's report; not a city's and its own);
        else None."""
        words = review.group("place")
        if len(words) == 1:  # (市领导 on a city's site: the site's place, when its level is the word's)
            place = source if source is not None and source.level == ("city" if words in "市州盟" else "county") \
                else None
        else:
            place = self._bare_division(words, source)
        report = review.string[review.end():review.end() + 1]
        above = ("province",) if report in "省自" else ("province", "city")
        return place if place is not None and place.level not in above else None

    def _deputy_group(self, m: re.Match[str], source: Division | None) -> str:
        """Deputies grouped by a place named after them (全国人大代表常德小组) written as stationed there (驻常德全国人大代表
        小组); unchanged when no place is named there (全国人大代表联络小组)."""
        deputies, place, group = m.group("deputies"), m.group("place"), m.group("group")
        if not deputies.endswith("代表") and not group.startswith("代表"):
            return m.group(0)
        if group == "团" and place.endswith("代表"):  # (团 after the congress's word alone is returned above)
            return m.group(0)
        if self._bare_place(place, source, named=True):
            written = deputies if deputies.endswith("代表") else deputies + "代表"
            return f"驻{place}{written}{'小组' if group == '团' else group.removeprefix('代表')}"
        return m.group(0)

    def _deputies_group_activity(self, text: str, source: Division | None) -> str:
        """text with deputies of a level above the site, named bare before their group's activity, written as stationed in
        the site's place (省人大代表…开展代表小组活动 on 开封's site: 驻开封市省人大代表…)."""
        m = DEPUTIES_GROUP_ACTIVITY.match(text)
        if m is None or source is None:
            return text
        above = ("province",) if m.group("deputies")[0] in "省自" else ("province", "city")
        if source.level in above or source.level == "nation":
            return text
        return f"驻{source.name}{text}"

    def _stationed_short(self, text: str, source: Division | None) -> str:
        """text with a one-character short of the site's city or county after 驻, 住 or 在 and before deputies or members
        (在绵全国、省人大代表 on a 绵阳 site) written as the place's name; a province's short is the finder's already."""
        places = [d for d in (source, *self.gazetteer.ancestors_of(source)) if d.level in ("city", "county")] \
            if source is not None else []
        if not STATIONED_SHORT.search(text):
            return text
        found = self.finder.find(text)
        read = {x.start for x in found if x.how == "abbr"}
        # (and a city named in the headline itself, 把“汕头声音”带到全国人代会,在汕全国人大代表启程 on a site of no known
        # place: its deputies, by its short)
        places += [x.division for x in found if x.division is not None and x.division.level == "city"
                   and x.how not in ("relative", "nation", "abbr") and x.division not in places]

        def full(m: re.Match[str]) -> str:
            abbr = m.group("abbr")
            # (住青 on 青岛's site, 在晋 on 晋江's: the site's own place, unless the site lies in that province: 在晋 on 晋城's)
            own = any(d.short.startswith(abbr) for d in places) and not (
                abbr in PROVINCE_ABBR and source is not None and source.province == PROVINCE_ABBR[abbr])
            if abbr in PROVINCE_ABBR and m.start() not in read and not own and not TERM_AFTER.match(text, m.end()):
                # a province's short the finder leaves as a common character (在甘全国政协委员, 在宁全国人大代表): the
                # province, on its own sites or on a national one or one of no known place; 宁 is 南京 in Jiangsu's own
                # press (在宁全国人大代表 living there); never 新 of 新一届 (TERM_AFTER)
                province = self.gazetteer.get(PROVINCE_ABBR[abbr])
                if abbr == "宁" and source is not None and source.province == NANJING[:2] + "0000":
                    return self.gazetteer.get(NANJING).name  # type: ignore[union-attr]
                if source is None or source.level == "nation":
                    return province.name if province is not None else abbr
                return province.name if province is not None and source.province == province.code else abbr
            if abbr in PROVINCE_ABBR or any(text.startswith(d.short, m.start()) for d in places):
                return abbr  # (a province's short is the finder's; a name written in full, 驻秦皇岛市…, stays)
            # (only when one of the site's places begins so: a district sharing its city's first character, 惠阳区 on
            # a 惠州 district's site, leaves 驻惠… open)
            hits = [d for d in places if d.short.startswith(abbr)]
            cities = [d for d in hits if d.level == "city"]
            # (two of them, a city and its district, 惠州 and 惠阳 for 驻惠 on 惠阳区's site: the city, as the press
            # shortens cities, not districts, to one character)
            one = hits[0] if len(hits) == 1 else cities[0] if len(cities) == 1 else None
            return one.name if one is not None else abbr

        return STATIONED_SHORT.sub(full, text)

    def _chain_tail(self, mentions: list[Mention], k: int, text: str = "") -> Mention:
        """The most specific place of a chain of nested places starting at mentions[k] (a city, then its county)."""
        m = mentions[k]
        for nxt in mentions[k + 1:]:
            # a place tag before a colon (福建：泉州…, 玩遍新疆：伊犁河谷…) chains to the place after it, as does a place
            # alone in brackets right after the one that holds it (贵州(安顺)国际石材博览会, 广西（贵港）园林园艺博览会)
            tag = nxt.start == m.end + 1 and (text[m.end] in ":：" or (
                text[m.end] in "(（" and text[nxt.end:nxt.end + 1] in (")", "）"))) \
                or PLACE_EPITHET.fullmatch(text, m.end, nxt.start) is not None
            if (nxt.start != m.end and not tag) or nxt.how in ("relative", "nation") or m.division is None:
                break
            inner = nxt.division or next((c for c in nxt.candidates if any(
                a.code == m.division.code for a in self.gazetteer.ancestors_of(c))), None)
            if inner is None or not any(a.code == m.division.code for a in self.gazetteer.ancestors_of(inner)):
                break
            m = nxt if nxt.division is not None else Mention(nxt.start, nxt.end, nxt.text, inner, nxt.how,
                                                              nxt.candidates)
        return m

    def _enclosing(self, marker: str, named: Mention, text: str, moved: bool = False) -> Division | None:
        """The division of a relative word's level (省, 市/州, 区/县) that holds a place named after it."""
        d = named.division
        if d is None or d.level == "nation":
            return None
        level = RELATIVE_LEVEL.get(marker)
        chain = [d, *self.gazetteer.ancestors_of(d)]
        up = next((x for x in chain if x.level == level), None)
        if up is None:
            return None
        if named.start > 0 and text[named.start - 1] in MOVE_BEFORE and not (moved and marker == "省"
                                                                           and d.level == "county"):
            return None  # a place visited (市人大常委会赴某市某区): its city is not the visitor's
        return up

    def _named_place(self, mentions: list[Mention], text: str = "") -> Mention | None:
        """The first place named (the tail of its chain), or None."""
        k = next((i for i, m in enumerate(mentions) if m.division is not None and m.how != "relative"), None)
        return self._chain_tail(mentions, k, text) if k is not None else None

    def _from_text(self, text: str, source: Division | None, where: str) -> Actor | None:
        """The main actor named in one piece of text (a headline or a sentence)."""
        whole = WHOLE_DOCUMENT.match(text) if where == "headline" else None
        if whole is not None:
            # (a headline that is a document's title alone, its number before it, 法〔2023〕88号《最高人民法院关于…的规定》:
            # the document, whose issuer its title names first, not a law it cites)
            text = whole.group("doc")
        text = self.normalise(text, source)
        found = self.finder.find(text, source)
        charter = NATIONAL_CHARTER.search(text) if where == "headline" else None
        if charter is not None and not any(m.start < charter.start() for m in found) \
                and not any(st < charter.start() for st, _e, _b in self._bodies(text[:charter.start()])):
            return Actor(charter.lastgroup or "congress", self.gazetteer.nation, charter.group(0), where, "name")
        # 中国某学会: the organisation is national, but 中国 is part of its name, not the nation acting.
        insts = self.institutions.find(text)
        org_ends = {e for m in found if m.how == "nation" and (e := self._org_name(text, m, source, found, insts)) > 0}
        mentions = [m for m in found if not (m.how == "nation" and (
            _in_book_title(text, m.start) or _in_short_quote(text, m.start) or _nation_slogan(text, m.start)
            or self._org_name(text, m, source, found, insts)))]
        occasion = [m for m in mentions if m.how == "nation" and text.startswith("成立", m.end)
                    and OCCASION_BEFORE.search(text, max(0, m.start - 4), m.start)]
        if occasion and (any((e <= occasion[0].start or st >= occasion[0].end) and (
                b != "public" or LOCAL_BODY_BEFORE.search(text, max(0, st - 4), st + 1) is not None
                or any(m.end == st and m.how != "nation" for m in mentions)) for st, e, b in self._bodies(text)) or any(
                (m.division is not None or m.how == "relative") and m.how != "nation"
                and (m.how == "relative" or m.start == 0 or text[m.start - 1] not in "在于") for m in mentions)):
            # (a people's body or a party named counts, and so do a place's own people or firms, 江城市民, 市属国有企业;
            # 群众 or 中央企业 at a national celebration names no one)
            # the republic's anniversary as the occasion (庆祝中华人民共和国成立75周年及某市委员会成立40周年, 庆祝新中国成立
            # 70周年文艺汇演在我市举行): whoever else is named acts; the national celebration itself (…大会在京举行) stays
            mentions = [m for m in mentions if m not in occasion]
        chamber = next(((a, chamber_word) for a, b in zip(mentions, mentions[1:], strict=False) if a.division is not None
                        and b.division is not None and a.end == b.start and a.how not in ("nation", "relative")
                        and b.how not in ("nation", "relative")
                        and (chamber_word := OUT_OF_TOWN_CHAMBER.match(text, b.end)) is not None), None)
        if chamber is not None and any(b in ("party", "government", "congress", "cppcc", "court", "procuratorate",
                                             "supervision") or (b == "massorg" and VISIT_VERB.search(text, e, chamber[0].start))
                                       for _s, e, b in self._bodies(text[:chamber[0].start])):
            # (a place's body or leader named before it visits the chamber: 南昌市委书记莅临江西泉州商会…, 某县工商联到…商会
            # 学习考察; an organisation only where it goes there, not a column's 商会动态 before the chamber's own news)
            chamber = None
        if chamber is not None:
            # a chamber of another province's people in a place (湖北省安徽商会, 浙江省福建商会): an organisation of the
            # place it is in, the first one named
            return Actor("massorg", chamber[0].division, text[chamber[0].start:chamber[1].end()], where, "name")
        roundup = ROUNDUP.match(text) if where == "headline" else None
        if roundup is not None:
            body = next((b for _s, _e, b in self._bodies(text) if b != "public"), "public")
            return Actor(body, None, roundup.group(0), where, "roundup")
        # A national name inside a cited title (X市实施《中华人民共和国…法》办法) is not the actor.
        # 中国共产党 before a place (中国共产党某市第六次代表大会) is that place's party, not the national one
        # (and before a university, 中国共产党某大学纪律检查委员会, the university's own party organ)
        nat = next((n for n in NATIONAL.finditer(text) if not _in_book_title(text, n.start())
                    and not any(o.start <= n.start() < o.end for o in occasion if o not in mentions)
                    # (the addressee or the host of the headline's subject, 向总书记报告, 拜访中联办: not the actor)
                    and not ADDRESSED_BEFORE.search(text, max(0, n.start() - 6), n.start())
                    # (nor the body that praises the subject, 某市活动受到中国科协通报表扬: the praised one acts)
                    and not _praiser(text, n.start(), n.end())
                    and not FOREIGN_BEFORE.search(text, max(0, n.start() - 10), n.start())
                    # (a mission in a place of China, 驻沈阳总领事馆, 驻华大使, is another country's, not China's)
                    and not (n.group(0).startswith("驻") and (text.startswith("华", n.start() + 1) or any(
                        x.start == n.start() + 1 and x.division is not None and x.how not in ("nation", "relative")
                        for x in mentions)))
                    and not (n.group(0) == "中国共产党" and (any(x.start == n.end() and x.division is not None
                                                                  and x.how != "nation" for x in mentions)
                                                              or any(i.start == n.end() for i in insts)))), None)
        bodies = self._bodies(text)
        # "H's leader attends a meeting owned by another body": the owner decides.
        att = ATTEND.search(text)
        candidates: list[Actor] = []
        short_inst = next((i for i in insts if (i.start == 0 or text[i.start - 1].isspace())
                           and (i.name in ABBREVIATIONS or i.name.endswith("大"))), None)
        if short_inst is not None:
            # a university by its customary short name at the head (厦大毕业生…, 清华北大自主招生…, 福建农林大推动…), or at
            # the head of the clause after a slogan (校地联动促发展 西安交大与…): a unit inside its city, as by its full name
            candidates.append(Actor("public", short_inst.city, short_inst.name, where, "subunit",
                                    short_inst.cities if short_inst.city is None else ()))
        nation_org = next((e for e in sorted(org_ends) if text.endswith("联谊会", 0, e)
                           and not any(b_end == e for _s, b_end, _b in bodies)), None)
        if nation_org is not None and text.startswith("中国"):
            # a national fellowship (联谊会 is no body word by itself: 中秋联谊会 is an event) named after the country
            # at the head (中国科学技术院所联谊会到…调研): it leads, not a place it goes to
            candidates.append(Actor("massorg", self.gazetteer.nation, text[:nation_org], where, "name"))
        relayed = RELAY.search(text) if where == "headline" else None
        if relayed is not None and not any(b != "public" for _s, e, b in bodies if e <= relayed.start()) and not any(
                m.division is not None and m.how != "nation" and m.end <= relayed.start() for m in mentions):
            relayed = None  # (no one named before it, 深入学习贯彻…: the relay is the headline, not what someone studies)
        if att is not None and relayed is not None and relayed.start() < att.start() < relayed.end():
            att = None  # (attending inside the spirit relayed, 学习…参加某代表团审议时的讲话精神: what is studied)
        for start, end, body in bodies:
            if any(start < m.start < end < m.end and m.division is not None and m.how not in ("relative", "nation")
                   for m in mentions):
                continue  # a post's word whose tail begins a place's name (福州市长乐区: 市长 is no mayor there)
            if where == "headline" and _praiser(text, start, end):
                continue  # the body praising the subject, by its name (某市活动受到中国科协通报表扬): no actor
            cut = next((m for m in mentions if m.start < start < m.end and m.division is not None), None)
            if cut is None:
                # a body's name that begins with a place's name (湖南炎陵县最寒碜局): the place is its own
                cut = next((m for m in mentions if m.start == start and m.end < end and m.division is not None
                            and m.how not in ("relative", "nation")), None)
            if cut is not None:
                # a body's name read from inside a place's name (湖北省汉川市质监局 -> 省汉川市质监局): it begins after
                # the places named in it, which are its own
                start = max((m.end for m in mentions if m.start >= cut.start and m.end < end and m.division is not None),
                            default=start)
                if text[start:end] == "长" and cut.division is not None and text[cut.start:cut.end] == cut.division.short:
                    # a head's post whose level word is the last character of a place's own short name (广州长隆,
                    # 杭州长运: no 州长 there), unlike one written after the place's level word (杭州市长, 苏州市长)
                    continue
            word = text[start:end]
            if body == "delegation" and relayed is not None and \
                    relayed.start() < start and end <= relayed.end():
                # a delegation inside the spirit relayed (学习习近平总书记参加山东代表团审议时的重要讲话精神): what is
                # studied, not who studies it
                continue
            if body == "congress" and SESSION_TIME.match(text, end):
                continue  # a session as the time of something (“两会”期间, 人代会前夕): not who acts
            members = PARTY_MEMBERS_BEFORE.search(text, max(0, start - 4), start) if body in ("deputies", "cppcc") \
                else None
            if members is not None:
                # a democratic party's own members who sit in a congress or CPPCC (社内市人大代表、政协委员…): the party's,
                # as its site reports them
                candidates.append(Actor("massorg", None, text[members.start():end], where, "none"))
                continue
            if body == "deputies" and word.startswith("代表") and ORG_CONGRESS.search(text):
                continue  # a people's organisation's congress named (某区科协第九次代表大会): its delegates, no deputies
            if body == "delegation" and word == "代表团" and VISITING.match(text, end):
                # a delegation travelling to another place (某区代表团来某市考察): its congress's visiting group, not
                # a delegation at a session of the congress above
                body = "congress"
            if body == "party" and word in ("党委", "党组") and SECTOR_PARTY_BEFORE.search(text, max(0, start - 12), start):
                body = "public"  # (a sector's party committee, 省律师行业党委: like a department of its place's)
            m = self._place_before(text, start, mentions)
            if m is None:
                # relative mention covering the marker (市人大, 省委)
                # (or the bare level word a body's name begins with: 市教育局, 省发展改革委)
                # (or the level word inside the Youth League's committee, 团市委, 共青团县委)
                m = next((r for r in mentions if r.how == "relative" and (r.start <= start - 1 < r.end or (
                    r.start == start and r.end - r.start == 1 and r.text in "省市") or (
                    start < r.start < end and word.startswith(("团", "共青团"))))), None)
            if m is None and body == "massorg" and ORG_OWN_SUFFIX.fullmatch(word):
                # (or the bare level word an organisation's own name begins with, 省摄影家协会, 市欧美同学会: that level's
                # organisation, read from the site, not one of the site's own place)
                m = next((r for r in mentions if r.how == "relative" and r.end - r.start == 1 and r.text in "省市"
                          and ORG_OWN_NAME.fullmatch(text, r.end, start)), None)
            if body == "party" and word in ("委", "领导") and m is None:
                continue
            glued = start - (2 if text.startswith("召开", start - 2) else 1 if text.startswith("原", start - 1) else 0)
            company = next((c for c in CENTRAL_COMPANY.finditer(text, 0, start)
                            if not _PHRASE_BREAK.search(text, c.end(), start)), None) \
                if body == "party" and m is None and (word in ("党委", "党组") or word.endswith("党组织")) else None
            if company is not None:
                # a central company's party committee (中冶集团暨中冶党委常委…): the company's own organ, a unit
                # wherever its seat is, not the nation's party; its branch named after a place (中国移动湖北公司党委,
                # 国家电网湖北省电力公司党委) is a unit there, a province's in its capital
                named_in = next((x for x in mentions if company.end() <= x.start < start and x.division is not None
                                 and x.how not in ("relative", "nation") and x.division.level in ("province", "city")),
                                None)
                branch_place = named_in.division if named_in is not None else None
                if named_in is not None and branch_place is not None and branch_place.level == "province" \
                        and COMPANY_BRANCH.match(text, named_in.end):
                    # (a branch for the province, 中国移动湖北公司, sits in its capital; an oilfield or a plant named
                    # after it, 河南油田, 湖北化肥分公司, is a unit somewhere in the province, which part not said)
                    branch_place = provincial_seat(self.gazetteer, branch_place)
                candidates.append(Actor("public", branch_place, text[company.start():end], where,
                                        "subunit" if branch_place is not None else "none"))
                continue
            if body == "party" and m is None and (word in ("党委", "党组") or word.endswith("党组织")) and glued > 0 \
                    and UNIT_CHAR.match(text[glued - 1]):
                # a unit's own party organ (黄石三中党委, 某县民族中医院党委, 湖北建院党委书记): a unit inside the place
                # named before it (or the site's), not that place's party committee
                named_before = [x for x in mentions if x.end <= start and x.division is not None and x.how != "nation"
                                and not _PHRASE_BREAK.search(text, x.end, start)]
                unit = named_before[-1] if named_before else None
                seat = unit.division if unit else None
                own = provincial_institution_at(text, unit.end) if unit is not None and seat is not None \
                    and seat.level == "province" else None
                if seat is not None and own is not None and own.end() == glued:
                    # (a province's own institution's party organ, 辽宁省农业科学院党委书记…: seated in its capital)
                    seat = provincial_seat(self.gazetteer, seat)
                candidates.append(Actor("public", seat, text[unit.start if unit else start:end], where,
                                        "subunit" if unit else "none"))
                continue
            if body == "public" and word in ("大学", "学院", "学校"):
                inst = next((i for i in insts if i.start < start < i.end), None)
                if inst is not None and any(x.start == 0 and x.end <= inst.start and x.division is not None
                                            and x.how not in ("relative", "nation") for x in mentions):
                    continue  # a place named first acts with the university (秭归携手华中农业大学…)
                hospital = self._affiliated_hospital_at(
                    text, inst.end, mentions, inst.city or next(iter(inst.cities), None)) if inst is not None else None
                if inst is not None and hospital is not None:
                    # a university's hospital named after its own place (重庆大学附属涪陵医院, 某医科大学附属某县医院): a
                    # unit there, wherever the university is
                    candidates.append(Actor("public", hospital[0], text[inst.start:hospital[1]], where, "subunit"))
                    continue
                if inst is not None:
                    # a university in the Ministry's list is a unit inside its city (or one of its campuses')
                    candidates.append(Actor("public", inst.city, inst.name, where, "subunit",
                                            inst.cities if inst.city is None else ()))
                    continue
            if body == "public" and word in ("大学", "学院"):
                kind = next((k for k in INSTITUTION_KIND if text.startswith(k, start - len(k))), "")
                m = self._place_before(text, start - len(kind), mentions) if kind else m
                if m is not None and m.division is not None and m.how not in ("relative", "nation"):
                    # a university named after a place is somewhere inside it (which part is not said)
                    candidates.append(Actor("public", m.division, text[m.start:end], where, "subunit"))
                continue
            if body == "public" and m is None:
                sub = self._subunit(text, start, mentions, where)
                if sub is not None:
                    candidates.append(sub)
                continue
            if body == "massorg" and DEMOCRATIC_PARTY.fullmatch(word):
                # a democratic party's branch in a university or a place named after it (九三学社安徽大学支社, 民盟广东
                # 工业大学总支, 石家庄民建藁城区支部): the branch there, not the party's committee of a place in the name
                unit_at = next((i for i in insts if i.start == end and i.city is not None), None)
                named_at = None if unit_at is not None else next(
                    (x for x in mentions if x.start == end and x.division is not None and x.how not in ("relative", "nation")),
                    None)
                if named_at is not None:
                    named_at = self._chain_tail(mentions, mentions.index(named_at), text)
                branch_at = unit_at.end if unit_at is not None else named_at.end if named_at is not None else -1
                branch_word = (BRANCH_IN_UNIT if unit_at is not None else BRANCH).match(text, branch_at) \
                    if branch_at >= 0 else None
                if branch_word is not None and unit_at is not None and unit_at.city is not None:
                    candidates.append(Actor(body, unit_at.city, text[start:branch_word.end()], where, "subunit"))
                    continue
                if branch_word is not None and named_at is not None and named_at.division is not None:
                    candidates.append(Actor(body, named_at.division, text[start:branch_word.end()], where, "name"))
                    continue
            if body == "massorg" and m is None:
                # a party's or organisation's name followed by its place (民盟某省委, 共青团某市委): that place's
                nxt = next((x for x in mentions if x.start == end and x.division is not None
                            and x.how not in ("relative", "nation")), None)
                if nxt is not None:
                    tail = self._chain_tail(mentions, mentions.index(nxt), text)
                    committee = ORG_COMMITTEE.match(text, tail.end)
                    candidates.append(Actor(body, tail.division, text[start:committee.end() if committee else tail.end],
                                            where, "name"))
                    continue
            if body == "massorg" and m is None and word.endswith("中央"):
                # a democratic party's central committee (民革中央) acts for the nation
                candidates.append(Actor(body, self.gazetteer.nation, word, where, "name"))
                continue
            if body == "massorg" and m is None and end in org_ends:
                org_start = max((m2.start for m2 in found if m2.how == "nation" and m2.start < start), default=start)
                candidates.append(Actor(body, self.gazetteer.nation, text[org_start:end], where, "name"))
                continue
            if body in ("deputies", "cppcc") and m is not None and m.how == "nation" and (
                    body == "deputies" or NATIONAL_MEMBERS.match(text, start)):
                # 全国人大代表 are persons of a delegation: 在闽全国人大代表, 某省第十三届全国人大代表 -> that delegation
                m2 = self._place_before(text, m.start, [x for x in mentions if x.end <= m.start])
                if m2 is None and text[max(0, m.start - 1):m.start] == "的":
                    m2 = self._place_before(text, m.start - 1, [x for x in mentions if x.end <= m.start - 1])
                if m2 is not None and m2.division is not None and m2.how != "nation":
                    # a region's national deputies are its delegation; its national CPPCC members its own (a count
                    # between, 在闽57名全国人大代表, is left out of the name)
                    member_text = text[m2.start:end] if not _COUNT.fullmatch(text, m2.end, m.start) \
                        else text[m2.start:m2.end] + text[m.start:end]
                    candidates.append(Actor("delegation" if body == "deputies" else "cppcc", m2.division, member_text,
                                            where, "name"))
                    continue
            stationed = self._stationed_at(text, start, mentions) \
                if body == "deputies" or (body == "cppcc" and NATIONAL_MEMBERS.match(text, start)) else None
            if stationed is not None and stationed.division is not None:
                # deputies or members stationed in a place (驻焦作市全国、省人大代表, 驻吕梁市省人大代表, 住株洲省政协委员):
                # those elected there, acting as that place's, whatever congress they sit in (the corpus codes them at
                # that place)
                at = stationed.start - 1 if stationed.start >= 1 and text[stationed.start - 1] in STATIONED_BEFORE \
                    else stationed.start
                candidates.append(Actor(body, stationed.division, text[at:end], where,
                                        "relative" if stationed.how == "relative" else "name"))
                continue
            if m is not None:
                via = "relative" if m.how == "relative" else "name"
                candidates.append(Actor(body, m.division, text[min(m.start, start):end], where,
                                        via if m.division else "none", () if m.division else m.candidates))
            else:
                candidates.append(Actor(body, None, word, where, "none"))
        if not candidates:
            for u in SUBUNIT.finditer(text):
                sub = self._subunit(text, u.start(), mentions, where)
                if sub is not None:
                    candidates.append(sub)
                    break
        branch = next((m for m in mentions if m.how == "short" and m.division is not None
                       and m.division.level == "county" and text.startswith("分局", m.end)), None)
        if branch is not None and branch.division is not None and candidates and candidates[0].body == "government" \
                and 0 <= text.find(candidates[0].text) < branch.start and any(
                    m.division is not None and m.end <= branch.start and any(
                        a.code == m.division.code for a in self.gazetteer.ancestors_of(branch.division))
                    for m in mentions):
            # a city bureau's branch named by its county (烟台市地税局牟平分局): the county's office acts
            candidates[0] = Actor("government", branch.division, text[text.find(candidates[0].text):branch.end + 2],
                                  where, "name")
        zone = (ZONE_HEAD.match(text) or BRANCH_HEAD.match(text)) if where == "headline" and source is not None \
            and source.level != "nation" else None
        if zone is not None and nat is None and not any(m.division is not None and m.start < zone.end() for m in mentions) and (
                not candidates or candidates[0].region is None):
            # a zone named at the head with no place before it (东湖高新区召开…, 某某开发区财政局…) on a local site: a
            # unit inside the site's place, which part of it not said
            body = candidates[0].body if candidates else "public"
            candidates.insert(0, Actor(body, source, text[:zone.end()], where, "subunit"))
        if not candidates and where == "headline" and mentions and mentions[0].start == 0 \
                and mentions[0].how == "relative" and mentions[0].division is not None \
                and (mentions[0].text in ("省", "市") or (
                    mentions[0].text in ("自治区", "自治州")
                    and AUTONOMY_OCCASION.search(text) and provincial_institution_at(text, mentions[0].end) is None)):
            # an organ named at the head by its bare level word with no body word (省对口支援工作领导小组…): that
            # level's, read from the site; so is an autonomous region's or prefecture's own occasion held or opened,
            # no institution of it named (自治区第十届少数民族传统体育运动会开幕 on a district's site, held in the county
            # too; not 自治区运动会我县运动员获佳绩, nor 自治区人民医院召开…)
            candidates.append(Actor("public", mentions[0].division, mentions[0].text, where, "relative"))
        if where == "headline" and mentions and mentions[0].start == 0 and mentions[0].how == "relative" \
                and mentions[0].division is not None and mentions[0].text[:1] in "我本" \
                and text.startswith(("与", "同"), mentions[0].end):
            # the site's own place by its relative word at the head with a partner after 与 (我市与山西大学市校合作座谈会
            # 召开): the first-named party acts, not the university or the place named after it
            candidates.insert(0, Actor("public", mentions[0].division, mentions[0].text, where, "relative"))
        lead = mentions[0] if mentions and mentions[0].start == 0 and mentions[0].division is not None \
            and mentions[0].how not in ("nation", "relative") else None
        first = candidates[0] if candidates else None
        rel_level = RELATIVE_LEVEL.get(first.text.lstrip("全我本")[:1], "") if first is not None else ""
        if lead is not None and first is not None and lead.division is not None and CONVENES.match(text, lead.end) \
                and first.via in ("relative", "none") and rel_level \
                and LEVEL_RANK[rel_level] < LEVEL_RANK[lead.division.level]:
            # 某市召开出席省两会的代表动员会: the place convening acts; the higher body after it is what it is about
            # (so is 出席 after it: the deputies who will attend, not someone attending)
            candidates.insert(0, Actor("public", lead.division, lead.text, where, "name"))
            att = None
        if nat is not None:
            # (我市各界… on a city's site: the relative word's place, read from the site)
            people = next((m for m in mentions if m.start <= 2 and m.end <= nat.start() and m.division is not None
                           and m.how != "nation" and PEOPLE_STUDY.match(text, m.end)), None)
            study = PEOPLE_STUDY.match(text, people.end) if people is not None else None
            if people is not None and study is not None:
                nat = None
                candidates.insert(0, Actor("public", people.division, text[people.start:study.end("who")], where,
                                           "relative" if people.how == "relative" else "name"))
        elif where == "headline":
            # a place's people watching or discussing a higher body's event (雅安雨城区广大党员干部群众收看省党代会开幕式):
            # they act, as with a national one; not where a body's name runs between (某市人民政府…学习)
            first_at = next((i for i, m in enumerate(mentions) if m.start <= 2 and m.division is not None
                             and m.how not in ("nation", "relative")), None)
            chain = self._chain_tail(mentions, first_at, text) if first_at is not None else None
            watch = PEOPLE_STUDY.match(text, chain.end) if chain is not None else None
            if first_at is not None and chain is not None and chain.division is not None and watch is not None \
                    and not any(s < watch.end() and e > chain.end and b != "public" for s, e, b in bodies) \
                    and any(m.start >= watch.end() and m.division is not None and any(
                        a.code == m.division.code for a in self.gazetteer.ancestors_of(chain.division)) for m in mentions):
                candidates.insert(0, Actor("public", chain.division, text[mentions[first_at].start:watch.end("who")],
                                           where, "name"))
        national_at = nat.start() if nat is not None else next(
            (text.find(c.text) for c in candidates[:1] if c.region is not None and c.region.level == "nation"), -1)
        if national_at < 0 and candidates and candidates[0].region is None and candidates[0].via == "none" \
                and BARE_SESSION.fullmatch(candidates[0].text):
            # (or a session named bare, 全国“两会”, 2020年两会: what they discuss, not who acts)
            national_at = text.find(candidates[0].text)
        if national_at > 0 and source is not None and source.level != "nation":
            # the site's own people studying or discussing a national matter, with no place named (华大师生热议
            # 全国两会, 学校师生热切关注…, 干部群众学习…): they act, not the national body
            study = next((s for s in PEOPLE_STUDY.finditer(text, 0, national_at) if s.start() <= 6
                          and not any(x.division is not None and x.start < s.end() for x in mentions)), None)
            if study is not None:
                nat = None
                candidates.insert(0, Actor("public", source, text[:study.end("who")], where, "source"))
        # a bare session word with no place (人大会议举行闭幕会 习近平…) beside a national name: the national session
        bare_session = bool(candidates) and candidates[0].via == "none" and not candidates[0].candidates \
            and BARE_SESSION.fullmatch(candidates[0].text) is not None
        lead_acts = mentions[0] if nat is not None and mentions and mentions[0].start == 0 \
            and mentions[0].division is not None and mentions[0].how not in ("nation", "relative") \
            and mentions[0].end < nat.start() and OWN_ACTION.search(text, mentions[0].end, nat.start()) else None
        if lead_acts is not None and not candidates:
            # a place named first that acts on something national (某市认真开展住建部…检查自查): the place acts
            nat = None
            candidates.append(Actor("public", lead_acts.division, lead_acts.text, where, "name"))
        passive = (PASSIVE_AGENT.search(text) or PASSED_BY.search(text)) if nat is not None else None
        if passive is not None and nat is not None and passive.start(1) <= nat.start() < passive.end(1) and any(
                m.division is not None and m.how != "nation" and m.end <= passive.start() for m in mentions):
            # the honoured named before 被 (我市某中学被教育部认定为…): it, not the body that honours it
            nat = None
            candidates = [c for c in candidates if not passive.start(1) <= text.find(c.text) < passive.end(1)]
            if not candidates:
                honoured = next(m for m in mentions if m.division is not None and m.how != "nation"
                                and m.end <= passive.start())
                candidates.append(Actor("public", honoured.division, text[honoured.start:passive.start()], where,
                                        "relative" if honoured.how == "relative" else "name"))
        head_relay = RELAY.match(text) if where == "headline" and nat is not None else None
        if head_relay is not None and nat is not None and nat.end() <= head_relay.end() and (any(
                text.find(c.text) >= head_relay.end() for c in candidates) or RELAY_TITLE_BREAK.match(text, head_relay.end())):
            # the spirit relayed at the head (传达学习贯彻中共某届全会精神 省政协常委会会议举行, 学习贯彻…精神——某某为党外
            # 人士作专题报告): whoever acts after it, not the national meeting whose spirit is studied
            nat = None
        inner_relay = RELAY.search(text) if where == "headline" and nat is not None else None
        if inner_relay is not None and nat is not None and inner_relay.start() <= nat.start() < inner_relay.end() \
                and CONVENES.search(text, 0, inner_relay.start()):
            # a meeting convened to relay the spirit of a national one (5县同一天召开领导干部会议 学习贯彻党的十九届
            # 六中全会精神): whoever convenes it acts, not the national body whose spirit is studied
            nat = None
        if nat and (not candidates or bare_session or nat.start() <= min(
                (text.find(c.text) for c in candidates if c.text in text
                 # (a body word read around the national name, 月国家海洋局 after a date, is that name)
                 and not (nat.group(0) in c.text and text.find(c.text) + c.text.find(nat.group(0)) == nat.start()
                          and set(c.text[:c.text.find(nat.group(0))]) <= set("年月日"))), default=len(text))):
            body = next((b for p, b in NATIONAL_BODY if p.search(nat.group(0))), "government")
            if nat.group(0) == "中华人民共和国" and not REGULATION_TITLE.search(text):
                body = "government"
            candidates.insert(0, Actor(body, self.gazetteer.nation, nat.group(0), where, "name"))
        if where == "headline" and NATIONAL_SESSION.search(text):
            # a province's deputies (and members) at the national session are its delegation (全国两会 某省代表委员);
            # a city's are members of their province's, not a delegation of the city's own congress
            candidates = [Actor("delegation", c.region, c.text, where, c.via) if c.body == "deputies"
                          and c.region is not None and c.region.level == "province" and c.via == "name"
                          else c for c in candidates]
            local = [c for c in candidates if c.body == "deputies" and c.region is not None and c.via == "name"
                     and c.region.level in ("city", "county")]
            if local:
                candidates = local + [c for c in candidates if c not in local]  # they, not the session, act
        # A delegation named with its place is the actor, not the congress it attends (全国两会 湖北代表团)
        deleg = next((c for c in candidates if c.body == "delegation" and c.region is not None), None)
        if deleg is not None and where == "headline" and nat is not None and NATIONAL_LEADER.fullmatch(nat.group(0)) \
                and ((nat.start() <= 2 and nat.end() <= text.find(deleg.text))
                     or (text.find(deleg.text) > 0 and text[text.find(deleg.text) - 1] == "在"
                         and nat.start() >= text.find(deleg.text) + len(deleg.text))):
            # a national leader leading the headline who joins a delegation's deliberation (习近平参加某省代表团
            # 审议), or named after the delegation as the place he speaks in (在某省代表团，习近平…): the leader
            # acts, not the delegation visited
            return Actor(next((b for p, b in NATIONAL_BODY if p.search(nat.group(0))), "government"),
                         self.gazetteer.nation, nat.group(0), where, "name")
        if deleg is not None and where == "headline" and deleg.text in text:
            at = text.find(deleg.text)
            host = next((c for c in candidates if c.body != "delegation" and c.region is not None
                         and 0 <= text.find(c.text) < at), None)
            if host is not None and (HOSTS_DELEGATION.search(text[:at]) or ORGANISES_DELEGATION.search(text, 0, at)):
                # a visiting delegation the place's leaders receive (某省委书记与某市代表团座谈, 会见…代表团): the
                # hosts act, not the guests; so does a body organising the deputies' work
                return host
        if deleg is not None and where == "headline":
            if PARTY_CONGRESS.search(text[:text.find(deleg.text)] if deleg.text in text else text):
                return Actor("party", deleg.region, deleg.text, where, deleg.via)
            return deleg
        if att and candidates:
            organises = ORGANISES_DEPUTIES_TO.search(text, 0, att.start())
            if organises is not None:
                organiser = next((c for c in candidates if c.body == "congress" and c.text in text
                                  and text.find(c.text) + len(c.text) <= organises.start()), None)
                if organiser is not None:
                    return organiser
            after = [c for c in candidates if text.find(c.text, att.end()) >= att.end()]
            if after and MEETING_BEFORE.search(text, 0, att.start()) \
                    and PHRASE_GAP.search(text, att.end(), text.find(after[0].text, att.end())):
                # after a meeting the headline has named, what follows another phrase's head is no meeting attended
                # (…会议开幕 某某出席 某某作政府工作报告); with no meeting before, the one after the gap is the one
                # attended (市人大常委会主任出席 市委经济工作会议召开)
                after = []
            if after and after[0].body in ("party", "congress", "government", "cppcc", "court",
                                            "procuratorate", "supervision"):
                owner = after[0]
                attending = next((c for c in candidates if (c.body == "deputies" or (
                    c.body == "massorg" and PARTY_MEMBERS_BEFORE.search(c.text[:4])) or (
                    c.body == "cppcc" and owner.body == "cppcc" and text.startswith("委员", text.find(c.text) + len(c.text))))
                    and 0 <= text.find(c.text) < att.start()), None)
                if attending is not None and owner.body in ("congress", "cppcc") and (
                        owner.body == "cppcc") == (attending.body == "cppcc") and (
                        attending.region is None or attending.region.level != "nation"):
                    # deputies who attend their congress's session (我院两位人大代表赴京参加…全国人大三次会议), members
                    # who attend their CPPCC's (住株洲省政协委员赴长沙出席省政协…会议), or a democratic party's members who
                    # do (社内市人大代表…参加市“两会”): they act, not the session
                    return attending
                if owner.region is None and not owner.candidates:
                    named = self._named_place(mentions, text)
                    if named is not None:
                        return Actor(owner.body, named.division, owner.text, where, "name")
                return owner
        relay = RELAY.search(text)
        if relay is not None and where == "headline":
            first_named = next((m for m in mentions if m.division is not None and m.how != "nation"
                                and m.end <= relay.start()), None)
            if first_named is not None:
                # (the most specific place of a chain, 重庆市黔江区…贯彻…精神: the district)
                tail = self._chain_tail(mentions, mentions.index(first_named), text)
                if tail.end <= relay.start() and tail.division is not None:
                    first_named = tail
                # the first body named with its place before the relaying verb (a bare 政协 in a lead-in
                # phrase before a dash is not it)
                mine = next((c for c in candidates if 0 <= text.find(c.text) < relay.start() and (
                    c.region is not None or text.find(c.text) <= first_named.start < text.find(c.text) + len(c.text))),
                            None)
                if mine is not None and mine.region is None and first_named.division is not None:
                    # (a bureau whose name holds its place, 浙江省科技厅传达学习…: the bureau of that place)
                    mine = Actor(mine.body, first_named.division, mine.text, where, "name")
                if mine is not None and mine.region is not None:
                    return mine
                place_unit = PLACE_UNIT_AFTER.match(text, first_named.end)
                if place_unit is not None and first_named.division is not None:
                    # a place's hospital or school convening its own meeting to study it (仙桃一医召开学习市委…全会精神
                    # 专题会议): the unit, not the place's party committee
                    return Actor("public", first_named.division, text[first_named.start:place_unit.end()], where,
                                 "subunit")
                # a place convening a meeting to relay it (广西召开传达贯彻全国两会精神大会, 全省领导干部会议召开 传达…) or
                # relaying it to be carried out (思明区迅速传达贯彻…): its party committee acts; a place studying or
                # preaching it (那曲传达学习…精神, 某区举办“学习雷锋精神”主题教育活动, 青海大通宣讲十九大): the place and
                # its people at work
                body = "party" if CONVENED_MEETING.search(text) else "public"
                return Actor(body, first_named.division, text[first_named.start:first_named.end], where, "name")
            own = OWN_UNIT_HEAD.match(text)
            if own is not None and own.end() <= relay.start():
                # the site's own unit relaying a meeting's spirit (我院召开传达全国两会精神会议): it acts, not the
                # meeting relayed (its place unknown when the site's is)
                return Actor("public", source, own.group(0), where, "source")
        own_award = OWN_UNIT_AWARDED.match(text) if where == "headline" else None
        if own_award is not None and not any(m.division is not None and m.how not in ("relative", "nation")
                                             and m.start < own_award.end() for m in mentions):
            # the site's own unit winning in a national body's activity, list or contest (我校在教育部关工委…活动中获奖):
            # it acts, not the body that runs the activity (its place unknown when the site's is)
            return Actor("public", source, own_award.group("own"), where, "source")
        call = CALLS_ON.search(text) if where == "headline" and candidates else None
        named_bodies = [c for c in candidates if c.text and c.text in text]
        if call is not None and named_bodies and all(text.find(c.text) >= call.end() for c in named_bodies):
            # the bodies named only after 拜访/拜会/走访 are the ones called on (某集团拜访某市委市政府): the caller
            # named before the verb acts, a unit of the place its name begins with
            caller = next((m for m in mentions if m.division is not None and m.how not in ("nation", "relative")
                           and m.end <= call.start()), None)
            if caller is not None and not _PHRASE_BREAK.search(text, caller.end, call.start()):
                return Actor("public", caller.division, text[caller.start:call.start()], where, "name")
            if caller is None and source is not None and NAMES_ONLY.fullmatch(text, 0, call.start()) \
                    and not self._bodies(text[:call.start()]) and not POST_END.search(text, 0, call.start()):
                # callers by their names alone (周坚、杨勇平拜会某省政府领导, on their university's site): people whose
                # posts are not said, most likely of the site's own unit (a guess: a group's heads on its subsidiary's
                # site are not), not the body they call on
                return Actor("public", source, text[:call.start()], where, "person")
        rep = REPORT_TO.search(text)
        if rep is not None and candidates:
            before = [c for c in candidates if 0 <= text.find(c.text) < rep.start()]
            if before:
                candidates = before
        if candidates:
            first = candidates[0]
            lead = next((m for m in mentions if first.via == "name" and first.body == "public"
                         and m.division is not None and m.division == first.region and text.startswith(m.text, text.find(first.text))), None)
            ranked = self._ranked(mentions, lead, text, source) if lead is not None else None
            if ranked is not None:
                return Actor("public", ranked.division, ranked.text, where, "name")
            if first.region is None and not first.candidates:
                named = self._named_place(mentions, text)
                at = text.find(first.text)
                if named is not None and named.how == "abbr" and named.start > 0 \
                        and text[named.start - 1] in ABBR_DESTINATION_BEFORE:
                    named = None  # (今天进京，代表们…, 赴京参会代表: where the body goes, never its own place)
                # a relative word whose place is unknown (省人大 on an unknown site) is not a place named after it
                # (where the chain begins: 赴漳州芗城 goes to the district named after its city)
                head = next((m.start for m in mentions if m.division is not None and m.how != "relative"), 0)
                if named is not None and named.start > at and head > 0 and text[head - 1] in MOVE_BEFORE:
                    # a place the unnamed body goes to (政协委员赴某市调研) is not its own; a county a provincial
                    # body goes to (省某厅到某县调研) is most likely in its province: held low
                    up = self._enclosing("省", named, text, moved=True) if first.via == "none" and \
                        text[at:at + 1] == "省" else None
                    if up is not None:
                        return Actor(first.body, up, first.text, where, "context")
                    named = None
                # (a level word heading the body, or inside a democratic party's or the league's name, 农工党市委会为
                # 肇庆扶贫…: the body of the site's level, the place after it not its own)
                inside = LEVEL_IN_NAME.search(first.text)
                leveled = text[at:at + 1] in "省市区县州" or (inside is not None and inside.start() > 0)
                if named is not None and not (first.via == "none" and leveled and named.start > at):
                    # a place named only after the body (某院授予某区法院…) may be its object: held lower
                    via = "context" if named.start > at else "name"
                    return Actor(first.body, self._court_level(first.text, named.division), first.text, where, via)
                if named is not None and named.division is not None and first.via == "none":
                    # ... but a place named after it inside the one the word means is a hint (市人大代表、某区…:
                    # the city of that district), held low; a peer visited (市人大常委会赴某市) is none
                    up = self._enclosing(text[at], named, text)
                    if up is not None:
                        return Actor(first.body, up, first.text, where, "context")
            if first.body == "congress" and first.region is None and not first.candidates and first.via == "none" \
                    and (source is None or source.level == "nation") and where == "headline" \
                    and first.text in ("人大常委会", "常委会") and BARE_LAW_INSPECTION.search(text) \
                    and not any(m.division is not None for m in mentions):
                # a standing committee of no place hearing or making a national law's inspection, on a site of no
                # place (人大常委会听取未成年人保护法执法检查报告): the national one's
                return Actor("congress", self.gazetteer.nation, first.text, where, "context")
            return first
        named = self._named_place(mentions, text)
        if named is None and where == "headline" and nat is None:
            if OUR_COUNTRY.match(text):
                return Actor("government", self.gazetteer.nation, "我国", where, "name")
            law = NATIONAL_LAW.search(text)
            if law is not None:
                # a national law cited with nothing else acting: the national legislature's act
                return Actor("congress", self.gazetteer.nation, law.group(0), where, "name")
            inspection = BARE_LAW_INSPECTION.match(text) if source is None or source.level == "nation" else None
            if inspection is not None and not mentions:
                # a national law's inspection heading the headline, no body nor place named, on a site of no place
                # (种子法执法检查:聚焦重点环节…): the national legislature's
                return Actor("congress", self.gazetteer.nation, inspection.group(0), where, "context")
            works = LEADER_WORKS_PUBLISHED.search(text)
            if works is not None:
                # a book of the General Secretary's works or on his thought published, with nothing else acting (《习近平
                # 谈治国理政》第四卷出版发行): the centre publishes it, not the site's place
                return Actor("party", self.gazetteer.nation, works.group(1), where, "name")
        year = YEAR_LEAD.match(text)
        if named is not None and mentions[0].start == (year.end() if year else 0) and mentions[0].how == "relative" \
                and mentions[0].text[:1] in "全我本" and mentions[0].division is not None:
            held = HELD_AT.search(text)
            if held is not None and held.start(1) <= named.start < held.end(1):
                # 全省…会议在武汉召开: the whole province (or city) meets, only held in the place named
                return Actor("public", mentions[0].division, mentions[0].text, where, "relative")
        if named is not None and where == "headline":
            goes = next(m for m in mentions if m.division is not None and m.how != "relative")
            pre = text[:goes.start - 1] if goes.start > 0 and text[goes.start - 1] in "赴到" else ""
            if pre and VISITOR_UNIT.search(pre) and not any(m.start < goes.start for m in mentions
                                                            if m.how != "relative"):
                # an office with no place named goes to a place (天保办到江西上饶市调研, 省人事考试院…赴荆门): the
                # visitor, of its own level word's place (省) or else the site's, not the place it goes to
                rel = mentions[0] if mentions[0].how == "relative" and mentions[0].start == 0 else None
                if rel is not None and rel.division is not None:
                    return Actor("public", rel.division, rel.text, where, "relative")
                if rel is None and source is not None:
                    return Actor("public", source, source.full_name, "source", "source")
        if named is not None and mentions[0].start == (year.end() if year else 0) and mentions[0].how == "relative" \
                and mentions[0].text[:1] in "我本" and mentions[0].division is not None \
                and RANKED.search(text, mentions[0].end, named.start) is not None \
                and not LIST_CLAUSE_BREAK.search(text, mentions[0].end, named.start):
            # the site's own place picked out of a list another place made (我市多件提案入选安徽省…名单): it is the
            # subject, not the province whose list it is (one acting in a clause of its own after, 我市荣获全省第一
            # 山东省召开表彰大会, acts)
            return Actor("public", mentions[0].division, mentions[0].text, where, "relative")
        if named is not None:
            named = self._ranked(mentions, named, text, source) or named
            return Actor("public", named.division, named.text, where, "name")
        vague = next((m for m in mentions if m.candidates and m.how != "relative"), None)
        if vague is not None:
            return Actor("public", None, vague.text, where, "none", vague.candidates)
        return None

    def _court_level(self, word: str, place: Division | None) -> Division | None:
        """The division a court word belongs to: a 高级人民法院 is a province's, a 中级人民法院 a city's."""
        if place is None:
            return None
        level = "province" if word.startswith(("高级", "高院")) else "city" if word.startswith(("中级", "中院")) else ""
        if not level or place.level == level:
            return place
        return next((a for a in self.gazetteer.ancestors_of(place) if a.level == level), place)

    def _lead_county(self, title: str, source: Division | None) -> Division | None:
        """A county of the source's province or city named by its short name at the very start of a headline
        that names nothing else (某某一季度重大项目开工 on a provincial portal): the headline's place."""
        if source is None or source.level not in ("province", "city") or len(title) < 4:
            return None
        table = self._county_table(source)
        # the start of the headline, or of its second phrase (元宵节期间 某某志愿者…): a phrase's subject
        starts = [0] + [m.end() for m in _PHRASE_BREAK.finditer(title, 0, 16)][:1]
        for at in starts:
            for k in (3, 2):
                d = table.get(title[at:at + k])
                if d is not None and not STREET_FOLLOW.match(title, at + k) and not SUBUNIT.match(title, at + k):
                    return d
        return None

    def _county_table(self, source: Division) -> dict[str, Division]:
        """The counties of a province or city by their short names (common words left out)."""
        table = self._county_shorts.get(source.code)
        if table is None:
            gaz = self.gazetteer
            kids = gaz.children(source.code)
            counties = [d for c in kids for d in ([c] if c.level == "county" else gaz.children(c.code))
                        if d.level == "county"]
            table = {d.short: d for d in counties if len(d.short) >= 2 and d.short != d.name
                     and d.short not in COMMON_WORD_SHORTS}
            if len(self._county_shorts) < 1000:
                self._county_shorts[source.code] = table
        return table

    def _ranked(self, mentions: list[Mention], named: Mention, text: str,
                source: Division | None = None) -> Mention | None:
        """A place named after the first one and picked out by a list or ranking (…名单发布 某县入选), when the
        first is the nation or contains it; a county of the site's region by its short name counts."""
        if named.division is not None and source is not None and source.level in ("province", "city"):
            table = self._county_table(source)
            for r in RANKED.finditer(text, named.end):
                for k in (3, 2):
                    d = table.get(text[max(0, r.start() - k):r.start()])
                    if d is not None and r.start() - k >= named.end and (named.how == "nation" or any(
                            a.code == named.division.code for a in self.gazetteer.ancestors_of(d))):
                        return Mention(r.start() - k, r.start(), d.short, d, "short")
        for i, m in enumerate(mentions):
            if m.start < named.end or m.division is None or m.how in ("relative", "nation"):
                continue
            tail = self._chain_tail(mentions, i, text)
            if not RANKED.match(text, tail.end) or tail.division is None or named.division is None:
                continue
            if named.how == "nation" or any(a.code == named.division.code
                                            for a in self.gazetteer.ancestors_of(tail.division)):
                return tail
        return None

    def _place_tag(self, title: str) -> tuple[str, tuple[Division, ...]]:
        """The cities or counties a short name names as a tag at the very start (某县：…), on a site whose place
        may be unknown: one when the short name is one place's only, else every one (for the home to settle)."""
        m = PLACE_TAG.match(title)
        if m is None or m.group(1) in COMMON_WORD_SHORTS:
            return "", ()
        divs = [d for c in self.gazetteer.shorts().get(m.group(1), []) if (d := self.gazetteer.get(c)) is not None]
        if not divs or any(d.level not in ("city", "county") for d in divs):
            return "", ()
        return m.group(1), tuple(divs)

    def _unknown_county(self, title: str, head: Actor, source: Division | None) -> Actor | None:
        """A county by a name the gazetteer does not hold at the head, on its city's or province's site (察县人大常委会…
        on 伊犁's): one of the counties inside the site's place (its party committee when 县委), not the site's place's
        own body; None where the name is no county's or the body is another level's."""
        if source is None or source.level not in ("province", "city"):
            return None
        opening = DATE_LEAD.match(title)
        county = UNKNOWN_COUNTY_LEAD.match(title, opening.end() if opening is not None else 0)
        name = county.group(1) if county is not None else ""
        if county is None or NOT_A_COUNTY.search(name) or (len(name) == 2 and name[0] in SURNAMES) \
                or VISITING_SITE.search(title, county.end()):
            return None
        if county.group(2):
            return Actor("party", source, name + "委", "headline", "subunit")
        at = title.find(head.text, county.end())
        if at < 0 or OTHER_LEVEL.search(title, county.end(), at):
            return None  # (察县举行市政协委员座谈会: the city's CPPCC members)
        body = head.text[1:] if head.text.startswith(name[-1]) else head.text  # (鄂温克旗召开旗政协…: written once)
        return Actor(head.body, source, name + body, "headline", "subunit")

    def _subunit(self, text: str, start: int, mentions: list[Mention], where: str) -> Actor | None:
        """A named unit below a place (某市某某社区): the place's division, marked as a unit below it."""
        if not SUBUNIT.match(text, start):
            return None
        m = next((x for x in reversed(mentions) if x.end <= start), None)
        if m is None or m.division is None or m.how in ("relative", "nation"):
            return None
        if m.division.level not in ("province", "city", "county"):
            return None  # a township found by name is its own place
        gap = text[m.end:start]
        if not SUBUNIT_NAME.fullmatch(gap) or any(x.start >= m.end for x in mentions if x.start < start):
            return None
        end = SUBUNIT.match(text, start).end()  # type: ignore[union-attr]
        if not SUBUNIT_END.match(text, end):
            return None  # 某市推进老旧社区改造: the city acts on its communities
        return Actor("public", m.division, text[m.start:end], where, "subunit")

    def normalise(self, text: str, source: Division | None = None) -> str:
        """Organisation names as their place's body: 中国共产党X委员会 -> 中共X委, 中国人民政治协商会议X委员会 ->
        X政协, 中国（X）… -> X…, when X begins with a place; an anniversary celebrated (庆祝全国人民代表大会成立70周年)
        dropped: what is celebrated does not act; a session a report is presented at dropped (SESSION_REPORT), and one
        a delegation attends (DELEGATION_ATTENDING); the NPC's deputies in full as 全国人大代表 (NPC_DEPUTIES_FULL)."""
        if "周年" in text:
            text = ANNIVERSARY.sub("", text)
        # a place's level word repeated before its body (仙桃市市委书记, 忠县县委, 湖北省省委): one place's body
        if "市市" in text or "县县" in text or "区区" in text or "省省" in text or "州州" in text or "盟盟" in text:
            text = LEVEL_REPEATED.sub(r"\1", text)
        if "省市" in text or "省、市" in text:
            text = JOINT_LEVELS.sub("省", text)
        if "盟" in text and (source is None or source.province != "150000"):
            # 民盟's committees by the league's own short (盟省委召开…, 盟市委…): 民盟's, not a party committee's (not in
            # Inner Mongolia, whose 盟市委 are its leagues' and cities' party committees)
            text = LEAGUE_COMMITTEE_SHORT.sub("民盟", text)
            text = LEAGUE_LEVEL_SHORT.sub(lambda m: f"民盟{m.group('level')}委", text)
        if "委副书记" in text:
            text = DEPUTY_SECRETARY_CHIEF.sub(r"\1长", text)
        if "委常委" in text:
            text = PROVINCIAL_RANK_BEFORE_CITY_POST.sub("", text)
        if "工作报告" in text:
            text = SESSION_REPORT.sub(lambda m: m.group("place"), text)
            if "领导" in text and (review := LEADERS_REVIEW_ABOVE.match(text)) is not None and \
                    (reviewing := self._reviewing_place(review, source)) is not None:
                text = f"{reviewing.name}代表团审议{text[review.end():]}"
        if ("赴京" in text or "抵京" in text or "进京" in text) and (travel := SESSION_THEN_TRAVEL.match(text)):
            text = text[travel.end():]
        if "出席" in text and "代表" in text:
            # (a place's deputies after the session they attend, 出席十一届全国人大一次会议广西代表抵京: its delegation)
            text = ATTENDING_FIRST.sub(self._attending_first, text)
            text = DELEGATION_ATTENDING.sub(_attending_delegation, text)
        if "、" in text and "代表团" in text:
            text = LISTED_DELEGATIONS.sub("", text)
        if "京外" in text and "代表" in text:
            # (the deputies from outside Beijing, 京外代表全部抵京: the NPC's, arriving for its session)
            text = OUTSIDE_BEIJING_DEPUTIES.sub("全国人大代表", text)
        if "代表" in text and "京" in text:
            text = NATIONAL_ARRIVALS.sub(lambda m: self._arriving_delegation(m, source, "province", named=False), text)
        if "代表" in text and "全国" not in text and PROVINCIAL_SESSION_NAMED.search(text):
            text = SESSION_ARRIVALS.sub(lambda m: self._arriving_delegation(m, source), text)
        if "两会" in text and "政协委员" in text and not ("人大代表" in text or "代表委员" in text or "全国" in text):
            text = SESSION_SEASON.sub("", text)
        if "分会场" in text and (venue := BRANCH_VENUE.match(text)) is not None and (
                self._bare_place(venue.group("who"), source) or MEETING_OWNER_AHEAD.match(text, venue.end())):
            # (a body at the branch venue is dropped only for an owner named ahead, 全市…会议, 国务院…: 县人大常委会在
            # 分会场参加县人大代表履职培训 is its own training; the owner may be no one the headline names)
            text = text[venue.end():]
        if "总书记" in text and (said := LEADER_MENTIONED.match(text)) is not None and any(
                m.start == said.end() and m.division is not None and m.how not in ("relative", "nation")
                for m in self.finder.find(text, source)):
            text = text[said.end():]
        if "政治决议" in text and "政协" not in text and "人民代表大会" not in text:
            # a session's political resolution (房山区第八届委员会第二次会议政治决议): a CPPCC's, which the congress
            # does not adopt
            text = CPPCC_RESOLUTION.sub(r"\1政协\2", text)
        if "人大" in text and "团" in text and (short := LEVEL_DELEGATION_SHORT.search(text)) is not None \
                and self._bare_place(short.group("place"), source, named=True):
            # a delegation by its short form after the congress (市人大门头沟团审议…): the place's delegation there
            text = f"{text[:short.start()]}{short.group('place')}代表团{text[short.end():]}"
        if "人大" in text and ("小组" in text or "中心组" in text or "代表组" in text or "团" in text):
            text = DEPUTY_GROUP.sub(lambda m: self._deputy_group(m, source), text)
        if "代表小组活动" in text:
            text = self._deputies_group_activity(text, source)
        if ("人大代表" in text or "政协委员" in text) and ("驻" in text or "住" in text or "在" in text):
            text = self._stationed_short(text, source)
        if "团" in text and "人大代表" in text and (short := DELEGATION_SHORT.search(text)) is not None and any(
                m.end == short.start() and m.division is not None and m.how not in ("relative", "nation")
                for m in self.finder.find(text[:short.start()], source)):
            # a place's delegation by the place and 团 alone before its deputies (天水团省人大代表…): its delegation
            text = f"{text[:short.start()]}代表团{text[short.end():]}"
        if "全国人民代表大会代表" in text or "选出的全国人大代表" in text:
            text = NPC_DEPUTIES_FULL.sub(lambda m: "" if m.group(0) == "选出的" else "全国人大代表", text)
        if "主席" in text and (chair := PARTY_CHAIR_UNPLACED.search(text)) is not None:
            # a democratic party's chairman with no place (台盟主席:…, 民进副主席…): its central committee's, since
            # its local committees' heads are 主委
            text = f"{text[:chair.end()]}中央{text[chair.end():]}"
        if "中国" in text or "台湾民主自治同盟" in text or "农工民主党" in text:
            text = DEMOCRATIC_PARTY_FULL.sub(lambda m: DEMOCRATIC_PARTY_SHORT[m.group(0)], text)
        if "中国" not in text and "中共" not in text:
            return text

        def starts_with_place(s: str) -> bool:
            ms = self.finder.find(s, source)
            return bool(ms) and ms[0].start == 0 and ms[0].how not in ("nation", "relative")

        def party(m: re.Match[str]) -> str:
            return "中共" if starts_with_place(text[m.end():]) else m.group(0)

        def party_congress(m: re.Match[str]) -> str:
            ms = self.finder.find(m.group(1), source)
            if not (ms and ms[0].start == 0 and ms[0].how not in ("nation", "relative")):
                return m.group(0)  # (as starts_with_place, the mentions read once)
            named = [x for x in ms if x.how not in ("nation", "relative")]
            if all(a.end == b.start for a, b in zip(named, named[1:], strict=False)) and named[-1].end == len(m.group(1)):
                # places alone, end to end (福建省厦门市): the place's own party congress
                return f"{m.group(1)}{m.group(2)}党代会"
            # (a unit's own party congress, 中国共产党某省地质集团有限公司第一次代表大会: its party committee's, the
            # unit's, not the province's whose name the unit's begins with)
            return f"{m.group(1)}党委{m.group(2)}代表大会"

        # 中国共产党某地第N次代表大会: that place's party congress
        out = _ORG_PARTY_CONGRESS.sub(party_congress, text)
        out = _ORG_PARTY.sub(party, out)
        if "中共" in out:
            out = re.sub(r"中共([\u4e00-\u9fff]{2,16}?)委员会",
                         lambda m: f"中共{m.group(1)}委" if starts_with_place(m.group(1)) else m.group(0), out)
        out = _ORG_CPPCC.sub(lambda m: m.group(2) + "政协" + (m.group(1) or "") if starts_with_place(m.group(2))
                             else m.group(0), out)
        out = _ORG_PAREN.sub(lambda m: m.group(1) if starts_with_place(m.group(1)) else m.group(0), out)
        # 中国·某地某某节: the place's festival, the nation word a title before it (dropped at the start; after a year,
        # 2018中国·方城…, a space left in its stead, where the place's short name is read as at the headline's start)
        return _ORG_DOT.sub(lambda m: (" " if m.start() else "") if starts_with_place(out[m.end():m.end() + 12])
                            else m.group(0), out)

    def _org_name(self, text: str, m: Mention, source: Division | None, found: list[Mention],
                  insts: list[Institution]) -> int:
        """Where an organisation's own name begun by a nation word ends (中国某学会), else 0 (the nation); found and
        insts are the places and institutions named in text."""
        if text[m.start:m.end] != "中国":
            return 0
        if text.startswith("家", m.end) and text.endswith("发展", 0, m.start):
            return -1  # 发展中国家 (developing countries): no 中国 in it
        if any(i.start == m.start for i in insts) or _UNIVERSITY_SHORT.match(text, m.end):
            # a university's name (中国地质大学), or its short name (中国科大, 中国农大): the institution, not the nation
            return -1
        if any(m.end + 2 <= x.start <= m.end + 6 and x.division is not None and x.how not in ("relative", "nation")
               and _ORG_BRANCH.match(text, x.end) and not _NOT_BRAND.search(text, m.end, x.start) for x in found):
            return -1  # a national company's branch (中国移动广西公司): the place after its name, not the nation
        attr = _NATION_ATTRIBUTE.match(text, m.end)
        event = _NATION_EVENT.match(text, m.end)
        if attr is not None or (event is not None and (_EVENT_ORDINAL.search(text, 0, m.start)
                                                       or _EVENT_HELD.match(text, event.end()))):
            # (首届中国某某峰会, 第五届中国某某节: an event's name, held somewhere, not the nation acting)
            return -1  # dropped as a place, no organisation to stand for
        org = _ORG_NATION_NAME.match(text, m.end)
        if org is None:
            return 0
        inner = self.finder.find(org.group(0), source)
        return 0 if any(x.division is not None and x.how != "relative" for x in inner) else org.end()

    def _regulation_maker(self, place: Division, name: str) -> Division:
        """The place whose congress makes a 条例 named for place: the place, or for a county or district that is not
        autonomous (no 条例 of its own) the city above it."""
        if place.level != "county" or AUTONOMOUS_COUNTY.search(name) or AUTONOMOUS_COUNTY.search(place.name) \
                or place.parent is None:
            return place
        return self.gazetteer.get(place.parent) or place

    def enactment_actor(self, text: str, source: Division | None = None) -> Actor | None:
        """The enacting body of a regulation from its enactment line (…X第N届人民代表大会常务委员会第N次会议通过)."""
        m = ENACTMENT.search(text[:600])
        if m is None:
            return None
        before = text[max(0, m.start() - 16):m.start()]
        mentions = [x for x in self.finder.find(before, source) if x.division is not None]
        if not mentions:
            return None
        place = mentions[-1].division
        body = "congress"
        return Actor(body, place, mentions[-1].text + m.group(0)[:-2], "enactment", "name")

    def _awarded_relative(self, title: str, head: Actor, source: Division | None) -> Actor | None:
        """我市…荣获山东省某称号, 我县拟认定为湖南省某示范区: the place named after an award verb names the award, not
        its winner; the winner is the site's place the relative word at the head names."""
        if source is None or head.body != "public" or head.via != "name":
            return None
        award = AWARD_VERB.search(title)
        lead = RELATIVE_LEAD.match(title)
        at = title.find(head.text)
        contest = CONTEST_WON.search(title) if lead is not None else None
        if contest is not None and lead is not None and contest.start() < at < contest.end() \
                and not _PHRASE_BREAK.search(title, 0, contest.start()):
            # a unit of the site's place winning in a contest a place above holds (市玉泉小学46名师生在湖北省2019年“中华魂”
            # 主题教育活动中获奖): the winner, not the contest's place
            place = self.finder.relative_division(lead.group(0)[-1], source, title)
            return Actor("public", place, title[:contest.start()], "headline", "relative") if place is not None else None
        if award is None or lead is None or lead.group(0)[0] not in "我全本" or at < award.end():
            return None
        if _PHRASE_BREAK.search(title, award.end(), at) or CONVENES.search(title, at + len(head.text)):
            return None  # (the place in another clause, or acting in its own: 我市荣获全省第一 山东省召开表彰大会)
        place = self.finder.relative_division(lead.group(0)[-1], source, title)
        return Actor("public", place, lead.group(0), "headline", "relative") if place is not None else None

    def _provincial_institution(self, title: str, head: Actor) -> Actor | None:
        """A province named only as its institution's name (湖北省人民医院召开…): a unit inside the province's capital
        (which district is not said), not the province acting; a place named in or right after the name (甘肃省中医院
        白银分院) leaves it to the rules."""
        region = head.region
        if head.body != "public" or head.via != "name" or region is None or region.level != "province":
            return None
        at = title.find(head.text)
        m = provincial_institution_at(title, at + len(head.text)) if at >= 0 else None
        if m is None:
            return None
        if any(x.start > at and x.start <= m.end() + 1 and x.how != "nation" for x in self.finder.find(title)):
            # (a place right after the name, 甘肃省中医院白银分院: the branch there; not one its act names later,
            # 湖北省图书馆举办“湖北地方特色…”)
            return None
        return Actor("public", provincial_seat(self.gazetteer, region), title[at:m.end()], "headline", "subunit")

    def _zone_of(self, title: str, head: Actor) -> bool:
        """Whether the place that heads the headline and places its actor is followed by a zone's name."""
        if not ZONE_WORD.search(title):
            return False
        first = next((m for m in self.finder.find(title) if m.division is not None and m.how != "nation"), None)
        place = first.division if first is not None else None
        return first is not None and place is not None and place == head.region and place.level != "nation" \
            and PLACE_ZONE.match(title, first.end) is not None

    def find(self, title: str, text: str = "", source_region: Division | str | None = None) -> Actor | None:
        """The main actor: headline first, then the first sentence, then the source region."""
        source = self.finder._source(source_region)
        outlet = OUTLET_BEFORE_OWN.match(title or "")
        outlet_place = next((m.division for m in self.finder.find(outlet.group("outlet"))
                             if m.division is not None and m.how not in ("relative", "nation")),
                            None) if outlet is not None else None
        if outlet is not None and outlet_place is not None:
            source, title = outlet_place, title[outlet.end():]
        tag = COLUMN_TAG.match(title or "") if title and len(title) > 14 else None
        tag_place = next((m.division for m in self.finder.find(tag.group(0)) if m.division is not None
                          and m.how not in ("relative", "nation")), None) if tag is not None else None
        if tag is not None and tag.group(0).startswith("[") and not any(
                m.division is not None and m.how != "nation" for m in self.finder.find(title[tag.end():],
                                                                                    tag_place or source)) \
                and self._lead_county(title[tag.end():], tag_place or source) is None:
            tag = None  # ([高邮市]第十四届…节总体方案敲定: the bracketed place is the subject, nothing after it names one)
        if tag is not None:
            # a column tag that names a place (某市两会|市人大代表…, 2025江苏两会开箱|…人代会…) places the bare and
            # relative words after it, before the site's own place (a city portal's column on its province's 两会)
            # (but 我市, 本县 after a tag naming a place the site lies in are the publisher's own place:
            # 【走出湖北学江浙】我市党政考察团… on 宜都's site, 【厦门两会】我区代表团… on 思明区's)
            named = next((m.division for m in self.finder.find(tag.group(0)) if m.division is not None
                          and m.how not in ("relative", "nation")), None)
            own_after = named is not None and source is not None \
                and self.gazetteer.relation(named, source) == "inside" \
                and OWN_PLACE_AFTER_TAG.search(title, tag.end()) is not None
            if not own_after:
                source = named or source
            title = title[tag.end():]
        slogan = SLOGAN_LEAD.match(title) if title and (" " in title or "\u3000" in title or "——" in title
                                                        or "--" in title) else None
        if slogan is not None and not SLOGAN_LEAD_UNIT.search(slogan.group("slogan")) \
                and not title.startswith("“", slogan.end()):
            # (the cheap tests first: a slogan with a space or a dash leads many headlines)
            rest = title[slogan.end():]
            lead_place = next((m for m in self.finder.find(rest[:12]) if m.how != "nation"), None) \
                if any(m.start <= 2 for m in self.finder.scan(rest[:12])) else None
            themes = [m for m in self.finder.find(slogan.group("slogan")) if m.division is not None
                      and m.how not in ("relative", "nation")] \
                if lead_place is not None and lead_place.start <= 2 and lead_place.how in ("name", "short") else []
            said = self._from_text(rest, source, "headline") \
                if themes and len(slogan.group("slogan")) >= len(themes[0].text) + 3 \
                and not self._bodies(slogan.group("slogan")) else None
            if said is not None and said.region is not None and said.via == "name":
                title = rest  # (the clause after the slogan names who acts, by its place: it is read alone)
        during = SESSION_DURING_HEAD.match(title or "")
        if during is not None and SESSION_DURING_OWNER.search(during.group(0)) \
                and not SESSION_DURING_OTHER.search(during.group(0)):
            # a session named only as the time (全国人大会议期间我省代表…, 省…会议期间邢台代表向大会提交…): the deputies
            # after it act, not the session
            after = self._from_text(title[during.end():], source, "headline")
            if after is not None and after.body in ("deputies", "delegation") \
                    and title[during.end():].lstrip("，, ").startswith(after.text[:2]):
                # (a place's deputies at a congress's session: its delegation there)
                return dataclasses.replace(after, body="delegation") if CONGRESS_SESSION_WORD.search(during.group(0)) else after
        stationed = CENTRAL_MEDIA_STATIONED.match(title or "")
        if stationed is not None and (province := self.gazetteer.get(PROVINCE_ABBR[stationed.group("abbr")])) is not None:
            # the central media stationed in a province (中央驻闽媒体, 中央驻鲁新闻单位) heading the headline: that
            # province's press corps, as the corpus codes them, not the centre acting
            return Actor("public", province, stationed.group(), "headline", "name")
        branch = BRANCH_HEAD.match(title or "")
        if branch is not None:
            said = self._from_text(title[branch.end():], source, "headline")
            if said is not None and said.body in ("deputies", "delegation", "cppcc") \
                    and said.text.startswith(title[branch.end():branch.end() + 2]):
                return said
        issued = REGULATION_ISSUED.match(title or "")
        if issued is not None:
            place = self._from_text(issued.group("place"), source, "headline")
            if place is not None and place.body == "public" and place.region is not None \
                    and place.region.level != "nation" and place.via == "name":
                return Actor("congress", self._regulation_maker(place.region, place.text), place.text, "headline",
                             "name")
        enacted = REGULATION_AT_HEAD.match(title or "") or REGULATION_NAMED_HEAD.match(title or "")
        if enacted is not None:
            # a place's regulation heading the headline, being explained or coming into force (《上饶市城市管理条例》解读,
            # 《锦州市海岸带保护与利用管理条例》正式实施): the congress that made it (RUBRIC: H's own legislation)
            name = enacted.group("name") or enacted.group("marked")
            made = self._from_text(name, source, "headline")
            parent = self.gazetteer.get(made.region.parent) if made is not None and made.region is not None \
                and made.region.parent else None
            if made is not None and made.body in ("public", "congress") and made.region is not None \
                    and made.region.level != "nation" and (name.startswith(made.text) or (
                        # (or a county right after its city, 《石家庄市正定古城保护条例》: the city's, as a county's is)
                        parent is not None and name.startswith((parent.name + made.text, parent.short + made.text)))):
                return Actor("congress", self._regulation_maker(made.region, name), made.text, "headline", made.via)
        if REGULATION_TITLE.search(title or ""):
            act = self.enactment_actor(text or "", source)
            if act is not None:
                return act
            head = self._from_text(title, source, "headline")
            if head is not None and head.body == "public" and head.region is not None:
                body = "congress" if CONGRESS_RULE.search(title) else "government"
                region = self._regulation_maker(head.region, title) if title.endswith("条例") else head.region
                return Actor(body, region, head.text, "headline", head.via)
            if head is not None:
                return head
        else:
            head = self._from_text(title or "", source, "headline")
            if head is None and tag is not None:
                # nothing acts after a column tag that names a body (某省法院新闻速递｜一周概览): the column's body
                col = self._from_text(tag.group(0).strip("|丨｜︱【】 "), source, "text")
                if col is not None and col.region is not None and col.body != "public":
                    return col
            if head is not None and head.region is not None and head.via == "name" and self._zone_of(title, head):
                # a zone named after its city (泉州台商投资区党工委…, 宜昌高新区…): a unit inside that city, one of
                # the peers of a county or district home there, not the city itself
                return dataclasses.replace(head, via="subunit")
            awarded = self._awarded_relative(title, head, source) if head is not None else None
            if awarded is not None:
                return awarded
            seated = self._provincial_institution(title, head) if head is not None else None
            if seated is not None:
                return seated
            towns = TOWNS_SESSIONS.search(title or "") if head is not None and head.body == "congress" else None
            county = (head.region or source) if head is not None else None
            if towns is not None and head is not None and county is not None and county.level == "county" \
                    and (title or "").find(head.text) < towns.end():
                # the towns' sessions of a county (its name or the site's before them): bodies inside the county
                return Actor("congress", county, f"{towns.group('towns')}人民代表大会", "headline", "subunit")
            part = SERIES_PART.search(title or "") if head is not None and head.region is not None else None
            if part is not None and head is not None and head.region is not None:
                part_place = next((m.division for m in self.finder.find(part.group("part")) if m.start == 0
                                   and m.how in ("name", "short") and m.division is not None), None)
                if part_place is not None and part_place.code != head.region.code \
                        and self.gazetteer.relation(head.region, part_place) == "inside":
                    return dataclasses.replace(head, region=part_place, text=part.group("part"), via="name")
            if head is not None and (head.region is not None or head.candidates or head.via == "roundup"):
                return head  # an ambiguous place (鼓楼区) stays open for the home to settle, not the source
            held = HELD_AT.search(title or "") if head is not None and head.body == "massorg" else None
            if head is not None and held is not None and held.group(1) in ("京", "北京") \
                    and source is not None and source.province != "110000" and head.text in (title or "")[:held.start()]:
                # a democratic party or people's organisation named with no place, meeting in the capital (民盟参政议政
                # 工作会议在京召开 on a provincial committee's site): its central committee
                return Actor("massorg", self.gazetteer.nation, head.text + "中央", "headline", "name")
            if head is not None and source is not None and below_site(head.text, source, title or ""):
                # a relative word of a level below the site's (市委, 县人大 on a provincial site; 区政府 on a city's):
                # one of the units inside the site's place, which one not said (held as a subunit)
                return Actor(head.body, source, head.text, "headline", "subunit")
            level = LEVEL_IN_NAME.search(head.text) if head is not None and source is not None else None
            above = self.finder.relative_division(level.group(1), source, title or "") if level is not None else None
            if head is not None and above is not None and source is not None and above.code != source.code:
                # a level word inside the body's name (团省委, 民盟省委会, 自治区司法厅 on a city's or county's site): that
                # level's body, read from the site, not the site's place's
                return Actor(head.body, above, head.text, "headline", "relative")
            town_named = {"congress": TOWN_CONGRESS_NAMED, "party": TOWN_PARTY_NAMED}.get(head.body) \
                if head is not None else None
            town = town_named.search(title or "") if town_named is not None else None
            if town is not None and head is not None and source is not None and source.level in ("county", "city") \
                    and town.start(1) <= title.find(head.text) < town.end():
                # a town's or township's congress or party committee by a town name the gazetteer does not hold
                # (醪桥镇第六届人民代表大会…, 某乡人大主席团, 乡镇党委书记访谈…) on its county's site: a body inside the
                # county, not the county's own
                return Actor(head.body, source, town.group(0), "headline", "subunit")
            unknown = self._unknown_county(title or "", head, source) if head is not None else None
            if unknown is not None:
                return unknown
            if head is not None and source is not None and not (source.level == "nation" and (
                    LEVEL_WORD_LEAD.match(head.text) or LEVEL_IN_NAME.search(head.text))):
                # (a relative word, 省委, 市人大 or 自治区政协, on a national site names no province or city; nor one
                # inside a body's name, 团市委, 民盟省委会)
                return Actor(head.body, source, head.text, "headline", "source")
            if head is not None:
                first = re.split(r"[。！？\n]", text or "", maxsplit=1)[0][:200]
                sub = self._from_text(first, source, "text") if first else None
                if sub is not None and sub.region is not None and sub.body == head.body:
                    return Actor(head.body, sub.region, head.text, "headline", "name")
                return head
        lead = self._lead_county(title or "", source)
        place_tag, tagged = ("", ()) if lead is not None else self._place_tag(title or "")
        if len(tagged) == 1:
            lead = tagged[0]
        if lead is not None:
            return Actor("public", lead, lead.short, "headline", "name")
        if tagged:
            return Actor("public", None, place_tag, "headline", "none", tagged)  # 某某： several places share
        first = re.split(r"[。！？\n]", text or "", maxsplit=1)[0][:200]
        if first:
            sub = self._from_text(first, source, "text")
            if sub is not None:
                return sub
        if source is not None:
            rel = RELATIVE_LEAD.match(title or "")
            if rel is not None and rel.group(0)[0] in "全我本" and below_site(title, source):
                # 全市…, 我县… leading a headline on a site of a higher level: a place inside the site's, not it
                return Actor("public", source, rel.group(0), "headline", "subunit")
            opening = DATE_LEAD.match(title or "")
            at = opening.end() if opening is not None else 0
            up = next((m for m in self.finder.find(title or "", source) if m.start == at and m.how == "relative"
                       and m.text[:1] in "全我本" and m.division is not None and m.division.code != source.code), None)
            if up is not None and up.division is not None:
                # 我省…, 全省… leading a headline on a city's site (after a date or a year: 16日起全省…, 2018年全省…): the
                # province (the level the word names) acts
                return Actor("public", up.division, up.text, "headline", "relative")
            return Actor("public", source, source.full_name, "source", "source")
        return None


    def person_lead(self, title: str, source: Division | None = None) -> tuple[str, str] | None:
        """(name, verb) when the headline is led by a person's name rather than a place or a body (a county of the
        site's province or city by its short name, 江华：…, 巫溪:… on their city's portal, is a place)."""
        title = COLUMN_TAG.sub("", title or "", count=1) if title and len(title) > 14 else (title or "")
        posted = NAME_POST_LEAD.match(title)
        if posted is not None and posted.group("name").endswith("总"):
            posted = None  # (某某总书记: the post is 总书记, a general secretary's, which the leaders' tables read)
        if posted is not None and posted.group("name") not in NOT_NAMES and posted.group("name")[:2] not in NOT_NAMES \
                and not any(x.start == 0 for x in self.finder.find(title)) and not NATIONAL.match(title):
            return posted.group("name"), posted.group("verb")
        m = PERSON_LEAD.match(title)
        if m is None:
            return None
        name = m.group("name")
        if name in NOT_NAMES or name[:2] in NOT_NAMES:
            return None
        if name[-1] in "镇乡" and self.finder.is_township_name(name):
            return None  # a town (白沙镇：人大代表…), whose name some 24 towns bear, none of them told apart here
        if any(x.start == 0 for x in self.finder.find(title)) or any(s == 0 for s, _e, _b in self._bodies(title)):
            return None  # a place (黄石) or a body word, not a name
        if NATIONAL.match(title):
            return None
        if source is not None and source.level in ("province", "city") and any(
                title[:k] in self._county_table(source) for k in (3, 2)):
            return None
        tag, places = self._place_tag(title)
        if tag == name and len(places) == 1 and not ESSAY_AFTER_NAME.match(title, len(name)) \
                and not PAPER_AFTER_TAG.match(title, len(name)):
            # (文昌：加速推进… on a site of no known place: the one place of that short name, a report's tag; but a paper's
            # title after it, 王益：关于基层治理的几点思考, is its author's)
            return None
        return name, m.group("verb")


# -- national leaders by name (processing/data/national_leaders.json) ----------------------------------------
# Leaders of central bodies 2008-2028 (vice premiers, state councillors, NPC and CPPCC vice chairmen, Politburo
# members with central posts, ministers, the SPC president, the procurator-general...), each with the terms of
# the posts and the provincial posts held in the same years. A headline led by one (某某到…调研, 某某主持/会见…,
# 某某：…) is the national body of the post held at the headline's date.
LEADERS_FILE = Path(__file__).resolve().parent / "data" / "national_leaders.json"
# The middle dot between the parts of a name (雪克来提·扎克尔), which pages write in several ways; the tables key such a
# name with DOT.
DOT = "\u00b7"
NAME_DOT = "[\u00b7\u2022\u30fb\uff65\u2027\u2219\u22c5\uff0e.]"
_NAME_DOTS = re.compile(NAME_DOT)


def dotted_key(name: str) -> str:
    """A name with its middle dots, however written, as DOT."""
    return _NAME_DOTS.sub(DOT, name)


# What follows a leader's name when the leader acts: a visit, a meeting, words spoken, an election.
# the provinces' and cities' short names (and Hong Kong's, Macao's, Taiwan's, which the gazetteer does not hold)
_PROVINCE_SHORTS = "|".join(sorted({d.short for d in default_gazetteer if d.level == "province"}, key=len, reverse=True))
_PLACE_SHORTS = "|".join(sorted({d.short for d in default_gazetteer if d.level == "city" and len(d.short) >= 2}
                                | {"香港", "澳门", "台湾"}, key=len, reverse=True)) + "|" + _PROVINCE_SHORTS
LEADER_ACTS = re.compile(
    # (an adverb of time or manner may come first: 某某继续澳门考察调研, 某某专程到…, 某某专题听取…, 某某昨考察…, 某某今
    # 下午会见…, 某某最后一日考察…; 晤 is Hong Kong's press's 会晤, 夏宝龙晤工商金融界代表)
    r"(?:继续|再次|专程|首次|(?:今|昨|明)(?:天|日)?(?:上午|下午|晚上?)?|近日|日前|专题|专门|最后一[日天]|首日|次日|当[日天]|连日)?"
    r"(?:在|到|赴|深入|前往|来|走进|率|带队|主持|出席|会见|会谈|看望|调研|检查|考察|视察|督导|督查|宣讲|慰问|参加|走访|"
    r"强调|指出|讲话|要求|致信|致辞|致电|签署|寄语|一行|当选|为|畅谈|谈|回应|答|表示|接受(?![^，,。：:\s]{0,16}?(?:审查|调查))|会晤|晤|与|同|抵|参观|访问|出访|莅临|"
    r"访(?!谈)|"
    r"拜会|拜访|接见|听取|暗访|[:：、，,\s]|"
    # acts the press writes less often: 某某开展…专题调研, 某某一线督战, 某某联系人大代表调研…, 某某带领…, 某某督办…
    r"开展(?=[^，,。：:\s]{0,16}?(?:调研|检查|视察|督导|督查|慰问|走访|宣讲))|一线(?=检查|督战|督导|调研|指挥|察看|查看)|"
    r"联系(?=[^，,。：:\s]{0,6}?(?:代表|委员|群众|企业|基层))|带领|督办|调度|察看|巡查|督战|现场办公|指导(?!员)|"
    # an instruction on a matter (某某对全国党建研究工作提出新要求, 某某对防汛工作作出批示)
    r"对[^，,。：:\s]{1,24}?(?:提出|作出|做出|批示|指示)|"
    # another leader's name run on before the act (某某某某某会见…): one to two names starting with a surname
    rf"(?:[{SURNAMES}][\u4e00-\u9fff]{{1,2}}){{1,2}}?(?:会见|会谈|出席|看望|慰问|调研|考察|座谈)|"
    # a place between the name and the act (某某澳门考察, 某某深圳会见…, 某某在某市调研 is 在 above): a province's or
    # city's name, or a name ending in a division's suffix (not 苏树林业局调研)
    r"(?:" + _PLACE_SHORTS + r"|[\u4e00-\u9fff]{1,5}?[省市县区州盟旗])(?:考察|调研|视察|检查|督导|慰问|宣讲|会见|会谈))")
# An association's head written right after the name (陈文浩会长赴常德市考察调研, 某某理事长出席…): a province's or city's
# leader acts as the head of the association of his place he chairs besides his post (a congress's vice-chairman
# heading the family planning or Red Cross association, a retired governor a foundation), not as the post's body. (A
# national leader who heads one heads a national one: the nation either way.)
ORG_HEAD_AFTER = re.compile(r"(?:名誉|荣誉|常务|执行)?副?(?:会长|理事长)")


def _heads_association(title: str, at: int) -> bool:
    """Whether an association's head's title follows a name ending at `at`, then an act (某某会长赴…调研)."""
    head_of = ORG_HEAD_AFTER.match(title, at)
    return head_of is not None and LEADER_ACTS.match(title, head_of.end()) is not None
# A national post named just before the name (国务委员王勇…, 教育部部长陈宝生…): the name is that leader's.
NATIONAL_POST_BEFORE = re.compile(
    r"(?:国务院副总理|副总理|国务委员|副委员长|全国政协副主席|政治局委员|[\u4e00-\u9fff]{1,8}部部长|最高人民法院院长|"
    r"最高人民检察院检察长|国家监委主任|国家监察委员会主任|秘书长|审计长|行长|主任)$")
NO_DATE = ""


@dataclass(frozen=True, slots=True)
class LeaderTerm:
    post: str
    body: str
    start: str  # YYYY-MM
    end: str  # YYYY-MM, "9999-12" while in office


@dataclass(frozen=True, slots=True)
class NationalLeader:
    name: str
    terms: tuple[LeaderTerm, ...]
    local: tuple[tuple[str, str, str, str], ...]  # (post, region code, start, end) of provincial posts
    common: bool  # a name many local officials bear: read only on a national site or after a national post

    def term_at(self, when: str) -> LeaderTerm | None:
        """The national post held in month `when` (YYYY-MM), of all posts when there is no date."""
        held = [t for t in self.terms if t.start <= when <= t.end] if when else list(self.terms)
        # of posts held at once (全国政协副主席 and 致公党中央主席), a state or party organ's before a democratic party's
        # or people's organisation's, then the latest taken (undated: of all, the same way)
        return max(held, key=lambda t: (t.body != "massorg", t.start)) if held else None

    def local_at(self, site: Division | None, when: str = "") -> bool:
        """Whether the site is in (or is) a place the leader headed in those years (in the month when, if given:
        the month a city's secretary left for a central post is still the city's on its own site)."""
        if site is None:
            return False
        # (undated, only posts of the table's own years count: 习近平's 浙江 years, before 2008, are for a dated
        # headline of those years, never an undated one on a 浙江 site today)
        return any((site.code == code or site.code[:2] == code[:2] and code.endswith("0000")
                    or code[:4] == site.code[:4] and code.endswith("00") and not code.endswith("0000"))
                   and ((start or "") <= when <= (end or "9999-99") if when else (end or "9999-99") >= UNDATED_LOCAL_FROM)
                   for _post, code, start, end in self.local)


# The first month the national leaders' table covers (processing/data/national_leaders.json): earlier local posts are
# read for dated headlines only.
UNDATED_LOCAL_FROM = "2008-01"


def load_national_leaders(path: Path = LEADERS_FILE) -> dict[str, NationalLeader]:
    """Leaders by full name (2 or 3 characters, or a name written with a middle dot, 帕巴拉·格列朗杰: longer names are not
    matched at a headline's head)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, NationalLeader] = {}
    for e in data["leaders"]:
        name = dotted_key(str(e["name"]))
        if not (2 <= len(name) <= 3 or DOT in name):
            continue
        terms = tuple(sorted((LeaderTerm(str(t["post"]), str(t["body"]), str(t["from"]), str(t["to"] or "9999-12"))
                              for t in e["posts"]), key=lambda t: t.start))
        local = tuple((str(x["post"]), str(x["region"]), str(x["from"]), str(x["to"] or "9999-12"))
                      for x in e.get("local") or ())
        out[name] = NationalLeader(name, terms, local, bool(e.get("common")))
    return out


NATIONAL_LEADERS = load_national_leaders()


def _names_at(title: str, pos: int, sizes: tuple[int, ...]) -> list[tuple[str, int]]:
    """The names a leaders' table might hold at pos, (name, length in the headline): a name written with a middle dot
    (雪克来提·扎克尔, however the page writes the dot), else the plain names of the sizes given, longest first."""
    m = DOTTED_NAME.match(title, pos)  # (DOTTED_NAME is built below, once the three tables are loaded)
    dotted = [(dotted_key(m.group(0)), m.end() - pos)] if m else []
    return dotted + [(title[pos:pos + size], size) for size in sizes]


DATE_IN_URL = re.compile(r"(?<!\d)(20[0-2]\d)[-/_]?(0[1-9]|1[0-2])(?:[-/_]?[0-3]\d)?(?!\d)")


def headline_month(published_at: str | None, url: str = "") -> str:
    """The headline's month (YYYY-MM) from its date, else from its URL (/2018/03-17/, t20180318_...), else ""."""
    if published_at and re.match(r"\d{4}-\d{2}", published_at):
        return published_at[:7]
    m = DATE_IN_URL.search(url or "")
    return f"{m.group(1)}-{m.group(2)}" if m else NO_DATE


def _head(title: str) -> int:
    """Where a headline's own words begin, after a column tag."""
    tag = COLUMN_TAG.match(title)
    return tag.end() if tag else 0


def national_leader(title: str, published_at: str | None = None, url: str = "",
                    site: Division | None = None) -> tuple[NationalLeader, LeaderTerm, int] | None:
    """A national leader who leads the headline acting: (leader, post held then, position of the name).

    Only a full name at the headline's head (after a column tag) followed by an act (到/在/主持/会见/：…), right
    after a national post word (not a place's: 市委组织部部长), or, on a national body's site, at a later phrase's
    head instructing (要求/强调…) counts; a name borne by many local officials (王勇, 张平, 李斌) only on a national
    site or after a post word that names a level. With a date the post must be held then; with none, any term
    counts, except on a site in a place the leader headed in those years (a provincial site's own secretary)."""
    if not title:
        return None
    head = _head(title)
    when = headline_month(published_at, url)
    hits: list[tuple[int, bool, bool]] = [(head, False, False)]
    for m in NATIONAL_POST_BEFORE_SCAN.finditer(title):
        if LOCAL_POST_BEFORE.search(title, max(head, m.start() - 12), m.end()):
            continue  # a place's post (市委组织部部长, 区人大常委会主任): the name after it is a local official's
        # (a bare 主任, 秘书长 or 行长 names no level: a name many local officials bear is still read only on a national site)
        hits.append((m.end(), m.group(0) not in ("主任", "秘书长", "行长"), False))
    if site is not None and site.level == "nation":
        for m in LEADER_PHRASE_BREAK.finditer(title, head, 24):
            # on a national body's site, a later phrase's head after one that names no body, when the leader instructs
            # on what it reports (河北一化工企业发生火灾 某某要求…; not 全面从严治党 某某到会; on a local site the name is as
            # likely a local official's)
            if not BODY_NAMED_BEFORE.search(title, head, m.start()):
                hits.append((m.end(), False, True))
    for pos, after_post, later in hits:
        for name, size in _names_at(title, pos, (3, 2)):
            leader = NATIONAL_LEADERS.get(name)
            acts = LEADER_INSTRUCTS if later else LEADER_ACTS
            if leader is None:
                continue
            at = pos + size
            titled = None if acts.match(title, at) else POST_AFTER_NAME.match(title, at)
            if titled is not None and acts.match(title, titled.end()):
                at = titled.end()  # the post written after the name (王光谦常务副主席走访…)
            elif not acts.match(title, at):
                continue
            if leader.common and not after_post and (site is None or site.level != "nation") \
                    and not FOREIGN_AFFAIRS_ACT.match(title, at):
                continue
            term = leader.term_at(when)
            if term is None or leader.local_at(site, when) or _goes_where_headed(leader, title, at, when):
                continue
            if titled is not None:
                # the post after the name must be one the leader held then (a namesake's otherwise), and it says
                # which of posts held at once acts (王光谦常务副主席: 民盟中央's, not 全国政协's)
                named = [t for t in leader.terms if t.post.endswith(titled.group("post"))
                         and (not when or t.start <= when <= t.end)]
                if not named:
                    continue
                term = max(named, key=lambda t: t.start)
            if CALLS_ON_AT_HOME.match(title, at):
                continue  # (a national leader calls on no zone's or county's organs: 周强带队拜会某新区党工委 is a namesake's)
            if site is not None and site.level == "county" and title.startswith("主持", at):
                continue  # (nor chairs a meeting a county's own site reports: 李文章主持召开城区…专题会 on 开江's is its head's)
            return leader, term, pos
    return None


# A post written right after a leader's name, before the act (王光谦常务副主席走访…, 某某副委员长一行…): it must be the end
# of the post the leader held then.
POST_AFTER_NAME = re.compile(r"(?P<post>(?:常务|执行|第一)?副?(?:主席|委员长|总理|书记|部长|院长|会长|秘书长|主任|理事长|"
                             r"检察长|局长|社长|行长))(?:同志)?")


# A leader calling on a zone's, a district's or a county's organs (带队拜会某新区党工委, 一行拜访某县政府): what a company's
# or a unit's head does, not a national leader's act (who may call on a province's or a city's leaders, 拜会福建领导,
# 一行拜会重庆市委, and meets the rest).
CALLS_ON_AT_HOME = re.compile(r"(?:带队|率队|率团|一行)?(?:拜会|拜访)[^，,。：:\s]{0,12}?"
                              r"(?:党工委|管委会|(?<!自治)[区县]委|(?<![特治])[区县](?:人民)?政府)")


# A national leader's visit abroad right after the name (王毅访柬埔寨): national whatever the site, so a name many
# local officials bear is read there too (not a meeting with foreign guests: local leaders meet them all the time).
FOREIGN_AFFAIRS_ACT = re.compile(r"(?:出访|访问|访|抵达|抵)" + FOREIGN_COUNTRY)


NATIONAL_POST_BEFORE_SCAN = re.compile(NATIONAL_POST_BEFORE.pattern.rstrip("$"))
# A place's level word in a post word's own phrase (市委组织部部长, 厦门市发改委主任, 区人大常委会主任): a local post.
LOCAL_POST_BEFORE = re.compile(r"[省市县区州镇乡旗盟][^\s，,：:、]{0,10}(?:部部长|主任|秘书长|行长)")


# -- provincial leaders by name (processing/data/provincial_leaders.json) ----------------------------------
# The party secretary, governor (chairman, mayor), congress standing committee director and CPPCC chairman of each
# provincial-level unit 2012-2026, and its deputies (deputy secretaries, vice governors, congress vice directors,
# party standing members), each post with its body, region and term. A headline led by one acting, in a month the post
# was held, is that province's body (the same patterns as national leaders); a person listed only as a deputy is
# `common`, read only on his province's sites or after a provincial post word.
PROVINCIAL_LEADERS_FILE = Path(__file__).resolve().parent / "data" / "provincial_leaders.json"
# A provincial post named just before the name (省长苏树林…, 省政协主席张昌尔…): the name is that leader's.
# (a city's or district's posts, 市委书记 or 区人大常委会主任, are not: only a province's, a region's or a
# municipality's)
PROVINCIAL_POST_BEFORE_SCAN = re.compile(
    r"(?:省|自治区|自治区党|(?:北京|天津|上海|重庆)市)(?:委书记|长|主席|人大常委会(?:副)?主任|政协主席)|副省长|"
    # a deputy's post of the province's own (省委副书记, 自治区副主席, 上海市副市长): a city's vice posts (副市长 alone)
    # are not
    r"(?:省委|自治区党委|(?:北京|天津|上海|重庆)市委)副书记|自治区(?:常务)?副主席|(?:北京|天津|上海|重庆)市(?:常务)?副市长|"
    # (an autonomous region's party secretary as its own press writes it, 区党委书记: a district's is 区委书记)
    r"区党委副?书记|"
    # a province's short name before 书记, as the press writes it (湖北书记应勇…)
    r"(?:" + _PROVINCE_SHORTS + r")(?:书记|省长)")
# When one person holds two posts at once (省委书记 and 省人大常委会主任), the headline's words say which acts.
BODY_WORDS = (("congress", re.compile(r"人大|人民代表大会|立法")), ("cppcc", re.compile(r"政协")),
              ("government", re.compile(r"政府|省长|市长|主席")))
BODY_RANK = {"party": 0, "government": 1, "congress": 2, "cppcc": 3}
# A leader chairing a body's own meeting right after his name (主持召开省政府常务会议, 主持省人大常委会主任会议): the
# body whose post he holds for it.
CHAIRS_BODY_MEETING = re.compile(r"主持(?:召开)?(?:省|自治区)(?:(?P<government>政府|人民政府)|(?P<congress>人大常委会)|"
                                 r"(?P<cppcc>政协)|(?P<party>委))")

# Chairing a city's or county's body's meeting (陈安丽主持召开市政府社情民意面对面座谈会): a leader of that level then,
# not a province's leader years before his first provincial post (_rising_in_province)
CHAIRS_LOCAL_MEETING = re.compile(r"主持(?:召开)?(?:市|县|区|州|盟)(?:政府|人民政府|人大常委会|政协|委)")


@dataclass(frozen=True, slots=True)
class ProvincialTerm:
    post: str
    body: str
    region: str  # 6-digit code of the provincial-level unit (of the city, in the city table)
    start: str  # YYYY-MM
    end: str  # YYYY-MM, "9999-12" while in office (or end not known)


@dataclass(frozen=True, slots=True)
class ProvincialLeader:
    name: str
    terms: tuple[ProvincialTerm, ...]
    common: bool  # read only on a site inside the province or after a provincial post word


def load_provincial_leaders(path: Path = PROVINCIAL_LEADERS_FILE, longest: int = 3) -> dict[str, ProvincialLeader]:
    """Provincial (or city) leaders by full name (2 to `longest` characters, or a name written with a middle dot,
    伊力哈木·沙比尔, kept with the one dot dotted_key writes)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, ProvincialLeader] = {}
    for e in data["leaders"]:
        name = dotted_key(str(e["name"]))
        if not (2 <= len(name) <= longest or DOT in name):
            continue
        terms = tuple(ProvincialTerm(str(t["post"]), str(t["body"]), str(t["region"]), str(t["from"]),
                                     str(t["to"] or "9999-12")) for t in e["posts"])
        out[name] = ProvincialLeader(name, terms, bool(e.get("common")))
    return out


PROVINCIAL_LEADERS = load_provincial_leaders(longest=4)  # (洛桑江村, 嘎玛泽登: Tibetan names run to four)


def _pick_term(terms: list[ProvincialTerm], title: str) -> ProvincialTerm:
    """Of posts held at once, the one the headline's words name (人大 -> congress), else the highest ranked."""
    for body, words in BODY_WORDS:
        named = [t for t in terms if t.body == body]
        if named and len(terms) > 1 and words.search(title):
            return named[0]
    return min(terms, key=lambda t: BODY_RANK.get(t.body, 9))


LEADER_POST_BETWEEN = re.compile(r"(?:省|自治区|市)?(?:长|主席|委书记|人大常委会主任|政协主席)")
# A leader's instruction on what an earlier phrase reports (河北一化工企业发生火灾 某某要求依法严肃追责): the leader acts.
LEADER_INSTRUCTS = re.compile(r"(?:要求|强调|指示|批示|作出批示|作出指示|部署)")
LEADER_PHRASE_BREAK = re.compile(r"[\s\u3000：:，,！!？?]+")  # where a headline's later phrase begins
BODY_NAMED_BEFORE = re.compile(r"人大|政府|政协|委员会|常委会|党委|[省市县区]委|法院|检察院|会议|大会")
# A provincial leader's post written after his name (于伟国省长, 周祖翼书记, 王宁主任, 某某副省长): the name is still his, if
# he held a post of that body then; the body each form names (主任 or 副主任 alone: the congress standing committee's)
LEADER_POST_AFTER = re.compile(r"(?P<government>(?:省|自治区)?长|自治区主席|(?:常务)?副省长|自治区(?:常务)?副主席)|"
                               r"(?P<party>(?:省|自治区党?)?委?副?书记)|"
                               r"(?P<congress>(?:省|自治区)?(?:人大常委会)?副?主任)|(?P<cppcc>(?:省|自治区)?政协主席)")


def _leader_follows(title: str, at: int) -> bool:
    """Another listed leader's name right after the name (彭清华陈武看望…), or after his post (周祖翼省长赵龙与…): two
    leaders acting together."""
    return any(name in PROVINCIAL_LEADERS or name in NATIONAL_LEADERS or name in CITY_LEADERS
               for name in _names_following(title, at))


def _names_following(title: str, at: int) -> list[str]:
    """The names that may stand right after a leader's name ending at `at`, or after his post written there (周祖翼省长
    赵龙…): where another leader acting with him is named."""
    post = LEADER_POST_BETWEEN.match(title, at)
    return [name for start in ((at, post.end()) if post else (at,)) for name, _n in _names_at(title, start, (4, 3, 2))]


def _leader_positions(title: str, post_before: re.Pattern[str]) -> list[tuple[int, bool]]:
    """Where a leader's name may stand in a headline, and whether a post word of his level comes right before it: the
    head (after a column tag), after such a post word in the first 24 characters, or a later phrase's head."""
    head = _head(title)
    hits: list[tuple[int, bool]] = [(head, False)]
    for m in post_before.finditer(title, 0, 24):
        hits.append((m.end(), True))
    for m in LEADER_PHRASE_BREAK.finditer(title, head, 24):
        # (at a later phrase's head, after one that names no body: 不打招呼察实情 杜家毫在株洲检查…; not the chair of a
        # body's meeting the first phrase names, 省人大常委会第十七次会议举行 强卫主持)
        if not BODY_NAMED_BEFORE.search(title, head, m.start()):
            hits.append((m.end(), False))
    return hits


PROVINCIAL_LEADERS_WORD = re.compile(r"(?<![副原前])(?:省|自治区)领导")
AUTONOMOUS_REGIONS = frozenset({"150000", "450000", "540000", "640000", "650000"})
MUNICIPALITIES = {"北京": "110000", "天津": "120000", "上海": "310000", "重庆": "500000"}
PROVINCE_BY_SHORT = {d.short: d.code for d in default_gazetteer if d.level == "province" and d.short}


def _fits_post_word(word: str, term: ProvincialTerm) -> bool:
    """Whether a post held is the one the provincial post word written before the name names: its body, a deputy's or
    a head's, and the kind of unit (省长 a province's, 区党委书记 an autonomous region's, 上海市长 Shanghai's, 湖北书记
    湖北's). 副省长刘伟 is not 刘伟 the CPPCC chairman; 区党委书记张庆黎 on 西藏's site is not 河北's secretary."""
    body = "cppcc" if "政协" in word else "congress" if "人大" in word else "party" if "书记" in word else "government"
    if term.body != body or ("副" in word) != ("副" in term.post or term.post.endswith("常委")):
        return False
    city = next((code for short, code in MUNICIPALITIES.items() if word.startswith(short)), None)
    if city is not None:
        return term.region == city
    if "自治区" in word or word.startswith("区党委"):
        return term.region in AUTONOMOUS_REGIONS
    province = next((code for short, code in PROVINCE_BY_SHORT.items() if word.startswith(short)), None)
    if province is not None:
        return term.region == province
    return term.region not in AUTONOMOUS_REGIONS and term.region not in MUNICIPALITIES.values()


# The place a leader goes to, right after his name and a verb of going or being there (到, 在, 赴, 深入…): his own
# province's, as a rule, when the headline gives no date.
GOES_TO = re.compile(r"^(?:一行)?(?:到|在|赴|深入|来到|前往|莅临|走进)$")


def _goes_where_headed(leader: NationalLeader, title: str, at: int, when: str | None) -> bool:
    """Whether the place a national leader goes to (某某在大连调研) lies in a place he headed in that month, or, undated,
    one he went on to head after his latest central post: 郝鹏在大连调研 is 辽宁's secretary, not the state assets
    commission's chairman he was before; 韩正在上海调研 is the central leader, not 上海's secretary he had been."""
    rest = title[at:]
    place = next((m.division for m in default_finder.find(rest) if m.division is not None
                  and m.division.level != "nation" and GOES_TO.search(rest, 0, m.start)), None)
    if place is None:
        return False
    if when:
        return leader.local_at(place, when)
    latest = max(t.start for t in leader.terms)
    later = dataclasses.replace(leader, local=tuple(x for x in leader.local if x[2] >= latest))
    return later.local_at(place)


def _held_where_named(held: list[ProvincialTerm], title: str, at: int) -> list[ProvincialTerm]:
    """Of an undated leader's posts in several provinces, those in the one province that the leader named with him
    held posts in only (马兴瑞艾尔肯·吐尼亚孜会见…: the chairman is 新疆's, so the secretary's 新疆 post, not his 广东 one),
    else that the place he goes to lies in (陈全国在拉萨调研: 拉萨 is 西藏's; not a place of those he meets, 陈全国会见西藏
    代表团); none when nothing decides."""
    for name in _names_following(title, at):
        other = PROVINCIAL_LEADERS.get(name)
        provinces = {t.region[:2] for t in other.terms} if other is not None else set()
        if len(provinces) == 1:
            terms = [t for t in held if t.region[:2] in provinces]
            if terms and len({t.region for t in terms}) == 1:
                return terms
    rest = title[at:]
    for m in default_finder.find(rest):
        if m.division is None or m.division.level == "nation" or not GOES_TO.search(rest, 0, m.start):
            continue
        terms = [t for t in held if t.region[:2] == m.division.code[:2]]
        if terms and len({t.region for t in terms}) == 1:
            return terms
    return []


# How many months before a leader's first listed post in a province a headline on a site there still reads him as
# that province's leader (the table lists a post or person "not known, not absent": its first months are often the
# later of his provincial posts, 贺天才 listed from 2023 as the congress's vice director, vice governor before it).
RISING_MONTHS = 60


def _months(month: str) -> int:
    """A YYYY-MM month as a count of months, for the distance between two."""
    return int(month[:4]) * 12 + int(month[5:7])


def _rising_in_province(name: str, held: list[ProvincialTerm], when: str, province: str) -> list[ProvincialTerm]:
    """A leader's first posts in the site's province, for a dated headline there up to RISING_MONTHS before them with
    no post listed then (贺天才赴省气象局…调研 of 2021 on 高平市's site: the province's vice governor then, whom the
    table knows only from 2023): a province's leaders rise inside it. None where the city table gives him a post then
    (he was a city's, whichever), or the site is of another province, or the month is after his posts."""
    if not province or not when:
        return []
    own = [t for t in held if t.region[:2] == province]
    if not own:
        return []
    first = min(t.start for t in own)
    if when >= first or _months(first) - _months(when) > RISING_MONTHS:
        return []
    city = CITY_LEADERS.get(name)
    if city is not None and any(t.start <= when <= t.end for t in city.terms):
        return []
    # (the reason says what is known: a provincial leader then, the post listed only from its first month; the body
    # his earlier post belonged to is not known, the government's most often, 贺天才 and 李沛兴 its vice governors then)
    return [dataclasses.replace(t, post=f"省领导，{t.start[:4]}年起任{t.post}", body="government")
            for t in own if t.start == first][:1]


def provincial_leader(title: str, published_at: str | None = None, url: str = "",
                      site: Division | None = None) -> tuple[ProvincialLeader, ProvincialTerm, int] | None:
    """A provincial leader who leads the headline acting: (leader, post held then, position of the name).

    As national_leader: a full name (two to four characters, or one written with a middle dot) at the head (after a
    column tag), at a later phrase's head or after 省领导, followed by an act, his post (某某省长, 某某副省长…) or another
    leader's name; or right after a provincial post word (省长, 副省长, 省委副书记, 区党委书记…), a post of that body, rank and
    kind of unit. With a date the post must be held in that month; with none, a post in the site's province, else the
    leader's only province, else the one province of the leader named with him or of the place he goes to
    (_held_where_named), the latest taken there. A name many officials bear, and a person listed only as a deputy, only
    on a site inside that province or after a post word; a name that is a place or a thing (吉林, 包钢) only after a post word or before 一行."""
    if not title:
        return None
    hits = _leader_positions(title, PROVINCIAL_POST_BEFORE_SCAN)
    words = {m.end(): m.group(0) for m in PROVINCIAL_POST_BEFORE_SCAN.finditer(title, 0, 24)}
    # (a province's leaders named together after 省领导, 省领导某某、某某…: the first named, as at the head)
    hits += _leaders_word_at_head(title, PROVINCIAL_LEADERS_WORD)
    head = _head(title)
    province = site.code[:2] if site is not None and site.level != "nation" else ""
    when: str | None = None  # read only once a name is found
    for pos, after_post in hits:
        for name, size in _names_at(title, pos, (4, 3, 2)):
            leader = PROVINCIAL_LEADERS.get(name)
            if leader is None:
                continue
            if not after_post and not title.startswith("一行", pos + size) and (
                    name in default_gazetteer.shorts() or names_a_thing(name)):
                # (a leader named like a place or a thing: 吉林在京举办推介会 is the province, 包钢与呼和浩特市签署协议 the
                # steel company; but 某某一行 is a person leading his party)
                continue
            held = [t for t in leader.terms if _fits_post_word(words[pos], t)] if after_post else list(leader.terms)
            if not held:
                continue  # (the post word names a post he never held: another person of the name)
            post = LEADER_POST_AFTER.match(title, pos + size)
            if post is not None and not LEADER_ACTS.match(title, post.end()):
                post = None
            if not (LEADER_ACTS.match(title, pos + size) or _leader_follows(title, pos + size) or post is not None
                    or (pos == head and LEADERS_TOGETHER.match(title, pos + size)) or _heads_association(title, pos + size)):
                # (his post may stand between the name and the act, as the press writes it: 于伟国省长会见…)
                continue
            if when is None:
                when = headline_month(published_at, url)
            if when:
                terms = [t for t in held if t.start <= when <= t.end] or (
                    [] if CHAIRS_LOCAL_MEETING.match(title, pos + size) else _rising_in_province(name, held, when, province))
            else:
                terms = [t for t in held if t.region[:2] == province] or (
                    held if len({t.region for t in held}) == 1 else _held_where_named(held, title, pos + size))
            if post is not None and not LEADER_ACTS.match(title, pos + size):
                # (the post written must be one he held: 王浩主任带队义诊 is some doctor, not the governor 王浩)
                terms = [t for t in terms if t.body == post.lastgroup]
            if not terms:
                continue
            local = [t for t in terms if t.region[:2] == province]
            if leader.common and not after_post and not local:
                # (a name many bear, off his province's sites: on a site of another place, another's official; on one
                # of no known place, only where he goes to a place of the province he served then, or meets a leader
                # of it, 刘奇在吉安市调研 of 2017 being 江西's governor)
                local = _held_where_named(terms, title, pos + size) if not province else []
                if not local:
                    continue
            terms = local or terms  # a month between two provinces: the site's
            chaired = CHAIRS_BODY_MEETING.match(title, pos + size) if not when else None
            if chaired is not None:
                # (undated, chairing a body's own meeting, 王忠林主持召开省政府常务会议: a post of that body, though he
                # later took another)
                terms = [t for t in terms if t.body == chaired.lastgroup] or terms
            if not when:  # undated: the latest post in that province
                last = max(t.start for t in terms)
                # with posts held together then, not one that ended the month the latest began (a post of one month,
                # begun and ended that month, is still the latest)
                terms = [t for t in terms if t.end > last or t.start == last]
            return leader, _pick_term(terms, title), pos
    return None


default_actor_finder = ActorFinder()


def find_actor(title: str, text: str = "", source_region: Division | str | None = None) -> Actor | None:
    """The main actor with the default finder."""
    return default_actor_finder.find(title, text, source_region)


# -- prefecture-level leaders by name (processing/data/city_leaders.json) ----------------------------------------
# The party secretary, mayor, congress standing committee director and CPPCC chairman of the prefecture-level cities,
# autonomous prefectures, leagues and 地区 (332 of 333, with gaps) 2012-2026, each post confirmed by a stored public
# page (the file names them; processing/data/NOTICE says how they were gathered). Their own sites write them by the
# bare name (某某到…调研, 某某主持召开…): a headline led by one acting, in a month the post was held, is that city's body
# of the post. The provincial table's schema, with each post's evidence and approx (its month estimated) beside it.
CITY_LEADERS_FILE = Path(__file__).resolve().parent / "data" / "city_leaders.json"
CITY_LEADERS = load_provincial_leaders(CITY_LEADERS_FILE, longest=4)  # (上官吉庆: a city's Han names run to four)


def _dotted_pattern(*tables: Mapping[str, object]) -> re.Pattern[str]:
    """The dotted names of the leaders' tables, each with its dots as pages write them, the longest first."""
    names = sorted({n for t in tables for n in t if DOT in n}, key=len, reverse=True)
    return re.compile("|".join(NAME_DOT.join(map(re.escape, n.split(DOT))) for n in names) or "(?!)")


# (read when a headline is, once all three tables are loaded)
DOTTED_NAME = _dotted_pattern(NATIONAL_LEADERS, PROVINCIAL_LEADERS, CITY_LEADERS)

# A city's leaders word (市领导某某、某某…), read at the headline's head only (_leaders_word_at_head).
CITY_LEADERS_WORD = re.compile(r"(?<![副原前])[市州盟]领导")
# The first of a place's leaders named together at the headline's head (某某等市领导参加…, 某某等省领导…): the highest
# ranked, acting; not when they accompany someone (某某等市领导陪同省委书记…) or receive an instruction (…批示).
LEADERS_TOGETHER = re.compile(r"等(?:[省市州盟县区]|党政)领导(?!批示|的|同志的|陪同)")


def _leaders_word_at_head(title: str, word: re.Pattern[str]) -> list[tuple[int, bool]]:
    """Where a name may follow a place's leaders word at the headline's head (市领导某某、某某…, 厦门市领导某某…): the word
    first, or after the place's own name only; not 市领导 later in the headline (某省委书记听取市领导某某汇报)."""
    head = _head(title)
    m = word.search(title, head, head + 12)
    if m is None:
        return []
    before = title[head:m.start()]
    if before and before not in default_gazetteer.shorts():
        return []
    return [(m.end(), False)]


# A city post named just before the name (市委书记某某…, 市长某某…, 市人大常委会主任某某…, 代市长某某…); not a vice
# post or a former one (副市长某某, 原市委书记某某: someone else holds the post, or he no longer does).
# (a prefecture's and a league's posts alike: 州委书记, 州长, 盟长; a 地区's 地委书记 and 行署专员)
CITY_POST_BEFORE_SCAN = re.compile(r"(?<![副原前])(?:[市州盟](?:委书记|长|人大常委会主任|政协主席)|地委书记|行署专员)")
# A city post written after the name (某某书记, 某某市长, 代市长, 某某主任, 某某主席): the body each form names (某某副市长
# is a vice mayor, no post of the table's).
CITY_POST_AFTER = re.compile(r"(?P<government>代?[市州盟]长|行署专员)|(?P<party>(?:[市州盟地]委)?书记)|"
                             r"(?P<congress>(?:[市州]人大常委会|人大工委)?主任)|(?P<cppcc>(?:[市州盟]政协)?主席)")


# Words by which a headline's subject meets or serves the leader written after them (会见, 拜会, 陪同, 与…). (The single
# characters may also stand inside other words before the post, 共同, 和谐, 为民: a reading lost, never a wrong one made.)
HOST_BEFORE_POST = re.compile(r"会见|拜会|拜访|会谈|接见|陪同|看望|慰问|邀请|致信|致电|[与同和及向对为给]")
# The body each city post word written before a name stands for (市委书记某某 -> party, 市长某某 -> government…).
CITY_POST_BODY = (("委书记", "party"), ("行署专员", "government"), ("长", "government"), ("人大常委会主任", "congress"),
                  ("政协主席", "cppcc"))


def posted_city_leader(title: str, published_at: str | None = None, url: str = "",
                       site: Division | None = None) -> tuple[ProvincialLeader, ProvincialTerm, int] | None:
    """A city's leader written right after the post he held then (市委书记某某调研…), on a site that is no city's or
    county's (its place unknown, a province's or the nation's): the post word and the name together place him.

    city_leader reads a bare name only on his own city's sites, where the press writes him so; elsewhere a name alone
    is too often another official's, but one that held the very post written before it in the headline's month is
    his. Undated, the post must be his in one city only; on a province's site, a city of that province."""
    if not title or (site is not None and site.level not in ("nation", "province")):
        return None
    province = site.code[:2] if site is not None and site.level == "province" else ""
    head = _head(title)
    when: str | None = None
    for m in CITY_POST_BEFORE_SCAN.finditer(title, head, 24):
        if HOST_BEFORE_POST.search(title, head, m.start()):
            continue  # (someone else receives or meets him: 某局长会见莆田市委书记某某, 某董事长拜会泉州市长某某)
        body = next(b for word, b in CITY_POST_BODY if m.group(0).endswith(word))
        for name, size in _names_at(title, m.end(), (4, 3, 2)):
            leader = CITY_LEADERS.get(name)
            if leader is None:
                continue
            if not (LEADER_ACTS.match(title, m.end() + size) or m.end() + size == len(title)):
                break  # (a listed name that begins a longer one, 张文 of 市委书记张文斌来校: not his; nor a shorter one)
            if when is None:
                when = headline_month(published_at, url)
            terms = [t for t in leader.terms if t.body == body and (not province or t.region[:2] == province)
                     and (not when or t.start <= when <= t.end)]
            if len({t.region for t in terms}) != 1:
                continue  # (none then, or undated and his in two cities: the post does not say which)
            return leader, terms[-1], m.end()
    return None


def _in_city(site: Division, region: str) -> bool:
    """Whether the site (a city's or a county's) is the city's or one of its counties' (a city's code is its counties'
    first four digits)."""
    return site.code[:4] == region[:4]


# A place's tag before a name at the head (莆田:林宝金…, 泉州 某某…): the place whose leader is named, on a portal.
PLACE_TAG_BEFORE_NAME = re.compile(r"([\u4e00-\u9fff]{2,8})[:：\s]")


def city_leader(title: str, published_at: str | None = None, url: str = "",
                site: Division | None = None) -> tuple[ProvincialLeader, ProvincialTerm, int] | None:
    """A city's (or prefecture's) leader who leads the headline acting: (leader, post held then, position of the name).

    Only on a site of that city or of its counties, where the press writes its own leaders by the bare name, or of
    its province, which carries its cities' reports as written (李亚平赴姑苏区调研… on 中国江苏网, 苏州's mayor): a
    city leader's name elsewhere is too often another official's (a national portal writes 杭州市委书记某某, which the
    place and post words decide). On a province's site: a dated headline, a name of three characters or more at the
    head or after his city's tag (莆田:林宝金…), acting, held then by a leader of one city of the province only, who
    holds no provincial or national post that month. As provincial_leader otherwise: the name at the head, at a later
    phrase's head or right after a city post word, followed by an act, his post or another leader's name (after a post
    word, nothing more is needed); with a date the post must be held in that month, undated his latest post in the
    city. A name that is also a word or a place (包钢, 宁波) is read only after a post word or before 一行."""
    # (on a site of no known place, a leader of one city only, named in full at the head and acting, his city named
    # after him: 施小琳在成都会见… on an aggregator; the press elsewhere writes other cities' leaders with their place
    # and post)
    anywhere = site is None
    province = site is not None and site.level == "province"
    if not title or (site is not None and site.level not in ("city", "county", "province")):
        return None
    hits = _leader_positions(title, CITY_POST_BEFORE_SCAN)
    # (a city's leaders named together after 市领导, 市领导某某、某某…: the first named, the highest ranked, followed by an
    # act or the next name as at the head)
    hits += _leaders_word_at_head(title, CITY_LEADERS_WORD)
    head = _head(title)
    when: str | None = None
    for pos, after_post in hits:
        for name, size in _names_at(title, pos, (4, 3, 2)):
            leader = CITY_LEADERS.get(name)
            if leader is None:
                continue
            if not after_post and not title.startswith("一行", pos + size) and (
                    leader.name in default_gazetteer.shorts() or names_a_thing(leader.name)):
                # (a leader named like a place or a thing: 宁波来芜考察 on 芜湖's site is the city visiting, 包钢与呼和浩特市
                # 签署协议 the steel company; but 某某一行 is a person leading his party)
                continue
            acts = LEADER_ACTS.match(title, pos + size) is not None or (
                pos == head and LEADERS_TOGETHER.match(title, pos + size) is not None) or _heads_association(title, pos + size)
            post = CITY_POST_AFTER.match(title, pos + size)
            if post is not None and not LEADER_ACTS.match(title, post.end()):
                post = None
            if not (acts or post is not None or after_post or _leader_follows(title, pos + size)):
                continue
            # (on a province's portal, the name may follow his city's tag, 莆田:林宝金李建辉会见…: checked below)
            tag = PLACE_TAG_BEFORE_NAME.fullmatch(title, head, pos) if province and pos != head else None
            if (anywhere or province) and (size < 3 or (pos != head and tag is None) or not acts or after_post):
                continue
            if when is None:
                when = headline_month(published_at, url)
            if province and (not when or (name in PROVINCIAL_LEADERS and any(
                    t.start <= when <= t.end for t in PROVINCIAL_LEADERS[name].terms)) or (
                    name in NATIONAL_LEADERS and NATIONAL_LEADERS[name].term_at(when) is not None)):
                # (on a province's portal a name that holds a provincial or national post that month is read as that
                # post, 马兴瑞 广东's governor; undated, which of a mover's posts is anybody's guess)
                continue
            terms = [t for t in leader.terms if (site is None or (t.region[:2] == site.code[:2] if province
                                                                  else _in_city(site, t.region)))
                     and (not when or t.start <= when <= t.end)]
            if province and (len({t.region for t in terms}) != 1 or (tag is not None and not any(
                    (city := default_gazetteer.get(t.region)) is not None and tag.group(1) in (city.short, city.name)
                    for t in terms))):
                continue
            if anywhere and (len({t.region for t in terms}) != 1 or not (
                    _colleague_follows(title, pos + size, terms, when) or any(
                        m.division is not None and _in_city(m.division, terms[0].region)
                        for m in default_finder.find(title) if m.how not in ("nation", "relative")))):
                # (his city, or a county of it, named in the headline too, or a colleague of his there named with him,
                # 张维国、陈新武调研…: a namesake's otherwise, 杨国强 of 碧桂园)
                continue
            if post is not None and not acts:
                # (the post written after the name must be one he held then: 某某主任带队… is some other director when he
                # was mayor)
                terms = [t for t in terms if t.body == post.lastgroup]
            if not terms:
                continue
            if not when:  # undated: his latest post in the city, with posts held together then
                last = max(t.start for t in terms)
                terms = [t for t in terms if t.end > last or t.start == last]
            return leader, _pick_term(terms, title), pos
    return None


def _colleague_follows(title: str, at: int, terms: list[ProvincialTerm], when: str | None) -> bool:
    """Whether another leader of the same city is named right after a name ending at `at` (张维国、陈新武调研…), in
    that month, or undated in a term that overlaps one of the first's there: two of one city's leaders together, no
    namesakes'."""
    start = at + 1 if title.startswith("、", at) else at
    return any(any(t.region == mine.region and t.start <= mine.end and mine.start <= t.end
                   and (not when or t.start <= when <= t.end) for t in CITY_LEADERS[name].terms for mine in terms)
               for name, _n in _names_at(title, start, (4, 3, 2)) if name in CITY_LEADERS and len(name) >= 3)


# What a leader does after a relative body's meeting or act is named (…会议开幕 某某向大会作工作报告): reporting to the
# session, beside the acts of LEADER_ACTS (主持, 讲话, 出席…)
RELATIVE_LEADER_ACTS = re.compile(r"向大会|作[^，,。：:\s]{0,6}?报告")
# A province's head's post word, written right before his name (省长某某…): a 省 word's leader may stand there
PROVINCE_HEAD_POST = re.compile(r"(?<![副原前])省(?:委书记|长|人大常委会主任|政协主席)")


def _post_word_body(word: str) -> str:
    """The body a head's post word names (省长 the government, 市委书记 the party committee, 政协主席 the CPPCC)."""
    return next((body for end, body in CITY_POST_BODY if word.endswith(end)), "government")


def leader_of_relative(title: str, word: str, published_at: str | None = None, url: str = "",
                       site: Division | None = None) -> Division | None:
    """The one province (word 省) or city (市, 州, 盟: a unit named with that word) whose listed leader the headline
    names acting, for a level word whose place the site does not settle (省政协…会议开幕 张昌平向大会作工作报告 on a site
    of no known place; 市政府召开常务会议 刘远主持 on a province's portal): the leader's place is the word's.

    A name counts at the headline's head (after a column tag), at a later phrase's head or right after a head's post
    word of that level, followed by an act; a name that is a place or a thing never, nor one the provincial table
    marks as many officials' (`common`). With a date, the posts held in that month; undated, each leader's latest post
    in the table, and for a city's word no one who is also a province's leader (a governor who once led a city). On a
    province's site, only places inside it. None when no name, or the names, place it in more than one."""
    if word not in ("省", "市", "州", "盟") or not title:
        return None
    table = PROVINCIAL_LEADERS if word == "省" else CITY_LEADERS
    post_ends = {m.end(): m.group(0) for m in (PROVINCE_HEAD_POST if word == "省" else CITY_POST_BEFORE_SCAN).finditer(title)}
    when = headline_month(published_at, url)
    province = site.code[:2] if site is not None and site.level == "province" else ""
    head = _head(title)
    found: set[str] = set()
    for pos in range(head, len(title)):
        if not (pos == head or pos in post_ends or LEADER_PHRASE_BREAK.match(title, pos - 1)):
            continue
        for name, size in _names_at(title, pos, (4, 3, 2)):
            leader = table.get(name)
            if leader is None or leader.common or leader.name in default_gazetteer.shorts() \
                    or names_a_thing(leader.name):
                continue
            if not (LEADER_ACTS.match(title, pos + size) or RELATIVE_LEADER_ACTS.match(title, pos + size)):
                continue
            held = list(leader.terms)
            if pos in post_ends:
                # (a post written before the name, 省长王国生…: the terms of that post's body, when he held one)
                body = _post_word_body(post_ends[pos])
                held = [t for t in held if t.body == body] or held
            if when:
                terms = [t for t in held if t.start <= when <= t.end]
            elif word != "省" and leader.name in PROVINCIAL_LEADERS and not PROVINCIAL_LEADERS[leader.name].common:
                terms = []
            else:
                last = max(t.start for t in held)
                terms = [t for t in held if t.start == last]
            found |= {t.region for t in terms if not province or t.region[:2] == province}
            break  # (the longest listed name at a position is the one written there)
    places = [d for code in found if (d := default_gazetteer.get(code)) is not None and d.name.endswith(word)]
    return places[0] if len(found) == 1 and len(places) == 1 else None
