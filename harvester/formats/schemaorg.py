"""schema.org events and courses -> raw records: the mapping shared by HTML pages (JSON-LD, microdata) and RPDE feeds.

What becomes an offer (FORMATS.md):
- an ``Event`` or any subtype (``EducationEvent``, ``SocialEvent``, ``CourseInstance``, OpenActive ``SessionSeries``,
  ``ScheduledSession``, ...): one offer; its ``subEvent`` list and its ``eventSchedule`` give the sessions;
- a ``Course``: one offer per ``hasCourseInstance`` (the Course supplies name, description, provider, courseCode,
  ... that the instance lacks); a Course without instances is one offer without dates;
- a ``ScheduledSession`` (or CourseInstance) takes what it lacks from its ``superEvent`` (``instanceOfCourse``),
  embedded or linked by ``@id`` to another node of the same document.

Real documents are read tolerantly: ``@graph`` wrappers, lists where one object is expected, ``http``/``https``
contexts, type names with a ``schema:`` prefix or as full URLs, OpenActive's ``type``/``id`` aliases. Dates,
prices and places are passed on loosely for the normaliser; only machine values (numbers, ISO durations,
Schedules) are computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from harvester.formats import RawRecord
from harvester.formats.schemaorg_schedule import expand_schedule, iso_duration
from harvester.formats.schemaorg_values import (
    ATTENDANCE,
    COURSE_TYPES,
    EVENT_TYPES,
    as_list,
    instant,
    languages_of,
    local_name,
    node_id,
    number_of,
    organizer_of,
    place_of,
    plus_duration,
    prop,
    text_of,
    type_names,
    url_of,
    words_of,
)
from harvester.normalize.prices import parse_price

#: Nodes nested deeper than this are not searched for events (no real page nests past ~10).
MAX_WALK_DEPTH = 32
#: At most this many offers are read from one document (a listing page or one RPDE item).
MAX_OFFERS_PER_DOCUMENT = 5_000

#: Properties an instance or session takes from its Course or superEvent when it has none of its own.
INHERITED = (
    "name",
    "description",
    "url",
    "organizer",
    "provider",
    "courseCode",
    "image",
    "location",
    "offers",
    "keywords",
    "about",
    "genre",
    "category",
    "activity",
    "inLanguage",
    "audience",
    "typicalAgeRange",
    "ageRange",
    "eventAttendanceMode",
    "isAccessibleForFree",
    "educationalLevel",
    "courseMode",
)
_AGE_RANGE = re.compile(r"^\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3})?|\+)?\s*$")


class SchemaMapper:
    """Maps the schema.org nodes of one document (a page, or one RPDE page) to raw records."""

    def __init__(
        self, documents: Iterable[Any], *, base_url: str, timezone: ZoneInfo, now: datetime, one_page: bool = True
    ) -> None:
        """``one_page``: the documents are blocks of one page, so an instance a Course in another block lists is
        read with that Course only (RPDE items are independent: each is one offer of its own)."""
        self.base_url = base_url
        self.timezone = timezone
        self.now = now
        self.index: dict[str, dict[str, Any]] = {}
        self.claimed: set[str] = set()
        for node in _dicts(list(documents)):
            ref = node_id(node)
            if ref and len(node) > 1 and ref not in self.index:  # a reference {"@id": ...} is not a definition
                self.index[ref] = node
            if one_page and type_names(node) & (EVENT_TYPES | COURSE_TYPES):
                self.claimed.update(self._claimed(node))

    def records(self, document: Any) -> list[RawRecord]:
        """One raw record per offer found in a document (a JSON-LD block, a microdata item, an RPDE item's data)."""
        roots = list(_roots(document))
        claimed = self.claimed | {ref for root in roots for ref in self._claimed(root)}
        records: list[RawRecord] = []
        seen: set[int] = set()
        for root in roots:
            if id(root) in seen or (node_id(root) in claimed):
                continue
            seen.add(id(root))
            records.extend(self._offers_of(root, roots))
            if len(records) >= MAX_OFFERS_PER_DOCUMENT:
                records = records[:MAX_OFFERS_PER_DOCUMENT]
                records[-1].setdefault("warnings", []).append(f"only the first {MAX_OFFERS_PER_DOCUMENT} offers read")
                break
        return records

    def resolve(self, value: Any) -> Any:
        """A node, or the node a reference (an @id string or {"@id": ...}) points to in this document."""
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str):
            return self.index.get(value.strip(), value)
        if isinstance(value, dict) and len(value) <= 2 and node_id(value) in self.index:
            return self.index[node_id(value) or ""]
        return value

    # -- which node is which offer --------------------------------------------------------------
    def _claimed(self, root: dict[str, Any]) -> Iterator[str]:
        """@ids of instances and sessions that are read as part of a Course or series."""
        for key in ("hasCourseInstance", "subEvent"):
            for child in as_list(prop(root, key)):
                ref = child.strip() if isinstance(child, str) else node_id(child)
                if ref:
                    yield ref

    def _offers_of(self, root: dict[str, Any], roots: list[dict[str, Any]]) -> list[RawRecord]:
        types = type_names(root)
        if types & COURSE_TYPES and not types & EVENT_TYPES:
            instances = [self.resolve(child) for child in as_list(prop(root, "hasCourseInstance"))]
            instances = [node for node in instances if isinstance(node, dict)]
            if not instances:
                ref = node_id(root)
                if ref and any(node_id(self.resolve(prop(r, "instanceOfCourse"))) == ref for r in roots):
                    return []  # its instances are nodes of their own and name it as their course
                return [self.record(root, None)]
            return [self.record(instance, root, position=n) for n, instance in enumerate(instances, 1)]
        parent = self.resolve(prop(root, "instanceOfCourse") or prop(root, "superEvent"))
        if isinstance(parent, str) and not text_of(prop(root, "name")):
            what = " ".join(part for part in ("/".join(sorted(types)), _ref(root)) if part)
            reason = (
                f"{what}: its superEvent {parent} is not in this document, so it has no title "
                "(harvest the feed of the series instead)"
            )
            return [{"_reject": reason, "title": "", "source_ref": _ref(root) or ""}]
        return [self.record(root, parent if isinstance(parent, dict) else None)]

    # -- one offer ----------------------------------------------------------------------------------
    def record(self, node: dict[str, Any], parent: dict[str, Any] | None, *, position: int = 0) -> RawRecord:
        """The raw record of one event node (its parent Course or superEvent filling the gaps)."""

        def get(name: str) -> Any:
            value = prop(node, name)
            if value is None and parent is not None and name in INHERITED:
                value = prop(parent, name)
            return value

        warnings: list[str] = []
        types = type_names(node) | type_names(parent)
        record: RawRecord = {"title": text_of(get("name")) or "", "warnings": warnings}
        kind = (
            "course"
            if types & {"Course", "CourseInstance"}
            else next((name for name in sorted(type_names(node)) if name != "Event"), None)
        )
        self._put(record, "kind", kind)
        ref = self._iri(node_id(node)) or text_of(prop(node, "identifier"))
        parent_ref = self._iri(node_id(parent)) or _ref(parent) if parent is not None else None
        if ref is None and parent_ref:  # instances often share their course's url
            ref = f"{parent_ref}#{text_of(prop(node, 'startDate')) or position}"
        self._put(record, "source_ref", ref or text_of(prop(node, "url")))
        self._put(record, "description", text_of(get("description")))
        self._put(record, "url", self._url(url_of(get("url"))))
        self._put(record, "course_code", text_of(get("courseCode")))
        self._put(record, "image_url", self._url(url_of(get("image"))))
        self._put(record, "source_modified_at", text_of(prop(node, "dateModified")))
        self._put(record, "status", local_name(text_of(prop(node, "eventStatus"))) or None)
        self._when(record, node)
        self._sessions(record, node, warnings)
        self._where(record, get("location"), get("eventAttendanceMode") or get("courseMode"), prop(node, "eventStatus"))
        self._offers(record, get("offers"), warnings)
        if isinstance(get("isAccessibleForFree"), bool | str):
            free = str(get("isAccessibleForFree")).strip().lower()
            if free in {"true", "false"}:
                record["is_free"] = free == "true"
        self._put(record, "organizer", organizer_of(self.resolve(get("organizer") or get("provider"))))
        self._put(record, "languages", languages_of(get("inLanguage")))
        self._audience(record, get("audience"), get("typicalAgeRange"), get("ageRange"))
        self._put(record, "capacity_max", number_of(prop(node, "maximumAttendeeCapacity")))
        self._put(record, "places_available", number_of(prop(node, "remainingAttendeeCapacity")))
        if record.get("places_available") == 0 and record.get("status") in (None, "EventScheduled"):
            record["status"] = "full"
        self._put(record, "keywords", words_of(get("keywords")))
        categories = [
            *words_of(get("about")),
            *words_of(get("genre")),
            *words_of(get("category")),
            *words_of(get("activity")),
        ]
        self._put(record, "source_categories", list(dict.fromkeys(categories)))
        level = text_of(get("educationalLevel"))
        if level and re.fullmatch(r"[ABC][12](?:\.\d)?", level.strip()):
            record["level"] = level.strip()[:2]
        return record

    @staticmethod
    def _put(record: RawRecord, key: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            record[key] = value  # type: ignore[literal-required]

    def _iri(self, ref: str | None) -> str | None:
        """An @id as a global ref: "#event" on a page is that page's URL + "#event"."""
        return urljoin(self.base_url, ref) if ref and ref.startswith(("#", "/", "./", "?")) else ref

    def _url(self, value: Any) -> str | None:
        text = text_of(value)
        if not text or text.startswith(("javascript:", "data:", "mailto:")):
            return None
        return urljoin(self.base_url, text.strip())

    def _when(self, record: RawRecord, node: dict[str, Any]) -> None:
        start, end = text_of(prop(node, "startDate")), text_of(prop(node, "endDate"))
        if start and not end:
            end = plus_duration(start, iso_duration(text_of(prop(node, "duration"))))
        self._put(record, "start", start)
        self._put(record, "end", end)

    def _sessions(self, record: RawRecord, node: dict[str, Any], warnings: list[str]) -> None:
        sessions = []
        for child in as_list(prop(node, "subEvent")):
            sub = self.resolve(child)
            start = text_of(prop(sub, "startDate"))
            if not start:
                continue
            end = text_of(prop(sub, "endDate")) or plus_duration(start, iso_duration(text_of(prop(sub, "duration"))))
            session: dict[str, Any] = {"start": start, "end": end}
            status = local_name(text_of(prop(sub, "eventStatus")))
            if number_of(prop(sub, "remainingAttendeeCapacity")) == 0 and status in ("", "EventScheduled"):
                status = "full"
            if status:
                session["status"] = status
            place = prop(sub, "location")
            if isinstance(place, dict) and place != prop(node, "location"):
                session["place"] = place_of(place)
            sessions.append(session)
        listed = bool(sessions)  # sessions listed as subEvents win over those computed from a schedule
        schedules = [
            s for s in as_list(prop(node, "eventSchedule") or prop(node, "courseSchedule")) if isinstance(s, dict)
        ]
        texts = []
        for schedule in schedules:
            expanded, text, count = expand_schedule(schedule, now=self.now, timezone=self.timezone, warnings=warnings)
            if not listed:
                sessions.extend(expanded)
            if text:
                texts.append(text)
            if count is not None and len(schedules) == 1 and not listed:
                record["session_count"] = count
        self._put(record, "schedule_text", "; ".join(texts))
        if sessions:
            # The sessions set start and end: a series' own (often date-only) dates would hide their times.
            sessions.sort(key=lambda session: instant(session["start"]))
            record["sessions"] = sessions
            record["start"] = sessions[0]["start"]
            last = sessions[-1]
            record["end"] = (last["end"] or last["start"]) if len(sessions) > 1 else last["end"]
            if record["end"] is None:
                del record["end"]

    def _where(self, record: RawRecord, value: Any, mode: Any, status: Any) -> None:
        places, online = [], []
        for item in as_list(value):
            item = self.resolve(item)
            if isinstance(item, str):
                (online if item.strip().startswith(("http://", "https://")) else places).append(item)
            elif isinstance(item, dict) and "VirtualLocation" in type_names(item):
                online.append(self._url(url_of(prop(item, "url"))) or "")
            elif isinstance(item, dict):
                places.append(item)
        if places:
            first = places[0]
            record["location"] = place_of(first) if isinstance(first, dict) else first
        if online and (url := next((u for u in online if u), None)):
            record["online_url"] = url
        attendance = ATTENDANCE.get(local_name(text_of(mode)))
        if attendance is None and online:
            attendance = "mixed" if places else "online"
        if attendance is None and local_name(text_of(status)) == "EventMovedOnline":
            attendance = "online"
        self._put(record, "attendance_mode", attendance)

    def _offers(self, record: RawRecord, value: Any, warnings: list[str]) -> None:
        amounts: list[tuple[str, float]] = []
        texts: list[str] = []
        paid_in_other_currency = False
        for offer in _offer_nodes([self.resolve(item) for item in as_list(value)]):
            currency = (text_of(prop(offer, "priceCurrency")) or "EUR").strip().upper()
            raw = prop(offer, "price")
            if raw is None:
                raw = prop(offer, "lowPrice")
            label = text_of(prop(offer, "name")) or ""
            if raw is None:
                continue
            if currency not in {"EUR", "€"}:
                other = number_of(raw, decimal=True)
                if other == 0:
                    amounts.append((label, 0.0))  # nothing costs nothing in every currency
                    continue
                warnings.append(f"price {text_of(raw)} {currency} is not in euro; no price taken")
                paid_in_other_currency = paid_in_other_currency or (other is not None and other > 0)
                continue
            amount = number_of(raw, decimal=True)
            if amount is not None:
                amounts.append((label, amount))
            elif text_of(raw):
                texts.append(f"{label}: {text_of(raw)}" if label else str(text_of(raw)))
            if local_name(text_of(prop(offer, "availability"))) == "SoldOut" and record.get("status") in (
                None,
                "EventScheduled",
            ):
                record["status"] = "full"
            if "registration_url" not in record:
                self._put(record, "registration_url", self._url(url_of(prop(offer, "url"))))
            if "registration_deadline" not in record:
                self._put(record, "registration_deadline", text_of(prop(offer, "validThrough")))
        if amounts:
            regular = [amount for label, amount in amounts if len(amounts) == 1 or _regular(label)]
            record["price_eur"] = min(regular or [amount for _, amount in amounts])
            if len(amounts) > 1:
                record["price_options"] = [{"label": label, "amount_eur": amount} for label, amount in amounts]
        if texts:
            record["price_text"] = ", ".join(texts)
        if paid_in_other_currency and not amounts and "is_free" not in record:
            record["is_free"] = False  # "10 USD": not free, though no euro amount is known

    def _audience(self, record: RawRecord, audience: Any, typical: Any, age_range: Any) -> None:
        words: list[str] = []
        low = high = None
        for item in as_list(audience):
            item = self.resolve(item)
            if isinstance(item, dict):
                words.extend(words_of(prop(item, "audienceType")) + words_of(prop(item, "educationalRole")))
                low = _first(low, item, "suggestedMinAge", "requiredMinAge")
                high = _first(high, item, "suggestedMaxAge", "requiredMaxAge")
            elif isinstance(item, str):
                words.append(item)
        for item in as_list(age_range):
            if isinstance(item, dict):
                low, high = _first(low, item, "minValue"), _first(high, item, "maxValue")
        match = _AGE_RANGE.match(text_of(typical) or "")
        if match:
            low = low if low is not None else int(match.group(1))
            if match.group(2):
                high = high if high is not None else int(match.group(2))
        elif text_of(typical):
            words.append(str(text_of(typical)))
        self._put(record, "audiences", list(dict.fromkeys(words)))
        self._put(record, "min_age", low)
        self._put(record, "max_age", high)


def records_from(documents: Iterable[Any], *, base_url: str, timezone: ZoneInfo, now: datetime) -> list[RawRecord]:
    """Every offer in some schema.org documents (JSON-LD blocks, microdata items, a bare JSON-LD document)."""
    documents = list(documents)
    mapper = SchemaMapper(documents, base_url=base_url, timezone=timezone, now=now)
    return [record for document in documents for record in mapper.records(document)]


def _dicts(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > MAX_WALK_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _dicts(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _dicts(item, depth + 1)


def _roots(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Courses and events, searched through @graph, ItemList, WebPage.mainEntity and the like (not inside events)."""
    if depth > MAX_WALK_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _roots(item, depth + 1)
    elif isinstance(value, dict):
        if type_names(value) & (EVENT_TYPES | COURSE_TYPES):
            yield value
            return
        for key, item in value.items():
            if key not in ("@context", "publisher", "author", "isPartOf"):
                yield from _roots(item, depth + 1)


def _ref(node: Any) -> str | None:
    return node_id(node) or text_of(prop(node, "identifier")) or text_of(prop(node, "url"))


def _regular(label: str) -> bool:
    """Whether an offer's name is a regular price ("Kursgebühr", "Erwachsene"), not a reduced one or an extra.

    The German label vocabulary ("ermäßigt", "Mitglieder", "Material", ...) lives once, in the normaliser.
    """
    return not label or parse_price(f"{label} 1 €").price_eur is not None


def _first(known: int | None, node: dict[str, Any], *names: str) -> int | None:
    """known, else the first of the node's properties that is a number."""
    if known is not None:
        return known
    return next((number for number in (number_of(prop(node, name)) for name in names) if number is not None), None)


def _offer_nodes(value: Any) -> Iterator[dict[str, Any]]:
    for offer in as_list(value):
        if not isinstance(offer, dict):
            continue
        nested = prop(offer, "offers")
        if "AggregateOffer" in type_names(offer) and prop(offer, "lowPrice") is None and nested:
            yield from _offer_nodes(nested)
        else:
            yield offer
