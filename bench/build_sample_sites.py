"""Build the bundled sample sites (siqing/app/demo/content/) from the shared real corpora."""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import re
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "siqing" / "demo" / "content"

HTML_UTF8 = "text/html; charset=utf-8"
HTML_BARE = "text/html"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"

# Written sample items: (title, "YYYY-MM-DD HH:MM", paragraphs, kind for home 济南, attachment or None).
Written = tuple[str, str, list[str], str, tuple[str, str] | None]

NPC_WRITTEN: list[Written] = [
    (
        "十四届全国人大常委会第八次会议闭幕 表决通过新修订的保守国家秘密法",
        "2024-02-27 17:30",
        [
            "十四届全国人大常委会第八次会议27日下午在北京人民大会堂闭幕。会议表决通过了新修订的保守国家秘密法，国家主席签署主席令予以公布。",
            "新修订的保守国家秘密法共6章65条，坚持党对保守国家秘密工作的领导，完善定密、解密制度，健全保密管理和监督检查机制，自5月1日起施行。",
            "会议还表决通过了关于修改国境卫生检疫法的决定等。委员长会议组成人员和常委会委员出席会议。",
        ],
        "upper",
        None,
    ),
    (
        "十四届全国人大常委会第九次会议表决通过关税法",
        "2024-04-26 18:05",
        [
            "十四届全国人大常委会第九次会议26日下午表决通过关税法。关税法共7章72条，将关税条例上升为法律，自12月1日起施行。",
            "关税法明确了税目、税则和适用税率，规定了应纳税额、税收优惠、征收管理等内容，落实税收法定原则，为推进高水平对外开放提供法治保障。",
            "会议同日表决通过了关于修改农业技术推广法等法律的决定。",
        ],
        "upper",
        None,
    ),
    (
        "全国人大常委会表决通过农村集体经济组织法",
        "2024-06-28 16:40",
        [
            "十四届全国人大常委会第十次会议28日下午表决通过农村集体经济组织法。这部法律共8章67条，自2025年5月1日起施行。",
            "法律明确农村集体经济组织的法人地位，规范成员确认、组织登记、财产经营管理和收益分配，维护农村集体经济组织及其成员的合法权益。",
            "全国人大常委会法制工作委员会有关负责人表示，这部法律为巩固和完善农村基本经营制度、发展新型农村集体经济提供了法律保障。",
        ],
        "upper",
        None,
    ),
    (
        "新修订的突发事件应对法获表决通过",
        "2024-06-28 17:10",
        [
            "十四届全国人大常委会第十次会议28日表决通过新修订的突发事件应对法，自11月1日起施行。",
            "修订后的法律共8章106条，完善突发事件应对管理体制，健全信息报送和发布制度，强化应急保障，加强对个人信息的保护。",
            "法律要求县级以上人民政府建立健全突发事件应急预案体系，定期组织应急演练，提高全社会应对突发事件的能力。",
        ],
        "upper",
        None,
    ),
    (
        "十四届全国人大常委会第十二次会议闭幕 表决通过学前教育法",
        "2024-11-08 17:20",
        [
            "十四届全国人大常委会第十二次会议8日下午在北京人民大会堂闭幕。会议表决通过了学前教育法，这是我国首部学前教育专门法律。",
            "学前教育法共9章85条，明确学前教育坚持公益普惠，规定地方各级人民政府应当合理规划幼儿园布局，保障适龄儿童接受学前教育，自2025年6月1日起施行。",
            "会议还表决通过了能源法、矿产资源法修订草案和文物保护法修订草案。",
        ],
        "upper",
        None,
    ),
    (
        "全国人大常委会表决通过能源法",
        "2024-11-08 17:45",
        [
            "十四届全国人大常委会第十二次会议8日表决通过能源法。能源法共9章80条，自2025年1月1日起施行。",
            "法律对能源规划、能源开发利用、能源市场体系、能源储备和应急、能源科技创新、监督管理等作出规定，为推动能源高质量发展、保障国家能源安全提供法治保障。",
        ],
        "upper",
        None,
    ),
    (
        "全国人大常委会表决通过新修订的文物保护法",
        "2024-11-08 18:00",
        [
            "十四届全国人大常委会第十二次会议8日表决通过新修订的文物保护法，自2025年3月1日起施行。",
            "新修订的文物保护法共8章101条，完善文物保护工作原则，加强文物调查和认定，强化不可移动文物保护，加大对文物违法行为的惩处力度。",
            "法律要求县级以上地方人民政府将文物保护事业纳入本级国民经济和社会发展规划，所需经费列入本级预算。",
        ],
        "upper",
        None,
    ),
    (
        "十四届全国人大常委会第十三次会议表决通过增值税法",
        "2024-12-25 17:30",
        [
            "十四届全国人大常委会第十三次会议25日下午表决通过增值税法。增值税法共6章38条，自2026年1月1日起施行。",
            "增值税法按照税制平移思路，将现行增值税暂行条例上升为法律，对纳税人、征税范围、税率、应纳税额、税收优惠和征收管理等作出规定。",
            "会议同日表决通过了关于修改监察法的决定等。",
        ],
        "upper",
        None,
    ),
    (
        "十四届全国人大常委会第十五次会议表决通过民营经济促进法",
        "2025-04-30 17:15",
        [
            "十四届全国人大常委会第十五次会议30日下午表决通过民营经济促进法，自5月20日起施行。",
            "民营经济促进法共9章78条，将坚持“两个毫不动摇”写入法律，明确促进民营经济发展的基本原则，从公平竞争、投资融资促进、科技创新、规范经营、服务保障、权益保护等方面作出规定。",
            "这是我国第一部专门关于民营经济发展的基础性法律。",
        ],
        "upper",
        None,
    ),
    (
        "全国人大常委会执法检查组召开食品安全法执法检查第一次全体会议",
        "2025-05-20 11:00",
        [
            "全国人大常委会食品安全法执法检查组第一次全体会议20日在北京召开，听取国务院有关部门关于法律实施情况的汇报，对执法检查工作作出部署。",
            "会议指出，开展此次执法检查，要聚焦食品生产经营全链条监管、网络食品销售、校园食品安全等重点问题，坚持问题导向，推动法律全面有效实施。",
            "根据安排，执法检查组将分成若干小组赴地方开展检查，同时委托部分省（区、市）人大常委会在本行政区域内开展检查。",
        ],
        "upper",
        None,
    ),
    (
        "全国人大常委会法工委发言人介绍备案审查工作情况",
        "2025-12-22 10:30",
        [
            "全国人大常委会法制工作委员会发言人22日在记者会上介绍，今年以来法工委对报送备案的行政法规、地方性法规、司法解释等规范性文件逐件开展审查，督促制定机关纠正与宪法法律不一致的规定。",
            "发言人表示，将继续健全备案审查制度机制，加强对地方性法规的主动审查和专项审查，维护国家法治统一。",
        ],
        "upper",
        None,
    ),
    (
        "委员长会议建议十四届全国人大常委会第二十次会议2月下旬举行",
        "2026-02-06 16:00",
        [
            "十四届全国人大常委会委员长会议6日上午在北京人民大会堂举行，决定十四届全国人大常委会第二十次会议于2月下旬在北京举行。",
            "委员长会议建议，常委会会议审议有关法律草案，听取审议国务院关于有关工作情况的报告，审议代表资格审查委员会关于个别代表的代表资格的报告等。",
        ],
        "upper",
        None,
    ),
]

