"""openQ-cat XML (KURSNET, Bundesagentur für Arbeit): training catalogues with explicit deltas.

A document is ``OPENQCAT`` with a ``HEADER`` (catalogue, supplier) and either a ``NEW_CATALOG``
(the supplier's whole catalogue: a full harvest) or an ``UPDATE_CATALOG`` (``NEW`` and ``DELETE``
blocks: only changes). ``is_full_catalogue`` tells the two apart for the harvest; a ``DELETE``
block's services are yielded as ``{"_deleted": ref}``. Element names are matched without their
namespace and case, since exporters differ (FORMATS.md marks this format "reported").

Offers and runs (decided for the citizen, who signs up for one run at one place and date):

* A ``SERVICE`` with one ``EDUCATION`` is one offer; its ref is the ``PRODUCT_ID``.
* A ``SERVICE`` whose ``SERVICE_MODULE`` holds several ``EDUCATION`` elements is split: each dated
  run (``type="false"``) becomes its own offer, ref ``"<PRODUCT_ID>/<COURSE_ID>"``, with the service's
  and the ``type="true"`` offer's details and the run's own dates, place and capacity. Runs are not
  sessions of one offer: an Umschulung starting in April in one town and in October in another are
  two courses, each with its own registration.
* A ``SERVICE`` holding only a ``type="false"`` run whose ``COURSE_ID`` names another ``SERVICE`` of the
  document (the way KURSNET exporters write repeated courses) inherits what it leaves out from that
  base offer. A base offer with no date of its own whose runs are in the document is not an offer itself.
* A deleted ``SERVICE`` yields its ``PRODUCT_ID`` and ``"<PRODUCT_ID>/<key>"`` for each run it lists. A DELETE
  that names only the ``PRODUCT_ID`` of a service with runs cannot reach the runs (refs are matched exactly);
  the next full catalogue withdraws them.

Exporters write dates as ``xs:date`` (``2025-04-07``, ``2025-04-07+02:00``) or as midnight
date-times with an often wrong offset (``2025-01-13T00:00:00.000+02:00``): both are read as the date
they name. Other values go to the normaliser as they are. Prices are amounts (``4850.00`` or
``0,00``, which means free); ``SUBSIDY`` words go into the description (the normaliser infers
funding from them) and, when they name Bildungsgutschein or Aufstiegs-BAföG, also as funding codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from harvester.formats import FormatError, RawRecord
from harvester.formats import openqcat_fields as oq
from harvester.formats.openqcat_fields import Element
from harvester.formats.safe import local_name, parse_xml

#: At most this many SERVICE elements are read from one catalogue (KURSNET's largest suppliers list a few thousand).
MAX_SERVICES = 100_000
#: At most this many dated runs (EDUCATION type="false") are read from one SERVICE.
MAX_RUNS_PER_SERVICE = 500

_TRUE = {"true", "1", "yes", "ja", "j", "x"}
_FUNDING_CODES = (
    (re.compile(r"bildungsgutschein", re.IGNORECASE), "bildungsgutschein"),
    (re.compile(r"(?:aufstiegs|meister)[- ]?baf(?:ö|oe|o)g|\bafbg\b", re.IGNORECASE), "aufstiegs-bafoeg"),
)
#: INSTRUCTION_FORM codes: 4 is "Fernunterricht/Fernstudium" (online); 0 "Auf Anfrage" and 5 "Selbststudium/
#: E-learning/Blended Learning" say nothing a citizen can search for (the attendance comes from EXECUTION_FORM).
_DISTANCE_LEARNING = "4"
_FORMS_NOT_KEYWORDS = {"0", "4", "5"}
#: COURSE_TYPE words that name another kind of offer than a course (codes and other words are courses).
_KINDS = {"workshop": "workshop", "vortrag": "lecture", "exkursion": "excursion", "beratung": "counselling"}
_FIELDS_NOT_INHERITED = {"source_ref", "start", "end", "schedule_text", "sessions", "warnings"}


def is_full_catalogue(content: bytes) -> bool:
    """True when the document is a ``NEW_CATALOG`` (the supplier's whole catalogue), False for an ``UPDATE_CATALOG``.

    A full catalogue lets the harvest withdraw offers that are missing from it; an update must not.
    A document that cannot be read, or a ``NEW_CATALOG FULLCATALOG="false"``, is never full.
    """
    try:
        root = parse_xml(content)
    except FormatError:
        return False
    body = _catalogue_body(root)
    if body is None or local_name(body) != "new_catalog":
        return False
    return oq.attr(body, "fullcatalog").lower() not in {"false", "0", "no"}


def parse_openqcat(
    content: bytes, *, base_url: str, timezone: ZoneInfo, now: datetime, options: dict[str, Any] | None = None
) -> Iterator[RawRecord]:
    """Yield one raw record per offer or dated run, and ``{"_deleted": ref}`` per deleted service."""
    warnings: list[str] = []
    root = parse_xml(content, warnings)
    if local_name(root) != "openqcat":
        raise FormatError(f"not an openQ-cat catalogue (the root element is <{local_name(root)}>, expected <OPENQCAT>)")
    body = _catalogue_body(root)
    if body is None:
        raise FormatError("the openQ-cat catalogue has neither a NEW_CATALOG nor an UPDATE_CATALOG element")
    header = _header(root)
    services: list[Element] = []
    deleted: list[str] = []
    for service, is_delete in _services(body):
        if len(services) + len(deleted) >= MAX_SERVICES:
            warnings.append(f"only the first {MAX_SERVICES} services were read")
            break
        if is_delete or oq.attr(service, "mode").lower() == "delete":
            deleted.extend(_deleted_refs(service))
        else:
            services.append(service)
    for ref in dict.fromkeys(deleted):
        yield {"_deleted": ref}  # type: ignore[typeddict-unknown-key]
    yield from _offers(services, header, base_url, warnings)


# --- document structure -----------------------------------------------------------------------------------


def _catalogue_body(root: Element) -> Element | None:
    for child in root:
        if local_name(child) in {"new_catalog", "update_catalog"}:
            return child
    return None


def _services(body: Element) -> Iterator[tuple[Element, bool]]:
    """Each SERVICE of the catalogue body, and whether it stands in a DELETE block (a bare PRODUCT_ID too)."""
    for block in body:
        name = local_name(block)
        if name == "service":
            yield block, False
        elif name == "delete":
            for child in block:
                if local_name(child) in {"service", "product_id"}:
                    yield child, True
        elif name:
            for child in block:
                if local_name(child) == "service":
                    yield child, False


def _header(root: Element) -> dict[str, Any]:
    header = oq.find(root, "header")
    supplier = oq.find(header, "supplier")
    address = oq.find(supplier, "address")
    return {
        "currency": oq.text(header, "catalog", "currency") or "EUR",
        "organizer": {
            "name": oq.text(supplier, "supplier_name") or oq.text(address, "name"),
            "url": oq.text(address, "url"),
            "email": oq.text(address, "emails", "email") or oq.text(address, "email"),
            "phone": oq.text(address, "phone"),
        },
    }


def _deleted_refs(element: Element) -> list[str]:
    if local_name(element) == "product_id":
        ref = oq.clean(element)
        return [ref, f"{ref}/*"] if ref else []
    product_id = oq.text(element, "product_id")
    if not product_id:
        return []
    educations = _educations(element)
    runs = _runs(educations) if len(educations) > 1 else []
    # "P/*": every dated run of the service, also those this DELETE block does not list.
    return [product_id, f"{product_id}/*"] + [f"{product_id}/{key}" for key, _ in _run_keys(runs, [])]


# --- offers -----------------------------------------------------------------------------------------------


def _offers(
    services: list[Element], header: dict[str, Any], base_url: str, doc_warnings: list[str]
) -> Iterator[RawRecord]:
    built: list[tuple[Element, list[RawRecord]]] = [
        (service, _service_records(service, header, base_url, doc_warnings)) for service in services
    ]
    bases: dict[str, RawRecord] = {}
    for service, records in built:
        educations = _educations(service)
        if len(records) == 1 and len(educations) <= 1 and not _is_run(educations):
            for key in (oq.text(service, "product_id"), oq.text(educations[0], "course_id") if educations else None):
                if key:
                    bases.setdefault(key, records[0])
    referenced: set[int] = set()
    for service, records in built:
        educations = _educations(service)
        if len(educations) == 1 and _is_run(educations):
            base = bases.get(oq.text(educations[0], "course_id") or "")
            if base is not None and base is not records[0]:
                referenced.add(id(base))
                records[0] = _inherit(base, records[0])
    for _service, records in built:
        for record in records:
            if id(record) in referenced and not record.get("start"):
                continue  # an abstract base offer whose dated runs are offers of their own
            yield record


def _service_records(
    service: Element, header: dict[str, Any], base_url: str, doc_warnings: list[str]
) -> list[RawRecord]:
    product_id = oq.text(service, "product_id")
    record = _service_fields(service, header, base_url)
    record["warnings"] = [*doc_warnings, *record.get("warnings", [])]
    if product_id:
        record["source_ref"] = product_id
    educations = _educations(service)
    runs = _runs(educations)
    if len(educations) <= 1 or not runs:
        if len(educations) > 1:
            record["warnings"].append(
                f"service has {len(educations)} EDUCATION elements and no dated run; read the first"
            )
        return [_combine(record, _education_fields(educations[0], base_url)) if educations else record]
    offer_fields = next((_education_fields(e, base_url) for e in educations if not _is_run([e])), {})
    base = _combine(record, offer_fields)
    if len(runs) > MAX_RUNS_PER_SERVICE:
        base["warnings"].append(f"service has {len(runs)} runs; read the first {MAX_RUNS_PER_SERVICE}")
        runs = runs[:MAX_RUNS_PER_SERVICE]
    records = []
    run_warnings: list[str] = []
    for key, run in _run_keys(runs, run_warnings):
        one = _combine(base, _education_fields(run, base_url))
        one["warnings"] = list(dict.fromkeys([*base["warnings"], *one.get("warnings", []), *run_warnings]))
        if product_id:
            one["source_ref"] = f"{product_id}/{key}"
        records.append(one)
    return records


def _service_fields(service: Element, header: dict[str, Any], base_url: str) -> RawRecord:
    details = oq.find(service, "service_details")
    record: RawRecord = {"title": oq.text(details, "title") or ""}
    short = oq.text(details, "description_short")
    if short and short != record["title"]:
        record["subtitle"] = short
    paragraphs = [oq.text(details, "description_long") or ""]
    if target := oq.text(details, "target_group", "target_group_text") or oq.text(details, "target_group"):
        paragraphs.append(f"Zielgruppe: {target}")
        record["audiences"] = [target]
    if terms := oq.text(details, "terms_and_conditions"):
        paragraphs.append(f"Voraussetzungen: {terms}")
    record["description"] = oq.paragraphs(paragraphs)
    if code := oq.text(details, "supplier_alt_pid"):
        record["course_code"] = code
    course_type = (oq.text(service, "course_type") or "").lower()
    record["kind"] = _KINDS.get(course_type, "course")  # KURSNET lists training: a course unless it says otherwise
    oq.add_dates(record, oq.find(details, "service_date"))
    if keywords := [k for k in (oq.clean(e) for e in oq.children(details, "keyword")) if k]:
        record["keywords"] = keywords
    categories, attendance_words = oq.classification(oq.find(service, "service_classification"))
    if categories:
        record["source_categories"] = categories
    if mode := oq.attendance(attendance_words):
        record["attendance_mode"] = mode
    record.update(oq.price(oq.find(service, "service_price_details"), header["currency"]))  # type: ignore[typeddict-item]
    record.update(oq.links(oq.find(service, "mime_info"), base_url))  # type: ignore[typeddict-item]
    if organizer := oq.organizer(oq.find(details, "contact"), header["organizer"]):
        record["organizer"] = organizer
    return record


def _education_fields(education: Element, base_url: str) -> RawRecord:
    """The fields an EDUCATION (the offer's or a run's) adds: dates, place, capacity, degree, funding, form."""
    record: RawRecord = {}
    module = oq.find(education, "module_course")
    for dates in (
        oq.find(education, "service_date"),
        oq.find(module, "service_date"),
        oq.find(module, "duration"),
        education,
    ):
        if oq.text(dates, "start_date"):
            oq.add_dates(record, dates)
            break
    if degree := oq.text(education, "degree", "degree_title"):
        record["certificate"] = degree
    if subsidy := oq.subsidy(oq.find(education, "subsidy")):
        record["description"] = subsidy if subsidy.lower().startswith("förder") else f"Förderung: {subsidy}"
        if codes := [code for pattern, code in _FUNDING_CODES if pattern.search(subsidy)]:
            record["funding"] = codes
    info = oq.find(education, "extended_info")
    form = oq.find(info, "instruction_form")
    form_code = oq.attr(form, "type") if form is not None else ""
    words = [oq.text(info, "execution_form") or "", oq.text(form) or "" if form_code == _DISTANCE_LEARNING else ""]
    if mode := oq.attendance(words):
        record["attendance_mode"] = mode
    keywords = [oq.text(info, "instruction_time") or ""]
    if form_code not in _FORMS_NOT_KEYWORDS:
        keywords.insert(0, oq.text(form) or "")
    keywords = [k for k in keywords if k]
    if education_type := oq.text(info, "education_type"):
        record["source_categories"] = [education_type]
    if oq.clean(oq.find(module, "flexible_start")).lower() in _TRUE:
        keywords.append("flexibler Einstieg")
    if keywords:
        record["keywords"] = keywords
    if remarks := oq.text(module, "instruction_remarks"):
        record["schedule_text"] = remarks
    if capacity := oq.text(module, "max_participants"):
        record["capacity_max"] = capacity
    if deadline := oq.text(education, "registration_date"):
        record["registration_deadline"] = oq.when(deadline)
    if (location := oq.location(oq.find(module, "location"))) is not None:
        record["location"] = location
    record.update(oq.links(oq.find(education, "mime_info"), base_url))  # type: ignore[typeddict-item]
    return record


def _combine(base: RawRecord, extra: RawRecord) -> RawRecord:
    """The base record with an EDUCATION's fields: lists and the description are extended, other fields set."""
    result: dict[str, Any] = dict(base)
    result["warnings"] = list(base.get("warnings", []))
    for key, value in extra.items():
        if key in {"keywords", "source_categories", "funding", "warnings"}:
            result[key] = list(dict.fromkeys([*result.get(key, []), *value]))
        elif key == "description":
            result[key] = oq.paragraphs([result.get(key, ""), value])
        elif value not in (None, "", []):
            result[key] = value
    if "start" in extra and "end" not in extra:
        result.pop("end", None)
    if result.get("attendance_mode") == "online" and isinstance(result.get("location"), dict):
        place = result["location"]
        if not (place.get("street") or place.get("postal_code")):
            result.pop("location")
    return result  # type: ignore[return-value]


def _inherit(base: RawRecord, run: RawRecord) -> RawRecord:
    """A run written as its own SERVICE, completed from its base offer where it says nothing."""
    result: dict[str, Any] = {k: v for k, v in base.items() if k not in _FIELDS_NOT_INHERITED}
    for key, value in run.items():
        if value not in (None, "", []):
            result[key] = value
    result["warnings"] = list(run.get("warnings", []))
    return result  # type: ignore[return-value]


# --- EDUCATION elements ------------------------------------------------------------------------------------


def _educations(service: Element) -> list[Element]:
    module = oq.find(service, "service_details", "service_module")
    if module is None:
        module = oq.find(service, "service_module")
    return oq.children(module, "education")


def _is_run(educations: list[Element]) -> bool:
    return bool(educations) and oq.attr(educations[0], "type").lower() == "false"


def _runs(educations: list[Element]) -> list[Element]:
    return [e for e in educations if oq.attr(e, "type").lower() == "false"]


def _run_keys(runs: list[Element], warnings: list[str]) -> list[tuple[str, Element]]:
    """A stable key per run: its COURSE_ID; else (missing or repeated) its start date; else its position."""
    course_ids = [oq.text(run, "course_id") for run in runs]
    starts = [_run_start(run) for run in runs]
    if all(course_ids) and len(set(course_ids)) == len(runs):
        return [(str(key), run) for key, run in zip(course_ids, runs, strict=True)]
    if all(starts) and len(set(starts)) == len(runs):
        warnings.append("runs have no distinct COURSE_ID; told apart by their start dates")
        return [(str(key), run) for key, run in zip(starts, runs, strict=True)]
    warnings.append("runs have neither distinct COURSE_IDs nor distinct start dates; told apart by position")
    return [(str(index), run) for index, run in enumerate(runs, start=1)]


def _run_start(run: Element) -> str | None:
    module = oq.find(run, "module_course")
    for element in (oq.find(run, "service_date"), oq.find(module, "service_date"), oq.find(module, "duration"), run):
        if value := oq.text(element, "start_date"):
            return value[:10]
    return None
