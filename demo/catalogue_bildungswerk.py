"""Bildungswerk der Wirtschaft Wiesenbrück gGmbH: job-related training (SAMPLE DATA, invented people, places, dates).

A private education provider (*Bildungsträger*) that delivers its catalogue to KURSNET as openQ-cat. One
``DemoOffer`` is one run a citizen can sign up for; ``extra`` holds the catalogue structure: ``product_id``
(the SERVICE), ``course_id`` (the run), ``layout`` (``single``: a SERVICE with one EDUCATION; ``runs``: one
SERVICE listing its runs as ``EDUCATION type="false"``; ``base``: an undated base SERVICE and one SERVICE per
run pointing to it, the way KURSNET exporters write repeated courses) and KURSNET's fields.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random
from typing import Any

from demo.catalogue import MO, TU, DemoOffer, Place, at, clear_of_break, day, euro, published

HAUPTHAUS = Place("Bildungswerk der Wirtschaft", "Industriestraße 40", "33994", district="Nordfeld")
LOGISTIK = Place("Logistikzentrum Brückhorst, Schulungshalle", "Speicherweg 7", "33997", district="Brückhorst")
ONLINE = Place("Online", "", "", city="")


def lauf(
    today: date,
    rng: Random,
    product_id: str,
    course_id: str,
    title: str,
    text: tuple[str, ...],
    *,
    start: datetime | date,
    end: datetime | date,
    price: float,
    place: Place = HAUPTHAUS,
    layout: str = "single",
    kind: str = "course",
    capacity: int = 12,
    online: bool = False,
    **fields: Any,
) -> DemoOffer:
    """One run of a KURSNET service; ``fields`` are the service's KURSNET details (see the module docstring)."""
    first = start.date() if isinstance(start, datetime) else start
    return DemoOffer(
        uid=f"{product_id}/{course_id}" if layout == "runs" else course_id if layout == "base" else product_id,
        title=title,
        text=text,
        kind=kind,
        start=start,
        end=end,
        place=ONLINE if online else place,
        price=euro(price) if price else "kostenfrei",
        price_eur=price,
        code=fields.get("alt_pid", ""),
        path=f"bildungswerk/kurse/{product_id.lower()}/",
        published=published(rng, first, today, 120, 30),
        capacity=capacity,
        online_url="https://lernen.bildungswerk-wiesenbrueck.example/raum" if online else "",
        extra={"product_id": product_id, "course_id": course_id, "layout": layout, **fields},
    )


def _weeks(first: date, weeks: int) -> date:
    """The Friday ``weeks`` weeks after the Monday ``first`` (full-time courses run Monday to Friday)."""
    return first + timedelta(weeks=weeks, days=-3)


