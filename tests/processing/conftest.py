"""Fixtures for the processing tests: a deployment (copy of config/) with a store in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from processing.actors import PROVINCIAL_LEADERS
from siqing import config as config_mod

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def deployment(tmp_path: Path) -> config_mod.Config:
    """The repository's config/ copied to tmp_path/config; its store is tmp_path/data/siqing.db (home 济南)."""
    dest = tmp_path / "config"
    shutil.copytree(REPO / "config", dest)
    (tmp_path / "data").mkdir()
    return config_mod.load(dest / "siqing.yaml")


@pytest.fixture
def zhou_xianwang_in_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """周先旺 (湖北's vice governor 2016-2018) is in the provincial leaders' table; the tests of how a post is learnt for
    a person no table holds (a county's or a department's head) read the real rows naming him as such a person."""
    monkeypatch.delitem(PROVINCIAL_LEADERS, "周先旺")
