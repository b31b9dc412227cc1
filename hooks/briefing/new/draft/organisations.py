"""Organisations: runs with an organisation word, known names, bodies named by a noun before
them ('the brewery Zlatá Kozel'), firms that act as 'its', institutions that speak."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.acronyms import spelled_by_initials
from briefing.new.draft.clauses import acts_as_its, firm_named_like_a_person, line_firm, speaks_with_which
from briefing.new.draft.entity import Entity
from briefing.new.draft.evidence import given_name_first, organisation_by_noun
from briefing.new.draft.firms import called_as_a_body, camel_case_firm, owned_as_a_firm, shares_in
from briefing.new.draft.gazetteer import is_city
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.institutions import ALIAS_ONLY_HEADS, name_guessed
from briefing.new.draft.lexicon import (
    BLOC_TAILS,
    BRANCHED_BODIES,
    CAPITALS,
    CENTRE_SERVICES,
    CITIES,
    CITY_GOVERNMENT_TAILS,
    CLUB_WORDS,
    COUNTRIES,
    DEMONYMS,
    EVENT_TAILS,
    FIRM_TAILS,
    FOREIGN_ORG_LEADS,
    KNOWN_ORGS,
    LOCAL_BODY_LEADS,
    MUNICIPAL_WORDS,
    NOT_NAME,
    ORDINALS,
    ORG_HEADS,
    ORG_NOUNS,
    PARLIAMENTS,
    PART_BODIES,
    PLACE_HEADS,
    PLACE_LEADS,
    PLACE_NOUNS,
    REGIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
    UNIT_WORDS,
)
from briefing.new.draft.names import UPPER, Run, irish_article, word_after
from briefing.new.draft.orgcontext import (
    airline,
    before_role_and_person,
    board_of,
    holds_a_board,
    holds_seats,
    listed_with,
    named_after_its_noun,
    named_before_its_kind,
    office_body,
    org_apposition,
    owns_a_player,
    side_named_short,
)
from briefing.new.draft.papers import quoted_paper, told_outlet
from briefing.new.draft.payees import paid_a_sum
from briefing.new.draft.placeevidence import ground_of_a_match
from briefing.new.draft.placewords import SPORTS_GROUNDS
from briefing.new.draft.subdivisions import is_subdivision
from briefing.new.draft.subnational import governs
from briefing.new.draft.teams import plays_a_match
from briefing.new.draft.titles import (
    TITLE_LEAD,
    church_body,
    initialism_firm,
    is_name,
    job_opening,
    national_body,
    national_of,
    placed_initials,
    shortened_before_a_name,
)
from briefing.new.draft.venues import house_as_venue

# The place words that open a building's or a square's name ('the Palacio Liévano', 'the Gare
# de Lyon'): where people work or meet, no body. (Not a mountain's: 'Cerro Porteño' is a club.)
_BUILDING_LEADS = frozenset(lead for lead, kind in PLACE_LEADS.items()
                            if kind in ("palace", "station", "stadium", "square"))

# The last words of a ground's name ('play Kaizer Chiefs at FNB Stadium' drafted a body 'FNB
# Stadium'): a place where sides play, whatever the sponsor's initials or a body's word before it
# ('the HFC Bank Stadium in Suva'; round 15, lead: a body).
_GROUND_TAILS = frozenset("Stadium Stadion Arena Velodrome Racecourse Speedway Ballpark".split())



def find_organisations(found: list[Run], paragraphs: tuple[str, ...], taken: set[str],
                       affiliations: set[str]) -> dict[str, Entity]:
    """`affiliations`: names that follow a person's 'of' in this article."""
    orgs: dict[str, Entity] = {}
    lower_words = set(re.findall(r"\b[a-z][\w\-]*", " ".join(paragraphs)))
    whole = "\n".join(paragraphs)
    # the openings of longer names ('Golden Steppe' of 'Golden Steppe Resources': the rules for
    # short forms below make it that body's alias)
    openings = {" ".join(run.tokens[:n]) for run in found for n in range(1, len(run.tokens))}
    for run in found:
        tokens = [t for t in run.tokens]
        while tokens and (tokens[0] in NOT_NAME and not irish_article(tokens)
                          and not _all_of_a_name(tokens, paragraphs[run.paragraph - 1], run)
                          or tokens[0] == "the" and len(tokens) < len(run.tokens)):
            tokens.pop(0)  # ('If the Latvian Council of Science approves': the run opens with 'If the')
        if len(tokens) > 2 and tokens[1] == "of" and tokens[0] in _GROUPS_OF:
            tokens = tokens[2:]  # 'Shares of Toyota Motor fell', 'Members of the Teachers Union'
            while tokens and tokens[0] in ("the", "The"):
                tokens.pop(0)
        if placed_initials(tokens):  # 'Africa CDC Director General Jean Kaseya': the body opens
            _add_org(orgs, " ".join(tokens[:2]), None)  # the person's title
            continue
        tokens = _before_person(_without_owner(tokens), taken)
        if len(tokens) >= 2 and tokens[-1] == run.tokens[-1] and tokens[-1].lower() not in TITLE_WORDS \
                and shortened_before_a_name(paragraphs[run.paragraph - 1], run.end, tokens[-1]):
            continue  # ('chaired by Council Chairman Eng. Mohammad Saleh Al-Kandari': an office and a
            # style before a name, no body; round 21)
        text = " ".join(tokens)
        office = _office_as_a_body(paragraphs[run.paragraph - 1], run, tokens) \
            or _office_institution(paragraphs[run.paragraph - 1], run, tokens)
        if not tokens or text in taken or _a_title_of(tokens) and not office or text in COUNTRIES \
                or ground_of_a_match(paragraphs[run.paragraph - 1], run, tokens) \
                or len(tokens) > 1 and tokens[0] in _BUILDING_LEADS \
                and not any(t.lower() in ORG_HEADS for t in tokens) \
                or len(tokens) > 1 and tokens[-1] in _GROUND_TAILS \
                or house_as_venue(paragraphs[run.paragraph - 1], run, tokens) \
                or len(tokens) > 2 and " ".join(tokens[-2:]) in SPORTS_GROUNDS \
                or re.match(r"-(?:based|born|headquartered|registered)\b",
                            paragraphs[run.paragraph - 1][run.end:run.end + 16]) is not None:
            continue  # ('the directors at the Palacio Liévano': a palace, where they meet;
            # 'Leeuwarden-based': where a body is, round 16)
        local = _LOCAL_HEAD.match(paragraphs[run.paragraph - 1], run.end)
        if local and len(tokens) <= 3 and text not in COUNTRIES:  # 'the Nordiska museet', 'Uppsala
            _add_org(orgs, f"{text} {local.group(1)}", None)  # universitet': the head in small letters
            continue
        named = _native_name_after(paragraphs[run.paragraph - 1], run, tokens)
        if named is not None:  # 'the Shining Path (Sendero Luminoso)': the body, its own name an alias
            _add_org(orgs, named[0], None)
            if named[0] in orgs and named[1] not in orgs[named[0]].aliases and named[1] not in taken:
                orgs[named[0]].aliases.append(named[1])
            continue
        after = paragraphs[run.paragraph - 1][run.end:run.end + 13].lower()
        if any(t.lower() in ORG_HEADS for t in tokens) and (len(tokens) > 1 or text in KNOWN_ORGS
                                                          or _the_body(paragraphs[run.paragraph - 1], run)) \
                or text in KNOWN_ORGS or after.startswith(" news agency") or _branch_of_known(tokens) \
                or office_body(tokens) or airline(tokens, whole) \
                or len(tokens) >= 3 and tuple(tokens[-2:]) in CITY_GOVERNMENT_TAILS \
                or len(tokens) >= 2 and (tokens[-1] in MUNICIPAL_WORDS or tokens[0] in MUNICIPAL_WORDS) \
                or _city_as_a_body(paragraphs[run.paragraph - 1], run, tokens) \
                or _owner_of_a_body(paragraphs[run.paragraph - 1], run, tokens) \
                or len(tokens) >= 2 \
                and _KNOWN_BY_INITIALS.match(paragraphs[run.paragraph - 1], run.end) is not None \
                or governs(tokens, paragraphs[run.paragraph - 1], run) \
                or len(tokens) > 1 and (tokens[0] in FOREIGN_ORG_LEADS or tokens[-1] in BLOC_TAILS
                                        or any(t in CLUB_WORDS for t in tokens)
                                        and tokens[-1].lower() not in PLACE_HEADS) \
                or organisation_by_noun(paragraphs[run.paragraph - 1], run) or text in affiliations \
                or _TICKER.match(paragraphs[run.paragraph - 1], run.end) is not None \
                or firm_named_like_a_person(tokens) or acts_as_its(paragraphs[run.paragraph - 1], run) \
                or line_firm(paragraphs[run.paragraph - 1], run) \
                or speaks_with_which(paragraphs[run.paragraph - 1], run) \
                or plays_a_match(paragraphs[run.paragraph - 1], run) \
                or quoted_paper(paragraphs[run.paragraph - 1], run) \
                or told_outlet(paragraphs[run.paragraph - 1], run, tokens, taken) \
                or named_before_its_kind(paragraphs[run.paragraph - 1], run, tokens) is not None \
                or holds_seats(paragraphs[run.paragraph - 1], run) \
                or (shares_in(paragraphs[run.paragraph - 1], run)
                    or called_as_a_body(paragraphs[run.paragraph - 1], run)) and text not in openings \
                or owned_as_a_firm(paragraphs[run.paragraph - 1], run) \
                or national_body(tokens) or national_of(tokens) or initialism_firm(tokens) \
                or church_body(tokens) or len(tokens) == 1 and _BANK_NAME.fullmatch(tokens[0]) is not None \
                or _research_centre(tokens) or office or camel_case_firm(tokens) or _branch_or_unit(tokens) \
                or _a_source_centre(paragraphs[run.paragraph - 1], run, tokens) \
                or len(tokens) >= 2 and tokens[-1] in EVENT_TAILS \
                and word_after(paragraphs[run.paragraph - 1], run.end) in SPEECH_VERBS \
                or _initials_of_a_body(paragraphs[run.paragraph - 1], run, tokens) \
                or _named_before_its_noun(paragraphs[run.paragraph - 1], run, tokens) \
                or _initials_acting(paragraphs[run.paragraph - 1], run) \
                or _initials_before_office(run, tokens) \
                or _short_form_after(paragraphs[run.paragraph - 1], run, tokens) \
                or spelled_by_initials(paragraphs[run.paragraph - 1], run, _NOT_BODIES) \
                or named_after_its_noun(paragraphs[run.paragraph - 1], run) \
                or len(tokens) <= 3 and text not in _NOT_BODIES and text not in openings \
                and (holds_a_board(whole, text) or paid_a_sum(whole, text)
                     or board_of(paragraphs[run.paragraph - 1], run) and not is_subdivision(text)) \
                or len(tokens) >= 2 and given_name_first(run, tokens, paragraphs[run.paragraph - 1]) \
                and any(owns_a_player(whole, form) for form in (text, tokens[0])) \
                or before_role_and_person(paragraphs[run.paragraph - 1], run, taken, lower_words,
                                          paragraphs):
            kind = "news agency" if after.startswith(" news agency") else None
            _add_org(orgs, text, kind)
            party = named_before_its_kind(paragraphs[run.paragraph - 1], run, tokens)
            if party and text in orgs and not text.isupper() and f"{text} {party}" not in orgs[text].aliases:
                orgs[text].aliases.append(f"{text} {party}")  # 'Isamaa party', as a reader may write it
            initials = _KNOWN_BY_INITIALS.match(paragraphs[run.paragraph - 1], run.end)
            if initials and text in orgs and initials.group(1) not in orgs[text].aliases:
                orgs[text].aliases.append(initials.group(1))  # 'known by its Albanian acronym SPAK'
            bracket = _SHORT_FORM.match(paragraphs[run.paragraph - 1], run.end)
            if bracket and text in orgs and bracket.group(1) not in orgs[text].aliases \
                    and bracket.group(1) not in taken:  # 'Mozambique National Resistance (Renamo)'
                orgs[text].aliases.append(bracket.group(1))
            short = tokens[0]
            if len(tokens) >= 2 and short not in taken and owns_a_player(whole, short):
                org = next(o for o in orgs.values() if text in o.forms())
                if short not in org.aliases:
                    org.aliases.append(short)  # 'Vasco' for 'Vasco da Gama', as the article writes it
    for index, run in enumerate(found):  # "the Norwegian Fishermen's Association, Norges Fiskarlag,"
        left = org_apposition(found, index, paragraphs)
        owner = orgs.get(re.sub(r"^The\s+", "", left.text)) if left else None
        if owner is not None and run.text not in owner.aliases and run.text not in taken:
            owner.aliases.append(run.text)
    for run in found:  # (once more: a name listed with one found above)
        text = re.sub(r"^(?:(?:The|A|An)\s+)+", "", run.text)  # 'The Liberal Union and the ...'
        if text not in orgs and text not in taken and len(run.tokens) <= 4 and text not in NOT_NAME \
                and not any(" ".join(run.tokens[-n:]) in taken for n in (1, 2, 3)) \
                and listed_with(paragraphs[run.paragraph - 1], run, set(orgs)):  # (not 'Mining
            # Minister Ganbaatar Dorj and Marubeni's chief executive': a person's title and name;
            # nor a word alone that opens sentences: 'The' of 'The agency said', round 15, lead: a
            # body 'The', the speaker of the agency's words)
            _add_org(orgs, text, None)
    _full_names(orgs, found, taken)
    _bodies_within(orgs, taken)
    _sides_named_in_full(orgs, found, taken, whole)
    _short_forms(orgs, found, taken)
    _clubs_named_short(orgs, found, taken)
    _scoped_names(orgs, "\n".join(paragraphs))
    return {o.id: o for o in orgs.values()}


