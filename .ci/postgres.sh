#!/usr/bin/env bash
# Starts a private PostgreSQL (Debian's packages) for the scale-out test and prints the variables the test reads.
#   eval "$(.ci/postgres.sh)"     then ./mvnw verify runs ScaleOutTest against it
set -euo pipefail
PORT="${BCM_PG_PORT:-55432}"
DIR="${BCM_PG_DIR:-/tmp/bcm-postgres}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  echo "Installing Debian's postgresql..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! as_postgres "$bin/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  rm -rf "$DIR" && mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
  as_postgres "$bin/initdb" -D "$DIR" -U postgres --auth=trust >/dev/null
  as_postgres "$bin/pg_ctl" -D "$DIR" -o "-p $PORT -k /tmp -c listen_addresses=localhost" -l "$DIR/server.log" -w start >/dev/null
fi
echo "export BCM_TEST_POSTGRES_URL=jdbc:postgresql://localhost:$PORT/postgres BCM_TEST_POSTGRES_USER=postgres"
