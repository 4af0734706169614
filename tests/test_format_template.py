"""lernfeed's CSV/JSON template: delimiters, charsets, aliases, quoting, hostile cells, caps, docs and downloads."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.formats import FormatError, safe, template
from harvester.formats.template import parse_csv, parse_json
from harvester.formats.template_columns import COLUMNS, columns_markdown, fold_key
from harvester.normalize.record import RecordError, SourceContext, normalize_record
from schemas.offer import Offer
from schemas.vocab import Format

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
REPO = Path(__file__).resolve().parent.parent
STATIC = REPO / "publish" / "static"


def read_csv(content: bytes) -> list[dict[str, Any]]:
    return list(parse_csv(content, base_url="https://verein.example/angebote.csv", timezone=BERLIN, now=NOW))


def read_json(data: Any) -> list[dict[str, Any]]:
    content = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode()
    return list(parse_json(content, base_url="https://verein.example/angebote.json", timezone=BERLIN, now=NOW))


def normalize(record: dict[str, Any]) -> Offer:
    ctx = SourceContext(source_id="lindenau_verein", provider_id="verein", timezone=BERLIN)
    return normalize_record(record, ctx, now=NOW)


# --- delimiters and charsets ----------------------------------------------------------------------------------


def test_excel_semicolon_file_in_windows_1252() -> None:
    text = (
        "Titel;Beginn;Ort;Straße;PLZ;Stadt;Preis\r\n"
        "Größer häkeln – Öko-Wolle;12.03.2025 18:00;Bürgerhaus;Süßer Weg 3;37991;Lindenau;8,50 €\r\n"
    )
    records = read_csv(text.encode("cp1252"))
    assert len(records) == 1
    record = records[0]
    assert record["title"] == "Größer häkeln – Öko-Wolle"
    assert record["location"] == {
        "name": "Bürgerhaus",
        "street": "Süßer Weg 3",
        "postal_code": "37991",
        "locality": "Lindenau",
    }
    assert any("Windows-1252" in w for w in record["warnings"])
    offer = normalize(record)
    assert offer.start.isoformat() == "2025-03-12T18:00:00+01:00"
    assert offer.price_eur == 8.5


def test_comma_file_with_utf8_bom() -> None:
    content = '\ufefftitle,start,price\n"Lesung, mit Musik",2025-03-20T19:00,kostenlos\n'.encode()
    records = read_csv(content)
    assert records[0]["title"] == "Lesung, mit Musik"
    assert records[0]["start"] == "2025-03-20T19:00"
    assert records[0]["warnings"] == []


def test_tab_separated_file() -> None:
    records = read_csv(b"Titel\tBeginn\tKostenlos\nSpieleabend\t14.03.2025 19:00\tx\n")
    assert records[0]["title"] == "Spieleabend" and records[0]["is_free"] is True


def test_semicolons_in_a_comma_file_do_not_fool_the_sniffer() -> None:
    content = (
        b'titel,beschreibung,beginn\nKurs A,"eins; zwei; drei",01.04.2025\nKurs B,"vier; f\xc3\xbcnf",02.04.2025\n'
    )
    records = read_csv(content)
    assert [r["title"] for r in records] == ["Kurs A", "Kurs B"]
    assert records[0]["description"] == "eins; zwei; drei"


# --- names, quoting, rows -------------------------------------------------------------------------------------


def test_german_aliases_in_any_case_and_spelling() -> None:
    header = "TITEL;Strasse;plz;STADT;Ermäßigt;preis;Kostenlos;Barrierefrei;Zielgruppe;Alter;Sprache;Bild;Kursnummer"
    row = "Yoga;Am Anger 2;37994;Hagenfeld;5 €;8 €;nein;ja;Senioren;ab 60;Deutsch;https://v.example/y.jpg;Y-1"
    record = read_csv(f"{header}\n{row}\n".encode())[0]
    assert record["title"] == "Yoga"
    assert record["location"]["street"] == "Am Anger 2"
    assert record["price_text"] == "8 €, ermäßigt 5 €"
    assert record["is_free"] is False
    assert record["accessibility"] == {"wheelchair": True}
    assert record["min_age"] == 60 and "max_age" not in record
    assert record["languages"] == ["de"]
    assert record["image_url"] == "https://v.example/y.jpg"
    assert record["course_code"] == "Y-1"


def test_header_hints_in_brackets_are_ignored() -> None:
    assert fold_key("Beginn (TT.MM.JJJJ HH:MM)") == "beginn"
    record = read_csv(b"Titel;Beginn (TT.MM.JJJJ HH:MM)\nKurs;01.04.2025 10:00\n")[0]
    assert record["start"] == "01.04.2025 10:00"


def test_quoted_fields_with_line_breaks_and_delimiters() -> None:
    content = 'Titel;Beschreibung;Beginn\r\n"Töpfern";"Erste Zeile;\r\nzweite Zeile ""zitiert""";01.04.2025\r\n'
    record = read_csv(content.encode())[0]
    assert record["description"] == 'Erste Zeile;\nzweite Zeile "zitiert"'


