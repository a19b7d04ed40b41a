# Two set-up commands: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# The interface translations (see docs/languages.md): .qm files compiled from the .ts sources.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After adding or changing interface strings: update the .ts files, then list what needs translating.
translations: $(STAMP)
	$(BIN)/python tools/translations.py update

run: $(STAMP) $(QM)
	$(BIN)/moderator-app

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check moderator_app tests benchmarks tools
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check moderator_app tests benchmarks tools
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
