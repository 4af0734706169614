"""Controlled vocabularies shared by the models, the normaliser and the portal.

Each vocabulary is a ``StrEnum`` so that values serialise as plain strings in JSON,
SQLite and Datasette facets. German labels are for citizen-facing pages.
"""

from __future__ import annotations

from enum import StrEnum


class ProviderType(StrEnum):
    vhs = "vhs"
    library = "library"
    association = "association"
    makerspace = "makerspace"
    school = "school"
    company = "company"
    municipality = "municipality"
    other = "other"


class Format(StrEnum):
    rss = "rss"
    atom = "atom"
    ical = "ical"
    jsonld = "jsonld"
    rpde = "rpde"
    tribe = "tribe"
    openvhs = "openvhs"
    openqcat = "openqcat"
    csv = "csv"
    json = "json"
    spider = "spider"


class Kind(StrEnum):
    course = "course"
    event = "event"
    workshop = "workshop"
    lecture = "lecture"
    excursion = "excursion"
    counselling = "counselling"
    open_meeting = "open-meeting"
    educational_leave = "educational-leave"


class Status(StrEnum):
    scheduled = "scheduled"
    cancelled = "cancelled"
    postponed = "postponed"
    full = "full"
    withdrawn = "withdrawn"


class AttendanceMode(StrEnum):
    offline = "offline"
    online = "online"
    mixed = "mixed"


class Audience(StrEnum):
    children = "children"
    teens = "teens"
    adults = "adults"
    seniors = "seniors"
    families = "families"
    parents = "parents"
    migrants = "migrants"
    women = "women"
    jobseekers = "jobseekers"
    beginners = "beginners"
    people_with_disabilities = "people-with-disabilities"


class Category(StrEnum):
    """The six DVV programme areas (Systematik 2.0), extended by four of our own."""

    politics_society_environment = "politics-society-environment"
    culture_creativity = "culture-creativity"
    health = "health"
    languages = "languages"
    work_career = "work-career"
    basic_education_school_degrees = "basic-education-school-degrees"
    digital = "digital"
    stem_making = "stem-making"
    family = "family"
    nature_garden = "nature-garden"


class Funding(StrEnum):
    bildungsurlaub_nrw = "bildungsurlaub-nrw"
    bildungsscheck_nrw = "bildungsscheck-nrw"
    bildungsgutschein = "bildungsgutschein"
    aufstiegs_bafoeg = "aufstiegs-bafoeg"
    bildungspraemie = "bildungspraemie"


class TimeOfDay(StrEnum):
    morning = "morning"
    afternoon = "afternoon"
    evening = "evening"


class Weekday(StrEnum):
    mo = "mo"
    tu = "tu"
    we = "we"
    th = "th"
    fr = "fr"
    sa = "sa"
    su = "su"


CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")

CATEGORY_LABELS_DE: dict[Category, str] = {
    Category.politics_society_environment: "Politik, Gesellschaft, Umwelt",
    Category.culture_creativity: "Kultur und Gestalten",
    Category.health: "Gesundheit",
    Category.languages: "Sprachen",
    Category.work_career: "Arbeit und Beruf",
    Category.basic_education_school_degrees: "Grundbildung und Schulabschlüsse",
    Category.digital: "Digitales",
    Category.stem_making: "Technik, Naturwissenschaft, Selbermachen",
    Category.family: "Familie",
    Category.nature_garden: "Natur und Garten",
}

AUDIENCE_LABELS_DE: dict[Audience, str] = {
    Audience.children: "Kinder",
    Audience.teens: "Jugendliche",
    Audience.adults: "Erwachsene",
    Audience.seniors: "Seniorinnen und Senioren",
    Audience.families: "Familien",
    Audience.parents: "Eltern",
    Audience.migrants: "Zugewanderte",
    Audience.women: "Frauen",
    Audience.jobseekers: "Arbeitsuchende",
    Audience.beginners: "Einsteiger",
    Audience.people_with_disabilities: "Menschen mit Behinderung",
}

KIND_LABELS_DE: dict[Kind, str] = {
    Kind.course: "Kurs",
    Kind.event: "Veranstaltung",
    Kind.workshop: "Workshop",
    Kind.lecture: "Vortrag",
    Kind.excursion: "Exkursion",
    Kind.counselling: "Beratung",
    Kind.open_meeting: "Offener Treff",
    Kind.educational_leave: "Bildungsurlaub",
}
