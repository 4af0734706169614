"""Pages with schema.org events (JSON-LD or microdata): one page, a listing of detail pages, or a sitemap.

Options (``sources.yml``):
- none: ``url`` is one page (e.g. an event calendar that embeds every event), read like any feed;
- ``follow``: a CSS selector of the links to detail pages on the listing page at ``url`` (e.g.
  ``"a.event-link::attr(href)"``); ``next_page``: a CSS selector of the listing's next-page link;
- ``sitemap: true``: ``url`` is a sitemap.xml (or a sitemap index); its ``<loc>`` URLs that match the
  regular expression ``sitemap_pattern`` are read as detail pages.

A listing or sitemap that cannot be read fails the harvest. A detail page that cannot be read costs
that page only: a warning, and the harvest is not full (an incomplete harvest must not withdraw the
offers of the pages it missed). A listing whose selector finds no link is not full either (a site
redesign must not withdraw a whole programme).
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterator
from typing import Any

import scrapy
from cssselect import SelectorError
from scrapy.exceptions import NotSupported
from scrapy.http import Response
from twisted.python.failure import Failure

from harvester import formats
from harvester.formats.jsonld import parse_jsonld
from harvester.formats.safe import local_name, parse_xml
from spiders.base import SourceSpider, describe_failure

#: At most this many listing pages (``next_page``) are read per harvest.
MAX_LISTING_PAGES = 100
#: At most this many detail pages are read per harvest.
MAX_DETAIL_PAGES = 5_000
#: At most this many sitemaps of a sitemap index are read.
MAX_SITEMAPS = 50
#: A gzipped sitemap may unpack to at most this many bytes (the sitemap protocol allows 50 MB).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


class JsonLdSpider(SourceSpider):
    """Reads schema.org events from a page, from the detail pages a listing links to, or from a sitemap."""

    name = "jsonld"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        options = self.source.options
        self.follow: str | None = options.get("follow") or None
        self.next_page: str | None = options.get("next_page") or None
        self.sitemap = bool(options.get("sitemap"))
        self.warnings: list[str] = []
        self.option_error: str | None = None
        try:
            self.sitemap_pattern = re.compile(options["sitemap_pattern"]) if options.get("sitemap_pattern") else None
        except (re.error, TypeError) as exc:
            self.sitemap_pattern = None
            self.option_error = f"options.sitemap_pattern is not a regular expression ({exc})"
        self.capped = False
        self.listing_pages = 0
        self.sitemaps = 0
        self.detail_urls: set[str] = set()

    @property
    def crawls(self) -> bool:
        return bool(self.follow or self.sitemap)

    def start_requests(self) -> Iterator[scrapy.Request]:
        if self.option_error:
            self.fail(self.option_error)
            return
        if not self.crawls:
            yield from super().start_requests()
            return
        # No conditional GET: an unchanged listing says nothing about its detail pages.
        callback = self.parse_sitemap if self.sitemap else self.parse_listing
        yield scrapy.Request(self.source.url, callback=callback, errback=self.failed, dont_filter=True)

    def parse_document(self, response: Response) -> Iterator[Any]:
        yield from parse_jsonld(response.body, **self.parser_kwargs(response))

    # -- listing pages ---------------------------------------------------------------------------
    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        self.listing_pages += 1
        self.state = {"read_on": self.today}
        try:
            links = response.css(self.follow or "").getall()
        except (ValueError, NotSupported, SelectorError) as exc:  # not HTML, or a broken selector
            self.fail(f"{response.url}: cannot read the listing page with selector {self.follow!r} ({exc})")
            return
        if not links and self.listing_pages == 1:
            self.incomplete(f"{response.url}: the selector {self.follow!r} found no detail page links")
        for link in links:
            yield from self.detail_request(response.urljoin(link.strip()))
        if self.next_page:
            try:
                next_link = response.css(self.next_page).get()
            except (ValueError, NotSupported, SelectorError) as exc:
                self.fail(f"{response.url}: cannot use the next_page selector {self.next_page!r} ({exc})")
                return
            if next_link and self.listing_pages < MAX_LISTING_PAGES:
                yield scrapy.Request(
                    response.urljoin(next_link.strip()), callback=self.parse_listing, errback=self.failed
                )
            elif next_link:
                self.incomplete(f"stopped after {MAX_LISTING_PAGES} listing pages")

    # -- sitemaps --------------------------------------------------------------------------------
    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        self.sitemaps += 1
        self.state = {"read_on": self.today}
        try:
            root = parse_xml(_unpacked(response.body))
        except formats.FormatError as exc:
            self.fail(f"{response.url}: the sitemap could not be read: {exc}")
            return
        locations = [
            (loc.text or "").strip()
            for entry in root
            for loc in entry
            if local_name(loc) == "loc" and (loc.text or "").strip()
        ]
        if local_name(root) == "sitemapindex":
            for number, url in enumerate(locations, 1):
                if number > MAX_SITEMAPS:
                    self.incomplete(f"read only the first {MAX_SITEMAPS} sitemaps of the index")
                    break
                yield scrapy.Request(response.urljoin(url), callback=self.parse_sitemap, errback=self.failed)
            return
        matching = [url for url in locations if self.sitemap_pattern is None or self.sitemap_pattern.search(url)]
        if not matching and self.sitemaps == 1:
            self.incomplete(
                f"{response.url}: no <loc> in the sitemap matches {self.sitemap_pattern.pattern!r}"
                if self.sitemap_pattern
                else f"{response.url}: the sitemap lists no page"
            )
        for url in matching:
            yield from self.detail_request(response.urljoin(url))

    # -- detail pages ----------------------------------------------------------------------------
    def detail_request(self, url: str) -> Iterator[scrapy.Request]:
        if url in self.detail_urls or not url.startswith(("http://", "https://")):
            return
        if len(self.detail_urls) >= MAX_DETAIL_PAGES:
            if not self.capped:
                self.capped = True
                self.incomplete(f"read only the first {MAX_DETAIL_PAGES} detail pages")
            return
        self.detail_urls.add(url)
        yield scrapy.Request(url, callback=self.parse_detail, errback=self.detail_failed)

    def parse_detail(self, response: Response) -> Iterator[dict[str, Any]]:
        try:
            records = list(parse_jsonld(response.body, **self.parser_kwargs(response)))
        except formats.FormatError as exc:
            self.incomplete(f"{response.url} could not be read: {exc}")
            return
        if not records:
            self.logger.info(f"{response.url}: no event on this page")
        if len(records) == 1:  # a detail page is the event's own page
            records[0].setdefault("url", response.url)
            records[0].setdefault("source_ref", response.url)
        for record in records:
            self.records += 1
            yield {"_source_id": self.source.id, "_url": response.url, "record": record}

    def detail_failed(self, failure: Failure) -> None:
        url = failure.request.url if hasattr(failure, "request") else "a detail page"
        self.incomplete(f"{url}: {describe_failure(failure)}")

    def incomplete(self, warning: str) -> None:
        """Note a gap: the harvest goes on, but it is not full (nothing it missed is withdrawn)."""
        self.full = False
        self.warnings.append(warning)
        self.logger.warning(f"source {self.source.id}: {warning}; vanished offers are not withdrawn this time")


def _unpacked(body: bytes) -> bytes:
    """A sitemap's bytes, gunzipped (at most MAX_SITEMAP_BYTES) when it is a .xml.gz file."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as packed:
            data = packed.read(MAX_SITEMAP_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise formats.FormatError(f"a broken gzip file ({exc})") from None
    if len(data) > MAX_SITEMAP_BYTES:
        raise formats.FormatError(f"the sitemap unpacks to more than {MAX_SITEMAP_BYTES // 1_000_000} MB")
    return data
