"""Open-vhs 1.2 XML: the export a VHS's course software sends to the DVV course finder (SAMPLE DATA).

Written in the shape of the DVV's example export: only the root qualified (``openvhs:veranstaltungen``),
``export/ersteller``, every text in CDATA, ``dvv_kategorie`` with ``version="2.0"``, ``merkmale/merkmal``
pairs, typed ``text`` blocks, ``veranstaltungsort/adresse`` with ``ortsteil``, one ``termin`` per session
(times as ``18:00:00``), ``preis`` with ``betrag`` (decimal point), ``rabatt_moeglich`` and ``zusatz``,
and ``webadresse`` links. A comment at the top says that the file is sample data.
"""

from __future__ import annotations

from datetime import datetime

from demo import german
from demo.catalogue import SAMPLE_NOTE, DemoOffer, DemoProvider, session_starts
from demo.writers import WriteContext, writer


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _leaf(name: str, value: object, indent: int = 4, text: bool = False) -> str:
    shown = cdata(str(value)) if text else str(value)
    return f"{' ' * indent}<{name}>{shown}</{name}>"


def _veranstaltung(offer: DemoOffer, provider: DemoProvider) -> list[str]:
    extra = offer.extra
    starts: list[datetime] = session_starts(offer)  # type: ignore[assignment]
    assert isinstance(offer.start, datetime) and isinstance(offer.end, datetime)
    hours = (offer.end - offer.start).total_seconds() / 3600 * len(starts)
    lines = [
        "  <veranstaltung>",
        _leaf("guid", offer.uid),
        _leaf("nummer", offer.code, text=True),
        _leaf("name", offer.title, text=True),
    ]
    if extra.get("subtitle"):
        lines.append(_leaf("untertitel", extra["subtitle"], text=True))
    lines.append(f'    <dvv_kategorie version="2.0">{extra["dvv"]}</dvv_kategorie>')
    if extra.get("merkmale"):
        lines.append("    <merkmale>")
        for name, value in extra["merkmale"]:
            lines += ["      <merkmal>", _leaf("name", name, 8), _leaf("wert", value, 8), "      </merkmal>"]
        lines.append("    </merkmale>")
    if extra.get("level"):
        lines.append(_leaf("level", extra["level"]))
    lines += [
        _leaf("minimale_teilnehmerzahl", min(6, offer.capacity or 6)),
        _leaf("aktuelle_teilnehmerzahl", offer.booked if offer.booked is not None else -1),
        _leaf("maximale_teilnehmerzahl", offer.capacity or 0),
        _leaf("anzahl_termine", len(starts)),
        _leaf("beginn_datum", f"{starts[0]:%Y-%m-%d}"),
        _leaf("dauer", f"{hours:.1f}"),
        _leaf("ende_datum", f"{starts[-1]:%Y-%m-%d}"),
    ]
    for weekday in sorted({start.weekday() for start in starts}):
        lines.append(_leaf("wochentag", german.WEEKDAYS[weekday]))
    if offer.audience:
        lines.append(_leaf("zielgruppe", offer.audience, text=True))
    lines += [_leaf("schlagwort", word, text=True) for word in extra.get("keywords", ())]
    if certificate := extra.get("certificate"):
        lines += ["    <zertifikat>", _leaf("name", certificate[0], 6, True), _leaf("text", certificate[1], 6, True)]
        lines.append("    </zertifikat>")
    texts = [("text", " ".join(offer.text))]
    texts += [(kind, extra[key]) for kind, key in (("hinweis", "hint"), ("voraussetzungen", "requirements"))]
    for kind, body in texts:
        if body:
            lines += ["    <text>", _leaf("eigenschaft", kind, 6), _leaf("text", body, 6, True), "    </text>"]
    place = offer.place
    assert place is not None
    lines += ["    <veranstaltungsort>", _leaf("name", ", ".join(p for p in (place.name, place.room) if p), 6, True)]
    if place.street:
        lines += [
            "      <adresse>",
            _leaf("land", "Deutschland", 8, True),
            _leaf("plz", place.postcode, 8),
            _leaf("ort", place.city, 8, True),
            _leaf("ortsteil", place.district, 8, True),
            _leaf("strasse", place.street, 8, True),
            "      </adresse>",
            _leaf("barrierefrei", "false" if place.district == "Altstadt" else "true", 6),  # an old school building
        ]
    lines.append("    </veranstaltungsort>")
    for start in starts:
        end = datetime.combine(start.date(), offer.end.timetz())
        lines.append(
            f"    <termin><beginn_datum>{start:%Y-%m-%d}</beginn_datum><beginn_uhrzeit>{start:%H:%M:%S}"
            f"</beginn_uhrzeit><ende_uhrzeit>{end:%H:%M:%S}</ende_uhrzeit></termin>"
        )
    lines += ["    <preis>", _leaf("betrag", f"{offer.price_eur or 0:.2f}", 6)]
    lines.append(_leaf("rabatt_moeglich", "true" if offer.reduced_eur else "false", 6))
    if offer.reduced_eur:
        lines.append(_leaf("zusatz", f"ermäßigt {offer.reduced_eur:.2f} EUR".replace(".", ","), 6, True))
    if extra.get("extra_fee"):
        lines.append(_leaf("zusatz", extra["extra_fee"], 6, True))
    lines.append("    </preis>")
    registration = provider.options["registration"]
    for kind, uri in (("website", offer.url), ("anmeldung", f"{registration}?kursnr={offer.code}")):
        lines += ["    <webadresse>", _leaf("typ", kind, 6), _leaf("uri", uri, 6, True), "    </webadresse>"]
    return [*lines, "  </veranstaltung>"]


@writer("openvhs")
def write_openvhs(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> bytes:
    """The whole catalogue (Open-vhs exports are always full), in the DVV example's shape."""
    options = provider.options
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- {SAMPLE_NOTE} Open-vhs-Export der Kreisvolkshochschule Auental für Wiesenbrück. -->",
        "<openvhs:veranstaltungen",
        '    version="1.2"',
        '    xmlns:openvhs="http://www.dvv-vhs.de/Open-VHS"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.dvv-vhs.de/Open-VHS https://api.vhs-kursfinder.de/openvhs-1.2.xsd">',
        "  <export>",
        f"    <erstellungszeitpunkt>{ctx.generated.isoformat()}</erstellungszeitpunkt>",
        "    <ersteller>",
        _leaf("guid", options["creator_guid"], 6),
        _leaf("name", provider.name, 6, True),
        "    </ersteller>",
        "  </export>",
    ]
    for offer in offers:
        lines.append(f"  <!-- {offer.code}: {offer.extra['dvv']} -->")
        lines += _veranstaltung(offer, provider)
    lines += ["</openvhs:veranstaltungen>", ""]
    return ctx.fill("\n".join(lines)).encode()
