"""More evidence for names, beside the rules of `entities`:

- a run 'Dr. Kwadwo Koram of the Noguchi Memorial Institute' is a person and an organisation;
- a full name whose surname the article later uses alone as a person ('Gebre, who finished
  second, said', 'Cheruiyot, 27, told', "Weber's sister") is a person;
- a name beside a lower-case organisation noun ('the craft brewery Zlatá Kozel', 'Budvar, the
  state-owned brewer,') is an organisation;
- places: a dateline ('ROTTERDAM, Netherlands (April 12) -'), a place word ('the town of Písek',
  'the Ekurhuleni district', 'Mount Ruapehu'), 'X, <country>' and 'in/from/near X'.
"""

from __future__ import annotations

import functools
import re

from briefing.new.draft import window
from briefing.new.draft.gazetteer import is_city
from briefing.new.draft.givennames import gender_of, is_given_name
from briefing.new.draft.lexicon import (
    CAPITALS,
    CITIES,
    COUNTRIES,
    DEMONYMS,
    FOREIGN_ORG_LEADS,
    KIN_WORDS,
    KNOWN_ORGS,
    MEMBERS,
    NAME_TAILS,
    NOT_GIVEN_FIRST,
    NOT_NAME,
    ORG_HEADS,
    ORG_NOUNS,
    PERSON_OR_FIRM_NOUNS,
    PLACE_HEADS,
    PLACE_LEAD_WORDS,
    PLACE_NOUNS,
    PLURAL_TITLES,
    REGIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
    TRADE_NOUNS,
)
from briefing.new.draft.names import Run
from briefing.new.draft.subdivisions import is_subdivision, is_territory
from briefing.new.draft.titles import church_body, is_address_abroad

_KIN = "|".join(KIN_WORDS)
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# 'of the Residents group', 'of the Baltic Fishers union': a lower-case organisation noun after
# the name makes it an organisation's. Round 14 (helper r14c): and a party in small letters ('deputy
# Carlos Vilches of the National Renewal party' drafted nobody; 'of the Labour Party' did).
_ORG_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(ORG_NOUNS | {"party"})) + r")\b")
# 'Alex Borg of Din l-Art Ħelwa, the heritage group that ...': an apposition says what it is.
_ORG_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:" + "|".join(sorted(ORG_NOUNS))
                             + r")\b(?!['’])")


def split_of(found: list[Run], person_like: object,
             paragraphs: tuple[str, ...] = ()) -> tuple[list[Run], set[str], set[str]]:
    """'Karen Pillay of the National Prosecuting Authority' -> the person, then the
    organisation; not 'Ministry of Health', 'Mayor of Galway', 'University of Tokyo'. Also the
    names that follow a person's 'of' ('Cllr Niamh Ó Flaherty of the Social Democrats', 'Jan
    Nowak of the Residents group': a lower-case organisation noun after it): where they
    belong, organisations of this article only. And where a person is from: 'Jan Nowak of
    Gdańsk said', 'Councillor Radu Lis of Iosefin' (one or two words, no organisation word, after
    a speaker or a local representative): homes, places the text may also read as a body."""
    result: list[Run] = []
    affiliations: set[str] = set()
    homes: set[str] = set()
    for run in found:
        match = re.search(r"\s+of\s+(?:the\s+)?", run.text)
        left = run.text[:match.start()] if match else ""
        right = run.text[match.end():] if match else ""
        words = left.split()
        titled = bool(words) and words[0].lower().rstrip(".") in TITLE_WORDS
        text = paragraphs[run.paragraph - 1] if 0 < run.paragraph <= len(paragraphs) else ""
        noun = _ORG_NOUN_AFTER.match(text, run.end) if text else None
        # (a body of another language after 'of', by its lead word, maybe after its initials: 'Dra.
        # María José Fuenzalida Órdenes of the UACh Instituto de Ciencias de la Tierra'; round 17:
        # one run, no person)
        # a job in small letters straight before the name: 'Chief executive Ingrid Solheim of Havbruk
        # Nord will lead it' (round 14, lead: nobody drafted), a job held at a body
        job = re.search(r"\b([a-z][\w\-]*)\s+$", window.before(text, run.start)) if text and match else None
        job_before = job is not None and job.group(1) in TITLE_WORDS and job.group(1) not in _LOCAL
        # a given name and a name before 'of the' and a capitalised name: where the person works or
        # sits ('The opposition leader, Kurt Hohensinner of the ÖVP, said', 'represented by Ahmed Hamdi
        # El-Mallah of the Alexandria Public Prosecution'; round 20: one run, no person)
        given_of_the = match is not None and match.group().rstrip().endswith("the") and 2 <= len(words) <= 4 \
            and is_given_name(words[0]) and right[:1].isupper() and words[-1][:1].isupper()
        org_like = noun is not None or any(w.lower() in ORG_HEADS for w in right.split()) or given_of_the \
            or any(w in FOREIGN_ORG_LEADS for w in right.split()[:2]) \
            or bool(text) and _ORG_APPOSITION.match(text, run.end) is not None \
            or re.search(r"\b(?:Centre|Center) for ", right) is not None or job_before
        home = bool(match and right and not org_like) \
            and (_a_home(match.group() if match else "", right, words, titled, text, run)
                 or _of_a_country_in_a_result(match.group() if match else "", right, words, text, run)
                 or _of_a_country_named_alone(match.group() if match else "", right, words, paragraphs)
                 or _of_a_country_listed(right, words, text, run))
        if (match and right and (titled or org_like or home)
                and len(words) >= 2 and not any(w.lower() in ORG_HEADS | PLACE_HEADS for w in words)
                and not church_body(run.tokens[1:] if run.tokens[0] in ("The", "the") else run.tokens)
                and callable(person_like) and person_like(words)):
            result.append(Run(run.paragraph, run.start, run.start + len(left), left))
            result.append(Run(run.paragraph, run.start + match.end(), run.end, right))
            if home and right not in COUNTRIES and right not in CITIES:
                homes.add(right)
            elif right not in COUNTRIES and right not in CITIES:
                affiliations.add(right)  # 'King Abdullah II of Jordan': a country is a place
        else:
            result.append(run)
    return result, affiliations, homes


