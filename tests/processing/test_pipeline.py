"""The process stage on a real store: incremental, resumable, reprocessing on a new model version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text as sql

from processing import classify as classify_mod
from processing import pipeline
from siqing.config import Config
from siqing.store import Store
from tests.processing.corpus_rows import tuning_row
from tests.processing.reposts import build

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "dedup" / "sample.jsonl"
HOME = "370100"


def fill(store: Store, n_stories: int = 6) -> dict[int, int]:
    """Store originals and reposts of a few real texts; return document id -> story id."""
    stories = [json.loads(x) for x in SAMPLE.read_text(encoding="utf-8").splitlines()[:n_stories]]
    store.register_source("site", "济南人大网", "city", HOME, {})
    out = {}
    for k, (story, text) in enumerate(build(stories, copies=2, seed=3)):
        title, _, body = text.partition("\n")
        _, doc_id = store.save_document({"source_id": "site", "url": f"http://site.example/{k}",
                                         "canonical_url": f"http://site.example/{k}", "title": title, "body": body})
        out[doc_id] = story
    return out


def test_incremental_clusters_and_version(deployment: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    deployment.settings.processing.workers = 1
    store = Store(deployment.database_url)
    try:
        story_of = fill(store)
        version = pipeline.model_version()
        assert version == f"{classify_mod.MODEL_VERSION}+{pipeline.PIPELINE_VERSION}"
        first = pipeline.process(deployment, store)
        assert first["processed"] == len(story_of) and first["failed"] == 0
        assert pipeline.process(deployment, store)["processed"] == 0  # nothing new: nothing done
        rows = store.analyses_for(HOME, version, list(story_of))
        assert set(rows) == set(story_of)
        assert all(r["kind"] in ("upper", "lower", "external", "internal") and r["reason"] for r in rows.values())
        # reposts of one story share a cluster; different stories do not
        clusters = {}
        for doc, story in story_of.items():
            clusters.setdefault(story, set()).add(rows[doc]["cluster_id"])
        assert all(len(c) == 1 for c in clusters.values())
        assert len({next(iter(c)) for c in clusters.values()}) == len(clusters)
        # a revised document is processed again, and only it
        doc = min(story_of)
        d = store.get_document(doc)
        assert d is not None
        store.save_document({"source_id": "site", "url": d["url"], "canonical_url": d["canonical_url"],
                             "title": d["title"], "body": d["body"] + "\n（本文有更新）"})
        assert pipeline.process(deployment, store)["processed"] == 1
        # a new model version reprocesses everything, under the new version
        monkeypatch.setattr(classify_mod, "MODEL_VERSION", "test-new-model")
        assert pipeline.model_version() != version
        assert pipeline.process(deployment, store)["processed"] == len(story_of)
        assert set(store.analyses_for(HOME, pipeline.model_version(), list(story_of))) == set(story_of)
    finally:
        store.close()


def test_interrupted_run_resumes(deployment: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    deployment.settings.processing.workers = 1
    deployment.settings.processing.batch_size = 4
    store = Store(deployment.database_url)
    try:
        story_of = fill(store)
        real_save = store.save_analyses
        calls = {"n": 0}

        def failing(home: str, version: str, rows: list, fulltext: list | None = None) -> int:
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("power cut")
            return real_save(home, version, rows, fulltext)

        monkeypatch.setattr(store, "save_analyses", failing)
        with pytest.raises(RuntimeError):
            pipeline.process(deployment, store)
        done = store.analyses_for(HOME, pipeline.model_version(), list(story_of))
        assert 0 < len(done) < len(story_of)  # the first batch was kept
        monkeypatch.setattr(store, "save_analyses", real_save)
        again = pipeline.process(deployment, store)
        assert again["processed"] == len(story_of) - len(done)
        assert set(store.analyses_for(HOME, pipeline.model_version(), list(story_of))) == set(story_of)
    finally:
        store.close()


def test_two_workers_give_the_same_answers(deployment: Config, tmp_path: Path) -> None:
    deployment.settings.processing.workers = 2
    store = Store(deployment.database_url)
    try:
        story_of = fill(store, n_stories=24)  # 72 documents: above the inline threshold
        assert len(story_of) >= pipeline.INLINE_BELOW
        assert pipeline.process(deployment, store)["processed"] == len(story_of)
        rows = store.analyses_for(HOME, pipeline.model_version(), list(story_of))
    finally:
        store.close()
    direct = classify_mod.Classifier(HOME)
    for doc, r in rows.items():
        assert r["kind"] in ("upper", "lower", "external", "internal")
        assert r["summary"] and len(r["summary"]) <= 120
        assert r["reason"] and doc in story_of
    assert direct.home.code == HOME


def _written(store: Store) -> tuple[list[dict[str, object]], list[tuple[object, ...]]]:
    """Every analysis (but its time) and every full-text row, in document order."""
    with store.connect() as conn:
        analyses = [{k: v for k, v in r._mapping.items() if k not in ("id", "processed_at")}
                    for r in conn.execute(sql("SELECT * FROM analyses ORDER BY document_id"))]
        fts = [tuple(r) for r in conn.execute(sql("SELECT rowid, title, body FROM documents_fts ORDER BY rowid"))]
    return analyses, fts


def test_parallel_and_serial_write_the_same_analyses(deployment: Config, tmp_path: Path) -> None:
    """Workers (sketches and openings made there, clusters joined in the parent) write exactly what one
    process writes: every field of every analysis, the clusters and the full-text rows."""
    written = []
    for workers in (1, 2):
        deployment.settings.processing.workers = workers
        store = Store(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        try:
            story_of = fill(store, n_stories=24)
            assert len(story_of) >= pipeline.INLINE_BELOW  # two workers really start processes
            counts = pipeline.process(deployment, store)
            assert counts["processed"] == len(story_of) and counts["failed"] == 0
            written.append((counts["clusters_joined"], _written(store)))
        finally:
            store.close()
    (joined_1, (serial, fts_1)), (joined_2, (parallel, fts_2)) = written
    assert joined_1 == joined_2 > 0  # reposts were joined, the same way
    assert len(serial) == len(parallel) > 0 and len({r["cluster_id"] for r in serial}) < len(serial)
    assert serial == parallel
    assert fts_1 == fts_2 and len(fts_1) == len(serial)


# Two real corpus rows (train/dev): a headline led by a bare name, and another writing his post before it.
POSTED, BARE = "湖北省副省长周先旺调研武汉植物园", "周先旺到省农科院调研要求以科技创新促进农业强省建设"
# (周先旺 read as a person no table holds: conftest.zhou_xianwang_in_no_table)
pytestmark = pytest.mark.usefixtures("zhou_xianwang_in_no_table")


def _save_row(store: Store, source_id: str, row: dict[str, object]) -> int:
    store.register_source(source_id, str(row["source_name"]), "other", "", {})
    _, doc_id = store.save_document({"source_id": source_id, "url": row["url"], "canonical_url": row["url"],
                                     "title": row["title"], "body": "", "published_at": row["published_at"]})
    return doc_id


def test_a_persons_post_is_read_from_the_stores_recent_documents(deployment: Config) -> None:
    """A headline led by a bare name (周先旺到省农科院调研…, real corpus rows) is decided by the post another stored
    document of the window writes before the name (湖北省副省长周先旺…, processed in an earlier run); alone, it is
    left 职务不明. Reading again changes nothing."""
    deployment.settings.processing.workers = 1
    posted = tuning_row(POSTED)
    bare = tuning_row(BARE)
    version = pipeline.model_version()
    store = Store(deployment.database_url)
    try:
        alone = _save_row(store, "b", bare)
        counts = pipeline.process(deployment, store)
        assert counts["processed"] == 1 and counts["posts_known"] == 0
        assert pipeline.POST_UNKNOWN_MARK in store.analyses_for(HOME, version, [alone])[alone]["reason"]
    finally:
        store.close()
    store = Store(deployment.database_url.replace("siqing.db", "second.db"))  # (a store of its own)
    try:
        earlier = _save_row(store, "a", posted)
        assert pipeline.process(deployment, store)["posts_known"] == 0
        doc = _save_row(store, "b", bare)
        counts = pipeline.process(deployment, store)
        assert counts["processed"] == 1 and counts["posts_known"] == 1
        row = store.analyses_for(HOME, version, [doc])[doc]
        # Hubei's vice-governor, for 济南: 外情, and the staff see where the post was read
        assert row["kind"] == "external" and "副省长，据近期其他文档" in row["reason"], row
        assert pipeline.POST_UNKNOWN_MARK not in row["reason"] and row["regions"][0] == "420000"
        assert row["cluster_id"] is not None
        again = pipeline.process(deployment, store)
        assert again["processed"] == 0 and again["posts_known"] == 0
        assert store.analyses_for(HOME, version, [doc])[doc] == row
        assert earlier in store.analyses_for(HOME, version, [earlier])
    finally:
        store.close()


# A real corpus row (dev part) that names nobody.
UNRELATED = "西藏日喀则市聂拉木完成3251户受灾群众过冬安置"


def _spy_openings(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The ids of every call of store.document_openings (what the post reading read)."""
    calls: list[list[int]] = []
    real = store.document_openings

    def spy(ids: Any, chars: int) -> dict[int, dict[str, Any]]:
        calls.append(list(ids))
        return real(ids, chars)

    monkeypatch.setattr(store, "document_openings", spy)
    return calls


