"""The spider for every single-document format: one URL, one parser from ``harvester.formats.registry``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from harvester.formats.openqcat import is_full_catalogue
from harvester.formats.registry import parser_for
from schemas.vocab import Format
from spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    """Reads one document (RSS, Atom, iCalendar, ...) and parses it with the format's pure parser."""

    name = "feed"

    def parse_document(self, response: Response) -> Iterator[dict[str, Any]]:
        parser = parser_for(str(self.source.format))
        if self.source.format == Format.openqcat:
            # an UPDATE_CATALOG lists changes only: what it does not mention stays as it is
            self.full = is_full_catalogue(response.body)
        yield from parser(response.body, **self.parser_kwargs(response))
