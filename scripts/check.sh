#!/usr/bin/env bash
# make check: format, lint, types, schema drift, migration drift, generated-client drift.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
step() { local name=$1; shift; printf '» %s\n' "$name"; if ! "$@"; then echo "✗ $name failed"; fail=1; fi; }

step "ruff format" backend/.venv/bin/ruff format --check --quiet backend
step "ruff lint" backend/.venv/bin/ruff check --quiet backend
step "mypy strict" bash -c 'cd backend && .venv/bin/mypy --no-error-summary tandem tests migrations'
step "schema drift (schema.graphql = the code's schema)" bash -c \
  'diff -u schema.graphql <(cd backend && .venv/bin/tandem export-schema) >&2'
tmp=$(mktemp -d)
step "migration drift (alembic check)" bash -c \
  "cd backend && DATABASE_URL=sqlite+aiosqlite:///$tmp/check.db .venv/bin/tandem migrate 2>/dev/null && DATABASE_URL=sqlite+aiosqlite:///$tmp/check.db .venv/bin/tandem check-migrations"
rm -rf "$tmp"
step "frontend typecheck" bash -c 'cd frontend && npm run --silent typecheck'
step "frontend lint" bash -c 'cd frontend && npm run --silent lint'
step "generated client drift" bash -c 'cd frontend && npm run --silent codegen:check'
exit $fail
