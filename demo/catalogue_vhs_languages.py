"""VHS Wiesenbrück, part 2: the areas Sprachen and Grundbildung (SAMPLE DATA, invented courses)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from random import Random

from demo.catalogue import FR, MO, SA, TH, TU, WE, DemoOffer, at, day
from demo.catalogue_vhs import course

LANGUAGE_FEE = 89.0


def languages(today: date, rng: Random) -> list[DemoOffer]:
    """Programmbereich Sprachen."""
    # fmt: off
    spanish_a2 = course(today, rng, "40210", "Spanisch A2 – ¡Seguimos!", (
        "Für alle, die schon ein Jahr Spanisch gelernt haben: Wir erweitern den Wortschatz rund um Wohnen, Arbeit und "
        "Gesundheit und üben die Vergangenheitsformen in kurzen Gesprächen.",
    ), first=day(today, 16, TH), times=("18:00", "19:30"), fee=LANGUAGE_FEE, room="Raum 2.07", sessions=10,
        person="Lucía Fernández Kötter")
    saturdays = (day(spanish_a2.start.date(), 9), day(spanish_a2.start.date(), 30))  # type: ignore[union-attr]
    spanish_a2 = replace(
        spanish_a2,
        rdates=tuple(at(on, "10:00") for on in saturdays),
        text=(*spanish_a2.text, f"Zusätzlich treffen wir uns an zwei Samstagen ({saturdays[0]:%d.%m.} und "
              f"{saturdays[1]:%d.%m.}, jeweils 10:00–11:30 Uhr) zum Sprechtraining."),
    )
    return [
        course(today, rng, "40101", "Englisch A1 – Einstieg", (
            "Sie haben noch nie Englisch gelernt oder vieles vergessen? In entspannter Atmosphäre lernen Sie, sich "
            "vorzustellen, nach dem Weg zu fragen und im Restaurant zu bestellen.",
            "Das Lehrbuch wird in der ersten Stunde besprochen.",
        ), first=day(today, 14, MO), times=("18:00", "19:30"), fee=LANGUAGE_FEE, room="Raum 2.11", sessions=10,
            person="Claire Hoffmann", audience="Erwachsene ohne Vorkenntnisse"),
        course(today, rng, "40105", "Englisch A2 – Konversation", (
            "Für alle mit Grundkenntnissen, die endlich mehr sprechen möchten. Reisen, Familie und Freizeit bieten "
            "Anlass für Gespräche in kleinen Gruppen; die Grammatik wird nebenbei aufgefrischt.",
        ), first=day(today, 22, TU), times=("18:00", "19:30"), fee=105.0, room="Raum 2.11", sessions=12, until=True,
            person="Claire Hoffmann"),
        course(today, rng, "40120", "Englisch B1 – Auffrischung am Vormittag", (
            "Ein Kurs für Menschen mit soliden Vorkenntnissen, die ihr Englisch vormittags in Schwung halten möchten. "
            "Wir lesen kurze Zeitungsartikel, hören Podcasts und sprechen über das, was uns bewegt.",
        ), first=day(today, -12, TH), times=("09:30", "11:00"), fee=LANGUAGE_FEE, room="Raum 2.09", sessions=10,
            person="Margaret Schöning"),
        course(today, rng, "40130", "English Conversation Club (B2)", (
            "No textbook, no tests – just conversation. Each week a different topic, from local news to films and "
            "travel, gets us talking.",
            "Der Kurs wird ausschließlich auf Englisch geführt.",
        ), first=day(today, 7, WE), times=("19:45", "21:15"), fee=120.0, room="Raum 2.09", sessions=14, until=True,
            person="Margaret Schöning"),
        course(today, rng, "40201", "Spanisch A1 für Einsteiger", (
            "¡Hola! Sie lernen die Grundlagen der spanischen Sprache für Urlaub und Alltag: sich vorstellen, "
            "einkaufen, "
            "Uhrzeiten verstehen. Vorkenntnisse sind nicht nötig.",
        ), first=day(today, 15, WE), times=("18:00", "19:30"), fee=LANGUAGE_FEE, room="Raum 2.07", sessions=10,
            person="Lucía Fernández Kötter"),
        spanish_a2,
        course(today, rng, "40301", "Französisch A1", (
            "Bonjour ! Aussprache, erste Gespräche und die wichtigsten Redewendungen für die nächste Reise nach "
            "Frankreich stehen im Mittelpunkt – mit vielen Hör- und Sprechübungen.",
        ), first=day(today, 21, MO), times=("19:45", "21:15"), fee=LANGUAGE_FEE, room="Raum 2.05", sessions=10,
            person="Élodie Brünger"),
        course(today, rng, "40310", "Französisch für die Reise – Kompaktkurs am Wochenende", (
            "An einem Wochenende lernen Sie, was Sie im Hotel, auf dem Markt und im Restaurant brauchen. Geeignet für "
            "Anfängerinnen und Anfänger mit geringen Vorkenntnissen.",
        ), first=day(today, 45, SA), times=("10:00", "15:00"), fee=59.0, room="Raum 2.05", sessions=2, daily=True,
            kind="workshop", person="Élodie Brünger"),
        course(today, rng, "40401", "Italienisch A1", (
            "Pizza, Pasta, Piazza – und dann? In diesem Einstiegskurs lernen Sie, sich auf Italienisch zu "
            "verständigen, "
            "und erfahren nebenbei viel über Alltag und Kultur in Italien.",
        ), first=day(today, 29, TU), times=("19:45", "21:15"), fee=LANGUAGE_FEE, room="Raum 2.07", sessions=10,
            person="Paola Meyer-Rinaldi"),
        course(today, rng, "40501", "Türkisch für Anfänger", (
            "Merhaba! Ob für den Urlaub, für Gespräche mit den Nachbarn oder für die Arbeit: Sie lernen die Grundlagen "
            "der türkischen Aussprache und einfache Sätze für den Alltag.",
        ), first=day(today, 35, WE), times=("18:00", "19:30"), fee=LANGUAGE_FEE, room="Raum 2.05", sessions=10,
            person="Aylin Demirtaş"),
        course(today, rng, "40601", "Niederländisch A1", (
            "Das Nachbarland liegt nur zwei Autostunden entfernt. Niederländisch ist für Deutschsprachige schnell "
            "zugänglich – schon nach wenigen Abenden können Sie sich einfach unterhalten.",
        ), first=day(today, 42, TH), times=("19:45", "21:15"), fee=LANGUAGE_FEE, room="Raum 2.11", sessions=10,
            person="Femke de Vries-Hölscher"),
        course(today, rng, "40701", "Deutsch als Zweitsprache B1 – Intensivkurs", (
            "Dreimal wöchentlich am Vormittag bereiten Sie sich gezielt auf die B1-Prüfung vor. Schwerpunkte sind "
            "Arbeitswelt, Briefe von Behörden und freies Sprechen.",
            "Eine Kinderbetreuung kann nach Absprache organisiert werden.",
        ), first=day(today, 5, MO), times=("08:30", "12:30"), fee="kostenfrei", room="Raum 1.02", sessions=24,
            also_on=(WE, TH), until=True, person="Kerstin Upmeier",
            audience="Zugewanderte mit Deutschkenntnissen auf Niveau A2"),
        course(today, rng, "40702", "Deutsch als Zweitsprache A2 am Abend", (
            "Für Berufstätige, die abends ihr Deutsch verbessern möchten. Wir üben Gespräche am Arbeitsplatz, "
            "Telefonate und kurze E-Mails.",
        ), first=day(today, 12, TU), times=("17:30", "19:00"), fee=120.0, room="Raum 1.02", sessions=16,
            also_on=(TH,), person="Mehmet Özdemir-Lange"),
        course(today, rng, "40710", "Sprachcafé Deutsch", (
            "Einfach vorbeikommen und Deutsch sprechen: Ehrenamtliche Gesprächspartnerinnen und -partner freuen sich "
            "auf "
            "Sie. Keine Anmeldung nötig, Kinder dürfen mitgebracht werden.",
        ), first=day(today, -4, FR), times=("15:00", "16:30"), fee="kostenfrei", room="Foyer", sessions=12,
            until=True, kind="open-meeting", audience="Menschen, die Deutsch lernen"),
        course(today, rng, "40901", "Deutsche Gebärdensprache (DGS) – Grundkurs 1", (
            "Sie lernen das Fingeralphabet, erste Gebärden und die Grundzüge der Grammatik der Deutschen "
            "Gebärdensprache. Der Kursleiter ist selbst gehörlos; der Unterricht findet ohne Lautsprache statt.",
        ), first=day(today, 28, MO), times=("18:00", "19:30"), fee=98.0, room="Raum 2.03", sessions=10,
            person="Jonas Pieper"),
        course(today, rng, "40950", "Arabisch für Einsteiger", (
            "Der Kurs führt in die arabische Schrift ein und vermittelt einfache Redewendungen für den Alltag. Wir "
            "arbeiten mit modernem Hocharabisch und werfen einen Blick auf gesprochene Dialekte.",
        ), first=day(today, 36, TU), times=("18:00", "19:30"), fee=LANGUAGE_FEE, room="Raum 2.03", sessions=10,
            person="Samira Haddad"),
        course(today, rng, "40805", "Polnisch für Anfänger", (
            "Dzień dobry! Sie üben Aussprache und einfache Gespräche. Wer polnische Wurzeln, Kolleginnen oder Freunde "
            "hat, findet hier einen leichten Einstieg.",
        ), first=day(today, 57, WE), times=("19:45", "21:15"), fee=LANGUAGE_FEE, room="Raum 2.07", sessions=10,
            person="Agnieszka Brunsmann"),
    ]
    # fmt: on


def basic_education(today: date, rng: Random) -> list[DemoOffer]:
    """Programmbereich Grundbildung (kostenfrei, gefördert)."""
    computer_room = "EDV-Raum 3.02"
    # fmt: off
    return [
        course(today, rng, "60101", "Lesen und Schreiben lernen – Grundkurs", (
            "In einer kleinen Gruppe üben Sie in Ihrem Tempo Lesen und Schreiben – mit Texten aus dem Alltag wie "
            "Einkaufszetteln, Briefen und Fahrplänen. Niemand muss vor der Gruppe vorlesen.",
            "Ein vertrauliches Vorgespräch ist jederzeit möglich.",
        ), first=day(today, 7, MO), times=("09:00", "11:00"), fee="kostenfrei", room="Raum 1.06", sessions=16,
            also_on=(WE,), until=True, person="Birgit Stallmeier",
            audience="Erwachsene, die nicht sicher lesen und schreiben können"),
        course(today, rng, "60110", "Rechnen im Alltag", (
            "Preise vergleichen, Prozente verstehen, den Überblick über das Haushaltsgeld behalten: Wir frischen die "
            "Grundrechenarten auf und üben an Beispielen aus dem täglichen Leben.",
        ), first=day(today, 9, WE), times=("17:00", "18:30"), fee="kostenfrei", room="Raum 1.06", sessions=10,
            person="Birgit Stallmeier"),
        course(today, rng, "60201", "Schulabschluss nachholen – Infoabend", (
            "Hauptschulabschluss oder mittlerer Schulabschluss, am Abend oder am Vormittag: Wir stellen die Lehrgänge "
            "der VHS vor, erklären Voraussetzungen und Fördermöglichkeiten und beantworten Ihre Fragen.",
        ), first=day(today, 4), times=("18:00", "19:30"), fee="kostenfrei", room="Saal (EG)", kind="event",
            audience="Jugendliche ab 16 Jahren und Erwachsene"),
        course(today, rng, "60301", "Computer-Grundkurs: Maus, Tastatur, E-Mail", (
            "Für Menschen, die bisher kaum oder gar nicht mit dem Computer gearbeitet haben. Schritt für Schritt "
            "lernen "
            "Sie, Programme zu öffnen, Texte zu schreiben und eine E-Mail zu verschicken.",
        ), first=day(today, 18, FR), times=("09:30", "11:30"), fee="kostenfrei", room=computer_room, sessions=6,
            person="Holger Brinkmann"),
        course(today, rng, "60120", "Formulare verstehen und ausfüllen", (
            "Anträge beim Jobcenter, das Formular der Krankenkasse oder die Anmeldung im Sportverein: Wir lesen "
            "Formulare gemeinsam, klären schwierige Wörter und füllen sie Schritt für Schritt aus.",
        ), first=day(today, 43, TU), times=("17:00", "18:30"), fee="kostenfrei", room="Raum 1.06", sessions=4,
            person="Birgit Stallmeier"),
    ]
    # fmt: on