# Titles of people who stand for a place: 'Councillor X of Iosefin', 'Senator Y of Ohio'; a town's
# head by his older or other names ('Provost Alexander M. Sinclair of Wick', a Scottish burgh's;
# round 20: a body 'Wick', the town of the hearing no place).
_LOCAL = frozenset("councillor cllr mayor senator sen. rep. representative congressman congresswoman mp "
                   "mla deputy assemblyman assemblywoman alderman resident provost".split())
_SPEAKS_AFTER = re.compile(rf",?\s+(?:also\s+|later\s+)?(?:{_VERBS})\b")


def _a_home(of: str, right: str, words: list[str], titled: bool, text: str, run: Run) -> bool:
    """'Jan Nowak of Gdańsk said', 'said Jan Nowak of Gdańsk', 'Councillor Radu Lis of Iosefin':
    'of' and one or two capitalised words, no 'the', after a named speaker or a local title."""
    if of.rstrip().endswith("the") or len(right.split()) > 2 \
            or not all(w[:1].isupper() for w in right.split()):
        return False
    if titled:
        return words[0].lower() in _LOCAL
    speaks = _SPEAKS_AFTER.match(text, run.end) is not None \
        or re.search(rf"\b(?:{_VERBS})\s+$", window.before(text, run.start)) is not None
    return speaks and is_given_name(words[0])


_LOW_PARTICLES = frozenset("de del dela delos da do dos das di du van von der den ter ten bin ibn al".split())


def _of_a_country_named_alone(of: str, right: str, words: list[str], paragraphs: tuple[str, ...]) -> bool:
    """Two or three words of a name, 'of' and a country, where the article uses the name's last word
    alone as a person elsewhere ('the ministers, Elchin Mammadov-Garayev of Azerbaijan and Nurlan B.
    Abdrakhmanov of Kazakhstan, signed', then 'Abdrakhmanov said'; 'Jan de Vries of the Netherlands
    won', then 'De Vries said'): a person and the country he stands for (round 16: neither minister
    was drafted, each run a name 'of' a country). Not 'Bank of Japan' (an organisation word, left to
    split_of), nor a name whose last word never stands alone."""
    core = [w for w in words if w not in _LOW_PARTICLES]
    if right not in COUNTRIES or not 2 <= len(core) <= 3 or not words[-1][:1].isupper() \
            or not all(w[:1].isupper() and re.fullmatch(r"[\w'’\-]+|[A-Z][a-z]?\.", w) for w in core):
        return False
    whole = "\n".join(paragraphs).replace(" ".join(words), " ")
    return len(words[-1]) > 2 and surname_used_alone(whole, words[-1])


_PLURALS = "|".join(sorted((re.escape(p) for p in PLURAL_TITLES if p.isalpha()), key=len, reverse=True))
# A plural title in small letters, then the list so far ('The foreign ministers, ', 'the foreign
# ministers, Dilnoza Yusupova of Uzbekistan and ').
_LISTED_AFTER = re.compile(rf"\b(?:{_PLURALS}),?\s+(?P<before>[A-Z][^.;:()\"“”]{{0,80}}?"
                           r"(?:,\s+(?:and\s+)?|\s+and\s+))?$")


def _of_a_country_listed(right: str, words: list[str], text: str, run: Run) -> bool:
    """A given name and a surname, 'of' and a country, in a list after a plural title in small
    letters ('The foreign ministers, Dilnoza Yusupova of Uzbekistan and Begench Orazov of
    Turkmenistan, will meet'; round 17: neither was drafted): each a person and the country they
    stand for."""
    listed = _LISTED_AFTER.search(text, max(0, run.start - 160), run.start)
    return right in COUNTRIES and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and listed is not None and (is_given_name(words[0]) or bool(listed.group("before")))


