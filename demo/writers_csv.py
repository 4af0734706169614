"""lernfeed's CSV template as a small association fills it in Excel (SAMPLE DATA).

Saved with Excel's "CSV UTF-8 (durch Trennzeichen getrennt)": a byte order mark, semicolons, CRLF line ends,
quotes only where a cell holds a semicolon, a quote or a line break (Alt+Enter). Above the header the
volunteer keeps a title line (padded with separators to the sheet's width) that says the file is sample
data; the columns are the German names of the template (docs/partners.md), with those the association
never needs deleted. Dates as ``12.03.2025 18:00``, an ``Ende`` with only a time, ``Termine`` lists
separated by ``; `` or by line breaks, words in ``Zeiten``, ``Preis`` as words or amounts, and an empty
row at the end.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from demo.catalogue import SAMPLE_NOTE, DemoOffer, DemoProvider, session_starts
from demo.writers import WriteContext, writer

COLUMNS = (
    "ID", "Titel", "Beschreibung", "Beginn", "Ende", "Termine", "Zeiten", "Ort", "Raum", "Straße", "PLZ", "Stadt",
    "Stadtteil", "Preis", "Kostenlos", "Zielgruppe", "Alter", "Kategorie", "Art", "Sprache", "Anmeldung", "Link",
    "Veranstalter", "E-Mail", "Telefon",
)  # fmt: skip


def _termine(offer: DemoOffer, separator: str) -> str:
    assert isinstance(offer.end, datetime)
    items = [f"{start:%d.%m.%Y %H:%M}-{offer.end:%H:%M}" for start in session_starts(offer)]
    return separator.join(items)


def _row(offer: DemoOffer, provider: DemoProvider) -> list[str]:
    extra = offer.extra
    place = offer.place
    assert place is not None and isinstance(offer.start, datetime) and isinstance(offer.end, datetime)
    name, email, phone = provider.options["contact"]
    dates = extra.get("dates", "single")
    free = offer.price_eur == 0 and not extra.get("price_in_words")  # else "kostenlos" typed into Preis
    cells = {
        "ID": extra["id"],
        "Titel": offer.title,
        "Beschreibung": "\n".join(offer.text),  # paragraphs typed with Alt+Enter
        "Beginn": f"{offer.start:%d.%m.%Y %H:%M}" if dates != "list" else "",
        "Ende": f"{offer.end:%H:%M}" if dates != "list" else "",
        "Termine": _termine(offer, "\n" if extra.get("line_breaks") else "; ") if dates == "list" else "",
        "Zeiten": extra.get("schedule", ""),
        "Ort": place.name,
        "Raum": place.room,
        "Straße": place.street,
        "PLZ": place.postcode,
        "Stadt": place.city,
        "Stadtteil": place.district,
        "Preis": "" if free else offer.price,
        "Kostenlos": "ja" if free else "",
        "Zielgruppe": offer.audience,
        "Alter": extra.get("age", ""),
        "Kategorie": extra.get("category", ""),
        "Art": extra.get("kind_word", ""),
        "Sprache": extra.get("language", ""),
        "Anmeldung": extra.get("registration", ""),
        "Link": offer.url,
        "Veranstalter": name,
        "E-Mail": email,
        "Telefon": phone,
    }
    return [cells[column] for column in COLUMNS]


@writer("csv")
def write_csv(provider: DemoProvider, offers: list[DemoOffer], ctx: WriteContext) -> bytes:
    """The sheet as Excel saves it: BOM, title line, header, one row per offer, a trailing empty row."""
    buffer = io.StringIO(newline="")
    sheet = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    title = f"Angebote {provider.name} – Stand {ctx.today:%d.%m.%Y} – {SAMPLE_NOTE}"
    sheet.writerow([title] + [""] * (len(COLUMNS) - 1))
    sheet.writerow(COLUMNS)
    for offer in offers:
        sheet.writerow(_row(offer, provider))
    sheet.writerow([""] * len(COLUMNS))
    return "\ufeff".encode() + ctx.fill(buffer.getvalue()).encode()
