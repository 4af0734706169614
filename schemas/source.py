"""The registry entry of one source (one feed or site) and the provider behind it."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, HttpUrl, field_validator, model_validator

from schemas.offer import Model
from schemas.vocab import Format, ProviderType

SOURCE_ID_PATTERN = r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$"
INTERVAL_PATTERN = re.compile(r"^(\d+)([mhd])$")
INTERVAL_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}
#: Licences we accept: SPDX ids plus the German open-data licences.
LICENCE_PATTERN = r"^([A-Za-z0-9.+-]+|dl-de-by-2\.0|dl-de-zero-2\.0)$"


class Provider(Model):
    """An organisation that offers learning: a VHS, a library, an association, ..."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    type: ProviderType = ProviderType.other
    url: HttpUrl | None = None


class Source(Model):
    """One entry of sources.yml. See docs/sources.md."""

    id: str = Field(pattern=SOURCE_ID_PATTERN, description="snake_case, <place>_<provider>")
    name: str = Field(min_length=1)
    provider: Provider
    format: Format
    url: str = Field(min_length=1)
    spider: str | None = None
    timezone: str = "Europe/Berlin"
    licence: str = Field(default="CC-BY-4.0", pattern=LICENCE_PATTERN)
    interval: str = "6h"
    enabled: bool = True
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r} (e.g. Europe/Berlin)") from exc
        return value

    @field_validator("interval")
    @classmethod
    def _valid_interval(cls, value: str) -> str:
        if not INTERVAL_PATTERN.match(value):
            raise ValueError(f"interval {value!r} must be a number with m, h or d (e.g. 30m, 6h, 1d)")
        return value

    @field_validator("url")
    @classmethod
    def _valid_url(cls, value: str) -> str:
        if not re.match(r"^(https?://|file:)", value):
            raise ValueError(f"url {value!r} must start with http://, https:// or file:")
        return value

    @model_validator(mode="after")
    def _spider_goes_with_format(self) -> Source:
        if self.format == Format.spider and not self.spider:
            raise ValueError("format 'spider' needs a 'spider' key naming the spider")
        if self.spider and self.format != Format.spider:
            raise ValueError("'spider' is only allowed with format 'spider'")
        return self

    @property
    def interval_seconds(self) -> int:
        match = INTERVAL_PATTERN.match(self.interval)
        assert match  # checked by the validator
        return int(match.group(1)) * INTERVAL_UNIT_SECONDS[match.group(2)]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class SourcesFile(Model):
    """The whole sources.yml: a list of sources under ``sources``."""

    sources: list[Source]

    @model_validator(mode="after")
    def _unique_ids(self) -> SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.id in seen:
                raise ValueError(f"source id {source.id!r} appears twice")
            seen.add(source.id)
        return self
