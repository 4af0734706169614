"""The Offer: one learning offer as lernfeed publishes it (the data model, validated).

Provider -> Offer (a course, series or one-off) -> Session (a dated occurrence) -> Place.
A one-off event is an Offer with one Session. The JSON form of this model is the public
contract (``lernfeed schema``; documented field by field in docs/schema.md).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from schemas.vocab import AttendanceMode, Audience, Category, Funding, Kind, Status, TimeOfDay, Weekday


def _aware(value: datetime | date) -> datetime | date:
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError("a date-time needs a UTC offset (naive times are ambiguous)")
    return value


def _date_or_datetime(value: Any) -> Any:
    """Read an ISO string as a date when it has no time part, else as a date-time."""
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value


When = Annotated[datetime | date, BeforeValidator(_date_or_datetime), AfterValidator(_aware)]
AwareDatetime = Annotated[datetime, AfterValidator(_aware)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True, validate_default=True)


class Place(Model):
    """Where an offer or a session happens."""

    name: str | None = None
    room: str | None = None
    street: str | None = None
    postal_code: str | None = None
    locality: str | None = None
    district: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)

    def is_empty(self) -> bool:
        return not any(self.model_dump().values())


class Session(Model):
    """One dated occurrence of an offer."""

    start: When
    end: When | None = None
    place: Place | None = None
    status: Status = Status.scheduled


class Accessibility(Model):
    wheelchair: bool | None = None
    step_free: bool | None = None
    hearing_loop: bool | None = None
    sign_language: bool | None = None
    easy_language: bool | None = None
    notes: str | None = None


class PriceOption(Model):
    label: str
    amount_eur: float = Field(ge=0)


class Organizer(Model):
    name: str | None = None
    url: str | None = None
    email: str | None = None
    phone: str | None = None


class Offer(Model):
    """One learning offer, normalised. See docs/schema.md for every field."""

    # identity and provenance
    id: str = Field(description='Stable id "{source_id}:{source_ref}".')
    source_id: str
    source_ref: str
    course_code: str | None = None
    url: str | None = None
    provider_id: str
    licence: str | None = None
    first_seen_at: AwareDatetime | None = None
    last_seen_at: AwareDatetime | None = None
    changed_at: AwareDatetime | None = None
    source_modified_at: AwareDatetime | None = None
    warnings: list[str] = Field(default_factory=list)
    # description
    title: str = Field(min_length=1, max_length=500)
    subtitle: str | None = None
    description: str | None = None
    kind: Kind = Kind.event
    categories: list[Category] = Field(default_factory=list)
    source_categories: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    level: str | None = None
    image_url: str | None = None
    # who
    audiences: list[Audience] = Field(default_factory=list)
    min_age: int | None = Field(default=None, ge=0, le=120)
    max_age: int | None = Field(default=None, ge=0, le=120)
    languages: list[str] = Field(default_factory=list)
    accessibility: Accessibility | None = None
    # when
    status: Status = Status.scheduled
    start: When | None = None
    end: When | None = None
    all_day: bool = False
    sessions: list[Session] = Field(default_factory=list)
    schedule_text: str | None = None
    session_count: int | None = Field(default=None, ge=0)
    time_of_day: TimeOfDay | None = None
    weekdays: list[Weekday] = Field(default_factory=list)
    # how
    attendance_mode: AttendanceMode = AttendanceMode.offline
    online_url: str | None = None
    location: Place | None = None
    registration_url: str | None = None
    registration_deadline: When | None = None
    places_available: int | None = Field(default=None, ge=0)
    capacity_max: int | None = Field(default=None, ge=0)
    # cost and value
    price_eur: float | None = Field(default=None, ge=0)
    price_options: list[PriceOption] = Field(default_factory=list)
    price_text: str | None = None
    is_free: bool | None = None
    funding: list[Funding] = Field(default_factory=list)
    certificate: str | None = None
    # organiser
    organizer: Organizer | None = None

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Offer:
        if self.start is not None and self.end is not None and _as_datetime(self.end) < _as_datetime(self.start):
            raise ValueError(f"end {self.end} is before start {self.start}")
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            raise ValueError(f"max_age {self.max_age} is below min_age {self.min_age}")
        return self


def _as_datetime(value: datetime | date) -> datetime:
    """A comparable instant: a date counts as midnight UTC of that day."""
    if isinstance(value, datetime):
        return value
    from datetime import UTC

    return datetime(value.year, value.month, value.day, tzinfo=UTC)


#: Fields that describe where an offer came from and when we saw it; they do not make an offer "changed".
PROVENANCE_FIELDS = frozenset({"first_seen_at", "last_seen_at", "changed_at"})
