"""The RSS/Atom parser on small inline feeds: one test per quirk of real feeds."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.formats import FormatError, feed
from harvester.formats.feed import parse_feed

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
FEED_URL = "https://bibliothek.example/veranstaltungen.rss"


def parse(content: bytes, base_url: str = FEED_URL) -> list[dict[str, Any]]:
    return list(parse_feed(content, base_url=base_url, timezone=BERLIN, now=NOW))


def rss(items: str, *, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>', namespaces: str = "") -> str:
    return (
        f'{declaration}\n<rss version="2.0"{namespaces}><channel><title>Stadtbibliothek</title>'
        f"<link>https://bibliothek.example/</link><description>Termine</description>{items}</channel></rss>"
    )


ITEM = (
    "<item><title>Bilderbuchkino</title><link>https://bibliothek.example/termine/4711</link>"
    '<guid isPermaLink="false">veranstaltung-4711</guid><pubDate>Mon, 17 Feb 2025 08:12:00 +0100</pubDate>'
    "<category>Kinder</category><category>Vorlesen</category>"
    "<description><![CDATA[<p><strong>Di., 11.03.2025, 16:00–17:00 Uhr</strong></p><p>Eintritt frei.</p>]]>"
    "</description></item>"
)


def test_rss_item_fields_and_the_publication_date_is_not_the_start() -> None:
    (record,) = parse(rss(ITEM).encode())
    assert record == {
        "title": "Bilderbuchkino",
        "warnings": [],
        "source_ref": "veranstaltung-4711",
        "url": "https://bibliothek.example/termine/4711",
        "description": "<p><strong>Di., 11.03.2025, 16:00–17:00 Uhr</strong></p><p>Eintritt frei.</p>",
        "source_categories": ["Kinder", "Vorlesen"],
        "source_modified_at": datetime(2025, 2, 17, 7, 12, tzinfo=UTC),
    }  # no "start": the date in the text is the normaliser's to read


def test_a_well_formed_feed_carries_no_warning() -> None:
    # Regression: without a content type feedparser flagged every document as "bozo".
    assert parse(rss(ITEM).encode())[0]["warnings"] == []


def test_event_module_fields() -> None:
    item = (
        "<item><title>Repair-Café</title><guid>https://verein.example/t/1</guid>"
        "<ev:startdate>2025-03-15T10:00:00+01:00</ev:startdate><ev:enddate>2025-03-15T13:00:00+01:00</ev:enddate>"
        "<ev:location>Gemeindehaus, Kirchstraße 4, 23456 Beispielheim</ev:location>"
        "<ev:organizer>Repair-Café Beispielheim e. V.</ev:organizer><ev:type>Workshop</ev:type></item>"
    )
    (record,) = parse(rss(item, namespaces=' xmlns:ev="http://purl.org/rss/1.0/modules/event/"').encode())
    assert record["start"] == "2025-03-15T10:00:00+01:00"
    assert record["end"] == "2025-03-15T13:00:00+01:00"
    assert record["location"] == "Gemeindehaus, Kirchstraße 4, 23456 Beispielheim"
    assert record["organizer"] == "Repair-Café Beispielheim e. V."
    assert record["kind"] == "Workshop"
    assert record["source_ref"] == "https://verein.example/t/1"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Werkstatt%2C+Glocksee+7", "Werkstatt, Glocksee 7"),  # phpiCalendar URL-encodes ev:location
        ("Saal 100% barrierefrei", "Saal 100% barrierefrei"),  # a percent sign in words stays
        ("Raum+Zeit", "Raum+Zeit"),  # no %XX: not URL-encoded
    ],
)
def test_a_url_encoded_event_location_is_decoded(written: str, read: str) -> None:
    item = (
        "<item><title>Treff</title><ev:startdate>2025-03-15T18:00:00</ev:startdate>"
        f"<ev:location>{written}</ev:location></item>"
    )
    (record,) = parse(rss(item, namespaces=' xmlns:ev="http://purl.org/rss/1.0/modules/event/"').encode())
    assert record["location"] == read


def test_rss_1_0_rdf() -> None:
    content = """<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://fz.example/"><title>FZ</title><link>https://fz.example/</link><description>x</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://fz.example/a"/></rdf:Seq></items></channel>
  <item rdf:about="https://fz.example/a"><title>Erste Hilfe am Kind</title><link>https://fz.example/a</link>
    <description>Kurz</description><content:encoded><![CDATA[<p>Samstag, 22. März 2025 von 10 bis 16 Uhr</p>]]>
    </content:encoded><dc:date>2025-02-12T15:30:00+01:00</dc:date><dc:subject>Eltern</dc:subject></item>
