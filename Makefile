# Samla: the targets are the interface. On a machine with only python3 and make, `make demo`
# and `make test` bootstrap uv into .tools/ and build .venv from the committed uv.lock.

SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
RUN := $(UV) run --frozen
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
export UV_PYTHON_PREFERENCE := only-system

.PHONY: help demo serve test test-sqlite test-postgres test-browser lint types checks bench messages compile-messages clean

help:
	@echo "make demo      set up and serve the demo organisation on http://127.0.0.1:8000"
	@echo "make test      lint, types, checks and the whole suite (SQLite, PostgreSQL, browser)"
	@echo "make bench     benchmarks, each figure beside its target"
	@echo "make lint      ruff"
	@echo "make messages  extract strings into the da/sv/nb catalogues and compile them"

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/python -m pip install --quiet uv

.venv/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --quiet
	@touch $@

venv: .venv/.synced

demo: venv
	$(RUN) samla demo

serve: venv
	$(RUN) samla serve

lint: venv
	$(RUN) ruff check src bench tests conftest.py
	$(RUN) ruff format --check src bench tests conftest.py

types: venv
	$(RUN) mypy src/samla

checks: venv
	SAMLA_TESTING=1 $(RUN) samla manage makemigrations --check --dry-run
	$(RUN) python -m samla.core.i18ncheck

test-sqlite: venv
	$(RUN) pytest -m "not browser" -n 2

test-postgres: venv
	@if $(RUN) python -c "import psycopg,sys; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		SAMLA_TEST_DATABASE_URL=$(PG_URL) $(RUN) pytest -m "not browser" -n 2 -q; \
	elif [ -n "$$SAMLA_REQUIRE_POSTGRES" ]; then \
		echo "PostgreSQL is required (SAMLA_REQUIRE_POSTGRES) but $(PG_URL) is not reachable." >&2; exit 1; \
	else \
		echo "!!! PostgreSQL at $(PG_URL) is NOT reachable: the PostgreSQL half of the suite was SKIPPED. !!!" >&2; \
	fi

test-browser: venv
	@if [ -x /usr/bin/chromium ]; then \
		$(RUN) pytest -m browser tests/browser; \
	elif [ -n "$$SAMLA_REQUIRE_BROWSER" ]; then \
		echo "Chromium is required (SAMLA_REQUIRE_BROWSER) but /usr/bin/chromium is missing." >&2; exit 1; \
	else \
		echo "!!! /usr/bin/chromium is missing: the browser tests were SKIPPED (apt-get install chromium). !!!" >&2; \
	fi

test: lint types checks test-sqlite test-postgres test-browser

bench: venv
	$(RUN) python -m bench

messages: venv
	cd src/samla && ../../$(RUN) samla manage makemessages --no-obsolete --no-location -l da -l sv -l nb -i "test_settings.py" -i "*/tests/*"
	$(MAKE) compile-messages

compile-messages: venv
	$(RUN) python -m samla.core.i18ncheck --compile

clean:
	rm -rf .venv .tools var/static