# A result between players: 'Iga Swiatek of Poland beat Amanda Anisimova', 'lost to Ana Lima of
# Brazil 6-4' (sports copy names a player with the country she plays for).
_RESULT_AFTER = re.compile(r"\s+(?:beat|beats|defeated|defeats|edged|upset|overcame|outlasted|thrashed|"
                           r"drew\s+with|lost\s+to|fell\s+to|won\s+\d)\b")
_RESULT_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeating|edged|upset|against|"
                            r"lost\s+to|fell\s+to|losing\s+to|ahead\s+of)\s+$")


def _of_a_country_in_a_result(of: str, right: str, words: list[str], text: str, run: Run) -> bool:
    """Two or three capitalised words, 'of' and a country, as one side of a result ('Iga Swiatek
    of Poland beat ...', '... beat Amanda Anisimova of the United States'): a player and the
    country she plays for; not 'Bank of Poland' (an organisation word, left to split_of)."""
    return right in COUNTRIES and 2 <= len(words) <= 3 \
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words) \
        and (_RESULT_AFTER.match(text, run.end) is not None
             or _RESULT_BEFORE.search(window.before(text, run.start)) is not None)


def player_of_a_country(text: str, run: Run) -> bool:
    """The run 'Iga Swiatek' of 'Iga Swiatek of Poland beat ...': a player named with the country
    she plays for, one side of a result (the run split from its country by `split_of`)."""
    of = re.match(r"\s+of\s+(?:the\s+)?", text[run.end:run.end + 8])
    if of is None or not 2 <= len(run.tokens) <= 3:
        return False
    at = run.end + of.end()
    country = max((c for c in COUNTRIES if text.startswith(c, at)
                   and not text[at + len(c):at + len(c) + 1].isalnum()), key=len, default=None)
    return country is not None and (
        _RESULT_AFTER.match(text, at + len(country)) is not None
        or _RESULT_BEFORE.search(window.before(text, run.start)) is not None)


def surname_used_alone(text: str, surname: str) -> bool:
    """The surname alone, as a person: 'Gebre, who ...', 'Cheruiyot, 27, told', "Weber's
    sister", 'Kaluwitharana said', 'Kaluwitharana was caught'."""
    at = text.find(surname)
    while at >= 0:
        before = text[at - 1:at] if at else ""
        if not (before and (before.isalnum() or before in "-'’")) \
                and _ALONE_AFTER.match(text, at + len(surname)) \
                and not _THE_BEFORE.search(text, max(0, at - 4), at):
            return True
        at = text.find(surname, at + 1)
    return False


# 'the' right before the word: a body or a thing, never a surname alone ('For forty years the Church
# has built, taught and buried'; round 18: 'Church', a surname too, made the Catholic Church a person).
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
_ALONE_AFTER = re.compile(
    rf"(?:,\s+(?:who\b|\d{{1,3}},)|(?:,\s+[^,.;\"“”]{{1,60}},)?\s+(?:{_VERBS})\b"
    rf"|['’]s\s+(?:{_KIN})\b"
    rf"|(?:,\s+[^,.;\"“”]{{1,60}},)?\s+(?:was|is|had|has|took|won|lost|hit|scored|finished|"
    rf"[a-z]+ed)\b)")


# A plural organisation noun, a comma, then the names: 'its supermarkets, Pingo Doce and ...'.
_NAMED_AFTER_NOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:[\w\-]+\s+){0,2}?([a-z]+?)(?:e?s),\s+$")
# A firm's trade as the last word of its name, never a surname ('the contractor, Coral Reef
# Construction, had been paid': round 17, a person, 'Coral' being a given name; firms.INDUSTRY_TAILS
# without 'gold', 'power', 'oil' and others that are surnames too).
TRADES_NO_SURNAME = frozenset("construction engineering logistics shipping transport textiles cement "
                              "investments pharma airways minerals mining".split())


def _trade_firm(noun: str, run: Run) -> bool:
    """'the contractor Huaxin Power Engineering', 'the contractor, Coral Reef Construction,'; not
    'shipbuilder Anders Bratvold' (a given name, and no trade closing the name)."""
    return noun in TRADE_NOUNS and (not is_given_name(run.tokens[0])
                                    or len(run.tokens) >= 2 and run.tokens[-1].lower() in TRADES_NO_SURNAME)


# A singular organisation noun, a comma, then the name set off by commas: 'the contractor, X,',
# 'A rival union, Birleşik Metal-İş, which'.
# (not a role's body: 'The head of the union, Ana Lima,', 'a spokesperson for the ministry, X,')
# (a country's adjective among the words: 'majority-owned by a Canadian group, Northgate Resources,';
# round 16: no body)
_NAMED_AFTER_ONE = re.compile(r"(?<!\bof\s)(?<!\bfor\s)(?<!\bat\s)(?<!\bwith\s)(?<!\bto\s)"
                              r"\b(?:[Ii]ts|[Tt]he|[Aa]n?)\s+(?P<words>(?:[A-Za-z\-]+\s+){0,2}?)(?P<noun>[a-z]+),\s+$")
