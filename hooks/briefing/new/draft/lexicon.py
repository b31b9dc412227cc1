"""Word lists the rules lean on. Plain data: extend them, not the rules."""

from __future__ import annotations

from briefing.new.draft import moneywords, orgwords, placewords, rolewords

# Organisation words live in orgwords.py; kept importable from here.
BRANCHED_BODIES = orgwords.BRANCHED_BODIES
BLOC_TAILS = orgwords.BLOC_TAILS
CENTRE_SERVICES = orgwords.CENTRE_SERVICES
CLUB_WORDS = orgwords.CLUB_WORDS
CLUB_TAILS = orgwords.CLUB_TAILS
FIRMS_NAMED_LIKE_PEOPLE = orgwords.FIRMS_NAMED_LIKE_PEOPLE
FIRM_TAILS = orgwords.FIRM_TAILS
LEGAL_FORMS = orgwords.LEGAL_FORMS
CASED_LEGAL_FORMS = orgwords.CASED_LEGAL_FORMS
FOREIGN_ORG_LEADS = orgwords.FOREIGN_ORG_LEADS
KNOWN_ORGS = orgwords.KNOWN_ORGS
PARLIAMENTS = orgwords.PARLIAMENTS
MEMBERS = orgwords.MEMBERS
NEWSPAPER_WORDS = orgwords.NEWSPAPER_WORDS
NUMBERED_BODIES = orgwords.NUMBERED_BODIES
OFFICE_TAILS = orgwords.OFFICE_TAILS
AIRLINE_LEAD = orgwords.AIRLINE_LEAD
CITY_GOVERNMENT_TAILS = orgwords.CITY_GOVERNMENT_TAILS
MUNICIPAL_WORDS = orgwords.MUNICIPAL_WORDS
LOCAL_BODY_LEADS = orgwords.LOCAL_BODY_LEADS
NOT_AIRLINES = orgwords.NOT_AIRLINES
ORG_HEADS = orgwords.ORG_HEADS
ORG_NOUNS = orgwords.ORG_NOUNS
DENOMINATIONS = orgwords.DENOMINATIONS
SAINTLY = orgwords.SAINTLY
PART_BODIES = orgwords.PART_BODIES
PERSON_OR_FIRM_NOUNS = orgwords.PERSON_OR_FIRM_NOUNS
NOT_GIVEN_FIRST = orgwords.NOT_GIVEN_FIRST
PERSON_TRADES = rolewords.PERSON_TRADES
SIDE_TAILS = orgwords.SIDE_TAILS
TRADE_NOUNS = orgwords.TRADE_NOUNS
ORDINALS = orgwords.ORDINALS
UNIT_WORDS = orgwords.UNIT_WORDS
# The adjectives of countries and regions live in placewords.py.
DEMONYMS = placewords.DEMONYMS
HOSTED_EVENTS = placewords.HOSTED_EVENTS
EVENT_TAILS = placewords.EVENT_TAILS
COMPETITION_WORDS = placewords.COMPETITION_WORDS
# The calendar's words (months, weekdays) as patterns live in calendarwords.py.
# Currencies of the world (names after a sum, ISO codes) live in moneywords.py.
CURRENCIES = moneywords.CURRENCIES
CURRENCY_CODES = moneywords.CURRENCY_CODES

# The label of a photo credit line in the languages pages around English copy are scraped from
# ('Foto:', 'Bild:', 'Kuva:', 'Fot.', 'Zdjęcie:', 'Crédit photo :').
CREDIT_LABELS = (
    "photo", "photos", "photograph", "photography", "picture", "image", "images", "credit", "credits",
    "illustration", "foto", "fotos", "fot.", "fotograf", "fotografie", "fotografia", "fotografía", "fotó",
    "fotoğraf", "bild", "bilder", "billede", "billeder", "kuva", "kuvat", "mynd", "zdjęcie", "nuotr.",
    "nuotrauka", "attēls", "pilt", "crédit", "crédits", "crédito", "créditos", "crédit photo",
    "photo credit", "image credit")

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

RANKS = ("det det. insp insp. sgt sgt. supt supt. dci dcs dsupt pc pcso cmdr cmdr. lt lt. capt capt. "
         "cpl cpl. pvt pvt. pte gen gen. col col. maj maj. adm adm. brig brig. cdr cdr. fr fr. "
         "lt-col lt.-col. lt-gen maj-gen brig-gen")

# Malay forms of address, a man's and a woman's ('Encik Ahmad', 'Puan Siti'; 'Cik' for either).
MALAY_ADDRESS = "encik puan cik "
# Other forms of address before a name that are no part of it (round 16, lead, found on the
# outside set r16b after its end score: 'the secretary ..., Dasho Sangay Thinley Dorji,' drafted
# the honorific into the name): Bhutan's Dasho and Lyonpo, West Africa's Alhaji, Alhaja, Mallam.
OTHER_ADDRESS = "dasho lyonpo alhaji alhaja mallam "
# Forms of address of Spanish, Portuguese and French copy, a woman's doctor's 'Dra.' and a
# professional's 'Lic.' among them (round 17: 'said Dra. Fuenzalida' drafted a person 'Dra').
LATIN_ADDRESS = "dra dra. sra sra. srta srta. lic lic. mme mme. mlle mlle. "
# A lawyer's and an engineer's style in the Philippines and Nigeria ('Atty. Jose Reyes', 'Engr. Obi'),
# India's 'Shri', 'Smt.', and a professor's 'Prof.': shortened forms of address (round 17: 'said
# Atty. Jose Manuel Reyes' drafted a person 'Atty' who took the quote).
SHORT_ADDRESS = "atty atty. engr engr. smt smt. shri shree prof prof. sec. usec. asec. "
# Indonesia's Mrs and Mr ('Ibu Siti Nur Aisyah lives in Rungkut', '"...," Pak Bambang said'; round 18:
# 'Ibu Siti Nur Aisyah' drafted nobody, and 'Ibu Siti' and 'Pak Bambang' people of those names).
# Before one word they name a person by the first word of the name (surnames.FIRST_NAME_ADDRESS).
INDONESIAN_ADDRESS = "ibu bapak pak "
# Forms of address and professional styles of other languages that open a name and are no part of
# it (round 19: 'the regidor in charge of markets, C.P. Rogelio Vásquez Matus', 'Doña Petronila Cruz
# Santiago', 'Padre Anselmo Jiménez Toledo' kept the style in the name and the id, and 'said Ing.
# Manuel Escobar' drafted a person 'Ing' who took the quote). Read only at a name's start
# (titles._split_listed_title), never as an office or inside a name ('Mohamed Noor bin Haji Daud').
ADDRESS_ABROAD = (
    # Spanish and Portuguese: a lady's; a priest's, a friar's, a nun's, a brother's and a sister's in
    # religion; a graduate's, an engineer's, an architect's, a master's, a lawyer's
    "doña padre fray frei sor madre hno. hna. licenciado licenciada lic. lcdo. lcda. ing. ingeniero "
    "ingeniera arq. arquitecto arquitecta mtro. mtra. sr. "
    # French: a lawyer's (not 'Madame', which opens names of things: 'Madame Tussauds'), a bishop's
    "maître mgr mgr. "
    # German, Dutch: Mr and Mrs; an engineer's degree
    "herr frau dipl.-ing. dhr. mevr. mevrouw "
    # Italian: Mr, Mrs, a graduate's, a lawyer's, a surveyor's, an engineer's
    "signor signora sig. sig.ra dott. dott.ssa avv. geom. "
    # the pilgrim's style in Malay, Indonesian and Arabic; Swahili's Mr and elder; Hindi's Mrs; Thai
    "haji hajjah hj. hajj hajji bwana mzee shrimati sushri khun "
    # round 20: the pilgrim's style as Egyptians write it ('Hagg Said Mahmoud Abou Zeid, 61,': no person)
    "hagg hagga "
    # a religious teacher's in Malaysia and Indonesia, an engineer's there and in Portugal and the
    # Netherlands ('Ir. Joko Widodo', 'Eng. João Pereira'), a comrade's and a teacher's in southern and
    # eastern Africa ('Cde Tapera Nyamande', 'Ndugu Joseph Warioba'), Turkish 'Sayın' (the Honourable)
    "ustaz ustadz ustadh kyai kiai ir. eng. drs. cde comrade ndugu mwalimu sayın "
    # Samoan styles of a chief and of an orator, a pastor or an official ('Afioga Tofilau Sione
    # Lealaiauloto', 'Susuga Tavita Ioane'; round 20: kept in the name); the chief's title after it
    # ('Tofilau') is part of the name
    "afioga susuga ")
