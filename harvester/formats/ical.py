"""iCalendar (RFC 5545) calendars, read with icalendar and expanded with recurring-ical-events.

One VEVENT (with its RECURRENCE-ID overrides) is one offer; its occurrences are its sessions,
from the first occurrence up to the horizon, capped (``ical_recurrence`` bounds untrusted rules).
Real calendars are messy (FORMATS.md): broken VTIMEZONE blocks are dropped and their TZIDs read
from the IANA database, undefined TZIDs fall back to the source's zone with a warning, floating
times are read in the calendar's X-WR-TIMEZONE or else the source's zone, several VCALENDARs in one
file are all read, and a date property that is not a date is passed on as text for the normaliser.
Stray lines are joined to the text they break or dropped (``ical_lines``); several events under one
UID are read as the newest version (SEQUENCE), as more dates of one offer (same title) or as offers
of their own (other titles), see ``_events``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from warnings import catch_warnings, simplefilter
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone
from icalendar import Calendar, Component, GloballyUniqueTZIDGuessed, vText

from harvester import settings
from harvester.formats import FormatError, RawRecord
from harvester.formats import ical_recurrence as recurrence
from harvester.formats.ical_lines import repair_lines
from harvester.formats.ical_recurrence import DAY, first_line, instant, prop, warn, when
from harvester.formats.safe import decode_text

#: The largest calendar we parse.
MAX_CALENDAR_BYTES = 32 * 1024 * 1024
#: At most this many VEVENTs are read from one calendar.
MAX_EVENTS = 50_000
_END = re.compile(r"^END:VCALENDAR\s*$", re.IGNORECASE | re.MULTILINE)
_VTIMEZONE = re.compile(r"BEGIN:VTIMEZONE.*?END:VTIMEZONE\r?\n?", re.DOTALL | re.IGNORECASE)
# Control characters iCalendar does not allow (RFC 5545 3.3.11): C0 except HTAB, LF and CR; DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class _Expansion:
    """What every event of one calendar is expanded with."""

    zone: ZoneInfo
    now: datetime
    horizon: datetime
    timezones: list[Component]
    calendar_warnings: list[str]
    budget: recurrence.StepBudget = field(default_factory=recurrence.StepBudget)


@dataclass
class _Event:
    """What one offer is read from: a master with its overrides, and dates written as events of their own."""

    ref: str | None
    components: list[Component]
    more: list[Component] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_ical(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per event (a recurring event once, with its sessions)."""
    calendars, warnings = _read_calendars(content)
    groups: dict[str, list[Component]] = defaultdict(list)
    timezones: list[Component] = []
    count = 0
    for calendar in calendars:
        timezones.extend(calendar.walk("VTIMEZONE"))
        for component in calendar.walk("VEVENT"):
            if count >= MAX_EVENTS:
                warn(warnings, f"only the first {MAX_EVENTS} events were read")
                break
            uid = prop(component, "UID")
            groups[str(uid) if uid else f"\x00{count}"].append(component)
            count += 1
    expansion = _Expansion(timezone, now, horizon_end(now, timezone), timezones, warnings)
    for key, components in groups.items():
        for event in _events(None if key.startswith("\x00") else key, components):
            yield _record(event, expansion)


def horizon_end(now: datetime, timezone: ZoneInfo) -> datetime:
    """The end of the expansion window: RECURRENCE_HORIZON_DAYS ahead, rounded up to the first of a month.

    Rounding keeps an unchanged calendar's offers unchanged for a month instead of growing one
    session a day.
    """
    ahead = now.astimezone(timezone) + timedelta(days=settings.RECURRENCE_HORIZON_DAYS)
    month = ahead.month % 12 + 1
    year = ahead.year + (1 if ahead.month == 12 else 0)
    return datetime(year, month, 1, tzinfo=timezone)


