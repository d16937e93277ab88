# Everything a fresh machine needs comes from here: no hand-installed packages.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# uv installs what pip would, in seconds instead of minutes (make test runs on a fresh
# machine every time, within ten minutes); pip stays for torch, which it finds on disk.
UV := $(VENV)/bin/uv
# Re-install when the project's dependencies change.
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# Scanners for deploy/ (checkov, hadolint) pin dozens of packages of their own: they get a
# venv of their own, so they never constrain the project's dependencies.
TOOLS_VENV ?= .venv-tools
TOOLS_STAMP := $(TOOLS_VENV)/.installed-$(shell cksum deploy/tools-requirements.txt | cut -d' ' -f1)

.PHONY: setup tools scanners bytecode run test bench lint typecheck clean

setup: $(STAMP) tools scanners bytecode

# The bytecode of what our processes import (services/bytecode.py says why): up-to-date
# files are skipped, a changed one is compiled again.
bytecode: $(STAMP)
	$(PY) -m memstream.services.bytecode

scanners: $(TOOLS_STAMP)

$(TOOLS_STAMP): deploy/tools-requirements.txt | $(STAMP)
	test -x $(TOOLS_VENV)/bin/python || python3 -m venv $(TOOLS_VENV)
	$(UV) pip install --quiet --python $(TOOLS_VENV)/bin/python -r deploy/tools-requirements.txt
	rm -f $(TOOLS_VENV)/.installed-*
	touch $@

# Debian packages the tests and benchmarks drive: kcat (a Kafka client none of us
# wrote), wrk (the HTTP load generator of `make bench`), promtool (checks and unit-tests
# the alerting rules of deploy/monitoring/; from the `prometheus` package, without the
# node exporter it recommends) and chromium (the explorer's browser tests). One
# `apt-get update` for whatever is missing; nothing they merely recommend.
tools:
	@missing=""; \
	for tool in kcat:kcat wrk:wrk promtool:prometheus chromium:chromium; do \
		command -v $${tool%%:*} >/dev/null || missing="$$missing $${tool#*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install --quiet uv==0.13.9
	# The CPU build of torch lies on disk; asking for it first keeps the installer from
	# pulling a multi-GB CUDA build for sentence-transformers.
	$(PIP) install --quiet torch==2.13.0
	$(UV) pip install --quiet --python $(PY) -e '.[local,test,bench]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(VENV)/bin/memstream dev

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: setup
	$(VENV)/bin/mypy

test: setup lint typecheck
	MEM0_TELEMETRY=False MEMSTREAM_TOOLS_BIN=$(abspath $(TOOLS_VENV))/bin \
		$(VENV)/bin/pytest -n 2 --dist loadfile

bench: setup
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) $(TOOLS_VENV) var .pytest_cache .mypy_cache .ruff_cache
