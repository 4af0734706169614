"""SQLModel table models of the store (``LERNFEED_DB``).

Table models skip validation: validate with the pydantic models in ``schemas.offer`` and
``schemas.source`` first, then build rows. Times are ISO 8601 strings with their UTC offset,
so that SQLite and PostgreSQL keep the offset the source gave.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class ProviderRow(SQLModel, table=True):
    __tablename__ = "providers"

    id: str = Field(primary_key=True)
    name: str
    type: str
    url: str | None = None


class SourceRow(SQLModel, table=True):
    __tablename__ = "sources"

    id: str = Field(primary_key=True)
    name: str
    provider_id: str = Field(index=True)
    format: str
    url: str
    licence: str
    interval: str
    enabled: bool = True
    last_harvest_at: str | None = None
    last_success_at: str | None = None
    #: Format-specific position kept between harvests (e.g. the RPDE ``next`` URL), as JSON.
    state: str | None = None


class OfferRow(SQLModel, table=True):
    __tablename__ = "offers"

    id: str = Field(primary_key=True)
    source_id: str = Field(index=True)
    provider_id: str
    status: str
    title: str
    start: str | None = None
    end: str | None = None
    content_hash: str
    first_seen_at: str
    last_seen_at: str
    changed_at: str
    #: The whole validated Offer as JSON (schemas.offer.Offer.model_dump_json()).
    data: str


class HarvestRun(SQLModel, table=True):
    __tablename__ = "harvest_runs"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    source_id: str = Field(index=True)
    started_at: str
    finished_at: str
    #: ok | not-modified | held | failed
    outcome: str
    full: bool = True
    fetched: int = 0
    valid: int = 0
    rejected: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    held_back: int = 0
    error: str | None = None


class RejectRow(SQLModel, table=True):
    __tablename__ = "rejects"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(index=True)
    source_id: str = Field(index=True)
    record_ref: str | None = None
    excerpt: str
    reason: str


class ChangeRow(SQLModel, table=True):
    __tablename__ = "changes"
    __table_args__ = {"sqlite_autoincrement": True}

    #: Monotonic sequence number: the change feed's order.
    seq: int | None = Field(default=None, primary_key=True)
    offer_id: str = Field(index=True)
    source_id: str
    #: new | updated | withdrawn
    change: str
    at: str
    content_hash: str