# Forms of address that are given names too ('Don Johnson', 'Dom Phillips', 'Bi Fujian'), and
# professional initials ('C.P.' for a public accountant, 'C.D.' for a dental surgeon in Mexico) that
# might be a person's own: a style only before a given name and one word more ('Don Ramón Gutiérrez',
# 'Dona Maria da Silva', 'Bu Sri Wahyuni', 'C.P. Rogelio Vásquez Matus').
ADDRESS_BEFORE_GIVEN = ("don dom dona bu bi c.p. c.d. m.v.z. q.f.b. l.a.e. "
                        # His or Her Excellency, written short in English, French and Spanish ('H.E.
                        # Pieter De Smedt', 'S.E. Jean Dupont'; round 20: kept in the name and the id);
                        # initials too ('H.E. Bates')
                        "h.e. s.e. "
                        # a priest's style, and the French professor's and lawyer's written short
                        # ('Father Michael Pfleger', 'Pr Didier Raoult', 'Me Jean Dupont')
                        "father pr me ")

# Words that make the capitalised name after them a person ("envoy John Kerry").
TITLE_WORDS = frozenset((
    "president premier minister secretary envoy diplomat spokesman spokeswoman spokesperson "
    "official ambassador chancellor senator governor mayor chairman chairwoman chair director "
    "chief leader commissioner representative general counterpart adviser advisor king queen "
    "prince princess pope judge professor dr dr. mr mr. mrs mrs. ms ms. sir madam ceo founder "
    "economist analyst lawyer scientist negotiator lawmaker congressman congresswoman "
    "vice-president deputy head executive officer captain colonel admiral rep. sen. gov. "
    "candidate activist author researcher coach player reporter editor journalist "
    "chairperson treasurer tsar czar emperor sheikh emir sayyid sayyida doctor nurse teacher farmer engineer "
    # round 14 (helper r14c): 'his wife, Sheikha Jawaher bint Hamad bin Suhaim Al Thani,' drafted nobody
    "sheikha shaikha emira "
    # round 21 (r21a): a council's or a board's member before a name ('Member Fahad Mutlaq Al-Ajmi, who
    # represents the fifth constituency, said' drafted nobody, and his quote was lost)
    "member "
    "student resident manager worker pilot soldier priest imam rabbi bishop "
    "coroner cllr councillor advocate prosecutor attorney magistrate barrister solicitor counsel "
    "runner athlete cyclist striker goalkeeper batsman bowler midfielder defender jockey "
    "swimmer sprinter referee umpire volcanologist hydrologist epidemiologist astronomer "
    "physicist biologist chemist geologist surgeon physician midwife paramedic "
    "detective inspector superintendent sergeant constable mp mep mla mpp whip critic curator "
    "director-general secretary-general deputy-secretary-general trader undersecretary under-secretary "
    "oba sultan co-author co-founder "
    "co-chair co-director "
    # round 17: a party's shared leadership ('Te Pāti Māori co-leader Rawiri Waititi said')
    "co-leader co-leaders co-president co-spokesperson "
    # round 11: offices of other states and churches ('Taoiseach Micheál Martin has chaired'
    # drafted no person, and 'He said' went to the man quoted before)
    "taoiseach tánaiste tanaiste ayatollah cardinal archbishop rector provost ombudsman "
    "auditor-general attorney-general solicitor-general governor-general president-elect "
    "baroness reverend rev. rev shah raja rajah maharaja mufti patriarch pastor monsignor "
    "speaker "
    # peers ('Lord Devlin, whose report in 1965 proposed ..., will meet both sides' drafted no person)
    "lord lady earl viscount duke duchess countess marquess "
    # local offices, American spellings and trades of office ('Supervisors Dale Pickett and Ann
    # Moreland voted', 'County Administrator Gary Whitlock', 'The mediator, Mats Ruland,')
    "councilor councilman councilwoman alderman selectman assemblyman assemblywoman legislator "
    "trustee clerk auditor comptroller sheriff marshal warden registrar headmaster headteacher "
    "mediator arbitrator conciliator administrator supervisor "
    # round 16: jobs of a firm's or a body's books ('and an accountant, D. M. Kirimi.' drafted nobody)
    "accountant bookkeeper book-keeper cashier "
    # round 20: a union's and a campaign's organisers ('The union's regional organiser, Thandiwe
    # Mokoena, said' had no role; not 'coordinator': 'The National Coordinator of the National Malaria
    # Control Programme, Dr X,' then names no body, as 'The Director of ...' does not)
    "organiser organizer convener convenor "
    + MALAY_ADDRESS + OTHER_ADDRESS + LATIN_ADDRESS + SHORT_ADDRESS + INDONESIAN_ADDRESS +
    # military ranks written in full (lead 13: 'Police spokesperson Brigadier Sabata Mokgwabone' was
    # a person named with the rank)
    "brigadier lieutenant commander corporal commodore brigadier-general major-general "
    "lieutenant-general lieutenant-colonel "
    # ranks written short, police and military, British and American style ('Det Insp Claire
    # Hobson' was a person of that name, 'PC Mark Jones' and 'DCI Sarah Holt' organisations)
    + RANKS).split()) | rolewords.ROLE_WORDS  # trades, sports, vice-titles

def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"  # 'chairmen', 'spokesmen'
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"  # 'secretaries', 'deputies'
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")  # 'bosses', 'judges'


# A title in the plural before a list of names, each of them holding it: 'Justices Syed Mahmud
# Hossain and Sharif Uddin Chaklader', 'Senators A and B', 'Drs A and B' -> the title in the
# singular. 'Messrs' is the plural of 'Mr'; 'justice' is a judge's title only before a name.
PLURAL_TITLES = {_plural(word): word for word in TITLE_WORDS if word.isalpha() and len(word) > 2} | {
    "justices": "justice", "drs": "dr", "drs.": "dr.", "messrs": "mr", "messrs.": "mr.",
    "profs": "prof", "profs.": "prof.", "mps": "mp", "meps": "mep", "mlas": "mla", "reps.": "rep.",
    "sens.": "sen."}

# Fields a director or a manager heads, written before the office ('Project director X', 'Film
# director X'): no firm's name, although a capital opens the sentence there.
OFFICE_FIELDS = frozenset(
    "project campaign programme program research film art artistic technical sporting football "
    "music museum festival race tournament hospital school health emergency communications "
    "marketing sales creative regional country site mine plant finance operations legal medical "
    "clinical security design casting theatre theater gallery park centre center institute "
    "executive managing deputy associate assistant acting interim former general national "
    "team club league match stage studio store branch division field".split())

# Forms of address before a name, written with or without a full stop ('Mr Kerry', 'Dr. Lima',
# 'Baroness Hale'); a parliament's record labels its members with them ('Ms Aisha Rahman (Lab):').
ADDRESS_FORMS = tuple("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Baron".split())
ADDRESS = rf"(?:{'|'.join(ADDRESS_FORMS)})\.?"

# Ranks and forms of address that stand straight before a name, with no office of their own
# ('Managing director Captain William Ruto': the office is the words before the rank).
RANK_ADDRESS = frozenset({*RANKS.split(), *(form.lower() for form in ADDRESS_FORMS), "dr.", "mr.", "mrs.",
                          "ms.", "prof", "prof.", "professor", "doctor", "captain", "colonel", "major",
                          "general", "lieutenant", "commander", "admiral", "brigadier", "sergeant",
                          "inspector", "superintendent", "corporal", "constable", "reverend", "rev",
                          "rev."})

