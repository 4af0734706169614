"""The ``lernfeed`` command line: the one place that wires harvester, spiders and publish together."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from harvester import __version__, settings
from harvester.sources import SourcesError, load_sources, select

#: Progress and reports go to stderr (stdout is for data, e.g. check --jsonl); wide enough for the tables.
console = Console(stderr=True, width=None if sys.stderr.isatty() else 140)

EXIT_OK, EXIT_REJECTS, EXIT_UNREADABLE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lernfeed")
def main() -> None:
    """lernfeed: harvest learning offers from providers' feeds into one open-data catalogue."""


sources_option = click.option(
    "--sources",
    "sources_file",
    type=click.Path(path_type=Path),
    default=None,
    help="The sources registry (default: $LERNFEED_SOURCES or ./sources.yml).",
)


def _load(sources_file: Path | None):
    try:
        return load_sources(sources_file or settings.sources_path())
    except SourcesError as exc:
        console.print(f"[red]{exc}[/red]", highlight=False)
        sys.exit(EXIT_UNREADABLE)


@main.command()
@click.argument("source_ids", nargs=-1)
@sources_option
@click.option(
    "--accept-withdrawals",
    is_flag=True,
    help="Apply withdrawals that the mass-withdrawal guard would hold back (after checking the source).",
)
@click.option("--verbose", is_flag=True, help="Show Scrapy's log.")
def harvest(source_ids: tuple[str, ...], sources_file: Path | None, accept_withdrawals: bool, verbose: bool) -> None:
    """Harvest SOURCE_IDS (default: every enabled source) into the store ($LERNFEED_DB)."""
    from harvester.runner import harvest_and_report

    sources = _load(sources_file)
    try:
        chosen = select(sources, list(source_ids))
    except SourcesError as exc:
        console.print(f"[red]{exc}[/red]", highlight=False)
        sys.exit(EXIT_UNREADABLE)
    failed = harvest_and_report(
        chosen, console=console, accept_withdrawals=accept_withdrawals, log_level="INFO" if verbose else "ERROR"
    )
    sys.exit(1 if failed else 0)


@main.command()
@click.option(
    "--catalogue",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the catalogue (default: $LERNFEED_CATALOGUE or data/catalogue.db).",
)
def publish(catalogue: Path | None) -> None:
    """Build the read-only catalogue from the store and swap it in atomically."""
    from harvester.store import Store
    from publish.build import publish as build

    target = catalogue or settings.catalogue_path()
    with console.status("building the catalogue"):
        counts = build(Store(), target)
    console.print(f"published {counts['offers']} offers of {counts['providers']} providers to {target}")


@main.command()
@click.option("--catalogue", type=click.Path(path_type=Path), default=None, help="The catalogue to serve.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(catalogue: Path | None, host: str, port: int) -> None:
    """Serve the portal (Datasette) on http://HOST:PORT until Ctrl-C."""
    from publish.serve import serve as run

    target = catalogue or settings.catalogue_path()
    if not target.exists():
        console.print(f"[red]{target} does not exist yet: run 'lernfeed harvest' and 'lernfeed publish' first[/red]")
        sys.exit(EXIT_UNREADABLE)
    console.print(f"portal on http://{host}:{port}/ (Ctrl-C stops it)")
    run(target, host=host, port=port)


@main.command()
@sources_option
@click.option("--once", is_flag=True, help="Run every due harvest once, then exit (for cron).")
def schedule(sources_file: Path | None, once: bool) -> None:
    """Harvest each source at its interval and republish after each round, until Ctrl-C."""
    from harvester.scheduler import run_schedule

    run_schedule(_load(sources_file), sources_file=sources_file, console=console, once=once)


@main.command()
@click.argument("source")
@click.option("--format", "format_name", default=None, help="The format (detected when not given).")
@click.option("--timezone", default=settings.DEFAULT_TIMEZONE, show_default=True, help="IANA zone for floating times.")
@click.option("--jsonl", is_flag=True, help="Write one JSON object per offer to stdout.")
def check(source: str, format_name: str | None, timezone: str, jsonl: bool) -> None:
    """Check a feed (a file or an http(s) URL) as a harvest would read it.

    Exit code 0: every record is valid; 1: some records were rejected; 2: the source could not be read.
    """
    from harvester.check import CheckError
    from harvester.check import check as run_check
    from harvester.report import print_report

    try:
        result = run_check(source, format_name=format_name, timezone=timezone)
    except CheckError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(EXIT_UNREADABLE)
    if jsonl:
        out = sys.stdout
        for offer in result.offers:
            out.write(offer.model_dump_json(exclude_none=False) + "\n")
        out.flush()
    print_report(result, console=console, now=datetime.now(UTC))
    sys.exit(EXIT_REJECTS if result.rejects else EXIT_OK)


@main.command()
@click.option("--port", default=8001, show_default=True, type=int, help="Port of the portal.")
@click.option("--no-serve", is_flag=True, help="Harvest and publish, then exit instead of serving the portal.")
@click.option("--rebuild-sites", is_flag=True, help="Regenerate the sample sites (dates relative to today).")
def demo(port: int, no_serve: bool, rebuild_sites: bool) -> None:
    """Serve the bundled sample sites, harvest them, publish, and serve the portal."""
    from harvester.demo import run_demo

    run_demo(port=port, serve_portal=not no_serve, rebuild=rebuild_sites, console=console)


@main.command()
def schema() -> None:
    """Print the JSON Schema of an Offer (the published record)."""
    from schemas.offer import Offer

    click.echo(json.dumps(Offer.model_json_schema(), indent=2, ensure_ascii=False))


@main.command(name="sources")
@sources_option
def sources_command(sources_file: Path | None) -> None:
    """Validate sources.yml and list its sources with their last harvest."""
    from harvester.store import Store
    from schemas.tables import SourceRow

    sources = _load(sources_file)
    store = Store()
    from sqlalchemy import select as sql_select

    with store.engine.connect() as conn:
        known = {row.id: row for row in conn.execute(sql_select(SourceRow))}
    table = Table("id", "format", "provider", "interval", "enabled", "last success", title="sources")
    for source in sources:
        row = known.get(source.id)
        table.add_row(
            source.id,
            str(source.format),
            source.provider.name,
            source.interval,
            "yes" if source.enabled else "no",
            (row.last_success_at or "never")[:16].replace("T", " ") if row else "never",
        )
    Console(width=None if sys.stdout.isatty() else 140).print(table)


if __name__ == "__main__":
    main()
