"""An article pasted with its page's markup (character references, tags) is drafted from the
text a reader sees: the quoted words are found, the seed shows no '&#8217;' or '<p>', and what
a reader never sees (scripts, styles) is not drafted. Through `briefing new` for real."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.new.draft.markup import plain_text
from briefing.new.draft.source import check_article
from conftest import allow_drafts, mkdocs
from test_new import new


@pytest.mark.parametrize(("text", "expected"), [
    ("South Africa&#8217;s &quot;no confidence&quot; vote", "South Africa’s \"no confidence\" vote"),
    ("&#x201C;We will win,&#x201D; she said.", "“We will win,” she said."),
    ("AT&T and R&D stay; &amp; is one", "AT&T and R&D stay; & is one"),
    ("a&nbsp;b", "a b"),
    ("&madeup; is no reference", "&madeup; is no reference"),  # unknown names stay
    ("Plain text, “curly” and 'straight'.", "Plain text, “curly” and 'straight'."),
    ("The tags <p> and <br> are words in an article about HTML.",  # no block closed: prose
     "The tags <p> and <br> are words in an article about HTML."),
])
def test_character_references_are_the_characters_they_stand_for(text: str, expected: str) -> None:
    assert plain_text(text) == expected


def test_a_page_source_is_read_as_its_paragraphs() -> None:
    page = ("<html><head><title>x</title><style>p { color: red }</style></head><body>\n"
            "<h1>Senate rejects motion</h1>\n<p class=\"byline\">By Lerato Dlamini</p>\n"
            "<p>The National Assembly on Thursday\nrejected the motion.</p>"
            "<script>var quote = \"never drafted\";</script>"
            "<p>&#8220;A waste of time,&#8221; said <a href=\"/x\">Fikile Mbalula</a>.<br>"
            "He left.</p><!-- a comment --><noscript>Enable JavaScript</noscript></body></html>")
    assert plain_text(page) == (
        "Senate rejects motion\n\nBy Lerato Dlamini\n\n"
        "The National Assembly on Thursday rejected the motion.\n\n"
        "“A waste of time,” said Fikile Mbalula.\nHe left.\n")


def test_the_check_reads_the_text_a_reader_sees() -> None:
    with pytest.raises(ValueError, match="the article is empty"):
        check_article(b"<p></p><div><script>alert('many words here and there')</script></div>", "x")


HTML_ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Senate rejects motion | News</title>
<script>window.dataLayer = [{"quote": "\\u201cnever drafted\\u201d"}];</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<h1>Opposition leader&#8217;s bid fails as assembly rejects motion</h1>
<p class="byline">By Lerato Dlamini</p>
<p>CAPE TOWN &#8211; South Africa&#8217;s National Assembly on Thursday rejected a motion of no
confidence in President Cyril Ramaphosa by 241 votes to 49.</p>
<p>&#8220;This motion was a waste of Parliament&#8217;s time,&#8221; said Fikile Mbalula,
secretary-general of the African National Congress.</p>
<p>The Economic Freedom Fighters&nbsp;leader Julius Malema said the party would
&quot;take this fight to the streets&quot; and to the courts.</p>
<footer><p>&copy; 2022 Cape Daily. All rights reserved.</p></footer>
</body></html>
"""


def test_a_new_briefing_from_a_page_source_drafts_its_quotes(tmp_path: Path) -> None:
    article = tmp_path / "page.html"
    article.write_text(HTML_ARTICLE, encoding="utf-8")
    target = tmp_path / "vote"
    result = new(target, article)
    assert result.returncode == 0, result.stderr
    assert "2 quotes" in result.stdout, result.stdout
    (seed,) = (target / "seeds").glob("*.txt")
    text = seed.read_text(encoding="utf-8")
    assert "“This motion was a waste of Parliament’s time,” said Fikile Mbalula" in text
    assert not any(mark in text for mark in ("&#", "&quot;", "<p", "dataLayer", "never drafted"))
    quotes = (target / "data" / "quotes.yml").read_text(encoding="utf-8")
    assert "This motion was a waste of Parliament’s time" in quotes and "never drafted" not in quotes
    meta = seed.with_suffix(".yml").read_text(encoding="utf-8")
    assert "title: Opposition leader’s bid fails as assembly rejects motion" in meta
    assert "publisher: Cape Daily" in meta and "- Lerato Dlamini" in meta
    built = mkdocs(allow_drafts(target), "build", "--strict", "-d", "site")
    assert built.returncode == 0, built.stderr
