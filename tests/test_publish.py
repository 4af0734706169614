"""Publishing: the catalogue's tables and search, and atomic replacement under concurrent readers."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from harvester.store import Store
from publish.build import publish
from tests.catalogue_data import fill


def test_catalogue_has_flat_offers_sessions_and_search(store: Store, now: datetime, tmp_path: Path) -> None:
    fill(store, now)
    target = tmp_path / "catalogue.db"
    counts = publish(store, target, now=now)
    assert counts == {"offers": 6, "providers": 2, "sources": 2, "changes": 6}
    db = sqlite3.connect(target)
    row = db.execute(
        "select title, categories, is_free, price_eur, next_start, upcoming, provider_name "
        "from offers where id = 'testtown_vhs:y1'"
    ).fetchone()
    assert row[0] == "Yoga für Einsteiger"
    assert json.loads(row[1]) == ["health"]
    assert (row[2], row[3], row[5], row[6]) == (0, 45.0, 1, "VHS Teststadt")
    assert datetime.fromisoformat(row[4]).utcoffset() is not None
    past = db.execute("select next_start, upcoming from offers where id = 'testtown_vhs:p1'").fetchone()
    assert past == (None, 0)
    hits = db.execute(
        "select offers.title from offers_fts join offers on offers.rowid = offers_fts.rowid "
        "where offers_fts match 'topfern' order by rank"
    ).fetchall()
    assert hits == [("Töpfern für Kinder",)]
    assert db.execute("select count(*) from occurrences").fetchone() == (6,)
    offer = json.loads(db.execute("select offer_json from offers where id = 'testtown_bibliothek:v1'").fetchone()[0])
    assert offer["title"] == "Vorlesestunde" and offer["last_seen_at"] is not None


def test_readers_see_old_or_new_catalogue_never_a_broken_one(store: Store, now: datetime, tmp_path: Path) -> None:
    fill(store, now)
    target = tmp_path / "catalogue.db"
    publish(store, target, now=now)
    errors: list[str] = []
    counts: set[int] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
                counts.add(conn.execute("select count(*) from offers").fetchone()[0])
                conn.execute("select count(*) from offers_fts where offers_fts match 'yoga'").fetchone()
                conn.close()
            except sqlite3.Error as exc:
                errors.append(str(exc))

    readers = [threading.Thread(target=read) for _ in range(3)]
    for thread in readers:
        thread.start()
    try:
        for _ in range(5):
            publish(store, target, now=now)
    finally:
        stop.set()
        for thread in readers:
            thread.join()
    assert errors == []
    assert counts == {6}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_build_keeps_the_old_catalogue(store: Store, now: datetime, tmp_path: Path, monkeypatch) -> None:
    fill(store, now)
    target = tmp_path / "catalogue.db"
    publish(store, target, now=now)
    before = target.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("publish.build._build", broken)
    with contextlib.suppress(RuntimeError):
        publish(store, target, now=now)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
