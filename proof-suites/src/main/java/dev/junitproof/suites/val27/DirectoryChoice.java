package dev.junitproof.suites.val27;

import dev.junitproof.api.suite.DirectoryEntry;
import dev.junitproof.api.suite.EvidenceLayout;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which dated directory of one pattern under the evidence root is used, and which were passed over.
 *
 * <p>The seed picks "the most recently modified directory" for each pattern. Only names that are the prefix
 * plus a real date are candidates ({@code val19-relay-impairment-latest} or {@code …-2026-02-30} are not). Ties on
 * the modification time (a git clone gives every file the same one) go to the later date in the name, then the
 * name, so the choice never depends on listing order. A candidate that is a link leaving the evidence root is
 * still a candidate: if it is the newest, the slice is MISSING rather than silently falling back to an older run.
 *
 * @param prefix     the pattern, e.g. {@code val19-relay-impairment-}
 * @param chosen     the directory used, if any candidate exists
 * @param passedOver the other candidates, newest first
 */
public record DirectoryChoice(String prefix, Optional<DirectoryEntry> chosen, List<DirectoryEntry> passedOver) {

    public DirectoryChoice {
        passedOver = List.copyOf(passedOver);
    }

    /** The choice among the entries of the evidence root ({@code reader.list("")}). */
    public static DirectoryChoice among(List<DirectoryEntry> rootEntries, String prefix) {
        List<DirectoryEntry> candidates = rootEntries.stream()
                .filter(e -> EvidenceLayout.datedName(prefix, e.name()).isPresent())
                .filter(e -> e.directory() || e.outsideRoot())
                .sorted(newestFirst(prefix))
                .toList();
        if (candidates.isEmpty()) {
            return new DirectoryChoice(prefix, Optional.empty(), List.of());
        }
        return new DirectoryChoice(prefix, Optional.of(candidates.get(0)), candidates.subList(1, candidates.size()));
    }

    private static Comparator<DirectoryEntry> newestFirst(String prefix) {
        return Comparator.comparing(DirectoryEntry::lastModified)
                .thenComparing(e -> EvidenceLayout.datedName(prefix, e.name()).orElse(LocalDate.MIN))
                .thenComparing(DirectoryEntry::name)
                .reversed();
    }

    public boolean found() {
        return chosen.isPresent();
    }

    /** The chosen directory is a link that resolves outside the evidence root: never read. */
    public boolean leavesRoot() {
        return chosen.map(DirectoryEntry::outsideRoot).orElse(false);
    }

    /** The chosen directory's name, or the pattern ({@code val19-relay-impairment-YYYY-MM-DD}) when none. */
    public String name() {
        return chosen.map(DirectoryEntry::name).orElse(pattern());
    }

    public String pattern() {
        return prefix + "YYYY-MM-DD";
    }

    /** {@code val19-relay-impairment-2026-03-18, …} or {@code none}. */
    public String passedOverText() {
        return passedOver.isEmpty() ? "none"
                : passedOver.stream().map(DirectoryEntry::name).collect(Collectors.joining(", "));
    }

    /** How the tree and the report name the choice: the directory used and the candidates passed over. */
    public String describe() {
        if (chosen.isEmpty()) {
            return "no " + pattern() + " directory";
        }
        return name() + (leavesRoot() ? " (a link leaving the evidence root; not read)" : "")
                + " (passed over: " + passedOverText() + ")";
    }

    /** Why nothing can be read from this choice, or empty when the chosen directory is readable. */
    public Optional<String> unreadableReason() {
        if (chosen.isEmpty()) {
            return Optional.of("no " + pattern() + " directory under the evidence root");
        }
        if (leavesRoot()) {
            return Optional.of(name() + " is a link that leaves the evidence root; not read");
        }
        return Optional.empty();
    }
}
