"""Generate reposted copies of real articles, altered the way sites alter them (for test_dedup_quality).

Each copy gets some of: a new headline, the reposting site's header and footer, edited characters
(substitutions, insertions and deletions), truncation to half. Deterministic for a seed.
"""

from __future__ import annotations

import hashlib
import json
import random
from itertools import combinations
from pathlib import Path

SITES = ["济南人大网", "大众网", "齐鲁网", "浙江人大", "人民网地方", "新华网", "中国人大网", "澎湃新闻", "光明网", "今日头条号"]
HEADERS = [
    "{site} 来源：{site} 发布时间：2024-0{m}-1{d} 10:2{d} 浏览次数：{n} 【字号：大 中 小】 【打印本页】",
    "首页 > 新闻中心 > 要闻动态 > 正文 {site}讯 记者 王{name} 通讯员 李{name}",
    "【{site}】 分享到：微信 微博 QQ空间 | 2024年{m}月{d}日 | 编辑：张{name}",
]
FOOTERS = [
    "责任编辑：刘{name} 【关闭窗口】 【打印本页】 版权所有：{site} 网站标识码：3701000{n} 鲁ICP备0{n}号",
    "（来源：{site}）本网转载此文出于传递更多信息之目的，不意味着赞同其观点。如有侵权请联系删除。 扫一扫在手机打开当前页",
    "相关新闻：关于进一步加强人大代表工作的通知 | 常委会召开第{n}次会议 | 代表之家开展接待活动 返回顶部",
]
HEADLINES = ["重磅！{t}全文公布", "权威发布｜{t}", "{t}（全文）", "速看！这些新规与你有关", "一图读懂：{t}",
             "转发学习：{t}"]
FILLER = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研"


