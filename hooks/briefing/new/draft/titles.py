"""Titles and names in a capitalised run: 'Chinese President Xi Jinping' is the title 'Chinese
President' and the name 'Xi Jinping'; what may be a personal name at all."""

from __future__ import annotations

import re

from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    ADDRESS_ABROAD,
    ADDRESS_BEFORE_GIVEN,
    BRANCHED_BODIES,
    CITIES,
    CLUB_WORDS,
    COUNTRIES,
    COUNTRY_ENDONYMS,
    DEMONYMS,
    DENOMINATIONS,
    FOREIGN_ORG_LEADS,
    HONOUR_STYLES,
    HYPHEN_ARTICLES,
    KNOWN_ORGS,
    NOT_NAME,
    ORG_HEADS,
    PARLIAMENTS,
    PLACE_HEADS,
    PLACE_LEAD_WORDS,
    PLACE_LEADS,
    REGIONS,
    SAINTLY,
    SHORTENED_BEFORE_NAMES,
    TITLE_WORDS,
)
from briefing.new.draft.orgwords import INSTITUTION_HEADS
from briefing.new.draft.rolewords import GIVEN_NAMED_POSITIONS, PERSON_TRADES
from briefing.new.draft.subdivisions import is_subdivision, is_territory

# Lower-case words inside a personal name: 'Ursula von der Leyen', 'Luiz Inacio Lula da Silva'.
_PARTICLES = frozenset("de del da di do dos das della dela delos du van von der den ter bin bint ibn al í á "
                       "ap ab arap wa ole binti ten af zu "
                       # round 20: Kyrgyz patronymics, son of and daughter of ('Bakyt uulu Azamat' was a
                       # person 'Bakyt', who took the quote)
                       "uulu kyzy".split())
# (round 14: Portuguese 'do', 'das': 'André Corrêa do Lago'; round 17: the Philippines' 'dela',
# 'delos': 'Rodolfo dela Paz Jr.', Malay 'binti', Dutch 'ten': 'Fotis ten Brink', 'Erik ten Hag' were
# no names; round 18: Swedish 'af', German 'zu': 'Katarina Sjöholm af Wetterstedt')
# 'Nicolás de la Fuente', 'Fernando de los Ríos': an article after 'de' in a name that opens
# with a given name ('San Cristóbal de las Casas' opens with none).
_ARTICLES = frozenset("la las los le".split())

# "Secretary of State Antony Blinken": words after "of" that still belong to the title.
_TITLE_OBJECTS = frozenset("State Defense Defence Commerce Treasury Energy Finance Health Justice "
                           "Labor Labour Agriculture Education Interior Foreign Affairs Trade "
                           "Homeland Security the Transport Transportation Tourism Culture Industry "
                           "Environment Water Works Housing Fisheries Communications "
                           # round 16, lead (r16b after its end score): 'Superintendent of Police A. O.
                           # Ibrahim-Bello', 'Commissioner of Police Abubakar Lawal'
                           "Police Prisons Customs Immigration "
                           # round 21: an office's portfolio closed by one of these was cut before it,
                           # a person 'Resources' ('the Minister of Water Resources and Agriculture,
                           # Nurlanbek Toktogulov,'), 'Water Resources Bahodir Rahmonqulov'
                           "Resources Development Planning Lands Mines Mining Infrastructure Welfare "
                           "Relations Services Forestry Forests Sports Youth Heritage Arts Economy "
                           "Investment Innovation Technology Science Budget Petroleum Aviation Irrigation "
                           "Livestock Cooperatives Telecommunications Reconstruction".split())


_SHORTENED_ALONE = frozenset({*SHORTENED_BEFORE_NAMES, "Eng"})  # ('Council Chairman Eng. X')
_NAME_AFTER_STOP = re.compile(r"\.\s+(?!(?:The|A|An|He|She|It|They|We|This|That|In|On|At|But|And)\b)[A-Z]")


