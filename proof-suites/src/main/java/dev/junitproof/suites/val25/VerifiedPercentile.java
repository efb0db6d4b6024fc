package dev.junitproof.suites.val25;

import dev.junitproof.suites.text.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A percentile VAL07 reported next to the one its own {@code samples_ms} give by nearest rank. The checks judge a
 * latency target on this pair, never on the reported figure alone: a figure its samples do not support, or whose
 * sample count disagrees with its samples, is never met.
 *
 * @param name       {@code plan_create} or {@code plan_list}
 * @param p          the percentile, e.g. 99
 * @param reported   the figure the lab wrote
 * @param samples    the sample count the lab wrote ({@code /plan_create/samples})
 * @param values     how many entries {@code samples_ms} holds
 * @param recomputed nearest rank over {@code samples_ms}; empty when there are no samples
 */
record VerifiedPercentile(String name, int p, double reported, int samples, int values, OptionalDouble recomputed) {

    static VerifiedPercentile of(String name, Latency latency, int p) {
        double reported = switch (p) {
            case 50 -> latency.p50Ms();
            case 95 -> latency.p95Ms();
            case 99 -> latency.p99Ms();
            default -> throw new IllegalArgumentException("VAL07 reports p50, p95 and p99, not p" + p);
        };
        return new VerifiedPercentile(name, p, reported, latency.samples(), latency.samplesMs().size(),
                NearestRank.percentile(latency.samplesMs(), p));
    }

    /** {@code /plan_create/p99_ms}: where the reported figure sits in {@code val07-report.json}. */
    String pointer() {
        return "/" + name + "/p" + p + "_ms";
    }

    String samplesPointer() {
        return "/" + name + "/samples_ms";
    }

    /** The reported figure agrees with its samples within the one-decimal rounding the lab reports with. */
    boolean agrees() {
        return recomputed.isPresent() && NearestRank.agrees(reported, recomputed.getAsDouble());
    }

    /** The stricter of the two, so rounding can never turn a miss into a pass. */
    double judged() {
        return recomputed.isPresent() ? Math.max(reported, recomputed.getAsDouble()) : reported;
    }

    /** {@code 612.0}, or {@code none} without samples. */
    String recomputedText() {
        return recomputed.isPresent() ? ms(recomputed.getAsDouble()) : "none";
    }

    /**
     * A latency in the lab's one-decimal form, with every further digit it carries ({@code 24.1}, {@code 24.16}): a
     * disagreement of a few hundredths must be visible in the text that reports it.
     */
    static String ms(double value) {
        String plain = Numbers.plain(value);
        return plain.matches("-?\\d+") ? Numbers.fixed(value, 1) : plain;
    }

    /**
     * Why the raw data does not support the figure, each reason short enough for the report's figure line
     * ({@code samples=21 but samples_ms holds 20 values}); empty when it does.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (recomputed.isEmpty()) {
            problems.add("no samples_ms to recompute p" + p + " from");
        } else {
            if (samples != values) {
                problems.add("samples=" + samples + " but samples_ms holds " + values + " values");
            }
            if (!agrees()) {
                problems.add("samples_ms give p" + p + "=" + recomputedText() + " ms");
            }
        }
        return problems;
    }

    /** The same reasons as a failure states them, naming file and fields. */
    List<String> failures() {
        String file = FleetSlices.VAL07.file();
        List<String> failures = new ArrayList<>();
        if (recomputed.isEmpty()) {
            failures.add(name + " samples_ms is empty in " + file + " " + samplesPointer() + ": no p" + p
                    + " can be recomputed");
        } else {
            if (samples != values) {
                failures.add(name + " samples=" + samples + " (" + file + " /" + name + "/samples) disagrees with "
                        + samplesPointer() + ", which holds " + values + " values");
            }
            if (!agrees()) {
                failures.add("reported p" + p + "=" + ms(reported) + "ms (" + file + " " + pointer()
                        + ") disagrees with the nearest-rank p" + p + " of " + samplesPointer() + "=" + recomputedText() + "ms");
            }
        }
        return failures;
    }

    /** {@code val07-report.json /plan_create/p99_ms=24.1 but nearest-rank p99 of /plan_create/samples_ms=612.0}. */
    String disagreement() {
        return FleetSlices.VAL07.file() + " " + pointer() + "=" + ms(reported) + " but nearest-rank p" + p
                + " of " + samplesPointer() + "=" + recomputedText();
    }
}
