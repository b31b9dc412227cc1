"""Rules the lead's own drafts of round 13 showed (articles never in the repository, in forms
unlike the fixtures: a live blog, a Hansard-like report, a court wire, an obituary, a press
release, a cricket report, a council report, a science report).

- Found drafting a live blog: a number after a clock's colon is no figure ('14:10 Godongwana says
  VAT will not rise' drafted a figure '10 Godongwana says', and '14:25 The rand strengthens' one
  of '25 The rand', a sum of money).
"""

from __future__ import annotations

from typing import Any

import pytest

from ruletable import draft


def _written(data: dict[str, Any]) -> list[str]:
    return [str(f["as_written"]) for f in data.get("figures", [])]


@pytest.mark.parametrize("text", [
    "Budget day\n\n14:10 Godongwana says VAT will not rise this year.",
    "Budget day\n\n14:25 The rand strengthens against the dollar.",
    "Election night\n\n22.05 Results come in from 40 districts.",
])
def test_a_clock_time_stamp_is_no_figure(text: str) -> None:
    assert not any(w.split()[0] in {"10", "25", "05"} for w in _written(draft(text))), _written(draft(text))


@pytest.mark.parametrize(("text", "written"), [
    ("Budget day\n\nThe rand fell to 18 rand against the euro.", "18 rand"),
    ("Exports\n\nExports rose by 3.5 million tonnes, and 40 districts reported.", "3.5 million tonnes"),
])
def test_figures_not_after_a_clock_stay(text: str, written: str) -> None:  # guard
    assert written in _written(draft(text)), _written(draft(text))
