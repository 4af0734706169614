"""A real local HTTP server for a folder of sample sites (the demo and the tests).

Like a plain static web server it answers Last-Modified and ETag and honours conditional
requests with 304, so harvests against it exercise the real conditional-GET path.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit

CONTENT_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".yml": "text/yaml",
}


def query_file(path: Path, query: str) -> Path:
    """Where a static site keeps the answer to ``path?query``: ``path__<query, percent-encoded>``.

    Lets static sample sites serve paged APIs (The Events Calendar's ``?page=2``, RPDE's
    ``?afterTimestamp=…&afterId=…``) exactly at the URLs a real publisher uses.
    """
    return path.with_name(f"{path.name}__{quote(query, safe='')}")


def etag_of(path: Path) -> str:
    stat = path.stat()
    return '"' + hashlib.sha1(f"{stat.st_mtime_ns}-{stat.st_size}".encode()).hexdigest() + '"'


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map, **CONTENT_TYPES}

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        local = super().translate_path(path)
        query = urlsplit(path).query
        if query:
            candidate = query_file(Path(local), query)
            if candidate.is_file():
                return str(candidate)
        return local

    def guess_type(self, path: Any) -> str:
        name = str(path).split("__", 1)[0]
        return super().guess_type(name) if "." in Path(name).name else "application/json"

    def end_headers(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_file():
            self.send_header("ETag", etag_of(path))
        super().end_headers()

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_file() and self.headers.get("If-None-Match") == etag_of(path):
            self.send_response(304)
            self.end_headers()
            return None
        return super().send_head()


def serve_folder(root: Path, *, host: str = "127.0.0.1", port: int = 0) -> http.server.ThreadingHTTPServer:
    """Start serving root in a daemon thread; the caller calls .shutdown(). Port 0 picks a free one."""
    handler = functools.partial(SiteHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name=f"sites:{server.server_address[1]}", daemon=True).start()
    return server


def base_url(server: http.server.ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"
