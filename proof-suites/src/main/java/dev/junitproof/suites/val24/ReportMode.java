package dev.junitproof.suites.val24;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report modes of the seed's report script. By default the report is the furthest one the soak's elapsed
 * time has reached; {@code final} asked for explicitly makes every check due (a soak stopped short then fails
 * VAL24-09 instead of staying pending).
 */
enum ReportMode {
    STATUS("status", 0),
    DAILY("daily", 1),
    CHECKPOINT_7D("checkpoint-7d", 7),
    CHECKPOINT_14D("checkpoint-14d", 14),
    FINAL("final", -1);

    static final String SETTING = "proof.val24.mode";

    private final String label;
    private final int day;

    ReportMode(String label, int day) {
        this.label = label;
        this.day = day;
    }

    String label() {
        return label;
    }

    /** The furthest mode reached after {@code elapsedDays} of a soak planned for {@code targetDays}. */
    static ReportMode reached(double elapsedDays, double targetDays) {
        if (elapsedDays >= targetDays) {
            return FINAL;
        }
        ReportMode reached = STATUS;
        for (ReportMode mode : values()) {
            if (mode != FINAL && elapsedDays >= mode.day) {
                reached = mode;
            }
        }
        return reached;
    }

    static Optional<ReportMode> parse(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label.strip())).findFirst();
    }

    static String labels() {
        return Arrays.stream(values()).map(ReportMode::label).collect(Collectors.joining(", "));
    }

    /** The report's file in the soak's own {@code reports/} directory, for the modes the contract names. */
    Optional<String> reportsFile() {
        return this == CHECKPOINT_7D || this == CHECKPOINT_14D || this == FINAL
                ? Optional.of("reports/" + label + ".json") : Optional.empty();
    }
}
