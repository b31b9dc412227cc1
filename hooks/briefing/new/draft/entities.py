"""People, organisations and places: capitalised names the article gives evidence for.

A run of capitalised words is a person only with evidence: a title before it ("envoy John
Kerry", "President Xi"), an honorific ("Mr Kerry"), a speech verb beside it ("Kerry said",
"said Kerry"), or a transcript label. Runs ending in an organisation word ("Department",
"Ministry", "House") or named in the known list are organisations; countries, cities and runs
ending in a place word ("Hotel", "Valley", "region") are places. Nothing else is drafted:
a missed name costs a reader one line of YAML; a wrong one costs trust.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from slugify import slugify

from briefing.core.kinds import RESERVED_ID
from briefing.new.draft import window
from briefing.new.draft.clauses import acts_as_his, acts_as_its, firm_named_like_a_person, own_gender
from briefing.new.draft.evidence import (
    AFFILIATIONS,
    dateline_places,
    gender,
    given_name_first,
    honorifics,
    organisation_by_noun,
    place_type,
    split_of,
    surname_used_alone,
    without,
)
from briefing.new.draft.institutions import speaking_institutions
from briefing.new.draft.lexicon import (
    CITIES,
    COUNTRIES,
    DEMONYMS,
    HONORIFICS,
    KNOWN_ORGS,
    NOT_NAME,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_LEADS,
    REGIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from briefing.new.draft.names import (
    Run,
    runs,
    tail,
    whole_words,
    word_after,
    word_before,
    words_before,
)

# Lower-case words inside a personal name: 'Ursula von der Leyen', 'Luiz Inacio Lula da Silva'.
_PARTICLES = frozenset("de del da di dos du van von der den ter bin ibn al".split())
# 'said Kerry' names a speaker; 'told France Inter' names who heard it, maybe not a person.
_TO_SOMEONE = frozenset("told tells telling asked asks urged urges praised called".split())
_PLAIN_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir".split())
# "Secretary of State Antony Blinken": words after "of" that still belong to the title.
_TITLE_OBJECTS = frozenset("State Defense Defence Commerce Treasury Energy Finance Health Justice "
                           "Labor Labour Agriculture Education Interior Foreign Affairs Trade "
                           "Homeland Security the".split())
TITLE_LEAD = frozenset("top senior former acting deputy vice chief special foreign climate "
                        "prime interior defence defense finance trade health state national "
                        "general foreign-affairs executive presidential economy economic environment "
                        "energy justice labour labor opposition party government".split())


@dataclass
class Entity:
    kind: str  # people | organisations | places
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    type: str | None = None
    gender: str | None = None  # people: 'male' or 'female' when the text or the name says so

    @property
    def id(self) -> str:
        """'U.S. State Department' -> 'us-state-department' (initials kept together)."""
        return _slug(self.name)

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@functools.lru_cache(maxsize=4096)  # an id is read hundreds of times per article
def _slug(name: str) -> str:
    slug = slugify(_INITIALS.sub(r"\1", name))[:80].strip("-") or "unnamed"
    return f"{slug}-1" if slug == RESERVED_ID else slug


_INITIALS = re.compile(r"\b([A-Z])\.")


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    key: tuple[str, str]


@dataclass
class Entities:
    people: dict[str, Entity]
    organisations: dict[str, Entity]
    places: dict[str, Entity]
    mentions: list[Mention]
    by_paragraph: dict[int, list[Mention]] = field(default_factory=dict, repr=False)

    def get(self, key: tuple[str, str]) -> Entity:
        found: dict[str, Entity] = getattr(self, key[0])
        return found[key[1]]

    def in_span(self, paragraph: int, start: int, end: int) -> list[Mention]:
        if not self.by_paragraph:
            for mention in sorted(self.mentions, key=lambda m: (m.paragraph, m.start)):
                self.by_paragraph.setdefault(mention.paragraph, []).append(mention)
        mentions = self.by_paragraph.get(paragraph, [])
        first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
        last = bisect.bisect_left(mentions, end, key=lambda m: m.start)
        return mentions[first:last]

    def paragraphs_of(self, key: tuple[str, str]) -> list[int]:
        return sorted({m.paragraph for m in self.mentions if m.key == key})


def find_entities(paragraphs: tuple[str, ...], labels: dict[int, str] | None = None,
                  headlines: tuple[str, ...] = ()) -> Entities:
    """`labels`: transcript speaker labels (label -> name in the article's own words);
    `headlines`: the headline and title lines above the paragraphs, which may hold the only
    full name of someone the text calls by surname ("Press briefing by Dr. Amina Yusuf" above
    `MS. YUSUF:`)."""
    found = split_of(runs(paragraphs), lambda words: _is_name(_split_title(words)[1]))
    people = _full_names_from(headlines, _people(found, paragraphs, labels or {}))
    taken = {form for person in people.values() for form in person.forms()}
    organisations = _organisations(found, paragraphs, taken)
    _add_institutions(organisations, speaking_institutions(paragraphs))
    taken |= {form for org in organisations.values() for form in org.forms()}
    places = _places(found, paragraphs, taken)
    for name, kind, written in dateline_places(paragraphs):
        place = places.setdefault(slugify(name), Entity("places", name, type=kind))
        place.name = name  # 'ROTTERDAM' as the dateline writes it is an alias
        if written != name and written not in place.aliases:
            place.aliases.append(written)
    mentions = _mentions(paragraphs, [*people.values(), *organisations.values(), *places.values()])
    return Entities(people, organisations, places, mentions)


def _split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """('Chinese', 'President', 'Xi', 'Jinping') -> (['Chinese', 'President'], ['Xi', 'Jinping']).

    A title holding words no list knows ('AU Commission Chairperson Moussa Faki Mahamat',
    'Hungarian Prime Minister Viktor Orban') ends at its last title word, when a name follows."""
    title, name = _split_listed_title(tokens)
    if _is_name(name) and not any(t.lower() in TITLE_WORDS for t in name):
        return title, name
    for index in range(len(tokens) - 2, -1, -1):
        end = index + 1
        if tokens[index].lower() in TITLE_WORDS and end < len(tokens) and tokens[end] == "of":
            end += 1  # 'Under Secretary of State Bonnie Jenkins'
            while end < len(tokens) and tokens[end] in _TITLE_OBJECTS:
                end += 1
        if tokens[index].lower() in TITLE_WORDS and _is_name(tokens[end:]):
            return tokens[:end], tokens[end:]
    return title, name


# Months that are also given names: 'Jan Visser', 'April Ryan', 'June Mbeki' (a name when a
# capitalised word that is no month, day or other such word follows).
_GIVEN_MONTHS = frozenset("Jan June April May".split())


def _month_given(tokens: list[str], index: int) -> bool:
    return tokens[index] in _GIVEN_MONTHS and index + 1 < len(tokens) \
        and tokens[index + 1][:1].isupper() and tokens[index + 1] not in NOT_NAME


def _split_listed_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    index = 0
    while index < len(tokens) and not _month_given(tokens, index) \
            and (tokens[index] in NOT_NAME or tokens[index] in DEMONYMS
                 or tokens[index].lower() in TITLE_WORDS
                 or tokens[index].lower() in TITLE_LEAD
                 or (index and tokens[index] == "of")
                 or ("of" in tokens[:index] and tokens[index] in _TITLE_OBJECTS)):
        index += 1
    return tokens[:index], tokens[index:]


def _is_name(tokens: list[str]) -> bool:
    core = [t for t in tokens if t not in _PARTICLES]  # 'Luiz Inacio Lula da Silva': 4 words
    if not 1 <= len(core) <= 4 or not tokens[0][0].isupper() or not tokens[-1][0].isupper() \
            or any(t[0].islower() for t in core) or "&" in tokens:
        return False
    text = " ".join(tokens)
    last = tokens[-1].lower()
    return (text not in COUNTRIES and text not in CITIES and text not in KNOWN_ORGS
            and tokens[0] not in PLACE_LEADS
            and last not in ORG_HEADS and last not in PLACE_HEADS
            and not any(t in DEMONYMS or t in NOT_NAME and not _month_given(tokens, i)
                        or any(c.isdigit() for c in t) for i, t in enumerate(tokens))
            and not (len(tokens) == 1 and tokens[0].isupper()))


def _person_evidence(run: Run, text: str, title: list[str], name: list[str]) -> str | None:
    """The title the article gives, '' for evidence without a title, None for no evidence."""
    if any(t.lower() in TITLE_WORDS for t in title):
        return " ".join(title[next(i for i, t in enumerate(title) if t not in NOT_NAME
                                   or t.lower() in TITLE_WORDS):])
    head = tail(text, run.start)  # bounded: these searches end at the name (names.TAIL)
    comma = re.search(r"([\w.\-]+(?:\s+[\w.\-]+){0,3}),\s*$", head)
    if comma and comma.group(1).split()[-1].lower() in TITLE_WORDS:  # 'the envoy, John Kerry,'
        return " ".join(w for w in comma.group(1).split()
                        if w.lower() in TITLE_LEAD or w.lower() in TITLE_WORDS or w in DEMONYMS)
    office = re.search(r"\b((?:[\w\-]+\s+)?[\w\-]+\s+of\s+(?:the\s+)?[A-Za-z][\w\-]+),\s*$", head)
    if office and any(w.lower() in TITLE_WORDS for w in office.group(1).split()[:2]):
        return re.sub(r"^(?:The|A|An|the|a|an)\s+", "", office.group(1))  # 'The president of
        # the Philippines, Ferdinand Marcos,'
    if len(name) >= 2 and word_before(text, run.start) in ("named", "called"):
        return ""  # 'a woman named Maria Santos'
    if len(name) >= 2 and _PRONOUN_NEXT.match(text, run.end):
        return ""  # 'One of them was Peter Otieno. He has three children.'
    copula = re.search(r"\b(?:[Tt]he\s+)?((?:[a-z\-]+\s+)?[a-z\-]+)\s+(?:is|was)\s+$", head)
    if len(name) >= 2 and copula and copula.group(1).split()[-1] in TITLE_WORDS:
        return copula.group(1)  # 'The head teacher is Grace Wanjiru.'

    before = words_before(text, run.start, 4)
    if before and before[-1].lower() in TITLE_WORDS:
        lead = [w for w in before if w.lower() in TITLE_LEAD or w.lower() in TITLE_WORDS
                or w in DEMONYMS]
        return " ".join(lead[-3:])
    if len(name) >= 2 and (word_after(text, run.end) in SPEECH_VERBS  # (or 'X, told')
                           or re.match(r",\s+(?:told|said|added)\b", window.after(text, run.end))
                           or word_before(text, run.start) in SPEECH_VERBS - _TO_SOMEONE):
        return ""
    return _appositive(text, run.end)


_PRONOUN_NEXT = re.compile(r"\.\s+(?:He|She)\s")
# A lower-case role, however long its organisation: 'X, head of the Federation of Icelandic
# Fishing Vessel Owners,'.
_ROLE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([a-z][\w\-]*(?:\s+[\w.'’\-]+){0,10}?)\s*,")
_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+)?((?:[\w.'’\-]+\s+){0,5}?[\w.\-]+)\s*,")


def _appositive(text: str, end: int) -> str | None:
    """'Janet Yellen, the U.S. Treasury Secretary, said' -> 'U.S. Treasury Secretary'."""
    match = _APPOSITIVE.match(text, end)
    if match and match.group(1).split()[-1].lower() in TITLE_WORDS:
        return match.group(1)
    if match and match.group(1)[0].islower() and match.group(1).split()[0] in TITLE_WORDS | {"leader"}:
        return match.group(1)  # 'Laurent Berger, head of the CFDT union,'
    role = _ROLE.match(text, end)
    if role and any(w in TITLE_WORDS for w in role.group(1).split()[:3]):
        return role.group(1)  # 'Sipho Ndlovu, the former mayor of the Ekurhuleni district,'
    works = _WORKS_AT.match(text, end)
    return works.group(1) if works else None  # 'Zhang Wei, a hydrologist at Tsinghua University,'


_WORKS_AT = re.compile(r",\s+an?\s+([a-z\-]+(?:\s+[a-z\-]+)?)\s+(?:at|with|for|from)\s+(?:the\s+)?[A-Z]")


def _people(found: list[Run], paragraphs: tuple[str, ...], labels: dict[int, str]) -> dict[str, Entity]:
    people: dict[str, Entity] = {}
    whole = "\n".join(paragraphs)
    firms = {run.text for run in found if acts_as_its(paragraphs[run.paragraph - 1], run)}
    for run in found:
        title, name = _split_title(run.tokens)
        text = paragraphs[run.paragraph - 1]
        if not _is_name(name) or title[-1:] == ["of"] or organisation_by_noun(text, run) \
                or firm_named_like_a_person(name) or " ".join(name) in firms:
            continue  # 'Mayor of Galway' names no person; 'the brewery Zlatá Kozel', 'Smith &
            # Sons', 'Morgan Stanley cut its forecast' a firm
        evidence = _person_evidence(run, text, title, name)
        if evidence is None and 2 <= len(name) <= 4 \
                and surname_used_alone(without(whole, " ".join(name)), name[-1]):
            evidence = ""  # 'Amos Cheruiyot won ...', then 'Cheruiyot, 27, told reporters'
        if evidence is None and given_name_first(run, name, text):
            evidence = ""  # 'Ignacio Corleto scored', 'four penalties from David Skrela'
        if evidence is None and 2 <= len(name) <= 3 and acts_as_his(text, run):
            evidence = ""  # 'Muttiah Muralitharan took four wickets ..., his best figures'
        if evidence is None or (len(name) == 1 and not evidence):
            continue
        _add_person(people, " ".join(name), evidence)
    for label in labels.values():
        title, name = _split_title(label.split())
        if _is_name(name):
            _add_person(people, " ".join(name), " ".join(title))
    people = _merge_short_names(people)
    _add_aliases(people, whole)
    addressed = honorifics(whole)
    by_last: dict[str, list[Run]] = {}  # runs by their last word: a name ends a run
    for run in found:
        by_last.setdefault(run.tokens[-1], []).append(run)
    for person in people.values():
        person.gender = gender(person.name, person.titles, person.aliases, addressed) \
            or _own_gender(person, by_last, paragraphs)
    return {p.id: p for p in people.values()}


def _own_gender(person: Entity, by_last: dict[str, list[Run]], paragraphs: tuple[str, ...]) -> str | None:
    """The gender the person's own clauses give ('Ndlovu had tried ... since his arrest'),
    when they all agree. `by_last`: the capitalised runs by their last word."""
    forms = set(person.forms())
    said = {own_gender(paragraphs[run.paragraph - 1], run)
            for last in {form.split()[-1] for form in forms} for run in by_last.get(last, ())
            if " ".join(_split_title(run.tokens)[1]) in forms}
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def _full_names_from(headlines: tuple[str, ...], people: dict[str, Entity]) -> dict[str, Entity]:
    """A one-word name that exactly one full name of the headline holds takes that name, and
    keeps the short one as an alias: the page then says who it is, the mentions stay found."""
    full_names = {" ".join(name) for run in runs(headlines)
                  for _title, name in [_split_title(run.tokens)] if _is_name(name) and len(name) > 1}
    renamed: dict[str, Entity] = {}
    for person in people.values():
        owners = sorted(full for full in full_names if _holds(full, person.name))
        if len(person.name.split()) == 1 and len(owners) == 1:
            person.aliases.insert(0, person.name)
            person.name = owners[0]
        renamed[person.id] = person
    return renamed


def _add_person(people: dict[str, Entity], name: str, title: str) -> None:
    person = people.setdefault(name, Entity("people", name))
    title = title.strip()
    relational = title.lower().split()[-1:] in (["counterpart"], ["adviser"])
    if title and title.lower() not in {t.lower() for t in person.titles} and not relational \
            and title.lower() not in _PLAIN_HONORIFICS:
        person.titles.append(title)


def _merge_short_names(people: dict[str, Entity]) -> dict[str, Entity]:
    """'Xi' (from 'President Xi') joins 'Xi Jinping' when exactly one full name holds it;
    so does 'Barth Eide' (a two-word surname) join 'Espen Barth Eide'."""
    longest = max((len(name.split()) for name in people), default=0)
    merged = {name: p for name, p in people.items() if len(name.split()) == longest}
    for name, person in sorted(people.items(), key=lambda item: -len(item[0].split())):
        if name in merged:
            continue
        owners = [p for full, p in merged.items() if _holds(full, name)]
        if len(owners) == 1:
            owners[0].titles.extend(t for t in person.titles if t not in owners[0].titles)
            if name not in owners[0].aliases:
                owners[0].aliases.append(name)
        elif not owners:
            merged[name] = person
    return merged


def _holds(full: str, short: str) -> bool:
    return f" {short} " in f" {full} " and full != short


def _add_aliases(people: dict[str, Entity], text: str) -> None:
    """Short forms the article uses alone: 'Kerry', 'Wang'; and 'President Biden'."""
    token_owners = Counter(t for name in people for t in set(name.split()))
    titles = [t.capitalize() for t in sorted(HONORIFICS) if t.capitalize() + " " in text]
    for name, person in people.items():
        tokens = name.split()
        if len(tokens) < 2:
            continue
        rest = _without(text, name)
        for token in tokens:
            alone = whole_words(rest, token)
            if alone and token_owners[token] == 1 and token not in NOT_NAME:
                person.aliases.append(token)
        for title in titles:
            for short in person.aliases[:]:
                form = f"{title} {short}"
                if whole_words(text, form, "") and form not in person.aliases:
                    person.aliases.append(form)


def _without(text: str, name: str) -> str:
    return text.replace(name, " ")


def _organisations(found: list[Run], paragraphs: tuple[str, ...], taken: set[str]) -> dict[str, Entity]:
    orgs: dict[str, Entity] = {}
    for run in found:
        tokens = [t for t in run.tokens]
        while tokens and tokens[0] in NOT_NAME:
            tokens.pop(0)
        tokens = _before_person(tokens, taken)
        text = " ".join(tokens)
        if not tokens or text in taken:
            continue
        after = paragraphs[run.paragraph - 1][run.end:run.end + 13].lower()
        if any(t.lower() in ORG_HEADS for t in tokens) and (len(tokens) > 1 or text in KNOWN_ORGS) \
                or text in KNOWN_ORGS or after.startswith(" news agency") \
                or organisation_by_noun(paragraphs[run.paragraph - 1], run) or text in AFFILIATIONS \
                or firm_named_like_a_person(tokens) or acts_as_its(paragraphs[run.paragraph - 1], run):
            kind = "news agency" if after.startswith(" news agency") else None
            _add_org(orgs, text, kind)
    return {o.id: o for o in orgs.values()}


def _add_institutions(orgs: dict[str, Entity], found: dict[str, list[str]]) -> None:
    """'the foreign ministry said' is the 'Foreign Ministry' named before, or a new organisation."""
    for name, forms in found.items():
        same = [o for o in orgs.values() if o.name.lower().endswith(name.lower())
                or name.lower().endswith(o.name.lower())]
        org = same[0] if len(same) == 1 else Entity("organisations", name)
        org.aliases.extend(f for f in forms if f not in org.forms())
        orgs.setdefault(org.id, org)


def _before_person(tokens: list[str], taken: set[str]) -> list[str]:
    """'AU Commission Chairperson Moussa Faki Mahamat' -> 'AU Commission': the organisation
    in a person's title, not the title and the name."""
    for index, token in enumerate(tokens):
        if token.lower() in TITLE_WORDS and " ".join(tokens[index + 1:]) in taken:
            while index and tokens[index - 1].lower() in TITLE_WORDS | TITLE_LEAD:
                index -= 1
            return tokens[:index]
    return tokens


def _add_org(orgs: dict[str, Entity], text: str, kind: str | None) -> None:
    for name, org in orgs.items():
        if name.endswith(" " + text) and text not in org.aliases:
            org.aliases.append(text)
            return
        if text.endswith(" " + name):
            org.aliases.append(org.name)
            org.name = text
            orgs[text] = orgs.pop(name)
            return
    orgs.setdefault(text, Entity("organisations", text, type=kind))


def _places(found: list[Run], paragraphs: tuple[str, ...], taken: set[str]) -> dict[str, Entity]:
    places: dict[str, Entity] = {}
    for run in found:
        tokens = run.tokens
        while tokens and tokens[0] in NOT_NAME:
            tokens = tokens[1:]
        text = " ".join(tokens)
        if not tokens or text in places or any(form in text for form in taken):
            continue
        kind = _place_type(text, tokens, paragraphs[run.paragraph - 1], run) \
            or place_type(text, tokens, paragraphs[run.paragraph - 1], run)
        if kind:
            places[text] = Entity("places", text, type=kind)
        if text in DEMONYMS and DEMONYMS[text] not in places:
            places[DEMONYMS[text]] = Entity("places", DEMONYMS[text], type="country")
    # 'the Iranian authorities' is where the article mentions Iran: the word is an alias.
    written = {run.text for run in found if run.text in DEMONYMS}
    for place in places.values():
        place.aliases = sorted(d for d, country in DEMONYMS.items() if country == place.name
                               and d[0].isupper() and ("." in d or d in written))
    return {p.id: p for p in places.values()}


def _place_type(text: str, tokens: list[str], paragraph: str, run: Run) -> str | None:
    if text in REGIONS:
        return "region"
    if text in COUNTRIES:
        return "country"
    if text in CITIES:
        return "city or region"
    # 'Beijing Hotel', 'Great Hall of the People'; not 'Secretary of State'.
    heads = [t.lower() for i, t in enumerate(tokens) if t.lower() in PLACE_HEADS and i
             and (i == len(tokens) - 1 or tokens[i + 1] == "of")]
    if heads:
        return heads[-1]
    if word_after(paragraph, run.end) in ("region", "province", "state"):
        return word_after(paragraph, run.end)
    return None


class _Taken:
    """Spans of a paragraph already given to a mention (disjoint, kept sorted): whether a new
    one is free is a bisection, not a look at every span taken (quadratic in a long paragraph)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        """Take [start, end) if no taken span overlaps it; whether it was free."""
        at = bisect.bisect_left(self.starts, end)  # spans from `at` on start at or after `end`
        if at and self.ends[at - 1] > start:
            return False
        self.starts.insert(at, start)
        self.ends.insert(at, end)
        return True


def _mentions(paragraphs: tuple[str, ...], entities: list[Entity]) -> list[Mention]:
    forms = sorted(((form, (e.kind, e.id)) for e in entities for form in e.forms()),
                   key=lambda item: -len(item[0]))
    found: list[Mention] = []
    for number, text in enumerate(paragraphs, 1):
        used = _Taken()
        for form, key in forms:
            for start in whole_words(text, form):
                end = start + len(form)
                if used.take(start, end):
                    found.append(Mention(number, start, end, key))
    return sorted(found, key=lambda m: (m.paragraph, m.start))
