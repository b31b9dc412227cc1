"""Meetings ('X met Y', 'talks with Y', 'in a meeting'), topics and reported statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from briefing.new.draft import attribution, pronouns, window
from briefing.new.draft.entities import Entities
from briefing.new.draft.entity import Mention
from briefing.new.draft.eventplaces import TOPIC_IN, in_quoted_words
from briefing.new.draft.lexicon import ACT_OBJECTS, ACT_PARTICLES, ORG_NOUNS, SPEECH_VERBS, TITLE_WORDS
from briefing.new.draft.plans import AGAIN, ASKED_FOR
from briefing.new.draft.sentences import sentence_spans

Key = tuple[str, str]
_MEETING = re.compile(r"\b(?:met(?:\s+with)?|meets(?:\s+with)?|meeting(?:\s+with)?|talks\s+with|"
                      r"held\s+talks|sat\s+down\s+with|hosted|in\s+a\s+meeting|brought\s+together|"
                      # 'received the ambassador', 'received a delegation from X'; not 'had received
                      # more than 60 applications' (round 17's develop set: a meeting of the two
                      # people the sentence named)
                      r"received(?=\s+by\b|\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?-i:[A-Z])|"
                      r"(?:delegations?|deputations?|visiting|visitors?|guests?|envoys?|ambassadors?|"
                      r"ministers?|leaders?|officials?|representatives?|members?)\b))|"
                      # 'held his first summit with Y', 'held a meeting with Y', 'had talks with Y'
                      r"(?:held|had)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){0,2}?"
                      r"(?:summit|talks|meeting|discussions|consultations)\s+with|"
                      # 'talked with Y', 'X and Y talked for five hours' (not 'talked about X')
                      r"talked\s+with|talked(?=\s+for\s+(?:(?:more\s+than|about|nearly|almost|over)\s+)?"
                      r"(?:[\w\-]+\s+)?(?:hours?|minutes)\b)|"
                      r"addressing|visit(?:ed|s)?\b|(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?-i:visiting)|"
                      r"(?<=\bto\s)meet(?:\s+with)?|(?<=\bwill\s)meet(?:\s+with)?|"
                      r"(?<=\bnow\s)meet(?:\s+with)?)\b", re.I)
# 'met' a thing, not people: a ball in play ('then met a corner from captain Georgios
# Hadjipanayi', 'met Silva's cross'), a mark reached ('met the deadline', 'met the target'); round
# 19, develop set r19a: a football report's header was a meeting of the two players
_MET_A_THING = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|every|all|most)\s+|[A-Z][\w\-]*['’]s\s+)?"
                          r"(?:[a-z][\w\-]*\s+)?(?:corners?|cross(?:es)?|free[\s\-]kicks?|pass(?:es)?|balls?|"
                          r"headers?|rebounds?|centres?|centers?|deliver(?:y|ies)|volleys?|shots?|"
                          r"deadlines?|targets?|demands?|expectations?|criteria|standards?|requirements?|"
                          r"costs?|needs|goals?|quotas?|conditions?|obligations?)\b")
_REPORTED = re.compile(rf"\b(?:{'|'.join(sorted(SPEECH_VERBS, key=len, reverse=True))})\b")
_SPEAKS = re.compile(rf",?\s+(?:(?:officials?|spokes(?:man|woman|person)|sources)\s+)?"
                     rf"(?:(?:also|later|then|had)\s+)?({_REPORTED.pattern})")
_OPENING_CLAUSE = re.compile(r"^(?:[A-Z]\w*ing|As|After|Before|In|At|On|During|While|When)\b[^,]*,\s+")


_PLANNED = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|is\s+due\s+to|are\s+due\s+to|"
                      r"is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|"
                      r"agreed\s+to|"
                      # a wish or an intent: 'said he hoped to visit Seoul later this year'
                      r"(?:hope|want|intend|expect|aim|promise|pledge|offer|plan)(?:s|d|ed)?\s+to|planned\s+to|"
                      # a journey for the meeting: 'will fly to Washington on Sunday for talks with'
                      r"(?:will|would|is\s+to|is\s+due\s+to)\s+(?:travel|fly|go|head|leave)\b[^.;\"“”]{0,60}?\s+for)"
                      r"\s+(?:also\s+|then\s+|now\s+|again\s+)?(?:hold\s+|have\s+)?$")
_SENT_BY = re.compile(r"\b(?:representatives|officials|leaders|members|delegates|delegations|executives|"
                      r"envoys|heads)\s+of\b|\b(?:a|the)\s+(?:deputation|delegation)\s+(?:from|of)\b")
_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
_BODY_SUBJECT = re.compile(r"^\s*(?:The|Its|This)\s+(?:[\w\-]+\s+){0,3}?(?:committee|council|board|cabinet|"
                           r"commission|senate|assembly|parliament)\s+$", re.IGNORECASE)
_VISITED = re.compile(r"\bvisit(?:ed|ing|s)?\s+(?:to\s+)?(?:the\s+)?$")
# 'travelled to Dodoma region on Tuesday and met village chairmen': a journey, then who was met
_TRAVELLED = re.compile(r"\b(?:travell?ed|flew|went|journeyed|drove)\s+(?:on\s+)?to\s+(?:the\s+)?$")


# round 15 (events): 'met Agriculture Minister X at the Ministry of Agriculture in Lima', 'met
# officials at the Department of Labour': the public office they met at is the side that receives
# them (a ministry, a department, an embassy; not a hotel or a university that only lends a room)
_AT_THE = re.compile(r"\bat\s+the\s+$")
_OFFICES = frozenset("ministry department embassy secretariat commission council presidency chancellery "
                     "consulate prefecture directorate".split())


def _at_the_office(entities: Entities, text: str, mention: Mention) -> bool:
    name = entities.get(mention.key).name.split()
    return bool(_AT_THE.search(text, max(0, mention.start - 8), mention.start)) and bool(name) \
        and name[0].lower() in _OFFICES


@dataclass
class FoundMeeting:
    paragraph: int
    sentence: str
    participants: list[Key]
    place: Key | None
    type: str
    verb_at: int  # where in the paragraph the meeting word stands
    organisations: list[Key] = field(default_factory=list)  # bodies met ('representatives of X')
    hosts: int = 1  # how many of the people are named before the verb ('A and B met X'): one side
    scheduled: bool = False  # 'would visit Bratislava next month', 'will meet'
    again: bool = False  # a second round ('and will meet again in Oulu on March 20')
    doubt: str = ""  # a side taken from a pronoun ('She also met the mayor'), for `uncertain`


@dataclass
class FoundStatement:
    paragraph: int
    sentence: str
    speaker: Key
    addressees: list[Key] = field(default_factory=list)
    also: list[Key] = field(default_factory=list)  # 'X and Y said': the others who said it
    how: str = ""  # 'She said ...': whom the pronoun was taken to mean, for `inferred`
    doubt: str = ""  # another reading, for `uncertain`


def _sentences(paragraphs: tuple[str, ...]) -> list[tuple[int, int, int, str]]:
    return [(number, start, end, text[start:end]) for number, text in enumerate(paragraphs, 1)
            for start, end in sentence_spans(text)]


# ('said in Victoria on Saturday that both sides had agreed to meet')
_SAID_SIDES = re.compile(rf"\b(?:{_REPORTED.pattern})\s+(?:[^.;,\"“”]{{1,60}}?\s+)?(?:that\s+)?"
                         r"(?:both|the\s+two)\s+sides\b")


# round 21 (r21a): 'She also met the mayor of Qeqertarsuaq, Karl Johan Fleischer-Lyberth, and members
# of ... KNAPK': the sentence's subject is a pronoun, the person it means one side
# (with 'also', 'later' or 'then' only: 'He met China's top climate official, X', right after 'visited
# Beijing earlier this week', tells the visit, not a meeting of its own)
_PRONOUN_MET = re.compile(r"\s*(?P<word>He|She)\s+(?:also|later|then)\s+(?:met|meets)\b")


def _pronoun_subject(paragraphs: tuple[str, ...], entities: Entities, number: int, start: int,
                     sentence: str, verb: re.Match[str]) -> tuple[Key | None, str]:
    """The person a sentence's subject pronoun means, when it opens a meeting's sentence, and the
    reason it is a guess."""
    opens = _PRONOUN_MET.match(sentence)
    if opens is None or opens.end() < verb.end() - 1:
        return None, ""
    reading = pronouns.resolve(opens.group("word").lower(), number, start + opens.start("word"), entities,
                               paragraphs, None)
    if reading is None:
        return None, ""
    return reading.key, reading.doubt or f"{reading.how} Check who took part."


def find_meetings(paragraphs: tuple[str, ...], entities: Entities) -> list[FoundMeeting]:
    found = []
    for number, start, end, sentence in _sentences(paragraphs):
        verb = _MEETING.search(sentence)
        if not verb:
            continue
        text = paragraphs[number - 1]
        if verb.group().lower() in ("met", "meets") and _MET_A_THING.match(sentence, verb.end()):
            continue  # ('met a corner from captain X', 'met the deadline': no meeting)
        sides = _SAID_SIDES.search(sentence)
        if sides and sides.start() < verb.start():
            continue  # 'Mediator X, appointed by Y, said that both sides had agreed to meet': theirs
        if verb.group().lower().startswith("meet") \
                and not _PLANNED.search(window.before(text, start + verb.start())):
            continue  # 'is due to meet', 'will meet': planned; not 'failed to meet', 'used to meet'
        if ASKED_FOR.search(window.before(text, start + verb.start())):
            continue  # 'asking for an urgent meeting with the minister': asked for, not held
        named = entities.in_span(number, start, end)
        people = list(dict.fromkeys(m.key for m in named if m.key[0] == "people"))
        who, doubt = _pronoun_subject(paragraphs, entities, number, start, sentence, verb)
        if who is not None and who not in people:
            people.insert(0, who)
        venue_at = [(m.start, m.key) for m in named if m.key[0] == "places"
                    and _VENUE.search(window.before(text, m.start))
                    and not TOPIC_IN.search(window.before(text, m.start))  # ('to discuss the war in Ukraine')
                    and not in_quoted_words(text[start:m.start])  # ('"Security in the Gulf ...,"')
                    and not re.match(r"['’]s\b", window.after(text, m.end))]
        venues = [key for _, key in venue_at]
        visited = [m.key for m in named
                   if m.key[0] == "places" and _VISITED.search(window.before(text, m.start))]
        at = start + verb.start()
        # 'A and B met representatives of X and Y': the bodies met take part too
        bodies = list(dict.fromkeys(m.key for m in named if m.key[0] == "organisations" and m.start > at
                                    and (_SENT_BY.search(text, at, m.start)
                                         or _at_the_office(entities, text, m))))
        subjects, objects = _bodies_meeting(named, text, start, at, start + verb.end()) \
            if re.match(r"(?:met|meets|meet|held\s+talks)\b", verb.group().lower()) else ([], [])
        bodies += [key for key in (*subjects, *objects) if key not in bodies]
        # ('A delegation from the union is due to visit London ..., Tadesse said': the one person
        # named after the verb said so; the visitor is named before it)
        if verb.group().lower().startswith("visit") and len(people) == 1 and visited \
                and any(m.key == people[0] and m.start < at for m in named):
            found.append(FoundMeeting(number, sentence.strip(), people, visited[0], "visit", at,
                                      scheduled=bool(_PLANNED.search(window.before(text, at)))))
        elif len(people) == 1 and not bodies and verb.group().lower().startswith("met") \
                and (journey := _journey(named, text, at)) is not None:
            found.append(FoundMeeting(number, sentence.strip(), people, journey, "visit", at))
        elif (len(people) >= 2 or people and bodies or subjects and len(bodies) >= 2) \
                and not verb.group().lower().startswith("visit"):
            kind = "talks" if "talks" in sentence.lower() or verb.group().lower().startswith("talked") \
                else "summit" if re.search(r"\bsummit\s+with$", verb.group().lower()) else "meeting"
            hosts = len({m.key for m in named if m.key[0] == "people" and m.start < at}) or len(subjects)
            if hosts == 0 and verb.group().lower().startswith("meet"):
                continue  # 'The committee will meet to decide whether A should be suspended for a hit on B
            if hosts == 0 and _BODY_SUBJECT.search(sentence, 0, verb.start()) \
                    and re.match(r"\s+(?:on|at|in|yesterday|to-?day|last|this)\b", sentence[verb.end():]):
                continue  # 'The committee met on Thursday ... after the Auditor General, X, reported
                # that the contractor, Y, had been paid': the body's own meeting (mainevents)
            planned = bool(_PLANNED.search(window.before(text, at)))
            hosts = max(hosts, 1 if who is not None else 0)
            meeting = FoundMeeting(number, sentence.strip(), people, venues[0] if venues else None,
                                   kind, at, bodies, hosts, planned, doubt=doubt)
            found += _rounds(meeting, text, start, end, venue_at)
    _represented(found, paragraphs, entities)
    _continued(found, paragraphs, entities)
    return found


# Between bodies named as the sides of 'met' ('Norsk Hydro ASA and Fellesforbundet met in Oslo on
# Tuesday', 'Norsk Hydro ASA met the Fellesforbundet union'; round 15, lead: no meeting): a body's
# lower-case noun may follow its name ('the Fellesforbundet union'), 'and' or a comma joins them.
_BODY_NOUN = rf"(?:(?:{'|'.join(sorted(ORG_NOUNS))})\s+)?"
_JOINED = re.compile(rf"\s*{_BODY_NOUN}(?:,|and|&)\s+(?:the\s+)?$")
_SUBJECT_END = re.compile(rf"\s*{_BODY_NOUN}(?:(?:have|has|had|will|would)\s+)?$")
_OBJECT_START = re.compile(r"\s+(?:with\s+)?(?:the\s+)?$")
_TITLE_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[\w\-]+){0,3}\s+")


def _bodies_meeting(named: list[Mention], text: str, start: int, at: int,
                    verb_end: int) -> tuple[list[Key], list[Key]]:
    """The organisations named as the subject of the verb of meeting (the last before it, and
    those joined to it by 'and' or a comma) and as its object (straight after it)."""
    before = [m for m in named if start <= m.start and m.end <= at]
    subjects: list[Key] = []
    if before and before[-1].key[0] == "organisations" and _SUBJECT_END.fullmatch(text, before[-1].end, at):
        subjects.append(before[-1].key)
        for previous, current in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
            if previous.key[0] != "organisations" or not _JOINED.fullmatch(text, previous.end, current.start):
                break
            subjects.insert(0, previous.key)
    after = next((m for m in named if m.start >= verb_end), None)
    if after is None or after.key[0] != "organisations" \
            or not _OBJECT_START.fullmatch(text, verb_end, after.start) \
            or re.match(r"\s+or\s", text[after.end:]):  # ('will meet X or Y in the final': not yet known)
        return list(dict.fromkeys(subjects)), []
    person = next((m for m in named if m.start >= after.end), None)
    owns = person is not None and person.key[0] == "people" \
        and _TITLE_BETWEEN.fullmatch(text, after.end, person.start) is not None  # ('talks with
    # European Commission President Ursula von der Leyen': the body of the person's office)
    objects = [] if owns else [after.key]
    return list(dict.fromkeys(subjects)), [k for k in objects if k not in subjects]


# 'They will continue on Thursday', 'They will be resumed to-morrow morning': the talks just told,
# another round between the same sides (and whoever the sentence says will attend)
_CONTINUED = re.compile(r"They\s+(?:will|are\s+(?:due\s+|expected\s+)?to)\s+(?:be\s+resumed|resume|continue|"
                        r"reconvene)(?=\s+(?:on|at|in|next|to-?morrow|later|after)\b|[.,;])")
_TALKS_TOLD = re.compile(r"\b(?:talks|meeting|negotiations|discussions)\b")


def _continued(found: list[FoundMeeting], paragraphs: tuple[str, ...], entities: Entities) -> None:
    for number, start, end, sentence in _sentences(paragraphs):
        told = _CONTINUED.match(sentence.lstrip()) if sentence.lstrip().startswith("They ") else None
        text = paragraphs[number - 1]
        before = "\n".join(paragraphs[max(0, number - 2):number - 1] + (text[:start],))[-200:]
        earlier = next((m for m in reversed(found) if 0 <= number - m.paragraph <= 2 and not m.scheduled),
                       None) if told and _TALKS_TOLD.search(before) else None
        if told is None or earlier is None:
            continue
        at = text.index(told.group(), start)
        named = [m.key for m in entities.in_span(number, start, end) if m.key[0] == "people"]
        people = [*earlier.participants, *(k for k in dict.fromkeys(named) if k not in earlier.participants)]
        found.append(FoundMeeting(number, sentence.strip(), people, earlier.place, earlier.type,
                                  at + len(told.group()) - 1, list(earlier.organisations), earlier.hosts,
                                  scheduled=True, again=True))


# 'The Congress was represented by its president, Mr. X, and four members': the body's people at
# the meeting just told
# the meeting just told; 'The deputation was led by X': the side the body sent
_REPRESENTED = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+(?P<verb>represented|led|headed)\s+"
                          r"(?:at\s+the\s+\w+\s+)?by\s+")
_SENT_SIDE = re.compile(r"\b(?:deputation|delegation|team|side|negotiators)\b", re.I)


def _represented(found: list[FoundMeeting], paragraphs: tuple[str, ...], entities: Entities) -> None:
    """The people a body met sent, told in the sentence after: that meeting's participants, when
    the body the sentence names (if any) is one it met."""
    for number, start, end, sentence in _sentences(paragraphs):
        told = _REPRESENTED.search(sentence) if " by " in sentence else None
        meeting = next((m for m in reversed(found) if m.organisations and 0 <= number - m.paragraph <= 1),
                       None) if told else None
        if told is None or meeting is None:
            continue
        named = entities.in_span(number, start, end)
        bodies = {m.key for m in named if m.key[0] == "organisations" and m.start < start + told.start()}
        if bodies - set(meeting.organisations) or told.group("verb") != "represented" \
                and not (bodies or _SENT_SIDE.search(sentence, 0, told.start())):
            continue
        after = [m.key for m in named if m.key[0] == "people" and m.start >= start + told.end()]
        meeting.participants += [key for key in dict.fromkeys(after) if key not in meeting.participants]


def _journey(named: list[Mention], text: str, at: int) -> Key | None:
    """The place a person 'travelled to' before meeting people there, in the same clause as the
    verb: the visit's; none when the person is named after the verb (the one met)."""
    people = [m for m in named if m.key[0] == "people"]
    if not people or people[0].start > at:
        return None
    return next((m.key for m in named if m.key[0] == "places" and people[0].start < m.start < at
                 and _TRAVELLED.search(window.before(text, m.start))), None)


