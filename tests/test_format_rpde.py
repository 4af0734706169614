"""OpenActive RPDE: the page parser, the spider's paging guards, and real incremental crawls of a live feed."""

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
from zoneinfo import ZoneInfo

import pytest
import scrapy
from scrapy.http import TextResponse
from sqlalchemy import select

from harvester.check import check
from harvester.formats import FormatError
from harvester.formats.rpde import RpdePage, parse_rpde, rpde_page
from harvester.store import Store
from schemas.tables import HarvestRun
from spiders import rpde as rpde_spider
from spiders.rpde import RpdeSpider
from tests.conftest import make_source
from tests.crawl_helpers import run_cli

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "rpde"
FEED = "https://oa.example/feeds/session-series"


def session_series(name: str, start: str = "2025-03-10T17:00:00Z", **fields: Any) -> dict[str, Any]:
    return {
        "@context": "https://openactive.io/",
        "@type": "SessionSeries",
        "name": name,
        "subEvent": [{"@type": "ScheduledSession", "startDate": start, "duration": "PT1H"}],
        **fields,
    }


def feed_page(items: list[dict[str, Any]], next_url: str = f"{FEED}?afterTimestamp=2&afterId=b") -> bytes:
    return json.dumps(
        {"next": next_url, "items": items, "license": "https://creativecommons.org/licenses/by/4.0/"}
    ).encode()


def parse(content: bytes, url: str = FEED) -> list[dict[str, Any]]:
    return list(parse_rpde(content, base_url=url, timezone=BERLIN, now=NOW))


# -- the page -----------------------------------------------------------------------------------------


def test_updated_items_are_records_and_deleted_items_are_deletions() -> None:
    found = parse(
        feed_page(
            [
                {
                    "state": "updated",
                    "kind": "SessionSeries",
                    "id": "a",
                    "modified": 1740787200,
                    "data": session_series("Yoga"),
                },
                {"state": "deleted", "kind": "SessionSeries", "id": "b", "modified": 1740787300},
            ]
        )
    )
    assert found[1] == {"_deleted": "b"}
    record = found[0]
    assert (record["title"], record["source_ref"]) == ("Yoga", "a")  # the item id, not the data's @id
    assert record["source_modified_at"] == datetime(2025, 3, 1, tzinfo=UTC)
    assert record["sessions"] == [{"start": "2025-03-10T17:00:00Z", "end": "2025-03-10T18:00:00+00:00"}]


@pytest.mark.parametrize(
    ("modified", "expected"),
    [
        (1740787200, datetime(2025, 3, 1, tzinfo=UTC)),  # epoch seconds
        (1740787200000, datetime(2025, 3, 1, tzinfo=UTC)),  # epoch milliseconds
        (638763840000000000, datetime(2025, 3, 1, tzinfo=UTC)),  # .NET ticks
        (4711, None),  # a change number says nothing about time
        ("2025-03-01T00:00:00Z", "2025-03-01T00:00:00Z"),
    ],
)
def test_modified_is_an_instant_only_when_it_is_one(modified: Any, expected: Any) -> None:
    (record,) = parse(feed_page([{"state": "updated", "id": 1, "modified": modified, "data": session_series("A")}]))
    assert record.get("source_modified_at") == expected


def test_data_date_modified_wins_over_the_item_modified() -> None:
    data = session_series("A", dateModified="2025-02-27T10:00:00Z")
    (record,) = parse(feed_page([{"state": "updated", "id": 1, "modified": 1740787200, "data": data}]))
    assert record["source_modified_at"] == "2025-02-27T10:00:00Z"


def test_odd_items_are_rejected_not_fatal_and_non_events_are_skipped() -> None:
    found = parse(
        feed_page(
            [
                "kaputt",
                {"state": "updated", "id": 2},
                {"state": "gone", "id": 3},
                {"state": "updated", "id": 4, "data": {"@type": "FacilityUse", "name": "Halle"}},
                {"state": "deleted"},
                {"state": "updated", "id": 5, "data": session_series("")},
            ]
        )
    )
    reasons = [record.get("_reject") for record in found]
    assert reasons[:3] == [
        "item 1 is not an object",
        "item 2: state 'updated' without data",
        "item 3: unknown state 'gone'",
    ]
    assert len(found) == 4 and found[3]["title"] == ""  # the normaliser rejects the missing title


