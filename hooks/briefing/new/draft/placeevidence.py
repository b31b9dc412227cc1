"""Evidence that a capitalised run names a place the lists do not know: a kind of place
before it ('the town of Písek') or after it ('the Ekurhuleni district'), a country after a comma
('Blantyre, Malawi'), 'on the' before a name a stop ends, a list with a place after 'in' or
'from', apposition ('Umhlanga, a suburb north of the city'), and the dateline's city."""

from __future__ import annotations

import re

from briefing.new.draft import window
from briefing.new.draft.calendarwords import MONTH, WEEKDAY, WEEKDAY_ANY
from briefing.new.draft.gazetteer import is_city
from briefing.new.draft.givennames import is_given_name
from briefing.new.draft.lexicon import (
    ADDRESS,
    CAPITALS,
    CITIES,
    COUNTRIES,
    DEMONYMS,
    KNOWN_ORGS,
    LOCAL_BODY_LEADS,
    MATCH_WORDS,
    NOT_NAME,
    NOT_PLACES_ON,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_LEADS,
    PLACE_NOUNS,
    REGIONS,
    REGIONS_WITH_THE,
    SEAS,
    TITLE_WORDS,
    TOWN_PARTS,
)
from briefing.new.draft.names import UPPER, Run
from briefing.new.draft.placewords import (
    LAND_GIVEN_NAMES,
    LANDMARK_TAILS,
    SPORTS_GROUNDS,
    STATE_ABBREVIATIONS,
)
from briefing.new.draft.sentences import sentence_at
from briefing.new.draft.subdivisions import is_subdivision, is_territory
from briefing.new.draft.venues import house_as_venue, venue_at
from briefing.new.draft.voyages import passed_by_ships

# Lower-case words for a kind of place or a feature of the land, after a name ('the Kikori
# basin', 'the Padma and Meghna rivers', 'the Lofoten islands', 'the Kaneshie lorry park', 'the
# Tijuca and São Cristóvão neighbourhoods') or before 'of' ('the southern division of Barishal').
GEO_NOUNS = frozenset("river basin delta valley plateau coast coastline estuary lagoon lake island "
                      "islands archipelago peninsula highlands lowlands hills mountains range forest "
                      "desert plain plains neighbourhood neighborhood market park zone division "
                      "governorate oblast emirate parish atoll fjord glacier reef centre center "
                      "reserve sanctuary woods wetlands marsh marshes moor heath "
                      # round 8: 'the Kresna gorge', "Fua'amotu airport", 'the Tsagaan Suvarga
                      # copper deposit'
                      "gorge canyon ravine airport airstrip harbour harbor wharf deposit "
                      # round 10: 'the Utsira Nord area', 'the Sørvest F block', 'the Kreenholm
                      # dam', 'the Yungas highway', 'the Troll field'
                      "area block field dam reservoir highway motorway expressway "
                      # round 11: 'at the foot of the Virunga volcanoes'
                      "volcano volcanoes "
                      # round 12: 'the Sisdol landfill site', 'the Baikonur cosmodrome'
                      "landfill cosmodrome spaceport "
                      # round 12: where a match is played ('at the Papastrateio pool in Piraeus',
                      # 'the Monumental stadium')
                      "stadium arena pool velodrome racecourse "
                      # round 14: 'held at Beau Bassin prison' (a person 'Beau Bassin')
                      "prison jail barracks".split())
# Works named by the town they stand in, after its name: 'the Motala paper mill', 'its Oulu
# sawmill' (only after the name: 'the plant of Renault' names a firm).
def land_named_first(text: str, run: Run, name: list[str]) -> bool:
    """'families from the Sierra Juárez', 'the Serra da Estrela': a word of the land that is a
    given name too (placewords.LAND_GIVEN_NAMES), opening a name of two words or more after 'the',
    names a feature of the land, no person (round 19: a person 'Sierra Juárez'; 'Sierra Jones said'
    stays a person: no 'the')."""
    return len(name) >= 2 and name[0] in LAND_GIVEN_NAMES and run.tokens[-len(name):] == name \
        and len(run.tokens) == len(name) \
        and re.search(r"\bthe\s+$", window.before(text, run.start)) is not None


# Features of the land and water that open a name with 'of': 'the Valley of Tlacolula', 'the
# Isthmus of Tehuantepec', 'the Plain of Jars', 'the Bay of Fundy'.
_FEATURES_OF = frozenset("valley isthmus plain plains plateau peninsula gulf bay sea lake island islands "
                         "mountains strait straits cape coast desert delta gorge canyon".split())
WORKS_NOUNS = frozenset("mill sawmill plant factory refinery smelter steelworks works "
                        # round 13: a pit named for its place ('the Gleision colliery')
                        "colliery quarry".split())

_DATELINE = re.compile(rf"^(?P<city>[{UPPER}][{UPPER}.'’\- ]{{1,30}}?)"
                       rf"(?:,\s+(?P<region>[{UPPER}][\w.'’\- ]{{1,30}}?))?"
                       r"(?=\s*\(|,\s+(?:\d|[A-Z][a-z]{2})|\s+[-–—]\s|:\s+[A-Z][a-z])")


# A dateline in title case, a month and a day after the city, then an agency's brackets or a dash:
# 'Pune, July 16 (PTI) -', 'Kochi, Aug 3 (PTI) -' (round 14: no place was drafted).
_TITLED_DATELINE = re.compile(rf"^(?P<city>[{UPPER}][^\W\d_]+(?:[ \-][{UPPER}][^\W\d_]+){{0,2}}),\s+"
                              rf"{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*(?:\([^()]{{1,30}}\)\s*)?[-–—]\s")


def _signed(words: list[str]) -> bool:
    """'Ana Lima, May 3 -': a signature's name and day, no dateline's city."""
    return len(words) == 2 and is_given_name(words[0])


# A town's offices and people, in small letters after its name: 'Piraeus court', 'the Aegina mayor',
# 'Multan police'.
_TOWN_WORDS = frozenset("mayor court courts council councillors police prosecutors governor port harbour "
                        "airport residents municipality authorities prison".split())


# Place words that also open the names of bodies ('the Hotel Association of Canada').
_LEADS_OF_BODIES = frozenset({"Hotel", "Hospital", "Hôpital", "Ospedale"})  # ('the Hospital Authority')


# Words that open a sentence to describe the places after them, no place's name.
_DESCRIBING = frozenset("Small Large Big Rural Coastal Remote Poor Poorer Rich Richer Wealthy Developing "
                        "Developed Landlocked Low-lying Neighbouring Neighboring Nearby Local Several Other "
                        "Few Fishing Farming Mining".split())  # (not 'Western': 'the Brong Ahafo and
# Western regions' of Ghana)


_SAINT_LEADS = frozenset("St St. Saint Ste Ste. Sainte".split())
# A place that stands somewhere, then 'on' (an island, a coast's name): 'College on Tongatapu'.
_SITED_ON = re.compile(r"\b(?:[Cc]olleges?|[Ss]chools?|[Hh]ospitals?|[Cc]linics?|[Cc]hurch(?:es)?|"
                       r"[Vv]illages?|[Tt]owns?|[Rr]esorts?|[Bb]eaches|[Bb]each|[Cc]ommunit(?:y|ies)|[Ss]ites?|[Aa]irports?|"
                       r"[Hh]arbou?rs?)\s+on\s+(?:the\s+island\s+of\s+)?$")
# A person's home, then the parish or the district it is in: 'Everton Griffith, of Parris Hill, St
# Joseph,' (round 21, r21a bb-bathsheba: a home of two words was read only with an age).
_IN_A_PARISH = re.compile(r",\s+(?:St\.?|Saint|Christ\s+Church)\s+[A-Z][\w'’\-]+\s*[,.;]")
# A match or a gathering told before 'at X' in its sentence: a score, a result, a side at home.
_PLAYED_AT = re.compile(r"(?:\b(?:beat|beats|beaten|won|win|lost|drew|draw|drawn|play|plays|played|match|"
                        r"game|home|away|fixture|final|race|held|hosted|host|hosts)\b|\d\s*[-–]\s*\d)"
                        r"[^.!?]*$")
