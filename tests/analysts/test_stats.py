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
