"""The draft scored on the held-out articles of issue 18 (tests/fixtures/articles/heldout.yml and
the fresh sets of round 4, heldout4.yml, round 5, heldout5.yml, round 6, heldout6*.yml, and
round 7, heldout7a.yml and heldout7b.yml, round 8, heldout8a.yml and heldout8b.yml, round 9,
heldout9a.yml and heldout9b.yml, round 10, heldout10a.yml and heldout10b.yml, round 11,
heldout11a.yml, heldout11b.yml, heldout11c.yml and heldout11d.yml, round 12, heldout12a.yml and
heldout12b.yml, round 13, heldout13a.yml and heldout13b.yml, and round 14, heldout14a.yml and
heldout14b.yml): per article, not pooled, each measure must stay at or above the floor it has
reached, so a rule that helps one article cannot quietly cost another.
`python tests/draftscore.py` prints the table.
"""

from __future__ import annotations

import pytest

from draftscore import COLUMNS, HELDOUT, score

# Reached per article: quotes, speakers, people recall, people precision, places, organisations,
# figures, events, paragraphs (1 = counted as a reader would). None: nothing to measure.
FLOORS: dict[str, tuple[float | None, ...]] = {
    "brewery.txt": (1, 1, 1, 1, 1, .75, 1, 1, 1),
    "cholera.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "council.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "cricket.txt": (1, 1, 1, 1, 1, None, 1, 1, 1),
    "fisheries.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "inquest.txt": (1, 1, 1, 1, 1, 1, None, 1, 1),
    "malaria.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "marathon.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "mining.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "rugby.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "telescope.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "tribunal.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    # Round 4's fresh set (heldout4.yml), answered before the drafter saw it; floors start at the
    # scores of main before any rule was changed for it, and rise with each rule that helps.
    "antarctic.txt": (1, 1, 1, 1, .88, 1, 1, 1, 1),
    "bronzes.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "commons.txt": (1, 1, 1, 1, .77, .85, 1, 1, 1),
    "drought.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (figures .87 -> 1 in round 9: '80,000 head of livestock')
    "election.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "layoffs.txt": (1, 1, 1, 1, .85, .83, 1, 1, 1),
    "railstrike.txt": (1, 1, 1, 1, .83, 1, 1, 1, 1),
    "transfer.txt": (1, 1, 1, 1, 1, .75, 1, 1, 1),  # (r12: 'the Monumental stadium')
    "verdict.txt": (1, 1, 1, 1, 1, .75, 1, 1, 1),  # (r13 names: "in the Amazon")
    # Round 5's fresh set (heldout5.yml), answered before the drafter saw it; floors started at the
    # scores of main before any rule was changed for it, and rise with each rule that helps.
    "blockade.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "budget.txt": (1, 1, 1, 1, 1, .8, 1, 1, 1),  # (r14 names: 'eThekwini Municipality' a body)
    "ceasefire.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "doping.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "earnings.txt": (1, 1, 1, 1, 1, .85, 1, 1, 1),  # (orgs .71 -> .85 in round 10: camel-case FnGuide)
    "measles.txt": (1, 1, 1, 1, .75, 1, 1, 1, 1),
    "ruling.txt": (1, 1, 1, 1, 1, .87, 1, 1, 1),
    "solar.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (figures .80 -> 1 in round 10: 'two of its instruments')
    # Round 6's fresh set of the names helper (heldout6b.yml), answered before the drafter saw it;
    # floors start at the scores of main before any rule was changed for it.
    "cod.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "dengue.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r13 names: "in Cox's Bazar")
    "derby.txt": (1, 1, 1, 1, 1, .87, 1, 1, 1),  # (orgs .75 -> .87 in round 12: 'points behind Palmeiras')
    "kantamanto.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "kikori.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "pekao.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    # Round 6's fresh set of the events helper (heldout6a.yml), answered before the drafter saw
    # it; floors start at the scores of main before any rule was changed for it.
    "festival.txt": (1, 1, 1, 1, .75, 1, 1, 1, 1),  # (round 17: people_p .85 -> 1, names-r17: "the Era
    # New Horizons film festival" no person; places .5 -> .75, geo-r17; r12: 'the Portuguese producer
    # Paulo Branco',
    # 'up from 108,000 last year')
    "frost.txt": (1, 1, 1, .83, 1, .6, 1, 1, 1),
    "handball.txt": (1, 1, 1, 1, .66, .42, .6, 1, 1),
    "haze.txt": (1, .75, 1, 1, 1, 1, .83, 1, 1),  # (places .91 -> 1 in round 10: Putrajaya; r12:
    # 'four water-bombing aircraft')
    "licence.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "tourism.txt": (1, 1, 1, 1, 1, 1, .85, 1, 1),
    "wages.txt": (1, 1, 1, 1, 1, .37, 1, 1, 1),  # (orgs .25 -> .37 in round 11: 'A rival union, X,')
    # Round 7's fresh set of the events helper (heldout7a.yml), answered before the drafter saw
    # it; floors start at the scores of main before any rule was changed for it (hearing events
    # 0 and organisations .80 then), and rise with each rule that helps.
    "arusha.txt": (1, 1, 1, 1, .90, 1, 1, 1, 1),  # (r10 names 2: Museveni paired with Ruto; r12: the
    # East African Community)
    "ferry.txt": (1, 1, 1, 1, 1, .66, 1, 1, 1),  # (r12: 'between Split and Supetar')
    # (r10 names 2: Uljanik, its yard without its noun)
    "hearing.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "hockey.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (places 0 -> 1, r11 names 2: 'at Arena Riga')
    "mekong.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r12: 'fishing in the Mekong')
    # (places .77 -> .88 in round 10: 'the Don Sahong dam')
    "ratify.txt": (1, 1, 1, 1, .75, 1, 1, 1, 1),  # (orgs .6 -> .8 in round 9: the OSCE's full name;
    # round 11: figures .83 -> 1, '50,000 koruna'; orgs .8 -> 1, 'Deputies of the Hungarian Coalition')
    "tonga.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r12: 'a wharf at Vava\'u')
    # (places .71 -> .86 in round 10: Japan)
    # Round 7's fresh set of the names helper (heldout7b.yml), answered before the drafter saw it;
    # before any rule change (8954caf): bees (1, 1, .67, .67, .67, .75, .86, -, 1), copa (1, .33,
    # .83, .71, 1, .20, 1, 1, 0), markethall (1, 1, 1, 1, .67, .75, .71, 0, 1), papermill (1, 1, 1,
    # .80, .60, 1, 1, 0, 1), retail (1, 1, 1, .75, 1, .38, .90, 0, 1), tsetse (1, 1, 1, .75, .80,
    # .40, 1, -, 0). Floors rise with each landing.
    "bees.txt": (1, 1, 1, 1, .83, 1, 1, None, 1),  # (figures .85 -> 1 in round 11: '33 were not found')
    "copa.txt": (1, 1, 1, 1, 1, 1, 1, 1, 0),  # (people .83 -> 1 in round 12: 'went ahead through X')
    "markethall.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "papermill.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "retail.txt": (1, 1, 1, 1, 1, 1, .9, 1, 1),
    "tsetse.txt": (1, 1, 1, 1, 1, .8, 1, None, 0),  # (r12: the headline's Lake Kyoga; r18: a hospital)
    # Round 8's fresh set of the events helper (heldout8a.yml), answered before the drafter saw
    # it; floors start at the scores of main before any rule was changed for it (64c4ac8: events
    # 0 on five of six), and rise with each rule that helps.
    "dockers.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events 0 -> 1 in round 9: the deal's sides; places
    # .66 -> 1, orgs .5 -> 1 in round 10: 'the ports of Helsinki, Kotka and Hamina', 'Paper makers X and Y')
    "icsid.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r10 names 2: spelled by its initials; r13: the Amazon)
    "kedougou.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r10 names 2: Ibrahima Ndiaye; r12: the governor of
    # X region, Ousmane Ndour)
    "lactea.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "nacala.txt": (1, 1, 1, 1, .8, 1, 1, 1, 1),
    "satellite.txt": (1, 1, 1, 1, 1, .8, 1, 1, 1),  # (r12: the Baikonur cosmodrome)
    # (round 10: places .6 -> .8, Central Asia; orgs .6 ->
    # .8, 'owned by X')
    # Round 8's fresh set of the names helper (heldout8b.yml), answered before the drafter saw it;
    # floors started at the scores of main before any rule was changed for it (before: faroe
    # (.5, 0, .33, .25, .66, .5, .88, 1, 1), gobi (1, 1, .66, .66, .57, .66, .88, -, 1), helmet
    # (1, 1, 1, 1, .83, 1, 1, 0, 0), kresna (1, .5, .66, .5, .57, .25, .88, -, 1), saintlouis (1, 1,
    # .75, .75, 1, .4, 1, 1, 1), saxaul (.5, .5, .75, .75, .66, .6, .85, -, 1)); they rise with each landing.
    "faroe.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "gobi.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (r12: 'C$3.20')
    "helmet.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (places .83 -> 1 in round 9: 'Ptuj Castle'; paras 0 -> 1:
    # the Slovenian related-links row; events 0 -> 1 in round 10: 'handed ... back to Ptuj')
    "kresna.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (figures .88 -> 1 in round 10: 'injuring 27')
    "saintlouis.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "saxaul.txt": (1, 1, 1, 1, .88, 1, 1, None, 1),  # (places .77 -> .88 in round 17: Nukus, a town
    # of the gazetteer)
    # Round 9's fresh set of the events helper (heldout9a.yml), answered before the drafter saw
    # it; before any rule change (68c195e): bunkering (1, 1, 1, 1, .75, 1, 1, 0, 1), creamery (1, 1,
    # 1, 1, 1, .75, 1, 0, 1), landslide (1, 1, 1, 1, 1, 1, 1, 1, 1), limassol (1, 1, 1, 1, .80, .66,
    # 1, 0, 1), waterpipe (1, 1, 1, 1, 1, 1, 1, 0, 1), waterpolo (1, 1, 1, 1, .66, .80, 1, 0, 1).
    # Floors rise with each landing.
    "bunkering.txt": (1, 1, 1, 1, .75, 1, 1, 1, 1),
    "creamery.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r12: the European Economic Community)
    # (events .5 -> 1: 'after the boards met')
    "landslide.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "limassol.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (orgs, events up with heldout9b's 'confederation';
    # places .8 -> 1 in round 10: Larnaca)
    "waterpipe.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "waterpolo.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r12: 'the Papastrateio pool')
    # Round 9's fresh set of the names helper (heldout9b.yml), answered before the drafter saw it;
    # floors started at the scores of main before any rule was changed for it (before: chisinau
    # (1, 1, 1, 1, 1, .62, 1, 0, 1), fares (.66, .33, .5, 1, .75, .25, .57, -, 0), korat (.5, .5, .4,
    # 1, .8, .5, .8, -, 1), lobatse (1, .5, .66, 1, .75, .75, .8, -, 1), sohar (1, 1, 1, .66, .83, .6,
    # 1, -, 1), tinplate (.5, .5, .83, 1, .83, .4, 1, 0, 1)); they rise with each landing.
    "chisinau.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "fares.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    "korat.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    "lobatse.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    "sohar.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    "tinplate.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    # Round 9's set of the quotes helper (heldout9d.yml: a document's words), answered by hand
    # after the rule was first drafted; on main's drafter (059ea98): ombudsman (.5, .5, 1, 1, 1, 1,
    # 1, -, 1), paediatrics (.5, .5, 1, 1, 1, 0, 1, -, 1), weightlifter (.5, .5, .5, 1, .75, 1, -, -, 1).
    "ombudsman.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    "paediatrics.txt": (1, 1, 1, 1, 1, .5, 1, None, 1),
    "weightlifter.txt": (1, 1, 1, 1, 1, 1, None, None, 1),  # (r12: people .5 -> 1, a weightlifter;
    # r14m: places .75 -> 1, 'the Beijing Olympics')
    # Round 10's fresh set of the names helper (heldout10a.yml), answered before the drafter saw it;
    # floors started at the scores of main before any rule was changed for it (before, 339ea2b:
    # caranavi (1, 1, 1, 1, .71, .60, .70, -, 1), estates (1, 1, .5, .67, 1, .67, .83, 1, 1), kemi (1,
    # 1, 1, .75, .33, .83, .67, -, 0), narva (1, .5, 1, 1, .88, .5, 1, -, 1), sorvest (1, 1, 1, 1, .86,
    # .29, .80, -, 1), vattern (1, 1, 1, 1, .5, .75, .6, -, 1)); these are the scores after its rules.
    "caranavi.txt": (1, 1, 1, 1, .85, 1, 1, None, 1),
    "estates.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "kemi.txt": (1, 1, 1, 1, 1, .83, 1, None, 1),
    "narva.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (r15q: 'X, who photographed ...', then 'he said')
    "sorvest.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    "vattern.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),
    # Round 10's fresh set of the events helper (heldout10b.yml), answered before the drafter saw
    # it; before any rule change (339ea2b): charrua (1, 1, 1, .67, .71, 1, 1, 1, 1), honiara (1, 1,
    # 1, 1, .80, 1, 1, .5, 1), kelani (1, 1, 1, 1, 1, 1, 1, .5, 1), lunar (1, .5, 1, .75, 1, .5, .75,
    # 1, 1), netball (1, 1, 1, 1, 1, .33, .67, 0, 1), pasig (1, 1, 1, 1, 1, 1, 1, 0, 1).
    "charrua.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (people_p .67, places .71 -> 1: Central Cemetery)
    "honiara.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r12: 'the roadside at Kukum')
    # (events .5 -> 1: 'when it meets next week')
    "kelani.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events .5 -> 1: the sitting that adjourned the trial)
    "lunar.txt": (1, 1, 1, 1, 1, 1, .75, 1, 1),  # (r10 names 2: Portugal Space a body)
    "netball.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r10 names 2: both sides; r12: '41 of her 44';
    # r12 events: ', beating X')
    "pasig.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events 0 -> 1: the agreement 'signed on Saturday')
    # Round 11's fresh set of the names helper (heldout11a.yml), answered before the drafter saw
    # it; before any rule change (facebdb): cocobod (1, 1, .6, 1, 1, 1, 1, -, 1), gaborone (1, 1,
    # 1, 1, .8, .6, .83, .5, 1), huye (1, 1, .67, 1, .8, 1, .67, 1, 1), kitwe (1, 1, .8, 1, 1, .83,
    # 1, -, 1), thuduc (1, 1, .83, .71, .44, .86, .89, 0, 1), tuyuksu (1, 1, 1, 1, .83, .8, .78, -,
    # 1); these are the scores after its rules.
    "cocobod.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('Secretaries A and B')
    "gaborone.txt": (1, 1, 1, 1, 1, 1, .83, 1, 1),  # (r12: 'paid Eskom 940 million pula')
    # ('the contractor, X,', 'member for X'; r12 events: the chair's 'The committee will ask the
    # Ministry ... to appear before it on Thursday')
    "huye.txt": (1, 1, 1, 1, .9, 1, 1, 1, 1),  # ('ahead of Eritreans A and B', '61 finished')
    "kitwe.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('Judges A and B', 'Mines Minister X')
    "thuduc.txt": (1, 1, 1, 1, .88, 1, .88, 1, 1),  # ('Vice Chairmen A and B', 'District 7')
    "tuyuksu.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (r12: 'before it reaches the Chu')
    # ('Drs A and B', 'A team of four')
    # Round 11's fresh set of the events helper (heldout11b.yml), answered before the drafter saw
    # it; before any rule change (facebdb): cocoa (1, 1, 1, 1, 1, 1, 1, .5, 1), duqm (1, .5, 1, 1, 1,
    # .8, .88, 1, 1; one wrong speaker unmarked), georgetown (1, 1, 1, 1, 1, .5, 1, 1, 1), sibu (1, 1,
    # 1, 1, .8, 1, 1, .5, 1), skopje (1, 1, 1, 1, 1, 1, 1, 0, 1; one wrong meeting date unmarked),
    # walvis (1, 1, 1, 1, 1, 1, .86, .5, 1); these are the scores after its rules.
    "cocoa.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events: 'The board will meet the farmers' association')
    "duqm.txt": (1, 1, 1, 1, 1, 1, .87, 1, 1),  # (speakers: 'Al-Harthy said', then 'he said';
    # orgs .8 -> 1, lead 14: a body's name, then its office, in a title)
    "georgetown.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r14m: 'Caribbean Agricultural Research and
    # Development Institute' was cut at 'and')
    "sibu.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events: 'The council will meet the hawkers' association';
    # r12: 'on Jalan Channel')
    "skopje.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events: the derby; the meeting 'called ... for Thursday')
    "walvis.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events: 'when the two meet in Cape Town'; r12:
    # 'down from 210,000 last year')
    # Round 11's second fresh set of the names helper (heldout11d.yml), answered before the drafter
    # saw it; before any rule change (5a8cf09's parent, and main at 941cff7 alike): geoje (1, 1, 1, 1,
    # .86, 1, 1, -, 1), nagpur (1, 1, 1, 1, .71, .67, .78, -, 1), rosario (1, .5, 1, .86, .6, .2, 1, 0, 1;
    # one wrong speaker unmarked), welfare (1, 1, 1, 1, 1, .67, 1, -, 1); these are the scores after its
    # rules.
    "geoje.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('in East and Southeast Asia')
    "nagpur.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('the plants at A and B'; r12: '14 of the city's 38')
    "rosario.txt": (1, 1, 1, 1, 1, .8, 1, 1, 1),  # (grounds; r13: "Newell's Old Boys" one club; r14
    # events r14b, orgs .6 -> .8, events .5 -> 1: 'Central, who have 21 points ..., play Boca Juniors
    # ... next Sunday')
    "welfare.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (r12 stint 2: '6th U.S. Circuit ...' keeps its '6th')
    # Round 11's second fresh set of the events helper (heldout11c.yml), answered before the drafter
    # saw it; before any rule change (521cfd6): galway (1, 1, 1, .8, 1, .5, 1, 0, 1), hooghly (1, 1,
    # 1, .83, .5, 1, 1, 0, 1; one wrong meeting date unmarked), tucson (1, 1, .5, 1, 1, 1, .75, .5,
    # 1), zambezia (1, 1, 1, 1, .71, 0, 1, 0, 1); these are the scores after its rules.
    "galway.txt": (1, 1, 1, .8, 1, 1, 1, 1, 1),  # (events: 'is due to appear before ... Court on
    # Thursday', 'remanded in custody to appear again on November 11'; r12: 'An Post said')
    "hooghly.txt": (1, 1, 1, .83, 1, 1, 1, 1, 1),  # (r12: 'waiting in the Hooghly')
    # (events: 'will appear in court on Tuesday';
    # 'Union leaders met officials of the Calcutta Port Commission')
    "tucson.txt": (1, 1, .5, 1, 1, 1, .75, 1, 1),  # (events: 'The board will hold a public hearing')
    "zambezia.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r11 names: 'Mozambique National Resistance
    # (Renamo)'; r12 events: 'is expected to join the talks on Monday', a session ahead)
    # Round 12's fresh set of the events helper (heldout12b.yml), answered before the drafter saw
    # it; before any rule change (b29c227): maseru (1, 1, 1, 1, 1, 1, .5, 0, 1), portlouis (1, 1, 1,
    # .83, .8, 1, 1, .5, 1), sanjose (1, 1, 1, 1, .82, 1, 1, 1, 1), tbilisi (1, 1, 1, 1, 1, .5, 1, .5,
    # 1), vilnius (1, 1, 1, 1, 1, 1, 1, .5, 1), yaounde (.5, .5, 1, 1, .8, 1, 1, 0, 1); these are the
    # scores after its rules.
    "maseru.txt": (1, 1, 1, 1, 1, 1, .5, 1, 1),  # (events: 'postponed until 23 July'; 'who will lead')
    "portlouis.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events: 'the hearing ... was adjourned to 8 June';
    # r14m: people_p .83 -> 1, places .8 -> 1, 'held at Beau Bassin prison' a place, no person)
    "sanjose.txt": (1, 1, 1, 1, .81, 1, 1, 1, 1),
    "tbilisi.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r18 geo: 'the Iashvili Children's Hospital' is a body)
    "vilnius.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events: 'who will lead the Lithuanian delegation')
    "yaounde.txt": (1, 1, 1, 1, .8, 1, 1, 1, 1),  # (events: 'was called to the Ministry ... on Wednesday';
    # r15q: 'a ministry official said', marked uncertain)
    # Round 12's fresh set of the names helper (heldout12a.yml), answered before the drafter saw
    # it; before any rule change (b29c227): addis (1, 1, .4, 1, 1, .75, 1, .5, 1), cauca (.5, .5, 1,
    # 1, .83, .67, 1, -, 1), gafsa (1, 1, 1, .67, .62, .67, 1, -, 1), kathmandu (1, 1, 1, 1, .57, .5,
    # 1, -, 1), lautoka (1, .44, .5, .67, .8, .75, 1, 0, 1; five wrong speakers unmarked, a person
    # 'Presenter'), shimanto (.5, .5, .33, 1, 1, .67, 1, -, 1); these are the scores after its rules.
    "addis.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (scorers; r13 events .5 -> 1: the semi-final)
    "cauca.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('X, governor of the Nasa reserve at Toribio, said')
    "gafsa.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('Compagnie des Phosphates de Gafsa' was a person)
    "kathmandu.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (r13: 'Kathmandu Metropolitan City' a body)
    "lautoka.txt": (1, 1, 1, 1, 1, .75, 1, 1, 1),  # ('PRESENTER:'; 'Bundaberg Walkers'; r13 events
    # 0 -> 1: 'The board meets on Thursday')
    "shimanto.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('Nakao Hiroshi ... Nakao said')
    # Round 13's fresh set of the names helper (heldout13a.yml), answered before the drafter saw
    # it; before any rule change (397733c): belgrade (1, 1, 1, 1, 1, .8, .75, -, 0), harare (1, 0, 1,
    # .67, .67, 1, .71, -, 1; a second person 'Cde Nyamande' said the minister's quote), portofspain
    # (1, 1, 1, 1, .6, .5, .83, 0, 1), thimphu (1, 1, 1, 1, .67, .8, 1, 1, 1), toamasina (1, 1, 1, 1,
    # .86, .5, 1, -, 1), yerevan (1, .5, 1, 1, .8, 1, 1, -, 1); these are the scores after its rules.
    "belgrade.txt": (1, 1, 1, 1, 1, .8, 1, None, 0),  # ('Matica Srpska library'; the Q&A's headline)
    "harare.txt": (1, 1, 1, 1, .83, 1, .86, None, 1),  # ('Cde Nyamande'; 'the Midlands' left)
    "portofspain.txt": (1, 1, 1, 1, 1, .5, .83, 0, 1),  # (the bands 'Renegades', 'Desperadoes' left)
    "thimphu.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),
    "toamasina.txt": (1, 1, 1, 1, .86, 1, 1, None, 1),  # ("Sainte-Marie airport" one place with the island)
    "yerevan.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('she said, "but the city council ..."': lead's rule)
    # Round 13's fresh set of the events helper (heldout13b.yml), answered before the drafter saw
    # it; floors start at the scores of main before any rule was changed for it (397733c).
    "aktau.txt": (1, 1, 1, 1, 1, 1, 1, 1, 0),  # (the question subheads are paragraphs; events .33
    # -> 1: 'The two ministers will meet again', 'is due in Baku on May 12 for talks with'; r14m:
    # places .88 -> 1, 'ferries crossing the Caspian Sea between Alat and Aktau')
    "budva.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (r14 names: 'Updates by X' names no person;
    # events .5 -> 1: 'has adjourned the hearing until Thursday')
    "mahajanga.txt": (1, 1, 1, 1, .75, 1, 1, 1, 1),  # (start: 0 0 .66 1 .25 1 .5 .33 0: 'Lire aussi :'
    # ended the article; events .66 -> 1: 'The two will meet again')
    "narsarsuaq.txt": (1, 1, 1, 1, 1, .66, 1, 0, 0),  # (round 17, people_p .66 -> 1: the
    # contact is no person; r14 names: 'Kommune
    # Kujalleq' a body, was a place; r14m: places .67 -> 1, "south Greenland's 6,400 residents")
    "archery.txt": (1, 1, 1, 1, .5, 1, 1, .25, 0),  # (r14 names: the results box's sides are clubs;
    # 'Haa Archers' was a person; events 0 -> .25, lead 14: 'beat the holders Punakha Valley')
    "valletta.txt": (1, 1, 1, 1, .6, .66, 1, 1, 1),  # (events 0 -> .33: 'has called a mass meeting
    # ... on Sunday'; round 14, .33 -> 1: the dateline, 'received a deputation', 'They will be resumed')
    # r15q: speakers .5 -> 1 ('Mr. Carmel Zammit, ..., who told the Minister', then 'he said')
    # Round 14's fresh set of the names helper (heldout14a.yml), answered before the drafter saw
    # it; before any rule change (19a937b): bornholm (1, 1, 1, 1, 1, .66, 1, 0, 1), cagliari (1, 1, 1,
    # 1, 1, .66, 1, 0, 1), nouadhibou (1, 1, 1, .75, .88, .8, 1, -, 1), portvila (1, 1, 1, 1, .33, 1, 1,
    # -, 1), tarawa (.8, .8, 1, .66, .66, 1, 1, -, 1), tegucigalpa (1, 1, 1, 1, .91, 1, 1, -, 1); these
    # are the scores after its rules.
    "bornholm.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # ('Bornholm Regional Municipality' was a place;
    # events .5 -> 1, round 14 events r14b: the visit on May 24 'to meet the mayor' has the mayor)
    "cagliari.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events 0 -> 1, round 14 events r14b: 'Talks
    # resume in Cagliari on Friday' are the last talks' sides again)
    "nouadhibou.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ("Qatar's Al Mana Holding" was a person)
    "portvila.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('at Eton on Efate's east coast')
    "tarawa.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # (the Q&A's 'Pacific Weekly:' was a person)
    "tegucigalpa.txt": (1, 1, 1, 1, 1, 1, 1, None, 1),  # ('from the Canal Zone')
    # Round 14's fresh set of the events helper (heldout14b.yml), answered before the drafter saw
    # it; floors start at the scores of main before any rule was changed for it (19a937b).
    "aden.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (events .33 -> 1: the dateline 'ADEN, March 12.—',
    # 'to-day', 'was represented by', 'They will continue on Thursday')
    "amman.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (orgs .8 -> 1 in round 15: a body of a body; events
    # .25 -> 1: adjourned 'until December 3',
    # 'asked the Amman Criminal Court on Tuesday', 'said it would question X on Sunday')
    "ashgabat.txt": (1, 1, 1, 1, 1, None, 1, 1, 1),  # (round 17, names-r17: people .5 -> 1, events
    # .66 -> 1: "The foreign ministers, X of Uzbekistan and Y of Turkmenistan, will meet")
    "bridgetown.txt": (1, 1, 1, 1, 1, 1, 1, 1, 1),  # (round 17, names-r17: people_p .83 -> 1, orgs .8 -> 1,
    # "the contractor, Coral Reef Construction," a firm; events
    # 0 -> 1: 'will question', 'told the House of Assembly', 'met on Thursday', 'will next meet')
    "ljubljana.txt": (1, 1, 1, 1, 1, None, 1, 1, 1),  # (round 15, lead: 'Opposite Rok Mlakar' is a
    # position and a name, speakers .33 -> 1, people .75 -> 1; events 0 -> 1,
    # issue-18e: a meeting's organisations may name places, and a match's countries are its sides)
    "piraeus.txt": (1, 1, 1, 1, .33, 1, .75, 1, 1),  # (events 0 -> .5: 'The agreement was reached
    # late on Monday'; round 16, lead: .5 -> 1, 'The federation's general secretary, X, said the deal
    # would be put to a meeting of the union's 14 branches on Friday': the federation named before,
    # sidesagain.body_opens)
}