# When, right after 'at X': where something happened or will ('at Djúpumýra yesterday').
_AT_WHEN = re.compile(r"\s+(?:yesterday|today|tonight|last\s+(?:night|week|weekend|month|year)|"
                      r"on\s+(?:the\s+same\s+(?:day|night|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|"
                      r"this\s+(?:morning|afternoon|evening|weekend)|next\s+(?:week|month|year|"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b")


def place_type(text: str, tokens: list[str], paragraph: str, run: Run) -> str | None:
    """A type for a place the lists do not know, or None."""
    if in_a_quoted_title(paragraph, run):
        return None  # 'an arrangement of "Sweet Pan in Town"' (round 13: a place 'Town')
    if re.fullmatch(r"[A-Z]{1,3}\d+", text) and re.match(r"[,.]\d", paragraph[run.end:run.end + 2]):
        return None  # 'earned around R5,400 a month': a sum in a currency's letter (round 16: a place 'R5')
    if house_as_venue(paragraph, run, tokens):
        return "building"  # 'Talks were held at Hyderabad House'
    if len(tokens) > 2 and " ".join(tokens[-2:]) in SPORTS_GROUNDS:
        return "stadium"  # 'at the Tribhuvan University International Cricket Ground'
    if text in REGIONS:
        return "region"
    if road_number(paragraph, run, tokens):
        return "road"
    if text in SEAS and not _SEA_AS_ADJECTIVE.match(window.after(paragraph, run.end)):
        return "sea"
    if len(tokens) >= 2 and tokens[0] in PLACE_LEADS \
            and not (tokens[0] in _LEADS_OF_BODIES and any(t.lower() in ORG_HEADS for t in tokens[1:])):
        return PLACE_LEADS[tokens[0]]  # not 'the Hotel Association of Canada'
    if land_named_first(paragraph, run, tokens):
        return LAND_GIVEN_NAMES[tokens[0]]  # 'from the Sierra Juárez'
    if len(tokens) >= 3 and tokens[1] == "of" and tokens[0].lower() in _FEATURES_OF \
            and all(t[:1].isupper() for t in tokens[2:]) and tokens[2] not in NOT_NAME:
        return tokens[0].lower()  # 'the Valley of Tlacolula', 'the Isthmus of Tehuantepec' (round 19:
        # nothing; a feature's word opening the name, then 'of', was read as no place)
    if len(tokens) >= 2 and any(t in DEMONYMS for t in tokens) \
            and not any(t.lower() in TITLE_WORDS or t.lower() in ORG_HEADS for t in tokens) \
            and is_subdivision(text):
        return "province or state"  # 'across British Columbia', 'in Western Australia': a
        # subdivision's own name, though a demonym opens it (not 'British Airways')
    ground = ground_of_a_match(paragraph, run, tokens)
    if ground:
        return ground
    if len(tokens) <= 3 and _OWNED_LOCAL.match(window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME for t in tokens) \
            and not tokens[-1].lower().endswith("bank"):  # ("the Riksbank's governor")
        return "city or region"  # "Kraków's city council", "Timișoara's mayor"
    if len(tokens) <= 3 and _OWNS_A_BODY.match(window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME for t in tokens):
        return "city or region"  # "Riga's Freeport Authority"
    if len(tokens) <= 3 and _ON_A_COAST.match(window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME for t in tokens):
        return "place"  # "land at Eton on Efate's east coast", 'Kilwa on the south coast'
    if len(tokens) <= 3 and said_to_be_a_place(paragraph, run.end) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME for t in tokens):
        return said_to_be_a_place(paragraph, run.end)  # 'Boa Vista is an island in Cape Verde'
    if len(tokens) <= 3 and _HOME_TO.match(window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME for t in tokens):
        return "place"  # 'South Tarawa is home to more than half of Kiribati's people'
    named = kind_named(window.before(paragraph, run.start))
    if named and (_place_noun(named) or named in _NAMED_SITES) and len(tokens) <= 4:
        return "place" if named in _NAMED_SITES else _place_noun(named)  # 'from a site in East
        # Antarctica called Little Dome C', 'a village named Ban Na'
    if len(tokens) >= 2 and len(tokens[-1]) == 1 and all(len(t) > 1 for t in tokens[:-1]) \
            and not any(t.lower() in ORG_HEADS for t in tokens):
        return _feature_after(paragraph, run)  # 'the Sørvest F area': a letter closing the name
    if any(len(t) == 1 for t in tokens) or any(t in DEMONYMS or t in NOT_NAME for t in tokens) \
            or any(t.lower() in TITLE_WORDS or t.lower() in ORG_HEADS for t in tokens) \
            or text in KNOWN_ORGS or re.match(r"['’]s\b", window.after(paragraph, run.end)):
        return None
    home = _HOME.search(window.before(paragraph, run.start))
    parish = _IN_A_PARISH.match(window.after(paragraph, run.end))
    if home and (home.group("age") or len(tokens) == 1 or parish) and len(tokens) <= 3 \
            and re.match(r"[,.;]", window.after(paragraph, run.end)):
        return "place"  # 'Jamal Okafor, of Harehills,', 'Ann Lee, 34, from Ballymena,': where a person lives
    if _PUBLISHED_IN.search(window.before(paragraph, run.start)):
        return None  # 'published in Science', 'appeared in The Lancet': a journal
    if _SEAT_FOR.search(window.before(paragraph, run.start)) or seat_in_brackets(paragraph, run):
        return "constituency"  # 'its member for Serowe North'; a parliament's record: 'Ms Aisha
        # Rahman (Bradford West) (Lab):'
    kind_of = re.search(r"\b(\w+)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|"
                        r"north-?west|south-?east|south-?west)(?:ern)?\s+)?$",
                        window.before(paragraph, run.start))
    if kind_of and _place_noun(kind_of.group(1)):  # (round 16: 'the valleys of central Spitsbergen')
        return _place_noun(kind_of.group(1))  # 'the town of Písek', 'the towns of the Westfjords'
    if kind_of and kind_of.group(1) in TOWN_PARTS and len(tokens) <= 3 \
            and not _feature_after(paragraph, run) \
            and not re.match(r"\s+[A-Z]|['’]s\b|\s+(?:district|province|region|county|"
                             r"state|municipality|prefecture)\b", window.after(paragraph, run.end)):
        return "city or region"  # 'the streets of Kathmandu', 'residents of Kibera'
    such_as = _SUCH_AS.search(window.before(paragraph, run.start))
    if such_as and _place_noun(such_as.group(1)):
        return _place_noun(such_as.group(1))  # 'a small settlement such as Soutrivier', 'towns like
        # Usakos and Otjimbingwe'
    noun_before = re.search(r"\b(\w+)\s+of\s+$", window.before(paragraph, run.start))
    if noun_before and noun_before.group(1).lower() in TITLE_WORDS | {"centre", "center"} \
            and len(tokens) <= 2:
        return "place"  # 'the Mayor of Galway'
    after = re.match(r"\s+(\w+)", window.after(paragraph, run.end))
    if after and after.group(1) in PLACE_NOUNS and not (len(tokens) == 1 and tokens[0] in _DESCRIBING):
        return after.group(1)  # 'the Ekurhuleni district' (not 'Small island states said': round 14,
        # lead, a place 'Small')
    if len(tokens) == 1 and after and after.group(1) in _TOWN_WORDS and is_city(text) \
            and not re.match(r"\s+\w+\s+(?:of|for)\b", window.after(paragraph, run.end)):
        return "city or region"  # 'Piraeus court hears first witnesses', 'the Multan police said': a
        # town of the gazetteer before a word in small letters for its people, its offices, its port
    if after and after.group(1) in ("route", "routes", "corridor") and len(tokens) <= 3 \
            and re.search(r"\bthe\s+$", window.before(paragraph, run.start)):
        return "place"  # 'has driven the San Lorenzo route': a route named by the place it serves
    described = len(tokens) == 1 and tokens[0] in _DESCRIBING
    feature = _feature_after(paragraph, run) if not described else None
    if feature:
        return feature  # 'the Kikori basin', 'the Padma and Meghna rivers', 'the Kaneshie lorry park'
    if len(tokens) <= 3 and _BRANCH_OF.match(window.after(paragraph, run.end)) \
            and re.search(r"\bthe\s+$", window.before(paragraph, run.start)) \
            and not any(t.lower() in ORG_HEADS or t in NOT_NAME for t in tokens):
        return "place"  # 'the Kilkee branch of the National Farmers' Association': where the branch is
    apposed = _APPOSED_KIND.match(window.after(paragraph, run.end)) \
        or _APPOSED_ONE_OF.match(window.after(paragraph, run.end))
    if apposed and _place_noun(apposed.group(1)):
        return _place_noun(apposed.group(1))  # 'Umhlanga, a suburb north of the city,'
    if _GOVERNED.match(window.after(paragraph, run.end)):
        return "province or state"  # 'the KwaZulu-Natal provincial government'
    if 2 <= len(tokens) <= 3 and tokens[-1] in _WATER_TAILS \
            and _IN_WATER.search(window.before(paragraph, run.start)):
        return tokens[-1].lower()  # 'a trip in the Beagle Channel' (round 16: nothing; 'Channel' closes a
        # broadcaster's name too, so only as water: 'in', 'across', 'crossing the')
    country = re.match(r",\s+([A-Z][\w ]+?)(?=[,.;)]|\s+[-–(]|$)", window.after(paragraph, run.end))
    if country and country.group(1) in COUNTRIES and text not in COUNTRIES:
        return "city or region"  # 'Blantyre, Malawi'
    if len(tokens) <= 3 and re.search(r"\bat\s+$", window.before(paragraph, run.start)) \
            and re.match(r",\s+where\b", window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in NOT_NAME for t in tokens):
        return "place"  # 'to repair the cottages at Moyasta, where the roofs ...' (round 16: no place)
    if len(tokens) <= 3 and _REGION_APPOSED.match(window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in NOT_NAME for t in tokens):
        return "city or region"  # 'to visit Tamale, Northern Region, on Friday' (round 16: no place)
    if _on_the(paragraph, run, tokens) or _water_named(paragraph, run, tokens) \
            or _apposed_to_a_place(paragraph, run, tokens) \
            or listed_in_places_of(paragraph, run):
        return "place"
    if _route_from(paragraph, run, tokens) or passed_by_ships(paragraph, run, tokens) \
            or venue_at(paragraph, run, tokens):
        return "place"  # 'its busiest route, between Split and Supetar', 'ships leaving Odesa'
    if len(tokens) <= 3 and re.search(r"\bat\s+(?:the\s+)?$", window.before(paragraph, run.start)) \
            and _AT_WHEN.match(window.after(paragraph, run.end)) \
            and _PLAYED_AT.search(paragraph[max(0, run.start - 120):run.start]) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME or t.isupper()
                        for t in tokens):
        return "place"  # 'to beat HB Tórshavn 2-1 at Djúpumýra yesterday', 'HB are at home to B36
        # Tórshavn at Gundadalur on the same night' (round 21: r21a fo-ki drafted neither ground)
    if len(tokens) <= 2 and _SITED_ON.search(window.before(paragraph, run.start)) \
            and re.match(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|where|which|in|with)\b",
                         window.after(paragraph, run.end)) \
            and not any(t.lower() in ORG_HEADS or t in DEMONYMS or t in NOT_NAME or t.isupper()
                        for t in tokens):
        return "island or place"  # 'Tupou College and Queen Sālote College on Tongatapu.' (round 21:
        # r20b to-eua, no place: a school, a village, a beach on its island)
    if 2 <= len(tokens) <= 3 and tokens[0] in _SAINT_LEADS \
            and (re.search(r"\b(?:at|to|near|around|off|on)\s+$", window.before(paragraph, run.start))
                 or re.search(r"[A-Z][\w'’\-]+,\s+$", window.before(paragraph, run.start))
                 and re.match(r"\s*,", window.after(paragraph, run.end))) \
            and not any(t.lower() in ORG_HEADS for t in tokens) \
            and not re.match(r"\s+[A-Z]|['’]s\b", window.after(paragraph, run.end)):
        return "place"  # 'sampling at 12 reef sites around the island and at St Brandon' (round 21:
        # nothing; a saint's name where one goes or is is the place named for the saint)
    if located_at(paragraph, run) or _landmark(paragraph, run, tokens):
        return "place"  # 'at Al Ghubrah near Muscat', 'at Muguga in Kenya', 'marched to Stradey Park'
    if len(tokens) == 1 and not text.isupper() \
            and re.search(r"\bfrom\s+the\s+$", window.before(paragraph, run.start)) \
            and re.match(r"\s+to\s+(?:the\s+)?[\w\-]+", window.after(paragraph, run.end)):
        return "place"  # 'from the Westfjords to the south-east coast': a stretch between places
    if 2 <= len(tokens) <= 3 and not text.isupper() and not is_given_name(tokens[0]) \
            and re.search(r"\bfrom\s+$", window.before(paragraph, run.start)) \
            and re.match(r"\s+to\s+(?:the\s+)?[A-Z]", window.after(paragraph, run.end)):
        return "place"  # 'a tram line from Cais do Sodré to Belém' (round 13): a stretch's first end
    if len(tokens) == 2 and tokens[0] in _COMPASS_LEADS and tokens[1][1:].islower() \
            and tokens[1].lower() not in ORG_HEADS and tokens[1] not in NOT_NAME \
            and re.search(r"\b(?:in|into|across|throughout|from)\s+the\s+$",
                          window.before(paragraph, run.start)) \
            and not re.match(r"\s+[A-Z]", window.after(paragraph, run.end)) \
            and not (tokens[1].endswith(("ic", "an"))
                     and re.match(r"\s+[a-z]", window.after(paragraph, run.end))):
        return "region"  # 'the Tsagaan Tolgoi copper mine in the South Gobi' (round 16: no place; not
        # an adjective before its noun: 'into the East Antarctic ice sheet')
    if len(tokens) == 1 and text in REGIONS_WITH_THE and re.search(
            r"\b(?:in|into|across|throughout|from)\s+the\s+$", window.before(paragraph, run.start)):
        return "region"  # 'fires in the Amazon' (not 'Amazon said')
    along = re.search(r"\b(?:along|beside)\s+the\s+$", window.before(paragraph, run.start))
    if _listed_after_place(paragraph, run) or along and len(tokens) <= 2 \
            and not re.match(r"\s+[A-Z]", window.after(paragraph, run.end)):
        return "place"  # 'in Blantyre and Zomba', 'a headwind along the Maas'
    if ((re.search(r"\b(?:in|near|outside|across|around|off)\s+$|\b(?:near|outside|around|off)\s+the\s+$"
                  r"|\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|kilometres|"
                  r"kilometers|km|miles)\s+of\s+$|\b(?:plants?|factory|factories|mills?|mines?|shipyards?"
                  r"|bases?|camps?|depots?|reserves?|reservations?|stations?|terminals?|refinery|refineries|smelters?|prisons?|dams?|"
                  r"landfills?|wharf|wharves|ports?|harbou?rs?|bridges?|checkpoints?|roadside)\s+at\s+$",
                  window.before(paragraph, run.start))
             or _SEAT_AT.search(window.before(paragraph, run.start)))
            and sum(t[:1].isupper() for t in tokens) <= 3  # 'in San Cristóbal de las Casas'
            or re.search(r"\b(?:from|(?<!according )to)\s+$", window.before(paragraph, run.start))
            and len(tokens) == 1 and not _TO_A_RECIPIENT.search(window.before(paragraph, run.start))) \
            and not re.match(r"\s+[A-Z]", window.after(paragraph, run.end)):
        return "place"  # 'in Lilongwe', 'from Hamburg', 'south of Aralsk', 'a plant at Fuglafjørður'
        # (round 14, helper r14c: 'lost her seat at Rae Bareli', 'the train arrived at Rae Bareli'
        # drafted a person 'Rae Bareli': a constituency's seat, where one arrives)
        # (not 'according to LSEG data': a source)
    if is_subdivision(text):
        return "province or state"  # 'Nova Scotia', 'Kerala', 'Oaxaca' (ISO 3166-2), told no other way
    if is_territory(text):
        return "country or territory"  # 'Greenland', 'Bermuda', 'Réunion' (ISO 3166-1), likewise
    if town_alone(paragraph, run, tokens):
        return "city or region"  # 'dust storms now reach Nukus and Urgench': a town of the gazetteer
        # inside a sentence, told no other way and taken by no person or body
    return None