_FIRM_ENDS = FIRM_TAILS | {"bank"}
_JOINING = frozenset("of the for and de del".split())
_NOT_BODIES = frozenset(COUNTRIES | CITIES | REGIONS)


# A bank named in one word ending in its trade ('borrow the rest from Kiwibank' drafted a place;
# 'Rabobank', 'Sberbank', 'Swedbank', 'Handelsbanken', 'Landsbankinn'; round 15, lead); not a
# river's or a shore's ('Eastbank', 'Millbank', 'Sandbank').
_BANK_NAME = re.compile(r"(?!(?:East|West|North|South|Mill|Sand|River|Lake|Sea|Red|Long|High)bank)"
                        r"[A-Z][a-zà-ÿ]{2,}(?:bank|banken|bankinn|banka|banco)")


_WHERE_BEFORE = re.compile(r"\b(?:in|at|to|into|near|from|inside|outside|across|around|of)\s+(?:the\s+)?$")


def _city_as_a_body(text: str, run: Run, tokens: list[str]) -> bool:
    """'paid for by the State, the region and the City of Rouen', 'The City of Cape Town said': a
    town's government named 'City of' and the town (a town of the lists or the gazetteer), where
    it is no place something happens in ('lives in the City of London'), is a body, as the
    Municipality of X is (round 18, geo-r18: nothing was drafted, or a place)."""
    return len(tokens) >= 3 and tokens[:2] == ["City", "of"] \
        and (" ".join(tokens[2:]) in CITIES or is_city(" ".join(tokens[2:]))) \
        and _WHERE_BEFORE.search(window.before(text, run.start)) is None


