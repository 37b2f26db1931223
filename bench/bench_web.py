"""The console's page times on the store of a million documents that bench/bench_query.py builds
(cached under data/bench/; built here with its builder when missing, which takes about 15 minutes).

Pages are fetched over HTTP from the console served on 127.0.0.1 (werkzeug, threaded) by a signed-in
analyst: 信息检索 with the analysts' searches of bench_query (text, kind, dates, importance, sort;
the page also counts facets over its first rows: their ids, then the facet columns of those and the
full rows of the fifty shown, siqing.app.dataset.page) and 今日送审稿 for a draft of 40 items. Baselines
measured in the same run: the same searches through siqing.app.dataset.query with the page's row
count and with 50 rows (no web layer), and the draft's data as `siqing draft show` reads it
(build_view). Wall-clock times beside the CPU time of this process (server threads and client)
and the machine's load: on a shared machine the wall clock includes waiting for a core. Prints
one JSON line; the target is p95 <= 300 ms for both pages.

    .venv/bin/python bench/bench_web.py [--docs 1000000] [--queries 200]
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import re
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_query  # noqa: E402

PASSWORD = "bench-password-1"


class Session:
    """One signed-in browser's worth of HTTP: a kept-alive connection and the session cookie."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = ""

    def request(self, method: str, path: str, body: dict[str, str] | None = None) -> tuple[int, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=data, headers=headers)
        resp = self.conn.getresponse()
        text = resp.read().decode("utf-8")
        for k, v in resp.getheaders():
            if k.lower() == "set-cookie" and v.startswith("siqing_session="):
                self.cookie = v.split(";", 1)[0]
        return resp.status, text


def deployment(folder: Path, db: Path) -> Path:
    import yaml

    sources = [{"id": f"src{i:02d}", "name": f"来源{i:02d}", "start_urls": [f"http://bench.invalid/{i}/"]}
               for i in range(20)]
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    settings = {"home": {"region": bench_query.HOME}, "userdict_file": str(REPO / "config" / "userdict.txt"),
                "taxonomy_file": str(REPO / "config" / "taxonomy.yaml"),
                "storage": {"url": f"sqlite:///{db}", "briefings_dir": str(folder / "briefings"),
                            "log_dir": str(folder / "logs")}}
    path = folder / "siqing.yaml"
    path.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return path


