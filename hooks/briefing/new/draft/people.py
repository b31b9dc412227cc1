"""People: a capitalised run is a person only with evidence (a title, an honorific, a speech
verb beside it, an apposition, the surname used alone later, the person's own clause)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from briefing.new.draft import window
from briefing.new.draft.clauses import (
    acts_as_his,
    acts_as_its,
    firm_named_like_a_person,
    line_firm,
    own_gender,
    speaks_with_which,
)
from briefing.new.draft.credits import credited_only
from briefing.new.draft.entity import Entity
from briefing.new.draft.evidence import (
    TRADES_NO_SURNAME,
    apposed_gender,
    gender,
    given_name_first,
    honorifics,
    organisation_by_noun,
    player_of_a_country,
    surname_used_alone,
    without,
)
from briefing.new.draft.firms import called_as_a_body, names_works
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    ADDRESS_ABROAD,
    COMPETITION_WORDS,
    CONTACT_VERBS,
    COUNTRIES,
    DEMONYMS,
    EVENT_TAILS,
    HONORIFICS,
    HYPHEN_ARTICLES,
    INDONESIAN_ADDRESS,
    KNOWN_ORGS,
    LATIN_ADDRESS,
    MUNICIPAL_WORDS,
    NOT_NAME,
    NOT_PEOPLE,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_HEADS,
    PLACE_LEADS,
    PLACE_NOUNS,
    PREPOSITIONS,
    RANK_ADDRESS,
    SIDE_TAILS,
    SPEECH_VERBS,
    STORM_WORDS,
    TITLE_WORDS,
)
from briefing.new.draft.lonenames import DOUBT as LONE_DOUBT
from briefing.new.draft.lonenames import quoted_by_one_name
from briefing.new.draft.nameorder import family_name_first
from briefing.new.draft.names import (
    RUN,
    Run,
    runs,
    tail,
    whole_words,
    word_after,
    word_before,
    words_before,
)
from briefing.new.draft.orgcontext import (
    airline,
    holds_seats,
    named_after_its_noun,
    org_apposition,
    owns_a_player,
    side_named_short,
    titles_a_person,
)
from briefing.new.draft.orgwords import BODY_FIELDS
from briefing.new.draft.papers import quoted_paper
from briefing.new.draft.placeevidence import (
    GEO_NOUNS,
    kind_named,
    land_named_first,
    listed_in_places_of,
    located_at,
    named_facility,
    seat_in_brackets,
    seat_or_arrival_at,
)
from briefing.new.draft.places import host_of_an_event
from briefing.new.draft.placings import placed_people
from briefing.new.draft.plurals import listed_after_plural, listed_people
from briefing.new.draft.ranks import office_before_rank
from briefing.new.draft.rolewords import LOWER_TRADES, PERSON_TRADES, ROLE_MODIFIERS, ROLE_WORDS
from briefing.new.draft.scorers import scored
from briefing.new.draft.spans import in_capitals
from briefing.new.draft.surnames import merge_titled_surnames
from briefing.new.draft.teams import plays_a_match
from briefing.new.draft.titles import (
    TITLE_LEAD,
    is_address_abroad,
    is_job,
    is_name,
    placed_initials,
    portfolio_word,
    shortened_before_a_name,
    split_title,
)

# 'said Kerry' names a speaker; 'told France Inter' names who heard it, maybe not a person.
_TO_SOMEONE = frozenset("told tells telling asked asks urged urges praised called".split())
# Styles of address before an office ('His Majesty King X', 'Her Royal Highness Princess Y', 'His
# Excellency President Z'): no part of the office.
_ROYAL_STYLES = frozenset("Majesty Royal Highness Excellency Holiness Eminence Serene".split())
_PLAIN_HONORIFICS = frozenset(f"mr mr. mrs mrs. ms ms. dr dr. sir madam encik puan cik {LATIN_ADDRESS} "
                              f"atty atty. engr engr. smt smt. shri shree {INDONESIAN_ADDRESS} "
                              f"{ADDRESS_ABROAD} hon hon. rt rt.".split())  # (round 19: 'Doña', 'Herr',
# 'Ing.'; round 20: 'welcomed by Rt Hon. Jacinda Ardern, who said', no person, her given name in no list)


# Honorifics of the Gulf and the Arab world between an office and a name ('Foreign Minister Sayyid
# Badr bin Hamad al-Busaidi'): no part of the office.
_ARABIC_HONORIFICS = frozenset("sheikh sheikha shaikh shaikha sheik sayyid sayyida sayed".split())
_TRAILING_HONORIFICS = _PLAIN_HONORIFICS | _ARABIC_HONORIFICS | {"cr", "cr.", "cllr"}
_COUNTRYS = re.compile(r"(?<![\w'’])([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['’]s\s+$")


# An office of two portfolios, cut by its 'and' ('Minister of Electricity and Water Sheikh X'): the
# office and its first portfolio before the run.
_OFFICE_BEFORE_AND = re.compile(r"(?<![\w'’])((?:[A-Z][\w\-]*\s+){0,2}?([A-Z][\w\-]*)\s+(?:of|for)\s+"
                                r"(?:(?:the\s+)?[A-Z][\w\-]*,?\s+){1,5}and\s+)$")
# (round 20: portfolios listed with commas, 'Minister of Minerals, Energy and Water Affairs David Magang'
# was a person 'Water Affairs David Magang', unmarked speaker of his quotes)


def _office_across_and(text: str, run: Run, title: list[str]) -> str | None:
    """'Minister of Electricity and Water Sheikh Ahmed al-Sabah': the run holds the office's last
    portfolio ('Water') and an honorific before the name; the office is the whole 'Minister of
    Electricity and Water' (round 15: the role was 'Water', or 'water' read as a job)."""
    office = _OFFICE_BEFORE_AND.search(window.before(text, run.start))
    if office is None or office.group(2).lower() not in TITLE_WORDS or not title:
        return None
    portfolio: list[str] = []
    for word in title:
        if word.lower() in _TRAILING_HONORIFICS | TITLE_WORDS or word in _ROYAL_STYLES:
            break
        portfolio.append(word)
    return office.group(1) + " ".join(portfolio) if portfolio and len(portfolio) <= 2 else None


# The capitals that close a body's name ('Inspectie SZW', 'Al Batinah Power SAOG', 'Banco BPM'): two
# letters or more, no Roman number ('Tupou VI', 'John Paul II') nor letters after a person's name.
_CAPITALS_TAIL = re.compile(r"[A-Z]{2,}")
_ROMAN = re.compile(r"[IVXL]+")
_AFTER_A_NAME = frozenset("KC QC SC MP MSP MLA MEP MHA MPP TD OBE CBE MBE KBE DBE GBE OAM AM AO AC "
                          "MD JP".split())


def _closed_by_capitals(name: list[str]) -> bool:
    """A name that closes with a word in capitals after a word that is no given name ('Inspectie SZW
    said in a statement', 'a consortium of Al Batinah Power SAOG and Brabo Energy NV'): a body's name
    closed by its initials or its legal form, not a person's (round 20: both were people). Not a
    surname written in capitals after given names ('Jean-Luc MOREAU'), nor a Roman number or
    letters after a name ('Tupou VI', 'Keir Starmer MP')."""
    if len(name) < 2 or not _CAPITALS_TAIL.fullmatch(name[-1]) or _ROMAN.fullmatch(name[-1]) \
            or name[-1] in _AFTER_A_NAME or all(t.isupper() for t in name):
        return False
    return not all(is_given_name(t) or t.islower() for t in name[:-1])


# A person the article names by one name only, as they asked: 'a driller who gave his name only as
# Artak', 'a nurse who would give only her first name, Amina,', 'identified only as Karim'.
_ONLY_AS = re.compile(r"(?:\b(?:a|an|the|one)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z][\w\-]*),?\s+who\s+"
                      r"(?:would\s+|asked\s+to\s+)?)?(?:\b(?:gave|give|gives|giving|gave\s+only|give\s+only)\s+"
                      r"(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)|"
                      r"\b(?:identified|known|named|called)\s+only\s+as|\bbe\s+(?:identified|named|called)\s+"
                      r"(?:only\s+)?(?:as|by\s+(?:his|her)\s+first\s+name,?))\s+$")


