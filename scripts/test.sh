#!/usr/bin/env bash
# Every test: type check, lint, the OpenAPI document (linted with the project's API Design Rules and with the
# ruleset Logius publishes, the client types up to date), then unit, integration and end-to-end tests against
# real Postgres and Redis, the browser tests (test/browser: Playwright in Debian's Chromium against the built
# product on a database of its own), then the fault suite (test/faults) on a Postgres and Redis of its own.
set -euo pipefail
source "$(dirname "$0")/services.sh"
say "Typecheck..."
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/web/tsconfig.json --noEmit
say "Lint..."
npm run --silent lint
say "OpenAPI: document, API Design Rules (Spectral), client types..."
node -r ./scripts/ts-register.cjs scripts/openapi.ts --check
npx spectral lint dist/openapi.json --ruleset .spectral.yaml --fail-severity=error --display-only-failures
say "OpenAPI: de gepubliceerde API Design Rules-linter van Logius (vendor/logius-adr)..."
npx spectral lint dist/openapi.json --ruleset vendor/logius-adr/linter.yaml --fail-severity=error --display-only-failures
say "Bouwen (API, worker en web-UI: de tests serveren dist/apps/web, de browsertests en de foutensuite starten dist/)..."
npm run --silent build
export REGIE_BUILT=1
say "Tests..."
npx jest --maxWorkers=2 "$@"
# Only a full run: arguments name files of the main suite.
[[ $# -eq 0 ]] || exit 0
say "Browsertests (Playwright, Debian chromium)..."
source scripts/own-services.sh # apt_install
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  [[ -z ${CHROMIUM:-} ]] || fail "CHROMIUM=$chromium bestaat niet of is niet uitvoerbaar."
  apt_install "Chromium voor de browsertests (Playwright kan hier geen eigen browser downloaden)" chromium
  [[ -x $chromium ]] || fail "$chromium niet gevonden, ook niet na installatie van het pakket chromium."
fi
npx playwright test
bash scripts/test-faults.sh
