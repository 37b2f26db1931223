"""`siqing stats`: counts by kind, source, day, topic or region over a period, with a PNG chart."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from siqing.app.commands.query import fit, width
from siqing.kinds import KIND_NAMES_ZH

BY = ("kind", "source", "day", "topic", "region")
# Groupings where one item counts under several values: the total is not the number of items.
MULTI_NOTE = {"topic": "注：一条信息可属于多个主题，合计是主题次数，大于信息条数。",
              "region": "注：一条信息可涉及多个地区，合计是地区次数，大于信息条数。"}
BY_NAMES = {"kind": "类别", "source": "来源", "day": "日期", "topic": "主题", "region": "地区"}
# Preferred CJK families, as matplotlib's font manager names them (Debian fonts-noto-cjk, Fandol).
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "FandolHei", "FandolSong",
                "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Source Han Sans SC", "SimHei")


def register(add: Callable[..., argparse.ArgumentParser]) -> None:
    from siqing.app.options import parse_date

    p = add("stats", cmd_stats, "按类别、来源、日期、主题或地区统计信息条数；可生成图表")
    p.add_argument("--by", choices=BY, default="kind", help="统计口径（默认 kind 类别）")
    p.add_argument("--since", type=parse_date, metavar="D", help="从这一天起（按发布日期，无则按收集日期）")
    p.add_argument("--until", type=parse_date, metavar="D", help="到这一天为止（含当天）")
    p.add_argument("--png", metavar="FILE", help="同时把图表（--by day 为折线图）保存到 FILE")


def label_of(by: str, value: str) -> str:
    if by == "kind":
        return KIND_NAMES_ZH.get(value, value)
    if by == "region":
        from siqing.divisions import default_gazetteer

        d = default_gazetteer.get(value)
        return d.full_name if d else value
    return value


def cmd_stats(args: argparse.Namespace) -> int:
    from siqing.app.options import load_config
    from siqing.store import Store

    cfg = load_config(args)
    home = cfg.home.code
    store = Store(cfg.database_url)
    try:
        counts = store.count_by(home, args.by, since=args.since.isoformat() if args.since else None,
                                until=args.until.isoformat() if args.until else None)
    finally:
        store.close()
    rows = [(label_of(args.by, v), n) for v, n in counts]
    print(render(rows, BY_NAMES[args.by]), end="")
    several = MULTI_NOTE.get(args.by)
    if several and rows:
        print(several)
    if args.png:
        period = f"{args.since or '…'} 至 {args.until or '…'}" if (args.since or args.until) else "全部"
        draw(rows, args.by, Path(args.png),
             title=f"按{BY_NAMES[args.by]}统计（{period}）" + ("\n一条信息可计入多项，合计大于条数" if several else ""))
        print(f"图表已保存：{args.png}", file=sys.stderr)
    return 0


def render(rows: list[tuple[str, int]], heading: str) -> str:
    if not rows:
        return "（该期间没有条目）\n"
    w = min(max(width(heading), *(width(r[0]) for r in rows)), 40)
    total = sum(n for _, n in rows)
    lines = [f"{fit(heading, w)}  {' ' * 4}条数  {' ' * 2}占比", "-" * (w + 18)]
    for label, n in rows:
        lines.append(f"{fit(label, w)}  {n:>8}  {n / total:6.1%}")  # 条数 and 占比 are 4 columns wide
    lines.append(f"{fit('合计', w)}  {total:>8}")
    return "\n".join(lines) + "\n"


def day_series(rows: list[tuple[str, int]]) -> tuple[list[date], list[int]]:
    """Every day from the first to the last, with 0 for days without items (undated rows left out)."""
    found: dict[date, int] = {}
    for label, n in rows:
        try:
            found[date.fromisoformat(label[:10])] = n
        except ValueError:
            continue
    if not found:
        return [], []
    first, last = min(found), max(found)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return days, [found.get(d, 0) for d in days]


def cjk_font() -> str | None:
    """A font family with Chinese glyphs that matplotlib can use, or None."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in names:
            return family
    return None


def draw(rows: list[tuple[str, int]], by: str, path: Path, *, title: str) -> Path:
    """A PNG chart of the counts, with Chinese labels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    family = cjk_font()
    if family is None:
        print("注意：未找到中文字体（如 fonts-noto-cjk），图中汉字可能无法显示", file=sys.stderr)
    rc: Any = {"font.family": [family] if family else ["sans-serif"], "axes.unicode_minus": False}
    with plt.rc_context(rc):
        fig, ax = plt.subplots(figsize=(9, 4.8), dpi=120)
        try:
            if by == "day":
                import matplotlib.dates as mdates

                days, counts = day_series(rows)
                # A true time axis: days without items are there, at zero, and gaps are to scale.
                ax.plot(mdates.date2num(days), counts, marker="o" if len(days) <= 60 else None)
                ax.xaxis_date()
                locator = mdates.AutoDateLocator()
                ax.xaxis.set_major_locator(locator)
                ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(  # 2021年, 6月, 5日: Chinese dates
                    locator, formats=["%Y年", "%-m月", "%-d日", "%H:%M", "%H:%M", "%S"],
                    zero_formats=["", "%Y年", "%-m月", "%-m月%-d日", "%H:%M", "%H:%M"],
                    offset_formats=["", "%Y年", "%Y年%-m月", "%Y年%-m月%-d日", "%Y年%-m月%-d日", "%Y年%-m月%-d日"]))
                ax.yaxis.set_major_locator(MaxNLocator(integer=True))
                ax.set_ylim(bottom=0)
                ax.set_ylabel("条数")
            else:
                shown = rows[:25]
                ax.barh([r[0] for r in shown][::-1], [r[1] for r in shown][::-1], color="#b22222")
                ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: 1, 2, 3, never 1.2
            ax.set_title(title)
            ax.set_xlabel("条数" if by != "day" else BY_NAMES[by])
            fig.tight_layout()
            path.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(path, format="png")
        finally:
            plt.close(fig)
    return path
