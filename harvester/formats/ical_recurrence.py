"""Bounded expansion of iCalendar recurrences, and the value helpers ``ical`` reads events with.

Recurrence rules are untrusted input. Before one is handed to recurring-ical-events:
- its FREQ periods up to the horizon are counted, and a rule with more than ``MAX_RULE_STEPS``
  (FREQ=SECONDLY without an end, a DAILY rule since the year 1700) is not expanded;
- its UNTIL is capped at the horizon, and dateutil steps no further than the horizon's year (a rule
  that never matches, such as February 30th, would otherwise step on to the year 9999);
- its dates are counted lazily: with more than ``MAX_OCCURRENCES_COMPUTED`` of them, the dates from a
  month before "now" on are read (or, when even "now" is out of reach, the first ones), with a warning;
- every calendar has a budget of ``MAX_CALENDAR_STEPS``; later events keep their own dates only.
"""

from __future__ import annotations

import datetime as datetime_module
import heapq
import re
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import islice
from typing import Any
from warnings import catch_warnings, simplefilter
from zoneinfo import ZoneInfo

from dateutil import rrule as dateutil_rrule
from dateutil.rrule import rrulestr
from icalendar import Component, vRecur

#: At most this many occurrences of one event are computed; with more, the dates from a month ago on are read.
MAX_OCCURRENCES_COMPUTED = 5_000
#: A recurrence rule whose FREQ periods up to the horizon outnumber this is not expanded; while counting one
#: event's dates at most this many are stepped through.
MAX_RULE_STEPS = 100_000
#: Recurrence steps (periods plus counted dates) for a whole calendar; later events keep their own dates only.
MAX_CALENDAR_STEPS = 2_000_000

#: The shortest period of each FREQ, for counting periods up to the horizon.
_FREQ_SECONDS = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3_600,
    "DAILY": 86_400,
    "WEEKLY": 7 * 86_400,
    "MONTHLY": 28 * 86_400,
    "YEARLY": 365 * 86_400,
}
DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)
_DATEUTIL_LOCK = threading.Lock()

Window = tuple[datetime, datetime]


@dataclass
class StepBudget:
    """The recurrence steps one calendar may still spend."""

    left: int = field(default_factory=lambda: MAX_CALENDAR_STEPS)


def plan_expansion(
    components: list[Component],
    master: Component,
    *,
    zone: ZoneInfo,
    now: datetime,
    horizon: datetime,
    budget: StepBudget,
    warnings: list[str],
) -> tuple[list[Component], Window]:
    """The event's components with bounded rules, and the window to expand them in (call in ``rules_end_in``)."""
    explicit = sorted(
        [instant(v, zone) for c in components if isinstance(v := when(c, "DTSTART", zone, []), date)]
        + _rdates(master, zone)
    )
    first = instant(when(master, "DTSTART", zone, []), zone)
    explicit = explicit or [first]
    limit = max(horizon, first + DAY)
    rules, bounded_master = _bounded_rules(master, first, limit, zone, budget, warnings)
    prepared = [bounded_master if c is master else c for c in components]
    everything = (explicit[0] - DAY, max(limit, explicit[-1] + DAY))
    restart = max(explicit[0], now - timedelta(days=31))
    cap = MAX_OCCURRENCES_COMPUTED
    count, nth, recent, exhausted, previous = 0, explicit[0], [], False, None
    allowance = max(1, min(MAX_RULE_STEPS, budget.left))
    try:
        for start in heapq.merge(explicit, *(_instants(rule, zone) for rule in rules)):
            if start == previous:  # DTSTART is also the rule's first date
                continue
            previous, count = start, count + 1
            if count > allowance:
                exhausted = True
                break
            if count <= cap:
                nth = start
            if start >= restart:
                recent.append(start)
                if len(recent) > cap:
                    break
    except (ValueError, TypeError, OverflowError) as exc:  # dateutil fails on some rules only while stepping
        warn(warnings, f"the recurrence rule is unreadable ({first_line(exc)}); read the dates before the error")
        budget.left -= count
        return prepared, (everything[0], nth + _SECOND)
    budget.left -= count
    if not exhausted and count <= cap:
        return prepared, everything
    if count > cap and recent:
        end = recent[cap - 1] + _SECOND if len(recent) > cap else recent[-1] + _SECOND if exhausted else everything[1]
        note = (
            f"the recurrence yields more than {cap} dates; read the dates from {restart.astimezone(zone):%Y-%m-%d} on"
        )
        warn(warnings, note)
        return prepared, (restart, end)
    read = min(count - 1, cap)
    if count > cap:
        warn(warnings, f"the recurrence is too dense to expand up to now; read its first {read} dates only")
    else:
        warn(warnings, f"the calendar's recurrences are too many to expand; read this event's first {read} dates only")
    return prepared, (everything[0], nth + _SECOND)


