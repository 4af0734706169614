"""Prices: German price text ("45,00 €, ermäßigt 30 €", "Eintritt frei") -> amounts in euro.

``parse_price`` reads a price field, ``find_price`` looks for a price phrase in a description,
``parse_amount`` reads one number. Decisions (also in the tests):

- ``price_eur`` is the lowest *regular* price (regular, adults, non-members, advance or box
  office sale); reduced prices (ermäßigt, members, children, ...) and extras (material) are
  never ``price_eur``. When only a reduced price is given ("ermäßigt 30 €"), ``price_eur`` is
  None and ``options`` holds it.
- ``options`` lists every price with its label in text order; it is empty when the text holds
  a single regular price. Qualifiers ("ab 20 €", "10 € pro Termin", "120 € für 10 Termine") are
  not labels: the amount is the price as stated; ``price_text`` keeps the wording.
- Extras after "zzgl."/"plus"/"+" or named as material are options labelled by what they are
  ("Material"), not added to ``price_eur``; amounts after "inkl." are ignored.
- "X/Y €" without labels is regular/reduced when Y < X ("5/3 €"); "X-Y €" is a range of two
  regular prices (``price_eur`` is the lower one).
- Donations ("Spende erbeten") are understood (``recognised``) but neither free nor priced
  (``is_free`` None) unless the text also says free ("Eintritt frei, Spenden willkommen").
- Text in another currency only ("$10"), amounts above ``MAX_PLAUSIBLE_PRICE_EUR`` and text
  without any price ("auf Anfrage", "siehe Website") are not recognised. Empty text is
  recognised as "nothing said" (no warning needed).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from harvester.normalize.text import html_to_text

MAX_PRICE_TEXT_CHARS = 500
"""Longest price text ``parse_price`` reads; the rest is ignored (a price field is a phrase, not a page)."""

MAX_PRICE_SCAN_CHARS = 20_000
"""Longest description ``find_price`` searches, in characters of plain text."""

MAX_PLAUSIBLE_PRICE_EUR = 100_000
"""Amounts above this are read errors (a year, a phone number), not prices: the text is not recognised."""

MAX_PHRASE_CHARS = 200
"""Longest price phrase ``find_price`` takes after a trigger word ("Kosten:", "Eintritt")."""

REGULAR_LABEL = "regulär"
REDUCED_LABEL = "ermäßigt"
EXTRA_LABEL = "Zuschlag"

_REGULAR, _REDUCED, _EXTRA = "regular", "reduced", "extra"


@dataclass(frozen=True)
class PriceInfo:
    """What a price text says."""

    price_eur: float | None
    """Lowest regular price; 0.0 when free; None when no regular price is given."""
    options: tuple[tuple[str, float], ...] = ()
    """Every price with its label, in text order; empty when the text holds one plain price."""
    is_free: bool | None = None
    """True when free, False when a price above zero is known, None when unknown."""
    recognised: bool = True
    """False when the text said something but no price could be read from it."""


_UNRECOGNISED = PriceInfo(None, (), None, False)
_NOTHING = PriceInfo(None, (), None, True)

#: Labels of prices: (pattern, label, kind). First match in table order wins.
PRICE_LABELS: tuple[tuple[str, str, str], ...] = (
    (r"regulär\w*|normal(?:preis)?|vollpreis|vollzahl\w*", REGULAR_LABEL, _REGULAR),
    (r"nicht-?mitglied\w*|gäste|gastteilnehm\w*", "Nichtmitglieder", _REGULAR),
    (r"\w*mitglied\w*", "Mitglieder", _REDUCED),
    (r"erwachsene\w*", "Erwachsene", _REGULAR),
    (r"kinder\w*|kind", "Kinder", _REDUCED),
    (r"jugendliche\w*", "Jugendliche", _REDUCED),
    (r"schüler\w*|student\w*|studierende\w*|azubis?|auszubildende\w*", "Schüler/Studierende", _REDUCED),
    (r"senior\w*|rentner\w*", "Senioren", _REDUCED),
    (r"famili\w*", "Familien", _REDUCED),
    (r"geschwister\w*|geschwisterkind\w*", "Geschwister", _REDUCED),
    (r"sozialpass\w*|\w+-pass|ehrenamtskarte|juleica|berechtigungsschein\w*", "Sozialpass", _REDUCED),
    (r"frühbucher\w*", "Frühbucher", _REDUCED),
    (r"vorverkauf|vvk", "Vorverkauf", _REGULAR),
    (r"abendkasse|tageskasse", "Abendkasse", _REGULAR),
    (r"ermäßig\w*|ermässig\w*|erm\.|reduziert\w*", REDUCED_LABEL, _REDUCED),
    (r"\w*material\w*", "Material", _EXTRA),
    (r"lebensmittel\w*|\w*umlage", "Lebensmittel", _EXTRA),
    (r"prüfung\w*", "Prüfung", _EXTRA),
    (r"lehrbuch\w*|buch|bücher|skript\w*", "Lehrbuch", _EXTRA),
    (r"zuschlag\w*", EXTRA_LABEL, _EXTRA),
)
_LABEL_PATTERNS = tuple(
    (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), label, kind) for pattern, label, kind in PRICE_LABELS
)

#: Words that say "no charge". "frei" counts only as a word of its own ("freie Plätze" does not).
FREE_WORDS = (
    r"kostenfrei|kostenlos|gebührenfrei|entgeltfrei|beitragsfrei|eintrittsfrei|gratis|umsonst|frei"
    r"|free|ohne\s+(?:gebühr|kosten|entgelt)|keine\s+(?:kosten|gebühr(?:en)?|teilnahmegebühr)"
)
#: Words that ask for a donation instead of a price.
DONATION_WORDS = r"\w*spende\w*|spenden\w*|hutkasse|hut\s+geht|pay\s+what\s+you\s+(?:want|can)|freiwillige\w*\s+beitrag"
#: Price-field words that mean "unknown" (listed for the reader; they simply yield no price).
UNKNOWN_WORDS = ("auf Anfrage", "siehe Website", "n. n.", "tba")
#: Words after a bare number that make it a count, an age or a time rather than a price.
NOT_PRICE_AFTER = (
    r"jahre?n?|jährige\w*|j\.|termine?n?|abende?n?|stunden?|std\.?|ue|unterrichtsstunden|minuten|min\.?|uhr"
    r"|personen|pers\.|teilnehm\w*|plätze|wochen?|monate?n?|tage?n?|mal|x|kinder|sitzungen|einheiten|lektionen"
    r"|km|m|h|%"
)
#: Words before a bare number that make it an age limit or a reference.
NOT_PRICE_BEFORE = r"bis|unter|über|von|nr\.?|raum|zimmer"

_FREE = re.compile(rf"(?<!\w)(?:{FREE_WORDS})(?!\w)", re.IGNORECASE)
_NEGATED_FREE = re.compile(rf"(?<!\w)nicht\s+(?:{FREE_WORDS})(?!\w)", re.IGNORECASE)
_DONATION = re.compile(rf"(?<!\w)(?:{DONATION_WORDS})(?!\w)", re.IGNORECASE)
_CURRENCY = re.compile(r"€|(?<![A-Za-z])(?:EUR|Euro|Eur)(?![A-Za-z])\.?", re.IGNORECASE)
_FOREIGN_CURRENCY = re.compile(r"[$£¥]|(?<![A-Za-z])(?:USD|GBP|CHF|Dollar)(?![A-Za-z])", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\d.,:])(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d{1,2})?(?:[.,](?:-{1,2}|–))?(?![\d]|[.,:]\d)")
_NOT_PRICE_AFTER = re.compile(rf"\s*-?\s*(?:{NOT_PRICE_AFTER})(?!\w)", re.IGNORECASE)
_NOT_PRICE_BEFORE = re.compile(rf"(?<!\w)(?:{NOT_PRICE_BEFORE})\s*$", re.IGNORECASE)
_GROUP_GAP = re.compile(r"\s*(?P<sep>/|-|–|bis)\s*", re.IGNORECASE)
_CLAUSE_SEPARATOR = re.compile(
    r"([,;()\[\]/|+\n]|\s[-–]\s|(?<!\w)(?:sonst|und|oder|bzw|zzgl|zuzüglich|plus|inkl|inklusive|jeweils)(?!\w)\.?)",
    re.IGNORECASE,
)
_EXTRA_SEPARATORS = frozenset({"zzgl", "zuzüglich", "plus", "+"})
_INCLUDED_SEPARATORS = frozenset({"inkl", "inklusive"})
_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")

# Amount formats parse_amount accepts (after currency and spaces are removed).
_PLAIN = re.compile(r"\d+")
_DE_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")
_DE_DECIMAL = re.compile(r"\d+,\d{1,2}")
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_DASH_CENTS = re.compile(r"[.,](?:-{1,2}|–|—)$")

# find_price: words that introduce a price, phrases that say free, and where a sentence ends.
_TRIGGER = re.compile(
    r"(?<!\w)(?:kosten|gebühr(?:en)?|kursgebühr\w*|teilnahmegebühr\w*|\w*entgelt|eintritt(?:spreis\w*)?"
    r"|\w*beitrag|preis(?:e)?|ticket(?:s|preis\w*)?|eintrittskarten?)(?!\w)",
    re.IGNORECASE,
)
_FREE_PHRASE = re.compile(
    r"(?<!\w)(?:kostenfrei|kostenlos|gebührenfrei|entgeltfrei|gratis|eintritt\s+(?:ist\s+)?frei|freier\s+eintritt"
    r"|teilnahme\s+(?:ist\s+)?frei)(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"\n|[!?]|(?<![\d\s])(?<!inkl)(?<!zzgl)(?<!erm)(?<!ca)(?<!bzw)(?<!evtl)(?<!ggf)(?<!nr)(?<!std)(?<!max)"
    r"(?<!min)(?<!z\.b)(?<!u\.a)(?<!pers)\.(?=\s|$)",
    re.IGNORECASE,
)


def parse_amount(value: str | float | int) -> float | None:
    """One amount in euro: "45,00" "45.00" "1.234,50" "1,234.50" "45,-" "45.-" "45 €" -> float; else None.

    Negative, non-finite and implausible amounts (above ``MAX_PLAUSIBLE_PRICE_EUR``) are None, and so
    is text in another currency. Three digits after a single separator are thousands ("1.234" -> 1234).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text or len(text) > 40 or _FOREIGN_CURRENCY.search(text):
            return None
        text = re.sub(r"\s", "", _CURRENCY.sub("", text))
        text = _DASH_CENTS.sub("", text)
        if _PLAIN.fullmatch(text):
            number = float(text)
        elif _DE_THOUSANDS.fullmatch(text):
            number = float(text.replace(".", "").replace(",", "."))
        elif _EN_THOUSANDS.fullmatch(text):
            number = float(text.replace(",", ""))
        elif _DE_DECIMAL.fullmatch(text):
            number = float(text.replace(",", "."))
        elif _EN_DECIMAL.fullmatch(text):
            number = float(text)
        else:
            return None
    else:
        return None
    if not math.isfinite(number) or number < 0 or number > MAX_PLAUSIBLE_PRICE_EUR:
        return None
    return round(number, 2)


