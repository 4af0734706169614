"""lernfeed's Datasette plugin: registered through Datasette's own plugin registry (an entry point).

It reopens the catalogue after ``lernfeed publish`` swapped in a new file, so a running portal
serves the new catalogue without a restart (the old file stays readable until then).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from datasette import hookimpl
from datasette.database import Database

#: Seconds between checks for a newly published catalogue.
RELOAD_CHECK_SECONDS = 2.0


def _identity(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


@hookimpl
def startup(datasette: Any) -> Any:
    async def watch() -> None:
        known = {name: _identity(db.path) for name, db in datasette.databases.items() if db.path}
        while True:
            await asyncio.sleep(RELOAD_CHECK_SECONDS)
            for name, db in list(datasette.databases.items()):
                if not db.path:
                    continue
                current = _identity(db.path)
                if current is not None and current != known.get(name):
                    datasette.remove_database(name)
                    datasette.add_database(Database(datasette, path=db.path, is_mutable=True), name=name)
                    known[name] = current

    async def start() -> None:
        datasette._lernfeed_watch = asyncio.get_running_loop().create_task(watch())

    return start
