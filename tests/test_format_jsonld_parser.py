"""schema.org JSON-LD and microdata in HTML pages: the page parser and the shared schema.org mapping."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from harvester.formats import FormatError, RawRecord, jsonld, schemaorg, schemaorg_schedule
from harvester.formats.jsonld import parse_jsonld
from harvester.normalize.record import RecordError, SourceContext, normalize_record
from tests.jsonld_helpers import BERLIN, NOW, REPO, page

FIXTURES = REPO / "tests" / "fixtures" / "jsonld"
PAGE_URL = "https://www.example-vhs.de/kurse/4711"


def records(content: bytes, url: str = PAGE_URL) -> list[RawRecord]:
    return list(parse_jsonld(content, base_url=url, timezone=BERLIN, now=NOW))


def event(**fields: Any) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Vortrag",
        "startDate": "2025-04-01T19:00",
        **fields,
    }


def normalised(record: RawRecord) -> Any:
    ctx = SourceContext(source_id="test_source", provider_id="test", timezone=BERLIN)
    return normalize_record(dict(record), ctx, now=NOW)


# -- the page -----------------------------------------------------------------------------------


def test_vhs_course_page_gives_one_offer_per_course_instance_with_the_course_filling_gaps() -> None:
    found = records((FIXTURES / "wendelstadt_vhs_kurs.html").read_bytes())
    assert [r["title"] for r in found] == [
        "Smartphone-Fotografie für Einsteiger",
        "Smartphone-Fotografie für Einsteiger (online)",
    ]
    onsite, online = found
    assert onsite["course_code"] == "251-3107" and online["course_code"] == "251-3107-O"
    assert onsite["description"] == online["description"] and "Bildaufbau" in onsite["description"]
    assert onsite["organizer"]["name"] == "Volkshochschule Wendelstadt"  # provider, linked by @id
    assert onsite["image_url"] == "https://www.vhs-wendelstadt.de/media/kurse/251-3107.jpg"  # <base href>
    assert onsite["kind"] == "course" and onsite["session_count"] == 8
    assert onsite["location"] == {
        "name": "VHS-Haus am Marktplatz",
        "street": "Marktplatz 7",
        "postal_code": "65432",
        "locality": "Wendelstadt",
        "lat": 50.1234,
        "lon": 8.4567,
    }
    assert (online["attendance_mode"], online["online_url"]) == ("online", "https://vhs.cloud/wendelstadt/251-3107-O")
    assert online["price_eur"] == 35 and "price_options" not in online  # its own offer wins over the course's
    assert onsite["price_eur"] == 89.0 and [o["label"] for o in onsite["price_options"]] == ["Kursgebühr", "ermäßigt"]


def test_wordpress_page_broken_jsonld_date_is_replaced_by_the_microdata_and_a_broken_block_is_a_warning() -> None:
    (record,) = records((FIXTURES / "hollerbach_repaircafe_wordpress.html").read_bytes())
    assert (record["start"], record["end"]) == ("2025-04-09T18:30:00+02:00", "2025-04-09T21:00:00+02:00")
    assert any("2025-4-9T18-30-00-00" in w and "microdata" in w for w in record["warnings"])
    assert any("JSON-LD block 3 is not valid JSON" in w for w in record["warnings"])
    assert record["title"] == "Repair-Café &amp; Nähtreff &#8211; Frühlingsausgabe"  # entities: the normaliser's job
    offer = normalised(record)
    assert offer.title == "Repair-Café & Nähtreff – Frühlingsausgabe"
    assert offer.organizer.email == "kontakt@buergerverein-hollerbach.de" and offer.is_free is True


def test_library_list_cancelled_online_mixed_and_aggregate_offer() -> None:
    found = {
        r["title"].split(":")[0]: r for r in records((FIXTURES / "lindenhain_stadtbuecherei_liste.html").read_bytes())
    }
    assert found["Bilderbuchkino"]["status"] == "EventCancelled"
    assert (found["Bilderbuchkino"]["min_age"], found["Bilderbuchkino"]["max_age"]) == (4, 7)
    assert found["Digitale Sprechstunde"]["attendance_mode"] == "online"
    assert found["Digitale Sprechstunde"]["kind"] == "EducationEvent"  # "schema:" prefix read
    assert found["Vortrag"]["attendance_mode"] == "mixed" and found["Vortrag"]["location"]["locality"] == "Lindenhain"
    assert found["Vortrag"]["price_text"] == "3,00"  # a German decimal is left to the normaliser
    assert found["Lesung"]["price_eur"] == 5.0
    assert found["Bücherflohmarkt im Innenhof"]["start"] == "2025-05-17"
    assert "price_eur" not in found["Bibliotheksfahrt zur Lesemesse in Basel"]
    assert "CHF" in found["Bibliotheksfahrt zur Lesemesse in Basel"]["warnings"][0]
    assert found["Lesung"]["source_ref"] == found["Lesung"]["url"]


def test_page_without_events_gives_nothing() -> None:
    website = {"@context": "https://schema.org", "@type": "WebSite", "name": "Bücherei"}
    assert records(page(website, body="<p>Öffnungszeiten</p>")) == []
    assert records(b"<html><body><p>Nur Text</p></body></html>") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "binary"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "XML document"),
        (b"Hallo, dies ist keine Webseite.", "plain text"),
        (b"{not json", "not valid JSON"),
    ],
)
def test_non_html_body_raises_format_error(content: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        records(content)


def test_oversized_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonld, "MAX_PAGE_BYTES", 100)
    with pytest.raises(FormatError, match="larger than"):
        records(page(event(description="x" * 200)))


def test_bare_jsonld_document_is_read() -> None:
    (record,) = records(json.dumps(event(name="Kräuterwanderung")).encode())
    assert record["title"] == "Kräuterwanderung"


def test_charset_from_meta_and_latin1_bytes_with_a_warning() -> None:
    declared = page(event(name="Gärtnern für Einsteiger"), head='<meta charset="iso-8859-1">').decode()
    (record,) = records(declared.encode("iso-8859-1"))
    assert record["title"] == "Gärtnern für Einsteiger" and record["warnings"] == []
    undeclared = page(event(name="Töpfern")).decode().encode("cp1252")
    (record,) = records(undeclared)
    assert record["title"] == "Töpfern" and "Windows-1252" in record["warnings"][0]


def test_microdata_only_page_is_read() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/EducationEvent"><h2 itemprop="name">Erste Hilfe</h2>'
        '<time itemprop="startDate" datetime="2025-05-03T09:00">3. Mai</time>'
        '<a itemprop="url" href="/kurse/erste-hilfe">mehr</a></div>'
    )
    (record,) = records(page(body=body))
    assert (record["title"], record["start"]) == ("Erste Hilfe", "2025-05-03T09:00")
    assert record["url"] == "https://www.example-vhs.de/kurse/erste-hilfe"


def test_broken_date_without_microdata_is_passed_on_and_rejected_by_the_normaliser() -> None:
    (record,) = records(page(event(startDate="2019-9-18T10-10-00-00")))
    assert record["start"] == "2019-9-18T10-10-00-00"
    with pytest.raises(RecordError, match="start"):
        normalised(record)


def test_jsonld_with_comments_control_characters_and_cdata_is_read() -> None:
    block = (
        '//<![CDATA[\n{"@context": "https://schema.org", "@type": "Event", "name": "Zeile\teins", '
        '"startDate": "2025-04-01"}\n//]]>'
    )
    (record,) = records(page(block))
    assert record["title"] == "Zeile\teins"


def test_too_deep_block_is_skipped_with_a_warning() -> None:
    deep: Any = event(name="Tief")
    for _ in range(80):
        deep = {"x": deep}
    good = event(name="Flach")
    (record,) = records(page(deep, good))
    assert record["title"] == "Flach" and "JSON-LD block 1" in record["warnings"][0]


def test_missing_title_html_in_description_and_end_before_start_go_to_the_normaliser() -> None:
    found = records(
        page(
            event(name="", startDate="2025-04-01"),
            event(
                name="Abendkurs",
                description="<p>Text</p><script>alert(1)</script>",
                startDate="2025-04-01T19:00:00+02:00",
                endDate="2025-04-01T18:00:00+02:00",
            ),
        )
    )
    with pytest.raises(RecordError, match="title"):
        normalised(found[0])
    offer = normalised(found[1])
    assert offer.description == "Text" and offer.end is None and any("before start" in w for w in offer.warnings)


def test_events_sharing_the_page_url_get_refs_from_their_start() -> None:
    found = records(
        page([event(url=PAGE_URL, startDate="2025-04-01T19:00"), event(url=PAGE_URL, startDate="2025-04-08T19:00")])
    )
    assert [r["source_ref"] for r in found] == [f"{PAGE_URL}#2025-04-01T19:00", f"{PAGE_URL}#2025-04-08T19:00"]


def test_relative_ids_are_made_global_with_the_page_url() -> None:
    (record,) = records(page(event(**{"@id": "#event"})))
    assert record["source_ref"] == f"{PAGE_URL}#event"


def test_an_event_stated_twice_on_a_page_is_one_record() -> None:
    plugin = event(**{"@id": f"{PAGE_URL}#event"}, url=PAGE_URL)
    theme = event(**{"@id": f"{PAGE_URL}#event"}, url=PAGE_URL, image="/bild.jpg")
    (record,) = records(page(plugin, theme))
    assert record["source_ref"] == f"{PAGE_URL}#event" and record["image_url"] == "https://www.example-vhs.de/bild.jpg"
    course = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": "#kurs",
        "name": "Yoga",
        "hasCourseInstance": {"@id": "#termin"},
    }
    instance = {
        "@context": "https://schema.org",
        "@type": "CourseInstance",
        "@id": "#termin",
        "startDate": "2025-04-01",
    }
    assert [r["source_ref"] for r in records(page(course, instance))] == [f"{PAGE_URL}#termin"]


# -- the schema.org mapping ------------------------------------------------------------------------


def mapped(*documents: Any) -> list[RawRecord]:
    return schemaorg.records_from(documents, base_url=PAGE_URL, timezone=BERLIN, now=NOW)


@pytest.mark.parametrize(
    "typed",
    [
        {"@context": "http://schema.org", "@type": "EducationEvent"},
        {"@context": "https://schema.org/", "@type": "schema:SocialEvent"},
        {"@type": "https://schema.org/Event"},
        {"@context": "https://openactive.io/", "type": "Event", "id": "https://x.example/e/1"},
        {"@type": ["Event", "Thing"]},
    ],
)
def test_contexts_type_prefixes_and_aliases(typed: dict[str, Any]) -> None:
    (record,) = mapped({**typed, "name": "Lesung", "startDate": "2025-04-01"})
    assert record["title"] == "Lesung"


def test_graph_lists_and_references() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Place",
                "@id": "#saal",
                "name": "Saal",
                "address": {"@type": "PostalAddress", "streetAddress": "Ring 1"},
            },
            {
                "@type": "Event",
                "name": ["Erster Name", "Zweiter"],
                "startDate": ["2025-04-01T19:00"],
                "location": {"@id": "#saal"},
                "organizer": [{"@type": "Person", "name": "A. Muster"}],
            },
        ],
    }
    (record,) = mapped(graph)
    assert record["title"] == "Erster Name" and record["start"] == "2025-04-01T19:00"
    assert record["location"] == {"name": "Saal", "street": "Ring 1"}
    assert record["organizer"] == {"name": "A. Muster"}


def test_offers_prices_currencies_and_free() -> None:
    (aggregate,) = mapped(event(offers={"@type": "AggregateOffer", "lowPrice": 12, "highPrice": 20}))
    assert aggregate["price_eur"] == 12.0
    (foreign,) = mapped(event(offers={"@type": "Offer", "price": "10", "priceCurrency": "GBP"}))
    assert "price_eur" not in foreign and "GBP" in foreign["warnings"][0]
    assert foreign["is_free"] is False  # 10 pounds: not free, though no euro amount is known
    (nothing,) = mapped(event(offers={"@type": "Offer", "price": "0", "priceCurrency": "USD"}))
    assert nothing["price_eur"] == 0.0 and nothing["warnings"] == []  # zero is zero in every currency
    (stated,) = mapped(
        event(offers={"@type": "Offer", "price": "10", "priceCurrency": "USD"}, isAccessibleForFree=True)
    )
    assert stated["is_free"] is True  # the explicit flag wins
    (zero,) = mapped(event(offers={"@type": "Offer", "price": 0, "priceCurrency": "EUR"}))
    assert normalised(zero).is_free is True
    (flagged,) = mapped(event(isAccessibleForFree="false"))
    assert flagged["is_free"] is False
    (members,) = mapped(
        event(
            offers=[
                {"@type": "Offer", "name": "Mitglieder", "price": 5},
                {"@type": "Offer", "name": "Gäste", "price": 8},
            ]
        )
    )
    assert members["price_eur"] == 8.0 and len(members["price_options"]) == 2
    (sold_out,) = mapped(
        event(
            offers={
                "@type": "Offer",
                "price": 5,
                "availability": "https://schema.org/SoldOut",
                "url": "/buchen",
                "validThrough": "2025-03-25",
            }
        )
    )
    assert sold_out["status"] == "full" and sold_out["registration_url"] == "https://www.example-vhs.de/buchen"
    assert sold_out["registration_deadline"] == "2025-03-25"


def test_audience_ages_languages_capacity_keywords_categories() -> None:
    (record,) = mapped(
        event(
            typicalAgeRange="8-12",
            inLanguage=["de-DE", {"@type": "Language", "name": "Englisch", "alternateName": "en"}],
            maximumAttendeeCapacity="20",
            remainingAttendeeCapacity=4,
            keywords="Natur, Wald",
            about=[{"@type": "Thing", "name": "Umwelt"}],
            genre="Exkursion",
            audience={"@type": "PeopleAudience", "audienceType": "Familien", "suggestedMinAge": 6},
        )
    )
    assert (record["min_age"], record["max_age"]) == (6, 12)  # the audience's own age first
    assert record["languages"] == ["de", "en"] and record["audiences"] == ["Familien"]
    assert (record["capacity_max"], record["places_available"]) == (20, 4)
    assert record["keywords"] == ["Natur", "Wald"] and record["source_categories"] == ["Umwelt", "Exkursion"]
    (open_ended,) = mapped(event(typicalAgeRange="18-"))
    assert (open_ended["min_age"], open_ended.get("max_age")) == (18, None)
    (full,) = mapped(event(remainingAttendeeCapacity=0))
    assert full["status"] == "full"


def test_status_attendance_and_duration() -> None:
    (moved,) = mapped(
        event(
            eventStatus="https://schema.org/EventMovedOnline", startDate="2025-04-01T19:00:00+02:00", duration="PT1H30M"
        )
    )
    assert moved["status"] == "EventMovedOnline" and moved["attendance_mode"] == "online"
    assert moved["end"] == "2025-04-01T20:30:00+02:00"
    (virtual,) = mapped(event(location={"@type": "VirtualLocation", "url": "https://meet.example/x"}))
    assert (virtual["attendance_mode"], virtual["online_url"]) == ("online", "https://meet.example/x")
    (text,) = mapped(event(location="Rathaus, Markt 1, 12345 Musterstadt"))
    assert text["location"] == "Rathaus, Markt 1, 12345 Musterstadt"


def test_session_series_with_sub_events_and_a_linked_super_event() -> None:
    series = {
        "@context": "https://openactive.io/",
        "@type": "SessionSeries",
        "@id": "https://x.example/series/1",
        "name": "Yoga am Morgen",
        "startDate": "2025-03-01",
        "subEvent": [
            {"@type": "ScheduledSession", "startDate": "2025-03-11T07:00:00Z", "endDate": "2025-03-11T08:00:00Z"},
            {
                "@type": "ScheduledSession",
                "startDate": "2025-03-04T07:00:00Z",
                "duration": "PT1H",
                "eventStatus": "https://schema.org/EventCancelled",
            },
        ],
    }
    (record,) = mapped(series)
    assert [s["start"] for s in record["sessions"]] == ["2025-03-04T07:00:00Z", "2025-03-11T07:00:00Z"]
    assert record["sessions"][0] == {
        "start": "2025-03-04T07:00:00Z",
        "end": "2025-03-04T08:00:00+00:00",
        "status": "EventCancelled",
    }
    assert (record["start"], record["end"]) == ("2025-03-04T07:00:00Z", "2025-03-11T08:00:00Z")
    session = {"@type": "ScheduledSession", "startDate": "2025-03-18T07:00:00Z", "superEvent": series["@id"]}
    records_ = mapped({**series, "subEvent": []}, session)
    assert records_[-1]["title"] == "Yoga am Morgen" and records_[-1]["start"] == "2025-03-18T07:00:00Z"
    (orphan,) = mapped({**session, "superEvent": "https://x.example/series/2"})
    assert "not in this document" in orphan["_reject"]


def test_bounded_schedule_is_expanded_across_dst_with_exceptions() -> None:
    schedule = {
        "@type": "Schedule",
        "byDay": ["https://schema.org/Thursday"],
        "startTime": "18:00",
        "endTime": "19:30",
        "startDate": "2025-03-20",
        "repeatCount": 3,
        "exceptDate": "2025-03-27",
        "scheduleTimezone": "Europe/Berlin",
        "repeatFrequency": "P1W",
    }
    (record,) = mapped(event(eventSchedule=schedule))
    starts = [s["start"] for s in record["sessions"]]
    assert starts == [datetime(2025, 3, 20, 18, tzinfo=BERLIN), datetime(2025, 4, 3, 18, tzinfo=BERLIN)]
    assert starts[1].utcoffset() == timedelta(hours=2)
    assert record["schedule_text"] == "donnerstags, 18:00–19:30 Uhr, wöchentlich, ab 20.03.2025, 3 Termine"


def test_schedule_without_zone_gives_naive_times_and_without_times_dates() -> None:
    (timed,) = mapped(
        event(
            eventSchedule={"byDay": "Monday", "startTime": "10:00", "startDate": "2025-03-03", "endDate": "2025-03-10"}
        )
    )
    assert [s["start"] for s in timed["sessions"]] == [
        datetime.fromisoformat("2025-03-03T10:00"),  # naive: the normaliser reads it in the source zone
        datetime.fromisoformat("2025-03-10T10:00"),
    ]
    (days,) = mapped(event(eventSchedule={"startDate": "2025-07-07", "endDate": "2025-07-09"}))
    assert [s["start"] for s in days["sessions"]] == [date(2025, 7, 7), date(2025, 7, 8), date(2025, 7, 9)]


def test_open_schedule_runs_to_the_horizon_and_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    (weekly,) = mapped(
        event(
            eventSchedule={
                "byDay": "MO",
                "startTime": "09:00",
                "startDate": "2025-03-03",
                "repeatFrequency": "P1W",
                "scheduleTimezone": "Europe/Berlin",
            }
        )
    )
    assert 50 <= len(weekly["sessions"]) <= 57 and "session_count" not in weekly
    monkeypatch.setattr(schemaorg_schedule, "MAX_SCHEDULE_OCCURRENCES", 10)
    (daily,) = mapped(event(eventSchedule={"repeatFrequency": "P1D", "startTime": "09:00", "startDate": "2020-01-01"}))
    assert len(daily["sessions"]) == 10 and "more than 10" in daily["warnings"][0]
    assert daily["sessions"][0]["start"] == datetime.fromisoformat("2025-01-31T09:00")  # from a month ago


def test_walk_depth_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schemaorg, "MAX_WALK_DEPTH", 3)
    nested: Any = event(name="Tief unten")
    for _ in range(5):
        nested = {"@type": "WebPage", "hasPart": nested}
    assert mapped(nested) == []