def test_split_feed_session_links_its_series_within_the_page() -> None:
    series = {**session_series("Schwimmkurs"), "@id": "https://oa.example/series/7", "subEvent": []}
    session = {
        "@type": "ScheduledSession",
        "@id": "https://oa.example/sessions/70",
        "startDate": "2025-03-12T16:00:00Z",
        "superEvent": "https://oa.example/series/7",
    }
    found = parse(
        feed_page(
            [{"state": "updated", "id": "s7", "data": series}, {"state": "updated", "id": "x70", "data": session}]
        )
    )
    assert [(r["title"], r["source_ref"]) for r in found] == [("Schwimmkurs", "s7"), ("Schwimmkurs", "x70")]
    assert found[1]["start"] == "2025-03-12T16:00:00Z"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html></html>", "not valid JSON"),
        (b'["items"]', "not an RPDE page"),
        (b'{"next": "x", "data": []}', "not an RPDE page"),
        (b'{"items": {"a": 1}}', "not an RPDE page"),
    ],
)
def test_unreadable_pages_raise_format_error(content: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        parse(content)


def test_too_many_items_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("harvester.formats.rpde.MAX_ITEMS_PER_PAGE", 2)
    with pytest.raises(FormatError, match="more than the 2"):
        parse(feed_page([{"state": "deleted", "id": n} for n in range(3)]))


def test_latin1_bytes_and_html_in_descriptions_reach_the_normaliser() -> None:
    data = session_series("Nähen", description="<p>Stoff & Faden</p><script>x()</script>")
    content = feed_page([{"state": "updated", "id": 1, "data": data}]).decode().encode("utf-8")
    (record,) = parse(content.replace("Nähen".encode(), "Nähen".encode("cp1252")))
    assert record["title"] == "Nähen" and record["description"].startswith("<p>")


def test_rpde_page_tells_the_last_page() -> None:
    last = f"{FEED}?afterId=b&afterTimestamp=2"
    assert rpde_page(feed_page([], next_url=last), url=f"{FEED}?afterTimestamp=2&afterId=b") == RpdePage(
        next_url=last, is_last=True, items_count=0, license="https://creativecommons.org/licenses/by/4.0/"
    )
    moving = rpde_page(feed_page([{"state": "deleted", "id": 1}]), url=FEED)
    assert (moving.is_last, moving.items_count) == (False, 1)
    relative = rpde_page(
        b'{"next": "?afterChangeNumber=9", "items": [], "licence": "L"}', url=f"{FEED}?afterChangeNumber=3"
    )
    assert (relative.next_url, relative.is_last, relative.license) == (f"{FEED}?afterChangeNumber=9", False, "L")


def test_check_counts_deleted_items_apart_from_offers_and_rejects() -> None:
    path = FIXTURES / "hollerbach_fbs_kursinstanzen.json"
    result = check(str(path), format_name="rpde", timezone="Europe/Berlin", now=NOW)
    assert result.deleted == ["2071"] and len(result.offers) == 3 and result.rejects == []


# -- the spider ---------------------------------------------------------------------------------------


def spider(state: dict[str, Any] | None = None) -> RpdeSpider:
    return RpdeSpider(source=make_source("wendelstadt_familienzentrum", url=FEED, fmt="rpde"), now=NOW, state=state)


def response(url: str, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> TextResponse:
    return TextResponse(
        url, body=body, status=status, request=scrapy.Request(url), encoding="utf-8", headers=headers or {}
    )


def run(spider_: RpdeSpider, resp: TextResponse) -> tuple[list[dict[str, Any]], list[scrapy.Request]]:
    items, requests = [], []
    for output in spider_.parse(resp):
        (requests if isinstance(output, scrapy.Request) else items).append(output)
    return items, requests


def test_spider_starts_at_the_stored_position_and_is_never_full() -> None:
    assert [r.url for r in spider().start_requests()] == [FEED]
    resumed = spider({"next": f"{FEED}?afterTimestamp=9&afterId=z"})
    assert [r.url for r in resumed.start_requests()] == [f"{FEED}?afterTimestamp=9&afterId=z"]
    assert resumed.full is False


def test_spider_follows_next_and_stores_the_last_page_position() -> None:
    s = spider()
    items, requests = run(s, response(FEED, feed_page([{"state": "deleted", "id": "a"}], next_url=f"{FEED}?p=2")))
    assert [r.url for r in requests] == [f"{FEED}?p=2"] and len(items) == 1 and s.state is None
    items, requests = run(s, response(f"{FEED}?p=2", feed_page([], next_url=f"{FEED}?p=2")))
    assert (items, requests, s.state, s.error) == ([], [], {"next": f"{FEED}?p=2"}, None)


def test_next_that_does_not_advance_is_an_error() -> None:
    s = spider()
    run(s, response(FEED, feed_page([{"state": "deleted", "id": "a"}], next_url=FEED)))
    assert s.error and "does not advance" in s.error and s.state is None
    again = spider()
    body = feed_page([{"state": "deleted", "id": "a"}], next_url=f"{FEED}?p=2")
    run(again, response(f"{FEED}?p=2", body))
    items, _ = run(again, response(f"{FEED}?p=2", body))
    assert items == [] and again.error and "does not advance" in again.error


def test_503_fails_the_harvest_and_keeps_the_position() -> None:
    s = spider({"next": f"{FEED}?p=5"})
    items, requests = run(s, response(f"{FEED}?p=5", b"busy", status=503, headers={"Retry-After": "120"}))
    assert (items, requests, s.state) == ([], [], None)
    assert s.error and "HTTP 503, Retry-After 120" in s.error
    assert 503 not in RpdeSpider.custom_settings["RETRY_HTTP_CODES"]


def test_page_cap_stores_the_position_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rpde_spider, "MAX_RPDE_PAGES_PER_HARVEST", 1)
    s = spider()
    _, requests = run(s, response(FEED, feed_page([{"state": "deleted", "id": "a"}], next_url=f"{FEED}?p=2")))
    assert requests == [] and s.state == {"next": f"{FEED}?p=2"} and s.error is None


def test_unreadable_page_fails() -> None:
    s = spider()
    run(s, response(FEED, b"<html>Wartung</html>"))
    assert s.error and "could not be read" in s.error


def test_an_item_deleted_after_its_update_in_the_same_harvest_stays_deleted() -> None:
    s = spider()
    s.offers = [type("Offer", (), {"source_ref": "a"})(), type("Offer", (), {"source_ref": "b"})()]
    run(
        s,
        response(
            FEED, feed_page([{"state": "updated", "id": "a", "data": session_series("A")}], next_url=f"{FEED}?p=2")
        ),
    )
    run(s, response(f"{FEED}?p=2", feed_page([{"state": "deleted", "id": "a"}], next_url=f"{FEED}?p=3")))
    assert [offer.source_ref for offer in s.offers] == ["b"]


# -- real crawls against a publisher that implements the paging query correctly ------------------------


class Publisher(http.server.BaseHTTPRequestHandler):
    """An RPDE publisher: ``WHERE (modified = ts AND id > id) OR modified > ts ORDER BY modified, id``,
    or ``WHERE change > n ORDER BY change``; two items a page."""

    mode = "timestamp"
    rows: ClassVar[list[dict[str, Any]]] = []
    requests: ClassVar[list[str]] = []
    limit = 2
    clock = 1_740_787_200
    changes = 100

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if not self.path.startswith("/feed"):
            self.send_error(404)
            return
        type(self).requests.append(self.path)
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        rows = sorted(self.rows, key=self.order)
        if self.mode == "timestamp":
            ts, after = int(query.get("afterTimestamp", -1)), query.get("afterId", "")
            rows = [r for r in rows if (r["modified"] == ts and r["id"] > after) or r["modified"] > ts]
        else:
            number = int(query.get("afterChangeNumber", -1))
            rows = [r for r in rows if r["change"] > number]
        page = rows[: self.limit]
        own = f"http://{self.headers['Host']}{self.path}"
        if not page:
            next_url = own
        elif self.mode == "timestamp":
            next_url = (
                f"http://{self.headers['Host']}/feed?afterTimestamp={page[-1]['modified']}&afterId={page[-1]['id']}"
            )
        else:
            next_url = f"http://{self.headers['Host']}/feed?afterChangeNumber={page[-1]['change']}"
        items = [
            {
                "state": r["state"],
                "kind": "SessionSeries",
                "id": r["id"],
                "modified": r["modified"] if self.mode == "timestamp" else r["change"],
                **({"data": r["data"]} if r["state"] == "updated" else {}),
            }
            for r in page
        ]
        body = json.dumps({"next": next_url, "items": items, "license": "https://creativecommons.org/licenses/by/4.0/"})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def order(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return (row["modified"], row["id"]) if self.mode == "timestamp" else (row["change"],)

    @classmethod
    def put(cls, item_id: str, name: str | None) -> None:
        """Insert, update (name) or delete (None) an item, as the publisher's database would."""
        cls.changes += 1
        cls.rows[:] = [row for row in cls.rows if row["id"] != item_id]
        start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=10)
        data = session_series(name, start=start.isoformat().replace("+00:00", "Z")) if name else None
        cls.rows.append(
            {
                "id": item_id,
                "modified": cls.clock,
                "change": cls.changes,
                "state": "updated" if name else "deleted",
                "data": data,
            }
        )


def publisher_of(mode: str) -> type[Publisher]:
    """A publisher with its own rows and request log, holding four items (three share a timestamp)."""
    feed = type(f"{mode.title()}Publisher", (Publisher,), {"mode": mode, "rows": [], "requests": []})
    for n, item_id in enumerate(["a1", "a2", "a3", "a4"]):
        feed.clock = 1_740_787_200 + n // 3  # a page ends inside a run of equal timestamps: afterId decides
        feed.put(item_id, f"Kurs {item_id}")
    return feed


@pytest.fixture
def publishers() -> Iterator[dict[str, tuple[type[Publisher], str]]]:
    """Two live feeds, one paged by afterTimestamp+afterId, one by afterChangeNumber."""
    servers, feeds = [], {}
    for source_id, mode in (("wendelstadt_zeitstempel", "timestamp"), ("hollerbach_aenderungsnummer", "changenumber")):
        feed = publisher_of(mode)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), feed)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        feeds[source_id] = (feed, f"http://127.0.0.1:{server.server_address[1]}")
    yield feeds
    for server in servers:
        server.shutdown()


