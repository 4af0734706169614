"""TV Wiesenbrück 1889 e.V.: the sports club's courses and groups (SAMPLE DATA, invented people, places and dates).

The club's booking system publishes its groups as an OpenActive feed of ``SessionSeries``. A course with a
fixed number of dates lists them as ``ScheduledSession``s (``extra["listing"] == "sessions"``); an ongoing
group gives a weekly ``eventSchedule`` (``"schedule"``). ``extra`` also holds the ``activity``, the ``ages``
(min, max), a ``level``, the ``cancelled`` session numbers and the ``prices`` as (label, amount) pairs
(members, then guests). A deleted series is a feed entry only (``DemoProvider.options["deleted"]``).
"""

from __future__ import annotations

from datetime import date
from random import Random
from typing import Any

from demo.catalogue import FR, MO, SA, TH, TU, WE, DemoOffer, Place, at, day, published, weekly

JAHNHALLE = Place("Jahnhalle des TV Wiesenbrück", "Jahnstraße 8", "33991", lat=51.8987, lon=8.3915)
NORDFELD_HALLE = Place("Sporthalle Nordfeld", "Nordfeldring 22", "33994", district="Nordfeld", lat=51.9139, lon=8.3688)
VEREINSHEIM = Place("Vereinsheim am Sportpark", "Jahnstraße 10", "33991", lat=51.8990, lon=8.3921)
WALDPARKPLATZ = Place("Parkplatz am Waldfreibad", "Waldweg 1", "33997", district="Brückhorst", lat=51.8876, lon=8.3702)


def gruppe(
    today: date,
    rng: Random,
    number: int,
    title: str,
    text: tuple[str, ...],
    *,
    on: date,
    times: tuple[str, str],
    weeks: int,
    activity: str,
    place: Place = JAHNHALLE,
    room: str = "",
    listing: str = "schedule",
    prices: tuple[float, ...] = (0.0,),
    labels: tuple[str, ...] = ("Mitglieder", "Gäste"),
    price: str = "",
    ages: tuple[int | None, int | None] = (18, None),
    level: str = "",
    person: str = "",
    capacity: int | None = None,
    booked: int | None = None,
    cancelled: tuple[int, ...] = (),
    kind: str = "course",
    audience: str = "",
) -> DemoOffer:
    """One SessionSeries: ``weeks`` weekly meetings from ``on`` (skipping the Christmas break)."""
    first = at(on, times[0])
    recurrence, skipped = weekly(first, weeks)
    extra: dict[str, Any] = {
        "listing": listing,
        "activity": activity,
        "ages": ages,
        "level": level,
        "cancelled": cancelled,
        "prices": tuple(zip(labels, prices, strict=False)),  # (label, amount): members first, then guests
    }
    return DemoOffer(
        uid=f"tvw-ss-{number:04d}",
        title=title,
        text=text,
        kind=kind,
        start=first,
        end=at(on, times[1]),
        place=place.with_room(room) if room else place,
        recurrence=recurrence,
        exdates=skipped,
        price=price,
        price_eur=prices[0],
        audience=audience,
        person=person,
        path=f"turnverein/angebote/{number}/",
        published=published(rng, on, today, 45, 3),
        capacity=capacity,
        booked=booked,
        extra=extra,
    )


