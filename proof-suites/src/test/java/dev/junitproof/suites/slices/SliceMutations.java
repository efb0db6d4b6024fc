package dev.junitproof.suites.slices;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.mutation.EvidenceSet;
import dev.junitproof.testing.mutation.Mutation.Expect;
import dev.junitproof.testing.mutation.Mutation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Evidence mutations every slice-consolidating suite (VAL25, VAL26) must notice, and the generic ones whose
 * expectation the slice contract fixes: the order of a slice's check list is not part of the contract, so two of its
 * entries swapped must change nothing.
 */
public final class SliceMutations {

    private SliceMutations() {
    }

    /** The same mutation expecting every outcome to stay as it was. */
    public static Mutation same(Mutation m) {
        return new Mutation(m.file(), m.pointer(), m.kind(), m.description() + " (must change nothing)", Expect.SAME, m.apply());
    }

    /** Swaps of the arrays whose order no check may depend on expect nothing to change; every other mutation as generated. */
    public static List<Mutation> orderFree(List<Mutation> generated, Predicate<String> orderFreePointer) {
        List<Mutation> out = new ArrayList<>();
        for (Mutation m : generated) {
            out.add(m.kind() == Mutation.Kind.ENTRIES_SWAPPED && orderFreePointer.test(m.pointer()) ? same(m) : m);
        }
        return out;
    }

    /** A JSON file edited in place. */
    public static Mutation edit(String file, String pointer, String description, Expect expect, Consumer<ObjectNode> edit) {
        return Mutation.custom(file, pointer, description, expect, set -> {
            ObjectNode tree = (ObjectNode) set.json(file);
            edit.accept(tree);
            return set.withJson(file, tree);
        });
    }

    /**
     * Class 5 (required evidence absent, unreadable or invalid fails), the window and the envelope's statuses, for
     * each slice report: removed, not JSON, a check recorded SKIP, a check recorded under a suite's own id, and the
     * latest report moved onto and just past the 6-hour window.
     *
     * @param files      the slice reports, relative to the evidence root, earliest {@code generated_at} first
     * @param reservedId an id the suite's own checks use ({@code VAL07-p99}), recorded by the lab in the first file
     */
    public static List<Mutation> envelope(EvidenceSet baseline, List<String> files, String reservedId) {
        List<Mutation> out = new ArrayList<>();
        for (String file : files) {
            out.add(Mutation.custom(file, "", "report removed (required evidence absent)", Expect.CHANGE, set -> set.without(file)));
            out.add(Mutation.custom(file, "", "report truncated mid-JSON (unreadable)", Expect.CHANGE,
                    set -> set.withText(file, set.json(file).toString().substring(0, 40))));
            out.add(edit(file, "/checks", "the first check recorded SKIP (counts as not passed)", Expect.CHANGE,
                    tree -> ((ObjectNode) tree.path("checks").get(0)).put("result", "SKIP")));
            out.add(edit(file, "/checks", "an extra check recorded PASS (more checks than the slice has)", Expect.CHANGE,
                    tree -> ((ArrayNode) tree.path("checks")).addObject().put("id", tree.path("val").asText() + "-99")
                            .put("name", "extra").put("result", "PASS")));
        }
        String first = files.get(0);
        out.add(edit(first, "/checks", "the last check's id replaced by the suite's own " + reservedId, Expect.CHANGE, tree -> {
            ArrayNode checks = (ArrayNode) tree.path("checks");
            ((ObjectNode) checks.get(checks.size() - 1)).put("id", reservedId);
        }));
        Instant earliest = Instant.parse(baseline.json(first).path("generated_at").asText());
        String last = files.get(files.size() - 1);
        out.add(edit(last, "/generated_at", "the latest report exactly 6 h after the earliest (within the window)",
                Expect.SAME, tree -> tree.put("generated_at", earliest.plus(Duration.ofHours(6)).toString())));
        out.add(edit(last, "/generated_at", "the latest report 6 h 1 s after the earliest (outside the window)",
                Expect.CHANGE, tree -> tree.put("generated_at", earliest.plus(Duration.ofHours(6).plusSeconds(1)).toString())));
        out.add(edit(last, "/generated_at", "the latest report's time written with an offset, same instant", Expect.SAME,
                tree -> tree.put("generated_at", Instant.parse(tree.path("generated_at").asText())
                        .atOffset(java.time.ZoneOffset.ofHours(2)).toString())));
        return out;
    }
}
