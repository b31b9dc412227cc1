"""All the drafted records of one article, as the YAML files of `data/` will hold them."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from slugify import slugify

from briefing.core.kinds import RESERVED_ID
from briefing.new.draft.account import account_sides
from briefing.new.draft.chrome import last_full_sentence_end
from briefing.new.draft.counts import AGE_UNIT
from briefing.new.draft.dates import SAME_DAY, FoundDate, find_dates, said_date
from briefing.new.draft.entities import Entities, Entity, find_entities
from briefing.new.draft.entity import record_id
from briefing.new.draft.eventdates import clause_date, lede_date
from briefing.new.draft.eventfields import event_fields, merge_event, same_meeting
from briefing.new.draft.events import find_meetings, find_statements
from briefing.new.draft.firstperson import Said, first_person_meetings
from briefing.new.draft.fit import fit_texts
from briefing.new.draft.gists import gist, without_dateline
from briefing.new.draft.lede import LEDE, is_match, lede_day, lede_event, main_event
from briefing.new.draft.mainevents import Context, find_events
from briefing.new.draft.nextmatches import next_matches
from briefing.new.draft.outlets import news_outlets
from briefing.new.draft.paragraphs import split_article
from briefing.new.draft.placeevidence import dateline_places
from briefing.new.draft.quotes import FoundQuote, find_quotes
from briefing.new.draft.rematch import sides_again
from briefing.new.draft.reporting import how_reported
from briefing.new.draft.roles import roles
from briefing.new.draft.scorelines import score_match
from briefing.new.draft.sentences import sentence_at, sentence_spans
from briefing.new.draft.sidebodies import bodies_of_sides
from briefing.new.draft.sidesagain import attend_ahead, bodies_again, body_opens, both_sides
from briefing.new.draft.source import ArticleError
from briefing.new.draft.spans import label_name, narrator_turns, narrators, transcript_labels, turn_labels
from briefing.new.draft.talksends import reached_on, sides_met
from briefing.new.draft.textrecords import figures, timeline, topics

Record = dict[str, Any]


@dataclass(frozen=True)
class Draft:
    paragraphs: tuple[str, ...]
    headers: dict[str, str]
    data: dict[str, Any]  # data file stem -> its content (a mapping for briefing, else a list)
    unattributed: int  # quoted spans left out: no speaker found
    cut: int | None = None  # the last paragraph, when it stops mid-sentence (nothing drafted from
    # its unfinished sentence)
    shortened: tuple[str, ...] = ()  # values cut to the data format's limit, said so


@dataclass(frozen=True)
class Meta:
    title: str
    published: dt.date
    source_id: str


def draft_records(text: str, meta: Meta) -> Draft:
    split = split_article(text)
    if not split.paragraphs:
        raise ArticleError("no paragraphs once the header and credit lines are left out; "
                           "give the article's text")
    paragraphs = split.paragraphs
    if split.cut:  # drafted from up to its last full sentence; the seed keeps it whole
        last = paragraphs[-1]
        paragraphs = (*paragraphs[:-1], last[:last_full_sentence_end(last)])
    labels = transcript_labels(paragraphs)
    # the names of a cut sentence are still named in the article (round 16: 'the Kilkee branch of the
    # National Farmers' Association, asking that the Council would repair the cottages at Moyasta,
    # where ... were obliged to' lost its place, body and place): the names are read in the whole
    entities = find_entities(split.paragraphs, {n: label_name(v) for n, v in labels.items()},
                             tuple(split.headers[key] for key in ("headline", "title")
                                   if key in split.headers), split.headers.get("score"))
    dates = find_dates(paragraphs, meta.published)
    quotes = find_quotes(paragraphs, entities, labels)
    data: dict[str, Any] = {
        "people": [_named(e, entities) for e in entities.people.values()],
        "organisations": [_named(e, entities) for e in entities.organisations.values()],
        "places": [_named(e, entities) for e in entities.places.values()],
    }
    undated: list[tuple[Record, Any]] = []
    data["meetings"] = _meetings(paragraphs, entities, dates, meta.published, undated)
    said = [Said(q.span.paragraph, q.span.open, q.span.close, q.who.speaker) for q in quotes if q.who.speaker]
    sides_of = {p["id"]: [r["organisation"] for r in p.get("roles", ()) if r.get("organisation")]
                for p in data["people"]}
    for fields in first_person_meetings(paragraphs, said, entities, dates, sides_of):
        sides = {*fields["participants"], *fields["organisations"]}
        if not any(m.get("date") == fields["date"] and sides & {*m.get("participants", ()),
                                                                *m.get("organisations", ())}
                   for m in data["meetings"]):  # (a meeting the article's own sentences told)
            _record(data["meetings"], fields["name"], fields.pop("paragraphs"), **fields)
    _main_events(data["meetings"], _context(paragraphs, entities, dates, meta, quotes,
                                            split.headers.get("programme", "")))
    for record, found in undated:  # (round 18, r17b seen: 'The defence ministers of Estonia, Latvia
        # and Lithuania signed a joint order in Tallinn on Friday', then 'X hosted Y and Z at the
        # Stenbock House for a meeting': the lede's day, as any event there takes, unless an event
        # of its own gave it one)
        if "date" not in record:
            _lede_day_of_meeting(record, found, paragraphs, dates, meta.published, entities)
    played = score_match(split.headers["score"], data["meetings"], entities.organisations, dates,
                         meta.published, entities.places) if "score" in split.headers else None
    if played:  # 'Leinster 28 Toulouse 24' above the text: the match it is about
        _record(data["meetings"], played[0]["name"], [1], **_dated(played[0], played[1]))
    # a day a speaker plans ('adding that he would see them again on Friday') is what was
    # said, not when; nor is a day after publication ('tickets for Saturday's game had been sold')
    said_on = [d for d in dates if not d.planned and d.value[:10] <= meta.published.isoformat()]
    data["quotes"] = _quotes(quotes, paragraphs, said_on, data["meetings"], entities)
    narrating = narrator_turns(paragraphs, labels, split.headers.get("programme", ""))
    quoted: dict[int, list[tuple[int, int]]] = {}
    for found in quotes:
        if not (found.span.label and found.span.paragraph in narrating):  # (their report: read)
            quoted.setdefault(found.span.paragraph, []).append((found.span.open, found.span.close))
    # A year alone ('last year', 'in 2019') in a reported sentence dates what was said about,
    # not the saying: 'X said the roads killed 3,500 people last year' was not said last year.
    data["statements"] = _statements(paragraphs, entities, quoted, [d for d in said_on if len(d.value) > 4])
    headline = next((split.headers[key] for key in ("headline", "title") if split.headers.get(key)), "")
    lede = lede_event(data["meetings"], paragraphs, headline, dates, meta.published.isoformat(),
                      turn_labels(paragraphs))
    if lede is not None:
        _record(data["meetings"], lede["name"], [1], **lede)
    lede_day(data["meetings"], paragraphs, dates, meta.published.isoformat())
    both_sides(data["meetings"])
    main = main_event(data["meetings"])
    if main is not None and is_match(main):  # ('They travel to Rivera on Saturday to face X')
        for fields in next_matches(paragraphs, entities, dates, min(main["paragraphs"]),
                                   meta.published.isoformat()):
            if not any(m.get("date") == fields["date"] and set(fields["organisations"])
                       <= {*m.get("organisations", ())} for m in data["meetings"]):
                _record(data["meetings"], fields["name"], fields.pop("paragraphs"), **fields)
    bodies_again(data["meetings"])
    body_opens(data["meetings"], entities, paragraphs)
    attend_ahead(data["meetings"], paragraphs, entities)
    # (round 21: a broadcast's own programme, its slate's title in quotation marks, 'TEMPO 102.7 FM -
    # "SPORTS WRAP" - SUNDAY ...', named in its host's turn, is no side of what it reports)
    titles = {title.lower() for title in re.findall(r'["“]([^"”]{2,60})["”]',
                                                     split.headers.get("programme", ""))}
    shows = {("organisations", key) for key, org in entities.organisations.items()
             if org.name.lower() in titles}
    named = account_sides(data["meetings"], paragraphs, entities, dates, quoted,
                          news_outlets(paragraphs, entities) | shows, frozenset(labels) - narrating,
                          read_own=lede is not None)
    if lede is not None and (named is None or named > LEDE + 1 and not lede.get("date")):
        data["meetings"].pop()  # (a lede's event no one is named doing anything at)
    _without_narrators(data, narrators(paragraphs, labels, split.headers.get("programme", "")))
    bodies_of_sides(data["meetings"], data["people"], data["organisations"], paragraphs)  # ('X, the head
    # of the union, told the minister')
    both_sides(data["meetings"])  # (again: the sides of an event held may be known only now; round
    # 20, r20a: a signing's bodies, then 'The partners will present the project at a workshop')
    _also_there(data, entities)
    data["topics"] = topics(paragraphs, _record,
                            tuple(split.headers.get(key, "") for key in ("headline", "tags")))
    data["figures"] = figures(_counted_in(split.paragraphs, paragraphs) if split.cut else paragraphs, _record)
    data["timeline"] = timeline(paragraphs, dates, _record, _dated)
    _cite_speakers(data)
    data = {kind: records for kind, records in data.items() if records}
    data["briefing"] = _briefing(paragraphs, meta, data, dates)
    unattributed = sum(1 for q in quotes if q.who.speaker is None)
    return Draft(split.paragraphs, split.headers, data, unattributed,
                 len(paragraphs) if split.cut else None, tuple(fit_texts(data)))


def _without_narrators(data: dict[str, Any], names: frozenset[str]) -> None:
    """A broadcast's presenter or reporter tells of an event and takes no part in it ('Our labour
    reporter X was outside the talks'): struck from every meeting's participants."""
    ids = {p["id"]: p["name"] for p in data["people"] if p["name"].upper() in names}
    called = {r["id"]: r["name"] for r in [*data["people"], *data["organisations"]]}
    for meeting in data["meetings"] if ids else ():
        struck = [key for key in meeting.get("participants", ()) if key in ids]
        if not struck:
            continue
        kept = [key for key in meeting["participants"] if key not in ids]
        if kept:
            meeting["participants"] = kept
        else:
            del meeting["participants"]
        for kind in ("inferred", "uncertain"):  # (the note no longer lists who was struck)
            note = str((meeting.get(kind) or {}).get("participants") or "")
            for key in struck if note else ():
                note = re.sub(rf"{re.escape(ids[key])} \(paragraphs? [\d, ]+\)(?:; )?", "", note)
            if not note:
                continue
            note = re.sub(r"\s*[^.]*: \. Check each took part; strike those who only spoke of it\.", "",
                          note.replace("; .", ".")).strip()
            if note:
                meeting[kind]["participants"] = note
            else:
                del meeting[kind]["participants"]
                if not meeting[kind]:
                    del meeting[kind]
        word, with_, named = meeting["name"].partition(" with ")
        if with_ and any(ids[key] in named.split(" and ") for key in struck):  # ('Talks with <reporter>')
            sides = [called[key] for key in (*kept, *meeting.get("organisations", ()))][:2]
            meeting["name"] = f"{word} with {' and '.join(sides)}" if sides else word
            old, meeting["id"] = meeting["id"], ""
            meeting["id"] = _unique(data["meetings"], meeting["name"])
            for records in data.values():  # (what pointed to the meeting points to its new id)
                for record in records if isinstance(records, list) else ():
                    for field in ("meeting", "part_of"):
                        if record.get(field) == old:
                            record[field] = meeting["id"]


# The words a cut paragraph's figures may come from: its unfinished sentence too, less its last
# few words, where the cut may have broken a figure or its noun ('£3' of '£3.5 million').
_CUT_MARGIN = 4


def _counted_in(whole: tuple[str, ...], drafted: tuple[str, ...]) -> tuple[str, ...]:
    """A cut paragraph's figures are whole before its unfinished sentence breaks off ('the roofs
    of 7 cottages had been so badly damaged in the storms of January that the families were
    obliged to': 7 cottages), though nothing else is drafted from that sentence (round 15: the
    outside set r14b's 1958 council report lost its last figure)."""
    last = whole[-1]
    words = list(re.finditer(r"\S+", last[len(drafted[-1]):]))
    if len(words) <= _CUT_MARGIN:
        return drafted
    return (*drafted[:-1], last[:len(drafted[-1]) + words[-_CUT_MARGIN].start()].rstrip())


