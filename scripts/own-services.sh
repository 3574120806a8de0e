#!/usr/bin/env bash
# For what runs a Postgres and a Redis of its own (the fault suite, bench (g)): makes sure their server binaries
# are installed, never starts or touches the ones on 5432/6379. Sourced by test-faults.sh, test.sh and bench.sh;
# defines functions only (and those of lib.sh).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# initdb and pg_ctl: the highest version under /usr/lib/postgresql, else from PATH (as test/faults/harness does)
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

ensure_server_binaries() {
  local missing=()
  pg_bin >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  if [[ ${#missing[@]} -gt 0 ]]; then
    apt_install "Postgres-serverprogramma's initdb/pg_ctl en redis-server voor een Postgres en Redis van de tests \
zelf; Debian maakt bij het pakket postgresql ook een cluster 'main' op poort 5432" "${missing[@]}"
    pg_bin >/dev/null || fail "initdb/pg_ctl niet gevonden, ook niet na installatie van postgresql."
    command -v redis-server >/dev/null || fail "redis-server niet gevonden, ook niet na installatie."
  fi
  # initdb refuses to run as root: the harness runs Postgres as the postgres user the Debian package creates
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    fail "Als root draait Postgres als gebruiker 'postgres', maar die bestaat niet. Installeer het pakket postgresql of draai niet als root."
  fi
}

# Stops what a run left behind under $1 (jest or the bench killed halfway): only processes whose pid files the
# harness wrote there, and the Postgres clusters in it. Then removes the directory.
cleanup_own_services() {
  local root=$1 pidfile pid data bin
  [[ -n $root && -d $root ]] || return 0
  for pidfile in "$root"/regie-faults-*/*/pids/*.pid "$root"/regie-faults-*/redis/redis.pid; do
    [[ -f $pidfile ]] || continue
    pid=$(cat "$pidfile")
    if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
      && grep -qaE 'node|redis-server' "/proc/$pid/cmdline" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  bin=$(pg_bin || true)
  for data in "$root"/regie-faults-*/pg/data; do
    [[ -f $data/postmaster.pid && -n $bin ]] || continue
    if [[ $(id -u) -eq 0 ]]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    else
      "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
  done
  rm -rf "$root"
}
