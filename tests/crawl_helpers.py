"""Run the real ``lernfeed`` command in a subprocess against a store in a test's temporary folder.

Harvests run in their own process because Twisted's reactor cannot restart inside pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: A harvest against 127.0.0.1 takes seconds; this only stops a hung test.
CLI_TIMEOUT_SECONDS = 120


def run_cli(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``lernfeed ARGS`` with LERNFEED_DB in tmp_path; stdout and stderr captured as text."""
    full_env = {**os.environ, "LERNFEED_DB": f"sqlite:///{tmp_path / 'store.db'}", "COLUMNS": "200", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "harvester.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=CLI_TIMEOUT_SECONDS,
    )
