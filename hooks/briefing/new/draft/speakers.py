"""Who said each quoted span: the rules, tried in order.

1. A transcript label ('PRESIDENT XI:') names the speaker of its turn; an interview's 'A:' turns
   are the first person named before the first turn who has no label of their own.
2. The words right after the quote: '"...," Kerry said', '"...," said the official',
   '"...," the White House said', '"...," Kerry told Wang'.
3. 'according to X' in the same sentence.
4. A split quote ('"...," she added, "..."'): the speaker of the quote before it.
5. The subject of the sentence that leads into the quote: 'Li urged rich countries to "take
   the lead"', 'Kerry said: "..."' (a leading clause such as 'Speaking at ..., ' is skipped);
   only words before the speech verb count: 'The palace said that Macron "fully supports" ...'
   is the palace's.
6. A quote standing alone, or opening a paragraph after one that ran on: the last speaker.
A pronoun points back only to a person it can mean (`pronouns`: gender from the title, the
honorific or the given name), marked uncertain when another reading stands. A noun such as
'the official' points to the last person the article gave that title; 'the ministry' to the
last organisation named with that word. A spokesperson set off by commas ('the agency's
spokesperson, Jane Doe,') is the person named; one the article does not name speaks for the
organisation ('a ministry spokesman', 'a spokesperson for the Water Agency'), marked
uncertain. The draft says so in `inferred`. Words a document says ('"...," the report said',
'according to the ruling') are its author's where the article names one nearby (`documents`),
marked inferred and uncertain; the author does not become the last speaker.
"""

from __future__ import annotations

import re

from briefing.new.draft import documents, pronouns, window
from briefing.new.draft.attribution import Attribution, Key, Tracker, resolve, role_holder
from briefing.new.draft.entities import Entities
from briefing.new.draft.lexicon import SENOR, SHORTENED, SPEECH_VERBS, TITLE_WORDS
from briefing.new.draft.sentences import sentence_at, sentence_spans
from briefing.new.draft.spans import ANSWER_LABELS, Span, label_name

_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# (a subject's word may hold '‘', a glottal stop typeset as a quotation mark: "said ‘Ofa Tu‘ipulotu";
# round 21)
_TRAILING = re.compile(
    rf"^[\s,.!?—–-]*(?:(?P<verb1>{_VERBS})\s+(?P<subj1>(?:[\w.'’‘\-]+\s+){{0,7}}?[\w.'’‘\-]+)"
    rf"(?=\s*(?:[,.;:!?]|$|\s+(?:in|on|at|to|after|before|when|while|as|during|of|about)\b))"
    rf"|(?!(?:and|but|or|then)\s)(?P<subj2>(?:[\w.'’‘\-]+\s+){{0,7}}?[\w.'’‘\-]+(?:,\s+(?:[\w.'’‘\-]+\s+){{0,7}}?[\w.'’‘\-]+,)?)"
    rf"\s+(?:also\s+|later\s+|then\s+)?"
    rf"(?P<verb2>{_VERBS})\b)")
_ABBREVIATED = re.compile(rf"{SHORTENED}|{SENOR}")  # (round 19: 'said Sr. Federico Matus')
_EXCELLENCY = re.compile(r"\b[HS]\.E\.(?=\s+[A-Z])")  # (round 20: 'said H.E. Pieter De Smedt')
_AGE = re.compile(r",\s+\d{1,3},")
_NICKNAME = re.compile(r"(\s)[\"“]([A-Z][\w\-]*)[\"”](\s+[A-Z])")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<subj>(?:[\w.'’‘\-]+\s+){0,5}?[\w.'’‘\-]+)\s*(?:[,.;]|$)")
_LEADING_CLAUSE = re.compile(r"^(?:[A-Z][a-z]{2,}ing|As|After|Before|In|At|On|During|While|When|Asked)"
                             r"\b[^,\"“]*,\s+")
_AUDIENCE = re.compile(r"\s+((?:[a-z\-]+\s+){0,2}?(?:reporters|journalists|lawmakers|parliament|"
                       r"students|delegates|supporters|the [a-z]+|a [a-z ]+?))"
                       r"(?=[,.;]|\s+(?:in|at|on|after|during|before|that)\b)")
_SPEAKS = re.compile(rf"\s+(?:also\s+|later\s+)?(?:{_VERBS})\b")
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_REPORTER = re.compile(rf"(?P<subj>(?:[\w.'’\-]+\s+){{0,5}}?[\w.'’\-]+)\s+(?:{_VERBS})\b")


