# policykb developer tasks. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help install demo test lint quality bench bench-ui
help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch is pinned in pyproject.toml to the CPU wheel; pip (not uv) finds it offline.
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)  ## create ./.venv with policykb and its test tools

demo: install  ## set up, then extract the targets of the bundled corpus
	$(BIN)/policykb extract corpus/ --format table

test: install  ## run the test suite (offline)
	$(BIN)/python -m pytest

quality: install  ## score extraction on ../shared/data (skips when absent)
	$(BIN)/python benchmarks/nzt_quality.py --write benchmarks/results/nzt_quality.md

bench: install  ## extraction throughput and memory
	$(BIN)/python benchmarks/extract_throughput.py --write benchmarks/results/extract_throughput.md

bench-ui: install  ## 20 concurrent questions through the web UI's API
	$(BIN)/python benchmarks/ui_concurrency.py --out benchmarks/results/ui_concurrency.md