def alter(rng: random.Random, title: str, text: str) -> str:
    """One reposted copy of an article, as a site would publish it (headline + body)."""
    fill = {"site": rng.choice(SITES), "m": rng.randint(1, 9), "d": rng.randint(1, 9), "n": rng.randint(100, 999),
            "name": rng.choice("明华强伟芳军静丽"), "t": title}
    body = text
    if rng.random() < 0.5:  # truncation to half
        body = body[: len(body) // 2]
    if rng.random() < 0.7:  # edited characters: about 2% of them
        chars = list(body)
        for _ in range(max(1, len(chars) // 50)):
            i = rng.randrange(len(chars))
            op = rng.random()
            if op < 0.5:
                chars[i] = rng.choice(FILLER)
            elif op < 0.75:
                chars.insert(i, rng.choice(FILLER))
            else:
                del chars[i]
        body = "".join(chars)
    head = rng.choice(HEADLINES).format(**fill) if rng.random() < 0.7 else title
    parts = [head]
    if rng.random() < 0.8:
        parts.append(rng.choice(HEADERS).format(**fill))
    parts.append(body)
    if rng.random() < 0.8:
        parts.append(rng.choice(FOOTERS).format(**fill))
    return "\n".join(parts)


def build(stories: list[dict], copies: int = 4, seed: int = 7) -> list[tuple[int, str]]:
    """(story id, text) for every story's original and its altered copies, shuffled."""
    rng = random.Random(seed)
    docs = []
    for s in stories:
        docs.append((int(s["id"]), s["title"] + "\n" + s["text"]))
        for _ in range(copies):
            docs.append((int(s["id"]), alter(rng, s["title"], s["text"])))
    rng.shuffle(docs)
    return docs


def pairwise(truth: list[int], predicted: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the true stories."""
    tp = fp = fn = 0
    for i, j in combinations(range(len(truth)), 2):
        same_true = truth[i] == truth[j]
        same_pred = predicted[i] == predicted[j]
        tp += same_true and same_pred
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


# --- the short-news set (tests/fixtures/dedup/short_news.jsonl) -------------------------------------

def _root() -> Path:
    return Path(__file__).resolve().parents[2]


def short_news_path() -> Path:
    return _root() / "tests" / "fixtures" / "dedup" / "short_news.jsonl"


def baseline_path() -> Path:
    return _root() / "tests" / "fixtures" / "dedup" / "baseline.json"


def load_short_news() -> list[dict]:
    """The hand-made short-news set: items with headline, body, gold cluster and hard negatives."""
    lines = short_news_path().read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def text_of(item: dict) -> tuple[str, str]:
    """(headline, body) of an item, whatever the field names."""
    title = item.get("title") or item.get("headline") or ""
    body = item.get("body") or item.get("text") or item.get("content") or ""
    return str(title), str(body)


def in_part(items: list[dict], part: str | None) -> list[dict]:
    """The items of one part of the split (`dev` or `test`), or all of them."""
    return items if part is None else [x for x in items if x.get("part") == part]


def cluster_ours(items: list[dict], order: list[int]) -> dict[int, int]:
    """Cluster with processing.dedup on headline and body, in the given order."""
    from processing.dedup import Clusterer

    c = Clusterer()
    predicted: dict[int, int] = {}
    for i in order:
        title, body = text_of(items[i])
        predicted[i] = c.add(i, body, title=title)
    return predicted


def cluster_baseline(items: list[dict], order: list[int], kind: str, threshold: float = 0.5) -> dict[int, int]:
    """A plain baseline on headline + body sketches: join the earlier item of highest `containment`
    (share of the smaller sketch in the larger) or `jaccard` (shared over union) at or above threshold."""
    from processing.dedup import sketch

    sketches: dict[int, frozenset[int]] = {}
    predicted: dict[int, int] = {}
    for i in order:
        title, body = text_of(items[i])
        sk = sketch(f"{title}\n{body}")
        best, best_score = None, threshold
        for j, other in sketches.items():
            shared = len(sk & other)
            if not shared:
                continue
            if kind == "containment":
                score = shared / max(1, min(len(sk), len(other)))
            else:
                score = shared / max(1, len(sk | other))
            if score >= best_score:
                best, best_score = j, score
        predicted[i] = predicted[best] if best is not None else i
        sketches[i] = sk
    return predicted


def measure_short_news(items: list[dict], seed: int | None = None, part: str | None = None,
                       system: str = "ours") -> dict:
    """Cluster the items (in file order, or shuffled by seed) on headline and body; pairwise figures
    against the gold clusters, and how many hard-negative pairs were merged. part: `dev`, `test` or all;
    system: `ours`, or the baselines `containment` and `jaccard`."""
    items = in_part(items, part)
    order = list(range(len(items)))
    if seed is not None:
        random.Random(seed).shuffle(order)
    predicted = cluster_ours(items, order) if system == "ours" else cluster_baseline(items, order, system)
    truth = [str(items[i]["cluster"]) for i in range(len(items))]
    ids = {str(items[i].get("id", i)): i for i in range(len(items))}
    cluster_no = {name: k for k, name in enumerate(sorted(set(truth)))}
    precision, recall = pairwise([cluster_no[t] for t in truth], [predicted[i] for i in range(len(items))])
    negatives = merged = 0
    for i, item in enumerate(items):
        others = item.get("hard_negative_of") or []
        if not isinstance(others, list):
            others = [others]
        for other in others:
            j = ids.get(str(other))
            if j is None:
                continue
            negatives += 1
            merged += predicted[i] == predicted[j]
    return {"items": len(items), "gold_clusters": len(set(truth)), "precision": round(precision, 4),
            "recall": round(recall, 4), "hard_negative_pairs": negatives // 2, "hard_negatives_merged": merged // 2}


def errors(items: list[dict], part: str = "dev") -> list[str]:
    """For error analysis on the dev part only: pairs split apart that are one story, and pairs merged
    that are not."""
    items = in_part(items, part)
    predicted = cluster_ours(items, list(range(len(items))))
    out = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_true = items[i]["cluster"] == items[j]["cluster"]
            same_pred = predicted[i] == predicted[j]
            if same_true != same_pred:
                kind = "MISSED" if same_true else "MERGED"
                out.append(f"{kind} {items[i]['id']} {items[i]['key']} | {items[j]['id']} {items[j]['key']}")
    return out


PIN_COMMAND = ".venv/bin/python -m tests.processing.reposts --pin"


def pin(parts: tuple[str, ...] = ("dev", "test")) -> None:
    """Measure the short-news set afresh (ours, by part) and write tests/fixtures/dedup/baseline.json.
    parts=("dev",) pins the dev part alone (while changing the code: the test part is not run) and leaves the
    test part unpinned until it is measured, once, with the full command."""
    items = load_short_news()
    figures: dict[str, dict | None] = {part: measure_short_news(items, part=part) for part in parts}
    figures.setdefault("test", None)
    out = {"data": "tests/fixtures/dedup/short_news.jsonl", "data_sha256": digest(short_news_path()),
           "command": PIN_COMMAND + ("" if "test" in parts else " dev"), "tolerance": 0.005,
           "split": "by site (sites joined by a shared story stay together): dev for error analysis (batch "
                    "2026-11-29a, the retired first test part included), test to report (batch 2026-11-29b, "
                    "sites new to the set); see scripts/build_short_news.py",
           "short_news": figures,
           "note": ("pairwise over the items of each part, file order, headline + body; test null: not measured "
                    "yet (pin it once with " + PIN_COMMAND + "). bench/bench_dedup.py prints ours beside plain "
                    "containment and shingle Jaccard, and the long-text set.")}
    baseline_path().write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--pin"]:
        pin()
    elif sys.argv[1:] == ["--pin", "dev"]:
        pin(("dev",))
    else:
        print(json.dumps({p: measure_short_news(load_short_news(), part=p) for p in ("dev", "test")},
                         ensure_ascii=False))
