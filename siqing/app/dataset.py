"""The analysts' Python API: what siqing has gathered, as a pandas DataFrame, for notebooks.

Example (in Jupyter, from the deployment's folder)::

    from siqing.app import dataset

    df = dataset.documents(text="地方立法", kind="lower", since="2025-01-01", sort="importance",
                           limit=200)
    df[["date", "title", "source", "kind", "importance"]].head()
    df.explode("topics").groupby("topics").size().sort_values(ascending=False)

    # another deployment's file, everything from one source in March
    df = dataset.documents("data/demo/siqing.yaml", source="jnrd", since="2025-03-01", until="2025-03-31")

The filters are those of `siqing query` (docs/ANALYSTS.md): `text` is searched in titles and
bodies through the same jieba segmentation as the index, so 立法 finds 立法法 and 地方立法.
This module sits at the top of the house (it wires the store to processing.text).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from siqing import config as config_mod
from siqing.divisions import default_gazetteer
from siqing.errors import UsageError
from siqing.store import Store
from siqing.store.search import RESULT_COLUMNS, match_expression

if TYPE_CHECKING:
    import pandas as pd

DateLike = str | date | None


@lru_cache(maxsize=4)
def _segmenter(userdict: str) -> Any:
    from processing.text import Segmenter

    return Segmenter(Path(userdict) if userdict else None)


def match_for(query: str, userdict: Path | str | None = None) -> str | None:
    """The FTS5 expression for a user's search text, segmented as the index was.

    Each word `cut` finds becomes a group: the word, then its parts from `cut_for_search`.
    """
    seg = _segmenter(str(userdict) if userdict else "")
    groups: list[Sequence[str]] = []
    for term in query.split():
        for word in seg.cut(term):
            parts = [p for p in seg.cut_for_search(word) if p != word]
            groups.append([word, *parts])
    return match_expression(groups)


def _day(value: DateLike) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        from siqing.errors import UsageError

        raise UsageError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def _config(config: config_mod.Config | str | Path | None) -> config_mod.Config:
    if isinstance(config, config_mod.Config):
        return config
    return config_mod.load(config)


def _topic_names(cfg: config_mod.Config) -> list[str]:
    """The topic names of the deployment's taxonomy.yaml (empty when it cannot be read)."""
    import yaml

    try:
        data = yaml.safe_load(cfg.taxonomy_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return []
    return [str(k) for k in (data.get("topics") or {})]


def _known(value: str, names: list[str], what: str, where: str) -> str:
    """The value when it is one of names; else a usage error (exit 2) listing close matches."""
    if value in names or not names:
        return value
    close = difflib.get_close_matches(value, names, n=5, cutoff=0.3) or [n for n in names if value in n or n in value]
    hint = f"相近的有：{'、'.join(close)}" if close else f"可选：{'、'.join(names[:12])}" + ("……" if len(names) > 12 else "")
    raise UsageError(f"没有{what}“{value}”：{hint}（{where}）")


def _search_args(
    cfg: config_mod.Config,
    store: Store,
    *,
    text: str | None,
    kind: str | None,
    topic: str | None,
    source: str | None,
    region: str | None,
    since: DateLike,
    until: DateLike,
    min_importance: float | None,
    sort: str | None,
    disagreements: bool,
) -> dict[str, Any] | None:
    """The store's search arguments for the analysts' filters (None: nothing can match)."""
    match = match_for(text, cfg.userdict_path) if text and text.strip() else None
    if text and text.strip() and match is None:
        return None  # only punctuation: nothing can match
    region_code = default_gazetteer.resolve(region).code if region else None
    if topic:
        topic = _known(topic, _topic_names(cfg), "主题", f"主题见 {cfg.taxonomy_path}")
    if source:
        names = {r["id"]: r["name"] for r in store.source_rows()} | {src.id: src.name for src in cfg.sources}
        if source not in names and source not in names.values():
            _known(source, [*names, *names.values()], "来源", "siqing status 列出全部来源")
    return {"match": match, "kind": kind, "topic": topic, "source": source, "region": region_code,
            "since": _day(since), "until": _day(until), "min_importance": min_importance, "sort": sort,
            "disagreements": disagreements}


def query(
    cfg: config_mod.Config,
    store: Store,
    *,
    text: str | None = None,
    kind: str | None = None,
    topic: str | None = None,
    source: str | None = None,
    region: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    min_importance: float | None = None,
    sort: str | None = None,
    limit: int | None = None,
    disagreements: bool = False,
    with_body: bool = False,
) -> list[dict[str, Any]]:
    """Rows for the filters (shared by `siqing query` and `documents`)."""
    args = _search_args(cfg, store, text=text, kind=kind, topic=topic, source=source, region=region,
                        since=since, until=until, min_importance=min_importance, sort=sort,
                        disagreements=disagreements)
    if args is None:
        return []
    return store.search_documents(cfg.home.code, limit=limit, with_body=with_body, **args)


@dataclass
class Page:
    """One page of a search: how many matched (up to the limit asked), the page's rows, and what
    facets count of the first matches."""

    matched: int
    rows: list[dict[str, Any]] = field(default_factory=list)
    facet_rows: list[dict[str, Any]] = field(default_factory=list)


def page(
    cfg: config_mod.Config,
    store: Store,
    *,
    start: int,
    stop: int,
    facet_limit: int,
    limit: int,
    text: str | None = None,
    kind: str | None = None,
    topic: str | None = None,
    source: str | None = None,
    region: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    min_importance: float | None = None,
    sort: str | None = None,
) -> Page:
    """The matches `query(..., limit=limit)` would give, with only rows[start:stop] read in full and
    the first `facet_limit` read for their facets (kind, source, topics, regions: the
    `search.facet_rows` of each). The console's 信息检索 page: the same rows as `query`, without
    reading the rows the page does not show."""
    args = _search_args(cfg, store, text=text, kind=kind, topic=topic, source=source, region=region,
                        since=since, until=until, min_importance=min_importance, sort=sort,
                        disagreements=False)
    if args is None:
        return Page(0)
    home = cfg.home.code
    version, ids = store.search_ids(home, limit=limit, **args)
    if version is None or not ids:
        return Page(0)
    return Page(len(ids), store.result_rows(home, version, ids[start:stop]),
                store.facet_rows(home, version, ids[:facet_limit]))


def documents(
    config: config_mod.Config | str | Path | None = None,
    text: str | None = None,
    kind: str | None = None,
    topic: str | None = None,
    source: str | None = None,
    region: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    min_importance: float | None = None,
    sort: str | None = None,
    limit: int | None = None,
    *,
    disagreements: bool = False,
    with_body: bool = False,
) -> pd.DataFrame:
    """Analysed documents passing the filters, one row each, newest first unless `sort` says otherwise.

    config: a deployment file (default $SIQING_CONFIG or config/siqing.yaml) or a loaded Config.
    text: words searched in titles and bodies (all must occur). kind: upper | lower | external |
    internal. topic: a topic name of taxonomy.yaml. source: a source id or name. region: a
    division (name, short name or code), matching items about it or anything inside it.
    since, until: inclusive days (published date, else arrival). min_importance: 0..1.
    sort: date | arrived | importance | relevance (needs text) | id. limit: at most this many.
    disagreements: only items whose model kind differs from the analysts' latest label.
    with_body: add the full text as `body`.

    Columns: id, title, date, published_at, arrived_at, source_id, source, url, kind, confidence,
    topics, regions, keywords (lists), summary, importance, cluster_id, label_kind, label_note,
    label_by (the analysts' latest correction, if any) and body when asked.
    """
    import pandas as pd

    cfg = _config(config)
    store = Store(cfg.database_url)
    try:
        rows = query(cfg, store, text=text, kind=kind, topic=topic, source=source, region=region,
                     since=since, until=until, min_importance=min_importance, sort=sort, limit=limit,
                     disagreements=disagreements, with_body=with_body)
    finally:
        store.close()
    columns = list(RESULT_COLUMNS) + (["body"] if with_body else [])
    df = pd.DataFrame(rows, columns=columns)
    # published_at / arrived_at mix days and timestamps and stay text; `date` becomes a real day.
    df["date"] = pd.to_datetime(df["date"].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    return df
