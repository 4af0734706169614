"""The base spider: one source in, raw records with provenance out, and how the harvest went."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any, ClassVar

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from harvester import formats
from harvester.fetch import conditional_headers
from schemas.source import Source


class SourceSpider(scrapy.Spider):
    """Fetch a source's URL and hand each raw record to the pipeline.

    Subclasses implement ``parse_document`` (pure parsing is in ``harvester.formats``).
    The spider records whether the harvest succeeded; a failed harvest changes nothing in the store.
    """

    name = "source"
    handle_httpstatus_list: ClassVar[list[int]] = [304]

    def __init__(self, source: Source, now: datetime, state: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(name=source.id, **kwargs)
        self.source = source
        self.now = now
        self.previous_state = state or {}
        self.error: str | None = None
        self.not_modified = False
        self.full = True
        self.state: dict[str, Any] | None = None
        self.deleted_refs: list[str] = []
        self.records = 0

    @property
    def today(self) -> str:
        return self.now.astimezone(self.source.zone).date().isoformat()

    def start_requests(self) -> Iterator[scrapy.Request]:
        headers = conditional_headers(self.previous_state, today=self.today)
        yield scrapy.Request(
            self.source.url, headers=headers, callback=self.parse, errback=self.failed, dont_filter=True
        )

    async def start(self):  # Scrapy >= 2.13
        for request in self.start_requests():
            yield request

    def parse(self, response: Response, **kwargs: Any) -> Iterator[dict[str, Any]]:
        if response.status == 304:
            self.not_modified = True
            self.state = self.previous_state
            return
        body = response.body
        digest = hashlib.sha256(body).hexdigest()
        self.state = {
            "etag": response.headers.get(b"ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get(b"Last-Modified", b"").decode("latin-1") or None,
            "read_on": self.today,
            "sha256": digest,
        }
        previous = self.previous_state
        if previous.get("sha256") == digest and previous.get("read_on") == self.today:
            self.not_modified = True
            return
        try:
            yield from self.records_of(response)
        except formats.FormatError as exc:
            self.fail(f"{response.url} could not be read: {exc}")

    def records_of(self, response: Response) -> Iterator[dict[str, Any]]:
        for record in self.parse_document(response):
            self.records += 1
            yield {"_source_id": self.source.id, "_url": response.url, "record": record}

    def parse_document(self, response: Response) -> Iterator[dict[str, Any]]:
        raise NotImplementedError

    def parser_kwargs(self, response: Response) -> dict[str, Any]:
        return formats.parse_kwargs(
            base_url=response.url, timezone=self.source.zone, now=self.now, options=self.source.options
        )

    def failed(self, failure: Failure) -> None:
        self.fail(
            f"{failure.request.url if hasattr(failure, 'request') else self.source.url}: {describe_failure(failure)}"
        )

    def fail(self, message: str) -> None:
        if self.error is None:
            self.error = message
        self.logger.error(message)


def describe_failure(failure: Failure) -> str:
    """One sentence for the operator: what went wrong with the request."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError

    exc = failure.value
    if isinstance(exc, HttpError):
        return f"the server answered HTTP {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        return f"not fetched ({exc or 'forbidden by robots.txt'})"
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    if "ConnectionRefused" in name:
        return "connection refused (is the site down?)"
    if "Timeout" in name or "TimedOut" in name:
        return "timed out"
    if "DNSLookup" in name:
        return "host name not found"
    if "maxsize" in text.lower() or "Cancelled" in name:
        return f"response too large or cancelled ({text or name})"
    return f"{name}: {text}" if text else name