# Words shortened with a full stop that a name or a number follows, so that the stop ends no
# sentence and no clause: titles and ranks ('Gen. X', 'Insp. Y'), saints' and places' ('St. Louis',
# 'Mt. Kenya', 'Ft. Worth'), 'No. 10'. 'Jr.' and 'Sr.' close a name and may close a sentence too.
SHORTENED_BEFORE_NAMES = tuple("Dr Mr Mrs Ms Prof Gen Sen Rep Gov Lt Col Capt Sgt Insp Cllr Fr Rev Hon "
                               "St Sta Sto Ste Mt Ft Pt No "
                               # round 17: LATIN_ADDRESS ('"...," Dra. Fuenzalida said.' lost its quote)
                               "Dra Sra Srta Lic Mme Mlle Atty Engr Smt "
                               # and ranks and offices shortened before a name ('said PNP spokesperson
                               # Police Brig. Gen. Jean Fajardo.', '"...," Sec. Ma. Antonia Yulo-Loyzaga
                               # said': each lost its quote)
                               "Brig Maj Cmdr Cdr Adm Supt Sec Usec Asec "
                               # round 19: ADDRESS_ABROAD shortened ('"...," said Ing. Manuel Escobar',
                               # 'Dott. Marco Bianchi', 'Hj. Rosli Ismail': a person 'Ing' took the quote)
                               "Lcdo Lcda Ing Arq Mtro Mtra Hno Hna Dhr Mevr Sig Dott Avv Geom Hj "
                               "Ir Mgr Pr "
                               # round 20: 'said Rt. Hon. Sir Lindsay Hoyle' (the Right Honourable)
                               # lost its quote
                               "Rt".split())
SHORTENED_AFTER_NAMES = ("Jr", "Sr")
SHORTENED = rf"\b(?:{'|'.join(SHORTENED_BEFORE_NAMES)})\."
# Spanish 'Sr.' (señor) after a word in small letters opens the name after it: 'said Sr. Federico
# Matus Ortega' (round 19: the sentence ended at 'Sr.' and the quote was lost); after a name it closes
# the name ('John Smith Sr.', 'Martin Luther King, Sr.').
# So does Portuguese 'Eng.' (engenheiro): 'said Eng. João Pereira', not 'Lim Guan Eng.'
SENOR = r"(?<![\w'’\-])[a-z][\w'’\-]*[ \t]+(?:Sr|Eng)\."

# Titles written before a surname on its own: "President Xi", "Mr Kerry".
HONORIFICS = frozenset((
    "president premier minister secretary ambassador chancellor senator governor mayor king "
    "queen prince pope judge professor dr dr. mr mr. mrs mrs. ms ms. sir general "
    "rep. sen. gov. chairman captain colonel admiral sheikh emir sayyid sayyida cllr councillor advocate "
    "sheikha shaikha "  # (round 14, helper r14c)
    "coroner inspector detective "
    # round 21 (r21b after its end score): West Africa's 'Madam Isatu Jalloh-Kargbo', 'Madam Hawa Mansaray'
    "madam "
    # round 10: Australia's councillor ('Deputy Mayor Cr Ann-Maree Greaney', 'Cr Greaney said')
    "cr cr. "
    # round 11
    "taoiseach tánaiste tanaiste ayatollah cardinal archbishop baroness reverend rev. pastor "
    "lord lady earl viscount duke duchess countess marquess "
    "brigadier lieutenant commander corporal commodore "
    # round 13: forms of address of other Englishes ('Cde Nyamande' in Zimbabwe, 'Mwalimu Nyerere'
    # and 'Mzee Kenyatta' in East Africa, 'Lyonchhen Wangmo' and 'Dasho X' in Bhutan, 'Alhaji X')
    "cde comrade mwalimu mzee ndugu lyonchhen lyonpo dasho alhaji alhaja "
    # round 16: Malaysia's and Brunei's Mr and Mrs ('Encik Mohamed Noor bin Haji Daud' was a name of
    # five words, no person's, and 'Encik Mohamed Noor' a person of that name)
    + MALAY_ADDRESS + LATIN_ADDRESS + SHORT_ADDRESS + INDONESIAN_ADDRESS + ADDRESS_ABROAD
    + RANKS).split())

# Styles granted with an honour that stand before a name, a word or two: Malaysia's and Brunei's
# ('Tan Sri Mohd Noor Yusof', 'Datuk Seri Abdul Karim Othman'), never part of the name.
HONOUR_STYLES = ("Datin Paduka Seri", "Dato' Paduka", "Datuk Patinggi",  # (round 17: three words)
                 "Tan Sri", "Puan Sri", "Toh Puan", "Datuk Seri", "Datuk Sri", "Dato' Sri", "Dato Sri",
                 "Dato' Seri", "Datin Seri", "Datin Paduka", "Datuk", "Dato'", "Dato", "Datin",
                 "Pehin", "Yang Berhormat")

PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female", "they": "any",
            "i": "any", "we": "any"}

# Words that start a capitalised run but are no part of a name.
NOT_NAME = frozenset(
    "The A An This That These Those It Its He She They We I You His Her Their Our My But And "
    "Or If When While As At In On Of For To From By With After Before Since Asked Speaking "
    "Addressing Meanwhile However Also Still Yet So Then There Here What Who Why How "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Mr Mrs Ms Dr Topics "
    "According Earlier Later Last Next Today Yesterday Tomorrow Some Many Most All Both "
    "Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Q Cllr Cr Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec "
    # round 10: currencies written as a word before the sum ('up to Rs 20,000', 'KSh 500')
    "Rs Rs. INR Ksh KSh Tk "
    # round 12, stint 2: a style of address ('the Minister of Finance, Hon. Nigel Clarke,' drafted
    # a person 'Hon')
    "Hon Hon. "
    # round 17: Spanish, Portuguese and French forms of address (lexicon.LATIN_ADDRESS)
    "Dra Sra Srta Lic Mme Mlle Atty Engr Smt Shri Shree Prof "
    # round 19: ADDRESS_ABROAD shortened, no given names ('said Arq. Lucía Morales' drafted 'Arq')
    "Lcdo Lcda Arq Mtro Mtra Hno Hna Dhr Mevr Dott Avv Geom Hj "
    # round 13 (2): conjunctions opening a sentence before a body ('Although the Ministry of Health
    # said' drafted a body 'Although the Ministry of Health')
    "Although Though Because Unless Whether Whereas "
    # round 19: quantifiers opening a sentence ('Several members questioned the figures' drafted a
    # body 'Several', as 'Some' and 'Many' are already kept out)
    "Several Various Numerous Few Another "
    # round 21: prepositions opening a sentence or a press release's heading ('About the Institute
    # of Marine Genomics Singapore (IMGS)' drafted a body 'About the Institute of ...'; 'During the
    # Ministry's review')
    "About Among Amid Amongst During Despite Following Throughout Without".split())  # (not 'Under':
    # 'Under Secretary of State Bonnie Jenkins')

# Names of things that read like a person's name: the weather's ('a drought linked to El Niño').
NOT_PEOPLE = frozenset(("El Niño", "El Nino", "La Niña", "La Nina"))
# A named storm opens with its kind: 'Storm Desmond flooded 2,100 homes' (round 14, lead: a person).
STORM_WORDS = frozenset("Storm Hurricane Typhoon Cyclone Tornado Blizzard".split())

