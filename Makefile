# Two set-up commands: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench bench-quick clean package install-desktop translations

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

# The full fault-injection suite (>= 100 kill -9 at random moments; `make test` runs a fast subset).
# MODERATOR_APP_FAULT_SEED=N replays a run; the figures are printed and written to build/faults-figures.json.
.PHONY: faults
faults: $(STAMP)
	MODERATOR_APP_FAULT_KILLS=$${MODERATOR_APP_FAULT_KILLS:-120} MODERATOR_APP_FAULT_FIGURES=build/faults-figures.json \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m faults tests/faults

# Every figure of docs/benchmarks.md beside its target (about 25 minutes; bench-quick: about 8).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py --quick

# The self-contained app folder dist/moderator-app/ (packaging/moderator-app.spec), then its smoke test.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/moderator-app.spec
	$(BIN)/python packaging/smoke_test.py dist/moderator-app

# The launcher entry, icons and AppStream data for the current user (~/.local/share; no admin rights).
install-desktop:
	sh packaging/install-user.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
