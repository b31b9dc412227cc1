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
import re
import stat
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from pydantic import ValidationError

from briefing.core.problems import DataError, Problem
from briefing.core.schema import Briefing
from briefing.core.settings import Settings
from briefing.web.caps import shortened
from briefing.web.index_format import FORMATS, Index, IndexRecord, plain_text
from briefing.web.inventory import INDEX_FILE
from briefing.web.parsed import PARSED


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
    digest: str = ""  # of the text the index was read from ("" when made otherwise)

    @classmethod
    def of(cls, alias: str, base_url: str, index: Index, digest: str = "") -> Imported:
        imported = cls(alias, base_url if base_url.endswith("/") else base_url + "/", index,
                       digest=digest)
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
        """The record's address: its relative URL resolved against the site root, and kept
        under it (the index model already refuses schemes, hosts and `..`)."""
        url = urljoin(self.base_url, record.url)
        if not url.startswith(self.base_url):
            raise ValueError(f"{record.url!r} leaves {self.base_url}")
        return url


def load_imports(briefing: Briefing, settings: Settings,
                 where: Callable[[str], tuple[str, int]] | None = None
                 ) -> tuple[dict[str, Imported], list[str]]:
    """Every import of the briefing, and notes worth telling; raises DataError naming each
    import that cannot be read, at `where(alias)`: the file and line that lists it."""
    return load_each(briefing.id, briefing.imports, settings,
                     where or (lambda alias: (f"{settings.data_dir}/briefing.yml", 1)))


def load_each(own_id: str, imports: dict[str, str], settings: Settings,
              where: Callable[[str], tuple[str, int]]) -> tuple[dict[str, Imported], list[str]]:
    """`load_imports` for any site that lists imports (a briefing, a hub), by id and location."""
    imported: dict[str, Imported] = {}
    notes: list[str] = []
    problems = []
    for alias, location in imports.items():
        try:
            if alias == own_id:
                raise ImportFailure(f"'{alias}' is this briefing's own id, so the import would "
                                    "shadow this briefing's references: name the import after "
                                    "the other briefing's id")
            imported[alias] = _read(alias, location, settings, notes)
        except ImportFailure as error:
            file, line = where(alias)
            problems.append(Problem(file, line, own_id, f"imports.{alias}",
                                    plain_text(str(error))))
    if problems:
        raise DataError(problems)
    return imported, notes


def read_import(alias: str, location: str, settings: Settings) -> Imported:
    """One other briefing's index, read now (`briefing new --import`, `briefing import`);
    raises ImportFailure saying what to do."""
    return _read(alias, location, settings, [])


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


