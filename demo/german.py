"""German date words and the date shapes publishers type by hand (for the sample writers only).

The harvester reads these shapes with its own normaliser; this module only *writes* them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_SHORT = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
WEEKDAY_ADVERBS = ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
ORDINALS = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten"}

DateShape = Callable[[datetime, datetime | None], str]


def join_and(items: Sequence[str]) -> str:
    """``["a", "b", "c"]`` -> ``"a, b und c"``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} und {items[-1]}"


def clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def hour(moment: datetime) -> str:
    """``15`` or ``15:30``, as people write times in running text."""
    return f"{moment.hour}" if moment.minute == 0 else f"{moment.hour}:{moment.minute:02d}"


def span(start: datetime, end: datetime | None, dash: str = "–") -> str:
    """``16:00–17:00 Uhr`` or ``16:00 Uhr``."""
    return f"{clock(start)}{dash}{clock(end)} Uhr" if end else f"{clock(start)} Uhr"


def day_list(days: Sequence[date]) -> str:
    """``3., 10. und 17.12.2025``, or ``26.11., 3.12. und 10.12.2025`` across months."""
    last = days[-1]
    same_month = all((d.year, d.month) == (last.year, last.month) for d in days)
    parts = [f"{d.day}." if same_month else f"{d.day}.{d.month}." for d in days[:-1]]
    return join_and([*parts, f"{last.day}.{last.month}.{last.year}"])


# --- the shapes of a single date ---------------------------------------------------------------


def shape_short(start: datetime, end: datetime | None) -> str:
    """``Di., 12.03.2025, 16:00–17:00 Uhr``"""
    return f"{WEEKDAYS_SHORT[start.weekday()]}, {start:%d.%m.%Y}, {span(start, end)}"


def shape_long(start: datetime, end: datetime | None) -> str:
    """``Mittwoch, 5. März 2025, 15 Uhr`` or ``…, 15 bis 16:30 Uhr``"""
    when = f"{WEEKDAYS[start.weekday()]}, {start.day}. {MONTHS[start.month - 1]} {start.year}"
    return f"{when}, {hour(start)} bis {hour(end)} Uhr" if end else f"{when}, {hour(start)} Uhr"


def shape_pipe(start: datetime, end: datetime | None) -> str:
    """``05.03.2025 | 15:00 Uhr`` or ``05.03.2025 | 15:00 – 16:30 Uhr``"""
    return f"{start:%d.%m.%Y} | {span(start, end, ' – ')}"


def shape_no_year(start: datetime, end: datetime | None) -> str:
    """``Sa., 8.3., 10:30–12:00 Uhr`` (the year is left to the reader)"""
    return f"{WEEKDAYS_SHORT[start.weekday()]}, {start.day}.{start.month}., {span(start, end)}"


SINGLE_DATE_SHAPES: tuple[DateShape, ...] = (shape_short, shape_long, shape_pipe, shape_no_year)


def shape_range(first: datetime, last: datetime, end: datetime | None) -> str:
    """``Mo., 6.4. bis Fr., 10.4.2026, jeweils 10:00–12:00 Uhr``"""
    return (
        f"{WEEKDAYS_SHORT[first.weekday()]}, {first.day}.{first.month}. bis {WEEKDAYS_SHORT[last.weekday()]}, "
        f"{last.day}.{last.month}.{last.year}, jeweils {span(first, end)}"
    )


def blog_date(start: datetime, end: datetime | None) -> str:
    """``Samstag, 14.12.2025, 10:00 bis 16:00 Uhr`` (the Werkraum's way)."""
    when = f"{WEEKDAYS[start.weekday()]}, {start:%d.%m.%Y}"
    return f"{when}, {clock(start)} bis {clock(end)} Uhr" if end else f"{when}, {clock(start)} Uhr"
