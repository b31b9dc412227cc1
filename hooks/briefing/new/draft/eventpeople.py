"""Who takes part in an event whose sentence names nobody, and when an event began.

News writing often opens on an event without its people ('A federal court on Wednesday
sentenced a former bank manager ...', 'in a ceremony that ran from Tuesday to Thursday') and
names them in the sentences after; a sentence opened by a pronoun ('He signed a contract on
Friday') means the person of the sentence before. Whoever is taken that way is marked uncertain
on `participants`: a reviewer checks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import BODY_WORDS, DEAL_NOUNS, MEMBER_BODIES, PLURAL_TITLES, TITLE_WORDS
from briefing.new.draft.sentences import sentence_spans

Key = tuple[str, str]
# (paragraph, sentence start, sentence end) -> (people, organisations) the sentence names
TakingPart = Callable[[int, int, int], tuple[list[Key], list[Key]]]
_PRONOUN_OPENS = re.compile(r"\s*(?:He|She|They)\b")
# 'The Office condemned the vote', 'welcomed the decision': a reaction to an event, not a part in it
REACTION = re.compile(r"\b(?:condemned|critici[sz]ed|welcomed|praised|hailed|denounced|slammed|"
                      r"questioned|challenged|appealed|regretted|deplored|applauded|protested)\s+"
                      r"(?:the|its|this|that)\s+(?:[\w\-]+\s+){0,3}?(?:vote|decision|ruling|verdict|"
                      r"suspension|ban|move|plan|law|bill|measure|deal|agreement|sentence|result)\b")
# a body called back that acts later: 'The council is due to receive a report from X'
_BODY_AHEAD = re.compile(rf"\s*The\s+(?:[A-Z][\w\-]*\s+){{0,3}}(?:{'|'.join(sorted(BODY_WORDS))})\s+"
                         r"(?:will|(?:is|are)\s+(?:due|expected|set|scheduled|to)\b)")
LEDE = 2  # the paragraphs whose events are what the article is about
BODY_FAMILIES = ("vote", "decision")  # events a body holds: its organisations take part
# events between sides ('Hotel owners and the island's two largest unions failed to agree in
# talks'), which the next paragraphs name, often as organisations before any person
SIDE_FAMILIES = ("talks",)


def parties(event: Any, paragraphs: tuple[str, ...], end: int, events: Sequence[Any],
            taking_part: TakingPart, names: Callable[[list[Key]], str]) -> None:
    """Fill `event.participants` (and `people_doubt`) for an event whose sentence names nobody:
    the people named later in its paragraph; a sentence opened by 'he'/'she'/'they': those of
    the sentence before; an event of the lede: those of the first sentence naming people in
    the next two paragraphs; a court event: those of the same case's earlier hearing."""
    text = paragraphs[event.paragraph - 1]
    spans = sentence_spans(text)
    here = next(((s, e) for s, e in spans if s <= end <= e + 1), None)
    if here and _PRONOUN_OPENS.match(text, here[0]):
        before = [(s, e) for s, e in spans if e <= here[0]]
        people = taking_part(event.paragraph, *before[-1])[0] if before else []
        if people:
            return _take(event, people, f"the sentence before it names {names(people)}")
    # a vote or a body's decision is the body's: a sentence naming only organisations names it
    # ('Poland's banking watchdog approved ...' then 'The Komisja Nadzoru Bankowego ... said')
    body = event.family in BODY_FAMILIES
    for start, stop in spans:
        if start >= end:
            people, orgs = taking_part(event.paragraph, start, stop)
            if people or body and orgs and not event.organisations:  # (round 15: a body's vote
                # whose sentence names the body: not the firm the next sentence names)
                return _take(event, people, f"taken as {names(people or orgs)}, named after it in "
                                            f"paragraph {event.paragraph}", orgs if body else [])
    if event.paragraph <= LEDE:
        bodies: list[Key] = []  # (a body's: the organisations of the first sentence naming any)
        for number in range(event.paragraph + 1, min(event.paragraph + 3, len(paragraphs) + 1)):
            for start, stop in sentence_spans(paragraphs[number - 1]):
                people, orgs = taking_part(number, start, stop)
                if REACTION.search(paragraphs[number - 1], start, stop) \
                        or _BODY_AHEAD.match(paragraphs[number - 1], start):
                    continue  # 'The Association condemned the vote': no part in it; 'The council
                    # is due to receive a report from X': the body's later act, X its part
                # (talks are between sides: the organisations of every sentence before the people)
                bodies += [o for o in orgs if o not in bodies] \
                    if (body and not bodies or event.family in SIDE_FAMILIES) and not people else []
                if people:  # (with the organisations they speak for: 'X of the Y Federation')
                    event.guessed_from = number
                    return _take(event, people, f"taken as {names(bodies + people)}, named in "
                                                f"paragraph {number}", bodies + orgs)
        if bodies:
            return _take(event, [], f"taken as {names(bodies)}, named in the next paragraphs", bodies)
    earlier = next((e for e in reversed(events) if e.family == "court" and e.participants), None)
    if event.family == "court" and earlier is not None:
        _take(event, list(earlier.participants), f"taken as the people of the {earlier.word} "
                                                 "before it (the same case)")


