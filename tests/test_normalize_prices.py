"""German price text -> euro amounts: one row per real-world-looking price field."""

from __future__ import annotations

from pathlib import Path
from time import perf_counter

import pytest

from harvester.normalize import prices
from harvester.normalize.prices import (
    MAX_PLAUSIBLE_PRICE_EUR,
    MAX_PRICE_TEXT_CHARS,
    PriceInfo,
    find_price,
    parse_amount,
    parse_price,
)

REG = "regulär"
ERM = "ermäßigt"


def paid(price: float | None, *options: tuple[str, float]) -> PriceInfo:
    return PriceInfo(price, tuple(options), price == 0, True)


FREE = PriceInfo(0.0, (), True, True)
UNREADABLE = PriceInfo(None, (), None, False)
NOTHING = PriceInfo(None, (), None, True)

PRICE_ROWS: list[tuple[str, PriceInfo]] = [
    # one plain price, every spelling
    ("45,00 €", paid(45.0)),
    ("45 €", paid(45.0)),
    ("€ 45", paid(45.0)),
    ("EUR 12,50", paid(12.5)),
    ("12.50 EUR", paid(12.5)),
    ("45,- €", paid(45.0)),
    ("45.- Euro", paid(45.0)),
    ("1.234,50 €", paid(1234.5)),
    ("Preis: 12€", paid(12.0)),
    ("12 EUR", paid(12.0)),
    ("45 &euro;", paid(45.0)),
    ("45,00", paid(45.0)),  # a bare amount from a price field
    ("45", paid(45.0)),
    # free
    ("kostenfrei", FREE),
    ("kostenlos", FREE),
    ("Eintritt frei", FREE),
    ("gebührenfrei", FREE),
    ("frei", FREE),
    ("0,00 €", FREE),
    ("EUR 0", FREE),
    ("gratis", FREE),
    ("free", FREE),
    ("Free admission", FREE),
    ("Die Teilnahme ist kostenfrei", FREE),
    ("Eintritt frei, Spenden willkommen", FREE),
    # regular and reduced
    ("ermäßigt 30 €", paid(None, (ERM, 30.0))),  # only a reduced price: no price_eur, the option keeps it
    ("ermäßigt 30", paid(None, (ERM, 30.0))),
    ("45,00 €, ermäßigt 30,00 €", paid(45.0, (REG, 45.0), (ERM, 30.0))),
    ("8 € / 5 € ermäßigt", paid(8.0, (REG, 8.0), (ERM, 5.0))),
    ("45 € (Mitglieder 35 €)", paid(45.0, (REG, 45.0), ("Mitglieder", 35.0))),
    ("45,00 € (erm. 22,50 €)", paid(45.0, (REG, 45.0), (ERM, 22.5))),
    ("5/3 €", paid(5.0, (REG, 5.0), (ERM, 3.0))),  # unlabelled "full/reduced"
    ("45 €<br>ermäßigt 30 €", paid(45.0, (REG, 45.0), (ERM, 30.0))),
    ("45 € ermäßigt 30 €", paid(45.0, (REG, 45.0), (ERM, 30.0))),
    ("regulär 45 €, ermäßigt 30 €", paid(45.0, (REG, 45.0), (ERM, 30.0))),
    ("Mitglieder: 35 €, Nichtmitglieder: 45 €", paid(45.0, ("Mitglieder", 35.0), ("Nichtmitglieder", 45.0))),
    ("Erwachsene 5 €, Kinder (6-12 Jahre) 3 €", paid(5.0, ("Erwachsene", 5.0), ("Kinder", 3.0))),
    ("12 € VVK / 15 € Abendkasse", paid(12.0, ("Vorverkauf", 12.0), ("Abendkasse", 15.0))),
    ("kostenfrei für Mitglieder, sonst 5 €", paid(5.0, ("Mitglieder", 0.0), (REG, 5.0))),
    ("Eintritt: 5 €, Kinder bis 12 Jahre frei", paid(5.0, (REG, 5.0), ("Kinder", 0.0))),
    ("Kinder unter 6 frei, sonst 4 €", paid(4.0, ("Kinder", 0.0), (REG, 4.0))),
    ("10-15 €", paid(10.0, (REG, 10.0), (REG, 15.0))),  # a range: two regular prices, the lower one is price_eur
    # qualifiers are not labels; extras are options, not added
    ("ab 20 €", paid(20.0)),
    ("10,00 € pro Termin", paid(10.0)),
    ("120 € für 10 Termine", paid(120.0)),
    ("Kosten: 45 € inkl. Material", paid(45.0)),
    ("45 € zzgl. 10 € Material", paid(45.0, (REG, 45.0), ("Material", 10.0))),
    ("45 € zzgl. Prüfungsgebühr 80 €", paid(45.0, (REG, 45.0), ("Prüfung", 80.0))),
    ("Eintritt frei, Material 5 €", PriceInfo(0.0, ((REG, 0.0), ("Material", 5.0)), True, True)),
    # donations, unknowns, foreign currency, implausible
    ("Spende erbeten", NOTHING),  # understood, but neither free nor priced
    ("", NOTHING),
    ("   ", NOTHING),
    ("auf Anfrage", UNREADABLE),
    ("siehe Website", UNREADABLE),
    ("nicht kostenlos", UNREADABLE),
    ("18:00 Uhr", UNREADABLE),
    # another currency: not free (or free at 0), but no euro amount; nothing is converted
    ("$10", PriceInfo(None, (), False, True)),
    ("45 USD", PriceInfo(None, (), False, True)),
    ("$5 - $15", PriceInfo(None, (), False, True)),
    ("$0.00", FREE),
    ("£ 0", FREE),
    ("1.000.000 €", UNREADABLE),
    ("250.000 EUR", UNREADABLE),
]


