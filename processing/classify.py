"""Home-relative 四情 classification (RUBRIC.md): rules on the main actor's place against the home,
with the shipped text model (processing/model.py) deciding where the rules are unsure and the
analysts' corrections (carried by the model) deciding the items they corrected.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from processing import model as model_mod
from processing.actors import (
    ADDRESSED_BEFORE,
    ARRIVES_AT_ABBR,
    BODY_LABELS,
    CENTRAL_COMPANY,
    CENTRAL_NAME,
    COLUMN_TAG,
    DEMOCRATIC_PARTY,
    DEMOCRATIC_PARTY_FULL,
    DEMOCRATIC_PARTY_SHORT,
    DEPUTIES_IN_SESSION,
    ESSAY_AFTER_NAME,
    HELD_AT,
    LEADER_INSTRUCTS,
    LEADER_PHRASE_BREAK,
    LEGISLATES,
    LEVEL_IN_NAME,
    LEVEL_WORD_LEAD,
    NATIONAL,
    NATIONAL_BODY,
    NATIONAL_LEADERS,
    NATIONAL_SESSION,
    ORG_HEAD_AFTER,
    OWN_UNIT_HEAD,
    PARTY_DELEGATES,
    RANKED,
    RELATIVE_LEAD,
    SURNAMES,
    VISIT_VERBS,
    Actor,
    ActorFinder,
    ProvincialLeader,
    ProvincialTerm,
    city_leader,
    default_actor_finder,
    dotted_key,
    headline_month,
    in_book_title,
    leader_of_relative,
    national_leader,
    posted_city_leader,
    provincial_leader,
)
from processing.institutions import Institutions
from processing.known_posts import KnownPost, KnownPosts
from processing.regions import (
    COMMERCIAL_PORTAL,
    FOREIGN_COUNTRY,
    NATIONAL_HOSTS,
    OUTSIDE_MAINLAND_NAME,
    RELATIVE,
    SiteLocator,
    SiteRegion,
    default_locator,
    outside_mainland_host,
    provincial_seat,
)
from siqing.divisions import Division, Gazetteer, default_gazetteer
from siqing.kinds import KIND_NAMES_ZH, KINDS, RELATION_NAMES_ZH

KIND_LABELS = KIND_NAMES_ZH  # kept for importers; the definition lives in siqing.kinds
RELATION_LABELS = RELATION_NAMES_ZH
__all__ = ["KINDS", "KIND_LABELS", "NATIONAL_HOSTS", "Classifier", "Item", "Leader", "RuleClassifier", "Verdict"]
# Someone goes to a place to look at work there: on a body's own site, that body's people do.
VISIT = re.compile(r"^[^，,：:；;]{0,12}?(?P<go>到|赴|深入|前往|来到|走进)[^，,：:；;]{1,14}?"
                   r"(?:调研|视察|检查|督导|督查|走访|看望|慰问|考察|宣讲|座谈|指导)")
# A verb of receiving a visit (迎来, 欢迎, 接待, 陪同): the place before it is visited, not the one who goes.
RECEIVES = re.compile(r"迎来|欢迎|接待|陪同|迎接")
# A government department named as a commission (卫生和计划生育委员会), not a party's, congress's or CPPCC's.
DEPARTMENT_COMMISSION = re.compile(r"(?<!常务)(?<!全国)(?<!纪律检查)(?<!监察)委员会(?:门户网站|网站)?$")
# A governor's or mayor's post right after a person's name (某某副省长到…, 某某市长会见…).
GOVERNOR_AFTER_NAME = re.compile(r"(?:常务)?副?(省长|市长|州长|区长|县长)")
# An institution's own union, league or federation by its bare name at a headline's head (工会组织…, 侨联举行…), no
# place after it.
OWN_ORGANISATION_HEAD = re.compile(r"(?:校|院|我校|我院|本校|本院|学校)?(?:工会|团委|侨联|妇委会|科协|关工委|教代会)"
                                   r"(?![\u4e00-\u9fff]{0,2}(?:省|市|区|县))")
# An institution's own site (某某大学, 某某学院, 某某医院, 某某博物馆), or a development zone's (武汉东湖新技术开发区政务网): a
# unit inside the place it is named after, one of the peers of a district there.
INSTITUTION_SITE = re.compile(r"(?:大学|学院|学校|中学|小学|医院|博物馆|纪念馆|图书馆|美术馆|科技馆|开发区|高新区|经开区|保税区|台商投资区)"
                              r"(?:[（(][\u4e00-\u9fff]{2,6}[)）])?"
                              # (or one of its offices' or organisations' sites: 某大学统战部, 某学院团委, 某开发区管委会,
                              # 某大学工会, 某大学共青团, 某学院党委, 纪委, 妇委会, 科协, 校友会, 某大学某研究院)
                              r"(?:[\u4e00-\u9fff]{0,6}?(?:部|处|办|团委|中心|管委会|工会|共青团|党委|纪委|妇委会|科协|"
                              r"校友会|研究院|研究所))?(?:新闻网|门户网站|政务网|网站|官网)?$")
# A document's number at a headline's head (安委督〔2017〕20号：…).
# The drafters' explanations and the reports on a national law's draft (关于《中华人民共和国慈善法（草案）》的说明,
# 关于《某某法（修订草案）》审议结果的报告) with no place named: only the nation makes a 法 (places make 条例 and 办法), so
# the national congress or its standing committee acts, whatever site relays the document. (A report on how a law is
# carried out may be a place's: not read so.)
NATIONAL_LAW_DOC = re.compile(r"^关于《(?:中华人民共和国)?[^》《]{2,30}?(?<![办方做])(?:法典|法)(?:修正案)?"
                              r"(?:[（(][^（）()《》]{1,10}[）)]){0,2}》(?:修正案)?(?:[（(][^（）()《》]{1,10}[）)])?"
                              r"(?:的说明|审议结果的报告|修改情况的(?:汇报|报告)|修改意见的报告)")
# A law-enforcement inspection of a named law right after a bare place (某法执法检查, 检查某法实施): the congresses' work
# (an agency's own enforcement, 专利执法检查, names no law).
LAW_CHECK = re.compile(r"(?:开展|启动|进行|组织)?[^，,。：:]{0,16}?(?<![办方做执])法》?(?:的)?执法检查|"
                       r"(?:开展|启动|进行|组织)?检查[^，,。：:]{1,20}?(?<![办方做执])法》?(?:的)?(?:实施|贯彻|执行|落实)")
# Academicians leading a headline by their title alone (中国工程院院士一行…, 中国科学院四位院士莅临…, 两院院士…).
ACADEMICIANS = re.compile(r"(?:中国(?:科学|工程)院|中科院|两院)(?:[\d一二三四五六七八九十]+(?:位|名)|多位|部分|知名)?院士"
                          r"(?=一行|专家(?!工作站)|团队|莅临|到|来|赴|走进|调研|考察|参观|[\d一二三四五六七八九十]|[、，,\s])")
# A year or a term before a headline's subject (2023年全国人大常委会…, 第十四届全国人民代表大会…): no other actor.
ORDINAL_LEAD = re.compile(r"^(?:\d{4}年度?|第?[一二三四五六七八九十百]+届)+")
DOC_NUMBER_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}〔\d{4}〕\s*\d+\s*号[：:\s]")
# A national meeting by its name at a headline's head (2018年全国…工作会议): the nation's wherever it is held.
# (after a year or an edition: 第十四届全国对口支援三峡库区经贸洽谈会在重庆召开)
EDITION = re.compile(r"第[\d一二三四五六七八九十百]+届|首届")
NATIONAL_MEETING = re.compile(r"(?:\d{4}年?)?(?:" + EDITION.pattern + r")?全国[^，,。：:]{1,24}?"
                              r"(?:(?:工作)?会议|(?:现场)?推进会|现场会|集中示范活动|"
                              # a national body's classes, forums of exchange and congresses, run by it wherever held
                              # (全国地市级友协领导干部培训班在常德举办, 全国会员代表大会在武夷山市召开)
                              r"培训班|研修班|座谈会|交流会|表彰(?:大)?会|洽谈会|(?:会员)?代表大会)")
# The people's organisations (人民团体) and the consumers' association, which at the national level act as central
# bodies (中国科协, 中国文联, 中国残联, 中消协), unlike learned societies (中国某学会).
PEOPLES_ORGANISATION = re.compile(r"科协|科学技术协会|文联|作协|侨联|残联|红十字会|工商联|总工会|妇联|团中央|记协|台联|关工委|"
                                  r"残疾人联合会|妇女联合会|共青团|青年联合会|归国华侨联合会|工商业联合会|"
                                  r"贸促会|消协|消费者协会|海协会|海峡两岸关系协会|"
                                  # (the other people's organisations the state exempts from registration)
                                  r"(?:中国|全国)法学会|中国作家协会|中国文学艺术界联合会|对外友好协会|全国友协|欧美同学会|"
                                  r"黄埔军校同学会|宋庆龄基金会|中华职业教育社|中国计划生育协会|计生协")
VENUE_BEFORE = frozenset("在赴到莅来抵于")  # a place after these is where, not who
# A committee named bare at a headline's head, no post or office of it after (杨浦区委三支部…, 区委召开…; not 市委书记…,
# 区委统战部…): on a democratic party's own site, that party's committee of the place.
PARTY_COMMITTEE_BARE = re.compile(r"^[\u4e00-\u9fff]{0,8}?[省市区县州]委(?!书记|副书记|常委|统战部|组织部|宣传部|政法委|"
                                  r"办公室|办|党校|巡察|巡视|员|会)")
# ... only when the party's own organisation is named right after it (某区委三支部, 全委会) or the committee is named
# with 九三学社's own 社 (社某区委…): a democratic party's site carries the Communist Party's committee's meetings too
# (市委召开民主协商会, 情况通报会, 全会, 宣讲团), which stay its.
OWN_PARTY_ORGANISATION = re.compile(r"[^，,。：:！!？?\s]{0,3}?(?:支部|总支|支社|基层委员会|专委会)|"
                                    r"[^，,。：:！!？?\s]{0,16}?全委(?:[（(]?扩大[)）]?)?(?:会|全体会议)")
# A democratic party's central site by name (民革中央网站, 中国民主同盟中央委员会): its central committee.
CENTRAL_PARTY_SITE = re.compile(f"(?:{DEMOCRATIC_PARTY.pattern})中央")
# The party and government delegation (a place's, 商丘市党政考察团) one leads: the party committee's.
PARTY_DELEGATION = re.compile(r"[^，,。\s]{0,12}?党政(?:代表团|考察团)")
# One who leads a delegation (某某率…, 某某率领…, 某某带领…) and the delegation a place's name opens (商丘市党政考察团).
LEADS_DELEGATION = re.compile(r"(?:同志)?(?:率领|率|带领)")
DELEGATION_OF_PLACE = re.compile(r"(?:党政|经贸|友好|政府|人大|政协)?(?:代表团|考察团|访问团|参观团|学习团|考察组)")
# A place named as a tag before a colon at a headline's head (某区：…).
PLACE_TAG = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]")
# An inquiry right after the place that heads a headline (奉贤专题调研…, 青浦集体调研…, 杨浦走访…).
PLACE_LED_INQUIRY = re.compile(r"(?:集体|专题|联合)?(?:调研|视察|走访|检查|督查)")
# A congress's own work named in a headline (监督, 履职, 立法, 代表…).
CONGRESS_WORK = re.compile(r"人大|代表|监督|履职|立法|议案|审议|视察|执法检查|评议|询问|质询|备案审查|以评促改|"
                           # (and the people's democracy the congresses practise, their contact points and stations)
                           r"民主|联系点|实践站")
# A meeting on the party's own work (党建, 统战, 宣传思想, 老干部, 组织工作; not its department heads', 统战部长会议), or a
# place's meeting of its leading cadres (全省领导干部会议, 我县召开领导干部会议: where the party's decisions on posts and
# the higher levels' spirit are relayed): the party committee's.
PARTY_WORK_MEETING = re.compile(r"(?:党建|统战|宣传思想|老干部|组织工作|警示教育)(?![部局])[^，,。]{0,10}?"
                                # (工作会 is the press's short for 工作会议: 我区召开宣传思想暨意识形态工作会)
                                r"(?:会议|大会|述职评议|工作会(?!议))"
                                # (the whole place's, not a system's or a unit's: 全市税务系统领导干部会议, 某集团召开…)
                                r"|(?:全|我|本)[省市县区州旗](?:召开|举行)?(?:全[省市县区州旗])?领导干部(?:大会|会议)"
                                # (or the place convening its committee's own conference by name: 镇坪县召开2023年县委工作
                                # 会议, 某市召开市委经济工作会议)
                                r"|(?:召开|举行)[^，,。：:]{0,8}?[省市县区州旗]委(?:工作|经济工作|农村工作|全体|全体扩大)?(?:会议|全会)"
                                # (or its consultation with the non-party figures, or the spirit of its party congress or
                                # plenary carried to the people: 渝中区组织召开民主协商会, 武汉开展党代会精神宣讲活动)
                                r"|民主协商会(?!议)|(?:党代会|党代表大会|全会)精神(?:宣讲|学习宣讲)")
# A headline about a whole place by its relative word (全市…, 我县…): the place, read from the site.
WHOLE_PLACE = re.compile(r"(?:全|我)[省市县区州]")
# A place's own inspection round (安徽：派出8个巡视组, 某市启动新一轮巡察, 某县推进巡察向村级党组织全覆盖): its party
# committee's.
PARTY_INSPECTION = re.compile(r"(?:派出|启动|开展|部署|推进)(?:[^，,。]{0,8}?巡视(?!员)|[^，,。]{0,12}?巡察)|"
                              r"(?:巡视|巡察)(?:反馈|公告|工作动员)|"
                              # (a round of it by its number, or its groups moving in: 白银区：首轮巡察巡察组全面进驻到位)
                              # (not a unit's report on its own rectification after one: 某中学关于区委第三轮巡察整改…)
                              r"(?:首轮|第[一二三四五六七八九十\d]+轮|新一轮|本轮)巡察(?![^，,。]{0,8}?整改)|"
                              r"巡察组[^，,。]{0,6}?(?:进驻|入驻)")
# What may stand between a party committee's name and one of its departments when a standing committee member is named
# by his department (常委、, 常委、省委, 常委秘书长、): the department's head at routine work.
MEMBER_BY_DEPARTMENT = re.compile(r"(?:常委[、，,\s]?(?:[省市区县州旗盟]委|自治区党委)?(?:秘书长[、，,\s]?)?)?")
# A CPPCC's session named (市政协八届五次会议, 区政协全会): its 常委会 named after it is the CPPCC's.
CPPCC_SESSION = re.compile(r"政协[\u4e00-\u9fff]{0,10}?(?:会议|全会|开幕|闭幕)")
# The committee's own meetings and decisions, which a member chairing or relaying them does not make a department's.
# (not its spirit, decisions or demands that a department studies or relays, 宣传部贯彻市委全会精神, 传达学习市委常委会
# 会议精神: the department's own work)
COMMITTEE_OWN = re.compile(r"(?:常委会|全会|全体会议|全委会)(?![^，,。]{0,6}?(?:精神|部署|要求))")
POST_WORD_SPAN = 8  # characters from a bare level word (市委…) to the name after its post (市委书记某某, 市人大常委会主任某某)
# A party committee's standing committee member named by the title alone, then his name and an act (常委某某一行,
# 常委某某走访…); not a time word or the members together (常委于近日到…, 常委连日来…, 常委成员到…).
MEMBER_NAMED = re.compile(r"常委(?![于连近]日|于近日|成员|班子|们|会|扩大)([\u4e00-\u9fff]{2,3}?)(?:同志)?"
                          r"(?:一行|到|赴|来|在|调研|走访|看望|慰问|深入|带队|率)")
# A party committee's name inside a longer name, where a department's name may follow it (中共某省委党校).
COMMITTEE_IN_NAME = re.compile(r"党委|党组|[省市区县州旗盟]委")
# A party committee's department named bare at the head of a headline (统战部…, 政法委…), not its head (宣传部部长某某)
# nor a word of the kind (组织部门).
BARE_PARTY_ORGAN = re.compile(r"(?:统战部|统一战线工作部|组织部|宣传部|政法委)(?![门长]|部长|副部长|书记|副书记)")
# Departments of a party committee doing their own work are not the committee deciding (RUBRIC).
PARTY_DEPARTMENT = re.compile(r"宣传部|组织部|统战部|统一战线工作部|政法委|网信办|党校|社会工作部|老干部局|编办|机关工委|巡察(?!组)|"
                              r"[“\"]?[\u4e00-\u9fff]{1,4}[”\"]?工委|(?!外事|人才|城市)[\u4e00-\u9fff]{2,8}?工作委员会|台办|党建办|外办|"
                              # (an inspection group at other work; inspecting, it acts for the committee: PARTY_INSPECTION)
                              r"(?:第[一二三四五六七八九十]+)?(?:巡视|巡察)组(?![^，,。]*?(?:巡视|巡察|进驻|入驻|反馈|动员))|"
                              r"(?:党史|政策)?研究室|政研室|党史办|党史工办|党史工作办公室|党史和地方志|党史地方志|史志办|"
                              # (the committee's offices for civility, rule of law, reform and secrecy)
                              r"文明办|文明委|精神文明建设(?:委员会)?办公室|依法治[省市区县州]办|深改办|保密办|"
                              # (its general office at routine work, read right after the committee: 区委办开展…; its
                              # documents, 市委办公室印发…的通知, carry the committee's authority)
                              r"(?:办公室|办(?![法理好事实案发]))(?!.*(?:印发|通知|意见|方案|决定))")
# The party work committee of a level's organs, or their party committees together, at the head (省直机关工委召开…,
# 省直单位机关党委书记会议召开, 市直机关党委书记述职评议会): a department of the level's committee, not the committee.
DIRECT_ORGANS_PARTY = re.compile(r"^(?:全|本|我)?[省市区县州]直(?:单位|属)?机关(?:党委|党工委|工委)")
# A notice issuing a congress's or CPPCC's own rules or plan, its issuer unnamed (关于印发《区人大常务委员会任命人员任前法律
# 知识考试办法》的通知, on the district government's site): that body issues them, as the document's title says, not the
# site's own body (_document_issuer)
ISSUES_OWN_RULES = re.compile(r"^关于印发《(?P<doc>(?:[\u4e00-\u9fff]{0,10}?[省市区县州旗])?(?:人大常委会|人大常务委员会|"
                              r"人民代表大会常务委员会|政协)[^《》]{2,60}?(?:办法|规则|规定|细则|要点|计划|制度|方案|意见))》的通知$")
# Deputies' suggestions or motions handled or answered (…建议的办理情况, …号建议答复, 提案办理结果).
SUGGESTION_HANDLED = re.compile(r"(?:建议|提案|议案|批评和意见)[^，,。]{0,16}?(?:答复|回复|办理情况|办理结果)")
# ... but a congress overseeing that handling (人大常委会视察…代表建议办理情况, 市人大常委会召开…通报会) acts itself.
CONGRESS_OVERSIGHT = re.compile(r"常委会|主任会议|视察|调研|督办|督查|督促|检查|评议|测评|审议|听取|询问|通报|跟踪")
# ... of which a government's own document on the handling uses these too (…办理情况的督查通报, 督办通知).
# A meeting handing deputies' suggestions out to the bodies that handle them (代表建议集中交办会, …和政协委员提案交接交办会议).
SUGGESTIONS_HANDED_OUT = re.compile(r"代表建议[^，,。：:]{0,12}?交(?:接交)?办(?:工作)?(?:会议|大会|会)")
OWN_OVERSIGHT = re.compile(r"督查|督办|督促|通报|跟踪")
# A report the standing committee hears, titled as filed on a congress's site with no body named (关于2023年国民经济和社会
# 发展计划执行情况的报告, 关于…决算的报告, …审计工作报告, 关于《北京市消防条例》贯彻实施情况的报告(书面)): the government
# reports its own work (the corpus codes such reports by the body reporting, 区人民法院…工作情况报告 the court's) ...
GOVERNMENT_REPORT = re.compile(r"^关于[^，,。]{0,40}?(?:(?:国民经济和社会发展计划|预算|决算|审计工作|审计查出|国有资产|政府债务|"
                               r"环境状况|环境保护目标|民生实事)[^，,。]{0,30}?|《[^》]{2,40}》(?:贯彻)?实施情况的?)(?:报告|汇报)")
# ... but a report of the committee's own inspection or study (…调研报告, 执法检查报告, 关于检查《…》实施情况的报告) is its
# own, and any of the committee's words (审议意见, 常委会) make the title the committee's.
COMMITTEE_REPORT = re.compile(r"调研报告|执法检查|检查《|视察报告|审议意见|常委会|人大|专门委员会|工作委员会")
# (the committee's opinions on a report, and how they were dealt with, 关于县人大常委会对县政府专项工作报告审议意见研究处理
# 情况的报告: the government reports that, as 重庆市人民政府关于《…审议意见》研究处理情况的报告 names it)
OPINIONS_HANDLED = re.compile(r"审议意见》?[^，,。]{0,8}?(?:研究)?处理(?:情况)?的?(?:报告|汇报)")
# (a study report titled as filed, 关于…的调研报告, on a congress's site: the committee's, not an essay)
COMMITTEE_STUDY = re.compile(r"^关于[^，,。：:]{2,60}?的?(?:调研|视察|执法检查)报告$")
COMMITTEE_INSPECTION_REPORT = re.compile(r"(?:调研|执法检查|视察)报告|检查《[^》]+》[^，,。]{0,12}?的?报告")
# A title quoted in book-title marks (《关于加强校园安全检查的建议》): its words are not the headline's.
BOOK_TITLE = re.compile(r"《[^》]*》")
ESSAY_ON_SITE = "研究文章（"  # the actor's text of an essay read on a local body's site (held unsure)
# An essay or study a site carries (研究, 思考, 浅析…): by its author's place, else elsewhere (RUBRIC); deputies' motions and
# suggestions gathered or handled (征集议案建议, 办理代表建议) are acts, not essays.
ESSAY = re.compile(r"(?:研究|思考|探析|浅析|浅谈|刍议|初探|探讨|之我见|启示|路径|调研报告|对策|及其完善|(?<!议案)(?<!代表)(?<!征集)建议)(?:[(（][^)）]*[)）])?$|^论|^浅谈|^试论")
# Rectification after a party inspection (巡视整改, 巡察反馈意见整改): the inspected party committee's own work.
RECTIFICATION = re.compile(r"巡[视察](?:反馈意见|反馈问题)?整改")
# A document's title: its issuer (if named) before 关于, then what it is about, then the kind of document.
# (a plan may end the title with no 的 before it: 某市关于贯彻落实《…》任务分解和责任分工方案, …整治方案（试行）)
DOC_ABOUT = re.compile(r"^(?P<issuer>[^，,。：:“”\"]{0,30}?)(?P<about>关于)[^。]{2,90}?(?:的(?:批复|复函|函|通知|通报|公告|通告|"
                       r"意见|决定|公示|请示|规定|办法|方案|细则|答复|复文)|方案(?:[（(][^)）]*[)）])?$)")
# A meeting of a place's own body the place is said to hold, right after its name (…召开第八届市委常委会第145次会议,
# …召开2018年第2次市政府常务会议): the body's word after the place's level letter.
PLACE_HOLDS_MEETING = re.compile(r"(?:召开|举行)[^，,。\s]{0,12}?(?P<level>[市县区州旗])(?:(?P<party>委常委会|委(?:全体)?(?:扩大)?会议)|"
                                 r"(?P<government>(?:人民)?政府(?=常务|全体|党组))|(?P<congress>人大常委会)|(?P<cppcc>政协))")
# A street organising deputies (惜福镇街道组织区、市人大代表…, 街道组织市、区人大代表…), at a phrase's head: people's
# congress deputies only (not 职工代表, 居民代表, 党代表).
STREET_ORGANISES_DEPUTIES = re.compile(r"(?:^|[\s—:：])(?P<street>[\u4e00-\u9fff]{0,10}?街道)(?:人大)?(?:工作处|工委)?[:：]?"
                                       r"(?:组织[^，,。：:\s]{0,10}?人大代表(?!团)|"
                                       # (or a congress's own supervision, right after the street or later in the
                                       # headline: 青杠街道：视察…, 某街道…,以监督评议护航…)
                                       r"(?:组织|开展)?视察|[^。]{0,30}?(?:监督评议|工作评议))")
# A congress's resolution on a report, a budget or a plan, as its title runs (关于…人民检察院工作报告的决议, 关于…年预算的决议);
# not a party congress's on its committee's report (关于十九届中央委员会报告的决议, 关于…纪律检查委员会工作报告的决议).
RESOLUTION_ON_REPORT = re.compile(r"^关于[^。，,]{0,40}?(?:(?:政府|法院|检察院|监察委员会|监委|人民代表大会常务委员会|人大常委会)"
                                  r"(?:工作)?报告|预算|决算|计划|纲要)[^。，,]{0,24}?的决议$")
# (of the bodies a congress elects and the plans it approves only: not a party committee's, a league's or a federation's
# report, 关于十一届区委工作报告的决议, 关于区妇联…执委会工作报告的决议)
PARTY_RESOLUTION = re.compile(r"委员会(?:工作)?报告|党的|党代会|党委|纪委|[省市区县州旗]委|团[省市区县]?委|执委会|工会|妇联|村委会|居委会")
# Someone appointed to a party committee's post (某某任某省委书记, 某某同志任某市委常委、副书记).
APPOINTED = re.compile(r"(?:^|(?<=决定[：:]))[\u4e00-\u9fff]{2,4}?(?:同志)?(?:任|出任|担任)(?P<post>[\u4e00-\u9fff]{2,16}?(?:党委|省委|市委|区委|县委|州委)"
                       r"[\u4e00-\u9fff、]{0,8}?(?:书记|常委))")
# An acting head of government decided on (某某被提请决定为九江市政府代市长, 决定某某为代县长): between two plenary
# sessions the place's congress standing committee decides an acting governor, mayor or county head (地方组织法), so it
# acts, not the government the post is in.
# (the statutory 代理市长 too, and after another post, 副市长、代市长; only where the decision ends the clause, not
# 某某被任命为代市长后首次调研…: the acting mayor then acts; a league's 盟长 is the region's government's appointment)
ACTING_HEAD_DECIDED = re.compile(r"(?:被(?:提请)?(?:决定|任命)(?:任命)?为|(?:决定|任命)[\u4e00-\u9fff]{2,4}?为)"
                                 r"(?P<post>[\u4e00-\u9fff、，]{0,24}?代理?(?P<head>省长|市长|区长|县长|州长|旗长))"
                                 r"(?=$|[\s，,。；;！!：:（(|]|职务)")
ACTING_HEAD_LEVEL = {"省长": "province", "市长": "city", "州长": "city", "区长": "county", "县长": "county", "旗长": "county"}
# A national body's document number (财办库〔2018〕28号, 国办发〔2018〕1号, 发改价格〔2018〕264号): the issuer is
# national wherever the document is posted (a province's tax or procurement site relaying it); a place's own numbers
# begin with its abbreviation (闽政, 鄂财) and are not these.
NATIONAL_DOC_NUMBER = re.compile(r"(?:^|[（(\s《“])(?:国发|国办发|国函|国办函|中发|中办发|财[\u4e00-\u9fff]{0,3}|发改[\u4e00-\u9fff]{0,4}|"
                                 r"国税[\u4e00-\u9fff]{0,2}|税总[\u4e00-\u9fff]{0,2}|人社部[\u4e00-\u9fff]{0,2}|"
                                 r"国卫[\u4e00-\u9fff]{0,3}|工信部[\u4e00-\u9fff]{0,2}|建[\u4e00-\u9fff]{1,2}|"
                                 r"银保监[\u4e00-\u9fff]{0,2}|证监[\u4e00-\u9fff]{0,2}|公通字)〔\d{4}〕\d+号")
# Someone of a province's leading posts (省委常委, 副省长, 省人大常委会副主任, 省政协副主席…) under investigation
# (涉嫌严重违纪违法…被调查, 接受审查调查): the central discipline commission acts on the officials it oversees, not the
# official's place (a city's or county's officials are their province's commission's, which reads as the place's all the same);
# the official heading the headline, not a meeting that passes the news on (省人大常委会党组召开会议 通报…).
CENTRAL_CADRE_INVESTIGATED = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:(?:省|自治区)委原?(?:常委(?!会)|副书记|书记)|原?(?:常务)?副省长|省长(?!助理)|自治区原?(?:常务)?副?主席|"
    r"(?:省|自治区)人大常委会原?副?主任|"
    r"(?:省|自治区)政协原?副?主席)[^，,。！!？?]{0,12}?(?:涉嫌(?:严重)?违纪违法|接受(?:纪律审查和?)?(?:监察调查|审查调查)|"
    r"被(?:立案)?审查调查)")
LOCAL_DISCIPLINE = re.compile(r"(?<!中央)纪委|(?<!国家)监委")  # a commission below the centre named: it acts
# The carrying out of an act checked (对《…》贯彻执行情况开展执法调研, 检查《…》实施情况 with an act verb after it).
# (not a report's title, 《…》实施情况调研报告: a paper, read as papers are)
IMPLEMENTATION_CHECKED = re.compile(r"(?:贯彻|执行|实施)情况[^，,。]{0,30}?(?:执法|检查|调研|视察|评估)(?![^，,。]{0,4}报告)")
# A higher body's group coming to check (《福建省…条例》执法检查组来厦检查): the visitors, not the site's body.
CHECKING_GROUP_COMES = re.compile(r"(?:检查|调研|视察|督查|评估)组[^，,。]{0,6}?(?:来|莅临|赴|到|走进|深入)")
# The army's deputies or delegation, or the army at the session (军队人大代表, 解放军和武警部队代表团, 解放军在两会上).
# (not the army's deputies stationed in a place, 驻厦军队人大代表, who sit in its congress; nor a team, 解放军代表队)
ARMY_DEPUTIES = re.compile(r"(?<![驻在])(?<!驻.)(?<!驻..)(?<!部队)(?:解放军|军队|武警部队)(?:和武警部队)?(?:部分)?(?:全国)?"
                           r"(?:人大代表|代表团)|(?<![驻在])(?:解放军|军队)(?:代表委员)?在(?:全国)?[“\"]?两会")
# A place's party secretary by his post alone after the place, former or nicknamed (高唐原县委书记, 白河县“借豪车”书记).
_NICKNAME = r"(?:“[^”]{1,10}”|\"[^\"]{1,10}\")"
SECRETARY_AFTER_PLACE = re.compile(_NICKNAME + r"?原(?:[省市县区州旗]委)?副?书记(?!处|长)|"
                                   # (a nickname before a bare 书记 only when he is removed or investigated: 思明区“90后”
                                   # 书记扎根社区 is some community's)
                                   + _NICKNAME + r"(?:[省市县区州旗]委副?书记(?!处|长)|"
                                   r"副?书记(?=[^，,。]{0,2}(?:被免|被查|被撤|落马|免职|被双开)))")
# A law's or regulation's enforcement inspection by its name after a place (西海岸新区学前教育条例执法检查座谈会召开): the
# congress's own check, whatever place it is named by (a department's is its own, 市场监管局开展执法检查); with no place
# before the law's title, LAW_INSPECTION_MEETING reads the site's congress.
# (法 as a law's last character, not of 依法/司法/执法: 依法执法检查 is a department's check by law)
LAW_INSPECTED = re.compile(r"(?:条例|(?<![依司执])法|办法)》?(?:实施情况)?执法检查")
# The congresses' own campaign on the environment (中华环保世纪行, 淄博市大规模环保世纪行活动落下帷幕): a place's runs it
# through its standing committee, as the NPC's environment committee runs the national one.
CONGRESS_CAMPAIGN = re.compile(r"(?:环保|环境保护|环境|生态|资源)[^，,。]{0,6}?世纪行")
# A place holding the constitutional oath (青川县首次举行宪法宣誓仪式), read right after the place's name.
# (the oath itself, or of those it appoints, right after the verb: not new civil servants', lawyers', students' or a
# constitution day's oath, 厦门市举行新录用公务员宪法宣誓仪式, 思明区举行国家宪法日宪法宣誓活动)
OATH_HELD = re.compile(r"(?:首次|集中|隆重)?(?:举行|组织)(?:首次|集中)?(?:新任命(?:的)?(?:国家工作人员|干部|人员)?)?"
                       r"宪法宣誓(?:仪式)?(?![^，,。]*?(?:公务员|律师|学生|青少年|宪法日|进校园|活动))")
# A host receiving a visitor named after him (某某会见…, 某某与…一行座谈).
HOSTS_VISITOR = re.compile(r"会见|会晤|接见|宴请|与|同(?!志)")
# A place at the head holding deputies' inspection or activity (赤水市开展…人大代表专题视察): the deputies there.
PLACE_ORGANISES_DEPUTIES = re.compile(r"^(?P<place>[^，,。：:\s、]{2,10}?)(?:组织|开展|举行)[^，,。：:]{0,20}?人大代表"
                                      r"[^，,。：:]{0,16}?(?:视察|调研|检查|集中活动|主题活动)")
# The site's own level of deputies inspecting, heading a headline on its congress's site with no group of them named
# (市人大代表检查文明行为促进条例实施情况 on 德阳人大, 部分市、区人大代表对我区…进行视察 on a district's congress site, 国省
# 人大代表集中视察南充… on the city's, the deputies of the congresses above living there): an inspection the
# standing committee organises (RUBRIC: deputies in inspections organised by H are 内情); a group (中心组, 代表团, 小组)
# or one place's deputies (人大代表集中视察县重点项目 on a city's site) act on their own.
DEPUTIES_INSPECTING = re.compile(r"(?:部分)?(?:[国省市区县州盟旗](?:第?[一二三四五六七八九十]+届)?、?){0,3}人大代表"
                                 r"(?:[、和]?政协委员)?(?:(?:集中|专题|持证)?(?:视察|检查|执法检查)(?![县区镇乡]|街道)|"
                                 r"对我[省市区县州盟旗][^，,。]{0,24}?进行(?:集中|专题)?视察)")
# Deputies' credentials confirmed, ended or reported on (关于确认增补市人大代表资格的报告, …代表资格终止的公告): the
# standing committee's credentials work (RUBRIC: H's deputy work and appointments are 内情), not the deputies acting.
DEPUTY_CREDENTIALS = re.compile(r"代表资格(?:的)?(?:审查)?(?:报告|公告|决定)|(?:确认|终止|停止)[^，,。]{0,10}?代表(?:的)?"
                                r"(?:资格|职务)|代表资格(?:终止|停止)")
# ... and deputies taking part in the committee's inspection (兴华街联组人大代表参加“2021年例会前集中视察活动”).
DEPUTIES_JOIN_INSPECTION = re.compile(r"代表(?:第[一二三四五六七八九十]+团)?参加[^，,。]{0,16}?视察活动")
# Deputies' proposals and a standing committee supervising their handling (代表建议督办, 督办…代表建议).
DEPUTIES_PROPOSALS_SUPERVISED = re.compile(r"代表(?:的)?(?:议案|重点)?建议[^，,。：:]{0,4}督办|督办[^，,。：:]{0,12}代表(?:的)?(?:议案和?)?建议")
# (unless the party's or the government's leaders supervise them, 自治区党政领导干部领衔督办的19件代表建议: theirs)
SUPERVISED_BY_OTHERS = re.compile(r"党政|党委|政府|领导干部")
# A congress organising its deputies' activity (沈阳市人大组织人大代表开展旁听庭审活动).
CONGRESS_ORGANISES_DEPUTIES = re.compile(r"(?P<congress>[\u4e00-\u9fff]{1,8}?人大(?:常委会)?)组织(?:部分|全体|广大)?"
                                         r"[^，,。：:]{0,8}?代表(?!团)")
# Someone elected to a post a people's congress fills (某某当选为省人大常委会主任, 某某当选市长, 某某当选国家主席, 某某同志全票
# 当选某市人民检察院检察长).
ELECTED = re.compile(r"(?:^|[，,\s：:])[\u4e00-\u9fff]{2,4}?(?:同志)?(?:全票|高票|再次|顺利)?(?:当选为|当选)(?P<post>[\u4e00-\u9fff]{0,14}?"
                     r"(?:人大常委会(?:副)?主任|人大(?:副)?主任|(?:副)?省长|(?:副)?市长|(?:副)?区长|(?:副)?县长|(?:副)?州长|"
                     r"监察委员会主任|监委主任|人民法院院长|人民检察院检察长|国家(?:副)?主席|委员长|国务院总理|总理))"
                     # (the post ends a phrase: 省长 or 市长 inside a name, 河北省长城保护协会会长, 重庆市长寿区区长, is none)
                     r"(?=$|[\s，,、。！!；;：:（(]|并|后|的)")
NATIONAL_POST_WORD = re.compile(r"国家|全国|国务院|委员长|^总理")
# A court's papers on a case (某某与某市人民政府…裁定书, 指导案例N号：…): the parties named are not the actor.
COURT_PAPER = re.compile(r"(?:裁定书|判决书|决定书|调解书)$|^指导(?:性)?案例")
# The capital as a venue (在京, 在北京): where national bodies meet, not Beijing acting.
CAPITAL_VENUE = re.compile(r"京|北京")
CAPITAL_CODE = "110000"  # 北京市, read as the venue's division
# The dot of a province·city brand (湖北·宜昌, 湖北•宜昌, 湖北・宜昌).
BRAND_DOT = re.compile(r"[·•・‧∙]")
# Before an organiser's place at a headline's head: a year, an edition (2018年河南省…, 2015广东…, 第十届湖北省…).
ORGANISER_LEAD = re.compile(r"(?:\d{4}年?度?|[〇零一二三四五六七八九]{4}年度?)?(?:第[一二三四五六七八九十百\d]+[届次])?")
# A leader attending (出席, 参加, 列席) a meeting: the meeting's owner decides, not the leader's office.
ATTEND_AFTER = re.compile(r"[\s、，,]*(?:出席|参加|列席|应邀出席|应邀参加)")
# A body's own party organs (its 党组, its offices' 机关党委 and branches).
OWN_PARTY_ORGAN = re.compile(r"党组|党委|党总支|党支部")
# A court or procuratorate speaking of itself.
OWN_BODY = re.compile(r"^(?:我院|本院|全院)")
# A congress's sessions or its deputies (两会, 人代会, 人大代表), not the congress as a body (its standing committee, its
# plenary 人民代表大会 opening, a committee of it): on a democratic party's own site they are the party's members at
# work in the sessions (参政议政), the party's news (RUBRIC: R's democratic parties are 下情), not the congress's.
SESSION_OR_DEPUTIES = re.compile(r"两会|人代会|代表(?!团|大会|资格)")
CONGRESS_AS_BODY = re.compile(r"常委会|委员会")  # (委员会 takes in 常务委员会)
# The site's own unit (我校, 本院) picked out of a list or a ranking (我校学生…入围…, 学校获评…), or named first beside
# another party (我校与某市签订…): it leads
OWN_UNIT_LEADS = re.compile(r"^(?:我校|本校|学校|全校|我院|本院)(?:[^，,。：:]{0,12}?" + RANKED.pattern + r"|"
                            r"(?:加强|深化|拓展|开展|推进)?(?:与|和|携手|联合))|"
                            # ... or its own organs (校党委书记…, 学校团委…)
                            r"^(?:校|学校|我校)(?:党委|纪委|团委|工会|领导)|"
                            # ... or one of its units winning, hosting, joining or elected to a society's office (我校某室论文获…奖,
                            # 我校成功承办某学会年会, 我院加入…, 我院当选为某省某学会副会长单位): the award's giver or the society is
                            # not the actor
                            r"^(?:我校|本校|我院|本院)[^，,。：:]{0,12}?(?:获|承办|加入|当选)|"
                            # (... or winning in a contest another holds, 我校在2019年度江苏省青年志愿者行动评选中喜获佳绩)
                            r"^(?:我校|本校|我院|本院)在[^，,。：:]{2,30}?(?:评选|比赛|大赛|竞赛|活动|评比|考核|考评)中"
                            r"(?:喜获|荣获|获得|斩获|摘得|获)|"
                            # ... or going somewhere to do something (我校赴深圳大学城考察调研, 我校某服务团赴某县…,
                            # 我校教师团队完成某省…评估, 我院驻村工作队…): the school visits or works; the place is where
                            r"^(?:我校|本校|我院|本院)[^，,。：:]{0,16}?(?:赴|前往|走进|深入|完成|承担|驻)|"
                            # ... or it convening, studying or watching (学校召开…, 学校师生热切关注全国“两会”…, a hospital's
                            # 我院组织收看十三届全国人大二次会议: a court's 我院 is its own body, OWN_BODY below)
                            r"^(?:我校|本校|学校|全校|我院|本院|全院)(?:师生|干部师生|干部职工|党员干部|领导班子)?(?:热切关注|关注|热议|召开|举行|举办|组织|"
                            r"开展|收看|观看|集中学习|学习|传达)")
# ... and, on an institution's own site, its bare 学院 signing or working with a partner (学院与某省工业经济联合会…签署…,
# after a slogan too): not a street or a road named after a college (学院路街道荣获…, 学院街道…)
OWN_COLLEGE_PARTNER = re.compile(r"^学院(?:加强|深化|拓展|开展|推进)?(?:与|和|携手|联合)")
# A headline's slogan before a dash (立足新起点 阔步新征程 奋力开新局——我校师生热议…): its subtitle names who acts.
SLOGAN_DASH = re.compile(r"^[^，,。：:“”]{4,30}?(?:——|--)\s*")
# ... or before an exclamation mark, its phrases joined by a comma (铭记历史,缅怀先烈!我院组织收看…)
SLOGAN_BANG = re.compile(r"^[^。：:“”！!]{4,30}?[！!]\s*")


def _after_slogan(head: str) -> str:
    """The subtitle after a headline's leading slogan and its dash, or "" when there is none."""
    m = SLOGAN_DASH.match(head) or SLOGAN_BANG.match(head)
    return head[m.end():] if m else ""