def attribute(span: Span, paragraphs: tuple[str, ...], tracker: Tracker,
              previous: Span | None, previous_who: Attribution | None) -> Attribution:
    text = paragraphs[span.paragraph - 1]
    start, end = _sentence(text, span.open)
    start = max(start, span.turn_opens)  # (not the turn's label: 'Baraniko: X told them, "..."')
    # '"Where is it?" Ellis asked.': the words after a quote ending in '?' or '!' may form a
    # sentence of their own.
    following = span.close + 1
    if span.text[-1:] in "?!":
        following = len(text) - len(text[span.close + 1:].lstrip())
    after_end = _sentence(text, min(following, len(text) - 1))[1] if span.close < len(text) else end
    result = (_by_label(span, tracker) or _offered_inside(span, text, start, after_end, tracker)
              or _credited(span, text, tracker)
              or _according(span, text, start, after_end, tracker)
              or _split(span, text, previous, previous_who)
              or _leading(span, text, start, tracker)
              or _said_just_before(span, text, start, tracker)
              or _across_break(span, paragraphs, tracker)
              or _carried(previous_who, tracker, span, previous))
    if result.speaker is not None and not result.doubt and span.close < len(text) \
            and _TRAILING.match(text[span.close + 1:after_end]):
        _opened_by_another(span, text, start, result, tracker)
    if span.label and result.how.startswith("No attribution") and not result.doubt:
        # (a labelled turn is its label's: one whose label names no one the article drafts, a
        # reporter's or a clip's, is the last speaker's only as a guess; round 18, the lead's probe:
        # 'AMINA WANJIRU: The Mombasa Port Authority said in a statement that ...' was the union
        # chairman's, quoted just before, marked only as inferred)
        result.doubt = (f"{result.how} The turn's label '{span.label}' names no one the article drafts: "
                        "check who said it.")
    if result.speaker is None:
        result = _paragraph_quoted(span, paragraphs, tracker) or result
    if result.speaker and result.speaker[0] == "people" and not result.document:
        tracker.last_speaker = result.speaker
    result.reported_by = _reporter(span, text, start, after_end, result, tracker)
    return result


# a sentence that opens on a clause of its own before a partial quote, its subject a pronoun or a
# name and a verb in the past ('He offered to pay June's wages ... and the rest "when the customers
# pay us", the chairman of the strike committee, X, told reporters')
_OWN_CLAUSE = re.compile(r"\s*(?P<subj>He|She|They|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})\s+"
                         r"(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]{3,}ed|offered|promised|gave|made|"
                         r"took|told|said|wrote|sent|called|asked)\b")


def _opened_by_another(span: Span, text: str, start: int, who: Attribution, tracker: Tracker) -> None:
    """round 21 (develop set r21a): a quote attributed after it ('..., X told reporters') inside a
    sentence that opens on someone else's act ('He offered to pay ... the rest "when the customers pay
    us"'): the quoted words may be that one's, relayed by X; the speaker stays X, marked."""
    opens = _OWN_CLAUSE.match(text, start, span.open)
    if opens is None or who.speaker is None or "," in text[start:opens.end()]:
        return
    other = resolve(span.paragraph, opens.start("subj"), opens.end("subj"), text, tracker)
    if other is None or other.speaker is None or other.speaker == who.speaker:
        return
    before = sentence_at(text, start - 2) if start >= 2 else None
    if before is not None and opens.group("subj") in ("He", "She", "They") \
            and any(m.key == who.speaker for m in tracker.entities.in_span(span.paragraph, *before)):
        return  # (the teller named in the sentence before is the one 'he' most likely is)
    teller, name = tracker.entities.get(who.speaker).name, tracker.entities.get(other.speaker).name
    who.doubt = (f"{teller} tells it, but the sentence opens on what '{opens.group('subj')}' "
                 f"({name}) {opens.group('verb')}: the quoted words may be {name}'s. Check who said it.")


# A sentence opened by someone's offer or promise, the quoted words inside it, then another who tells
# of it ('He offered to pay June's wages by mid-September and the rest "when the customers pay us",
# the chairman of the strike committee, Uladzimir Piatrovich Hantsevich, told reporters'; round 21,
# r21a: the words went to the chairman, unmarked): the words are the offer's, its maker's.
_OFFER_OPENS = re.compile(r"\s*(?:He|She|They|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})\s+"
                          r"(?:also\s+|then\s+)?(?:offered|promised|pledged|vowed|proposed|undertook|threatened)\b")


def _offered_inside(span: Span, text: str, start: int, end: int, tracker: Tracker) -> Attribution | None:
    """`_trailing`, but words quoted inside an offer or a promise a sentence opens with, a teller of
    it after them ('"...", X told reporters'), are the offer's maker's, marked: the teller reports
    them."""
    trailing = _trailing(span, text, end, tracker)
    if trailing is None or trailing.speaker is None or not _OFFER_OPENS.match(text, start) \
            or not text[span.close + 1:end].lstrip("\"”’' ").startswith(","):
        return trailing
    inner = _leading(span, text, start, tracker)
    if inner is None or inner.speaker is None or inner.speaker == trailing.speaker:
        return trailing
    teller = tracker.entities.get(trailing.speaker).name
    inner.doubt = inner.doubt or (f"The words are quoted inside an offer the sentence opens with, told by "
                                  f"{teller}: taken as the offer's maker. Check who said them.")
    return inner


