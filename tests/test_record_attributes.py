"""A record asked for a name that is not one of its fields (core/schema.py, `Strict.__getattr__`):
the same answer as pydantic's, an AttributeError with its words, without asking the class
through pydantic's metaclass."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import PrivateAttr
from pydantic._internal import _model_construction

from briefing.core.schema import Person, Strict


def person() -> Person:
    return Person.model_validate({"id": "kerry", "name": "John Kerry", "paragraphs": [1]})


class WithOwn(Strict):
    """A model with what pydantic's `__getattr__` serves: a private attribute, and a property
    whose own AttributeError must come out as it is."""

    value: int = 1
    _secret: int = PrivateAttr(default=7)

    @property
    def broken(self) -> int:
        raise AttributeError("the property's own words")


def test_a_missing_field_is_pydantic_s_attribute_error() -> None:
    record = person()
    assert getattr(record, "audience", "absent") == "absent"
    assert not hasattr(record, "on_behalf_of")
    with pytest.raises(AttributeError) as raised:
        record.audience  # type: ignore[attr-defined]  # noqa: B018
    assert str(raised.value) == "'Person' object has no attribute 'audience'"
    assert record.name == "John Kerry" and record.description is None


def test_private_attributes_and_failing_properties_are_pydantic_s() -> None:
    own = WithOwn()
    assert own._secret == 7
    with pytest.raises(AttributeError, match="the property's own words"):
        own.broken  # noqa: B018
    with pytest.raises(AttributeError, match="'WithOwn' object has no attribute 'other'"):
        own.other  # type: ignore[attr-defined]  # noqa: B018


def test_a_missing_field_does_not_ask_the_metaclass(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    metaclass_getattr = vars(_model_construction.ModelMetaclass)["__getattr__"]

    def counting(cls: Any, name: str) -> Any:
        asked.append(name)
        return metaclass_getattr(cls, name)

    monkeypatch.setattr(_model_construction.ModelMetaclass, "__getattr__", counting)
    record = person()
    assert getattr(record, "audience", None) is None
    assert asked == []