def draft_of(store, n_items: int = 40) -> int:  # type: ignore[no-untyped-def]
    """A draft in the bench store (made once; kept, like the store): the newest items, ten a section."""
    b = store.find_briefing("daily", "bench-web")
    if b is not None:
        return int(b["id"])
    last = store.count_documents()
    rows = store.search_documents(bench_query.HOME, model_version=bench_query.VERSION, sort="id", limit=400)
    per: dict[str, list[dict]] = {}
    for r in rows:
        per.setdefault(r["kind"], []).append(r)
    items = [{"document_id": r["id"], "kind": k, "summary": r["summary"], "cluster_id": r["cluster_id"]}
             for k in bench_query.KINDS for r in per.get(k, [])[: n_items // 4]]
    bid = store.create_briefing("daily", "bench-web", bench_query.HOME, "2025-12-30T00:00:00+08:00",
                                "2025-12-31T00:00:00+08:00", 2025)
    store.replace_items(bid, items)
    assert last == store.count_documents()
    return int(bid)


def url_of(q: dict) -> str:
    params = {"go": "1", "q": q["text"], "kind": q.get("kind", ""), "since": q.get("since", ""),
              "until": q.get("until", ""), "min_importance": str(q.get("min_importance") or ""), "sort": q["sort"]}
    return "/search?" + urllib.parse.urlencode({k: v for k, v in params.items() if v})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--draft-loads", type=int, default=60)
    ap.add_argument("--db", type=Path, help="a store built by bench_query.build (default data/bench/query-DOCS.db)")
    args = ap.parse_args()
    db = args.db or REPO / "data" / "bench" / f"query-{args.docs}.db"
    if not db.exists():
        if not bench_query.CORPORA.is_dir():
            print(json.dumps({"bench": "web", "skipped": f"no {bench_query.CORPORA} to build {db}"}))
            return 0
        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"bench_web: building {db} with bench_query's builder (about 15 minutes)", file=sys.stderr)
        bench_query.build(db, args.docs)

    from werkzeug.serving import make_server

    from briefings.publish import build_view
    from siqing import config as config_mod
    from siqing.app import dataset, jobs
    from siqing.app.web.app import create_app
    from siqing.app.web.pages.search import FACET_ROWS
    from siqing.app.web.passwords import hash_password

    os.environ.setdefault("SIQING_WEB_SECRET", "bench-secret")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        cfg = config_mod.load(deployment(Path(tmp), db))
        store = jobs.open_store(cfg)
        store.ensure_query_indexes()
        bid = draft_of(store)
        for name, role in (("bench-analyst", "analyst"), ("bench-reviewer", "reviewer")):
            if store.get_user(name) is None:
                store.add_user(name, role, hash_password(PASSWORD))
        app = create_app(cfg, login_limit="1000 per minute")
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        session = Session(server.server_port)
        _, page = session.request("GET", "/login")
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        status, _ = session.request("POST", "/login", {"name": "bench-reviewer", "password": PASSWORD,
                                                       "csrf_token": token})
        assert status == 302, status

        queries = bench_query.make_queries(args.queries)
        for q in queries[:20]:  # warm the page cache and jieba
            session.request("GET", url_of(q))
        # CPU: this process's (the server's threads and the client), the share of a wall-clock time
        # that is ours on a shared machine.
        web, web_hits, web_cpu = [], [], []
        for q in queries:
            t0, c0 = time.perf_counter(), time.process_time()
            status, text = session.request("GET", url_of(q))
            web.append((time.perf_counter() - t0) * 1000)
            web_cpu.append((time.process_time() - c0) * 1000)
            assert status == 200, (status, url_of(q))
            web_hits.append(len(re.findall(r'<li class="hit">', text)))
        direct, direct50, direct_cpu, direct50_cpu = [], [], [], []
        for q in queries:
            kw = {"text": q["text"], "kind": q.get("kind"), "since": q.get("since"), "until": q.get("until"),
                  "min_importance": q.get("min_importance"), "sort": q["sort"]}
            t0, c0 = time.perf_counter(), time.process_time()
            rows = dataset.query(cfg, store, limit=FACET_ROWS, **kw)
            direct.append((time.perf_counter() - t0) * 1000)
            direct_cpu.append((time.process_time() - c0) * 1000)
            t0, c0 = time.perf_counter(), time.process_time()
            dataset.query(cfg, store, limit=50, **kw)
            direct50.append((time.perf_counter() - t0) * 1000)
            direct50_cpu.append((time.process_time() - c0) * 1000)
            assert len(rows[:50]) == web_hits[len(direct) - 1], "the page and the API disagree"

        draft, draft_base = [], []
        for _ in range(args.draft_loads):
            t0 = time.perf_counter()
            status, text = session.request("GET", f"/drafts/{bid}")
            draft.append((time.perf_counter() - t0) * 1000)
            assert status == 200 and text.count('class="entry') >= 40
            t0 = time.perf_counter()
            build_view(cfg, store, bid)
            store.briefing_items(bid)
            draft_base.append((time.perf_counter() - t0) * 1000)
        server.shutdown()
        pct = bench_query.pct
        print(json.dumps({
            "bench": "web",
            "documents": store.count_documents(),
            "search_pages": len(web),
            "search_rows_per_page_query": FACET_ROWS,
            "search_p50_ms": pct(web, 50),
            "search_p95_ms": pct(web, 95),
            "search_cpu_p50_ms": pct(web_cpu, 50),
            "search_cpu_p95_ms": pct(web_cpu, 95),
            "baseline_dataset_same_rows_p95_ms": pct(direct, 95),
            "baseline_dataset_same_rows_cpu_p95_ms": pct(direct_cpu, 95),
            "baseline_dataset_50_rows_p95_ms": pct(direct50, 95),
            "baseline_dataset_50_rows_cpu_p95_ms": pct(direct50_cpu, 95),
            "search_p95_to_same_rows_baseline": round(pct(web, 95) / max(pct(direct, 95), 0.1), 2),
            "load_average_1min": round(os.getloadavg()[0], 1),
            "draft_items": len(store.briefing_items(bid)),
            "draft_p50_ms": pct(draft, 50),
            "draft_p95_ms": pct(draft, 95),
            "baseline_draft_view_p95_ms": pct(draft_base, 95),
            "target_p95_ms": 300,
        }, ensure_ascii=False))
        jobs._stores.pop(cfg.database_url, None)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
