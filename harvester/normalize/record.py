"""The one normaliser: a parser's raw record in, a validated Offer out (or a reason why not).

Every format and every spider goes through ``normalize_record``; none of them reads German
dates, prices, addresses or categories on its own (STYLE.md 5).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from harvester import settings
from harvester.normalize import dates, places, prices, text, vocab_inference
from schemas.offer import Offer
from schemas.vocab import Audience, Category, Funding, Kind, Status


class RecordError(ValueError):
    """A record that cannot become an offer; the message says which field and why."""


@dataclass(frozen=True)
class SourceContext:
    """What the normaliser needs to know about the source of a record."""

    source_id: str
    provider_id: str
    timezone: ZoneInfo
    licence: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


def normalize_record(raw: dict[str, Any], ctx: SourceContext, *, now: datetime) -> Offer:
    """Turn one raw record into a validated Offer; raise RecordError naming the field and the reason."""
    if raw.get("_reject"):
        raise RecordError(str(raw["_reject"]))
    warnings: list[str] = [str(w) for w in raw.get("warnings") or []]
    today = now.astimezone(ctx.timezone).date()
    title = text.clean_line(raw.get("title"))
    if not title:
        raise RecordError("title: missing or empty (every offer needs a title)")
    description, had_html = _description(raw.get("description"))
    if had_html:
        warnings.append("HTML removed from description")
    subtitle = text.clean_line(raw.get("subtitle"))

    status = _status(raw, title, warnings)
    start, end, all_day, schedule = _when(raw, ctx, today, title, description, warnings)
    from_text = schedule is not None and schedule.start is not None and start == schedule.start
    sessions = _sessions(raw.get("sessions") or [], ctx, today, warnings)
    location = places.place_from(raw.get("location"))
    if location is None and not raw.get("location") and description:
        location = places.find_place(description)
    online_url = text.clean_line(raw.get("online_url"))
    location_text = raw["location"] if isinstance(raw.get("location"), str) else None
    if location_text and places.is_online_place(location_text):
        location = places.town_of_online_place(location_text)  # "Zoom Meeting, Detroit, MI": the town stays
        if location_text.startswith("http") and not online_url:
            online_url = location_text.strip()
    if sessions:
        start = start or sessions[0]["start"]
        if end is None and len(sessions) > 1:
            end = sessions[-1]["end"] or sessions[-1]["start"]
        elif end is None:
            end = sessions[0]["end"]
    if start is not None and end is not None and _instant(end) < _instant(start):
        warnings.append(f"end {end.isoformat()} is before start {start.isoformat()}; end ignored")
        end = None
    if not sessions and start is not None and _one_occurrence(start, end):
        sessions = [{"start": start, "end": end, "status": status}]
    if isinstance(start, datetime) and end is None:
        warnings.append("no end time")
    if start is None:
        warnings.append("no date found")

    source_categories = text.clean_list(raw.get("source_categories"))
    keywords = text.clean_list(raw.get("keywords"))
    words = source_categories + keywords + text.clean_list(raw.get("audiences"))
    price = _price(raw, description, warnings)
    kind_word = str(raw.get("kind") or "")
    session_count = _int(raw.get("session_count")) or (schedule.session_count if schedule else None)
    if session_count is None and len(sessions) > 1:
        session_count = len(sessions)
    kind = (
        kind_word
        if kind_word in Kind._value2member_map_
        else vocab_inference.infer_kind(
            title=title, source_words=[kind_word, *source_categories], session_count=session_count
        )
    )
    categories = _known(raw.get("categories"), Category) + vocab_inference.infer_categories(
        title=title,
        description=description,
        source_categories=source_categories,
        mapping=ctx.options.get("categories"),
    )
    audiences = _known(raw.get("audiences"), Audience) + vocab_inference.infer_audiences(
        title=title, description=description, words=words
    )
    min_age, max_age = _int(raw.get("min_age")), _int(raw.get("max_age"))
    if min_age is None and max_age is None:
        min_age, max_age = vocab_inference.infer_ages(f"{title}\n{subtitle or ''}")
    attendance = str(raw.get("attendance_mode") or "") or vocab_inference.infer_attendance_mode(
        location_text=location_text, words=[title, *words]
    )
    if attendance not in {"offline", "online", "mixed"}:
        attendance = "online" if (online_url and not location) else "offline"
    weekdays = sorted(
        {dates.weekday_code(_local_date(s["start"], ctx.timezone)) for s in sessions}, key=_WEEKDAY_ORDER.index
    )
    if not weekdays and schedule:
        weekdays = list(schedule.weekdays)
    source_ref = text.clean_line(raw.get("source_ref")) or _derived_ref(title, start, location)
    fields: dict[str, Any] = {
        "id": f"{ctx.source_id}:{source_ref}",
        "source_id": ctx.source_id,
        "source_ref": source_ref,
        "course_code": text.clean_line(raw.get("course_code")),
        "url": text.clean_line(raw.get("url")),
        "provider_id": ctx.provider_id,
        "licence": ctx.licence,
        "source_modified_at": _optional_when(raw.get("source_modified_at"), ctx, today, "source_modified_at", warnings),
        "title": title,
        "subtitle": subtitle,
        "description": description or None,
        "kind": kind,
        "categories": sorted(set(categories)),
        "source_categories": source_categories,
        "keywords": keywords,
        "level": text.clean_line(raw.get("level")) or vocab_inference.infer_level(title),
        "image_url": text.clean_line(raw.get("image_url")),
        "audiences": sorted(set(audiences)),
        "min_age": min_age,
        "max_age": max_age,
        "languages": text.clean_list(raw.get("languages")) or vocab_inference.infer_languages(title),
        "accessibility": raw.get("accessibility") or None,
        "status": status,
        "start": start,
        "end": end,
        "all_day": all_day or (start is not None and not isinstance(start, datetime)),
        "sessions": sessions,
        "schedule_text": text.clean_line(raw.get("schedule_text")) or (schedule.time_text if from_text else None),
        "session_count": session_count,
        "time_of_day": dates.time_of_day(start) if isinstance(start, datetime) else None,
        "weekdays": weekdays,
        "attendance_mode": attendance,
        "online_url": online_url,
        "location": location,
        "registration_url": text.clean_line(raw.get("registration_url")),
        "registration_deadline": _optional_when(
            raw.get("registration_deadline"), ctx, today, "registration_deadline", warnings
        ),
        "places_available": _int(raw.get("places_available")),
        "capacity_max": _int(raw.get("capacity_max")),
        "price_eur": price.price_eur if price else None,
        "price_options": [{"label": label, "amount_eur": amount} for label, amount in (price.options if price else ())],
        "price_text": text.clean_line(raw.get("price_text")),
        "is_free": raw["is_free"] if isinstance(raw.get("is_free"), bool) else (price.is_free if price else None),
        "funding": _funding(raw, ctx, f"{title}\n{description}"),
        "certificate": text.clean_line(raw.get("certificate")),
        "organizer": _organizer(raw.get("organizer")),
        "warnings": list(dict.fromkeys(warnings)),
    }
    try:
        return Offer.model_validate(fields)
    except ValidationError as exc:
        raise RecordError(_explain(exc)) from None


_WEEKDAY_ORDER = ["mo", "tu", "we", "th", "fr", "sa", "su"]


def _when(
    raw: dict[str, Any], ctx: SourceContext, today: date, title: str, description: str, warnings: list[str]
) -> tuple[Any, Any, bool, dates.Schedule | None]:
    """Start, end and all-day from the record's fields, else from its schedule text, title or description."""
    start = _required_when(raw.get("start"), ctx, today, "start")
    end = _required_when(raw.get("end"), ctx, today, "end")
    all_day = bool(raw.get("all_day"))
    schedule = None
    for candidate in (raw.get("schedule_text"), title, description):
        if candidate:
            found = dates.parse_schedule(str(candidate), tz=ctx.timezone, today=today)
            if found is not None and (schedule is None or schedule.start is None):
                # a text with a date wins over one with weekdays only ("Vorlesestunde am Samstag")
                schedule = found if found.start is not None or schedule is None else schedule
            if schedule is not None and schedule.start is not None:
                break
    if start is None and not raw.get("sessions") and schedule is not None and schedule.start is not None:
        start, end, all_day = schedule.start, schedule.end, schedule.all_day
    if all_day and isinstance(start, datetime):
        start = _local_date(start, ctx.timezone)
        end = _local_date(end, ctx.timezone) if end is not None else None
    return start, end, all_day, schedule


