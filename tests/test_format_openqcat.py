"""openQ-cat (KURSNET) parser: full vs update catalogues, deletions, runs, dates, prices, hostile input."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.check import check
from harvester.formats import FormatError, safe
from harvester.formats import openqcat as openqcat_module
from harvester.formats.openqcat import is_full_catalogue, parse_openqcat
from harvester.normalize.record import RecordError, SourceContext, normalize_record
from schemas.offer import Offer

BERLIN = ZoneInfo("Europe/Berlin")
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "openqcat"
HEADER = """<HEADER><CATALOG><LANGUAGE>deu</LANGUAGE><CATALOG_ID>1</CATALOG_ID><CATALOG_VERSION>1</CATALOG_VERSION>
<CURRENCY>EUR</CURRENCY></CATALOG><SUPPLIER><SUPPLIER_NAME>Bildungswerk Teststadt</SUPPLIER_NAME></SUPPLIER></HEADER>"""


def service(
    product_id: str = "P1",
    title: str = "Buchhaltung kompakt",
    *,
    dates: str = "",
    module: str = "",
    price: str = "990.00",
    extra: str = "",
) -> str:
    service_date = (
        dates or "<START_DATE>2025-04-07T09:00:00+02:00</START_DATE><END_DATE>2025-04-11T16:00:00+02:00</END_DATE>"
    )
    module = module or '<EDUCATION type="true"><COURSE_ID>C1</COURSE_ID></EDUCATION>'
    return f"""<SERVICE mode="new"><PRODUCT_ID>{product_id}</PRODUCT_ID><SERVICE_DETAILS><TITLE>{title}</TITLE>
