#!/usr/bin/env bash
# wrk figure for the native redirect entry (signature, timestamp, nonce, whitelist, seal, 302).
# Starts the gateway jar on embedded defaults in a temp data dir, pre-signs unique URLs, runs wrk.
# Usage: bench/wrk/redirect-entry.sh [duration=15s] [connections=32] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-15s}; CONNECTIONS=${2:-32}; THREADS=${3:-2}
PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)"; exit 1; }

JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
    [ -x "$candidate/bin/java" ] && JAVA=$candidate/bin/java && break
  done
fi
[ -n "$JAVA" ] || { echo "no JDK 21+ found; set JAVA=/path/to/java"; exit 1; }

./mvnw -B -q package -DskipTests -pl payerid-server -am
JAR=$(ls payerid-server/target/payerid-server-*.jar | grep -v original | head -n1)
DATA=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

START=$(date +%s%N)
"$JAVA" -jar "$JAR" --server.port="$PORT" --payerid.data-dir="$DATA" \
  --logging.level.io.payerid=WARN >"$DATA/gateway.log" 2>&1 &
PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/gateway.log"; exit 1; }
  sleep 0.2
done
echo "startup (process start to healthy): $(( ($(date +%s%N) - START) / 1000000 )) ms"
grep -o 'Started PayerIdApplication in [0-9.]* seconds' "$DATA/gateway.log" || true

python3 bench/wrk/signed-urls.py "$DATA/demo.json" 400000 >"$DATA/urls.txt"
# Warm-up (JIT), then the measured run; the warm-up uses the tail of the file.
tail -n 50000 "$DATA/urls.txt" > "$DATA/warm.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/wrk/cycle-urls.lua "http://localhost:$PORT" -- "$DATA/warm.txt" "$THREADS" >/dev/null
head -n 350000 "$DATA/urls.txt" > "$DATA/run.txt"
echo "wrk: GET /v1/oauth/authorize, $THREADS threads, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/wrk/cycle-urls.lua "http://localhost:$PORT" -- "$DATA/run.txt" "$THREADS"
