"""The real short-news repost set (tests/fixtures/dedup/short_news.jsonl): real items, repost edits of them,
hand-marked hard negatives, gold clusters.

Originals are real short news items (title and text as the stored copy of the page showed them, with url,
site and date). Each original gets two repost edits of the kinds reposting sites make (a 来源 line added,
an editor's note or a photo caption put in front, the lead trimmed, punctuation changed), marked
`made: "repost-edit"` with `edit` saying what changed and `source` naming the original; an original and
its edits share a `cluster`. HARD_NEGATIVES are pairs of originals read by hand as the same template with
a different place, body, subject or time: every copy of one is a hard negative of every copy of the other.

    python scripts/build_short_news.py --import DIR   # originals from DIR/s*.jsonl (key, title, text, ...)
    python scripts/build_short_news.py                # rebuild edits and pairs from the originals in place
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
]

HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
LEAD = re.compile(r"^[^\n。]{0,40}?(讯|电|报道)\s*([（(][^)）\n]{0,40}[)）])?[:：]?\s*")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def edits_for(row: dict[str, Any]) -> list[dict[str, Any]]:
    """Two repost edits of an original, the kinds chosen by a hash of its key (stable)."""
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
    h = int(hashlib.sha1(row["key"].encode()).hexdigest(), 16)
    first = candidates[h % len(candidates)]
    rest = [c for c in candidates if c[0] != first[0]]
    second = rest[(h // 7) % len(rest)]
    out = []
    for n, (kind, new_text, what) in enumerate((first, second), 1):
        out.append({"key": f"{row['key']}~{kind}", "title": title, "text": new_text, "url": row["url"],
                    "site": row["site"], "published_at": row.get("published_at"), "made": "repost-edit",
                    "edit": f"{kind}: {what}", "source": row["key"], "n": n})
    return out


def build(originals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = {r["key"] for r in originals}
    for a, b, _why in HARD_NEGATIVES:
        if a not in keys or b not in keys:
            raise SystemExit(f"error: hard negative pair names an unknown item: {a} / {b}")
    rows: list[dict[str, Any]] = []
    cluster_of: dict[str, str] = {}
    for i, r in enumerate(sorted(originals, key=lambda r: r["key"]), 1):
        cluster = f"c{i:03d}"
        orig = {"key": r["key"], "title": r["title"], "text": r["text"], "url": r["url"], "site": r["site"],
                "published_at": r.get("published_at"), "made": "original"}
        group = [orig, *edits_for(orig)]
        for g in group:
            g["cluster"] = cluster
            cluster_of[g["key"]] = cluster
        rows.extend(group)
    by_source: dict[str, list[str]] = {}
    for r in rows:
        by_source.setdefault(r.get("source") or r["key"], []).append(r["key"])
    negatives: dict[str, set[str]] = {r["key"]: set() for r in rows}
    for a, b, _why in HARD_NEGATIVES:
        for x in by_source[a]:
            for y in by_source[b]:
                negatives[x].add(y)
                negatives[y].add(x)
    for i, r in enumerate(rows, 1):
        r["id"] = f"sn{i:03d}"
    id_of = {r["key"]: r["id"] for r in rows}
    keys_order = ("id", "key", "title", "text", "url", "site", "published_at", "cluster", "made", "edit", "source",
                  "hard_negative_of")
    out = []
    for r in rows:
        r["hard_negative_of"] = sorted(id_of[k] for k in negatives[r["key"]])
        if r.get("source"):
            r["source"] = id_of[r["source"]]
        out.append({k: r[k] for k in keys_order if k in r})
    return out


def summary(rows: list[dict[str, Any]]) -> str:
    pairs = {tuple(sorted((r["id"], o))) for r in rows for o in r["hard_negative_of"]}
    originals = [r for r in rows if r["made"] == "original"]
    return (f"items {len(rows)} ({len(originals)} real originals, {len(rows) - len(originals)} repost edits), "
            f"clusters {len({r['cluster'] for r in rows})}, hand-marked hard-negative pairs of originals "
            f"{len(HARD_NEGATIVES)}, hard-negative pairs over all copies {len(pairs)}, "
            f"sites {len({r['site'] for r in originals})}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--import", dest="raw", type=Path, help="originals from DIR/s*.jsonl")
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args(argv)
    if args.summary:
        print(summary(read_jsonl(OUT)))
        return 0
    if args.raw:
        originals = [r for p in sorted(args.raw.glob("s*.jsonl")) for r in read_jsonl(p)]
    else:
        originals = [r for r in read_jsonl(OUT) if r["made"] == "original"]
    rows = build(originals)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