def shortened_before_a_name(text: str, end: int, word: str) -> bool:
    """`word`, ending at `end`, is a title or a form of address shortened before a name ('Mgr.',
    'Ing.', 'Eng.': 'The chairwoman, Mgr. Alena Pekárová,', 'Council Chairman Eng. Mohammad Saleh
    Al-Kandari'), its full stop ending the run: no name of its own, nor a body's last word."""
    return word in _SHORTENED_ALONE and _NAME_AFTER_STOP.match(text, end) is not None


def portfolio_word(word: str) -> bool:
    """A word of an office's portfolio after 'of' ('Affairs', 'Resources', 'Water'): never a name's."""
    return word in _TITLE_OBJECTS and word != "the"
TITLE_LEAD = frozenset("top senior former acting deputy vice chief special foreign climate "
                        "prime interior defence defense finance trade health state national "
                        "general foreign-affairs executive presidential economy economic environment "
                        "energy justice labour labor opposition party government ministry financial "
                        "operating technology information medical commercial "
                        # round 11: 'Managing director T.V. Narendran' was a 'director'
                        "managing artistic creative editorial technical scientific associate "
                        "assistant regional permanent principal "
                        # round 11, stint 2: a party leader's side ('Senate Majority Leader Chuck
                        # Schumer' drafted a body 'Senate Majority')
                        "majority minority "
                        # round 14 (helper r14c): a portfolio's field before 'minister' ('Mining
                        # minister Laurence Golborne' was a 'minister', and 'Mining' a body where the
                        # article names a 'National Geology and Mining Service')
                        "mining mines fisheries tourism agriculture education transport culture industry "
                        "commerce housing infrastructure communications petroleum forestry "
                        # round 17 (geo-r17): 'construction' closes firms' names now (orgwords.FIRM_TAILS);
                        # before 'minister' it is a portfolio ('Deputy Construction Minister X')
                        "construction "
                        # round 17: a court's presiding member ('Presiding Justice Gregorio S.
                        # Montemayor', 'Presiding Judge Ana Ruiz' drafted nobody: five words, no title)
                        "presiding".split())



def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """('Chinese', 'President', 'Xi', 'Jinping') -> (['Chinese', 'President'], ['Xi', 'Jinping']).

    A title holding words no list knows ('AU Commission Chairperson Moussa Faki Mahamat',
    'Hungarian Prime Minister Viktor Orban') ends at its last title word, when a name follows."""
    title, name = _split_listed_title(tokens)
    if title[-1:] == ["the"]:  # 'Leader of the House Lucy Powell'
        end = _office_after_the(tokens, len(title))
        title, name = tokens[:end], tokens[end:]
    job = 0 if title else _job_before_given_name(tokens)
    if job:
        return tokens[:job], tokens[job:]
    portfolio = _portfolio_before_given_name(title, name)
    if portfolio:
        return tokens[:len(title) + portfolio], tokens[len(title) + portfolio:]
    if is_name(name) and not any(t.lower() in TITLE_WORDS for t in name):
        return title, name
    if _middle_name_like_title(tokens):
        return [], tokens  # 'Alex King Nartey', 'Anne Marshal Okoro': a middle name, no title
    for index in range(len(tokens) - 2, -1, -1):
        end = index + 1
        if tokens[index].lower() in TITLE_WORDS and end < len(tokens) and tokens[end] == "of":
            end += 1  # 'Under Secretary of State Bonnie Jenkins'
            while end < len(tokens) and tokens[end] in _TITLE_OBJECTS:
                end += 1
            end = _office_after_the(tokens, end)
        end += honour_style(tokens, end) if tokens[index].lower() in TITLE_WORDS else 0
        if tokens[index].lower() in TITLE_WORDS and is_name(tokens[end:]):
            return tokens[:end], tokens[end:]
    return title, name