# `user:password@` before the host. A published index needs none, the fetch sends none, and the
# address is printed in messages and stored in the cache: such an address is refused, and shown
# with the part before '@' hidden.
_CREDENTIALS = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<userinfo>[^/?#]*)@")


def has_credentials(location: str) -> bool:
    return bool(_CREDENTIALS.match(location))


def without_credentials(location: str) -> str:
    return _CREDENTIALS.sub(r"\g<scheme>***@", location)


def credentials_refused(location: str) -> str:
    """What to say of an address holding a user name or password (which it never repeats)."""
    return (f"the address {without_credentials(location)} holds a user name or password "
            "before '@': a briefing's index is public and is fetched without one; write the "
            "address without it (and change that password: briefing.yml is published)")


def _read(alias: str, location: str, settings: Settings, notes: list[str]) -> Imported:
    if has_credentials(location):
        raise ImportFailure(credentials_refused(location))
    if is_url(location):
        parts = urlsplit(location)
        if not parts.hostname or parts.query or parts.fragment:
            raise ImportFailure(f"{location!r} is not the address of a site: write it as "
                                "https://host/path/, with no ?query or #fragment")
        base, index_url = _addresses(location)
        index, text_digest = _cached(alias, index_url, settings, notes)
        return Imported.of(alias, base, shortened(alias, index, notes), text_digest)
    path = (settings.root / location).resolve()
    file = path / INDEX_FILE if path.is_dir() else path
    if not file.is_file():
        raise ImportFailure(f"no {INDEX_FILE} at {file}: build that briefing first "
                            "(mkdocs build), or import it by the URL of its published site")
    index, text_digest = _parse(_read_local(file, settings.import_max_bytes), str(file))
    if not index.briefing.url:
        raise ImportFailure(f"the briefing at {file} was built without site_url, so its pages have "
                            "no address to link to: build it with SITE_URL=<its public address>, "
                            "or import it by URL")
    return Imported.of(alias, index.briefing.url, shortened(alias, index, notes), text_digest)


def _addresses(location: str) -> tuple[str, str]:
    """(site root, index URL) of an import given as either."""
    if location.endswith(".json"):
        return location.rsplit("/", 1)[0] + "/", location
    base = location if location.endswith("/") else location + "/"
    return base, base + INDEX_FILE


def _read_local(file: Path, max_bytes: int) -> str:
    """A local index: a regular file under the size cap (a device or FIFO would never end)."""
    info = file.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailure(f"{file} is not a regular file")
    if info.st_size > max_bytes:
        raise ImportFailure(f"{file} is {info.st_size:,} bytes, more than the limit of "
                            f"{max_bytes:,}: raise extra.briefing.import_max_bytes if it is right")
    with file.open("rb") as stream:
        raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ImportFailure(f"{file} is more than {max_bytes:,} bytes, the limit: raise "
                            "extra.briefing.import_max_bytes if it is right")
    return _decode(raw, str(file))


def _decode(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportFailure(f"{where} is not a briefing index (not UTF-8 text)") from None


def _parse(text: str, where: str) -> tuple[Index, str]:
    """The index in `text` read at `where` (the same object as last time if the text is the
    same: parsed.py), and the text's digest."""
    return PARSED.get(where, text, lambda: _parse_now(text, where))


def _parse_now(text: str, where: str) -> Index:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        first = str(error).splitlines()[0][:200]
        raise ImportFailure(f"{where} is not a briefing index ({first})") from None
    return _validate(data, where)


def _validate(data: Any, where: str) -> Index:
    """An index read from JSON, checked against the format (once: a cached copy is not parsed
    again from text, a fetched one is not checked twice)."""
    try:
        index = Index.model_validate(data)
    except ValidationError as error:
        detail = error.errors()[0]
        place = ".".join(str(part) for part in detail["loc"])
        raise ImportFailure(f"{where} is not a briefing index ({error.error_count()} problems; "
                            f"first: {place}: {detail['msg']})") from None
    except (ValueError, RecursionError) as error:
        first = str(error).splitlines()[0][:200]
        raise ImportFailure(f"{where} is not a briefing index ({first})") from None
    if not index.format.startswith("briefing-index/"):
        raise ImportFailure(f"{where} is not a briefing index (format {index.format!r})")
    if index.format not in FORMATS:
        raise ImportFailure(f"{where} is in the format {plain_text(index.format)!r}, which this "
                            f"engine cannot read (it reads {' and '.join(FORMATS)}): "
                            "update the briefing engine (pip install -U briefing-site)")
    return index


def cache_file(settings: Settings, alias: str) -> Path:
    return settings.root / settings.import_cache / f"{alias}.json"


def _cached(alias: str, url: str, settings: Settings, notes: list[str]) -> tuple[Index, str]:
    """The index at `url` and its text's digest: from the cache while fresh, else fetched (and
    cached)."""
    cache = cache_file(settings, alias)
    copy, raw = _read_cache(cache, url, settings.import_max_bytes)
    age_hours = (time.time() - cache.stat().st_mtime) / 3600 if copy is not None else 0.0
    if copy is not None and (settings.offline or age_hours < settings.import_max_age_hours):
        return PARSED.get(f"{cache} {url}", raw, lambda: _validate(copy, url))
    if settings.offline:
        raise ImportFailure(f"no cached copy of {url} in {cache}, and offline is set: "
                            "build once with network access (or unset offline)")
    # Imported here, not at the top: http.client and ssl cost ~80 ms of every build that
    # fetches nothing.
    from briefing.web.fetch import FetchError, fetch

    try:
        text = _decode(fetch(url, settings.import_max_bytes, settings.import_timeout), url)
        parsed = _parse(text, url)  # never cache something that is not an index
    except (FetchError, ImportFailure) as error:
        # A captive portal answers 200 with HTML; a broken deploy publishes junk: a good copy
        # from before is worth more than a failed build.
        if copy is None:
            raise ImportFailure(f"could not fetch {url} ({error}) and no copy is cached "
                                f"in {cache}: check the address, or build once with network access") from None
        notes.append(plain_text(f"could not fetch {url} ({error}): using the copy cached "
                                f"{age_hours:.0f} hours ago"))
        return PARSED.get(f"{cache} {url}", raw, lambda: _validate(copy, url))
    _write_cache(cache, url, text)
    return parsed


def _read_cache(cache: Path, url: str, max_bytes: int) -> tuple[Any, str]:
    """The cached index (as JSON data) and the cache file's text, if the cache holds a copy of
    this very URL; else (None, "")."""
    try:
        # A copy we wrote was checked and capped; one that is not a plain file, or too big
        # (a clone can carry a cache folder), is not ours.
        if not cache.is_file() or cache.stat().st_size > 4 * max_bytes:
            return None, ""
        raw = cache.read_text(encoding="utf-8")
        stored = json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None, ""
    if not isinstance(stored, dict) or stored.get("source") != url or stored.get("index") is None:
        return None, ""
    return stored["index"], raw


def _write_cache(cache: Path, url: str, text: str) -> None:
    """Write through a temporary file so that an interrupted build leaves no half a copy."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"source": url, "index": json.loads(text)}, ensure_ascii=False, indent=1)
    handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(data)
    os.replace(temporary, cache)

