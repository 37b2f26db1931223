"""Crawling on several nodes: one shared frontier in Redis (scrapy-redis), any number of workers.

`siqing crawl --distributed` starts a crawl generation G in Redis (the sources to crawl) and waits
until its frontier drains; `siqing worker` processes, on any machines with the same configuration
and store, run each generation's spiders with the scrapy-redis scheduler and dupe filter, so they
take requests from one queue per source (`siqing:G:source-ID:requests`) and a URL is fetched once
whoever meets it. What they fetch goes into the shared store (unique canonical URL: a document is
stored once however many workers fetch it), and the incremental state (known URLs, conditional
revisits) is read from that store.

- Seeding: the first worker to open a source's spider in a generation yields its start requests
  (lists, feeds, revisits) into the shared queue; the others wait for requests.
- No request lost: a request is marked seen and queued in one atomic step, and popped and recorded
  in the worker's in-flight hash in another (Lua scripts); it leaves that hash when its callback's
  output has been exhausted, the articles of that output have left the item pipelines and its
  requests are in the shared queue, or when the worker is idle. Each worker refreshes a heartbeat
  key; the in-flight requests of a worker whose heartbeat expired go back to the front of the queue
  for the others.
- Politeness across workers: a request takes one of `concurrency_per_domain` slots of its host in a
  Redis sorted set (with a lease, so a dead worker's slots expire) before it is downloaded.
- Drained: a source's queue is empty, nothing is in flight anywhere and its seeding finished.

    python -m crawlers.distributed --config PATH [--redis URL] --generation G   (one worker round;
    the Redis URL from $SIQING_REDIS_URL when --redis is not given)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import socket
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import asdict
from typing import Any
from urllib.parse import urlsplit

import redis
from scrapy import Item, Request, Spider, signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawlers.run import SPIDERS, scrapy_settings, summarize
from siqing import config as siqing_config
from siqing.errors import SiqingError, UsageError
from siqing.store import Store

logger = logging.getLogger(__name__)
PREFIX = "siqing"
HEARTBEAT_S = 10  # a worker silent this long is dead: its in-flight requests go back to the queue
SLOT_LEASE_S = 120  # a politeness slot a dead worker held is free again after this
SCAN_COUNT = 1000  # keys a SCAN step looks at: a generation of many sources holds thousands of keys
COUNTERS = ("requests", "pages_list", "pages_article", "new", "revised", "unchanged", "no_date")

_POP = """
local v = redis.call('RPOP', KEYS[1])
if v then redis.call('HSET', KEYS[2], ARGV[1], v) end
return v
"""
# Mark a request seen and queue it in one atomic step: as two calls (scrapy-redis's SADD, then LPUSH), a worker
# killed between them leaves a request the dupe filter has seen and no queue holds; its parent page, given back to the
# queue as in flight, yields it again only to be refused as seen, and the article is lost. (LPUSH, as _POP's RPOP,
# is the FifoQueue the worker's settings name.)
_ENQUEUE = """
if ARGV[2] == '1' or redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('LPUSH', KEYS[2], ARGV[3])
  return 1
end
return 0
"""
# Give back the in-flight requests of a dead worker: to the front of the queue, then forget them.
_REQUEUE = """
local vals = redis.call('HVALS', KEYS[1])
for _, v in ipairs(vals) do redis.call('RPUSH', KEYS[2], v) end
redis.call('DEL', KEYS[1])
return #vals
"""
# Take the seeding over from a dead worker, unless another live one already did.
_TAKEOVER = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end
return 0
"""
_TAKE_SLOT = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  local n = redis.call('ZCARD', KEYS[1])
  local m = tonumber(redis.call('GET', KEYS[2]) or '0')
  if n > m then redis.call('SET', KEYS[2], n) end
  return n
