"""argparse's own words (usage, option groups, its error messages) in Chinese for office staff.

argparse looks each of its messages up through the module-level `_` (gettext) when it needs it, so
a table of its English message ids, installed once before the parser is built, turns `--help` and
usage errors Chinese without touching how arguments parse. The `error:` prefix of the one-line error
is kept: it is the command-line contract that scripts and checks rely on."""

from __future__ import annotations

import argparse

ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "多余的取值 %r",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "必须给出参数 %s 之一",
    "expected one argument": "需要一个取值",
    "expected at most one argument": "最多一个取值",
    "expected at least one argument": "至少需要一个取值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
    "unexpected option string: %s": "意外的选项 %s",
    "invalid %(type)s value: %(value)r": "取值 %(value)r 无效（应为 %(type)s）",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的取值 %(value)r（可选：%(choices)s）",
}


def _translate(message: str) -> str:
    return ZH.get(message, message)


def install() -> None:
    """Make argparse speak Chinese in this process (idempotent)."""
    argparse._ = _translate  # type: ignore[attr-defined]
