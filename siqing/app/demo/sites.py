"""The bundled sample sites: a small loopback HTTP server over siqing/app/demo/content/."""

from __future__ import annotations

import gzip
import json
import threading
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

CONTENT_DIR = Path(__file__).resolve().parent / "content"
DEFAULT_PORT = 8620

# Source entries for the sites (sources.yaml style); start URLs are paths on the one host:port.
_SITES: list[dict[str, Any]] = [
    {
        "id": "demo-npc",
        "name": "中国人大网",
        "level": "national",
        "region": "000000",
        "start_urls": ["/npc/c2/c30834/index.html", "/npc/c2/c5948/index.html"],
        "allowed_paths": ["/npc/"],
        "selectors": {"body": "#Zoom"},
    },
    {
        "id": "demo-govcn",
        "name": "中国政府网",
        "level": "national",
        "region": "000000",
        "start_urls": ["/govcn/zhengce/zuixin/index.html"],
        "allowed_paths": ["/govcn/"],
        "selectors": {"body": "#UCAP-CONTENT"},
    },
    {
        "id": "demo-sdrd",
        "name": "山东人大网",
        "level": "province",
        "region": "370000",
        "start_urls": ["/sdrd/lfgz/dfxfg/index.html"],
        "allowed_paths": ["/sdrd/"],
        "selectors": {"body": "div.TRS_Editor"},
    },
    {
        "id": "demo-jnrd",
        "name": "济南人大",
        "level": "city",
        "region": "370100",
        "start_urls": ["/jnrd/rdyw/index.html", "/jnrd/lfgz/index.html"],
        "allowed_paths": ["/jnrd/"],
        "selectors": {"body": "#content"},
    },
    {
        "id": "demo-lixia",
        "name": "历下区人大常委会",
        "level": "county",
        "region": "370102",
        "start_urls": ["/lixia/gzdt/index.html"],
        "allowed_paths": ["/lixia/"],
        "selectors": {"body": "#zoom"},
    },
    {
        "id": "demo-zjrd",
        "name": "浙江人大",
        "level": "province",
        "region": "330000",
        "start_urls": ["/zjrd/col/dfxfg/index.html"],
        "allowed_paths": ["/zjrd/"],
        "selectors": {"body": "div.zj-con"},
    },
]


def demo_sources(base_url: str) -> list[dict[str, Any]]:
    """Return the sources.yaml-style entries for the sample sites served at base_url."""
    base = base_url.rstrip("/")
    out = []
    for site in _SITES:
        entry = {**site, "listing": "listing"}
        entry["start_urls"] = [base + path for path in site["start_urls"]]
        entry["allowed_paths"] = list(site["allowed_paths"])
        entry["selectors"] = dict(site["selectors"])
        out.append(entry)
    return out


@cache
def load_routes(content_dir: Path = CONTENT_DIR) -> dict[str, dict[str, str]]:
    """Map URL paths to their stored file and content type."""
    with (content_dir / "routes.json").open(encoding="utf-8") as f:
        routes: dict[str, dict[str, str]] = json.load(f)
    return routes


def load_manifest(content_dir: Path = CONTENT_DIR) -> dict[str, Any]:
    """Return the manifest of sample articles with their expected kind for home 济南."""
    with (content_dir / "manifest.json").open(encoding="utf-8") as f:
        manifest: dict[str, Any] = json.load(f)
    return manifest


def read_page(path: str, content_dir: Path = CONTENT_DIR) -> tuple[bytes, str] | None:
    """Return (exact bytes, content type) served at a URL path, or None when unknown."""
    routes = load_routes(content_dir)
    if path.endswith("/"):
        path += "index.html"
    entry = routes.get(path)
    if entry is None:
        return None
    data = (content_dir / entry["file"]).read_bytes()
    if entry["file"].endswith(".gz"):
        data = gzip.decompress(data)
    return data, entry["content_type"]


class _Handler(BaseHTTPRequestHandler):
    """Serves stored pages byte for byte; 404 for anything else."""

    server_version = "SampleSites/1.0"
    protocol_version = "HTTP/1.1"
    content_dir: Path = CONTENT_DIR

    def _respond(self, with_body: bool) -> None:
        """Send the stored page (or a 404) for the request path."""
        path = unquote(urlsplit(self.path).path)
        found = read_page(path, self.content_dir)
        if found is None:
            body, ctype, status = (
                b"<html><body><h1>404 Not Found</h1></body></html>",
                "text/html; charset=utf-8",
                404,
            )
        else:
            (body, ctype), status = found, 200
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        """Answer GET."""
        self._respond(True)

    def do_HEAD(self) -> None:  # noqa: N802
        """Answer HEAD."""
        self._respond(False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Log nothing per request."""


class SampleSites:
    """The sample sites on 127.0.0.1, served from a daemon thread."""

    def __init__(
        self, port: int = DEFAULT_PORT, host: str = "127.0.0.1", content_dir: Path = CONTENT_DIR
    ) -> None:
        """Configure; port 0 picks a free port when started."""
        self.host = host
        self._port = port
        self.content_dir = content_dir
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port (the configured one until started)."""
        return self._server.server_address[1] if self._server else self._port

    @property
    def base_url(self) -> str:
        """Base URL such as http://127.0.0.1:8620."""
        return f"http://{self.host}:{self.port}"

    def sources(self) -> list[dict[str, Any]]:
        """The sources.yaml-style entries for this server."""
        return demo_sources(self.base_url)

    def start(self) -> SampleSites:
        """Bind and serve in a daemon thread; no-op when already running."""
        if self._server is not None:
            return self
        handler = type("SampleSitesHandler", (_Handler,), {"content_dir": self.content_dir})
        server = ThreadingHTTPServer((self.host, self._port), handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="siqing-sample-sites", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Shut the server down and release the port."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> SampleSites:
        """Start on entering a with-block."""
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop on leaving a with-block."""
        self.stop()
