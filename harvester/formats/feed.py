"""RSS 2.0, RSS 1.0 and Atom feeds, read with feedparser.

A feed item carries the *publication* date, not the event date: the event's date and time
are usually written in the item's text, which the normaliser reads. Items using the RSS
event module (``ev:startdate``, ``ev:enddate``, ``ev:location``, ``ev:type``) give them in fields.

Before feedparser sees the bytes they are made safe and plain (the rules of ``safe.py``):
a document that declares XML entities is refused (feedparser would drop them anyway, but
a partner should learn why); UTF-16 becomes UTF-8; bytes that are not UTF-8 in a feed
declared (or defaulting to) UTF-8 are read as Windows-1252 one by one, so a feed mixing both
reads right; a feed declared ISO-8859-1 that is really UTF-8 is read as UTF-8; control
characters XML forbids (NUL) are removed; text before the XML (a PHP notice) is dropped.
Each repair is a warning on every record.
"""

from __future__ import annotations

import calendar
import codecs
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_plus, urljoin
from zoneinfo import ZoneInfo

import feedparser

from harvester.formats import FormatError, RawRecord

#: The largest feed document we parse (a year of a busy library's events is well under 5 MB).
MAX_FEED_BYTES = 32 * 1024 * 1024
#: How far into the document text before the XML (a PHP notice) is looked past.
MAX_LEADING_JUNK_BYTES = 4_096

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_CDATA_OR_COMMENT = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.DOTALL)
_XML_START = re.compile(rb"<\?xml|<rss|<feed|<rdf:RDF|<RDF", re.IGNORECASE)
_DECLARED_ENCODING = re.compile(rb"^(<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ROOT_NAME = re.compile(r"<\s*([A-Za-z_][\w:.-]*)")
_PROLOG_NOISE = re.compile(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.DOTALL | re.IGNORECASE)
_UTF8_NAMES = {"utf-8", "utf8"}
_WESTERN_NAMES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "iso-8859-15", "windows-1252", "cp1252", "us-ascii"}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_URL_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
_HEADERS = {"content-type": "application/xml"}  # without a content type feedparser flags every feed as bozo


def _cp1252_for_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("lernfeed-cp1252", _cp1252_for_bad_bytes)


