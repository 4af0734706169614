"""One Open-vhs ``veranstaltung`` (as a dict, from XML or JSON) -> one raw record.

Field by field (FORMATS.md; Open-vhs 1.2 and the older JSON dialect with its extras); dates are read in
``openvhs_sessions``, venues in ``openvhs_places``, loose machine values in ``openvhs_values``:

- ``guid`` -> source_ref (else ``nummer``); ``nummer`` -> course_code; ``name`` -> title (a course without
  one is passed on with an empty title and rejected by the normaliser); ``untertitel`` (repeatable) -> subtitle.
- ``text`` (repeatable, typed by ``eigenschaft``): the main texts (``text``, ``Beschreibung``, ``Langtext``,
  ``Inhalt`` or no type) in document order, then every other text as a paragraph headed by its type
  ("Zusatzinformation: ..."). HTML stays for the normaliser to strip; when any part is HTML, plain parts
  are turned into escaped HTML paragraphs so their line breaks survive.
- ``dvv_kategorie`` (DVV Systematik code, ``@version``) -> source_categories keeps the code; its leading
  digit gives our category (1-6, the six programme areas). Codes 0 and 7 of the older Berlin dialect
  (cross-area, literacy) have no fixed area and are not mapped.
- ``merkmale/merkmal`` (name, wert): ``kursart_digital`` decides the attendance (online_angebot and
  selbstlernangebot -> online, blended_learning -> mixed, praesenz -> offline). Without it, ``vhscloud_kurs``
  = true means online when the course has no physical venue (no street or postal code) and mixed when it
  has one. ``anmeldung_kostenlos`` = true -> is_free (unless ``preis/betrag`` says otherwise: then a
  warning and the amount wins); ``barrierefreies_lernen`` = true -> accessibility note;
  ``bildungsurlaub`` = true -> kind educational-leave (and the funding code in option
  ``bildungsurlaub_funding``, e.g. "bildungsurlaub-nrw", since the law differs by state).
- ``maximale_teilnehmerzahl`` -> capacity_max; places_available = max - ``aktuelle_teilnehmerzahl``
  when both are known (the dialect writes -1 for unknown); no place left -> status full.
- ``termin`` (repeatable; the dialect nests them in ``ortetermine`` with one ``adresse`` per termin) ->
  sessions with ISO local strings ("2025-03-12T18:00"; a time with an offset keeps it), localised by the
  normaliser. An end time before the start time on the same day ends on the next day. Without termine:
  start from ``beginn_datum`` (+ ``beginn_uhrzeit``), end from ``ende_datum`` (+ ``ende_uhrzeit``).
- ``wochentag`` (repeatable) -> schedule_text (the source's words); ``anzahl_termine`` -> session_count.
- ``veranstaltungsort`` (name, adresse (plz, ort, ortsteil, strasse, raum), barrierefrei, koordinaten)
  -> location and accessibility.wheelchair; a venue called "Online" is no place.
- ``preis``: ``betrag`` -> price_eur (a machine decimal, point or comma); ``zusatz`` texts -> price_text
  (the source's words) and, through the normaliser's price reader, price_options (e.g. "erm. 47,00 EUR"
  -> ermäßigt 47.0); ``rabatt_moeglich`` = true without a stated amount -> "Ermäßigung möglich".
- ``webadresse`` (typ, uri): website -> url (website_mobile as fallback), picture -> image_url,
  anmeldung/buchung -> registration_url; relative URIs are resolved against the document's http(s) URL.
- Dialect extras: ``bezirk`` -> location district; ``veranstaltungsart`` -> kind word ("Bildungsurlaub" ->
  educational-leave) and a source category; ``anmeldung`` (telefon, mail, link) -> organizer contact;
  ``behindertenzugang``, ``breitengrad``/``laengengrad`` and ``raum`` on addresses. Personal data
  (``dozent``, ``ansprechperson``) is not read.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from harvester.formats import RawRecord
from harvester.formats.openvhs_places import add_where, venue_of
from harvester.formats.openvhs_sessions import add_when
from harvester.formats.openvhs_values import (
    as_list,
    decimal,
    dict_of,
    flag,
    integer,
    merkmal_true,
    merkmale_of,
    text_of,
    texts_of,
)
from harvester.normalize import prices

#: DVV programme area (leading digit of the DVV Systematik code) -> our category.
DVV_AREAS = {
    "1": "politics-society-environment",
    "2": "culture-creativity",
    "3": "health",
    "4": "languages",
    "5": "work-career",
    "6": "basic-education-school-degrees",
}
#: ``text/eigenschaft`` values that are the main description (compared in lower case; no type counts too).
MAIN_TEXT_TYPES = frozenset({"text", "beschreibung", "langtext", "langbeschreibung", "inhalt", "kursinhalt"})
#: ``webadresse/typ`` values that are a registration or booking page.
REGISTRATION_TYPES = frozenset({"anmeldung", "buchung", "registration", "booking"})
#: Labels the normaliser's price reader gives to reduced prices (a stated discount needs no "Ermäßigung möglich").
REDUCED_LABELS = frozenset(label for _, label, kind in prices.PRICE_LABELS if kind == "reduced")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
_BILDUNGSURLAUB = re.compile(r"bildungsurlaub|bildungszeit|bildungsfreistellung", re.IGNORECASE)


@dataclass(frozen=True)
class ExportInfo:
    """What holds for every veranstaltung of one document."""

    base_url: str
    organizer_name: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def record_from(rec: dict[str, Any], info: ExportInfo) -> RawRecord:
    """Map one veranstaltung to a raw record (loose values; the normaliser does the rest)."""
    warnings = list(info.warnings)
    record: RawRecord = {"title": text_of(rec.get("name")) or "", "warnings": warnings}
    guid, number = text_of(rec.get("guid")), text_of(rec.get("nummer"))
    ref = guid or number
    if ref:
        record["source_ref"] = ref
    if number:
        record["course_code"] = number
    subtitles = [s for s in texts_of(rec.get("untertitel")) if s != record["title"]]
    if subtitles:
        record["subtitle"] = " – ".join(dict.fromkeys(subtitles))
    description = _description(rec.get("text"))
    if description:
        record["description"] = description
    _categories(rec, record)
    merkmale = merkmale_of(rec.get("merkmale"))
    _who(rec, record)
    _capacity(rec, record)
    add_when(rec, record, warnings)
    add_where(venue_of(rec), rec, merkmale, record)
    _price(rec.get("preis"), merkmale, record, warnings)
    _links(rec.get("webadresse"), info.base_url, record)
    _kind(rec, merkmale, info.options, record)
    _organizer(rec, info, record)
    status = text_of(rec.get("status"))
    if status:  # the source's word wins over "full" computed from the numbers
        record["status"] = status
    return record


def _description(value: Any) -> str | None:
    main: list[str] = []
    other: list[tuple[str, str]] = []
    for item in as_list(value):
        if isinstance(item, dict) and not any(key.startswith("#") for key in item):
            kind = text_of(item.get("eigenschaft")) or ""
            body = text_of(item.get("text"))
        else:
            kind, body = "", text_of(item)
        if not body:
            continue
        if kind.lower() in MAIN_TEXT_TYPES or not kind:
            main.append(body)
        else:
            other.append((kind[:1].upper() + kind[1:], body))
    if not main and other:
        main.append(other.pop(0)[1])
    parts = main + [f"{kind}: {body}" for kind, body in other]
    if not parts:
        return None
    if any(_MARKUP.search(part) for part in parts):
        html_parts = main + [f"<p><b>{html.escape(kind)}:</b></p>{_as_html(body)}" for kind, body in other]
        return "\n".join(part if _MARKUP.search(part) else _as_html(part) for part in html_parts)
    return "\n\n".join(parts)


def _as_html(text: str) -> str:
    if _MARKUP.search(text):
        return f"<div>{text}</div>"
    paragraphs = re.split(r"(?:\r?\n\s*){2,}", text)
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip())


def _categories(rec: dict[str, Any], record: RawRecord) -> None:
    codes: list[str] = []
    categories: list[str] = []
    for item in as_list(rec.get("dvv_kategorie")):
        code = text_of(item)
        if not code:
            continue
        codes.append(code)
        area = DVV_AREAS.get(code.strip()[:1]) if re.match(r"^\d(?:\.|$)", code.strip()) else None
        if area and area not in categories:
            categories.append(area)
    if codes:
        record["source_categories"] = codes
    if categories:
        record["categories"] = categories
    keywords = texts_of(rec.get("schlagwort"))
    if keywords:
        record["keywords"] = keywords


def _who(rec: dict[str, Any], record: RawRecord) -> None:
    audiences = texts_of(rec.get("zielgruppe"))
    if audiences:
        record["audiences"] = audiences
    level = text_of(rec.get("level"))
    if level:
        record["level"] = level
    certificates = []
    for item in as_list(rec.get("zertifikat")):
        if isinstance(item, dict) and not any(key.startswith("#") for key in item):
            certificates.append(text_of(item.get("text")) or text_of(item.get("name")))
        else:
            certificates.append(text_of(item))
    if names := [c for c in dict.fromkeys(certificates) if c]:
        record["certificate"] = "; ".join(names)


def _capacity(rec: dict[str, Any], record: RawRecord) -> None:
    maximum = integer(rec.get("maximale_teilnehmerzahl"))
    current = integer(rec.get("aktuelle_teilnehmerzahl"))
    if maximum is not None and maximum > 0:
        record["capacity_max"] = maximum
        if current is not None and current >= 0:
            record["places_available"] = max(maximum - current, 0)
            if current >= maximum:
                record["status"] = "full"
    count = integer(rec.get("anzahl_termine"))
    if count is not None and count > 0:
        record["session_count"] = count


def _price(value: Any, merkmale: dict[str, list[str]], record: RawRecord, warnings: list[str]) -> None:
    price = dict_of(value)
    amount = decimal(price.get("betrag")) if price else None
    if price and text_of(price.get("betrag")) and amount is None:
        warnings.append(f"preis/betrag {text_of(price.get('betrag'))!r} is not a number")
    notes = texts_of(price.get("zusatz")) if price else []
    if amount is not None and amount >= 0:
        record["price_eur"] = amount
    options: list[dict[str, Any]] = []
    for note in notes:
        for label, option_amount in prices.parse_price(note).options:
            if {"label": label, "amount_eur": option_amount} not in options:
                options.append({"label": label, "amount_eur": option_amount})
    if options and amount is not None:
        record["price_options"] = options
    discount = flag(price.get("rabatt_moeglich")) if price else None
    words = list(notes)
    if discount and amount and not any(o["label"] in REDUCED_LABELS for o in options):
        words.append("Ermäßigung möglich")
    if words:
        record["price_text"] = "; ".join(words)
    if merkmal_true(merkmale, "anmeldung_kostenlos"):
        if amount:
            warnings.append(f"merkmal anmeldung_kostenlos says free but preis/betrag is {amount:.2f}; kept the price")
        else:
            record["is_free"] = True


def _links(value: Any, base_url: str, record: RawRecord) -> None:
    mobile = None
    for item in as_list(value):
        if not isinstance(item, dict):
            uri = text_of(item)
            kind = "website"
        else:
            uri = text_of(item.get("uri")) or text_of(item.get("url"))
            kind = (text_of(item.get("typ")) or "website").lower()
        if not uri:
            continue
        if base_url.startswith(("http://", "https://")):
            uri = urljoin(base_url, uri)  # a relative URI; a local file's path is no base for the web
        if kind == "website" and "url" not in record:
            record["url"] = uri
        elif kind == "website_mobile" and mobile is None:
            mobile = uri
        elif kind in ("picture", "bild", "image") and "image_url" not in record:
            record["image_url"] = uri
        elif kind in REGISTRATION_TYPES and "registration_url" not in record:
            record["registration_url"] = uri
    if mobile and "url" not in record:
        record["url"] = mobile


def _kind(rec: dict[str, Any], merkmale: dict[str, list[str]], options: dict[str, Any], record: RawRecord) -> None:
    kind_word = text_of(rec.get("veranstaltungsart"))
    leave = merkmal_true(merkmale, "bildungsurlaub") or bool(kind_word and _BILDUNGSURLAUB.search(kind_word))
    if leave:
        record["kind"] = "educational-leave"
        funding = options.get("bildungsurlaub_funding")
        if funding:
            record["funding"] = [str(funding)]
    elif kind_word:
        record["kind"] = kind_word
    if kind_word:
        record["source_categories"] = [*record.get("source_categories", []), kind_word]


def _organizer(rec: dict[str, Any], info: ExportInfo, record: RawRecord) -> None:
    contact = dict_of(rec.get("anmeldung"))
    organizer = {
        "name": info.organizer_name,
        "url": text_of(contact.get("link")) if contact else None,
        "email": text_of(contact.get("mail")) if contact else None,
        "phone": text_of(contact.get("telefon")) if contact else None,
    }
    if any(organizer.values()):
        record["organizer"] = organizer