def _all_of_a_name(tokens: list[str], text: str, run: Run) -> bool:
    """'the All Progressives Congress', 'the All England Club', 'All India Radio reported': 'All'
    opens a body's name after 'the' or before a country, then a body's word closes it (round 15,
    lead: 'Progressives Congress', 'England Club' were drafted); not 'All Ministry of Health staff'."""
    if tokens[0] != "All" or len(tokens) < 3 or tokens[-1].lower() not in ORG_HEADS:
        return False
    the = len(tokens) == len(run.tokens) - 1 and run.tokens[0] == "The" \
        or text[max(0, run.start - 4):run.start].lower() == "the "
    return the or tokens[1] in COUNTRIES


def _bodies_within(orgs: dict[str, Entity], taken: set[str]) -> None:
    """'the General Synod of the Evangelical Lutheran Church of Finland', 'the Executive Board of
    the World Health Organization': a body's word, 'of the' and another body's name name two
    bodies, one part of the other. The draft keeps the whole name (with its opening as a short
    form: 'General Synod') and drafts the second body on its own; 'Bank of the Philippine
    Islands', 'Ministry of the Interior', 'the Food and Agriculture Organization of the United
    Nations' name one (lexicon.PART_BODIES: the words of bodies within bodies)."""
    for name, org in list(orgs.items()):
        head, joint, rest = name.partition(" of the ")
        words = rest.split()
        if not joint or head.split()[-1].lower() not in PART_BODIES or rest in taken \
                or any(rest in other.forms() for other in orgs.values()) \
                or not (any(w.lower() in ORG_HEADS for w in words) or church_body(words)
                        or rest in KNOWN_ORGS):
            continue
        if len(head.split()) >= 2 and head not in taken and head not in org.aliases:
            org.aliases.append(head)
        orgs[rest] = Entity("organisations", rest)
        spelled = "".join(w[0] for w in name.split() if w[:1].isupper())
        for short in [a for a in org.aliases if re.fullmatch(r"[A-Z]{2,9}", a) and a != spelled]:
            org.aliases.remove(short)  # 'the Disciplinary Tribunal of the Uruguayan Football
            orgs[rest].aliases.append(short)  # Association (AUF)': initials after the second
            # body's name are its own, unless they spell the whole (round 16: the tribunal took 'AUF')


# A club's word opening its name, which copy drops after the first mention ('Atlético Paso Molino',
# then 'The win lifts Paso Molino to fourth').
_CLUB_LEADS = frozenset("Atlético Atletico Deportivo Club Clube Real Sporting Racing CA CD FC SC AC".split())


def _clubs_named_short(orgs: dict[str, Entity], found: list[Run], taken: set[str]) -> None:
    """'Atlético Paso Molino' ... 'The win lifts Paso Molino to fourth': the club's name without its
    club's word, written alone, is that club (round 16: the short form was no one's); two words at
    least, and no city's or country's name ('Deportivo Cali' is no 'Cali', 'Fans in Cali')."""
    written = {re.sub(r"^(?:The|the)\s+", "", run.text) for run in found}
    for org in list(orgs.values()):
        words = org.name.split()
        rest = " ".join(words[1:])
        if len(words) < 3 or words[0] not in _CLUB_LEADS or rest not in written or rest in taken \
                or rest in orgs or rest in org.aliases or rest in CITIES or rest in COUNTRIES \
                or rest in CAPITALS or not words[1][:1].isupper():
            continue
        org.aliases.append(rest)


def _short_forms(orgs: dict[str, Entity], found: list[Run], taken: set[str]) -> None:
    """'Cambrian Tinplate will close ...' then 'Cambrian Tinplate Company, which ...': a name of
    two words or more that another organisation's name holds but for its last word, a firm's
    word ('Company', 'Bank', 'Group'), is that organisation written short; not a foundation's or
    an association's ('Rotterdam Marathon' is the race the 'Rotterdam Marathon Foundation' runs)."""
    by_short = {" ".join(name.split()[:-1]): org for name, org in orgs.items()
                if len(name.split()) >= 3 and name.split()[-1].lower() in _FIRM_ENDS}
    for run in found:
        tokens = run.tokens
        while tokens and tokens[0] in NOT_NAME:
            tokens = tokens[1:]
        text = " ".join(tokens)
        org = by_short.get(text)
        if org is not None and len(tokens) >= 2 and text not in taken and text not in orgs \
                and text not in org.aliases:
            org.aliases.append(text)


# Compass words before a region ('East Africa', 'Southern Africa').
_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())