def _take(event: Any, people: list[Key], why: str, orgs: Sequence[Key] = ()) -> None:
    event.participants = list(people)
    # (a body first: 'Decision by the Komisja', not by the banks it ruled on)
    first = list(orgs) if event.family in BODY_FAMILIES else []
    event.organisations = [*first, *(o for o in [*event.organisations, *orgs] if o not in first)]
    event.organisations = list(dict.fromkeys(event.organisations))
    event.people_doubt = f"The sentence about the {event.word} names nobody; {why}. Check who takes part."


def began_earlier(event: Any, text: str, dates: Sequence[Any], end: str | None) -> None:
    """'The strike ... began on Tuesday and is due to last until Sunday': a later mention whose
    sentence says, with a full date, when the event began, before the date it was found with,
    moves its start there, and its end to a day the sentence gives after 'until'.
    `dates`: the dates of that sentence."""
    began = [d for d in dates if len(d.value) == 10 and _BEGAN_ON.search(text[max(0, d.start - 30):d.start])]
    if not began or event.date is None or began[0].value >= event.date.value:
        return
    until = [d.value for d in dates if len(d.value) == 10 and d.value > began[0].value
             and re.search(r"\b(?:until|till|through)\s+$", text[max(0, d.start - 12):d.start])]
    event.end = until[0] if until else end or event.end
    event.date = began[0]
    event.date_doubt = ""


_BEGAN_ON = re.compile(r"\b(?:began|begun|started|opened)\s+(?:on\s+)?$")


# 'The Hamas delegation is led by Khalil al-Hayya', 'the government side, headed by X,': the
# leader of a side at talks takes part in them.
_LEADS_A_SIDE = re.compile(r"\b(?:delegation|team|side|negotiators)\b[^.;]{0,20}?\b(?:is|was|are|were|,)?\s*"
                           r"(?:led|headed)\s+by\s+")
# 'X is due to lead his country's delegation', 'Y will head the Zambian team': the person before it
_LEADS_ACTIVE = re.compile(r"\b(?:(?P<ahead>will|would|is\s+(?:due|set|expected)\s+to|is\s+to)\s+"
                           r"(?:lead|head)|led|leads|headed|heads)\s+(?:his|her|their|its|the|[A-Z][\w\-]+['’]s)\s+"
                           r"(?:[\w\-’']+\s+){0,2}?(?:delegation|team|negotiators|side)\b")


