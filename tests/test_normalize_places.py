"""Address lines and loose place dicts -> Place fields; online venues."""

from __future__ import annotations

from datetime import datetime
from time import perf_counter
from zoneinfo import ZoneInfo

import pytest

from harvester.normalize.places import is_online_place, parse_address, place_from, town_of_online_place
from harvester.normalize.record import SourceContext, normalize_record
from schemas.offer import Place

BERLIN = ZoneInfo("Europe/Berlin")

ADDRESS_ROWS: list[tuple[str, dict[str, str]]] = [
    (
        "VHS Gütersloh, Hohenzollernstraße 43, 33330 Gütersloh",
        {"name": "VHS Gütersloh", "street": "Hohenzollernstraße 43", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    (
        "Stadtbibliothek Gütersloh, Blessenstätte 1, 33330 Gütersloh, Raum 2",
        {
            "name": "Stadtbibliothek Gütersloh",
            "room": "Raum 2",
            "street": "Blessenstätte 1",
            "postal_code": "33330",
            "locality": "Gütersloh",
        },
    ),
    ("Hohenzollernstr. 43, Gütersloh", {"street": "Hohenzollernstr. 43", "locality": "Gütersloh"}),
    ("33330 Gütersloh", {"postal_code": "33330", "locality": "Gütersloh"}),
    ("D-33330 Gütersloh", {"postal_code": "33330", "locality": "Gütersloh"}),
    ("Online", {}),
    ("online via Zoom", {}),
    ("", {}),
    ("Raum 2.11, VHS-Haus", {"name": "VHS-Haus", "room": "Raum 2.11"}),
    (
        "Alte Weberei, Bogenstraße 1-8, 33330 Gütersloh-Avenwedde",
        {
            "name": "Alte Weberei",
            "street": "Bogenstraße 1-8",
            "postal_code": "33330",
            "locality": "Gütersloh",
            "district": "Avenwedde",
        },
    ),
    ("33378 Rheda-Wiedenbrück", {"postal_code": "33378", "locality": "Rheda-Wiedenbrück"}),  # a hyphenated town
    ("33790 Halle (Westf.)", {"postal_code": "33790", "locality": "Halle (Westf.)"}),
    ("Bürgerhaus Kattenstroth (Saal)", {"name": "Bürgerhaus Kattenstroth", "room": "Saal"}),
    ("Marktplatz", {"name": "Marktplatz"}),
    ("3 Detroit\\, MI", {"street": "3", "locality": "Detroit"}),  # iCalendar-escaped comma, US order
    (
        "735 Randolph Street, Detroit, MI 48226",
        {"street": "735 Randolph Street", "postal_code": "48226", "locality": "Detroit"},
    ),
    ("Am Anger 5a, 33332 Gütersloh", {"street": "Am Anger 5a", "postal_code": "33332", "locality": "Gütersloh"}),
    ("c/o Jugendzentrum, Schulstr. 9", {"name": "Jugendzentrum", "street": "Schulstr. 9"}),
    (
        "Hohenzollernstraße 43 33330 Gütersloh",
        {"street": "Hohenzollernstraße 43", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    (
        "Stadthalle, 1. OG, Friedrichstr. 10, 33330 Gütersloh, Deutschland",
        {
            "name": "Stadthalle",
            "room": "1. OG",
            "street": "Friedrichstr. 10",
            "postal_code": "33330",
            "locality": "Gütersloh",
        },
    ),
    ("VHS, Lehrküche, Hohenzollernstr. 43", {"name": "VHS", "room": "Lehrküche", "street": "Hohenzollernstr. 43"}),
    (
        "Kirchstraße 3 (Hinterhaus), 33330 Gütersloh",
        {"room": "Hinterhaus", "street": "Kirchstraße 3", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    ("Weberei, OT Avenwedde", {"name": "Weberei", "district": "Avenwedde"}),
    ("VHS, Mühlenweg", {"name": "VHS", "street": "Mühlenweg"}),  # not room "…eg"
    ("Rathaus, Marktplatz, Gütersloh", {"name": "Rathaus", "street": "Marktplatz", "locality": "Gütersloh"}),
    ("Rathaus, Bürgersaal", {"name": "Rathaus", "room": "Bürgersaal"}),
    ("<b>Stadtmuseum</b>, Kökerstr. 7&#8211;11a", {"name": "Stadtmuseum", "street": "Kökerstr. 7–11a"}),
    (
        "Haus der Jugend; Moltkestraße 12; 33330 Gütersloh",
        {"name": "Haus der Jugend", "street": "Moltkestraße 12", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    # US exports: a street with a compass suffix, the ZIP as a part of its own, "Room"/"Suite" as the room
    (
        "Town Hall, 12 Maple Ave SW, Room 201, Springfield, IL, 62701, United States",
        {
            "name": "Town Hall",
            "room": "Room 201",
            "street": "12 Maple Ave SW",
            "postal_code": "62701",
            "locality": "Springfield",
        },
    ),
    (
        "Civic Center, 2 Main Street, Suite 1340, Springfield, MI 48226",
        {
            "name": "Civic Center",
            "room": "Suite 1340",
            "street": "2 Main Street",
            "postal_code": "48226",
            "locality": "Springfield",
        },
    ),
    (
        "Roomers Café, 1 Main St, Springfield",
        {"name": "Roomers Café", "street": "1 Main St", "locality": "Springfield"},
    ),
    (  # with a state code, a number first is the street even without "St"; "... Room" is the room
        "40 Elm, 2nd Floor Meeting Room, Lindenau,, MI, 48000",
        {"room": "2nd Floor Meeting Room", "street": "40 Elm", "postal_code": "48000", "locality": "Lindenau"},
    ),
]


@pytest.mark.parametrize(("text", "want"), ADDRESS_ROWS, ids=[row[0][:40] or "<empty>" for row in ADDRESS_ROWS])
def test_parse_address(text: str, want: dict[str, str]) -> None:
    assert parse_address(text) == want


PLACE_ROWS: list[tuple[object, dict[str, object] | None]] = [
    (None, None),
    ({}, None),
    ([], None),
    ("", None),
    ("Online", None),
    (42, None),
    ({"foo": "bar"}, None),
    ("Marktplatz", {"name": "Marktplatz"}),
    (
        {"Name": "VHS", "streetAddress": "Hohenzollernstr. 43", "postalCode": "33330", "addressLocality": "Gütersloh"},
        {"name": "VHS", "street": "Hohenzollernstr. 43", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    (  # JSON-LD Place with a nested PostalAddress and GeoCoordinates in German decimal commas
        {
            "@type": "Place",
            "name": "Stadtbibliothek",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Blessenstätte 1",
                "postalCode": "33330",
                "addressLocality": "Gütersloh",
            },
            "geo": {"@type": "GeoCoordinates", "latitude": "51,9066", "longitude": "8,3784"},
        },
        {
            "name": "Stadtbibliothek",
            "street": "Blessenstätte 1",
            "postal_code": "33330",
            "locality": "Gütersloh",
            "lat": 51.9066,
            "lon": 8.3784,
        },
    ),
    (  # The Events Calendar style: venue, address, city, zip as a number, (0, 0) dropped
        {"venue": "Weberei", "address": "Bogenstraße 1-8", "city": "Gütersloh", "zip": 33330, "lat": 0, "lng": 0},
        {"name": "Weberei", "street": "Bogenstraße 1-8", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    (
        {"bezeichnung": "<b>Treff</b> &amp; Co", "strasse": "Am Anger 5a", "plz": 1067, "ort": "Dresden"},
        {"name": "Treff & Co", "street": "Am Anger 5a", "postal_code": "01067", "locality": "Dresden"},
    ),
    (
        {"title": "Saal", "straße": "Markt 1", "ortsteil": "Avenwedde", "breitengrad": 51.9, "laengengrad": "8.4"},
        {"name": "Saal", "street": "Markt 1", "district": "Avenwedde", "lat": 51.9, "lon": 8.4},
    ),
    ({"name": "X", "lat": 95, "lon": 8}, {"name": "X"}),  # latitude out of range: both dropped
    ({"name": "X", "lat": 51.9}, {"name": "X"}),  # half a coordinate: dropped
    ({"name": "X", "latitude": "abc", "longitude": "8"}, {"name": "X"}),
    ({"name": "A", "geo": "51.9;8.38"}, {"name": "A", "lat": 51.9, "lon": 8.38}),  # iCalendar GEO
    ({"name": "A", "geo": [51.9, 8.38]}, {"name": "A", "lat": 51.9, "lon": 8.38}),
    (
        {"address": "Blessenstätte 1, 33330 Gütersloh"},
        {"street": "Blessenstätte 1", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    (
        {"name": "VHS, Hohenzollernstr. 43, 33330 Gütersloh"},
        {"name": "VHS", "street": "Hohenzollernstr. 43", "postal_code": "33330", "locality": "Gütersloh"},
    ),
    (
        {"venue": {"venue": "Bürgerhaus", "address": "Markt 2", "city": "Gütersloh", "stadtteil": "Spexard"}},
        {"name": "Bürgerhaus", "street": "Markt 2", "locality": "Gütersloh", "district": "Spexard"},
    ),
    ({"LOCATION": "ignored", "Town": "Gütersloh", "Room": "Raum 4"}, {"room": "Raum 4", "locality": "Gütersloh"}),
    ([None, "Marktplatz"], {"name": "Marktplatz"}),
]


@pytest.mark.parametrize(("value", "want"), PLACE_ROWS, ids=[repr(row[0])[:40] for row in PLACE_ROWS])
def test_place_from(value: object, want: dict[str, object] | None) -> None:
    place = place_from(value)
    assert place == want
    if place is not None:
        Place.model_validate(place)  # always valid Place fields


ONLINE_ROWS: list[tuple[str, bool]] = [
    ("Online", True),
    ("online via Zoom", True),
    ("Onlinekurs", True),
    ("Online-Seminar", True),
    ("Webinar", True),
    ("digital (BigBlueButton)", True),
    ("Zoom", True),
    ("per Zoom", True),
    ("Livestream", True),
    ("https://zoom.us/j/123456789", True),
    ("https://meet.jit.si/vhs-kurs", True),
    ("https://teams.microsoft.com/l/meetup-join/abc", True),
    ("https://vhs-gt.webex.com/meet/x", True),
    ("https://www.vhs-guetersloh.de/kurs/123", False),  # a web page, not a video tool
    ("Digitalwerkstatt, Schulstr. 9", False),
    ("Online, Hohenzollernstr. 43, 33330 Gütersloh", False),  # a real address: not (only) online
    ("VHS-Haus", False),
    ("Marktplatz", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "want"), ONLINE_ROWS, ids=[row[0][:40] or "<empty>" for row in ONLINE_ROWS])
def test_is_online_place(text: str, want: bool) -> None:
    assert is_online_place(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zoom Meeting, Springfield, MI, United States", {"locality": "Springfield"}),  # a city board meets online
        ("Online", None),
        ("online via Zoom", None),
        ("https://zoom.us/j/123456789", None),
    ],
)
def test_the_town_an_online_venue_names_is_kept(text: str, want: dict[str, str] | None) -> None:
    assert is_online_place(text)
    assert town_of_online_place(text) == want


def test_an_online_offer_keeps_the_town_its_venue_line_names() -> None:
    ctx = SourceContext(source_id="test_stadt", provider_id="stadt", timezone=BERLIN)
    raw = {"title": "Ratssitzung", "start": "2025-04-01T18:00:00+02:00", "location": "Zoom Meeting, Lindenau, MI"}
    offer = normalize_record(raw, ctx, now=datetime(2025, 3, 1, tzinfo=BERLIN))
    assert offer.attendance_mode == "online"
    assert offer.location is not None and offer.location.locality == "Lindenau" and offer.location.name is None


def test_long_address_is_bounded() -> None:
    started = perf_counter()
    parse_address("Haus, " * 200_000 + "Hohenzollernstraße 43")
    place_from({"name": "x" * 1_000_000, "address": "y, " * 100_000})
    assert perf_counter() - started < 2.0
