"""A small, hand-made store for publish and portal tests (offers built through the real model)."""

from __future__ import annotations

from datetime import datetime, timedelta

from harvester.store import HarvestResult, Store
from schemas.offer import Offer
from tests.conftest import make_source

VHS = make_source("testtown_vhs", provider={"id": "vhs_testtown", "name": "VHS Teststadt", "type": "vhs"})
LIB = make_source(
    "testtown_bibliothek",
    fmt="rss",
    provider={"id": "bib_testtown", "name": "Stadtbibliothek Teststadt", "type": "library"},
)


def _offer(source, ref: str, title: str, start: datetime, **fields: object) -> Offer:
    end = start + timedelta(hours=1, minutes=30)
    return Offer.model_validate(
        {
            "id": f"{source.id}:{ref}",
            "source_id": source.id,
            "source_ref": ref,
            "provider_id": source.provider.id,
            "title": title,
            "start": start,
            "end": end,
            "sessions": [{"start": start, "end": end}],
            "licence": "CC-BY-4.0",
            **fields,
        }
    )


def fill(store: Store, now: datetime) -> None:
    day = timedelta(days=1)
    vhs = [
        _offer(
            VHS,
            "y1",
            "Yoga für Einsteiger",
            now + 3 * day,
            categories=["health"],
            audiences=["adults"],
            price_eur=45.0,
            is_free=False,
            location={"name": "VHS-Haus", "locality": "Teststadt", "district": "Altstadt"},
            description="Sanftes Hatha-Yoga für den Rücken.",
        ),
        _offer(
            VHS,
            "e1",
            "Englisch A1 am Abend",
            now + 5 * day,
            categories=["languages"],
            level="A1",
            price_eur=89.0,
            is_free=False,
            location={"name": "VHS-Haus", "district": "Altstadt"},
        ),
        _offer(
            VHS,
            "t1",
            "Töpfern für Kinder",
            now + 7 * day,
            categories=["culture-creativity"],
            audiences=["children"],
            price_eur=0,
            is_free=True,
            location={"district": "Nord"},
        ),
        _offer(
            VHS,
            "p1",
            "Vortrag: Geschichte der Stadt",
            now - 10 * day,
            categories=["politics-society-environment"],
            is_free=True,
            price_eur=0,
        ),
    ]
    lib = [
        _offer(
            LIB,
            "v1",
            "Vorlesestunde",
            now + 1 * day,
            description="Geschichten für Kinder, vorgelesen von Senioren aus dem Lesepaten-Projekt.",
            audiences=["children"],
            is_free=True,
            price_eur=0,
            location={"name": "Stadtbibliothek", "district": "Altstadt"},
        ),
        _offer(
            LIB,
            "s1",
            "Smartphone-Sprechstunde für Senioren",
            now + 2 * day,
            categories=["digital"],
            audiences=["seniors"],
            is_free=True,
            price_eur=0,
            attendance_mode="offline",
        ),
    ]
    store.sync_sources([VHS, LIB])
    for source, offers in ((VHS, vhs), (LIB, lib)):
        store.apply(HarvestResult(source=source, started_at=now, offers=offers, fetched=len(offers)), now=now)
