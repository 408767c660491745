# Two commands for a fresh machine: `make run` (the app on a demo database) and `make test`.
# Each creates the virtual environment it needs (.venv) from pyproject.toml.

PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO := .demo-data
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench i18n i18n-update dist clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# After adding tr()/msg() strings: refresh the .ts files (tests/test_i18n.py checks it was done).
i18n-update: $(STAMP)
	$(BIN)/python tools/i18n_update.py

run: $(STAMP) i18n
	$(BIN)/huzhu --data $(DEMO) init --demo
	$(BIN)/huzhu --data $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(STAMP) i18n lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The one-folder bundle dist/huzhu/ (PyInstaller, installer/huzhu.spec); on Windows,
# `python installer/build.py --setup` also makes the setup program (installer/README.md).
dist: $(STAMP) i18n
	$(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) $(DEMO) build dist bench/work resources/i18n/*.qm