end
return 0
"""


def _text(v: Any) -> str:
    return v.decode() if isinstance(v, bytes) else str(v)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def connect(url: str) -> redis.Redis:
    """A Redis client; an unreachable server is a runtime error naming the URL."""
    r = redis.Redis.from_url(url)
    try:
        r.ping()
    except redis.RedisError as exc:
        raise SiqingError(f"无法连接 Redis {url}：{exc}") from exc
    return r


def gen_key(gen: int | str, *parts: str) -> str:
    return ":".join([PREFIX, str(gen), *parts])


def queue_key(gen: int | str, sid: str) -> str:
    return gen_key(gen, f"source-{sid}", "requests")


# -- the coordinator (`siqing crawl --distributed`) ----------------------------------------------------

def start_generation(cfg: siqing_config.Config, r: redis.Redis, source_ids: list[str] | None = None) -> int:
    """Register the sources in the store and open a crawl generation in Redis; return its number."""
    sources = [cfg.source(i) for i in source_ids] if source_ids else [s for s in cfg.sources if s.enabled]
    store = Store(cfg.database_url)
    try:
        for src in sources:
            store.register_source(src.id, src.name, src.level, src.region, asdict(src))
    finally:
        store.close()
    gen = int(r.incr(f"{PREFIX}:generation"))
    r.set(gen_key(gen, "sources"), json.dumps([s.id for s in sources]))
    r.set(f"{PREFIX}:current", gen)
    return gen


def generation_sources(r: redis.Redis, gen: int | str) -> list[str]:
    raw = r.get(gen_key(gen, "sources"))
    return list(json.loads(raw)) if raw else []


def requeue_dead(r: redis.Redis, gen: int | str, sid: str) -> int:
    """Put back the in-flight requests of workers whose heartbeat expired; how many."""
    n = 0
    for key in r.scan_iter(match=gen_key(gen, "inflight", sid, "*"), count=SCAN_COUNT):
        worker = key.decode().rsplit(f"inflight:{sid}:", 1)[1]
        if not r.exists(f"{PREFIX}:alive:{worker}"):
            n += int(r.eval(_REQUEUE, 2, key, queue_key(gen, sid)))
    return n


def source_drained(r: redis.Redis, gen: int | str, sid: str) -> bool:
    """Seeded, nothing queued, nothing in flight on any worker (dead workers' requests put back first)."""
    if not r.exists(gen_key(gen, "seeded", sid)):
        return False
    requeue_dead(r, gen, sid)
    if r.llen(queue_key(gen, sid)):
        return False
    return not any(r.hlen(k) for k in r.scan_iter(match=gen_key(gen, "inflight", sid, "*"), count=SCAN_COUNT))


def wait_drained(r: redis.Redis, gen: int, *, timeout: float | None = None, poll: float = 0.5) -> bool:
    """Wait until every source of the generation is drained; False on timeout."""
    deadline = None if timeout is None else time.monotonic() + timeout
    sids = generation_sources(r, gen)
    while True:
        if all(source_drained(r, gen, sid) for sid in sids):
            r.set(gen_key(gen, "drained"), 1)
            return True
        if deadline is not None and time.monotonic() > deadline:
            return False
        time.sleep(poll)


def generation_counts(r: redis.Redis, gen: int | str, wait: float = 30.0) -> dict[str, dict[str, int]]:
    """Per-source counts the workers added up as their spiders closed (waiting, up to `wait` seconds,
    for every live worker that opened a source to close it and add its counts)."""
    deadline = time.monotonic() + wait
    for sid in generation_sources(r, gen):
        while time.monotonic() < deadline:
            left = {_text(w) for w in r.sdiff([gen_key(gen, "opened", sid), gen_key(gen, "closed", sid)])}
            if not any(r.exists(f"{PREFIX}:alive:{w}") for w in left):
                break
            time.sleep(0.1)
    out = {}
    for sid in generation_sources(r, gen):
        raw = r.hgetall(gen_key(gen, "stats", sid))
        out[sid] = {k: int(raw.get(k.encode(), 0)) for k in COUNTERS}
    return out


def max_domain_concurrency(r: redis.Redis, gen: int | str) -> dict[str, int]:
    """The most requests to each host at once, over all workers (as the slots recorded them)."""
    out = {}
    for key in r.scan_iter(match=gen_key(gen, "maxconc", "*"), count=SCAN_COUNT):
        out[key.decode().rsplit("maxconc:", 1)[1]] = int(r.get(key) or 0)
    return out


def crawl_distributed(cfg: siqing_config.Config, redis_url: str, source_ids: list[str] | None = None, *,
                      timeout: float | None = None) -> dict[str, Any]:
    """Seed a generation, wait for the workers to drain it, record the run; return its summary."""
    r = connect(redis_url)
    store = Store(cfg.database_url)
    run_id = store.start_run("crawl")
    try:
        return _seed_and_wait(cfg, r, store, run_id, source_ids, timeout)
    except BaseException as exc:  # the run record is never left "running"
        store.finish_run(run_id, "failed", error=f"{exc.__class__.__name__}: {exc}")
        raise
    finally:
        store.close()


def _seed_and_wait(cfg: siqing_config.Config, r: redis.Redis, store: Store, run_id: int,
                   source_ids: list[str] | None, timeout: float | None) -> dict[str, Any]:
    gen = start_generation(cfg, r, source_ids)
    print(f"已写入采集队列（第 {gen} 轮，{len(generation_sources(r, gen))} 个来源），等待 siqing worker 采完",
          file=sys.stderr, flush=True)
    done = wait_drained(r, gen, timeout=timeout)
    per_source = generation_counts(r, gen)
    totals = {k: sum(v[k] for v in per_source.values()) for k in ("requests", "new", "revised", "unchanged")}
    status = "ok" if done else "interrupted"
    error = None if done else "等待超时，队列未采完（worker 仍在运行时可再次等待）"
    store.finish_run(run_id, status, {"sources": per_source, "totals": totals, "generation": gen}, error)
    return {"run_id": run_id, "generation": gen, "status": status, "sources": per_source, "totals": totals,
            "max_per_domain": max_domain_concurrency(r, gen), "error": error}


# -- inside a worker's Scrapy process ------------------------------------------------------------------

# Sent by the scheduler once a callback's request is in the shared queue (or refused there as seen): with the
# claim token of the response whose callback yielded it (AckMiddleware).
request_enqueued = object()


class ReliableScheduler(Scheduler):
    """scrapy-redis's scheduler, popping into this worker's in-flight hash in the same atomic step."""

    def enqueue_request(self, request: Request) -> bool:
        parent = request.meta.pop("siqing_parent", None)  # (not stored with the request in Redis)
        queued = self._enqueue(request)
        # (only once Redis holds it, or refused it as seen: a push that raised leaves the parent in flight)
        if parent:
            self.spider.crawler.signals.send_catch_log(request_enqueued, parent=parent, request=request)
        return queued

    def _enqueue(self, request: Request) -> bool:
        """scrapy-redis's enqueue_request (dupe filter, then the queue), the two in one atomic step (_ENQUEUE)."""
        queued = bool(self._push(keys=[self.df.key, self.queue.key],
                                 args=[self.df.request_fingerprint(request), "1" if request.dont_filter else "0",
                                       self.queue._encode_request(request)]))
        if not queued:
            self.df.log(request, self.spider)
        elif self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return queued

    def open(self, spider: Spider) -> Any:
        result = super().open(spider)
        settings = spider.crawler.settings
        self.worker = settings.get("SIQING_WORKER_ID")
        self.gen = settings.get("SIQING_GENERATION")
        self.sid = spider.source["id"]  # type: ignore[attr-defined]
        self.inflight_key = gen_key(self.gen, "inflight", self.sid, self.worker)
        self._pop = self.server.register_script(_POP)
        self._push = self.server.register_script(_ENQUEUE)
        self.hold = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 1))
        return result

    def next_request(self) -> Request | None:
        # Take no more than the source's per-domain share into this process: Scrapy would take up
        # to CONCURRENT_REQUESTS and hold them through its download delay, while other workers,
        # finding the queue empty, wait idle (the frontier's work is shared, not hoarded).
        engine = self.spider.crawler.engine
        if engine is not None and len(engine.downloader.active) >= self.hold:
            return None
        token = uuid.uuid4().hex
        data = self._pop(keys=[self.queue.key, self.inflight_key], args=[token])
        if not data:
            return None
        request: Request = self.queue._decode_request(data)
        request.meta["siqing_claim"] = token
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
        return request


