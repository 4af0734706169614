"""Open-vhs parser, XML (1.2, namespaced or not): field mapping, merkmale, capacity, dates, texts, prices, links."""

from __future__ import annotations

import pytest

from harvester.formats.openvhs import parse_openvhs
from harvester.formats.registry import parser_for
from harvester.normalize.record import RecordError
from tests.openvhs_helpers import FULL, NS, offer, one, parse, xml

# --- XML: mapping -------------------------------------------------------------------------------------------


def test_registry_knows_openvhs() -> None:
    assert parser_for("openvhs") is parse_openvhs


def test_full_veranstaltung_maps_every_field() -> None:
    record = one(xml(FULL))
    assert record["source_ref"] == "G-1"
    assert record["course_code"] == "25F-101"
    assert record["title"] == "Aquarell für Einsteiger"
    assert record["subtitle"] == "Licht und Wasser – Ein Wochenende"
    assert record["source_categories"] == ["2.03"]
    assert record["categories"] == ["culture-creativity"]
    assert record["keywords"] == ["Malen", "Aquarell"]
    assert record["audiences"] == ["Erwachsene"]
    assert record["level"] == "Einsteiger"
    assert record["certificate"] == "Teilnahmebescheinigung"
    assert record["capacity_max"] == 12 and record["places_available"] == 5
    assert record["session_count"] == 2
    assert record["schedule_text"] == "Samstag, Sonntag"
    assert record["sessions"] == [
        {"start": "2025-04-05T10:00", "end": "2025-04-05T16:00"},
        {"start": "2025-04-06T10:00", "end": "2025-04-06T15:00"},
    ]
    assert "start" not in record  # the normaliser takes it from the sessions
    assert record["location"] == {
        "name": "Kunstwerkstatt",
        "street": "Bahnhofstraße 12",
        "postal_code": "34569",
        "locality": "Wiesenfeld",
        "district": "Auental",
    }
    assert record["accessibility"] == {"wheelchair": True}
    assert record["price_eur"] == 58.0
    assert record["price_options"] == [{"label": "ermäßigt", "amount_eur": 46.4}]
    assert record["price_text"] == "ermäßigt 46,40 EUR"
    assert record["url"] == "https://vhs.example/kurs/25F-101"
    assert record["image_url"] == "https://vhs.example/bilder/aquarell.jpg"
    assert record["registration_url"] == "https://vhs.example/anmelden/25F-101"
    assert record["description"] == "Nasse Farbe auf nassem Papier."


def test_full_veranstaltung_normalises_to_an_offer() -> None:
    result = offer(one(xml(FULL)))
    assert result.start.isoformat() == "2025-04-05T10:00:00+02:00"
    assert result.end.isoformat() == "2025-04-06T15:00:00+02:00"
    assert result.categories == ["culture-creativity"]
    assert result.location.district == "Auental"
    assert result.accessibility.wheelchair is True
    assert result.price_eur == 58.0 and result.is_free is False
    assert [(o.label, o.amount_eur) for o in result.price_options] == [("ermäßigt", 46.4)]


@pytest.mark.parametrize(
    ("root", "attrs"),
    [
        ("veranstaltungen", ""),
        ("veranstaltungen", f' xmlns="{NS}"'),
        ("openvhs:veranstaltungen", f' version="1.2" xmlns:openvhs="{NS}"'),
    ],
)
def test_namespaced_and_plain_documents_read_alike(root: str, attrs: str) -> None:
    body = "<guid>G</guid><name>Kurs</name><dvv_kategorie version='2.0'>4.01</dvv_kategorie>"
    doc = (
        f'<?xml version="1.0"?><{root}{attrs}><export><ersteller><name>vhs Test</name></ersteller></export>'
        f"<veranstaltung>{body}</veranstaltung></{root}>"
    )
    record = one(doc)
    assert record["title"] == "Kurs"
    assert record["categories"] == ["languages"]
    assert record["organizer"]["name"] == "vhs Test"


