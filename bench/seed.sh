#!/usr/bin/env bash
# Sandbox seeding speed: how long the built-in ConnectWise sandbox takes to generate its demo data
# (default 3,000 companies and 100,000 contacts, the size of a large MSP), median of RUNS runs, in one JVM
# with the packaged application's classes. Prints the figures; nothing is written.
#
#   bench/seed.sh                          # 100,000 contacts, 5 runs
#   CONTACTS=20000 RUNS=3 bench/seed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CONTACTS=${CONTACTS:-100000}
COMPANIES=${COMPANIES:-3000}
RUNS=${RUNS:-5}
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests
echo "Sandbox seeding, $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -Xmx1g -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*" \
  bench/tools/SeedBench.java "$COMPANIES" "$CONTACTS" "$RUNS"
