"""Werkraum Wiesenbrück e.V., a makerspace association (SAMPLE DATA, invented people and dates).

Members write one blog post per date; a Repair-Café is a new post every month. Two posts describe a
repeating meeting (Nähmaschinen-Treff, Offene Werkstatt) whose dates are only given in the text.
"""

from __future__ import annotations

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
    day,
    nth_weekday,
    published,
    slugify,
)

WERKRAUM = Place("Werkraum Wiesenbrück", "Fabrikstraße 12", "33992", "Alte Weberei, Halle 2")
REPAIR = "kostenlos, Spende willkommen"


def post(
    today: date,
    rng: Random,
    title: str,
    text: tuple[str, ...],
    *,
    on: date,
    times: tuple[str, str],
    price: str,
    tags: tuple[str, ...],
    author: str,
    kind: str = "workshop",
    audience: str = "",
    room: str = "",
    recurrence: Recurrence | None = None,
    price_label: str = "",
    status: str = "scheduled",
) -> DemoOffer:
    """One blog post announcing a date; the tag URI and the path carry the date, as the site generator does."""
    slug = f"{slugify(title)}-{on:%Y-%m-%d}"
    posted = published(rng, on, today, 30, 5)
    return DemoOffer(
        uid=f"tag:werkraum-wiesenbrueck.example,{posted:%Y-%m-%d}:/termine/{slug}/",
        title=title,
        text=text,
        kind=kind,
        start=at(on, times[0]),
        end=at(on, times[1]),
        place=WERKRAUM.with_room(room) if room else WERKRAUM,
        recurrence=recurrence,
        price=price,
        price_label=price_label,
        categories=tags,
        audience=audience,
        person=author,
        status=status,
        path=f"werkraum/termine/{slug}/",
        published=posted,
    )


