"""A small chart of the period: counts by kind and by topic, as an embeddable PNG."""

from __future__ import annotations

import base64
import io
from collections.abc import Mapping
from functools import lru_cache

from briefings.fonts import chart_font
from briefings.model import KIND_HEADINGS, KIND_ORDER

MAX_TOPICS = 8
RED = "#E60000"
GREY = "#555555"


def has_stats(stats: Mapping[str, int], topic_stats: Mapping[str, int]) -> bool:
    """Whether there is anything worth charting."""
    return any(v > 0 for v in stats.values()) or any(v > 0 for v in topic_stats.values())


def chart_png(stats: Mapping[str, int], topic_stats: Mapping[str, int]) -> bytes | None:
    """Draw counts by kind (left) and by topic (right) as PNG bytes; None when there are no stats."""
    if not has_stats(stats, topic_stats):
        return None
    font_path = chart_font()
    return _draw(tuple(stats.items()), tuple(topic_stats.items()), str(font_path) if font_path else None)


@lru_cache(maxsize=16)
def _draw(stats_items: tuple[tuple[str, int], ...], topic_items: tuple[tuple[str, int], ...],
          font_path: str | None) -> bytes:
    """Draw the chart (cached: re-rendering the same briefing does not redraw it)."""
    stats, topic_stats = dict(stats_items), dict(topic_items)
    from matplotlib import font_manager
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    prop = font_manager.FontProperties(fname=font_path) if font_path else None
    kinds = [(KIND_HEADINGS.get(k, k), int(stats.get(k, 0))) for k in KIND_ORDER]
    kinds += [(k, int(v)) for k, v in stats.items() if k not in KIND_ORDER]
    topics = sorted(((str(k), int(v)) for k, v in topic_stats.items() if v > 0), key=lambda kv: -kv[1])
    topics = topics[:MAX_TOPICS]

    # An item may carry several topics: the panel says so, its bars do not add up to the items.
    panels = [("按类别", kinds, RED)] + ([("按主题（一条可计入多个主题）", topics, GREY)] if topics else [])
    # 156 mm wide, about 50 mm tall: the width of the type area.
    fig = Figure(figsize=(6.14, 2.0), dpi=180)  # Figure alone: no pyplot state, Agg for PNG
    axes = fig.subplots(1, len(panels), squeeze=False)[0]
    for ax, (title, rows, colour) in zip(axes, panels, strict=True):
        labels = [label for label, _ in rows][::-1]
        values = [value for _, value in rows][::-1]
        bars = ax.barh(range(len(values)), values, color=colour, height=0.6)
        ax.set_yticks(range(len(values)))
        ax.set_yticklabels(labels, fontproperties=prop, fontsize=8)
        ax.set_title(title, fontproperties=prop, fontsize=9)
        ax.tick_params(axis="x", labelsize=7)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        top = max(values) if values else 0
        ax.set_xlim(0, max(1, top) * 1.2)
        for bar, value in zip(bars, values, strict=True):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value}",
                    va="center", fontsize=7)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def data_uri(png: bytes | None) -> str | None:
    """PNG bytes as a data: URI for an <img> in the HTML; None stays None."""
    if png is None:
        return None
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
