"""sources.yml: unknown keys and bad values are errors naming the entry and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.sources import SourcesError, load_sources, parse_sources, select

GOOD = {
    "id": "wiesenbrueck_vhs",
    "name": "VHS",
    "format": "ical",
    "url": "http://127.0.0.1:8002/vhs/programm.ics",
    "provider": {"id": "vhs_wiesenbrueck", "name": "Volkshochschule Wiesenbrück", "type": "vhs"},
}


def entry(**changes: object) -> dict:
    data = {**GOOD, **changes}
    return {k: v for k, v in data.items() if v is not None}


def problem(*entries: dict) -> str:
    with pytest.raises(SourcesError) as info:
        parse_sources({"sources": list(entries)})
    return str(info.value)


def test_valid_entry_gets_defaults() -> None:
    (source,) = parse_sources({"sources": [entry()]})
    assert (source.timezone, source.interval, source.enabled, source.interval_seconds) == (
        "Europe/Berlin",
        "6h",
        True,
        21600,
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"colour": "blue"}, "entry 1 (wiesenbrueck_vhs), key 'colour': unknown key"),
        ({"format": "pdf"}, "key 'format'"),
        ({"timezone": "Europe/Wiesenbrück"}, "unknown IANA time zone"),
        ({"interval": "often"}, "key 'interval'"),
        ({"id": "Wiesenbrück VHS"}, "key 'id'"),
        ({"url": "ftp://example.org/feed"}, "key 'url'"),
        ({"url": None}, "key 'url': required key is missing"),
        ({"provider": {"id": "x", "name": "X", "type": "castle"}}, "key 'provider.type'"),
        ({"format": "spider"}, "needs a 'spider' key"),
        ({"licence": "all rights reserved!"}, "key 'licence'"),
    ],
)
def test_bad_entries_name_entry_and_key(changes: dict, expected: str) -> None:
    assert expected in problem(entry(**changes))


def test_second_entry_is_named_by_position_and_id() -> None:
    message = problem(entry(), entry(id="wiesenbrueck_bib", enabled="sometimes"))
    assert "entry 2 (wiesenbrueck_bib), key 'enabled'" in message


def test_duplicate_ids_are_an_error() -> None:
    assert "appears twice" in problem(entry(), entry())


def test_file_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="cannot read"):
        load_sources(tmp_path / "missing.yml")
    bad = tmp_path / "sources.yml"
    bad.write_text("sources: [unclosed")
    with pytest.raises(SourcesError, match="not valid YAML"):
        load_sources(bad)
    bad.write_text("- just a list")
    with pytest.raises(SourcesError, match="list under 'sources'"):
        load_sources(bad)


def test_select_unknown_ids_is_an_error() -> None:
    sources = parse_sources({"sources": [entry(), entry(id="wiesenbrueck_bib", enabled=False)]})
    assert [s.id for s in select(sources, [])] == ["wiesenbrueck_vhs"]
    assert [s.id for s in select(sources, ["wiesenbrueck_bib"])] == ["wiesenbrueck_bib"]
    with pytest.raises(SourcesError, match="unknown source id"):
        select(sources, ["nowhere_vhs"])


def test_repository_sources_file_is_valid() -> None:
    sources = load_sources(Path(__file__).resolve().parent.parent / "sources.yml")
    assert len({s.provider.id for s in sources}) >= 4
