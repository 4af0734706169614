"""The one normaliser end to end: raw records in, validated Offers (or reasons) out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.normalize.record import RecordError, SourceContext, normalize_record
from schemas.offer import Offer

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
CTX = SourceContext(source_id="teststadt_vhs", provider_id="vhs_teststadt", timezone=BERLIN, licence="CC-BY-4.0")


def norm(ctx: SourceContext = CTX, **raw: Any) -> Offer:
    return normalize_record(raw, ctx, now=NOW)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=BERLIN)


def test_identity_and_provenance() -> None:
    offer = norm(source_ref="K-1", title="Englisch A1", start="2025-03-12T18:00:00+01:00")
    assert (offer.id, offer.source_id, offer.provider_id, offer.licence) == (
        "teststadt_vhs:K-1",
        "teststadt_vhs",
        "vhs_teststadt",
        "CC-BY-4.0",
    )


def test_records_without_ref_get_a_stable_derived_ref() -> None:
    first = norm(title="Lesung", start="2025-03-12T19:00", location="Stadtbibliothek")
    again = norm(title="Lesung", start="2025-03-12T19:00", location="Stadtbibliothek")
    other = norm(title="Lesung", start="2025-03-13T19:00", location="Stadtbibliothek")
    assert first.source_ref == again.source_ref != other.source_ref
    assert first.source_ref.startswith("h")


@pytest.mark.parametrize("title", [None, "", "   ", "<p></p>"])
def test_a_record_without_title_is_rejected_with_the_field(title: str | None) -> None:
    with pytest.raises(RecordError, match=r"^title: missing"):
        norm(title=title, start="2025-03-12")


def test_an_invalid_date_is_rejected_with_field_value_and_example() -> None:
    with pytest.raises(RecordError) as caught:
        norm(title="Kurs", start="31.02.2025")
    assert str(caught.value).startswith("start: '31.02.2025' is not a date")
    assert "expected e.g. 2025-03-12T18:00:00+01:00" in str(caught.value)


def test_times_are_expressed_in_the_source_zone() -> None:
    offer = norm(title="Kurs", start="2025-03-12T17:00:00Z", end="2025-03-12T18:30:00Z")
    assert offer.start == at(3, 12, 18) and offer.start.utcoffset().total_seconds() == 3600
    assert offer.time_of_day == "evening" and offer.weekdays == ["we"]


def test_naive_times_are_read_in_the_source_zone_across_dst() -> None:
    offer = norm(title="Kurs", sessions=[{"start": "2025-03-27T18:00"}, {"start": "2025-04-03T18:00"}])
    assert [s.start.isoformat() for s in offer.sessions] == ["2025-03-27T18:00:00+01:00", "2025-04-03T18:00:00+02:00"]
    assert offer.start == at(3, 27, 18) and offer.session_count == 2


def test_date_and_time_read_from_german_text_in_the_description() -> None:
    offer = norm(title="Vorlesestunde am Samstag", description="<p>Termin: Sa., 22.03.2025, 11:00–12:00 Uhr</p>")
    assert (offer.start, offer.end) == (at(3, 22, 11), at(3, 22, 12))
    assert offer.weekdays == ["sa"]
    assert "HTML removed from description" in offer.warnings


def test_no_date_is_kept_with_a_warning() -> None:
    offer = norm(title="Offene Werkstatt")
    assert offer.start is None and offer.sessions == []
    assert "no date found" in offer.warnings


def test_end_before_start_drops_the_end_with_a_warning() -> None:
    offer = norm(title="Kurs", start="2025-03-12T18:00", end="2025-03-12T17:00")
    assert offer.end is None
    assert any("is before start" in w for w in offer.warnings)


def test_a_long_period_without_dates_makes_no_invented_session() -> None:
    offer = norm(title="Kurs", start="2025-03-10", end="2025-06-30", schedule_text="montags und mittwochs")
    assert offer.sessions == [] and offer.weekdays == ["mo", "we"]
    assert (offer.start, offer.end) == (date(2025, 3, 10), date(2025, 6, 30))


def test_all_day_dates_stay_dates() -> None:
    offer = norm(title="Fest", start="2025-06-14", all_day=True)
    assert offer.all_day and offer.start == date(2025, 6, 14) and offer.time_of_day is None


@pytest.mark.parametrize(
    ("raw", "price", "free", "options"),
    [
        ({"price_text": "45,00 €, ermäßigt 30,00 €"}, 45.0, False, [("regulär", 45.0), ("ermäßigt", 30.0)]),
        ({"price_text": "kostenfrei"}, 0.0, True, []),
        ({"description": "Ein Abend mit Musik. Eintritt: 8 €"}, 8.0, False, []),
        ({"price_eur": "12,50"}, 12.5, False, []),
        ({"price_eur": 0}, 0.0, True, []),
        ({}, None, None, []),
    ],
)
def test_prices(raw: dict[str, Any], price: float | None, free: bool | None, options: list) -> None:
    offer = norm(title="Kurs", start="2025-03-12", **raw)
    assert (offer.price_eur, offer.is_free) == (price, free)
    assert [(o.label, o.amount_eur) for o in offer.price_options] == options


def test_an_unreadable_price_is_a_warning_not_a_reject() -> None:
    offer = norm(title="Kurs", start="2025-03-12", price_text="auf Anfrage")
    assert offer.price_eur is None and any("unparsed" in w for w in offer.warnings)


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Legal Committee Meeting (Cancelled)", "cancelled"),
        ("ENTFÄLLT: Lesung mit Musik", "cancelled"),
        ("Qigong am Morgen (abgesagt)", "cancelled"),
        ("Lesung – ausgebucht", "full"),
        ("Yoga [Warteliste]", "full"),
        ("Weekly meeting, one is cancelled", "scheduled"),
        ("Ausgebuchte Kurse nachholen", "scheduled"),
    ],
)
def test_status_from_the_title_only_where_a_title_announces_it(title: str, status: str) -> None:
    offer = norm(title=title, start="2025-03-12T18:00")
    assert offer.status == status
    assert [s.status for s in offer.sessions] == [status]


def test_stated_status_words_are_mapped() -> None:
    assert norm(title="Kurs", start="2025-03-12", status="https://schema.org/EventCancelled").status == "cancelled"
    assert norm(title="Kurs", start="2025-03-12", status="CANCELLED").status == "cancelled"
    assert norm(title="Kurs", start="2025-03-12", status="EventRescheduled").status == "scheduled"


def test_place_from_an_address_line_and_from_a_labelled_line() -> None:
    offer = norm(title="Kurs", start="2025-03-12", location="VHS-Haus, Raum 2.11, Mühlenteich 4, 33990 Wiesenbrück")
    assert (offer.location.name, offer.location.street, offer.location.postal_code, offer.location.locality) == (
        "VHS-Haus",
        "Mühlenteich 4",
        "33990",
        "Wiesenbrück",
    )
    labelled = norm(
        title="Lesung", start="2025-03-12", description="Ort: Stadtbibliothek, Am Markt 7, 33990 Wiesenbrück"
    )
    assert labelled.location.street == "Am Markt 7"


def test_online_offers() -> None:
    offer = norm(title="Webinar: Excel", start="2025-03-12T18:00", location="https://zoom.us/j/123")
    assert offer.attendance_mode == "online" and offer.location is None
    assert offer.online_url == "https://zoom.us/j/123"


def test_categories_audiences_kind_level_and_ages() -> None:
    offer = norm(
        title="Englisch A2 für Senioren", start="2025-03-12T10:00", source_categories=["Sprachen"], session_count="10"
    )
    assert offer.categories == ["languages"] and "seniors" in offer.audiences
    assert (offer.kind, offer.level, offer.session_count) == ("course", "A2", 10)
    kids = norm(title="Töpfern für Kinder ab 8 Jahren", start="2025-03-12T15:00")
    assert kids.min_age == 8 and "children" in kids.audiences


def test_a_source_category_mapping_wins() -> None:
    ctx = SourceContext(
        source_id="t_v", provider_id="v", timezone=BERLIN, options={"categories": {"Kreativ": "culture-creativity"}}
    )
    offer = norm(ctx, title="Abendkurs", start="2025-03-12", source_categories=["Kreativ"])
    assert offer.categories == ["culture-creativity"]


def test_bildungsurlaub_funding_follows_the_source_option() -> None:
    assert norm(title="Bildungsurlaub: Kommunikation", start="2025-03-12").funding == ["bildungsurlaub-nrw"]
    ctx = SourceContext(source_id="t_v", provider_id="v", timezone=BERLIN, options={"bildungsurlaub_funding": ""})
    assert norm(ctx, title="Bildungsurlaub: Kommunikation", start="2025-03-12").funding == []


def test_escaped_html_in_a_description_is_stripped_too() -> None:
    offer = norm(
        title="Repair-Café", start="2025-03-12", description="&lt;p&gt;Kaputt? &lt;b&gt;Reparieren!&lt;/b&gt;&lt;/p&gt;"
    )
    assert offer.description == "Kaputt? Reparieren!"


def test_deleted_and_rejected_markers() -> None:
    with pytest.raises(RecordError, match="not published"):
        norm(title="x", _reject="not published (status draft)")
