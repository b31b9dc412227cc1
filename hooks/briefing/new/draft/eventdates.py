"""When an event ends: the date after 'to', 'until' or a dash in its sentence; the day a later
sentence says it ends on ('The symposium ends on Thursday'); or its first day and its length
('the three-day meeting')."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from briefing.new.draft import window
from briefing.new.draft.dates import APPOSED, SAME_DAY, FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.events import ASIDE
from briefing.new.draft.gists import without_dateline
from briefing.new.draft.lexicon import (
    COURT_SEATS,
    EVENT_NOUNS,
    FUTURE_MARKERS,
    GOVERNMENT_TITLES,
    SHORTENED,
    SHORTENED_AFTER_NAMES,
)
from briefing.new.draft.sentences import sentence_at

# 'from Oct. 27 to Oct. 29', 'began on Friday afternoon and ended early on Saturday'
_RANGE = re.compile(r"^\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:to|until|till|through|-|–|"
                    r"and(?:\s+(?:ended|finished|closed|concluded|wrapped\s+up)(?:\s+(?:early|late))?"
                    r"(?:\s+on)?)?)\s+(?:the\s+)?")
_DAY_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:(?:to|until|till|through)\s+|[-–]\s*)(?:the\s+)?"
                        r"(\d{1,2})(?:st|nd|rd|th)?\b")
_UNTIL = re.compile(r"\b(?:until|till|through)\s+$")


def end_date(chosen: FoundDate, here: list[FoundDate], text: str) -> str | None:
    """The day an event found on `chosen` ends: a later date of its sentence (`here`) after
    'to', 'until' or '-' ('from Oct. 27 to Oct. 29', 'until Friday'), or a day number
    ('from March 2nd to the 5th')."""
    tail = chosen.start + len(chosen.as_written)
    for later in here:
        if later.start >= tail and (_RANGE.fullmatch(text[tail:later.start] + " ")
                                    or _UNTIL.search(window.before(text, later.start))) \
                and not _PUT_OFF_UNTIL.search(text, tail, later.start):
            value = later.value
            if value < chosen.value and not later.how == "":
                value = (dt.date.fromisoformat(value) + dt.timedelta(days=7)).isoformat()
            return value if value > chosen.value else None
    day = _DAY_AFTER.match(window.after(text, tail))  # (a pattern's ^ holds at 0 only, never at a pos)
    if day and len(chosen.value) == 10 and int(day.group(1)) > int(chosen.value[8:]):
        return f"{chosen.value[:8]}{int(day.group(1)):02d}"
    return None


# round 18 (develop set r18a): 'on Tuesday suspended the trial ... until Oct. 20': the day it sits
# again, not the last of its days
_PUT_OFF_UNTIL = re.compile(r"\b(?:suspended|adjourned|postponed|deferred|put\s+off)\b")


# 'The symposium ends on Thursday', 'the talks will close on Friday': the day it ends, told apart
ENDS_ON = re.compile(r"\b(?:ends|ended|closes|closed|concludes|concluded|finishes|finished|wraps\s+up|"
                     r"wrapped\s+up|(?:will|is\s+due\s+to|is\s+to)\s+(?:end|close|conclude|finish))\s+"
                     r"(?:on\s+)?$")
# 'the three-day meeting', 'a five-day summit': an event's length in days
# (round 20, r20a: 'ended two days of talks on Tuesday': the same length, told with 'of')
_LENGTH = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                     r"(?:-day\s+|\s+days\s+of\s+)(?:[a-z\-]+\s+)?(?P<noun>"
                     + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
_GATHERINGS = ("meeting", "conference", "summit")


def lasting(events: list[Any], paragraphs: tuple[str, ...]) -> None:
    """An event with a first day and no last ('opened in Lisbon on Tuesday') ends as many days
    later as the article's 'N-day' event word of its kind says, less one ('the three-day
    meeting': Thursday); a gathering, talks or a visit only, whose days run on through a weekend (not
    'a five-day inquest'). The event is the last of that kind told in or before the paragraph,
    and its own sentence does not tell its day as the one it ended ('The visit ended on Friday')."""
    for number, text in enumerate(paragraphs, 1):
        for match in _LENGTH.finditer(text):
            kind = EVENT_NOUNS[match.group("noun").lower()][0]
            if kind not in (*_GATHERINGS, "visit", "talks"):
                continue  # ('a five-day inquest', 'a two-day strike': days of sitting or of work)
            event = next((e for e in reversed(events) if e.paragraph <= number and (
                e.type == kind or {e.type, kind} <= set(_GATHERINGS)) and e.family not in ("press", "call")),
                None)
            days = int(_NUMBERS.get(match.group("n").lower(), match.group("n")))
            if event is None or event.end or event.date is None or len(event.date.value) != 10 \
                    or not 2 <= days <= 31:
                continue
            if _ENDED.search(event.sentence):
                _ended_on(event, paragraphs, match.group(), number, days)
                continue
            first = dt.date.fromisoformat(event.date.value)
            event.end = (first + dt.timedelta(days=days - 1)).isoformat()
            event.end_how = (f"'{match.group()}' (paragraph {number}) from its first day, "
                             f"{event.date.value}.")


_ENDED = re.compile(r"\b(?:ended|ends|closed|closes|concluded|concludes|finished|wrapped\s+up)\b")
# 'The three-day visit ended in Tokyo on Friday', 'which closed on Wednesday': the day told is its last
# (round 21, develop set r20b: 'ended two days of talks on the future of the Cahora Bassa hydroelectric
# scheme on Tuesday': what the talks were on stands between)
ENDED_ON = re.compile(r"\b(?:ended|closed|concluded|finished|wrapped\s+up)\b[^.;,\"“”]{0,100}?\bon\s+$")


def _ended_on(event: Any, paragraphs: tuple[str, ...], length: str, number: int, days: int) -> None:
    """'The three-day visit ended on Friday': Friday is its last day, its first `days` - 1
    before, noted in `inferred` (the day it ended told, not the one it began)."""
    found = event.date
    text = paragraphs[found.paragraph - 1]
    if found.paragraph != event.paragraph \
            or not ENDED_ON.search(text, max(0, found.start - 120), found.start):
        return
    last = dt.date.fromisoformat(found.value)
    first = (last - dt.timedelta(days=days - 1)).isoformat()
    event.end = found.value
    event.end_how = found.how
    event.date = replace(found, value=first, how=(
        f"'{length}' (paragraph {number}) ended {found.value} ('{found.as_written}'): its first "
        f"day {days - 1} day{'s' if days > 2 else ''} before."))


# round 18 (develop set r18a): 'On Sunday afternoon they were heard again, when X gave the inaugural
# recital': a day that opens a sentence, unless the sentence tells what was said on it ('On Monday,
# the coach said X would face Y in the final')
_OPENS_ON = re.compile(r"(?:^|[.!?]\s+)On\s+$")
_SAYING_AFTER = re.compile(r"[^.;!?]{0,80}?\b(?:said|says|told|announced|confirmed|reported|added)\b")


def lede_date(event: Any, paragraphs: tuple[str, ...], dates: list[FoundDate], published: dt.date,
              entities: Entities | None = None, done_only: bool = False) -> None:
    """An event of the first paragraphs with no date of its own: the day the lede reports things
    were said or done ('on Monday'), marked uncertain; never a day after publication (a lede's
    'will open on Thursday' is a plan, not the day of its report). Not marked when the lede's
    subject did something on that day and takes part in the event ('Minister X toured orchards
    on Thursday', then 'X ... visited farms and met growers'): the event is the lede's act told
    again."""
    if event.paragraph > 3 or event.scheduled:
        return
    lede = paragraphs[0]
    for found in dates:
        if found.paragraph == 1 and len(found.value) == 10 \
                and (re.search(r"\bon\s+$", lede[:found.start]) or found.as_written.lower() == "yesterday"
                     or _OPENS_ON.search(lede[:found.start])
                     and not _SAYING_AFTER.match(lede, found.start + len(found.as_written))) \
                and found.value <= published.isoformat() \
                and not HEARD_THAT.search(lede, 0, found.start) \
                and not (done_only and _SAID_ON.search(lede, max(0, found.start - 40), found.start)):
            # (a day in what a court heard; `done_only`: not a day things were only said, 'said on
            # Thursday that they would strike after talks ended late on Wednesday')
            event.date = found
            if not (entities and _the_ledes_act(event, lede, found, entities)):
                event.date_doubt = (f"The sentence gives no date; taken as {found.value}, the day "
                                    f"paragraph 1 says things were said or done ('{found.as_written}').")
            return


def _the_ledes_act(event: Any, lede: str, found: FoundDate, entities: Entities) -> bool:
    """The lede's first person or organisation did something on the day (not only said it:
    'X said on Monday' may tell of an earlier act), and takes part in the event; or the lede's
    subject is a country ('Egypt on Sunday received 114 artefacts') and one of the event's people
    holds a government's title ('a ceremony attended by Antiquities Minister X'); or the lede's
    subject is a court and the event a ruling of 'a bench' or 'the judges' (the court joins it)."""
    if _SAID_ON.search(lede, max(0, found.start - 40), found.start):
        return False
    cut = len(lede) - len(without_dateline(lede))
    named = entities.in_span(1, cut, found.start)
    subject = next((m.key for m in named if m.key[0] in ("people", "organisations")), None)
    if subject is not None and subject in [*event.participants, *event.organisations]:
        return True
    if subject is not None and event.family == "court" and _BENCH.match(event.sentence) \
            and any(w.lower().strip("'’") in COURT_SEATS for w in entities.get(subject).name.split()):
        event.organisations.append(subject)  # ('The Court of Appeal on Friday cancelled ...', then
        # 'A three-judge bench of Justices X, Y and Z ruled ...': the court's bench, the lede's act
        # told again; the court sits in it)
        return True
    return bool(named) and named[0].key[0] == "places" and entities.get(named[0].key).type == "country" \
        and not _EARLIER_EVENT.search(event.sentence) \
        and any(word in title.lower().split() for key in event.participants
                for title in entities.get(key).titles for word in GOVERNMENT_TITLES)


_BENCH = re.compile(r"(?:An?|The|Its)\s+(?:[\w\-]+\s+){0,2}?(?:bench|panel)\b"
                    r"|(?:The\s+)?(?:judges|justices)\b")
# 'announced the suspensions after a meeting with trawler owners': the event came before the act
_EARLIER_EVENT = re.compile(rf"\b(?:after|following|since)\s+(?:an?|the|its|their|his|her)\s+(?:[\w\-]+\s+)?"
                            rf"(?:{'|'.join(sorted(EVENT_NOUNS, key=len, reverse=True))})\b")


# a comma or semicolon ends the event word's clause, but not before its relative clause ('The
# talks, which began Wednesday and ended early Thursday,')
_CLAUSE_BREAK = re.compile(r"[,;](?!\s+(?:which|that)\s+(?:began|started|opened|ran|ended|closed|lasted)\b)"
                           # (round 21, r21a: 'report to a second ministerial meeting, to be held in
                           # Freetown on June 21': a clause of the event's own time and place)
                           r"(?!\s+(?:to\s+be\s+held|to\s+take\s+place|(?:which|that)\s+(?:will|is\s+(?:due|set|"
                           r"scheduled|expected)\s+to)\s+(?:be\s+held|take\s+place)|(?:due|scheduled|set|planned|"
                           r"expected)\s+(?:to\s+(?:be\s+held|take\s+place)|for)|set\s+down\s+for)\b)")
# ('told a news conference that the new price would apply to the main crop, which started buying
# on Monday': the 'which' clause is the crop's, told after words of their own)
_OWN_WORDS = re.compile(r"\b(?:that|would|will|is|was|were|are|had|has)\b")


def _breaks(text: str, at: int, day: int) -> bool:
    """A clause ends between the event word at `at` and the day: a comma, unless it opens a
    'which began' clause right after the event's own words ('the congress, which began on')."""
    between = _without_roles(text[at:day])  # ('would meet Mr Albert Booth, the Employment
    # Secretary, tomorrow': the apposition after a name ends no clause)
    if _CLAUSE_BREAK.search(between):
        return True
    comma = between.find(",")
    return comma >= 0 and _OWN_WORDS.search(between, 0, comma) is not None


