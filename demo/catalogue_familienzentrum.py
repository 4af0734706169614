"""Familienzentrum Regenbogen der Stadt Wiesenbrück (SAMPLE DATA, invented people, places and dates).

The family centre's pages are part of the town's website (a municipal CMS). Every offer has a detail
page with schema.org markup; a course with two groups is one page with two course instances (both
offers have the same ``path``). ``extra`` says how the CMS marks an offer up: ``schema`` (the type),
``page`` (the page's slug), ``group`` (the instance's label), ``ages`` (min, max) and ``status``.
"""

from __future__ import annotations

from datetime import date
from random import Random

from demo.catalogue import FR, MO, SA, TH, TU, WE, DemoOffer, Place, at, day, published, weekly

REGENBOGEN = Place(
    "Familienzentrum Regenbogen", "Am Weidenbusch 6", "33997", district="Brückhorst", lat=51.8934, lon=8.3791
)
KITA = Place(
    "Kita Sonnenblume, Bewegungsraum", "Nordfeldring 31", "33994", district="Nordfeld", lat=51.9142, lon=8.3702
)
ONLINE = Place("Online", "", "", city="")
PEKIP = "PEKiP – Prager Eltern-Kind-Programm"


def angebot(
    today: date,
    rng: Random,
    page: str,
    title: str,
    text: tuple[str, ...],
    *,
    on: date,
    times: tuple[str, str],
    schema: str,
    price: str,
    amounts: tuple[float, ...],
    audience: str,
    kind: str = "course",
    ages: tuple[int | None, int | None] = (None, None),
    sessions: int = 1,
    open_meeting_weeks: int = 0,
    room: str = "",
    place: Place = REGENBOGEN,
    person: str = "",
    group: str = "",
    capacity: int | None = None,
    booked: int | None = None,
    status: str = "scheduled",
    online_url: str = "",
    labels: tuple[str, ...] = ("Teilnahmegebühr", "ermäßigt"),
    course_name: str = "",
) -> DemoOffer:
    """One offer on the page ``angebote/<page>/``; ``sessions`` > 1 is a weekly course."""
    weeks = sessions if sessions > 1 else open_meeting_weeks
    recurrence, skipped = weekly(at(on, times[0]), weeks) if weeks > 1 else (None, ())
    return DemoOffer(
        uid=f"{page}#{group or 'termin'}",
        title=title,
        text=text,
        kind=kind,
        start=at(on, times[0]),
        end=at(on, times[1]),
        place=place.with_room(room) if room else place,
        recurrence=recurrence,
        exdates=skipped,
        price=price,
        price_eur=amounts[0] if amounts else None,
        reduced_eur=amounts[1] if len(amounts) > 1 else None,
        audience=audience,
        person=person,
        status=status,
        path=f"familienzentrum/angebote/{page}/",
        published=published(rng, on, today, 60, 10),
        capacity=capacity,
        booked=booked,
        online_url=online_url,
        extra={
            "schema": schema,
            "page": page,
            "group": group,
            "ages": ages,
            "price_labels": labels,
            **({"course_name": course_name} if course_name else {}),
        },
    )


