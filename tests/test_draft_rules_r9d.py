"""Rules of round 9 of issue 18 (attribution to documents), as tables (each row its own
sentences, not a fixture's): words a document says ('"...," the report said', 'according to
the ruling', 'the statement added') are its author's where the article names one nearby, marked
`inferred` (and `uncertain` where the author is only one who speaks of it: round 10); with no
author named, the quote stays undrafted and counted.
Publication date: Wednesday 4 March 2026 (ruletable.PUBLISHED)."""

from __future__ import annotations

import pytest

from briefing.new.draft.records import Meta, draft_records
from ruletable import PUBLISHED, draft, speakers


@pytest.mark.parametrize(("text", "author", "doubt"), [
    # the author speaks of the document in the paragraph before
    ("In a 600-page report published on Monday, the inquiry's chairwoman, Ruth Okafor, said the "
     "agency had failed.\n\n\"The agency knew of the risk for a decade and did nothing about it,\" the "
     "report said.", "Ruth Okafor", True),
    # the author makes it ('published', 'issued', 'released'), in the same paragraph
    ("The Fisheries Council published its annual study on Tuesday. \"Cod stocks in the north are at "
     "their lowest since records began,\" the study said.", "Fisheries Council", False),
    ("The Supreme Court of Appeal issued its ruling in Bloemfontein on Friday. \"The lower court erred "
     "in law and in fact,\" the ruling said.", "Supreme Court of Appeal", False),
    # 'a report by X'
    ("A report by the Audit Office was laid before parliament on Monday. \"Nine of the twelve projects "
     "ran over budget,\" the report added.", "Audit Office", False),
    # 'according to the report', either side of the quote
    ("The Water Commission released its report on Monday. \"Rivers are in a poor state and getting "
     "worse every year,\" according to the report.", "Water Commission", False),
    ("The Water Commission released its report on Monday. According to the report, \"rivers are in a "
     "poor state and getting worse every year\".", "Water Commission", False),
    # a ruling's maker is the one who decides in the sentence before
    ("The Constitutional Court on Friday dismissed an application by the Harare City Council to delay the "
     "vote. \"The council has had two years to prepare and offers no reason for its delay,\" the "
     "judgment said.", "Constitutional Court", False),
    # 'The letter said: "..."'
    ("Tenants of the estate wrote to Mayor Helen Achterberg on Friday. Achterberg received a letter "
     "signed by Karel Visser. The letter said: \"We have had no heating since November and nobody "
     "answers our calls.\"", "Karel Visser", False),
])
def test_a_documents_words_are_its_authors_marked_as_a_guess(text: str, author: str, doubt: bool) -> None:
    data = draft(text)
    assert speakers(data) == [author], data.get("quotes")
    quote = data["quotes"][0]
    # (round 10: marked uncertain only when the author is one who speaks of it; one the sentence
    # says made it, owns it or decided it is its author beyond doubt: 'inferred' tells how)
    assert quote["inferred"]["speaker"] and ("speaker" in quote.get("uncertain", {})) == doubt


@pytest.mark.parametrize("text", [
    # no author named near the document: not drafted, counted (never a silent guess)
    "Officials met on Monday. \"Rivers are in a poor state and getting worse every year,\" the report said.",
    # two makers in the sentence that names it: which one wrote it, the text does not say
    ("The Water Commission and the Audit Office published a joint report on Monday. \"Rivers are in a "
     "poor state and getting worse every year,\" the report said."),
    # a spokesperson nobody names, no organisation: unattributed as before
    "\"We are looking into the matter and will say more next week,\" a spokesperson said.",
])
def test_a_document_or_an_unnamed_source_without_an_author_stays_unattributed(text: str) -> None:
    drafted = draft_records(text, Meta("Rules", PUBLISHED, "rules"))
    assert drafted.data.get("quotes", []) == []
    assert drafted.unattributed == 1


def test_a_named_persons_quote_is_unchanged() -> None:
    data = draft("The Water Commission published its report on Monday. \"Rivers are in a poor state "
                 "and getting worse every year,\" Mary Lee said.")
    assert speakers(data) == ["Mary Lee"]
    assert "uncertain" not in data["quotes"][0] and "inferred" not in data["quotes"][0]

