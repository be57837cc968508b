#!/usr/bin/env bash
# The production start of README "Production start", checked end to end, from the repository root:
# builds the aot-cache profile (Spring AOT + the JVM AOT cache), starts the gateway in AOT mode on embedded
# defaults, follows one signed WeChat flow as a WeChat browser would (README walkthrough) to the demo merchant,
# then checks that a start with another bean-selecting setting is refused, naming it.
# Usage: bench/aot/smoke.sh [port]   (needs a JDK 25 under /usr/lib/jvm or JAVA, and curl, jq, openssl)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${1:-19590}
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/*25*; do [ -x "$candidate/bin/java" ] && JAVA=$candidate/bin/java && break; done
fi
[ -n "$JAVA" ] || { echo "no JDK 25 found; set JAVA=/path/to/java"; exit 1; }
DATA=$(mktemp -d); PID=
cleanup() { set +e; [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

APP=payerid-server/target/aot
rm -f "$APP/payerid.aot"
# Not offline: the profile's plugins (exec for the training run) are not among what `verify` fetched.
./mvnw -B -q -Paot-cache package -DskipTests -pl payerid-server -am >"$DATA/build.log" 2>&1 \
  || { grep -v 'warning\]\[aot\]' "$DATA/build.log" | tail -n 40; echo "FAIL: the aot-cache build failed"; exit 1; }
[ -f "$APP/payerid.aot" ] || { echo "FAIL: no AOT cache was built"; exit 1; }
GATEWAY=(env -C "$APP" "$JAVA" -XX:AOTCache=payerid.aot -Dspring.aot.enabled=true $(cat bench/jvm-options)
         -jar "$(basename "$(ls "$APP"/payerid-server-*.jar | head -n1)")" --server.port="$PORT" --payerid.data-dir="$DATA")

"${GATEWAY[@]}" >"$DATA/gateway.log" 2>&1 &
PID=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && [ -s "$DATA/demo.json" ]; do
  kill -0 $PID 2>/dev/null || { tail -n 40 "$DATA/gateway.log"; echo "FAIL: the gateway did not start in AOT mode"; exit 1; }
  sleep 0.2
done

BASE=http://localhost:$PORT
KEY=$(jq -r .appKey "$DATA/demo.json")
TS=$(date +%s); NONCE=$(openssl rand -hex 12)
REDIRECT=$BASE/demo/return
STR="appId=app_demo&mchNo=MCH_DEMO&nonce=$NONCE&redirectUri=$REDIRECT&scope=base&state=aot&timestamp=$TS"
SIGN=$(printf '%s&key=%s' "$STR" "$KEY" | md5sum | cut -d' ' -f1 | tr a-f A-F)
URL="$BASE/v1/oauth/authorize?appId=app_demo&mchNo=MCH_DEMO&nonce=$NONCE&redirectUri=$(jq -rn --arg u "$REDIRECT" '$u|@uri')&scope=base&state=aot&timestamp=$TS&sign=$SIGN"
LANDED=$(curl -s -L -A 'Mozilla/5.0 MicroMessenger/8.0.47' -b 'payerid_sandbox_wechat_user=alice' -c /dev/null \
  -o /dev/null -w '%{url_effective}' "$URL")
case "$LANDED" in
  "$REDIRECT?"*openid=o*state=aot*) echo "ok: a signed flow in AOT mode ends on the demo merchant with an openid" ;;
  *) echo "FAIL: the flow ended on $LANDED"; exit 1 ;;
esac
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

if "${GATEWAY[@]}" --payerid.sandbox.enabled=false >"$DATA/refused.log" 2>&1; then
  echo "FAIL: a start with payerid.sandbox.enabled=false in AOT mode was not refused"; exit 1
fi
grep -q 'payerid.sandbox.enabled: built with true, started with false' "$DATA/refused.log" \
  || { tail -n 20 "$DATA/refused.log"; echo "FAIL: the refusal does not name the setting"; exit 1; }
echo "ok: a start with other bean-selecting settings is refused, naming them"