def _unique(records: list[Record], wanted: str) -> str:
    base = record_id(wanted) or "record"
    taken = {r["id"] for r in records} | {RESERVED_ID}
    candidate, count = base, 2
    while candidate in taken:
        candidate, count = f"{base}-{count}", count + 1
    return candidate


def _record(records: list[Record], wanted: str, paragraphs: list[int], **fields: Any) -> Record:
    record: Record = {"id": _unique(records, wanted), "draft": True, "paragraphs": paragraphs}
    record.update({k: v for k, v in fields.items() if v not in (None, [], {}, "")})
    records.append(record)
    return record


def _named(entity: Entity, entities: Entities) -> Record:
    record: Record = {"id": entity.id, "draft": True,
                      "paragraphs": entities.paragraphs_of((entity.kind, entity.id)),
                      "name": entity.name}
    if entity.aliases:
        record["aliases"] = list(dict.fromkeys(entity.aliases))
    if entity.native:
        record["native_name"] = entity.native
    if entity.titles:
        record["roles"] = roles(entity.titles, entities.organisations, entities.places)
    if entity.type and entity.kind != "people":
        record["type"] = entity.type
    if entity.doubt:
        record["uncertain"] = dict(entity.doubt)
    return record


def _cite_speakers(data: dict[str, Any]) -> None:
    """A speaker cites the paragraphs of their quotes and statements too: a transcript's
    `MR. BELLO:` label is where Bello speaks, though his name as written is never matched."""
    speakers = {record["id"]: record for kind in ("people", "organisations") for record in data[kind]}
    for said in [*data["quotes"], *data["statements"]]:
        for who in said.get("speakers") or [said.get("speaker", "")]:
            speaker = speakers.get(who)
            if speaker is not None:
                speaker["paragraphs"] = sorted({*speaker["paragraphs"], *said["paragraphs"]})
    for record in speakers.values():
        record["paragraphs"] = record["paragraphs"] or [1]