def test_an_earlier_bare_name_is_told_by_a_post_stored_later(deployment: Config,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The other way round: 周先旺到省农科院调研… (real corpus row) stored and left 职务不明 by one run is decided by the
    run that brings 湖北省副省长周先旺…, not by one whose documents do not name him. A run that brings nothing reads
    nothing."""
    deployment.settings.processing.workers = 1
    version = pipeline.model_version()
    store = Store(deployment.database_url)
    try:
        doc = _save_row(store, "b", tuning_row(BARE))
        assert pipeline.process(deployment, store)["posts_known"] == 0
        before = store.analyses_for(HOME, version, [doc])[doc]
        assert pipeline.POST_UNKNOWN_MARK in before["reason"]
        read = _spy_openings(store, monkeypatch)
        classified: list[int] = []
        real_all = pipeline.Classifier.classify_all

        def counting(self: Any, items: Any, context: Any = ()) -> Any:
            classified.append(len(items))
            return real_all(self, items, context=context)

        monkeypatch.setattr(pipeline.Classifier, "classify_all", counting)
        _save_row(store, "c", tuning_row(UNRELATED))
        assert pipeline.process(deployment, store)["posts_known"] == 0
        assert classified == [] and len(read) == 1  # only the run's own document was opened, nobody read again
        later = _save_row(store, "a", tuning_row(POSTED))
        counts = pipeline.process(deployment, store)
        assert counts["processed"] == 1 and counts["posts_known"] == 1
        row = store.analyses_for(HOME, version, [doc])[doc]
        assert row["kind"] == "external" and "副省长，据近期其他文档" in row["reason"], row
        assert row["cluster_id"] == before["cluster_id"] and later in store.analyses_for(HOME, version, [later])
        read.clear()
        assert pipeline.process(deployment, store)["posts_known"] == 0 and read == []
    finally:
        store.close()


def test_an_analysis_staff_have_before_them_is_left_as_it_is(deployment: Config) -> None:
    """A bare-named item already labelled by staff (or in a briefing) keeps its analysis: a draft's 待核 mark is read
    from it, and staff are not to find it changed under them."""
    deployment.settings.processing.workers = 1
    version = pipeline.model_version()
    store = Store(deployment.database_url)
    try:
        doc = _save_row(store, "b", tuning_row(BARE))
        pipeline.process(deployment, store)
        before = store.analyses_for(HOME, version, [doc])[doc]
        store.add_label(doc, HOME, "external", None, "staff")
        _save_row(store, "a", tuning_row(POSTED))
        assert pipeline.process(deployment, store)["posts_known"] == 0
        assert store.analyses_for(HOME, version, [doc])[doc] == before
    finally:
        store.close()


def test_a_run_cut_before_the_posts_are_read_has_them_read_by_the_next(deployment: Config,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    deployment.settings.processing.workers = 1
    store = Store(deployment.database_url)
    version = pipeline.model_version()
    try:
        _save_row(store, "a", tuning_row(POSTED))
        doc = _save_row(store, "b", tuning_row(BARE))
        real = store.update_analyses_unchanged
        cut = {"on": True}

        def failing(home: str, v: str, updates: list[tuple[int, dict[str, Any]]], hashes: dict[int, str]) -> int:
            if cut["on"] and updates:
                raise KeyboardInterrupt("power cut")  # (the process stops: no handler runs)
            return real(home, v, updates, hashes)

        monkeypatch.setattr(store, "update_analyses_unchanged", failing)
        with pytest.raises(KeyboardInterrupt):
            pipeline.process(deployment, store)
        row = store.analyses_for(HOME, version, [doc])[doc]
        assert pipeline.POST_UNKNOWN_MARK in row["reason"] and row["cluster_id"] is None  # analysed, not finished
        cut["on"] = False
        again = pipeline.process(deployment, store)
        assert again["processed"] == 0 and again["posts_known"] == 1
        row = store.analyses_for(HOME, version, [doc])[doc]
        assert "据近期其他文档" in row["reason"] and row["cluster_id"] is not None
    finally:
        store.close()


def test_an_error_while_reading_posts_leaves_the_run_to_finish(deployment: Config,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    deployment.settings.processing.workers = 1
    store = Store(deployment.database_url)
    version = pipeline.model_version()
    try:
        _save_row(store, "a", tuning_row(POSTED))
        assert pipeline.process(deployment, store)["processed"] == 1
        doc = _save_row(store, "b", tuning_row(BARE))

        def broken(*args: object, **kwargs: object) -> dict[int, dict[str, object]]:
            raise ValueError("unreadable opening")

        monkeypatch.setattr(store, "document_openings", broken)
        counts = pipeline.process(deployment, store)
        assert counts["processed"] == 1 and counts["posts_known"] == 0
        assert "reading people's posts" in caplog.text
        row = store.analyses_for(HOME, version, [doc])[doc]
        assert pipeline.POST_UNKNOWN_MARK in row["reason"] and row["cluster_id"] is not None  # clustered all the same
    finally:
        store.close()


def test_a_post_written_in_a_stored_documents_opening_is_read(deployment: Config) -> None:
    """The post may stand in another document's body, not its title: its opening is read (the real corpus headline
    湖北省副省长周先旺调研武汉植物园 as the first sentence of a report titled otherwise)."""
    deployment.settings.processing.workers = 1
    posted, bare = tuning_row(POSTED), tuning_row(BARE)
    version = pipeline.model_version()
    store = Store(deployment.database_url)
    try:
        store.register_source("a", str(posted["source_name"]), "other", "", {})
        store.save_document({"source_id": "a", "url": posted["url"], "canonical_url": posted["url"],
                             "title": "武汉植物园迎来调研", "body": f"{posted['title']}。", "published_at": posted["published_at"]})
        assert pipeline.process(deployment, store)["processed"] == 1
        doc = _save_row(store, "b", bare)
        assert pipeline.process(deployment, store)["posts_known"] == 1
        assert "副省长，据近期其他文档" in store.analyses_for(HOME, version, [doc])[doc]["reason"]
    finally:
        store.close()


def test_an_idle_node_reads_no_posts_while_another_is_at_work(deployment: Config,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A node that claimed nothing reads nothing: the analyses another node has written but not yet finished are
    that node's to read."""
    from processing import parallel

    store = Store(deployment.database_url)
    try:
        _save_row(store, "a", tuning_row(POSTED))
        _save_row(store, "b", tuning_row(BARE))
        with monkeypatch.context() as m:
            m.setattr(pipeline, "finish_run", lambda *a, **k: None)  # (n1 is still at work: written, not finished)
            assert parallel.process_claimed(deployment, store, owner="n1", workers=1)["processed"] == 2
        read = _spy_openings(store, monkeypatch)
        idle = parallel.process_claimed(deployment, store, owner="n3", workers=1)
        assert idle["processed"] == 0 and idle["posts_known"] == 0 and read == []
    finally:
        store.close()


