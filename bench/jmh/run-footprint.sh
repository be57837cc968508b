#!/usr/bin/env bash
# Memory and ns/op of the in-process nonce store at 35,000 fresh nonces/s for the whole nonce memory.
# Usage: bench/jmh/run-footprint.sh [rate=35000] [request-window-minutes=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
    [ -x "$candidate/bin/java" ] && JAVA=$candidate/bin/java && break
  done
fi
[ -n "$JAVA" ] || { echo "no JDK 21+ found; set JAVA=/path/to/java"; exit 1; }
./mvnw -B -q install -DskipTests -N
./mvnw -B -q install -DskipTests -pl payerid-core
./mvnw -B -q -f bench/jmh/pom.xml package
"$JAVA" -Xmx1g -cp bench/jmh/target/benchmarks.jar io.payerid.bench.NonceStoreFootprint "$@"
