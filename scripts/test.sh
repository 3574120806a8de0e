#!/usr/bin/env bash
# Every test: type check, the generated schema types against the migrations, lint, the OpenAPI document (linted with the project's API Design Rules and with the
# ruleset Logius publishes, the client types up to date), then unit, integration and end-to-end tests against
# real Postgres and Redis (jest, two projects: unit and integration), the browser tests (test/browser: Playwright in
# Debian's Chromium against the built product on a database of its own) and the fault suite (test/faults) on a
# Postgres and Redis of its own. Ends with the time each stage took.
#
# The type check, lint and the build run side by side (then the OpenAPI checks, which write into dist/ after the
# build emptied it); then jest alone; then the browser tests and the fault suite side by side (their own database,
# Redis keys and ports, or their own Postgres and Redis). Output streams (the fault suite's is printed when the
# browser tests are done) and is kept in .regie/test-logs/. Arguments go to jest and run only the checks and those
# tests: `npm test -- test/api.spec.ts`.
set -euo pipefail
begin=$SECONDS
source "$(dirname "$0")/services.sh" # Postgres, Redis, npm ci; from the repository's root
source scripts/own-services.sh       # ensure_server_binaries, apt_install
setup=$((SECONDS - begin))

LOGS=.regie/test-logs
rm -rf "$LOGS"
mkdir -p "$LOGS"

# timed NAME CMD...: runs CMD with its output in $LOGS/NAME.log, and notes its exit status and seconds.
timed() {
  local name=$1 start=$SECONDS rc=0
  shift
  "$@" >"$LOGS/$name.log" 2>&1 || rc=$?
  echo "$rc $((SECONDS - start))" >"$LOGS/$name.done"
  return "$rc"
}
# timed_live NAME CMD...: the same, its output also on the terminal as it comes.
timed_live() {
  local name=$1 start=$SECONDS rc=0
  shift
  "$@" 2>&1 | tee "$LOGS/$name.log" || rc=$?
  echo "$rc $((SECONDS - start))" >"$LOGS/$name.done"
  return "$rc"
}

LABELS=(typecheck:"Typecheck" schema:"Schematypes" lint:"Lint" build:"Bouwen" openapi:"OpenAPI" jest:"Jest (unit, integratie)"
  browser:"Browsertests" faults:"Fouttests")
# The time of each stage that ran, and the total; on any exit, so a failed run says how far it got.
report() {
  local entry name rc secs status
  printf '\n\033[1m[regie] Tijd per stap\033[0m (stappen in dezelfde groep liepen naast elkaar)\n'
  printf '  %-26s %5s s\n' "Postgres, Redis, npm ci" "$setup"
  for entry in "${LABELS[@]}"; do
    name=${entry%%:*}
    [[ -f $LOGS/$name.done ]] || continue
    read -r rc secs <"$LOGS/$name.done"
    if [[ $rc == 0 ]]; then status=ok; else status="MISLUKT (exit $rc, $LOGS/$name.log)"; fi
    printf '  %-26s %5s s  %s\n' "${entry#*:}" "$secs" "$status"
  done
  printf '  %-26s %5s s\n' "Totaal" "$((SECONDS - begin))"
}

# Background stages run in process groups of their own (set -m): stopping the run stops each group whole.
set -m
lanes=()
stop_lanes() {
  local pid
  for pid in "${lanes[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
}
trap 'stop_lanes; report' EXIT

# finish_lanes NAME...: waits for the background stages, prints each one's output under its name, and fails
# naming those that failed.
finish_lanes() {
  local pid name rc failed=()
  for pid in "${lanes[@]}"; do wait "$pid" || true; done
  lanes=()
  for name in "$@"; do
    [[ -f $LOGS/$name.done ]] || continue # not run: the stage before it in its lane failed
    say "---- $name ($LOGS/$name.log)"
    cat "$LOGS/$name.log"
    read -r rc _ <"$LOGS/$name.done"
    [[ $rc == 0 ]] || failed+=("$name")
  done
  [[ ${#failed[@]} -eq 0 ]] || fail "Mislukt: ${failed[*]} (zie hierboven en $LOGS/)."
}

# The document from the code, the client types up to date, the project's API Design Rules (Spectral), then the
# published API Design Rules linter of Logius (vendor/logius-adr). Chained: timed runs it where set -e does not.
openapi_checks() {
  node -r ./scripts/ts-register.cjs scripts/openapi.ts --check \
    && npx spectral lint dist/openapi.json --ruleset .spectral.yaml --fail-severity=error --display-only-failures \
    && npx spectral lint dist/openapi.json --ruleset vendor/logius-adr/linter.yaml --fail-severity=error \
      --display-only-failures
}

say "Typecheck, lint en bouwen naast elkaar, daarna de OpenAPI-controles (API Design Rules, Logius-linter, clienttypes)..."
timed typecheck bash -c 'npx tsc -p tsconfig.json --noEmit && npx tsc -p apps/web/tsconfig.json --noEmit' &
lanes+=("$!")
timed lint npm run --silent lint &
lanes+=("$!")
# the query builder's row types (libs/persistence/src/schema.ts) still what the migrations make
timed schema bash scripts/db-types.sh --verify &
lanes+=("$!")
# API, worker and web UI: the tests serve dist/apps/web, the browser tests and the fault suite start dist/
{ timed build npm run --silent build && timed openapi openapi_checks; } &
lanes+=("$!")
finish_lanes typecheck schema lint build openapi
export REGIE_BUILT=1

# Three jest workers: alone, jest keeps the two cores about half busy (its tests wait on Postgres, Redis and the
# clock moves' round trips), and three finish in about three quarters of the time of two.
if [[ $# -gt 0 ]]; then # arguments name files of the main suite: only those
  timed_live jest npx jest --maxWorkers=3 "$@"
  exit 0
fi

# What the browser tests and the fault suite need on this machine, asked and installed before anything runs.
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then
  [[ -z ${CHROMIUM:-} ]] || fail "CHROMIUM=$chromium bestaat niet of is niet uitvoerbaar."
  apt_install "Chromium voor de browsertests (Playwright kan hier geen eigen browser downloaden)" chromium
  [[ -x $chromium ]] || fail "$chromium niet gevonden, ook niet na installatie van het pakket chromium."
fi
ensure_server_binaries

# jest alone: on two cores, its scenarios that move the clock years at once (each morning's periodic jobs run on
# the way) passed their time-outs when the browser tests and the fault suite ran beside them.
say "Jest (unit en integratie)..."
timed_live jest npx jest --maxWorkers=3
say "Browsertests (Playwright, Debian chromium) en fouttests (eigen Postgres en Redis) naast elkaar; de uitvoer \
van de fouttests volgt na die van de browsertests..."
timed faults bash scripts/test-faults.sh &
lanes+=("$!")
browser_rc=0
timed_live browser npx playwright test || browser_rc=$?
[[ $browser_rc != 130 ]] || exit 130 # Ctrl-C: the trap stops the fault suite
finish_lanes faults
[[ $browser_rc == 0 ]] || fail "Mislukt: browsertests (zie hierboven en $LOGS/browser.log)."