def _bounded_rules(
    master: Component, first: datetime, limit: datetime, zone: ZoneInfo, budget: StepBudget, warnings: list[str]
) -> tuple[list[Any], Component]:
    """dateutil rules for counting, and a copy of the master whose RRULEs end at the limit at the latest."""
    props = master.get("RRULE")
    if props is None:
        return [], master
    dtstart = prop(master, "DTSTART").dt
    rules, kept = [], []
    for item in props if isinstance(props, list) else [props]:
        text = item.to_ical().decode() if isinstance(item, vRecur) else str(item)
        if not text.strip():
            continue  # "RRULE:" with no value (some exporters write one on every event): no rule at all
        try:
            # Exchange writes "BYDAY=MO, TU, WE": a rule has no meaningful spaces, so they are dropped
            recur = item if isinstance(item, vRecur) else vRecur.from_ical(re.sub(r"\s+", "", str(item)))
            freq = str((recur.get("FREQ") or [""])[0]).upper()
            if freq not in _FREQ_SECONDS:
                raise ValueError(f"FREQ {freq!r} unknown" if freq else "no FREQ")
            interval = max(1, int((recur.get("INTERVAL") or [1])[0]))
            until = limit
            if own := (recur.get("UNTIL") or [None])[0]:
                until = min(limit, instant(own, zone, end_of_day=True))
            periods = (until - first).total_seconds() / (_FREQ_SECONDS[freq] * interval)
            if periods > MAX_RULE_STEPS:
                day = f"{until.astimezone(zone):%Y-%m-%d}"
                warn(warnings, f"the recurrence rule {text[:80]!r} repeats too often up to {day}; it was not expanded")
                continue
            if periods > budget.left:
                warn(warnings, f"the calendar's recurrences are too many to expand; {text[:80]!r} was not expanded")
                continue
            budget.left -= max(0, int(periods))
            bounded = vRecur({key: value for key, value in recur.items() if key != "UNTIL"})
            bounded["UNTIL"] = [_like(dtstart, until, zone)]
            # dateutil steps an all-day rule as floating midnights, as recurring-ical-events does
            start = dtstart if isinstance(dtstart, datetime) else datetime(dtstart.year, dtstart.month, dtstart.day)  # noqa: DTZ001
            with catch_warnings():
                simplefilter("ignore", DeprecationWarning)  # COUNT together with our UNTIL
                rule = rrulestr(bounded.to_ical().decode(), dtstart=start)
                list(islice(rule, 2))  # dateutil finds some impossible values (BYHOUR=25) only when stepping
            rules.append(rule)
            kept.append(bounded)
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
            warn(warnings, f"the recurrence rule {text[:80]!r} is unreadable ({first_line(exc)}); ignored")
    copy = master.copy()
    del copy["RRULE"]
    if kept:
        copy["RRULE"] = kept if len(kept) > 1 else kept[0]
    for sub in master.subcomponents:
        copy.add_component(sub)
    return rules, copy


