"""Real Scrapy crawls (``lernfeed harvest`` in a subprocess) against a real HTTP server on 127.0.0.1.

Covers the harvest path end to end: conditional GET (an unchanged feed is one 304 and no
writes), withdrawal of a removed item, a dead site, garbage content and robots.txt.
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from harvester.sites import base_url, serve_folder
from harvester.store import Store
from schemas.tables import HarvestRun, OfferRow
from tests.crawl_helpers import run_cli


def today_in_berlin() -> date:
    """The harvest subprocess reads the real clock, so the feeds are dated relative to it."""
    return datetime.now(ZoneInfo("Europe/Berlin")).date()


def calendar(days: list[int], today: date) -> str:
    events = []
    for n in days:
        day = (today + timedelta(days=n)).strftime("%Y%m%d")
        events.append(
            f"BEGIN:VEVENT\r\nUID:kurs-{n}@test\r\nDTSTAMP:20250101T000000Z\r\n"
            f"DTSTART;TZID=Europe/Berlin:{day}T180000\r\nDTEND;TZID=Europe/Berlin:{day}T193000\r\n"
            f"SUMMARY:Kurs Nummer {n}\r\nLOCATION:VHS-Haus\\, Raum 1\\, Hauptstraße 1\\, 33990 Teststadt\r\n"
            f"DESCRIPTION:Entgelt: 45\\,00 €\\, ermäßigt 30\\,00 €\r\nEND:VEVENT\r\n"
        )
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//DE\r\n" + "".join(events) + "END:VCALENDAR\r\n"


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Bibliothek</title><link>http://example.org/</link><description>x</description>
<item><title>Vorlesestunde</title><guid isPermaLink="false">v-1</guid><link>http://example.org/v1</link>
<description><![CDATA[<p>Termin: {when}, 16:00–17:00 Uhr</p><p>Eintritt frei</p>]]></description></item>
</channel></rss>"""


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /intern/\n")
    server = serve_folder(root)
    yield root, base_url(server), server
    server.shutdown()


def write_sources(tmp_path: Path, url: str, entries: list[tuple[str, str, str]]) -> Path:
    lines = ["sources:"]
    for source_id, fmt, path in entries:
        lines += [
            f"  - id: {source_id}",
            f"    name: {source_id}",
            f"    format: {fmt}",
            f"    url: {url}{path}",
            f"    provider: {{id: {source_id.split('_')[1]}, name: Anbieter, type: vhs}}",
        ]
    path = tmp_path / "sources.yml"
    path.write_text("\n".join(lines) + "\n")
    return path


def harvest(tmp_path: Path, sources: Path, *ids: str) -> subprocess.CompletedProcess[str]:
    return run_cli(tmp_path, "harvest", "--sources", str(sources), *ids)


def runs(tmp_path: Path) -> list:
    with Store(f"sqlite:///{tmp_path / 'store.db'}").engine.connect() as conn:
        return list(conn.execute(select(HarvestRun).order_by(HarvestRun.id)))


def offers(tmp_path: Path) -> dict[str, tuple]:
    with Store(f"sqlite:///{tmp_path / 'store.db'}").engine.connect() as conn:
        return {r.id: tuple(r) for r in conn.execute(select(OfferRow))}


def test_harvest_unchanged_removed_dead_and_garbage(site, tmp_path: Path) -> None:
    root, url, server = site
    today = today_in_berlin()
    (root / "kurse.ics").write_text(calendar(list(range(2, 14)), today), encoding="utf-8")
    (root / "bib.rss").write_text(RSS.format(when=(today + timedelta(days=3)).strftime("%d.%m.%Y")))
    sources = write_sources(tmp_path, url, [("test_vhs", "ical", "/kurse.ics"), ("test_bib", "rss", "/bib.rss")])

    first = harvest(tmp_path, sources)
    assert first.returncode == 0, first.stderr
    stored = offers(tmp_path)
    assert len(stored) == 13
    assert {r.outcome for r in runs(tmp_path)} == {"ok"}
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    course = store.offer("test_vhs:kurs-2@test")
    assert course.price_eur == 45.0 and course.location.locality == "Teststadt"
    assert course.start.utcoffset() is not None
    reading = store.offer("test_bib:v-1")
    assert reading.is_free is True and reading.start.hour == 16

    second = harvest(tmp_path, sources)
    assert second.returncode == 0, second.stderr
    assert [r.outcome for r in runs(tmp_path)[-2:]] == ["not-modified", "not-modified"]
    assert offers(tmp_path) == stored

    (root / "kurse.ics").write_text(calendar(list(range(3, 14)), today), encoding="utf-8")
    third = harvest(tmp_path, sources, "test_vhs")
    assert third.returncode == 0, third.stderr
    last = runs(tmp_path)[-1]
    assert (last.outcome, last.withdrawn, last.new, last.changed) == ("ok", 1, 0, 0)
    assert store.offer("test_vhs:kurs-2@test").status == "withdrawn"
    kept = offers(tmp_path)

    (root / "kurse.ics").write_bytes(b"<html>Wartungsarbeiten</html>")
    garbage = harvest(tmp_path, sources, "test_vhs")
    assert garbage.returncode == 1
    assert "test_vhs" in garbage.stderr and "not an iCalendar file" in garbage.stderr
    assert runs(tmp_path)[-1].outcome == "failed"
    assert offers(tmp_path) == kept

    server.shutdown()
    server.server_close()
    dead = harvest(tmp_path, sources, "test_vhs")
    assert dead.returncode == 1
    assert "kept the offers of the last good harvest" in dead.stderr
    assert offers(tmp_path) == kept


