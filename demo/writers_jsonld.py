"""A municipal CMS's pages with schema.org JSON-LD: a listing and one detail page per offer (SAMPLE DATA).

Imitates the family centre's pages on a town website: every page has ``<base href>`` set to the site root
(links are written relative to it), a visible sample-data note and breadcrumbs. The listing page at
``provider.path`` links each offer with ``<a class="angebot-link">`` (two groups of one course link the
same page) and carries no event markup. A detail page has one JSON-LD ``@graph`` with the ``WebPage``,
the family centre as ``Organization`` (referenced by ``@id``) and the offer: an ``Event`` or
``EducationEvent``, or a ``Course`` with one ``CourseInstance`` per group and a weekly ``courseSchedule``
(``exceptDate`` for the Christmas break); ``Offer`` prices as strings with a decimal point, capacity,
``PeopleAudience`` with ages, ``VirtualLocation`` for the online evening, ``EventCancelled``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from demo import german
from demo.catalogue import BASE_URL, SAMPLE_NOTE, DemoOffer, DemoProvider, Place, session_starts
from demo.writers import WriteContext, writer

SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _place(place: Place, online_url: str) -> dict[str, Any]:
    if online_url:
        return {"@type": "VirtualLocation", "url": online_url}
    node: dict[str, Any] = {"@type": "Place", "name": ", ".join(part for part in (place.name, place.room) if part)}
    node["address"] = {
        "@type": "PostalAddress",
        "streetAddress": place.street,
        "postalCode": place.postcode,
        "addressLocality": place.city,
        "addressCountry": "DE",
    }
    if place.lat is not None:
        node["geo"] = {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}
    return node


def _offers(offer: DemoOffer, options: Mapping[str, Any]) -> list[dict[str, Any]]:
    labels = offer.extra.get("price_labels", ("Teilnahmegebühr", "ermäßigt"))
    amounts = [amount for amount in (offer.price_eur, offer.reduced_eur) if amount is not None]
    full = offer.capacity is not None and offer.booked is not None and offer.booked >= offer.capacity
    nodes = []
    for label, amount in zip(labels, amounts, strict=False):
        nodes.append(
            {
                "@type": "Offer",
                "name": label,
                "price": f"{amount:.2f}",
                "priceCurrency": "EUR",
                "availability": f"https://schema.org/{'SoldOut' if full else 'InStock'}",
                "url": f"{BASE_URL}/{options['registration']}?angebot={offer.extra['page']}",
            }
        )
    return nodes


def _schedule(offer: DemoOffer) -> dict[str, Any]:
    """A weekly ``Schedule``: first and last day, weekday, times, the skipped weeks as ``exceptDate``."""
    starts: list[datetime] = session_starts(offer)  # type: ignore[assignment]
    assert isinstance(offer.start, datetime) and isinstance(offer.end, datetime)
    schedule: dict[str, Any] = {
        "@type": "Schedule",
        "repeatFrequency": "P1W",
        "byDay": f"https://schema.org/{SCHEMA_DAYS[offer.start.weekday()]}",
        "startDate": f"{starts[0]:%Y-%m-%d}",
        "endDate": f"{starts[-1]:%Y-%m-%d}",
        "startTime": f"{offer.start:%H:%M}",
        "endTime": f"{offer.end:%H:%M}",
        "scheduleTimezone": "Europe/Berlin",
    }
    if offer.exdates:
        schedule["exceptDate"] = [f"{moment:%Y-%m-%d}" for moment in offer.exdates]
    return schedule


def _dated(offer: DemoOffer, node: dict[str, Any], options: Mapping[str, Any]) -> dict[str, Any]:
    """The properties of one dated offer: an event, or one instance of a course."""
    assert isinstance(offer.start, datetime) and isinstance(offer.end, datetime)
    starts: list[datetime] = session_starts(offer)  # type: ignore[assignment]
    last_end = datetime.combine(starts[-1].date(), offer.end.timetz())
    node |= {"startDate": offer.start.isoformat(), "endDate": last_end.isoformat()}
    if offer.recurrence:
        key = "courseSchedule" if node["@type"] == "CourseInstance" else "eventSchedule"
        node[key] = _schedule(offer)
    status = {"cancelled": "EventCancelled", "postponed": "EventPostponed"}.get(offer.status, "EventScheduled")
    node["eventStatus"] = f"https://schema.org/{status}"
    mode = "Online" if offer.online_url else "Offline"
    node["eventAttendanceMode"] = f"https://schema.org/{mode}EventAttendanceMode"
    if offer.place:
        node["location"] = _place(offer.place, offer.online_url)
    if offer.person:
        node["instructor" if node["@type"] == "CourseInstance" else "performer"] = {
            "@type": "Person",
            "name": offer.person,
        }
    if offer.capacity is not None:
        node["maximumAttendeeCapacity"] = offer.capacity
        if offer.booked is not None:
            node["remainingAttendeeCapacity"] = max(offer.capacity - offer.booked, 0)
    if offers := _offers(offer, options):
        node["offers"] = offers
    if offer.price_eur == 0:
        node["isAccessibleForFree"] = True
    return node


def _audience(offer: DemoOffer) -> dict[str, Any]:
    audience: dict[str, Any] = {"@type": "PeopleAudience", "audienceType": offer.audience}
    low, high = offer.extra.get("ages", (None, None))
    if low is not None:
        audience["suggestedMinAge"] = low
    if high is not None:
        audience["suggestedMaxAge"] = high
    return audience


def _graph(group: list[DemoOffer], provider: DemoProvider) -> list[dict[str, Any]]:
    options = provider.options
    first = group[0]
    page_url = first.url
    org_id = f"{BASE_URL}/{provider.folder}/#organisation"
    name, street, postcode, phone, email = options["organisation"]
    nodes: list[dict[str, Any]] = [
        {
            "@type": "WebPage",
            "@id": f"{page_url}#webpage",
            "url": page_url,
            "name": f"{first.extra.get('course_name', first.title)} – {name}",
            "inLanguage": "de-DE",
            "isPartOf": {"@id": f"{BASE_URL}/#website"},
            "mainEntity": {"@id": f"{page_url}#angebot"},
        },
        {
            "@type": "Organization",
            "@id": org_id,
            "name": name,
            "url": f"{BASE_URL}/{provider.folder}/",
            "telephone": phone,
            "email": email,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": street,
                "postalCode": postcode,
                "addressLocality": "Wiesenbrück",
            },
            "parentOrganization": {"@type": "GovernmentOrganization", "name": "Stadt Wiesenbrück"},
        },
    ]
    common = {
        "description": " ".join(first.text),
        "url": page_url,
        "organizer": {"@id": org_id},
        "inLanguage": "de",
        "audience": _audience(first),
    }
    if first.extra["schema"] != "Course":
        event = {"@type": first.extra["schema"], "@id": f"{page_url}#angebot", "name": first.title, **common}
        return [*nodes, _dated(first, event, options)]
    course: dict[str, Any] = {
        "@type": "Course",
        "@id": f"{page_url}#angebot",
        "name": first.extra.get("course_name", first.title),
        **common,
        "provider": {"@id": org_id},
        "hasCourseInstance": [],
    }
    del course["organizer"]
    for offer in group:
        instance: dict[str, Any] = {"@type": "CourseInstance", "@id": f"{page_url}#{offer.extra['group']}"}
        if len(group) > 1:
            instance["name"] = offer.title
        instance["courseMode"] = "online" if offer.online_url else "onsite"
        course["hasCourseInstance"].append(_dated(offer, instance, options))
    return [*nodes, course]


def _when(offer: DemoOffer) -> str:
    assert isinstance(offer.start, datetime) and isinstance(offer.end, datetime)
    starts = session_starts(offer)
    if len(starts) == 1:
        return german.shape_short(offer.start, offer.end)
    weekday = german.WEEKDAY_ADVERBS[offer.start.weekday()]
    return f"{len(starts)} Treffen, {weekday} {german.span(offer.start, offer.end)}, ab {offer.start:%d.%m.%Y}"


def _page(title: str, body: str, canonical: str, jsonld: str = "") -> str:
    script = f'<script type="application/ld+json">\n{jsonld}\n</script>\n' if jsonld else ""
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} – Familienzentrum Regenbogen – Stadt Wiesenbrück (Beispieldaten)</title>
<base href="{BASE_URL}/">
<link rel="canonical" href="{canonical}">
<meta name="robots" content="noindex">
{script}</head>
<body>
<!-- {SAMPLE_NOTE} -->
<p class="hinweis"><strong>{SAMPLE_NOTE}</strong></p>
<nav class="breadcrumb"><a href="./">Stadt Wiesenbrück</a> › <a href="familienzentrum/">Familienzentrum Regenbogen</a>
  › <a href="familienzentrum/angebote/">Angebote</a></nav>
<main id="content">
{body}
</main>
</body>
</html>
"""


