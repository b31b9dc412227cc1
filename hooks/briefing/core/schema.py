"""The data format: one pydantic model per kind of record in `data/`.

The models are the single source of truth for the format. `docs/data-format.md` is generated
from them (`python -m briefing schema-doc`), and a test fails if the two drift apart.
Reference fields carry `json_schema_extra={"ref": <kind>}` so that the linker can resolve them
without a hand-kept list.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]
HttpUrl = Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"']+$")]
Paragraph = Annotated[int, Field(ge=1)]
TEXT_MAX = 200_000  # characters of one text value
Text = Annotated[str, StringConstraints(min_length=1, max_length=TEXT_MAX)]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError("not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"not a real date ({error})") from None
    return value


# Dates are kept as text: a briefing often knows only a year or a month ("later this year").
PartialDate = Annotated[
    str,
    StringConstraints(strip_whitespace=True),
    AfterValidator(_check_partial_date),
    Field(description="YYYY-MM-DD, YYYY-MM or YYYY"),
]


# A speaker is a person or an organisation: a reference field may name several kinds.
SPEAKER_KINDS = ("people", "organisations")
SPEAKER = "|".join(SPEAKER_KINDS)
# A meeting's sides are organisations, or places taking part as one: a country's national team
# in a match ('Slovenia beat Serbia 3-2'), a country in talks.
SIDE_KINDS = ("organisations", "places")
SIDE = "|".join(SIDE_KINDS)


# Words that qualify a figure, as the article says them: "more than 3,500 runners".
QUALIFIERS = ("more than", "less than", "nearly", "about", "at least", "at most", "up to",
              "over", "under", "almost", "around", "some")
Qualifier = Literal["more than", "less than", "nearly", "about", "at least", "at most", "up to",
                    "over", "under", "almost", "around", "some"]


def ref(kind: str, description: str, **kwargs: Any) -> Any:
    """A field that names records of `kind` by id; the linker resolves it."""
    return Field(description=description, json_schema_extra={"ref": kind}, **kwargs)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    if not TYPE_CHECKING:  # as pydantic does: mypy would allow any attribute otherwise

        def __getattr__(self, name: str) -> Any:
            """A name that is not a field: pydantic's error, without its search. Pages ask a
            record for fields its kind may lack (`getattr(record, "audience", None)`: 5,600
            times at 1,000 pages); with no extra fields allowed, pydantic's `__getattr__` asks
            the class through its metaclass's and raises twice to say the same."""
            cls = type(self)
            if name in cls.__private_attributes__ or name in _class_names(cls):
                return super().__getattr__(name)  # a private attribute, or a descriptor that failed
            raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")


@functools.lru_cache(maxsize=64)  # (one entry per record class: the kinds and their parts)
def _class_names(cls: type) -> frozenset[str]:
    """Every name a model's class or its bases define."""
    return frozenset(name for base in cls.__mro__ for name in vars(base))


def optional(record: Any, name: str, default: Any = None) -> Any:
    """`getattr(record, name, default)`, without the two exceptions a miss raises: a record's
    kind lacks most fields of the others, and the engine asks for them (8,301 misses at 1,000
    pages, 7 µs each against 0.5 µs for a hit: 0.06 s of every build). A record answers no name
    outside its fields, its classes' names and its private attributes (see `__getattr__`)."""
    cls: type = record.__class__
    names = _answerable(cls)
    if names is not None and name not in names and name not in record.__dict__:
        return default
    return getattr(record, name, default)


@functools.lru_cache(maxsize=64)  # (one entry per record class, as `_class_names`)
def _answerable(cls: type) -> frozenset[str] | None:
    """The names an instance of a record class may answer; None for any other class, or a
    record class that answers other names its own way (`optional` asks those)."""
    if not issubclass(cls, Strict) or getattr(cls, "__getattr__", None) is not vars(Strict)["__getattr__"] \
            or cls.__getattribute__ is not object.__getattribute__:
        return None
    return frozenset(cls.model_fields) | _class_names(cls) | frozenset(cls.__private_attributes__)