# A word before a name in a noun's phrase: 'the Liberal government', 'the old Seto language'.
_MODIFIED = re.compile(r"\b(?:[Tt]he|[Aa]n?|its|their|his|her|our)\s+"
                       r"(?:(?!(?:to|from|in|at|on|of|near|into|via|for|by|and|or|with)\s)[a-z][\w\-]*\s+){0,2}$")


# A small word inside a longer name, after its first word: 'Laval un Partneri', 'Santos de Guápiles'.
_PARTICLE_AFTER = re.compile(r"\s+(?:un|de|da|do|dos|das|du|di|del|della|la|le|les|van|von|der|den|ten|ter|"
                             r"y|e|i|und|et|zu|al|el)\s+[A-Z]")


# What stands before a sentence's first word, or a quotation's, or a bracket's.
_OPENS = re.compile(r"(?:[.!?:;\"“‘'(\[—–-])\s*$")


def town_alone(paragraph: str, run: Run, tokens: list[str]) -> bool:
    """A name of one to three words the gazetteer holds as a town ('Nukus', 'Ciudad Bolívar'),
    standing whole as a name inside a sentence (no title or other word in its run): not first in
    its sentence (where any word is capitalised), not a word of a noun's phrase ('the Liberal
    government', 'the old Seto language'), not the first word of a longer name with a small word
    inside ('Laval un Partneri'), not in a sentence of a match ('meets Barcelona in February':
    a club named by its town), not written in capitals; but a town before 'derby' is one ('a
    packed Kitwe derby'), in a match's sentence or not."""
    text = " ".join(tokens)
    if len(tokens) > 3 or len(run.tokens) != len(tokens) or text.isupper() or not is_city(text) \
            or run.start == 0 or _OPENS.search(paragraph[max(0, run.start - 4):run.start]):
        return False
    before, after = window.before(paragraph, run.start), window.after(paragraph, run.end)
    if re.match(r"\s+derby\b", after):
        return True  # 'a packed Kitwe derby': the town whose two clubs meet (round 19: no place)
    if _MODIFIED.search(before) and re.match(r"\s+[a-z]", after) or _PARTICLE_AFTER.match(after) \
            or re.search(r"\bof\s+$", before):  # ('said Jan Nowak of Gdańsk': where one is from, or
        # whom one speaks for, told with its doubt by the caller)
        return False
    start, end = sentence_at(paragraph, run.start)
    return not (_SCORE.search(paragraph[start:end]) or _MATCH_WORD.search(paragraph[start:end]))