def parse_feed(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per RSS item or Atom entry."""
    if len(content) > MAX_FEED_BYTES:
        raise FormatError(f"the feed is larger than the {_size(MAX_FEED_BYTES)} we read ({_size(len(content))})")
    content, warnings = _prepare(content)
    # No base for feedparser: a relative guid must stay as written (a ref that changed with the feed's address
    # would withdraw and re-add every offer), and HTML in items is left as written (the normaliser cleans it).
    # Links are resolved below: against the feed's address, an <img> in an item against the item's link.
    parsed = feedparser.parse(content, response_headers=_HEADERS, sanitize_html=False, resolve_relative_uris=False)
    problem = _problem(parsed)
    if not parsed.entries:
        root = _root_name(content)
        if root == "html":
            raise FormatError(
                "not an RSS or Atom feed but an HTML page (the page may name its feed in a "
                '<link rel="alternate" type="application/rss+xml">)'
            )
        if problem:
            raise FormatError(f"not a readable RSS or Atom feed ({problem})")
        if not parsed.version:
            raise FormatError(f"not an RSS or Atom feed (its root element is <{root or '?'}>, not <rss> or <feed>)")
        return  # a feed without items
    if problem:
        warnings.append(f"the feed is not well-formed XML ({problem}); read it tolerantly")
    base = base_url if base_url.startswith(("http://", "https://")) else ""
    for entry in parsed.entries:
        yield _record(entry, warnings, base)


def _prepare(content: bytes) -> tuple[bytes, list[str]]:
    """The document as safe UTF-8 (or as declared) XML bytes, and what was repaired."""
    warnings: list[str] = []
    content = _to_utf8_if_wide(content)
    content = content.lstrip(b" \t\r\n")
    if not content.startswith(b"<"):
        match = _XML_START.search(content[:MAX_LEADING_JUNK_BYTES])
        if match is None:
            raise FormatError(f"not an RSS or Atom feed: it is not XML (it begins with {content[:12]!r})")
        warnings.append(f"ignored {match.start()} bytes of text before the XML ({_preview(content[: match.start()])})")
        content = content[match.start() :]
    # Outside CDATA sections and comments "<!ENTITY" can only be a declaration (text would say "&lt;!ENTITY").
    if _ENTITY_DECLARATION.search(_CDATA_OR_COMMENT.sub(b"", content)):
        raise FormatError("the feed declares XML entities (<!ENTITY>); refused, as entities can expand or fetch files")
    declared = _DECLARED_ENCODING.match(content)
    encoding = declared.group(2).decode("ascii").lower() if declared else "utf-8"
    if encoding in _UTF8_NAMES:
        try:
            content.decode("utf-8")
        except UnicodeDecodeError as exc:
            content = content.decode("utf-8", errors="lernfeed-cp1252").encode("utf-8")
            warnings.append(f"the feed is not valid UTF-8 (first at byte {exc.start}); read such bytes as Windows-1252")
    elif encoding in _WESTERN_NAMES and not content.isascii() and _is_utf8(content):
        content = _DECLARED_ENCODING.sub(rb"\1utf-8\3", content, count=1)
        warnings.append(f"the feed is declared as {encoding} but is UTF-8; read it as UTF-8")
    controls = len(_CONTROL_BYTES.findall(content))
    if controls:
        content = _CONTROL_BYTES.sub(b"", content)
        warnings.append(f"removed {controls} control characters (such as NUL) that XML does not allow")
    return content, warnings


def _to_utf8_if_wide(content: bytes) -> bytes:
    """UTF-16 or UTF-32 (by BOM, or by a NUL next to the first '<') re-encoded as UTF-8; a UTF-8 BOM dropped."""
    encoding = next((name for bom, name in _BOMS if content.startswith(bom)), None)
    if encoding is None and content[:2] in (b"<\x00", b"\x00<"):
        encoding = "utf-16-le" if content[:1] == b"<" else "utf-16-be"
    if encoding is None:
        return content
    text = content.decode(encoding, errors="replace").lstrip("\ufeff")
    return _DECLARED_ENCODING.sub(rb"\1utf-8\3", text.encode("utf-8"), count=1)


def _size(count: int) -> str:
    return f"{count / 1_048_576:.1f} MB" if count >= 1_048_576 else f"{count:,} bytes"


def _is_utf8(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _preview(junk: bytes) -> str:
    return repr(junk.decode("utf-8", "replace").strip()[:60])


def _root_name(content: bytes) -> str | None:
    text = _PROLOG_NOISE.sub("", content[:4_000].decode("utf-8", "replace"))
    match = _ROOT_NAME.search(text)
    return match.group(1).lower() if match else None


def _problem(parsed: Any) -> str | None:
    """Why feedparser had to read the document tolerantly, or None when it did not."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType):
        return None  # the charset was handled above, and the content type is ours
    text = (str(exc).splitlines() or ["unknown problem"])[0][:200] if exc else "unknown problem"
    located = re.match(r"<unknown>:(\d+):\d+:\s*(.*)", text)
    if located:
        return f"line {located.group(1)}: {located.group(2)}"
    line = getattr(exc, "getLineNumber", None)
    return f"line {line()}: {text}" if callable(line) else text


def _record(entry: Any, warnings: list[str], base: str) -> RawRecord:
    record: RawRecord = {"title": entry.get("title", ""), "warnings": list(warnings)}
    ref = entry.get("id") or entry.get("link")
    if ref:
        record["source_ref"] = ref
    if entry.get("link"):
        record["url"] = urljoin(base, entry["link"])
    description = _longest_text(entry)
    if description:
        record["description"] = description
    tags = [tag.get("term") or tag.get("label") for tag in entry.get("tags", [])]
    if tags := [tag for tag in tags if tag]:
        record["source_categories"] = tags
    # dict.get: FeedParserDict.get would map a missing "updated" to "published" with a DeprecationWarning
    modified = dict.get(entry, "updated_parsed") or dict.get(entry, "published_parsed")
    if modified:
        record["source_modified_at"] = datetime.fromtimestamp(calendar.timegm(modified), tz=UTC)
    for field, key in (("start", "ev_startdate"), ("end", "ev_enddate")):
        if entry.get(key):
            record[field] = entry[key]  # type: ignore[literal-required]
    if entry.get("ev_location"):
        record["location"] = _unquoted(str(entry["ev_location"]))
    if entry.get("ev_type"):
        record["kind"] = entry["ev_type"]
    if entry.get("ev_organizer"):
        record["organizer"] = entry["ev_organizer"]
    if image := _image(entry, description, base, record.get("url") or base):
        record["image_url"] = image
    return record


def _unquoted(location: str) -> str:
    """A location as people write it: phpiCalendar URL-encodes ev:location ("LeineLab%2C+Glocksee")."""
    if _URL_ENCODED.search(location) and not any(ch.isspace() for ch in location.strip()):
        return unquote_plus(location)
    return location


def _longest_text(entry: Any) -> str:
    candidates = [content.get("value", "") for content in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    return max(candidates, key=len)


def _image(entry: Any, description: str, base: str, page: str) -> str | None:
    """An enclosed or Media RSS image, else the first <img> of the item's HTML (resolved against its page)."""
    image = ""
    for link in entry.get("links", []):
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/") and link.get("href"):
            image = image or str(link["href"])
    for media in (*entry.get("media_thumbnail", []), *entry.get("media_content", [])):
        kind = str(media.get("medium") or media.get("type") or "image")
        if media.get("url") and kind.startswith("image"):
            image = image or str(media["url"])
    if image:
        image = urljoin(base, image)
    elif found := _IMG_SRC.search(description[:100_000]):
        image = urljoin(page, found.group(1).strip())
    return image if image.startswith(("http://", "https://")) else None