# Prepositions that open a sentence before an office and a name, no part of the office ('During
# President X's visit', 'Despite Governor Y's order'; 'Under' only before no 'Secretary').
PREPOSITIONS = frozenset("During Despite Amid Following Among Throughout Within Until Upon Via Unlike "
                         "Without Against Toward Towards Alongside Besides Like".split())

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
    "Armenia;Azerbaijan;Serbia;Croatia;Czech Republic;Slovakia;Bulgaria;Czechia;Iceland;"
    "Malawi;Ghana;Mozambique;Zambia;Zimbabwe;Tanzania;Uganda;Rwanda;Burundi;Somalia;Eritrea;"
    "Djibouti;South Sudan;Chad;Niger;Mali;Senegal;Guinea;Sierra Leone;Liberia;Ivory Coast;"
    "Côte d'Ivoire;Côte d’Ivoire;Cote d'Ivoire;"
    "Burkina Faso;Benin;Togo;Cameroon;Gabon;Congo;Angola;Namibia;Botswana;Lesotho;Eswatini;"
    "Madagascar;Mauritius;Tunisia;Mauritania;Bolivia;Ecuador;Uruguay;Paraguay;Guatemala;"
    "Honduras;El Salvador;Nicaragua;Costa Rica;Panama;Jamaica;Haiti;Dominican Republic;"
    "Trinidad and Tobago;Luxembourg;Estonia;Latvia;Lithuania;Slovenia;Bosnia;Montenegro;"
    "North Macedonia;Albania;Kosovo;Moldova;Cyprus;Malta;Scotland;Wales;England;"
    "Northern Ireland;Kyrgyzstan;Tajikistan;Turkmenistan;Bhutan;Maldives;Brunei;Timor-Leste;"
    "Papua New Guinea;Fiji;Samoa;Tonga;"
    # round 13: names that hold 'and' (one country, not two: andnames.py)
    "Bosnia and Herzegovina;Antigua and Barbuda;Saint Kitts and Nevis;São Tomé and Príncipe;"
    "Sao Tome and Principe;"
    # round 14: the sovereign states the list left out ('Kiribati's 140,000 people' drafted no
    # place; 'the Ministry of Health in the Gambia' read 'Gambia' as part of the ministry's name)
    "Gambia;The Gambia;Vanuatu;Kiribati;Solomon Islands;Tuvalu;Nauru;Palau;Marshall Islands;"
    "Micronesia;Cabo Verde;Cape Verde;Comoros;Seychelles;Equatorial Guinea;Guinea-Bissau;"
    "Central African Republic;Democratic Republic of Congo;Democratic Republic of the Congo;"
    "Belize;Guyana;Suriname;Bahamas;Barbados;Grenada;Saint Lucia;Dominica;"
    "Saint Vincent and the Grenadines;Liechtenstein;Monaco;Andorra;San Marino;East Timor;"
    "Palestine;"
    # round 14 (lead's probes): countries of other decades, in reports written then ('after the
    # Soviet Union' drafted a body), and names still in use
    "Soviet Union;USSR;Yugoslavia;Czechoslovakia;East Germany;West Germany;Rhodesia;Zaire;Burma;"
    "Ceylon;Siam;Persia;Upper Volta;Dahomey;Tanganyika;Zanzibar;Bechuanaland;Basutoland;Swaziland;"
    "East Pakistan;North Vietnam;South Vietnam;Kampuchea;Serbia and Montenegro;Holland;"
    "Great Britain;Western Sahara;Somaliland".split(";"))

# A country's own name in its language, closing a national body's name as 'Australia' closes
# 'Rowing Australia' (round 11: 'Met Éireann says a gust of 183 km/h was recorded' drafted a
# person; 'Poczta Polska said' too). Not given names ('Italia' is one): a person's name may open
# with those.
COUNTRY_ENDONYMS = frozenset("Éireann Eireann Polska Cymru Suomi Norge Sverige Danmark Nederland "
                             "Deutschland Österreich España Hrvatska Srbija Slovensko Česko "
                             "Magyarország România Türkiye Hellas Brasil".split())

CITIES = frozenset(
    "Beijing;Shanghai;Washington;New York;London;Paris;Berlin;Tokyo;Moscow;Delhi;New Delhi;"
    "Dubai;Brussels;Geneva;Kyiv;Kiev;Tehran;Jerusalem;Tel Aviv;Seoul;Pyongyang;Taipei;"
    "Hong Kong;Singapore;Sydney;Ottawa;Toronto;Rome;Madrid;Ankara;Istanbul;Cairo;Riyadh;"
    "Doha;Nairobi;Lagos;Johannesburg;Mumbai;Karachi;Islamabad;Kabul;Baghdad;Damascus;"
    "Beirut;Jakarta;Manila;Bangkok;Hanoi;Canberra;Brasilia;Mexico City;Buenos Aires;"
    "Los Angeles;San Francisco;Chicago;Vienna;Warsaw;Stockholm;Oslo;Copenhagen;Helsinki;"
    "Athens;Lisbon;Dublin;Amsterdam;Bali;Davos;Glasgow;Sharm el-Sheikh;Baku;Xinjiang;"
    "California;Texas;Florida;Guangdong;Sichuan;Hubei;Wuhan;Shenzhen;Death Valley".split(";"))
# Round 16: the capitals of states, which copy writes for their governments ('said Tbilisi was ready
# to join'; 'Tbilisi' drafted nothing): places wherever they stand alone (places._place_type), and no
# more (a club's name may hold one: 'Liverpool Montevideo'). Not those that are given names or
# surnames too ('Lima', 'Victoria', 'Santiago', 'Kingston', 'Male', 'Hamilton', 'Sofia', 'Sanaa').
CAPITALS = frozenset(
    "Tbilisi;Yerevan;Astana;Tashkent;Bishkek;Dushanbe;Ashgabat;Ulaanbaatar;Minsk;Vilnius;Riga;Tallinn;"
    "Chisinau;Bucharest;Belgrade;Zagreb;Ljubljana;Sarajevo;Podgorica;Skopje;Tirana;Pristina;"
    "Budapest;Bratislava;Prague;Reykjavik;Bern;Valletta;Nicosia;Amman;Muscat;Abu Dhabi;Manama;"
    "Kuwait City;Tripoli;Tunis;Algiers;Rabat;Khartoum;Juba;Addis Ababa;Asmara;Djibouti;Mogadishu;"
    "Kampala;Kigali;Bujumbura;Dodoma;Dar es Salaam;Lusaka;Harare;Lilongwe;Maputo;Gaborone;Windhoek;"
    "Pretoria;Maseru;Mbabane;Antananarivo;Luanda;Kinshasa;Brazzaville;Libreville;Yaounde;Yaoundé;"
    "Malabo;Bangui;N'Djamena;Niamey;Abuja;Accra;Lomé;Lome;Cotonou;Ouagadougou;Bamako;Dakar;Banjul;"
    "Bissau;Conakry;Freetown;Monrovia;Abidjan;Yamoussoukro;Nouakchott;Dhaka;Kathmandu;Thimphu;Colombo;"
    "Naypyidaw;Yangon;Vientiane;Phnom Penh;Kuala Lumpur;Dili;Port Moresby;Honiara;Port Vila;Suva;"
    "Apia;Nuku'alofa;Wellington;Bogotá;Bogota;Caracas;Quito;La Paz;Asunción;Asuncion;Montevideo;"
    "Havana;Managua;Tegucigalpa;San Salvador;Guatemala City;Panama City;Santo Domingo;Port-au-Prince;"
    "Nassau;Bridgetown;Paramaribo".split(";"))

PLACE_HEADS = frozenset(
    "region province state city county district valley river sea ocean island islands "
    "mountains mountain guesthouse strait gulf bay lake desert street square hall hotel palace airport "
    "port border peninsula stadium arena centre center hospital clinic station bridge dam "
    "mine municipality town village falls land boulevard avenue road plateau gorge canyon complex "
    # round 10: ice ('the Southern Patagonian Ice Field', 'the Perito Moreno Glacier'), a burial
    # ground ('a ceremony in the Central Cemetery', 'rest in the National Pantheon')
    "field icefield glacier cemetery pantheon mausoleum "
    # round 13 (2): houses of worship ('a synod held at St Michael's Cathedral'; not 'church',
    # 'temple' or 'abbey', which close bodies' names and surnames: 'Randy Abbey')
    "cathedral basilica chapel mosque monastery shrine "
    # round 14: 'from the Canal Zone', 'the Demilitarized Zone'; 'at the Svalbard Global Seed Vault'
    "zone vault "
    # round 16: a building of courts ('a packed courtroom at the Nairobi Law Courts' drafted nothing;
    # 'court' alone is a body's)
    "courts "
    # round 17 (geo-r17): a market's ground ('traders at Ogbete Main Market', 'the Kariakoo Market'
    # drafted a body; not an exchange: places._EXCHANGE_WORDS)
    "market "
    # round 18 (geo-r18): a show's ground ('At the Longreach Showgrounds, 200 graziers met' drafted
    # nothing)
    "showground showgrounds fairground fairgrounds "
    # round 18 (geo-r18): a monument ('Wreaths were laid at the Independence Monument' drafted nothing)
    "monument "
    # round 21 (geo-r21): a cricket or football ground ('at the Queen's Park Oval yesterday' drafted
    # 'Oval' only, from a later 'at the Oval')
    "oval".split())