@dataclass
class _Token:
    start: int
    end: int
    amount: float | None
    group: tuple[int, str] | None = None  # (first token index, "/" or "-") for "5/3 €" and "10-15 €"


@dataclass
class _Option:
    label: str | None
    kind: str
    amount: float
    token: int | None = None


def parse_price(text: str) -> PriceInfo:
    """Read a price field ("45,00 €, ermäßigt 30 €", "kostenfrei", "8 € / 5 € ermäßigt")."""
    cleaned = html_to_text(text[:MAX_PRICE_TEXT_CHARS])[0] if isinstance(text, str) else ""
    cleaned = _HORIZONTAL_SPACE.sub(" ", cleaned).strip()
    if not cleaned:
        return _NOTHING
    has_currency = _CURRENCY.search(cleaned) is not None
    if _FOREIGN_CURRENCY.search(cleaned) and not has_currency:
        return _in_other_currency(cleaned)
    tokens = _amount_tokens(cleaned, has_currency)
    if any(token.amount is None for token in tokens):
        return _UNRECOGNISED
    options, donation = _read_clauses(_masked(cleaned, tokens), tokens)
    _label_groups(options, tokens)
    return _summarise(options, donation)


def _in_other_currency(text: str) -> PriceInfo:
    """A price in dollars, pounds or francs ("$10", "$0.00"): free or not, but no euro amount (nothing is converted).

    Zero is zero in every currency, so "$0" is free with a price of 0.
    """
    info = parse_price(_FOREIGN_CURRENCY.sub("€", text))
    if not info.recognised:
        return _UNRECOGNISED
    return PriceInfo(0.0 if info.price_eur == 0 else None, (), info.is_free, True)