# a day set off by commas right after the event's clause: 'would meet in Maputo beforehand, from
# June 24, to reconcile ...' (round 21, develop set r20b)
_ASIDE_OPENS = re.compile(r"[^,;]*,\s*(?:(?:on|from|starting|beginning|as\s+of)\s+)?")
_ASIDE_ENDS = re.compile(r"\s*(?:[,;.]|$)")
_ASIDE_CLAUSE = re.compile(r"\b(?:that|which|who|whom|and|but|or|said|says|told|after|before|when|while)\b")


def _day_aside(text: str, at: int, day: FoundDate) -> bool:
    """The day stands alone between commas right after the event's own clause (no clause of other
    words opened before it): the event's day."""
    opened = _ASIDE_OPENS.fullmatch(text, at, day.start)
    return opened is not None and _ASIDE_CLAUSE.search(text, at, text.index(",", at)) is None \
        and _ASIDE_ENDS.match(text, day.start + len(day.as_written)) is not None


def _without_roles(text: str) -> str:
    """The text without the roles set off by commas after a capitalised name ('Albert Booth, the
    Employment Secretary, tomorrow' -> 'Albert Booth tomorrow')."""
    kept, done = [], 0
    comma = text.find(",")
    while comma >= 0:
        role = APPOSED.match(text, comma)
        if role and (role.group("role") and _NAME_ENDS.search(text, done, comma)
                     or not role.group("role") and _NAME_ONLY.fullmatch(role.group().strip(", "))
                     and _ROLE_ENDS.search(text, done, comma)
                     or not role.group("role") and _PLACE_ONLY.fullmatch(role.group().strip(", "))
                     and _AT_A_NAME.search(text, done, comma)):
            kept.append(text[done:comma])
            done = role.end()
            comma = text.find(",", done)
        else:
            comma = text.find(",", comma + 1)
    return "".join(kept) + text[done:]


