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

# nbval re-runs every committed notebook and compares its outputs with the stored ones; the
# sanitize file masks only what changes between runs (paths, timings, addresses, random ids).
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
NBVAL  := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: all venv report notebooks test accuracy lint format clean distclean

all: report

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	$(PIP) install -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import tidynews" 
	touch $@

# The sample corpus's tables, then every notebook run on them and exported to reports/
# (reports/index.html links one offline HTML page per notebook).
report: $(STAMP)
	$(BIN)/tidynews extract $(SAMPLE) --case $(CASE) --out build/sample
	$(BIN)/tidynews report $(SAMPLE) --case $(CASE) --tables build/sample --out reports

# Rebuild the committed notebooks from their jupytext .py sources and re-execute them with their
# defaults (the sample corpus), so stored outputs are rebuilt, never edited by hand.
notebooks: $(STAMP)
	$(BIN)/python -m tidynews.notebook notebooks

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest tests $(NOTEBOOKS) $(NBVAL)

# How the rules do on the regression sets in benchmarks/accuracy (text they were not all
# written from): F1 per set and pooled; `make accuracy ARGS="--save run.json"` keeps a run.
accuracy: $(STAMP)
	$(BIN)/python benchmarks/bench_accuracy.py $(ARGS)

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