def find_price(text: str) -> PriceInfo | None:
    """Find a price phrase in a description ("Kosten: 45 €", "Der Eintritt ist frei"); None when there is none.

    Only phrases that hold a euro amount or a word for free count, so "Eintritt in den Ruhestand"
    or "Beitrag zur Demokratie" are not prices. A trigger that ends its line ("Kosten:" as a table
    heading) takes the next line as its phrase. The first phrase that yields a price wins.
    """
    if not isinstance(text, str) or not text:
        return None
    plain, _ = html_to_text(text[:MAX_PRICE_SCAN_CHARS])
    matches = sorted(
        [(match.start(), match.end(), False) for match in _TRIGGER.finditer(plain)]
        + [(match.start(), match.end(), True) for match in _FREE_PHRASE.finditer(plain)]
    )
    for start, end, is_free_phrase in matches:
        begin = _sentence_start(plain, start) if is_free_phrase else start
        stop = _sentence_end(plain, end)
        if not is_free_phrase and not plain[end:stop].strip(" :") and plain[stop : stop + 1] == "\n":
            rest = plain[stop:]  # "Kosten:" ends its line: the price is on the next one
            stop = _sentence_end(plain, stop + len(rest) - len(rest.lstrip()))
        phrase = plain[begin:stop]
        if not (_CURRENCY.search(phrase) or _FREE.search(phrase)):
            continue
        info = parse_price(phrase)
        if info.price_eur is not None or info.is_free is not None or info.options:
            return info
    return None


