#!/usr/bin/env bash
# Replica benchmark (issue 15): on one embedded PostgreSQL (zonky) with two replicas of the PostgreSQL artifact and
# the packaged H2 service as the ConnectWise stand-in:
#   1. change-propagation latency between replicas, p50/p99 (target p99 < 1 s);
#   2. leader failover time (SIGKILL mid-sync, default SYNC_LEADER_TIMEOUT 30 s);
#   3. lookup latency and rate of one replica on PostgreSQL against the packaged H2 service (C loadgen).
# The driver is src/test/java/io/screenpop/replicas/ReplicasBench.java, run by failsafe with -Dit.test=ReplicasBench
# (its name matches no default include, so the build never runs it). Prints the figures and appends them to
# bench/results/<date>-replicas.md with the machine, its load before and after, the JDK and the commit.
#
#   bench/replicas.sh                          # 200 writes, 3 failovers, lookups at 1000,2000,4000/s
#   WRITES=500 FAILOVERS=5 RATES=2000,6000 bench/replicas.sh
#   PARTS=failover bench/replicas.sh           # only some of propagation,throughput,failover
#   NO_PACKAGE=1 bench/replicas.sh             # use the artifacts already in target/
#
# Needs: gcc or cc (loadgen), the Maven repository with embedded-postgres (offline is fine).
set -euo pipefail
cd "$(dirname "$0")/.."
RESULT=${RESULT:-bench/results/$(date +%F)-replicas.md}
OUT=target/replicas-bench.md
# Maven runs no Quarkus test here, but keeps away from the default test ports all the same
export QUARKUS_HTTP_TEST_PORT=${QUARKUS_HTTP_TEST_PORT:-18170} QUARKUS_MANAGEMENT_TEST_PORT=${QUARKUS_MANAGEMENT_TEST_PORT:-19170}
mkdir -p bench/results
load_before=$(uptime | sed 's/.*load average: //')
if [[ -z "${NO_PACKAGE:-}" ]]; then
  ./mvnw -B -q -o package -DskipTests
else
  ./mvnw -B -q -o test-compile
fi
rm -f "$OUT"
./mvnw -B -o failsafe:integration-test failsafe:verify -Dit.test=ReplicasBench \
  -Dreplicas.bench.writes="${WRITES:-200}" -Dreplicas.bench.failovers="${FAILOVERS:-3}" \
  -Dreplicas.bench.rates="${RATES:-1000,2000,4000}" -Dreplicas.bench.parts="${PARTS:-propagation,throughput,failover}" \
  -Dreplicas.bench.out="$PWD/$OUT" | grep --line-buffered -E '^replicas bench|Tests run|ERROR|FAIL' || true
[[ -s "$OUT" ]] || { echo "the bench wrote no figures; see target/failsafe-reports/" >&2; exit 1; }
load_after=$(uptime | sed 's/.*load average: //')
{
  echo "# Replica benchmark $(date -u +%FT%TZ)"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); PostgreSQL, both replicas, the"
  echo "  ConnectWise stand-in and the load generator all on it. Other work may have been running: load average"
  echo "  (1, 5, 15 min) before: $load_before; after: $load_after"
  echo "- PostgreSQL: embedded (io.zonky.test:embedded-postgres); replicas: target/postgresql/quarkus-run.jar, -Xmx256m"
  echo "- JDK: $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with local changes)')"
  cat "$OUT"
  echo
} | tee -a "$RESULT"
echo "written to $RESULT" >&2
