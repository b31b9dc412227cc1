"""Word lists the synthetic corpus draws on: wire-report vocabulary, names, places, topics."""

from __future__ import annotations

FIRST_NAMES = (
    "Amara Anders Beatriz Bilal Camille Chen Dmitri Dolores Elif Emeka Farah Felipe Greta Hamid "
    "Hana Ibrahim Ines Jamal Jin Kaito Karin Lars Leila Luca Malik Marta Mei Nadia Niko Olga "
    "Omar Priya Quentin Rafael Rania Sami Sofia Tariq Tomas Ulla Valentina Viktor Wen Xavier "
    "Yara Yusuf Zara Zhou Anika Bruno").split()
LAST_NAMES = (
    "Abara Bergstrom Castillo Dimitrov Eriksen Fontaine Gallagher Haddad Ivanova Jensen Kowalski "
    "Lindqvist Mbeki Nakamura Okafor Petrova Quispe Rossi Sandoval Takahashi Umarov Varga Whitfield "
    "Xu Yilmaz Zhang Achterberg Baptiste Cardoso Delacroix Esposito Fujimoto Gonzaga Holloway "
    "Iwasaki Jovanovic Kaplan Laurent Moreau Novak Ortega Pereira Ramirez Schneider Tanaka "
    "Underwood Vasquez Wojcik Yamamoto Zeller").split()
ROLES = (
    "Minister of Environment", "Special Envoy for Climate", "Deputy Foreign Minister",
    "Chief Negotiator", "Energy Minister", "Prime Minister", "Vice Premier", "Finance Minister",
    "Director of Climate Policy", "Ambassador", "Head of Delegation", "Trade Representative",
    "Spokesperson", "Senior Adviser", "President", "Secretary-General")
ORG_KINDS = ("Ministry of Ecology", "Climate Agency", "Energy Commission", "Foreign Ministry",
             "News Agency", "Development Bank", "Institute for Strategy", "Grid Corporation")
PLACE_STEMS = (
    "Arvel Belmora Corvia Dunmere Estoria Falkreach Galdor Harrowgate Istrana Jorvik Kessara "
    "Lunmark Marisol Norvale Orlenz Pravia Quillon Rhosgar Selvane Tarvos Ulmora Vessen Westmarch "
    "Yarrowfield Zandria").split()
VENUES = ("Hall of the People", "Conference Centre", "State Guesthouse", "Hotel", "Palace",
          "Convention Centre", "Foreign Ministry", "Embassy")
TOPICS = (
    "climate finance", "coal", "methane", "extreme heat", "national action", "carbon markets",
    "renewable energy", "grid storage", "deforestation", "adaptation", "loss and damage",
    "emissions targets", "trade", "critical minerals", "electric vehicles", "solar panels",
    "nuclear power", "water security", "food security", "shipping emissions", "aviation fuel",
    "green hydrogen", "technology transfer", "debt relief", "sanctions", "export controls",
    "wildfires", "flood defences", "air pollution", "ocean protection")
TOPIC_MODIFIERS = ("regional", "offshore", "urban", "rural", "industrial", "coastal", "cross-border",
                   "municipal", "agricultural", "northern")
MEETING_TYPES = ("meeting", "talks", "talks", "meeting", "speech", "visit", "conference", "summit")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
SUBJECTS = ("Officials", "Negotiators", "Diplomats", "Analysts", "Delegates", "Observers",
            "Both sides", "Aides", "Experts", "Advisers")
VERBS = ("described", "welcomed", "questioned", "played down", "stressed", "discussed",
         "pointed to", "warned about", "reviewed", "returned to", "set aside", "raised")
OBJECTS = ("the pace of the talks", "a shared statement", "the timetable for cuts",
           "the cost of the transition", "a working group on standards", "the next round of talks",
           "earlier commitments", "the gap between pledges and action", "the role of the banks",
           "data on emissions", "the latest heat records", "plans for a joint fund")
TAILS = ("over a long lunch", "late into the evening", "according to people briefed on the talks",
         "in a closed session", "before a press conference", "without giving details",
         "in remarks to reporters", "on the sidelines", "after a delay of several hours",
         "in a written statement")
QUOTE_OPENERS = ("We cannot", "Our hope is that we can", "It is time to", "Nobody should",
                 "We are ready to", "The world expects us to", "We will not", "Both of us must",
                 "I believe we can", "History will judge whether we")
QUOTE_VERBS = ("resolve", "rebuild", "measure", "accelerate", "defend", "finance", "protect",
               "deliver", "renew", "widen")
QUOTE_OBJECTS = ("the trust between our countries", "the promises made in Paris",
                 "a fair share of the burden", "the cooperation our people need",
                 "real cuts in emissions this decade", "the poorest communities",
                 "a stable and open market", "the science that guides us", "a plan for coal",
                 "the money that was promised")
QUOTE_TAILS = ("before the next summit", "with concrete steps", "without delay",
               "in a way that lasts", "as equal partners", "even when we disagree",
               "for the generations that follow", "and the world is watching")
GIST_CLAUSES = ("the two sides had agreed to meet again within months",
                "progress depended on financing from richer countries",
                "the country would set its own route and pace",
                "talks on methane had moved forward",
                "a joint working group would report by the end of the year",
                "new coal plants were needed for energy security",
                "the heat wave showed the cost of delay",
                "trade disputes should not block cooperation on climate",
                "national targets would be reviewed next spring",
                "support for adaptation had to double")
FIGURES = (("degrees Celsius", "°C", "temperature recorded"),
           ("hours", "hours", "length of the talks"),
           ("billion dollars", "billion USD", "finance pledged"),
           ("percent", "%", "share of power from coal"),
           ("million tonnes", "Mt", "annual emissions cut"),
           ("gigawatts", "GW", "new solar capacity"))
ARTICLES = {"meeting": "a ", "talks": "", "speech": "a ", "visit": "a ", "conference": "a ",
            "summit": "a "}