def _scoped_names(orgs: dict[str, Entity], whole: str) -> None:
    """'the Board of Control for Cricket in Sri Lanka', 'the Centre for Electoral Studies in
    Moldova': a body named for a field of work, then 'in' and a country or region, is often
    named with its country; the draft takes the long name, keeps the short one as an alias and
    says the doubt ('in Moldova' may only say where the body is). A city after 'in' ('... for
    Archaeology in Mainz') says where it is; the name stays as it is."""
    for name, org in list(orgs.items()):
        if " for " not in name or re.search(r"\sin\s", name):
            continue
        after = re.search(rf"(?<![\w\-]){re.escape(name)}\s+in\s+"
                          r"((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)", whole)
        place = _country_or_region(after.group(1)) if after else None
        if place is None or any(f"{name} in {place}" in o.forms() for o in orgs.values()):
            continue
        long = f"{name} in {place}"
        org.aliases.insert(0, org.name)
        org.name = long
        _rename(orgs, name, long)
        if _initials_hold(long, whole):
            continue  # '... in Uganda (COCTU)': the initials hold the place, no doubt
        org.doubt["name"] = (f"The article writes '{long}': 'in {place}' may be part of the name or "
                             f"only say where '{name}' is. Check the body's own name.")


def _rename(orgs: dict[str, Entity], old: str, new: str) -> None:
    """Key `old` becomes `new`, in its place (the drafts keep their order)."""
    items = [(new if key == old else key, org) for key, org in orgs.items()]
    orgs.clear()
    orgs.update(items)


def _initials_hold(long: str, whole: str) -> bool:
    """'... Trypanosomiasis in Uganda (COCTU)': initials in brackets after the long name that
    count as many capitals as its words."""
    after = re.search(rf"{re.escape(long)}\s+\(([A-Z][A-Za-z&]{{1,9}})\)", whole)
    return after is not None and sum(c.isupper() for c in after.group(1)) \
        == sum(w[:1].isupper() for w in long.split())


def _country_or_region(words: str) -> str | None:
    """The longest opening of `words` that is a country or a region ('Sri Lanka on Friday' ->
    'Sri Lanka'; 'East Africa' with a compass word)."""
    tokens = words.split()
    for end in range(len(tokens), 0, -1):
        text = " ".join(tokens[:end])
        rest = " ".join(tokens[1:end])
        if text in COUNTRIES or text in REGIONS or end >= 2 and tokens[0] in _COMPASS \
                and (rest in REGIONS or rest in COUNTRIES):
            return text
    return None


def _full_names(orgs: dict[str, Entity], found: list[Run], taken: set[str]) -> None:
    """'River president Jorge Brito' and 'from River Plate': a one-word organisation that the
    article also writes as the start of exactly one longer name nobody else took is that name."""
    by_first: dict[str, set[str]] = {}  # first word -> the longer names it opens (one pass)
    for run in found:
        if 2 <= len(run.tokens) <= 3 and run.text not in taken and run.text not in orgs \
                and run.tokens[-1].lower() not in TITLE_WORDS:  # (not 'WHO Director-General')
            by_first.setdefault(run.tokens[0], set()).add(run.text)
    for name in orgs:  # 'Dinamo' beside the organisation 'Dinamo Riga' (a club word makes both)
        if 2 <= len(name.split()) <= 3 and name not in taken:
            by_first.setdefault(name.split()[0], set()).add(name)
    for name, org in list(orgs.items()):
        if len(name.split()) != 1:
            continue
        longer = set(by_first.get(name, ()))
        if len(longer) == 1:
            full = longer.pop()
            if full in orgs:
                del orgs[name]
                orgs[full].aliases.extend(form for form in org.forms() if form not in orgs[full].forms())
                continue
            org.aliases.append(org.name)
            org.name = full
            orgs[org.name] = orgs.pop(name)


def _sides_named_in_full(orgs: dict[str, Entity], found: list[Run], taken: set[str], whole: str) -> None:
    """'Mamelodi Sundowns came from behind ...', then 'Sundowns coach Miguel Cardoso': a side
    written short before its staff's roles (orgcontext.side_named_short) is the one two-word name
    of the article that ends with it; the draft takes the full name and keeps the short one as an
    alias ('Orlando Pirates' and 'Pirates')."""
    for name, org in list(orgs.items()):
        if len(name.split()) != 1 or not side_named_short(whole, name):
            continue
        longer = {run.text for run in found if len(run.tokens) == 2 and run.tokens[-1] == name
                  and run.tokens[0] not in NOT_NAME and run.tokens[0] not in DEMONYMS
                  and run.tokens[0].lower() not in TITLE_WORDS | TITLE_LEAD
                  and run.text not in taken}
        located = [other for key, other in orgs.items() if key != name
                   and re.fullmatch(rf"\S+ {re.escape(name)} of [A-Z].*", other.name)]
        if not longer and len(located) == 1:  # 'Club Phoenix of Valparaíso', then 'Phoenix coach
            # Ignacia Bravo' (round 15, lead: two bodies): the side named with where it is from
            located[0].aliases.extend(form for form in org.forms() if form not in located[0].forms())
            del orgs[name]
            continue
        if len(longer) != 1:
            continue
        full = longer.pop()
        if full in orgs:
            continue
        org.aliases.insert(0, org.name)
        org.name = full
        _rename(orgs, name, full)


# 'U R Rao Satellite Centre', 'Centre for Policy Studies': a centre of a field of work is a body
# of people, not a building ('Accra International Conference Centre' is a place).
_FIELDS = frozenset("Research Space Satellite Science Sciences Medical Cancer Study Studies Policy "
                    "Health Data Innovation Technology Astronomy Astrophysics Climate "
                    # round 14: 'the International Center for Tropical Agriculture'
                    "Agriculture Agricultural Forestry Fisheries Development Environmental".split())


# Kinds of research station, the word before 'Station' ('the Polish Polar Station Hornsund', 'the
# Mpala Research Station', 'the Rothamsted Experimental Station'): a station of research is a body
# (round 16: 'Two researchers from the Polish Polar Station Hornsund' drafted nothing).
_STATION_KINDS = frozenset("Research Polar Biological Field Marine Experimental Agricultural Antarctic "
                           "Arctic Seismological Meteorological Ecological Zoological".split())


def _research_centre(tokens: list[str]) -> bool:
    if "Station" in tokens[1:] and tokens[tokens.index("Station") - 1] in _STATION_KINDS:
        return True
    if tokens[-1] in ("Centre", "Center") and len(tokens) >= 2:
        return tokens[-2] in _FIELDS | CENTRE_SERVICES or tokens[-2].endswith(("s'", "s’"))
        # ("the Metropolitan Bus Operators' Centre": a centre of its members is a body)
    return any(head in tokens[:-1] and tokens[tokens.index(head) + 1:][:1] == [link]
               for head, link in (("Centre", "for"), ("Center", "for"), ("School", "of"),
                                  ("School", "for"))) \
        and any(t in _FIELDS for t in tokens)  # 'National School of Public Health': a school of a field


