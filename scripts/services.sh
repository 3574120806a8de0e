#!/usr/bin/env bash
# Makes sure Postgres and Redis answer, and node_modules is installed. Sourced by start.sh, test.sh and bench.sh.
# Order: use the ones already listening; else docker compose where a Docker engine runs; else install and start
# them from Debian packages. Before it changes anything (containers, packages, services) it says exactly what it
# will run; in a terminal it asks first, under CI=true or without a terminal it goes ahead (scripts/lib.sh). It sets
# a password only on a Postgres cluster it has just installed itself, never on one that was there before.
# Exports DATABASE_URL and REDIS_URL for what follows.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/regie}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

hostport() { # URL -> "host port"
  node -e 'const u=new URL(process.argv[1]);console.log(u.hostname, u.port||process.argv[2])' "$1" "$2"
}
listening() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
wait_for() { for _ in $(seq 1 60); do listening "$1" "$2" && return 0; sleep 1; done; return 1; }

require_node
read -r PG_HOST PG_PORT < <(hostport "$DATABASE_URL" 5432)
read -r REDIS_HOST REDIS_PORT < <(hostport "$REDIS_URL" 6379)

ensure_services() {
  local pg_up=true redis_up=true
  listening "$PG_HOST" "$PG_PORT" || pg_up=false
  listening "$REDIS_HOST" "$REDIS_PORT" || redis_up=false
  if $pg_up && $redis_up; then
    say "Postgres ($PG_HOST:$PG_PORT) en Redis ($REDIS_HOST:$REDIS_PORT) draaien al."
    return
  fi
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    local wanted=()
    $pg_up || wanted+=(postgres)
    $redis_up || wanted+=(redis)
    local up="docker compose up -d --wait ${wanted[*]}"
    announce_change "${wanted[*]} starten als container van docker-compose.yml (postgres:16 op 127.0.0.1:5432 zonder \
wachtwoord, redis:7 op 127.0.0.1:6379)" "$up"
    run_change "$up" || fail "docker compose up mislukte."
    return
  fi
  command -v apt-get >/dev/null || fail "Geen Postgres en Redis gevonden op $PG_HOST:$PG_PORT en $REDIS_HOST:$REDIS_PORT, \
geen Docker-engine en geen apt-get. Start ze zelf en zet DATABASE_URL en REDIS_URL, of gebruik een machine met Docker \
of Debian/Ubuntu."
  debian_services "$pg_up" "$redis_up"
}

# From Debian packages: what is missing is installed, a cluster that is there but stopped is started as it is.
debian_services() {
  local pg_up=$1 redis_up=$2 sudo as_postgres packages=() why=() cmds=() fresh_cluster=false cluster=""
  sudo=$(sudo_prefix "Postgres/Redis installeren of starten")
  if [[ $(id -u) -eq 0 ]]; then as_postgres="runuser -u postgres --"; else as_postgres="sudo -u postgres"; fi
  if ! $pg_up; then
    cluster=$(ls -d /etc/postgresql/*/main 2>/dev/null | sort -V | tail -1 || true)
    if [[ -n $cluster ]]; then
      why+=("de Postgres-cluster die er al is ($cluster) starten; zijn gebruikers en wachtwoorden blijven zoals ze zijn")
      cluster=$(basename "$(dirname "$cluster")")
    else
      fresh_cluster=true
      packages+=(postgresql)
      why+=("Postgres installeren (Debian maakt daarbij een nieuwe cluster 'main' op poort 5432) en die starten; \
alleen op die nieuwe cluster krijgt de gebruiker postgres het wachtwoord 'postgres', voor de verbinding over TCP")
    fi
  fi
  if ! $redis_up; then
    command -v redis-server >/dev/null || packages+=(redis-server)
    why+=("Redis starten op 127.0.0.1:$REDIS_PORT, zonder opslag op schijf (als het pakket dat nog niet deed)")
  fi

  local update="${sudo}apt-get update -qq"
  local install="DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq ${packages[*]}"
  local version="\$(ls /etc/postgresql | sort -V | tail -1)"
  [[ -z $cluster ]] || version=$cluster
  local start_pg="${sudo}pg_ctlcluster --skip-systemctl-redirect $version main start || ${sudo}service postgresql start"
  local password="$as_postgres psql -qc \"ALTER USER postgres PASSWORD 'postgres'\""
  local start_redis="${sudo}redis-server --daemonize yes --bind 127.0.0.1 --port $REDIS_PORT --save '' --appendonly no"
  if [[ ${#packages[@]} -gt 0 ]]; then cmds+=("$update" "$install"); fi
  $pg_up || cmds+=("$start_pg")
  ! $fresh_cluster || cmds+=("$password")
  $redis_up || cmds+=("$start_redis")
  local reason
  printf -v reason '%s; ' "${why[@]}"
  announce_change "${reason%; }" "${cmds[@]}"

  if [[ ${#packages[@]} -gt 0 ]]; then
    run_change "$update" || fail "apt-get update mislukte; installeer ${packages[*]} zelf."
    run_change "$install" || fail "apt-get install ${packages[*]} mislukte; installeer het zelf."
  fi
  if ! $pg_up; then
    run_change "$start_pg" || fail "Postgres start niet."
    wait_for "$PG_HOST" "$PG_PORT" || fail "Postgres luistert niet op $PG_HOST:$PG_PORT."
    if $fresh_cluster; then
      run_change "$password" || fail "Het wachtwoord van de nieuwe cluster zetten mislukte."
      export DATABASE_URL="postgres://postgres:postgres@${PG_HOST}:${PG_PORT}/regie"
    else
      say "Maakt de app geen verbinding met de cluster die er al was, zet dan DATABASE_URL met de gebruiker en het \
wachtwoord die ze kent (postgres://gebruiker:wachtwoord@$PG_HOST:$PG_PORT/regie)."
    fi
  fi
  if ! $redis_up; then
    if listening "$REDIS_HOST" "$REDIS_PORT"; then
      say "Redis draait al: het pakket heeft het gestart."
    else
      run_change "$start_redis" || fail "Redis start niet."
      wait_for "$REDIS_HOST" "$REDIS_PORT" || fail "Redis luistert niet op $REDIS_HOST:$REDIS_PORT."
    fi
  fi
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ensure_services
ensure_modules
