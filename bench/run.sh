#!/usr/bin/env bash
# The whole benchmark in one command, from the repository root: bench/run.sh
#
# Builds the gateway (with the AOT cache of README "Production start" unless AOT=0), starts nginx answering a
# fixed `return 302` (bench/nginx/return-302.conf, foreground, in a temporary prefix) and PayerID on its
# embedded defaults, warms both, then runs wrk A/B/A/B/A/B (nginx, PayerID; same threads and connections):
#   1. GET /v1/oauth/authorize (every URL freshly signed with a unique nonce) against nginx's 302;
#   2. POST /v1/paycode/identity (signed JSON, unique nonces) against the same nginx;
#   3. seed 000, POST /pay/api/1.0/auth2OpenId, against the same nginx;
# then bench/slow-upstreams/run.sh when present, the RSS after RSS_REQUESTS redirect requests, and the start
# time (process start to healthy, median of START_RUNS). Ends with a compact table. Each of 1-3 and the RSS
# load runs in a gateway process of its own (see start_gateway).
#
# Environment (defaults in brackets): DURATION [20s] per round, WARMUP [30s], ROUNDS [3] A/B pairs,
# CONNECTIONS [32], THREADS [2], RSS_REQUESTS [1000000], START_RUNS [5], AOT [1], SKIP_BUILD [0],
# JVM_OPTS [the documented defaults], NGINX_PORT [19480], PORT [19481], START_PORT [19482], SANDBOX_PORT [19483], JAVA.
# A short run: DURATION=5s WARMUP=5s ROUNDS=1 RSS_REQUESTS=100000 START_RUNS=1 bench/run.sh
# The sandbox answers on a port of its own (payerid.sandbox.port, every payerid.upstream.* pointed at it), as a
# separate upstream host would: the payment-code lookups are real HTTP calls. It still shares the gateway's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}; WARMUP=${WARMUP:-30s}; ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}; THREADS=${THREADS:-2}
RSS_REQUESTS=${RSS_REQUESTS:-1000000}; START_RUNS=${START_RUNS:-5}; AOT=${AOT:-1}
NGINX_PORT=${NGINX_PORT:-19480}; PORT=${PORT:-19481}; START_PORT=${START_PORT:-19482}; SANDBOX_PORT=${SANDBOX_PORT:-19483}
JVM_OPTS=${JVM_OPTS:-$(cat bench/jvm-options)}
# glibc's per-thread malloc arenas otherwise add tens of MB of resident size (README "Production start").
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
for tool in wrk nginx python3 curl; do
  command -v $tool >/dev/null || { echo "$tool is not installed"; exit 1; }
