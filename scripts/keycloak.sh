# Keycloak for staff sign-in (issue 13), sourced by lib.sh: Keycloak's own Quarkus distribution from Maven Central,
# unpacked and augmented once in a cache folder outside the clone (≈ 70 s the first time, then reused by every clone and
# CI run on this machine), copied per profile into .run/<profile>/keycloak, its data in PostgreSQL (database
# keycloak / keycloak_test), realm `allocar` imported at start from deploy/keycloak/. Bound to 127.0.0.1 on ports that
# are not ours (Keycloak's defaults 8080 and 9000 are the gateway's and S3's).

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_CACHE="${ALLOCAR_CACHE_DIR:-$HOME/.cache/allocar}"
KEYCLOAK_BUILT="$KEYCLOAK_CACHE/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_URL_BASE="https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION"

# The unpacked and augmented server in the cache (download, unzip, `kc.sh build` for PostgreSQL with health checks).
ensure_keycloak() {
  [[ -f "$KEYCLOAK_BUILT/.allocar-built" ]] && return 0
  mkdir -p "$KEYCLOAK_CACHE"
  local zip="$KEYCLOAK_CACHE/keycloak-$KEYCLOAK_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    info "downloading Keycloak $KEYCLOAK_VERSION from Maven Central (≈ 170 MB, cached in $KEYCLOAK_CACHE)"
    curl -sSfL --retry 3 -o "$zip.part" "$KEYCLOAK_URL_BASE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" || die "could not download Keycloak"
    local want got
    want=$(curl -sSfL --retry 3 "$KEYCLOAK_URL_BASE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip.sha1") || die "could not download Keycloak's checksum"
    got=$(sha1sum "$zip.part" | awk '{print $1}')
    [[ "$got" == "${want:0:40}" ]] || die "Keycloak's zip does not match Maven Central's checksum"
    mv -f "$zip.part" "$zip"
  fi
  rm -rf "$KEYCLOAK_BUILT"
  (cd "$KEYCLOAK_CACHE" && unzip -q "$zip") || die "could not unzip Keycloak"
  info "augmenting Keycloak for PostgreSQL (once, ≈ 20 s)"
  JAVA_HOME="$JAVA_HOME" "$KEYCLOAK_BUILT/bin/kc.sh" build --db=postgres --health-enabled=true >"$KEYCLOAK_CACHE/keycloak-build.log" 2>&1 \
    || fail_with_log "$KEYCLOAK_CACHE/keycloak-build.log" "kc.sh build failed"
  touch "$KEYCLOAK_BUILT/.allocar-built"
}

