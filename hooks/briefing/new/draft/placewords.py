"""Word lists for places (split from lexicon.py, which re-exports them): the adjectives of
countries and regions."""

from __future__ import annotations

DEMONYMS = {
    "U.S.": "United States", "US": "United States", "American": "United States",
    "Chinese": "China", "British": "United Kingdom", "U.K.": "United Kingdom",
    "UK": "United Kingdom", "French": "France", "German": "Germany", "Japanese": "Japan",
    "Russian": "Russia", "Indian": "India", "Iranian": "Iran", "Israeli": "Israel",
    "Ukrainian": "Ukraine", "Korean": "Korea", "Canadian": "Canada", "Australian": "Australia",
    "Brazilian": "Brazil", "Mexican": "Mexico", "Italian": "Italy", "Spanish": "Spain",
    "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Egyptian": "Egypt", "Ethiopian": "Ethiopia",
    "Pakistani": "Pakistan", "European": "Europe", "African": "Africa", "EU": "European Union",
    "Dutch": "Netherlands", "Kenyan": "Kenya", "Czech": "Czech Republic", "Icelandic": "Iceland",
    "Peruvian": "Peru", "Chilean": "Chile", "Ghanaian": "Ghana", "Malawian": "Malawi",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Irish": "Ireland", "Swedish": "Sweden",
    "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland", "Polish": "Poland",
    "Greek": "Greece", "Portuguese": "Portugal", "Austrian": "Austria", "Swiss": "Switzerland",
    "Belgian": "Belgium", "Hungarian": "Hungary", "Nigerian": "Nigeria", "Colombian": "Colombia",
    "Venezuelan": "Venezuela", "Cuban": "Cuba", "Filipino": "Philippines",
    "Indonesian": "Indonesia", "Vietnamese": "Vietnam", "Thai": "Thailand",
    "Bangladeshi": "Bangladesh", "Afghan": "Afghanistan", "Iraqi": "Iraq", "Syrian": "Syria",
    "Lebanese": "Lebanon", "Qatari": "Qatar", "Sudanese": "Sudan", "Somali": "Somalia",
    "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Zimbabwean": "Zimbabwe",
    "Mozambican": "Mozambique", "Moroccan": "Morocco", "Algerian": "Algeria", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Bolivian": "Bolivia", "Ecuadorian": "Ecuador", "Taiwanese": "Taiwan",
    # round 7: more countries, and regions within one ('Flemish environment minister X')
    "Romanian": "Romania", "Tunisian": "Tunisia", "Senegalese": "Senegal", "Ivorian": "Ivory Coast",
    "Cameroonian": "Cameroon", "Zambian": "Zambia", "Rwandan": "Rwanda", "Nepali": "Nepal",
    "Nepalese": "Nepal", "Sri Lankan": "Sri Lanka", "Mongolian": "Mongolia", "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan", "Serbian": "Serbia", "Croatian": "Croatia", "Bosnian": "Bosnia",
    "Slovak": "Slovakia", "Slovenian": "Slovenia", "Bulgarian": "Bulgaria", "Estonian": "Estonia",
    "Latvian": "Latvia", "Lithuanian": "Lithuania", "Belarusian": "Belarus", "Moldovan": "Moldova",
    "Albanian": "Albania", "Cypriot": "Cyprus", "Maltese": "Malta", "Jordanian": "Jordan",
    "Kuwaiti": "Kuwait", "Omani": "Oman", "Yemeni": "Yemen", "Libyan": "Libya", "Emirati":
    "United Arab Emirates", "Malaysian": "Malaysia", "Singaporean": "Singapore", "Cambodian":
    "Cambodia", "Jamaican": "Jamaica", "Haitian": "Haiti", "Guatemalan": "Guatemala", "Honduran":
    "Honduras", "Panamanian": "Panama", "Namibian": "Namibia", "Angolan": "Angola", "Malian": "Mali",
    "Congolese": "Congo", "Eritrean": "Eritrea", "Scottish": "Scotland", "Welsh": "Wales",
    "Flemish": "Flanders", "Walloon": "Wallonia", "Catalan": "Catalonia", "Bavarian": "Bavaria",
    "Sicilian": "Sicily", "Andalusian": "Andalusia", "Corsican": "Corsica",
    # round 13: more countries ('in Armenian primary schools' drafted a place 'Armenian')
    "Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Bhutanese": "Bhutan", "Malagasy": "Madagascar",
    "Trinidadian": "Trinidad and Tobago", "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan",
    "Turkmen": "Turkmenistan", "Burmese": "Myanmar", "Fijian": "Fiji",
    "Samoan": "Samoa", "Tongan": "Tonga", "Montenegrin": "Montenegro", "Kosovar": "Kosovo",
    "Macedonian": "North Macedonia", "Mauritian": "Mauritius", "Liberian": "Liberia",
    "Sierra Leonean": "Sierra Leone", "Guinean": "Guinea", "Gabonese": "Gabon", "Togolese": "Togo",
    "Beninese": "Benin", "Burkinabe": "Burkina Faso", "Nigerien": "Niger", "Chadian": "Chad",
    "Djiboutian": "Djibouti", "Burundian": "Burundi", "Nicaraguan": "Nicaragua",
    "Salvadoran": "El Salvador", "Costa Rican": "Costa Rica", "Guyanese": "Guyana",
    "Surinamese": "Suriname", "Belizean": "Belize", "Maldivian": "Maldives", "Bruneian": "Brunei",
    "Timorese": "Timor-Leste", "Basotho": "Lesotho", "Motswana": "Botswana", "Batswana": "Botswana",
    # round 14 (lead): the countries of other decades ('the Soviet delegation'); not 'Persian' (a
    # cat, a rug, the Gulf) nor 'Soviet' alone as a noun ('the Supreme Soviet')
    "Yugoslav": "Yugoslavia", "Czechoslovak": "Czechoslovakia", "Rhodesian": "Rhodesia",
    "Zairean": "Zaire", "Zairian": "Zaire", "Ceylonese": "Ceylon", "East German": "East Germany",
    "West German": "West Germany"}