def _amount_tokens(text: str, has_currency: bool) -> list[_Token]:
    """The numbers in ``text`` that are prices, with their amounts (None when implausible)."""
    numbers = list(_NUMBER.finditer(text))
    if not has_currency:
        return [
            _Token(match.start(), match.end(), parse_amount(match.group()))
            for match in numbers
            if not _NOT_PRICE_AFTER.match(text, match.end()) and not _NOT_PRICE_BEFORE.search(text[: match.start()])
        ]
    currencies = list(_CURRENCY.finditer(text))
    bound: set[int] = set()
    accepted: dict[int, _Token] = {}
    for index, match in enumerate(numbers):  # "45 €": the currency follows the number
        for ci, currency in enumerate(currencies):
            if ci not in bound and currency.start() >= match.end() and not text[match.end() : currency.start()].strip():
                bound.add(ci)
                accepted[index] = _Token(match.start(), match.end(), parse_amount(match.group()))
                break
    for index, match in enumerate(numbers):  # "€ 45": the currency comes first
        if index in accepted:
            continue
        for ci, currency in enumerate(currencies):
            gap = text[currency.end() : match.start()]
            if ci not in bound and currency.end() <= match.start() and not gap.strip(" :"):
                bound.add(ci)
                accepted[index] = _Token(match.start(), match.end(), parse_amount(match.group()))
                break
    for index in range(len(numbers) - 2, -1, -1):  # "5/3 €", "10-15 €": the first number shares the currency
        if index in accepted or index + 1 not in accepted:
            continue
        gap = _GROUP_GAP.fullmatch(text, numbers[index].end(), numbers[index + 1].start())
        if gap:
            kind = "/" if gap.group("sep") == "/" else "-"
            accepted[index] = _Token(numbers[index].start(), numbers[index].end(), parse_amount(numbers[index].group()))
            accepted[index].group = accepted[index + 1].group = (index, kind)
    return [accepted[index] for index in sorted(accepted)]


def _masked(text: str, tokens: list[_Token]) -> str:
    """Replace each price number by a placeholder and drop currency words, so labels can be read around them."""
    parts: list[str] = []
    position = 0
    for index, token in enumerate(tokens):
        parts.append(text[position : token.start])
        parts.append(f"\x00{index}\x00")
        position = token.end
    parts.append(text[position:])
    return _CURRENCY.sub(" ", "".join(parts))