def test_a_node_processing_by_claims_reads_posts_too(deployment: Config, capsys: pytest.CaptureFixture[str]) -> None:
    """`siqing worker --process` (processing.parallel, claims) finishes its batches as `siqing process` does: the bare
    name of a document it claimed is decided by the post another node's document of the window writes, and the
    document is clustered after."""
    from processing import parallel
    from siqing.app.cli import main

    version = pipeline.model_version()
    store = Store(deployment.database_url)
    try:
        earlier = _save_row(store, "a", tuning_row(POSTED))
        assert parallel.process_claimed(deployment, store, owner="n1", workers=1)["processed"] == 1
        doc = _save_row(store, "b", tuning_row(BARE))
        assert main(["--config", str(deployment.path), "worker", "--process", "--once", "--workers", "1"]) == 0
        assert "处理完成：1 篇，失败 0，据其他文档判明人物职务 1 条" in capsys.readouterr().out
        row = store.analyses_for(HOME, version, [doc])[doc]
        assert "副省长，据近期其他文档" in row["reason"] and row["cluster_id"] is not None
        again = parallel.process_claimed(deployment, store, owner="n1", workers=1)
        assert again["processed"] == 0 and again["posts_known"] == 0
        assert store.analyses_for(HOME, version, [doc])[doc] == row
        assert earlier in store.analyses_for(HOME, version, [earlier])
    finally:
        store.close()
