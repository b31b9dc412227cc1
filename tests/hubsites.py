"""A hub made the way a reader makes one: three briefings' published indexes (the seed and two
fixtures that share John Kerry, Xie Zhenhua and topics with it), and `briefing hub` over them."""

from __future__ import annotations

from pathlib import Path

from briefing.cli import main
from briefing.core.settings import Settings
from briefing.engine import build
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "hub"
BRIEFINGS = {"kerry-beijing-2023": ROOT, "kerry-sunnylands-2023": FIXTURES / "sunnylands",
             "kerry-cop28-2023": FIXTURES / "cop28"}


def site_url(alias: str) -> str:
    return f"https://example.org/{alias}/"


def publish_indexes(folder: Path) -> dict[str, Path]:
    """Each briefing's published files (index, schema, feeds), as its site would serve them."""
    sites = {}
    for alias, root in BRIEFINGS.items():
        files = build(Settings(root, site_url=site_url(alias))).files
        site = folder / alias
        site.mkdir(parents=True)
        for name in ("briefing-index.json", "briefing-index.schema.json", "feed.atom", "feed.json"):
            (site / name).write_text(str(files[name]), encoding="utf-8")
        sites[alias] = site
    return sites


def make_hub(folder: Path, imports: dict[str, str] | None = None) -> Path:
    """`briefing hub` over the three briefings (or `imports`); returns the hub's folder."""
    if imports is None:
        imports = {alias: str(site) for alias, site in publish_indexes(folder / "sites").items()}
    hub = folder / "hub"
    arguments = ["hub", str(hub), "--title", "Climate diplomacy briefings", "--id", "climate-hub",
                 "--engine", "briefing-site"]
    for alias, location in imports.items():
        arguments += ["--import", f"{alias}={location}"]
    assert main(arguments) == 0
    return hub
