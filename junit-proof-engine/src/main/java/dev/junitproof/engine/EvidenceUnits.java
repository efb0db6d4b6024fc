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
        Path root = selected.toAbsolutePath().normalize().toRealPath();
        Map<Path, List<ProofSuite>> units = new LinkedHashMap<>();
        List<Path> all = childDirectories(root);
        // Report output directories are named after the evidence unit they came from (demo-lab-2026-03-23), so a
        // directory of signed reports would look like lab evidence: it is claimed by the files-with-suffix suites
        // only, never proved as evidence by the dated and root suites.
        java.util.Set<Path> signed = new java.util.HashSet<>();
        // Listed once per suite: a soak's rounds directory is 70,000 names.
        Map<ProofSuite, List<Path>> holdings = new java.util.IdentityHashMap<>();
        for (ProofSuite suite : suites) {
            if (suite.layout().kind() == EvidenceLayout.Kind.FILES_WITH_SUFFIX) {
                List<Path> holding = holding(root, all, suite.layout());
                holdings.put(suite, holding);
                signed.addAll(holding);
            }
        }
        List<Path> children = all.stream().filter(c -> !signed.contains(c)).toList();
        for (ProofSuite suite : suites) {
            EvidenceLayout layout = suite.layout();
            String name = root.getFileName() == null ? "" : root.getFileName().toString();
            if (layout.kind() == EvidenceLayout.Kind.FILES_WITH_SUFFIX) {
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
                .forEach(e -> result.add(new EvidenceUnit(root, e.getKey(), List.copyOf(e.getValue()))));
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
        if (layout.suffixes().isEmpty()) {
            return false;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(directory)) {
            // The name first: a soak's rounds directory holds tens of thousands of files no layout claims.
            for (Path p : list) {
                if (layout.claimsFile(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    return true;
                }
            }
            return false;
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
