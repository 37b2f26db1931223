"""`siqing init --home REGION [DIR]`: write a new deployment for a committee, sources from the catalogue."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from siqing.errors import UsageError

RELATION_ORDER = ("above", "self", "inside", "elsewhere")
RELATION_HEADINGS = {"above": "上级（上情）", "self": "本级（内情、下情）", "inside": "辖区内（下情）",
                     "elsewhere": "外地（外情）"}


def settings_for(home_name: str, committee: str) -> dict[str, Any]:
    """The starting siqing.yaml of a deployment (everything else takes the documented defaults)."""
    return {
        "home": {"region": home_name, "committee": committee, "office": f"{committee}办公室"},
        "storage": {"url": "sqlite:///data/siqing.db", "briefings_dir": "data/briefings", "log_dir": "data/logs"},
        "delivery": {
            "smtp": {"host": "127.0.0.1", "port": 25, "security": "starttls", "sender": "siqing@localhost"},
            "groups": {"leaders": [], "reviewers": [], "operators": []},
        },
        "sources_file": "sources.yaml",
        "taxonomy_file": "taxonomy.yaml",
        "userdict_file": "userdict.txt",
    }


def write_sources(path: Path, home_full: str, chosen: list[Any]) -> dict[str, int]:
    """sources.yaml grouped by relation, a comment on each entry saying why it is there."""
    from siqing.app.catalogue import source_entry

    counts = dict.fromkeys(RELATION_ORDER, 0)
    disabled = 0
    lines = [f"# Sources of the deployment for {home_full}, written by `siqing init` from the national catalogue.",
             "# Run `siqing check-source --all` on the day of installation; correct an address here and tell",
             "# the project (docs/CATALOGUE.md) so that the catalogue is corrected for every office.",
             "sources:"]
    for relation in RELATION_ORDER:
        group = [c for c in chosen if c.relation == relation]
        if not group:
            continue
        lines.append(f"  # ---- {RELATION_HEADINGS[relation]} ----")
        for c in group:
            entry = source_entry(c)
            counts[relation] += 1
            disabled += entry.get("enabled") is False
            lines.append(f"  # {c.why}" + ("（无可核实的网址，暂停用）" if entry.get("enabled") is False else ""))
            block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=200)
            lines.extend("  " + ln for ln in block.rstrip("\n").split("\n"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts | {"disabled": disabled}


def cmd_init(args: argparse.Namespace) -> int:
    from siqing.app import catalogue
    from siqing.app.defaults import copy_to
    from siqing.divisions import resolve

    home = resolve(args.home)
    if home.level == "township":
        raise UsageError(f"--home: {home.full_name} is a township; the catalogue serves county level and above")
    folder = Path(args.dir).expanduser().resolve()
    cfg_path = folder / "siqing.yaml"
    if cfg_path.exists() and not args.force:
        raise UsageError(f"{cfg_path}: a deployment is already here (use --force to write over it)")
    folder.mkdir(parents=True, exist_ok=True)
    committee = f"{home.name}人大常委会" if home.level != "nation" else "全国人大常委会"
    cfg_path.write_text(
        f"# siqing deployment: {committee}办公室, written by `siqing init --home {args.home}`.\n"
        "# Every key not given takes the default documented in siqing/config.py.\n"
        "# Relative paths are relative to this file's folder. Put the leaders', reviewers' and operators'\n"
        "# addresses under delivery.groups before `siqing serve`.\n"
        + yaml.safe_dump(settings_for(home.full_name, committee), allow_unicode=True, sort_keys=False),
        encoding="utf-8")
    copy_to(folder)
    chosen = catalogue.sources_for(home, peers=args.peers)
    counts = write_sources(folder / "sources.yaml", home.full_name, chosen)
    print(f"已为{committee}写入部署：{folder}")
    print(f"信息来源 {len(chosen)} 个：上级 {counts['above']}，本级 {counts['self']}，辖区内 {counts['inside']}，"
          f"外地 {counts['elsewhere']}（其中无可核实网址、暂停用 {counts['disabled']} 个）")
    print("下一步：")
    print(f"  1. siqing --config {cfg_path} check-source --all     逐一检查各来源当前能否采到文章")
    print(f"  2. 编辑 {cfg_path} 的 delivery 部分，填写领导、审核人和运维人员的邮箱")
    print(f"  3. siqing --config {cfg_path} serve                  按工作日定时采集、处理、成稿、发送")
    print(f"  4. siqing --config {cfg_path} web                    打开办公室工作台")
    return 0


def register(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]) -> None:
    p = add("init", cmd_init, "为一个人大常委会写出新的部署（siqing.yaml、sources.yaml 等），信息来源取自全国来源目录")
    p.add_argument("--home", required=True, metavar="REGION",
                   help="本部署服务的人大常委会所在地区：全称、无歧义的简称或区划代码")
    p.add_argument("dir", nargs="?", default="config", metavar="DIR", help="写入的目录（默认 config）")
    p.add_argument("--peers", action="store_true", help="外情来源再加入同级地区的人大（默认只含各省级人大）")
    p.add_argument("--force", action="store_true", help="目录中已有部署时覆盖")
