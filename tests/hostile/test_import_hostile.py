"""Hostile files given to `siqing import`: each refused with its name and a reason in Chinese, exit 1,
nothing stored, memory bounded; symbolic links out of the tree skipped; tables one document a row."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from siqing.app.cli import main
from tests.crawlers.sitekit import documents, last_run, write_deployment
from tests.hostile.inputs import docx_bomb, hostile_files

REPO = Path(__file__).resolve().parents[2]
CJK = "一二三四五六七八九十"


@pytest.fixture
def deployment(tmp_path: Path) -> Path:
    return write_deployment(tmp_path / "deploy", [])


def test_every_hostile_file_refused_and_nothing_stored(tmp_path: Path, deployment: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    files = hostile_files(tmp_path / "in", bomb_mib=64)
    assert main(["--config", str(deployment), "import", str(tmp_path / "in")]) == 1
    err = capsys.readouterr().err.splitlines()
    for name in files:
        line = next((ln for ln in err if name in ln), None)
        assert line is not None and line.startswith("error: "), name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in line), line  # the reason is said in Chinese
    assert documents(deployment.parent / "siqing.db") == []
    run = last_run(deployment.parent / "siqing.db")
    assert run["counts"]["totals"]["new"] == 0
    assert run["counts"]["failed"] + run["counts"]["skipped"] == len(files)


def test_two_gigabyte_docx_bomb_refused_within_memory_cap(tmp_path: Path, deployment: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_bomb(2048))
    assert bomb.stat().st_size < 3 * 1024 * 1024  # 2 MB on disk, 2 GiB inflated
    # VmHWM, not ru_maxrss: the latter keeps the forking pytest process's size across exec.
    probe = ("import sys\nfrom siqing.app.cli import main\n"
             "code = main(['--config', sys.argv[1], 'import', sys.argv[2]])\n"
             "print(int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]))\nsys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(deployment), str(bomb)], capture_output=True,
                          text=True, cwd=REPO)
    assert proc.returncode == 1, proc.stderr
    assert "bomb.docx" in proc.stderr and "压缩炸弹" in proc.stderr
    peak_mib = int(proc.stdout.split()[-1]) / 1024
    assert peak_mib < 300


def test_unsupported_doc_named_exits_nonzero(tmp_path: Path, deployment: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "旧格式.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert main(["--config", str(deployment), "import", str(doc)]) == 1
    err = capsys.readouterr().err
    assert "旧格式.doc" in err and "另存为 .docx" in err


def test_directory_import_never_follows_links_out_of_the_tree(tmp_path: Path, deployment: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "passwd.txt").write_text("不应导入的机密文件内容" * 5, encoding="utf-8")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "ok.txt").write_text("区人大常委会召开主任会议\n会议研究了本月工作安排。" * 3, encoding="utf-8")
    os.symlink(outside / "passwd.txt", tree / "link-out.txt")
    os.symlink(outside, tree / "dir-out")
    os.symlink(tree, tree / "sub" / "loop")
    os.symlink(tree / "sub" / "ok.txt", tree / "inside.txt")  # a link within the tree is fine
    os.symlink(tree / "missing.txt", tree / "dangling.txt")
    assert main(["--config", str(deployment), "import", str(tree), "--config", str(deployment)]) == 0
    err = capsys.readouterr().err
    stored = documents(deployment.parent / "siqing.db")
    assert all("机密" not in d["body"] for d in stored)
    assert {Path(d["origin_path"]).name for d in stored} == {"ok.txt", "inside.txt"}
    assert "link-out.txt" in err and "dir-out" in err and "dangling.txt" in err


def test_table_import_one_document_per_row_with_skips(tmp_path: Path, deployment: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "标题", "日期", "内容", "报送单位", "链接"])
    ws.append([1, "历下区人大常委会开展代表视察活动", "2024-06-03", "组织部分市区人大代表视察重点项目建设情况。" * 2,
               "历下区人大办", "http://www.lixia.gov.cn/a/1.html"])
    ws.append([2, "", "2024-06-04", "没有标题的一行内容，应被跳过并报告原因。", "市中区", ""])
    ws.append([3, "槐荫区人大常委会审议财政预算调整方案", "2024年6月5日", "", "槐荫区", ""])
    ws.append([4, "天桥区召开人大工作座谈会" + CJK * 50, "2024/6/6", "座谈会交流了各街道人大工作经验做法。" * 2,
               "", ""])
    ws.append([5, "长清区人大常委会听取报告", "不详的日子", "听取并审议区政府关于民生实事的报告。" * 2, "", ""])
    path = tmp_path / "区县周报.xlsx"
    wb.save(path)
    assert main(["--config", str(deployment), "import", str(path)]) == 0
    stored = documents(deployment.parent / "siqing.db")
    assert [d["title"][:14] for d in stored] == ["历下区人大常委会开展代表视察", "天桥区召开人大工作座谈会一二"]
    assert stored[0]["url"] == "http://www.lixia.gov.cn/a/1.html" and stored[0]["published_at"] == "2024-06-03"
    assert stored[1]["published_at"] == "2024-06-06" and len(stored[1]["title"]) <= 200
    skipped = last_run(deployment.parent / "siqing.db")["counts"]["rows_skipped"]
    assert [(s["line"], s["reason"][:4]) for s in skipped] == [(3, "没有标题"), (4, "没有正文"), (6, "日期无法")]
    out, err = capsys.readouterr()
    assert "表格按行导入 2 行，跳过 3 行" in out and "第 4 行：没有正文" in err
    # Again: the same rows, nothing new.
    assert main(["--config", str(deployment), "import", str(path)]) == 0
    assert len(documents(deployment.parent / "siqing.db")) == 2


def test_huge_file_refused_before_reading(tmp_path: Path, deployment: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: no disk used
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    assert main(["--config", str(deployment), "import", str(big)]) == 1
    assert "huge.txt" in capsys.readouterr().err
    assert documents(deployment.parent / "siqing.db") == []
    assert (soft, hard) == resource.getrlimit(resource.RLIMIT_AS)


def test_hostile_titles_capped_and_cleaned(tmp_path: Path, deployment: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text("\u202e标题\x07" + "长" * 100_000 + "\n正文内容：区人大常委会召开会议研究工作。", encoding="utf-8")
    assert main(["--config", str(deployment), "import", str(f)]) == 0
    (doc,) = documents(deployment.parent / "siqing.db")
    assert len(doc["title"]) <= 200 and doc["title"].startswith("标题长")  # no bidi override, no BEL