def _portfolio_before_given_name(title: list[str], name: list[str]) -> int:
    """The words of an office's portfolio left in the name, before a given name: 'Deputy Minister of
    State Assets Paweł Grzybowski-Rej', 'Mayor of Galway John Smith', 'Minister for Maritime Economy
    Marek Nowak' (round 17: a body 'State Assets Paweł Grzybowski-Rej' spoke). After a title word and
    'of' or 'for', capitalised words that are no given name, then a given name and one word at least: the
    words before the given name are the office's. 0 when no given name stands there ('Minister of
    State Grzybowski-Rej' is left as it was)."""
    joint = next((word for word in title if word in ("of", "for")), None)
    if len(title) < 2 or joint is None or title[title.index(joint) - 1].lower() not in TITLE_WORDS:
        return 0
    for index in range(1, min(4, len(name) - 1)):
        if is_given_name(name[index]) and is_name(name[index:]):
            words = name[:index]
            if all(w[:1].isupper() and not is_given_name(w) and w not in NOT_NAME for w in words):
                return index
            return 0
    return 0


def _office_after_the(tokens: list[str], end: int) -> int:
    """After a title's 'of the', the words of what it is of ('Leader of the House Lucy Powell',
    'Chancellor of the Exchequer X', 'President of the European Commission Ursula von der Leyen';
    round 14, lead's probes: a person 'House Lucy Powell', the role 'Leader of the'): up to a
    given name, leaving a name of two words at least."""
    if end == 0 or tokens[end - 1] != "the":
        return end
    while len(tokens) - end > 2 and not is_given_name(tokens[end]):
        end += 1
    return end


def _middle_name_like_title(tokens: list[str]) -> bool:
    """Three words, a given name, a title word and one more: the title word is a middle name
    ('Alex King Nartey'); a title opens a run or follows a place ('Georgia Governor Brian Kemp'
    has a name of two words after it, 'Jordan King Abdullah' a country before it)."""
    return len(tokens) == 3 and tokens[1].lower() in TITLE_WORDS and is_given_name(tokens[0]) \
        and tokens[0].lower() not in TITLE_WORDS and tokens[0] not in COUNTRIES \
        and tokens[0] not in CITIES and is_name([tokens[0], tokens[2]])


# An occupation opening a sentence before a given name: 'Entomologist Tanvir Ahmed Siddiqui',
# 'Photographer Ana Lima' (capitalised only because the sentence starts there).
_JOB = re.compile(r"[A-Z][a-z]+(?:ologist|ist|ician|ographer|ner|ter|ker|cher|yer|tor|ant)")


def job_opening(tokens: list[str]) -> bool:
    """A job opens the run before a person's name ('Singer Michelle Branch')."""
    return _job_before_given_name(tokens) == 1


def is_job(word: str) -> bool:
    return (bool(_JOB.fullmatch(word)) or _listed_trade(word)) and word.lower() not in TITLE_WORDS


def _listed_trade(word: str) -> bool:
    """A trade the lists know, capitalised as a sentence's first word ('Singer', 'Cook')."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in PERSON_TRADES


def _job_before_given_name(tokens: list[str]) -> int:
    """The length of the job opening `tokens` before a given name (0 for none). A trade the
    lists know counts as a job whatever its ending ('Singer Michelle Branch said', 'Potter Jan
    Lund': round 15, the run was drafted a body), when a given name and a name follow."""
    if len(tokens) >= 3 and (_JOB.fullmatch(tokens[0]) or _listed_trade(tokens[0])) \
            and (not is_given_name(tokens[0]) or tokens[0].lower() in GIVEN_NAMED_POSITIONS) \
            and is_given_name(tokens[1]) and is_name(tokens[1:]):
        return 1
    return 0


# Months that are also given names: 'Jan Visser', 'April Ryan', 'June Mbeki' (a name when a
# capitalised word that is no month, day or other such word follows).
_GIVEN_MONTHS = frozenset("Jan June April May".split())


def _month_given(tokens: list[str], index: int) -> bool:
    return tokens[index] in _GIVEN_MONTHS and index + 1 < len(tokens) \
        and tokens[index + 1][:1].isupper() and tokens[index + 1] not in NOT_NAME \
        or _chinese_he(tokens, index)


def _chinese_he(tokens: list[str], index: int) -> bool:
    """'He Yadong', 'He Lifeng': the Chinese surname He, before a given name of one or two
    syllables of pinyin, is no pronoun (round 13, stint 2: 'spokesman He Yadong' drafted 'Yadong')."""
    return index == len(tokens) - 2 and tokens[index] == "He" and bool(_PINYIN_GIVEN.fullmatch(tokens[-1]))


_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un"
             r"|a|o|e|i|u)")
