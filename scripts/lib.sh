# shellcheck shell=bash
# Functions shared by ./allocar. Sourced, never run. Expects ROOT (the repository root) to be set.
#
# Runtime state lives under .run/<profile>/ (profile = dev for ./allocar up, test for ./allocar test):
#   jars/<name>.jar   the copy of the jar a process runs (so a rebuild never pulls the jar from under it)
#   pids/<name>.pid   its pid
#   logs/<name>.log   its stdout + stderr
#   devstack/         devstack's data (Kafka log dirs, S3 objects)

RUN_DIR="$ROOT/.run"

# ------------------------------------------------------------------ messages

if [[ -t 1 ]]; then
  _bold=$'\033[1m' _blue=$'\033[1;34m' _yellow=$'\033[1;33m' _red=$'\033[1;31m' _green=$'\033[1;32m' _off=$'\033[0m'
else
  _bold='' _blue='' _yellow='' _red='' _green='' _off=''
fi

info() { printf '%s==>%s %s\n' "$_blue" "$_off" "$*"; }
ok() { printf '%s==>%s %s\n' "$_green" "$_off" "$*"; }
warn() { printf '%swarning:%s %s\n' "$_yellow" "$_off" "$*" >&2; }
die() {
  printf '%sallocar: error:%s %s\n' "$_red" "$_off" "$*" >&2
  exit 1
}

# ------------------------------------------------------------------ machine preparation

# JAVA_HOME = the first /usr/lib/jvm/temurin-25* (or $ALLOCAR_JAVA_HOME). The machine's default java is older.
select_jdk() {
  local candidates=() jdk=""
  if [[ -n "${ALLOCAR_JAVA_HOME:-}" ]]; then
    candidates=("$ALLOCAR_JAVA_HOME")
  else
    shopt -s nullglob
    candidates=(/usr/lib/jvm/temurin-25*)
    shopt -u nullglob
  fi
  local c
  for c in "${candidates[@]}"; do
    if [[ -x "$c/bin/java" && -x "$c/bin/javac" ]]; then
      jdk="$c"
      break
    fi
  done
  [[ -n "$jdk" ]] || die "JDK 25 not found: expected /usr/lib/jvm/temurin-25* (install Temurin 25, e.g. the" \
    "temurin-25-jdk package, or point ALLOCAR_JAVA_HOME at a JDK 25)"
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
  JAVA="$JAVA_HOME/bin/java"
}

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "'$*' needs root (run ./allocar as root or install sudo)"
  fi
}

# Installs the Debian packages that are missing (non-interactive). apt's output goes to .run/apt.log.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  mkdir -p "$RUN_DIR"
  info "installing ${missing[*]} (apt-get; log in .run/apt.log)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update >"$RUN_DIR/apt.log" 2>&1 ||
    warn "apt-get update reported errors (see .run/apt.log); trying the install anyway"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >>"$RUN_DIR/apt.log" 2>&1; then
    tail -n 30 "$RUN_DIR/apt.log" >&2
    die "could not install ${missing[*]} (full log: .run/apt.log)"
  fi
}

