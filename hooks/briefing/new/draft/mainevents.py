"""The events an article is about, as meetings: a race, a hearing, a news conference, talks.

The rules, sentence by sentence (words in quotation marks are what someone said, not the
article's report, and are skipped):
1. An event word ('talks', 'news conference', 'inquest', 'match'; lexicon.EVENT_NOUNS), a
   result between two sides ('Sri Lanka beat Pakistan') or a court decision ('refused bail')
   opens an event when it is named ('the Rotterdam Marathon'), indefinite ('a news conference'),
   or definite with nothing before it to point back to but people or a date of its own.
2. A definite mention ('the race', 'told the inquest', 'told the court') points back to the
   last event of its family: its people join that event.
3. Participants: the people the sentence names (not 'the death of X'), and the speaker of a
   quote in that sentence ('he told a news conference'); organisations likewise.
4. Date: one in the event word's clause; 'from Oct. 27 to Oct. 29' and 'until Friday' give the
   end. With none, an event of the first paragraphs takes the day the lede says things were
   said or heard, marked uncertain. Status: scheduled when the sentence says so ('will',
   'is due to') or the date is after publication.
5. A session or workshop is `part_of` the conference or summit before it.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.new.draft import window
from briefing.new.draft.actions import action_triggers
from briefing.new.draft.bodywords import bodies_called_back, bodies_of_people, holders, possessors
from briefing.new.draft.ceremonies import ceremony_triggers
from briefing.new.draft.dates import FoundDate
from briefing.new.draft.entities import Entities
from briefing.new.draft.eventdates import (
    ANOTHER_ACT,
    ENDED_ON,
    ENDS_ON,
    PUT_OFF,
    SPELL_BEFORE,
    clause_date,
    lasting,
    lede_date,
    put_off_to,
    told_ahead,
)
from briefing.new.draft.eventpeople import (
    LEDE,
    REACTION,
    attendees,
    began_earlier,
    deal_sides,
    delegations,
    event_roles,
    members_body,
    named_before,
    named_by,
    parties,
    role_named,
    signing_sides,
)
from briefing.new.draft.eventplaces import clause_place, mountain_top, named_in, of_a_body
from briefing.new.draft.gists import without_dateline
from briefing.new.draft.lede import LABEL_OPENS
from briefing.new.draft.lexicon import (
    BODY_WORDS,
    COUNTRIES,
    COURT_DECISIONS,
    COURT_VERDICTS,
    EVENT_COMPOUNDS,
    EVENT_NOUNS,
    EVENT_NOUNS_AFTER_DETERMINER,
    EVENT_NOUNS_DATED,
    EVENT_NOUNS_NOT_BEFORE_OF,
    EVENT_REFERENCES,
    GROUP_NOUNS,
    MEETING_BODIES,
    NOT_EVENT_MODIFIERS,
    NUMBER_WORDS,
    PART_OF_FAMILIES,
    RESULT_PARTICIPLES,
    RESULT_VERBS,
    SPEECH_VERBS,
    SPOKESPEOPLE,
    SUMMON_VERBS,
    TALKS_GROUPS,
)
from briefing.new.draft.meetingreports import report_speakers
from briefing.new.draft.names import RUN
from briefing.new.draft.outlets import reports
from briefing.new.draft.plans import AGAIN, ASKED_FOR, REQUESTED, plan_triggers
from briefing.new.draft.rematch import rematch, rematch_at
from briefing.new.draft.rolesmet import met_by_role
from briefing.new.draft.sentences import sentence_at, sentence_spans
from briefing.new.draft.shortsides import full_sides
from briefing.new.draft.sittings import (
    CONTINUES,
    a_court,
    adjourned_sittings,
    case_parties,
    next_sitting,
    presided_session,
    told_in_days,
    told_since,
)
from briefing.new.draft.talksends import (
    management_side,
    mediated_rounds,
    next_round,
    reached_on,
    sides_of_their_own,
)
from briefing.new.draft.wins import wins

Key = tuple[str, str]
_NOUNS = "|".join(sorted(map(re.escape, EVENT_NOUNS), key=len, reverse=True))
_DETERMINER = r"an?|the|its|their|his|her|this"
# Words are bounded ({1,40}): an unbounded run would rescan a long token (a URL, a base64 blob)
# from every start position inside it, quadratic in its length.
_EVENT = re.compile(rf"(?P<det>\b(?:{_DETERMINER}|[A-Z][\w\-]{{0,40}}['’]s)\s+)?"
                    rf"(?P<mods>(?:(?!(?:{_DETERMINER}|{'|'.join(NOT_EVENT_MODIFIERS)})\b)(?<![\w\-])[\w\-]{{1,40}}\s+){{0,3}}?)"
                    rf"(?P<noun>\b(?:{_NOUNS}))\b", re.IGNORECASE)
# 'the court', 'The eThekwini Municipality council on Wednesday adopted ...'
_REFERENCE = re.compile(rf"\b[Tt]he\s+(?:(?:[A-Z]|[a-z][A-Z])[\w\-]*\s+){{0,3}}"
                        rf"(?P<noun>{'|'.join(EVENT_REFERENCES)})\b")
# 'outside the court building': a place, not the court sitting
_COURT_PLACE = re.compile(r"\s+(?:building|buildings|steps|house|gates?|grounds)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|argued|warned)\s+(?:that\s+)?$")
# (round 14, lead: 'Jannik Sinner beat defending champion Carlos Alcaraz' was no match: what the
# beaten side is, in lower case, between the verb and the name)
_DESCRIBED = r"(?:(?:the\s+)?(?:(?:defending|reigning|world|olympic|top|second|third|fourth|fifth|seed|" \
             r"seeded|champion|champions|holder|holders|title-holder|title-holders|favourite|favourites|" \
             r"hosts|league|leaders|compatriot|rival|rivals|number|one|two|three|No\.\s*\d+)\s+){1,4})?"
_RESULT = re.compile(rf"(?P<a>{RUN.pattern})\s+(?P<verb>{'|'.join(RESULT_VERBS)})\s+{_DESCRIBED}"
                     rf"(?P<b>{RUN.pattern})")
# (', beating the defending champions St Catherine Stars 58-51': the beaten side after a few
# lower-case words)
_BEATING = re.compile(rf",\s+(?:{'|'.join(RESULT_PARTICIPLES)})\s+"
                      r"(?:the\s+(?:[a-z\-]+\s+){0,3}?)?(?=[A-Z])")
_COMPOUND = re.compile(rf"\s+(?:{'|'.join(EVENT_COMPOUNDS)})\b")
_DECISION = re.compile(rf"\b(?:{'|'.join(COURT_DECISIONS)})\b")
# 'The European Court of Justice ruled on Tuesday that ...', 'the judges ruled': a court rules.
_COURT_RULED = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices?)\b[^.;]{0,120}?"
                          r"\bruled\b(?!\s+out)")
_VERDICT = re.compile(rf"\b(?:{'|'.join(COURT_VERDICTS)})\b")
# 'is due to meet', 'will now meet', 'is to hold talks': a meeting told as ahead
_MEET = re.compile(r"\b(?:will|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going)\s+to|"
                   r"(?:is|are)\s+to|(?:agreed|plans?|planned|hopes?|hoped|intends?|arranged|invited\s+\w+|"
                   r"willing|ready|offered)\s+to)\s+(?:now\s+|again\s+|also\s+|then\s+)?"
                   r"(?:meet|hold\s+(?:talks|a\s+meeting)|sit\s+down\s+with)\b"
                   # ('The ministry will sit down with the Ethiopian Seed Enterprise ... on the 28th of
                   # this month': round 18, develop set r18a)
                   # 'is due to travel to Washington next week to meet U.S. President X': the trip's
                   # meeting, still ahead
                   r"|\b(?:will|would|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to|(?:is|are)\s+to)\s+"
                   r"(?:travel|fly|go|head)\s+to\s+[^.;,\"“”]{1,60}?\bto\s+(?:meet|hold\s+talks\s+with)\b"
                   # 'is due to discuss the fees when it meets next week': the body's next meeting;
                   # 'would ask for aid when he meets EU commissioner X in Brussels', 'when the two
                   # meet in Cape Town later this month': a meeting still ahead, told in passing
                   r"|\bwhen\s+(?:it|they|he|she|we|both|the\s+two(?:\s+[a-z]+)?|both\s+[a-z]+)\s+"
                   r"(?:next\s+)?meets?\b"
                   # round 17: a body's sitting told as a timetable, with its day ('before the
                   # ministry's collegium meets on May 3 to take a final decision', 'The board meets
                   # next Tuesday')
                   r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’\-]+\s+){0,3}?(?:board|collegium|council|committee|"
                   r"cabinet|assembly|executive|parliament|senate|commission|presidium|bureau|synod)\s+"
                   r"(?:next\s+)?(?:meets|convenes|sits)(?=\s+(?:again\s+)?(?:on|next|this|later)\b)"
                   # round 20 (r19b seen): 'The committee will sit again at Dingwall on Tuesday,
                   # December 3': its next sitting, told with the town it sits in
                   r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’\-]+\s+){0,3}?(?:board|collegium|council|committee|"
                   r"cabinet|assembly|executive|parliament|senate|commission|presidium|bureau|synod|tribunal|"
                   r"inquiry|panel)\s+(?:will|is\s+(?:due\s+|set\s+|expected\s+)?to|is\s+scheduled\s+to)\s+"
                   r"(?:next\s+)?(?:meet|convene|sit)\s+again(?=\s+(?:at|in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+"
                   r"(?:on|next|this|later|in)\b)")
# 'ordered the council and the union back to the bargaining table': talks between them
_BACK_TO_TABLE = re.compile(r"\b(?:back|return(?:ed|s|ing)?)\s+to\s+the\s+(?:bargaining|negotiating)\s+"
                            r"table\b")
# (not 'the directors of the visiting troupes', 'the visiting side': an adjective)
_VISITED = re.compile(r"\bvisit(?:ed|s)\b|(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
                      r"(?<!\ba\s)\bvisiting\b")
# 'The committee will ask the ministry to appear before it on Thursday': the body's hearing of it
# (round 18, r17b seen: 'will appear before the national defence committee on Tuesday', 'is due
# to appear before the Public Accounts Committee': the committee's hearing, its name capitalised)
_APPEAR_BEFORE = re.compile(r"\b(?:to|will|would|shall)\s+appear\s+before\s+(?:it|them|the\s+"
                            r"(?:[\w\-]+\s+){0,3}?(?i:committee|panel|inquiry|commission|subcommittee|"
                            r"tribunal))\b")
# 'Transport Minister Joaquim Tembe is expected to join the talks on Monday': a session of those
# talks still ahead, with who joins (not the talks held before, which they were not at)
_JOINS = re.compile(r"(?:will|(?:is|are)\s+(?:(?:due|expected|set|scheduled)\s+)?to)\s+join\s+"
                    r"(?:the|their|its)\s+(?P<noun>talks|negotiations|summit|conference)\b")
# 'X was called to the Ministry of Youth and Sports on Wednesday'; 'The minister spent two hours
# with the coach': a meeting told without its word
_SUMMONED = re.compile(rf"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:{'|'.join(SUMMON_VERBS)})\s+to\s+"
                       r"(?:the\s+)?(?=[A-Z])|\bspent\s+(?:an?|\d+|two|three|four|five|six|several)\s+"
                       r"(?:hours?|minutes)\s+with\b")
_RELATIVE = re.compile(r"\b(?:which|that|who)\s+$")  # 'the museum, which signed the agreement in 2022'
# 'He signed a five-year contract in Bergamo on Friday': a signing is an event of its own.
# ('signed a $1.1 billion deal with X': an amount is one of its words)
_SIGNED = re.compile(r"\bsign(?:ed|s|ing)\s+(?:a|an|the)\s+(?:[\w\-$€£¥.,]+\s+){0,3}?"
                     r"(?:contract|deal|agreement|accord|treaty|memorandum|pact|lease|concession|charter|"
                     r"declaration|protocol|partnership|MoU|MOU|letter\s+of\s+intent)\b")  # ('signed a
# 20-year lease with Baltic Hub on Monday'; round 20, r20a: 'signed a three-year research partnership on
# Tuesday at the Belval campus')
# A meeting between groups, no one named: 'Egyptian and Qatari mediators met Hamas negotiators',
# 'Union leaders met officials of the Calcutta Port Commission on Saturday'.
_GROUP = "|".join(GROUP_NOUNS)
_GROUPS_MET = re.compile(rf"\b(?P<a>{_GROUP})\s+(?:had\s+|have\s+)?(?:met|meet|held\s+talks\s+with|"
                         rf"talked\s+with|sat\s+down\s+with)\s+(?:[\w\-'’]+\s+){{0,4}}?(?P<b>{_GROUP})\b")
# 'Finance Minister Ali Hassan met union leaders on Monday': a person named before meets a group
# the sentence does not name (not 'officials of the Port Commission': those are the body's, named;
# 'mayors of the damaged towns' are unnamed); only when the sentence has no other event word
# ('met union leaders ..., but the talks ended': the talks)
_MET_A_GROUP = re.compile(rf"\b(?:met|meets)\s+(?:with\s+)?(?:(?:the|some|several)\s+)?"
                          rf"(?:[a-z][\w\-]*\s+){{0,2}}?(?:{_GROUP})\b"
                          r"(?!\s+(?:of|from)\s+(?:the\s+)?[A-Z])")
# round 17 (lead): events told by a verb and no event word, each a common way news tells one: 'The
# President addressed the National Assembly on Tuesday', 'Nurses went on strike on Tuesday', 'Voters go
# to the polls on Thursday', 'The High Court will deliver its judgment on Friday'
_TOLD_BY_VERB = (
    (re.compile(r"\b(?:addressed|will\s+address|(?:is|was)\s+(?:due|set|scheduled|expected)\s+to\s+address)\s+"
                r"(?:a\s+(?:joint\s+|special\s+)?(?:session|sitting)\s+of\s+)?(?:the\s+)?(?=[A-Z])"),
     "address", "meeting", "meeting"),
    (re.compile(r"\b(?:went|go|goes|will\s+go|are\s+going|were\s+going|had\s+gone|have\s+gone)\s+on\s+"
                r"(?:an?\s+)?(?:(?:indefinite|general|national|one-day|two-day|48-hour|24-hour|"
                r"hunger)\s+)?strike\b"), "strike", "other", "strike"),
    # (round 18, develop set r18a: 'its members would stop work from 25 September unless a deal is
    # reached', 'dockers downed tools on Monday': a strike told by its act)
    (re.compile(r"\b(?:stop|stops|stopped|stopping)\s+work(?:ing)?\s+(?=(?:from|on|at|for|indefinitely|"
                r"until|today|tomorrow|yesterday)\b)|\b(?:down|downs|downed|downing)\s+tools\b|\b(?:walk|walks|"
                r"walked)\s+off\s+the\s+job\b"), "strike", "other", "strike"),
    # (round 18, develop set r18a: 'The campaign will be officially launched in Bafoussam by the
    # Secretary General ..., in the presence of the Governor': a launch still to come; one told done,
    # 'The campaign was launched on Monday in Pokhara by', is the article's happening, named by its
    # headline, and 'The rocket was launched in 2019' background)
    (re.compile(r"\b(?:will\s+be|(?:is|are)\s+(?:to|due\s+to|expected\s+to|set\s+to)\s+be)\s+"
                r"(?:officially\s+|formally\s+)?(?:launched|inaugurated|opened)\s+(?=(?:in|at|on|by)\b)"),
     "launch", "other", "ceremony"),
    # (round 18, develop set r18a: 'would travel to Apartadó to chair a new round between the two
    # sides on Friday': another round of talks, told without the word 'talks')
    (re.compile(r"\b(?:a|the)\s+(?:new|fresh|further|second|third|fourth|final)\s+round\s+(?=(?:between|with)\b)"),
     "talks", "talks", "talks"),
    # (round 20, r19b seen: 'the regional administration would host another round on Friday, Oct.
    # 19': the talks told before, again)
    (re.compile(r"\b(?:host|hosts|hold|holds|chair|chairs|convene|convenes|hosting|holding)\s+(?:another|a\s+(?:new|fresh|"
                r"further|second|third|fourth|final))\s+round\b(?!\s+of\s+(?!talks|negotiations))"),
     "talks", "talks", "talks"),
    (re.compile(r"\b(?:go|goes|went|will\s+go|are\s+going|head|heads|headed|will\s+head)\s+to\s+the\s+polls\b"),
     "election", "other", "vote"),
    # a court's next sitting, told by its putting off ('The Johannesburg Magistrate's Court postponed
    # the case to February 12', 'adjourned the trial until March 3')
    (re.compile(r"\b(?:postponed|adjourned|deferred|remanded|put\s+off|set\s+down|suspended)\s+"
                r"(?:the\s+|his\s+|her\s+|their\s+)?"
                r"(?:case|matter|trial|hearing|proceedings|inquest|sentencing)\s+(?:until|till|to)\b"
                r"|\b(?:postponed|adjourned|deferred)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:case|matter|trial|hearing)"
                r"\s+(?:of|against)\s+[^,.;]{3,60}?\s+(?:until|till|to)\s+(?=\d|[A-Z])"
                # (round 20, lead's probe: 'the Zomba Magistrate's Court on Tuesday adjourned to 18
                # March the case of two council revenue clerks': the day before the case)
                r"|\b(?:postponed|adjourned|deferred)\s+(?:until|till|to)\s+[^,.;]{3,30}?\s+(?:the|his|her|their)\s+"
                r"(?:case|matter|trial|hearing|proceedings|inquest|sentencing)\b"),
     "hearing", "other", "court"),
    # (round 21, r21a: 'She granted the adjournment to Tuesday, November 14', 'The case was adjourned
    # to November 14': the putting off told passive or as granted, the case's next sitting)
    (re.compile(r"\b(?:case|matter|trial|hearing|proceedings|inquest|sentencing)\s+"
                r"(?:(?:of|against)\s+[^,.;:\"“”]{3,60}?\s+)?(?:was|were|has\s+been|"
                r"had\s+been|have\s+been|is\s+being)\s+(?:again\s+)?(?:postponed|adjourned|deferred|put\s+off|"
                r"set\s+down)\s+(?:again\s+)?(?:until|till|to)\s+(?=\d|[A-Z]|next\b)"
                r"|\b(?:granted|granting|grants|allowed|gave)\s+(?:the|an|a\s+(?:further|final|second|third|"
                r"short|brief)|a)\s+(?:[a-z]+\s+)?adjournment\s+(?:until|till|to)\s+(?=\d|[A-Z]|next\b)"),
     "hearing", "other", "court"),
    # (round 20, r19b seen: 'told the court that the case would resume on 23 May': a case going on,
    # its next sitting; 'case' is no event word alone, 'a case of fraud')
    (re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w\-]*\s+)?(?:case|matter|proceedings)\s+"
                r"(?:will|would|is\s+(?:due|set|expected)\s+to|was\s+(?:due|set|expected)\s+to)\s+"
                r"(?:resume|continue|reconvene|be\s+(?:resumed|continued|heard|called|mentioned))\s+"
                r"(?=(?:on|in|at|from|next|this|tomorrow|to-morrow|before)\b)"),
     "hearing", "other", "court"),
    # ('will hold a march in Lusaka on Friday'; a word, not the month: 'the March 24 vote')
    (re.compile(r"\b(?:hold|holds|held|holding|stage|stages|staged|staging|lead|leads|led)\s+"
                r"(?:a|an|its|their)\s+(?:[\w\-]+\s+){0,2}?(?-i:march)\b"), "march", "other", "protest"),
    (re.compile(r"\b(?:deliver|delivers|delivered|hand\s+down|hands\s+down|handed\s+down|give|gives|gave)\s+"
                r"(?:its|a|the|his|her|their)\s+(?:final\s+|written\s+)?(?:judgment|judgement|ruling|verdict)\b"),
     "ruling", "other", "court"),
)
# round 17 (lead's probe): 'met officials of the Ministry of Agriculture': the body's people met
_MET_ITS_PEOPLE = re.compile(rf"\b(?:met|meets)\s+(?:with\s+)?(?:(?:the|some|several|senior)\s+)?"
                             rf"(?:[a-z][\w\-]*\s+){{0,1}}?(?:{_GROUP}|representatives|members|staff)\s+"
                             r"(?:of|from)\s+(?:the\s+)?(?=[A-Z])")
# round 18 (develop set r18a): 'Last Thursday, about 200 parents met with the Surabaya City
# Education Office': a crowd the sentence counts, unnamed, meets the body named after the verb
_A_CROWD_MET = re.compile(r"\b(?:(?:about|some|around|nearly|more\s+than|over)\s+)?(?:\d[\d,]*|dozens|"
                          r"hundreds|thousands)\s+(?:of\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
                          r"(?:[a-z][\w\-]*(?:s|men|women|people)|children)\s+"
                          r"(?P<verb>met|meets)\s+"
                          r"(?:with\s+)?(?:the\s+)?(?=[A-Z])")
# round 17 (develop set): 'Sy and the directors of the visiting troupes met at the Centre ... on
# Thursday': a person named with a group the sentence does not name meets it
_WITH_A_GROUP = re.compile(rf"\band\s+(?:the|their|his|her|its|some|several)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
                           rf"(?:{_GROUP}|directors|heads|members)\b(?:\s+of\s+[^,.;:\"“”]{{1,60}}?)?"
                           r"\s+(?:had\s+|have\s+)?met\b")
# round 15 (events): 'A delegation of the Kenya National Union of Teachers met officials of the
# Ministry of Education on Tuesday': a body's people meet, the bodies named, no person
_SENT_MET = re.compile(r"\b(?:[Dd]elegation|[Dd]eputation|[Dd]elegates|[Rr]epresentatives|[Oo]fficials|"
                       r"[Ll]eaders|[Ee]nvoys|[Nn]egotiators)\s+(?:of|from)\s+(?:the\s+)?[A-Z][^.;:\"“”]{0,80}?\s+"
                       r"(?:met|meets|held\s+talks\s+with|sat\s+down\s+with)\s+(?:with\s+)?"
                       r"(?:[\w\-'’]+\s+){0,4}?(?:of|from|at)?\s*(?:the\s+)?[A-Z]")
# round 15 (events): 'will represent Sweden at the Eurovision Song Contest in Basel on May 17',
# 'will compete at the World Athletics Championships in Tokyo': a named contest, who takes part in it
# ('ending his hopes of competing at the Beijing Olympics', 'was barred from competing'): not taking part
_NOT_COMPETING = re.compile(r"\b(?:hopes?|chances?|dreams?|bids?|ambitions?|attempts?|not|never|no\s+longer|"
                            r"barred|banned|excluded|prevented|stopped|ruled\s+out|withdrawn|withdrew|unable|"
                            r"refused|denied)\s+(?:of\s+|from\s+|to\s+|of\s+the\s+right\s+to\s+)?$")
# (still to come: 'will compete', 'is set to represent', 'earning the right to represent'; not 'took
# part in the Beijing Olympics', a career's past)
_TO_COMPETE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|going|scheduled)\s+to|"
                         r"(?:is|are)\s+to|to)\s+(?:also\s+|now\s+|again\s+)?$")
_COMPETES_AT = re.compile(r"\b(?:compet(?:e|es|ed|ing)|represent(?:s|ed|ing)?|perform(?:s|ed|ing)?|"
                          r"(?:take|takes|took|taking)\s+part|sing|sings|sang)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:at|in)\s+(?:the\s+|this\s+year['’]s\s+|next\s+year['’]s\s+)?"
                          r"(?P<name>(?:[A-Z][\w\-]*\s+){1,5}(?P<word>Contest|Championships?|Olympics|"
                          r"Olympic\s+Games|Games|World\s+Cup|Cup|Grand\s+Prix|Marathon|Tournament))\b")
# ('Egyptian and Qatari mediators': the words that say whose they are)
_QUALIFIED = re.compile(r"(?:\b[A-Z][\w\-]*(?:,\s+|\s+and\s+|\s+)){1,4}$")
_BODY_BEFORE = re.compile(rf"\b(?P<word>{'|'.join(BODY_WORDS)})\s+$", re.IGNORECASE)
_NOT_THERE = re.compile(r"\b(?:death|deaths|killing|murder|funeral|memory)\s+of\s+"
                        r"(?:[\w\-'’,]{1,40}\s+){0,5}$")
# someone the sentence says was away: 'Mayor X, who did not attend Tuesday's talks, said ...'
_AWAY_AFTER = re.compile(r",?\s+who\s+(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|had\s+not|could\s+not|"
                         r"would\s+not|will\s+not)\s+(?:attend|be\s+(?:at|present)|take\s+part|go)\b|"
                         r",?\s+who\s+(?:stayed\s+away|boycotted|missed)\b")

# A vote is taken at a meeting or debate, and is a body's decision: a later mention of one joins
# the other ('has voted to ...', then 'passed by 12 votes to 6 at the council's monthly meeting').
# Talks put off and the meeting that 'will now' hold them are one; a ceremony is an opening's or a
# handover's ('were handed back on Wednesday', then 'At a ceremony in the Central Cemetery').
_KIN = {"vote": ("vote", "meeting", "decision"), "meeting": ("meeting", "vote", "talks"),
        "decision": ("decision", "vote"), "ceremony": ("ceremony", "launch", "handover")}


@dataclass
class FoundEvent:
    name: str  # as the article names it, or '' ('a news conference')
    word: str  # the event word: 'news conference', 'inquest', 'bail hearing'
    type: str
    family: str
    paragraph: int
    sentence: str
    paragraphs: list[int]
    participants: list[Key] = field(default_factory=list)
    organisations: list[Key] = field(default_factory=list)
    place: Key | None = None
    date: FoundDate | None = None
    end: str | None = None
    scheduled: bool = False
    part_of: int | None = None  # index of the event this one belongs to
    date_doubt: str = ""  # why the date may be wrong, for `uncertain`
    guessed_from: int = 0  # the paragraph a lede's event took its sides from, when guessed
    end_how: str = ""  # how the end was found when no date of the text gives it, for `inferred`
    people_doubt: str = ""  # why the participants may be wrong, for `uncertain`


@dataclass(frozen=True)
class Context:
    paragraphs: tuple[str, ...]
    entities: Entities
    dates: list[FoundDate]
    published: dt.date
    quoted: dict[int, list[tuple[int, int]]]  # paragraph -> quoted spans (open, close)
    said_by: dict[tuple[int, int], list[Key]]  # (paragraph, sentence start) -> speakers there
    outlets: frozenset[Key] = frozenset()  # news outlets that pass the news on (outlets.py)
    turns: frozenset[int] = frozenset()  # paragraphs that are a transcript's turns ('CHAIR (X): ...')
    met: frozenset[tuple[int, int]] = frozenset()  # sentences (paragraph, start) that gave 'X met Y'


# An event word that is the subject of a verb told ahead: 'The second match will be played',
# 'The inquiry will hear': another one than the event before it on an earlier day.
_AHEAD_VERB = re.compile(r"[\w\-]+\s+(?:will|(?:is|are)\s+(?:now\s+)?(?:due|set|scheduled|expected)\s+to)\b")


def find_events(context: Context, taken: set[tuple[int, int]]) -> list[FoundEvent]:
    """`taken`: sentences (paragraph, start) that already gave a meeting ('X met Y')."""
    events: list[FoundEvent] = []
    context = dataclasses.replace(context, met=frozenset(taken))
    for number, text in enumerate(context.paragraphs, 1):
        for start, end in sentence_spans(text):
            if (number, start) not in taken:
                _sentence_events(context, events, number, start, end)
    delegations(events, context.paragraphs, lambda n, s, e: _taking_part(context, n, s, e))
    deal_sides(events, context.paragraphs, context.entities)
    signing_sides(events, context.paragraphs, context.entities,
                  lambda n, s, e: _taking_part(context, n, s, e))
    attendees(events, context.paragraphs, lambda n, s, e: _taking_part(context, n, s, e))
    event_roles(events, context.paragraphs, lambda n, s, e: _taking_part(context, n, s, e))
    lasting(events, context.paragraphs)
    sides_of_their_own(events)
    case_parties(events, context.paragraphs, context.entities)
    mediated_rounds(events, context.paragraphs, context.entities)
    report_speakers(events, context.paragraphs, context.entities, lambda n, at: _in_quote(context, n, at),
                    LEDE)
    adjourned_sittings(events, context.paragraphs, context.dates, context.published.isoformat(),
                       context.entities)
    return events


def _sentence_events(context: Context, events: list[FoundEvent], number: int, start: int,
                     end: int) -> None:
    """The events of one sentence; one new event, or two when it goes on to a second round ('failed
    to agree in talks in Limassol on Saturday, and will meet again in Nicosia on March 31'): each
    clause has its own day and place, and the second round is between the same sides."""
    text = context.paragraphs[number - 1]
    triggers = [t for t in _triggers(context, number, start, end)
                if t[2] != "trial" or _in_court(context.paragraphs)]
    if _played_again(context, events, number, start, end):
        return
    if not triggers:
        _bodies_met(context, events, number, start, end)
        return
    again = next((t[0] for t in triggers if AGAIN.match(text, t[0])), None)
    other = (_other_act(text, triggers) or _time_clause(text, triggers)) if again is None else None
    if other is not None:  # ('The derby ... was abandoned, and the federation called a meeting')
        first = len(events)
        _clause_events(context, events, number, start, other, [t for t in triggers if t[0] < other])
        _clause_events(context, events, number, other, end, [t for t in triggers if t[0] >= other])
        for event in events[first:]:
            event.sentence = text[start:end].strip()
        return
    if again is None or again == triggers[0][0]:
        first = len(events)
        _clause_events(context, events, number, start, end, triggers)
        later_round = _LATER_ROUND.search(text, start, end) is not None
        if (again is not None or _BOTH_SIDES.search(text, start, end) or later_round) and first \
                and len(events) == first + 1:
            _sides_again(events, again is None and not later_round)
        _bodies_met(context, events, number, start, end)
        return
    first = len(events)
    _clause_events(context, events, number, start, again, [t for t in triggers if t[0] < again])
    made = len(events)
    _clause_events(context, events, number, again, end, [t for t in triggers if t[0] >= again])
    if made > first and len(events) > made:
        earlier, later = events[first], events[-1]
        later.participants += [p for p in earlier.participants if p not in later.participants]
        later.organisations += [o for o in earlier.organisations if o not in later.organisations]
        later.people_doubt = earlier.people_doubt
    for event in events[first:]:
        event.sentence = text[start:end].strip()


def _played_again(context: Context, events: list[FoundEvent], number: int, start: int, end: int) -> bool:
    """'The two finalists meet again on Oct. 2': the last match's sides, on the sentence's day."""
    text = context.paragraphs[number - 1]
    told = rematch_at(text, start, end)
    if told is None:
        return False
    at, finalists = told
    date = clause_date(context.dates, number, text, start, end, at - 1, False)[0]
    again = rematch(events, number, text[start:end].strip(), date,
                    told_ahead(context.published, text, start, end, at, date), finalists)
    if again is not None:
        again.place = clause_place(context.entities, text, number, start, end, at - 1)
        events.append(again)
    return again is not None


_BOTH_SIDES = re.compile(r"\b(?:both|the\s+two)\s+sides\s+(?:had\s+|have\s+)?(?:agreed\s+to\s+|will\s+)?"
                         r"(?:meet|resume|return)\b")


_HELD_THERE = re.compile(r",\s+(?:which\s+were\s+|that\s+were\s+)?held\s+(?:at|in)\b"
                         r"|\s+(?:lasted|ended|broke\s+up|took\s+place|were\s+held|was\s+held)\b")
# the day an event put off was due ('due to be held in Maputo on Thursday')
_WAS_DUE = re.compile(r"\b(?:due|scheduled|set|planned)\s+"
                      r"(?:to\s+(?:be\s+held|take\s+place|open|start|begin)\s+)?(?:[^,.;]{0,40}?\s)?(?:on|for)\s+$")
# round 21 (r21a): 'report to a second ministerial meeting, to be held in Freetown on June 21', after
# the meeting of two ministers: a later round of it, between the same sides
_LATER_ROUND = re.compile(r"\b(?:a|the)\s+(?:second|third|fourth|fifth|further|follow-up|new)\s+"
                          r"(?:[a-z\-]+\s+)?(?:meeting|round|session)\b")


def _sides_again(events: list[FoundEvent], joins: bool) -> None:
    """'The negotiators will meet again in Reykjavík on February 20': a sentence of its own that
    names no side (or only guesses them) meets between the sides of the last talks or meeting told
    before; '... said that both sides had agreed to meet' (not 'again') tells of that one, when it
    is still ahead."""
    event = events[-1]
    earlier = next((e for e in reversed(events[:-1]) if e.family in ("talks", "meeting", "signing")), None)
    if earlier is not None and not joins and event.organisations and not event.participants \
            and set(event.organisations) < set(earlier.organisations):
        # ('The union and the department will meet again on Thursday', after the agreement the
        # department and the teachers' alliance signed: its sides, one of them called back)
        event.organisations = list(earlier.organisations)
        return
    if earlier is None or earlier.family == "signing" or event.participants and not event.people_doubt:
        return
    if joins and earlier.scheduled and set(event.organisations) <= set(earlier.organisations):
        events.pop()
        earlier.paragraphs = sorted({*earlier.paragraphs, event.paragraph})
        return
    if joins or event.organisations or not earlier.participants and not earlier.organisations:
        return  # (round 21: an earlier meeting of no side the draft names, 'a meeting in Tashkent next
        # month', takes nothing from 'The farmers and the minister will meet again on May 10')
    event.participants = list(earlier.participants)
    event.organisations = list(earlier.organisations)
    event.people_doubt = earlier.people_doubt


# ', and the Handball Federation of Macedonia called ...': a clause with a subject of its own
# (round 21, r21a: 'said the technical committee would meet on Sunday, March 2, ..., and that the beach
# plan would return to the full council at its next session on Monday, March 10': a second clause
# told, with its own event, 'next' of another sitting)
_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?:(?:the\s+)?(?=[A-Z])|that\s+)")


def _other_act(text: str, triggers: list[tuple[int, str | None, str, str, str, bool]]) -> int | None:
    """Where a second clause with its own subject and an event word of its own (not one pointing
    back) begins, after the first event word: 'Sunday's derby between A and B was abandoned ...,
    and the federation called an emergency meeting for Thursday' tells two events."""
    for clause in _NEW_SUBJECT.finditer(text, triggers[0][0], triggers[-1][0]):
        if any(t[0] >= clause.end() and (not t[5] or _ANOTHER_ONE.search(text, max(0, t[0] - 30), t[0]))
               for t in triggers) \
                and triggers[0][4] not in [t[4] for t in triggers if t[0] >= clause.end()]:
            return clause.start() + 1
    return None


# round 20 (r19b: 'will stop work from Monday, Oct. 22, unless ..., the miners' union said after talks
# with management broke down on Oct. 16'): talks told in a clause of time, ended on a day of their own
_TIME_CLAUSE = re.compile(r"\b(?:after|when|following)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z\-]+\s+)?"
                          r"(?P<word>talks|negotiations|meeting|mediation)\s+(?:with|between|on|over|in|at)?\b"
                          r"[^.;:\"“”]{0,80}?\b(?:broke\s+down|collapsed|ended|failed|stalled|foundered)\b")


def _time_clause(text: str, triggers: list[tuple[int, str | None, str, str, str, bool]]) -> int | None:
    """Where a clause of time telling of talks that ended begins, after an event word of another
    kind: its talks are an event of their own, on their own day."""
    for clause in _TIME_CLAUSE.finditer(text, triggers[0][0], len(text)):
        if any(t[0] == clause.start("word") for t in triggers) and triggers[0][4] != "talks":
            return clause.start()
    return None


# 'told reporters after the boards met in Cork': a body's meeting told in a clause of time
_BODY_MET = re.compile(r"\b(?:after|when|before|once|as|until)\s+(?:the|both|its|their)\s+(?:two\s+|both\s+)?"
                       r"(?P<body>" + "|".join(sorted(MEETING_BODIES, key=len, reverse=True))
                       + r")\s+(?:had\s+)?(?:met|gathered|convened)\b")


def _bodies_met(context: Context, events: list[FoundEvent], number: int, start: int, end: int) -> None:
    """A meeting of bodies told in a clause of time ('Lucey told reporters after the boards met
    in Cork'): held, at the clause's place; its bodies are the organisations of the first sentence
    that names them with that word ('The boards of X and Y agreed ...'), marked uncertain."""
    text = context.paragraphs[number - 1]
    met = _BODY_MET.search(text, start, end)
    if met is None or _in_quote(context, number, met.start()):
        return
    body = met.group("body").lower()
    named = re.compile(rf"\b{body}\s+of\b", re.I)
    for where, paragraph in enumerate(context.paragraphs[:number], 1):
        for s, e in sentence_spans(paragraph) if named.search(paragraph) else ():
            orgs = _taking_part(context, where, s, e)[1] if named.search(paragraph, s, e) else []
            if orgs:
                event = FoundEvent("", "meeting", "meeting", "meeting", number, text[start:end].strip(),
                                   [number], [], orgs,
                                   clause_place(context.entities, text, number, met.start(), end,
                                                met.start("body")))
                lede_date(event, context.paragraphs, context.dates, context.published, context.entities)
                names = ", ".join(context.entities.get(key).name for key in orgs)
                event.people_doubt = (f"'the {body}' taken as those of {names}, named so in paragraph "
                                      f"{where}. Check who takes part.")
                events.append(event)
                return


_MEET_AGAIN = re.compile(r"(?:meet|meets|convene|convenes|sit|sits|reconvene|reconvenes)\s+again\b")
# 'The next congress will be held in Arequipa in 2033': another one than the congress told before
# ('before the next round of talks, scheduled for July 12': round 19, r18b open)
_ANOTHER_ONE = re.compile(r"\b(?:next|previous|last|upcoming)\s+(?:[\w\-]+\s+|round\s+of\s+)?$",
                          re.IGNORECASE)


# An accused appears on one day: an appearance on another day is another one ('will appear in
# court on Tuesday', then 'were remanded in custody to appear again on May 5').
_ONE_DAY = frozenset({"court appearance"})


def _within(day: FoundDate, told: FoundDate) -> bool:
    """A full day inside the month or year told before it ('next week', 2026-03; then 9 March)."""
    return len(day.value) == 10 and len(told.value) < 10 and day.value.startswith(told.value)


_SITTING_BODIES = frozenset("assembly council committee parliament board senate congress commission synod "
                            "cabinet court tribunal panel legislature chamber conference".split())


def _sitting_body(entities: Entities, key: Key) -> bool:
    """A body that sits in sessions: 'Municipal Assembly', 'Pima County Board of Supervisors'."""
    words = entities.get(key).name.lower().replace("'", " ").split()
    head = words[:words.index("of")] if "of" in words else words
    return key[0] == "organisations" and bool(head) and head[-1] in _SITTING_BODIES




# A trial is a court's only in an article about one: 'for a trial year', 'will review the trial'
# of a street closed to cars are a pilot's.
_COURTROOM = re.compile(r"\b(?:court|judge|jury|juror|accused|charged|prosecut\w*|defendants?|verdict|"
                        r"tribunal|magistrates?|testified|pleaded|acquitted|convicted)\b", re.IGNORECASE)


def _group_bodies(context: Context, number: int, start: int, groups: re.Match[str]) -> list[Key]:
    """The bodies named before by the word before each group ('Union leaders met officials':
    the one union the article named), the sentence's own names aside."""
    text = context.paragraphs[number - 1]
    found: list[Key] = []
    for side in ("a", "b"):
        word = _BODY_BEFORE.search(text, max(start, groups.start(side) - 30), groups.start(side))
        key = named_by(context.entities, word.group("word"), last=True) if word else None
        if key is not None and key not in found:
            found.append(key)
    return found


def _in_court(paragraphs: tuple[str, ...]) -> bool:
    return any(_COURTROOM.search(text) for text in paragraphs)


def _clause_events(context: Context, events: list[FoundEvent], number: int, start: int, end: int,
                   triggers: list[tuple[int, str | None, str, str, str, bool]]) -> None:
    text = context.paragraphs[number - 1]
    for at, name, word, kind, family, definite in triggers:
        if definite and number == 1 and not events and _OPENS_THE.fullmatch(text, start, at) \
                and _of_someone(context, number, text, at + len(word)):
            definite = False  # (round 19, develop set r19a: 'The trial of Ilir Zeneli, ..., was adjourned
            # on Monday until 21 April' opens the text: no event told before it to point back to)
        people, orgs = _taking_part(context, number, start, end)
        groups = _GROUPS_MET.match(text, at)
        if groups is not None:  # ('Union leaders met ...': the union named before)
            orgs += [key for key in _group_bodies(context, number, start, groups) if key not in orgs]
        others = _of_another_act(context, number, start, end, at, family == "sport")
        if family == "court" and word != "hearing":  # ('The former treasurer of the Flacq Planters'
            # Cooperative, Rajesh Doorgakant, was denied bail': his employer is no party to his case;
            # a hearing's witness speaks for the body he heads)
            others |= _affiliations(context, number, start, end)
        marker = _MARKS_TIME.search(text, max(start, at - 60), at) if not definite else None
        people, orgs = [p for p in people if p not in others], [o for o in orgs if o not in others]
        if family == "contest" and not definite:  # (who competes is named before the verb; the
            # body that organises it is told of it, 'which organises the contest')
            venue = text.rfind(" at ", start, at)
            people = [m.key for m in context.entities.in_span(number, start, venue if venue > 0 else at)
                      if m.key in people]
            orgs = []
        if marker is not None:
            people, orgs = [], []  # 'were released ... 10 days before a presidential election':
            # the election marks the release's time; the released take no part in it
        if name and word in _GATHERING_WORDS:  # ('The Pacific Islands Forum opened': no side of itself)
            orgs = [o for o in orgs if context.entities.get(o).name != name]
        # (a named gathering is no pointer back: 'opened the Latin American Congress of Volcanology
        # at the University of Costa Rica on Monday' is its day, however far)
        date, end_date = clause_date(context.dates, number, text, start, end, at,
                                     definite and not (name and word in _GATHERING_WORDS))
        if date is None and family == "talks":  # ('The agreement was reached late on Monday ...
            # for eleven hours of talks': the day they ended in it)
            date = reached_on(context.dates, number, text, start, end)
        undated = family == "contest" and not definite and (date is None or date.start < at)
        if undated:  # (no day told after the contest's name: none, not the lede's)
            date, end_date = None, None  # ('won the national contest on Saturday, earning the right to
            # represent Estonia at the Eurovision Song Contest': the day of the win, not of the contest)
        counted = _counted_from(context, number, start, marker) if marker and date is None else None
        date = date or counted
        put_off = PUT_OFF.search(text, at, end) is not None
        moved = put_off_to(context.dates, number, text, start, end) if put_off else None
        if moved is not None:  # ('due to open on Monday, have been postponed until 23 July')
            date, end_date = moved, None
        elif put_off and date and (date.value <= context.published.isoformat()
                                   or _WAS_DUE.search(text, max(start, date.start - 60), date.start)):
            date, end_date = None, None  # ('The match on Saturday was postponed': not that day; nor
            # 'Talks ..., due to be held in Maputo on Thursday, have been put back by a week')
        another = definite and _ANOTHER_ONE.search(text, max(start, at - 30), at) is not None
        kin = [] if another else [e for e in reversed(events) if e.family in _KIN.get(family, (family,))]
        # ('the next session', after the session told: the same body's)
        same_body = next((e for e in reversed(events) if e.word == word), None) if another else None
        # ('tickets for Saturday's game', after the final on Saturday and a second game on May 21:
        # the one of its day)
        earlier = next((e for e in kin if date and e.date and e.date.value == date.value),
                       kin[0] if kin else None)
        if definite and earlier is not None and _met_between(context, earlier, number, start):
            earlier = None  # round 15 (events): 'Valcárcel said after the meeting', after 'a
            # delegation ... met the minister' (a meeting of its own): that one, not a vote before it
        ahead = told_ahead(context.published, text, start, end, at, date)
        if earlier is not None and ahead and earlier.scheduled and _MEET_AGAIN.search(text, at, at + 40):
            earlier = None  # (round 20, r20a: 'will talk with Uzbekistan at a meeting in Tashkent next
            # month', then 'The farmers and the minister will meet again on May 10': 'again' tells of
            # one held before; a meeting still to come is not met again by telling it twice)
        if earlier is not None and ahead and not earlier.scheduled and word != earlier.word \
                and (date or not definite or word in EVENT_REFERENCES):
            earlier = None  # a vote on Monday and the meeting that 'is due to meet on October 15'
            # ('The council is due to receive a report from X': the body acting later, not its vote)
        elif earlier is not None and ahead and not earlier.scheduled and date and earlier.date \
                and date.value > earlier.date.value and (_AHEAD_VERB.match(text, at) or CONTINUES.match(
                    text, at) and not told_in_days(context.paragraphs[:number], word)):
            earlier = None  # heard on Tuesday, and 'the inquiry will hear the minister on February 10'
        elif earlier is not None and ahead and not earlier.scheduled and _BODY_AT.match(text, at) \
                and _AHEAD_VERB.match(text, at):
            earlier = None  # met on Thursday, and 'The committee will next meet in July'
        same_day = date is None or earlier is not None and (
            earlier.date is None or earlier.date.value == date.value
            or earlier.word == word and word not in _ONE_DAY
            and not (ahead and not earlier.scheduled and not definite)
            and not _round_before(earlier, date, ahead) and not _another_ahead(earlier, date, ahead)
            and not _another_before(earlier, date, ahead))
        # ('a run-off on Saturday', then 'Parliament is expected to hold a vote ... on Oct. 15':
        # another vote, still ahead, not the first one's)

        if earlier is not None and (name and earlier.name == name or not name and same_day):
            if groups is not None and earlier.people_doubt:  # the sides this sentence names, not
                # people guessed from sentences that tell of something else
                earlier.participants, earlier.organisations = [], []
                names = ", ".join(context.entities.get(key).name for key in [*people, *orgs])
                told = _QUALIFIED.search(text, max(start, groups.start() - 60), groups.start())
                sides = text[told.start() if told else groups.start():groups.end()]
                earlier.people_doubt = (
                    f"The sentence about the {earlier.word} names nobody; paragraph {number} names its "
                    f"sides as groups ('{sides}')" + (f": taken as {names}" if names else "")
                    + ". Check who takes part.")
            if definite and REACTION.search(text, max(start, at - 60), end):
                people, orgs = [], []  # 'The Office condemned the vote': a reaction, not a part
            if definite and date is None and told_since(events, earlier, number):
                people, orgs = [], []  # round 21 (r21a): 'said the criminal matter was in the hands of
                # the police and the court', in the account of a meeting held after the hearing
            if definite and _LEFT_OUT.search(text, max(start, at - 60), at):
                people, orgs = [], []  # 'The union says it should have a seat at the talks'
            if definite and _SAID_OF.search(text, max(start, at - 40), at):
                people = [p for p in people if not _speaks_for(context, number, start, end, p)]
            if earlier.family == "sport" and " v " in earlier.name:
                orgs = []  # a fixture's sides are its name's ('The federation said tickets for
                # Saturday's game had been sold': no side of it)
            _join(earlier, number, people, orgs)  # 'the race', 'told the court', 'the women's race'
            if earlier.place is None:  # 'The agreement was signed in Tashkent by ...'
                earlier.place = clause_place(context.entities, text, number, start, end, at)
            if word in EVENT_NOUNS and earlier.word not in EVENT_NOUNS:
                earlier.word = word  # 'The court heard ...', then 'opened a five-day inquest'
            if date and earlier.date and date.value == earlier.date.value and _COUNTED in earlier.date.how:
                earlier.date, earlier.date_doubt = date, ""  # counted, then told: 'the March 24 vote'
            elif date and end_date and earlier.date and end_date == earlier.date.value and not earlier.end \
                    and _told_ended(context, earlier.date):
                earlier.date, earlier.end, earlier.date_doubt = date, end_date, ""  # 'which closed on
                # Wednesday', then 'was held on 7-9 May': the day it closed is the last of the days
            elif date and earlier.date and date.value == earlier.date.value and not earlier.end:
                earlier.end = end_date  # 'The festival will run from July 23rd to the 2nd of August'
            elif date and earlier.date and date.value > earlier.date.value and not earlier.end \
                    and ENDS_ON.search(text, max(at, date.start - 30), date.start):
                earlier.end = date.value  # 'The symposium ends on Thursday'
            elif date and (date.start > at or _owns(text, date, at)) \
                    and (earlier.date is None or earlier.date_doubt or _within(date, earlier.date)) \
                    and ahead == earlier.scheduled:  # 'The visit ... took place on Friday'
                earlier.date, earlier.end, earlier.date_doubt = date, end_date, ""  # (round 20: or
                # 'will meet the association next week', then 'would meet the association on Monday,
                # 9 March': the day inside the week or month told first)
            elif earlier.date is None and earlier.family == "contest" \
                    and (day := _contest_day(context, number, end, at)) is not None:
                # ('... which organises the contest, has scheduled the grand final in Lisbon for May 19':
                # the contest's one day, told after it in a sentence that schedules it)
                earlier.date, earlier.scheduled = day, day.value > context.published.isoformat()
            began_earlier(earlier, text, [d for d in context.dates if d.paragraph == number
                                          and start <= d.start < end], end_date)
            continue
        place = clause_place(context.entities, text, number, start, end, at)
        in_lede = number <= LEDE and place is not None and not kin and family == "conference"
        said_at = people and number <= LEDE and not events and _SAID_AT.search(text, max(start, at - 20), at)
        # round 15 (events): 'The expedition, led by Hrafnhildur Jónsdóttir of the University of
        # Iceland, towed radar across the glacier': the lede's event, told with who leads it
        led = people and number <= LEDE and not kin and _LED_BY.match(text, at + len(word))
        day_before = _day_before(context, number, start) if ahead and not definite and date is None else None
        # round 21 (r20b): 'The talks, held at the Government House ..., lasted almost five hours', after
        # a lede that tells only what they failed to do: the lede's event, no pointer back
        told_held = definite and number <= LEDE + 1 and not kin and not ahead \
            and not any(n <= number for n, _ in context.met) and _HELD_THERE.match(text, at + len(word))
        if not (name or people or orgs or date or number <= LEDE and not definite or in_lede or day_before
                or told_held) \
                or definite and not (name or date or in_lede or said_at or led or told_held
                                     or of_a_body(context.entities, text, number, at)):
            continue  # 'the talks' with nothing before them: the meeting 'X met Y' gave (a
            # lede's 'in a strike against ...' is what the article is about: its people follow; a
            # lede's 'after two weeks of talks at the summit in Belém', set off by a comma from its
            # day, is the article's event: round 14, lead); round 14 (helper r14c): not '"...," he
            # said at the hearing' in the lede, no event before it ('Senators on Tuesday questioned
            # officials ...': the hearing, its speaker's); round 21 (develop set r20b): 'The first trip is on
            # Monday 16 October. The team will visit 5 villages': an event still to come, told with no
            # day, right after a sentence giving one day still to come, is that day's (a guess)
        event = FoundEvent(name or "", word, kind, family, number, text[start:end].strip(), [number],
                           people, orgs, place, date, end_date)
        full_sides(event, context.entities)  # ('Central ... play Boca Juniors': Rosario Central)
        # (eventdates.told_ahead: a day on or before publication is past, whatever the clause says)
        event.scheduled = ahead
        if counted is not None:
            event.date_doubt = (f"Counted from the sentence's day ({counted.how}); a later sentence "
                                "may give the day itself. Check the date.")
        if put_off and date and counted is None and moved is None:  # (counted: the day as now set)
            event.date_doubt = (f"The sentence says the {word} was put off: {date.value} may be the "
                                "day it was due, not the day it will be held. Check the date.")
        if date is None and family != "deal" and not undated:  # (a deal's day is not the day it was
            # announced)
            lede_date(event, context.paragraphs, context.dates, context.published, context.entities)
        if date is None and event.scheduled and event.date is None and not undated:
            _day_of_the_sentence_before(event, context, number, start)
        # ('The assembly will meet the traders' association': the bodies it calls back take part,
        # not people guessed from the sentences after)
        called_back = [] if people or orgs else bodies_called_back(context.entities, text, number, start, end)
        if _APPEAR_BEFORE.match(text, at):  # (the body the one asked appears before: 'before it';
            # the two are its sides, no one guessed)
            before_it = bodies_called_back(context.entities, text, number, start, at)
            event.organisations += [o for o in before_it if o not in event.organisations]
            called_back = called_back or before_it
        if word == "court appearance":  # ('Subrata Ghosh, of the union, will appear in court on
            # Tuesday, police said': the court's, not his union's nor the police's; 'appeared at a
            # special sitting of the court': the court named before)
            courts = [o for o in event.organisations if a_court(context.entities, o)]
            event.organisations = courts or [o for o in bodies_called_back(
                context.entities, text, number, start, end) if a_court(context.entities, o)]
            called_back = event.organisations
        event.organisations = event.organisations or called_back
        if family == "court" and not any(a_court(context.entities, o) for o in event.organisations):
            # round 15 (events): 'adjourned the case until June 9, when the court is scheduled to hear
            # ...': the court named before sits that day
            event.organisations += [o for o in bodies_called_back(context.entities, text, number, start, end)
                                    if a_court(context.entities, o) and o not in event.organisations]
        event.organisations += [o for o in holders(context.entities, text, number, start, at)
                                if o not in event.organisations]  # ('The company will hold a briefing')
        event.organisations += [o for o in possessors(context.entities, text, number, start, at)
                                if o not in event.organisations]  # ("The commission's next session")
        event.organisations += [o for o in bodies_of_people(context.entities, text, number, start, end)
                                if o not in event.organisations]  # ('with ministry officials': round 18)
        if family == "meeting" and _BODY_AT.match(text, at):  # ('The committee met on Thursday
            # after the Auditor General, X, reported': the committee's own meeting)
            event.organisations += [o for o in bodies_called_back(context.entities, text, number, start,
                                                                  at + 40) if o not in event.organisations]
        if not people and marker is None and not called_back and groups is None \
                and not (family in ("sport", "strike", "handover") and orgs) \
                and not (family == "talks" and len(orgs) >= 2) \
                and not (orgs and number > LEDE and not _A_PERSON_BEFORE.search(text, start, at)):
            # (a match's sides, a strike's unions, the bodies back at the table are its parts: not
            # the people named after them; round 18, r17b seen: nor a later sentence's body that
            # holds its own meeting, 'Dōtō Credit Bank shareholders approved the merger at their own
            # meeting in Obihiro on June 25', unless a pronoun stands for a person in it: 'She will
            # show the results to the Legislature of Tierra del Fuego in a public meeting')
            parties(event, context.paragraphs, end, events,
                    lambda n, s, e: _taking_part(context, n, s, e),
                    lambda keys: ", ".join(context.entities.get(key).name for key in keys))
        named_before(event, number, start, end, context.paragraphs, context.entities)
        role_named(event, text, start, context.entities)
        met_by_role(event, text, start, end, number, context.entities)  # ('to meet the mayor')
        members_body(event, number, context.paragraphs, start, context.entities)
        if same_body is not None:  # (round 20, r19b: 'at the next session, which he scheduled for
            # June 10', after the Municipal Assembly's session: the assembly sits at it)
            event.organisations += [o for o in same_body.organisations if o not in event.organisations
                                    and _sitting_body(context.entities, o)]
        presided_session(context.entities, events, event, text, start, end)  # ('Judge X set the
        # next session for 8 March')
        if CONTINUES.match(text, at):  # ('The trial resumes on 4 May': its next sitting)
            next_sitting(context.entities, events, event)
            next_round(events, event)  # ('Talks resume in Cagliari on Friday': the same sides')
        management_side(event, events, context.paragraphs, context.entities)  # ('between the union
        # and management': the employer the union meets in the other round)
        joins = _JOINS.match(text, at)
        if joins is None:
            _belongs(events, event)
        else:  # (the session of the talks it joins)
            joined = EVENT_NOUNS[joins.group("noun")][1]
            event.part_of = next((i for i in range(len(events) - 1, -1, -1) if events[i].family == joined),
                                 None)
        events.append(event)
        break  # one new event per sentence


# 'The trial of Ilir Zeneli', 'The inquest into the death of X': the event's own name
_OF_A_NAME = re.compile(r"\s+(?:of|into|against)\s+(?:the\s+death\s+of\s+)?[A-Z]")
# ('The trial of the former mayor of Ovar, Joaquim Manuel da Silva Pinho,': r18b, open)
_OF_SOMEONE = re.compile(r"\s+(?:of|into|against)\s+(?:the\s+death\s+of\s+)?"
                         r"(?:(?:the|a|an|two|three|four|five|six)\s+)?(?:[a-z\-]+\s+){0,3}")
_OPENS_THE = re.compile(r"\s*The\s+")


def _of_someone(context: Context, number: int, text: str, after: int) -> bool:
    """The event word's 'of' names its person: 'The trial of Ilir Zeneli', 'The inquest into the
    death of X', 'The trial of the former mayor of Ovar, X,'."""
    return bool(_OF_A_NAME.match(text, after)) or bool(_OF_SOMEONE.match(text, after)) and any(
        m.key[0] == "people" for m in context.entities.in_span(number, after, after + 100))
# round 18 (develop set r18a): 'when X gave the inaugural recital on the restored organ': 'the'
# before a first or an inaugural one introduces it, as 'a' does (not a pointer back)
# (round 21, r21a: 'That working group will hold its first meeting at ... next Thursday, October 26')
_FIRST_OF_ITS_KIND = re.compile(r"(?:inaugural|opening|maiden|first-ever|first)\b", re.IGNORECASE)
_A_PERSON_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_LED_BY = re.compile(r",\s+(?:led|headed|organi[sz]ed|run)\s+by\s+(?=[A-Z])")
_SCHEDULES = re.compile(r"\b(?:scheduled|will\s+be\s+(?:held|staged|hosted)|(?:will\s+)?takes?\s+place|"
                        r"(?:is|are)\s+(?:set|due)\s+(?:for|on|to))\b")


def _contest_day(context: Context, number: int, end: int, at: int) -> FoundDate | None:
    """The one full day told after `at` in a sentence that schedules something ('has scheduled the
    grand final in Lisbon for May 19'), up to `end`; or none."""
    text = context.paragraphs[number - 1]
    if not _SCHEDULES.search(text, at, end):
        return None
    days = [d for d in context.dates if d.paragraph == number and at < d.start < end and len(d.value) == 10]
    return days[0] if len(days) == 1 else None


def _met_between(context: Context, earlier: FoundEvent, number: int, start: int) -> bool:
    """A meeting 'X met Y' is told after the event `earlier` and before sentence (number, start)."""
    opened = context.paragraphs[earlier.paragraph - 1].find(earlier.sentence)
    return any((earlier.paragraph, opened) < at < (number, start) for at in context.met)


def _round_before(earlier: FoundEvent, date: FoundDate, ahead: bool) -> bool:
    """round 15 (events): 'talks resume on Thursday' (ahead), then 'Talks between the union and
    management broke down on Friday' (held, the day before): an earlier round, not the talks still
    to come."""
    return earlier.scheduled and not ahead and earlier.date is not None and len(date.value) == 10 \
        and date.value < earlier.date.value


_APART = 2  # days between two days ahead that make them two events, not one event's days


def _another_ahead(earlier: FoundEvent, date: FoundDate, ahead: bool) -> bool:
    """round 17 (develop set): 'the union would meet Health Ministry officials on April 25', then
    'before the ministry's collegium meets on May 3': two meetings still ahead, each on its day; one
    event's days are told together ('from March 2 to 5') or as its going on ('continues on')."""
    if not (ahead and earlier.scheduled and earlier.date is not None and len(date.value) == 10
            and len(earlier.date.value) == 10):
        return False
    apart = dt.date.fromisoformat(date.value) - dt.date.fromisoformat(earlier.date.value)
    return abs(apart.days) > _APART


def _day_of_the_sentence_before(event: FoundEvent, context: Context, number: int, start: int) -> None:
    """round 18 (develop set r18a): 'the second phase of the campaign will begin in the West Region
    on Monday 20 May 2013. The campaign will be officially launched in Bafoussam by ...': an event
    still to come, told with no day, right after a sentence that gives one day still to come,
    takes that day, marked as a guess."""
    day = _day_before(context, number, start)
    if day is not None:
        event.date = day
        event.date_doubt = (f"The sentence gives no date; taken as {event.date.value}, the one day still "
                            f"to come that the sentence before it gives ('{event.date.as_written}').")


def _day_before(context: Context, number: int, start: int) -> FoundDate | None:
    """The one day still to come that the sentence before the one at `start` gives, if one."""
    if start < 2:
        return None
    text = context.paragraphs[number - 1]
    before = sentence_at(text, start - 2)[0]
    days = {d.value: d for d in context.dates if d.paragraph == number and before <= d.start < start
            and len(d.value) == 10 and d.value > context.published.isoformat()}
    return next(iter(days.values())) if len(days) == 1 else None


def _another_before(earlier: FoundEvent, date: FoundDate, ahead: bool) -> bool:
    """round 18 (r17b, seen): 'Shareholders of Kushiro Kyōei Bank on Tuesday approved the merger at
    an extraordinary general meeting', then 'Dōtō Credit Bank shareholders approved the merger at
    their own meeting in Obihiro on June 25': a meeting held days before the one told is another
    meeting, not a first day of it (one event's days are told together, 'from March 2 to 5', or as
    its going on)."""
    if ahead or earlier.scheduled or earlier.date is None or len(date.value) != 10 \
            or len(earlier.date.value) != 10:
        return False
    apart = dt.date.fromisoformat(earlier.date.value) - dt.date.fromisoformat(date.value)
    return apart.days > _APART


def _side(name: str) -> str:
    """A side without the country it is of: 'Iga Swiatek of Poland' -> 'Iga Swiatek'."""
    head, of, country = name.rpartition(" of ")
    return head if of and head and country in COUNTRIES else name


def _triggers(context: Context, number: int, start: int,
              end: int) -> list[tuple[int, str | None, str, str, str, bool]]:
    """(where, name or None, word, type, family, definite) for each event word in the sentence."""
    text = context.paragraphs[number - 1]
    found: list[tuple[int, str | None, str, str, str, bool]] = []
    lowered = text[start:end].lower()  # (cheap word checks first: these patterns are slow)
    found += action_triggers(text, start, end, number, lambda at: _in_quote(context, number, at))
    found += plan_triggers(text, start, end, lambda at: _in_quote(context, number, at))
    found += ceremony_triggers(text, start, end, number, lambda at: _in_quote(context, number, at))
    results = any(f" {verb} " in lowered for verb in RESULT_VERBS)
    for match in _RESULT.finditer(text, start, end) if results else ():
        if not _in_quote(context, number, match.start()):
            found.append((match.start("verb"), f"{_side(match.group('a'))} v {_side(match.group('b'))}",
                          "match", "other", "sport", False))
    for at, first, second in wins(text, start, end):  # 'gave Al Ahly a 1-0 win over Wydad'
        if not _in_quote(context, number, at):
            found.append((at, f"{first} v {second}", "match", "other", "sport", False))
    for match in _AGAINST.finditer(text, start, end) if " against " in lowered else ():
        sides = _possessor_and_opponent(context, number, start, match)
        if sides is not None and not _in_quote(context, number, match.start()):
            found.append((match.start() + 1, sides, "match", "other", "sport", False))
    for match in _BEATING.finditer(text, start, end) if "ing " in lowered else ():
        sides = _winner_and_beaten(context, number, start, match)
        if sides is not None and not _in_quote(context, number, match.start()):
            found.append((match.start() + 1, sides, "match", "other", "sport", False))
    for match in _DECISION.finditer(text, start, end):
        found.append((match.start(), None, "bail hearing", "other", "court", False))
    for match in [*_VERDICT.finditer(text, start, end), *_SIGNED.finditer(text, start, end)]:
        if match.group() == "ruled" and not _COURT_RULED.search(text, start, match.end()):
            continue  # 'the minister ruled out a tax': a court's ruling only
        if not _in_quote(context, number, match.start()) \
                and not _RELATIVE.search(text, max(0, match.start() - 40), match.start()):
            word, family = (COURT_VERDICTS[match.group()], "court") if match.re is _VERDICT \
                else ("signing", "signing")
            found.append((match.start(), None, word, "other", family, False))
    for match in _APPEAR_BEFORE.finditer(text, start, end) if " appear " in lowered else ():
        if not _in_quote(context, number, match.start()):
            found.append((match.start(), None, "hearing", "other", "court", False))
    for match in _JOINS.finditer(text, start, end) if " join " in lowered else ():
        if not _in_quote(context, number, match.start()):
            found.append((match.start(), None, "session", "meeting", "session", False))
    for match in _BACK_TO_TABLE.finditer(text, start, end):
        if not _in_quote(context, number, match.start()):
            found.append((match.start(), None, "talks", "talks", "talks", False))
    for pattern, word, kind, family in _TOLD_BY_VERB:
        for match in pattern.finditer(text, start, end):
            if not _in_quote(context, number, match.start()):
                found.append((match.start(), None, word, kind, family, False))
    for match in [*_MEET.finditer(text, start, end), *_VISITED.finditer(text, start, end),
                  *_SUMMONED.finditer(text, start, end)]:
        if not _in_quote(context, number, match.start()):
            visit = match.group().startswith("visit")
            found.append((match.start(), None, "visit" if visit else "meeting",
                          "visit" if visit else "meeting", "visit" if visit else "meeting", False))
    for match in _EVENT.finditer(text, start, end) if any(n in lowered for n in EVENT_NOUNS) else ():
        if _in_quote(context, number, match.start("noun")) \
                or _inside_name(context, number, match) and not _gathering_held(context, number, match) \
                or _COMPOUND.match(text, match.end("noun")) \
                or SPELL_BEFORE.search(text, max(start, match.start("noun") - 60), match.start("noun")):
            continue  # 'Summit Trails Ltd', 'the race director', 'after 11 weeks of talks'
        if mountain_top(context.entities, context.paragraphs[number - 1], number, match):
            continue  # 'near the summit of Mount Ruapehu'
        kind, family = EVENT_NOUNS[match.group("noun").lower()]
        named = _whole_name(context, number, match) or named_in(text, match.start("noun"), match.end("noun"))
        det = (match.group("det") or "").strip().lower()
        if match.group("noun").lower() in EVENT_NOUNS_AFTER_DETERMINER \
                and (not det or re.match(r"\s+for\b", text[match.end("noun"):])):
            continue  # 'voted to strike', 'a call for calm'
        if match.group("noun").lower() in EVENT_NOUNS_DATED and (
                not det or det in ("the", "this")
                and not _SCHEDULES.search(text, match.end("noun"), min(end, match.end("noun") + 40))
                or not any(d.paragraph == number and start <= d.start < end and len(d.value) == 10
                           for d in context.dates)):
            continue  # ('in protest at', 'who chairs the inquiry': no event of a day of its own)
        counts = match.group("noun").lower() in EVENT_NOUNS_NOT_BEFORE_OF
        if counts and re.match(r"\s+of\b", text[match.end("noun"):]) \
                or REQUESTED.search(text, max(start, match.start("noun") - 100), match.start("noun")) \
                or ASKED_FOR.search(text, max(start, match.start() - 60), match.start("noun")) \
                or _THREATENED.search(text, max(start, match.start("noun") - 50), match.start("noun")):
            continue  # 'a series of meetings'; 'would ask their governments to start talks', 'asking
            # for an urgent meeting': a wish; 'has until April 18 to approve a government or face snap
            # elections': a threat, held only if something fails

        # 'the council's monthly meeting' introduces one, as 'a meeting' does
        definite = det in ("the", "its", "their", "his", "her", "this") \
            and not _FIRST_OF_ITS_KIND.match(match.group("mods") or "")
        found.append((match.start("noun"), named, match.group("noun").lower(), kind, family,
                      definite))
    held = [f[0] for f in found if f[1] and f[2] in _GATHERING_WORDS]
    if held:  # 'opened the Asian Rice Congress': the congress, not an opening of its own
        found = [f for f in found if f[2] != "opening" or not any(0 < at - f[0] <= 60 for at in held)]
    for match in _GROUPS_MET.finditer(text, start, end) if " met " in lowered or " meet " in lowered \
            or " with " in lowered else ():
        if not _in_quote(context, number, match.start()):
            word = "talks" if {match.group("a"), match.group("b")} & TALKS_GROUPS else "meeting"
            found.append((match.start(), None, word, word, word, False))
    for match in _SENT_MET.finditer(text, start, end) if not found and " of " in lowered else ():
        if not _in_quote(context, number, match.start()) \
                and sum(1 for m in context.entities.in_span(number, match.start(), match.end() + 80)
                        if m.key[0] == "organisations") >= 2:
            word = "talks" if "talks" in match.group() else "meeting"
            found.append((match.start(), None, word, word, word, False))
    for match in _COMPETES_AT.finditer(text, start, end) if " at " in lowered or " in " in lowered else ():
        if not _in_quote(context, number, match.start()) \
                and _TO_COMPETE.search(text, max(start, match.start() - 40), match.start()) \
                and not _NOT_COMPETING.search(text, max(start, match.start() - 40), match.start()):
            found.append((match.start("name"), match.group("name").strip(), match.group("word").lower(),
                          "other", "contest", False))
    met = " met " in lowered or " meets " in lowered
    for match in [*_MET_ITS_PEOPLE.finditer(text, start, end), *_A_CROWD_MET.finditer(text, start, end)] \
            if met else ():
        # ('Wine growers ... met officials of the Ministry of Agriculture in Bucharest today': the
        # body whose people were met is a side; the group that met them goes unnamed)
        if not _in_quote(context, number, match.start()) and not found \
                and any(m.key[0] == "organisations" and m.start >= match.end() - 1
                        for m in context.entities.in_span(number, match.start(), match.end() + 2)):
            found.append((match.start("verb") if "verb" in match.re.groupindex else match.start(), None,
                          "meeting", "meeting", "meeting", False))
    for match in [*_MET_A_GROUP.finditer(text, start, end), *_WITH_A_GROUP.finditer(text, start, end)] \
            if met else ():
        if not _in_quote(context, number, match.start()) and not found \
                and any(m.key[0] == "people"
                        for m in context.entities.in_span(number, start, match.start())):
            found.append((match.start(), None, "meeting", "meeting", "meeting", False))
    meets = [f[0] for f in found if f[2] == "meeting"]
    # ('The council will hold a public hearing ... at City Hall': the body opens an event of its
    # own, no pointer back to its vote)
    opens = [f[0] for f in found if not f[5]]
    for match in _REFERENCE.finditer(text, start, end):
        # 'X said the council had "closed the door"': what X said, not X at the council; 'The
        # council, chaired by X, is due to meet': the meeting, not a pointer back to the council's
        if not _in_quote(context, number, match.start()) \
                and not any(at > match.start() for at in meets) \
                and not (EVENT_REFERENCES[match.group("noun")] == "meeting"
                         and any(at > match.start() for at in opens)) \
                and not _SAID_BEFORE.search(text, start, match.start()) \
                and not _COURT_PLACE.match(text, match.end()):
            family = EVENT_REFERENCES[match.group("noun")]
            found.append((match.start(), None, match.group("noun"), "other", family, True))
    return sorted(found)


# 'his players were tired after their semi-final against Adama City on Thursday': a match of the
# side the sentence named before the possessive
_AGAINST = re.compile(rf"\s(?:their|its|his|her)\s+(?:(?:quarter|semi)[- ]?finals?|finals?|match|game|tie|"
                      rf"fixture|opener|derby)\s+against\s+(?:the\s+)?(?P<b>{RUN.pattern})")


def _possessor_and_opponent(context: Context, number: int, start: int,
                            against: re.Match[str]) -> str | None:
    """'A v B' for 'A coach X said ... their semi-final against B': A the sentence's first
    organisation before the possessive, B the one named right after 'against'."""
    named = [m for m in context.entities.in_span(number, start, against.end())
             if m.key[0] == "organisations" or m.key[0] == "places"
             and context.entities.get(m.key).name in COUNTRIES]  # (a country's team: 'Ireland coach
    # Andy Farrell said ... their semi-final against France'; round 14, issue-18e)
    own = next((m.key for m in named if m.start < against.start()), None)
    other = next((m.key for m in named if m.start == against.start("b")), None)
    if own is None or other is None or own == other:
        return None
    return f"{context.entities.get(own).name} v {context.entities.get(other).name}"


def _winner_and_beaten(context: Context, number: int, start: int, beating: re.Match[str]) -> str | None:
    """'A v B' for ', beating B': A the sentence's subject (its first name, opening it), B the
    name right after the participle, of the same kind (two clubs, two players)."""
    text = context.paragraphs[number - 1]
    cut = len(text) - len(without_dateline(text)) if number == 1 and start == 0 else start
    named = context.entities.in_span(number, cut, beating.start())
    beaten = [m for m in context.entities.in_span(number, beating.end(), beating.end() + 1)
              if m.start == beating.end()]
    if not named or not beaten or named[0].key[0] != beaten[0].key[0] \
            or named[0].key[0] not in ("people", "organisations") \
            or not re.fullmatch(r"\s*(?:The\s+)?", text[cut:named[0].start]):
        return None
    return f"{context.entities.get(named[0].key).name} v {context.entities.get(beaten[0].key).name}"


_WHO_ASIDE = re.compile(r",\s+who\s+(?:had\s+|has\s+)?(?:replaced|succeeded|defeated|beat|ousted)\b"
                        r"[^,;.\"“”]{1,120},")


# round 15 (events): 'The vote comes less than three weeks after police shot dead 34 miners at
# Lonmin's mine': what the event follows, to the sentence's end, is another act and its people
_COMES_AFTER = re.compile(r"\b(?:comes?|came|coming|follows?|followed)\s+(?:[\w\-]+\s+){0,5}?"
                          r"(?:after|amid)\s+")
# round 15 (events): 'will play La Rochelle in the final on May 25 after a late try by X sealed a
# win over Toulouse on Saturday': a clause of its own (a subject and its past verb) after 'after'
# tells the match before, whose people are not the next match's (a match's only: 'The motion was
# carried after the council debated it' is the council's own vote)
_AFTER_CLAUSE = re.compile(r"\bafter\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’\-]+\s+){0,8}?"
                           r"(?:[a-z]+ed|won|gave|put|took|made|struck|broke|left|sent)\s+(?:a|an|the|his|her|"
                           r"their|its|him|them|it)\b")
_AFTER_TOLD = re.compile(r"\b(?:after|since|once)\s+(?:the\s+|an?\s+)?(?:[A-Za-z][\w'’\-]*,?\s+){1,8}?"
                         r"(?:reported|found|warned|announced|revealed|published|wrote|complained|resigned)\b")


def _of_another_act(context: Context, number: int, start: int, end: int, at: int,
                    sport: bool = False) -> set[Key]:
    """Who is named only in an 'after/before/since X-ing' phrase after the event word: the other
    side of another act ('will face Vouliagmeni in the final after beating Glyfada': Glyfada was
    the semi-final's, not the final's)."""
    text = context.paragraphs[number - 1]
    phrases = [(m.start(), min([i for i in (text.find(",", m.end(), end), text.find(";", m.end(), end))
                                if i >= 0] or [end])) for m in ANOTHER_ACT.finditer(text, at, end)]
    # ('Faye, who replaced Sonko as the candidate after Sonko was barred, will face Ba in the vote':
    # who is named only in an aside about another one, before the event word)
    phrases += [(m.start(), m.end()) for m in _WHO_ASIDE.finditer(text, start, at)]
    # ('The committee met on Thursday ... after the Auditor General, X, reported that ...': X's act
    # is what the meeting followed, and what X reported is X's, to the sentence's end)
    phrases += [(m.start(), end) for m in _AFTER_TOLD.finditer(text, at, end)]
    phrases += [(m.end(), end) for m in _COMES_AFTER.finditer(text, at, end)]
    phrases += [(m.start(), end) for m in (_AFTER_CLAUSE.finditer(text, at, end) if sport else ())]
    # (round 20, r20a: 'An opera by Bohuslav Martinů ... had its world premiere': who made the work
    # performed takes no part in its performance)
    phrases += [(m.start(), m.end()) for m in _WORK_BY.finditer(text, start, end)]
    if not phrases:
        return set()
    inside: set[Key] = set()
    outside: set[Key] = set()
    for mention in context.entities.in_span(number, start, end):
        (inside if any(a <= mention.start < b for a, b in phrases) else outside).add(mention.key)
    return inside - outside


# a work and its maker: 'An opera by Bohuslav Martinů', 'a new play by Tom Murphy', 'works by X'
_WORK_BY = re.compile(r"\b(?:opera|operas|play|plays|symphony|symphonies|concerto|ballet|oratorio|work|works|"
                      r"piece|pieces|novel|book|film|films|painting|paintings|poem|poems|song|songs|score|"
                      r"sculptures?|drawings?|photographs|composition|compositions|musical|requiem|mass)\s+"
                      r"(?:written\s+|composed\s+|painted\s+)?by\s+(?:the\s+late\s+|[a-z][\w\-]*\s+){0,2}?"
                      r"[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|de|van|von|da|di|del|la|le))*")
# 'the former treasurer of the X, Y', 'the chairman of X, Y': X only says whose Y is
_ROLE_OF = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[a-z\-]+\s+){1,3}?of\s+(?:the\s+)?$")


