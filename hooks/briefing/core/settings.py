"""Where a briefing keeps its data: read from `extra.briefing` in mkdocs.yml, or defaults.

`Options` declares every setting once, with its type: an unknown key or a wrong type is a
problem naming the key and its line in mkdocs.yml, never a traceback and never ignored.
To add a setting, add a field to `Options`: `Settings`, what a run reads, extends it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from yaml_env_tag import construct_env_tag

from briefing.core.problems import DataError, Problem
from briefing.core.suggest import did_you_mean

MKDOCS_YML = "mkdocs.yml"


class Options(BaseModel):
    """`extra.briefing` in mkdocs.yml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: str = Field(default="data", description="Folder of the YAML data.")
    seeds_dir: str = Field(default="seeds", description="Folder of the source articles.")
    templates_dir: str | None = Field(default=None, description="Folder of template overrides.")
    import_cache: str = Field(default=".briefing-cache", description="Where fetched indexes are kept.")
    import_max_age_hours: float = Field(default=24.0, ge=0,
                                        description="Hours a fetched index is used without asking again.")
    offline: bool = Field(default=False, description="Never fetch an imported index.")
    import_max_bytes: int = Field(default=5_000_000, gt=0,
                                  description="Largest imported index accepted, in bytes.")
    import_timeout: float = Field(default=20.0, gt=0,
                                  description="Seconds a whole fetch of an index may take.")
    search: Literal["material", "pagefind"] = Field(default="material",
                                                    description="Which search the site uses.")
    allow_drafts: bool = Field(default=False,
                               description="Publish records still marked `draft: true` "
                               "(`mkdocs serve` always shows them).")
    refuse_drafts: bool | None = Field(default=None,
                                       description="Deprecated: use allow_drafts.")
    share_cards: bool = Field(default=True,
                              description="Draw a share image (og:image) for every page.")
    hub: str | None = Field(default=None, pattern=r"^https?://[^\s<>\"'()]+/$",
                            description="Address of a hub that gathers this briefing (ending in /): "
                            "each person, organisation, place and topic page links to its dossier there.")

    @field_validator("offline", "allow_drafts", "refuse_drafts", "share_cards", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> bool:
        """A yes/no option, also when it comes from `!ENV` as text: a word outside the
        documented ones ("ture", "y", "enabled") is an error, never read as no."""
        return yes_or_no(value)


# The documented yes/no words (YAML itself reads the unquoted ones as true or false).
YES = ("true", "yes", "on", "1")
NO = ("false", "no", "off", "0")


def yes_or_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower() if isinstance(value, (str, int)) else None
    if word in YES or word in NO:
        return word in YES
    raise ValueError(f"expected a yes/no word ({' or '.join(('true', 'false'))}; also "
                     f"{', '.join(YES[1:] + NO[1:])})")


class Settings(Options):
    """The settings a run uses: every `Options` field (declared once, above), resolved, and
    what the run knows besides mkdocs.yml's `extra.briefing`. `Settings(root, **options)`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    root: Path
    # The site's public address (mkdocs.yml `site_url`); it goes into the published index.
    site_url: str = ""
    # Under `mkdocs serve` (set by the adapter): nothing is published, drafts are shown, and a
    # review page lists them.
    previewing: bool = False
    # Worth telling whoever builds (a deprecated setting), not wrong.
    notes: tuple[str, ...] = ()
    # The site's language (mkdocs.yml `theme.language`): numbers are written its way.
    language: str = "en"

    def __init__(self, root: Path, /, **values: Any) -> None:
        super().__init__(**{"root": root, **values})

    def but(self, **changes: Any) -> Settings:
        """A copy with `changes`, validated as a new one is."""
        values = {**self.model_dump(exclude_none=True), **changes}
        return Settings(values.pop("root"), **values)

    @property
    def templates_path(self) -> Path | None:
        return self.root / self.templates_dir if self.templates_dir else None

    @classmethod
    def from_extra(cls, root: Path, extra: dict[str, Any] | None, site_url: str = "",
                   config_file: Path | None = None, language: str = "") -> Settings:
        """Settings from mkdocs.yml's `extra`; raises DataError naming each bad key."""
        raw = (extra or {}).get("briefing")
        options = _options({} if raw is None else raw, config_file or root / MKDOCS_YML)
        values = options.model_dump(exclude={"allow_drafts", "refuse_drafts"})
        allow, notes = _drafts_allowed(options)
        return cls(root, site_url=site_url, allow_drafts=allow, notes=notes,
                   language=language or "en", **values)


def _drafts_allowed(options: Options) -> tuple[bool, tuple[str, ...]]:
    """`allow_drafts`, or the deprecated `refuse_drafts` read the old way; given both, the
    safe answer: drafts are refused."""
    if options.refuse_drafts is None:
        return options.allow_drafts, ()
    both = "allow_drafts" in options.model_fields_set
    note = ("extra.briefing.refuse_drafts is deprecated: write `allow_drafts: "
            f"{str(not options.refuse_drafts).lower()}` instead"
            + (" (both are given: drafts are refused)" if both else ""))
    return (False if both else not options.refuse_drafts), (note,)


def _options(raw: Any, config_file: Path) -> Options:
    """The settings, validated. The lines of mkdocs.yml are read only to say where a setting
    is wrong: composing the file costs more than the rest of the settings (0.02 s a build)."""
    shown = config_file.name
    if not isinstance(raw, dict):
        line = _setting_lines(config_file).get("", 1)
        raise DataError([Problem(shown, line, "", "extra.briefing",
                                 f"expected a mapping of settings, found {type(raw).__name__}",
                                 "Write one `name: value` line per setting under `briefing:`.")])
    try:
        return Options.model_validate(raw)
    except ValidationError as error:
        lines = _setting_lines(config_file)
        raise DataError([_problem(detail, shown, lines) for detail in error.errors()]) from None


def _problem(detail: Any, shown: str, lines: dict[str, int]) -> Problem:
    key = str(detail["loc"][0]) if detail["loc"] else ""
    line = lines.get(key, lines.get("", 1))
    if detail["type"] == "extra_forbidden":
        known = list(Options.model_fields)
        hint = did_you_mean(key, known)
        return Problem(shown, line, "", f"extra.briefing.{key}", f"unknown setting '{key}'",
                       (hint + " " if hint else "") + f"Known settings: {', '.join(known)}.")
    field = Options.model_fields[key]
    return Problem(shown, line, "", f"extra.briefing.{key}",
                   f"{detail['msg'].removeprefix('Value error, ')} (found {detail['input']!r})",
                   f"{key}: {field.description} Default: {field.default!r}.")


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as MkDocs does for our purposes: `!ENV` is resolved, and other tags
    (`!!python/name:...` of Markdown extensions) are left out instead of imported."""


_ConfigLoader.add_constructor("!ENV", construct_env_tag)
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_mkdocs_yml(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as data; raises DataError with the parser's line when it is not YAML."""
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader)  # noqa: S506
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise DataError([Problem(config_file.name, mark.line + 1 if mark else 1, "", "",
                                 f"invalid YAML: {error.problem}", "Fix the YAML syntax.")]) from None
    return data if isinstance(data, dict) else {}


def _setting_lines(config_file: Path) -> dict[str, int]:
    """Line of each key under `extra.briefing` ("" for `briefing:` itself), 1-based."""
    try:
        node = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    for name in ("extra", "briefing"):
        found = _child(node, name)
        if found is None:
            return {}
        key, node = found
    lines = {"": key.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        lines.update({str(k.value): k.start_mark.line + 1 for k, _ in node.value})
    return lines


def _child(node: Any, name: str) -> tuple[yaml.Node, yaml.Node] | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next(((k, v) for k, v in node.value if k.value == name), None)