# 'The case was reported to Okokrim', 'handed the file to Finanstilsynet', 'sold it to Equinor': one
# word after 'to' is where one goes, but after these verbs who receives (round 15: places).
_TO_A_RECIPIENT = re.compile(r"\b(?:reported|handed|referred|submitted|complained|appealed|applied|sold|lent|"
                             r"paid|donated|owed|answerable|accountable|belongs|belonged|belonging|"
                             r"wrote|written|awarded|granted|transferred|licensed|leased)"
                             r"(?:\s+(?:it|them|the\s+\w+|its\s+\w+|their\s+\w+|\w+)){0,2}?\s+to\s+$")


def in_a_quoted_title(paragraph: str, run: Run) -> bool:
    """A name inside a title in quotation marks: two to eight words, no stop, each word of four
    letters or more capitalised ('"Sweet Pan in Town"'); a quote's words are written otherwise."""
    before, after = paragraph[max(0, run.start - 60):run.start], paragraph[run.end:run.end + 60]
    opening = max(before.rfind('"'), before.rfind("“"))
    closing = min((at for at in (after.find('"'), after.find("”")) if at >= 0), default=-1)
    if opening < 0 or closing < 0:
        return False
    title = before[opening + 1:] + run.text + after[:closing]
    words = title.split()
    return 2 <= len(words) <= 8 and not re.search(r"[.,;:!?]", title) \
        and all(w[:1].isupper() for w in words if len(w) >= 4)


# Where a person lives, British style: 'Jamal Okafor, of Harehills,', 'Ann Lee, 34, from Ballymena'.
_HOME = re.compile(r"[A-Z][\w'’\-]+,\s+(?:(?P<age>(?:aged\s+)?\d{1,3}),\s+)?(?:of|from)\s+$")


# A member's name opening a record's paragraph, then the bracket that holds the seat.
_SEAT_IN_BRACKETS = re.compile(rf"{ADDRESS}\s+[A-Z][\w'’\-]+"
                               r"(?:\s+[A-Z][\w'’\-]+){0,3}\s+\(")
_PARTY_THEN_COLON = re.compile(r"\)(?:\s+\([^()]{1,30}\))?:")


def seat_in_brackets(paragraph: str, run: Run) -> bool:
    """'Ms Aisha Rahman (Bradford West) (Lab):': the seat of the member a record's label names."""
    return _SEAT_IN_BRACKETS.fullmatch(paragraph, 0, run.start) is not None \
        and _PARTY_THEN_COLON.match(paragraph, run.end) is not None


# Where words are printed: 'published in Science', 'a paper in The Lancet', 'appeared in the journal X'.
_PUBLISHED_IN = re.compile(r"\b(?:published|appeared|appears|publishes|paper|study|article|letter|report)"
                           r"\s+(?:on\s+\w+\s+)?in\s+(?:the\s+)?(?:(?:scientific|medical|academic|peer-reviewed)\s+)?"
                           r"(?:journals?\s+)?$")


# What a town's or a region's possessive owns: its council, mayor, streets, residents.
_OWNED_LOCAL = re.compile(r"['’]s\s+(?:(?:city|town|municipal|village|regional|provincial|county|district|"
                          r"local|state)\s+(?:council|hall|government|assembly|authorities|police|"
                          r"legislature|administration)|mayor|deputy mayor|city hall|town hall|residents|"
                          # round 14: its people counted ("south Greenland's 6,400 residents", "the
                          # island's population")
                          r"(?:(?:some|about|nearly|almost|more\s+than)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?"
                          r"\s+(?:residents|inhabitants|villagers|islanders|citizens)|inhabitants|population|"
                          r"villagers|islanders|"
                          r"streets|suburbs|outskirts|old town|city centre|city center|main square|"
                          # round 14: its port, harbour or airport ("Gdańsk's port authority")
                          r"(?:port|harbour|harbor|airport)\s+(?:authority|board|trust|company|commission|"
                          r"corporation|director|manager|master)|harbourmaster|harbormaster|"
                          # a territory's or a province's governor ("Svalbard's governor"; not a
                          # bank's, below)
                          r"governor|"
                          # its coast and its cities ("on Efate's east coast", "Armenia's second city")
                          r"(?:(?:north|south|east|west|northern|southern|eastern|western|north-east|"
                          r"north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+)?"
                          r"(?:coast|coastline|shore|shores|interior|hinterland)|"
                          r"(?:second|third|largest|biggest)\s+(?:city|town|port))\b")


