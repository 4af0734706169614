"""Fetch one URL through Scrapy (the one fetch path), for ``lernfeed check URL``."""

from __future__ import annotations

from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess

from harvester.fetch import scrapy_settings


class _OneShot(scrapy.Spider):
    name = "check"

    def __init__(self, url: str, box: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url, self.box = url, box

    async def start(self):
        yield scrapy.Request(self.url, callback=self.parse, errback=self.failed, dont_filter=True)

    def parse(self, response: Any, **kwargs: Any) -> None:
        self.box["response"] = response

    def failed(self, failure: Any) -> None:
        from spiders.base import describe_failure

        self.box["error"] = describe_failure(failure)


def fetch_url(url: str) -> tuple[bytes, str, str]:
    from harvester.check import CheckError

    box: dict[str, Any] = {}
    process = CrawlerProcess({**scrapy_settings(log_level="CRITICAL"), "ITEM_PIPELINES": {}})
    process.crawl(_OneShot, url=url, box=box)
    process.start()
    if "response" not in box:
        raise CheckError(f"{url}: {box.get('error', 'no response')}")
    response = box["response"]
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    return response.body, response.url, content_type