@pytest.mark.parametrize(("text", "want"), PRICE_ROWS, ids=[row[0] or "<empty>" for row in PRICE_ROWS])
def test_parse_price(text: str, want: PriceInfo) -> None:
    assert parse_price(text) == want


AMOUNT_ROWS: list[tuple[str | float | int, float | None]] = [
    ("45,00", 45.0),
    ("45.00", 45.0),
    ("1.234,50", 1234.5),
    ("1,234.50", 1234.5),
    ("45,-", 45.0),
    ("45.-", 45.0),
    ("45,–", 45.0),
    ("45", 45.0),
    ("0,5", 0.5),
    ("1.234", 1234.0),  # three digits after one separator: thousands
    (" 45 € ", 45.0),
    ("EUR 12,50", 12.5),
    (12, 12.0),
    (12.499, 12.5),
    ("abc", None),
    ("", None),
    ("-5", None),
    ("$10", None),
    ("12.345.678", None),  # above MAX_PLAUSIBLE_PRICE_EUR
    (MAX_PLAUSIBLE_PRICE_EUR + 1, None),
    (float("nan"), None),
    (float("inf"), None),
    (-1, None),
    (True, None),
]


@pytest.mark.parametrize(("value", "want"), AMOUNT_ROWS, ids=[repr(row[0]) for row in AMOUNT_ROWS])
def test_parse_amount(value: str | float | int, want: float | None) -> None:
    assert parse_amount(value) == want


FIND_ROWS: list[tuple[str, PriceInfo | None]] = [
    ("Ein Kurs für alle. Kosten: 45 € inkl. Material. Bitte 5 € für Kaffee mitbringen.", paid(45.0)),
    ("Gebühr: 30,00 EUR (erm. 15 EUR)", paid(30.0, (REG, 30.0), (ERM, 15.0))),
    ("Teilnahmebeitrag 25 Euro, Anmeldung bis 3. März.", paid(25.0)),
    ("Kursentgelt: 12 €", paid(12.0)),
    ("Lesung mit Musik.\nEintritt: 5 €, Kinder bis 12 Jahre frei", paid(5.0, (REG, 5.0), ("Kinder", 0.0))),
    ("Der Eintritt ist frei. Wir freuen uns auf Sie!", FREE),
    ("Wir laden herzlich ein. Die Teilnahme ist kostenfrei.", FREE),
    ("Die Veranstaltung ist kostenlos, Spenden sind willkommen.", FREE),
    ("<p>Kosten:</p><p>45,00 €</p>", paid(45.0)),  # a heading: the price is on the next line
    ("<dl><dt>Entgelt</dt><dd>30 € (erm. 20 €)</dd></dl>", paid(30.0, (REG, 30.0), (ERM, 20.0))),
    ("Kosten:\nBitte erfragen.\nMaterial bringen Sie 5 € mit.", None),
    ("<p>Kosten: <b>45,00 €</b></p>", paid(45.0)),
    ("Kostenlos für Mitglieder, Gäste zahlen 5 €.", paid(5.0, ("Mitglieder", 0.0), ("Nichtmitglieder", 5.0))),
    ("Der Eintritt in den Ruhestand ist ein großer Schritt.", None),
    ("Ein Beitrag zur Demokratie in 3 Teilen.", None),
    ("Laden Sie die kostenlose App herunter.", None),  # "kostenlose" is not "kostenlos"
    ("Wir treffen uns um 18 Uhr am Rathaus.", None),
    ("Kosten: 15 €, für Vereinsmitglieder kostenlos", paid(15.0, (REG, 15.0), ("Mitglieder", 0.0))),
    ("Teilnahme frei.", FREE),
    ("Kosten: 3 € Materialbeitrag", PriceInfo(3.0, (("Material", 3.0),), False, True)),
    ("", None),
]


@pytest.mark.parametrize(("text", "want"), FIND_ROWS, ids=[row[0][:40] or "<empty>" for row in FIND_ROWS])
def test_find_price(text: str, want: PriceInfo | None) -> None:
    assert find_price(text) == want


def test_price_text_is_read_up_to_the_cap() -> None:
    text = "45 € " + "x" * (MAX_PRICE_TEXT_CHARS * 4) + " ermäßigt 30 €"
    assert parse_price(text) == paid(45.0)  # the reduced price lies beyond the cap


def test_hostile_price_text_is_fast() -> None:
    started = perf_counter()
    parse_price("1,2,3/4/5-6 € " * 10_000)
    find_price("Kosten: " + "9 " * 200_000)
    assert perf_counter() - started < 2.0


@pytest.mark.parametrize("name", ["MAX_PRICE_TEXT_CHARS", "MAX_PLAUSIBLE_PRICE_EUR", "MAX_PRICE_SCAN_CHARS"])
def test_caps_are_named_and_documented(name: str) -> None:
    source = Path(prices.__file__).read_text(encoding="utf-8")
    line_after = source.split(f"\n{name} = ", 1)[1].splitlines()[1]
    assert line_after.startswith('"""'), f"{name} needs a docstring"
