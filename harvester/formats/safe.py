"""Hardened readers for untrusted documents: XML without entities or DTDs, text with a sane charset.

Every parser of an XML, JSON or CSV format reads its bytes through these functions, so the
rules for hostile input live in one place:
- XML: no entity expansion, no external entities, no DTD loading, no network, bounded size;
  a document that declares entities is refused outright (billion laughs, XXE).
- Charset: BOMs are honoured; bytes that are not valid in the declared/assumed UTF-8 are read
  as Windows-1252 (the usual mistake: Latin-1 bytes labelled UTF-8), with a warning.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from harvester.formats import FormatError

#: The largest XML or JSON document we parse (the biggest known VHS open-data export is ~50 MB).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: JSON nested deeper than this is refused (no real feed nests past ~15 levels).
MAX_JSON_DEPTH = 64

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^(<\?xml[^>]*?encoding=[\"'])([A-Za-z0-9._-]+)([\"'])")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def check_size(content: bytes, what: str = "document") -> None:
    if len(content) > MAX_DOCUMENT_BYTES:
        raise FormatError(f"the {what} is larger than {size_text(MAX_DOCUMENT_BYTES)}, the most we read")


def size_text(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size / 1_000:g} kB"


def parse_xml(content: bytes, warnings: list[str] | None = None) -> etree._Element:
    """Parse untrusted XML safely; raise FormatError with the line of a syntax error."""
    check_size(content, "XML document")
    if _ENTITY_DECLARATION.search(content[:400_000].replace(b"\x00", b"")):  # UTF-16 too
        raise FormatError("the XML declares entities (<!ENTITY>); refused, as entities can expand or fetch files")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        if "encoding" in str(exc).lower() or "Input is not proper UTF-8" in str(exc):
            text, charset_warnings = decode_text(content)
            if warnings is not None:
                warnings.extend(charset_warnings)
            fixed = _XML_ENCODING.sub(rb"\1utf-8\3", text.encode("utf-8"))
            try:
                return etree.fromstring(fixed, parser)
            except etree.XMLSyntaxError as again:
                raise FormatError(f"not well-formed XML ({_xml_reason(again)})") from None
        raise FormatError(f"not well-formed XML ({_xml_reason(exc)})") from None


def _xml_reason(exc: etree.XMLSyntaxError) -> str:
    line = getattr(exc, "lineno", None)
    message = " ".join(str(exc.msg if hasattr(exc, "msg") else exc).split(", line")[0].split())
    return f"line {line}: {message}" if line else message


def decode_text(content: bytes) -> tuple[str, list[str]]:
    """Bytes to text: a BOM wins, then UTF-8, then Windows-1252 with a warning."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content[len(bom) :].decode(encoding, errors="replace"), []
    try:
        return content.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        return content.decode("cp1252", errors="replace"), [
            f"text is not valid UTF-8 (byte {exc.start}); read it as Windows-1252 (Latin-1)"
        ]


def parse_json(content: bytes, warnings: list[str] | None = None) -> Any:
    """Parse untrusted JSON; raise FormatError with the position of a syntax error."""
    check_size(content, "JSON document")
    text, charset_warnings = decode_text(content)
    if warnings is not None:
        warnings.extend(charset_warnings)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"not valid JSON ({str(exc)[:200]})") from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise FormatError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return data


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_JSON_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def local_name(element: etree._Element) -> str:
    """An element's tag without its namespace, lower-cased."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()
