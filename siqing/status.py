"""What `siqing status` reports: the last runs, each source's health, the store and briefings."""

from __future__ import annotations

import json
from typing import Any

from siqing.config import Config
from siqing.store import Store

JOB_NAMES = {"crawl": "采集", "process": "处理", "brief": "简报", "send": "发送", "import": "导入"}


def collect(cfg: Config) -> dict[str, Any]:
    """The status report as plain data (also the --json output)."""
    store = Store(cfg.database_url)
    runs = store.last_runs(20)
    sources = []
    problems: list[str] = []
    for row in store.source_rows():
        health = json.loads(row["health"] or "{}")
        flags = health.get("flags", [])
        sources.append({"id": row["id"], "name": row["name"], "last_crawled": row["last_crawled"],
                        "new": health.get("new", 0), "items": health.get("items", 0),
                        "errors": sum((health.get("errors") or {}).values()),
                        "dropped": health.get("dropped", {}), "flags": flags})
        if flags:
            problems.append(f"来源 {row['id']} 异常：{', '.join(flags)}")
    latest: dict[str, dict[str, Any]] = {}
    for r in runs:
        latest.setdefault(r["job"], r)
    for job, r in latest.items():
        if r["status"] == "failed":
            problems.append(f"最近一次{JOB_NAMES.get(job, job)}失败：{r['error']}")
    drafts = [b for b in store.list_briefings("held")]
    for b in drafts:
        problems.append(f"简报 #{b['id']}（{b['type']} {b['key']}）未审核，已暂缓发送")
    report = {
        "config": str(cfg.path),
        "documents": store.count_documents(),
        "runs": [{k: r[k] for k in ("id", "job", "started_at", "finished_at", "status", "error")} | {
            "totals": (r["counts"] or {}).get("totals") or {k: v for k, v in (r["counts"] or {}).items()
                                                           if not isinstance(v, dict)}} for r in runs],
        "sources": sources,
        "briefings": [{k: b[k] for k in ("id", "type", "key", "status", "number", "pdf_path")}
                      for b in store.list_briefings(limit=10)],
        "problems": problems,
        "needs_attention": bool(problems),
    }
    store.close()
    return report


def render_text(report: dict[str, Any]) -> str:
    """The report for a terminal, in Chinese."""
    lines = [f"配置：{report['config']}", f"文档总数：{report['documents']}", "", "最近运行："]
    for r in report["runs"][:10]:
        totals = "，".join(f"{k} {v}" for k, v in (r["totals"] or {}).items())
        lines.append(f"  #{r['id']} {JOB_NAMES.get(r['job'], r['job'])} {r['started_at']} {r['status']}"
                     + (f"（{totals}）" if totals else "") + (f" 错误：{r['error']}" if r["error"] else ""))
    lines += ["", "来源："]
    for s in report["sources"]:
        flag = f"  ⚠ {','.join(s['flags'])}" if s["flags"] else ""
        lines.append(f"  {s['id']}（{s['name']}）最近采集 {s['last_crawled'] or '从未'}，"
                     f"本次新增 {s['new']}，错误 {s['errors']}{flag}")
    lines += ["", "简报："]
    for b in report["briefings"]:
        num = f"第{b['number']}期" if b["number"] else "未编号"
        lines.append(f"  #{b['id']} {b['type']} {b['key']} {b['status']} {num}")
    if report["problems"]:
        lines += ["", "需要处理："] + [f"  - {p}" for p in report["problems"]]
    else:
        lines += ["", "一切正常。"]
    return "\n".join(lines)