def _sentence(text: str, offset: int) -> tuple[int, int]:
    return sentence_at(text, offset)


def _by_label(span: Span, tracker: Tracker) -> Attribution | None:
    if not span.label:
        return None
    name = label_name(span.label)
    if name.upper() in ANSWER_LABELS:
        return Attribution(tracker.answerer, "") if tracker.answerer else None
    words = set(name.split())
    exact = [key for key, person in tracker.entities.people.items()
             if name.lower() in {form.lower() for form in person.forms()}]  # ('MOON JAE-IN': 'Moon Jae-in')
    shared = [key for key, person in tracker.entities.people.items()
              if {w.lower() for w in words if len(w) > 3} & {w.lower() for w in person.name.split()}
              or words & set(person.name.split())]  # (no particle's 'de', 'van' across names)
    found = exact if len(exact) == 1 else exact or shared
    if not found:
        return None
    if len(found) > 1:  # 'NOWAK:' after 'Anna Nowak and Piotr Nowak' (round 17: the first, unmarked)
        names = " or ".join(tracker.entities.people[key].name for key in found[:3])
        return Attribution(("people", found[0]), "", doubt=(
            f"The label '{span.label}' fits more than one person the article names ({names}): taken "
            f"as the first. Check."))
    return Attribution(("people", found[0]), "")


def interviewee(entities: Entities, labels: dict[int, str]) -> Key | None:
    """'Q: ... A: ...': the answers are given by the first person the text names before the
    first turn, other than someone who speaks under a label of their own."""
    if not any(label_name(label).upper() in ANSWER_LABELS for label in labels.values()):
        return None
    first_turn = min(labels)
    labelled = {label_name(label) for label in labels.values()}
    for mention in entities.mentions:
        if mention.paragraph >= first_turn:
            return None
        person = entities.get(mention.key)
        if mention.key[0] == "people" and not any(
                set(name.split()) & set(person.name.split()) for name in labelled):
            return mention.key
    return None


def _trailing(span: Span, text: str, end: int, tracker: Tracker) -> Attribution | None:
    if span.close >= len(text):
        return None
    # 'said Dr. Isabel Contreras': the title's full stop ends nothing (same length, same offsets)
    after = _ABBREVIATED.sub(lambda m: m.group()[:-1] + " ", text[span.close + 1:end])
    after = _EXCELLENCY.sub(lambda m: m.group().replace(".", " "), after)
    after = _AGE.sub(lambda m: " " * len(m.group()), after)  # 'Cheruiyot, 27, told
    after = _NICKNAME.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", after)  # ('said Jose
    # Maria "Joma" Reyes-Santos.': the nickname's marks end no name; round 17, the quote was lost)
    match = _TRAILING.match(after)
    if not match:
        return None
    subject = "subj1" if match.group("subj1") else "subj2"
    if subject == "subj2" and re.search(r"\s(?:and|but)$", match.group(subject)):
        return None  # 'X called it "..." on TV and said ...': the subject is before the quote
    offset = span.close + 1 + match.start(subject)
    subject_end = offset + len(match.group(subject))
    named = _TITLE_APPOSED.match(text, subject_end, end)
    if subject == "subj1" and named and match.group(subject).split()[-1].lower() in TITLE_WORDS:
        subject_end = named.start() + len(named.group().rstrip("."))  # 'said Vasco's head coach,
        # Rafael Paiva.': the person the title names
    who = resolve(span.paragraph, offset, subject_end, text, tracker) \
        or _unnamed_role_before(span, text, match.group(subject), tracker)
    if who is None:  # 'a spokesperson said': someone the article does not name; not the last speaker
        # '"...," the report said': the report's author, if the article names one
        return documents.author(match.group(subject), span.paragraph, span.open, tracker) \
            or Attribution(None, "")
    verb = match.group("verb1") or match.group("verb2")
    after_verb = span.close + 1 + match.end()
    who.addressees = _addressees(span.paragraph, text, after_verb, end, verb, tracker)
    if verb == "told" and not who.addressees:
        heard = _AUDIENCE.match(text[after_verb:end])
        who.audience = heard.group(1) if heard else None
    return who


_THE_ROLE = re.compile(r"(?:the|that)\s+(official|spokesman|spokeswoman|spokesperson|source|officer)")


