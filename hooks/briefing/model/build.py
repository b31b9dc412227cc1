"""The engine's front door: data folder in, linked model (or every problem) out."""

from __future__ import annotations

from pathlib import Path

from briefing.core.problems import DataError
from briefing.data.load import load
from briefing.model.link import link
from briefing.model.model import Model


def build_model(root: Path, data_dir: str = "data", seeds_dir: str = "seeds",
                keep: bool = False) -> Model:
    """Load, validate and link a briefing; raise DataError listing every problem. With `keep`
    (under `mkdocs serve`), linking reuses what the last build found from the same inputs."""
    loaded, problems = load(root, data_dir, seeds_dir)
    model, link_problems = link(loaded, keep)
    problems += link_problems
    if problems or model is None:
        raise DataError(problems)
    return model