# What the first round of a sentence with a second was: 'failed to agree in talks in Turku'
_FIRST_ROUND = re.compile(r"\b(?:talks|negotiations|met|meeting|discussions|signed)\b", re.I)


def _rounds(meeting: FoundMeeting, text: str, start: int, end: int,
            venues: list[tuple[int, Key]]) -> list[FoundMeeting]:
    """A sentence that goes on to a second round ('X and Y failed to agree in talks in Turku on
    Monday, and will meet again in Oulu on March 20') gives two meetings between the same people,
    each with its clause's place and day; the second is scheduled."""
    again = AGAIN.search(text, start, end)
    if again is None:
        return [meeting]
    first_at = meeting.verb_at if meeting.verb_at < again.start() else max(
        (m.start() for m in _FIRST_ROUND.finditer(text, start, again.start())), default=-1)
    if first_at < 0:
        return [meeting]
    before = [key for at, key in venues if at < again.start()]
    after = [key for at, key in venues if at > again.start()]
    first = replace(meeting, verb_at=first_at, place=before[0] if before else None, scheduled=False)
    second = replace(meeting, verb_at=again.start(), place=after[0] if after else None, scheduled=True,
                     again=True)
    return [first, second]


# An aside between commas: ', the head of the authority, Carlos Arroz,'.
ASIDE = re.compile(r",[^,.;\"“”]{1,80},")
_PRONOUN_SAYS = re.compile(rf"(He|She)\s+(?:also\s+|later\s+|then\s+)?"
                           rf"(?:{_REPORTED.pattern})\s+(?!(?:to|by)\b)")