def test_fully_qualified_elements_are_read_by_local_name() -> None:
    doc = (
        f'<o:veranstaltungen xmlns:o="{NS}"><o:veranstaltung><o:guid>Q</o:guid><o:name>Qualifiziert</o:name>'
        "<o:schlagwort>A</o:schlagwort><o:schlagwort>B</o:schlagwort></o:veranstaltung></o:veranstaltungen>"
    )
    record = one(doc)
    assert record["source_ref"] == "Q" and record["keywords"] == ["A", "B"]


def test_source_ref_falls_back_to_nummer() -> None:
    assert one(xml("<nummer>25F-9</nummer><name>Kurs</name>"))["source_ref"] == "25F-9"
    assert "source_ref" not in one(xml("<name>Kurs</name><beginn_datum>2025-04-01</beginn_datum>"))


def test_missing_name_is_rejected_by_the_normaliser_and_the_others_go_on() -> None:
    records = parse(xml("<guid>A</guid><beginn_datum>2025-04-01</beginn_datum>", "<guid>B</guid><name>Gut</name>"))
    assert records[0]["title"] == ""
    with pytest.raises(RecordError, match="title: missing"):
        offer(records[0])
    assert records[1]["title"] == "Gut"


@pytest.mark.parametrize(
    ("code", "category"),
    [
        ("1.01", "politics-society-environment"),
        ("2.07", "culture-creativity"),
        ("3", "health"),
        ("4.01.02", "languages"),
        ("5.05", "work-career"),
        ("6.02", "basic-education-school-degrees"),
        ("0.01", None),
        ("7.01", None),
        ("x", None),
    ],
)
def test_dvv_programme_area_from_the_leading_digit(code: str, category: str | None) -> None:
    record = one(xml(f"<name>K</name><dvv_kategorie version='2.0'>{code}</dvv_kategorie>"))
    assert record["source_categories"] == [code]
    assert record.get("categories") == ([category] if category else None)


# --- merkmale -------------------------------------------------------------------------------------------------

PLACE = (
    "<veranstaltungsort><name>Haus</name><adresse><plz>12345</plz><ort>Ort</ort><strasse>Weg 1</strasse>"
    "</adresse></veranstaltungsort>"
)
ONLINE = "<veranstaltungsort><name>Online</name></veranstaltungsort>"


def merkmal(name: str, value: str) -> str:
    return f"<merkmale><merkmal><name>{name}</name><wert>{value}</wert></merkmal></merkmale>"


@pytest.mark.parametrize(
    ("merkmale", "venue", "mode"),
    [
        (merkmal("kursart_digital", "online_angebot"), PLACE, "online"),
        (merkmal("kursart_digital", "selbstlernangebot"), "", "online"),
        (merkmal("kursart_digital", "blended_learning"), PLACE, "mixed"),
        (merkmal("kursart_digital", "praesenz"), PLACE, "offline"),
        (merkmal("vhscloud_kurs", "true"), PLACE, "mixed"),
        (merkmal("vhscloud_kurs", "true"), "", "online"),
        (merkmal("vhscloud_kurs", "true"), ONLINE, "online"),
        (merkmal("vhscloud_kurs", "false"), PLACE, None),
        ("", ONLINE, "online"),
        ("", PLACE, None),
    ],
)
def test_attendance_rule(merkmale: str, venue: str, mode: str | None) -> None:
    record = one(xml(f"<name>K</name>{merkmale}{venue}"))
    assert record.get("attendance_mode") == mode
    if venue == ONLINE:
        assert "location" not in record


def test_kursart_digital_wins_over_vhscloud() -> None:
    merkmale = (
        "<merkmale><merkmal><name>vhscloud_kurs</name><wert>true</wert></merkmal>"
        "<merkmal><name>kursart_digital</name><wert>online_angebot</wert></merkmal></merkmale>"
    )
    assert one(xml(f"<name>K</name>{merkmale}{PLACE}"))["attendance_mode"] == "online"