_PINYIN_GIVEN = re.compile(rf"(?i:{_SYLLABLE}(?:[\-'’]?{_SYLLABLE})?)")


_STYLES = sorted((tuple(style.split()) for style in HONOUR_STYLES), key=len, reverse=True)


def honour_style(tokens: list[str], at: int) -> int:
    """The number of words of an honour's style at `at` ('Tan Sri', 'Datuk'), 0 for none."""
    return next((len(style) for style in _STYLES if tuple(tokens[at:at + len(style)]) == style
                 and len(tokens) > at + len(style)), 0)


_ABROAD = frozenset(ADDRESS_ABROAD.split())
_BEFORE_GIVEN = frozenset(ADDRESS_BEFORE_GIVEN.split())


def address_abroad(tokens: list[str], at: int) -> bool:
    """`tokens[at]` is a form of address or a professional style of another language that opens the
    name after it ('Doña Petronila Cruz Santiago', 'Herr Klaus Müller', 'Haji Ahmad Sulaiman', 'C.P.
    Rogelio Vásquez Matus'): a name follows it; a style that is a given name too or a person's
    initials ('Don', 'Bu', 'C.D.') only before a given name and one word more ('Don Johnson' is a
    name)."""
    word = tokens[at].lower()
    rest = tokens[at + 1:]
    if word in _ABROAD:
        return bool(rest) and rest[0][:1].isupper()
    return word in _BEFORE_GIVEN and len(rest) >= 2 and is_name(rest) \
        and (is_given_name(rest[0]) or word in _SHORT_SURNAMES)


# Styles that are Chinese surnames too ('Bi Jingquan', 'Bu Xiangzhi': a surname and one word): a style
# before two words, whatever the first ('Bi Mwanaidi Saidi', 'Bu Sri Wahyuni').
_SHORT_SURNAMES = frozenset({"bi", "bu"})


def is_address_abroad(words: str) -> bool:
    """Forms of address of `address_abroad` alone ('Doña', 'Don', 'Ing.', 'Kyai Haji')."""
    lowered = words.lower().split()
    return bool(lowered) and all(word in _ABROAD or word in _BEFORE_GIVEN for word in lowered)


def _split_listed_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    index = 0
    while index < len(tokens) and honour_style(tokens, index):
        index += honour_style(tokens, index)
    while index < len(tokens) and not _month_given(tokens, index) \
            and (tokens[index] in NOT_NAME or tokens[index] in DEMONYMS
                 or address_abroad(tokens, index)  # (round 19: 'Doña X', 'Mayor Don Y Z')
                 or tokens[index].lower() in TITLE_WORDS
                 or tokens[index].lower() in TITLE_LEAD
                 or (index and tokens[index] == "of")
                 or (index and tokens[index] == "for" and tokens[index - 1].lower() in TITLE_WORDS)
                 or (("of" in tokens[:index] or "for" in tokens[:index])
                     and tokens[index] in _TITLE_OBJECTS)):
        index += 1
        index += honour_style(tokens, index)  # 'Minister Datuk Seri Abdul Karim Othman'
    return tokens[:index], tokens[index:]


_ARTICLED = re.compile(rf"(?:{'|'.join(HYPHEN_ARTICLES)})-[A-Z]")  # 'Khalil al-Hayya', 'dan-Musa'

# French 'de' cut short before a surname's vowel ('Jean-Pierre d'Harcourt-Vasseur', 'Valéry Giscard
# d'Estaing'; round 18: the deputy mayor was no person): the last word, after a given name.
_ELIDED_DE = re.compile(r"d['’][A-ZÀ-Ý][\w\-'’]*")


def _elided_de(word: str, tokens: list[str]) -> bool:
    return word == tokens[-1] and len(tokens) >= 2 and is_given_name(tokens[0]) \
        and _ELIDED_DE.fullmatch(word) is not None


