"""The real short-news repost set (tests/fixtures/dedup/short_news.jsonl): real items, real reposts, repost
edits, hand-marked hard negatives, gold clusters, and a dev/test split by site.

Originals are real short news items (title and text as the stored copy of the page showed them, with url,
site and date). Items that carry the same story on another site (found as published, e.g. one Xinhua
report on a party site and a cadre portal) share a `story` key: the first by key is `made: "original"`,
the others `made: "repost"` (real reposts). A story found on one site only gets one repost edit of the
kind reposting sites make (a 来源 line, an editor's note or a photo caption put in front, the lead
trimmed, punctuation changed), marked `made: "repost-edit"` with `edit` saying what changed and `source`
naming the original. HARD_NEGATIVES (pairs) and HARD_NEGATIVE_GROUPS (every pair within a group) were
read by hand as the same template with a different place, body, subject or time: every copy of one story
is a hard negative of every copy of the other.

The split is by site: sites linked by a shared story form one component, so no site is in both parts.
Each item records the batch it was gathered in (`gathered`). A test part is retired once it has been looked
at: the first test part (batch 2026-11-29a, split from dev by a hash of the site name) was measured at
06:40 UTC and again after nine items were added, so on 2026-11-29 at 09:30 UTC all its sites moved to `dev`.
The test part is now batch TEST_BATCH alone: a component is `test` only when every item in it was gathered
in that batch from sites new to the set; every other component is `dev` (error analysis).

    python scripts/build_short_news.py --import DIR   # originals from DIR/s*.jsonl (key, title, text, ...)
    python scripts/build_short_news.py --add FILE     # add the originals in FILE (jsonl) to the set
    python scripts/build_short_news.py                # rebuild edits, pairs and split from the set in place
    python scripts/build_short_news.py --summary
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "dedup" / "short_news.jsonl"

# (original key, original key, why): read by hand from the two items
HARD_NEGATIVES: list[tuple[str, str, str]] = [
    ("whrd-zrhy40", "yichang-zr18", "主任会议, different city"),
    ("whrd-zrhy40", "tls-zr56", "主任会议, different city"),
    ("yichang-zr18", "tls-zr56", "主任会议, different city"),
    ("whrd-zrhy40", "whrd-cwh19", "same committee, 主任会议 vs 常委会会议 two months apart"),
    ("yichang-zr18", "sanxia-cwh29", "same committee, different meeting and year"),
    ("whrd-cwh19", "sanxia-cwh29", "常委会会议, different city"),
    ("whrd-cwh19", "qz-cwh22", "常委会会议, different city and laws"),
    ("qz-cwh22", "yian-cwh8", "常委会会议, city vs district"),
    ("sanxia-cwh29", "jz-cwh23", "常委会会议 deciding the next plenary, different city"),
    ("jz-cwh23", "hh-cwh28", "常委会会议, city vs county-level city"),
    ("qz-cwh22", "jz-cwh23", "常委会会议 reviewing a local regulation, different city"),
    ("js-cwh17", "jx-cwh17", "two provinces' 常委会第十七次会议"),
    ("hb-cwh15", "hppc-cwh3", "same provincial committee, different session and year"),
    ("js-cwh17", "hb-cwh15", "provincial 常委会会议, different province"),
    ("jx-cwh17", "hppc-cwh3", "provincial 常委会会议, different province"),
    ("js-cwh17", "hppc-cwh3", "provincial 常委会会议, different province"),
    ("npcsc3-close", "js-cwh17", "常委会会议 at national vs provincial level"),
    ("npc-wyz136", "whrd-zrhy40", "委员长会议 vs a city's 主任会议"),
    ("hbzx-2021-zxhy", "hbzx-2019-cwh5", "same provincial CPPCC, different meeting and year"),
    ("jz-zx-kaimu", "fq-zx-kaimu", "政协会议开幕, different city"),
    ("fq-zx-kaimu", "fj-zx-1104", "政协会议开幕, county-level city vs province"),
    ("jz-zx-kaimu", "fj-zx-1104", "政协会议开幕, city vs province"),
    ("hbzx-2019-cwh5", "fj-zx-1104", "provincial CPPCC meetings, different province"),
    ("hb-mm-1306", "xm-mm-1208", "民盟 committee meeting, different place"),
    ("xm-mm-1208", "xm-mm-zwh17", "same 民盟 committee, different meeting and year"),
    ("hb-mm-1306", "xm-mm-zwh17", "民盟 committee meeting, different place"),
    ("whdi-pcc14-zxt1", "xm-pcc13-bd", "党代会 news, different city"),
    ("wc-sqzl-js", "lc-gcbh-zhb", "a district's own initiative, different district and subject"),
    ("jiading-zr41", "whrd-zrhy40", "主任会议, district vs city"),
    ("jiading-zr41", "aq365-zr32", "主任会议 fixing the next session, different place"),
    ("aq365-zr32", "tls-zr56", "主任会议 on the year's work plans, different city and year"),
    ("aq365-zr32", "yichang-zr18", "主任会议 fixing the next session, different city"),
    ("cq-wtjc-start", "cq-wtjc-report", "same delegated inspection, start in April vs report in December"),
    ("cq-wtjc-start", "hppc-cwh3", "inspections of local regulations, different province"),
    ("xiaogan-zr9", "yichang-zr18", "主任会议 fixing the next session, different Hubei city"),
    ("xiaogan-zr9", "whrd-zrhy40", "主任会议, different Hubei city"),
    ("hg-cwh20", "jz-cwh23", "常委会会议 reviewing draft regulations, different Hubei city"),
    ("hg-cwh20", "whrd-cwh19", "常委会会议 with appointments and oath, different Hubei city"),
    ("hg-cwh20", "sanxia-cwh29", "常委会会议, different Hubei city and year"),
    ("yl-jdxm", "js-xmjd", "代表接待选民日, two districts in different provinces"),
    ("yl-jdxm", "sf-jdxm", "代表接待选民日, district street vs town"),
    ("js-xmjd", "sf-jdxm", "代表接待选民日, different place and year"),
    ("ra-ybh16", "xm-pcc13-bd", "opening-eve report of a congress, 人代会 vs 党代会, different city"),
    ("qz-ybh17", "baoan-ybh", "人代会预备会议, different city / district"),
    ("qz-ybh17", "ra-ybh16", "人代会预备会, different city"),
    ("baoan-ybh", "ra-ybh16", "人代会预备会, different place and year"),
    ("xm-db-bd26", "qz-ybh17", "eve of a city 人代会 (代表报到 vs 预备会议), different city"),
    ("xm-db-bd26", "ra-ybh16", "eve of a city 人代会, different city"),
    ("fz-sdb-sc", "oh-sdb-sc", "代表会前集中视察, different city and congress"),
    ("zz-fl-1105", "zs-xqfl-13", "妇联执委会议, different place"),
    ("qd-tdh17", "hlj-tdh12", "团代会开幕, city vs province, different year"),
    ("cd-zgh-51", "bn-zgh-51", "五一劳动奖表彰, different city"),
    ("cd-zgh-51", "zjk-lm-2013", "劳模/五一表彰大会, different city"),
    ("bn-zgh-51", "zjk-lm-2013", "劳模表彰, different place"),
    ("bn-zgh-51", "xm-jlds-fy", "劳模表彰, different place"),
    ("cd-zgh-51", "xm-jlds-fy", "劳模表彰, different city"),
    ("zjk-lm-2013", "xm-jlds-fy", "劳模表彰, different city"),
    ("dxh-cwh11", "yian-cwh8", "区人大常委会会议, different district"),
    ("dxh-cwh11", "hg-cwh20", "人大常委会会议, different place"),
    ("dxh-cwh11", "whrd-cwh19", "常委会会议, a district of the city vs the city"),
    ("dxh-cwh11", "sanxia-cwh29", "人大常委会会议, different place"),
    ("gl93-lh17", "mj-xm-lh26", "a democratic party at its city's 两会, different party and city"),
    ("nmg-db-2018", "nmg-db-2021", "the same delegation reaching Beijing, a different NPC session three years apart"),
    ("nmg-db-2018", "hb-db-2023", "a province's NPC delegation leaves for Beijing, different province and year"),
    ("nmg-db-2021", "hb-db-2023", "a province's NPC delegation leaves for Beijing, different province and year"),
    ("jl-cwh20", "jl-cwh3", "the same provincial standing committee, different term and meeting"),
    ("jl-cwh3", "hppc-cwh3", "省X届人大常委会第三次会议, different province"),
    ("jl-cwh20", "hppc-cwh3", "provincial standing committee meeting, different province"),
    ("jl-cwh3", "hb-cwh15", "provincial standing committee meeting, different province"),
    ("jl-cwh20", "hb-cwh15", "provincial standing committee meeting, different province"),
    ("jl-cwh3", "js-cwh17", "provincial standing committee meeting, different province"),
    ("jl-cwh20", "jx-cwh17", "provincial standing committee meeting, different province"),
    ("jlsh-rdh17-3", "baoan-ybh", "opening of a local 人代会, different city"),
    ("jlsh-rdh17-3", "qz-ybh17", "a city's 人代会 (开幕 vs 预备会议), different city"),
    ("dl-zr8", "whrd-zrhy40", "city standing committee 主任会议, different city"),
    ("dl-zr8", "yichang-zr18", "city standing committee 主任会议, different city"),
    ("dl-zr8", "xiaogan-zr9", "city standing committee 主任会议, different city"),
    ("dl-zr8", "tls-zr56", "city standing committee 主任会议, different city"),
    ("dl-zr8", "aq365-zr32", "city standing committee 主任会议, different city"),
    ("nx-db-2026", "nx-db-2024", "the same NPC delegation's motions and suggestions, a different session two years apart"),
    ("nx-db-2026", "nmg-db-2021", "a province's NPC delegation at the session, different province and year"),
    ("dl-rdh16-2-bm", "jlsh-rdh17-3", "a city's 人代会 (闭幕 vs 开幕), different city"),
    ("dl-rdh16-2-bm", "baoan-ybh", "a local 人代会, different place"),
    ("st-jdxm", "yl-jdxm", "deputies receiving voters, different town / district"),
    ("st-jdxm", "js-xmjd", "deputies receiving voters, different place"),
    ("st-jdxm", "sf-jdxm", "a town congress's voter reception, different town and province"),
    ("zs-jdr-gg", "sf-jdxm", "a town's 代表接待日, different town and year"),
    ("zs-jdr-gg", "yl-jdxm", "代表接待选民日, different place"),
    ("zs-jdr-gg", "st-jdxm", "a town congress's voter reception, different town"),
    ("dxh-cwh11", "jz-cwh23", "人大常委会会议, district vs another city"),
    ("dxh-cwh11", "hh-cwh28", "人大常委会会议, district vs county-level city"),
    ("yian-cwh8", "hg-cwh20", "人大常委会会议, district vs city, different province"),
    ("yian-cwh8", "hh-cwh28", "人大常委会会议, different place"),
    ("qz-cwh22", "hg-cwh20", "city 人大常委会会议, different city"),
    ("qz-cwh22", "sanxia-cwh29", "city 人大常委会会议, different city"),
    ("jl-cwh20", "js-cwh17", "provincial standing committee meeting, different province"),
    ("jl-cwh3", "jx-cwh17", "provincial standing committee meeting, different province"),
    ("dl-zr8", "jiading-zr41", "主任会议, city vs a district elsewhere"),
    ("nx-db-2024", "nmg-db-2018", "a province's NPC delegation, different province and session"),
    ("nx-db-2024", "hb-db-2023", "a province's NPC delegation, different province"),
    ("npcsc3-close", "hppc-cwh3", "常委会第三次会议: national vs a province's"),
    ("npcsc3-close", "jl-cwh3", "常委会第三次会议: national vs a province's"),
    ("gs-zxzx-43", "gs-zxzx-32", "the same provincial CPPCC's 主席会议 a year apart, different meeting"),
    ("gs-zxzx-43", "hbzx-2021-zxhy", "a provincial CPPCC's 主席会议, different province"),
    ("gs-zxzx-32", "hbzx-2019-cwh5", "provincial CPPCC meetings before the plenary, different province"),
    ("tjbh-rd-sc", "tjbh-rd-2015", "the same district congress's inspection, different subject and year"),
    ("tjbh-rd-sc", "sl-rd-sc", "a congress standing committee's inspection tour, different place and body"),
    ("tjbh-rd-2015", "sl-rd-sc", "a congress's inspection tour, different place and subject"),
    ("nn-rdh14-2", "jlsh-rdh17-3", "a city's 人代会 opens, different city and year"),
    ("nn-rdh14-2", "baoan-ybh", "a local 人代会 opens, different place"),
    ("xn-rdh17-8-bm", "dl-rdh16-2-bm", "a city's 人代会 closes, different city"),
    ("xn-rdh17-8-bm", "jlsh-rdh17-3", "a city's 人代会 (闭幕 vs 开幕), different city"),
    ("hrb-zr24", "dl-zr8", "city standing committee 主任会议, different city"),
    ("hrb-zr24", "whrd-zrhy40", "city standing committee 主任会议 fixing the next meeting, different city"),
    ("hrb-zr24", "xiaogan-zr9", "city standing committee 主任会议, different city"),
    ("hlj-cwh11", "hlj-cwh13", "the same provincial standing committee, two meetings months apart"),
    ("hlj-cwh11", "jl-cwh20", "provincial standing committee meeting, neighbouring province"),
    ("hlj-cwh13", "jl-cwh3", "provincial standing committee meeting, neighbouring province"),
    ("hlj-cwh13", "hb-cwh15", "provincial standing committee meeting, different province"),
    ("cq-cwh6-1", "cq-cwh5-21", "the same municipal standing committee, different term and meeting"),
    ("cq-cwh6-1", "js-cwh17", "a provincial-level standing committee meeting opens, different province"),
    ("cq-cwh5-21", "hlj-cwh13", "a provincial-level standing committee meeting opens, different province"),
    ("cq-cwh5-21", "jl-cwh20", "a provincial-level standing committee meeting, different province"),
    ("sjz-zx-12-1", "bd-zx-13-4", "a city CPPCC plenary opens, neighbouring city, different term and year"),
    ("sjz-zx-12-1", "jz-zx-kaimu", "a city CPPCC plenary opens, different province"),
    ("bd-zx-13-4", "jz-zx-kaimu", "a city CPPCC plenary opens, different province"),
    ("bd-zx-13-4", "fq-zx-kaimu", "a CPPCC plenary opens, different place"),
    ("zgcxtc-cq-cwh6-7", "cq-cwh6-1", "the same municipal standing committee, its 7th vs 1st meeting (across parts)"),
]

# (original keys, why): read by hand; every pair of stories within a group is a hard negative (the same
# template or subject, a different place, body, session, year or subject). A story is named by any of its keys.
HARD_NEGATIVE_GROUPS: list[tuple[tuple[str, ...], str]] = [
    (("fzlilun-wyz57-2011", "tddx-wyz96-2013", "neamco-wyz45-2006", "lw33-wyz4-1998", "m92880-wyz57-2007",
      "neamco-wyz78-2020", "mrdx-wyz84-2021", "d12371-wyz77-2016", "chinesetown-wyz11-2013", "gmw-wyz2-2023",
      "shfjr-wyz76-2008", "hswh-wyz26-2019", "qhpeople-wyz86-2021", "npc-wyz136", "hbxmad-wyz87-2021"),
     "委员长会议 of the NPC standing committee, a different meeting number, term and year"),
    (("cyol-npcsc27-bm-2021", "npcsc3-close", "yzbytv-npcsc-xfxs-2023"),
     "NPC standing committee session closes / the oath ceremony held the same day: different meetings or events"),
    (("zqb-qgzx12-zxhy1-2013", "chinacom-qgzx12-zxhy53-2017", "gmw-qgzx12-zxhy67-2017", "cflac-qgzx12-zxhy38-2015",
      "xiangzhen-qgzx-zxhy30", "jsgov93-qgzx-cwh19-2017", "zjol-qgzx12-cwh20-2017", "hkbgs-qgzx12-cwh15-2016",
      "locpg-qgzx14-cwh1-2023", "bcj-qgzx-cwh16-2012"),
     "national CPPCC 主席会议 / 常委会议, a different meeting number and year"),
    (("heze-qgzx11-4-km-2011", "cmeds-qgzx14-1-km-2023", "tjrb-qgzx14-2-qt3-2024", "stheadline-qgzx14-4-bm-2026",
      "lhpeople-ta-bg-2013"),
     "national CPPCC plenary sessions (opening, full meeting, closing), a different session and year"),
    (("ankang-zx-sk-2025", "thch-zx-sk-2017"),
     "a city CPPCC's staff watch the national CPPCC opening, different city and year"),
    (("cnhubei-npc12-1-ybh", "xwlb-npc12-2-ybh-2014", "northnews-npc12-4-ybh-2016", "taiwancn-npc12-1-ztt1",
      "ipwab-npc14-2-cwzx2-2024", "zljsteel-npc14-4-qt2-2026", "lhpeople-lgbg-2019", "lhpeople-npc13-5-cwzx2-2022",
      "7fuys-npc12-2-cwzx2-2014", "ippapp-npc14-2-ztt1-2024", "rrmzx-qgzx13-1-cwzx2-2018"),
     "NPC plenary-session procedure (预备会议, 主席团, 全体会议), a different meeting, session or year"),
    (("akxw-zzjcw-hb-2020", "jsgrb-zzj-2024", "dingzhou-zzj-2018", "caixin-zzj-2026"),
     "the Politburo's yearly hearing of the five party groups' reports, a different year"),
    (("sina-sc-cwh2-2008", "scspc-sc-cwh26-2011", "ourjs-js-cwh2-2023", "yccnhubei-hb-cwh34-2013", "hbxmad-gz-cwh21",
      "js-cwh17", "hppc-cwh3", "hb-cwh15", "jx-cwh17", "jl-cwh3", "jl-cwh20", "hlj-cwh11", "hlj-cwh13",
      "cq-cwh5-21", "cq-cwh6-1"),
     "a provincial standing committee meeting, a different province, term or meeting"),
    (("scspc-sc-dbt-2011", "sina-sc-dbt-2008", "xinmin-sh-dbt-2022"),
     "a province's NPC delegation holds its first plenary, different province or year"),
    (("zjol-zj-rdh11-2-km-2009", "sohu-zj-rdh10-3-km-2005", "chinadaily-zj-rdh12-4-km-2016",
      "dingan-hn-rdh5-1-km-2013", "shangbw-hn-rdh13-1-km-2018", "hbpeople-hb-rdh13-4-2020"),
     "a provincial people's congress opens (or is convened), a different province, session or year"),
    (("mlzgw-hn-zxt2-2018", "jzzz-zxt3-2026", "dfrd-zxt4-16-1", "tlsrd-ya-rdh17-1-ztt4", "yiwu-rdh16-4-ztt1",
      "cixird-ztt2-17-1", "yhrd-rdh18-1-ztt2", "zxxww-rdh16-5-ztt1"),
     "a local congress's 主席团 meeting, a different place, session or meeting number"),
    (("shxwcb-sh-zx14-3-km", "jtks-sh-zx13-4-km", "sohu-sh-zx11-5-km", "sina-sh-zx10-3-km-2005",
      "eastday-sh-zx10-1-ybh", "uxgami-sh-zx14-3-bm", "cqyz-yz-zx15-4-km", "cixi-zx11-5-km",
      "scpeople-sc-zx13-4-2026", "gdxk-xz-zx8-7-km-2016", "jz-zx-kaimu", "fq-zx-kaimu", "sjz-zx-12-1",
      "bd-zx-13-4", "fj-zx-1104"),
     "a local CPPCC plenary opens (or closes), a different place, session or year"),
    (("jinhu-zx9-1-bm", "scgw-wc-zx9-4-bm", "rednet-ls-zx9-3-bm", "dxgy-dx-zx13-5-bm", "guoqing-bd-zx5-4-bm-2020",
      "zhgov-zh-zx9-4-bm-2015", "scchina-zlj-zx10-1-bm-2021", "wxredian-dlzs-zx11-4-bm"),
     "a county or district CPPCC plenary closes, a different place"),
    (("luaninfo-la-zxzx4-42", "wuan-zx7-zxhy9-2013", "nantong-zx11-cwh10", "jinzhouzhi-zx15-cwh3",
      "haian-zx15-1-jbz", "yanshansy-zx7-1-ztt3", "gs-zxzx-43", "gs-zxzx-32", "hbzx-2019-cwh5", "hbzx-2021-zxhy"),
     "a local CPPCC's 主席会议 / 常委会议 / plenary procedure, a different place or meeting"),
    (("jaqrd-zr-2021", "ahscrd-zr8", "pejdw-zr33-2014", "pcrd-zr23-2013", "szrb-zr14-2008", "gzfmgy-zr23-2022",
      "bswxw-zr22-2023", "srxww-dz-zr67-2025", "whrd-zrhy40", "yichang-zr18", "tls-zr56", "aq365-zr32",
      "jiading-zr41", "xiaogan-zr9", "dl-zr8", "hrb-zr24"),
     "a standing committee's 主任会议, a different place or meeting number"),
    (("yybnet-hx-cwh36", "cdhsrd-cwh11-2018", "ydrd-cwh44", "bjft-cwh22-2019", "nanfei-cn-cwh13-2023",
      "gxwzrd-lx-cwh26", "hnsyrd-bt-cwh2-2022", "shcafe-hp-cwh48", "zzrd-sj-cwh2-2017", "hzrb-hz-cwh43-2017",
      "qdnews-qd-cwh21-2005", "enorth-hh-cwh28-2011", "eastday-hk-cwh25-py", "eastday-cwh-kd-2005",
      "dxh-cwh11", "yian-cwh8", "hh-cwh28", "whrd-cwh19", "qz-cwh22", "jz-cwh23", "hg-cwh20", "sanxia-cwh29"),
     "a city, county or district standing committee meeting, a different place or meeting"),
    (("jxxz-jx-rdh8-1-bm-2017", "cnnb-nb-rdh13-1-bm-2007", "yrdcpcn-nb-rdh13-6-bm-2011", "dl-rdh16-2-bm",
      "xn-rdh17-8-bm"),
     "a city people's congress closes, a different city or session"),
    (("zgwc-rdh18-3-ybh", "lyrb-xa-rdh12-6-2011", "sinahn-jh-rdh16-1-qt3-2012", "qz-ybh17", "ra-ybh16",
      "baoan-ybh"),
     "a county or city people's congress session (预备会议, opening, elections), a different place"),
    (("jsxrd-lq-rdh6-1-2021", "seclub-jj-rdh17-1", "meipian-nc-rdh1-1-2019", "nbchidu-lj-rdh6-5-2015",
      "sanhe-rdh13-3-2018"),
     "a town people's congress session, a different town"),
    (("cnlg-hz-llz-2021", "zhld-xc-llz-2024", "fang-yh-llzz-2023"),
     "a deputies' liaison station opens, a different place"),
    (("jianpian-dy-jdqz", "jianpian-dmg-jdr", "ldlx-dk-jdqz-2022", "meipian-rl-jdr", "sqcb-bsl-jzlx-2024",
      "yl-jdxm", "js-xmjd", "sf-jdxm", "st-jdxm", "zs-jdr-gg"),
     "deputies receive voters, a different street, town or district"),
    (("yxrdw-spaq-zfjc-2012", "jingbian-spaq-zfjc", "zjkhebei-srd-spaq-jc-2016", "show18-npc-spaq-zfjc-2009",
      "showlee-npc-spaq-zfjc", "jxjaw-npc-spaq-zfjc-2011"),
     "an inspection of the Food Safety Law, a different level, place or year"),
    (("yzbytv-npcsc-xfxs-2023", "wuhurd-yj-xfxs-2016", "hndnews-xfxs-2018", "shzx-xfxs-2017", "techex-xfxs-2022",
      "farmer-xfxs-2025", "gmrb-xfxs-2020"),
     "a constitutional oath ceremony after a standing committee session, a different session, people and date"),
    (("swcszx-sw-sc-2019", "rmzxb-sy-dsc-2016", "razx-hqsc-2023", "jygzhx-jdsc-2024", "m163-hgt-zxsc",
      "sznews-sx-hqsc-2018"),
     "CPPCC members' inspection tour, a different city"),
    (("tcrd-szgc-sc", "gcfd-fd-hqsc", "cixird-ghw-ppp-sc", "itongcheng-db-jzsc", "jspxrd-ndsc-2017",
      "ankang-rd-jysc", "s985-ak-sdb-jzsc", "kuaishutao-yc-db-cqjs", "fz-sdb-sc", "oh-sdb-sc", "tjbh-rd-sc"),
     "deputies' inspection of projects, a different place, time or subject"),
    (("swrd-ln-dy-2024", "wzzx-mgm-dy-2021", "mencius-scz-dy", "xigu-lnzx-jn-2025", "xacppcc-jjw-dy-2025",
      "ahscrd-sj-xczx-dy", "scgdj-sc-dy-2016", "fjhaitong-pq1-dy", "whzx-lm-cd-dy", "shzx-yf-db-xczx",
      "zszx-lzw-jszj-2018", "lysrd-ks-sn-2019", "voip-cc-wf-ks"),
     "a delegation visits for research (调研/考察), a different place, body or subject"),
    (("hunan-szfcw50-2024", "sxobhb-szfcw-0720", "xwlb-sx-szfcw5-2020", "baogaosu-hlj-szfcw", "scholarmate-szfqt1",
      "szxlp-as-szfcw", "hbwuxue-szpth"),
     "a government executive meeting, a different province, city or subject"),
    (("fcwmw-xwcw-2021", "bfkb-xwcw32-2022", "wmxa-hx-xwcw43-2014", "zhld-dzlx-2022", "thnews-zfdz-xx-2022"),
     "a county party committee / government party group meeting, a different county"),
    (("wz66-fdh12-2013", "cnwomen-sz-fdh6-2018", "suixian-fdh3-2014"),
     "a city women's congress, a different city"),
    (("shkg-sh-tdh13-bm-2008", "zzyouth-zz-tdh15", "fx361-tdh17-qg-2013", "yptimes-qlh9-2014", "qd-tdh17",
      "hlj-tdh12"),
     "a Youth League congress (or youth federation), a different place or level"),
    (("czmj-qwh5-19-2006", "gdzsmj-hydh6-2016", "gdzsmj-szpy-2025", "tsrchy-mj-fcg-hydh1", "xm-mm-1208",
      "hb-mm-1306", "xm-mm-zwh17"),
     "a democratic party's local committee meeting, a different party, city or meeting"),
    (("yzdb-dzkd-lh-2019", "soolun-ah-jg-cd", "srxww-dz-zr67-2025", "czjggw-rdjg-dz-2020", "bjzg-my-ztdr-2024"),
     "a standing committee's party group / organs study meeting, a different place"),
    (("luochuan-jjzz-2012", "qinfeng-ff-jwqh", "lvzhi-hjfq-px"),
     "a county discipline inspection meeting, a different county or subject"),
    (("zgcbcm-zxxw-tjh", "zbrd-zxxw-mssh-2015"), "a standing committee's 专题询问, different city and stage"),
    (("fhtxsw-dbt-sy-2024", "qynews-dxz-sy-2010"), "leaders join delegations to review the work report, different level"),
    (("junshan-lxb-szh-2019", "ppdoc-cn-bxj-spy", "lqy-zfdb-2017", "soolun-dg-zqyj", "yhrd-xsq-zfdb",
      "dyrdw-dbjy-db", "tcrd-gzbg-zqyj"),
     "a congress hears deputies or voters (述职, 走访, 征求意见), a different place"),
    (("meinengkg-wza-tg-2023", "jdgod-wza-lf-2022", "cdpf-wza-xx-2023"),
     "the accessibility law: drafted, passed, studied — one subject, different news"),
    # Batch 2026-11-29b (the current test part), read by hand on 2026-11-29.
    (("jxsrrd-zr3-2024", "jsw-zr1-2022", "kaisongmc-zr42", "office369-tj-zr29-2025", "sdningjin-zr38", "sxccrd-zr2"),
     "a standing committee's 主任会议, a different city, county or meeting number"),
    (("zgcxtc-cq-cwh6-7", "gard-cwh36-2021", "zgzxcmw-hn-cwh6-bh-2018", "ahnews-ah-cwh13-29-km-2021",
      "ngdsb-hn-cwh7-10-bm-2024"),
     "a standing committee session (开幕, 召开, 闭幕), a different place, term or meeting"),
    (("lxzrdw-jzsc-2024", "zqedu-lc-zxsc-2020", "zxxm-xm-zxsc-2024", "caigoupt-zj-zxsc"),
     "deputies or CPPCC members inspect projects, a different place and body"),
    (("xinghua-dd-dbsc-2018", "shqp-lt-dbsc-2024", "zbwytg-js-dbsc", "yunyangwang-fm-dbsc-2018", "vojs-xd-dbsc-2025",
      "plxrd-cg-dbsc-2022", "cgia-lj-dbsc"),
     "a town congress's deputies inspect projects, a different town"),
    (("securestuff-cwhy9", "yongshou-xzbgh-2025", "shenqiu-xzzlh", "sxxycmw-xzbgh-2022", "weigov-xzbgh-2020",
      "liyang-cwhy24-aqsc-2019", "bourgeoisie-zz-cwhy-2023"),
     "a county or city government's executive or mayor's meeting, a different place, date or subject"),
    (("hnrd-jyblzth-2018", "bilezu-hlj-jyjb", "qjrd-ml-jyjb-2025"),
     "deputies' suggestions handed over or discussed, a different level and place"),
    (("hebnews-ca-ztxw-2017", "wzxrmtzx-wz-ztxw-kc", "pds-ztxw-dq-2019", "dazhou-ztxw-dq"),
     "a standing committee's 专题询问 (air pollution and others), a different place"),
    (("tcsrd-rhj-rdh16-6-cb", "yasrdw-yc-zrdh-2021"), "a town people's congress session, different towns"),
    (("huaianrd-zxz-xx", "ichezone-zxz-dsxx", "bcxww-zxz-3-2019"), "a theory study group session, a different city"),
    (("ahfeixi-zx11-cwh18", "yongqing-zx9-cwh25-2021", "songxi-zx11-cwh19-2026", "investchn-cs-zx9-cwh24-2022",
      "songyang-zx9-zxhy29-2021", "bjhd-zx10-zxhy36-2021", "putuo-zx5-zxhy56-2021", "hzbjzx-zx2-zxhy64-2021"),
     "a county or district CPPCC's 常委会议 / 主席会议, a different place or meeting number"),
    (("jinwenw-jz-zx4-2-ybh-2017", "cnzh-zx7-1-ztt1-2021", "sugarmusic-zx9-1-ztt1", "liandu-zx14-3-jbz",
      "njyhzx-jbz-2017"),
     "a local CPPCC plenary's procedure (预备会议, 主席团, 界别组), a different place or session"),
    (("czrd-xq-xfxs-2016", "kankanews-xh-xfxs-2016", "qlgov-ql-xfxs-2024", "mzrb-pt-xfxs-2019", "snjfw-snj-xfxs",
      "hezeribao-hz-xfxs-2017"),
     "a constitutional oath ceremony, a different place, body and date"),
    (("qtv-qd-aqsc-2021", "liyang-cwhy24-aqsc-2019", "shuozhou-aqsc-jj-2020", "jzrb-awh-kd-2013",
      "honglinkj-aqsc-dsdh", "gdzjdaily-aqsc-2017", "dbw-jx-aqsc-2020", "jschina-zj-aqsc-2022", "jrsncn-aqsc-2018",
      "mas360-aqsc-2009", "jzrb-aqsc-qg-2013"),
     "a work-safety meeting (or a national one watched locally), a different place or date"),
    (("aqyx-yx-zfjc-2016", "xiushui-zfjc-2009"), "an inspection of laws' implementation, a different place and law"),
    (("ruyuan-db-hds", "yefa-yk-hds", "investchn-sz-dbzj-2018", "jyrd-xq-dbzj-2012"),
     "a town's deputies' activity rooms or 代表之家, a different town"),
    (("jinrifangxian-dz-2018", "zhprd-dz-qh-2021"), "a county congress's party group meeting, a different county"),
    (("linhai-zx15-dz28-2024", "jn001-zx-dz-2019", "jn001-zx-dz-2020", "hujiahb-zx-dz-sh"),
     "a city CPPCC's party group meeting, a different city or date"),
    (("fyrd-fy-pxb", "sqrdw-hjxj-pxb-2011"), "a training course for deputies or congress staff, a different place"),
    (("caixunnews-jlt-jdlx-2023", "021fenlei-dq-jzlx-2018", "njqhrd-st-zfdb", "hetang-mz-jdxm-2023",
      "zhoudaosh-nmt-jdr-2019", "panyu-ds-jfr"),
     "a street's deputies meet voters or residents, a different street"),
    (("kmrd-yjs-dy-2010", "yaliqi-tz-ljlxd-dy", "shifen-sz-dbzt-2019", "bjnews-cy-lfyj-2022"),
     "a congress's research or opinion-gathering visit, a different city and subject"),
    (("zpxww-slfh", "lczf-lc-slfh-2023", "qtdsw-zs-slfh"), "a county forest-fire meeting, a different county"),
    (("iniots-fl11-4-zwh", "jsw-fl15-2-zwh-2023", "jsw-fl14-2-zwh-2017", "changde-xh-fdh3", "ayrbs-sbj-2023",
      "hzjs-fgw-2022", "jscz-rl-fdh14-2018", "jscz-lj-fdh2-2016", "czwzw-sbj-96", "womenofchina-zj-fdh15-2021",
      "xingning-xb-sbj-2014", "miluo-ml-fdh1", "fyrexian-fy-sbj108-2020", "huaxia-jz-sbj113-2023",
      "nancai-yc-sbj113-2023"),
     "a women's federation meeting or congress (执委会议, 妇代会, 三八), a different place, term or year"),
    (("jining-hzz-dy-2017", "60851-hzxh", "liyuefang-ls-xh-2019", "pranatta-hn-hzz-zth-2018"),
     "river chiefs (河长制) at work, a different place"),
    (("hncourt-yc-rdh15-3-bm-2019", "scfzyj-px-fybg-2016", "pingli-rdh17-5-2016", "hncourt-yc-gzpy-2018",
      "lifeyk-rdh17-5-ztt4"),
     "a county or city congress session or review hearing the court's report, a different place or year"),
    (("shiquan-zsqy-2020", "gzjrw-sy-zs-2015", "hbjjrb-ys-qy-2021"), "a county's investment signing, a different county"),
    (("cidudehua-zs-2019", "ptwbs-dj-zs", "kqv4-qh-zs-2018", "bkrmw-bk-zs-2017", "pulan-zs"),
     "leaders plant trees, a different county or town"),
    (("sxxycmw-fs-gsl10-2017", "xzzsh-fjsh-hj-2023", "caijingche-yp-sh-hj"),
     "a federation of industry or chamber of commerce changes its leadership, a different body"),
    (("zpxww-jcjy-dy", "sdnews-lc-jc-zfdb-2019", "ssyule-ja-jc-zth"),
     "procuratorates and deputies, a different place and activity"),
    (("tianyueo-gz-tdh12-2022", "sxgqt-xx-tdh16", "cxtxw-cx-tdh20-2022", "54org-cx-ql2-1-2013",
      "xiangyin-csx-xdlm-2019"),
     "a county Youth League or youth federation meeting, a different county or body"),
    (("ruyuan-dp-yqfk-2020", "hmsc-sj-yqfk", "yzh-zy-yqfk-2020", "wzpeace-tx-yqfk-2022", "ahjd-sc-yqfk-2022",
      "sdnews-lgz-yqfk-2020", "sixian-ht-yqfk-2021"),
     "a town's epidemic-control meeting, a different town or date"),
    (("bjtzb-mj-qwh13-3", "hz66-mm-dh9-2021", "zjmj-zs-mj5-28-2020", "whmj-wh-mj10-2", "hzjs-js-dh7-bm",
      "zszg-zs-zfmzdp-2011"),
     "a democratic party's city committee meeting or congress, a different party, city or meeting"),
]

HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
LEAD = re.compile(r"^[^\n。]{0,40}?(讯|电|报道)\s*([（(][^)）\n]{0,40}[)）])?[:：]?\s*")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def edits_for(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One repost edit of an original found on one site only, the kind chosen by a hash of its key (stable)."""
    text, site, title = row["text"], row["site"], row["title"]
    first_nl = text.find("\n")
    candidates: list[tuple[str, str, str]] = [
        ("source-line", text + f"\n(来源:{site})", "a 来源 line naming the original site added at the end"),
        ("editor-note", "【编者按】以下报道转自" + site + ",供参阅。\n" + text, "an editor's note put in front"),
        ("photo-caption", "(图为活动现场。资料图)\n" + text, "a photo caption put in front"),
        ("punctuation", text.translate(HALF_TO_FULL), "half-width punctuation changed to full-width"),
    ]
    trimmed = LEAD.sub("", text, count=1)
    if trimmed != text:
        candidates.append(("lead-trimmed", trimmed, "the dateline/byline lead trimmed"))
    elif first_nl > 0 and len(text) - first_nl > 120:
        candidates.append(("lead-trimmed", text[first_nl + 1:], "the first paragraph trimmed"))
    candidates = [c for c in candidates if c[1] != text]
    h = int(hashlib.sha1(row["key"].encode()).hexdigest(), 16)
    kind, new_text, what = candidates[h % len(candidates)]
    return [{"key": f"{row['key']}~{kind}", "title": title, "text": new_text, "url": row["url"],
             "site": row["site"], "published_at": row.get("published_at"), "gathered": row["gathered"],
             "made": "repost-edit",
             "edit": f"{kind}: {what}", "source": row["key"]}]


