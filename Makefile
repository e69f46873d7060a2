# Two commands: `make demo` and `make test`. Both set up the environment first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
EVENTWIRE := $(VENV)/bin/eventwire
DEMO_DB := out/demo.db

.PHONY: setup demo test lint bench clean model event-corpus event-model

WEB_DIST := src/eventwire/web/static/dist/app.js

setup: $(VENV)/.installed $(WEB_DIST)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(EVENTWIRE) gazetteer build
	touch $@

# The dashboard's assets: npm packages pinned in web/package-lock.json, bundled by esbuild.
$(WEB_DIST): web/package-lock.json web/build.mjs $(wildcard web/src/*)
	cd web && npm ci --no-audit --no-fund --loglevel=error
	cd web && npm run --silent build

# The sample corpus, except examples/bad/ (inputs that are meant to fail).
DEMO_SOURCES = $(sort $(wildcard examples/liveblogs/*.html examples/liveblogs/*.txt \
	examples/articles/*.txt examples/feeds/*.xml examples/feeds/*.atom examples/feeds/*.rss \
	examples/batch/*.jsonl))

demo: setup
	mkdir -p out
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(EVENTWIRE) ingest --db $(DEMO_DB) $(DEMO_SOURCES)
	$(EVENTWIRE) summary --db $(DEMO_DB)
	$(EVENTWIRE) export --db $(DEMO_DB) --format jsonl --out out/documents.jsonl
	$(EVENTWIRE) export --db $(DEMO_DB) --format acled-csv --out out/events-acled.csv
	$(EVENTWIRE) export --db $(DEMO_DB) --format gdelt-tsv --out out/events-gdelt.tsv
	$(EVENTWIRE) export --db $(DEMO_DB) --format geojson --out out/events.geojson
	$(EVENTWIRE) export --db $(DEMO_DB) --format parquet --out out/parquet
	$(EVENTWIRE) report --db $(DEMO_DB) --date 2019-05-10 --days 7 --out out/report.html
	@echo "demo done: store $(DEMO_DB); exports in out/"

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

test: lint
	$(VENV)/bin/pytest

bench: setup
	$(PY) bench/throughput.py
	$(PY) bench/batch.py
	$(PY) bench/store_ingest.py
	$(PY) bench/dedupe.py
	$(PY) bench/api.py
	$(PY) bench/dashboard.py

# The event corpus we write (training/events/*.jsonl) and the classifier trained on it, shipped in
# src/eventwire/models/events/. Never run by the tests or CI: single thread, low priority.
event-corpus: setup
	$(PY) -m training.events.compose

event-model: setup
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 nice $(PY) -m training.events.train_model

clean:
	rm -rf $(VENV) out

# The language model (issue 15): trained on the UD English treebanks, which never enter the
# repository. Needs ../shared/train/ud/; writes src/eventwire/models/core/. Three stages: train
# from scratch, fine-tune at a lower rate with averaged weights, then retrain the lemmatizer on
# the frozen encoder (fine-tuning a sourced lemmatizer loses its edit trees). About 80 minutes
# of one core with the step counts below; more steps help a little.
UD ?= ../shared/train/ud
MODEL_STEPS ?= 9000
FINETUNE_STEPS ?= 4000
LEMMA_STEPS ?= 3000
TRAIN := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(PY) -m spacy train
model: setup
	$(PY) training/core/convert_ud.py $(UD) build/ud
	$(TRAIN) training/core/config.cfg --paths.train build/ud/train.spacy \
		--paths.dev build/ud/dev.spacy --training.max_steps $(MODEL_STEPS) -o build/core-1
	$(TRAIN) training/core/finetune.cfg --paths.source build/core-1/model-best \
		--paths.train build/ud/train.spacy --paths.dev build/ud/dev.spacy \
		--training.max_steps $(FINETUNE_STEPS) -o build/core-2
	$(TRAIN) training/core/lemmatizer.cfg --paths.source build/core-2/model-best \
		--paths.train build/ud/train.spacy --paths.dev build/ud/dev.spacy \
		--training.max_steps $(LEMMA_STEPS) -o build/core-3
	$(PY) training/core/package.py build/core-3/model-best src/eventwire/models/core
	$(EVENTWIRE) eval parse $(UD)/en_ewt-test.conllu $(UD)/en_gum-test.conllu
