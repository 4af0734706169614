"""OpenActive RPDE feeds: follow ``next`` from the stored position to the last page.

An RPDE feed is incremental: each harvest reads only the pages after the position stored by the
last good harvest (``state["next"]``), so the harvest is never full (``self.full = False``): offers
are withdrawn only when the feed says ``state: deleted``. Both orderings (``afterTimestamp`` +
``afterId``, ``afterChangeNumber``) work the same way here: the publisher builds ``next``, we follow it.

The crawl ends at the last page (no items, ``next`` equal to its own URL); its ``next`` becomes the
stored position. A 503 ends the harvest as failed (the publisher is busy; the stored position is kept
and the next scheduled harvest resumes from it, rather than hammering it with immediate retries); a
page whose ``next`` does not advance is an error; at most ``MAX_RPDE_PAGES_PER_HARVEST`` pages are read,
after which the position reached is stored and the next harvest goes on from there.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response
from w3lib.url import canonicalize_url

from harvester import formats
from harvester.fetch import scrapy_settings
from harvester.formats.rpde import read_page, same_url
from spiders.base import SourceSpider

#: At most this many pages are read per harvest (at 500 items a page: 1M items); the rest waits for the next one.
MAX_RPDE_PAGES_PER_HARVEST = 2_000


class RpdeSpider(SourceSpider):
    """Reads an RPDE feed from the stored position (or its first page) up to the last page."""

    name = "rpde"
    handle_httpstatus_list: ClassVar[list[int]] = [503]
    #: 503 means "busy, come back later": no immediate retries (other server errors are retried as usual).
    custom_settings: ClassVar[dict[str, Any]] = {
        "RETRY_HTTP_CODES": [code for code in scrapy_settings()["RETRY_HTTP_CODES"] if code != 503],
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.full = False
        self.pages_read = 0
        self.pages_with_items: set[str] = set()
        self.last_state_of: dict[str, str] = {}  # source_ref -> "updated" | "deleted", the latest in feed order

    def start_requests(self) -> Iterator[scrapy.Request]:
        start = self.previous_state.get("next") if isinstance(self.previous_state.get("next"), str) else None
        yield self.page_request(start or self.source.url)

    def page_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if response.status == 503:
            retry_after = response.headers.get(b"Retry-After", b"").decode("latin-1")
            asked = f", Retry-After {retry_after}" if retry_after else ""
            self.fail(
                f"{response.url}: the publisher is busy (HTTP 503{asked}); the next harvest resumes from the "
                "stored position"
            )
            return
        try:
            page, records = read_page(response.body, url=response.url, timezone=self.source.zone, now=self.now)
        except formats.FormatError as exc:
            self.fail(f"{response.url} could not be read: {exc}")
            return
        self.pages_read += 1
        if page.items_count:
            key = canonicalize_url(response.url)
            if key in self.pages_with_items or same_url(page.next_url, response.url):
                self.fail(
                    f"{response.url}: the feed's next link does not advance (this page's items would be read "
                    "again and again); the publisher's paging query is wrong"
                )
                return
            self.pages_with_items.add(key)
        for record in records:
            deleted = record.get("_deleted")
            ref = str(deleted or record.get("source_ref") or "")
            if deleted and self.last_state_of.get(ref) == "updated":
                self.forget(ref)  # updated on an earlier page, deleted since: the feed's order wins
            if ref:
                self.last_state_of[ref] = "deleted" if deleted else "updated"
            self.records += 1
            yield {"_source_id": self.source.id, "_url": response.url, "record": record}
        if page.is_last or page.next_url is None:
            if page.next_url is None:
                self.logger.warning(f"{response.url}: the page has no next link; polling this page next time")
            self.finish(page.next_url or response.url)
            return
        if self.pages_read >= MAX_RPDE_PAGES_PER_HARVEST:
            self.logger.warning(
                f"source {self.source.id}: stopped after {MAX_RPDE_PAGES_PER_HARVEST} pages; "
                "the next harvest goes on from there"
            )
            self.finish(page.next_url)
            return
        yield self.page_request(page.next_url)

    def finish(self, position: str) -> None:
        """The harvest read up to here: the next one starts at ``position``."""
        self.state = {"next": position}

    def forget(self, ref: str) -> None:
        """Drop the offer read earlier in this harvest for an item the feed has deleted since."""
        offers = getattr(self, "offers", None)  # set by the pipeline
        if offers is not None:
            offers[:] = [offer for offer in offers if offer.source_ref != ref]