def delegations(events: Sequence[Any], paragraphs: tuple[str, ...], taking_part: TakingPart) -> None:
    """The leaders of the sides, named after talks ('The Hamas delegation is led by X.'), are the
    talks' participants: the last talks or meeting before the sentence, in the same paragraph
    or the one before."""
    for number, text in enumerate(paragraphs, 1):
        for start, stop in sentence_spans(text):
            led = _LEADS_A_SIDE.search(text, start, stop)
            active = None if led else _LEADS_ACTIVE.search(text, start, stop)
            if led is None and active is None:
                continue
            if active is not None and active.group("ahead"):  # ('X, who will lead Lesotho's
                # delegation, said': the talks still ahead, not the call the lede told of)
                talks = next((e for e in reversed(events) if e.scheduled and e.paragraph <= number
                              and e.family in _GATHERINGS), None)
            else:
                talks = next((e for e in reversed(events) if e.family in ("talks", "meeting")
                              and any(0 <= number - n <= 1 for n in e.paragraphs)), None) \
                    or _main_event(events, number)  # ('Russia's delegation was led by X', far below)
            if talks is None:
                continue
            people = taking_part(number, led.end(), stop)[0] if led \
                else taking_part(number, start, active.start())[0] if active else []
            talks.participants += [p for p in people if p not in talks.participants]
            talks.paragraphs = sorted({*talks.paragraphs, number})



# 'Festival director Roman Gutek', 'race organiser Ana Lima': the person an event's role names
# takes part in the last event of that word.
_ROLE = re.compile(r"\b(?P<word>[A-Za-z]+)\s+(?:director|organiser|organizer|chairman|chairwoman|chair|"
                   r"president|host)\s+(?=[A-Z])")


def event_roles(events: Sequence[Any], paragraphs: tuple[str, ...], taking_part: TakingPart) -> None:
    for number, text in enumerate(paragraphs, 1):
        for match in _ROLE.finditer(text):
            word = match.group("word").lower()
            event = next((e for e in reversed(events) if e.word == word and e.paragraph <= number), None)
            if event is None:
                continue
            people = taking_part(number, match.end(), match.end() + 1)[0]
            event.participants += [p for p in people if p not in event.participants]
            event.paragraphs = sorted({*event.paragraphs, number})


# 'X and Y attended in person', 'Z attended as an observer': a sentence with no event of its own
# whose people attend take part in the article's event.
_ATTENDED = re.compile(r"\b(?:attended|took\s+part)(?=\s*(?:in\s+person|as\s|[,.;]|too\b|also\b))")


def attendees(events: Sequence[Any], paragraphs: tuple[str, ...], taking_part: TakingPart) -> None:
    for number, text in enumerate(paragraphs, 1):
        for start, stop in sentence_spans(text) if "attended" in text or "took part" in text else ():
            went = _ATTENDED.search(text, start, stop)
            event = _main_event(events, number) if went else None
            if event is None or went is None:
                continue
            people = taking_part(number, start, went.start())[0]
            event.participants += [p for p in people if p not in event.participants]
            event.paragraphs = sorted({*event.paragraphs, number})


def _main_event(events: Sequence[Any], number: int) -> Any:
    """The event of the lede a later sentence may tell more of: the first one found in the first
    paragraphs, if it is a gathering (talks, a meeting, a summit, a session)."""
    first = next((e for e in events if e.paragraph <= LEDE and e.paragraph <= number), None)
    return first if first is not None and first.family in _GATHERINGS else None


_GATHERINGS = ("talks", "meeting", "conference", "session", "call", "visit")



# 'Farmers who own the two societies would vote', 'both unions': sides counted, not named
_COUNTED = re.compile(r"\b(?:the\s+(?P<n>two|three|four)|both(?:\s+the)?)\s+(?:[a-z\-]+\s+)?[a-z]+s\b")
_COUNTS = {"two": 2, "three": 3, "four": 4}