def _parts(stories: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Part of each site: sites joined by a shared story form one component; a component is `test` when
    every item in it was gathered in TEST_BATCH (sites new to the set), else `dev` (see the module note)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    batches: dict[str, set[str]] = {}
    for group in stories.values():
        for r in group:
            batches.setdefault(r["site"], set()).add(r.get("gathered") or FIRST_BATCH)
        for r in group[1:]:
            a, b = find(group[0]["site"]), find(r["site"])
            if a != b:
                parent[max(a, b)] = min(a, b)
        find(group[0]["site"])
    components: dict[str, list[str]] = {}
    for site in list(parent):
        components.setdefault(find(site), []).append(site)
    part: dict[str, str] = {}
    for sites in components.values():
        new = all(batches[site] == {TEST_BATCH} for site in sites)
        for site in sites:
            part[site] = "test" if new else "dev"
    return part


FIRST_BATCH = "2026-11-29a"  # the first test part and its dev part; the test part was retired to dev at 09:30 UTC
TEST_BATCH = "2026-11-29b"  # gathered 09:20-09:45 UTC from sites new to the set: the current test part


def build(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    stories: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(originals, key=lambda r: r["key"]):
        stories.setdefault(r.get("story") or r["key"], []).append(r)
    story_of = {r["key"]: name for name, group in stories.items() for r in group}
    pairs = [(a, b, why) for a, b, why in HARD_NEGATIVES]
    for keys, why in HARD_NEGATIVE_GROUPS:
        pairs.extend((a, b, why) for i, a in enumerate(keys) for b in keys[i + 1:])
    for a, b, _why in pairs:
        if a not in story_of or b not in story_of:
            raise SystemExit(f"error: hard negative pair names an unknown item: {a} / {b}")
        if story_of[a] == story_of[b]:
            raise SystemExit(f"error: hard negative pair inside one story: {a} / {b}")
    part_of = _parts(stories)
    rows: list[dict[str, Any]] = []
    copies: dict[str, list[str]] = {}
    ordered = sorted(stories.values(), key=lambda g: g[0]["key"])
    for i, group in enumerate(ordered, 1):
        cluster = f"c{i:03d}"
        head = group[0]
        members: list[dict[str, Any]] = []
        for n, r in enumerate(group):
            item = {"key": r["key"], "title": r["title"], "text": r["text"], "url": r["url"], "site": r["site"],
                    "published_at": r.get("published_at"), "gathered": r.get("gathered") or FIRST_BATCH,
                    "made": "original" if n == 0 else "repost"}
            if n:
                item["source"] = head["key"]
                item["judged"] = "the same story found as published on another site, read on both pages"
            members.append(item)
        if len(group) == 1:
            members.extend(edits_for(members[0]))
        for m in members:
            m["cluster"] = cluster
            m["part"] = part_of[head["site"]] if m["made"] == "repost-edit" else part_of[m["site"]]
        copies[story_of[head["key"]]] = [m["key"] for m in members]
        rows.extend(members)
    negatives: dict[str, set[str]] = {r["key"]: set() for r in rows}
    for a, b, _why in pairs:
        for x in copies[story_of[a]]:
            for y in copies[story_of[b]]:
                negatives[x].add(y)
                negatives[y].add(x)
    for i, r in enumerate(rows, 1):
        r["id"] = f"sn{i:03d}"
    id_of = {r["key"]: r["id"] for r in rows}
    keys_order = ("id", "key", "title", "text", "url", "site", "published_at", "gathered", "cluster", "part", "made",
                  "edit", "source", "judged", "hard_negative_of")
    out = []
    for r in rows:
        r["hard_negative_of"] = sorted(id_of[k] for k in negatives[r["key"]])
        if r.get("source"):
            r["source"] = id_of[r["source"]]
        out.append({k: r[k] for k in keys_order if k in r})
    return out


def _story_pairs() -> int:
    pairs = {tuple(sorted((a, b))) for a, b, _ in HARD_NEGATIVES}
    for keys, _why in HARD_NEGATIVE_GROUPS:
        pairs.update(tuple(sorted((a, b))) for i, a in enumerate(keys) for b in keys[i + 1:])
    return len(pairs)


def summary(rows: list[dict[str, Any]]) -> str:
    pairs = {tuple(sorted((r["id"], o))) for r in rows for o in r["hard_negative_of"]}
    real = [r for r in rows if r["made"] in ("original", "repost")]
    reposts = sum(r["made"] == "repost" for r in rows)
    edits = sum(r["made"] == "repost-edit" for r in rows)
    by_part = {p: sum(r["part"] == p for r in rows) for p in ("dev", "test")}
    real_by_part = {p: sum(r["part"] == p for r in real) for p in ("dev", "test")}
    reposts_by_part = {p: sum(r["part"] == p and r["made"] == "repost" for r in rows) for p in ("dev", "test")}
    return (f"items {len(rows)} ({len(real)} real items: {len(real) - reposts} originals and {reposts} real reposts; "
            f"{edits} repost edits), clusters {len({r['cluster'] for r in rows})}, hand-marked hard-negative "
            f"pairs of stories {_story_pairs()}, hard-negative pairs over all copies {len(pairs)}, "
            f"sites {len({r['site'] for r in real})}, parts {by_part}, real items by part {real_by_part}, "
            f"real reposts by part {reposts_by_part}")


def real_items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The real items of a built set, each with its `story` (the original's key), ready for build()."""
    key_of = {r["id"]: r["key"] for r in rows}
    return [{**r, "story": key_of[r["source"]] if r.get("source") else r["key"]} for r in rows
            if r["made"] in ("original", "repost")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--import", dest="raw", type=Path, help="originals from DIR/s*.jsonl")
    ap.add_argument("--add", type=Path, help="add the originals in FILE (jsonl) to the set")
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args(argv)
    if args.summary:
        print(summary(read_jsonl(OUT)))
        return 0
    if args.raw:
        originals = [r for p in sorted(args.raw.glob("s*.jsonl")) for r in read_jsonl(p)]
    else:
        originals = real_items(read_jsonl(OUT))
    if args.add:
        known = {r["key"] for r in originals}
        added = read_jsonl(args.add)
        clash = [r["key"] for r in added if r["key"] in known]
        if clash:
            raise SystemExit(f"error: {args.add}: keys already in the set: {', '.join(clash[:5])}")
        originals += added
    rows = build(originals)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
