"""openQ-cat XML: a Bildungsträger's full KURSNET export (``NEW_CATALOG FULLCATALOG="true"``) (SAMPLE DATA).

Written the way KURSNET exporters write it: upper-case elements, ``xsi:noNamespaceSchemaLocation``, a
``HEADER`` with ``GENERATOR_INFO``, ``CATALOG``, ``SUPPLIER`` and ``AGREEMENT``; one ``SERVICE`` per course with
``SERVICE_DETAILS``, ``SERVICE_CLASSIFICATION`` (``Unterrichtsform``, ``Kurssystematik``),
``SERVICE_PRICE_DETAILS`` and ``MIME_INFO``. Three layouts of dated runs (``extra["layout"]`` of the offers):
one ``EDUCATION type="true"`` with its dates in ``SERVICE_DATE``; a service listing its runs as
``EDUCATION type="false"`` with their dates in ``MODULE_COURSE/DURATION``; an undated base service plus one
service per run whose ``COURSE_ID`` names the base. Whole-day dates are padded to midnight with an offset
(``2027-01-04T00:00:00.000+01:00``); one seminar has naive local times. A comment and the catalogue name say
that the file is sample data.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any
from xml.sax.saxutils import escape

from demo.catalogue import BERLIN, SAMPLE_NOTE, DemoOffer, DemoProvider
from demo.writers import WriteContext, writer


def _el(name: str, value: object, indent: int, attrs: str = "") -> str:
    return f"{' ' * indent}<{name}{attrs}>{escape(str(value))}</{name}>"


def _stamp(value: datetime | date, naive: bool = False) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S") if naive else value.isoformat()
    midnight = datetime.combine(value, time(0, 0), BERLIN)  # exporters pad a day to midnight
    return midnight.isoformat(timespec="milliseconds")


def _location(offer: DemoOffer, indent: int) -> list[str]:
    place = offer.place
    assert place is not None
    pad = " " * indent
    if not place.street:
        return [
            f"{pad}<LOCATION>",
            _el("NAME", "Online", indent + 4),
            _el("COUNTRY", "DE", indent + 4),
            f"{pad}</LOCATION>",
        ]
    lines = [f"{pad}<LOCATION>", _el("NAME", place.name, indent + 4)]
    lines += [_el("STREET", place.street, indent + 4), _el("ZIP", place.postcode, indent + 4)]
    lines += [_el("CITY", place.city, indent + 4)]
    if place.district:
        lines.append(_el("DISTRICT", place.district, indent + 4))
    return [*lines, _el("COUNTRY", "DE", indent + 4), f"{pad}</LOCATION>"]


def _service_date(offer: DemoOffer, dated: bool, indent: int) -> list[str]:
    extra = offer.extra
    pad = " " * indent
    lines = [f"{pad}<SERVICE_DATE>"]
    if dated:
        naive = bool(extra.get("naive_times"))
        lines += [_el("START_DATE", _stamp(offer.start, naive), indent + 4)]
        lines += [_el("END_DATE", _stamp(offer.end or offer.start, naive), indent + 4)]  # type: ignore[arg-type]
    if extra.get("date_remarks"):
        lines.append(_el("DATE_REMARKS", extra["date_remarks"], indent + 4))
    return [*lines, f"{pad}</SERVICE_DATE>"] if len(lines) > 1 else []


def _module_course(offer: DemoOffer, indent: int, duration: bool) -> list[str]:
    pad = " " * indent
    lines = [f"{pad}<MODULE_COURSE>"]
    if offer.capacity:
        lines += [_el("MIN_PARTICIPANTS", max(offer.capacity // 2, 4), indent + 4)]
        lines += [_el("MAX_PARTICIPANTS", offer.capacity, indent + 4)]
    lines += _location(offer, indent + 4)
    if duration:
        start = offer.start.date() if isinstance(offer.start, datetime) else offer.start
        end = offer.end.date() if isinstance(offer.end, datetime) else offer.end
        lines += [f'{pad}    <DURATION type="4">', _el("START_DATE", f"{start:%Y-%m-%d}", indent + 8)]
        lines += [_el("END_DATE", f"{end:%Y-%m-%d}", indent + 8), f"{pad}    </DURATION>"]
    lines.append(_el("FLEXIBLE_START", "false", indent + 4))
    return [*lines, f"{pad}</MODULE_COURSE>"]


def _education_details(extra: Mapping[str, Any], indent: int) -> list[str]:
    """DEGREE, SUBSIDY and EXTENDED_INFO of the offer (``EDUCATION type="true"``)."""
    pad = " " * indent
    lines = []
    if extra.get("degree"):
        lines += [f'{pad}<DEGREE type="0">', _el("DEGREE_TITLE", extra["degree"], indent + 4), f"{pad}</DEGREE>"]
    if extra.get("subsidy"):
        if len(extra["subsidy"]) > 30:  # a sentence: in SUBSIDY_DESCRIPTION, as most exporters do
            lines += [f"{pad}<SUBSIDY>", _el("SUBSIDY_DESCRIPTION", extra["subsidy"], indent + 4), f"{pad}</SUBSIDY>"]
        else:
            lines.append(_el("SUBSIDY", extra["subsidy"], indent))
    lines.append(f"{pad}<EXTENDED_INFO>")
    lines.append(_el("INSTITUTION", "Einrichtung der beruflichen Weiterbildung", indent + 4, ' type="105"'))
    for key, name in (("instruction_form", "INSTRUCTION_FORM"), ("execution_form", "EXECUTION_FORM")):
        if extra.get(key):
            code, words = extra[key]
            lines.append(_el(name, words, indent + 4, f' type="{code}"' if code else ""))
    if extra.get("education_type"):
        code, words = extra["education_type"]
        lines.append(_el("EDUCATION_TYPE", words, indent + 4, f' type="{code}"'))
    return [*lines, f"{pad}</EXTENDED_INFO>"]


def _details_head(offer: DemoOffer, options: Mapping[str, Any], full: bool) -> list[str]:
    """TITLE to TERMS_AND_CONDITIONS; a run's own service (``full`` False) has only its title."""
    extra = offer.extra
    lines = [_el("TITLE", offer.title, 12)]
    if not full:
        return lines
    lines.append(_el("DESCRIPTION_LONG", " ".join(offer.text), 12))
    lines.append(_el("SUPPLIER_ALT_PID", extra["alt_pid"], 12))
    team, phone, email = options["contact"]
    lines += ["            <CONTACT>", _el("CONTACT_ROLE", "Ansprechpartner", 16, ' type="1"')]
    lines += [_el("FIRST_NAME", "Team", 16), _el("LAST_NAME", team, 16), _el("PHONE", phone, 16)]
    lines += [
        "                <EMAILS>",
        _el("EMAIL", email, 20),
        "                </EMAILS>",
        "            </CONTACT>",
    ]
    return lines


