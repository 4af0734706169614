"""Reading German (and ISO 8601) date and time expressions: the one shared date parser.

Spiders and feed parsers never parse dates themselves (STYLE.md 5): they hand the source's words to
``parse_schedule`` or a loose value to ``to_when``. The shapes of dates and times are token rules in
``harvester.normalize.date_patterns``; this module reads a schedule from those tokens. Pure functions:
"today" is always an argument, results are always timezone-aware.

Decisions (each has rows in tests/test_normalize_dates.py):

* The first date or date range anchors the schedule. A date right after "Anmeldeschluss", "Anmeldung bis"
  or "Stand:" is used only when the text has no other date.
* A time alone ("18 Uhr", "Beginn 19:30") is not a schedule: with neither a date nor a weekday,
  ``parse_schedule`` returns None. Weekdays alone ("wöchentlich dienstags 18:00–19:30 Uhr") give a Schedule
  with start None, so the weekdays are kept.
* A time belongs to the date when it follows within MAX_TIME_GAP_CHARS, else when it precedes it
  ("18:00 Uhr, 12.03.2024").
* One date and a time range: end is the end of that first session. An end earlier than the start is on the
  next day ("22:00–01:00 Uhr"); "24 Uhr" is midnight at the end of the day.
* A date range and a time range ("12.–14.03.2024, 9–16 Uhr"): start is the first day at the start time, end
  the last day at the end time. A date range with a single time: end is the last day, as a date.
* A missing year is the next occurrence on or after ``today`` minus YEAR_LOOKBACK_DAYS, unless a range or list
  supplies it ("12.03., 19.03. und 26.03.2024"). Two-digit years are 20yy.
* ``weekdays``: every weekday named in the text ("Mo–Fr" expanded), in week order. A weekday that
  contradicts its date ("Mi 12.03." when the 12th is a Tuesday) is not corrected.
* ``all_day``: dates were found but no time; or "ganztägig" without a time. A time wins over "ganztägig".
* ``session_count``: "10 Termine", "8x", "an 6 Abenden", "drei Treffen"; else the length of a list of dates.
* ISO strings with an offset are converted to ``tz`` (the same instant, read on the local wall clock).
* Local times in the DST gap move forward by the gap; ambiguous ones take the first (summer-time) instant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from harvester.normalize.date_patterns import (
    DEADLINE_BEFORE,
    FILLER_GAP,
    ISO_END_OF_DAY,
    ISO_WITH_T,
    LIST_GAP,
    MAX_YEAR,
    MIN_YEAR,
    MONTHS_DE,
    RANGE_GAP,
    WEEK_ORDER,
    WEEKDAYS_DE,
    AllDay,
    Clock,
    Count,
    DateParts,
    DayOnly,
    TimeSpan,
    Token,
    Weekdays,
    prepare,
    tokenize,
)

__all__ = [
    "MAX_SCHEDULE_TEXT_CHARS",
    "MAX_TIME_GAP_CHARS",
    "MONTHS_DE",
    "WEEKDAYS_DE",
    "YEAR_LOOKBACK_DAYS",
    "Schedule",
    "localize",
    "parse_schedule",
    "time_of_day",
    "to_when",
    "weekday_code",
]

MAX_SCHEDULE_TEXT_CHARS = 4000
"""Only the first this-many characters of a text are searched (schedules come first; descriptions are long)."""
MAX_TIME_GAP_CHARS = 40
"""A time at most this many characters after (or before) a date belongs to it."""
YEAR_LOOKBACK_DAYS = 60
"""A date written without a year may lie up to this many days before today (a course that began last month)."""


@dataclass(frozen=True)
class Schedule:
    """What a schedule text says: when it starts and ends, on which weekdays, how many sessions."""

    start: datetime | date | None  # aware datetime, or a date when no time was given
    end: datetime | date | None
    all_day: bool  # True when only dates (no times) were found
    session_count: int | None  # "10 Termine", "8x", "an 6 Abenden"
    weekdays: tuple[str, ...]  # ("tu",) for "dienstags", ("mo", "tu", "we", "th", "fr") for "Mo–Fr"
    time_text: str | None = None  # the matched substring, for warnings/debugging


@dataclass(frozen=True)
class _Found:
    start: datetime | date
    end: datetime | date | None
    timed: bool
    span: tuple[int, int]
    listed: int = 1  # how many dates a list "12.03., 19.03. und 26.03." names


def parse_schedule(text: str, *, tz: ZoneInfo, today: date) -> Schedule | None:
    """Find the first date/time expression in free German text; None when there is none.

    A time without a date or weekday ("18 Uhr") is None; weekdays without a date are a Schedule with start None.
    See the module docstring for how years, ranges and lists are read.
    """
    return _schedule(text, tz, today)


def to_when(value: object, *, tz: ZoneInfo, today: date | None = None) -> datetime | date | None:
    """Coerce a loose value to an aware datetime, a date, or None.

    Aware datetimes are kept as they are, naive ones localised to ``tz``, dates kept; ISO 8601 strings
    (with offset or Z -> converted to ``tz``; naive -> ``tz``; date only -> date; '2024-03-12 18:00' too);
    other strings are read as German text (the start of ``parse_schedule``). None and '' are None, and so is
    text without any date. Raises ValueError for a string meant as a date that is not one ('31.02.2024',
    '2019-9-18T10-10-00-00'), for a date without a year when ``today`` is None, and for other types.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else localize(value, tz)
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"cannot read a date from {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        if ISO_END_OF_DAY.match(text):  # '2024-03-12T24:00' is the next day's 00:00
            parsed = datetime.fromisoformat(ISO_END_OF_DAY.sub(r"\1T00:00", text)) + timedelta(days=1)
        else:
            parsed = datetime.fromisoformat(text)
    except ValueError:
        if ISO_WITH_T.match(text):
            raise ValueError(f"{text!r} is not a valid ISO 8601 date-time") from None
    else:
        return _from_iso(text, parsed, tz)
    schedule = _schedule(text, tz, today)
    if schedule is not None and schedule.start is not None:
        return schedule.start
    problem = _date_problem(text, today)
    if problem:
        raise ValueError(problem)
    return None


