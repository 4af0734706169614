"""Nachbarschaftsverein Nordfeld e.V.: offers of a neighbourhood association (SAMPLE DATA, invented people and dates).

The association has no booking system: a volunteer keeps lernfeed's CSV template in Excel and uploads it to
the club's website. ``extra`` holds what the volunteer typed into the template's columns beyond the neutral
offer: the row ``id``, how the dates are given (``dates``: ``single`` = Beginn/Ende, ``list`` = Termine,
``text`` = Beginn plus a ``schedule`` in words), ``age``, ``category``, ``kind_word``, ``language``,
``registration``, ``line_breaks`` (Termine typed with Alt+Enter) and ``price_in_words`` ("kostenlos" typed into
Preis instead of "ja" into Kostenlos).
"""

from __future__ import annotations

from datetime import date
from random import Random
from typing import Any

from demo.catalogue import FR, MO, SA, TH, TU, WE, DemoOffer, Place, at, day, published, weekly

TREFF = Place("Nachbarschaftstreff Nordfeld", "Nordfeldring 20", "33994", district="Nordfeld")
GARTEN = Place("Gemeinschaftsgarten Nordfeld", "Am Grünzug 3", "33994", district="Nordfeld")
SCHULE = Place("Grundschule Nordfeld", "Nordfeldring 26", "33994", district="Nordfeld")


def zeile(
    today: date,
    rng: Random,
    row_id: str,
    title: str,
    text: tuple[str, ...],
    *,
    on: date,
    times: tuple[str, str],
    weeks: int = 1,
    every: int = 1,
    place: Place = TREFF,
    room: str = "",
    price: str = "kostenlos",
    amount: float | None = 0.0,
    audience: str = "",
    kind: str = "open-meeting",
    person: str = "",
    **columns: Any,
) -> DemoOffer:
    """One row of the sheet; ``weeks`` > 1 is a series every ``every`` weeks."""
    recurrence, skipped = weekly(at(on, times[0]), weeks, every) if weeks > 1 else (None, ())
    columns.setdefault("dates", "list" if weeks > 1 else "single")
    return DemoOffer(
        uid=row_id,
        title=title,
        text=text,
        kind=kind,
        start=at(on, times[0]),
        end=at(on, times[1]),
        place=place.with_room(room) if room else place,
        recurrence=recurrence,
        exdates=skipped,
        price=price,
        price_eur=amount,
        audience=audience,
        person=person,
        path=f"nachbarschaft/angebote/{row_id.lower()}/",
        published=published(rng, on, today, 40, 5),
        extra={"id": row_id, **columns},
    )


