"""Open-vhs: VHS course catalogues as XML (the DVV course finder export, version 1.2 and older) or as the
JSON dialect some cities publish as open data.

One ``veranstaltung`` is one offer; its ``termin`` list gives the sessions. The document is read by
``openvhs_xml`` or ``openvhs_json`` into plain dicts of one shape, and ``openvhs_mapping`` turns each
into a raw record (see its docstring for the field-by-field rules). Open-vhs exports are full
catalogues: there are no deletions in the format, an offer missing from a successful harvest is
withdrawn by the store.

Options (``sources.yml`` ``options``): ``bildungsurlaub_funding`` - the funding code for courses marked
as Bildungsurlaub (e.g. "bildungsurlaub-nrw"; the law differs by state, so the source says which).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from harvester.formats import FormatError, RawRecord
from harvester.formats.openvhs_json import read_json
from harvester.formats.openvhs_mapping import ExportInfo, record_from
from harvester.formats.openvhs_values import text_of
from harvester.formats.openvhs_xml import read_xml

#: The largest Open-vhs document we parse (the largest known, a city's ~10,000 courses as JSON, is ~50 MB).
MAX_OPENVHS_BYTES = 64 * 1024 * 1024
#: At most this many veranstaltungen are read from one document (a city's export holds ~10,000).
MAX_VERANSTALTUNGEN = 100_000

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def parse_openvhs(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per veranstaltung of an Open-vhs XML or JSON document."""
    if len(content) > MAX_OPENVHS_BYTES:
        raise FormatError(f"the Open-vhs document is larger than {MAX_OPENVHS_BYTES // 1_000_000} MB")
    warnings: list[str] = []
    kind = _sniff(content)
    if kind == "xml":
        items, creator = read_xml(content, warnings)
    elif kind == "json":
        items, creator = read_json(content, warnings)
    else:
        raise FormatError("not an Open-vhs document: it starts neither with '<' (XML) nor with '{' or '[' (JSON)")
    if len(items) > MAX_VERANSTALTUNGEN:
        warnings.append(f"the export holds {len(items)} veranstaltungen; read the first {MAX_VERANSTALTUNGEN}")
        items = items[:MAX_VERANSTALTUNGEN]
    info = ExportInfo(base_url=base_url, organizer_name=creator, options=dict(options or {}), warnings=tuple(warnings))
    guids = Counter(text_of(item.get("guid")) for item in items if isinstance(item, dict))
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            reason = f"veranstaltung {index} is not an object but {_shape(item)}"
            yield cast(RawRecord, {"_reject": reason, "title": text_of(item) or ""})
            continue
        record = record_from(item, info)
        guid = text_of(item.get("guid"))
        if guid and guids[guid] > 1:
            record["warnings"].append(f"guid {guid} appears {guids[guid]} times in the export")
        yield record


def _sniff(content: bytes) -> str | None:
    head = content[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            encoding = "utf-8" if bom == _BOMS[0] else ("utf-16-le" if bom == _BOMS[1] else "utf-16-be")
            head = head[len(bom) :].decode(encoding, errors="ignore").encode("utf-8")
            break
    head = head.lstrip(b" \t\r\n")
    if head.startswith(b"<"):
        return "xml"
    if head.startswith((b"{", b"[")):
        return "json"
    return None


def _shape(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"