def _joined(rest: list[Any], text: str, end: int) -> tuple[list[Key], int]:
    """'Zhang Wei and Liu Fang said': the others named with 'and' (or a comma) before the verb."""
    also: list[Key] = []
    for other in rest:
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:(?:his|her|their)\s+[a-z]+\s+)?", text[end:other.start]):
            break
        also.append(other.key)
        end = other.end
    return also, end


_SPOKES_SAYS = re.compile(rf"(?:[\w.'’\-]+\s+){{0,8}}?spokes(?:person|man|woman)\b[^,\"“”]{{0,60}}?"
                          rf"\s+(?P<verb>{_REPORTED.pattern})", re.I)


def _spokesperson(number: int, begin: int, end: int, text: str, entities: Entities,
                  paragraphs: tuple[str, ...]) -> attribution.Attribution | None:
    """'A spokesperson for the Water Agency said ...', 'A ministry spokeswoman said ...': an
    unnamed spokesperson speaks for the organisation, marked uncertain, as a quote's
    (attribution.resolve); 'a spokesperson said' with no organisation: nobody (None speaker).
    None: the sentence does not open that way, or it names the spokesperson."""
    said = _SPOKES_SAYS.match(text, begin, end)
    if said is None or any(m.key[0] == "people" for m in entities.in_span(number, begin, said.end())):
        return None
    tracker = attribution.Tracker(entities, paragraphs)
    who = attribution.resolve(number, begin, said.start("verb"), text, tracker)
    return who or attribution.Attribution(None, "")