# A town's own body, capitalised, after its possessive: "Riga's Freeport Authority approved".
_OWNS_A_BODY = re.compile(rf"['’]s\s+(?:{'|'.join(sorted(LOCAL_BODY_LEADS))})\s+[A-Z]")


# Where a place lies: "on Efate's east coast", 'on the south coast', 'on the island's north shore'.
_ON_A_COAST = re.compile(r",?\s+on\s+(?:the\s+|its\s+|[A-Z][\w\-]*['’]s\s+|the\s+island['’]s\s+)"
                         r"(?:(?:north|south|east|west|northern|southern|eastern|western|north-east|north-west|"
                         r"south-east|south-west|northeast|northwest|southeast|southwest)\s+)?"
                         r"(?:coast|shore|shores|tip|bank)\b")


# Where people live or things are: 'X is home to 70,000 people', 'X, home to the fleet,'.
_HOME_TO = re.compile(r"(?:\s+(?:is|was|remains|has\s+long\s+been|has\s+been)|,(?:\s+which\s+is)?)\s+"
                      r"(?:also\s+)?home\s+to\b")


# 'Sal Rei is the biggest town on the island', 'Boa Vista is an island in Cape Verde': the article
# says what kind of place the name is (round 21, r21a: 'Sal Rei' was drafted a person, 'Boa Vista'
# nothing). Up to three words describe the kind ('the biggest', 'a small fishing').
_IS_A_KIND = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+"
                        r"(?:(?!(?:from|of|in|on|at|for|with|by|to|a|an|the|who|that|which|and|or)\b)"
                        r"[a-z][\w\-]*\s+){0,3}?(?P<noun>[a-z]+)"
                        r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|near|off|and|with|where|north|south|east|west|"
                        r"about|some|just)\b)")


def said_to_be_a_place(paragraph: str, end: int) -> str | None:
    """The kind of place the words after a name (at `end`) say it is, or None."""
    match = _IS_A_KIND.match(paragraph, end)
    return _place_noun(match.group("noun")) if match and match.group("noun") not in ("mine", "farm") else None


# What may follow a place after 'on the': a stop, or a preposition or conjunction.
_AFTER_PLACE = re.compile(r"\s*(?:[.,;:)]|$|(?:in|at|behind|near|to|on|for|with|and|where|when|"
                          r"outside|during|after|before)\b)")


# A road by its number: a letter of the road's class and one to three figures ('the A9', 'the M25',
# 'the N7', 'the E45'), after a way's preposition and 'the' (round 20: r19b uk-farnorth 'A bus on
# the A9 is no answer' drafted nothing); not 'the M1 chip', 'the B52 bomber' (a noun follows).
_ROAD_NUMBER = re.compile(r"[ABMNRE]\d{1,3}")
_ROAD_BEFORE = re.compile(r"\b(?:on|along|off|via|onto|up|down|from|to|by|near|across|beside|alongside|"
                          r"joins|join|leave|leaves|left|closed|close|closes|reopened)\s+the\s+$")
_ROAD_AFTER = re.compile(r"\s*(?:[.,;:)]|$|(?:is|was|were|has|had|and|or|to|at|near|between|from|in|on|for|"
                         r"which|where|north|south|east|west|motorway|road|trunk|dual|carriageway|junction|"
                         r"corridor|bypass)\b)")


def road_number(paragraph: str, run: Run, tokens: list[str]) -> bool:
    return len(tokens) == 1 and _ROAD_NUMBER.fullmatch(tokens[0]) is not None \
        and bool(_ROAD_BEFORE.search(window.before(paragraph, run.start))) \
        and bool(_ROAD_AFTER.match(window.after(paragraph, run.end)))


def _on_the(paragraph: str, run: Run, tokens: list[str]) -> bool:
    """'marched on the Champs-Élysées behind banners', 'the finish on the Coolsingel.': a name
    after 'on the' that a stop or a preposition ends; not 'on the Internet', 'on the Senate
    floor' (a noun follows)."""
    return len(tokens) <= 2 and tokens[0] not in NOT_PLACES_ON \
        and bool(re.search(r"\bon\s+the\s+$", window.before(paragraph, run.start))) \
        and bool(_AFTER_PLACE.match(window.after(paragraph, run.end)))


# A river, a lake or a sea named by 'the' alone, in a sentence about water: 'ships were waiting in
# the Hooghly to be unloaded', 'depend on fishing in the Mekong', 'before it reaches the Chu'
# (round 12).
_IN_WATER = re.compile(r"\b(?:in|into|on|across|along|up|down|reaches|reached|crossed|cross|crossing|enters|"
                       r"entered|joins|joined)\s+the\s+$")
# The bank or the mouth of a river says it is one, whatever the sentence's other words (round 13:
# 'landslides on the right bank of the Punatsangchhu').
_RIVER_PART = re.compile(r"\b(?:(?:right|left|north|south|east|west|far|opposite)\s+bank|banks|mouth|source|"
                         r"estuary|headwaters|"
                         # round 15: 'the upper reaches of the Urubamba' (no place)
                         r"(?:upper|lower|middle|northern|southern)\s+reaches|reaches)\s+of\s+the\s+$")
_WATER_WORDS = re.compile(r"\b(?:ships?|boats?|vessels?|barges?|ferry|ferries|fishing|fishermen|fishers|"
                          r"river|rivers|waters?|flows?|flowed|floods?|flooded|dredg\w*|banks|estuary|tides?|upstream|"
                          r"downstream|sail\w*|drown\w*|meltwater|streams?)\b")


def _water_named(paragraph: str, run: Run, tokens: list[str]) -> bool:
    if len(tokens) > 2 or tokens[0] in NOT_PLACES_ON or run.text.isupper() \
            or not _AFTER_PLACE.match(window.after(paragraph, run.end)):
        return False
    if _RIVER_PART.search(window.before(paragraph, run.start)):
        return True
    if not _IN_WATER.search(window.before(paragraph, run.start)):
        return False
    start, end = sentence_at(paragraph, run.start)
    return bool(_WATER_WORDS.search(paragraph[start:end]))


def _apposed_to_a_place(paragraph: str, run: Run, tokens: list[str]) -> bool:
    """'the mayor of Santa Barbara, Iloilo, in ...': a name set off by commas right after a
    place named with 'in' or 'of' is the region it lies in."""
    before = window.before(paragraph, run.start)
    venue = re.search(r"\bat\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,3}(?P<head>[A-Z][a-z]+),\s+$", before)
    return len(tokens) <= 2 and (bool(re.search(
        r"\b(?:in|of|near|outside)\s+(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+,\s+$", before))
        or venue is not None and (venue.group("head").lower() in PLACE_HEADS
                                  or venue.group("head") in _GROUND_WORDS)) \
        and bool(re.match(r"\s*[,.;]", window.after(paragraph, run.end)))  # (round 16: 'a win at Lawaqa
    # Park, Sigatoka, in front of 6,000 fans', a venue's town)


# A ground's last word ('Lawaqa Park', 'Eden Gardens', 'Kensington Oval').
_GROUND_WORDS = frozenset("Park Gardens Oval Ground Arena Field Stadium".split())
# A compass point opening a region's name ('the South Gobi', 'the North Caucasus', 'the Far East').
_COMPASS_LEADS = frozenset("North South East West Central Upper Lower Northern Southern Eastern Western "
                           "Far".split())
