"""Rules of round 13 of issue 18 (events): a link to another story inside the text in the
language of the page around English copy ('Lire aussi : X') is skipped, not the end of the
article. Guard rows keep what is right. Publication date: Wednesday 4 March 2026
(ruletable.PUBLISHED)."""

from __future__ import annotations

from typing import Any

from ruletable import draft, meetings

_ = meetings  # (used by the tables below)


def _quotes(text: str) -> list[str]:
    data: dict[str, Any] = draft(text)
    return [q["text"] for q in data.get("quotes", [])]


_LEDE = ("The mayor of Toliara, Voahirana Randria, met the regional director of the water board, "
         "Faly Rakotoarisoa, at the town hall on Tuesday to discuss the cuts in the west of the town.\n\n"
         "Parts of the town have had running water for only three hours a day since January, when two "
         "of the pumps at the main station broke down.")
_BELOW = ("\"We cannot wait another month for pumps,\" Randria said after the meeting, adding that "
          "the town would buy water from private carts until then.")


def test_a_read_also_line_in_the_pages_language_does_not_end_the_article() -> None:
    for line in ("Lire aussi : Sécheresse dans le Sud : 12 communes en alerte",
                 "Leia também: Seca no Sul deixa 12 cidades em alerta",
                 "Lea también: La sequía en el sur afecta a 12 municipios"):
        assert _quotes(f"{_LEDE}\n\n{line}\n\n{_BELOW}") == ["We cannot wait another month for pumps"], line


def test_a_related_heading_below_the_text_still_ends_it() -> None:
    # guard: 'Lire aussi' over a list of links after the last paragraph is the page below it
    text = f"{_LEDE}\n\n{_BELOW}\n\nLire aussi\n\nSécheresse dans le Sud\n\nGrève au port"
    assert _quotes(text) == ["We cannot wait another month for pumps"]