def _named_only_as(text: str, run: Run) -> str | None:
    """A name of one word that the article says is all it gives ('One of them, a driller who gave his
    name only as Artak, said'; round 20: no person, and his quote went to another): a person, with the
    noun before 'who' as the role ('' for none); None where the words are not there."""
    match = _ONLY_AS.search(window.before(text, run.start))
    if match is None:
        return None
    noun = match.group("noun") or ""
    return noun if noun in TITLE_WORDS or noun in PERSON_TRADES else ""


_NAME_SUFFIXES = frozenset("Junior Jr Jnr Snr Sr".split())


def _office_of_a_body(tokens: list[str]) -> bool:
    """'The Speaker of the Assembly', 'Secretary-General of the Union': an office of a body, whose
    holder the name set off by commas after it is (no other name of the body)."""
    words = [t for t in tokens if t not in NOT_NAME]
    return bool(words) and (words[0].lower() in TITLE_WORDS or words[0].lower() in TITLE_LEAD) \
        and any(t in ("of", "for") for t in tokens)


def _portfolio_across_and(text: str, run: Run, title: list[str],
                          name: list[str]) -> tuple[list[str], list[str]]:
    """'Minister for Culture and Heritage Anna Nowak': after an office's portfolio cut by its 'and',
    the run's words before a given name are the office's last portfolio, not the name's (round 17:
    a person 'Heritage Anna Nowak'); `_office_across_and` then reads the whole office."""
    if title or len(name) < 3 or not _OFFICE_BEFORE_AND.search(window.before(text, run.start)):
        return title, name
    at = next((i for i, word in enumerate(name[:3]) if is_given_name(word)), 0)
    if not at:  # (round 21: a given name in no list after a portfolio's own words, 'Deputy Minister of
        # Agriculture and Water Resources Bahodir Rahmonqulov', was a person 'Water Resources Bahodir ...')
        at = next((i + 1 for i in range(min(3, len(name) - 2) - 1, -1, -1) if portfolio_word(name[i])), 0)
    if at and is_name(name[at:]) and len(name) - at >= 2:
        return name[:at], name[at:]
    return title, name


def _office_before_its_holder(text: str, run: Run, title: list[str], name: list[str]) -> bool:
    """'the Minister of State Assets, Paweł Grzybowski-Rej,': an office of a portfolio, then its
    holder's full name after a comma; the portfolio's last word left as a name of one word is no
    person (round 17: a person 'Assets'). Not 'Secretary of State Blinken said'."""
    holder = re.match(r",\s+(\S+)\s+[A-Z]", text[run.end:run.end + 60])
    return len(name) == 1 and ("of" in title or "for" in title) and holder is not None \
        and is_given_name(holder.group(1)) and not is_given_name(name[0])


# A work owned by one name in the possessive: a theory, a law, a piece of music or writing ("to test
# Einstein's theory of gravity", "opened with Widor's Symphonie gothique", "for Fauré's Requiem";
# round 21: none was a person). The name is the author's, named by one word; marked. Nor is such a
# mention one a pronoun stands for (pronouns._candidates: 'she said' after 'Einstein's theory').
WORK_OF = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:theory|theories|theorem|equations?|principle|relativity|"
                      r"symphony|symphonie|sinfonia|concerto|sonatas?|requiem|oratorio|cantata|"
                      r"novels?|poems?|sonnets)\b", re.IGNORECASE)
AUTHOR_DOUBT = ("Named by one word only, as the author of a work the article names (a theory, a piece of "
                "music or writing): check who is meant, and give the full name.")


def _shortened_address(text: str, run: Run, name: list[str]) -> bool:
    """'The regional assembly's chairwoman, Mgr. Alena Pekárová, said': a title or a form of address
    shortened before a name ('Mgr.', 'Ing.', 'Dott.'), its full stop ending the run, is no person of
    its own (round 21: a person 'Mgr' beside Alena Pekárová, a title word's apposition before it)."""
    return name == run.tokens[-1:] and shortened_before_a_name(text, run.end, name[0])  # (or after an
    # office: 'Council Chairman Eng. Mohammad Saleh Al-Kandari', a person 'Eng')


# A name said to be a town, a city, an island ('Sal Rei is the biggest town on the island'; round 21: a
# person, 'Sal' a given name): the kind of place closes the phrase (not 'the town clerk', "the
# city's mayor", 'a city councillor'), after no word but its adjectives ('Chief Yapa Nakou is a chief
# from a village near Lenakel' is a person).
_TOWN_NOUNS = "|".join(sorted(PLACE_NOUNS - {"station", "mine", "farm", "riding", "crossing", "corridor"}))
_IS_A_PLACE = re.compile(r"\s+(?:is|was|remains|has\s+long\s+been|has\s+been)\s+(?:the|a|an)\s+"
                         r"(?:(?!(?:from|of|in|at|on|near|with|for|to|a|an|the)\b)[a-z][\w\-]*\s+){0,3}?"
                         rf"(?:{_TOWN_NOUNS})"
                         r"(?=\s*[,.;:]|\s+(?:on|in|of|near|at|north|south|east|west|and|where|with)\b)")


# A route's or a stretch's ends: 'between X and the Mafa River', 'between X and Lake Y' (round 21:
# 'crossing points between Bo Waterside and the Mafa River' drafted a person, 'Bo' a given name).
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
_AND_A_PLACE = re.compile(r"\s+and\s+(?:the\s+)?(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")


def _between_it_and_a_place(text: str, run: Run) -> bool:
    """'between Bo Waterside and the Mafa River': the other end a place by its head word, the name is
    a place too (not 'a meeting between Woods and the Defence Minister')."""
    other = _AND_A_PLACE.match(text, run.end)
    words = other.group("name").split() if other else []
    return bool(words) and _BETWEEN_BEFORE.search(tail(text, run.start, 12)) is not None \
        and (words[-1].lower() in PLACE_HEADS or words[0] in PLACE_LEADS and len(words) >= 2)


def _said_to_be_a_place(text: str, run: Run) -> bool:
    """'Sal Rei is the biggest town on the island': the name is a place's."""
    return _IS_A_PLACE.match(text, run.end) is not None


_INITIALS_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _its_initials_after(text: str, run: Run) -> bool:
    """'Portugal owns 82 percent of Hidroeléctrica de Cahora Bassa (HCB), the company that runs the
    dam': a name followed by its own initials in brackets is a body's, written out once to be
    shortened after (round 21: a person, its surname 'Bassa' standing alone in 'Cahora Bassa')."""
    initials = _INITIALS_AFTER.match(text, run.end)
    return initials is not None and len(run.tokens) >= 2 and not is_given_name(run.tokens[0]) \
        and initials.group(1) == "".join(t[0] for t in run.tokens if t[:1].isupper())  # (not
    # 'Andrés Manuel López Obrador (AMLO)', a given name first)


_OFFICE_APPOSED = re.compile(r"(?:(?:Honourable|Hon\.?|Right\s+Honourable)\s+)?"
                             r"(?P<office>(?P<head>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*"
                             r"(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3}),\s+$")


def _office_apposed_before(text: str, run: Run, title: list[str], evidence: str) -> str | None:
    """An office of a portfolio set off by a comma before a name that carries a title of its own
    ('the Honourable Minister of Health, Senator Nomsa Mabuza-Hlophe'): the office, a role besides
    the title; None where there is none or the title is the office."""
    if not title or len(title) > 2:
        return None
    match = _OFFICE_APPOSED.search(tail(text, run.start, 120))
    if match is None or match.group("head").split()[-1].lower() not in TITLE_WORDS:
        return None
    office = match.group("office")
    return office if office.lower() != evidence.lower() and evidence.lower() not in office.lower() else None


def _portfolio_after_and(text: str, run: Run, title: list[str], name: list[str]) -> bool:
    """'The Minister of Planning and Economic Development, Kwabena Duffuor,': the office's last
    portfolio after its 'and', closed by a portfolio's word, is no person (round 21: a person
    'Development')."""
    words = [*title, *name]
    return portfolio_word(words[-1]) and not any(is_given_name(word) for word in words) \
        and _OFFICE_BEFORE_AND.search(window.before(text, run.start)) is not None