# Parts of a city or a country named by a number after the word: 'District 7', 'Ward 12', 'Zone 4'.
NUMBERED_PLACES = frozenset("district ward zone sector precinct arrondissement region commune".split())
# A place word that opens a name: 'Mount Ruapehu', 'Cerro Armazones', 'Stade de France'.
PLACE_LEADS = {"Mount": "mountain", "Mt": "mountain", "Cerro": "mountain", "Monte": "mountain",
               "Pic": "mountain", "Piz": "mountain", "Lake": "lake", "Stade": "stadium",
               "Estadio": "stadium", "Cape": "cape", "Fort": "fort", "Isla": "island",
               "Boulevard": "street", "Avenue": "street", "Rue": "street", "Calle": "street",
               "Via": "street", "Plaza": "square", "Piazza": "square", "Place": "square",
               "Gare": "station", "Estação": "station", "Estación": "station", "Gulf": "gulf",
               "Bay": "bay", "Strait": "strait", "Sea": "sea",
               # round 8: streets and squares of other languages ('Strada Ștefan cel Mare')
               "Strada": "street", "Calea": "street", "Bulevardul": "street", "Rua": "street",
               "Avenida": "street", "Ulica": "street", "Ulitsa": "street", "Piața": "square",
               # round 10: palaces and stadiums of other languages ('the Palacio Liévano')
               "Palacio": "palace", "Palácio": "palace", "Palais": "palace", "Palazzo": "palace",
               "Estádio": "stadium", "Stadio": "stadium", "Praça": "square",
               # round 11: Ireland's and Britain's counties written short ('Salthill, Co Galway,'
               # drafted a person 'Co Galway')
               "Co": "county", "Co.": "county",
               # round 11: a hotel named first ('talks at the Hotel Vancouver', 'the Hotel Metropol')
               "Hotel": "hotel",
               # round 12: Malay and Indonesian streets ('a new complex on Jalan Channel')
               "Jalan": "street", "Jln": "street", "Lorong": "street",
               # round 16: Malay and Indonesian villages and features ('padi farmers from Kampung Sungai
               # Rapat' drafted nothing)
               "Kampung": "village", "Kampong": "village", "Kg": "village", "Desa": "village",
               "Sungai": "river", "Bukit": "hill", "Gunung": "mountain", "Pulau": "island",
               "Tanjung": "cape", "Teluk": "bay",
               # round 18 (geo-r18): a hospital named first, as Latin Europe and America write it
               # ('admitted to the Hospital Sírio-Libanês' drafted nothing)
               "Hospital": "hospital", "Hôpital": "hospital", "Ospedale": "hospital",
               # round 18 (geo-r18): a camp ('detained at Camp Crame for 7 months' drafted nothing),
               # and land and water words opening names in Spanish, Portuguese and French ('the
               # people of Cochrane and Caleta Tortel', 'Punta Arenas', 'Lago General Carrera')
               "Camp": "camp", "Caleta": "town", "Bahía": "bay", "Punta": "cape", "Laguna": "lake",
               "Lago": "lake", "Volcán": "mountain", "Ciudad": "city", "Baía": "bay", "Ilha": "island",
               "Lagoa": "lake", "Serra": "mountain", "Lac": "lake", "Île": "island", "Baie": "bay",
               "Pointe": "cape",
               # round 19 (geo-r19): ranges named first in Spanish ('the Cordillera Blanca')
               "Cordillera": "mountains"}
PLACE_LEAD_WORDS = frozenset(w.lower() for w in PLACE_LEADS) | {"saint", "san", "santa", "st", "st.",
                                                               "port", "lake", "fort",
                                                               # round 19: the saint's word of Spanish,
                                                               # Portuguese, French, German and Dutch
                                                               # places ('to see Santo Domingo' was a
                                                               # person: 'Santo' is a given name too)
                                                               "santo", "são", "sao", "sainte", "sankt",
                                                               "sint",
                                                               # and Spanish words of land that are given
                                                               # names too ('from Barra del Colorado',
                                                               # 'the Sierra Juárez', 'Río Bravo')
                                                               "barra", "río", "valle", "sierra"}
# Last words of the names of firms, parties, teams and venues that open with a given name
# ('Royal Mail', 'Christian Democrats', 'Charlotte Hornets', 'Grace Road', 'Austin Energy'): a
# given name alone is no evidence of a person there.
NAME_TAILS = frozenset(
    "road avenue lane drive way oval ground grounds park gardens field fields tech energy power "
    "mail international global democrats republicans socialists liberals conservatives greens "
    "labour united rovers wanderers athletic rangers albion city town county rockets hornets "
    "lions tigers bears eagles hawks kings giants warriors bulls stars sharks holdings partners "
    "capital motors airways airlines media pharma pharmaceuticals foods brands oil gas petroleum "
    "mining resources technologies systems solutions labs studios records pictures entertainment "
    "hotels resorts stores markets insurance securities investments ventures logistics shipping "
    "express telecom mobile networks software electric electrics controls industries enterprises "
    "worldwide trust fc cf sc afc rfc memorial prize award awards cup trophy stakes".split())
# "Weber's sister", "Ndlovu's lawyer": a possessive surname followed by these is a person's.
KIN_WORDS = ("sister brother wife husband mother father son daughter family lawyer lawyers coach "
             "spokesman spokeswoman spokesperson office team widow partner colleague aide").split()
# 'the town of Písek', 'the province of Chumbivilcas', 'the Ekurhuleni district'.
PLACE_NOUNS = frozenset("town city village district province region county municipality port "
                        "state island canton prefecture commune borough suburb mine riding "
                        "constituency station township corridor crossing settlement "
                        # round 14: a power or a fish farm by its own name ('the Aftout Essahli
                        # wind farm')
                        "farm".split())
# Parts and people of a town, in the plural before 'of' and its name: 'the streets of Kathmandu
# and Lalitpur', 'the outskirts of Goma', 'residents of Kibera' (round 12).
TOWN_PARTS = frozenset("streets outskirts suburbs alleys slums townships neighbourhoods neighborhoods "
                       "residents inhabitants".split())
# Capitalised words that follow 'on the' and name no place: 'on the Internet', 'on the Moon'.
NOT_PLACES_ON = frozenset("Internet Web Net Moon Sabbath Continent Left Right Hill".split())
# Parts of the world, not countries: typed 'region'.
REGIONS = frozenset("Europe;Africa;Asia;Latin America;South America;North America;Middle East;"
                    "Oceania;Scandinavia;Balkans;Caribbean;Sahel;Antarctica;Arctic;"
                    # round 10: parts of continents
                    "Central Asia;South Asia;Southeast Asia;South-East Asia;East Asia;West Africa;"
                    "East Africa;North Africa;Southern Africa;Central Africa;Horn of Africa;"
                    "Central America;Central Europe;Eastern Europe;Western Europe;Caucasus;"
                    # regions within a country, typed 'region' too
                    "Flanders;Wallonia;Catalonia;Bavaria;Sicily;Andalusia;Corsica".split(";"))

# Compass words that open a part of the world's name ('East Africa', 'Southeast Asia', 'North
# Korea'); one alone before 'and' shares the next name ('East and Central Africa': compass.py).
COMPASS_WORDS = frozenset("North South East West Northern Southern Eastern Western Central Southeast "
                          "Northeast Southwest Northwest South-East North-East South-West North-West "
                          "Upper Lower".split())

# Words of a match report: a name after 'at' in a sentence with one is where the match was
# played ('Liverpool beat Everton 2-0 at Anfield', 'At Villa Park, Ollie Watkins scored the only
# goal', 'whose side have not won at Anfield since 2010': placeevidence.ground_of_a_match).
MATCH_WORDS = frozenset("beat beats beating drew draw draws drawn won win wins lost lose loses losing "
                        "scored score scores scoring goal goals match matches game games final "
                        "semi-final quarter-final derby fixture victory defeat equaliser equalizer "
                        "winner header penalty kick-off played play plays host hosts hosted "
                        "innings wicket wickets try tries set sets".split())

