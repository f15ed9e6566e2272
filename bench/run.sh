#!/usr/bin/env bash
# screenpop benchmark: full sync, lookup throughput and latency, start-up, JMH microbenchmarks.
# Prints the figures and writes them to bench/results/<date>.md with the machine's cores, memory and JDK.
#
#   bench/run.sh                      # sandbox with 100,000 contacts as ConnectWise
#   CONTACTS=20000 bench/run.sh       # smaller
#   CW_BASE_URL=https://… CW_COMPANY_ID=… CW_PUBLIC_API_KEY=… CW_PRIVATE_API_KEY=… CW_CLIENT_ID=… bench/run.sh
#   SKIP=jmh,startup bench/run.sh     # leave parts out (sync, load, startup, jmh)
#   RESULT=bench/results/x.md bench/run.sh   # write somewhere else than bench/results/<date>.md
#
# Needs: wrk and gcc (Debian), Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64 (AOT cache, jcmd, jfr).
set -euo pipefail
cd "$(dirname "$0")/.."

CONTACTS=${CONTACTS:-100000}
COMPANIES=${COMPANIES:-$((CONTACTS / 10))}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
HEAP=${HEAP:--Xmx512m}
SKIP=${SKIP:-}
WORK=bench/work
CW_PORT=18200
SVC_PORT=18201
# health and metrics are on the management interface, one port per process
CW_MGMT_PORT=18210
SVC_MGMT_PORT=18211
KEY=bench-key
RESULT=${RESULT:-bench/results/$(date +%F).md}
LOADGEN=$WORK/loadgen
mkdir -p "$WORK" bench/results
cc -O2 -o "$LOADGEN" bench/tools/loadgen.c
skip() { [[ ",$SKIP," == *",$1,"* ]]; }
log() { echo "== $*" >&2; }
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_http() { # url expected-status seconds [header]
  local url=$1 want=$2 secs=$3 hdr=${4:-x-none: 1}
  for _ in $(seq 1 $((secs * 5))); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$hdr" "$url" || true)" == "$want" ]] && return 0
    sleep 0.2
  done
  echo "timeout waiting for $url" >&2; return 1
}

# ---- build: plain JAR on JDK 25 (the variants below are built later) ----
log "building the JAR with JDK 25"
JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests
rm -rf "$WORK/jvm" && cp -r target/quarkus-app "$WORK/jvm"

{
  echo "# screenpop benchmark $(date -u +%FT%TZ)"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB memory, $(uname -r); load generator on the same machine"
  echo "- JDK: $("$JDK25/bin/java" -version 2>&1 | head -1); service heap $HEAP, G1"
  echo "- Commit: $(git rev-parse --short HEAD)"
} > "$RESULT"

CW_ENV=()
if [[ -z "${CW_BASE_URL:-}" ]]; then
  log "starting the ConnectWise sandbox with $CONTACTS contacts and $COMPANIES companies on :$CW_PORT"
  rm -rf "$WORK/cw-data"
  PORT=$CW_PORT QUARKUS_MANAGEMENT_PORT=$CW_MGMT_PORT SCREENPOP_AUTH=none SANDBOX_ENABLED=true SANDBOX_CONTACTS=$CONTACTS SANDBOX_COMPANIES=$COMPANIES SYNC_ENABLED=false \
    SCREENPOP_DATA_DIR=$WORK/cw-data CW_BASE_URL=http://127.0.0.1:$CW_PORT/x CW_COMPANY_ID=bench \
    CW_PUBLIC_API_KEY=pub CW_PRIVATE_API_KEY=priv CW_CLIENT_ID=bench-client API_KEY=$KEY \
    "$JDK25/bin/java" -Xmx2g -jar "$WORK/jvm/quarkus-run.jar" > "$WORK/cw.log" 2>&1 &
  pids+=($!)
  wait_http "http://127.0.0.1:$CW_PORT/sandbox/control/requests" 200 120 "x-api-key: $KEY"
  CW_ENV=(CW_BASE_URL=http://127.0.0.1:$CW_PORT/sandbox/connectwise/v4_6_release/apis/3.0 CW_COMPANY_ID=bench
          CW_PUBLIC_API_KEY=pub CW_PRIVATE_API_KEY=priv CW_CLIENT_ID=bench-client)
  echo "- ConnectWise: built-in sandbox in its own process, $CONTACTS contacts, $COMPANIES companies" >> "$RESULT"
