"""Seniorentreff Lindenhof e.V. (for the Seniorenbeirat): dates of a seniors' club (SAMPLE DATA, invented).

Regular meetings are single recurring events, some without an end (Gedächtnistraining every Tuesday).
Hints tell the writer to imitate the club's calendar tool: ``utc`` (times saved in UTC) and
``floating`` (a time without time zone).
"""

from __future__ import annotations

import uuid
from datetime import date
from random import Random

from demo.catalogue import (
    FR,
    MO,
    TH,
    TU,
    WE,
    DemoOffer,
    Place,
    Recurrence,
    at,
    day,
    nth_weekday,
    published,
)
from demo.catalogue_bibliothek import STABI

LINDENHOF = Place("Seniorentreff Lindenhof", "Lindenhof 3", "33991")
_NAMESPACE = uuid.UUID("5b0f3c2e-8d1a-4c61-9a57-6e2f1d0b7a44")


def termin(
    today: date,
    rng: Random,
    title: str,
    text: str,
    *,
    on: date,
    times: tuple[str, str] | None,
    price: str = "kostenlos",
    room: str = "Großer Saal",
    place: Place = LINDENHOF,
    category: str = "Bildung",
    kind: str = "event",
    recurrence: Recurrence | None = None,
    hints: tuple[str, ...] = (),
) -> DemoOffer:
    """One calendar entry; ``times=None`` makes it an all-day entry."""
    return DemoOffer(
        uid=str(uuid.uuid5(_NAMESPACE, title)).upper(),
        title=title,
        text=(text,),
        kind=kind,
        start=at(on, times[0]) if times else on,
        end=at(on, times[1]) if times else on,
        place=place.with_room(room) if room and place is LINDENHOF else place,
        recurrence=recurrence,
        price=price,
        categories=(category,),
        audience="Seniorinnen und Senioren",
        published=published(rng, on, today, 60, 10),
        hints=frozenset(hints),
    )


