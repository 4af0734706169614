"""The Events Calendar (WordPress plugin) REST API: one page of ``/wp-json/tribe/events/v1/events``.

A page is ``{"events": [...], "rest_url", "next_rest_url", "total", "total_pages"}``; a bare list of
events and a single event object are read too. Paging is the spider's job (``spiders/tribe.py``);
``tribe_page`` tells it where the next page is, ``api_error`` what a WordPress error body says.

Decisions (FORMATS.md has the facts; the tests pin each one):

- ``source_ref`` is ``str(id)``: the post id is stable on its site (``global_id`` only adds the host).
- Time: ``start_date``/``end_date`` are the site's wall-clock times without offset; ``utc_*`` are UTC.
  When the event's ``timezone`` is an IANA region zone, the instant is ``utc_*`` shown in that zone.
  When it is a fixed offset ("UTC+1", "UTC-5", "EST") that is one of the source zone's own offsets, or
  UTC (WordPress' default, left unset by many sites), the site uses it as a stand-in for its real zone:
  the wall-clock time is what visitors read, so it is handed to the normaliser to be read in the source's
  zone (right across DST, where the fixed offset is an hour off), with a warning when ``utc_*`` disagrees.
  Any other fixed offset is genuine: ``utc_*`` in that offset. Without a usable zone, ``utc_*`` in the
  source's zone, else the wall-clock time. All-day events give dates; ``end == start`` drops the end.
- Price: ``cost`` is the source's words (``price_text``). ``cost_details.values`` (numbers as strings) give
  ``price_eur`` when the currency is EUR/€ and there is one amount (or no words), or when every value is 0
  (free in any currency); several amounts with words are left to the words ("45 € (Geschwister 35 €)").
  Empty ``cost`` and no values: price unknown, so no price field at all (never "free").
- ``website`` is the event's own link (often its ticket or registration page): ``registration_url`` when
  it differs from ``url``, else ``url`` when the event has no permalink.
- Events that are not published (``status`` other than "publish") or that the publisher hid from
  listings (``hide_from_listings``) are yielded as ``_reject`` records with that reason: counted and
  visible in the report, never published.
- ``is_virtual`` (Virtual Events add-on) or a venue named like "Online" makes the offer online (or mixed
  when there is also a physical venue); ``virtual_url`` is its ``online_url``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from datetime import timezone as fixed_zone
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from harvester.formats import FormatError, RawRecord
from harvester.formats.safe import parse_json

#: At most this many events are read from one page (the plugin's per_page maximum is 50 unless a site raises it).
MAX_EVENTS_PER_PAGE = 5_000
#: WordPress error codes that mean "no events here" (an empty archive page answers 404 with one of them).
NO_RESULTS_CODES = frozenset({"event-archive-page-not-found", "rest_no_results", "rest_post_invalid_page_number"})
#: WordPress error codes that mean "this is not (or no longer) the events API": never read as "no events".
ENDPOINT_ERROR_CODES = frozenset({"rest_no_route", "rest_disabled", "rest_forbidden", "rest_not_logged_in"})

#: Time zone abbreviations that sites write instead of a zone name, with their UTC offset in hours.
# fmt: off
ABBREVIATION_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2,
    "EET": 2, "EEST": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}
# fmt: on

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2}(?:[.,]\d+)?)(?::?(?P<minutes>\d{2}))?$", re.I)
_WP_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_ONLINE_VENUE = re.compile(r"^(?:online|virtuell|digital|webinar|livestream|zoom|internet)\b", re.I)


@dataclass(frozen=True)
class TribePage:
    """Where a page sits in the API's paging."""

    next_url: str | None
    total: int | None
    total_pages: int | None


