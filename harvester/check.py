"""``lernfeed check``: read one file or URL like a harvest would, and report what came out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from harvester import formats, settings
from harvester.formats.detect import detect_format
from harvester.formats.registry import parser_for
from harvester.normalize.record import RecordError, SourceContext, normalize_record
from harvester.store import Reject
from schemas.offer import Offer

CHECK_SOURCE_ID = "check_source"


class CheckError(Exception):
    """The source could not be read or parsed at all (exit code 2)."""


@dataclass
class CheckResult:
    location: str
    format: str
    offers: list[Offer] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    fetched: int = 0
    #: source_refs the source says are deleted (RPDE ``state: deleted``); not offers, not rejects.
    deleted: list[str] = field(default_factory=list)


def read_source(location: str) -> tuple[bytes, str, str]:
    """Bytes, final name and content type of a file path or http(s) URL."""
    if location.startswith(("http://", "https://")):
        from harvester.fetch_once import fetch_url

        return fetch_url(location)
    path = Path(location)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CheckError(f"{location}: cannot read the file ({exc.strerror})") from None
    if size > settings.MAX_RESPONSE_BYTES:
        raise CheckError(f"{location}: larger than the {settings.MAX_RESPONSE_BYTES // 1_000_000} MB we read")
    return path.read_bytes(), path.name, ""


def check(
    location: str,
    *,
    format_name: str | None,
    timezone: str,
    now: datetime | None = None,
    content: bytes | None = None,
    options: dict[str, Any] | None = None,
) -> CheckResult:
    now = now or datetime.now(UTC)
    zone = ZoneInfo(timezone)
    name, content_type = location, ""
    if content is None:
        content, name, content_type = read_source(location)
    fmt = format_name or detect_format(content, name=name, content_type=content_type)
    if fmt is None:
        raise CheckError(f"{location}: cannot tell the format; name it with --format (e.g. --format ical)")
    try:
        parser = parser_for(fmt)
    except ValueError as exc:
        raise CheckError(str(exc)) from None
    ctx = SourceContext(source_id=CHECK_SOURCE_ID, provider_id="check", timezone=zone, options=options or {})
    result = CheckResult(location=location, format=fmt)
    base_url = location if location.startswith("http") else Path(location).resolve().as_uri()
    try:
        for record in parser(
            content, **formats.parse_kwargs(base_url=base_url, timezone=zone, now=now, options=options)
        ):
            if record.get("_deleted"):
                result.deleted.append(str(record["_deleted"]))
                continue
            result.fetched += 1
            try:
                result.offers.append(normalize_record(record, ctx, now=now))
            except RecordError as exc:
                result.rejects.append(Reject.of(record, str(exc)))
    except formats.FormatError as exc:
        raise CheckError(f"{location}: {exc}") from None
    return result