def _date_near(dates: list[FoundDate], paragraph: int, text: str, offset: int) -> FoundDate | None:
    return said_date(dates, paragraph, text, *sentence_at(text, offset))


def _dated(fields: dict[str, Any], found: FoundDate | None) -> dict[str, Any]:
    if found:
        fields["date"] = found.value
        if found.how:
            fields.setdefault("inferred", {})["date"] = found.how
        if found.doubt:
            fields.setdefault("uncertain", {})["date"] = found.doubt
    return fields


def _name_in_doubt(entities: Entities, speaker: tuple[str, str]) -> str | None:
    """The doubt on the speaker's own name, when the draft is unsure it read a person at all ('said
    Dra' of 'said Dra. Fuenzalida' was a person of one word; round 17: its quote's speaker was
    unmarked): the quote's speaker is as doubtful as the name."""
    if speaker[0] != "people" or speaker[1] not in entities.people:
        return None
    doubt = entities.people[speaker[1]].doubt.get("name")
    return f"The speaker's name may be misread: {doubt}" if doubt else None


def _quotes(quotes: list[FoundQuote], paragraphs: tuple[str, ...], dates: list[FoundDate],
            meetings: list[Record], entities: Entities) -> list[Record]:
    records: list[Record] = []
    for quote in quotes:
        span, who, speaker = quote.span, quote.who, quote.who.speaker
        if speaker is None:
            continue
        first_words = " ".join(span.text.split()[:4])
        fields: dict[str, Any] = {
            "text": span.text, "partial": quote.partial, "speaker": speaker[1],
            "addressees": [key[1] for key in who.addressees], "audience": who.audience,
            "reported": (f"Reported by {who.reported_by[1]}, as cited by the article."
                         if who.reported_by else None if span.label is not None
                         else how_reported(paragraphs[span.paragraph - 1], span.open, span.close))
                        or "Reported by the article.",
            "reported_by": who.reported_by[1] if who.reported_by else None,
            "meeting": next((m["id"] for m in meetings if span.paragraph in m["paragraphs"]
                             and speaker[1] in m.get("participants", ())), None)}
        if who.how:
            fields["inferred"] = {"speaker": who.how}
        if who.doubt:
            fields["uncertain"] = {"speaker": who.doubt}
        elif _name_in_doubt(entities, speaker):
            fields["uncertain"] = {"speaker": _name_in_doubt(entities, speaker)}
        fields["about"] = list(dict.fromkeys(  # 'Vega asked me to lead': about Vega, said by her
            m.key[1] for m in entities.in_span(span.paragraph, span.open, span.close)
            if m.key[0] == "people" and m.key != speaker))
        if fields["meeting"] is None:
            _meeting_between(fields, meetings, [speaker[1], *fields["addressees"]])
        outside = [d for d in dates if d.paragraph != span.paragraph or not span.open <= d.start < span.close
                   or d.as_written.lower() in SAME_DAY]
        # (a day inside the words is what they tell of, not when they were said: 'The Green
        # Climate Fund gave us $36 million in 2017', an interview's answer, was dated 2017; only
        # 'today', 'tonight' and the like are the day the words were said)
        _dated(fields, _date_near(outside, span.paragraph, paragraphs[span.paragraph - 1], span.open))
        person = entities.get(speaker)  # ids read 'wang-my-old-friend': the short form the article uses
        short = person.aliases[0] if person.aliases else person.name.split()[-1]
        _record(records, f"{short}-{first_words}", [span.paragraph], **fields)
    return records


