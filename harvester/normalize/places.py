"""Places: address lines and loose place dicts -> ``Place`` fields; online venues recognised.

Decisions (also in the tests):

- ``parse_address`` reads comma-separated parts: "12345 Town" is postal code and locality, a part
  ending in a house number is the street, "Raum …"/"Saal …"/"1. OG" or a bracketed remark is the
  room, the first other part is the name and another part after the street is the locality; a
  later part ending like a street name ("…weg", "…platz") is the street even without a number.
- "Town-District" after a postal code gives locality and district, except for towns whose own
  name has a hyphen (``HYPHENATED_TOWNS``). Brackets in a locality stay ("Halle (Westf.)").
- "c/o" before a name is dropped; country names are dropped; a US state code ("MI 48226") marks
  the part before it as the locality and gives its ZIP as postal code ("3 Detroit, MI" -> street
  "3", locality "Detroit").
- Online venues ("Online", "Webinar", a Zoom link) give ``{}`` from ``parse_address`` and None
  from ``place_from``: the caller sets the attendance mode.
"""

from __future__ import annotations

import math
import re
from typing import Any
from urllib.parse import urlsplit

from harvester.normalize.text import clean_line

MAX_ADDRESS_CHARS = 300
"""Longest address line read; the rest is ignored (an address is a line, not a page)."""

#: Only this many characters of a description are searched for a labelled venue line.
MAX_SCAN_CHARS = 20_000
PLACE_FIELDS = ("name", "room", "street", "postal_code", "locality", "district", "lat", "lon")

#: Keys of loose place dicts (compared in lower case), by Place field.
PLACE_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("name", "venue", "title", "bezeichnung", "venue_name", "venuename", "location_name"),
    "room": ("room", "raum"),
    "street": ("street", "streetaddress", "street_address", "address", "strasse", "straße", "adresse"),
    "postal_code": ("postal_code", "postalcode", "zip", "zipcode", "zip_code", "plz"),
    "locality": ("locality", "city", "addresslocality", "ort", "town", "stadt"),
    "district": ("district", "ortsteil", "bezirk", "stadtteil"),
    "lat": ("lat", "latitude", "breitengrad", "geo_lat"),
    "lon": ("lon", "lng", "long", "longitude", "laengengrad", "längengrad", "geo_lng", "geo_lon"),
}

#: Towns whose own name has a hyphen: "33378 Rheda-Wiedenbrück" is not town "Rheda", district "Wiedenbrück".
HYPHENATED_TOWNS = frozenset(
    name.casefold()
    for name in (
        "Rheda-Wiedenbrück",
        "Schloß Holte-Stukenbrock",
        "Schloss Holte-Stukenbrock",
        "Castrop-Rauxel",
        "Kamp-Lintfort",
        "Neukirchen-Vluyn",
        "Oer-Erkenschwick",
        "Garmisch-Partenkirchen",
        "Villingen-Schwenningen",
        "Bietigheim-Bissingen",
        "Leinfelden-Echterdingen",
        "Idar-Oberstein",
        "Titisee-Neustadt",
        "Clausthal-Zellerfeld",
        "Hohenstein-Ernstthal",
    )
)

COUNTRY_WORDS = frozenset({"deutschland", "germany", "de", "d", "brd", "usa", "united states", "us"})

#: Parts that name a room (at the start of a part) or end like one ("Lehrküche", "Kleiner Saal").
ROOM_START = (
    r"raum|räume|saal|zimmer|seminarraum|kursraum|gebäude|geb\.|trakt|flügel|aula|foyer|lehrküche|r\.|room|suite"
    r"|(?:\d+\.\s*)?(?:og|eg|ug|dg|etage|stock|stockwerk|obergeschoss|erdgeschoss|untergeschoss|dachgeschoss)"
)
ROOM_END = r"raum|saal|zimmer|küche|etage|geschoss|(?<!\w)(?:og|eg|ug|room|floor)"
#: Endings of a street name; such a part without a house number is the street when it is not the first part.
STREET_END = r"straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|wall|chaussee"

