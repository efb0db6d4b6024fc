package dev.junitproof.testing.mutation;

import java.util.function.UnaryOperator;

/**
 * One change to good evidence and what it must do: {@link Expect#CHANGE} some check's status, a level or the
 * verdict (a judged field), or leave every outcome as it was ({@link Expect#SAME}: a figure moved exactly onto an
 * inclusive target still meets it).
 *
 * @param file        the evidence file changed, relative to the evidence root ({@code cli-audit-lab-…/val07-report.json})
 * @param pointer     the field changed ({@code ""} for the whole file)
 * @param kind        what kind of change
 * @param description the change in words, e.g. {@code /plan_create/p99_ms 24.1 -> 500.000001}
 * @param expect      what it must do to the outcomes
 * @param apply       the change
 */
public record Mutation(String file, String pointer, Kind kind, String description, Expect expect,
        UnaryOperator<EvidenceSet> apply) {

    public enum Expect { CHANGE, SAME }

    public enum Kind {
        NUMBER_PAST_TARGET, NUMBER_ONTO_TARGET, NUMBER_SHIFTED, STRING_CHANGED, TYPE_CHANGED, FIELD_REMOVED,
        ENTRY_DUPLICATED, ENTRY_APPENDED, ENTRY_REMOVED, ENTRIES_SWAPPED, FILE_REMOVED, CUSTOM
    }

    /** A suite-specific mutation (a lab status kept PASS while its figure fails, a document claiming more). */
    public static Mutation custom(String file, String pointer, String description, Expect expect,
            UnaryOperator<EvidenceSet> apply) {
        return new Mutation(file, pointer, Kind.CUSTOM, description, expect, apply);
    }

    @Override
    public String toString() {
        return kind + " " + file + (pointer.isEmpty() ? "" : " " + pointer) + ": " + description;
    }
}
