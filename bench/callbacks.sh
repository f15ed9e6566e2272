#!/usr/bin/env bash
# Callback benchmark (issue 14): p50/p99 from a signed ConnectWise callback's receipt to the number being visible in a
# lookup, at RATE callbacks a second (default 200, target p99 < 100 ms), and callbacks applied a second in a burst.
# The service runs from the packaged JAR with the sandbox in-process (its signing key), prod profile, sign-in off.
# Results are appended to bench/results/<date>-callbacks.md.
#
#   bench/callbacks.sh                  # 200/s for 10 s, burst of 4000
#   RATE=400 SECONDS_=10 BURST=8000 bench/callbacks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-200}
SECS=${SECONDS_:-10}
BURST=${BURST:-4000}
PORT=18300
MGMT=19300
WORK=bench/work/callbacks
RESULT=${RESULT:-bench/results/$(date +%F)-callbacks.md}
mkdir -p "$WORK" bench/results
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
rm -rf "$WORK/data"
PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MGMT SANDBOX_ENABLED=true SANDBOX_CONTACTS=${CONTACTS:-20000} SANDBOX_COMPANIES=2000 SCREENPOP_AUTH=none \
  PUBLIC_BASE_URL=http://127.0.0.1:$PORT API_KEY=bench-key API_RATE_LIMIT_PER_MINUTE=100000000 \
  SCREENPOP_DATA_DIR=$WORK/data CW_BASE_URL=http://127.0.0.1:$PORT/sandbox/connectwise/v4_6_release/apis/3.0 \
  CW_COMPANY_ID=sandbox CW_PUBLIC_API_KEY=pub CW_PRIVATE_API_KEY=priv CW_CLIENT_ID=client \
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$WORK/svc.log" 2>&1 &
svc=$!
trap 'kill $svc 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -s -H 'x-api-key: bench-key' "http://127.0.0.1:$PORT/sync/status" | grep -q '"generation":[1-9]' && \
    curl -s -H 'x-api-key: bench-key' "http://127.0.0.1:$PORT/sync/status" | grep -q '"running":null' && break
  sleep 0.5
done
load=$(uptime | sed 's/.*load average/load average/')
out=$(java bench/tools/CallbackBench.java "http://127.0.0.1:$PORT" "http://127.0.0.1:$MGMT" bench-key "$RATE" "$SECS" "$BURST")
echo "$out"
{
  echo "# Callback benchmark $(date -u +%FT%TZ)"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); sender on the same machine"
  echo "- JDK: $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)"
  echo "- Sandbox: ${CONTACTS:-20000} contacts; callbacks sent with the sandbox's signing key"
  echo "- Before the run: $load"
  echo
  echo '```'
  echo "$out"
  echo '```'
} >> "$RESULT"
