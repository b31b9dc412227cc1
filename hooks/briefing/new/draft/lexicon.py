"""Word lists the rules lean on. Plain data: extend them, not the rules."""

from __future__ import annotations

# Verbs that introduce speech, in the forms wire copy uses.
SPEECH_VERBS = frozenset(
    "said says say told tells added adds asked asks stated states noted notes warned warns "
    "explained explains insisted insists continued continues replied replies urged urges "
    "declared declares announced announces argued argues remarked recalled wrote writes "
    "reported reports tweeted posted acknowledged acknowledges stressed stresses "
    "emphasised emphasized emphasises emphasizes claimed claims admitted admits "
    "predicted predicts promised promises vowed vows suggested suggests cautioned "
    "responded responds countered conceded observed pointed quipped joked complained "
    "reiterated reiterates praised praises called calls described describes referred "
    "urging saying telling adding asking warning noting".split())

# Words that make the capitalised name after them a person ("envoy John Kerry").
TITLE_WORDS = frozenset(
    "president premier minister secretary envoy diplomat spokesman spokeswoman spokesperson "
    "official ambassador chancellor senator governor mayor chairman chairwoman chair director "
    "chief leader commissioner representative general counterpart adviser advisor king queen "
    "prince princess pope judge professor dr dr. mr mr. mrs mrs. ms ms. sir ceo founder "
    "economist analyst lawyer scientist negotiator lawmaker congressman congresswoman "
    "vice-president deputy head executive officer captain colonel admiral rep. sen. gov. "
    "candidate activist author researcher coach player reporter editor journalist "
    "chairperson treasurer tsar czar emperor sheikh emir doctor nurse teacher farmer engineer "
    "student resident manager worker pilot soldier priest imam rabbi bishop".split())

# Titles written before a surname on its own: "President Xi", "Mr Kerry".
HONORIFICS = frozenset(
    "president premier minister secretary ambassador chancellor senator governor mayor king "
    "queen prince pope judge professor dr dr. mr mr. mrs mrs. ms ms. sir general "
    "rep. sen. gov. chairman captain colonel admiral sheikh emir".split())

PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female", "they": "any",
            "i": "any", "we": "any"}

# A capitalised run ending in one of these names an organisation.
ORG_HEADS = frozenset(
    "department ministry agency council commission party bank fund organization "
    "organisation association union office house parliament congress senate committee "
    "corporation inc inc. ltd ltd. group company university institute forum court army "
    "police administration treasury pentagon kremlin government cabinet assembly board "
    "federation foundation network times post journal news press service services "
    "authority bureau delegation embassy consulate league alliance coalition movement "
    "command force forces navy guard council secretariat programme program".split())

# Names that are organisations however they are written.
KNOWN_ORGS = frozenset(
    "Xinhua Reuters AP AFP BBC CNN Bloomberg NATO UN EU WHO IMF OPEC Kremlin Pentagon "
    "Congress Parliament ASEAN G7 G20 WTO UNICEF Greenpeace Politico Axios Kyodo Yonhap "
    "TASS Interfax Fed Treasury".split())

# Words that start a capitalised run but are no part of a name.
NOT_NAME = frozenset(
    "The A An This That These Those It Its He She They We I You His Her Their Our My But And "
    "Or If When While As At In On Of For To From By With After Before Since Asked Speaking "
    "Addressing Meanwhile However Also Still Yet So Then There Here What Who Why How "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Mr Mrs Ms Dr Topics "
    "According Earlier Later Last Next Today Yesterday Tomorrow Some Many Most All Both "
    "Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Q".split())

DEMONYMS = {
    "U.S.": "United States", "US": "United States", "American": "United States",
    "Chinese": "China", "British": "United Kingdom", "U.K.": "United Kingdom",
    "UK": "United Kingdom", "French": "France", "German": "Germany", "Japanese": "Japan",
    "Russian": "Russia", "Indian": "India", "Iranian": "Iran", "Israeli": "Israel",
    "Ukrainian": "Ukraine", "Korean": "Korea", "Canadian": "Canada", "Australian": "Australia",
    "Brazilian": "Brazil", "Mexican": "Mexico", "Italian": "Italy", "Spanish": "Spain",
    "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Egyptian": "Egypt", "Ethiopian": "Ethiopia",
    "Taiwanese": "Taiwan",
    "Pakistani": "Pakistan", "European": "Europe", "African": "Africa", "EU": "European Union"}

