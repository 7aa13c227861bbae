#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for CI and benchmarks (never for real data).
#   scripts/throwaway-postgres.sh start   # prints: export DATABASE_URL=...
#   scripts/throwaway-postgres.sh stop
# Settings: PG_DIR (default /tmp/mutualis-pg), PG_PORT (default 54329), PG_FAST=1 turns off
# fsync (tests only: a crash loses the data, which does not matter there).
set -euo pipefail

PG_DIR="${PG_DIR:-/tmp/mutualis-pg}"
PG_PORT="${PG_PORT:-54329}"
PG_USER=mutualis
PG_PASSWORD=mutualis-throwaway
PG_DB=mutualis

pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$found" ]; then
    echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin="$(pg_bin)"
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DIR"; fi
  as_postgres "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2
    exit 1
  }
  local opts="-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c shared_buffers=512MB"
  if [ "${PG_FAST:-0}" = 1 ]; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -o "$opts" -l "$PG_DIR/postgres.log" -w -t 60 start >/dev/null
  as_postgres "$bin/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "create role $PG_USER login createdb password '$PG_PASSWORD'" \
    -c "create database $PG_DB owner $PG_USER" >/dev/null
  echo "export DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
}

stop() {
  local bin
  bin="$(pg_bin)"
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$PG_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
