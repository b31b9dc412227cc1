"""The one met named by a role alone: 'is due to visit the island on May 24 to meet the mayor and the
harbour board', after 'said Mayor Kristian Munch Holm': the mayor is the one person of that role
the article names before, so he takes part; marked uncertain. Nobody when two or more hold the role
or none was named before (round 14, events r14b)."""

from __future__ import annotations

import re
from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import TITLE_WORDS

Key = tuple[str, str]
_MET_ROLE = re.compile(r"\b(?:meet|meets|met|meeting|talks\s+with|meet\s+with|met\s+with)\s+the\s+"
                       r"(?P<role>[a-z]+)\b(?!['’]|\s+of\b|-)")


def met_by_role(event: Any, text: str, start: int, end: int, number: int, entities: Entities) -> None:
    """Add the one person named before whose role is the one the sentence text[start:end] meets."""
    for match in _MET_ROLE.finditer(text, start, end) if " the " in text[start:end] else ():
        role = match.group("role")
        if role not in TITLE_WORDS:
            continue
        holders = [key for key, person in entities.people.items()
                   if any(t.lower().split()[-1] == role for t in person.titles if t.split())]
        key = ("people", holders[0]) if len(holders) == 1 else None
        if key is None or key in event.participants or not any(
                m.paragraph < number or m.paragraph == number and m.start < match.start()
                for m in entities.mentions if m.key == key):
            continue
        event.participants.append(key)
        event.people_doubt = event.people_doubt or (
            f"'the {role}' taken as {entities.get(key).name}, the one {role} the article names. "
            "Check who takes part.")
