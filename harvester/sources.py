"""Read and validate ``sources.yml``, the federation registry (docs/sources.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from schemas.source import Source, SourcesFile

#: The largest sources.yml we read (a national registry of every VHS is well under 1 MB).
MAX_SOURCES_FILE_BYTES = 5_000_000


class SourcesError(ValueError):
    """sources.yml cannot be used; the message names the entry and the key."""


def load_sources(path: Path, *, substitutions: dict[str, str] | None = None) -> list[Source]:
    """Load every entry of a sources.yml file; raise SourcesError naming the entry and key of a problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read the sources file ({exc.strerror})") from exc
    if len(raw) > MAX_SOURCES_FILE_BYTES:
        raise SourcesError(f"{path}: larger than {MAX_SOURCES_FILE_BYTES} bytes")
    text = raw.decode("utf-8-sig")
    for key, value in (substitutions or {}).items():
        text = text.replace("{" + key + "}", value)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML ({exc})") from exc
    return parse_sources(data, origin=str(path))


def parse_sources(data: Any, *, origin: str = "sources.yml") -> list[Source]:
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise SourcesError(f"{origin}: expected a mapping with a list under 'sources'")
    try:
        return SourcesFile.model_validate(data).sources
    except ValidationError as exc:
        raise SourcesError(_explain(exc, data["sources"], origin)) from None


def _explain(exc: ValidationError, entries: list[Any], origin: str) -> str:
    lines = [f"{origin}: {exc.error_count()} problem(s)"]
    for error in exc.errors():
        loc = list(error["loc"])
        where = "file"
        if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
            index = loc[1]
            entry = entries[index] if index < len(entries) else None
            name = entry.get("id") if isinstance(entry, dict) else None
            where = f"entry {index + 1}" + (f" ({name})" if name else "")
            loc = loc[2:]
        key = ".".join(str(part) for part in loc) or "(entry)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "required key is missing"
        elif "input" in error and error["type"] not in {"missing"}:
            message = f"{message} (got {error['input']!r})"
        lines.append(f"  {where}, key '{key}': {message}")
    return "\n".join(lines)


def select(sources: list[Source], ids: list[str] | None) -> list[Source]:
    """The sources named by ids (all enabled ones when none are named); unknown ids are an error."""
    if not ids:
        return [source for source in sources if source.enabled]
    known = {source.id: source for source in sources}
    unknown = [source_id for source_id in ids if source_id not in known]
    if unknown:
        raise SourcesError(f"unknown source id(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return [known[source_id] for source_id in ids]
