"""Public surfaces are documented: CLI commands and options, Offer fields, sources.yml keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from harvester.cli import main
from schemas.offer import Offer, Session
from schemas.source import Provider, Source

DOCS = Path(__file__).resolve().parent.parent / "docs"


def section(text: str, heading: str) -> str:
    match = re.search(rf"^## `{re.escape(heading)}[^\n]*\n(.*?)(?=^## |\Z)", text, re.DOTALL | re.MULTILINE)
    assert match, f"docs/cli.md has no section for `{heading}`"
    return match.group(0)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_and_option_is_documented(name: str) -> None:
    text = section((DOCS / "cli.md").read_text(), f"lernfeed {name}")
    for param in main.commands[name].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert opt in text, f"option {opt} of 'lernfeed {name}' is not in docs/cli.md"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    first_words = " ".join(main.commands[name].help.split()[:4])
    assert first_words in " ".join(result.output.split())


@pytest.mark.parametrize("model", [Offer, Session])
def test_every_offer_field_is_documented(model: type) -> None:
    text = (DOCS / "schema.md").read_text()
    missing = [name for name in model.model_fields if f"| `{name}` |" not in text]
    assert missing == []


def test_every_sources_key_is_documented() -> None:
    text = (DOCS / "sources.md").read_text()
    missing = [name for name in Source.model_fields if f"| `{name}` |" not in text]
    missing += [name for name in Provider.model_fields if f"`{name}`" not in text]
    assert missing == []


def test_schema_command_prints_the_offer_json_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert '"title": "Offer"' in result.output and '"price_eur"' in result.output


def test_every_catalogue_column_and_query_is_documented() -> None:
    from publish.build import OFFER_COLUMNS
    from publish.serve import config_path, load_yaml

    text = (DOCS / "api.md").read_text()
    assert [c for c in OFFER_COLUMNS if f"`{c}`" not in text] == []
    queries = load_yaml(config_path())["databases"]["catalogue"]["queries"]
    assert [q for q in queries if f"/catalogue/{q}" not in text] == []