def posts(today: date, rng: Random) -> list[DemoOffer]:
    """All announced dates of the Werkraum."""
    meike, jonas, ali, karo = "Meike Strothmann", "Jonas Brinkhoff", "Ali Kaya", "Karoline Meermann"
    repair_texts = (
        "Toaster kaputt, Hose gerissen, Fahrradlicht dunkel? Unsere ehrenamtlichen Reparateurinnen und Reparateure "
        "schauen sich euer Lieblingsstück gemeinsam mit euch an. Kaffee und Kuchen gibt es auch.",
        "Im Repair-Café wird nicht weggeworfen, sondern repariert. Diesmal ist auch ein Experte für Nähmaschinen "
        "dabei.",
        "Bringt defekte Geräte, Kleidung oder Spielzeug mit – wir versuchen gemeinsam, alles wieder flottzumachen. "
        "Denkt bitte an Zubehör wie Netzteile oder Fernbedienungen.",
        "Diesmal mit einer Extra-Ecke für Fahrradreparaturen im Hof (bei trockenem Wetter).",
    )
    # fmt: off
    # One Repair-Café on the first Saturday of each month, starting with the last one before today.
    dates = [nth_weekday(today, -35, SA, 1)]
    while len(dates) < 4:
        dates.append(nth_weekday(dates[-1], 7, SA, 1))
    repair_cafes = [
        post(today, rng, "Repair-Café", (repair_texts[index], "Annahme der Reparaturen bis 16:30 Uhr."),
             on=on, times=("14:00", "17:00"), price=REPAIR,
             price_label="Repair-Café", tags=("Repair-Café", "Nachhaltigkeit"), author=karo, kind="open-meeting")
        for index, on in enumerate(dates)
    ]
    return [
        *repair_cafes,
        post(today, rng, "3D-Druck: Einführung für Neugierige", (
            "Vom 3D-Modell zum fertigen Teil: Wir zeigen, wie ein 3D-Drucker arbeitet, wie man fertige Modelle anpasst "
            "und worauf es beim Slicen ankommt. Zum Schluss druckt jede*r ein eigenes kleines Teil.",
            "Keine Vorkenntnisse nötig, ein eigener Laptop ist hilfreich.",
        ), on=day(today, 12, SA), times=("10:00", "13:00"), price="25 € inkl. Material, für Mitglieder 15 €",
            tags=("Workshop", "3D-Druck"), author=meike),
        post(today, rng, "3D-Druck: Einführung für Neugierige", (
            "Wegen der großen Nachfrage gibt es einen zweiten Termin für unsere 3D-Druck-Einführung. Inhalt wie beim "
            "letzten Mal: Modelle finden, anpassen, slicen und drucken.",
        ), on=day(today, 47, SA), times=("10:00", "13:00"), price="25 € inkl. Material, für Mitglieder 15 €",
            tags=("Workshop", "3D-Druck"), author=meike),
        post(today, rng, "3D-Konstruktion mit freier CAD-Software", (
            "Wer eigene Teile drucken will, muss sie erst konstruieren. Wir arbeiten mit einem kostenlosen "
            "CAD-Programm "
            "im Browser und entwerfen eine Halterung, einen Deckel und ein Namensschild.",
        ), on=day(today, 26, SA), times=("10:00", "15:00"), price="35 € inkl. Material, für Mitglieder 20 €",
            tags=("Workshop", "3D-Druck"), author=meike),
        post(today, rng, "Löt-Workshop für Jugendliche", (
            "Lötkolben statt Smartphone: Ihr baut ein kleines Blinklicht oder einen LED-Würfel, den ihr mit nach Hause "
            "nehmen dürft. Schutzbrillen und Werkzeug stellen wir.",
        ), on=day(today, 5, SA), times=("14:00", "17:00"), price="10 € inkl. Bausatz", tags=("Workshop", "Elektronik"),
            author=jonas, audience="Jugendliche von 12 bis 17 Jahren", room="Elektronik-Werkbank"),
        post(today, rng, "Löt-Workshop für Jugendliche: Lichtorgel", (
            "Noch einmal Lötkolben an! Diesmal baut ihr ein kleines Instrument, das Töne macht, wenn Licht darauf "
            "fällt.",
        ), on=day(today, 40, SA), times=("14:00", "17:00"), price="12 € inkl. Bausatz", tags=("Workshop", "Elektronik"),
            author=jonas, audience="Jugendliche von 12 bis 17 Jahren", room="Elektronik-Werkbank"),
        post(today, rng, "Arduino-Grundkurs an drei Abenden", (
            "An drei Abenden lernt ihr, einen Mikrocontroller zu programmieren, Sensoren auszulesen und Motoren "
            "anzusteuern. Zum Abschluss baut jede*r eine kleine Wetterstation.",
        ), on=day(today, 15, WE), times=("19:00", "21:30"), recurrence=Recurrence("WEEKLY", 3),
            price="45 € für drei Abende inkl. Starterset, für Mitglieder 30 €", tags=("Kurs", "Elektronik"),
            author=jonas, kind="course", room="Elektronik-Werkbank"),
        post(today, rng, "Lasercutter-Führerschein", (
            "Bevor jemand allein am Lasercutter arbeitet, gibt es die Einweisung: Sicherheit, Materialkunde, Dateien "
            "vorbereiten. Danach dürft ihr das Gerät zu den offenen Zeiten selbst nutzen.",
        ), on=day(today, 19, TH), times=("18:30", "21:30"), price="30 €, für Mitglieder 20 €",
            tags=("Einweisung", "Lasercutter"), author=ali, audience="ab 16 Jahren"),
        post(today, rng, "Lasercutter-Führerschein", (
            "Der nächste Termin für die Lasercutter-Einweisung. Bitte bringt eine Idee für ein eigenes kleines Projekt "
            "mit – eine Vorlage im SVG-Format ist ideal.",
        ), on=day(today, 54, TH), times=("18:30", "21:30"), price="30 €, für Mitglieder 20 €",
            tags=("Einweisung", "Lasercutter"), author=ali, audience="ab 16 Jahren"),
        post(today, rng, "Nähmaschinen-Treff", (
            "Alle zwei Wochen treffen sich Nähbegeisterte in unserer Nähecke. Ihr bringt eure Projekte mit, wir helfen "
            "beim Einfädeln, Zuschneiden und bei kniffligen Nähten.",
        ), on=day(today, 4, TU), times=("18:00", "21:00"), recurrence=Recurrence("WEEKLY", 6, interval=2),
            price="kostenlos für Mitglieder, Gäste 3 €", tags=("Treff", "Textil"), author=karo, kind="open-meeting",
            room="Nähecke"),
        post(today, rng, "Offene Werkstatt", (
            "Jeden Donnerstagabend sind Holzwerkstatt, Elektronik-Ecke und 3D-Drucker für alle geöffnet. Erfahrene "
            "Mitglieder sind vor Ort und helfen bei euren Projekten.",
        ), on=day(today, -7, TH), times=("17:00", "22:00"), recurrence=Recurrence("WEEKLY"),
            price="kostenlos für Mitglieder, Gäste 5 € pro Abend", tags=("Treff",), author=jonas, kind="open-meeting"),
        post(today, rng, "Holzwerkstatt: Schneidebrett aus Eiche", (
            "Hobeln, schleifen, ölen: Aus einem Stück Eichenholz entsteht euer eigenes Schneidebrett. Ihr lernt dabei "
            "den sicheren Umgang mit Handhobel und Bandschleifer.",
        ), on=day(today, 33, SA), times=("10:00", "14:00"), price="40 € inkl. Holz, für Mitglieder 30 €",
            tags=("Workshop", "Holz"), author=ali, room="Holzwerkstatt"),
        post(today, rng, "Einführung in die Nähmaschine", (
            "Ihr habt eine Nähmaschine geerbt und wisst nicht, wo man den Faden einlegt? In zwei Stunden lernt ihr die "
            "wichtigsten Handgriffe und näht ein kleines Kissen.",
        ), on=day(today, 9, MO), times=("18:00", "20:00"), price="15 €, für Mitglieder frei",
            tags=("Workshop", "Textil"), author=karo, room="Nähecke"),
        post(today, rng, "Plotter-Workshop: Aufkleber und T-Shirts gestalten", (
            "Mit dem Schneideplotter werden aus einer Zeichnung Aufkleber oder Bügelmotive. Bringt ein T-Shirt oder "
            "eine Stofftasche mit, die ihr gestalten möchtet.",
        ), on=day(today, 61, SA), times=("11:00", "15:00"), price="20 € inkl. Folie, für Mitglieder 12 €",
            tags=("Workshop", "Textil"), author=karo),
        post(today, rng, "Einplatinencomputer: Der eigene kleine Server", (
            "Ein Computer so groß wie eine Zigarettenschachtel als Medienserver, Werbeblocker oder Wetterstation: Wir "
            "richten ihn gemeinsam ein. Grundkenntnisse im Umgang mit der Kommandozeile helfen.",
        ), on=day(today, 22, FR), times=("18:30", "21:30"), price="20 €, für Mitglieder 10 € (Hardware auf Wunsch "
            "gegen Aufpreis)", tags=("Workshop", "Elektronik"), author=jonas, room="Elektronik-Werkbank"),
        post(today, rng, "Fahrrad-Selbsthilfewerkstatt", (
            "Schlauch flicken, Bremsen einstellen, Kette ölen: Mit unserem Werkzeug und etwas Anleitung repariert ihr "
            "euer Fahrrad selbst.",
        ), on=day(today, 3, SA), times=("11:00", "14:00"), price=REPAIR, tags=("Treff", "Fahrrad"), author=ali,
            kind="open-meeting", room="Hof"),
        post(today, rng, "Elektronik für Einsteiger: Vom Stromkreis zur Schaltung", (
            "Was ist eigentlich ein Widerstand, und warum braucht eine LED einen? Mit Steckbrett und Messgerät bauen "
            "wir einfache Schaltungen und verstehen, was darin passiert.",
        ), on=day(today, -8, SA), times=("10:00", "14:00"), price="15 € inkl. Material, für Mitglieder 8 €",
            tags=("Workshop", "Elektronik"), author=jonas, room="Elektronik-Werkbank"),
        post(today, rng, "Kinder-Werkstatt: Wir bauen ein Insektenhotel", (
            "Sägen, bohren, hämmern – und am Ende zieht vielleicht eine Wildbiene ein! Die Kinder bauen mit "
            "Unterstützung ein Insektenhotel für Garten oder Balkon.",
        ), on=day(today, 1), times=("15:00", "17:30"), price="8 € inkl. Material", tags=("Kinder", "Holz"), author=ali,
            audience="Kinder von 7 bis 12 Jahren mit einem Erwachsenen", room="Holzwerkstatt"),
        post(today, rng, "Upcycling: Aus alt mach Tasche", (
            "Aus ausrangierten Jeans, Kaffeesäcken oder Planen nähen wir robuste Taschen. Nähmaschinen sind vorhanden, "
            "Material dürft ihr gern mitbringen.",
        ), on=day(today, 68, SA), times=("10:00", "15:00"), price="10 €, für Mitglieder kostenlos",
            tags=("Workshop", "Textil", "Nachhaltigkeit"), author=karo, room="Nähecke"),
        post(today, rng, "Infoabend: Den Werkraum kennenlernen", (
            "Neugierig? Wir zeigen euch unsere Werkstätten, erklären, wie die Mitgliedschaft funktioniert, und "
            "beantworten eure Fragen. Einfach vorbeikommen.",
        ), on=day(today, 8, TU), times=("19:00", "20:30"), price="kostenlos", tags=("Verein",), author=meike,
            kind="event"),
        post(today, rng, "Gravieren mit dem Laser: Holzschilder gestalten", (
            "Ein Türschild, ein Schlüsselanhänger oder ein Brettchen mit Lieblingsspruch: Wir bereiten Motive am "
            "Rechner "
            "vor und gravieren sie in Holz.",
        ), on=day(today, 75, SA), times=("10:00", "13:00"), price="18 € inkl. Material, für Mitglieder 10 €",
            tags=("Workshop", "Lasercutter"), author=ali),
        post(today, rng, "CNC-Fräse: Einführung", (
            "Achtung, verschoben: Weil ein Ersatzteil fehlt, muss die Einführung verschoben werden. Den neuen Termin "
            "geben wir hier bekannt.",
            "Ihr lernt, Werkstücke zu spannen, Fräsbahnen am Rechner zu planen und die Maschine sicher zu bedienen.",
        ), on=day(today, 29, FR), times=("18:00", "21:00"), price="30 €, für Mitglieder 20 €",
            tags=("Einweisung", "CNC"), author=ali, status="postponed"),
        post(today, rng, "Löten für Erwachsene: Reparieren statt wegwerfen", (
            "Kabelbruch am Kopfhörer, Wackelkontakt in der Lampe: Ihr lernt, sauber zu löten und einfache Defekte "
            "selbst zu beheben. Bringt gern ein kaputtes Gerät mit.",
        ), on=day(today, 36, MO), times=("18:00", "21:00"), price="20 € inkl. Material, für Mitglieder 10 €",
            tags=("Workshop", "Elektronik"), author=jonas, room="Elektronik-Werkbank"),
    ]
    # fmt: on
