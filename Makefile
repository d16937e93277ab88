# Everything a fresh machine needs comes from here: no hand-installed packages.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# Re-install when the project's dependencies change.
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: setup tools run test bench lint typecheck clean

setup: $(STAMP) tools

# Debian packages the tests and benchmarks drive: kcat (a Kafka client none of us
# wrote) and wrk (the HTTP load generator of `make bench`).
tools:
	@command -v kcat >/dev/null && command -v wrk >/dev/null || \
		{ apt-get update -qq && apt-get install -y -qq kcat wrk; }

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	# The CPU build of torch lies on disk; asking for it first keeps pip from
	# pulling a multi-GB CUDA build for sentence-transformers.
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[local,test,bench]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(VENV)/bin/memstream dev

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

test: setup lint typecheck
	MEM0_TELEMETRY=False $(VENV)/bin/pytest

bench: setup
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
