# Quartiers — the two commands: `make run` (the demo) and `make test` (every test).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
WORKERS ?= 2
VAR := var
# `make run` serves the site the way production does: production settings, gunicorn,
# whitenoise, DEBUG off, on plain HTTP for this machine only, media served by the app.
RUN_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$$(cat $(VAR)/secret_key)" \
	ALLOWED_HOSTS=127.0.0.1,localhost \
	PORTAL_HTTPS=off SERVE_MEDIA=on DEMO_MODE=on \
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT)

.PHONY: run test install install-test browser pdf-libs lint format bench bench-http lighthouse messages audit clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet ".[test]"
	touch $@

install: $(VENV)/.installed pdf-libs

install-test: $(VENV)/.installed-test browser pdf-libs

$(VAR)/secret_key:
	mkdir -p $(VAR)
	$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

run: install $(VAR)/secret_key
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput -v0
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	$(RUN_ENV) $(BIN)/python manage.py load_demo
	$(RUN_ENV) $(BIN)/gunicorn portal.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile -

# Debian's chromium for the browser tests; installed when missing and we are root.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; \
	  else \
	    echo "Les tests dans le navigateur ont besoin de chromium : sudo apt-get install chromium"; exit 1; \
	  fi; \
	fi

# Pango for WeasyPrint (the gazette's PDF print edition); installed when missing and we are root.
pdf-libs:
	@if ! { ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null | grep -q 'libpangoft2-1.0.so.0'; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null; \
	  else \
	    echo "Le PDF de la gazette a besoin de Pango : sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"; exit 1; \
	  fi; \
	fi

# Two processes (pytest-xdist): the browser tests, which share one server, run in one of them
# while the other runs the rest.
test: install-test
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Known vulnerabilities in what the pins install (pip-audit reads the advisory database online:
# run it on a machine with Internet access; CI does not).
$(VENV)/.installed-audit: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet ".[audit]"
	touch $@

audit: $(VENV)/.installed-audit
	$(BIN)/pip-audit --strict --progress-spinner off

bench: install-test
	$(BIN)/python -m pytest -m perf tests/perf -s

# Throughput of the public pages against a static file, cached and uncached (needs wrk).
bench-http:
	tests/perf/bench_http.sh

# Lighthouse's scores of a running site (`make run` first; BASE=http://127.0.0.1:8000).
lighthouse:
	tests/perf/lighthouse.sh

# The French catalogue of plural messages (0 and 1 in the singular; needs GNU gettext).
messages: install
	$(BIN)/python manage.py french_plurals

clean:
	rm -rf $(VAR) $(VENV)