#: Markup that survived one pass means the source escaped its HTML (``&lt;p&gt;``): strip it once more.
_LEFTOVER_TAG = re.compile(r"</?(?:p|br|div|span|strong|em|b|i|a|ul|ol|li|h[1-6])\b[^>]*>", re.IGNORECASE)


def _description(value: Any) -> tuple[str, bool]:
    if not value:
        return "", False
    result, had_html = text.html_to_text(str(value))
    if _LEFTOVER_TAG.search(result):
        result, _ = text.html_to_text(result)
        had_html = True
    return result, had_html


def _required_when(value: Any, ctx: SourceContext, today: date, name: str) -> Any:
    """A date or an aware date-time, expressed in the source's zone (so listings sort and read locally)."""
    try:
        result = dates.to_when(value, tz=ctx.timezone, today=today)
        return result.astimezone(ctx.timezone) if isinstance(result, datetime) else result
    except ValueError as exc:
        raise RecordError(f"{name}: {value!r} is not a date ({exc}); expected e.g. 2025-03-12T18:00:00+01:00") from None


def _optional_when(value: Any, ctx: SourceContext, today: date, name: str, warnings: list[str]) -> Any:
    try:
        result = dates.to_when(value, tz=ctx.timezone, today=today)
    except ValueError:
        warnings.append(f"{name}: {value!r} is not a date; ignored")
        return None
    if isinstance(result, date) and not isinstance(result, datetime) and name == "source_modified_at":
        return datetime(result.year, result.month, result.day, tzinfo=ctx.timezone)
    return result