def _read_calendars(content: bytes) -> tuple[list[Calendar], list[str]]:
    if len(content) > MAX_CALENDAR_BYTES:
        raise FormatError(
            f"the calendar is larger than the {_size(MAX_CALENDAR_BYTES)} we read ({_size(len(content))})"
        )
    text, warnings = decode_text(content)
    text = text.lstrip("\ufeff \t\r\n")
    controls = len(_CONTROL.findall(text))
    if controls:
        text = _CONTROL.sub("", text)
        warnings.append(f"removed {controls} control characters (such as NUL) that iCalendar does not allow")
    if not text[:15].upper().startswith("BEGIN:VCALENDAR"):
        raise FormatError(_not_a_calendar(text))
    if not _END.search(text):
        raise FormatError("the calendar is incomplete: it has no END:VCALENDAR (was the download cut off?)")
    repairs: list[str] = []
    calendars = _parsed(repair_lines(text, repairs), warnings)
    if repairs and not any(calendar.walk("VEVENT") for calendar in calendars):
        _parsed(text, [])  # nothing but stray lines: the original text's error says what is wrong
    warnings.extend(repairs)
    calendars = [calendar for calendar in calendars if calendar.name == "VCALENDAR"]
    if len(calendars) > 1:
        warnings.append(f"the file holds {len(calendars)} calendars one after the other; read them all")
    return [_standard_times(calendar, warnings) for calendar in calendars], warnings


def _parsed(text: str, warnings: list[str]) -> list[Calendar]:
    try:
        return _from_ical(text)
    except Exception as exc:  # icalendar raises many kinds on broken input
        # Broken VTIMEZONE blocks are the usual culprit; TZIDs can be read from the IANA database.
        try:
            calendars = _from_ical(_VTIMEZONE.sub("", text))
        except Exception:
            raise FormatError(f"not a readable iCalendar file ({first_line(exc)})") from None
        warnings.append(
            f"the calendar's VTIMEZONE blocks are broken ({first_line(exc)}); ignored them and read the "
            "time zones from the IANA database"
        )
        return calendars


def _from_ical(text: str) -> list[Calendar]:
    with catch_warnings():
        # "/mozilla.org/20070129_1/America/New_York" is read as America/New_York; ``when`` says so per event
        simplefilter("ignore", GloballyUniqueTZIDGuessed)
        return Calendar.from_ical(text, multiple=True)


def _size(count: int) -> str:
    return f"{count / 1_048_576:.1f} MB" if count >= 1_048_576 else f"{count:,} bytes"


def _not_a_calendar(text: str) -> str:
    head = text[:2_000].lower()
    if "<html" in head or "<!doctype html" in head:
        return "not an iCalendar file: it is an HTML page (does the calendar's address need ?ical=1 or a login?)"
    return f"not an iCalendar file (it does not start with BEGIN:VCALENDAR but with {text[:20]!r})"


def _standard_times(calendar: Calendar, warnings: list[str]) -> Calendar:
    """Apply X-WR-TIMEZONE (floating and UTC times are meant in that zone), as calendar programs do."""
    name = prop(calendar, "X-WR-TIMEZONE")
    if not name:
        return calendar
    try:
        return x_wr_timezone.to_standard(calendar)
    except Exception:  # an unknown zone name, or a value x-wr-timezone cannot walk
        warnings.append(f"X-WR-TIMEZONE {str(name)[:60]!r} is not a known time zone; ignored")
        return calendar


