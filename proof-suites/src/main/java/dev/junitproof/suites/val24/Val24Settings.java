package dev.junitproof.suites.val24;

import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.ProofSettings;

import java.util.Optional;

/**
 * VAL24's configuration parameters: {@code proof.val24.mode} (status, daily, checkpoint-7d, checkpoint-14d,
 * final; default the furthest the soak's elapsed time reached) and {@code proof.val24.write-back}.
 *
 * @param requested the mode asked for, if a valid one was
 * @param error     a value that is not a mode: every check fails saying so, rather than guessing
 */
record Val24Settings(Optional<ReportMode> requested, boolean writeBack, Optional<String> error) {

    static final String WRITE_BACK = "proof.val24.write-back";

    static Val24Settings of(ProofSettings settings) {
        Optional<String> raw = settings.get(ReportMode.SETTING).filter(v -> !v.isBlank());
        Optional<ReportMode> mode = raw.flatMap(ReportMode::parse);
        Optional<String> error = raw.isPresent() && mode.isEmpty()
                ? Optional.of(ReportMode.SETTING + "=" + raw.get() + " is not a report mode (one of " + ReportMode.labels() + ")")
                : Optional.empty();
        boolean writeBack = settings.get(WRITE_BACK).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
        return new Val24Settings(mode, writeBack, error);
    }

    static Val24Settings defaults() {
        return new Val24Settings(Optional.empty(), false, Optional.empty());
    }

    boolean explicitFinal() {
        return requested.orElse(null) == ReportMode.FINAL;
    }

    ReportMode mode(Loaded<SoakAccounting> soak) {
        return requested.orElseGet(() -> soak.optional()
                .map(s -> ReportMode.reached(s.elapsedDays(), s.parameters().targetDays()))
                .orElse(ReportMode.STATUS));
    }
}
