"""Shared helpers for the schema.org JSON-LD tests: an HTML page with JSON-LD blocks."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 3, 9, 0, tzinfo=BERLIN)
REPO = Path(__file__).resolve().parent.parent


def page(*blocks: Any, body: str = "", head: str = "") -> bytes:
    scripts = "".join(
        f'<script type="application/ld+json">{b if isinstance(b, str) else _dumps(b)}</script>' for b in blocks
    )
    return f"<!DOCTYPE html><html><head>{head}{scripts}</head><body>{body}</body></html>".encode()


def _dumps(block: Any) -> str:
    """JSON as a page embeds it: non-ASCII kept, "</" escaped so a "</script>" in a string cannot end the block."""
    return json.dumps(block, ensure_ascii=False).replace("</", "<\\/")