def _meeting_between(fields: dict[str, Any], meetings: list[Record], people: list[str]) -> None:
    """'Kerry told Wang' with no place: the one meeting the article reports between the two."""
    if len(people) < 2:
        return
    between = [m for m in meetings if set(people) <= set(m.get("participants", ()))]
    if len(between) == 1:
        fields["meeting"] = between[0]["id"]
        fields.setdefault("inferred", {})["meeting"] = (
            f"The article does not say where; '{between[0]['name']}' is the one meeting it reports "
            "between them.")


# 'She also met the mayor ...', 'Lynge Heilmann also visited a laboratory': more of the same day
_ALSO = re.compile(r"\b(?:also|then|later)\s+(?:met|visited|toured|held\s+talks|spoke\s+(?:to|with)|"
                   r"talked\s+(?:to|with))\b")


def _also_there(data: dict[str, Any], entities: Entities) -> None:
    """round 21 (develop set r21a): a meeting or a visit told with no day of its own, whose sentence
    says its doer 'also' did it ('She also met the mayor of Qeqertarsuaq, X, and members of KNAPK'),
    after the article's main event held on a day with that doer ('spent Thursday at the Arctic
    Station'), is part of that event: its people join it (marked uncertain), and it is no event of its
    own."""
    meetings = data["meetings"]
    main = main_event(meetings)
    if main is None or not main.get("date"):
        return
    for meeting in list(meetings):
        if meeting is main or meeting.get("date") or meeting.get("status") == "scheduled" \
                or not _ALSO.search(meeting.get("summary", "")) \
                or not set(meeting.get("participants") or ()) & set(main.get("participants") or ()):
            continue
        added = [key for key in meeting.get("participants") or () if key not in main["participants"]]
        main["participants"] += added
        bodies = [o for o in meeting.get("organisations") or () if o not in (main.get("organisations") or ())]
        if bodies:
            main["organisations"] = [*(main.get("organisations") or ()), *bodies]
        main["paragraphs"] = sorted({*main["paragraphs"], *meeting["paragraphs"]})
        names = ", ".join(entities.people[k].name for k in added if k in entities.people)
        if added or bodies:
            why = (f"Also met there, in paragraph {min(meeting['paragraphs'])}: "
                   f"{names or ', '.join(bodies)}. Check each took part.")
            for key in ("inferred", "uncertain"):
                old = main.setdefault(key, {}).get("participants")
                main[key]["participants"] = f"{old} {why}" if old else why
        meetings.remove(meeting)
        for kind in ("quotes", "statements"):
            for record in data.get(kind, []):
                if record.get("meeting") == meeting["id"]:
                    record["meeting"] = main["id"]


