"""`briefing refetch`: ask every imported briefing whether its index changed, before a build.

A hub's workflow runs it on a schedule and whenever a member briefing says it has published.
Each request is conditional (the `ETag` and `Last-Modified` of the copy held in the cache): an
unchanged index costs a `304` and no body, and its copy counts as fresh again. A changed index
is checked before it replaces the copy. A briefing that cannot be reached keeps its copy, and
says so; only an import with no copy at all fails.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefing.core.settings import Settings
from briefing.web.fetch import Answer, FetchError, fetch_answer
from briefing.web.imports import (
    ImportFailure,
    _addresses,
    _decode,
    _parse,
    cache_file,
    credentials_refused,
    has_credentials,
    is_url,
)


@dataclass(frozen=True)
class Refetched:
    alias: str
    outcome: str  # "updated", "unchanged", "kept" (fetch failed, copy kept), "failed", "local"
    message: str


def refetch_all(imports: dict[str, str], settings: Settings) -> list[Refetched]:
    return [refetch(alias, location, settings) for alias, location in imports.items()]


def refetch(alias: str, location: str, settings: Settings) -> Refetched:
    if has_credentials(location):
        return Refetched(alias, "failed", f"{alias}: {credentials_refused(location)}")
    if not is_url(location):
        return Refetched(alias, "local", f"{alias}: {location} is a local folder, read at build time")
    _base, url = _addresses(location)
    cache = cache_file(settings, alias)
    held = _held(cache, url)
    try:
        answer = fetch_answer(url, settings.import_max_bytes, settings.import_timeout,
                              _validators(held))
        if answer.status == 304 and held is not None:
            os.utime(cache)  # fresh again: the build reads it without asking
            return Refetched(alias, "unchanged", f"{alias}: {url} unchanged (304)")
        text = _decode(answer.body, url)
        _parse(text, url)  # never cache something that is not an index
    except (FetchError, ImportFailure) as error:
        if held is None:
            return Refetched(alias, "failed", f"{alias}: could not fetch {url} ({error}), and no "
                             "copy is cached: check the address")
        return Refetched(alias, "kept", f"{alias}: could not fetch {url} ({error}): keeping the "
                         "cached copy")
    _store(cache, url, text, answer)
    return Refetched(alias, "updated", f"{alias}: {url} fetched ({len(answer.body):,} bytes)")


def _held(cache: Path, url: str) -> dict[str, object] | None:
    """The cached entry for this very URL, if any (what `imports` reads, and validators)."""
    try:
        if not cache.is_file():
            return None
        stored = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return stored if isinstance(stored, dict) and stored.get("source") == url else None


def _validators(held: dict[str, object] | None) -> dict[str, str]:
    if held is None:
        return {}
    found = {"If-None-Match": held.get("etag"), "If-Modified-Since": held.get("last_modified")}
    return {name: value for name, value in found.items() if isinstance(value, str)}


def _store(cache: Path, url: str, text: str, answer: Answer) -> None:
    """The copy and its validators, written through a temporary file (never half a copy)."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    entry = {"source": url, "index": json.loads(text), "etag": answer.etag,
             "last_modified": answer.last_modified}
    handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(entry, stream, ensure_ascii=False, indent=1)
    os.replace(temporary, cache)