_NAME_ENDS = re.compile(r"\b[A-Z][\w'’\-]*$")
# ('would question the authority's former director general, Omar Zoubi, on Sunday': a name set off
# after its role in small letters)
_NAME_ONLY = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Prof)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}")
# (round 21, r21a: 'at the NCC's offices at Codrington House, St Michael, next Thursday, October 26':
# a place's parish or town set off after it)
_PLACE_ONLY = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}")
_AT_A_NAME = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]*$")
_ROLE_ENDS = re.compile(r"\b(?:the|its|his|her|their|a|an)\s+(?:[\w'’\-]+\s+){0,6}?[\w\-]+$")


# round 18 (r17b, seen): 'The next meeting of the joint commission was fixed for 15 January': the
# event word's own day, set for it, however long the body's name between
# round 20 (r19b seen): 'at the next session, which he scheduled for June 10': a relative clause
# right after the event word that sets its day (not 'which began on', read by _breaks)
_WHICH_SET = re.compile(r"[\w\-]+,\s+which\s+(?:[\w\-]+\s+){1,4}?(?:has\s+|had\s+|was\s+|were\s+|is\s+|"
                        r"are\s+|have\s+been\s+|has\s+been\s+)?(?:now\s+)?(?:scheduled|set|fixed|called|planned|"
                        r"arranged|slated|convened|booked)\s+(?:for|on)\s+(?:the\s+)?")
