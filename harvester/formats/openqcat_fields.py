"""Field readers of the openQ-cat parser: element lookup without namespaces, dates, prices, places, links."""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from harvester.formats import RawRecord
from harvester.formats.safe import local_name

Element = etree._Element

_DATE_ONLY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:?\d{2})?$")
_PADDED_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](?:00:00(?::00)?|23:59(?::59)?)(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$")
_ONLINE = re.compile(r"online|virtuell|e-?learning|webinar|fernunterricht|fernstudium|fernlehr", re.IGNORECASE)
_PRESENCE = re.compile(r"präsenz|praesenz|vor ort|\bprasenz", re.IGNORECASE)
_BLENDED = re.compile(r"blended|hybrid|kombiniert", re.IGNORECASE)
_ATTENDANCE_FEATURE = re.compile(
    r"unterrichtsform|durchführungsform|durchfuehrungsform|lernform|szenario|"
    r"veranstaltungsform|attendance",
    re.IGNORECASE,
)
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")


# --- fields -----------------------------------------------------------------------------------------


def add_dates(record: RawRecord, element: Element | None) -> None:
    start, end = text(element, "start_date"), text(element, "end_date")
    if start:
        record["start"] = when(start)
        if end:
            record["end"] = when(end)
    if remarks := text(element, "date_remarks"):
        record["schedule_text"] = remarks


def when(value: str) -> date | str:
    """A date for ``xs:date`` values and exporters' padded midnights; any other value as it is."""
    match = _DATE_ONLY.match(value) or _PADDED_DATE.match(value)
    if match:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            return value
    return value


def classification(element: Element | None) -> tuple[list[str], list[str]]:
    categories: list[str] = []
    attendance: list[str] = []
    for feature in children(element, "feature"):
        name = text(feature, "fname") or ""
        values = [v for v in (clean(e) for e in children(feature, "fvalue")) if v]
        if _ATTENDANCE_FEATURE.search(name):
            attendance.extend(values)
        else:
            categories.extend(values or ([name] if name else []))
    return list(dict.fromkeys(categories)), attendance


def attendance(words: list[str]) -> str | None:
    text = " ".join(words)
    online, presence = bool(_ONLINE.search(text)), bool(_PRESENCE.search(text))
    if _BLENDED.search(text) or (online and presence):
        return "mixed"
    if online:
        return "online"
    return "offline" if presence else None


def subsidy(element: Element | None) -> str:
    """The SUBSIDY words: its description (or its whole text), with the institution in brackets."""
    if element is None:
        return ""
    description = text(element, "subsidy_description")
    institution = text(element, "subsidy_institution")
    if not description:
        return " ".join(all_text(element).split())
    return f"{description} ({institution})" if institution else description


def price(element: Element | None, currency: str) -> dict[str, Any]:
    prices = children(element, "service_price")
    result: dict[str, Any] = {}
    if prices:
        amount = text(prices[0], "price_amount")
        unit = (text(prices[0], "price_currency") or currency).strip()
        if amount and unit.upper() in {"EUR", "€", "EURO"}:
            result["price_eur"] = amount
        elif amount:
            result["price_text"] = f"{amount} {unit}"
            result["warnings"] = [f"price in {unit}, not in euro"]
    if remarks := text(element, "remarks"):
        result["price_text"] = remarks
    return result


def links(element: Element | None, base_url: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for mime in children(element, "mime_element") or children(element, "mime"):
        source = text(mime, "mime_source")
        if not source:
            continue
        kind = (text(mime, "mime_type") or "").lower()
        url = urljoin(base_url, source) if base_url.startswith(("http://", "https://")) else source
        is_image = kind.startswith("image/") or source.lower().split("?")[0].endswith(_IMAGE_EXTENSIONS)
        if is_image and "image_url" not in result:
            result["image_url"] = url
        elif not is_image and kind in {"text/html", "url", "text/url"} and "url" not in result:
            result["url"] = url
    return result


def location(element: Element | None) -> dict[str, Any] | None:
    if element is None:
        return None
    place = {
        "name": ", ".join(n for n in (text(element, "name"), text(element, "name2")) if n) or None,
        "street": text(element, "street"),
        "postal_code": text(element, "zip"),
        "locality": text(element, "city"),
        "district": text(element, "district"),
    }
    return {k: v for k, v in place.items() if v} or None


def organizer(contact: Element | None, supplier: dict[str, Any]) -> dict[str, Any] | None:
    person = " ".join(n for n in (text(contact, "first_name"), text(contact, "last_name")) if n)
    organizer = {
        "name": supplier.get("name") or person or None,
        "url": text(contact, "url") or supplier.get("url"),
        "email": text(contact, "emails", "email") or text(contact, "email") or supplier.get("email"),
        "phone": text(contact, "phone") or supplier.get("phone"),
    }
    return organizer if any(organizer.values()) else None


def paragraphs(parts: list[str]) -> str:
    """Join description parts; plain parts are wrapped in <p> when another part is HTML."""
    parts = [p for p in parts if p and p.strip()]
    if any("<" in p and ">" in p for p in parts):
        return "\n".join(p if ("<" in p and ">" in p) else f"<p>{html.escape(p)}</p>" for p in parts)
    return "\n\n".join(parts)


# --- XML helpers (namespace- and case-insensitive) ----------------------------------------------------------


def children(element: Element | None, name: str) -> list[Element]:
    if element is None:
        return []
    return [child for child in element if local_name(child) == name]


def find(element: Element | None, *path: str) -> Element | None:
    for name in path:
        found = children(element, name)
        element = found[0] if found else None
    return element


def text(element: Element | None, *path: str) -> str | None:
    found = find(element, *path) if path else element
    text = clean(found)
    return text or None


def clean(element: Element | None) -> str:
    return all_text(element).strip()


def all_text(element: Element | None) -> str:
    if element is None:
        return ""
    return "".join(t for t in element.itertext() if isinstance(t, str))


def attr(element: Element, name: str) -> str:
    for key, value in element.attrib.items():
        if str(key).rsplit("}", 1)[-1].lower() == name:
            return str(value).strip()
    return ""