def _meetings(paragraphs: tuple[str, ...], entities: Entities, dates: list[FoundDate],
              published: dt.date, undated: list[tuple[Record, Any]]) -> list[Record]:
    """The meetings 'X met Y' tells; those told with no day go to `undated` (with what found them)."""
    records: list[Record] = []
    for found in find_meetings(paragraphs, entities):
        names = [entities.get(key).name for key in found.participants]
        if found.type == "visit" and found.place:
            name = f"{names[0]} visits {entities.get(found.place).name}"
        else:
            names += [entities.get(key).name for key in found.organisations]
            side = max(1, min(found.hosts, len(names) - 1))  # 'A and B meet C, D'
            verb = "talk with" if found.type == "talks" else "meet"
            verb = verb if side > 1 else {"meet": "meets", "talk with": "talks with"}[verb]
            name = f"{' and '.join(names[:side])} {verb} {', '.join(names[side:])}"
            name += " again" if found.again else ""
        text = paragraphs[found.paragraph - 1]
        fields: dict[str, Any] = {"name": name, "type": found.type, "summary": found.sentence,
                  "status": "scheduled" if found.scheduled else None,
                  "participants": [key[1] for key in found.participants],
                  "organisations": [key[1] for key in found.organisations] or None,
                  "place": found.place[1] if found.place else None}
        if found.doubt:  # ('She also met the mayor': whom 'she' means, a guess)
            fields["inferred"] = {"participants": found.doubt}
            fields["uncertain"] = {"participants": found.doubt}
        start, end = sentence_at(text, found.verb_at)
        day = clause_date(dates, found.paragraph, text, start, end, found.verb_at, False, met=True)[0] \
            or reached_on(dates, found.paragraph, text, start, end)  # (talks 'where X had brought
        # together A and B', told with the day 'The agreement was reached')
        if day and found.again and day.start < found.verb_at:
            day = None  # ('signed the agreement in Oslo on Tuesday and will meet again in Reykjavik in
            # June': the day before 'again' is the first round's)
        if day and day.value > published.isoformat():  # ('is due in Baku on May 12 for talks with')
            fields["status"] = "scheduled"
        _dated(fields, day)
        record = _record(records, name, [found.paragraph], **fields)
        if day is None and not found.scheduled:
            undated.append((record, found))
    return records


