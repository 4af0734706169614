"""Text cleaning: safe HTML -> plain text for descriptions, one-line text for titles and names.

Everything here is pure and bounded: no network, no entity resolution, and a named cap on
both the markup we read (``MAX_HTML_INPUT_CHARS``) and the text we return
(``MAX_DESCRIPTION_CHARS``), so a hostile feed cannot make the normaliser slow or large.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from lxml import etree

MAX_DESCRIPTION_CHARS = 20_000
"""Longest description we keep, in characters. Longer text is cut at a word boundary and ends with "…"."""

MAX_HTML_INPUT_CHARS = 1_000_000
"""Longest markup we parse, in characters; the rest is ignored before parsing (bounded time and memory).

A million characters of markup is far more than ``MAX_DESCRIPTION_CHARS`` of text needs.
"""

#: Elements removed together with everything inside them.
DROPPED_ELEMENTS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "head",
        "select",
    }
)

#: Elements that start and end a line.
LINE_ELEMENTS = frozenset(
    {
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "tr",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "address",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "details",
        "summary",
        "caption",
        "hr",
    }
)

#: Elements that stand apart as a paragraph (one blank line around them).
PARAGRAPH_ELEMENTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre"})

#: Table cells: separated by a space within their row.
CELL_ELEMENTS = frozenset({"td", "th"})

# Break markers while walking the tree (control characters are removed from the input first);
# a run of markers becomes one line break, or one blank line when it holds a paragraph or two <br>.
_LINE = "\x01"
_PARAGRAPH = "\x02"
_BR = "\x03"
_BREAKS = re.compile(r"[^\S\n]*[\x01-\x03][\x01-\x03\s]*")

# C0 and C1 control characters except tab, newline and carriage return; DEL; lone surrogates;
# byte-order marks and zero-width spaces (invisible, and they break word matching).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u200b]")
# Something that makes the value HTML rather than plain text: a tag, a comment, CDATA or a doctype.
_MARKUP = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|!--|!\[CDATA\[|!doctype)", re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|$)", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_ANY_SPACE = re.compile(r"\s+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_LIST_SEPARATORS = re.compile(r"[,;\n]")
_BULLET = re.compile(r"^(?:[-–•*·]\s+)+")

_PARSER = etree.HTMLParser(
    recover=True,
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    remove_blank_text=False,
    encoding="utf-8",
    default_doctype=False,
)


def html_to_text(value: str) -> tuple[str, bool]:
    """Turn an HTML (or plain) description into plain text; return ``(text, had_markup)``.

    Scripts, styles, comments and embedded frames go with their content; block elements become
    line breaks, list items start with "- ", entities are decoded (twice only for double-escaped
    text such as ``&amp;uuml;``), whitespace is collapsed with at most one blank line between
    paragraphs, and the result is cut to ``MAX_DESCRIPTION_CHARS``. ``had_markup`` is True when
    the value contained tags, comments or CDATA (entities alone do not count). Never raises for
    any ``str``; never fetches or resolves anything.
    """
    if not isinstance(value, str) or not value:
        return "", False
    value = _CONTROL.sub("", value[:MAX_HTML_INPUT_CHARS])
    had_markup = _MARKUP.search(value) is not None
    if had_markup:
        text, cut = _markup_to_text(_CDATA.sub(r"\1", value))
    else:
        text, cut = _layout_plain(html.unescape(value)), False
    if _ENTITY.search(text):  # double-escaped: "&amp;uuml;" became "&uuml;" in the first pass
        text = _CONTROL.sub("", html.unescape(text))
    return _truncate(text, MAX_DESCRIPTION_CHARS, force_ellipsis=cut), had_markup


def clean_line(value: object) -> str | None:
    """One line of text for a title or a name: markup removed, all whitespace one space; None when empty."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    text, _ = html_to_text(value)
    return _one_line(text)


