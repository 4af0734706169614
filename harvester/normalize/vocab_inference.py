"""Vocabulary inference: a source's own words -> our categories, audiences, kinds, statuses, levels.

The keyword tables below are data: each entry is a regular-expression fragment matched as a
whole word, case-insensitively (``(?<!\\w)fragment(?!\\w)``), so "Deutsch" does not match
"Deutschland". A fragment may carry ``\\w*`` to reach into German compounds ("englisch\\w*"
matches "Englischkurs", "\\w*yoga" matches "Kinderyoga").

Decisions (also in the tests):

- Categories come from the first stage that yields any: (1) the source's mapping plus keyword
  rules on the source's own categories (including DVV programme area numbers), (2) the title,
  (3) the description, where a category needs two different keywords to count.
- Audiences come from the source's words and the title; in a description only after "für",
  "Zielgruppe" or "richtet sich an". A stated age adds an audience (``AGE_AUDIENCES``): "ab 8
  Jahren" -> children, "12- bis 16-Jährige" (middle 14) -> teens, "ab 18" -> adults, "60+" -> seniors.
- Ages: "ab N Jahren"/"N+"/"Ü60" give a minimum, "bis N Jahre" a maximum, "N-Jährige" both; a
  bare "ab 8" counts only after "Kinder"/"Jugendliche" (not "ab 18 Uhr").
- Status: "full" and "voll" only as the whole text ("Full Stack" is not full); schema.org
  EventMovedOnline is no status (None). Level: the first CEFR level, upper case, or after
  "Niveau"/"Stufe"/"Level" in any case; "A1 Autobahn" still reads A1 (kept simple).
- Attendance: hybrid words -> mixed; an online location -> online; a real place that also says
  "online" -> mixed; online words -> online; "Online-Anmeldung" is registration, not attendance.
- Kinds: the source's words first, then the title, each by the priority of ``KIND_RULES``
  (educational leave, open meeting, counselling, excursion, lecture, workshop, course); then two
  or more sessions make a course; else event.
- "Bildungsurlaub" maps to the NRW funding value (lernfeed serves NRW learning cities).
- Languages of instruction only when stated ("in englischer Sprache", "auf Türkisch"); a
  subject ("Englisch A2") is not a language of instruction.
- Lists are returned sorted and de-duplicated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from schemas.vocab import CEFR_LEVELS, AttendanceMode, Audience, Category, Funding, Kind, Status

MAX_INFERENCE_CHARS = 5_000
"""Longest text (title, description) searched for keywords; the rest is ignored."""

MAX_INFERENCE_WORDS = 50
"""Most source words (categories, keywords) read per record."""

MAX_WORD_CHARS = 200
"""Longest source word (a category, a keyword) read; the rest is ignored."""

MIN_DESCRIPTION_HITS = 2
"""Different keywords of one category a description needs before it counts (descriptions mention much)."""


def _words(text: str) -> tuple[str, ...]:
    """A keyword table row written as fragments separated by " | " (data, kept compact)."""
    return tuple(word.strip() for word in text.split(" | ") if word.strip())


#: "Familie…" but not genealogy ("Familienforschung", "Familienkunde", "Familiengeschichte").
FAMILY = r"famili(?!enforsch|enkunde|engeschicht)\w*"

#: Category keywords (German and some English), matched as whole words.
CATEGORY_KEYWORDS: dict[Category, tuple[str, ...]] = {
    Category.languages: _words(
        r"sprachen? | \w*sprachkurs\w* | englisch\w* | english | deutsch(?:kurs\w*|unterricht|test\w*)?"
        r" | deutsch als (?:fremd|zweit)sprache | daf | daz | spanisch\w* | französisch\w* | italienisch\w*"
        r" | türkisch\w* | arabisch\w* | russisch\w* | polnisch\w* | niederländisch\w* | portugiesisch\w*"
        r" | chinesisch\w* | japanisch\w* | griechisch\w* | latein\w* | schwedisch\w* | dänisch\w* | norwegisch\w*"
        r" | ukrainisch\w* | gebärdensprache\w* | integrationskurs\w* | [abc][12](?:\.\d)?"
    ),
    Category.health: _words(
        r"\w*yoga\w* | pilates | gesundheit\w* | kochen | \w*kochkurs\w* | \w*küche | ernährung\w* | rücken\w*"
        r" | entspannung\w* | meditation\w* | achtsamkeit\w* | qi ?gong | tai ?chi | fitness\w* | \w*gymnastik"
        r" | zumba | aquafitness | erste hilfe | stress\w* | autogenes training | feldenkrais | wirbelsäule\w* | backen"
    ),
    Category.culture_creativity: _words(
        r"malen | malkurs\w* | \w*malerei | aquarell\w* | zeichnen | töpfer\w* | keramik\w* | fotografie\w*"
        r" | fotokurs\w* | musik\w* | gitarre\w* | klavier\w* | singen | chor\w* | theater\w* | kultur\w* | kunst\w*"
        r" | kreativ\w* | nähen | nähkurs\w* | stricken | häkeln | schreibwerkstatt | literatur\w* | tanz\w*"
        r" | gestalten"
    ),
    Category.digital: _words(
        r"computer\w* | pc | smartphone\w* | handy\w* | tablet\w* | ipad\w* | internet\w* | digital\w* | excel"
        r" | powerpoint | office | ki | künstliche intelligenz | chatgpt | e-mail\w* | social media | whatsapp"
        r" | online-banking | apps? | software"
    ),
    Category.stem_making: _words(
        r"3d-druck\w* | löten | lötkurs\w* | robotik | roboter\w* | elektronik\w* | programmier\w* | arduino"
        r" | raspberry pi | repair[- ]?caf[eé] | reparatur\w* | reparieren | makerspace | mint | physik | chemie"
        r" | mathematik | astronomie | naturwissenschaft\w* | lasercutter | calliope | coding"
    ),
    Category.nature_garden: _words(
        r"garten\w* | gärten | (?:gemüse|schreber|natur|kräuter|haus|bio|stadt|schul)garten | natur(?!wissenschaft)\w*"
        r" | \w*kräuter\w* | vogel\w* | vögel | pflanze\w* | pilz\w* | imker\w* | wildbienen | obstbaum\w*"
        r" | baumschnitt"
    ),
    Category.family: _words(
        rf"eltern\w* | {FAMILY} | baby\w* | kleinkind\w* | pekip | krabbel\w* | schwanger\w* | geburt\w*"
    ),
    Category.work_career: _words(
        r"beruf\w* | bewerbung\w* | karriere\w* | \w*buchhaltung | rhetorik\w* | arbeit(?:swelt|srecht|splatz)?"
        r" | existenzgründung\w* | zeitmanagement | projektmanagement | präsentation\w* | führungskr\w*"
        r" | steuererklärung | datev | lexware | büro\w* | tastschreiben"
    ),
    Category.basic_education_school_degrees: _words(
        r"schulabschl[uü]ss\w* | hauptschulabschluss | realschulabschluss | abitur | mittlere reife"
        r" | alphabetisierung\w* | grundbildung\w* | lesen und schreiben | rechnen"
    ),
    Category.politics_society_environment: _words(
        r"politik\w* | politisch\w* | gesellschaft\w* | umwelt\w* | \w*geschichte | demokratie\w* | klima\w*"
        r" | nachhaltig\w* | philosophie\w* | religion\w* | europa | psychologie | pädagogik | rassismus"
        r" | verbraucher\w*"
    ),
}

#: DVV programme areas (Systematik 2.0) by number: "1", "2 Kultur - Gestalten", "Programmbereich 4".
DVV_AREAS: dict[str, Category] = {
    "1": Category.politics_society_environment,
    "2": Category.culture_creativity,
    "3": Category.health,
    "4": Category.languages,
    "5": Category.work_career,
    "6": Category.basic_education_school_degrees,
}

AUDIENCE_KEYWORDS: dict[Audience, tuple[str, ...]] = {
    Audience.children: _words(r"\w*kinder\w* | kind | kids | grundschul\w* | vorschul\w*"),
    Audience.teens: _words(r"jugendliche\w* | jugend | teens? | teenager\w*"),
    Audience.adults: _words(r"erwachsene\w* | adults?"),
    Audience.seniors: _words(r"senior\w* | ältere(?:n)? (?:menschen|erwachsene) | rentner\w* | ruhestand | ü ?[6-9]0"),
    Audience.families: _words(rf"{FAMILY} | eltern-kind\w* | eltern und kind(?:er)? | groß und klein"),
    Audience.parents: _words(r"eltern\w* | mütter | väter | alleinerziehende\w*"),
    Audience.women: _words(r"frauen\w* | mädchen | women | ladies"),
    Audience.migrants: _words(
        r"zugewanderte\w* | neuzugewanderte\w* | geflüchtete\w* | flüchtling\w* | migrant\w* | daf | daz"
        r" | deutsch als (?:fremd|zweit)sprache | integrationskurs\w* | refugees?"
    ),
    Audience.jobseekers: _words(
        r"arbeitsuchende\w* | arbeitssuchende\w* | arbeitslose\w* | erwerbslose\w* | jobsuch\w*"
    ),
    Audience.beginners: _words(
        r"\w*einsteiger\w* | anfänger\w* | beginners? | grundkurs\w* | ohne vorkenntnisse | keine vorkenntnisse"
    ),
    Audience.people_with_disabilities: _words(
        r"menschen mit (?:behinderung\w*|beeinträchtigung\w*) | behinderte\w* | inklusion\w* | gehörlose\w*"
        r" | sehbehinderte\w*"
    ),
}

#: (age from, to, audience): a stated age implies an audience ("ab 8 Jahren" -> children). The age read is
#: the minimum, else the maximum ("bis 12 Jahre"), and for a range its middle ("12- bis 16-Jährige" -> 14).
AGE_AUDIENCES: tuple[tuple[int, int, Audience], ...] = (
    (0, 12, Audience.children),
    (13, 17, Audience.teens),
    (18, 59, Audience.adults),
    (60, 120, Audience.seniors),
)

#: Kind rules in priority order: the first kind with a matching word wins.
KIND_RULES: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (Kind.educational_leave, _words(r"bildungsurlaub\w* | educational[- ]leave")),
    (
        Kind.open_meeting,
        _words(
            r"repair[- ]?caf[eé] | offene\w* (?:werkstatt|treff) | \w*treffs? | stammtisch\w* | \w*caf[eé]"
            r" | open-meeting | meetup"
        ),
    ),
    (Kind.counselling, _words(r"\w*beratung\w* | \w*sprechstunde\w* | counsell?ing | consultation")),
    (
        Kind.excursion,
        _words(
            r"exkursion\w* | führung(?:en)? | (?:stadt|museums|kirchen|kräuter|garten|dom|erlebnis|kunst|natur"
            r"|ausstellungs|themen|sonder)führung(?:en)? | \w*wanderung\w* | \w*rundgang\w* | besichtigung\w*"
            r" | \w*spaziergang | (?:studien|tages|bildungs)fahrt | excursion | guided tour"
        ),
    ),
    (Kind.lecture, _words(r"\w*vortrag\w* | vorträge | \w*lesung\w* | lecture | talk | referat")),
    (Kind.workshop, _words(r"\w*workshop\w* | \w*werkstatt\w*")),
    (Kind.course, _words(r"\w*(?<!ex)(?<!dis)(?<!kon)kurs(?:e|es|us|reihe)? | \w*lehrgang\w* | course")),
)

#: Status words; schema.org values ("https://schema.org/EventCancelled") are read by their last path segment.
STATUS_RULES: tuple[tuple[Status, tuple[str, ...]], ...] = (
    (
        Status.cancelled,
        _words(
            r"eventcancelled | abgesagt | fällt aus | entfällt | cancell?ed | storniert | findet nicht statt"
            r" | annulliert"
        ),
    ),
    (Status.postponed, _words(r"eventpostponed | verschoben | postponed")),
    (
        Status.full,
        _words(
            r"ausgebucht | belegt | warteliste | ausverkauft | fully booked | booked out | sold out | ^full$ | ^voll$"
        ),
    ),
    # schema.org: EventRescheduled means "moved to the startDate given", so it takes place then.
    (Status.scheduled, _words(r"eventscheduled | eventrescheduled | ^rescheduled$ | findet statt | ^scheduled$")),
)

FUNDING_KEYWORDS: dict[Funding, tuple[str, ...]] = {
    Funding.bildungsurlaub_nrw: _words(r"bildungsurlaub\w* | bildungsfreistellung | awbg"),
    Funding.bildungsscheck_nrw: _words(r"bildungsscheck\w*"),
    Funding.bildungsgutschein: _words(r"bildungsgutschein\w* | azav(?:-zertifiziert)?"),
    Funding.aufstiegs_bafoeg: _words(r"(?:aufstiegs|meister)-?baf(?:ö|oe|o)g"),
    Funding.bildungspraemie: _words(r"bildungsprämie | bildungspraemie"),
}


def _codes(text: str) -> dict[str, str]:
    """A table written as "de: deutsch german | en: englisch english" -> {"deutsch": "de", ...}."""
    return {
        stem: code.strip()
        for code, stems in (group.split(":", 1) for group in text.split(" | "))
        for stem in stems.split()
    }


#: Language stems (German adjective stem or English name) -> ISO 639-1 code.
LANGUAGE_STEMS: dict[str, str] = _codes(
    "de: deutsch german | en: englisch english | tr: türkisch turkish | ar: arabisch arabic | fr: französisch french"
    " | es: spanisch spanish | it: italienisch italian | ru: russisch russian | pl: polnisch polish"
    " | uk: ukrainisch ukrainian | fa: persisch farsi | ku: kurdisch | el: griechisch | pt: portugiesisch"
    " | nl: niederländisch | ro: rumänisch | bg: bulgarisch | sq: albanisch | ti: tigrinya | vi: vietnamesisch"
    " | zh: chinesisch"
)

HYBRID_WORDS = _words(
    r"hybrid\w* | mixedeventattendancemode | mixed | blended[- ]learning | online und (?:vor ort|präsenz)"
    r" | präsenz und online"
)
#: "Online" counts, "Online-Anmeldung" (online registration) does not.
ONLINE_WORDS = _words(
    r"online(?![- ]?(?:anmeld|buch|ticket|shop|reserv|bezahl|zahl|formular))\w* | webinar\w* | livestream\w*"
    r" | virtuell\w*"
)


def _compile(fragments: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?<!\\w)(?:{fragment})(?!\\w)" for fragment in fragments), re.IGNORECASE)


_CATEGORY_PATTERNS = {category: _compile(words) for category, words in CATEGORY_KEYWORDS.items()}
_CATEGORY_WORDS = {category: tuple(_compile([word]) for word in words) for category, words in CATEGORY_KEYWORDS.items()}
_AUDIENCE_PATTERNS = {audience: _compile(words) for audience, words in AUDIENCE_KEYWORDS.items()}
_KIND_PATTERNS = tuple((kind, _compile(words)) for kind, words in KIND_RULES)
_STATUS_PATTERNS = tuple((status, _compile(words)) for status, words in STATUS_RULES)
_FUNDING_PATTERNS = {funding: _compile(words) for funding, words in FUNDING_KEYWORDS.items()}
_HYBRID = _compile(HYBRID_WORDS)
_ONLINE = _compile(ONLINE_WORDS)
_DVV_AREA = re.compile(r"^\s*(?:programmbereich|pb|bereich)?\s*([1-6])(?:[.\s:–-]|$)", re.IGNORECASE)
_AUDIENCE_CUE = re.compile(r"(?<!\w)(?:für|zielgruppe|richtet sich an)(?!\w)\s*:?", re.IGNORECASE)
_STEMS = "|".join(sorted(LANGUAGE_STEMS, key=len, reverse=True))
_LANGUAGE_PHRASES = (
    re.compile(rf"(?<!\w)in\s+({_STEMS})(?:e|er|en)?\s+sprache(?!\w)", re.IGNORECASE),
    re.compile(rf"(?<!\w)auf\s+({_STEMS})(?:\s*(?:und|oder|/)\s*({_STEMS}))?(?!\w)", re.IGNORECASE),
    re.compile(
        r"(?<!\w)(?:held|taught|given)?\s*in\s+(english|german|turkish|arabic|french|spanish|ukrainian)(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\w)(?:unterrichts|kurs|vortrags|veranstaltungs)sprache\s*(?:ist)?\s*:?\s*({_STEMS})", re.IGNORECASE
    ),
)
_CEFR = re.compile(r"(?<![A-Za-z0-9])([ABC][12])(?:\.\d)?(?![0-9])")
_CEFR_CUED = re.compile(r"(?<!\w)(?:niveau|stufe|level|sprachniveau)\s*:?\s*([abc][12])(?![0-9])", re.IGNORECASE)
_AGE_UNIT = r"\s*-?\s*(?:jahren?|jahre|j\.|jährige\w*|years?)"
_AGE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?<![\d.])(\d{{1,3}})\s*-?\s*(?:-|–|—|bis|und)\s*(\d{{1,3}}){_AGE_UNIT}", re.IGNORECASE), "range"),
    (re.compile(r"(?<!\w)(?:alter|ages?)\s*:?\s*(\d{1,3})\s*(?:-|–|bis)\s*(\d{1,3})(?!\d)", re.IGNORECASE), "range"),
    (re.compile(rf"(?<!\w)ab\s+(\d{{1,3}}){_AGE_UNIT}", re.IGNORECASE), "min"),
    (re.compile(r"(?<!\w)(?:kinder|jugendliche)\s+ab\s+(\d{1,2})(?![\d.:,])(?!\s*(?:uhr|€|euro))", re.I), "min"),
    (re.compile(rf"(?<!\w)bis\s+(\d{{1,3}}){_AGE_UNIT}", re.IGNORECASE), "max"),
    (re.compile(r"(?<![\d.,])(\d{2})\s?(?:\+|plus(?!\w))", re.IGNORECASE), "min"),
    (re.compile(r"(?<!\w)ü\s?(\d{2})(?!\d)", re.IGNORECASE), "min"),
    (re.compile(r"(?<![\d.])(\d{1,2})\s*-\s*jährige\w*", re.IGNORECASE), "exact"),
)


def infer_categories(
    *, title: str, description: str | None, source_categories: list[str], mapping: dict[str, str] | None = None
) -> list[str]:
    """Category values from the source's mapping, its own categories, the title, and last the description."""
    found: set[str] = set()
    lookup = {key.strip().casefold(): code for key, code in (mapping or {}).items()}
    valid = {category.value for category in Category}
    for word in _bounded_words(source_categories):
        code = lookup.get(word.strip().casefold())
        if code in valid:
            found.add(code)
            continue
        area = _DVV_AREA.match(word)
        if area:
            found.add(DVV_AREAS[area.group(1)].value)
        found.update(_matching(_CATEGORY_PATTERNS, word))
    if not found:
        found.update(_matching(_CATEGORY_PATTERNS, _bounded(title)))
    if not found and description:
        text = _bounded(description)
        for category, words in _CATEGORY_WORDS.items():
            if sum(1 for pattern in words if pattern.search(text)) >= MIN_DESCRIPTION_HITS:
                found.add(category.value)
    return sorted(found)


