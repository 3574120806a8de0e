#!/usr/bin/env bash
# The fault suite (test/faults): starts a Postgres and a Redis of its own on free ports of 127.0.0.1 in a
# temporary directory (never the developer's on 5432/6379: it stops, kills and empties them on purpose), runs the
# real API and worker processes from dist/ against them and injects faults. Arguments go to jest, e.g.
# `npm run test:faults -- test/faults/kill.fault.ts` or `-- -t FLUSHALL`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/own-services.sh # and lib.sh: say, fail, require_node, ensure_modules

require_node
ensure_server_binaries
ensure_modules # as services.sh does, without its requirement of a Postgres and Redis on 5432/6379

# npm test has built dist/ from this tree already; on its own the fault suite builds it
if [[ -z ${REGIE_BUILT:-} ]]; then
  say "Bouwen..."
  npm run --silent build
fi

# Everything the harness starts lives under here; the trap stops what a killed run would leave behind.
export REGIE_FAULTS_ROOT
REGIE_FAULTS_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/regie-faults-run.XXXXXX")
chmod 755 "$REGIE_FAULTS_ROOT" # the postgres user must reach its data directory inside
trap 'cleanup_own_services "$REGIE_FAULTS_ROOT"' EXIT

say "Fouttests (eigen Postgres en Redis, echte API- en workerprocessen)..."
npx jest -c jest.faults.config.js "$@"
