"""The one fetch path: Scrapy settings every harvest uses (DESIGN.md: "One fetch path")."""

from __future__ import annotations

from typing import Any

from harvester import settings


def scrapy_settings(*, log_level: str = "ERROR") -> dict[str, Any]:
    """Polite, bounded crawling: robots.txt, AutoThrottle, retries, timeouts, a named User-Agent."""
    return {
        "BOT_NAME": "lernfeed",
        "USER_AGENT": settings.USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": 0.5,
        "AUTOTHROTTLE_MAX_DELAY": 30,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_TIMEOUT": 60,
        "DOWNLOAD_MAXSIZE": settings.MAX_RESPONSE_BYTES,
        "DOWNLOAD_WARNSIZE": settings.MAX_RESPONSE_BYTES // 4,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": log_level,
        "LOG_ENABLED": log_level != "NONE",
        "LOG_INSTALL_ROOT_HANDLER": False,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "ITEM_PIPELINES": {"spiders.pipelines.NormalizePipeline": 100},
        "SPIDER_MODULES": ["spiders"],
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    }


def conditional_headers(state: dict[str, Any] | None, *, today: str) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the last good read, so an unchanged feed costs one 304.

    Validators are sent only when the last full read was today: once a day every feed is read
    in full, so recurring events keep rolling forward even where a server's validators lie.
    """
    if not state or state.get("read_on") != today:
        return {}
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    return headers
