# Build, test and serve the gallery site. `make help` lists the targets.

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
.DEFAULT_GOAL := html

PYTHON ?= python3
VENV ?= .venv
BUILDDIR ?= build
SPHINXOPTS ?=
PYTEST_ARGS ?=
PORT ?= 8000

BIN := $(VENV)/bin
SPHINXBUILD := $(BIN)/sphinx-build
PIP := $(BIN)/python -m pip --disable-pip-version-check --no-input
GENERATED := doc/auto_examples doc/jupyterlite_contents doc/_contents \
	doc/sg_execution_times.rst doc/.jupyterlite.doit.db \
	doc/modules/generated

# Offline MNIST: when SCIKIT_LEARN_DATA is not set and the shared cache sits
# beside the repository, build from a private copy of it (scikit-learn deletes
# cache files it cannot parse, so the shared folder is never handed to it).
SHARED_DATA := $(abspath ../shared/data/scikit_learn_data)
DATA_COPY := $(abspath $(BUILDDIR)/scikit_learn_data)
ifeq ($(origin SCIKIT_LEARN_DATA),undefined)
ifneq ($(wildcard $(SHARED_DATA)),)
SCIKIT_LEARN_DATA := $(DATA_COPY)
endif
endif
export SCIKIT_LEARN_DATA

# One BLAS/OpenMP thread per process running examples: the examples' small
# matrix products gain nothing from more, parallel example workers must not
# oversubscribe the cores, and the printed numbers do not depend on the
# machine's core count.
export OMP_NUM_THREADS ?= 1
export OPENBLAS_NUM_THREADS ?= 1
export MKL_NUM_THREADS ?= 1

# WORKERS=N: run the examples in N processes (default: one per core, at most 2).
WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 2 ] && n=2; echo $$n)
export GALLERY_WORKERS := $(WORKERS)

# WARN_ONLY=1: failing examples are reported as warnings (for drafting).
# TIME_BUDGET=N: stop an example that runs longer than N seconds (default 120).
ifdef WARN_ONLY
export GALLERY_WARN_ONLY := $(WARN_ONLY)
endif
ifdef TIME_BUDGET
export GALLERY_TIME_BUDGET := $(TIME_BUDGET)
endif

.PHONY: help html html-noplot test clean serve data venv

help:
	@echo "make html         build the site into $(BUILDDIR)/html (runs every example)"
	@echo "make html-noplot  build the pages without running the examples"
	@echo "make test         build with warnings as errors, then run the tests"
	@echo "make serve        serve $(BUILDDIR)/html on http://127.0.0.1:$(PORT)/"
	@echo "make clean        remove everything the build generated"

$(VENV)/.docs-installed: requirements/docs.txt requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements/docs.txt -c requirements/constraints.txt
	@# jsonschema compiles rfc3987-syntax's grammars on import (2.3 s of every
	@# build, measured); nothing here validates IRIs, and jsonschema works without it
	$(PIP) uninstall -y -q rfc3987-syntax
	touch $@

$(VENV)/.tests-installed: $(VENV)/.docs-installed requirements/tests.txt
	$(PIP) install -r requirements/tests.txt -c requirements/constraints.txt
	touch $@

venv: $(VENV)/.docs-installed

data:
ifeq ($(SCIKIT_LEARN_DATA),$(DATA_COPY))
	mkdir -p $(DATA_COPY)
	cp -R -n $(SHARED_DATA)/. $(DATA_COPY)/
	chmod -R u+w $(DATA_COPY)
endif
	@echo "SCIKIT_LEARN_DATA=$${SCIKIT_LEARN_DATA:-<unset: fetch_openml downloads>}"

html: $(VENV)/.docs-installed data
	mkdir -p $(BUILDDIR)/logs
	$(SPHINXBUILD) -b html -c . doc $(BUILDDIR)/html -d $(BUILDDIR)/doctrees \
		-w $(BUILDDIR)/logs/html-warnings.log $(SPHINXOPTS) \
		2>&1 | tee $(BUILDDIR)/logs/html.log
	@echo
	@echo "The site is in $(BUILDDIR)/html/: open $(abspath $(BUILDDIR))/html/index.html or run 'make serve'."

html-noplot: $(VENV)/.docs-installed
	$(SPHINXBUILD) -b html -c . doc $(BUILDDIR)/html -d $(BUILDDIR)/doctrees \
		-D plot_gallery=0 $(SPHINXOPTS)
	@echo "The pages (examples not run) are in $(BUILDDIR)/html/."

test: $(VENV)/.tests-installed
	$(MAKE) html SPHINXOPTS="-W --keep-going $(SPHINXOPTS)"
	$(BIN)/python -m pytest tests --durations=10 $(PYTEST_ARGS)

serve:
	@echo "Serving $(BUILDDIR)/html on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory $(BUILDDIR)/html $(PORT)

clean:
	rm -rf $(BUILDDIR) $(GENERATED)

# Intersphinx inventories for linking numpy, matplotlib, pandas and Python
# names to their online docs; needs network. Without them the build links
# only to this site's own pages.
INVENTORIES := python=https://docs.python.org/3/ numpy=https://numpy.org/doc/stable/ \
	matplotlib=https://matplotlib.org/stable/ pandas=https://pandas.pydata.org/docs/ \
	sklearn=https://scikit-learn.org/stable/
.PHONY: inventories
inventories:
	mkdir -p doc/_intersphinx
	for entry in $(INVENTORIES); do \
		name=$${entry%%=*}; url=$${entry#*=}; \
		curl -fsSL "$${url}objects.inv" -o "doc/_intersphinx/$$name.inv" || echo "could not fetch $$name"; \
	done

# Where build time goes (about 20 minutes): scratch builds of the site in
# several situations; prints a table and writes build/bench/report.md.
.PHONY: bench
bench: $(VENV)/.tests-installed data
	$(BIN)/python benchmarks/bench_build.py $(BENCH_ARGS)