def named_before(event: Any, number: int, start: int, end: int, paragraphs: tuple[str, ...],
                 entities: Entities) -> None:
    """An event whose sentence counts its sides ('the two societies') takes the last that many
    people or organisations named before the sentence, when they are all of one kind (no place:
    'the two countries') and the sentence does not name them all; marked uncertain. Sides
    counted by their role ('The two ministers will meet', or by nothing: 'The two will meet
    again') are the last that many people of that role (or any) named before."""
    counted = _COUNTED_ROLE.match(paragraphs[number - 1], start)
    plural = counted and counted.group("role")
    if counted is not None and (not plural or plural in PLURAL_TITLES):
        role = PLURAL_TITLES.get(plural) if plural else None
        keys = _holders(entities, number, start, _COUNTS[counted.group("n")], role)
        return _add_counted(event, keys, counted.group().strip(), entities)
    counted = _COUNTED.search(paragraphs[number - 1], start, end)
    if counted is None:
        return
    count = _COUNTS.get(counted.group("n") or "two", 2)
    bodies = count == 2 and counted.group().split()[-1] in _BODIES_COUNTED \
        and counted.start() - start <= _OPENING
    keys = _last_pair(entities, paragraphs, number, start) if bodies \
        else _last_named(entities, number, start, count)
    kinds = {key[0] for key in keys}
    if len(kinds) != 1 or kinds & {"places"}:
        return
    have = event.participants if "people" in kinds else event.organisations
    if all(key in have for key in keys):
        return
    have += [key for key in keys if key not in have]
    event.people_doubt = (f"'{counted.group()}' taken as {', '.join(entities.get(k).name for k in keys)}, "
                          "the last named before it. Check who takes part.")


# a sentence opened by members of a body: 'Councillors will meet', 'Opposition MPs met'
_MEMBERS_OPEN = re.compile(r"\s*(?:(?:The|Some|Several|Many|Opposition|City|Town|Municipal|County|"
                           r"Local|Regional|State|Federal)\s+)?(?P<members>[A-Za-z]+)\b")