_SET_FOR = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?(?:fixed|set|"
                      r"scheduled|planned|arranged|called|slated)\s+(?:for|on)\s+$")


def clause_date(dates: list[FoundDate], number: int, text: str, start: int, end: int,
                at: int, definite: bool, met: bool = False) -> tuple[FoundDate | None, str | None]:
    """The date in the event word's clause (after it first, then before), and its end; after
    'the inquest' only a date close by ('told the inquest the agency had ... on Feb. 4' is
    what was said). For a meeting someone 'met' (`met`), the day of the verb's own clause first
    (or the day right before the verb), and no end: 'is due in Baku on May 12 for talks with X'
    is the sentence's day."""
    if met:
        own = _met_date(dates, number, text, at)
        return own or clause_date(dates, number, text, start, end, at, definite)[0], None
    cut = len(text) - len(without_dateline(text)) if number == 1 else 0  # (the dateline's day is
    # the report's: 'OSLO, June 11 - X said on Tuesday it had agreed')
    here = [d for d in dates if d.paragraph == number and max(start, cut) <= d.start < end
            and len(d.value) >= 7]
    after = [d for d in here if d.start > at and not ANOTHER_ACT.search(text, at, d.start)
             and not _DECIDED.search(text, at, d.start)
             and not HEARD_THAT.search(text, max(start, at - 12), d.start) and (
        not _breaks(text, at, d.start) and (not definite or d.start - at <= 40
                                             or d.start - at <= 120 and _SET_FOR.search(text, at, d.start))
        or past_aside(text, at, d.start) or _held_subject(text, max(start, cut), at, d.start)
        or closing_day(text, at, d) or _WHICH_SET.fullmatch(text, at, d.start) is not None
        or _day_aside(text, at, d))]
    # ('won the Cup on Sunday, beating GOG 33-29': a participle's clause is its sentence's)
    participle = _PARTICIPLE.match(text, at) is not None
    before = [d for d in here if d.start < at
              and not re.search(r"[,;]", _up_to(text, d.start, at, participle))
              and not _SAID_ON.search(text, max(0, d.start - 30), d.start)]
    # 'tickets for Saturday's game had been sold by Thursday': the day that owns the event word
    owner = next((d for d in before if _OWNS.fullmatch(text, d.start + len(d.as_written), at)), None)
    # 'On Saturday, Iga Swiatek beat Amanda Anisimova': a day that opens the sentence before a
    # comma is its main clause's, when nothing between tells of saying or of what is to come
    fronted = [d for d in here if d.start < at and _FRONT.fullmatch(text, max(start, cut), d.start)
               and (_FRONTED_CLAUSE.fullmatch(text, d.start + len(d.as_written), at)
                    or _FRONTED_HOLD.fullmatch(text, d.start + len(d.as_written), at))]
    before = before or fronted
    chosen = owner or (after[0] if after else (before[-1] if before else None))
    if chosen is None:
        return None, None
    return chosen, end_date(chosen, here, text)


