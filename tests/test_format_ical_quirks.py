"""The iCalendar parser on more quirks of real calendars (test_format_ical.py holds the first ones).

Each calendar here is our own, written in the shape of a problem seen in a public calendar export.
"""

from __future__ import annotations

import warnings
from datetime import datetime
from zoneinfo import ZoneInfo

from tests.test_format_ical import BERLIN, at, calendar, event, one, parse

NEW_YORK = ZoneInfo("America/New_York")


def test_a_stray_line_between_events_is_dropped_with_a_warning() -> None:
    content = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Lesung\r\n"
        b"DTSTART:20250401T170000Z\r\nEND:VEVENT\r\nX\r\nEND:VCALENDAR\r\n"
    )
    record = one(content)
    assert record["start"] == at(2025, 4, 1, 19)
    assert record["warnings"] == ["ignored 1 line(s) that are not iCalendar content lines"]


def test_a_raw_line_break_in_a_description_is_joined_to_it() -> None:
    content = calendar(
        event(
            "UID:a",
            "SUMMARY:Töpfern",
            "DTSTART;TZID=Europe/Berlin:20250401T180000",
            "DESCRIPTION:Bitte mitbringen:",
            "Schürze und Handtuch",
            "LOCATION:Werkraum",
        )
    )
    record = one(content)
    assert record["description"] == "Bitte mitbringen:\nSchürze und Handtuch"
    assert record["location"] == "Werkraum"
    assert record["warnings"] == ["joined 1 line(s) that continue a text without being folded (a raw line break)"]


def test_events_with_different_titles_under_one_uid_are_offers_of_their_own() -> None:
    content = calendar(
        event("UID:termin@stadt.example", "SUMMARY:Ratssitzung", "DTSTART:20250401T160000Z"),
        event("UID:termin@stadt.example", "SUMMARY:Bauausschuss", "DTSTART:20250408T160000Z"),
    )
    council, committee = parse(content)
    assert (council["title"], council["start"]) == ("Ratssitzung", at(2025, 4, 1, 18))
    assert (committee["title"], committee["start"]) == ("Bauausschuss", at(2025, 4, 8, 18))
    assert council["source_ref"] == "termin@stadt.example#2025-04-01T16:00:00+00:00"
    assert committee["source_ref"] == "termin@stadt.example#2025-04-08T16:00:00+00:00"
    assert council["warnings"] == ["2 events with different titles share one UID; read each on its own"]
    same_time = calendar(
        event("UID:t", "SUMMARY:Ratssitzung", "DTSTART:20250401T160000Z"),
        event("UID:t", "SUMMARY:Bauausschuss", "DTSTART:20250401T160000Z"),
    )
    first, second = parse(same_time)  # two titles at one time: the second ref is numbered
    assert first["source_ref"] == "t#2025-04-01T16:00:00+00:00"
    assert second["source_ref"] == "t#2025-04-01T16:00:00+00:00#2"


def test_events_with_the_same_title_under_one_uid_are_more_dates_of_one_offer() -> None:
    content = calendar(
        event(
            "UID:kurs-7",
            "SUMMARY:Töpferkurs",
            "DTSTART;TZID=Europe/Berlin:20250401T170000",
            "DTEND;TZID=Europe/Berlin:20250401T190000",
            "LOCATION:Werkraum",
        ),
        event(
            "UID:kurs-7",
            "SUMMARY:Töpferkurs",
            "DTSTART;TZID=Europe/Berlin:20250408T180000",
            "DTEND;TZID=Europe/Berlin:20250408T200000",
            "LOCATION:Atelier",
        ),
        event(  # the second date once more: listed twice, read once
            "UID:kurs-7",
            "SUMMARY:Töpferkurs",
            "DTSTART;TZID=Europe/Berlin:20250408T180000",
            "DTEND;TZID=Europe/Berlin:20250408T200000",
        ),
    )
    record = one(content)
    assert record["source_ref"] == "kurs-7"
    assert [(s["start"], s["end"]) for s in record["sessions"]] == [
        (at(2025, 4, 1, 17), at(2025, 4, 1, 19)),
        (at(2025, 4, 8, 18), at(2025, 4, 8, 20)),
    ]
    assert "place" not in record["sessions"][0] and record["sessions"][1]["place"] == "Atelier"
    assert record["warnings"] == ["the calendar lists this event twice (same UID, title and start); read it once"]


def test_a_rule_with_spaces_after_its_commas_is_read() -> None:
    content = calendar(
        event(  # Exchange writes BYDAY lists with spaces and folds the rule
            "UID:standup",
            "SUMMARY:Sprechstunde",
            "DTSTART;TZID=Europe/Berlin:20250303T100000",
            "RRULE:FREQ=DAILY;UNTIL=20250307T090000Z;BYDAY=MO, TU, WE, TH, FR\r\n ;WKST=SU",
        )
    )
    record = one(content)
    assert [s["start"].day for s in record["sessions"]] == [3, 4, 5, 6, 7]
    assert record["warnings"] == []


def test_a_vendor_prefixed_tzid_is_read_as_its_zone_with_a_warning_on_that_event() -> None:
    content = calendar(
        event("UID:a", "SUMMARY:Kurs", "DTSTART;TZID=/mozilla.org/20070129_1/America/New_York:20250711T180000"),
        event("UID:b", "SUMMARY:Vortrag", "DTSTART:20250712T180000Z"),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # icalendar's own warning about the guess is not printed
        prefixed, plain = parse(content)
    assert prefixed["start"] == datetime(2025, 7, 11, 18, 0, tzinfo=NEW_YORK)
    assert prefixed["warnings"] == ["time zone '/mozilla.org/20070129_1/America/New_York' read as America/New_York"]
    assert plain["warnings"] == []
    assert plain["start"].tzinfo is not None and plain["start"] == at(2025, 7, 12, 20, zone=BERLIN)


def test_a_newer_version_of_an_event_under_the_same_uid_replaces_the_older_one() -> None:
    content = calendar(
        event("UID:sitzung-3", "SEQUENCE:0", "SUMMARY:Ratssitzung", "DTSTART:20250401T160000Z"),
        event("UID:sitzung-3", "SEQUENCE:1", "SUMMARY:Ratssitzung (verschoben)", "DTSTART:20250403T160000Z"),
    )
    record = one(content)
    assert (record["title"], record["start"], record["source_ref"]) == (
        "Ratssitzung (verschoben)",
        at(2025, 4, 3, 18),
        "sitzung-3",
    )
    assert record["warnings"] == ["read the newest version of this event (SEQUENCE 1); 1 older version(s) ignored"]
