"""The Open-vhs JSON dialect some cities publish as open data (an older Open-vhs converted from XML to JSON).

The best-known publisher's file is ``{"veranstaltungen": {"veranstaltung": [...]}}`` with ~10,000 courses.
What the conversion leaves behind (FORMATS.md): one object where a list is expected (``schlagwort``,
``termin``, ``merkmal``, ``adresse``, ``zusatz``), numbers as strings, ``{"@version": "2.0", "#text": "3.02"}``
for a leaf with an attribute, namespace prefixes in keys. Keys are read without prefixes and in lower case;
everything else is left to the shared mapping, which takes every value in every one of these shapes.
"""

from __future__ import annotations

from typing import Any

from harvester.formats import FormatError
from harvester.formats.openvhs_values import dict_of, text_of
from harvester.formats.safe import parse_json

#: How deep below the top the list of veranstaltungen is looked for.
MAX_CONTAINER_DEPTH = 4


def read_json(content: bytes, warnings: list[str]) -> tuple[list[Any], str | None]:
    """The veranstaltungen of an Open-vhs JSON document, and the exporting VHS's name when it says."""
    data = _plain_keys(parse_json(content, warnings))
    items = _veranstaltungen(data, 0)
    if items is None:
        raise FormatError(
            "not an Open-vhs JSON export: no 'veranstaltungen' or 'veranstaltung' list found "
            '(expected {"veranstaltungen": {"veranstaltung": [...]}})'
        )
    return items, _creator(data)


def _plain_keys(value: Any) -> Any:
    """Keys without namespace prefixes and in lower case ("openvhs:Veranstaltung" -> "veranstaltung")."""
    if isinstance(value, dict):
        return {_plain_key(str(key)): _plain_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain_keys(item) for item in value]
    return value


def _plain_key(key: str) -> str:
    prefix = key[:1] if key[:1] in "@#" else ""
    name = key[len(prefix) :]
    if prefix == "@" and name.lower().startswith("xmlns"):
        return key.lower()
    return prefix + name.rsplit(":", 1)[-1].lower()


def _veranstaltungen(data: Any, depth: int) -> list[Any] | None:
    if depth > MAX_CONTAINER_DEPTH:
        return None
    if isinstance(data, list):
        if depth == 0:
            return data  # a bare list of veranstaltungen
        return None
    if not isinstance(data, dict):
        return None
    for key in ("veranstaltung", "veranstaltungen"):
        if key not in data:
            continue
        value = data[key]
        if isinstance(value, list):
            return value
        if isinstance(value, dict):
            if "veranstaltung" in value or "veranstaltungen" in value:
                found = _veranstaltungen(value, depth + 1)
                if found is not None:
                    return found
            elif key == "veranstaltung":
                return [value]  # a single veranstaltung as an object
            else:
                return []  # an empty container ({"veranstaltungen": {}})
        if value is None or value == "":
            return []
    for value in data.values():
        if isinstance(value, dict):
            found = _veranstaltungen(value, depth + 1)
            if found is not None:
                return found
    if depth == 0 and "name" in data and ("guid" in data or "nummer" in data):
        return [data]  # one veranstaltung on its own
    return None


def _creator(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    for holder in (data, dict_of(data.get("veranstaltungen"))):
        export = dict_of(holder.get("export"))
        creator = dict_of(export.get("ersteller")) or dict_of(holder.get("ersteller"))
        if creator:
            return text_of(creator.get("name"))
    return None