def _person_evidence(run: Run, text: str, title: list[str], name: list[str]) -> str | None:
    """The title the article gives, '' for evidence without a title, None for no evidence."""
    across = _office_across_and(text, run, title)
    if across:
        return across
    honorific_only = bool(title) and all(t.lower() in _PLAIN_HONORIFICS | {"prof.", "prof"}
                                         or is_address_abroad(t) for t in title)  # ('Don Ramón X')
    office = office_before_rank(text, run.start, title)
    if office and not honorific_only:
        return office  # 'Managing director Captain William Ruto': the office, not the rank
    if any(t.lower() in TITLE_WORDS for t in title) and not honorific_only:
        kept = title[next(i for i, t in enumerate(title) if t not in NOT_NAME | PREPOSITIONS
                          and not _under_not_secretary(title, i) or t.lower() in TITLE_WORDS):]
        if "of" in kept[:-1]:  # 'The BDP of President Mokgweetsi Masisi': the party of the
            # president, whose office is 'President' (not 'Minister of Finance')
            of = len(kept) - 1 - kept[::-1].index("of")
            if of + 1 < len(kept) and kept[of + 1].lower() in TITLE_WORDS and of \
                    and kept[of - 1].lower() not in TITLE_WORDS:
                kept = kept[of + 1:]
        while len(kept) > 1 and kept[0] in _ROYAL_STYLES:
            kept = kept[1:]  # 'His Majesty King Tupou VI': the office is 'King'
        while len(kept) > 1 and kept[-1].lower() in _TRAILING_HONORIFICS:
            kept = kept[:-1]  # 'Deputy Mayor Cr Ann-Maree Greaney': the office, not its 'Cr'; "Qatar's
            # Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani": 'Prime Minister' (round 14)
        country = _COUNTRYS.search(window.before(text, run.start)) if title[:len(kept)] == kept else None
        if country and country.group(1) in COUNTRIES:  # "Paraguay's President Santiago Peña": the
            # country's office (round 14, lead: the role had no country)
            return f"{country.group(1)}'s {' '.join(kept)}"
        return " ".join(kept)
    if title[-1:] == ["Justice"] and len(name) >= 2:
        return " ".join(t for t in title if t not in NOT_NAME)  # 'Justice Shahid Karim, hearing
        # the petition': a judge's title before a name (in lower case, 'justice' is no title)
    if speaks_with_which(text, run):
        return None  # '"...," said Minera Yanacocha, which runs the mine': a body speaks
    owned = _owned_title(tail(text, run.start))
    if owned and _ITS_TITLE.search(tail(text, run.start)):
        owned = _its_owner(text, run.start, owned)
    if owned:
        return owned  # "the Accra Metropolitan Assembly's chief executive, Michael Allotey,"
    head = tail(text, run.start)  # bounded: these searches end at the name (names.TAIL)
    if honorific_only:
        return _title_before(head, len(name)) or _appositive(text, run.end) or office \
            or _role_closing(text, run.end) or " ".join(title)
        # 'Dr. Rosa María Canul'; 'the Minister of Labour, Mr. Ray Gunter,'; 'Dr X, WHO Director-General,';
        # 'said Maître Jean-Luc Moreau, the family's lawyer.' (round 19: the style lost the role)
    if title[:1] and len(title) == 1 and is_job(title[0]):
        return title[0].lower()  # 'Entomologist Tanvir Ahmed Siddiqui of ... said'
    before_comma = _title_before(head, len(name))
    if before_comma:
        return before_comma
    if len(name) >= 2 and (word_before(text, run.start) in ("named", "called")
                           or re.search(r"\b(?:led|headed|chaired|coached)\s+by\s+$", head)):
        return _appositive(text, run.end) or ""  # 'a woman named Maria Santos', 'the delegation
        # is led by Khalil al-Hayya', 'was led by Ilya Shestakov, head of the agency X.''
    if len(name) == 1 and not title and is_given_name(name[0]) and _KIN_BEFORE.search(head) \
            and re.match(r"\s*[,.;]", text[run.end:run.end + 2]):
        return _KIN_BEFORE.search(head).group(1)  # type: ignore[union-attr]  # 'took over from his father,
        # Vittorio, in 2001' (round 19: no person): a relative named by the given name alone (no role:
        # _add_person keeps no kin word as one)
    if len(name) >= 2 and (_PRONOUN_NEXT.match(text, run.end) or _WHO_THEN_PRONOUN.match(text, run.end)) \
            and word_before(text, run.start) not in _AT_A_PLACE:
        return ""  # 'One of them was Peter Otieno. He has three children.'; 'Wangari Maathai, who
        # founded the Green Belt Movement, died on Sunday, the movement said. She was 71.' (not '... in
        # the National Court in Port Moresby. He said': a place)
    if len(name) >= 2 and run.start == 0 and len(run.tokens) == len(name) \
            and _THEN_PRONOUN_SUBJECT.match(text, run.end):
        return ""  # 'Aisake Batibasaga has led ... . Ahead of ..., he spoke to us' (above)
    copula = re.search(r"\b(?:[Tt]he\s+)?((?:[a-z\-]+\s+)?[a-z\-]+)\s+(?:is|was)\s+$", head)
    if len(name) >= 2 and copula and copula.group(1).split()[-1] in TITLE_WORDS:
        return copula.group(1)  # 'The head teacher is Grace Wanjiru.'

    before = words_before(text, run.start, 4)
    if before and before[-1] in LOWER_TRADES and len(name) >= 2:
        ahead = before[-2] if len(before) >= 2 and before[-2] in DEMONYMS else ""
        return f"{ahead} {before[-1]}".strip()  # 'the Malian singer Oumou Sangaré'
    if before and before[-1].lower() in _PLAIN_HONORIFICS:
        written = _OFFICE_BEFORE_STYLE.search(head)
        if written and written.group(1).split()[0].lower() in TITLE_WORDS:
            return str(written.group(1))  # 'Minister of Water and Irrigation Eng. Lina Abu Hammour'
            # (round 19: the office before the style was lost)
        return _role_closing(text, run.end) or before[-1]  # 'the Chairman, Mr. Hogan and Mr. Keane':
        # the style of address alone, no office (round 15: the role 'Mr. Mr.', the title words of all
        # the words before); 'said Dr. Joko Susilo, a teacher.': the role closing the sentence (round 19)
    if before and before[-1].lower() in TITLE_WORDS:
        lead = [w for w in before if w.lower() in TITLE_LEAD or w.lower() in TITLE_WORDS
                or w in DEMONYMS]
        stop = max((i for i, w in enumerate(before) if w.endswith((".", "!", "?", ";"))
                    and w.lower() not in RANK_ADDRESS and not re.fullmatch(r"(?:[A-Z]\.)+", w)), default=-1)
        if stop >= 0:  # ('A UN official said. US envoy Steve Witkoff': no word of the sentence before;
            lead = [w for w in before[stop + 1:] if w in lead]  # round 15: 'official US envoy')
        if len(before) >= 2 and before[-1].lower() in ROLE_WORDS and before[-2].lower() in ROLE_MODIFIERS:
            opening = lead[-4:-2] if lead[-2:-1] == [before[-2]] else lead[-3:-1]  # (the modifier once,
            # a role word itself too: 'Opposite hitter X' read 'Opposite opposite hitter')
            return " ".join([*opening, before[-2].lower(), lead[-1]])  # 'Shop steward X': the whole role
        lower = _lower_role(before)
        ahead = before[-len(lower.split()) - 1] if lower and len(before) > len(lower.split()) else ""
        if lower and ahead in DEMONYMS and len(lower.split()) < 4:
            return f"{ahead} {lower}"  # 'Egyptian intelligence chief Hassan Rashad' (was 'Egyptian
            # chief'), 'Chinese foreign minister Wang Yi': the nationality and the whole office
        if lower and len(lower.split()) > len(lead[-3:]):
            return lower  # 'former economic security minister Sanae Takaichi' (was 'former economic
            # minister'), 'agriculture minister Shinjiro Koizumi' (was 'minister')
        initials = before[-len(lead[-3:]) - 1] if len(before) > len(lead[-3:]) else ""
        if re.fullmatch(r"[A-Z]{2,6}", initials) and all(w[:1].islower() for w in lead[-3:]) \
                and (initials in KNOWN_ORGS | COUNTRIES or f"({initials})" in text):
            return f"{initials} {' '.join(lead[-3:])}"  # 'KRA commissioner Humphrey Wattanga': the
            # body's initials own the office (round 15: the role named no body)
        return " ".join(lead[-3:])
    if len(name) >= 2 and (_CONTACT_AFTER.match(text, run.end) or _CONTACT_BEFORE.search(head)):
        return ""  # 'when Jarrad Branthwaite tripped Luis Díaz': one body's act on another
    if scored(text, run, name):
        return ""  # 'Tigist Alemu put the Bank ahead', 'levelled through Meseret Tadesse'
    if len(name) >= 2 and player_of_a_country(text, run):
        return ""  # 'Iga Swiatek of Poland beat Amanda Anisimova 6-0, 6-0'
    if len(name) >= 2 and (word_after(text, run.end) in SPEECH_VERBS  # (or 'X, told')
                           and word_before(text, run.start) not in _OBJECT_OF | {"the"}
                           or re.match(r",\s+(?:told|said|added)\b", window.after(text, run.end))
                           and not _IN_APPOSITION.search(head)
                           and word_before(text, run.start) not in _OBJECT_OF | {"the"}  # (round 19:
                           # 'vendors moved to the Central de Abastos, said Rosa Martínez': a place)
                           or _SPEAKING_FOR.match(text, run.end) is not None
                           or word_before(text, run.start) in SPEECH_VERBS - _TO_SOMEONE):
        last = _OFFICE_LAST.match(text, run.end)
        return last.group(1) if last and _office_of(last.group(1).split()) \
            else _role_closing(text, run.end) or ""  # ('said Lucy Powell, Leader of the House.':
        # an office closing the sentence is hers; round 14, helper r14c: so is 'said Josie Tamate,
        # the commission's chair and a former director-general of ...', 'said X, head of the agency.')
    return _appositive(text, run.end)


