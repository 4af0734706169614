"""The Events Calendar REST API: the paging spider, and a real paged crawl."""

from __future__ import annotations

import http.server
import json
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
import scrapy
from scrapy.http import TextResponse
from sqlalchemy import select

from harvester.store import Store
from schemas.tables import HarvestRun
from spiders import tribe as tribe_spider
from spiders.tribe import TribeSpider
from tests.conftest import make_source
from tests.crawl_helpers import run_cli
from tests.tribe_helpers import BERLIN, NOW, event, page

# --- the spider, without a reactor -------------------------------------------------------------------------------


def spider(url: str = "https://verein.example/wp-json/tribe/events/v1/events", **options: Any) -> TribeSpider:
    source = make_source("lindenfeld_verein", url=url, fmt="tribe", options=options)
    return TribeSpider(source=source, now=NOW)


def response(url: str, body: bytes, status: int = 200, number: int = 1) -> TextResponse:
    request = scrapy.Request(url, meta={"tribe_page": number})
    return TextResponse(url, body=body, status=status, request=request, encoding="utf-8")


def run(spider_: TribeSpider, resp: TextResponse) -> tuple[list[dict[str, Any]], list[scrapy.Request]]:
    items, requests = [], []
    for output in spider_.parse(resp):
        (requests if isinstance(output, scrapy.Request) else items).append(output)
    return items, requests


def test_first_url_adds_per_page_and_start_date() -> None:
    query = parse_qs(urlsplit(spider().first_url()).query)
    assert query == {"per_page": ["50"], "start_date": ["2025-02-01"]}
    query = parse_qs(urlsplit(spider(past_days=7).first_url()).query)
    assert query["start_date"] == ["2025-02-24"]
    kept = spider("https://v.example/wp-json/tribe/events/v1/events?per_page=10&start_date=2024-01-01&categories=kurse")
    assert parse_qs(urlsplit(kept.first_url()).query) == {
        "per_page": ["10"],
        "start_date": ["2024-01-01"],
        "categories": ["kurse"],
    }


def test_spider_follows_next_rest_url_and_ends_on_a_404_follow_up_page() -> None:
    s = spider()
    first = page(
        event(id=1),
        next_rest_url="http://www.verein.example/wp-json/tribe/events/v1/events?page=2",
        total=2,
        total_pages=2,
    )
    items, requests = run(s, response("https://verein.example/wp-json/tribe/events/v1/events", first))
    assert [i["record"]["source_ref"] for i in items] == ["1"]
    assert [r.url for r in requests] == ["https://verein.example/wp-json/tribe/events/v1/events?page=2"]
    items, requests = run(s, response(requests[0].url, page(event(id=2), total=2, total_pages=2), number=2))
    assert len(items) == 1 and requests == []
    gone = b'{"code":"event-archive-page-not-found","message":"x","data":{"status":404}}'
    assert run(s, response("https://verein.example/x?page=3", gone, 404, number=3)) == ([], [])
    assert s.error is None and s.full is True and s.records == 2 and s.state["pages"] == 2


def test_first_page_404_with_json_error_is_an_empty_successful_harvest() -> None:
    s = spider()
    body = b'{"code":"event-archive-page-not-found","message":"Keine Termine","data":{"status":404}}'
    assert run(s, response("https://verein.example/e", body, 404)) == ([], [])
    assert s.error is None and s.state is not None and s.full is True


@pytest.mark.parametrize(
    "body",
    [b"<html>Seite nicht gefunden</html>", b'{"code":"rest_no_route","message":"No route","data":{"status":404}}'],
)
def test_first_page_404_without_the_events_api_fails(body: bytes) -> None:
    s = spider()
    run(s, response("https://verein.example/e", body, 404))
    assert s.error is not None and "404" in s.error


def test_broken_or_cut_paging_is_not_a_full_harvest(monkeypatch: pytest.MonkeyPatch) -> None:
    s = spider()
    run(s, response("https://verein.example/e", page(event(id=1), total=100, total_pages=2)))
    assert s.error is None and s.full is False  # the API said 2 pages but gave no next page

    s = spider()
    run(
        s,
        response(
            "https://verein.example/e", page(event(), next_rest_url="https://verein.example/e?page=2", total_pages=3)
        ),
    )
    run(s, response("https://verein.example/e?page=2", b"<html>Fehler</html>", 404, number=2))
    assert s.error is None and s.full is False  # an HTML 404 before the announced last page

    monkeypatch.setattr(tribe_spider, "MAX_TRIBE_PAGES", 1)
    s = spider()
    _, requests = run(
        s, response("https://verein.example/e", page(event(), next_rest_url="https://verein.example/e?page=2"))
    )
    assert requests == [] and s.full is False

    s = spider()
    s.seen_urls.add("https://verein.example/e?page=1")
    _, requests = run(
        s,
        response(
            "https://verein.example/e?page=2", page(event(), next_rest_url="https://verein.example/e?page=1"), number=2
        ),
    )
    assert requests == [] and s.full is False


def test_next_page_on_another_host_is_counted_instead_of_followed() -> None:
    s = spider()
    _, [request] = run(
        s,
        response(
            "https://verein.example/e?per_page=50&page=1", page(event(), next_rest_url="https://evil.example/e?page=2")
        ),
    )
    assert request.url == "https://verein.example/e?per_page=50&page=2"


