# One command each: `make report` runs the main job on the bundled sample, `make test` runs every test.
# Both create the virtual environment in .venv on first use (Python 3.11 or newer).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := data/sample
CASE   := venezuela-2019
# pip's own noise (its version check, unreachable extra indexes) is not ours to show.
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: all venv report test lint format clean distclean

all: report

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	$(PIP) install -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import tidynews" 
	touch $@

report: $(STAMP)
	$(BIN)/tidynews extract $(SAMPLE) --case $(CASE) --out build/sample

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

clean:
	rm -rf build reports .pytest_cache .ruff_cache

distclean: clean
	rm -rf $(VENV)