_THE_RIGHT_BEFORE = re.compile(r"\b[Tt]he\s$")
# An office written in capitals straight before a style and the name ('Minister of Water and Irrigation
# Eng. Lina Abu Hammour'): the office, up to seven words, its portfolio joined by 'of', 'for', 'and'.
_OFFICE_BEFORE_STYLE = re.compile(r"(?<![\w'’\-])([A-Z][\w\-]*(?:\s+(?:of|for|and|the|[A-Z][\w\-]*)){0,6})\s+"
                                  r"[A-Z][\w.\-]*\.?\s+$")
# A relative of someone, then a comma, before a given name alone: 'his father, Vittorio,'.
_KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(father|mother|brother|sister|son|daughter|wife|husband|"
                         r"grandfather|grandmother|uncle|aunt),\s+$")


# A name after one of these is the word's object, not the subject of the verb after it: 'a site
# in East Antarctica called Little Dome C', 'officials in Kabul said' (no speaker 'East
# Antarctica', 'Kabul').
_OBJECT_OF = frozenset("in at near from outside inside across of for to with into".split())
_THINGS = PLACE_NOUNS | GEO_NOUNS | ORG_NOUNS | frozenset(
    "site area camp base dome estate farm plant factory project programme program organisation "
    "organization party band body institute foundation".split())


def _a_quoted_title(text: str, run: Run) -> bool:
    """A name alone between quotation marks is a work's title, a play's or a song's, not a person
    ('the company performs "Ndeye Sali" at the Institut Français'; round 17: a person); a nickname
    stands between two parts of a name and is no run of its own."""
    return 0 < run.start and text[run.start - 1] in "\"“" and text[run.end:run.end + 1] in ("\"", "”")


def _names_a_thing(head: str) -> bool:
    noun = kind_named(head)
    return noun is not None and noun in _THINGS


_CONTACT = "|".join(sorted(CONTACT_VERBS, key=len, reverse=True))
_CONTACT_AFTER = re.compile(rf"\s+(?:{_CONTACT})\s+(?:[A-Z]|him\b|her\b|them\b|the\s+[a-z]+\b)")
_CONTACT_BEFORE = re.compile(rf"\b(?:{_CONTACT})\s+$")


# A capitalised name, then a verb in the plural: 'Central, who have', 'Rosario Central are'.
_PLURAL_SUBJECT = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})"
                             r"(?P<who>,\s+who)?\s+(?:have|are|were)\b")
_JOINED_BEFORE = re.compile(r"(?:\band|&|,|\bof|\bthe)\s*$")
# The subject opens its sentence ('Central are third'; not '... and his ally Bassirou Diomaye Faye
# were released': the verb is the plural of two people).
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


@functools.lru_cache(maxsize=8)
def _plural_subjects(whole: str) -> frozenset[str]:
    """The names the article writes before a verb in the plural, once per article: opening a
    sentence or before ', who'; not after 'and', '&', a comma, 'of' or 'the' ('Lima and Black
    have' is two)."""
    return frozenset(match.group(1) for match in _PLURAL_SUBJECT.finditer(whole)
                     if not _JOINED_BEFORE.search(whole[max(0, match.start() - 5):match.start()])
                     and (match.group("who")
                          or _SENTENCE_OPENS.search(whole[max(0, match.start() - 3):match.start()])))


def _a_side_in_the_plural(whole: str, forms: tuple[str, ...]) -> bool:
    """'Central, who have 21 points', 'Rosario Central are third': a team, a band or a firm the
    article writes in the plural, as British copy does; no person ('Lima and Black have' is two,
    'Joe Black have' holds more than the surname). (Round 11: 'Rosario Central' was a person,
    'Rosario' a given name, 'Central levelled' its surname alone, and spoke for its coach.)"""
    return any(form in _plural_subjects(whole) for form in forms)


def _under_not_secretary(title: list[str], index: int) -> bool:
    """'Under President Daniel arap Moi, she was jailed': a preposition opening the sentence; not
    'Under Secretary of State Bonnie Jenkins' or 'Under-Secretary-General X', an office."""
    following = title[index + 1] if index + 1 < len(title) else ""
    return title[index] == "Under" and not following.startswith("Secretary")


# Words before a lower-case title that are no part of it: verbs, articles, prepositions.
_NOT_IN_ROLE = frozenset("beat beats met meets meet told tells said says named names won wins lost loses "
                         "and or the a an of to by for with from as at in on its his her their our "
                         "when after before while that who which was is be been has had have will "
                         "would including like against than".split())


def _lower_role(before: list[str]) -> str | None:
    """A title in lower case with the lower-case words that make it up, up to four words:
    'former economic security minister', 'agriculture minister', 'deputy health minister'."""
    if not before or not before[-1].islower():
        return None
    words = [before[-1]]
    for word in reversed(before[:-1]):
        if word[:1].isupper() and word[1:].islower() and word.lower() in TITLE_LEAD | BODY_FIELDS:
            words.insert(0, word)  # 'Former league commissioner Tom Reyes', 'Transport minister Tetsuo
            break  # Saito' opening a sentence (round 14, lead: 'Former commissioner', 'minister')
        if not re.fullmatch(r"[a-z][a-z\-]*", word) or word in _NOT_IN_ROLE \
                or word.endswith(("ed", "ing", "ly")):
            break
        words.insert(0, word)
    return " ".join(words[-4:]) if len(words) >= 2 else None


def _long_titled_name(title: list[str], name: list[str]) -> bool:
    """Five or six capitalised words after an office are one person's name where their first four
    would be one ('Health Minister Valasi Luapitofanua Toogamaga Tafito Selesele': a Samoan
    minister's chiefly titles and names; Thai, Arabic and Spanish names run as long)."""
    words = [t for t in name if t not in _NAME_PARTICLES]  # ('Theyab bin Mohamed bin Zayed Al Nahyan')
    return 5 <= len(words) <= 6 and len(name) <= 9 and any(t.lower() in TITLE_WORDS for t in title) \
        and is_name(words[:4]) and is_name(words[-2:]) \
        and all(re.fullmatch(r"[A-Z][\w'’\-]*[a-z][\w'’\-]*", t) for t in words)


_NAME_PARTICLES = frozenset("bin bint ibn de da do dos das del della dela delos di van von".split())


# "Kenya's President William Ruto and Uganda's ": a person owned by a country, then 'and' and
# another country's possessive.
_PAIRED = re.compile(r"(?P<first>[A-Z][\w'’\-]+)\s+and\s+"
                     r"(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+$")
_OWNED_BY = re.compile(r"(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+"
                       r"(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w'’\-]+$")


def _paired_with(text: str, run: Run, people: dict[str, Entity]) -> bool:
    """A name after a country's possessive, joined by 'and' to a person named the same way, is a
    person too (heads of state, ministers, players listed by their countries)."""
    head = window.before(text, run.start)
    match = _PAIRED.search(head)
    if match is None or match.group("owner") not in COUNTRIES:
        return False
    first = head[:match.start("first") + len(match.group("first"))]
    owned = _OWNED_BY.search(first)
    return owned is not None and owned.group("owner") in COUNTRIES \
        and any(person.name.endswith(match.group("first")) for person in people.values())


