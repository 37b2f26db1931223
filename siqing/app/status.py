"""What `siqing status` reports: the last runs, each source's health, the store and briefings."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from siqing import clock
from siqing.config import Config
from siqing.kinds import RELATION_NAMES_ZH
from siqing.store import Store

JOB_NAMES = {"crawl": "采集", "process": "处理", "brief": "简报", "send": "发送", "import": "导入",
             "draft": "起草", "weekly": "每周要情"}
OVERDUE = timedelta(minutes=15)  # a stored next run this far in the past: serve is not running


def _file(cfg: Config, b: dict[str, Any]) -> str | None:
    """A briefing's PDF as a full path (restore stores it relative to the briefings folder)."""
    return str(cfg.briefings_dir / b["pdf_path"]) if b.get("pdf_path") else None


def collect(cfg: Config) -> dict[str, Any]:
    """The status report as plain data (also the --json output)."""
    store = Store(cfg.database_url)
    runs = store.last_runs(20)
    sources = []
    problems: list[str] = []
    rows = {row["id"]: row for row in store.source_rows()}
    configured: list[tuple[str, str, Any]] = [(src.id, src.name, src) for src in cfg.sources]
    configured += [(sid, row["name"], None) for sid, row in rows.items() if sid not in {c[0] for c in configured}]
    for sid, name, src in configured:
        row = rows.get(sid)
        health = json.loads((row["health"] if row else None) or "{}")
        flags = health.get("flags", [])
        entry: dict[str, Any] = {"id": sid, "name": name, "last_crawled": row["last_crawled"] if row else None,
                                 "new": health.get("new", 0), "items": health.get("items", 0),
                                 "errors": sum((health.get("errors") or {}).values()),
                                 "dropped": health.get("dropped", {}), "flags": flags}
        if src is not None:
            entry |= {"relation": _relation(cfg, src.region), "enabled": src.enabled,
                      "evidence": len(src.evidence), "why": src.why}
        sources.append(entry)
        if flags:
            problems.append(f"来源 {sid} 异常：{'，'.join(FLAG_NAMES.get(f, f) for f in flags)}")
    latest: dict[str, dict[str, Any]] = {}
    for r in runs:
        latest.setdefault(r["job"], r)
    for job, r in latest.items():
        if r["status"] == "failed":
            problems.append(f"最近一次{JOB_NAMES.get(job, job)}失败：{r['error']}")
    drafts = [b for b in store.list_briefings("held")]
    for b in drafts:
        problems.append(f"简报 #{b['id']}（{TYPE_NAMES_ZH.get(b['type'], b['type'])} {b['key']}）未审核，已暂缓发送")
    pending_alerts = [{k: b[k] for k in ("id", "key", "created_at")} | {"pdf_path": _file(cfg, b)}
                      for b in store.list_briefings("draft", limit=200) if b["type"] == "alert"]
    for b in pending_alerts:
        problems.append(f"专报 #{b['id']}（{b['key']}）送审稿待审核：siqing draft show {b['id']}")
    schedule_report = _schedule(cfg, store, problems)
    review = _review(cfg, store, problems)
    report = {
        "config": str(cfg.path),
        "documents": store.count_documents(),
        "runs": [{k: r[k] for k in ("id", "job", "started_at", "finished_at", "status", "error")} | {
            "totals": (r["counts"] or {}).get("totals") or {k: v for k, v in (r["counts"] or {}).items()
                                                           if not isinstance(v, dict)}} for r in runs],
        "sources": sources,
        "briefings": [{k: b[k] for k in ("id", "type", "key", "status", "number")} | {"pdf_path": _file(cfg, b)}
                      for b in store.list_briefings(limit=10)],
        "schedule": schedule_report["jobs"],
        "calendar": schedule_report["calendar"],
        "review": review,
        "pending_alerts": pending_alerts,
        "problems": problems,
        "needs_attention": bool(problems),
    }
    store.close()
    return report


def _review(cfg: Config, store: Store, problems: list[str]) -> dict[str, Any]:
    """Items classified less surely than processing.review_below (待核), and leaders whose term has ended."""
    from sqlalchemy import func, select

    from siqing.clock import now
    from siqing.store import schema as t

    threshold = cfg.settings.processing.review_below
    a = t.analyses
    with store.connect() as conn:
        unsure = conn.execute(select(func.count()).select_from(a).where(
            a.c.home == cfg.home.code, a.c.confidence < threshold)).scalar_one()
    today = now().date().isoformat()
    ended = [f"{p.name}（{p.post or '职务未写'}）" for p in [*cfg.settings.home.leaders, *cfg.settings.leaders]
             if p.end and p.end < today]
    if ended:
        problems.append(f"配置中的领导任期已结束，请更新 home.leaders / leaders：{'、'.join(ended)}")
    return {"threshold": threshold, "unsure": int(unsure), "leaders_ended": ended}


