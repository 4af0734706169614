"""The one shared normaliser: German dates, prices, places, categories and text (``record.normalize_record``)."""
