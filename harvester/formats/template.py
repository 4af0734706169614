"""lernfeed's own template for partners without a system: a CSV file (from Excel or LibreOffice) or a JSON file.

``template_columns.COLUMNS`` is the one definition of the template: docs/partners.md shows it and the
downloadable templates under publish/static/ are checked against it. Column names are matched
without case, accents folded (``Straße`` = ``strasse``), English or German. The CSV may be separated
by commas, semicolons or tabs (sniffed), in UTF-8 with or without BOM or in Windows-1252 (Excel).
JSON is a list of objects or ``{"offers": [...]}`` with the same names.

Cells are passed to the normaliser as text (dates, prices and places are read there). The parser
only splits what the template itself defines: yes/no cells, "8-12" ages, the ``termine`` list
("12.03.2025 18:00-19:30; 19.03.2025 18:00-19:30": one session per item, its times split at the
dash), and web addresses (anything that is not http(s) is dropped with a warning). A cell that looks
like a spreadsheet formula (``=HYPERLINK(...)``) is plain text here: nothing is ever evaluated.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from harvester.formats import FormatError, RawRecord, safe
from harvester.formats.template_columns import BY_KEY, COLUMNS, Column, column_name, fold_key
from harvester.normalize.vocab_inference import LANGUAGE_STEMS
from schemas.vocab import Funding

#: The largest template file we read (a partner without a system has a few hundred offers, not megabytes).
MAX_TEMPLATE_BYTES = 16 * 1024 * 1024
#: At most this many offers (rows or JSON objects); a larger file is refused as a whole, never cut short.
MAX_TEMPLATE_ROWS = 20_000
#: A CSV's header is looked for in this many first rows (Excel sheets often start with a title line).
MAX_HEADER_SEARCH_ROWS = 10
#: How much of a CSV the delimiter sniffer reads.
SNIFF_CHARS = 16 * 1024


_TRUE = {"ja", "j", "yes", "y", "x", "1", "true", "wahr", "✓", "✔"}
_FALSE = {"nein", "n", "no", "0", "false", "falsch", "-"}
_TIME = r"\d{1,2}(?:[:.]\d{2})?"
_SESSION = re.compile(
    rf"^(?P<day>.*?\d)\s*,?\s+(?:um\s+)?(?P<t1>{_TIME})\s*(?:-|–|bis)\s*(?P<t2>{_TIME})\s*(?:uhr)?$", re.IGNORECASE
)
_DAY_AND_TIME = re.compile(rf"^(?P<day>.*?\d)\s*,?\s+(?:um\s+)?{_TIME}\s*(?:uhr)?$", re.IGNORECASE)
_TIME_ONLY = re.compile(rf"^{_TIME}\s*(?:uhr)?$", re.IGNORECASE)
_ISO_INTERVAL = re.compile(r"^(\d{4}-\d{2}-\d{2}T[^/\s]+)\s*/\s*(\d{4}-\d{2}-\d{2}T\S+)$")
_AGE_RANGE = re.compile(r"^(\d{1,3})\s*(?:-|–|bis)\s*(\d{1,3})(?:\s*jahre?)?$", re.IGNORECASE)
_AGE_FROM = re.compile(
    r"^(?:ab\s*(\d{1,3})|(\d{1,3})\s*\+|(\d{1,3})\s*jahre?\s*und\s*älter)(?:\s*jahre?n?)?$", re.IGNORECASE
)
_AGE_TO = re.compile(r"^(?:bis|unter)\s*(\d{1,3})(?:\s*jahre?n?)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_POSTAL_CODE = re.compile(r"\b\d{5}\b")
_LIST_FIELDS = {"sessions", "audiences", "category", "keywords", "language", "funding"}


# --- CSV -----------------------------------------------------------------------------------------------------


def parse_csv(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per non-empty row of a template CSV."""
    _check_size(content)
    text, warnings = safe.decode_text(content)
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise FormatError(f"not a readable CSV file ({exc})") from None
    start = next((i for i, row in enumerate(rows[:MAX_HEADER_SEARCH_ROWS]) if _title_column(row) is not None), None)
    if start is None:
        raise FormatError("no header row with a 'titel' (or 'title') column in the first lines; see docs/partners.md")
    if start:
        warnings.append(f"the first {start} line(s) before the header row were ignored")
    header = rows[start]
    columns, header_warnings = _columns(header)
    data = [row for row in rows[start + 1 :] if any(cell.strip() for cell in row)]
    if len(data) > MAX_TEMPLATE_ROWS:
        raise FormatError(f"the file has {len(data)} rows, more than the {MAX_TEMPLATE_ROWS} we read; split it")
    for row in data:
        values: dict[str, Any] = {}
        row_warnings = list(warnings) + header_warnings
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            row_warnings.append(f"row has {len(row)} cells but the header only {len(header)}; extra cells ignored")
        for column, cell in zip(columns, row, strict=False):
            if column is not None and cell.strip() and column.name not in values:
                values[column.name] = cell.replace("\r\n", "\n").replace("\r", "\n").strip()
        yield _record(values, row_warnings)