def zeilen(today: date, rng: Random) -> list[DemoOffer]:
    """The rows of the sheet, in the order the volunteer keeps them."""
    # fmt: off
    return [
        zeile(today, rng, "NV-01", "Sprachcafé Deutsch", (
              "Deutsch sprechen üben in entspannter Runde: Bei Tee und Gebäck unterhalten sich Menschen, die Deutsch "
              "lernen, mit Nachbarinnen und Nachbarn aus Nordfeld. Alle Sprachniveaus sind willkommen.",),
              on=day(today, 2, WE), times=("16:00", "17:30"), weeks=6, room="Café", audience="Erwachsene",
              person="Hanna Lütkemeier", category="Sprachen", kind_word="offener Treff", language="Deutsch"),
        zeile(today, rng, "NV-02", "Sprachcafé für Eltern mit Kinderbetreuung", (
              "Wie das Sprachcafé am Mittwoch, aber vormittags und mit Betreuung für Kinder ab zwei Jahren im "
              "Spielzimmer nebenan.",),
              on=day(today, 4, FR), times=("09:30", "11:00"), weeks=6, room="Café", audience="Eltern, Familien",
              category="Sprachen", kind_word="offener Treff", language="Deutsch",
              registration="Für die Kinderbetreuung bitte kurz Bescheid geben: 05209 44 18 20"),
        zeile(today, rng, "NV-03", "Computer- und Handyhilfe", (
              "Ehrenamtliche helfen bei Fragen zu Smartphone, Tablet und Laptop: Apps installieren, Fotos "
              "verschicken, Online-Banking sicher einrichten, Formulare am Computer ausfüllen.",
              "Bitte Gerät, Ladekabel und Passwörter mitbringen."),
              on=day(today, 1, TU), times=("15:00", "17:00"), weeks=6, every=2, room="Computerecke",
              audience="Erwachsene, Senioren", kind="counselling", category="Digitales", kind_word="Beratung"),
        zeile(today, rng, "NV-04", "Nähtreff Nordfeld", (
              "Gemeinsam nähen, flicken und ändern: Zwei Nähmaschinen und eine Overlock sind da, erfahrene "
              "Näherinnen helfen gern. Stoffe und Garn bitte mitbringen; wir haben eine kleine Restekiste.",),
              on=day(today, 3, TH), times=("18:00", "20:30"), weeks=6, room="Werkraum", price="2 € pro Abend",
              amount=2.0, audience="Erwachsene, Jugendliche", category="Kultur und Gestalten", kind_word="Workshop",
              age="ab 14", line_breaks=True),
        zeile(today, rng, "NV-05", "Hausaufgabenhilfe für Grundschulkinder", (
              "Lehramtsstudierende und Ehrenamtliche unterstützen bei den Hausaufgaben und beim Lesenüben. Die Kinder "
              "kommen direkt nach der Schule.",
              "Nicht in den Schulferien."),
              on=day(today, 7, MO), times=("14:30", "16:00"), place=SCHULE, room="Raum 0.12", audience="Kinder",
              kind="course", category="Bildung", kind_word="Lernhilfe", age="6-10", dates="text",
              schedule="montags bis donnerstags 14:30-16:00 Uhr (nicht in den Ferien)",
              registration="Anmeldung über die Klassenlehrerin oder im Nachbarschaftstreff"),
        zeile(today, rng, "NV-06", "Gartentreff im Gemeinschaftsgarten", (
              "Beete abräumen, Kompost umsetzen, Obstbäume schneiden: Wer mitgärtnert, lernt von den anderen und darf "
              "ernten. Werkzeug ist vorhanden, Handschuhe bitte mitbringen.",),
              on=day(today, 5, SA), times=("10:00", "12:00"), weeks=4, every=2, place=GARTEN, audience="Alle",
              category="Umwelt", kind_word="offener Treff", person="Björn Eickhoff"),
        zeile(today, rng, "NV-07", "Obstbaumschnitt für Anfänger", (
              "Ein Gärtnermeister zeigt an den Apfel- und Birnbäumen des Gemeinschaftsgartens, wie man richtig "
              "schneidet. Mit Praxis an der Leiter.",),
              on=day(today, 40, SA), times=("10:00", "13:00"), place=GARTEN, price="Spende erbeten", amount=None,
              audience="Erwachsene", kind="workshop", category="Umwelt", kind_word="Workshop",
              registration="info@nachbarschaft-nordfeld.example"),
        zeile(today, rng, "NV-08", "Internationaler Kochabend", (
              "Nachbarinnen und Nachbarn kochen Gerichte aus ihrer Heimat – diesmal syrisch und westfälisch. Wir "
              "kochen gemeinsam und essen an einer langen Tafel.",),
              on=day(today, 18, FR), times=("17:30", "21:00"), room="Küche", price="3,50 €", amount=3.5,
              audience="Alle", kind="workshop", category="Kochen", kind_word="Workshop",
              language="Deutsch, Arabisch", registration="Bitte bis Mittwoch vorher anmelden: 05209 44 18 20"),
        zeile(today, rng, "NV-09", "Bewerbungsmappen-Check", (
              "Eine ehemalige Personalerin schaut Lebenslauf und Anschreiben mit Ihnen durch und gibt Tipps für das "
              "Vorstellungsgespräch. Einzeltermine à 30 Minuten.",),
              on=day(today, 9, WE), times=("10:00", "12:30"), room="Büro", audience="Erwachsene, Jugendliche",
              kind="counselling", category="Arbeit und Beruf", kind_word="Beratung",
              registration="Termin im Büro vereinbaren: 05209 44 18 20"),
        zeile(today, rng, "NV-10", "Vorlesenachmittag für Kinder", (
              "Lesepatinnen lesen Bilderbücher und Geschichten vor, danach wird gemalt und gebastelt.",),
              on=day(today, 8, TU), times=("16:00", "17:00"), weeks=4, every=2, room="Spielzimmer",
              audience="Kinder", category="Lesen", kind_word="offener Treff", age="4-8", price_in_words=True),
        zeile(today, rng, "NV-11", "Fahrradwerkstatt zum Selbermachen", (
              "Platten flicken, Bremsen einstellen, Kette ölen: Unter Anleitung reparieren Sie Ihr Fahrrad selbst. "
              "Werkzeug und gängige Ersatzteile zum Selbstkostenpreis sind da.",),
              on=day(today, 12, SA), times=("11:00", "14:00"), place=TREFF, room="Hof und Garage",
              price="Spende erbeten", amount=None, audience="Alle", kind="workshop", category="Reparieren",
              kind_word="Workshop"),
        zeile(today, rng, "NV-12", "Spieleabend für Erwachsene", (
              "Brettspiele, Kartenspiele, Quiz: Neue Spiele kennenlernen und Nachbarn treffen. Eigene Spiele dürfen "
              "gern mitgebracht werden.",),
              on=day(today, -4, TH), times=("19:00", "22:00"), weeks=3, every=4, room="Café", audience="Erwachsene",
              category="Geselligkeit", kind_word="offener Treff", age="ab 18"),
    ]
    # fmt: on