def _affiliations(context: Context, number: int, start: int, end: int) -> set[Key]:
    """The organisations the sentence names only as a role's, in apposition to a person."""
    text = context.paragraphs[number - 1]
    mentions = context.entities.in_span(number, start, end)
    inside: set[Key] = set()
    outside: set[Key] = set()
    for index, mention in enumerate(mentions):
        if mention.key[0] != "organisations":
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        apposed = _ROLE_OF.search(text, max(start, mention.start - 40), mention.start) is not None \
            and after is not None and after.key[0] == "people" \
            and re.fullmatch(r",\s+", text[mention.end:after.start]) is not None
        (inside if apposed else outside).add(mention.key)
    return inside - outside


def _inside_name(context: Context, number: int, match: re.Match[str]) -> bool:
    return any(m.start <= match.start("noun") < m.end for m in context.entities.in_span(
        number, max(0, match.start("noun") - window.REACH), match.end("noun") + 1))


# A gathering's name ending in its event word, told as opening, held or ending ('The Pacific
# Islands Forum opened in Suva on Monday', 'the Asian Rice Congress, which began on Tuesday',
# 'opened the Asian Rice Congress'): the gathering, though the name is also drafted as a body's.
_HELD_AFTER = re.compile(r"(?:,\s+which)?\s+(?:(?:is|was|will\s+be|has\s+been)\s+(?:held|hosted|opened)|"
                         r"(?:will|is\s+due\s+to|is\s+set\s+to)\s+(?:open|begin|start|end|close|run)|"
                         r"opened|opens|began|begins|started|starts|ended|ends|closed|closes|"
                         r"concluded|convened|got\s+under\s*way|gets\s+under\s*way|"
                         r"(?:is|was)\s+under\s*way|kicked\s+off|kicks\s+off|wrapped\s+up|"
                         r"took\s+place|takes\s+place)\b")