# Acts only a body of flesh does to another: the name before or after one is a person's ('when
# Jarrad Branthwaite tripped Luis Díaz', 'Ana Lima was fouled by ...' is left to other rules).
CONTACT_VERBS = frozenset("tripped trips fouled fouls tackled tackles elbowed elbows headbutted "
                          "head-butted punched punches kicked shoved slapped hugged embraced kissed "
                          "bit".split())

# Oceans and seas an article names by one word ('fog rolls in from the Atlantic'): places.
SEAS = frozenset("Atlantic Pacific Mediterranean Baltic Adriatic Aegean Arctic Antarctic Caspian".split())
# Lands named with 'the' that also name other things ('Amazon' a firm, 'Outback' a restaurant): a
# region only after 'in the', 'across the', 'into the' (round 13: 'fires in the Amazon').
REGIONS_WITH_THE = frozenset("Amazon Sahara Himalayas Andes Alps Pyrenees Rockies Urals Outback Pampas "
                             "Steppe Tropics Highlands Punjab Deccan Congo Kalahari Gobi Negev Sinai "
                             "Levant Maghreb Patagonia Siberia".split())

# Topic name -> words that signal it (matched at word starts, case aside, with an ending:
# `topics.py`). News beats, not one story's words: a story on a farm protest is about
# Agriculture, one on a council's tram vote about Transport and Local government.
TOPICS = {
    "Climate change": ("climate change", "global warming", "climate"),
    "Climate finance": ("climate financ", "climate fund"),
    "Emissions": ("emission", "greenhouse gas", "carbon", "nitrogen"),
    "Coal": ("coal",), "Methane": ("methane",),
    "Extreme weather": ("extreme weather", "heat", "heatwave", "flood", "drought", "storm"),
    # (solar power, not 'the solar system': lead 13's water on an exoplanet was about Energy)
    "Energy": ("energy", "oil", "gas price", "renewable", "solar power", "solar panel", "solar farm",
               "solar plant", "solar park", "wind power", "electricity"),
    "Trade": ("trade", "tariff", "export", "import"),
    "Taiwan": ("taiwan",), "Security": ("security", "military", "defence", "defense"),
    "Nuclear programme": ("nuclear",), "Economy": ("economy", "economic", "growth", "inflation"),
    "Human rights": ("human rights",),
    "Health": ("health", "pandemic", "vaccin", "virus", "hospital", "disease", "outbreak",
               "patients"),  # (not 'patient': 'we have been patient')
    "Technology": ("technology", "semiconductor", "chip", "artificial intelligence"),
    "Migration": ("migration", "migrant", "refugee", "asylum"),
    "Elections": ("election", "ballot", "voter", "electoral"), "War": ("war", "invasion", "ceasefire"),
    "Diplomacy": ("diplomac", "diplomat", "summit", "ambassador", "embass", "negotiator", "foreign minist",
                  "foreign ministr"),
    "Education": ("school", "education", "student", "teacher", "universit"),
    "Agriculture": ("agricultur", "farm", "crop", "livestock", "dairy", "harvest", "cattle", "fertili"),
    "Courts and justice": ("court", "judge", "verdict", "trial", "lawsuit", "prosecut", "convict",
                           "acquit", "tribunal"),
    "Crime and policing": ("police", "arrest", "murder", "crime", "criminal", "fraud", "smuggl"),
    "Sport": ("football", "soccer", "rugby", "cricket", "tennis", "athlet", "olympic", "championship",
              "tournament", "league", "marathon", "stadium", "coach", "race", "runner", "wicket",
              "batsm", "bowler"),
    "Transport": ("transport", "railway", "rail", "tram", "metro", "airport", "flights", "airline",
                  "motorway", "highway", "traffic", "commuter", "passenger"),
    "Labour": ("strike", "trade union", "wage", "worker", "employ", "layoff", "job"),
    "Environment": ("environment", "pollution", "biodiversity", "wildlife", "deforestation", "forest",
                    "conservation", "species", "nature reserve"),
    "Disasters": ("earthquake", "eruption", "volcan", "tsunami", "landslide", "evacuat", "wildfire",
                  "cyclone", "typhoon", "hurricane"),
    "Science": ("scien", "research", "laborator", "telescope", "astronom"),
    "Space": ("spacecraft", "satellite", "orbit", "rocket", "astronaut", "space agency"),
    "Culture": ("museum", "artwork", "artist", "exhibition", "heritage", "film", "festival", "theatre"),
    "Housing": ("housing", "rent", "tenant", "homeless", "mortgage"),
    "Public finances": ("budget", "tax", "public spending", "deficit"),
    "Business": ("company", "companies", "profit", "revenue", "earnings", "shareholder", "investor",
                 "merger"),
    "Indigenous peoples": ("indigenous",),
    "Local government": ("council", "mayor", "municipal"),
    "Religion": ("church", "mosque", "religio", "bishop", "temple"),
}

# Words that name an event the article may be about -> (meeting type, family). A definite
# mention ('the race', 'the inquest') refers back to the last event of its family; an
# indefinite or named one ('a news conference', 'the Rotterdam Marathon') is a new event.
EVENT_NOUNS = {
    "news conference": ("conference", "press"), "press conference": ("conference", "press"),
    "briefing": ("conference", "press"), "talks": ("talks", "talks"),
    "negotiations": ("talks", "talks"), "meeting": ("meeting", "meeting"),
    "summit": ("summit", "conference"), "conference": ("conference", "conference"),
    "congress": ("conference", "conference"), "symposium": ("conference", "conference"),
    "forum": ("conference", "conference"), "convention": ("conference", "conference"),
    "session": ("meeting", "session"),
    "debate": ("meeting", "meeting"), "phone call": ("meeting", "call"),
    "telephone call": ("meeting", "call"), "video call": ("meeting", "call"),
    "hearing": ("other", "court"), "trial": ("other", "court"), "inquest": ("other", "court"),
    "match": ("other", "sport"), "game": ("other", "sport"), "race": ("other", "sport"),
    "marathon": ("other", "sport"), "tournament": ("other", "sport"),
    "visit": ("visit", "visit"), "ceremony": ("other", "ceremony"),
    "vote": ("other", "vote"), "election": ("other", "vote"), "elections": ("other", "vote"),
    "strike": ("other", "strike"), "walkout": ("other", "strike"), "call": ("meeting", "call"),
    "expedition": ("other", "expedition"),
    # round 6 (events): a festival is an event of its own ('The festival will run from ...')
    "festival": ("other", "festival"),
    # round 9 (events): 'The best-of-three final series begins in Piraeus on Saturday'
    "series": ("other", "sport"),
    # round 11 (events): "Sunday's league derby between Vardar and Metalurg was abandoned"
    "derby": ("other", "sport"),
    # round 14 (lead's probes): an obituary's funeral or memorial service, an election's second
    # round ('will face X in a run-off on April 21'), a vote of the people
    "funeral": ("other", "ceremony"), "memorial service": ("other", "ceremony"),
    "vigil": ("other", "ceremony"), "requiem": ("other", "ceremony"),
    "inauguration": ("other", "ceremony"), "run-off": ("other", "vote"), "runoff": ("other", "vote"),
    "referendum": ("other", "vote"),
    # round 16 (lead): 'The second reading is scheduled for Thursday, December 18' ('ballot' was tried:
    # 'The result of the ballot is expected on Wednesday' drafted a ballot the Wednesday before)
    "second reading": ("other", "vote"), "third reading": ("other", "vote"),
    "final reading": ("other", "vote"),
    # round 14 (events, probes): 'The company will hold its AGM on 12 May'
    "agm": ("meeting", "meeting"), "egm": ("meeting", "meeting"),
    # round 15 (events): a body's members in assembly ('ending a general assembly that ran late into
    # the night', 'will hold an extraordinary assembly in November'); not 'the assembly' alone,
    # a legislature's name as often as its sitting
    "general assembly": ("meeting", "meeting"), "extraordinary assembly": ("meeting", "meeting"),
    "special assembly": ("meeting", "meeting"), "annual assembly": ("meeting", "meeting"),
    "plenary assembly": ("meeting", "meeting"),
}
# event words written in capitals ('Havbruk Nord's AGM'): named so ('AGM with Havbruk Nord')
EVENT_INITIALISMS = frozenset({"agm", "egm"})
# What a signing makes, told apart from the signing ('The agreement, signed on Saturday in Pasig')
DEAL_NOUNS = ("agreement", "deal", "accord", "treaty", "pact", "memorandum", "settlement", "contract")
# Event words that are also verbs ('to vote', 'strike a deal', 'call for'): an event only after a
# determiner ('a vote', 'the strike', "Monday's elections").
EVENT_NOUNS_AFTER_DETERMINER = frozenset("vote strike call".split())
# round 17 (lead): events named by a common word that as often names no event ('in protest at',
# 'the inquiry found'): each opens one only after a determiner, with a day in its sentence ('the
# union would hold a protest outside the Railway Headquarters on Friday', 'will open a formal
# inquiry on Monday at the Okara district headquarters')
EVENT_NOUNS_DATED = {"protest": ("other", "protest"), "demonstration": ("other", "protest"),
                     "rally": ("other", "protest"), "sit-in": ("other", "protest"),
                     "picket": ("other", "protest"), "inquiry": ("other", "court"),
                     "inspection": ("other", "inquiry"), "audit": ("other", "inquiry"),
                     # round 18 (develop set r18a): 'lay in crates in a workshop in Alsace' is a room
                     "workshop": ("meeting", "session"),
                     # round 21 (r21a): 'will be discussed ... at a research seminar in Nuuk on 25
                     # September'; 'The national launch of the programme will take place on World TB
                     # Day, Friday 24 March 2028'
                     "seminar": ("conference", "conference"), "colloquium": ("conference", "conference"),
                     "roundtable": ("meeting", "meeting"), "launch": ("other", "ceremony")}
