"""Words a document says ('"...," the report said', 'according to the ruling', 'the report
added'): the speaker is the document's author when the article names one nearby, and the
record says how (`inferred`), for the words are written, not said; `uncertain` too when the
author is only one who speaks of the document in the sentence ('X said the report was unfair'),
not one it says made, owns or decided it ('a report by X', 'X issued its ruling', 'X said in a
report', 'The court rejected ...' for its ruling).

The author is, in this order: the body whose document it is ('the tribunal's report': the
last organisation named with that word); or, in the nearest sentence before the quote (same
paragraph, then the one before) that names a document of the same kind, the one it is 'by' or
'from' ('a report by the Audit Office'), the owner ('the commission's report'), or the one
person or organisation who makes or speaks of it there ('The Water Commission published its
report on Monday'; 'In a report published on Monday, the tribunal's sole member, Mr Justice
X, said ...'). A ruling, judgment, verdict or decision is also the one who decides in the
nearest sentence that does ('The court on Wednesday rejected an appeal ...'). Two candidates
in that sentence, or none: no author (the quote stays unattributed, counted, as before)."""

from __future__ import annotations

import re

from briefing.new.draft.attribution import Attribution, Key, Tracker
from briefing.new.draft.lexicon import (
    AUTHOR_VERBS,
    DECISION_NOUNS,
    DECISION_VERBS,
    DOCUMENT_NOUNS,
    MAKING_VERBS,
    ORG_HEADS,
    SPEECH_VERBS,
)
from briefing.new.draft.sentences import sentence_spans

_NOUNS = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
_SUBJECT = re.compile(
    rf"^\s*(?:(?:the|this|that|its|their|his|her|a|an)\s+|(?P<owner>[a-z][\w\-]*)['’]s\s+)"
    rf"(?:[\w\-]+\s+){{0,3}}?(?P<noun>{_NOUNS})[\s.,;:]*$", re.IGNORECASE)
_VERBS = "|".join(sorted(AUTHOR_VERBS | SPEECH_VERBS, key=len, reverse=True))
# after a name: its verb, maybe past an aside (', the tribunal's sole member,') or an adverb
_ACTS = re.compile(rf"(?:\s*,[^,;.\"“”]{{1,80}},)?[\s,]+(?:also\s+|later\s+|then\s+)?(?:{_VERBS})\b")
# a court's decision verb, maybe after its day: 'The court on Wednesday rejected'
_DECISIONS = "|".join(sorted(DECISION_VERBS))
_DECIDES = re.compile(rf"(?:\s+(?:on|late on|early on|last|this)\s+\w+(?:\s+night)?)?\s+(?:{_DECISIONS})\b")
_BY = re.compile(r"[\w\-]+(?:\s+[\w\-,]+){0,6}?\s+(?:by|from)\s+(?:the\s+)?", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s+(?:and|or|with)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
# a maker's own act on the document: 'issued its ruling', 'said in a report issued on Tuesday'
_MADE = re.compile(rf"(?:\s*,[^,;.\"“”]{{1,80}},)?[\s,]+(?:also\s+|later\s+)?"
                   rf"(?:(?:{'|'.join(sorted(MAKING_VERBS))})\b|said\s+in\s+(?:a|an|its|his|her|their)\b)")
_OWNS = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}")


def author(subject: str, paragraph: int, before: int, tracker: Tracker) -> Attribution | None:
    """The author of the document the subject names ('the report'), looked for before
    `before` (the quote or the subject, whichever comes first) in its paragraph and in the one
    before; None when the subject is no document or no author is named nearby."""
    match = _SUBJECT.match(subject)
    if match is None:
        return None
    noun = match.group("noun").lower()
    owner = match.group("owner")
    if owner and owner.lower() in ORG_HEADS:
        found = tracker.last_organisation(owner.lower(), paragraph, before)
        if found is not None:
            return _attribution(found, noun, subject, f"the {owner.lower()} whose {noun} it is", tracker,
                                sure=True)
    for number, end in ((paragraph, before), (paragraph - 1, None)):
        if number < 1:
            break
        text = tracker.paragraphs[number - 1]
        for start, stop in reversed(sentence_spans(text)):
            if end is not None and start >= end:
                continue
            stop = min(stop, end) if end is not None else stop
            words = re.finditer(rf"\b{re.escape(noun)}s?\b", text[start:stop], re.IGNORECASE)
            spots = [start + m.start() for m in words]
            if not spots:
                decider = _decider(number, start, stop, tracker) if noun in DECISION_NOUNS else None
                if decider is not None:  # 'The court on Wednesday rejected ...': its ruling
                    where = "this paragraph" if number == paragraph else "the paragraph before"
                    return _attribution(decider, noun, subject, f"named as deciding in {where}", tracker,
                                        sure=True)
                continue
            made = _maker(number, text, start, stop, spots, tracker)
            if made is None:
                return None  # the nearest sentence names the document but no one author
            where = "this paragraph" if number == paragraph else "the paragraph before"
            return _attribution(made[0], noun, subject, f"named as making it or speaking of it in {where}",
                                tracker, sure=made[1])
    return None


def _maker(paragraph: int, text: str, start: int, stop: int, spots: list[int],
           tracker: Tracker) -> tuple[Key, bool] | None:
    """The one who makes the document in the sentence, and whether the sentence says so outright
    ('a report by X', 'X's report', 'X issued its ruling', 'X said in a report') rather than only
    names someone speaking of it ('X said the report was unfair': maybe not its author)."""
    named = [m for m in tracker.entities.in_span(paragraph, start, stop)
             if m.key[0] in ("people", "organisations")]
    for spot in spots:
        for mention in named:
            if mention.start > spot and _BY.fullmatch(text, spot, mention.start):
                return mention.key, True  # 'a report by the Audit Office'
            if mention.end <= spot and _OWNS.fullmatch(text, mention.end, spot):
                return mention.key, True  # 'the Water Commission's report'
    acting = [m for m in named if _ACTS.match(text, m.end, stop)]
    # 'The commission and the Audit Office published a joint report': two makers
    joined = [m for m in named for other in acting
              if m.end <= other.start and _AND.fullmatch(text, m.end, other.start)]
    makers = {m.key for m in [*acting, *joined]}
    if len(makers) != 1:
        return None
    sure = any(_MADE.match(text, m.end, stop) and any(m.end < spot for spot in spots) for m in acting)
    return makers.pop(), sure


def _decider(paragraph: int, start: int, stop: int, tracker: Tracker) -> Key | None:
    text = tracker.paragraphs[paragraph - 1]
    deciders = {m.key for m in tracker.entities.in_span(paragraph, start, stop)
                if m.key[0] in ("people", "organisations") and _DECIDES.match(text, m.end, stop)}
    return deciders.pop() if len(deciders) == 1 else None


def _attribution(key: Key, noun: str, subject: str, why: str, tracker: Tracker,
                 sure: bool = False) -> Attribution:
    name = tracker.entities.get(key).name
    shown = " ".join(subject.split()).rstrip(".,;:")
    return Attribution(
        key, f"The article gives the words as those of '{shown}'; taken as {name}, {why}.",
        doubt="" if sure else (f"Quoted from a {noun}, not said by a person: {name} is taken as its "
                               "author. Check who wrote it."), document=noun)