def localize(naive: datetime, tz: ZoneInfo) -> datetime:
    """Attach tz to a naive wall-clock time.

    A time that does not exist (the DST gap, 02:30 on the last Sunday of March) is shifted forward by the gap
    (03:30+02:00); an ambiguous one (the fold, 02:30 on the last Sunday of October) is the first instant
    (02:30+02:00, summer time).
    """
    if naive.tzinfo is not None:
        raise ValueError(f"localize() needs a naive datetime, got {naive.isoformat()}")
    first = naive.replace(tzinfo=tz, fold=0)
    real = first.astimezone(UTC).astimezone(tz)
    return real if real.replace(tzinfo=None) != naive else first


def time_of_day(start: datetime) -> str:
    """'morning' before 12:00, 'afternoon' 12:00-16:59, 'evening' from 17:00, on start's own wall clock."""
    if start.hour < 12:
        return "morning"
    return "afternoon" if start.hour < 17 else "evening"


def weekday_code(d: date) -> str:
    """'mo' .. 'su'."""
    return WEEK_ORDER[d.weekday()]


# --- reading tokens into a schedule -------------------------------------------------------------------------


def _schedule(text: str, tz: ZoneInfo, today: date | None) -> Schedule | None:
    original = text[:MAX_SCHEDULE_TEXT_CHARS]
    prepared = prepare(original)
    tokens = tokenize(prepared)
    weekdays = _weekdays(prepared, tokens)
    counts = [t.value.sessions for t in tokens if isinstance(t.value, Count)]
    all_day_said = any(isinstance(t.value, AllDay) for t in tokens)
    found = _first_dates(prepared, tokens, tz, today)
    if found is None:
        if not weekdays:
            return None
        (a, b), timed = _weekday_span(prepared, tokens)
        return Schedule(None, None, all_day_said and not timed, counts[0] if counts else None, weekdays, original[a:b])
    count = counts[0] if counts else (found.listed if found.listed > 1 else None)
    a, b = found.span
    return Schedule(found.start, found.end, not found.timed, count, weekdays, original[a:b])


