"""Crawl speed with 1, 2 and 4 `siqing worker` processes sharing one Redis frontier.

The bundled sample sites are served by one loopback server per source (so each source is its own
domain, as on the web), each page answered after a delay standing for the network (--latency);
per-domain concurrency is held across all workers (crawl.concurrency_per_domain). Each run: a fresh
deployment (SQLite store) and Redis generation; the workers are started and waiting before the
frontier is seeded; the time is from `siqing crawl --distributed` starting to its report that the
frontier drained. Prints one JSON line: pages/s per worker count and the ratio to one worker.

    .venv/bin/python bench/bench_workers.py [--workers 1,2,4] [--latency 0.05] [--per-domain 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def run(n: int, latency: float, per_domain: int, tmp: Path) -> dict[str, Any]:
    from siqing.app.demo.run import write_deployment
    from tests.distributed import servers
    from tests.distributed.test_workers import CountingSites

    with ExitStack() as stack:
        rurl = stack.enter_context(servers.redis_server(tmp))
        folder = tmp / "deploy"
        cfg = write_deployment(folder, 1)
        sources = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))
        for src in sources["sources"]:  # one server (one domain) per source
            sites = stack.enter_context(CountingSites(delay=latency))
            src["start_urls"] = [u.replace("127.0.0.1:1/", f"127.0.0.1:{sites.port}/") for u in src["start_urls"]]
        (folder / "sources.yaml").write_text(yaml.safe_dump(sources, allow_unicode=True), encoding="utf-8")
        data = yaml.safe_load(cfg.read_text(encoding="utf-8"))
        data.setdefault("crawl", {})["concurrency_per_domain"] = per_domain
        cfg.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        base = [sys.executable, "-m", "siqing.app.cli", "--config", str(cfg)]
        logs = [(tmp / f"w{k}.log").open("w") for k in range(n)]
        workers = [subprocess.Popen([*base, "worker", "--redis", rurl, "--once", "--wait", "300", "--poll", "0.1"],
                                    stdout=subprocess.PIPE, stderr=logs[k], text=True, env=env) for k in range(n)]
        for fh in logs:
            fh.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all("采集节点已启动" in (tmp / f"w{k}.log").read_text()
                                                      for k in range(n)):
            time.sleep(0.1)
        t0 = time.perf_counter()
        crawl = subprocess.run([*base, "crawl", "--distributed", "--redis", rurl, "--timeout", "600"],
                               capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - t0
        for w in workers:
            w.communicate(timeout=120)
        if crawl.returncode != 0:
            raise SystemExit(f"crawl failed: {crawl.stderr[-500:]}")
        last = crawl.stdout.strip().splitlines()[-1]
        requests = int(last.split("请求 ")[1].split("（")[0])
        new = int(last.split("新增 ")[1].split("，")[0])
    shutil.rmtree(folder, ignore_errors=True)
    return {"workers": n, "requests": requests, "new": new, "seconds": round(elapsed, 2),
            "pages_per_s": round(requests / elapsed, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--per-domain", type=int, default=2)
    args = ap.parse_args(argv)
    if not shutil.which("redis-server"):
        print(json.dumps({"bench": "workers", "skipped": "redis-server is not installed"}))
        return 0
    load_before = os.getloadavg()[0]
    results = []
    for n in (int(x) for x in args.workers.split(",")):
        with tempfile.TemporaryDirectory(prefix="siqing-bench-workers-") as tmp:
            results.append(run(n, args.latency, args.per_domain, Path(tmp)))
    one = results[0]["pages_per_s"]
    print(json.dumps({
        "bench": "workers", "latency_s": args.latency, "per_domain": args.per_domain, "cores": os.cpu_count(),
        "load_before": round(load_before, 2),
        **{f"pages_per_s_{r['workers']}": r["pages_per_s"] for r in results},
        **{f"ratio_{r['workers']}_to_1": round(r["pages_per_s"] / one, 3) for r in results},
        "runs": results,
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
