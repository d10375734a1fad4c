#!/usr/bin/env bash
# The services ./allocar up starts, in this order, one per line: "<name> <port>".
# The jar of service X is X/target/X.jar; it must answer http://127.0.0.1:<port>/actuator/health with UP.
# Add a line here when a new service lands (e.g. "trip-service 8082" before "gateway 8080").
# Sourced by scripts/lib.sh; run directly, it prints the list.
# shellcheck disable=SC2034  # ALLOCAR_SERVICES is read by the scripts that source this file
ALLOCAR_SERVICES="
identity-service 8081
trip-service 8082
booking-service 8083
payment-service 8084
wallet-service 8085
gateway 8080
"

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  printf '%s\n' "$ALLOCAR_SERVICES" | sed '/^[[:space:]]*$/d'
fi
