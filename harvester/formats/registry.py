"""Which parser reads which format (a new format is a new module and one line here)."""

from __future__ import annotations

from harvester.formats import Parser
from harvester.formats.feed import parse_feed
from harvester.formats.ical import parse_ical
from harvester.formats.jsonld import parse_jsonld
from harvester.formats.openqcat import parse_openqcat
from harvester.formats.openvhs import parse_openvhs
from harvester.formats.rpde import parse_rpde
from harvester.formats.template import parse_csv
from harvester.formats.template import parse_json as parse_template_json
from harvester.formats.tribe import parse_tribe

PARSERS: dict[str, Parser] = {
    "rss": parse_feed,
    "atom": parse_feed,
    "ical": parse_ical,
    "openvhs": parse_openvhs,
    "tribe": parse_tribe,
    "jsonld": parse_jsonld,
    "rpde": parse_rpde,
    "openqcat": parse_openqcat,
    "csv": parse_csv,
    "json": parse_template_json,
}


def parser_for(format_name: str) -> Parser:
    try:
        return PARSERS[format_name]
    except KeyError:
        raise ValueError(f"no parser for format {format_name!r} (known: {', '.join(sorted(PARSERS))})") from None
