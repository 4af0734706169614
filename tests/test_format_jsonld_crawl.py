"""schema.org JSON-LD in HTML pages: the listing/sitemap spider and a real crawl."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import scrapy
from scrapy.http import HtmlResponse
from sqlalchemy import select

from harvester.sites import base_url, serve_folder
from harvester.store import Store
from schemas.tables import HarvestRun
from spiders.jsonld import JsonLdSpider
from tests.conftest import make_source
from tests.crawl_helpers import run_cli
from tests.jsonld_helpers import BERLIN, NOW, page

# -- the spider --------------------------------------------------------------------------------------


def spider(**options: Any) -> JsonLdSpider:
    return JsonLdSpider(
        source=make_source("lindenhain_buecherei", url="https://b.example/liste", fmt="jsonld", options=options),
        now=NOW,
    )


def html_response(url: str, body: bytes) -> HtmlResponse:
    return HtmlResponse(url, body=body, request=scrapy.Request(url), encoding="utf-8")


def test_listing_follows_detail_links_and_next_page_up_to_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("spiders.jsonld.MAX_LISTING_PAGES", 2)
    s = spider(follow="a.event::attr(href)", next_page="a.next::attr(href)")
    body = (
        b'<html><body><a class="event" href="/e/1">1</a><a class="event" href="/e/2">2</a>'
        b'<a class="next" href="?page=2">weiter</a></body></html>'
    )
    first = list(s.parse_listing(html_response("https://b.example/liste", body)))
    assert [r.url for r in first] == [
        "https://b.example/e/1",
        "https://b.example/e/2",
        "https://b.example/liste?page=2",
    ]
    second = list(s.parse_listing(html_response("https://b.example/liste?page=2", body)))
    assert second == [] and s.full is False  # same links again, and the listing cap reached
    assert s.error is None and s.state is not None


def test_listing_without_links_is_not_full_and_a_broken_selector_fails() -> None:
    s = spider(follow="a.event::attr(href)")
    list(s.parse_listing(html_response("https://b.example/liste", b"<html><body>leer</body></html>")))
    assert s.full is False and s.error is None
    broken = spider(follow="a[[")
    list(broken.parse_listing(html_response("https://b.example/liste", b"<html></html>")))
    assert broken.error and "selector" in broken.error


def test_unreadable_detail_page_is_a_warning_not_a_failure() -> None:
    s = spider(follow="a")
    items = list(s.parse_detail(html_response("https://b.example/e/1", b"%PDF-1.4 \x00\x00")))
    assert items == [] and s.full is False and s.error is None and "could not be read" in s.warnings[0]


def test_sitemap_index_and_pattern() -> None:
    s = spider(sitemap=True, sitemap_pattern=r"/veranstaltung/")
    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://b.example/sitemap-events.xml</loc></sitemap></sitemapindex>"
    )
    (request,) = list(s.parse_sitemap(html_response("https://b.example/sitemap.xml", index)))
    assert request.url == "https://b.example/sitemap-events.xml"
    urlset = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://b.example/veranstaltung/a</loc></url><url><loc>https://b.example/impressum</loc></url>"
        b"</urlset>"
    )
    requests = list(s.parse_sitemap(html_response(request.url, urlset)))
    assert [r.url for r in requests] == ["https://b.example/veranstaltung/a"]
    bad = spider(sitemap=True, sitemap_pattern="(")
    assert list(bad.start_requests()) == [] and "sitemap_pattern" in (bad.error or "")


def test_a_detail_page_event_without_url_gets_the_page_url() -> None:
    s = spider(follow="a")
    body = page({"@context": "https://schema.org", "@type": "Event", "name": "Lesung", "startDate": "2025-04-01"})
    (item,) = list(s.parse_detail(html_response("https://b.example/e/9", body)))
    assert (item["record"]["url"], item["record"]["source_ref"]) == ("https://b.example/e/9", "https://b.example/e/9")


# -- a real crawl ------------------------------------------------------------------------------------


def detail_page(number: int, start: datetime) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "EducationEvent",
        "@id": f"#kurs-{number}",
        "name": f"Kurs {number}",
        "startDate": start.isoformat(),
        "endDate": (start + timedelta(hours=2)).isoformat(),
        "location": {"@type": "Place", "name": "Bücherei", "address": "Kirchstraße 12, 38112 Lindenhain"},
    }
    return f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head><body></body></html>'


def harvest(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    sources = tmp_path / "sources.yml"
    sources.write_text(
        "sources:\n  - id: lindenhain_buecherei\n    name: Stadtbücherei Lindenhain\n    format: jsonld\n"
        f"    url: {url}/veranstaltungen.html\n"
        "    provider: {id: buecherei, name: Stadtbücherei Lindenhain, type: library}\n"
        "    options: {follow: 'a.event-link::attr(href)'}\n"
    )
    return run_cli(tmp_path, "harvest", "--sources", str(sources))


def test_real_crawl_a_missing_detail_page_keeps_the_others_and_withdraws_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    start = datetime.combine(datetime.now(BERLIN).date() + timedelta(days=7), datetime.min.time()).replace(
        hour=18, tzinfo=BERLIN
    )
    links = "".join(f'<li><a class="event-link" href="/e/{n}.html">Kurs {n}</a></li>' for n in (1, 2, 3))
    (site / "veranstaltungen.html").write_text(f"<html><body><ul>{links}</ul></body></html>")
    (site / "e").mkdir()
    for n in (1, 2, 3):
        (site / "e" / f"{n}.html").write_text(detail_page(n, start + timedelta(days=n)))
    server = serve_folder(site)
    try:
        url = base_url(server)
        first = harvest(tmp_path, url)
        assert first.returncode == 0, first.stdout + first.stderr
        (site / "e" / "2.html").unlink()  # the detail page now answers 404
        second = harvest(tmp_path, url)
        assert second.returncode == 0, second.stdout + second.stderr
    finally:
        server.shutdown()
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    offers = {offer.title: offer for offer in store.offers("lindenhain_buecherei")}
    assert sorted(offers) == ["Kurs 1", "Kurs 2", "Kurs 3"]
    assert {offer.status for offer in offers.values()} == {"scheduled"}  # Kurs 2 was not withdrawn
    assert offers["Kurs 1"].start.hour == 18 and offers["Kurs 1"].location.locality == "Lindenhain"
    with store.engine.connect() as conn:
        runs = list(conn.execute(select(HarvestRun).order_by(HarvestRun.id)))
    assert [(run.outcome, run.full, run.valid, run.withdrawn) for run in runs] == [
        ("ok", True, 3, 0),
        ("ok", False, 2, 0),
    ]