def _met_date(dates: list[FoundDate], number: int, text: str, at: int) -> FoundDate | None:
    """The day in the clause the meeting's verb opens (an aside between commas, 'the head of the
    authority, Carlos Arroz,', stays inside it), or the day right before the verb, American style:
    'X on Wednesday met Y', 'X today met Y', 'X yesterday held talks with Y'."""
    after = (d for d in dates if d.paragraph == number and 0 < d.start - at <= _CLAUSE_REACH
             and not _clause_ends(text[at:d.start]))
    before = (d for d in dates if d.paragraph == number and d.start + len(d.as_written) <= at
              and not text[d.start + len(d.as_written):at].strip())
    opens = sentence_at(text, at)[0]
    fronted = (d for d in dates if d.paragraph == number and opens <= d.start < at
               and _DAY_OPENS.fullmatch(text, opens, d.start)
               and not any(o.paragraph == number and d.start < o.start < at for o in dates))
    return next(after, None) or next(before, None) or next(fronted, None)


# A day that opens the sentence is its main verb's, asides before the verb or not: 'On Tuesday a
# delegation led by Huamán and the cooperative's manager, Julio César Challco Mamani, met the
# minister' (round 14, lead: undated, the aside's commas read as ends of clauses).
_DAY_OPENS = re.compile(r"\s*(?:(?:[Oo]n|[Ee]arly\s+on|[Ll]ate\s+on|[Ll]ast)\s+)?")