def test_anmeldung_kostenlos_means_free() -> None:
    record = one(xml(f"<name>K</name>{merkmal('anmeldung_kostenlos', 'true')}"))
    assert record["is_free"] is True
    assert offer(record).is_free is True


def test_anmeldung_kostenlos_against_a_price_keeps_the_price_with_a_warning() -> None:
    record = one(xml(f"<name>K</name>{merkmal('anmeldung_kostenlos', 'true')}<preis><betrag>20</betrag></preis>"))
    assert "is_free" not in record and record["price_eur"] == 20.0
    assert any("anmeldung_kostenlos" in w for w in record["warnings"])


def test_barrierefreies_lernen_is_an_accessibility_note() -> None:
    record = one(xml(f"<name>K</name>{merkmal('barrierefreies_lernen', 'true')}"))
    assert record["accessibility"] == {"notes": "barrierefreies Lernen"}


def test_bildungsurlaub_is_a_kind_and_funding_comes_from_the_option() -> None:
    doc = xml(f"<name>Excel kompakt</name>{merkmal('bildungsurlaub', 'true')}")
    assert one(doc)["kind"] == "educational-leave" and "funding" not in one(doc)
    record = one(doc, options={"bildungsurlaub_funding": "bildungsurlaub-nrw"})
    assert record["funding"] == ["bildungsurlaub-nrw"]
    assert offer(record).funding == ["bildungsurlaub-nrw"]


def test_merkmal_with_several_values_and_odd_names() -> None:
    merkmale = (
        "<merkmale><merkmal><name><![CDATA[D(1)]]></name><wert>true</wert></merkmal>"
        "<merkmal><name>kursart_digital</name><wert/></merkmal></merkmale>"
    )
    assert "attendance_mode" not in one(xml(f"<name>K</name>{merkmale}"))


# --- capacity and status --------------------------------------------------------------------------------------


def test_full_course_and_unknown_count() -> None:
    full = one(
        xml(
            "<name>K</name><aktuelle_teilnehmerzahl>14</aktuelle_teilnehmerzahl>"
            "<maximale_teilnehmerzahl>14</maximale_teilnehmerzahl>"
        )
    )
    assert full["status"] == "full" and full["places_available"] == 0
    unknown = one(
        xml(
            "<name>K</name><aktuelle_teilnehmerzahl>-1</aktuelle_teilnehmerzahl>"
            "<maximale_teilnehmerzahl>14</maximale_teilnehmerzahl>"
        )
    )
    assert "places_available" not in unknown and unknown["capacity_max"] == 14


def test_the_sources_status_wins_over_full() -> None:
    record = one(
        xml(
            "<name>K</name><aktuelle_teilnehmerzahl>9</aktuelle_teilnehmerzahl>"
            "<maximale_teilnehmerzahl>8</maximale_teilnehmerzahl><status>abgesagt</status>"
        )
    )
    assert record["status"] == "abgesagt"


# --- dates ----------------------------------------------------------------------------------------------------


def termin(day: str, start: str = "", end: str = "", end_day: str = "") -> str:
    parts = [f"<beginn_datum>{day}</beginn_datum>"]
    if start:
        parts.append(f"<beginn_uhrzeit>{start}</beginn_uhrzeit>")
    if end:
        parts.append(f"<ende_uhrzeit>{end}</ende_uhrzeit>")
    if end_day:
        parts.append(f"<ende_datum>{end_day}</ende_datum>")
    return f"<termin>{''.join(parts)}</termin>"