# A lower-case body, a comma, then its short name: "the competition authority, CADE".
_BODY_THEN_SHORT = re.compile(r"\b(?:[A-Za-z]+['’]s|[Tt]he|[Ii]ts)\s+(?:[a-z\-]+\s+){0,2}?"
                              r"(?:authority|agency|regulator|commission|council|ministry|union|watchdog|"
                              r"office|bureau|board),\s+$")

# ... or its own name, the article's 'the' before it or not (a body of government's nouns too).
_BODY_THEN_NAME = re.compile(r"\b(?:[A-Za-z]+['’]s|[Tt]he|[Ii]ts)\s+(?:[a-z\-]+\s+){0,2}?"
                             r"(?:authority|agency|regulator|commission|council|ministry|watchdog|bureau|"
                             r"government|administration),\s+(?:the\s+)?$")


def without(text: str, full: str) -> str:
    return text.replace(full, " ")


def organisation_by_noun(text: str, run: Run) -> bool:
    """'the craft brewery Zlatá Kozel', 'the copper miner Minera Andina', 'Budvar, the
    state-owned Czech brewer,'. Never a country: 'EFTA groups Switzerland, Norway, ...' (round 14,
    lead: 'groups' read as the plural noun before a name made Switzerland a body)."""
    if run.text in COUNTRIES:
        return False
    before = re.search(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w\-'’]+\s+){0,3}?"
                       r"|(?:^|[,;]\s+|\b[A-Z][\w\-]+(?:['’]s)?\s+)(?:[a-z][\w\-'’]+\s+){0,2}?)([a-z][\w\-]*)\s+$",
                       window.before(text, run.start))
    if before and before.group(1) in PERSON_OR_FIRM_NOUNS and _a_persons_name(run):
        return False  # 'the Portuguese producer Paulo Branco', 'the broadcaster Kirsty Wark': a
        # person of that trade
    if before and (before.group(1) in ORG_NOUNS or _plural_of_org_noun(before.group(1))
                   or _trade_firm(before.group(1), run)):
        return True  # 'the craft brewery X', 'Indian software services company X', 'club X',
        # "Russia's environmental watchdog X", 'Paper makers UPM-Kymmene and Stora Enso'
    apposed = re.search(r"\b([a-z]+),\s+$", window.before(text, run.start))
    if apposed and apposed.group(1) in TRADE_NOUNS and len(run.tokens) >= 2 \
            and run.tokens[-1].lower() in TRADES_NO_SURNAME:
        return True  # 'the contractor, Coral Reef Construction, had been paid' (round 17)
    if apposed and apposed.group(1) in ORG_NOUNS - PERSON_OR_FIRM_NOUNS and len(run.tokens) >= 3 \
            and not (is_given_name(run.tokens[0])
                     and _HOLDER_OF_BODY.search(window.before(text, run.start))) \
            and re.search(r"\b(?:the|a|an|its|their|[\w\-]+['’]s)\s+(?:[a-z\-]+\s+){0,3}[a-z]+,\s+$",
                          window.before(text, run.start)):
        return True  # "the state's community security outfit, Forest Guard Volunteers," (round 17:
        # a person, 'Forest' being a given name); a body's noun, then its name in apposition
    rivals = re.search(r"\b(?:[Ii]ts|[Tt]heir|[A-Za-z][\w\-]*['’]s)\s+(?:[A-Z]?[a-z\-]+\s+)?"
                       r"(?:rivals?|competitors?|peers?|parent|owner|subsidiary|partners?),?\s+(?:[A-Z][\w\-]*\s+(?:and|,)\s+)?$",
                       window.before(text, run.start))
    if rivals and not (rivals.group().rstrip(", ").split()[-1] == "owner" and _an_owners_name(run)):
        return True  # its rivals Infosys and Wipro; not "The building's owner, Hagg Said Mahmoud Abou Zeid,
        # 61, appeared" (round 20: no person), a person named after a style
    single = _NAMED_AFTER_ONE.search(window.before(text, run.start))
    if single is not None and any(w[:1].isupper() and w not in DEMONYMS
                                  for w in single.group("words").split()):
        single = None  # (no name among its words: 'the Kenya union, X,' is the union's own short name)
    if single is not None and text[run.end:run.end + 1] == "," and not is_given_name(run.tokens[0]) \
            and (single.group("noun") in ORG_NOUNS or single.group("noun") in TRADE_NOUNS):
        return True  # 'paying the contractor, Huaxin Power Engineering, until'
    listed = _NAMED_AFTER_NOUN.search(window.before(text, run.start))
    if listed is not None and listed.group(1) in ORG_NOUNS \
            or run.text.isupper() and len(run.text) <= 8 \
            and _BODY_THEN_SHORT.search(window.before(text, run.start)) is not None:
        return True  # 'its Portuguese supermarkets, Pingo Doce and Recheio,'; "Brazil's competition
        # authority, CADE."
    if _BODY_THEN_NAME.search(window.before(text, run.start)) and 1 <= len(run.tokens) <= 4 \
            and text[run.end:run.end + 1] == "," and not is_given_name(run.tokens[0]) \
            and not _a_known_place(run.text) and run.text not in COUNTRIES:
        return True  # 'The port authority, Havenbedrijf Rotterdam, is not a party', 'the regional
        # government, the Junta de Andalucía, which' (round 20: neither drafted): a body in small
        # letters, then its own name set off by commas
    # 'Budvar, the state-owned Czech brewer,'; 'Sejin, South Korea's third-largest maker of
    # battery materials,'; 'BusinessEurope, the Brussels-based employers' lobby,'; 'Orange City
    # Water, the private operator that runs distribution'.
    after = re.match(r",\s+(?:the|a|an|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s)\s+(?:[\w\-'’]+\s+){0,3}?"
                     r"([a-z][\w\-]*)(?:(?:\s+(?:(?:based|headquartered)\s+)?(?:of|in|for|at)\s+[^,.;]{1,40})?"
                     r"\s*[,.]|\s+(?:that|which)\s)",
                     window.after(text, run.end))
    relative = after is not None and not after.group().endswith((",", "."))  # ('..., the operator that runs')
    if after and after.group(1) in PERSON_OR_FIRM_NOUNS and _a_persons_name(run):
        return False  # 'said Thabo Mokoena, a rock drill operator': a person of that trade (lead 13)
    if after and after.group(1) in TRADE_NOUNS and not _a_persons_name(run) and not relative:
        return True  # 'Kaffeehaus Nordwind, an importer based in Hamburg,' (round 15: no body)
    if after and (after.group(1) in ORG_NOUNS or after.group(1) in ORG_HEADS or after.group(1) == "body") \
            and not (relative and (len(run.tokens) < 2 or run.tokens[0] in NOT_NAME)):  # ', the banking
        # supervision commission at the Narodowy Bank Polski,'
        return True
    if _works_at(text, run) or _held_by_someone(text, run):
        return True
    one_of = _ONE_OF_BODIES.match(window.after(text, run.end))
    if one_of and _plural_of_org_noun(one_of.group(1)) and not _a_persons_name(run):
        return True  # 'Nordea, one of the largest banks in the region,' (round 15: no body)
    # 'Fianna Fáil councillors', 'RPP radio': a party's members, a station's name
    member = re.match(r"\s+([a-z]+)\b", window.after(text, run.end))
    return bool(member and member.group(1) in MEMBERS and run.text not in COUNTRIES
                and run.text not in DEMONYMS and len(run.tokens) <= 3
                and not _kind_opening_a_sentence(text, run)
                and not (_TOWN_BEFORE_A_NOUN.match(text, run.end + member.end())
                         and _a_known_place(run.text)))


