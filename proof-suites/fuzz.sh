#!/usr/bin/env bash
# Fuzzes every evidence reader in turn for DURATION each (default 3m): bash proof-suites/fuzz.sh [DURATION]
# Run from the repository root; MVN="mvn -o" to stay offline. Every target runs; the script exits non-zero if any
# found something (its crash-* input is then in the target's Inputs directory: add the case to the suite's
# *HostileEvidenceTest with its exact outcome, and fix the bug).
set -uo pipefail
duration="${1:-3m}"
targets=(
  'Val25EvidenceFuzzTest#val10Report'
  'Val26EvidenceFuzzTest#val17Report'
  'Val27EvidenceFuzzTest#val22Summary'
  'Pin015EvidenceFuzzTest#phaseBDeterminism'
  'SoakAccountingFuzzTest#recoveryRoundMetrics'
  'SoakAccountingFuzzTest#seededIds'
  'SoakAccountingFuzzTest#retrySweep'
  'SoakAccountingFuzzTest#peerReceived'
)
failed=()
for target in "${targets[@]}"; do
  echo "== fuzzing $target for $duration"
  if ! ${MVN:-mvn} -B -q -Pfuzz -pl junit-proof-engine,proof-suites test -Dtest="$target" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.duration="$duration"; then
    failed+=("$target")
  fi
done
if ((${#failed[@]})); then
  echo "findings in: ${failed[*]}" >&2
  exit 1
fi
echo "no findings in ${#targets[@]} targets"
