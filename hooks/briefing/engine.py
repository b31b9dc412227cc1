"""Data folder in, `{page path: Markdown}` out: the whole engine behind one call."""

from __future__ import annotations

from briefing.api import build_model
from briefing.render import render_site
from briefing.settings import Settings


def generate(settings: Settings) -> dict[str, str]:
    """Every generated page of a briefing; raises DataError listing every problem."""
    model = build_model(settings.root, settings.data_dir, settings.seeds_dir)
    return render_site(model, settings.templates_path)
