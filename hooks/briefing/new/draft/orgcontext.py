"""Organisations told by their context in the sentence, not by a word of their own name.

- A name whose lower-case words belong to it: 'Banco do Brasil', 'Museum am Rothenbaum',
  'Commission on Elections', 'National Commission for Museums and Monuments', 'U.N. Food and
  Agriculture Organization' (the capitalised runs on either side of the small word are joined
  when the whole has an organisation word, or opens with one of another language).
- A name before a role and a person: 'Atalanta coach Gian Piero Gasperini', 'Comelec
  spokesperson John Rex Laudiangco' ('the body X's coach'; never a country, a demonym or a
  word the article also writes in lower case: 'Expedition leader Ingrid Aasen').
- Names joined by 'and' to an organisation, or before a plural organisation noun: 'rivals
  Infosys and Wipro', 'the CGT-Cheminots and Sud-Rail unions'.
"""

from __future__ import annotations

import functools
import re

from briefing.new.draft import window
from briefing.new.draft.andnames import fields_before_a_head
from briefing.new.draft.evidence import person_before_office
from briefing.new.draft.gazetteer import is_city
from briefing.new.draft.gists import dateline_end
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    AIRLINE_LEAD,
    CITIES,
    COUNTRIES,
    DEMONYMS,
    FOREIGN_ORG_LEADS,
    KNOWN_ORGS,
    NOT_AIRLINES,
    NOT_NAME,
    OFFICE_FIELDS,
    OFFICE_TAILS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEADS,
    REGIONS,
    REGIONS_WITH_THE,
    TITLE_WORDS,
)
from briefing.new.draft.names import Run
from briefing.new.draft.orgwords import BODY_FIELDS
from briefing.new.draft.titles import TITLE_LEAD

# Small words inside an organisation's name, in English and the languages news copy keeps
# names in: 'Commission on Elections', 'Banco do Brasil', 'Museum am Rothenbaum'.
_INSIDE = frozenset("on do das am im und "
                    # round 14: 'and' in French, Spanish, Portuguese and Italian names ('Société
                    # Nationale Industrielle et Minière' was cut at 'et')
                    "et y e".split())


def join_lower_words(found: list[Run], paragraphs: tuple[str, ...]) -> list[Run]:
    """Runs joined across a small lower-case word when the whole names an organisation."""
    joined: list[Run] = []
    for index, run in enumerate(found):
        last = joined[-1] if joined else None
        if last is not None and last.paragraph == run.paragraph:
            between = paragraphs[run.paragraph - 1][last.end:run.start]
            if between == " and " and _two_firms(last, run, paragraphs[run.paragraph - 1]):
                joined.append(run)
                continue
            if _joins(last, run, between.strip()) and re.fullmatch(r" \S+ ", between) \
                    or between == ", " and _listed_inside(last, run, found[index + 1:index + 2], paragraphs) \
                    or bracketed_whole(last, run, between, paragraphs[run.paragraph - 1]):
                joined[-1] = Run(run.paragraph, last.start, run.end, f"{last.text}{between}{run.text}")
                continue
        joined.append(run)
    return joined


# Initials in brackets right after two runs: 'the Association of Mineworkers and Construction Union
# (AMCU)', 'the International Center for Agricultural Research in the Dry Areas (ICARDA)'.
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z]{2,9})\)")


