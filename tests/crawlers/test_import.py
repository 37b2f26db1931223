"""`siqing import`: real docx, pdf, xlsx, csv, txt and eml files into the documents table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from siqing.app.cli import main
from tests.crawlers.sitekit import documents, last_run, write_deployment

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture
def deployment(tmp_path: Path) -> Path:
    return write_deployment(tmp_path / "deploy", [])


def test_import_folder_idempotent_and_revisions(tmp_path: Path, deployment: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    files = tmp_path / "files"
    shutil.copytree(FIXTURES, files, ignore=shutil.ignore_patterns("*.py", "NOTICE"))
    db = deployment.parent / "siqing.db"
    assert main(["--config", str(deployment), "import", str(files)]) == 0
    err = capsys.readouterr().err
    assert "broken.pdf" in err  # the bad file is reported with its path; the others go on
    docs = {Path(d["origin_path"]).name: d for d in documents(db)}
    assert set(docs) == {"policy.docx", "policy.pdf", "policies.xlsx", "policies.csv", "notice.txt", "forward.eml"}
    assert all(d["origin"] == "import" and d["source_id"] == "local" for d in docs.values())
    assert docs["policy.docx"]["title"] == "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见"
    assert "国发〔2019〕5号" in docs["policy.docx"]["body"]
    assert docs["policy.pdf"]["title"].startswith("国务院办公厅关于有效发挥政府性融资担保基金作用")
    assert "融资担保" in docs["policy.pdf"]["body"]
    assert "国发〔2019〕5号" in docs["policies.xlsx"]["body"]
    assert "gov.cn" in docs["policies.csv"]["body"]
    assert docs["notice.txt"]["title"] == "国务院关于印发国家职业教育改革实施方案的通知"  # GB18030 decoded
    assert docs["forward.eml"]["title"].startswith("转发：国务院办公厅关于加强三级公立医院绩效考核工作的意见")
    assert docs["forward.eml"]["published_at"] == "2024-06-24"
    assert docs["policy.docx"]["canonical_url"] == (files / "policy.docx").resolve().as_uri()
    run = last_run(db)
    assert run["job"] == "import" and run["counts"]["totals"]["new"] == 6 and run["counts"]["failed"] == 1
    assert run["counts"]["failures"][0]["path"].endswith("broken.pdf")

    # Again: nothing new. Then a changed file becomes revision 2 of the same document.
    assert main(["--config", str(deployment), "import", str(files)]) == 0
    assert len(documents(db)) == 6
    assert last_run(db)["counts"]["totals"]["unchanged"] == 6
    txt = files / "sub" / "notice.txt"
    txt.write_bytes(txt.read_bytes() + "\n附件：职业教育改革实施方案（补充说明）".encode("gb18030"))
    assert main(["--config", str(deployment), "import", str(txt)]) == 0
    notice = next(d for d in documents(db) if d["origin_path"].endswith("notice.txt"))
    assert notice["revision"] == 2 and "补充说明" in notice["body"]


def test_import_missing_path_is_usage_error(deployment: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(deployment), "import", "/nonexistent/file.docx"]) == 2
    assert "/nonexistent/file.docx" in capsys.readouterr().err