class Record(Strict):
    """Fields every record has."""

    id: Slug = Field(description="Stable id: lower-case letters, digits and hyphens. "
                     "It makes the page address, so never reuse or retitle it.")
    paragraphs: tuple[Paragraph, ...] = Field(
        min_length=1, description="Paragraph numbers of the source article this record comes from.")
    inferred: dict[str, Text] = Field(
        default_factory=dict,
        description="Values the article does not state: field name -> where the value came from.")
    former_ids: tuple[Slug, ...] = Field(
        default=(), description="Ids this record had before; their addresses redirect here.")
    same_as: tuple[Text, ...] = Field(
        default=(), description="The same record in another briefing, as `briefing-id:kind/id`.")
    uncertain: dict[str, Text] = Field(
        default_factory=dict,
        description="Values `briefing new` drafted but could read two ways: field name -> the doubt "
        "(e.g. 'speaker': 'the ministry or its spokesperson'). Never shown to readers as fact; "
        "`briefing review` lists these first, and accepting the record clears them.")
    draft: bool = Field(
        default=False, description="True for a record `briefing new` drafted and nobody has checked "
        "yet. The site marks it draft and a publishing build refuses it (unless "
        "`extra.briefing.allow_drafts`). Check the record against the article, then delete the line.")


class Role(Strict):
    title: Text = Field(description="The role, e.g. 'U.S. Special Presidential Envoy for Climate'.")
    organisation: Slug | None = ref("organisations", "Organisation the role belongs to.",
                                    default=None)
    country: Slug | None = ref("places", "Country the role serves.", default=None)
    former: bool = Field(default=False, description="True for a role the person no longer holds.")
    inferred: dict[str, Text] = Field(default_factory=dict,
                                      description="Field name -> where the value came from.")


class Person(Record):
    name: Text = Field(description="Full name in Latin script.")
    native_name: Text | None = Field(default=None, description="Name in native script, e.g. 王毅.")
    aliases: tuple[Text, ...] = Field(
        default=(), description="Names the article uses: 'Kerry', 'U.S. climate envoy'.")
    roles: tuple[Role, ...] = Field(default=(), description="Roles, current and former.")
    description: Text | None = Field(default=None, description="One line on who this is.")
    wikidata: WikidataId | None = Field(default=None, description="Wikidata id, e.g. Q22316.")


class Organisation(Record):
    name: Text = Field(description="Full name.")
    native_name: Text | None = Field(default=None, description="Name in native script.")
    aliases: tuple[Text, ...] = Field(default=(), description="Names the article uses.")
    type: Text | None = Field(default=None, description="E.g. 'news agency', 'ministry'.")
    country: Slug | None = ref("places", "Country the organisation belongs to.", default=None)
    description: Text | None = Field(default=None, description="One line on what it is.")
    wikidata: WikidataId | None = Field(default=None, description="Wikidata id.")


class Place(Record):
    name: Text = Field(description="Name.")
    native_name: Text | None = Field(default=None, description="Name in native script.")
    aliases: tuple[Text, ...] = Field(default=(), description="Names the article uses.")
    type: Text | None = Field(default=None, description="E.g. 'city', 'building', 'country'.")
    located_in: Slug | None = ref("places", "The place this one lies in.", default=None)
    description: Text | None = Field(default=None, description="One line on what it is.")
    wikidata: WikidataId | None = Field(default=None, description="Wikidata id.")


class Dated(Record):
    """Fields of records that have a date."""

    date_basis: Slug | None = Field(
        default=None,
        description="Why the date is what it is, named once in briefing.yml `date_bases` (e.g. "
        "the year, or 'on Tuesday' counted from the published date); it stands for `inferred.date`.")
    after: PartialDate | None = Field(
        default=None,
        description="A date the article places this after, when it gives no closer one (e.g. "
        "'later this year' -> the day the article was written): it sorts after every dated "
        "record of its period and reads 'later in 2023, after 18 July'.")