_HONORIFICS = frozenset("dr mr mrs ms prof cllr sir dame judge advocate rev".split())


def _apposed(rest: list[Any], text: str, aside: re.Match[str] | None) -> Key | None:
    """'A spokesperson for the Ministry of the Sea, Rui Antunes, said': the person set off by
    commas after the title's organisation says it, as for a quote (attribution._apposed)."""
    person = rest[0] if rest and aside else None
    if person is None or aside is None or person.key[0] != "people":
        return None
    # 'at GNS Science, Dr Hana Tipene,': an honorific or a title may stand before the name
    lead = text[aside.start() + 1:person.start].split()
    fills = all(w.rstrip(".").lower() in _HONORIFICS or w.lower() in TITLE_WORDS for w in lead) \
        and re.fullmatch(r"\s*,", text[person.end:aside.end()])
    return person.key if fills else None


# A person's body right after the name: 'X of the University of Cambridge', 'X from the union'.
_OF_BODY = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")


def _affiliation(mention: Mention, later: list[Mention], text: str) -> Mention | None:
    """The body named right after a person with 'of', 'from' or 'at'."""
    of = _OF_BODY.match(text, mention.end) if mention.key[0] == "people" else None
    return next((m for m in later if of and m.start == of.end() and m.key[0] == "organisations"), None)


