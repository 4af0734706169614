"""The Events Calendar (WordPress) REST API as a static site: ``/wp-json/tribe/events/v1/events`` (SAMPLE DATA).

Writes the pages of ``GET …/events?per_page=N&start_date=…`` the way the plugin answers them: one event
object per post with the plugin's field set and order, ``*_details`` objects, venue and organizer
objects, term objects with ``urls``, ``rest_url``/``next_rest_url``/``total``/``total_pages``, and
``wp_json_encode``'s escapes (``\\/`` and ``\\u00fc``). Titles and names pass through ``wptexturize``
and ``esc_html`` (``&#8211;``, ``&amp;``). ``next_rest_url`` is built like the plugin builds it, from the
archive's base URL with a trailing slash and the request's arguments unencoded (``start_date=2000-01-01
00:00:00``). Each page is written as the query file the sample server answers that URL from
(``harvester.sites.query_file``), as a client sends it (spaces as ``%20``).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import quote

from demo.catalogue import BASE_URL, BERLIN, SAMPLE_NOTE, DemoOffer, DemoProvider
from demo.writers import WriteContext, _modified, writer

#: Characters a client leaves unencoded in a query (what scrapy, curl and browsers send for our URLs).
QUERY_SAFE = "=&:/,-_.~"


def query_file_name(name: str, query: str) -> str:
    """The file the sample server answers ``name?query`` from (see ``harvester.sites.query_file``)."""
    sent = quote(query, safe=QUERY_SAFE)
    return f"{name}__{quote(sent, safe='')}"


def _wp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _details(moment: datetime) -> dict[str, str]:
    return {
        "year": f"{moment:%Y}",
        "month": f"{moment:%m}",
        "day": f"{moment:%d}",
        "hour": f"{moment:%H}",
        "minutes": f"{moment:%M}",
        "seconds": f"{moment:%S}",
    }


def _texturize(text: str) -> str:
    """What ``wptexturize`` and ``esc_html`` make of a title: en dashes as ``&#8211;``, ``&`` as ``&amp;``."""
    return text.replace("&", "&amp;").replace("–", "&#8211;")


def _post_dates(stamp: datetime) -> dict[str, str]:
    return {"date": _wp(stamp.astimezone(BERLIN)), "date_utc": _wp(stamp.astimezone(UTC))}


def _span(offer: DemoOffer) -> tuple[datetime, datetime]:
    """Local start and end; an all-day event runs from 00:00:00 to 23:59:59 of its last day."""
    if isinstance(offer.start, datetime) and isinstance(offer.end, datetime):
        return offer.start, offer.end
    first = offer.start if isinstance(offer.start, date) else offer.start.date()
    last = offer.end if isinstance(offer.end, date) and not isinstance(offer.end, datetime) else first
    return datetime.combine(first, time(0, 0), BERLIN), datetime.combine(last, time(23, 59, 59), BERLIN)


class _Site:
    """Post ids and URLs of the WordPress site; venues and organizers are posts too."""

    def __init__(self, provider: DemoProvider, ctx: WriteContext) -> None:
        self.options = provider.options
        self.home = f"{BASE_URL}/{self.options['site']}"
        self.host = f"{ctx.base_url.split('://', 1)[-1]}/{self.options['site']}"
        self.api = f"{BASE_URL}/{provider.path}"
        self.venues: dict[str, int] = {}

    def global_id(self, post_id: int) -> dict[str, Any]:
        gid = f"{self.host}?id={post_id}"
        return {"global_id": gid, "global_id_lineage": [gid]}

    def venue(self, offer: DemoOffer, created: datetime) -> dict[str, Any]:
        place = offer.place
        assert place is not None
        post_id = self.venues.setdefault(place.name, 300 + 7 * len(self.venues))
        venue: dict[str, Any] = {"id": post_id, "author": "2", "status": "publish", **_post_dates(created)}
        venue |= {"modified": _wp(created.astimezone(BERLIN)), "modified_utc": _wp(created.astimezone(UTC))}
        venue |= {"url": f"{self.home}/veranstaltungsort/{post_id}/", "venue": _texturize(place.name)}
        if place.street:
            venue |= {"address": place.street, "city": place.city, "country": "Deutschland", "zip": place.postcode}
        venue |= {"show_map": bool(place.street), "show_map_link": bool(place.street)}
        if place.lat is not None:
            venue |= {"geo_lat": f"{place.lat:.5f}", "geo_lng": f"{place.lon:.5f}"}
        return venue | self.global_id(post_id)

    def organizer(self, created: datetime) -> dict[str, Any]:
        name, phone, email = self.options["organizer"]
        post_id = 118
        return {
            "id": post_id,
            "author": "2",
            "status": "publish",
            **_post_dates(created),
            "modified": _wp(created.astimezone(BERLIN)),
            "modified_utc": _wp(created.astimezone(UTC)),
            "url": f"{self.home}/veranstalter/{post_id}/",
            "organizer": _texturize(name),
            "description": f"<p>{SAMPLE_NOTE}</p>\n",
            "slug": f"veranstalter-{post_id}",
            "phone": phone,
            "website": f"{self.home}/",
            "email": "".join(f"&#{ord(char)};" for char in email),  # antispambot()
            **self.global_id(post_id),
        }

    def term(self, name: str, taxonomy: str, term_id: int) -> dict[str, Any]:
        kind = "categories" if taxonomy == "tribe_events_cat" else "tags"
        return {
            "name": _texturize(name),
            "slug": name.lower().replace("ü", "ue").replace("ä", "ae").replace("ö", "oe").replace(" ", "-"),
            "term_group": 0,
            "term_taxonomy_id": term_id,
            "taxonomy": taxonomy,
            "description": "",
            "parent": 0,
            "count": 3 + term_id % 11,
            "filter": "raw",
            "id": term_id,
            "urls": {
                "self": f"{self.api.rsplit('/', 1)[0]}/{kind}/{term_id}",
                "collection": f"{self.api.rsplit('/', 1)[0]}/{kind}",
            },
        }