def _a_source_centre(text: str, run: Run, tokens: list[str]) -> bool:
    """'according to the Punjab Remote Sensing Centre': a centre or an observatory a figure is
    sourced to is a body that counts, no building (round 15: a place of type 'centre')."""
    return len(tokens) >= 2 and tokens[-1] in ("Centre", "Center", "Observatory", "Laboratory") \
        and re.search(r"\baccording\s+to\s+(?:the\s+)?$", window.before(text, run.start)) is not None


def _office_as_a_body(text: str, run: Run, tokens: list[str]) -> bool:
    """'The count was supported by the Governor of Svalbard, whose office provided a helicopter':
    an office of a place, no one named holding it, with an office of its own that acts, is a body
    (round 16: nothing was drafted); not 'the Governor of Kano, Abdullahi Ganduje,' (a person)."""
    return len(tokens) >= 3 and tokens[1] == "of" and tokens[0].lower() in TITLE_WORDS \
        and re.match(r"(?:,\s+whose|['’]s)\s+office\b", text[run.end:run.end + 20]) is not None


# Offices a state's law makes institutions, told as acting bodies ('audits carried out by the
# Auditor General', 'the Director of Public Prosecutions dropped the case').
_OFFICE_INSTITUTIONS = frozenset((
    "Auditor General;Auditor-General;Comptroller and Auditor General;Comptroller General;Controller and "
    "Auditor General;Inspector General of Government;Director of Public Prosecutions;Public Protector;"
    "Registrar General;Registrar-General;Accountant General;Accountant-General").split(";"))


def _office_institution(text: str, run: Run, tokens: list[str]) -> bool:
    """'audits carried out by the Auditor General had found', 'The Director of Public Prosecutions
    dropped the case': an office a state's law makes an institution (_OFFICE_INSTITUTIONS), after
    'the' and with no holder named after it, is a body (round 19: nothing was drafted; the
    answers of the dev sets list the Auditor General as an organisation). Not 'the Auditor
    General, Ms X,' nor 'Auditor General John Muwanga' (a person's title)."""
    name = " ".join(tokens)
    if name not in _OFFICE_INSTITUTIONS or len(run.tokens) != len(tokens) + (run.tokens[0] == "The"):
        return False
    before = window.before(text, run.start)
    return (run.tokens[0] == "The" or re.search(r"\bthe\s+$", before) is not None) \
        and not re.match(r",?\s+(?:(?:Mr|Mrs|Ms|Dr|Hon)\.?\s+)?[A-Z][a-z]", text[run.end:run.end + 30])


def _a_title_of(tokens: list[str]) -> bool:
    """'Director of Veterinary Services', 'Commissioner of Police', 'Minister of Finance': a
    person's title, then 'of' and the field of a department, names the office a person holds, not
    a body (the body is the 'Department of Veterinary Services'); not 'Council of Europe'."""
    return len(tokens) >= 3 and tokens[1] in ("of", "for") and tokens[0].lower() in TITLE_WORDS \
        and tokens[0].lower() not in ORG_HEADS  # (round 15: 'the Minister for Local Government,
    # Mr. Neil Blaney,' drafted a body 'Minister for Local Government')


def _without_owner(tokens: list[str]) -> list[str]:
    """"Ghana's National Communications Authority" -> 'National Communications Authority': a
    country's or city's possessive before a body's name says whose body it is, not its name."""
    owner = re.fullmatch(r"(.+)['’]s", tokens[0]) if len(tokens) >= 3 else None
    if owner and owner.group(1) not in COUNTRIES and tokens[1] in LOCAL_BODY_LEADS:
        return [owner.group(1), *tokens[1:]]  # "Riga's Freeport Authority" -> 'Riga Freeport
        # Authority': a town's own port or council, named for it
    return tokens[1:] if owner and owner.group(1) in COUNTRIES | CITIES else tokens


