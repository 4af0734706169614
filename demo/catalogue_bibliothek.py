"""Stadtbibliothek Wiesenbrück: events for children, teens and adults (SAMPLE DATA, invented).

Each item is one date, as library CMSs publish them; a holiday programme over several days is one
item with a daily rule, which the RSS writer spells out as "Mo., 6.4. bis Fr., 10.4., jeweils ...".
"""

from __future__ import annotations

from datetime import date, timedelta
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
    published,
    slugify,
)

STABI = Place("Stadtbibliothek Wiesenbrück", "Am Markt 7", "33990")
KINDER = STABI.with_room("Kinderbibliothek")
SAAL = STABI.with_room("Veranstaltungsraum (1. OG)")
LESECAFE = STABI.with_room("Lesecafé")
MAKER = STABI.with_room("Makerspace (UG)")
OBERHEIDE = Place("Stadtteilbücherei Oberheide", "Kirchplatz 2", "33996")

FREE = "Eintritt frei"
SIGN_UP = "kostenlos, Anmeldung an der Theke erforderlich"


def event(
    today: date,
    rng: Random,
    number: int,
    title: str,
    text: str,
    *,
    on: date,
    times: tuple[str, str | None],
    place: Place,
    category: str,
    price: str = FREE,
    audience: str = "",
    days: int = 1,
    person: str = "",
    status: str = "scheduled",
    hints: tuple[str, ...] = (),
) -> DemoOffer:
    """One library event; ``days`` > 1 repeats it daily (holiday programme)."""
    on = clear_of_break(on, days) if days > 1 else on
    start, end = at(on, times[0]), at(on, times[1]) if times[1] else None
    return DemoOffer(
        uid=f"stabi-wb-termin-{number}",
        title=title,
        text=(text,),
        kind="event",
        start=start,
        end=end,
        place=place,
        recurrence=Recurrence("DAILY", until=on + timedelta(days=days - 1)) if days > 1 else None,
        price=price,
        categories=(category,),
        audience=audience,
        person=person,
        status=status,
        path=f"bibliothek/veranstaltungen/{number}-{slugify(title)}.html",
        published=published(rng, on, today, 35, 4),
        hints=frozenset(hints),
    )


