"""Which parser reads which format (a new format is a new module and one line here)."""

from __future__ import annotations

from harvester.formats import Parser
from harvester.formats.feed import parse_feed
from harvester.formats.ical import parse_ical

PARSERS: dict[str, Parser] = {
    "rss": parse_feed,
    "atom": parse_feed,
    "ical": parse_ical,
}


def parser_for(format_name: str) -> Parser:
    try:
        return PARSERS[format_name]
    except KeyError:
        raise ValueError(f"no parser for format {format_name!r} (known: {', '.join(sorted(PARSERS))})") from None