# Waters' last words that close other names too ('the History Channel', 'Sound Transit').
_WATER_TAILS = frozenset("Channel Sound Passage Firth Narrows Lagoon Reef".split())
# A region of a country after a name, set off by commas: 'Tamale, Northern Region,', 'Kumbo, North West
# Province.'
_REGION_APPOSED = re.compile(r",\s+(?:[A-Z][\w\-]+\s+){1,2}(?:Region|Province|District|County|Prefecture|"
                             r"Governorate|Oblast|Department|Municipality)(?=[,.;)])")
# 'X, a suburb north of the city', 'X, the small town where ...': a kind of place in apposition.
# (or a country's: 'Vättern, Sweden's second-largest lake')
_APPOSED_KIND = re.compile(r",\s+(?:a|an|the|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z]+)\b(?!-)")
# A sea's name before a noun that is no water's: 'the Baltic nation', 'Baltic states', 'Pacific
# island leaders' (round 15: a sea 'Baltic' in 'to represent the Baltic nation').
_SEA_AS_ADJECTIVE = re.compile(r"\s+(?:nation|nations|state|states|country|countries|republic|republics|"
                               r"leaders|people|peoples|neighbours|neighbors|governments|capitals)\b")
# A body's branch named by its town: 'the Kilkee branch of the National Farmers' Association', 'the
# Mombasa office of the Kenya Revenue Authority' (round 15: no place).
_BRANCH_OF = re.compile(r"\s+(?:branch|branches|chapter|office|offices|bureau|lodge|depot)"
                        r"\s+of\s+(?:the\s+)?[A-Z]")
# 'Breiðamerkurjökull, one of the largest outlet glaciers of Vatnajökull': one of a kind of place
# (round 15: no place), the kind in the plural.
_APPOSED_ONE_OF = re.compile(r",\s+one\s+of\s+(?:the|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,3}?"
                             r"([a-z]+s)\b(?!-)")
# 'the KwaZulu-Natal provincial government', 'the Oaxaca state authorities'.
_GOVERNED = re.compile(r"\s+(?:provincial|regional|state|municipal|county|prefectural)\s+"
                       r"(?:government|authorities|administration|legislature|assembly|police)\b")


# A seat in a parliament or a council and the constituency it stands for: 'its member for Serowe
# North', 'the senator for Victoria' ('the MP for X' is one capitalised run, read with its title).
_SEAT_FOR = re.compile(r"\b(?:member|senator|councill?or)\s+for\s+$")


# A kind of place, then the places given as examples of it (the second of two too).
_SUCH_AS = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:such\s+as|like|including)\s+"
                      r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?:,\s+|,?\s+(?:and|or)\s+)){0,3}$")


# A thing given its name: 'a site (in East Antarctica) called', 'a village named', 'a camp known as'.
# Or told by a verb, the noun opening a sentence: 'The village is called Tân Hưng.' (round 16: a
# person, a given name opening the name).
_KIND_NAMED = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:[a-z\-]+\s+)?"
                         r"(?P<noun>(?!(?:is|was|are|were|has)\b)[a-z]+)"
                         r"(?:\s+(?:in|near|on|of|outside)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?"
                         r",?\s+(?:(?:is|was|are|were|has\s+been)\s+)?(?:called|named|known\s+as)\s+$")
# Nouns of a place that is named so, though no kind of place on their own.
_NAMED_SITES = frozenset("site camp base dome".split())


def kind_named(before: str) -> str | None:
    """The noun of the thing the name after `before` is given to ('a site in East Antarctica
    called' -> 'site'), or None."""
    match = _KIND_NAMED.search(before)
    return match.group("noun") if match else None


def _place_noun(word: str) -> str | None:
    """'town' or 'towns' -> 'town'; None for a word that names no kind of place."""
    lowered = word.lower()
    kinds = PLACE_NOUNS | GEO_NOUNS
    singular = lowered[:-1] if lowered.endswith("s") and lowered[:-1] in kinds else lowered
    return singular if singular in kinds else None


# A name, maybe listed ('the Padma and Meghna rivers'), then at most one lower-case word and a
# kind of place or a feature of the land ('the Kaneshie lorry park', 'the Maracanã metro station').
_FEATURE = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"
                      r"(?:\s+(?P<mod>[a-z][\w\-]*))?\s+(?P<noun>[a-z]+)\b(?!-)")


_COUNTED = re.compile(r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|"
                      r"hundreds|thousands|several|many|some|few))\s+$", re.I)


def _feature_after(paragraph: str, run: Run) -> str | None:
    match = _FEATURE.match(window.after(paragraph, run.end))
    if match is None or sum(t[:1].isupper() for t in run.tokens) > 3:  # ('Raposa Serra do Sol')
        return None
    modifier = match.group("mod")
    word = modifier if modifier and _place_noun(modifier) else match.group("noun")
    if len(run.tokens) == 1 and _place_noun(word) not in (None, word.lower()) \
            and not match.group().lstrip().startswith(("and ", "or ")) \
            and re.search(r"(?:^|[.!?,:][\"”’]?\s+)[\"“‘]?$", window.before(paragraph, run.start)):
        return None  # (or a quote's: '"Fish farms can make the water dirty," he said', round 16)
        # round 14 (helper r14c): 'Evacuation centres have been opened in Ha'apai'
        # drafted a centre 'Evacuation': one word opening a sentence before a kind of place in the
        # plural is a common word's capital, not a name
    if _place_noun(word) not in (None, word.lower()) and _COUNTED.search(window.before(paragraph, run.start)):
        return None  # 'a network of 48 GPS stations': things counted, of a make, not a place
    if modifier and (_place_noun(modifier) or _works(modifier, paragraph, run)):
        return _place_noun(modifier) or "place"  # 'the Kantamanto market as ...', 'its Oulu sawmill
        # before ...'
    noun = _place_noun(match.group("noun")) or _works(match.group("noun"), paragraph, run)
    if noun is None or modifier and (modifier in ("of", "and", "or", "the", "a", "an", "to", "in",
                                                  "was", "is", "has", "had", "said")
                                     or modifier.endswith(("ed", "ing", "ly"))):
        return None  # ('Lisbon said the market', 'Oslo was the zone')
    return noun


# Round 14 (helper r14c): 'lost her seat at Rae Bareli', 'the train arrived at Rae Bareli' drafted a
# person (a given name opens it): a seat in a house is a constituency's, and one arrives at a place.
_SEAT_AT = re.compile(r"\b(?:seats?|constituency|constituencies|arrived|arrives|arriving|landed|lands|"
                      r"docked|disembarked)\s+at\s+$")


def seat_or_arrival_at(paragraph: str, run: Run) -> bool:
    """'lost her seat at Rae Bareli', 'arrived at Rae Bareli': one to three words, none a body's."""
    return len(run.tokens) <= 3 and not any(t.lower() in ORG_HEADS for t in run.tokens) \
        and _SEAT_AT.search(window.before(paragraph, run.start)) is not None


def named_facility(paragraph: str, run: Run) -> bool:
    """'held at Beau Bassin prison', 'taken to Grace Mugabe hospital': a name after a preposition of
    place and before a kind of place is where something is, no person, though a given name opens it
    (round 14)."""
    return len(run.tokens) <= 3 and (bool(re.search(r"\b(?:at|in|to|from|near|outside|into)\s+(?:the\s+)?$",
                                                   window.before(paragraph, run.start)))
                                     and _feature_after(paragraph, run) is not None
                                     or _last_of_listed_features(paragraph, run))


# Names listed, then a kind of place in the plural: 'the Mekong and Nam Ou rivers', 'the Rwenzori
# and Virunga mountains', 'Phongsaly and Attapeu provinces'.
_LISTED_BEFORE = re.compile(r"[A-Z][\w\-]*,?\s+(?:and|or)\s+$")
_PLURAL_KIND_AFTER = re.compile(r"\s+(?P<noun>[a-z]+s)\b(?!-)")


