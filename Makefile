# Engage: `make run` serves the demo site, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test install install-dev lock migrate demo lint lint-imports format check ci clean-test-cache bench bench-cache bench-forms bench-alerts bench-dashboards clean help

help:
	@echo "make run   - install, migrate, load the demo content and serve on http://$(HOST):$(PORT)"
	@echo "make test  - run every test (unit, integration, browser + accessibility)"
	@echo "make lint  - ruff and the import layers (lint-imports)"
	@echo "make ci    - what CI runs (.ci/run): checks, lint, every test on SQLite and PostgreSQL"
	@echo "make clean-test-cache - forget the test databases make test keeps between runs (tests/dbcache.py)"
	@echo "make lock  - regenerate requirements.txt and requirements-dev.txt (with hashes) from the .in files"
	@echo "make bench - performance benchmark against a running demo server (FIND_DB=postgres://... for postcode/search on another database)"
	@echo "make bench-cache - cached vs uncached pages vs a static file, side by side (DB=postgres://... adds PostgreSQL, SCALE=/SCALE_DB= the scale set)"
	@echo "make bench-forms - concern form: N concurrent submissions, none lost or doubled"
	@echo "make bench-alerts - alerts: publish time, fan-out memory and messages/s for 100,000 subscribers"

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The locks carry a hash for every file: pip refuses anything else (docs/security.md).
$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/activate
	$(PIP) install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements.txt | $(VENV)/bin/activate
	$(PIP) install --quiet --require-hashes -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

install: $(VENV)/.runtime-installed
install-dev: $(VENV)/.dev-installed

# Both locks from the .in files, with hashes, no index URL written into them. Pins already in a
# lock are kept (pip-compile upgrades nothing unless asked), so re-running it after adding a
# dependency changes only what that dependency brings. The runtime lock first: it constrains the dev one.
PIP_COMPILE = $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links
lock: install-dev
	$(PIP_COMPILE) --output-file=requirements.txt requirements.in
	$(PIP_COMPILE) --output-file=requirements-dev.txt requirements-dev.in

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: export ENGAGE_BASE_URL ?= http://$(HOST):$(PORT)
run: demo
	@$(PY) manage.py ensure_dev_admin
	@$(PY) manage.py ensure_demo_users
	@echo ""
	@echo "  Engage is running at http://$(HOST):$(PORT)/   (stop it with Ctrl+C)"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-dev
	$(PY) -m pytest -n 2 --maxschedchunk 2

lint: install-dev lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The layers contract in pyproject.toml (docs/architecture.md): apps import downwards only.
lint-imports: install-dev
	$(VENV)/bin/lint-imports

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install-dev
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

bench: install-dev
	$(PY) tools/bench.py --base-url http://$(HOST):$(PORT)
	$(PY) tools/bench_find.py $(if $(FIND_DB),--database-url $(FIND_DB))

# Starts its own gunicorn (production settings, ports 8140+): the demo database must be migrated,
# loaded and collectstatic'd first (docs/performance.md).
# SCALE=sqlite:///... (a database built by make_scale_data) and SCALE_DB=postgres://... add the scale
# set side by side with the demo.
bench-cache: install-dev
	$(PY) tools/bench_cache.py --database-url demo-sqlite=sqlite:///$(CURDIR)/db.sqlite3 $(if $(DB),--database-url demo-postgres=$(DB)) $(if $(SCALE),--database-url scale-sqlite=$(SCALE)) $(if $(SCALE_DB),--database-url scale-postgres=$(SCALE_DB))

# Starts its own server (rate limit and time trap off); N=200 to post more.
bench-forms: install-dev
	$(PY) tools/bench_forms.py --submissions $(or $(N),100)

# Role dashboards: queries and render time per demo staff user, on the demo database (make demo first).
bench-dashboards: install-dev
	$(PY) tools/bench_dashboards.py

bench-alerts: install-dev
	$(PY) tools/bench_alerts.py --subscribers $(or $(N),100000)

ci:
	bash .ci/run

# The migrated template and the demo that `make test` keeps between runs (tests/dbcache.py);
# with DATABASE_URL, also its engage_cache_… databases on that PostgreSQL server.
clean-test-cache: install-dev
	$(PY) -m tests.dbcache clear

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .dev-admin-credentials .demo-users-credentials
