"""OpenActive RPDE: a club booking system's ``session-series`` feed as a static site (SAMPLE DATA).

Items are ``{"state", "kind", "id", "modified", "data"}`` sorted by ``(modified, id)``; ``modified`` is a Unix
timestamp, and the pages are linked by ``next`` URLs with ``afterTimestamp`` and ``afterId`` of the last item
of the page (the publisher's query: ``modified > ts OR (modified = ts AND id > id)``). The first page is the
feed's base URL; the following pages are written as the query files the sample server answers them from
(``harvester.sites.query_file``). The last page has ``items: []`` and a ``next`` equal to its own URL. A
deleted series (``provider.options["deleted"]``) appears as ``state: deleted`` without ``data``.

``data`` is Modelling Opportunity Data 2.0: a ``SessionSeries`` with ``activity`` concepts, ``ageRange``,
``organizer``, ``leader``, a ``Place`` with ``geo``, ``offers`` (members and guests) and either embedded
``ScheduledSession``s (``subEvent``, UTC times, one cancelled, capacity) or a weekly ``eventSchedule``
(``PartialSchedule`` in local time with ``scheduleTimezone``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from demo.catalogue import BASE_URL, SAMPLE_NOTE, DemoOffer, DemoProvider, session_starts
from demo.writers import WriteContext, _modified, writer

SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CONTEXT = ["https://openactive.io/", "https://openactive.io/ns-beta"]


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _place(offer: DemoOffer) -> dict[str, Any]:
    place = offer.place
    assert place is not None
    node: dict[str, Any] = {
        "@type": "Place",
        "identifier": place.name.lower().split()[0],
        "name": ", ".join(part for part in (place.name, place.room) if part),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.street,
            "addressLocality": place.city,
            "addressRegion": "Nordrhein-Westfalen",
            "postalCode": place.postcode,
            "addressCountry": "DE",
        },
    }
    if place.lat is not None:
        node["geo"] = {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}
    return node


def _series(offer: DemoOffer, options: Mapping[str, Any]) -> dict[str, Any]:
    extra = offer.extra
    assert isinstance(offer.start, datetime) and isinstance(offer.end, datetime)
    series_id = f"{BASE_URL}/{options['api']}/session-series/{offer.uid}"
    name, email, phone = options["organizer"]
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "SessionSeries",
        "@id": series_id,
        "identifier": offer.uid,
        "name": offer.title,
        "description": " ".join(offer.text),
        "url": offer.url,
        "activity": [
            {
                "@type": "Concept",
                "@id": f"{BASE_URL}/turnverein/aktivitaeten#{extra['activity'].lower().replace(' ', '-')}",
                "prefLabel": extra["activity"],
                "inScheme": f"{BASE_URL}/turnverein/aktivitaeten",
            }
        ],
        "genderRestriction": "https://openactive.io/NoRestriction",
    }
    low, high = extra["ages"]
    if low is not None or high is not None:
        data["ageRange"] = {"@type": "QuantitativeValue"}
        if low is not None:
            data["ageRange"]["minValue"] = low
        if high is not None:
            data["ageRange"]["maxValue"] = high
    if extra.get("level"):
        data["level"] = [extra["level"]]
    data["organizer"] = {
        "@type": "Organization",
        "@id": f"{BASE_URL}/{options['api']}/organisation",
        "name": name,
        "description": SAMPLE_NOTE,
        "url": f"{BASE_URL}/turnverein/",
        "email": email,
        "telephone": phone,
    }
    if offer.person:
        data["leader"] = [{"@type": "Person", "name": offer.person}]
    data["location"] = _place(offer)
    data["offers"] = [
        {"@type": "Offer", "identifier": f"preis-{n}", "name": label, "price": amount, "priceCurrency": "EUR"}
        for n, (label, amount) in enumerate(extra["prices"], 1)
    ]
    if extra["listing"] == "sessions":
        data["subEvent"] = _sessions(offer, series_id)
    else:
        starts = session_starts(offer)
        schedule: dict[str, Any] = {
            "@type": "PartialSchedule",
            "repeatFrequency": "P1W",
            "byDay": [f"https://schema.org/{SCHEMA_DAYS[offer.start.weekday()]}"],
            "startDate": f"{starts[0]:%Y-%m-%d}",
            "endDate": f"{starts[-1]:%Y-%m-%d}",
            "startTime": f"{offer.start:%H:%M}",
            "endTime": f"{offer.end:%H:%M}",
            "scheduleTimezone": "Europe/Berlin",
        }
        if offer.exdates:
            schedule["exceptDate"] = [f"{moment:%Y-%m-%d}" for moment in offer.exdates]
        data["eventSchedule"] = [schedule]
        if offer.capacity is not None:
            data["maximumAttendeeCapacity"] = offer.capacity
            data["remainingAttendeeCapacity"] = max(offer.capacity - (offer.booked or 0), 0)
    minutes = int((offer.end - offer.start).total_seconds() // 60)
    data["duration"] = f"PT{minutes // 60}H{minutes % 60}M" if minutes % 60 else f"PT{minutes // 60}H"
    return data


def _sessions(offer: DemoOffer, series_id: str) -> list[dict[str, Any]]:
    assert isinstance(offer.end, datetime)
    sessions = []
    for number, start in enumerate(session_starts(offer), 1):
        assert isinstance(start, datetime)
        end = datetime.combine(start.date(), offer.end.timetz())
        cancelled = number in offer.extra["cancelled"]
        session: dict[str, Any] = {
            "@type": "ScheduledSession",
            "@id": f"{series_id}/events/{offer.uid}-{number}",
            "identifier": f"{offer.uid}-{number}",
            "startDate": _utc(start),
            "endDate": _utc(end),
        }
        if offer.capacity is not None:
            session["maximumAttendeeCapacity"] = offer.capacity
            session["remainingAttendeeCapacity"] = offer.capacity if cancelled else offer.capacity - (offer.booked or 0)
        session["eventStatus"] = f"https://schema.org/{'EventCancelled' if cancelled else 'EventScheduled'}"
        sessions.append(session)
    return sessions


@writer("rpde")
def write_rpde(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> dict[str, bytes]:
    """The feed's pages: ``per_page`` items each, then the empty last page."""
    options = provider.options
    items: list[dict[str, Any]] = []
    for offer in offers:
        modified = max(offer.published or ctx.generated, _modified(offer, ctx))
        items.append(
            {
                "state": "updated",
                "kind": "SessionSeries",
                "id": offer.uid,
                "modified": int(modified.timestamp()),
                "data": _series(offer, options),
            }
        )
    for number, (ref, hours_ago) in enumerate(options["deleted"]):
        stamp = ctx.generated - timedelta(hours=hours_ago, minutes=7 * number)
        items.append({"state": "deleted", "kind": "SessionSeries", "id": ref, "modified": int(stamp.timestamp())})
    items.sort(key=lambda item: (item["modified"], item["id"]))
    per_page = int(options["per_page"])
    pages = [items[n : n + per_page] for n in range(0, len(items), per_page)]
    name = provider.path.rsplit("/", 1)[-1]
    folder = provider.path.rsplit("/", 1)[0]
    base = f"{BASE_URL}/{provider.path}"
    files: dict[str, bytes] = {}
    query = ""  # the first page is the base URL
    for page in [*pages, []]:
        if page:
            last = page[-1]
            next_query = f"afterTimestamp={last['modified']}&afterId={quote(str(last['id']), safe='')}"
        else:
            next_query = query  # the last page points to itself
        body = {"next": f"{base}?{next_query}", "items": page, "license": options["license"]}
        content = ctx.fill(json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode()
        path = provider.path if not query else f"{folder}/{name}__{quote(query, safe='')}"
        files[path] = content
        query = next_query
    return files
