"""Site spiders by name, for sources with ``format: spider`` (sites without any feed or structured data).

A site spider is a thin subclass of a platform base class (``spiders.base.SourceSpider`` or a format
spider); its docstring says why no feed was usable. None is registered yet: every source so far
publishes a feed or structured data.
"""

from __future__ import annotations

from spiders.base import SourceSpider

SITE_SPIDERS: dict[str, type[SourceSpider]] = {}


class UnknownSpider(LookupError):
    """sources.yml names a spider that does not exist."""


def site_spider(name: str) -> type[SourceSpider]:
    try:
        return SITE_SPIDERS[name]
    except KeyError:
        known = ", ".join(sorted(SITE_SPIDERS)) or "none yet"
        raise UnknownSpider(f"no site spider named {name!r} (known: {known})") from None
