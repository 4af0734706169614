"""Run the benchmarks: throughput and peak memory, each against a baseline measured in the same run.

Usage: python -m bench [--offers N]. Figures depend on the machine; the ratios are what to compare
between commits.
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from harvester.formats.ical import parse_ical
from harvester.normalize.record import SourceContext, normalize_record
from harvester.store import HarvestResult, Store, _offer_row, content_hash
from publish.build import publish
from schemas.offer import Offer
from schemas.source import Source

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
SOURCE = Source.model_validate(
    {
        "id": "bench_vhs",
        "name": "bench",
        "format": "ical",
        "url": "http://127.0.0.1/x.ics",
        "provider": {"id": "bench", "name": "Bench-VHS", "type": "vhs"},
    }
)
CTX = SourceContext(source_id=SOURCE.id, provider_id="bench", timezone=BERLIN, licence="CC-BY-4.0")
TITLES = [
    "Englisch A2 am Abend",
    "Yoga für den Rücken",
    "Töpfern an der Drehscheibe",
    "Excel Grundlagen",
    "Vortrag: Klimawandel vor Ort",
    "Smartphone-Sprechstunde für Senioren",
    "Bewerbungstraining",
]


def raw_records(n: int) -> list[dict[str, Any]]:
    records = []
    for i in range(n):
        day = NOW + timedelta(days=i % 120)
        records.append(
            {
                "source_ref": f"kurs-{i}",
                "title": f"{TITLES[i % len(TITLES)]} ({i})",
                "description": f"<p>Termin: {day:%d.%m.%Y}, 18:00–19:30 Uhr</p><p>Kosten: 45,00 €, ermäßigt 30 €</p>"
                f"<p>Ort: VHS-Haus, Raum {i % 20}, Hauptstraße 1, 33990 Wiesenbrück</p>",
                "source_categories": ["Sprachen" if i % 2 else "Gesundheit"],
            }
        )
    return records


def timed(label: str, func: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory(func: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    func()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def report(name: str, n: int, seconds: float, baseline_name: str, baseline: float) -> None:
    print(
        f"{name:<44} {n / seconds:>10,.0f} /s   baseline {baseline_name}: {n / baseline:>10,.0f} /s"
        f"   ratio {seconds / baseline:5.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, default=5_000)
    n = parser.parse_args().offers
    records = raw_records(n)
    offers = [normalize_record(r, CTX, now=NOW) for r in records]
    dumped = [o.model_dump() for o in offers]
    print(f"lernfeed benchmarks, {n} offers, {datetime.now(BERLIN):%Y-%m-%d %H:%M}")

    t_norm = timed("normalise", lambda: [normalize_record(r, CTX, now=NOW) for r in records])
    t_validate = timed("validate", lambda: [Offer.model_validate(d) for d in dumped])
    report("normalise raw German records", n, t_norm, "pydantic validate only", t_validate)
    mem = peak_memory(lambda: [normalize_record(r, CTX, now=NOW) for r in records])
    print(f"{'  peak memory while normalising':<44} {mem / 1e6:>10.1f} MB ({mem / n / 1e3:.1f} kB per offer)")

    with tempfile.TemporaryDirectory() as tmp:
        rows = [
            _offer_row(
                o.model_copy(update={"first_seen_at": NOW, "last_seen_at": NOW, "changed_at": NOW}), content_hash(o)
            )
            for o in offers
        ]

        def raw_sqlite() -> None:
            path = Path(tmp) / f"raw-{time.perf_counter_ns()}.db"
            conn = sqlite3.connect(path)
            columns = list(rows[0])
            conn.execute(f"create table offers ({', '.join(columns)})")
            conn.executemany(
                f"insert into offers values ({', '.join('?' * len(columns))})", [tuple(r.values()) for r in rows]
            )
            conn.commit()
            conn.close()

        def store_new() -> Store:
            store = Store(f"sqlite:///{tmp}/store-{time.perf_counter_ns()}.db")
            store.sync_sources([SOURCE])
            store.apply(HarvestResult(source=SOURCE, started_at=NOW, offers=offers), now=NOW)
            return store

        t_raw = timed("raw", raw_sqlite)
        t_store = timed("store", store_new)
        report("store: first harvest (insert + changes)", n, t_store, "raw sqlite3 executemany", t_raw)
        store = store_new()
        t_same = timed(
            "unchanged", lambda: store.apply(HarvestResult(source=SOURCE, started_at=NOW, offers=offers), now=NOW)
        )
        report("store: unchanged harvest (hash compare)", n, t_same, "raw sqlite3 executemany", t_raw)
        t_publish = timed("publish", lambda: publish(store, Path(tmp) / "catalogue.db", now=NOW), repeat=2)
        report("publish catalogue (flatten, FTS5, indexes)", n, t_publish, "raw sqlite3 executemany", t_raw)

    calendar = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:bench"]
    for i in range(n):
        day = (NOW + timedelta(days=i % 300)).strftime("%Y%m%d")
        calendar += [
            "BEGIN:VEVENT",
            f"UID:e{i}",
            f"DTSTART;TZID=Europe/Berlin:{day}T180000",
            f"DTEND;TZID=Europe/Berlin:{day}T193000",
            f"SUMMARY:{TITLES[i % len(TITLES)]}",
            "LOCATION:VHS-Haus\\, Hauptstraße 1",
            "END:VEVENT",
        ]
    content = ("\r\n".join([*calendar, "END:VCALENDAR"]) + "\r\n").encode()
    t_ical = timed("ical", lambda: list(parse_ical(content, base_url="", timezone=BERLIN, now=NOW)), repeat=1)
    t_lines = timed("lines", lambda: [line.split(":", 1) for line in content.decode().split("\r\n")])
    report("iCal parse + expand (icalendar)", n, t_ical, "split lines only", t_lines)


if __name__ == "__main__":
    main()