def bracketed_whole(left: Run, right: Run, between: str, text: str) -> bool:
    """The two runs and the words between are one body's name when the initials in brackets after
    them spell the whole ('AMCU': Association, Mineworkers, Construction, Union; both were bodies),
    or, after a body's 'for' or 'of', close 'in the' and a region ('the Permanent Interstate
    Committee for Drought Control in the Sahel (CILSS)': initials of its name in French)."""
    if between not in (" and ", " in the ", " for the ", " of the ") or len(right.tokens) > 3:
        return False
    initials = _BRACKETED.match(text, right.end)
    words = [t for t in [*left.tokens, *right.tokens] if t[:1].isupper()]
    if initials and "".join(t[0] for t in words) == initials.group(1).upper():
        return True
    field_body = re.search(r"\s(?:for|of)\s", left.text) is not None and not _is_place(left.text) \
        and (any(t.lower() in ORG_HEADS for t in left.tokens)
             or re.search(r"\b(?:Centre|Center) for ", left.text) is not None)
    # (no initials: 'in the Dry Areas', where 'in the' names no place the lists know)
    return between == " in the " and field_body and (initials is not None or not (
        _is_place(right.text) or right.text in REGIONS_WITH_THE
        or any(t.lower() in PLACE_HEADS for t in right.tokens)))


def _listed_inside(left: Run, run: Run, following: list[Run], paragraphs: tuple[str, ...]) -> bool:
    """'the Ministry of Local Government, Chieftaincy and Religious Affairs': a list of fields
    after an organisation word and 'of', closed by 'and' and a last field, is the name's."""
    if not following or following[0].paragraph != run.paragraph or len(run.tokens) > 2 \
            or not re.search(r"\s(?:of|for)\s", left.text) or _is_place(run.text) \
            or not any(t.lower() in ORG_HEADS | _OFFICES
                       for t in re.split(r"\s(?:of|for)\s", left.text)[-2].split()):
        # (the words before the last 'of': 'X of the Institute of Snow, Glaciology and ...')
        return False
    text = paragraphs[run.paragraph - 1]
    after = text[run.end:following[0].start]
    if after == ", " and not (_a_field(run) and _a_field(following[0])):
        return False
    return (after == " and " or after == ", " and _FIELDS_GO_ON.match(text, run.end) is not None) \
        and len(following[0].tokens) <= 2 \
        and following[0].tokens[-1].lower() not in ORG_HEADS and not _is_place(following[0].text)


# The rest of a list of fields: more fields set off by commas, then 'and' and the last ('...,
# Culture, Sports, Science and Technology'; round 12: the list ran past one comma).
_FIELD = r"[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*)?"
_FIELDS_GO_ON = re.compile(rf"(?:,\s+{_FIELD}){{1,6}},?\s+and\s+{_FIELD}")


def _a_field(run: Run) -> bool:
    """One or two capitalised words, neither an acronym nor a body's or a known body's name."""
    return len(run.tokens) <= 2 and run.text not in KNOWN_ORGS and not any(
        t.isupper() or t.lower() in ORG_HEADS for t in run.tokens)


# Offices named for the fields they hold, as ministries are: 'Minister of Transport,
# Communications and Information Technology' (the fields joined to the title, never a person).
_OFFICES = frozenset("minister secretary commissioner".split())


# Two firms told together: 'Salmar and Lerøy Seafood Group have agreed to merge' (round 14, lead:
# one body 'Salmar and Lerøy Seafood Group', and 'Salmar' a place), a plural verb or 'both' after.
_TOLD_AS_TWO = re.compile(r",?\s+(?:have|are|were|both|each|together|said\s+they|agreed\s+to\s+merge)\b")


def _two_firms(left: Run, right: Run, text: str) -> bool:
    """A name of one word that is no field ('Salmar', not 'Food'), 'and', and a firm's name, told
    of as two."""
    core = [t for t in left.tokens if t not in NOT_NAME]
    return len(core) == 1 and core[0].lower() not in BODY_FIELDS and len(right.tokens) >= 2 \
        and _TOLD_AS_TWO.match(text, right.end) is not None


# Bodies that stand on a site, never named for a field after 'on': schools, hospitals, churches.
_SITED_HEADS = frozenset("college school academy university hospital clinic church chapel mosque temple "
                         "cathedral station airport port prison museum library hotel".split())


