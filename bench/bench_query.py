"""Analysts' search speed on a store of a million documents: full-text plus filters, LIMIT 50.

The store is made of real sentences from ../shared/data/corpora (local regulations, State Council
policies, work reports) recombined into documents of about 500 characters; kind, topics, regions,
importance and dates are drawn at random. Each distinct sentence is segmented once with the
deployment's jieba dictionary and its words reused. The store is cached under data/bench/ and
reused when complete. Prints one JSON line: p50/p95 of our search beside two baselines measured in
the same run (the plain full-text join without the planned driver, and LIKE '%词%' scans).

Then the same on PostgreSQL (unless --pg-docs 0): a server started in a temporary folder on a
loopback port (tests/store/pgserver.py), loaded with the first --pg-docs documents of the SQLite
store (documents, analyses, segmented full text; the tsvector made on the server with
to_tsvector('simple'), which gives the tokens of store/fulltext.py for text of letters and digits),
the same queries through Store.search_documents, and LIKE scans as the baseline; stopped at the end.
Beside the wall-clock figures: CPU per query (this process's; on PostgreSQL plus the server's
processes') and the load average, since the machine may be shared. Each store's figures carry a
breakdown: p50/p95 per kind of search (two- or four-character word, sort, with or without filters)
and the ten slowest searches; on PostgreSQL also how often each plan was chosen (store/search.py
`_pg_plan`) and, as its baseline, the plain full-text join (the plan before) on the same searches,
whose pages must be the same.

    .venv/bin/python bench/bench_query.py [--docs 1000000] [--queries 300] [--limit 50] [--pg-docs 1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from siqing.store import Store  # noqa: E402
from siqing.store.documents import content_hash  # noqa: E402

CORPORA = REPO.parent / "shared" / "data" / "corpora"
USERDICT = REPO / "config" / "userdict.txt"
HOME = "370100"
VERSION = "bench+p1"
SENT_SPLIT = re.compile(r"(?<=[。！？；])|\n+")
TOPICS = ["立法", "监督", "代表工作", "决定重大事项", "人事任免", "自身建设", "基层治理", "民生", "营商环境", "生态环保"]
REGIONS = ["370000", "370100", "370102", "370103", "330000", "330100", "440000", "310000", "110000", "410000"]
KINDS = ["upper", "lower", "external", "internal"]
WORDS2 = ["立法", "监督", "代表", "养老", "教育", "医疗", "审议", "预算", "环境", "社区", "就业", "执法"]
WORDS4 = ["营商环境", "食品安全", "生态环境", "基层治理", "社会保障", "安全生产", "乡村振兴", "人大常委会"]
START = date(2023, 1, 1)
DAYS = 3 * 365


def corpus_texts() -> tuple[list[str], list[str]]:
    """(titles, texts) of the shared corpora."""
    titles, texts = [], []
    for line in (CORPORA / "local-regulations" / "local_regulations.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r.get("text") and r.get("title") and r["title"] != "---":
            titles.append(r["title"])
            texts.append(r["text"])
    for line in (CORPORA / "govcn-policy" / "govcn_policies.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        titles.append(r["title"])
        texts.append(r.get("body_text") or "")
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for line in (CORPORA / "gov-work-reports" / name).open(encoding="utf-8"):
            r = json.loads(line)
            titles.append(r["title"])
            texts.append(r.get("content") or "")
    return titles, texts


def sentences(texts: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tx in texts:
        for s in SENT_SPLIT.split(tx):
            s = s.strip()
            if 10 <= len(s) <= 160 and not s.startswith(("#", "-", "|", "<")):
                seen[s] = None
    return list(seen)


_seg = None


def _init() -> None:
    global _seg
    from processing.text import Segmenter

    _seg = Segmenter(USERDICT)
    _seg.tokenizer  # noqa: B018 - load the dictionary once per worker


def _segment(chunk: list[str]) -> list[str]:
    assert _seg is not None
    return [" ".join(_seg.cut_for_search(s)) for s in chunk]


def segment_all(items: list[str]) -> list[str]:
    size = 2000
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with ProcessPoolExecutor(os.cpu_count() or 1, initializer=_init) as ex:
        return [w for part in ex.map(_segment, chunks) for w in part]


def build(path: Path, n_docs: int, seed: int = 7) -> float:
    """Build the bench store at `path`; return seconds taken."""
    t0 = time.perf_counter()
    titles, texts = corpus_texts()
    sents = sentences(texts)
    titles = list(dict.fromkeys(titles))
    print(f"bench_query: {len(sents)} sentences, {len(titles)} titles; segmenting...", file=sys.stderr)
    seg_sents = segment_all(sents)
    seg_titles = segment_all(titles)
    print(f"bench_query: segmented in {time.perf_counter() - t0:.0f}s; writing {n_docs} documents...",
          file=sys.stderr)
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        p.unlink(missing_ok=True)
    store = Store(f"sqlite:///{tmp}")
    for i in range(20):
        store.register_source(f"src{i:02d}", f"来源{i:02d}", "city", REGIONS[i % len(REGIONS)], {})
    with store.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
    rnd = random.Random(seed)
    n_s = len(sents)
    batch = 20000
    for start in range(1, n_docs + 1, batch):
        docs, ans, fts = [], [], []
        for doc_id in range(start, min(start + batch, n_docs + 1)):
            ti = rnd.randrange(len(titles))
            picked: list[int] = []
            size = 0
            while size < 500:
                k = rnd.randrange(n_s)
                picked.append(k)
                size += len(sents[k])
            body = "".join(sents[k] for k in picked)
            # arrival follows the id, as a crawl's does; publication is up to three days earlier
            arrived = START + timedelta(days=DAYS * doc_id // n_docs)
            published = arrived - timedelta(days=rnd.randrange(4))
            stamp = f"{arrived.isoformat()}T08:00:00+08:00"
            docs.append({
                "id": doc_id, "source_id": f"src{rnd.randrange(20):02d}", "url": f"http://bench.invalid/{doc_id}",
                "canonical_url": f"http://bench.invalid/{doc_id}", "title": titles[ti],
                "published_at": published.isoformat(), "source_name": None, "author": None, "body": body,
                "attachments": "[]", "content_hash": content_hash(titles[ti], body), "snapshot": None,
                "content_type": None, "etag": None, "last_modified": None, "revision": 1, "origin": "crawl",
                "origin_path": None, "arrived_at": stamp, "updated_at": stamp,
            })
            topics = rnd.sample(TOPICS, rnd.choice((0, 1, 1, 2)))
            ans.append({
                "document_id": doc_id, "content_hash": docs[-1]["content_hash"], "kind": rnd.choice(KINDS),
                "confidence": round(rnd.random(), 3), "reason": "bench", "actor": None,
                "regions": json.dumps(rnd.sample(REGIONS, rnd.choice((0, 1, 2)))),
                "topics": json.dumps(topics, ensure_ascii=False), "keywords": "[]", "summary": body[:120],
                "importance": round(rnd.betavariate(2, 5), 3), "cluster_id": doc_id, "processed_at": stamp,
            })
            fts.append((doc_id, seg_titles[ti], " ".join(seg_sents[k] for k in picked)))
        store.bulk_load(HOME, VERSION, docs, ans, fts)
        if (start - 1) % 200000 == 0:
            print(f"bench_query: {start - 1 + len(docs)} documents, {time.perf_counter() - t0:.0f}s",
                  file=sys.stderr)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
        conn.exec_driver_sql("PRAGMA analysis_limit=2000")
        conn.exec_driver_sql("ANALYZE documents")
        conn.exec_driver_sql("ANALYZE analyses")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    tmp.rename(path)
    return time.perf_counter() - t0


def make_queries(n: int, seed: int = 11) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        q: dict = {"text": rnd.choice(WORDS2 if rnd.random() < 0.6 else WORDS4), "limit": 50}
        if rnd.random() < 0.5:
            q["kind"] = rnd.choice(KINDS)
        if rnd.random() < 0.5:
            end = START + timedelta(days=rnd.randrange(60, DAYS))
            q["since"] = (end - timedelta(days=rnd.choice((7, 30, 90, 365)))).isoformat()
            q["until"] = end.isoformat()
        if rnd.random() < 0.3:
            q["min_importance"] = rnd.choice((0.3, 0.5, 0.7))
        q["sort"] = "importance" if rnd.random() < 0.25 else "date"
        out.append(q)
    return out


def describe(q: dict) -> str:
    """A search in a few words, for the breakdown."""
    out = f"{q['text']} sort={q['sort']}"
    if q.get("kind"):
        out += f" kind={q['kind']}"
    if q.get("since"):
        days = (date.fromisoformat(q["until"]) - date.fromisoformat(q["since"])).days
        out += f" {days}d"
    if q.get("min_importance"):
        out += f" imp>={q['min_importance']}"
    return out


def kind_of(q: dict) -> str:
    filtered = any(q.get(k) for k in ("kind", "since", "min_importance"))
    return f"{len(q['text'])}-char {q['sort']}{' filtered' if filtered else ''}"


def breakdown(times: list[float], labels: list[str], kinds: list[str]) -> dict:
    """p50/p95 per kind of search and the ten slowest searches."""
    by: dict[str, list[float]] = {}
    for ms, k in zip(times, kinds, strict=True):
        by.setdefault(k, []).append(ms)
    slowest = sorted(zip(times, labels, strict=True), reverse=True)[:10]
    return {"by_kind": {k: {"n": len(v), "p50_ms": pct(v, 50), "p95_ms": pct(v, 95)} for k, v in sorted(by.items())},
            "slowest": [[round(ms, 1), label] for ms, label in slowest]}


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))], 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--like-queries", type=int, default=12)
    ap.add_argument("--limit", type=int, default=50, help="rows a query asks for (the web page asks 200)")
    ap.add_argument("--pg-docs", type=int, default=1_000_000, help="documents loaded into PostgreSQL; 0 skips it")
    args = ap.parse_args()
    if not CORPORA.is_dir():
        print(f"bench_query: skipped: the shared corpora ({CORPORA}) are absent", file=sys.stderr)
        print(json.dumps({"bench": "query", "skipped": f"no {CORPORA}"}))
        return 0
    from siqing.app import dataset
    from siqing.store import search

    path = REPO / "data" / "bench" / f"query-{args.docs}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    build_s = None
    if not path.exists():
        build_s = build(path, args.docs)
    store = Store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        before = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    store.ensure_query_indexes()  # a store cached by an older version of the code
    with store.engine.begin() as conn:
        after = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        if after - before:
            conn.exec_driver_sql("PRAGMA analysis_limit=2000")
            conn.exec_driver_sql("ANALYZE analyses")
    n_docs = store.count_documents()
    queries = make_queries(args.queries)
    labels = [describe(q) for q in queries]
    kinds = [kind_of(q) for q in queries]
    for q in queries:
        q["match"] = dataset.match_for(q.pop("text"), USERDICT)
        q["limit"] = args.limit

    cpu: list[float] = []

    def run(qs: list[dict], few: int) -> tuple[list[float], list[int]]:
        search.FEW_MATCHES = few
        times, hits = [], []
        cpu.clear()
        for q in qs:
            t0, c0 = time.perf_counter(), time.process_time()
            rows = store.search_documents(HOME, model_version=VERSION, **q)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            hits.append(len(rows))
        return times, hits

    default_few = search.FEW_MATCHES
    run(queries[:40], default_few)  # warm the page cache
    ours, hits = run(queries, default_few)
    ours_cpu = list(cpu)
    naive, naive_hits = run(queries, 10**12)  # always the plain full-text join, then sort
    if hits != naive_hits:
        print("bench_query: the two plans returned different numbers of rows", file=sys.stderr)
        return 1
    like = []
    with store.engine.connect() as conn:
        for q in queries[: args.like_queries]:
            word = q["match"].split('"')[1]
            order = "a.importance DESC" if q["sort"] == "importance" else "COALESCE(d.published_at, d.arrived_at) DESC"
            t0 = time.perf_counter()
            conn.exec_driver_sql(
                "SELECT d.id FROM documents d JOIN analyses a ON a.document_id = d.id "
                "WHERE (d.title LIKE ? OR d.body LIKE ?) AND a.kind = coalesce(?, a.kind) "
                "AND a.importance >= ? AND COALESCE(d.published_at, d.arrived_at) >= ? "
                f"AND COALESCE(d.published_at, d.arrived_at) <= ? ORDER BY {order} LIMIT 50",
                (f"%{word}%", f"%{word}%", q.get("kind"), q.get("min_importance") or 0.0,
                 q.get("since") or "0000", (q.get("until") or "9999") + "T99"),
            ).all()
            like.append((time.perf_counter() - t0) * 1000)
    result = {
        "bench": "query",
        "limit": args.limit,
        "documents": n_docs,
        "store_mb": round(path.stat().st_size / 2**20),
        "build_s": round(build_s) if build_s is not None else "cached",
        "queries": len(ours),
        "mean_hits": round(statistics.mean(hits), 1),
        "p50_ms": pct(ours, 50),
        "p95_ms": pct(ours, 95),
        "max_ms": pct(ours, 100),
        "cpu_p50_ms": pct(ours_cpu, 50),
        "cpu_p95_ms": pct(ours_cpu, 95),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "baseline_fts_join_p50_ms": pct(naive, 50),
        "baseline_fts_join_p95_ms": pct(naive, 95),
        "baseline_like_p50_ms": pct(like, 50),
        "baseline_like_p95_ms": pct(like, 95),
        "baseline_like_queries": len(like),
        "target_p95_ms": 200,
        "breakdown": breakdown(ours, labels, kinds),
    }
    store.close()
    if args.pg_docs:
        result["postgresql"] = postgres_part(path, min(args.pg_docs, n_docs), queries, args.like_queries,
                                             labels, kinds)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _copy(src, pg, sql: str, copy: str, n: int) -> None:  # type: ignore[no-untyped-def]
    """Rows of a SQLite query into a PostgreSQL COPY, streamed."""
    cur = src.execute(sql, (n,))
    with pg.cursor() as c, c.copy(copy) as cp:
        while rows := cur.fetchmany(20000):
            for r in rows:
                cp.write_row(r)


def postgres_part(path: Path, n: int, queries: list[dict], like_queries: int, labels: list[str],
                  kinds: list[str]) -> dict:
    """Load the first n documents into a fresh PostgreSQL server and time the same queries."""
    import sqlite3

    import psycopg

    sys.path.insert(0, str(REPO / "tests"))
    from store import pgserver  # tests/store/pgserver.py

    why = pgserver.available()
    if why:
        return {"skipped": why}
    settings = {"shared_buffers": "2GB", "maintenance_work_mem": "1GB", "work_mem": "64MB", "max_wal_size": "8GB",
                "wal_level": "minimal", "max_wal_senders": "0", "effective_cache_size": "8GB",
                "random_page_cost": "1.1", "jit": "off"}
    keep = path.parent / f"pg-{n}"  # the loaded cluster, reused by the next run (remove it to rebuild)
    complete = keep / "loaded"
    if keep.exists() and not complete.exists():
        import shutil

        shutil.rmtree(keep)
    with pgserver.postgres(settings, keep=keep) as server:
        if complete.exists():
            url = f"{server}/bench"
            store = Store(url)
            with store.engine.connect() as conn:
                size_mb = int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()) / 2**20
            load_s = build_s = -1.0
            return _pg_queries(store, queries, like_queries, size_mb, load_s, build_s, keep / "data", labels, kinds)
        url = pgserver.create_database(server, "bench")
        t0 = time.perf_counter()
        store = Store(url)
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conninfo = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo, autocommit=True) as pg:
            pg.execute("DROP INDEX IF EXISTS ix_documents_fts")
            _copy(src, pg, "SELECT id, name, level, region, config, first_seen FROM sources WHERE ? > 0",
                  "COPY sources (id, name, level, region, config, first_seen) FROM STDIN", n)
            _copy(src, pg, "SELECT id, source_id, url, canonical_url, title, published_at, body, attachments, "
                  "content_hash, revision, origin, arrived_at, updated_at FROM documents WHERE id <= ?",
                  "COPY documents (id, source_id, url, canonical_url, title, published_at, body, attachments, "
                  "content_hash, revision, origin, arrived_at, updated_at) FROM STDIN", n)
            _copy(src, pg, "SELECT id, document_id, home, model_version, content_hash, kind, confidence, reason, "
                  "regions, topics, keywords, summary, importance, cluster_id, processed_at FROM analyses "
                  "WHERE document_id <= ?",
                  "COPY analyses (id, document_id, home, model_version, content_hash, kind, confidence, reason, "
                  "regions, topics, keywords, summary, importance, cluster_id, processed_at) FROM STDIN", n)
            pg.execute("CREATE UNLOGGED TABLE fts_load (rowid integer, title text, body text)")
            _copy(src, pg, "SELECT rowid, title, body FROM documents_fts WHERE rowid <= ?",
                  "COPY fts_load (rowid, title, body) FROM STDIN", n)
            load_s = time.perf_counter() - t0
            pg.execute("INSERT INTO documents_fts (rowid, title, body, tsv) SELECT rowid, title, body, "
                       "setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', body) FROM fts_load")
            pg.execute("DROP TABLE fts_load")
            pg.execute("CREATE INDEX ix_documents_fts ON documents_fts USING gin(tsv)")
            for table in ("documents", "analyses"):
                pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            pg.execute("VACUUM ANALYZE")
            size_mb = pg.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 2**20  # type: ignore[index]
        src.close()
        build_s = time.perf_counter() - t0
        complete.write_text(f"{n} documents loaded in {build_s:.0f} s\n", encoding="utf-8")
        return _pg_queries(store, queries, like_queries, size_mb, load_s, build_s, keep / "data", labels, kinds)


def _server_cpu_s(data: Path) -> float:
    """CPU seconds used so far by the PostgreSQL server of this data folder: the postmaster, its
    live children and the children it has reaped (parallel workers come and go)."""
    try:
        pid = int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    ticks = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(proc.name) == pid:
            ticks += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
        elif int(fields[1]) == pid:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _pg_queries(store: Store, queries: list[dict], like_queries: int, size_mb: float, load_s: float,
                build_s: float, data: Path, labels: list[str], kinds: list[str]) -> dict:
    """Time the queries on the loaded PostgreSQL store (and, as baselines, the plain full-text join
    and LIKE scans); CPU per query is the server's (all its processes) plus this process's."""
    from siqing.store import search

    cpu: list[float] = []
    plans: dict[str, int] = {}
    choose = search.SearchQueries._pg_plan

    def counted(self: search.SearchQueries, *args: Any, **kw: Any) -> tuple[str, str]:
        plan = choose(self, *args, **kw)
        plans[plan[0]] = plans.get(plan[0], 0) + 1
        return plan

    def run(qs: list[dict], plans_on: bool = True) -> tuple[list[float], list[list[int]]]:
        search.PG_PLANS = plans_on
        times, pages = [], []
        cpu.clear()
        plans.clear()
        for q in qs:
            s1 = _server_cpu_s(data)  # read outside the timed span (a walk of /proc)
            t1, c1 = time.perf_counter(), time.process_time()
            rows = store.search_documents(HOME, model_version=VERSION, **q)
            t2, c2 = time.perf_counter(), time.process_time()
            times.append((t2 - t1) * 1000)
            cpu.append((c2 - c1 + _server_cpu_s(data) - s1) * 1000)
            pages.append([r["id"] for r in rows])
        search.PG_PLANS = True
        return times, pages

    search.SearchQueries._pg_plan = counted  # type: ignore[method-assign]
    run(queries[:40])  # warm the cache
    ours, pages = run(queries)
    ours_cpu = list(cpu)
    chosen = dict(plans)
    plain, plain_pages = run(queries, plans_on=False)  # the plain full-text join: the plan before
    plain_cpu = list(cpu)
    search.SearchQueries._pg_plan = choose  # type: ignore[method-assign]
    if pages != plain_pages:
        raise SystemExit("bench_query: PostgreSQL's plans and the plain join gave different pages")
    hits = [len(p) for p in pages]
    like = []
    with store.engine.connect() as conn:
        for q in queries[:like_queries]:
            word = q["match"].split('"')[1]
            order = "a.importance DESC" if q["sort"] == "importance" else "COALESCE(d.published_at, d.arrived_at) DESC"
            t1 = time.perf_counter()
            conn.exec_driver_sql(
                "SELECT d.id FROM documents d JOIN analyses a ON a.document_id = d.id "
                "WHERE (d.title LIKE %(w)s OR d.body LIKE %(w)s) AND a.kind = coalesce(%(k)s, a.kind) "
                "AND a.importance >= %(i)s AND COALESCE(d.published_at, d.arrived_at) >= %(s)s "
                f"AND COALESCE(d.published_at, d.arrived_at) <= %(u)s ORDER BY {order} LIMIT %(l)s",
                {"w": f"%{word}%", "k": q.get("kind"), "i": q.get("min_importance") or 0.0,
                 "s": q.get("since") or "0000", "u": (q.get("until") or "9999") + "T99", "l": q["limit"]},
            ).all()
            like.append((time.perf_counter() - t1) * 1000)
    docs = store.count_documents()
    store.close()
    return {"documents": docs, "database_mb": round(size_mb),
            "load_s": round(load_s) if load_s >= 0 else "cached", "build_s": round(build_s) if build_s >= 0 else "cached",
            "queries": len(ours), "mean_hits": round(statistics.mean(hits), 1), "p50_ms": pct(ours, 50),
            "p95_ms": pct(ours, 95), "max_ms": pct(ours, 100), "cpu_p50_ms": pct(ours_cpu, 50),
            "cpu_p95_ms": pct(ours_cpu, 95), "load_average_1min": round(os.getloadavg()[0], 1), "plans": chosen,
            "baseline_plain_join_p50_ms": pct(plain, 50), "baseline_plain_join_p95_ms": pct(plain, 95),
            "baseline_plain_join_cpu_p95_ms": pct(plain_cpu, 95), "baseline_like_p50_ms": pct(like, 50),
            "baseline_like_p95_ms": pct(like, 95), "baseline_like_queries": len(like), "target_p95_ms": 200,
            "breakdown": breakdown(ours, labels, kinds), "breakdown_plain_join": breakdown(plain, labels, kinds)}


if __name__ == "__main__":
    sys.exit(main())
