# policykb developer tasks. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install demo serve test lint quality qa bench bench-ui obliqa fuzz crash
help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch is pinned in pyproject.toml to the CPU wheel; pip (not uv) finds it offline.
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)  ## create ./.venv with policykb and its test tools

DB ?= data/kb
QUESTION ?= How much of electrolytic aluminium's energy must be renewable by 2030?

demo: install  ## set up; extract the corpus's targets; build the knowledge base; answer a question
	$(BIN)/policykb extract corpus/ --format table
	$(BIN)/policykb ingest corpus/ --db $(DB)
	$(BIN)/policykb ask "$(QUESTION)" --db $(DB)
	@echo
	@echo "Web UI on this knowledge base: make serve   (http://127.0.0.1:7860)"

serve: install  ## serve the web UI on the demo knowledge base
	$(BIN)/policykb serve --db $(DB)

test: install  ## run the test suite (offline)
	$(BIN)/python -m pytest

quality: install  ## score extraction (targets, obligations) on ../shared/data and the regulation fixtures
	$(BIN)/python benchmarks/nzt_quality.py --write benchmarks/results/nzt_quality.md
	$(BIN)/python benchmarks/real_targets.py --write benchmarks/results/real_targets.md
	$(BIN)/python benchmarks/eu_obligations_quality.py --throughput --write benchmarks/results/eu_obligations_quality.md
	$(BIN)/python benchmarks/regulation_articles.py --write benchmarks/results/regulation_articles.md

qa: install  ## score question answering on the real documents (dev split; builds a store in /tmp)
	$(BIN)/python benchmarks/kb_real.py --split dev --write benchmarks/results/kb_real_dev.md

bench: install  ## extraction throughput and memory
	$(BIN)/python benchmarks/extract_throughput.py --write benchmarks/results/extract_throughput.md

bench-ui: install  ## 20 concurrent questions through the web UI's API
	$(BIN)/python benchmarks/ui_concurrency.py --out benchmarks/results/ui_concurrency.md

fuzz: install  ## 10,000 generated hostile inputs through extraction (about an hour on 2 cores)
	$(BIN)/python benchmarks/fuzz.py --count 10000 --write benchmarks/results/fuzz.md --files benchmarks/results/fuzz_files.tsv.gz

crash: install  ## SIGKILL at random moments of a 200-document ingest, 20 runs
	$(BIN)/python benchmarks/crash_ingest.py --docs 200 --runs 20 --batch-clauses 100 --write benchmarks/results/crash_ingest_200_batches_100.md

OBLIQA ?= ../ObliQADataset
obliqa: install  ## ObliQA retrieval: policykb vs BM25 and dense (a dataset checkout: OBLIQA=DIR)
	$(BIN)/python benchmarks/obliqa.py --data $(OBLIQA) --write benchmarks/results/obliqa.md

lint: install  ## ruff: lint and formatting
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