def _events(uid: str | None, components: list[Component]) -> list[_Event]:
    """One UID's components as offers.

    Some publishers give several events one UID (several VEVENTs without RECURRENCE-ID). Events with
    the same title are more dates of one offer; an event with another title is an offer of its own,
    and then every offer's ref adds its start ("uid#2025-03-18T18:00:00+01:00"). An event listed
    twice (same title, same start) is read once. Overrides belong to the event with a rule or RDATEs.
    A higher SEQUENCE is a newer version of the same event (RFC 5545 3.8.7.4): older versions are dropped.
    """
    masters = [c for c in components if c.get("RECURRENCE-ID") is None]
    if uid is None or len(masters) <= 1:
        return [_Event(uid, components)]
    overrides = [c for c in components if c.get("RECURRENCE-ID") is not None]
    newest = max(_sequence(master) for master in masters)
    superseded = sum(_sequence(master) < newest for master in masters)
    if superseded:
        masters = [master for master in masters if _sequence(master) == newest]
        note = f"read the newest version of this event (SEQUENCE {newest}); {superseded} older version(s) ignored"
        if len(masters) == 1:
            return [_Event(uid, masters + overrides, notes=[note])]
    by_title: dict[str, _Event] = {}
    seen: set[tuple[str, str]] = set()
    for master in masters:
        title = " ".join(_text(master, "SUMMARY").casefold().split())
        key = (title, _start_text(master))
        event = by_title.get(title)
        if event is not None and key in seen:
            warn(event.notes, "the calendar lists this event twice (same UID, title and start); read it once")
        elif event is not None:
            event.more.append(master)
        else:
            by_title[title] = _Event(uid, [master])
        seen.add(key)
    events = list(by_title.values())
    if superseded:
        warn(events[0].notes, note)
    recurring = (e for e in events if e.components[0].get("RRULE") is not None or e.components[0].get("RDATE"))
    next(recurring, events[0]).components.extend(overrides)
    if len(events) > 1:
        refs: set[str] = set()
        for event in events:
            ref = f"{uid}#{_start_text(event.components[0])}"
            event.ref = ref if ref not in refs else f"{ref}#{len(refs) + 1}"  # two titles at one time
            refs.add(event.ref)
            warn(event.notes, f"{len(events)} events with different titles share one UID; read each on its own")
    return events


def _sequence(component: Component) -> int:
    try:
        return int(str(prop(component, "SEQUENCE") or 0).strip())
    except ValueError:
        return 0


def _start_text(component: Component) -> str:
    value = prop(component, "DTSTART")
    moment = getattr(value, "dt", None) if value is not None else None
    return moment.isoformat() if isinstance(moment, date) else str(value or "")


def _record(event: _Event, expansion: _Expansion) -> RawRecord:
    zone = expansion.zone
    uid, components = event.ref, event.components
    master = next((c for c in components if c.get("RECURRENCE-ID") is None), components[0])
    warnings = list(expansion.calendar_warnings) + event.notes
    record: RawRecord = {"title": _text(master, "SUMMARY"), "warnings": warnings}
    if uid:
        record["source_ref"] = uid
    description = _unescape(master.get("X-ALT-DESC")) or _text(master, "DESCRIPTION")
    if description:
        record["description"] = description
    if _text(master, "URL"):
        record["url"] = _text(master, "URL")
    if _text(master, "LOCATION"):
        record["location"] = _location(master)
    if categories := _categories(master):
        record["source_categories"] = categories
    if _text(master, "STATUS"):
        record["status"] = _text(master, "STATUS")
    # LAST-MODIFIED only: DTSTAMP is usually the time of the export and would change every harvest.
    modified = when(master, "LAST-MODIFIED", zone, warnings)
    if isinstance(modified, datetime):
        record["source_modified_at"] = modified
    organizer = prop(master, "ORGANIZER")
    if organizer is not None:
        email = re.sub(r"(?i)^mailto:", "", str(organizer)).strip()
        name = str(getattr(organizer, "params", {}).get("CN", "")).strip('" ')
        record["organizer"] = {"name": name or None, "email": email or None}
    start = when(master, "DTSTART", zone, warnings)
    if start is None:
        return record  # the normaliser looks for a date in the text, or rejects it
    if isinstance(start, str):  # not an iCalendar date: the normaliser may still read it
        record["start"] = start
        end = when(master, "DTEND", zone, warnings)
        if end is not None:
            record["end"] = end
        return record
    sessions = _sessions(components, master, expansion, warnings)
    for more in event.more:  # more dates the publisher wrote as events of their own
        elsewhere = _text(more, "LOCATION") not in ("", _text(master, "LOCATION"))
        for session in _sessions([more], more, expansion, warnings):
            sessions.append({**session, "place": _location(more)} if elsewhere else session)
    if event.more:
        sessions.sort(key=lambda session: instant(session["start"], zone))
    record["sessions"] = sessions
    record["all_day"] = not isinstance(start, datetime)
    if sessions:
        record["start"] = sessions[0]["start"]
        record["end"] = sessions[-1]["end"] or sessions[-1]["start"]
        if len(sessions) == 1:
            end = when(master, "DTEND", zone, [])
            before = isinstance(end, date) and instant(end, zone) < instant(start, zone)
            record["end"] = end if before else sessions[0]["end"]  # the normaliser drops it with a warning
    else:
        record["start"] = start
        warn(warnings, "the event's dates are all excluded or beyond reach; used DTSTART")
    return record


