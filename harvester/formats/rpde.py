"""OpenActive RPDE (Realtime Paged Data Exchange) feed pages.

One page is ``{"next": <url>, "items": [...], "license": <url>}``; an item is ``{"state", "kind", "id",
"modified", "data"}``. ``state: updated`` items become raw records (``data`` is schema.org-derived
Modelling Opportunity Data, mapped by ``harvester.formats.schemaorg``; the item's ``id`` is the
source_ref, so a later deletion of the same id withdraws the offer); ``state: deleted`` items become
``{"_deleted": id}``. The last page has no items and its ``next`` is its own URL (``rpde_page`` tells).

Paging, resuming and the loop guards live in ``spiders.rpde``; this module never fetches.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from w3lib.url import canonicalize_url

from harvester.formats import FormatError, RawRecord
from harvester.formats.safe import parse_json
from harvester.formats.schemaorg import SchemaMapper
from harvester.formats.schemaorg_values import text_of

#: At most this many items are read from one page (publishers page by 50-500).
MAX_ITEMS_PER_PAGE = 20_000

#: Integer ``modified`` values in these ranges are read as instants; others are change numbers.
_EPOCH_SECONDS = (946_684_800, 4_102_444_800)  # 2000-01-01 .. 2100-01-01
_EPOCH_MILLISECONDS = (_EPOCH_SECONDS[0] * 1000, _EPOCH_SECONDS[1] * 1000)
_DOTNET_TICKS = (630_822_816_000_000_000, 662_380_416_000_000_000)  # .NET DateTime.Ticks, 2000 .. 2100
_DOTNET_EPOCH = datetime(1, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class RpdePage:
    """What a page says about paging: where to go next, whether it is the last page."""

    next_url: str | None
    is_last: bool
    items_count: int
    license: str | None


def rpde_page(content: bytes, *, url: str | None = None) -> RpdePage:
    """The paging facts of one RPDE page (``url``: the page's own address, to recognise the last page)."""
    return _page_of(_load(content), url)


def parse_rpde(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per updated item and ``{"_deleted": id}`` per deleted item of one page."""
    _, records = read_page(content, url=base_url, timezone=timezone, now=now)
    yield from records


def read_page(content: bytes, *, url: str, timezone: ZoneInfo, now: datetime) -> tuple[RpdePage, list[RawRecord]]:
    """A page's paging facts and its records, from one parse (the spider's entry point)."""
    data = _load(content)
    return _page_of(data, url), _records(data["items"], base_url=url, timezone=timezone, now=now)


def same_url(a: str | None, b: str | None) -> bool:
    """Two feed URLs are the same page (query parameters in any order)."""
    if not a or not b:
        return False
    return canonicalize_url(a) == canonicalize_url(b)


def _load(content: bytes) -> dict[str, Any]:
    data = parse_json(content)
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        keys = ", ".join(sorted(data)[:8]) if isinstance(data, dict) else type(data).__name__
        raise FormatError(f"not an RPDE page (expected an object with an 'items' list; found {keys or 'nothing'})")
    if len(data["items"]) > MAX_ITEMS_PER_PAGE:
        raise FormatError(f"the page has {len(data['items'])} items, more than the {MAX_ITEMS_PER_PAGE} we read")
    return data


def _page_of(data: dict[str, Any], url: str | None) -> RpdePage:
    raw_next = data.get("next")
    next_url = raw_next.strip() if isinstance(raw_next, str) and raw_next.strip() else None
    if next_url and url:
        next_url = urljoin(url, next_url)  # the spec wants absolute URLs; some publishers write relative ones
    count = len(data["items"])
    is_last = count == 0 and (next_url is None or url is None or same_url(next_url, url))
    licence = data.get("license") or data.get("licence")
    return RpdePage(
        next_url=next_url, is_last=is_last, items_count=count, license=licence if isinstance(licence, str) else None
    )


def _records(items: list[Any], *, base_url: str, timezone: ZoneInfo, now: datetime) -> list[RawRecord]:
    datas = [item.get("data") for item in items if isinstance(item, dict)]
    mapper = SchemaMapper(datas, base_url=base_url, timezone=timezone, now=now, one_page=False)  # links resolve
    records: list[RawRecord] = []
    for position, item in enumerate(items, 1):
        if not isinstance(item, dict):
            records.append({"_reject": f"item {position} is not an object", "title": ""})
            continue
        ref = text_of(item.get("id"))
        state = str(item.get("state") or "").strip().lower()
        if state == "deleted":
            if ref:
                records.append({"_deleted": ref})
            continue
        if state != "updated":
            records.append({"_reject": f"item {ref or position}: unknown state {item.get('state')!r}", "title": ""})
            continue
        if not isinstance(item.get("data"), dict):
            records.append({"_reject": f"item {ref or position}: state 'updated' without data", "title": ""})
            continue
        records.extend(_item_records(item, ref, mapper))
    return records


def _item_records(item: dict[str, Any], ref: str | None, mapper: SchemaMapper) -> list[RawRecord]:
    """The records of one updated item (usually one; Slot/FacilityUse and other non-events give none)."""
    found = mapper.records(item["data"])
    modified = _modified(item.get("modified"))
    for number, record in enumerate(found, 1):
        if ref:
            record["source_ref"] = ref if len(found) == 1 else f"{ref}#{number}"
        if modified is not None and "source_modified_at" not in record:
            record["source_modified_at"] = modified
    return found


def _modified(value: Any) -> datetime | str | None:
    """An item's ``modified`` as an instant when it is one (epoch s/ms, .NET ticks, ISO); a change number is None."""
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("-").isdigit():
            return text or None
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    if _EPOCH_SECONDS[0] <= value <= _EPOCH_SECONDS[1]:
        return datetime.fromtimestamp(value, tz=UTC)
    if _EPOCH_MILLISECONDS[0] <= value <= _EPOCH_MILLISECONDS[1]:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    if _DOTNET_TICKS[0] <= value <= _DOTNET_TICKS[1]:
        return _DOTNET_EPOCH + timedelta(microseconds=value // 10)
    return None
