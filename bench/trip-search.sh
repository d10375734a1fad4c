#!/usr/bin/env bash
# trip-service benchmark, one command:  ./bench/trip-search.sh [--trips N] [--clients C] [--seconds S] [--no-restart] [--cleanup]
#
# 1. (re)starts the local fleet with ./allocar up, the gateway's rate limit raised for the run (the bench is one client
#    hammering the API; the limit itself still runs: its Redis round trip is part of every measured request);
# 2. loads N published trips (default 100 000) over Côte d'Ivoire into database allocar (bench/load-trips.sql; skipped
#    when that many bench trips are already there);
# 3. runs bench/TripBench.java: the bare PostGIS search query, then GET /trips/search (cache warm, then every request a
#    cache miss) and GET /trips/{id} through the gateway — P50/P95/P99 and req/s.
# --cleanup removes the bench's rows (bench/unload-trips.sql) and exits.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TRIPS=100000 CLIENTS=8 SECONDS_PER_RUN=20 RESTART=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --trips) TRIPS="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --no-restart) RESTART=0; shift ;;
    --cleanup) psql -X -q -h 127.0.0.1 -U trip -d allocar -f bench/unload-trips.sql; echo "bench rows removed"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export JAVA_HOME="${ALLOCAR_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

if [[ $RESTART == 1 ]]; then
  ALLOCAR_GATEWAY_RATELIMIT_DEFAULTPERMINUTE=100000000 ./allocar up
fi
curl -fsS http://127.0.0.1:9080/actuator/health >/dev/null || { echo "the fleet is not up (./allocar up)" >&2; exit 1; }

have=$(psql -X -At -h 127.0.0.1 -U trip -d allocar -c "SELECT count(*) FROM trip.trips WHERE driver_id BETWEEN
  '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff' AND departure_time > now()")
if (( have < TRIPS * 9 / 10 )); then
  echo "loading $TRIPS trips (had $have)…"
  psql -X -q -h 127.0.0.1 -U trip -d allocar -v trips="$TRIPS" -f bench/load-trips.sql
  # the fleet's search cache must not answer from before the load
  redis-cli -h 127.0.0.1 -p 6379 -n 0 --scan --pattern 'trip:search:*' | xargs -r redis-cli -h 127.0.0.1 -p 6379 -n 0 del >/dev/null || true
fi

PG_JAR=$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)
[[ -n "$PG_JAR" ]] || { echo "PostgreSQL JDBC driver not found in ~/.m2 (build the project first)" >&2; exit 1; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; the fleet, PostgreSQL, Redis and the load generator share them"
"$JAVA_HOME/bin/java" -cp "$PG_JAR" bench/TripBench.java http://127.0.0.1:8080 \
  "jdbc:postgresql://127.0.0.1:5432/allocar?user=trip&password=trip&currentSchema=trip,public" "$CLIENTS" "$SECONDS_PER_RUN"
