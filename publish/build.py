"""Build ``catalogue.db`` from the store: flattened offers, occurrences, providers, sources,
harvest runs, changes, full-text search and facet indexes. Atomic: a new file is built beside
the old one and swapped in with one rename, so the portal never serves a half-built database.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlalchemy import select

from harvester.store import Store
from schemas.offer import Offer
from schemas.tables import ChangeRow, HarvestRun, OfferRow, ProviderRow, SourceRow

#: Rows inserted per batch while building.
BUILD_BATCH = 2_000
#: Columns of the full-text index, in weight order (title counts most; see the ranked query in datasette.yml).
FTS_COLUMNS = ["title", "subtitle", "keywords", "categories", "provider", "place", "description"]
#: FTS5 tokenizer: Unicode word rules, umlauts and accents folded (ä -> a), so "topfern" finds "Töpfern".
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def publish(store: Store, target: Path, *, now: datetime | None = None) -> dict[str, int]:
    """Build the catalogue into a temporary file and atomically replace ``target``; return row counts."""
    now = now or datetime.now(UTC)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.building-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        counts = _build(store, tmp, now)
        conn = sqlite3.connect(tmp)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise RuntimeError("the new catalogue failed SQLite's integrity check; the old one is kept")
        finally:
            conn.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return counts


def _build(store: Store, path: Path, now: datetime) -> dict[str, int]:
    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA journal_mode=OFF")
    db.conn.execute("PRAGMA synchronous=OFF")
    with store.engine.connect() as conn:
        providers = {row.id: dict(row._mapping) for row in conn.execute(select(ProviderRow))}
        sources = [dict(row._mapping) for row in conn.execute(select(SourceRow))]
        runs = [dict(row._mapping) for row in conn.execute(select(HarvestRun))]
        changes = [dict(row._mapping) for row in conn.execute(select(ChangeRow))]
    last_success = {s["id"]: s["last_success_at"] for s in sources}
    db["providers"].insert_all(providers.values(), pk="id")
    db["sources"].insert_all(({k: v for k, v in s.items() if k != "state"} for s in sources), pk="id")
    db["harvest_runs"].insert_all(runs, pk="id")
    db["changes"].insert_all(changes, pk="seq")
    offers = db["offers"]
    occurrences = db["occurrences"]
    offers.create(OFFER_COLUMNS, pk="id", not_null={"title"})
    occurrences.create(
        {"offer_id": str, "start": str, "end": str, "status": str, "place_name": str, "locality": str, "district": str},
        foreign_keys=[("offer_id", "offers", "id")],
    )
    # Contentless FTS5 index keyed by offers.rowid: the search text is not stored twice, and the offers
    # table needs no columns that exist only for the index.
    db.execute(
        f"create virtual table offers_fts using fts5({', '.join(FTS_COLUMNS)}, content='', tokenize='{FTS_TOKENIZE}')"
    )
    count = 0
    for batch in _batches(_offer_rows(store, providers, last_success, now), BUILD_BATCH):
        offers.insert_all([row for row, _ in batch], batch_size=BUILD_BATCH)
        occurrences.insert_all([s for _, sessions in batch for s in sessions], batch_size=BUILD_BATCH)
        _index(db, [row for row, _ in batch])
        count += len(batch)
    for column in (
        "listing_order",
        "next_start",
        "start",
        "status",
        "provider_id",
        "source_id",
        "district",
        "locality",
        "attendance_mode",
        "is_free",
        "kind",
        "price_eur",
        "changed_at",
    ):
        offers.create_index([column], if_not_exists=True)
    occurrences.create_index(["offer_id"], if_not_exists=True)
    occurrences.create_index(["start"], if_not_exists=True)
    db["changes"].create_index(["offer_id"], if_not_exists=True)
    db["catalogue_info"].insert({"key": "built_at", "value": now.isoformat()}, pk="key")
    db.conn.execute("ANALYZE")
    db.conn.commit()
    db.conn.execute("VACUUM")
    db.close()
    return {"offers": count, "providers": len(providers), "sources": len(sources), "changes": len(changes)}


OFFER_COLUMNS: dict[str, Any] = {
    "id": str,
    "title": str,
    "subtitle": str,
    "kind": str,
    "status": str,
    "next_start": str,
    "listing_order": str,
    "start": str,
    "end": str,
    "all_day": int,
    "upcoming": int,
    "time_of_day": str,
    "weekdays": str,
    "schedule_text": str,
    "session_count": int,
    "categories": str,
    "audiences": str,
    "min_age": int,
    "max_age": int,
    "level": str,
    "languages": str,
    "provider_id": str,
    "provider_name": str,
    "provider_type": str,
    "source_id": str,
    "attendance_mode": str,
    "place_name": str,
    "street": str,
    "postal_code": str,
    "locality": str,
    "district": str,
    "lat": float,
    "lon": float,
    "price_eur": float,
    "is_free": int,
    "price_text": str,
    "price_options": str,
    "funding": str,
    "certificate": str,
    "url": str,
    "registration_url": str,
    "online_url": str,
    "course_code": str,
    "image_url": str,
    "organizer_name": str,
    "description": str,
    "licence": str,
    "first_seen_at": str,
    "last_seen_at": str,
    "changed_at": str,
    "source_modified_at": str,
    "warnings": str,
    "offer_json": str,
}


def _index(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    """Add a batch of offers to the full-text index under their rowids."""
    ids = [row["id"] for row in rows]
    rowids = dict(
        (offer_id, rowid)
        for rowid, offer_id in db.execute(
            f"select rowid, id from offers where id in ({', '.join('?' * len(ids))})", ids
        )
    )
    db.conn.executemany(
        f"insert into offers_fts(rowid, {', '.join(FTS_COLUMNS)}) values ({', '.join('?' * (len(FTS_COLUMNS) + 1))})",
        [(rowids[row["id"]], *search_texts(row)) for row in rows],
    )


def search_texts(row: dict[str, Any]) -> tuple[str, ...]:
    """The texts of one flat offer row in FTS_COLUMNS order."""
    offer = json.loads(row["offer_json"])
    loc = offer.get("location") or {}
    place = " ".join(str(loc[k]) for k in ("name", "room", "street", "locality", "district") if loc.get(k))
    return (
        row["title"],
        row["subtitle"] or "",
        " ".join(offer["keywords"] + offer["source_categories"]),
        " ".join(offer["categories"]),
        row["provider_name"] or "",
        place,
        row["description"] or "",
    )


def _offer_rows(
    store: Store, providers: dict[str, dict[str, Any]], last_success: dict[str, str | None], now: datetime
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    with store.engine.connect() as conn:
        for (data,) in conn.execute(select(OfferRow.data).order_by(OfferRow.id)).yield_per(BUILD_BATCH):
            offer = Offer.model_validate_json(data)
            yield flatten(offer, providers.get(offer.provider_id, {}), last_success.get(offer.source_id), now)


def flatten(
    offer: Offer, provider: dict[str, Any], source_success: str | None, now: datetime
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One offer as a flat, facet-friendly row (lists as JSON arrays) plus its occurrence rows."""
    loc = offer.location
    next_start = _next_start(offer, now)
    seen = offer.last_seen_at.isoformat() if offer.last_seen_at else None
    if offer.status != "withdrawn" and source_success and (seen is None or source_success > seen):
        seen = source_success  # present in every successful harvest since it last changed
    row = {
        "id": offer.id,
        "title": offer.title,
        "subtitle": offer.subtitle,
        "kind": offer.kind,
        "status": offer.status,
        "next_start": next_start,
        "listing_order": _listing_order(offer, next_start),
        "start": _iso(offer.start),
        "end": _iso(offer.end),
        "all_day": int(offer.all_day),
        "upcoming": int(next_start is not None),
        "time_of_day": offer.time_of_day,
        "weekdays": json.dumps(offer.weekdays),
        "schedule_text": offer.schedule_text,
        "session_count": offer.session_count,
        "categories": json.dumps(offer.categories),
        "audiences": json.dumps(offer.audiences),
        "min_age": offer.min_age,
        "max_age": offer.max_age,
        "level": offer.level,
        "languages": json.dumps(offer.languages),
        "provider_id": offer.provider_id,
        "provider_name": provider.get("name"),
        "provider_type": provider.get("type"),
        "source_id": offer.source_id,
        "attendance_mode": offer.attendance_mode,
        "place_name": loc.name if loc else None,
        "street": loc.street if loc else None,
        "postal_code": loc.postal_code if loc else None,
        "locality": loc.locality if loc else None,
        "district": loc.district if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "price_eur": offer.price_eur,
        "is_free": None if offer.is_free is None else int(offer.is_free),
        "price_text": offer.price_text,
        "price_options": json.dumps([o.model_dump() for o in offer.price_options], ensure_ascii=False),
        "funding": json.dumps(offer.funding),
        "certificate": offer.certificate,
        "url": offer.url,
        "registration_url": offer.registration_url,
        "online_url": offer.online_url,
        "course_code": offer.course_code,
        "image_url": offer.image_url,
        "organizer_name": offer.organizer.name if offer.organizer else None,
        "description": offer.description,
        "licence": offer.licence,
        "first_seen_at": _iso(offer.first_seen_at),
        "last_seen_at": seen,
        "changed_at": _iso(offer.changed_at),
        "source_modified_at": _iso(offer.source_modified_at),
        "warnings": json.dumps(offer.warnings, ensure_ascii=False),
        "offer_json": offer.model_copy(
            update={"last_seen_at": datetime.fromisoformat(seen) if seen else None}
        ).model_dump_json(),
    }
    sessions = [
        {
            "offer_id": offer.id,
            "start": _iso(s.start),
            "end": _iso(s.end),
            "status": s.status,
            "place_name": (s.place or loc).name if (s.place or loc) else None,
            "locality": (s.place or loc).locality if (s.place or loc) else None,
            "district": (s.place or loc).district if (s.place or loc) else None,
        }
        for s in offer.sessions
    ]
    return row, sessions