def children(today: date, rng: Random) -> list[DemoOffer]:
    """Vorlesen, Bilderbuchkino, Lesestart, Makerspace and the holiday programme."""
    small = "Kinder von 4 bis 7 Jahren"
    makers = "Kinder von 8 bis 12 Jahren"
    # fmt: off
    return [
        event(today, rng, 5102, "Vorlesestunde: Der kleine Drache Funkelfeuer", "Vorlesepatinnen lesen die Geschichte "
              "vom kleinen Drachen, der einfach kein Feuer spucken kann. Danach wird gemalt und gebastelt.",
              on=day(today, 2, WE), times=("16:00", "16:45"), place=KINDER, category="Kinder", audience=small),
        event(today, rng, 5118, "Vorlesestunde: Piraten in Sicht!", "Ahoi! Heute geht es auf große Fahrt über die "
              "sieben Meere. Nach der Geschichte bauen wir kleine Schiffe aus Korken.",
              on=day(today, 9, WE), times=("16:00", "16:45"), place=KINDER, category="Kinder", audience=small),
        event(today, rng, 5131, "Vorlesestunde: Ritter, Burgen und ein mutiges Burgfräulein", "Wer sagt denn, dass nur "
              "Ritter mutig sind? Wir lesen von einem Burgfräulein, das den Drachen lieber zum Tee einlädt.",
              on=day(today, 16, WE), times=("16:00", "16:45"), place=KINDER, category="Kinder", audience=small),
        event(today, rng, 5140, "Vorlesestunde auf Türkisch und Deutsch", "Eine Geschichte, zwei Sprachen: Kinder, die "
              "Türkisch, Deutsch oder beides sprechen, sind herzlich willkommen – ihre Eltern natürlich auch.",
              on=day(today, 23, WE), times=("16:00", "16:45"), place=KINDER, category="Kinder", audience=small),
        event(today, rng, 5163, "Vorlesestunde: Freunde sind das Größte", "Eine Maus, ein Bär und ein verlorener "
              "Schal: eine Geschichte über Freundschaft zum Zuhören und Mitraten.",
              on=day(today, 30, WE), times=("16:00", "16:45"), place=KINDER, category="Kinder", audience=small),
        event(today, rng, 5166, "Vorlesestunde in Oberheide", "Auch in der Stadtteilbücherei wird wieder vorgelesen! "
              "Diesmal sind Tiergeschichten vom Bauernhof an der Reihe.",
              on=day(today, -5, TH), times=("15:30", "16:15"), place=OBERHEIDE, category="Kinder", audience=small),
        event(today, rng, 5104, "Bilderbuchkino: Die Reise der kleinen Schnecke", "Die Bilder des Buches werden groß "
              "an die Wand geworfen, während die Geschichte vorgelesen wird – fast wie im Kino.",
              on=day(today, 5, SA), times=("11:00", "11:45"), place=KINDER, category="Kinder",
              audience="Kinder ab 3 Jahren in Begleitung"),
        event(today, rng, 5125, "Bilderbuchkino: Ein Elefant im Kühlschrank", "Was macht ein Elefant im Kühlschrank? "
              "Wir finden es gemeinsam heraus – mit großen Bildern auf der Leinwand und viel Gelächter.",
              on=day(today, 19, SA), times=("11:00", "11:45"), place=KINDER, category="Kinder",
              audience="Kinder ab 3 Jahren in Begleitung", status="cancelled", hints=("cancelled_in_title",)),
        event(today, rng, 5150, "Bilderbuchkino: Der Mond hat Geburtstag", "Alle Sterne sind eingeladen, nur der Mond "
              "weiß von nichts. Eine leise, komische Geschichte für die Kleinsten, mit Bildern auf großer Leinwand.",
              on=day(today, 33, SA), times=("11:00", "11:45"), place=KINDER, category="Kinder",
              audience="Kinder ab 3 Jahren in Begleitung"),
        event(today, rng, 5170, "Lesestart-Treff für Bücherbabys", "Reime, Fingerspiele und die ersten Bilderbücher: "
              "Beim Bücherbaby-Treff entdecken die Kleinsten gemeinsam mit Mama oder Papa die Welt der Bücher.",
              on=day(today, 3, FR), times=("10:00", "10:45"), place=KINDER, category="Familie",
              audience="Babys und Kleinkinder bis 3 Jahre mit ihren Eltern"),
        event(today, rng, 5171, "Lesestart-Treff für Bücherbabys", "Einmal im Monat treffen sich Eltern mit ihren "
              "Kleinsten zum Singen, Reimen und Blättern. Krabbeldecken liegen bereit, Kinderwagen können im Foyer "
              "stehen bleiben.", on=day(today, 31, FR), times=("10:00", "10:45"), place=KINDER, category="Familie",
              audience="Babys und Kleinkinder bis 3 Jahre mit ihren Eltern"),
        event(today, rng, 5110, "Makerspace-Stunde für Kids: Mini-Computer programmieren", "Wir bringen einen kleinen "
              "Mikrocontroller zum Blinken, Piepen und Zählen – ganz ohne Vorkenntnisse. Die Plätze sind begrenzt.",
              on=day(today, 6, TH), times=("16:00", "17:30"), place=MAKER, category="Makerspace", price=SIGN_UP,
              audience=makers),
        event(today, rng, 5127, "Makerspace-Stunde für Kids: Trickfilme mit dem Tablet", "Knete, Bausteine oder "
              "Papierfiguren werden lebendig: Mit einer Stop-Motion-App dreht ihr euren eigenen kurzen Trickfilm.",
              on=day(today, 20, TH), times=("16:00", "17:30"), place=MAKER, category="Makerspace", price=SIGN_UP,
              audience=makers),
        event(today, rng, 5145, "Makerspace-Stunde für Kids: Roboter-Parcours", "Kleine Lernroboter folgen Linien, "
              "weichen Hindernissen aus und tanzen, wenn man sie richtig programmiert. Wer schafft den Parcours am "
              "schnellsten?", on=day(today, 34, TH), times=("16:00", "17:30"), place=MAKER, category="Makerspace",
              price=SIGN_UP, audience=makers),
        event(today, rng, 5158, "Makerspace-Stunde für Kids: Zeichnen mit dem 3D-Stift", "Mit dem 3D-Stift zeichnet "
              "ihr in die Luft: Aus geschmolzenem Kunststoff entstehen Schmetterlinge, Brillen oder kleine Türme.",
              on=day(today, 48, TH), times=("16:00", "17:30"), place=MAKER, category="Makerspace", price=SIGN_UP,
              audience=makers),
        event(today, rng, 5137, "Ferienprogramm: Buchdetektive auf Spurensuche", "Eine Woche lang lösen wir knifflige "
              "Rätsel, suchen versteckte Hinweise zwischen den Regalen und schreiben zum Schluss unseren eigenen "
              "Krimi.",
              on=day(today, 25, MO), times=("10:00", "12:00"), place=KINDER, category="Ferienprogramm", days=5,
              price="5 € für alle Tage, Anmeldung erforderlich", audience="Kinder von 8 bis 11 Jahren"),
        event(today, rng, 5139, "Ferienprogramm: Comic-Werkstatt", "An drei Nachmittagen entwickelt ihr Figuren, "
              "schreibt eine Geschichte und zeichnet sie als Comic. Am Ende wird alles zu einem Heft gedruckt.",
              on=day(today, 32, TU), times=("14:00", "16:30"), place=MAKER, category="Ferienprogramm", days=3,
              price=SIGN_UP, audience="Jugendliche von 11 bis 14 Jahren", person="Zeichnerin Pia Hülsmann"),
        event(today, rng, 5141, "Ferienprogramm: Bücherrallye durch die Bibliothek", "Mit Fragebogen und Stift geht es "
              "durch alle Ecken der Bibliothek. Wer alle Antworten findet, bekommt eine kleine Überraschung.",
              on=day(today, 27, WE), times=("10:30", "12:00"), place=KINDER, category="Ferienprogramm",
              price=SIGN_UP, audience="Kinder von 6 bis 10 Jahren"),
    ]
    # fmt: on