def _joins(left: Run, right: Run, word: str) -> bool:
    if _is_place(left.text) or _is_place(right.text) and word not in _INSIDE - {"on"}:
        return False  # ('Banco do Brasil' names a bank, though 'Brasil' is a country)
    lead = left.tokens[1] if left.tokens[0] == "The" and len(left.tokens) > 1 else left.tokens[0]
    left_head = any(t.lower() in ORG_HEADS for t in left.tokens) or lead in FOREIGN_ORG_LEADS \
        or word == "and" and left.tokens[0].lower() in _OFFICES and ", " in left.text \
        or re.search(r"\b(?:Centre|Center) for ", left.text) is not None \
        or office_body(left.tokens)  # 'Centre for Law and Rights'
    right_head = right.tokens[-1].lower() in ORG_HEADS or office_body(right.tokens)
    if word == "on":  # 'Commission on Elections'; not 'the High Court on Friday', nor a school on
        # its island ('Queen Sālote College on Tongatapu': round 21, r20b to-eua, the island lost)
        return left.tokens[-1].lower() in ORG_HEADS and left.tokens[-1].lower() not in _SITED_HEADS \
            and right.tokens[0] not in NOT_NAME
    if word in _INSIDE:
        return left_head and right.tokens[0] not in NOT_NAME
    if word == "and":
        # 'Commission for Museums' + 'and Monuments'; 'Food' + 'and Agriculture Organization'
        return (left_head and re.search(r"\s(?:for|of|on)\s", left.text) is not None
                and len(right.tokens) <= 2 and not right_head) \
            or ((not left_head or left.tokens[-1].lower() not in ORG_HEADS and not office_body(left.tokens)
                 and len(left.tokens) >= 2)
                and len([t for t in left.tokens if t not in NOT_NAME]) <= 2
                and right_head and len(right.tokens) >= 2) \
            or fields_before_a_head(left, right)  # ('Senate Environment and Public Works
    # Committee': a chamber's committee for two fields; 'X Tropical and Infectious Disease Hospital')
    return False


def airline(tokens: list[str], whole: str) -> bool:
    """'Air Austral, which flies to Sainte-Marie', 'Air Seychelles said': 'Air' and a name that the
    article never writes in lower case ('Air Quality' beside 'quality' is none), nor a rank's or a
    service's ('Air Marshal X', 'Air Force')."""
    return len(tokens) == 2 and tokens[0] == AIRLINE_LEAD and tokens[1][:1].isupper() \
        and tokens[1] not in NOT_AIRLINES \
        and re.search(rf"(?<![\w\-]){re.escape(tokens[1].lower())}(?![\w\-])", whole) is None


def office_body(tokens: list[str]) -> bool:
    """'Health and Safety Executive', 'Health Service Executive': a body named for its office,
    the word before it a field, never a title ('Chief Executive')."""
    return len(tokens) >= 2 and tokens[-1] in OFFICE_TAILS and tokens[-2].lower() not in TITLE_WORDS \
        and tokens[-2].lower() not in TITLE_LEAD and tokens[-2] not in NOT_NAME


def _is_place(text: str) -> bool:
    return text in COUNTRIES or text in CITIES or text in REGIONS or text in DEMONYMS


# A firm's offices, which no common word before them holds ('Community leader X' does); a
# director or a general manager, after a word that is no field ('Sacmex director X'; not
# 'Project director X': lexicon.OFFICE_FIELDS).
_BOARD_TITLE = re.compile(r"\s+(?:chief\s+executive|chairman|chairwoman|managing\s+director|founder|"
                          r"chief\s+(?:financial|operating)\s+officer|(?P<office>director|general\s+manager))"
                          r"\s+[A-Z]")


def _board_title(text: str, run: Run) -> bool:
    title = _BOARD_TITLE.match(window.after(text, run.end))
    return title is not None and not (title.group("office") and run.text.lower() in OFFICE_FIELDS)
_ROLE_AFTER = re.compile(r"\s+(?:[a-z\-]+\s+)?([a-z\-]+)\s+[A-Z]")


