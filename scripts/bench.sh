#!/usr/bin/env bash
# Measures the engine on this machine: durable transitions per second (engine vs raw SQL) and deadline timers.
# Uses its own database (regie_bench, dropped and recreated), Redis index 14 and queue prefix regie-bench, so a
# running demo and the tests are untouched. `npm run bench -- --quick` is a smoke run. See bench/main.ts.
set -euo pipefail
source "$(dirname "$0")/services.sh"
say "Build..."
# The build must pass: on a type error tsc prints it and the bench stops here (set -e), measuring nothing stale.
npm run --silent build
say "Bench..."
exec node dist/bench/main.js "$@"
