#!/usr/bin/env bash
# Every test: type check, lint, then unit, integration and end-to-end tests against real Postgres and Redis, then
# the fault suite (test/faults) on a Postgres and Redis of its own.
set -euo pipefail
source "$(dirname "$0")/services.sh"
say "Typecheck..."
npx tsc -p tsconfig.json --noEmit
say "Lint..."
npm run --silent lint
say "Tests..."
npx jest --maxWorkers=2 "$@"
# Only a full run: arguments name files of the main suite.
if [[ $# -eq 0 ]]; then bash scripts/test-faults.sh; fi