_HELD_BEFORE = re.compile(r"\b(?:opened|opens|opening|closed|closes|closing|hosted|hosts|hosting|"
                          r"host|open|close|attended|attends|attending|attend)\s+the\s+(?:[a-z][\w\-]*\s+){0,2}$")
_NAME_GOES_ON = re.compile(r"\s+(?:of|on)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3}")
_GATHERING_WORDS = frozenset("summit conference congress symposium forum convention festival".split())


def _whole_name(context: Context, number: int, match: re.Match[str]) -> str | None:
    """'the Latin American Congress of Volcanology': the name that goes on after its event word."""
    text = context.paragraphs[number - 1]
    return next((context.entities.get(m.key).name for m in context.entities.in_span(
        number, max(0, match.start("noun") - window.REACH), match.end("noun") + 1)
        if m.start < match.start("noun") and _NAME_GOES_ON.fullmatch(text, match.end("noun"), m.end)), None)


def _gathering_held(context: Context, number: int, match: re.Match[str]) -> bool:
    """The name the event word ends is told as a gathering held: its opening, its close."""
    if match.group("noun").lower() not in _GATHERING_WORDS:
        return False
    text = context.paragraphs[number - 1]
    ends = [m for m in context.entities.in_span(number, max(0, match.start("noun") - window.REACH),
                                                match.end("noun") + 1)
            if m.start <= match.start("noun") < m.end]
    if not ends or ends[0].end != match.end("noun") \
            and not _NAME_GOES_ON.fullmatch(text, match.end("noun"), ends[0].end):
        return False  # 'the Pacific Islands Forum Secretariat': a body of its own ('the Latin
        # American Congress of Volcanology' is the congress)
    return _HELD_AFTER.match(text, match.end("noun")) is not None \
        or _HELD_BEFORE.search(text, max(0, ends[0].start - 30), ends[0].start) is not None