# 'a private Accra radio station', 'a Kumasi television crew': a known place before a station's
# word and a noun says where the station is; the station itself goes unnamed ('Tehran radio said'
# names one; round 17: a body 'Accra').
_TOWN_BEFORE_A_NOUN = re.compile(r"\s+(?:stations?|networks?|channels?|crews?|reporters?|journalists?|"
                                 r"presenters?|programmes?|programs?|shows?|licences?|licenses?)\b")


def _a_known_place(name: str) -> bool:
    return name in CITIES or name in CAPITALS or is_subdivision(name) or is_territory(name) or is_city(name)


def _kind_opening_a_sentence(text: str, run: Run) -> bool:
    """'Public broadcaster ERR said', 'State broadcaster NRK': one common word, capitalised only
    because it opens the sentence, before a noun and the body's own name, says what kind of body
    the name is; it names none (round 15: a body 'Public')."""
    return len(run.tokens) == 1 and run.text[1:].islower() and run.text not in KNOWN_ORGS \
        and (not window.last_visible(text, run.start)
             or re.search(r"[.!?][\"”’']?\s+$", window.before(text, run.start)) is not None) \
        and re.match(r"\s+[a-z]+\s+[A-Z]", window.after(text, run.end)) is not None


# 'X, one of the largest banks', "X, one of Norway's biggest insurers": one of a kind of body.
_ONE_OF_BODIES = re.compile(r",\s+one\s+of\s+(?:the|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                            r"([a-z]+s)\b(?!-)")


# A role held in a body or given by one, before the body's noun and a comma: 'A spokesman for the
# bank, Carlos Alberto Fagundes, said', 'The head of the union, Maria da Graça Lopes,', 'A
# liquidator appointed by the bank, X,': the name set off after it is the role's holder, not the
# body's name (round 18: a name a given name opens read as the bank's). Not 'a subsidiary of the
# bank, Banco X,' (no given name opens a body's name; the caller asks).
_HOLDER_OF_BODY = re.compile(
    r"\b(?:[a-z\-]+\s+(?:for|of|at|with|from|in)|(?:appointed|hired|named|chosen|employed|"
    r"nominated|sent|retained|engaged|assigned|picked)\s+by)\s+(?:the|a|an|its|their|[\w\-]+['’]s)\s+"
    r"(?:[a-z\-]+\s+){0,3}[a-z]+,\s+$")


def _an_owners_name(run: Run) -> bool:
    """A person's name after any style of address ('Hagg Said Mahmoud Abou Zeid', 'Mr Ali Hassan'): a
    given name opens it after the style, four words at most."""
    words = run.tokens[1:] if is_address_abroad(run.tokens[0]) or run.tokens[0].lower().rstrip(".") in (
        "mr", "mrs", "ms", "dr") else run.tokens
    return 2 <= len(words) <= 4 and is_given_name(words[0]) and not any(t.lower() in ORG_HEADS for t in words)


def _a_persons_name(run: Run) -> bool:
    """Two or three words a given name opens, none a body's head word ('Sky News', 'Radio
    France'), the first no place ('France Televisions', 'Georgia Public Broadcasting') and no
    outlet's opening word ('Al Jazeera')."""
    first = run.tokens[0]
    return 2 <= len(run.tokens) <= 3 and is_given_name(first) and first not in NOT_GIVEN_FIRST \
        and first not in COUNTRIES and first not in CITIES and first not in REGIONS \
        and not any(t.lower() in ORG_HEADS for t in run.tokens)


def _plural_of_org_noun(word: str) -> bool:
    """'makers', 'lenders', 'breweries': a plural of an organisation noun."""
    return word.endswith("s") and (word[:-1] in ORG_NOUNS
                                   or word.endswith("ies") and word[:-3] + "y" in ORG_NOUNS)


# 'a volcanologist at', 'economists at', 'an official with': someone's job at a body
# (round 21, r21b after its end score: not 'led the delegation together with Finance Minister X', 'along
# with', 'together with': no job ends in '-er' there)
_JOB_AT = re.compile(r"\b(?:an?\s+|the\s+)?(?!(?:[Tt]ogether|[Oo]ther|[Ee]ither|[Nn]either|[Ww]hether|"
                     r"[Rr]ather|[Ff]urther|[Hh]owever|[Nn]ever|[Ee]ver|[Oo]ver|[Uu]nder|[Aa]fter)\s)"
                     r"(?P<job>[A-Za-z][a-z]+(?:[iy]sts?|ers?|ors?|ians?|ants?|ees?)|"
                     r"staff|officials?)\s+(?:at|with)\s+(?:the\s+)?$")


# A person's name set off by a comma before an office: 'Amara Okonkwo, executive director of the
# Crop Trust', 'Jan van der Meer, chairman of the port employers' association' (lead 13: each was a
# body, after 'opened the doors with' and after 'the Transport Workers' Union and').
_OFFICE_APPOSED = re.compile(r",\s+(?:the\s+|its\s+|a\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?P<title>[a-z][\w\-]*)"
                             r"\s+(?:of|at|for)\s")


def person_before_office(text: str, run: Run) -> bool:
    """A name that opens with a given name, set off by a comma before an office held somewhere."""
    office = _OFFICE_APPOSED.match(window.after(text, run.end))
    return 2 <= len(run.tokens) <= 5 and is_given_name(run.tokens[0]) and office is not None \
        and office.group("title") in TITLE_WORDS


# A firm's office in small letters before 'of' and the firm's name: 'Arnel Quiambao, general manager of
# Visayan Star Lines,' (round 15: the firm was drafted nothing, or a person before ', said').
_FIRMS_OFFICE_OF = re.compile(r"(?:^|[,(;]\s*|\b(?:the|a|an|its|as|and)\s+)(?:[a-z\-]+\s+){0,2}?"
                              r"(?P<job>manager|director|executive|chairman|chairwoman|chairperson|owner|"
                              r"founder|co-founder|proprietor)\s+of\s+(?:the\s+)?$")


# A clause on a person telling the body they head: 'Ola Berg, who runs the Tromsø Fish Market, said'
# (round 15: the market was drafted a person, before ', said').
_WHO_HEADS = re.compile(r",\s+who\s+(?:now\s+|also\s+|currently\s+)?(?:chairs|heads|runs|directs|manages|"
                        r"founded|co-founded|chaired|headed|ran)\s+(?:the\s+)?$")


def _held_by_someone(text: str, run: Run) -> bool:
    """The body after 'X, who chairs the': no place the lists know, no person's name."""
    return _WHO_HEADS.search(window.before(text, run.start)) is not None and not _a_persons_name(run) \
        and run.text not in COUNTRIES and run.text not in CITIES and run.text not in REGIONS


def _works_at(text: str, run: Run) -> bool:
    """'A volcanologist at GNS Science', 'economists at Capital Economics': the body someone
    works for; not a place ('a doctor at Kenyatta Hospital', 'a lecturer at Oxford' is a
    university only when the article says so)."""
    if person_before_office(text, run):
        return False  # ('opened the doors with Amara Okonkwo, executive director of the Crop Trust')
    before = window.before(text, run.start)
    job = _JOB_AT.search(before) or _FIRMS_OFFICE_OF.search(before)
    if job is None or job.group("job").lower() in ("others", "members", "numbers", "centers", "owners",
                                                    "reporters", "journalists"):
        return False  # ('he told reporters at Sabiha Gökçen airport': where they stood)
    place = re.match(r"\s+(?:([a-z]+)\s+)?([a-z]+)\b", window.after(text, run.end))
    if place and ((place.group(1) or place.group(2)) in PLACE_HEADS | PLACE_NOUNS
                  or place.group(1) and place.group(1) not in ("of", "and", "said", "says")
                  and place.group(2) in PLACE_HEADS | PLACE_NOUNS):
        return False  # 'engineers at the Phu An station': a place; 'Workers at the Tsagaan Tolgoi copper
        # mine' (round 16: a body), a kind of place after one word of what it is
    return len(run.tokens) >= 2 and run.text not in COUNTRIES and run.text not in CITIES \
        and not any(t in COUNTRIES or t in CITIES or t.lower() in PLACE_HEADS or t in NOT_NAME
                    for t in run.tokens)


_ARABIC_LINKS = frozenset("bin bint ibn al el".split())


# An event's noun after a name, maybe after its field ('the Era New Horizons film festival', 'the
# Grace Kelly memorial race'): the name is the event's.
_EVENT_AFTER = re.compile(r"\s+(?:[a-z\-]+\s+)?(?:festival|fair|carnival|tournament|championships?|marathon|"
                          r"regatta|expo|exhibition|biennale|triennale)\b")


def given_name_first(run: Run, name: list[str], text: str) -> bool:
    """'Ignacio Corleto scored', 'penalties from David Skrela': two to four capitalised words
    opening with a given name are a person's name, unless a word around them makes them
    something named after one ('the Victoria Falls', 'Grace Kelly Hospital', 'Mercedes Benz
    dealers')."""
    words = [t for t in name if t.lower() not in _ARABIC_LINKS]  # ('Mohamed bin Zayed Al Nahyan':
    # three names linked by 'bin' and 'Al'; round 15: five words, so no person)
    if not 2 <= len(words) <= 4 or len(name) > 7 or not is_given_name(name[0]) \
            or run.tokens[-len(name):] != name:
        return False
    if any(t in COUNTRIES or t in CITIES or t.lower() in PLACE_LEAD_WORDS for t in name) \
            or name[-1].lower() in NAME_TAILS:
        return False
    after = re.match(r"\s+([a-z][\w\-]*)", window.after(text, run.end))
    if after and after.group(1) in ORG_NOUNS | PLACE_NOUNS | MEMBERS | ORG_HEADS | PLACE_HEADS | _FIRM_AFTER:
        return False
    if _EVENT_AFTER.match(text, run.end):
        return False  # 'The Era New Horizons film festival will open': an event's name (round 17)
    before = window.before(text, run.start)
    if re.search(r"\b(?:in|near|outside|across|around|into)\s+$", before):
        return False  # 'scored in Rio de Janeiro': where, not who (round 20: 'would bring more families
        # into Easter Ross and Sutherland' drafted a person 'Easter Ross')
    if _PLACE_OF.search(before) and before.rstrip().split()[-2].lower() in PLACE_NOUNS:
        return False  # 'the northern province of Thanh Hoa': a place's name, not a person's
    if _IN_PLACES_AND.search(before) and re.match(r"\s*(?:[.;:]|$)", text[run.end:]):
        return False  # 'clinics in Nga Son and Hau Loc.': the second of two places ends the
        # sentence ('met X in Berlin and Emmanuel Macron in Paris' goes on: a person may)
    if _in_a_list_of_places(before, text, run.end) or _NUMBERED_AND.search(before):
        return False  # 'in Thu Duc, Binh Thanh and District 8.': the middle of a list of places;
        # 'the canals of District 7 and Nha Be': joined to a numbered place
    return not re.search(r"\b(?:the|a|an)\s+$", text[max(0, run.start - 5):run.start], re.I)


# 'in Thu Duc, ' before a name that goes on ', X and Y.' or ' and Y.' to the list's end: a list of
# places after a preposition of place ('In Berlin, Emmanuel Macron and Olaf Scholz agreed' goes on
# with a verb: people).
_IN_PLACES_LIST = re.compile(r"\b(?:in|near|outside|around)\s+(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*,\s+$"
                             # (round 19: 'the worst provinces, such as Kampong Cham, Siem Reap and
                             # Battambang' drafted a person 'Siem Reap')
                             r"|\b(?:provinces|cities|towns|districts|regions|villages|countries|states|islands|"
                             r"areas|municipalities|counties|communes|ports),?\s+(?:such\s+as|including|like)\s+"
                             r"(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*,\s+$")
_ITEM = r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|\d{1,3}))*"
_LIST_ENDS = re.compile(rf"(?:,\s+{_ITEM})*,?\s+and\s+(?P<last>{_ITEM})"
                        r"\s*(?:[.;:]|,\s|$|(?:on|last|this|since|after|before|during|until)\s)")


