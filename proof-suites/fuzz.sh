#!/usr/bin/env bash
# Fuzzes every evidence reader in turn for DURATION each (default 3m): bash proof-suites/fuzz.sh [DURATION]
# Run from the repository root. Stops at the first target with a finding (its crash-* input is then in the
# target's Inputs directory: add the case to the suite's *HostileEvidenceTest and fix the bug).
set -euo pipefail
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
for target in "${targets[@]}"; do
  echo "== fuzzing $target for $duration"
  ${MVN:-mvn} -B -q -Pfuzz -pl junit-proof-engine,proof-suites test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.duration="$duration"
done
