#!/usr/bin/env bash
# Creates (or re-creates) an AlloCar database: PostGIS + pgcrypto in schema public, and for every service one
# LOGIN role and one schema of the same name, owned by that role. Idempotent.
#
#   scripts/db-init.sh <database> [--recreate]
#
# Runs as the PostgreSQL superuser: psql -h $ALLOCAR_PGHOST (127.0.0.1) -p $ALLOCAR_PGPORT (5432) -U postgres.
# Locally the server trusts 127.0.0.1; the docker-compose init hook sets ALLOCAR_PGHOST to the Unix socket.
# A service connects as jdbc:postgresql://127.0.0.1:5432/<database>?currentSchema=<svc>, user <svc>, with the password
# ALLOCAR_DB_PASSWORD_<SVC> (e.g. ALLOCAR_DB_PASSWORD_WALLET; docker compose passes the ones ./allocar secrets drew),
# else <svc> — only checked where authentication is on: the local server trusts 127.0.0.1.
# Roles are cluster-wide: they are shared by every database this script initialises (allocar, allocar_test).
set -euo pipefail

# One schema + one role per service. Add a name here when a service lands.
SERVICE_SCHEMAS="identity trip booking payment wallet messaging notification admin"

usage() {
  echo "usage: $0 <database> [--recreate]" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
db="$1"
recreate=false
if [[ $# -eq 2 ]]; then
  [[ "$2" == "--recreate" ]] || usage
  recreate=true
fi
[[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "db-init: invalid database name '$db'" >&2; exit 2; }
for svc in $SERVICE_SCHEMAS; do
  [[ "$svc" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "db-init: invalid service name '$svc'" >&2; exit 2; }
done

psql_as_superuser() {
  local database="$1"
  shift
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "${ALLOCAR_PGHOST:-127.0.0.1}" -p "${ALLOCAR_PGPORT:-5432}" -U postgres \
       -d "$database" "$@"
}

if $recreate; then
  # WITH (FORCE) closes the connections still open on it (PostgreSQL 13+).
  psql_as_superuser postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
fi

exists=$(psql_as_superuser postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")
if [[ "$exists" != "1" ]]; then
  psql_as_superuser postgres -c "CREATE DATABASE \"$db\""
fi

{
  echo "SET client_min_messages = warning;"
  echo "CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;"
  echo "CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public;"
  for svc in $SERVICE_SCHEMAS; do
    var="ALLOCAR_DB_PASSWORD_$(printf '%s' "$svc" | tr 'a-z' 'A-Z')"
    password="${!var:-$svc}"
    password="${password//\'/\'\'}" # SQL string literal
    cat <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$svc') THEN
    CREATE ROLE "$svc" LOGIN PASSWORD '$password';
  ELSE
    ALTER ROLE "$svc" LOGIN PASSWORD '$password';
  END IF;
END
\$\$;
CREATE SCHEMA IF NOT EXISTS "$svc" AUTHORIZATION "$svc";
ALTER SCHEMA "$svc" OWNER TO "$svc";
GRANT CONNECT ON DATABASE "$db" TO "$svc";
GRANT USAGE ON SCHEMA public TO "$svc";
SQL
  done
  # Nothing grants a service any right on another service's schema: a schema belongs to its role only
  # (PUBLIC has no privilege on a schema created this way), so no service can read another's tables.
} | psql_as_superuser "$db"

echo "db-init: database $db ready (postgis, pgcrypto; schemas: $SERVICE_SCHEMAS)"
