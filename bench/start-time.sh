#!/usr/bin/env bash
# Process start to healthy (/actuator/health answering UP) for the gateway on embedded defaults: one first
# start in a fresh data directory (migrations, key generation, demo seeding), then RUNS restarts on it (what a
# deployment does). Prints per run the wall time and the CPU time the JVM used until healthy (user+sys from
# /proc: much less sensitive to other load on the machine than wall time), then the medians of the restarts.
# Usage: bench/start-time.sh RUNS PORT -- COMMAND...   (COMMAND is how the gateway is started, e.g.
#        java -XX:AOTCache=payerid.aot -jar payerid-server.jar; --server.port and --payerid.data-dir are appended)
set -euo pipefail
RUNS=$1; PORT=$2; shift 3
TICKS=$(getconf CLK_TCK)
walls=(); cpus=()
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
for run in $(seq 0 "$RUNS"); do
  START=$(date +%s%N)
  "$@" --server.port="$PORT" --payerid.data-dir="$DATA" >"$DATA/gateway.log" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $PID 2>/dev/null || { tail -n 40 "$DATA/gateway.log"; exit 1; }
    sleep 0.02
  done
  WALL=$(( ($(date +%s%N) - START) / 1000000 ))
  read -r UTIME STIME < <(awk '{print $14, $15}' "/proc/$PID/stat")
  CPU=$(( (UTIME + STIME) * 1000 / TICKS ))
  [ -s "$DATA/demo.json" ] || echo "  (demo.json not written yet when healthy)"
  if [ "$run" = 0 ]; then
    echo "  first start (fresh data directory): wall $WALL ms, cpu $CPU ms"
  else
    echo "  restart $run: wall $WALL ms, cpu $CPU ms"
    walls+=("$WALL"); cpus+=("$CPU")
  fi
  kill $PID; wait $PID 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "start median of $RUNS restarts: wall $(median "${walls[@]}") ms, cpu $(median "${cpus[@]}") ms"
