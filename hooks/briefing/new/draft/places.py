"""Places: countries, cities and regions the lists know, and runs with a place word."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.entity import Entity
from briefing.new.draft.gazetteer import is_city
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    CAPITALS,
    CITIES,
    COUNTRIES,
    DEMONYMS,
    HOSTED_EVENTS,
    NOT_NAME,
    NUMBERED_PLACES,
    ORG_HEADS,
    PERSON_TRADES,
    PLACE_HEADS,
    REGIONS,
    TITLE_WORDS,
)
from briefing.new.draft.names import (
    Run,
    word_after,
)
from briefing.new.draft.placeevidence import GEO_NOUNS, WORKS_NOUNS, place_type
from briefing.new.draft.roles import STATE_OFFICES
from briefing.new.draft.subdivisions import is_subdivision, is_territory
from briefing.new.draft.subnational import part_of_a_country
from briefing.new.draft.titles import split_title


def find_places(found: list[Run], paragraphs: tuple[str, ...], taken: set[str]) -> dict[str, Entity]:
    places: dict[str, Entity] = {}
    owns: dict[str, str] = {}  # 'Canton of Vaud' -> 'Vaud'
    with_kind: dict[str, str] = {}  # 'Atlas' -> 'Atlas mountains'
    adjectives: set[str] = set()  # a country's adjective inside a word or a title: 'Swiss' of
    # 'Swiss-based', 'Polish' of 'Polish Finance Minister X'
    for run in found:
        tokens = run.tokens
        while tokens and tokens[0] in NOT_NAME:
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[0] in ("the", "of"):  # 'On the Colonia glacier', 'At the
            tokens = tokens[1:]  # Longreach Showgrounds' opening a sentence (round 18: 'the Colonia')
        tokens = _without_a_seat(tokens)
        day = _DAY_BEFORE.search(window.before(paragraphs[run.paragraph - 1], run.start)) \
            if len(tokens) == 1 and tokens[0] in _LATIN_MONTHS else None
        if day:  # 'the 20 de Noviembre market', 'Avenida 9 de Julio': a place named for a day
            tokens = [day.group(1), day.group(2), *tokens]
        text = " ".join(tokens)
        street = _LOCAL_WAY.match(window.after(paragraphs[run.paragraph - 1], run.end)) if tokens else None
        if street and not _taken(tokens, taken):  # 'Széchenyi tér', 'Kossuth Lajos sugárút'
            places.setdefault(f"{text} {street.group(1)}", Entity(
                "places", f"{text} {street.group(1)}", type=_LOCAL_WAYS[street.group(1).lower()]))
            continue
        if len(tokens) >= 2 and tokens[-1] in _LOCAL_WAY_TAILS and not _taken(tokens, taken):
            places.setdefault(text, Entity("places", text, type="street"))  # 'Krakowskie Przedmieście'
            continue
        based = paragraphs[run.paragraph - 1][run.end:run.end + 6] == "-based"  # (names._stem_of_where)
        if len(tokens) == 1 and (re.fullmatch(r"[A-Z][\w]+-based", text) or based) \
                and text.removesuffix("-based") not in taken:
            text = text.removesuffix("-based")  # 'the Brussels-based employers' lobby': where it is based
            if text in DEMONYMS:  # 'Swiss-based MSC': Switzerland (round 15, lead: a place 'Swiss')
                adjectives.add(text)
                text = DEMONYMS[text]
            places.setdefault(text, Entity("places", text, type="city or region" if text in CITIES
                                           else "country" if text in COUNTRIES else "place"))
            continue
        host = host_of_an_event(tokens) if tokens else None
        if host:  # 'at the Beijing Olympics': Beijing, not an event as a
            # place (an organisation too where it speaks: 'The Berlin Marathon said')
            places.setdefault(host, Entity("places", host, type="country" if host in COUNTRIES
                                           else "city or region"))
            continue
        served = _country_served(tokens)
        if served and served not in places:  # 'Polish Finance Minister Andrzej Domanski'
            places[served] = Entity("places", served, type="country")
            adjectives.add(tokens[0])
        if not tokens or text in places or _taken(tokens, taken) \
                or _a_sum(tokens, paragraphs[run.paragraph - 1], run):
            continue
        ends = _hyphened_places(text, paragraphs[run.paragraph - 1], run)
        if ends:  # 'the Lahore-Multan section': both towns
            for end in ends:
                places.setdefault(end, Entity("places", end, type="country" if end in COUNTRIES
                                              else "city or region"))
            continue
        region = _region_of_a_country(tokens, paragraphs[run.paragraph - 1], run)
        if region:  # 'in Finnish Lapland': Lapland, a region of Finland
            places.setdefault(region, Entity("places", region, aliases=[text], type="region"))
            continue
        run, reading = _after_its_preposition(run, tokens, paragraphs[run.paragraph - 1])
        kind = _place_type(text, tokens, reading, run) or place_type(text, tokens, reading, run)
        own = part_of_a_country(tokens)
        if kind is None and own:  # 'the Canton of Vaud': the canton, its own name an alias
            kind = tokens[0].lower() if tokens[0] not in NOT_NAME else tokens[1].lower()
        if kind:
            places[text] = Entity("places", text, type=kind)
            if own:
                owns[text] = own
            named = _named_with_its_kind(text, kind, paragraphs[run.paragraph - 1], run) \
                or _listed_before_its_kind(text, paragraphs[run.paragraph - 1], run)
            if named:
                with_kind[text] = named
        if text in DEMONYMS and DEMONYMS[text] not in places \
                and not _someone_of(paragraphs[run.paragraph - 1], run) \
                and not paragraphs[run.paragraph - 1].startswith("$", run.end) \
                and not _A_LANGUAGES.match(paragraphs[run.paragraph - 1], run.end) \
                and not _a_nationality(paragraphs[run.paragraph - 1], run):  # ('US$ 3 m': money)
            # 'European farmers' names Europe, a part of the world, not a country.
            places[DEMONYMS[text]] = Entity("places", DEMONYMS[text],
                                            type="region" if DEMONYMS[text] in REGIONS else "country")
    # 'the Iranian authorities' is where the article mentions Iran: the word is an alias.
    written = {run.text for run in found if run.text in DEMONYMS} | adjectives
    for place in places.values():
        place.aliases = sorted(d for d, country in DEMONYMS.items() if country == place.name
                               and d[0].isupper() and ("." in d or d in written))
    for text, own in owns.items():
        places[text].aliases.append(own)
    for text, named in with_kind.items():
        if named not in places[text].aliases:
            places[text].aliases.append(named)
    return {p.id: p for p in places.values()}


# Prepositions of place that open a sentence, in capitals, before a name the run holds.
_OPENING_PREPOSITIONS = frozenset("In At From Near Outside Around Across Into Inside".split())


def _after_its_preposition(run: Run, tokens: list[str], paragraph: str) -> tuple[Run, str]:
    """'In Puerto Lempira, capital of Gracias a Dios, ...': a sentence that opens with a preposition
    of place before a name gives a run that holds the preposition, so the words before the name
    were read as none ('in' was not seen; round 21, r21a: no place). The run from the name on, and
    the paragraph with the preposition in small letters before it, as inside a sentence."""
    if len(run.tokens) == len(tokens) + 1 and run.tokens[0] in _OPENING_PREPOSITIONS:
        start = paragraph.find(tokens[0], run.start + len(run.tokens[0]))
        if start != -1 and start < run.end:
            opener = run.tokens[0]
            reading = paragraph[:run.start] + opener.lower() + paragraph[run.start + len(opener):]
            return Run(run.paragraph, start, run.end, paragraph[start:run.end]), reading
    return run, paragraph


# Streets, squares and bridges as languages that write the kind in small letters after the name
# name them ('Széchenyi tér', 'Kossuth Lajos sugárút', 'the Belvárosi híd', 'Gedimino prospektas',
# 'Brīvības iela', 'Vabaduse väljak'): the kind is part of the name a reader lists (round 18: the
# name alone, or nothing, was drafted). Hungarian, Lithuanian, Latvian, Estonian.
_LOCAL_WAYS = {"utca": "street", "út": "street", "útja": "street", "sugárút": "street",
               "körút": "street", "rakpart": "street", "sétány": "street", "tér": "square",
               "tere": "square", "híd": "bridge", "gatvė": "street", "prospektas": "street",
               "aikštė": "square", "iela": "street", "laukums": "square", "bulvāris": "street",
               "tänav": "street", "väljak": "square", "puiestee": "street", "maantee": "road"}
_LOCAL_WAY = re.compile(rf"\s+({'|'.join(_LOCAL_WAYS)})(?![\w\-])", re.IGNORECASE)
# And the capitalised last words of streets and squares in Polish and Turkish ('Krakowskie
# Przedmieście', 'İstiklal Caddesi', 'Taksim Meydanı').
_LOCAL_WAY_TAILS = frozenset("Przedmieście Caddesi Cadde Sokak Sokağı Bulvarı Meydanı".split())


# Words of a seat's holder before 'for' beside the titles: 'the Woman MP for Mukono District', 'the
# Member of Parliament for Kampala Central', 'the Youth MP for the Eastern region'.
_SEAT_WORDS = frozenset("woman women youth member members of parliament the".split())


def _without_a_seat(tokens: list[str]) -> list[str]:
    """'Woman MP for Mukono District' -> 'Mukono District', 'MP for Bukedea County' -> 'Bukedea
    County': a seat's holder named by the office before 'for' and the place it stands for is a
    person's role; the place is what follows 'for' (round 19: places 'Woman MP for Mukono
    District', 'MP for Bukedea County'). Only when every word before 'for' is a title or a seat's
    word, and a capitalised name follows."""
    if "for" not in tokens:
        return tokens
    index = tokens.index("for")
    rest = tokens[index + 1:]
    while rest and rest[0] == "the":
        rest = rest[1:]
    if index == 0 or not rest or not rest[0][:1].isupper() \
            or not any(t.lower() in TITLE_WORDS for t in tokens[:index]) \
            or not all(t.lower() in TITLE_WORDS or t.lower() in _SEAT_WORDS for t in tokens[:index]):
        return tokens
    return rest


# Months in Spanish and Portuguese, written with a capital in the names of places named for a day
# ('the 20 de Noviembre market', 'Avenida 9 de Julio', 'Praça 15 de Novembro'; round 19: a place
# 'Noviembre').
_LATIN_MONTHS = frozenset("Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Setiembre Octubre "
                          "Noviembre Diciembre Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro "
                          "Novembro Dezembro".split())
_DAY_BEFORE = re.compile(r"(?<![\d,.])(\d{1,2})\s+(de)\s+$")


# A currency's letters glued to the digits of a sum: 'Shs20,000', 'Ksh500 million', 'Rs20'.
_GLUED_SUM = re.compile(r"[A-Z][A-Za-z]{0,3}\d+")
_SUM_GOES_ON = re.compile(r"(?:[,.]\d|\s+(?:million|billion|trillion|bn|m|k)\b|/=|/-)")


def _a_sum(tokens: list[str], paragraph: str, run: Run) -> bool:
    """'raised to Shs20,000 in the coming budget': one word of a currency's letters and digits, the
    sum going on after it (a comma or a point and digits, a multiplier), is money, no place
    (round 19: a place 'Shs20' after 'to'). Not 'District 7' (two words) nor 'the M25' alone."""
    return len(tokens) == 1 and _GLUED_SUM.fullmatch(tokens[0]) is not None \
        and _SUM_GOES_ON.match(paragraph, run.end) is not None


def host_of_an_event(tokens: list[str]) -> str | None:
    """'Beijing Olympics' -> 'Beijing', 'Cannes Film Festival' -> 'Cannes': a known city or country
    before the name of an event it holds (placewords.HOSTED_EVENTS)."""
    for size in (1, 2):
        head, tail = " ".join(tokens[:-size]), " ".join(tokens[-size:])
        if tail in HOSTED_EVENTS and (head in CITIES or head in COUNTRIES):
            return head
    return None


# Kinds of place that a name takes with it: features of the land and works ('the Atlas mountains', 'the
# Kresna gorge', 'the Sisdol landfill', 'the Kantamanto market').
_NAMING_KINDS = (GEO_NOUNS | WORKS_NOUNS) - frozenset(
    "neighbourhood neighborhood zone division governorate oblast emirate parish centre center area block "
    "field".split())


def _named_with_its_kind(text: str, kind: str, paragraph: str, run: Run) -> str | None:
    """'the Atlas mountains' -> 'Atlas mountains', 'the Kikori basin' -> 'Kikori basin': a place told
    by the kind of land written right after its name is also named so (the name with its kind is how
    a reader lists it); not the last of a list the kind closes in the plural ('the Padma and Meghna
    rivers': 'Meghna rivers' names nothing). Only a feature of the land or a work, not a unit of
    government or a loose word ('Kraków city council', 'the Galway area', 'Shirak province' are
    written so with or without the word)."""
    after = re.match(rf"\s+({re.escape(kind)})\b", window.after(paragraph, run.end))
    if after is None or kind not in _NAMING_KINDS \
            or re.search(r"(?:,|\band|\bor)\s+(?:the\s+)?$", window.before(paragraph, run.start)):
        return None
    return f"{text} {after.group(1)}"


_CAP_NAME = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}"
# The rest of a list of names after one of them, closed by a kind of land in the plural: ', Nef and
# Soler glaciers', ' and Meghna rivers'.
_LIST_TO_KIND = re.compile(rf"(?:\s*,\s*(?:the\s+)?{_CAP_NAME})*\s*,?\s+(?:and|or)\s+(?:the\s+)?"
                           rf"{_CAP_NAME}\s+(?P<kinds>[a-z]+)\b")
_LAST_OF_A_LIST = re.compile(rf"{_CAP_NAME}\s*,?\s+(?:and|or)\s+(?:the\s+)?$")


def _listed_before_its_kind(text: str, paragraph: str, run: Run) -> str | None:
    """'the Colonia, Nef and Soler glaciers' -> 'Colonia glacier', 'Nef glacier', 'Soler glacier';
    'the Padma and Meghna rivers' -> 'Padma river', 'Meghna river': each place of a list closed by a
    kind of land in the plural is named with that kind (a reader lists 'Nef glacier'; round 17 named
    only the last: 'Soler', with nothing). Only a kind of land or water whose singular names one
    place (not 'mountains', 'islands' or 'hills', whose plural is one range's name)."""
    after = window.after(paragraph, run.end)
    listed = _LIST_TO_KIND.match(after)
    if listed is None:
        plural = re.match(r"\s+(?P<kinds>[a-z]+)\b", after)
        listed = plural if plural and _LAST_OF_A_LIST.search(window.before(paragraph, run.start)) else None
    if listed is None:
        return None
    kinds = listed.group("kinds")
    kind = kinds[:-2] if kinds.endswith("oes") else kinds[:-1] if kinds.endswith("s") else None
    if kind is None or kind not in _NAMING_KINDS or kind in ("mountain", "island", "hill"):
        return None
    return f"{text} {kind}"


def _known_place(name: str) -> bool:
    return name in COUNTRIES or name in CITIES or name in CAPITALS or is_subdivision(name) \
        or is_territory(name) or is_city(name)


def _hyphened_places(text: str, paragraph: str, run: Run) -> list[str]:
    """'the Lahore-Multan section', 'the Karachi-Peshawar main line', 'the Kenya-Uganda border': two
    places the lists know (a country, a city, a country's part, a town of the gazetteer) joined by a
    hyphen, between 'the' and a word in small letters, name the two ends of what joins them; each
    is a place. Not a name standing alone ('the riding of Yorkton-Melville': a seat's own name); not
    a given name on either side ('Jean-Pierre', 'Winston-Salem') unless a country or a city of the
    lexicon's lists ('Kenya'); nor a place whose own name holds the hyphen ('Guinea-Bissau')."""
    parts = text.split("-")
    if not (re.search(r"\b(?:[Tt]he|its|their)\s+$", window.before(paragraph, run.start))
            or run.tokens[0] in ("The", "Its", "Their")) \
            or not re.match(r"\s+[a-z]", window.after(paragraph, run.end)):
        return []
    if len(parts) != 2 or " " in text or _known_place(text) \
            or not all(len(p) > 2 and p[:1].isupper() and p[1:].islower() for p in parts):
        return []
    return parts if all(p in COUNTRIES or p in CITIES or p in CAPITALS
                        or _known_place(p) and not is_given_name(p) for p in parts) else []


def _taken(tokens: list[str], taken: set[str]) -> bool:
    """A run that names a person or a body already found: holds one of its names of two words or
    more, or a one-word name (a surname) with nothing but titles before it ('Mayor Hoa'). A
    surname inside another name is no hit: 'Hoa' (of 'Le Thi Hoa') is not the province 'Thanh Hoa',
    nor 'Hoang Mai' (a substring before)."""
    # (the run's words are looked up in `taken`, not each of `taken` in the run: that was the
    # run's words times every name found, quadratic in a long page's length)
    if any(" ".join(tokens[i:j]) in taken for i in range(len(tokens))
           for j in range(i + 2, len(tokens) + 1)):
        return True
    for index, token in enumerate(tokens):
        if token in taken and tokens.index(token) == index:
            if all(t.lower() in TITLE_WORDS or t in NOT_NAME for t in tokens[:index]):
                return True
    return False


# Words before 'Market' that make it an exchange or a bloc, no market's ground.
_EXCHANGE_WORDS = frozenset("Securities Stock Stocks Financial Capital Money Futures Commodity Commodities "
                            "Common Single Energy Bond Bonds Derivatives Exchange".split())


def _place_type(text: str, tokens: list[str], paragraph: str, run: Run) -> str | None:
    if text in REGIONS:
        return "region"
    if text in COUNTRIES:
        return "country"
    if text in CITIES or text in CAPITALS:
        return "city or region"
    if len(tokens) >= 2 and tokens[-1].isdigit() and tokens[-2].lower() in NUMBERED_PLACES:
        return tokens[-2].lower()  # 'District 7', 'Ward 12'
    # 'Beijing Hotel', 'Great Hall of the People'; not 'Secretary of State'.
    heads = [t.lower() for i, t in enumerate(tokens) if t.lower() in PLACE_HEADS and i
             and (i == len(tokens) - 1 or tokens[i + 1] == "of")
             and not (t == "Market" and tokens[i - 1] in _EXCHANGE_WORDS)  # ('the Muscat Securities
             # Market', 'the Common Market': a body)
             and not (tokens[i - 1] == "of" and tokens[0].lower() in TITLE_WORDS)]  # ('Minister of State')
    if heads:
        return heads[-1]
    if word_after(paragraph, run.end) in ("region", "province", "state"):
        return word_after(paragraph, run.end)
    return None


# A demonym, maybe one word in small letters ('veteran', '22-year-old'), then a person's trade.
_TRADE_AFTER = re.compile(r"\s+([a-z][\w\-]*)(?:\s+([a-z][\w\-]*))?\b")


def _country_served(tokens: list[str]) -> str | None:
    """The country whose demonym opens a state's office before a person's name: 'Polish Finance
    Minister Andrzej Domanski' serves Poland, named by its adjective only (round 15: the role had
    no country, the draft no Poland). Not a trade ('Dutch defender X' plays for a club)."""
    if len(tokens) < 3 or tokens[0] not in DEMONYMS or DEMONYMS[tokens[0]] not in COUNTRIES:
        return None
    title, name = split_title(tokens)
    if len(title) < 2 or title[0] != tokens[0] or not name or title[-1].lower() not in STATE_OFFICES \
            or DEMONYMS[tokens[0]] in REGIONS or any(t.lower() in ORG_HEADS for t in title[1:]):
        return None  # ('European Commission President X': the body's office)
    return DEMONYMS[tokens[0]]


def _a_nationality(paragraph: str, run: Run) -> bool:
    """'The Tunisian defender scored', 'the Nigerian novelist X', 'Kenyan runners': a person's
    nationality before a trade or a sport names no place (the country named does)."""
    trade = _TRADE_AFTER.match(paragraph, run.end)
    if trade is None:
        return False
    return any(word and (word in PERSON_TRADES or word.endswith("s") and word[:-1] in PERSON_TRADES)
               for word in trade.groups())


# 'the Brazilian said', 'the Uruguayan has now scored 14': a demonym as a noun for someone.
_ACTS_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:has|had|was|is|will|would|could|said|says|told|[a-z]+ed)\b")


def _someone_of(paragraph: str, run: Run) -> bool:
    """A demonym that stands for a person ('the Brazilian', 'the Vietnamese') names no place."""
    return run.text.endswith(("an", "ese", "i")) \
        and (run.tokens[0] == "The"
             or re.search(r"\b[Tt]he\s+$", window.before(paragraph, run.start)) is not None) \
        and _ACTS_AFTER.match(window.after(paragraph, run.end)) is not None


def _region_of_a_country(tokens: list[str], paragraph: str, run: Run) -> str | None:
    """'in Finnish Lapland', 'across Russian Karelia': a country's adjective and one name after
    a preposition of place: the name is the region (the adjective says whose)."""
    if len(tokens) != 2 or tokens[0] not in DEMONYMS or tokens[1] in DEMONYMS \
            or tokens[1].lower() in PLACE_HEADS | ORG_HEADS | TITLE_WORDS or tokens[1] in NOT_NAME \
            or is_subdivision(" ".join(tokens)):  # 'across British Columbia': a province's own name
        return None
    before = window.before(paragraph, run.start)
    after = window.after(paragraph, run.end)
    return tokens[1] if re.search(r"\b(?:in|across|throughout|from|to|near|into)\s+$", before) \
        and re.match(r"\s*(?:[,.;:)]|$|\s(?:and|or|on|where)\b)", after) \
        else None


# A demonym before words of a language names the language, no country: 'known by its Spanish
# initials CIP', 'its French acronym', 'the English translation' (round 13, stint 2).
_A_LANGUAGES = re.compile(r"\s+(?:initials|acronym|abbreviation|name|names|translation|subtitles|"
                          r"original|spelling|word|words|term|language|speakers)\b")
