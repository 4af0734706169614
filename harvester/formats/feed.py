"""RSS 2.0, RSS 1.0 and Atom feeds, read with feedparser.

A feed item carries the *publication* date, not the event date: the event's date and time
are usually written in the item's text, which the normaliser reads. Items using the RSS
event module (``ev:startdate``, ``ev:enddate``, ``ev:location``) give them in fields.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import feedparser

from harvester.formats import FormatError, RawRecord

#: The largest feed document we parse (a year of a busy library's events is well under 5 MB).
MAX_FEED_BYTES = 32 * 1024 * 1024
#: feedparser's complaints that say nothing about the feed itself (a file read without HTTP headers).
BENIGN_BOZO = (feedparser.NonXMLContentType,)


def parse_feed(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per RSS item or Atom entry."""
    if len(content) > MAX_FEED_BYTES:
        raise FormatError(f"the feed is larger than {MAX_FEED_BYTES // 1_000_000} MB")
    parsed = feedparser.parse(content, response_headers={"content-location": base_url}, sanitize_html=False)
    if parsed.bozo and not parsed.entries:
        raise FormatError(f"not a readable RSS or Atom feed ({_bozo_reason(parsed)})")
    if not parsed.entries and not parsed.feed:
        raise FormatError("not an RSS or Atom feed (no channel, feed or items found)")
    feed_warning = []
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), BENIGN_BOZO):
        feed_warning = [f"feed is not well-formed, read it tolerantly: {_bozo_reason(parsed)}"]
    for entry in parsed.entries:
        yield _record(entry, feed_warning)


def _record(entry: Any, warnings: list[str]) -> RawRecord:
    record: RawRecord = {"title": entry.get("title", ""), "warnings": list(warnings)}
    ref = entry.get("id") or entry.get("link")
    if ref:
        record["source_ref"] = ref
    if entry.get("link"):
        record["url"] = entry["link"]
    description = _longest_text(entry)
    if description:
        record["description"] = description
    tags = [tag.get("term") or tag.get("label") for tag in entry.get("tags", [])]
    if tags := [tag for tag in tags if tag]:
        record["source_categories"] = tags
    modified = entry.get("updated_parsed") or entry.get("published_parsed")
    if modified:
        record["source_modified_at"] = datetime.fromtimestamp(calendar.timegm(modified), tz=UTC)
    for field, key in (("start", "ev_startdate"), ("end", "ev_enddate"), ("location", "ev_location")):
        if entry.get(key):
            record[field] = entry[key]  # type: ignore[literal-required]
    if entry.get("ev_organizer"):
        record["organizer"] = entry["ev_organizer"]
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/"):
            record["image_url"] = link.get("href")
            break
    if "image_url" not in record and entry.get("media_thumbnail"):
        record["image_url"] = entry["media_thumbnail"][0].get("url")
    return record


def _longest_text(entry: Any) -> str:
    candidates = [content.get("value", "") for content in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    return max(candidates, key=len)


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc) if exc else "unknown problem"
    return text.splitlines()[0][:200]
