"""Every fixture under tests/fixtures/<format>/ is read by ``check`` and compared with its snapshot.

A fixture ``name.ext`` has a snapshot ``name.expected.json`` (the offers as JSON, and the
rejects' reasons). Optional ``name.meta.json``: {"timezone": ..., "options": {...}, "format": ...}.
Regenerate after an intended change with LERNFEED_UPDATE_SNAPSHOTS=1 and review the diff.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from harvester.check import CheckError, check

FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The "now" every snapshot was taken at.
SNAPSHOT_NOW = datetime(2025, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
SKIP_SUFFIXES = (".expected.json", ".meta.json", ".md")


def fixture_files() -> list[Path]:
    files = []
    for path in sorted(FIXTURES.glob("*/*")):
        if path.is_file() and not path.name.endswith(SKIP_SUFFIXES) and not path.name.startswith("."):
            files.append(path)
    return files


def snapshot_of(path: Path) -> dict:
    meta_path = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    try:
        result = check(
            str(path),
            format_name=meta.get("format", path.parent.name),
            timezone=meta.get("timezone", "Europe/Berlin"),
            now=SNAPSHOT_NOW,
            options=meta.get("options"),
        )
    except CheckError as exc:
        return {"error": str(exc).replace(str(path), path.name)}
    return {
        "offers": [offer.model_dump(mode="json") for offer in result.offers],
        "rejects": [reject.reason for reject in result.rejects],
    }


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_matches_snapshot(path: Path) -> None:
    expected_path = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")
    got = snapshot_of(path)
    if os.environ.get("LERNFEED_UPDATE_SNAPSHOTS") or not expected_path.exists():
        expected_path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n")
        if not os.environ.get("LERNFEED_UPDATE_SNAPSHOTS"):
            pytest.fail(f"no snapshot for {path.name}: wrote {expected_path.name}; review it and commit it")
    assert got == json.loads(expected_path.read_text())
