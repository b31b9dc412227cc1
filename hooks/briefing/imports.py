"""Other briefings' published indexes, read from a local path or fetched by URL and cached.

`data/briefing.yml` lists them under `imports`: briefing id -> the other site's root (a URL
such as `https://user.github.io/kerry/`, or a local folder holding its built site). A fetched
index is kept in the cache folder (`.briefing-cache/` by default): while that copy is younger
than the maximum age, a build needs no network at all; when a fetch fails, an older copy is
used and said so; with no copy at all the build stops with a message saying what to do.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from briefing.inventory import INDEX_FILE, Index, IndexRecord
from briefing.problems import DataError, Problem
from briefing.schema import Briefing
from briefing.settings import Settings

FETCH_TIMEOUT = 20  # seconds; a slow site should not hang a build


class ImportFailure(Exception):
    """One import that cannot be read; the message says what to do."""


@dataclass(frozen=True)
class Imported:
    """Another briefing's index, with lookups built once."""

    alias: str
    base_url: str
    index: Index
    by_key: dict[tuple[str, str], IndexRecord] = field(default_factory=dict)
    by_wikidata: dict[str, list[IndexRecord]] = field(default_factory=dict)
    by_same_as: dict[str, list[IndexRecord]] = field(default_factory=dict)

    @classmethod
    def of(cls, alias: str, base_url: str, index: Index) -> Imported:
        imported = cls(alias, base_url if base_url.endswith("/") else base_url + "/", index)
        by_wikidata, by_same_as = defaultdict(list), defaultdict(list)
        for record in index.records:
            for record_id in (record.id, *record.former_ids):
                imported.by_key.setdefault((record.kind, record_id), record)
            if "wikidata" in record.external_ids:
                by_wikidata[record.external_ids["wikidata"]].append(record)
            for target in record.same_as:
                by_same_as[target].append(record)
        imported.by_wikidata.update(by_wikidata)
        imported.by_same_as.update(by_same_as)
        return imported

    @property
    def title(self) -> str:
        return self.index.briefing.title

    def url_of(self, record: IndexRecord) -> str:
        return self.base_url + record.url


def load_imports(briefing: Briefing, settings: Settings,
                 where: Callable[[str], tuple[str, int]] | None = None
                 ) -> tuple[dict[str, Imported], list[str]]:
    """Every import of the briefing, and notes worth telling; raises DataError naming each
    import that cannot be read, at `where(alias)`: the file and line that lists it."""
    imported: dict[str, Imported] = {}
    notes: list[str] = []
    problems = []
    for alias, location in briefing.imports.items():
        try:
            imported[alias] = _read(alias, location, settings, notes)
        except ImportFailure as error:
            file, line = where(alias) if where else (f"{settings.data_dir}/briefing.yml", 1)
            problems.append(Problem(file, line, briefing.id, f"imports.{alias}", str(error)))
    if problems:
        raise DataError(problems)
    return imported, notes


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def _read(alias: str, location: str, settings: Settings, notes: list[str]) -> Imported:
    if is_url(location):
        base, index_url = _addresses(location)
        return Imported.of(alias, base, _parse(_cached(alias, index_url, settings, notes), index_url))
    path = (settings.root / location).resolve()
    file = path / INDEX_FILE if path.is_dir() else path
    if not file.is_file():
        raise ImportFailure(f"no {INDEX_FILE} at {file}: build that briefing first "
                            "(mkdocs build), or import it by the URL of its published site")
    index = _parse(file.read_text(encoding="utf-8"), str(file))
    if not index.briefing.url:
        raise ImportFailure(f"the briefing at {file} was built without site_url, so its pages have "
                            "no address to link to: build it with SITE_URL=<its public address>, "
                            "or import it by URL")
    return Imported.of(alias, index.briefing.url, index)


def _addresses(location: str) -> tuple[str, str]:
    """(site root, index URL) of an import given as either."""
    if location.endswith(".json"):
        return location.rsplit("/", 1)[0] + "/", location
    base = location if location.endswith("/") else location + "/"
    return base, base + INDEX_FILE


def _parse(text: str, where: str) -> Index:
    try:
        index = Index.model_validate(json.loads(text))
    except (ValueError, ValidationError) as error:
        first = str(error).splitlines()[0]
        raise ImportFailure(f"{where} is not a briefing index ({first})") from None
    if not index.format.startswith("briefing-index/"):
        raise ImportFailure(f"{where} is not a briefing index (format {index.format!r})")
    return index


def cache_file(settings: Settings, alias: str) -> Path:
    return settings.root / settings.import_cache / f"{alias}.json"


def _cached(alias: str, url: str, settings: Settings, notes: list[str]) -> str:
    """The index text at `url`: from the cache while fresh, else fetched (and cached)."""
    cache = cache_file(settings, alias)
    copy = _read_cache(cache, url)
    age_hours = (time.time() - cache.stat().st_mtime) / 3600 if copy is not None else 0.0
    if copy is not None and (settings.offline or age_hours < settings.import_max_age_hours):
        return copy
    if settings.offline:
        raise ImportFailure(f"no cached copy of {url} in {cache}, and offline is set: "
                            "build once with network access (or unset offline)")
    try:
        text = _fetch(url)
    except (OSError, ValueError) as error:
        if copy is None:
            raise ImportFailure(f"could not fetch {url} ({_reason(error)}) and no copy is cached "
                                f"in {cache}: check the address, or build once with network access") from None
        notes.append(f"could not fetch {url} ({_reason(error)}): using the copy cached "
                     f"{age_hours:.0f} hours ago")
        return copy
    _parse(text, url)  # never cache something that is not an index
    _write_cache(cache, url, text)
    return text


def _reason(error: Exception) -> str:
    return str(getattr(error, "reason", None) or error)


def _fetch(url: str) -> str:
    import urllib.request  # here, not at the top: with ssl it costs 80 ms of every build

    request = urllib.request.Request(url, headers={"User-Agent": "briefing-site"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
        return str(response.read().decode("utf-8"))


def _read_cache(cache: Path, url: str) -> str | None:
    """The cached index text, if the cache holds a copy of this very URL."""
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("source") != url:
        return None
    return json.dumps(stored.get("index"))


def _write_cache(cache: Path, url: str, text: str) -> None:
    """Write through a temporary file so that an interrupted build leaves no half a copy."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"source": url, "index": json.loads(text)}, ensure_ascii=False, indent=1)
    handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(data)
    os.replace(temporary, cache)

