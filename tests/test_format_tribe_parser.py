"""The Events Calendar REST API: the pure page parser (shapes, hostile input, times, price, place, status)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.formats import FormatError, safe, tribe
from harvester.formats.tribe import TribePage, api_error, parse_tribe, tribe_page
from harvester.normalize.record import RecordError, SourceContext, normalize_record
from tests.tribe_helpers import BERLIN, NOW, event, page

NEW_YORK = ZoneInfo("America/New_York")


def parse(content: bytes | dict[str, Any] | list[Any], zone: ZoneInfo = BERLIN) -> list[dict[str, Any]]:
    if not isinstance(content, bytes):
        content = json.dumps(content).encode()
    return list(
        parse_tribe(content, base_url="https://verein.example/wp-json/tribe/events/v1/events", timezone=zone, now=NOW)
    )


def one(zone: ZoneInfo = BERLIN, **fields: Any) -> dict[str, Any]:
    [record] = parse(page(event(**fields)), zone)
    return record


def normalised(record: dict[str, Any], zone: ZoneInfo = BERLIN):
    ctx = SourceContext(source_id="test_verein", provider_id="verein", timezone=zone)
    return normalize_record(record, ctx, now=NOW)


# --- document shapes --------------------------------------------------------------------------------------------


def test_page_fields_map_to_the_raw_record() -> None:
    record = one(
        id=2481,
        title="Vortrag &#8211; M&uuml;hlen &amp; Wasserr\u00e4der",
        description="<p>Mühlen</p>",
        categories=[{"name": "Vorträge", "slug": "vortraege", "id": 3}, {"name": "Geschichte"}],
        tags=[{"name": "Heimat"}],
        image={"url": "https://verein.example/bild.jpg", "id": 9},
        organizer=[
            {
                "organizer": "Verein e.V.",
                "email": "&#105;&#110;fo@verein.example",
                "phone": "0123",
                "website": "https://verein.example",
            },
            {"organizer": "Zweiter"},
        ],
    )
    assert record["source_ref"] == "2481"
    assert record["title"] == "Vortrag &#8211; M&uuml;hlen &amp; Wasserräder"  # the normaliser unescapes
    assert record["url"] == "https://verein.example/veranstaltung/vortrag/"
    assert record["description"] == "<p>Mühlen</p>"
    assert record["source_categories"] == ["Vorträge", "Geschichte"]
    assert record["keywords"] == ["Heimat"]
    assert record["image_url"] == "https://verein.example/bild.jpg"
    assert record["organizer"] == {
        "name": "Verein e.V.",
        "url": "https://verein.example",
        "email": "info@verein.example",
        "phone": "0123",
    }
    assert record["source_modified_at"] == datetime(2025, 2, 1, 10, 0, tzinfo=UTC)
    assert normalised(record).title == "Vortrag – Mühlen & Wasserräder"


def test_escaped_slashes_and_unicode_escapes_are_plain_json() -> None:
    content = (
        rb'{"events":[{"id":1,"title":"Fr\u00fchst\u00fcck","url":"https:\/\/v.example\/e\/1\/",'
        rb'"start_date":"2025-03-20 09:00:00","utc_start_date":"2025-03-20 08:00:00",'
        rb'"timezone":"Europe\/Berlin"}]}'
    )
    [record] = parse(content)
    assert record["title"] == "Frühstück" and record["url"] == "https://v.example/e/1/"
    assert record["start"] == datetime(2025, 3, 20, 9, 0, tzinfo=BERLIN)


def test_bare_list_and_single_event_object_are_read() -> None:
    assert [r["source_ref"] for r in parse([event(id=1), event(id=2)])] == ["1", "2"]
    assert [r["source_ref"] for r in parse(event(id=3))] == ["3"]


def test_no_results_error_body_is_an_empty_page_and_other_errors_fail() -> None:
    empty = {"code": "event-archive-page-not-found", "message": "Seite existiert nicht", "data": {"status": 404}}
    assert parse(empty) == []
    assert parse({"events": [], "total": 0}) == []
    with pytest.raises(FormatError, match="rest_no_route: No route"):
        parse({"code": "rest_no_route", "message": "No route was found", "data": {"status": 404}})


def test_tribe_page_and_api_error_helpers() -> None:
    content = page(
        event(), next_rest_url="https://v.example/wp-json/tribe/events/v1/events?page=2", total=51, total_pages=2
    )
    assert tribe_page(content) == TribePage("https://v.example/wp-json/tribe/events/v1/events?page=2", 51, 2)
    assert tribe_page(page(event())) == TribePage(None, 1, 1)
    assert tribe_page(b"<html>404</html>") == TribePage(None, None, None)
    assert tribe_page(b'{"events": [], "total": "x", "total_pages": true, "next_rest_url": ""}') == TribePage(
        None, None, None
    )
    assert api_error(b'{"code": "rest_no_route", "message": "No &amp; route"}') == ("rest_no_route", "No & route")
    assert api_error(page(event())) is None and api_error(b"<html>") is None


# --- hostile and broken input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body>Not found</body></html>", "not valid JSON"),
        (b'"just a string"', "JSON is a str"),
        (b'{"posts": []}', "no 'events' list"),
        (b'{"events": "none"}', "'events' is a str"),
        (b"", "not valid JSON"),
    ],
)
def test_unreadable_documents_raise_format_error(content: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        parse(content)


def test_oversized_document_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_DOCUMENT_BYTES", 100)
    with pytest.raises(FormatError, match="larger than"):
        parse(page(event(), event()))


def test_too_many_events_on_a_page_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tribe, "MAX_EVENTS_PER_PAGE", 2)
    records = parse(page(event(id=1), event(id=2), event(id=3)))
    assert [r["source_ref"] for r in records] == ["1", "2"]
    assert "only the first 2 of 3 events" in records[0]["warnings"][0]


def test_latin1_bytes_are_read_with_a_warning() -> None:
    content = page(event(title="Kräuterführung")).decode().replace("\\u00e4", "ä").replace("\\u00fc", "ü")
    [record] = parse(content.encode("cp1252"))
    assert record["title"] == "Kräuterführung"
    assert any("Windows-1252" in w for w in record["warnings"])


def test_a_non_object_event_and_a_missing_title_are_rejected_not_fatal() -> None:
    records = parse({"events": [42, event(id=5, title="")]})
    assert records[0]["_reject"].startswith("an event is a JSON int")
    with pytest.raises(RecordError, match="title"):
        normalised(records[1])


def test_script_in_description_is_left_to_the_normaliser_which_strips_it() -> None:
    record = one(description="<p>Hallo</p><script>alert('x')</script><img src=x onerror=alert(1)>")
    assert "<script>" in record["description"]
    offer = normalised(record)
    assert offer.description == "Hallo" and "alert" not in offer.description


def test_unreadable_dates_go_to_the_normaliser_as_they_are() -> None:
    record = one(start_date="2025-13-45 25:00:00", utc_start_date="", end_date="", utc_end_date="")
    assert record["start"] == "2025-13-45 25:00:00"
    with pytest.raises(RecordError, match="start"):
        normalised(record)


# --- when -------------------------------------------------------------------------------------------------------


def test_utc_times_give_the_right_instant_across_the_spring_dst_switch() -> None:
    before = one(
        start_date="2025-03-29 10:00:00",
        utc_start_date="2025-03-29 09:00:00",
        end_date="2025-03-29 12:00:00",
        utc_end_date="2025-03-29 11:00:00",
    )
    after = one(
        start_date="2025-03-30 10:00:00",
        utc_start_date="2025-03-30 08:00:00",
        end_date="2025-03-30 11:30:00",
        utc_end_date="2025-03-30 09:30:00",
        timezone_abbr="CEST",
    )
    night = one(
        start_date="2025-03-29 22:00:00",
        utc_start_date="2025-03-29 21:00:00",
        end_date="2025-03-30 04:00:00",
        utc_end_date="2025-03-30 02:00:00",
    )
    assert before["start"].isoformat() == "2025-03-29T10:00:00+01:00"
    assert after["start"].isoformat() == "2025-03-30T10:00:00+02:00"
    # the night is an hour short (subtract as UTC: Python subtracts same-zone datetimes as wall-clock times)
    assert night["end"].astimezone(UTC) - night["start"].astimezone(UTC) == timedelta(hours=5)
    assert night["end"].isoformat() == "2025-03-30T04:00:00+02:00"
    assert all("warnings" not in r or not r["warnings"] for r in (before, after, night))


def test_event_zone_other_than_the_source_zone_keeps_its_instant() -> None:
    record = one(
        start_date="2025-04-03 18:00:00",
        utc_start_date="2025-04-03 17:00:00",
        end_date="",
        utc_end_date="",
        timezone="Europe/Lisbon",
        timezone_abbr="WEST",
    )
    assert record["start"].isoformat() == "2025-04-03T18:00:00+01:00"
    assert normalised(record).start == datetime(2025, 4, 3, 19, 0, tzinfo=BERLIN)


def test_real_new_york_page_shape_read_with_its_zone() -> None:
    record = one(
        NEW_YORK,
        start_date="2022-11-15 17:30:00",
        end_date="2022-11-15 17:30:00",
        utc_start_date="2022-11-15 22:30:00",
        utc_end_date="2022-11-15 22:30:00",
        timezone="America/New_York",
        timezone_abbr="EST",
    )
    assert record["start"].isoformat() == "2022-11-15T17:30:00-05:00"
    assert "end" not in record  # end == start: no end stated


def test_fixed_offset_standing_in_for_the_site_zone_is_read_as_wall_clock_time() -> None:
    """A site set to "UTC+1" shows 19:00 in April; its visitors come at 19:00 summer time, not 20:00."""
    record = one(
        start_date="2025-04-10 19:00:00",
        utc_start_date="2025-04-10 18:00:00",
        end_date="2025-04-10 21:00:00",
        utc_end_date="2025-04-10 20:00:00",
        timezone="UTC+1",
        timezone_abbr="UTC+1",
    )
    assert record["start"] == datetime.fromisoformat("2025-04-10 19:00")  # naive: the normaliser reads it in Berlin
    assert len(record["warnings"]) == 1 and "fixed offset" in record["warnings"][0]
    assert normalised(record).start.isoformat() == "2025-04-10T19:00:00+02:00"


@pytest.mark.parametrize("zone_name", ["UTC", "UTC+0", "CET", "MEZ", "+01:00"])
def test_utc_default_and_abbreviations_of_the_site_zone_are_wall_clock_times(zone_name: str) -> None:
    record = one(
        start_date="2025-07-01 18:00:00",
        utc_start_date="2025-07-01 18:00:00",
        end_date="",
        utc_end_date="",
        timezone=zone_name,
    )
    assert normalised(record).start.isoformat() == "2025-07-01T18:00:00+02:00"


def test_abbreviation_of_a_us_site_in_summer_is_its_wall_clock_time() -> None:
    record = one(
        NEW_YORK,
        start_date="2025-07-01 17:30:00",
        utc_start_date="2025-07-01 22:30:00",
        end_date="",
        utc_end_date="",
        timezone="EST",
    )
    assert normalised(record, NEW_YORK).start.isoformat() == "2025-07-01T17:30:00-04:00"


@pytest.mark.parametrize(
    ("zone_name", "expected"),
    [
        ("UTC-5", "2025-07-01T13:00:00-05:00"),
        ("UTC+5.5", "2025-07-01T23:30:00+05:30"),
        ("UTC+5:30", "2025-07-01T23:30:00+05:30"),
    ],
)
def test_a_genuinely_foreign_fixed_offset_keeps_the_utc_instant(zone_name: str, expected: str) -> None:
    record = one(
        start_date="2025-07-01 18:00:00",
        utc_start_date="2025-07-01 18:00:00",
        end_date="",
        utc_end_date="",
        timezone=zone_name,
    )
    assert record["start"].isoformat() == expected


def test_unknown_zone_uses_utc_in_the_source_zone_with_a_warning() -> None:
    record = one(timezone="Mars/Olympus_Mons", timezone_abbr="")
    assert record["start"].isoformat() == "2025-03-20T19:30:00+01:00"
    assert "unknown event time zone" in record["warnings"][0]


def test_without_utc_times_the_local_time_is_localised() -> None:
    same = one(utc_start_date="", utc_end_date="")
    assert same["start"] == datetime.fromisoformat("2025-03-20 19:30")  # naive, for the normaliser (source zone)
    other = one(utc_start_date="", utc_end_date="", timezone="America/New_York")
    assert other["start"].isoformat() == "2025-03-20T19:30:00-04:00"
    bare = one(utc_start_date=None, utc_end_date=None, timezone="", timezone_abbr="")
    assert normalised(bare).start.isoformat() == "2025-03-20T19:30:00+01:00"


def test_utc_disagreeing_with_local_time_wins_with_a_warning() -> None:
    record = one(utc_start_date="2025-03-20 17:30:00")
    assert record["start"].isoformat() == "2025-03-20T18:30:00+01:00"
    assert "disagree" in record["warnings"][0]


def test_all_day_events_give_dates() -> None:
    single = one(
        all_day=True,
        start_date="2025-04-12 00:00:00",
        end_date="2025-04-12 23:59:59",
        utc_start_date="2025-04-11 22:00:00",
        utc_end_date="2025-04-12 21:59:59",
    )
    assert single["start"] == date(2025, 4, 12) and "end" not in single and single["all_day"] is True
    several = one(all_day=True, start_date="2025-04-14 00:00:00", end_date="2025-04-17 23:59:59")
    assert (several["start"], several["end"]) == (date(2025, 4, 14), date(2025, 4, 17))
    offer = normalised(several)
    assert offer.all_day and offer.start == date(2025, 4, 14) and offer.end == date(2025, 4, 17)


def test_end_before_start_does_not_crash() -> None:
    record = one(end_date="2025-03-20 18:00:00", utc_end_date="2025-03-20 17:00:00")
    offer = normalised(record)
    assert offer.end is None and any("before start" in w for w in offer.warnings)


# --- price --------------------------------------------------------------------------------------------------------


def test_euro_cost_gives_price_and_text() -> None:
    record = one(cost="5 €", cost_details={"currency_symbol": "€", "currency_code": "EUR", "values": ["5"]})
    assert record["price_eur"] == 5.0 and record["price_text"] == "5 €"
    decimal = one(cost="8,00 €", cost_details={"currency_symbol": "&euro;", "values": ["8.00"]})
    assert decimal["price_eur"] == 8.0


def test_empty_cost_is_unknown_not_free() -> None:
    record = one()
    assert not {"price_eur", "price_text", "is_free"} & set(record)
    offer = normalised(record)
    assert offer.price_eur is None and offer.is_free is None


def test_free_words_and_zero_values() -> None:
    record = one(cost="Kostenlos", cost_details={"currency_symbol": "", "values": ["0"]})
    assert record["price_eur"] == 0.0 and record["price_text"] == "Kostenlos"
    assert normalised(record).is_free is True


def test_other_currencies_and_several_amounts_are_left_to_the_words() -> None:
    dollars = one(cost="$10", cost_details={"currency_symbol": "$", "currency_code": "USD", "values": ["10"]})
    assert "price_eur" not in dollars and dollars["price_text"] == "$10"
    several = one(cost="45 € (Geschwister 35 €)", cost_details={"currency_symbol": "€", "values": ["35", "45"]})
    assert "price_eur" not in several and several["price_text"] == "45 € (Geschwister 35 €)"
    bare = one(cost="", cost_details={"currency_symbol": "€", "values": ["12", "18", "n/a", -3, True]})
    assert bare["price_eur"] == 12.0


# --- place, links, status -----------------------------------------------------------------------------------------


def test_venue_object_becomes_a_place() -> None:
    record = one(
        venue={
            "id": 7,
            "venue": "Alte Schule &#8211; Museum",
            "address": "145 Edgewood Ave., 2nd Floor,",
            "city": "Lindenfeld",
            "zip": "34567",
            "country": "Deutschland",
            "stateprovince": "HE",
            "geo_lat": "51.73655",
            "geo_lng": "9.40981",
        }
    )
    assert record["location"] == {
        "name": "Alte Schule &#8211; Museum",
        "street": "145 Edgewood Ave., 2nd Floor",
        "postal_code": "34567",
        "locality": "Lindenfeld",
        "lat": "51.73655",
        "lon": "9.40981",
    }
    place = normalised(record).location
    assert place.locality == "Lindenfeld" and place.lat == 51.73655 and place.name == "Alte Schule – Museum"


@pytest.mark.parametrize("venue", [[], {}, None, ""])
def test_no_venue_gives_no_location(venue: Any) -> None:
    record = one(venue=venue)
    assert "location" not in record and "attendance_mode" not in record


def test_online_venues() -> None:
    by_name = one(venue={"id": 19, "venue": "Online", "show_map": True})
    assert by_name["location"] == "Online" and by_name["attendance_mode"] == "online"
    virtual = one(venue={"venue": "Online (Zoom)"}, is_virtual=True, virtual_url="https://zoom.us/j/1")
    offer = normalised(virtual)
    assert offer.attendance_mode == "online" and offer.online_url == "https://zoom.us/j/1" and offer.location is None
    hybrid = one(venue={"venue": "Stadthalle", "city": "Rosenau"}, is_virtual=True)
    assert hybrid["attendance_mode"] == "mixed" and hybrid["location"]["locality"] == "Rosenau"
    named = one(venue={"venue": "Stadtbibliothek"})
    assert named["location"] == "Stadtbibliothek" and "attendance_mode" not in named


def test_website_is_the_registration_link_or_the_url() -> None:
    record = one(website="https://verein.example/anmeldung/?kurs=1&amp;von=kalender")
    assert record["registration_url"] == "https://verein.example/anmeldung/?kurs=1&von=kalender"
    same = one(website="https://verein.example/veranstaltung/vortrag")
    assert "registration_url" not in same
    no_url = one(url="", website='<a href="https://tickets.example/42" target="_blank">Tickets</a>')
    assert no_url["url"] == "https://tickets.example/42" and "registration_url" not in no_url


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"status": "draft"}, "not a published event"),
        ({"status": "private"}, "not a published event"),
        ({"hide_from_listings": True}, "hid this event from listings"),
    ],
)
def test_unpublished_and_hidden_events_are_rejected_with_a_reason(fields: dict[str, Any], reason: str) -> None:
    record = one(**fields)
    assert reason in record["_reject"] and record["source_ref"] == "4711"
    with pytest.raises(RecordError, match=reason):
        normalised(record)


def test_event_status_add_on_marks_cancellations() -> None:
    assert normalised(one(event_status="canceled")).status == "cancelled"
