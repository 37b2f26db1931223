"""siqing stats: counts by each grouping over a period, and the PNG chart with Chinese labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from siqing.app.cli import main
from siqing.app.commands.stats import cjk_font
from siqing.config import Config
from siqing.store import Store


def test_counts_by_each_grouping(store: Store) -> None:
    home = "370100"
    kinds = dict(store.count_by(home, "kind"))
    assert sum(kinds.values()) == 30 and set(kinds) == {"upper", "lower", "external", "internal"}
    sources = dict(store.count_by(home, "source"))
    assert sources["中国政府网"] == 10
    days = store.count_by(home, "day", since="2019-01-01", until="2019-12-31")
    assert [d for d, _ in days] == sorted(d for d, _ in days) and sum(n for _, n in days) == 11
    topics = dict(store.count_by(home, "topic"))
    assert topics["民生"] == 10 and topics["立法"] >= 7
    regions = dict(store.count_by(home, "region"))
    assert regions["370000"] == 6 and regions["370102"] == 1


def test_cli_prints_a_table(deploy: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deploy.path), "stats", "--by", "kind"]) == 0
    out = capsys.readouterr().out
    assert "上情" in out and "合计" in out and "30" in out
    assert main(["--config", str(deploy.path), "stats", "--by", "region", "--since", "2020-01-01"]) == 0
    assert "上海市" in capsys.readouterr().out


@pytest.mark.parametrize("by", ["source", "day"])
def test_png_chart(deploy: Config, tmp_path: Path, by: str) -> None:
    if cjk_font() is None:
        pytest.skip("no CJK font installed (fonts-noto-cjk); the chart would show boxes")
    out = tmp_path / "chart.png"
    # filterwarnings=error turns matplotlib's "Glyph ... missing from font" into a failure
    assert main(["--config", str(deploy.path), "stats", "--by", by, "--png", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000


def test_empty_period(deploy: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deploy.path), "stats", "--since", "2030-01-01"]) == 0
    assert "没有条目" in capsys.readouterr().out


def test_day_series_is_a_true_time_axis() -> None:
    from datetime import date

    from siqing.app.commands.stats import day_series

    days, counts = day_series([("2021-05-21", 2), ("2021-05-24", 1), ("未知", 3)])
    assert days == [date(2021, 5, 21), date(2021, 5, 22), date(2021, 5, 23), date(2021, 5, 24)]
    assert counts == [2, 0, 0, 1]  # the days between are there, at zero


def test_day_chart_has_integer_ticks_and_topic_totals_say_items_count_twice(
        deploy: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import matplotlib.figure

    ticks: list[list[float]] = []
    save = matplotlib.figure.Figure.savefig

    def keep_ticks(fig, *a, **k):  # type: ignore[no-untyped-def]
        ticks.append(list(fig.axes[0].get_yticks()))
        return save(fig, *a, **k)

    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", keep_ticks)
    assert main(["--config", str(deploy.path), "stats", "--by", "day", "--png", str(tmp_path / "d.png")]) == 0
    assert ticks and all(float(t).is_integer() for t in ticks[0]), ticks
    capsys.readouterr()
    assert main(["--config", str(deploy.path), "stats", "--by", "topic"]) == 0
    assert "合计是主题次数" in capsys.readouterr().out
