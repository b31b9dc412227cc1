"""The bodies a meeting's people stand for: 'Antoine Boutros Saadeh, the head of the Union of
Municipalities of Batroun, told the minister ...' puts the union at the meeting with him.

A person the draft gives a role in an organisation ('head', of the union) takes part in a meeting
as that body's: the body is a side too, and the record says why (round 19, develop sets r18b and
r19a: of the answer events missed with a meeting on their day, most lacked one side, often the body
of a person the meeting had). Only a role the draft itself holds counts, so no new name is made;
and not a body named as part of the person's office before the name ('talks with European
Commission President Ursula von der Leyen': the leader's talks, not the Commission's; round 15).
"""

from __future__ import annotations

import re
from typing import Any


def bodies_of_sides(meetings: list[dict[str, Any]], people: list[dict[str, Any]],
                    organisations: list[dict[str, Any]], paragraphs: tuple[str, ...]) -> None:
    text = "\n".join(paragraphs)
    names = {o["id"]: o["name"] for o in organisations}
    roles = {p["id"]: [(r.get("title") or "", r["organisation"]) for r in p.get("roles", ())
                       if r.get("organisation") and not _office_before(text, names.get(r["organisation"]), p)]
             for p in people}
    for meeting in meetings:
        bodies = meeting.get("organisations") or []
        added = [(who, title, body) for who in meeting.get("participants", ())
                 for title, body in roles.get(who, ()) if body not in bodies]
        added = [entry for n, entry in enumerate(added) if entry[2] not in {e[2] for e in added[:n]}]
        if not added:
            continue
        meeting["organisations"] = [*bodies, *(body for _, _, body in added)]
        why = "; ".join(f"{body} (the body of {who}, its {title})" for who, title, body in added)
        note = meeting.setdefault("inferred", {})
        note["organisations"] = f"Taken as sides for the people who stand for them: {why}."


def _office_before(text: str, body: str | None, person: dict[str, Any]) -> bool:
    """The body's name opens the person's office right before the name ('European Commission
    President Ursula von der Leyen')."""
    if not body:
        return True
    first = person["name"].split()[0]
    return re.search(rf"{re.escape(body)}\s+(?:[\w\-]+\s+){{1,3}}{re.escape(first)}\b", text) is not None
