package dev.junitproof.engine;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.ProofSuite;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Maps a selected directory to the evidence units in it. A directory whose name a suite claims is a unit of that
 * suite; otherwise it is an evidence root: each dated-directory suite proves the newest of its directories there
 * (by the date in the name; every one with {@code proof.discover=all}), and each root suite proves the root if
 * it holds one of its directories. A files-with-suffix suite proves the selected directory if it holds such a file,
 * else every child directory that does; such a directory of signed reports is then no other suite's unit.
 * Directories that resolve outside the selected root are never units.
 */
final class EvidenceUnits {

    private EvidenceUnits() {
    }

    static List<EvidenceUnit> locate(Path selected, List<ProofSuite> suites, boolean discoverAll) throws IOException {
        return locate(selected, suites, discoverAll, false);
    }

    /**
     * @param verifyOnly verifying signed reports: only the suites that claim report directories prove anything, so
     *                   verifying an output root never runs the evidence suites over the reports' directories
     */
    static List<EvidenceUnit> locate(Path selected, List<ProofSuite> suites, boolean discoverAll, boolean verifyOnly)
            throws IOException {
        if (verifyOnly) {
            suites = suites.stream().filter(s -> s.layout().kind() == EvidenceLayout.Kind.REPORT_DIRECTORY).toList();
        }
        Path named = selected.toAbsolutePath().normalize();
        Path root = named.toRealPath();
        // A selected directory that is itself a link is proved as the user named it: the real directory is read
        // (and confines every read), the link's name is what the suites claim and the reports are named after.
        String rootName = named.getFileName() == null ? "" : named.getFileName().toString();
        Map<Path, List<ProofSuite>> units = new LinkedHashMap<>();
        List<Path> all = childDirectories(root);
        // Report output directories are named after the evidence unit they came from (demo-lab-2026-03-23), so a
        // directory of signed reports would look like lab evidence: it is claimed by the files-with-suffix suites
        // only, never proved as evidence by the dated and root suites.
        java.util.Set<Path> signed = new java.util.HashSet<>();
        // Listed once per suite: a soak's rounds directory is 70,000 names.
        Map<ProofSuite, List<Path>> holdings = new java.util.IdentityHashMap<>();
        // A lab run's directory is one unit: its subdirectories (rounds/, shadow/, reports/) are parts of it, never
        // units of their own, so they are not searched for signed reports either.
        boolean labUnit = suites.stream().anyMatch(s -> s.layout().kind() == EvidenceLayout.Kind.DATED_DIRECTORY
                && s.layout().dateOf(rootName).isPresent());
        for (ProofSuite suite : suites) {
            if (suite.layout().claimsByFiles()) {
                List<Path> holding = holding(root, labUnit ? List.of() : all, suite.layout());
                holdings.put(suite, holding);
                signed.addAll(holding);
            }
        }
        List<Path> children = all.stream().filter(c -> !signed.contains(c)).toList();
        for (ProofSuite suite : suites) {
            EvidenceLayout layout = suite.layout();
            String name = rootName;
            if (layout.claimsByFiles()) {
                holdings.get(suite).forEach(unit -> units.computeIfAbsent(unit, k -> new ArrayList<>()).add(suite));
            } else if (signed.contains(root)) {
                continue;
            } else if (layout.kind() == EvidenceLayout.Kind.DATED_DIRECTORY) {
                if (layout.dateOf(name).isPresent()) {
                    units.computeIfAbsent(root, k -> new ArrayList<>()).add(suite);
                    continue;
                }
                List<Path> dated = children.stream()
                        .filter(c -> layout.dateOf(c.getFileName().toString()).isPresent())
                        .sorted(newestFirst(layout))
                        .toList();
                for (Path unit : discoverAll ? dated : dated.stream().limit(1).toList()) {
                    units.computeIfAbsent(unit, k -> new ArrayList<>()).add(suite);
                }
            } else if (children.stream().anyMatch(c -> layout.dateOf(c.getFileName().toString()).isPresent())) {
                units.computeIfAbsent(root, k -> new ArrayList<>()).add(suite);
            }
        }
        List<EvidenceUnit> result = new ArrayList<>();
        units.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(new EvidenceUnit(root, e.getKey(), List.copyOf(e.getValue()),
                        e.getKey().equals(root) ? rootName : e.getKey().getFileName().toString())));
        return result;
    }

    /** Newest date first; on the same date, name order, so the choice never depends on listing order. */
    private static Comparator<Path> newestFirst(EvidenceLayout layout) {
        Comparator<Path> byDate = Comparator.comparing(
                (Path p) -> layout.dateOf(p.getFileName().toString()).orElse(LocalDate.MIN));
        return byDate.reversed().thenComparing(p -> p.getFileName().toString());
    }

    /** The selected directory if it holds a claimed file, else each child directory that does. */
    private static List<Path> holding(Path root, List<Path> children, EvidenceLayout layout) {
        return holdsClaimedFile(root, layout) ? List.of(root)
                : children.stream().filter(c -> holdsClaimedFile(c, layout)).toList();
    }

    /** Whether a directory directly holds a regular file the layout claims (no recursion: units stay shallow). */
    private static boolean holdsClaimedFile(Path directory, EvidenceLayout layout) {
        if (layout.suffixes().isEmpty() && layout.kind() != EvidenceLayout.Kind.REPORT_DIRECTORY) {
            return false;
        }
        boolean reportSets = layout.kind() == EvidenceLayout.Kind.REPORT_DIRECTORY;
        java.util.Set<String> names = new java.util.HashSet<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(directory)) {
            // The name first: a soak's rounds directory holds tens of thousands of files no layout claims.
            for (Path p : list) {
                String name = p.getFileName().toString();
                if (layout.claimsFile(name) && Files.isRegularFile(p)) {
                    return true;
                }
                if (reportSets && (name.endsWith(".json") || name.endsWith(".txt") || name.endsWith(".md"))) {
                    names.add(name);
                }
            }
            return reportSets && !dev.junitproof.engine.attest.ReportSets.bases(names).isEmpty();
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return false;
        }
    }

    /** Child directories that stay inside the root (a linked directory pointing elsewhere is not a unit). */
    private static List<Path> childDirectories(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> realPath(p).map(r -> r.startsWith(root)).orElse(false))
                    .sorted()
                    .toList();
        }
    }

    private static Optional<Path> realPath(Path p) {
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
