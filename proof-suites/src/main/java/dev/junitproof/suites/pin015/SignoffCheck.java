package dev.junitproof.suites.pin015;

import dev.junitproof.api.suite.CheckContext;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.SourceRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SRE sign-off from the optional {@code signoff.json}: absent is PENDING (awaiting sign-off, as the seed's
 * gate table says); present but unreadable fails; present, it passes only with an owner, a date that exists and
 * {@code certified: true}, and only for a shadow run that completed on or before that date. The certification
 * statement says the 24-hour shadow simulation completed: a sign-off dated before the completion line, or beside
 * a run that has not completed, claims more than the log shows.
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
        signsACompletedRun(signoff.date().strip());
    }

    private void signsACompletedRun(String date) {
        Optional<OffsetDateTime> completed = evidence.shadowRun().flatMap(r -> r.log().completedAt());
        if (completed.isEmpty()) {
            String state = evidence.shadowRun().map(r -> r.state().name()).orElse("unreadable");
            throw new AssertionError(M4Files.SIGNOFF + " certifies M4 on " + date + " but the shadow run has not "
                    + "completed (" + state + "; no \"Shadow simulation complete\" line in " + M4Files.SHADOW_LOG + ")");
        }
        OffsetDateTime at = completed.get();
        boolean before;
        try {
            // A date signs the whole day: the completion line's own day (in its offset) is on time.
            before = LocalDate.parse(date).isBefore(at.toLocalDate());
        } catch (java.time.format.DateTimeParseException notADate) {
            before = OffsetDateTime.parse(date).isBefore(at);
        }
        if (before) {
            throw new AssertionError(M4Files.SIGNOFF + " /date " + date + " precedes the shadow run's completion line ("
                    + at + " in " + M4Files.SHADOW_LOG + "): the sign-off cannot certify a run that had not completed");
        }
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
