"""A briefing's own theme overrides (`theme.custom_dir`) apply beside the engine's: its
main.html is extended by the engine's, not shadowed by it."""

from __future__ import annotations

from pathlib import Path

from conftest import MINI, mkdocs, site_project

OWN_MAIN = """{% extends "base.html" %}
{% block extrahead %}
  {{ super() }}
  <meta name="x-newsroom" content="kept">
{% endblock %}
{% block footer %}<p class="x-newsroom-footer">Our own footer</p>{% endblock %}
"""


def test_the_briefings_own_main_html_and_the_engines_both_apply(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    (project / "overrides").mkdir()
    (project / "overrides/main.html").write_text(OWN_MAIN, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "theme:\n  name: material\n" in text
    config.write_text(text.replace("theme:\n  name: material\n",
                                   "theme:\n  name: material\n  custom_dir: overrides\n"), encoding="utf-8")
    built = mkdocs(project, "build", "--strict", "-d", "site")
    assert built.returncode == 0, built.stderr
    page = (project / "site/people/ada-lovelace/index.html").read_text(encoding="utf-8")
    assert '<meta name="x-newsroom" content="kept">' in page  # the briefing's own block
    assert 'class="x-newsroom-footer"' in page
    assert '<meta property="og:title" content="Ada Lovelace' in page  # and the engine's
    assert page.count('property="og:title"') == 1
