#!/usr/bin/env bash
# Measures the engine on this machine: durable transitions per second (engine vs raw SQL) and deadline timers.
# Uses its own database (regie_bench, dropped and recreated), Redis index 14 and queue prefix regie-bench, so a
# running demo and the tests are untouched. `npm run bench -- --quick` is a smoke run. See bench/main.ts.
# Then (g), timer recovery after FLUSHALL, on a Postgres and Redis of its own (bench/timer-recovery.ts).
set -euo pipefail
source "$(dirname "$0")/services.sh"
source scripts/own-services.sh

# --only=a,b,... names the phases to run (a-f: bench/main.ts, g: bench/timer-recovery.ts); all when absent
only=""
for arg in "$@"; do [[ $arg == --only=* ]] && only=${arg#--only=}; done
wants() { [[ -z $only || ",$only," == *",$1,"* ]]; }

say "Build..."
# The build must pass: on a type error tsc prints it and the bench stops here (set -e), measuring nothing stale.
npm run --silent build
say "Bench..."
if wants a || wants b || wants d || wants e || wants f; then node dist/bench/main.js "$@"; fi
if wants g; then
  ensure_server_binaries
  export REGIE_FAULTS_ROOT
  REGIE_FAULTS_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/regie-bench-g.XXXXXX")
  chmod 755 "$REGIE_FAULTS_ROOT" # the postgres user must reach its data directory inside
  trap 'cleanup_own_services "$REGIE_FAULTS_ROOT"' EXIT
  node dist/bench/timer-recovery.js "$@"
fi
