"""Where lernfeed keeps its files, and the caps on untrusted input that are not format-specific."""

from __future__ import annotations

import os
from pathlib import Path

#: Default store: an SQLite file under data/ (any SQLAlchemy URL works, e.g. postgresql+psycopg://...).
DEFAULT_DB_URL = "sqlite:///data/store.db"
DEFAULT_CATALOGUE = Path("data/catalogue.db")
DEFAULT_SOURCES = Path("sources.yml")
DEFAULT_TIMEZONE = "Europe/Berlin"

#: A published contact for the operators of the sites we read (sent in the User-Agent).
CONTACT_URL = os.environ.get("LERNFEED_CONTACT_URL", "https://github.com/lernfeed/lernfeed")
USER_AGENT = f"lernfeed/0.1 (+{CONTACT_URL}; open catalogue of learning offers)"

#: The largest response we read from any source (a whole city's VHS programme as XML is ~50 MB).
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: The largest single record excerpt stored with a reject.
MAX_REJECT_EXCERPT_CHARS = 2_000
#: How many records one source may yield in one harvest before the rest are dropped with a warning.
MAX_RECORDS_PER_SOURCE = 200_000
#: How far ahead recurring events are expanded, in days (rounded up to the first of a month).
RECURRENCE_HORIZON_DAYS = 365
#: At most this many sessions per offer; the earliest are dropped first, with a warning.
MAX_SESSIONS_PER_OFFER = 500
#: Share of a source's upcoming offers that one harvest may withdraw before it is held back for review.
WITHDRAWAL_GUARD_SHARE = 0.2
#: The guard never holds back a harvest that withdraws fewer than this many offers.
WITHDRAWAL_GUARD_MIN_COUNT = 3


def db_url() -> str:
    return os.environ.get("LERNFEED_DB", DEFAULT_DB_URL)


def catalogue_path() -> Path:
    return Path(os.environ.get("LERNFEED_CATALOGUE", str(DEFAULT_CATALOGUE)))


def sources_path() -> Path:
    return Path(os.environ.get("LERNFEED_SOURCES", str(DEFAULT_SOURCES)))