done
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/*25* "${JAVA_HOME:-}"; do
    [ -x "$candidate/bin/java" ] && JAVA=$candidate/bin/java && break
  done
fi
[ -n "$JAVA" ] || { echo "no JDK 25 found; set JAVA=/path/to/java"; exit 1; }

WORK=$(mktemp -d)
NGINX_PID=; GATEWAY_PID=
cleanup() {
  set +e  # a killed process's non-zero wait status must not end the clean-up half-way
  [ -n "$GATEWAY_PID" ] && kill "$GATEWAY_PID" 2>/dev/null && wait "$GATEWAY_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

# --- build -------------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # The aot-cache build bakes the bean-selecting settings (README "Production start"): the sandbox's own port.
  PROFILE=; [ "$AOT" = 1 ] && PROFILE="-Paot-cache -Dpayerid.aot.arguments=--payerid.sandbox.port=$SANDBOX_PORT"
  ./mvnw -B -q package -DskipTests $PROFILE -pl payerid-server -am
fi
APP=payerid-server/target/aot
JAR_NAME=$(basename "$(ls payerid-server/target/payerid-server-*.jar | grep -v original | head -n1)")
if [ "$AOT" = 1 ] && [ -f "$APP/payerid.aot" ]; then
  GATEWAY=(env -C "$APP" "$JAVA" -XX:AOTCache=payerid.aot -Dspring.aot.enabled=true $JVM_OPTS -jar "$JAR_NAME")
else
  GATEWAY=(env -C payerid-server/target "$JAVA" $JVM_OPTS -jar "$JAR_NAME")
fi
echo "gateway command (in ${GATEWAY[2]}): ${GATEWAY[*]:3}"

# --- helpers -----------------------------------------------------------------------------------------------
# Latency from wrk --latency ("99%  4.56ms") in milliseconds.
latency_ms() {
  awk -v p="$1%" '$1 == p { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
    f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.2f", v * f }' "$2"
}
rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
answers() { grep -o '^answers: .*' "$1" | sed 's/^answers: //'; }
# wrk's socket errors (timeouts get no answer, so the Lua counts miss them).
socket_errors() { grep -o 'Socket errors:.*' "$1" | sed 's/^/, /' || true; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

RESULTS=$WORK/results.txt; : >"$RESULTS"
# run_wrk LABEL ROUND DURATION URL SCRIPT ARGS... : one measured wrk run, recorded in $RESULTS.
run_wrk() {
  local label=$1 round=$2 duration=$3 url=$4 script=$5; shift 5
  local out=$WORK/wrk-$label-$round.txt
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$script" "$url" -- "$@" >"$out"
  [ "$round" = warm ] && return 0
  printf '%-10s %-5s %9s req/s  p50 %7s ms  p99 %7s ms  %s%s\n' "$label" "$round" "$(rps "$out")" \
    "$(latency_ms 50 "$out")" "$(latency_ms 99 "$out")" "$(answers "$out")" "$(socket_errors "$out")" | tee -a "$RESULTS"
  grep '^first other answer' "$out" || true
}
signed_urls() { python3 bench/wrk/signed-urls.py "$WORK/data/demo.json" "$1" "${3:-0}" >"$2"; }
# A fresh sandbox payment code for alice (codes live one minute: one per round).
payment_code() {
  curl -fs "http://127.0.0.1:$SANDBOX_PORT/sandbox/wechatpay/codes" -H 'Content-Type: application/json' \
    -d '{"user":"alice"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["authCode"])'
}
signed_bodies() { python3 bench/wrk/signed-bodies.py "$WORK/data/demo.json" "$2" "$1" "$(payment_code)" >"$3"; }
# Enough unique requests for the fastest plausible rate over one round.
per_round() { echo $(( ${DURATION%s} * ${1} )); }

# --- nginx and the gateway ---------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/tmp"
sed "s/__PORT__/$NGINX_PORT/" bench/nginx/return-302.conf >"$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e stderr -g 'daemon off;' 2>"$WORK/nginx/stderr" &
NGINX_PID=$!
mkdir -p "$WORK/data"
# Each measured API gets a gateway process of its own (the same data directory, so the same demo tenants), warmed
# before it is measured: the nonces of one phase stay in the in-process store for 10.5 minutes, and at the
# redirect entry's rate the first phase alone (some 2.7 million nonces in 90 s) fills most of the documented
# heap's old generation, so whatever ran after it in the same process measured the collector (README
# "Benchmarks"). A gateway serving such a rate for real needs the heap of README "Capacity".
start_gateway() {
  # wrk is one client address and the demo is one app: at the defaults (10,000 per second each) half the answers
  # would be 429s. Raised, not switched off, so every request still pays for both bucket checks.
  "${GATEWAY[@]}" --server.port="$PORT" --payerid.data-dir="$WORK/data" --logging.level.io.payerid=WARN \
    --payerid.rate-limit.per-client-ip.capacity=100000000 --payerid.rate-limit.per-app.capacity=100000000 \
    --payerid.sandbox.port="$SANDBOX_PORT" \
    --payerid.upstream.wechat-open-host="http://localhost:$SANDBOX_PORT/sandbox/wechat/open" \
    --payerid.upstream.wechat-api-host="http://127.0.0.1:$SANDBOX_PORT/sandbox/wechat/api" \
    --payerid.upstream.unionpay-qr-host="http://localhost:$SANDBOX_PORT/sandbox/unionpay/qr" \
    --payerid.upstream.unionpay-gateway-url="http://127.0.0.1:$SANDBOX_PORT/sandbox/unionpay/gateway" \
    --payerid.upstream.wechat-pay-base-url="http://127.0.0.1:$SANDBOX_PORT/sandbox/wechatpay" \
    --payerid.upstream.alipay-openauth-host="http://localhost:$SANDBOX_PORT/sandbox/alipay/openauth" \
    --payerid.upstream.alipay-gateway-url="http://127.0.0.1:$SANDBOX_PORT/sandbox/alipay/gateway.do" \
    >>"$WORK/gateway.log" 2>&1 &
  GATEWAY_PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && [ -s "$WORK/data/demo.json" ]; do
    kill -0 $GATEWAY_PID 2>/dev/null || { tail -n 40 "$WORK/gateway.log"; exit 1; }
    sleep 0.2
  done
}
stop_gateway() {
  kill "$GATEWAY_PID"; wait "$GATEWAY_PID" 2>/dev/null || true; GATEWAY_PID=
}
start_gateway
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/")" = 302 ]; do
  kill -0 $NGINX_PID 2>/dev/null || { cat "$WORK/nginx/stderr"; exit 1; }
  sleep 0.2
done
NGINX=http://127.0.0.1:$NGINX_PORT; GW=http://127.0.0.1:$PORT

echo "warm-up: nginx and the gateway, $WARMUP each"
run_wrk nginx warm "$WARMUP" "$NGINX" bench/wrk/fixed-url.lua
signed_urls "$(( ${WARMUP%s} * 40000 ))" "$WORK/urls.txt"
run_wrk redirect warm "$WARMUP" "$GW" bench/wrk/cycle-urls.lua "$WORK/urls.txt" "$THREADS"

echo "redirect entry (GET /v1/oauth/authorize) vs nginx return 302: $THREADS threads, $CONNECTIONS connections, $DURATION x $ROUNDS"
for round in $(seq "$ROUNDS"); do
  run_wrk nginx "$round" "$DURATION" "$NGINX" bench/wrk/fixed-url.lua
  signed_urls "$(per_round 40000)" "$WORK/urls.txt"
  run_wrk redirect "$round" "$DURATION" "$GW" bench/wrk/cycle-urls.lua "$WORK/urls.txt" "$THREADS"
done

# label path kind marker: the two payment-code APIs, each warmed, then A/B against nginx.
api_rounds() {
  local label=$1 path=$2 kind=$3 marker=$4
  echo "$label ($path) vs nginx return 302"
  stop_gateway; start_gateway
  signed_bodies "$kind" "$(( ${WARMUP%s} * 10000 ))" "$WORK/bodies.txt"
  run_wrk "$label" warm "$WARMUP" "$GW" bench/wrk/cycle-bodies.lua "$WORK/bodies.txt" "$THREADS" "$path" "$marker"
  for round in $(seq "$ROUNDS"); do
    run_wrk nginx "$round" "$DURATION" "$NGINX" bench/wrk/fixed-url.lua
    signed_bodies "$kind" "$(per_round 20000)" "$WORK/bodies.txt"
    run_wrk "$label" "$round" "$DURATION" "$GW" bench/wrk/cycle-bodies.lua "$WORK/bodies.txt" "$THREADS" "$path" "$marker"
  done
}
api_rounds paycode /v1/paycode/identity paycode '"code":"SUCCESS"'
api_rounds seed000 /pay/api/1.0/auth2OpenId jucai '"returnCode":"000000"'

# --- item 4: many slow upstreams (its own script, its own figures) -----------------------------------------
if [ -x bench/slow-upstreams/run.sh ]; then
  echo "bench/slow-upstreams/run.sh"
  JAVA="$JAVA" bench/slow-upstreams/run.sh | tee "$WORK/slow-upstreams.txt" || echo "slow-upstreams: failed"
fi

# --- RSS after RSS_REQUESTS redirect requests --------------------------------------------------------------
# wrk ends at its duration even when every thread has stopped: the duration is sized from the measured rate
# with a third to spare; the count actually answered is printed.
RATE=$(median $(awk '$1 == "redirect" { print $3 }' "$RESULTS"))
RSS_SECONDS=$(( RSS_REQUESTS * 4 / 3 / (RATE > 0 ? RATE : 1) + 5 ))
echo "RSS load: $RSS_REQUESTS signed redirect requests, each URL once, on a fresh gateway (at most ${RSS_SECONDS}s)"
stop_gateway; start_gateway
signed_urls "$RSS_REQUESTS" "$WORK/urls.txt" 280
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${RSS_SECONDS}s" -s bench/wrk/cycle-urls.lua "$GW" \
  -- "$WORK/urls.txt" "$THREADS" once >"$WORK/wrk-rss.txt"
SERVED=$(awk '/requests in/ { print $1 }' "$WORK/wrk-rss.txt")
RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$GATEWAY_PID/status")
HWM_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$GATEWAY_PID/status")
echo "after $SERVED requests ($(answers "$WORK/wrk-rss.txt")): VmRSS $((RSS_KB / 1024)) MB, VmHWM $((HWM_KB / 1024)) MB"
stop_gateway
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=

# --- start time --------------------------------------------------------------------------------------------
echo "start time: a first start in a fresh data directory, then $START_RUNS restarts"
# With the sandbox's own port as built (the AOT build's bean-selecting settings): one listener more than the
# bare embedded defaults, so if anything a slower start than theirs.
bench/start-time.sh "$START_RUNS" "$START_PORT" -- "${GATEWAY[@]}" --payerid.sandbox.port="$SANDBOX_PORT" | tee "$WORK/start.txt"

# --- summary -----------------------------------------------------------------------------------------------
col() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$RESULTS"; }
echo
echo "==== summary: $THREADS threads, $CONNECTIONS connections, $ROUNDS x $DURATION, load average $(cut -d' ' -f1-3 /proc/loadavg) at end ===="
printf '%-34s %10s %9s %9s %8s\n' target "req/s" "p50 ms" "p99 ms" "ratio"
NGINX_RPS=$(median $(col nginx 3))
printf '%-34s %10s %9s %9s %8s\n' "nginx return 302" "$NGINX_RPS" "$(median $(col nginx 6))" "$(median $(col nginx 9))" 1
for label in redirect paycode seed000; do
  R=$(median $(col $label 3))
  printf '%-34s %10s %9s %9s %8s\n' "PayerID $label" "$R" "$(median $(col $label 6))" "$(median $(col $label 9))" \
    "$(awk -v a="$R" -v b="$NGINX_RPS" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
done
echo "(req/s, p50, p99: medians over the rounds; ratio = PayerID / nginx, nginx taken over all of its rounds)"
echo "RSS after $SERVED redirect requests: $((RSS_KB / 1024)) MB (VmHWM $((HWM_KB / 1024)) MB), JVM options: $JVM_OPTS"
grep '^start median' "$WORK/start.txt"
