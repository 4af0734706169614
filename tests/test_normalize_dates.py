"""The shared German/ISO date reader: one row per real-world-looking schedule text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from time import perf_counter
from zoneinfo import ZoneInfo

import pytest

from harvester.normalize.date_patterns import TOKEN_RULES
from harvester.normalize.dates import (
    MAX_SCHEDULE_TEXT_CHARS,
    MONTHS_DE,
    WEEKDAYS_DE,
    Schedule,
    localize,
    parse_schedule,
    time_of_day,
    to_when,
    weekday_code,
)
from schemas.vocab import TimeOfDay, Weekday

BERLIN = ZoneInfo("Europe/Berlin")
FEB_2024 = date(2024, 2, 1)
NOV_2025 = date(2025, 11, 20)
WORKDAYS = ("mo", "tu", "we", "th", "fr")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Berlin wall-clock time (aware)."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


@dataclass(frozen=True)
class Want:
    start: datetime | date | None
    end: datetime | date | None
    all_day: bool
    session_count: int | None
    weekdays: tuple[str, ...]


def row(
    text: str,
    start: datetime | date | None,
    end: datetime | date | None = None,
    *,
    all_day: bool | None = None,
    count: int | None = None,
    weekdays: tuple[str, ...] = (),
    today: date = FEB_2024,
    id: str | None = None,
) -> object:
    if all_day is None:
        all_day = start is not None and not isinstance(start, datetime)
    return pytest.param(text, today, Want(start, end, all_day, count, weekdays), id=id or text)


def comparable(value: datetime | date | None) -> tuple[object, ...] | None:
    """Type, wall clock and UTC offset: equal instants in different offsets are NOT the same answer."""
    if value is None:
        return None
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"{value} is naive"
        return ("datetime", value.replace(tzinfo=None), value.utcoffset())
    return ("date", value)


SCHEDULES = [
    # one date, one time or time range; every kind of range sign
    row("Di., 12.03.2024, 18:00–19:30 Uhr", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30), weekdays=("tu",)),
    row("Di., 12.03.2024, 18:00—19:30 Uhr", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30), weekdays=("tu",)),
    row("Di., 12.03.2024, 18:00-19:30 Uhr", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30), weekdays=("tu",)),
    row("Di., 12.03.2024, 18:00 bis 19:30 Uhr", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30), weekdays=("tu",)),
    row("Di 12.03.2024 18:00 − 19:30 Uhr", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30), weekdays=("tu",)),
    row("12.03.2024 18 Uhr", at(2024, 3, 12, 18)),
    row("12.3.24, 18.30 Uhr", at(2024, 3, 12, 18, 30)),
    row("Dienstag, 12. März 2024, 18:00 Uhr", at(2024, 3, 12, 18), weekdays=("tu",)),
    row("12. März 2024 um 18:00 Uhr", at(2024, 3, 12, 18)),
    row("am 5. Mai 2025 von 10 bis 12 Uhr", at(2025, 5, 5, 10), at(2025, 5, 5, 12)),
    row("12.03.2024, 18:00 - 19:30", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30)),
    row("18:00 Uhr, 12.03.2024", at(2024, 3, 12, 18)),
    row("19:30–21:00 Uhr, Do 14.3.", at(2024, 3, 14, 19, 30), at(2024, 3, 14, 21), weekdays=("th",)),
    row("12.03.2024 18:00 Uhr - 19:30 Uhr", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30)),
    row("12.03.2024 von 18.30 - 20.00 Uhr", at(2024, 3, 12, 18, 30), at(2024, 3, 12, 20)),
    row("12.03.2024, 18:00 h - 19:30 h", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30)),
    row("Dienstag, den 12.03.2024 um 19.30 Uhr", at(2024, 3, 12, 19, 30), weekdays=("tu",)),
    row("Di, 12.03.24 / 18:00", at(2024, 3, 12, 18), weekdays=("tu",)),
    row("Do 10.10.2024 19:30", at(2024, 10, 10, 19, 30), weekdays=("th",)),
    row("12. Okt. 2024, 10 Uhr", at(2024, 10, 12, 10)),
    row("1.Sept.2025", date(2025, 9, 1)),
    row("3 Jan 2026, 9:15", at(2026, 1, 3, 9, 15)),
    row("Samstag, 1. Juni 2024 – Kinderflohmarkt", date(2024, 6, 1), weekdays=("sa",)),
    row("Beginn: 12.03.2024 | 18:00 - 19:30 Uhr | 10 Termine", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30), count=10),
    row(
        "Der Kurs (Python 3.11) startet am 12. März 2024 um 18 Uhr in Raum 2.05.",
        at(2024, 3, 12, 18),
        id="version-and-room-numbers-around-a-date",
    ),
    # no year: next occurrence on/after today - 60 days
    row("Mi 12.03. 19 Uhr", at(2025, 3, 12, 19), weekdays=("we",), today=date(2025, 2, 1)),
    row("Mi 12.03. 19 Uhr", at(2026, 3, 12, 19), weekdays=("we",), today=NOV_2025, id="early-march-seen-in-november"),
    row("12.03.", date(2024, 3, 12)),
    row("5.10., 18 Uhr", at(2025, 10, 5, 18), today=NOV_2025, id="started-last-month-keeps-this-year"),
    row("15.09.", date(2026, 9, 15), today=NOV_2025, id="more-than-60-days-ago-is-next-year"),
    row("20.12.", date(2023, 12, 20), today=date(2024, 1, 10), id="december-seen-in-january"),
    row("Termin: 29.02.", date(2028, 2, 29), today=date(2025, 1, 10), id="29-february-next-leap-year"),
    # series: start, first session's end, counts, weekdays
    row("ab 5. März, 10 Termine", date(2024, 3, 5), count=10),
    row(
        "ab Di., 5.3.2024, 10x dienstags 18-19:30 Uhr",
        at(2024, 3, 5, 18),
        at(2024, 3, 5, 19, 30),
        count=10,
        weekdays=("tu",),
    ),
    row("an drei Abenden ab 4. Juni 2024, 19 Uhr", at(2024, 6, 4, 19), count=3),
    row("8 x 90 Min. ab 12.3.2024", date(2024, 3, 12), count=8),
    row("6 Treffen ab 12.03.2024", date(2024, 3, 12), count=6),
    row("2x wöchentlich ab 12.03.2024", date(2024, 3, 12), id="twice-a-week-is-not-a-count"),
    row("20 UE ab 12.03.2024", date(2024, 3, 12), id="lesson-units-are-not-sessions"),
    row(
        "12.03., 19.03. und 26.03.2024, jeweils 18 Uhr",
        at(2024, 3, 12, 18),
        count=3,
        today=NOV_2025,
        id="list-of-dates-year-from-the-last",
    ),
    row(
        "an 2 Samstagen, 13.04. und 20.04.2024, 10-16 Uhr",
        at(2024, 4, 13, 10),
        at(2024, 4, 13, 16),
        count=2,
        weekdays=("sa",),
    ),
    row("Dienstagabend, 12.3.2024", date(2024, 3, 12), weekdays=("tu",)),
    # date ranges
    row("12.–14.03.2024", date(2024, 3, 12), date(2024, 3, 14)),
    row("12.03.2024 - 14.03.2024", date(2024, 3, 12), date(2024, 3, 14)),
    row("Di., 12.03.2024 - Do., 14.03.2024", date(2024, 3, 12), date(2024, 3, 14), weekdays=("tu", "th")),
    row(
        "Mo., 13.05.2024 bis Fr., 17.05.2024, jeweils 8:30–15:30 Uhr",
        at(2024, 5, 13, 8, 30),
        at(2024, 5, 17, 15, 30),
        weekdays=("mo", "fr"),
    ),
    row("12.03. – 14.03.2024", date(2024, 3, 12), date(2024, 3, 14)),
    row("28.02.–02.03.2024", date(2024, 2, 28), date(2024, 3, 2)),
    row("vom 3. bis 7. Juni 2024", date(2024, 6, 3), date(2024, 6, 7)),
    row("3.–7. Juni 2024", date(2024, 6, 3), date(2024, 6, 7)),
    row("28.–2.3.2024", date(2024, 2, 28), date(2024, 3, 2), id="bare-day-in-the-month-before"),
    row("28.12.–02.01.2025", date(2024, 12, 28), date(2025, 1, 2)),
    row("30.12.2024-03.01.2025", date(2024, 12, 30), date(2025, 1, 3)),
    row("12.03. - 14.03.", date(2024, 3, 12), date(2024, 3, 14)),
    row("2024-03-12 - 2024-03-14", date(2024, 3, 12), date(2024, 3, 14)),
    row("12.03.2024 10:00 - 14.03.2024 16:00", at(2024, 3, 12, 10), at(2024, 3, 14, 16)),
    row("12.03.2024 10:00 - 12.03.2024 12:00", at(2024, 3, 12, 10), at(2024, 3, 12, 12)),
    row("12.–14.03.2024, jeweils 9–16 Uhr", at(2024, 3, 12, 9), at(2024, 3, 14, 16)),
    row("12.–14.03.2024, Beginn 9 Uhr", at(2024, 3, 12, 9), date(2024, 3, 14), all_day=False),
    row(
        "Zeitraum: 04.11. bis 09.12.2024, montags 18-20 Uhr",
        at(2024, 11, 4, 18),
        at(2024, 12, 9, 20),
        weekdays=("mo",),
    ),
    row(
        "Bildungsurlaub Mo–Fr, 14.–18.10.2024, 9:00–16:00 Uhr",
        at(2024, 10, 14, 9),
        at(2024, 10, 18, 16),
        weekdays=WORKDAYS,
    ),
    row("14.03.2024 - 12.03.2024", date(2024, 3, 14), id="reversed-range-is-the-first-date"),
    # weekdays without a date
    row("wöchentlich dienstags 18:00–19:30 Uhr", None, weekdays=("tu",)),
    row("Mo–Fr 9–16 Uhr", None, weekdays=WORKDAYS),
    row("montags und mittwochs", None, weekdays=("mo", "we")),
    row("Montag bis Freitag, 9:00–12:30 Uhr", None, weekdays=WORKDAYS),
    row("Mo, Mi, Fr 8:00 Uhr", None, weekdays=("mo", "we", "fr")),
    row("Sa/So 10-17 Uhr", None, weekdays=("sa", "su")),
    row("Fr–Mo geöffnet, Fr 10 Uhr", None, weekdays=("mo", "fr", "sa", "su"), id="weekday-range-over-the-weekend"),
    row("werktags ab 8 Uhr", None, weekdays=WORKDAYS),
    row("1x im Monat, donnerstags", None, weekdays=("th",)),
    row("samstags ganztägig", None, all_day=True, weekdays=("sa",)),
    row("Telefon 05241 / 82-0, Sprechzeiten Mo 9-12 Uhr", None, weekdays=("mo",)),
    # ISO inside text
    row("2024-03-12T18:00:00+01:00", at(2024, 3, 12, 18)),
    row("Termin: 2024-03-12T17:00:00Z", at(2024, 3, 12, 18), id="iso-utc-read-on-berlin-clock"),
    row("2024-03-12 18:00", at(2024, 3, 12, 18)),
    row("2024-07-12 18:00", at(2024, 7, 12, 18), id="iso-naive-summer"),
    row("2024-03-12", date(2024, 3, 12)),
    row("2024-03-12T18:00:00+01:00 - 2024-03-12T19:30:00+01:00", at(2024, 3, 12, 18), at(2024, 3, 12, 19, 30)),
    # edges of the clock
    row("12.03.2024, 24 Uhr", at(2024, 3, 13, 0)),
    row("12.03.2024, 0 Uhr", at(2024, 3, 12, 0)),
    row("12.03.2024 22 - 24 Uhr", at(2024, 3, 12, 22), at(2024, 3, 13, 0)),
    row("12.03.2024, 12:00 h", at(2024, 3, 12, 12)),
    row("12.03.2024, 18.00h", at(2024, 3, 12, 18)),
    row("12.03.2024 18h", date(2024, 3, 12), id="h-needs-minutes"),
    row("12.03.2024 ganztägig", date(2024, 3, 12)),
    row("ganztägig am 12.03.2024", date(2024, 3, 12)),
    row("12.03.2024 ganztägig, 9-16 Uhr", at(2024, 3, 12, 9), at(2024, 3, 12, 16), id="a-time-wins-over-ganztaegig"),
    row("12.03.2024 ca. 18 Uhr", at(2024, 3, 12, 18)),
    row("12.03.2024, 22:00–01:00 Uhr", at(2024, 3, 12, 22), at(2024, 3, 13, 1), id="end-after-midnight"),
    # DST: the gap moves forward, the fold takes summer time; summer +02:00, winter +01:00
    row("31.03.2024, 02:30 Uhr", at(2024, 3, 31, 3, 30), id="dst-gap"),
    row("27.10.2024, 02:30 Uhr", at(2024, 10, 27, 2, 30), id="dst-fold"),
    row("So, 14.07.2024, 11 Uhr", at(2024, 7, 14, 11), weekdays=("su",)),
    row("So, 15.12.2024, 11 Uhr", at(2024, 12, 15, 11), weekdays=("su",)),
    # noise around dates; invalid dates are skipped
    row("Anmeldeschluss: 01.03.2024. Kurs am 12.03.2024, 18 Uhr", at(2024, 3, 12, 18), id="deadline-skipped"),
    row("Anmeldeschluss 01.03.2024", date(2024, 3, 1), id="deadline-when-it-is-the-only-date"),
    row("Stand: 01.02.2024 – Kurs ab 04.03.2024", date(2024, 3, 4)),
    row("Kursnummer 241-10.23, Beginn 12.03.2024", date(2024, 3, 12)),
    row("Version 3.11.2 am 12.03.2024", date(2024, 3, 12)),
    row("12.03.2024 12.50 EUR", date(2024, 3, 12), id="price-after-date-is-not-a-time"),
    row("31.02.2024 oder 05.03.2024", date(2024, 3, 5), id="invalid-date-skipped"),
    row("Zwischen 30.02. und 02.03.2024", date(2024, 3, 2), id="invalid-yearless-date-skipped"),
]


@pytest.mark.parametrize(("text", "today", "want"), SCHEDULES)
def test_parse_schedule(text: str, today: date, want: Want) -> None:
    got = parse_schedule(text, tz=BERLIN, today=today)
    assert got is not None, text
    assert comparable(got.start) == comparable(want.start)
    assert comparable(got.end) == comparable(want.end)
    assert (got.all_day, got.session_count, got.weekdays) == (want.all_day, want.session_count, want.weekdays)
    assert got.time_text and got.time_text in text
    assert all(code in Weekday._value2member_map_ for code in got.weekdays)


NOT_SCHEDULES = [
    "45,00 €",
    "12.50 EUR",
    "Telefon 05241 82-0",
    "33330 Gütersloh",
    "Kurs 241-10.23",
    "K 1203",
    "Python 3.11",
    "Version 3.11.2",
    "18 Uhr",  # a time alone is not a schedule (documented in parse_schedule)
    "Beginn 19:30",
    "Preis: 45,00 € (10 Termine)",  # a count alone neither
    "Dauer 2 h",
    "31.02.2024",
    "30.02.",
    "12.13.2024",
    "Sept. 2024",
    "Fr. Müller lädt ein. So geht's.",
    "Do it yourself: Mo Farah rennt",
    "12.03.2500",
    "",
    "nach Vereinbarung",
]


@pytest.mark.parametrize("text", NOT_SCHEDULES)
def test_not_a_schedule(text: str) -> None:
    assert parse_schedule(text, tz=BERLIN, today=FEB_2024) is None


@pytest.mark.parametrize(
    ("text", "time_text"),
    [
        ("Kurs: Di., 12.03.2024, 18:00–19:30 Uhr (VHS)", "Di., 12.03.2024, 18:00–19:30 Uhr"),
        ("ab 5. März, 10 Termine", "5. März"),
        ("Treff wöchentlich dienstags 18 Uhr", "dienstags 18 Uhr"),
        ("Am 12.03.2024 ganztägig geöffnet", "12.03.2024 ganztägig"),
        ("Infoabend 18:00 Uhr, 12.03.2024 im Rathaus", "18:00 Uhr, 12.03.2024"),
    ],
)
def test_time_text_is_the_matched_substring(text: str, time_text: str) -> None:
    schedule = parse_schedule(text, tz=BERLIN, today=FEB_2024)
    assert schedule is not None
    assert schedule.time_text == time_text


def test_schedule_is_frozen() -> None:
    schedule = parse_schedule("12.03.2024", tz=BERLIN, today=FEB_2024)
    assert schedule == Schedule(date(2024, 3, 12), None, True, None, (), "12.03.2024")
    with pytest.raises(AttributeError):
        schedule.start = None  # type: ignore[misc]


def test_only_the_first_characters_are_searched() -> None:
    far = " " * MAX_SCHEDULE_TEXT_CHARS + "12.03.2024"
    assert parse_schedule(far, tz=BERLIN, today=FEB_2024) is None
    near = " " * (MAX_SCHEDULE_TEXT_CHARS - 20) + "12.03.2024"
    assert parse_schedule(near, tz=BERLIN, today=FEB_2024) is not None


def test_hostile_text_is_read_quickly() -> None:
    texts = ["1." * 5000, "12.03. " * 2000, "- bis " * 2000, "9" * 10000, "Mo " * 3000, "18:00 Uhr - " * 1000]
    started = perf_counter()
    for text in texts:
        parse_schedule(text, tz=BERLIN, today=FEB_2024)
        with pytest.raises(ValueError):
            to_when("31.02.2024 " + text, tz=BERLIN)
    assert perf_counter() - started < 5


def test_timezone_is_an_argument() -> None:
    london = ZoneInfo("Europe/London")
    got = parse_schedule("12.07.2024, 18 Uhr", tz=london, today=FEB_2024)
    assert got is not None and isinstance(got.start, datetime)
    assert got.start.tzinfo == london and got.start.utcoffset() == timedelta(hours=1)


# --- to_when ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "want"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("nach Vereinbarung", None),
        ("dienstags", None),
        (at(2024, 3, 12, 18), at(2024, 3, 12, 18)),
        (datetime(2024, 3, 12, 18, tzinfo=UTC), datetime(2024, 3, 12, 18, tzinfo=UTC)),  # kept as is
        (datetime(2024, 7, 12, 18), at(2024, 7, 12, 18)),  # noqa: DTZ001 - a naive input on purpose
        (datetime(2024, 3, 31, 2, 30), at(2024, 3, 31, 3, 30)),  # noqa: DTZ001
        (date(2024, 3, 12), date(2024, 3, 12)),
        ("2024-03-12T18:00:00+01:00", at(2024, 3, 12, 18)),
        ("2024-03-12T17:00:00Z", at(2024, 3, 12, 18)),
        ("2024-03-12T19:00:00+02:00", at(2024, 3, 12, 18)),
        ("2024-03-12T18:00", at(2024, 3, 12, 18)),
        ("2024-07-12T18:00:00", at(2024, 7, 12, 18)),
        ("2024-03-12 18:00", at(2024, 3, 12, 18)),
        ("2024-03-12T24:00", at(2024, 3, 13, 0)),
        ("2024-03-12", date(2024, 3, 12)),
        (" 2024-03-12 ", date(2024, 3, 12)),
        ("20240312", date(2024, 3, 12)),
        ("2024-3-5", date(2024, 3, 5)),
        ("2024-03-12 18:00 Uhr", at(2024, 3, 12, 18)),
        ("Di., 12.03.2024, 18:00–19:30 Uhr", at(2024, 3, 12, 18)),
        ("12. März 2024", date(2024, 3, 12)),
        ("12.03.", date(2024, 3, 12)),
    ],
)
def test_to_when(value: object, want: datetime | date | None) -> None:
    assert comparable(to_when(value, tz=BERLIN, today=FEB_2024)) == comparable(want)


def test_to_when_keeps_an_aware_datetime_as_is() -> None:
    value = datetime(2024, 3, 12, 18, tzinfo=timezone(timedelta(hours=5)))
    assert to_when(value, tz=BERLIN) is value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31.02.2024", "not a calendar date"),
        ("30.02.", "not a calendar date"),
        ("2024-02-30", "not a calendar date"),
        ("am 31. Februar 2024", "not a calendar date"),
        ("2019-9-18T10-10-00-00", "not a valid ISO 8601"),
        ("2024-03-12T25:00", "not a valid ISO 8601"),
        ("0001-01-01", "outside 1900..2200"),
        ("12.03.2500", "outside 1900..2200"),
        (12, "cannot read a date from int"),
        (1.5, "cannot read a date from float"),
        (["2024-03-12"], "cannot read a date from list"),
    ],
)
def test_to_when_rejects_what_is_meant_as_a_date_but_is_not(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_when(value, tz=BERLIN, today=FEB_2024)


def test_to_when_without_today_cannot_guess_a_year() -> None:
    with pytest.raises(ValueError, match="no year"):
        to_when("12.03.", tz=BERLIN)
    assert to_when("12.03.2024", tz=BERLIN) == date(2024, 3, 12)
    assert to_when("12.03.", tz=BERLIN, today=NOV_2025) == date(2026, 3, 12)


# --- localize, time_of_day, weekday_code, vocabularies ------------------------------------------------------


@pytest.mark.parametrize(
    ("naive", "offset_hours", "wall"),
    [
        ("2024-01-15T12:00", 1, "2024-01-15T12:00"),
        ("2024-07-15T12:00", 2, "2024-07-15T12:00"),
        ("2024-03-31T01:59", 1, "2024-03-31T01:59"),
        ("2024-03-31T02:00", 2, "2024-03-31T03:00"),  # gap: shifted forward by the hour
        ("2024-03-31T02:30", 2, "2024-03-31T03:30"),
        ("2024-03-31T03:00", 2, "2024-03-31T03:00"),
        ("2024-10-27T02:30", 2, "2024-10-27T02:30"),  # fold: the first (summer-time) instant
        ("2024-10-27T03:00", 1, "2024-10-27T03:00"),
    ],
)
def test_localize(naive: str, offset_hours: int, wall: str) -> None:
    got = localize(datetime.fromisoformat(naive), BERLIN)
    assert got.tzinfo is BERLIN
    assert got.utcoffset() == timedelta(hours=offset_hours)
    assert got.replace(tzinfo=None) == datetime.fromisoformat(wall)
    assert got.fold == 0


def test_localize_rejects_an_aware_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        localize(at(2024, 3, 12, 18), BERLIN)


@pytest.mark.parametrize(
    ("start", "want"),
    [
        (at(2024, 3, 12, 0), "morning"),
        (at(2024, 3, 12, 11, 59), "morning"),
        (at(2024, 3, 12, 12), "afternoon"),
        (at(2024, 3, 12, 16, 59), "afternoon"),
        (at(2024, 3, 12, 17), "evening"),
        (at(2024, 3, 12, 23, 59), "evening"),
        (datetime(2024, 3, 12, 11, 30, tzinfo=UTC).astimezone(BERLIN), "afternoon"),  # 12:30 local
    ],
)
def test_time_of_day(start: datetime, want: str) -> None:
    assert time_of_day(start) == want
    assert want in TimeOfDay._value2member_map_


def test_weekday_code() -> None:
    monday = date(2024, 3, 11)
    codes = [weekday_code(monday + timedelta(days=n)) for n in range(7)]
    assert codes == ["mo", "tu", "we", "th", "fr", "sa", "su"] == [w.value for w in Weekday]


def test_vocabularies() -> None:
    spellings = ("januar", "jan", "jän", "jänner", "märz", "maerz", "mrz", "sept", "dez")
    assert [MONTHS_DE[k] for k in spellings] == [1, 1, 1, 1, 3, 3, 3, 9, 12]
    assert set(MONTHS_DE.values()) == set(range(1, 13))
    assert all(key == key.lower() for key in (*MONTHS_DE, *WEEKDAYS_DE))
    assert WEEKDAYS_DE["montag"] == WEEKDAYS_DE["mo"] == WEEKDAYS_DE["montags"] == "mo"
    assert WEEKDAYS_DE["di"] == WEEKDAYS_DE["dienstag"] == WEEKDAYS_DE["dienstags"] == "tu"
    assert WEEKDAYS_DE["sonnabend"] == "sa" and WEEKDAYS_DE["so"] == "su"
    assert set(WEEKDAYS_DE.values()) == {w.value for w in Weekday}


def test_every_token_rule_says_what_it_reads() -> None:
    assert TOKEN_RULES
    for rule in TOKEN_RULES:
        assert rule.build.__doc__, f"token rule {rule.name} needs a docstring with examples"