def _act(verb: str) -> re.Pattern[str]:
    particles = "|".join(ACT_PARTICLES.get(verb, ()))
    objects = "|".join(sorted(ACT_OBJECTS[verb], key=len, reverse=True))
    particle = rf"(?:{particles})\b|" if particles else ""
    # ('called an election', not 'called the vote a turning point': what he said of it)
    determiners = "a|an|its|his|her|their|the" if verb == "posted" else "a|an"
    return re.compile(rf"\s+(?:{particle}(?:{determiners})\s+(?:[\w\-]+\s+){{0,3}}?(?:{objects})\b)")


# 'the federation called an emergency meeting of its board', 'called off the match', 'declared a
# state of emergency': a speech verb telling an act, no words said (lexicon.ACT_OBJECTS)
_ACTS = {verb: _act(verb) for verb in ACT_OBJECTS}


def _an_act(text: str, verb: re.Match[str]) -> bool:
    said = verb.group(1)
    past = next((form for form in (said, said[:-1] + "d", said[:-1] + "ed") if form in _ACTS), "")
    return bool(past) and _ACTS[past].match(text, verb.end()) is not None


# A sentence closed by the one who says it ('..., the ministry said.', '..., the national police
# said.', '..., police said on Monday.'): the speaker of what the sentence says.
_CLOSED_BY = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w.'’\-]+\s+){0,4}?[\w.'’\-]+\s+"
                        r"(?:said|says|added|announced|confirmed)(?:\s+(?:on|in|late|early)\s+[\w\s]{1,20})?"
                        r"\.?\s*$")