#: Words and tools that make a "place" an online venue.
ONLINE_START = (
    r"online|digital(?!\w)|virtuell|webinar|web-seminar|livestream|live-stream|videokonferenz|video-konferenz"
    r"|im internet|per video|via|per zoom|über zoom|zoom|bigbluebutton|jitsi|webex|ms teams|microsoft teams"
)
VIDEO_TOOLS = (
    r"zoom|bigbluebutton|big blue button|bbb|jitsi|webex|ms\s*teams|microsoft\s+teams|google\s+meet|skype"
    r"|edudip|gotomeeting|vhs\.cloud|alfaview|adobe\s+connect|whereby"
)
VIDEO_HOSTS = (
    "zoom.us",
    "zoom.com",
    "meet.jit.si",
    "jitsi",
    "teams.microsoft.com",
    "teams.live.com",
    "webex.com",
    "meet.google.com",
    "bigbluebutton",
    "bbb.",
    "edudip.com",
    "gotomeeting.com",
    "vhs.cloud",
    "alfaview",
    "whereby.com",
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "twitch.tv",
)

_ROOM_START = re.compile(rf"^(?:{ROOM_START})(?=\s|\d|$)", re.IGNORECASE)
_ROOM_END = re.compile(rf"(?:{ROOM_END})$", re.IGNORECASE)
_STREET_END = re.compile(rf"(?:{STREET_END})$", re.IGNORECASE)
_POSTAL = re.compile(r"^(?:D\s?-?\s?)?(?P<code>\d{5})\s+(?P<town>\S.*)$")
_US_STATE = re.compile(r"^(?P<state>[A-Z]{2})(?:\s+(?P<zip>\d{5})(?:-\d{4})?)?$")
_US_NUMBER_FIRST = re.compile(r"^\d{1,6}[A-Za-z]?\s+[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,4}$")
_US_ZIP = re.compile(r"^\d{5}(?:-\d{4})?$")
_HOUSE_NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/+]\s?\d{1,4}\s?[a-zA-Z]?)?"
_STREET = re.compile(rf"^(?P<name>[^\d,]{{2,60}}?[A-Za-zÄÖÜäöüß.)])\s*(?P<number>{_HOUSE_NUMBER})$")
_US_STREET = re.compile(
    r"^\d{1,6}[A-Za-z]?\s+[A-Za-z].*\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|place|pl"
    r"|square|sq|court|ct|parkway|pkwy|highway|hwy|terrace)\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\.?)?$",
    re.IGNORECASE,
)
_STREET_THEN_POSTAL = re.compile(rf"^(?P<street>.*?{_HOUSE_NUMBER})\s+(?P<postal>(?:D-?)?\d{{5}}\s+\S.*)$")
_NUMBER_THEN_TOWN = re.compile(r"^(?P<number>\d{1,6}[A-Za-z]?)\s+(?P<town>[^\d].*)$")
_DISTRICT_PREFIX = re.compile(r"^(?:OT|Ortsteil|Stadtteil)\s+(?P<district>\S.*)$", re.IGNORECASE)
_TOWN_DISTRICT = re.compile(r"^(?P<town>[^-–]+?)\s*[-–]\s*(?P<district>[A-ZÄÖÜ][^-–]{2,})$")
_BRACKETED = re.compile(r"^(?P<main>.*?)\s*\((?P<inner>[^()]+)\)\s*$")
_CARE_OF = re.compile(r"^c/o\s+", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[,;|\n]|\\[,;n])\s*")
_ONLINE_START = re.compile(rf"^(?:{ONLINE_START})", re.IGNORECASE)
_VIDEO_TOOL = re.compile(rf"(?<!\w)(?:{VIDEO_TOOLS})(?!\w)", re.IGNORECASE)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def parse_address(text: str) -> dict[str, str]:
    """One address line -> any of name, room, street, postal_code, locality, district; {} for online or empty."""
    line = clean_line(text[:MAX_ADDRESS_CHARS]) if isinstance(text, str) else None
    if not line or is_online_place(line):
        return {}
    return _parse_address(line)


def town_of_online_place(text: str) -> dict[str, str] | None:
    """The town an online venue is for ("Zoom Meeting, Detroit, MI" -> locality Detroit), or None.

    Online meetings of a city's boards name the city; the town is kept, the video tool is not a venue.
    """
    line = clean_line(text[:MAX_ADDRESS_CHARS]) if isinstance(text, str) else None
    parsed = _parse_address(line) if line else {}
    town = {field: parsed[field] for field in ("postal_code", "locality", "district") if field in parsed}
    return town if "locality" in town else None