def members_body(event: Any, number: int, paragraphs: tuple[str, ...], start: int,
                 entities: Entities) -> None:
    """An event whose sentence opens on a body's members in the plural ('Councillors will meet
    Carris managers on June 15') has the body of theirs last named before ('Lisbon's city
    council'), when it is not among its sides yet."""
    opens = _MEMBERS_OPEN.match(paragraphs[number - 1], start)
    words = MEMBER_BODIES.get(opens.group("members").lower(), ()) if opens else ()
    if not words:
        return
    of_body = re.compile(rf"\b(?:{'|'.join(words)})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    for paragraph in range(number, 0, -1):
        for mention in reversed(entities.in_span(paragraph, 0, start if paragraph == number else 10**9)):
            name = entities.get(mention.key).name.lower().split()
            if mention.key[0] == "organisations" and (any(word in name for word in words) or of_body.search(
                    paragraphs[paragraph - 1], max(0, mention.start - 30), mention.start)):
                if mention.key not in event.organisations:  # ('the board of Petropar': its directors)
                    event.organisations.insert(0, mention.key)
                return


# a sentence opened by a role alone: 'The President will open a conference next Monday'
_ROLE_OPENS = re.compile(r"\s*The\s+(?P<role>[A-Za-z]+)\s+(?!of\b)")
# round 20 (r20a: 'The farmers and the minister will meet again on May 10'): the role second of
# two sides, the first a group the article names no one of
_ROLE_SECOND = re.compile(r"\s*(?:The\s+)?[a-z][\w\-]*\s+and\s+the\s+(?P<role>[A-Za-z]+)\s+(?!of\b)"
                          r"(?=(?:will|would|are|were|have|had|met|meet)\b)")


# the role only reports what others will do ('The minister said that Kyrgyzstan will talk with
# Uzbekistan about water at a meeting in Tashkent next month'; round 21: the minister, taken as the
# meeting's one side, dated a meeting of two countries): a verb of saying, then a subject of its
# own that is no pronoun ('The President said he will open ...' is his)
_REPORTS_OTHERS = re.compile(r"(?:said|says|told\s+\w+|announced|added|explained)\s+(?:that\s+)?"
                             r"(?!(?:he|she|they|it|the|his|her|their)\b)[A-Z]")


def role_named(event: Any, text: str, start: int, entities: Entities) -> None:
    """An event whose sentence names nobody and opens on a role ('The President will open ...')
    has the one person of that role the article names ('President Julius Nyerere'); marked
    uncertain. None when two or more hold it."""
    second = None if event.participants else _ROLE_SECOND.match(text, start)  # (the group's
    # body, if any, stays a side)
    opens = second or _ROLE_OPENS.match(text, start)
    if opens is None or event.participants or event.organisations and second is None:
        return
    role = opens.group("role").lower()
    if role not in TITLE_WORDS or second is None and _REPORTS_OTHERS.match(text, opens.end()):
        return
    holders = [key for key, person in entities.people.items()  # ('The minister' of 'the Minister
               if any(_holds_role(t, role) for t in person.titles)]  # for Health, Dr. X')
    if len(holders) == 1:
        event.participants = [("people", holders[0])]
        event.people_doubt = (f"'{opens.group().strip()}' taken as {entities.people[holders[0]].name}, "
                              f"the one {role} the article names. Check who takes part.")
        return
    # an office drafted as a body, its holder named right after it ('Federal Government Inspector of
    # Railways (FGIR) Syed Ahsan-ul-Haq Bukhari led the inspection', then 'The inspector will open a
    # formal inquiry on Monday'; round 17, lead)
    offices = [key for key, org in entities.organisations.items() if not holders
               and _holds_role(org.name, role)]
    if len(offices) == 1:
        office = ("organisations", offices[0])
        after = [m.key for o in entities.mentions if o.key == office
                 for m in entities.mentions if m.key[0] == "people" and m.paragraph == o.paragraph
                 and 0 <= m.start - o.end <= _HOLDER_GAP]
        event.organisations = [office]
        event.participants = [after[0]] if after else []
        names = " and ".join(entities.get(k).name for k in [office, *after[:1]])
        event.people_doubt = (f"'{opens.group().strip()}' taken as {names}, the one {role} the article "
                              "names. Check who takes part.")


_HOLDER_GAP = 10  # characters between an office and its holder's name: ' (FGIR) '


def _holds_role(title: str, role: str) -> bool:
    """'Minister for Health' holds 'minister' (its head word before 'for' or 'of'); 'Deputy Mayor'
    holds 'mayor'."""
    words = title.lower().split()
    head = next((i for i, w in enumerate(words) if w in ("for", "of")), len(words))
    return bool(words) and words[head - 1] == role if head else False


# a sentence opened by its sides counted: 'The two ministers will meet', 'The two will meet again'
_COUNTED_ROLE = re.compile(r"\s*(?:The|the)\s+(?P<n>two|three|four)\s+(?:(?P<bare>(?=(?:will|would|shall|"
                          r"are|were|have|had|met|meet|also|again)\b))|(?P<role>[a-z]+)\b)")


def _holders(entities: Entities, number: int, start: int, count: int, role: str | None) -> list[Key]:
    """The last `count` people named before paragraph `number`'s sentence at `start` holding
    `role` ('minister': 'Foreign Minister X', and 'his counterpart, Y'), or any (`role` None:
    none if as many organisations come first, the count is theirs); none if fewer."""
    keys: list[Key] = []
    bodies: set[Key] = set()
    for paragraph in range(number, 0, -1):
        for mention in reversed(entities.in_span(paragraph, 0, start if paragraph == number else 10**9)):
            if mention.key in keys or mention.key[0] == "places":
                continue
            if mention.key[0] == "organisations":
                bodies.add(mention.key)
                if role is None and len(bodies) == count:
                    return []
                continue
            titles = [t.lower().split()[-1] for t in entities.get(mention.key).titles if t.split()]
            if role is None or role in titles or "counterpart" in titles:
                keys.append(mention.key)
            if len(keys) == count:
                return keys
    return []


def _add_counted(event: Any, keys: list[Key], counted: str, entities: Entities) -> None:
    if not keys or all(key in event.participants for key in keys):
        return
    if event.people_doubt:  # (the people named after it were a guess: the count names them)
        event.participants = []
    event.participants += [key for key in keys if key not in event.participants]
    event.people_doubt = (f"'{counted}' taken as {', '.join(entities.get(k).name for k in keys)}, "
                          "the last named before it. Check who takes part.")


# round 15 (events): 'Shareholders of both companies will vote at extraordinary general meetings':
# two bodies counted by their word are the last two organisations named together ('Salmar and Lerøy
# Seafood Group have agreed to merge'), whoever was named since
_BODIES_COUNTED = frozenset("companies firms groups banks unions clubs teams organisations organizations "
                            "associations federations councils parties airlines carriers insurers lenders "
                            "cooperatives co-operatives societies".split())


def _last_pair(entities: Entities, paragraphs: tuple[str, ...], number: int, start: int) -> list[Key]:
    """The last two organisations named together ('Salmar and Lerøy Seafood Group') before
    paragraph `number`'s sentence at `start`."""
    for paragraph in range(number, 0, -1):
        mentions = entities.in_span(paragraph, 0, start if paragraph == number else 10**9)
        for first, second in reversed(list(zip(mentions, mentions[1:], strict=False))):
            if first.key[0] == second.key[0] == "organisations" and first.key != second.key \
                    and _AND.fullmatch(paragraphs[paragraph - 1], first.end, second.start):
                return [first.key, second.key]
    return []


_AND = re.compile(r",?\s+and\s+(?:the\s+)?")
_OPENING = 40  # ('Shareholders of both companies will vote': the sides open the sentence; not 'dock points
# from both clubs', what a board decides about)


def _last_named(entities: Entities, number: int, start: int, count: int) -> list[Key]:
    """The last `count` people, organisations or places named before paragraph `number`'s
    sentence at `start`, latest first."""
    keys: list[Key] = []
    for paragraph in range(number, 0, -1):
        for mention in reversed(entities.in_span(paragraph, 0, start if paragraph == number else 10**9)):
            if mention.key[0] in ("people", "organisations", "places") and mention.key not in keys:
                keys.append(mention.key)
            if len(keys) == count:
                return keys
    return keys


# 'after their union and the port operators agreed a three-year pay deal': the sides of a deal,
# named by common nouns; 'The deal was reached in talks ...' are talks between them.
_SIDES_AGREED = re.compile(r"\b(?:the|their|its)\s+(?P<a>[a-z][a-z\-' ]{2,30}?)\s+and\s+(?:the|their|its)\s+"
                           r"(?P<b>[a-z][a-z\-' ]{2,30}?)\s+(?:agreed|reached|signed|struck|sealed)\s+"
                           r"(?:a|an|the)\b")
_THE_DEAL = re.compile(r"\b(?:the|this)\s+(?:deal|agreement|accord|settlement)\b", re.I)


def deal_sides(events: Sequence[Any], paragraphs: tuple[str, ...], entities: Entities) -> None:
    """Talks whose sentence tells of 'the deal' take the sides that agreed it, as the article
    named them before ('their union and the port operators agreed a pay deal'), each the one
    organisation whose name holds those words ('Finnish Port Operators' Association'); marked
    uncertain."""
    for event in events:
        if event.family != "talks" or not _THE_DEAL.search(event.sentence):
            continue
        agreed = next((m for text in paragraphs[:event.paragraph]
                       for m in _SIDES_AGREED.finditer(text)), None)
        sides = [named_by(entities, agreed.group(side)) for side in ("a", "b")] if agreed else []
        keys = [key for key in sides if key is not None]
        if agreed is None or len(keys) < 2 or set(keys) <= set(event.organisations):
            continue  # (both sides named, or nothing taken)
        event.organisations += [key for key in keys if key not in event.organisations]
        why = (f"'{agreed.group('a')}' and '{agreed.group('b')}', who agreed the deal, taken as "
               f"{', '.join(entities.get(key).name for key in keys)}. Check who takes part.")
        event.people_doubt = f"{event.people_doubt} {why}".strip()

def _plain(name: str) -> str:
    return " ".join(re.sub(r"['’]", "", name.lower()).split())


def named_by(entities: Entities, words: str, last: bool = False) -> Key | None:
    """The one organisation whose name holds `words` ('port operators', 'union'); with `last`,
    whose name of two words or more ends with them ('a delegation from the union': the Oromia
    Coffee Farmers Cooperative Union, not Union Hand-Roasted)."""
    plain = re.escape(_plain(words))
    wanted = re.compile(rf"(?<=\s){plain}$" if last else rf"\b{plain}\b")
    keys = [("organisations", key) for key, org in entities.organisations.items()
            if wanted.search(_plain(org.name))]
    return keys[0] if len(keys) == 1 else None


# 'an agreement between the Department of Education and the country's largest teachers' union'
_BETWEEN = re.compile(rf"\b(?:{'|'.join(DEAL_NOUNS)})\s+"
                      r"between\s+(?P<a>[^,.;:\"“”]{3,80}?)\s+and\s+(?P<b>[^,.;:\"“”]{3,80}?)"
                      r"(?=[,.;:]|\s+(?:on|in|at|to|that|which|over)\b)")
# 'The agreement was signed in Lagos by ...': the deal told before, not another one
_THAT_DEAL = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){{0,2}}?(?:{'|'.join(DEAL_NOUNS)})\b")
# a side that accepted the deal, told later: 'members had approved the deal', 'ratified the accord'
_ACCEPTED = re.compile(r"\b(?:approved|ratified|endorsed|accepted|backed|signed)\s+(?:the|this)\s+"
                       rf"(?:{'|'.join(DEAL_NOUNS)})\b")


