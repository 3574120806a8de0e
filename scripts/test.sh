#!/usr/bin/env bash
# Every test: type check, lint, then unit, integration and end-to-end tests against real Postgres and Redis.
set -euo pipefail
source "$(dirname "$0")/services.sh"
say "Typecheck..."
npx tsc -p tsconfig.json --noEmit
say "Lint..."
npm run --silent lint
say "Tests..."
npx jest --maxWorkers=2 "$@"
