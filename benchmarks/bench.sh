#!/usr/bin/env bash
# Whole-process wall time and peak RSS of the standalone jar (start to written reports) over generated VAL24
# soaks and over examples/evidence, next to the Python yardstick doing the same VAL24 accounting.
#
#   benchmarks/bench.sh                      # 1,440 and 17,520 rounds, 3 runs each, median shown
#   ROUNDS="1440 17520 52560" REPEAT=5 benchmarks/bench.sh
#   JMH=1 benchmarks/bench.sh                # also the in-process JMH benchmarks (short: 1 fork, 2+3 x 1 s)
#   ROUNDS= benchmarks/bench.sh              # only examples/evidence
#
# Needs proof-suites/target/junit-proof-standalone.jar and benchmarks/target/benchmarks.jar; builds them with
# mvn -Pbench -pl benchmarks -am package -DskipTests when missing. WORK=DIR keeps the generated evidence there.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS-"1440 17520"}
REPEAT=${REPEAT:-3}
WORK=${WORK:-$(mktemp -d -t junit-proof-bench.XXXXXX)}
JAR=$ROOT/proof-suites/target/junit-proof-standalone.jar
BENCH=$ROOT/benchmarks/target/benchmarks.jar
UNIT=val24-relay-soak-2026-03-01
mkdir -p "$WORK"

if [[ ! -f $JAR || ! -f $BENCH ]]; then
  (cd "$ROOT" && mvn -q -Pbench -pl benchmarks -am package -DskipTests)
fi

if [[ -x /usr/bin/time ]]; then
  HAVE_TIME=1
else
  HAVE_TIME=0
  echo "note: /usr/bin/time is absent: wall time from bash's time builtin, peak RSS not measured" >&2
fi

# run_once LOG CMD...: prints "wall_seconds rss_mb exit"
run_once() {
  local log=$1; shift
  local rc=0
  if (( HAVE_TIME )); then
    /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || rc=$?
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log.time" \
      | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log.time")
    # /usr/bin/time reports the command's exit status itself when the command fails
    echo "$wall $rss $rc"
  else
    local TIMEFORMAT=%R
    { time "$@" >"$log" 2>&1; } 2>"$log.time" || rc=$?
    echo "$(tail -1 "$log.time") n/a $rc"
  fi
}

# measure LABEL ROUNDS FILES CMD...: REPEAT runs, prints one table row with the median wall time
ROWS=()
measure() {
  local label=$1 rounds=$2 files=$3; shift 3
  local walls=() rsss=() rc=0 i
  for (( i = 1; i <= REPEAT; i++ )); do
    local w r c
    read -r w r c < <(run_once "$WORK/log-${label//[^A-Za-z0-9]/_}-$rounds-$i" "$@")
    walls+=("$w"); rsss+=("$r"); [[ $c != 0 ]] && rc=$c
  done
  local med maxrss
  med=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  maxrss=$(printf '%s\n' "${rsss[@]}" | sort -g | tail -1)
  ROWS+=("$(printf '| %-40s | %7s | %6s | %4s | %8.2f | %8s |' "$label" "$rounds" "$files" "$rc" "$med" "$maxrss")")
  printf '%s\n' "${ROWS[-1]}" >&2
}

# The standalone jar's command line: STANDALONE OUT_DIR SELECTED_DIR [JVM options...] sets CMD
standalone() {
  local out=$1 dir=$2; shift 2
  CMD=(java "$@" -jar "$JAR" prove "$dir" -o "$out")
}

# The same through bin/junit-proof (class-data sharing): LAUNCHER OUT_DIR SELECTED_DIR sets CMD. Its archive lives
# in WORK and is made by one unmeasured run first, as a user's first run makes it once.
export JUNIT_PROOF_CDS=$WORK/cds
launcher() {
  local out=$1 dir=$2; shift 2
  CMD=(env JUNIT_PROOF_JAR="$JAR" "$ROOT/bin/junit-proof" prove "$dir" -o "$out")
  "${CMD[@]}" >/dev/null 2>&1 || true
}

for r in $ROUNDS; do
  soak=$WORK/soak-$r/$UNIT
  if [[ ! -d $soak ]]; then
    java -cp "$BENCH" dev.junitproof.bench.GenerateEvidence val24 "$r" "$WORK/soak-$r" >/dev/null
  fi
  files=$(find "$soak" -type f | wc -l)
  standalone "$WORK/out-jar-$r" "$soak"
  measure "standalone jar, VAL24" "$r" "$files" "${CMD[@]}"
  launcher "$WORK/out-cds-$r" "$soak"
  measure "bin/junit-proof (CDS), VAL24" "$r" "$files" "${CMD[@]}"
  if (( r >= 52560 )); then
    standalone "$WORK/out-jar256-$r" "$soak" -Xmx256m
    measure "standalone jar, VAL24, -Xmx256m" "$r" "$files" "${CMD[@]}"
  fi
  measure "python yardstick, VAL24" "$r" "$files" python3 "$ROOT/benchmarks/yardstick_val24.py" "$soak" "$WORK/out-py-$r"
  measure "floor: lstat+read+SHA-256 every file" "$r" "$files" java -cp "$BENCH" dev.junitproof.bench.FloorRead "$soak"
done

ex=$ROOT/examples/evidence
standalone "$WORK/out-examples" "$ex"
measure "standalone jar, examples/evidence" "-" "$(find "$ex" -type f | wc -l)" "${CMD[@]}"
launcher "$WORK/out-cds-examples" "$ex"
measure "bin/junit-proof (CDS), examples/evidence" "-" "$(find "$ex" -type f | wc -l)" "${CMD[@]}"
exsoak=$ex/$UNIT
measure "python yardstick, examples VAL24" "$(ls "$exsoak/rounds" | grep -c '^r[0-9]*\.json$')" \
  "$(find "$exsoak" -type f | wc -l)" python3 "$ROOT/benchmarks/yardstick_val24.py" "$exsoak" "$WORK/out-py-examples"

echo
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(python3 --version); median of $REPEAT runs; evidence in $WORK"
echo
echo "| case                                     |  rounds |  files | exit | wall (s) | peak RSS (MB) |"
echo "|------------------------------------------|--------:|-------:|-----:|---------:|--------------:|"
printf '%s\n' "${ROWS[@]}"

if [[ ${JMH:-0} == 1 ]]; then
  echo
  java -jar "$BENCH" -prof gc -rf json -rff "$WORK/jmh.json"
fi