def signing_sides(events: Sequence[Any], paragraphs: tuple[str, ...], entities: Entities,
                  taking_part: TakingPart) -> None:
    """A signing told apart from its sides ('The agreement, signed on Saturday in Pasig, ...')
    takes those of the 'agreement between A and B' the article told before: each side the one
    it names, or, told by common nouns ('the country's largest teachers' union'), the one
    organisation of a later sentence that says it accepted the deal; marked uncertain."""
    for event in (e for e in events if e.family == "signing"):
        between = next(((n, m) for n, text in enumerate(paragraphs[:event.paragraph], 1)
                        for m in _BETWEEN.finditer(text)), None)
        if between is None:
            continue
        number, match = between
        sides = [_side(entities, number, match, side) for side in ("a", "b")]
        if event.participants and not event.people_doubt:
            # signed by the people it names ('The agreement was signed in Lagos by the minister, X,
            # and the union's leader, Y'): the deal's sides, both named, are its bodies too
            if None not in sides and sides[0] != sides[1] and _THAT_DEAL.search(event.sentence):
                event.organisations += [k for k in sides if k and k[0] == "organisations"
                                        and k not in event.organisations]
            continue
        if event.organisations and not event.people_doubt:
            continue
        if None in sides:
            accepted = _accepting(paragraphs, event.paragraph, taking_part, [s for s in sides if s])
            sides = [side or accepted for side in sides]
        keys = list(dict.fromkeys(side for side in sides if side is not None))
        if len(keys) < 2:
            continue
        event.participants = [k for k in keys if k[0] == "people"]
        event.organisations = [k for k in keys if k[0] == "organisations"]
        names = ", ".join(entities.get(key).name for key in keys)
        event.people_doubt = (f"The sentence about the {event.word} names nobody; taken as {names}, "
                              f"between whom paragraph {number} says the agreement was. Check who "
                              "takes part.")


def _side(entities: Entities, number: int, match: re.Match[str], side: str) -> Key | None:
    named = [m.key for m in entities.in_span(number, match.start(side), match.end(side))]
    return named[0] if len(set(named)) == 1 else None


def _accepting(paragraphs: tuple[str, ...], after: int, taking_part: TakingPart,
               sides: list[Key]) -> Key | None:
    for number in range(after + 1, len(paragraphs) + 1):
        text = paragraphs[number - 1]
        for start, end in sentence_spans(text) if _ACCEPTED.search(text) else ():
            if _ACCEPTED.search(text, start, end):
                orgs = [o for o in taking_part(number, start, end)[1] if o not in sides]
                return orgs[0] if len(orgs) == 1 else None
    return None
