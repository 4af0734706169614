"""Kreisvolkshochschule Auental: courses in Wiesenbrück's Ortsteile (SAMPLE DATA, invented people, places, dates).

The neighbouring district's VHS runs courses in three of Wiesenbrück's Ortsteile (Oberheide, Altstadt,
Nordfeld) and online in the vhs.cloud, and hands the town the same Open-vhs export it sends to the DVV
course finder. ``extra`` holds what the course software stores beyond the neutral offer: the course's
``guid``, the DVV programme code ``dvv``, the ``merkmale`` (name, value), ``level``, ``keywords``,
``subtitle``, typed texts (``hint``, ``requirements``) and a ``certificate`` (name, text).
"""

from __future__ import annotations

import uuid
from datetime import date
from random import Random

from demo.catalogue import (
    FR,
    MO,
    SA,
    TH,
    TU,
    WE,
    DemoOffer,
    Place,
    Recurrence,
    at,
    clear_of_break,
    day,
    euro,
    published,
    weekly,
)
from demo.catalogue_vhs import semester

OBERHEIDE = Place("Bürgerhaus Oberheide", "Kirchplatz 2", "33996", district="Oberheide")
ALTSTADT = Place("Grundschule an der Stiftskirche", "Kirchstraße 12", "33990", district="Altstadt")
NORDFELD = Place("Nachbarschaftstreff Nordfeld", "Nordfeldring 20", "33994", district="Nordfeld")
NORDFELD_HALLE = Place("Sporthalle Nordfeld", "Nordfeldring 22", "33994", district="Nordfeld")
VHS_CLOUD = Place("Online", "", "", city="")
_NAMESPACE = uuid.UUID("0d8f5c1a-3b7e-4f2a-9c41-7a2e5b6d8e90")


def kurs(
    today: date,
    rng: Random,
    number: str,
    title: str,
    text: tuple[str, ...],
    *,
    dvv: str,
    first: date,
    times: tuple[str, str],
    fee: float,
    place: Place,
    room: str = "",
    sessions: int = 1,
    daily: bool = False,
    reduced: bool = True,
    kind: str = "course",
    person: str = "",
    audience: str = "",
    level: str = "",
    keywords: tuple[str, ...] = (),
    merkmale: tuple[tuple[str, str], ...] = (),
    capacity: int = 12,
    booked: int = 0,
    subtitle: str = "",
    hint: str = "",
    requirements: str = "",
    certificate: tuple[str, str] | None = None,
    extra_fee: str = "",
) -> DemoOffer:
    """One course: ``sessions`` weekly (or, with ``daily``, consecutive weekday) meetings from ``first``."""
    code = f"K{semester(today)}-W{number}"
    if daily:
        first = clear_of_break(first, sessions + 2)
        recurrence, skipped = Recurrence("DAILY", sessions), ()
    else:
        recurrence, skipped = weekly(at(first, times[0]), sessions) if sessions > 1 else (None, ())
    reduced_fee = round(fee * 0.7, 2) if reduced and fee else None
    words = [euro(fee) if fee else "gebührenfrei"]
    if reduced_fee:
        words.append(f"ermäßigt {euro(reduced_fee)}")
    if extra_fee:
        words.append(extra_fee)
    return DemoOffer(
        uid=str(uuid.uuid5(_NAMESPACE, code)).upper(),
        title=title,
        text=text,
        kind=kind,
        start=at(first, times[0]),
        end=at(first, times[1]),
        place=place.with_room(room) if room else place,
        recurrence=recurrence,
        exdates=skipped,
        price=", ".join(words),
        price_eur=fee,
        reduced_eur=reduced_fee,
        audience=audience,
        person=person,
        code=code,
        path=f"kreis-vhs/kurs/{code}/",
        published=published(rng, first, today, 100, 25),
        capacity=capacity,
        booked=booked,
        extra={
            "dvv": dvv,
            "merkmale": merkmale,
            "level": level,
            "keywords": keywords,
            "subtitle": subtitle,
            "hint": hint,
            "requirements": requirements,
            "certificate": certificate,
            "extra_fee": extra_fee,
        },
    )