def _lede_day_of_meeting(fields: dict[str, Any], found: Any, paragraphs: tuple[str, ...],
                         dates: list[FoundDate], published: dt.date, entities: Entities) -> None:
    """A meeting 'X met Y' of the first paragraphs told with no day: the day the lede reports
    things done (eventdates.lede_date), marked as a guess unless the lede's subject did it."""
    event = SimpleNamespace(paragraph=found.paragraph, scheduled=False, date=None, date_doubt="",
                            participants=list(found.participants), organisations=list(found.organisations),
                            family="meeting", sentence=found.sentence)
    lede_date(event, paragraphs, dates, published, entities, done_only=True)
    if event.date is not None:
        fields["date"] = event.date.value
        if event.date_doubt:
            fields.setdefault("inferred", {})["date"] = event.date_doubt
            fields.setdefault("uncertain", {})["date"] = event.date_doubt


def _context(paragraphs: tuple[str, ...], entities: Entities, dates: list[FoundDate], meta: Meta,
             quotes: list[FoundQuote], slate: str) -> Context:
    quoted: dict[int, list[tuple[int, int]]] = {}
    said_by: dict[tuple[int, int], list[tuple[str, str]]] = {}
    narrating = narrator_turns(paragraphs, transcript_labels(paragraphs), slate)
    for quote in quotes:
        span = quote.span
        if not (span.label and span.paragraph in narrating):  # (a presenter's report is read)
            quoted.setdefault(span.paragraph, []).append((span.open, span.close))
        if quote.who.speaker and not span.label:
            start = sentence_at(paragraphs[span.paragraph - 1], span.open)[0]
            said_by.setdefault((span.paragraph, start), []).append(quote.who.speaker)
    return Context(paragraphs, entities, dates, meta.published, quoted, said_by,
                   news_outlets(paragraphs, entities),
                   frozenset(q.span.paragraph for q in quotes if q.span.label is not None))