def _in_a_list_of_places(before: str, text: str, end: int) -> bool:
    """In the middle of a list after 'in' whose last item opens with no given name ('... and
    District 8.'; not 'in Paris, Emmanuel Macron and Olaf Scholz.')."""
    ends = _LIST_ENDS.match(text, end) if _IN_PLACES_LIST.search(before) else None
    return ends is not None and not is_given_name(ends.group("last").split()[0])
_NUMBERED_AND = re.compile(r"\b[A-Z][a-z]+\s+\d{1,3}\s+and\s+$")  # 'District 7 and '


_PLACE_OF = re.compile(r"\b[a-z]+\s+of\s+$")
# 'in Nga Son and ': a run after 'in' joined by 'and' is where too (one to three capitalised words,
# nothing else between).
_IN_PLACES_AND = re.compile(r"\b(?:in|near|outside|around)\s+(?:[A-Z][\w'’\-]*\s+){1,3}and\s+$")


# 'Ralph Lauren shares rose', 'Mercedes Benz dealers': a firm's, not a person's.
_FIRM_AFTER = frozenset("shares stock stake brand brands products customers staff employees workers "
                        "dealers stores subsidiary subsidiaries executives bosses plant plants factory "
                        "factories fans players squad".split())


# A person's gender as the text marks it: the title, then the honorific, then the given name.
_MALE = frozenset("mr mr. sir he his chairman spokesman king prince lord father son brother "
                  "husband uncle nephew grandson sheikh emir monsieur senor señor herr boy man "
                  "grandfather widower schoolboy "
                  # round 19: styles of other languages (lexicon.ADDRESS_ABROAD)
                  "don padre fray frei signor bwana haji hajj hajji pak bapak dhr ustaz kyai".split())