# An American lawmaker's party and state: 'D-Maine', 'R-Idaho', 'I-Vt.', 'D-N.Y.', 'R-Texas'.
_PARTY_STATE = re.compile(r"[DRI]-(?:[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|[A-Z]\.[A-Z]\.)")


# Bodies' head words that are surnames too: after a given name alone, a person ('Michelle Branch',
# 'Margaret Court', 'Emily Post'), not 'the Investigation Branch'.
_SURNAMES_TOO = frozenset("branch court courts post house".split())


# Title words that are surnames too ('Coretta Scott King', 'Elizabeth Bishop', 'John Major').
_TITLE_SURNAMES = frozenset("king bishop judge major pope marshal prince duke earl baron dean".split())


def _surname_of_a_title(tokens: list[str]) -> bool:
    """'Coretta Scott King': a title word that is a surname too, closing three words or more whose
    one before it is a given name and none a title's ('Crown Prince', 'Chief Justice King' are
    offices), is a name though the first word is in no list of given names (round 20: she was no
    person, 'Coretta' being unknown)."""
    return len(tokens) >= 3 and tokens[-1].lower() in _TITLE_SURNAMES and is_given_name(tokens[-2]) \
        and not any(t.lower() in TITLE_WORDS or t.lower() in TITLE_LEAD for t in tokens[:-1])


# The last word of a house of worship's name, a surname too ('Charlotte Church', 'Shirley Temple').
_WORSHIP_HEADS = frozenset("church temple chapel mosque synagogue cathedral basilica tabernacle kirk "
                           "minster abbey gurdwara pagoda".split())


def _house_of_worship(tokens: list[str], core: list[str]) -> bool:
    """'Ebenezer Baptist Church', 'Grace Methodist Chapel', 'Bethel Temple Assembly': a congregation's
    name, not a person's, though a given name opens it (round 20: 'the pastor of Ebenezer Baptist
    Church' drafted a person). A given name and the word alone stay a person ('Charlotte Church')."""
    return tokens[-1].lower() in _WORSHIP_HEADS and len(tokens) >= 2 \
        and not (len(core) == 2 and is_given_name(tokens[0]) and tokens[0] not in DENOMINATIONS)


def _surname_after_particle(tokens: list[str]) -> bool:
    """'André Corrêa do Lago', 'João da Ponte': a given name first and a particle before the last
    word, which names a family though it is a lake's or a bridge's word (round 14, lead: the
    summit's president drafted nobody)."""
    return len(tokens) >= 3 and tokens[-2] in ("do", "da", "dos", "das", "de", "del", "della", "di") \
        and is_given_name(tokens[0]) and tokens[0].lower() not in PLACE_LEAD_WORDS


# Two words that open a West African name as one, the pilgrim's style as a given name ('El Hadji
# Mamadou Lamine Sy', 'El Hadj Omar Tall', 'Al Haji Musa Bello').
_PILGRIM = re.compile(r"(?:El|Al) (?:Hadji|Hadj|Haji|Hajji|Hadja)")


def _core_words(tokens: list[str]) -> list[str]:
    """The words of a name that count towards its length: no particle ('Luiz Inacio Lula da Silva':
    4 words), a chain of initials as one ('W. D. S. Abeywickrema Jayasekera': 3), and 'El Hadji'
    as one (round 17: such names of five words were no names)."""
    core = [t for t in tokens if t not in _PARTICLES]
    initials = [i for i, t in enumerate(core) if re.fullmatch(r"[A-Z]\.", t)]
    if len(initials) >= 2 and initials == list(range(initials[0], initials[-1] + 1)) \
            and len(core) > len(initials):
        core = [*core[:initials[0] + 1], *core[initials[-1] + 1:]]
    if len(core) >= 3 and _PILGRIM.fullmatch(" ".join(core[:2])):
        core = core[1:]
    if len(core) == 5 and any(t in ("bin", "binti", "bint", "ibn") for t in tokens[1:-1]) \
            and core[0].lower() not in TITLE_WORDS:  # (not 'Sheikh Mohammed bin Abdulrahman Al Thani')
        core = core[1:]  # a father's name after 'bin' makes a Malay or Arab name long: 'Mohd Najib bin
        # Tun Abdul Razak' (round 17: no name)
    if len(core) > 4 and sum(bool(re.fullmatch(r"[A-Z]\.", t)) for t in core[1:-1]) == 1:
        core = [core[0], *(t for t in core[1:-1] if not re.fullmatch(r"[A-Z]\.", t)), core[-1]]  # a
        # middle initial in a long name: 'Ma. Theresa Dolores C. Gomez-Estoesta' (round 17)
    if "y" in core[1:-1] and is_given_name(core[0]):  # Spanish 'y' between two surnames: 'Tomás de la
        core = [t for t in core if t != "y"]  # Fuente y Ortega' (round 17: no name; not 'Gimnasia y
        # Esgrima de Jujuy', which opens with no given name)
    return core


