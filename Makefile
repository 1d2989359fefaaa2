# Tandem — `make run` serves the product, `make test` checks everything.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && { echo $$p; break; }; done)
VENV := backend/.venv
BIN := $(VENV)/bin
TANDEM := $(BIN)/tandem
HOST ?= 127.0.0.1
PORT ?= 8000
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help run install install-backend install-frontend build test check format lint \
	typecheck schema schema-check codegen codegen-check migrations-check migrate seed-demo \
	test-backend test-backend-sqlite test-backend-postgres test-frontend test-e2e test-convergence \
	bench chromium lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-22s %s\n", $$1, $$2}'

run: install build ## install what is missing, migrate, seed the demo once, serve on :8000
	@cd backend && .venv/bin/tandem migrate && .venv/bin/tandem seed-demo
	@echo ""
	@echo "  Tandem is starting on http://$(HOST):$(PORT)"
	@echo "  Sign in as the demo manager  sam.carter@tandem.example  with password  tandem-demo"
	@echo "  (admin: morgan.lee@tandem.example, same password; GraphQL IDE: http://$(HOST):$(PORT)/graphql)"
	@echo ""
	@cd backend && exec .venv/bin/tandem serve --host $(HOST) --port $(PORT)

install: install-backend install-frontend ## backend virtualenv from the lock file, npm ci

install-backend: $(VENV)/.installed
$(VENV)/.installed: backend/requirements.txt backend/requirements-dev.txt backend/pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python >= 3.11 is needed"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes \
		-r backend/requirements.txt -r backend/requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation \
		--no-deps -e backend
	@touch $@

install-frontend: frontend/node_modules/.installed
frontend/node_modules/.installed: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/graphiql.html \
	frontend/vite.config.ts frontend/package.json -type f 2>/dev/null)
build: install-frontend frontend/dist/index.html ## build the SPA into frontend/dist
frontend/dist/index.html: $(FRONTEND_SOURCES) frontend/node_modules/.installed
	cd frontend && npm run build
	@touch $@

migrate: install-backend ## migrate the database named by DATABASE_URL
	cd backend && .venv/bin/tandem migrate

seed-demo: install-backend ## load the demo organisation into an empty database
	cd backend && .venv/bin/tandem seed-demo

test: install build chromium ## make check, then every test (SQLite, PostgreSQL, frontend, e2e)
	@bash scripts/test.sh

check: install ## format, lint, types, schema, migration and generated-client drift
	@bash scripts/check.sh

format: install-backend ## format the backend code
	cd backend && .venv/bin/ruff format . && .venv/bin/ruff check --fix .

schema: install-backend ## write schema.graphql from the code
	cd backend && .venv/bin/tandem export-schema --output ../schema.graphql

codegen: install-frontend ## regenerate the typed client from schema.graphql
	cd frontend && npm run codegen

test-backend-sqlite: install-backend
	cd backend && .venv/bin/pytest -q

test-backend-postgres: install-backend
	cd backend && TANDEM_TEST_DATABASE=postgresql .venv/bin/pytest -q

test-frontend: install-frontend
	cd frontend && npm test

test-e2e: install build chromium
	cd frontend && npm run e2e

test-convergence: install ## the sync convergence test: Node Yjs clients against tandem serve
	cd frontend && npm run convergence

bench: install ## bench/coedit: co-editing latency, Tandem and the reference Yjs server (≈ 4 min)
	cd bench/coedit && npm ci --no-audit --no-fund && node run.mjs

chromium: ## install Debian's chromium (and fonts) when it is missing
	@bash scripts/ensure-chromium.sh

lock: ## re-lock the Python dependencies (pip-compile, hashes, no index URLs)
	cd backend && .venv/bin/pip-compile -q --generate-hashes --no-emit-index-url \
		--no-emit-find-links --strip-extras --allow-unsafe -o requirements.txt requirements.in
	cd backend && .venv/bin/pip-compile -q --generate-hashes --no-emit-index-url \
		--no-emit-find-links --strip-extras --allow-unsafe -o requirements-dev.txt requirements-dev.in

clean: ## remove build outputs and installed dependencies
	rm -rf backend/.venv frontend/node_modules frontend/dist