class Meeting(Dated):
    """A meeting or any other event: talks, a speech, a visit, a heat record."""

    name: Text = Field(description="Short title, e.g. 'Kerry meets Wang Yi'.")
    type: Literal["meeting", "talks", "speech", "visit", "conference", "travel",
                  "weather", "summit", "other"] = Field(description="What kind of event.")
    date: PartialDate | None = Field(default=None, description="When it began.")
    end_date: PartialDate | None = Field(default=None, description="When it ended, if later.")
    time: Text | None = Field(default=None, description="Time of day as the article gives it.")
    status: Literal["held", "scheduled", "planned"] = Field(
        default="held", description="Whether it had happened when the article was written.")
    place: Slug | None = ref("places", "Where it took place.", default=None)
    participants: tuple[Slug, ...] = ref("people", "People who took part.", default=())
    organisations: tuple[Slug, ...] = ref(
        SIDE, "Organisations taking part; or a place that takes part as a side, such as a "
        "country whose national team plays a match, or a country in talks.", default=())
    duration: Text | None = Field(default=None, description="As the article gives it.")
    topics: tuple[Slug, ...] = ref("topics", "Topics discussed.", default=())
    part_of: Slug | None = ref("meetings", "A larger event this one belongs to.", default=None)
    summary: Text = Field(description="What happened, in a sentence or two.")


class Spoken(Dated):
    """Fields of what someone said: one speaker, or several speaking together."""

    speaker: Slug | None = ref(SPEAKER, "Who said it: a person or an organisation. "
                               "Give `speaker` or `speakers`, not both.", default=None)
    speakers: tuple[Slug, ...] = ref(
        SPEAKER, "Who said it, when several people or organisations said it together "
        "(\"the two ministers said\"): a list of ids.", default=())

    @model_validator(mode="after")
    def _one_way_to_name_speakers(self) -> Spoken:
        if self.speaker is not None and self.speakers:
            raise PydanticCustomError(
                "speaker_twice", "both `speaker` and `speakers` are given",
                {"field": "speakers", "hint": "Keep one: `speaker: id` for one speaker, "
                 "`speakers: [id, id]` for several."})
        if self.speaker is None and not self.speakers:
            raise PydanticCustomError(
                "speaker_missing", "no speaker: neither `speaker` nor `speakers` is given",
                {"field": "speaker", "hint": "Add `speaker: id` (a person or an organisation), "
                 "or `speakers: [id, id]` when several said it together."})
        if len(set(self.speakers)) != len(self.speakers):
            raise PydanticCustomError(
                "speaker_repeated", "`speakers` names the same id twice",
                {"field": "speakers", "hint": "Name each speaker once."})
        return self


class Quote(Spoken):
    """Words the article puts in quotation marks, full or partial."""

    paragraphs: tuple[Paragraph, ...] = Field(
        min_length=1, max_length=1,
        description="The one paragraph holding the words; they are checked verbatim against it.")
    text: Text = Field(description="The exact words, without the surrounding quotation marks.")
    partial: bool = Field(description="True when only a fragment of a sentence is quoted.")
    addressees: tuple[Slug, ...] = ref("people", "Who it was said to.", default=())
    audience: Text | None = Field(default=None,
                                  description="Who heard it, when not a named person.")
    on_behalf_of: Slug | None = ref("people", "Whose message the speaker relayed.", default=None)
    about: tuple[Slug, ...] = ref("people", "People the words are about.", default=())
    reported: Text = Field(description="How it reached the article, e.g. 'reported by Xinhua'.")
    reported_by: Slug | None = ref("organisations", "Who reported it, if not the article.",
                                   default=None)
    meeting: Slug | None = ref("meetings", "Meeting or event where it was said.", default=None)
    date: PartialDate | None = Field(default=None, description="When it was said.")
    topics: tuple[Slug, ...] = ref("topics", "Topics it touches.", default=())
    context: Text | None = Field(default=None, description="What prompted it.")

    @property
    def paragraph(self) -> int:
        return self.paragraphs[0]


class Statement(Spoken):
    """Reported (indirect) speech: what someone said, without quotation marks."""

    gist: Text = Field(description="What was said, in our words.")
    addressees: tuple[Slug, ...] = ref("people", "Who it was said to.", default=())
    audience: Text | None = Field(default=None,
                                  description="Who heard it, when not a named person.")
    reported: Text = Field(description="How it reached the article.")
    reported_by: Slug | None = ref("organisations", "Who reported it, if not the article.",
                                   default=None)
    meeting: Slug | None = ref("meetings", "Meeting or event where it was said.", default=None)
    date: PartialDate | None = Field(default=None, description="When it was said.")
    topics: tuple[Slug, ...] = ref("topics", "Topics it touches.", default=())


