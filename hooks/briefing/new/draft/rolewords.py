"""Role words of trades and sports (split from lexicon.py, which adds them to its title words):
written before a name they make it a person's, as a title does ('Shop steward Gwyn ap Rhys',
'Setter X Y', 'libero X Y', 'Herdsman X Y', 'Driver X Y'), and after one in apposition ('X, a
docker,'). Only words that are rarely a surname or a firm's noun: no 'baker', 'mason', 'miner'
(a mining firm), 'operator' (a network's),
'porter', 'shepherd', 'cox', 'boxer'."""

from __future__ import annotations

# Positions in team sports: volleyball, football, rugby, cricket, baseball, basketball, hockey.
SPORT_ROLES = frozenset(
    "setter libero hitter spiker blocker winger forward centre-forward full-back fullback "
    "centre-back center-back wing-back sweeper playmaker fly-half scrum-half flanker "
    "opener wicketkeeper wicket-keeper keeper all-rounder spinner paceman skipper "
    "pitcher shortstop quarterback linebacker point-guard goalie netminder "
    "rider co-driver navigator helmsman rower wrestler fencer gymnast "
    # kabaddi, cricket, football and hockey positions ('Raider Devank Dalal scored 14 points')
    "raider all-rounder batsman batter bowler striker midfielder goalkeeper defenceman "
    # round 12: 'substitute Birtukan Gebremedhin headed the winner'; athletes of single sports
    # ('South Korean weightlifter Yoon Sang-woo': with "Yoon's coach" he was a side)
    "substitute weightlifter powerlifter judoka hurdler skier skater canoeist kayaker golfer "
    "marathoner triathlete decathlete heptathlete "
    # round 15 (lead): 'coached by former Olympian Rodrigo Tapia' drafted nobody
    "olympian paralympian "
    # round 15 (lead): volleyball's opposite hitter ('Opposite Rok Mlakar scored 21 points' drafted a
    # person 'Opposite Rok Mlakar'); only a capitalised run holds it, so before a name
    "opposite "
    # round 20: rugby's halves written as one word ('replacement scrumhalf Lesley Tjiueza')
    "scrumhalf flyhalf halfback outside-half".split())

# Trades and jobs on a site, a farm, a boat or a road.
TRADE_ROLES = frozenset(
    "steward shop-steward foreman forewoman docker stevedore welder fitter electrician plumber "
    "labourer laborer machinist mechanic driver herdsman herder fisherman fisherwoman "
    "deckhand bosun skipper crewman smelter furnaceman rigger scaffolder bricklayer "
    "cleaner vendor cobbler".split())

# Trades of letters, the arts, broadcasting and scholarship (round 14, lead's probes: 'the
# Nigerian novelist Chimamanda Ngozi Adichie' drafted nobody, a given name the list lacks). No
# 'singer', 'painter', 'potter', 'designer', 'conductor': surnames, or a shop's word.
ARTS_ROLES = frozenset(
    "novelist writer poet playwright dramatist screenwriter essayist columnist commentator "
    "presenter newsreader photojournalist photographer filmmaker film-maker "
    "actor actress comedian musician composer pianist violinist cellist guitarist rapper "
    "dancer choreographer sculptor artist illustrator cartoonist translator architect "
    "historian philosopher sociologist anthropologist psychologist psychiatrist linguist "
    "archaeologist theologian mathematician botanist zoologist ecologist climatologist "
    "meteorologist oceanographer seismologist virologist immunologist demographer "
    "statistician criminologist".split())

# Trades that are surnames too ('Peter Singer', 'Harry Potter', 'Ann Baker'): a person's trade only
# as written in small letters, straight before a name of two words or more ('the Malian singer
# Oumou Sangaré' drafted nobody; round 14). Never title words, which are read in any case.
LOWER_TRADES = frozenset("singer painter potter designer conductor baker mason miner porter shepherd "
                         "boxer cook songwriter singer-songwriter weaver carpenter "
                         "tailor butcher fisher hunter "
                         # round 20: team sports' positions that are surnames or plain words ('Wing
                         # Ewald Gariseb crossed twice and lock Johan Kotzé added another': a person
                         # 'Wing Ewald Gariseb', and no role for the lock)
                         "wing lock prop hooker centre center".split())
# Of those, the ones that are given names too ('Wing'): a position only before a given name and one
# word more, at a sentence's start (titles._job_before_given_name).
GIVEN_NAMED_POSITIONS = frozenset({"wing"})

# Deputies' titles written with a hyphen: 'Vice-Minister of Transport X', 'Vice-Mayor X'.
VICE_TITLES = frozenset(f"vice-{title}" for title in
                        "minister mayor governor premier chancellor chairman chairwoman chair "
                        "speaker rector dean president".split())

# Words that make a trade's or a sport's role of two words, kept with it before a name ('Shop
# steward X', 'crane driver X', 'Opposite hitter X', 'middle blocker X'): what the worker drives or
# works at, or a position's side.
ROLE_MODIFIERS = frozenset(
    "shop crane lorry truck bus taxi tanker tractor forklift train tram delivery rally racing "
    "site farm dock cattle opposite middle outside centre center tight wicket opening relief "
    "starting reserve second third".split())

ROLE_WORDS = SPORT_ROLES | TRADE_ROLES | ARTS_ROLES | VICE_TITLES

# A person's trade or sport, no office of a state: after a demonym it tells a person's nationality
# ('The Tunisian defender scored', 'the Nigerian novelist X', 'Kenyan runners'), and names no place
# (round 14, lead's probes: Tunisia was drafted a place). Not 'president', 'minister', 'ambassador',
# 'official', 'soldier', 'authorities': a state's people, the state's place.
PERSON_TRADES = SPORT_ROLES | TRADE_ROLES | ARTS_ROLES | LOWER_TRADES | frozenset(
    "player coach runner athlete cyclist striker goalkeeper defender midfielder jockey swimmer "
    "sprinter referee umpire boxer climber mountaineer footballer cricketer golfer "
    "tennis-player author researcher scientist economist analyst journalist reporter editor "
    "student volcanologist hydrologist epidemiologist astronomer physicist biologist chemist "
    "geologist surgeon physician".split())
