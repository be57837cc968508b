#!/usr/bin/env bash
# Replay after a flood: starts the gateway jar on embedded defaults (in-process store), sends COUNT signed
# requests with fresh nonces as fast as CONCURRENCY connections allow, then replays the earliest URLs,
# which must all be refused (NONCE_REUSED). Not part of CI: at a few thousand requests/s it takes minutes.
# Usage: bench/flood/nonce-flood-replay.sh [count=1100000] [concurrency=32] [extra gateway arguments...]
# The request window is widened to 15 min so the early URLs are still inside it when replayed.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-1100000}; CONCURRENCY=${2:-32}; shift $(( $# > 2 ? 2 : $# ))
PORT=${PORT:-18081}

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

"$JAVA" -Xmx1g -jar "$JAR" --server.port="$PORT" --payerid.data-dir="$DATA" --payerid.request-window=15m \
  --logging.level.io.payerid=WARN "$@" >"$DATA/gateway.log" 2>&1 &
PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/gateway.log"; exit 1; }
  sleep 0.2
done
"$JAVA" bench/flood/NonceFloodReplay.java "http://localhost:$PORT" "$DATA/demo.json" "$COUNT" "$CONCURRENCY"
