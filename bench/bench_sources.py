"""A crawl of 1,000 sources on the sample sites under the usual open-file limit (1,024): its time,
peak memory and peak open files, beside the same crawl of the 6 sample sources measured in the same
run (the baseline). Prints one JSON line.

The 1,000 sources are the 6 sample sites' sources repeated under new ids (each reads up to 2 pages),
so every source has real list pages and articles to fetch; the crawl runs as `python -m crawlers.run`
in a child process with RLIMIT_NOFILE soft 1,024, sampled every 0.1 s from /proc.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from siqing.app.demo.run import write_deployment  # noqa: E402
from siqing.app.demo.sites import SampleSites  # noqa: E402

NOFILE = 1024


def deployment(folder: Path, port: int, n: int) -> Path:
    path = write_deployment(folder, port)
    listed = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    sources = []
    for i in range(n):
        src = dict(listed[i % len(listed)])
        src["id"] = f"{src['id']}-{i:04d}"
        src["max_pages"] = 2
        sources.append(src)
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    return path


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (NOFILE, max(NOFILE, resource.getrlimit(resource.RLIMIT_NOFILE)[1])))


def crawl(config: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    start = time.perf_counter()
    # Files, not pipes: nobody reads a pipe while we sample, and a full one would stop the crawl.
    log = (config.parent / "crawl.log").open("w+")
    result_file = (config.parent / "crawl.json").open("w+")
    proc = subprocess.Popen([sys.executable, "-m", "crawlers.run", "--config", str(config)], stdout=result_file,
                            stderr=log, text=True, env=env, preexec_fn=_limit)
    peak_fds = peak_rss = 0
    while proc.poll() is None:
        try:
            peak_fds = max(peak_fds, len(os.listdir(f"/proc/{proc.pid}/fd")))
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peak_rss = max(peak_rss, int(status.split("VmHWM:")[1].split()[0]))
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.1)
    proc.wait()
    secs = time.perf_counter() - start
    log.seek(0)
    err = log.read()
    log.close()
    result_file.seek(0)
    out = result_file.read()
    result_file.close()
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    result = json.loads(lines[-1]) if lines else {}
    sources = result.get("sources", {})
    unreachable = sum(1 for c in sources.values() if "unreachable" in c.get("flags", []))
    return {"exit": proc.returncode, "status": result.get("status"), "seconds": round(secs, 1),
            "peak_rss_mib": round(peak_rss / 1024, 1), "peak_open_files": peak_fds, "sources": len(sources),
            "unreachable": unreachable, "totals": result.get("totals"),
            "error": (err.strip().splitlines() or [""])[-1][:300] if proc.returncode else None}


def main() -> None:
    n = int(os.environ.get("SIQING_BENCH_SOURCES", "1000"))
    with tempfile.TemporaryDirectory() as tmp, SampleSites(port=0) as sites:
        base = crawl(deployment(Path(tmp) / "six", sites.port, 6))
        many = crawl(deployment(Path(tmp) / "many", sites.port, n))
    ok = many["exit"] == 0 and many["unreachable"] == 0 and many["sources"] == n
    print(json.dumps({"bench": "sources", "open_file_limit": NOFILE, "sources": n, "ok": ok, "ours": many,
                      "baseline_6_sources": base,
                      "seconds_per_source": {"ours": round(float(many["seconds"]) / n, 3),  # type: ignore[arg-type]
                                             "baseline": round(float(base["seconds"]) / 6, 3)}},  # type: ignore[arg-type]
                     ensure_ascii=False))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