def is_name(tokens: list[str]) -> bool:
    core = _core_words(tokens)
    if "de" in tokens and (is_given_name(tokens[0]) or re.fullmatch(r"[A-Z]\.", tokens[0])) \
            and tokens[0].lower() not in PLACE_LEAD_WORDS:  # (or an initial: 'A. de la Cruz', round 16)
        core = [t for i, t in enumerate(core) if not (t in _ARTICLES and i and core[i - 1] != t
                                                       and tokens[tokens.index(t) - 1] == "de")]
    if not 1 <= len(core) <= 4 or not tokens[0][0].isupper() \
            or not (tokens[-1].lstrip("ʻ'’‘")[:1].isupper() or _ARTICLED.match(tokens[-1])
                    or _elided_de(tokens[-1], tokens)) \
            or any(t[0].islower() and not _ARTICLED.match(t) and not _elided_de(t, tokens) for t in core) \
            or "&" in tokens:
        return False
    text = " ".join(tokens)
    last = tokens[-1].lower()
    if len(tokens) == 1 and tokens[0] in ("Sr", "Jr", "Snr", "Jnr"):
        return False  # 'Martin Luther King Sr., the pastor': the name's close, no name (round 19: a
        # person 'Sr', his title 'Martin Luther King')
    if _PARTY_STATE.fullmatch(text):
        return False  # 'Sen. George Mitchell, D-Maine,': his party and state, no name
    if len(tokens) >= 2 and last in TITLE_WORDS and not is_given_name(tokens[0]) \
            and not _surname_of_a_title(tokens):
        return False  # 'the Chief Metropolitan Magistrate', 'Chief Medical Officer': an office
    return (text not in COUNTRIES and text not in CITIES and text not in KNOWN_ORGS
            and not is_subdivision(text)  # 'Nova Scotia' ('Nova' is a given name)
            and not is_territory(text)  # 'New Caledonia said' (round 17: a person)
            and tokens[0] not in PLACE_LEADS
            and not (len(tokens) > 1 and tokens[0] in _LAND_FIRST)  # 'River Plate'
            and (last not in ORG_HEADS and last not in PLACE_HEADS and last not in INSTITUTION_HEADS
                 # (round 18: 'Edwin Allen High School finished fourth', 'Calabar High School
                 # retained the title' were people: 'school' is neither a body's head nor a place's)
                 or _surname_after_particle(tokens)
                 or len(core) == 2 and last in _SURNAMES_TOO and is_given_name(tokens[0]))
            and not _house_of_worship(tokens, core)
            and " ".join(tokens[-2:]) not in BRANCHED_BODIES  # 'Kenya Red Cross said'
            and not any(t.lower() in _NAMING_HEADS for t in tokens[:-1])
            and not (len(tokens) > 1 and tokens[0] in KNOWN_ORGS - PARLIAMENTS  # 'Greenpeace X'
                     and len(tokens[0]) > 3)
            and tokens[0] not in FOREIGN_ORG_LEADS  # 'Banco de la Nación'
            and not body_abroad(tokens)
            and not (len(tokens) > 1 and any(t in CLUB_WORDS for t in tokens))  # 'Sky Sport Italia'
            and not any(t in DEMONYMS or t in NOT_NAME and not _month_given(tokens, i)
                        or any(c.isdigit() for c in t) for i, t in enumerate(tokens))
            and not (len(tokens) == 1 and tokens[0].isupper())
            and not _country_tail(core) and not _seat_after_head(core))