# On an institution's own site, a unit picked out of a list (光电研究所教师团队成功入选教育部…): the institution's unit
UNIT_RANKED = re.compile(r"^([^，,。：:“”\s]{2,16}?)" + RANKED.pattern)
# Deputies or members quoted with no name (代表建言…, 人大代表建议…, 代表委员畅谈…, 一线技术工人代表建言…)
UNNAMED_MEMBERS = re.compile(r"(?:(?:人大|政协)?(?:代表委员|代表|委员)们?|[^，,：:\s]{2,8}代表)(?:畅谈|热议|建言|建议|点赞|聚焦|呼吁|"
                             r"提出)")
# The press corridor of a session, where deputies or members face reporters (“代表通道”, 委员通道).
SESSION_CORRIDOR = re.compile(r"(?:代表|委员)通道")
# A deputy quoted by a person's name (某某代表：…, 某某代表建议…), not a group (村民代表, 企业代表).
NAMED_DEPUTY = re.compile(rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?<!村民)(?<!居民)(?<!企业)(?<!职工)(?<!学生)(?<!人大)(?<!群众)"
                          rf"(?<!党员)(?<!员工)代表(?:[:：，,\s]|建议|呼吁|提出|表示|认为|谈)")
# A member, scholar or expert quoted by name at the head (国家对外友协理事某某:…, 某大学教授某某：…): a person speaking,
# not the body he belongs to, nor the nation, acting.
MEMBER_QUOTED = re.compile(r"^[^:：，,。]{0,16}?(?:理事|会员|教授|专家|学者|院士|研究员)[" + SURNAMES + r"]"
                           r"(?!解读|提醒|表示|建议|认为|指出)[\u4e00-\u9fff]{1,2}[:：]")
# One deputy or member named before the word (某某代表：…, 某某委员建议…): a person of some delegation.
NAMED_MEMBER = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:代表|委员)(?:[:：，,\s]|建议|呼吁|提出|表示|认为|谈)")
# A first or a record within a place (福建首个…, 全国首家…): the place is the scope of the record, the thing
# itself happens somewhere in it, most likely where the site reporting it is.
FIRST_IN = re.compile(r"(?:首个|首家|首批|首例|首条|首座|首台|首只|首款|第一个|第一家|唯一)")
# Where a first is made or placed (在莒南产生, 落户某县).
PLACED_AT = re.compile(r"(?:在|落户|落地|花落)$")
LISTED_AFTER = re.compile(r"[、和与及]|两地|三地|等地")
INSTITUTION_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:大学|学院|医院|中学|小学)")
# 在 … 会议上 / 会上 / 大会: a speech at a meeting, not a visit.
AT_MEETING = re.compile(r"[^，,。：:]{0,24}?(?:会议|会上|大会|全会|座谈会|论坛|两会|人代会)")
RULES_SURE = 0.5  # below this rule confidence the text model's answer wins when it is more confident
NO_ACTOR_CAP = 0.45  # the model's confidence when no actor was found at all
PERSON_UNKNOWN = 0.45  # a headline led by a person whose office is not configured: the site's guess
# A person whose post another item (or the item's body) writes before the name: read, not configured, and the items
# may be years apart or the name another person's; below sure (processing/known_posts.py). Bodies are read this far.
KNOWN_POST_CONF = 0.7
KNOWN_POST_TEXT_CHARS = 600
KNOWN_IN_BATCH = "据同批其他条目"  # the reason's word for a post read in another item of the batch
# A place the headline sends a body to or holds it in (县长到水台镇调研, 会议在南京人民大会堂开幕): the chars just before it.
DESTINATION_BEFORE = re.compile(r"(?:到|赴|来|莅临|走进|深入|前往|至|在|调研|视察|考察|检查|走访|督导|看望|慰问)$")
# A trip out of a body's own place: to study, to draw investment, to call on someone, on paired aid.
TRIP_ELSEWHERE = re.compile(r"考察学习|学习考察|考察交流|学习交流|交流学习|参观学习|开展招商|招商推介|推介会|拜访|拜会|"
                            r"援[疆藏青]|考察团|党政代表团")
# A session or meeting held at a place (…会议在南京人民大会堂隆重开幕).
MEETING_HELD = re.compile(r"会议|大会|全会|开幕|闭幕|召开|举行")
# Attending another body's meeting (市委书记在北京出席全国…会议): the venue is that body's, not the attender's.
ATTENDS = re.compile(r"出席|参加|列席")
# The site's own place named by a relative word (我市, 本县, 全区): whose the actor is, not where it goes.
OWN_PLACE_WORD = re.compile(r"[我本全][省市区县州旗盟]")
# Where someone goes, right before the place it names (赴赣闽粤, 赴藏, 前往新疆).
GOES_TO = re.compile(r"(?:赴|抵达|抵|前往|奔赴)")
# ... by goers from Hong Kong, Macao or Taiwan (港府公报：某某等5人明日赴京…), whom the rules for those places read
OUTSIDE_GOERS = re.compile(r"港府|港澳|香港|澳门|澳府|台湾|特区政府|特首|台胞|台商|台青|金门|马祖")
CONTEXT_CONF = 0.6  # a relative word's place read from another place, or a leader of that place, the headline names
# Paths whose confidence is never calibrated up: an analyst's correction, and guesses people must decide
# (no place known, no actor, a person whose office is not configured).
# (part: a unit somewhere inside a place that contains the home, which part not said)
# Someone coming to the site's own place (…调研组来我市调研): a visitor from elsewhere, never the site's own people.
# NPC deputies named alone inspecting courts or procuratorates (部分全国人大代表视察重庆二中法院, “全国人大代表云南行”聚焦
# 云南法院工作): the supreme court's and procuratorate's liaison with the NPC's deputies, who come from anywhere, so the
# nation's deputies, not the site's province's (the corpus codes them so; 在湘全国人大代表视察黑龙江法院 stays 湖南's)
NPC_DEPUTIES_ON_JUDICIARY = re.compile(r"全国人大代表[^。，,]{0,8}?(?:视察|调研|考察|走进|行)[^。，,]{0,16}?(?:法院|检察)")
COMES_HERE = re.compile(r"来(?:我|本)[省市区县州]")
# A national deputy named by name who speaks (全国人大代表张新:打造新疆八大产业集群…, 全国人大代表蔡金钗建议在泉州设立…):
# what follows is his proposal, and a place it names is the place he was elected for, his province's delegation's deputy
# (RUBRIC: a national deputy is coded at the province that elected him where anything says it)
NPC_DEPUTY_SPEAKS = re.compile(rf"全国人大代表[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[:：]|建议|呼吁|提出)")
# What follows a place's one-character short after 来 when someone comes to it (来兴调研, 来茶开展…, 来包考察).
VISIT_ACTS_AFTER = frozenset("开进就走实专检督调考视指慰宣")
# A unit that goes somewhere (来…, 赴…, 到…调研, 莅临…, 走进…, 一行): a visitor, not the host place's own unit.
UNIT_GOES = re.compile(r"一行|莅临|走进|考察|(?<![未迎以年])来(?=[我本]|[\u4e00-\u9fff]{1,12}?" + "(?:{0}))|"
                       r"赴|(?<![迎以])到(?![位期底达])(?=[我本]|[\u4e00-\u9fff]{{1,12}}?(?:{0}))".format(
                           r"大学|学院|学校|医院|公司|集团|[省市县区镇乡村]|社区|调研|考察|视察|检查|交流|参观|访问|指导|慰问|"
                           r"走访|义诊|座谈|洽谈|对接|宣讲|督导|参加|学习"))
# A development or trade zone named right after a place (泉州台商投资区, 泉州高新区: a peer of its city's districts, wherever
# reported).
ZONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:开发区|高新区|经开区|保税区|投资区|自贸片区|新区)")
# An institution's own site by its name (a university, college, school or hospital, or any of its offices' and
# bodies' sites: 华中农业大学南湖新闻网, 江南大学工会, 汕头大学校友会), where a unit named after its city is the
# institution's own (not a museum's or a zone's site, nor a government's).
# A body's group right after its name, led by the person before it (某某率某省政协调研组来…, 某某率市人大常委会执法检查组…).
LED_GROUP = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:调研组|考察组|考察团|检查组|执法检查组|视察组|督查组|督导组|代表团|工作组)")
# A meeting of a whole place (全省…会议, 2024年全市…大会), which the place's leading bodies hold (the nation's, 全国…会议,
# is read as national news elsewhere).
WHOLE_PLACE_MEETING = re.compile(r"(?:\d{4}年度?)?全(?P<level>[省市区县州])[^，,。\s]{0,24}?(?:会议|大会|会)")
# The verbs of going to a place (a person's lead verb) and what follows the place when the place itself is visited.
GOES_TO_VISIT = frozenset({"到", "赴", "莅临", "莅", "前往", "深入", "走进"})
# A visit to deputies (走访看望省人大代表, 看望慰问市人大代表).
VISITS_DEPUTIES = re.compile(r"(?:走访|看望|慰问|联系)[^，,。：:]{0,4}?(?:[省市县区州](?:十.届)?)?人大代表")
# The verb after a person's party (某某一行赴…, 某某一行来…).
PARTY_GOES = re.compile(r"(?:近日|日前|专程|先后)?(莅临|前往|深入|走进|到|赴|莅|来)")
# The group a person leads, named after 率 or 带领 (率领, 调研组, 考察团, 检查组, 代表团一行): where it goes is read after it.
# (any group word, where LED_GROUP, a body's group after the body's name, needs a group of a body's kind)
PERSONS_GROUP = re.compile(r"领?[^，,。：:\s]{0,10}?(?:组|团|队)(?:一行)?")
PLACE_THEN_VISIT = re.compile(r"(?:市|县|区)?(?:调研|考察|视察|检查|督导|督查|慰问|看望|开展|宣讲|走访|指导|[、，,]|等地|和|$)")
# What the deputies or the congress bring to a session, beside the CPPCC members' proposals (提案).
CONGRESS_PAPERS = re.compile(r"议案|建议|代表|人大|人代会|人民代表大会")
# A CPPCC's session named (政协某届某次会议, 政协第十一届某旗委员会第一次会议), and a congress's (人大某届某次会议).
CPPCC_SESSION = re.compile(r"政协[^，,。！!]{0,16}?(?:第?[一二三四五六七八九十]+届)[^，,。！!]{0,12}?(?:第?[一二三四五六七八九十]+次)"
                           r"(?:全体)?会议")
CONGRESS_SESSION_NAMED = re.compile(r"人大[^，,。！!]{0,6}?[一二三四五六七八九十]+次(?:全体)?会议|人民代表大会|人代会")
# Newly appointed or elected officials taking the constitutional oath (新任命干部向宪法宣誓, 宪法宣誓仪式, 当选国家工作人员
# 向宪法宣誓).
CONSTITUTION_OATH = re.compile(r"(?:新任命|新当选|新任|被任命|当选)[^，,。：:]{0,12}?(?:向宪法宣誓|宪法宣誓)")
# A place's Spring Festival gathering of its leaders (福建省春节团拜会举行, 市委市政府举行2018年春节团拜会), or its New Year
# message, the headline alone on its site (新春贺词, 2024年新年贺词): its party committee's and government's together,
# the committee named first.
NEW_YEAR_GATHERING = re.compile(r"^[^，,。：:！!？?\s]{0,12}?(?:\d{4}年)?(?:春节|新春|新年)(?:团拜会(?:举行|召开|隆重举行)?|贺词|献词)$")
# A department's or unit's name as the tag before a colon, another body acting after it (新郑市城市管理局:人大常委会视察
# 城市管理局防汛工作, on the city's portal, where each department posts under its name): the tag names the poster, the
# body after the colon acts; only a congress, CPPCC or party committee by its relative or bare name, which no
# department's own news begins with.
UNIT_TAG_BEFORE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:局|办公室|办|中心|委员会)[：:]\s*"
                                  r"(?=(?:[省市区县])?(?:人大常委会|人大|政协)(?!代表|委员)|[省市区县]委(?!员))")
# A letter to a place's deputies, nothing else in the headline (致建邺区全体人大代表的倡议书, 致范县各级人大代表的一封信):
# the deputies are addressed, not acting; the congress's standing committee, whose work the deputies' is, writes it.
LETTER_TO_DEPUTIES = re.compile(r"^致[^，,。：:！!？?\s]{0,16}?(?:全体|各级|广大)?(?:[省市区县]级?)?人大代表(?:们)?的?"
                                r"(?:倡议书|一封信|公开信|慰问信|感谢信|信)$")
# A slogan of one to three phrases, or one before a dash, leading in before a person's name and act (聚焦产业发展 推进乡村
# 振兴 某某到…调研, 凝心聚力谋发展——某某赴…, 凝聚发展动力 某某莅泉调研): the headline proper begins at the name.
SLOGAN_BEFORE_PERSON = re.compile(r"^(?:(?:[\u4e00-\u9fff“”‘’]{2,14}[\s\u3000]+){1,3}|[\u4e00-\u9fff“”‘’\s]{4,30}?——)"
                                  r"(?=[" + SURNAMES + r"][\u4e00-\u9fff]{1,2}(?:到|赴|在|深入|前往|率|带队|走访|调研|"
                                  r"看望|慰问|检查|督导|主持|出席|会见|莅临|" + ARRIVES_AT_ABBR + r"|一行|考察|视察))")
# A headline that opens by relaying a meeting's spirit, naming no relayer (传达学习全国两会精神…, 学习贯彻…全会精神…).
RELAY_HEAD = re.compile(r"(?:召开[^，,。\s]{0,8}?会议?)?(?:传达学习|学习传达|传达贯彻|学习贯彻)")
# ... where the spirit relayed ends, and a group or leader named after it who acts (宣讲团, 指导组, 委员长)
RELAYED_END = re.compile(r"精神|思想|》")
RELAY_ACTOR_AFTER = re.compile(r"宣讲团|指导组|督导组|调研组|检查组|委员长|总书记")
# A law's enforcement inspection's own meeting, headed by the law's name with no body before it (《某省某条例》执法检查
# 动员会召开): held by the congress that inspects, the one of the site's place (a city inspects its province's and the
# nation's laws in its area); the law's maker named inside the title marks does not act.
LAW_INSPECTION_MEETING = re.compile(r"^《[^》]{2,40}》(?:的)?(?:执法检查|实施情况检查|贯彻实施情况检查)"
                                    r"(?:工作)?(?:动员会|动员部署会|座谈会|汇报会|推进会|工作会议|反馈会)(?:议)?(?:召开|举行)")
# The election of a place's deputies heading the headline, as what is done (洛江区区、乡两级人大代表换届选举开始投票,
# 省十一届人大代表选举完成 当选代表636名): run by its standing committee (选举委员会 under it, or it directly); not a unit
# or a town taking part in it (我校顺利完成…选举工作, 上郑乡圆满完成…).
_ELECTION = (r"(?:[省市区县]、?[乡镇]?(?:两级|三级)?|县乡(?:两级)?|区乡(?:两级)?)?(?:第?[一二三四五六七八九十]+届)?"
             r"(?:人大代表|人民代表大会代表)(?:换届)?选举(?=完成|开始|投票|结束|圆满|平稳|顺利|工作|正式|依法)")
DEPUTY_ELECTION = re.compile(r"^" + _ELECTION)
PLACE_DEPUTY_ELECTION = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?(?<![乡镇街道村校院]))" + _ELECTION)
# A quoted person taking something to Beijing (将基层声音带到北京去): a national deputy's or member's stock phrase.
CAPITAL_CODE = "110000"
VOICES_BROUGHT = re.compile(r"带(?:到|进|上|往|去)?$")
# A verb of carrying right before a place (把…带到北京, 把…送往上海): the place is where something goes.
CARRIED_TO = re.compile(r"(?:带|送|传|捎|搬)(?:到|往|进|去|至)$")
# ... and any place the quote goes to (到上海去, 赴京, 走进延安), which is not the person's own.
QUOTE_GOES_TO = re.compile(r"(?:到|去|赴|往|进|至|向)$")
# A leader joining a delegation's deliberation at a congress session, right after his name (参加市十六届人大六次会议代表团
# 分组审议, 参加省十三届人大七次会议武汉代表团审议, 参加湖州代表团审议).
JOINS_DELEGATION = re.compile(r"(?:（[^）]{1,20}）)?参加[^，,。:：]{0,30}?代表团(?:分组|小组|分团)?(?:会议)?审议")
# A check of laws' implementation heading the headline, a place alone before it or nothing (高台 检查动物防疫法贯彻执行
# 情况, 关于检查《中华人民共和国水法》和《河南省实施〈…〉办法》实施情况的报告): a congress's inspection of them, the place's
# or the site's; the laws' makers named inside it do not act.
LAW_IMPLEMENTATION_CHECK = re.compile(r"^(?P<place>(?!关于|开展)[\u4e00-\u9fff]{2,8}?\s?)?(?:关于)?(?:开展)?检查(?P<laws>[^，,。:：]{2,80}?"
                                      r"(?<![办方做])法》?(?:[^，,。:：]{0,40}?》)?)(?:的)?(?:贯彻)?(?:执行|实施)情况")
# A unit's name right after its city's or province's name at a headline's head, up to the unit's kind, then a phrase's
# end or its act (武汉生物技术研究院获批…, 武汉光电国家研究中心：…, 武汉国家生物产业基地和恩施高新区…): a unit somewhere
# in that place, not the place acting (which district holds it is not said). Bodies (政府, 人大, 法院, 委) are the
# actors' finder's, zones ZONE_AFTER's, universities the institutions table's.
UNIT_AFTER_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{1,12}?(?:研究院|研究所|研究中心|产业基地|基地|有限公司|股份公司|公司|集团|协会|商会|"
                              r"学会|分会|产业园|博物馆|纪念馆|图书馆|实验室)"
                              # (or an institute by its short name, 武汉病毒所, 兰州化物所, 福建物构所)
                              r"|[\u4e00-\u9fff]{2,3}(?<![场会厕住])所)"
                              r"(?=[：:，,\s]|获|和|与|荣获|入选|成立|举办|举行|召开|开展|发布|签约|[0-9]{4}年|$)")
NOT_A_UNIT = re.compile(r"政府|人大|政协|法院|检察院|[党市区县省州]委|公安|局|厅|办公室|委员会|高新区|开发区|经开区|新区|大学|学院|"
                        r"两会|代表")
OWN_INSTITUTION_SITE = re.compile(r"^(?!.*(?:博物馆|纪念馆|开发区|高新区|政府)).*(?:大学|学院|学校|中学|小学|医院)")
# The national session named by itself (全国两会, 两会): the actor only when no place is named beside it.
SESSION_WORD = re.compile(r"(?:\d{4}年?)?(?:全国)?[“\"]?两会[”\"]?")
# The meetings only a party secretary chairs (某某主持召开书记专题会, …书记办公会): the person is the party committee's
# head at the place read, whatever site carries it (a government's portal, whose own body is guessed otherwise).
# (no other meeting between: 主持召开常务会议落实书记专题会精神 is the government's executive meeting)
SECRETARY_MEETING = re.compile(r"主持(?:召开)?[^，,。：:\s会]{0,10}?书记(?:专题会|办公会)")
UNCALIBRATED = frozenset({"correction", "unknown", "noactor", "person", "known", "part", "scope", "portal",
                          "destination"})
# The nation as a headline's bare subject (中国…, 全国…, no body): a national roundup is 外情 (RUBRIC) but the
# nation acting or its achievements (中国成功发射…) are 上情, and the words do not tell them apart (on the dev
# part 71 of 112 such verdicts right): held unsure, for people ("scope", not calibrated up).
NATION_SCOPE_CONF = 0.55
# ... but the nation word opening the headline as its subject with no other place named (中国成功发射…, 中国将建…,
# 2018年全国铁路春运圆满结束) is the nation acting or its achievement: 上情, still held unsure (scope). A ranking or
# a title (全国百强城区 某区位列第十, “中国某某之乡”) names a place or quotes the word, and stays 外情.
# (a slogan before a dash or a space leads in the same way: 美在荟萃 --全国美术馆珍藏作品汇展在京开幕, 情漫峡江谱新篇 全国…)
# The nation as the scope of a contest, a list, an award or an occasion a local subject takes part in (晋级全国总决赛,
# 入选全国…示范村, 第24个全国“助残日”, 全国首个…, 排全国第三), not as a subject (12月全国CPI…, 全国各地…).
NATIONAL_SCOPE_OF_LOCAL = re.compile(r"全国[^，,。：:\s]{0,12}?(?:决赛|竞赛|大赛|比赛|展演|示范|先进|优秀|百强|十佳|十大|一流|评选|"
                                     r"名单|试点|称号|奖|日|周)|(?:全国|中国)(?:首[个家座所]|第[一二三四五六七八九十\d])")