# keycloak_database <database> [--recreate]: Keycloak's own database, owned by role keycloak (Keycloak makes its schema).
keycloak_database() {
  local db="$1" sql=(psql -X -q -v ON_ERROR_STOP=1 -h "${ALLOCAR_PGHOST:-127.0.0.1}" -p "${ALLOCAR_PGPORT:-5432}" -U postgres -d postgres)
  PGOPTIONS="-c client_min_messages=warning" "${sql[@]}" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'keycloak') THEN CREATE ROLE keycloak LOGIN PASSWORD 'keycloak'; END IF;
    END \$\$" || die "could not create role keycloak"
  if [[ "${2:-}" == "--recreate" ]]; then
    "${sql[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || die "could not drop database $db"
  fi
  if [[ "$("${sql[@]}" -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]]; then
    "${sql[@]}" -c "CREATE DATABASE \"$db\" OWNER keycloak" || die "could not create database $db"
  fi
}

keycloak_home() { echo "$RUN_DIR/$1/keycloak"; }

# Keycloak is no jar of ours: its command line names its home instead.
keycloak_running() { is_running "$1" keycloak "$(keycloak_home "$1")"; }

stop_keycloak() { stop_process "$1" keycloak "$(keycloak_home "$1")"; }

# start_keycloak <profile> <port> <management port> <database> <admin password>: starts Keycloak on 127.0.0.1:<port>,
# imports deploy/keycloak/*.json (a realm that exists is kept as it is), waits for /health/ready on the management port.
start_keycloak() {
  local profile="$1" port="$2" mgmt="$3" db="$4" admin_password="$5"
  ensure_keycloak
  stop_keycloak "$profile"
  local home log pidfile
  home=$(keycloak_home "$profile")
  log=$(log_file "$profile" keycloak)
  pidfile=$(pid_file "$profile" keycloak)
  rm -rf "$home"
  mkdir -p "$(dirname "$home")" "$(dirname "$log")" "$(dirname "$pidfile")"
  cp -a "$KEYCLOAK_BUILT" "$home"
  mkdir -p "$home/data/import"
  cp "$ROOT"/deploy/keycloak/*.json "$home/data/import/"
  : >"$log"
  info "starting keycloak on 127.0.0.1:$port (management $mgmt, database $db)"
  # the issuer is pinned (--hostname): otherwise it follows each request's host and tokens would not match
  (cd "$home" && exec setsid env JAVA_HOME="$JAVA_HOME" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$home/bin/kc.sh" start --optimized --http-enabled=true --http-host=127.0.0.1 --http-port="$port" --https-port=0 \
    --http-management-port="$mgmt" --hostname="http://127.0.0.1:$port" \
    --db-url="jdbc:postgresql://127.0.0.1:5432/$db" --db-username=keycloak --db-password=keycloak \
    --import-realm --log-level=info </dev/null >>"$log" 2>&1) &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + 240))
  while ((SECONDS < deadline)); do
    if curl -sf "http://127.0.0.1:$mgmt/health/ready" >/dev/null 2>&1; then
      ok "KEYCLOAK READY http://127.0.0.1:$port/realms/allocar"
      return 0
    fi
    keycloak_running "$profile" || fail_with_log "$log" "keycloak exited during start-up"
    sleep 1
  done
  stop_keycloak "$profile"
  fail_with_log "$log" "keycloak not ready within 240 s"
}

# keycloak_up <profile> <port> <management port> <database> [--fresh]: Keycloak started and seeded (demo staff, one per
# role; the test profile adds the client allocar-tests). Its credentials live in .run/<profile>/keycloak.env (drawn once
# per profile, or per run with --fresh): KEYCLOAK_URL, KEYCLOAK_ADMIN_PASSWORD, STAFF_PASSWORD, TESTS_CLIENT_SECRET.
keycloak_up() {
  local profile="$1" port="$2" mgmt="$3" db="$4" fresh="${5:-}" env_file
  env_file="$RUN_DIR/$profile/keycloak.env"
  mkdir -p "$RUN_DIR/$profile"
  stop_keycloak "$profile" # before its database may be dropped
  if [[ "$fresh" == "--fresh" || ! -f "$env_file" ]]; then
    (umask 077 && {
      printf 'KEYCLOAK_URL=http://127.0.0.1:%s\n' "$port"
      printf 'KEYCLOAK_ADMIN_PASSWORD=%s\n' "$(random_secret)"
      printf 'STAFF_PASSWORD=Staff-%s\n' "$(random_secret)"
      printf 'TESTS_CLIENT_SECRET=%s\n' "$(random_secret)"
    } >"$env_file")
    keycloak_database "$db" --recreate # the bootstrap admin's password is set when the database is new
  else
    keycloak_database "$db"
  fi
  start_keycloak "$profile" "$port" "$mgmt" "$db" "$(secret "$env_file" KEYCLOAK_ADMIN_PASSWORD)"
  local tests=()
  [[ "$profile" == test ]] && tests=("$(secret "$env_file" TESTS_CLIENT_SECRET)")
  "$JAVA" "$ROOT/scripts/KeycloakSeed.java" "http://127.0.0.1:$port" "$(secret "$env_file" KEYCLOAK_ADMIN_PASSWORD)" \
    "$(secret "$env_file" STAFF_PASSWORD)" "${tests[@]}" || die "could not seed Keycloak's staff (scripts/KeycloakSeed.java)"
}

random_secret() {
  head -c 18 /dev/urandom | base64 | tr '+/' 'xy'
}
