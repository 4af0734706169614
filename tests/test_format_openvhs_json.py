"""Open-vhs parser, the JSON open-data dialect: mapping, containers, odd items."""

from __future__ import annotations

import json
from typing import Any

import pytest

from harvester.formats import FormatError
from harvester.normalize.record import RecordError
from tests.openvhs_helpers import NS, dialect, offer, one, parse

# --- JSON dialect ---------------------------------------------------------------------------------------------

DIALECT = {
    "guid": "880101",
    "nummer": "Nu302-118F",
    "name": "Pilates",
    "untertitel": None,
    "bezirk": "Nordufer",
    "dvv_kategorie": {"@version": "2.0", "#text": "3.02"},
    "veranstaltungsart": "Kurs",
    "minimale_teilnehmerzahl": "6",
    "aktuelle_teilnehmerzahl": "4",
    "maximale_teilnehmerzahl": "12",
    "anzahl_termine": "2",
    "beginn_datum": "2025-03-12",
    "ende_datum": "2025-03-19",
    "zielgruppe": None,
    "schlagwort": "GESUNDHEIT",
    "text": [
        {"eigenschaft": "Beschreibung", "text": "<p>Ruhig &amp; genau.</p>"},
        {"eigenschaft": "Zusatzinformation", "text": "Matte mitbringen."},
    ],
    "anmeldung": {"telefon": "0331 555", "mail": "a@vhs.example", "link": "https://vhs.example/nordufer"},
    "ansprechperson": {"name": "Beispiel", "vorname": "Erika", "telefon": "0331 999"},
    "ortetermine": {
        "adresse": {
            "lehrstaette": "VHS-Haus",
            "plz": "14401",
            "ort": "Havelstadt",
            "strasse": "Uferweg 21",
            "raum": "2.10",
            "breitengrad": "52,4081",
            "laengengrad": "13,0612",
            "behindertenzugang": "true",
        },
        "termin": [
            {"wochentag": "Mittwoch", "beginn_datum": "2025-03-12", "beginn_uhrzeit": "17:00", "ende_uhrzeit": "18:30"},
            {"wochentag": "Mittwoch", "beginn_datum": "2025-03-19", "beginn_uhrzeit": "17:00", "ende_uhrzeit": "18:30"},
        ],
    },
    "preis": {"betrag": "84.70", "rabatt_moeglich": "true", "zusatz": "erm. Preis: 47,00 EUR"},
    "dozent": {"anrede": "Frau", "name": "Muster", "vorname": "Maren"},
    "webadresse": {"typ": "website", "name": "zur Kursbuchung", "uri": "https://vhs.example/kurs?id=880101"},
}


def test_dialect_course_maps_like_xml() -> None:
    record = one(dialect(DIALECT))
    assert (record["source_ref"], record["course_code"], record["title"]) == ("880101", "Nu302-118F", "Pilates")
    assert record["source_categories"] == ["3.02", "Kurs"] and record["categories"] == ["health"]
    assert record["keywords"] == ["GESUNDHEIT"]
    assert record["capacity_max"] == 12 and record["places_available"] == 8 and record["session_count"] == 2
    assert record["sessions"] == [
        {"start": "2025-03-12T17:00", "end": "2025-03-12T18:30"},
        {"start": "2025-03-19T17:00", "end": "2025-03-19T18:30"},
    ]
    assert record["location"] == {
        "name": "VHS-Haus",
        "room": "2.10",
        "street": "Uferweg 21",
        "postal_code": "14401",
        "locality": "Havelstadt",
        "district": "Nordufer",
        "lat": "52,4081",
        "lon": "13,0612",
    }
    assert record["accessibility"] == {"wheelchair": True}
    assert record["price_eur"] == 84.7
    assert record["price_options"] == [{"label": "ermäßigt", "amount_eur": 47.0}]
    assert record["organizer"] == {
        "name": None,
        "url": "https://vhs.example/nordufer",
        "email": "a@vhs.example",
        "phone": "0331 555",
    }
    assert record["kind"] == "Kurs"
    assert "Muster" not in json.dumps(record) and "Erika" not in json.dumps(record)  # no personal data
    result = offer(record)
    assert (result.location.lat, result.location.lon) == (52.4081, 13.0612)
    assert result.description == "Ruhig & genau.\n\nZusatzinformation:\n\nMatte mitbringen."


def test_dialect_bildungsurlaub_and_other_kinds() -> None:
    assert one(dialect({**DIALECT, "veranstaltungsart": "Bildungsurlaub"}))["kind"] == "educational-leave"
    record = one(dialect({**DIALECT, "veranstaltungsart": "Einzelveranstaltung/Vortrag"}))
    assert offer(record).kind == "lecture"