def test_formula_looking_cells_are_plain_text() -> None:
    content = 'Titel;Beschreibung;Link\n"=HYPERLINK(""https://evil.example"";""Klick"")";=1+1;"=HYPERLINK(""https://e.example"")"\n'
    record = read_csv(content.encode())[0]
    assert record["title"] == '=HYPERLINK("https://evil.example";"Klick")'
    assert record["description"] == "=1+1"
    assert "url" not in record
    assert any("not a web address" in w for w in record["warnings"])
    offer = normalize(record)
    assert offer.title == '=HYPERLINK("https://evil.example";"Klick")'


def test_unknown_column_is_a_warning_on_every_record() -> None:
    records = read_csv(b"Titel;Notiz intern;Beginn\nA;geheim;01.04.2025\nB;;02.04.2025\n")
    assert len(records) == 2
    for record in records:
        assert any("unknown column 'Notiz intern'" in w for w in record["warnings"])
        assert "geheim" not in json.dumps(record, ensure_ascii=False)


def test_empty_rows_are_skipped_and_a_row_without_title_is_rejected_by_the_normaliser() -> None:
    records = read_csv(b"Titel;Beginn\nA;01.04.2025\n;;\n\n;02.04.2025\n")
    assert [r["title"] for r in records] == ["A", ""]
    with pytest.raises(RecordError, match="title"):
        normalize(records[1])


def test_title_line_above_the_header_is_skipped() -> None:
    records = read_csv("Programm Frühjahr;;\nTitel;Beginn;Ort\nA;01.04.2025;Saal\n".encode())
    assert records[0]["title"] == "A"
    assert any("before the header" in w for w in records[0]["warnings"])


def test_file_without_a_title_column_cannot_be_read() -> None:
    with pytest.raises(FormatError, match="titel"):
        read_csv(b"name;datum\nA;01.04.2025\n")


def test_extra_cells_beyond_the_header_are_reported() -> None:
    record = read_csv(b"Titel;Beginn\nA;01.04.2025;zu viel\n")[0]
    assert any("extra cells ignored" in w for w in record["warnings"])


# --- dates, sessions, values ----------------------------------------------------------------------------------


def test_sessions_are_split_at_the_obvious_separators() -> None:
    content = 'Titel;Termine\nNähkurs;"12.03.2025 18:00-19:30; 19.03.2025 18:00 bis 19:30 Uhr\n26.03.2025"\n'
    record = read_csv(content.encode())[0]
    assert record["sessions"] == [
        {"start": "12.03.2025 18:00", "end": "12.03.2025 19:30"},
        {"start": "19.03.2025 18:00", "end": "19.03.2025 19:30"},
        {"start": "26.03.2025", "end": None},
    ]
    offer = normalize(record)
    assert [s.start.isoformat() for s in offer.sessions[:2]] == [
        "2025-03-12T18:00:00+01:00",
        "2025-03-19T18:00:00+01:00",
    ]
    assert offer.sessions[0].end.isoformat() == "2025-03-12T19:30:00+01:00"
    assert offer.session_count == 3


