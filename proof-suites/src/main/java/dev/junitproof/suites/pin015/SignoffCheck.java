package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.SourceRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SRE sign-off from the optional {@code signoff.json}: absent is PENDING (nobody has signed yet); present, it
 * passes only with an owner, a date and {@code certified: true}.
 */
final class SignoffCheck {

    static final String ID = "M4-SIGNOFF";

    private final M4Evidence evidence;

    SignoffCheck(M4Evidence evidence) {
        this.evidence = evidence;
    }

    CheckGroup group() {
        return CheckGroup.of("signoff", "Sign-Off", SourceRef.file(M4Files.SIGNOFF), List.of(
                new CheckSpec(ID, "SRE sign-off: signoff.json certified, with owner and date",
                        SourceRef.of(M4Files.SIGNOFF, "/certified"), this::verify)
                        .withCriterion("signoff.json present with a non-blank owner and date and certified true")));
    }

    private void verify(CheckContext check) {
        check.source(SourceRef.of(M4Files.SIGNOFF, "/certified")).target("certified: true, owner and date given");
        if (evidence.signoff().isEmpty()) {
            check.measured("absent").detail("signoff.json absent");
            check.pending("awaiting SRE sign-off: " + M4Files.SIGNOFF + " absent");
        }
        Loaded<Signoff> loaded = evidence.signoff().orElseThrow();
        Signoff signoff = Required.present(loaded, check);
        check.measured("certified=" + signoff.certified())
                .detail((signoff.certified() ? "certified" : "NOT certified") + " by " + signoff.owner() + " on " + signoff.date());
        assertThat(signoff.owner().strip()).as("%s /owner", M4Files.SIGNOFF).isNotEmpty();
        assertThat(signoff.date().strip()).as("%s /date", M4Files.SIGNOFF).isNotEmpty();
        assertThat(isCalendarDate(signoff.date().strip()))
                .as("%s /date must be a date that exists (YYYY-MM-DD, or a timestamp with an offset), found \"%s\"",
                        M4Files.SIGNOFF, signoff.date())
                .isTrue();
        assertThat(signoff.certified()).as("%s /certified (owner %s)", M4Files.SIGNOFF, signoff.owner()).isTrue();
    }

    /** A sign-off on a day that does not exist (2026-02-30) signs nothing: ISO dates are resolved strictly. */
    static boolean isCalendarDate(String date) {
        try {
            java.time.LocalDate.parse(date);
            return true;
        } catch (java.time.format.DateTimeParseException notADate) {
            try {
                java.time.OffsetDateTime.parse(date);
                return true;
            } catch (java.time.format.DateTimeParseException notATimestamp) {
                return false;
            }
        }
    }
}
