"""Item pipelines: every raw record goes through the one normaliser and is counted."""

from __future__ import annotations

from typing import Any

from harvester import settings
from harvester.normalize.record import RecordError, SourceContext, normalize_record
from harvester.store import Reject
from spiders.base import SourceSpider


class NormalizePipeline:
    """Normalise each raw record into an Offer, or keep it as a reject with its reason."""

    def open_spider(self, spider: SourceSpider) -> None:
        source = spider.source
        spider.offers = []
        spider.rejects = []
        spider.context = SourceContext(
            source_id=source.id,
            provider_id=source.provider.id,
            timezone=source.zone,
            licence=source.licence,
            options=source.options,
        )

    def process_item(self, item: dict[str, Any], spider: SourceSpider) -> None:
        record = item["record"]
        if record.get("_deleted"):
            spider.deleted_refs.append(str(record["_deleted"]))
            return None
        if len(spider.offers) + len(spider.rejects) >= settings.MAX_RECORDS_PER_SOURCE:
            spider.fail(f"more than {settings.MAX_RECORDS_PER_SOURCE} records; the source was not applied")
            return None
        try:
            spider.offers.append(normalize_record(record, spider.context, now=spider.now))
        except RecordError as exc:
            spider.rejects.append(Reject.of(record, str(exc)))
        return None
