# Two commands: `make demo` and `make test`. Both set up the environment first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
EVENTWIRE := $(VENV)/bin/eventwire
DEMO_DB := out/demo.db

.PHONY: setup demo test lint bench clean

WEB_DIST := src/eventwire/web/static/dist/app.js

setup: $(VENV)/.installed $(WEB_DIST)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

# The dashboard's assets: npm packages pinned in web/package-lock.json, bundled by esbuild.
$(WEB_DIST): web/package-lock.json web/build.mjs $(wildcard web/src/*)
	cd web && npm ci --no-audit --no-fund --loglevel=error
	cd web && npm run --silent build

demo: setup
	mkdir -p out
	$(EVENTWIRE) code --format jsonl examples/batch/reports.jsonl > out/coded.jsonl
	@echo "coded $$(wc -l < out/coded.jsonl) documents into out/coded.jsonl"

lint: setup
	$(VENV)/bin/ruff check src tests bench

test: lint
	$(VENV)/bin/pytest

bench: setup
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) out
