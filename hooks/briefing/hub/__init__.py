"""A hub: a site made from other briefings' published indexes (`data/hub.yml`).

Only where the hub's file lies is here: the engine asks it of every build, and a briefing's
build imports nothing else of the hub (`engine._build_hub` imports the rest when it is one).
"""

from __future__ import annotations

from pathlib import Path

HUB_FILE = "hub.yml"


def hub_file(root: Path, data_dir: str) -> Path:
    return root / data_dir / HUB_FILE
