"""The human report of ``lernfeed check``, written for the partner whose feed it is."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from rich.console import Console

from harvester.check import CheckResult
from schemas.offer import Offer

#: How many rejected records the report lists one by one.
MAX_REJECTS_SHOWN = 20


def print_report(result: CheckResult, *, console: Console, now: datetime) -> None:
    p = console.print
    p(f"[bold]{result.location}[/bold] read as [bold]{result.format}[/bold]", highlight=False)
    past = sum(1 for offer in result.offers if _is_past(offer, now))
    p(
        f"  records read: {result.fetched}; offers: {len(result.offers)} "
        f"({past} already past, {len(result.offers) - past} upcoming); rejected: {len(result.rejects)}",
        highlight=False,
    )
    if result.deleted:
        p(
            f"  deletions announced by the source: {len(result.deleted)} (these offers are withdrawn on harvest)",
            highlight=False,
        )
    if result.rejects:
        p("[bold red]Rejected records[/bold red] (fix these in your feed):")
        for reject in result.rejects[:MAX_REJECTS_SHOWN]:
            ref = f" {reject.record_ref}" if reject.record_ref else ""
            p(f"  - record{ref}: {reject.reason}", highlight=False)
        if len(result.rejects) > MAX_REJECTS_SHOWN:
            p(f"  … and {len(result.rejects) - MAX_REJECTS_SHOWN} more", highlight=False)
    warnings = Counter(_warning_kind(w) for offer in result.offers for w in offer.warnings)
    if warnings:
        p("[bold yellow]Warnings[/bold yellow] (the offers are published, but could be better):")
        for kind, count in warnings.most_common():
            p(f"  - {kind}: {count} offer(s)", highlight=False)
    for offer in result.offers[:2]:
        p("[bold]What a citizen will see:[/bold]")
        for line in citizen_view(offer):
            p(f"  {line}", highlight=False)


WEEKDAYS_DE = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")


def when_de(value: datetime | date) -> str:
    """A date or time as a German reader expects it: "Sa. 05.04.2025, 10:00 Uhr"."""
    day = f"{WEEKDAYS_DE[value.weekday()]} {value:%d.%m.%Y}"
    return f"{day}, {value:%H:%M} Uhr" if isinstance(value, datetime) else f"{day} (ganztägig)"


def citizen_view(offer: Offer) -> list[str]:
    """The lines a citizen reads for an offer in the portal."""
    lines = [offer.title]
    if offer.start:
        when = when_de(offer.start)
        if offer.session_count and offer.session_count > 1:
            when += f", {offer.session_count} Termine"
        lines.append(f"Wann: {when}")
    else:
        lines.append("Wann: (kein Datum angegeben)")
    if offer.location and not offer.location.is_empty():
        loc = offer.location
        parts = (loc.name, loc.room, loc.street, " ".join(p for p in (loc.postal_code, loc.locality) if p))
        lines.append("Wo: " + ", ".join(str(v) for v in parts if v))
    elif offer.attendance_mode == "online":
        lines.append("Wo: online")
    else:
        lines.append("Wo: (kein Ort angegeben)")
    if offer.is_free:
        lines.append("Kosten: kostenfrei")
    elif offer.price_eur is not None:
        price = f"Kosten: {offer.price_eur:.2f} €".replace(".", ",")
        others = [o for o in offer.price_options if o.amount_eur != offer.price_eur or o.label != "regulär"]
        if others:
            price += " (" + "; ".join(f"{o.label} {o.amount_eur:.2f} €".replace(".", ",") for o in others) + ")"
        lines.append(price)
    else:
        lines.append("Kosten: (nicht angegeben)")
    if offer.status != "scheduled":
        lines.append(f"Status: {offer.status}")
    return lines


def _warning_kind(warning: str) -> str:
    return warning.split(":")[0].split(" (")[0][:80]


def _is_past(offer: Offer, now: datetime) -> bool:
    last = (offer.sessions[-1].end or offer.sessions[-1].start) if offer.sessions else (offer.end or offer.start)
    if last is None:
        return False
    if isinstance(last, datetime):
        return last < now
    return isinstance(last, date) and last < now.date()
