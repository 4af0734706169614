"""Run a harvest: crawl the sources with Scrapy (in-process), normalise, apply to the store.

Twisted's reactor runs once per process: a long-running scheduler starts each harvest in a
fresh process (``lernfeed schedule``), which also keeps one bad run from affecting the next.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from harvester.fetch import scrapy_settings
from harvester.store import HarvestResult, RunSummary, Store
from schemas.source import Source
from schemas.vocab import Format
from spiders.base import SourceSpider
from spiders.feed import FeedSpider
from spiders.jsonld import JsonLdSpider
from spiders.registry import UnknownSpider, site_spider
from spiders.rpde import RpdeSpider
from spiders.tribe import TribeSpider

#: Formats read page by page or page to page; every other format is one document (FeedSpider).
SPIDERS_BY_FORMAT: dict[str, type[SourceSpider]] = {
    "tribe": TribeSpider,
    "jsonld": JsonLdSpider,
    "rpde": RpdeSpider,
}


def spider_for(source: Source) -> type[SourceSpider]:
    if source.format == Format.spider:
        return site_spider(source.spider or "")
    return SPIDERS_BY_FORMAT.get(str(source.format), FeedSpider)


def run_harvest(
    sources: list[Source],
    store: Store,
    *,
    now: datetime | None = None,
    on_done: Callable[[RunSummary], None] | None = None,
    log_level: str = "ERROR",
    accept_withdrawals: bool = False,
) -> list[RunSummary]:
    """Harvest the sources concurrently and apply each to the store as soon as its crawl ends."""
    now = now or datetime.now(UTC)
    store.sync_sources(sources)
    summaries: list[RunSummary] = []
    process = CrawlerProcess(scrapy_settings(log_level=log_level))

    def closed(spider: SourceSpider, reason: str) -> None:
        result = result_of(spider, reason, now)
        result.accept_withdrawals = accept_withdrawals
        summary = store.apply(result, now=datetime.now(UTC))
        summaries.append(summary)
        if on_done:
            on_done(summary)

    def crashed(failure: Any, response: Any = None, spider: SourceSpider | None = None, **kwargs: Any) -> None:
        # A bug in a parser or pipeline must fail the harvest (never "ok with 0 offers", which would withdraw).
        if spider is not None:
            spider.fail(
                f"internal error while reading {getattr(response, 'url', spider.source.url)}: "
                f"{type(failure.value).__name__}: {str(failure.value)[:200]} (please report this)"
            )

    for source in sources:
        try:
            spider_class = spider_for(source)
        except UnknownSpider as exc:
            failed = HarvestResult(source=source, started_at=now, ok=False, error=f"source {source.id}: {exc}")
            summaries.append(store.apply(failed, now=now))
            if on_done:
                on_done(summaries[-1])
            continue
        crawler = process.create_crawler(spider_class)
        crawler.signals.connect(closed, signal=signals.spider_closed)
        crawler.signals.connect(crashed, signal=signals.spider_error)
        crawler.signals.connect(crashed, signal=signals.item_error)
        process.crawl(crawler, source=source, now=now, state=store.source_state(source.id))
    process.start()
    return summaries


def result_of(spider: SourceSpider, reason: str, now: datetime) -> HarvestResult:
    error = spider.error
    if error is None and reason != "finished":
        error = f"crawl ended early ({reason})"
    ok = error is None
    if ok and spider.state is None and not spider.not_modified:
        ok, error = False, "no response was received"
    return HarvestResult(
        source=spider.source,
        started_at=now,
        ok=ok,
        error=f"source {spider.source.id}: {error}; kept the offers of the last good harvest" if error else None,
        full=spider.full,
        not_modified=spider.not_modified,
        fetched=spider.records,
        offers=getattr(spider, "offers", []),
        rejects=getattr(spider, "rejects", []),
        deleted_refs=spider.deleted_refs,
        state=spider.state,
    )
