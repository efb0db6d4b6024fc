package dev.junitproof.api.suite;

import dev.junitproof.api.result.Outcomes;
import org.apiguardian.api.API;

import java.util.Optional;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One criterion of a readiness level. {@link #evaluate} is a pure function of check outcomes: {@code true} met,
 * {@code false} unmet, empty when the evidence this suite reads cannot show it at all (an external requirement
 * such as a security audit), which makes the level unreachable rather than failed.
 */
@API(status = STABLE, since = "0.1")
public interface Criterion {

    String description();

    Optional<Boolean> evaluate(Outcomes outcomes);

    /** Met when every named check passed. */
    static Criterion checks(String description, String... checkIds) {
        return of(description, outcomes -> outcomes.allPassed(checkIds));
    }

    static Criterion of(String description, Predicate<Outcomes> holds) {
        return new Criterion() {
            public String description() {
                return description;
            }

            public Optional<Boolean> evaluate(Outcomes outcomes) {
                return Optional.of(holds.test(outcomes));
            }
        };
    }

    /** A requirement this evidence cannot show; always unmet, and it makes the level unreachable. */
    static Criterion external(String description) {
        return new Criterion() {
            public String description() {
                return description;
            }

            public Optional<Boolean> evaluate(Outcomes outcomes) {
                return Optional.empty();
            }
        };
    }
}
