#!/usr/bin/env bash
# Captures real Parse Server error responses into
# tests/fixtures/parse-server-responses.jsonl.
#
# Run from the repository root:  bash scripts/capture-parse-server/run.sh
# CI never runs this script; see README.md beside it.
#
# It installs what is missing (Debian: postgresql + PostGIS; npm: parse-server
# pinned in package.json, into ${CAPTURE_WORK:-/tmp/parse-capture}), starts a
# throwaway PostgreSQL cluster and Parse Server, both on 127.0.0.1 only, runs
# capture.mjs, then stops both and removes the throwaway cluster.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${CAPTURE_WORK:-/tmp/parse-capture}"
OUT="${CAPTURE_OUT:-$REPO/tests/fixtures/parse-server-responses.jsonl}"
APP_ID="capture-app"
MASTER_KEY="capture-master-key"
DB_NAME="parse_capture"

log() { printf '[capture] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

start_time=$(date +%s)

# ---------------------------------------------------------------------------
# 1. System packages (PostgreSQL + PostGIS) and Node
# ---------------------------------------------------------------------------
command -v node >/dev/null || die "node (>= 20.19) is required"
command -v npm >/dev/null || die "npm is required"

pg_major() {
  # Highest installed PostgreSQL major that has a server binary.
  local d best=""
  for d in /usr/lib/postgresql/*/bin/initdb; do
    [ -x "$d" ] || continue
    d="${d#/usr/lib/postgresql/}"
    d="${d%%/*}"
    if [ -z "$best" ] || [ "$d" -gt "$best" ]; then best="$d"; fi
  done
  printf '%s' "$best"
}

online_clusters() {
  command -v pg_lsclusters >/dev/null || return 0
  pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1 "/" $2 }' | sort
}

apt_updated=""
apt_install() {
  [ "$(id -u)" -eq 0 ] || die "missing Debian packages ($*); run as root or install them first"
  local before after c
  before="$(online_clusters)"
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  # Installing the server may create and start Debian's default cluster; stop
  # any cluster that the install started, so nothing is left running.
  after="$(online_clusters)"
  for c in $after; do
    if ! grep -qxF "$c" <<<"$before"; then
      log "stopping cluster $c started by apt"
      pg_ctlcluster "${c%%/*}" "${c#*/}" stop || true
    fi
  done
}

PG_MAJOR="$(pg_major)"
if [ -z "$PG_MAJOR" ]; then
  apt_install postgresql
  PG_MAJOR="$(pg_major)"
  [ -n "$PG_MAJOR" ] || die "postgresql installed but no initdb found under /usr/lib/postgresql"
fi
if ! ls "/usr/share/postgresql/$PG_MAJOR/extension/postgis.control" >/dev/null 2>&1; then
  apt_install "postgresql-$PG_MAJOR-postgis-3"
fi
PGBIN="/usr/lib/postgresql/$PG_MAJOR/bin"

# ---------------------------------------------------------------------------
# 2. npm packages, installed outside the repository
# ---------------------------------------------------------------------------
mkdir -p "$WORK"
cp "$HERE/package.json" "$WORK/package.json"
if [ -f "$HERE/package-lock.json" ]; then
  cp "$HERE/package-lock.json" "$WORK/package-lock.json"
  stamp="$(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$WORK/node_modules/.capture-stamp" ] || [ "$(cat "$WORK/node_modules/.capture-stamp")" != "$stamp" ]; then
    log "npm ci in $WORK"
    (cd "$WORK" && npm ci --no-audit --no-fund --loglevel=error)
    printf '%s' "$stamp" >"$WORK/node_modules/.capture-stamp"
  fi
else
  log "npm install in $WORK (no package-lock.json yet; it will be copied back)"
  rm -f "$WORK/package-lock.json"
  (cd "$WORK" && npm install --no-audit --no-fund --loglevel=error)
  cp "$WORK/package-lock.json" "$HERE/package-lock.json"
  stamp="$(cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1)"
  printf '%s' "$stamp" >"$WORK/node_modules/.capture-stamp"
