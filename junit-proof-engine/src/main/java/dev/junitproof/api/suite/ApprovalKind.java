package dev.junitproof.api.suite;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How a recorded approval meets a readiness criterion the lab evidence cannot show ({@code approvals.json}):
 * {@link #ATTESTED}, the requirement was met outside this evidence (its {@code reference} says where), or
 * {@link #EXCEPTION}, the requirement is waived, only where the seed allows it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ApprovalKind {
    ATTESTED,
    EXCEPTION;

    /** As {@code approvals.json} writes it: {@code attested}, {@code exception}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApprovalKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(text)).findFirst();
    }
}
