# Two commands on a fresh machine: `make run` serves the demo site, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup setup-dev setup-browser demo lint format clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

setup-dev: $(VENV)/.installed-dev

# Browser tests need Debian's Chromium (no browser downloads) and axe-core from npm.
setup-browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "NOTE: Chromium is missing; browser tests will be skipped. Install it with: sudo apt-get install chromium"; \
		fi; \
	fi
	@if [ ! -f node_modules/axe-core/axe.min.js ]; then \
		if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
		else echo "NOTE: npm is missing; accessibility checks will be skipped."; fi; \
	fi

demo: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_site --hostname $(HOST) --port $(PORT)
	$(PY) manage.py load_demo_contacts
	$(PY) manage.py load_demo_network
	$(PY) manage.py load_demo_news
	$(PY) manage.py ensure_demo_users

run: demo
	@echo "Serving the demo site at http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup-dev setup-browser
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: setup-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
