"""The fields of a meeting record for each event `mainevents` finds: its name, people, place,
dates, status and the larger event it belongs to, with the doubts the draft has about them."""

from __future__ import annotations

import re
from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.events import Key
from briefing.new.draft.gists import without_dateline
from briefing.new.draft.lexicon import EVENT_INITIALISMS
from briefing.new.draft.mainevents import FoundEvent

_SANCTIONED = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                         r"(?:fined|banned|barred|suspended|expelled|disqualified|sanctioned)\b")


def event_name(event: FoundEvent, entities: Entities) -> str:
    """'Rotterdam Marathon'; 'News conference by Marjorie Ngaunje'; 'Talks in Cusco'."""
    if event.name:
        return event.name
    word = event.word.upper() if event.word in EVENT_INITIALISMS else event.word[:1].upper() + event.word[1:]
    # a sanction is of the people it falls on, by the body that imposes it ('Ban of A and B',
    # 'Suspension by the Authority'); a launch is by its agency
    # ('The Port of Tema Authority was fined ...': a body sanctioned, told in the passive, is the
    # one the fine falls on, not the one imposing it)
    passive = event.family == "sanction" and any(
        (at := event.sentence.find(entities.get(key).name)) >= 0
        and _SANCTIONED.match(event.sentence, at + len(entities.get(key).name)) is not None
        for key in event.organisations)
    by_body = event.family in ("sanction", "launch", "decision") and event.organisations and not passive
    keys = event.organisations if by_body or passive and event.organisations \
        else (event.participants or event.organisations)
    names = [entities.get(key).name for key in keys[:1 if by_body or passive else 2]]
    if names:
        joined = " and ".join(names)
        link = "by" if event.family == "press" or by_body else \
            "of" if event.family == "sanction" else "with"
        return f"{word} {link} {joined}"
    if event.place:
        return f"{word} in {entities.get(event.place).name}"
    return f"{word} on {event.date.value}" if event.date else word


# A competition or a governing body, which a match belongs to whoever plays it.
_COMPETITION = re.compile(r"\b(?:League|Liga|Cup|Championships?|Series|Open|Games|Trophy|Tour|Federation|"
                          r"Association|Union|Conference|Bundesliga|Serie|Ligue|Premiership|Division)\b")


def _match_bodies(event: FoundEvent, entities: Entities) -> list[Key]:
    """A match's bodies: its two sides and its competition, not the sides of another result told
    in the same sentence ('Liverpool beat Everton 2-0 ..., after Arsenal lost 1-0 to Aston Villa')."""
    if event.family != "sport" or " v " not in (event.name or ""):
        return list(event.organisations)
    sides = event.name.split(" v ")
    # ('Cameroon play Argentina': the country's team, not the Cameroon Football Federation)
    bodies = [key for key in event.organisations
              if entities.get(key).name in sides or _COMPETITION.search(entities.get(key).name)
              and not any(entities.get(key).name.startswith(side + " ") for side in sides)]
    # (the sides in the name's order, the competition after: 'Slovenia v Serbia' is slovenia, serbia,
    # though the report names Serbia first as a body and Slovenia first as a place)
    return sorted(bodies, key=lambda key: sides.index(entities.get(key).name)
                  if entities.get(key).name in sides else len(sides))


def event_fields(event: FoundEvent, entities: Entities, ids: list[str]) -> dict[str, Any]:
    """`ids`: the meeting ids given so far, in the order `find_events` returned the events."""
    fields: dict[str, Any] = {
        "name": event_name(event, entities), "type": event.type, "summary": without_dateline(event.sentence),
        "status": "scheduled" if event.scheduled else None,
        "participants": [key[1] for key in event.participants],
        "organisations": [key[1] for key in _match_bodies(event, entities)],
        "place": event.place[1] if event.place else None,
        "part_of": ids[event.part_of] if event.part_of is not None else None}
    if event.date:
        fields["date"] = event.date.value
        how = event.date_doubt or event.date.how
        if how:
            fields["inferred"] = {"date": how}
        doubt = " ".join(d for d in (event.date_doubt, event.date.doubt) if d)
        if doubt:
            fields["uncertain"] = {"date": doubt}
    if event.people_doubt:
        fields.setdefault("inferred", {})["participants"] = event.people_doubt
        fields.setdefault("uncertain", {})["participants"] = event.people_doubt
    if event.end:
        fields["end_date"] = event.end
        if event.end_how:
            fields.setdefault("inferred", {})["end_date"] = event.end_how
    if event.part_of is not None:
        fields.setdefault("inferred", {})["part_of"] = (
            "A session of the larger event the article reports just before.")
    return fields