def _first_dates(text: str, tokens: list[Token], tz: ZoneInfo, today: date | None) -> _Found | None:
    """The first readable date (range, list), preferring one that is not a deadline or a 'Stand:'."""
    fallback = None
    for i, token in enumerate(tokens):
        if not isinstance(token.value, DateParts | DayOnly):
            continue
        found = _read_at(text, tokens, i, tz, today)
        if found is None:
            continue
        if not DEADLINE_BEFORE.search(text, max(0, token.start - 40), token.start):
            return found
        fallback = fallback or found
    return fallback


def _read_at(text: str, tokens: list[Token], i: int, tz: ZoneInfo, today: date | None) -> _Found | None:
    token = tokens[i]
    k = i + 1
    if isinstance(token.value, DayOnly):  # "12.–14.03.2024", "vom 3. bis 7. Juni 2024"
        if not (_is_full_date(tokens, k) and _gap(RANGE_GAP, text, tokens, i, k)):
            return None
        last = _value(tokens, k)
        last_day = _resolve(last, today)
        first_day = _day_before(token.value.day, last_day) if last_day else None
        if first_day is None or last_day is None:
            return None
        return _range(text, tokens, (i, None, k), (first_day, last_day), tz)
    first = token.value
    if not isinstance(first, DateParts) or first.error:
        return None
    own_time = None  # "12.03.2024 10:00 - 14.03.2024 16:00": the first date's own time
    if first.clock is None and _is_time(tokens, k, single=True) and _gap(FILLER_GAP, text, tokens, i, k):
        own_time, k = k, k + 1
    weekday_first = _weekday_then_date(text, tokens, k)  # "Mo., 12.05.2025 bis Fr., 16.05.2025"
    if weekday_first:
        k += 1
    if _is_full_date(tokens, k) and (weekday_first or _gap(RANGE_GAP, text, tokens, k - 1, k)):
        days = _range_days(first, _value(tokens, k), today)
        if days is not None:
            return _range(text, tokens, (i, own_time, k), days, tz)
    return _single(text, tokens, i, tz, today)


def _weekday_then_date(text: str, tokens: list[Token], k: int) -> bool:
    """True when token k is a weekday that opens the far end of a range ("bis Fr., 16.05.2025")."""
    return (
        k + 1 < len(tokens)
        and isinstance(tokens[k].value, Weekdays)
        and _gap(RANGE_GAP, text, tokens, k - 1, k)
        and _is_full_date(tokens, k + 1)
        and _gap(FILLER_GAP, text, tokens, k, k + 1)
    )


def _single(text: str, tokens: list[Token], i: int, tz: ZoneInfo, today: date | None) -> _Found | None:
    first = _value(tokens, i)
    last, with_year = i, None  # a list "12.03., 19.03. und 26.03.2024" takes its year from the date that has one
    while _is_full_date(tokens, last + 1) and _gap(LIST_GAP, text, tokens, last, last + 1):
        last += 1
        if with_year is None and _value(tokens, last).year is not None:
            with_year = _value(tokens, last)
    ref = _resolve(with_year, today) if with_year and first.year is None else None
    day = _on_or_before(first, ref) if ref else _resolve(first, today)
    if day is None:
        return None
    listed = last - i + 1
    span = [tokens[i].start, tokens[last].end, *_weekday_before(text, tokens, i)]
    if first.clock is not None:
        return _Found(_at(day, first.clock, first.offset, tz), None, True, _bounds(span), listed)
    t = _nearby(tokens, i, last, TimeSpan)
    if t is None:
        word = _nearby(tokens, i, last, AllDay)
        span += [tokens[word].start, tokens[word].end] if word is not None else []
        return _Found(day, None, False, _bounds(span), listed)
    clock = _time(tokens, t)
    start = _at(day, clock.start, None, tz)
    end = _at(day, clock.end, None, tz) if clock.end else None
    if clock.end and end is not None and end < start:  # "22:00–01:00 Uhr" ends the next day
        end = _at(day + timedelta(days=1), clock.end, None, tz)
    return _Found(start, end, True, _bounds([*span, tokens[t].start, tokens[t].end]), listed)


