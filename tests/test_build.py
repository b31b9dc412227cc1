"""Real `mkdocs build` runs: failures stop before writing, output is deterministic,
templates can be overridden, and the same core writes the pages to disk for other engines."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from briefing.cli.output import MARKER
from briefing.cli.schema_doc import schema_markdown
from briefing.core.settings import Settings
from briefing.engine import generate
from conftest import MINI, ROOT, mkdocs, site_project


def all_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_data_error_fails_the_build_and_writes_no_site(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    quotes = project / "data/quotes.yml"
    quotes.write_text(quotes.read_text().replace("speaker: ada-lovelace", "speaker: nobody"))
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "data/quotes.yml:4, record 'weaves-patterns', field 'speaker'" in output
    assert "Traceback" not in output
    assert not (project / "site").exists()


def test_data_error_leaves_the_last_good_site_untouched(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    assert mkdocs(project, "build", "-d", "site").returncode == 0
    before = (project / "site/index.html").read_bytes()
    (project / "data/places.yml").write_text("- id: london\n\tname: London\n")
    assert mkdocs(project, "build", "-d", "site").returncode != 0
    assert (project / "site/index.html").read_bytes() == before


def test_strict_build_fails_on_an_unresolved_link(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    (project / "docs/extra.md").write_text("# Extra\n\nSee [nobody](people/nobody.md).\n")
    result = mkdocs(project, "build", "--strict", "-d", "site")
    assert result.returncode != 0 and "people/nobody.md" in result.stdout + result.stderr


def test_two_builds_are_identical_but_for_the_sitemap(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    for name in ("one", "two"):
        assert mkdocs(project, "build", "--strict", "-d", name).returncode == 0
    one, two = project / "one", project / "two"
    files = all_files(one)
    assert files == all_files(two)
    differing = [f for f in files if not filecmp.cmp(one / f, two / f, shallow=False)]
    assert set(differing) <= {"sitemap.xml", "sitemap.xml.gz"}


def test_a_briefing_can_override_a_template(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    (project / "overrides").mkdir()
    (project / "overrides/person.md.j2").write_text("# {{ record.name }}\n\nOverridden person page.\n")
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(config.replace(
        "    seeds_dir: seeds\n", "    seeds_dir: seeds\n    templates_dir: overrides\n"))
    assert mkdocs(project, "build", "--strict", "-d", "site").returncode == 0
    assert "Overridden person page." in (project / "site/people/ada-lovelace/index.html").read_text()
    assert "Overridden" not in (project / "site/places/london/index.html").read_text()


def test_a_hand_written_page_may_not_hide_a_generated_one(tmp_path: Path) -> None:
    project = site_project(tmp_path, MINI)
    (project / "docs/people").mkdir()
    (project / "docs/people/ada-lovelace.md").write_text("# Mine\n")
    result = mkdocs(project, "build", "-d", "site")
    assert result.returncode != 0 and "docs/people/ada-lovelace.md" in result.stdout + result.stderr
    assert not (project / "site").exists()


def test_generate_command_writes_the_same_pages_to_disk(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    result = subprocess.run([sys.executable, "-m", "briefing", "--root", str(MINI), "generate",
                             str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    pages = generate(Settings(MINI))
    assert all_files(out) == sorted([*pages, MARKER])
    for path, markdown in pages.items():
        assert (out / path).read_text(encoding="utf-8") == markdown


def test_generate_command_keeps_the_old_folder_on_a_data_error(tmp_path: Path, mini: Path) -> None:
    out = tmp_path / "pages"
    out.mkdir()
    (out / "keep.md").write_text("old")
    (out / MARKER).write_text("")  # a folder generate wrote before
    (mini / "data/places.yml").write_text("")
    result = subprocess.run([sys.executable, "-m", "briefing", "--root", str(mini), "generate",
                             str(out)], capture_output=True, text=True)
    assert result.returncode == 1 and "data/places.yml" in result.stderr
    assert all_files(out) == [MARKER, "keep.md"]


def test_data_format_reference_is_generated_from_the_schema() -> None:
    committed = (ROOT / "docs/data-format.md").read_text(encoding="utf-8")
    assert committed == schema_markdown(), "run: python -m briefing schema-doc > docs/data-format.md"
