# Two commands: `make demo` and `make test`. Both set up the environment first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
EVENTWIRE := $(VENV)/bin/eventwire
DEMO_DB := out/demo.db

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

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