def infer_audiences(*, title: str, description: str | None, words: list[str]) -> list[str]:
    """Audience values from the source's words and the title (and cued phrases of the description)."""
    texts = [*_bounded_words(words), _bounded(title)]
    if description:
        text = _bounded(description)
        texts.extend(text[cue.end() : cue.end() + 80] for cue in _AUDIENCE_CUE.finditer(text))
    found: set[str] = set()
    for text in texts:
        found.update(_matching(_AUDIENCE_PATTERNS, text))
        min_age, max_age = infer_ages(text)
        if min_age is not None and max_age is not None:
            age: int | None = (min_age + max_age) // 2
        else:
            age = min_age if min_age is not None else max_age
        if age is not None:
            found.update(audience.value for low, high, audience in AGE_AUDIENCES if low <= age <= high)
    return sorted(found)


def infer_ages(text: str) -> tuple[int | None, int | None]:
    """(min_age, max_age) from "ab 8 Jahren", "6–10 Jahre", "für 12- bis 16-Jährige", "60+", "bis 12 Jahre"."""
    text = _bounded(text)
    for pattern, shape in _AGE_RULES:
        match = pattern.search(text)
        if not match:
            continue
        numbers = [int(group) for group in match.groups()]
        if any(number > 120 for number in numbers):
            continue
        if shape == "range":
            low, high = numbers
            if low <= high:
                return low, high
            continue
        if shape == "min":
            return numbers[0], None
        if shape == "max":
            return None, numbers[0]
        return numbers[0], numbers[0]
    return None, None