def harvest(tmp_path: Path, feeds: dict[str, tuple[type[Publisher], str]]) -> subprocess.CompletedProcess[str]:
    sources = tmp_path / "sources.yml"
    entries = "".join(
        f"  - id: {source_id}\n    name: Feed {source_id}\n    format: rpde\n    url: {url}/feed\n"
        f"    provider: {{id: {source_id.split('_')[0]}, name: Anbieter, type: association}}\n"
        for source_id, (_, url) in feeds.items()
    )
    sources.write_text("sources:\n" + entries)
    return run_cli(tmp_path, "harvest", "--sources", str(sources))


def test_real_crawl_resumes_after_the_stored_position_in_both_orderings(
    publishers: dict[str, tuple[type[Publisher], str]], tmp_path: Path
) -> None:
    first = harvest(tmp_path, publishers)
    assert first.returncode == 0, first.stdout + first.stderr
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    positions = {}
    for source_id, (feed, url) in publishers.items():
        assert len(feed.requests) == 3, (feed.mode, feed.requests)  # 2 + 2 items, then the last page
        assert sorted(offer.source_ref for offer in store.offers(source_id)) == ["a1", "a2", "a3", "a4"]
        positions[source_id] = store.source_state(source_id)["next"]
        assert positions[source_id] == url + feed.requests[-1]
        feed.clock += 10
        feed.put("a2", "Kurs a2 (neuer Raum)")
        feed.put("a4", None)
        feed.requests = []

    second = harvest(tmp_path, publishers)
    assert second.returncode == 0, second.stdout + second.stderr
    for source_id, (feed, url) in publishers.items():
        assert url + feed.requests[0] == positions[source_id]  # only the pages after the stored position
        assert len(feed.requests) == 2 and "/feed" not in feed.requests, (feed.mode, feed.requests)
        offers = {offer.source_ref: offer for offer in store.offers(source_id)}
        assert offers["a2"].title == "Kurs a2 (neuer Raum)" and offers["a4"].status == "withdrawn"
        assert {offers[ref].status for ref in ("a1", "a3")} == {"scheduled"}
        with store.engine.connect() as conn:
            runs = list(
                conn.execute(select(HarvestRun).where(HarvestRun.source_id == source_id).order_by(HarvestRun.id))
            )
        assert [(r.outcome, r.full, r.new, r.changed, r.withdrawn) for r in runs] == [
            ("ok", False, 4, 0, 0),
            ("ok", False, 0, 1, 1),
        ]


def test_real_crawl_503_fails_the_harvest_without_retrying_and_keeps_nothing(tmp_path: Path) -> None:
    feed = publisher_of("changenumber")

    class Busy(feed):  # type: ignore[valid-type, misc]
        def do_GET(self) -> None:
            if self.path.startswith("/feed?"):  # the first page answers, the next one is busy
                type(self).requests.append(self.path)
                self.send_response(503)
                self.send_header("Retry-After", "600")
                self.end_headers()
                return
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = harvest(
            tmp_path, {"hollerbach_aenderungsnummer": (Busy, f"http://127.0.0.1:{server.server_address[1]}")}
        )
    finally:
        server.shutdown()
    assert result.returncode == 1 and "HTTP 503" in result.stdout + result.stderr
    assert Busy.requests == ["/feed", "/feed?afterChangeNumber=102"]  # no immediate retry of the busy page
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    assert list(store.offers("hollerbach_aenderungsnummer")) == []  # a failed harvest changes nothing
    assert store.source_state("hollerbach_aenderungsnummer") is None