def _branch_or_unit(tokens: list[str]) -> bool:
    """'Bolivian Red Cross' (a national branch of a body known by its name), 'Third Division', '82nd
    Airborne Division' (a military unit, an ordinal first)."""
    return len(tokens) >= 3 and " ".join(tokens[-2:]) in BRANCHED_BODIES \
        or len(tokens) >= 2 and (tokens[-1] in UNIT_WORDS or tokens[-1] == "Circuit") \
        and (tokens[0] in ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", tokens[0]) is not None)


def _branch_of_known(tokens: list[str]) -> bool:
    """'Greenpeace Australia Pacific', 'Amnesty International UK': a known organisation's name,
    then where its branch works; not 'UN Secretary-General' (a title)."""
    return len(tokens) >= 2 and tokens[0] in KNOWN_ORGS - PARLIAMENTS and len(tokens[0]) > 3 \
        and not any(t.lower() in TITLE_WORDS or t.lower() in TITLE_LEAD for t in tokens)


def add_institutions(orgs: dict[str, Entity], found: dict[str, list[str]], whole: str) -> None:
    """'the foreign ministry said' is the 'Foreign Ministry' named before, or a new organisation
    (its name a guess when the article writes only common nouns: `whole` is the article)."""
    for name, forms in found.items():
        same = [o for o in orgs.values() if o.name.lower().endswith(name.lower())
                or name.lower().endswith(o.name.lower())]
        if not same and name.split()[-1].lower() in ALIAS_ONLY_HEADS and all(f == f.lower() for f in forms):
            continue  # 'the harbour board': a form of a body named before, or none drafted (not
            # "Rønne's harbour board": the town's own)
        org = same[0] if len(same) == 1 else Entity("organisations", name)
        if not same and all(form == form.lower() for form in forms) \
                and not any(re.search(rf"\b[a-z]+['’]s\s+{re.escape(form)}\b", whole) for form in forms) \
                or not same and name_guessed(forms):  # "Uzbekistan's state power company"
            message = _OWNED_NOUN if name_guessed(forms) else _COMMON_NOUN
            org.doubt.setdefault("name", message.format(written=forms[0]))
        org.aliases.extend(f for f in forms if f not in org.forms())
        orgs.setdefault(org.id, org)


# 'the national police said', 'the regional government decided': a body the article names only
# with common nouns, no place's name with them (a capitalised one, or "Rio de Janeiro state's"),
# is drafted (it speaks and acts) but with its name as a guess.
_COMMON_NOUN = ("The article names this body only in lower case ('{written}'), with common nouns, "
                "not a name: check which body it is and name it, or leave it out.")
_OWNED_NOUN = ("The article names this body only by whose it is and common nouns ('{written}'), not by "
               "its own name: the name drafted is a guess. Check which body it is and name it.")


# A listed company's ticker in brackets after its name: 'Nvidia (NVDA.O)', 'Toyota Motor (7203.T)',
# 'Apple (NASDAQ: AAPL)', 'Tata Steel (NSE:TATASTEEL)'.
# (a bare 'AAPL' is no ticker: '(COCTU)' spells a body's initials)
_TICKER = re.compile(r"\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|LON|TSX|ASX|NSE|BSE|HKEX|SGX|JSE|TYO|ETR|EPA|"
                     r"BIT|BME|SWX|KRX|TWSE|OTC|OTCQX)\s*:\s*[A-Z0-9]{1,10}(?:\.[A-Z]{1,2})?"
                     r"|(?:[A-Z]{1,6}|\d{4,6})\.[A-Z]{1,2})\)")
# Capitalised nouns opening a sentence before 'of' and a body: 'Shares of Toyota Motor fell'.
_GROUPS_OF = frozenset("Shares Sales Members Officials Workers Staff Employees Supporters Fans Leaders "
                       "Residents Customers Investors Executives Representatives Delegates Students "
                       "Parents Relatives Families Lawyers Spokesmen Critics Rebels Fighters Troops Soldiers "
                       "Militants Activists "
                       # round 16 (lead, r16b after its end score): 'Shareholders of Anadolu Ticaret
                       # Bankası', a photo's 'Courtesy of the Korea Aerospace Research Institute'
                       "Shareholders Holders Creditors Depositors Courtesy Clients Owners".split())


_OFFICE_LEADS = frozenset("regional country resident permanent".split())


def _initials_before_office(run: Run, tokens: list[str]) -> bool:
    """'the NHS Chief Executive', 'WHO Regional Director for ...': initials before an office
    held there are the body's (the office was cut from them: _before_person)."""
    words = [t for t in run.tokens if t not in NOT_NAME]
    return len(tokens) == 1 and len(words) >= 2 and words[0] == tokens[0] and tokens[0].isupper() \
        and tokens[0].isalpha() \
        and tokens[0] not in COUNTRIES and tokens[0] not in _NOT_A_BODYS_INITIALS \
        and words[1].lower() in TITLE_LEAD | _OFFICE_LEADS | TITLE_WORDS


def _before_person(tokens: list[str], taken: set[str]) -> list[str]:
    """'AU Commission Chairperson Moussa Faki Mahamat' -> 'AU Commission': the organisation
    in a person's title, not the title and the name; 'WHO Director-General' (after the person's
    name, in apposition) -> 'WHO'."""
    if office_body(tokens):
        return tokens  # 'the Health Service Executive said' (lead 13: was 'Health Service')
    if len(tokens) >= 3 and tokens[0].isupper() and tokens[0].isalpha() and len(tokens[0]) >= 2:
        # 'WHO Regional Director for the Eastern Mediterranean', 'UNICEF Representative in Sudan':
        # the body's initials, then an office held there (lead 13: the office was the body's name)
        for index in range(1, len(tokens)):
            if tokens[index].lower() not in TITLE_LEAD | _OFFICE_LEADS | TITLE_WORDS:
                break
            if tokens[index].lower() in TITLE_WORDS \
                    and (index + 1 == len(tokens) or tokens[index + 1] in ("for", "of", "in", "to", "at")):
                return tokens[:1]
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower() in TITLE_WORDS | TITLE_LEAD:
        end -= 1
    if is_name(tokens[-2:]) and any(a == "Cabinet" and b in ("Secretary", "Minister")
                                    for a, b in zip(tokens, tokens[1:], strict=False)):
        return []  # 'Labour Cabinet Secretary Alfred Mutua': Kenya's minister, an office, no body
        # 'Labour Cabinet'
    if end < len(tokens) and tokens[end - 1].lower() not in _JOINING and (
            " ".join(tokens[:end]) in KNOWN_ORGS or tokens[end - 1].lower() in ORG_HEADS):
        return tokens[:end]
    if " ".join(tokens[1:]) in taken and job_opening(tokens):
        return []  # 'Singer Michelle Branch': a trade and a person, though 'Branch' heads bodies
    for index, token in enumerate(tokens):
        if token.lower() in TITLE_WORDS and " ".join(tokens[index + 1:]) in taken:
            while index and tokens[index - 1].lower() in TITLE_WORDS | TITLE_LEAD \
                    and tokens[index - 1].lower() not in ORG_HEADS \
                    and not (index >= 2 and tokens[index - 2] == "of"):  # 'Reform Party MP X'; not
                index -= 1  # the field of 'Ministry of Health Director General X'
            if index >= 1 and tokens[index - 1] == "of":
                index += 1
            return tokens[:index]
    return tokens


def _add_org(orgs: dict[str, Entity], text: str, kind: str | None) -> None:
    if any(text in org.aliases for org in orgs.values()):
        return  # a form of one found already ('Liberal Union' of 'The Liberal Union')
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



# 'the SIRESP network, run by a private consortium', 'the KWS agency': initials, then a noun for a body.
# (not a side: 'the USA team', 'the UK side' are a country's)
_BODY_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(ORG_NOUNS - {"team", "side", "club"})) + r")\b")


# Nouns of a body after which the body's own name comes ('the regional branch of Uzneftmahsulot').
_PART_OF = re.compile(r"\b(?:branch|branches|subsidiary|subsidiaries|division|affiliate|arm|chapter|"
                      r"offices?|unit|wing|members|shareholders|owners)\s+of\s+$")
_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(ORG_NOUNS - {"team", "side", "club", "group", "chain",
                                                                    "network", "bloc", "lobby", "union"}))
                         + r")\b")  # (not 'the Soviet union')


def _named_before_its_noun(text: str, run: Run, tokens: list[str]) -> bool:
    """'representatives of the Uzpakhtasanoat association', 'the Kazmunaigas company': one to three
    capitalised words after 'the', then a body's noun in small letters, are that body's name; and
    'the regional branch of Uzneftmahsulot': a name after a body's part ('branch of') is the body's
    (round 21, r20b uz-fergana: neither was drafted). Not a place's, a country's, a nationality's or
    a person's name ('the Tokyo company', 'the French company', 'the Smith family')."""
    if not 1 <= len(tokens) <= 3 or tokens != run.tokens[len(run.tokens) - len(tokens):] \
            or any(t in COUNTRIES or t in CITIES or t in NOT_NAME or is_city(t)
                   or any(part in DEMONYMS for part in t.split("-"))  # ('the French-Jordanian company')
                   or t.lower() in TITLE_WORDS | PLACE_HEADS | ORG_NOUNS for t in tokens) \
            or is_given_name(tokens[0]) or is_subdivision(" ".join(tokens)):
        return False
    before = text[max(0, run.start - 40):run.start]
    opened = len(run.tokens) > len(tokens) and run.tokens[len(run.tokens) - len(tokens) - 1] in ("The", "the")
    return (opened or re.search(r"\bthe\s+$", before) is not None) \
        and _NOUN_AFTER.match(text, run.end) is not None \
        or len(run.tokens) == len(tokens) and _PART_OF.search(before) is not None \
        and re.match(r"\s*(?:[,.;:)]|$)|\s+(?:to|in|and|which|who|was|is|has|had|will|would)\b",
                     text[run.end:run.end + 12]) is not None


