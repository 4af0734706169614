"""``lernfeed schedule``: harvest each source at its interval, unattended.

Each harvest runs in its own process (Twisted's reactor cannot restart, and a crash or leak
in one harvest must not touch the next); the catalogue is republished after each round.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import schedule
from rich.console import Console

from schemas.source import Source

#: Seconds between checks for due jobs.
TICK_SECONDS = 5
#: A harvest process that runs longer than this is stopped (and reported as failed).
HARVEST_TIMEOUT_SECONDS = 3600


def harvest_command(source_ids: list[str], sources_file: Path | None) -> list[str]:
    command = [sys.executable, "-m", "harvester.cli", "harvest", *source_ids]
    if sources_file:
        command += ["--sources", str(sources_file)]
    return command


def run_round(source_ids: list[str], sources_file: Path | None, console: Console) -> None:
    try:
        subprocess.run(harvest_command(source_ids, sources_file), timeout=HARVEST_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        console.print(f"[red]harvest of {', '.join(source_ids)} took over {HARVEST_TIMEOUT_SECONDS} s; stopped[/red]")
    subprocess.run([sys.executable, "-m", "harvester.cli", "publish"], check=False)


def run_schedule(sources: list[Source], *, sources_file: Path | None, console: Console, once: bool) -> None:
    enabled = [source for source in sources if source.enabled]
    run_round([s.id for s in enabled], sources_file, console)
    if once:
        return
    scheduler = schedule.Scheduler()
    for source in enabled:
        scheduler.every(source.interval_seconds).seconds.do(run_round, [source.id], sources_file, console)
    console.print(f"scheduled {len(enabled)} source(s); Ctrl-C stops")
    try:
        while True:
            scheduler.run_pending()
            time.sleep(TICK_SECONDS)
    except KeyboardInterrupt:
        pass
