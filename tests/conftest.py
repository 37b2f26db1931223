"""Shared fixtures: a deployment in a temporary folder, the sample sites on a free port."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from siqing import config as config_mod
from siqing.app.demo.run import write_deployment
from siqing.app.demo.sites import SampleSites

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def sample_sites() -> Iterator[SampleSites]:
    """The bundled sample sites on 127.0.0.1, on a free port."""
    with SampleSites(port=0) as sites:
        yield sites


@pytest.fixture
def demo_config(tmp_path: Path, sample_sites: SampleSites) -> config_mod.Config:
    """A demo deployment in a temporary folder, pointed at the running sample sites."""
    return config_mod.load(write_deployment(tmp_path / "deploy", sample_sites.port))


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A copy of the repository's default config/ folder, to break on purpose."""
    dest = tmp_path / "config"
    shutil.copytree(REPO / "config", dest)
    return dest