_SAID_AT = re.compile(r"\b(?:said|says|told|asked|testified)\s+(?:at\s+)?the\s+$")
# An event that follows only if something fails (round 14, helper r14c: 'Parliament has until April 18
# to approve a new government or face snap elections' drafted elections scheduled for April 18).
_THREATENED = re.compile(r"\b(?:or\s+(?:else\s+)?face|to\s+avoid|avoiding|avoided|to\s+avert|averting|"
                         r"averted|risks?|risking|"
                         # round 15 (events): 'the union did not want a strike', 'during any strike',
                         # 'a prolonged strike would put jobs at risk': a strike not (yet) called
                         r"(?:did|does|do)\s+not\s+want|(?:would|could)\s+not\s+rule\s+out|during\s+any|"
                         r"in\s+(?:the\s+)?(?:event|case)\s+of)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w\-]+\s+){0,2}$"
                         r"|\b(?:any|a\s+(?:prolonged|possible|potential|threatened|long|lengthy))\s+$")
# 'ten days before a presidential election', 'two weeks after the vote': an event told to mark
# the time of another act, not as one its people take part in
# ('a', and the number words up to twelve: lexicon.NUMBER_WORDS)
_COUNTS = {"a": 1, **{word: n for word, n in NUMBER_WORDS.items() if n <= 12 and word != "dozen"}}
_SMALL = "|".join(_COUNTS)
_MARKS_TIME = re.compile(rf"\b(?:\d{{1,3}}|{_SMALL}|a\s+few|several)\s+(?:days?|weeks?|months?)\s+"
                         r"(?:before|after|ahead\s+of)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?$")