def _main_events(records: list[Record], context: Context) -> None:
    """The events the article is about ('a news conference', 'the inquest'), after the meetings
    'X met Y' gives; a sentence that gave one of those gives no other."""
    taken = {(r["paragraphs"][0], start) for r in records
             for start, end in sentence_spans(context.paragraphs[r["paragraphs"][0] - 1])
             if r["summary"] in context.paragraphs[r["paragraphs"][0] - 1][start:end]}
    ids: list[str] = []
    met = list(records)
    for event in find_events(context, taken):
        sides_met(event, met)  # (a lede's strike: the sides of the talks that ended it are theirs)
        sides_again(event, met)  # ('The two sides will meet again on Oct. 2')
        fields = event_fields(event, context.entities, ids)
        same = same_meeting(met, fields, event.paragraphs)
        if same is not None:  # 'the talks' of 'X met Y': that meeting, not another
            merge_event(same, fields, bool(set(same["paragraphs"]) & set(event.paragraphs))
                        or not fields["participants"] and not fields["organisations"])
            same["paragraphs"] = sorted({*same["paragraphs"], *event.paragraphs})
            ids.append(same["id"])
            continue
        ids.append(_record(records, fields["name"], event.paragraphs, **fields)["id"])


def _statements(paragraphs: tuple[str, ...], entities: Entities,
                quoted: dict[int, list[tuple[int, int]]],
                dates: list[FoundDate]) -> list[Record]:
    records: list[Record] = []
    datelined = [re.escape(written) for _name, _kind, written in dateline_places(paragraphs)][:1]
    # 'PUNE: The Pune Municipal Corporation (PMC) will ...': a dateline in capitals before a colon
    # (the place the article's dateline gives; a transcript's 'SMITH:' labels give none)
    opening = re.compile(rf"(?:{datelined[0]})(?:,\s+[^:;.]{{1,30}})?:\s+(?=\S)") if datelined else None
    for found in find_statements(paragraphs, entities, quoted):
        text = paragraphs[found.paragraph - 1]
        sentence = found.sentence
        head = opening.match(sentence) if opening and found.paragraph <= 3 else None
        if head and text.startswith(sentence):
            sentence = sentence[head.end():]
        several = [found.speaker[1], *(key[1] for key in found.also)]
        fields: dict[str, Any] = {"speaker": None if found.also else found.speaker[1],
                  "speakers": several if found.also else None,
                  "gist": gist(sentence, tuple(entities.get(found.speaker).forms())),
                  "addressees": [key[1] for key in found.addressees],
                  "reported": "Reported by the article."}
        if found.how:
            fields["inferred"] = {"speaker": found.how}
        if found.doubt:
            fields["uncertain"] = {"speaker": found.doubt}
        _dated(fields, _date_near(dates, found.paragraph, text, text.find(found.sentence)))
        words = " ".join(without_dateline(sentence).split()[:5])  # (not 'mumbai-nov-8-reuters')
        _record(records, words, [found.paragraph], **fields)
    return records


def _briefing(paragraphs: tuple[str, ...], meta: Meta, data: dict[str, Any],
              dates: list[FoundDate]) -> Record:
    days = sorted(d.value for d in dates if len(d.value) == 10)
    mentions = Counter({p["id"]: len(p["paragraphs"]) for p in data.get("people", [])})
    published = meta.published.isoformat()
    record: Record = {
        "id": slugify(meta.title)[:60].strip("-") or "briefing", "draft": True, "title": meta.title,
        "summary": without_dateline(paragraphs[0]),
        "why_it_matters": paragraphs[1] if len(paragraphs) > 1 and paragraphs[1] else paragraphs[0],
        "start_date": days[0] if days else published, "source": meta.source_id,
        "key_people": [key for key, _ in mentions.most_common(5)],
        "key_figures": [f["id"] for f in data.get("figures", [])  # (a person's age is no key figure)
                        if f.get("unit") != AGE_UNIT][:4],
        "inferred": {"summary": "Paragraph 1 of the article, as drafted by `briefing new`.",
                     "why_it_matters": "Paragraph 2 of the article, as drafted by `briefing new`.",
                     "start_date": "The earliest day the article gives (or its publication date)."}}
    if days and days[-1] != record["start_date"]:
        record["end_date"] = days[-1]
        record["inferred"]["end_date"] = "The latest day the article gives."
    return {k: v for k, v in record.items() if v not in ([], None)}