<DESCRIPTION_LONG>Beschreibung</DESCRIPTION_LONG><SERVICE_DATE>{service_date}</SERVICE_DATE>
<SERVICE_MODULE>{module}</SERVICE_MODULE></SERVICE_DETAILS>{extra}
<SERVICE_PRICE_DETAILS><SERVICE_PRICE><PRICE_AMOUNT>{price}</PRICE_AMOUNT></SERVICE_PRICE></SERVICE_PRICE_DETAILS>
</SERVICE>"""


def catalogue(*services: str, update: str | None = None, attrs: str = "") -> bytes:
    body = (
        f"<UPDATE_CATALOG seq_number='7'>{update}</UPDATE_CATALOG>"
        if update is not None
        else (f"<NEW_CATALOG {attrs}>{''.join(services)}</NEW_CATALOG>")
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<OPENQCAT version="1.1">{HEADER}{body}</OPENQCAT>'.encode()


def parse(content: bytes) -> list[dict[str, Any]]:
    now = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
    return list(parse_openqcat(content, base_url="https://bildung.example/kursnet.xml", timezone=BERLIN, now=now))


def normalize(record: dict[str, Any]) -> Offer:
    ctx = SourceContext(source_id="teststadt_bildungswerk", provider_id="bildungswerk", timezone=BERLIN)
    return normalize_record(record, ctx, now=datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN))


# --- full catalogue vs update ---------------------------------------------------------------------------------


def test_new_catalog_is_a_full_catalogue() -> None:
    assert is_full_catalogue(catalogue(service()))
    assert is_full_catalogue(catalogue(service(), attrs='FULLCATALOG="true"'))


def test_update_catalog_and_partial_new_catalog_are_not_full() -> None:
    assert not is_full_catalogue(catalogue(update=f"<NEW>{service()}</NEW>"))
    assert not is_full_catalogue(catalogue(service(), attrs='FULLCATALOG="false"'))


def test_unreadable_document_is_never_full() -> None:
    assert not is_full_catalogue(b"<OPENQCAT><NEW_CATALOG>")
    assert not is_full_catalogue(b"")


def test_update_catalog_yields_new_services_and_deletions() -> None:
    update = f"""<NEW>{service("P9", "Neu im Programm")}</NEW>
    <DELETE><SERVICE><PRODUCT_ID>P1</PRODUCT_ID></SERVICE><PRODUCT_ID>P2</PRODUCT_ID></DELETE>"""
    records = parse(catalogue(update=update))
    assert records[:4] == [{"_deleted": "P1"}, {"_deleted": "P1/*"}, {"_deleted": "P2"}, {"_deleted": "P2/*"}]
    assert [r["source_ref"] for r in records[4:]] == ["P9"]


def test_service_with_mode_delete_is_a_deletion() -> None:
    deleted = service("P3").replace('mode="new"', 'mode="delete"')
    assert parse(catalogue(deleted, service("P4")))[0] == {"_deleted": "P3"}


def test_deleting_a_service_with_runs_deletes_each_run() -> None:
    runs = """<SERVICE><PRODUCT_ID>P5</PRODUCT_ID><SERVICE_DETAILS><SERVICE_MODULE>
    <EDUCATION type="true"><COURSE_ID>P5</COURSE_ID></EDUCATION>
    <EDUCATION type="false"><COURSE_ID>R1</COURSE_ID></EDUCATION>
    <EDUCATION type="false"><COURSE_ID>R2</COURSE_ID></EDUCATION></SERVICE_MODULE></SERVICE_DETAILS></SERVICE>"""
    records = parse(catalogue(update=f"<DELETE>{runs}</DELETE>"))
    assert [r["_deleted"] for r in records] == ["P5", "P5/*", "P5/R1", "P5/R2"]


def test_check_counts_deletions_of_the_update_fixture() -> None:
    now = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
    result = check(
        str(FIXTURES / "lindenau_bildungswerk_update.xml"), format_name="openqcat", timezone="Europe/Berlin", now=now
    )
    assert result.deleted == [
        "BWL-XL-0324",
        "BWL-XL-0324/*",
        "BWL-STAP-0616",
        "BWL-STAP-0616/*",
        "BWL-FIBU",
        "BWL-FIBU/*",
        "BWL-FIBU/FIBU-25-1",
        "BWL-FIBU/FIBU-25-2",
    ]
    assert [o.source_ref for o in result.offers] == ["BWL-IT-LPI1", "BWL-KI-0602"]
    assert not result.rejects


# --- offers and runs ------------------------------------------------------------------------------------------


def test_dated_runs_of_one_service_are_offers_of_their_own() -> None:
    module = """<EDUCATION type="true"><COURSE_ID>P6</COURSE_ID><DEGREE><DEGREE_TITLE>Zertifikat</DEGREE_TITLE></DEGREE>
    </EDUCATION>
    <EDUCATION type="false"><COURSE_ID>R-APR</COURSE_ID><MODULE_COURSE><MAX_PARTICIPANTS>12</MAX_PARTICIPANTS>
      <LOCATION><NAME>Haus A</NAME><STREET>Weg 1</STREET><ZIP>11111</ZIP><CITY>Astadt</CITY></LOCATION>
      <DURATION><START_DATE>2025-04-07</START_DATE><END_DATE>2025-06-27</END_DATE></DURATION></MODULE_COURSE>
    </EDUCATION>
    <EDUCATION type="false"><COURSE_ID>R-OKT</COURSE_ID><MODULE_COURSE>
      <LOCATION><NAME>Haus B</NAME><STREET>Weg 2</STREET><ZIP>22222</ZIP><CITY>Bstadt</CITY></LOCATION>
      <DURATION><START_DATE>2025-10-06</START_DATE><END_DATE>2025-12-19</END_DATE></DURATION></MODULE_COURSE>
    </EDUCATION>"""
    records = parse(catalogue(service("P6", dates="<DATE_REMARKS>Mo-Do 17:30-20:45 Uhr</DATE_REMARKS>", module=module)))
    assert [r["source_ref"] for r in records] == ["P6/R-APR", "P6/R-OKT"]
    assert [r["start"] for r in records] == [date(2025, 4, 7), date(2025, 10, 6)]
    assert [r["location"]["locality"] for r in records] == ["Astadt", "Bstadt"]
    assert records[0]["capacity_max"] == "12" and "capacity_max" not in records[1]
    assert all(r["certificate"] == "Zertifikat" and r["title"] == "Buchhaltung kompakt" for r in records)
    assert all(r["schedule_text"] == "Mo-Do 17:30-20:45 Uhr" for r in records)


def test_runs_without_distinct_course_ids_are_told_apart_by_start_date() -> None:
    run = (
        '<EDUCATION type="false"><COURSE_ID>P7</COURSE_ID><MODULE_COURSE><DURATION><START_DATE>{}</START_DATE>'
        "</DURATION></MODULE_COURSE></EDUCATION>"
    )
    module = (
        '<EDUCATION type="true"><COURSE_ID>P7</COURSE_ID></EDUCATION>'
        + run.format("2025-05-05")
        + run.format("2025-09-01")
    )
    records = parse(catalogue(service("P7", module=module)))
    assert [r["source_ref"] for r in records] == ["P7/2025-05-05", "P7/2025-09-01"]
    assert any("start dates" in w for w in records[0]["warnings"])


def test_run_written_as_own_service_inherits_from_its_undated_base_offer() -> None:
    base = service(
        "BASE",
        "Staplerschein",
        dates="<DATE_REMARKS>nach Vereinbarung</DATE_REMARKS>",
        module='<EDUCATION type="true"><COURSE_ID>BASE</COURSE_ID><SUBSIDY>Bildungsgutschein</SUBSIDY></EDUCATION>',
        price="395.00",
    ).replace("<SERVICE_DATE><DATE_REMARKS>nach Vereinbarung</DATE_REMARKS></SERVICE_DATE>", "")
    run = """<SERVICE><PRODUCT_ID>RUN1</PRODUCT_ID><SERVICE_DETAILS><TITLE></TITLE><SERVICE_DATE>
    <START_DATE>2025-04-22T08:00:00+02:00</START_DATE></SERVICE_DATE><SERVICE_MODULE><EDUCATION type="false">
    <COURSE_ID>BASE</COURSE_ID></EDUCATION></SERVICE_MODULE></SERVICE_DETAILS></SERVICE>"""
    records = parse(catalogue(base, run))
    assert [r["source_ref"] for r in records] == ["RUN1"]
    assert records[0]["title"] == "Staplerschein"
    assert records[0]["price_eur"] == "395.00"
    assert records[0]["funding"] == ["bildungsgutschein"]
    assert records[0]["start"] == "2025-04-22T08:00:00+02:00"


def test_base_offer_with_its_own_date_stays_an_offer() -> None:
    run = """<SERVICE><PRODUCT_ID>RUN2</PRODUCT_ID><SERVICE_DETAILS><SERVICE_DATE>
    <START_DATE>2025-06-16</START_DATE></SERVICE_DATE><SERVICE_MODULE><EDUCATION type="false">
    <COURSE_ID>P1</COURSE_ID></EDUCATION></SERVICE_MODULE></SERVICE_DETAILS></SERVICE>"""
    records = parse(
        catalogue(service("P1", module='<EDUCATION type="true"><COURSE_ID>P1</COURSE_ID></EDUCATION>'), run)
    )
    assert [r["source_ref"] for r in records] == ["P1", "RUN2"]


def test_full_fixture_has_one_offer_per_run_and_no_abstract_base() -> None:
    records = parse((FIXTURES / "lindenau_bildungswerk_full.xml").read_bytes())
    refs = [r["source_ref"] for r in records]
    assert "BWL-STAP" not in refs
    assert {"BWL-FIBU/FIBU-25-1", "BWL-FIBU/FIBU-25-2", "BWL-STAP-0422", "BWL-STAP-0616"} <= set(refs)
    assert len(refs) == len(set(refs)) == 9


# --- fields ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-07", date(2025, 4, 7)),
        ("2025-04-07+02:00", date(2025, 4, 7)),  # xs:date with a zone: still that date
        ("2025-03-17T00:00:00.000+02:00", date(2025, 3, 17)),  # padded midnight, wrong (summer) offset in March
        ("2025-04-07T08:30:00+02:00", "2025-04-07T08:30:00+02:00"),
        ("2025-04-07T08:30:00", "2025-04-07T08:30:00"),  # naive: the normaliser localises it
    ],
)
def test_dates_are_read_as_written(value: str, expected: object) -> None:
    record = parse(catalogue(service(dates=f"<START_DATE>{value}</START_DATE>")))[0]
    assert record["start"] == expected


def test_naive_times_are_localised_by_the_normaliser() -> None:
    dates = "<START_DATE>2025-03-24T09:00:00</START_DATE><END_DATE>2025-03-26T16:00:00</END_DATE>"
    offer = normalize(parse(catalogue(service(dates=dates)))[0])
    assert offer.start.isoformat() == "2025-03-24T09:00:00+01:00"


def test_price_zero_with_decimal_comma_is_free() -> None:
    offer = normalize(parse(catalogue(service(price="0,00")))[0])
    assert offer.price_eur == 0 and offer.is_free is True


def test_price_in_another_currency_is_not_euro() -> None:
    doc = catalogue(service(price="1200.00")).replace(
        b"</PRICE_AMOUNT>", b"</PRICE_AMOUNT><PRICE_CURRENCY>CHF</PRICE_CURRENCY>"
    )
    record = parse(doc)[0]
    assert "price_eur" not in record and record["price_text"] == "1200.00 CHF"


def test_subsidy_words_become_funding_codes_and_description() -> None:
    module = """<EDUCATION type="true"><SUBSIDY><SUBSIDY_INSTITUTION>Landesbank</SUBSIDY_INSTITUTION>
    <SUBSIDY_DESCRIPTION>Aufstiegs-BAföG möglich</SUBSIDY_DESCRIPTION></SUBSIDY></EDUCATION>"""
    record = parse(catalogue(service(module=module)))[0]
    assert record["funding"] == ["aufstiegs-bafoeg"]
    assert "Förderung: Aufstiegs-BAföG möglich (Landesbank)" in record["description"]


def test_flexible_start_and_attendance_forms() -> None:
    module = """<EDUCATION type="true"><EXTENDED_INFO><INSTRUCTION_FORM type="5">Selbststudium/ E-learning/ Blended
    Learning</INSTRUCTION_FORM><EXECUTION_FORM>Virtuelles Klassenzimmer</EXECUTION_FORM></EXTENDED_INFO>
    <MODULE_COURSE><LOCATION><NAME>Online</NAME></LOCATION><FLEXIBLE_START>true</FLEXIBLE_START></MODULE_COURSE>
    </EDUCATION>"""
    record = parse(catalogue(service(module=module)))[0]
    assert record["attendance_mode"] == "online"
    assert "location" not in record
    assert "flexibler Einstieg" in record["keywords"]


def test_blended_feature_is_mixed_attendance() -> None:
    extra = (
        "<SERVICE_CLASSIFICATION><FEATURE><FNAME>Unterrichtsform</FNAME><FVALUE>Präsenz</FVALUE>"
        "<FVALUE>Online</FVALUE></FEATURE><FEATURE><FNAME>Kurssystematik</FNAME><FVALUE>Buchhaltung</FVALUE>"
        "</FEATURE></SERVICE_CLASSIFICATION>"
    )
    record = parse(catalogue(service(extra=extra)))[0]
    assert record["attendance_mode"] == "mixed"
    assert record["source_categories"] == ["Buchhaltung"]


def test_namespaced_document_is_read() -> None:
    doc = re.sub(rb"<(/?)([A-Z_]+)", rb"<\1oq:\2", catalogue(service()))  # every element prefixed
    doc = doc.replace(b'<oq:OPENQCAT version="1.1">', b'<oq:OPENQCAT xmlns:oq="urn:x-openqcat" version="1.1">')
    records = parse(doc)
    assert [r["source_ref"] for r in records] == ["P1"]
    assert records[0]["title"] == "Buchhaltung kompakt"


def test_script_in_description_is_removed_by_the_normaliser() -> None:
    doc = catalogue(service()).replace(
        b"<DESCRIPTION_LONG>Beschreibung", b"<DESCRIPTION_LONG><![CDATA[<p>Gut</p><script>alert(1)</script>]]>"
    )
    offer = normalize(parse(doc)[0])
    assert offer.description is not None and "alert" not in offer.description and "Gut" in offer.description


def test_missing_title_is_rejected_by_the_normaliser() -> None:
    record = parse(catalogue(service(title="")))[0]
    with pytest.raises(RecordError, match="title"):
        normalize(record)


def test_end_before_start_is_dropped_with_a_warning() -> None:
    dates = "<START_DATE>2025-04-07T09:00:00+02:00</START_DATE><END_DATE>2025-04-01T16:00:00+02:00</END_DATE>"
    offer = normalize(parse(catalogue(service(dates=dates)))[0])
    assert offer.end is None and any("before start" in w for w in offer.warnings)


# --- hostile and broken input ---------------------------------------------------------------------------------


def test_malformed_xml_is_a_format_error_with_its_line() -> None:
    with pytest.raises(FormatError, match=r"not well-formed XML.*line"):
        parse(b"<OPENQCAT>\n<HEADER>\n<NEW_CATALOG></HEADER></OPENQCAT>")


def test_entity_declarations_are_refused() -> None:
    doc = b"""<?xml version="1.0"?><!DOCTYPE OPENQCAT [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
    <OPENQCAT><NEW_CATALOG><SERVICE><PRODUCT_ID>&b;</PRODUCT_ID></SERVICE></NEW_CATALOG></OPENQCAT>"""
    with pytest.raises(FormatError, match="entities"):
        parse(doc)
    external = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><OPENQCAT/>"""
    with pytest.raises(FormatError, match="entities"):
        parse(external)


def test_other_xml_is_not_an_openqcat_catalogue() -> None:
    with pytest.raises(FormatError, match="expected <OPENQCAT>"):
        parse(b"<rss><channel/></rss>")
    with pytest.raises(FormatError, match="neither a NEW_CATALOG nor an UPDATE_CATALOG"):
        parse(b"<OPENQCAT><HEADER/></OPENQCAT>")


def test_latin1_bytes_labelled_utf8_are_read_with_a_warning() -> None:
    doc = catalogue(service(title="Schweißen für Einsteiger")).decode().encode("latin-1")
    records = parse(doc)
    assert records[0]["title"] == "Schweißen für Einsteiger"
    assert any("Windows-1252" in w for w in records[0]["warnings"])


def test_declared_latin1_fixture_is_read() -> None:
    records = parse((FIXTURES / "hagenfeld_lernwerkstatt_free.xml").read_bytes())
    assert records[0]["location"]["street"] == "Mühlengasse 7"


def test_oversized_document_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_DOCUMENT_BYTES", 500)
    with pytest.raises(FormatError, match="larger than"):
        parse(catalogue(service(), service("P2"), service("P3")))


def test_service_cap_stops_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openqcat_module, "MAX_SERVICES", 2)
    records = parse(catalogue(service("P1"), service("P2"), service("P3")))
    assert [r["source_ref"] for r in records] == ["P1", "P2"]
    assert any("first 2 services" in w for w in records[0]["warnings"])
