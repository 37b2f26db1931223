"""Clusters placed batch by batch during a run (`pipeline._RunClusters`) are those one call at the end
makes: the same cluster and importance for every document, on real articles and their reposts, with an
earlier run's documents in the window, a revised document of a lower id analysed again, an analysis an
interrupted run left unclustered, and a text revised in the middle of the run (which must fall back).
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text as sql

from processing import pipeline
from processing.dedup import Clusterer, opening, sketch_array
from siqing.config import Config
from siqing.store import Store
from tests.processing.reposts import build, in_part, load_short_news, text_of

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "dedup" / "sample.jsonl"
HOME = "370100"


def _entries() -> list[tuple[int, Any, tuple[str, str, bool], int | None]]:
    """The short-news dev part (same-template news of other places and reposts) and reposts of the
    dedup articles, in id order, as `_cluster_and_rank` gives them to `add_many`."""
    texts = [text_of(x) for x in in_part(load_short_news(), "dev")]
    stories = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()[:20]]
    for _, t in build(stories, copies=2, seed=5):
        title, _, body = t.partition("\n")
        texts.append((title, body))
    random.Random(14).shuffle(texts)
    return [(3 * i + 1, sketch_array(body), opening(title, body), None) for i, (title, body) in enumerate(texts)]


def test_add_many_in_pieces_is_one_call() -> None:
    """The run's path: one call a batch, each against the earlier calls' index (candidates counted by
    numpy against it, the index merged without a sort), gives what one call and `add` one by one give."""
    entries = _entries()
    one = Clusterer()
    want = one.add_many(entries)
    assert len(set(want)) < len(want) - 20  # many were joined
    # known clusters (an earlier run's) kept as given, among the searched ones
    known = [(i, sk, op, want[k] if k % 5 == 0 else None) for k, (i, sk, op, _) in enumerate(entries)]
    one_known = Clusterer()
    want_known = one_known.add_many(known)
    assert want_known == want
    for size in (1, 2, 7, 40, 333):
        for items, expect, whole in ((entries, want, one), (known, want_known, one_known)):
            pieces = Clusterer()
            got = [cl for a in range(0, len(items), size) for cl in pieces.add_many(items[a:a + size])]
            assert got == expect, size
            assert pieces.cluster_of == whole.cluster_of and pieces.sizes == whole.sizes
            assert (pieces._hashes == whole._hashes).all() and (pieces._docs == whole._docs).all()
    # the per-item path (an id placed twice) and the numpy path agree on what they both place
    slow = Clusterer()
    half = len(entries) // 2
    slow.add_many(entries[:half])
    slow.add(entries[half][0], "", sketched=entries[half][1])  # one by one: the next call takes the per-item path
    assert slow._recent
    rest = slow.add_many(entries[half + 1:])
    assert rest == want[half + 1:]


def _fill(store: Store, stories: list[dict[str, Any]], start: int, seed: int) -> list[int]:
    store.register_source("site", "济南人大网", "city", HOME, {})
    ids = []
    for k, (_, t) in enumerate(build(stories, copies=2, seed=seed)):
        title, _, body = t.partition("\n")
        url = f"http://site.example/{start + k}"
        ids.append(store.save_document({"source_id": "site", "url": url, "canonical_url": url, "title": title,
                                        "body": body})[1])
    return ids


def _results(store: Store) -> list[tuple[Any, ...]]:
    with store.connect() as conn:
        return [tuple(r) for r in conn.execute(sql(
            "SELECT document_id, content_hash, kind, regions, topics, keywords, summary, cluster_id, importance "
            "FROM analyses ORDER BY document_id"))]


def _revise(store: Store, doc_id: int, note: str) -> None:
    d = store.get_document(doc_id)
    assert d is not None
    store.save_document({"source_id": d["source_id"], "url": d["url"], "canonical_url": d["canonical_url"],
                         "title": d["title"], "body": d["body"] + note})


@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_clusters_are_the_one_call_clusters(deployment: Config, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    stories = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()[:16]]
    deployment.settings.processing.workers = workers
    deployment.settings.processing.batch_size = 5
    monkeypatch.setattr(pipeline, "INLINE_BELOW", 1)  # small batches still go to the worker processes
    store = Store(deployment.database_url)
    try:
        first = _fill(store, stories[:8], 0, seed=3)
        assert pipeline.process(deployment, store)["processed"] == len(first)
        # the next run: new reposts (of old and new stories), a revised older document (analysed
        # again: a lower id than the run's new ones, between earlier documents), and an analysis an
        # interrupted run left without a cluster
        second = _fill(store, stories[4:16], 100, seed=4)
        revised = first[len(first) // 2]
        _revise(store, revised, "\n（本文有更新）")
        with store.begin() as conn:
            conn.execute(sql("UPDATE analyses SET cluster_id = NULL WHERE document_id = :d"), {"d": first[3]})
    finally:
        store.close()
    db = Path(deployment.database_url.removeprefix("sqlite:///"))
    shutil.copy(db, tmp_path / "copy.db")

    used: list[bool] = []
    finish = pipeline._RunClusters.finish

    def spy(self: pipeline._RunClusters, store: Store, want: list[tuple[int, int | None]]) -> Clusterer | None:
        got = finish(self, store, want)
        used.append(got is not None)
        return got

    monkeypatch.setattr(pipeline._RunClusters, "finish", spy)
    store = Store(deployment.database_url)
    try:
        counts = pipeline.process(deployment, store)
        streamed = _results(store)
    finally:
        store.close()
    assert used == [True]  # the clusters placed during the run were used
    assert counts["processed"] == len(second) + 1 and counts["clusters_joined"] > 0

    monkeypatch.setattr(pipeline._RunClusters, "finish", lambda self, store, want: None)
    store = Store(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        one_call = pipeline.process(deployment, store)
        assert _results(store) == streamed
    finally:
        store.close()
    assert one_call == counts
    assert len({r[-2] for r in streamed}) < len(streamed)  # some documents share a cluster
    assert all(r[-1] is not None for r in streamed)


def test_text_revised_during_the_run_falls_back(deployment: Config, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """An earlier document's text read for the clusters and revised before the end of the run: the
    clusters placed during the run are dropped and made again in one call, as before."""
    stories = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()[:10]]
    deployment.settings.processing.workers = 1
    deployment.settings.processing.batch_size = 4
    store = Store(deployment.database_url)
    try:
        first = _fill(store, stories[:5], 0, seed=3)
        pipeline.process(deployment, store)
        _fill(store, stories[3:10], 100, seed=4)
    finally:
        store.close()
    db = Path(deployment.database_url.removeprefix("sqlite:///"))
    shutil.copy(db, tmp_path / "copy.db")

    def runner(store: Store) -> Any:
        done = {"n": 0}

        def progress(stage: str, counts: dict[str, int]) -> None:
            done["n"] += 1
            if stage == "batch" and done["n"] == 2:
                _revise(store, first[1], "\n（更正）")  # read with the first batch, changed now
        return progress

    used: list[bool] = []
    finish = pipeline._RunClusters.finish

    def spy(self: pipeline._RunClusters, store: Store, want: list[tuple[int, int | None]]) -> Clusterer | None:
        got = finish(self, store, want)
        used.append(got is not None)
        return got

    monkeypatch.setattr(pipeline._RunClusters, "finish", spy)
    results = []
    for path in (db, tmp_path / "copy.db"):
        store = Store(f"sqlite:///{path}")
        try:
            pipeline.process(deployment, store, progress=runner(store))
            results.append(_results(store))
        finally:
            store.close()
        monkeypatch.setattr(pipeline._RunClusters, "finish", lambda self, store, want: None)
    assert used == [False]
    assert results[0] == results[1]


def _everything(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with store.connect() as conn:
        analyses = [tuple(r) for r in conn.execute(sql(
            "SELECT id, document_id, home, model_version, content_hash, kind, confidence, reason, actor, regions, "
            "topics, keywords, summary, importance, cluster_id FROM analyses ORDER BY id"))]
        fts = [tuple(r) for r in conn.execute(sql("SELECT rowid, title, body FROM documents_fts ORDER BY rowid"))]
    return analyses, fts


def test_stage_writes_through_the_driver_as_through_sqlalchemy(deployment: Config, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs of the stage (2 workers; the second with new reposts and a revised document analysed
    again) leave the same analyses (ids included), full-text rows, clusters and importance whether the
    store writes through SQLite's driver or through SQLAlchemy."""
    stories = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()[:12]]
    deployment.settings.processing.workers = 2
    deployment.settings.processing.batch_size = 5
    monkeypatch.setattr(pipeline, "INLINE_BELOW", 1)
    store = Store(deployment.database_url)
    try:
        first = _fill(store, stories[:6], 0, seed=3)
    finally:
        store.close()
    db = Path(deployment.database_url.removeprefix("sqlite:///"))
    shutil.copy(db, tmp_path / "plain.db")
    results = []
    for path, driver in ((db, True), (tmp_path / "plain.db", False)):
        monkeypatch.setattr(Store, "_driver_sql", driver)
        store = Store(f"sqlite:///{path}")
        try:
            counts = [pipeline.process(deployment, store)]
            _fill(store, stories[4:12], 100, seed=4)
            _revise(store, first[2], "\n（本文有更新）")
            counts.append(pipeline.process(deployment, store))
            results.append((*_everything(store), counts))
        finally:
            store.close()
    assert results[0] == results[1]
    analyses, fts, counts = results[0]
    assert counts[1]["processed"] > 0 and counts[1]["clusters_joined"] > 0
    assert len(fts) == len({r[1] for r in analyses}) == len(analyses)
    assert len({r[-1] for r in analyses}) < len(analyses) and all(r[-2] is not None for r in analyses)
