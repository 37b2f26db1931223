"""What every command shares: the deployment named by --config, and argument types.

Kept apart from cli.py so that the command modules never import the module that discovers them.
"""

from __future__ import annotations

import argparse
import logging
from datetime import date

from siqing import config as config_mod


def parse_date(value: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def kind_arg(value: str) -> str:
    """argparse type for a kind: upper/lower/external/internal or 上情/下情/外情/内情."""
    from siqing.errors import UsageError
    from siqing.kinds import parse_kind

    try:
        return parse_kind(value)
    except UsageError:
        raise argparse.ArgumentTypeError(f"类别应为 上情/下情/外情/内情（或 upper/lower/external/internal），不是 {value!r}") from None


KIND_HELP = "上情 upper | 下情 lower | 外情 external | 内情 internal"


def load_config(args: argparse.Namespace) -> config_mod.Config:
    """The deployment named by --config (or $SIQING_CONFIG, or config/siqing.yaml)."""
    return config_mod.load(args.config)


class ShanghaiFormatter(logging.Formatter):
    """Log times in the office's zone with the offset written: 2026-05-06 06:45:00+08:00."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        from datetime import datetime

        from siqing import clock

        return datetime.fromtimestamp(record.created, clock.CST).isoformat(sep=" ", timespec="seconds")
