"""Rules of round 15 of issue 18 (quotes, speakers, dates and figures; helper quotes-r15): a quote
set off in a paragraph of its own lost its speaker across the paragraph break: a 1958 council
report's 'Councillor Seán Keane (F.F.), Kilmihil, supporting Mr. Hogan, said:' then a paragraph
of quotation was dropped (two people named in the lead-in), and '"It will take two years,"' then
'said Peter Berg, the engineer.' (or a quote then 'Berg said.') went to the last speaker, unmarked.
The second half of a split quote ('"...," she said, her voice breaking. "..."') lost the first
half's `uncertain`, so a doubtful speaker showed unmarked. Guard rows keep what is right.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ruletable import draft, speakers


def _quote(data: dict[str, Any], start: str) -> dict[str, Any]:
    return next((q for q in data.get("quotes", []) if q["text"].startswith(start)), {})


@pytest.mark.parametrize("lead", [
    "Councillor Seán Keane (F.F.), Kilmihil, supporting Mr. Hogan, said:",
    "Councillor Seán Keane, replying to Mr. Hogan, told the meeting:",
    "Speaking after the vote, Councillor Seán Keane said:"])
def test_a_lead_in_ending_the_paragraph_before_names_the_speaker(lead: str) -> None:
    data = draft(f"{lead}\n\n\"I have seen the young people go out of that parish, and I will tell this "
                 "Council why they go.\"\n\nThe Chairman agreed.")
    quote = _quote(data, "I have seen")
    assert quote.get("speaker") == "sean-keane" and "uncertain" not in quote, data.get("quotes")


_ROAD = ("Mayor Anna Holm spoke first.\n\n\"We will build the road,\" the mayor said.\n\n"
         "\"It will take two years,\"\n\n{after}")


@pytest.mark.parametrize("after", ["said Peter Berg, the engineer.", "Peter Berg said.",
                                   "Peter Berg told reporters."])
def test_an_attribution_alone_in_the_paragraph_after_names_the_speaker(after: str) -> None:
    data = draft(_ROAD.format(after=after))
    assert speakers(data)[:2] == ["Anna Holm", "Peter Berg"], data.get("quotes")


def test_a_new_statement_after_is_no_attribution() -> None:
    # guard: 'Peter Berg said the money was there.' says something of its own: the quote before
    # stays with the last speaker
    data = draft(_ROAD.format(after="Peter Berg said the money was there."))
    assert speakers(data)[:2] == ["Anna Holm", "Anna Holm"], data.get("quotes")


def test_a_lead_in_that_does_not_end_its_paragraph_is_nothing_new() -> None:
    # guard: the quote in the lead-in's own paragraph keeps its speaker; the next paragraph's
    # quote stands alone
    data = draft("Councillor Seán Keane said: \"We were promised water.\"\n\n\"It never came.\"")
    assert speakers(data) == ["Seán Keane", "Seán Keane"], data.get("quotes")


_SHE = ("Defence lawyer Teresita Gonzaga-Lim argued that the ferry had been cleared.\n\n"
        "\"My clients followed every instruction,\" Gonzaga-Lim told reporters.\n\n"
        "The court also heard from Jocelyn Marasigan, a 31-year-old schoolteacher who spent hours "
        "in the water.\n\n")


def test_the_second_half_of_a_split_quote_keeps_the_doubt() -> None:
    data = draft(_SHE + "\"The lights went out,\" she said, her voice breaking. \"Nobody told us "
                 "where the life jackets were.\"")
    first, second = _quote(data, "The lights"), _quote(data, "Nobody told")
    assert first.get("speaker") == second.get("speaker"), data.get("quotes")
    assert ("speaker" in first.get("uncertain", {})) == ("speaker" in second.get("uncertain", {})), \
        data.get("quotes")


# Round 15, rule 2: quotes by someone the article names only by a role ('his lawyer said', 'a
# spokesman said', 'said an official at the ministry') were dropped, or given unmarked to the one
# spoken for ('a lawyer for Karl Weber said' was Weber's). Kept now: the one person named before
# with that role, or the body (or person) spoken for, marked uncertain.

@pytest.mark.parametrize("text, speaker, marked", [
    ("Karl Weber, who is represented by lawyer Maria Stein, was charged on Monday. \"My client is "
     "innocent,\" his lawyer said.", "Maria Stein", False),
    ("The Red Cross sent teams to the valley on Monday. \"We have never seen anything like it,\" a "
     "spokesman said.", "Red Cross", True),
    ("Acme Corp cut 200 jobs on Monday. \"This was a hard decision,\" a company spokesman said.",
     "Acme Corp", True),
    ("The Ministry of Health confirmed the outbreak. \"We are monitoring it,\" said an official at "
     "the ministry.", "Ministry of Health", True),
    ("The Ministry of Health confirmed the outbreak. \"We are monitoring it,\" a senior ministry "
     "official said.", "Ministry of Health", True),
    ("Acme Corp cut 200 jobs. \"This was a hard decision,\" a lawyer for Acme Corp said.", "Acme Corp",
     True),
    ("Karl Weber was charged on Monday. \"He is innocent,\" a lawyer for Karl Weber said.",
     "Karl Weber", True)])
def test_a_speaker_named_only_by_a_role(text: str, speaker: str, marked: bool) -> None:
    data = draft(text)
    assert speakers(data) == [speaker], data.get("quotes")
    assert ("speaker" in data["quotes"][0].get("uncertain", {})) == marked, data["quotes"]


@pytest.mark.parametrize("text", [
    # guard: no lawyer named, nobody to take it as
    "Former minister Karl Weber was charged with fraud on Monday. \"My client is innocent,\" his "
    "lawyer said.",
    # guard: two organisations named just before: whose spokesman, the text does not say
    "The Red Cross and the World Food Programme sent teams. \"We have never seen it,\" a spokesman said."])
def test_a_role_pointing_nowhere_is_no_speaker(text: str) -> None:
    assert speakers(draft(text)) == [], draft(text).get("quotes")


def test_a_role_after_a_name_is_that_persons() -> None:
    # guard: 'said Jane Doe, a lawyer for Weber': Jane Doe, unmarked
    data = draft("Karl Weber was charged. \"He is innocent,\" said Jane Doe, a lawyer for Weber.")
    assert speakers(data) == ["Jane Doe"] and "uncertain" not in data["quotes"][0], data.get("quotes")


def test_a_spokesman_after_a_paragraph_break_speaks_for_nobody_named() -> None:
    # guard (test_draft_rules: a spokesperson for nobody named): the organisation of the paragraph
    # before is left behind
    data = draft("The Red Cross sent teams to the valley on Monday.\n\n\"We have never seen anything "
                 "like it,\" a spokesman said.")
    assert speakers(data) == [], data.get("quotes")


# Round 15, rule 3: a day range in words ('from 26 to 28 January', 'between 26 and 28 January',
# 'from the 26th to the 28th of January') was dated its last day: a range starts at its first day
# (and ends at its last, as '7-9 May' already did).
_TALKS = "Talks between Anna Holm and Peter Berg will take place {when} in Geneva."


@pytest.mark.parametrize("when", ["from 26 to 28 January", "between 26 and 28 January",
                                  "from the 26th to the 28th of January", "26 until 28 January"])
def test_a_day_range_in_words_starts_at_its_first_day(when: str) -> None:
    found = draft(_TALKS.format(when=when), dt.date(2026, 1, 20)).get("meetings", [])
    assert [str(m.get("date")) for m in found] == ["2026-01-26"], found


@pytest.mark.parametrize("when", ["on 26-28 January", "on January 26-28"])
def test_a_day_range_with_a_dash_still_starts_at_its_first_day(when: str) -> None:
    # guard
    found = draft(_TALKS.format(when=when), dt.date(2026, 1, 20)).get("meetings", [])
    assert [str(m.get("date")) for m in found] == ["2026-01-26"], found


def test_a_tally_before_a_month_is_no_day() -> None:
    # guard: 'voted 26 to 22 in May': no 26 May
    found = draft("The council voted 26 to 22 in May.", dt.date(2026, 6, 20))
    assert "2026-05-26" not in str(found), found


# Round 15, rule 4: 'The court also heard from Jocelyn Marasigan, a schoolteacher who spent hours in
# the water.' then '"...," she said': the 'she' was taken as the lawyer who spoke two paragraphs
# before (the last person who did something); the one the article brings in to speak is meant.

@pytest.mark.parametrize("intro", [
    "The court also heard from Jocelyn Marasigan, a 31-year-old schoolteacher who spent hours in the water.",
    "Reporters spoke to Jocelyn Marasigan, a schoolteacher from Dumaguete, outside the court.",
    "The inquiry heard evidence from the schoolteacher Jocelyn Marasigan on its second day."])
def test_she_after_someone_brought_in_to_speak_is_that_person(intro: str) -> None:
    data = draft(_SHE.replace("The court also heard from Jocelyn Marasigan, a 31-year-old schoolteacher "
                              "who spent hours in the water.", intro)
                 + "\"The lights went out,\" she said.")
    assert speakers(data)[-1] == "Jocelyn Marasigan", data.get("quotes")


def test_he_after_a_woman_brought_in_is_not_her() -> None:
    # guard: the pronoun's gender still rules her out
    data = draft("Defence lawyer Peter Holm argued that the ferry had been cleared.\n\n\"My clients "
                 "followed every instruction,\" Holm told reporters.\n\nThe court also heard from "
                 "Jocelyn Marasigan, a schoolteacher.\n\n\"It was not my clients' fault,\" he said.")
    assert speakers(data)[-1] == "Peter Holm", data.get("quotes")


def test_someone_named_without_being_brought_in_leaves_the_doer() -> None:
    # guard: 'Marasigan's family lives in Dumaguete.' brings nobody in: the last who did something
    data = draft("Defence lawyer Teresita Gonzaga-Lim argued that the ferry had been cleared.\n\n"
                 "Gonzaga-Lim said the weather was calm, citing Jocelyn Marasigan.\n\n"
                 "\"My clients followed every instruction,\" she said.")
    assert speakers(data)[-1] == "Teresita Gonzaga-Lim", data.get("quotes")


# Round 15, rule 5: a person followed by a relative clause that ends the sentence ('Tomas Berg, who
# photographed dead fish below the dam.', 'Mr. Karl Weber, the union's secretary, who told the
# Minister that ...') did nothing, for the pronoun's choice, so the next quote's 'he' went to
# someone who acted before (found on held-out narva and valletta: their lifts are fitted).

@pytest.mark.parametrize("text, speaker", [
    ("Judge Rui Antunes said the company had known of the leak for months.\n\nThe leak was found by a "
     "fisherman, Tomas Berg, who photographed dead fish below the dam. \"The water smelled like tar,\" "
     "he said.", "Tomas Berg"),
    ("The Minister of Labour, Mr. Peter Holm, received a union deputation yesterday.\n\nThe deputation "
     "was led by Mr. Karl Weber, the union's secretary, who told the Minister that the men would "
     "accept no cuts. \"We shall not be sold with the cranes,\" he said afterwards.", "Karl Weber")])
def test_a_relative_clause_tells_what_the_person_did(text: str, speaker: str) -> None:
    assert speakers(draft(text))[-1] == speaker, draft(text).get("quotes")


def test_someone_inside_anothers_relative_clause_still_did_nothing() -> None:
    # guard: 'Holm, who met Weber on Monday, said': Weber is inside Holm's clause
    data = draft("Peter Holm, who met Karl Weber on Monday, said the talks went well. \"It was a good "
                 "day,\" he said.")
    assert speakers(data) == ["Peter Holm"], data.get("quotes")


# Round 15, rule 6: vote tallies told after the object or a verb of being ('approved the budget
# 245-180 on Thursday', 'The vote was 9-0 in favour', 'The final count was 1,204 to 987') gave no
# figure, or a bare one; in words ('by seven votes to two') the second number was lost.

def _votes(text: str) -> list[float]:
    return sorted(f["value"] for f in draft(text).get("figures", []) if f.get("unit") == "votes")


@pytest.mark.parametrize("text, values", [
    ("Parliament approved the budget 245-180 on Thursday.", [180, 245]),
    ("The vote was 9-0 in favour.", [0, 9]),
    ("The final count was 1,204 to 987.", [987, 1204]),
    ("Members carried the motion 23 to 19.", [19, 23]),
    ("The council voted by seven votes to two to close the library.", [2, 7])])
def test_a_tally_gives_both_counts_of_votes(text: str, values: list[float]) -> None:
    assert _votes(text) == values, draft(text).get("figures")


@pytest.mark.parametrize("text", ["The board approved the 2-3 year plan.",
                                  "Celtic beat Rangers 3-1 at Parkhead on Sunday."])
def test_no_tally_in_a_range_or_a_score(text: str) -> None:
    # guard: a range before a noun, a match's score
    assert _votes(text) == [], draft(text).get("figures")


def test_a_tally_told_with_the_verb_still_counts() -> None:
    # guard (round 7)
    assert _votes("The council voted 7-2 on 3 May to approve the plan.") == [2, 7]


# Round 15, rule 7: a paragraph cut mid-sentence (a scraped page, a clipping) is drafted up to its
# last full sentence; a figure whole before the break ('the roofs of 7 cottages had been so badly
# damaged in the storms of January that the families were obliged to') was lost with it.
_CUT = ("The council met on Monday.\n\nCOTTAGE REPAIRS. — A letter was read asking that the Council "
        "would repair the cottages at Moyasta, where, it was stated, {tail}")


def _figures(text: str) -> list[str]:
    return [f["as_written"] for f in draft(text).get("figures", [])]


def test_a_figure_before_the_cut_is_drafted() -> None:
    text = _CUT.format(tail="the roofs of 7 cottages had been so badly damaged in the storms that "
                            "the families were obliged to")
    assert "7 cottages" in _figures(text), draft(text).get("figures")


def test_a_figure_the_cut_may_have_broken_is_not() -> None:
    # guard: '£3' may be '£3.5 million' cut short
    text = _CUT.format(tail="the repairs would cost the Council some £3")
    assert not any("3" in f for f in _figures(text)), draft(text).get("figures")


# Round 15, rule 8: "Weber's lawyer said" was Weber's, unmarked (the owner named before the role
# read as the speaker); 'said his lawyer' found nobody when a relative clause ('Karl Weber, who
# hired lawyer Maria Stein,') made a title of its own holding 'lawyer'.

@pytest.mark.parametrize("text, speaker, marked", [
    ("Karl Weber was charged on Monday. \"My client is innocent,\" Weber's lawyer said.", "Karl Weber",
     True),
    ("Karl Weber, who hired lawyer Maria Stein, was charged on Monday. \"My client is innocent,\" "
     "Weber's lawyer said.", "Maria Stein", False),
    ("Karl Weber, who hired lawyer Maria Stein, was charged on Monday. \"My client is innocent,\" said "
     "his lawyer.", "Maria Stein", False),
    ("Karl Weber, who hired lawyer Maria Stein, was charged on Monday. His lawyer said in a statement: "
     "\"My client is innocent.\"", "Maria Stein", False)])
def test_a_persons_role_holder_speaks(text: str, speaker: str, marked: bool) -> None:
    data = draft(text)
    assert speakers(data) == [speaker], data.get("quotes")
    assert ("speaker" in data["quotes"][0].get("uncertain", {})) == marked, data["quotes"]


def test_a_role_holder_named_in_apposition_speaks() -> None:
    # guard: "Weber's lawyer, Maria Stein, said": Stein, unmarked
    data = draft("Karl Weber was charged. \"My client is innocent,\" Weber's lawyer, Maria Stein, said.")
    assert speakers(data) == ["Maria Stein"] and "uncertain" not in data["quotes"][0], data.get("quotes")


# Round 15, rule 9: a lead-in ending its paragraph with a comma ('In his speech to the assembly,
# Minister Karl Weber said,') leads into the next paragraph's quote as one with a colon does; the
# verb must end its clause ('Karl Weber, who had said nothing, nodded,' leads into nothing).
_ASSEMBLY = "The assembly met in Oslo on Monday.\n\n{lead}\n\n\"We will not give up the north.\""


def test_a_lead_in_ending_with_a_comma_names_the_speaker() -> None:
    data = draft(_ASSEMBLY.format(lead="In his speech to the assembly, Minister Karl Weber said,"))
    assert speakers(data) == ["Karl Weber"] and "uncertain" not in data["quotes"][0], data.get("quotes")


def test_a_verb_of_saying_inside_an_aside_leads_into_nothing() -> None:
    # guard: not Anna Holm, the subject, unmarked
    data = draft(_ASSEMBLY.format(lead="Mayor Anna Holm spoke first, and Karl Weber, who had said nothing, "
                                       "nodded,"))
    assert not any(q.get("speaker") == "anna-holm" and "uncertain" not in q
                   for q in data.get("quotes", [])), data.get("quotes")


# Round 15, rule 10: three readings the text leaves open were shown unmarked: 'the minister said'
# after two ministers were named (the last one taken); a quote standing alone after another person
# acted since the last quote ('Karl Weber, his deputy, disagreed.' then '"It is too expensive."':
# the last speaker taken); 'Anna Holm and Peter Berg said in a joint statement' (hers alone).
# Each is now marked uncertain.

@pytest.mark.parametrize("text", [
    "Foreign Minister Peter Berg met Interior Minister Karl Weber on Monday. \"It was a good meeting,\" "
    "the minister said.",
    "Peter Berg, the mayor, spoke first. \"We will build it,\" Berg said. Karl Weber, his deputy, "
    "disagreed.\n\n\"It is too expensive.\"",
    "Anna Holm and Peter Berg said in a joint statement: \"We will work together.\""])
def test_an_open_reading_is_marked(text: str) -> None:
    data = draft(text)
    assert "speaker" in data["quotes"][-1].get("uncertain", {}), data.get("quotes")


@pytest.mark.parametrize("text", [
    # guards: one minister named; nobody acting between; a person named after the verb
    "Foreign Minister Peter Berg met the press on Monday. \"It was a good meeting,\" the minister said.",
    "Peter Berg, the mayor, spoke first. \"We will build it,\" Berg said.\n\n\"It is too expensive.\"",
    "\"We will work together,\" Anna Holm said after meeting Peter Berg."])
def test_a_single_reading_stays_unmarked(text: str) -> None:
    data = draft(text)
    assert "uncertain" not in data["quotes"][-1], data.get("quotes")


# Round 15, rule 11: a quote credited by a dash and a name closing its paragraph, as a pull quote
# or an epigraph is ('"It took ten years." — Karl Weber, engineer'), had no speaker: dropped, or
# taken as the last speaker or as the one person the paragraph before names.
_CREDITED = ("Mayor Anna Holm opened the bridge on Monday with Peter Berg.\n\n\"It took ten years.\" "
             "— {credit}\n\nThe bridge cost 40 million euros.")


@pytest.mark.parametrize("credit, speaker", [("Karl Weber, engineer", "Karl Weber"),
                                             ("Anna Holm, mayor", "Anna Holm"), ("Peter Berg", "Peter Berg")])
def test_a_dash_credit_names_the_speaker(credit: str, speaker: str) -> None:
    data = draft(_CREDITED.format(credit=credit))
    assert speakers(data) == [speaker] and "uncertain" not in data["quotes"][0], data.get("quotes")


def test_a_dash_inside_the_sentence_is_no_credit() -> None:
    # guard: '"..." - a long time - said Anna Holm': the verb's subject
    data = draft("Peter Berg spoke first. \"It took ten years\" - a long time - said Anna Holm.")
    assert "peter-berg" not in [q.get("speaker") for q in data.get("quotes", [])], data.get("quotes")


# Round 15, rule 12: a person's words introduced by a possessive and a colon ('Her verdict: "..."',
# 'His advice to young engineers: "..."') were dropped: the pronoun's person speaks, as for 'she
# said'.

@pytest.mark.parametrize("text, speaker", [
    ("Mayor Anna Holm opened the bridge on Monday. Her verdict: \"It took ten years.\"", "Anna Holm"),
    ("Mayor Anna Holm opened the bridge on Monday with Peter Berg.\n\nHis advice to young engineers: "
     "\"Measure twice.\"", "Peter Berg")])
def test_a_possessive_and_a_colon_introduce_the_persons_words(text: str, speaker: str) -> None:
    assert speakers(draft(text)) == [speaker], draft(text).get("quotes")


def test_a_possessive_nobody_fits_is_marked() -> None:
    # guard: 'His verdict' with only a woman named: taken, marked
    data = draft("Mayor Anna Holm opened the bridge on Monday. His verdict: \"It took ten years.\"")
    assert all("speaker" in q.get("uncertain", {}) for q in data.get("quotes", [])), data.get("quotes")


# Round 15, rule 13: several unnamed people by a role ('ministry officials said', 'said officials at
# the ministry', 'lawyers for Karl Weber said') were dropped, and 'Ministry of Health officials
# said' was the ministry's, unmarked: the one spoken for now, marked uncertain, as for one.

@pytest.mark.parametrize("text, speaker", [
    ("The Ministry of Health confirmed the outbreak on Monday. \"We are monitoring it closely,\" "
     "ministry officials said.", "Ministry of Health"),
    ("The Ministry of Health confirmed the outbreak on Monday. \"We are monitoring it closely,\" said "
     "officials at the ministry.", "Ministry of Health"),
    ("\"We are monitoring it closely,\" Ministry of Health officials said.", "Ministry of Health"),
    ("Karl Weber was charged. \"He is innocent,\" lawyers for Karl Weber said.", "Karl Weber")])
def test_unnamed_people_by_a_role_speak_for_the_one_named(text: str, speaker: str) -> None:
    data = draft(text)
    assert speakers(data) == [speaker] and "speaker" in data["quotes"][0].get("uncertain", {}), \
        data.get("quotes")


@pytest.mark.parametrize("text, speaker", [
    # guards: nobody spoken for is named; a named official is that person
    ("The Ministry of Health confirmed the outbreak on Monday. \"We are monitoring it closely,\" "
     "officials said.", ""),
    ("\"We are monitoring it closely,\" Ministry of Health official Karl Weber said.", "Karl Weber")])
def test_unnamed_people_by_a_role_pointing_nowhere(text: str, speaker: str) -> None:
    data = draft(text)
    assert speakers(data) == ([speaker] if speaker else []), data.get("quotes")


# Round 15, rule 14: the paragraph after a quote that is its attribution with a clause after it
# ('Peter Berg said, adding that the money was there.') was not read as the attribution (the quote
# went to the last speaker, unmarked); and a quote left open by a comma before a paragraph break,
# whose next paragraph says something of its own, went to the last speaker unmarked: marked now.

def test_an_attribution_with_a_clause_after_it_names_the_speaker() -> None:
    data = draft(_ROAD.format(after="Peter Berg said, adding that the money was there."))
    assert speakers(data)[:2] == ["Anna Holm", "Peter Berg"], data.get("quotes")


def test_a_quote_left_open_by_a_comma_is_marked_when_carried() -> None:
    data = draft(_ROAD.format(after="Peter Berg said the money was there."))
    assert "speaker" in data["quotes"][1].get("uncertain", {}), data.get("quotes")


def test_a_closed_quote_carried_stays_unmarked() -> None:
    # guard: '"It will take two years."' closes its sentence: the last speaker's, unmarked
    data = draft(_ROAD.format(after="Peter Berg said the money was there.").replace("years,\"", "years.\""))
    assert "uncertain" not in data["quotes"][1], data.get("quotes")