def _detail(group: list[DemoOffer], provider: DemoProvider, ctx: WriteContext) -> str:
    first = group[0]
    heading = first.extra.get("course_name", first.title)
    parts = [f"<h1>{html.escape(heading)}</h1>"]
    if first.status == "cancelled":
        parts.append('<p class="abgesagt"><strong>Abgesagt</strong></p>')
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in first.text]
    for offer in group:
        rows = [
            ("Termine", _when(offer)),
            ("Ort", "online" if offer.online_url else offer.place.line if offer.place else ""),
            ("Leitung", offer.person),
            ("Kosten", offer.price),
            ("Für", offer.audience),
        ]
        cells = "\n".join(f"  <dt>{label}</dt><dd>{html.escape(value)}</dd>" for label, value in rows if value)
        caption = f"<h2>{html.escape(offer.title)}</h2>\n" if len(group) > 1 else ""
        parts.append(f'{caption}<dl class="angebot-daten">\n{cells}\n</dl>')
    parts.append('<p><a href="familienzentrum/angebote/">Zurück zur Übersicht</a></p>')
    graph = {"@context": "https://schema.org", "@graph": _graph(group, provider)}
    jsonld = json.dumps(graph, ensure_ascii=False, indent=2)
    return ctx.fill(_page(heading, "\n".join(parts), first.url, jsonld))