def _parse_address(line: str) -> dict[str, str]:
    parts = [part for part in _split_parts(line) if part.casefold().rstrip(".") not in COUNTRY_WORDS]
    states = [(index, match) for index, part in enumerate(parts) if (match := _US_STATE.match(part))]
    state_at, state = states[0] if states else (None, None)
    result: dict[str, str] = {}
    names: list[str] = []
    after_street = False
    for index, part in enumerate(parts):
        main, bracketed = _split_bracket(part)
        if state is not None and index == state_at:
            if state.group("zip"):
                result.setdefault("postal_code", state.group("zip"))
            continue
        if state_at is not None and index == state_at + 1 and _US_ZIP.match(part):
            result.setdefault("postal_code", part[:5])  # "Chicago, IL, 60602": the ZIP as a part of its own
            continue
        if state_at is not None and index == state_at - 1 and "locality" not in result:
            number_town = _NUMBER_THEN_TOWN.match(part)
            if number_town and "street" not in result:
                result["street"] = number_town.group("number")
                part = number_town.group("town")
            result["locality"] = part
            continue
        postal = _POSTAL.match(part)
        if postal:
            result.setdefault("postal_code", postal.group("code"))
            _set_locality(result, postal.group("town"))
            after_street = True
            continue
        district = _DISTRICT_PREFIX.match(part)
        if district:
            result.setdefault("district", district.group("district"))
            continue
        if _ROOM_START.match(part) or (_ROOM_END.search(main) and (names or after_street)):
            _add_room(result, part)
            continue
        us_number_first = state is not None and _US_NUMBER_FIRST.match(main)  # "735 Randolph, …, MI"
        if "street" not in result and (_STREET.match(main) or _US_STREET.match(main) or us_number_first):
            result["street"] = main
            if bracketed:
                _add_room(result, bracketed)
            after_street = True
            continue
        if index > 0 and not after_street and "street" not in result and _STREET_END.search(main):
            result["street"] = main  # "VHS, Marktplatz": a street without a house number
            after_street = True
            continue
        if after_street and "locality" not in result and not any(ch.isdigit() for ch in part):
            _set_locality(result, part)
            continue
        names.append(_CARE_OF.sub("", main))
        if bracketed:
            _add_room(result, bracketed)
    if names:
        result["name"] = ", ".join(name for name in names if name)
    return {field: result[field] for field in PLACE_FIELDS if result.get(field)}


def place_from(value: object) -> dict[str, object] | None:
    """A loose place (dict with any known keys, nested address/geo, or an address line) -> Place fields, or None."""
    if value is None:
        return None
    if isinstance(value, str):
        parsed = parse_address(value)
        return dict(parsed) if parsed else None
    if isinstance(value, list | tuple):
        for item in value:
            place = place_from(item)
            if place:
                return place
        return None
    if not isinstance(value, dict):
        return None
    place = _place_from_dict(value, depth=0)
    return place or None


#: Labels German event texts put before the venue ("Ort: Stadtbibliothek, Am Markt 7").
PLACE_LABELS = r"ort|wo|veranstaltungsort|treffpunkt|kursort|adresse|location|venue"
_PLACE_LINE = re.compile(rf"(?im)^[\s\-–•*·]*(?:{PLACE_LABELS})\s*:\s*(?P<place>\S[^\n]{{2,{MAX_ADDRESS_CHARS}}})$")


def find_place(text: str) -> dict[str, object] | None:
    """The venue a free text names on a labelled line ("Ort: …", "Wo: …", "Treffpunkt: …"), or None."""
    match = _PLACE_LINE.search(text[:MAX_SCAN_CHARS]) if text else None
    if not match:
        return None
    line = match.group("place").strip()
    if is_online_place(line):
        return None
    return place_from(line)


def is_online_place(text: str) -> bool:
    """True for an online venue: "Online", "online via Zoom", "Webinar", "digital (BigBlueButton)", a Zoom link."""
    line = clean_line(text[:MAX_ADDRESS_CHARS]) if isinstance(text, str) else None
    if not line:
        return False
    if _URL.match(line):
        host = (urlsplit(line if "://" in line else "https://" + line).hostname or "").lower()
        return any(tool in host for tool in VIDEO_HOSTS)
    if _has_physical_address(line):
        return False
    if _ONLINE_START.match(line):
        return True
    return bool(_VIDEO_TOOL.search(line)) and len(line.split()) <= 6