def _title_before(head: str, words: int) -> str | None:
    """The title set off by a comma right before a name of `words` words: 'the envoy, John Kerry,'
    -> 'envoy'; 'The president of the Philippines, Ferdinand Marcos,' -> 'president of the
    Philippines'; an honorific between them aside ('the Minister of Labour, Mr. Ray Gunter,'). An
    office of several words before one word is a place's ('the mayor of Santa Barbara, Iloilo,')."""
    head = re.sub(r"(?<=,\s)(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?\s+)?(?:the\s+)?(?:(?:Rt\.?|Right)\s+)?"
                  r"(?:Hon|Honourable|Honorable)\.?\s+$"
                  r"|(?<=,\s)(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?\s+$", "", head)
    # ('The Minister of Health and Wellness, Dr. the Hon. Christopher Tufton,': a style of address)
    comma = re.search(r"([\w.\-]+(?:\s+[\w.\-]+){0,3}),\s*$", head)
    if comma and comma.group(1).split()[-1].lower() in TITLE_WORDS:
        return " ".join(w for w in comma.group(1).split()
                        if w.lower() in TITLE_LEAD or w.lower() in TITLE_WORDS or w in DEMONYMS)
    # (the body maybe named after its noun: "The head of the doctors' union Sames, Ibrahima Ndiaye,";
    # an office for fields: 'The Commissioner for the Environment and Water Resources, Tokunbo Wahab,')
    office = re.search(r"\b((?:[\w\-]+\s+){0,2}[\w\-]+\s+(?:of|for)\s+(?:the\s+)?[A-Za-z][\w\-]+['’]?"
                       r"(?:\s+(?:and|of|the|[a-z]+\s+[A-Z][\w\-]+|[A-Z][\w\-]*)){0,6}"
                       r"(?:\s+(?:region|province|district|state|county|prefecture|municipality|department))?),\s*$",
                       head)  # (round 12: 'the governor of Kédougou region, Ousmane Ndour,')
    kept = office.group(1).split() if office else []
    while len(kept) > 2 and kept[0].lower() not in TITLE_WORDS | TITLE_LEAD and kept[1] not in ("of", "for"):
        kept = kept[1:]  # (round 14, helper r14c: 'the former chief executive of Nordvik Sparebank,
        # Halvard Lie,' lost 'former'; not 'sentenced the' before it)
    if kept and not any(w.lower() in TITLE_WORDS for w in kept[:2]):  # round 21 (r21a): 'in the presence
        # of the Honourable Minister of Health, Senator X': the office after what the sentence says
        at = next((i for i in range(1, len(kept) - 1) if kept[i].lower() in TITLE_WORDS
                   and kept[i + 1] in ("of", "for")), None)
        if at is not None:
            kept = kept[at - 1 if kept[at - 1].lower() in TITLE_LEAD else at:]
    if office and any(w.lower() in TITLE_WORDS for w in kept[:2]) \
            and (words >= 2 or not re.search(r"\s(?:of|for)\s+(?:the\s+)?\S+\s", " ".join(kept))):
        return re.sub(r"^(?:The|A|An|the|a|an)\s+", "", " ".join(kept))
    return None


# Inside an apposition set off after someone: 'Mahmoud Basal, a spokesman for Gaza's Civil Defence,
# said': the words before ', said' are the person's role, not who speaks.
_IN_APPOSITION = re.compile(r"[\w.'’],\s+(?:a|an|the|its|his|her|their)\s+[^,.;:\"“”()]*$")
_PRONOUN_NEXT = re.compile(r"\.\s+(?:He|She)\s")
# A name, then whom it speaks for between commas, then the speech verb ('Wiremu Rāwiri Ngātai,
# speaking for Te Ātiawa o Te Waka-a-Māui, said'; round 17: the name was no person, the body was).
_SPEAKING_FOR = re.compile(r",\s+(?:speaking|writing|appearing|testifying)\s+(?:for|on\s+behalf\s+of)\s+"
                           r"[^,.;:\"“”()]{1,60},\s+(?:said|told|added|says)\b")
_AT_A_PLACE = frozenset("in near into outside across around through throughout via".split())
# A name a clause of 'who' follows, and the next sentence opens with 'he' or 'she'.
_WHO_THEN_PRONOUN = re.compile(r",\s+who\s[^.!?]{0,400}[.!?][\"”’]?\s+(?:He|She)\s")
# Round 14 (helper r14c): a name opening a paragraph's first sentence, and the next sentence's
# subject 'he' or 'she' after an opening phrase ('Aisake Batibasaga has led Fiji's Ministry of
# Fisheries for six years. Ahead of next month's conference, he spoke to us in Suva': nobody was
# drafted, a given name the lists do not know opening it, and the interview's answers had no one).
# The name is the sentence's subject, a word in small letters after it (not "Zlatá Kozel's founder,
# Lenka Horáková, ... She said").
_THEN_PRONOUN_SUBJECT = re.compile(r"\s+[a-z][^.!?\"“”]{0,300}[.!?]\s+"
                                   r"(?:[A-Z][^.!?\"“”]{0,120},\s+)?(?:he|He|she|She)\s+[a-z]")
# A title owned by a name or a body, set off by commas before the person: "Norway's Minister of
# Fisheries and Ocean Policy, Marianne Sivertsen Næss,", "the Assembly's chief executive, X,",
# "the directorate's director general, X,", 'Its head of demersal fish research, Geir Huse,'.
_OWNER = re.compile(r"(?:(?P<owner>(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*|[a-z]+)['’]s|\b(?:[Ii]ts|[Tt]heir))"
                    r"\s+(?P<title>(?:[\w\-]+\s+){0,6}?[\w\-]+),\s*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$")


def _owned_title(head: str) -> str | None:
    match = _OWNER.search(head)
    if match is None:
        return None
    words = match.group("title").split()
    if not any(w.lower() in TITLE_WORDS for w in words[:3]) or any(w.lower() in _NOT_IN_TITLE for w in words):
        return None
    owner = re.sub(r"^The\s+", "", match.group("owner") or "")
    return f"{owner}'s {match.group('title')}" if owner else match.group("title")


_ITS_TITLE = re.compile(r"(?<![\w'’])(?:Its|its)\s+[^,.;]+,\s*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?$")