COUNTRIES = frozenset(
    "China;United States;America;United Kingdom;Britain;France;Germany;Japan;Russia;India;"
    "Iran;Iraq;Israel;Ukraine;Korea;North Korea;South Korea;Canada;Australia;Brazil;Mexico;"
    "Italy;Spain;Turkey;Saudi Arabia;Egypt;Taiwan;Pakistan;Afghanistan;Syria;Lebanon;Gaza;"
    "Indonesia;Vietnam;Philippines;Thailand;Malaysia;Singapore;Nigeria;Kenya;South Africa;"
    "Ethiopia;Argentina;Chile;Colombia;Venezuela;Cuba;Poland;Netherlands;Belgium;Sweden;"
    "Norway;Finland;Denmark;Switzerland;Austria;Greece;Portugal;Ireland;Qatar;"
    "United Arab Emirates;Hong Kong;Tibet;Europe;Africa;Asia;Hungary;Romania;Bangladesh;"
    "Myanmar;Nepal;Sri Lanka;New Zealand;Peru;Morocco;Algeria;Libya;Sudan;Yemen;Jordan;"
    "Kuwait;Oman;Bahrain;Cambodia;Laos;Mongolia;Kazakhstan;Uzbekistan;Belarus;Georgia;"
    "Armenia;Azerbaijan;Serbia;Croatia;Czech Republic;Slovakia;Bulgaria".split(";"))

CITIES = frozenset(
    "Beijing;Shanghai;Washington;New York;London;Paris;Berlin;Tokyo;Moscow;Delhi;New Delhi;"
    "Dubai;Brussels;Geneva;Kyiv;Kiev;Tehran;Jerusalem;Tel Aviv;Seoul;Pyongyang;Taipei;"
    "Hong Kong;Singapore;Sydney;Ottawa;Toronto;Rome;Madrid;Ankara;Istanbul;Cairo;Riyadh;"
    "Doha;Nairobi;Lagos;Johannesburg;Mumbai;Karachi;Islamabad;Kabul;Baghdad;Damascus;"
    "Beirut;Jakarta;Manila;Bangkok;Hanoi;Canberra;Brasilia;Mexico City;Buenos Aires;"
    "Los Angeles;San Francisco;Chicago;Vienna;Warsaw;Stockholm;Oslo;Copenhagen;Helsinki;"
    "Athens;Lisbon;Dublin;Amsterdam;Bali;Davos;Glasgow;Sharm el-Sheikh;Baku;Xinjiang;"
    "California;Texas;Florida;Guangdong;Sichuan;Hubei;Wuhan;Shenzhen;Death Valley".split(";"))

PLACE_HEADS = frozenset(
    "region province state city county district valley river sea ocean island islands "
    "mountains mountain guesthouse strait gulf bay lake desert street square hall hotel palace airport "
    "port border peninsula".split())

# Topic name -> words that signal it (lower case, matched at word starts).
TOPICS = {
    "Climate change": ("climate change", "global warming", "climate"),
    "Climate finance": ("climate financ", "climate fund"),
    "Emissions": ("emission", "greenhouse gas", "carbon"),
    "Coal": ("coal",), "Methane": ("methane",),
    "Extreme weather": ("extreme weather", "heat", "heatwave", "flood", "drought", "storm"),
    "Energy": ("energy", "oil", "gas price", "renewable", "solar", "wind power"),
    "Trade": ("trade", "tariff", "export", "import"),
    "Taiwan": ("taiwan",), "Security": ("security", "military", "defence", "defense"),
    "Nuclear programme": ("nuclear",), "Economy": ("economy", "economic", "growth", "inflation"),
    "Human rights": ("human rights",), "Health": ("health", "pandemic", "vaccine", "virus"),
    "Technology": ("technology", "semiconductor", "chip", "artificial intelligence"),
    "Migration": ("migration", "migrant", "refugee", "asylum"),
    "Elections": ("election", "vote", "ballot"), "War": ("war", "invasion", "ceasefire"),
    "Diplomacy": ("diplomac", "diplomat", "talks", "negotiat", "summit"),
    "Education": ("school", "education", "student", "teacher"),
}
