"""One set of store and query tests, run on a SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from siqing.app.dataset import match_for
from siqing.errors import UsageError
from siqing.store import NEW, REVISED, UNCHANGED, Store
from siqing.store.migrations import revisions
from tests.analysts.conftest import HOME, build_store, fixture_docs, model_version
from tests.store.conftest import BACKENDS, url_for

REPO = Path(__file__).resolve().parents[2]
USERDICT = REPO / "config" / "userdict.txt"


def _doc(**over: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "source_id": "src", "url": "http://x.test/a/t20240101_1.html",
        "canonical_url": "http://x.test/a/t20240101_1.html", "title": "济南市人大常委会召开主任会议",
        "body": "会议听取了有关工作情况的汇报。", "published_at": "2024-01-01", "snapshot": b"<html>raw</html>",
    }
    doc.update(over)
    return doc


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = Store(store_url)
    s.register_source("src", "样例网站", "city", "370100", {"id": "src"})
    yield s
    s.close()


def test_new_store_is_at_alembic_head_and_opening_again_applies_nothing(store_url: str) -> None:
    s = Store(store_url)
    assert s.migrations_applied == revisions()
    s.close()
    again = Store(store_url)
    assert again.migrations_applied == []
    again.close()


def test_documents_revisions_and_snapshots(store: Store) -> None:
    status1, id1 = store.save_document(_doc())
    status2, id2 = store.save_document(_doc())
    assert (status1, status2, id1) == (NEW, UNCHANGED, id2)
    status3, _ = store.save_document(_doc(body="会议听取了有关工作情况的汇报，并作出决定。"))
    assert status3 == REVISED
    doc = store.get_document(id1)
    assert doc is not None and doc["revision"] == 2 and "作出决定" in doc["body"]
    assert store.snapshot(id1) == b"<html>raw</html>"
    assert store.count_documents() == 1


def test_document_openings_give_the_first_characters_of_the_body(store: Store) -> None:
    _, doc_id = store.save_document(_doc(body="会议听取了有关工作情况的汇报，并作出决定。"))
    got = store.document_openings([doc_id, doc_id + 1000], 6)
    assert list(got) == [doc_id]
    assert got[doc_id]["opening"] == "会议听取了有" and got[doc_id]["title"] == _doc()["title"]
    assert got[doc_id]["source_id"] == _doc()["source_id"]


def test_analyses_marked_finds_the_reasons_that_hold_the_mark(store: Store) -> None:
    _, doc_id = store.save_document(_doc())
    row = {"document_id": doc_id, "content_hash": "h1", "kind": "lower", "confidence": 0.45,
           "reason": "主体：人物「某某」（职务不明，发布网站所在地不明，待核）", "regions": [], "topics": [], "keywords": []}
    store.save_analyses("370100", "v1", [row])
    assert store.analyses_marked("370100", "v1", [doc_id, doc_id + 1], "职务不明") == {doc_id: "h1"}
    assert store.analyses_marked("370100", "v1", [doc_id], "据正文") == {}
    assert store.analyses_marked("370100", "v2", [doc_id], "职务不明") == {}
    assert store.analyses_marked("370100", "v1", [doc_id], "100%_") == {}  # (LIKE's own characters are plain)


def test_marked_analyses_of_the_window_staff_items_and_guarded_updates(store: Store) -> None:
    _, old_id = store.save_document(_doc())
    _, doc_id = store.save_document(_doc(url="http://x.test/a/t20240101_2.html",
                                         canonical_url="http://x.test/a/t20240101_2.html"))
    row = {"content_hash": "h1", "kind": "lower", "confidence": 0.45, "actor": "周先旺（职务不明）",
           "reason": "主体：湖北省周先旺（职务不明）", "regions": [], "topics": [], "keywords": []}
    store.save_analyses("370100", "v1", [{**row, "document_id": old_id}, {**row, "document_id": doc_id}])
    marked = store.analyses_marked_since("370100", "v1", "2000-01-01T00:00:00Z", "职务不明")
    assert marked == {old_id: ("h1", "周先旺（职务不明）"), doc_id: ("h1", "周先旺（职务不明）")}
    assert store.analyses_marked_since("370100", "v1", "2999-01-01T00:00:00Z", "职务不明") == {}
    assert store.analyses_marked_since("370100", "v2", "2000-01-01T00:00:00Z", "职务不明") == {}
    # staff have a labelled document and a briefing's item before them, for this home only
    store.add_label(old_id, "370100", "lower", None, "staff")
    assert store.documents_before_staff("370100", [old_id, doc_id]) == {old_id}
    bid = store.create_briefing("daily", "2024-01-02", "370100", "2024-01-01", "2024-01-02", 2024)
    store.replace_items(bid, [{"document_id": doc_id, "kind": "lower", "summary": "摘要"}])
    assert store.documents_before_staff("370100", [old_id, doc_id]) == {old_id, doc_id}
    assert store.documents_before_staff("350200", [old_id, doc_id]) == set()
    # an update guarded by the text read: none where the analysis is of another text now
    new = {"kind": "external", "confidence": 0.7, "reason": "据近期其他文档"}
    assert store.update_analyses_unchanged("370100", "v1", [(doc_id, new)], {doc_id: "h0"}) == 0
    assert store.analyses_for("370100", "v1", [doc_id])[doc_id]["kind"] == "lower"
    assert store.update_analyses_unchanged("370100", "v1", [(doc_id, new)], {doc_id: "h1"}) == 1
    got = store.analyses_for("370100", "v1", [doc_id])[doc_id]
    assert (got["kind"], got["confidence"], got["reason"]) == ("external", 0.7, "据近期其他文档")


def test_briefing_numbers_locks_and_users(store: Store) -> None:
    ids = [store.create_briefing("daily", f"2026-03-0{i}", "370100", "a", "b", 2026) for i in range(1, 4)]
    ids.pop(1)
    assert [store.approve_briefing(i, "审核人") for i in ids] == [1, 2]
    assert store.approve_briefing(ids[0], "审核人") == 1
    assert store.acquire_lock("job:crawl", "serve-1")
    assert not store.acquire_lock("job:crawl", "serve-2")
    store.release_lock("job:crawl", "serve-1")
    assert store.acquire_lock("job:crawl", "serve-2")
    store.add_user("张三", "analyst", "hash")
    assert store.get_user("张三")["role"] == "analyst"  # type: ignore[index]


def test_runs_fires_columns_and_deliveries(store: Store) -> None:
    run = store.start_run("crawl")
    store.finish_run(run, "ok", {"src": {"new": 3}})
    assert store.last_runs(job="crawl")[0]["status"] == "ok"
    first = store.claim_fire("crawl", "2026-03-01T08:00", "serve-1")
    assert first is not None and store.claim_fire("crawl", "2026-03-01T08:00", "serve-2") is None
    store.finish_fire(first, "ok")
    store.set_column_progress("src", "http://x.test/col/", True, "numbered", 4)
    assert store.complete_columns("src") == {"http://x.test/col/"}
    bid = store.create_briefing("daily", "2026-03-01", "370100", "a", "b", 2026)
    assert store.claim_delivery(bid, "a@x.test", "<m1@x>")
    assert not store.claim_delivery(bid, "a@x.test", "<m2@x>")  # taken: one sender at a time
    store.finish_delivery(bid, "a@x.test", "sent")
    assert store.deliveries(bid)[0]["status"] == "sent"


# ---- search: the analysts' fixture documents, built once per store kind ----

@pytest.fixture(scope="module", params=BACKENDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    url = url_for(request.param, request, tmp_path_factory.mktemp("search"))
    build_store(url, USERDICT)
    s = Store(url)
    yield s
    s.close()


@pytest.fixture(scope="module")
def sqlite_answers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.db'}"
    build_store(url, USERDICT)
    s = Store(url)
    yield s
    s.close()


def search(store: Store, text: str | None = None, **kw: Any) -> list[int]:
    match = match_for(text, USERDICT) if text else None
    return [r["id"] for r in store.search_documents(HOME, model_version=model_version(), match=match, **kw)]


SEARCHES: list[dict[str, Any]] = [
    {"text": "立法"}, {"text": "地方立法"}, {"text": "人大常委会"}, {"text": "立法 备案审查"},
    {"text": "营商环境"}, {"text": "量子纠缠"}, {"text": "立法", "kind": "lower"},
    {"text": "立法", "sort": "importance", "limit": 5}, {"text": "人大常委会", "sort": "date", "limit": 3},
    {"text": "监督", "since": "2024-01-01", "until": "2025-12-31"}, {"text": "立法", "min_importance": 0.5},
    {"text": "立法", "topic": "立法"}, {"text": "代表", "region": "370100"}, {"kind": "upper", "sort": "importance"},
]


@pytest.mark.parametrize("query", SEARCHES, ids=lambda q: "-".join(str(v) for v in q.values()))
def test_same_answers_as_sqlite(built: Store, sqlite_answers: Store, query: dict[str, Any]) -> None:
    assert search(built, **query) == search(sqlite_answers, **query)


def test_word_finds_its_documents_and_no_others(built: Store) -> None:
    docs = fixture_docs()
    got = set(search(built, "立法"))
    want = {i + 1 for i, d in enumerate(docs) if "立法" in d["title"] + d["body"]}
    assert want and got == want
    assert not search(built, "量子纠缠")


def test_two_terms_are_both_required(built: Store) -> None:
    docs = fixture_docs()
    for i in search(built, "立法 备案审查"):
        text = docs[i - 1]["title"] + docs[i - 1]["body"]
        assert "立法" in text and "备案审查" in text


def test_relevance_puts_a_title_match_first(store: Store) -> None:
    texts = [("关于 会议 的 通知", "会议 研究 了 预算 执行 情况 预算"), ("预算 审查 监督 工作", "会议 听取 汇报"),
             ("工作 动态", "其他 事项")]
    ids, fts = [], []
    for n, (title, body) in enumerate(texts):
        _, doc_id = store.save_document(_doc(url=f"http://x.test/{n}", canonical_url=f"http://x.test/{n}",
                                             title=title.replace(" ", ""), body=body.replace(" ", "")))
        ids.append(doc_id)
        fts.append((doc_id, title, body))
    rows = [{"document_id": i, "content_hash": store.get_document(i)["content_hash"], "kind": "lower",  # type: ignore[index]
             "confidence": 0.9, "reason": "test", "summary": ""} for i in ids]
    store.save_analyses(HOME, "v1", rows, fts)
    ranked = [r["id"] for r in store.search_documents(HOME, model_version="v1", match='"预算"', sort="relevance")]
    assert ranked == [ids[1], ids[0]]  # in the title (weight 3) above twice in the body


def test_bad_search_text_is_a_usage_error(built: Store) -> None:
    with pytest.raises(UsageError):
        built.search_documents(HOME, model_version=model_version(), match='"立法" AND (')


@pytest.mark.parametrize("plan", [("match", "set"), ("date", "set"), ("date", "probe"), ("importance", "set"), ("kind", "set"),
                                  ("importance", "probe")])
def test_every_sqlite_plan_gives_the_same_page(sqlite_answers: Store, plan: tuple[str, str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from siqing.store import search as search_mod

    queries = [q for q in SEARCHES if q.get("text")]
    want = [search(sqlite_answers, **{"limit": 7, **q}) for q in queries]
    monkeypatch.setattr(search_mod, "FEW_MATCHES", -1)  # every search text counts as common
    monkeypatch.setattr(search_mod.SearchQueries, "_plan", lambda *a, **k: plan)
    for sort in ("date", "importance"):
        got = [search(sqlite_answers, **{"limit": 7, **q, "sort": sort}) for q in queries]
        monkeypatch.undo()
        assert got == [search(sqlite_answers, **{"limit": 7, **q, "sort": sort}) for q in queries]
        monkeypatch.setattr(search_mod, "FEW_MATCHES", -1)
        monkeypatch.setattr(search_mod.SearchQueries, "_plan", lambda *a, **k: plan)
    assert want  # the reference answers exist


@pytest.mark.parametrize("by", ["kind", "source", "day", "topic", "region"])
def test_counts_agree_with_sqlite(built: Store, sqlite_answers: Store, by: str) -> None:
    got = built.count_by(HOME, by, model_version=model_version())
    assert got and got == sqlite_answers.count_by(HOME, by, model_version=model_version())


def test_index_has_no_gaps_and_pending_is_empty(built: Store) -> None:
    assert built.index_gaps(HOME, model_version()) == {"unindexed": [], "orphan_index_rows": [], "unanalysed": []}
    assert built.pending_documents(HOME, model_version()) == []


# ---- the console's page: ids first, then the shown rows and the facet columns of the first ids ----

FACET_FIELDS = ("id", "kind", "source_id", "source", "topics", "regions")


@pytest.mark.parametrize("query", SEARCHES, ids=lambda q: "-".join(str(v) for v in q.values()))
def test_ids_rows_and_facet_rows_are_what_search_documents_gives(built: Store, query: dict[str, Any]) -> None:
    from siqing.app.web.pages.search import facets

    q = dict(query)
    match = match_for(q.pop("text"), USERDICT) if q.get("text") else None
    full = built.search_documents(HOME, model_version=model_version(), match=match, **q)
    version, ids = built.search_ids(HOME, model_version=model_version(), match=match, **q)
    assert version == model_version() and ids == [r["id"] for r in full]
    assert built.result_rows(HOME, version, ids[1:4]) == full[1:4]
    light = built.facet_rows(HOME, version, ids)
    assert light == [{k: r[k] for k in FACET_FIELDS} for r in full]
    assert facets(light) == facets(full)  # the page's counts, ties in the same order


def test_facet_rows_name_a_source_the_store_does_not_know_as_search_documents_does(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "stray.db"
    build_store(f"sqlite:///{db}", USERDICT)
    with sqlite3.connect(db) as conn:  # a document of a source since removed (foreign keys off)
        conn.execute("UPDATE documents SET source_id = 'gone', source_name = '旧网站' WHERE id = 2")
    s = Store(f"sqlite:///{db}")
    full = s.search_documents(HOME, model_version=model_version(), sort="id")
    light = s.facet_rows(HOME, model_version(), [r["id"] for r in full])
    s.close()
    assert light == [{k: r[k] for k in FACET_FIELDS} for r in full]
    assert ("gone", "旧网站") in {(r["source_id"], r["source"]) for r in light}


def test_latest_model_version_reads_the_home_latest_index(built: Store) -> None:
    assert built.latest_model_version(HOME) == model_version()
    assert built.latest_model_version("999999") is None
    if built.dialect == "sqlite":
        with built.connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT model_version FROM analyses WHERE home = '370100' ORDER BY id DESC LIMIT 1"))
        assert "ix_analyses_home_latest" in plan and "TEMP B-TREE" not in plan


# ---- PostgreSQL's plans for a text search (store/search.py `_pg_plan`) ----

PG_SEARCHES = [*(q for q in SEARCHES if q.get("text")), {"text": "立法 NOT 备案审查"}, {"text": "地方立法", "kind": "upper"},
               {"text": "人大常委会", "since": "2024-01-01", "until": "2024-06-30", "min_importance": 0.2}]


@pytest.mark.parametrize("plan", ["plain", "walk", "sorted", "candidates", None])
def test_every_postgresql_plan_gives_the_same_page_as_sqlite(built: Store, sqlite_answers: Store, plan: str | None,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Every plan, forced, gives SQLite's page for every sort and page size; None: the plan the
    word statistics choose once the store is analysed."""
    from siqing.store import search as search_mod

    if built.dialect != "postgresql":
        pytest.skip("PostgreSQL's plans")
    chosen: list[str] = []
    real = search_mod.SearchQueries._pg_plan

    def forced(self: Store, conn: Any, query: str, *args: Any) -> tuple[str, str]:
        got, loose = real(self, conn, query, *args)
        chosen.append(got)
        return (plan or got), loose

    with built.begin() as conn:
        conn.exec_driver_sql("ANALYZE documents_fts")
    built.__dict__.pop("_word_stats", None)
    monkeypatch.setattr(search_mod.SearchQueries, "_pg_plan", forced)
    for q in PG_SEARCHES:
        for sort in ("date", "importance", "arrived", "id"):
            for limit in (2, 7):
                query = {**q, "sort": sort, "limit": limit}
                want = search(sqlite_answers, **query)
                assert search(built, **query) == want, (plan, query)
    assert "plain" not in chosen  # with a page size the word statistics always give a plan


