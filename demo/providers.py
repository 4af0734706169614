"""The registry of sample sources: who publishes which content through which writer (SAMPLE DATA).

To add a sample source, write its content in a ``demo/catalogue_<provider>.py`` module, add a
writer to ``demo.writers`` if its format is new, and add one ``DemoProvider`` here and one entry
in the repository's ``sources.yml`` with the same ``source_id``.
"""

from __future__ import annotations

from demo import (
    catalogue_bibliothek,
    catalogue_bildungswerk,
    catalogue_familienzentrum,
    catalogue_heimatverein,
    catalogue_kreisvhs,
    catalogue_nachbarschaft,
    catalogue_senioren,
    catalogue_turnverein,
    catalogue_vhs,
    catalogue_vhs_languages,
    catalogue_vhs_work,
    catalogue_werkraum,
    writers_csv,  # noqa: F401 - each writers_* module registers its writer
    writers_jsonld,  # noqa: F401
    writers_openqcat,  # noqa: F401
    writers_openvhs,  # noqa: F401
    writers_rpde,  # noqa: F401
    writers_tribe,  # noqa: F401
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
    DemoProvider(
        source_id="wiesenbrueck_heimatverein",
        name="Heimat- und Geschichtsverein Wiesenbrück e.V.",
        title="Veranstaltungen – Heimat- und Geschichtsverein Wiesenbrück",
        path="heimatverein/wp-json/tribe/events/v1/events",
        writer="tribe",
        sections=(catalogue_heimatverein.events,),
        options={
            # WordPress with The Events Calendar, the site installed under /heimatverein/.
            "site": "heimatverein",
            # The query of the source URL in sources.yml (the harvester asks for it; page 1 is written there too).
            "per_page": 8,
            "start_date": "2000-01-01",
            "organizer": (
                "Heimat- und Geschichtsverein Wiesenbrück e.V.",
                "05209 91 27 40",
                "info@heimatverein-wiesenbrueck.example",
            ),
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_familienzentrum",
        name="Familienzentrum Regenbogen",
        title="Angebote des Familienzentrums Regenbogen",
        path="familienzentrum/angebote/",
        writer="jsonld",
        sections=(catalogue_familienzentrum.angebote,),
        options={
            # A page of the town's CMS: listing + detail pages with schema.org JSON-LD.
            "organisation": (
                "Familienzentrum Regenbogen",
                "Am Weidenbusch 6",
                "33997",
                "05209 3301-460",
                "familienzentrum@wiesenbrueck.example",
            ),
            "registration": "familienzentrum/anmeldung/",
        },
    ),
    DemoProvider(
        source_id="kreis_vhs_auental",
        name="Kreisvolkshochschule Auental",
        title="Kurse der Kreisvolkshochschule Auental in Wiesenbrück",
        path="kreis-vhs/export/openvhs-wiesenbrueck.xml",
        writer="openvhs",
        sections=(catalogue_kreisvhs.kurse,),
        options={
            # The nightly Open-vhs 1.2 export of the course software, as sent to the DVV course finder.
            "creator_guid": "4711000815",
            "registration": "{base_url}/kreis-vhs/anmeldung/",
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_bildungswerk",
        name="Bildungswerk der Wirtschaft Wiesenbrück gGmbH",
        title="KURSNET-Katalog des Bildungswerks der Wirtschaft Wiesenbrück",
        path="bildungswerk/kursnet/katalog.xml",
        writer="openqcat",
        sections=(catalogue_bildungswerk.katalog,),
        options={
            # A course administration's openQ-cat export for KURSNET (a full NEW_CATALOG).
            "generator": "Beispiel-Kursverwaltung 7.1 (openQ-cat-Export)",
            "supplier_id": "88412",
            "address": (
                "Industriestraße 40",
                "33994",
                "+49.5209.77090",
                "info@bildungswerk-wiesenbrueck.example",
                "{base_url}/bildungswerk/",
            ),
            "contact": ("Weiterbildungsberatung", "+49.5209.770920", "beratung@bildungswerk-wiesenbrueck.example"),
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_turnverein",
        name="TV Wiesenbrück 1889 e.V.",
        title="TV Wiesenbrück 1889 – Kurse und Gruppen (OpenActive)",
        path="turnverein/openactive/session-series",
        writer="rpde",
        sections=(catalogue_turnverein.gruppen,),
        options={
            # A club booking system's OpenActive RPDE feed of SessionSeries.
            "api": "turnverein/openactive",
            "per_page": 8,
            "organizer": ("TV Wiesenbrück 1889 e.V.", "kurse@tv-wiesenbrueck.example", "05209 28 89 10"),
            "license": "https://creativecommons.org/licenses/by/4.0/",
            "deleted": (("tvw-ss-0093", 30),),  # Aquafitness: the pool closed, the series was deleted (hours ago)
        },
    ),
    DemoProvider(
        source_id="wiesenbrueck_nachbarschaft",
        name="Nachbarschaftsverein Nordfeld e.V.",
        title="Angebote des Nachbarschaftsvereins Nordfeld",
        path="nachbarschaft/angebote.csv",
        writer="csv",
        sections=(catalogue_nachbarschaft.zeilen,),
        options={
            # lernfeed's CSV template, kept in Excel by a volunteer.
            "contact": ("Nachbarschaftsverein Nordfeld e.V.", "info@nachbarschaft-nordfeld.example", "05209 44 18 20"),
        },
    ),
)
