"""``lernfeed demo``: sample sites on 127.0.0.1, a real harvest of them, a published catalogue, the portal."""

from __future__ import annotations

import importlib
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console

from harvester import settings
from harvester.sites import serve_folder

BERLIN = ZoneInfo(settings.DEFAULT_TIMEZONE)
REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = REPO_ROOT / "demo"
#: The built sample sites (git-ignored; rebuilt with --rebuild-sites or when missing).
SITE_DIR = Path("data/demo-site")
#: Where the sample sites are served (the repository's sources.yml points there).
SITE_PORT = 8002
#: The registry of the sample town: the repository's sources.yml points at the sample sites.
DEMO_SOURCES = REPO_ROOT / "sources.yml"


def build_sites(*, rebuild: bool, today: date | None = None) -> dict[str, int]:
    """Write the sample sites (dates relative to today) unless they exist already."""
    marker = SITE_DIR / ".built-on"
    if marker.exists() and not rebuild:
        return {}
    sys.path.insert(0, str(REPO_ROOT))
    builder = importlib.import_module("demo.build")
    SITE_DIR.mkdir(parents=True, exist_ok=True)
    today = today or datetime.now(BERLIN).date()
    counts = builder.build_site(SITE_DIR, today, f"http://127.0.0.1:{SITE_PORT}")
    marker.write_text(today.isoformat())
    return counts


def run_demo(*, port: int, serve_portal: bool, rebuild: bool, console: Console) -> None:
    counts = build_sites(rebuild=rebuild)
    if counts:
        console.print(
            f"built the sample sites of Wiesenbrück in {SITE_DIR}: {sum(counts.values())} offers "
            f"from {len(counts)} sources (sample data)"
        )
    try:
        server = serve_folder(SITE_DIR, port=SITE_PORT)
    except OSError as exc:
        console.print(
            f"[red]cannot serve the sample sites on 127.0.0.1:{SITE_PORT} ({exc.strerror}); "
            "is another demo running?[/red]"
        )
        sys.exit(2)
    console.print(f"sample sites on http://127.0.0.1:{SITE_PORT}/")
    try:
        subprocess.run([sys.executable, "-m", "harvester.cli", "harvest", "--sources", str(DEMO_SOURCES)], check=False)
        subprocess.run([sys.executable, "-m", "harvester.cli", "publish"], check=True)
        if serve_portal:
            from publish.serve import serve

            console.print(f"[bold]portal on http://127.0.0.1:{port}/[/bold]  (Ctrl-C stops the demo)")
            console.print(f"  search: http://127.0.0.1:{port}/catalogue/offers?_search=yoga")
            console.print(f"  JSON:   http://127.0.0.1:{port}/catalogue/offers.json?_search=yoga")
            console.print("  re-harvest while it runs: .venv/bin/lernfeed harvest && .venv/bin/lernfeed publish")
            serve(settings.catalogue_path(), port=port)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
