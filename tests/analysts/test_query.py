"""siqing query: Chinese full-text search, each filter, sorting, the command line."""

from __future__ import annotations

from typing import Any

import pytest

from siqing.app import dataset
from siqing.app.cli import main
from siqing.config import Config
from siqing.store import Store
from siqing.store.search import match_expression, region_prefix


def q(deploy: Config, store: Store, **kw: Any) -> list[dict[str, Any]]:
    return dataset.query(deploy, store, **kw)


def ids(rows: list[dict[str, Any]]) -> set[int]:
    return {r["id"] for r in rows}


def test_two_character_word_inside_longer_words(deploy: Config, store: Store, docs: list[dict]) -> None:
    got = ids(q(deploy, store, text="立法"))
    with_lifafa = {i + 1 for i, d in enumerate(docs) if "立法法" in d["body"]}
    with_difang = {i + 1 for i, d in enumerate(docs) if "地方立法" in d["body"] and "立法法" not in d["body"]}
    assert with_lifafa and with_difang  # the fixture has both cases
    assert with_lifafa | with_difang <= got
    # nothing without the characters at all
    for r in q(deploy, store, text="立法"):
        assert "立法" in docs[r["id"] - 1]["title"] + docs[r["id"] - 1]["body"]
    assert not got & {i + 1 for i, d in enumerate(docs) if "立法" not in d["title"] + d["body"]}


def test_four_character_words_and_several_terms(deploy: Config, store: Store, docs: list[dict]) -> None:
    got = ids(q(deploy, store, text="地方立法"))
    assert {i + 1 for i, d in enumerate(docs) if "地方立法" in d["body"]} <= got
    both = ids(q(deploy, store, text="立法 备案审查"))
    assert both and both <= got | ids(q(deploy, store, text="立法"))
    assert all("备案审查" in docs[i - 1]["title"] + docs[i - 1]["body"] for i in both)
    assert not q(deploy, store, text="量子纠缠")


def test_long_dictionary_word_matches_inside_a_longer_one(deploy: Config, store: Store, docs: list[dict]) -> None:
    # 人大常委会 is indexed by its parts when it sits inside 全国人大常委会 or 市人大常委会
    want = {i + 1 for i, d in enumerate(docs) if "人大常委会" in d["title"] + d["body"]}
    got = ids(q(deploy, store, text="人大常委会"))
    assert want and want <= got


def test_match_expression_quotes_user_text() -> None:
    assert match_expression([["营商环境", "营商", "环境"], ["监督"]]) == (
        '("营商环境" OR NEAR("营商" "环境", 8)) AND "监督"')
    assert match_expression([['a"b']]) == '"a""b"'
    assert match_expression([["，"]]) is None


def test_punctuation_only_text_finds_nothing(deploy: Config, store: Store) -> None:
    assert q(deploy, store, text="“”，。") == []


@pytest.mark.parametrize("kind", ["upper", "lower", "external", "internal"])
def test_kind_filter(deploy: Config, store: Store, kind: str) -> None:
    rows = q(deploy, store, kind=kind)
    assert rows and {r["kind"] for r in rows} == {kind}
    assert len(rows) in (7, 8)


def test_topic_filter(deploy: Config, store: Store, docs: list[dict]) -> None:
    rows = q(deploy, store, topic="民生")
    assert ids(rows) == {i + 1 for i, d in enumerate(docs) if d["source_id"] == "govcn"}
    assert all("民生" in r["topics"] for r in rows)
    assert q(deploy, store, topic="人事任免") == []


def test_source_filter_by_id_and_by_name(deploy: Config, store: Store, docs: list[dict]) -> None:
    want = {i + 1 for i, d in enumerate(docs) if d["source_id"] == "sdrd"}
    assert ids(q(deploy, store, source="sdrd")) == want
    assert ids(q(deploy, store, source="山东人大网")) == want
    assert {r["source"] for r in q(deploy, store, source="sdrd")} == {"山东人大网"}


def test_region_filter_includes_what_is_inside(deploy: Config, store: Store, docs: list[dict]) -> None:
    shandong = {i + 1 for i, d in enumerate(docs) if d["region"] == "370000"} | {1}  # 1 is in 历下区
    assert ids(q(deploy, store, region="山东")) == shandong
    assert ids(q(deploy, store, region="37")) == shandong
    assert ids(q(deploy, store, region="济南")) == {1}  # tagged 370102 (历下区)
    assert ids(q(deploy, store, region="历下区")) == {1}
    assert region_prefix("370100") == "3701" and region_prefix("000000") is None


