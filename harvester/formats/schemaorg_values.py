"""Reading schema.org values as real documents write them: a string or a list, a Thing or its @id, prefixed names.

Small pure helpers for ``harvester.formats.schemaorg``; only machine values are converted (numbers, ISO
durations), everything else is passed on for the normaliser.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

#: schema.org and OpenActive types read as one event (an offer, or a session of one).
EVENT_TYPES = frozenset(
    {
        "Event",
        "BusinessEvent",
        "ChildrensEvent",
        "ComedyEvent",
        "CourseInstance",
        "DanceEvent",
        "EducationEvent",
        "EventSeries",
        "ExhibitionEvent",
        "Festival",
        "FoodEvent",
        "Hackathon",
        "LiteraryEvent",
        "MusicEvent",
        "PublicationEvent",
        "SaleEvent",
        "ScreeningEvent",
        "SocialEvent",
        "SportsEvent",
        "TheaterEvent",
        "VisualArtsEvent",
        "SessionSeries",
        "ScheduledSession",
        "OnDemandEvent",
    }
)
#: Types read as a course whose instances are the offers.
COURSE_TYPES = frozenset({"Course"})
#: eventAttendanceMode and CourseInstance.courseMode values -> our attendance modes.
ATTENDANCE = {
    "OfflineEventAttendanceMode": "offline",
    "OnlineEventAttendanceMode": "online",
    "MixedEventAttendanceMode": "mixed",
    "online": "online",
    "onsite": "offline",
    "blended": "mixed",
    "offline": "offline",
    "mixed": "mixed",
}
_PREFIXES = (
    "http://schema.org/",
    "https://schema.org/",
    "http://www.schema.org/",
    "https://www.schema.org/",
    "schema:",
    "oa:",
    "https://openactive.io/",
    "beta:",
)
_MACHINE_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")
_LANGUAGE_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


def local_name(value: Any) -> str:
    """ "https://schema.org/EventCancelled", "schema:Event", "Event" -> the bare term."""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    return text.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def type_names(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    raw = node.get("@type", node.get("type"))
    return {local_name(value) for value in (raw if isinstance(raw, list) else [raw]) if isinstance(value, str)}


def prop(node: Any, name: str) -> Any:
    """A property by its schema.org name, also when written "schema:name" or as a full URL."""
    if not isinstance(node, dict):
        return None
    for key in (name, f"schema:{name}", f"https://schema.org/{name}", f"http://schema.org/{name}"):
        value = node.get(key)
        if value not in (None, "", []):
            return value
    return None


def node_id(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    value = node.get("@id", node.get("id"))
    return value.strip() if isinstance(value, str) and value.strip() and not value.startswith("_:") else None


def text_of(value: Any) -> str | None:
    """The first text in a value: a string, a number, {"@value": ...}, a list, a named Thing."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        for key in ("@value", "value", "name", "url", "@id"):
            if value.get(key) is not None:
                return text_of(value[key])
        return None
    if isinstance(value, list):
        return next((text for text in map(text_of, value) if text), None)
    return None


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def place_of(node: dict[str, Any]) -> dict[str, Any] | str:
    """A Place (with PostalAddress and GeoCoordinates) -> the normaliser's place dict."""
    place: dict[str, Any] = {}
    if name := text_of(prop(node, "name")):
        place["name"] = name
    address = prop(node, "address")
    if isinstance(address, list):
        address = address[0] if address else None
    if isinstance(address, dict):
        for key, name in (("street", "streetAddress"), ("postal_code", "postalCode"), ("locality", "addressLocality")):
            if (value := text_of(prop(address, name))) is not None:
                place[key] = value
    elif isinstance(address, str) and address.strip():
        place["street"] = address  # a whole address line: the normaliser splits it
    geo = prop(node, "geo")
    if isinstance(geo, dict):
        lat, lon = number_of(prop(geo, "latitude"), decimal=True), number_of(prop(geo, "longitude"), decimal=True)
        if lat is not None and lon is not None:
            place["lat"], place["lon"] = lat, lon
    return place


def url_of(value: Any) -> Any:
    """The URL of a value: a string, an ImageObject/WebPage ({"url"|"contentUrl"|"@id"}), the first of a list."""
    if isinstance(value, list):
        return next((url for url in map(url_of, value) if url), None)
    if isinstance(value, dict):
        return url_of(prop(value, "url") or prop(value, "contentUrl") or node_id(value))
    return value if isinstance(value, str) else None


def organizer_of(value: Any) -> dict[str, Any] | str | None:
    if isinstance(value, str):
        return value if not value.startswith(("http://", "https://")) else {"url": value}
    if not isinstance(value, dict):
        return None
    name = text_of(prop(value, "name")) or " ".join(
        part for part in (text_of(prop(value, "givenName")), text_of(prop(value, "familyName"))) if part
    )
    fields = {
        "name": name,
        "url": text_of(prop(value, "url")),
        "email": text_of(prop(value, "email")),
        "phone": text_of(prop(value, "telephone")),
    }
    if fields["email"]:
        fields["email"] = fields["email"].removeprefix("mailto:")
    return {key: item for key, item in fields.items() if item} or None


def languages_of(value: Any) -> list[str]:
    codes = []
    for item in as_list(value):
        text = text_of(prop(item, "alternateName") or item) if isinstance(item, dict) else text_of(item)
        if not text:
            continue
        match = _LANGUAGE_TAG.match(text.strip())
        codes.append(match.group(1).lower() if match else text.strip())
    return list(dict.fromkeys(codes))


def words_of(value: Any) -> list[str]:
    """Keywords and categories: a comma-separated string, a list, Things or Concepts (prefLabel)."""
    words: list[str] = []
    for item in as_list(value):
        if isinstance(item, dict):
            text = text_of(item.get("prefLabel")) or text_of(prop(item, "name"))
            if text:
                words.append(text)
        elif isinstance(item, str):
            words.extend(part.strip() for part in item.split(",") if part.strip())
    return words


def number_of(value: Any, *, decimal: bool = False) -> Any:
    """A machine number (int, float, "12", "12.5"); anything else is None."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("value"))
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and _MACHINE_NUMBER.match(value)):
        number = float(value)
    else:
        return None
    return number if decimal else int(number)


def plus_duration(start: str, duration: Any) -> str | None:
    """The end of an event with a start and an ISO duration (machine values only)."""
    if duration is None or "T" not in start.upper():
        return None
    try:
        begin = datetime.fromisoformat(start.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (begin + duration).isoformat()


def instant(value: Any) -> float:
    """A sort key for a loose start value (ISO string, datetime, date); unreadable values sort last."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return float("inf")
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()
    return float("inf")