fi
router_version="$(node -p "require('$WORK/node_modules/router/package.json').version")"
[ "$router_version" = "2.2.0" ] || die "router is $router_version, expected 2.2.0 (npm overrides)"
parse_version="$(node -p "require('$WORK/node_modules/parse-server/package.json').version")"

# ---------------------------------------------------------------------------
# 3. Throwaway PostgreSQL cluster on 127.0.0.1
# ---------------------------------------------------------------------------
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/parse-capture-run.XXXXXX")"
PG_DIR="$RUN_DIR/pg"
PARSE_PID=""
PG_STARTED=""

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  local rc=$?
  set +e
  if [ -n "$PARSE_PID" ] && kill -0 "$PARSE_PID" 2>/dev/null; then
    log "stopping parse-server (pid $PARSE_PID)"
    kill -TERM "$PARSE_PID" 2>/dev/null
    # parse-server closes its server and database pool on SIGTERM but may not
    # exit by itself; give it a few seconds, then SIGKILL.
    for _ in $(seq 1 20); do kill -0 "$PARSE_PID" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$PARSE_PID" 2>/dev/null; then
      log "parse-server still running after SIGTERM; sending SIGKILL"
      kill -KILL "$PARSE_PID" 2>/dev/null
    fi
    wait "$PARSE_PID" 2>/dev/null
  fi
  if [ -n "$PG_STARTED" ]; then
    log "stopping PostgreSQL"
    as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  fi
  if [ "$rc" -ne 0 ] && [ -d "$RUN_DIR" ]; then
    log "failed (exit $rc); last lines of the logs:"
    tail -n 40 "$RUN_DIR/parse-server.out" 2>/dev/null >&2
    tail -n 20 "$PG_DIR/postgres.log" 2>/dev/null >&2
  fi
  rm -rf "$RUN_DIR"
  rm -f "$OUT.tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

mkdir -p "$PG_DIR"
chmod 755 "$RUN_DIR"
PG_PASSWORD="$(node -e "console.log(require('crypto').randomBytes(16).toString('hex'))")"
printf '%s\n' "$PG_PASSWORD" >"$PG_DIR/pwfile"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$PG_DIR"; fi
chmod 700 "$PG_DIR"

log "initdb (PostgreSQL $PG_MAJOR) in $PG_DIR/data"
as_pg "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --no-locale \
  --auth-local=trust --auth-host=scram-sha-256 --pwfile="$PG_DIR/pwfile" >/dev/null
rm -f "$PG_DIR/pwfile"

PG_PORT="$(free_port)"
log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR" start >/dev/null
PG_STARTED=1

export PGPASSWORD="$PG_PASSWORD"
psql_q() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
psql_q -d postgres -c "CREATE DATABASE $DB_NAME"
psql_q -d "$DB_NAME" -c "CREATE EXTENSION postgis"
postgis_version="$(psql_q -d "$DB_NAME" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'postgis'")"
pg_version="$(psql_q -d postgres -At -c "SHOW server_version")"
unset PGPASSWORD

