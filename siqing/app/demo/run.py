"""`siqing demo`: the whole flow on the bundled sample sites, in a deployment of its own.

Writes data/demo/siqing.yaml (home 山东省济南市, the sample sites as sources, a crawl window
reaching back to the sample texts' real dates, auto-approval), serves the sample sites on
127.0.0.1, crawls, processes, composes today's daily briefing and renders it. Running it again
crawls nothing new and returns the same briefing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import yaml

from siqing import clock
from siqing import config as config_mod
from siqing.app import jobs
from siqing.app.defaults import copy_to
from siqing.app.demo.sites import DEFAULT_PORT, SampleSites, demo_sources

# The oldest sample text is from 2011: the window must reach it.
DEMO_WINDOW_DAYS = 365 * 20


def demo_settings(port: int) -> dict[str, object]:
    return {
        "home": {"region": "山东省济南市", "committee": "济南市人大常委会", "office": "济南市人大常委会办公室"},
        "storage": {"url": "sqlite:///siqing.db", "briefings_dir": "briefings", "log_dir": "logs"},
        "crawl": {"window_days": DEMO_WINDOW_DAYS, "revisit_days": 3, "concurrency": 8,
                  "concurrency_per_domain": 8, "download_delay": 0.0, "autothrottle": False},
        "briefing": {"auto_approve": True, "max_per_section": 6, "window_days": DEMO_WINDOW_DAYS,
                     "foot": {"bao": ["市人大常委会主任、副主任，秘书长"], "song": ["市委办公厅"],
                              "fa": ["市人大各专门委员会，常委会各工作机构"], "copies": 30}},
        "delivery": {"groups": {"leaders": ["leaders@example.org"], "reviewers": ["reviewer@example.org"],
                                "operators": ["it@example.org"]}},
        "sources_file": "sources.yaml",
        "taxonomy_file": "taxonomy.yaml",
        "userdict_file": "userdict.txt",
    }


def write_deployment(folder: Path, port: int) -> Path:
    """Write the demo's deployment files; return the path of its siqing.yaml."""
    folder.mkdir(parents=True, exist_ok=True)
    copy_to(folder)  # the packaged taxonomy and user dictionary: an installed copy has no config/
    base = f"http://127.0.0.1:{port}"
    sources = []
    for s in demo_sources(base):
        s = dict(s)
        s["allow_private"] = True  # the sample sites live on loopback
        sources.append(s)
    header = "# Written by `siqing demo`: the bundled sample sites as sources. Regenerated on every run.\n"
    (folder / "sources.yaml").write_text(
        header + yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path = folder / "siqing.yaml"
    path.write_text(
        "# The demo deployment, written by `siqing demo`. Every command works on it with\n"
        f"#   siqing --config {path} ...\n"
        + yaml.safe_dump(demo_settings(port), allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    return path


def run_demo(folder: str | Path = "data/demo", port: int | None = None, out: TextIO | None = None) -> Path:
    """Run the whole flow once; return the absolute path of the briefing's PDF."""
    folder = Path(folder).resolve()
    port = port or DEFAULT_PORT

    def say(msg: str) -> None:
        if out is not None:
            print(msg, file=out, flush=True)

    cfg_path = write_deployment(folder, port)
    cfg = config_mod.load(cfg_path)
    with SampleSites(port=port) as sites:
        say(f"样例网站：{sites.base_url}")
        crawled = jobs.crawl(cfg)
        t = crawled["totals"]
        say(f"采集：新增 {t['new']}，更新 {t['revised']}，未变 {t['unchanged']}，请求 {t['requests']}")
    processed = jobs.process(cfg)
    say(f"处理：{processed['processed']} 条")
    res = jobs.brief(cfg, "daily", clock.today())
    say(f"简报：每日要情 第{res.number}期，{res.items} 条" if res.number else f"简报：送审稿，{res.items} 条")
    return res.paths["pdf"].resolve()