@pytest.mark.parametrize(
    ("termin_xml", "session"),
    [
        (termin("2025-03-12", "18:30:00", "21:00:00"), {"start": "2025-03-12T18:30", "end": "2025-03-12T21:00"}),
        (termin("2025-03-12", "18.30 Uhr", "21.00"), {"start": "2025-03-12T18:30", "end": "2025-03-12T21:00"}),
        (
            termin("2025-04-11", "13:00:00+02:00", "16:15:00+02:00"),
            {"start": "2025-04-11T13:00+02:00", "end": "2025-04-11T16:15+02:00"},
        ),
        (termin("2025-03-12"), {"start": "2025-03-12"}),
        (termin("2025-03-12", "18:00"), {"start": "2025-03-12T18:00"}),
        (termin("2025-04-04", "21:30", "00:30"), {"start": "2025-04-04T21:30", "end": "2025-04-05T00:30"}),
        (
            termin("2025-04-04", "10:00", "12:00", "2025-04-06"),
            {"start": "2025-04-04T10:00", "end": "2025-04-06T12:00"},
        ),
        (termin("2025-04-04", end_day="2025-04-06"), {"start": "2025-04-04", "end": "2025-04-06"}),
        (termin("2025-03-12+01:00", "18:00", "19:00"), {"start": "2025-03-12T18:00", "end": "2025-03-12T19:00"}),
    ],
)
def test_termin_to_session(termin_xml: str, session: dict[str, str]) -> None:
    assert one(xml(f"<name>K</name>{termin_xml}"))["sessions"] == [session]


def test_termin_times_with_offset_are_kept_exact() -> None:
    result = offer(one(xml("<name>K</name>" + termin("2025-04-11", "13:00:00+02:00", "16:15:00+02:00"))))
    assert result.start.isoformat() == "2025-04-11T13:00:00+02:00"


def test_unreadable_time_and_missing_date_are_warned_about() -> None:
    record = one(
        xml(
            "<name>K</name>" + termin("2025-03-12", "abends", "21:00") + "<termin><beginn_uhrzeit>18:00"
            "</beginn_uhrzeit></termin>"
        )
    )
    assert record["sessions"] == [{"start": "2025-03-12", "end": "2025-03-12T21:00"}]
    assert any("abends" in w for w in record["warnings"])
    assert any("without beginn_datum" in w for w in record["warnings"])


def test_a_german_date_is_passed_on_for_the_normaliser() -> None:
    record = one(xml("<name>K</name>" + termin("12.03.2025", "18:00", "19:30")))
    assert record["sessions"] == [{"start": "12.03.2025 18:00 Uhr", "end": "12.03.2025 19:30 Uhr"}]
    assert offer(record).start.isoformat() == "2025-03-12T18:00:00+01:00"


def test_without_termine_start_and_end_come_from_the_course_dates() -> None:
    record = one(
        xml(
            "<name>K</name><beginn_datum>2025-03-10</beginn_datum><ende_datum>2025-06-30</ende_datum>"
            "<wochentag>Montag</wochentag><wochentag>Mittwoch</wochentag>"
        )
    )
    assert (record["start"], record["end"], record["schedule_text"]) == ("2025-03-10", "2025-06-30", "Montag, Mittwoch")
    assert "sessions" not in record


def test_without_termine_a_course_time_is_used() -> None:
    record = one(
        xml(
            "<name>K</name><beginn_datum>2025-03-10</beginn_datum><beginn_uhrzeit>18:00</beginn_uhrzeit>"
            "<ende_datum>2025-03-10</ende_datum>"
        )
    )
    assert record["start"] == "2025-03-10T18:00" and "end" not in record
    record = one(
        xml(
            "<name>K</name><beginn_datum>2025-03-10</beginn_datum><beginn_uhrzeit>18:00</beginn_uhrzeit>"
            "<ende_uhrzeit>19:30</ende_uhrzeit>"
        )
    )
    assert record["end"] == "2025-03-10T19:30"


def test_end_before_start_is_ignored_by_the_normaliser() -> None:
    record = one(xml("<name>K</name><beginn_datum>2025-04-04</beginn_datum><ende_datum>2025-03-28</ende_datum>"))
    result = offer(record)
    assert result.end is None and any("before start" in w for w in result.warnings)