def clean_list(values: object) -> list[str]:
    """A list of short strings from a list, a "a, b; c" string or None: cleaned, de-duplicated, order kept.

    De-duplication ignores case (the first spelling wins). Items of a list are not split further,
    so a list item may contain a comma ("Politik, Gesellschaft, Umwelt").
    """
    if values is None:
        return []
    parts: Iterable[object]
    if isinstance(values, str):
        text, _ = html_to_text(values)
        parts = (_BULLET.sub("", part.strip()) for part in _LIST_SEPARATORS.split(text))
        cleaned = [_one_line(part) for part in parts]
    elif isinstance(values, list | tuple | set | frozenset):
        items = sorted(values, key=str) if isinstance(values, set | frozenset) else values
        cleaned = [clean_line(item) for item in items]
    else:
        cleaned = [clean_line(values)]
    result: list[str] = []
    seen: set[str] = set()
    for item in cleaned:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            result.append(item)
    return result


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    return _ANY_SPACE.sub(" ", text).strip() or None


def _layout_plain(text: str) -> str:
    """Plain text keeps its own line breaks; spaces collapse and blank lines shrink to one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def _markup_to_text(markup: str) -> tuple[str, bool]:
    """Parse with lxml (no network, no entities) and walk the tree without recursion."""
    try:
        root = etree.fromstring(markup.encode("utf-8", "replace"), _PARSER)
    except (etree.LxmlError, ValueError):
        return _layout_plain(html.unescape(re.sub(r"<[^<>]*>", " ", markup))), False
    if root is None:
        return "", False
    pieces: list[str] = []
    budget = 4 * MAX_DESCRIPTION_CHARS  # raw characters before collapsing; enough for the cap
    used = 0
    pre_depth = 0
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack and used < budget:
        element, closing = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if closing:
            if tag == "pre":
                pre_depth -= 1
            pieces.append(_closing_break(tag))
            if element is not root:
                used += _add_text(pieces, element.tail, pre_depth)
            continue
        if not tag or tag in DROPPED_ELEMENTS:
            if element is not root:
                used += _add_text(pieces, element.tail, pre_depth)
            continue
        pieces.append(_opening_break(tag))
        if tag == "pre":
            pre_depth += 1
        used += _add_text(pieces, element.text, pre_depth)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    cut = used >= budget
    text = _BREAKS.sub(_break, "".join(pieces))
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip(), cut


def _add_text(pieces: list[str], text: str | None, pre_depth: int) -> int:
    if not text:
        return 0
    if pre_depth <= 0:
        text = _ANY_SPACE.sub(" ", text)
    pieces.append(text)
    return len(text)


def _break(match: re.Match[str]) -> str:
    run = match.group()
    return "\n\n" if _PARAGRAPH in run or run.count(_BR) >= 2 else "\n"


def _opening_break(tag: str) -> str:
    if tag == "br":
        return _BR
    if tag == "li":
        return _LINE + "- "
    if tag in PARAGRAPH_ELEMENTS:
        return _PARAGRAPH
    if tag in LINE_ELEMENTS:
        return _LINE
    return ""


def _closing_break(tag: str) -> str:
    if tag in PARAGRAPH_ELEMENTS:
        return _PARAGRAPH
    if tag in LINE_ELEMENTS and tag != "br":
        return _LINE
    if tag in CELL_ELEMENTS:
        return " "
    return ""


def _truncate(text: str, limit: int, *, force_ellipsis: bool = False) -> str:
    """Cut to at most ``limit`` characters at a word boundary, ending with "…" when anything was cut."""
    if len(text) <= limit and not force_ellipsis:
        return text
    if len(text) <= limit - 1:
        return text.rstrip() + "…"
    head = text[: limit - 1]
    boundary = max(head.rfind(" "), head.rfind("\n"))
    if boundary >= limit * 0.8:
        head = head[:boundary]
    return head.rstrip() + "…"
