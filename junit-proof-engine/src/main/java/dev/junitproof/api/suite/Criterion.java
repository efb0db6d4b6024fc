package dev.junitproof.api.suite;

import dev.junitproof.api.result.Outcomes;
import org.apiguardian.api.API;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One criterion of a readiness level. {@link #evaluate} is a pure function of check outcomes: {@code true} met,
 * {@code false} unmet, empty when the evidence this suite reads cannot show it at all (an external requirement
 * such as a security audit), which makes the level unreachable rather than failed, unless an approval recorded in
 * {@code approvals.json} meets it ({@link #approvable()}). A criterion judged from evidence is never approvable: a
 * failed check cannot be approved away.
 */
@API(status = STABLE, since = "0.1")
public interface Criterion {

    String description();

    Optional<Boolean> evaluate(Outcomes outcomes);

    /**
     * The criterion's stable id: the level's key and the position of the requirement in the seed's list for that
     * level, e.g. {@code GA-1} ({@code approvals.json} names it); empty for a criterion that has none.
     */
    default String id() {
        return "";
    }

    /** The kinds of approval that can meet this criterion; none for a criterion judged from evidence. */
    default Set<ApprovalKind> approvable() {
        return Set.of();
    }

    /** The same criterion under a stable id (still judged from evidence, never approvable). */
    default Criterion withId(String id) {
        Criterion judged = this;
        return new Criterion() {
            public String description() {
                return judged.description();
            }

            public Optional<Boolean> evaluate(Outcomes outcomes) {
                return judged.evaluate(outcomes);
            }

            public String id() {
                return id;
            }
        };
    }

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

    /**
     * A requirement this evidence cannot show, met only by a counting approval of one of {@code kinds} (none: it
     * can never be met here); without one it makes the level unreachable.
     *
     * @param id the stable id, e.g. {@code GA-1}
     */
    static Criterion external(String id, String description, ApprovalKind... kinds) {
        Set<ApprovalKind> allowed = kinds.length == 0 ? Set.of() : java.util.EnumSet.copyOf(java.util.List.of(kinds));
        return new Criterion() {
            public String description() {
                return description;
            }

            public Optional<Boolean> evaluate(Outcomes outcomes) {
                return Optional.empty();
            }

            public String id() {
                return id;
            }

            public Set<ApprovalKind> approvable() {
                return allowed;
            }
        };
    }
}
