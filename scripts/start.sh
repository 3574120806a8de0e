#!/usr/bin/env bash
# Installs and runs Regie with demo data: API and web UI on http://localhost:3000, the worker beside it.
# Demo mode: dev tokens and a manual clock you can advance from the UI or POST /api/v1/clock/advance.
set -euo pipefail
source "$(dirname "$0")/services.sh"
export AUTH_MODE="${AUTH_MODE:-dev}" CLOCK="${CLOCK:-manual}" PORT="${PORT:-3000}"
# warnings and errors only in the terminal; LOG_LEVEL=info shows every request (ids only, never personal data)
export LOG_LEVEL="${LOG_LEVEL:-warn}"
say "Bouwen..."
npm run --silent build
say "Database bijwerken..."
node dist/libs/persistence/src/cli/migrate.js
node dist/apps/worker/src/demo-seed.js
say "Worker en API starten..."
node dist/apps/worker/src/main.js &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
say "Open http://localhost:$PORT (API-documentatie op http://localhost:$PORT/docs). Stoppen: Ctrl-C."
node dist/apps/api/src/main.js
