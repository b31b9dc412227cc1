# Two commands do all the set-up on a new Debian machine with Python 3.11 (as root):
#   make serve   installs the site's dependencies and previews it at http://127.0.0.1:8000/
#   make test    installs everything the tests need (Chromium included) and runs them
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
export NO_MKDOCS_2_WARNING = 1

.PHONY: serve build offline install install-test test test-fast lint bench templates

serve: install
	$(BIN)/mkdocs serve

build: install
	$(BIN)/mkdocs build --strict

# A copy that works opened from disk, in site-offline/ (see README, "An offline copy").
offline: install
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# Python 3.11's bundled pip (23.2) cannot install `name @ git+file://` requirements.
	$(BIN)/python -m pip install -q pip==26.3
	$(BIN)/python -m pip install -q -c constraints.txt -e .
	# The engine's bytecode, as pip writes it for a regular install (an editable one leaves it to
	# the first build, which cannot write it where PYTHONDONTWRITEBYTECODE is set). Checked by
	# the source's hash on import, so an edited module is compiled again, however soon; the
	# templates' shipped code likewise (see hooks/briefing/pages/precompiled.py).
	$(BIN)/python -m compileall -q --invalidation-mode checked-hash hooks
	$(BIN)/python -m briefing.pages.precompiled --bytecode
	# The share cards (og:image) are drawn with Debian's fonts, never fetched at build time.
	test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf || (apt-get update -q && apt-get install -y -q fonts-dejavu-core)
	fc-list | grep -qi 'Noto.*CJK' || (apt-get update -q && apt-get install -y -q fonts-noto-cjk)
	touch $@

install-test: $(VENV)/.installed-test

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)
	command -v java >/dev/null || (apt-get update -q && apt-get install -y -q default-jre-headless)
	# Chinese names (习近平) in screenshots and browser tests need a CJK font.
	fc-list | grep -qi 'Noto.*CJK' || (apt-get update -q && apt-get install -y -q fonts-noto-cjk)
	touch $@

lint: install-test
	$(BIN)/ruff check hooks tests benchmarks
	$(BIN)/mypy

test: install-test lint
	$(BIN)/python -m pytest

# The inner loop: the engine, the data and every error message, without a browser or a real
# MkDocs build, and fewer Hypothesis examples (under a minute). `make test` stays the full
# suite that CI runs.
test-fast: install-test
	BRIEFING_EXAMPLES=15 $(BIN)/python -m pytest -q -m "not browser and not slow and not build"

# The engine's templates, compiled into hooks/briefing/pages/templates.json: run after editing
# one (tests/test_precompiled.py fails until then; the build compiles an edited one meanwhile).
# Likewise the published index's JSON Schema, hooks/briefing/web/index_schema.json, after editing
# web/index_format.py (tests/test_index_schema_shipped.py).
templates: install
	$(BIN)/python -m briefing.pages.precompiled
	$(BIN)/python -m briefing.web.index_format

bench: install-test
	$(BIN)/python -m benchmarks.run
