#!/usr/bin/env bash
# The services ./allocar up starts, in this order, one per line: "<name> <port> <management port>".
# The jar of service X is X/target/X.jar; it listens on 127.0.0.1:<port> and must answer
# http://127.0.0.1:<management port>/actuator/health with UP (actuator is never on the API port).
# Add a line here when a new service lands (before "gateway 8080 9080").
# Sourced by scripts/lib.sh; run directly, it prints the list.
# shellcheck disable=SC2034  # ALLOCAR_SERVICES is read by the scripts that source this file
ALLOCAR_SERVICES="
identity-service 8081 9081
trip-service 8082 9082
booking-service 8083 9083
payment-service 8084 9084
wallet-service 8085 9085
messaging-service 8086 9086
notification-service 8087 9087
admin-service 8088 9088
gateway 8080 9080
"

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  printf '%s\n' "$ALLOCAR_SERVICES" | sed '/^[[:space:]]*$/d'
fi