def test_robots_txt_is_obeyed(site, tmp_path: Path) -> None:
    root, url, _ = site
    (root / "intern").mkdir()
    (root / "intern" / "kurse.ics").write_text(calendar([2], today_in_berlin()))
    sources = write_sources(tmp_path, url, [("test_vhs", "ical", "/intern/kurse.ics")])
    result = harvest(tmp_path, sources)
    assert result.returncode == 1
    assert "robots.txt" in result.stderr
    assert offers(tmp_path) == {}


def test_a_crashing_parser_fails_the_harvest_and_keeps_the_offers(site, tmp_path: Path) -> None:
    root, url, _ = site
    (root / "kurse.ics").write_text(calendar([2, 3, 4], today_in_berlin()), encoding="utf-8")
    sources = write_sources(tmp_path, url, [("test_vhs", "ical", "/kurse.ics")])
    assert harvest(tmp_path, sources).returncode == 0
    kept = offers(tmp_path)
    (root / "kurse.ics").write_text(calendar([2, 3, 4, 5], today_in_berlin()), encoding="utf-8")
    # a sitecustomize on the path makes the iCal parser crash inside the harvest process
    (tmp_path / "crash").mkdir()
    (tmp_path / "crash" / "sitecustomize.py").write_text(
        "import harvester.formats.registry as r\n"
        "def boom(*a, **k):\n    raise RuntimeError('parser bug')\n    yield\n"
        "r.PARSERS['ical'] = boom\n"
    )
    result = run_cli(tmp_path, "harvest", "--sources", str(sources), env={"PYTHONPATH": str(tmp_path / "crash")})
    assert result.returncode == 1
    assert "internal error" in result.stderr and "RuntimeError: parser bug" in result.stderr
    assert runs(tmp_path)[-1].outcome == "failed"
    assert offers(tmp_path) == kept


def test_schedule_once_harvests_and_publishes(site, tmp_path: Path) -> None:
    import sqlite3

    root, url, _ = site
    (root / "kurse.ics").write_text(calendar([2, 3], today_in_berlin()), encoding="utf-8")
    sources = write_sources(tmp_path, url, [("test_vhs", "ical", "/kurse.ics")])
    result = run_cli(
        tmp_path,
        "schedule",
        "--once",
        "--sources",
        str(sources),
        env={"LERNFEED_CATALOGUE": str(tmp_path / "catalogue.db")},
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "catalogue.db")
    assert conn.execute("select count(*) from offers where upcoming = 1").fetchone() == (2,)


def test_an_unknown_site_spider_fails_only_its_source(site, tmp_path: Path) -> None:
    root, url, _ = site
    (root / "kurse.ics").write_text(calendar([2], today_in_berlin()), encoding="utf-8")
    sources = write_sources(tmp_path, url, [("test_vhs", "ical", "/kurse.ics")])
    sources.write_text(
        sources.read_text()
        + (
            "  - id: test_verein\n    name: Verein\n    format: spider\n    spider: nowhere\n"
            f"    url: {url}/\n    provider: {{id: verein, name: Verein, type: association}}\n"
        )
    )
    result = harvest(tmp_path, sources)
    assert result.returncode == 1
    assert "no site spider named 'nowhere'" in result.stderr
    assert {r.source_id: r.outcome for r in runs(tmp_path)} == {"test_vhs": "ok", "test_verein": "failed"}
