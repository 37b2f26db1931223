"""Processing on several nodes: each node claims batches of pending documents (siqing.store.claims),
analyses them on its cores, writes each batch in one transaction and marks its claims done.

Any number of `siqing worker --process` on any number of machines can share one store: a document is
claimed by one of them at a time (row locks on PostgreSQL, an upsert under the write lock on
SQLite), and a worker that dies leaves claims that expire after their lease, for the others to take.
At the end each node reads people's posts from the recent documents when it wrote something, then clusters and
ranks what it wrote and any analysis left unclustered, another node's too (`processing.pipeline.finish_run`).
"""

from __future__ import annotations

import logging
import os
import socket
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from typing import Any

from processing import pipeline
from processing.classify import leaders_from_settings
from siqing import clock
from siqing.config import Config
from siqing.store import Store, claims

logger = logging.getLogger(__name__)


def default_owner() -> str:
    """host:pid, the name a worker's claims are held under."""
    return f"{socket.gethostname()}:{os.getpid()}"


def process_claimed(cfg: Config, store: Store, *, owner: str | None = None, workers: int | None = None,
                    batch: int | None = None, lease_s: float = 600.0, since: str | None = None,
                    max_batches: int | None = None) -> dict[str, Any]:
    """Claim, analyse and write batches until nothing is left to claim; return counts."""
    owner = owner or default_owner()
    home = cfg.home
    version = pipeline.model_version()
    p = cfg.settings.processing
    workers = workers or p.workers or os.cpu_count() or 1
    batch = batch or p.batch_size * max(workers, 1)
    sources = pipeline._sources(store)
    init_args = (home.code, str(cfg.userdict_path), str(cfg.taxonomy_path), cfg.settings.briefing.summary_chars,
                 tuple(leaders_from_settings(cfg.settings)))
    counts: dict[str, Any] = {"processed": 0, "failed": 0, "clusters_joined": 0, "batches": 0, "owner": owner}
    new_ids: list[int] = []
    sketches: dict[int, Any] = {}
    executor: ProcessPoolExecutor | None = None
    try:
        while max_batches is None or counts["batches"] < max_batches:
            docs = claims.claim_batch(store, home.code, version, owner, limit=batch, lease_s=lease_s, since=since)
            if not docs:
                break
            pairs = pipeline._pairs(docs, sources)
            try:
                if workers <= 1 or len(pairs) < pipeline.INLINE_BELOW:
                    pipeline._init_worker(*init_args)
                    rows = pipeline._analyse_batch(pairs)
                else:
                    if executor is None:
                        executor = pipeline._executor(workers, init_args)
                    size = max(1, len(pairs) // (workers * 4))
                    futures = [executor.submit(pipeline._analyse_batch, pairs[i : i + size])
                               for i in range(0, len(pairs), size)]
                    rows = [r for f in futures for r in f.result()]
                pipeline._write(rows, store, home.code, version, counts, new_ids, sketches)
            except BaseException:
                claims.release(store, home.code, version, owner, [d["id"] for d in docs])
                raise
            # failed documents are done too: they are counted and logged, not retried in a loop
            claims.finish(store, home.code, version, owner, [d["id"] for d in docs])
            counts["batches"] += 1
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    # (the window is taken after the batches: a worker may have claimed for long, and the others' documents
    # written meanwhile are recent too)
    since_window = clock.stamp(clock.now() - timedelta(days=pipeline.CLUSTER_WINDOW_DAYS))
    pipeline.finish_run(cfg, store, home, version, new_ids, sources, sketches, counts, since=since_window,
                        one_of_several=True)
    return counts
