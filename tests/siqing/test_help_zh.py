"""`--help` and usage errors in Chinese, to the last word argparse adds (issue 19); the one-line
`error:` prefix of the command-line contract kept."""

from __future__ import annotations

import re

import pytest

from siqing.app.cli import main

COMMANDS = ["demo", "crawl", "process", "brief", "status", "extract", "backup", "restore", "browse", "check", "classify",
            "evaluate", "train", "check-source", "import", "init", "label", "migrate", "query", "send", "serve", "stats",
            "user", "web", "worker", "draft list", "draft show", "draft edit", "draft approve"]


@pytest.mark.parametrize("argv", [["--help"]] + [[*c.split(), "--help"] for c in COMMANDS])
def test_help_has_no_english_sentences(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and out.startswith("用法：") and "选项" in out
    # option names, metavars and example values may be Latin; sentences may not
    assert not re.search(r"\b(?:usage|options|show this help|positional arguments)\b", out), out
    words = re.sub(r"\[[^\]]*\]|--?[\w-]+|[A-Z_]{2,}|siqing [a-z -]+", "", out)
    assert not re.search(r"[A-Za-z]+ [a-z]+ [a-z]+", words), out


def test_usage_errors_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "error: 参数 COMMAND：无效的取值 'no-such-command'" in err and "用法：" in err
