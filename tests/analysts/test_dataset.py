"""siqing.app.dataset.documents: the pandas API takes the query filters and returns a DataFrame."""

from __future__ import annotations

import pandas as pd
import pytest

from siqing.app import dataset
from siqing.config import Config
from siqing.errors import UsageError


def test_documents_returns_a_frame_with_the_documented_columns(deploy: Config) -> None:
    df = dataset.documents(deploy)
    assert isinstance(df, pd.DataFrame) and len(df) == 30
    for col in ("id", "title", "date", "source", "kind", "topics", "regions", "importance", "label_kind"):
        assert col in df.columns
    assert str(df["date"].dtype).startswith("datetime64")
    assert df["date"].is_monotonic_decreasing
    assert "body" not in df.columns


def test_documents_filters_like_the_command(deploy: Config) -> None:
    df = dataset.documents(str(deploy.path), text="立法", kind="lower", sort="importance", limit=50)
    assert len(df) >= 1 and set(df["kind"]) == {"lower"}
    assert df["importance"].is_monotonic_decreasing
    df = dataset.documents(deploy, topic="民生", since="2019-01-20", until=pd.Timestamp("2019-02-01").date())
    assert set(df["source_id"]) == {"govcn"} and len(df) == 4  # 01-21, 22, 25, 30
    df = dataset.documents(deploy, region="山东", min_importance=0.5, with_body=True)
    assert len(df) >= 1 and (df["importance"] >= 0.5).all()
    assert df["body"].str.len().min() > 100


def test_documents_example_from_the_docstring_runs(deploy: Config) -> None:
    df = dataset.documents(deploy, text="地方立法", sort="importance", limit=200)
    counts = df.explode("topics").groupby("topics").size()
    assert counts["立法"] == len(df)


def test_empty_result_keeps_the_columns(deploy: Config) -> None:
    df = dataset.documents(deploy, text="量子纠缠")
    assert df.empty and "title" in df.columns


def test_bad_date_is_a_usage_error(deploy: Config) -> None:
    with pytest.raises(UsageError):
        dataset.documents(deploy, since="last week")
