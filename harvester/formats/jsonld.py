"""schema.org events in HTML pages (JSON-LD and microdata, read with extruct), or a bare JSON-LD document.

Each ``<script type="application/ld+json">`` block is read on its own, so one broken block (a stray
comma, a CMS template bug) costs that block and a warning, not the page: ``extruct.extract`` with
``errors="ignore"`` drops *every* JSON-LD block of a page when one of them fails. Microdata is read
with ``extruct.extract(..., syntaxes=["microdata"], uniform=True)``.

When a page describes the same event in both syntaxes, the JSON-LD record is used and completed from
the microdata; a JSON-LD date that is not ISO 8601 (``2019-9-18T10-10-00-00``, seen in a real
WordPress plugin) is replaced by the microdata's valid one, with a warning. A page without events
yields nothing (that is not an error); a body that is not HTML raises FormatError.
"""

from __future__ import annotations

import codecs
import html
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import extruct
import jstyleson
from extruct.utils import parse_html
from lxml import etree

from harvester.formats import FormatError, RawRecord
from harvester.formats.safe import decode_text, parse_json
from harvester.formats.schemaorg import SchemaMapper

#: The largest HTML page we parse (a long listing page with inline styles is well under 5 MB).
MAX_PAGE_BYTES = 16 * 1024 * 1024
#: At most this many JSON-LD blocks are read from one page.
MAX_JSONLD_BLOCKS = 500

_SCRIPTS = etree.XPath(
    "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'ld+json')]"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype(?!\s+html)[^>]*>)\s*", re.IGNORECASE | re.DOTALL)
_FIRST_TAG = re.compile(r"<(!doctype\s+html|[A-Za-z][\w:.-]*)", re.IGNORECASE)
#: Root elements of XML documents that are sometimes configured as "jsonld" sources by mistake.
XML_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "urlset", "sitemapindex", "openqcat", "veranstaltungen", "svg"})
_COMMENT_LINES = re.compile(r"^\s*(//.*|<!--.*-->)", re.MULTILINE)
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_DATE_KEYS = ("start", "end")