# Last words of landmarks' names that are surnames too ('Stradey Park', 'Kgale Hill', 'Conwy
# Castle', 'Tower Bridge'): a place only where a preposition of place stands before the name
# ('marched to Stradey Park'), never a place word that keeps a name from being a person's.
LANDMARK_TAILS = frozenset("Park Hill Hills Castle Bridge Green Heath Moss Ford Wood Woods Field Fields "
                           "Gate Tower Cross Abbey Gardens Pier Quay Common Cathedral Mill Point Head "
                           "Rock Downs Moor Fort "
                           # round 13: a town's hall, a ground ('at Swansea Guildhall', 'at the Queen's
                           # Park Savannah')
                           "Guildhall Savannah".split())
# A sports ground's last words, whatever body's name stands before them ('at the Tribhuvan
# University International Cricket Ground' was a body: lead 13).
SPORTS_GROUNDS = frozenset(f"{sport} Ground" for sport in
                           "Cricket Football Sports Recreation Rugby Athletic Hockey Polo".split())

# Events named for the city or country that holds them: 'the Beijing Olympics', 'the Tokyo
# Games', 'the Berlin Marathon', 'the Cannes Film Festival' (round 14: no place, or a place
# 'Tokyo Games'). The host is a place the article names; the event is none.
HOSTED_EVENTS = frozenset(("Olympics;Olympic Games;Games;Paralympics;Paralympic Games;Winter Olympics;"
                           "Marathon;Half Marathon;Film Festival;Festival;Book Fair;Biennale;Expo;"
                           "Summit;Grand Prix;Open;Masters;Motor Show;Air Show;Airshow").split(";"))
# Last words of events' names, never of a person's: 'The Rotterdam Marathon said', 'The Dakar Rally
# said' (round 14: each was drafted a person).
EVENT_TAILS = frozenset({name.split()[-1] for name in HOSTED_EVENTS} - {"Open", "Masters"}
                        | {"Rally", "Regatta", "Championships", "Olympiad"})
# The words of a competition's name, closing it ('the Skipper Cup', 'the Ranfurly Shield'): never a
# person's name alone, after a word that is also a role ('unbeaten Skipper Cup record' drafted a
# person 'Cup', the skipper; round 15, lead, found on the outside set after its end score).
COMPETITION_WORDS = frozenset("Cup Trophy Shield Plate Bowl Championship Championships Tournament".split())


# States written short in a dateline after the city ('OAXACA, Oax., June 3', 'FRESNO, Calif.,
# March 2'): the state's own name (round 19: a region 'Oax.'). The United States' (AP style) and
# Mexico's; not those both countries share ('Mich.', 'Col.', 'Mor.'), which the dateline alone
# cannot tell apart.
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "Ags.": "Aguascalientes", "Camp.": "Campeche", "Chis.": "Chiapas", "Chih.": "Chihuahua",
    "Coah.": "Coahuila", "Dgo.": "Durango", "Gto.": "Guanajuato", "Gro.": "Guerrero", "Hgo.": "Hidalgo",
    "Jal.": "Jalisco", "Nay.": "Nayarit", "N.L.": "Nuevo León", "Oax.": "Oaxaca", "Pue.": "Puebla",
    "Qro.": "Querétaro", "Q.R.": "Quintana Roo", "S.L.P.": "San Luis Potosí", "Sin.": "Sinaloa",
    "Son.": "Sonora", "Tab.": "Tabasco", "Tamps.": "Tamaulipas", "Tlax.": "Tlaxcala", "Ver.": "Veracruz",
    "Yuc.": "Yucatán", "Zac.": "Zacatecas"}

# Words of the land that are given names too, opening a feature's name after 'the': 'the Sierra
# Juárez', 'the Sierra Madre', 'the Serra da Estrela' (round 19: a person 'Sierra Juárez').
LAND_GIVEN_NAMES = {"Sierra": "mountains", "Serra": "mountains", "Valle": "valley"}
