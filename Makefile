# Signpost: the two commands a newcomer needs are `make run` and `make test`.
# Everything else here is what those two are built from.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest workers: "auto" uses every core; CI machines have two.
WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help run test install install-test messages compile-messages migrate demo \
        serve-prod stop-prod lint lock bench load clean system-packages browser-deps

help:
	@echo "make run    install, migrate SQLite, load demo content, serve http://$(HOST):$(PORT)/"
	@echo "make test   install everything the tests need and run the whole suite"
	@echo "make lint   ruff"
	@echo "make bench  benchmarks (prints figures; see bench/README.md)"
	@echo "make serve-prod / make stop-prod   production stack on this machine (see docs/deployment.md)"
	@echo "make load   load test of the running production stack (bench/load_test.py)"

# --- Installing -----------------------------------------------------------

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.lock | $(PY)
	$(BIN)/pip install --quiet -r requirements.lock
	@touch $@

$(VENV)/.test-installed: requirements-test.lock | $(PY)
	$(BIN)/pip install --quiet -r requirements-test.lock
	@touch $@ $(VENV)/.runtime-installed

install: system-packages $(VENV)/.runtime-installed compile-messages

install-test: system-packages $(VENV)/.test-installed browser-deps compile-messages

# gettext compiles the translation catalogues. Installed with apt when missing
# and we may (root); otherwise the error says what to install.
system-packages:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	  else echo "Please install GNU gettext (msgfmt), e.g. sudo apt-get install gettext"; exit 1; fi; }

# Browser tests drive Debian's Chromium with axe-core from npm. Without them the
# browser tests are skipped with the reason; `make test` installs them when it can.
browser-deps:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "NOTE: /usr/bin/chromium missing; browser tests will be skipped."; fi; }
	@test -f node_modules/axe-core/axe.min.js || { \
	  if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	  else echo "NOTE: npm missing; accessibility checks will be skipped."; fi; }

compile-messages: | $(PY)
	@$(PY) -c "import django" 2>/dev/null || $(MAKE) --no-print-directory $(VENV)/.runtime-installed
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(PY) manage.py compilemessages --ignore=$(VENV) --ignore=node_modules -v 0

# --- Running --------------------------------------------------------------

migrate: install
	@mkdir -p var
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_content

run: demo
	@echo "Signpost is at http://$(HOST):$(PORT)/  (staff: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

# The production stack on one machine: gunicorn + PostgreSQL + Redis + task worker.
serve-prod: install
	deploy/stack.sh start

stop-prod:
	deploy/stack.sh stop

# --- Checking -------------------------------------------------------------

test: install-test
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

bench: install-test
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || true
	@test -d bench/node_modules/lighthouse || npm ci --prefix bench --no-audit --no-fund --loglevel=error
	$(PY) bench/run_all.py

# Load test of the production stack (start it with `make serve-prod`); locust
# lives in its own virtualenv, pinned in bench/requirements.txt. LOAD_ARGS
# passes options, e.g. LOAD_ARGS="--overload 4 --duration 20".
bench/.load-venv/bin/locust: bench/requirements.txt
	$(PYTHON) -m venv bench/.load-venv
	bench/.load-venv/bin/pip install --quiet -r bench/requirements.txt
	@touch $@

load: bench/.load-venv/bin/locust | $(PY)
	$(PY) bench/load_test.py $(LOAD_ARGS)

# Regenerate the pinned lock files from pyproject.toml's ranges.
lock:
	rm -rf /tmp/signpost-lock && $(PYTHON) -m venv /tmp/signpost-lock
	/tmp/signpost-lock/bin/pip install --quiet --upgrade pip
	$(PYTHON) -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
	  open('/tmp/signpost-lock/runtime.txt', 'w').write('\n'.join(p['dependencies'])); \
	  open('/tmp/signpost-lock/test.txt', 'w').write('\n'.join(p['optional-dependencies']['test']))"
	/tmp/signpost-lock/bin/pip install --quiet -r /tmp/signpost-lock/runtime.txt
	/tmp/signpost-lock/bin/pip freeze > requirements.lock
	/tmp/signpost-lock/bin/pip install --quiet -r /tmp/signpost-lock/test.txt
	/tmp/signpost-lock/bin/pip freeze > requirements-test.lock

clean:
	rm -rf $(VENV) var/static node_modules .pytest_cache