_COUNT = re.compile(rf"(?P<n>\d{{1,3}}|{_SMALL})\s+"
                    r"(?P<unit>day|days|week|weeks)\s+(?P<way>before|after|ahead\s+of)\b")
_COUNTED = "counted from"


def _counted_from(context: Context, number: int, start: int, marker: re.Match[str]) -> FoundDate | None:
    """'were released on Thursday, 10 days before a presidential election': the sentence's day
    before the phrase, and as many days (or weeks) after it ('after the vote': before it)."""
    count = _COUNT.match(marker.group())
    days = [d for d in context.dates if d.paragraph == number and start <= d.start < marker.start()
            and len(d.value) == 10]
    if count is None or not days:
        return None
    n = int(_COUNTS.get(count.group("n").lower(), count.group("n")))
    span = dt.timedelta(days=n * (7 if count.group("unit").startswith("week") else 1))
    day = days[-1]
    value = dt.date.fromisoformat(day.value) + (-span if count.group("way") == "after" else span)
    return FoundDate(number, marker.start(), count.group(), value.isoformat(),
                     f"'{count.group()}' {_COUNTED} {day.value} ('{day.as_written}')")


def _owns(text: str, date: FoundDate, at: int) -> bool:
    """The date stands right before the event word it owns: 'in the March 24 vote'."""
    between = text[date.start + len(date.as_written):at]
    return date.start < at and re.fullmatch(r"[\w\-]*\s+(?:[a-z\-]+\s+)?", between) is not None