_CLAUSE_REACH = 400  # characters from a meeting's word to a day of its clause, at most (a long
# paragraph's later days were each read from the word: quadratic in its length)
# Full stops that end no clause: initials and titles ('talks with U.S. President Donald Trump on
# Monday', 'met Dr. Ana Lima on Friday').
_ABBREVIATIONS = re.compile(rf"\b(?:[A-Za-z]\.){{2,}}|{SHORTENED}|\b(?:{'|'.join(SHORTENED_AFTER_NAMES)})\.")


def _clause_ends(between: str) -> bool:
    between = _THOUSANDS.sub("", between)  # ('at Chamwino, where some 4,000 families': one comma)
    return re.search(r"[,;.]", _ABBREVIATIONS.sub("", ASIDE.sub("", between))) is not None


_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")


_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# what may open a sentence before its day: 'On', 'Late on', 'Earlier on' (or nothing: 'Yesterday,')
# round 18 (develop set r18a): 'On Thursday 16 May 2013, the Ministry of Public Health and the
# Global Fund country team will hold a coordination meeting in Yaoundé': the day set before the
# plan is the event's, when the plan is to hold it
_FRONTED_HOLD = re.compile(
    r",\s+(?![^,;:\"“”]*\b(?:said|says|told|tells|announced|announces|added|adds|reported|confirmed|"
    r"would|could|may|might|to|after|before|since|when|while|until|once|if)\b)[^,;:\"“”]+?\s+"
    r"(?:will|shall)\s+(?:hold|host|convene|stage|organi[sz]e|open|attend)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w\-]+\s+){0,2}")
_FRONT = re.compile(r"\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:last\s+|this\s+past\s+)?",
                    re.IGNORECASE)  # (round 18: 'Last Thursday, about 200 parents met with ...')
# from the day's comma to the event word: one clause, no saying, no plan, no other time
_FRONTED_CLAUSE = re.compile(
    # (an aside of time may stand after the day: 'On Thursday, before the opening, Sy and the
    # directors ... met at the Centre')
    r",\s+(?:(?:before|after|during|ahead\s+of)\s+(?:the|a|an|its|their|his|her)\s+[\w'’\- ]{1,30}?,\s+)?"
    r"(?![^,;:\"“”]*\b(?:said|says|told|tells|announced|announces|added|adds|reported|confirmed|"
    r"will|would|shall|could|may|might|to|plans?|planned|expects?|expected|after|before|since|when|while|"
    r"until|once|if)\b)[^,;:\"“”]+\s")
_OWNS = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}")
# 'signed ... after 11 weeks of talks': a spell of talks before the event, no event of its own
SPELL_BEFORE = re.compile(r"\b(?:after|following)\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
                          r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"several|many)\s+(?:hours|days|weeks|months|years|rounds)\s+of\s+$")


def _up_to(text: str, start: int, at: int, participle: bool) -> str:
    """The words from a date to the event's word; before a participle ('won the Cup on Sunday,
    beating GOG 33-29'), without the comma that opens its clause: the sentence's day is its own."""
    between = text[start:at]
    return between.rstrip().removesuffix(",") if participle else between
# 'said on Tuesday it had agreed to sell': the day of the saying, not of the deal
_SAID_ON = re.compile(r"\b(?:said|says|announced|told\s+\w+|confirmed|reported)\s+(?:late\s+|early\s+)?"
                      r"(?:on\s+)?$")


# 'The council, chaired by Carlos Arroz, will now meet on October 15', 'The ceremony, attended by
# several thousand people, took place on Saturday': an aside between the event word and its verb
# of being held; the date after the verb is the event's (one inside the aside is not: 'Talks, due
# to be held on Thursday, have been put back').
_ASIDE = re.compile(r"[^,;.]{0,60}?,[^,;.\"“”]{1,90},")
_HELD_VERB = re.compile(
    r"\s*(?:(?:is|are|was|were)\s+(?:now\s+)?(?:due|set|scheduled|expected)\s+to\s+|(?:will|would|shall)\s+|"
    r"(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+)?(?:now\s+|again\s+|also\s+|then\s+|first\s+)?"
    r"(?:be\s+)?(?:held|hold|took\s+place|take\s+place|takes\s+place|happened|began|begin|begins|opened|open|"
    r"opens|ran|run|runs|closed|close|closes|ended|end|ends|met|meet|meets|sat|sit|convened|convene|"
    r"reconvened|reconvene|ruled|rule|rules)\b[^,;.]*$")


