"""The columns of lernfeed's template (CSV and JSON): one table that the parser, docs/partners.md and the
downloadable templates under publish/static/ share.

``python -m harvester.formats.template_columns`` prints the Markdown table for docs/partners.md; a test checks
that the docs and the templates agree with ``COLUMNS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.vocab import Funding


@dataclass(frozen=True)
class Column:
    """One column of the template (a key of the JSON form)."""

    name: str  # the English name
    german: str  # the German name used in the downloadable CSV template
    aliases: tuple[str, ...]  # further names accepted
    need: str  # required | recommended | optional
    example: str
    valid: str  # what is valid, for docs/partners.md


COLUMNS: tuple[Column, ...] = (
    Column(
        "id",
        "ID",
        ("kennung",),
        "recommended",
        "2025-017",
        "Your own key for the offer. Keep it when you edit the row, so the offer is updated, not duplicated.",
    ),
    Column("title", "Titel", (), "required", "Nähcafé für Einsteiger", "Text, at most 500 characters."),
    Column("subtitle", "Untertitel", (), "optional", "Mit eigener Maschine", "Text."),
    Column(
        "description",
        "Beschreibung",
        ("text",),
        "recommended",
        "Wir zeigen Grundstiche …",
        "Plain text; line breaks are fine inside quotes. HTML is removed.",
    ),
    Column(
        "start",
        "Beginn",
        ("datum", "startdatum"),
        "recommended",
        "12.03.2025 18:00",
        "`12.03.2025 18:00`, `12.03.2025` (all day) or ISO `2025-03-12T18:00`; local time.",
    ),
    Column(
        "end",
        "Ende",
        ("enddatum",),
        "optional",
        "12.03.2025 19:30",
        "Same forms as `start`; a time alone (`19:30`) is on the start's day.",
    ),
    Column(
        "sessions",
        "Termine",
        (),
        "optional",
        "12.03.2025 18:00-19:30; 19.03.2025 18:00-19:30",
        "Several dates, separated by `;` or line breaks, each `date time-time` or `date time`.",
    ),
    Column(
        "schedule_text",
        "Zeiten",
        ("zeitangabe",),
        "optional",
        "dienstags 18:00-19:30 Uhr, 6 Termine",
        "Your own words about when; read when `start` is empty.",
    ),
    Column(
        "place_name",
        "Ort",
        ("veranstaltungsort", "location"),
        "recommended",
        "Stadtteilbibliothek Nord",
        "Name of the venue, or a whole address line.",
    ),
    Column("room", "Raum", (), "optional", "Raum 2", "Text."),
    Column("street", "Straße", (), "recommended", "Lindenweg 4", "Street and number."),
    Column("postal_code", "PLZ", ("postleitzahl",), "recommended", "37991", "Five digits."),
    Column("locality", "Stadt", ("gemeinde",), "recommended", "Lindenau", "Town or city."),
    Column("district", "Stadtteil", ("ortsteil",), "optional", "Nordhafen", "Text."),
    Column("online", "Online", (), "optional", "nein", "`ja`/`nein`, `hybrid`, or the link to the online room."),
    Column("online_url", "Online-Link", ("zugangslink",), "optional", "https://meet.example/naehcafe", "http(s) link."),
    Column(
        "price",
        "Preis",
        ("kosten", "gebuehr"),
        "recommended",
        "8,00 €",
        "An amount (`8`, `8,00`, `8,00 €`) or words (`kostenlos`, `Spende erbeten`).",
    ),
    Column(
        "price_reduced",
        "Ermäßigt",
        ("preis_ermaessigt",),
        "optional",
        "5,00 €",
        "The reduced price, same forms as `price`.",
    ),
    Column("is_free", "Kostenlos", ("kostenfrei", "free"), "optional", "nein", "`ja`/`nein` (also `x`, `1`, `true`)."),
    Column(
        "audiences",
        "Zielgruppe",
        (),
        "optional",
        "Erwachsene, Einsteiger",
        "Words such as Kinder, Jugendliche, Familien, Senioren, Erwachsene.",
    ),
    Column("age", "Alter", (), "optional", "8-12", "`8-12`, `ab 6`, `6+` or `bis 10` (years)."),
    Column(
        "category",
        "Kategorie",
        ("bereich",),
        "optional",
        "Kultur und Gestalten",
        "Your own category words; we map them to the portal's areas.",
    ),
    Column("keywords", "Schlagworte", ("stichworte",), "optional", "Nähen, Handarbeit", "Comma-separated words."),
    Column(
        "kind",
        "Art",
        ("veranstaltungsart",),
        "optional",
        "Workshop",
        "Kurs, Vortrag, Workshop, Exkursion, Beratung, offener Treff …",
    ),
    Column("level", "Niveau", ("stufe",), "optional", "A2", "Free text, or a CEFR level for language courses."),
    Column(
        "language",
        "Sprache",
        (),
        "optional",
        "Deutsch",
        "Language of instruction: a name (Deutsch, Englisch) or code (de, en); several comma-separated.",
    ),
    Column(
        "wheelchair",
        "Barrierefrei",
        ("rollstuhlgerecht",),
        "optional",
        "ja",
        "`ja`/`nein`, or words (`Aufzug, kein WC`) kept as a note.",
    ),
    Column(
        "registration_url",
        "Anmeldung",
        ("anmeldelink",),
        "optional",
        "https://verein.example/anmelden",
        "http(s) link or e-mail address; other words go to the description.",
    ),
    Column("registration_deadline", "Anmeldeschluss", (), "optional", "10.03.2025", "Same forms as `start`."),
    Column("capacity", "Plätze", ("teilnehmerzahl", "max_teilnehmer"), "optional", "8", "A whole number."),
    Column("status", "Status", (), "optional", "", "Empty, or `abgesagt`, `verschoben`, `ausgebucht`."),
    Column(
        "url",
        "Link",
        ("webseite", "website"),
        "optional",
        "https://verein.example/naehcafe",
        "http(s) link to the offer's page.",
    ),
    Column("course_code", "Kursnummer", ("kursnr",), "optional", "N-25-03", "Your course number."),
    Column("organizer", "Veranstalter", (), "optional", "Nähwerkstatt Lindenau e. V.", "Name."),
    Column(
        "organizer_email", "E-Mail", ("email", "kontakt_email"), "optional", "info@verein.example", "E-mail address."
    ),
    Column("organizer_phone", "Telefon", (), "optional", "05599 1234", "Phone number."),
    Column(
        "image_url",
        "Bild",
        ("bild_url",),
        "optional",
        "https://verein.example/naehcafe.jpg",
        "http(s) link to an image you may publish.",
    ),
    Column(
        "funding",
        "Förderung",
        (),
        "optional",
        "bildungsurlaub-nrw",
        "Codes: " + ", ".join(f"`{f.value}`" for f in Funding) + ".",
    ),
)

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold_key(name: str) -> str:
    """A header or JSON key folded for matching: 'Straße' -> 'strasse', 'Kurs-Nr.' -> 'kurs_nr'."""
    folded = re.sub(r"\(.*?\)", "", name.replace("\ufeff", "")).strip().lower().translate(_FOLD)
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


BY_KEY: dict[str, Column] = {}
for _column in COLUMNS:
    for _name in (_column.name, _column.german, *_column.aliases):
        BY_KEY.setdefault(fold_key(_name), _column)


def column_name(key: str) -> str:
    """The English column name of a header or key, or the folded key itself when unknown."""
    column = BY_KEY.get(fold_key(key))
    return column.name if column else fold_key(key)


def columns_markdown() -> str:
    """The template's columns as the Markdown table in docs/partners.md."""
    lines = ["| Column | German name | Needed | Example | What is valid |", "|---|---|---|---|---|"]
    for c in COLUMNS:
        german = ", ".join(f"`{name}`" for name in (c.german, *c.aliases) if fold_key(name) != fold_key(c.name))
        example = f"`{c.example}`" if c.example else ""
        lines.append(f"| `{c.name}` | {german} | {c.need} | {example} | {c.valid} |".replace("  ", " "))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m harvester.formats.template_columns: print the table for docs/partners.md
    print(columns_markdown(), end="")