JNRD_WRITTEN: list[Written] = [
    (
        "市十八届人大常委会第十五次会议召开",
        "2024-04-26 10:00",
        [
            "4月26日，济南市第十八届人民代表大会常务委员会第十五次会议在市人大常委会会议中心召开。会议由市人大常委会主任主持。",
            "会议听取审议了市人民政府关于2023年度国有资产管理情况的综合报告，审议了《济南市养老服务条例（草案）》，表决通过了有关人事任免事项。",
            "会议强调，要聚焦全市中心工作依法履职，为建设“强新优富美高”新时代社会主义现代化强省会贡献人大力量。",
        ],
        "internal",
        None,
    ),
    (
        "市人大常委会召开主任会议",
        "2024-06-14 16:30",
        [
            "6月14日，市人大常委会召开第三十二次主任会议，研究市十八届人大常委会第十七次会议有关事项。",
            "会议听取了常委会各工作机构关于有关议题准备情况的汇报，讨论了关于召开常委会会议的建议和会议议程草案，研究了《济南市人大常委会2024年下半年工作要点》。",
        ],
        "internal",
        ("济南市人大常委会2024年下半年工作要点.docx", "docx"),
    ),
    (
        "市人大常委会开展《济南市优化营商环境条例》执法检查",
        "2024-09-10 09:30",
        [
            "近日，市人大常委会执法检查组赴槐荫区、高新区检查《济南市优化营商环境条例》贯彻实施情况。",
            "检查组实地察看政务服务中心和企业生产一线，召开座谈会听取企业代表意见。检查组指出，要对照条例逐条检查，推动解决企业反映的审批、融资、用地等突出问题，让法规规定落地见效。",
            "执法检查报告将提请市人大常委会会议审议。",
        ],
        "internal",
        None,
    ),
    (
        "市人大常委会召开代表建议重点督办工作会议",
        "2025-04-15 15:00",
        [
            "4月15日，市人大常委会召开代表建议重点督办工作会议，确定本年度由常委会领导牵头督办的重点建议。",
            "会议要求，承办单位要主动与代表沟通联系，把代表建议办理与推动工作结合起来，做到件件有回音、事事有着落，提高代表满意度。",
        ],
        "internal",
        None,
    ),
    (
        "济南市第十八届人民代表大会第五次会议隆重开幕",
        "2025-01-08 09:00",
        [
            "1月8日上午，济南市第十八届人民代表大会第五次会议在济南市会议中心隆重开幕。",
            "大会听取了市人民政府工作报告，审查了国民经济和社会发展计划报告、财政预算报告。出席会议的市人大代表认真履行职责，围绕经济社会发展建言献策。",
        ],
        "internal",
        None,
    ),
    (
        "市人大常委会党组召开会议传达学习有关会议精神",
        "2025-03-14 08:30",
        [
            "3月14日，市人大常委会党组召开会议，传达学习全国两会精神，研究贯彻落实意见。",
            "会议要求，常委会党组和机关各级党组织要把学习贯彻全国两会精神作为当前重要政治任务，结合立法、监督、代表工作，推动各项部署在济南落地落实。",
        ],
        "internal",
        None,
    ),
    (
        "市人大常委会组成人员视察民生实事项目推进情况",
        "2025-06-20 10:00",
        [
            "6月20日，市人大常委会组织部分常委会组成人员和市人大代表，视察全市民生实事项目推进情况。",
            "视察组先后来到养老服务中心、城市更新项目现场和中小学建设工地，听取有关情况介绍。视察组强调，要加快项目建设进度，确保民生实事按期完成、群众满意。",
        ],
        "internal",
        None,
    ),
    (
        "市人大常委会举办2026年市人大代表履职学习班",
        "2026-02-26 14:00",
        [
            "2月26日至27日，市人大常委会举办市人大代表履职学习班，来自各代表团的市人大代表参加学习。",
            "学习班围绕代表法、监督法和代表建议撰写、代表联络站活动组织等内容进行专题辅导，帮助代表提高依法履职能力。",
        ],
        "internal",
        None,
    ),
    (
        "市人大常委会机关召开作风建设推进会",
        "2026-01-16 09:00",
        [
            "1月16日，市人大常委会机关召开作风建设推进会，总结上一年度机关建设情况，部署本年度工作。",
            "会议要求，机关各部门要强化服务意识，精简会议文件，提高办文办会质效，为常委会依法履职提供有力保障。",
        ],
        "internal",
        None,
    ),
    (
        "中共济南市委人大工作会议召开",
        "2024-11-20 09:00",
        [
            "11月20日，中共济南市委人大工作会议召开。市委书记出席会议并讲话。",
            "会议强调，要坚持党的领导、人民当家作主、依法治国有机统一，支持和保证人大及其常委会依法行使职权，全面加强新时代人大工作。",
            "会议对进一步加强和改进全市人大工作作出部署，要求各级党委加强对人大工作的领导，市人大常委会要认真抓好贯彻落实。",
        ],
        "upper",
        None,
    ),
    (
        "市委常委会召开会议研究部署人大工作",
        "2025-02-18 18:00",
        [
            "2月18日，市委常委会召开会议，听取市人大常委会党组工作汇报，研究部署今年全市人大工作。",
            "会议指出，要支持人大及其常委会围绕强省会建设加强重点领域立法，扎实开展监督工作，密切同人民群众的联系，更好发挥人大代表作用。",
        ],
        "upper",
        None,
    ),
    (
        "市委理论学习中心组专题学习人民代表大会制度理论",
        "2024-09-12 15:00",
        [
            "9月12日，市委理论学习中心组举行集体学习，专题学习习近平总书记关于坚持和完善人民代表大会制度的重要思想。",
            "会议要求，全市各级党组织要把坚持和完善人民代表大会制度作为重要政治责任，支持人大依法履职，推动全过程人民民主在济南落地生根。",
        ],
        "upper",
        None,
    ),
    (
        "中共济南市委印发《关于加强新时代市人大工作的实施意见》",
        "2025-06-05 10:00",
        [
            "近日，中共济南市委印发《关于加强新时代市人大工作的实施意见》。",
            "实施意见从加强党对人大工作的全面领导、提高立法质量、增强监督实效、发挥代表作用、加强人大自身建设等方面提出具体措施，要求各区县党委结合实际抓好落实。",
        ],
        "upper",
        None,
    ),
    (
        "济南市人民政府通报上半年民生实事项目进展情况",
        "2025-07-22 16:00",
        [
            "7月22日，济南市人民政府召开新闻发布会，通报2025年上半年民生实事项目进展情况。",
            "据介绍，今年确定的民生实事项目总体进展顺利，新增普惠托位、老旧小区改造、城市道路微循环等项目完成年度计划过半。市政府要求各责任单位倒排工期，确保全年任务按期完成。",
        ],
        "lower",
        None,
    ),
    (
        "济南市中级人民法院发布涉企行政诉讼典型案例",
        "2025-03-27 10:30",
        [
            "3月27日，济南市中级人民法院召开新闻发布会，发布一批涉企行政诉讼典型案例。",
            "案例涉及行政许可、行政处罚、政府信息公开等领域。市中院表示，将依法平等保护各类经营主体合法权益，为优化法治化营商环境提供司法服务保障。",
        ],
        "lower",
        None,
    ),
    (
        "市政协召开常委会议协商推进城市更新",
        "2025-08-28 09:30",
        [
            "8月28日，市政协召开常委会议，围绕“有序推进城市更新”开展专题协商。",
            "与会政协委员结合调研情况，就老旧街区改造、历史文化保护、群众参与机制等提出意见建议。市政府有关部门负责同志到会听取意见。",
        ],
        "lower",
        None,
    ),
]