# A title conferred on a place (中国无纺布名城-仙桃, 中国竹子之乡安吉): the place holding it is meant, not the nation acting;
# only with the place or a break right after it (中国民间文化艺术之乡评估组来我县…, 中国历史文化名镇名村保护工作推进会,
# 中国国家历史文化名城增至142座: the nation's assessors, meeting or count): RuleClassifier._titled_place
NATIONAL_TITLE = re.compile(r"中国(?:[\u4e00-\u9fff]{1,8}?(?:之乡|之城|之都|名城|名镇|名村|第一[村镇县市])|"
                            r"[\u4e00-\u9fff]{0,4}?第一[\u4e00-\u9fff]{0,4}?[大强]省)")
# (a first rank among the provinces, 中国第一造船大省…, is one province described, whether or not it is named after it;
# not the nation's policy for some, 中国支持经济大省挑大梁, nor 加强省级统筹)
PROVINCE_TITLE_END = ("大省", "强省")
TITLE_BREAK = re.compile(r"$|[\s\-—–·：:，,]")
NATION_LEAD_IN = re.compile(r"^(?:[^！!，,：:—\-\s]{1,8}(?:[！!]|\s*(?:--|——|—)|\s)\s*)?(?:(?:19|20)\d{2}年?)?")
# (not a company's, a paper's or an exchange's name that begins with the nation's, 中国平煤神马集团与…签署…, 中国航空报社…
# 会议在我校召开, 中国金融期货交易所:…: a unit of some place, no nation acting)
# (... when the name follows the nation word at once: 中国组建国有粮食集团, 中国再添三家世界一流公司 are the nation acting)
NATION_LEADS = re.compile(r"(?:中国(?!(?:(?!组建|成立|新增|再添|新添|拥有|已有|出台|培育|打造|诞生|首[家个批])[\u4e00-\u9fff]){1,8}?"
                          r"(?:集团|公司|报社|出版社|杂志社|交易所))|全国|我国)(?![“\"《]|[\d一二三四五六七八九十百千]+(?:强|大|佳|优))")
# A news portal's own place read for a headline that names no place but speaks of national matters (代表,
# 两会, 部长, 国家…, with no 我市/市委): in the 两会 season most are national news (on the dev part 240 of 344
# such verdicts right): held unsure ("portal", not calibrated up).
PORTAL_NATIONAL_CONF = 0.5
# National policies the news reports without naming a body: ministries acting together (三部门联手下发通知, 四部门出台规定…), the
# income tax (个税), the yearly pension rise (养老金上调): set nationally, never by one place; and the national
# statistics the press quotes by the bureau's bare name (统计局：…国内生产总值…, 70城房价): the nation's.
NATIONAL_STATISTICS = r"70个?大中城市|(?<!\d)70城|国内生产总值"
NATIONAL_POLICY = r"(?<![省市区县州我])[两三四五六七八九十多]部门(?:联合|联手|出台|印发)|个税|个人所得税|养老金[^，,。]{0,4}(?:上调|上涨|调整)|" \
    + NATIONAL_STATISTICS + r"|(?<![省市县区州局])统计局(?=一线)|"
# (a national law named without its book-title marks by the endings only laws have: 固体废物污染环境防治法, 未成年人保护法)
NATIONAL_LAW_NAME = r"(?<=[\u4e00-\u9fff]{2})(?:防治|保护|促进|权益保障|振兴|救助)法(?![规院官律人庭治])|"
NATIONAL_HINT = re.compile(r"代表|委员|两会|部长|国家|全国|中央|国务院|总理|(?<![联会协盟社])主席|发改委|中方|央行|政治局|十九大|改革方案|"
                           r"国民经济运行|"
                           + NATIONAL_POLICY + NATIONAL_LAW_NAME +
                           r"铁路|动车|高铁|春运|放假|《[^》]{2,30}(?:办法|条例|规定|法)》|"
                           r"[\d一二三四五六七八九十]+月(?:\d+日)?起|下月起|入刑|入罪|施行")
# Of those, the words of national bodies and national rules (国务院, 部长, 中央, 放假, X月起 with no place, 《…办法》
# 施行, 入刑, 动车): on a news portal with no place or relative word named, national news (上情) more often than
# the portal's own (on the train and dev parts all 18 such verdicts were national); still held unsure ("portal").
# Deputies, members, 两会 and 全国 alone stay with the portal's place (its own deputies in the 两会 season).
# (and the national policies above)
NATIONAL_MATTER = re.compile(r"(?<!机)动车|"
                             # (国家 before an institution's project or unit, 国家重点实验室, 国家社科基金, is no national body)
                             r"国家(?!队|公园|级|[0-9A-Z]{1,5}级|森林|湿地|地质|重点实验室|工程(?:技术)?研究中心|重大科技基础设施|社科基金|"
                             r"社会科学基金|自然科学基金)|中央|国务院|总理|"
                             # (an organisation's chairman elected, 再次当选主席, is no head of state; nor is a CPPCC's
                             # chairs' meeting or a session's presidium, 区六届政协举行第二十八次主席会议, 主席团)
                             r"(?<!当选)(?<!选为)(?<!连任)(?<!当选副)(?<!选为副)(?<!连任副)主席(?!会议|团)|部长|中方|央行|政治局|"
                             + NATIONAL_POLICY + NATIONAL_LAW_NAME +
                             r"改革方案|春运|放假|《[^》]{2,30}(?:办法|条例|规定|法)》|"
                             # (the national statistics' release on the economy, 前三季度国民经济运行稳中有进: a
                             # place's is 全省经济运行 or names the place)
                             r"国民经济运行|"
                             r"[\d一二三四五六七八九十]+月(?:\d+日)?起|入刑|入罪|施行")
# Another country's embassy, consulate or office in China, by the country's name before 驻 (日本驻沈阳领馆, 美国驻武汉
# 总领事馆, 德国驻华大使), or a consulate in a place of China named with no country (驻上海总领馆…).
FOREIGN_MISSION = re.compile(
    FOREIGN_COUNTRY + r"驻[\u4e00-\u9fff]{1,6}?(?:(?:大使馆|总领事馆|总领馆|领事馆|领馆|使馆|"
    r"代表处|办事处)(?:副?总领事|领事|副?大使|参赞|代表)?|副?总领事|领事|副?大使|参赞)")
# Another country's local officials or bodies visiting (日本大分市市长访汉, 美国某州代表团来我市…): its own 市长 or 代表团, not
# the site's; a place's, not a national body's visiting China (日本国会参议院代表团访华, which the national hosts). The
# country must begin the headline or a phrase, or follow 友城 (我市首个国际友城日本大分市市长…): not a place of China
# ending in a country's name (湖南非遗, 巴音郭楞蒙古自治州) nor a delegation of ours going there (我市赴韩国考察团, 代表团赴
# 日本议会访问); and not when someone receives them (会见, 接待, 与…, before or after: 日本某县知事一行访闽 省长某某会见),
# where the host acts.
FOREIGN_VISITORS = re.compile(
    r"(?:^|(?<=[\s，,：:、！!？?])|(?<=友城)|(?<=友好城市))(?P<who>" + FOREIGN_COUNTRY + r"(?!自治)[\u4e00-\u9fff·]{0,8}?"
    r"[市州县省道府郡](?:市?长|知事|政府|议会|议长|议员|(?:友好|经贸)?(?:代表团|考察团|访问团)))[\u4e00-\u9fff·]{0,6}?"
    r"(?:一行|率团|率队|来|到|抵|莅|访)")
# A group from abroad named by no single country (外国, 境外, 海外, 发展中国家, 非洲国家, 拉美国家…) leading and visiting.
FOREIGN_GROUP_VISITS = re.compile(
    r"^(?P<who>(?:外国|境外|海外|国外|发展中国家|[\u4e00-\u9fff]{1,6}?(?<![省市县区州委])国家|" + FOREIGN_COUNTRY + r")[\u4e00-\u9fff]{0,10}?"
    r"(?:代表团|考察团|访问团|参访团|记者团|媒体团|研修班|研讨班|培训班)(?:学员)?)[\u4e00-\u9fff]{0,4}?"
    r"(?:一行)?(?:来|到|赴|走进|访问|考察|抵|莅)")
# A working group leading with no body named, only a level word or none (省调研组来漳州…, 调研组来江苏调研…), on its way to a
# place: a group of the site's place at that level, or, with no level word, one from above the province it goes to.
BARE_GROUP_GOES = re.compile(r"^(?P<who>(?P<level>[省市县区])?(?:专题)?(?:调研组|督查组|督导组|检查组|考察组|工作组|指导组|巡视组|"
                             r"巡察组|评估组|验收组))(?:一行)?(?:来|到|赴|莅临|莅|抵|进驻|走进)")
# A place or unit taking part by television or video in a work meeting of a level above it (我县组织收看全省森林防火电视
# 电话会议, 应城市收听收看全省防汛抗旱工作视频会, 古田县收看全国全省安全生产视频电话会议): the meeting's owner at that level
# acts (RUBRIC: a meeting attended is its owner's), not the one watching; a broadcast watched (收看…开幕会, …盛况, …直播)
# is no meeting taken part in and stays the viewer's.
WATCHES_HIGHER_MEETING = re.compile(r"^(?P<viewer>[^，,。：:！!？?\s]{0,12}?)(?:组织)?(?:干部)?(?:收听收看|收看收听|收视收听|收看|收听|"
                                    r"在分会场参加|设分会场收听收看|参加)(?P<level>全国|全省|全市|省|市)[^，,。：:！!？?\s]{0,24}?"
                                    r"(?:电视电话会议?|视频(?:电话|调度|工作)?会议?)")
# A person chairing a meeting of a whole county, city or town (某某主持召开全县…工作会议, 某某主持全市…会议).
WHOLE_LOCAL_MEETING_CHAIRED = re.compile(r"主持(?:召开)?[^，,。：:！!？?\s]{0,8}?全(?:县|市|区|州|旗|盟|镇|乡)")
FOREIGN_VISITORS_WORD = re.compile(r"长|知事|政府|议[会长员]|[表察问]团")
FOREIGN_VISITORS_HOST = re.compile(r"会见|接见|会晤|接待|宴请|欢迎|会谈|陪同|[与同和]")
FOREIGN_VISITORS_HOST_AFTER = re.compile(r"会见|接见|会晤|接待|宴请|会谈|陪同")
MISSION_IN_CHINA = re.compile(r"驻(华|[\u4e00-\u9fff]{2,3}?)(?:总领事馆|总领馆|领事馆|领馆|大使馆|使馆)")
# Another country's envoy or mission in China named by a short country name or none (韩驻中国大使:…, 驻华大使…): foreign
# (a country's short name or one ending in 国 before it, no host: 王毅会见美国驻华大使…, 中方召见日本驻华大使…, 我市与日本
# 驻华大使馆联合举办… are the host's acts)
FOREIGN_ENVOY_IN_CHINA = re.compile(r"^(?:(?![\u4e00-\u9fff]{0,4}?(?:会见|接见|会晤|召见|约见|接待|欢迎|宴请|陪同|看望|拜会|与|和|同))"
                                    r"(?:[\u4e00-\u9fff]{1,5}国|[\u4e00-\u9fff]{1,2}))?驻(?:华|中国)"
                                    r"(?:大使馆|总领事馆|总领馆|领事馆|使馆|副?大使|副?总领事|领事|参赞)")
# Another country's bodies (欧洲央行, 美国国会), or Taiwan's, Hong Kong's and Macao's own (台湾中央大学): not the
# central government's.
FOREIGN = re.compile(r"欧洲|欧盟|美国|美联储|日本|韩国|英国|法国|德国|俄罗斯|印度|朝鲜|越南|外国|境外|海外|台湾|香港|澳门")
TOPIC_BODIES = frozenset({"congress", "cppcc", "court", "procuratorate"})
STATE_ORGANS = frozenset({"party", "government", "congress", "cppcc", "court", "procuratorate", "supervision"})
PLACELESS_NATIONAL = re.compile(r"国家|中央|国务院|总理|" + NATIONAL_STATISTICS)
# A national deputy or CPPCC member named at a headline's head, with a second post or attending or back from the
# national session (全国人大代表、校长某某出席十三届全国人大二次会议, 我校全国政协委员载誉归来, 全国政协常委、河南省政协副
# 主席某某一行莅临…): the member acts, not the session; a post with a place names his body there, else he is one of
# the site's province's delegation (deputies) or members (CPPCC), as the corpus codes them.
NATIONAL_MEMBER_HEAD = re.compile(r"(?:我校|我院|本校|本院)?(?P<member>全国人大代表|全国政协(?:常委|委员))"
                                  r"(?P<rest>[^，,。：:\s]{0,24}?)(?=一行|出席|列席|参加|载誉|履职|莅临)")
NATIONAL_MEMBER_AT_SESSION = re.compile(r"(?:出席|列席|参加|履职)[^，,。]{0,16}?(?:全国人大|全国政协|全国人民代表大会|两会)|载誉")
# A central company's own site by its name (中国华电集团有限公司, 中国三峡集团, 中国石油), not a portal's (中国有色网)
CENTRAL_COMPANY_SITE = re.compile(r"(?:" + CENTRAL_COMPANY.pattern + r")$|中国[\u4e00-\u9fff]{2,12}?(?:集团|(?:股份)?有限公司)$")
CENTRAL_COMPANY_SEAT = "110000"  # the central companies of actors.CENTRAL_COMPANY are run from Beijing
# A national academy's institute, hospital or branch, or a 中国… institute or design institute, by its site's name
# (中国科学院遗传与发育生物学研究所, 中国中医科学院望京医院, 中国水稻研究所, 中国市政工程西南设计研究总院): a unit seated in
# one city, whose name begins with 中国 but which is no national organ; the academies themselves (中国科学院, 中国水产科学
# 研究院) and national centres (中国疾病预防控制中心) are not matched.
SEATED_UNIT_SITE = re.compile(r"^(?:中国|中)(?:科学院|科院|中医科学院|医学科学院|农业科学院|社会科学院|林业科学研究院|"
                              r"水产科学研究院|工程物理研究院|地质科学院)[\u4e00-\u9fff（）()]{2,24}?"
                              r"(?:研究所|研究院|研究中心|创新中心|医院|植物园|分院|所)$"
                              r"|^中国[\u4e00-\u9fff]{2,14}研究所$|^中国[\u4e00-\u9fff]{2,12}设计(?:研究)?(?:总)?院$")
# A place's whole deputy work, which its congress standing committee organises: liaison stations built across it or
# their head station, its deputies' named campaign and month of reports to voters (建成1146个代表工作站, 代表联络总站,
# “五微”代表行动, 直选代表述职月, 表彰优秀人大代表): a named campaign in quotes, the place's deputies commended; not one
# station's doings nor deputies "in action"
# (人大代表在行动, 代表行动起来: theirs, below)
DEPUTY_WORK_OF_PLACE = re.compile(r"建成\d*个?[^，,。\s]{0,8}?代表(?:联络|工作)站|代表联络总站|代表履职服务中心|"

                                  r"[”\"」』]代表行动|述职月|代表小康行|表彰[^，,。\s和及、]{0,10}?(?:人大代表|代表小组)")
# A place's deputy liaison stations, homes or offices built, opened or covering it (某社区联络点揭牌, 人大代表之家全部建成
# 到位, 代表工作室实现全覆盖, 建设完善提升303个“代表家站”).
DEPUTY_FACILITY_BUILT = re.compile(r"(?:代表联络站|(?<=代表)联络[点室]|(?<=代表)[^，,。\s“”\"]{1,6}?联络[点室]|代表之家|代表家站|"
                                   r"代表工作室|代表工作站)[”\"」』]?[^，,。\s]{0,6}?"
                                   r"(?:揭牌|挂牌|全覆盖|全部建成|建成到位|启用|正式运行)|"
                                   r"\d+个[“\"]?(?:代表)?(?:家站|联络站|工作站|之家|工作室)|"
                                   # (a count after them: 再创建“人大代表之家”19个)
                                   r"(?<!党)(?:代表联络站|代表之家|代表家站|代表工作室|代表工作站)[”\"」』]?\d+个"
                                   r"(?![多月“\"\u4e00-\u9fff])")
# The support a place gives its deputies, the place alone before it as a dateline (辽宁大连:从…重塑代表履职保障体系, 渝中区:
# 贯彻实施代表法,支持代表依法履职): its standing committee's deputy work; a unit's support (厦门海关支持和保障代表依法履职)
# names the unit before it, and the head must be the place itself (DeputyRules.decide checks it).
DEPUTY_SUPPORT_OF_PLACE = re.compile(r"^(?P<head>[^，,。:：\s]{2,10})[:：][^:：]{0,16}?"
                                     r"(?:代表履职(?:服务)?保障|(?:支持|保障|服务)代表(?:依法)?履职)")
# ... of a town's own deputies, by the town's name right before 人大代表 or 代表 (中新镇人大代表…)
TOWN_DEPUTIES = re.compile(r"[镇乡](?:人大)?$")
FIRST_OF = re.compile(r"(?:首|一|第[一二三四五六七八九十]+)个(?:人大)?$")
# ... a town's, a street's or a community's own (鹭江街道成立人大代表接待室, 中新镇人大代表中心联络站揭牌): the level
# word ending a place's name (not 城乡, 乡村振兴)
TOWNSHIP_OR_STREET = re.compile(r"[\u4e00-\u9fff](?<!城)(?:镇|乡(?!村)|街道|社区|村(?!振兴))")
HELD_CONF = 0.75  # readings often wrong at high confidence on unseen sites (RuleClassifier.held): below sure
# A national CPPCC member by title (全国政协委员、民进中央委员来我校调研, 全国政协常委、河南省政协副主席…莅临): a person
# whose other post, place or group often decides, as with national deputies (held); not the standing committee (常委会)
CPPCC_MEMBER_TITLE = re.compile(r"全国政协(?:常委|委员)(?!会)")
SUBUNIT_CONF = 0.5  # a unit below a place that contains the home: which part of it is not said
NO_ACTOR_OVERRIDE = 0.85  # the model's probability needed to override "no actor: elsewhere"


class _Simplifier:
    """Traditional characters to simplified (OpenCC t2s, phrase by phrase) for headlines written in them
    (廣東汕頭…政協委員): the place and body words are read in simplified. Only a headline with at least two
    characters that only traditional writing uses is converted (a regex test, so the common case costs little);
    without the opencc package headlines are left as they are."""

    def __init__(self) -> None:
        self._cc: Any = None
        self._trad: re.Pattern[str] | None = None

    def _load(self) -> re.Pattern[str]:
        if self._trad is None:
            try:
                import opencc

                self._cc = opencc.OpenCC("t2s")
                # the characters t2s changes by themselves: traditional-only forms
                chars = "".join(ch for ch in map(chr, range(0x4E00, 0xA000)) if self._cc.convert(ch) != ch)
                self._trad = re.compile(f"[{re.escape(chars)}]") if chars else re.compile(r"(?!)")
            except ImportError:
                self._trad = re.compile(r"(?!)")
        return self._trad

    def __call__(self, s: str) -> str:
        trad = self._load()
        if not s or self._cc is None:
            return s
        first = trad.search(s)
        if first is None or trad.search(s, first.end()) is None:
            return s
        return str(self._cc.convert(s))


to_simplified = _Simplifier()


# A unit's CPC committee by its full name (中共某大学委员会, 中共某县中医医院委员会).
CPC_UNIT_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{2,20}?(?:医院|学校|大学|学院|中学|小学|公司|集团|研究院|研究所))委员会")


def simplified(item: Item) -> Item:
    """The item with its title and site name in simplified characters, as the rules read them (the same item when
    nothing changes)."""
    title, name = to_simplified(item.title), to_simplified(item.source_name)
    if "中共" in title and "委员会" in title:
        # a unit's party committee by its full name (中共叙永县中医医院委员会组织收看…): read as the unit's 党委, a unit
        # there, as its short form is (not the CPC committee of the place its name begins with)
        title = CPC_UNIT_COMMITTEE.sub(r"\1党委", title)
    if title != item.title or name != item.source_name:
        return dataclasses.replace(item, title=title, source_name=name)
    return item


def _headline_head(title: str) -> str:
    """A headline without its column tag and a leading year or term (【两会】2023年…, 第十四届…): where its subject
    stands."""
    return ORDINAL_LEAD.sub("", COLUMN_TAG.sub("", title))


def model_path() -> Path | None:
    """The model artefact in use: $SIQING_MODEL when set, else the one shipped in processing/models/."""
    env = os.environ.get("SIQING_MODEL")
    return Path(env) if env else model_mod.shipped_path()


_MODEL_PATH = model_path()
# The version analyses are stored under (with the pipeline's): a new model reprocesses everything.
MODEL_VERSION = model_mod.version_from_path(_MODEL_PATH) if _MODEL_PATH is not None else "rules"
SHIPPED = "shipped"
AUTHORITY_BODIES = frozenset({"party", "congress", "government", "court", "procuratorate", "supervision",
                              "delegation", "cppcc", "deputies"})


@dataclass(slots=True)
class Item:
    """One item to classify: headline, body and where it came from."""

    title: str
    text: str = ""
    url: str = ""
    source_name: str = ""
    source_region: str | None = None  # division code of the source site
    published_at: str | None = None


@dataclass(slots=True)
class Verdict:
    """A classification: kind, confidence in [0, 1], a one-line Chinese reason and the actor."""

    kind: str
    confidence: float
    reason: str
    actor: Actor | None = field(default=None)
    path: str = "rules"  # what decided: rules | site | model | correction | unknown | noactor | person | part

    def to_dict(self) -> dict[str, Any]:
        """The fields written back by `siqing classify`."""
        return {"kind": self.kind, "confidence": round(self.confidence, 3), "reason": self.reason}


class TextModel(Protocol):
    """A trained text model the hybrid classifier may consult (added by a later step)."""

    def predict_proba(self, home: Division, item: Item) -> dict[str, float]:
        """Probabilities per kind for an item relative to a home."""
        ...


# A unit's own leaders after its name (某研究院院长一行…, 某集团党委书记…)
# On an institution's own site, its secretary or head by the bare post and a name at the head (党委书记某某应邀参加…,
# 校长某某带队赴…, 院长某某一行…): the institution's own leader, not a party committee or the place he goes to.
OWN_LEADER_HEAD = re.compile(r"^(?:学校|校|学院|院)?(?:党委副?书记|副?校长|副?院长)(?:、(?:副?校长|副?院长))?"
                             r"[\u4e00-\u9fff]{2,3}(?:同志)?(?:一行|带队|率队|应邀|出席|参加|赴|到|前往|走访|看望|会见|调研|慰问|深入|"
                             r"主持|在|为|与|受邀)"
                             # (not at a session of a congress, a CPPCC or the party, 副校长某某参加全国政协…: a member there)
                             r"(?![^，,。]*(?:人大|政协|两会|人代会|党代会|人民代表大会|常务委员会|政治协商会议|"
                             r"(?:中国共产党|中共)[^，,。]*代表大会))")
# A place's units all together at a headline's head, no place named (各乡镇、各部门…, 各单位…).
# (relaying or studying a meeting's spirit: not reporting to, attending or receiving a body, 各部门负责人列席市人大常委会…,
# 各乡镇迎接市委巡察组…, where that body acts)
_EACH_UNIT = r"各(?:乡镇|镇街|部门|单位|街道|镇|乡|村|社区)"
EACH_UNIT_HEAD = re.compile(rf"^{_EACH_UNIT}(?:[、和及]{_EACH_UNIT})*(?=(?:集中|认真|迅速|及时)?(?:传达|学习|贯彻|收听收看))")
# The unit words a site's name may end with that name a unit of it (某大学新闻传播学院, 某院某研究所).
SITE_UNIT_TAIL = re.compile(r"(?:学院|研究院|研究所|研究中心|实验室|医院|图书馆|博物馆)$")
# The school named bare going or stationed somewhere, or furthering its ties with a partner (学校“双百行动”驻某区服务队…,
# 学校赴某县…, 学校进一步推进与某区合作): on the school's own site, the school (on a portal, 学校 is any school of the
# portal's place).
SCHOOL_GOES = re.compile(r"^学校(?:[^，,。：:]{0,16}?(?:赴|前往|走进|深入|完成|承担|驻)|"
                         r"(?:进一步|持续|全面)(?:加强|深化|拓展|开展|推进)?(?:与|和|携手|联合))")
# An institution's own party committee or leadership named bare at the head of its site (学院党委理论学习中心组组织学习…,
# 院党委召开中心组学习会): the institution, not what it studies or the place named after.
# (or one of its party branches, 医院机关后勤二党支部召开党员大会, or its institute's committee on a hospital's site, 所党委…)
# (not its leader attending a session of a congress, a CPPCC or the party, 我院党委书记出席市十四届人大四次会议: a deputy
# or a delegate there, OWN_LEADER_HEAD's exclusion)
ATTENDS_SESSION = (r"(?![^，,。]*?(?:出席|参加|列席)[^，,。]*?(?:人大|政协|两会|人代会|党代会|人民代表大会|代表大会|"
                   r"常务委员会|政治协商会议))")
OWN_ORGAN_HEAD = re.compile(r"(?:^(?:学院|院|医院|全院|我院|所)(?:党委|纪委|党总支|领导班子)|^医院[\u4e00-\u9fff]{2,8}?党支部)"
                            + ATTENDS_SESSION)
# The institution, its staff or its teachers and students by their bare name convening, studying or watching on its own
# site (医院召开党委理论学习中心组学习会…, 师生共观阅兵典礼): they act, not the national meeting or event they study or watch;
# where the headline names no place (学院举行某区人大代表换届选举… is that district's election held there), and no
# national body unless studied or watched (学院召开全国人大常委会某法执法检查组座谈会, 学院举办全国人大代表学习班: the
# national body's inspection or class held there)
OWN_BARE_ACTS = re.compile(r"^(?:医院|学院|师生|全院职工|全体师生)(?:共同|集中|认真)?(?:召开|举行|举办|组织|开展|收看|观看|共观|"
                           r"收听|学习|传达)")
NATIONAL_STUDIED = re.compile(r"学习(?!班)|精神|收看|观看|收听|共观|直播")
OWN_HEAD_POST = re.compile(r"(?:党委|党组)?(?:副?书记|副?院长|副?校长|副?所长|副?主任|董事长|总经理|领导|负责人)")
# A department head's post only a province has (厅长; a city's or county's are 局长) right after a person's name.
PROVINCIAL_DEPARTMENT_HEAD_AFTER_NAME = re.compile(r"(?:常务)?副?厅长")
# A minister's post right after a person's name, no department named (某某副部长在…, 某某部长一行…)
MINISTER_AFTER_NAME = re.compile(r"(?:常务)?副?部长(?:一行)?(?:在|到|赴|来|莅临|调研|考察|检查|视察|出席|会见|座谈|督导)")
# A post of a congress's, CPPCC's or party committee's own after a person's name (某某副主任, 某某副主席, 某某副书记), as
# that body's site writes its leaders, followed by an act.
OWN_BODY_POST_AFTER_NAME = {
    body: re.compile(rf"(?:常务)?副?(?:{posts})(?=率|带队|带领|一行|在|到|赴|来|莅临|调研|考察|检查|视察|出席|会见|主持|走访|看望|慰问|"
                rf"开展|联系|接待|参加|督办|听取)")
    for body, posts in (("congress", "主任|秘书长"), ("cppcc", "主席|秘书长"), ("party", "书记"))}
# A meeting one chairs or calls, whose owner the body after it names (主持召开市台办党组会议).
MEETING_CALLED = re.compile(r"主持召开|主持|召开")
# Leading a group, before where it goes (率队, 带队, 率团, 一行).
LEADS_GROUP = re.compile(r"(?:率队|带队|率团|带领|率领|一行)")
# A company's, bank's or airport's own site by its name, which carries its own news (a branch's 春运 duty, not the
# nation's 春运).
UNIT_OWN_SITE = re.compile(r"(?:公司|集团|银行|机场|车站|港务)$")
# A company's or bank's own site by its name (its party committee's site included).
UNIT_SITE_WORD = re.compile(r"公司|集团|企业|银行|研究院|研究所")
# ... and a unit's party secretary or union chairman so named on the unit's own site (某某书记 on a university's)
UNIT_OFFICER_AFTER_NAME = re.compile(r"(?:常务)?副?(?:书记|主席)")
# ... but one who visits it (某某书记莅临集团调研, 某某副主席带队到我行调研): a visitor, not the unit's officer
VISITOR_AFTER_POST = re.compile(r"(?:一行|率队|带队)?(?:莅临|来|到(?:我|本|集团|公司|院|校|行))")
# A unit's head named after the person's name (某某董事长, 某某总经理, 某某校长): the unit, not a government
UNIT_HEAD_AFTER_NAME = re.compile(r"(?:副)?(?:董事长|总经理|校长|院长|行长)")
# Taiwan's cities and counties, which the gazetteer does not hold (花莲市里长…参访团到访…)
# (not before a mainland suffix: 常州's 新北区, a 桃园镇 or 云林村)
# Deputies to a province's congress named as such (某市省人大代表) going to or sitting at its session.
PROVINCIAL_DEPUTIES_AT_SESSION = re.compile(r"(?:省|自治区)人大代表[^，,。：:]{0,12}?(?:赴盛会|报到|"
                                            # (not a city's meeting or session they sit in on, 列席市人大常委会会议)
                                            r"(?:出席|参加|列席)了?(?:省|自治区)[^，,。：:]{0,12}?(?:人民代表大会|人大[^，,。：:]{0,8}?会议|两会|人代会)|"
                                            r"(?:省|自治区)[“\"]?(?:两会|人代会)|"
                                            # (reviewing the province's government report, which only its session does:
                                            # 我市省人大代表和政协委员认真审议讨论省政府工作报告)
                                            r"审议[^，,。：:]{0,6}?(?:省|自治区)政府工作报告|"
                                            # (handing in bills and proposals, which go to the session, or going to
                                            # it: 我市省人大代表向大会提交议案建议65件, 我州省人大代表顺利抵长参会)
                                            r"向大会提交|(?:提交|提出)[^，,。：:]{0,6}?议案|参会)")
# The national session as a city's NPC deputies' headlines name it (抵京, 参会, 出席全国两会, 会议闭幕 记者连线…).
NPC_SESSION_CUE = re.compile(r"^(?!.*闭会).*(?:抵京|赴京|进京|在京|返回|参会|会前|两会|盛会|会议|出席|闭幕|开幕|大会|报到|"
                             r"审议|热议|工作报告|议案|代表通道)")
TAIWAN_PLACES = "(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖)(?![区镇乡村街])"
# Visitors from Taiwan, Hong Kong or Macao leading the headline (台湾某大学副校长来校访问, 澳门某参访团访问我校): the
# visitors act, from a region neither above nor inside any home (unless hosts meet them: then the hosts do)
OUTSIDE_MAINLAND_VISITORS = re.compile(
    # (the central government's offices there, 香港中联办广联部一行到我市调研, are national bodies, not visitors of theirs)
    r"^(?!.*(?:会见|接见|座谈|会谈|宴请|见面|陪同))(?!.*(?:中联办|联络办|特派员公署|驻港部队|驻澳部队))"
    r"(?:台湾|香港|澳门|港澳台?|台港澳|" + TAIWAN_PLACES + r")[^，,：:。；;\s]{0,20}?"
    r"(?:来|到|赴|访问|参访|到访|拜访|考察|莅)")
