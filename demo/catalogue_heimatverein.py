"""Heimat- und Geschichtsverein Wiesenbrück e.V. (SAMPLE DATA, invented people, places and dates).

The association runs a WordPress site with The Events Calendar: every date is a post of its own
(a monthly Archivnachmittag is several posts with the same title), with one venue, one organizer,
a category and tags. ``extra["post_id"]`` is the WordPress post id, ``extra["tags"]`` the tags.
"""

from __future__ import annotations

from datetime import date
from random import Random

from demo.catalogue import FR, SA, SU, TH, TU, WE, DemoOffer, Place, at, day, nth_weekday, published, slugify

HEIMATHAUS = Place("Heimathaus Alte Küsterei", "Kirchstraße 5", "33990", district="Altstadt", lat=51.9031, lon=8.3874)
MARKT = Place("Treffpunkt Brunnen am Markt", "Am Markt", "33990", district="Altstadt", lat=51.9027, lon=8.3861)
BUERGERHAUS = Place("Bürgerhaus Oberheide", "Kirchplatz 2", "33996", district="Oberheide", lat=51.9166, lon=8.4012)
FRIEDHOF = Place("Alter Friedhof, Haupttor", "Friedhofsweg 1", "33991", lat=51.8989, lon=8.3902)
MUEHLE = Place("Wassermühle Brückhorst", "Mühlenweg 9", "33997", district="Brückhorst", lat=51.8912, lon=8.3768)
BAHNHOF = Place("Bahnhof Wiesenbrück, Vorplatz", "Bahnhofstraße 20", "33990", lat=51.9001, lon=8.3822)
ONLINE_VENUE = Place("Online", "", "", city="")

FUEHRUNGEN, VORTRAEGE, ARCHIV, EXKURSIONEN, VEREIN = "Führungen", "Vorträge", "Archiv", "Exkursionen", "Vereinsleben"


def event(
    today: date,
    rng: Random,
    post_id: int,
    title: str,
    text: tuple[str, ...],
    *,
    on: date,
    times: tuple[str, str] | None,
    place: Place,
    category: str,
    tags: tuple[str, ...],
    price: str = "",
    amounts: tuple[float, ...] = (),
    kind: str = "event",
    person: str = "",
    online_url: str = "",
    last_day: date | None = None,
) -> DemoOffer:
    """One event post; ``times=None`` is an all-day event (until ``last_day``)."""
    slug = slugify(title)
    return DemoOffer(
        uid=str(post_id),
        title=title,
        text=text,
        kind=kind,
        start=at(on, times[0]) if times else on,
        end=at(on, times[1]) if times else (last_day or on),
        place=place,
        price=price,
        price_eur=amounts[0] if amounts else None,
        reduced_eur=amounts[1] if len(amounts) > 1 else None,
        categories=(category,),
        person=person,
        path=f"heimatverein/veranstaltung/{slug}-{on:%Y-%m-%d}/",
        published=published(rng, on, today, 70, 8),
        online_url=online_url,
        extra={"post_id": post_id, "tags": tags, "slug": f"{slug}-{on:%Y-%m-%d}"},
    )


