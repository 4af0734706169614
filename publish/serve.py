"""Serve the catalogue with Datasette, configured by datasette.yml and publish/metadata.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from datasette.app import Datasette

PUBLISH_DIR = Path(__file__).resolve().parent
#: datasette.yml beside pyproject.toml (a checkout) or packaged beside this module (an install).
CONFIG_CANDIDATES = [PUBLISH_DIR.parent / "datasette.yml", PUBLISH_DIR / "datasette.yml"]


def load_yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def config_path() -> Path:
    for candidate in CONFIG_CANDIDATES:
        if candidate.exists():
            return candidate
    raise FileNotFoundError("datasette.yml not found")


def make_datasette(catalogue: Path, **kwargs: Any) -> Datasette:
    """A Datasette for the catalogue file, with the real configuration (used by serve and the tests)."""
    config = load_yaml(config_path())
    settings = config.pop("settings", {})
    return Datasette(
        [str(catalogue)],
        config=config,
        metadata=load_yaml(PUBLISH_DIR / "metadata.yml"),
        settings=settings,
        template_dir=str(PUBLISH_DIR / "templates"),
        **kwargs,
    )


def serve(catalogue: Path, *, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run the portal until interrupted."""
    import uvicorn

    ds = make_datasette(catalogue)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
