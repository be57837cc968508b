#!/usr/bin/env bash
# The README's five-minute walkthrough, as a newcomer runs it: a fresh clone of this checkout's HEAD,
# `./mvnw spring-boot:run` from its root (offline: after `./mvnw verify` nothing more may be downloaded), then
# the README's curl blocks exactly as written, reading ./data/demo.json and ./data/operator-token, with only the
# port changed (8080 may be taken). Checks every answer and prints what it saw.
# Usage: bench/walkthrough/readme-walkthrough.sh [port]      (needs git, jq, curl, openssl, python3)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=${1:-19501}
WORK=$(mktemp -d)
GATEWAY_PID=
cleanup() {
  if [ -n "$GATEWAY_PID" ]; then kill -- "-$GATEWAY_PID" 2>/dev/null || true; wait "$GATEWAY_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "WALKTHROUGH FAILED: $*"; echo "--- gateway log (tail)"; tail -40 "$WORK/gateway.log" || true; exit 1; }

git clone -q "$ROOT" "$WORK/payerid"
cd "$WORK/payerid"
python3 "$ROOT/bench/walkthrough/extract_blocks.py" README.md > "$WORK/blocks"
i=0
while IFS= read -r -d '' block || [ -n "$block" ]; do
  printf '%s' "${block//localhost:8080/localhost:$PORT}" > "$WORK/block$i.sh"
  i=$((i + 1))
done < "$WORK/blocks"

started=$(date +%s.%N)
# Its own process group, so the forked gateway JVM stops with it.
setsid ./mvnw -o -B -q spring-boot:run -Dspring-boot.run.arguments=--server.port=$PORT > "$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
for _ in $(seq 1 600); do
  if curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null 2>&1; then break; fi
  kill -0 "$GATEWAY_PID" 2>/dev/null || fail "spring-boot:run exited"
  sleep 0.5
done
curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null || fail "gateway not ready"
printf 'ready after %.1f s (spring-boot:run from the repo root, offline, building the fresh clone)\n' \
  "$(echo "$(date +%s.%N) - $started" | bc)"
[ -s data/demo.json ] && [ -s data/operator-token ] || fail "data/demo.json or data/operator-token missing at the repo root"
[ ! -e payerid-server/data ] || fail "payerid-server/data exists: the gateway did not run from the repo root"
grep -q "Whitelisted for MCH_DEMO: http://localhost:$PORT/demo/ (and every path below it)" "$WORK/gateway.log" \
  || fail "start banner does not state the whitelist"

# One shell for both blocks, as a reader pastes them: the second uses the first's BASE.
both=$( (cat "$WORK/block0.sh"; echo 'echo "=== onboarding"'; cat "$WORK/block1.sh") | bash 2>&1) \
  || fail "the README blocks exited non-zero: $both"
echo "$both"
answer=${both%%$'\n'=== onboarding*}
[[ "$answer" =~ ^http://localhost:$PORT/demo/return\?channel=WECHAT_OA\&channelAppId=wxdemo0000000001\&openid=o.+\&signType=MD5\&sign=[0-9A-F]{32}$ ]] \
  || fail "the signed URL did not end on the demo merchant with an openid"
answer=${both#*=== onboarding$'\n'}
lines=()
# curl -s prints each JSON answer without a newline: jq splits the stream into one answer per line.
while IFS= read -r line; do lines+=("$line"); done < <(jq -c . <<< "$answer")
[ "${#lines[@]}" -eq 6 ] || fail "expected 6 answers, got ${#lines[@]}"
jq -e '.instNo == "ISV_ACME"' <<< "${lines[0]}" > /dev/null || fail "institution not created"
jq -e '.mchNo == "MCH_0001"' <<< "${lines[1]}" > /dev/null || fail "merchant not created"
jq -e '(.appId | length > 0) and (.signKey | length > 0)' <<< "${lines[2]}" > /dev/null || fail "app not created with its key"
# The README's "wx…", "…", "2021…", "MIIB…" are placeholders: refused, naming the field, never stored.
jq -e '.code == "INVALID_REQUEST" and (.message | contains("settings.appId")) and (.requestId | length > 0)' \
  <<< "${lines[3]}" > /dev/null || fail "WeChat placeholder not refused"
jq -e '.code == "INVALID_REQUEST" and (.message | contains("alipayPublicKey"))' <<< "${lines[4]}" > /dev/null \
  || fail "Alipay placeholder not refused"
jq -e '.url == "https://shop.example.com/pay/" and .host == "shop.example.com"' <<< "${lines[5]}" > /dev/null \
  || fail "whitelist entry not added"
echo "WALKTHROUGH PASSED: 1 signed flow, 6 admin answers as documented"
