"""Writers: render DemoOffers the way publishers' software does (the SAMPLE DATA files of the demo).

A writer takes a provider, its offers and a ``WriteContext`` and returns the file as bytes. Writers
are registered by name in ``WRITERS`` (``@writer("rss")``); a provider names its writer and passes
the dialect of its software in ``options`` (PRODID, line folding, line ends, ...). Links are written
with the ``{base_url}`` placeholder, which the writer fills in last (before iCalendar line folding,
which counts octets).

The files are written as text on purpose, not with a feed library: the point is to look like what
real CMSs, course systems and calendar tools emit, quirks included.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from random import Random
from xml.sax.saxutils import escape, quoteattr

from demo import german
from demo.catalogue import BASE_URL, BERLIN, RRULE_DAYS, SAMPLE_NOTE, DemoOffer, DemoProvider, session_starts


@dataclass(frozen=True)
class WriteContext:
    today: date
    base_url: str  # without trailing slash
    rng: Random  # seeded per source and day: date shapes, modification times

    @property
    def generated(self) -> datetime:
        """When the publisher's software exported the file: early this morning."""
        return datetime.combine(self.today, time(5, 30), BERLIN)

    def fill(self, text: str) -> str:
        return text.replace(BASE_URL, self.base_url)


#: A writer returns the file at ``provider.path``, or ``{path: bytes}`` for a site of several files (the
#: pages of a paged API, a listing with its detail pages), paths relative to the site root.
Writer = Callable[[DemoProvider, list[DemoOffer], WriteContext], bytes | Mapping[str, bytes]]
WRITERS: dict[str, Writer] = {}


def writer(name: str) -> Callable[[Writer], Writer]:
    """Register a writer under ``name`` (the ``writer`` a DemoProvider names)."""

    def register(function: Writer) -> Writer:
        WRITERS[name] = function
        return function

    return register


def _modified(offer: DemoOffer, ctx: WriteContext) -> datetime:
    created = offer.published or ctx.generated - timedelta(days=30)
    edited = created + timedelta(days=ctx.rng.randint(0, 9), minutes=ctx.rng.randint(0, 600))
    return max(created, min(edited, ctx.generated - timedelta(minutes=ctx.rng.randint(30, 900))))


def _cancelled_in_title(offer: DemoOffer) -> bool:
    return "cancelled_in_title" in offer.hints


# --- iCalendar ---------------------------------------------------------------------------------

VTIMEZONE_BERLIN = (
    "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
)  # fmt: skip


def ical_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma, newline."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> list[str]:
    """Fold a content line into lines of at most ``limit`` octets, never inside a UTF-8 character."""
    parts, current, size, budget = [], "", 0, limit
    for char in line:
        width = len(char.encode())
        if size + width > budget:
            parts.append(current)
            current, size, budget = " ", 1, limit
        current, size = current + char, size + width
    return [*parts, current]


def _local(moment: datetime) -> str:
    return moment.astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _when(name: str, moments: list[datetime] | list[date], style: str) -> str:
    """``DTSTART;TZID=Europe/Berlin:…``, ``…:…Z`` (utc), ``…:…`` (floating) or ``;VALUE=DATE``."""
    if not isinstance(moments[0], datetime):
        return f"{name};VALUE=DATE:{','.join(f'{d:%Y%m%d}' for d in moments)}"
    stamps = [_utc(m) if style == "utc" else _local(m) for m in moments]  # type: ignore[arg-type]
    return f"{name}{';TZID=Europe/Berlin' if style == 'tzid' else ''}:{','.join(stamps)}"


def _rrule(offer: DemoOffer) -> str:
    rule = offer.recurrence
    assert rule is not None
    parts = [f"FREQ={rule.freq}"]
    if rule.until:
        start = offer.start  # UNTIL is UTC when DTSTART has a time zone (RFC 5545, 3.3.10)
        until = _utc(datetime.combine(rule.until, start.timetz())) if isinstance(start, datetime) else None
        parts.append(f"UNTIL={until or f'{rule.until:%Y%m%d}'}")
    if rule.count:
        parts.append(f"COUNT={rule.count}")
    if rule.interval > 1:
        parts.append(f"INTERVAL={rule.interval}")
    if rule.byday:
        parts.append(f"BYDAY={','.join(rule.byday)}")
    return "RRULE:" + ";".join(parts)