def gruppen(today: date, rng: Random) -> list[DemoOffer]:
    """The club's courses and groups that are open for bookings."""
    # fmt: off
    return [
        gruppe(today, rng, 101, "Rehasport Orthopädie – Gruppe Montag", (
                   "Gezielte Übungen für Rücken, Hüfte und Knie nach Operationen oder bei chronischen Beschwerden, "
                   "angeleitet von einer Übungsleiterin mit Reha-Lizenz.",
                   "Mit ärztlicher Verordnung (Muster 56) übernimmt die Krankenkasse die Kosten."),
               on=day(today, 0, MO), times=("17:00", "17:45"), weeks=12, activity="Rehasport", room="Gymnastikraum",
               prices=(0.0,), labels=("mit ärztlicher Verordnung",), price="kostenfrei mit Verordnung",
               person="Petra Hülsmann", capacity=15, booked=13,
               audience="Erwachsene mit ärztlicher Verordnung"),
        gruppe(today, rng, 102, "Rehasport Orthopädie – Gruppe Donnerstag", (
                   "Gezielte Übungen für Rücken, Hüfte und Knie nach Operationen oder bei chronischen Beschwerden, "
                   "angeleitet von einer Übungsleiterin mit Reha-Lizenz.",
                   "Mit ärztlicher Verordnung (Muster 56) übernimmt die Krankenkasse die Kosten."),
               on=day(today, 3, TH), times=("10:00", "10:45"), weeks=12, activity="Rehasport", room="Gymnastikraum",
               prices=(0.0,), labels=("mit ärztlicher Verordnung",), price="kostenfrei mit Verordnung",
               person="Petra Hülsmann", capacity=15, booked=15,
               audience="Erwachsene mit ärztlicher Verordnung"),
        gruppe(today, rng, 104, "Pilates für Einsteiger", (
                   "Kräftigung der tiefen Bauch- und Rückenmuskulatur, bewusste Atmung und eine bessere Haltung: "
                   "In acht Terminen lernen Sie die Grundübungen auf der Matte.",),
               on=day(today, 8, TU), times=("18:30", "19:30"), weeks=8, activity="Pilates", listing="sessions",
               prices=(40.0, 64.0), price="40 € für Mitglieder, 64 € für Gäste", level="Einsteiger",
               person="Nadine Koslowski", room="Gymnastikraum", capacity=14, booked=9, cancelled=(3,)),
        gruppe(today, rng, 105, "Pilates am Morgen", (
                   "Die fortlaufende Pilatesgruppe für alle mit Vorkenntnissen: mit Ball, Band und Rolle in den Tag.",),
               on=day(today, 2, WE), times=("08:45", "09:45"), weeks=14, activity="Pilates", prices=(0.0, 6.0),
               price="für Mitglieder im Beitrag, Gäste 6 € pro Termin", level="Fortgeschrittene",
               person="Nadine Koslowski", room="Gymnastikraum"),
        gruppe(today, rng, 110, "Kinderturnen (3 bis 6 Jahre)", (
                   "Klettern, balancieren, rollen und springen an Geräten und in Bewegungslandschaften. Die Kinder "
                   "turnen ohne Eltern in einer festen Gruppe.",),
               on=day(today, 1, TU), times=("15:30", "16:30"), weeks=14, activity="Kinderturnen",
               prices=(0.0, 30.0), labels=("Mitglieder", "Schnupperkarte für Nichtmitglieder (5 Termine)"),
               price="für Mitglieder im Beitrag, Schnupperkarte 30 €", ages=(3, 6), person="Lena Strotmann",
               audience="Kinder", kind="open-meeting"),
        gruppe(today, rng, 111, "Kinderturnen (6 bis 10 Jahre)", (
                   "Turnen an Reck, Barren und Trampolin, Spiele und erste Übungen für das Turnabzeichen.",),
               on=day(today, 1, TU), times=("16:30", "17:45"), weeks=14, activity="Kinderturnen",
               prices=(0.0, 30.0), labels=("Mitglieder", "Schnupperkarte für Nichtmitglieder (5 Termine)"),
               price="für Mitglieder im Beitrag, Schnupperkarte 30 €", ages=(6, 10), person="Lena Strotmann",
               audience="Kinder", kind="open-meeting"),
        gruppe(today, rng, 112, "Eltern-Kind-Turnen (1 bis 3 Jahre)", (
                   "Gemeinsam mit Mama, Papa, Oma oder Opa die Turnhalle entdecken: krabbeln, rutschen, schaukeln, "
                   "singen. Ein Elternteil turnt mit.",),
               on=day(today, 4, FR), times=("09:30", "10:30"), weeks=10, activity="Eltern-Kind-Turnen",
               place=NORDFELD_HALLE, prices=(0.0, 25.0), labels=("Mitglieder", "Gäste, 10 Termine"),
               price="für Mitglieder im Beitrag, Gäste 25 €", ages=(1, 3), person="Katja Beermann",
               audience="Familien", kind="open-meeting"),
        gruppe(today, rng, 120, "Nordic Walking – offener Treff", (
                   "Eine Stunde in zügigem Tempo durch den Brückhorster Wald, auf festen Wegen. Stöcke können "
                   "ausgeliehen werden.",),
               on=day(today, 5, SA), times=("09:00", "10:15"), weeks=16, activity="Nordic Walking",
               place=WALDPARKPLATZ, prices=(0.0, 3.0), price="Mitglieder frei, Gäste 3 €", person="Uwe Brockmeyer",
               kind="open-meeting"),
        gruppe(today, rng, 121, "Nordic Walking für Einsteiger", (
                   "Die richtige Technik mit Stöcken: In vier Terminen lernen Sie Armeinsatz, Schrittlänge und "
                   "Tempo und sind danach fit für den offenen Treff.",),
               on=day(today, 11, TH), times=("17:30", "18:45"), weeks=4, activity="Nordic Walking",
               place=WALDPARKPLATZ, listing="sessions", prices=(20.0, 32.0),
               price="20 € für Mitglieder, 32 € für Gäste", level="Einsteiger", person="Uwe Brockmeyer",
               capacity=12, booked=4),
        gruppe(today, rng, 130, "Zumba 50+", (
                   "Lateinamerikanische Rhythmen, einfache Schrittfolgen und viel Spaß – in einem Tempo, bei dem alle "
                   "mitkommen. Keine Vorkenntnisse nötig.",),
               on=day(today, 9, WE), times=("10:00", "11:00"), weeks=10, activity="Zumba", listing="sessions",
               place=NORDFELD_HALLE, prices=(35.0, 55.0), price="35 € für Mitglieder, 55 € für Gäste",
               ages=(50, None), person="Maribel Ortmann", capacity=20, booked=17, audience="Seniorinnen und Senioren"),
        gruppe(today, rng, 131, "Zumba Fitness am Abend", (
                   "Ein schweißtreibendes Tanz-Workout zu Salsa, Merengue und Reggaeton für alle ab 16 Jahren.",),
               on=day(today, 3, TH), times=("19:30", "20:30"), weeks=10, activity="Zumba", listing="sessions",
               place=NORDFELD_HALLE, prices=(35.0, 55.0), price="35 € für Mitglieder, 55 € für Gäste",
               ages=(16, None), person="Maribel Ortmann", capacity=25, booked=25),
        gruppe(today, rng, 140, "Wirbelsäulengymnastik", (
                   "Mobilisieren, kräftigen, entspannen: Die fortlaufende Gruppe beugt Rückenschmerzen vor. Von den "
                   "Krankenkassen als Präventionskurs anerkannt.",),
               on=day(today, 0, MO), times=("19:00", "20:00"), weeks=14, activity="Gymnastik", room="Gymnastikraum",
               prices=(0.0, 60.0), labels=("Mitglieder", "Präventionskurs für Gäste (10 Termine)"),
               price="für Mitglieder im Beitrag, Präventionskurs 60 €", person="Dieter Schmale"),
        gruppe(today, rng, 141, "Sturzprophylaxe: Sicher auf den Beinen", (
                   "Gleichgewicht, Kraft und Reaktion trainieren, damit Stürze im Alltag gar nicht erst passieren. Mit "
                   "Übungen für zu Hause.",),
               on=day(today, 10, TH), times=("14:30", "15:30"), weeks=8, activity="Gymnastik", listing="sessions",
               place=VEREINSHEIM, room="Kursraum", prices=(24.0, 40.0), price="24 € für Mitglieder, 40 € für Gäste",
               ages=(65, None), person="Hildegard Rempe", capacity=12, booked=6, audience="Seniorinnen und Senioren"),
        gruppe(today, rng, 150, "Fitnessboxen", (
                   "Schlagkombinationen an Pratzen und Sandsack, Seilspringen und Zirkeltraining: ein intensives "
                   "Ganzkörpertraining ohne Kontakt zum Gegner.",),
               on=day(today, -12, FR), times=("18:00", "19:30"), weeks=10, activity="Fitnessboxen",
               listing="sessions", prices=(45.0, 70.0), price="45 € für Mitglieder, 70 € für Gäste", ages=(16, None),
               person="Timo Kasprzak", capacity=16, booked=11),
    ]
    # fmt: on
