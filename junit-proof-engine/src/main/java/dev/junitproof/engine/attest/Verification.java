package dev.junitproof.engine.attest;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of verifying one signed proof report. */
sealed interface Verification {

    /** Signature by the verification key valid, report files and every evidence file as attested. */
    record Verified(String keyid, AttestedStatement statement, String evidenceDirectory) implements Verification {
    }

    /** At least one problem, in the order they were found (signature first: nothing else is trusted without it). */
    record Rejected(List<Problem> problems) implements Verification {
        public Rejected {
            problems = List.copyOf(problems);
        }

        String message() {
            return problems.stream().map(Problem::message).collect(Collectors.joining("; "));
        }
    }
}