def _sessions(raw_sessions: list[Any], ctx: SourceContext, today: date, warnings: list[str]) -> list[dict[str, Any]]:
    sessions = []
    for raw in raw_sessions:
        if not isinstance(raw, dict):
            continue
        start = _required_when(raw.get("start"), ctx, today, "sessions.start")
        if start is None:
            continue
        end = _required_when(raw.get("end"), ctx, today, "sessions.end")
        if end is not None and _instant(end) < _instant(start):
            end = None
        session: dict[str, Any] = {"start": start, "end": end}
        place = places.place_from(raw.get("place"))
        if place:
            session["place"] = place
        status = vocab_inference.infer_status(str(raw.get("status") or ""))
        if status:
            session["status"] = status
        sessions.append(session)
    sessions.sort(key=lambda s: _instant(s["start"]))
    if len(sessions) > settings.MAX_SESSIONS_PER_OFFER:
        warnings.append(f"{len(sessions)} sessions; kept the last {settings.MAX_SESSIONS_PER_OFFER}")
        sessions = sessions[-settings.MAX_SESSIONS_PER_OFFER :]
    return sessions


def _price(raw: dict[str, Any], description: str, warnings: list[str]) -> prices.PriceInfo | None:
    if raw.get("price_eur") not in (None, ""):
        amount = prices.parse_amount(raw["price_eur"])
        if amount is None:
            warnings.append(f"price {raw['price_eur']!r} unparsed")
        else:
            options = tuple(
                (str(o.get("label") or ""), option_amount)
                for o in raw.get("price_options") or []
                if isinstance(o, dict) and (option_amount := prices.parse_amount(o.get("amount_eur", ""))) is not None
            )
            return prices.PriceInfo(price_eur=amount, options=options, is_free=amount == 0, recognised=True)
    if raw.get("price_text"):
        info = prices.parse_price(str(raw["price_text"]))
        if not info.recognised:
            warnings.append(f"price {str(raw['price_text'])[:80]!r} unparsed")
        return info
    if description:
        return prices.find_price(description)
    return None