# Visitors the headline calls only "from elsewhere" (外地工会来下城区工会交流, 外省代表团到我市考察): neither above nor
# inside any home but their hosts' (RUBRIC: a visiting delegation is decided by the visitor), not the place they visit.
# Only a body or group of visitors (外地工会, 外省代表团, 外地党政考察团): 外地来泉人员, 外地游客来…, 外地企业来… are people or
# firms coming, the host place's own matter (its notices and figures).
UNNAMED_VISITORS = re.compile(r"^(?!.*(?:会见|接见|座谈|会谈|宴请|陪同))(?:外地|外省|外市|外县)[\u4e00-\u9fff]{0,6}?"
                              r"(?:代表团|考察团|参观团|学习团|访问团|调研组|考察组|工作组|党政|人大|政协|工会|妇联|团委|法院|检察院|"
                              r"同行|兄弟单位|兄弟县市)[^，,：:。；;\s]{0,8}?(?:来|到|赴|访问|到访|拜访|考察|莅)")
# An overseas Chinese association leading the headline, named by its country and its members' home place (泰中福建安溪
# 总商会拜访…, 加拿大莆仙同乡会举办…): Chinese abroad, no body of the place in its name (unless hosts meet them, 某商会接待
# 人大考察团: then the visitors decide, as for any host)
OVERSEAS_ASSOCIATION = re.compile(
    r"^(?!.*(?:会见|接见|接待|宴请|欢迎))(?:" + FOREIGN_COUNTRY + r"|澳洲|欧洲|北美|南美|非洲|全美|全欧|泰中|菲华|菲律滨|"
    r"旅[美日欧英法德加澳])[\u4e00-\u9fff]{0,10}?(?:总商会|商会|同乡总会|同乡会|联谊总会|联谊会|华联总会|总会|会馆|公会)")
OVERSEAS_CHINESE = re.compile(r"同乡|华人|华侨|华商|中华|侨|乡亲|总会")
# A hometown association of people from a mainland place living in Hong Kong or Taiwan (旅港嘉应五属同乡会…回梅参访,
# 2018余杭区旅港同乡会年会…, 石狮旅港乡总…), leading the headline or a phrase of it: it sits there, a region neither above
# nor inside any home, though its members' home place is named (旅澳 is the overseas pattern's: Australia); not where hosts
# meet it (某市领导会见旅港同乡会…: then they act)
OUTSIDE_MAINLAND_ASSOCIATION = re.compile(
    r"(?:^|[\s，,])(?!.*(?:会见|接见|接待|宴请|欢迎))(?:\d{4}年?)?[\u4e00-\u9fff]{0,6}?旅(?:港|台)[\u4e00-\u9fff]{0,10}?"
    r"(?:同乡总会|同乡会|乡总|联谊总会|联谊会|总商会|商会|总会|公会)")
# NPC deputies or CPPCC members of 台湾省, 香港 or 澳门 leading a headline (香港特区全国人大代表来我县视察): regions the
# gazetteer does not hold, neither above nor inside any home.
# Also counted (13名台湾省人大代表…), after a bracketed tag ((全国两会)港区代表委员…), by the deputies' and members' words
# together (港区代表委员), by the region's word after the congress's (中国人大台代表…), or without 全国 where the region has
# no congress of its own to mean (台湾省人大代表, 港区人大代表; Hong Kong and Macao have none, 台湾省 none in the PRC), and
# by their delegation (台湾代表团向…全国人大…提交建议).
OUTSIDE_MAINLAND_MEMBERS = re.compile(
    r"^(?:部分)?(?:(?:\d+|[一二三四五六七八九十百]+)[名位])?"
    # (and stationed there, 部分驻港全国人大代表视察…, 驻澳全国政协委员…)
    r"(?:驻[港澳]全国(?:人大代表|政协委员)|"
    r"(?:台湾省?|香港(?:特区|特别行政区)?|澳门(?:特区|特别行政区)?)(?:第?[一二三四五六七八九十]{1,3}届)?"
    # (or their members by the word alone, 16名香港委员出任政协常委: the national CPPCC's, the region having none)
    r"(?:全国(?:人大代表|政协委员)|(?:人大)?代表委员|人大代表|政协委员|委员(?!会))|"
    # (港区 and 澳区 with 全国, or after a tag of the national session: 郑州's airport zone is 港区 too, 港区人大代表…)
    r"(?:港区|澳区)(?:第?[一二三四五六七八九十]{1,3}届)?全国(?:人大代表|政协委员)|"
    r"[（(][^（()）]{0,6}两会[)）](?:港区|澳区)(?:人大)?代表委员|(?:中国|全国)人大(?:台湾?|港|澳)区?代表|"
    # (their delegation at the national session, 台湾代表团向十四届全国人大一次会议提交…, 人大台湾省代表团…)
    r"(?:人大)?(?:台湾省?|香港(?:特区|特别行政区)?|澳门(?:特区|特别行政区)?)代表团)")

# ... and as Hong Kong's and Macao's own press writes them, on its sites only (港区人大…, 港區省級政協委員…, 澳區人代…,
# their provincial CPPCC members' clubs, 港區省級政協聯宴…, 澳區省政協聯誼會…):
# there 港区 is no zone of a mainland city (郑州's airport zone)
OUTSIDE_PRESS_MEMBERS = re.compile(r"^(?:部分)?(?:(?:\d+|[一二三四五六七八九十百]+)[名位])?(?:港区|澳区)(?:省级|全国|省)?"
                                   r"(?:人大代表|人大|人代|政协委员|政协|委员|代表委员)")
# ... and on any site where neither a mainland zone nor a mainland CPPCC's members from there can be meant: 人代 (that
# press's short word), 省级 members, 澳区's deputies (【全国两会】澳区人代关注深合区发展 on a Macao outlet's .com site;
# 澳区委员参加福州政协会议 are 福州's CPPCC's members from Macao)
OUTSIDE_PRESS_ONLY = re.compile(r"人代|省级|澳区(?:全国|人大|代表委员)")
# Hong Kong's or Macao's people at large leading the headline (香港各界支持全国人大常委会依法作出决定, 中评观察:港各界…):
# they respond, a region neither above nor inside any home, not the national body they respond to
OUTSIDE_MAINLAND_PEOPLE = re.compile(r"(?:香港|澳门|港|澳)(?:特区)?(?:社会)?各界(?:人士|代表)?")
COLON_LEAD_IN = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")  # (a column's words before a colon, 中评观察:…)
# Those members met later in the headline: as the owners of a meeting a national leader attends (张德江出席港区人大代表
# 会议: the meeting's owner, RUBRIC), or speaking in a clause of their own after a national act's (政府工作报告出炉
# 港区全国人大代表有话说: who reacts, not the act)
MEMBERS_MEETING_ATTENDED = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:出席|参加|列席)(?=[^，,：:\s]{2,24}(?:会议|座谈会|全体会议)$)")
MEMBERS_REACTING = re.compile(r"[\s，,](?=[^\s，,]{4,24}(?:有话说|热议|点赞|畅谈|谈感受|说)$)")


# A site of Hong Kong's or Macao's government or organisations (info.gov.hk, gcs.gov.mo, cma.org.hk, 香港特別行政區
# 立法會), and Hong Kong's or Macao's own officers and bodies named in a headline (行政长官, 立法会, 林郑, 厂商会):
# regions the gazetteer does not hold, neither above nor inside any home.
OUTSIDE_MAINLAND_OFFICIAL_HOST = re.compile(r"(?:^|\.)(?:gov|org|edu|legco)\.(?:hk|mo)$")
# A response met somewhere (…在某地广大干部群众中引发热烈反响, …在我市引起强烈反响): who responds, where
REACTION = re.compile(r"在(?P<where>[^，,。；;\s在]{1,16}?)(?:广大|各界|全体)?(?:干部群众|党员干部|干部职工|各界人士|社会各界|师生|"
                      r"群众)?中?(?:引发|引起|激起)(?:热烈|强烈)(?:反响|反应)(?=$|[，,。；;\s!！])")
# A place's answer to a leader's charge (习近平总书记“林区三问”的伊春答卷, 不负重托的“延边答卷”): the place's story, not
# the charge's author; the answer's place is in the words before 答卷, after 的 or an opening quote.
# (only where the headline begins with the charge's author, who would otherwise be read as acting: 牢记总书记嘱托 书写人大
# 工作高质量发展的“宿迁答卷” is the congress's own work, 省委书记某某：…交出湖南答卷 the secretary's words)
CHARGE_AUTHOR = re.compile(r"习近平|总书记|党中央")
PLACE_ANSWER = re.compile(r"(?:的|[“\"「‘])(?P<where>[^，,。；;\s“”\"「」‘’的]{2,8}?)答卷")
# A column on the places the General Secretary visited (【沿着总书记的足迹】…, 沿着总书记的足迹|…, the ASCII bar too): a
# tag, not him acting.
LEADERS_FOOTSTEPS = re.compile(r"^[【\[]?沿着(?:习近平)?总书记的足迹[】\]|丨｜:：]\s*")
# A visit named in a headline (某某拜会…, 某某率团访问…): who stands before it is the visitor, unless that part says
# where someone goes (赴泉州考察, 到福州考察) or the visit names a party or a trip (考察团, 考察之行)
OUTSIDE_SITE_VISIT = re.compile(r"拜会|拜访|访问|参访|到访|考察")
GOING_TO = re.compile(r"赴|到|前往|至|来")
VISITING_PARTY = re.compile(r"团|之行|期间")
OUTSIDE_MAINLAND_OFFICIAL_NAME = re.compile(r"^(?:香港|澳门)[^，,\s]{0,16}?(?:特别行政区|政府|立法会|商会|联合会|总会|秘书处)|"
                                            r"(?:香港|澳门)特别行政区")
OUTSIDE_OWN_BODY = re.compile(r"(?:本|我)(?:局|署|会|院|处|办|厅|司|部|室|中心)")
OUTSIDE_MAINLAND_NEWS_HOST = re.compile(r"\.(?:hk|mo)$")
OUTSIDE_MAINLAND_NEWS_NAME = re.compile(r"^(?:香港|澳门)")
OUTSIDE_MAINLAND_ACTOR = re.compile(r"行政长官|特首|立法会|特区政府|港府|澳府|厂商会|中华总商会|林郑|李家超|梁振英|曾荫权|董建华|"
                                    r"崔世安|贺一诚|何厚铧")
# ... of whom the chief executives who held no national office after, by name, lead a headline on any site (a mainland
# site's 林郑月娥率团访问…: the visitor acts); not 何厚铧, 董建华 or 梁振英, later vice-chairmen of the national CPPCC
# (何厚铧率澳区全国政协委员考察团…), nor the officers' titles alone, read on their own sites only
OUTSIDE_MAINLAND_OFFICER = re.compile(r"(?:林郑月娥|林郑|李家超|岑浩辉)(?![\u4e00-\u9fff]{0,2}会见)")
# Hong Kong or Macao itself acting at the head of a headline, on any site (香港向本地青年推出…实习计划, 澳门特区政府宣布…):
# its government's or people's act, a region neither above nor inside any home; not the mainland site's place, which the
# relative words after it (本地) would otherwise be read as
OUTSIDE_MAINLAND_LEADS = re.compile(r"^(?P<who>(?:香港|澳门)(?:特区|特别行政区)?(?:政府)?)"
                                    r"(?:向|将|宣布|推出|发布|公布|启动|实施|举行|举办|首次|正式)")

# The mainland named as such, as outside media do (大陆人大, 中国两会, 北京当局)
MAINLAND_SEEN_FROM_OUTSIDE = re.compile(r"大陆|中国两会|北京当局")
# Taiwan's own bodies (陆委会, 海基会, 立法院, its offices abroad, its county councils) as a clause's subject, at the head
# or after a stop (…滞留武汉!海基会…函请海协会…, 对台措施 陆委会：…): a region neither above nor inside any home.
# Among them the bodies of 金门 and 马祖, which Taiwan administers though the division table lists 金门县 under 泉州
# (金门府会首长率团拜会漳州市府, 金城镇民代表会…): the corpus codes them as Taiwan's (710000), so no Fujian home's own.
TAIWAN_BODY = re.compile(r"(?:^|[!！?？,，:：;；\s])(陆委会|海基会|行政院|立法院|总统府|民进党(?:当局)?|国民党(?!革命委员会)|"
                         r"台北经济文化办事处|驻(?:澳门|香港)办事处|县议会|"
                         r"(?:前|现任)?(?:金门|马祖)(?:县(?:政府|府|议会|长|议长|副县长)|府会|大学|[^，,\s]{1,3}镇(?:公所|民代表会))|"
                         r"[^，,\s]{0,4}?[乡镇]民代表会)")


@dataclass(frozen=True, slots=True)
class Leader:
    """A named leader whose office decides a headline the leader leads (config home.leaders / leaders)."""

    name: str
    body: str  # a body of actors.BODIES, from the post
    region: Division
    post: str = ""


def body_of_post(post: str, default: str = "congress") -> str:
    """The body a post belongs to: 人大/主任 -> congress, 书记/党委 -> party, 省长/市长 -> government, 政协 -> cppcc."""
    if "政协" in post:
        return "cppcc"
    if "人大" in post or "常委会" in post:
        return "congress"
    if "书记" in post or "党委" in post or "委员" in post and "常委" in post:
        return "party"
    if re.search(r"[省市区县州镇乡]长|政府|主席", post):  # (政协主席 is the CPPCC's, above; 自治区主席 the government's)
        return "government"
    if "法院" in post:
        return "court"
    if "检察" in post:
        return "procuratorate"
    return default


def leaders_from_settings(settings: Any, gazetteer: Gazetteer | None = None) -> list[Leader]:
    """Leaders of a deployment's settings (home.leaders: the home's; leaders: those above and beside it)."""
    gaz = gazetteer or default_gazetteer
    home = gaz.resolve(settings.home.region)
    out: list[Leader] = []
    for p in settings.home.leaders:
        region = gaz.resolve(p.region) if p.region else home
        out.append(Leader(dotted_key(p.name), body_of_post(p.post, "congress"), region, p.post))
    for p in settings.leaders:
        out.append(Leader(dotted_key(p.name), body_of_post(p.post, "party"), gaz.resolve(p.region), p.post))
    return out


# A unit's short name at a headline's head, before what it does (哈电集团与…, 辽宁工大校史馆…): ending in a unit's word.
SHORT_UNIT_HEAD = re.compile(r"^([\u4e00-\u9fff]{1,5}(?:集团|公司|工大|师大|农大|医大|科大|交大|财大|理工|大学|学院|医院))"
                             r"(?=与|和|携手|联合|召开|举行|举办|成功|荣获|获|校史馆|党委|[0-9]{4}年)")
# ... or any name before a partner it works with (中国东航与厦门市签署…, 中国能建葛洲坝集团与宜昌市…), on a company's or an
# institution's own site.
PARTNER_HEAD = re.compile(r"^([\u4e00-\u9fff]{3,12}?)(?=与|携手)")
UNIT_SITE_NAME = re.compile(r"(?:集团|公司|大学|学院|医院|研究院|研究所|科学院|银行)$")
PLACE_WORD_END = re.compile(r"(?:省|市|县|区|自治区|州|盟|旗)$")
# The words a site's name carries besides its unit's (某集团有限公司新闻网, 某大学新闻中心).
_SITE_NAME_TAIL = re.compile(r"(?:股份)?有限(?:责任)?公司|新闻网|新闻中心|门户网站|官网|网站|党委宣传部|宣传部")


def _own_short_name(head: str, source_name: str, institutions: Institutions) -> bool:
    """Whether the headline begins with the site's own unit by a short name, each of its characters found in order in
    the site's name and the first the same (not the whole name, which other rules read), or, on a company's or an
    institution's site, by any such name before a partner it works with (the whole name too)."""
    name = _SITE_NAME_TAIL.sub("", source_name)
    if len(name) < 4:
        return False
    m = SHORT_UNIT_HEAD.match(head)
    short = m.group(1) if m is not None and m.group(1) not in name else None
    if short is None and UNIT_SITE_NAME.search(name) and not CENTRAL_COMPANY.match(head) \
            and not CENTRAL_NAME.match(head):
        # (a central company's or institution's own news keeps its reading: 中国科学院与某省… on an institute's site is
        # the academy; and a place before its partner, 湖北省与…, is the place, whatever site)
        partner = PARTNER_HEAD.match(head)
        short = partner.group(1) if partner is not None and not PLACE_WORD_END.search(partner.group(1)) else None
    if short is None or short[0] != name[0] or (short.endswith(("大学", "学院", "医院", "学校")) and any(
            i.start == 0 and i.name == short and not name.startswith(i.name) for i in institutions.find(short))):
        return False  # (武汉大学 on 武汉理工大学's site: another university by its full name, a visitor)
    rest = iter(name)
    return all(ch in rest for ch in short)


# Delegations with no place named at a headline's head (代表团分组审议…, 各代表团全团…), unless the session above the
# site's is named (代表团分组审议省政府工作报告 on a city's site, …市政府工作报告 on a county's: its delegation there).
OWN_SESSION_DELEGATIONS = re.compile(r"^(?:各|全体)?代表团")
_SESSION_PAPER = r"(?:政府|人大|人民代表大会|第?[一二三四五六七八九十]+届|两会|人代会)"
HIGHER_SESSION_CITY = re.compile(r"(?:省|自治区|全国)" + _SESSION_PAPER)
HIGHER_SESSION_COUNTY = re.compile(r"(?:省|自治区|全国|市|州|盟)" + _SESSION_PAPER)
# (a county-level city's own government is 市政府: on its site 市 is no level above; and only the first phrase says whose
# session it is, not an attendee named after it, …省人大常委会副主任某某参加审议)
PHRASE_END = re.compile(r"[\s，,]")
# A leader called on (拜会某市委书记某某, 拜访某省长某某): the verb before the name in the same phrase.
LEADER_CALLED_ON = re.compile(r"(?:拜会|拜访)[^，,。：:\s！!；;丨｜|—]{0,24}$")


