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

    @property
    def templates_path(self) -> Path | None:
        return self.root / self.templates_dir if self.templates_dir else None

    @classmethod
    def from_extra(cls, root: Path, extra: dict[str, Any] | None) -> Settings:
        options = dict((extra or {}).get("briefing") or {})
        return cls(root=root, data_dir=str(options.get("data_dir", "data")),
                   seeds_dir=str(options.get("seeds_dir", "seeds")),
                   templates_dir=options.get("templates_dir"))
