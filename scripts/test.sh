#!/usr/bin/env bash
# Every test: type check, lint, the OpenAPI document (linted with the API Design Rules, the client types up to
# date), then unit, integration and end-to-end tests against real Postgres and Redis, then
# the fault suite (test/faults) on a Postgres and Redis of its own.
set -euo pipefail
source "$(dirname "$0")/services.sh"
say "Typecheck..."
npx tsc -p tsconfig.json --noEmit
say "Lint..."
npm run --silent lint
say "OpenAPI: document, API Design Rules (Spectral), client types..."
node -r ./scripts/ts-register.cjs scripts/openapi.ts --check
npx spectral lint dist/openapi.json --ruleset .spectral.yaml --fail-severity=error --display-only-failures
say "Tests..."
npx jest --maxWorkers=2 "$@"
# Only a full run: arguments name files of the main suite.
if [[ $# -eq 0 ]]; then bash scripts/test-faults.sh; fi
