"""What the render phase keeps once per build (`Model.memo`: a record's naming and name, its
speakers, its link from one page folder, its dates) changes no page: every page equals the page
rendered traced (a traced page, as under `mkdocs serve`, asks the records themselves and never
the memo), and a record that is not the model's own is named or dated by itself. The memo lives
with its model: a new build's model starts empty, and it holds a few entries per record."""

from __future__ import annotations

from markupsafe import Markup

from briefing.model.build import build_model
from briefing.model.model import Model
from briefing.pages import incremental, render
from briefing.pages.page import PageContext
from conftest import MINI, ROOT


def traced_pages(model: Model) -> dict[str, str]:
    incremental.forget()
    try:
        pages, rendered = render.render_counted(model, keep=True)
    finally:
        incremental.forget()
    assert rendered == len(pages)  # every page rendered traced, none kept from before
    return pages


def test_every_page_is_the_same_as_rendered_traced() -> None:
    model = build_model(ROOT)
    pages = render.render_site(model)
    assert model.memo  # the untraced render kept its values
    assert render.render_site(model) == pages  # again, from a full memo
    assert traced_pages(build_model(ROOT)) == pages


def test_a_record_that_is_not_the_models_is_named_by_itself() -> None:
    model = build_model(MINI)
    person = model.all("people")[0]
    page = PageContext(model, "topics/any.md")
    assert f"[{person.name}]" in page.link(person)
    assert f"[{person.name}]" in page.link(("people", person.id))
    renamed = person.model_copy(update={"name": "Someone Else"})
    assert "[Someone Else]" in page.link(renamed)
    quote = model.all("quotes")[0]
    other = next(p.id for p in model.all("people") if ("people", p.id) not in model.speakers(quote))
    assert model.speakers(quote.model_copy(update={"speaker": other})) == (("people", other),)


def test_the_memo_lives_with_its_model_and_holds_a_few_entries_per_record() -> None:
    first = build_model(ROOT)
    render.render_site(first)
    records = sum(len(by_id) for by_id in first.records.values())
    folders = len(first.records) + 1  # a folder per kind and the site's root
    # A naming, a name, speakers and two dates (`date`, `end_date`) per record, and its link
    # from each folder.
    assert 0 < len(first.memo) <= records * (5 + folders)
    assert build_model(ROOT).memo == {}


def test_a_date_is_kept_per_record_field_and_empty_text() -> None:
    """`page.when` keeps its answer per record, field and text for no date: each equals the
    answer asked of the record itself, whichever was asked first."""
    model = build_model(ROOT)
    page = PageContext(model, "meetings/any.md")
    meeting = next(m for m in model.all("meetings") if m.end_date and m.inferred.get("end_date"))
    undated = next(m for m in model.all("meetings") if not m.date and not m.after)
    asked = [(meeting, "date", ""), (meeting, "end_date", ""), (undated, "date", ""),
             (undated, "date", "not dated"), (undated, "end_date", "—")]
    answers = [page.when(record, field, empty) for record, field, empty in asked]
    assert answers[0].startswith("July 2023") and answers[1].startswith("20 July 2023")
    assert answers[2] == "" and answers[3] == "not dated" and answers[4] == "—"
    for (record, field, empty), answer in zip(asked, answers, strict=True):
        assert answer == page._when(record, field, empty)
        assert page.when(record, field, empty) == answer  # from the memo now
    # A record that is not the model's (an edited copy) is dated by itself.
    moved = meeting.model_copy(update={"date": "2021-05-04"})
    assert page.when(moved) == page._when(moved, "date", "") != answers[0]


def test_a_link_is_kept_per_text_and_markup_text_is_not_kept() -> None:
    """A link's own text is part of what is kept ('their meeting', 'the meeting'); a text that is
    markup is never kept, as it equals (and hashes as) the same characters as text, which are
    escaped."""
    model = build_model(MINI)
    meeting = model.all("meetings")[0]
    page = PageContext(model, "quotes/any.md")
    assert "[their meeting]" in page.link(meeting, text="their meeting")
    assert "[the meeting]" in page.link(meeting, text="the meeting")
    assert r"[a\*b]" in page.link(meeting, text="a*b")
    assert "[a*b]" in page.link(meeting, text=Markup("a*b"))
    assert r"[a\*b]" in page.link(meeting, text="a*b")
