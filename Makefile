# Two commands matter: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check

.PHONY: run test bench lint format clean venv venv-test system-deps translations i18n-update bundle test-bundle screenshots

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip setuptools wheel

# Reinstall only when the project definition changes.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e ".[test]"
	touch $(VENV)/.installed $@

$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/bin/python
	$(PIP) install -q -e ".[bundle]"
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

# Debian libraries Qt needs even offscreen, plus tools the tests use; installed only when missing.
system-deps:
	@bash tools/system-deps.sh

# English .qm compiled from the committed .ts (build product, not in git); no-op when up to date.
I18N := kesos_desktop/resources/i18n
$(I18N)/%.qm: $(I18N)/%.ts | $(VENV)/.installed
	$(PY) tools/i18n.py build

translations: $(I18N)/kesos_en.qm $(I18N)/qt_id.qm

# After changing UI strings: re-extract, translate the new entries in tools/i18n_en.py, fill, compile.
i18n-update: venv
	$(PY) tools/i18n.py update
	$(PY) tools/i18n.py fill
	$(PY) tools/i18n.py update
	$(PY) tools/i18n.py build

run: system-deps venv translations
	$(VENV)/bin/kesos-desktop

# The whole suite, the built bundle included (~1 min extra when the bundle must be rebuilt);
# `make test TEST_BUNDLE=0` skips the bundle for a quicker loop while developing.
TEST_BUNDLE ?= 1
ifeq ($(TEST_BUNDLE),1)
TEST_DEPS := bundle
TEST_MARKS := -m "bundle or not bundle"
endif
test: system-deps venv-test translations $(TEST_DEPS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(TEST_MARKS) $(PYTEST_ARGS)

# One-folder bundle in dist/kesos-desktop/ (installer/kesos-desktop.spec); rebuilt only when its inputs change.
BUNDLE := dist/kesos-desktop/kesos-desktop
BUNDLE_INPUTS := $(shell find kesos_desktop installer docs/panduan -type f ! -name '*.pyc' ! -name '*.tmp' ! -name '*.bak' ! -path '*/__pycache__/*') pyproject.toml
$(BUNDLE): $(BUNDLE_INPUTS) | $(VENV)/.installed-bundle
	$(PY) installer/build.py
	touch $@
# An input that vanishes between listing and checking (another tool's temporary file) means "rebuild", not an error.
$(BUNDLE_INPUTS):

bundle: system-deps translations $(BUNDLE)

# Only the bundle tests (tests/bundle): the built programs started headless.
test-bundle: bundle venv-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m bundle tests/bundle $(PYTEST_ARGS)

# Guide pictures (docs/panduan/img): the real app under Xvfb on fresh demo data, about a minute.
screenshots: venv
	@bash tools/system-deps.sh screenshots
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" $(PY) tools/screenshots.py

bench: venv-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

lint: venv-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) build dist *.egg-info