def parse_jsonld(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per event, course instance or session series found on the page."""
    if len(content) > MAX_PAGE_BYTES:
        raise FormatError(f"the page is larger than {MAX_PAGE_BYTES // 1_000_000} MB")
    if b"\x00" in content[:4096] and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FormatError("not an HTML page (the response is binary)")
    text, warnings = _decode(content)
    head = text.lstrip()[:4096]
    if head.startswith(("{", "[")):
        document = parse_json(text.encode("utf-8"), warnings)
        records = _mapped([document], base_url=base_url, timezone=timezone, now=now)
    elif _is_html(head):
        tree = parse_html(text.encode("utf-8"), encoding="utf-8")
        base_url = _document_base(tree, base_url)
        blocks = _jsonld_blocks(tree, warnings)
        microdata = extruct.extract(tree, base_url=base_url, syntaxes=["microdata"], uniform=True, errors="log")
        items = microdata.get("microdata", [])
        mapper = SchemaMapper([*blocks, *items], base_url=base_url, timezone=timezone, now=now)
        from_jsonld = [record for block in blocks for record in mapper.records(block)]
        from_microdata = [record for item in items for record in mapper.records(item)]
        records = _merged(_deduplicated(from_jsonld), _deduplicated(from_microdata))
    else:
        what = "an XML document" if head.startswith("<") else "plain text or another format"
        raise FormatError(f"not an HTML page or a JSON-LD document (it looks like {what})")
    _unique_refs(records)
    for record in records:
        record.setdefault("warnings", []).extend(warnings)
        yield record


def _is_html(head: str) -> bool:
    """Whether a document starts like an HTML page (after an XML declaration, comments and a doctype)."""
    position = 0
    while match := _PROLOGUE.match(head, position):
        if match.end() == position:
            break
        position = match.end()
    first = _FIRST_TAG.match(head, position)
    if not first:
        return False
    tag = " ".join(first.group(1).lower().split())
    if tag in {"html", "!doctype html"}:
        return True
    return tag not in XML_ROOTS and not head.startswith("<?xml")  # an HTML fragment, not an XML document


def _decode(content: bytes) -> tuple[str, list[str]]:
    """The page's text: a BOM, then a <meta charset> other than UTF-8, then UTF-8 (or Windows-1252)."""
    if not content.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(content[:8192])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            try:
                encoding = codecs.lookup(name).name
            except LookupError:
                encoding = "utf-8"
            if encoding not in {"utf-8", "utf-8-sig"}:
                return content.decode(encoding, errors="replace"), []
    return decode_text(content)


def _document_base(tree: Any, url: str) -> str:
    """The base of relative URLs: the page's <base href> (TYPO3 sites set one), else its own URL."""
    hrefs = tree.xpath("//head/base/@href | //base/@href")
    href = str(hrefs[0]).strip() if hrefs else ""
    return urljoin(url, href) if href.startswith(("http://", "https://", "/")) else url


def _jsonld_blocks(tree: Any, warnings: list[str]) -> list[Any]:
    blocks: list[Any] = []
    for number, script in enumerate(_SCRIPTS(tree), 1):
        if number > MAX_JSONLD_BLOCKS:
            warnings.append(f"only the first {MAX_JSONLD_BLOCKS} JSON-LD blocks were read")
            break
        source = script.xpath("string()")
        if not source.strip():
            continue
        try:
            blocks.append(_load_block(source))
        except FormatError as exc:
            warnings.append(f"JSON-LD block {number} is not valid JSON and was skipped ({exc})")
    return blocks


def _load_block(source: str) -> Any:
    """One JSON-LD block: strict JSON, else JSON with control characters, comments or a CDATA wrapper."""
    try:
        return parse_json(source.encode("utf-8"))
    except FormatError as first:
        cleaned = _COMMENT_LINES.sub("", _CDATA.sub("", source.strip()))
        try:
            data = json.loads(cleaned, strict=False)
        except ValueError:
            try:
                data = jstyleson.loads(cleaned, strict=False)
            except (ValueError, RecursionError, IndexError):
                raise first from None
        except RecursionError:
            raise first from None
        return parse_json(json.dumps(data).encode("utf-8"))  # the depth cap, once more


def _mapped(documents: list[Any], *, base_url: str, timezone: ZoneInfo, now: datetime) -> list[RawRecord]:
    mapper = SchemaMapper(documents, base_url=base_url, timezone=timezone, now=now)
    return [record for document in documents for record in mapper.records(document)]


def _merged(from_jsonld: list[RawRecord], from_microdata: list[RawRecord]) -> list[RawRecord]:
    """JSON-LD records completed from the microdata of the same event; microdata-only events added."""
    unused = list(from_microdata)
    for record in from_jsonld:
        twin = next((other for other in unused if _same_event(record, other)), None)
        if twin is None:
            continue
        unused.remove(twin)
        for key in _DATE_KEYS:
            ours, theirs = record.get(key), twin.get(key)
            if ours is not None and not _is_iso(ours) and _is_iso(theirs):
                record.setdefault("warnings", []).append(
                    f"{key} date {ours!r} in the JSON-LD is not ISO 8601; used the page's microdata ({theirs})"
                )
                record[key] = theirs  # type: ignore[literal-required]
        for key, value in twin.items():
            if key not in record and key != "warnings":
                record[key] = value  # type: ignore[literal-required]
    return [*from_jsonld, *unused]


def _deduplicated(records: list[RawRecord]) -> list[RawRecord]:
    """One record per event when a page states it twice (a plugin and the theme each write a block)."""
    kept: dict[tuple[str, str, str], RawRecord] = {}
    for record in records:
        first_session = (record.get("sessions") or [{}])[0].get("start")
        key = (
            str(record.get("source_ref") or ""),
            _folded(record.get("title")),
            str(record.get("start") or first_session),
        )
        if key not in kept:
            kept[key] = record
            continue
        for field, value in record.items():
            kept[key].setdefault(field, value)  # type: ignore[misc]
    return list(kept.values())


def _same_event(a: RawRecord, b: RawRecord) -> bool:
    if _folded(a.get("title")) != _folded(b.get("title")) or not _folded(a.get("title")):
        return False
    return not (a.get("url") and b.get("url") and a["url"].rstrip("/") != b["url"].rstrip("/"))


def _folded(value: Any) -> str:
    return " ".join(html.unescape(str(value or "")).casefold().split())


def _is_iso(value: Any) -> bool:
    if isinstance(value, date):
        return True
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _unique_refs(records: list[RawRecord]) -> None:
    """Several events of one page that share a ref (their page's URL): the start makes each one unique."""
    counts = Counter(record.get("source_ref") for record in records if record.get("source_ref"))
    for record in records:
        ref = record.get("source_ref")
        if ref and counts[ref] > 1:
            when = record.get("start") or (record.get("sessions") or [{}])[0].get("start")
            if when:
                record["source_ref"] = f"{ref}#{when.isoformat() if isinstance(when, date) else when}"
            else:
                del record["source_ref"]  # the normaliser derives one from title, start and place