LIXIA_WRITTEN: list[Written] = [
    (
        "泉城路街道人大工委开展代表接待日活动",
        "2024-03-15 10:00",
        [
            "3月15日，泉城路街道人大工委在辖区代表联络站开展代表接待日活动，区人大代表现场接待来访群众。",
            "活动中，群众围绕老旧小区管网改造、背街小巷停车等问题反映意见建议。代表们逐一记录，能现场答复的当场答复，需要协调的交街道和有关部门限期办理。",
        ],
        "lower",
        None,
    ),
    (
        "历下区基层立法联系点就条例草案征求意见",
        "2024-05-22 15:00",
        [
            "5月22日，历下区基层立法联系点召开座谈会，就《济南市养老服务条例（草案）》征求社区工作者、养老机构负责人和居民代表意见。",
            "与会人员围绕社区嵌入式养老、助餐服务、失能老人照护等内容提出修改建议20余条。联系点将对意见进行整理后报送市人大常委会法制工作机构。",
        ],
        "lower",
        ("征求意见表.pdf", "pdf"),
    ),
    (
        "千佛山街道代表联络站开展“代表进社区”活动",
        "2024-07-09 09:30",
        [
            "7月9日，千佛山街道代表联络站组织区人大代表走进社区，开展“代表进社区、履职为群众”活动。",
            "代表们走访了辖区老年食堂和社区卫生服务站，与居民面对面交流，收集到关于夏季防汛、社区健身设施维护等方面的意见建议12条。",
        ],
        "lower",
        None,
    ),
    (
        "文东街道社区议事会协商老旧小区加装电梯",
        "2024-08-16 16:00",
        [
            "近日，文东街道某社区召开议事协商会，就老旧小区加装电梯问题进行协商。",
            "街道人大工委邀请区人大代表、居民代表、物业和施工单位共同参加。经过充分讨论，各方就费用分摊、低层住户补偿和施工安排达成一致意见，首批两部电梯将于年内开工。",
        ],
        "lower",
        None,
    ),
    (
        "历下区人大常委会召开第二十一次会议",
        "2024-10-29 09:00",
        [
            "10月29日，历下区第十九届人民代表大会常务委员会第二十一次会议召开。",
            "会议听取审议了区人民政府关于养老服务体系建设情况的报告，审查批准了区本级财政预算调整方案，表决通过了人事任免事项。",
        ],
        "lower",
        None,
    ),
    (
        "历下区人大代表视察民生实事项目",
        "2024-12-05 14:30",
        [
            "12月5日，历下区人大常委会组织部分区人大代表视察全区民生实事项目完成情况。",
            "代表们实地察看了口袋公园、社区食堂和学校改扩建项目，对项目建设成效给予肯定，并就项目后续运营管理提出建议。",
        ],
        "lower",
        None,
    ),
    (
        "大明湖街道人大工委听取居民对背街小巷改造意见",
        "2025-03-20 10:00",
        [
            "3月20日，大明湖街道人大工委组织区人大代表走访辖区背街小巷，听取居民对改造方案的意见。",
            "居民们就路面铺装、雨污分流、夜间照明等提出建议。街道人大工委将意见汇总后转交有关部门，并将跟踪办理进展。",
        ],
        "lower",
        None,
    ),
    (
        "甸柳街道代表联络站反馈群众意见办理情况",
        "2025-04-25 15:30",
        [
            "4月25日，甸柳街道代表联络站召开意见建议办理情况反馈会，向群众通报一季度收集意见的办理结果。",
            "一季度联络站共收集意见建议46条，已办结41条，其余正在协调推进。参会居民对办理情况进行了满意度测评。",
        ],
        "lower",
        None,
    ),
    (
        "历下区人大常委会专题询问养老服务工作",
        "2025-06-26 09:00",
        [
            "6月26日，历下区人大常委会就全区养老服务工作开展专题询问。",
            "常委会组成人员和区人大代表围绕养老机构运营、居家养老服务覆盖、养老护理人才队伍建设等问题提问，区政府有关部门负责人到会应询。",
        ],
        "lower",
        None,
    ),
    (
        "东关街道人大工委组织代表开展安全生产检查",
        "2025-09-03 10:00",
        [
            "9月3日，东关街道人大工委组织区人大代表对辖区沿街商铺、小餐饮场所开展安全生产检查。",
            "代表们重点检查了燃气使用、消防通道和电气线路等情况，对发现的问题督促经营者立即整改。",
        ],
        "lower",
        None,
    ),
    (
        "历下区推行民生实事项目人大代表票决制",
        "2025-12-18 11:00",
        [
            "12月18日，历下区召开会议部署2026年民生实事项目人大代表票决工作。",
            "根据安排，区政府将在广泛征集意见的基础上提出候选项目，由区人民代表大会会议期间代表票决产生，区人大常委会负责监督项目实施。",
        ],
        "lower",
        None,
    ),
    (
        "解放路街道代表联络站开展优化营商环境主题活动",
        "2026-01-13 14:30",
        [
            "1月13日，解放路街道代表联络站开展优化营商环境主题活动，邀请辖区企业负责人与区人大代表座谈。",
            "企业负责人反映了用工招聘、停车配套等方面的困难。代表们表示，将通过提出建议等方式推动有关问题解决。",
        ],
        "lower",
        None,
    ),
    (
        "建新街道社区议事协商破解停车难",
        "2026-02-10 16:00",
        [
            "近日，建新街道某社区召开议事协商会，研究解决小区停车难问题。",
            "经协商，社区将利用闲置空地新增停车位，并与周边单位协商错时共享停车。区人大代表将持续跟进方案落实情况。",
        ],
        "lower",
        None,
    ),
    (
        "趵突泉街道人大工委开展泉水保护调研",
        "2026-03-05 10:00",
        [
            "3月5日，趵突泉街道人大工委组织区人大代表开展泉水保护专题调研。",
            "调研组察看了辖区泉池保护和泉水直饮点运行情况，听取了街道和社区工作汇报，建议加强泉池周边环境整治和游客文明引导。",
        ],
        "lower",
        None,
    ),
]