def test_date_range_is_inclusive(deploy: Config, store: Store, docs: list[dict]) -> None:
    rows = q(deploy, store, since="2019-01-14", until="2019-01-25")
    assert {r["published_at"] for r in rows} == {"2019-01-14", "2019-01-17", "2019-01-21", "2019-01-22", "2019-01-25"}
    assert all(r["published_at"] >= "2024" for r in q(deploy, store, since="2024-01-01"))
    assert len(q(deploy, store, until="2009-12-31")) == 1  # 洛阳市预防职务犯罪条例, 2004


def test_min_importance(deploy: Config, store: Store) -> None:
    rows = q(deploy, store, min_importance=0.9)
    assert rows and all(r["importance"] >= 0.9 for r in rows)
    assert len(rows) == 4  # 27/30 .. 30/30


def test_sorting(deploy: Config, store: Store) -> None:
    by_date = q(deploy, store)
    dates = [r["date"] for r in by_date]
    assert dates == sorted(dates, reverse=True)
    by_imp = [r["importance"] for r in q(deploy, store, sort="importance")]
    assert by_imp == sorted(by_imp, reverse=True)
    rel = q(deploy, store, text="立法", sort="relevance")
    assert rel and rel[0]["title"]
    assert [r["id"] for r in q(deploy, store, sort="id", limit=3)] == [30, 29, 28]


def test_filters_combine_with_text_and_limit(deploy: Config, store: Store) -> None:
    rows = q(deploy, store, text="立法", source="sdrd", since="2016-01-01", min_importance=0.1, limit=1)
    assert len(rows) == 1 and rows[0]["source_id"] == "sdrd"


@pytest.mark.parametrize("sort", ["date", "importance"])
@pytest.mark.parametrize("extra", [{}, {"kind": "lower"}, {"since": "2016-01-01", "min_importance": 0.2}])
def test_both_search_plans_agree(deploy: Config, store: Store, monkeypatch: pytest.MonkeyPatch,
                                 sort: str, extra: dict[str, Any]) -> None:
    from siqing.store import search

    want = [r["id"] for r in q(deploy, store, text="条例", sort=sort, limit=5, **extra)]
    assert want
    monkeypatch.setattr(search, "FEW_MATCHES", 0)  # force the ordered-index plan
    assert [r["id"] for r in q(deploy, store, text="条例", sort=sort, limit=5, **extra)] == want


def test_store_missing_an_index_still_answers(deploy: Config, store: Store,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from siqing.store import search

    want = [r["id"] for r in q(deploy, store, text="条例", sort="importance", limit=5)]
    with store.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_analyses_rank")
        conn.exec_driver_sql("DROP INDEX ix_documents_cover")
    fresh = Store(deploy.database_url)
    monkeypatch.setattr(search, "FEW_MATCHES", 0)
    try:
        assert [r["id"] for r in q(deploy, fresh, text="条例", sort="importance", limit=5)] == want
        fresh.ensure_query_indexes()
        assert [r["id"] for r in q(deploy, fresh, text="条例", sort="importance", limit=5)] == want
    finally:
        fresh.close()


def test_cli_table_and_errors(deploy: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deploy.path), "query", "立法", "--source", "shrd"]) == 0
    out = capsys.readouterr().out
    assert "上海市人民代表大会常务委员会" in out and "编号" in out
    with pytest.raises(SystemExit) as exc:
        main(["--config", str(deploy.path), "query", "--kind", "sideways"])
    assert exc.value.code == 2
    assert main(["--config", str(deploy.path), "query", "--sort", "relevance"]) == 2
    assert "relevance" in capsys.readouterr().err
    assert main(["--config", str(deploy.path), "query", "--format", "xlsx"]) == 2
    assert "-o FILE" in capsys.readouterr().err


@pytest.mark.parametrize(("option", "value", "hint"), [("--topic", "不存在", "主题"), ("--topic", "立发", "立法"),
                                                       ("--source", "nosuch", "来源")])
def test_unknown_topic_or_source_is_an_error_with_close_matches(deploy, capsys, option, value, hint) -> None:
    from siqing.app.cli import main

    assert main(["--config", str(deploy.path), "query", option, value]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and value in err and hint in err
