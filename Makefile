# Engage: `make run` serves the demo site, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test install install-dev migrate demo lint lint-imports format check ci bench bench-forms clean help

help:
	@echo "make run   - install, migrate, load the demo content and serve on http://$(HOST):$(PORT)"
	@echo "make test  - run every test (unit, integration, browser + accessibility)"
	@echo "make lint  - ruff and the import layers (lint-imports)"
	@echo "make ci    - what CI runs (.ci/run): checks, lint, every test on SQLite and PostgreSQL"
	@echo "make bench - performance benchmark against a running demo server"
	@echo "make bench-forms - concern form: N concurrent submissions, none lost or doubled"

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements.txt | $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

install: $(VENV)/.runtime-installed
install-dev: $(VENV)/.dev-installed

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
	$(PY) -m pytest -n 2

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
	$(PY) tools/bench_find.py

# Starts its own server (rate limit and time trap off); N=200 to post more.
bench-forms: install-dev
	$(PY) tools/bench_forms.py --submissions $(or $(N),100)

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .dev-admin-credentials .demo-users-credentials