def _range(
    text: str, tokens: list[Token], at: tuple[int, int | None, int], days: tuple[date, date], tz: ZoneInfo
) -> _Found:
    """A date range; 'at' is (first date, its own time or None, last date)."""
    i, own_time, k = at
    first_day, last_day = days
    first, last = tokens[i].value, _value(tokens, k)
    first_clock = first.clock if isinstance(first, DateParts) else None
    first_offset = first.offset if isinstance(first, DateParts) else None
    used = [i, k]
    start_clock, end_clock = first_clock, last.clock
    if own_time is not None:
        start_clock = _time(tokens, own_time).start
        used.append(own_time)
        if end_clock is None and _is_time(tokens, k + 1, single=True) and _gap(FILLER_GAP, text, tokens, k, k + 1):
            end_clock = _time(tokens, k + 1).start
            used.append(k + 1)
    elif first_clock is None:
        t = _nearby(tokens, i, k, TimeSpan)
        if t is not None:
            start_clock, end_clock = _time(tokens, t).start, end_clock or _time(tokens, t).end
            used.append(t)
    start = _at(first_day, start_clock, first_offset, tz) if start_clock else first_day
    end: datetime | date | None = _at(last_day, end_clock, last.offset, tz) if end_clock else last_day
    if isinstance(start, datetime) and isinstance(end, datetime) and end < start:
        end = None
    span = [p for u in used for p in (tokens[u].start, tokens[u].end)] + _weekday_before(text, tokens, i)
    return _Found(start, end, start_clock is not None, _bounds(span))


def _range_days(first: DateParts, last: DateParts, today: date | None) -> tuple[date, date] | None:
    """Both ends of a date range; a missing year comes from the other end (or today)."""
    if last.error:
        return None
    if first.year is None and last.year is not None:
        last_day = _dated(last, last.year)
        first_day = _on_or_before(first, last_day) if last_day else None
    else:
        first_day = _resolve(first, today)
        if last.year is not None or first_day is None:
            last_day = _resolve(last, today)
        else:
            last_day = _on_or_after(last, first_day)
    if first_day is None or last_day is None or last_day < first_day:
        return None
    return first_day, last_day


def _day_before(day: int, last_day: date) -> date | None:
    """'28.' in '28.–2.3.2024' is in the month before the last day; '12.' in '12.–14.3.' in the same month."""
    month_start = last_day.replace(day=1)
    if day > last_day.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def _nearby(tokens: list[Token], first: int, last: int, kind: type[TimeSpan | AllDay]) -> int | None:
    """The time (or 'ganztägig') that belongs to tokens[first..last]: the next one within reach, else the previous."""
    for j in range(last + 1, len(tokens)):
        if tokens[j].start - tokens[last].end > MAX_TIME_GAP_CHARS or _is_date(tokens, j):
            break
        if isinstance(tokens[j].value, kind):
            return j
    for j in range(first - 1, -1, -1):
        if tokens[first].start - tokens[j].end > MAX_TIME_GAP_CHARS or _is_date(tokens, j):
            break
        if isinstance(tokens[j].value, kind):
            return j
    return None


def _weekdays(text: str, tokens: list[Token]) -> tuple[str, ...]:
    codes: set[str] = set()
    for i, token in enumerate(tokens):
        if not isinstance(token.value, Weekdays):
            continue
        codes.update(token.value.codes)
        before = tokens[i - 1].value if i else None
        if isinstance(before, Weekdays) and _gap(RANGE_GAP, text, tokens, i - 1, i):  # "Mo–Fr", "Montag bis Freitag"
            a, b = WEEK_ORDER.index(before.codes[-1]), WEEK_ORDER.index(token.value.codes[0])
            codes.update(WEEK_ORDER[(a + n) % 7] for n in range((b - a) % 7 + 1))
    return tuple(code for code in WEEK_ORDER if code in codes)


def _weekday_span(text: str, tokens: list[Token]) -> tuple[tuple[int, int], bool]:
    """Where the first run of weekdays (and its time) is written, and whether it has a time."""
    i = next(n for n, t in enumerate(tokens) if isinstance(t.value, Weekdays))
    last = i
    while (
        last + 1 < len(tokens)
        and isinstance(tokens[last + 1].value, Weekdays)
        and any(_gap(g, text, tokens, last, last + 1) for g in (RANGE_GAP, LIST_GAP))
    ):
        last += 1
    t = _nearby(tokens, i, last, TimeSpan)
    near = t if t is not None else _nearby(tokens, i, last, AllDay)
    span = [tokens[i].start, tokens[last].end] + ([tokens[near].start, tokens[near].end] if near is not None else [])
    return _bounds(span), t is not None