# Wrong speakers still drafted without a mark, per article (every other article: none). Round 7
# (names and events helpers): none left (derby's coach speaks for himself; licence's regulator is
# named without "Ghana's").
# Round 8: heldout8b's two (names cut at a particle or an initial: 'Sámal Pauli' of 'Sámal Pauli
# í Dali', 'Krasimir St' of 'Krasimir St. Dimitrov') are right since its first rules. Round 13's
# set came with two: harare's 'Cde Nyamande' (a second person for Tapera Nyamande; right since its
# rules) and yerevan's 'she said, "but the city council has promised many things."' (given to the
# council; right since the lead's rule of round 13: a pronoun set off before the verb is its subject).
# heldout14b came with two: ljubljana's quotes of 'Opposite Rok Mlakar' (a player's position read
# as a given name; the names helper's class): right since the lead's rule of round 15.
UNFLAGGED_WRONG_SPEAKERS: dict[str, int] = {}


# Meetings' wrong dates still drafted without a mark, per article (every other article: none).
# heldout13b's two at the start of round 13 are right since its rules: aktau's talks 'due in Baku
# on May 12' were dated from the sentence before's 'June 9'; valletta's mass meeting the union 'has
# called ... on Sunday' was the Sunday before.
# heldout14b's two at the start of round 14 (piraeus's strike and talks 'reached late on Monday',
# dated the paper's Tuesday) are right since its rules.
UNFLAGGED_WRONG_DATES: dict[str, int] = {
    # heldout14a (round 14) came with one: cagliari's talks in Cagliari, dated by the Friday they
    # resume on although they broke down on Tuesday (the page's byline row carries its own date).
    "cagliari.txt": 1,
}


def test_every_held_out_article_has_floors() -> None:
    assert sorted(FLOORS) == sorted(HELDOUT)


@pytest.mark.parametrize("name", sorted(HELDOUT))
def test_held_out_article_stays_at_or_above_its_floors(name: str) -> None:
    figures = score(name)
    below = {column: (figures[column], floor) for column, floor in zip(COLUMNS[:9], FLOORS[name], strict=True)
             if floor is not None and (figures[column] or 0) < floor - 0.005}
    assert not below, f"{name}: (reached, floor) {below}"
    # No wrong value presented as certain: a meeting's date never, a speaker no more often than
    # the few still left (issue 18's target is none).
    assert (figures["wrong_dates"] or 0) <= UNFLAGGED_WRONG_DATES.get(name, 0), name
    assert (figures["unflagged_wrong"] or 0) <= UNFLAGGED_WRONG_SPEAKERS.get(name, 0), name