def test_end_time_alone_is_on_the_start_day() -> None:
    record = read_csv(b"Titel;Beginn;Ende\nA;12.03.2025 18:00;19:30\n")[0]
    assert record["end"] == "12.03.2025 19:30"
    assert normalize(record).end.isoformat() == "2025-03-12T19:30:00+01:00"


def test_date_without_time_is_all_day() -> None:
    offer = normalize(read_csv(b"Titel;Beginn\nFlohmarkt;05.04.2025\n")[0])
    assert offer.all_day is True and offer.start.isoformat() == "2025-04-05"


@pytest.mark.parametrize(
    ("age", "expected"),
    [("8-12", (8, 12)), ("8 bis 12 Jahre", (8, 12)), ("ab 6", (6, None)), ("6+", (6, None)), ("bis 10", (None, 10))],
)
def test_ages(age: str, expected: tuple[int | None, int | None]) -> None:
    record = read_csv(f"Titel;Alter\nA;{age}\n".encode())[0]
    assert (record.get("min_age"), record.get("max_age")) == expected


def test_unreadable_values_are_warnings_not_failures() -> None:
    record = read_csv(
        "Titel;Alter;Kostenlos;Online;Förderung;Sprache\nA;jung;vielleicht;manchmal;Gutschein;Elbisch\n".encode()
    )[0]
    warnings = " ".join(record["warnings"])
    for word in ("alter:", "kostenlos:", "online:", "foerderung:", "sprache:"):
        assert word in warnings
    assert normalize(record).title == "A"


@pytest.mark.parametrize(
    ("online", "place", "mode"),
    [
        ("ja", "", "online"),
        ("hybrid", "Saal", "mixed"),
        ("https://meet.example/a", "Saal", "mixed"),
        ("https://meet.example/a", "", "online"),
        ("nein", "Saal", None),
    ],
)
def test_online_column(online: str, place: str, mode: str | None) -> None:
    record = read_csv(f"Titel;Online;Ort\nA;{online};{place}\n".encode())[0]
    assert record.get("attendance_mode") == mode


def test_registration_link_email_or_words() -> None:
    rows = "Titel;Anmeldung\nA;https://v.example/a\nB;info@v.example\nC;www.v.example/c\nD;im Laden\n"
    records = read_csv(rows.encode())
    assert [r.get("registration_url") for r in records] == [
        "https://v.example/a",
        "mailto:info@v.example",
        "https://www.v.example/c",
        None,
    ]
    assert records[3]["description"] == "Anmeldung: im Laden"


def test_javascript_links_are_dropped() -> None:
    record = read_csv(b'Titel;Link;Bild\nA;javascript:alert(1);"data:image/png;base64,xx"\n')[0]
    assert "url" not in record and "image_url" not in record


# --- caps -----------------------------------------------------------------------------------------------------


def test_too_many_rows_are_refused_as_a_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template, "MAX_TEMPLATE_ROWS", 2)
    with pytest.raises(FormatError, match="more than the 2"):
        read_csv(b"Titel\nA\nB\nC\n")
    with pytest.raises(FormatError, match="more than the 2"):
        read_json([{"title": "A"}, {"title": "B"}, {"title": "C"}])
    assert len(read_csv(b"Titel\nA\nB\n\n\n")) == 2  # empty rows do not count


def test_oversized_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(template, "MAX_TEMPLATE_BYTES", 100)
    with pytest.raises(FormatError, match="larger than"):
        read_csv(b"Titel;Beschreibung\n" + b"A;" + b"x" * 200 + b"\n")


def test_huge_cell_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="CSV"):
        read_csv(b'Titel;Beschreibung\nA;"' + b"x" * (csv.field_size_limit() + 10) + b'"\n')


# --- JSON -----------------------------------------------------------------------------------------------------


def test_json_list_and_offers_object_with_german_keys() -> None:
    item = {"Titel": "Kinder-Uni", "Beginn": "18.03.2025 16:00", "Kostenlos": "ja", "Alter": "8-12"}
    for data in ([item], {"offers": [item]}, {"Angebote": [item]}):
        record = read_json(data)[0]
        assert record["title"] == "Kinder-Uni" and record["is_free"] is True and record["max_age"] == 12


