"""The registry of sample sources: who publishes which content through which writer (SAMPLE DATA).

To add a sample source, write its content in a ``demo/catalogue_<provider>.py`` module, add a
writer to ``demo.writers`` if its format is new, and add one ``DemoProvider`` here and one entry
in the repository's ``sources.yml`` with the same ``source_id``.
"""

from __future__ import annotations

from demo import (
    catalogue_bibliothek,
    catalogue_senioren,
    catalogue_vhs,
    catalogue_vhs_languages,
    catalogue_vhs_work,
    catalogue_werkraum,
)
from demo.catalogue import SAMPLE_NOTE, DemoProvider

PROVIDERS: tuple[DemoProvider, ...] = (
    DemoProvider(
        source_id="wiesenbrueck_vhs",
        name="Volkshochschule Wiesenbrück",
        title="VHS Wiesenbrück – Programm",
        path="vhs/programm.ics",
        writer="ical",
        sections=(
            catalogue_vhs.politics,
            catalogue_vhs.culture,
            catalogue_vhs.health,
            catalogue_vhs_languages.languages,
            catalogue_vhs_work.work,
            catalogue_vhs_languages.basic_education,
        ),
        options={
            # A course-management system's export: full VTIMEZONE, folded lines, course numbers.
            "prodid": "-//Lernwerk Beispielsoftware//Kursverwaltung 8.4.2//DE",
            "description": "course_system",
            "vtimezone": True,
            "fold": True,
            "newline": "\r\n",
            "caldesc": f"{SAMPLE_NOTE} Kursprogramm der VHS Wiesenbrück als iCalendar-Export.",
            "organizer": ("Volkshochschule Wiesenbrück", "anmeldung@vhs-wiesenbrueck.example"),
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_bibliothek",
        name="Stadtbibliothek Wiesenbrück",
        title="Stadtbibliothek Wiesenbrück – Veranstaltungen",
        path="bibliothek/veranstaltungen.rss",
        writer="rss",
        sections=(catalogue_bibliothek.children, catalogue_bibliothek.adults),
        options={
            "link": "bibliothek/",
            "description": f"{SAMPLE_NOTE} Lesungen, Vorlesestunden, Workshops und digitale Hilfe.",
            "generator": "Beispiel-CMS 5.2 (Modul Veranstaltungen)",
            "event_module_every": 4,  # every 4th item also carries ev:startdate/ev:enddate/ev:location
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_werkraum",
        name="Werkraum Wiesenbrück e.V.",
        title="Werkraum Wiesenbrück e.V. – Termine & Workshops",
        path="werkraum/feed.atom",
        writer="atom",
        sections=(catalogue_werkraum.posts,),
        options={
            "link": "werkraum/",
            "subtitle": f"{SAMPLE_NOTE} Offene Werkstatt, Kurse und Repair-Café im Werkraum.",
            "feed_id": "tag:werkraum-wiesenbrueck.example,2019:/termine/",
            "generator": ("Kladde Beispielgenerator", "0.14.2"),
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_senioren",
        name="Seniorentreff Lindenhof e.V.",
        title="Seniorentreff Lindenhof – Termine",
        path="senioren/termine.ics",
        writer="ical",
        sections=(catalogue_senioren.termine,),
        options={
            # A club calendar tool: no VTIMEZONE (only TZID parameters), no folding, LF line ends.
            "prodid": "-//Beispielwerk//Vereinskalender 3.1//DE",
            "description": "plain",
            "vtimezone": False,
            "fold": False,
            "newline": "\n",
            "x_wr_timezone": "Europe/Berlin",
            "alt_desc_html": True,
            "caldesc": f"{SAMPLE_NOTE} Termine des Seniorentreffs Lindenhof für den Seniorenbeirat.",
        },
    ),
)
