"""Open-vhs XML: the export a VHS sends to the DVV course finder (version 1.2 has an XSD; 0.9-1.1 are still about).

The 1.2 example qualifies only the root (``<openvhs:veranstaltungen xmlns:openvhs="http://www.dvv-vhs.de/Open-VHS">``)
and leaves ``export`` and ``veranstaltung`` unqualified; other exports use a default namespace or none.
Elements are therefore matched by local name. Each ``veranstaltung`` becomes a dict in the shape of the
JSON dialect (``openvhs_json``), so one mapping reads both: repeated elements become lists, a leaf with
attributes becomes ``{"@version": ..., "#text": ...}``, and an element holding XHTML (a description
written as markup rather than as escaped text or CDATA) becomes its markup as a string.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from harvester.formats import FormatError
from harvester.formats.safe import local_name, parse_xml

#: Root elements of Open-vhs documents (local names, lower case).
OPENVHS_ROOTS = frozenset({"veranstaltungen", "veranstaltung", "openvhs", "export", "vhs", "kurse"})
#: Child elements that make an element a piece of XHTML markup rather than Open-vhs structure.
HTML_TAGS = frozenset(
    {
        "p",
        "br",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "a",
        "ul",
        "ol",
        "li",
        "div",
        "span",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "img",
        "hr",
        "sup",
        "sub",
        "small",
        "blockquote",
        "script",
        "style",
        "iframe",
        "font",
        "center",
        "pre",
        "code",
    }
)
_LATIN_DECLARATION = re.compile(
    rb"^(\s*<\?xml[^>]*?encoding=[\"'])(iso-?8859-1|iso-?8859-15|latin-?1|l1|windows-1252|cp1252)([\"'])",
    re.IGNORECASE,
)


def read_xml(content: bytes, warnings: list[str]) -> tuple[list[Any], str | None]:
    """The veranstaltungen of an Open-vhs XML document as dicts, and the exporting VHS's name."""
    root = parse_xml(_fix_latin_declaration(content, warnings), warnings)
    elements = [element for element in root.iter() if local_name(element) == "veranstaltung"]
    if not elements and local_name(root) not in OPENVHS_ROOTS:
        raise FormatError(
            f"not an Open-vhs export: the root element is <{local_name(root)}> and there is no <veranstaltung>"
        )
    return [element_to_dict(element) for element in elements], _creator(root)


def _fix_latin_declaration(content: bytes, warnings: list[str]) -> bytes:
    """A document declared ISO-8859-1/Windows-1252 whose bytes are valid UTF-8 (with non-ASCII) is UTF-8.

    Latin-1 text almost never forms valid multi-byte UTF-8 sequences, so valid UTF-8 with non-ASCII
    bytes means the declaration is wrong; reading it as declared would turn "ö" into "Ã¶".
    """
    match = _LATIN_DECLARATION.match(content[:300])
    if match is None or content.isascii():
        return content
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return content  # really Latin-1, as declared
    warnings.append(f"the XML declares {match.group(2).decode()} but its bytes are UTF-8; read it as UTF-8")
    return _LATIN_DECLARATION.sub(rb"\1UTF-8\3", content, count=1)


def _creator(root: etree._Element) -> str | None:
    """``export/ersteller/name``: the VHS that made the export."""
    for element in root.iter():
        if local_name(element) == "ersteller":
            for child in element:
                if local_name(child) == "name" and (child.text or "").strip():
                    return (child.text or "").strip()
            return None
    return None


def element_to_dict(element: etree._Element) -> Any:
    """An element as plain data: text, {"@attr": ..., "#text": ...}, markup string, or dict of children."""
    children = [child for child in element if isinstance(child.tag, str)]
    attributes = {
        f"@{_attribute_name(name)}": value
        for name, value in element.attrib.items()
        if not str(name).startswith("{http://www.w3.org/2001/XMLSchema-instance}")
    }
    if children and any(local_name(child) in HTML_TAGS for child in children):
        return _markup(element)
    if not children:
        text = (element.text or "").strip() or None
        if attributes:
            return {**attributes, "#text": text} if text is not None else attributes
        return text
    result: dict[str, Any] = {}
    for child in children:
        key = local_name(child)
        value = element_to_dict(child)
        if key in result:
            existing = result[key]
            result[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            result[key] = value
    result.update(attributes)
    return result


def _attribute_name(name: Any) -> str:
    return str(name).rsplit("}", 1)[-1].lower()


def _markup(element: etree._Element) -> str:
    """The inner XHTML of an element, as a string for the normaliser's HTML cleaner."""
    pieces = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(etree.tostring(child, encoding="unicode", with_tail=False))
        pieces.append(child.tail or "")
    return "".join(pieces).strip()
