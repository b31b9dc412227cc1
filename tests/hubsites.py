"""A hub made the way a reader makes one: `briefing hub` over published indexes
(`scaffold_hub`, the one place its arguments are written); the three briefings of the hub tests
(the seed and two fixtures that share John Kerry, Xie Zhenhua and topics with it); and the
synthetic network of the hub benchmark (`network_hub`). Imported by tests (`hubsites`) and by
benchmarks (`tests.hubsites`), so it needs nothing from conftest."""

from __future__ import annotations

from pathlib import Path

from benchmarks.hubcorpus import write_network

from briefing.cli import main
from briefing.core.settings import Settings
from briefing.engine import build

ROOT = Path(__file__).resolve().parent.parent

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


def scaffold_hub(folder: Path, title: str, hub_id: str | None, imports: dict[str, str]) -> Path:
    """`briefing hub <folder> --title ... [--id ...] --import alias=location ...`; returns `folder`."""
    arguments = ["hub", str(folder), "--title", title, "--engine", "briefing-site"]
    if hub_id is not None:
        arguments += ["--id", hub_id]
    for alias, location in imports.items():
        arguments += ["--import", f"{alias}={location}"]
    assert main(arguments) == 0
    return folder


def make_hub(folder: Path, imports: dict[str, str] | None = None) -> Path:
    """`briefing hub` over the three briefings (or `imports`); returns the hub's folder."""
    if imports is None:
        imports = {alias: str(site) for alias, site in publish_indexes(folder / "sites").items()}
    return scaffold_hub(folder / "hub", "Climate diplomacy briefings", "climate-hub", imports)


def network_hub(folder: Path, size: int, title: str | None = None) -> Path:
    """A hub over the benchmark's synthetic network of `size` briefings (indexes in
    `folder/sites`, the hub in `folder/hub`)."""
    imports = write_network(folder / "sites", size)
    return scaffold_hub(folder / "hub", title or f"A network of {size}", None, imports)
