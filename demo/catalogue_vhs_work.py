"""VHS Wiesenbrück, part 3: Arbeit - Beruf, with the digital courses and a Bildungsurlaub week.

SAMPLE DATA: invented courses. Digital courses carry a second category, as many VHS systems do.
"""

from __future__ import annotations

from datetime import date
from random import Random

from demo.catalogue import MO, ONLINE, SA, TH, TU, WE, DemoOffer, day
from demo.catalogue_vhs import course

DIGITAL = ("EDV - Digitales",)
COMPUTER_ROOM = "EDV-Raum 3.02"


def work(today: date, rng: Random) -> list[DemoOffer]:
    """Programmbereich Arbeit - Beruf."""
    # fmt: off
    return [
        course(today, rng, "50101", "Excel Grundlagen", (
            "Tabellen anlegen, Formeln eingeben, Daten sortieren und als Diagramm darstellen: Der Kurs vermittelt das "
            "Handwerkszeug für Beruf und Haushaltsbuch.",
            "Voraussetzung: sicherer Umgang mit Maus und Tastatur.",
        ), first=day(today, 8, TU), times=("18:00", "21:00"), fee=79.0, room=COMPUTER_ROOM, sessions=4,
            person="Dirk Schwentker", categories=DIGITAL),
        course(today, rng, "50102", "Excel: Pivot-Tabellen und SVERWEIS", (
            "Große Datenmengen auswerten, ohne den Überblick zu verlieren: An einem Samstag lernen Sie Pivot-Tabellen, "
            "Verweisfunktionen und bedingte Formatierung an praxisnahen Beispielen kennen.",
        ), first=day(today, 39, SA), times=("09:00", "15:00"), fee=55.0, room=COMPUTER_ROOM, kind="workshop",
            person="Dirk Schwentker", categories=DIGITAL),
        course(today, rng, "50110", "Word: Briefe und Serienbriefe", (
            "Vom normgerechten Geschäftsbrief bis zur Einladung an alle Vereinsmitglieder: Sie gestalten Vorlagen und "
            "verbinden sie mit einer Adressliste zum Serienbrief.",
        ), first=day(today, 50, WE), times=("18:00", "21:00"), fee=59.0, room=COMPUTER_ROOM, sessions=3,
            person="Dirk Schwentker", categories=DIGITAL),
        course(today, rng, "50201", "Smartphone für Senioren (Android)", (
            "Telefonieren, Nachrichten schreiben, Fotos verschicken: In ruhigem Tempo und mit viel Zeit für Fragen "
            "lernen Sie Ihr Android-Smartphone kennen.",
            "Bitte bringen Sie Ihr aufgeladenes Gerät und Ihre Zugangsdaten mit.",
        ), first=day(today, 10, MO), times=("10:00", "11:30"), fee=39.0, room="Raum 1.04", sessions=4,
            person="Holger Brinkmann", audience="Seniorinnen und Senioren", categories=DIGITAL),
        course(today, rng, "50202", "Smartphone für Senioren – Apple-Geräte", (
            "Für alle, die ein iPhone besitzen und es mit mehr Freude nutzen möchten: Einstellungen, Kamera, "
            "Kontakte und "
            "sichere Passwörter. Es wird nichts vorausgesetzt.",
        ), first=day(today, 24, WE), times=("10:00", "11:30"), fee=39.0, room="Raum 1.04", sessions=4,
            person="Holger Brinkmann", audience="Seniorinnen und Senioren", categories=DIGITAL),
        course(today, rng, "50210", "KI im Alltag: Was können Chatbots?", (
            "Texte schreiben lassen, Fragen stellen, Bilder erzeugen: Der Vortrag zeigt an Live-Beispielen, was "
            "heutige "
            "KI-Anwendungen leisten, wo sie Fehler machen und wie Sie Ihre Daten schützen.",
        ), first=day(today, 12, TH), times=("19:00", "20:30"), fee="kostenfrei", room="Saal (EG)", kind="lecture",
            person="Dr. Tobias Renneke", categories=DIGITAL),
        course(today, rng, "50211", "KI im Alltag – Praxisworkshop", (
            "Im Anschluss an den Vortrag probieren Sie selbst aus: Wie formuliere ich eine gute Anfrage, wie prüfe ich "
            "die Antworten, und wofür ist ein Chatbot gar nicht geeignet?",
            "Laptops werden gestellt.",
        ), first=day(today, 19, TH), times=("18:00", "20:30"), fee=34.0, room=COMPUTER_ROOM, sessions=2,
            kind="workshop", person="Dr. Tobias Renneke", categories=DIGITAL),
        course(today, rng, "50220", "Online-Banking sicher nutzen", (
            "Überweisungen, Daueraufträge, TAN-Verfahren: Sie lernen, Online-Banking und Banking-Apps sicher zu "
            "verwenden und betrügerische E-Mails zu erkennen.",
        ), first=day(today, -3, WE), times=("18:00", "20:00"), fee="15,00 €", room=COMPUTER_ROOM, kind="workshop",
            person="Holger Brinkmann", categories=DIGITAL),
        course(today, rng, "50230", "Digitaler Nachlass – was passiert mit meinen Konten?", (
            "E-Mail-Postfach, soziale Netzwerke, Abos: Was geschieht damit nach dem Tod? Sie erfahren, wie Sie "
            "vorsorgen und Ihren Angehörigen die Arbeit erleichtern.",
        ), first=day(today, 54, MO), times=("18:30", "20:00"), fee="8,00 €", room="Saal (EG)", kind="lecture",
            person="Rechtsanwältin Katharina Uhlenbusch", categories=DIGITAL),
        course(today, rng, "50250", "Online-Seminar: Videokonferenzen sicher leiten", (
            "Kamera, Ton, Bildschirm teilen und Kleingruppenräume: In diesem Online-Seminar lernen Ehrenamtliche aus "
            "Vereinen, Besprechungen im Netz souverän zu leiten.",
            "Die Zugangsdaten erhalten Sie nach der Anmeldung per E-Mail.",
        ), first=day(today, 6, TH), times=("19:00", "20:30"), fee="kostenfrei", place=ONLINE, kind="workshop",
            person="Jana Wübbeling", categories=DIGITAL),
        course(today, rng, "50301", "Bewerbungstraining: Unterlagen, die überzeugen", (
            "Anschreiben, Lebenslauf und Online-Bewerbung: Sie überarbeiten Ihre eigenen Unterlagen und erhalten "
            "persönliche Rückmeldung.",
            "Bitte bringen Sie Ihre aktuellen Unterlagen ausgedruckt oder auf einem USB-Stick mit.",
        ), first=day(today, 11, TU), times=("17:30", "20:00"), fee=45.0, room="Raum 1.04", sessions=3,
            person="Annette Wehmhöner", audience="Berufseinsteigende, Wiedereinsteigende und Arbeitsuchende"),
        course(today, rng, "50302", "Bewerbungstraining: Sicher ins Vorstellungsgespräch", (
            "Typische Fragen, überzeugende Antworten und ein guter erster Eindruck: In kurzen Rollenspielen mit "
            "Videofeedback üben Sie das Gespräch, bevor es ernst wird.",
        ), first=day(today, 46, SA), times=("10:00", "16:00"), fee=39.0, room="Raum 1.04", kind="workshop",
            person="Annette Wehmhöner"),
        course(today, rng, "50401", "Buchhaltung Grundlagen", (
            "Von der Belegerfassung über den Kontenrahmen bis zum Jahresabschluss: Der Kurs vermittelt die Grundlagen "
            "der doppelten Buchführung verständlich und praxisnah.",
            "Geeignet für Beschäftigte in kleinen Betrieben und für Kassenwarte von Vereinen.",
        ), first=day(today, 17, MO), times=("18:00", "21:00"), fee=165.0, room="Raum 2.09", sessions=8,
            person="Petra Hollenhorst"),
        course(today, rng, "50402", "Lohn- und Gehaltsabrechnung", (
            "Brutto, Netto, Sozialversicherung: Sie lernen Aufbau und Berechnung einer Lohnabrechnung kennen, "
            "einschließlich Minijob, Sachbezug und Urlaubsgeld.",
        ), first=day(today, 63, WE), times=("18:00", "21:00"), fee=139.0, room="Raum 2.09", sessions=6, until=True,
            person="Petra Hollenhorst"),
        course(today, rng, "50501", "Bildungsurlaub: Gelassen im Job – Resilienz und Zeitmanagement", (
            "Fünf Tage Zeit, um den eigenen Arbeitsalltag mit Abstand zu betrachten: Sie lernen Methoden zum Setzen "
            "von Prioritäten, zum Umgang mit Unterbrechungen und zum Abschalten nach Feierabend.",
            "Als Bildungsurlaub nach dem Arbeitnehmerweiterbildungsgesetz NRW anerkannt. Im Entgelt sind Getränke und "
            "ein Mittagsimbiss enthalten.",
        ), first=day(today, 70, MO), times=("09:00", "16:00"), fee=240.0, room="Raum 2.11", sessions=5, daily=True,
            kind="educational-leave", person="Christiane Wellmann",
            audience="Beschäftigte aus allen Branchen"),
        course(today, rng, "50601", "Existenzgründung: Von der Idee zum Businessplan", (
            "Sie haben eine Geschäftsidee? An diesem Tag prüfen Sie, ob sie trägt, rechnen einen ersten Finanzplan "
            "durch "
            "und erfahren, welche Beratungs- und Förderangebote es im Kreis gibt.",
        ), first=day(today, 32, SA), times=("09:30", "16:30"), fee=49.0, room="Raum 2.09", kind="workshop",
            person="Frank Osterhus"),
        course(today, rng, "50700", "Zehn-Finger-Schreiben am Computer", (
            "Blind und mit allen zehn Fingern tippen spart Zeit und schont den Nacken. Mit einer bewährten Lernmethode "
            "und kurzen Übungen für zu Hause sitzen die Buchstaben nach wenigen Wochen.",
        ), first=day(today, 25, TH), times=("17:00", "18:30"), fee=59.0, room=COMPUTER_ROOM, sessions=6,
            person="Gudrun Steinkamp", categories=DIGITAL),
    ]
    # fmt: on