def test_dialect_single_objects_numbers_and_strings() -> None:
    item = {
        "guid": 42,
        "name": "Kurs",
        "dvv_kategorie": "4.22",
        "maximale_teilnehmerzahl": 10,
        "aktuelle_teilnehmerzahl": "-1",
        "anzahl_termine": 1,
        "schlagwort": ["A", "B"],
        "merkmale": {"merkmal": {"name": "kursart_digital", "wert": "online_angebot"}},
        "ortetermine": {
            "adresse": {"lehrstaette": "Online", "plz": None, "ort": "Havelstadt", "strasse": "Online"},
            "termin": {"beginn_datum": "2025-03-24", "beginn_uhrzeit": "18:00", "ende_uhrzeit": "20:15"},
        },
        "preis": {"betrag": 5, "rabatt_moeglich": False, "zusatz": ["kostenlos für Mitglieder", "zzgl. 2 € Skript"]},
        "webadresse": [{"typ": "website", "uri": "https://vhs.example/k/42"}],
        "text": "Nur ein <b>Text</b>",
    }
    record = one(dialect(item))
    assert record["source_ref"] == "42" and record["categories"] == ["languages"]
    assert record["capacity_max"] == 10 and "places_available" not in record and record["session_count"] == 1
    assert record["sessions"] == [{"start": "2025-03-24T18:00", "end": "2025-03-24T20:15"}]
    assert record["attendance_mode"] == "online" and "location" not in record
    assert record["price_eur"] == 5.0 and record["price_text"] == "kostenlos für Mitglieder; zzgl. 2 € Skript"
    assert record["description"] == "Nur ein <b>Text</b>"
    assert record["url"] == "https://vhs.example/k/42"


def test_dialect_session_places_when_termine_are_in_different_rooms() -> None:
    item = {
        **DIALECT,
        "ortetermine": {
            "adresse": [
                {"lehrstaette": "Kunsthof", "plz": "14402", "ort": "Havelstadt", "raum": "Werkstatt 1"},
                {"lehrstaette": "Kunsthof", "plz": "14402", "ort": "Havelstadt", "raum": "Hof"},
            ],
            "termin": [
                {"beginn_datum": "2025-05-03", "beginn_uhrzeit": "10:00", "ende_uhrzeit": "15:00"},
                {"beginn_datum": "2025-05-24", "beginn_uhrzeit": "10:00", "ende_uhrzeit": "13:00"},
            ],
        },
    }
    record = one(dialect(item))
    assert [s["place"]["room"] for s in record["sessions"]] == ["Werkstatt 1", "Hof"]
    assert record["location"]["room"] == "Werkstatt 1"
    assert [s.place.room for s in offer(record).sessions] == ["Werkstatt 1", "Hof"]


@pytest.mark.parametrize(
    "document",
    [
        {"veranstaltungen": {"veranstaltung": [{"name": "A"}, {"name": "B"}]}},
        {"veranstaltungen": [{"name": "A"}, {"name": "B"}]},
        {"veranstaltung": [{"name": "A"}, {"name": "B"}]},
        [{"name": "A"}, {"name": "B"}],
        {
            "openvhs:veranstaltungen": {
                "@xmlns:openvhs": NS,
                "openvhs:veranstaltung": [{"openvhs:name": "A"}, {"Name": "B"}],
            }
        },
        {
            "export": {"erstellt": "2025"},
            "daten": {"veranstaltungen": {"veranstaltung": [{"name": "A"}, {"name": "B"}]}},
        },
    ],
)
def test_dialect_containers(document: Any) -> None:
    assert [r["title"] for r in parse(json.dumps(document))] == ["A", "B"]


def test_dialect_single_veranstaltung_and_empty_container() -> None:
    assert [r["title"] for r in parse(json.dumps({"veranstaltungen": {"veranstaltung": {"name": "A"}}}))] == ["A"]
    assert [r["title"] for r in parse(json.dumps({"guid": "1", "name": "A"}))] == ["A"]
    assert parse(json.dumps({"veranstaltungen": {"veranstaltung": []}})) == []
    assert parse(json.dumps({"veranstaltungen": None})) == []


def test_dialect_without_veranstaltungen_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="no 'veranstaltungen'"):
        parse(json.dumps({"events": [{"title": "x"}]}))


def test_dialect_item_that_is_not_an_object_is_rejected_alone() -> None:
    records = parse(dialect({"name": "A"}, None, "Kurs B"))
    assert records[0]["title"] == "A"
    assert records[1]["_reject"] == "veranstaltung 2 is not an object but null"
    assert records[2]["_reject"] == "veranstaltung 3 is not an object but a str"
    with pytest.raises(RecordError, match="not an object"):
        offer(records[2])


def test_duplicate_guids_are_warned_about() -> None:
    records = parse(dialect({"guid": "7", "name": "A"}, {"guid": "7", "name": "B"}))
    assert all("guid 7 appears 2 times in the export" in r["warnings"] for r in records)