# Head words that open the names of festivals and of places of other languages and no person's
# (round 17: 'Festival International de Théâtre de Saint-Louis' was drafted a person; bodies' head
# words are FOREIGN_ORG_LEADS): a festival, a theatre, a mine, a centre, a hospital, a school.
_BODY_LEADS_ABROAD = frozenset("Festiwal Festival Festivalul Teatr Théâtre Teatro Kopalnia Ośrodek Szpital "
                               "Szkoła "
                               # round 19: firms' and works' words of Italian, Spanish, Portuguese and French
                               # ('Lanificio Dell'Orto', a woollen mill, was a person, and 'Dell'Orto' no
                               # longer the chief executive's own short name); and see _WORKS_ENDING
                               "Fábrica Fabbrica Manifattura Officine Tenuta Cantina Cantine Fattoria "
                               "Azienda "
                               "Bodega Bodegas Brasserie Boulangerie Fromagerie Chocolaterie Distillerie "
                               "Cooperativa Cooperativo".split())
# Italian '-ificio' (a works: 'Lanificio', 'Cotonificio', 'Pastificio', 'Calzaturificio') and Spanish
# '-ería' (a shop or a works: 'Cervecería', 'Panadería', 'Hilandería') open no person's name.
_WORKS_ENDING = re.compile(r"[A-Z]\w+(?:ificio|ería)")
# A Polish 'house' before its adjective: a brokerage, a trading or a publishing house ('Dom
# Maklerski Pomorze', 'Dom Handlowy', 'Dom Wydawniczy'); not a given name 'Dom'.
_POLISH_HOUSE = re.compile(r"[A-ZŁŚŻŹ]\w+(?:owy|czy|ny|ski|cki)")


def body_abroad(tokens: list[str]) -> bool:
    """A name no person bears: it opens with a body's head word of another language, with a
    Polish 'Dom' and an adjective in three words or more, or it is Māori 'Te' and one word, an
    iwi's, a body's or a place's ('Te Ātiawa', 'Te Papa', 'Te Puke': a person's name goes on, 'Te
    Ururoa Flavell')."""
    return tokens[0] in _BODY_LEADS_ABROAD \
        or len(tokens) >= 2 and _WORKS_ENDING.fullmatch(tokens[0]) is not None \
        or tokens[0] == "Dom" and len(tokens) >= 3 and bool(_POLISH_HOUSE.fullmatch(tokens[1])) \
        or tokens[0] == "Te" and len(tokens) == 2


def _seat_after_head(core: list[str]) -> bool:
    """'The Royal Opera House Muscat will stage': a word after a body's word ('House', 'Court',
    which are surnames too) closes a body's name, its seat, when no given name stands before the
    body's word or the word is a known city or country ('Royal' is a given name)."""
    return len(core) >= 3 and core[-2].lower() in ORG_HEADS \
        and (not is_given_name(core[-3]) or core[-1] in CITIES or core[-1] in COUNTRIES)


# Features of the land that open names of places and of clubs named after them, never a person's.
_LAND_FIRST = frozenset("River Sea Ocean Valley Gulf Bay Island Desert Mountain Glacier".split())

# Organisation words that open or stand inside a body's name but no person's: 'Bank BPH',
# 'Narodowy Bank Polski', 'Komisja Nadzoru Bankowego' ('Court' and 'House' are surnames too).
_NAMING_HEADS = frozenset(h for h in ORG_HEADS if h not in ("court", "house", "post", "press", "guard",
                                                           "front", "times", "news", "fund", "trust"))

_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower "
                     "Greater New Old Equatorial Republic Democratic".split())