def _told_ended(context: Context, found: FoundDate) -> bool:
    """The date is told as the day something ended ('which closed on Wednesday')."""
    text = context.paragraphs[found.paragraph - 1]
    return ENDED_ON.search(text, max(0, found.start - 120), found.start) is not None


def _in_quote(context: Context, number: int, at: int) -> bool:
    """Inside one of the paragraph's quotes (in order, none inside another): the last that opens
    before `at` is the only one that can hold it. A transcript's sentence in which a body announces
    what it will do ('CHAIR (X): ... The committee will ask the ministry to appear before it on
    Thursday.') is its chair's notice of the body's plan, read as the article's report."""
    spans = context.quoted.get(number, [])
    last = bisect.bisect_left(spans, (at,)) - 1
    if not (last >= 0 and spans[last][1] > at):
        return False
    if number in context.turns:
        text = context.paragraphs[number - 1]
        start = sentence_at(text, at)[0]
        return _BODY_WILL.match(text, start) is None
    return True


_BODY_AT = re.compile(rf"(?:{'|'.join(sorted(MEETING_BODIES, key=len, reverse=True))})\b", re.IGNORECASE)
# ('The committee will ask ...', 'This panel will meet again ...': a body's own plan)
# (round 18, develop set r18a: 'TIGIST HAILE BEKELE: ... The ministry will sit down with the
# Ethiopian Seed Enterprise ... on the 28th of this month': an office's own plan, told by its official)
_OFFICES = "ministry|department|government|union|agency|institute|federation|association|office|company"
_BODY_WILL = re.compile(rf"(?:The|This|Our)\s+(?:{'|'.join(sorted(MEETING_BODIES, key=len, reverse=True))}|"
                        rf"{_OFFICES})\s+will\b")


