"""An interview printed with the publication's name before each question ('Pacific Weekly: Who
pays?', then 'Baraniko: The Green Climate Fund ...'): that label asks, as 'Q:' does, and names no
one; it was drafted as a person whose questions were quotes."""

from __future__ import annotations

import re

from briefing.new.draft.orgwords import NEWSPAPER_WORDS

# Words that close a publication's or a programme's name besides a newspaper's ('Pacific Weekly').
_OUTLET_TAILS = NEWSPAPER_WORDS | frozenset("Weekly Daily Magazine Review Radio Television TV Online "
                                            "Today Report Digest".split())


def publication_asking(paragraphs: tuple[str, ...], turns: dict[int, str]) -> frozenset[str]:
    """The labels of `turns` that only ask questions and name the publication: the text says the
    interview was 'for' it, or the label closes with a publication's word."""
    introduction = "\n".join(paragraphs[:min(turns) - 1]) if turns else ""
    asking = set()
    for label in set(turns.values()):
        said = [paragraphs[n - 1].rstrip() for n, other in turns.items() if other == label]
        if len(said) >= 2 and all(text.endswith("?") for text in said) and len(set(turns.values())) >= 2 \
                and (label.split()[-1] in _OUTLET_TAILS
                     or re.search(rf"\b(?:for|to|with)\s+(?:the\s+)?{re.escape(label)}\b", introduction)):
            asking.add(label)
    return frozenset(asking)
