"""Sides an event takes from elsewhere where its own sentence names none: 'both sides' are the
sides of the last event held before it (`both_sides`); an event ahead naming no side is the
main event's bodies' doing again (`bodies_again`); a sentence opened by a body's word ('The
council's executive ... meets on Monday') names the article's one body called so (`body_opens`).
Each is marked uncertain."""

from __future__ import annotations

import re
from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.eventpeople import named_by
from briefing.new.draft.lede import doubt, main_event
from briefing.new.draft.sentences import sentence_spans

# an event told as between 'both sides' or 'the two sides', with no name for them: 'will chair a
# meeting of both sides in Ulaanbaatar tomorrow', 'The two sides agreed to meet again on Friday'
_BOTH = re.compile(r"\b(?:both\s+sides|the\s+two\s+sides|both\s+parties|the\s+two\s+parties|"
                   r"the\s+parties\s+(?:will|would|are|agreed|have)|"
                   # (round 20, r20a: 'The partners will present the project ... at a workshop ... on 4
                   # December', after a signing: the signing's sides)
                   r"both\s+partners|the\s+two\s+partners|both\s+signatories|the\s+two\s+signatories|"
                   r"the\s+(?:partners|signatories)\s+(?:will|would|are|agreed|have|plan|intend))\b",
                   re.IGNORECASE)


def both_sides(meetings: list[dict[str, Any]]) -> None:
    """An event whose sentence calls its sides 'both sides' takes the sides of the last event held
    before it that has two or more (the talks that broke down, the meeting the union told of):
    its bodies where it has two, else its people and bodies; marked uncertain. The event's own
    named sides stay."""
    for index, meeting in enumerate(meetings):
        if not meeting.get("paragraphs") or not _BOTH.search(meeting.get("summary", "")):
            continue
        first = min(meeting["paragraphs"])
        earlier = [m for m in meetings[:index] + meetings[index + 1:]
                   if m.get("paragraphs") and min(m["paragraphs"]) <= first and m.get("status") != "scheduled"
                   and len({*m.get("participants", ()), *m.get("organisations", ())}) >= 2]
        if not earlier:
            continue
        source = max(earlier, key=lambda m: min(m["paragraphs"]))
        added = []
        # (sides that are bodies: the bodies, not the people who spoke for them that day)
        fields = ("organisations",) if len(source.get("organisations", ())) >= 2 else ("participants",
                                                                                      "organisations")
        for field in fields:
            have = meeting.setdefault(field, [])
            new = [key for key in source.get(field, ()) if key not in have]
            have += new
            added += new
            if not have:
                del meeting[field]
        if added:
            why = (f"'{_BOTH.search(meeting['summary']).group()}' taken as the sides of "  # type: ignore[union-attr]
                   f"{source['name']} (paragraph {min(source['paragraphs'])}). Check who takes part.")
            doubt(meeting, "participants", why)


_A_FIRST = re.compile(r"\b(?:first|inaugural|maiden|opening|founding)\s+(?:[\w\-]+\s+)?"
                      r"(?:meeting|session|sitting)\b", re.IGNORECASE)
_OTHER_SIDE = re.compile(r"\b(?:with|between|against|versus)\s+(?:the|a|an|its|their|his|her)?\s*[\w'’\-]+")


def bodies_again(meetings: list[dict[str, Any]]) -> None:
    """An event ahead whose sentence names no side at all ('The second reading is scheduled for
    Thursday, December 18', 'The ballot is on Monday and Tuesday') is the main event's bodies'
    doing again: it takes them, marked uncertain (round 16's develop set: three such events had no
    side)."""
    event = main_event(meetings)
    if event is None or not event.get("organisations"):
        return
    for meeting in meetings:
        if meeting is event or meeting.get("status") != "scheduled" or meeting.get("participants") \
                or meeting.get("organisations") or not meeting.get("paragraphs") \
                or min(meeting["paragraphs"]) < min(event["paragraphs"]) \
                or _OTHER_SIDE.search(meeting.get("summary", "")) \
                or _A_FIRST.search(meeting.get("summary", "")):
            continue  # (not 'Talks with the transport union resume on Friday': another side; nor 'the
            # programme's advisory board, which holds its first meeting in Nuuk on 14 October': a first
            # meeting is nobody's doing again; round 19, r19a)
        meeting["organisations"] = list(event["organisations"])
        names = ", ".join(meeting["organisations"])
        why = (f"The sentence names no side: taken as the bodies of {event['name']} ({names}), "
               "doing it again. Check who takes part.")
        doubt(meeting, "participants", why)


