"""Content lines of real calendars that are not content lines, repaired before icalendar reads them.

Hand-written and home-grown exporters break lines in two ways (the tests name both):

- a text value with a raw line break ("DESCRIPTION:first line" then "second line" without the
  leading space that would fold it): the stray line is joined to the text it belongs to, as a line
  break (``\\n``), when that text is a text property (``TEXT_PROPERTIES``);
- a stray line anywhere else ("X" between two events): the line is dropped. icalendar keeps such a
  line inside an event as an error but refuses the whole calendar when it stands outside one.

Every other line is left exactly as it is.
"""

from __future__ import annotations

import re

#: Properties whose value is free text: a stray line after one of them is the rest of that text.
TEXT_PROPERTIES = frozenset({"DESCRIPTION", "SUMMARY", "LOCATION", "COMMENT", "CONTACT", "X-ALT-DESC"})

# A content line starts with a name (letters, digits, "-", and what icalendar tolerates) and ";" or ":".
_CONTENT_LINE = re.compile(r"^[\w.-]+[ \t]*[;:]")
_NAME = re.compile(r"^[\w.-]+")
_LINE_BREAK = re.compile(r"(?<=\n)")


def repair_lines(text: str, warnings: list[str]) -> str:
    """The calendar text with stray lines joined to the text before them or dropped (a warning says how many)."""
    lines = _LINE_BREAK.split(text)
    if all(_is_content(line) for line in lines):
        return text  # the usual case: nothing to repair, nothing copied
    kept: list[str] = []
    joined = dropped = 0
    last_name = ""
    for line in lines:
        if _is_content(line):
            kept.append(line)
            if line[:1] not in (" ", "\t") and (name := _NAME.match(line)):
                last_name = name.group(0).upper()
            continue
        if last_name in TEXT_PROPERTIES:
            kept.append(" \\n" + line)  # a folded continuation: the text goes on after a line break
            joined += 1
        else:
            dropped += 1
    if joined:
        warnings.append(f"joined {joined} line(s) that continue a text without being folded (a raw line break)")
    if dropped:
        warnings.append(f"ignored {dropped} line(s) that are not iCalendar content lines")
    return "".join(kept)


def _is_content(line: str) -> bool:
    """A content line, a folded continuation (leading space or tab) or an empty line."""
    bare = line.rstrip("\r\n")
    return not bare.strip() or bare[:1] in (" ", "\t") or bool(_CONTENT_LINE.match(bare))