class AckMiddleware:
    """Spider middleware: a request leaves the in-flight hash once its callback's output is exhausted, every
    item of that output has left the item pipelines (stored, dropped or failed) and every request of it is in
    the shared queue (or refused there as seen). Scrapy hands a callback's output to the pipelines and the
    scheduler through a queue of its own (scrapy.utils.asyncio._parallel_asyncio): the output can be exhausted
    while its items and requests still wait there, and a worker killed then would lose an article, or the
    article links a list page gave, whose request no longer counts as in flight. (Order 1: the middleware
    nearest the engine, so it counts what the engine receives.)"""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.server = redis.Redis.from_url(crawler.settings["REDIS_URL"])
        self.gen = crawler.settings.get("SIQING_GENERATION")
        self.worker = crawler.settings.get("SIQING_WORKER_ID")
        # claim token -> [items and requests of its output not yet through the pipelines or into the shared
        # queue, whether its output ended]
        self._open: dict[str, list[int]] = {}
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self._item_done, signal=signal)
        crawler.signals.connect(self._request_done, signal=request_enqueued)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AckMiddleware:
        return cls(crawler)

    @staticmethod
    def _token(response: Response | None) -> str | None:
        token = response.meta.get("siqing_claim") if response is not None and response.request else None
        return str(token) if token else None

    def _ack(self, token: str) -> None:
        sid = self.crawler.spider.source["id"]  # type: ignore[union-attr]
        self.server.hdel(gen_key(self.gen, "inflight", sid, self.worker), token)

    def _settle(self, token: str) -> None:
        state = self._open.get(token)
        if state is not None and state[1] and state[0] <= 0:
            del self._open[token]
            self._ack(token)

    def _seen(self, token: str | None, x: Any) -> None:
        if token is None:
            return
        if isinstance(x, Request):
            x.meta["siqing_parent"] = token
        elif not isinstance(x, (Item, dict)):
            return
        self._open.setdefault(token, [0, 0])[0] += 1

    def _ended(self, token: str | None) -> None:
        if token is not None:
            self._open.setdefault(token, [0, 0])[1] = 1
            self._settle(token)

    def _item_done(self, item: Any = None, response: Response | None = None, **_: Any) -> None:
        self._done(self._token(response))

    def _request_done(self, parent: str | None = None, **_: Any) -> None:
        self._done(parent)

    def _done(self, token: str | None) -> None:
        state = self._open.get(token) if token is not None else None
        if token is not None and state is not None:
            state[0] -= 1
            self._settle(token)

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        token = self._token(response)
        for x in result:
            self._seen(token, x)
            yield x
        self._ended(token)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        token = self._token(response)
        async for x in result:
            self._seen(token, x)
            yield x
        self._ended(token)