else
  echo "- ConnectWise: $CW_BASE_URL" >> "$RESULT"
fi

start_service() { # variant-dir extra-java-args...
  local dir=$1; shift
  env "${CW_ENV[@]}" PORT=$SVC_PORT QUARKUS_MANAGEMENT_PORT=$SVC_MGMT_PORT SCREENPOP_AUTH=none SANDBOX_ENABLED=false SCREENPOP_DATA_DIR=$WORK/svc-data API_KEY=$KEY \
    API_RATE_LIMIT_PER_MINUTE=100000000 "$JDK25/bin/java" $HEAP "$@" -jar "$dir/quarkus-run.jar" > "$WORK/svc.log" 2>&1 &
  svc=$!
  pids+=($svc)
}

# Bytes the service allocates per request: JFR's per-thread allocation counters over 10 s at 2,000 req/s.
allocated_per_request() { # url header
  "$JDK25/bin/jcmd" "$svc" JFR.start name=alloc settings="$PWD/bench/tools/allocation.jfc" filename="$PWD/$WORK/alloc.jfr" > /dev/null
  sleep 1.5
  $LOADGEN rate "$1" 2000 10 "$2" > /dev/null
  sleep 1.5
  "$JDK25/bin/jcmd" "$svc" JFR.stop name=alloc > /dev/null
  "$JDK25/bin/jfr" print --json --events jdk.ThreadAllocationStatistics "$WORK/alloc.jfr" | python3 -c '
import collections, json, sys
per_thread = collections.defaultdict(list)
for e in json.load(sys.stdin)["recording"]["events"]:
    t = e["values"]["thread"]
    per_thread[t["javaThreadId"] if t else 0].append(e["values"]["allocated"])
print(f"{sum(max(v) - min(v) for v in per_thread.values()) / 20000 / 1024:.1f} KB")'
}

HIT=4085551212
MISS=2025550199
lookup_url() { echo "http://127.0.0.1:$SVC_PORT/api/lookup?phone=$1"; }

if ! skip sync; then
  log "full sync"
  rm -rf "$WORK/svc-data"
  start_service "$WORK/jvm"
  wait_http "http://127.0.0.1:$SVC_MGMT_PORT/q/health/ready" 200 600
  # ready as soon as the new index is live; the run ends after cleanup and catch-up
  for _ in $(seq 1 600); do
    status=$(curl -s "http://127.0.0.1:$SVC_PORT/sync/status")
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["running"] is None and d["runs"] and d["runs"][0]["status"] != "RUNNING" else 1)' "$status" && break
    sleep 0.5
  done
  phases=$(grep -o 'phasesMs={[^}]*}' "$WORK/svc.log" | tail -1 || true)
  run=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1])["runs"][0]; print(r["status"], r["startedAt"], r["finishedAt"], r["contactsRead"], r["companiesRead"], r["numbersIndexed"], r["numbersSkipped"])' "$status")
  read -r st started finished contacts companies indexed skipped <<< "$run"
  secs=$(python3 -c 'import sys,datetime as d; f=lambda s: d.datetime.fromisoformat(s.replace("Z","+00:00")); print(round((f(sys.argv[2])-f(sys.argv[1])).total_seconds(),1))' "$started" "$finished")
  "$JDK25/bin/jcmd" "$svc" GC.run > /dev/null
  sleep 1
  heap_mb=$("$JDK25/bin/jcmd" "$svc" GC.heap_info | awk '/used/ {for(i=1;i<=NF;i++) if($i=="used") {v=$(i+1); gsub(/K,?/,"",v); print int(v/1024); exit}}')
  rss_mb=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$svc/status)
  numbers=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["index"]["numbers"])' "$status")
  {
    echo
    echo "## 1. Full sync"
    echo
    echo "| status | seconds | contacts | contacts/s | companies | numbers indexed | skipped | distinct numbers | heap after sync + full GC | RSS |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    echo "| $st | $secs | $contacts | $(python3 -c "print(round($contacts/max($secs,0.1)))") | $companies | $indexed | $skipped | $numbers | ${heap_mb} MB | ${rss_mb} MB |"
    echo
    echo "Phases (from the service's log): \`$phases\`"
  } | tee -a "$RESULT"