def _schedule(offer: DemoOffer) -> str:
    """The course system's own schedule line: ``10 x montags, 18:00–19:30 Uhr, ab 01.12.2025``."""
    start, rule = offer.start, offer.recurrence
    if not isinstance(start, datetime):
        return f"Termin: {german.WEEKDAYS_SHORT[start.weekday()]}, {start:%d.%m.%Y}, ganztägig"
    times = german.span(start, offer.end)  # type: ignore[arg-type]
    if rule is None:
        return f"Termin: {german.shape_short(start, offer.end)}"  # type: ignore[arg-type]
    count = len(session_starts(offer))
    if rule.freq == "DAILY":
        last = session_starts(offer)[-1]
        return f"{count} Termine: {start:%d.%m.} bis {last:%d.%m.%Y}, täglich {times}"
    if rule.freq == "MONTHLY":
        code = rule.byday[0]
        weekday = german.WEEKDAYS[RRULE_DAYS.index(code[-2:])]
        ordinal = german.ORDINALS[int(code[:-2])]
        return f"{count} Termine: jeden {ordinal} {weekday} im Monat, {times}, ab {start:%d.%m.%Y}"
    weekdays = [RRULE_DAYS.index(code) for code in rule.byday] or [start.weekday()]
    adverbs = german.join_and([german.WEEKDAY_ADVERBS[w] for w in weekdays])
    extra = f", dazu {len(offer.rdates)} Zusatztermine" if offer.rdates else ""
    return f"{count - len(offer.rdates)} x {adverbs}, {times}, ab {start:%d.%m.%Y}{extra}"


def _course_system_description(offer: DemoOffer) -> str:
    facts = [
        f"Kursleitung: {offer.person}" if offer.person else "",
        f"Zielgruppe: {offer.audience}" if offer.audience else "",
        _schedule(offer),
        f"Entgelt: {offer.price}",
        f"Anmeldung und weitere Informationen: {offer.url}",
    ]
    return "\n\n".join([f"Kursnummer: {offer.code}", *offer.text, "\n".join(fact for fact in facts if fact)])


def _plain_description(offer: DemoOffer) -> str:
    return "\n\n".join([*offer.text, f"Kosten: {offer.price}"] if offer.price else offer.text)


DESCRIPTIONS: dict[str, Callable[[DemoOffer], str]] = {
    "course_system": _course_system_description,
    "plain": _plain_description,
}


def _vevent(offer: DemoOffer, provider: DemoProvider, ctx: WriteContext) -> list[str]:
    options = provider.options
    style = "utc" if "utc" in offer.hints else "floating" if "floating" in offer.hints else "tzid"
    end = offer.end + timedelta(days=1) if offer.all_day else offer.end  # all-day DTEND is exclusive
    created = offer.published or ctx.generated - timedelta(days=30)
    description = DESCRIPTIONS[options["description"]](offer)
    status = "CANCELLED" if offer.status == "cancelled" and not _cancelled_in_title(offer) else "CONFIRMED"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{offer.uid}",
        f"DTSTAMP:{_utc(ctx.generated)}",
        f"CREATED:{_utc(created)}",
        f"LAST-MODIFIED:{_utc(_modified(offer, ctx))}",
        f"SUMMARY:{ical_text(offer.title + (' (abgesagt)' if _cancelled_in_title(offer) else ''))}",
        f"DESCRIPTION:{ical_text(description)}",
    ]
    if options.get("alt_desc_html"):
        paragraphs = "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in description.split("\n\n"))
        lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{ical_text(f'<html><body>{paragraphs}</body></html>')}")
    if offer.place:
        lines.append(f"LOCATION:{ical_text(offer.place.line)}")
    if offer.categories:
        lines.append(f"CATEGORIES:{','.join(ical_text(category) for category in offer.categories)}")
    if offer.url:
        lines.append(f"URL:{offer.url}")
    lines += [_when("DTSTART", [offer.start], style), _when("DTEND", [end], style)]  # type: ignore[list-item]
    if offer.recurrence:
        lines.append(_rrule(offer))
    if offer.exdates:
        lines.append(_when("EXDATE", list(offer.exdates), style))
    if offer.rdates:
        lines.append(_when("RDATE", list(offer.rdates), style))
    if organizer := options.get("organizer"):
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    if offer.code:
        lines.append(f"X-LERNWERK-KURSNUMMER:{offer.code}")
    lines += [f"STATUS:{status}", "CLASS:PUBLIC", "TRANSP:OPAQUE", "SEQUENCE:0", "END:VEVENT"]
    for moved in offer.moved:  # a changed session: same UID, RECURRENCE-ID of the original start
        place = moved.place.line if moved.place else offer.place.line if offer.place else ""
        lines += [
            "BEGIN:VEVENT",
            f"UID:{offer.uid}",
            _when("RECURRENCE-ID", [moved.original], style),
            f"DTSTAMP:{_utc(ctx.generated)}",
            f"LAST-MODIFIED:{_utc(_modified(offer, ctx))}",
            f"SUMMARY:{ical_text(offer.title)}",
            f"DESCRIPTION:{ical_text(moved.note + chr(10) * 2 + description)}",
            f"LOCATION:{ical_text(place)}",
            _when("DTSTART", [moved.start], style),
            _when("DTEND", [moved.end], style),
            "STATUS:CONFIRMED",
            "SEQUENCE:1",
            "END:VEVENT",
        ]
    return lines