</rdf:RDF>"""
    (record,) = parse(content.encode())
    assert record["title"] == "Erste Hilfe am Kind"
    assert record["source_ref"] == "https://fz.example/a"
    assert record["description"] == "<p>Samstag, 22. März 2025 von 10 bis 16 Uhr</p>"  # the longer text wins
    assert record["source_categories"] == ["Eltern"]
    assert record["source_modified_at"] == datetime(2025, 2, 12, 14, 30, tzinfo=UTC)


ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://vhs.example/">
  <title>VHS</title><id>tag:vhs.example,2025:kurse</id><updated>2025-03-01T07:00:00Z</updated>
  <entry>
    <title type="html">Englisch B1 &lt;em&gt;Konversation&lt;/em&gt;</title>
    <id>tag:vhs.example,2025:kurs:4210</id>
    <link rel="alternate" href="/programm/kurs/4210"/>
    <link rel="enclosure" type="image/jpeg" href="/media/englisch.jpg"/>
    <published>2025-02-05T10:00:00+01:00</published>
    <category term="sprachen" label="Sprachen"/><category term="englisch"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Beginn: Do., 10.04.2025</p></div></content>
  </entry>
  <entry>
    <title>Lötkurs</title><id>https://fablab.example/loetkurs/</id>
    <link href="https://fablab.example/posts/loetkurs/"/>
    <updated>2025-02-20T08:45:00+01:00</updated><published>2025-02-14T19:02:11+01:00</published>
    <content type="html">&lt;p&gt;Wann: Samstag, 15.03.2025&lt;/p&gt;&lt;img src="bild.jpg"&gt;</content>
  </entry>
</feed>"""


def test_atom_entries_xhtml_escaped_html_categories_and_images() -> None:
    first, second = parse(ATOM.encode())
    assert first["title"] == "Englisch B1 <em>Konversation</em>"  # the normaliser strips the markup
    assert first["url"] == "https://vhs.example/programm/kurs/4210"  # xml:base
    assert first["image_url"] == "https://vhs.example/media/englisch.jpg"
    assert first["source_categories"] == ["sprachen", "englisch"]
    assert first["description"] == "<p>Beginn: Do., 10.04.2025</p>"
    assert first["source_modified_at"] == datetime(2025, 2, 5, 9, 0, tzinfo=UTC)  # published: no <updated>
    assert second["description"].startswith("<p>Wann: Samstag, 15.03.2025</p>")
    assert second["source_modified_at"] == datetime(2025, 2, 20, 7, 45, tzinfo=UTC)  # updated wins
    # a relative <img> in the content resolves against the entry's link
    assert second["image_url"] == "https://fablab.example/posts/loetkurs/bild.jpg"


def test_images_from_media_rss_and_from_the_description() -> None:
    items = (
        "<item><title>A</title><media:thumbnail url='https://b.example/a.jpg'/></item>"
        "<item><title>B</title><link>https://b.example/t/b</link>"
        "<description><![CDATA[<p><img src='/bilder/b.png' alt=''></p>]]></description></item>"
        "<item><title>C</title><enclosure url='https://b.example/c.mp3' type='audio/mpeg' length='1'/></item>"
    )
    a, b, c = parse(rss(items, namespaces=' xmlns:media="http://search.yahoo.com/mrss/"').encode())
    assert a["image_url"] == "https://b.example/a.jpg"
    assert b["image_url"] == "https://b.example/bilder/b.png"
    assert "image_url" not in c


def test_relative_links_in_a_local_file_are_not_resolved_against_its_path() -> None:
    item = "<item><title>A</title><link>/termine/1</link></item>"
    (record,) = parse(rss(item).encode(), base_url="file:///home/partner/feed.rss")
    assert record["url"] == "/termine/1"
    (record,) = parse(rss(item).encode())
    assert record["url"] == "https://bibliothek.example/termine/1"


def test_an_item_without_title_is_yielded_for_the_normaliser_to_reject() -> None:
    (record,) = parse(rss("<item><description>Nur Text</description></item>").encode())
    assert record["title"] == ""
    assert record["description"] == "Nur Text"


def test_an_empty_feed_yields_nothing() -> None:
    assert parse(rss("").encode()) == []