def _split_parts(line: str) -> list[str]:
    parts: list[str] = []
    for raw in _SEPARATORS.split(line):
        part = raw.strip(" .-–")
        if not part:
            continue
        combined = _STREET_THEN_POSTAL.match(part)  # "Hohenzollernstraße 43 33330 Gütersloh"
        if combined:
            parts.extend([combined.group("street"), combined.group("postal")])
        else:
            parts.append(part)
    return parts


def _split_bracket(part: str) -> tuple[str, str | None]:
    match = _BRACKETED.match(part)
    if match and match.group("main"):
        return match.group("main"), match.group("inner").strip() or None
    return part, None


def _add_room(result: dict[str, str], room: str) -> None:
    result["room"] = f"{result['room']}, {room}" if result.get("room") else room


def _set_locality(result: dict[str, str], town: str) -> None:
    if "locality" in result:
        return
    town = town.strip()
    split = _TOWN_DISTRICT.match(town)
    if split and town.casefold() not in HYPHENATED_TOWNS and "(" not in town:
        result["locality"] = split.group("town")
        result.setdefault("district", split.group("district"))
    else:
        result["locality"] = town


def _has_physical_address(line: str) -> bool:
    for part in _split_parts(line):
        if _POSTAL.match(part) or _STREET_THEN_POSTAL.match(part):
            return True
        main, _ = _split_bracket(part)
        if (_STREET.match(main) or _US_STREET.match(main)) and not _ROOM_START.match(main):
            return True
    return False


def _place_from_dict(value: dict[Any, Any], depth: int) -> dict[str, object]:
    keys = {str(key).lower(): item for key, item in value.items()}
    place: dict[str, object] = {}
    for field in ("name", "room", "street", "postal_code", "locality", "district"):
        for key in PLACE_KEYS[field]:
            item = keys.get(key)
            if isinstance(item, dict) and depth < 3:  # {"address": {...}}, {"venue": {...}}
                _merge(place, _place_from_dict(item, depth + 1))
                continue
            cleaned = _postal_code(item) if field == "postal_code" else clean_line(item)
            if cleaned and field not in place:
                if field in ("street", "locality") and _looks_like_address_line(cleaned):
                    _merge(place, parse_address(cleaned))  # "address": "Blessenstätte 1, 33330 Gütersloh"
                else:
                    place[field] = cleaned
    if set(place) == {"name"} and isinstance(place["name"], str) and _looks_like_address_line(place["name"]):
        place = dict(parse_address(place["name"]))
    lat, lon = _coordinates(keys)
    if lat is not None and lon is not None:
        place["lat"], place["lon"] = lat, lon
    return {field: place[field] for field in PLACE_FIELDS if place.get(field) is not None}


def _merge(place: dict[str, object], other: dict[str, Any]) -> None:
    for field, item in other.items():
        if item is not None and field not in place:
            place[field] = item


def _looks_like_address_line(text: str) -> bool:
    return ("," in text and _has_physical_address(text)) or bool(_POSTAL.match(text.split(",")[-1].strip()))


def _postal_code(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 100_000:
        return f"{value:05d}"  # a German code read as a number lost its leading zero
    return clean_line(value)


def _coordinates(keys: dict[str, Any]) -> tuple[float | None, float | None]:
    lat = next((c for c in (_coordinate(keys.get(key)) for key in PLACE_KEYS["lat"]) if c is not None), None)
    lon = next((c for c in (_coordinate(keys.get(key)) for key in PLACE_KEYS["lon"]) if c is not None), None)
    geo = keys.get("geo")
    if (lat is None or lon is None) and geo is not None:
        lat, lon = _geo(geo)
    if lat is None or lon is None or not -90 <= lat <= 90 or not -180 <= lon <= 180 or (lat == 0 and lon == 0):
        return None, None
    return lat, lon


def _geo(geo: object) -> tuple[float | None, float | None]:
    """A geo value: {"latitude", "longitude"}, [lat, lon] or the iCalendar form "lat;lon"."""
    if isinstance(geo, dict):
        return _coordinates({str(key).lower(): item for key, item in geo.items() if str(key).lower() != "geo"})
    if isinstance(geo, str) and ";" in geo:
        geo = geo.split(";", 1)
    if isinstance(geo, list | tuple) and len(geo) == 2:
        return _coordinate(geo[0]), _coordinate(geo[1])
    return None, None


def _coordinate(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # "51,9066"
        try:
            number = float(text)
        except ValueError:
            return None
    elif isinstance(value, int | float):
        number = float(value)
    else:
        return None
    return number if math.isfinite(number) else None
