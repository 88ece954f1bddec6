# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format translations screenshots bench package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hrdesk

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check hrdesk tests benchmarks docs translations
	$(BIN)/ruff format --check hrdesk tests benchmarks docs translations

format: $(STAMP)
	$(BIN)/ruff format hrdesk tests benchmarks docs translations
	$(BIN)/ruff check --fix hrdesk tests benchmarks docs translations

translations: $(STAMP)
	$(BIN)/python translations/update.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py --languages en,es,fr,ar,ru

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