_FEMALE = frozenset("mrs mrs. ms ms. miss madam madame lady dame chairwoman spokeswoman queen "
                    "princess mother daughter sister wife aunt niece granddaughter actress sheikha "
                    "businesswoman congresswoman councilwoman sportswoman girl woman grandmother widow "
                    "schoolgirl dra dra. sra sra. srta srta. mme mme. mlle mlle. señora senora smt smt. "
                    "doña dona frau signora sor madre hajjah ibu bu bi mevr mevrouw shrimati".split())


# (round 19: and the styles of other languages before a name, 'Doña Xochitl Hernández', 'Frau
# Waltraud Kessel', 'Bi Mwanaidi Saidi', which say whom 'she' means)
_ADDRESSED = re.compile(r"\b(Mrs?|Ms|Miss|Sir|Dame|Lady|Madame?|Monsieur|Dra|Sra|Srta|Mme|Mlle|Doña|Dona|Don|"
                        r"Herr|Frau|Signora|Signor|Padre|Fray|Frei|Sor|Madre|Bwana|Bi|Bu|Ibu|Pak|Bapak|Haji|"
                        r"Hajjah|Mevr|Mevrouw|Dhr|Shrimati|Smt)\.?\s+([A-Z][\w'’\-]*)")


def honorifics(text: str) -> dict[str, set[str]]:
    """The word after each honorific in the text, and the honorifics before it: {'Kim': {'mr'}}."""
    found: dict[str, set[str]] = {}
    for match in _ADDRESSED.finditer(text):
        found.setdefault(match.group(2), set()).add(match.group(1).lower())
    return found