def _schedule(cfg: Config, store: Store, problems: list[str]) -> dict[str, Any]:
    """Each scheduled job (cron, next fire in the job store and on a working day, last fire) and the calendar."""
    from siqing import workdays
    from siqing.app import schedule

    now = clock.now()
    sched = cfg.settings.schedule
    overrides = workdays.Overrides.from_config(sched)
    stored = {r["id"]: r["next_run_time"] for r in store.scheduled_jobs()}
    fires = store.last_fires(200)
    jobs = []
    for job in schedule.JOBS:
        expr = getattr(sched, job)
        last = next((f for f in fires if f["job"] == job and f["status"] != "skipped"), None)
        nxt = schedule.next_fire(cfg, job, now) if expr else None
        stored_next = stored.get(job)
        jobs.append({"job": job, "cron": expr, "stored_next": stored_next.isoformat() if stored_next else None,
                     "next": nxt.isoformat() if nxt else None,
                     "last": {k: last[k] for k in ("fire_key", "status", "started_at", "finished_at", "detail")}
                     if last else None})
        name = schedule.JOB_LABELS[job]
        if last and last["status"] in ("failed", "missed"):
            problems.append(f"定时任务「{name}」最近一次{'失败' if last['status'] == 'failed' else '错过'}："
                            f"{last['detail']}")
        if expr and stored_next is not None and stored_next < now - OVERDUE:
            problems.append(f"定时任务「{name}」应在 {stored_next.isoformat(timespec='minutes')} 运行但没有运行："
                            "siqing serve 是否在运行？")
    warning = workdays.calendar_warning(now.date(), overrides)
    if warning:
        problems.append(warning)
    _, last_day = workdays.data_range()
    calendar = {"data_until": last_day.isoformat(), "today": now.date().isoformat(),
                "today_is_workday": workdays.is_workday(now.date(), overrides),
                "decided_by": workdays.source_of(now.date(), overrides), "warning": warning,
                "serve_started": bool(stored)}
    return {"jobs": jobs, "calendar": calendar}


def _relation(cfg: Config, region: str) -> str:
    """A source's place against the home: above | self | inside | elsewhere."""
    from siqing.divisions import default_gazetteer

    place = default_gazetteer.nation if region in ("", "000000") else default_gazetteer.get(region)
    if place is None:
        try:
            place = default_gazetteer.resolve(region)
        except Exception:  # validated at load; an unknown region here only loses the label
            return "elsewhere"
    return default_gazetteer.relation(cfg.home, place)


# The words people read for the states and flags the store keeps in English (issue 19).
STATUS_NAMES = {"ok": "成功", "failed": "失败", "running": "运行中", "interrupted": "中断", "draft": "送审稿",
                "approved": "已审核", "held": "暂缓发送", "sent": "已发送", "skipped": "跳过", "missed": "错过",
                "duplicate": "重复", "partial": "部分完成"}
FLAG_NAMES = {"unreachable": "无法访问", "no_items": "没有采到文章", "no_dates": "没有发布日期",
              "errors": "有错误", "blocked": "被拒绝访问", "stale": "长期无更新"}
TYPE_NAMES_ZH = {"daily": "每日要情", "weekly": "每周要情", "alert": "专报"}


# The counts a run records (crawl, process, brief, send), as people read them in `status`.
TOTAL_NAMES = {"requests": "请求", "new": "新增", "revised": "更新", "unchanged": "未变", "processed": "处理",
               "failed": "失败", "clusters_joined": "合并转载", "posts_known": "判明职务", "briefing_id": "简报编号", "items": "条目",
               "type": "类型", "empty": "无要情", "sent": "已发送", "already": "此前已发送", "uncertain": "未确认",
               "skipped": "跳过", "dropped": "舍弃", "errors": "错误", "generation": "批次", "sources": "来源"}


def total_text(key: str, value: Any) -> str:
    """One recorded count in Chinese: 新增 150, 类型 每日要情, 无要情."""
    name = TOTAL_NAMES.get(key, key)
    if value is True:
        return name
    if key == "type":
        return f"{name} {zh(str(value), TYPE_NAMES_ZH)}"
    return f"{name} {value}"


def zh(word: str | None, names: dict[str, str]) -> str:
    """The Chinese word for a stored English state (the word itself when none is known)."""
    return names.get(word or "", word or "")


