#!/usr/bin/env bash
# Measures the engine on this machine: durable transitions per second (engine, raw SQL, through HTTP) against
# the limits (pgbench, two scripts), deadline timers, the escalation board and the other phases of bench/main.ts.
# Uses its own database (regie_bench, dropped and recreated), Redis index 14 and queue prefix regie-bench, so a
# running demo and the tests are untouched. `npm run bench -- --quick` is a smoke run. See bench/main.ts.
# Then (g), timer recovery after FLUSHALL, on a Postgres and Redis of its own (bench/timer-recovery.ts).
set -euo pipefail
source "$(dirname "$0")/services.sh"
source scripts/own-services.sh

# --only=a,b,... names the phases to run (a-f, p, p1, h, i, n: bench/main.ts, g: bench/timer-recovery.ts); all when absent
only=""
for arg in "$@"; do [[ $arg == --only=* ]] && only=${arg#--only=}; done
wants() { [[ -z $only || ",$only," == *",$1,"* ]]; }

# (p) and (p1), the limits, are pgbench. /usr/bin/pgbench is Debian's wrapper (postgresql-client-common) and may find no
# pgbench behind it, so ask it for its version. Debian ships pgbench in postgresql-client; Debian 12 still in the
# server package of that version (postgresql), which is tried when the client brought none.
have_pgbench() { pgbench --version >/dev/null 2>&1; }
ensure_pgbench() {
  have_pgbench && return 0
  apt_install "pgbench, voor fasen p en p1 (de limieten); of laat p en p1 weg met --only=" postgresql-client
  have_pgbench || apt_install "pgbench: Debian 12 levert het bij de server" postgresql
  have_pgbench || fail "pgbench werkt niet, ook niet na installatie van postgresql-client en postgresql."
}
if wants p || wants p1; then ensure_pgbench; fi

say "Build..."
# The build must pass: on a type error tsc prints it and the bench stops here (set -e), measuring nothing stale.
npm run --silent build
say "Bench..."
if wants a || wants b || wants p || wants p1 || wants h || wants d || wants e || wants f || wants i || wants n; then node dist/bench/main.js "$@"; fi
if wants g; then
  ensure_server_binaries
  export REGIE_FAULTS_ROOT
  REGIE_FAULTS_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/regie-bench-g.XXXXXX")
  chmod 755 "$REGIE_FAULTS_ROOT" # the postgres user must reach its data directory inside
  trap 'cleanup_own_services "$REGIE_FAULTS_ROOT"' EXIT
  node dist/bench/timer-recovery.js "$@"
fi
