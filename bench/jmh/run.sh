#!/usr/bin/env bash
# JMH figures for the hot-path primitives. Usage: bench/jmh/run.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-}
if [ -z "$JAVA" ]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21* "${JAVA_HOME:-}"; do
    [ -x "$candidate/bin/java" ] && JAVA=$candidate/bin/java && break
  done
fi
[ -n "$JAVA" ] || { echo "no JDK 21+ found; set JAVA=/path/to/java"; exit 1; }
# The benchmarks need payerid-core, payerid-channels and payerid-server (as a plain jar, not the Boot fat jar:
# RequestIdFilterBenchmark links against its classes) installed; pass -Dmaven.repo.local=… in MAVEN_REPO_ARGS
# to keep them out of a shared local repository.
./mvnw -B -q install -DskipTests -Dspring-boot.repackage.skip=true -pl payerid-server -am ${MAVEN_REPO_ARGS:-}
./mvnw -B -q -f bench/jmh/pom.xml package ${MAVEN_REPO_ARGS:-}
"$JAVA" -jar bench/jmh/target/benchmarks.jar "$@"
