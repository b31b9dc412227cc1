"""Where a briefing keeps its data: read from `extra.briefing` in mkdocs.yml, or defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    root: Path
    data_dir: str = "data"
    seeds_dir: str = "seeds"
    templates_dir: str | None = None
    # The site's public address (mkdocs.yml `site_url`); it goes into the published index.
    site_url: str = ""
    # Imported indexes of other briefings: where fetched copies are kept, for how long a copy
    # is used without asking the network again, and whether to never ask it.
    import_cache: str = ".briefing-cache"
    import_max_age_hours: float = 24.0
    offline: bool = False
    # An index is another site's data: it is refused past this size, and a fetch (every
    # redirect and byte of it) past this many seconds, so that no server can exhaust a build.
    import_max_bytes: int = 5_000_000
    import_timeout: float = 20.0
    # Refuse to build while records drafted by `briefing new` remain (`draft: true`): set by
    # the Pages workflow, so that an unchecked draft is never published.
    refuse_drafts: bool = False

    @property
    def templates_path(self) -> Path | None:
        return self.root / self.templates_dir if self.templates_dir else None

    @classmethod
    def from_extra(cls, root: Path, extra: dict[str, Any] | None, site_url: str = "") -> Settings:
        options = dict((extra or {}).get("briefing") or {})
        return cls(root=root, data_dir=str(options.get("data_dir", "data")),
                   seeds_dir=str(options.get("seeds_dir", "seeds")),
                   templates_dir=options.get("templates_dir"), site_url=site_url,
                   import_cache=str(options.get("import_cache", ".briefing-cache")),
                   import_max_age_hours=float(options.get("import_max_age_hours", 24)),
                   offline=_flag(options.get("offline", False)),
                   import_max_bytes=int(options.get("import_max_bytes", 5_000_000)),
                   import_timeout=float(options.get("import_timeout", 20)),
                   refuse_drafts=_flag(options.get("refuse_drafts", False)))


def _flag(value: Any) -> bool:
    """A yes/no option, also when it comes from `!ENV` as text."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
