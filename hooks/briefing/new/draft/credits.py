"""People the article names only as its own makers: 'Updates by Ana Vujović', 'spoke to our
reporter, Ewa Nowicka,', 'interviewed by Losana Vakatawa for Pacific Weekly', '(Reporting by X)'.
They write, ask or film; they are no one the briefing is about, and were drafted as people (the
reporter a participant of the talks she covered)."""

from __future__ import annotations

import functools
import re

from briefing.new.draft.entity import Entity

_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:[Uu]pdates|[Rr]eporting|[Ee]diting|[Ww]riting|[Ff]act-checking)\s+by"
    r"|\b(?:[Oo]ur|[Tt]his\s+newspaper['’]s|[Tt]he\s+paper['’]s)\s+(?:own\s+)?(?:reporter|correspondent|"
    r"interviewer|editor|photographer),?)\s+$")
# 'interviewed by X for Pacific Weekly': the one who asked, for a publication.
_FOR_AFTER = re.compile(r",?\s+for\s+(?:the\s+)?[A-Z]")
_INTERVIEWED_BEFORE = re.compile(r"\binterviewed\s+by\s+$")


# Any credit at all (most articles have none: nothing more to look at).
_ANY_CREDIT = re.compile(r"(?:updates|reporting|editing|writing|fact-checking|interviewed)\s+by|\b(?:our|"
                         r"newspaper['’]s|paper['’]s)\s+(?:own\s+)?(?:reporter|correspondent|interviewer|"
                         r"editor|photographer)", re.I)


def credited_only(person: Entity, whole: str) -> bool:
    """Every mention of `person`, in any of its forms, stands in a credit of the article's own."""
    if not _has_credit(whole):
        return False
    mentions = [m for form in person.forms()
                for m in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", whole)]
    return bool(mentions) and all(_credit(whole, m.start(), m.end()) for m in mentions)


@functools.lru_cache(maxsize=8)  # (asked once per person of one article)
def _has_credit(whole: str) -> bool:
    return _ANY_CREDIT.search(whole) is not None


def _credit(whole: str, start: int, end: int) -> bool:
    before = whole[max(0, start - 60):start]
    return _CREDIT_BEFORE.search(before) is not None \
        or _INTERVIEWED_BEFORE.search(before) is not None and _FOR_AFTER.match(whole, end) is not None