def _next_start(offer: Offer, now: datetime) -> str | None:
    """The start of the next session that has not ended yet (None for past or withdrawn offers).

    An offer without dated sessions (a course "10.03.–30.06.") counts from its start; while it runs,
    its next start is today.
    """
    if offer.status == "withdrawn":
        return None
    for session in offer.sessions:
        if not _has_ended(session.end or session.start, now):
            return _iso(session.start)
    if offer.sessions or offer.start is None:
        return None
    if not _has_ended(offer.start, now):
        return _iso(offer.start)
    if offer.end is not None and not _has_ended(offer.end, now):
        return now.date().isoformat()
    return None


def _has_ended(value: datetime | date, now: datetime) -> bool:
    if isinstance(value, datetime):
        return value < now
    return value < now.date()


def _listing_order(offer: Offer, next_start: str | None) -> str:
    """The portal's default order: upcoming offers by their next session (as UTC), then all others.

    Sorting by ``next_start`` itself would put offers without one first (SQLite sorts NULL first)
    and would mis-order starts given with different UTC offsets.
    """
    if next_start is not None:
        instant = datetime.fromisoformat(next_start)
        if isinstance(instant, datetime) and "T" in next_start:
            return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return next_start + "T00:00:00Z"
    return "~" + (_iso(offer.start) or "")


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _batches(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