# The PostgreSQL major version of the local cluster (/etc/postgresql/<version>), 15 by default.
pg_version() {
  local dirs=() last
  shopt -s nullglob
  dirs=(/etc/postgresql/*/)
  shopt -u nullglob
  if [[ ${#dirs[@]} -eq 0 ]]; then
    echo 15
    return
  fi
  last=$(printf '%s\n' "${dirs[@]}" | sed 's|/$||; s|.*/||' | sort -V | tail -n 1)
  echo "$last"
}

pg_ready() {
  psql -X -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1
}

ensure_postgres() {
  if ! command -v psql >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
    die "PostgreSQL is not installed (apt-get install postgresql-15 postgresql-15-postgis-3)"
  fi
  local v
  v=$(pg_version)
  ensure_packages "postgresql-$v-postgis-3"
  if ! pg_ready; then
    info "starting PostgreSQL $v"
    as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start ||
      warn "pg_ctlcluster $v main start failed (see /var/log/postgresql/postgresql-$v-main.log)"
    local i
    for ((i = 0; i < 60; i++)); do
      pg_ready && break
      sleep 0.5
    done
    pg_ready || die "PostgreSQL does not answer on 127.0.0.1:5432 as user postgres (trust auth expected);" \
      "see /var/log/postgresql/postgresql-$v-main.log"
  fi
}

redis_ready() {
  [[ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" == "PONG" ]]
}

ensure_redis() {
  if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    ensure_packages redis-server
  fi
  if ! redis_ready; then
    info "starting Redis"
    as_root mkdir -p /var/lib/redis /var/log/redis
    as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log >/dev/null
    local i
    for ((i = 0; i < 40; i++)); do
      redis_ready && break
      sleep 0.25
    done
    redis_ready || die "Redis does not answer on 127.0.0.1:6379 (see /var/log/redis/ci.log)"
  fi
}

# Everything both ./allocar up and ./allocar test need on the machine.
prepare_machine() {
  select_jdk
  command -v curl >/dev/null 2>&1 || ensure_packages curl
  command -v unzip >/dev/null 2>&1 || ensure_packages unzip # Keycloak's distribution
  ensure_postgres
  ensure_redis
}

mvnw() {
  (cd "$ROOT" && ./mvnw "$@")
}

# ------------------------------------------------------------------ processes

pid_file() { echo "$RUN_DIR/$1/pids/$2.pid"; }
log_file() { echo "$RUN_DIR/$1/logs/$2.log"; }
run_jar() { echo "$RUN_DIR/$1/jars/$2.jar"; }

# is_running <profile> <name> [<marker>]: true when the pid in the pid file is alive AND its command line names our copy
# of the jar, or <marker> (a recycled pid is never ours).
is_running() {
  local profile="$1" name="$2" marker="${3:-}" pidfile pid
  pidfile=$(pid_file "$profile" "$name")
  [[ -f "$pidfile" ]] || return 1
  pid=$(<"$pidfile")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "${marker:-$(run_jar "$profile" "$name")}"
}

running_pid() {
  cat "$(pid_file "$1" "$2")"
}

# True when something already listens on 127.0.0.1:<port>.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# stop_process <profile> <name> [<marker>]: SIGTERM, then SIGKILL after 30 s. Idempotent. <marker>: as is_running.
stop_process() {
  local profile="$1" name="$2" marker="${3:-}" pidfile pid i
  pidfile=$(pid_file "$profile" "$name")
  if is_running "$profile" "$name" "$marker"; then
    pid=$(<"$pidfile")
    info "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name did not stop within 30 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

# start_jar <profile> <name> <jar> [java options...] -- [program arguments...]
# Runs a copy of the jar in its own session (Ctrl-C in the terminal does not reach it), output to its log file.
start_jar() {
  local profile="$1" name="$2" jar="$3"
  shift 3
  local java_opts=() args=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    java_opts+=("$1")
    shift
  done
  [[ $# -gt 0 ]] && shift
  args=("$@")
  local copy log pidfile
  copy=$(run_jar "$profile" "$name")
  log=$(log_file "$profile" "$name")
  pidfile=$(pid_file "$profile" "$name")
  mkdir -p "$(dirname "$copy")" "$(dirname "$log")" "$(dirname "$pidfile")"
  cp -f "$jar" "$copy"
  : >"$log"
  (cd "$ROOT" && exec setsid "$JAVA" "${java_opts[@]}" -jar "$copy" "${args[@]}" </dev/null >>"$log" 2>&1) &
  echo $! >"$pidfile"
}

fail_with_log() {
  local log="$1"
  shift
  if [[ -f "$log" ]]; then
    printf '%s---- last lines of %s ----%s\n' "$_bold" "${log#"$ROOT"/}" "$_off" >&2
    tail -n 60 "$log" >&2
    printf '%s----%s\n' "$_bold" "$_off" >&2
  fi
  die "$@"
}

# ------------------------------------------------------------------ devstack

DEVSTACK_JAR="$ROOT/devstack/target/devstack.jar"

# start_devstack <profile> <kafka> <smtp> <s3> <http> <providers> <callback-url>: starts devstack and waits for its
# READY line. <providers> is the fake payment providers' port, <callback-url> where they send webhooks (the gateway).
start_devstack() {
  local profile="$1" kafka="$2" smtp="$3" s3="$4" http="$5" providers="$6" callback="$7"
  [[ -f "$DEVSTACK_JAR" ]] || die "missing devstack/target/devstack.jar (build it: ./mvnw -B -q -pl devstack -am -DskipTests package)"
  stop_process "$profile" devstack
  local log
  log=$(log_file "$profile" devstack)
  info "starting devstack (Kafka $kafka, SMTP $smtp, S3 $s3, SMS + inbox $http, payment providers $providers)"
  # shellcheck disable=SC2086  # ALLOCAR_DEVSTACK_JAVA_OPTS is a list of options
  start_jar "$profile" devstack "$DEVSTACK_JAR" ${ALLOCAR_DEVSTACK_JAVA_OPTS:--Xms64m -Xmx768m} \
    --sun-misc-unsafe-memory-access=allow -- \
    --kafka-port="$kafka" --smtp-port="$smtp" --s3-port="$s3" --http-port="$http" \
    --providers-port="$providers" --providers-callback-url="$callback" --dir="$RUN_DIR/$profile/devstack"
  local deadline=$((SECONDS + 120)) line
  while ((SECONDS < deadline)); do
    line=$(grep -m1 '^DEVSTACK READY' "$log" 2>/dev/null || true)
    if [[ -n "$line" ]]; then
      ok "$line"
      return 0
    fi
    is_running "$profile" devstack || fail_with_log "$log" "devstack exited during start-up"
    sleep 0.5
  done
  stop_process "$profile" devstack
  fail_with_log "$log" "devstack not ready within 120 s"
}

# ------------------------------------------------------------------ services

# shellcheck source=scripts/services.sh
source "$ROOT/scripts/services.sh"
# shellcheck source=scripts/keycloak.sh
source "$ROOT/scripts/keycloak.sh"

# Prints "<name> <port> <management port>" per service, in start order.
services() {
  printf '%s\n' "$ALLOCAR_SERVICES" | sed '/^[[:space:]]*$/d; /^[[:space:]]*#/d'
}

# health_up <management port>
health_up() {
  local body
  body=$(curl -fsS --max-time 3 "http://127.0.0.1:$1/actuator/health" 2>/dev/null) || return 1
  [[ "$body" == *'"status":"UP"'* ]]
}

# ------------------------------------------------------------------ secrets

# write_secrets <file> [--compose]: a fresh set of the fleet's secrets (scripts/Secrets.java), readable by us only.
write_secrets() {
  local file="$1"
  shift
  mkdir -p "$(dirname "$file")"
  (umask 077 && "$JAVA" "$ROOT/scripts/Secrets.java" "$@" >"$file.tmp") || die "could not generate secrets (scripts/Secrets.java)"
  mv -f "$file.tmp" "$file"
}

# secret <file> <NAME>: the value of NAME in an env file written by write_secrets (never exported wholesale, so a
# service's environment holds its own key only).
secret() {
  sed -n "s/^$2=//p" "$1" | head -n 1
}

# The environment a service gets from the secrets file: its own private key, the fleet's public keys and, for identity,
# its signing key and OTP pepper.
service_secrets() {
  local file="$1" name="$2" upper
  upper=$(printf '%s' "$name" | tr 'a-z-' 'A-Z_')
  printf 'ALLOCAR_SERVICE_PRIVATE_KEY=%s\n' "$(secret "$file" "${upper}_PRIVATE_KEY")"
  printf 'ALLOCAR_SERVICE_TRUSTED_KEYS=%s\n' "$(secret "$file" ALLOCAR_SERVICE_TRUSTED_KEYS)"
  if [[ "$name" == identity-service ]]; then
    printf 'ALLOCAR_JWT_PRIVATE_KEY_PEM=%s\n' "$(secret "$file" ALLOCAR_JWT_PRIVATE_KEY_PEM)"
    printf 'ALLOCAR_OTP_PEPPER=%s\n' "$(secret "$file" ALLOCAR_OTP_PEPPER)"
  fi
}

# start_service <profile> <name> <port> <management port> [program arguments...]: starts X/target/X.jar on
# 127.0.0.1:<port> (actuator on 127.0.0.1:<management port>), with its secrets from $SECRETS_FILE when that is set,
# and waits for health UP.
start_service() {
  local profile="$1" name="$2" port="$3" mgmt="$4"
  shift 4
  local jar="$ROOT/$name/target/$name.jar" log
  log=$(log_file "$profile" "$name")
  [[ -f "$jar" ]] || die "missing $name/target/$name.jar — build the reactor first (./mvnw -B -DskipTests package)," \
    "or remove '$name' from scripts/services.sh if the module does not exist yet"
  stop_process "$profile" "$name"
  local p
  for p in "$port" "$mgmt"; do
    if port_in_use "$p"; then
      die "port $p (for $name) is already taken by another process; stop it first" \
        "(ss -ltnp 'sport = :$p' shows which)"
    fi
  done
  info "starting $name on 127.0.0.1:$port, actuator 127.0.0.1:$mgmt (log: ${log#"$ROOT"/})"
  (
    # only this service's secrets, in its environment (not on its command line, which ps shows to everyone)
    if [[ -n "${SECRETS_FILE:-}" ]]; then
      local line
      while IFS= read -r line; do
        export "${line?}"
      done < <(service_secrets "$SECRETS_FILE" "$name")
    fi
    # shellcheck disable=SC2086  # ALLOCAR_JAVA_OPTS is a list of options
    start_jar "$profile" "$name" "$jar" ${ALLOCAR_JAVA_OPTS:--Xms64m -Xmx512m} -- \
      --server.port="$port" --server.address=127.0.0.1 --management.server.port="$mgmt" --management.server.address=127.0.0.1 "$@"
  )
  local deadline=$((SECONDS + ${ALLOCAR_START_TIMEOUT:-120}))
  while ((SECONDS < deadline)); do
    if health_up "$mgmt"; then
      if is_running "$profile" "$name"; then
        ok "$name is UP on http://127.0.0.1:$port"
        return 0
      fi
    fi
    is_running "$profile" "$name" || fail_with_log "$log" "$name exited during start-up"
    sleep 1
  done
  fail_with_log "$log" "$name did not report UP on http://127.0.0.1:$mgmt/actuator/health within" \
    "${ALLOCAR_START_TIMEOUT:-120} s (it keeps running; ./allocar down stops everything)"
}
