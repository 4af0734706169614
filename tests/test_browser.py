"""The portal in a real browser: Debian's chromium driven by Playwright, against a real uvicorn server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from harvester.store import Store
from publish.build import publish
from publish.serve import make_datasette
from tests.catalogue_data import fill

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (make test installs it as root)"),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def portal(store: Store, now: datetime, tmp_path: Path):
    import uvicorn

    fill(store, now)
    target = tmp_path / "catalogue.db"
    publish(store, target, now=now)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(make_datasette(target).app(), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_citizen_searches_and_sees_the_offer(portal: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{portal}/catalogue/offers")
        assert "One row per learning offer" in page.content()
        page.fill("input[name=_search]", "töpfern")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "_search=t%C3%B6pfern" in page.url
        rows = page.locator("table.rows-and-columns tbody tr")
        assert rows.count() == 1
        assert "Töpfern für Kinder" in rows.first.inner_text()
        page.screenshot(path=str(tmp_path / "search.png"))
        browser.close()
