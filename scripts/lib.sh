#!/usr/bin/env bash
# What the scripts share, declared once: messages, the Node check, npm ci when node_modules is stale, and changing
# the machine without surprises. Sourced by services.sh and own-services.sh (and through them by start.sh, test.sh,
# test-faults.sh and bench.sh); it only defines functions.
#
# Changing the machine (Debian packages, system services, containers) is announced first (announce_change: why, and
# exactly which commands), then each command is printed as it runs (run_change). In a terminal it asks before it
# changes anything; under CI=true or without a terminal (CI needs the installs) it goes ahead without asking.

say() { printf '\033[1m[regie]\033[0m %s\n' "$*"; }
fail() {
  printf '\033[31m[regie] %s\033[0m\n' "$*" >&2
  exit 1
}

require_node() {
  command -v node >/dev/null || fail "Node.js 20 of nieuwer is nodig (https://nodejs.org of apt-get install nodejs)."
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
    || fail "Node.js 20 of nieuwer is nodig; deze machine heeft $(node --version)."
}

# npm ci when node_modules is missing or older than package-lock.json (run from the repository's root).
ensure_modules() {
  local stamp=node_modules/.package-lock.json
  if [[ ! -f $stamp || package-lock.json -nt $stamp ]]; then
    say "npm ci..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# "sudo " when not root, "" as root; fails naming what it was needed for when there is no sudo.
sudo_prefix() {
  if [[ $(id -u) -eq 0 ]]; then
    echo ""
  elif command -v sudo >/dev/null; then
    echo "sudo "
  else
    fail "Nodig: $1; zonder root of sudo kan ik dat niet. Regel het zelf."
  fi
}

# Whether a person can answer here: stdin and stdout are a terminal and this is not CI.
interactive() { [[ -t 0 && -t 1 && ${CI:-} != true && ${CI:-} != 1 ]]; }

# announce_change WHY CMD...: says that the machine will change and why, and every command line it will run for
# that; in a terminal asks first (anything but j/ja/y/yes stops the script with nothing changed).
announce_change() {
  local why=$1 cmd answer
  shift
  say "Dit verandert deze machine: $why. Ik voer uit:"
  for cmd in "$@"; do printf '    %s\n' "$cmd"; done
  if interactive; then
    read -r -p "[regie] Doorgaan? [j/N] " answer
    [[ $answer =~ ^([jJyY]|ja|Ja|yes|Yes)$ ]] || fail "Gestopt: er is niets veranderd. Regel het zelf en start opnieuw."
  else
    say "(geen terminal of CI=true: ik ga door zonder te vragen)"
  fi
}

# run_change CMD: runs one command line that announce_change named, printed as it runs; returns its exit status.
run_change() {
  printf '\033[2m[regie] + %s\033[0m\n' "$1"
  bash -c "$1"
}

# apt_install WHY PACKAGE...: installs Debian packages (with sudo when not root), announced and in a terminal asked
# first; fails with a Dutch message naming what is missing and why.
apt_install() {
  local why=$1 sudo update install
  shift
  command -v apt-get >/dev/null || fail "Nodig: $* ($why), en zonder apt-get kan ik dat niet installeren. Installeer het zelf."
  sudo=$(sudo_prefix "$* ($why)")
  update="${sudo}apt-get update -qq"
  install="DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq $*"
  announce_change "de Debian-pakketten $* installeren ($why)" "$update" "$install"
  run_change "$update" || fail "apt-get update mislukte; installeer $* zelf."
  run_change "$install" || fail "apt-get install $* mislukte; installeer het zelf."
}