def _last_of_listed_features(paragraph: str, run: Run) -> bool:
    """The last name of a list a kind of place in the plural closes: 'by boat on the Mekong and Nam
    Ou rivers' (round 16: 'Nam Ou', a given name opening it, was drafted a person)."""
    after = _PLURAL_KIND_AFTER.match(window.after(paragraph, run.end))
    return after is not None and _place_noun(after.group("noun")) not in (None, after.group("noun")) \
        and _LISTED_BEFORE.search(window.before(paragraph, run.start)) is not None


def _works(noun: str, paragraph: str, run: Run) -> str | None:
    """'the Motala paper mill', 'its Oulu sawmill': a single name after 'the' or 'its' (the works
    of a body named so is the body's: 'the Ford plant' is an organisation's, found first); 'The
    Lautoka sugar mill has been shut' opening a sentence too."""
    opening = len(run.tokens) == 2 and run.tokens[0] in ("The", "Its", "Their")
    return "place" if noun in WORKS_NOUNS and (len(run.tokens) == 1 and re.search(
        r"\b(?:the|its|their)\s+$", window.before(paragraph, run.start)) or opening) else None


_PLACE_LIST = re.compile(r"\b(?:in|near|outside|across|around|throughout|between|from|on\s+the|"
                         r"(?:coast|coasts|shores?)\s+of|"
                         # (round 16: 'survey areas around Adventdalen, Reindalen and Sassendalen', 'ports
                         # at Poti and Batumi' drafted the first place only)
                         r"(?:plants?|factory|factories|mills?|mines?|shipyards?|depots?|ports?|harbou?rs?|"
                         r"airports?|bases?|camps?|stations?)\s+at)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}"
                         r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})*,?\s+(?:and|or)\s+(?:the\s+)?$")


# 'the villages of Cabugao and Bolong Oeste': listed after a kind of place and 'of'.
# (or inside the list: 'the ports of Helsinki, Kotka and Hamina')
_KIND_LIST = re.compile(r"\b(?:[a-z]+)\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}"
                        r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})*(?:,?\s+(?:and|or)|,)\s+$")


# After a name at a place: maybe a second name joined by 'and', then where both lie ('at Metlaoui
# and Redeyef in southern Tunisia', 'at Al Ghubrah near Muscat').
_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
_WHERE = (r",?\s+(?:near|outside|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|"
          r"north-?west|south-?east|south-?west)(?:ern)?\s+)?[A-Z]")
_LIES_IN = re.compile(rf"(?:\s+and\s+(?P<other>{_NAME}))?{_WHERE}")
_AT_FIRST = re.compile(rf"\bat\s+(?P<other>{_NAME})\s+and\s+$")


def located_at(paragraph: str, run: Run) -> bool:
    """'the first plant, at Al Ghubrah near Muscat,', 'made at Muguga in Kenya': a name after
    'at' and before 'near', 'outside' or 'in' and another capitalised name is where something is;
    so are both of two names so joined ('miners at Metlaoui and Redeyef in southern Tunisia'), when
    neither is a body's or opens with a given name ('at Jo Smith and Partners in London')."""
    if len(run.tokens) > 3:
        return False
    before, after = window.before(paragraph, run.start), window.after(paragraph, run.end)
    lies = _LIES_IN.match(after)
    if re.search(r"\bat\s+$", before) and lies:
        return not lies.group("other") or _plain_pair(run.tokens, lies.group("other").split())
    first = _AT_FIRST.search(before)
    return bool(first and re.match(_WHERE, after) and _plain_pair(run.tokens, first.group("other").split()))


def _plain_pair(one: list[str], other: list[str]) -> bool:
    return not any(is_given_name(words[0]) or any(w.lower() in ORG_HEADS for w in words)
                   for words in (one, other))


# A way between two places, then the first of them (the second is a place as a list's last item
# after 'between'): 'the route between Split and Supetar', 'flights between Male and Gan', 'the
# road between Tarija and Potosí' (round 12); not 'talks between Ana Lima and Joe Black'.
_ROUTE_BETWEEN = re.compile(r"\b(?:route|routes|road|roads|railway|rail\s+line|line|flights?|ferry|ferries|"
                            r"crossing|crossings|highway|motorway|pipeline|bus|buses|trains?|service|"
                            r"services|sail|sails|sailed|sailing|runs|ran|running|flies|flew|flying|journey|trip|"
                            # round 15: a stretch of land or sea between two places ('the south coast
                            # between Höfn and Skaftafell' drafted only the second)
                            r"coast|coastline|shore|border|frontier|stretch|valley|halfway|midway|"
                            r"located|situated)"  # (not 'lies': 'the choice lies between Labour and ...')
                            # (round 14: a sea or a strait crossed on the way: 'rail ferries crossing the
                            # Caspian Sea between Alat and Aktau')
                            r"(?:\s+(?:across\s+|over\s+)?the\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"
                            r",?\s+between\s+$")


def _route_from(paragraph: str, run: Run, tokens: list[str]) -> bool:
    return len(tokens) <= 3 and bool(_ROUTE_BETWEEN.search(window.before(paragraph, run.start))) \
        and bool(re.match(r"\s+and\s+[A-Z]", window.after(paragraph, run.end))) \
        and not any(t.lower() in ORG_HEADS for t in tokens)


_TO_A_PLACE = re.compile(r"\b(?:at|to|from|in|near|outside|towards|toward|into|past|around|beside|behind|"
                         r"across)\s+(?:the\s+)?$")


def _landmark(paragraph: str, run: Run, tokens: list[str]) -> bool:
    """'marched from the works to Stradey Park', 'runs from Kgale Hill to the border': two or
    three words ending in a landmark's word, after a preposition of place."""
    return 2 <= len(tokens) <= 3 and tokens[-1] in LANDMARK_TAILS \
        and bool(_TO_A_PLACE.search(window.before(paragraph, run.start))) \
        and not re.match(r"['’]?s?\s+[A-Z]", window.after(paragraph, run.end))


# A name inside a list after 'in', not its last: the names before it with their commas, and
# after it more names, then 'and' or 'or' and one more ('in Lusaka, Ndola, Chingola or Kitwe').
# The list must go on: 'in Lusaka, Banda said' lists nothing. (After a kind of place and 'of',
# _KIND_LIST takes a middle name by itself: 'the ports of London, Liverpool and Hull'.)
_PLACE_LIST_MIDDLE = re.compile(r"\b(?:in|near|outside|across|around|throughout|between|from)\s+"
                                r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2},\s+)+$")
_LIST_GOES_ON = re.compile(r"(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})*,?\s+(?:and|or)\s+"
                           r"(?:the\s+)?[A-Z]")


def _in_place_list(paragraph: str, run: Run) -> re.Match[str] | None:
    """The head of the list after 'in' a name is the last item of, or a middle item of."""
    before = window.before(paragraph, run.start)
    found = _PLACE_LIST.search(before)
    if found is None and _LIST_GOES_ON.match(window.after(paragraph, run.end)):
        found = _PLACE_LIST_MIDDLE.search(before)
    return found


def listed_in_places_of(paragraph: str, run: Run) -> bool:
    """'the villages of Cabugao and Bolong Oeste', 'the towns of Ajka, Devecser and Kolontár':
    a name listed after a plural kind of place and 'of' is a place, whatever its words."""
    listed = _KIND_LIST.search(window.before(paragraph, run.start))
    kind = listed.group().split()[0] if listed else ""
    return bool(listed) and kind.endswith("s") and (_place_noun(kind) is not None or kind in TOWN_PARTS) \
        and len(run.tokens) <= 3 and not re.match(r"\s+[A-Z]", window.after(paragraph, run.end))


def _listed_after_place(paragraph: str, run: Run) -> bool:
    """'in Blantyre and Zomba', 'in Lusaka, Ndola or Kitwe': listed with a place after 'in'
    (the first must be a place by the same rule: one to three capitalised words)."""
    listed = _in_place_list(paragraph, run)
    return bool(listed) and len(run.tokens) <= 3 and not any(t in NOT_NAME for t in run.tokens) \
        and not re.match(r"\s+[A-Z]", window.after(paragraph, run.end))


