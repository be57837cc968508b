#!/usr/bin/env bash
# Many slow upstreams at once (issue 8, item 4): starts the gateway jar on embedded defaults with the sandbox
# on its own port answering every server-side call after LATENCY, -Xmx512m, then runs COUNT concurrent WeChat
# OAuth flows (entry -> sandbox authorize -> callback whose code exchange takes LATENCY), a warm-up round and a
# measured round. Prints wall time, errors and the most heap the gateway used. Target: 5,000 flows, 1 s
# latency, 0 errors, wall <= 3 s, heap <= 512 MB.
# Usage (from the repo root): bench/slow-upstreams/run.sh
# Env: PORT (19380) SANDBOX_PORT (19381) COUNT (5000) ROUNDS (2, the last one measured) LATENCY (1s)
#      JAR (a built gateway jar; default: build one) JAVA (a JDK 21+ java)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-19380}; SANDBOX_PORT=${SANDBOX_PORT:-19381}
COUNT=${COUNT:-5000}; ROUNDS=${ROUNDS:-2}; LATENCY=${LATENCY:-1s}

JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
    [ -x "$candidate/bin/java" ] && JAVA=$candidate/bin/java && break
  done
fi
[ -n "$JAVA" ] || { echo "no JDK 21+ found; set JAVA=/path/to/java"; exit 1; }
JCMD=$(dirname "$JAVA")/jcmd

if [ -z "${JAR:-}" ]; then
  ./mvnw -B -q package -DskipTests -pl payerid-server -am
  JAR=$(ls payerid-server/target/payerid-server-*.jar | grep -v original | head -n1)
fi
DATA=$(mktemp -d)
PID=
stop() {
  if [ -n "$PID" ] && kill "$PID" 2>/dev/null; then
    # A graceful shutdown waits for in-flight flows; do not leave a gateway behind on the port.
    for _ in $(seq 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap stop EXIT

# Each flow holds a client, a gateway and a sandbox socket open for the latency: 3 x COUNT descriptors.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
SANDBOX=http://127.0.0.1:$SANDBOX_PORT/sandbox
# The whole burst comes from one address: lift the per-address rate limit (it would refuse it, correctly),
# and let the kernel queue the burst of new connections (accept-count) instead of dropping SYNs.
"$JAVA" -Xmx512m -Xlog:gc:file="$DATA/gc.log" -jar "$JAR" \
  --server.port="$PORT" --payerid.data-dir="$DATA" --logging.level.io.payerid=WARN \
  --server.tomcat.accept-count=4096 --payerid.rate-limit.per-client-ip.capacity=1000000 \
  --payerid.sandbox.port="$SANDBOX_PORT" --payerid.sandbox.faults.latency="$LATENCY" \
  --payerid.upstream.wechat-open-host="$SANDBOX/wechat/open" --payerid.upstream.wechat-api-host="$SANDBOX/wechat/api" \
  --payerid.upstream.wechat-pay-base-url="$SANDBOX/wechatpay" --payerid.upstream.alipay-openauth-host="$SANDBOX/alipay/openauth" \
  --payerid.upstream.alipay-gateway-url="$SANDBOX/alipay/gateway.do" --payerid.upstream.unionpay-qr-host="$SANDBOX/unionpay/qr" \
  --payerid.upstream.unionpay-gateway-url="$SANDBOX/unionpay/gateway" >"$DATA/gateway.log" 2>&1 &
PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { cat "$DATA/gateway.log"; exit 1; }
  sleep 0.2
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; sandbox latency $(curl -s "$SANDBOX/faults")"
set +e
echo "gateway pid $PID"
"$JAVA" -Xss256k bench/slow-upstreams/SlowUpstreams.java "http://localhost:$PORT" "$DATA/demo.json" "$COUNT" "$ROUNDS"
RESULT=$?
set -e
# Most heap used: the fullest the heap was before any collection, or now if larger.
PEAK=$(grep -oE "[0-9]+M->[0-9]+M" "$DATA/gc.log" | cut -dM -f1 | sort -n | tail -n1 || true)
NOW=$("$JCMD" $PID GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -n1 | grep -oE '[0-9]+')
NOW_MB=$(( ${NOW:-0} / 1024 ))
echo "slow-upstreams: max heap used $(( ${PEAK:-0} > NOW_MB ? ${PEAK:-0} : NOW_MB )) MB of 512 MB (-Xmx512m); young GCs $(grep -c "Pause Young" "$DATA/gc.log" || true)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'ERROR|Exception' "$DATA/gateway.log" | head -n 5 || true
exit $RESULT
