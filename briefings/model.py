"""What a rendered briefing shows: plain data, built by compose, read by the templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from siqing.kinds import KIND_NAMES_ZH as KIND_HEADINGS  # the section headings are the kinds' names
from siqing.kinds import KINDS as KIND_ORDER

__all__ = ["KIND_HEADINGS", "KIND_ORDER", "TYPE_NAMES", "BriefingEntry", "BriefingFoot", "BriefingSection", "BriefingView"]
TYPE_NAMES = {"daily": "每日要情", "weekly": "每周要情", "alert": "专报"}


@dataclass
class BriefingEntry:
    """One item of a briefing: one repost cluster, shown once."""

    doc_id: int
    title: str
    source_name: str
    published: str | None  # YYYY-MM-DD as published, or None when unknown
    summary: str
    url: str
    reposts: int = 0  # other sites carrying the same story ("另有N家网站转载")
    important: bool = False


@dataclass
class BriefingSection:
    kind: str  # upper | lower | external | internal
    entries: list[BriefingEntry] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return KIND_HEADINGS[self.kind]


@dataclass
class BriefingFoot:
    """The 报尾: who receives the briefing, and how many copies are printed."""

    bao: list[str] = field(default_factory=list)  # 报
    song: list[str] = field(default_factory=list)  # 送
    fa: list[str] = field(default_factory=list)  # 发
    copies: int = 0  # 共印N份


@dataclass
class BriefingView:
    briefing_id: int
    type: str  # daily | weekly | alert
    date: str  # YYYY-MM-DD: the day (or the first day of the period) it covers
    issuer: str  # 编印单位, e.g. 济南市人大常委会办公室
    number: int | None  # 第N期, assigned at approval; None while a draft
    year: int
    sections: list[BriefingSection]
    marking: str = "内部资料"
    foot: BriefingFoot = field(default_factory=BriefingFoot)
    period_end: str | None = None  # weekly: the last day covered
    stats: dict[str, int] = field(default_factory=dict)  # counts by kind for the period chart
    topic_stats: dict[str, int] = field(default_factory=dict)
    topic_items: int = 0  # the items the topic counts come from (an item may carry several topics)
    issued: str | None = None  # YYYY-MM-DD: 印发日期 (the approval day); None while a draft
    note: str = ""  # shown to reviewers on a draft, e.g. 专报依据 (why the alert rules fired)

    @property
    def name(self) -> str:
        return TYPE_NAMES[self.type]

    @property
    def is_draft(self) -> bool:
        return self.number is None

    @property
    def number_text(self) -> str:
        """The one issue-number text of masthead, mail and file name: 2026年第3期 (第__期 while a draft)."""
        return "第__期" if self.number is None else f"{self.year}年第{self.number}期"

    @property
    def last_day(self) -> str:
        """The day the briefing is dated: a weekly by the last day of its week."""
        return self.period_end or self.date
