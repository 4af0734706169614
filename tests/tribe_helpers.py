"""Shared helpers for The Events Calendar tests: an API event and a page of them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)


def event(**fields: Any) -> dict[str, Any]:
    """A plain event as the API writes it (Berlin, 2025-03-20 19:30-21:00, CET), overridden by fields."""
    base: dict[str, Any] = {
        "id": 4711,
        "global_id": "verein.example?id=4711",
        "status": "publish",
        "url": "https://verein.example/veranstaltung/vortrag/",
        "title": "Vortrag",
        "description": "<p>Text</p>",
        "excerpt": "",
        "all_day": False,
        "start_date": "2025-03-20 19:30:00",
        "end_date": "2025-03-20 21:00:00",
        "utc_start_date": "2025-03-20 18:30:00",
        "utc_end_date": "2025-03-20 20:00:00",
        "timezone": "Europe/Berlin",
        "timezone_abbr": "CET",
        "cost": "",
        "cost_details": {"currency_symbol": "", "currency_code": "", "currency_position": "postfix", "values": []},
        "website": "",
        "hide_from_listings": False,
        "categories": [],
        "tags": [],
        "venue": [],
        "organizer": [],
        "modified_utc": "2025-02-01 10:00:00",
    }
    base.update(fields)
    return base


def page(*events: dict[str, Any], **extra: Any) -> bytes:
    return json.dumps({"events": list(events), "total": len(events), "total_pages": 1, **extra}).encode()
