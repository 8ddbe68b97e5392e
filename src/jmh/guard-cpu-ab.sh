#!/usr/bin/env bash
# The guard's CPU per streamed reply, A/B in alternating JMH forks (perf23; src/jmh/java/.../GuardReplyJmh.java).
#
#   src/jmh/guard-cpu-ab.sh A_CLASSES B_CLASSES [PAIRS] [BENCHMARK_REGEX]
#
# Run from the repository root after a build (target/test-classes is used for both sides: the benchmark reads the leak
# sets through LeakSetReplies). A_CLASSES and B_CLASSES are two copies of a build's target/classes (e.g. main's, copied
# before a change, and a branch's). Each pair runs one JMH fork on A then one on B, back to back, so that both see the
# machine's load alike; PAIRS pairs (3 by default). Prints, per fork, the thread CPU per op (cpuNs / ops, summed over the
# measured iterations) and JMH's wall time per op; the CPU is the figure on a shared machine, not the wall time.
# Needs jmh-core and jmh-generator-annprocess 1.37 in ~/.m2 (mvn dependency:get -Dartifact=org.openjdk.jmh:jmh-core:1.37).
set -euo pipefail
A=$1; B=$2; PAIRS=${3:-3}; WHICH=${4:-GuardReplyJmh}
M2=${M2:-$HOME/.m2/repository}
OUT=${OUT:-/tmp/guard-cpu-ab}
mkdir -p "$OUT/classes"
[ -f "$OUT/deps.txt" ] || mvn -B -q -o -Pproduction dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/deps.txt" >/dev/null
JMH="$M2/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$M2/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar:$M2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
PROC="$M2/org/openjdk/jmh/jmh-generator-annprocess/1.37/jmh-generator-annprocess-1.37.jar:$JMH"
DEPS=$(cat "$OUT/deps.txt")
javac -q 2>/dev/null || true
javac -nowarn -d "$OUT/classes" -s "$OUT/generated" -cp "$JMH:$A:target/test-classes:$DEPS" -processorpath "$PROC" \
    $(find src/jmh/java -name '*.java')
run() { # side classes pair
    java -cp "$OUT/classes:$2:target/test-classes:$DEPS:$JMH" org.openjdk.jmh.Main "$WHICH" -f 1 -wi ${WI:-6} -i ${IT:-6} \
        -w ${WT:-3}s -r ${RT:-3}s -rf json -rff "$OUT/$1-$3.json" >"$OUT/$1-$3.log" 2>&1
    python3 - "$OUT/$1-$3.json" "$1" "$3" "$(cut -d' ' -f1 /proc/loadavg)" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1])):
    s = r["secondaryMetrics"]
    cpu = s["cpuNs"]["score"]; ops = s["ops"]["score"]
    print("%s pair %s %-14s cpu %.1f us/op  wall %.1f us/op  ops/iter %.0f  load %s" % (sys.argv[2], sys.argv[3],
          r["benchmark"].split(".")[-1], cpu / ops / 1e3, r["primaryMetric"]["score"], ops, sys.argv[4]))
EOF
}
for p in $(seq 1 "$PAIRS"); do
    run A "$A" "$p"
    run B "$B" "$p"
done
