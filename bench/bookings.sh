#!/usr/bin/env bash
# booking-service benchmark, one command:  ./bench/bookings.sh [--clients C] [--seconds S] [--passengers P] [--no-restart]
#
# Needs the bench trips (./bench/trip-search.sh loads them, or this script does with bench/load-trips.sql).
# (Re)starts the fleet with ./allocar up with, for the run only: the gateway's rate limits raised and X-Forwarded-For
# trusted (the bench plays many clients from one machine), and the anti-fraud cap on unpaid bookings raised (each bench
# passenger makes hundreds of unpaid bookings; the rule's count query still runs on every booking).
# Then bench/BookingBench.java: P passengers sign up through the API, then POST /bookings and GET /bookings through
# the gateway — P50/P95/P99 and req/s. Its bookings stay pending in the dev database (holds expire after 30 min).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CLIENTS=8 SECONDS_PER_RUN=20 PASSENGERS=40 RESTART=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --clients) CLIENTS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RUN="$2"; shift 2 ;;
    --passengers) PASSENGERS="$2"; shift 2 ;;
    --no-restart) RESTART=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export JAVA_HOME="${ALLOCAR_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

if [[ $RESTART == 1 ]]; then
  ALLOCAR_GATEWAY_RATELIMIT_DEFAULTPERMINUTE=100000000 ALLOCAR_GATEWAY_TRUSTFORWARDEDFOR=true \
  ALLOCAR_BOOKING_ANTIFRAUD_MAXUNPAIDBOOKINGS=100000000 ./allocar up
fi
curl -fsS http://127.0.0.1:9080/actuator/health >/dev/null || { echo "the fleet is not up (./allocar up)" >&2; exit 1; }

have=$(psql -X -At -h 127.0.0.1 -U trip -d allocar -c "SELECT count(*) FROM trip.trips WHERE driver_id BETWEEN
  '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff' AND departure_time > now() + interval '2 days'")
if (( have < 20000 )); then
  echo "loading 100000 bench trips (had $have)…"
  psql -X -q -h 127.0.0.1 -U trip -d allocar -v trips=100000 -f bench/load-trips.sql >/dev/null
fi

PG_JAR=$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; the fleet, PostgreSQL, Redis, Kafka and the load generator share them"
"$JAVA_HOME/bin/java" -cp "$PG_JAR" bench/BookingBench.java http://127.0.0.1:8080 http://127.0.0.1:8025 \
  "jdbc:postgresql://127.0.0.1:5432/allocar?user=trip&password=trip&currentSchema=trip,public" "$CLIENTS" "$SECONDS_PER_RUN" "$PASSENGERS"