def infer_kind(*, title: str, source_words: list[str], session_count: int | None) -> str:
    """A Kind value: the source's words first, then the title, then the number of sessions."""
    words = _bounded_words(source_words)
    valid = {kind.value for kind in Kind}
    for word in words:
        if word.strip().lower() in valid:
            return word.strip().lower()
    for text in (" | ".join(words), _bounded(title)):
        for kind, pattern in _KIND_PATTERNS:
            if text and pattern.search(text):
                return kind.value
    if session_count is not None and session_count >= 2:
        return Kind.course.value
    return Kind.event.value


def infer_status(text: str) -> str | None:
    """A Status value from a title or status word ("abgesagt", "EventCancelled", "ausgebucht"); else None."""
    if not isinstance(text, str) or not text.strip():
        return None
    value = _bounded(text).strip()
    if re.match(r"^https?://", value, re.IGNORECASE):
        value = value.rstrip("/").rsplit("/", 1)[-1]
    for status, pattern in _STATUS_PATTERNS:
        if pattern.search(value):
            return status.value
    return None


def infer_level(text: str) -> str | None:
    """The first CEFR level in the text ("Englisch A2", "Niveau B1/B2" -> "B1", "A1.1" -> "A1"); else None."""
    if not isinstance(text, str):
        return None
    text = _bounded(text)
    matches = [match for match in (_CEFR.search(text), _CEFR_CUED.search(text)) if match]
    if not matches:
        return None
    level = min(matches, key=lambda match: match.start()).group(1).upper()
    return level if level in CEFR_LEVELS else None