@dataclass
class Article:
    """One sample article before rendering."""

    site: str
    column: str
    title: str
    when: str  # "YYYY-MM-DD HH:MM"
    paragraphs: list[str]
    kind: str
    written: bool
    url: str = ""
    encoding: str = "utf-8"
    meta_charset: bool = True
    lead: list[str] = field(default_factory=list)
    attachment: tuple[str, str] | None = None
    extra: dict = field(default_factory=dict)

    @property
    def day(self) -> str:
        """The published date as YYYY-MM-DD."""
        return self.when[:10]


class SiteWriter:
    """Collects routes (url path -> bytes, content type) and the manifest."""

    def __init__(self) -> None:
        """Start empty."""
        self.routes: dict[str, tuple[bytes, str]] = {}
        self.articles: list[Article] = []

    def add(self, path: str, data: bytes, ctype: str) -> None:
        """Register one served file."""
        assert path not in self.routes, path
        self.routes[path] = (data, ctype)

    def add_html(self, path: str, text: str, encoding: str = "utf-8") -> None:
        """Register an HTML page in the given encoding."""
        if encoding == "utf-8":
            self.add(path, text.encode("utf-8"), HTML_UTF8)
        else:
            self.add(path, text.encode("gbk", errors="xmlcharrefreplace"), HTML_BARE)

    def write(self, out: Path) -> None:
        """Write the gzipped files, routes.json and manifest.json."""
        if out.exists():
            shutil.rmtree(out)
        (out / "files").mkdir(parents=True)
        routes = {}
        for path, (data, ctype) in sorted(self.routes.items()):
            rel = "files" + path + ".gz"
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
                gz.write(data)
            target.write_bytes(buf.getvalue())
            routes[path] = {"file": rel, "content_type": ctype}
        (out / "routes.json").write_text(json.dumps(routes, ensure_ascii=False, indent=1), "utf-8")
        manifest = {
            "home": {"code": "370100", "name": "山东省济南市"},
            "articles": [
                {
                    "url": a.url,
                    "title": a.title,
                    "site": a.site,
                    "column": a.column,
                    "kind_for_jinan": a.kind,
                    "published": a.day,
                    "written": a.written,
                    "encoding": a.encoding if a.meta_charset or a.encoding == "utf-8" else "gbk (no meta)",
                    "attachments": [a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"]]
                    if a.attachment
                    else [],
                }
                for a in self.articles
            ],
        }
        (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")


def doc_id(text: str, low: int = 1000000) -> int:
    """A stable numeric id for a title (TRS-style 7-digit ids)."""
    return low + zlib.crc32(text.encode("utf-8")) % 8999999


def esc(text: str) -> str:
    """HTML-escape text."""
    return html.escape(text, quote=True)


def paragraphs_html(paras: list[str], style: str = "text-indent:2em;") -> str:
    """Render paragraphs, markdown headings as centred bold lines."""
    out = []
    for p in paras:
        if p.startswith("#"):
            out.append(f'<p style="text-align:center;"><strong>{esc(p.lstrip("#").strip())}</strong></p>')
        else:
            out.append(f'<p style="{style}">{esc(p)}</p>')
    return "\n".join(out)


def truncate_paras(text: str, limit: int = 3000) -> list[str]:
    """Split a regulation text into paragraphs and cut at a paragraph boundary near limit."""
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    kept: list[str] = []
    total = 0
    for p in paras:
        if kept and total + len(p) > limit:
            kept.append("……（全文略）")
            break
        kept.append(p)
        total += len(p)
    return kept


def reg_event(reg: dict) -> dict | None:
    """The last enactment record of a regulation that has an acting body."""
    events = [e for e in reg.get("enactment_history") or [] if e.get("action") and e.get("date")]
    return events[-1] if events else None


def cn_to_iso(date: str) -> str:
    """Convert 2021年9月30日 to 2021-09-30."""
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date)
    assert m, date
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"


def pick_regs(
    rows: list[dict], prefixes: tuple[str, ...], body_word: str, n: int, min_year: int = 2004
) -> list[dict]:
    """Pick n regulations with the given title prefixes, spread over time, deterministic."""
    found = []
    for r in rows:
        if not r["title"].startswith(prefixes) or len(r["text"]) < 800:
            continue
        ev = reg_event(r)
        if not ev or body_word not in "".join(e.get("body") or "" for e in r["enactment_history"]):
            continue
        day = cn_to_iso(ev["date"])
        if int(day[:4]) < min_year:
            continue
        found.append((day, r))
    found.sort(key=lambda t: (t[0], t[1]["title"]), reverse=True)
    step = max(1, len(found) // n)
    chosen = [r for _, r in found[::step]][:n]
    return chosen


def hour_for(title: str) -> str:
    """A stable publishing time of day for a title."""
    h = zlib.crc32(title.encode("utf-8"))
    return f"{8 + h % 10:02d}:{(h // 10) % 60:02d}"


ON = ' class="on"'

TRS_PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span>&nbsp;<span>上一页</span>&nbsp;");
  else {
    document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;");
    if(nCurrIndex == 1) document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;");
    else document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;");
  }
  if(nCurrIndex == (_nPageCount-1)) document.write("<span>下一页</span>&nbsp;<span>尾页</span>");
  else {
    document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;");
    document.write("<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
  }
}
</script>"""


def page_name(i: int, first: str = "index.html", fmt: str = "index_{}.html") -> str:
    """File name of list page i (0-based)."""
    return first if i == 0 else fmt.format(i)


def chunks(items: list, size: int) -> list[list]:
    """Split a list into pages."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


# ---------------------------------------------------------------- npc.gov.cn

NPC_COLUMNS = {"c30834": "权威发布", "c5948": "地方人大"}


def npc_chrome_head(title: str, written: bool = False) -> str:
    """Head and top navigation of an npc.gov.cn-like page."""
    sample = '<meta name="siqing:sample" content="written">\n' if written else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="keywords" content="中国人大网,全国人大,人大常委会">
<link rel="stylesheet" href="/npc/images/common.css">
{sample}</head>
<body>
<div class="top_bar"><div class="w1200"><a href="/npc/">中国人大网</a>　<span class="sj">手机版</span>　<a href="javascript:void(0)">English</a></div></div>
<div class="nav"><ul>
<li><a href="/npc/">首页</a></li><li><a href="/npc/c2/c30834/index.html">权威发布</a></li>
<li><a href="javascript:void(0)">立法</a></li><li><a href="javascript:void(0)">监督</a></li>
<li><a href="javascript:void(0)">代表</a></li><li><a href="javascript:void(0)">理论</a></li>
<li><a href="/npc/c2/c5948/index.html">地方人大</a></li><li><a href="javascript:void(0)">人大概况</a></li></ul></div>
"""


NPC_FOOT = """<div class="footer"><p><a href="javascript:void(0)">关于我们</a> | <a href="javascript:void(0)">网站地图</a> | <a href="javascript:void(0)">联系我们</a></p>
<p>版权所有：全国人大常委会办公厅　Copyright &copy; 2024 www.npc.gov.cn All Rights Reserved</p>
<p>京ICP备05003934号　京公网安备11010102000002号</p></div>
</body>
</html>
"""


def build_npc(w: SiteWriter, rows: list[dict]) -> None:
    """中国人大网-like: 权威发布 (written national items) and 地方人大 (other provinces' regulations)."""
    columns: dict[str, list[Article]] = {"c30834": [], "c5948": []}
    for title, when, paras, kind, att in NPC_WRITTEN:
        columns["c30834"].append(Article("npc", "权威发布", title, when, paras, kind, True, attachment=att))
    for prefixes, n in (
        (("浙江省",), 3),
        (("广东省",), 3),
        (("上海市",), 3),
        (("北京市",), 3),
        (("重庆市",), 3),
        (("河南省",), 3),
    ):
        body = prefixes[0][:2]
        for r in pick_regs(rows, prefixes, body, n, min_year=2016):
            ev = reg_event(r)
            assert ev
            lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
            a = Article(
                "npc",
                "地方人大",
                r["title"],
                cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
                truncate_paras(r["text"], 2200),
                "external",
                False,
                lead=lead,
            )
            columns["c5948"].append(a)
    for col, arts in columns.items():
        arts.sort(key=lambda a: a.when, reverse=True)
        for a in arts:
            ym = a.day[:7].replace("-", "")
            a.url = f"/npc/c2/{col}/{ym}/t{a.day.replace('-', '')}_{doc_id(a.title, 430000) % 1000000}.html"
        pages = chunks(arts, 8)
        for i, page in enumerate(pages):
            items = "\n".join(
                f'<li><a href="./{a.url.split("/", 4)[4]}" target="_blank">{esc(a.title)}</a></li>'
                for a in page
            )
            body = f"""{npc_chrome_head(NPC_COLUMNS[col] + "_中国人大网")}
<div class="position">当前位置：<a href="/npc/">首页</a> &gt; <a href="index.html">{NPC_COLUMNS[col]}</a></div>
<div class="list_box"><h2>{NPC_COLUMNS[col]}</h2>
<ul class="list">
{items}
</ul>
<div class="page">{TRS_PAGER_JS}<script>createPageHTML({len(pages)}, {i}, "index", "html");</script></div>
</div>
{NPC_FOOT}"""
            w.add_html(f"/npc/c2/{col}/{page_name(i)}", body)
        for k, a in enumerate(arts):
            related = [b for b in arts if b is not a][k % 3 : k % 3 + 4]
            rel = "\n".join(
                f'<li><a href="/npc/c2/{col}/{b.url.split("/", 4)[4]}">{esc(b.title)}</a></li>'
                for b in related
            )
            y, m, d = a.day.split("-")
            fbrq = f"{y}年{m}月{d}日 {a.when[11:]}"
            lead = "".join(f'<p style="text-align:center;">{esc(x)}</p>' for x in a.lead)
            body = f"""{npc_chrome_head(a.title + "_中国人大网", a.written)}
<div class="position">当前位置：<a href="/npc/">首页</a> &gt; <a href="../index.html">{a.column}</a></div>
<div class="tit"><h1>{esc(a.title)}</h1></div>
<div class="fontsize"><span>来源： 中国人大网</span>　<span id="fbrq_show"></span>　浏览字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="javascript:void(0)">QQ空间</a></div>
<div id="Zoom">
{lead}
{paragraphs_html(a.paragraphs)}
</div>
<div class="zrbj">责任编辑：{"王伟" if k % 2 else "刘冰"}</div>
<div class="print"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="xgxw"><h3>相关文章</h3><ul>
{rel}
</ul></div>
<script type="text/javascript">
var fbrq = "{fbrq}";
document.getElementById("fbrq_show").innerHTML = fbrq;
</script>
{NPC_FOOT}"""
            w.add_html(a.url, body)
            w.articles.append(a)


# ---------------------------------------------------------------- gov.cn


def build_govcn(w: SiteWriter, policies: list[dict]) -> None:
    """中国政府网-like 最新政策, reusing the real page fragments."""
    chosen = [
        p
        for p in policies
        if len(p["page_html_fragment"]) < 26000 and "UCAP-CONTENT" in p["page_html_fragment"]
    ]
    chosen = chosen[:16]
    arts = []
    for p in chosen:
        a = Article(
            "govcn",
            "最新政策",
            p["title"],
            p["publish_date"] + " " + hour_for(p["title"]),
            [],
            "upper",
            False,
        )
        path = p["url"].split("www.gov.cn", 1)[1]
        a.url = "/govcn" + path
        a.extra = p
        arts.append(a)
    arts.sort(key=lambda a: a.when, reverse=True)
    pages = chunks(arts, 10)
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="keywords" content="中国政府网,政策">
{metas}
</head><body>
<div class="header"><a href="/govcn/">中国政府网</a> <span>www.gov.cn</span>
<ul class="nav"><li><a href="/govcn/">首页</a></li><li>简</li><li>繁</li><li>EN</li><li>登录</li>
<li><a href="/govcn/zhengce/zuixin/index.html">政策</a></li><li>国务院</li><li>总理</li><li>新闻</li><li>服务</li><li>问政</li><li>数据</li></ul></div>
"""
    foot = """<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body></html>
"""
    for i, page in enumerate(pages):
        items = "\n".join(
            f'<li><h4><a href="{a.url}" target="_blank">{esc(a.title)}</a><span class="date">{a.day}</span></h4></li>'
            for a in page
        )
        nav = []
        if i > 0:
            nav.append(f'<a href="{page_name(i - 1)}">上一页</a>')
        if i < len(pages) - 1:
            nav.append(f'<a href="{page_name(i + 1)}">下一页</a>')
        body = (
            head.format(title="最新政策_中国政府网", metas="")
            + f"""<div class="channel_tab">最新政策</div>
<div class="news_box"><div class="list list_1 list_2"><ul>
{items}
</ul></div>
<div class="pages">{" ".join(nav)}</div></div>
{foot}"""
        )
        w.add_html(f"/govcn/zhengce/zuixin/{page_name(i)}", body)
    for a in arts:
        p = a.extra
        metas = (
            f'<meta name="ArticleTitle" content="{esc(p["title"])}">\n'
            f'<meta name="PubDate" content="{p["publish_date"]} {a.when[11:]}">\n'
            f'<meta name="ContentSource" content="{esc(p["issuing_office"])}">\n'
            f'<meta name="ColumnName" content="国务院文件">'
        )
        frag = p["page_html_fragment"]
        body = (
            head.format(title=esc(p["title"]) + "_国务院部门文件_中国政府网", metas=metas)
            + f"""<div class="BreadcrumbNav">
<a href="/govcn/">首页</a> &gt; <a href="/govcn/zhengce/zuixin/index.html">政策</a> &gt; 国务院文件</div>
{frag}
<div class="share">【我要打印】 【关闭窗口】 扫一扫在手机打开当前页</div>
{foot}"""
        )
        w.add_html(a.url, body)
        a.extra = {}
        w.articles.append(a)


# ---------------------------------------------------------------- sdrd (TRS WCM, mixed GBK / UTF-8)


def trs_head(title: str, charset: str | None, metas: str) -> str:
    """Head of a TRS WCM page; charset None leaves out the meta charset."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n' if charset else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}<title>{esc(title)}</title>
<meta name="SiteName" content="山东人大网" />
<meta name="SiteDomain" content="www.sdrd.gov.cn" />
{metas}<link href="/sdrd/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="head"><div class="logo"><a href="/sdrd/">山东人大网</a></div>
<div class="menu"><a href="/sdrd/">首页</a> | <a href="javascript:void(0)">人大要闻</a> | <a href="/sdrd/lfgz/dfxfg/index.html">立法工作</a> | <a href="javascript:void(0)">监督工作</a> | <a href="javascript:void(0)">代表工作</a> | <a href="javascript:void(0)">市县人大</a></div></div>
"""


TRS_FOOT = """<div class="foot">主办：山东省人大常委会办公厅　承办：山东省人大常委会信息中心<br />
地址：济南市历下区省府前街1号　鲁ICP备05009370号</div>
</body>
</html>
"""


def make_pdf(lines: list[str]) -> bytes:
    """A tiny real PDF with Chinese text (WeasyPrint, font subset)."""
    from weasyprint import HTML  # noqa: PLC0415

    body = "".join(f"<p>{esc(x)}</p>" for x in lines)
    doc = f'<html><head><style>@page {{ size: A5; margin: 1.5cm }} body {{ font-family: "FandolSong", "Noto Serif CJK SC", serif; font-size: 11pt }}</style></head><body>{body}</body></html>'
    return HTML(string=doc).write_pdf()


def make_docx(lines: list[str]) -> bytes:
    """A tiny real DOCX with the given paragraphs."""
    import docx  # noqa: PLC0415

    d = docx.Document()
    d.core_properties.author = "siqing sample sites"
    d.add_heading(lines[0], level=1)
    for x in lines[1:]:
        d.add_paragraph(x)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def passed_on(line: str) -> str:
    """Turn an enactment line into the 已于...经...通过 wording of an announcement."""
    return re.sub(r"^(\d{4}年\d{1,2}月\d{1,2}日)\s*(?!经)", r"\1经", line.strip())


def announcement(title: str, lines: list[str], body_name: str) -> list[str]:
    """Announcement paragraphs of a standing committee publishing a regulation."""
    return [
        f"## {body_name}公告",
        f"《{title}》已于" + "，".join(passed_on(x) for x in lines) + "，现予公布。",
    ]


def build_sdrd(w: SiteWriter, rows: list[dict]) -> None:
    """山东人大网 on TRS WCM: 地方性法规 column with createPageHTML pagination, about a third GBK."""
    regs = pick_regs(rows, ("山东省",), "山东省人民代表大会常务委员会", 36, min_year=2012)
    arts = []
    for r in regs:
        ev = reg_event(r)
        assert ev
        lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
        paras = announcement(r["title"], [ev["line"]], "山东省人民代表大会常务委员会")
        paras += [f"## {r['title']}"] + [f"（{x}）" for x in lead] + truncate_paras(r["text"])
        a = Article(
            "sdrd",
            "地方性法规",
            r["title"],
            cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
            paras,
            "upper",
            False,
        )
        arts.append(a)
    arts.sort(key=lambda a: a.when, reverse=True)
    for k, a in enumerate(arts):
        a.url = (
            f"/sdrd/lfgz/dfxfg/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{doc_id(a.title)}.html"
        )
        if k % 3 == 1:
            a.encoding = "gbk"
            a.meta_charset = k != 4  # one GBK page carries no meta charset at all
    pdf_art = arts[2]
    pdf_art.attachment = (pdf_art.title + ".pdf", "pdf")
    pages = chunks(arts, 8)
    for i, page in enumerate(pages):
        gbk = i == 1
        items = "\n".join(
            f'<li><a href="./{a.url.split("/", 4)[4]}" target="_blank" title="{esc(a.title)}">{esc(a.title)}</a><span>{a.day}</span></li>'
            for a in page
        )
        metas = '<meta name="ColumnName" content="地方性法规" />\n'
        body = (
            trs_head("地方性法规_山东人大网", "gb2312" if gbk else "utf-8", metas)
            + f"""<div class="location">您现在的位置：<a href="/sdrd/">首页</a> &gt; <a href="/sdrd/lfgz/">立法工作</a> &gt; <a href="./">地方性法规</a></div>
<div class="main"><div class="lmtit">地方性法规</div>
<ul class="list_news">
{items}
</ul>
<div class="fy">{TRS_PAGER_JS}
<script>createPageHTML({len(pages)}, {i}, "index", "html");</script></div></div>
{TRS_FOOT}"""
        )
        w.add_html(f"/sdrd/lfgz/dfxfg/{page_name(i)}", body, "gbk" if gbk else "utf-8")
    for a in arts:
        charset = None if not a.meta_charset else ("gb2312" if a.encoding == "gbk" else "utf-8")
        metas = (
            f'<meta name="ColumnName" content="{a.column}" />\n<meta name="ArticleTitle" content="{esc(a.title)}" />\n'
            f'<meta name="PubDate" content="{a.when}" />\n<meta name="ContentSource" content="山东省人大常委会办公厅" />\n'
        )
        att_html = ""
        if a.attachment:
            href = f"./P0{a.day.replace('-', '')}{doc_id(a.title) % 100000}.pdf"
            a.extra["att_href"] = href.split("/")[-1]
            att_html = f'<div class="fj">附件：<a href="{href}" OLDSRC="/protect/P0.pdf">{esc(a.attachment[0])}</a></div>'
            lines = [a.title] + [p.lstrip("#").strip() for p in a.paragraphs[:12]]
            w.add(a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"], make_pdf(lines), PDF_TYPE)
        body = (
            trs_head(a.title, charset, metas)
            + f"""<div class="location">您现在的位置：<a href="/sdrd/">首页</a> &gt; <a href="/sdrd/lfgz/">立法工作</a> &gt; <a href="../">地方性法规</a></div>
<div class="article"><h1>{esc(a.title)}</h1>
<div class="info">发布日期：{a.day}　　来源：山东人大网　　【字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="TRS_Editor">
{paragraphs_html(a.paragraphs)}
</div>
{att_html}
<div class="close"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>
{TRS_FOOT}"""
        )
        w.add_html(a.url, body, a.encoding)
        w.articles.append(a)


# ---------------------------------------------------------------- jnrd


def build_jnrd(w: SiteWriter, rows: list[dict]) -> None:
    """济南人大: 人大要闻 (written items) and 立法工作 (济南 regulations)."""
    cols: dict[str, tuple[str, list[Article]]] = {"rdyw": ("人大要闻", []), "lfgz": ("立法工作", [])}
    for title, when, paras, kind, att in JNRD_WRITTEN:
        cols["rdyw"][1].append(Article("jnrd", "人大要闻", title, when, paras, kind, True, attachment=att))
    for r in pick_regs(rows, ("济南市",), "济南市人民代表大会", 18, min_year=2004):
        ev = reg_event(r)
        assert ev
        lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
        acts = [e["line"] for e in r["enactment_history"] if e.get("action") and e.get("date")]
        city = [x for x in acts if "济南市" in x][-1:]
        tail = [x for x in acts[-1:] if x not in city]
        paras = announcement(r["title"], city + tail, "济南市人民代表大会常务委员会")
        paras += [f"## {r['title']}"] + [f"（{x}）" for x in lead] + truncate_paras(r["text"])
        cols["lfgz"][1].append(
            Article(
                "jnrd",
                "立法工作",
                r["title"],
                cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
                paras,
                "internal",
                False,
            )
        )
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta name="ColumnName" content="{col}">
</head><body>
<div class="header"><div class="logo"><a href="/jnrd/">济南人大</a></div><div class="search"><input type="text" placeholder="请输入关键字"></div></div>
<div class="nav"><a href="/jnrd/">首页</a><a href="/jnrd/rdyw/index.html">人大要闻</a><a href="/jnrd/lfgz/index.html">立法工作</a><a href="javascript:void(0)">监督工作</a><a href="javascript:void(0)">代表工作</a><a href="javascript:void(0)">区县人大</a></div>
"""
    foot = """<div class="footer"><p>济南市人大常委会办公厅主办　地址：济南市龙奥北路1号</p><p>鲁ICP备12006350号-1　网站标识码3701000048</p></div>
</body></html>
"""
    for col, (cname, arts) in cols.items():
        arts.sort(key=lambda a: a.when, reverse=True)
        for a in arts:
            a.url = f"/jnrd/{col}/{a.day[:7].replace('-', '')}/t{a.day.replace('-', '')}_{doc_id(a.title, 5000000) % 10000000}.html"
        pages = chunks(arts, 10)
        for i, page in enumerate(pages):
            items = "\n".join(
                f'<li><span class="time">{a.day}</span><a href="{a.url}" target="_blank">{esc(a.title)}</a></li>'
                for a in page
            )
            nums = " ".join(
                f'<a href="{page_name(j)}"{ON if j == i else ""}>{j + 1}</a>' for j in range(len(pages))
            )
            nxt = f' <a href="{page_name(i + 1)}">下一页</a>' if i < len(pages) - 1 else ""
            prv = f'<a href="{page_name(i - 1)}">上一页</a> ' if i > 0 else ""
            body = (
                head.format(title=f"{cname}-济南人大", col=cname)
                + f"""<div class="crumb">当前位置：<a href="/jnrd/">首页</a> &gt; {cname}</div>
<div class="listbox"><ul class="newslist">
{items}
</ul>
<div class="pagebar">{prv}{nums}{nxt}　共{len(arts)}条</div></div>
{foot}"""
            )
            w.add_html(f"/jnrd/{col}/{page_name(i)}", body)
        for a in arts:
            att_html = ""
            if a.attachment:
                name = a.attachment[0]
                a.extra["att_href"] = f"W0{a.day.replace('-', '')}{doc_id(name) % 1000}.docx"
                att_html = (
                    f'<div class="attach">附件：<a href="./{a.extra["att_href"]}">{esc(name)}</a></div>'
                )
                data = make_docx(
                    [
                        name.removesuffix(".docx"),
                        "（本文件为示例内容，非真实文件。）",
                        "一、坚持党的领导，围绕中心、服务大局。",
                        "二、加强重点领域立法，提高立法质量。",
                        "三、依法开展执法检查和专题询问，增强监督实效。",
                        "四、密切联系人大代表和人民群众，做好代表建议督办。",
                    ]
                )
                w.add(a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"], data, DOCX_TYPE)
            sample = '<meta name="siqing:sample" content="written">\n' if a.written else ""
            body = (
                head.format(title=f"{esc(a.title)}-济南人大", col=cname).replace(
                    "</head>", sample + "</head>"
                )
                + f"""<div class="crumb">当前位置：<a href="/jnrd/">首页</a> &gt; <a href="/jnrd/{col}/index.html">{cname}</a> &gt; 正文</div>
<div class="detail"><h2 class="title">{esc(a.title)}</h2>
<div class="source">发布时间：{a.when}　　来源：济南市人大常委会办公厅　　<span class="view">浏览次数：<script>document.write(Math.floor(Math.random()*1000))</script></span>　【<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="content" id="content">
{paragraphs_html(a.paragraphs)}
</div>
{att_html}
<div class="bottom_tool"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></div>
{foot}"""
            )
            w.add_html(a.url, body)
            w.articles.append(a)


# ---------------------------------------------------------------- lixia (JCMS-like, "下一页" links)


def build_lixia(w: SiteWriter) -> None:
    """历下区人大: written grassroots items, 大汉 JCMS-style URLs, 下一页 pagination."""
    arts = [
        Article("lixia", "工作动态", t, when, p, k, True, attachment=att)
        for t, when, p, k, att in LIXIA_WRITTEN
    ]
    arts.sort(key=lambda a: a.when, reverse=True)
    for a in arts:
        y, m, d = (int(x) for x in a.day.split("-"))
        a.url = f"/lixia/art/{y}/{m}/{d}/art_36721_{doc_id(a.title) % 10000000}.html"
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
{extra}</head><body>
<div class="top"><a href="/lixia/">历下区人大常委会</a> <span>济南市历下区人民代表大会常务委员会</span></div>
<div class="menu"><a href="/lixia/">首页</a> <a href="/lixia/gzdt/index.html">工作动态</a> <a href="javascript:void(0)">代表风采</a> <a href="javascript:void(0)">基层立法联系点</a> <a href="javascript:void(0)">联系我们</a></div>
"""
    foot = """<div class="bottom">历下区人大常委会办公室　版权所有　鲁ICP备05050311号</div>
</body></html>
"""
    pages = chunks(arts, 6)
    for i, page in enumerate(pages):
        items = "\n".join(
            f'<tr><td class="bt"><a href="{a.url}" target="_blank">{esc(a.title)}</a></td><td class="rq">[{a.day}]</td></tr>'
            for a in page
        )
        links = []
        if i > 0:
            links.append(
                f'<a href="{page_name(i - 1, fmt="list_{}.html") if i - 1 else "index.html"}">上一页</a>'
            )
        if i < len(pages) - 1:
            links.append(f'<a href="list_{i + 1}.html">下一页</a>')
        body = (
            head.format(title="工作动态 - 历下区人大常委会", extra="")
            + f"""<div class="pos">首页 &gt; 工作动态</div>
<table class="newslist">
{items}
</table>
<div class="pagination">第{i + 1}页/共{len(pages)}页 {" ".join(links)}</div>
{foot}"""
        )
        w.add_html(f"/lixia/gzdt/{page_name(i, fmt='list_{}.html')}", body)
    for a in arts:
        att_html = ""
        if a.attachment:
            a.extra["att_href"] = f"{doc_id(a.title) % 100000}.pdf"
            att_html = f'<p>附件：<a href="./{a.extra["att_href"]}">{esc(a.attachment[0])}</a></p>'
            data = make_pdf(
                [
                    "历下区基层立法联系点意见征求表（示例内容）",
                    "法规草案名称：________",
                    "意见建议：________",
                    "提出人：________　联系电话：________",
                ]
            )
            w.add(a.url.rsplit("/", 1)[0] + "/" + a.extra["att_href"], data, PDF_TYPE)
        body = (
            head.format(
                title=f"{esc(a.title)} - 历下区人大常委会",
                extra='<meta name="siqing:sample" content="written">\n',
            )
            + f"""<div class="pos">首页 &gt; <a href="/lixia/gzdt/index.html">工作动态</a></div>
<div class="art"><h1>{esc(a.title)}</h1>
<div class="info">日期：{a.day}　　来源：历下区人大常委会办公室　　字体：[大 中 小]</div>
<div id="zoom">
{paragraphs_html(a.paragraphs)}
{att_html}
</div></div>
{foot}"""
        )
        w.add_html(a.url, body)
        w.articles.append(a)


# ---------------------------------------------------------------- zjrd


def build_zjrd(w: SiteWriter, rows: list[dict]) -> None:
    """浙江人大: 浙江, 杭州 and 宁波 regulations, paginated with 下一页 links."""
    arts = []
    for prefixes, n in ((("浙江省",), 10), (("杭州市",), 5), (("宁波市",), 5)):
        for r in pick_regs(rows, prefixes, prefixes[0][:2], n, min_year=2010):
            ev = reg_event(r)
            assert ev
            lead = [e["line"] for e in r["enactment_history"] if e.get("line") and e.get("date")]
            paras = [f"（{x}）" for x in lead] + truncate_paras(r["text"], 2500)
            arts.append(
                Article(
                    "zjrd",
                    "地方性法规",
                    r["title"],
                    cn_to_iso(ev["date"]) + " " + hour_for(r["title"]),
                    paras,
                    "external",
                    False,
                )
            )
    arts.sort(key=lambda a: a.when, reverse=True)
    for a in arts:
        y, m, d = (int(x) for x in a.day.split("-"))
        a.url = f"/zjrd/art/{y}/{m}/{d}/art_1229690_{doc_id(a.title, 50000000) % 100000000}.html"
    head = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
{metas}</head><body>
<div class="zj-head"><a href="/zjrd/">浙江人大</a> <span>浙江省人民代表大会常务委员会</span></div>
<div class="zj-nav"><a href="/zjrd/">首页</a> <a href="javascript:void(0)">要闻</a> <a href="/zjrd/col/dfxfg/index.html">法规库</a> <a href="javascript:void(0)">监督</a> <a href="javascript:void(0)">代表</a></div>
"""
    foot = """<div class="zj-foot">浙江省人大常委会办公厅主办　浙ICP备05003940号</div>
</body></html>
"""
    pages = chunks(arts, 8)
    for i, page in enumerate(pages):
        items = "\n".join(
            f'<li><a href="{a.url}" title="{esc(a.title)}" target="_blank">{esc(a.title)}</a><i>{a.day}</i></li>'
            for a in page
        )
        nav = ['<a href="index.html">首页</a>']
        if i > 0:
            nav.append(f'<a href="{page_name(i - 1)}">上一页</a>')
        if i < len(pages) - 1:
            nav.append(f'<a href="{page_name(i + 1)}">下一页</a>')
        nav.append(f'<a href="{page_name(len(pages) - 1)}">尾页</a>')
        body = (
            head.format(title="地方性法规_浙江人大", metas="")
            + f"""<div class="zj-list"><h3>地方性法规</h3><ul>
{items}
</ul><div class="zj-page">{" ".join(nav)}</div></div>
{foot}"""
        )
        w.add_html(f"/zjrd/col/dfxfg/{page_name(i)}", body)
    for a in arts:
        metas = f'<meta name="ArticleTitle" content="{esc(a.title)}">\n<meta name="PubDate" content="{a.when}">\n<meta name="ContentSource" content="浙江人大">\n'
        body = (
            head.format(title=f"{esc(a.title)}_浙江人大", metas=metas)
            + f"""<div class="zj-art"><div class="zj-tit">{esc(a.title)}</div>
<div class="zj-info">发布日期：{a.day}　信息来源：浙江省人大常委会法工委</div>
<div class="zj-con">
{paragraphs_html(a.paragraphs)}
</div></div>
{foot}"""
        )
        w.add_html(a.url, body)
        w.articles.append(a)


def build_home_pages(w: SiteWriter) -> None:
    """Site home pages linking to their columns, and robots.txt."""
    links = {
        "npc": ("中国人大网", ["/npc/c2/c30834/index.html", "/npc/c2/c5948/index.html"]),
        "govcn": ("中国政府网", ["/govcn/zhengce/zuixin/index.html"]),
        "sdrd": ("山东人大网", ["/sdrd/lfgz/dfxfg/index.html"]),
        "jnrd": ("济南人大", ["/jnrd/rdyw/index.html", "/jnrd/lfgz/index.html"]),
        "lixia": ("历下区人大常委会", ["/lixia/gzdt/index.html"]),
        "zjrd": ("浙江人大", ["/zjrd/col/dfxfg/index.html"]),
    }
    for site, (name, urls) in links.items():
        items = "".join(f'<li><a href="{u}">{u}</a></li>' for u in urls)
        w.add_html(
            f"/{site}/index.html",
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{name}</title></head><body><h1>{name}</h1><ul>{items}</ul></body></html>\n',
        )
    sites = "".join(f'<li><a href="/{s}/index.html">{n}</a></li>' for s, (n, _) in links.items())
    w.add_html(
        "/index.html",
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>siqing sample sites</title></head><body><ul>{sites}</ul></body></html>\n',
    )
    w.add("/robots.txt", b"User-agent: *\nAllow: /\n", "text/plain; charset=utf-8")


def load_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Build the sample sites from ../shared into siqing/app/demo/content/."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    corpora = args.shared / "data" / "corpora"
    regs = load_jsonl(corpora / "local-regulations" / "local_regulations.jsonl")
    policies = load_jsonl(corpora / "govcn-policy" / "govcn_policies.jsonl")
    w = SiteWriter()
    steps: list[Callable[[], None]] = [
        lambda: build_npc(w, regs),
        lambda: build_govcn(w, policies),
        lambda: build_sdrd(w, regs),
        lambda: build_jnrd(w, regs),
        lambda: build_lixia(w),
        lambda: build_zjrd(w, regs),
        lambda: build_home_pages(w),
    ]
    for step in steps:
        step()
    w.write(args.out)
    counts: dict[str, int] = {}
    for a in w.articles:
        counts[a.site] = counts.get(a.site, 0) + 1
        counts[a.kind] = counts.get(a.kind, 0) + 1
    print(json.dumps({"articles": len(w.articles), "routes": len(w.routes), **counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
