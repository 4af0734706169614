"""The portal: Datasette in-process with the real datasette.yml and metadata, on a published catalogue."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from harvester.store import Store
from publish.build import publish
from publish.serve import make_datasette
from tests.catalogue_data import fill


@pytest.fixture
async def ds(store: Store, now: datetime, tmp_path: Path):
    fill(store, now)
    target = tmp_path / "catalogue.db"
    publish(store, target, now=now)
    datasette = make_datasette(target)
    await datasette.invoke_startup()
    return datasette


async def test_search_returns_matching_offers_with_aware_times_and_prices(ds) -> None:
    response = await ds.client.get("/catalogue/offers.json?_search=yoga&_shape=objects")
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert [r["title"] for r in rows] == ["Yoga für Einsteiger"]
    assert datetime.fromisoformat(rows[0]["next_start"]).utcoffset() is not None
    assert rows[0]["price_eur"] == 45.0


async def test_search_folds_umlauts(ds) -> None:
    rows = (await ds.client.get("/catalogue/offers.json?_search=topfern")).json()["rows"]
    assert [r["title"] for r in rows] == ["Töpfern für Kinder"]


async def test_default_order_is_next_start_with_past_offers_last(ds) -> None:
    rows = (await ds.client.get("/catalogue/offers.json?_shape=objects")).json()["rows"]
    titles = [r["title"] for r in rows]
    assert titles[0] == "Vorlesestunde"
    upcoming = [r["next_start"] for r in rows if r["next_start"]]
    assert upcoming == sorted(upcoming)
    assert titles[-1] == "Vortrag: Geschichte der Stadt"


async def test_configured_facets_are_returned(ds) -> None:
    data = (await ds.client.get("/catalogue/offers.json?_extra=facet_results")).json()
    facets = data["facet_results"]["results"]
    assert {"categories", "audiences", "district", "provider_name", "attendance_mode", "is_free"} <= set(facets)
    districts = {item["value"]: item["count"] for item in facets["district"]["results"]}
    assert districts["Altstadt"] == 3
    audiences = {item["value"]: item["count"] for item in facets["audiences"]["results"]}
    assert audiences["children"] == 2


async def test_array_filter_and_free_filter(ds) -> None:
    rows = (await ds.client.get("/catalogue/offers.json?audiences__arraycontains=seniors&is_free=1")).json()["rows"]
    assert [r["title"] for r in rows] == ["Smartphone-Sprechstunde für Senioren"]


async def test_csv_export(ds) -> None:
    response = await ds.client.get("/catalogue/offers.csv?_search=englisch")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["title"] for r in rows] == ["Englisch A1 am Abend"]
    assert rows[0]["price_eur"] == "89.0"


async def test_canned_queries(ds) -> None:
    free = (await ds.client.get("/catalogue/free.json?_shape=objects")).json()["rows"]
    assert {r["title"] for r in free} == {"Töpfern für Kinder", "Vorlesestunde", "Smartphone-Sprechstunde für Senioren"}
    seniors = (await ds.client.get("/catalogue/by_audience.json?audience=seniors&_shape=objects")).json()["rows"]
    assert [r["title"] for r in seniors] == ["Smartphone-Sprechstunde für Senioren"]


async def test_metadata_and_hidden_tables(ds) -> None:
    data = (await ds.client.get("/catalogue.json")).json()
    visible = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert {"offers", "occurrences", "providers", "sources", "harvest_runs", "changes"} <= visible
    assert "offers_fts" not in visible
    page = await ds.client.get("/")
    assert "Lernangebote" in page.text


async def test_ranked_search_puts_title_matches_first(ds) -> None:
    rows = (await ds.client.get("/catalogue/search.json?q=senioren&_shape=objects")).json()["rows"]
    assert [r["title"] for r in rows] == ["Smartphone-Sprechstunde für Senioren", "Vorlesestunde"]
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores)


async def test_search_terms_with_query_syntax_are_taken_literally(ds) -> None:
    response = await ds.client.get("/catalogue/offers.json?_search=Englisch-Kurs%20%22A1")
    assert response.status_code == 200
    response = await ds.client.get("/catalogue/search.json?q=yoga%20OR%20(")
    assert response.status_code == 200


async def test_a_running_portal_serves_a_newly_published_catalogue(ds, store: Store, now: datetime) -> None:
    import asyncio

    from harvester.store import HarvestResult
    from tests.catalogue_data import LIB

    target = Path(ds.databases["catalogue"].path)
    before = (await ds.client.get("/catalogue/offers.json?source_id=testtown_bibliothek")).json()["rows"]
    assert len(before) == 2
    store.apply(HarvestResult(source=LIB, started_at=now, offers=[], fetched=0, accept_withdrawals=True), now=now)
    publish(store, target, now=now)
    await asyncio.sleep(2.5)  # the plugin checks for a new file every 2 s
    rows = (await ds.client.get("/catalogue/offers.json?source_id=testtown_bibliothek&_shape=objects")).json()["rows"]
    assert {r["status"] for r in rows} == {"withdrawn"}
