"""Open-vhs dates: ``termin`` lists (flat, or the dialect's ``ortetermine``) and course dates -> sessions, start, end.

Times stay local ISO strings ("2025-03-12T18:00") for the normaliser to localise in the source's zone; a
time written with an offset keeps it. An end time before the start time on the same day ends on the next day.
"""

from __future__ import annotations

from typing import Any

from harvester.formats import RawRecord
from harvester.formats.openvhs_places import place_of
from harvester.formats.openvhs_values import (
    as_list,
    clock,
    date_time,
    dict_of,
    iso_date,
    minutes,
    next_day,
    text_of,
    texts_of,
)

#: At most this many termine of one veranstaltung are read (the normaliser keeps fewer still).
MAX_TERMINE = 2_000


def add_when(rec: dict[str, Any], record: RawRecord, warnings: list[str]) -> None:
    """Sessions from the termine, else start and end from the course dates; weekdays as schedule_text."""
    termine, places = _termine_and_places(rec)
    if len(termine) > MAX_TERMINE:
        warnings.append(f"{len(termine)} termine; read the first {MAX_TERMINE}")
        termine = termine[:MAX_TERMINE]
    sessions = []
    for index, termin in enumerate(termine):
        session = _session(termin, warnings)
        if session is None:
            continue
        if index < len(places) and places[index] is not None:
            session["place"] = places[index]
        sessions.append(session)
    if sessions:
        first_place = sessions[0].get("place")
        if all(s.get("place") == first_place for s in sessions):  # one place for all: the offer's location
            for s in sessions:
                s.pop("place", None)
        record["sessions"] = sessions
    else:
        start_time, end_time = clock(rec.get("beginn_uhrzeit")), clock(rec.get("ende_uhrzeit"))
        start = date_time(rec.get("beginn_datum"), start_time)
        end_day = rec.get("ende_datum")
        if text_of(end_day) is None and end_time:
            end_day = rec.get("beginn_datum")
        end = date_time(end_day, end_time)
        if start:
            record["start"] = start
        if end and end != start and not (start_time and not end_time and iso_date(end_day) == iso_date(start)):
            record["end"] = end
    weekdays = texts_of(rec.get("wochentag"))
    if weekdays:
        record["schedule_text"] = ", ".join(dict.fromkeys(weekdays))


def _termine_and_places(rec: dict[str, Any]) -> tuple[list[Any], list[dict[str, Any] | None]]:
    """The termine, and for the dialect's ``ortetermine`` the address given with each termin."""
    wrapper = dict_of(rec.get("ortetermine"))
    if wrapper and not rec.get("termin"):
        termine = as_list(wrapper.get("termin"))
        addresses = as_list(wrapper.get("adresse"))
        if len(addresses) == len(termine):
            return termine, [place_of(address) if isinstance(address, dict) else None for address in addresses]
        return termine, []
    return as_list(rec.get("termin")), []


def _session(termin: Any, warnings: list[str]) -> dict[str, Any] | None:
    """One termin -> {start, end, status} as ISO local strings (or the source's date text)."""
    if not isinstance(termin, dict):
        day = text_of(termin)
        return {"start": date_time(day, None)} if day else None
    day = termin.get("beginn_datum") or termin.get("datum")
    if text_of(day) is None:
        warnings.append("a termin without beginn_datum was left out")
        return None
    start_time, end_time = clock(termin.get("beginn_uhrzeit")), clock(termin.get("ende_uhrzeit"))
    for name, raw, read in (
        ("beginn_uhrzeit", termin.get("beginn_uhrzeit"), start_time),
        ("ende_uhrzeit", termin.get("ende_uhrzeit"), end_time),
    ):
        if text_of(raw) and read is None:
            warnings.append(f"termin {name} {text_of(raw)!r} is not a time; left out")
    end_day = termin.get("ende_datum") if text_of(termin.get("ende_datum")) else day
    start_day_iso = iso_date(day)
    if (
        start_time
        and end_time
        and text_of(termin.get("ende_datum")) is None
        and start_day_iso
        and minutes(end_time) < minutes(start_time)
    ):
        end_day = next_day(start_day_iso)  # 22:00-01:00 ends the next day
    session: dict[str, Any] = {"start": date_time(day, start_time)}
    if end_time:
        session["end"] = date_time(end_day, end_time)
    elif text_of(termin.get("ende_datum")) and iso_date(end_day) != start_day_iso:
        session["end"] = date_time(end_day, None)
    status = text_of(termin.get("status"))
    if status:
        session["status"] = status
    return session