def _initials_of_a_body(text: str, run: Run, tokens: list[str]) -> bool:
    """'the KWS agency', and where the run holds more ('The GMB union, which ..., said', 'Members
    of the RMT union walked out': round 15, lead, nothing drafted): initials after 'the', then a
    body's noun."""
    initials = tokens[0] if len(tokens) == 1 else ""
    start = run.end - len(initials)
    return text[start:run.end] == initials and text[max(0, start - 4):start].lower() == "the " \
        and initials.isupper() and 2 <= len(initials) <= 8 \
        and initials.isalpha() and initials not in COUNTRIES and initials not in CITIES \
        and _BODY_NOUN_AFTER.match(text, run.end) is not None


# Initials that act as a body does (lead 13: 'BHP said', "BHP's president of minerals",
# 'offered by BHP', 'Shares in BHP' drafted nothing): they speak, own an office or shares, or make
# an offer; not an office's or a person's initials ('the PM said', 'an MP said', 'JFK said').
_ACTS_AFTER = re.compile(r"(?:\s+(?:said|says|told|announced|reported|confirmed|declined|denied|added|"
                         r"posted|warned|agreed|offered|plans|expects)\b"
                         r"|['’]s\s+(?:[a-z\-]+\s+){0,2}?(?:president|chief|chairman|chairwoman|chair|"
                         r"spokesman|spokeswoman|spokesperson|head|director|board|shares|shareholders|"
                         r"executive|founder|owner|workers|staff|employees|union|profit|revenue|results)\b)")
_ACTS_BEFORE = re.compile(r"\b(?:[Ss]hares\s+(?:in|of)|offered\s+by|owned\s+by|run\s+by|operated\s+by|"
                          r"bought\s+by|a\s+spokes(?:man|woman|person)\s+for)\s+$")
_NOT_A_BODYS_INITIALS = frozenset("PM MP MPs CEO CFO COO CTO GM DJ MC TV PR HR IT AI OK US UK EU USA "
                                  "UAE".split())


def _initials_acting(text: str, run: Run) -> bool:
    if not (len(run.tokens) == 1 and run.text.isupper() and run.text.isalpha() and 2 <= len(run.text) <= 6
            and run.text not in COUNTRIES and run.text not in CITIES
            and run.text not in _NOT_A_BODYS_INITIALS | _NOT_A_BODYS_OWN
            and run.text not in NOT_NAME and run.text.lower() not in TITLE_WORDS):
        return False
    before = text[max(0, run.start - 40):run.start]
    return _ACTS_AFTER.match(text, run.end) is not None \
        or _ACTS_BEFORE.search(text, max(0, run.start - 30), run.start) is not None \
        or _BODY_NOUN_BEFORE.search(before) is not None and _LONE_AFTER.match(text, run.end) is not None \
        or re.search(r"\b(?:the|a|an)\s+[a-z]+['’]s\s+$", before) is not None \
        and _LONE_AFTER.match(text, run.end) is not None \
        or re.search(r"\bthe\s+$", before) is not None and _ACTS_AFTER_THE.match(text, run.end) is not None


# Initials that act, after 'the' ('the TTCB need to pick that boy', 'the ÖVP and the FPÖ opposed the
# plan'), after a body's noun ("the local hunters' and fishermen's association KNAPK, who asked",
# "Fishers' organisation KNAPK will sit"), or owned by someone ('voted with the mayor's KPÖ,'):
# a body's (round 21: r20b tt-cricket, r20a graz, r19a denmark, r21a gl-arctic drafted nothing).
# Not initials of a thing ('the country's GDP', 'the MoU will', 'the firm's AGM').
_ACTS_AFTER_THE = re.compile(rf"\s+(?:need|needs|must|should|will|would|wants|want|has|have|had|voted|"
                             rf"opposed|backed|supported|rejected|urged|demanded|called|is|are|was|were|"
                             rf"can|could|did|does)\b|\s+and\s+the\s+[{UPPER}]{{2,6}}\b")
_BODY_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ORG_NOUNS)) + r")\s+$")
_LONE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:will|would|has|have|had|is|are|was|were|said|says|asked|"
                         r"wants|and|which|who|must|should|can|could)\b")
_NOT_A_BODYS_OWN = frozenset("GDP GNP VAT AGM EGM IPO MOU MoU NDA ID PIN DNA HIV AIDS SMS GPS PDF ICU ER "
                             "CV PhD MBA FM AM".split())


_VENUE_OR_LONGER = re.compile(r"\b(?:at|in|near|outside)\s+(?:the\s+)?$"
                              r"|[A-Z][\w\-]*\s+(?:on|of|for)\s+(?:the\s+)?$")
# A name of three words or more, then its short form in brackets: 'the Mozambique National
# Resistance (Renamo)', 'the Kenya Forest Service (KFS)'; a body's, which people's and places'
# names do not carry (a country's does: 'United Arab Emirates (UAE)', left to the lists).
_SHORT_FORM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,11})\)")  # (round 21: 'COLPROSUMAH', syllables)


def _short_form_after(text: str, run: Run, tokens: list[str]) -> bool:
    short = _SHORT_FORM.match(text, run.end)
    if len(tokens) == 2:
        return _two_words_and_initials(text, run, tokens)
    return short is not None and len(tokens) >= 3 and " ".join(tokens) not in COUNTRIES | REGIONS \
        and not any(t in NOT_NAME or t.lower() in PLACE_HEADS for t in tokens) \
        and not any(t.lower() in TITLE_WORDS and "for" not in tokens[at + 1:-1]
                    for at, t in enumerate(tokens)) \
        and not _VENUE_OR_LONGER.search(text[max(0, run.start - 30):run.start]) \
        or _in_a_place_then_initials(text, run, tokens)
    # (an office named with its field is a body: 'The National Commissioner for Human Rights
    # (CONADEH) has asked', an ombudsman's; round 21, r21a: nothing drafted)
    # (not a venue, 'talks at the Nairobi Hall of Nations Conference Centre (NHNCC)', nor the end
    # of a longer name, 'the Treaty on the Prohibition of Mines (TPM)')


# 'in', a place of one to three words, then initials in brackets.
_IN_PLACE_SHORT = re.compile(r"\s+in\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s*\(([A-Z]{3,8})\)")


