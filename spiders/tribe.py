"""The Events Calendar (WordPress) REST API: page through ``/wp-json/tribe/events/v1/events``.

The API has no deletions and no "modified since": a vanished event is found only by a full harvest,
so the harvest is full only when every page was read. Paging follows ``next_rest_url`` until a page
has none. An empty page answers HTTP 404 with a JSON error body (newer versions answer 200 with an
empty list): on a follow-up page that ends the paging normally; on the first page it means the site
has no events in the window (a successful, empty harvest, which the store's mass-withdrawal guard
keeps from withdrawing everything at once). Any other answer that is not 200 fails the harvest.

Options (``sources.yml``): ``past_days`` (default 30) sets ``start_date`` when the URL has none, so
events that began up to that many days ago (courses still running) are read too; ``per_page`` is 50
unless the URL says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response

from harvester import formats
from harvester.formats.tribe import ENDPOINT_ERROR_CODES, api_error, parse_tribe, tribe_page
from spiders.base import SourceSpider

#: At most this many pages are read per harvest (50 events a page: 25,000 events); past it the harvest is not full.
MAX_TRIBE_PAGES = 500
#: Events per page asked for when the source URL does not say (the plugin's default maximum).
DEFAULT_PER_PAGE = 50
#: How many days back ``start_date`` reaches when the source URL does not set it.
DEFAULT_PAST_DAYS = 30


class TribeSpider(SourceSpider):
    """Reads every page of a site's The Events Calendar REST API."""

    name = "tribe"
    handle_httpstatus_list: ClassVar[list[int]] = [404]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_read = 0
        self.seen_urls: set[str] = set()
        self.claimed_pages: int | None = None
        self.total: int | None = None

    def first_url(self) -> str:
        """The source URL with ``per_page`` and ``start_date`` added when it has none."""
        parts = urlsplit(self.source.url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        keys = {key for key, _ in query}
        if "per_page" not in keys:
            query.append(("per_page", str(DEFAULT_PER_PAGE)))
        if "start_date" not in keys:
            days = _past_days(self.source.options.get("past_days"))
            start = self.now.astimezone(self.source.zone).date() - timedelta(days=days)
            query.append(("start_date", start.isoformat()))
        return urlunsplit(parts._replace(query=urlencode(query)))

    def start_requests(self) -> Iterator[scrapy.Request]:
        # No conditional GET: an unchanged first page says nothing about the pages after it.
        yield self.page_request(self.first_url(), 1)

    def page_request(self, url: str, number: int) -> scrapy.Request:
        self.seen_urls.add(url)
        return scrapy.Request(
            url, callback=self.parse, errback=self.failed, dont_filter=True, meta={"tribe_page": number}
        )

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        number = int(response.meta.get("tribe_page", 1))
        if response.status == 404:
            yield from self.empty_page(response, number)
            return
        if response.status != 200:
            self.fail(f"{response.url}: the server answered HTTP {response.status}")
            return
        self.pages_read += 1
        self.state = {"read_on": self.today, "pages": self.pages_read}
        try:
            yield from self.records_of(response)
        except formats.FormatError as exc:
            self.fail(f"{response.url} could not be read: {exc}")
            return
        page = tribe_page(response.body)
        if number == 1:
            self.claimed_pages, self.total = page.total_pages, page.total
            self.state["total"] = page.total
        if page.next_url is None:
            if self.claimed_pages is not None and number < self.claimed_pages:
                self.full = False
                self.logger.warning(
                    f"{response.url}: page {number} has no next page, but the API said "
                    f"{self.claimed_pages} pages; vanished events are not withdrawn this time"
                )
            return
        next_url = self.next_url(page.next_url, response.url, number)
        if next_url in self.seen_urls:
            self.full = False
            self.logger.warning(f"{response.url}: the next page {next_url} was read before; paging stopped")
            return
        if number >= MAX_TRIBE_PAGES:
            self.full = False
            self.logger.warning(
                f"source {self.source.id}: stopped after {MAX_TRIBE_PAGES} pages; "
                "vanished events are not withdrawn this time"
            )
            return
        yield self.page_request(next_url, number + 1)

    def empty_page(self, response: Response, number: int) -> Iterator[Any]:
        """A 404: the end of the paging, "no events at all" on the first page, or a wrong URL."""
        error = api_error(response.body)
        if error is not None and error[0] in ENDPOINT_ERROR_CODES:
            self.fail(
                f"{response.url}: the site has no The Events Calendar REST API here (HTTP 404, {error[0]}: "
                f"{error[1]}); is the plugin active and the URL its /wp-json/tribe/events/v1/events endpoint?"
            )
            return
        if number > 1:
            if error is None or (self.claimed_pages is not None and number <= self.claimed_pages):
                self.full = False
                self.logger.warning(
                    f"{response.url}: page {number} answered HTTP 404 before the last page the API "
                    "announced; kept what was read, vanished events are not withdrawn this time"
                )
            else:
                self.logger.info(f"{response.url}: page {number} is empty (HTTP 404); paging done")
            return
        if error is None:
            self.fail(
                f"{response.url}: the server answered HTTP 404 without The Events Calendar's JSON error; "
                "is the URL the site's /wp-json/tribe/events/v1/events endpoint?"
            )
            return
        self.state = {"read_on": self.today, "pages": 0, "total": 0}
        self.logger.info(f"{response.url}: no events ({error[0]}: {error[1]})")
        yield from ()

    def next_url(self, stated: str, current: str, number: int) -> str:
        """The stated next page on the same site, else this URL with page=number+1.

        WordPress writes ``next_rest_url`` from its configured home URL, which may differ from the host we
        read (http vs https, a www. alias); a link to another site is never followed.
        """
        stated_parts, current_parts = urlsplit(stated), urlsplit(current)
        if _host(stated_parts.hostname) == _host(current_parts.hostname):
            return urlunsplit(stated_parts._replace(scheme=current_parts.scheme, netloc=current_parts.netloc))
        self.logger.warning(f"{current}: next_rest_url {stated} points to another host; counted pages instead")
        query = [(key, value) for key, value in parse_qsl(current_parts.query, keep_blank_values=True) if key != "page"]
        query.append(("page", str(number + 1)))
        return urlunsplit(current_parts._replace(query=urlencode(query)))

    def parse_document(self, response: Response) -> Iterator[Any]:
        yield from parse_tribe(response.body, **self.parser_kwargs(response))


def _host(name: str | None) -> str:
    return (name or "").lower().removeprefix("www.")


def _past_days(value: Any) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        return DEFAULT_PAST_DAYS
    return min(max(days, 0), 3650)
