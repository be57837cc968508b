#!/usr/bin/env bash
# Many slow upstreams at once (issue 8, item 4). The sandbox runs in a process of its own (the same jar, its
# simulators on SANDBOX_PORT, answering every server-side call after LATENCY), as a separate upstream host
# would; the gateway runs with -Xmx512m and the sandbox switched off, every payerid.upstream.* pointed at it.
# Both share one demo tenant: a first start seeds a data directory, which is then copied for the sandbox.
# Then COUNT WeChat OAuth flows are prepared up to their callback (untimed) and all COUNT callbacks are sent
# at once, each waiting on a code exchange that takes LATENCY; a warm-up round and a measured round. Prints
# the callbacks' wall time, errors and the most heap the gateway used. Target: 5,000 callbacks, 1 s latency,
# 0 errors, wall <= 3 s, heap <= 512 MB.
# Usage (from the repo root): bench/slow-upstreams/run.sh
# Env: PORT (19380) SANDBOX_PORT (19381) COUNT (5000) ROUNDS (2, the last one measured) LATENCY (1s)
#      HEAP (-Xmx512m, the gateway's) JAR (a built gateway jar; default: build one) JAVA (a JDK 21+ java)
#      GATEWAY_OPTS (more JVM options for the gateway, e.g. a JFR recording) KEEP (1: keep the logs' directory)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-19380}; SANDBOX_PORT=${SANDBOX_PORT:-19381}
COUNT=${COUNT:-5000}; ROUNDS=${ROUNDS:-2}; LATENCY=${LATENCY:-1s}; HEAP=${HEAP:--Xmx512m}
SANDBOX_ADMIN_PORT=$((SANDBOX_PORT + 1))

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
PID=; SANDBOX_PID=
stop_one() {
  if [ -n "$1" ] && kill "$1" 2>/dev/null; then
    # A graceful shutdown waits for in-flight flows; do not leave a process behind on the port.
    for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$1" 2>/dev/null || true
  fi
}
stop() {
  stop_one "$PID"; stop_one "$SANDBOX_PID"
  if [ "${KEEP:-0}" = 1 ]; then echo "logs kept in $DATA"; else rm -rf "$DATA"; fi
}
healthy() { # port pid log
  until curl -fs "http://localhost:$1/actuator/health" >/dev/null 2>&1; do
    kill -0 "$2" 2>/dev/null || { cat "$3"; exit 1; }
    sleep 0.2
  done
}
trap stop EXIT

# Each flow holds a client, a gateway and a sandbox socket open for the latency: 3 x COUNT descriptors.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
SANDBOX=http://127.0.0.1:$SANDBOX_PORT/sandbox
UPSTREAMS=(--payerid.upstream.wechat-open-host="$SANDBOX/wechat/open" --payerid.upstream.wechat-api-host="$SANDBOX/wechat/api"
  --payerid.upstream.wechat-pay-base-url="$SANDBOX/wechatpay" --payerid.upstream.alipay-openauth-host="$SANDBOX/alipay/openauth"
  --payerid.upstream.alipay-gateway-url="$SANDBOX/alipay/gateway.do" --payerid.upstream.unionpay-qr-host="$SANDBOX/unionpay/qr"
  --payerid.upstream.unionpay-gateway-url="$SANDBOX/unionpay/gateway")
# Seed the demo tenant on the gateway's port (its whitelist names the gateway's own pages), then copy it.
mkdir -p "$DATA/gateway"
"$JAVA" -jar "$JAR" --server.port="$PORT" --payerid.data-dir="$DATA/gateway" --payerid.sandbox.port="$SANDBOX_PORT" \
  >"$DATA/seed.log" 2>&1 &