@writer("ical")
def write_ical(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> bytes:
    """An iCalendar file; ``options`` choose VTIMEZONE, folding, line ends and the description style."""
    options = provider.options
    head = [
        "BEGIN:VCALENDAR",
        f"PRODID:{options['prodid']}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ical_text(provider.title)}",
        f"X-WR-CALDESC:{ical_text(options['caldesc'])}",
    ]
    if zone := options.get("x_wr_timezone"):
        head.append(f"X-WR-TIMEZONE:{zone}")
    if options.get("vtimezone"):
        head += VTIMEZONE_BERLIN
    body = [line for offer in offers for line in _vevent(offer, provider, ctx)]
    lines = [ctx.fill(line) for line in (*head, *body, "END:VCALENDAR")]
    if options.get("fold"):
        lines = [part for line in lines for part in fold(line)]
    newline = options.get("newline", "\r\n")
    return (newline.join(lines) + newline).encode()


# --- RSS 2.0 -----------------------------------------------------------------------------------


def _last_end(offer: DemoOffer, starts: list[datetime]) -> datetime | None:
    if not isinstance(offer.end, datetime):
        return None
    return datetime.combine(starts[-1].date(), offer.end.timetz())


def _rss_item(offer: DemoOffer, provider: DemoProvider, ctx: WriteContext, event_module: bool) -> list[str]:
    starts: list[datetime] = session_starts(offer)  # type: ignore[assignment]
    end = offer.end if isinstance(offer.end, datetime) else None
    if len(starts) > 1:
        when = german.shape_range(starts[0], starts[-1], end)
    else:
        when = ctx.rng.choice(german.SINGLE_DATE_SHAPES)(starts[0], end)
    cancelled = _cancelled_in_title(offer)
    parts = ["<p><strong>Diese Veranstaltung muss leider entfallen.</strong></p>"] if cancelled else []
    parts.append(f"<p><strong>Termin:</strong> {html.escape(when)}</p>")
    if offer.place:
        parts.append(f"<p><strong>Ort:</strong> {html.escape(offer.place.line)}</p>")
    parts.append(f"<p>{html.escape(offer.price)}</p>")
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in offer.text]
    if offer.person:
        parts.append(f"<p>Mit: {html.escape(offer.person)}</p>")
    if offer.audience:
        parts.append(f"<p><em>Für: {html.escape(offer.audience)}</em></p>")
    title = f"Fällt aus: {offer.title}" if cancelled else offer.title
    published = offer.published or ctx.generated
    lines = [
        "    <item>",
        f"      <title>{escape(title)}</title>",
        f"      <link>{offer.url}</link>",
        f'      <guid isPermaLink="false">{escape(offer.uid)}</guid>',
        f"      <pubDate>{format_datetime(published)}</pubDate>",
        *(f"      <category>{escape(category)}</category>" for category in offer.categories),
        f"      <description><![CDATA[{''.join(parts)}]]></description>",
    ]
    if event_module:
        lines.append(f"      <ev:startdate>{starts[0].isoformat()}</ev:startdate>")
        if last_end := _last_end(offer, starts):
            lines.append(f"      <ev:enddate>{last_end.isoformat()}</ev:enddate>")
        if offer.place:
            lines.append(f"      <ev:location>{escape(offer.place.line)}</ev:location>")
        lines.append(f"      <ev:organizer>{escape(provider.name)}</ev:organizer>")
        lines.append(f"      <ev:type>{escape(offer.categories[0] if offer.categories else 'Veranstaltung')}</ev:type>")
    return [*lines, "    </item>"]