# 'The trial of six men accused of smuggling fuel opened on Tuesday': the event word is the
# sentence's subject, and its verb of being held comes before the date, however far from the word
_SUBJECT_HELD = re.compile(r"[^,;.\"“”]{0,100}?\s(?=\S)" + _HELD_VERB.pattern[3:])
# what may stand before the event word that opens its sentence: 'The', "The court's", 'A five-day'
_OPENS = re.compile(r"\s*(?:(?:the|a|an|its|their|[\w\-]+['’]s)\s+)?(?:[\w\-]+\s+){0,3}", re.IGNORECASE)


def _held_subject(text: str, start: int, at: int, date_at: int) -> bool:
    """The event word opens its sentence, and the date follows the sentence's verb of being held."""
    return _OPENS.fullmatch(text, start, at) is not None \
        and _SUBJECT_HELD.match(text, at, date_at) is not None


# 'will face Vouliagmeni in the final after beating Glyfada on Wednesday': the day of another act,
# told in a participle's phrase after the event word
ANOTHER_ACT = re.compile(r"\b(?:after|before|since)\s+[a-z]+ing\b")
# The day of what the event decided is not the event's ('a mass meeting at the Pier Head voted by
# a large majority to return to work on Monday': the meeting was held to-night; round 14, lead)
_DECIDED = re.compile(r"\b(?:voted|agreed|decided|resolved|pledged|promised|vowed|threatened)\s+"
                      r"(?:[\w\-]+\s+){0,6}?to\s+(?!meet|hold|convene|gather|sit|talk)[a-z]+\b")  # (not
# 'agreed to meet the dock workers on Friday': that meeting is the event)
# 'The court heard that Kamau had been driving for 14 hours before the crash on June 3': a day
# in what a court or an inquest heard, or was told, is the day of what was told, not of the hearing
# (round 14, probes: the hearing was dated by the crash)
HEARD_THAT = re.compile(r"\b(?:heard|hears|was\s+told|were\s+told|told\s+(?:the\s+)?(?:court|inquest|jury|"
                        r"tribunal|hearing|inquiry|committee|magistrates?|judge|coroner|"
                        # (round 21, r20b: 'told the commission that the government could raise the
                        # wage from 1 January': the day of what was told)
                        r"commission|panel|board|council|meeting|assembly|parliament|senate))"
                        r"(?:\s+(?:on|last)\s+\w+)?\s+(?:that|how)\b")
# ', Petrus Haindongo, in Katima Mulilo on June 2': right after the aside, the event's place and day
_PLACE_AND_DAY = re.compile(r"\s*(?:(?:in|at)\s+[^,;.\"“”]{1,60}?\s+)?on\s+$")


# The day set off by a comma at the sentence's end: ', on 15 March.' ('The farmers and the Board
# will meet again after the auction, on 15 March'; 'before the next round of talks, scheduled for
# July 12.': round 19, r18b, open)
_CLOSING_ON = re.compile(r",\s*(?:(?:now\s+)?(?:scheduled|set|due|planned|fixed|expected)\s+(?:for|on)|"
                         r"on|from|by|until|as\s+early\s+as)?\s*(?:the\s+)?")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;!?]|$)")


def closing_day(text: str, at: int, date: FoundDate) -> bool:
    """The day closes the sentence of the event word at `at`, set off from the clause by a comma
    ('will meet again after the auction, on 15 March.'): an adverb of the whole sentence, the
    event's day. Not when another day stands between the two, nor a second comma."""
    between = text[at:date.start]
    comma = between.rfind(",")
    if comma < 0 or not _CLOSING_ON.fullmatch(between, comma):
        return False
    return _SENTENCE_ENDS.match(text, date.start + len(date.as_written)) is not None