def apposed_gender(name: str, paragraphs: tuple[str, ...]) -> str | None:
    """The gender a word set before the name with a comma gives ('One girl, Phan Ngoc Mai, is 11
    years old'; round 16: 'She said' went to the head teacher named before her)."""
    said = {word for number, at, word in _gender_words_before(paragraphs)
            if paragraphs[number].startswith(name, at)}
    if said & _MALE and not said & _FEMALE:
        return "male"
    if said & _FEMALE and not said & _MALE:
        return "female"
    return None


_GENDERED = "|".join(sorted(w for w in _MALE | _FEMALE if w.isalpha()))
_GENDER_BEFORE = re.compile(rf"\b({_GENDERED}),\s+(?=[A-Z])", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _gender_words_before(paragraphs: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """(paragraph index, where the name after it starts, the word) of each gender word and comma
    before a capital: read once per article, not once per person."""
    return tuple((number, match.end(), match.group(1).lower()) for number, text in enumerate(paragraphs)
                 for match in _GENDER_BEFORE.finditer(text))


def gender(name: str, titles: list[str], aliases: list[str],
           addressed: dict[str, set[str]], apposed: str | None = None) -> str | None:
    """'male', 'female' or None: 'Ms Berg', 'chairwoman Lopez', 'Anna Berg'. `addressed`:
    `honorifics` of the text ('Mr Kim'). `apposed`: the gender a word before the name gives
    (`apposed_gender`), over the given-name dictionary ('One girl, Phan Ngoc Mai': 'Phan' is her
    family name, read as a man's given name)."""
    words = {w.lower() for said in [*titles, *aliases] for w in said.split()}
    for form in [name, *aliases]:
        words.update(addressed.get(form.split()[0], ()))  # 'Mr Kim', 'Ms Anna Berg', 'Ms. Berg'
    if words & _MALE and not words & _FEMALE:
        return "male"
    if words & _FEMALE and not words & _MALE:
        return "female"
    if apposed:
        return apposed
    first = name.split()[0]
    return gender_of(first) if len(name.split()) >= 2 else None
