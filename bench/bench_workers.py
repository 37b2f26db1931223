"""Crawl speed with 1, 2 and 4 `siqing worker` processes on one Redis frontier, beside plain Scrapy.

The frontier: the bundled sample sites copied --replicas times (6 sources each copy), every source
on its own loopback address (127.0.R.S: its own site as far as Scrapy's per-site delay and the
per-domain slots in Redis know), each page answered after --latency seconds standing for the
network and the remote server. Politeness as a deployment sets it: at most
crawl.concurrency_per_domain (2) requests open per site over all workers (the slots in Redis), and
crawl.download_delay between two requests to one site from one process (Scrapy's delay, per
process: with W workers a site may see W requests a delay). With a delay of a second or more one
process is bound by politeness (sites / delay pages/s at most, less while a site's list pages
are read one after another), not by its CPU: the headroom more workers could use.

Every run is a fresh deployment (SQLite store) and Redis. The workers are started and waiting
before the frontier is seeded. Figures from the sites' own clock (every request is stamped):

- steady pages/s: requests between the 10th and the 90th percentile of request times, over that
  span (start-up and the last sources' tail left out);
- start-up: from the command that starts the crawl (`siqing crawl --distributed`, or `siqing crawl`
  for plain Scrapy) to the first request a site sees (the worker's Scrapy process starting, seeding);
- total: from that command to its report (drained);
- max_open_per_site: the most requests one site had open at once (must stay <= per_domain);
- cpu_s_per_page: CPU seconds of all crawl processes (workers, their Scrapy children, the
  coordinator) per request.

Plain Scrapy is `siqing crawl` on the same deployment (one process, no Redis): the baseline.
Prints one JSON line; the ratios are to one worker and to plain Scrapy, measured in the same run.

    .venv/bin/python bench/bench_workers.py [--workers 1,2,4] [--replicas 6] [--latency 0.4] [--download-delay 1.5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
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


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)  # every descendant waited for
    return r.ru_utime + r.ru_stime


def _deployment(folder: Path, stack: ExitStack, args: argparse.Namespace) -> tuple[Path, list[Any]]:
    """The sample sources copied `replicas` times, each source on a server of its own address."""
    from siqing.app.demo.run import write_deployment
    from tests.distributed.test_workers import CountingSites

    cfg = write_deployment(folder, 1)
    base = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    sources, sites = [], []
    for r in range(args.replicas):
        for s, src in enumerate(base):
            server = stack.enter_context(CountingSites(delay=args.latency, host=f"127.0.{r + 1}.{s + 1}"))
            sites.append(server)
            copy = {**src, "id": f"{src['id']}-{r + 1}",
                    "start_urls": [u.replace("127.0.0.1:1/", f"{server.host}:{server.port}/") for u in src["start_urls"]]}
            sources.append(copy)
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    data = yaml.safe_load(cfg.read_text(encoding="utf-8"))
    data["crawl"].update({"concurrency": args.concurrency, "concurrency_per_domain": args.per_domain,
                          "download_delay": args.download_delay, "autothrottle": False})
    cfg.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return cfg, sites


def _figures(sites: list[Any], t0: float, t_end: float, label: str, workers: int) -> dict[str, Any]:
    stamps = sorted(t for s in sites for t, path in s.stamps if path != "/robots.txt")
    n = len(stamps)
    lo, hi = stamps[n // 10], stamps[(9 * n) // 10]
    return {"run": label, "workers": workers, "requests": n,
            "steady_pages_per_s": round(((9 * n) // 10 - n // 10) / (hi - lo), 1),
            "startup_s": round(stamps[0] - t0, 2), "total_s": round(t_end - t0, 2),
            "pages_per_s_overall": round(n / (t_end - t0), 1),
            "max_open_per_site": max(s.max_open for s in sites)}


def run(n: int, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """One crawl of the whole frontier: n workers, or plain Scrapy (`siqing crawl`) when n == 0."""
    from tests.distributed import servers

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("SIQING_REDIS_URL", None)
    with ExitStack() as stack:
        cfg, sites = _deployment(tmp / "deploy", stack, args)
        base = [sys.executable, "-m", "siqing.app.cli", "--config", str(cfg)]
        subprocess.run([*base, "migrate"], capture_output=True, check=True, env=env)  # the store made beforehand
        cpu0 = _cpu()
        if n == 0:
            t0 = time.monotonic()
            crawl = subprocess.run([*base, "crawl"], capture_output=True, text=True, env=env)
            t_end = time.monotonic()
        else:
            rurl = stack.enter_context(servers.redis_server(tmp))
            logs = [(tmp / f"w{k}.log").open("w") for k in range(n)]
            workers = [subprocess.Popen([*base, "worker", "--redis", rurl, "--once", "--wait", "600", "--poll", "0.1"],
                                        stdout=subprocess.PIPE, stderr=logs[k], text=True, env=env) for k in range(n)]
            for fh in logs:
                fh.close()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not all("采集节点已启动" in (tmp / f"w{k}.log").read_text()
                                                          for k in range(n)):
                time.sleep(0.1)
            t0 = time.monotonic()
            coord = subprocess.Popen([*base, "crawl", "--distributed", "--redis", rurl, "--timeout", "1200"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            while coord.poll() is None:  # workers that all exited early (a failure) leave it waiting
                if all(w.poll() is not None for w in workers):
                    try:
                        coord.wait(5)
                    except subprocess.TimeoutExpired:
                        coord.kill()
                        coord.communicate()
                        logs = "\n".join((tmp / f"w{k}.log").read_text()[-1000:] for k in range(n))
                        raise SystemExit(f"every worker exited before the frontier drained:\n{logs}") from None
                time.sleep(0.2)
            t_end = time.monotonic()
            stdout, stderr = coord.communicate()
            crawl = subprocess.CompletedProcess(coord.args, coord.returncode, stdout, stderr)
            for w in workers:
                w.communicate(timeout=120)
        if crawl.returncode != 0:
            raise SystemExit(f"crawl failed: {crawl.stderr[-500:]}")
        last = crawl.stdout.strip().splitlines()[-1]
        out = _figures(sites, t0, t_end, "scrapy" if n == 0 else f"workers_{n}", n)
        out["reported_new"] = int(last.split("新增 ")[1].split("，")[0])
        with sqlite3.connect(tmp / "deploy" / "siqing.db") as conn:
            out["stored"] = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
            out["distinct_urls"] = int(conn.execute("SELECT count(DISTINCT canonical_url) FROM documents").fetchone()[0])
        out["cpu_s_per_page"] = round((_cpu() - cpu0) / out["requests"], 4)
    shutil.rmtree(tmp / "deploy", ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--replicas", type=int, default=6, help="copies of the 6 sample sources (6 sites each)")
    ap.add_argument("--latency", type=float, default=0.4, help="seconds before each page is answered")
    ap.add_argument("--concurrency", type=int, default=8, help="crawl.concurrency (Scrapy's, per source)")
    ap.add_argument("--per-domain", type=int, default=2, help="crawl.concurrency_per_domain (over all workers)")
    ap.add_argument("--download-delay", type=float, default=1.5, help="crawl.download_delay (per site and process)")
    args = ap.parse_args(argv)
    if not shutil.which("redis-server"):
        print(json.dumps({"bench": "workers", "skipped": "redis-server is not installed"}))
        return 0
    load_before = os.getloadavg()[0]
    results = []
    for n in [0, *(int(x) for x in args.workers.split(","))]:
        with tempfile.TemporaryDirectory(prefix="siqing-bench-workers-") as tmp:
            results.append(run(n, args, Path(tmp)))
    plain = results[0]["steady_pages_per_s"]
    one = next((r["steady_pages_per_s"] for r in results if r["workers"] == 1), None)
    print(json.dumps({
        "bench": "workers", "sites": args.replicas * 6, "latency_s": args.latency, "concurrency": args.concurrency,
        "per_domain": args.per_domain, "download_delay": args.download_delay, "cores": os.cpu_count(),
        "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
        # every run stores what plain Scrapy stores, each document once (the store's own count)
        "same_documents_as_scrapy": all(r["stored"] == r["distinct_urls"] == results[0]["stored"] for r in results),
        "steady_pages_per_s_scrapy": plain,
        **{f"steady_pages_per_s_{r['workers']}": r["steady_pages_per_s"] for r in results[1:]},
        **({f"ratio_{r['workers']}_to_1": round(r["steady_pages_per_s"] / one, 3) for r in results[1:]} if one else {}),
        **{f"ratio_{r['workers']}_to_scrapy": round(r["steady_pages_per_s"] / plain, 3) for r in results[1:]},
        **{f"startup_s_{r['run']}": r["startup_s"] for r in results},
        "runs": results,
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