def before_role_and_person(text: str, run: Run, people: set[str], lower_words: set[str],
                           paragraphs: tuple[str, ...]) -> bool:
    """'Atalanta coach Gian Piero Gasperini': the run, a lower-case role, then a person.
    `lower_words`: the words the article writes in lower case ('Expedition leader X' opens a
    sentence with a common word, 'expedition', written so elsewhere)."""
    role = _ROLE_AFTER.match(window.after(text, run.end))
    if not role or role.group(1) not in TITLE_WORDS or _is_place(run.text) \
            or any(t in DEMONYMS for t in run.tokens) or len(run.tokens) > 4 \
            or len(run.tokens) == 1 and run.text.lower() in lower_words | ORG_HEADS | TITLE_WORDS \
            | TITLE_LEAD:
        return False  # ('"...," Managing director Ravi Narendran said': 'Managing' was a body; round
        # 14, lead; 'Mining minister Laurence Golborne' drafted a body 'Mining': helper r14c)
    if len(run.tokens) == 1 and _opens_sentence(text, run.start) \
            and not _board_title(text, run) \
            and not re.search(rf"[\w,;]\s+{re.escape(run.text)}\b", "\n".join(paragraphs)):
        return False  # 'Community leader Juana Mamani': a capital only because it opens the
        # sentence, unless the article writes the name so mid-sentence ('Italian club Atalanta')
        # or a firm's office follows ('Arianespace chief executive David Cavaillolès')
    if role.group(1) in _MAKERS_OF_WORKS:
        return False  # 'Harry Potter author J.K. Rowling': the run is her book, no body's name
    if re.search(r"[A-Z][\w\-]*['’]s\s+$", window.before(text, run.start)) and is_city(run.text):
        return False  # "BTB's Antwerp secretary Walter Van Hoof": the town of a body's branch, named
        # after the body's possessive (round 19: a body 'Antwerp')
    rest = window.after(text, run.end)[role.end() - 1:]
    return any(rest.startswith(name) for name in people)


# Roles whose holder made a work, not served a body: the name before one is the work's title
# ('Harry Potter author J.K. Rowling', 'Frozen composer Kristen Anderson-Lopez'; round 15).
_MAKERS_OF_WORKS = frozenset("author co-author novelist creator co-creator composer illustrator "
                             "screenwriter songwriter".split())


# A lower-case role, then a full name (two capitalised words, maybe joined by particles).
# (the name may open with initials: 'Harry Potter author J.K. Rowling', 'J. K. Rowling'; round 15:
# the work's title was drafted a person)
_ROLE_THEN_NAME = re.compile(r"\s+((?:[a-z\-]+\s+){0,2}?)([a-z\-]+)\s+(?:[A-Z][\w\-]+\s+|(?:[A-Z]\.\s*)+)"
                             r"(?:(?:de|da|do|dos|del|di|la|van|von|der|den|bin|al|el)\s+)*[A-Z]")


def titles_a_person(text: str, run: Run) -> bool:
    """'said Once Caldas coach Hernán Darío Ospina', 'Nordwind Energy chief executive Ola Berg':
    a name of two or more words before a lower-case role and a full name owns the role (a club, a
    firm, a body); it is no person, whatever the speech verb before it says. Not a place or a
    demonym ('Kenya coach X', 'U.S. envoy X'). A shared role too ('Te Pāti Māori co-leader Rawiri
    Waititi said': round 17, the party was a person who took the quote)."""
    role = _ROLE_THEN_NAME.match(window.after(text, run.end))
    if role is None or re.sub(r"^co-", "", role.group(2)) not in TITLE_WORDS \
            or any(w not in TITLE_WORDS and w not in TITLE_LEAD for w in role.group(1).split()):
        return False  # (not 'Park Ji-won spoke after analyst Lee Su-bin')
    if role.group(2) in _STAFF and is_given_name(run.tokens[0]):
        return False  # 'Donald Trump spokesman X', 'Ana Lima lawyer X': a person's own staff
    return len(run.tokens) >= 2 and not _is_place(run.text) and not any(t in DEMONYMS for t in run.tokens)


