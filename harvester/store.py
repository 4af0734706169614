"""The store: offers with provenance, stable ids and a change history.

Semantics (DESIGN.md): upsert by stable id; a content hash decides "changed"; every new,
updated or withdrawn offer is written to ``changes`` with a monotonic sequence number; an
upcoming offer missing from a successful *full* harvest is marked withdrawn (never deleted);
a failed harvest changes nothing but its ``harvest_runs`` row; a harvest that would withdraw
more than ``WITHDRAWAL_GUARD_SHARE`` of a source's upcoming offers applies its new and changed
offers but holds the withdrawals back and says so.

Bulk writes use SQLAlchemy Core on the SQLModel tables (5x faster than ORM ``session.add``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, update
from sqlmodel import SQLModel

from harvester import settings
from schemas.offer import PROVENANCE_FIELDS, Offer
from schemas.source import Source
from schemas.tables import ChangeRow, HarvestRun, OfferRow, ProviderRow, RejectRow, SourceRow
from schemas.vocab import Status

#: Rows written per executemany batch.
WRITE_BATCH = 1_000


@dataclass
class Reject:
    """A record that did not become an offer, and why."""

    reason: str
    excerpt: str
    record_ref: str | None = None

    @classmethod
    def of(cls, record: dict[str, Any], reason: str) -> Reject:
        """A reject with a short JSON excerpt of the raw record (for the rejects table and the check report)."""
        excerpt = json.dumps(record, ensure_ascii=False, default=str)[: settings.MAX_REJECT_EXCERPT_CHARS]
        return cls(reason=reason, excerpt=excerpt, record_ref=str(record.get("source_ref") or "") or None)


@dataclass
class HarvestResult:
    """What one harvest of one source produced, before it touches the store."""

    source: Source
    started_at: datetime
    ok: bool = True
    error: str | None = None
    #: A full harvest lists every current offer; an incremental one (RPDE) only changes.
    full: bool = True
    #: The source answered "not modified" (304): nothing to apply.
    not_modified: bool = False
    fetched: int = 0
    offers: list[Offer] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    #: source_refs the source itself says are deleted (RPDE ``state: deleted``, openQ-cat DELETE).
    deleted_refs: list[str] = field(default_factory=list)
    #: The format's position to resume from next time (stored as JSON in sources.state).
    state: dict[str, Any] | None = None
    #: Apply withdrawals even past the mass-withdrawal guard (after a person checked the source).
    accept_withdrawals: bool = False


@dataclass
class RunSummary:
    source_id: str
    outcome: str
    fetched: int = 0
    valid: int = 0
    rejected: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    held_back: int = 0
    error: str | None = None
    total_offers: int = 0


def content_hash(offer: Offer) -> str:
    """A hash of everything the source said about an offer (provenance times excluded)."""
    payload = offer.model_dump(mode="json", exclude=set(PROVENANCE_FIELDS))
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def make_engine(url: str | None = None) -> Engine:
    """An engine for the store URL; SQLite gets WAL, a busy timeout and its folder created."""
    url = url or settings.db_url()
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """The harvest store. One instance per process; methods are transactions."""

    def __init__(self, url: str | None = None) -> None:
        self.engine = make_engine(url)
        SQLModel.metadata.create_all(self.engine)

    # -- registry ---------------------------------------------------------------------------
    def sync_sources(self, sources: Iterable[Source]) -> None:
        """Write providers and sources from the registry (keeping each source's harvest state)."""
        with self.engine.begin() as conn:
            for source in sources:
                provider = source.provider
                _merge(
                    conn,
                    ProviderRow,
                    "id",
                    {
                        "id": provider.id,
                        "name": provider.name,
                        "type": str(provider.type),
                        "url": str(provider.url) if provider.url else None,
                    },
                )
                _merge(
                    conn,
                    SourceRow,
                    "id",
                    {
                        "id": source.id,
                        "name": source.name,
                        "provider_id": provider.id,
                        "format": str(source.format),
                        "url": source.url,
                        "licence": source.licence,
                        "interval": source.interval,
                        "enabled": source.enabled,
                    },
                )

    def source_state(self, source_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            raw = conn.execute(select(SourceRow.state).where(SourceRow.id == source_id)).scalar()
        return json.loads(raw) if raw else None

    # -- harvest ----------------------------------------------------------------------------
    def apply(self, result: HarvestResult, *, now: datetime) -> RunSummary:
        """Apply one source's harvest in one transaction and log it in harvest_runs."""
        source_id = result.source.id
        summary = RunSummary(
            source_id=source_id,
            outcome="ok",
            fetched=result.fetched,
            valid=len(result.offers),
            rejected=len(result.rejects),
            error=result.error,
        )
        stamp = now.isoformat()
        with self.engine.begin() as conn:
            if not result.ok:
                summary.outcome = "failed"
            elif result.not_modified:
                summary.outcome = "not-modified"
            else:
                self._apply_offers(conn, result, summary, stamp, now)
            run_id = conn.execute(
                HarvestRun.__table__.insert().values(
                    **{k: v for k, v in asdict(summary).items() if k != "total_offers"},
                    started_at=result.started_at.isoformat(),
                    finished_at=stamp,
                    full=result.full,
                )
            ).inserted_primary_key[0]
            if result.ok and not result.not_modified and result.rejects:
                _insert_many(
                    conn,
                    RejectRow,
                    [
                        {
                            "run_id": run_id,
                            "source_id": source_id,
                            "record_ref": reject.record_ref,
                            "excerpt": reject.excerpt[: settings.MAX_REJECT_EXCERPT_CHARS],
                            "reason": reject.reason,
                        }
                        for reject in result.rejects
                    ],
                )
            values: dict[str, Any] = {"last_harvest_at": stamp}
            if result.ok:
                values["last_success_at"] = stamp
                if result.state is not None:
                    values["state"] = json.dumps(result.state)
            conn.execute(update(SourceRow).where(SourceRow.id == source_id).values(**values))
            summary.total_offers = self._count_active(conn, source_id)
        return summary

    def _apply_offers(self, conn: Any, result: HarvestResult, summary: RunSummary, stamp: str, now: datetime) -> None:
        source_id = result.source.id
        existing = {
            row.id: row
            for row in conn.execute(
                select(
                    OfferRow.id,
                    OfferRow.content_hash,
                    OfferRow.status,
                    OfferRow.first_seen_at,
                    OfferRow.start,
                    OfferRow.end,
                ).where(OfferRow.source_id == source_id)
            )
        }
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        latest = {offer.id: offer for offer in result.offers}  # a record repeated later in a feed wins
        seen = set(latest)
        for offer in latest.values():
            digest = content_hash(offer)
            old = existing.get(offer.id)
            if old is not None and old.content_hash == digest:
                summary.unchanged += 1
                continue
            first_seen = old.first_seen_at if old is not None else stamp
            stored = offer.model_copy(
                update={
                    "first_seen_at": datetime.fromisoformat(first_seen),
                    "last_seen_at": now,
                    "changed_at": now,
                }
            )
            row = _offer_row(stored, digest)
            if old is None:
                inserts.append(row)
                summary.new += 1
                changes.append(_change(offer.id, source_id, "new", stamp, digest))
            else:
                updates.append(row)
                summary.changed += 1
                changes.append(_change(offer.id, source_id, "updated", stamp, digest))

        to_withdraw = [
            offer_id
            for offer_id in _deleted_ids(source_id, result.deleted_refs, existing)
            if existing[offer_id].status != Status.withdrawn and offer_id not in seen
        ]
        if result.full:
            vanished = [
                offer_id
                for offer_id, old in existing.items()
                if offer_id not in seen and old.status != Status.withdrawn and _is_upcoming(old, now)
            ]
            upcoming = sum(1 for old in existing.values() if old.status != Status.withdrawn and _is_upcoming(old, now))
            guarded = len(vanished) >= settings.WITHDRAWAL_GUARD_MIN_COUNT and (
                len(vanished) > settings.WITHDRAWAL_GUARD_SHARE * upcoming
            )
            if guarded and not result.accept_withdrawals:
                summary.outcome = "held"
                summary.held_back = len(vanished)
                summary.error = (
                    f"held back: this harvest would withdraw {len(vanished)} of {upcoming} upcoming offers "
                    f"(more than {settings.WITHDRAWAL_GUARD_SHARE:.0%}); new and changed offers were applied, "
                    "withdrawals were not. Check the source, then run 'lernfeed harvest --accept-withdrawals "
                    f"{source_id}'"
                )
            else:
                to_withdraw.extend(vanished)
        for offer_id in dict.fromkeys(to_withdraw):
            data = json.loads(conn.execute(select(OfferRow.data).where(OfferRow.id == offer_id)).scalar_one())
            data.update(status=Status.withdrawn.value, changed_at=stamp)
            offer = Offer.model_validate(data)
            digest = content_hash(offer)
            updates.append(_offer_row(offer, digest))
            changes.append(_change(offer_id, source_id, "withdrawn", stamp, digest))
            summary.withdrawn += 1

        _insert_many(conn, OfferRow, inserts)
        for chunk in _chunks(updates, WRITE_BATCH):
            for row in chunk:
                conn.execute(update(OfferRow).where(OfferRow.id == row["id"]).values(**row))
        _insert_many(conn, ChangeRow, changes)

    def _count_active(self, conn: Any, source_id: str) -> int:
        from sqlalchemy import func

        return conn.execute(
            select(func.count())
            .select_from(OfferRow)
            .where(OfferRow.source_id == source_id, OfferRow.status != Status.withdrawn.value)
        ).scalar_one()

    # -- reading ----------------------------------------------------------------------------
    def offers(self, source_id: str | None = None) -> Iterator[Offer]:
        query = select(OfferRow.data).order_by(OfferRow.id)
        if source_id:
            query = query.where(OfferRow.source_id == source_id)
        with self.engine.connect() as conn:
            for (data,) in conn.execute(query):
                yield Offer.model_validate_json(data)

    def offer(self, offer_id: str) -> Offer | None:
        with self.engine.connect() as conn:
            data = conn.execute(select(OfferRow.data).where(OfferRow.id == offer_id)).scalar()
        return Offer.model_validate_json(data) if data else None


def _deleted_ids(source_id: str, refs: list[str], existing: dict[str, Any]) -> list[str]:
    """The stored offer ids a source's deletions name: exact refs, and ``"REF/*"`` for every ref under REF/."""
    ids = []
    for ref in refs:
        if ref.endswith("/*"):
            prefix = f"{source_id}:{ref[:-1]}"
            ids.extend(offer_id for offer_id in existing if offer_id.startswith(prefix))
        elif f"{source_id}:{ref}" in existing:
            ids.append(f"{source_id}:{ref}")
    return ids


def _is_upcoming(row: Any, now: datetime) -> bool:
    """True unless the offer has ended: a vanished past offer is just past, not withdrawn."""
    last = row.end or row.start
    if not last:
        return True
    when = datetime.fromisoformat(last) if "T" in last else datetime.fromisoformat(last + "T23:59:59+00:00")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when >= now


def _offer_row(offer: Offer, digest: str) -> dict[str, Any]:
    return {
        "id": offer.id,
        "source_id": offer.source_id,
        "provider_id": offer.provider_id,
        "status": offer.status,
        "title": offer.title,
        "start": iso(offer.start),
        "end": iso(_last_end(offer)),
        "content_hash": digest,
        "first_seen_at": iso(offer.first_seen_at),
        "last_seen_at": iso(offer.last_seen_at),
        "changed_at": iso(offer.changed_at),
        "data": offer.model_dump_json(),
    }


def _last_end(offer: Offer) -> datetime | date | None:
    """When the offer is over: the end (or start) of its last session, else its own end or start."""
    if offer.sessions:
        last = offer.sessions[-1]
        return last.end or last.start
    return offer.end or offer.start


def _change(offer_id: str, source_id: str, kind: str, stamp: str, digest: str) -> dict[str, Any]:
    return {"offer_id": offer_id, "source_id": source_id, "change": kind, "at": stamp, "content_hash": digest}


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert_many(conn: Any, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    for chunk in _chunks(rows, WRITE_BATCH):
        conn.execute(table.insert(), chunk)


def _merge(conn: Any, model: type[SQLModel], key: str, values: dict[str, Any]) -> None:
    table = model.__table__  # type: ignore[attr-defined]
    found = conn.execute(select(table.c[key]).where(table.c[key] == values[key])).first()
    if found:
        conn.execute(table.update().where(table.c[key] == values[key]).values(**values))
    else:
        conn.execute(table.insert().values(**values))