# round 18 (develop set r18a): a performance is an event of its own ('gave the inaugural recital on
# the restored organ', 'The next public recital is scheduled for Tuesday 8 November')
EVENT_NOUNS.update({"recital": ("other", "performance"), "concert": ("other", "performance")})
# round 20 (lead, develop set r20a): 'An opera by Bohuslav Martinů ... had its world premiere at the
# Janáček Theatre on Tuesday night': a first performance
EVENT_NOUNS.update({"premiere": ("other", "performance"), "première": ("other", "performance")})
EVENT_NOUNS.update(EVENT_NOUNS_DATED)
# Event words that count other things when 'of' follows: 'a series of meetings'.
EVENT_NOUNS_NOT_BEFORE_OF = frozenset({"series"})
# Words after an event word that make it part of another noun: 'race director', 'match fee'.
EVENT_COMPOUNDS = frozenset("director directors organiser organisers organizer organizers official "
                            "officials centre center venue room hall fee fees day record "
                            "results time times ticket tickets "
                            # round 14: 'Funeral costs rose', 'the funeral industry'
                            "cost costs industry home homes parlour parlours parlor parlors insurance "
                            # a pilot, not a court's: 'for a trial year', 'on a trial basis'
                            "year period basis scheme phase".split())
# Words that cannot stand between a determiner and its event word: in 'The ministry will host
# talks', 'The' is not the talks' determiner.
NOT_EVENT_MODIFIERS = ("will would can could shall should may might must host hosts hosted hold "
                       "holds held attend attended open opens opened begin began start started "
                       "join joined chair chaired lead led and or to be is are was were has have "
                       "had said told").split()
# Words that only point back to an event of their family ('told the court').
EVENT_REFERENCES = {"court": "court", "council": "meeting", "crowd": "sport",
                    # round 15 (events): 'The European Broadcasting Union, which organises the contest,
                    # has scheduled the grand final in Lisbon for May 19': the contest told before
                    "contest": "contest"}
# Sessions, workshops and the like belong to the conference or summit being held.
PART_OF_FAMILIES = {"session": ("conference",), "press": ()}
# Acts told in the past that an event is ('signed a fisheries agreement in Oslo on Tuesday that
# will let boats ...': the day is the signing's, the 'will' another clause's; dates.done_before).
PAST_ACTS = ("signed met held hosted attended visited toured opened inaugurated unveiled launched "
             "chaired addressed agreed approved adopted ratified passed concluded ended closed "
             "began started discussed talked received welcomed announced").split()
# Works a minister or a head of state opens at a ceremony ('The bridge will be opened by the
# minister on October 3'; round 14, probes: new/draft/ceremonies.py).
OPENED_WORKS = frozenset("bridge road highway motorway expressway railway line station terminal airport "
                         "port harbour harbor hospital clinic school university campus stadium arena "
                         "museum library centre center plant factory dam mall market building "
                         "headquarters tunnel pipeline park memorial monument exhibition embassy "
                         "consulate office branch mine refinery wing ward".split())
# Verbs that report a sporting result between two sides: 'Sri Lanka beat Pakistan'.
RESULT_VERBS = ("beat", "beats", "defeated", "defeats", "crushed", "crush", "crushes", "stunned",
                "stun", "stuns", "thrashed", "edged", "routed", "overcame", "drew with", "lost to")
# ... and told in a participle after the winner's clause: 'Kestrels won the title on Sunday,
# beating the defending champions St Catherine Stars 58-51 in the final'.
RESULT_PARTICIPLES = ("beating", "defeating", "thrashing", "crushing", "edging", "overcoming", "routing")
# Court decisions that stand for the hearing they were made at.
COURT_DECISIONS = ("refused bail", "denied bail", "granted bail", "refuses bail", "rejects bail",
                   "rejected bail")
# Court decisions that end a trial: the hearing they were made at is the sentencing or verdict.
COURT_VERDICTS = {"sentenced": "sentencing", "convicted": "verdict", "acquitted": "verdict",
                  "found guilty": "verdict", "found not guilty": "verdict", "ruled": "ruling"}
# Bodies that meet, named by a common noun in a clause of time ('after the boards met in Cork'):
# their meeting is an event of its own (round 9, events).
MEETING_BODIES = frozenset("board boards council councils committee committees directors shareholders "
                           "union unions societies co-operatives cooperatives cabinet ministers "
                           "leaders delegations governments".split())
# Words that put an event ahead of the article.
FUTURE_MARKERS = ("will", "is due to", "are due to", "due to begin", "scheduled", "is expected to",
                  "are expected to", "to be held", "plans to", "is to", "are to",
                  "would meet", "agreed to meet")  # (round 6: 'the ministers would meet in Jakarta')

# Numbers written as words, as figures and counted days read them ('two weeks', 'nearly forty').
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}

# A figure's qualifier as written -> as the schema words it ('more than 3,500 runners').
QUALIFIERS = {"more than": "more than", "over": "over", "nearly": "nearly", "almost": "almost",
              "about": "about", "around": "around", "roughly": "about", "approximately": "about",
              "some": "some", "at least": "at least", "at most": "at most", "up to": "up to",
              "less than": "less than", "fewer than": "less than", "under": "under"}
# Plural words after a number that count nothing a reader would check: 'three times'.
NOT_COUNTED = frozenset("times others ones thousands millions hundreds dozens percent years "
                        "months weeks days hours minutes seconds pts "
                        # words ending in -s that are no plural noun: 'on Jan 12 was cold'
                        "was has is this its his as us yes thus plus less across towards "
                        "afterwards whereas unless".split())
# Plurals without an -s that counts name: '20,000 children'.
# The past of irregular verbs, a finite verb where '-ed' finds none ('after talks with employers
# broke down late on Wednesday': a clause of its own; round 19, develop set r19a)
IRREGULAR_PASTS = ("met told spoke went made took gave wrote came sought got saw felt thought knew "
                   "left began led won lost paid set ran read sang drove flew rode fought taught "
                   "built brought bought held kept sent spent stood sat shot threw swam became chose "
                   "drew grew rose fell found heard sold struck wore broke woke hid bit fled dug lit "
                   "slept wept beat cut hit quit shut split tore swore froze stole sank rang").split()
IRREGULAR_PLURALS = ("children people men women police staff cattle sheep fish personnel "
                     "troops crew aircraft spacecraft livestock").split()  # ('some 600 crew'; round 12:
# 'four water-bombing aircraft')
# Adjectives that stand for the people they describe in a part of a whole: 'Two of the dead',
# 'three of the injured'.
PEOPLE_ADJECTIVES = ("dead injured wounded missing accused detained displaced sick elderly "
                     "unemployed").split()