def test_unreadable_page_fails_the_harvest() -> None:
    s = spider()
    run(s, response("https://verein.example/e", b"<html>Wartungsarbeiten</html>"))
    assert s.error is not None and "not valid JSON" in s.error


# --- a real paged crawl -------------------------------------------------------------------------------------------


class TribeApi(http.server.BaseHTTPRequestHandler):
    """A small The Events Calendar API: honours page and per_page; past the last page answers 404.

    Like some real sites it writes a next_rest_url on the last page too, so the crawler meets the 404.
    """

    events: ClassVar[list[dict[str, Any]]] = []
    requests: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        type(self).requests.append(self.path)
        if parts.path != "/wp-json/tribe/events/v1/events":
            return self.answer(404, b"<html>not found</html>", "text/html")
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        number, per_page = int(query.get("page", 1)), int(query.get("per_page", 10))
        chunk = self.events[(number - 1) * per_page : number * per_page]
        if not chunk:
            body = {
                "code": "event-archive-page-not-found",
                "message": "Die Seite existiert nicht",
                "data": {"status": 404},
            }
            return self.answer(404, json.dumps(body).encode())
        host = f"http://{self.headers['Host']}"
        total_pages = -(-len(self.events) // per_page)
        body = {
            "events": chunk,
            "rest_url": f"{host}{self.path}",
            "total": len(self.events),
            "total_pages": total_pages,
            "next_rest_url": f"{host}{parts.path}?page={number + 1}&per_page={per_page}",
        }
        return self.answer(200, json.dumps(body).replace("/", "\\/").encode())

    def answer(self, status: int, body: bytes, content_type: str = "application/json; charset=UTF-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def upcoming_events(count: int) -> list[dict[str, Any]]:
    """Events from tomorrow on (the harvest subprocess reads the real clock)."""
    today = datetime.now(BERLIN).date()
    events = []
    for n in range(1, count + 1):
        start = datetime.combine(today + timedelta(days=n), datetime.min.time()).replace(hour=18, tzinfo=BERLIN)
        end = start + timedelta(hours=2)
        events.append(
            event(
                id=100 + n,
                title=f"Kurs Nummer {n}",
                url=f"https://verein.example/veranstaltung/kurs-{n}/",
                start_date=f"{start:%Y-%m-%d %H:%M:%S}",
                end_date=f"{end:%Y-%m-%d %H:%M:%S}",
                utc_start_date=f"{start.astimezone(UTC):%Y-%m-%d %H:%M:%S}",
                utc_end_date=f"{end.astimezone(UTC):%Y-%m-%d %H:%M:%S}",
                timezone_abbr=start.tzname(),
                cost="5 €",
                cost_details={"currency_symbol": "€", "currency_code": "EUR", "values": ["5"]},
                venue={"venue": "Vereinsheim", "address": "Am Anger 3", "city": "Lindenfeld", "zip": "34567"},
            )
        )
    return events


@pytest.fixture
def api() -> Iterator[str]:
    TribeApi.events, TribeApi.requests = upcoming_events(7), []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), TribeApi)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def harvest(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    sources = tmp_path / "sources.yml"
    sources.write_text(
        "sources:\n  - id: lindenfeld_verein\n    name: Heimatverein Lindenfeld\n    format: tribe\n"
        f"    url: {url}/wp-json/tribe/events/v1/events?per_page=3\n"
        "    provider: {id: verein, name: Heimatverein Lindenfeld, type: association}\n"
    )
    return run_cli(tmp_path, "harvest", "--sources", str(sources))


def test_real_crawl_reads_every_page_and_withdraws_a_vanished_event(api: str, tmp_path: Path) -> None:
    first = harvest(tmp_path, api)
    assert first.returncode == 0, first.stdout + first.stderr
    pages = [parse_qs(urlsplit(p).query) for p in TribeApi.requests if p.startswith("/wp-json")]
    assert [p.get("page", ["1"])[0] for p in pages] == ["1", "2", "3", "4"]
    assert pages[0]["per_page"] == ["3"] and "start_date" in pages[0]
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    stored = {offer.source_ref: offer for offer in store.offers("lindenfeld_verein")}
    assert sorted(stored) == [str(100 + n) for n in range(1, 8)]
    assert stored["101"].price_eur == 5.0 and stored["101"].location.locality == "Lindenfeld"
    assert stored["101"].start.hour == 18 and stored["101"].start.utcoffset() is not None

    TribeApi.events = [e for e in TribeApi.events if e["id"] != 105]
    second = harvest(tmp_path, api)
    assert second.returncode == 0, second.stdout + second.stderr
    with store.engine.connect() as conn:
        run_rows = list(conn.execute(select(HarvestRun).order_by(HarvestRun.id)))
    assert [(r.outcome, r.full) for r in run_rows] == [("ok", True), ("ok", True)]
    assert (run_rows[0].new, run_rows[1].withdrawn, run_rows[1].unchanged) == (7, 1, 6)
    assert store.offer("lindenfeld_verein:105").status == "withdrawn"
    assert store.offer("lindenfeld_verein:104").status == "scheduled"