# The roles a side gives its people: a word alone before one of these and a full name is a side.
_SIDE_ROLES = frozenset("coach manager captain skipper striker goalkeeper keeper midfielder defender "
                        "forward winger boss playmaker fly-half scrum-half quarterback pitcher".split())
_SIDE_ROLE_THEN_NAME = re.compile(rf"\s+(?:head\s+|assistant\s+|team\s+)?(?:{'|'.join(sorted(_SIDE_ROLES))})"
                                  r"\s+[A-Z][\w\-]+\s+(?:(?:de|da|do|dos|del|di|la|van|von|der|den)\s+)*[A-Z]")


_WORD_BEFORE_SIDE_ROLE = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*)(?=" + _SIDE_ROLE_THEN_NAME.pattern + ")")


def side_named_short(whole: str, word: str) -> bool:
    """'Pirates coach Jose Riveiro', 'Sundowns captain Themba Zwane': the last word of 'Orlando
    Pirates', written alone before a side's role and a full name, is the side's short name; the
    name is a side's, not a person's (though 'Orlando' is a given name)."""
    return word in _words_before_side_roles(whole)


@functools.lru_cache(maxsize=4)
def _words_before_side_roles(whole: str) -> frozenset[str]:
    """One pass over the article (not one per name: that was quadratic in its length)."""
    return frozenset(match.group(1) for match in _WORD_BEFORE_SIDE_ROLE.finditer(whole))


_STAFF = frozenset("adviser advisor spokesman spokeswoman spokesperson counterpart lawyer deputy "
                   "attorney aide".split())


def _opens_sentence(text: str, at: int) -> bool:
    # (a dateline's end opens the article's first sentence: 'LOBATSE, July 9 (AP) - Veterinary teams')
    return not window.last_visible(text, at) or at == dateline_end(text) \
        or bool(re.search(r"[.!?][\"”’']?\s+$", window.before(text, at)))


def listed_with(text: str, run: Run, orgs: set[str]) -> bool:
    """'rivals Infosys and Wipro', 'the CGT-Cheminots and Sud-Rail unions': a name joined by
    'and' or a comma to an organisation, or before a plural organisation noun."""
    before = window.before(text, run.start)
    after = window.after(text, run.end)
    if _is_place(re.sub(r"^The\s+", "", run.text)) or any(t in DEMONYMS for t in run.tokens) \
            or person_before_office(text, run):
        return False  # 'The U.S. and Chinese delegations'; '... Union and Jan van der Meer, chairman of
    # (each organisation tried only after an 'and': trying all of them beside every name grew
    # with the names times the organisations)
    if before.endswith((" and ", " and the ")) and any(
            before.endswith(f"{org} and ") or before.endswith(f"{org} and the ") for org in orgs):
        return True  # (not 'GNS Science, Dr Hana Tipene,': a comma may set off a person)
    if after.startswith(" and ") and any(
            after.startswith(f" and {org}") or after.startswith(f" and the {org}") for org in orgs):
        return True
    if len(run.tokens) == 1 and _opens_sentence(text, run.start):
        return False  # 'Fishing companies and the towns reacted': an adjective opening the sentence
    plural = re.match(r"\s+(?:and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+)?([a-z]+s)\b", after)
    return bool(plural and (plural.group(1)[:-1] in ORG_NOUNS or plural.group(1)[:-3] + "y" in ORG_NOUNS))
    # ('unions', 'companies'; not 'delegations', which people form)


