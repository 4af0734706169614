"""Harvest with progress on the terminal and a summary table at the end."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from harvester.store import RunSummary, Store
from schemas.source import Source

OUTCOME_STYLE = {"ok": "green", "not-modified": "cyan", "held": "yellow", "failed": "red"}


def harvest_and_report(
    sources: list[Source], *, console: Console, accept_withdrawals: bool = False, log_level: str = "ERROR"
) -> bool:
    """Harvest, print a line per finished source and a summary table; True when any source failed."""
    from harvester.harvest import run_harvest

    store = Store()
    done: list[RunSummary] = []

    def progress(summary: RunSummary) -> None:
        done.append(summary)
        style = OUTCOME_STYLE.get(summary.outcome, "white")
        line = (
            f"[{len(done)}/{len(sources)}] {summary.source_id}: [{style}]{summary.outcome}[/{style}], "
            f"{summary.valid} offers read, {summary.new} new, {summary.changed} changed, "
            f"{summary.withdrawn} withdrawn, {summary.rejected} rejected"
        )
        console.print(line, highlight=False)
        if summary.error:
            console.print(f"    {summary.error}", style=style, highlight=False)

    with console.status(f"harvesting {len(sources)} source(s)"):
        summaries = run_harvest(
            sources, store, on_done=progress, log_level=log_level, accept_withdrawals=accept_withdrawals
        )
    console.print(summary_table(summaries))
    return any(s.outcome == "failed" for s in summaries)


def summary_table(summaries: list[RunSummary]) -> Table:
    table = Table(title="harvest summary")
    for column in (
        "source",
        "outcome",
        "read",
        "valid",
        "rejected",
        "new",
        "changed",
        "unchanged",
        "withdrawn",
        "held back",
        "offers now",
    ):
        table.add_column(column, justify="left" if column in {"source", "outcome"} else "right")
    for s in sorted(summaries, key=lambda s: s.source_id):
        style = OUTCOME_STYLE.get(s.outcome, "white")
        table.add_row(
            s.source_id,
            f"[{style}]{s.outcome}[/{style}]",
            str(s.fetched),
            str(s.valid),
            str(s.rejected),
            str(s.new),
            str(s.changed),
            str(s.unchanged),
            str(s.withdrawn),
            str(s.held_back),
            str(s.total_offers),
        )
    return table