def _weekday_before(text: str, tokens: list[Token], i: int) -> list[int]:
    """The start of 'Di., ' right before a date, to include it in time_text."""
    if i and isinstance(tokens[i - 1].value, Weekdays) and _gap(FILLER_GAP, text, tokens, i - 1, i):
        return [tokens[i - 1].start]
    return []


def _date_problem(text: str, today: date | None) -> str | None:
    """Why a text that holds a date-shaped token gave no date (for to_when's ValueError)."""
    for token in tokenize(prepare(text[:MAX_SCHEDULE_TEXT_CHARS])):
        if isinstance(token.value, DateParts):
            if token.value.error:
                return token.value.error
            if token.value.year is None and today is None:
                written = text[token.start : token.end]
                return f"{written!r} has no year, and no 'today' was given to infer it"
    return None


# --- small helpers ------------------------------------------------------------------------------------------


def _from_iso(text: str, parsed: datetime, tz: ZoneInfo) -> datetime | date:
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise ValueError(f"{text!r}: year {parsed.year} is outside {MIN_YEAR}..{MAX_YEAR}")
    if ":" not in text and " " not in text and "T" not in text.upper():
        return parsed.date()
    return parsed.astimezone(tz) if parsed.tzinfo is not None else localize(parsed, tz)


def _at(day: date, clock: Clock, offset: tzinfo | None, tz: ZoneInfo) -> datetime:
    """The instant of a wall-clock time on a day (24:00 is the next day's 00:00)."""
    if clock.hour == 24:
        day, clock = day + timedelta(days=1), Clock(0, clock.minute, clock.second)
    wall = datetime.combine(day, time(clock.hour, clock.minute, clock.second))
    return wall.replace(tzinfo=offset).astimezone(tz) if offset is not None else localize(wall, tz)


def _dated(parts: DateParts, year: int) -> date | None:
    try:
        return date(year, parts.month, parts.day)
    except ValueError:
        return None


def _resolve(parts: DateParts, today: date | None) -> date | None:
    """The date, with a missing year inferred from today (None without today)."""
    if parts.error:
        return None
    if parts.year is not None:
        return _dated(parts, parts.year)
    return _on_or_after(parts, today - timedelta(days=YEAR_LOOKBACK_DAYS)) if today else None


def _on_or_after(parts: DateParts, ref: date) -> date | None:
    candidates = (_dated(parts, year) for year in range(ref.year, ref.year + 9))
    return next((d for d in candidates if d is not None and d >= ref), None)


def _on_or_before(parts: DateParts, ref: date) -> date | None:
    candidates = (_dated(parts, year) for year in range(ref.year, ref.year - 9, -1))
    return next((d for d in candidates if d is not None and d <= ref), None)


def _value(tokens: list[Token], i: int) -> DateParts:
    value = tokens[i].value
    assert isinstance(value, DateParts)
    return value


def _time(tokens: list[Token], i: int) -> TimeSpan:
    value = tokens[i].value
    assert isinstance(value, TimeSpan)
    return value


def _is_date(tokens: list[Token], i: int) -> bool:
    return 0 <= i < len(tokens) and isinstance(tokens[i].value, DateParts | DayOnly)


def _is_full_date(tokens: list[Token], i: int) -> bool:
    """A date with day and month (not a bare '12.'), that is a calendar date."""
    value = tokens[i].value if 0 <= i < len(tokens) else None
    return isinstance(value, DateParts) and value.error is None


def _is_time(tokens: list[Token], i: int, *, single: bool = False) -> bool:
    value = tokens[i].value if 0 <= i < len(tokens) else None
    return isinstance(value, TimeSpan) and not (single and value.end is not None)


def _gap(pattern: re.Pattern[str], text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether the text between tokens a and b is all of the kind 'pattern' allows."""
    return pattern.fullmatch(text, tokens[a].end, tokens[b].start) is not None


def _bounds(positions: list[int]) -> tuple[int, int]:
    return min(positions), max(positions)
