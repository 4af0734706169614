"""Source words -> our vocabularies (schemas/vocab.py): one row per real-world-looking case."""

from __future__ import annotations

from time import perf_counter
from typing import Any

import pytest

from harvester.normalize.vocab_inference import (
    AUDIENCE_KEYWORDS,
    CATEGORY_KEYWORDS,
    FUNDING_KEYWORDS,
    KIND_RULES,
    LANGUAGE_STEMS,
    STATUS_RULES,
    infer_ages,
    infer_attendance_mode,
    infer_audiences,
    infer_categories,
    infer_funding,
    infer_kind,
    infer_languages,
    infer_level,
    infer_status,
)
from schemas.vocab import AttendanceMode, Audience, Category, Funding, Kind, Status

CATEGORY_ROWS: list[tuple[dict[str, Any], list[str]]] = [
    ({"title": "Englisch A2 für Anfänger"}, ["languages"]),
    ({"title": "Deutsch als Fremdsprache B1"}, ["languages"]),
    ({"title": "Spanisch Konversation"}, ["languages"]),
    ({"title": "Deutschland im Wandel"}, []),  # "Deutsch" only as a whole word
    ({"title": "Hatha-Yoga am Morgen"}, ["health"]),
    ({"title": "Kinderyoga"}, ["health"]),
    ({"title": "Vegetarisch kochen"}, ["health"]),
    ({"title": "Aquarellmalerei für alle"}, ["culture-creativity"]),
    ({"title": "Töpfern am Wochenende"}, ["culture-creativity"]),
    ({"title": "Smartphone-Sprechstunde"}, ["digital"]),
    ({"title": "Excel Grundlagen"}, ["digital"]),
    ({"title": "KI im Alltag"}, ["digital"]),
    ({"title": "Löten für Einsteiger"}, ["stem-making"]),
    ({"title": "Repair-Café"}, ["stem-making"]),
    ({"title": "Arduino und Robotik"}, ["stem-making"]),
    ({"title": "Kräuterwanderung"}, ["nature-garden"]),
    ({"title": "Naturwissenschaft für Kinder"}, ["stem-making"]),  # not nature-garden
    ({"title": "PEKiP-Gruppe für Eltern mit Baby"}, ["family"]),
    ({"title": "Bewerbungstraining"}, ["work-career"]),
    ({"title": "Rhetorik im Beruf"}, ["work-career"]),
    ({"title": "Buchführung für Vereine"}, []),
    ({"title": "Finanzbuchhaltung mit DATEV"}, ["work-career"]),
    ({"title": "Hauptschulabschluss nachholen"}, ["basic-education-school-degrees"]),
    ({"title": "Lesen und Schreiben lernen"}, ["basic-education-school-degrees"]),
    ({"title": "Demokratie und Klima"}, ["politics-society-environment"]),
    ({"title": "Stadtgeschichte Gütersloh"}, ["politics-society-environment"]),
    ({"title": "Geschichten für Kinder"}, []),  # stories, not history
    ({"title": "Englisch am Computer"}, ["digital", "languages"]),
    # the source's own categories come first, the title is then not read
    ({"title": "Englisch am Computer", "source_categories": ["Sprachen"]}, ["languages"]),
    ({"title": "x", "source_categories": ["1"]}, ["politics-society-environment"]),
    ({"title": "x", "source_categories": ["2 Kultur - Gestalten"]}, ["culture-creativity"]),
    ({"title": "x", "source_categories": ["Programmbereich 4"]}, ["languages"]),
    ({"title": "x", "source_categories": ["5.03 EDV"]}, ["work-career"]),
    ({"title": "x", "source_categories": ["3D-Druck"]}, ["stem-making"]),  # "3D" is no programme area
    ({"title": "x", "source_categories": ["Gesundheit", "Ernährung"]}, ["health"]),
    # a mapping from the source's options wins for the categories it names
    ({"title": "Yoga", "source_categories": ["Bewegung"], "mapping": {"bewegung": "health"}}, ["health"]),
    ({"title": "Yoga", "source_categories": ["Kreativ"], "mapping": {"Kreativ": "stem-making"}}, ["stem-making"]),
    ({"title": "Yoga", "source_categories": ["Sonstiges"], "mapping": {"Sonstiges": "no-such-code"}}, ["health"]),
    # the description only as a last resort, and only with two different keywords
    ({"title": "Treffen", "description": "Über Politik und Demokratie in Europa."}, ["politics-society-environment"]),
    ({"title": "Treffen", "description": "Ein Abend mit Politik."}, []),
    ({"title": "Yoga", "description": "Politik, Demokratie und Umwelt."}, ["health"]),
]


