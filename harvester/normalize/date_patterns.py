"""The words and shapes of German (and ISO 8601) dates and times, as a registry of small token rules.

``harvester.normalize.dates`` reads a schedule from the tokens found here. A new date or time shape is
a new ``@_rule`` function below (a regex and a builder that turns its match into a value, or rejects it),
not a new branch in the grammar. Builders never raise: a date-shaped match that is not a calendar date
becomes a ``DateParts`` with an ``error``, so the grammar can skip it and ``to_when`` can explain it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, timedelta, timezone, tzinfo
from typing import NamedTuple

MONTHS_DE: dict[str, int] = {
    **dict.fromkeys(("januar", "jan", "jän", "jänner", "jaenner"), 1),
    **dict.fromkeys(("februar", "feb", "feber"), 2),
    **dict.fromkeys(("märz", "maerz", "mär", "mrz"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "mai": 5,
    **dict.fromkeys(("juni", "jun"), 6),
    **dict.fromkeys(("juli", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sept", "sep"), 9),
    **dict.fromkeys(("oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("dezember", "dez"), 12),
}

WEEK_ORDER: tuple[str, ...] = ("mo", "tu", "we", "th", "fr", "sa", "su")
_WEEKDAY_NAMES = {
    "mo": ("montag", "mo"),
    "tu": ("dienstag", "di"),
    "we": ("mittwoch", "mi"),
    "th": ("donnerstag", "do"),
    "fr": ("freitag", "fr"),
    "sa": ("samstag", "sa"),
    "su": ("sonntag", "so"),
}
WEEKDAYS_DE: dict[str, str] = {
    **{name: code for code, (full, short) in _WEEKDAY_NAMES.items() for name in (full, full + "s", short)},
    "sonnabend": "sa",
    "sonnabends": "sa",
}

NUMBER_WORDS_DE: dict[str, int] = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}  # fmt: skip

MIN_YEAR = 1900
"""Years before this are rejected: no learning offer in a feed starts in the 19th century."""
MAX_YEAR = 2200
"""Years after this are rejected (typos such as 20244 never get this far, but 2924 does)."""
MAX_SESSION_COUNT = 500
"""A session count above this ("1000 Termine") is not believed and ignored."""

#: Characters that are read as a plain hyphen or space. Each maps to ONE character, so that offsets
#: in the prepared text are offsets in the original text too.
_SAME_LENGTH = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-") | dict.fromkeys("\u00a0\u2007\u2009\u202f\t", " "))


def prepare(text: str) -> str:
    """Dashes to '-', odd spaces to ' ', character for character (offsets stay valid)."""
    return text.translate(_SAME_LENGTH)


class Clock(NamedTuple):
    """A wall-clock time; hour 24 (only with minute 0) is midnight at the end of the day."""

    hour: int
    minute: int = 0
    second: int = 0


@dataclass(frozen=True)
class DateParts:
    """A date as written: the year may be missing; ISO date-times also carry a clock and maybe an offset."""

    day: int
    month: int
    year: int | None
    clock: Clock | None = None
    offset: tzinfo | None = None
    error: str | None = None


@dataclass(frozen=True)
class DayOnly:
    """'12.' in '12.–14.03.2024': a day whose month and year come from the date after it."""

    day: int


@dataclass(frozen=True)
class TimeSpan:
    start: Clock
    end: Clock | None


@dataclass(frozen=True)
class Weekdays:
    codes: tuple[str, ...]
    short: bool  # 'Mo', 'Di.': counts only next to a number or another weekday


@dataclass(frozen=True)
class Count:
    sessions: int


@dataclass(frozen=True)
class AllDay:
    pass


TokenValue = DateParts | DayOnly | TimeSpan | Weekdays | Count | AllDay
Builder = Callable[[re.Match[str]], TokenValue | None]


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    value: TokenValue


@dataclass(frozen=True)
class TokenRule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


TOKEN_RULES: list[TokenRule] = []
"""The registry, in priority order (on equal start and length the earlier rule wins)."""


def _rule(pattern: str, flags: int = re.IGNORECASE) -> Callable[[Builder], Builder]:
    def register(build: Builder) -> Builder:
        TOKEN_RULES.append(TokenRule(build.__name__, re.compile(pattern, flags), build))
        return build

    return register


def date_parts(
    written: str, day: int, month: int, year: int | None, clock: Clock | None = None, offset: tzinfo | None = None
) -> DateParts:
    """A DateParts, with ``error`` set when no calendar has that day."""
    error = None
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        error = f"{written!r}: year {year} is outside {MIN_YEAR}..{MAX_YEAR}"
    else:
        try:
            date(2000 if year is None else year, month, day)  # 2000 is a leap year: '29.02.' may exist
        except ValueError as exc:
            error = f"{written!r} is not a calendar date ({exc})"
    return DateParts(day, month, year, clock, offset, error)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.strip()
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


_ISO = (
    r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d{1,9})?)?"
    r"(?P<off>Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?(?![\dT:]|-\d)"
)


@_rule(_ISO)
def iso_date(m: re.Match[str]) -> TokenValue:
    """2024-03-12, 2024-03-12 18:00, 2024-03-12T18:00:00+01:00, ...Z"""
    clock = Clock(int(m["h"]), int(m["mi"]), int(m["s"] or 0)) if m["h"] else None
    offset = None
    if m["off"]:
        off = m["off"].upper().replace(":", "")
        if off == "Z":
            offset = UTC
        else:
            sign = -1 if off[0] == "-" else 1
            offset = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5] or 0)))
    return date_parts(m[0], int(m["d"]), int(m["mo"]), int(m["y"]), clock, offset)


@_rule(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<mo>\d{1,2})\.(?:(?P<y>\s?\d{4})|(?P<y2>\d{2}))?(?!\d)")
def numeric_date(m: re.Match[str]) -> TokenValue:
    """12.03.2024, 12.3.24, 12. 03. 2024, 12.03. (no year). A two-digit year is 20yy."""
    return date_parts(m[0], int(m["d"]), int(m["mo"]), _year(m["y"] or m["y2"]))


_MONTH_ALT = "|".join(sorted(MONTHS_DE, key=len, reverse=True))


@_rule(rf"(?<![\d.])(?P<d>\d{{1,2}})\.?\s*(?P<mon>{_MONTH_ALT})\.?(?![a-zäöüß])(?:\s*(?P<y>\d{{4}})(?!\d))?")
def text_date(m: re.Match[str]) -> TokenValue:
    """12. März 2024, 5. Mai, 1.Sept. 2025, 3 Jan 2026."""
    return date_parts(m[0], int(m["d"]), MONTHS_DE[m["mon"].lower()], _year(m["y"]))


@_rule(r"(?<![\d.])(?P<d>\d{1,2})\.(?=\s*(?:-|bis(?:\s+zum)?\s)\s*\d)")
def day_before_range(m: re.Match[str]) -> TokenValue | None:
    """'12.' in '12.–14.03.2024' and '3.' in 'vom 3. bis 7. Juni 2024'."""
    day = int(m["d"])
    return DayOnly(day) if 1 <= day <= 31 else None


def _clock(hour: str | None, minute: str | None) -> Clock | None:
    if hour is None:
        return None
    h, mi = int(hour), int(minute or 0)
    return None if h == 24 and mi else Clock(h, mi)


_HM = r"(?P<h{n}>[01]?\d|2[0-4])(?:(?P<sep{n}>[:.])(?P<m{n}>[0-5]\d))?"


@_rule(
    rf"(?<![\d.:]){_HM.format(n=1)}(?!\d|[.:]\d)(?P<uhr1>\s*(?:uhr\b|h\b))?"
    rf"(?:\s*(?:-|bis)\s*{_HM.format(n=2)}(?!\d|[.:]\d))?(?P<suffix>\s*(?:uhr\b|h\b))?"
)
def clock_time(m: re.Match[str]) -> TokenValue | None:
    """18:00, 18 Uhr, 18.30 Uhr, 18.00h, 12:00 h, 18:00–19:30, 18-19:30 Uhr, 10 bis 12 Uhr.

    A time needs a colon or 'Uhr' (or 'h' after minutes): '12.50', '2 h' and '10' are not times.
    """
    words = {(m["uhr1"] or "").strip().lower(), (m["suffix"] or "").strip().lower()}
    with_minutes_h = "h" in words and bool(m["m1"] or m["m2"])
    if not (":" in (m["sep1"], m["sep2"]) or "uhr" in words or with_minutes_h):
        return None
    start, end = _clock(m["h1"], m["m1"]), _clock(m["h2"], m["m2"])
    if start is None or (m["h2"] and end is None):
        return None
    return TimeSpan(start, end)


_DAY_SUFFIX = r"(?:s|e|en|abends?|vormittags?|nachmittags?|morgens?|mittags?)?"


_DAY_NAMES = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"


@_rule(rf"(?<![a-zäöüß])(?P<name>{_DAY_NAMES}){_DAY_SUFFIX}(?![a-zäöüß])")
def weekday_name(m: re.Match[str]) -> TokenValue:
    """Dienstag, dienstags, Dienstagabend, an 4 Samstagen."""
    return Weekdays((WEEKDAYS_DE[m["name"].lower()],), short=False)


@_rule(r"(?<![\w.])(?P<name>Mo|Di|Mi|Do|Fr|Sa|So|MO|DI|MI|DO|FR|SA|SO)(?!\w)\.?", flags=0)
def weekday_short(m: re.Match[str]) -> TokenValue:
    """Mo, Di., MI (case-sensitive: 'so' and 'do' are also words)."""
    return Weekdays((WEEKDAYS_DE[m["name"].lower()],), short=True)


@_rule(r"(?<![a-zäöüß])(?:werktags|wochentags)(?![a-zäöüß])")
def working_days(m: re.Match[str]) -> TokenValue:
    """werktags, wochentags: Monday to Friday."""
    return Weekdays(WEEK_ORDER[:5], short=False)


_NUMBER_WORD_ALT = "|".join(NUMBER_WORDS_DE)
_SESSION_NOUNS = (
    r"kurs(?:tage?n?|abende?n?)|(?:kurs)?termine?n?|abende?n?|treffen|sitzungen|(?:vor|nach)mittage?n?"
    r"|samstage?n?|sonntage?n?"
)


@_rule(
    rf"(?<![\w.,:])(?P<n>\d{{1,4}}|{_NUMBER_WORD_ALT})"
    rf"(?=\s*-?\s*(?:x|mal)(?![a-zäöüß])(?!\s*(?:wöchentlich|pro\b|im\b|in\s+der|je\b|monatlich|täglich|jährlich))"
    rf"|\s+(?:{_SESSION_NOUNS})(?![a-zäöüß]))"
)
def session_count(m: re.Match[str]) -> TokenValue | None:
    """'10' in '10 Termine', '8x', 'an 6 Abenden', 'drei Treffen' (not '2x wöchentlich', not '20 UE')."""
    word = m["n"].lower()
    n = NUMBER_WORDS_DE[word] if word in NUMBER_WORDS_DE else int(word)
    return Count(n) if 0 < n <= MAX_SESSION_COUNT else None


@_rule(r"(?<![a-zäöüß])(?:ganztägig|ganztags|ganztätig)(?![a-zäöüß])")
def all_day_word(m: re.Match[str]) -> TokenValue:
    """ganztägig, ganztags."""
    return AllDay()


RANGE_GAP = re.compile(r"\s*(?:-|bis(?:\s+(?:zum|einschließlich|einschl\.))?)\s*", re.IGNORECASE)
"""Between the two ends of a range: '–', 'bis', 'bis zum'."""
LIST_GAP = re.compile(r"\s*(?:[,;/&+]|und|u\.|sowie|oder)?\s*", re.IGNORECASE)
"""Between items of a list: ',', 'und', '/', or only space."""
FILLER_GAP = re.compile(r"[\s,.:]*(?:(?:um|ab|am|den|von|jeweils|beginn)[\s,.:]*)?", re.IGNORECASE)
"""Between a date and its own time in '12.03.2024, um 10:00 - 14.03.2024 16:00'."""
_NUMBER_AFTER = re.compile(r"\s*,?\s*\d")
DEADLINE_BEFORE = re.compile(
    r"(?:anmeldeschluss|anmeldefrist|meldeschluss|anmeld\w*\s+bis|stand|aktualisiert|geändert|veröffentlicht)"
    r"[\s:,.]*(?:am|zum|den|vom)?[\s:,.]*(?:(?:mo|di|mi|do|fr|sa|so)[a-z]*\.?[\s,]*)?$",
    re.IGNORECASE,
)
"""Right before a date that is a deadline or a 'last changed' stamp, not the offer's date."""
ISO_WITH_T = re.compile(r"\d{4}-\d{1,2}-\d{1,2}T", re.IGNORECASE)
"""The start of a string meant as an ISO 8601 date-time (if it does not parse, it is an error, not text)."""
ISO_END_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T24:00(?::00(?:\.0+)?)?(?=$|Z|[+-])", re.IGNORECASE)
"""ISO 8601's '24:00', the end of a day, which datetime.fromisoformat does not read."""


