"""Small readers for the loose values of Open-vhs documents, shared by the XML and JSON readers and the mapping.

XML elements and the JSON dialect's values arrive in the same shapes after ``openvhs_xml.element_to_dict``:
a string, a number (JSON), a bool (JSON), None, a dict (an element with children or attributes; an
XML-to-JSON conversion keeps an attribute as ``@name`` and the text as ``#text``) or a list (a repeated
element; the JSON dialect gives a single object where the XSD allows many, so every reader takes both).
These helpers read machine values only (ISO dates, clock times, decimals, booleans); German text is
left to the normaliser.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

#: Keys under which XML-to-JSON converters put an element's text when it also has attributes.
TEXT_KEYS = ("#text", "$", "#cdata-section", "_text", "__text", "#value")

_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\s*$")
_CLOCK = re.compile(
    r"^\s*(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:\.\d+)?)?\s*(?:Uhr)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
_CURRENCY = re.compile(r"(?i)\s*(?:€|eur(?:o)?)\.?\s*")
_TRUE = frozenset({"true", "1", "ja", "yes", "j", "y", "wahr"})
_FALSE = frozenset({"false", "0", "nein", "no", "n", "falsch"})


def as_list(value: Any) -> list[Any]:
    """A repeated element as a list: None -> [], a list as it is, anything else -> [value]."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def text_of(value: Any) -> str | None:
    """The text of a leaf: strings stripped, numbers as written, ``{"#text": ...}`` unwrapped; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        for key in TEXT_KEYS:
            if key in value:
                return text_of(value[key])
        return None
    if isinstance(value, list):
        return next((text for text in (text_of(item) for item in value) if text), None)
    return None


def texts_of(value: Any) -> list[str]:
    """The texts of a repeated leaf, empty ones left out."""
    return [text for text in (text_of(item) for item in as_list(value)) if text]


def dict_of(value: Any) -> dict[str, Any]:
    """A structured element as a dict ({} when it is missing or not structured); the first of a list."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, dict)), None)
    return value if isinstance(value, dict) else {}


def flag(value: Any) -> bool | None:
    """An xs:boolean or its loose forms ("true", "1", "ja", true); None when missing or unreadable."""
    if isinstance(value, bool):
        return value
    text = text_of(value)
    if text is None:
        return None
    lowered = text.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return None


def decimal(value: Any) -> float | None:
    """An xs:decimal written loosely: "82.8", "84.70", "66,00", "1.250,00", "12 €" -> float; None when unreadable.

    A machine field, so a single point is a decimal point ("1.250" is 1.25, as xs:decimal says) and a
    single comma is a decimal comma; with both, the last one is the decimal separator.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = text_of(value)
    if text is None:
        return None
    text = _CURRENCY.sub("", text).replace("\u00a0", "").replace(" ", "")
    if "," in text and "." in text:
        decimal_comma = text.rfind(",") > text.rfind(".")
        text = text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def integer(value: Any) -> int | None:
    """An xs:int written loosely ("12", 12, "12.0"); None when missing or unreadable."""
    number = decimal(value)
    if number is None or number != int(number):
        return None
    return int(number)


def iso_date(value: Any) -> str | None:
    """The ISO date of an xs:date/xs:dateTime ("2025-03-12", "2025-03-12+01:00", "2025-03-12T00:00:00")."""
    text = text_of(value)
    if text is None:
        return None
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    try:
        date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return match.group(1)


def clock(value: Any) -> str | None:
    """An xs:time read loosely: "18:30:00" "18:30" "18.30 Uhr" "13:00:00+02:00" -> "18:30" / "13:00+02:00"."""
    text = text_of(value)
    if text is None:
        return None
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    offset = match["tz"] or ""
    if offset and offset != "Z" and ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    return f"{hour:02d}:{minute:02d}{offset}"


def date_time(day: Any, time: str | None) -> str | None:
    """An ISO local date-time string "2025-03-12T18:00" (with the time's offset, if it had one), or the date alone.

    A day that is not an ISO date is passed on as the source wrote it (with the time after it) for the
    normaliser to read.
    """
    iso = iso_date(day)
    if iso is None:
        raw = text_of(day)
        if raw is None:
            return None
        return f"{raw} {time} Uhr" if time else raw
    return f"{iso}T{time}" if time else iso


def next_day(iso: str) -> str:
    """The ISO date after ``iso`` (for a session that ends after midnight)."""
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def minutes(time: str) -> int:
    """Minutes since midnight of a clock() value (its offset ignored)."""
    return int(time[:2]) * 60 + int(time[3:5])


def merkmale_of(value: Any) -> dict[str, list[str]]:
    """``merkmale/merkmal`` (name, wert) as {name in lower case: [values]}."""
    merkmale: dict[str, list[str]] = {}
    items: list[Any] = []
    for entry in as_list(value):  # {"merkmal": [...]}, or the merkmal objects themselves
        items.extend(as_list(entry.get("merkmal")) if isinstance(entry, dict) and "merkmal" in entry else [entry])
    for item in items:
        if isinstance(item, dict):
            name = text_of(item.get("name"))
            if name:
                merkmale.setdefault(name.lower(), []).extend(texts_of(item.get("wert")) or [""])
    return merkmale


def merkmal_true(merkmale: dict[str, list[str]], name: str) -> bool:
    """True when a merkmal of that name has a true value."""
    return any(flag(value) is True for value in merkmale.get(name, []))