def kurse(today: date, rng: Random) -> list[DemoOffer]:
    """The courses the Kreis-VHS offers in Wiesenbrück."""
    free = (("anmeldung_kostenlos", "true"),)
    # fmt: off
    return [
        kurs(today, rng, "30201", "Yoga am Abend", (
             "Sanfte Hatha-Yoga-Übungen, Atemtechniken und eine Tiefenentspannung zum Abschluss des Tages. Für "
             "Einsteigerinnen und Einsteiger ebenso wie für Geübte.",), dvv="3.02", first=day(today, 8, TU),
             times=("19:00", "20:30"), fee=72.0, place=OBERHEIDE, room="Saal", sessions=10, person="Birte Hollenhorst",
             keywords=("Yoga", "Entspannung"), merkmale=(("kursart_digital", "praesenz"),), capacity=14, booked=11,
             hint="Bitte Matte, Decke und bequeme Kleidung mitbringen."),
        kurs(today, rng, "30210", "Rückenfit – Wirbelsäulengymnastik", (
             "Kräftigung, Dehnung und Haltungsschulung für einen gesunden Rücken. Die Übungen lassen sich leicht in "
             "den Alltag übernehmen.",), dvv="3.02", first=day(today, 9, WE), times=("18:00", "19:00"), fee=48.0,
             place=NORDFELD_HALLE, sessions=8, person="Dieter Schmale", keywords=("Rücken", "Gymnastik"),
             capacity=16, booked=16),
        kurs(today, rng, "30512", "Westfälische Küche neu entdeckt", (
             "Pickert, Möhrenpott und Stippgrütze – aber leichter und mit frischen Kräutern. Wir kochen gemeinsam "
             "ein Menü und essen zusammen.",), dvv="3.05", first=day(today, 18, FR), times=("18:00", "21:30"),
             fee=24.0, place=ALTSTADT, room="Schulküche", reduced=False, keywords=("Kochen", "Regionale Küche"),
             capacity=10, booked=6, extra_fee="zzgl. 14,00 € Lebensmittelumlage"),
        kurs(today, rng, "20301", "Aquarellmalen für Einsteiger", (
             "Nass in nass, Lasuren und Farbverläufe: An vier Samstagen lernen Sie die Grundtechniken der "
             "Aquarellmalerei kennen und malen Landschaften aus dem Auental.",), dvv="2.03", first=day(today, 12, SA),
             times=("10:00", "13:00"), fee=64.0, place=OBERHEIDE, room="Kleiner Saal", sessions=4,
             person="Renate Fischbach", level="Einsteiger", keywords=("Malen", "Aquarell"), capacity=10, booked=4,
             extra_fee="zzgl. 10,00 € Materialgeld"),
        kurs(today, rng, "20520", "Gitarre für Erwachsene – ohne Vorkenntnisse", (
             "Die ersten Akkorde, Schlagmuster und einfache Lieder zum Mitsingen. Eine eigene Gitarre ist nötig, "
             "Noten lesen nicht.",), dvv="2.05", first=day(today, 10, TH), times=("18:30", "20:00"), fee=86.0,
             place=ALTSTADT, room="Musikraum", sessions=8, person="Ole Brackmann", level="Einsteiger",
             keywords=("Gitarre", "Musik"), capacity=8, booked=5),
        kurs(today, rng, "20704", "Nähen lernen: Vom Schnitt zum Kleidungsstück", (
             "Maschine einfädeln, Schnittmuster übertragen, zuschneiden, nähen: Am Ende des Kurses tragen Sie Ihr "
             "erstes selbst genähtes Shirt.",), dvv="2.07", first=day(today, 14, MO), times=("18:30", "21:00"),
             fee=78.0, place=NORDFELD, room="Werkraum", sessions=6, person="Sevgi Aydın",
             keywords=("Nähen", "Handarbeit"), capacity=8, booked=7, hint="Nähmaschinen sind vorhanden."),
        kurs(today, rng, "40601", "Englisch A1 – für den Urlaub und den Alltag", (
             "Sich vorstellen, einkaufen, nach dem Weg fragen: Mit viel Sprechen und kleinen Dialogen lernen Sie "
             "die Grundlagen der englischen Sprache.",), dvv="4.06", first=day(today, 7, MO), times=("17:45", "19:15"),
             fee=92.0, place=OBERHEIDE, room="Raum 2", sessions=12, person="Claire Wittkamp", level="A1",
             keywords=("Englisch", "A1"), capacity=14, booked=9),
        kurs(today, rng, "40710", "Italienisch A1 – Ciao Italia!", (
             "Für alle, die im nächsten Urlaub ein wenig Italienisch sprechen möchten: Begrüßen, bestellen, "
             "Zahlen und Uhrzeiten.",), dvv="4.07", first=day(today, 8, TU), times=("18:30", "20:00"),
             fee=92.0, place=ALTSTADT, room="Klasse 4a", sessions=12, person="Dr. Paola Reinecke", level="A1",
             keywords=("Italienisch", "A1"), capacity=14, booked=6),
        kurs(today, rng, "40905", "Spanisch A2 in der vhs.cloud", (
             "Wir erweitern Wortschatz und Grammatik für Alltag und Reisen – live im virtuellen Kursraum der "
             "vhs.cloud, mit Aufgaben zwischen den Terminen.",), dvv="4.09", first=day(today, 10, TH),
             times=("19:00", "20:30"), fee=84.0, place=VHS_CLOUD, sessions=10, person="Lucía Brinkmann", level="A2",
             keywords=("Spanisch", "Online-Kurs", "vhs.cloud"),
             merkmale=(("kursart_digital", "online_angebot"), ("vhscloud_kurs", "true")), capacity=12, booked=5,
             requirements="PC, Laptop oder Tablet mit Kamera und Mikrofon; stabile Internetverbindung. Den "
                          "Zugang zur vhs.cloud erhalten Sie nach der Anmeldung per E-Mail."),
        kurs(today, rng, "50205", "Word und Excel für den Büroalltag", (
             "Briefe gestalten, Serienbriefe erstellen, Tabellen mit Formeln und Diagrammen: ein kompakter "
             "Einstieg in die wichtigsten Büroprogramme.",), dvv="5.02", first=day(today, 15, TU),
             times=("18:00", "21:00"), fee=96.0, place=ALTSTADT, room="Computerraum", sessions=5,
             person="Marco Teutenberg", level="Grundkenntnisse", keywords=("Office", "Excel", "Word"), capacity=10,
             booked=3),
        kurs(today, rng, "50220", "Buchhaltung kompakt – mit Lernphasen in der vhs.cloud", (
             "Belege, Konten, Abschluss: An vier Abenden vor Ort lernen Sie die doppelte Buchführung, dazwischen "
             "üben Sie mit Aufgaben in der vhs.cloud.",), dvv="5.04", first=day(today, 16, WE),
             times=("18:00", "21:00"), fee=118.0, place=NORDFELD, room="Seminarraum", sessions=4,
             person="Jutta Overbeck", keywords=("Buchhaltung", "Blended Learning"),
             merkmale=(("vhscloud_kurs", "true"),), capacity=12, booked=7),
        kurs(today, rng, "50801", "Stressbewältigung und Resilienz im Beruf", (
             "Eine Woche für Sie: Sie lernen, Belastungen früh zu erkennen, Grenzen zu setzen und mit Methoden aus "
             "Achtsamkeit und Zeitmanagement gelassener zu arbeiten.",
             "Anerkannt als Bildungsurlaub nach dem Arbeitnehmerweiterbildungsgesetz NRW."), dvv="5.08",
             first=day(today, 35, MO), times=("09:00", "16:00"), fee=295.0, place=OBERHEIDE, room="Saal",
             sessions=5, daily=True, reduced=False, kind="educational-leave", person="Kerstin Upmeier",
             audience="Berufstätige", keywords=("Bildungsurlaub", "Resilienz", "Stress"),
             merkmale=(("bildungsurlaub", "true"),), capacity=16, booked=12,
             subtitle="Bildungsurlaub, Montag bis Freitag",
             certificate=("TB", "Teilnahmebescheinigung der vhs für den Arbeitgeber")),
        kurs(today, rng, "10310", "Vortrag: Vorsorgevollmacht und Patientenverfügung", (
             "Ein Notar erklärt, was eine Vorsorgevollmacht regelt, wie eine Patientenverfügung formuliert sein "
             "sollte und wo Sie die Dokumente hinterlegen.",), dvv="1.03", first=day(today, 17, TH),
             times=("19:00", "20:30"), fee=0.0, place=NORDFELD, room="Saal", kind="lecture",
             keywords=("Vorsorge", "Recht"), merkmale=free, capacity=40, booked=18),
        kurs(today, rng, "10520", "Insektenfreundlich gärtnern auf Balkon und Beet", (
             "Welche Pflanzen helfen Wildbienen, wie baue ich ein Insektenhotel, das wirklich genutzt wird? Ein "
             "Vortrag mit vielen Fotos und Pflanzenlisten zum Mitnehmen.",), dvv="1.05", first=day(today, 23, WE),
             times=("19:00", "20:30"), fee=8.0, place=OBERHEIDE, room="Kleiner Saal", reduced=False, kind="lecture",
             keywords=("Garten", "Naturschutz"), capacity=30, booked=9),
        kurs(today, rng, "60110", "Lesen und Schreiben im Alltag", (
             "Formulare ausfüllen, Nachrichten schreiben, Briefe verstehen: In kleiner Gruppe üben wir in Ihrem "
             "Tempo. Ein Einstieg ist jederzeit möglich.",), dvv="6.01", first=day(today, -6, TU),
             times=("09:00", "11:15"), fee=0.0, place=NORDFELD, room="Lernwerkstatt", sessions=12,
             audience="Erwachsene", keywords=("Grundbildung", "Alphabetisierung"),
             merkmale=(*free, ("barrierefreies_lernen", "true")), capacity=8, booked=5,
             hint="Ein Beratungsgespräch vorab ist kostenlos und vertraulich."),
        kurs(today, rng, "50310", "Smartphone-Grundkurs für Seniorinnen und Senioren", (
             "Telefonieren, Nachrichten schreiben, Fotos machen und verschicken: in Ruhe und mit vielen "
             "Wiederholungen. Bitte das eigene Smartphone mitbringen.",), dvv="5.03", first=day(today, 2, WE),
             times=("10:00", "11:30"), fee=39.0, place=OBERHEIDE, room="Raum 2", sessions=4, person="Heiner Stork",
             audience="Seniorinnen und Senioren", keywords=("Smartphone", "Senioren"), capacity=10, booked=10),
    ]
    # fmt: on
