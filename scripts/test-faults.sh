#!/usr/bin/env bash
# The fault suite (issue 8, test/faults): starts a Postgres and a Redis of its own on free ports of 127.0.0.1 in a
# temporary directory (never the developer's on 5432/6379: it stops, kills and empties them on purpose), runs the
# real API and worker processes from dist/ against them and injects faults. Arguments go to jest, e.g.
# `npm run test:faults -- test/faults/kill.fault.ts` or `-- -t FLUSHALL`.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[regie]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[regie] %s\033[0m\n' "$*" >&2; exit 1; }
source scripts/own-services.sh

command -v node >/dev/null || fail "Node.js 20 of nieuwer is nodig (https://nodejs.org of apt-get install nodejs)."
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || fail "Node.js 20 of nieuwer is nodig; deze machine heeft $(node --version)."
ensure_server_binaries

# as scripts/services.sh's ensure_modules, without its requirement of a Postgres and Redis on 5432/6379
stamp=node_modules/.package-lock.json
if [[ ! -f $stamp || package-lock.json -nt $stamp ]]; then
  say "npm ci..."
  npm ci --no-audit --no-fund --loglevel=error
fi

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