def test_json_values_of_other_types() -> None:
    data = [
        {
            "title": "Lötkurs",
            "price": 25,
            "price_reduced": 15,
            "capacity": 8,
            "wheelchair": False,
            "sessions": [{"beginn": "2025-04-08T18:30", "ende": "2025-04-08T20:30"}, "15.04.2025 18:30-20:30"],
            "audiences": ["Jugendliche", "Erwachsene"],
            "funding": ["bildungsurlaub-nrw"],
        }
    ]
    record = read_json(data)[0]
    assert record["price_eur"] == 25.0
    assert record["price_options"] == [{"label": "ermäßigt", "amount_eur": 15.0}]
    assert record["capacity_max"] == "8"
    assert record["accessibility"] == {"wheelchair": False}
    assert record["sessions"] == [
        {"start": "2025-04-08T18:30", "end": "2025-04-08T20:30"},
        {"start": "15.04.2025 18:30", "end": "15.04.2025 20:30"},
    ]
    offer = normalize(record)
    assert offer.price_eur == 25 and offer.funding == ["bildungsurlaub-nrw"] and offer.session_count == 2


def test_json_items_that_are_not_objects_are_rejected_one_by_one() -> None:
    records = read_json([{"title": "A", "farbe": "blau"}, "B"])
    assert any("unknown field 'farbe'" in w for w in records[0]["warnings"])
    assert records[1]["_reject"] == "offer 2 is not a JSON object"


@pytest.mark.parametrize("content", [b'{"title": "A"}', b'"text"', b"{}"])
def test_json_that_is_no_list_of_offers(content: bytes) -> None:
    with pytest.raises(FormatError, match="list of offers"):
        read_json(content)


def test_malformed_json() -> None:
    with pytest.raises(FormatError, match="not valid JSON"):
        read_json(b'[{"title": "A",]')


def test_json_nested_too_deep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_JSON_DEPTH", 3)
    with pytest.raises(FormatError, match="nested deeper"):
        read_json([{"title": "A", "sessions": [{"start": ["x"]}]}])


# --- docs and downloadable templates agree with COLUMNS ----------------------------------------------------------


def test_docs_show_the_current_column_table() -> None:
    docs = (REPO / "docs" / "partners.md").read_text()
    assert columns_markdown() in docs, "regenerate the table: python -m harvester.formats.template_columns"


def test_docs_list_every_format_we_read() -> None:
    docs = (REPO / "docs" / "partners.md").read_text()
    for fmt in Format:
        if fmt != Format.spider:
            assert f"| `{fmt.value}` |" in docs


def test_csv_template_has_every_column_and_three_valid_examples() -> None:
    content = (STATIC / "vorlage-lernangebote.csv").read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")  # Excel recognises UTF-8 by its BOM
    header = next(csv.reader(io.StringIO(content[3:].decode()), delimiter=";"), [])
    assert header[0].startswith("ID") and header == [c.german for c in COLUMNS]
    records = read_csv(content)
    assert len(records) == 3
    offers = [normalize(r) for r in records]
    assert all(not o.warnings for o in offers), [o.warnings for o in offers]


def test_json_template_uses_known_fields_and_matches_the_csv() -> None:
    data = json.loads((STATIC / "vorlage-lernangebote.json").read_text())
    names = {c.name for c in COLUMNS}
    assert all(set(item) <= names for item in data["offers"])
    offers = [normalize(r) for r in read_json(data)]
    csv_offers = [normalize(r) for r in read_csv((STATIC / "vorlage-lernangebote.csv").read_bytes())]
    assert all(not o.warnings for o in offers)
    for json_offer, csv_offer in zip(offers, csv_offers, strict=True):
        for field in ("id", "title", "start", "end", "sessions", "location", "price_eur", "is_free", "audiences"):
            assert getattr(json_offer, field) == getattr(csv_offer, field), field