def _unnamed_role_before(span: Span, text: str, subject: str, tracker: Tracker) -> Attribution | None:
    """'A Bank of Botswana official, who asked not to be named, said ... "...," the official said.': the
    role called back is the unnamed one the paragraph brought in before the quote, speaking for the body
    named with it: that body, marked uncertain, as when the words follow the role itself (round 20, r20a
    botswana: the quote was dropped)."""
    role = _THE_ROLE.fullmatch(subject.strip())
    if role is None:
        return None
    brought = list(re.finditer(rf"\b(?:A|An|One|a|an|one)\s+((?:[A-Z][\w'’\-]*\s+(?:(?:of|for|the)\s+)*)"
                               rf"{{1,6}})(?:senior\s+)?{role.group(1)}\b", text[:span.open]))
    if not brought:
        return None
    body = resolve(span.paragraph, brought[-1].start(1), brought[-1].end(1), text, tracker, first=True)
    if body is None or body.speaker is None or body.speaker[0] != "organisations":
        return None
    name = tracker.entities.get(body.speaker).name
    said = brought[-1].group().strip()
    said = said[:1].lower() + said[1:]  # ('A Bank of Botswana official')
    return Attribution(body.speaker, "", doubt=f"The article gives the words of {said} it does not name, "
                                               f"speaking for {name}; taken as {name}. Name the person if "
                                               "the article or another source does.")


# A name set off by a comma after a title: ', Rafael Paiva.' (particles inside: ', Pablo de la Vega,').
_TITLE_APPOSED = re.compile(r",\s+[A-Z][\w.'’\-]*"
                            r"(?:\s+(?:[A-Z][\w.'’\-]*|de|da|do|dos|del|di|la|van|von|der|den|bin|al)){1,5}"
                            r"(?=\s*(?:[,.;!?]|$))")


# A dash and a name closing the paragraph after the quote, the way a pull quote or an epigraph is
# credited: '"It took ten years." — Anna Holm, mayor'.
_CREDIT = re.compile(r"[\s.,]*[—–-]{1,2}\s*(?P<subj>[A-Z][^,.;:!?\"“”]{1,60}?)"
                     r"(?:,\s*[^.;:!?\"“”]{1,80})?\.?\s*$")


def _credited(span: Span, text: str, tracker: Tracker) -> Attribution | None:
    """'"..." — Anna Holm, mayor': the person the credit names (round 15: taken by the
    all-quotation rule, marked uncertain, or the last speaker's)."""
    credit = _CREDIT.match(text, span.close + 1) if span.close < len(text) else None
    if credit is None:
        return None
    who = resolve(span.paragraph, credit.start("subj"), credit.end("subj"), text, tracker)
    if who is not None and who.speaker and who.speaker[0] == "people":
        return who
    name = credit.group("subj").strip()  # (a credit line is no sentence: the names step may pass it by)
    named = [key for key, person in tracker.entities.people.items() if name in person.forms()]
    return Attribution(("people", named[0]), "") if len(named) == 1 else None


def _according(span: Span, text: str, start: int, end: int, tracker: Tracker) -> Attribution | None:
    match = _ACCORDING.search(text, start, end)
    if not match:
        return None
    return resolve(span.paragraph, match.start("subj"), match.end("subj"), text, tracker) \
        or documents.author(match.group("subj"), span.paragraph, min(span.open, match.start()), tracker)


def _split(span: Span, text: str, previous: Span | None, who: Attribution | None) -> Attribution | None:
    """'"...," she added, "..."': only an attribution stands between the two quotes."""
    if previous is None or who is None or previous.paragraph != span.paragraph:
        return None
    between = text[previous.close + 1:span.open]
    if not (window.last_visible(text, previous.close) == "," or between.lstrip().startswith(",")):
        return None  # '"... step." Spokesman Peskov said: "..."' is a new sentence, not a split
    if _TRAILING.match(between) and not re.search(r"[.!?]\s", between.strip()[:-1] or " "):
        # (the doubt goes with it: '"...," she said, her voice breaking. "..."' is as uncertain
        # as its first half; round 15: the second half showed a wrong speaker unmarked)
        return Attribution(who.speaker, who.how, who.addressees, doubt=who.doubt)
    return None


_ROLE_SAYS = re.compile(r",\s+((?:the|a|an|his|her|its|their)\s+(?:[a-z][\w\-'’]*\s+){0,3}[a-z][\w\-]*)\s*$")
_PRONOUN_SAYS = re.compile(rf",\s+(he|she|they)\s+(?:also\s+|later\s+)?(?P<verb>{_VERBS})\b")