def _sessions(
    components: list[Component], master: Component, expansion: _Expansion, warnings: list[str]
) -> list[dict[str, Any]]:
    zone = expansion.zone
    # recurring-ical-events swaps a DTEND that lies before DTSTART; the start is the publisher's word.
    checked = {id(c): _without_end_before_start(c, zone) for c in components}
    components, master = [checked[id(c)] for c in components], checked[id(master)]
    last_year = max(expansion.horizon, instant(when(master, "DTSTART", zone, []), zone) + DAY).year + 1
    with recurrence.rules_end_in(last_year):
        prepared, window = recurrence.plan_expansion(
            components,
            master,
            zone=zone,
            now=expansion.now,
            horizon=expansion.horizon,
            budget=expansion.budget,
            warnings=warnings,
        )
        calendar = Calendar()
        for tz in expansion.timezones:
            calendar.add_component(tz)
        for component in prepared:
            calendar.add_component(component)
        try:
            with catch_warnings():
                simplefilter("ignore", DeprecationWarning)  # dateutil: COUNT together with our capped UNTIL
                occurrences = recurring_ical_events.of(calendar).between(*window)
        except Exception as exc:  # a broken rule or date must not cost the other events
            warn(warnings, f"recurrence could not be expanded ({first_line(exc)}); used the first date only")
            occurrences = [master]
    occurrences.sort(key=lambda occurrence: instant(when(occurrence, "DTSTART", zone, []), zone))
    occurrences = occurrences[: recurrence.MAX_OCCURRENCES_COMPUTED]
    master_location = _text(master, "LOCATION")
    sessions = []
    for occurrence in occurrences:
        start = when(occurrence, "DTSTART", zone, warnings)
        if start is None or isinstance(start, str):
            continue
        end = when(occurrence, "DTEND", zone, warnings)
        if end is None and (duration := _duration(occurrence)) is not None:
            end = start + duration
        if not isinstance(start, datetime) and isinstance(end, date) and not isinstance(end, datetime):
            end = end - DAY if end > start else None  # DTEND of an all-day event is exclusive
        end = None if end == start else end  # no DTEND: the library repeats the start
        session: dict[str, Any] = {"start": start, "end": end}
        location = _text(occurrence, "LOCATION")
        if location and location != master_location:
            session["place"] = _location(occurrence)
        if _text(occurrence, "STATUS"):
            session["status"] = _text(occurrence, "STATUS")
        sessions.append(session)
    return sessions


def _location(component: Component) -> str | dict[str, Any]:
    text = _text(component, "LOCATION")
    text = re.sub(r"(,\s*){2,}", ", ", text)  # "Detroit\,\, MI" after unescaping
    geo = prop(component, "GEO")
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
    items: Iterable[Any] = values if isinstance(values, list) else [values]
    result: list[str] = []
    for item in items:
        cats = getattr(item, "cats", None)
        result.extend(str(c) for c in (cats if cats is not None else [item]))
    return result


def _without_end_before_start(component: Component, zone: ZoneInfo) -> Component:
    start, end = when(component, "DTSTART", zone, []), when(component, "DTEND", zone, [])
    if not isinstance(start, date) or not isinstance(end, date) or instant(end, zone) >= instant(start, zone):
        return component
    copy = component.copy()
    del copy["DTEND"]
    for sub in component.subcomponents:
        copy.add_component(sub)
    return copy


def _text(component: Component, name: str) -> str:
    value = prop(component, name)
    return "" if value is None else str(value)


def _unescape(value: Any) -> str:
    """An X- property's text: icalendar leaves unknown properties escaped ("\\," for a comma)."""
    value = value[0] if isinstance(value, list) and value else value
    if value is None or isinstance(value, vText):
        return "" if value is None else str(value)
    raw = value.to_ical().decode("utf-8", "replace") if hasattr(value, "to_ical") else str(value)
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _duration(component: Component) -> timedelta | None:
    value = prop(component, "DURATION")
    try:
        value = value.dt if value is not None else None
    except Exception:  # vBroken
        return None
    return value if isinstance(value, timedelta) else None