_LABELLED = re.compile(r":")
_LABEL = re.compile(rf"[{UPPER}][{UPPER}.'’\- ]{{1,30}}:\s")
_BRACKETED_LABEL = re.compile(r"\s*\([^()]{1,60}\):\s")


# Small words inside a city's name, in lower case when the name is written in capitals ('RIO DE
# JANEIRO', 'PORT OF SPAIN', 'BANDAR SERI BEGAWAN' has none).
_CITY_PARTICLES = frozenset("de da do dos das del la le les di of on upon sur am im an".split())


# A day's word is no region of a dateline: 'DURBAN, Thursday, 6 March 2025 -'.
_DAY_WORD = re.compile(rf"(?:{WEEKDAY}|{MONTH}|Today|Yesterday)\b\.?", re.IGNORECASE)
# A weekday cut short, the whole of what stands there ('IPOH, Tues. — Forty-six padi farmers';
# round 16, a region 'Tues.'; not 'Mon State')
_DAY_SHORT = re.compile(WEEKDAY_ANY, re.IGNORECASE)


# A dateline closed by a full stop: 'KAMPALA. Officials of the Ministry ...' (round 19: no place);
# only a city the lists or the gazetteer know, as a word in capitals and a stop open other texts
# too ('UPDATE. The ...').
_STOPPED_DATELINE = re.compile(rf"^(?P<city>[{UPPER}][{UPPER}'’\-]+(?: [{UPPER}][{UPPER}'’\-]+){{0,2}})"
                               r"\.\s+[A-Z][a-z]")


def _known_city(name: str) -> bool:
    return name in CITIES or name in CAPITALS or is_city(name)


def dateline_places(paragraphs: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(name, type, as written) for the places of the first paragraph's dateline."""
    match = next((m for p in paragraphs[:3] if (m := _DATELINE.match(p))), None)
    stopped = next((m for p in paragraphs[:1] if (m := _STOPPED_DATELINE.match(p))), None) \
        if not match else None
    if stopped and _known_city(stopped.group("city").title()):
        return [(stopped.group("city").title(), "city", stopped.group("city"))]  # 'KAMPALA. Officials'
    if not match or not match.group("city").strip().isupper():
        titled = next((m for p in paragraphs[:3] if (m := _TITLED_DATELINE.match(p))
                       and not _signed(m.group("city").split())
                       and not _DAY_WORD.fullmatch(m.group("city"))), None)  # ('Thursday, November 14,
        # 1996 — More than ...': a date line joined to the text names no city; round 16, a place 'Thursday')
        return [(titled.group("city"), "country" if titled.group("city") in COUNTRIES else "city",
                 titled.group("city"))] if titled else []
    if _LABELLED.match(match.string, match.end()) and (
            "." in match.group("city") or sum(bool(_LABEL.match(p)) for p in paragraphs) > 1):
        return []  # 'NAKHON RATCHASIMA: Thailand won' is a dateline; 'MS. YUSUF: Thank you' and a
        # transcript's other 'NAME:' labels are speakers
    if _BRACKETED_LABEL.match(match.string, match.end()):
        return []  # 'CHAIR (Aroha Ngata): We will begin': a speaker's label, not 'ABU DHABI (Reuters)'
    written = match.group("city").strip()
    if any(w.lower() in ORG_HEADS for w in written.split()):
        return []  # 'RADIO ROMANIA BUCHAREST - ENGLISH SERVICE': a station's or a body's name over
        # a transcript, no dateline (round 19: a city 'Radio Romania Bucharest')
    city = " ".join(w.lower() if i and w.lower() in _CITY_PARTICLES else w.capitalize()
                    for i, w in enumerate(written.split()))  # 'RIO DE JANEIRO' -> 'Rio de Janeiro'
    as_in_text = next((m.group() for m in re.finditer(rf"(?<!\w){re.escape(city)}(?!\w)",
                                                        "\n".join(paragraphs[:12]), re.IGNORECASE)
                       if not m.group().isupper()), None)
    if as_in_text:
        city = as_in_text  # 'RIO DE JANEIRO' is 'Rio de Janeiro' where the text writes it so, not
        # 'Rio De Janeiro'
    found = [(city, "country" if city in COUNTRIES else "city", written)]
    region = (match.group("region") or "").strip()
    if region.endswith(".") and region not in STATE_ABBREVIATIONS:
        region = ""  # 'Mich.', 'Col.': a state written short that two countries share; no region 'Mich.'
    if region and not any(c.isdigit() for c in region) and not _DAY_WORD.match(region) \
            and not _DAY_SHORT.fullmatch(region):
        full = STATE_ABBREVIATIONS.get(region, region)  # 'Oax.' -> 'Oaxaca', 'Calif.' -> 'California'
        found.append((full, "country" if full in COUNTRIES else "region", region))
    return found


# After a ground's name: a stop, or a word that goes on with when or where.
_AFTER_GROUND = re.compile(r"\s*(?:[.,;:)]|$|(?:in|on|at|since|last|this|earlier|for|and|where|when|"
                           r"before|after|during|until|against|to)\b)")
_MATCH_WORD = re.compile(r"\b(?:" + "|".join(sorted(MATCH_WORDS, key=len, reverse=True)) + r")\b", re.I)
_JOB_AT = re.compile(r"\b(?:[a-z]+(?:ists?|ers?|ors?|ians?|ants?|ees?)|staff|officials?)\s+at\s+(?:the\s+)?$")
_WON_MONEY = re.compile(r"(?:\d|\b(?:million|billion|trillion|thousand))\s+won\b")
_SCORE = re.compile(r"(?<![\d,.])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d,]|\.\d)")


def ground_of_a_match(paragraph: str, run: Run, tokens: list[str]) -> str | None:
    """Where a match is played: one to four capitalised words after 'at' ('at Anfield', 'At Villa
    Park,', 'at the Gigante de Arroyito') in a sentence with a score or a word of a match report, or a
    court played on, after a bare 'on' ('on Centre Court', 'on Court Philippe-Chatrier'): 'ground' or
    'court'. Not a body's name ('lost at the High Court 5-4': an organisation word), nor a country's or
    a nationality; the names drafted already are left out by the caller."""
    opens = run.tokens[:1] == ["At"] and len(run.tokens) > 1  # 'At Villa Park, ...': opening a sentence
    tokens = tokens[1:] if opens and tokens[:1] == ["At"] else tokens
    if not 1 <= len(tokens) <= 4 or not _AFTER_GROUND.match(window.after(paragraph, run.end)) \
            or any(t in COUNTRIES or t in DEMONYMS or t.lower() in TITLE_WORDS for t in tokens):
        return None
    before = window.before(paragraph, run.start)
    if "Court" in (tokens[-1], tokens[0]) and re.search(r"(?<![\w-])on\s+$", before) \
            and not any(t.lower() in ORG_HEADS for t in tokens if t != "Court"):
        return "court"
    if not opens and not re.search(r"(?<![\w-])[Aa]t\s+(?:the\s+)?$", before) \
            or any(t.lower() in ORG_HEADS for t in tokens) or " ".join(tokens) in KNOWN_ORGS:
        return None
    if _JOB_AT.search(before) or _SEAT_AT.search(before):
        return None  # 'an analyst at Mirae Asset Securities', 'economists at Capital Economics'; 'won
        # the seat at Amethi' (a constituency, no ground)
    start, end = sentence_at(paragraph, run.start)
    sentence = _WON_MONEY.sub(" ", paragraph[start:end])  # ('400 billion won': the currency)
    return "ground" if _SCORE.search(sentence) or _MATCH_WORD.search(sentence) else None