def _delimiter(text: str) -> str:
    """The delimiter csv.Sniffer finds, unless another one splits the header into more known columns."""
    sample = text[:SNIFF_CHARS]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        sniffed = ";"
    first_line = sample.lstrip("\ufeff").split("\n", 1)[0]

    def known(delimiter: str) -> int:
        return sum(1 for cell in next(csv.reader([first_line], delimiter=delimiter), []) if fold_key(cell) in BY_KEY)

    best = max([sniffed, ";", ",", "\t"], key=known)
    return sniffed if known(sniffed) >= known(best) else best


def _title_column(row: list[str]) -> int | None:
    return next((i for i, cell in enumerate(row) if BY_KEY.get(fold_key(cell)) is COLUMNS[1]), None)


def _columns(header: list[str]) -> tuple[list[Column | None], list[str]]:
    columns: list[Column | None] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for cell in header:
        column = BY_KEY.get(fold_key(cell))
        if column is None and cell.strip():
            warnings.append(f"unknown column {cell.strip()!r} ignored (see docs/partners.md for the columns)")
        elif column is not None and column.name in seen:
            warnings.append(f"column {cell.strip()!r} repeats {column.name!r}; the first filled cell is used")
        if column is not None:
            seen.add(column.name)
        columns.append(column)
    return columns, warnings


# --- JSON ----------------------------------------------------------------------------------------------------