def render_text(report: dict[str, Any]) -> str:
    """The report for a terminal, in Chinese."""
    lines = [f"配置：{report['config']}", f"文档总数：{report['documents']}", "", "最近运行："]
    for r in report["runs"][:10]:
        totals = "，".join(total_text(k, v) for k, v in (r["totals"] or {}).items())
        lines.append(f"  #{r['id']} {JOB_NAMES.get(r['job'], r['job'])} {r['started_at']} {zh(r['status'], STATUS_NAMES)}"
                     + (f"（{totals}）" if totals else "") + (f" 错误：{r['error']}" if r["error"] else ""))
    lines += ["", "来源："]
    for s in report["sources"]:
        flag = f"  ⚠ {'，'.join(zh(f, FLAG_NAMES) for f in s['flags'])}" if s["flags"] else ""
        where = f"[{RELATION_NAMES_ZH.get(s['relation'], s['relation'])}] " if "relation" in s else ""
        state = "" if s.get("enabled", True) else "（已停用：无可核实网址）"
        proof = f"，依据 {s['evidence']} 条" if s.get("evidence") else ""
        lines.append(f"  {where}{s['id']}（{s['name']}）{state}最近采集 {s['last_crawled'] or '从未'}，"
                     f"本次新增 {s['new']}，错误 {s['errors']}{proof}{flag}")
    lines += ["", "简报："]
    for b in report["briefings"]:
        num = f"第{b['number']}期" if b["number"] else "未编号"
        lines.append(f"  #{b['id']} {zh(b['type'], TYPE_NAMES_ZH)} {b['key']} {zh(b['status'], STATUS_NAMES)} {num}")
    if report.get("pending_alerts"):
        lines += ["", "待审核的专报："] + [f"  #{b['id']} {b['key']} 生成于 {b['created_at'][:16]}"
                                        for b in report["pending_alerts"]]
    if "schedule" in report:
        cal = report["calendar"]
        lines += ["", "定时任务" + ("：" if cal["serve_started"] else "（siqing serve 尚未启动过）：")]
        for j in report["schedule"]:
            if not j["cron"]:
                lines.append(f"  {JOB_NAMES.get(j['job'], j['job'])}：已停用")
                continue
            last = j["last"]
            last_text = f"上次 {last['started_at'][:19]} {zh(last['status'], STATUS_NAMES)}" if last else "尚未运行"
            lines.append(f"  {JOB_NAMES.get(j['job'], j['job'])}（{j['cron']}）下次 {(j['next'] or '无')[:16]}，{last_text}")
        lines.append(f"  今天 {cal['today']} {'是' if cal['today_is_workday'] else '不是'}工作日"
                     f"（依据：{ {'calendar': '节假日数据', 'fallback': '周一至周五推算', 'config': '配置'}[cal['decided_by']] }），"
                     f"节假日数据至 {cal['data_until']}")
    if "review" in report:
        rv = report["review"]
        lines += ["", f"待核：{rv['unsure']} 条分类置信度低于 {rv['threshold']}，请在简报审核时确认栏目"]
    if report["problems"]:
        lines += ["", "需要处理："] + [f"  - {p}" for p in report["problems"]]
    else:
        lines += ["", "一切正常。"]
    return "\n".join(lines)


# Why a crawl dropped or failed requests (crawlers/reasons.py and the spiders' stats keys), in Chinese.
REASON_NAMES = {
    "out_of_window": "发布日期早于采集时间窗口", "out_of_scope": "链接超出来源范围", "private_address": "指向内网地址",
    "redirect_out_of_scope": "跳转到来源范围以外", "robots": "robots.txt 不允许", "too_large": "文件过大",
    "future_date": "发布日期在未来", "not_html": "不是网页", "pagination_limit": "翻页达到上限",
    "attachment_limit": "附件数达到上限", "timeout": "超时", "dns": "域名无法解析", "connection_refused": "连接被拒绝",
    "truncated": "内容不完整", "connection_lost": "连接中断", "too_many_redirects": "跳转过多",
    "redirect_loop": "跳转循环", "extraction": "正文提取失败", "bad_json": "接口返回的不是合法 JSON",
    "bad_list_page": "列表页无法解析", "attachment_unreadable": "附件无法读取", "error": "未知错误",
}


def reason_name(key: str) -> str:
    """The Chinese words for a drop or error key (http_404 -> 网页不存在（HTTP 404）)."""
    if key.startswith("http_"):
        code = key.removeprefix("http_")
        known = {"404": "网页不存在", "403": "被拒绝访问", "410": "网页已删除", "500": "网站出错", "503": "网站暂不可用"}
        return f"{known.get(code, '网站返回错误')}（HTTP {code}）"
    return REASON_NAMES.get(key, key)