def adults(today: date, rng: Random) -> list[DemoOffer]:
    """Lesungen, Lesekreis, digital help, games evenings and talks."""
    seniors = "Seniorinnen und Senioren"
    # fmt: off
    return [
        event(today, rng, 5108, "Lesung: Henrike Ostwald liest aus „Das Haus am Kanal“", "In ihrem neuen Roman erzählt "
              "die Autorin von drei Generationen einer Schifferfamilie und einem Haus voller Geheimnisse. Im Anschluss "
              "signiert sie gern.", on=day(today, 8, FR), times=("19:30", "21:00"), place=SAAL, category="Lesungen",
              price="Eintritt: 8 €, ermäßigt 5 € (Vorverkauf an der Theke)", person="Henrike Ostwald"),
        event(today, rng, 5133, "Krimilesung: Tod am Mühlenteich", "Der Wiesenbrücker Autor schickt seine Kommissarin "
              "zum dritten Mal in die eigene Heimatstadt – und diesmal liegt die Leiche direkt unter der alten "
              "Brückenmühle. Ein Abend mit Spannung und Lokalkolorit.", on=day(today, 22, FR), times=("19:30", None),
              place=SAAL, category="Lesungen", price="Eintritt: 6 €", person="Carsten Wolbeck"),
        event(today, rng, 5152, "Lesung und Gespräch: Ankommen in einem neuen Land", "Zwei Autorinnen, die als "
              "Jugendliche nach Deutschland kamen, lesen aus ihren Erinnerungen und sprechen über Sprache, Heimat und "
              "Neuanfang.", on=day(today, 41, TU), times=("19:00", "20:30"), place=LESECAFE, category="Lesungen",
              person="Nour Al-Hassan und Jelena Kovač"),
        event(today, rng, 5160, "Poetry Slam in der Bibliothek", "Sechs Poetinnen und Poeten aus der Region, sechs "
              "Minuten pro Text, das Publikum entscheidet: ein Abend zwischen Lachen und Gänsehaut. Einlass ab 19:30 "
              "Uhr.", on=day(today, 55, SA), times=("20:00", "22:00"), place=SAAL, category="Jugendliche",
              price="Eintritt: 5 €", audience="Jugendliche und Erwachsene"),
        event(today, rng, 5120, "Lesung: Heimatgeschichten aus Oberheide", "Mitglieder des Heimatvereins lesen "
              "Anekdoten aus einem Jahrhundert Dorfleben – vom ersten Auto im Ort bis zum großen Hochwasser.",
              on=day(today, 14, MO), times=("18:00", "19:30"), place=OBERHEIDE, category="Lesungen"),
        event(today, rng, 5112, "Lesekreis am Abend", "Wir sprechen über einen Roman, den alle in den vergangenen "
              "Wochen gelesen haben. Neue Mitlesende sind willkommen; den aktuellen Titel erfahren Sie an der Theke.",
              on=day(today, 10, TU), times=("19:00", "20:30"), place=LESECAFE, category="Erwachsene"),
        event(today, rng, 5143, "Lesekreis am Abend", "Diesmal diskutieren wir einen Klassiker, der vor hundert Jahren "
              "erschienen ist. Wer nicht fertig geworden ist, darf trotzdem kommen.",
              on=day(today, 38, TU), times=("19:00", "20:30"), place=LESECAFE, category="Erwachsene"),
        event(today, rng, 5172, "Lesekreis am Abend", "Der Lesekreis wählt gemeinsam die Bücher für die nächsten "
              "Monate aus. Bringen Sie gern Vorschläge mit!",
              on=day(today, 66, TU), times=("19:00", "20:30"), place=LESECAFE, category="Erwachsene"),
        event(today, rng, 5101, "Digitale Sprechstunde", "Junge Ehrenamtliche helfen bei Fragen zu Smartphone, Tablet "
              "oder Laptop – vom E-Mail-Konto bis zur Fahrplan-App. Bringen Sie Ihr Gerät und Ihre Passwörter mit.",
              on=today, times=("10:00", "12:00"), place=LESECAFE, category="Digitales", price="kostenlos"),
        event(today, rng, 5117, "Digitale Sprechstunde", "Ob Videoanruf mit den Enkeln, Online-Termin beim Bürgerbüro "
              "oder ein Foto, das sich nicht verschicken lässt: Wir nehmen uns Zeit für Ihre Frage.",
              on=day(today, 7, SA), times=("10:00", "12:00"), place=LESECAFE, category="Digitales", price="kostenlos"),
        event(today, rng, 5135, "Digitale Sprechstunde", "Keine Frage ist zu klein: Unsere Digitalhelferinnen und "
              "-helfer erklären in Ruhe und so oft wie nötig.",
              on=day(today, 28, SA), times=("10:00", "12:00"), place=LESECAFE, category="Digitales", price="kostenlos"),
        event(today, rng, 5155, "Digitale Sprechstunde in Oberheide", "Die Sprechstunde kommt in den Stadtteil: "
              "Diesmal helfen wir in der Stadtteilbücherei Oberheide bei Fragen rund um Handy und Computer.",
              on=day(today, 42, SA), times=("10:00", "12:00"), place=OBERHEIDE, category="Digitales",
              price="kostenlos"),
        event(today, rng, 5122, "Onleihe-Einführung: E-Books ausleihen", "Mit dem Bibliotheksausweis leihen Sie rund "
              "um die Uhr E-Books, Hörbücher und Zeitschriften aus. Wir zeigen Schritt für Schritt, wie das auf "
              "Tablet, Smartphone oder E-Reader funktioniert.", on=day(today, 13, TU), times=("17:00", "18:00"),
              place=LESECAFE, category="Digitales", price=SIGN_UP),
        event(today, rng, 5157, "Onleihe-Einführung: E-Books ausleihen", "Bringen Sie Ihr Gerät und Ihren "
              "Bibliotheksausweis mit – am Ende der Stunde ist Ihr erstes E-Book ausgeliehen.",
              on=day(today, 45, TU), times=("17:00", "18:00"), place=LESECAFE, category="Digitales", price=SIGN_UP),
        event(today, rng, 5106, "Tablet-Café", "Bei Kaffee und Keksen probieren Sie unsere Leih-Tablets aus oder "
              "bringen Ihr eigenes Gerät mit. Heute geht es um Wetter-Apps und das Lesen von Nachrichten.",
              on=day(today, -10, MO), times=("15:00", "16:30"), place=LESECAFE, category="Digitales",
              audience=seniors),
        event(today, rng, 5123, "Tablet-Café", "Heute dreht sich alles um Fotos: aufnehmen, sortieren und an die "
              "Familie schicken.", on=day(today, 1), times=("15:00", "16:30"), place=LESECAFE, category="Digitales",
              audience=seniors),
        event(today, rng, 5149, "Tablet-Café", "Thema diesmal: Videotelefonie – damit das Gespräch mit den Enkeln auch "
              "klappt, wenn sie weit weg wohnen.", on=day(today, 35, MO), times=("15:00", "16:30"), place=LESECAFE,
              category="Digitales", audience=seniors),
        event(today, rng, 5114, "Spieleabend für Erwachsene", "Von schnellen Kartenspielen bis zu abendfüllenden "
              "Strategiespielen: Unser Spieleteam erklärt Neuheiten und Klassiker aus dem Bestand.",
              on=day(today, 11, FR), times=("18:30", "22:00"), place=LESECAFE, category="Erwachsene"),
        event(today, rng, 5147, "Familien-Spielenachmittag", "Ein Nachmittag voller Würfel, Karten und Gelächter für "
              "Groß und Klein. Alle Spiele können anschließend ausgeliehen werden.",
              on=day(today, 36, SA), times=("14:00", "17:00"), place=KINDER, category="Familie",
              audience="Familien mit Kindern ab 5 Jahren"),
        event(today, rng, 5128, "Sprachcafé: Deutsch sprechen in gemütlicher Runde", "Über Alltag, Bücher und das "
              "Leben in Wiesenbrück ins Gespräch kommen: Das Sprachcafé ist offen für alle Niveaus, ohne Anmeldung.",
              on=day(today, 12, WE), times=("17:00", "18:30"), place=LESECAFE, category="Erwachsene",
              audience="Menschen, die Deutsch lernen"),
        event(today, rng, 5165, "Schreibwerkstatt für Jugendliche", "Ihr schreibt gern, wisst aber nicht, wie ihr "
              "anfangen sollt? Die Autorin zeigt Kniffe für spannende Anfänge und glaubwürdige Figuren – und ihr "
              "probiert sie gleich aus.", on=day(today, 26, FR), times=("15:30", "17:30"), place=LESECAFE,
              category="Jugendliche", price=SIGN_UP, audience="Jugendliche von 12 bis 16 Jahren",
              person="Mareike Tenbusch"),
        event(today, rng, 5132, "Vortrag: Familienforschung – den eigenen Vorfahren auf der Spur", "Kirchenbücher, "
              "Standesamtsregister, Online-Datenbanken: Wo beginnt man mit der Suche nach den Vorfahren, und wie "
              "entziffert man alte Handschriften?", on=day(today, 21, MO), times=("18:30", "20:00"), place=SAAL,
              category="Erwachsene", price="Eintritt: 3 €", person="Dr. Wilfried Schlüter"),
        event(today, rng, 5159, "Bewerbungsmappen-Check", "Ehrenamtliche aus Personalabteilungen sehen sich eure "
              "Bewerbung an und geben Tipps. Bitte bringt eure Unterlagen ausgedruckt mit.",
              on=day(today, 47, WE), times=("16:00", "18:00"), place=LESECAFE, category="Jugendliche",
              price="kostenlos", audience="Schülerinnen und Schüler ab Klasse 9"),
        event(today, rng, 5174, "Podcast-Werkstatt für Jugendliche", "Mikrofon an, Aufnahme läuft: An einem Samstag "
              "plant, produziert und schneidet ihr eure erste eigene Podcastfolge. Die Technik ist vorhanden.",
              on=day(today, 52, SA), times=("11:00", "15:00"), place=MAKER, category="Jugendliche", price=SIGN_UP,
              audience="Jugendliche von 13 bis 17 Jahren"),
    ]
    # fmt: on