_VOCATIVE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?,\s+")


def _taking_part(context: Context, number: int, start: int, end: int) -> tuple[list[Key], list[Key]]:
    text = context.paragraphs[number - 1]
    people: list[Key] = []
    orgs: list[Key] = []
    # 'BIEN HOA, Vietnam, Nov 27 (AP) -': a dateline names where the report was filed, nobody there
    dateline = len(text) - len(without_dateline(text)) if number == 1 and start == 0 else 0
    # 'PRESENTER (Kirsi Länsman): Talks ... broke up': a transcript's label names who speaks, no
    # side; nor does whom the turn addresses ('REPORTER: Kirsi, the negotiators came out ...')
    label = LABEL_OPENS.match(text) if start == 0 else None
    if label is not None:
        dateline = max(dateline, (_VOCATIVE.match(text, label.end()) or label).end())
    for mention in context.entities.in_span(number, start, end):
        if _in_quote(context, number, mention.start) or _NOT_THERE.search(text[start:mention.start]) \
                or _AWAY_AFTER.match(text, mention.end) \
                or mention.start < dateline \
                or mention.key in context.outlets and reports(text, mention.start, mention.end):
            continue  # ('..., state news agency ONA reported': the wire that told of it)
        bucket = {"people": people, "organisations": orgs}.get(mention.key[0])
        if bucket is not None and mention.key not in bucket:
            bucket.append(mention.key)
    for teller in _tellers(context, number, start, end, people + orgs):
        (people if teller[0] == "people" else orgs).remove(teller)
    for match in [*_FROM_THE_BODY.finditer(text, max(start, dateline), end),
                  *_THE_BODYS.finditer(text, max(start, dateline), end)]:
        key = named_by(context.entities, match.group("head"), last=True)
        if key is not None and key not in orgs and not _in_quote(context, number, match.start()):
            orgs.append(key)
    away = {m.key for m in context.entities.in_span(number, start, end) if _AWAY_AFTER.match(text, m.end)}
    for key in context.said_by.get((number, start), []):
        bucket = people if key[0] == "people" else orgs
        if key not in bucket and key not in away:
            bucket.append(key)
    return people, orgs