# A lower-case noun for a person, as a pattern (a class of words, not a list of them): the
# agent and occupation suffixes of English ('a grower', 'one curator', 'a rail worker', 'a
# glaciologist', 'a season-ticket holder', 'a librarian', 'an attendant', 'an employee', 'a
# fisherman'), and the person nouns those suffixes miss. 'A spokesperson' is the organisation's.
PERSON_NOUN = (r"(?!(?:[a-z\-]*ment|committee|paper|letter|number|computer|order|matter|center|"
               r"sector|factor|motor|monitor|mirror|error|document|comment)\b)"
               r"(?:[a-z\-]*(?:er|or|ist|ian|ant|ent|ee|man|woman|men|women|ive|ess)|nurse|doctor|"
               r"witness|mother|father|wife|husband|son|daughter|sister|brother|neighbou?r|relative|"
               r"local|parent|guard|source|official|diplomat|medic|fan|cleric|monk|nun|chef|cook|"
               r"clerk|judge|vet|nanny|maid|youth|girl|boy|child|pensioner|refugee|migrant|"
               r"villager|survivor|patient|volunteer|colleague|friend|graduate)")

# Documents that "say" things ('"...," the report said'): their words are their author's, if
# the article names one (new/draft/documents.py).
DOCUMENT_NOUNS = frozenset(
    "report reports ruling judgment judgement statement letter filing study survey memo "
    "memorandum document audit indictment lawsuit petition affidavit communique communiqué "
    "verdict decision complaint submission findings review paper dossier transcript".split())
# The verbs by which someone makes a document: 'The commission published its report'.
AUTHOR_VERBS = frozenset(
    "published publishes issued issues released releases wrote writes signed signs filed files "
    "presented presents submitted submits delivered delivers compiled produced produces "
    "prepared authored sent sends handed".split())
# Of those, the verbs that make the document (not 'sent', 'handed', 'delivered': a minister sends
# on a report he did not write): its maker is its author beyond doubt
MAKING_VERBS = frozenset(
    "published publishes issued issues released releases wrote writes signed signs filed files "
    "compiled produced produces prepared authored".split())
# A decision a court or a panel makes ('The Court of Arbitration for Sport on Wednesday rejected
# an appeal ... "...," the ruling said'): the maker of a ruling, a judgment, a verdict.
DECISION_NOUNS = frozenset("ruling judgment judgement verdict decision".split())
DECISION_VERBS = frozenset(
    "ruled rules rejected rejects upheld upholds dismissed dismisses overturned overturns quashed "
    "quashes ordered orders decided decides found finds granted grants acquitted acquits convicted "
    "convicts sentenced sentences cleared clears struck threw".split())
# round 11 (events): the nouns news copy gives an outlet that passed a report on ('state news
# agency ONA', 'the national news agency Bernama', 'the Ghana News Agency'), and wire services
# named alone ('WAM reported'): the outlet reports an event and takes no part in it
# (new/draft/outlets.py).
OUTLET_NOUNS = ("news agency", "press agency", "news service", "wire service", "broadcaster",
                "newspaper", "daily", "radio", "television")
WIRE_SERVICES = frozenset("Xinhua Reuters AP AFP Kyodo Yonhap TASS Interfax Bernama WAM Antara ANTARA PTI "
                          "SPA QNA KUNA MENA APS IRNA Anadolu Tanjug Hina BTA PAP ANSA EFE dpa DPA Lusa "
                          "Petra SUNA ENA GNA NAN APA".split())
# round 11 (events): the words by which news copy calls back a body it named in full ('The Morobe
# Provincial Assembly voted ...', then 'The assembly will meet the traders' association on Monday')
# (new/draft/bodywords.py); not 'group', 'side', 'team': those often mean people.
BODY_WORDS = frozenset("assembly council board committee commission association union federation "
                       "authority ministry department court tribunal cabinet parliament senate "
                       "agency institute corporation company bank league chamber society "
                       "cooperative co-operative combine".split())  # (round 20: 'the combine's management')
# round 11 (events): speech verbs that tell an act, not words, by what follows them ('called an
# emergency meeting', 'called off the match', 'declared a state of emergency', 'posted a loss'):
# the verb -> the words after it that make it an act (new/draft/events.py).
ACT_OBJECTS = {
    "called": "meeting session election elections vote referendum strike halt ceasefire truce inquiry "
              "summit conference recess timeout time-out".split(),
    "declared": "emergency curfew holiday ceasefire truce bankruptcy dividend war law disaster "
                "winner".split(),
    "posted": "profit loss deficit surplus gain growth record result results revenue time".split(),
}
ACT_PARTICLES = {"called": ("off", "in", "up", "out")}
# round 11 (events, stint 2): where an accused appears, and the words that send them back to it
# ('is due to appear before Leeds Magistrates' Court on Thursday', 'will appear in court on
# Monday', 'is due before magistrates', 'was remanded in custody to appear again on May 3'): a
# court appearance, the court's and the accused's (new/draft/actions.py).
COURT_SEATS = ("court", "courts", "magistrates", "magistrate", "judge", "sheriff", "tribunal", "bench")
# How a body met, told between its verb and the day or place (round 14, probes: 'The U.N. Security
# Council met behind closed doors on Thursday' drafted no meeting; plans._BODY_MEETS).
MEETING_MANNERS = ("behind closed doors", "in closed session", "in emergency session", "in special session",
                   "in private", "in public", "privately", "briefly", "informally", "formally", "virtually",
                   "online", "remotely", "urgently", "by video link", "by videoconference", "by video",
                   "by telephone", "by phone", "for the first time", "late", "early")
REMAND_VERBS = ("remanded", "bailed", "released on bail", "freed on bail", "granted bail")
# round 11 (events, stint 2): the nouns news copy names a side of a meeting by when it names no one
# ('Egyptian and Qatari mediators met Hamas negotiators', 'Union leaders met officials of the
# Calcutta Port Commission'): the meeting is between the bodies so named, not people named
# elsewhere (new/draft/mainevents.py); the first two make it talks.
GROUP_NOUNS = ("mediators", "negotiators", "officials", "delegates", "delegations", "envoys",
               "representatives", "leaders", "diplomats", "ministers", "executives", "managers",
               "lawyers", "commanders", "mayors", "governors", "councillors")
TALKS_GROUPS = frozenset({"mediators", "negotiators"})
# 'The spokesman, X, said the call lasted 40 minutes': who speaks for a side tells of its event.
SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer")
# 'was called to the Ministry of Youth and Sports on Wednesday', 'were summoned to the Foreign
# Office': a meeting at the body, told by its call.
SUMMON_VERBS = ("called", "summoned", "invited")
# 'Norway awarded licences on Wednesday', then 'Energy Minister X told a news conference': what a
# country does in a lede, its government does; a title with one of these words is the government's.
GOVERNMENT_TITLES = ("minister", "premier", "president", "chancellor")
# round 13 (events): who presides over a proceeding, and sits at its next sitting too ('The
# inquest continues on Thursday': the coroner's, not the witnesses heard the day before)
PRESIDING_TITLES = ("coroner", "judge", "justice", "magistrate", "chair", "chairman", "chairwoman",
                    "chairperson", "sheriff", "registrar")
# round 13 (events): members named in the plural for their body ('Councillors will meet Carris
# managers on June 15': the council named before), with the words the body's name holds
MEMBER_BODIES = {"councillors": ("council",), "councilors": ("council",), "aldermen": ("council",),
                 "senators": ("senate",), "deputies": ("assembly", "parliament", "chamber", "duma"),
                 "mps": ("parliament", "assembly", "house"), "legislators": ("legislature", "assembly",
                 "parliament", "congress"), "lawmakers": ("legislature", "assembly", "parliament",
                 "congress"), "directors": ("board",), "trustees": ("board", "trust"),
                 "commissioners": ("commission",), "governors": ("board",)}

# Arabic articles joined by a hyphen to the next part of a name ('Khalil al-Hayya', 'Abu el-Haj',
# 'Abd at-Tawwab'), and Hausa 'dan-', son of ('Abubakar dan-Musa Lawal'): one list for names.py,
# titles.py and people.py.
HYPHEN_ARTICLES = "al el ad ash as an ar at az ud ul dan".split()
