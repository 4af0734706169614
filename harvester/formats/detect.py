"""Detect a document's format from its content type, its file extension and its first bytes."""

from __future__ import annotations

import json
import re

#: How many leading bytes are sniffed.
SNIFF_BYTES = 64 * 1024

_EXTENSIONS = {".ics": "ical", ".ical": "ical", ".ifb": "ical", ".rss": "rss", ".atom": "atom", ".csv": "csv"}
_CONTENT_TYPES = {
    "text/calendar": "ical",
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "text/csv": "csv",
}


def detect_format(content: bytes, *, name: str = "", content_type: str = "") -> str | None:
    """The format name (a parser registry key) or None when it cannot be told."""
    head = content[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    sniffed = _sniff(head)
    if sniffed:
        return sniffed
    media = content_type.split(";")[0].strip().lower()
    if media in _CONTENT_TYPES:
        return _CONTENT_TYPES[media]
    lowered = name.lower().split("?")[0]
    for extension, fmt in _EXTENSIONS.items():
        if lowered.endswith(extension):
            return fmt
    return None


def _sniff(head: bytes) -> str | None:
    upper = head[:200].upper()
    if upper.startswith(b"BEGIN:VCALENDAR"):
        return "ical"
    if head.startswith(b"<"):
        text = head.decode("utf-8", "replace")
        root = _xml_root(text)
        if root in {"rss", "rdf"}:
            return "rss"
        if root == "feed":
            return "atom"
        if root == "openqcat":
            return "openqcat"
        if root in {"veranstaltungen", "veranstaltung", "vhs", "openvhs"}:
            return "openvhs"
        if root == "html" or "<html" in text[:2000].lower():
            return "jsonld"
        return None
    if head.startswith((b"{", b"[")):
        return _sniff_json(head)
    first_line = head.split(b"\n", 1)[0].decode("utf-8", "replace")
    if first_line.count(";") + first_line.count(",") >= 2 and re.search(r"(?i)titel|title", first_line):
        return "csv"
    return None


def _xml_root(text: str) -> str | None:
    cleaned = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", "", text, flags=re.DOTALL)
    match = re.search(r"<\s*([A-Za-z_][\w:.-]*)", cleaned)
    return match.group(1).lower().rsplit(":", 1)[-1] if match else None


def _sniff_json(head: bytes) -> str | None:
    text = head.decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    keys = set(data) if isinstance(data, dict) else set()
    if keys >= {"items", "next"} or ('"next"' in text and '"items"' in text and '"state"' in text):
        return "rpde"
    if ("events" in keys and ("rest_url" in keys or "total_pages" in keys)) or '"rest_url"' in text:
        return "tribe"
    if '"veranstaltung' in text:
        return "openvhs"
    if '"@context"' in text and "schema.org" in text:
        return "jsonld"
    return "json"
