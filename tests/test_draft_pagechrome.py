"""A scraped page's chrome inside and above the text: the headline among the short lines
above it (not a menu, a share row, the writer's name or a place), a newsletter box or an
advertisement inside the text, and 'Read more: ...' set between paragraphs (the text goes on
below it: it does not end there)."""

from __future__ import annotations

import pytest

from briefing.new.draft.paragraphs import split_article

BODY = ("Kenya's Court of Appeal on Friday upheld a ruling that struck down a 1.5% housing levy "
        "on salaries, dealing a blow to the government's plan to build affordable homes.")
SECOND = ("Attorney General Justin Muturi said the government would appeal to the Supreme Court. "
          "\"We respect the court, but we believe the levy is lawful,\" he told reporters.")
LAST = ("The levy, introduced in July 2023, had raised about 40 billion shillings by December, "
        "according to the Treasury.")


def split(*blocks: str) -> tuple[str | None, tuple[str, ...]]:
    result = split_article("\n\n".join(blocks) + "\n")
    return result.headers.get("headline"), result.paragraphs


@pytest.mark.parametrize("above", [
    ["Menu", "World  Politics  Business  Sport  Culture", "Advertisement",
     "Supreme Court blocks Nairobi housing levy", "Judges say the charge was passed without a vote",
     "Nicholas Otieno", "Nairobi", "Fri 26 Jan 2024 14.05 GMT"],
    ["World | Africa", "Supreme Court blocks Nairobi housing levy", "Share  Tweet  Email"],
    ["Menu Search Log in", "Supreme Court blocks Nairobi housing levy"],
    ["Supreme Court blocks Nairobi housing levy"],
])
def test_the_headline_is_the_first_short_line_that_reads_as_one(above: list[str]) -> None:
    headline, paragraphs = split(*above, BODY, SECOND)
    assert headline == "Supreme Court blocks Nairobi housing levy"
    assert paragraphs == (BODY, SECOND)


@pytest.mark.parametrize("inside", [
    ["Sign up to our Africa newsletter", "Free weekly newsletter",
     "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
     "funded by outside parties.", "after newsletter promotion"],
    ["Advertisement"],
    ["Read more: Kenya's cost of living protests explained"],
    ["READ MORE | Why the housing levy divides Kenyans"],
    ["Share  Tweet  Email"],
])
def test_a_box_or_a_link_inside_the_text_is_left_out_and_the_text_goes_on(inside: list[str]) -> None:
    _, paragraphs = split(BODY, *inside, SECOND, LAST)
    assert paragraphs == (BODY, SECOND, LAST)


def test_related_links_below_the_text_still_end_it() -> None:
    _, paragraphs = split(BODY, SECOND, LAST, "Related stories", "Milk prices fall for third month",
                          "Read more: Dairy farmers march in Dublin",
                          "A comment from a reader that runs on as a full sentence of its own, "
                          "which is not the article's.")
    assert paragraphs == (BODY, SECOND, LAST)


@pytest.mark.parametrize("sentence", [
    "Read more about the ruling in the court's 80-page judgment, which was published on Friday.",
    "Advertisement revenue fell by a third, the company said in its annual report on Monday.",
    "Sign up to our newsletter, the minister told farmers in jest, before turning to the levy.",
])
def test_a_sentence_of_the_article_is_never_taken_for_chrome(sentence: str) -> None:
    _, paragraphs = split(BODY, sentence, SECOND)
    assert paragraphs == (BODY, sentence, SECOND)


@pytest.mark.parametrize("below", [
    "Related\nMilk prices fall for third month\nTags: Kenya, housing, courts\n"
    "© 2024 Nairobi Daily. All rights reserved.",
    "Photo: Protesters outside the court on Friday. (AFP/Simon Maina)\n\nMore on this story\n"
    "Why the levy divides Kenyans\nCopyright 2024 Nairobi Daily.",
])
def test_a_block_of_page_lines_below_the_text_is_not_its_last_paragraph(below: str) -> None:
    """Below the text, 'Related' over links, tags and the copyright line in one block (no blank
    line): joined, the block ended in a full stop, so it did not read as the page below the
    text and became the article's last paragraph (topics were drafted from its links)."""
    _, paragraphs = split(BODY, SECOND, LAST, below)
    assert paragraphs == (BODY, SECOND, LAST)