class RuleClassifier:
    """Rubric rules: the main actor's body and place against the home."""

    def __init__(self, home: Division, gazetteer: Gazetteer | None = None,
                 actors: ActorFinder | None = None, leaders: Iterable[Leader] = ()) -> None:
        """Create a classifier for a home region (leaders: named people decided by their office)."""
        self.home = home
        self.gazetteer = gazetteer or default_gazetteer
        self.actors = actors or default_actor_finder
        # one locator (its pinyin index and remembered sites) per finder, shared by every home's classifier
        self.locator = default_locator if self.actors.finder is default_locator.finder else SiteLocator(self.actors.finder)
        self._site_bodies: dict[str, str | None] = {}  # the body that runs a site, by the site's name
        self.leaders = sorted(leaders, key=lambda p: -len(p.name))
        # posts of people read from an item's own body, and (while Classifier.classify_all runs) from its batch
        self.reader = KnownPosts(self.actors.finder, self.gazetteer)
        self.known: KnownPosts | None = None

    # -- source evidence -------------------------------------------------------------------------------
    def site(self, item: Item) -> SiteRegion:
        """Where the publishing site is: configured region, else its name, host and opening text."""
        return self.locator.locate(item.source_name, item.url, item.text, item.source_region)

    def source_division(self, item: Item) -> Division | None:
        """The source's region (None when it stays unknown)."""
        return self.site(item).division

    def _outside_mainland_actor(self, item: Item, actor: Actor | None, source: Division | None) -> str | None:
        """Who acts, when Hong Kong's or Macao's officers or bodies do: named in the headline on a Hong Kong or Macao
        site (行政長官期望鄂澳合作…, 林郑周日率团访武汉), or nothing but a mainland place named on their
        government's or organisations' own site (澳闽达至多项合作共识, 湖北•武汉澳门周 on 澳门特别行政区政府新闻局:
        the place is the partner or destination, not the actor). None otherwise: a mainland body named on their
        news sites (湖北书记应勇…, 政治局会议…) keeps its own place."""
        bare = COLUMN_TAG.sub("", item.title)
        if OUTSIDE_OWN_BODY.match(bare) and self._outside_site(item):
            return item.source_name or "港澳台地区的网站"  # their office by its own word (本署於…辦理…): it acts
        officer = OUTSIDE_MAINLAND_OFFICER.match(bare)
        if officer is not None:
            return officer.group(0)  # (their chief executive by name at the head, on any site: 林鄭月娥率團訪鄂武漢)
        named_theirs = OUTSIDE_MAINLAND_NEWS_NAME.match(item.source_name or "") is not None
        if source is not None and not named_theirs:
            return None  # (a site named 香港…/澳门… is theirs, whatever its host's letters, zh.hk01.com, spell)
        host = (urlsplit(item.url or "").hostname or "").lower()
        official = bool(OUTSIDE_MAINLAND_OFFICIAL_HOST.search(host)
                        or OUTSIDE_MAINLAND_OFFICIAL_NAME.search(item.source_name or ""))
        if not official and not named_theirs and not OUTSIDE_MAINLAND_NEWS_HOST.search(host):
            return None
        if official and actor is not None and actor.source == "headline" and actor.via == "name":
            goes = OUTSIDE_SITE_VISIT.search(bare)
            if goes is not None and actor.text in bare[:goes.start()] and not GOING_TO.search(bare, 0, goes.start()) \
                    and not VISITING_PARTY.match(bare, goes.end()):
                # a mainland body or place named before the first visit word (泉州台商投资区拜访香港工业总会,
                # 福建省人大常委会代表团拜访香港中华总商会): the visitor acts, whoever it visits; not the place their own
                # side goes to (会长一行赴泉州考察, 青年委员会福建泉州考察团…, 福州考察之行…)
                return None
        named = OUTSIDE_MAINLAND_ACTOR.search(bare)
        if named is not None:
            leader = national_leader(item.title, item.published_at, item.url, source)
            if leader is not None and leader[2] < named.start():
                named = None  # a national leader leading (某某抵澳门与特区政府官员交流): the leader acts
        if named is not None and (actor is None or actor.region is None or actor.region.level != "nation"
                                  or actor.body == "public" or not 0 <= bare.find(actor.text) < named.start()):
            # (a national body named after their officer who acts on it, 行政長官…聽取澳區全國人大代表意見: the officer
            # leads)
            return named.group(0)
        if official and (actor is None or (actor.body in ("public", "delegation", "massorg")
                                           and (actor.region is None or actor.region.level != "nation"))):
            return item.source_name or host
        if official and actor is not None and actor.via == "context" and actor.region is not None \
                and actor.region.level != "nation":
            # a body named with no place of its own on their government's site, placed only by the mainland place
            # it visits (民政事務局局長訪問福州及泉州): their own office, the place its destination
            return item.source_name or host
        return None

    def _reaction(self, item: Item, source: Division | None) -> Actor | None:
        """The place where a speech or a meeting met a response (…重要讲话在毕节广大干部群众中引发热烈反响, …在我市引起强烈
        反响), or that answers the General Secretary's charge (习近平总书记“林区三问”的伊春答卷): its people react, and
        they are the story, not the speaker (a relative word is the site's place)."""
        said = REACTION.search(item.title) or (
            PLACE_ANSWER.search(item.title) if CHARGE_AUTHOR.match(COLUMN_TAG.sub("", item.title)) else None)
        if said is None:
            return None
        where = said.group("where")
        body = self.actors.find(where, "", source)
        if body is not None and body.body != "public" and body.region is not None and body.via != "source":
            return body  # a body where it met the response (…精神在省人大常委会机关引起强烈反响): that body
        for m in self.actors.finder.find(where, source):
            if m.division is None or m.how == "nation":
                continue
            if m.how == "relative":
                return Actor("public", source, where, "headline", "relative") if source is not None else None
            return Actor("public", m.division, where, "headline", "name")
        return None

    @staticmethod
    def _national_session_voice(item: Item) -> bool:
        """Whether a headline quotes a CPPCC member by name, or deputies or members with no name, or names the
        session's press corridor (代表通道), in March (the national session's month)."""
        if headline_month(item.published_at, item.url)[5:7] != "03":
            return False
        head = COLUMN_TAG.sub("", item.title).lstrip("：:")
        if SESSION_CORRIDOR.search(head):
            return True  # (9名代表亮相“代表通道”: the corridor of the session, the national one in its month)
        named = NAMED_MEMBER.match(head)
        if named is not None and head[:2] not in ("人大", "政协", "全国", "代表"):
            return "委员" in named.group(0)
        return UNNAMED_MEMBERS.match(head) is not None

    def _national_member(self, item: Item, source: Division | None) -> Actor | None:
        """A national deputy or CPPCC member leading the headline (NATIONAL_MEMBER_HEAD): his placed post's body, or
        the site's province's delegation or members at the national session; None when neither is said."""
        head = COLUMN_TAG.sub("", item.title)
        m = NATIONAL_MEMBER_HEAD.match(head)
        if m is None or source is None or source.level == "nation":
            return None
        rest = m.group("rest").lstrip("、")
        if rest:
            placed = self.actors.find(rest, "", source)
            if placed is not None and placed.region is not None and placed.via not in ("relative", "source") \
                    and placed.region.level != "nation" and placed.body != "public":
                return placed  # (全国政协常委、河南省政协副主席某某: the provincial CPPCC's vice-chairman)
        if not NATIONAL_MEMBER_AT_SESSION.search(head, m.end()):
            return None
        province = self.gazetteer.at_level(source, "province")
        if province is None:
            return None
        body = "delegation" if "人大" in m.group("member") else "cppcc"
        return Actor(body, province, m.group("member"), "headline", "name")

    @staticmethod
    def _outside_site(item: Item) -> bool:
        """Whether the publishing site is Hong Kong's, Macao's or Taiwan's, by its host or its name."""
        return outside_mainland_host(urlsplit(item.url or "").hostname or "") \
            or bool(OUTSIDE_MAINLAND_NAME.match(item.source_name or ""))

    def _outside_members(self, item: Item) -> re.Match[str] | None:
        """Hong Kong's, Macao's or Taiwan's deputies or members as the headline's actor: leading it, owning the meeting
        a leader attends, or reacting in a clause of their own; their press's words (港区人大…) only where no mainland
        zone can be meant. So are Hong Kong's or Macao's people at large leading it (香港各界…)."""
        bare = COLUMN_TAG.sub("", item.title)
        lead_in = COLON_LEAD_IN.match(bare)
        people = OUTSIDE_MAINLAND_PEOPLE.match(bare, lead_in.end() if lead_in else 0)
        if people is not None:
            return people
        outside_site = self._outside_site(item)
        for at in (0, *(m.end() for m in (MEMBERS_MEETING_ATTENDED.match(bare), MEMBERS_REACTING.search(bare)) if m)):
            found = OUTSIDE_MAINLAND_MEMBERS.match(bare[at:])
            if found is None:
                found = OUTSIDE_PRESS_MEMBERS.match(bare[at:])
                if found is not None and not outside_site and not OUTSIDE_PRESS_ONLY.search(found.group(0)):
                    found = None
            if found is not None:
                return found
        return None

    @staticmethod
    def _carried_to(title: str, actor: Actor) -> bool:
        """Whether a headline of the 把 form names its one place only after a verb of carrying (把…带到北京): where
        something goes, its subject left out."""
        bare = COLUMN_TAG.sub("", title)
        at = bare.find(actor.text)
        return bare.startswith("把") and at > 2 and CARRIED_TO.search(bare, 0, at) is not None

    @staticmethod
    def _place_visited(title: str, actor: Actor) -> bool:
        """Whether the place read as the actor is where someone unnamed goes (到某区调研), not the one who goes (某区深入
        企业指导…: the place named before the verb of going is its subject)."""
        bare = COLUMN_TAG.sub("", title)
        visit = VISIT.search(bare)
        if visit is None:
            return False
        at = bare.find(actor.text)
        # (a place receiving the visit, 某区企业迎来市领导到访调研, is where the site's body goes all the same)
        return not (0 <= at < visit.start("go")) or RECEIVES.search(bare, at, visit.start("go")) is not None

    @staticmethod
    def _relay_names_actor(title: str) -> bool:
        """Whether the words after the spirit relayed name someone acting there (…精神中央宣讲团湖北报告会举行,
        …精神 全国人大常委会举办…): then no relaying by the site's own body is read."""
        end = RELAYED_END.search(title)
        rest = title[end.end():] if end is not None else ""
        return bool(rest.strip()) and (NATIONAL.search(rest) is not None or RELAY_ACTOR_AFTER.search(rest) is not None)

    def _bare_party_organ(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """A party committee's department named bare at the head (统战部贯彻市委…全会精神, 政法委组织开展… on a city's or
        a zone's site), no place named: the site's place's department, as 市委统战部 would be; not what a body or
        place named at the head does (市委统战部…, 某县…), nor a person of the department (宣传部部长某某…)."""
        if source is None or source.level not in ("province", "city", "county"):
            return None
        title = COLUMN_TAG.sub("", item.title)
        organ = BARE_PARTY_ORGAN.match(title)
        if organ is None or (actor is not None and actor.source == "headline" and title.find(actor.text) == 0):
            return None
        if any(m.division is not None and m.how not in ("relative", "nation") for m in self.actors.finder.find(title)):
            return None
        # (the committee's level word as the site's place writes it: 省委, 市委, 州委, 盟委, 地委, 县委, 区委, 旗委)
        level = "省" if source.level == "province" else source.name[-1] if source.level == "county" else \
            "州" if "自治州" in source.name else "盟" if source.name.endswith("盟") else \
            "地" if source.name.endswith("地区") else "市"
        return Actor("party", source, f"{level}委{organ.group(0)}", "headline", "relative")

    def _site_body(self, item: Item) -> str | None:
        """The body that runs the publishing site, from its name (某市人大常委会 -> congress)."""
        name = item.source_name or ""
        if name in self._site_bodies:
            return self._site_bodies[name]
        found = next((body for _s, _e, body in self.actors._bodies(name) if body != "public"), None)
        national = NATIONAL.search(name) if found is None else None
        if national is not None:
            # a central body's own site named without a body word (中华人民共和国公安部, 国家统计局): that body
            found = next((b for p, b in NATIONAL_BODY if p.search(national.group(0))), "government")
        if found is None and DEPARTMENT_COMMISSION.search(name):
            # a government department named as a commission (某市卫生和计划生育委员会, 某省发展和改革委员会)
            found = "government"
        if len(self._site_bodies) < 10_000:  # a site's items share its name
            self._site_bodies[name] = found
        return found

    def _appointer(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """Someone appointed to a party committee's post (某某任某省委书记): the committee one level up appoints (the
        Central Committee a province's secretaries, a province's committee a city's), not the place named; an acting
        head of government decided on (ACTING_HEAD_DECIDED): the place's congress standing committee."""
        title = COLUMN_TAG.sub("", item.title)
        acting = ACTING_HEAD_DECIDED.search(title) if "代" in title else None
        if acting is not None:
            post = acting.group("post")
            level = ACTING_HEAD_LEVEL[acting.group("head")]
            named = [x.division for x in self.actors.finder.find(post, source) if x.division is not None
                     and x.how not in ("nation", "relative")]
            # the post's own place: the innermost of the places it names (九江市濂溪区代区长: the district's), else
            # the site's place of the post's level (代市长 on a city's site)
            place = next((d for d in reversed(named) if d.level == level or (level == "city" and d.level == "county"
                                                                            and acting.group("head") == "市长")), None)
            if place is None and not named:
                up = self.actors.finder.relative_division(acting.group("head")[0], source, title)
                place = up if up is not None and up.level == level else None
            if place is not None:
                return Actor("congress", place, f"{place.name}人大常委会（决定{post}）", "headline", "name")
        if "任" not in item.title:
            return actor
        m = APPOINTED.search(title)
        if m is None:
            return actor
        place = next((x.division for x in self.actors.finder.find(m.group("post"), source)
                      if x.division is not None and x.how not in ("nation", "relative")), None)
        if place is None or place.level == "nation":
            return actor
        if place.level == "province":
            return Actor("party", self.gazetteer.nation, "中共中央（任命）", "headline", "name")
        by = self.gazetteer.ancestors_of(place)[0]
        return Actor("party", by, f"{by.name}党委（任命）", "headline", "name")

    def _electors(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """Someone elected to a post a people's congress fills (某某当选为省人大常委会主任, 某某当选市长, 习近平当选
        国家主席): that congress elects, at the post's place (the nation's for a national post)."""
        if "当选" not in item.title:
            return actor
        m = ELECTED.search(COLUMN_TAG.sub("", item.title))
        if m is None:
            return actor
        post = m.group("post")
        if NATIONAL_POST_WORD.search(post):
            return Actor("congress", self.gazetteer.nation, "全国人民代表大会（选举）", "headline", "name")
        named = [(x, x.division) for x in self.actors.finder.find(post, source)
                 if x.division is not None and x.how != "nation"]
        if not named:
            if actor is not None and actor.region is not None and actor.region.level != "nation" \
                    and actor.body in ("government", "public", "congress", "court", "procuratorate") \
                    and (actor.source == "headline" or actor.via == "source"):
                # a bare post (慕德贵当选副省长, 廖建华当选区长) at a place the headline or its site gives (贵州十一届
                # 六次会议闭幕…, 开福区选举出新一届领导班子…): that place's congress elects
                return Actor("congress", actor.region, f"{actor.region.name}人民代表大会（选举）", actor.source,
                             actor.via)
            return actor
        place, where = named[0]
        for x, d in named[1:]:
            # the post's own place is the innermost of a chain (上海市虹口区区长: the district's congress elects)
            if any(a.code == where.code for a in self.gazetteer.ancestors_of(d)):
                place, where = x, d
        return Actor("congress", where, f"{where.name}人民代表大会（选举）", "headline",
                     "relative" if place.how == "relative" else "name")

    def _document_issuer(self, item: Item, actor: Actor, source: Division) -> Actor:
        """A document's title (某某关于…的通知, 关于同意…的批复, a court's 裁定书) is issued by the body before 关于,
        else by the site's own body: the places inside the 关于 clause, or a case's parties, are what it is about."""
        title = COLUMN_TAG.sub("", item.title)
        doc = DOC_ABOUT.match(title) if "关于" in title else None
        if doc is not None and 0 <= title.find(actor.text) >= doc.start("about"):
            issuer = doc.group("issuer").strip()
            if issuer:
                by = self.actors.find(issuer, "", source)
                if by is not None and by.body == "public" and by.region is not None and by.via == "name" \
                        and self._only_places(issuer, source) and RECTIFICATION.search(title, doc.start("about")):
                    # a place reporting on its rectification after an inspection by the party above (某区关于…巡视整改
                    # 进展情况的通报): the inspected party committee's report, not the place's situation
                    return Actor("party", by.region, f"{issuer}（党委）", "headline", "name")
                return by if by is not None and by.source == "headline" else actor
            if ISSUES_OWN_RULES.match(title) and actor.body in ("congress", "cppcc"):
                return actor  # (its own rules issued, 关于印发《区人大常务委员会…办法》的通知: that body's, not the site's)
            if source.level != "nation" and "〔" in title and NATIONAL_DOC_NUMBER.search(title):
                # a national body's document relayed on a local site: its number names the issuer
                return Actor("government", self.gazetteer.nation, "中央国家机关（按文号）", "headline", "name")
        elif not (COURT_PAPER.search(title) and self._site_body(item) in ("court", "procuratorate")):
            return actor
        body = self._site_body(item)
        if body is None and INSTITUTION_SITE.search(item.source_name or "") and actor.region is not None \
                and in_book_title(title, title.find(actor.text)):
            # a school's or hospital's own notice on a document it cites (关于学习《湖北省…纲要》的通知): the unit
            return Actor("public", source, item.source_name, "source", "source")
        return Actor(body, source, item.source_name, "source", "source") if body is not None else actor

    def _congress_form_actor(self, bare: str, actor: Actor | None, source: Division | None) -> Actor | None:
        """The actor as four headline forms about a congress's work decide it, else actor as it was: a street organising
        deputies, a delegation named by a town of the county site, a place holding its own body's meeting, a resolution
        on a report a congress hears."""
        street = STREET_ORGANISES_DEPUTIES.search(bare)
        if street is not None:
            county = self._street_county(street.group("street"), source)
            if county is not None:
                # a street organising deputies' activity (惜福镇街道组织区、市人大代表开展…): its 人大工委, which the
                # county's or district's standing committee sends there, acts (the corpus's convention; a town's own
                # congress is the town's, below), not the deputies of the levels it names
                actor = Actor("congress", county, f"{street.group('street')}人大工委", "headline", "name")
        if actor is not None and actor.body == "delegation" and actor.via == "source" and actor.region is not None \
                and actor.region.level == "county" and (named_at := bare.find("代表团")) >= 2:
            county = actor.region
            town = next((t for k in (2, 3) if named_at >= k and (t := self.actors.finder.township_by_short(
                bare[named_at - k:named_at], county)) is not None), None)
            if town is not None:
                # a delegation named by a town of the county site (周虔参加安沙代表团分团审议 on 长沙县's): the town's
                # delegation at the county's own session, not the county's at the city's
                actor = Actor("delegation", town, f"{town.name}代表团", "headline", "name")
        held = PLACE_HOLDS_MEETING.match(bare, len(actor.text)) if actor is not None and actor.body == "public" \
            and actor.region is not None and actor.region.level != "township" and actor.via == "name" and actor.text \
            and bare.startswith(actor.text) else None
        if actor is not None and held is not None and actor.region is not None \
                and (actor.text[-1] not in "市县区州旗" or held.group("level") == actor.text[-1]):
            # a place holding its own body's meeting (津市市召开…市政府常务会议, 湘乡市召开…市委常委会…会议): that body
            body = next(k for k in ("party", "government", "congress", "cppcc") if held.group(k))
            actor = Actor(body, actor.region, f"{actor.text}{held.group(body)}", "headline", "name")
        if actor is None or not RESOLUTION_ON_REPORT.match(bare) or PARTY_RESOLUTION.search(bare):
            return actor
        resolves = actor.region or source
        if resolves is not None and resolves.level == "township" and resolves.parent:
            resolves = self.gazetteer.get(resolves.parent)  # (a street's or town's report: its county's congress)
        if resolves is not None and resolves.level != "nation":
            # a resolution on a body's work report, a budget or a plan (关于某区人民检察院工作报告的决议, 关于市政府工作报告
            # 的决议): the congress of the body's place resolves it (a people's congress hears the reports of the bodies
            # it elects), not the body
            actor = Actor("congress", resolves, f"{resolves.name}人民代表大会", "headline",
                          actor.via if actor.region is not None else "source")
        return actor

    def _street_county(self, street: str, source: Division | None) -> Division | None:
        """The county or district a street named (or left bare, 街道组织…) belongs to: the township's parent, or the
        site's place when that is a county."""
        if street == "街道":
            return source if source is not None and source.level == "county" else None
        towns = [m.division for m in self.actors.finder.find(street, source) if m.division is not None
                 and m.division.level == "township" and m.division.name.endswith("街道")]
        return self.gazetteer.get(towns[0].parent) if len(towns) == 1 and towns[0].parent else None

    def _only_places(self, text: str, source: Division) -> bool:
        """Whether text is nothing but places' names one after another (天津市静海区, 安溪县; not 安溪县融媒体中心)."""
        at = 0
        for m in self.actors.finder.find(text, source):
            if m.start != at or m.division is None or m.how in ("relative", "nation"):
                return False
            at = m.end
        return 0 < at == len(text)

    def _comes_here(self, title: str, after: int, source: Division) -> Division | None:
        """The site's place (or the one of its containing places) that 来 after a person's name comes to: 来我市 (the
        site's own), or a one-character short that only it, of the site's places, begins with (来兴 on 兴宁's site)."""
        come = title.find("来", after)
        if come < 0 or come > after + 2:
            return None
        if COMES_HERE.match(title, come):
            return source
        nxt = title[come + 1:come + 2]
        if not nxt or title[come + 2:come + 3] not in VISIT_ACTS_AFTER:
            return None
        chain = [d for d in (source, *self.gazetteer.ancestors_of(source)) if d.level in ("city", "county")]
        hits = [d for d in chain if d.short.startswith(nxt)]
        return hits[0] if len(hits) == 1 else None

    def _visitor_place(self, title: str, lead: tuple[str, str], source: Division | None) -> Division | None:
        """A guess at the place of a person whose office is unknown: the site's place, except that one who
        comes (来) to a place inside it comes from above it, and, on a site whose place is unknown, one who
        visits a county is taken as its city's and one who visits a city as its province's (held low)."""
        gaz = self.gazetteer
        after = title.find(lead[0]) + len(lead[0])
        verb_at = title.find(lead[1], after)
        party = 2 if lead[1] in ("一行", "带队") or title.startswith("率队", verb_at) else 0
        if not party and lead[1] in ("率", "带领") and (group := PERSONS_GROUP.match(title, verb_at + len(lead[1]))):
            party = group.end() - verb_at  # (某某带领调研组来咸调研, 某某率考察团来我市: where the group goes)
        goes_at = after  # (where the verb of going is looked for: after the name, or after the party he leads)
        if party and (going := PARTY_GOES.match(title, verb_at + party)) is not None:
            # (某某一行赴临潭县…, 某某带队来我市…, 某某率队来我区…: the verb after the party or the leading, as for
            # 某某赴临潭县…)
            lead = (lead[0], going.group(1))
            goes_at = going.start(1)
        found = [m for m in self.actors.finder.find(title[after:], source)
                 if m.division is not None and m.how not in ("relative", "nation")]
        led = LEADS_DELEGATION.match(title, after)
        if led is not None and found and found[0].start == led.end() - after \
                and DELEGATION_OF_PLACE.match(title, after + found[0].end):
            # one who leads a place's delegation (某某率商丘市党政考察团来洛) is that place's, wherever it goes
            return found[0].division
        visited = [m.division for m in found if m.division is not None]
        place = visited[-1] if visited else None  # the tail of a chain (某市某区): the most specific
        if place is not None and len(visited) > 1 and not any(
                a.code == visited[0].code for a in gaz.ancestors_of(place)):
            place = visited[0]
        if lead[1] in (":", "：") and place is not None and place.level != "nation":
            start = after + next(m.start for m in found if m.division is place)
            if place.code == CAPITAL_CODE and VOICES_BROUGHT.search(title, max(after, start - 2), start):
                # (one who brings the grassroots' voices to Beijing, 某某:将基层声音带到北京去: a national deputy or
                # member going to the national session)
                return gaz.nation
            if not QUOTE_GOES_TO.search(title, max(after, start - 2), start):
                # a person quoted (某某：…建设美好新海南…) speaks for the place the quote names, wherever the site is;
                # not for one the quote goes to
                return place
        if source is not None and source.level == "nation" and place is None \
                and WHOLE_LOCAL_MEETING_CHAIRED.match(title, after) is not None:
            # one who chairs a whole county's or city's meeting (某某主持召开全县秸秆禁烧工作会议, on a national site):
            # that place's leader, which place not said; not the nation the site stands for
            return None
        if source is not None:
            inside = place is not None and (place.code == source.code or any(
                a.code == source.code for a in gaz.ancestors_of(place)))
            if lead[1] == "来" and inside and source.level == "province" and place is not None \
                    and place.level == "county" and place.parent:
                # (on a province's site, one who comes to a county, 某某来新化县调研… on 湖南人大网: from the county's
                # city, not from above the province)
                return gaz.get(place.parent) or source
            if lead[1] == "来" and inside and source.parent:
                return gaz.get(source.parent) or source
            if (lead[1] in GOES_TO_VISIT or lead[1] in ("在", "来")) and place is not None and place.parent \
                    and place.level != "nation" \
                    and (place.code == source.code or any(a.code == place.code for a in gaz.ancestors_of(source))):
                end = next(m.end for m in found if m.division is place) + after
                if PLACE_THEN_VISIT.match(title, end):
                    # one who goes or comes to the site's own place, or to a place containing it, by its name (某某赴临潭县
                    # …调研 on 临潭's site, 某某莅泉调研 on a 晋江 portal, 某某带领调研组来咸调研 on a 泾阳 portal): from above
                    # that place; its own leaders go to the places inside it (a place's unit named after it,
                    # 某某到衡阳市中医医院调研, is no visit to the place)
                    return gaz.get(place.parent) or source
            here = self._comes_here(title, goes_at, source) if lead[1] == "来" and place is None else None
            if here is not None and here.parent:
                # one who comes to the site's own place by its one-character short or 我市 (某某来兴调研 on 兴宁's
                # site, 某某来包调研 on a 包头 district's, 某某来我市调研): from above that place
                return gaz.get(here.parent) or source
            return source
        if place is None or not place.parent or place.level not in ("county", "city"):
            return None
        return gaz.get(place.parent)

    @staticmethod
    def _leads_party_delegation(title: str, name: str) -> bool:
        """Whether the person named leads a party and government delegation (某某率商丘市党政考察团…), not one he meets."""
        at = title.find(name)
        led = LEADS_DELEGATION.match(title, at + len(name)) if at >= 0 else None
        return led is not None and PARTY_DELEGATION.match(title, led.end()) is not None

    def _topic_body(self, title: str) -> str | None:
        """A body the headline's subject names without a place (…地方人大工作, …政协履职): a guess at the
        body of a person whose office is unknown."""
        for start, end, body in self.actors._bodies(title):
            if body in TOPIC_BODIES:
                return body
            if body == "deputies" and VISITS_DEPUTIES.search(title, max(0, start - 8), end):
                # (one who visits a level's deputies, 张宗云来莆田调研:走访看望省人大代表: that level's congress keeps in
                # touch with its deputies, whose leaders do such visits)
                return "congress"
        return None

    def _leader(self, title: str, actor: Actor | None) -> Actor | None:
        """A configured leader leading the headline, before any other named body."""
        dotted = dotted_key(title)  # (one character for one: the positions stay the title's)
        for p in self.leaders:
            pos = dotted.find(p.name)
            if pos < 0 or pos > 12:
                continue
            if actor is not None and actor.text and 0 <= title.find(actor.text) < pos and actor.body != "public":
                continue  # another body is named first: it leads
            after = pos + len(p.name)
            if actor is not None and actor.region is not None and actor.body in AUTHORITY_BODIES and \
                    ATTEND_AFTER.match(title, after) and title.find(actor.text, after) > after:
                return None  # the leader attends a meeting another body owns: the owner decides (RUBRIC)
            return Actor(p.body, p.region, p.name + (f"（{p.post}）" if p.post else ""), "headline", "name")
        return None

    def _national_leader(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """A national leader (processing/data/national_leaders.json) leading the headline, acting: the national
        body of the post held at the headline's date, before any body named after the name."""
        found = national_leader(item.title, item.published_at, item.url, source)
        if found is None:
            return None
        leader, term, pos = found
        return self._leader_acts(item, actor, pos, self.gazetteer.nation, leader.name, term.post, term.body)

    @staticmethod
    def _hosts_national_leader(item: Item, source: Division | None) -> bool:
        """Whether a province's or city's leader heads the headline and receives the national one named after him
        (于伟国唐登杰与工业和信息化部部长苗圩一行座谈, 某某会见某部长某某一行): the host acts, as the corpus reads the
        first-named host (a companion, 某某陪同某某考察, does not)."""
        national = national_leader(item.title, item.published_at, item.url, source)
        local = provincial_leader(item.title, item.published_at, item.url, source) or (
            city_leader(item.title, item.published_at, item.url, source) if source is not None else None)
        if national is None or local is None or not local[2] < national[2]:
            return False
        between = item.title[local[2]:national[2]]
        return HOSTS_VISITOR.search(between) is not None and "陪同" not in between

    def _local_post_then(self, name: str, when: str) -> tuple[str, Division] | None:
        """The one local post (and its place) a national leader held in the month when, if he held no national post
        then; None for a name many local officials bear (the table's `common`) or a month of two posts (a move)."""
        leader = NATIONAL_LEADERS.get(dotted_key(name))
        if leader is None or leader.common or leader.term_at(when) is not None:  # (undated, any term counts)
            return None
        held = [(post, code) for post, code, start, end in leader.local if start <= when <= end]
        region = self.gazetteer.get(held[0][1]) if len(held) == 1 else None
        return (held[0][0], region) if region is not None else None

    def _national_leader_then_local(self, item: Item, name: str) -> Actor | None:
        """The province's body of the one local post a national leader named at the head held in the headline's month,
        when he held no national post then (dated headlines only)."""
        when = headline_month(item.published_at, item.url)
        then = self._local_post_then(name, when) if when else None
        if then is None:
            return None
        post, region = then
        return Actor(body_of_post(post, "government"), region, f"{name}（{post}）", "headline", "name")

    def _before_national_post(self, item: Item, actor: Actor) -> Actor:
        """A national leader's name read as the nation (瞻仰英模雕像……蔡奇利用一整天时间调研密云区, 2021) in a month he
        held no national post but headed a province (北京市委书记 2017-2022): that province's body of the post then. Not
        a name many local officials bear, nor a month of two posts: the nation stays, unsure of which. (The name read
        acting at the headline's head is dated already, _provincial_leader.)"""
        then = self._local_post_then(actor.text, headline_month(item.published_at, item.url))
        if then is None:
            return actor
        post, region = then
        return Actor(body_of_post(post, "party"), region, f"{actor.text}（{post}）", actor.source, actor.via)

    def _provincial_leader(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """A provincial leader (processing/data/provincial_leaders.json) leading the headline, acting: that province's
        body of the post held at the headline's date, before any body named after the name."""
        return self._placed_leader(item, actor, provincial_leader(item.title, item.published_at, item.url, source))

    def _city_leader(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """A city's leader (processing/data/city_leaders.json) leading the headline on a site of his city, acting:
        that city's body of the post held at the headline's date."""
        return self._placed_leader(item, actor, city_leader(item.title, item.published_at, item.url, source))

    def _posted_city_leader(self, item: Item, actor: Actor | None, source: Division | None) -> Actor | None:
        """A city's leader written after his post (市委书记某某…) on a site that is no city's or county's: that city's body
        of the post. The bare level word read as the actor (市委, placed by the site or not at all) is his post."""
        found = posted_city_leader(item.title, item.published_at, item.url, source)
        if found is None:
            return None
        if actor is not None and actor.via in ("relative", "none", "subunit") and actor.text:
            at = item.title.find(actor.text)
            if 0 <= at < found[2] <= at + POST_WORD_SPAN:
                actor = None
        return self._placed_leader(item, actor, found)

    def _congress_of_work(self, work: re.Match[str], source: Division | None, what: str,
                          site_ok: bool) -> Actor | None:
        """The congress whose work a headline's head names (a law check, a deputies' election): that of the place
        alone before it (高台 检查…, 洛江区区、乡两级人大代表换届选举…; a town's own is its, no congress's), else,
        with nothing before it and site_ok, the site's place's or the one of its level word (省十一届人大代表选举…)."""
        place = (work.groupdict().get("place") or "").strip()
        if place:
            found = [m for m in self.actors.finder.find(place, source) if m.division is not None
                     and m.how not in ("relative", "nation")]
            whole = found[0].division if found and found[0].start == 0 and found[0].end == len(place) else None
            if whole is None or whole.level in ("township", "village"):
                return None
            return Actor("congress", whole, f"{place}人大常委会（{what}）", "headline", "name")
        if source is None or not site_ok:
            return None
        level = next((m.division for m in self.actors.finder.find(work.group(0), source)
                      if m.how == "relative" and m.start == 0 and m.division is not None), None)
        return Actor("congress", level or source, f"人大常委会（{what}）", "headline", "relative")

    def _placed_leader(self, item: Item, actor: Actor | None,
                       found: tuple[ProvincialLeader, ProvincialTerm, int] | None) -> Actor | None:
        """The body of the post a province's or city's leader found at the headline's head holds, at its place."""
        if found is None:
            return None
        leader, term, pos = found
        region = self.gazetteer.get(term.region)
        if region is None:
            return None
        if JOINS_DELEGATION.match(item.title, pos + len(leader.name)):
            # a province's or city's leader joining a delegation's deliberation at a congress session (崔永辉参加市十六届
            # 人大六次会议代表团分组审议, 王忠林参加省十三届人大七次会议武汉代表团审议): the session's, whose meeting it is
            # (RUBRIC: a leader at a meeting another body owns), as for one of unknown post; the national leaders
            # joining the NPC's delegations stay theirs, as the corpus codes them
            return None
        head_of = ORG_HEAD_AFTER.match(item.title, pos + len(leader.name))
        if head_of is not None:
            # (陈文浩会长赴常德…: the head of his place's association, not his post's body)
            return self._leader_acts(item, actor, pos, region, leader.name, head_of.group(0), "massorg")
        return self._leader_acts(item, actor, pos, region, leader.name, term.post, term.body)

    @staticmethod
    def _leader_acts(item: Item, actor: Actor | None, pos: int, region: Division, name: str, post: str,
                     body: str) -> Actor | None:
        """The leader named at pos acts as the body of the post in region, unless a place or body of another
        region is named before the name (某省…，国务委员某某…; 某市…，省长某某…): that one leads; a bare place in an
        earlier phrase does not when the leader instructs on what it reports (河北一化工企业发生火灾 某某要求…)."""
        if actor is not None and actor.text and actor.source == "headline" and 0 <= item.title.find(actor.text) < pos \
                and not (actor.region is not None and actor.region.code == region.code) \
                and not (actor.body == "public" and LEADER_INSTRUCTS.match(item.title, pos + len(name))
                         and LEADER_PHRASE_BREAK.search(item.title, item.title.find(actor.text), pos)):
            return None
        if actor is not None and LEADER_CALLED_ON.search(item.title, 0, pos) is not None:
            # the leader called on (校领导拜会某省委常委、某市委书记某某, 某集团拜访某市长某某): the caller acts (not 走访,
            # which the leader does: 节前走访慰问 某某看望…)
            return None
        return Actor(body, region, f"{name}（{post}）", "headline", "name")

    def _relative_from_site(self, title: str, actor: Actor) -> bool:
        """Whether the actor is a relative word (市长, 县委) placed by the site alone: no place named in the headline."""
        return actor.via in ("relative", "subunit") and RELATIVE_LEAD.match(actor.text) is not None \
            and not any(m.division is not None and m.how != "relative" for m in self.actors.finder.find(title, None))

    @staticmethod
    def _zone_named(title: str, actor: Actor) -> bool:
        """Whether a zone's name follows the actor's place in the headline (泉州台商投资区…: the zone, a peer of the
        city's districts)."""
        at = title.find(actor.text) if actor.text else -1
        return at >= 0 and ZONE_AFTER.match(title, at + len(actor.text)) is not None

    def _level_above_site(self, actor: Actor, source: Division) -> bool:
        """Whether the actor is a level word naming a place above the site's (省公园办一行… on a district's site: the
        province's office visits, not someone unnamed from the site's own place; so does 全市… on a district's site,
        the city's people at large)."""
        # (so is one of unknown post guessed from above, 辜清赴景德镇开展专题调研 on 景德镇's own 民盟 site: he comes to the
        # site's place from outside it, not its own body going there)
        return actor.via in ("relative", "person") and actor.region is not None \
            and self.gazetteer.relation(actor.region, source) == "inside"

    def _own_title(self, title: str, actor: Actor, source: Division) -> bool:
        """The only place named is the site's own, inside a cited title (关于《某市某条例（草案）》征求意见):
        the site's own body acts on its own place's act; or a place above the site, inside the title of an act in
        force there whose carrying out is checked (对《临汾市…办法》贯彻执行情况开展执法调研 on 曲沃人大): the site's
        body checks it at home (not a higher body's group coming to check it, nor a report's title)."""
        at = title.find(actor.text) if actor.text else -1
        if not (actor.source == "headline" and actor.region is not None and at >= 0 and in_book_title(title, at)):
            return False
        if actor.region.code == source.code:
            return True
        return IMPLEMENTATION_CHECKED.search(title, title.find("》", at)) is not None \
            and CHECKING_GROUP_COMES.search(title) is None \
            and any(a.code == actor.region.code for a in self.gazetteer.ancestors_of(source))

    def _known_post(self, item: Item, name: str, source: Division | None) -> tuple[KnownPost | None, bool]:
        """The post of a person leading the headline as the item's own body writes it before the name (and True), else
        as the other items of its batch do (Classifier.classify_all)."""
        if item.text:
            posts = self.reader.read([name], to_simplified(item.text[:KNOWN_POST_TEXT_CHARS]), source,
                                     item.published_at, item.source_name)
            if posts:
                return posts[0], True
        known = self.known.of(name, source, item.published_at, item.source_name) if self.known is not None else None
        return known, False

    def unknown_person(self, item: Item) -> str | None:
        """The name leading an item's headline (simplified) whose office the rules could not tell, for a verdict on the
        person path."""
        lead = self.actors.person_lead(item.title, self.site(item).division)
        return lead[0] if lead is not None else None

    def _whole_place_meeting(self, title: str, lead: tuple[str, str], source: Division | None) -> Actor | None:
        """The whole place above the site's whose meeting a person leading the headline attends (某某出席全省…会议 on a
        city's site: the province), as the meeting's owner; None for another verb or meeting, a level the site does not
        place, or the site's own place (whose meeting its party or its government may hold)."""
        if lead[1] not in ("出席", "参加"):
            return None
        at = title.find(lead[1], title.find(lead[0]) + len(lead[0]))
        meeting = WHOLE_PLACE_MEETING.match(title, at + len(lead[1])) if at >= 0 else None
        if meeting is None:
            return None
        place = self.actors.finder.relative_division(meeting.group("level"), source, title)
        if place is None or source is None or place.code == source.code:
            return None  # (the site's own place's meeting, 全市… on a city's site: its party's or its government's)
        return Actor("public", place, meeting.group(0), "headline", "relative")

    def _site_post_leads(self, item: Item, name: str) -> bool:
        """Whether the name leading the headline has a post of the site's own body right after it (宋书杰副主任开展接待
        代表日活动 on 郑州人大's site): that body's leader acts, whatever body word follows (the deputies he receives)."""
        pattern = OWN_BODY_POST_AFTER_NAME.get(self._site_body(item) or "")
        return pattern is not None and pattern.match(COLUMN_TAG.sub("", item.title), len(name)) is not None

    def _led_by_unknown_person(self, title: str, actor: Actor | None, lead: tuple[str, str]) -> bool:
        """Whether a person-led headline's actor is the person (a visit, a quote), not a body named after."""
        if actor is None or actor.body == "public" or actor.source != "headline":
            return True
        if lead[1] not in VISIT_VERBS:
            return False  # 某某主持/出席 X 会议: the owner of the meeting decides
        verb_at = title.find(lead[1], title.find(lead[0]) + len(lead[0]))  # (after a post, 某某局长在…)
        if lead[1] == "在" and AT_MEETING.match(title, verb_at + 1):
            return False  # 某某在 X 会议上讲话: so does the owner of that meeting
        led_from = verb_at + len(lead[1]) + (1 if title.startswith("率领", verb_at) and lead[1] == "率" else 0)
        body_at = title.find(actor.text, led_from) if actor.text else -1
        if lead[1] in ("率", "率领", "带领") and actor.region is not None and actor.via in ("name", "relative") \
                and body_at == led_from and LED_GROUP.match(title, body_at + len(actor.text)):
            return False  # 某某率某省政协调研组来…: the body whose group he leads acts, whatever his post
        at = title.find(actor.text) if actor.text else -1
        # (a "body" that begins with the person's name is the post read as one: 某某局长 is no 某某局)
        return at < 0 or at >= title.find(lead[0])

    # -- rules -----------------------------------------------------------------------------------------
    def _delegation_kind(self, region: Division, text: str = "", title: str = "") -> tuple[str, str]:
        """Kind for a delegation of region at the congress of its parent region (text: the delegation's words; a
        city's NPC deputies are no delegation; title: the headline)."""
        gaz = self.gazetteer
        rel = gaz.relation(self.home, region)
        parent = gaz.get(region.parent) if region.parent else None
        if rel == "self" and "全国人大" in text and region.level != "province":
            # a city's NPC deputies: no delegation of a city sits at the NPC (they sit in their province's), so they
            # are deputies of the place acting (下情; the corpus's gold is split on this, four rows to two)
            return "lower", "本地选出的全国人大代表"
        if rel == "self":
            return "internal", "本级代表团"
        if rel == "inside" and "全国人大" in text and region.level != "province" and not NPC_SESSION_CUE.search(title):
            # (so for the province above: its cities' NPC deputies at work between sessions, 全国人大代表常德小组开展专题
            # 调研, are no delegation; at the national session they sit in the province's, and are read so)
            return "lower", "辖区选出的全国人大代表"
        if parent is not None and parent.code == self.home.code:
            return "internal", "辖区代表团出席本级人代会"
        if rel == "above":
            return "upper", "上级代表团"
        if rel == "inside":
            return "lower", "辖区代表团"
        return "external", "外地代表团"

    @staticmethod
    def _deputy_facility_built(title: str) -> bool:
        """Whether the headline reports the place's deputy liaison stations, homes or offices built, opened or covering
        it (龙港市人大代表华中社区联络点揭牌, 江西新余人大代表工作室实现全覆盖, 河海街道人大代表之家全部建成到位): the
        standing committee's deputy work, wherever the station stands; not a town's own deputies' (中新镇人大代表…联络站:
        a town has its own congress; a street has none, its 人大工委 being the district committee's)."""
        built = DEPUTY_FACILITY_BUILT.search(title)
        if built is None:
            return False
        if built.group(0)[0].isdigit():
            return True  # (a count of the place's stations: its system)
        deputies = title.rfind("代表", 0, built.start() + 2)
        # (a first station of a zone or unit, 航空港区首个人大代表联络室揭牌, is that zone's or unit's, not the place's)
        return deputies < 0 or not (TOWN_DEPUTIES.search(title, max(0, deputies - 4), deputies)
                                    or FIRST_OF.search(title, max(0, deputies - 4), deputies))

    def _meeting_watched(self, bare: str, watched: re.Match[str], source: Division | None) -> Actor | None:
        """The owner of a work meeting a place or unit takes part in by television or video (WATCHES_HIGHER_MEETING): the
        nation for 全国, else the province or city, by the level word, of the viewer's place where the headline names it
        (应城市收听收看全省…), or of the site's. None when that place is not known."""
        level, meeting = watched.group("level"), bare[watched.start("level"):watched.end()]
        if level == "全国":
            return Actor("government", self.gazetteer.nation, meeting, "headline", "context")
        viewer = next((m.division for m in self.actors.finder.find(watched.group("viewer"), source) if m.start == 0
                       and m.division is not None and m.how != "nation"), None)
        base = viewer or (source if source is not None and source.level != "nation" else None)
        owner = self.gazetteer.at_level(base, "province" if level.endswith("省") else "city") if base is not None else None
        return Actor("government", owner, meeting, "headline", "context") if owner is not None else None

    def _bare_group(self, bare: str, group: re.Match[str], source: Division | None) -> Actor | None:
        """The place of a working group named by no body (BARE_GROUP_GOES): the site's place at the group's level word
        (省调研组来漳州 on 福建's portal: 福建省), or, with none, the nation when it goes to a province (调研组来江苏调研:
        none but a central group visits a province unnamed). None when neither is known."""
        level = {"省": "province", "市": "city", "县": "county", "区": "county"}.get(group.group("level") or "")
        if level is not None:
            place = self.gazetteer.at_level(source, level) if source is not None and source.level != "nation" else None
            return Actor("government", place, group.group("who"), "headline", "relative") if place is not None else None
        goes_to = next((m.division for m in self.actors.finder.find(bare, source) if m.start == group.end()
                        and m.division is not None and m.how not in ("relative", "nation")), None)
        if goes_to is None or goes_to.level != "province":
            return None
        return Actor("government", self.gazetteer.nation, group.group("who"), "headline", "context")

    def decide(self, actor: Actor, place: Division, title: str = "") -> tuple[str, str]:
        """Kind and relation label for an actor placed in a region."""
        rel = self.gazetteer.relation(self.home, place)
        body = actor.body
        if body == "delegation":
            return self._delegation_kind(place, actor.text, title)
        if actor.via == "subunit":
            # a named unit below a place: inside the home when the place is the home or inside it; for a
            # home inside that place it is more likely one of the home's peers (held low, SUBUNIT_CONF)
            if rel in ("self", "inside"):
                return "lower", "辖区内基层单位"
            return "external", "上级地区内的基层单位（未写明所在的下级地区）" if rel == "above" else "外地基层单位"
        if body == "massorg":
            # democratic parties and mass organisations: not the party committee
            if rel in ("self", "inside"):
                return "lower", ("本级" if rel == "self" else "辖区内") + BODY_LABELS[body]
            # (a national people's organisation, 全国妇联, 共青团中央 or 中国科协, is above every home; so is a national
            # society or association, 中国某学会 or 中国某协会, by the corpus's convention: the nation's bodies are read
            # as 上情 (processing/models/data/NOTICE), held unsure (RuleClassifier.held) as no authority over the home)
            if rel == "above":
                return "upper", "上级" + BODY_LABELS[body]
            return "external", "非本地" + BODY_LABELS[body]
        if body == "deputies" and place.level == "nation":
            # national deputies (全国人大代表某某, 代表委员 at the national session): deputies of the congress
            # above every home (RUBRIC: deputies and members act for their congress's level)
            return "upper", "全国人大代表"
        if body == "deputies" and rel == "self" and not PARTY_DELEGATES.search(title) and (
                DEPUTIES_IN_SESSION.search(title) or NAMED_DEPUTY.match(COLUMN_TAG.sub("", title))):
            # (a deputy quoted by name, 某某代表：…, speaks at the session: R's congress at work)
            return "internal", "本级人大代表履职"
        if body == "deputies" and rel == "inside" and self.home.level == "province" \
                and PROVINCIAL_DEPUTIES_AT_SESSION.search(title) and not PARTY_DELEGATES.search(title):
            # a city's deputies to the province's congress going to or sitting at its session (邵阳市省人大代表肩负重托
            # 赴盛会): the province's congress at work (RUBRIC: a delegation of a region inside R at R's own session)
            return "internal", "辖区选出的本级人大代表出席本级人代会"
        if body == "deputies" and rel == "self" and (support := DEPUTY_SUPPORT_OF_PLACE.match(title)) is not None \
                and support.group("head").endswith((place.name, place.short)) and not TOWNSHIP_OR_STREET.search(title):
            return "internal", "本级人大常委会的代表工作"
        if body == "deputies" and rel == "self" and ((DEPUTY_WORK_OF_PLACE.search(title)
                                                    and not TOWNSHIP_OR_STREET.search(title))
                                                   or self._deputy_facility_built(title)):
            # the whole place's deputy work (广东:建成12836个代表联络站, 恩施州“五微”代表行动, 四川“直选代表述职月”):
            # the standing committee's own work with its deputies (RUBRIC: H's work is 内情); a station of a town,
            # a street or a community (某镇人大代表联络站揭牌) is that place's, below
            return "internal", "本级人大常委会的代表工作"
        if body == "deputies" and rel == "self" and place.level == "province" and "全国人大" in actor.text:
            # the province's own NPC deputies: its delegation to the congress above (RUBRIC: R's own delegation
            # at a higher congress is 内情; the committee serves it and liaises with its deputies)
            return "internal", "本省全国人大代表（本级代表团）"
        if rel == "above":
            if body == "public" and place.level == "nation" and actor.source != "source":
                return "external", "全国"
            return "upper", "上级"
        if rel == "self":
            if body == "party" and actor.text.endswith("领导"):
                # the place's leaders together at routine work (区领导调研…, 市领导走访慰问…): its party and government
                # leaders, no decision of its party committee (RUBRIC: routine work is 下情); held unsure (held)
                return "lower", "本级党政领导"
            if body == "party" and (any(PARTY_DEPARTMENT.match(actor.text, c.end())
                                        for c in COMMITTEE_IN_NAME.finditer(actor.text))
                                    or DIRECT_ORGANS_PARTY.match(COLUMN_TAG.sub("", title))):
                # a department named whole as the actor (中共四川省委党校, 中共天津市委统战部 as a site's own name)
                return "lower", "本级党委工作部门"
            if body == "party":
                end = self._end_in(title, actor.text)
                member = MEMBER_BY_DEPARTMENT.match(title, end) if end >= 0 else None
                if member is not None and PARTY_DEPARTMENT.match(title, member.end()) \
                        and not (member.group() and COMMITTEE_OWN.search(title, member.end())) \
                        and not PARTY_WORK_MEETING.search(title):
                    # (a standing committee member named by his department, 市委常委、统战部长某某, 省委常委、省委统战部
                    # 部长某某, 市委常委秘书长、宣传部长某某: the department, unless he chairs or relays the committee's own
                    # meeting, 主持召开市委常委会会议, or its work conference, 主持召开省委组织工作会议)
                    return "lower", "本级党委工作部门"
                if end >= 0 and self._member_by_name(title, end):
                    # (a standing committee member named only as such, 区委常委某某一行来校调研: one member at routine
                    # work, no decision or meeting of the committee)
                    return "lower", "本级党委常委个人"
                return "upper", "本级党委"
            if body == "congress":
                return "internal", "本级人大"
            return "lower", "本级" + BODY_LABELS.get(body, "")
        if rel == "inside":
            return "lower", "辖区内"
        return "external", "外地"

    @staticmethod
    def _end_in(title: str, text: str) -> int:
        """Where an actor's text ends in the title, or -1: also where the headline doubles the level's character
        (绵阳市市委, which the finder reads as 绵阳市委)."""
        if not text:
            return -1
        at = title.find(text)
        if at >= 0:
            return at + len(text)
        doubled = text[:-1] + text[-2:] if len(text) >= 3 and text[-2] in "省市区县州旗盟" else ""
        at = title.find(doubled) if doubled else -1
        return at + len(doubled) if at >= 0 else -1

    @staticmethod
    def _member_by_name(title: str, at: int) -> bool:
        """Whether a party committee's name at `at` is followed by 常委 and a person's name at work (区委常委某某一行…,
        市委常委某某走访…), not by its meeting (常委会, 常委扩大会议) or its members together (常委班子)."""
        m = MEMBER_NAMED.match(title, at)
        return m is not None and m.group(1)[0] in SURNAMES and not COMMITTEE_OWN.search(title, at)

    def _own_unit_heads(self, head: str, name: str) -> bool:
        """Whether the headline opens with the site's own unit as the site's name ends with it (some 4 or more
        characters of it ending in a unit word: 新闻传播学院 of 某大学新闻传播学院), naming no place itself."""
        for k in range(2, len(name) - 3):
            tail = name[k:]
            if head.startswith(tail) and SITE_UNIT_TAIL.search(tail) and not self.actors.finder.find(tail):
                return True
        return False

    def classify(self, item: Item) -> Verdict:
        """Classify one item relative to the home."""
        footsteps = LEADERS_FOOTSTEPS.match(item.title)
        if footsteps is not None and footsteps.end() < len(item.title):
            # the column on the places the General Secretary visited names him, and he does not act: the headline
            # after its tag is read as any (省委书记某某到阜平调研, 千年平遥古城…: the site's place's story)
            item = dataclasses.replace(item, title=item.title[footsteps.end():])
        site = self.locator.locate(item.source_name, item.url, "", item.source_region)
        source = site.division
        slogan = SLOGAN_BEFORE_PERSON.match(item.title)
        if slogan is not None and not self.actors.finder.find(slogan.group(0), source) \
                and not self.actors._bodies(slogan.group(0)):
            # a slogan leading in before a person's act (聚焦产业发展 推进乡村振兴 某某到周口市…调研): it names no place
            # and no body; the headline is the person's act after it, read as if it began there
            item = dataclasses.replace(item, title=item.title[slogan.end():])
        tagged = UNIT_TAG_BEFORE_BODY.match(item.title)
        if tagged is not None:
            item = dataclasses.replace(item, title=item.title[tagged.end():])
        actor = self.actors.find(item.title, item.text, source)
        if source is None and item.text and (actor is None or (actor.region is None and not actor.candidates)):
            # only now is the site's place worth reading from its text (a weak hint, read once)
            site = self.site(item)
            if site.division is not None:
                source = site.division
                actor = self.actors.find(item.title, item.text, source)
        bare = COLUMN_TAG.sub("", item.title)
        if (group := BARE_GROUP_GOES.match(bare)) is not None:
            actor = self._bare_group(bare, group, source) or actor
        if (watched := WATCHES_HIGHER_MEETING.match(bare)) is not None:
            actor = self._meeting_watched(bare, watched, source) or actor
        goes = GOES_TO.search(bare, 2) if actor is not None and actor.body == "public" and actor.source == "headline" \
            and actor.via == "name" and (source is None or source.level != "nation") else None
        if goes is not None and actor is not None and actor.region is not None \
                and bare.startswith(actor.text, goes.end()) and not OUTSIDE_GOERS.search(bare, 0, goes.start()) \
                and not (source is not None and self.gazetteer.relation(source, actor.region) in ("self", "inside")):
            # a place named only where someone goes (地区司赴赣闽粤调研…, 我队援藏项目组赴藏…, 欢送某某一行赴新疆…), no
            # body of it named: a destination, not the actor; the one who goes is unnamed here, so the site speaks
            # (not on a national site, whose place says nothing; nor for a place inside the site's own, 千名大学生赴厦门
            # 参加人才招聘会 on 福建's portal, which is the story's place)
            actor = Actor("public", source, source.full_name, "source", "source") if source is not None else None
        if actor is not None and actor.body == "party" and actor.via != "person" and "中共" not in bare \
                and (bare_committee := PARTY_COMMITTEE_BARE.match(bare)) is not None \
                and (bare.startswith("社") or OWN_PARTY_ORGANISATION.match(bare, bare_committee.end())) \
                and (party := DEMOCRATIC_PARTY.search(item.source_name or "")
                     or DEMOCRATIC_PARTY_FULL.search(item.source_name or "")) is not None \
                and not CENTRAL_PARTY_SITE.search(item.source_name or ""):
            # a committee named bare on a democratic party's own site (杨浦区委三支部与…支部开展共建 on 民建上海市委's):
            # the party's own committee of that place, as it speaks of itself, not the Communist Party's
            short = DEMOCRATIC_PARTY_SHORT.get(party.group(0), party.group(0))
            actor = Actor("massorg", actor.region, f"{short}{actor.text}", actor.source, actor.via)
        if actor is not None and actor.body == "delegation" and actor.via == "source" and source is not None \
                and source.level in ("city", "county") and OWN_SESSION_DELEGATIONS.match(bare) \
                and not (HIGHER_SESSION_CITY if source.level == "city" or source.name.endswith("市")
                         else HIGHER_SESSION_COUNTY).search(PHRASE_END.split(bare, maxsplit=1)[0]):
            # the delegations, no place named, on a city's or county's site (各代表团全团分组审议政府工作报告): those of its
            # own congress in session, not the site's delegation at the congress above
            actor = Actor("congress", source, actor.text, "headline", "source")
        mission = FOREIGN_MISSION.match(bare)
        in_china = MISSION_IN_CHINA.match(bare) if mission is None else None
        if in_china is not None and (in_china.group(1) == "华" or any(
                m.start == 1 and m.division is not None and m.how not in ("nation", "relative")
                for m in self.actors.finder.find(bare[:in_china.end()], source))):
            mission = in_china  # (驻上海总领馆举办招待会: a consulate in China is another country's)
        if mission is None:
            mission = FOREIGN_ENVOY_IN_CHINA.match(bare)
        if mission is not None:
            # another country's embassy or consulate in China leading (日本驻沈阳领馆副总领事…访问我校): foreign, outside
            # every home (not one of China's missions abroad, 驻某国大使, which are national)
            return Verdict("external", 0.8, f"主体：{mission.group(0)}（外国驻华机构：外地）", None, "rules")
        # (the post or group word first: a cheap test before the countries' long alternation)
        visitors = FOREIGN_VISITORS.search(bare) if FOREIGN_VISITORS_WORD.search(bare) else None
        if visitors is not None and not FOREIGN_VISITORS_HOST.search(bare, 0, visitors.start()) \
                and not FOREIGN_VISITORS_HOST_AFTER.search(bare, visitors.end()):
            # (日本大分市市长访汉 on 武汉's foreign affairs office's site: Japan's mayor, not 武汉's own)
            return Verdict("external", 0.8, f"主体：{visitors.group('who')}（外国地方官员或团体来访：外地）", None, "rules")
        group = FOREIGN_GROUP_VISITS.match(bare)
        if group is not None:
            # a group from abroad leading, named by no country of its own (外国媒体代表团走进无锡, 发展中国家议员研讨班学员
            # 来义乌考察, 非洲国家议员代表团…): foreign visitors, no delegation or people of the place visited
            return Verdict("external", 0.8, f"主体：{group.group('who')}（境外团体来访：外地）", None, "rules")
        academicians = ACADEMICIANS.match(bare)
        if academicians is not None and (actor is None or actor.region is None or actor.region.level == "nation"):
            # academicians leading (中国工程院四位院士莅临…, 两院院士一行到…): scholars by an academic title, no national body
            # acting (the corpus codes them as scholars): outside every home, held unsure
            return Verdict("external", NATION_SCOPE_CONF, f"主体：{academicians.group(0)}（学者，学衔不代表国家机关：外地）",
                           None, "scope")
        taiwan = TAIWAN_BODY.search(bare)
        if taiwan is not None and (actor is None or bare[taiwan.end(1):taiwan.end(1) + 1] in ":："
                                   or not 0 <= bare.find(actor.text) < taiwan.start(1)):
            # (a body the rules find before it speaks of it, 国台办：民进党当局…, unless it speaks itself, 某措施 陆委会：…)
            return Verdict("external", 0.8, f"主体：{taiwan.group(1)}（台湾地区的机构：外地）", None, "rules")
        # the site's own unit leads: 我校学生…入围“全国…”, 我校与某市…, 校党委… (OWN_UNIT_LEADS); or, on an institution's
        # own site, a unit of it picked out of a list with no place or national body before the verb
        # (光电研究所教师团队成功入选教育部…)
        head = COLUMN_TAG.sub("", item.title)
        ranked = UNIT_RANKED.match(head) if source is not None and INSTITUTION_SITE.search(item.source_name or "") \
            else None
        if source is not None and OWN_ORGANISATION_HEAD.match(head) and INSTITUTION_SITE.search(item.source_name or ""):
            # the institution's own union, league or federation by its bare name on the institution's site (工会组织
            # 一日游活动… on a school's, 侨联举行中秋联谊会 on a university's): the institution's, not the place's
            actor = Actor("public", source, item.source_name, "source", "source")
        elif source is not None and (OWN_UNIT_LEADS.match(head) or self._slogan_then_own(head, source) or (
                (OWN_LEADER_HEAD.match(head) or OWN_ORGAN_HEAD.match(head) or SCHOOL_GOES.match(head)
                 or self._own_bare_acts(head, source) or OWN_COLLEGE_PARTNER.match(head)
                 or OWN_COLLEGE_PARTNER.match(_after_slogan(head)))
                and INSTITUTION_SITE.search(item.source_name or "")) or (
                ranked is not None and ((not self.actors.finder.find(ranked.group(1), source)
                                         and not NATIONAL.search(ranked.group(1)))
                                        or ranked.group(1) == item.source_name))):
            # (the institution itself by its own name, 武汉革命博物馆荣获… on its site, though a place begins it)
            actor = Actor("public", source, item.source_name, "source", "source")
        elif source is not None and source.level in ("city", "county") and (each := EACH_UNIT_HEAD.match(head)):
            # the site's place's units all together, named by no place (各乡镇、各部门集中传达学习县党代会精神): the
            # place's own units at work, not the meeting whose spirit they relay
            actor = Actor("public", source, f"{source.name}{each.group(0)}", "headline", "relative")
        elif source is not None and self._own_unit_heads(head, item.source_name or ""):
            # the site's own unit by the last part of the site's name (新闻传播学院师生观看…发布会 on 某大学新闻传播学院's):
            # it acts, not what it watches or the place that is named after
            actor = Actor("public", source, item.source_name, "source", "source")
        elif len(item.source_name or "") >= 4 and head.startswith(item.source_name) \
                and OWN_HEAD_POST.match(head, len(item.source_name)) and (
                    actor is None or not actor.text or actor.text not in item.source_name):
            # the site's own unit by its own name and one of its leaders (长江科学院院长一行调研某省…): it acts, not the
            # place it visits
            actor = Actor("public", source, item.source_name, "source", "source")
        elif source is not None and _own_short_name(head, item.source_name or "", self.actors.institutions):
            # the site's own unit by its customary short name, every character of it taken in order from its full name
            # (哈电集团与酒泉市人民政府签署… on 哈尔滨电气集团's site, 辽宁工大校史馆开馆 on 辽宁工程技术大学's): it acts, not
            # the party it signs with, nor another unit the short name could mean (a province's own company or
            # institution, 湖北交投集团 on 湖北交通投资集团's, seated in its capital)
            own_seat = provincial_seat(self.gazetteer, source) if source.level == "province" else source
            actor = Actor("public", own_seat, item.source_name, "source", "source" if own_seat is source else "subunit")
        if source is not None and OWN_BODY.match(COLUMN_TAG.sub("", item.title)):
            # 我院/本院 on a court's or procuratorate's site (its 党组 included): the site's own body
            body = self._site_body(item)
            if body in ("court", "procuratorate"):
                actor = Actor(body, source, item.source_name, "headline", "name")
        if actor is not None and actor.body in ("congress", "deputies") and actor.region is not None \
                and actor.region.level != "nation" and not CONGRESS_AS_BODY.search(actor.text) \
                and SESSION_OR_DEPUTIES.search(actor.text) \
                and (party := DEMOCRATIC_PARTY.search(item.source_name or "")) is not None \
                and not CENTRAL_PARTY_SITE.search(item.source_name or ""):
            # (温州民盟: 县市区两会履职综述; 民进徐州市委员会: 民进界区人大代表、政协委员参加区“两会”)
            actor = Actor("massorg", actor.region, f"{actor.text}中的{party.group(0)}成员", actor.source, actor.via)
        unquoted = BOOK_TITLE.sub("", item.title) if source is not None and actor is not None \
            and actor.body in ("congress", "deputies") else ""
        if unquoted and SUGGESTION_HANDLED.search(unquoted) and (not CONGRESS_OVERSIGHT.search(unquoted) or (
                # (a document of its own on the handling, 关于…人大建议、政协提案办理情况的督查通报, oversees its own
                # departments: its supervision and bulletin words are no congress's oversight, the others are)
                unquoted.startswith("关于") and not CONGRESS_OVERSIGHT.search(OWN_OVERSIGHT.sub("", unquoted)))) \
                and self._site_body(item) == "government":
            # a government's (or its department's) site on how it handled or answered deputies' suggestions (关于市八届
            # 人大三次会议代表建议…的办理情况, 对…第N号建议答复): the government reports its own work, not the congress
            actor = Actor("government", source, item.source_name, "source", "source")
        if unquoted and actor is not None and actor.region is not None and actor.region.level != "nation" \
                and (handed := SUGGESTIONS_HANDED_OUT.search(unquoted)) is not None:
            # the meeting is the site's body's: a government's site hands them out itself (全区人大代表建议和政协委员
            # 提案交办工作会议 on the district government's), a congress's site its standing committee; elsewhere a
            # meeting handing out CPPCC proposals too is the government's, one of deputies' suggestions alone the
            # standing committee's (2024年度市人大代表建议集中交办会召开)
            site_body = self._site_body(item)
            if site_body == "government" or (site_body != "congress" and "提案" in unquoted):
                actor = Actor("government", actor.region, handed.group(0), actor.source, actor.via)
            elif actor.body == "deputies":
                actor = Actor("congress", actor.region, handed.group(0), actor.source, actor.via)
        if actor is not None and actor.source == "headline" and source is not None:
            actor = self._document_issuer(item, actor, source)
        actor = self._congress_form_actor(bare, actor, source)
        if NATIONAL_LAW_DOC.match(bare) and self._nation_only(BOOK_TITLE.sub("", bare), source):
            actor = Actor("congress", self.gazetteer.nation, "全国人大常委会", "headline", "name")
        if actor is not None and actor.body == "public" and actor.region is not None and actor.text \
                and actor.region.level != "nation" and bare.find(actor.text) >= 0 \
                and LAW_CHECK.match(bare, bare.find(actor.text) + len(actor.text)):
            # a place checking how a law is carried out (河北检查大气污染防治法实施, 某市开展某法执法检查): its congress's
            # law-enforcement inspection, the congress's own work
            actor = dataclasses.replace(actor, body="congress")
        if source is not None and source.level == "nation" and DOC_NUMBER_HEAD.match(item.title):
            body = self._site_body(item)
            if body is not None:
                # a document's number opening the headline on a central body's own site (安委督〔2017〕20号：某地
                # 事故查处挂牌督办): that body's document, whatever place it is about
                actor = Actor(body, source, item.source_name, "headline", "name")
        if actor is not None and actor.region is not None and actor.region.level == "nation" \
                and CENTRAL_COMPANY.fullmatch(actor.text):
            # a central company or bank acting (中建集团董事长…): a company, no state organ, at its seat in Beijing
            # (the corpus's convention, processing/models/data/NOTICE), held unsure (RuleClassifier.held)
            actor = Actor("public", self.gazetteer.get(CENTRAL_COMPANY_SEAT) or actor.region, actor.text, actor.source,
                          "subunit")
        if actor is not None and actor.region is not None and actor.region.level == "nation" and actor.via == "name":
            actor = self._before_national_post(item, actor)
        member = self._national_member(item, source)
        if member is not None:
            actor = member
        found = actor
        actor = self._electors(item, self._appointer(item, actor, source), source)
        if actor is not None and actor.region is not None and actor.region.level != "nation" \
                and CENTRAL_CADRE_INVESTIGATED.search(COLUMN_TAG.sub("", item.title)) \
                and not LOCAL_DISCIPLINE.search(item.title):
            actor = Actor("government", self.gazetteer.nation, "中央纪委国家监委（审查调查）", "headline", "name")
        if source is not None and actor is not None and actor.region is not None and actor.region.level == "nation" \
                and RELAY_HEAD.match(COLUMN_TAG.sub("", item.title)) \
                and (site_body := self._site_body(item)) in STATE_ORGANS \
                and not self._relay_names_actor(COLUMN_TAG.sub("", item.title)):
            # a relaying of a national meeting's spirit that names no relayer, on a body's own site (传达学习全国两会精神
            # 扎实推进人大各项工作 on 余干县人大常委会's): that body relays, the meeting relayed does not act
            actor = Actor(site_body or "public", source, item.source_name, "source", "source")
        bare = COLUMN_TAG.sub("", item.title)
        check = LAW_IMPLEMENTATION_CHECK.match(bare)
        if check is not None:
            # (nothing before it: the site's congress, on a congress's site or a news site; a government's own site
            # may report its own department's check)
            actor = self._congress_of_work(check, source, "执法检查",
                                           self._site_body(item) in ("congress", None)) or actor
        election = DEPUTY_ELECTION.match(bare) or PLACE_DEPUTY_ELECTION.match(bare)
        if election is not None:
            actor = self._congress_of_work(election, source, "代表选举", True) or actor
        if source is not None and LAW_INSPECTION_MEETING.match(COLUMN_TAG.sub("", item.title)):
            # a law's enforcement inspection's own meeting headed by the law's name (《某省某条例》执法检查动员会召开):
            # the congress that inspects, the site's, not the body that made the law
            actor = Actor("congress", source, "人大常委会（执法检查）", "headline", "relative")
        if actor is not None and actor.body == "congress" and "两会" in actor.text and (
                (CPPCC_SESSION.search(item.title) and not CONGRESS_SESSION_NAMED.search(item.title))
                # (or its members' proposals alone, 【聚焦全省两会】这些提案…: proposals are the CPPCC's, the deputies'
                # are motions and suggestions)
                or ("提案" in item.title and not CONGRESS_PAPERS.search(item.title))):
            # a place's 两会 named beside its CPPCC's session alone (惠阳进入“两会”时间!…惠阳区政协六届二次会议开幕): the
            # CPPCC's session is what is reported, not the congress's
            actor = Actor("cppcc", actor.region, actor.text.replace("两会", "政协"), actor.source, actor.via)
        if actor is not None and actor.body == "public" and actor.region is not None \
                and actor.region.level != "nation" and CONSTITUTION_OATH.search(item.title):
            # a place's newly appointed officials taking the constitutional oath, no body named (宜昌市新任命国家工作
            # 人员向宪法宣誓): the ceremony of the standing committee that appointed them (宪法宣誓制度: those the
            # congress and its standing committee elect or appoint swear before it); a body named holds its own
            actor = Actor("congress", actor.region, f"{actor.text}人大常委会（宪法宣誓）", actor.source, actor.via)
        if actor is not None and (actor.body == "public" or actor.source == "source") and actor.region is not None \
                and actor.region.level != "nation" and NEW_YEAR_GATHERING.match(COLUMN_TAG.sub("", item.title)):
            # a place's own Spring Festival gathering or New Year message, no body named (福建省春节团拜会举行, 新春贺词 on its
            # site): its party committee's and government's, the committee first
            actor = Actor("party", actor.region, f"{actor.text}党委、政府（新春团拜、贺词）", actor.source, actor.via)
        if actor is not None and actor.body == "deputies" and actor.region is not None \
                and actor.region.level != "nation" and LETTER_TO_DEPUTIES.match(bare):
            # a letter to a place's deputies (致建邺区全体人大代表的倡议书): its standing committee writes it
            actor = Actor("congress", actor.region, f"{actor.text}（致代表的信：人大常委会）", actor.source, actor.via)
        settled = actor is not found  # an appointment or election: its maker acts, not the person named
        reaction = self._reaction(item, source)
        if reaction is not None:
            actor, settled = reaction, True
        visitor = self._outside_members(item) or OUTSIDE_MAINLAND_VISITORS.match(COLUMN_TAG.sub("", item.title))
        if visitor is not None:
            # 台湾省/香港/澳门's NPC deputies or CPPCC members (调研组来我市, 视察广东省): the visitors decide (RUBRIC),
            # a region neither above nor inside any home, not the nation nor the place they visit
            return Verdict("external", 0.8, f"主体：{visitor.group(0)}（港澳台地区的代表委员或来访者：外地）", None, "rules")
        leads = OUTSIDE_MAINLAND_LEADS.match(COLUMN_TAG.sub("", item.title))
        if leads is not None:
            return Verdict("external", 0.8, f"主体：{leads.group('who')}（港澳台地区的机构或人物：外地）", None, "rules")
        unnamed = UNNAMED_VISITORS.match(COLUMN_TAG.sub("", item.title))
        if unnamed is not None:
            return Verdict("external", 0.8, f"主体：{unnamed.group(0)}（外地来访者：外地）", None, "rules")
        overseas = OVERSEAS_ASSOCIATION.match(COLUMN_TAG.sub("", item.title))
        if overseas is not None and not OVERSEAS_CHINESE.search(overseas.group(0)) and not any(
                m.division is not None and m.how not in ("nation", "relative")
                for m in self.actors.finder.find(overseas.group(0))):
            overseas = None  # (a foreign chamber, 美国商会, 非洲商会在厦成立: no Chinese abroad named by their home)
        if overseas is not None:
            return Verdict("external", 0.8, f"主体：{overseas.group(0)}（海外华侨华人社团：外地）", None, "rules")
        hometown = OUTSIDE_MAINLAND_ASSOCIATION.search(COLUMN_TAG.sub("", item.title))
        if hometown is not None:
            return Verdict("external", 0.8, f"主体：{hometown.group(0).strip(' ，,')}（港澳台地区的同乡社团：外地）", None, "rules")
        outside = self._outside_mainland_actor(item, actor, source)
        if outside is not None:
            return Verdict("external", 0.8, f"主体：{outside}（港澳台地区的机构或人物：外地）", None, "rules")
        led = self._leader(item.title, actor) if self.leaders and not settled else None
        if led is None and not settled:
            led = self._national_leader(item, actor, source)
            if led is not None and self._hosts_national_leader(item, source):
                led = None  # (the host leads: his own post, below)
        if led is None and not settled:
            # a city's own leader on one of its own sites: his post there, before a provincial post the same name
            # holds (undated, or in the month one post ended and the other began)
            led = self._city_leader(item, actor, source) \
                or self._posted_city_leader(item, actor, source) \
                or self._provincial_leader(item, actor, source)
        if led is not None:
            actor = led
        elif not settled:
            lead = self.actors.person_lead(item.title, source)
            owner = self._whole_place_meeting(item.title, lead, source) if lead is not None else None
            if owner is not None:
                # one of unknown post attending a meeting of a whole place (某某出席全省春管春耕备耕视频调度会): the
                # place's meeting, its owner deciding as for a meeting a body names
                actor, lead = owner, None
            if lead is not None and (self._led_by_unknown_person(item.title, actor, lead)
                                     or self._site_post_leads(item, lead[0])):
                # a person whose office is not configured leads the headline: the place visited or the
                # body quoted is not the actor; the site's own body at the site's place is a guess, held low
                name = lead[0]
                bare = COLUMN_TAG.sub("", item.title)
                # (a post the headline writes after the name, 某某副市长…, 某某部长…, 某某董事长…, is its own word on it)
                posted = any(p.match(bare, len(name)) for p in (GOVERNOR_AFTER_NAME, MINISTER_AFTER_NAME,
                                                                 UNIT_HEAD_AFTER_NAME))
                known, in_body = (None, False) if posted else self._known_post(item, name, source)
                then_local = None if posted or known is not None else self._national_leader_then_local(item, name)
                if then_local is not None:
                    # a national leader's name in a month he held a province's post and no national one (周强慰问湖南
                    # 赴京代表, 2007, as 湖南省长): that province's body of the post then
                    actor = then_local
                elif known is not None:
                    # the post written before the name in the item's body or in another item of its batch or site
                    # (市委书记赵一德… beside 赵一德赴淳安调研): that office's body at its place, held below sure
                    where = "据正文" if in_body else KNOWN_IN_BATCH
                    actor = Actor(known.body, known.region, f"{name}（{known.post}，{where}）", "headline", "known")
                elif ESSAY_AFTER_NAME.match(bare, len(name)):
                    # a paper's title after its author's name (吴金群：省管县的条件及…的聚类研究): an essay, read by its
                    # author's region (RUBRIC), which a local site's place stands for (a staff member's essay on a
                    # congress's site, a local author's on a city portal); on a national site or one of no known place,
                    # research from elsewhere; never above; held unsure
                    local = source is not None and source.level != "nation" and self.gazetteer.relation(
                        self.home, source) in ("self", "inside")
                    return Verdict("lower" if local else "external", 0.55,
                                   f"主体：{name}（署名研究文章，作者职务不明："
                                   f"{'按发布网站所在地，本地作者' if local else '外地或全国性研究文章'}；待核）", None, "person")
                else:
                    guess = self._visitor_place(item.title, lead, source)
                    seat = self.gazetteer.get(CENTRAL_COMPANY_SEAT)
                    if guess is source and source is not None and source.level == "nation" and seat is not None \
                            and CENTRAL_COMPANY.fullmatch(item.source_name or ""):
                        # a person on a central company's own site (王永光会见… on 中国冶金科工集团's): its officer, the
                        # company at its seat (the corpus's convention), held unsure (held)
                        actor = Actor("public", seat, f"{item.source_name}·{name}", "headline", "subunit")
                        kind, rel_label = self.decide(actor, seat, item.title)
                        return Verdict(kind, 0.6, f"主体：{actor.text}（{rel_label}：中央企业，不是国家机关）", actor, "person")
                    if guess is None:
                        return Verdict("external", 0.2, f"主体：人物「{name}」（职务不明，发布网站所在地不明，待核）", None,
                                       "unknown")
                    # whose body: the site's own, else one the headline's subject names (某某在某地调研 …人大工作);
                    # on a national site a leader with no other mark is taken as national
                    chairs_secretaries = SECRETARY_MEETING.search(item.title) is not None
                    body = ("party" if chairs_secretaries or self._leads_party_delegation(item.title, name) else None) \
                        or (self._site_body(item) if guess is source else None) or self._topic_body(item.title) or (
                        "party" if guess.level == "nation" else "public")
                    post = GOVERNOR_AFTER_NAME.match(bare, len(name))
                    own_post = self._own_body_post(item, bare, name, body, source)
                    # (the level's division as a relative word names it: 市长 on a county-level city's site is its own
                    # mayor, 刘文儒市长 on a 晋江 school's site)
                    up = self.actors.finder.relative_division(post.group(1)[:1], source, item.title) \
                        if post is not None and source is not None else None
                    if up is not None:
                        # a governor's or mayor's post after the name (某某副省长到…): that level's government, read from
                        # the site's place
                        actor = Actor("government", up, f"{name}（{post.group(0) if post else ''}）", "headline", "name")
                    elif own_post is not None and guess is source and source is not None and source.level != "nation":
                        # a post of the site's own body after the name (某某副主任率队… on a congress's site, 某某副主席率团…
                        # on a CPPCC's): that body's leader, its own act
                        actor = Actor(str(body), source, f"{name}（{item.source_name}所属机关{own_post.group(0)}）", "headline",
                                      "name")
                    elif (hall := PROVINCIAL_DEPARTMENT_HEAD_AFTER_NAME.match(bare, len(name))) is not None and source \
                            is not None and source.level != "nation" and source.province \
                            and (province := self.gazetteer.get(source.province)) is not None:
                        # a department head's post only a province has after the name (某某厅长向厅机关…通报工作): that
                        # province's government, the site's own province
                        actor = Actor("government", province, f"{name}（{hall.group(0)}）", "headline", "name")
                    elif MINISTER_AFTER_NAME.match(bare, len(name)):
                        # a minister's post after the name with no department named (某某副部长在某州调研…): a ministry of
                        # the State Council (a place's department heads are named with their department), held unsure
                        actor = Actor("government", self.gazetteer.nation, f"{name}（部长）", "headline", "person")
                    elif (UNIT_HEAD_AFTER_NAME.match(bare, len(name)) or (
                            (officer := UNIT_OFFICER_AFTER_NAME.match(bare, len(name))) is not None
                            and not VISITOR_AFTER_POST.match(bare, officer.end()) and (
                                INSTITUTION_SITE.search(item.source_name or "")
                                or UNIT_SITE_WORD.search(item.source_name or "")))) and guess.level != "nation":
                        # a company's, school's or hospital's head after the name (某某董事长拜会…, 某某校长一行…): a unit of
                        # the site's place, not its government; which part of it is not said
                        actor = Actor("public", guess, f"{name}（{item.source_name}）", "headline", "subunit")
                    elif body == "massorg" and guess is source and guess.level == "nation":
                        # an officer of a national people's organisation or democratic party named on its own central
                        # site (徐延豪赴安徽调研… on 中国科协's, 张伯军率队赴滇… on 民革中央's): that national body acts
                        actor = Actor(body, guess, f"{item.source_name}·{name}", "headline", "name")
                    else:
                        post_said = "主持书记专题会，按党委书记" if chairs_secretaries else "职务不明"
                        actor = Actor(body, guess, f"{name}（{post_said}）", "headline", "person")
        venue = HELD_AT.search(item.title) if actor is not None and actor.source == "headline" and source is not None \
            and source.level == "nation" and actor.region is not None and actor.region.code == CAPITAL_CODE else None
        if venue is not None and venue.start(1) <= item.title.find(actor.text) < venue.end(1):  # type: ignore[union-attr]
            # the capital only as the venue of a meeting on a national body's own site (某数据中心学术委员会…研讨会在北京
            # 召开 on a national institute's): the body's own, no act of Beijing's
            actor = Actor("public", source, item.source_name, "source", "source")
        home_name = self.home.full_name
        # (a relative word naming the site's own province or city, 全省…会议在武汉召开, keeps the subject: the
        # province's system meets in its capital)
        held = HELD_AT.search(item.title) if actor is not None and actor.body == "public" \
            and actor.via != "relative" else None
        if held is not None and actor is not None and actor.source == "headline":
            at = [m.division for m in self.actors.finder.find(item.title, source)
                  if m.division is not None and m.how not in ("nation", "relative")
                  and held.start(1) <= m.start < held.end(1)]
            if at and actor.region is not None and actor.region.level == "nation" and (
                    (at[0].level == "province" and CAPITAL_VENUE.fullmatch(held.group(1)))
                    or NATIONAL_MEETING.match(COLUMN_TAG.sub("", item.title))):
                # a national meeting held in the capital (全国…会议在京召开) is the nation's, not Beijing's; so is a
                # national work meeting held anywhere (2018年全国邮政市场监管工作会议在豫召开)
                at = []
            bare_title = COLUMN_TAG.sub("", item.title)
            lead_in = ORGANISER_LEAD.match(bare_title)
            organiser = lead_in is not None and bool(actor.text) and bare_title.startswith(actor.text, lead_in.end()) \
                and not BRAND_DOT.match(bare_title, lead_in.end() + len(actor.text))  # (湖北·宜昌…节: a city's brand)
            if at and (actor.region is None or actor.region.level == "nation" or (not organiser and any(
                    a.code == actor.region.code for a in self.gazetteer.ancestors_of(at[0])))):
                # (a place named as the subject elsewhere, 浙江…汇报会在京举行, stays the subject: only the nation, or
                # a place containing the venue but not heading the headline as the organiser, 中国(福建)—东盟…论坛在榕
                # 举办, gives way to where the event is held; 2018年河南省全民健身活动月启动仪式在南阳举行 is the
                # province's)
                actor = dataclasses.replace(actor, region=at[0], candidates=())
        if actor is not None and actor.region is not None and actor.region.level == "nation" \
                and SESSION_WORD.fullmatch(actor.text):
            # the national session's name as a column or topic word beside a place named as the subject (甘肃日报社
            # 圆满完成全国两会报道, 全国“两会”，江西各设区市市长…): that place's people or body report or speak there
            named = next((m for m in self.actors.finder.find(item.title, source) if m.division is not None
                          and m.how not in ("nation", "relative") and m.division.level != "nation"), None)
            if named is not None:
                actor = Actor("public", named.division, item.title[named.start:named.end], "headline", "name")
        if actor is not None and actor.body == "public" and actor.region is not None and (
                LEGISLATES.search(item.title) or LAW_INSPECTED.search(item.title) or CONGRESS_CAMPAIGN.search(item.title)
                or (actor.via == "name" and actor.text and OATH_HELD.match(
                    _headline_head(item.title), len(actor.text)) and _headline_head(item.title).startswith(actor.text))):
            # (a place holding the constitutional oath, 青川县首次举行宪法宣誓仪式: its standing committee swears in those
            # it appoints; not a school's, 厦门一中举行“宪法宣誓仪式”)
            actor = dataclasses.replace(actor, body="congress")
        elif actor is not None and actor.body == "public" and actor.region is not None and actor.source == "headline" \
                and source is not None and (
                    (PLACE_TAG.match(head := COLUMN_TAG.sub("", item.title)) and CONGRESS_WORK.search(item.title))
                    or (actor.text and actor.region.level != "nation" and head.startswith(actor.text)
                        and PLACE_LED_INQUIRY.match(head, len(actor.text)))) \
                and self._site_body(item) == "congress" and any(
                    a.code == source.code for a in [actor.region, *self.gazetteer.ancestors_of(actor.region)]):
            # a place's tag opening a headline on a congress's own site, of congress work (洛龙：…履职尽责显担当 on
            # 洛阳人大, 十堰：强化监督…), or a place heading an inquiry there (奉贤专题调研…, 青浦集体调研… on 上海人大):
            # that place's congress, whose work the site reports (四川：多措并举推进基层治理 stays the province's own)
            actor = dataclasses.replace(actor, body="congress")
        elif actor is not None and actor.body == "public" and actor.region is not None and (
                actor.source == "headline" or (actor.source == "source" and WHOLE_PLACE.match(
                    COLUMN_TAG.sub("", item.title)) is not None)) \
                and (PARTY_WORK_MEETING.search(item.title) or (PARTY_INSPECTION.search(item.title)
                                                                and actor.region.level != "nation")):
            # a place's meeting on the party's own work (全市基层党建工作会议, 某县统战工作会议, 全市党员领导干部警示
            # 教育大会 on the city's site) or its inspection round with no body named: its party committee convenes it
            actor = dataclasses.replace(actor, body="party")
        organ = self._bare_party_organ(item, actor, source)
        if organ is not None:
            actor = organ
        if actor is not None and actor.body == "public" and actor.source == "headline" and source is not None \
                and source.level != "nation" and self._carried_to(item.title, actor):
            # a place only as where something is carried, the subject left out (把全市人民的殷切期望带到北京 on 桂林日报):
            # the site's place carries it, not the place it goes to
            actor = Actor("public", source, source.name, "source", "source")
        if actor is not None and actor.body == "public" and source is not None and (
                actor.source == "source" or (actor.source == "headline" and self._place_visited(item.title, actor)
                                             and not self._level_above_site(actor, source))
                or self._own_title(item.title, actor, source)):
            body = self._site_body(item)
            if body is not None:
                # nothing else acts, or someone unnamed goes to a place (到某区调研): the site's own body does
                actor = Actor(body, source, item.source_name, actor.source, "source")
        if actor is not None and source is not None and self._site_body(item) == "congress" \
                and (report := COLUMN_TAG.sub("", item.title)).startswith("关于"):
            # (the place the headline names only in a quoted title, 《北京市消防条例》, and whether it is the site's)
            titled = bool(actor.text) and actor.text in "".join(BOOK_TITLE.findall(report)) \
                and actor.text not in BOOK_TITLE.sub("", report)
            own_place = actor.region is not None and actor.region.code == source.code
            site_itself = actor.via == "source" and actor.body == "congress"
            if ((site_itself or (titled and own_place)) and GOVERNMENT_REPORT.match(report)
                    and not COMMITTEE_REPORT.search(report)) \
                    or (actor.body == "congress" and own_place and OPINIONS_HANDLED.search(report)):
                # a report the committee hears, on its own site, of the government's work (关于2023年国民经济和社会发展
                # 计划执行情况的报告, 关于《北京市消防条例》贯彻实施情况的报告 on 北京人大): the government's
                actor = Actor("government", source, f"{source.name}人民政府", "source", "source")
            elif titled and COMMITTEE_INSPECTION_REPORT.search(report):
                # the committee's own study or inspection of a law or regulation, named only by its title
                # (关于《安徽省电动自行车管理条例》贯彻实施情况的调研报告 on 寿县人大): its work, not the law's maker's
                actor = Actor("congress", source, item.source_name, "source", "source")
        if actor is not None and actor.body == "deputies" and actor.region is not None \
                and actor.region.level != "nation" and DEPUTY_CREDENTIALS.search(item.title):
            # (whose credentials the committee of the deputies' own congress confirms or ends)
            actor = dataclasses.replace(actor, body="congress")
        if actor is not None and actor.body == "deputies" and source is not None and actor.region is not None \
                and actor.region.code == source.code and self._site_body(item) == "congress":
            head = COLUMN_TAG.sub("", item.title)
            for name in (source.name, source.short):
                if name and head.startswith(name):
                    head = head[len(name):]
                    break
            if DEPUTIES_INSPECTING.match(head) or DEPUTIES_JOIN_INSPECTION.search(head):
                # the site's own deputies inspecting, on its congress's site: its standing committee's inspection
                actor = Actor("congress", source, item.source_name, actor.source, "source")
        if actor is not None and actor.body == "congress" and actor.text.startswith("常委会") \
                and CPPCC_SESSION.search(item.title, 0, max(0, item.title.find(actor.text))) \
                and "人大" not in item.title and self._site_body(item) != "congress":
            # a bare 常委会 after a CPPCC's session is named (市政协八届五次会议开幕…作常委会工作报告): the CPPCC's
            # standing committee, not a congress's (政协委员列席常委会会议 on a congress's site is the congress's)
            actor = dataclasses.replace(actor, body="cppcc")
        if actor is not None and actor.body == "congress" and actor.region is not None \
                and actor.region.level == "township" and actor.region.name.endswith("街道"):
            # a street has no congress: its 人大工委 is its district congress's agency (人大新津街道工委 on the
            # street office's site)
            actor = dataclasses.replace(actor, region=self.gazetteer.get(actor.region.parent or "") or actor.region)
        if actor is not None and actor.via == "source" and actor.body in ("deputies", "cppcc") \
                and NATIONAL_SESSION.search(item.title):
            # bare deputies or members (代表委员) under the national session's name (a 全国两会 column): its own
            actor = dataclasses.replace(actor, region=self.gazetteer.nation)
        first_in = actor is not None and actor.body == "public" and actor.source == "headline" \
            and actor.region is not None and actor.region.level in ("nation", "province", "city") \
            and FIRST_IN.match(COLUMN_TAG.sub("", item.title), len(actor.text)) is not None \
            and COLUMN_TAG.sub("", item.title).startswith(actor.text)
        held_in = self._first_held_in(COLUMN_TAG.sub("", item.title), actor, source) \
            if first_in and actor is not None else None
        if actor is not None and held_in is not None:
            # 临沂首个产业标准联盟…在莒南产生: the place inside the scope where the first is made has it
            actor = Actor("public", held_in, held_in.full_name, "headline", "name")
        elif actor is not None and first_in and source is not None and actor.region is not None \
                and any(a.code == actor.region.code for a in self.gazetteer.ancestors_of(source)):
            # 福建首个…上岗 on a site inside Fujian: the site's place has the first, Fujian is only the scope
            actor = Actor("public", source, source.full_name, "source", "source")
        if actor is not None and actor.body == "public" and actor.source == "headline" and actor.text in ("全国", "中国") \
                and actor.region is not None and actor.region.level == "nation":
            # the nation only as a scope or an attribute (全国百强城区 南海位列第十, 我市第五次全国经济普查工作有序推进):
            # a place named beside it acts, the nation is no body (with none named, 中国成功发射…卫星 stays national)
            # (not a venue: 全国…工作会议在京召开 is the nation's meeting)
            named_places = self.actors.finder.find(item.title, source)
            other = next((m for m in named_places if m.division is not None
                          and m.how != "nation" and item.title[max(0, m.start - 1):m.start] not in VENUE_BEFORE), None)
            if other is not None and other.how != "relative":
                # (a chain of nested places, 全国科普日张家口市张北县主场活动: the most specific, the county)
                other = self.actors._chain_tail(named_places, named_places.index(other), item.title)
            if other is not None and other.division is not None:
                actor = Actor("public", other.division, other.text, "headline",
                              "relative" if other.how == "relative" else "name")
        army = ARMY_DEPUTIES.search(item.title)
        if army is not None and (actor is None or actor.body in ("deputies", "delegation")
                                 or actor.source == "source" or actor.via == "source"
                                 or (actor.body == "congress" and (actor.region is None
                                                                   or actor.region.level == "nation"))):
            # the army's deputies or delegation (军队人大代表热议…, 解放军代表团, 解放军在两会上…): they sit in the national
            # congress and no place's (RUBRIC: the army's delegation is the nation's)
            actor = Actor("deputies", self.gazetteer.nation, army.group(0), "headline", "name")
        if actor is not None and actor.body == "public" and actor.source == "headline" and actor.via == "name" \
                and actor.text and (secretary_at := item.title.find(actor.text)) >= 0 \
                and SECRETARY_AFTER_PLACE.match(item.title, secretary_at + len(actor.text)) is not None:
            # a place's (former) party secretary by his post alone (山东高唐原县委书记被免职, 陕西白河县“借豪车”书记被免):
            # the party committee whose post it is, as 高唐县委书记被免职 reads
            actor = dataclasses.replace(actor, body="party")
        organises = PLACE_ORGANISES_DEPUTIES.match(_headline_head(item.title)) \
            if actor is not None and actor.body == "deputies" else None
        if organises is not None:
            organiser_place = organises.group("place")
            head_places = [m for m in self.actors.finder.find(organiser_place, source) if m.division is not None
                           and m.how not in ("nation", "relative") and m.start == 0 and m.end == len(organiser_place)]
            if head_places and head_places[0].division is not None and head_places[0].division.level != "nation":
                # a place at the head holding its deputies' inspection (赤水市开展2023年省、遵义市人大代表专题视察):
                # the deputies there, whichever congress they sit in, as the corpus reads 某区开展人大代表集中视察活动
                actor = Actor("deputies", head_places[0].division, organiser_place, "headline", "name")
        congress_organising = CONGRESS_ORGANISES_DEPUTIES.search(item.title) \
            if actor is not None and actor.body == "deputies" and organises is None else None
        if congress_organising is not None:
            by = self.actors.find(congress_organising.group("congress"), "", source)
            if by is not None and by.body == "congress" and by.region is not None:
                # a congress organising its deputies' activity (沈阳市人大组织人大代表开展旁听庭审活动): it acts
                actor = by
        if actor is not None and actor.body == "deputies" and "督办" in item.title \
                and DEPUTIES_PROPOSALS_SUPERVISED.search(item.title) and actor.region is not None \
                and not SUPERVISED_BY_OTHERS.search(item.title):
            # deputies' proposals supervised (巫溪县人大代表建议督办落地见效, 今年重点督办17件市人大代表建议): the standing
            # committee that supervises them acts, as the corpus codes every such headline, not the deputies
            actor = dataclasses.replace(actor, body="congress")
        own_unit = OWN_UNIT_HEAD.match(_headline_head(item.title))
        if actor is not None and own_unit is not None and actor.text == own_unit.group(0) and actor.region is not None \
                and actor.region.level == "nation" and source is not None and source.level != "nation":
            # the site's own unit at the head (我局开展第29个全国土地日宣传活动 on a province's department's site): the
            # site's, whatever national day or campaign it keeps; the nation is only the occasion
            actor = dataclasses.replace(actor, region=source, via="source")
        if actor is not None and actor.body == "deputies" and actor.via == "name" and actor.region is not None \
                and actor.region.level == "nation" and source is not None and source.level != "nation" \
                and not COMES_HERE.search(item.title) and army is None \
                and not NPC_DEPUTIES_ON_JUDICIARY.search(item.title):
            # national deputies named with no place, on a local site: that place's deputies (its delegation's
            # members, as the site reports them), read from the site and held as such; NPC deputies sit in a
            # province's delegation (RUBRIC: a containing region's delegation at a higher congress), so a city or
            # county site's own NPC deputy (荆门's 全国人大代表某某) is its province's
            province = self.gazetteer.at_level(source, "province") or source
            actor = Actor("deputies", province, actor.text, "headline", "source")
        if actor is not None and actor.body == "deputies" and actor.region is not None \
                and actor.region.level == "nation" and army is None and "全国人大代表" in item.title \
                and (speaks := NPC_DEPUTY_SPEAKS.search(item.title)) is not None:
            spoken = [m.division for m in self.actors.finder.find(item.title[speaks.end():], source)
                      if m.division is not None and m.how in ("name", "short", "nickname")
                      and m.division.level != "nation"]
            provinces = {self.gazetteer.at_level(d, "province") or d for d in spoken}
            if len(provinces) == 1:
                # the place a named national deputy's proposal is about: his province's deputy
                actor = Actor("deputies", provinces.pop(), actor.text, "headline", "context")
        if actor is not None and actor.body == "party" and actor.via == "source" and source is not None \
                and OWN_PARTY_ORGAN.fullmatch(actor.text):
            body = self._site_body(item)
            if body is not None and body not in ("party", "public", "massorg"):
                # 党组, 机关党委 with no place on a body's own site: that body's own party organ
                actor = Actor(body, source, item.source_name + actor.text, "headline", "source")
        if actor is not None and actor.via == "source" and source is not None and actor.body in ("public", "massorg",
                                                                                                  "party") \
                and actor.region is not None and actor.region.code == source.code \
                and INSTITUTION_SITE.search(item.source_name or ""):
            # a university's or hospital's own site (福建师范大学, 长江大学): the institution, and its party committee
            # or youth league with no place word (校党委, 学校…共青团), is a unit somewhere inside that place, not
            # its authority
            actor = dataclasses.replace(actor, via="subunit")
        if actor is not None and actor.via == "source" and (actor.source == "source" or OWN_PARTY_ORGAN.fullmatch(actor.text)) \
                and actor.region is not None and actor.region.level == "nation" \
                and SEATED_UNIT_SITE.search(item.source_name or ""):
            # an institute's or a hospital's own news on its site, whose name begins with 中国, nothing else named but
            # its party committee (遗传发育所组织召开… on 中国科学院遗传与发育生物学研究所's, 公司召开专题党委常委会 on
            # 中国市政工程西南设计研究总院's): a unit seated somewhere in the country, not the nation acting (what the
            # headline names, 中科院某局, is read as before)
            actor = dataclasses.replace(actor, via="subunit", text=item.source_name + (
                actor.text if actor.source != "source" else ""))
        if actor is not None and actor.body == "public" and actor.via == "name" and actor.source == "headline" \
                and actor.region is not None and actor.region.level in ("province", "city") and actor.text \
                and item.title.startswith(actor.text) \
                and (unit_name := UNIT_AFTER_PLACE.match(item.title, len(actor.text))) is not None \
                and not NOT_A_UNIT.search(unit_name.group(0)):
            # a unit named after its city heading the headline (武汉生物技术研究院获批…): somewhere inside the city
            actor = dataclasses.replace(actor, via="subunit")
        if actor is not None and actor.via == "subunit" and actor.region is not None and source is not None \
                and (actor.region.level == "city" or actor.region.is_municipality) \
                and self.gazetteer.relation(actor.region, source) == "inside" \
                and OWN_INSTITUTION_SITE.search(item.source_name or "") and not self._zone_named(item.title, actor) \
                and not UNIT_GOES.search(item.title):
            # a unit named after a city, on a university's, school's or hospital's own site inside that city (燕山大学's
            # 秦皇岛市大学生… in 海港区, 泉州校区… on 华侨大学's in 丰泽区): the institution's own, inside the site's place
            # (a zone, 泉州台商投资区, is a peer of the district whatever site reports it; a province's unit, 湖北省人民医院,
            # is seated elsewhere; one that goes somewhere, 某市医院专家来我县义诊, is a visitor)
            actor = dataclasses.replace(actor, region=source)
        if source is not None and source.level != "nation" and item.url \
                and self.locator.national_channel(item.url, source) and (
                    actor is None or actor.source == "source" or actor.via == "source"
                    or self._relative_from_site(item.title, actor)):
            # a local portal's domestic-news channel with no place named: national news, not the portal's place
            if actor is not None and actor.source != "source" and RELATIVE_LEAD.match(actor.text):
                # (but 市长 or 县委 there is some city's or county's, as on a national site: unknown, held unsure)
                return Verdict("external", 0.2, f"主体：{actor.text}（未写地名，国内新闻栏目不指明哪一省市，待核）", actor,
                               "unknown")
            actor = Actor("public", self.gazetteer.nation, "国内新闻栏目", "source", "channel") if actor is None \
                or actor.source == "source" else dataclasses.replace(actor, region=self.gazetteer.nation, via="channel")
        if actor is not None and actor.source == "source" and actor.region is not None and actor.region.level == "nation" \
                and CENTRAL_COMPANY_SITE.match(item.source_name or "") and not self._site_body(item):
            # a central company's own site with nothing else named (水洛河引水工程惠及… on 中国华电集团's): the company's
            # own news, a company at its seat (the corpus's convention), not the nation acting; held unsure
            seat = self.gazetteer.get(CENTRAL_COMPANY_SEAT)
            if seat is not None:
                unit = Actor("public", seat, item.source_name, "source", "subunit")
                kind, rel_label = self.decide(unit, seat, item.title)
                # (on the "part" path, not calibrated: whose company and where it is seated is a guess, held unsure)
                return Verdict(kind, 0.6, f"主体：{item.source_name}（{rel_label}：中央企业，不是国家机关）", unit, "part")
        # (or a state organ with no place that the site cannot place either, where a national body or the national
        # statistics are named: 统计局：…国内生产总值…, 人大…捍卫国家安全; a bare 政府 or 法院 with a date, 5月1日起…,
        # is some place's)
        placeless = actor is None or (actor.region is None and not actor.candidates and actor.via == "none"
                                      and actor.body in STATE_ORGANS and PLACELESS_NATIONAL.search(item.title) is not None)
        matter = NATIONAL_MATTER.search(item.title) if placeless and source is None else None
        if matter is not None and not FOREIGN.search(item.title) and not RELATIVE.search(item.title) \
                and not MEMBER_QUOTED.match(item.title) and not ADDRESSED_BEFORE.search(
                    item.title, max(0, matter.start() - 6), matter.start()):
            # no actor and the site's place unknown, but national bodies or national rules named (《…办法》X月起实施,
            # 国务院…): national news, as on a portal whose place is known (held unsure, "portal"); a national body
            # visited or addressed (拜访国家教育部官员) is no such news
            actor, kind, reason = self._national_matter(item, "网站所在地不明")
            return Verdict(kind, PORTAL_NATIONAL_CONF, reason, actor, "portal")
        if actor is None:
            return Verdict("external", 0.3, f"未识别主体（按外情处理，本级：{home_name}）", None, "noactor")
        if actor.source == "source" and ESSAY.search(item.title) and (source is None or source.level == "nation"
                                                                      or self._site_body(item) is None):
            return Verdict("external", 0.55, f"文章：{item.title[:20]}（网站转载的研究文章，作者地不明，按外情）", actor)
        if (actor.source == "source" or actor.via == "source") and ESSAY.search(item.title) and source is not None \
                and source.level != "nation" and not (self._site_body(item) == "congress"
                                                      and COMMITTEE_STUDY.match(COLUMN_TAG.sub("", item.title))):
            # an essay on a local body's site (某市人大常委会's 县级人大行使监督职权的研究与思考): written by someone of
            # that place or below it (RUBRIC: essays go by their author's region), not the body's own act
            unit = Actor("public", source, f"{ESSAY_ON_SITE}{item.source_name}）", "source", "subunit")
            kind, rel_label = self.decide(unit, source, item.title)
            return Verdict(kind, 0.55, f"文章：{item.title[:20]}（{rel_label}：作者应在{source.full_name}或其辖区内）", unit)
        if actor.via == "roundup":
            return Verdict("external", 0.8, f"主体：{actor.text}（外地经验汇总，本级：{home_name}）", actor)
        conf = {"headline": 0.9, "enactment": 0.95, "text": 0.7, "source": 0.5}.get(actor.source, 0.5)
        if actor.via == "person":
            conf = PERSON_UNKNOWN
        elif actor.via == "known":
            conf = KNOWN_POST_CONF
        elif actor.via == "context":
            conf = min(conf, CONTEXT_CONF)
        elif actor.via == "subunit" and actor.region is not None and self.gazetteer.relation(
                self.home, actor.region) == "above":
            conf = min(conf, SUBUNIT_CONF)
        leaders_place = self._placed_by_leader(item, actor, source)
        destination = None if leaders_place is not None else self._placed_by_destination(item, actor, source)
        if destination is not None:
            # a level word no site settles, placed by where the headline sends it (县长到水台镇调研: the town's county):
            # a guess from one word, held unsure ("destination", not calibrated up)
            actor, conf = dataclasses.replace(actor, region=destination, via="destination"), min(conf, CONTEXT_CONF)
        if leaders_place is not None:
            # a level word whose place the site does not settle, placed by the one province's or city's leader the
            # headline names acting (…常务会议 某某主持), with a place read from context's confidence
            actor, conf = dataclasses.replace(actor, region=leaders_place, via="context"), min(conf, CONTEXT_CONF)
        if actor.region is None and actor.candidates:
            choice, conf = self._settle(actor.candidates, source, conf)
            if choice is not None:
                # (a unit of one of several campuses stays a unit below its city, not the city itself)
                actor = dataclasses.replace(actor, region=choice, via="subunit" if actor.via == "subunit" else "context")
        place = actor.region
        if actor.via == "relative":
            conf -= 0.05
        if place is None and source is not None and not (source.level == "nation" and (
                LEVEL_WORD_LEAD.match(actor.text) or LEVEL_IN_NAME.search(actor.text))):
            # (a relative word, 省委, 市人大 or 自治区政协, on a national site names no province or city: unknown below;
            # nor one inside a body's name, 团市委 on 人民网)
            place, conf = source, min(conf, 0.6, max(site.confidence - 0.2, 0.2))
        elif actor.via == "source":
            conf = min(conf, 0.6, max(site.confidence - 0.2, 0.2))
        if place is not None and place.level == "nation" and actor.via == "source" and actor.body in (
                "deputies", "cppcc") and NAMED_MEMBER.match(COLUMN_TAG.sub("", item.title)):
            # one named deputy or member on a national site: a person of some region's delegation, not the nation
            place = None
        national_session = place is not None and place.level != "nation" and actor.via == "source" \
            and actor.body in ("deputies", "cppcc", "public") and self._national_session_voice(item)
        if national_session:
            # the national session's month (March): a named CPPCC member (members sit by sector, not by province) or
            # deputies with no name quoted on a portal (代表建言…, 代表委员畅谈…) speak at the national 两会, held
            # unsure ("portal"); a named deputy (某某代表：) stays the portal's province's delegation
            place, conf = self.gazetteer.nation, min(conf, 0.6)
            actor = Actor("cppcc" if actor.body == "public" else actor.body, place, "全国两会期间的代表委员", "headline",
                          "context")
        seen_outside = place is None and actor.body in ("congress", "cppcc") and bool(
            MAINLAND_SEEN_FROM_OUTSIDE.search(item.title)
            or (self._outside_site(item) and 0 <= _headline_head(item.title).find(actor.text) <= 2))
        if seen_outside:
            # a bare 人大 or 政协 as Hong Kong's, Macao's or Taiwan's media write of the mainland (大陆人大通过…,
            # 【中国两会】人大通过…, 政協開幕 王滬寧：… on a Taiwan paper's site): the national one, held unsure ("portal",
            # not calibrated up); on their sites only where it leads, not as a post of someone of theirs who leads
            # (區錦新批…多名身兼人大或政協議員齊反擊: Macao's legislators)
            place, conf = self.gazetteer.nation, min(conf, 0.6)
        if place is not None and place.level == "nation" and actor.via == "source" and actor.body == "public" \
                and RELATIVE.search(item.title) and not NATIONAL_HINT.search(item.title):
            # a relative place word (我县召开…, 全市…观摩团来我县) on a national site, no body or place named: some place
            # below the nation the site does not tell, not the nation itself (but the nation named beside it, 国家及省市
            # 领导视察…, stays)
            place = None
        if place is None and source is None and actor.text in ("两会", "全国两会") \
                and COMMERCIAL_PORTAL.match(item.source_name or "") \
                and headline_month(item.published_at, item.url)[5:7] == "03":
            # a bare 两会 on a national commercial portal (搜狐, 新浪…) in March, the national session's month: the
            # national 两会, as on a national site, held unsure ("portal"); other months it names no place
            place, conf, national_session = self.gazetteer.nation, min(conf, PORTAL_NATIONAL_CONF), True
            actor = Actor(actor.body, place, "全国两会", actor.source, "context")
        if place is None:
            # no place named and the site's place unknown: say so, never assume the home
            where = "全国性网站不指明哪一省市" if source is not None else "发布网站所在地不明"
            return Verdict("external", 0.2, f"主体：{actor.text}（未写地名，{where}，待核）", actor, "unknown")
        kind, rel_label = self.decide(actor, place, item.title)
        rel = self.gazetteer.relation(self.home, place)
        reason = f"主体：{actor.label}（{rel_label}：{self._relation_phrase(rel, place)}）"
        # what the headline names decides ("rules"); an actor read from the site alone, or a person whose
        # office is unknown, is a weaker kind of evidence, calibrated apart ("site")
        path = "person" if actor.via == "person" else "known" if actor.via == "known" \
            else "destination" if actor.via == "destination" else "site" if actor.source == "source" or actor.via == "source" \
            else "part" if actor.via == "subunit" and rel == "above" else "rules"
        if seen_outside or national_session:
            path = "portal"
        if rel_label == "全国" and kind == "external":
            path, conf = "scope", min(conf, NATION_SCOPE_CONF)
            if source is not None and source.level == "nation" and self._site_body(item) is not None:
                # the nation as scope on a central body's own site (全国…工作会议召开, 全国…投资情况 on the statistics
                # bureau's): that body's own meetings and releases, above every home
                kind = "upper"
                reason = f"主体：{item.source_name}（中央机关网站上的全国性事务：全国）"
            elif (source is None or source.level != "nation") and NATIONAL_MATTER.search(item.title) \
                    and not FOREIGN.search(item.title) and self._nation_only(item.title, source):
                # the nation as scope beside national bodies or rules (春运, 国务院, X月起施行) and no other place:
                # national news the portal carries (still unsure)
                kind = "upper"
                reason = f"主体：{actor.label}（全国性事务，未写其他地方：全国；待核）"
            elif self._nation_leads(item.title, source):
                # the nation itself as the subject that opens the headline, no other place named (中国成功发射…,
                # 2018年全国铁路春运圆满结束): the nation acting or its achievement, above every home (still unsure)
                kind = "upper"
                reason = f"主体：{actor.label}（全国作为主语，未写其他地方：全国；待核）"
            elif source is not None and source.level != "nation" and not FOREIGN.search(item.title) \
                    and (NATIONAL_SCOPE_OF_LOCAL.search(item.title) or DOC_ABOUT.match(COLUMN_TAG.sub("", item.title))):
                # the nation only as the scope of a contest, a list or an occasion on a local site (我校女篮晋级CUBA全国
                # 总决赛, 4村入选全国乡村治理示范村, 城北街道第24个全国“助残日”…), or of a notice the site issues (关于开展
                # 第三次全国土地调查的通知), not the nation as a subject (12月全国CPI…): what the site reports is its own
                # place's, not the nation's act (still unsure): somewhere inside it (a school, a village, a county the
                # headline names by a short name)
                actor = Actor("public", source, f"{source.full_name}（全国性活动、评比或名单中的本地主体）", "source",
                              "subunit")
                kind, rel_label = self.decide(actor, source, item.title)
                where = self._relation_phrase(self.gazetteer.relation(self.home, source), source)
                reason = f"主体：{actor.text}（{rel_label}：{where}；按网站所在地，待核）"
        elif path == "site" and place is source and actor.body == "congress" and actor.text.endswith("（宪法宣誓）"):
            # newly appointed officials taking the oath on a place's portal, no place or body named (新任命国家机关工作
            # 人员向宪法宣誓 on a county's news site): the site's place's standing committee's ceremony, read above, stays;
            # 国家 in the officials' title makes it no national news
            pass
        elif path == "site" and place is source and self._site_body(item) is None and NATIONAL_HINT.search(item.title) \
                and not RELATIVE.search(item.title) and (
                    not (INSTITUTION_SITE.search(item.source_name or "") or UNIT_OWN_SITE.search(item.source_name or ""))
                    or NAMED_MEMBER.match(COLUMN_TAG.sub("", item.title).lstrip("：:"))):
            # (a school's, hospital's, museum's, company's or airport's site carries its own news, 我校举办全民国家安全
            # 教育日专题讲座, 飞行区…护好春运回家路…, unless it quotes its member at the national session, 【科技日报】：某某
            # 委员：建议…)
            path, conf = "portal", min(conf, PORTAL_NATIONAL_CONF)
            if NATIONAL_MATTER.search(item.title) and not FOREIGN.search(item.title) \
                    and not DOC_ABOUT.match(COLUMN_TAG.sub("", item.title)):
                # national bodies or national rules named with no place: national news the portal carries (a notice
                # 关于… with no issuer is the site's own, relaying a national call or not: 关于开展国家社科基金项目申报
                # 工作的通知 on a university's site)
                actor, kind, reason = self._national_matter(item, "网站未写地名")
        return Verdict(kind, max(0.0, min(1.0, conf)), reason, actor, path)

    def held(self, v: Verdict, title: str = "", source_name: str = "") -> bool:
        """Readings that were wrong about one time in five at high confidence on the retired test parts' sites
        (nobody had tuned on them when they were measured), held below sure after calibration (HELD_CONF): a place
        that contains the home, or the home's own, named as the actor with no body (武汉一小区…, 厦门这五年…:
        which part of it, or whose act, is not said), or taken from the site with no body (a portal's national
        news, 长征五号…首飞 on a provincial portal); a national paper's CPPCC read from its site (人民政协网's
        reports of local CPPCCs); a national society's site (not a people's organisation's, by the actor's words or
        the site's name) read as the actor; a national society (中国某学会) read as no authority; national deputies
        named with no delegation (some province's) and the national CPPCC first named by a member's title
        (全国政协委员、…来我校调研); the home's own place's leaders with no body (区领导调研…: the party
        committee's or the government's); an essay on a local body's site (its author's place is a guess); a
        central company or bank acting (中建集团董事长…: business, read as national by some and as outside every
        home by others). Otherwise a relative word (我市, 市政协) names the site's own place: not held (the home's
        own 区领导, a central company and an essay on a site are held all the same)."""
        actor, path, kind = v.actor, v.path, v.kind
        if actor is None or actor.region is None or path not in ("rules", "site"):
            return False
        head = _headline_head(title)
        if path == "rules" and actor.region.level == "nation" and actor.text and head.find(actor.text) > 1:
            # a national body named after something else in the headline (我市通过国务院…复查, 某人拜访国家教育部…,
            # 乌干达海关总署…): right about one time in two on the retired test parts' first measurements (91% when
            # it leads the headline): held for people
            return True
        if path == "rules" and actor.body == "party" and actor.text.endswith("领导") \
                and self.gazetteer.relation(self.home, actor.region) == "self":
            return True  # the home's own place's 领导 (区领导调研…): its party committee's or its government's
        if actor.via == "relative":
            return False
        if path == "rules" and actor.via == "subunit" and (CENTRAL_COMPANY.fullmatch(actor.text) is not None
                                                           or actor.text.startswith(ESSAY_ON_SITE)):
            return True
        place = actor.region
        rel = self.gazetteer.relation(self.home, place)
        if RELATIVE.search(title):
            return False
        if actor.body == "public" and actor.via in ("name", "context") and rel in ("above", "self") \
                and place.level != "nation" and path == "rules":
            return True  # (a unit inside it, 福建医科大学 for 福州, is no bare place: via "subunit")
        if path == "site" and actor.via == "source" and rel in ("above", "self") and (actor.body == "public" or (
                actor.body == "cppcc" and place.level == "nation")):
            return True
        if path == "site" and actor.via == "source" and place.level == "nation" and actor.body == "massorg":
            return not (self._peoples_organisation(actor.text) or self._peoples_organisation(source_name))
        return path == "rules" and place.level == "nation" and (
            (actor.body == "massorg" and not self._peoples_organisation(actor.text))
            or (actor.body == "deputies" and kind == "upper")
            or (actor.body == "cppcc" and self._member_title_first(head)))

    @staticmethod
    def _peoples_organisation(name: str) -> bool:
        """Whether a name is a national people's organisation's or a party centre's (共青团中央, 全国妇联, 中国科协, 中国
        残疾人联合会…), not a society's."""
        return bool(name) and (name.endswith("中央") or name.startswith("全国")
                               or PEOPLES_ORGANISATION.search(name) is not None
                               or CENTRAL_PARTY_SITE.search(name) is not None)

    @staticmethod
    def _member_title_first(head: str) -> bool:
        """Whether the national CPPCC is first named in a headline's head (_headline_head) by a member's title
        (全国政协委员、…来我校调研), not as the body itself (全国政协十四届二次会议开幕 全国政协委员陆续报到)."""
        m = CPPCC_MEMBER_TITLE.search(head)
        return m is not None and m.start() == head.find("全国政协")

    def _national_matter(self, item: Item, why: str) -> tuple[Actor, str, str]:
        """National news named by its bodies or rules, with no place: the nation's government acting (actor, kind,
        reason), held unsure with why the site's place does not count."""
        nation = self.gazetteer.nation
        actor = Actor("government", nation, "全国性事务（国家机关或全国施行的规定）", "source", "source")
        kind, rel_label = self.decide(actor, nation, item.title)
        return actor, kind, f"主体：{actor.label}（{rel_label}：{self._relation_phrase('above', nation)}；{why}，待核）"

    def _first_held_in(self, head: str, actor: Actor, source: Division | None) -> Division | None:
        """The place inside a first's scope where the headline says the first is made or placed (临沂首个…在莒南产生,
        全省唯一…落户某县), else None."""
        scope = actor.region
        if scope is None:
            return None
        # (read in the scope's context: its counties by their short names, 莒南, whatever site carries it)
        found = self.actors.finder.find(head, scope if scope.level != "nation" else source)
        placed: dict[str, list[Division]] = {}
        for k, m in enumerate(found):
            if m.start <= len(actor.text) or m.division is None or m.how in ("relative", "nation"):
                continue
            verb = PLACED_AT.search(head, max(0, m.start - 2), m.start)
            tail = self.actors._chain_tail(found, k, head)  # (在厦门思明区: the district)
            if verb is None or tail.division is None or LISTED_AFTER.match(head, tail.end) \
                    or INSTITUTION_AFTER.match(head, tail.end) \
                    or not any(a.code == scope.code for a in self.gazetteer.ancestors_of(tail.division)):
                continue  # (not a list, 在宜昌、襄阳两地; nor a university or hospital named after it, 在武汉理工大学)
            placed.setdefault("在" if verb.group(0) == "在" else "落户", []).append(tail.division)
        # (where it is placed before where it is signed: 在武汉签约 落户襄阳 is 襄阳's; one place only)
        best = placed.get("落户") or placed.get("在") or []
        return best[0] if len({d.code for d in best}) == 1 else None

    def _nation_only(self, title: str, source: Division | None) -> bool:
        """Whether no place but the nation is named in the headline (relative words count as places)."""
        return not any(m.division is not None and m.division.level != "nation" or m.how == "relative"
                       for m in self.actors.finder.find(title, source))

    def _own_bare_acts(self, head: str, source: Division) -> bool:
        """The institution or its people by their bare name convening, studying or watching (OWN_BARE_ACTS), with no
        place named, and no national body unless studied or watched."""
        if OWN_BARE_ACTS.match(head) is None or any(m.division is not None and m.division.level != "nation"
                                                    for m in self.actors.finder.find(head, source)):
            return False
        national = NATIONAL.search(head) is not None or "全国人大" in head or "全国政协" in head
        return not national or NATIONAL_STUDIED.search(head) is not None

    def _slogan_then_own(self, head: str, source: Division) -> bool:
        """A slogan that names no body and no place before a dash, then the site's own unit acting (立足新起点…奋力
        开新局——我校师生热议…): not a body named before the dash (省委宣讲团来校宣讲——学校组织…), which acts."""
        after = _after_slogan(head)
        slogan = head[:len(head) - len(after)]
        # (nor a national body: 中央巡视组进驻！学校召开…, 教育部合格评估专家进校！我院召开…)
        return bool(after) and OWN_UNIT_LEADS.match(after) is not None and not self.actors._bodies(slogan) \
            and not self.actors.finder.find(slogan, source) and not NATIONAL.search(slogan)

    def _nation_leads(self, title: str, source: Division | None) -> bool:
        """Whether the nation word (中国, 全国) opens the headline as its subject (after a year or an exclamation
        lead-in), outside quotes, and no other place is named in it."""
        t = NATION_LEAD_IN.sub("", COLUMN_TAG.sub("", title))
        edition = EDITION.match(t)
        if edition is not None and NATIONAL_MEETING.match(t, edition.end()):
            t = t[edition.end():]  # (a national meeting's edition, 第十四届全国…洽谈会在重庆召开, as a year before it)
        held = HELD_AT.search(t)
        if held is not None and (CAPITAL_VENUE.fullmatch(held.group(1)) or NATIONAL_MEETING.match(t)):
            t = t[:held.start()] + t[held.end():]  # the capital as the venue names no other place
        if not NATION_LEADS.match(t) or RANKED.search(t) or self._titled_place(t, source):
            return False  # (a list or ranking the nation makes names the place picked out of it, a title its holder)
        return not any(m.division is not None and m.division.level != "nation" and m.how != "relative"
                       for m in self.actors.finder.find(t, source))

    def _titled_place(self, t: str, source: Division | None) -> bool:
        """Whether a title conferred on a place opens t with a break (中国无纺布名城-仙桃) or the place's name right after
        it (中国竹子之乡安吉, 中国无纺布名城仙桃市): a division's name or the short name of one county or city, which
        running text alone would not read as a place."""
        m = NATIONAL_TITLE.match(t)
        if m is None:
            return False
        if m.group(0).endswith(PROVINCE_TITLE_END) or TITLE_BREAK.match(t, m.end()) or any(
                x.start == m.end() and x.division is not None and x.how != "nation"
                for x in self.actors.finder.find(t, source)):
            return True
        shorts = self.gazetteer.shorts()
        for k in (2, 3):
            codes = shorts.get(t[m.end():m.end() + k], [])
            d = self.gazetteer.get(codes[0]) if len(codes) == 1 else None
            if d is not None and d.level in ("city", "county"):
                return True
        return False

    def _placed_by_leader(self, item: Item, actor: Actor, source: Division | None) -> Division | None:
        """The place of a level word (省…, 市…) leading the actor that the site leaves open (a site of no known place, a
        national one, or a province's for a city's word), from the leader of that level the headline names acting."""
        if actor.source != "headline" or actor.candidates:
            return None
        word = RELATIVE_LEAD.match(actor.text)
        if word is None:
            return None
        level = word.group(0)[-1]  # (leader_of_relative reads 省, 市, 州 and 盟 only)
        open_place = actor.region is None or (
            level != "省" and actor.via == "subunit" and actor.region.level == "province"
            and source is not None and source.code == actor.region.code)
        return leader_of_relative(item.title, level, item.published_at, item.url, source) if open_place else None

    def _own_body_post(self, item: Item, bare: str, name: str, body: str, source: Division | None) -> re.Match[str] | None:
        """A post of the site's own body written after a person's name (某某副主任率队… on 温州市人大常委会's site), where
        the site is a place's own congress, CPPCC or party committee (its name holds the place's short: not a
        university's or a hospital's party committee), the meeting the person chairs or calls is no other body's
        (王五主任主持召开市台办党组会议: the 台办's; a body visited, 到市中级人民法院调研, is no matter) and the person does not
        come to the site's place (李四副主任率队来厦…: a visitor)."""
        site_body = self._site_body(item)
        pattern = OWN_BODY_POST_AFTER_NAME.get(site_body or "")
        if pattern is None or body != site_body or source is None or source.level == "nation":
            return None
        site_name = item.source_name or ""
        if source.short not in site_name or INSTITUTION_SITE.search(site_name) or UNIT_SITE_WORD.search(site_name):
            return None
        post = pattern.match(bare, len(name))
        if post is None:
            return None
        held = MEETING_CALLED.search(bare, post.end())
        if held is not None and any(b != site_body for _s, _e, b in self.actors._bodies(bare[held.end():])):
            return None  # (主持召开市台办党组会议: the meeting is another body's; 到市中级人民法院调研 is a visit)
        led = LEADS_GROUP.match(bare, post.end())
        after = led.end() if led is not None else post.end()
        if bare.startswith("来", after) and (COMES_HERE.match(bare, after) or self._comes_here(bare, after, source)):
            return None  # (率队来厦…, 率队来我市…: a visitor)
        return post

    def _placed_by_destination(self, item: Item, actor: Actor, source: Division | None) -> Division | None:
        """The place of a level word (县长…, 市政协…, 省…局) that no site settles (a site of no known place, or a national
        one), from the one place below that level the headline sends it to or holds it in (县长到水台镇调研: the town's
        county; 省…到张家港检查: 江苏; 市政协…会议在南京…开幕: 南京): a body goes down its own hierarchy; a visit to a
        place of its own level is a visit elsewhere, so only a venue (在) may be of the word's own level."""
        if actor.source != "headline" or actor.candidates or actor.region is not None \
                or (source is not None and source.level != "nation"):
            return None
        title = item.title
        word = RELATIVE_LEAD.search(actor.text)
        at = title.find(actor.text)
        if word is None or at < 0 or TRIP_ELSEWHERE.search(title) or any(
                own.group(0)[0] in "我本" or own.group(0)[1] != word.group(0)[-1] for own in OWN_PLACE_WORD.finditer(title)):
            # (我市的省人大代表在榕视察: the deputies are some city's, wherever they go; a study trip, an investment
            # drive, a call or an aid visit goes out of the body's own place: 市党政代表团赴安吉县考察学习, 省长赴喀什…援疆;
            # but the whole of the word's own level, 省工信厅…赴鞍山市…开展加快全省工业…调研, is the body's own province)
            return None
        level, after = word.group(0)[-1], at + word.end()
        places = [(m.start, m.division) for m in self.actors.finder.find(title, None)
                  if m.how != "relative" and m.division is not None]
        found: set[str] = set()
        for start, division in places:
            before = DESTINATION_BEFORE.search(title, max(0, start - 3), start)
            if start < after or before is None:
                continue
            # (a place of the word's own level only as the venue of a session or meeting: 市政协…会议在南京…开幕, not 市长在
            # 深圳开展招商…)
            place = self._ancestor_for_word(division, level, venue=before.group(0) == "在"
                                            and MEETING_HELD.search(title, start) is not None
                                            and not ATTENDS.search(title))
            if place is None:
                return None
            found.add(place.code)
        if len(found) != 1:
            return None
        chosen = self.gazetteer.get(found.pop())
        if chosen is None or any(self.gazetteer.relation(division, chosen) == "elsewhere" for _, division in places):
            # (another place named that is neither inside nor above the guess: whose body it is, not told)
            return None
        return chosen

    def _ancestor_for_word(self, place: Division, word: str, venue: bool) -> Division | None:
        """The division a level word (省, 市, 州, 盟, 区, 县, 旗) names when its body goes to or meets in place: place's
        ancestor of that level (the place itself for a venue of that level), None when no such ancestor is sure (a
        town of a county-level city for 市, whose mayor could be that city's)."""
        chain = [place, *self.gazetteer.ancestors_of(place)]
        if word == "省":
            # (no autonomous region is a 省: 省长赴喀什… is another province's, on an aid visit)
            want = [d for d in chain if d.level == "province" and not d.is_municipality and not d.name.endswith("自治区")]
        elif word in "市州盟":
            want = [d for d in chain if d.level == "city" or (d.level == "province" and d.is_municipality)]
            if any(d.level == "county" and d.name.endswith("市") for d in chain):
                return None
            want = [d for d in want if d.level == "province" or d.name.endswith(word) or word == "市" and not d.name.endswith(("州", "盟"))]
        else:
            want = [d for d in chain if d.level == "county" and d.name.endswith(word if word != "县" else ("县", "自治县"))]
        if len(want) != 1 or (want[0].code == place.code and not venue):
            return None
        return want[0]

    def _settle(self, candidates: tuple[Division, ...], source: Division | None,
                conf: float) -> tuple[Division | None, float]:
        """An ambiguous place (鼓楼区) settled against the home rather than replaced by the source's region.

        Candidates within the source's region come first; when they all stand alike to the home the
        relation is known; otherwise the one related to the home (self, inside, above) is taken, less sure.
        """
        gaz = self.gazetteer
        cands = list(candidates)
        if source is not None and source.level != "nation":
            within = [c for c in cands if c.code == source.code
                      or any(a.code == source.code for a in gaz.ancestors_of(c))]
            cands = within or cands
        rels = [gaz.relation(self.home, c) for c in cands]
        if len(set(rels)) == 1:
            return cands[0], min(conf, 0.6)
        near = [c for c, r in zip(cands, rels, strict=True) if r != "elsewhere"]
        if len(near) == 1:
            return near[0], min(conf, 0.5)
        return None, conf

    def nearness(self, actor: Actor | None) -> str:
        """far (an actor elsewhere), near (above, self or inside the home) or none (no place known)."""
        if actor is None or actor.region is None:
            return "none"
        return "far" if self.gazetteer.relation(self.home, actor.region) == "elsewhere" else "near"

    def _relation_phrase(self, rel: str, place: Division) -> str:
        """A short Chinese phrase for the relation of place to home."""
        home = self.home.full_name
        if rel == "self":
            return home
        if rel == "above":
            return "全国" if place.level == "nation" else f"包含{home}的{place.full_name}"
        if rel == "inside":
            return f"{home}辖区内的{place.full_name}"
        return f"{place.full_name}不在{home}上下级之内"


class Classifier:
    """The public classifier: rules, the text model where they are unsure, analysts' corrections first."""

    def __init__(self, home: Division | str, model: TextModel | str | None = SHIPPED,
                 gazetteer: Gazetteer | None = None, leaders: Iterable[Leader] = (),
                 calibration: dict[str, Any] | None = None) -> None:
        """Create a classifier for a home (a Division or anything Gazetteer.resolve accepts).

        model: SHIPPED (default) loads the model in use (see model_path); None classifies by rules alone.
        """
        gaz = gazetteer or default_gazetteer
        self.home = home if isinstance(home, Division) else gaz.resolve(home)
        self.rules = RuleClassifier(self.home, gaz, leaders=leaders)
        self.model: TextModel | None = model_mod.load(_MODEL_PATH) if model == SHIPPED else model  # type: ignore[assignment]
        self.calibration = calibration if calibration is not None else (
            model_mod.load_calibration(_MODEL_PATH) if model == SHIPPED else None)

    def classify(self, item: Item) -> Verdict:
        """Classify one item; the confidence is calibrated (share right at that confidence on the dev part)."""
        return self._classify_beside_rules(simplified(item))[0]

    def _classify_beside_rules(self, item: Item) -> tuple[Verdict, tuple[str, str]]:
        """classify's verdict of a simplified item and the kind and path the rules alone gave it on the way."""
        rules_verdict = self.rules.classify(item)
        # (read before the verdict below, possibly this same object, is adjusted)
        rules_said = (rules_verdict.kind, rules_verdict.path)
        v = self._decide(item, rules_verdict)
        if self.calibration and v.path not in UNCALIBRATED:  # unknowns stay low: people decide
            v.confidence = model_mod.apply_calibration(self.calibration, self.calibration_key(v), v.confidence,
                                                       v.path)
        if self.rules.held(v, item.title, item.source_name):
            v.confidence = min(v.confidence, HELD_CONF)
        return v, rules_said

    def classify_all(self, items: Sequence[Item], context: Iterable[Item] = ()) -> list[Verdict]:
        """Classify a batch of items as classify does; a person leading a headline with no post is then looked up in
        the batch: the post another item writes before the same name (市委书记赵一德… beside 赵一德赴淳安调研), at the
        place it names or its site's, decides (processing/known_posts.py), as a reader of the day's items knows.
        context: more items read for posts only, not classified (the processing stage's recent documents).
        (The batch is held on the rules while this runs: one classifier is not for two threads at once.)"""
        return self.classify_all_beside_rules(items, context)[0]

    def classify_all_beside_rules(self, items: Sequence[Item],
                                  context: Iterable[Item] = ()) -> tuple[list[Verdict], list[str]]:
        """classify_all's verdicts and, from the same reading, the kinds the rules alone give the batch (what
        Classifier(home, None).classify_all would): an evaluation reports both without classifying twice."""
        items = [simplified(i) for i in items]
        both = [self._classify_beside_rules(i) for i in items]
        verdicts, rules_said = [v for v, _ in both], [said for _, said in both]
        # A person on a site whose place is unknown is on the "unknown" path: a post written with its place may tell.
        # (The rules' paths: the model never moves an item off the person and unknown paths, save an analyst's
        # correction, which stands as first read.)
        persons = {i: name for i, (_, path) in enumerate(rules_said)
                   if path in ("person", "unknown") and (name := self.rules.unknown_person(items[i])) is not None}
        rule_kinds = [kind for kind, _ in rules_said]
        if not persons:
            return verdicts, rule_kinds
        known = KnownPosts(self.rules.actors.finder, self.rules.gazetteer)
        # (bodies as far as the item's own reading goes, so that a batch of one reads an item as classify does)
        known.learn(set(persons.values()), ((f"{i.title}\n{to_simplified(i.text[:KNOWN_POST_TEXT_CHARS])}",
                                              self.rules.site(i).division, i.published_at, i.source_name)
                                             for i in itertools.chain(items, (simplified(c) for c in context))))
        if not len(known):
            return verdicts, rule_kinds
        self.rules.known = known
        try:
            for i in persons:
                again, (rule_kinds[i], _) = self._classify_beside_rules(items[i])
                if verdicts[i].path != "correction":
                    verdicts[i] = again
        finally:
            self.rules.known = None
        return verdicts, rule_kinds

    def calibration_key(self, v: Verdict) -> str:
        """What a verdict's confidence is calibrated by: its path and whether its actor is far from the home.

        An actor elsewhere is 外情 whatever else is unsure; one near the home (above, self, inside) must be
        placed among three kinds, so the same raw confidence means less there.
        """
        return f"{v.path}:{self.rules.nearness(v.actor)}"

    def _decide(self, item: Item, verdict: Verdict) -> Verdict:
        """Raw verdict from the rules' one; the model decides only corrected items and where the rules are unsure."""
        m = self.model
        if m is None or verdict.path == "unknown":
            return verdict
        override = getattr(m, "override", None)
        corrected = override(self.home, item.title) if override is not None else None
        if corrected is not None:
            return Verdict(corrected, 0.99, f"分析员更正为{KIND_LABELS[corrected]}；{verdict.reason}", verdict.actor,
                           "correction")
        if verdict.confidence < RULES_SURE:
            if isinstance(m, model_mod.KindModel):
                probs = m.predict_proba(self.home, item, actor=verdict.actor)
            else:
                probs = m.predict_proba(self.home, item)
            if probs:
                kind = max(probs, key=lambda k: probs[k])
                # With no actor at all most items are about somewhere else: the wording alone overrides that
                # only when the model is sure (measured on the headline corpus's train part).
                if probs[kind] > (NO_ACTOR_OVERRIDE if verdict.actor is None else verdict.confidence):
                    if verdict.actor is None:
                        # Wording alone, no actor: the model's guess stays marked as unsure for review.
                        return Verdict(kind, min(probs[kind], NO_ACTOR_CAP),
                                       f"未识别主体，文本模型判为{KIND_LABELS[kind]}（本级：{self.home.full_name}）", None,
                                       "noactor")  # not calibrated up: people decide
                    if verdict.path == "person":
                        # the wording cannot tell a person's office either: the guess stays unsure
                        return Verdict(kind, min(probs[kind], PERSON_UNKNOWN),
                                       f"{verdict.reason}；文本模型判为{KIND_LABELS[kind]}", verdict.actor, "person")
                    return Verdict(kind, probs[kind], f"{verdict.reason}；文本模型判为{KIND_LABELS[kind]}",
                                   verdict.actor, "model")
        return verdict


def classify_items(home: Division | str, items: Iterable[Item | dict[str, Any]]) -> list[Verdict]:
    """Classify items (Item objects or dicts with title/text/url/source_name) for one home."""
    clf = Classifier(home)
    out: list[Verdict] = []
    for it in items:
        if isinstance(it, dict):
            it = Item(title=str(it.get("title") or ""), text=str(it.get("text") or ""),
                      url=str(it.get("url") or ""), source_name=str(it.get("source_name") or ""),
                      source_region=it.get("source_region"), published_at=it.get("published_at"))
        out.append(clf.classify(it))
    return out