def tokenize(text: str) -> list[Token]:
    """All tokens of a prepared text, left to right, without overlaps (earliest, then longest, wins)."""
    found: list[tuple[int, int, int, Token]] = []
    for order, rule in enumerate(TOKEN_RULES):
        for match in rule.pattern.finditer(text):
            value = rule.build(match)
            if value is not None:
                start, end = match.span()
                found.append((start, start - end, order, Token(start, end, value)))
    found.sort(key=lambda item: item[:3])
    tokens: list[Token] = []
    for start, _, _, token in found:
        if not tokens or start >= tokens[-1].end:
            tokens.append(token)
    return [t for i, t in enumerate(tokens) if not _unconfirmed_short_weekday(text, tokens, i)]


def _unconfirmed_short_weekday(text: str, tokens: list[Token], i: int) -> bool:
    """'So' or 'Fr.' alone is a word or a title ('Fr. Meier'); next to a number or a weekday it is a day."""
    token = tokens[i]
    if not (isinstance(token.value, Weekdays) and token.value.short):
        return False
    if _NUMBER_AFTER.match(text, token.end):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and isinstance(tokens[j].value, Weekdays):
            first, second = tokens[min(i, j)], tokens[max(i, j)]
            if any(gap.fullmatch(text, first.end, second.start) for gap in (RANGE_GAP, LIST_GAP)):
                return False
    return True
