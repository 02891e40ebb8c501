#!/usr/bin/env bash
# PostgreSQL for the store contract tests (tests/WhatStyle.Storage.Postgres.Tests), see README.md here.
#   start: installs Debian's postgresql when absent, creates a throw-away cluster in a temporary directory (not the
#          package's own cluster), starts it on 127.0.0.1 only, creates the role and database `whatstyle` with a random
#          password, and prints `export WHATSTYLE_TEST_POSTGRES=...` (an Npgsql connection string) on stdout.
#   stop:  stops that cluster and removes its directory; succeeds when nothing was started.
# CI runs as root: the server runs as the `postgres` user the package creates (PostgreSQL refuses to run as root).
set -euo pipefail

root=${WHATSTYLE_CI_POSTGRES_DIR:-/tmp/whatstyle-ci-postgres}
port=${WHATSTYLE_CI_POSTGRES_PORT:-54329}
log() { echo "postgres.sh: $*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  if [ -z "$(pg_bin)" ]; then
    log "installing postgresql from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  local bin
  bin=$(pg_bin)
  [ -n "$bin" ] || { log "no PostgreSQL binaries under /usr/lib/postgresql"; exit 1; }

  stop_cluster
  mkdir -p "$root"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$root"
  as_owner "$bin/initdb" -D "$root/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
    || { cat "$root/initdb.log" >&2; exit 1; }
  # The socket stays in the cluster's directory; TCP only on 127.0.0.1 with a password (scram-sha-256).
  printf 'local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n' | as_owner tee "$root/data/pg_hba.conf" >/dev/null
  # Durability off: a test database is thrown away, and fsync dominates a small test's time.
  as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { tail -n 20 "$root/server.log" >&2; exit 1; }

  local password
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  as_owner "$bin/psql" -h "$root" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE whatstyle LOGIN PASSWORD '$password'" -c "CREATE DATABASE whatstyle OWNER whatstyle" >&2
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, database whatstyle"
  echo "export WHATSTYLE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Database=whatstyle;Username=whatstyle;Password=$password'"
}

stop_cluster() {
  local bin
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -f "$root/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop_cluster; log "stopped" ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