def test_loose_query_keeps_every_word_and_drops_positions() -> None:
    from siqing.store.fulltext import has_not, parse_loose, to_tsquery, tree_tsquery
    from siqing.store.search import _tree_share

    near = to_tsquery(match_for("营商环境", USERDICT) or "")
    tree = parse_loose(near)
    assert "<" in near and tree_tsquery(tree) == "('营商环境' | ('环境' & '营商'))"  # 18 alternatives fold into one
    assert tree_tsquery(parse_loose(to_tsquery('"立法" AND "备案审查"'))) == "('备案审查' & '立法')"
    assert has_not(parse_loose(to_tsquery('"立法" NOT "备案"'))) and not has_not(tree)
    freqs = {"营商": 0.02, "环境": 0.5, "营商环境": 0.01}
    assert _tree_share(tree, freqs, 0.001) == pytest.approx(0.01 + (0.02 * 0.02 * 0.5) ** 0.5)
    assert _tree_share(parse_loose("'稀有词'"), freqs, 0.001) == 0.001  # unlisted: below the rarest listed


@pytest.mark.parametrize("plan", ["plain", "walk", "sorted", "candidates"])
def test_words_far_apart_are_not_a_near_match_in_any_plan(store: Store, plan: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The candidate plan reads documents holding the words anywhere; the exact test must still
    drop those where they are not close together."""
    from siqing.store import search as search_mod

    real = search_mod.SearchQueries._pg_plan
    monkeypatch.setattr(search_mod.SearchQueries, "_pg_plan",
                        lambda self, conn, query, *a: (plan, real(self, conn, query, *a)[1]))
    bodies = ["营商 " + "其他 事项 " * 12 + "环境", "优化 营商 环境 营商环境 工作", "其他 事项"]
    ids, fts = [], []
    for n, body in enumerate(bodies):
        _, doc_id = store.save_document(_doc(url=f"http://x.test/{n}", canonical_url=f"http://x.test/{n}",
                                             title="通知", body=body.replace(" ", "")))
        ids.append(doc_id)
        fts.append((doc_id, "通知", body))
    rows = [{"document_id": i, "content_hash": store.get_document(i)["content_hash"], "kind": "lower",  # type: ignore[index]
             "confidence": 0.9, "reason": "test", "summary": ""} for i in ids]
    store.save_analyses(HOME, "v1", rows, fts)
    match = match_for("营商环境", USERDICT)
    for sort in ("date", "importance"):
        got = [r["id"] for r in store.search_documents(HOME, model_version="v1", match=match, sort=sort, limit=5)]
        assert got == [ids[1]], (plan, sort)