class Topic(Record):
    name: Text = Field(description="Name, e.g. 'Climate finance'.")
    aliases: tuple[Text, ...] = Field(default=(), description="Words the article uses for it.")
    description: Text = Field(description="What it means in this briefing.")
    parent: Slug | None = ref("topics", "A broader topic.", default=None)


class Figure(Dated):
    """A number the article gives."""

    name: Text = Field(description="Short title, e.g. 'Death Valley temperature'.")
    value: float = Field(allow_inf_nan=False, description="The number, in full: '21.6 billion tolars' "
                         "is 21600000000, '$47 million' 47000000, '5 crore rupees' 50000000.")
    unit: Text = Field(description="Its unit, or what is counted, without a scale word: '°C', "
                       "'hours', 'tolars', '$', 'rupees'.")
    as_written: Text = Field(description="The words of the article, checked verbatim.")
    measures: Text = Field(description="What the number measures.")
    approximate: bool = Field(default=False, description="True for a value the article gives "
                              "as approximate; shown as 'about'. Prefer `qualifier`.")
    qualifier: Qualifier | None = Field(
        default=None, description="The article's word for how exact the number is, shown before "
        "it: 'more than 3,500 runners'.")
    conversions: tuple[Text, ...] = Field(default=(), description="Other units, e.g. '128 °F'.")
    place: Slug | None = ref("places", "Where.", default=None)
    date: PartialDate | None = Field(default=None, description="When.")
    meeting: Slug | None = ref("meetings", "The event it belongs to.", default=None)
    topics: tuple[Slug, ...] = ref("topics", "Topics it illustrates.", default=())


class TimelineEntry(Dated):
    date: PartialDate = Field(description="When.")
    label: Text = Field(description="What happened, in a few words.")
    meeting: Slug | None = ref("meetings", "The event this entry marks.", default=None)


class Source(Strict):
    """Metadata of a source article, kept beside its text in `seeds/<file>.yml`."""

    id: Slug = Field(description="Id of the article.")
    title: Text = Field(description="Title of the article.")
    title_is_ours: bool = Field(description="True when the article came without a title.")
    authors: tuple[Text, ...] = Field(default=(), description="Who wrote it, as its byline "
                                      "names them, e.g. ['Aoife Brennan'].")
    publisher: Text | None = Field(default=None, description="Who published it, where known.")
    published: PartialDate | None = Field(default=None, description="Publication date.")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")] = Field(
        description="BCP 47 language tag, e.g. 'en'.")
    url: HttpUrl | None = Field(default=None, description="Where it was published.")
    inferred: dict[str, Text] = Field(default_factory=dict,
                                      description="Field name -> where the value came from.")


class Briefing(Strict):
    """`data/briefing.yml`: the briefing itself."""

    id: Slug = Field(description="Id of the briefing; other briefings cite it by this id.")
    title: Text = Field(description="Title of the briefing.")
    summary: Text = Field(description="What happened.")
    why_it_matters: Text = Field(description="Why it matters.")
    start_date: PartialDate = Field(description="First day the briefing covers.")
    end_date: PartialDate | None = Field(default=None, description="Last day it covers.")
    updated: PartialDate | None = Field(
        default=None, description="When the briefing was last revised; its feeds and published "
        "index carry it (else the source's published date). Never the build's clock.")
    source: Slug = Field(description="Id of the source article in `seeds/`; paragraphs cite it.")
    key_people: tuple[Slug, ...] = ref("people", "People the home page leads with.", default=())
    key_figures: tuple[Slug, ...] = ref("figures", "Figures the home page shows.", default=())
    inferred: dict[str, Text] = Field(default_factory=dict,
                                      description="Field name -> where the value came from.")
    date_bases: dict[Slug, Text] = Field(
        default_factory=dict,
        description="Reasons shared by many dates, written once: name -> reason (e.g. "
        "`published-date`: \"Stated as a weekday; counted from the published date.\"). "
        "A record names one in `date_basis`.")
    imports: dict[Slug, Text] = Field(
        default_factory=dict,
        description="Other briefings to link to: briefing id -> URL or path of its site root.")
    draft: bool = Field(default=False, description="True while the summary and dates are as "
                        "`briefing new` drafted them; delete the line once checked.")