# ---------------------------------------------------------------------------
# 4. Parse Server on 127.0.0.1
# ---------------------------------------------------------------------------
PARSE_PORT="$(free_port)"
PARSE_URL="http://127.0.0.1:$PARSE_PORT/parse"
mkdir -p "$RUN_DIR/parse/logs"
# The config holds the database password: readable by this user only.
(umask 077 && cat >"$RUN_DIR/parse/config.json") <<EOF
{
  "appId": "$APP_ID",
  "masterKey": "$MASTER_KEY",
  "databaseURI": "postgres://postgres:$PG_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME",
  "host": "127.0.0.1",
  "port": $PARSE_PORT,
  "mountPath": "/parse",
  "serverURL": "$PARSE_URL",
  "publicServerURL": "$PARSE_URL",
  "cloud": "$HERE/cloud/main.js",
  "appName": "parse-errors capture",
  "emailAdapter": { "module": "$HERE/email-adapter.js" },
  "emailVerifySuccessOnInvalidEmail": false,
  "passwordPolicy": { "resetPasswordSuccessOnInvalidEmail": false },
  "filesAdapter": { "module": "@parse/fs-files-adapter", "options": { "filesSubDirectory": "capture" } },
  "logsFolder": "$RUN_DIR/parse/logs",
  "logLevel": "error",
  "maxUploadSize": "1kb",
  "startLiveQueryServer": true,
  "liveQuery": { "classNames": ["LiveItem", "LQGuarded", "LQPlainError", "LQAfterEvent", "LQForbidden"] },
  "liveQueryServerOptions": { "keyPairs": { "applicationId": "$APP_ID", "masterKey": "$MASTER_KEY" }, "logLevel": "NONE" },
  "rateLimit": [
    { "requestPath": "/classes/RateLimited", "requestMethods": ["GET"], "requestTimeWindow": 60000, "requestCount": 1, "includeInternalRequests": true },
    { "requestPath": "/functions/rateLimitedEcho", "requestTimeWindow": 60000, "requestCount": 1, "includeInternalRequests": true,
      "errorResponseMessage": "Rate limit for rateLimitedEcho: one call per minute." }
  ],
  "idempotencyOptions": { "paths": ["functions/idempotentEcho", "classes/IdemItem"], "ttl": 300 }
}
EOF

log "starting parse-server $parse_version on $PARSE_URL"
(cd "$RUN_DIR/parse" && exec node "$WORK/node_modules/parse-server/bin/parse-server" "$RUN_DIR/parse/config.json") \
  >"$RUN_DIR/parse-server.out" 2>&1 &
PARSE_PID=$!

healthy=""
for _ in $(seq 1 120); do
  kill -0 "$PARSE_PID" 2>/dev/null || die "parse-server exited during startup"
  if node -e "fetch('$PARSE_URL/health').then(r=>r.json()).then(j=>process.exit(j.status==='ok'?0:1),()=>process.exit(1))" 2>/dev/null; then
    healthy=1
    break
  fi
  sleep 0.5
done
[ -n "$healthy" ] || die "parse-server did not become healthy"
log "parse-server is healthy"

# Everything started here must listen on loopback only.
if command -v ss >/dev/null; then
  pg_pid="$(head -n 1 "$PG_DIR/data/postmaster.pid")"
  listeners="$(ss -H -ltnp 2>/dev/null | grep -E "pid=($PARSE_PID|$pg_pid)," || true)"
  printf '%s\n' "$listeners" | awk 'NF { print "[capture] listening: " $4 }' >&2
  if printf '%s\n' "$listeners" | awk 'NF { print $4 }' | grep -qv '^127\.0\.0\.1:'; then
    die "a process started here listens on a non-loopback address"
  fi
fi

# ---------------------------------------------------------------------------
# 5. Capture
# ---------------------------------------------------------------------------
mkdir -p "$(dirname "$OUT")"
CAPTURE_WORK="$WORK" PARSE_URL="$PARSE_URL" PARSE_APP_ID="$APP_ID" PARSE_MASTER_KEY="$MASTER_KEY" \
  CAPTURE_OUT="$OUT.tmp" node "$HERE/capture.mjs"

# Every line must be a JSON object with exactly the expected keys.
node - "$OUT.tmp" <<'EOF'
const fs = require('fs');
const keys = 'name,kind,method,path,request_body,status,content_type,body';
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l !== '');
const names = new Set();
for (const [i, line] of lines.entries()) {
  const o = JSON.parse(line);
  if (Object.keys(o).join(',') !== keys) throw new Error(`line ${i + 1}: keys ${Object.keys(o)}`);
  if (names.has(o.name)) throw new Error(`line ${i + 1}: duplicate name ${o.name}`);
  names.add(o.name);
}
console.error(`[capture] ${lines.length} lines, all valid JSON`);
EOF
mv "$OUT.tmp" "$OUT"

log "versions: parse-server $parse_version, router $router_version, PostgreSQL $pg_version, PostGIS $postgis_version, node $(node --version)"
log "wrote $OUT in $(( $(date +%s) - start_time ))s"
