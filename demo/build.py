"""Build the sample site of the fictional town Wiesenbrück (SAMPLE DATA, not real offers).

    python -m demo.build OUT_DIR [--base-url http://127.0.0.1:8000] [--today 2026-03-01]

writes the static pages from ``demo/site_static/``, one feed per sample source (see
``demo.providers``; a paged API or a listing with detail pages is several files) and a small detail
page per offer, with ``{base_url}`` replaced by the address
the site is served at. Dates are relative to ``today``; a build is deterministic for a given day.
"""

from __future__ import annotations

import argparse
import html
import sys
from datetime import date
from pathlib import Path
from random import Random

if __package__ in (None, ""):  # run as a script: python demo/build.py OUT_DIR
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.catalogue import BASE_URL, SAMPLE_NOTE, DemoOffer, DemoProvider
from demo.providers import PROVIDERS
from demo.writers import WRITERS, WriteContext

STATIC_DIR = Path(__file__).resolve().parent / "site_static"
TEXT_SUFFIXES = {".html", ".txt", ".xml", ".json", ".css", ".ics", ".rss", ".atom", ".csv"}


def build_site(out_dir: Path, today: date, base_url: str) -> dict[str, int]:
    """Write the sample sites under out_dir; return offers per source id. Deterministic for a given today."""
    base_url = base_url.rstrip("/")
    out_dir.mkdir(parents=True, exist_ok=True)
    copy_static(out_dir, base_url)
    counts: dict[str, int] = {}
    for provider in PROVIDERS:
        offers = provider.offers(today, Random(f"{provider.source_id}:{today.isoformat()}"))
        context = WriteContext(today, base_url, Random(f"{provider.source_id}:{today.isoformat()}:writer"))
        written = WRITERS[provider.writer](provider, offers, context)
        files = {provider.path: written} if isinstance(written, bytes) else dict(written)
        for path, content in files.items():
            target = out_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        write_detail_pages(out_dir, provider, offers, base_url, skip=set(files))
        counts[provider.source_id] = len(offers)
    return counts


def copy_static(out_dir: Path, base_url: str) -> None:
    """Copy ``site_static/`` verbatim, filling ``{base_url}`` in text files."""
    for source in sorted(STATIC_DIR.rglob("*")):
        if source.is_dir():
            continue
        target = out_dir / source.relative_to(STATIC_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix in TEXT_SUFFIXES:
            target.write_text(source.read_text(encoding="utf-8").replace(BASE_URL, base_url), encoding="utf-8")
        else:
            target.write_bytes(source.read_bytes())


def write_detail_pages(
    out_dir: Path, provider: DemoProvider, offers: list[DemoOffer], base_url: str, skip: set[str] | None = None
) -> None:
    """A plain page behind every offer link, so that links from the catalogue lead somewhere.

    Pages the provider's writer wrote itself (``skip``: e.g. detail pages with schema.org markup) are kept.
    """
    for offer in offers:
        if not offer.path:
            continue
        page = offer.path + "index.html" if offer.path.endswith("/") else offer.path
        if page in (skip or set()):
            continue
        target = out_dir / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(detail_page(offer, provider).replace(BASE_URL, base_url), encoding="utf-8")


def detail_page(offer: DemoOffer, provider: DemoProvider) -> str:
    paragraphs = "\n".join(f"  <p>{html.escape(text)}</p>" for text in offer.text)
    facts = [
        ("Kursnummer", offer.code),
        ("Ort", offer.place.line if offer.place else ""),
        ("Kosten", offer.price),
        ("Für", offer.audience),
        ("Leitung", offer.person),
    ]
    rows = "\n".join(f"    <dt>{label}</dt><dd>{html.escape(value)}</dd>" for label, value in facts if value)
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>{html.escape(offer.title)} – {html.escape(provider.name)} (Beispieldaten)</title>
  <meta name="robots" content="noindex">
</head>
<body>
  <p><strong>{SAMPLE_NOTE}</strong></p>
  <p><a href="{BASE_URL}/{provider.folder}/">{html.escape(provider.name)}</a></p>
  <h1>{html.escape(offer.title)}</h1>
{paragraphs}
  <dl>
{rows}
  </dl>
  <p>Die Termine stehen im <a href="{BASE_URL}/{provider.path}">Feed</a> dieser Beispielquelle.</p>
</body>
</html>
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Wiesenbrück sample site (Beispieldaten).")
    parser.add_argument("out_dir", type=Path, help="folder to write the site into")
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="address the site will be served at")
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="build for this day (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    today = args.today or date.today()  # noqa: DTZ011 - the demo is about the local calendar day
    counts = build_site(args.out_dir, today, args.base_url)
    for source_id, count in counts.items():
        print(f"{source_id}: {count} offers")
    print(f"{sum(counts.values())} sample offers for {today.isoformat()} in {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
