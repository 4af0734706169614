"""``lernfeed check``: stdout JSON Lines, a report on stderr, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from harvester.cli import main
from harvester.sites import base_url, serve_folder

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO = FIXTURES.parent.parent

GOOD_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:a@test\r\n"
    "DTSTART;TZID=Europe/Berlin:20250312T180000\r\nDTEND;TZID=Europe/Berlin:20250312T193000\r\n"
    "SUMMARY:Englisch A1\r\nDESCRIPTION:Kosten: 45\\,00 €\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
NO_TITLE = GOOD_ICS.replace("SUMMARY:Englisch A1\r\n", "").replace(
    "END:VCALENDAR",
    ("BEGIN:VEVENT\r\nUID:b@test\r\nDTSTART:20250313T170000Z\r\nSUMMARY:Yoga\r\nEND:VEVENT\r\nEND:VCALENDAR"),
)


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_valid_file_exits_0_with_one_json_line_per_offer(tmp_path: Path) -> None:
    path = tmp_path / "kurse.ics"
    path.write_text(GOOD_ICS)
    result = run(str(path), "--jsonl")
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    offer = json.loads(line)
    assert (offer["title"], offer["start"], offer["price_eur"]) == ("Englisch A1", "2025-03-12T18:00:00+01:00", 45.0)
    assert "read as ical" in result.stderr and "What a citizen will see" in result.stderr
    assert "Mi. 12.03.2025, 18:00 Uhr" in result.stderr


def test_rejected_records_exit_1_and_are_explained(tmp_path: Path) -> None:
    path = tmp_path / "kurse.ics"
    path.write_text(NO_TITLE)
    result = run(str(path), "--jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Yoga"]
    assert "record a@test: title: missing" in result.stderr


def test_unreadable_source_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "kurse.ics"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    result = run(str(path), "--format", "ical")
    assert result.exit_code == 2
    assert "not an iCalendar file" in result.stderr
    assert "Traceback" not in result.stderr
    assert run(str(tmp_path / "missing.ics")).exit_code == 2
    undetectable = tmp_path / "notes.txt"
    undetectable.write_text("just some words")
    result = run(str(undetectable))
    assert result.exit_code == 2 and "--format" in result.stderr


#: Fixtures whose bytes cannot tell their format (``check`` then asks for --format).
UNDETECTABLE = {"tribe/leere-seite.json": "an empty API answer ({code, message}) names no format"}


def test_format_is_detected_for_every_fixture_folder() -> None:
    from harvester.formats.detect import detect_format

    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            skip = path.name.endswith((".expected.json", ".meta.json", ".md")) or folder.name == "json"
            if skip or f"{folder.name}/{path.name}" in UNDETECTABLE:
                continue
            detected = detect_format(path.read_bytes(), name=path.name)
            expected = {"atom": "atom", "rss": "rss"}.get(folder.name, folder.name)
            assert detected == expected, f"{folder.name}/{path.name} detected as {detected}"


def test_check_reads_a_url_through_the_fetch_path(tmp_path: Path) -> None:
    (tmp_path / "kurse.ics").write_text(GOOD_ICS)
    server = serve_folder(tmp_path)
    try:
        url = f"{base_url(server)}/kurse.ics"
        result = subprocess.run(
            [sys.executable, "-m", "harvester.cli", "check", url, "--jsonl"],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["title"] == "Englisch A1"
        missing = subprocess.run(
            [sys.executable, "-m", "harvester.cli", "check", f"{base_url(server)}/nope.ics"],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
        )
        assert missing.returncode == 2 and "HTTP 404" in missing.stderr
    finally:
        server.shutdown()
