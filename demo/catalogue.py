"""Neutral sample content of the demo town Wiesenbrück (SAMPLE DATA, not real offers).

Wiesenbrück is a fictional small town in East Westphalia (postcodes 33990–33999, streets and
people invented). A ``DemoOffer`` says what an offer *is*: title, text, dates, place, price.
How a publisher's software would *render* it (a course system's iCalendar export, a library
CMS's RSS, a blog's Atom feed) is the business of ``demo.writers``; which publisher uses which
writer is registered in ``demo.providers``.

Dates are computed from ``today`` so that the demo always shows upcoming offers. Anything chosen
at random comes from a ``random.Random`` seeded with the source id and ``today``, so a build is
reproducible.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
#: Placeholder for the absolute address of the demo site; ``demo.build`` substitutes it.
BASE_URL = "{base_url}"
TOWN = "Wiesenbrück"
SAMPLE_NOTE = "Beispieldaten – fiktive Stadt Wiesenbrück, keine echten Angebote."

MO, TU, WE, TH, FR, SA, SU = range(7)
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # iCalendar weekday codes, Monday first


@dataclass(frozen=True)
class Place:
    """A venue, optionally with a room."""

    name: str
    street: str
    postcode: str
    room: str = ""
    city: str = TOWN
    district: str = ""  # the Ortsteil, for the formats that have a field for it ("Oberheide")
    lat: float | None = None
    lon: float | None = None

    def with_room(self, room: str) -> Place:
        return replace(self, room=room)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}" if self.street else ""

    @property
    def line(self) -> str:
        """One line as most publishers write it: name, room, street, postcode and town."""
        return ", ".join(part for part in (self.name, self.room, self.address) if part)


ONLINE = Place("Online", "", "", "", "")


@dataclass(frozen=True)
class Recurrence:
    """A repeat rule in iCalendar terms (the writers that cannot say RRULE spell it out in text)."""

    freq: str  # "DAILY" | "WEEKLY" | "MONTHLY"
    count: int | None = None
    until: date | None = None  # the day of the last session (local); None with count None = open end
    interval: int = 1
    byday: tuple[str, ...] = ()  # ("TU",), ("MO", "TH") or ("1WE",) for monthly rules


@dataclass(frozen=True)
class MovedSession:
    """One session of a series that takes place at another time or in another room."""

    original: datetime
    start: datetime
    end: datetime
    place: Place | None = None
    note: str = ""


@dataclass(frozen=True)
class DemoOffer:
    """One offer as its provider means it, before any feed format.

    ``start``/``end`` are the first session (aware datetimes in Europe/Berlin), or dates for
    all-day offers, where ``end`` is the last day *inclusive*. ``hints`` name publisher quirks a
    writer should imitate for this offer (for example ``"cancelled_in_title"``).
    """

    uid: str
    title: str
    text: tuple[str, ...]
    kind: str  # a schemas.vocab.Kind value: what the offer is, for the reader of this file
    start: datetime | date
    end: datetime | date | None = None
    place: Place | None = None
    recurrence: Recurrence | None = None
    exdates: tuple[datetime, ...] = ()
    rdates: tuple[datetime, ...] = ()
    moved: tuple[MovedSession, ...] = ()
    price: str = ""  # the provider's words without a label: "89,00 €, ermäßigt 62,30 €", "kostenfrei"
    price_label: str = ""  # a label the provider puts before the price instead of the usual one
    categories: tuple[str, ...] = ()  # the provider's own category words
    audience: str = ""  # the provider's own words: "Kinder von 4 bis 7 Jahren"
    person: str = ""  # course leader, author, contact
    status: str = "scheduled"  # "scheduled" | "cancelled" | "postponed" | "full"
    code: str = ""  # the provider's course number
    path: str = ""  # detail page, relative to the site root ("vhs/kurs/252-40101.html")
    published: datetime | None = None
    hints: frozenset[str] = frozenset()
    # Facts that only structured formats (booking systems, course databases) carry as values:
    price_eur: float | None = None  # the regular amount; 0.0 = free; None = only the words in ``price``
    reduced_eur: float | None = None
    capacity: int | None = None  # places in total
    booked: int | None = None  # places taken
    online_url: str = ""  # the room of an online offer
    extra: Mapping[str, Any] = field(default_factory=dict)  # what only one kind of system records (DVV code, ...)

    def __post_init__(self) -> None:
        if not isinstance(self.text, tuple):  # ("one paragraph") without its comma is a string
            raise TypeError(f"{self.title}: text must be a tuple of paragraphs, not {type(self.text).__name__}")

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def url(self) -> str:
        return f"{BASE_URL}/{self.path}" if self.path else ""


Section = Callable[[date, Random], list[DemoOffer]]


@dataclass(frozen=True)
class DemoProvider:
    """One sample source: who publishes, where the file lives and which writer renders it."""

    source_id: str
    name: str  # the organisation
    title: str  # the feed's or calendar's own title
    path: str  # the published file, relative to the site root
    writer: str  # a key of demo.writers.WRITERS
    sections: tuple[Section, ...]
    options: Mapping[str, Any] = field(default_factory=dict)  # writer dialect (PRODID, folding, ...)

    @property
    def folder(self) -> str:
        return self.path.split("/", 1)[0]

    def offers(self, today: date, rng: Random) -> list[DemoOffer]:
        return [offer for section in self.sections for offer in section(today, rng)]


# --- dates -------------------------------------------------------------------------------------


def in_christmas_break(on: date) -> bool:
    """23 December to 6 January: schools, the VHS and most associations pause (roughly NRW's holidays)."""
    return (on.month == 12 and on.day >= 23) or (on.month == 1 and on.day <= 6)


def clear_of_break(first: date, days: int = 1) -> date:
    """``first``, or the same weekday as many weeks later as needed to keep ``days`` days out of the break."""
    while any(in_christmas_break(first + timedelta(days=n)) for n in range(days)):
        first += timedelta(weeks=1)
    return first


def day(today: date, offset: int, weekday: int | None = None) -> date:
    """The date ``offset`` days from today, moved forward to the next ``weekday`` (0 = Monday).

    Dates in the Christmas break move on by whole weeks (``today`` itself stays), so that the demo
    does not offer a course on Christmas Eve, whatever day it is built for.
    """
    result = today + timedelta(days=offset)
    if weekday is not None:
        result += timedelta(days=(weekday - result.weekday()) % 7)
    return clear_of_break(result) if offset else result


def weekly(first: datetime, sessions: int, interval: int = 1) -> tuple[Recurrence, tuple[datetime, ...]]:
    """A rule for ``sessions`` meetings every ``interval`` weeks from ``first`` that skips the Christmas break.

    Returns the rule (its COUNT includes the skipped weeks, as in iCalendar) and the skipped starts (EXDATEs).
    """
    held, skipped, current = 0, [], first.date()
    while held < sessions:
        if in_christmas_break(current):
            skipped.append(at(current, f"{first:%H:%M}"))
        else:
            held += 1
        current += timedelta(weeks=interval)
    return Recurrence("WEEKLY", sessions + len(skipped), interval=interval), tuple(skipped)


def nth_weekday(today: date, offset: int, weekday: int, n: int) -> date:
    """The first date from ``today + offset`` on that is the ``n``-th ``weekday`` of its month."""
    candidate = day(today, offset, weekday)
    while (candidate.day - 1) // 7 + 1 != n:
        candidate += timedelta(days=7)
    return candidate


def at(on: date, hhmm: str) -> datetime:
    """``on`` at local time ``"HH:MM"`` in Europe/Berlin."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime.combine(on, time(hours, minutes), tzinfo=BERLIN)


def slot(on: date, start: str, end: str) -> tuple[datetime, datetime]:
    return at(on, start), at(on, end)


def published(rng: Random, start: datetime | date, today: date, earliest: int = 50, latest: int = 6) -> datetime:
    """When the provider put the offer online: some days before it starts, never after yesterday."""
    first = start.date() if isinstance(start, datetime) else start
    on = min(first - timedelta(days=rng.randint(latest, earliest)), today - timedelta(days=1))
    return datetime.combine(on, time(rng.randint(7, 17), rng.choice((0, 5, 12, 20, 34, 41, 48, 55))), BERLIN)


# --- words -------------------------------------------------------------------------------------


def euro(amount: float) -> str:
    """``89.0`` -> ``"89,00 €"`` (German decimal comma)."""
    return f"{amount:,.2f} €".replace(",", "_").replace(".", ",").replace("_", ".")


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def slugify(text: str) -> str:
    """A URL slug as German CMSs make them: ``"Töpfern für Kinder"`` -> ``"toepfern-fuer-kinder"``."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UMLAUTS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].rstrip("-")


# --- sessions ----------------------------------------------------------------------------------


def _matches(rule: Recurrence, first: date, current: date) -> bool:
    if rule.freq == "DAILY":
        return (current - first).days % rule.interval == 0
    if rule.freq == "WEEKLY":
        weekdays = {RRULE_DAYS.index(code) for code in rule.byday} or {first.weekday()}
        week = (current - (first - timedelta(days=first.weekday()))).days // 7
        return current.weekday() in weekdays and week % rule.interval == 0
    months = (current.year - first.year) * 12 + current.month - first.month
    if months % rule.interval:
        return False
    if not rule.byday:
        return current.day == first.day
    code = rule.byday[0]
    return current.weekday() == RRULE_DAYS.index(code[-2:]) and (current.day - 1) // 7 + 1 == int(code[:-2])


def session_starts(offer: DemoOffer, limit: int = 60) -> list[datetime | date]:
    """The start of every session (RRULE, minus EXDATE, plus RDATE), at most ``limit`` of an open rule.

    Moved sessions are listed at their original time: they are still the same session.
    """
    rule = offer.recurrence
    if rule is None:
        starts: list[datetime | date] = [offer.start]
    else:
        first = offer.start.date() if isinstance(offer.start, datetime) else offer.start
        starts, current = [], first
        while len(starts) < limit and not (rule.count and len(starts) >= rule.count):
            if rule.until and current > rule.until:
                break
            if _matches(rule, first, current):
                starts.append(at(current, f"{offer.start:%H:%M}") if isinstance(offer.start, datetime) else current)
            current += timedelta(days=1)
    starts = [start for start in starts if start not in offer.exdates]
    return sorted([*starts, *offer.rdates])  # type: ignore[type-var]
