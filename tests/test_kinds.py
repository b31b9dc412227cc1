"""Each kind is declared once (kinds.py); addresses and types follow from the declaration."""

from __future__ import annotations

import pytest

from briefing.core.kinds import KINDS, named_kinds, page_kinds
from briefing.model import urls


@pytest.mark.parametrize(("key", "page", "link"), [
    (("people", "wang-yi"), "people/wang-yi.md", "people/wang-yi.md"),
    (("organisations", "xinhua"), "organisations/xinhua.md", "organisations/xinhua.md"),
    (("figures", "visit-length"), "figures/visit-length.md", "figures/visit-length.md"),
    (("timeline", "kerry-xie-talks"), "timeline.md", "timeline.md#kerry-xie-talks"),
])
def test_a_record_s_address(key: tuple[str, str], page: str, link: str) -> None:
    assert urls.page_path(key) == page
    assert urls.at_record(key, urls.page_path(key)) == link


@pytest.mark.parametrize("key", [("things", "x"), ("people", "../x"), ("people", "")])
def test_no_address_outside_the_kinds_and_slugs(key: tuple[str, str]) -> None:
    with pytest.raises(ValueError):
        urls.page_path(key)


def test_the_declared_kinds() -> None:
    assert list(KINDS) == ["people", "organisations", "places", "meetings", "quotes", "statements",
                           "topics", "figures", "timeline"]
    assert page_kinds() == ("people", "organisations", "places", "meetings", "quotes", "statements",
                          "topics", "figures")
    assert named_kinds() == ("people", "organisations", "places", "topics")
    assert {name: kind.jsonld_type for name, kind in KINDS.items()} == {
        "people": "Person", "organisations": "Organization", "places": "Place",
        "meetings": "Event", "quotes": "Quotation", "statements": "Claim",
        "topics": "DefinedTerm", "figures": "PropertyValue", "timeline": "Event"}
    assert [name for name, kind in KINDS.items() if kind.caseless] == ["topics"]