def _in_a_place_then_initials(text: str, run: Run, tokens: list[str]) -> bool:
    """'officers of the United Nations Mission in Liberia (UNMIL)': a name of two words or more,
    'in' and a place, then initials that open with the name's first letter and close with the
    place's, is a body's (acronyms then runs its name on through the place; round 21, r21a: no
    body, 'Mission' being no body's word)."""
    after = _IN_PLACE_SHORT.match(text, run.end)
    return after is not None and len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) \
        and after.group(2)[0] == tokens[0][0] and after.group(2)[-1] == after.group(1).split()[-1][0] \
        and not is_given_name(tokens[0]) and " ".join(tokens) not in COUNTRIES | REGIONS \
        and not any(t in NOT_NAME or t.lower() in TITLE_WORDS | PLACE_HEADS for t in tokens)


# Initials in capitals, accented ones too, in brackets: 'the Social Democrats (SPÖ)'.
_CAPITALS_AFTER = re.compile(rf"\s*\(([{UPPER}]{{2,6}})\)")


def _two_words_and_initials(text: str, run: Run, tokens: list[str]) -> bool:
    """'The Greens and the Social Democrats (SPÖ) voted': a name of two words, then initials in
    capitals in brackets, is a body's (round 20: r20a graz, no party drafted) unless a given name
    opens it ('Ana Lima (AL)') or it is a place's ('Nuevo León (NL)', 'Buenos Aires (BA)')."""
    name = " ".join(tokens)
    return _CAPITALS_AFTER.match(text, run.end) is not None and not is_given_name(tokens[0]) \
        and name not in COUNTRIES | REGIONS | CITIES and not is_subdivision(name) and not is_city(name) \
        and not any(t in NOT_NAME or t.lower() in TITLE_WORDS | PLACE_HEADS for t in tokens) \
        and not _VENUE_OR_LONGER.search(text[max(0, run.start - 30):run.start])


# The heads of bodies' names that Nordic languages write in small letters after the name, kept as
# written in English copy: 'the Nordiska museet', 'Uppsala universitet', 'Jokkmokks kommun',
# 'Oslo kommune', 'Stockholms tingsrätt', 'Haukeland universitetssjukehus' (round 19: 'objects held
# by the Nordiska museet' drafted nothing). The head is part of the name.
_LOCAL_HEAD = re.compile(r"\s+(museet|muséet|biblioteket|universitet|universitetet|högskola|högskolan|"
                         r"kommun|kommune|kommunen|sjukhus|sjukhuset|sykehus|sykehuset|universitetssjukehus|"
                         r"tingsrätt|tingsretten|tingrett|hovrätt|lagmannsrett|landsting|fylkeskommune|"
                         r"länsstyrelse|länsstyrelsen|departementet|direktoratet|styrelsen|verket|"
                         r"yliopisto|kaupunki|kunta)(?![\w\-])")


# A name given again in brackets in its own language: 'the Shining Path (Sendero Luminoso)'.
_NATIVE_NAME = re.compile(r"\s*\(((?:[A-Z][\w\-'’]+)"
                          r"(?:\s+(?:de|del|la|el|di|der|des|du|[A-Z][\w\-'’]+)){1,4})\)")


def _native_name_after(text: str, run: Run, tokens: list[str]) -> tuple[str, str] | None:
    """'Columns of the Shining Path (Sendero Luminoso) moved through the valley': a name after
    'the', given again in brackets in its own language, both of two words or more, neither a
    place's nor a person's, is a body's (round 15: nothing was drafted). Movements, parties, armed
    groups and agencies are named so; a place with a head word ('the Gulf of Finland') is not.
    The name (the run's words after its last 'the', or after 'the' before it) and its own."""
    native = _NATIVE_NAME.match(text, run.end)
    if native is None:
        return None
    if "the" in run.tokens:
        tokens = run.tokens[len(run.tokens) - run.tokens[::-1].index("the"):]
    elif run.tokens[0] != "The" and not re.search(r"\bthe\s+$", window.before(text, run.start)):
        return None
    words = [*tokens, *native.group(1).split()]
    if len(tokens) < 2 or " ".join(tokens) in COUNTRIES | REGIONS or is_given_name(tokens[0]) \
            or any(t in NOT_NAME or t.lower() in TITLE_WORDS | PLACE_HEADS | PLACE_NOUNS for t in words):
        return None
    return " ".join(tokens), native.group(1)


_OF_THE_PRESS = re.compile(r"\b(?:freedom|liberty|independence|role|power)\s+of\s+the\s+$")


# A name told with the initials it is known by: 'the Special Anti-Corruption Structure, known by its
# Albanian acronym SPAK,' (round 19: nothing was drafted; 'Structure' is no body's word).
_KNOWN_BY_INITIALS = re.compile(r",?\s+(?:(?:better|widely|also)\s+)?known\s+(?:by|as)\s+(?:its|the)\s+"
                                r"(?:[A-Z][a-z]+\s+)?(?:acronym|initials|abbreviation)\s+([A-Z][A-Za-z]{1,9})\b")


# A body's name after an owner's possessive: "the Sandiganbayan's Second Division", "the Storting's
# Finance Committee".
_OWNED_BODY = re.compile(r"['’]s\s+((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)")
# Nouns for people, owning no body in the possessive: 'the Women's Institute', 'the People's Party'.
_PEOPLE_OWNERS = frozenset("Women Men Children People Peoples Citizens Workers Farmers Veterans "
                           "Seamen Sailors Mothers Fathers Teachers Nurses Doctors Students Boys Girls "
                           "Ladies".split())


def _owner_of_a_body(text: str, run: Run, tokens: list[str]) -> bool:
    """"the Sandiganbayan's Second Division": one capitalised word after 'the', in the possessive
    before a body's name (its head a body's or a unit's word), is a body that owns another (a court,
    a chamber: round 19, only 'Second Division' was drafted). Not a title ('the King's Fund'), a
    given name, nor a noun for people ('the Women's Institute')."""
    owned = _OWNED_BODY.match(text, run.end)
    return len(tokens) == 1 and len(run.tokens) == 1 and owned is not None \
        and text[max(0, run.start - 4):run.start] == "the " \
        and tokens[0].lower() not in TITLE_WORDS and tokens[0] not in _PEOPLE_OWNERS \
        and not is_given_name(tokens[0]) and tokens[0] not in COUNTRIES and tokens[0] not in CITIES \
        and (owned.group(1).split()[-1].lower() in ORG_HEADS or owned.group(1).split()[-1] in UNIT_WORDS)


def _the_body(text: str, run: Run) -> bool:
    """'goes to the Senate, where', 'the Commission said': one capitalised organisation word
    after 'the', inside a sentence, is that body."""
    return len(run.tokens) == 1 and text[max(0, run.start - 4):run.start] == "the " \
        and not re.match(r"\s+[A-Z]", text[run.end:run.end + 2]) \
        and not (run.tokens[0] in _TRADES and _OF_THE_PRESS.search(window.before(text, run.start)))
    # (round 14, helper r14c: 'would restore the freedom of the Press', a 1977 report, drafted a
    # body 'Press': the trade, as old copy capitalises it)


_TRADES = frozenset("Press Media".split())