def _its_owner(text: str, start: int, title: str) -> str:
    """'The Ethics and Anti-Corruption Commission ... welcomed the sentence. Its chief executive,
    Twalib Mbarak, said': 'its' is the last body named before in the paragraph, in this sentence
    or the one before (round 15: the role had no organisation). The title as that body's."""
    before = text[:start]
    last_stop = before.rfind(". ")
    opening = max(before.rfind(". ", 0, max(0, last_stop)), 0)  # the sentence before, and this one
    bodies = [m for m in RUN.finditer(before, opening)
              if m.group().split()[-1].lower() in ORG_HEADS or m.group() in KNOWN_ORGS]
    if not bodies:
        return title
    joined = re.search(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\s+and\s+$", before[:bodies[-1].start()])
    body = f"{joined.group(1)} and {bodies[-1].group()}" if joined else bodies[-1].group()
    body = re.sub(r"^(?:The|A|An)\s+", "", body)  # ('the Ethics and Anti-Corruption Commission')
    return f"{body}'s {title}"


_NOT_IN_TITLE = frozenset("said says told and the a an who which".split()) - {"and"}

# A lower-case role, however long its organisation: 'X, head of the Federation of Icelandic
# Fishing Vessel Owners,'.
_ROLE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([a-z][\w\-]*(?:\s+[\w.'’\-]+){0,10}?)\s*,"
                   r"|,\s+(?:the\s+|a\s+|an\s+)?([a-z]+\s+of\s+[^,.;\"“”]{1,60})\.(?:\s|$)")  # ', head of X.'
# A seat in a body, read as a role only in apposition with 'of' ('Abdullah al-Harthy, a member of the
# council.'; round 20: no role): 'member' opens too many other phrases to be a title word.
_MEMBER_WORDS = frozenset({"member"})
# A capitalised office of something closing the sentence after a name: ', Leader of the House.'
_OFFICE_LAST = re.compile(r",\s+(?:the\s+)?([A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,.;:\"“”()]{0,60})"
                          r"\.(?:\s|$)")
_BY_SOMEONE = re.compile(r"[a-z]+\s+by\s")  # 'led by', 'backed by', 'joined by'
_APPOSITIVE = re.compile(r",\s+(?:now\s+)?(?:the\s+|a\s+)?((?:[\w.'’\-]+\s+){0,5}?[\w.\-]+)\s*,")


# The name in its own script, in brackets right after the Latin one: 'Liao Liou-yi (廖了以),
# chairman of ...', 'Sergei Lavrov (Сергей Лавров)'. Nothing Latin inside: '(D-Ohio)', '(left)',
# '(pictured)' are no names.
_NATIVE = re.compile(r"\s*[(（]\s*([^()（）A-Za-z0-9\u00c0-\u024f]{1,40}?)\s*[)）]")


def native_name(text: str, end: int) -> tuple[str | None, int]:
    """The name in its own script right after a name ending at `end`, and where it ends."""
    match = _NATIVE.match(text, end)
    if match is None or not any(char.isalpha() for char in match.group(1)):
        return None, end
    return " ".join(match.group(1).split()), match.end()


def _office_of(words: list[str]) -> bool:
    """'Minister for Sugar', 'Secretary of State for Health': a capitalised title, then 'for' or
    'of' and its field, the whole an office (round 12)."""
    field = words[3:4] if words[2:3] == ["the"] else words[2:3]
    return len(words) >= 3 and words[0][:1].isupper() and words[0].lower() in TITLE_WORDS \
        and words[1] in ("for", "of") and bool(field) and field[0][:1].isupper()
    # ('Lucy Powell, the Leader of the House, said': round 14, lead's probes, no role)


_COUNTRYS_OFFICE = re.compile(r",\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['’]s\s+"
                              r"([a-z][^,.;:\"“”()]{1,80}?),")


# A role in small letters closing the sentence after a speaker's name, maybe a body's ('the
# commission's chair'), maybe two joined by 'and'.
# (a country's or a body's initials may open it: 'said Yasmine Ahmed, UK director of Human Rights
# Watch.'; round 15: no role)
_ROLE_END = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?((?:[a-z][\w\-]*|[A-Z][\w\-]*['’]s|[A-Z]{2,4}(?=\s+[a-z]))"
                       r"(?:\s+(?:[\w'’\-]|\.(?=\S|\s+[a-z]))+){0,14}?)\.(?:\s|$)")
# (a full stop inside the role only before a small letter, 'the U.S. envoy': round 19, 'said X, a
# farmer in Kelantan. Hj. Rosli Ismail agreed.' read the next sentence into the role)


def _role_closing(text: str, end: int) -> str | None:
    match = _ROLE_END.match(text, end)
    head = re.split(r"\s+(?:of|for|at|and|in|with)\s+", match.group(1))[0].split() if match else []
    if not (match and head and head[-1].lower() in TITLE_WORDS):
        return None
    if match.group(1).split()[-1].lower() in RANK_ADDRESS | _PLAIN_HONORIFICS:
        return None  # ('On the proposition of Mr. Finucane, seconded by Mr. Moynihan,': the full stop
        # closes a style, no sentence)
    return re.sub(r"^(?:the|a|an)\s+", "", match.group(1))  # (', the WHO representative in Ghana.')


def _appositive(text: str, end: int) -> str | None:
    """'Janet Yellen, the U.S. Treasury Secretary, said' -> 'U.S. Treasury Secretary'."""
    end = native_name(text, end)[1]  # 'Liao Liou-yi (廖了以), chairman of ...'
    country = _COUNTRYS_OFFICE.match(text, end)
    if country and country.group(1) in COUNTRIES and country.group(2).split()[0] in TITLE_WORDS:
        return f"{country.group(1)}'s {country.group(2)}"  # "Seve Paeniu, Tuvalu's minister of
        # finance and climate change, spoke" (round 14, lead: no role)
    match = _APPOSITIVE.match(text, end)
    if match and _office_of(match.group(1).split()) and not _NAME_NEXT.match(text, match.end()):
        return match.group(1)  # 'Isoa Tikoca, the Minister for Sugar, told parliament'
    if match and match.group(1).split()[-1].lower() in TITLE_WORDS and _NAME_NEXT.match(text, match.end()):
        return None  # 'At a ceremony in the Central Cemetery, the French ambassador, Jean-Claude
        # Moreau, gave ...': the title is the name's after it (not 'X, the president of the space
        # agency, Portugal Space,': the name after it is the agency's)
    if match and match.group(1).split()[-1].lower() in TITLE_WORDS:
        return match.group(1)
    if match and match.group(1)[0].islower() and match.group(1).split()[0] in TITLE_WORDS | {"leader"}:
        return match.group(1)  # 'Laurent Berger, head of the CFDT union,'
    last = _OFFICE_LAST.match(text, end)
    if last and _office_of(last.group(1).split()):
        return last.group(1)  # 'said Lucy Powell, Leader of the House.'
    role = _ROLE.match(text, end)
    if role and role.group(2) and role.group(2).split()[0] in TITLE_WORDS | _MEMBER_WORDS:
        return role.group(2)  # 'Ilya Shestakov, head of the federal fisheries agency X.'
    if role and role.group(1) and (any(w in TITLE_WORDS for w in role.group(1).split()[:3])
                                   or re.match(r"member\s+of\s", role.group(1))) \
            and not _BY_SOMEONE.match(role.group(1)):
        return role.group(1)  # 'Sipho Ndlovu, the former mayor of the Ekurhuleni district,'
        # (not 'Opponents, led by lawyer Ana Popa,': the title is hers, and they are no person)
    works = _WORKS_AT.match(text, end)
    if works:
        return works.group(1)  # 'Zhang Wei, a hydrologist at Tsinghua University,'
    return _held_by_clause(text, end)


# 'Anna Berg, who chairs the Norwegian Seafood Association,': an office told by its verb in a clause
# on the name (round 15: no role). The verb's office, then what it is of.
_HOLDING_VERBS = {"chairs": "chair", "heads": "head", "leads": "leader", "runs": "head",
                  "directs": "director", "manages": "manager", "founded": "founder",
                  "co-founded": "co-founder", "coaches": "coach", "chaired": "chair",
                  "headed": "head"}  # (not 'led', 'ran': 'who led Kenya to the title', 'who ran the
# Boston Marathon')
_WHO_HOLDS = re.compile(r",\s+who\s+(?P<tense>now\s+|also\s+|currently\s+)?(?P<verb>"
                        + "|".join(_HOLDING_VERBS) + r")\s+(?:the\s+)?"
                        + r"(?P<body>[A-Z][\w'’&\-]*(?:\s+(?:of|for|and|the|de|[A-Z][\w'’&\-]*))*)"
                        + r"(?:\s*[,.;]|\s+(?:in|for|since|until|from|with)\b)")


def _held_by_clause(text: str, end: int) -> str | None:
    """'X, who chairs the Norwegian Seafood Association, said' -> 'chair of Norwegian Seafood
    Association' (the office held now; 'who chaired', 'who headed' tell a former one)."""
    held = _WHO_HOLDS.match(text, end)
    if held is None or held.group("body").split()[-1] in ("of", "for", "and", "the", "de"):
        return None
    office = _HOLDING_VERBS[held.group("verb")]
    former = held.group("verb") in ("chaired", "headed")
    return f"{'former ' if former else ''}{office} of {held.group('body')}"


# A person's name (two capitalised words, maybe after an honorific) right after an apposition
_NAME_NEXT = re.compile(r"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’\-]+\s+(?:[a-z]{1,3}\s+)?"
                        r"[A-Z][\w'’\-]+")
_WORKS_AT = re.compile(r",\s+an?\s+([a-z\-]+(?:\s+[a-z\-]+)?)\s+(?:at|with|for|from)\s+(?:the\s+)?[A-Z]")


def find_people(found: list[Run], paragraphs: tuple[str, ...], labels: dict[int, str]) -> dict[str, Entity]:
    people: dict[str, Entity] = {}
    whole = "\n".join(paragraphs)
    firms = {run.text for run in found if acts_as_its(paragraphs[run.paragraph - 1], run)
             or len(run.tokens) >= 2 and not split_title(run.tokens)[0]
             and titles_a_person(paragraphs[run.paragraph - 1], run)}  # 'Standard Chartered said',
    # then 'Standard Chartered chief executive Bill Winters': the name owns a role, a body's
    works = {run.text for run in found if names_works(paragraphs[run.paragraph - 1], run)}  # ('its
    # El Teniente copper mine', then 'El Teniente produced 356,000 tons': works, not a person)
    listed = listed_people(found, paragraphs)  # 'Justices A and B', 'Eritreans A and B'
    listed.update({index: ("", 0) for index in placed_people(found, paragraphs) if index not in listed})
    listed.update({index: found_ for index, found_ in listed_after_plural(found, paragraphs).items()
                   if index not in listed})
    for index, run in enumerate(found):
        if index in listed and " ".join(run.tokens[listed[index][1]:]) not in firms \
                and not _closed_by_capitals(run.tokens[listed[index][1]:]):
            _add_person(people, " ".join(run.tokens[listed[index][1]:]), listed[index][0])
            continue
        title, name = split_title(run.tokens)
        kept_title = _name_title(title)
        if kept_title and not is_name([*title[-kept_title:], *name]):
            kept_title = 0  # (not past a name's four words: 'Sheikh Mohammed bin Abdulrahman Al Thani')
        if kept_title:  # 'Health Minister Sheikh Fazlul Karim Selim': the person's name keeps 'Sheikh'
            title, name = title[:-kept_title], [*title[-kept_title:], *name]
        text = paragraphs[run.paragraph - 1]
        title, name = _portfolio_across_and(text, run, title, name)
        if len(run.tokens) >= 2 and all(t.isupper() and len(t) > 1 for t in run.tokens):
            continue  # 'BIEN HOA, Vietnam' (a dateline), 'PHOTO / ISAAC OCHIENG' (a credit): a name in
            # capitals is no person's, unless the article writes it otherwise too
        apposed = org_apposition(found, index, paragraphs)
        if apposed is not None and not _office_of_a_body(apposed.tokens):
            continue  # "the Norwegian Fishermen's Association, Norges Fiskarlag, said"; not 'The Speaker
            # of the Assembly, Thandi Modise, agreed' (round 20: no person, 'Thandi' in no list)
        if not (is_name(name) or _long_titled_name(title, name)) or title[-1:] in (["of"], ["for"]) \
                or len(name) == 1 and title[-2:] in (["of", "the"], ["for", "the"]) \
                or _closed_by_capitals(name) \
                or all(t.lower() in TITLE_WORDS | TITLE_LEAD for t in name) \
                or organisation_by_noun(text, run) \
                or listed_in_places_of(text, run) or located_at(text, run) or placed_initials(name) \
                or named_facility(text, run) or seat_or_arrival_at(text, run) \
                or quoted_paper(text, run) or _a_quoted_title(text, run) \
                or len(name) >= 2 and name[-1] in SIDE_TAILS and plays_a_match(text, run) \
                or firm_named_like_a_person(name) or line_firm(text, run) or " ".join(name) in firms \
                or not title and titles_a_person(text, run) or named_after_its_noun(text, run) \
                or _names_a_thing(tail(text, run.start)) or " ".join(name) in NOT_PEOPLE \
                or seat_in_brackets(text, run) or holds_seats(text, run) or airline(name, whole) \
                or called_as_a_body(text, run) \
                or name[0] in STORM_WORDS or " ".join(name) in works \
                or host_of_an_event(name) is not None or len(name) >= 2 and name[-1] in EVENT_TAILS \
                or len(name) == 1 and name[0] in COMPETITION_WORDS \
                or _office_before_its_holder(text, run, title, name) \
                or _portfolio_after_and(text, run, title, name) \
                or _shortened_address(text, run, name) \
                or _its_initials_after(text, run) \
                or not title and _said_to_be_a_place(text, run) \
                or not title and _between_it_and_a_place(text, run) \
                or len(name) >= 2 and name[-1].lower() in TRADES_NO_SURNAME and not title \
                or len(name) >= 2 and (name[0] in MUNICIPAL_WORDS or name[-1] in MUNICIPAL_WORDS) \
                or 2 <= len(name) <= 3 and not title and side_named_short(whole, name[-1]) \
                or not title and land_named_first(text, run, name):  # ('the Sierra Juárez': round 19)
            continue  # 'Mayor of Galway' names no person, nor 'President of the Church' (round 20: a
            # person 'Church'), the office's body in one word; 'the brewery Zlatá Kozel', 'Smith &
            # Sons', 'Morgan Stanley cut its forecast' a firm; 'a site in East Antarctica called
            # Little Dome C', 'a group called Youth for Water' name a place and a body; 'Rosario
            # Central beat Boca Juniors 2-1' a side a given name opens and a club's word closes;
            # 'Forward Together won 41 seats' a party (round 13: a person 'Together', 'Forward')
        evidence = _person_evidence(run, text, title, name)
        side = _a_side_in_the_plural(whole, (" ".join(name), name[-1])) if len(name) >= 2 else False
        if evidence is None and 2 <= sum(t[:1].isupper() for t in name) <= 4 and not side \
                and not (not title and _THE_RIGHT_BEFORE.search(text, max(0, run.start - 4), run.start)) \
                and surname_used_alone(without(whole, " ".join(name)), name[-1]):
            evidence = ""  # 'Amos Cheruiyot won ...', then 'Cheruiyot, 27, told reporters'; not 'families
            # from the Sierra Juárez' (round 19: a person, 'Juárez' standing in 'Oaxaca de Juárez
            # debated'): 'the' right before a name with no title makes it a thing's, a range's or a
            # place's (as evidence.given_name_first reads it)
        if evidence is None and not side \
                and family_name_first(run, name, text, without(whole, " ".join(name))):
            evidence = ""  # 'Nakao Hiroshi has asked ...', then 'Nakao said'; 'Ishikawa Tetsuo, who'
        if evidence is None and given_name_first(run, name, text) and not side \
                and not any(owns_a_player(whole, form) for form in (" ".join(name), name[0])):
            evidence = ""  # 'Ignacio Corleto scored', 'four penalties from David Skrela'; not "Vasco
            # da Gama came from behind ..." when "Vasco's head coach, Rafael Paiva" owns a person
        if evidence is None and 2 <= len(name) <= 3 and not title and _paired_with(text, run, people):
            evidence = ""  # "Kenya's President William Ruto and Uganda's Yoweri Museveni attended"
        if evidence is None and 3 <= len(name) <= 5 and name[-1] in _NAME_SUFFIXES and not title \
                and all(t[:1].isupper() for t in name):
            evidence = ""  # 'Sitiveni Sivivatu Junior, first start on the wing, two tries' (round 20: no
            # person): a son's suffix closes a person's name, never a body's
        if evidence is None and 2 <= len(name) <= 3 and acts_as_his(text, run):
            evidence = ""  # 'Muttiah Muralitharan took four wickets ..., his best figures'
        only_as = _named_only_as(text, run) if len(name) == 1 and not title else None
        author = only_as is None and len(name) == 1 and not title and len(run.tokens) == 1 \
            and WORK_OF.match(text, run.end) is not None
        if author:
            only_as = ""  # "to test Einstein's theory of gravity", "for Fauré's Requiem"
        if only_as is not None and not evidence:
            evidence = only_as  # 'a driller who gave his name only as Artak'
        lone = (evidence is None or len(name) == 1 and not evidence) \
            and not title and quoted_by_one_name(text, whole, run)
        if (evidence is None or (len(name) == 1 and not evidence)) and not lone and only_as is None:
            continue
        if evidence == "" and len(name) >= 2:
            evidence = _held_by_clause(text, run.end) or ""  # 'X, who chairs the Y Association,'
        _add_person(people, " ".join(name), evidence or "")
        if evidence and office_before_rank(text, run.start, title) == evidence:
            _add_person(people, " ".join(name), " ".join(title))  # the rank as well ('Brigadier')
        office = _office_apposed_before(text, run, title, evidence) if evidence else None
        if office:
            _add_person(people, " ".join(name), office)  # 'the Honourable Minister of Health, Senator
            # Nomsa Mabuza-Hlophe': her office as well as her title (round 21, r21a: 'the Honourable
            # Minister said: "..."' found no minister, and the quote was lost)
        also = _appositive(text, run.end) if evidence and len(name) >= 2 else None
        if also and evidence and also.lower() != evidence.lower() and evidence.lower() not in also.lower() \
                and also.lower() not in evidence.lower():  # ('an analyst at Berenberg': once)
            _add_person(people, " ".join(name), also)  # 'led by architect Ioana Munteanu-Rusu, a
            # lecturer at the Ion Mincu University,': both her roles (round 14: one was lost)
        if author:
            people[" ".join(name)].doubt.setdefault("name", AUTHOR_DOUBT)
        if lone:  # one word alone names a person only as a quote's speaker: '..." said Mathunjwa'
            people[" ".join(name)].doubt.setdefault("name", LONE_DOUBT)
        if kept_title and len(name) - kept_title >= 2:
            short = " ".join(name[kept_title:])  # (the name without it, as other copy writes it)
            if short not in people[" ".join(name)].aliases:
                people[" ".join(name)].aliases.append(short)
        nicknamed = _with_nickname(text[run.start:run.end], name)
        if nicknamed and nicknamed not in people[" ".join(name)].aliases:
            people[" ".join(name)].aliases.append(nicknamed)
        native = native_name(text, run.end)[0]
        if native and people[" ".join(name)].native is None:
            people[" ".join(name)].native = native
    speaking = set()
    for label in labels.values():
        title, name = split_title(_as_written(label, whole).split())
        if is_name(name):
            _add_person(people, " ".join(name), " ".join(title))
            speaking.add(" ".join(name))
    people = merge_titled_surnames(_merge_short_names(people), whole)
    people = {name: person for name, person in people.items()
              if name in speaking or not credited_only(person, whole)}  # (a reporter who speaks a turn
    # of a transcript is no credit only, whatever line credits him: round 19)
    _add_aliases(people, whole)
    for person in people.values():  # round 21 (r21b after its end score): 'Sheikh Mohammed bin Hamad bin
        # Jassim Al Thani' as the article writes him, the style kept as a form of the name
        styled = [f"{t} {person.name}" for t in person.titles if t.lower() in _ARABIC_HONORIFICS
                  and f"{t} {person.name}" in whole]
        person.aliases += [form for form in styled if form not in person.aliases]
    addressed = honorifics(whole)
    by_last: dict[str, list[Run]] = {}  # runs by their last word: a name ends a run
    for run in found:
        by_last.setdefault(run.tokens[-1], []).append(run)
    for person in people.values():
        person.gender = gender(person.name, person.titles, person.aliases, addressed,
                               apposed_gender(person.name, paragraphs)) \
            or _own_gender(person, by_last, paragraphs)
    return {p.id: p for p in people.values()}


_NICKNAME = re.compile(r"(\S+)\s+([\"“][^\"“”]+[\"”])\s")


def _with_nickname(written: str, name: list[str]) -> str | None:
    """The name as the article writes it with the nickname in quotation marks that names.runs
    leaves out ('Eduardo "Eddie" Dizon-Manalo', 'Rodolfo "Dodong" Tupas Jr.'): an alias, the form
    a reader and the writer's own list use (round 17: the person was known only without it)."""
    nick = _NICKNAME.search(written)
    if nick is None or nick.group(1) not in name:
        return None
    at = name.index(nick.group(1)) + 1
    return " ".join([*name[:at], nick.group(2), *name[at:]])


def _as_written(label: str, whole: str) -> str:
    """A label's name as the article writes it elsewhere in small letters: 'MOON JAE-IN:' is 'Moon
    Jae-in' where the text writes so (round 17: capitals after each hyphen read 'Jae-In'); else the
    label's own reading."""
    written = re.search(rf"(?<![\w\-]){re.escape(label)}(?![\w\-])", whole, re.IGNORECASE)
    form = written.group() if written else label
    # ('KATE McINERNEY' is the label itself)
    return form if not in_capitals(form) and form.lower() == label.lower() else label


def _own_gender(person: Entity, by_last: dict[str, list[Run]], paragraphs: tuple[str, ...]) -> str | None:
    """The gender the person's own clauses give ('Ndlovu had tried ... since his arrest'),
    when they all agree. `by_last`: the capitalised runs by their last word."""
    forms = set(person.forms())
    said = {own_gender(paragraphs[run.paragraph - 1], run)
            for last in {form.split()[-1] for form in forms} for run in by_last.get(last, ())
            if " ".join(split_title(run.tokens)[1]) in forms}
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def full_names_from(headlines: tuple[str, ...], people: dict[str, Entity]) -> dict[str, Entity]:
    """A one-word name that exactly one full name of the headline holds takes that name, and
    keeps the short one as an alias: the page then says who it is, the mentions stay found."""
    full_names = {" ".join(name) for run in runs(headlines)
                  for _title, name in [split_title(run.tokens)] if is_name(name) and len(name) > 1}
    renamed: dict[str, Entity] = {}
    for person in people.values():
        owners = sorted(full for full in full_names if _holds(full, person.name))
        if len(person.name.split()) == 1 and len(owners) == 1:
            person.aliases.insert(0, person.name)
            person.name = owners[0]
        renamed[person.id] = person
    return renamed


# Words that open Arabic and South Asian names as much as they title them: after another title
# ('Health Minister Sheikh Fazlul Karim Selim', 'Speaker Sheikh Ali') they are the name's.
_NAME_TITLES = frozenset("sheikh shaikh sheik".split())


def _name_title(title: list[str]) -> int:
    """1 when the title's last word is one of `_NAME_TITLES` after a title word of its own, else 0."""
    return int(len(title) >= 2 and title[-1].lower() in _NAME_TITLES
               and title[-2].lower() in TITLE_WORDS and title[-2].lower() not in _NAME_TITLES)


def _add_person(people: dict[str, Entity], name: str, title: str) -> None:
    person = people.setdefault(name, Entity("people", name))
    title = title.strip()
    relational = title.lower().split() in (["counterpart"], ["adviser"])  # 'his adviser'; not
    # 'Health adviser X'

    if title and title.lower() not in {t.lower() for t in person.titles} and not relational \
            and title.lower() not in _PLAIN_HONORIFICS and not is_address_abroad(title) \
            and not _KIN_BEFORE.search(f"his {title.lower()}, "):  # (no kin word as a role)
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
    """`short` stands inside `full`; its particle may be capitalised, opening a sentence ('Van der
    Meulen and Kjærgaard are due to meet' is Pieter van der Meulen; round 16, a person of its own)."""
    if short.split()[0].lower() in _PARTICLE_WORDS and len(short.split()) >= 2:
        short = short[0].lower() + short[1:] if f" {short} " not in f" {full} " else short
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
        for nicknamed in [a for a in person.aliases if _NICKNAME.search(f"{a} ")]:
            rest = _without(rest, nicknamed)  # ('Rodolfo "Dodong" Tupas Jr.': no 'Jr' alone)
        for token in tokens:
            alone = [at for at in whole_words(rest, token) if not _NAME_NEXT.match(rest, at + len(token))
                     and not _SAINT_BEFORE.search(rest[max(0, at - 8):at])  # ("St Michael's")
                     and not _KIND_OF_PLACE_NEXT.match(rest, at + len(token))]  # ("Istanbul's Levent
            # district", beside 'Levent O. Şahinkaya': the district, no short form of the man)
            if alone and token_owners[token] == 1 and token not in NOT_NAME \
                    and (token[:1].isupper() or _JOINED_PARTICLE.match(token)) \
                    and token.lower() not in _PARTICLE_WORDS:  # ('Van' of 'Els Van den Broeck')
                # (not 'de' of 'Nicolás de la Fuente', which stands alone in 'Rio de Janeiro')
                person.aliases.append(token)
        for title in titles:
            for short in [a for a in person.aliases if not _NICKNAME.search(f"{a} ")]:
                form = f"{title} {short}"
                if whole_words(text, form, "") and form not in person.aliases and form != name:
                    person.aliases.append(form)


# A kind of place in small letters right after: 'Levent' of "Istanbul's Levent district" names a place.
_KIND_OF_PLACE_NEXT = re.compile(rf"\s+(?:{'|'.join(sorted(PLACE_NOUNS))})\b")
# A saint's name: 'Michael' of "St Michael's Cathedral" is no short form of Michael Maxwell.
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)\s+$")
# A capitalised word right after: 'Thị' of 'the Thị Vải river' stands inside another name.
_NAME_NEXT = re.compile(r" [A-Z\u00c0-\u024f]")
# An Arabic surname joined to its article: 'al-Sheikh told reporters' is Hussein al-Sheikh.
_JOINED_PARTICLE = re.compile(rf"(?:{'|'.join(HYPHEN_ARTICLES)})-[A-Z\u00c0-\u024f]")
# Particles, however written: 'Van den Broeck said' leaves 'Van' standing alone, no alias.
_PARTICLE_WORDS = frozenset("de del della dela delos da do dos das di du van von der den ter ten le la bin "
                            "ibn al el ap ab af zu".split())


def _without(text: str, name: str) -> str:
    return text.replace(name, " ")