def org_apposition(found: list[Run], index: int, paragraphs: tuple[str, ...]) -> Run | None:
    """'The Norwegian Fishermen's Association, Norges Fiskarlag, said': a name set off by commas
    right after an organisation's is its other name (in its own language, or short); the
    organisation's run, or None. Not a person with a given name ('the ministry, Ana Lima, said')."""
    run = found[index]
    if index == 0 or not 1 <= len(run.tokens) <= 4 or is_given_name(run.tokens[0]) \
            or any(t.lower() in TITLE_WORDS for t in run.tokens):
        return None
    left = found[index - 1]
    text = paragraphs[run.paragraph - 1]
    if left.paragraph != run.paragraph or text[left.end:run.start] != ", " \
            or not text[run.end:run.end + 1] == "," \
            or not any(t.lower() in ORG_HEADS for t in left.tokens) \
            or any(t.lower() in ORG_HEADS for t in run.tokens):
        return None  # (round 14, helper r14c: 'the Communications Department, Bank of Ghana, Accra':
        # a body's word of its own names another body, the one the first belongs to; no other name)
    role = _ROLE_FOR.search(text, 0, left.start)
    if role is not None and role.group("role").lower() in TITLE_WORDS:  # (one holder: no 'Officials of')
        return None  # 'A spokesman for the Tolon Traditional Council, Iddrisu Mahama, said': the holder
    return left


# An office held in a body, just before the body's name: 'A spokesman for the', 'the head of'.
_ROLE_FOR = re.compile(r"\b(?P<role>[A-Za-z\-]+)\s+(?:for|of|at)\s+(?:the\s+)?$")


def owns_a_player(whole: str, name: str) -> bool:
    """"Vasco da Gama's Tomás Echeverri", "Brazil's Neymar": a name whose possessive stands before
    a person's full name (maybe after a lower-case role: "Santos' striker Ana Lima", "Vasco's head
    coach, Rafael Paiva") is a team, a body or a country, not a person."""
    at = whole.find(name)
    while at >= 0:
        match = _OWNS.match(whole, at + len(name))
        if match and is_given_name(match.group(1)) and (at == 0 or not whole[at - 1].isalnum()):
            return True
        at = whole.find(name, at + 1)
    return False


_OWNS = re.compile(r"['’]s?\s+(?:[a-z\-]+,?\s+){0,2}([A-Z][\w\-]+)\s+"
                   r"(?:(?:da|de|di|van|von|dos|del)\s+)?[A-Z]")


# 'Marta Figueiredo, the president of the Portuguese space agency, Portugal Space, said': after a
# person's name and a role that ends in a body's common noun, the name set off by commas is the
# body's (the person's is the one before). ('the head of the union, Ana Lima,' has no name before.)
_PERSON_ROLE_BODY = re.compile(
    r"[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+,\s+(?:the|a|an)\s+[^,;.\"“”]{0,80}?\b(?P<noun>[a-z\-]+),\s+$")


def named_after_its_noun(text: str, run: Run) -> bool:
    match = _PERSON_ROLE_BODY.search(window.before(text, run.start))
    if match is None or not text[run.end:run.end + 1] == ",":
        return False
    noun = match.group("noun")
    return (noun in ORG_NOUNS or noun in ORG_HEADS) and not is_given_name(run.tokens[0])


# The offices of a firm's or a body's board, after its possessive: "Marubeni's chief executive,
# Kenji Sato", "Petrobras' chairman". (Not a person's staff: 'Museveni's spokesman'.)
_BODY_OFFICE = re.compile(
    r"['’]s?\s+(?:new\s+|former\s+|then\s+|deputy\s+)?(?:chief\s+executive|chief\s+financial\s+officer|"
    r"chief\s+operating\s+officer|ceo|chairman|chairwoman|managing\s+director|general\s+manager|"
    r"director[\s\-]general|board|shareholders|chief\s+economist|finance\s+director|"
    r"director\s+of\s+(?:operations|finance|flight\s+operations|engineering|sales|marketing|production))\b",
    re.IGNORECASE)  # (round 13: "Tsaradia's director of operations")


# A board's office, then 'of' (round 14, helper r14c: 'the former chief executive of Nordvik
# Sparebank, Halvard Lie,' drafted a place 'Nordvik Sparebank', the country of his role).
_BOARD_OF = re.compile(r"\b(?:chief\s+executive|chairman|chairwoman|chairperson|managing\s+director|"
                       r"(?:co-)?founder|chief\s+(?:financial|operating|executive)\s+officer|CEO|"
                       r"finance\s+director|board\s+of\s+directors|shareholders)\s+of\s+(?:the\s+)?$")