def national_body(tokens: list[str]) -> bool:
    """'Rowing Australia', 'Sport Integrity Australia', 'Cricket Kenya': a national body, not a
    place ('Northern Ireland', 'Papua New Guinea' are places) and not a person."""
    text = " ".join(tokens)
    return len(tokens) >= 2 and (tokens[-1] in COUNTRIES or tokens[-1] in COUNTRY_ENDONYMS) \
        and text not in COUNTRIES and text not in REGIONS \
        and text not in CITIES and not any(t in _COMPASS or t in DEMONYMS for t in tokens[:-1]) \
        and not is_given_name(tokens[0]) and all(t[:1].isupper() for t in tokens) \
        and tokens[0].lower() not in PLACE_HEADS and tokens[0] not in PLACE_LEADS  # ('Port Sudan' is a
    # city, lead 13; 'Mount Kenya', 'Lake Chad' a mountain and a lake: round 16, a body 'Mount Kenya')


def church_body(tokens: list[str]) -> bool:
    """'the Romanian Orthodox Church', 'the Evangelical Lutheran Church of Finland', 'the Church of
    England': a church named by its denomination or 'of' a land is the body; a church named for a
    saint or a feast is a building ('St Mary's Catholic Church', 'the Church of the Holy
    Sepulchre', 'Church of Our Lady')."""
    if "Church" not in tokens or any(t in SAINTLY or t.endswith(("'s", "’s")) for t in tokens):
        return False
    at = tokens.index("Church")
    return any(t in DENOMINATIONS for t in tokens[:at]) \
        or at == 0 and len(tokens) >= 3 and tokens[1] == "of"


# 'National Electric Grid of Uzbekistan', 'State Oil Company of Azerbaijan', 'Central Bank of
# Nigeria': a national body named 'of' its country; not the country's own long name ('Federal
# Republic of Germany', 'State of Israel', 'Kingdom of Tonga') and no venue ('National Stadium
# of Kenya' is a place).
_NATIONAL_LEADS = frozenset("National State Federal Central Royal General".split())
_COUNTRY_WORDS = frozenset("Republic Kingdom State States Emirates Islands Federation Union "
                           "Commonwealth Principality Sultanate Emirate Duchy".split())


def national_of(tokens: list[str]) -> bool:
    return len(tokens) >= 4 and tokens[0] in _NATIONAL_LEADS and tokens[-2] == "of" \
        and tokens[-1] in COUNTRIES and all(t[:1].isupper() for t in tokens[:-2]) \
        and not any(t in _COUNTRY_WORDS or t.lower() in PLACE_HEADS for t in tokens[:-2])


def _country_tail(core: list[str]) -> bool:
    """'Rowing Australia', 'Cricket Kenya', 'Sport Integrity Australia': a country after a word
    that is no given name names a national body, not a person ('Michael Jordan' is one); an
    initialism before a word in lower case ('LAN Perú', 'BHP Billiton') opens a firm's name."""
    return len(core) >= 2 and ((core[-1] in COUNTRIES or core[-1] in COUNTRY_ENDONYMS)
                               and not is_given_name(core[0]) and " ".join(core) not in REGIONS
                               or initialism_firm(core))


def initialism_firm(tokens: list[str]) -> bool:
    """'LAN Perú', 'BHP Billiton', 'LG Energy Solution': an initialism opening a name."""
    return len(tokens) >= 2 and tokens[0].isalpha() and tokens[0].isupper() and len(tokens[0]) > 1 \
        and not tokens[1].isupper() and tokens[1][:1].isupper()



def placed_initials(tokens: list[str]) -> int:
    """'Africa CDC', 'Nigeria LNG', 'Kenya CDC': a continent's or a country's name, then a body's
    initials, is a body (the continent's or the country's branch or firm), no place and no person;
    the number of its words (2), or 0. Not a country's own initials ('Africa US' is no name)."""
    if len(tokens) >= 2 and (tokens[0] in COUNTRIES or tokens[0] in REGIONS) \
            and re.fullmatch(r"[A-Z]{2,6}", tokens[1]) and tokens[1] not in COUNTRIES \
            and tokens[1] not in ("US", "UK", "EU", "UN", "USA", "UAE"):
        return 2
    return 0