PID=$!
healthy "$PORT" "$PID" "$DATA/seed.log"
until [ -s "$DATA/gateway/demo.json" ]; do sleep 0.2; done
stop_one "$PID"; PID=
cp -r "$DATA/gateway" "$DATA/sandbox"
# The sandbox process: a gateway of its own on SANDBOX_ADMIN_PORT (nobody calls it), simulators on SANDBOX_PORT.
"$JAVA" -Xmx1g -jar "$JAR" --server.port="$SANDBOX_ADMIN_PORT" --payerid.data-dir="$DATA/sandbox" \
  --logging.level.io.payerid=WARN --server.tomcat.accept-count=4096 \
  --payerid.sandbox.port="$SANDBOX_PORT" --payerid.sandbox.faults.latency="$LATENCY" "${UPSTREAMS[@]}" \
  >"$DATA/sandbox.log" 2>&1 &
SANDBOX_PID=$!
# The whole burst comes from one address: lift the per-address rate limit (it would refuse it, correctly),
# and let the kernel queue the burst of new connections (accept-count) instead of dropping SYNs.
"$JAVA" $HEAP ${GATEWAY_OPTS:-} -Xlog:gc:file="$DATA/gc.log" -jar "$JAR" \
  --server.port="$PORT" --payerid.data-dir="$DATA/gateway" --logging.level.io.payerid=WARN \
  --server.tomcat.accept-count=4096 --payerid.rate-limit.per-client-ip.capacity=1000000 \
  --payerid.sandbox.enabled=false "${UPSTREAMS[@]}" ${GATEWAY_ARGS:-} >"$DATA/gateway.log" 2>&1 &
PID=$!
healthy "$PORT" "$PID" "$DATA/gateway.log"
healthy "$SANDBOX_ADMIN_PORT" "$SANDBOX_PID" "$DATA/sandbox.log"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; sandbox latency $(curl -s "$SANDBOX/faults")"
set +e
echo "gateway pid $PID"
# CPU each process spent on the measured round (from its "prepared" line to its result), per callback: on a
# box where client, gateway and sandbox share the cores, their sum bounds the wall time.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
per_callback() { awk -v d="$(( $2 - $1 ))" -v hz="$(getconf CLK_TCK)" -v n="$COUNT" 'BEGIN { printf "%.2f", d * 1000 / hz / n }'; }
mkfifo "$DATA/client.out"
"$JAVA" -Xss256k bench/slow-upstreams/SlowUpstreams.java "http://localhost:$PORT" "$DATA/gateway/demo.json" "$COUNT" "$ROUNDS" \
  >"$DATA/client.out" &
CLIENT_PID=$!
PREPARED=0
while IFS= read -r line; do
  echo "$line"
  case "$line" in
    prepared*) PREPARED=$((PREPARED + 1))
      [ "$PREPARED" = "$ROUNDS" ] && G0=$(cpu_ticks "$PID") S0=$(cpu_ticks "$SANDBOX_PID") C0=$(cpu_ticks "$CLIENT_PID") ;;
    "slow-upstreams measured"*)
      echo "slow-upstreams: CPU per callback: gateway $(per_callback "$G0" "$(cpu_ticks "$PID")") ms," \
        "sandbox $(per_callback "$S0" "$(cpu_ticks "$SANDBOX_PID")") ms, client $(per_callback "$C0" "$(cpu_ticks "$CLIENT_PID")") ms" ;;
  esac
done <"$DATA/client.out"
wait "$CLIENT_PID"
RESULT=$?
set -e
# Most heap used: the fullest the heap was before any collection, or now if larger.
PEAK=$(grep -oE "[0-9]+M->[0-9]+M" "$DATA/gc.log" | cut -dM -f1 | sort -n | tail -n1 || true)
NOW=$("$JCMD" $PID GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -n1 | grep -oE '[0-9]+')
NOW_MB=$(( ${NOW:-0} / 1024 ))
echo "slow-upstreams: max heap used $(( ${PEAK:-0} > NOW_MB ? ${PEAK:-0} : NOW_MB )) MB ($HEAP); young GCs $(grep -c "Pause Young" "$DATA/gc.log" || true)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'ERROR|Exception' "$DATA/gateway.log" | head -n 5 || true
exit $RESULT
