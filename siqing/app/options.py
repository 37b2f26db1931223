"""What every command shares: the deployment named by --config, and argument types.

Kept apart from cli.py so that the command modules never import the module that discovers them.
"""

from __future__ import annotations

import argparse
from datetime import date

from siqing import config as config_mod


def parse_date(value: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def load_config(args: argparse.Namespace) -> config_mod.Config:
    """The deployment named by --config (or $SIQING_CONFIG, or config/siqing.yaml)."""
    return config_mod.load(args.config)
