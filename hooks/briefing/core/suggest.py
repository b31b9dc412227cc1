""""Did you mean": the known names closest to a misspelt one, by edit-distance similarity."""

from __future__ import annotations

from collections.abc import Iterable

# WRatio scores a typo ('wnag-yi' for 'wang-yi': 86) and a shortened id ('ada' for
# 'ada-lovelace': 90) high, and unrelated ids low (below 50 for those of the seed briefing).
CUTOFF = 75


def closest(wrong: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """Up to `limit` known names most like `wrong`, best first (ties in sorted order). RapidFuzz
    is imported only when a name is wrong: a build without a mistake never needs it."""
    from rapidfuzz import fuzz, process
    matches = process.extract(wrong, sorted(set(known)), scorer=fuzz.WRatio, limit=None,
                              score_cutoff=CUTOFF)
    ranked = sorted(matches, key=lambda match: (-match[1], match[0]))
    return [name for name, _, _ in ranked[:limit]]


def did_you_mean(wrong: str, known: Iterable[str]) -> str:
    """A hint naming the closest known names, or '' when none is close."""
    names = closest(wrong, known)
    return f"Did you mean {' or '.join(repr(name) for name in names)}?" if names else ""
