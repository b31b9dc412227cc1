"""Templates read typed records: every `record.field` in a kind's template, and every field read
from a variable named after a kind (`quote.meeting`, `person.roles`, `figure.unit`), is a field
or property of that kind's model. Renaming a field in schema.py fails here at every template
that still reads the old name, as mypy fails at every Python use."""

from __future__ import annotations

from importlib import resources

import pytest
from jinja2 import Environment, nodes
from pydantic import BaseModel

from briefing.core import schema
from briefing.core.kinds import KINDS
from briefing.model import relations
from briefing.pages import diagrams, notstated, provenance, said
from briefing.pages.page import PageContext

TEMPLATES = resources.files("briefing.pages") / "templates"
# The templates name a variable after what it holds: these names always hold these models.
BY_NAME: dict[str, type[BaseModel]] = {
    "person": schema.Person, "organisation": schema.Organisation, "place": schema.Place,
    "meeting": schema.Meeting, "event": schema.Meeting, "quote": schema.Quote,
    "statement": schema.Statement, "topic": schema.Topic, "figure": schema.Figure,
    "entry": schema.TimelineEntry, "role": schema.Role, "briefing": schema.Briefing,
    "source": schema.Source}
# ...and the helpers the renderer passes in: a renamed helper is found the same way.
HELPERS: dict[str, object] = {"page": PageContext, "rel": relations, "said": said,
                              "provenance": provenance, "diagrams": diagrams,
                              "notstated": notstated}
OF_TEMPLATE = {kind.template: kind.model for kind in KINDS.values() if kind.template}
NAMES = sorted(entry.name for entry in TEMPLATES.iterdir() if entry.name.endswith(".j2"))


def reads(template: str) -> list[tuple[str, str, int]]:
    """(variable, field, line) of every `variable.field` in a template."""
    tree = Environment().parse(TEMPLATES.joinpath(template).read_text(encoding="utf-8"))
    return [(node.node.name, node.attr, node.lineno) for node in tree.find_all(nodes.Getattr)
            if isinstance(node.node, nodes.Name)]


def unknown_fields(template: str) -> list[str]:
    models = {**BY_NAME, **({"record": OF_TEMPLATE[template]} if template in OF_TEMPLATE else {})}
    fields = [f"{template}:{line}: {name}.{field} ({models[name].__name__} has no '{field}')"
              for name, field, line in reads(template)
              if name in models and field not in models[name].model_fields
              and not hasattr(models[name], field)]
    return fields + [f"{template}:{line}: {name}.{field} (no such helper)"
                     for name, field, line in reads(template)
                     if name in HELPERS and not hasattr(HELPERS[name], field)]


@pytest.mark.parametrize("template", NAMES)
def test_every_field_a_template_reads_exists(template: str) -> None:
    assert unknown_fields(template) == []


def test_the_check_sees_the_templates_reads() -> None:
    found = {(name, field) for template in NAMES for name, field, _ in reads(template)}
    assert {("record", "native_name"), ("quote", "paragraph"), ("figure", "name"),
            ("briefing", "key_people")} <= found
    assert len(OF_TEMPLATE) == 8 and set(OF_TEMPLATE) <= set(NAMES)


def test_a_renamed_field_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = dict(schema.Person.model_fields)
    del fields["native_name"]
    monkeypatch.setattr(schema.Person, "model_fields", fields)
    assert "person.md.j2" in " ".join(unknown_fields("person.md.j2"))
    assert any("record.native_name (Person has no 'native_name')" in problem
               for problem in unknown_fields("person.md.j2"))
