"""schema.org ``Schedule`` (``eventSchedule``, ``courseSchedule``) -> sessions and a German schedule line.

A Schedule is a machine description of a recurrence (``byDay``, ``startTime``, ``repeatFrequency``,
``startDate``, ``endDate``, ``repeatCount``, ``exceptDate``, ``scheduleTimezone``), so it is expanded
here with dateutil's rrule rather than by the normaliser: a bounded schedule (``endDate`` or
``repeatCount``) in full, an open one up to the recurrence horizon (as iCalendar RRULEs are), both
capped. Times are wall-clock times in ``scheduleTimezone``; without one they stay naive and the
normaliser reads them in the source's time zone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule

from harvester.formats.ical import horizon_end

#: At most this many occurrences of one schedule are kept (a daily schedule over a year is 366).
MAX_SCHEDULE_OCCURRENCES = 1_000
#: At most this many steps of a rule are walked to find the recent ones when it has too many occurrences.
MAX_SCHEDULE_STEPS = 200_000

DAY_CODES = {
    "monday": rrule.MO,
    "tuesday": rrule.TU,
    "wednesday": rrule.WE,
    "thursday": rrule.TH,
    "friday": rrule.FR,
    "saturday": rrule.SA,
    "sunday": rrule.SU,
    "mo": rrule.MO,
    "tu": rrule.TU,
    "we": rrule.WE,
    "th": rrule.TH,
    "fr": rrule.FR,
    "sa": rrule.SA,
    "su": rrule.SU,
}
DAYS_DE = ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags")
FREQUENCIES = {"D": rrule.DAILY, "W": rrule.WEEKLY, "M": rrule.MONTHLY, "Y": rrule.YEARLY}
FREQUENCY_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y"}
FREQUENCY_DE = {"P1D": "täglich", "P1W": "wöchentlich", "P2W": "alle 2 Wochen", "P1M": "monatlich", "P1Y": "jährlich"}

_PERIOD = re.compile(r"^P(\d{1,3})([DWMY])$", re.IGNORECASE)
_DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?")


def iso_duration(value: Any) -> timedelta | None:
    """An ISO 8601 duration ("PT1H30M", "P1D") as a timedelta; None when it is not one."""
    if not isinstance(value, str):
        return None
    match = _DURATION.match(value.strip())
    if not match or value.strip().upper() in {"P", "PT"}:
        return None
    weeks, days, hours, minutes, seconds = (float(part) if part else 0.0 for part in match.groups())
    return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)


def expand_schedule(
    schedule: dict[str, Any], *, now: datetime, timezone: ZoneInfo, warnings: list[str]
) -> tuple[list[dict[str, Any]], str | None, int | None]:
    """Sessions, a German schedule line and the number of sessions (when bounded) of one Schedule."""
    zone = _zone(schedule.get("scheduleTimezone"), warnings)
    start_day = _day(schedule.get("startDate"))
    start_time, end_time = _clock(schedule.get("startTime")), _clock(schedule.get("endTime"))
    duration = iso_duration(schedule.get("duration"))
    frequency = _frequency(schedule.get("repeatFrequency"))
    weekdays = _weekdays(schedule.get("byDay"))
    count = _count(schedule.get("repeatCount"))
    until_day = _day(schedule.get("endDate"))
    text = schedule_line(weekdays, start_time, end_time, frequency, start_day, until_day, count)
    if frequency is None and not weekdays:
        if start_day is None:
            return [], text, None
        frequency = "P1D"  # a date range with times: every day; a single date: once
        count = count if count is not None or until_day is not None else 1
    bounded = until_day is not None or count is not None
    local_now = now.astimezone(zone or timezone)
    first = start_day or local_now.date().replace(day=1)  # an open schedule without a start: this month on
    dtstart = datetime.combine(first, start_time or time(0))
    rule_args: dict[str, Any] = {"dtstart": dtstart}
    if frequency is not None:
        period = _PERIOD.match(frequency)
        assert period  # _frequency only returns matching values
        rule_args.update(freq=FREQUENCIES[period.group(2).upper()], interval=int(period.group(1)))
    else:
        rule_args.update(freq=rrule.WEEKLY, interval=1)
    if weekdays:
        rule_args["byweekday"] = weekdays
    if count is not None:
        rule_args["count"] = count
    if until_day is not None:
        rule_args["until"] = datetime.combine(until_day, time(23, 59, 59))
    elif count is None:
        rule_args["until"] = horizon_end(now, zone or timezone).replace(tzinfo=None)
    excluded = {_day(value) for value in _as_list(schedule.get("exceptDate"))} - {None}
    rule = rrule.rrule(**rule_args)
    occurrences = list(islice(rule, MAX_SCHEDULE_OCCURRENCES + 1))
    if len(occurrences) > MAX_SCHEDULE_OCCURRENCES:
        recent = local_now.replace(tzinfo=None) - timedelta(days=31)
        steps = islice(rule, MAX_SCHEDULE_STEPS)  # a daily rule since the year 1 must not run for seconds
        occurrences = list(islice((when for when in steps if when >= recent), MAX_SCHEDULE_OCCURRENCES))
        warnings.append(
            f"the schedule yields more than {MAX_SCHEDULE_OCCURRENCES} dates; read them from a month ago on"
        )
    sessions = []
    for occurrence in occurrences:
        if occurrence.date() in excluded:
            continue
        sessions.append(_session(occurrence, start_time, end_time, duration, zone))
    return sessions, text, len(sessions) if bounded else None


def schedule_line(
    weekdays: list[Any],
    start_time: time | None,
    end_time: time | None,
    frequency: str | None,
    start_day: date | None,
    until_day: date | None,
    count: int | None,
) -> str | None:
    """The schedule in German words: "dienstags, 18:00–19:30 Uhr, wöchentlich, 04.03.2025–24.06.2025"."""
    parts = []
    if weekdays:
        parts.append(" und ".join(DAYS_DE[day.weekday] for day in weekdays))
    if start_time and end_time:
        parts.append(f"{start_time:%H:%M}–{end_time:%H:%M} Uhr")
    elif start_time:
        parts.append(f"{start_time:%H:%M} Uhr")
    if frequency:
        parts.append(FREQUENCY_DE.get(frequency.upper(), f"Rhythmus {frequency}"))
    if start_day and until_day:
        parts.append(f"{start_day:%d.%m.%Y}–{until_day:%d.%m.%Y}")
    elif start_day:
        parts.append(f"ab {start_day:%d.%m.%Y}")
    if count:
        parts.append(f"{count} Termine")
    return ", ".join(parts) or None


def _session(
    occurrence: datetime,
    start_time: time | None,
    end_time: time | None,
    duration: timedelta | None,
    zone: ZoneInfo | None,
) -> dict[str, Any]:
    if start_time is None:
        return {"start": occurrence.date(), "end": None}
    end: datetime | None = None
    if end_time is not None:
        end = datetime.combine(occurrence.date(), end_time)
        if end <= occurrence:
            end += timedelta(days=1)  # "22:00–01:00"
    elif duration:
        end = occurrence + duration
    return {"start": _wall(occurrence, zone), "end": _wall(end, zone) if end else None}


def _wall(naive: datetime, zone: ZoneInfo | None) -> datetime:
    """A wall-clock time in zone (a time in the DST gap moves forward); naive when zone is None."""
    if zone is None:
        return naive
    first = naive.replace(tzinfo=zone)
    real = first.astimezone(UTC).astimezone(zone)
    return real if real.replace(tzinfo=None) != naive else first


def _zone(value: Any, warnings: list[str]) -> ZoneInfo | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        warnings.append(f"scheduleTimezone {value!r} is unknown; read the times in the source's time zone")
        return None


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _clock(value: Any) -> time | None:
    if not isinstance(value, str):
        return None
    match = _CLOCK.match(value.strip())
    if not match:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour == 24 and minute == 0:
        return time(23, 59)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _frequency(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    text = FREQUENCY_WORDS.get(text.lower().rsplit("/", 1)[-1], text)
    match = _PERIOD.match(text)
    return f"P{int(match.group(1))}{match.group(2).upper()}" if match and int(match.group(1)) > 0 else None


def _weekdays(value: Any) -> list[Any]:
    days = []
    for item in _as_list(value):
        if isinstance(item, dict):
            item = item.get("@id") or item.get("id") or item.get("name")
        if not isinstance(item, str):
            continue
        word = item.strip().rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
        day = DAY_CODES.get(word)
        if day is not None and day not in days:
            days.append(day)
    return sorted(days, key=lambda day: day.weekday)


def _count(value: Any) -> int | None:
    try:
        number = int(str(value).strip()) if value is not None and not isinstance(value, bool) else None
    except ValueError:
        return None
    return number if number and number > 0 else None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