# a sentence opened by a body's word: 'The council's executive, the municipal chamber, meets on
# Monday', 'The ministry will hold talks'
_BODY_OPENS = re.compile(r"\s*(?:[A-Z][A-Z .'’\-]{1,40}:\s+)?The\s+(?P<word>council|ministry|union|company|"
                         r"board|committee|commission|assembly|court|tribunal|government|federation|"
                         r"association|authority|agency)\b")


def body_opens(meetings: list[dict[str, Any]], entities: Entities, paragraphs: tuple[str, ...]) -> None:
    """An event whose sentence names no body and opens on a body's word takes the one organisation
    of the article whose name ends in it, named before ('The council's executive ... meets on
    Monday': the Guimarães City Council), marked uncertain."""
    for meeting in meetings:
        opens = _BODY_OPENS.match(meeting.get("summary", ""))
        if opens is None or meeting.get("organisations") or not meeting.get("paragraphs"):
            continue
        key = named_by(entities, opens.group("word"), last=True)
        number = min(meeting["paragraphs"])
        at = paragraphs[number - 1].find(meeting["summary"])
        if key is None or not any(m.key == key and (m.paragraph, m.start) < (number, at)
                                  for m in entities.mentions):
            continue  # ('The council will meet traders on Thursday. The Tema Council raised ...')
        meeting["organisations"] = [key[1]]
        why = (f"'{opens.group().strip()}' taken as {entities.get(key).name}, the one body of the article "
               "named so. Check who takes part.")
        doubt(meeting, "participants", why)


# who will be at an event told in the sentence before: 'Leaders of the Nigeria Police Force (NPF) and
# the Department of State Services (DSS) are expected to attend', 'The mayor will also attend'
_WILL_ATTEND = re.compile(r"\b(?:will|would|are|is|were|was)\s+(?:also\s+)?(?:(?:expected|due|set|scheduled|"
                          r"invited)\s+to\s+)?(?:also\s+)?(?:attend|take\s+part|participate)\b")


def attend_ahead(meetings: list[dict[str, Any]], paragraphs: tuple[str, ...], entities: Entities) -> None:
    """An event ahead told in one sentence, and who is to attend it in the next of the same
    paragraph (round 16's measure set: a security summit on December 3, then 'Leaders of the
    Nigeria Police Force ... and the Department of State Services (DSS) are expected to attend'):
    the people and bodies the next sentence names before its verb join it, marked uncertain."""
    for meeting in meetings:
        if meeting.get("status") != "scheduled" or not meeting.get("paragraphs") \
                or not meeting.get("summary"):
            continue
        number = min(meeting["paragraphs"])
        text = paragraphs[number - 1]
        at = text.find(meeting["summary"])
        if at < 0:
            continue
        spans = [(s, e) for s, e in sentence_spans(text) if s >= at + len(meeting["summary"]) - 1]
        if not spans:
            continue
        start, end = spans[0]
        verb = _WILL_ATTEND.search(text, start, end)
        if verb is None:
            continue
        added = []
        for mention in entities.in_span(number, start, verb.start()):
            field = {"people": "participants", "organisations": "organisations"}.get(mention.key[0])
            if field is None:
                continue
            have = meeting.setdefault(field, [])
            if mention.key[1] not in have:
                have.append(mention.key[1])
                added.append(entities.get(mention.key).name)
        if added:
            doubt(meeting, "participants", f"The next sentence says {', '.join(added)} "
                                           f"{verb.group()} (paragraph {number}). Check who takes part.")