def test_termine_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    from harvester.formats import openvhs_sessions

    monkeypatch.setattr(openvhs_sessions, "MAX_TERMINE", 2)
    record = one(xml("<name>K</name>" + "".join(termin(f"2025-03-1{i}") for i in range(5))))
    assert len(record["sessions"]) == 2 and any("termine" in w for w in record["warnings"])


# --- descriptions ---------------------------------------------------------------------------------------------


def test_typed_texts_main_first_then_headed_others() -> None:
    record = one(
        xml(
            "<name>K</name><text><eigenschaft>hinweis</eigenschaft><text>Bitte Matte mitbringen.</text>"
            "</text><text><eigenschaft>text</eigenschaft><text>Sanfte Übungen.</text></text>"
        )
    )
    assert record["description"] == "Sanfte Übungen.\n\nHinweis: Bitte Matte mitbringen."


def test_html_and_plain_texts_keep_their_line_breaks() -> None:
    record = one(
        xml(
            "<name>K</name><text><eigenschaft>text</eigenschaft><text><![CDATA[<p>Eins <b>zwei</b></p>]]>"
            "</text></text><text><eigenschaft>Zusatzinformation</eigenschaft><text>Zeile 1\nZeile 2</text>"
            "</text>"
        )
    )
    assert offer(record).description == "Eins zwei\n\nZusatzinformation:\n\nZeile 1\nZeile 2"


def test_xhtml_elements_in_a_text_and_scripts_are_stripped() -> None:
    record = one(
        xml(
            "<name>K</name><text><eigenschaft>text</eigenschaft><text><p>Gut <strong>so</strong></p>"
            "<script>alert(1)</script><p>Ende</p></text></text>"
        )
    )
    assert "<strong>so</strong>" in record["description"]
    result = offer(record)
    assert result.description == "Gut so\n\nEnde"
    assert "HTML removed from description" in result.warnings


# --- prices ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("betrag", "amount"),
    [
        ("82.8", 82.8),
        ("84.70", 84.7),
        ("66,00", 66.0),
        ("1.250,00", 1250.0),
        ("96", 96.0),
        ("12 EUR", 12.0),
        ("0.0", 0.0),
    ],
)
def test_betrag_decimal_point_or_comma(betrag: str, amount: float) -> None:
    assert one(xml(f"<name>K</name><preis><betrag>{betrag}</betrag></preis>"))["price_eur"] == amount


def test_unreadable_betrag_is_warned_about() -> None:
    record = one(xml("<name>K</name><preis><betrag>auf Anfrage</betrag></preis>"))
    assert "price_eur" not in record and any("betrag" in w for w in record["warnings"])


def test_rabatt_without_amount_says_so_in_the_price_text() -> None:
    record = one(xml("<name>K</name><preis><betrag>96</betrag><rabatt_moeglich>true</rabatt_moeglich></preis>"))
    assert record["price_text"] == "Ermäßigung möglich" and "price_options" not in record
    assert offer(record).price_eur == 96.0


def test_free_course_from_a_zero_betrag() -> None:
    result = offer(one(xml("<name>K</name><preis><betrag>0.00</betrag></preis>")))
    assert result.is_free is True and result.price_eur == 0.0


# --- links ----------------------------------------------------------------------------------------------------


def test_website_mobile_is_a_fallback_and_relative_links_need_an_http_base() -> None:
    doc = xml(
        "<name>K</name><webadresse><typ>website_mobile</typ><uri>/m/k</uri></webadresse>"
        "<webadresse><typ>video</typ><uri>https://v.example/1</uri></webadresse>"
    )
    assert one(doc)["url"] == "https://vhs.example/m/k"
    assert one(doc, base_url="file:///tmp/kurse.xml")["url"] == "/m/k"