def past_aside(text: str, at: int, date_at: int) -> bool:
    """The date at `date_at` follows the event word at `at` across one aside, right after a verb
    of the event being held, or right after the aside, or its place ('is due to sign the agreement
    with her counterpart, X, in Katima Mulilo on June 2')."""
    aside = _ASIDE.match(text, at, date_at)
    return aside is not None and (_HELD_VERB.match(text, aside.end(), date_at) is not None
                                  or _PLACE_AND_DAY.match(text, aside.end(), date_at) is not None)


_FUTURE = re.compile(rf"\b(?:{'|'.join(FUTURE_MARKERS)})\b", re.IGNORECASE)
# 'Talks ..., due to be held on Thursday, have been put back by a week': still ahead, not that day
# (a verb, not an adjective before a noun: 'the long-delayed Public Finance Bill', 'a delayed
# flight' tell of something else put off)
PUT_OFF = re.compile(r"(?<![\w\-])(?<!\ba\s)(?<!\bthe\s)(?:postponed|put\s+(?:back|off)|pushed\s+back|"
                     r"delayed|rescheduled)\b(?!\s+[A-Z])"
                     # (not a start held up for minutes or hours: 'a final delayed by more than an
                     # hour' was played that day; round 14, lead)
                     r"(?!\s+(?:by\s+)?(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+)?"
                     r"(?:an?|\d+|one|two|three|four|five|several|a\s+few|\d+\s+and\s+a\s+half)\s+"
                     r"(?:minutes?|hours?)\b)")


# 'have been postponed until 23 July', 'was put back to Friday', 'postponed from Saturday to
# Tuesday': the day it is set for now follows the verb and 'until', 'till' or 'to'
_PUT_OFF_TO = re.compile(PUT_OFF.pattern + r"(?:\s+[\w\-]+){0,4}?\s+(?:until|till|to)\s+(?:the\s+)?$")


def put_off_to(dates: list[FoundDate], number: int, text: str, start: int, end: int) -> FoundDate | None:
    """The day the sentence says its event was put off to."""
    return next((d for d in dates if d.paragraph == number and start <= d.start < end
                 and _PUT_OFF_TO.search(text, max(start, d.start - 80), d.start)), None)


def told_ahead(published_on: dt.date, text: str, start: int, end: int, at: int,
               date: FoundDate | None) -> bool:
    """An event told as still to come: its day after publication (a day before it is past,
    whatever else the clause says: 'kept up a strike against plans to close stations' on
    Wednesday; a month or year after publication's is ahead: 'would visit Bratislava next month'),
    or a future word in its clause, or put off ('have been put back by a week')."""
    published = published_on.isoformat()
    if date and len(date.value) == 10:
        # (a part of publication's own day is ahead when a future word comes before it: 'Parliament
        # will meet this afternoon', 'will meet tonight'; not 'signed on Wednesday a deal that will')
        return date.value > published or bool(PUT_OFF.search(text, at, end)) \
            or date.as_written.lower() in SAME_DAY and date.start > at \
            and bool(_FUTURE.search(text, max(start, text.rfind(",", start, at) + 1), date.start))
    return bool(date and date.value > published[:len(date.value)]
                or date and _NEXT_SPAN.match(date.as_written)  # ('The court rules next week': a
                # week still to come, in publication's month; round 19)
                or _FUTURE.search(_clause(text, start, end, at)) or PUT_OFF.search(text, at, end)
                or _WHEN_MEETS.match(text, at))


_NEXT_SPAN = re.compile(r"(?:next|the\s+coming|this\s+coming|later\s+this)\s+(?:week|month|year)\b",
                        re.IGNORECASE)
# 'when he meets EU commissioner X in Brussels', 'when the two meet in Cape Town later this
# month': a meeting in the present tense after 'when' is still to come
_WHEN_MEETS = re.compile(r"when\s+[^,.;\"“”]{1,30}?\s+(?:next\s+)?meets?\b")


def _clause(text: str, start: int, end: int, at: int) -> str:
    """The words around `at` between commas: 'X will meet Y on Monday'."""
    left = max(text.rfind(",", start, at), text.rfind(";", start, at), start)
    right = min([i for i in (text.find(",", at, end), text.find(";", at, end)) if i >= 0] or [end])
    return text[left:right]
