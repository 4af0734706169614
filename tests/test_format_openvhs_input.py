"""Open-vhs parser input handling: hostile and broken documents, charsets, and the fixture files."""

from __future__ import annotations

import pytest

from harvester.formats import FormatError, openvhs
from tests.openvhs_helpers import FIXTURES, FULL, dialect, one, parse, xml

# --- hostile and broken documents -----------------------------------------------------------------------------


def test_entity_declarations_are_refused() -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE v [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<veranstaltungen><veranstaltung><name>&x;</name></veranstaltung></veranstaltungen>"
    )
    with pytest.raises(FormatError, match="entities"):
        parse(doc)


def test_billion_laughs_is_refused() -> None:
    doc = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<veranstaltungen><veranstaltung><name>&b;</name></veranstaltung></veranstaltungen>"
    )
    with pytest.raises(FormatError, match="entities"):
        parse(doc)


def test_malformed_xml_names_the_line() -> None:
    doc = "<veranstaltungen>\n<veranstaltung>\n<name>Kurs</nam>\n</veranstaltung>\n</veranstaltungen>"
    with pytest.raises(FormatError, match=r"not well-formed XML \(line 3"):
        parse(doc)


def test_malformed_json_is_a_format_error() -> None:
    with pytest.raises(FormatError, match="not valid JSON"):
        parse('{"veranstaltungen": {"veranstaltung": [{"name": "A"},]}')


def test_neither_xml_nor_json() -> None:
    with pytest.raises(FormatError, match="neither"):
        parse("Kursprogramm Frühjahr 2025")


def test_other_xml_is_not_an_openvhs_export() -> None:
    with pytest.raises(FormatError, match=r"root element is <rss>"):
        parse("<rss><channel><item><title>x</title></item></channel></rss>")


def test_an_empty_export_yields_nothing() -> None:
    assert parse('<veranstaltungen version="1.2"/>') == []


def test_oversized_document_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openvhs, "MAX_OPENVHS_BYTES", 100)
    with pytest.raises(FormatError, match="larger than"):
        parse(xml(FULL))


def test_too_many_veranstaltungen_are_cut_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openvhs, "MAX_VERANSTALTUNGEN", 2)
    records = parse(xml("<name>A</name>", "<name>B</name>", "<name>C</name>"))
    assert [r["title"] for r in records] == ["A", "B"]
    assert "the export holds 3 veranstaltungen; read the first 2" in records[0]["warnings"]


# --- charsets -------------------------------------------------------------------------------------------------

LATIN = "<veranstaltungen><veranstaltung><name>Käse, Größe, Übung</name></veranstaltung></veranstaltungen>"


def test_iso_8859_1_declared_correctly() -> None:
    record = one(('<?xml version="1.0" encoding="ISO-8859-1"?>' + LATIN).encode("iso-8859-1"))
    assert record["title"] == "Käse, Größe, Übung" and record["warnings"] == []


def test_latin1_bytes_declared_as_utf8_are_read_with_a_warning() -> None:
    record = one(('<?xml version="1.0" encoding="UTF-8"?>' + LATIN).encode("iso-8859-1"))
    assert record["title"] == "Käse, Größe, Übung"
    assert any("not valid UTF-8" in w for w in record["warnings"])


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8_with_a_warning() -> None:
    record = one(('<?xml version="1.0" encoding="iso-8859-1"?>' + LATIN).encode("utf-8"))
    assert record["title"] == "Käse, Größe, Übung"
    assert any("declares iso-8859-1 but its bytes are UTF-8" in w for w in record["warnings"])


def test_json_with_bom_and_latin1_bytes() -> None:
    assert one(b"\xef\xbb\xbf" + dialect({"name": "Übung"}).encode("utf-8"))["title"] == "Übung"
    record = one(dialect({"name": "Übung"}).encode("iso-8859-1"))
    assert record["title"] == "Übung" and any("not valid UTF-8" in w for w in record["warnings"])


def test_utf16_xml() -> None:
    doc = '<?xml version="1.0" encoding="UTF-16"?>' + LATIN
    assert one(doc.encode("utf-16"))["title"] == "Käse, Größe, Übung"


# --- fixtures -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["vhs_wiesenfeld_export.xml", "havelstadt_opendata_kurse.json", "vhs_heidebrueck_latin1.xml"]
)
def test_fixtures_parse(name: str) -> None:
    records = parse((FIXTURES / name).read_bytes())
    assert len(records) >= 3 and all("title" in r for r in records)
