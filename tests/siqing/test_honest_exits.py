"""Honest exits (issue 19 point 8): a crawl whose only source answers 404 exits 1 and says why;
a command whose reader closed the pipe stops quietly; log times carry the +08:00 zone."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import yaml

from siqing.app.cli import crawl_reasons, main
from siqing.app.demo.run import write_deployment
from siqing.app.demo.sites import SampleSites
from siqing.app.options import ShanghaiFormatter


def test_a_crawl_of_a_missing_page_exits_1_saying_why(tmp_path: Path, sample_sites: SampleSites, capsys) -> None:
    path = write_deployment(tmp_path / "d", sample_sites.port)
    src = {"id": "gone", "name": "已撤销的网站", "level": "city", "region": "370100", "allow_private": True,
           "start_urls": [f"{sample_sites.base_url}/nosuch/index.html"], "allowed_paths": ["/nosuch/"]}
    (tmp_path / "d" / "sources.yaml").write_text(yaml.safe_dump({"sources": [src]}, allow_unicode=True),
                                                 encoding="utf-8")
    assert main(["--config", str(path), "crawl"]) == 1
    err = capsys.readouterr().err
    assert "进度 1/1：gone 完成" in err  # a progress line per source, as each finishes
    assert "gone 没有采到内容" in err and "HTTP 404" in err and err.rstrip().splitlines()[-1].startswith("error: ")


def test_reasons_in_chinese() -> None:
    assert crawl_reasons({"errors": {}, "dropped": {"out_of_window": 9, "out_of_scope": 2}, "requests": 3}) == \
        "发布日期早于采集时间窗口 9 次；链接超出来源范围 2 次"
    assert "没有发出任何请求" in crawl_reasons({"errors": {}, "dropped": {}, "requests": 0})


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # `siqing extract big.html | head -c 100`: more than the pipe holds, the reader gone.
    page = tmp_path / "big.html"
    para = "<p>" + "全国人大常委会审议通过，并于次日公布施行。" * 20 + "</p>"
    page.write_text("<html><head><title>大页面</title></head><body><article>" + para * 300 + "</article></body></html>",
                    encoding="utf-8")
    for args in (["extract", str(page)],):
        with subprocess.Popen([sys.executable, "-m", "siqing.app.cli", *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            proc.stdout.read(100)
            proc.stdout.close()
            err = proc.stderr.read().decode()
            proc.stderr.close()
            proc.wait(timeout=60)
        assert "Traceback" not in err, err


def test_log_times_in_shanghai_with_the_zone() -> None:
    record = logging.LogRecord("siqing", logging.INFO, __file__, 1, "x", None, None)
    record.created = 0.0  # 1970-01-01 00:00 UTC
    assert ShanghaiFormatter("%(asctime)s").format(record) == "1970-01-01 08:00:00+08:00"


def test_serve_once_says_what_happened_in_chinese() -> None:
    from siqing.app.commands.serve import detail_text

    text = detail_text('{"run_id": 3, "status": "ok", "totals": {"new": 2, "requests": 9}}')
    assert text == "运行编号 3，状态 成功，合计 新增 2，请求 9"
    assert detail_text('{"action": "empty", "briefing_id": 4}') == "结果 本期无要情，简报编号 4"


def test_query_before_any_processing_says_what_to_do(tmp_path: Path, sample_sites: SampleSites, capsys) -> None:
    path = write_deployment(tmp_path / "d", sample_sites.port)
    assert main(["--config", str(path), "query", "-o", str(tmp_path / "x.csv")]) == 0
    assert "先运行 siqing crawl" in capsys.readouterr().err


def test_check_source_shows_dropped_links_by_reason(tmp_path: Path, capsys) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    links = "".join(f'<li><a href="http://elsewhere.example/news/{i}.html">外站新闻标题第{i}条内容</a>'
                    f"<span>2026-05-0{i}</span></li>" for i in range(1, 6))
    page = f"<html><body><ul class='list'>{links}</ul></body></html>".encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        path = write_deployment(tmp_path / "d", 1)
        src = {"id": "list", "name": "测试列表", "level": "city", "region": "370100", "allow_private": True,
               "start_urls": [f"http://127.0.0.1:{server.server_address[1]}/list/index.html"]}
        (tmp_path / "d" / "sources.yaml").write_text(yaml.safe_dump({"sources": [src]}, allow_unicode=True),
                                                     encoding="utf-8")
        main(["--config", str(path), "check-source", "list", "--articles", "0"])
    finally:
        server.shutdown()
        server.server_close()
    out = capsys.readouterr().out
    assert "丢弃的链接：链接超出来源范围 5 个" in out, out
