#!/usr/bin/env bash
# docker-entrypoint-initdb.d hook of the postgis/postgis image (runs once, on an empty data volume, after the
# image's own 10_postgis.sh). Same layout as ./allocar: scripts/db-init.sh, mounted at /opt/allocar/db-init.sh,
# run over the Unix socket of the init-time server (it does not listen on TCP yet).
set -e
ALLOCAR_PGHOST=/var/run/postgresql bash /opt/allocar/db-init.sh "${POSTGRES_DB:-allocar}"