def parse_json(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per object of a template JSON file (a list, or {"offers": [...]})."""
    _check_size(content)
    warnings: list[str] = []
    data = safe.parse_json(content, warnings)
    if isinstance(data, dict):
        data = next((data[k] for k in data if fold_key(k) in {"offers", "angebote"}), None)
    if not isinstance(data, list):
        raise FormatError('expected a list of offers, or an object {"offers": [...]}')
    if len(data) > MAX_TEMPLATE_ROWS:
        raise FormatError(f"the file has {len(data)} offers, more than the {MAX_TEMPLATE_ROWS} we read; split it")
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            yield {"_reject": f"offer {index} is not a JSON object", "title": str(item)[:80]}  # type: ignore[typeddict-unknown-key]
            continue
        values: dict[str, Any] = {}
        item_warnings = list(warnings)
        for key, value in item.items():
            column = BY_KEY.get(fold_key(str(key)))
            if column is None:
                item_warnings.append(f"unknown field {key!r} ignored (see docs/partners.md for the fields)")
            elif value not in (None, "", []) and column.name not in values:
                values[column.name] = value
        yield _record(values, item_warnings)


def _check_size(content: bytes) -> None:
    if len(content) > MAX_TEMPLATE_BYTES:
        raise FormatError(f"the file is larger than {MAX_TEMPLATE_BYTES // 1_000_000} MB; split it")


# --- one offer -----------------------------------------------------------------------------------------------


def _record(values: dict[str, Any], warnings: list[str]) -> RawRecord:
    """A raw record from one row's (or object's) values, keyed by English column names."""
    text = {k: _text(v) for k, v in values.items() if k not in _LIST_FIELDS}
    record: RawRecord = {"title": text.get("title", ""), "warnings": warnings}
    for column, field in (
        ("id", "source_ref"),
        ("subtitle", "subtitle"),
        ("schedule_text", "schedule_text"),
        ("course_code", "course_code"),
        ("kind", "kind"),
        ("level", "level"),
        ("status", "status"),
        ("capacity", "capacity_max"),
        ("registration_deadline", "registration_deadline"),
    ):
        if text.get(column):
            record[field] = text[column]  # type: ignore[literal-required]
    description = [text["description"]] if text.get("description") else []
    start, end = text.get("start"), text.get("end")
    if start:
        record["start"] = start
    if end:
        record["end"] = _end_on_start_day(start, end)
    if "sessions" in values:
        record["sessions"] = _sessions(values["sessions"])
    _place(record, text, warnings)
    _price(record, values, text)
    if "is_free" in values:
        free = _boolean(values["is_free"])
        if free is None:
            warnings.append(f"kostenlos: {text['is_free']!r} is neither ja nor nein; ignored")
        else:
            record["is_free"] = free
    for column, field in (("audiences", "audiences"), ("keywords", "keywords")):
        if column in values:
            record[field] = _items(values[column])  # type: ignore[literal-required]
    if "category" in values:
        record["categories"] = _items(values["category"])
        record["source_categories"] = _items(values["category"])
    if "age" in values:
        _ages(record, text["age"], warnings)
    if "language" in values:
        record["languages"] = _languages(_items(values["language"]), warnings)
    if "funding" in values:
        record["funding"] = _funding(_items(values["funding"]), warnings)
    if "wheelchair" in values:
        flag = _boolean(values["wheelchair"])
        record["accessibility"] = {"wheelchair": flag} if flag is not None else {"notes": text["wheelchair"]}
    for column, field in (("url", "url"), ("image_url", "image_url")):
        if text.get(column) and (url := _url(text[column], column, warnings)):
            record[field] = url  # type: ignore[literal-required]
    if registration := text.get("registration_url"):
        if _EMAIL.match(registration):
            record["registration_url"] = f"mailto:{registration}"
        elif registration.lower().startswith(("http://", "https://", "www.")):
            if url := _url(registration, "registration_url", warnings):
                record["registration_url"] = url
        else:
            description.append(f"Anmeldung: {registration}")
    organizer = {
        k: text[c]
        for k, c in (("name", "organizer"), ("email", "organizer_email"), ("phone", "organizer_phone"))
        if text.get(c)
    }
    if organizer:
        record["organizer"] = organizer
    if description:
        record["description"] = "\n\n".join(description)
    return record


def _price(record: RawRecord, values: dict[str, Any], text: dict[str, str]) -> None:
    """JSON numbers are amounts in euro; text ("8,00 €", "ermäßigt 5 €") is left to the normaliser."""
    price, reduced = values.get("price"), values.get("price_reduced")
    if _is_number(price) and (reduced is None or _is_number(reduced)):
        record["price_eur"] = float(price)
        if reduced is not None:
            record["price_options"] = [{"label": "ermäßigt", "amount_eur": float(reduced)}]
        return
    words = [text.get("price"), f"ermäßigt {text['price_reduced']}" if text.get("price_reduced") else None]
    if price_text := ", ".join(w for w in words if w):
        record["price_text"] = price_text


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def _place(record: RawRecord, text: dict[str, str], warnings: list[str]) -> None:
    parts = {
        "name": text.get("place_name"),
        "room": text.get("room"),
        "street": text.get("street"),
        "postal_code": text.get("postal_code"),
        "locality": text.get("locality"),
        "district": text.get("district"),
    }
    has_address = any(parts[k] for k in ("street", "postal_code", "locality"))
    name = parts["name"] or ""
    if not has_address and "," in name and _POSTAL_CODE.search(name):
        record["location"] = name  # a whole address line in the "ort" column: the normaliser reads it
    elif any(parts.values()):
        record["location"] = {k: v for k, v in parts.items() if v}
    online = text.get("online", "")
    online_url = text.get("online_url") or (online if online.lower().startswith(("http://", "https://")) else "")
    if online_url and (url := _url(online_url, "online_url", warnings)):
        record["online_url"] = url
        record["attendance_mode"] = "mixed" if "location" in record else "online"
    elif online.lower() in {"hybrid", "beides", "gemischt"}:
        record["attendance_mode"] = "mixed"
    elif online:
        flag = _boolean(online)
        if flag is None:
            warnings.append(f"online: {online!r} is neither ja, nein, hybrid nor a link; ignored")
        elif flag:
            record["attendance_mode"] = "online"


def _end_on_start_day(start: str | None, end: str) -> str:
    """'19:30' as the end of '12.03.2025 18:00' is '12.03.2025 19:30'."""
    if start and _TIME_ONLY.match(end) and (match := _DAY_AND_TIME.match(start)):
        return f"{match.group('day')} {end}"
    return end


def _sessions(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else re.split(r"[;\n]", _text(value))
    sessions: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            session = {column_name(str(k)): v for k, v in item.items()}
            if session.get("start"):
                sessions.append({"start": _text(session["start"]), "end": _text(session.get("end")) or None})
            continue
        entry = _text(item).strip().rstrip(",")
        if not entry:
            continue
        if match := _SESSION.match(entry):
            day = match.group("day")
            sessions.append({"start": f"{day} {match.group('t1')}", "end": f"{day} {match.group('t2')}"})
        elif match := _ISO_INTERVAL.match(entry):
            sessions.append({"start": match.group(1), "end": match.group(2)})
        else:
            sessions.append({"start": entry, "end": None})
    return sessions


def _ages(record: RawRecord, value: str, warnings: list[str]) -> None:
    if match := _AGE_RANGE.match(value):
        record["min_age"], record["max_age"] = int(match.group(1)), int(match.group(2))
    elif match := _AGE_FROM.match(value):
        record["min_age"] = int(next(g for g in match.groups() if g))
    elif match := _AGE_TO.match(value):
        record["max_age"] = int(match.group(1))
    elif value.isdigit():
        record["min_age"] = int(value)
    else:
        warnings.append(f"alter: {value!r} is not an age such as 8-12, ab 6 or bis 10; ignored")


def _languages(items: list[str], warnings: list[str]) -> list[str]:
    codes = []
    for item in items:
        word = item.lower()
        code = (
            word
            if len(word) == 2 and word.isalpha()
            else next((c for stem, c in LANGUAGE_STEMS.items() if word.startswith(stem)), None)
        )
        if code:
            codes.append(code)
        else:
            warnings.append(f"sprache: {item!r} is not a language we know; ignored")
    return list(dict.fromkeys(codes))


def _funding(items: list[str], warnings: list[str]) -> list[str]:
    codes = []
    for item in items:
        code = fold_key(item).replace("_", "-")
        if code in Funding._value2member_map_:
            codes.append(code)
        else:
            warnings.append(f"foerderung: {item!r} is not one of {', '.join(f.value for f in Funding)}; ignored")
    return codes


def _url(value: str, column: str, warnings: list[str]) -> str | None:
    url = value.strip()
    if url.lower().startswith("www."):
        url = f"https://{url}"
    if re.match(r"^https?://[^\s/$.?#][^\s]*$", url, re.IGNORECASE):
        return url
    warnings.append(f"{column}: {value[:80]!r} is not a web address (http:// or https://); ignored")
    return None


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    word = _text(value).strip().lower()
    if word in _TRUE:
        return True
    return False if word in _FALSE else None


def _items(value: Any) -> list[str]:
    if isinstance(value, list):
        return [_text(v).strip() for v in value if _text(v).strip()]
    return [part.strip() for part in re.split(r"[,;\n]", _text(value)) if part.strip()]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value.strip() if isinstance(value, str) else str(value)
