"""What a person must look at in a drafted briefing, most important first: the values the draft
marks uncertain, names that may be one person or two, possible matches in imported briefings,
generated text to rewrite, then every other draft. Each item carries its record's file and
line, and the sentence of the article it stands on, within its paragraph.

Pure: the linked model in, items out. `briefing review` prints and accepts them; under
`mkdocs serve` the review page lists them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from briefing.data.article import locate, sentence_spans
from briefing.model.model import Key, Model
from briefing.model.names import display_name

# In the order a reviewer should take them.
CATEGORIES = {
    "uncertain": "Values the draft could read two ways",
    "one-or-two": "Names that may be one person or two",
    "match": "Possible matches in imported briefings",
    "rewrite": "Generated text to rewrite in your own words",
    "check": "Other drafted records to check against the article",
}
# Fields whose text the drafter wrote itself (not copied from the article).
GENERATED = {"briefing": ("summary", "why_it_matters"), "statements": ("gist",),
             "timeline": ("label",), "topics": ("description",)}
# A proposed link to another briefing's record (see `briefing new --import`).
MATCH_FIELDS = ("same_as", "wikidata")


@dataclass(frozen=True)
class Item:
    category: str
    kind: str
    id: str
    name: str
    field: str
    reason: str
    file: str
    line: int
    paragraph: int | None
    text: str  # the whole paragraph
    start: int  # the sentence, within `text`
    end: int

    @property
    def ref(self) -> str:
        return f"{self.kind}/{self.id}"

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ref": self.ref, "sentence": self.text[self.start:self.end]}


def items(model: Model) -> list[Item]:
    """Everything to review, most important first; within a category, in file order."""
    found = [*_uncertain(model), *_one_or_two(model), *_generated(model)]
    listed = {(item.kind, item.id) for item in found}
    found += [_item(model, key, "check", "draft", "drafted from the article; not yet checked")
              for key in _drafted(model) if key not in listed]
    order = list(CATEGORIES)
    return sorted(found, key=lambda item: order.index(item.category))


def _drafted(model: Model) -> list[Key]:
    found = [("briefing", model.briefing.id)] if model.briefing.draft else []
    return found + [(kind, record_id) for kind, by_id in model.records.items()
                    for record_id, record in by_id.items() if getattr(record, "draft", False)]


def _record(model: Model, key: Key) -> Any:
    return model.briefing if key[0] == "briefing" else model.get(key)


def _every(model: Model) -> list[Key]:
    return [("briefing", model.briefing.id)] + [(kind, record_id) for kind, by_id in
                                                 model.records.items() for record_id in by_id]


def _uncertain(model: Model) -> list[Item]:
    return [_item(model, key, "match" if field in MATCH_FIELDS else "uncertain", field, reason)
            for key in _every(model)
            for field, reason in sorted(getattr(_record(model, key), "uncertain", {}).items())]


def _one_or_two(model: Model) -> list[Item]:
    """Two people, one of them a draft, sharing their last name word or an alias."""
    people = model.all("people")
    found = []
    for number, person in enumerate(people):
        for other in people[number + 1:]:
            if not (person.draft or other.draft) or not _may_be_one(person, other):
                continue
            drafted, known = (person, other) if person.draft else (other, person)
            found.append(_item(model, ("people", drafted.id), "one-or-two", "name",
                               f"“{drafted.name}” and “{known.name}” (people/{known.id}) may be "
                               "one person: merge them (keep one, add the other name to its "
                               "aliases) or keep both"))
    return found


def _may_be_one(person: Any, other: Any) -> bool:
    names = {str(person.name).split()[-1].lower(), *(str(a).lower() for a in person.aliases)}
    others = {str(other.name).split()[-1].lower(), *(str(a).lower() for a in other.aliases)}
    return bool(names & others)


def _generated(model: Model) -> list[Item]:
    return [_item(model, key, "rewrite", field, "written by the draft, not the article: "
                  "rewrite it in your own words, or check it says what the article says")
            for key in _drafted(model) for field in GENERATED.get(key[0], ())
            if getattr(_record(model, key), field, None)]


def _item(model: Model, key: Key, category: str, field: str, reason: str) -> Item:
    record = _record(model, key)
    file, line = model.where(key, field)
    paragraph, text, start, end = _sentence(model, key, record)
    name = record.title if key[0] == "briefing" else display_name(record)
    return Item(category, key[0], key[1], str(name), field, str(reason), file, line, paragraph,
                text, start, end)


def _sentence(model: Model, key: Key, record: Any) -> tuple[int | None, str, int, int]:
    """The sentence the record stands on: where its words are quoted, or it is first named."""
    words = getattr(record, "text", None)
    number = getattr(record, "paragraph", None)
    if words and number:
        paragraph = model.article.paragraph(number)
        return _around(number, paragraph, (locate(paragraph, words) or (0, 0))[0])
    mentions = model.mentions.get(key, ())
    if mentions:
        first = mentions[0]
        return _around(first.paragraph, model.article.paragraph(first.paragraph), first.start)
    cited = record.cited_paragraphs() if hasattr(record, "cited_paragraphs") else ()
    if cited:
        paragraph = model.article.paragraph(cited[0])
        return cited[0], paragraph, 0, len(paragraph)
    return None, "", 0, 0


def _around(number: int, paragraph: str, offset: int) -> tuple[int, str, int, int]:
    for start, end in sentence_spans(paragraph):
        if start <= offset < end:
            return number, paragraph, start, end
    return number, paragraph, 0, len(paragraph)
