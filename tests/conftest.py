"""Shared fixtures: injected time, a store in a temporary SQLite file, sources."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from harvester.store import Store
from schemas.source import Source

BERLIN = ZoneInfo("Europe/Berlin")
REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def now() -> datetime:
    """The injected "now" of a test (never read from the clock inside the code under test)."""
    return datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'store.db'}")


def make_source(
    source_id: str = "testtown_vhs", *, url: str = "http://127.0.0.1:1/feed.ics", fmt: str = "ical", **extra: object
) -> Source:
    return Source.model_validate(
        {
            "id": source_id,
            "name": f"Test source {source_id}",
            "format": fmt,
            "url": url,
            "provider": {"id": source_id.split("_", 1)[1], "name": "Test provider", "type": "vhs"},
            **extra,
        }
    )
