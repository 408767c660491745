# Two commands for a fresh machine: `make run` (the app on a demo database) and `make test`.
# Each creates the virtual environment it needs (.venv) from requirements.lock: every package at
# its locked version, each file checked against its hash. `make lock` refreshes the lock after
# pyproject.toml changes (pins kept where still allowed; LOCK_ARGS=--upgrade moves them all).

PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO := .demo-data
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-all lint lock check-system bench i18n i18n-update dist clean

$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# One lock for every platform (Linux, Windows, macOS markers kept) with the test extra; see
# docs/decisions.md for why uv compiles it.
LOCK_ARGS ?=
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 \
	  --generate-hashes --custom-compile-command "make lock" -o requirements.lock $(LOCK_ARGS)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

# After adding tr()/msg() strings: refresh the .ts files (tests/test_i18n.py checks it was done).
i18n-update: $(STAMP)
	$(BIN)/python tools/i18n_update.py

# The system libraries Qt's xcb platform needs; prints the one apt-get line when any is missing.
check-system: $(STAMP)
	$(BIN)/python tools/check_system.py

run: $(STAMP) i18n check-system
	$(BIN)/huzhu --data $(DEMO) init --demo
	$(BIN)/huzhu --data $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# `make test` leaves out the tests marked slow (the bundle build); `make test-all` (CI) runs them too.
# Both print the ten slowest tests.
test: $(STAMP) i18n lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --durations=10 -m "not slow"

test-all: $(STAMP) i18n lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --durations=10

bench: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The one-folder bundle dist/huzhu/ (PyInstaller, installer/huzhu.spec); on Windows,
# `python installer/build.py --setup` also makes the setup program (installer/README.md).
dist: $(STAMP) i18n
	$(BIN)/python installer/build.py

clean:
	rm -rf $(VENV) $(DEMO) build dist bench/work resources/i18n/*.qm