def _details_tail(extra: Mapping[str, Any]) -> list[str]:
    lines = [_el("KEYWORD", word, 12) for word in extra.get("keywords", ())]
    if extra.get("target_group"):
        lines += ["            <TARGET_GROUP>", _el("TARGET_GROUP_TEXT", extra["target_group"], 16)]
        lines.append("            </TARGET_GROUP>")
    if extra.get("terms"):
        lines.append(_el("TERMS_AND_CONDITIONS", extra["terms"], 12))
    return lines


def _service_rest(offer: DemoOffer, supplier_id: str) -> list[str]:
    """SERVICE_CLASSIFICATION, SERVICE_PRICE_DETAILS and MIME_INFO of a full service."""
    extra = offer.extra
    lines = ["        <SERVICE_CLASSIFICATION>"]
    lines.append(_el("REFERENCE_CLASSIFICATION_SYSTEM_NAME", "Kurssystematik", 12))
    lines += ["            <FEATURE>", _el("FNAME", "Unterrichtsform", 16)]
    lines += [_el("FVALUE", value, 16) for value in extra.get("unterrichtsform", ("Präsenz",))]
    lines.append("            </FEATURE>")
    if extra.get("classification"):
        lines += ["            <FEATURE>", _el("FNAME", "Kurssystematik", 16)]
        lines += [_el("FVALUE", extra["classification"], 16), "            </FEATURE>"]
    lines += ["        </SERVICE_CLASSIFICATION>", "        <SERVICE_PRICE_DETAILS>", "            <SERVICE_PRICE>"]
    lines += [_el("PRICE_AMOUNT", f"{offer.price_eur or 0:.2f}", 16), _el("PRICE_CURRENCY", "EUR", 16)]
    lines.append("            </SERVICE_PRICE>")
    if extra.get("price_remarks"):
        lines.append(_el("REMARKS", extra["price_remarks"], 12))
    lines += ["        </SERVICE_PRICE_DETAILS>", "        <MIME_INFO>", "            <MIME_ELEMENT>"]
    lines += [_el("MIME_TYPE", "text/html", 16), _el("MIME_SOURCE", offer.url, 16)]
    return [*lines, "            </MIME_ELEMENT>", "        </MIME_INFO>"]