def infer_funding(text: str) -> list[str]:
    """Funding values named in the text ("Bildungsurlaub", "Bildungsscheck", "Aufstiegs-BAföG")."""
    if not isinstance(text, str):
        return []
    return sorted(_matching(_FUNDING_PATTERNS, _bounded(text)))


def infer_languages(text: str) -> list[str]:
    """ISO 639-1 codes of the language of instruction when the text states it; else []."""
    if not isinstance(text, str):
        return []
    text = _bounded(text)
    matches = (match for pattern in _LANGUAGE_PHRASES for match in pattern.finditer(text))
    return sorted({LANGUAGE_STEMS[stem.lower()] for match in matches for stem in match.groups() if stem})


def infer_attendance_mode(*, location_text: str | None, words: list[str]) -> str | None:
    """ "online" or "mixed" from the location and the source's words ("Webinar", "hybrid"); else None."""
    from harvester.normalize.places import is_online_place  # a sibling module; imported late to keep this one light

    texts = _bounded_words(words)
    location = _bounded(location_text) if isinstance(location_text, str) else ""
    if any(_HYBRID.search(text) for text in [*texts, location]):
        return AttendanceMode.mixed.value
    if location and is_online_place(location):
        return AttendanceMode.online.value
    if location and _ONLINE.search(location):  # "VHS-Haus oder online": a real place and online
        return AttendanceMode.mixed.value
    if any(_ONLINE.search(text) for text in texts):
        return AttendanceMode.online.value
    return None


def _matching(patterns: Mapping[Any, re.Pattern[str]], text: str) -> set[str]:
    if not text:
        return set()
    return {str(getattr(key, "value", key)) for key, pattern in patterns.items() if pattern.search(text)}


def _bounded_words(words: Iterable[object] | None) -> list[str]:
    return [word[:MAX_WORD_CHARS] for word in list(words or [])[:MAX_INFERENCE_WORDS] if isinstance(word, str)]


def _bounded(text: str | None) -> str:
    return text[:MAX_INFERENCE_CHARS] if isinstance(text, str) else ""
