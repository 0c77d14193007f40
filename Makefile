# Two commands on a fresh machine: `make run` serves the demo site, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in emails and printed instructions point at the address the demo really runs on.
SITE_URL := http://$(HOST):$(PORT)
demo run: export WAGTAILADMIN_BASE_URL = $(SITE_URL)

.PHONY: run test setup setup-dev setup-browser demo lint format clean
.PHONY: setup-ops loadtest drill-db drill-redis drill-backup drill-smtp
.PHONY: setup-bench bench bench-sites
.PHONY: setup-varnish setup-nginx setup-voikko audit

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

# The front-cache tests run a real varnishd with vmod xkey (Debian: varnish, varnish-modules).
setup-varnish:
	@if [ ! -x /usr/sbin/varnishd ] || ! ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules; \
		else \
			echo "NOTE: varnishd or vmod xkey is missing; Varnish tests will be skipped. Install them with: sudo apt-get install varnish varnish-modules"; \
		fi; \
	fi

# The front-server tests run deploy/nginx/osallisuus.conf in a real nginx (Debian: nginx-light).
setup-nginx:
	@if [ ! -x /usr/sbin/nginx ] || ! command -v openssl >/dev/null; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light openssl; \
		else \
			echo "NOTE: nginx is missing; front-server tests will be skipped. Install it with: sudo apt-get install nginx-light"; \
		fi; \
	fi

# Finnish search analysis (docs/search.md): libvoikko and its Finnish dictionary from Debian.
# Without them search still works, with a weaker stemmer (system check search.W001 says so).
setup-voikko:
	@if ! ls /usr/lib/*/libvoikko.so.1 >/dev/null 2>&1 || [ ! -d /usr/lib/voikko ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvoikko1 voikko-fi; \
		else \
			echo "NOTE: libvoikko1 or voikko-fi is missing; Finnish search falls back to a stemmer. Install them with: sudo apt-get install libvoikko1 voikko-fi"; \
		fi; \
	fi

# Browser tests need Debian's Chromium (no browser downloads), axe-core and the Nu HTML checker
# (vnu-jar) from npm, and Java to run the checker.
setup-browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "NOTE: Chromium is missing; browser tests will be skipped. Install it with: sudo apt-get install chromium"; \
		fi; \
	fi
	@if ! command -v java >/dev/null; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; \
		else \
			echo "NOTE: Java is missing; the HTML validity test will be skipped. Install it with: sudo apt-get install default-jre-headless"; \
		fi; \
	fi
	@if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] \
		|| [ ! -d node_modules/suomifi-design-tokens ]; then \
		if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
		else echo "NOTE: npm is missing; accessibility checks will be skipped."; fi; \
	fi

# Load and fault drills (docs/operations.md): a private PostgreSQL, Redis, gunicorn and Varnish.
setup-ops: setup setup-varnish setup-voikko
	@[ -x /usr/sbin/varnishd ] || { echo "Varnish is missing: sudo apt-get install varnish varnish-modules"; exit 1; }

# `make bench` (bench/run.py): SCALE=1000|10000|100000, APP_SERVERS=1|2, DURATION=8, REBUILD=1.
# Needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (BENCH_POSTGRES, BENCH_REDIS).
SCALE ?= 10000
APP_SERVERS ?= 1
DURATION ?= 8
setup-bench: setup-ops
	@if ! command -v wrk >/dev/null || { ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light; \
		else \
			echo "wrk or nginx is missing: sudo apt-get install wrk nginx-light"; exit 1; \
		fi; \
	fi

bench: setup-bench
	SCALE=$(SCALE) APP_SERVERS=$(APP_SERVERS) DURATION=$(DURATION) $(PY) -m bench.run

# Several sites in one install (bench/sites.py): SITES sites of PER_SITE news each against one
# site of PER_SITE, in the same run; then a publish on one site through Varnish.
SITES ?= 20
PER_SITE ?= 5000
bench-sites: setup-bench
	SITES=$(SITES) PER_SITE=$(PER_SITE) $(PY) -m bench.sites

loadtest: setup-ops
	$(PY) -m ops.loadtest

drill-db: setup-ops
	$(PY) -m ops.loadtest --drill db

drill-redis: setup-ops
	$(PY) -m ops.loadtest --drill redis

drill-backup: setup-ops
	$(PY) -m ops.backup_drill

# The mail relay away while news is published (ops/smtp_drill.py): nothing lost, nothing doubled.
drill-smtp: setup-dev
	$(PY) -m ops.smtp_drill

demo: setup setup-voikko
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py setup_demo_sites --hostname $(HOST) --port $(PORT)
	$(PY) manage.py load_demo_contacts
	$(PY) manage.py load_demo_network
	$(PY) manage.py load_demo_news
	$(PY) manage.py load_demo_home
	$(PY) manage.py load_demo_translations
	$(PY) manage.py load_demo_identity
	$(PY) manage.py ensure_demo_users
	$(PY) manage.py link_demo_coordinator
	$(PY) manage.py rebuild_search_index

# Scheduled publishing runs every minute beside the server (production uses a timer instead);
# the loop stops with the server.
# The subscriptions' worker and timer run beside it too; the demo's mails go to files in
# DEMO_MAIL_DIR (a .log file per sending connection; open them in any editor).
DEMO_MAIL_DIR ?= $(CURDIR)/sent-mail
run: export EMAIL_FILE_PATH = $(DEMO_MAIL_DIR)
run: demo
	@echo "Serving the demo sites at $(SITE_URL)/ (Lapland; admin: $(SITE_URL)/admin/)"
	@echo "and http://pohjois-pohjanmaa.localhost:$(PORT)/ (North Ostrobothnia)"
	@echo "Emails (follow confirmations, news to followers) are written to $(DEMO_MAIL_DIR)/"
	@$(PY) manage.py publish_scheduled_loop --interval 60 --parent $$$$ & \
	loop=$$!; \
	$(PY) manage.py db_worker --backend subscriptions --queue-name subscriptions --interval 2 --no-reload --verbosity 0 & \
	worker=$$!; \
	$(PY) manage.py subscriptions_tick --loop 60 --parent $$$$ & \
	tick=$$!; trap 'kill $$loop $$worker $$tick 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# One worker per core (pytest-xdist). `--dist load` hands tests out in collection order, so each
# worker keeps pytest-django's order: tests that flush the database run after those that need
# what the migrations created. PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto
test: setup-dev setup-browser setup-varnish setup-nginx setup-voikko
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist load $(PYTEST_ARGS)

# Known vulnerabilities in the pinned requirements (pip-audit). Fails unless every package was
# really audited: a run without access to the vulnerability database is a failure, not a pass.
audit: setup-dev
	$(PY) -m ops.audit $(AUDIT_ARGS)

lint: setup-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