else
  start_service "$WORK/jvm"
  wait_http "http://127.0.0.1:$SVC_MGMT_PORT/q/health/ready" 200 600
fi

if ! skip load; then
  log "lookups"
  have_lookup=$(curl -s -o /dev/null -w '%{http_code}' -H "x-api-key: $KEY" "$(lookup_url $HIT)")
  targets=("screenpop-hit|http://127.0.0.1:$SVC_PORT/screenpop?phone=$HIT|x-none: 1")
  if [[ "$have_lookup" == "200" ]]; then
    targets=("lookup-hit|$(lookup_url $HIT)|x-api-key: $KEY" "lookup-miss|$(lookup_url $MISS)|x-api-key: $KEY" "${targets[@]}")
  fi
  {
    echo
    echo "## 2. Lookups"
    echo
    echo "Peak: wrk, 2 threads, 64 connections, 15 s after a 5 s warm-up. Latency: constant arrival rate of 2,000 requests/s for 30 s"
    echo "over 32 keep-alive connections (bench/tools/loadgen.c, latency from each request's intended send time),"
    echo "after 20 s of warm-up at that rate. Allocation: bytes allocated by all service threads (JFR"
    echo "jdk.ThreadAllocationStatistics) over 10 s at 2,000 requests/s, divided by the requests."
    echo
    echo "| endpoint | peak req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | allocated per request |"
    echo "|---|---|---|---|---|---|---|---|"
  } >> "$RESULT"
  for t in "${targets[@]}"; do
    IFS='|' read -r name url hdr <<< "$t"
    wrk -t2 -c64 -d5s -H "$hdr" "$url" > /dev/null
    peak=$(wrk -t2 -c64 -d15s -H "$hdr" "$url" | awk '/Requests\/sec/ {print int($2)}')
    $LOADGEN rate "$url" 2000 20 "$hdr" > /dev/null
    line=$($LOADGEN rate "$url" 2000 30 "$hdr")
    alloc=$(allocated_per_request "$url" "$hdr")
    echo "$name: peak=$peak/s $line allocated=$alloc" >&2
    p50=$(sed -E 's/.*p50=([0-9.]+)ms.*/\1/' <<< "$line"); p99=$(sed -E 's/.* p99=([0-9.]+)ms.*/\1/' <<< "$line")
    p999=$(sed -E 's/.*p99\.9=([0-9.]+)ms.*/\1/' <<< "$line"); max=$(sed -E 's/.*max=([0-9.]+)ms.*/\1/' <<< "$line")
    errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<< "$line")
    echo "| $name | $peak | $p50 | $p99 | $p999 | $max | $errors | $alloc |" >> "$RESULT"
  done
  tail -n $(( ${#targets[@]} + 2 )) "$RESULT"
fi
kill "$svc" 2>/dev/null || true; wait "$svc" 2>/dev/null || true

if ! skip startup; then
  log "start-up with the index on disk: plain JVM, AppCDS, AOT cache"
  # AppCDS archives and AOT caches record absolute class-path entries: each variant is measured
  # right after it is built, from target/quarkus-app itself.
  probe="http://127.0.0.1:$SVC_PORT/api/lookup?phone=$HIT"; status=200; hdr="x-api-key: $KEY"
  {
    echo
    echo "## 3. Start-up to the first successful lookup (index on disk, median of 5)"
    echo
    echo "Probe: \`GET /api/lookup?phone=$HIT\` answering $status; wall time from process start."
    echo
    echo "| variant | runs (ms) | median ms |"
    echo "|---|---|---|"
  } >> "$RESULT"
  for variant in jvm appcds aot; do
    case $variant in
      jvm) JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests; extra=() ;;
      appcds) JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
              extra=(-XX:SharedArchiveFile=$PWD/target/quarkus-app/app-cds.jsa) ;;
      aot) JAVA_HOME=$JDK25 ./mvnw -B -q verify -DskipUTs=true -Dquarkus.package.jar.aot.enabled=true
           extra=(-XX:AOTCache=$PWD/target/quarkus-app/app.aot) ;;
    esac
    runs=()
    for _ in 1 2 3 4 5; do
      ms=$(env "${CW_ENV[@]}" PORT=$SVC_PORT QUARKUS_MANAGEMENT_PORT=$SVC_MGMT_PORT SCREENPOP_AUTH=none SANDBOX_ENABLED=false SCREENPOP_DATA_DIR=$WORK/svc-data API_KEY=$KEY \
        $LOADGEN startup "$probe" "$status" "$hdr" -- "$JDK25/bin/java" $HEAP "${extra[@]}" -jar "$PWD/target/quarkus-app/quarkus-run.jar" \
        | sed 's/startup_ms=//')
      runs+=("$ms")
    done
    median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
    echo "$variant: ${runs[*]} (median $median ms)" >&2
    echo "| $variant | ${runs[*]} | $median |" >> "$RESULT"
  done
  # the same AOT cache with C1 only: no C2 compiler competing with start-up for the 2 cores
  runs=()
  for _ in 1 2 3 4 5; do
    ms=$(env "${CW_ENV[@]}" PORT=$SVC_PORT QUARKUS_MANAGEMENT_PORT=$SVC_MGMT_PORT SCREENPOP_AUTH=none SANDBOX_ENABLED=false SCREENPOP_DATA_DIR=$WORK/svc-data API_KEY=$KEY \
      $LOADGEN startup "$probe" "$status" "$hdr" -- "$JDK25/bin/java" $HEAP -XX:AOTCache=$PWD/target/quarkus-app/app.aot \
      -XX:TieredStopAtLevel=1 -jar "$PWD/target/quarkus-app/quarkus-run.jar" | sed 's/startup_ms=//')
    runs+=("$ms")
  done
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)
  echo "aot-c1: ${runs[*]} (median $median ms)" >&2
  echo "| aot + \`-XX:TieredStopAtLevel=1\` | ${runs[*]} | $median |" >> "$RESULT"
  JAVA_HOME=$JDK25 ./mvnw -B -q package -DskipTests   # leave target/ as a plain JAR
fi

if ! skip jmh; then
  log "JMH microbenchmarks"
  ./mvnw -B -q install -DskipTests
  ./mvnw -B -q -f bench/jmh/pom.xml package
  "$JDK25/bin/java" -jar bench/jmh/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s -tu ns -bm avgt \
    -rf csv -rff "$WORK/jmh.csv" > "$WORK/jmh.log"
  {
    echo
    echo "## 4. JMH microbenchmarks (average time, ns/op, 1 fork, 5 iterations)"
    echo
    echo "| benchmark | ns/op | error |"
    echo "|---|---|---|"
    python3 - "$WORK/jmh.csv" <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1])):
    name = row["Benchmark"].rsplit(".", 2)[-2] + "." + row["Benchmark"].rsplit(".", 1)[-1]
    params = ", ".join(f"{k[7:]}={v}" for k, v in row.items() if k.startswith("Param: ") and v)
    print(f"| {name}{' (' + params + ')' if params else ''} | {float(row['Score']):.1f} | ± {float(row['Score Error (99.9%)']):.1f} |")
PY
  } | tee -a "$RESULT"
fi

log "written to $RESULT"