def parse_tribe(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per event of an API page (or of a bare list, or of one event object)."""
    warnings: list[str] = []
    events = _events(parse_json(content, warnings))
    if len(events) > MAX_EVENTS_PER_PAGE:
        warnings.append(f"only the first {MAX_EVENTS_PER_PAGE} of {len(events)} events of this page were read")
        events = events[:MAX_EVENTS_PER_PAGE]
    for event in events:
        if not isinstance(event, dict):
            yield cast(RawRecord, {"_reject": f"an event is a JSON {type(event).__name__}, not an object"})
            continue
        yield _record(event, timezone, warnings)


def tribe_page(content: bytes) -> TribePage:
    """The next page's URL and the totals a page states (all None when it states none)."""
    try:
        data = parse_json(content)
    except FormatError:
        return TribePage(None, None, None)
    if not isinstance(data, dict):
        return TribePage(None, None, None)
    next_url = data.get("next_rest_url")
    return TribePage(
        next_url=next_url.strip() if isinstance(next_url, str) and next_url.strip() else None,
        total=_count(data.get("total")),
        total_pages=_count(data.get("total_pages")),
    )


def api_error(content: bytes) -> tuple[str, str] | None:
    """(code, message) of a WordPress REST error body, or None when the body is not one."""
    try:
        data = parse_json(content)
    except FormatError:
        return None
    if isinstance(data, dict) and isinstance(data.get("code"), str) and "events" not in data:
        return data["code"], html.unescape(str(data.get("message") or ""))
    return None


# --- one document ---------------------------------------------------------------------------------------------


def _events(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise FormatError(f"not The Events Calendar API data (the JSON is a {type(data).__name__})")
    if "events" in data:
        events = data["events"]
        if events in (None, {}):
            return []
        if isinstance(events, dict):  # some filters turn the list into an object keyed by position
            return list(events.values())
        if not isinstance(events, list):
            raise FormatError(f"'events' is a {type(events).__name__}, not a list")
        return events
    if "code" in data and "message" in data:
        code = str(data["code"])
        if code in NO_RESULTS_CODES:
            return []
        raise FormatError(
            f"the API answered an error instead of events ({code}: {html.unescape(str(data['message']))})"
        )
    if "title" in data and ("start_date" in data or "utc_start_date" in data):
        return [data]
    raise FormatError("not The Events Calendar API data (no 'events' list and no event object)")


def _record(event: dict[str, Any], zone: ZoneInfo, page_warnings: list[str]) -> RawRecord:
    warnings = list(page_warnings)
    title = event.get("title")
    title = title.get("rendered", "") if isinstance(title, dict) else title  # WordPress core's {"rendered": ...}
    record: RawRecord = {"title": str(title or ""), "warnings": warnings}
    ref = event.get("id") or event.get("global_id")
    if ref not in (None, "", False):
        record["source_ref"] = str(ref)
    skipped = _skip_reason(event)
    if skipped:
        reject: dict[str, Any] = {"_reject": skipped, "title": record["title"]}
        if "source_ref" in record:
            reject["source_ref"] = record["source_ref"]
        return cast(RawRecord, reject)
    url = _text(event.get("url"))
    website = _link(event.get("website"))
    if url:
        record["url"] = url
    elif website:
        record["url"] = website
    if website and url and website.rstrip("/") != url.rstrip("/"):
        record["registration_url"] = website
    description = _text(event.get("description")) or _text(event.get("excerpt"))
    if description:
        record["description"] = description
    _add_when(record, event, zone, warnings)
    _add_price(record, event)
    _add_place(record, event)
    organizer = _organizer(event.get("organizer"))
    if organizer:
        record["organizer"] = organizer
    categories = _names(event.get("categories"))
    if categories:
        record["source_categories"] = categories
    tags = _names(event.get("tags"))
    if tags:
        record["keywords"] = tags
    image = event.get("image")
    image_url = _text(image.get("url")) if isinstance(image, dict) else _text(image)
    if image_url:
        record["image_url"] = image_url
    modified = _utc(event.get("modified_utc"))
    if modified is not None:
        record["source_modified_at"] = modified
    elif _text(event.get("modified")):
        record["source_modified_at"] = str(event["modified"])
    status = _text(event.get("event_status")) or _text(event.get("_tribe_events_status"))
    if status:
        record["status"] = status  # Event Status add-on: "canceled", "postponed"
    return record


def _skip_reason(event: dict[str, Any]) -> str | None:
    status = _text(event.get("status"))
    if status and status.lower() != "publish":
        return f"event status is {status!r}, not 'publish': not a published event, skipped"
    if event.get("hide_from_listings") in (True, "yes", "1", 1):
        return "the publisher hid this event from listings (hide_from_listings): skipped"
    return None


# --- when -------------------------------------------------------------------------------------------------------


def _add_when(record: RawRecord, event: dict[str, Any], zone: ZoneInfo, warnings: list[str]) -> None:
    if event.get("all_day") in (True, "yes", "1", 1, "true"):
        start_day = _day(event.get("start_date"))  # the site's own day: a UTC date may be the day before
        end_day = _day(event.get("end_date"))
        record["all_day"] = True
        if start_day is None:
            _raw_when(record, event)
            return
        record["start"] = start_day
        if end_day is not None and end_day != start_day:
            record["end"] = end_day
        return
    name = _text(event.get("timezone")) or _text(event.get("timezone_abbr"))
    start = _instant(event.get("start_date"), event.get("utc_start_date"), name, zone, warnings)
    end = _instant(event.get("end_date"), event.get("utc_end_date"), name, zone, warnings)
    warnings[:] = list(dict.fromkeys(warnings))  # start and end say the same
    if start is None:
        _raw_when(record, event)
        return
    record["start"] = start
    if end is not None and end != start:
        record["end"] = end


def _raw_when(record: RawRecord, event: dict[str, Any]) -> None:
    """Dates that cannot be read here go to the normaliser as they are (it rejects them with a reason)."""
    for field, key in (("start", "start_date"), ("end", "end_date")):
        value = event.get(key)
        if isinstance(value, str) and value.strip():
            record[field] = value.strip()  # type: ignore[literal-required]


def _instant(
    local_value: Any, utc_value: Any, zone_name: str | None, source_zone: ZoneInfo, warnings: list[str]
) -> datetime | None:
    """The start or end as an aware datetime, or a naive wall-clock time for the normaliser to localise."""
    local = _naive(local_value)
    utc = _utc(utc_value)
    event_zone, is_region = _zone_of(zone_name)
    if event_zone is not None and is_region:
        if utc is not None:
            shown = utc.astimezone(event_zone)
            if local is not None and shown.replace(tzinfo=None) != local:
                warnings.append(
                    f"the site's local times disagree with its UTC times in {zone_name}; used the UTC times"
                )
            return shown
        if local is None:
            return None
        same_zone = getattr(event_zone, "key", None) == source_zone.key
        return local if same_zone else local.replace(tzinfo=event_zone)
    if event_zone is not None:
        offset = event_zone.utcoffset(None) or timedelta(0)
        if local is not None and (offset == timedelta(0) or offset in _offsets(source_zone, local.year)):
            if utc is not None and local.replace(tzinfo=source_zone).astimezone(UTC) != utc:
                warnings.append(
                    f"event time zone {zone_name!r} is a fixed offset standing in for the site's zone; "
                    f"read the times as shown on the site, in {source_zone.key}"
                )
            return local
        if utc is not None:
            return utc.astimezone(event_zone)
        return local.replace(tzinfo=event_zone) if local is not None else None
    if zone_name:
        warnings.append(f"unknown event time zone {zone_name!r}; read the times in {source_zone.key}")
    if utc is not None:
        return utc.astimezone(source_zone)
    return local


def _zone_of(name: str | None) -> tuple[tzinfo | None, bool]:
    """(zone, is_region) for an event's time zone: an IANA region zone, a fixed offset, or (None, False)."""
    if not name:
        return None, False
    name = name.strip()
    if "/" in name and not name.startswith("Etc/"):
        try:
            return ZoneInfo(name), True
        except (ZoneInfoNotFoundError, ValueError):
            return None, False
    upper = name.upper()
    if upper in ABBREVIATION_OFFSETS:
        return fixed_zone(timedelta(hours=ABBREVIATION_OFFSETS[upper]), upper), False
    match = _OFFSET.match(name)
    if match:
        hours = float(match.group("hours").replace(",", "."))
        minutes = int(match.group("minutes") or 0)
        delta = timedelta(hours=hours, minutes=minutes)
        if delta >= timedelta(hours=15):
            return None, False
        return fixed_zone(-delta if match.group("sign") == "-" else delta), False
    try:
        zone = ZoneInfo(name)  # legacy names such as "Japan" or "Etc/GMT-1"
    except (ZoneInfoNotFoundError, ValueError):
        return None, False
    winter, summer = (zone.utcoffset(datetime(2025, month, 15)) for month in (1, 7))  # noqa: DTZ001
    return zone, winter != summer


def _offsets(zone: ZoneInfo, year: int) -> set[timedelta]:
    """The UTC offsets a zone uses in a year (standard and summer time)."""
    found = set()
    for month in (1, 4, 7, 10):
        offset = zone.utcoffset(datetime(year, month, 15))  # noqa: DTZ001 - a wall time probed in the zone
        if offset is not None:
            found.add(offset)
    return found


def _naive(value: Any) -> datetime | None:
    """A WordPress 'YYYY-MM-DD HH:MM:SS' as a naive datetime (None when empty, zero or malformed)."""
    if not isinstance(value, str) or not _WP_DATETIME.match(value.strip()) or value.startswith("0000"):
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _utc(value: Any) -> datetime | None:
    naive = _naive(value)
    return naive.replace(tzinfo=UTC) if naive is not None else None


def _day(value: Any) -> date | None:
    naive = _naive(value)
    return naive.date() if naive is not None else None


# --- price, place, people ---------------------------------------------------------------------------------------


def _add_price(record: RawRecord, event: dict[str, Any]) -> None:
    cost = _text(event.get("cost"))
    if cost:
        record["price_text"] = cost
    details = event.get("cost_details")
    if not isinstance(details, dict):
        return
    values = details.get("values")
    amounts = sorted(
        {number for number in (_number(v) for v in (values if isinstance(values, list) else [])) if number is not None}
    )
    if not amounts:
        return
    currency = f"{_text(details.get('currency_symbol')) or ''} {_text(details.get('currency_code')) or ''}"
    in_euro = "€" in currency or "EUR" in currency.upper() or "&euro;" in currency.lower()
    if amounts == [0.0]:
        record["price_eur"] = 0.0  # nothing costs nothing in every currency
    elif in_euro and (len(amounts) == 1 or not cost):
        record["price_eur"] = amounts[0]
    # Several amounts with words ("45 € (Geschwister 35 €)"): the words say which is the regular price,
    # so the normaliser reads price_text instead of taking the lowest number as the regular price.


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value >= 0 else None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,7}(?:\.\d{1,2})?\s*", value):
        return float(value)
    return None


def _add_place(record: RawRecord, event: dict[str, Any]) -> None:
    venue = event.get("venue")
    if isinstance(venue, list):
        venue = next((item for item in venue if isinstance(item, dict) and item), None)
    virtual = event.get("is_virtual") in (True, "yes", "1", 1)
    virtual_url = _link(event.get("virtual_url"))
    if virtual_url:
        record["online_url"] = virtual_url
    place: dict[str, Any] = {}
    if isinstance(venue, dict) and venue:
        address = _text(venue.get("address"))
        place = {
            "name": _text(venue.get("venue")) or _text(venue.get("name")),
            "street": address.strip(" ,;") if address else None,
            "postal_code": _text(venue.get("zip")),
            "locality": _text(venue.get("city")),
            "lat": venue.get("geo_lat"),
            "lon": venue.get("geo_lng"),
        }
        place = {key: value for key, value in place.items() if value not in (None, "")}
    physical = any(key in place for key in ("street", "postal_code", "locality", "lat"))
    name = str(place.get("name") or "")
    if place and not physical:
        record["location"] = name  # a name alone: the normaliser reads "Online", "Zoom", "Stadtbibliothek"
    elif place:
        record["location"] = place
    if virtual or (name and _ONLINE_VENUE.match(name) and not physical):
        record["attendance_mode"] = "mixed" if physical else "online"


def _organizer(value: Any) -> dict[str, Any] | None:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, dict):
            continue
        organizer = {
            "name": _text(item.get("organizer")) or _text(item.get("name")),
            "url": _link(item.get("website")) or _text(item.get("url")),
            "email": html.unescape(_text(item.get("email")) or "") or None,  # antispambot writes entities
            "phone": _text(item.get("phone")),
        }
        organizer = {key: item for key, item in organizer.items() if item}
        if organizer.get("name"):
            return organizer
    return None


def _names(value: Any) -> list[str]:
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    names = [_text(item.get("name")) if isinstance(item, dict) else _text(item) for item in items]
    return [name for name in names if name]


def _link(value: Any) -> str | None:
    """A URL from a plain value or from an ``<a href>`` that some versions put in ``website``."""
    text = _text(value)
    if not text:
        return None
    if "<" in text:
        match = _HREF.search(text)
        return html.unescape(match.group(1)).strip() if match else None
    return html.unescape(text)


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None