def events(today: date, rng: Random) -> list[DemoOffer]:
    """The association's calendar, sorted by start as the API returns it."""
    gerda, horst, ilka = "Gerda Obermeier", "Horst Tiemann", "Dr. Ilka Brandhorst"
    # fmt: off
    found = [
        event(today, rng, 4102, "Stadtführung: Wiesenbrück im Mittelalter", (
            "Vom Marktbrunnen über die Kirchstraße bis zum ehemaligen Brückentor: Auf dem zweistündigen Rundgang "
            "erzählt Gerda Obermeier, wie die kleine Ackerbürgerstadt an der Furt entstand.",
            "Festes Schuhwerk wird empfohlen. Die Führung findet bei jedem Wetter statt."),
            on=day(today, 5, SA), times=("14:00", "16:00"), place=MARKT, category=FUEHRUNGEN,
            tags=("Stadtgeschichte", "Altstadt"), price="5 €", amounts=(5,), kind="excursion", person=gerda),
        event(today, rng, 4107, "Vortrag – Die Leinenweberei in Wiesenbrück 1850–1970", (
            "Über hundert Jahre prägten Webstühle das Leben in Wiesenbrück. Dr. Ilka Brandhorst zeigt Fotos, "
            "Lohnbücher und Erinnerungen ehemaliger Weberinnen aus dem Vereinsarchiv.",
            "Eintritt frei – um eine Spende für das Archiv wird gebeten."),
            on=day(today, 10, TH), times=("19:30", "21:00"), place=HEIMATHAUS.with_room("Saal"),
            category=VORTRAEGE, tags=("Industriegeschichte", "Weberei"), price="Eintritt frei", amounts=(0,),
            kind="lecture", person=ilka),
        event(today, rng, 4110, "Archivnachmittag: Hilfe bei der Familienforschung", (
            "Das Vereinsarchiv ist geöffnet: Wir helfen beim Lesen alter Kirchenbücher, Adressbücher und "
            "Sterbebilder und zeigen, welche Quellen es für Wiesenbrück gibt.",
            "Ohne Anmeldung; bringen Sie gern eigene Unterlagen mit."),
            on=nth_weekday(today, 0, WE, 1), times=("15:00", "18:00"), place=HEIMATHAUS.with_room("Archiv, 1. OG"),
            category=ARCHIV, tags=("Familienforschung", "Archiv"), price="kostenlos", amounts=(0,),
            kind="open-meeting", person=horst),
        event(today, rng, 4111, "Archivnachmittag: Hilfe bei der Familienforschung", (
            "Das Vereinsarchiv ist geöffnet: Wir helfen beim Lesen alter Kirchenbücher, Adressbücher und "
            "Sterbebilder und zeigen, welche Quellen es für Wiesenbrück gibt.",
            "Ohne Anmeldung; bringen Sie gern eigene Unterlagen mit."),
            on=nth_weekday(today, 29, WE, 1), times=("15:00", "18:00"), place=HEIMATHAUS.with_room("Archiv, 1. OG"),
            category=ARCHIV, tags=("Familienforschung", "Archiv"), price="kostenlos", amounts=(0,),
            kind="open-meeting", person=horst),
        event(today, rng, 4115, "Nachtwächterführung durch die Altstadt", (
            "Mit Laterne und Hellebarde zieht der Nachtwächter durch die Gassen und erzählt von Feuersbrünsten, "
            "Stadtrechten und dem Leben hinter den Fachwerkfassaden.",
            "Für Familien mit Kindern ab 8 Jahren geeignet."),
            on=day(today, 12, FR), times=("19:00", "20:30"), place=MARKT, category=FUEHRUNGEN,
            tags=("Altstadt", "Familien"), price="8 € (Kinder 4 €)", amounts=(8, 4), kind="excursion"),
        event(today, rng, 4118, "Workshop: Sütterlin und Kurrent lesen lernen", (
            "Briefe der Großeltern, Feldpost, Poesiealben: Wir üben an Beispielen aus dem Archiv, die alten "
            "deutschen Schriften zu entziffern. Schreibzeug und Übungsblätter liegen bereit.",
            "Begrenzte Teilnehmerzahl, bitte bis drei Tage vorher anmelden."),
            on=day(today, 19, SA), times=("10:00", "13:00"), place=HEIMATHAUS.with_room("Saal"), category=ARCHIV,
            tags=("Schrift", "Familienforschung"), price="12 €", amounts=(12,), kind="workshop", person=horst),
        event(today, rng, 4121, "Erzählcafé: Wiesenbrück in den 1960er-Jahren", (
            "Wer erinnert sich an das Kino am Markt, die Kirmes auf der Bleiche oder den Bau der Umgehungsstraße? "
            "Bei Kaffee und Kuchen erzählen wir, hören zu und schauen alte Fotos an.",
            "Bringen Sie gern eigene Fotos mit – wir scannen sie für das Archiv."),
            on=day(today, 15, TU), times=("15:00", "17:00"), place=HEIMATHAUS.with_room("Saal"), category=VEREIN,
            tags=("Zeitzeugen", "Fotos"), price="Kaffee und Kuchen 3 €", amounts=(3,), kind="open-meeting"),
        event(today, rng, 4124, "Online-Vortrag: Feldpostbriefe erzählen", (
            "Zwei Brüder aus Oberheide schrieben sich 1914 bis 1918 über hundert Briefe. Horst Tiemann liest "
            "Auszüge und ordnet sie ein. Der Vortrag findet als Videokonferenz statt; den Link finden Sie "
            "rechtzeitig auf dieser Seite.",),
            on=day(today, 22, WE), times=("19:00", "20:15"), place=ONLINE_VENUE, category=VORTRAEGE,
            tags=("Erster Weltkrieg", "Briefe"), price="kostenlos", amounts=(0,), kind="lecture", person=horst,
            online_url="https://konferenz.heimatverein-wiesenbrueck.example/b/feldpost"),
        event(today, rng, 4127, "Buchvorstellung: Chronik des Ortsteils Oberheide", (
            "Drei Jahre lang hat der Arbeitskreis Oberheide Urkunden, Fotos und Erinnerungen gesammelt. Nun ist die "
            "Chronik erschienen – wir stellen sie mit Lesungen und Bildern vor.",
            "Im Anschluss kann das Buch zum Vereinspreis erworben werden."),
            on=day(today, 26, FR), times=("19:00", "21:00"), place=BUERGERHAUS.with_room("Saal"),
            category=VORTRAEGE, tags=("Oberheide", "Chronik"), price="Eintritt frei", amounts=(0,), kind="lecture"),
        event(today, rng, 4130, "Führung über den Alten Friedhof", (
            "Grabsteine erzählen Stadtgeschichte: Fabrikanten, Bürgermeister, eine Hebamme und ein Zirkusdirektor "
            "liegen hier. Die Führung folgt den Spuren bekannter und vergessener Wiesenbrücker.",),
            on=day(today, 34, SU), times=("15:00", "16:30"), place=FRIEDHOF, category=FUEHRUNGEN,
            tags=("Friedhof", "Personen"), price="Spende erbeten", kind="excursion", person=gerda),
        event(today, rng, 4133, "Vortrag: Straßennamen erzählen Geschichte", (
            "Warum heißt die Bleiche Bleiche und wer war Sophie Lammers? Der Vortrag erklärt, woher Wiesenbrücks "
            "Straßennamen kommen – und welche im Lauf der Zeit umbenannt wurden.",),
            on=day(today, 38, TH), times=("19:30", "21:00"), place=HEIMATHAUS.with_room("Saal"), category=VORTRAEGE,
            tags=("Straßennamen", "Stadtgeschichte"), price="3 €, Mitglieder frei", amounts=(3,), kind="lecture",
            person=ilka),
        event(today, rng, 4136, "Tag des offenen Archivs", (
            "Einmal im Jahr öffnen wir alle Räume der Alten Küsterei: Führungen durch das Magazin um 11, 13 und 15 "
            "Uhr, Fotoausstellung, Beratung zur Familienforschung und ein Büchertisch.",
            "Eintritt frei, für Kaffee und Waffeln ist gesorgt."),
            on=day(today, 41, SA), times=None, place=HEIMATHAUS, category=ARCHIV, tags=("Archiv", "Ausstellung"),
            price="Eintritt frei", amounts=(0,)),
        event(today, rng, 4139, "Stadtführung: Brücken, Mühlen und der Mühlenteich", (
            "Der Spaziergang führt an der Aue entlang zu den Resten von drei Mühlen und zur alten Steinbrücke, die "
            "der Stadt ihren Namen gab. Ende an der Wassermühle Brückhorst.",),
            on=day(today, 47, SU), times=("11:00", "13:00"), place=MARKT, category=FUEHRUNGEN,
            tags=("Mühlen", "Aue"), price="5 €", amounts=(5,), kind="excursion", person=gerda),
        event(today, rng, 4142, "Exkursion: Mit dem Rad entlang der alten Kleinbahn", (
            "Von 1901 bis 1962 fuhr die Kleinbahn von Wiesenbrück nach Haldenstein. Wir radeln auf der alten Trasse, "
            "besuchen zwei Bahnhofsgebäude und picknicken am ehemaligen Lokschuppen.",
            "Etwa 35 km, überwiegend flach. Eigenes Fahrrad und Verpflegung mitbringen."),
            on=day(today, 55, SA), times=("10:00", "16:00"), place=BAHNHOF, category=EXKURSIONEN,
            tags=("Eisenbahn", "Radtour"), price="kostenlos", amounts=(0,), kind="excursion"),
        event(today, rng, 4145, "Kinderführung: Wie lebten Kinder vor hundert Jahren?", (
            "Schiefertafel, Griffel und Plumpsklo: Im Heimathaus probieren Kinder aus, wie ihre Urgroßeltern "
            "gelernt und gespielt haben. Für Kinder von 6 bis 10 Jahren.",),
            on=day(today, 61, WE), times=("15:00", "16:30"), place=HEIMATHAUS, category=FUEHRUNGEN,
            tags=("Kinder", "Schule"), price="3 €", amounts=(3,), kind="workshop"),
        event(today, rng, 4148, "Tagesfahrt zum Kloster Marienfried", (
            "Mit dem Bus zum Kloster Marienfried: Führung durch Kreuzgang und Klostergarten, Mittagessen im "
            "Klosterkrug, danach Besuch der Klosterbibliothek.",
            "Abfahrt 8:30 Uhr am Bahnhof, Rückkehr gegen 18 Uhr. Anmeldung im Heimathaus."),
            on=day(today, 68, SA), times=("08:30", "18:00"), place=BAHNHOF, category=EXKURSIONEN,
            tags=("Kloster", "Tagesfahrt"), price="39 € inkl. Busfahrt, Führung und Mittagessen", amounts=(39,),
            kind="excursion"),
        event(today, rng, 4151, "Vortrag: Das Hochwasser von 1946", (
            "Im Februar 1946 stand die Unterstadt zwei Meter unter Wasser. Mit Fotos, Zeitungsberichten und "
            "Erinnerungen von Zeitzeugen zeichnen wir die Tage der Flut nach.",),
            on=day(today, 75, TH), times=("19:30", "21:00"), place=HEIMATHAUS.with_room("Saal"), category=VORTRAEGE,
            tags=("Hochwasser", "Nachkriegszeit"), price="Eintritt frei", amounts=(0,), kind="lecture"),
        event(today, rng, 4096, "Stadtführung: Wiesenbrück im Mittelalter", (
            "Vom Marktbrunnen über die Kirchstraße bis zum ehemaligen Brückentor: Auf dem zweistündigen Rundgang "
            "erzählt Gerda Obermeier, wie die kleine Ackerbürgerstadt an der Furt entstand.",),
            on=day(today, -9, SA), times=("14:00", "16:00"), place=MARKT, category=FUEHRUNGEN,
            tags=("Stadtgeschichte", "Altstadt"), price="5 €", amounts=(5,), kind="excursion", person=gerda),
        event(today, rng, 4099, "Mühlentag in Brückhorst", (
            "Die restaurierte Wassermühle mahlt wieder: Vorführungen zu jeder vollen Stunde, Brot aus dem Backhaus "
            "und eine kleine Ausstellung zur Geschichte der Müllerei an der Aue.",),
            on=day(today, -3, SU), times=("11:00", "17:00"), place=MUEHLE, category=VEREIN,
            tags=("Mühlen", "Brückhorst"), price="kostenlos", amounts=(0,)),
    ]
    # fmt: on
    return sorted(found, key=lambda offer: (offer.start.isoformat(), offer.uid))