def same_meeting(met: list[dict[str, Any]], fields: dict[str, Any],
                 paragraphs: list[int]) -> dict[str, Any] | None:
    """The meeting 'X met Y' that an event found is: its people are among the meeting's, or the
    meeting's are among its own and the two share a paragraph ('talks that began on Wednesday' in
    paragraph 1 with the people of 'X and Y met at the centre' in paragraph 2, and an observer) or
    a day (or the meeting, told with no day, follows in the next paragraph), two bodies or more met;
    on the same day, or on a day one of them does not give."""
    people = set(fields.get("participants", ()))
    if not people and not fields.get("organisations"):  # 'The visit, the first since 2019, took
        return next((m for m in reversed(met) if m.get("type") == fields.get("type")  # place on
                     and m.get("date") is None and min(m["paragraphs"]) <= min(paragraphs)), None)  # Friday'
    for meeting in met:
        if fields.get("status") == "scheduled" and meeting.get("status") != "scheduled" \
                and meeting.get("date") is None and fields.get("date"):
            continue  # (round 20: 'they would meet again on Saturday' is not the meeting held,
            # told with no day of its own)
        # (a meeting of bodies only, 'X and Y met on Tuesday': matched by its bodies)
        ours, theirs = (people, set(meeting["participants"])) if meeting.get("participants") \
            else (set(fields.get("organisations", ())), set(meeting.get("organisations", ())))
        shared = set(meeting["paragraphs"]) & set(paragraphs)
        # (round 19, r18b open: 'Talks between ... operators and the government ... ended without
        # agreement on Tuesday', then 'Representatives of the federation met officials of the
        # ministry ...' the same day: one meeting, the talks' sides both bodies met)
        same_day = meeting.get("date") is not None and meeting.get("date") == fields.get("date") \
            or meeting.get("date") is None and min(meeting["paragraphs"]) - max(paragraphs) == 1
        if ours and (ours <= theirs or theirs <= ours and (shared or same_day and len(theirs) >= 2)) \
                and (meeting.get("date") is None or fields.get("date") in (None, meeting.get("date"))):
            return meeting
        told_again = _POINTS_BACK.match(str(meeting.get("summary", ""))) is not None
        if same_day and meeting.get("date") is not None and told_again \
                and fields.get("type") in ("talks", "meeting"):
            return meeting  # (round 20, r19b: 'talks with management broke down on Oct. 16', then
            # 'The two sides met for almost six hours on Tuesday': the talks told again)
    return None


# a meeting told by its sides pointing back to the talks told before
_POINTS_BACK = re.compile(r"\s*(?:The\s+two\s+sides|Both\s+sides|The\s+two\s+parties|The\s+parties|"
                          r"The\s+negotiators|The\s+two\s+delegations|The\s+delegations)\s+(?:had\s+)?met\b")


def merge_event(meeting: dict[str, Any], fields: dict[str, Any], shared: bool) -> None:
    """'X met Y' with no date, and 'talks that began on Wednesday and ended early on Thursday'
    found as the same meeting: the meeting takes the talks' other people, and, told in a paragraph
    of the meeting's (`shared`), its days and why they are what they are."""
    joined = meeting.setdefault("participants", [])
    joined += [p for p in fields.get("participants", ()) if p not in joined]
    if fields.get("organisations"):  # (round 20, r19b: the talks' bodies, 'the miners' union' of
        # 'talks with management broke down', are the sides of 'The two sides met')
        bodies = meeting.setdefault("organisations", [])
        bodies += [o for o in fields["organisations"] if o not in bodies]
    if meeting.get("date") is not None or not fields.get("date") or not shared:
        return  # (a day the lede gives a news conference is not that of 'met twice in December')
    meeting["date"] = fields["date"]
    if fields.get("end_date"):
        meeting["end_date"] = fields["end_date"]
    for key in ("inferred", "uncertain"):
        if "date" in fields.get(key, {}):
            meeting.setdefault(key, {})["date"] = fields[key]["date"]
