"""Real third-party calendars and API responses (``../shared/realdata``) read by ``check``, scored like score.py.

Each ``<format>/<name>.expect.json`` lists facts a careful reader sees in the raw file: enough
offers, and per sample offer its title, its start (the offer's or one of its sessions', compared as
an instant; a date for all-day) and, when not null, its price, free flag and locality. Every fact
must match. The corpus is not part of the repository: without it these tests are skipped.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from harvester.check import check
from harvester.formats.registry import PARSERS

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
#: The formats of the corpus this test scores.
FORMATS = ("ical", "tribe")
#: "now" for the horizon of recurring events (the corpus's files are all older than this).
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def expectations() -> list[Any]:
    paths = sorted(p for fmt in FORMATS for p in (REALDATA / fmt).glob("*.expect.json"))
    if not paths:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no real-data corpus at {REALDATA}"))]
    return [pytest.param(path, id=f"{path.parent.name}/{path.name.removesuffix('.expect.json')}") for path in paths]


def norm_text(value: object) -> str:
    text = unicodedata.normalize("NFKC", html.unescape(str(value or ""))).casefold()
    return re.sub(r"\s+", " ", text).strip()


def parse_when(value: object) -> date | datetime | None:
    text = str(value or "").strip().replace("Z", "+00:00")
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        return None


def same_start(expected: object, got: object) -> bool:
    want, have = parse_when(expected), parse_when(got)
    if want is None or have is None:
        return False
    if isinstance(want, datetime) and isinstance(have, datetime):
        return want.tzinfo is not None and have.tzinfo is not None and want == have  # a naive start is never right
    if isinstance(want, datetime):
        return False
    return want == (have.date() if isinstance(have, datetime) else have)


def starts_of(offer: dict[str, Any]) -> list[Any]:
    starts = [offer.get("start")] + [s.get("start") for s in offer.get("sessions") or [] if isinstance(s, dict)]
    return [s for s in starts if s]


def place_text(offer: dict[str, Any]) -> str:
    location = offer.get("location") or {}
    if isinstance(location, str):
        return norm_text(location)
    return norm_text(" ".join(str(v) for v in location.values() if v))


def best_match(expected: dict[str, Any], offers: list[dict[str, Any]]) -> dict[str, Any] | None:
    title = norm_text(expected["title"])
    candidates = [o for o in offers if norm_text(o.get("title")) == title]
    if not candidates:
        candidates = [
            o
            for o in offers
            if title
            and norm_text(o.get("title"))
            and (title in norm_text(o.get("title")) or norm_text(o.get("title")) in title)
        ]
    for offer in candidates:
        if any(same_start(expected.get("start"), s) for s in starts_of(offer)):
            return offer
    return candidates[0] if candidates else None


def misses(expected: dict[str, Any], offer: dict[str, Any] | None) -> list[str]:
    """The facts of one expected offer that the parsed offer does not match."""
    if offer is None:
        return ["title"]
    missed = []
    if expected.get("start") and not any(same_start(expected["start"], s) for s in starts_of(offer)):
        missed.append(f"start {expected['start']} (got {starts_of(offer)[:3]})")
    if expected.get("price_eur") is not None and (
        offer.get("price_eur") is None or abs(float(offer["price_eur"]) - float(expected["price_eur"])) >= 0.005
    ):
        missed.append(f"price_eur {expected['price_eur']} (got {offer.get('price_eur')})")
    if expected.get("is_free") is not None and offer.get("is_free") is not expected["is_free"]:
        missed.append(f"is_free {expected['is_free']} (got {offer.get('is_free')})")
    if expected.get("locality") and norm_text(expected["locality"]) not in place_text(offer):
        missed.append(f"locality {expected['locality']!r} (got {offer.get('location')})")
    return missed


@pytest.mark.parametrize("expect_path", expectations())
def test_real_file_facts_all_match(expect_path: Path) -> None:
    expected = json.loads(expect_path.read_text())
    if expected["format"] not in PARSERS:
        pytest.skip(f"no parser registered for format {expected['format']!r} yet")
    result = check(
        str(expect_path.with_name(expected["file"])),
        format_name=expected["format"],
        timezone=expected.get("timezone") or "Europe/Berlin",
        now=NOW,
    )
    offers = [offer.model_dump(mode="json") for offer in result.offers]
    problems = []
    if len(offers) < int(expected.get("min_offers") or 1):
        problems.append(f"{len(offers)} offers, expected at least {expected['min_offers']}")
    for sample in expected["offers"]:
        problems += [f"{sample['title']!r}: {miss}" for miss in misses(sample, best_match(sample, offers))]
    assert problems == []
