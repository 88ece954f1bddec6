# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format translations screenshots bench bench-large package lock self-test clean reference-pack

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
	$(BIN)/lint-imports --no-cache  # the contracts in pyproject.toml: layers, Qt only in the GUI, no import cycles
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format hrdesk tests benchmarks docs translations
	$(BIN)/ruff check --fix hrdesk tests benchmarks docs translations

translations: $(STAMP)
	$(BIN)/python translations/update.py

# A signed reference update: make reference-pack KEY=/secure/place/private.pem SIGNER="Name" [OUT=file]
# (the private key stays outside the repository; see docs/reference-packs.md).
OUT ?= dist/reference-$(shell date +%Y-%m-%d).hrdpack
reference-pack: $(STAMP)
	@test -n "$(KEY)" || (echo "usage: make reference-pack KEY=private.pem SIGNER=\"Name\" [OUT=file]" >&2; exit 2)
	@test -n "$(SIGNER)" || (echo "make reference-pack: SIGNER=\"Name\" is required" >&2; exit 2)
	mkdir -p $(dir $(OUT))
	$(BIN)/python packaging/make_reference_pack.py --key "$(KEY)" --signer "$(SIGNER)" --out "$(OUT)"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# Issue #16's sizes: 100,000 / 1,000,000 interactions. Generating the 1M vaults takes about 7 min
# each on 2 cores (docs/performance.md); the whole run about half an hour.
bench-large: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --large --json benchmarks/results/large.json

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py --languages en,es,fr,ar,ru

# A one-folder bundle in dist/hrdesk/, built from the exact versions in packaging/requirements.lock.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r packaging/requirements.lock
	$(BIN)/python translations/update.py --check
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/hrdesk.spec
	QT_QPA_PLATFORM=offscreen dist/hrdesk/hrdesk --self-test

# Refresh the lock file from what is installed in .venv (after changing pyproject.toml).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pyinstaller
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^hrdesk' > packaging/requirements.lock

self-test: $(STAMP)
	$(BIN)/hrdesk --self-test

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