def _read_clauses(masked: str, tokens: list[_Token]) -> tuple[list[_Option], bool]:
    """Split at separators and read each clause: its amounts, its label, a free word or a donation."""
    pieces = _CLAUSE_SEPARATOR.split(masked)
    options: list[_Option] = []
    donation = False
    pending: tuple[str, str] | None = None  # a label waiting for its amount: "Kinder (6-12 Jahre) 3 €"
    mode = ""
    for position, piece in enumerate(pieces):
        if position % 2:  # a separator
            word = piece.strip().rstrip(".").lower()
            mode = "extra" if word in _EXTRA_SEPARATORS else "included" if word in _INCLUDED_SEPARATORS else ""
            continue
        indices = [int(number) for number in _PLACEHOLDER.findall(piece)]
        words = _PLACEHOLDER.sub(" ", piece)
        label, kind = _label(words)
        donation = donation or bool(_DONATION.search(words))
        free = bool(_FREE.search(words)) and not _NEGATED_FREE.search(words)
        if mode == "included":
            continue
        if mode == "extra" and kind != _EXTRA:
            label, kind = EXTRA_LABEL, _EXTRA
        if len(indices) > 1:  # "45 € ermäßigt 30 €": each amount takes the words before it
            options.extend(_read_amounts(piece, tokens, pending))
            pending = None
        elif indices:
            if label is None and pending is not None:
                label, kind = pending
            options.append(_Option(label, kind, tokens[indices[0]].amount or 0.0, indices[0]))
            pending = None
        elif free:
            options.append(_Option(label or REGULAR_LABEL, kind, 0.0))
            pending = None
        elif label is not None:
            pending = (label, kind)
    return options, donation


def _read_amounts(piece: str, tokens: list[_Token], pending: tuple[str, str] | None) -> list[_Option]:
    """Several amounts in one clause: the words before each amount label it ("45 € ermäßigt 30 €"),
    or the words after it when the clause starts with an amount and ends with a label ("12 € VVK 15 € AK")."""
    segments = _PLACEHOLDER.split(piece)  # words, index, words, index, ..., words
    trailing = _label(segments[0])[0] is None and _label(segments[-1])[0] is not None
    options: list[_Option] = []
    for position in range(1, len(segments), 2):
        index = int(segments[position])
        label, kind = _label(segments[position + 1] if trailing else segments[position - 1])
        if label is None and position == 1 and pending is not None:
            label, kind = pending
        group = tokens[index].group
        if label is None and options and group is not None and group[1] == "-" and group[0] != index:
            label, kind = options[-1].label, options[-1].kind
        options.append(_Option(label, kind, tokens[index].amount or 0.0, index))
    return options


def _label(words: str) -> tuple[str | None, str]:
    for pattern, label, kind in _LABEL_PATTERNS:
        if pattern.search(words):
            return label, kind
    return None, _REGULAR


def _label_groups(options: list[_Option], tokens: list[_Token]) -> None:
    """Unlabelled "X/Y €" is regular/reduced when Y is lower; everything else unlabelled is regular."""
    by_token = {option.token: option for option in options if option.token is not None}
    for option in options:
        if option.label is not None:
            continue
        option.label = REGULAR_LABEL
        token = tokens[option.token] if option.token is not None else None
        if token is None or token.group is None or token.group[1] != "/" or token.group[0] == option.token:
            continue
        first = by_token.get(token.group[0])
        if first is not None and first.label in (None, REGULAR_LABEL) and option.amount < first.amount:
            option.label, option.kind = REDUCED_LABEL, _REDUCED


def _summarise(options: list[_Option], donation: bool) -> PriceInfo:
    if not options:
        return _NOTHING if donation else _UNRECOGNISED
    regular = [option.amount for option in options if option.kind == _REGULAR]
    price = min(regular) if regular else None
    if price is None and all(option.kind == _EXTRA for option in options):
        # "Kosten: 3 € Materialbeitrag": the contribution is all there is to pay
        price = sum(option.amount for option in options)
        return PriceInfo(price, tuple((o.label or EXTRA_LABEL, o.amount) for o in options), price == 0.0, True)
    if price == 0.0:
        is_free: bool | None = True
    elif any(option.amount > 0 for option in options if option.kind != _EXTRA):
        is_free = False
    else:
        is_free = None
    labelled: list[tuple[str, float]] = []
    for option in options:
        pair = (option.label or REGULAR_LABEL, option.amount)
        if pair not in labelled:
            labelled.append(pair)
    if len(labelled) == 1 and labelled[0][0] == REGULAR_LABEL:
        labelled = []
    return PriceInfo(price, tuple(labelled), is_free, True)


def _sentence_start(text: str, position: int) -> int:
    window_start = max(0, position - MAX_PHRASE_CHARS)
    start = window_start
    for match in _SENTENCE_END.finditer(text, window_start, position):
        start = match.end()
    return start


def _sentence_end(text: str, position: int) -> int:
    limit = min(len(text), position + MAX_PHRASE_CHARS)
    match = _SENTENCE_END.search(text, position, limit)
    return match.start() if match else limit
