"""iCalendar (RFC 5545) calendars, read with icalendar and expanded with recurring-ical-events.

One VEVENT (with its RECURRENCE-ID overrides) is one offer; its occurrences are its sessions,
from the first occurrence up to the horizon, capped. Real calendars are messy (FORMATS.md):
broken VTIMEZONE blocks are dropped and their TZIDs read from the IANA database, undefined
TZIDs fall back to the source's zone with a warning, floating times are read in the source's zone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import recurring_ical_events
from icalendar import Calendar, Component

from harvester import settings
from harvester.formats import FormatError, RawRecord

#: The largest calendar we parse.
MAX_CALENDAR_BYTES = 32 * 1024 * 1024
#: At most this many occurrences of one event are computed before the expansion restarts near "now".
MAX_OCCURRENCES_COMPUTED = 5_000
#: At most this many VEVENTs are read from one calendar.
MAX_EVENTS = 50_000

_VTIMEZONE = re.compile(rb"BEGIN:VTIMEZONE.*?END:VTIMEZONE\r?\n?", re.DOTALL)


def parse_ical(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per event (a recurring event once, with its sessions)."""
    calendar, warnings = _read_calendar(content)
    horizon = horizon_end(now, timezone)
    groups: dict[str, list[Component]] = defaultdict(list)
    for index, component in enumerate(calendar.walk("VEVENT")):
        if index >= MAX_EVENTS:
            warnings.append(f"only the first {MAX_EVENTS} events were read")
            break
        uid = str(component.get("UID") or f"no-uid-{index}")
        groups[uid].append(component)
    timezones = [tz for tz in calendar.walk("VTIMEZONE")]
    for uid, components in groups.items():
        yield _record(uid, components, timezones, timezone, now, horizon, warnings)


def horizon_end(now: datetime, timezone: ZoneInfo) -> datetime:
    """The end of the expansion window: RECURRENCE_HORIZON_DAYS ahead, rounded up to the first of a month.

    Rounding keeps an unchanged calendar's offers unchanged for a month instead of growing one
    session a day.
    """
    ahead = now.astimezone(timezone) + timedelta(days=settings.RECURRENCE_HORIZON_DAYS)
    month = ahead.month % 12 + 1
    year = ahead.year + (1 if ahead.month == 12 else 0)
    return datetime(year, month, 1, tzinfo=timezone)


def _read_calendar(content: bytes) -> tuple[Calendar, list[str]]:
    if len(content) > MAX_CALENDAR_BYTES:
        raise FormatError(f"the calendar is larger than {MAX_CALENDAR_BYTES // 1_000_000} MB")
    text = content.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.upper().startswith(b"BEGIN:VCALENDAR"):
        raise FormatError("not an iCalendar file (it does not start with BEGIN:VCALENDAR)")
    warnings: list[str] = []
    try:
        calendar = Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises many kinds on broken input
        # Broken VTIMEZONE blocks are the usual culprit; TZIDs can be read from the IANA database.
        try:
            calendar = Calendar.from_ical(_VTIMEZONE.sub(b"", text))
        except Exception:
            raise FormatError(f"not a readable iCalendar file ({_first_line(exc)})") from None
        warnings.append(f"calendar's VTIMEZONE blocks were unreadable and were ignored ({_first_line(exc)})")
    if isinstance(calendar, list):  # several VCALENDARs concatenated
        calendar = calendar[0]
    return calendar, warnings


def _record(
    uid: str,
    components: list[Component],
    timezones: list[Component],
    zone: ZoneInfo,
    now: datetime,
    horizon: datetime,
    calendar_warnings: list[str],
) -> RawRecord:
    master = next((c for c in components if c.get("RECURRENCE-ID") is None), components[0])
    warnings = list(calendar_warnings)
    record: RawRecord = {"source_ref": uid, "title": str(master.get("SUMMARY") or ""), "warnings": warnings}
    description = master.get("X-ALT-DESC") or master.get("DESCRIPTION")
    if description:
        record["description"] = str(description)
    if master.get("URL"):
        record["url"] = str(master.get("URL"))
    if master.get("LOCATION"):
        record["location"] = _location(master)
    categories = _categories(master)
    if categories:
        record["source_categories"] = categories
    if master.get("STATUS"):
        record["status"] = str(master.get("STATUS"))
    modified = master.get("LAST-MODIFIED") or master.get("DTSTAMP")
    if modified is not None:
        record["source_modified_at"] = _aware(modified.dt, zone)
    organizer = master.get("ORGANIZER")
    if organizer is not None:
        record["organizer"] = {
            "name": str(organizer.params.get("CN", "")).strip('"') or None,
            "email": str(organizer).removeprefix("mailto:").removeprefix("MAILTO:") or None,
        }
    if master.get("DTSTART") is None:
        return record  # the normaliser rejects it: no date
    sessions, expansion_warnings = _sessions(components, timezones, zone, now, horizon, master)
    warnings.extend(expansion_warnings)
    record["sessions"] = sessions
    first_start = _aware(master.get("DTSTART").dt, zone)
    record["all_day"] = not isinstance(first_start, datetime)
    if sessions:
        record["start"] = sessions[0]["start"]
        record["end"] = sessions[-1]["end"] or sessions[-1]["start"]
        if len(sessions) == 1:
            record["end"] = sessions[0]["end"]
    else:
        record["start"] = first_start
        warnings.append("the recurrence rule yields no date up to the horizon")
    return record


