#!/usr/bin/env bash
# Makes sure Postgres and Redis answer, and node_modules is installed. Sourced by start.sh, test.sh and bench.sh.
# Order: use the ones already listening; else docker compose where a Docker engine runs; else install and start
# them from Debian packages. Exports DATABASE_URL and REDIS_URL for what follows.
set -euo pipefail

say() { printf '\033[1m[regie]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[regie] %s\033[0m\n' "$*" >&2; exit 1; }

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/regie}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

hostport() { # URL -> "host port"
  node -e 'const u=new URL(process.argv[1]);console.log(u.hostname, u.port||process.argv[2])' "$1" "$2"
}
listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
wait_for() { for _ in $(seq 1 60); do listening "$1" "$2" && return 0; sleep 1; done; return 1; }

command -v node >/dev/null || fail "Node.js 20 of nieuwer is nodig (https://nodejs.org of apt-get install nodejs)."
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || fail "Node.js 20 of nieuwer is nodig; deze machine heeft $(node --version)."

read -r PG_HOST PG_PORT < <(hostport "$DATABASE_URL" 5432)
read -r REDIS_HOST REDIS_PORT < <(hostport "$REDIS_URL" 6379)

ensure_services() {
  if listening "$PG_HOST" "$PG_PORT" && listening "$REDIS_HOST" "$REDIS_PORT"; then
    say "Postgres ($PG_HOST:$PG_PORT) en Redis ($REDIS_HOST:$REDIS_PORT) draaien al."
    return
  fi
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    say "Postgres en Redis starten met docker compose..."
    docker compose up -d --wait
    return
  fi
  if command -v apt-get >/dev/null; then
    local sudo=""
    [[ $(id -u) -eq 0 ]] || { command -v sudo >/dev/null && sudo="sudo"; } \
      || fail "Postgres/Redis ontbreken en zonder root of sudo kan ik ze niet installeren."
    say "Postgres en Redis installeren uit de Debian-pakketten..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql redis-server >/dev/null
    if ! listening "$PG_HOST" "$PG_PORT"; then
      local version
      version=$(ls /etc/postgresql | sort -V | tail -1)
      $sudo pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
        || $sudo service postgresql start
      wait_for "$PG_HOST" "$PG_PORT" || fail "Postgres start niet."
      # Debian's default asks a password over TCP: give the postgres user one the app can use.
      $sudo -u postgres psql -qc "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
      export DATABASE_URL="postgres://postgres:postgres@${PG_HOST}:${PG_PORT}/regie"
    fi
    if ! listening "$REDIS_HOST" "$REDIS_PORT"; then
      $sudo redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
      wait_for "$REDIS_HOST" "$REDIS_PORT" || fail "Redis start niet."
    fi
    return
  fi
  fail "Geen Postgres en Redis gevonden op $PG_HOST:$PG_PORT en $REDIS_HOST:$REDIS_PORT, geen Docker-engine en geen apt-get.
Start ze zelf en zet DATABASE_URL en REDIS_URL, of gebruik een machine met Docker of Debian/Ubuntu."
}

ensure_modules() {
  local stamp=node_modules/.package-lock.json
  if [[ ! -f $stamp || package-lock.json -nt $stamp ]]; then
    say "npm ci..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ensure_services
ensure_modules