def board_of(text: str, run: Run) -> bool:
    """'the chief executive of Nordvik Sparebank': a board's office of a name is a body's."""
    return _BOARD_OF.search(window.before(text, run.start)) is not None \
        and not any(t in DEMONYMS for t in run.tokens)  # ('managing director of the Indian state-owned
    # firm Konkan Fertilisers')


def holds_a_board(whole: str, name: str) -> bool:
    """A name whose possessive stands before a board's office ("Marubeni's chief executive") is
    a body's: a firm or an institution, not a person."""
    at = whole.find(name)
    while at >= 0:
        if (at == 0 or not whole[at - 1].isalnum()) and _BODY_OFFICE.match(whole, at + len(name)):
            return True
        at = whole.find(name, at + 1)
    return False


# 'whose National Rally holds 124 seats', 'Labour won 411 seats', 'the Greens have 12 seats in the
# assembly': the one that holds, wins or loses seats is a party (round 12, stint 2).
_SEATS_AFTER = re.compile(r"\s+(?:now\s+)?(?:holds?|has|have|had|won|wins|win|lost|loses|lose|controls?|"
                          r"took|takes)\s+(?:just\s+|only\s+|about\s+|some\s+)?(?:\d{1,3}|[a-z]+)\s+"
                          r"(?:of\s+the\s+\d{1,3}\s+)?(?:[a-z]+\s+)?seats\b")


def holds_seats(text: str, run: Run) -> bool:
    return len(run.tokens) <= 4 and not _is_place(run.text) and _SEATS_AFTER.match(text, run.end) is not None


# A party or a union named, then its kind in small letters ('the opposition Isamaa party', 'the
# banned Solidarity union', 'the Labour party'): the kind is no part of the name as answers write
# it, but a reader may write it so (an alias). Not an occasion ('the Christmas party'), nor a
# country's or a people's ('the Soviet union', 'the African union' in small letters).
_KIND_AFTER = re.compile(r"\s+(party|union)\b(?![\-'’])")
_OCCASIONS = frozenset("Christmas Halloween Easter New Year Eid Diwali Hogmanay Thanksgiving Birthday "
                       "Garden Dinner Tea Launch Release Office Pool Beach House Block Street".split())
_NO_WORD_BEFORE = re.compile(r"(?:^|[.!?]\s+|\b(?:the|an?|its|their|opposition|ruling|governing|banned|"
                             r"outlawed|nationalist|centrist|conservative|liberal|far-right|far-left|"
                             r"right-wing|left-wing|small|new|main|independent|trade|teachers['’]?|"
                             r"miners['’]?|dockers['’]?)\s+)$")


def named_before_its_kind(text: str, run: Run, tokens: list[str]) -> str | None:
    """'the opposition Isamaa party says', 'towards the banned Solidarity union': a name of one to
    three capitalised words right before 'party' or 'union' in small letters, after 'the' or an
    adjective of politics, is the party or the union; returns the kind (round 18: nothing drafted).
    Not where a name follows the kind ('the Christian union ACV-Transcom')."""
    kind = _KIND_AFTER.match(text, run.end)
    if kind is None or not 1 <= len(tokens) <= 3 or len(tokens) != len(run.tokens) \
            or any(t in _OCCASIONS or t in NOT_NAME or t.lower() in TITLE_WORDS for t in tokens):
        return None
    name = " ".join(tokens)
    if name in COUNTRIES or name in DEMONYMS or name in CITIES or name in REGIONS \
            or name in ("Soviet", "European"):
        return None
    if _NO_WORD_BEFORE.search(window.before(text, run.start)) is None:
        return None
    if re.match(r"\s+[A-Z]", text[kind.end():]):
        return None  # 'the Christian union ACV-Transcom': the union's own name follows the kind; the
        # word before says what kind of union (round 19: a body 'Christian')
    return kind.group(1)
