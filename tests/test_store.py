"""Store semantics: new, unchanged, changed, withdrawn, failed harvests, the mass-withdrawal guard."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from harvester.store import HarvestResult, Reject, Store
from schemas.offer import Offer
from schemas.tables import ChangeRow, HarvestRun, OfferRow, RejectRow
from tests.conftest import make_source

SOURCE = make_source()


def offer(ref: str, now: datetime, *, title: str | None = None, days: int = 10) -> Offer:
    start = now + timedelta(days=days)
    return Offer(
        id=f"{SOURCE.id}:{ref}",
        source_id=SOURCE.id,
        source_ref=ref,
        provider_id=SOURCE.provider.id,
        title=title or f"Kurs {ref}",
        start=start,
        end=start + timedelta(hours=2),
        sessions=[{"start": start, "end": start + timedelta(hours=2)}],
    )


def harvest(store: Store, now: datetime, offers: list[Offer], **kwargs: object):
    store.sync_sources([SOURCE])
    return store.apply(
        HarvestResult(source=SOURCE, started_at=now, offers=offers, fetched=len(offers), **kwargs), now=now
    )


def rows(store: Store, model, *where):
    with store.engine.connect() as conn:
        return list(conn.execute(select(model).where(*where)))


def test_new_offers_are_inserted_with_a_change_each(store: Store, now: datetime) -> None:
    summary = harvest(store, now, [offer("a", now), offer("b", now)])
    assert (summary.outcome, summary.new, summary.changed, summary.withdrawn) == ("ok", 2, 0, 0)
    stored = rows(store, OfferRow)
    assert {r.id for r in stored} == {"testtown_vhs:a", "testtown_vhs:b"}
    assert all(r.first_seen_at == r.changed_at == now.isoformat() for r in stored)
    assert [c.change for c in rows(store, ChangeRow)] == ["new", "new"]


def test_unchanged_harvest_writes_no_offer_and_no_change(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now)])
    before = rows(store, OfferRow)
    later = now + timedelta(hours=6)
    summary = harvest(store, later, [offer("a", now)])
    assert (summary.new, summary.changed, summary.unchanged) == (0, 0, 1)
    assert rows(store, OfferRow) == before
    assert len(rows(store, ChangeRow)) == 1


def test_changed_offer_keeps_first_seen_and_logs_update(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now)])
    later = now + timedelta(hours=6)
    summary = harvest(store, later, [offer("a", now, title="Kurs a (neuer Titel)")])
    assert summary.changed == 1
    (row,) = rows(store, OfferRow)
    assert row.title == "Kurs a (neuer Titel)"
    assert row.first_seen_at == now.isoformat()
    assert row.changed_at == later.isoformat()
    changes = rows(store, ChangeRow)
    assert [c.change for c in changes] == ["new", "updated"]
    assert changes[0].seq < changes[1].seq


def test_vanished_upcoming_offer_is_withdrawn_not_deleted(store: Store, now: datetime) -> None:
    offers = [offer(str(i), now) for i in range(10)]
    harvest(store, now, offers)
    summary = harvest(store, now + timedelta(hours=1), offers[1:])
    assert summary.withdrawn == 1
    withdrawn = store.offer("testtown_vhs:0")
    assert withdrawn is not None and withdrawn.status == "withdrawn"
    assert rows(store, ChangeRow, ChangeRow.offer_id == "testtown_vhs:0")[-1].change == "withdrawn"


def test_withdrawn_offer_that_reappears_is_updated_back(store: Store, now: datetime) -> None:
    offers = [offer(str(i), now) for i in range(10)]
    harvest(store, now, offers)
    harvest(store, now + timedelta(hours=1), offers[1:])
    summary = harvest(store, now + timedelta(hours=2), offers)
    assert summary.changed == 1
    assert store.offer("testtown_vhs:0").status == "scheduled"


def test_vanished_past_offer_is_kept_as_it_was(store: Store, now: datetime) -> None:
    past = offer("old", now, days=-3)
    harvest(store, now, [past, offer("new", now)])
    summary = harvest(store, now + timedelta(hours=1), [offer("new", now)])
    assert summary.withdrawn == 0
    assert store.offer("testtown_vhs:old").status == "scheduled"


def test_failed_harvest_changes_nothing(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now), offer("b", now)])
    before = rows(store, OfferRow)
    summary = harvest(store, now + timedelta(hours=1), [], ok=False, error="source testtown_vhs: HTTP 500")
    assert summary.outcome == "failed"
    assert rows(store, OfferRow) == before
    runs = rows(store, HarvestRun)
    assert [r.outcome for r in runs] == ["ok", "failed"]
    assert runs[-1].error == "source testtown_vhs: HTTP 500"


def test_not_modified_harvest_changes_nothing(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now)])
    before = rows(store, OfferRow)
    summary = harvest(store, now + timedelta(hours=1), [], not_modified=True)
    assert summary.outcome == "not-modified"
    assert rows(store, OfferRow) == before


def test_mass_withdrawal_is_held_back(store: Store, now: datetime) -> None:
    offers = [offer(str(i), now) for i in range(10)]
    harvest(store, now, offers)
    summary = harvest(store, now + timedelta(hours=1), [*offers[:5], offer("x", now)])
    assert summary.outcome == "held"
    assert (summary.withdrawn, summary.held_back, summary.new) == (0, 5, 1)
    assert "would withdraw 5 of 10" in summary.error
    assert all(o.status == "scheduled" for o in store.offers())


def test_mass_withdrawal_applies_when_accepted(store: Store, now: datetime) -> None:
    offers = [offer(str(i), now) for i in range(10)]
    harvest(store, now, offers)
    summary = harvest(store, now + timedelta(hours=1), offers[:5], accept_withdrawals=True)
    assert (summary.outcome, summary.withdrawn) == ("ok", 5)


def test_incremental_harvest_withdraws_only_explicit_deletions(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now), offer("b", now)])
    summary = harvest(store, now + timedelta(hours=1), [], full=False, deleted_refs=["a"])
    assert summary.withdrawn == 1
    assert store.offer("testtown_vhs:a").status == "withdrawn"
    assert store.offer("testtown_vhs:b").status == "scheduled"


def test_rejects_are_recorded_with_their_run(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now)], rejects=[Reject(reason="title: missing", excerpt='{"x": 1}')])
    (reject,) = rows(store, RejectRow)
    (run,) = rows(store, HarvestRun)
    assert (reject.run_id, reject.reason, run.rejected) == (run.id, "title: missing", 1)


def test_state_is_kept_only_from_successful_harvests(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("a", now)], state={"etag": '"1"'})
    harvest(store, now, [], ok=False, error="down", state={"etag": '"2"'})
    assert store.source_state(SOURCE.id) == {"etag": '"1"'}


def test_prefix_deletion_withdraws_every_run_of_a_course(store: Store, now: datetime) -> None:
    harvest(store, now, [offer("P1/a", now), offer("P1/b", now), offer("P10/a", now)])
    summary = harvest(store, now + timedelta(hours=1), [], full=False, deleted_refs=["P1/*"])
    assert summary.withdrawn == 2
    assert store.offer("testtown_vhs:P10/a").status == "scheduled"
