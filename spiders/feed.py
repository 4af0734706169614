"""The spider for every single-document format: one URL, one parser from ``harvester.formats.registry``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from harvester.formats.registry import parser_for
from spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    """Reads one document (RSS, Atom, iCalendar, ...) and parses it with the format's pure parser."""

    name = "feed"

    def parse_document(self, response: Response) -> Iterator[dict[str, Any]]:
        parser = parser_for(str(self.source.format))
        yield from parser(response.body, **self.parser_kwargs(response))