def test_not_well_formed_feed_is_read_tolerantly_with_a_warning() -> None:
    (record,) = parse(rss("<item><title>Kaffee & Kuchen</title></item>").encode())
    assert record["title"] == "Kaffee & Kuchen"
    assert record["warnings"] == [
        "the feed is not well-formed XML (line 2: not well-formed (invalid token)); read it tolerantly"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"<!DOCTYPE html><html><head><title>Bibliothek</title></head><body><p>Termine</body></html>",
            "not an RSS or Atom feed but an HTML page (the page may name its feed in a "
            '<link rel="alternate" type="application/rss+xml">)',
        ),
        (
            b'<?xml version="1.0"?><kurse><kurs>A</kurs></kurse>',
            "not an RSS or Atom feed (its root element is <kurse>, not <rss> or <feed>)",
        ),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "not an RSS or Atom feed: it is not XML (it begins with b'\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\r')",
        ),
        (b'{"events": []}', "not an RSS or Atom feed: it is not XML (it begins with b'{\"events\": [')"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>x',
            "not a readable RSS or Atom feed (line 1: no element found)",
        ),
    ],
    ids=["html", "other-xml", "png", "json", "cut-off"],
)
def test_documents_that_are_not_feeds_raise_one_clear_sentence(content: bytes, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        parse(content)
    assert str(caught.value) == message


def test_text_before_the_xml_is_dropped_with_a_warning() -> None:
    content = b"Deprecated: Function foo() in /var/www/feed.php on line 3\n" + rss(ITEM).encode()
    (record,) = parse(content)
    assert record["title"] == "Bilderbuchkino"
    assert record["warnings"] == [
        "ignored 58 bytes of text before the XML ('Deprecated: Function foo() in /var/www/feed.php on line 3')"
    ]


TEXT_ITEM = "<item><title>Märchenstunde – „Grüße“</title><description>Für Kinder</description></item>"


def test_windows_1252_bytes_in_a_feed_declared_utf8() -> None:
    content = rss(TEXT_ITEM).encode("cp1252")
    (record,) = parse(content)
    assert record["title"] == "Märchenstunde – „Grüße“"
    first = content.index(b"\xe4")
    assert record["warnings"] == [
        f"the feed is not valid UTF-8 (first at byte {first}); read such bytes as Windows-1252"
    ]


def test_a_feed_mixing_utf8_and_windows_1252_reads_both_right() -> None:
    content = rss(TEXT_ITEM).encode().replace("Grüße".encode(), "Grüße".encode("cp1252"))
    (record,) = parse(content)
    assert record["title"] == "Märchenstunde – „Grüße“"  # feedparser alone: "MÃ¤rchenstunde"
    assert record["description"] == "Für Kinder"


def test_utf8_declared_as_latin1_is_read_as_utf8() -> None:
    content = rss(TEXT_ITEM, declaration='<?xml version="1.0" encoding="ISO-8859-1"?>').encode()
    (record,) = parse(content)
    assert record["title"] == "Märchenstunde – „Grüße“"
    assert record["warnings"] == ["the feed is declared as iso-8859-1 but is UTF-8; read it as UTF-8"]


def test_correctly_declared_latin1_needs_no_warning() -> None:
    item = "<item><title>Märchenstunde für Kinder</title></item>"
    content = rss(item, declaration='<?xml version="1.0" encoding="ISO-8859-1"?>').encode("latin-1")
    (record,) = parse(content)
    assert record["title"] == "Märchenstunde für Kinder"
    assert record["warnings"] == []


@pytest.mark.parametrize(
    "content",
    [
        b"\xef\xbb\xbf" + rss(TEXT_ITEM).encode(),
        rss(TEXT_ITEM).encode("utf-16"),  # with BOM, declared UTF-8
        rss(TEXT_ITEM, declaration='<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16-le"),  # no BOM
        rss(TEXT_ITEM, declaration='<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16-be"),
        b"\n\n  " + rss(TEXT_ITEM).encode(),  # whitespace before the declaration
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le", "utf16be", "leading-whitespace"],
)
def test_boms_wide_encodings_and_leading_whitespace(content: bytes) -> None:
    (record,) = parse(content)
    assert record["title"] == "Märchenstunde – „Grüße“"
    assert record["warnings"] == []


def test_control_characters_are_removed_with_a_warning() -> None:
    (record,) = parse(rss(TEXT_ITEM.replace("Kinder", "Kin\x00der\x0b")).encode())
    assert record["description"] == "Für Kinder"
    assert record["warnings"] == ["removed 2 control characters (such as NUL) that XML does not allow"]


def test_entity_declarations_are_refused_but_the_word_in_text_is_not() -> None:
    declared = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x">]>' + rss(ITEM, declaration="").encode()
    with pytest.raises(FormatError, match=r"^the feed declares XML entities \(<!ENTITY>\); refused"):
        parse(declared)
    item = "<item><title>XML-Kurs</title><description><![CDATA[Was ist <!ENTITY>?]]></description></item>"
    assert parse(rss(item).encode())[0]["title"] == "XML-Kurs"


def test_oversized_feed_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feed, "MAX_FEED_BYTES", 200)
    content = rss(ITEM).encode()
    with pytest.raises(FormatError) as caught:
        parse(content)
    assert str(caught.value) == f"the feed is larger than the 200 bytes we read ({len(content):,} bytes)"