def _listing(offers: list[DemoOffer], provider: DemoProvider, ctx: WriteContext) -> str:
    items = []
    for offer in offers:
        href = offer.path  # relative to <base href>, the site root
        state = " – <strong>abgesagt</strong>" if offer.status == "cancelled" else ""
        items.append(
            f'  <li class="angebot"><a class="angebot-link" href="{href}">{html.escape(offer.title)}</a>'
            f'<br><span class="termin">{html.escape(_when(offer))}</span>{state}</li>'
        )
    body = (
        "<h1>Angebote des Familienzentrums</h1>\n<p>Kurse, Treffpunkte und Beratung für Familien mit kleinen "
        'Kindern. Anmeldung im Büro oder über das <a href="familienzentrum/anmeldung/">Anmeldeformular</a>.</p>\n'
        f'<ul class="angebotsliste">\n{chr(10).join(items)}\n</ul>'
    )
    return ctx.fill(_page("Angebote", body, f"{BASE_URL}/{provider.path}"))


@writer("jsonld")
def write_jsonld(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> dict[str, bytes]:
    """The listing page at ``provider.path`` (a folder: its index.html) and one detail page per page slug."""
    pages: dict[str, list[DemoOffer]] = {}
    for offer in offers:
        pages.setdefault(offer.path, []).append(offer)
    files = {f"{provider.path}index.html": _listing(offers, provider, ctx).encode()}
    for path, group in pages.items():
        files[f"{path}index.html"] = _detail(group, provider, ctx).encode()
    return files
