"""Open-vhs venues: ``veranstaltungsort`` and the dialect's addresses -> location, accessibility, attendance."""

from __future__ import annotations

import re
from typing import Any

from harvester.formats import RawRecord
from harvester.formats.openvhs_values import dict_of, flag, merkmal_true, text_of

#: ``kursart_digital`` values -> attendance mode.
KURSART_DIGITAL = {
    "online_angebot": "online",
    "selbstlernangebot": "online",
    "blended_learning": "mixed",
    "praesenz": "offline",
    "präsenz": "offline",
    "praesenz_angebot": "offline",
}
#: Venue names or streets that mean "no physical place".
ONLINE_VENUES = re.compile(r"^\s*(?:online\b|onlinekurs|online-kurs|internet|virtuell|vhs\.cloud|webinar)", re.I)


def venue_of(rec: dict[str, Any]) -> dict[str, Any]:
    """``veranstaltungsort``, or the first address of the dialect's ``ortetermine``."""
    venue = dict_of(rec.get("veranstaltungsort"))
    if not venue:
        wrapper = dict_of(rec.get("ortetermine"))
        venue = dict_of(wrapper.get("adresse")) if wrapper else {}
    return venue


def place_of(venue: dict[str, Any]) -> dict[str, Any] | None:
    """A venue or dialect address -> Place fields (loose; the normaliser checks them); None for "Online"."""
    place = _place_fields(venue)
    if _is_online_venue(place):
        return None
    cleaned = {key: value for key, value in place.items() if value is not None}
    return cleaned or None


def _place_fields(venue: dict[str, Any]) -> dict[str, Any]:
    address = dict_of(venue.get("adresse")) or venue
    coordinates = dict_of(venue.get("koordinaten")) or dict_of(address.get("koordinaten")) or venue
    return {
        "name": text_of(venue.get("name")) or text_of(venue.get("lehrstaette")) or text_of(address.get("lehrstaette")),
        "room": text_of(address.get("raum")) or text_of(venue.get("raum")),
        "street": text_of(address.get("strasse")),
        "postal_code": text_of(address.get("plz")),
        "locality": text_of(address.get("ort")),
        "district": text_of(address.get("ortsteil")) or text_of(address.get("bezirk")),
        "lat": _first(coordinates, address, keys=("lat", "breitengrad", "latitude")),
        "lon": _first(coordinates, address, keys=("lon", "lng", "laengengrad", "longitude")),
    }


def _first(*sources: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for source in sources:
        for key in keys:
            value = text_of(source.get(key))
            if value:
                return value
    return None


def _is_online_venue(place: dict[str, Any]) -> bool:
    if place.get("postal_code"):
        return False
    return any(ONLINE_VENUES.match(str(place.get(key) or "")) for key in ("name", "street", "locality"))


def add_where(venue: dict[str, Any], rec: dict[str, Any], merkmale: dict[str, list[str]], record: RawRecord) -> None:
    """Location, accessibility and attendance mode (the rule is in ``openvhs_mapping``'s docstring)."""
    place = place_of(venue) if venue else None
    district = text_of(rec.get("bezirk"))
    if district and place is not None:
        place.setdefault("district", district)
    if place:
        record["location"] = place
    accessibility: dict[str, Any] = {}
    address = dict_of(venue.get("adresse")) if venue else {}
    wheelchair = flag(venue.get("barrierefrei")) if venue else None
    if wheelchair is None and venue:
        wheelchair = flag(venue.get("behindertenzugang"))
        if wheelchair is None:
            wheelchair = flag(address.get("behindertenzugang"))
    if wheelchair is not None and place is not None:
        accessibility["wheelchair"] = wheelchair
    if merkmal_true(merkmale, "barrierefreies_lernen"):
        accessibility["notes"] = "barrierefreies Lernen"
    if accessibility:
        record["accessibility"] = accessibility
    physical = bool(place and (place.get("street") or place.get("postal_code")))
    digital = [KURSART_DIGITAL.get(value.lower()) for value in merkmale.get("kursart_digital", [])]
    mode = next((m for m in digital if m), None)
    if mode is None and merkmal_true(merkmale, "vhscloud_kurs"):
        mode = "mixed" if physical else "online"
    if mode is None and venue and _is_online_venue(_place_fields(venue)):  # a venue called "Online"
        mode = "online"
    if mode:
        record["attendance_mode"] = mode