@pytest.mark.parametrize(("args", "want"), CATEGORY_ROWS, ids=[f"{row[0]}"[:60] for row in CATEGORY_ROWS])
def test_infer_categories(args: dict[str, Any], want: list[str]) -> None:
    kwargs: dict[str, Any] = {"description": None, "source_categories": [], **args}
    assert infer_categories(**kwargs) == want


AUDIENCE_ROWS: list[tuple[str, str | None, list[str], list[str]]] = [
    ("Malen für Kinder ab 8 Jahren", None, [], ["children"]),
    ("Kids-Club", None, [], ["children"]),
    ("Comic zeichnen für Jugendliche", None, [], ["teens"]),
    ("Coding für Teens", None, [], ["teens"]),
    ("Yoga für Senior*innen", None, [], ["seniors"]),
    ("Fit 60+", None, [], ["seniors"]),
    ("Smartphone für ältere Menschen", None, [], ["seniors"]),
    ("Kochen für Familien", None, [], ["families"]),
    ("Elternabend", None, [], ["parents"]),
    ("Selbstverteidigung für Frauen", None, [], ["women"]),
    ("Deutsch für Zugewanderte", None, [], ["migrants"]),
    ("Sprachcafé für Geflüchtete", None, [], ["migrants"]),
    ("DaF-Kurs", None, [], ["migrants"]),
    ("Bewerbung für Arbeitsuchende", None, [], ["jobseekers"]),
    ("Englisch für Anfängerinnen", None, [], ["beginners"]),
    ("Excel für Einsteiger", None, [], ["beginners"]),
    ("Töpfern für 12- bis 16-Jährige", None, [], ["teens"]),
    ("Tanz für Menschen mit Behinderung", None, [], ["people-with-disabilities"]),
    ("Deutschland heute", None, [], []),
    ("Vortrag", None, ["Erwachsene", "Senioren"], ["adults", "seniors"]),
    ("Vortrag", "Die Veranstaltung richtet sich an Geflüchtete.", [], ["migrants"]),
    ("Vortrag", "Kinder können mitgebracht werden.", [], []),  # no cue: a description alone does not decide
    ("Vortrag", "Zielgruppe: Eltern von Kleinkindern", [], ["children", "parents"]),
]


@pytest.mark.parametrize(
    ("title", "description", "words", "want"), AUDIENCE_ROWS, ids=[row[0] + str(row[1:3]) for row in AUDIENCE_ROWS]
)
def test_infer_audiences(title: str, description: str | None, words: list[str], want: list[str]) -> None:
    assert infer_audiences(title=title, description=description, words=words) == want


AGE_ROWS: list[tuple[str, tuple[int | None, int | None]]] = [
    ("ab 8 Jahren", (8, None)),
    ("Kinder ab 6 J.", (6, None)),
    ("6–10 Jahre", (6, 10)),
    ("6-10 Jahre", (6, 10)),
    ("von 6 bis 10 Jahren", (6, 10)),
    ("für 12- bis 16-Jährige", (12, 16)),
    ("Alter: 8-12", (8, 12)),
    ("60+", (60, None)),
    ("Ü60-Party", (60, None)),
    ("Generation 50plus", (50, None)),
    ("Kinder bis 12 Jahre", (None, 12)),
    ("für 8-Jährige", (8, 8)),
    ("Kinder ab 6", (6, None)),
    ("ab 18 Uhr", (None, None)),
    ("10 Jahre Jubiläum", (None, None)),
    ("16-12 Jahre", (None, None)),  # reversed range: no answer rather than a wrong one
    ("", (None, None)),
]