def find_statements(paragraphs: tuple[str, ...], entities: Entities,
                    quoted: dict[int, list[tuple[int, int]]]) -> list[FoundStatement]:
    """Reported speech with no quotation marks: 'X said (that) ...' near the start of a
    sentence, or '..., X told Y' closing it. `quoted`: the quoted spans (open, close) of each
    paragraph; a sentence inside one is someone's quoted words, not the article's report
    ('"... Carlos Vega told me the plan was dead.' is the quote's speaker talking about Vega)."""
    found = []
    for number, start, end, sentence in _sentences(paragraphs):
        spans = quoted.get(number, ())
        if re.search(r"[\"“”]", sentence) or spans and "'" in sentence \
                or any(o < end and start <= c for o, c in spans):
            continue
        text = paragraphs[number - 1]
        clause = _OPENING_CLAUSE.match(sentence)
        begin = start + (clause.end() if clause else 0)
        said = _PRONOUN_SAYS.match(text, begin)
        reading = pronouns.resolve(said.group(1).lower(), number, begin, entities, paragraphs, None) \
            if said else None
        if reading:  # 'She said the chairman had asked her to lead': the person 'she' can mean
            found.append(FoundStatement(number, sentence.strip(), reading.key, how=reading.how,
                                        doubt=reading.doubt))
            continue
        spokes = _spokesperson(number, begin, end, text, entities, paragraphs)
        if spokes is not None:
            if spokes.speaker is not None:
                found.append(FoundStatement(number, sentence.strip(), spokes.speaker, how=spokes.how,
                                            doubt=spokes.doubt))
            continue
        closing = _CLOSED_BY.search(sentence)
        named = [m for m in entities.in_span(number, begin, end) if m.key[0] != "places"
                 and (closing is None or m.start >= start + closing.start())]
        # ('Mazda Motor and Honda Motor also admitted irregularities, the ministry said': the
        # words are the one's who closes the sentence saying them, not Mazda's and Honda's; round
        # 14, lead)
        skip = -1
        for index, mention in enumerate(named):
            if mention.start < skip:
                continue  # 'Zhang Wei, a hydrologist at Tsinghua University,': not the university
            if _REPORTED.search(text, begin, mention.start):
                break  # 'She said the chairman, Carlos Vega, had asked her': what she said
            body = _affiliation(mention, named[index + 1:], text)
            if body is not None:  # 'Professor Søren Brage of the University of Cambridge(, who ...,)
                # said': the person speaks, the body is where they work
                aside = None if _SPEAKS.match(text, body.end) else ASIDE.match(text, body.end)
                verb = _SPEAKS.match(text, aside.end() if aside else body.end)
                if verb and not _an_act(text, verb) and mention.start - begin <= 40:
                    found.append(FoundStatement(number, sentence.strip(), mention.key))
                    break
            aside = None if _SPEAKS.match(text, mention.end) else ASIDE.match(text, mention.end)
            skip = aside.end() if aside else skip  # 'Declan McDonnell, an independent, said'
            also, after_name = _joined([m for m in named[index + 1:] if m.start >= skip], text,
                                       aside.end() if aside else mention.end)
            verb = _SPEAKS.match(text, after_name)
            verb = None if verb and _an_act(text, verb) else verb
            opens = mention.start - begin <= 40 or re.fullmatch(  # 'The chief executive of the
                r"[^,\"“”]{0,70},\s*", text[begin:mention.start]) is not None  # council, Leonard Cleary,'
            closes = re.search(r",\s+(?:[\w.'’\-]+\s+){0,5}$", text[begin:mention.start])
            if verb and (opens or closes):
                after = [m.key for m in entities.in_span(number, verb.end(), end) if m.key[0] == "people"]
                told = verb.group().split()[-1].startswith(("told", "tell"))
                speaker = _apposed(named[index + 1:], text, aside) or mention.key
                found.append(FoundStatement(number, sentence.strip(), speaker,
                                            after[:1] if told else [], also))
                break
    return found
