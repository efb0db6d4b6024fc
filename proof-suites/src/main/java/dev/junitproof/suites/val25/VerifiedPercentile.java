package dev.junitproof.suites.val25;

import java.util.OptionalDouble;

/**
 * A percentile VAL07 reported next to the one its own {@code samples_ms} give by nearest rank. The report and the
 * checks judge a latency target on this pair, never on the reported figure alone: a figure its samples do not
 * support must not print PASS anywhere.
 *
 * @param pointer    where the reported figure sits in {@code val07-report.json}, e.g. {@code /plan_create/p99_ms}
 * @param reported   the figure the lab wrote
 * @param recomputed nearest rank over {@code samples_ms}; empty when there are no samples
 */
record VerifiedPercentile(String pointer, double reported, OptionalDouble recomputed) {

    static VerifiedPercentile of(String name, Latency latency, int p, double reported) {
        return new VerifiedPercentile("/" + name + "/p" + p + "_ms", reported, NearestRank.percentile(latency.samplesMs(), p));
    }

    /** The reported figure agrees with its samples within the one-decimal rounding the lab reports with. */
    boolean agrees() {
        return recomputed.isPresent() && NearestRank.agrees(reported, recomputed.getAsDouble());
    }

    /** The stricter of the two, so rounding can never turn a miss into a pass. */
    double judged() {
        return recomputed.isPresent() ? Math.max(reported, recomputed.getAsDouble()) : reported;
    }

    /** Met only when the figure is supported by its samples and neither value exceeds the target. */
    boolean meets(double targetMs) {
        return agrees() && judged() <= targetMs;
    }

    /** {@code 612.0}, or {@code none} without samples. */
    String recomputedText() {
        return recomputed.isPresent() ? Format.ms1(recomputed.getAsDouble()) : "none";
    }

    /** {@code val07-report.json /plan_create/p99_ms=24.1 but nearest-rank p99 of /plan_create/samples_ms=612.0}. */
    String disagreement() {
        String samples = pointer.substring(0, pointer.lastIndexOf('/')) + "/samples_ms";
        String p = pointer.substring(pointer.lastIndexOf('/') + 1).replace("_ms", "");
        return FleetSlices.VAL07.file() + " " + pointer + "=" + Format.ms1(reported) + " but nearest-rank " + p
                + " of " + samples + "=" + recomputedText();
    }
}
