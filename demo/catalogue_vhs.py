"""VHS Wiesenbrück, part 1: venues, the course builder, and the areas Politik, Kultur, Gesundheit.

SAMPLE DATA: the Volkshochschule, its teachers and its courses are invented. Course numbers follow
the usual VHS pattern ``<semester>-<area><number>`` (``252-40101``: autumn 2025, Sprachen).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from random import Random

from demo.catalogue import (
    FR,
    MO,
    RRULE_DAYS,
    SA,
    TH,
    TU,
    WE,
    DemoOffer,
    MovedSession,
    Place,
    Recurrence,
    at,
    clear_of_break,
    day,
    euro,
    in_christmas_break,
    nth_weekday,
    published,
    session_starts,
)

VHS_HAUS = Place("VHS-Haus am Mühlenteich", "Mühlenteich 4", "33990")
RATHAUS = Place("Rathaus Wiesenbrück", "Rathausplatz 1", "33990", "Ratssaal")
BUERGERHAUS = Place("Bürgerhaus Oberheide", "Kirchplatz 2", "33996", "Saal")
SPORTHALLE = Place("Sporthalle der Grundschule Lindenweg", "Lindenweg 15", "33991", "Gymnastikraum")
HALLENBAD = Place("Hallenbad Brückhorst", "Badweg 3", "33997", "Lehrschwimmbecken")
BUSBAHNHOF = Place("Busbahnhof Wiesenbrück", "Bahnhofstraße 20", "33990", "Steig 3")

#: The provider's category words (DVV programme areas as VHS software spells them).
AREAS = {
    "1": "Politik - Gesellschaft - Umwelt",
    "2": "Kultur - Gestalten",
    "3": "Gesundheit",
    "4": "Sprachen",
    "5": "Arbeit - Beruf",
    "6": "Grundbildung",
}


def semester(today: date) -> str:
    """``"252"`` for the autumn term 2025: the term that is about to start or running a month ahead."""
    ahead = today + timedelta(days=30)
    return f"{ahead.year % 100}{1 if ahead.month < 8 else 2}"


def vhs_fee(amount: float) -> str:
    """The usual VHS price line: full fee and 30 % reduction."""
    return f"{euro(amount)}, ermäßigt {euro(round(amount * 0.7, 2))}"


def _session_days(first: date, count: int, weekdays: tuple[int, ...], daily: bool) -> list[date]:
    days: list[date] = []
    current = first
    while len(days) < count:
        if daily or current.weekday() in weekdays:
            days.append(current)
        current += timedelta(days=1)
    return days


def course(
    today: date,
    rng: Random,
    number: str,
    title: str,
    text: tuple[str, ...],
    *,
    first: date,
    times: tuple[str, str],
    fee: float | str,
    place: Place = VHS_HAUS,
    room: str = "",
    sessions: int = 1,
    daily: bool = False,
    also_on: tuple[int, ...] = (),
    until: bool = False,
    skip: tuple[int, ...] = (),
    kind: str = "course",
    person: str = "",
    audience: str = "",
    categories: tuple[str, ...] = (),
    status: str = "scheduled",
    hints: tuple[str, ...] = (),
) -> DemoOffer:
    """One VHS offer: a single date, or ``sessions`` weekly (or daily) sessions from ``first``.

    ``also_on`` adds weekdays to a weekly series (Mo + Mi + Do), ``until`` ends the rule with a
    date instead of a count, and ``skip`` drops sessions by index (holidays: EXDATE).
    """
    code = f"{semester(today)}-{number}"
    weekdays = (first.weekday(), *also_on)
    if daily:
        first = clear_of_break(first, sessions)
    # Candidate dates of the rule; those in the Christmas break or in ``skip`` become EXDATEs.
    candidates = _session_days(first, sessions + len(skip) + 12, weekdays, daily)
    held, holidays, skipped = 0, [], []
    for index, candidate in enumerate(candidates):
        if held == sessions:
            candidates = candidates[:index]
            break
        if in_christmas_break(candidate):
            holidays.append(candidate)
        elif held + len(skipped) in skip:
            skipped.append(candidate)
        else:
            held += 1
    recurrence = None
    if len(candidates) > 1:
        byday = tuple(RRULE_DAYS[w] for w in sorted(weekdays)) if also_on else ()
        freq = "DAILY" if daily else "WEEKLY"
        end = {"until": candidates[-1]} if until else {"count": len(candidates)}
        recurrence = Recurrence(freq, byday=byday, **end)  # type: ignore[arg-type]
    exdates = tuple(at(d, times[0]) for d in sorted(holidays + skipped))
    if skipped:
        dropped = " und ".join(f"{d:%d.%m.}" for d in skipped)
        text = (*text, f"Am {dropped} findet wegen der Schulferien kein Kurs statt.")
    if holidays:
        text = (*text, "In den Weihnachtsferien finden keine Kurstermine statt.")
    return DemoOffer(
        uid=f"{code}@vhs-wiesenbrueck.example",
        title=title,
        text=text,
        kind=kind,
        start=at(first, times[0]),
        end=at(first, times[1]),
        place=place.with_room(room) if room else place,
        recurrence=recurrence,
        exdates=exdates,
        price=vhs_fee(fee) if isinstance(fee, float | int) else fee,
        categories=(AREAS[number[0]], *categories),
        audience=audience,
        person=person,
        status=status,
        code=code,
        path=f"vhs/kurs/{code}.html",
        published=published(rng, first, today, 90, 20),
        hints=frozenset(hints),
    )


def all_day(
    today: date, rng: Random, number: str, title: str, text: tuple[str, ...], *, on: date, fee: str, place: Place
) -> DemoOffer:
    """A day-long VHS event exported as an all-day date (DTSTART;VALUE=DATE)."""
    code = f"{semester(today)}-{number}"
    return DemoOffer(
        uid=f"{code}@vhs-wiesenbrueck.example",
        title=title,
        text=text,
        kind="excursion" if number.startswith("1") else "event",
        start=on,
        end=on,
        place=place,
        price=fee,
        categories=(AREAS[number[0]],),
        code=code,
        path=f"vhs/kurs/{code}.html",
        published=published(rng, on, today, 90, 30),
    )


def politics(today: date, rng: Random) -> list[DemoOffer]:
    """Programmbereich Politik - Gesellschaft - Umwelt."""
    # fmt: off
    cafe = course(today, rng, "10700", "Philosophisches Café: Was ist ein gutes Leben?", (
        "Einmal im Monat denken wir gemeinsam über eine große Frage nach – ohne Vorkenntnisse, dafür mit Neugier und "
        "bei einer Tasse Kaffee. Ein kurzer Impuls aus der Philosophiegeschichte eröffnet jeweils das Gespräch.",
        "Die Abende können einzeln besucht werden.",
    ), first=nth_weekday(today, 10, TH, 2), times=("19:00", "20:30"), fee="5,00 € pro Abend",
        place=BUERGERHAUS, room="Café", kind="lecture", person="Dr. Lukas Terbrüggen")
    return [
        course(today, rng, "10405", "Wie entscheidet eigentlich der Rat? Kommunalpolitik in Wiesenbrück", (
            "Wer beschließt, ob die Turnhalle saniert oder der Busfahrplan geändert wird? Der Vortrag erklärt, wie "
            "Rat, Ausschüsse und Verwaltung zusammenarbeiten und wo Bürgerinnen und Bürger mitreden können.",
            "Im Anschluss ist Zeit für Fragen an zwei Ratsmitglieder unterschiedlicher Fraktionen.",
        ), first=day(today, 9, TU), times=("19:00", "20:30"), fee="kostenfrei", place=RATHAUS, kind="lecture",
            person="Dr. Friederike Lammersmann"),
        course(today, rng, "10210", "Artenvielfalt im eigenen Garten", (
            "Schon ein Balkonkasten mit heimischen Wildstauden hilft Wildbienen und Schmetterlingen. Der Biologe "
            "zeigt, mit welchen Pflanzen und kleinen Veränderungen aus einem ordentlichen Rasen ein lebendiger "
            "Garten wird.",
        ), first=day(today, 23, TH), times=("19:00", "20:30"), fee="7,00 € (Abendkasse)", room="Saal (EG)",
            kind="lecture", person="Henning Vormbrock"),
        course(today, rng, "10501", "Erben und Vererben – was man rechtzeitig regeln sollte", (
            "Gesetzliche Erbfolge, Pflichtteil, Testament oder Erbvertrag: Eine Fachanwältin für Erbrecht gibt einen "
            "verständlichen Überblick und räumt mit verbreiteten Irrtümern auf. Eine Einzelberatung ist im Rahmen des "
            "Vortrags nicht möglich.",
        ), first=day(today, 30, WE), times=("18:30", "20:00"), fee=12.0, room="Saal (EG)", kind="lecture",
            person="Rechtsanwältin Katharina Uhlenbusch"),
        course(today, rng, "10320", "Altstadtrundgang: Vom Mühlenteich zum Marktplatz", (
            "Auf dem zweistündigen Rundgang erfahren Sie, warum Wiesenbrück einst vom Leinenhandel lebte, wo die alte "
            "Stadtmauer verlief und welche Geschichten sich um die Brückenmühle ranken.",
            "Festes Schuhwerk wird empfohlen; der Rundgang findet bei jedem Wetter statt.",
        ), first=day(today, 12, SA), times=("14:00", "16:00"), fee="8,00 €",
            place=Place("Treffpunkt: Brunnen am Markt", "Am Markt", "33990"), kind="excursion",
            person="Gerd Niehues"),
        course(today, rng, "10605", "Falschmeldungen erkennen – Desinformation im Netz", (
            "Warum verbreiten sich manche Falschmeldungen schneller als jede Richtigstellung? An zwei Abenden üben wir "
            "anhand aktueller Beispiele, Quellen zu prüfen, Bildfälschungen zu entlarven und gelassen zu reagieren, "
            "wenn in der Familiengruppe wieder ein Gerücht die Runde macht.",
        ), first=day(today, 16, MO), times=("18:30", "20:30"), fee=19.0, room="Raum 1.04", sessions=2,
            person="Jana Wübbeling"),
        course(today, rng, "10115", "Energie sparen im Haushalt", (
            "Wie viel Strom verbraucht der alte Kühlschrank wirklich, und lohnt sich ein Steckersolargerät? Der "
            "Vortrag gibt praktische Tipps, mit denen sich Heiz- und Stromkosten ohne große Anschaffungen senken "
            "lassen.",
            "In Kooperation mit der Klimaschutzstelle der Stadt Wiesenbrück.",
        ), first=today, times=("18:00", "19:30"), fee="kostenfrei", room="Saal (EG)", kind="lecture",
            person="Thomas Kemper"),
        replace(cafe, recurrence=Recurrence("MONTHLY", 4, byday=("2TH",))),
        all_day(today, rng, "10330", "Exkursion: Industriekultur im Ruhrgebiet", (
            "Eine Tagesfahrt zu Zechen, Kokereien und Arbeitersiedlungen, die heute Museen, Parks und Kulturorte sind.",
            "Abfahrt um 7:30 Uhr, Rückkehr gegen 19 Uhr; die Mittagspause geht auf eigene Kosten.",
        ), on=day(today, 40, SA), fee="49,00 € inkl. Busfahrt und Führungen", place=BUSBAHNHOF),
        course(today, rng, "10801", "Ehrenamt in Wiesenbrück – Wo kann ich mitmachen?", (
            "Vereine, Initiativen und soziale Einrichtungen stellen sich vor und suchen Verstärkung: von der "
            "Hausaufgabenhilfe bis zur Tafel. Kommen Sie ins Gespräch und finden Sie heraus, was zu Ihnen passt.",
        ), first=day(today, 37, TH), times=("17:00", "19:00"), fee="kostenfrei", room="Foyer", kind="event"),
    ]
    # fmt: on


def culture(today: date, rng: Random) -> list[DemoOffer]:
    """Programmbereich Kultur - Gestalten."""
    # fmt: off
    atelier = "Atelier 0.08"
    return [
        course(today, rng, "20110", "Aquarellmalerei für Einsteiger", (
            "Nasse Farbe auf nassem Papier, zarte Lasuren, kräftige Akzente: Sie lernen die wichtigsten Techniken der "
            "Aquarellmalerei an einfachen Motiven kennen.",
            "Eine Materialliste erhalten Sie nach der Anmeldung; für den ersten Abend wird Material gestellt.",
        ), first=day(today, 10, TU), times=("18:30", "20:45"), fee=96.0, room=atelier, sessions=8,
            person="Marlene Oevermann", audience="Erwachsene ohne Vorkenntnisse"),
        course(today, rng, "20115", "Aquarell-Wochenende: Licht und Schatten", (
            "Ein Wochenende für alle, die schon erste Erfahrungen mit Aquarell gesammelt haben. Im Mittelpunkt steht "
            "die Frage, wie man helle Stellen auf dem Papier ausspart und Schatten lebendig statt grau malt.",
        ), first=day(today, 52, SA), times=("10:00", "16:00"), fee=72.0, room=atelier, sessions=2, daily=True,
            kind="workshop", person="Marlene Oevermann"),
        course(today, rng, "20205", "Zeichnen: Menschen in Bewegung skizzieren", (
            "Mit schnellen Strichen Haltung und Bewegung festhalten: Wir zeichnen nach Modell, nach Fotos und "
            "unterwegs im Café. Ziel ist nicht das perfekte Bild, sondern ein sicherer, lockerer Strich.",
        ), first=day(today, 20, WE), times=("19:00", "21:00"), fee=64.0, room=atelier, sessions=6, skip=(2,),
            person="Ruben Dalkmann"),
        course(today, rng, "20301", "Töpfern an der Drehscheibe", (
            "Zentrieren, Aufbrechen, Hochziehen: Schritt für Schritt entstehen Becher, Schalen und kleine Vasen. Die "
            "Stücke werden im Kurs glasiert und im Elektroofen gebrannt.",
            "Bitte Kleidung mitbringen, die schmutzig werden darf.",
        ), first=day(today, 13, TH), times=("18:00", "21:00"), fee="118,00 € zzgl. Materialkosten (ca. 15 €)",
            room="Keramikwerkstatt (Nebengebäude)", sessions=6, person="Ilse Brockschmidt"),
        course(today, rng, "20305", "Töpfern für Eltern und Kinder", (
            "Gemeinsam formen Eltern und Kinder Tierfiguren, Schalen oder kleine Häuser aus Ton. Die Werkstücke werden "
            "gebrannt und können zwei Wochen später abgeholt werden.",
        ), first=day(today, 26, SA), times=("10:00", "13:00"), fee="24,00 € pro Erwachsenem mit Kind, jedes weitere "
            "Kind 8,00 €", room="Keramikwerkstatt (Nebengebäude)", kind="workshop", person="Ilse Brockschmidt",
            audience="Eltern mit Kindern von 6 bis 10 Jahren"),
        course(today, rng, "20410", "Fotografie: Die eigene Kamera verstehen", (
            "Blende, Belichtungszeit und ISO klingen technisch, sind aber schnell verstanden. Nach diesem Kurs "
            "verlassen Sie den Automatikmodus und fotografieren bewusst – mit System-, Spiegelreflex- oder "
            "Bridgekamera.",
        ), first=day(today, 5, MO), times=("19:00", "21:00"), fee=69.0, room="Raum 1.04", sessions=5,
            person="Okan Yıldırım"),
        course(today, rng, "20520", "Gitarre für Wiedereinsteiger", (
            "Die Gitarre stand jahrelang in der Ecke? In kleiner Runde frischen wir Akkorde und Schlagmuster auf und "
            "spielen bekannte Lieder aus Pop und Folk. Notenkenntnisse sind nicht nötig.",
        ), first=day(today, -9, WE), times=("18:00", "19:00"), fee=110.0, room="Musikraum 1.12", sessions=10,
            person="Benedikt Hagedorn"),
        course(today, rng, "20601", "Nähen lernen: Die erste eigene Tasche", (
            "Vom Schnitt bis zur fertigen Tasche mit Innenfutter: Sie lernen, die Nähmaschine sicher einzufädeln, "
            "gerade Nähte zu setzen und einen Reißverschluss einzunähen.",
            "Nähmaschinen sind vorhanden; eigene Geräte dürfen gern mitgebracht werden.",
        ), first=day(today, 33, TU), times=("18:30", "21:30"), fee=58.0, room="Nähwerkstatt 0.10", sessions=4,
            person="Tatjana Reimer"),
        course(today, rng, "20702", "Schreibwerkstatt: Erinnerungen aufschreiben", (
            "Geschichten aus der eigenen Kindheit, vom ersten Arbeitstag oder von der Hochzeit der Großeltern gehen "
            "leicht verloren. Mit kleinen Übungen finden Sie einen Anfang und erhalten behutsame Rückmeldungen.",
        ), first=day(today, 17, FR), times=("10:00", "12:00"), fee=54.0, room="Raum 2.03", sessions=6,
            person="Hiltrud Sandkühler", audience="Ältere Erwachsene und alle, die gern erzählen"),
        course(today, rng, "20810", "Handlettering: Schöne Buchstaben mit dem Pinselstift", (
            "Ob Geburtstagskarte, Tischkarte oder Notizbuch: Mit einem Pinselstift und etwas Übung entstehen "
            "schwungvolle Schriftzüge. Ein Übungsheft und zwei Stifte sind im Entgelt enthalten.",
        ), first=day(today, 1), times=("17:30", "20:30"), fee=29.0, room="Raum 2.11", kind="workshop",
            person="Lea Schürmann"),
        all_day(today, rng, "20900", "Tag der offenen Werkstätten", (
            "Die Kreativwerkstätten der VHS öffnen ihre Türen: Schauen Sie beim Töpfern, Nähen und Drucken über die "
            "Schulter und probieren Sie vieles selbst aus.",
            "Von 11 bis 17 Uhr, ohne Anmeldung.",
        ), on=day(today, 58, SA), fee="kostenfrei", place=VHS_HAUS),
        course(today, rng, "20350", "Linoldruck: Eigene Karten gestalten", (
            "Motiv entwerfen, in die Linolplatte schneiden und von Hand drucken – am Ende halten Sie eine kleine "
            "Auflage eigener Grußkarten in der Hand.",
        ), first=day(today, 38, SA), times=("10:00", "14:00"), fee=48.0, room=atelier, sessions=2, kind="workshop",
            person="Ruben Dalkmann"),
    ]
    # fmt: on


def health(today: date, rng: Random) -> list[DemoOffer]:
    """Programmbereich Gesundheit."""
    # fmt: off
    gym = "Bewegungsraum 0.02"
    kitchen = "Lehrküche (UG)"
    back_yoga = course(today, rng, "30102", "Yoga für einen starken Rücken", (
        "Sanfte, wirkungsvolle Übungen kräftigen die Rückenmuskulatur und machen die Wirbelsäule beweglicher. Die "
        "Übungen lassen sich leicht in den Alltag übernehmen.",
    ), first=day(today, 9, TU), times=("18:00", "19:15"), fee=85.0, room=gym, sessions=10,
        person="Sunita Brandhorst")
    # The fifth session moves to Thursday (the first held session whose Thursday is not in the break).
    fifth = next(s for s in session_starts(back_yoga)[4:] if not in_christmas_break(s.date() + timedelta(days=2)))
    moved = MovedSession(
        fifth, fifth + timedelta(days=2), fifth + timedelta(days=2, hours=1, minutes=15), BUERGERHAUS,
        "Achtung: Dieser Termin findet ausnahmsweise am Donnerstag im Bürgerhaus Oberheide statt.",
    )
    return [
        course(today, rng, "30101", "Hatha-Yoga am Abend", (
            "Körperübungen, Atemtechniken und eine ausführliche Entspannung am Ende jeder Stunde lassen den Arbeitstag "
            "hinter sich. Der Kurs ist für Einsteigerinnen und Einsteiger geeignet.",
            "Bitte bringen Sie eine Matte, eine Decke und bequeme Kleidung mit.",
        ), first=day(today, 8, MO), times=("19:30", "21:00"), fee=85.0, place=SPORTHALLE, sessions=10,
            person="Sunita Brandhorst"),
        replace(back_yoga, moved=(moved,)),
        course(today, rng, "30105", "Sanftes Yoga 60+", (
            "Yoga im eigenen Tempo: Viele Übungen werden im Sitzen oder mit dem Stuhl als Stütze ausgeführt. So "
            "bleiben die Gelenke beweglich, und das Gleichgewicht wird geschult.",
        ), first=day(today, 15, TH), times=("10:00", "11:15"), fee=68.0, place=BUERGERHAUS, sessions=8,
            person="Gisela Hünemeyer", audience="Seniorinnen und Senioren"),
        course(today, rng, "30201", "Rückenfit – Kräftigung und Entspannung", (
            "Gezielte Kräftigungsübungen für Bauch und Rücken, kombiniert mit Dehnung und kurzen Entspannungsphasen. "
            "Ideal für alle, die viel sitzen.",
        ), first=day(today, 6, WE), times=("18:30", "19:30"), fee=72.0, place=SPORTHALLE, sessions=10, skip=(3,),
            person="Maik Overbeck"),
        course(today, rng, "30202", "Rückenfit am Vormittag", (
            "Das bewährte Rückenprogramm für alle, die vormittags Zeit haben: kräftigen, mobilisieren, entspannen – in "
            "einer kleinen Gruppe mit persönlicher Anleitung.",
        ), first=day(today, 11, FR), times=("09:00", "10:00"), fee=72.0, room=gym, sessions=10,
            person="Maik Overbeck", status="cancelled", hints=("cancelled_in_title",)),
        course(today, rng, "30301", "Pilates Grundkurs", (
            "Pilates stärkt die tiefliegende Muskulatur rund um die Körpermitte und verbessert die Haltung. Wir "
            "beginnen mit den Grundprinzipien Atmung, Zentrierung und Kontrolle.",
        ), first=day(today, 14, TH), times=("19:00", "20:00"), fee=76.0, room=gym, sessions=10,
            person="Nadine Kröger"),
        course(today, rng, "30700", "Qigong am Morgen", (
            "Fließende, langsame Bewegungen nach traditioneller chinesischer Lehre bringen Ruhe und Konzentration in "
            "den Tag. Bei gutem Wetter üben wir im Freien am Mühlenteich.",
        ), first=day(today, 19, WE), times=("08:30", "09:30"), fee=60.0, room=gym, sessions=8,
            person="Wei Lin-Hartmann", status="cancelled"),
        course(today, rng, "30410", "Feierabendküche: schnell, frisch, lecker", (
            "Vier Abende, vier Themen: Pfannengerichte, Ofengemüse, Pasta und schnelle Suppen. Alle Rezepte stehen in "
            "höchstens 30 Minuten auf dem Tisch.",
            "Bitte bringen Sie eine Schürze, ein Geschirrtuch und Behälter für Reste mit.",
        ), first=day(today, 21, MO), times=("18:00", "21:00"), fee="64,00 € zzgl. Lebensmittelumlage 32,00 €",
            room=kitchen, sessions=4, person="Stefan Kuhlmann"),
        course(today, rng, "30420", "Vegetarisch kochen – mehr als Beilagen", (
            "Linsen, Bohnen, Tofu und Gemüse der Saison werden zu Hauptgerichten, bei denen niemand das Fleisch "
            "vermisst. Zum Abschluss essen wir gemeinsam.",
        ), first=day(today, 35, FR), times=("17:30", "21:30"), fee="26,00 € zzgl. 14,00 € für Lebensmittel",
            room=kitchen, kind="workshop", person="Stefan Kuhlmann"),
        course(today, rng, "30430", "Brot backen wie früher", (
            "Sauerteig ansetzen, kneten, falten, backen: Sie backen ein Roggenmischbrot, ein Dinkelvollkornbrot und "
            "Brötchen und nehmen Rezepte und etwas Sauerteig mit nach Hause.",
        ), first=day(today, 24, SA), times=("10:00", "15:00"), fee="38,00 € inkl. Zutaten", room=kitchen,
            kind="workshop", person="Hubert Rolfsmeier"),
        course(today, rng, "30440", "Syrische Küche: Gerichte zum Teilen", (
            "Hummus, Fattoush und gefüllte Weinblätter: Die Kursleiterin zeigt Gerichte aus ihrer Heimatstadt und "
            "erzählt, wie dort gemeinsam gekocht und gegessen wird.",
        ), first=day(today, 47, FR), times=("18:00", "21:30"), fee="24,00 € zzgl. 12,00 € für Lebensmittel",
            room=kitchen, kind="workshop", person="Rasha Al-Khatib"),
        course(today, rng, "30510", "Progressive Muskelentspannung", (
            "Beim bewussten An- und Entspannen einzelner Muskelgruppen lernen Sie, Anspannung wahrzunehmen und "
            "loszulassen. Die Methode ist leicht zu erlernen und hilft auch beim Einschlafen.",
            "Viele Krankenkassen bezuschussen diesen Kurs.",
        ), first=day(today, 27, MO), times=("17:00", "18:00"), fee=48.0, room=gym, sessions=6,
            person="Nadine Kröger"),
        course(today, rng, "30520", "Erste Hilfe am Kind", (
            "Was tun bei Fieberkrampf, Verschlucken oder einer Platzwunde? Sie üben Sofortmaßnahmen an Säuglings- und "
            "Kinderpuppen und gewinnen Sicherheit für den Ernstfall.",
        ), first=day(today, 31, SA), times=("09:00", "16:00"), fee="45,00 €", room="Saal (EG)", kind="workshop",
            person="Carina Tiemann", audience="Eltern, Großeltern und Tagespflegepersonen"),
        course(today, rng, "30601", "Wassergymnastik", (
            "Das Wasser trägt, schont die Gelenke und bietet zugleich Widerstand für ein wirksames Training. Auch "
            "Nichtschwimmerinnen und Nichtschwimmer können teilnehmen, das Becken ist 1,20 m tief.",
        ), first=day(today, -6, FR), times=("17:15", "18:00"), fee=79.0, place=HALLENBAD, sessions=10,
            person="Maik Overbeck"),
        course(today, rng, "30250", "Gut schlafen – was wirklich hilft", (
            "Jeder Dritte schläft schlecht. Die Schlafmedizinerin erklärt, was im Schlaf passiert, welche Schlafmittel "
            "mehr schaden als nützen und welche einfachen Regeln die Nachtruhe verbessern.",
        ), first=day(today, 3, TH), times=("19:00", "20:30"), fee="9,00 € (Abendkasse)", room="Saal (EG)",
            kind="lecture", person="Dr. med. Anja Frerichs"),
    ]
    # fmt: on
