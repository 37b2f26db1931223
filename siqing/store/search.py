"""Analysts' queries: full-text search over jieba-segmented text, filters, sorting, corrections.

The caller segments the query (the store imports no stage); `match_expression` turns the words
into an FTS5 query, which PostgreSQL gets translated into a tsquery (store/fulltext.py).

A search with text is driven by one of three things, whichever reads the fewest index entries
(`_plan`, from counts that cost milliseconds): the match set (every match looked up and sorted:
cheap when the text is rare), the date index or the importance index walked in order or over the
filter's range, testing membership in the match set (cheap when the page fills early, or when a
date range or importance floor leaves few rows). Before, a common word with a date range sorted by
importance walked the whole importance index (1.6 s at a million documents).

On PostgreSQL the costly step is testing a row's tsvector: it is read from TOAST and decompressed
(5-10 µs), and a NEAR search (18 position alternatives a pair) takes 25 µs or more a row; the GIN
index cannot test positions, so the server rechecks every row the index gives. `_pg_plan` picks one
of three shapes by their estimated cost, from the share of documents the words cover (the column
statistics' word frequencies, revision 0007) and the server's estimates of the rows the other
filters keep (EXPLAIN, about 1 ms; no search is run to decide):
- "candidates" when few documents hold all the words: the GIN index alone gives them (a test of the
  words without their positions needs no recheck), they are filtered and sorted, and only the rows
  the page reaches get the exact (positional) test;
- "walk" when the page fills early in its order: that order is walked with every other filter
  first and the text tested last, on the rows that pass (the planner used to test it first, on
  every row walked);
- "sorted" when another filter than the sort key keeps few rows (a week, sorted by importance):
  those rows are sorted, then tested in order until the page is full.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from siqing.errors import UsageError
from siqing.kinds import KINDS
from siqing.store import schema as t
from siqing.store.core import StoreBase
from siqing.store.fulltext import RANK_WEIGHTS, Tree, has_not, parse_loose, to_tsquery, tree_tsquery

# name -> ORDER BY expression
SORTS: dict[str, str] = {
    "date": "COALESCE(d.published_at, d.arrived_at) DESC, d.id DESC",
    "arrived": "d.arrived_at DESC, d.id DESC",
    "importance": "a.importance DESC, a.document_id DESC",
    "relevance": "bm25(documents_fts, 3.0, 1.0), d.id DESC",
    "id": "d.id DESC",
}
# PostgreSQL ranks by ts_rank with the same column weights (title 3, body 1), then newest id.
PG_RELEVANCE = f"ts_rank('{RANK_WEIGHTS}', f.tsv, CAST(:q AS tsquery), 1) DESC, d.id DESC"
# Up to this many full-text matches the match set always drives (see the module docstring); the
# counts behind `_plan` stop here too.
FEW_MATCHES = 4000
COUNT_CAP = 200_000
KIND_CAP = 50_000  # a kind's rows counted up to this (more: its importance walk is long anyway)
SAMPLE = 20_000  # the newest documents that tell how common a search text is
# Share of rows a filter is guessed to keep when no count is taken (kind of four; topic, region,
# source, disagreements rarer).
GUESS = {"kind": 0.25, "topic": 0.15, "region": 0.2, "source": 0.1, "disagreements": 0.05}
PG_PLANS = True  # False: the plain full-text join for every search (bench/bench_query.py's baseline)
PG_COST_UNIT = 8.0  # µs a unit of the server's cost estimate takes here (see `_pg_plan`)
STATS_SECONDS = 600.0  # the word frequencies are read again after this long
_PHRASE_OP = re.compile(r"<(?:-|\d+)>")
# Sort keys of the candidate plan: (key column, or None when the id alone orders)
PG_KEYS: dict[str, str | None] = {
    "date": "COALESCE(d.published_at, d.arrived_at)", "arrived": "d.arrived_at", "importance": "a.importance",
    "id": None,
}
# Alembic revision 0006: a home's newest analysis found at once (`latest_model_version`).
LATEST_INDEX = "CREATE INDEX IF NOT EXISTS ix_analyses_home_latest ON analyses (home, id)"
_TOKEN_SPLIT = re.compile(r"[^\w]+", re.UNICODE)

RESULT_COLUMNS = (
    "id", "title", "date", "published_at", "arrived_at", "source_id", "source", "url", "kind",
    "confidence", "topics", "regions", "keywords", "summary", "importance", "cluster_id",
    "label_kind", "label_note", "label_by",
)


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(groups: Sequence[Sequence[str]]) -> str | None:
    """An FTS5 query from segmented words: every group must match.

    A group is one word as `cut` gives it followed by its parts as `cut_for_search` gives them,
    e.g. ["营商环境", "营商", "环境"]. The word itself matches, or its parts close together: the
    index holds 人大常委会's parts but not 人大常委会 itself inside 全国人大常委会.
    """
    clauses = []
    for group in groups:
        words = [w for w in dict.fromkeys(group) if _TOKEN_SPLIT.sub("", w)]
        if not words:
            continue
        head, parts = words[0], [w for w in words[1:] if w != words[0]]
        if parts:
            clauses.append(f"({_quote(head)} OR NEAR({' '.join(_quote(p) for p in parts)}, 8))")
        else:
            clauses.append(_quote(head))
    return " AND ".join(clauses) if clauses else None


def region_prefix(code: str) -> str | None:
    """The code prefix shared by a division and everything inside it (None for the nation)."""
    code = code.strip()
    if code == "000000":
        return None
    if len(code) == 6:
        while code.endswith("00") and len(code) > 2:
            code = code[:-2]
    return code


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day_after(value: str) -> str:
    return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat()


class SearchQueries(StoreBase):
    """Full-text search with filters, counts, and the analysts' labels for training."""

    _index_names: set[str] | None = None  # the store's index names, read once

    def latest_model_version(self, home: str) -> str | None:
        """The model version of the newest analysis for this home (what `siqing process` last wrote)."""
        q = text("SELECT model_version FROM analyses WHERE home = :h ORDER BY id DESC LIMIT 1")
        with self.connect() as conn:
            return conn.execute(q, {"h": home}).scalar()

    def search_documents(
        self,
        home: str,
        *,
        model_version: str | None = None,
        match: str | None = None,
        kind: str | None = None,
        topic: str | None = None,
        source: str | None = None,
        region: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_importance: float | None = None,
        sort: str | None = None,
        limit: int | None = None,
        disagreements: bool = False,
        with_body: bool = False,
    ) -> list[dict[str, Any]]:
        """Analysed documents of a home that pass the filters, sorted, with their latest label.

        `match` is an FTS5 expression (see match_expression); `region` a division code (the
        division and everything inside it); `since`/`until` are inclusive days compared with the
        published date, or the arrival when the page gave none.
        """
        version, ids = self.search_ids(
            home, model_version=model_version, match=match, kind=kind, topic=topic, source=source,
            region=region, since=since, until=until, min_importance=min_importance, sort=sort, limit=limit,
            disagreements=disagreements)
        return self.result_rows(home, version, ids, with_body=with_body) if version is not None else []

    def search_ids(
        self,
        home: str,
        *,
        model_version: str | None = None,
        match: str | None = None,
        kind: str | None = None,
        topic: str | None = None,
        source: str | None = None,
        region: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_importance: float | None = None,
        sort: str | None = None,
        limit: int | None = None,
        disagreements: bool = False,
    ) -> tuple[str | None, list[int]]:
        """(model version searched, ids in order) of what `search_documents` returns: the first step
        alone, read from the indexes. The version is None when the home has no analyses."""
        sort = sort or "date"
        if sort not in SORTS:
            raise UsageError(f"unknown sort field {sort!r} (choose from {', '.join(SORTS)})")
        if sort == "relevance" and not match:
            raise UsageError("sorting by relevance needs a search text")
        if kind is not None and kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r} (choose from {', '.join(KINDS)})")
        version = model_version or self.latest_model_version(home)
        if version is None:
            return None, []
        where = ["a.home = :home", "a.model_version = :mv"]
        params: dict[str, Any] = {"home": home, "mv": version}
        guessed = 1.0  # the share of rows the filters without a count keep (a guess)
        if kind:
            where.append("a.kind = :kind")
            params["kind"] = kind
            guessed *= GUESS["kind"]
        if topic:
            where.append("a.topics LIKE :topic ESCAPE '\\'")
            params["topic"] = "%" + _like_escape(json.dumps(topic, ensure_ascii=False)) + "%"
            guessed *= GUESS["topic"]
        if source:
            where.append("(d.source_id = :source OR d.source_id IN (SELECT id FROM sources WHERE name = :source))")
            params["source"] = source
            guessed *= GUESS["source"]
        if region:
            prefix = region_prefix(region)
            if prefix:
                where.append("a.regions LIKE :region ESCAPE '\\'")
                params["region"] = '%"' + _like_escape(prefix) + "%"
                guessed *= GUESS["region"]
        if since:
            where.append("COALESCE(d.published_at, d.arrived_at) >= :since")
            params["since"] = since[:10]
        if until:
            where.append("COALESCE(d.published_at, d.arrived_at) < :until")
            params["until"] = _day_after(until)
        if min_importance is not None:
            where.append("a.importance >= :imp")
            params["imp"] = float(min_importance)
        if disagreements:
            where.append(
                "a.kind <> (SELECT l.kind FROM labels l WHERE l.document_id = d.id AND l.home = :home "
                "ORDER BY l.id DESC LIMIT 1)"
            )
            guessed *= GUESS["disagreements"]
        pg = self.dialect == "postgresql"
        order = PG_RELEVANCE if pg and sort == "relevance" else SORTS[sort]
        tail = f" ORDER BY {order}" + (" LIMIT :limit" if limit is not None else "")
        if limit is not None:
            params["limit"] = int(limit)
        filters = " AND ".join(where)
        # Step 1 finds the page's ids from the covering indexes only; step 2 reads those rows.
        with self.connect() as conn:
            _tune(conn)
            if not match:
                sql = f"SELECT d.id FROM documents d JOIN analyses a ON a.document_id = d.id WHERE {filters}{tail}"
            elif pg:
                params["q"] = to_tsquery(match)
                plan, loose = self._pg_plan(conn, params["q"], sort, limit, filters, order, params)
                key = PG_KEYS.get(sort)
                exact = " WHERE EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = s.id AND f.tsv @@ CAST(:q AS tsquery))"
                outer = f"ORDER BY {'s.k DESC, ' if key else ''}s.id DESC LIMIT :limit"
                inner = f"SELECT d.id AS id{f', {key} AS k' if key else ''} FROM "
                if plan == "candidates":
                    # The candidates from the GIN index alone, filtered and sorted (OFFSET 0 keeps the
                    # exact test out of the subquery), then tested exactly in order until the page is full.
                    params["loose"] = loose
                    sql = (f"SELECT s.id FROM ({inner}(SELECT rowid FROM documents_fts "
                           f"WHERE tsv @@ CAST(:loose AS tsquery)) c "
                           f"JOIN documents d ON d.id = c.rowid JOIN analyses a ON a.document_id = d.id "
                           f"WHERE {filters} ORDER BY {order} OFFSET 0) s{exact if loose != params['q'] else ''} {outer}")
                elif plan == "sorted":
                    # Every row the other filters keep, sorted, then tested in order until the page is full.
                    sql = (f"SELECT s.id FROM ({inner}documents d JOIN analyses a ON a.document_id = d.id "
                           f"WHERE {filters} ORDER BY {order} OFFSET 0) s{exact} {outer}")
                elif plan == "walk":
                    # Naming both d and a puts the test after the join and every cheaper filter;
                    # OFFSET 0 keeps the planner from turning it into a join it would test first.
                    sql = (f"SELECT d.id FROM documents d JOIN analyses a ON a.document_id = d.id "
                           f"WHERE {filters} AND EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = d.id "
                           f"AND f.rowid = a.document_id AND f.tsv @@ CAST(:q AS tsquery) OFFSET 0){tail}")
                else:
                    sql = (f"SELECT d.id FROM documents_fts f JOIN documents d ON d.id = f.rowid "
                           f"JOIN analyses a ON a.document_id = d.id "
                           f"WHERE f.tsv @@ CAST(:q AS tsquery) AND {filters}{tail}")
            else:
                params["q"] = match
                driver, test = self._plan(conn, params, sort, limit, guessed) if limit is not None else ("match", "")

                def member(col: str) -> str:
                    if test == "probe":
                        return f"EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH :q AND rowid = {col})"
                    return f"{col} IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q)"

                if driver == "date":
                    # The date index, walked newest first over the filter's range; the match is
                    # tested on the outer table so that it cannot drive the inner lookups.
                    sql = (f"SELECT d.id FROM {self._indexed(conn, 'documents d', 'ix_documents_date')} "
                           f"CROSS JOIN analyses a ON a.document_id = d.id "
                           f"WHERE {member('d.id')} AND {filters}{tail}")
                elif driver in ("importance", "kind"):
                    index = "ix_analyses_kind_rank" if driver == "kind" else "ix_analyses_rank"
                    sql = (f"SELECT d.id FROM {self._indexed(conn, 'analyses a', index)} "
                           f"CROSS JOIN documents d ON a.document_id = d.id "
                           f"WHERE {member('a.document_id')} AND {filters}{tail}")
                else:
                    doc_cover = self._indexed(conn, "documents d", "ix_documents_cover")
                    an_cover = self._indexed(conn, "analyses a", "ix_analyses_cover")
                    sql = (f"SELECT d.id FROM documents_fts CROSS JOIN {doc_cover} ON d.id = documents_fts.rowid "
                           f"CROSS JOIN {an_cover} ON a.document_id = d.id "
                           f"WHERE documents_fts MATCH :q AND {filters}{tail}")
            try:
                ids = [int(r[0]) for r in conn.execute(text(sql), params)]
            except Exception as exc:
                _raise_if_fts_syntax(exc, match)
                raise
        return version, ids

    def result_rows(self, home: str, version: str, ids: Sequence[int], *,
                    with_body: bool = False) -> list[dict[str, Any]]:
        """The rows `search_documents` gives for these ids (in the order given), with the latest labels."""
        ids = [int(i) for i in ids]
        with self.connect() as conn:
            _tune(conn)
            rows = self._rows(conn, version, home, ids, with_body)
            labels = self._latest_labels_for(conn, home, ids)
        for r in rows:
            for k in ("topics", "regions", "keywords"):
                r[k] = json.loads(r[k]) if isinstance(r[k], str) else (r[k] or [])
            lab = labels.get(r["id"])
            r["label_kind"] = lab["kind"] if lab else None
            r["label_note"] = lab["note"] if lab else None
            r["label_by"] = lab["author"] if lab else None
        return rows

    def facet_rows(self, home: str, version: str, ids: Sequence[int]) -> list[dict[str, Any]]:
        """What facets count of each id's row, in the order given: id, kind, source_id, source (as in
        `result_rows`), topics and regions (lists). Read from the covering indexes and the sources
        table; a document's own source name only for a source the store does not know."""
        ids = [int(i) for i in ids]
        found: dict[int, dict[str, Any]] = {}
        with self.connect() as conn:
            _tune(conn)
            doc_cover = self._indexed(conn, "documents d", "ix_documents_cover")
            an_cover = self._indexed(conn, "analyses a", "ix_analyses_cover")
            for i in range(0, len(ids), 500):
                marks = ", ".join(str(x) for x in ids[i : i + 500])  # ints from our own query
                sql = (f"SELECT d.id, a.kind, d.source_id, a.topics, a.regions FROM {doc_cover} "
                       f"JOIN {an_cover} ON a.document_id = d.id AND a.home = :home AND a.model_version = :mv "
                       f"WHERE d.id IN ({marks})")
                for doc_id, kind, source_id, topics, regions in conn.execute(text(sql), {"home": home, "mv": version}):
                    found[int(doc_id)] = {"id": int(doc_id), "kind": kind, "source_id": source_id, "source": None,
                                          "topics": _listed(topics), "regions": _listed(regions)}
            wanted = sorted({r["source_id"] for r in found.values()})
            names: dict[str, str] = {}
            if wanted:
                q = t.sources.select().with_only_columns(t.sources.c.id, t.sources.c.name).where(
                    t.sources.c.id.in_(wanted))
                names = {str(sid): name for sid, name in conn.execute(q)}
            strays = [r["id"] for r in found.values() if r["source_id"] not in names]
            for i in range(0, len(strays), 500):
                q = t.documents.select().with_only_columns(t.documents.c.id, t.documents.c.source_name).where(
                    t.documents.c.id.in_(strays[i : i + 500]))
                for doc_id, source_name in conn.execute(q):
                    found[int(doc_id)]["source"] = source_name
        for r in found.values():
            if r["source_id"] in names:
                r["source"] = names[r["source_id"]]
        return [found[i] for i in ids if i in found]

    def _plan(self, conn: Connection, params: dict[str, Any], sort: str, limit: int,
              guessed: float) -> tuple[str, str]:
        """What drives a SQLite text search, and how the match is tested (module docstring).

        Returns (driver, test): driver "match", "date", "importance" or "kind" (the importance
        order of the kind asked for, revision 0003); test "set" (the match set built once, then
        looked up) or "probe" (the full-text index asked about each row walked).
        Costs are in microseconds per row as measured at a million documents: a match joined to
        the covering indexes about 1.2, a match put in the set 0.6, an index entry walked 1.5, a
        probe 40. The share of documents matching is read from the newest SAMPLE documents.
        """
        few = self._count(conn, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q", params,
                          FEW_MATCHES + 1)
        if few <= FEW_MATCHES or sort not in ("date", "importance"):
            return "match", "set"
        total, last = self._total(conn, params)
        total = max(total, 1)
        recent = self._count(conn, "SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q AND rowid > :from",
                             {**params, "from": last - SAMPLE}, SAMPLE)
        density = max(recent, 1) / max(min(SAMPLE, last), 1)
        matches = max(density * total, float(few))
        dates = ranked = total
        if "since" in params or "until" in params:
            dates = self._count(conn, f"SELECT 1 FROM {self._indexed(conn, 'documents d', 'ix_documents_date')} "
                                "WHERE COALESCE(d.published_at, d.arrived_at) >= :lo "
                                "AND COALESCE(d.published_at, d.arrived_at) < :hi",
                                {"lo": params.get("since", ""), "hi": params.get("until", "9999")})
        if "imp" in params:
            ranked = self._count(conn, f"SELECT 1 FROM {self._indexed(conn, 'analyses a', 'ix_analyses_rank')} "
                                 "WHERE a.home = :home AND a.model_version = :mv AND a.importance >= :imp", params)
        share = min(1.0, density) * min(1.0, dates / total) * min(1.0, ranked / total) * guessed
        costs = {("match", "set"): matches * 1.2}
        spans = [("date", dates), ("importance", ranked)]
        if ("kind" in params and (sort == "importance" or "imp" in params)
                and "ix_analyses_kind_rank" in self._index_set(conn)):
            kinded = self._count(conn, "SELECT 1 FROM analyses a INDEXED BY ix_analyses_kind_rank "
                                 "WHERE a.home = :home AND a.model_version = :mv AND a.kind = :kind"
                                 + (" AND a.importance >= :imp" if "imp" in params else ""), params, KIND_CAP)
            # the kind's counted share replaces its guess; of the rows walked, this many pass
            share_k = share / GUESS["kind"] * min(1.0, kinded / max(ranked, 1))
            passing = share_k * total / max(kinded, 1)
            walked = kinded if sort != "importance" else min(kinded, limit / max(passing, 1e-9))
            costs[("kind", "set")] = matches * 0.6 + walked * 1.5
            costs[("kind", "probe")] = walked * 40.0
        for name, span in spans:
            passing = share / max(span / total, 1e-9)  # of the rows in this index's range
            walked = span if sort != name else min(span, limit / max(passing, 1e-9))
            costs[(name, "set")] = matches * 0.6 + walked * 1.5
            costs[(name, "probe")] = walked * 40.0
        return min(costs, key=lambda k: costs[k])

    def _pg_plan(self, conn: Connection, query: str, sort: str, limit: int | None, filters: str, order: str,
                 params: dict[str, Any]) -> tuple[str, str]:
        """How a PostgreSQL text search runs (module docstring): (plan, loose query); plan "plain",
        "walk", "sorted" or "candidates". The loose query is `query` with every position condition
        (<->, <N>) made a plain AND: it finds every document `query` finds, from the index alone.

        Costs in microseconds as measured at a million documents: a candidate from the index 10 (its
        heap row for the id, two index lookups), a row walked in the page's order 3.5, a unit of the
        server's cost estimate for sorting what the other filters keep about 8 (3-25), the exact test of a
        row 25 with position conditions and 12 without (the tsvector read from TOAST). The share of
        documents the text finds is estimated from the word frequencies (`_tree_share`); the rows the
        other filters keep, and those in the range of the sort key, from the server's estimates.
        """
        if not PG_PLANS or limit is None or sort not in PG_KEYS:
            return "plain", query
        tree = parse_loose(query)
        phrase = _PHRASE_OP.search(query) is not None
        loose = tree_tsquery(tree) if phrase else query  # no position condition: the index answers exactly
        stats = self._pg_word_stats(conn)
        if stats is None:  # never analysed: no frequencies to go by
            return "walk", loose
        freqs, floor, rows = stats
        share = max(_tree_share(tree, freqs, floor), 1.0 / rows)
        test = 25.0 if phrase else 12.0
        sorted_plan = self._pg_explain(conn, f"SELECT d.id FROM documents d JOIN analyses a ON a.document_id = d.id "
                                       f"WHERE {filters} ORDER BY {order}", params)
        kept = max(float(sorted_plan["Plan Rows"]), 1.0)
        span = rows  # the rows of the sort key's range: what a walk in the page's order may read
        if sort == "date" and ("since" in params or "until" in params):
            dated = [c for k, c in (("since", "COALESCE(d.published_at, d.arrived_at) >= :since"),
                                    ("until", "COALESCE(d.published_at, d.arrived_at) < :until")) if k in params]
            span = self._pg_explain(conn, f"SELECT 1 FROM documents d WHERE {' AND '.join(dated)}", params)["Plan Rows"]
        elif sort == "importance" and "imp" in params:
            span = self._pg_explain(conn, "SELECT 1 FROM analyses a WHERE a.importance >= :imp", params)["Plan Rows"]
        span = max(float(span), kept)
        # Position conditions find fewer documents than their words (基层治理: a third of those with
        # both 基层 and 治理); a walk's length goes by the matches, so it is not judged by the words.
        dense = share / 4 if phrase else share
        tested = min(kept, limit / dense)  # rows the exact test reads before the page is full
        costs = {"walk": min(span, limit * span / (kept * dense)) * 3.5 + tested * test,
                 "sorted": float(sorted_plan["Total Cost"]) * PG_COST_UNIT + tested * test}
        if not has_not(tree):  # NOT of a phrase: a loose query would miss some matches
            costs["candidates"] = share * rows * 10.0 + (limit * test if phrase else 0.0)
        return min(costs, key=lambda k: costs[k]), loose

    def _pg_explain(self, conn: Connection, sql: str, params: dict[str, Any]) -> dict[str, Any]:
        """The server's plan of a query, not run (rows and cost estimates; about 1 ms)."""
        plan = conn.execute(text(f"EXPLAIN (FORMAT JSON) {sql}"), params).scalar_one()
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return plan[0]["Plan"]

    def _pg_word_stats(self, conn: Connection) -> tuple[dict[str, float], float, float] | None:
        """The full-text column's word frequencies from its statistics (`ANALYZE`), the frequency
        below which a word is not listed, and the number of rows; None before the first ANALYZE.
        Read once per STATS_SECONDS per store object."""
        cached = self.__dict__.get("_word_stats")
        if cached is not None and time.monotonic() - cached[0] < STATS_SECONDS:
            return cached[1]
        row = conn.execute(text(
            "SELECT CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs, c.reltuples "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_stats s "
            "ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = 'tsv' "
            "WHERE c.oid = CAST('documents_fts' AS regclass)")).first()
        stats = None
        if row is not None and row[0] and row[1] and row[2] and row[2] > 0:
            words, freqs = list(row[0]), [float(f) for f in row[1]]
            stats = (dict(zip(words, freqs, strict=False)), freqs[len(words)], float(row[2]))
        self.__dict__["_word_stats"] = (time.monotonic(), stats)
        return stats

    def _count(self, conn: Connection, inner: str, params: dict[str, Any], cap: int = 0) -> int:
        q = text(f"SELECT count(*) FROM ({inner} LIMIT {cap or COUNT_CAP})")
        try:
            return int(conn.execute(q, params).scalar_one())
        except Exception as exc:  # a locked or broken store stays a runtime failure (exit 1)
            _raise_if_fts_syntax(exc, params.get("q"))
            raise

    def _total(self, conn: Connection, params: dict[str, Any]) -> tuple[int, int]:
        """Analyses of the home and model version, and the highest document id (read once per
        store object: a guide for the plan, not a figure anyone reads)."""
        key = (params["home"], params["mv"])
        cache = self.__dict__.setdefault("_totals", {})
        if key not in cache:
            n = int(conn.execute(text("SELECT count(*) FROM analyses a WHERE a.home = :home "
                                      "AND a.model_version = :mv"), params).scalar_one())
            last = int(conn.execute(text("SELECT coalesce(max(id), 0) FROM documents")).scalar_one())
            cache[key] = (n, last)
        return cache[key]

    def _rows(self, conn: Connection, version: str, home: str, ids: list[int], with_body: bool) -> list[dict[str, Any]]:
        """The result rows of these documents, in the order given."""
        body = ", d.body AS body" if with_body else ""
        cols = (
            "d.id AS id, d.title AS title, COALESCE(d.published_at, d.arrived_at) AS date, "
            "d.published_at AS published_at, d.arrived_at AS arrived_at, d.source_id AS source_id, "
            "COALESCE((SELECT s.name FROM sources s WHERE s.id = d.source_id), d.source_name) AS source, "
            "d.url AS url, a.kind AS kind, a.confidence AS confidence, a.topics AS topics, "
            "a.regions AS regions, a.keywords AS keywords, a.summary AS summary, "
            f"a.importance AS importance, a.cluster_id AS cluster_id{body}"
        )
        found: dict[int, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join(str(int(x)) for x in chunk)  # ints from our own query
            sql = (f"SELECT {cols} FROM documents d JOIN analyses a ON a.document_id = d.id "
                   f"AND a.home = :home AND a.model_version = :mv WHERE d.id IN ({marks})")
            for r in conn.execute(text(sql), {"home": home, "mv": version}):
                found[int(r.id)] = dict(r._mapping)
        return [found[i] for i in ids if i in found]

    def _indexed(self, conn: Connection, table: str, index: str) -> str:
        """`table INDEXED BY index` when the store has the index (a store migrated by an earlier
        draft of 0005_query may lack one), else the table alone: the planner then chooses."""
        if self.dialect != "sqlite":
            return table
        return f"{table} INDEXED BY {index}" if index in self._index_set(conn) else table

    def _index_set(self, conn: Connection) -> set[str]:
        known = self._index_names
        if known is None:
            known = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
            self._index_names = known
        return known

    def _latest_labels_for(self, conn: Connection, home: str, ids: list[int]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = t.labels.select().where(t.labels.c.home == home, t.labels.c.document_id.in_(chunk)).order_by(
                t.labels.c.id
            )
            for r in conn.execute(q):
                out[int(r.document_id)] = dict(r._mapping)
        return out

    def count_by(
        self,
        home: str,
        by: str,
        *,
        model_version: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[tuple[str, int]]:
        """(value, number of documents) over a period, largest first (by day: oldest first)."""
        version = model_version or self.latest_model_version(home)
        if version is None:
            return []
        params: dict[str, Any] = {"home": home, "mv": version}
        where = ["a.home = :home", "a.model_version = :mv"]
        if since:
            where.append("COALESCE(d.published_at, d.arrived_at) >= :since")
            params["since"] = since[:10]
        if until:
            where.append("COALESCE(d.published_at, d.arrived_at) < :until")
            params["until"] = _day_after(until)
        filters = " AND ".join(where)
        base = f"FROM documents d JOIN analyses a ON a.document_id = d.id WHERE {filters}"
        with self.connect() as conn:
            if by == "kind":
                sql = f"SELECT a.kind, count(*) AS n {base} GROUP BY a.kind ORDER BY n DESC, a.kind"
            elif by == "source":
                sql = (f"SELECT COALESCE(s.name, d.source_id), count(*) AS n FROM documents d "
                       f"JOIN analyses a ON a.document_id = d.id LEFT JOIN sources s ON s.id = d.source_id "
                       f"WHERE {filters} GROUP BY 1 ORDER BY n DESC, 1")
            elif by == "day":
                sql = (f"SELECT substr(COALESCE(d.published_at, d.arrived_at), 1, 10) AS day, count(*) {base} "
                       f"GROUP BY day ORDER BY day")
            elif by in ("topic", "region"):
                col = "a.topics" if by == "topic" else "a.regions"
                counts: dict[str, int] = {}
                for (raw,) in conn.execute(text(f"SELECT {col} {base}"), params):
                    for v in set(json.loads(raw or "[]")):
                        counts[str(v)] = counts.get(str(v), 0) + 1
                return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            else:
                raise UsageError(f"unknown grouping {by!r} (choose from kind, source, day, topic, region)")
            return [(str(r[0]), int(r[1])) for r in conn.execute(text(sql), params)]

    def training_labels(self, home: str) -> list[dict[str, Any]]:
        """Analysts' latest label of each labelled document of a home, for `siqing train`.

        Each row: document_id, title, text (the body), url, source_name (the source's configured
        name, else the name the page gave), published_at, kind (the analysts' answer), note, labelled_at.
        """
        sql = text(
            "SELECT d.id AS document_id, d.title AS title, d.body AS text, d.url AS url, "
            "COALESCE(s.name, d.source_name, '') AS source_name, d.published_at AS published_at, "
            "l.kind AS kind, l.note AS note, l.created_at AS labelled_at "
            "FROM labels l JOIN documents d ON d.id = l.document_id LEFT JOIN sources s ON s.id = d.source_id "
            "WHERE l.home = :home AND l.id = (SELECT max(l2.id) FROM labels l2 "
            "WHERE l2.document_id = l.document_id AND l2.home = l.home) ORDER BY l.document_id"
        )
        with self.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sql, {"home": home})]

    def ensure_query_indexes(self) -> None:
        """Create the analysts' indexes (legacy migration 0005_query, Alembic revisions 0003 and 0006)
        if missing (stores loaded in bulk)."""
        from siqing.store.migrations import KIND_RANK_INDEX, QUERY_INDEXES

        with self.begin() as conn:
            for ddl in (*QUERY_INDEXES, KIND_RANK_INDEX, LATEST_INDEX):
                conn.execute(text(ddl))
        self._index_names = None

    def document_exists(self, doc_id: int) -> bool:
        with self.connect() as conn:
            return conn.execute(text("SELECT 1 FROM documents WHERE id = :i"), {"i": doc_id}).first() is not None

    def bulk_load(
        self,
        home: str,
        model_version: str,
        documents: Iterable[dict[str, Any]],
        analyses: Iterable[dict[str, Any]],
        fulltext: Iterable[tuple[int, str, str]],
    ) -> None:
        """Insert many new rows at once (benchmarks, migrations from another system).

        Documents carry their `id`; analyses their `document_id`; the caller guarantees the rows
        are new. One transaction, executemany per table: no per-row round trips.
        """
        docs = list(documents)
        rows = list(analyses)
        fts = list(fulltext)
        with self.begin() as conn:
            if docs:
                conn.execute(t.documents.insert(), docs)
            if rows:
                for r in rows:
                    r.setdefault("home", home)
                    r.setdefault("model_version", model_version)
                conn.execute(t.analyses.insert(), rows)
            if fts:
                conn.exec_driver_sql(
                    "INSERT INTO documents_fts(rowid, title, body) VALUES (?, ?, ?)", fts
                )


def _tree_share(tree: Tree, freqs: dict[str, float], floor: float) -> float:
    """The estimated share of documents a `parse_loose` tree finds.

    A word: its listed frequency, else the lowest listed one (an upper bound). AND: between the
    rarest part (words that come together, as a word's own parts do) and the product (independent
    words), their geometric mean. OR: the sum. NOT: everything.
    """
    if tree[0] == "word":
        return freqs.get(tree[1], floor)
    if tree[0] == "not":
        return 1.0
    values = [_tree_share(t, freqs, floor) for t in tree[1]]
    if tree[0] == "or":
        return min(1.0, sum(values))
    return math.sqrt(min(values) * math.prod(values))


def _listed(value: Any) -> list[Any]:
    """A JSON list column as a list (PostgreSQL may hand it over decoded)."""
    return json.loads(value) if isinstance(value, str) else (value or [])


def _raise_if_fts_syntax(exc: Exception, match: str | None) -> None:
    """An FTS5 syntax error is the user's search text at fault (exit 2); anything else is not."""
    if "fts5" in str(exc).lower():
        raise UsageError(f"cannot search for {match!r}: {exc}") from exc


def _tune(conn: Connection) -> None:
    """Larger page cache and memory-mapped reads for the analysts' scans (SQLite only)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size=-200000")
        conn.exec_driver_sql("PRAGMA mmap_size=8589934592")