@writer("rss")
def write_rss(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> bytes:
    """A library CMS's RSS 2.0: newest publication first, the date only in the HTML description
    (in several hand-typed shapes), and for some items the RSS event module."""
    options = provider.options
    every = options.get("event_module_every", 0)
    items = sorted(offers, key=lambda offer: offer.published or ctx.generated, reverse=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- {SAMPLE_NOTE} -->",
        '<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">',
        "  <channel>",
        f"    <title>{escape(provider.title)}</title>",
        f"    <link>{BASE_URL}/{options['link']}</link>",
        f"    <description>{escape(options['description'])}</description>",
        "    <language>de-de</language>",
        f"    <lastBuildDate>{format_datetime(ctx.generated)}</lastBuildDate>",
        f"    <generator>{escape(options['generator'])}</generator>",
        f'    <atom:link href="{BASE_URL}/{provider.path}" rel="self" type="application/rss+xml" />',
    ]
    for index, offer in enumerate(items):
        lines += _rss_item(offer, provider, ctx, event_module=bool(every) and index % every == 0)
    lines += ["  </channel>", "</rss>", ""]
    return ctx.fill("\n".join(lines)).encode()


# --- Atom --------------------------------------------------------------------------------------


CONTACT = '<a href="mailto:termine@werkraum-wiesenbrueck.example">termine@werkraum-wiesenbrueck.example</a>'


def _blog_when(offer: DemoOffer) -> str:
    """``Samstag, 14.12.2025, 10:00 bis 16:00 Uhr``; series as ``mittwochs, 3., 10. und 17.12.2025, jeweils …``."""
    start, end, rule = offer.start, offer.end, offer.recurrence
    assert isinstance(start, datetime) and isinstance(end, datetime)
    if rule is None:
        return german.blog_date(start, end)
    times = f"{german.clock(start)} bis {german.clock(end)} Uhr"
    if not rule.count and not rule.until:
        return f"jeden {german.WEEKDAYS[start.weekday()]}, {times} (ab {start:%d.%m.%Y})"
    days = [moment.date() for moment in session_starts(offer)]  # type: ignore[union-attr]
    rhythm = "alle zwei Wochen " if rule.interval == 2 else ""
    return f"{rhythm}{german.WEEKDAY_ADVERBS[start.weekday()]}, {german.day_list(days)}, jeweils {times}"


def _atom_entry(offer: DemoOffer, ctx: WriteContext, updated: datetime) -> list[str]:
    facts = [f"<strong>Wann:</strong> {html.escape(_blog_when(offer))}"]
    if offer.place:
        facts.append(f"<strong>Wo:</strong> {html.escape(offer.place.line)}")
    facts.append(f"<strong>{html.escape(offer.price_label or 'Kosten')}:</strong> {html.escape(offer.price)}")
    parts = [f"<p>{'<br>'.join(facts)}</p>"]
    if offer.audience:
        parts.append(f"<p><strong>Für wen:</strong> {html.escape(offer.audience)}</p>")
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in offer.text]
    if offer.kind in ("open-meeting", "event"):
        parts.append("<p>Einfach vorbeikommen, eine Anmeldung ist nicht nötig.</p>")
    else:  # a relative link, resolved against the feed's xml:base
        parts.append(f'<p>Anmeldung über unser <a href="kontakt/">Kontaktformular</a> oder per Mail an {CONTACT}.</p>')
    published = offer.published or ctx.generated
    return [
        "  <entry>",
        f"    <title>{escape(offer.title)}</title>",
        f'    <link href="{offer.url}" rel="alternate" type="text/html"/>',
        f"    <id>{escape(offer.uid)}</id>",
        f"    <published>{published.isoformat(timespec='seconds')}</published>",
        f"    <updated>{updated.isoformat(timespec='seconds')}</updated>",
        f"    <author><name>{escape(offer.person or 'Werkraum-Team')}</name></author>",
        *(f"    <category term={quoteattr(category)}/>" for category in offer.categories),
        f'    <content type="html">{escape(chr(10).join(parts))}</content>',
        "  </entry>",
    ]


@writer("atom")
def write_atom(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> bytes:
    """A static-site generator's blog feed: tag: ids, escaped HTML content, dates only in the text."""
    options = provider.options
    entries = sorted(offers, key=lambda offer: offer.published or ctx.generated, reverse=True)
    updated = {offer.uid: max(offer.published or ctx.generated, _modified(offer, ctx)) for offer in entries}
    generator, version = options["generator"]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<!-- {SAMPLE_NOTE} -->",
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de" xml:base="{BASE_URL}/{options["link"]}">',
        f"  <title>{escape(provider.title)}</title>",
        f"  <subtitle>{escape(options['subtitle'])}</subtitle>",
        f'  <link href="{BASE_URL}/{provider.path}" rel="self" type="application/atom+xml"/>',
        f'  <link href="{BASE_URL}/{options["link"]}" rel="alternate" type="text/html"/>',
        f"  <id>{escape(options['feed_id'])}</id>",
        f"  <updated>{max(updated.values()).isoformat(timespec='seconds')}</updated>",
        f'  <generator version="{escape(version)}">{escape(generator)}</generator>',
        f"  <rights>Texte: CC BY 4.0, {escape(provider.name)} (Beispieldaten)</rights>",
    ]
    for offer in entries:
        lines += _atom_entry(offer, ctx, updated[offer.uid])
    lines += ["</feed>", ""]
    return ctx.fill("\n".join(lines)).encode()
