#!/usr/bin/env bash
# Measures the engine on this machine: durable transitions per second (engine, raw SQL, through HTTP) against
# the limit (pgbench), and deadline timers.
# Uses its own database (regie_bench, dropped and recreated), Redis index 14 and queue prefix regie-bench, so a
# running demo and the tests are untouched. `npm run bench -- --quick` is a smoke run. See bench/main.ts.
# Then (g), timer recovery after FLUSHALL, on a Postgres and Redis of its own (bench/timer-recovery.ts).
set -euo pipefail
source "$(dirname "$0")/services.sh"
source scripts/own-services.sh

# --only=a,b,... names the phases to run (a-f, p, h: bench/main.ts, g: bench/timer-recovery.ts); all when absent
only=""
for arg in "$@"; do [[ $arg == --only=* ]] && only=${arg#--only=}; done
wants() { [[ -z $only || ",$only," == *",$1,"* ]]; }

# (p), the limit, is pgbench. /usr/bin/pgbench is Debian's wrapper (postgresql-client-common) and may find no
# pgbench behind it, so ask it for its version. Debian ships pgbench in postgresql-client; Debian 12 still in the
# server package of that version (postgresql), which is tried when the client brought none.
have_pgbench() { pgbench --version >/dev/null 2>&1; }
ensure_pgbench() {
  have_pgbench && return 0
  command -v apt-get >/dev/null \
    || fail "pgbench ontbreekt (fase p, de limiet) en zonder apt-get kan ik het niet installeren. Installeer postgresql-client zelf, of laat p weg met --only=."
  local sudo=""
  [[ $(id -u) -eq 0 ]] || { command -v sudo >/dev/null && sudo="sudo"; } \
    || fail "pgbench ontbreekt (fase p, de limiet); zonder root of sudo kan ik postgresql-client niet installeren."
  say "pgbench installeren uit de Debian-pakketten (postgresql-client)..."
  $sudo apt-get update -qq || fail "apt-get update mislukte; installeer postgresql-client zelf."
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-client >/dev/null \
    || fail "apt-get install postgresql-client mislukte; installeer het zelf."
  if ! have_pgbench; then
    say "postgresql-client bracht geen pgbench mee (Debian 12 levert het bij de server): postgresql installeren..."
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null \
      || fail "apt-get install postgresql mislukte; installeer pgbench zelf."
  fi
  have_pgbench || fail "pgbench werkt niet, ook niet na installatie van postgresql-client en postgresql."
}
if wants p; then ensure_pgbench; fi

say "Build..."
# The build must pass: on a type error tsc prints it and the bench stops here (set -e), measuring nothing stale.
npm run --silent build
say "Bench..."
if wants a || wants b || wants p || wants h || wants d || wants e || wants f; then node dist/bench/main.js "$@"; fi
if wants g; then
  ensure_server_binaries
  export REGIE_FAULTS_ROOT
  REGIE_FAULTS_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/regie-bench-g.XXXXXX")
  chmod 755 "$REGIE_FAULTS_ROOT" # the postgres user must reach its data directory inside
  trap 'cleanup_own_services "$REGIE_FAULTS_ROOT"' EXIT
  node dist/bench/timer-recovery.js "$@"
fi
