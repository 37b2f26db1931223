"""The national source catalogue (upkeep) and `siqing init --home` for a province, a city and a county."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from siqing import config as config_mod
from siqing.app import catalogue
from siqing.divisions import default_gazetteer as gaz

REPO = Path(__file__).resolve().parents[2]


def test_catalogue_is_well_formed() -> None:
    entries = catalogue.load()
    assert catalogue.problems(entries) == []


def test_catalogue_covers_the_nation_every_province_and_many_cities() -> None:
    entries = catalogue.load()
    with_evidence = [e for e in entries if e.has_evidence]
    assert {e.id for e in with_evidence} >= {"npc", "govcn"}
    provinces = {d.code for d in gaz.children("000000")}
    congress_prov = {e.region for e in with_evidence if e.body == "congress" and e.level == "province"}
    assert provinces - congress_prov == set(), "every provincial congress with evidence"
    cities = [e for e in with_evidence if e.body == "congress" and e.level == "city"]
    assert len(cities) >= 80
    # Every prefecture-level city of these provinces has its congress in the catalogue.
    for prov in ("330000", "320000", "350000", "360000", "130000", "370000", "510000"):
        have = {e.region for e in entries if e.body == "congress" and e.region[:2] == prov[:2] and e.level == "city"}
        assert {d.code for d in gaz.children(prov) if d.level == "city"} <= have, prov


def test_entries_without_evidence_are_disabled_in_a_deployment(tmp_path: Path) -> None:
    chosen = catalogue.sources_for(gaz.resolve("山东省"))
    mapped = [catalogue.source_entry(c) for c in chosen]
    no_proof = [m for m in mapped if not m["evidence"]]
    assert no_proof and all(m.get("enabled") is False for m in no_proof)
    assert all(m.get("enabled", True) for m in mapped if m["evidence"] and m["start_urls"])


def test_problems_finds_broken_entries() -> None:
    good = catalogue.load()[0]
    from dataclasses import replace

    bad = (replace(good, id="x1", region="999999"),
           replace(good, id="x2", start_urls=("http://elsewhere.example.cn/list/",)),
           replace(good, id="x3", evidence=()),
           replace(good, id="x4"))
    found = "\n".join(catalogue.problems((good, *bad)))
    assert "x1: region 999999" in found
    assert "x2: http://elsewhere.example.cn/list/ is not on its allowed hosts" in found
    assert "x3: an address with no evidence" in found
    assert "x4" in found and "crawled by" in found


def _init(home: str, folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "siqing.app.cli", "init", "--home", home, str(folder), *extra],
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def _status(cfg: Path) -> str:
    proc = subprocess.run([sys.executable, "-m", "siqing.app.cli", "--config", str(cfg), "status"],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.mark.parametrize(("home", "above", "inside"), [
    ("浙江省", {"npc", "govcn"}, {"rd-330100", "rd-330200", "gov-330100"}),
    ("浙江省杭州市", {"npc", "govcn", "rd-330000", "gov-330000"}, {"gov-330106", "gov-330109"}),
    ("四川省成都市武侯区", {"npc", "govcn", "rd-510000", "gov-510000", "rd-510100", "gov-510100"}, set()),
])
def test_init_writes_a_deployment_that_loads(home: str, above: set[str], inside: set[str], tmp_path: Path) -> None:
    folder = tmp_path / "deploy"
    proc = _init(home, folder)
    assert proc.returncode == 0, proc.stderr
    assert "check-source --all" in proc.stdout and "serve" in proc.stdout
    cfg = config_mod.load(folder / "siqing.yaml")
    assert cfg.home == gaz.resolve(home)
    ids = {s.id for s in cfg.sources}
    assert above <= ids and inside <= ids
    relations = {s.id: gaz.relation(cfg.home, gaz.nation if s.region == "000000" else gaz.get(s.region))
                 for s in cfg.sources}
    assert {relations[i] for i in above} == {"above"}
    assert {relations[i] for i in inside} <= {"inside"}
    # 外情: the other provinces' congresses, each with its reason; nothing without evidence enabled.
    elsewhere = [s for s in cfg.sources if relations[s.id] == "elsewhere"]
    assert len(elsewhere) >= 29 and all(s.why.startswith("外情") for s in elsewhere)
    assert all(s.evidence or not s.enabled for s in cfg.sources)
    text = (folder / "sources.yaml").read_text(encoding="utf-8")
    assert text.count("  # 上情") >= len(above) and "  # 外情" in text
    for name in ("taxonomy.yaml", "userdict.txt"):
        assert (folder / name).read_bytes() == (REPO / "config" / name).read_bytes()
    report = _status(folder / "siqing.yaml")
    assert "[上级] npc" in report and "[外地]" in report
    if inside:
        assert "[辖区内]" in report


def test_init_for_a_province_lists_inside_sources_in_status(tmp_path: Path) -> None:
    assert _init("浙江省", tmp_path / "zj").returncode == 0
    report = _status(tmp_path / "zj" / "siqing.yaml")
    assert "[辖区内] rd-330100" in report and "[上级] npc" in report and "[外地] rd-510000" in report


def test_peers_adds_same_level_congresses(tmp_path: Path) -> None:
    assert _init("浙江省杭州市", tmp_path / "a").returncode == 0
    assert _init("浙江省杭州市", tmp_path / "b", "--peers").returncode == 0
    a = {s.id for s in config_mod.load(tmp_path / "a" / "siqing.yaml").sources}
    b = {s.id for s in config_mod.load(tmp_path / "b" / "siqing.yaml").sources}
    assert a < b and {"rd-320100", "rd-350200"} <= b - a


def test_init_refuses_to_overwrite_and_bad_homes(tmp_path: Path) -> None:
    assert _init("浙江省杭州市", tmp_path / "d").returncode == 0
    again = _init("浙江省杭州市", tmp_path / "d")
    assert again.returncode == 2 and again.stderr.startswith("error: ") and "--force" in again.stderr
    assert _init("浙江省杭州市", tmp_path / "d", "--force").returncode == 0
    ambiguous = _init("鼓楼区", tmp_path / "e")
    assert ambiguous.returncode == 2 and ambiguous.stderr.startswith("error: ")


def test_packaged_defaults_equal_the_repository_config() -> None:
    from siqing.app.defaults import FILES

    for name in FILES:
        packaged = REPO / "siqing" / "app" / "defaults" / name
        assert packaged.read_bytes() == (REPO / "config" / name).read_bytes(), name
    assert yaml.safe_load((REPO / "config" / "taxonomy.yaml").read_text(encoding="utf-8"))