#: Where a title announces a status: in brackets, before a colon or dash at its start, after a dash at its end,
#: or as the whole title ("(abgesagt)", "ENTFÄLLT: Lesung", "Lesung – ausgebucht"); not in running text.
_TITLE_STATUS_PARTS = re.compile(
    r"[(\[]\s*(?P<bracket>[^()\[\]]{2,40}?)\s*[)\]]"
    r"|^\W*(?P<prefix>[^:–—\-]{2,30}?)\s*(?::|\s[-–—]\s|!)"
    r"|\s[-–—:]\s*(?P<suffix>[^:–—\-]{2,30}?)\W*$"
)


def _title_status(title: str) -> str | None:
    parts = [m.group(m.lastgroup) for m in _TITLE_STATUS_PARTS.finditer(title) if m.lastgroup]
    for part in [*parts, title]:
        status = vocab_inference.infer_status(part)
        if status and (part != title or len(title.split()) <= 3):
            return status
    return None


def _status(raw: dict[str, Any], title: str, warnings: list[str]) -> str:
    stated = vocab_inference.infer_status(str(raw.get("status") or ""))
    in_title = _title_status(title)
    if in_title and in_title != Status.scheduled and stated in (None, Status.scheduled):
        warnings.append(f"status '{in_title}' read from the title")
        return in_title
    return stated or Status.scheduled


def _funding(raw: dict[str, Any], ctx: SourceContext, words: str) -> list[str]:
    """Stated funding codes plus those the text names; "Bildungsurlaub" means the source's state's law.

    The option ``bildungsurlaub_funding`` names that law's code (default: bildungsurlaub-nrw, our first
    cities are in NRW); an empty value drops the inferred code.
    """
    inferred = vocab_inference.infer_funding(words)
    leave = Funding.bildungsurlaub_nrw.value
    if leave in inferred and "bildungsurlaub_funding" in ctx.options:
        inferred = [code for code in inferred if code != leave]
        inferred += _known([ctx.options["bildungsurlaub_funding"]], Funding)
    return sorted(set(_known(raw.get("funding"), Funding) + inferred))


def _organizer(value: Any) -> dict[str, Any] | None:
    if isinstance(value, str):
        name = text.clean_line(value)
        return {"name": name} if name else None
    if isinstance(value, dict):
        cleaned = {k: text.clean_line(value.get(k)) for k in ("name", "url", "email", "phone")}
        return cleaned if any(cleaned.values()) else None
    return None


def _known(values: Any, vocabulary: type) -> list[str]:
    return [v for v in text.clean_list(values) if v in vocabulary._value2member_map_]


def _int(value: Any) -> int | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        number = int(float(str(value).replace(",", ".").strip()))
    except ValueError:
        return None
    return number if number >= 0 else None


def _instant(value: datetime | date) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day, tzinfo=ZoneInfo("UTC"))


def _local_date(value: datetime | date, zone: ZoneInfo) -> date:
    return value.astimezone(zone).date() if isinstance(value, datetime) else value


#: A start and end further apart than this are a period with unknown dates (a course "10.03.–30.06."),
#: not one occurrence: no session is made up for it.
MAX_SINGLE_OCCURRENCE_DAYS = 7


def _one_occurrence(start: Any, end: Any) -> bool:
    """True when start..end reads as one occurrence (an evening, a day, a multi-day event of up to a week)."""
    if end is None:
        return True
    return (_instant(end) - _instant(start)).days <= MAX_SINGLE_OCCURRENCE_DAYS


def _derived_ref(title: str, start: Any, location: dict[str, Any] | None) -> str:
    """A stable ref for a record whose source gives none: a hash of title, start and place."""
    key = json.dumps([title.casefold(), start.isoformat() if start else None, location], sort_keys=True, default=str)
    return "h" + hashlib.sha256(key.encode()).hexdigest()[:20]


def _explain(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "record"
        value = error.get("input")
        shown = f" (got {str(value)[:80]!r})" if value is not None and not isinstance(value, dict) else ""
        parts.append(f"{where}: {error['msg']}{shown}")
    return "; ".join(parts)