@pytest.mark.parametrize(("text", "want"), AGE_ROWS, ids=[row[0] or "<empty>" for row in AGE_ROWS])
def test_infer_ages(text: str, want: tuple[int | None, int | None]) -> None:
    assert infer_ages(text) == want


KIND_ROWS: list[tuple[str, list[str], int | None, str]] = [
    ("Vortrag: Klimawandel", [], None, "lecture"),
    ("Autorenlesung mit Musik", [], None, "lecture"),
    ("Lecture: AI and us", [], None, "lecture"),
    ("Workshop Löten", [], None, "workshop"),
    ("Schreibwerkstatt", [], None, "workshop"),
    ("Stadtführung", [], None, "excursion"),
    ("Kräuterwanderung", [], None, "excursion"),
    ("Stadtrundgang Altstadt", [], None, "excursion"),
    ("Exkursion ins Moor", [], None, "excursion"),
    ("Buchführung für Vereine", [], None, "event"),  # bookkeeping, not a guided tour
    ("Digitalsprechstunde", [], None, "counselling"),
    ("Beratung zum Bildungsscheck", [], None, "counselling"),
    ("Repair-Café", [], None, "open-meeting"),
    ("Offene Werkstatt", [], None, "open-meeting"),
    ("Sprachcafé", [], None, "open-meeting"),
    ("Englisch-Stammtisch", [], None, "open-meeting"),
    ("Computertreff", [], None, "open-meeting"),
    ("Bildungsurlaub: Englisch intensiv", [], None, "educational-leave"),
    ("Yogakurs", [], 1, "course"),
    ("Lehrgang Erste Hilfe", [], None, "course"),
    ("Exkurs: Grammatik", [], None, "event"),
    ("Yoga", [], 10, "course"),
    ("Yoga", [], 1, "event"),
    ("Yoga", [], None, "event"),
    ("Yoga", ["Vortrag"], 10, "lecture"),  # the source's own word wins over the session count
    ("Workshop", ["lecture"], None, "lecture"),  # a Kind value from the source
    ("Workshop", ["Veranstaltung"], None, "workshop"),
]


@pytest.mark.parametrize(("title", "words", "sessions", "want"), KIND_ROWS, ids=[str(row[:3]) for row in KIND_ROWS])
def test_infer_kind(title: str, words: list[str], sessions: int | None, want: str) -> None:
    assert infer_kind(title=title, source_words=words, session_count=sessions) == want


STATUS_ROWS: list[tuple[str, str | None]] = [
    ("abgesagt", "cancelled"),
    ("ABGESAGT: Yoga am Abend", "cancelled"),
    ("Fällt aus: Yoga", "cancelled"),
    ("Der Termin entfällt", "cancelled"),
    ("Cancelled", "cancelled"),
    ("CANCELED", "cancelled"),
    ("EventCancelled", "cancelled"),
    ("https://schema.org/EventCancelled", "cancelled"),
    ("http://schema.org/EventCancelled/", "cancelled"),
    ("storniert", "cancelled"),
    ("Findet nicht statt", "cancelled"),
    ("verschoben", "postponed"),
    ("EventPostponed", "postponed"),
    ("https://schema.org/EventRescheduled", "scheduled"),
    ("ausgebucht", "full"),
    ("Kurs belegt", "full"),
    ("Warteliste", "full"),
    ("full", "full"),
    ("Full Stack Webentwicklung", None),
    ("EventScheduled", "scheduled"),
    ("findet statt", "scheduled"),
    ("https://schema.org/EventMovedOnline", None),
    ("Yoga am Abend", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "want"), STATUS_ROWS, ids=[row[0] or "<empty>" for row in STATUS_ROWS])
def test_infer_status(text: str, want: str | None) -> None:
    assert infer_status(text) == want


LEVEL_ROWS: list[tuple[str, str | None]] = [
    ("Englisch A2", "A2"),
    ("Niveau B1/B2", "B1"),
    ("Spanisch A1.1", "A1"),
    ("Französisch, Niveau b2", "B2"),
    ("C1-Prüfungsvorbereitung", "C1"),
    ("Vitamin B12", None),
    ("Kurs 2A1", None),
    ("Englisch für Anfänger", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "want"), LEVEL_ROWS, ids=[row[0] or "<empty>" for row in LEVEL_ROWS])
