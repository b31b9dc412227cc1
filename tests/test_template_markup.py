"""The page templates mark nothing safe by hand: a macro returns markup (autoescaping is on, with
Markdown escaping in place of HTML's), so its output is written once, never escaped twice, and
every other `{{ value }}` is escaped as Markdown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markupsafe import Markup

from briefing.model.build import build_model
from briefing.pages.render import anchor, environment, render_site
from conftest import MINI

TEMPLATES = Path(__file__).resolve().parents[1] / "hooks" / "briefing" / "pages" / "templates"


def test_no_template_marks_a_value_safe_by_hand() -> None:
    uses = [f"{path.name}:{number}" for path in sorted(TEMPLATES.glob("*.j2"))
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
            if "| safe" in line or "|safe" in line]
    assert uses == []


def test_a_macros_output_is_written_once_and_data_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "own.md.j2").write_text(
        '{% macro link(name) %}[{{ name }}](x.md){% endmacro %}'
        '{{ link(name) }} · {{ name }} · {{ [link(name), name] | join(", ") }}', "utf-8")
    page = environment(tmp_path).get_template("own.md.j2").render(name="*Ada* <b>")
    escaped = r"\*Ada\* &lt;b&gt;"
    assert page == f"[{escaped}](x.md) · {escaped} · [{escaped}](x.md), {escaped}"


def test_an_anchor_is_a_record_id_or_nothing() -> None:
    assert anchor("paris-talks-2") == Markup("paris-talks-2")
    for hostile in ("x } <script>", "a b", "", "Ü"):
        with pytest.raises(ValueError):
            anchor(hostile)


def test_a_briefings_own_template_edited_between_builds_is_used(tmp_path: Path) -> None:
    """Templates are checked against their files once a build (not at every page), so an edit
    under `mkdocs serve` still shows on the next build."""
    model = build_model(MINI)
    own = tmp_path / "timeline.md.j2"
    own.write_text("# Timeline\n\nFirst version.\n", "utf-8")
    assert "First version." in render_site(model, tmp_path)["timeline.md"]
    own.write_text("# Timeline\n\nSecond version.\n", "utf-8")
    later = own.stat().st_mtime + 5
    os.utime(own, (later, later))
    assert "Second version." in render_site(model, tmp_path)["timeline.md"]