def angebote(today: date, rng: Random) -> list[DemoOffer]:
    """The family centre's offers, in the order of its listing page."""
    pekip = (
        "Im Prager Eltern-Kind-Programm erleben Babys Bewegung, Spiel und Kontakt zu anderen Babys – in einem warmen "
        "Raum, nackt und frei. Die Eltern tauschen sich über Schlaf, Essen und Entwicklung aus.",
        "Die Gruppe trifft sich zehnmal; bitte ein großes Handtuch mitbringen.",
    )
    massage = (
        "Sanfte Massagegriffe nach indischer Tradition, Lieder und Zeit zum Austausch: Babymassage entspannt, hilft "
        "bei Bauchweh und stärkt die Bindung.",
        "Bitte eine Decke, ein Handtuch und ein geruchsneutrales Pflanzenöl mitbringen.",
    )
    erste_hilfe = (
        "Was tun, wenn das Kind sich verschluckt, hoch fiebert oder sich verbrüht? Eine Notfallsanitäterin zeigt die "
        "wichtigsten Handgriffe an Übungspuppen, von der Atemspende bis zur stabilen Seitenlage.",
        "Für Eltern, Großeltern, Tagespflegepersonen und alle, die Kinder betreuen.",
    )
    # fmt: off
    return [
        angebot(today, rng, "pekip", "PEKiP-Gruppe für Babys (geboren im Sommer)", pekip, on=day(today, 8, TU),
                times=("09:30", "11:00"), schema="Course", price="95 € für 10 Treffen", amounts=(95,),
                audience="Eltern mit Babys", ages=(0, 1), sessions=10, room="Bewegungsraum", person="Anke Wöstmann",
                group="gruppe-1", capacity=8, booked=6, course_name=PEKIP),
        angebot(today, rng, "pekip", "PEKiP-Gruppe für Babys (geboren im Herbst)", pekip, on=day(today, 10, TH),
                times=("09:30", "11:00"), schema="Course", price="95 € für 10 Treffen", amounts=(95,),
                audience="Eltern mit Babys", ages=(0, 1), sessions=10, room="Bewegungsraum", person="Anke Wöstmann",
                group="gruppe-2", capacity=8, booked=8, course_name=PEKIP),
        angebot(today, rng, "babymassage", "Babymassage für Eltern mit Babys (6 Wochen bis 6 Monate)", massage,
                on=day(today, 7, MO), times=("10:00", "11:00"), schema="Course", price="45 € für 5 Treffen",
                amounts=(45,), audience="Eltern mit Babys", ages=(0, 0), sessions=5, room="Ruheraum",
                person="Svenja Kottmann", group="gruppe-1", capacity=7, booked=3),
        angebot(today, rng, "erste-hilfe-am-kind-1", "Erste Hilfe am Kind", erste_hilfe, on=day(today, 12, SA),
                times=("09:00", "15:30"), schema="EducationEvent", price="35 € pro Person, Paare 60 €",
                amounts=(35, 60), audience="Eltern", kind="workshop", room="Saal", capacity=16, booked=11,
                labels=("pro Person", "Paare")),
        angebot(today, rng, "erste-hilfe-am-kind-2", "Erste Hilfe am Kind", erste_hilfe, on=day(today, 54, SA),
                times=("09:00", "15:30"), schema="EducationEvent", price="35 € pro Person, Paare 60 €",
                amounts=(35, 60), audience="Eltern", kind="workshop", room="Saal", capacity=16, booked=2,
                labels=("pro Person", "Paare")),
        angebot(today, rng, "elterncafe", "Elterncafé: Ankommen, Austauschen, Auftanken", (
                    "Jeden Mittwochvormittag ist das Café im Familienzentrum offen für Mütter, Väter und Großeltern "
                    "mit Kindern bis drei Jahre. Eine Fachkraft der Familienberatung ist da und beantwortet Fragen.",
                    "Ohne Anmeldung, Kaffee und Tee sind kostenlos."),
                on=day(today, 2, WE), times=("09:30", "11:30"), schema="Event", price="kostenlos", amounts=(0,),
                audience="Familien", kind="open-meeting", ages=(0, 3), open_meeting_weeks=12, room="Café"),
        angebot(today, rng, "krabbelgruppe", "Eltern-Kind-Gruppe „Krabbelkäfer“ (1 bis 2 Jahre)", (
                    "Singen, Fingerspiele, Bewegungslandschaften und freies Spiel: Die Kinder entdecken die Gruppe, "
                    "die Eltern kommen ins Gespräch. Mit kleinem gemeinsamen Frühstück.",),
                on=day(today, 9, WE), times=("15:00", "16:30"), schema="Course", price="40 € für 8 Treffen",
                amounts=(40,), audience="Eltern mit Kleinkindern", ages=(1, 2), sessions=8, room="Spielzimmer",
                person="Miriam Tegeler", group="gruppe-1", capacity=10, booked=7),
        angebot(today, rng, "musikgarten", "Musikgarten für Eltern und Kinder (1½ bis 3 Jahre)", (
                    "Wir singen, tanzen, lauschen und spielen auf einfachen Instrumenten. Musikalische Vorkenntnisse "
                    "braucht niemand – nur Freude am gemeinsamen Tun.",),
                on=day(today, 11, FR), times=("16:00", "16:45"), schema="Course",
                price="52 € für 8 Treffen, Geschwisterkinder 26 €", amounts=(52, 26), audience="Familien",
                ages=(1, 3), sessions=8, place=KITA, person="Jule Hartkemper", group="gruppe-1", capacity=10,
                booked=4, labels=("Kursgebühr", "Geschwisterkind")),
        angebot(today, rng, "rueckbildung", "Rückbildungsgymnastik mit Baby", (
                    "Beckenboden, Bauch und Rücken kräftigen, während das Baby dabei ist: Eine Hebamme leitet die "
                    "Übungen an. Die Kosten übernimmt die Krankenkasse, wenn der Kurs bis zum neunten Monat nach der "
                    "Geburt endet.",),
                on=day(today, 14, MO), times=("18:00", "19:15"), schema="Course",
                price="80 € (Erstattung durch die Krankenkasse)", amounts=(80,), audience="Mütter nach der Geburt",
                sessions=8, room="Bewegungsraum", person="Hebamme Carla Esch", group="gruppe-1", capacity=10,
                booked=5),
        angebot(today, rng, "beikost", "Workshop: Der erste Brei", (
                    "Wann ist mein Baby bereit für Beikost, welcher Brei zuerst, und was ist mit Fingerfood? Eine "
                    "Ernährungsberaterin erklärt und kocht mit Ihnen drei einfache Breie.",),
                on=day(today, 17, TH), times=("10:00", "12:00"), schema="EducationEvent", price="15 €",
                amounts=(15,), audience="Eltern mit Babys", kind="workshop", room="Lehrküche", capacity=8,
                booked=6),
        angebot(today, rng, "medienzeit", "Online-Elternabend: Medienzeit in der Familie", (
                    "Wie viel Bildschirm ist gut, ab wann ein eigenes Handy, welche Apps sind sicher? Ein "
                    "Medienpädagoge gibt Orientierung und beantwortet Fragen im Chat.",
                    "Der Zugangslink kommt nach der Anmeldung per E-Mail."),
                on=day(today, 15, TU), times=("20:00", "21:30"), schema="EducationEvent", price="kostenlos",
                amounts=(0,), audience="Eltern", kind="lecture", place=ONLINE,
                online_url="https://meet.wiesenbrueck.example/familienzentrum/medienzeit"),
        angebot(today, rng, "vortrag-trotzphase", "Vortrag: Wenn Kinder an Grenzen gehen", (
                    "Wutanfälle an der Supermarktkasse, Nein zu allem: Die Autonomiephase ist anstrengend, aber "
                    "wichtig. Eine Erziehungsberaterin erklärt, was in Kindern vorgeht, und gibt praktische Tipps.",
                    "Leider muss der Vortrag wegen Krankheit entfallen; ein neuer Termin folgt."),
                on=day(today, 20, WE), times=("19:30", "21:00"), schema="EducationEvent", price="5 €",
                amounts=(5,), audience="Eltern", kind="lecture", room="Saal", status="cancelled"),
        angebot(today, rng, "vaeter-kind-samstag", "Väter-Kind-Samstag: Wir bauen ein Vogelhaus", (
                    "Ein Vormittag nur für Väter (oder Opas) und ihre Kinder ab 4 Jahren: Wir sägen, schrauben und "
                    "bemalen ein Vogelhaus, danach gibt es Würstchen vom Grill.",),
                on=day(today, 26, SA), times=("10:00", "13:00"), schema="Event", price="8 € Materialkosten",
                amounts=(8,), audience="Väter und Kinder", kind="workshop", ages=(4, 10), room="Werkraum",
                capacity=12, booked=9),
        angebot(today, rng, "sprechstunde-erziehungsberatung", "Offene Sprechstunde der Erziehungsberatung", (
                    "Sorgen mit dem Schlafen, Streit unter Geschwistern, Fragen zur Trennung: Die Beraterinnen der "
                    "Erziehungsberatungsstelle nehmen sich Zeit. Vertraulich und kostenlos, ohne Termin.",),
                on=day(today, 3, TH), times=("14:00", "16:00"), schema="Event", price="kostenlos", amounts=(0,),
                audience="Eltern", kind="counselling", open_meeting_weeks=10, room="Beratungsraum"),
        angebot(today, rng, "babyzeichen", "Babyzeichen: Mit den Händen sprechen", (
                    "Lange bevor Babys sprechen, können sie mit einfachen Gebärden zeigen, was sie möchten. In vier "
                    "Treffen lernen Sie mit Liedern und Spielen die ersten 40 Zeichen.",),
                on=day(today, -5, WE), times=("10:30", "11:30"), schema="Course", price="38 € für 4 Treffen",
                amounts=(38,), audience="Eltern mit Babys", ages=(0, 1), sessions=4, room="Spielzimmer",
                person="Svenja Kottmann", group="gruppe-1", capacity=8, booked=8),
    ]
    # fmt: on