def _event(offer: DemoOffer, site: _Site, ctx: WriteContext, terms: dict[str, int]) -> dict[str, Any]:
    post_id = int(offer.extra["post_id"])
    published = offer.published or ctx.generated - timedelta(days=30)
    modified = max(published, _modified(offer, ctx))
    start, end = _span(offer)
    utc_start, utc_end = start.astimezone(UTC), end.astimezone(UTC)
    paragraphs = "\n".join(f"<p>{_texturize(part)}</p>" for part in offer.text)
    amounts = [amount for amount in (offer.price_eur, offer.reduced_eur) if amount is not None]
    event: dict[str, Any] = {"id": post_id, **site.global_id(post_id), "author": "2", "status": "publish"}
    event |= _post_dates(published)
    event |= {"modified": _wp(modified.astimezone(BERLIN)), "modified_utc": _wp(modified.astimezone(UTC))}
    event |= {
        "url": offer.url,
        "rest_url": f"{site.api}/{post_id}",
        "title": _texturize(offer.title),
        "description": paragraphs,
        "excerpt": "",
        "slug": offer.extra["slug"],
        "image": False,
        "all_day": offer.all_day,
        "start_date": _wp(start),
        "start_date_details": _details(start),
        "end_date": _wp(end),
        "end_date_details": _details(end),
        "utc_start_date": _wp(utc_start),
        "utc_start_date_details": _details(utc_start),
        "utc_end_date": _wp(utc_end),
        "utc_end_date_details": _details(utc_end),
        "timezone": "Europe/Berlin",
        "timezone_abbr": start.strftime("%Z"),
        "cost": offer.price,
        "cost_details": {
            "currency_symbol": "€" if amounts else "",
            "currency_code": "EUR" if amounts else "",
            "currency_position": "postfix",
            "values": [f"{amount:g}" for amount in amounts],
        },
        "website": "",
        "show_map": True,
        "show_map_link": True,
        "hide_from_listings": False,
        "sticky": False,
        "featured": "featured" in offer.hints,
        "categories": [
            site.term(name, "tribe_events_cat", terms.setdefault(name, 40 + len(terms))) for name in offer.categories
        ],
        "tags": [site.term(name, "post_tag", terms.setdefault(name, 70 + len(terms))) for name in offer.extra["tags"]],
        "venue": site.venue(offer, published - timedelta(days=400)) if offer.place else [],
        "organizer": [site.organizer(published - timedelta(days=900))],
    }
    if offer.online_url:
        event |= {"is_virtual": True, "virtual_url": offer.online_url}
    return event


def wp_json(data: Any) -> bytes:
    """``wp_json_encode``: ASCII with ``\\uXXXX`` escapes and escaped slashes, on one line."""
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/").encode()


@writer("tribe")
def write_tribe(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> dict[str, bytes]:
    """Every page of the events archive, at the first URL the harvester asks for and at each ``next_rest_url``."""
    options = provider.options
    site = _Site(provider, ctx)
    per_page = int(options["per_page"])
    start_arg = options["start_date"]  # the start_date of the source URL, echoed as the plugin formats it
    end_arg = f"{ctx.today + timedelta(days=730):%Y-%m-%d} 23:59:59"
    terms: dict[str, int] = {}
    events = [_event(offer, site, ctx, terms) for offer in offers]
    pages = [events[n : n + per_page] for n in range(0, len(events), per_page)] or [[]]
    name = provider.path.rsplit("/", 1)[-1]
    folder = provider.path.rsplit("/", 1)[0]

    def page_url(number: int) -> str:
        query = f"page={number}&per_page={per_page}&start_date={start_arg} 00:00:00&end_date={end_arg}"
        return f"{site.api}/?{query}"

    files: dict[str, bytes] = {}
    for number, page in enumerate(pages, 1):
        body: dict[str, Any] = {"events": page, "rest_url": page_url(number)}
        if number < len(pages):
            body["next_rest_url"] = page_url(number + 1)
        if number > 1:
            body["previous_rest_url"] = page_url(number - 1)
        body |= {"total": len(events), "total_pages": len(pages)}
        content = wp_json(json.loads(ctx.fill(json.dumps(body))))
        if number == 1:
            files[provider.path] = content
            first_query = f"per_page={per_page}&start_date={start_arg}"  # the source URL's query (sources.yml)
            files[f"{folder}/{query_file_name(name, first_query)}"] = content
        else:
            query = page_url(number).split("?", 1)[1]
            files[f"{folder}/{query_file_name(name, query)}"] = content
    return files