def _sessions(
    components: list[Component],
    timezones: list[Component],
    zone: ZoneInfo,
    now: datetime,
    horizon: datetime,
    master: Component,
) -> tuple[list[dict[str, Any]], list[str]]:
    calendar = Calendar()
    for tz in timezones:
        calendar.add_component(tz)
    for component in components:
        calendar.add_component(component)
    warnings: list[str] = []
    query = recurring_ical_events.of(calendar, skip_bad_series=True)
    try:
        occurrences = _until(query.all(), horizon, zone)
        if len(occurrences) > MAX_OCCURRENCES_COMPUTED:
            restart = now - timedelta(days=31)
            occurrences = _until(query.after(restart), horizon, zone)[:MAX_OCCURRENCES_COMPUTED]
            warnings.append(
                f"the recurrence yields more than {MAX_OCCURRENCES_COMPUTED} dates; read the dates from a month ago on"
            )
    except Exception as exc:  # a broken RRULE must not cost the other events
        warnings.append(f"recurrence could not be expanded ({_first_line(exc)}); used the first date only")
        occurrences = [master]
    master_location = str(master.get("LOCATION") or "")
    sessions = []
    for occurrence in occurrences:
        start = _aware(occurrence.get("DTSTART").dt, zone)
        end_prop = occurrence.get("DTEND")
        end = _aware(end_prop.dt, zone) if end_prop is not None else None
        if end is None and occurrence.get("DURATION") is not None:
            end = start + occurrence.get("DURATION").dt
        if not isinstance(start, datetime) and isinstance(end, date) and end > start:
            end = end - timedelta(days=1)  # DTEND of an all-day event is exclusive
            end = None if end == start else end
        session: dict[str, Any] = {"start": start, "end": end}
        location = str(occurrence.get("LOCATION") or "")
        if location and location != master_location:
            session["place"] = _location(occurrence)
        if occurrence.get("STATUS"):
            session["status"] = str(occurrence.get("STATUS"))
        sessions.append(session)
    return sessions, warnings


def _until(occurrences: Any, horizon: datetime, zone: ZoneInfo) -> list[Component]:
    """Occurrences up to the horizon, at most one more than the cap (so the caller sees the overflow)."""
    result = []
    for occurrence in islice(occurrences, MAX_OCCURRENCES_COMPUTED + 1):
        start = _aware(occurrence.get("DTSTART").dt, zone)
        instant = start if isinstance(start, datetime) else datetime(start.year, start.month, start.day, tzinfo=zone)
        if instant > horizon:
            break
        result.append(occurrence)
    return result


def _aware(value: Any, zone: ZoneInfo) -> datetime | date:
    """A datetime with its zone (floating times read in the source's zone), or a date."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=zone)
        return value
    return value


def _location(component: Component) -> str | dict[str, Any]:
    text = str(component.get("LOCATION") or "")
    text = re.sub(r"(,\s*){2,}", ", ", text)  # "Detroit\,\, MI" after unescaping
    geo = component.get("GEO")
    if geo is not None:
        try:
            return {"address": text, "lat": float(geo.latitude), "lon": float(geo.longitude)}
        except (AttributeError, ValueError):
            pass
    return text


def _categories(component: Component) -> list[str]:
    values = component.get("CATEGORIES")
    if values is None:
        return []
    items = values if isinstance(values, list) else [values]
    result: list[str] = []
    for item in items:
        cats = getattr(item, "cats", None)
        result.extend(str(c) for c in (cats if cats is not None else [item]))
    return result


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]


def zone_or_default(name: str | None, default: ZoneInfo) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else default
    except (ZoneInfoNotFoundError, ValueError):
        return default