def test_infer_level(text: str, want: str | None) -> None:
    assert infer_level(text) == want


FUNDING_ROWS: list[tuple[str, list[str]]] = [
    ("Als Bildungsurlaub anerkannt", ["bildungsurlaub-nrw"]),
    ("Bildungsscheck NRW möglich", ["bildungsscheck-nrw"]),
    ("Förderung mit Bildungsgutschein", ["bildungsgutschein"]),
    ("förderfähig nach Aufstiegs-BAföG", ["aufstiegs-bafoeg"]),
    ("Meister-Bafög", ["aufstiegs-bafoeg"]),
    ("Bildungsprämie", ["bildungspraemie"]),
    ("Bildungsurlaub; Bildungsscheck", ["bildungsscheck-nrw", "bildungsurlaub-nrw"]),
    ("Urlaub in Bildung", []),
]


@pytest.mark.parametrize(("text", "want"), FUNDING_ROWS, ids=[row[0] for row in FUNDING_ROWS])
def test_infer_funding(text: str, want: list[str]) -> None:
    assert infer_funding(text) == want


LANGUAGE_ROWS: list[tuple[str, list[str]]] = [
    ("Vortrag in englischer Sprache", ["en"]),
    ("Führung auf Türkisch", ["tr"]),
    ("Museum tour (in English)", ["en"]),
    ("Infoabend auf Deutsch und Arabisch", ["ar", "de"]),
    ("Unterrichtssprache: Spanisch", ["es"]),
    ("Englisch A2", []),  # the subject, not the language of instruction
    ("Deutschkurs", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "want"), LANGUAGE_ROWS, ids=[row[0] or "<empty>" for row in LANGUAGE_ROWS])
def test_infer_languages(text: str, want: list[str]) -> None:
    assert infer_languages(text) == want


ATTENDANCE_ROWS: list[tuple[str | None, list[str], str | None]] = [
    ("Online", [], "online"),
    ("https://zoom.us/j/123", [], "online"),
    (None, ["Webinar"], "online"),
    (None, ["https://schema.org/OnlineEventAttendanceMode"], "online"),
    (None, ["hybrid"], "mixed"),
    (None, ["https://schema.org/MixedEventAttendanceMode"], "mixed"),
    ("VHS-Haus oder online", [], "mixed"),
    ("VHS-Haus", ["Online-Anmeldung"], None),  # online registration is not online attendance
    ("Hohenzollernstr. 43, Gütersloh", [], None),
    (None, ["https://schema.org/OfflineEventAttendanceMode"], None),
    (None, [], None),
]


@pytest.mark.parametrize(("location", "words", "want"), ATTENDANCE_ROWS, ids=[str(row[:2]) for row in ATTENDANCE_ROWS])
def test_infer_attendance_mode(location: str | None, words: list[str], want: str | None) -> None:
    assert infer_attendance_mode(location_text=location, words=words) == want


def test_tables_use_only_vocabulary_values() -> None:
    assert set(CATEGORY_KEYWORDS) == set(Category)
    assert set(AUDIENCE_KEYWORDS) <= set(Audience)
    assert set(FUNDING_KEYWORDS) == set(Funding)
    assert {kind for kind, _ in KIND_RULES} == set(Kind) - {Kind.event}
    assert {status for status, _ in STATUS_RULES} <= set(Status)
    assert all(len(code) == 2 and code.islower() for code in LANGUAGE_STEMS.values())
    assert {AttendanceMode.online.value, AttendanceMode.mixed.value} <= {mode.value for mode in AttendanceMode}


def test_long_text_is_bounded() -> None:
    text = "Yoga für Kinder ab 8 Jahren, " * 100_000
    started = perf_counter()
    infer_categories(title=text, description=text, source_categories=[text])
    infer_audiences(title=text, description=text, words=[text])
    infer_ages("1-" * 200_000)
    infer_level(text)
    infer_status(text)
    assert perf_counter() - started < 2.0
