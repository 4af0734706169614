"""The iCalendar parser on small inline calendars: one test per quirk of real calendars."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.formats import FormatError, ical, ical_recurrence
from harvester.formats.ical import horizon_end, parse_ical

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)


def calendar(*events: str, head: str = "") -> bytes:
    """A calendar with CRLF line ends around the given VEVENT bodies."""
    body = "".join(f"BEGIN:VEVENT\r\n{event.strip()}\r\nEND:VEVENT\r\n" for event in events)
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//DE\r\n{head}{body}END:VCALENDAR\r\n"
    return text.replace("\r\n\r\n", "\r\n").encode()


def event(*lines: str) -> str:
    return "\r\n".join(lines)


def parse(content: bytes, zone: ZoneInfo = BERLIN) -> list[dict[str, Any]]:
    return list(parse_ical(content, base_url="https://kalender.example/feed.ics", timezone=zone, now=NOW))


def one(content: bytes, zone: ZoneInfo = BERLIN) -> dict[str, Any]:
    records = parse(content, zone)
    assert len(records) == 1
    return records[0]


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


BERLIN_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)
COURSE = event(
    "UID:kurs-1@vhs.example",
    "SUMMARY:Spanisch A1",
    "DTSTART;TZID=Europe/Berlin:20250318T180000",
    "DTEND;TZID=Europe/Berlin:20250318T193000",
    "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU",
    "EXDATE;TZID=Europe/Berlin:20250415T180000",
    "RDATE;TZID=Europe/Berlin:20250506T180000",
    "LOCATION:VHS-Haus\\, Raum 112\\, Schillerstraße 20\\, 67890 Musterstadt",
)
MOVED = event(
    "UID:kurs-1@vhs.example",
    "RECURRENCE-ID;TZID=Europe/Berlin:20250401T180000",
    "SUMMARY:Spanisch A1",
    "DTSTART;TZID=Europe/Berlin:20250401T180000",
    "DTEND;TZID=Europe/Berlin:20250401T193000",
    "LOCATION:VHS-Haus\\, Raum 204\\, Schillerstraße 20\\, 67890 Musterstadt",
)
CANCELLED_ONE = event(
    "UID:kurs-1@vhs.example",
    "RECURRENCE-ID;TZID=Europe/Berlin:20250408T180000",
    "SUMMARY:Spanisch A1",
    "DTSTART;TZID=Europe/Berlin:20250408T180000",
    "DTEND;TZID=Europe/Berlin:20250408T193000",
    "LOCATION:VHS-Haus\\, Raum 112\\, Schillerstraße 20\\, 67890 Musterstadt",
    "STATUS:CANCELLED",
)


def test_weekly_course_keeps_local_time_across_the_dst_change() -> None:
    record = one(calendar(COURSE, head=BERLIN_VTIMEZONE))
    starts = [s["start"] for s in record["sessions"]]
    assert [s.isoformat() for s in starts] == [
        "2025-03-18T18:00:00+01:00",
        "2025-03-25T18:00:00+01:00",
        "2025-04-01T18:00:00+02:00",  # after the change on 30 March: still 18:00 local
        "2025-04-08T18:00:00+02:00",
        "2025-04-22T18:00:00+02:00",  # 15 April is an EXDATE; COUNT=6 counts it
        "2025-05-06T18:00:00+02:00",  # the RDATE
    ]
    assert record["start"] == at(2025, 3, 18, 18)
    assert record["end"] == at(2025, 5, 6, 19, 30)
    assert record["source_ref"] == "kurs-1@vhs.example"
    assert record["all_day"] is False
    assert record["warnings"] == []


def test_overrides_move_a_session_to_another_room_and_cancel_another() -> None:
    record = one(calendar(COURSE, MOVED, CANCELLED_ONE, head=BERLIN_VTIMEZONE))
    by_start = {s["start"]: s for s in record["sessions"]}
    assert len(by_start) == 6
    assert by_start[at(2025, 4, 1, 18)]["place"] == "VHS-Haus, Raum 204, Schillerstraße 20, 67890 Musterstadt"
    assert by_start[at(2025, 4, 8, 18)]["status"] == "CANCELLED"
    assert "place" not in by_start[at(2025, 3, 18, 18)]  # the master's own room is the offer's location
    assert record["location"] == "VHS-Haus, Raum 112, Schillerstraße 20, 67890 Musterstadt"


def test_without_vtimezone_a_tzid_is_read_from_the_iana_database() -> None:
    record = one(calendar(COURSE))
    assert record["sessions"][0]["start"].utcoffset().total_seconds() == 3600
    assert record["sessions"][2]["start"].utcoffset().total_seconds() == 7200


def test_utc_floating_and_undefined_zones() -> None:
    content = calendar(
        event("UID:utc", "SUMMARY:UTC", "DTSTART:20250318T130000Z", "DTEND:20250318T150000Z"),
        event("UID:floating", "SUMMARY:Floating", "DTSTART:20250412T100000", "DTEND:20250412T123000"),
        event("UID:unknown", "SUMMARY:Unknown", "DTSTART;TZID=Mitteleuropäische Zeit:20250310T180000"),
    )
    detroit = ZoneInfo("America/Detroit")
    records = {r["source_ref"]: r for r in parse(content, detroit)}
    assert records["utc"]["start"] == datetime(2025, 3, 18, 13, 0, tzinfo=UTC)
    assert records["floating"]["start"] == datetime(2025, 4, 12, 10, 0, tzinfo=detroit)  # the source's zone
    assert records["unknown"]["start"] == datetime(2025, 3, 10, 18, 0, tzinfo=detroit)
    assert records["unknown"]["warnings"] == [
        "time zone 'Mitteleuropäische Zeit' is not defined; read the times in America/Detroit"
    ]


def test_x_wr_timezone_keeps_a_utc_series_at_local_wall_time() -> None:
    content = calendar(
        event(
            "UID:lesekreis",
            "SUMMARY:Lesekreis",
            "DTSTART:20250313T170000Z",
            "DTEND:20250313T183000Z",
            "RRULE:FREQ=WEEKLY;COUNT=4",
        ),
        event("UID:floating", "SUMMARY:Floating", "DTSTART:20250412T100000"),
        head="X-WR-TIMEZONE:Europe/Berlin\r\n",
    )
    records = {r["source_ref"]: r for r in parse(content, ZoneInfo("America/Detroit"))}
    assert [s["start"].isoformat() for s in records["lesekreis"]["sessions"]] == [
        "2025-03-13T18:00:00+01:00",
        "2025-03-20T18:00:00+01:00",
        "2025-03-27T18:00:00+01:00",
        "2025-04-03T18:00:00+02:00",
    ]
    assert records["floating"]["start"] == at(2025, 4, 12, 10)  # X-WR-TIMEZONE beats the source's zone


def test_unknown_x_wr_timezone_is_ignored_with_a_warning() -> None:
    record = one(calendar(event("UID:a", "SUMMARY:A", "DTSTART:20250310T180000"), head="X-WR-TIMEZONE:Mars/Olymp\r\n"))
    assert record["start"] == at(2025, 3, 10, 18)
    assert record["warnings"] == ["X-WR-TIMEZONE 'Mars/Olymp' is not a known time zone; ignored"]


def test_broken_vtimezone_with_two_tzids_is_dropped_with_a_warning() -> None:
    broken = (
        "BEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\n"
        "DTSTART:20250101T000000\r\nEND:STANDARD\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:20250330T010000\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )
    content = calendar(event("UID:a", "SUMMARY:Comic", "DTSTART;TZID=Europe/Berlin:20250405T100000"), head=broken)
    record = one(content)
    assert record["start"] == at(2025, 4, 5, 10)
    assert record["start"].utcoffset().total_seconds() == 7200
    assert len(record["warnings"]) == 1
    assert record["warnings"][0].startswith("the calendar's VTIMEZONE blocks are broken (")
    assert record["warnings"][0].endswith("ignored them and read the time zones from the IANA database")


def test_all_day_events_and_exclusive_dtend() -> None:
    content = calendar(
        event("UID:one", "SUMMARY:Tag der offenen Tür", "DTSTART;VALUE=DATE:20250322", "DTEND;VALUE=DATE:20250323"),
        event("UID:five", "SUMMARY:Bildungsurlaub", "DTSTART;VALUE=DATE:20250512", "DTEND;VALUE=DATE:20250517"),
        event("UID:same", "SUMMARY:Feiertag", "DTSTART;VALUE=DATE:20250418", "DTEND;VALUE=DATE:20250418"),
    )
    records = {r["source_ref"]: r for r in parse(content)}
    assert records["one"]["start"] == date(2025, 3, 22)
    assert records["one"]["end"] is None
    assert records["one"]["all_day"] is True
    assert records["five"]["start"] == date(2025, 5, 12)
    assert records["five"]["end"] == date(2025, 5, 16)  # DTEND 17 May is exclusive
    assert records["same"]["end"] is None  # DTEND equal to DTSTART (a common export mistake)


def test_duration_instead_of_dtend_and_no_end_at_all() -> None:
    content = calendar(
        event("UID:d", "SUMMARY:D", "DTSTART;TZID=Europe/Berlin:20250310T180000", "DURATION:PT90M"),
        event("UID:n", "SUMMARY:N", "DTSTART;TZID=Europe/Berlin:20250310T180000"),
    )
    records = {r["source_ref"]: r for r in parse(content)}
    assert records["d"]["end"] == at(2025, 3, 10, 19, 30)
    assert records["n"]["end"] is None
    assert records["n"]["sessions"] == [{"start": at(2025, 3, 10, 18), "end": None}]


def test_end_before_start_keeps_the_start_and_passes_the_end_on_for_the_normaliser() -> None:
    record = one(
        calendar(
            event(
                "UID:a",
                "SUMMARY:A",
                "DTSTART;TZID=Europe/Berlin:20250310T180000",
                "DTEND;TZID=Europe/Berlin:20250310T170000",
            )
        )
    )
    assert record["start"] == at(2025, 3, 10, 18)  # recurring-ical-events would swap the two
    assert record["end"] == at(2025, 3, 10, 17)
    assert record["sessions"] == [{"start": at(2025, 3, 10, 18), "end": None}]


def test_text_properties_location_categories_organizer_and_modified() -> None:
    record = one(
        calendar(
            event(
                "UID:a",
                "SUMMARY:Smartphone-Kurs",
                "DTSTART:20250318T130000Z",
                "DTSTAMP:20250303T050000Z",
                "LAST-MODIFIED:20250201T090000Z",
                "LOCATION:Gemeindebücherei\\, Kirchplatz 1\\, Birkenfelde\\,\\, 45678",
                "CATEGORIES:Digitales,Senioren",
                "CATEGORIES:Kurs",
                'ORGANIZER;CN="Nachbarschaftsverein Birkenfelde":mailto:kontakt@verein.example',
                "URL:https://verein.example/termine/smartphone",
                "DESCRIPTION:Fotos verschicken\\, Videoanrufe\\nKosten: 5 €",
                "X-ALT-DESC;FMTTYPE=text/html:<p>Fotos verschicken\\, <b>Videoanrufe</b></p>",
            )
        )
    )
    assert record["title"] == "Smartphone-Kurs"
    assert record["location"] == "Gemeindebücherei, Kirchplatz 1, Birkenfelde, 45678"
    assert record["source_categories"] == ["Digitales", "Senioren", "Kurs"]
    assert record["organizer"] == {"name": "Nachbarschaftsverein Birkenfelde", "email": "kontakt@verein.example"}
    assert record["url"] == "https://verein.example/termine/smartphone"
    assert record["description"] == "<p>Fotos verschicken, <b>Videoanrufe</b></p>"  # the HTML one, unescaped
    # LAST-MODIFIED, never DTSTAMP (the time of the export, which would change every harvest)
    assert record["source_modified_at"] == datetime(2025, 2, 1, 9, 0, tzinfo=UTC)


def test_geo_makes_the_location_a_place_with_coordinates() -> None:
    record = one(
        calendar(
            event("UID:a", "SUMMARY:A", "DTSTART:20250318T130000Z", "LOCATION:Stadtpark Lindenhain", "GEO:51.5;7.25")
        )
    )
    assert record["location"] == {"address": "Stadtpark Lindenhain", "lat": 51.5, "lon": 7.25}


def test_status_and_cancellation_in_the_title_are_passed_on() -> None:
    content = calendar(
        event("UID:a", "SUMMARY:Vortrag", "DTSTART:20250318T180000Z", "STATUS:CANCELLED"),
        event("UID:b", "SUMMARY:Nähcafé (abgesagt)", "DTSTART:20250318T180000Z"),
    )
    records = {r["source_ref"]: r for r in parse(content)}
    assert records["a"]["status"] == "CANCELLED"
    assert records["a"]["sessions"][0]["status"] == "CANCELLED"
    assert "status" not in records["b"]  # the normaliser reads "(abgesagt)" from the title
    assert records["b"]["title"] == "Nähcafé (abgesagt)"


def test_a_series_of_rdates_only_becomes_one_offer_with_all_dates() -> None:
    rdates = [f"RDATE;VALUE=DATE-TIME:2025{m:02d}0{d}T190000Z" for m, d in ((3, 1), (4, 5), (5, 3), (6, 7))]
    record = one(
        calendar(
            event("UID:hpr", "SUMMARY:Community News", "DTSTART:20250301T190000Z", "DTEND:20250301T210000Z", *rdates)
        )
    )
    assert [s["start"].date() for s in record["sessions"]] == [
        date(2025, 3, 1),
        date(2025, 4, 5),
        date(2025, 5, 3),
        date(2025, 6, 7),
    ]
    assert all(s["end"] - s["start"] == (record["end"] - record["sessions"][-1]["start"]) for s in record["sessions"])


def test_unbounded_rule_stops_at_the_horizon_rounded_to_a_month() -> None:
    record = one(
        calendar(
            event(
                "UID:a",
                "SUMMARY:Deutsch-Café",
                "DTSTART;TZID=Europe/Berlin:20250306T190000",
                "DTEND;TZID=Europe/Berlin:20250306T203000",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,TH",
            )
        )
    )
    horizon = horizon_end(NOW, BERLIN)
    assert horizon == at(2026, 4, 1)
    starts = [s["start"] for s in record["sessions"]]
    assert starts[0] == at(2025, 3, 6, 19)
    assert starts[-1] == at(2026, 3, 30, 19)
    assert len(starts) == 112
    assert {s.weekday() for s in starts} == {0, 3}
    assert all(s.hour == 19 for s in starts)


def test_a_one_off_event_beyond_the_horizon_keeps_its_date() -> None:
    record = one(calendar(event("UID:a", "SUMMARY:A", "DTSTART;TZID=Europe/Berlin:20270310T180000")))
    assert record["sessions"] == [{"start": at(2027, 3, 10, 18), "end": None}]


def test_many_occurrences_are_read_from_a_month_ago_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ical_recurrence, "MAX_OCCURRENCES_COMPUTED", 50)
    record = one(
        calendar(event("UID:a", "SUMMARY:Täglich", "DTSTART;TZID=Europe/Berlin:20240101T100000", "RRULE:FREQ=DAILY"))
    )
    assert record["sessions"][0]["start"] == at(2025, 1, 31, 10)
    assert len(record["sessions"]) == 50
    assert record["warnings"] == ["the recurrence yields more than 50 dates; read the dates from 2025-01-31 on"]


def test_the_calendar_step_budget_leaves_later_events_their_own_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ical_recurrence, "MAX_CALENDAR_STEPS", 100)
    weekly = "DTSTART;TZID=Europe/Berlin:20250310T180000\r\nRRULE:FREQ=WEEKLY;COUNT=10"
    first, second = parse(calendar(event("UID:a", "SUMMARY:A", weekly), event("UID:b", "SUMMARY:B", weekly)))
    assert len(first["sessions"]) == 10  # 56 weekly periods up to the horizon and 10 dates: 66 of 100 steps
    assert first["warnings"] == []
    assert second["sessions"] == [{"start": at(2025, 3, 10, 18), "end": None}]
    assert second["warnings"] == [
        "the calendar's recurrences are too many to expand; 'FREQ=WEEKLY;COUNT=10' was not expanded"
    ]


def test_bad_rules_are_ignored_and_the_event_keeps_its_date() -> None:
    content = calendar(
        event("UID:empty", "SUMMARY:A", "DTSTART;VALUE=DATE:20250310", "RRULE:"),
        event("UID:foo", "SUMMARY:B", "DTSTART:20250310T170000Z", "RRULE:FREQ=FOO"),
        event("UID:hour", "SUMMARY:C", "DTSTART:20250310T170000Z", "RRULE:FREQ=DAILY;BYHOUR=25"),
    )
    records = {r["source_ref"]: r for r in parse(content)}
    assert records["empty"]["start"] == date(2025, 3, 10)
    assert records["empty"]["warnings"] == []  # "RRULE:" with no value is no rule (CalendarLabs writes it everywhere)
    assert records["foo"]["warnings"] == [
        "the recurrence rule 'FREQ=FOO' is unreadable (Expected frequency, got: FOO); ignored"
    ]
    assert len(records["hour"]["sessions"]) == 1
    assert records["hour"]["warnings"][0].startswith("the recurrence rule 'FREQ=DAILY;BYHOUR=25' is unreadable")


def test_a_rule_that_never_matches_is_fast() -> None:
    started = time.monotonic()
    record = one(
        calendar(
            event(
                "UID:a",
                "SUMMARY:A",
                "DTSTART;TZID=Europe/Berlin:20200101T100000",
                "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
            )
        )
    )
    assert time.monotonic() - started < 1.0  # dateutil alone steps on to the year 9999 (≈7 s)
    assert record["sessions"] == [{"start": at(2020, 1, 1, 10), "end": None}]


def test_a_date_that_is_not_a_date_is_passed_on_as_text() -> None:
    content = calendar(
        event("UID:bad", "SUMMARY:Kaputt", "DTSTART:2025-03-10 18:00", "DTEND:2025-03-10 19:00"),
        event("UID:good", "SUMMARY:Gut", "DTSTART:20250310T170000Z"),
    )
    records = {r["source_ref"]: r for r in parse(content)}
    assert records["bad"]["start"] == "2025-03-10 18:00"
    assert records["bad"]["end"] == "2025-03-10 19:00"
    assert records["bad"]["warnings"] == [
        "DTSTART '2025-03-10 18:00' is not an iCalendar date; passed on as text",
        "DTEND '2025-03-10 19:00' is not an iCalendar date; passed on as text",
    ]
    assert records["good"]["start"] == datetime(2025, 3, 10, 17, 0, tzinfo=UTC)


def test_events_without_uid_or_dtstart() -> None:
    content = calendar(event("SUMMARY:Ohne UID", "DTSTART:20250310T170000Z"), event("UID:x", "SUMMARY:Ohne Datum"))
    first, second = parse(content)
    assert "source_ref" not in first  # the normaliser derives a stable one from title, start and place
    assert second == {"title": "Ohne Datum", "warnings": [], "source_ref": "x"}


def test_concatenated_calendars_are_all_read() -> None:
    content = calendar(event("UID:a", "SUMMARY:A", "DTSTART:20250310T170000Z")) + calendar(
        event("UID:b", "SUMMARY:B", "DTSTART:20250311T170000Z")
    )
    records = parse(content)
    assert [r["title"] for r in records] == ["A", "B"]
    assert records[0]["warnings"] == ["the file holds 2 calendars one after the other; read them all"]


def test_folded_lines_and_bare_lf_line_ends() -> None:
    content = (
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Ein sehr langer Titel\n  der umbrochen ist\n"
        b"DTSTART:20250310T170000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert one(content)["title"] == "Ein sehr langer Titel der umbrochen ist"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"<!DOCTYPE html><html><body>Kalender</body></html>",
            "not an iCalendar file: it is an HTML page (does the calendar's address need ?ical=1 or a login?)",
        ),
        (b"Hallo Welt", "not an iCalendar file (it does not start with BEGIN:VCALENDAR but with 'Hallo Welt')"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:T\r\n",
            "the calendar is incomplete: it has no END:VCALENDAR (was the download cut off?)",
        ),
        (
            b"BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n",
            "not a readable iCalendar file (Content line could not be parsed into parts: "
            "'this is not a content line': Invalid content line)",
        ),
    ],
    ids=["html", "text", "cut-off", "garbage"],
)
def test_documents_that_are_not_calendars_raise_one_clear_sentence(content: bytes, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        parse(content)
    assert str(caught.value) == message


def test_oversized_calendar_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ical, "MAX_CALENDAR_BYTES", 100)
    with pytest.raises(FormatError, match=r"^the calendar is larger than the 100 bytes we read \(\d+ bytes\)$"):
        parse(calendar(COURSE))


def test_too_many_events_are_cut_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ical, "MAX_EVENTS", 2)
    content = calendar(*(event(f"UID:{n}", f"SUMMARY:E{n}", "DTSTART:20250310T170000Z") for n in range(5)))
    records = parse(content)
    assert [r["title"] for r in records] == ["E0", "E1"]
    assert records[0]["warnings"] == ["only the first 2 events were read"]


def test_charsets_and_control_characters() -> None:
    text = calendar(event("UID:a", "SUMMARY:Führung „Alte Handwerke“", "DTSTART:20250310T170000Z")).decode()
    latin = one(text.encode("cp1252"))
    assert latin["title"] == "Führung „Alte Handwerke“"
    first_bad = text.encode("cp1252").index(b"\xfc")
    assert latin["warnings"] == [f"text is not valid UTF-8 (byte {first_bad}); read it as Windows-1252 (Latin-1)"]
    assert one(text.encode("utf-16"))["title"] == "Führung „Alte Handwerke“"
    assert one(b"\xef\xbb\xbf" + text.encode())["warnings"] == []
    nul = one(text.replace("Alte", "Al\x00te").encode())
    assert nul["title"] == "Führung „Alte Handwerke“"
    assert nul["warnings"] == ["removed 1 control characters (such as NUL) that iCalendar does not allow"]