def _services(group: list[DemoOffer], options: Mapping[str, Any]) -> list[str]:
    """The SERVICE element(s) of one product: its layout decides how the runs are written."""
    first = group[0]
    extra = first.extra
    layout = extra["layout"]
    supplier = options["supplier_id"]
    course_type = extra.get("course_type", "1")
    head = [
        '    <SERVICE mode="new">',
        _el("PRODUCT_ID", extra["product_id"], 8),
        _el("COURSE_TYPE", course_type, 8),
        _el("SUPPLIER_ID_REF", supplier, 8, ' type="supplier_specific"'),
        "        <SERVICE_DETAILS>",
        *_details_head(first, options, True),
        *_service_date(first, layout == "single", 12),
        *_details_tail(extra),
        "            <SERVICE_MODULE>",
        '                <EDUCATION type="true">',
        _el("COURSE_ID", extra["product_id"], 20),
        *_education_details(extra, 20),
    ]
    if layout == "single":
        head += _module_course(first, 20, duration=False)
    head.append("                </EDUCATION>")
    if layout == "runs":
        for run in group:
            head += ['                <EDUCATION type="false">', _el("COURSE_ID", run.extra["course_id"], 20)]
            head += [*_module_course(run, 20, duration=True), "                </EDUCATION>"]
    head += [
        "            </SERVICE_MODULE>",
        "        </SERVICE_DETAILS>",
        *_service_rest(first, supplier),
        "    </SERVICE>",
    ]
    if layout != "base":
        return head
    for run in group:  # one SERVICE per run, pointing to the base offer with its COURSE_ID
        head += [
            "    <SERVICE>",
            _el("PRODUCT_ID", run.extra["course_id"], 8),
            _el("COURSE_TYPE", course_type, 8),
            "        <SERVICE_DETAILS>",
            *_details_head(run, options, False),
            *_service_date(run, True, 12),
            "            <SERVICE_MODULE>",
            '                <EDUCATION type="false">',
            _el("COURSE_ID", extra["product_id"], 20),
            *_module_course(run, 20, duration=False),
            "                </EDUCATION>",
            "            </SERVICE_MODULE>",
            "        </SERVICE_DETAILS>",
            "    </SERVICE>",
        ]
    return head


@writer("openqcat")
def write_openqcat(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> bytes:
    """The whole catalogue as one NEW_CATALOG."""
    options = provider.options
    street, postcode, phone, email, web = options["address"]
    supplier = options["supplier_id"]
    generated = ctx.generated.astimezone(BERLIN).isoformat(timespec="milliseconds")
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f"<!-- {SAMPLE_NOTE} -->",
        '<OPENQCAT xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1" '
        'xsi:noNamespaceSchemaLocation="openQ-cat.V1.1.xsd">',
        "    <HEADER>",
        _el("GENERATOR_INFO", options["generator"], 8),
        "        <CATALOG>",
        _el("LANGUAGE", "deu", 12),
        _el("CATALOG_ID", f"{supplier}-{int(ctx.generated.timestamp() * 1000)}", 12),
        _el("CATALOG_VERSION", "Vers_KURSNET", 12),
        _el("CATALOG_NAME", "KURSNET-Export (Beispieldaten)", 12),
        _el("GENERATION_DATE", generated, 12),
        _el("CURRENCY", "EUR", 12),
        "        </CATALOG>",
        "        <SUPPLIER>",
        _el("SUPPLIER_ID", supplier, 12, ' type="supplier_specific"'),
        _el("SUPPLIER_NAME", provider.name, 12),
        "            <ADDRESS>",
        _el("NAME", provider.name, 16),
        _el("STREET", street, 16),
        _el("ZIP", postcode, 16),
        _el("CITY", "Wiesenbrück", 16),
        _el("STATE", "Nordrhein-Westfalen", 16),
        _el("COUNTRY", "Deutschland", 16),
        _el("PHONE", phone, 16),
        "                <FAX/>",
        "                <EMAILS>",
        _el("EMAIL", email, 20),
        "                </EMAILS>",
        _el("URL", web, 16),
        "            </ADDRESS>",
        "        </SUPPLIER>",
        "        <AGREEMENT>",
        _el("AGREEMENT_ID", f"KURSNET-XML-{supplier}", 12),
        "        </AGREEMENT>",
        "    </HEADER>",
        '    <NEW_CATALOG FULLCATALOG="true">',
    ]
    products: dict[str, list[DemoOffer]] = {}
    for offer in offers:
        products.setdefault(offer.extra["product_id"], []).append(offer)
    for group in products.values():
        lines += [f"    <!-- {group[0].extra['alt_pid']}: {len(group)} Termin(e) -->"]
        lines += _services(group, options)
    lines += ["    </NEW_CATALOG>", "</OPENQCAT>", ""]
    return ctx.fill("\n".join(lines)).encode()