def _tellers(context: Context, number: int, start: int, end: int, keys: list[Key]) -> list[Key]:
    """Who only tells of it in the sentence's tail ('The DOH will hold a meeting with local health
    officers on Thursday, Herbosa added'), when the clause names who does it before them, or opens
    on its sides ('The negotiators will meet again'), and not as 'we' ('We will meet the unions on
    Monday, Hassan said': his side's)."""
    text = context.paragraphs[number - 1]
    found: list[Key] = []
    sides = _SAID_SIDES.search(text, start, end)
    for mention in context.entities.in_span(number, start, sides.start() if sides else start):
        if mention.key in keys and mention.key not in found:
            found.append(mention.key)  # 'Mediator X said that both sides had agreed to meet'
    for mention in context.entities.in_span(number, start, end):
        opened = _TAIL_OPEN.search(text, max(start, mention.start - 40), mention.start)
        if opened is None or mention.key not in keys or not _TELLS.match(text, mention.end, end) \
                or _FIRST_PERSON.search(text, start, opened.start()):
            continue
        if (any(other.start < opened.start() and other.key in keys and other.key != mention.key
                for other in context.entities.in_span(number, start, opened.start()))
                or _SIDES_SUBJECT.match(text, start)
                or bodies_called_back(context.entities, text, number, start, opened.start())) \
                and mention.key not in found:  # ('Council will review ..., city clerk X said')
            found.append(mention.key)
    return found


# (', Herbosa added', ', a spokeswoman for the Faroese government said')
_TAIL_OPEN = re.compile(r",\s+(?:(?:an?|the)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|aide|official|"
                        r"source)\s+(?:for|from|of|at|in)\s+(?:the\s+)?|"
                        # (', city clerk Jane Sheppard said': a role in lower case before the name)
                        r"(?!(?:and|but|or|nor|while|as|who|which|with|after|before|when|where|if|then|so|"
                        r"said|told|says|added|the|an?|its|his|her|their)\b)(?:[a-z]+\s+){1,2})?"
                        r"(?:[A-Z][\w.\-]*\s+){0,4}$")
# 'The negotiators will meet again ..., a spokeswoman for X said': the clause's own sides, unnamed
_SIDES_SUBJECT = re.compile(rf"(?:The|Both)\s+(?:two\s+)?(?:sides|parties|delegations|{_GROUP})\b")
_SPEECH = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# ('said in Victoria on Saturday that both sides had agreed to meet')
# ('promised that the two countries' energy ministers would meet in Moscow on Friday')
_SAID_SIDES = re.compile(rf"\b(?:{_SPEECH})\s+(?:[^.;,\"“”]{{1,60}}?\s+)?(?:that\s+)?"
                         r"(?:both|the\s+two)\s+(?:sides\b|(?:[a-z]+['’]?\s+){0,2}?[a-z]+s\s+"
                         r"(?:would|will|were\s+to|are\s+to|(?:had\s+)?agreed\s+to)\s+meet\b)")
_TELLS = re.compile(rf"\s+(?:also\s+|later\s+)?(?:{_SPEECH})\b"
                    r"[^,;:\"“”]{0,60}$")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|I|us|[Oo]ur)\b")


# 'A delegation from the union is due to visit London': people of a body named before by its
# last word ('the Oromia Coffee Farmers Cooperative Union'), the only one the article so names.
_FROM_THE_BODY = re.compile(r"\b(?:delegation|delegates|representatives|officials|members|envoys)\s+"
                            r"(?:from|of)\s+the\s+(?P<head>[a-z]+)\b(?!['’])")


# round 15 (events): 'a mass meeting ... attended by about 9,000 of the union's members': the same
# people told with the body's possessive
_THE_BODYS = re.compile(r"\bthe\s+(?P<head>[a-z]+)['’]s\s+(?:[a-z\-]+\s+)?(?:delegation|delegates|"
                        r"representatives|officials|members|envoys|leaders)\b")


# 'says it should have a seat at the talks', 'was not invited to the meeting': outside it
_LEFT_OUT = re.compile(r"\b(?:(?:should|must|wants?|wanted|asked|demanded|seeks|sought)\s+(?:to\s+)?"
                       r"(?:have|get|be\s+given|take)\s+a\s+(?:seat|place|say|voice)\s+(?:at|in)|"
                       r"(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:not\s+invited|left\s+out|excluded|"
                       r"shut\s+out)\s+(?:to|of|from)|"
                       # (round 20: 'X did not attend the hearing', 'stayed away from the talks')
                       r"(?:did\s+not|didn['’]t|will\s+not|won['’]t|refused\s+to|declined\s+to)\s+(?:attend|join)|"
                       r"(?:stayed|stays|kept)\s+away\s+from|boycotted|(?:was|were)\s+absent\s+from|"
                       r"took\s+no\s+part\s+in|(?:is|was|are|were)\s+not\s+(?:a\s+)?part(?:y)?\s+to)"
                       r"\s+(?:the|its|their)\s+(?:[\w\-]+\s+)?$")
# 'The spokesman, Darius Jurgaitis, said the call lasted about 40 minutes': he tells of it
_SAID_OF = re.compile(rf"\b(?:{_SPEECH})\s+(?:that\s+)?(?:the|its|their|this)\s+(?:[\w\-]+\s+)?$")
_SPOKES = "|".join(SPOKESPEOPLE)
_SPOKES_BEFORE = re.compile(rf"\b(?:{_SPOKES}),?\s+$", re.IGNORECASE)
_SPOKES_AFTER = re.compile(rf",\s+(?:an?|the|its|his|her)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_SPOKES})\b")


def _speaks_for(context: Context, number: int, start: int, end: int, key: Key) -> bool:
    """The sentence calls the person a spokesman ('The spokesman, X,', 'X, a government
    spokeswoman,')."""
    text = context.paragraphs[number - 1]
    return any(m.key == key and (_SPOKES_BEFORE.search(text, max(start, m.start - 30), m.start)
                                 or _SPOKES_AFTER.match(text, m.end, end))
               for m in context.entities.in_span(number, start, end))


def _join(event: FoundEvent, number: int, people: list[Key], orgs: list[Key]) -> None:
    if event.people_doubt and event.participants and set(event.participants) <= set(people):
        event.people_doubt = ""  # the people taken on doubt are named with it after all
    event.paragraphs = sorted({*event.paragraphs, number})
    event.participants += [p for p in people if p not in event.participants]
    event.organisations += [o for o in orgs if o not in event.organisations]


def _belongs(events: list[FoundEvent], event: FoundEvent) -> None:
    families = PART_OF_FAMILIES.get(event.family, ())
    for index in range(len(events) - 1, -1, -1):
        if events[index].family in families:
            event.part_of = index
            return