@contextmanager
def rules_end_in(year: int) -> Iterator[None]:
    """Let dateutil step through recurrence rules up to the end of ``year`` only.

    dateutil checks UNTIL only when a date matches, so a rule that never matches (BYMONTH=2;BYMONTHDAY=30)
    steps on to the year 9999: seconds per event, a denial of service in a hostile calendar. Its rrule
    module reads ``datetime.MAXYEAR`` at every step; for the duration it reads a copy of the datetime
    module with a nearer MAXYEAR (if dateutil changes this, such rules are merely slow again, not wrong).
    """
    with _DATEUTIL_LOCK:
        original = dateutil_rrule.datetime
        dateutil_rrule.datetime = _datetime_module_until(year)  # type: ignore[attr-defined]
        try:
            yield
        finally:
            dateutil_rrule.datetime = original  # type: ignore[attr-defined]


@lru_cache(maxsize=8)
def _datetime_module_until(year: int) -> types.ModuleType:
    module = types.ModuleType("datetime")
    module.__dict__.update(vars(datetime_module))
    module.MAXYEAR = min(year, datetime_module.MAXYEAR)  # type: ignore[attr-defined]
    return module


def _instants(rule: Any, zone: ZoneInfo) -> Iterator[datetime]:
    for value in rule:
        yield instant(value, zone)


def _rdates(component: Component, zone: ZoneInfo) -> list[datetime]:
    props = component.get("RDATE")
    result: list[datetime] = []
    for item in props if isinstance(props, list) else [props] if props is not None else []:
        for value in (getattr(dt, "dt", None) for dt in getattr(item, "dts", [])):
            value = value[0] if isinstance(value, tuple) else value  # a PERIOD
            if isinstance(value, date):
                result.append(instant(value, zone))
    return result


def _like(model: date | datetime, moment: datetime, zone: ZoneInfo) -> date | datetime:
    """The moment in the form UNTIL needs next to a DTSTART like ``model``."""
    if not isinstance(model, datetime):
        return moment.astimezone(zone).date()
    if model.tzinfo is None:
        return moment.astimezone(zone).replace(tzinfo=None)
    return moment.astimezone(UTC)


def instant(value: Any, zone: ZoneInfo, *, end_of_day: bool = False) -> datetime:
    """An aware datetime for sorting and comparing (floating times in the zone, a date at its midnight)."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=zone) + (DAY if end_of_day else timedelta())
    return datetime.max.replace(tzinfo=UTC) - DAY * 2


def prop(component: Component, name: str) -> Any:
    """A property's value (the first, when the property is repeated), or None."""
    value = component.get(name)
    return value[0] if isinstance(value, list) and value else value


def when(component: Component, name: str, zone: ZoneInfo, warnings: list[str]) -> datetime | date | str | None:
    """An aware datetime (floating times in the zone), a date, the raw text of a broken value, or None."""
    value_prop = prop(component, name)
    if value_prop is None:
        return None
    try:
        value = value_prop.dt
    except Exception:  # icalendar 7 keeps an unreadable value as vBroken and raises on .dt
        value = None
    if not isinstance(value, date):
        warn(warnings, f"{name} {str(value_prop)[:40]!r} is not an iCalendar date; passed on as text")
        return str(value_prop)
    tzid = str(getattr(value_prop, "params", {}).get("TZID") or "")
    if isinstance(value, datetime) and value.tzinfo is None:
        if tzid:
            warn(warnings, f"time zone {tzid[:60]!r} is not defined; read the times in {zone.key}")
        return value.replace(tzinfo=zone)
    if tzid.startswith("/") and isinstance(value, datetime):  # a globally unique TZID ("/mozilla.org/…/Europe/Berlin")
        warn(warnings, f"time zone {tzid[:60]!r} read as {getattr(value.tzinfo, 'key', value.tzname())}")
    return value


def warn(warnings: list[str], text: str) -> None:
    if text not in warnings:
        warnings.append(text)


def first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]
