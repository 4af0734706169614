"""Shared helpers for the open-vhs parser tests: parse inline documents, wrap veranstaltungen, normalise."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from harvester.formats.openvhs import parse_openvhs
from harvester.normalize.record import SourceContext, normalize_record

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
BASE = "https://vhs.example/export/kurse.xml"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "openvhs"
NS = "http://www.dvv-vhs.de/Open-VHS"


def parse(doc: str | bytes, *, base_url: str = BASE, options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    content = doc.encode("utf-8") if isinstance(doc, str) else doc
    return list(parse_openvhs(content, base_url=base_url, timezone=BERLIN, now=NOW, options=options))


def xml(*veranstaltungen: str, root: str = "veranstaltungen", attrs: str = "") -> str:
    body = "\n".join(f"<veranstaltung>{v}</veranstaltung>" for v in veranstaltungen)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}{attrs}>\n{body}\n</{root}>'


def one(doc: str | bytes, **kwargs: Any) -> dict[str, Any]:
    records = parse(doc, **kwargs)
    assert len(records) == 1
    return records[0]


def offer(record: dict[str, Any], options: dict[str, Any] | None = None) -> Any:
    ctx = SourceContext(source_id="test_vhs", provider_id="vhs", timezone=BERLIN, options=options or {})
    return normalize_record(record, ctx, now=NOW)


FULL = """
<guid>G-1</guid><nummer><![CDATA[25F-101]]></nummer>
<name><![CDATA[Aquarell für Einsteiger]]></name>
<untertitel>Licht und Wasser</untertitel><untertitel>Ein Wochenende</untertitel>
<dvv_kategorie version="2.0">2.03</dvv_kategorie>
<level>Einsteiger</level>
<minimale_teilnehmerzahl>6</minimale_teilnehmerzahl>
<aktuelle_teilnehmerzahl>7</aktuelle_teilnehmerzahl>
<maximale_teilnehmerzahl>12</maximale_teilnehmerzahl>
<anzahl_termine>2</anzahl_termine>
<beginn_datum>2025-04-05</beginn_datum><ende_datum>2025-04-06</ende_datum>
<wochentag>Samstag</wochentag><wochentag>Sonntag</wochentag>
<zielgruppe>Erwachsene</zielgruppe><schlagwort>Malen</schlagwort><schlagwort>Aquarell</schlagwort>
<zertifikat><name>TB</name><text>Teilnahmebescheinigung</text></zertifikat>
<text><eigenschaft>text</eigenschaft><text>Nasse Farbe auf nassem Papier.</text></text>
<veranstaltungsort><name>Kunstwerkstatt</name>
  <adresse><land>Deutschland</land><plz>34569</plz><ort>Wiesenfeld</ort><ortsteil>Auental</ortsteil>
  <strasse>Bahnhofstraße 12</strasse></adresse><barrierefrei>true</barrierefrei></veranstaltungsort>
<termin><beginn_datum>2025-04-05</beginn_datum><beginn_uhrzeit>10:00:00</beginn_uhrzeit><ende_uhrzeit>16:00:00</ende_uhrzeit></termin>
<termin><beginn_datum>2025-04-06</beginn_datum><beginn_uhrzeit>10:00</beginn_uhrzeit><ende_uhrzeit>15:00</ende_uhrzeit></termin>
<preis><betrag>58.00</betrag><rabatt_moeglich>true</rabatt_moeglich><zusatz>ermäßigt 46,40 EUR</zusatz></preis>
<webadresse><typ>website</typ><uri>https://vhs.example/kurs/25F-101</uri></webadresse>
<webadresse><typ>picture</typ><uri>/bilder/aquarell.jpg</uri></webadresse>
<webadresse><typ>anmeldung</typ><uri>https://vhs.example/anmelden/25F-101</uri></webadresse>
"""


def dialect(*items: Any) -> str:
    return json.dumps({"veranstaltungen": {"veranstaltung": list(items)}}, ensure_ascii=False)