class DomainSlotMiddleware:
    """Downloader middleware: per-host concurrency held across all workers (Redis slots with a lease).

    Last before the download (950): robots.txt is fetched before a request takes a slot (a request
    holding a slot while waiting for robots.txt would starve it), and the response frees the slot
    first, before a retry or redirect turns it into a new request."""

    def __init__(self, crawler: Crawler) -> None:
        self.server = redis.Redis.from_url(crawler.settings["REDIS_URL"])
        self.gen = crawler.settings.get("SIQING_GENERATION")
        self.limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 4)
        self.worker = crawler.settings.get("SIQING_WORKER_ID")
        self._take = self.server.register_script(_TAKE_SLOT)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DomainSlotMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        port = urlsplit(request.url).port
        domain = f"{host}:{port}" if port else host
        member = f"{self.worker}|{uuid.uuid4().hex}"
        key = gen_key(self.gen, "slots", domain)
        waited = 0
        while True:
            now = time.time()
            got = self._take(keys=[key, gen_key(self.gen, "maxconc", domain)],
                             args=[now, now + SLOT_LEASE_S, self.limit, member])
            if got:
                request.meta["siqing_slot"] = (domain, member)
                return None
            waited += 1
            if waited % 50 == 0:  # about a second: slots held by a worker that died are free
                for m in self.server.zrange(key, 0, -1):
                    owner = _text(m).split("|", 1)[0]
                    if not self.server.exists(f"{PREFIX}:alive:{owner}"):
                        self.server.zrem(key, _text(m))
            await asyncio.sleep(0.02)

    def _free(self, request: Request) -> None:
        slot = request.meta.pop("siqing_slot", None)
        if slot:
            self.server.zrem(gen_key(self.gen, "slots", slot[0]), slot[1])

    def process_response(self, request: Request, response: Response) -> Response:
        self._free(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._free(request)


class _Poker:
    """Wakes the engine of every spider of this process whose shared queue has requests: another
    worker may have pushed them while this one found it empty (Scrapy would only look again at its
    5-second heartbeat); and twice a second every spider, so an idle one learns soon that its source
    drained. One loop and one pipelined LLEN for all the process's sources (a loop a spider made
    hundreds of Redis calls a second with dozens of sources)."""

    INTERVAL_S = 0.05

    def __init__(self, server: redis.Redis) -> None:
        self.server = server
        self.members: dict[str, Crawler] = {}
        self.loop = task.LoopingCall(self._tick)
        self.ticks = 0

    def add(self, queue: str, crawler: Crawler) -> None:
        self.members[queue] = crawler
        if not self.loop.running:
            self.loop.start(self.INTERVAL_S, now=False)

    def remove(self, queue: str) -> None:
        self.members.pop(queue, None)
        if not self.members and self.loop.running:
            self.loop.stop()

    def _tick(self) -> None:
        self.ticks += 1
        members = list(self.members.values())
        if self.ticks % 10 == 0:
            wake = [True] * len(members)
        else:
            pipe = self.server.pipeline(transaction=False)
            for queue in self.members:
                pipe.llen(queue)
            wake = [bool(n) for n in pipe.execute()]
        for crawler, w in zip(members, wake, strict=True):
            slot = getattr(crawler.engine, "_slot", None)
            if w and slot is not None and crawler.spider is not None:
                slot.nextcall.schedule()


_poker: _Poker | None = None


class WorkerExtension:
    """Heartbeat; on idle: forget this worker's in-flight entries, put back dead workers', mark the
    seeding done, and keep the spider open until its source is drained everywhere; add up the counts."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.server = redis.Redis.from_url(crawler.settings["REDIS_URL"])
        self.gen = crawler.settings.get("SIQING_GENERATION")
        self.worker = crawler.settings.get("SIQING_WORKER_ID")
        self.beat = task.LoopingCall(self._beat)
        global _poker
        if _poker is None:
            _poker = _Poker(self.server)
        self.poker = _poker
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerExtension:
        return cls(crawler)

    def _beat(self) -> None:
        self.server.set(f"{PREFIX}:alive:{self.worker}", 1, ex=HEARTBEAT_S)

    def opened(self, spider: Spider) -> None:
        self._beat()
        self.server.sadd(gen_key(self.gen, "opened", spider.source["id"]), self.worker)  # type: ignore[attr-defined]
        self.beat.start(1.0, now=False)
        self.poker.add(queue_key(self.gen, spider.source["id"]), self.crawler)  # type: ignore[attr-defined]

    def idle(self, spider: Spider) -> None:
        sid = spider.source["id"]  # type: ignore[attr-defined]
        self.server.delete(gen_key(self.gen, "inflight", sid, self.worker))  # idle: nothing of ours in flight
        if getattr(spider, "siqing_seeder", False) and not getattr(spider, "siqing_seeding", False):
            self.server.set(gen_key(self.gen, "seeded", sid), self.worker)
        elif not self.server.exists(gen_key(self.gen, "seeded", sid)):
            seeder = self.server.get(gen_key(self.gen, "seed", sid))
            if seeder and not self.server.exists(f"{PREFIX}:alive:{_text(seeder)}"):
                # the seeding worker died before it finished: seed again here (what it queued is
                # in the dupe filter, so only what it had not reached is queued now)
                if self.server.eval(_TAKEOVER, 1, gen_key(self.gen, "seed", sid), seeder, self.worker):
                    asyncio.ensure_future(self._reseed(spider))
                raise DontCloseSpider
        requeue_dead(self.server, self.gen, sid)
        if not source_drained(self.server, self.gen, sid):
            raise DontCloseSpider

    async def _reseed(self, spider: Spider) -> None:
        spider.siqing_seeder = spider.siqing_seeding = True  # type: ignore[attr-defined]
        try:
            async for req in spider.seed_requests():  # type: ignore[attr-defined]
                if isinstance(req, Request) and self.crawler.engine is not None:
                    self.crawler.engine.crawl(req)
        finally:
            spider.siqing_seeding = False  # type: ignore[attr-defined]
        self.server.set(gen_key(self.gen, "seeded", spider.source["id"]), self.worker)  # type: ignore[attr-defined]

    def closed(self, spider: Spider, reason: str = "") -> None:
        if self.beat.running:
            self.beat.stop()
        self.poker.remove(queue_key(self.gen, spider.source["id"]))  # type: ignore[attr-defined]
        counts = summarize(self.crawler.stats.get_stats() if self.crawler.stats else {})
        key = gen_key(self.gen, "stats", spider.source["id"])  # type: ignore[attr-defined]
        for k in COUNTERS:
            if counts.get(k):
                self.server.hincrby(key, k, int(counts[k]))
        self.server.sadd(gen_key(self.gen, "closed", spider.source["id"]), self.worker)  # type: ignore[attr-defined]


def worker_spider(base: type[Spider]) -> type[Spider]:
    """The source's spider class, seeding only when this worker is the first to open the source."""

    class Distributed(base):  # type: ignore[valid-type,misc]
        siqing_seeder = False
        siqing_seeding = False

        def seed_requests(self) -> AsyncIterator[Any]:
            """The source's own start requests (lists, feeds, revisits)."""
            return super().start()

        async def start(self) -> AsyncIterator[Any]:
            s = self.crawler.settings
            server = redis.Redis.from_url(s["REDIS_URL"])
            if not server.set(gen_key(s["SIQING_GENERATION"], "seed", self.source["id"]), s["SIQING_WORKER_ID"],
                              nx=True):
                return
            self.siqing_seeder = True
            async for req in super().start():
                yield req  # the engine queues each one (in Redis) before asking for the next
            server.set(gen_key(s["SIQING_GENERATION"], "seeded", self.source["id"]), s["SIQING_WORKER_ID"])

    Distributed.__name__ = f"Distributed{base.__name__}"
    return Distributed


def worker_settings(cfg: siqing_config.Config, redis_url: str, gen: int | str, worker: str) -> Settings:
    s = scrapy_settings(cfg)
    g = f"{PREFIX}:{gen}"
    s.setdict({
        "SCHEDULER": "crawlers.distributed.ReliableScheduler",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
        "SCHEDULER_QUEUE_KEY": g + ":%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": g + ":%(spider)s:dupefilter",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "SIQING_GENERATION": str(gen),
        "SIQING_WORKER_ID": worker,
        "SPIDER_MIDDLEWARES": {"crawlers.distributed.AckMiddleware": 1},
        "DOWNLOADER_MIDDLEWARES": {**s.getdict("DOWNLOADER_MIDDLEWARES"),
                                   "crawlers.distributed.DomainSlotMiddleware": 950},
        "EXTENSIONS": {"crawlers.distributed.WorkerExtension": 500},
        "LOG_LEVEL": logging.getLevelName(logging.getLogger("scrapy").getEffectiveLevel()),
        "LOG_INSTALL_ROOT_HANDLER": False,  # this module's main() configured logging
    }, priority="cmdline")
    return s


def run_round(cfg: siqing_config.Config, redis_url: str, gen: int | str, worker: str | None = None) -> dict[str, Any]:
    """Crawl one generation's sources from the shared frontier until it drains (one Scrapy process)."""
    r = connect(redis_url)
    sids = generation_sources(r, gen)
    worker = worker or worker_id()
    process = CrawlerProcess(worker_settings(cfg, redis_url, gen, worker))
    c = cfg.settings.crawl
    crawlers: dict[str, Crawler] = {}
    for sid in sids:
        src = cfg.source(sid)
        crawler = process.create_crawler(worker_spider(SPIDERS[src.listing]))
        crawlers[sid] = crawler
        process.crawl(crawler, source=json.dumps(asdict(src), ensure_ascii=False), database_url=cfg.database_url,
                      window_days=c.window_days, revisit_days=c.revisit_days,
                      max_pages=src.max_pages or c.max_pages_per_source, max_list_pages=c.max_list_pages,
                      max_depth=c.max_depth, attachments=c.attachments, attachment_bytes=c.max_attachment_bytes)
    process.start()
    per = {sid: summarize(cr.stats.get_stats() if cr.stats else {}) for sid, cr in crawlers.items()}
    return {"worker": worker, "generation": int(gen), "requests": sum(v["requests"] for v in per.values()),
            "new": sum(v["new"] for v in per.values()), "pages_article": sum(v["pages_article"] for v in per.values())}


def pending_generation(r: redis.Redis, done: set[int]) -> int | None:
    """The current generation when it is not drained and this worker has not run it."""
    cur = r.get(f"{PREFIX}:current")
    if not cur:
        return None
    gen = int(cur)
    if gen in done or r.exists(gen_key(gen, "drained")):
        return None
    return gen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawlers.distributed")
    ap.add_argument("--config", required=True)
    ap.add_argument("--redis", default=os.environ.get("SIQING_REDIS_URL"), help="default: $SIQING_REDIS_URL")
    ap.add_argument("--generation", required=True)
    ap.add_argument("--worker")
    ap.add_argument("--log-level", default="WARNING")
    args = ap.parse_args(argv)
    if not args.redis:
        ap.error("--redis or SIQING_REDIS_URL is needed")
    logging.basicConfig(level=args.log_level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("scrapy").setLevel(args.log_level)
    try:
        cfg = siqing_config.load(args.config)
        result = run_round(cfg, args.redis, args.generation, args.worker)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SiqingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