def _leading(span: Span, text: str, start: int, tracker: Tracker) -> Attribution | None:
    lead = text[start:span.open]
    if not lead.strip():
        return None
    clause = _LEADING_CLAUSE.match(lead)
    begin = start + (clause.end() if clause else 0)
    verb = _VERB.search(text[begin:span.open])
    verb_at = begin + verb.start() if verb else span.open
    # 'The city council has promised her both, she said, "but ...": a pronoun set off by a comma
    # before the verb is its subject, not the name that opens the sentence (lead 13: the words
    # were the council's, unmarked)
    pronoun = _PRONOUN_SAYS.search(text, begin, span.open)
    if pronoun:
        begin, verb_at = pronoun.start(1), pronoun.start("verb")
    role = _ROLE_SAYS.search(text, begin, verb_at)
    if role and role.group(1).split()[-1] in TITLE_WORDS:  # 'Asked about the Chancellor, Rachel
        # Reeves, the spokesman said: "..."': a role after a comma and straight before the verb is
        # its subject (round 14, lead: the words were Reeves's, unmarked)
        begin = role.start(1)
    doer = _passive_doer(span, text, begin, verb_at, tracker) if verb else None
    if isinstance(doer, Attribution):
        return doer
    # 'The palace said that President Macron "fully supports" ...': the speaker is the one
    # before the verb, never someone named in what was said.
    who = _who_said(span.paragraph, begin, verb_at, text, tracker) \
        or resolve(span.paragraph, begin, verb_at, text, tracker, first=True)
    if who is None and verb is None:
        who = _possessed_words(span, text, start, tracker)
    if who is None and verb:  # 'A spokesperson said: "..."': someone unnamed
        return documents.author(text[begin:begin + verb.start()], span.paragraph, begin, tracker) \
            or Attribution(None, "")
    if who is not None and who.speaker and verb is None and not who.doubt:
        who.doubt = _statement_before(span.paragraph, text, start, who.speaker, tracker)
    if who is not None and who.speaker and verb is not None:
        who = _said_inside(span, text, verb_at, tracker, who)
    if doer is not None and who is not None and who.speaker is not None:  # (an unnamed doer)
        name = tracker.entities.get(who.speaker).name
        who.doubt = (f"The words are those of '{doer}', whom the article does not name; taken as {name}, "
                     "named before the verb. Check who said it.")
    return who


