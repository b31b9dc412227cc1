"""`data/hub.yml`: a hub is a site built from other briefings' published indexes, with no
article of its own. The file names the hub and lists the briefings it gathers."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefing.core.problems import DataError, Problem
from briefing.core.schema import Slug, Text
from briefing.hub import HUB_FILE, hub_file


class HubConfig(BaseModel):
    """The hub: its id and title, and the briefings it gathers (id -> site address)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: Slug = Field(description="Id of the hub.")
    title: Text = Field(description="Title of the hub, e.g. 'Climate diplomacy briefings'.")
    description: Text = Field(default="A network of briefings: every person, organisation, "
                              "place and topic across them, with what was said and when.",
                              description="One line on what the hub gathers.")
    imports: dict[Slug, Text] = Field(min_length=1, description="Briefing id -> the URL of its "
                                      "published site (or a local folder holding its built site).")
    page_size: int = Field(default=50, ge=5, le=500, description="Briefings on a page of the list.")


def read_hub(root: Path, data_dir: str) -> tuple[HubConfig, dict[str, int]]:
    """The hub's settings and the line of each import; raises DataError naming each problem."""
    return _parsed(f"{data_dir}/{HUB_FILE}", hub_file(root, data_dir).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)  # the last text read: under `mkdocs serve` it seldom changes, and
def _parsed(shown: str, text: str) -> tuple[HubConfig, dict[str, int]]:  # YAML is slow to parse
    loader = yaml.SafeLoader(text)
    try:  # parsed once: the nodes give the lines, and the same nodes the values
        node = loader.get_single_node()
        raw = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise DataError([Problem(shown, mark.line + 1 if mark else 1, "", "",
                                 f"invalid YAML: {error.problem}", "Fix the YAML syntax.")]) from None
    finally:
        loader.dispose()
    lines = _lines(node)
    try:
        return HubConfig.model_validate(raw if isinstance(raw, dict) else {}), lines
    except ValidationError as error:
        raise DataError([Problem(shown, lines.get(".".join(map(str, d["loc"][:2])),
                                                  lines.get(str(d["loc"][0]) if d["loc"] else "", 1)),
                                 "", ".".join(map(str, d["loc"])), d["msg"],
                                 "See the hub section of the README.")
                         for d in error.errors()]) from None


def _lines(node: yaml.Node | None) -> dict[str, int]:
    """Line of each top-level key, and of each `imports.<id>`."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        lines[str(key.value)] = key.start_mark.line + 1
        if key.value == "imports" and isinstance(value, yaml.MappingNode):
            lines.update({f"imports.{k.value}": k.start_mark.line + 1 for k, _ in value.value})
    return lines