def termine(today: date, rng: Random) -> list[DemoOffer]:
    """The club's calendar."""
    weekly = Recurrence("WEEKLY")
    # fmt: off
    return [
        termin(today, rng, "Gedächtnistraining", "Mit Wortspielen, Rätseln und kleinen Konzentrationsübungen halten "
               "wir den Kopf fit – ohne Leistungsdruck und mit viel Humor. Neue Gesichter sind immer willkommen.",
               on=day(today, -13, TU), times=("10:00", "11:30"), room="Clubraum", kind="course",
               recurrence=Recurrence("WEEKLY", byday=("TU",))),
        termin(today, rng, "Sitzgymnastik", "Bewegung im Sitzen und mit dem Stuhl als Stütze: Wir mobilisieren die "
               "Gelenke, kräftigen die Muskeln und schulen das Gleichgewicht. Bitte bequeme Kleidung und feste Schuhe "
               "mitbringen.", on=day(today, -11, MO), times=("09:30", "10:15"), price="2 € pro Termin",
               room="Gymnastikraum", category="Bewegung", kind="course",
               recurrence=Recurrence("WEEKLY", byday=("MO", "TH"))),
        termin(today, rng, "Smartphone-Sprechstunde", "Schülerinnen und Schüler des Gymnasiums am Hellweg helfen bei "
               "allen Fragen rund um Handy und Tablet. Einfach vorbeikommen, eine Anmeldung ist nicht nötig.",
               on=day(today, 2, WE), times=("14:00", "16:00"), room="Clubraum", category="Digitales",
               kind="counselling", recurrence=Recurrence("WEEKLY", 8, interval=2, byday=("WE",))),
        termin(today, rng, "Spielenachmittag", "Rommé, Skat, Mensch ärgere dich nicht oder etwas ganz Neues: Bei "
               "Kaffee und Kuchen wird gespielt, gelacht und geplaudert.", on=day(today, 4, FR),
               times=("14:30", "17:00"),
               price="Kaffee und Kuchen 2,50 €", category="Geselligkeit", kind="open-meeting",
               recurrence=Recurrence("WEEKLY", until=day(today, 95, FR))),
        termin(today, rng, "Erzählcafé: Mein erster Arbeitstag", "Beim Erzählcafé teilen wir Erinnerungen zu einem "
               "Thema. Zuhören ist genauso willkommen wie Erzählen; Kaffee steht bereit.",
               on=nth_weekday(today, 0, WE, 1), times=("15:00", "17:00"), category="Geselligkeit",
               kind="open-meeting", recurrence=Recurrence("MONTHLY", 4, byday=("1WE",))),
        termin(today, rng, "Vortrag: Sicher im Internet", "Falsche Enkel, gefälschte Paketnachrichten, dubiose "
               "Gewinnspiele: Ein Präventionsberater der Polizei erklärt, mit welchen Maschen Betrüger arbeiten und "
               "wie man sich schützt.", on=day(today, 9, TH), times=("15:00", "16:30"), kind="lecture",
               hints=("utc",)),
        termin(today, rng, "Tagesfahrt ins Freilichtmuseum Kötterhagen", "Mit dem Bus zu alten Bauernhäusern, Mühlen "
               "und Werkstätten. Abfahrt 8:30 Uhr am Lindenhof, Rückkehr gegen 18 Uhr. Anmeldung bis eine Woche vorher "
               "im Büro.", on=day(today, 30, WE), times=None, price="38 € inkl. Busfahrt, Eintritt und Mittagessen",
               room="", category="Ausflug", kind="excursion"),
        termin(today, rng, "Besuch der Stadtbibliothek mit Führung", "Die Bibliothek zeigt uns Großdruckbücher, "
               "Hörbücher und den Lieferdienst für Menschen, die nicht mehr selbst kommen können. Treffpunkt im Foyer.",
               on=day(today, 16, TH), times=("10:00", "11:30"), place=STABI, category="Ausflug",
               kind="excursion", hints=("utc",)),
        termin(today, rng, "Vortrag: Vorsorgevollmacht und Patientenverfügung", "Wer entscheidet für mich, wenn ich es "
               "selbst nicht mehr kann? Eine Betreuungsrichterin im Ruhestand erklärt, was in die Dokumente gehört und "
               "wo man sie hinterlegt.", on=day(today, 23, TH), times=("15:00", "16:30"), kind="lecture"),
        termin(today, rng, "Gemeinsam kochen – gemeinsam essen", "Wir kochen zusammen ein einfaches Mittagessen der "
               "Saison und setzen uns dann gemeinsam an den Tisch. Wer nicht gern allein isst, ist hier genau richtig.",
               on=day(today, 12, FR), times=("11:00", "14:00"), price="5 € für Zutaten", room="Küche",
               category="Geselligkeit", kind="workshop", hints=("floating",)),
        termin(today, rng, "Singkreis Lindenhof", "Volkslieder, Schlager und Kanons: Wir singen zusammen, ganz ohne "
               "Noten und Vorkenntnisse. Eine Pianistin begleitet uns.", on=day(today, 7, MO),
               times=("16:00", "17:00"), category="Kultur", kind="open-meeting",
               recurrence=Recurrence("WEEKLY", interval=2, until=day(today, 77, MO))),
        termin(today, rng, "Tanzen im Sitzen", "Tänze aus aller Welt, im Sitzen getanzt: gut für Koordination, "
               "Kreislauf und Laune. Auch für Menschen mit Rollator oder im Rollstuhl geeignet.",
               on=day(today, 6, FR), times=("10:00", "11:30"), price="3 €", room="Gymnastikraum",
               category="Bewegung", kind="workshop"),
        termin(today, rng, "Plattdeutsche Runde", "Hier wird Platt gesprochen, gelesen und gesungen. Wer es nur "
               "versteht, aber nicht mehr spricht, ist herzlich willkommen.",
               on=nth_weekday(today, 0, TH, 3), times=("15:00", "16:30"), room="Clubraum", category="Kultur",
               kind="open-meeting", recurrence=Recurrence("MONTHLY", 3, byday=("3TH",))),
        termin(today, rng, "Erste Hilfe – Auffrischung für Ältere", "Wie war das noch mit der stabilen Seitenlage? "
               "Ein Ausbilder frischt die wichtigsten Handgriffe auf – im Sitzen und ohne Prüfungsstress.",
               on=day(today, 37, MO), times=("09:30", "12:30"), price="5 €", category="Gesundheit",
               kind="workshop", hints=("utc",)),
        termin(today, rng, "Rollator-Sicherheitstraining", "Bordsteine, Busse und Bremsen: Beim Training lernen Sie, "
               "mit dem Rollator sicher unterwegs zu sein. Mit kostenlosem Rollator-Check.",
               on=day(today, 20, TU), times=("14:00", "16:00"), place=Place("Parkplatz am Lindenhof", "Lindenhof 3",
               "33991"), category="Gesundheit", kind="workshop"),
        termin(today, rng, "Handyfotos sortieren und verschicken", "Hunderte Fotos auf dem Handy und keines findet man "
               "wieder? Wir zeigen, wie man Alben anlegt, Unnötiges löscht und Bilder an die Familie schickt.",
               on=day(today, -4, TH), times=("10:00", "12:00"), room="Clubraum", category="Digitales",
               kind="workshop"),
        termin(today, rng, "Literaturkreis", "Gemeinsam lesen wir Erzählungen und kurze Romane und tauschen uns "
               "darüber aus. Großdruckausgaben leiht die Stadtbibliothek gern aus.",
               on=nth_weekday(today, 0, TU, 2), times=("15:00", "16:30"), room="Clubraum", category="Kultur",
               kind="open-meeting", recurrence=Recurrence("MONTHLY", 4, byday=("2TU",))),
        termin(today, rng, "Informationsnachmittag: Pflegegrad beantragen", "Wie stellt man einen Antrag auf einen "
               "Pflegegrad, was passiert bei der Begutachtung, und welche Leistungen gibt es? Die Pflegeberatung des "
               "Kreises informiert und beantwortet Fragen.", on=day(today, 44, WE), times=("15:00", "16:30"),
               kind="lecture"),
        termin(today, rng, "Computerkurs für Einsteiger: E-Mails schreiben", "An vier Terminen richten wir ein "
               "E-Mail-Konto ein, schreiben und beantworten Nachrichten und verschicken Anhänge. Laptops sind "
               "vorhanden.", on=day(today, 13, MO), times=("14:00", "15:30"), price="20 € für vier Termine",
               room="Clubraum", category="Digitales", kind="course", recurrence=Recurrence("WEEKLY", 4)),
        termin(today, rng, "Spaziergruppe „Gemeinsam unterwegs“", "Eine gute Stunde gemütlich durch den Stadtpark und "
               "am Mühlenteich entlang, mit Pausen auf den Bänken. Das Tempo bestimmt die langsamste Person.",
               on=day(today, -6, WE), times=("10:00", "11:30"), place=Place("Treffpunkt: Eingang Lindenhof",
               "Lindenhof 3", "33991"), category="Bewegung", kind="open-meeting", recurrence=weekly),
    ]
    # fmt: on