def katalog(today: date, rng: Random) -> list[DemoOffer]:
    """The full catalogue, one entry per run."""
    umschulung_text = (
        "In 24 Monaten lernen Sie alles, was eine Fachkraft für Lagerlogistik braucht: Wareneingang, Lagerung, "
        "Kommissionierung, Versand, Lagerverwaltungssoftware und Arbeitssicherheit.",
        "Ein betriebliches Praktikum von sechs Monaten bei Logistikbetrieben der Region ist Teil der Umschulung. Am "
        "Ende steht die Abschlussprüfung vor der IHK.",
    )
    umschulung = {
        "alt_pid": "UM-FKL",
        "degree": "Fachkraft für Lagerlogistik (IHK-Abschluss)",
        "subsidy": "Förderung mit Bildungsgutschein der Agentur für Arbeit oder des Jobcenters möglich (AZAV)",
        "instruction_form": ("1", "Vollzeit"),
        "education_type": ("109", "Umschulung"),
        "unterrichtsform": ("Präsenz",),
        "keywords": ("Lagerlogistik", "Umschulung", "IHK"),
        "target_group": "Arbeitsuchende und Berufsrückkehrende ohne abgeschlossene Berufsausbildung",
        "terms": "Hauptschulabschluss, Deutschkenntnisse mindestens B1, Beratungsgespräch",
        "date_remarks": "Vollzeit, Mo–Fr 08:00–15:15 Uhr",
        "classification": "Lager, Transport und Logistik",
    }
    stapler = {
        "alt_pid": "STAP-308",
        "degree": "Fahrausweis für Flurförderzeuge",
        "subsidy": "Bildungsgutschein",
        "instruction_form": ("6", "Blockunterricht"),
        "education_type": ("101", "Berufliche Grundqualifikation"),
        "unterrichtsform": ("Präsenz",),
        "keywords": ("Gabelstapler", "Staplerschein", "Lager"),
        "terms": "Mindestalter 18 Jahre, ärztliche Eignung",
        "classification": "Lager, Transport und Logistik",
    }
    stapler_text = (
        "Theorie und Praxis für das sichere Führen von Gabelstaplern nach DGUV Grundsatz 308-001. Nach bestandener "
        "Prüfung erhalten Sie den Fahrausweis.",
    )
    um1 = clear_of_break(day(today, 40, MO), 5)
    um2 = clear_of_break(day(today, 220, MO), 5)
    sap = clear_of_break(day(today, 21, MO), 19)
    de_b2 = clear_of_break(day(today, 14, MO), 5)
    marketing = clear_of_break(day(today, 28, MO), 5)
    aevo = day(today, 45, TU)
    excel = clear_of_break(day(today, 17, TU), 2)
    # fmt: off
    runs = [
        lauf(today, rng, "BWW-UM-FKL", "FKL-1", "Umschulung Fachkraft für Lagerlogistik (IHK)", umschulung_text,
             start=um1, end=um1 + timedelta(days=729), price=17850.0, layout="runs", capacity=16, **umschulung),
        lauf(today, rng, "BWW-UM-FKL", "FKL-2", "Umschulung Fachkraft für Lagerlogistik (IHK)", umschulung_text,
             start=um2, end=um2 + timedelta(days=729), price=17850.0, layout="runs", place=LOGISTIK, capacity=12,
             **umschulung),
        lauf(today, rng, "BWW-SAP-MM", "BWW-SAP-MM", "SAP-Grundlagen: Materialwirtschaft mit SAP S/4HANA", (
                 "Stammdaten, Bestellungen, Wareneingang und Bestandsführung: Sie arbeiten vier Wochen lang an einem "
                 "echten SAP-System und schließen mit einem Zertifikat ab. Die Kosten übernimmt bei Förderfähigkeit "
                 "die Agentur für Arbeit oder das Jobcenter mit einem Bildungsgutschein.",),
             start=at(sap, "08:30"), end=at(_weeks(sap, 4), "15:30"), price=2640.0, capacity=14,
             alt_pid="SAP-MM-4W", degree="Zertifikat SAP-Anwenderin/SAP-Anwender Materialwirtschaft",
             subsidy="Bildungsgutschein (AZAV)", instruction_form=("1", "Vollzeit"),
             education_type=("104", "Fortbildung/Qualifizierung"), unterrichtsform=("Präsenz",),
             keywords=("SAP", "Materialwirtschaft", "ERP"), terms="PC-Grundkenntnisse",
             date_remarks="Mo–Fr 08:30–15:30 Uhr, 160 Unterrichtseinheiten", classification="Einkauf und Logistik"),
        lauf(today, rng, "BWW-DE-B2", "BWW-DE-B2", "Deutsch für den Beruf B2 (Berufssprachkurs)", (
                 "Berufsbezogenes Deutsch auf dem Niveau B2: telefonieren, E-Mails und Berichte schreiben, an "
                 "Besprechungen teilnehmen, sich bewerben. Der Kurs endet mit der Prüfung telc Deutsch B2 Beruf.",),
             start=at(de_b2, "08:30"), end=at(de_b2 + timedelta(weeks=22, days=4), "12:45"), price=0.0,
             capacity=20, alt_pid="DEUFOEV-B2-2", degree="telc Deutsch B2 Beruf",
             instruction_form=("2", "Teilzeit"), education_type=("110", "Berufsbezogene Deutschsprachförderung (BAMF)"),
             unterrichtsform=("Präsenz",), keywords=("Deutsch", "Berufssprachkurs", "B2"),
             target_group="Zugewanderte mit Deutschkenntnissen auf Niveau B1",
             terms="Berechtigungsschein des BAMF oder Zulassung durch Jobcenter bzw. Agentur für Arbeit",
             date_remarks="Mo–Fr 08:30–12:45 Uhr, 400 Unterrichtseinheiten",
             price_remarks="kostenfrei für Teilnehmende mit Berechtigung", classification="Deutsch als Fremdsprache"),
        lauf(today, rng, "BWW-OM-SM", "BWW-OM-SM", "Online-Marketing und Social Media Management", (
                 "Suchmaschinenoptimierung, Google Ads, Newsletter und Social-Media-Kampagnen: Sie planen und messen "
                 "Kampagnen für ein Praxisprojekt. Der Unterricht findet live im virtuellen Klassenzimmer statt.",),
             start=at(marketing, "08:30"), end=at(_weeks(marketing, 12), "15:00"), price=6480.0, online=True,
             capacity=18, alt_pid="OM-SM-12W", degree="Zertifikat Online-Marketing-Managerin/-Manager",
             subsidy="Bildungsgutschein", instruction_form=("1", "Vollzeit"),
             execution_form=("3", "Virtuelles Klassenzimmer"),
             education_type=("104", "Fortbildung/Qualifizierung"), unterrichtsform=("Online",),
             keywords=("Online-Marketing", "Social Media", "SEO"),
             terms="Eigener Rechner mit Webcam und stabiler Internetverbindung",
             date_remarks="Mo–Fr 08:30–15:00 Uhr, live online", classification="Marketing und Werbung"),
        lauf(today, rng, "BWW-AEVO", "BWW-AEVO", "Ausbildung der Ausbilder (AEVO) – berufsbegleitend", (
                 "Sie bereiten sich an Abenden und Samstagen auf die Ausbildereignungsprüfung vor der IHK vor. Ein "
                 "Teil der Abende findet online statt.",),
             start=aevo, end=aevo + timedelta(weeks=10, days=4), price=690.0, capacity=16, alt_pid="AEVO-BB",
             degree="Ausbildereignung (IHK)", subsidy="Förderung nach dem Aufstiegs-BAföG (AFBG) möglich",
             instruction_form=("3", "Teilzeit berufsbegleitend"), execution_form=("", "Blended Learning"),
             education_type=("103", "Gesetzlich/gesetzesähnlich geregelte Fortbildung/Qualifizierung"),
             unterrichtsform=("Präsenz", "Online"), keywords=("AEVO", "Ausbilder", "IHK"),
             terms="Abgeschlossene Berufsausbildung", date_remarks="dienstags und donnerstags 18:00–21:15 Uhr, "
             "einige Samstage 08:30–15:00 Uhr", price_remarks="zzgl. IHK-Prüfungsgebühr",
             classification="Berufs- und Arbeitspädagogik"),
        lauf(today, rng, "BWW-XL-KOMPAKT", "BWW-XL-KOMPAKT", "Excel im Beruf – Kompaktseminar", (
                 "Formeln, SVERWEIS und XVERWEIS, Pivot-Tabellen und Diagramme für Berichte: zwei Tage mit "
                 "Übungsdateien aus der Praxis.",),
             start=at(excel, "09:00"), end=at(excel + timedelta(days=1), "16:00"), price=390.0,
             kind="workshop", capacity=10, alt_pid="XL-K-2T", course_type="Seminar", naive_times=True,
             instruction_form=("2", "Teilzeit"), education_type=("104", "Fortbildung/Qualifizierung"),
             unterrichtsform=("Präsenz",), keywords=("Excel", "Tabellenkalkulation"),
             classification="Bürosoftware"),
    ]
    for number, weeks_ahead in enumerate((3, 9, 15), 1):
        first = clear_of_break(day(today, 7 * weeks_ahead, MO), 3)
        runs.append(
            lauf(today, rng, "BWW-STAP", f"BWW-STAP-{first:%m%d}", "Staplerschein (DGUV Grundsatz 308-001)",
                 stapler_text, start=at(first, "08:00"), end=at(first + timedelta(days=2), "16:00"), price=395.0,
                 layout="base", capacity=8, place=LOGISTIK if number == 2 else HAUPTHAUS,
                 date_remarks="Mo–Mi 08:00–16:00 Uhr", **stapler))
    # fmt: on
    return runs