# A verb of saying in the passive, its doer after 'by': 'the 6.40 a.m. from Thurso was said by the
# guard to have been "fuller than ..."', 'The plan was described by Ana Lima as "a disgrace"'.
_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
_BY_DOER = re.compile(r"\s+by\s+(?P<doer>[^;:\"“”]*?)(?=\s+(?:to|as|that|in|at|on|when|after)\b|[;:\"“”]|$)")
_SAID_OF = frozenset("said described called termed told quoted reported".split())
_UNNAMED_DOER = re.compile(r"(?:the|a|an|one|its|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                           r"(?P<role>[a-z][\w\-]*)")


def _passive_doer(span: Span, text: str, begin: int, verb_at: int,
                  tracker: Tracker) -> Attribution | str | None:
    """A quote led by a verb of saying in the passive ('the 6.40 a.m. from Thurso was said by the
    guard to have been "fuller than at the Glasgow Fair"', 'The plan was described by Ana Lima as "a
    disgrace"'): the words are the doer's, named after 'by', never the subject's, which is what was
    spoken of (round 20, r19b: the town the train came from took the guard's words, unmarked). A
    doer the article does not name ('the guard') is the one person it gives that role; where it
    gives none, the doer's words (a quote needs a speaker, so the one before the verb stays, marked
    uncertain)."""
    verb = _VERB.match(text, verb_at)
    by = _BY_DOER.match(text, verb.end()) if verb and verb.group() in _SAID_OF else None
    if verb is None or by is None or not _PASSIVE_BY.search(text, begin, verb_at) \
            or by.end("doer") > span.open:
        return None
    parts = by.group("doer").split(",")
    doer, start = parts[0].strip(), by.start("doer")
    unnamed = _UNNAMED_DOER.fullmatch(doer)
    named = resolve(span.paragraph, start, start + len(parts[0]), text, tracker, first=True) \
        if unnamed is None else None
    if named is None and unnamed is not None and len(parts) > 1:  # ('by its engineer, Peter Holm,')
        named = resolve(span.paragraph, start + len(parts[0]), start + len(parts[0]) + 1 + len(parts[1]),
                        text, tracker, first=True)
    if named is not None or unnamed is None:
        return named
    return role_holder(unnamed.group("role"), span.paragraph, start, doer, tracker) or doer


# What the speaker told, that someone else said in the words quoted: 'Eleni Stamatopoulou told the
# court that the master first reported "a small loss of cargo"'. The words are the one the clause
# after 'that' has saying them (not a pronoun, which may be the speaker again).
_SAID_INSIDE = re.compile(
    r"\bthat\s+(?P<subj>(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<role>[a-z][\w\-]*)|"
    r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+(?:(?:first|later|then|had|has|have|also|once|"
    r"[a-z]+ly)\s+)*(?:reported|said|described|called|termed|told|wrote|claimed|admitted|insisted|"
    r"warned|promised|declared|announced|promised)\b[^.!?\"“”;]{0,40}$")


def _named_after_role(role: str, paragraph: int, tracker: Tracker) -> Attribution | None:
    """The one person named right after the role's word before, in apposition or as a title
    ("the ship's Ukrainian master, Oleksandr Hrytsenko,", 'master Oleksandr Hrytsenko'), when the
    drafter kept no title for them; nobody when none or several are."""
    before = re.compile(rf"\b{re.escape(role)},?\s+$", re.IGNORECASE)
    holders = list(dict.fromkeys(
        m.key for m in tracker.entities.mentions
        if m.key[0] == "people" and m.paragraph <= paragraph
        and before.search(tracker.paragraphs[m.paragraph - 1], max(0, m.start - len(role) - 3), m.start)))
    if len(holders) != 1:
        return None
    return Attribution(holders[0], "")


def _said_inside(span: Span, text: str, verb_at: int, tracker: Tracker, who: Attribution) -> Attribution:
    """The speaker told that someone else said the quoted words (round 18: 'told the court that the
    master first reported "a small loss of cargo"' was the witness's words, unmarked): the one
    the clause names, or the one person the article gives that role ('the ship's Ukrainian master,
    Oleksandr Hrytsenko'), marked; when neither is found, the speaker kept, marked."""
    inside = _SAID_INSIDE.search(text, verb_at, span.open)
    if inside is None or who.speaker is None:
        return who
    subject = inside.group("subj")
    teller = tracker.entities.get(who.speaker).name
    named = resolve(span.paragraph, inside.start("subj"), inside.end("subj"), text, tracker)
    if named is None and inside.group("role"):
        named = role_holder(inside.group("role"), span.paragraph, inside.start("subj"), subject, tracker) \
            or _named_after_role(inside.group("role"), span.paragraph, tracker)
    if named is not None and named.speaker is not None and named.speaker != who.speaker:
        name = tracker.entities.get(named.speaker).name
        return Attribution(named.speaker, f"The quoted words are what '{subject}' said, as {teller} told it: "
                                          f"taken as {name}.",
                           doubt=f"{teller} told what '{subject}' said in these words; taken as {name}. "
                                 "Check who said it.")
    if named is None:
        who.doubt = who.doubt or (f"{teller} told what '{subject}' said: the quoted words may be "
                                  f"theirs, not {teller}'s. Check who said it.")
    return who


# 'X, who told the committee': a relative clause's 'who' and the verb, after a person's name.
_WHO_SAYS = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$")


def _who_said(paragraph: int, begin: int, verb_at: int, text: str, tracker: Tracker) -> Attribution | None:
    """'The ministry's position was set out by Parliamentary State Secretary Dr. Annegret
    Brückner-Yılmaz, who told the committee that the government remained "fully committed"': the
    verb of saying is the person's whose name the 'who' follows, not the body the sentence opens
    with (round 18: the ministry was the speaker, unmarked)."""
    named = [m for m in tracker.entities.in_span(paragraph, begin, verb_at) if m.key[0] == "people"]
    if named and _WHO_SAYS.fullmatch(text, named[-1].end, verb_at):
        return Attribution(named[-1].key, "")
    return None


# 'Her verdict: "..."', 'His advice to young players: "..."': a person's words, by a possessive.
_POSSESSED_WORDS = re.compile(r"\s*(?P<whose>His|Her)\s+(?:[a-z][\w\-]*\s+){0,4}?[a-z][\w\-]*:\s*$")


def _possessed_words(span: Span, text: str, start: int, tracker: Tracker) -> Attribution | None:
    """'Her verdict: "It took ten years."': the person 'her' means, as a 'she said' would be
    (round 15: the quote was dropped)."""
    match = _POSSESSED_WORDS.fullmatch(text, start, span.open)
    if match is None:
        return None
    word = "he" if match.group("whose") == "His" else "she"
    reading = pronouns.resolve(word, span.paragraph, match.start("whose"), tracker.entities,
                               tracker.paragraphs, tracker.last_speaker)
    if reading is None:
        return None
    return Attribution(reading.key, reading.how.replace(f"'{word}'", f"'{match.group('whose').lower()}'"),
                       doubt=reading.doubt)


def _statement_before(paragraph: int, text: str, start: int, subject: Key, tracker: Tracker) -> str:
    """'The call lasted 20 minutes, the Prime Minister's Office said in a statement. Mahathir
    offered ... and the leaders agreed to meet "as soon as possible".': with no verb of saying,
    the quoted words may be the statement's, told just before, not the subject's."""
    for mention in reversed(tracker.entities.in_span(paragraph, 0, start)):
        if mention.key[0] == "organisations" and mention.key != subject \
                and re.match(r"\s+(?:said|says|announced)\b", text[mention.end:start]):
            subject_name = tracker.entities.get(subject).name
            org = tracker.entities.get(mention.key).name
            return (f"No verb of saying before the quoted words: taken as {subject_name}, the "
                    f"sentence's subject; they may be quoted from what {org} said just before. "
                    "Check who said it.")
    return ""


def _paragraph_quoted(span: Span, paragraphs: tuple[str, ...], tracker: Tracker) -> Attribution | None:
    """A paragraph that is all quotation, with no attribution, after one about a single person
    ('For 41 years, Vasile Ionescu has rowed ...', then '"I have carried brides to their
    weddings ..."'): a feature's way of letting its subject speak. Taken as that person, marked
    uncertain (round 14, lead: the quote was dropped: a whole-paragraph quote, no speaker)."""
    text = paragraphs[span.paragraph - 1]
    if span.paragraph < 2 or text[:span.open].strip(" \"“‘'") or text[span.close + 1:].strip(" \"”’'"):
        return None
    before = {m.key for m in tracker.entities.mentions
              if m.paragraph == span.paragraph - 1 and m.key[0] == "people"}
    if len(before) != 1:
        return None
    (person,) = before
    name = tracker.entities.get(person).name
    how = (f"No attribution: the paragraph is all quotation; taken as {name}, the one person the "
           "paragraph before names.")
    return Attribution(person, how, doubt=how + " Check who said it.")


def _said_just_before(span: Span, text: str, start: int, tracker: Tracker) -> Attribution | None:
    """A quote opening its sentence with no attribution, after a sentence of the same paragraph
    that opens with one person saying something ('Mr. Moynihan said the people had waited long
    enough. "We were promised this road in 1949 ..."'): that person's words, as reporters write
    them (round 14, lead: the quote was dropped, no one having been quoted before it)."""
    if text[start:span.open].strip(" \"“‘'") or start == 0:
        return None
    before_start = sentence_at(text, max(0, start - 2))[0]
    opening = [m for m in tracker.entities.in_span(span.paragraph, before_start, start)
               if m.start - before_start <= 12]
    if len(opening) != 1 or opening[0].key[0] != "people" \
            or not _SPEAKS.match(text, opening[0].end):
        return None
    name = tracker.entities.get(opening[0].key).name
    return Attribution(opening[0].key, f"No attribution in the sentence: taken as {name}, who speaks in "
                                       "the sentence before it.")


# A paragraph ending in a verb of saying and a colon (or a comma), the quote to come in the next
# paragraph: 'Councillor Seán Keane (F.F.), Kilmihil, supporting Mr. Hogan, said:', 'He told the
# court:', 'Minister Karl Weber said,'; the verb the last of its clause ('who had said nothing,
# nodded,' leads into nothing).
_LEADS_IN = re.compile(rf"\b(?:{_VERBS})\b[^.!?\"“”,:;]{{0,60}}[:,]\s*$")
# A paragraph that is an attribution alone, after a paragraph that ends with a quote: 'said Peter
# Berg, the engineer.', 'Berg said.', 'Berg told reporters.', 'Berg said, adding that ...' (not 'Berg
# said the money ...').
_ATTRIBUTION_ONLY = re.compile(r"[,.;!?]?\s*$|,\s+(?:adding|noting|explaining|saying|who|when|as|before|"
                               r"after|while)\b")
_TOLD_ONLY = re.compile(r"\s+(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]*)?[.!]?\s*$")


def _across_break(span: Span, paragraphs: tuple[str, ...], tracker: Tracker) -> Attribution | None:
    """A quote set off in a paragraph of its own, its attribution across the paragraph break:
    the paragraph before leads into it ('Councillor Seán Keane, supporting Mr. Hogan, said:' then
    '"I have seen ..."'), or the paragraph after is the attribution alone ('"It will take two
    years,"' then 'said Peter Berg, the engineer.'). The speaker is the one that attribution names,
    as for a quote in the same paragraph (round 15: the 1958 council report's one quote was
    dropped, two people being named in the lead-in; a quote before 'Berg said.' went to the last
    speaker, unmarked)."""
    text = paragraphs[span.paragraph - 1]
    if span.label or text[:span.open].strip(" \"“‘'"):
        return None
    if span.paragraph >= 2:
        before = paragraphs[span.paragraph - 2]
        lead = _LEADS_IN.search(before)
        if lead and not _DOUBLE_MARK.search(before, lead.start()):
            start = sentence_at(before, lead.start())[0]
            end_mark = before.rstrip()
            where = Span(span.paragraph - 1, len(end_mark), len(end_mark), span.text)
            who = _leading(where, before, start, tracker)
            if who is not None and who.speaker:
                return who
    if span.paragraph < len(paragraphs) and not text[span.close + 1:].strip(" \"”’'.,"):
        after = paragraphs[span.paragraph]
        match = _TRAILING.match(after)
        alone = match is not None and len(sentence_spans(after)) == 1 and (
            match.group("subj1") or _ATTRIBUTION_ONLY.match(after, match.end())
            or match.group("verb2") in ("told", "tells") and _TOLD_ONLY.match(after, match.end()))
        if match and alone:
            who = _trailing(Span(span.paragraph + 1, -1, -1, span.text), after, len(after), tracker)
            if who is not None and who.speaker:
                return who
    return None


_DOUBLE_MARK = re.compile(r"[\"“”]")
# a quote's trailing attribution to someone unnamed: 'said a senior official', 'said one farmer'
_UNNAMED_SAYER = re.compile(r"[\"”’',.!?\s]*(?:said|says|added|told\s+\w+|explained|insisted)\s+"
                            r"(?:a|an|one|another)\s+(?:[a-z][\w\-]*\s+){0,4}?[a-z][\w\-]*\b")


def _carried(previous_who: Attribution | None, tracker: Tracker, span: Span,
             previous: Span | None) -> Attribution:
    if tracker.last_speaker is None:
        return Attribution(None, "")
    person = tracker.entities.get(tracker.last_speaker)
    how = f"No attribution in the sentence: taken as {person.name}, quoted just before."
    other = _acted_since(tracker, span, previous)
    text = tracker.paragraphs[span.paragraph - 1]
    left_open = span.close < len(text) and text[:span.close].rstrip().endswith(",") \
        and not text[span.close + 1:].strip()  # ('"It will take two years,"' then a new paragraph)
    doubt = f"{how} {tracker.entities.get(other).name}, who acts in the text between, could be meant. " \
        "Check who said it." if other else \
        f"{how} The quote ends with a comma, as if its attribution followed; check who said it." \
        if left_open else ""
    introduced = span.paragraph >= 2 and tracker.paragraphs[span.paragraph - 2].rstrip().endswith(":") \
        and not text[:span.open].strip(" \"“‘'")
    unnamed = _UNNAMED_SAYER.match(text, span.close) if span.close < len(text) else None
    if not doubt and unnamed:  # (round 20, r20b after its end score: '"...," said a senior Mozambican
        # official who attended the talks and asked not to be named': someone the article does not name)
        doubt = f"{how} But the sentence gives the words to someone it does not name " \
            f"('{unnamed.group().strip()}'): check who said it."
    if not doubt and introduced:  # (round 20, r20b after its end score: 'The artist, now 73, spoke
        # briefly ... His words ... are worth giving in full:' over the quote: the paragraph before
        # introduces its speaker, whom the drafter could not name; the last speaker is only a guess)
        doubt = f"{how} The paragraph before introduces the quote without a name the drafter reads: " \
            "check who said it."
    if not doubt and previous_who is not None and previous_who.doubt \
            and previous_who.speaker == tracker.last_speaker:  # (round 19, develop set r19a: the quote
        # before went to its speaker as a marked guess; the one carried from it is no surer)
        doubt = f"{how} That quote's speaker is a guess: {previous_who.doubt}"
    return Attribution(tracker.last_speaker, how, previous_who.addressees if previous_who else [],
                       doubt=doubt)


def _acted_since(tracker: Tracker, span: Span, previous: Span | None) -> Key | None:
    """Another person who does something in the text between the last quote and this one ('"We will
    build it," Berg said. Karl Weber, his deputy, disagreed.' then '"It is too expensive."'): a
    quote standing alone may be theirs, not the last speaker's (round 15: Berg's, unmarked)."""
    if previous is None:
        return None
    for mention in tracker.entities.mentions:
        if mention.key[0] != "people" or mention.key == tracker.last_speaker \
                or not (previous.paragraph, previous.close) < (mention.paragraph, mention.start) \
                < (span.paragraph, span.open):
            continue
        text = tracker.paragraphs[mention.paragraph - 1]
        if not pronouns.quoted_at(text, mention.start) and pronouns.acts(text, mention):
            return mention.key
    return None


def _addressees(paragraph: int, text: str, start: int, end: int, verb: str,
                tracker: Tracker) -> list[Key]:
    if verb not in ("told", "tells", "telling"):
        return []
    people = [m.key for m in tracker.entities.in_span(paragraph, start, end) if m.key[0] == "people"]
    return people[:1]


# An outlet after the verb is the reporter only as its object or source: 'according to the
# official Xinhua news agency', 'told state broadcaster ERT', 'in a video posted by Atalanta'.
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|told|tells|(?:posted|published|broadcast|aired)\s+by)\s+"
                           r"(?:the\s+)?(?:[\w\-]+\s+){0,3}$")


def _reporter(span: Span, text: str, start: int, end: int, who: Attribution,
              tracker: Tracker) -> Key | None:
    """'..., the official Xinhua news agency reported': the organisation that passed it on."""
    if who.speaker is None or who.speaker[0] != "people":
        return None
    tail = text[span.close:end]
    match = _REPORTER.search(tail)
    if match is None:
        return None
    named = tracker.entities.in_span(span.paragraph, span.close, end)
    # not the speaker's title ('European Commission President Ursula von der Leyen told') nor a
    # venue ('he told a news conference in Accra')
    verb_at = span.close + match.end("subj")
    orgs = [m.key for m in named if m.key[0] == "organisations"
            and (m.end <= verb_at or _ACCORDING_TO.search(text, span.close, m.start))  # (the verb's
            # subject, or its source after it: not 'and had asked the agency, the Agencia
            # Nacional de Infraestructura, to', 'told parliament, where his Democratic Union ...')
            and not any(p.key[0] == "people" and m.end <= p.start < verb_at
                        and not re.search(r"[,;\"“”]", text[m.end:p.start]) for p in named)
            and not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, m.start - 8):m.start])]
    return orgs[0] if orgs else None
