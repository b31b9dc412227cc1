"""The share cards' own cost (pages/cards.py): drawing a card, and taking it from the cache.

Measured apart from the build, on up to SAMPLE pages of each size, in CPU time of this process,
and reported on a line of its own (a card is drawn once, then cached between builds).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from briefing.core.kinds import page_kinds
from briefing.model.build import build_model
from briefing.model.names import display_name
from briefing.model.urls import page_path
from briefing.pages import cards

SAMPLE = 200


def cost(project: Path, pages: int) -> dict[str, Any]:
    model = build_model(project)
    facts = cards.page_facts(model)
    sample = [cards.for_page(facts, page_path((kind, record.id)), display_name(record),
                             model.briefing.title)
              for kind in page_kinds() for record in model.all(kind)][:SAMPLE]
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        start = time.process_time()
        for card in sample:
            cards.cached(card, cache)
        drawn = time.process_time()
        for card in sample:
            cards.cached(card, cache)
        done = time.process_time()
    cold_ms, cached_ms = 1000 * (drawn - start) / len(sample), 1000 * (done - drawn) / len(sample)
    return {"sample": len(sample), "ms_per_card_drawn": cold_ms, "ms_per_card_cached": cached_ms,
            "first_build_s": cold_ms * pages / 1000, "next_builds_s": cached_ms * pages / 1000}
