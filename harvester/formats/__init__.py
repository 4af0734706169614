"""Pure parsers, one module per format.

Contract (DESIGN.md): ``parse_<format>(content: bytes, *, base_url, timezone, now, options) -> Iterator[dict]``.
A parser never fetches, never writes, and does not interpret German date or price text: it
yields *raw records* (see ``RawRecord`` below) and leaves dates, prices, places, categories,
audiences and HTML cleaning to the one normaliser in ``harvester.normalize``.

A parser raises ``FormatError`` when the document as a whole cannot be read (not XML, not
JSON, no calendar, too large); a single bad record is yielded as it is and rejected later by
the normaliser with its reason, or yielded as ``{"_reject": reason, "_excerpt": ...}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any, TypedDict
from zoneinfo import ZoneInfo


class FormatError(ValueError):
    """The document cannot be read at all (one clear sentence, for the partner)."""


class RawRecord(TypedDict, total=False):
    """What a parser yields: loose Offer fields, before normalisation.

    Every key is optional except ``title`` (and a record without one is rejected).
    Values may be loose: the normaliser coerces them.
    """

    source_ref: str  # the source's own id (guid, UID, @id); else the normaliser hashes title+start+place
    title: str
    subtitle: str
    description: str  # may contain HTML: the normaliser strips it safely
    url: str
    course_code: str
    kind: str  # a Kind value, or a source word the normaliser maps ("Vortrag", "Workshop")
    status: str  # a Status value, or words such as "abgesagt", "EventCancelled"
    start: datetime | date | str  # aware/naive datetime, date, ISO string, or German text
    end: datetime | date | str
    all_day: bool
    sessions: list[dict[str, Any]]  # [{start, end, place, status}], same loose types
    schedule_text: str  # the source's own words ("Di., 12.03.2024, 18:00-19:30 Uhr")
    session_count: int | str
    price_eur: float | str  # a number, or a string such as "45,00"
    price_text: str  # "45,00 EUR, ermäßigt 30 EUR", "kostenfrei"
    price_options: list[dict[str, Any]]  # [{label, amount_eur}]
    is_free: bool
    location: dict[str, Any] | str  # a Place dict, or an address line
    online_url: str
    attendance_mode: str
    categories: list[str]  # taxonomy codes, when the source already uses ours
    source_categories: list[str]
    keywords: list[str]
    audiences: list[str]
    min_age: int | str
    max_age: int | str
    languages: list[str]
    level: str
    image_url: str
    organizer: dict[str, Any] | str
    registration_url: str
    registration_deadline: datetime | date | str
    capacity_max: int | str
    places_available: int | str
    accessibility: dict[str, Any]
    funding: list[str]
    certificate: str
    source_modified_at: datetime | str
    warnings: list[str]  # what the parser noticed (e.g. "VTIMEZONE with two TZIDs, used the first")


Parser = Callable[..., Iterator[RawRecord]]
ParseArgs = dict[str, Any]


def parse_kwargs(
    *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> ParseArgs:
    """The keyword arguments every parser takes (a helper so callers spell them once)."""
    return {"base_url": base_url, "timezone": timezone, "now": now, "options": options or {}}
