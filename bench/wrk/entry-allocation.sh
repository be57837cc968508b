#!/usr/bin/env bash
# Bytes allocated per request by GET /v1/oauth/authorize, end to end, on the gateway jar (embedded defaults):
# a wrk warm-up, then a measured wrk run with a JFR recording around it; all threads' allocation
# (jdk.ThreadAllocationStatistics) divided by the requests served. Insensitive to machine load, unlike req/s.
# Usage: bench/wrk/entry-allocation.sh [duration=15s] [connections=32] [threads=2]   (PORT=18080 by default)
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
BIN=$(dirname "$JAVA")

if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q package -DskipTests -pl payerid-server -am
  JAR=$(ls payerid-server/target/payerid-server-*.jar | grep -v original | head -n1)
fi
DATA=$(mktemp -d)
PID=
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

"$JAVA" -jar "$JAR" --server.port="$PORT" --payerid.data-dir="$DATA" \
  --logging.level.io.payerid=WARN >"$DATA/gateway.log" 2>&1 &
PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/gateway.log"; exit 1; }
  sleep 0.2
done

python3 bench/wrk/signed-urls.py "$DATA/demo.json" 400000 >"$DATA/urls.txt"
tail -n 150000 "$DATA/urls.txt" > "$DATA/warm.txt"
head -n 250000 "$DATA/urls.txt" > "$DATA/run.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d20s -s bench/wrk/cycle-urls.lua "http://localhost:$PORT" -- "$DATA/warm.txt" "$THREADS" >/dev/null
"$BIN/jcmd" $PID JFR.start name=allocation settings=profile filename="$DATA/run.jfr" >/dev/null
echo "load before: $(uptime)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/wrk/cycle-urls.lua "http://localhost:$PORT" -- "$DATA/run.txt" "$THREADS" | tee "$DATA/wrk.txt"
echo "load after: $(uptime)"
"$BIN/jcmd" $PID JFR.stop name=allocation >/dev/null
"$BIN/jfr" print --json --events jdk.ThreadAllocationStatistics "$DATA/run.jfr" > "$DATA/allocation.json"
python3 - "$DATA/allocation.json" "$DATA/wrk.txt" <<'PY'
import json, re, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
first, last = {}, {}
for e in events:
    thread = e["values"]["thread"]["javaThreadId"] if e["values"].get("thread") else None
    first.setdefault(thread, e["values"]["allocated"])
    last[thread] = e["values"]["allocated"]
allocated = sum(last[t] - first[t] for t in last)
requests = int(re.search(r"(\d+) requests in", open(sys.argv[2]).read()).group(1))
print(f"allocated per request: {allocated / requests / 1024:.1f} KiB ({allocated / 1e6:.0f} MB over {requests} requests)")
PY
