package dev.junitproof.suites.hostile;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lays the same evidence out twice at the same path on tmpfs ({@code /dev/shm}), whose directory listing follows
 * creation order: once creating every directory's entries in name order, once in reverse. Same bytes, same
 * modification times, same path; only the order {@code readdir} returns differs (checked, not assumed), so reports
 * that differ between the two runs depend on listing order.
 */
public final class ListingOrders {

    private static final Path TMPFS = Path.of("/dev/shm");

    private ListingOrders() {
    }

    /**
     * What one run produced: the report files (relative name to content) and each test's outcome with its message
     * (a check's failure message names evidence too, e.g. the golden files that do not parse).
     */
    public record Reports(Map<String, String> files, Map<String, String> tests) {
    }

    /**
     * Runs the proof on {@code evidenceRoot}'s tree laid out in both orders and returns the two runs' report files.
     *
     * @param selected the directory to select, relative to the evidence root ({@code ""} for the root itself)
     * @param runner   builds the run for the laid-out selected directory (settings included)
     */
    public static List<Reports> runInBothOrders(Path evidenceRoot, String selected, Function<Path, ProofRunner> runner,
            Path outputs) throws IOException {
        assumeTrue(Files.isDirectory(TMPFS) && Files.isWritable(TMPFS), "a tmpfs at /dev/shm");
        Path base = Files.createTempDirectory(TMPFS, "proof-listing-order");
        Path laidOut = base.resolve(evidenceRoot.getFileName().toString());
        List<Reports> reports = new ArrayList<>();
        List<Map<String, List<String>>> listings = new ArrayList<>();
        try {
            for (boolean reversed : new boolean[] {false, true}) {
                copy(evidenceRoot, laidOut, reversed);
                restoreDirectoryTimes(evidenceRoot, laidOut);
                listings.add(listings(laidOut));
                Path out = outputs.resolve(reversed ? "reversed" : "sorted");
                ProofRunResult run = runner.apply(selected.isEmpty() ? laidOut : laidOut.resolve(selected)).run(out);
                Map<String, String> tests = new TreeMap<>();
                run.tests().forEach((id, shown) -> tests.put(id, shown + " " + run.message(id)));
                reports.add(new Reports(contents(out), tests));
                FuzzedEvidence.deleteTree(laidOut);
            }
        } finally {
            FuzzedEvidence.deleteTree(base);
        }
        // The precondition that makes the comparison mean something: the file system really listed differently.
        long differing = listings.get(0).keySet().stream()
                .filter(dir -> listings.get(0).get(dir).size() > 1)
                .filter(dir -> !listings.get(0).get(dir).equals(listings.get(1).get(dir)))
                .count();
        assertThat(differing).as("directories listed in a different order by the two layouts").isPositive();
        return reports;
    }

    /** Every directory's entry names in the order the file system lists them. */
    private static Map<String, List<String>> listings(Path root) throws IOException {
        Map<String, List<String>> listings = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                try (Stream<Path> list = Files.list(dir)) {
                    listings.put(root.relativize(dir).toString(), list.map(p -> p.getFileName().toString()).toList());
                }
            }
        }
        return listings;
    }

    /** Copies a tree, creating each directory's entries in name order or its reverse; links stay links. */
    private static void copy(Path source, Path target, boolean reversed) throws IOException {
        Files.createDirectories(target);
        Comparator<Path> byName = Comparator.comparing(p -> p.getFileName().toString());
        List<Path> children;
        try (Stream<Path> list = Files.list(source)) {
            children = list.sorted(reversed ? byName.reversed() : byName).toList();
        }
        for (Path child : children) {
            Path to = target.resolve(child.getFileName().toString());
            if (Files.isSymbolicLink(child)) {
                Files.createSymbolicLink(to, Files.readSymbolicLink(child));
            } else if (Files.isDirectory(child)) {
                copy(child, to, reversed);
            } else {
                Files.copy(child, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Creating entries touched the directories: give each back its source's modification time, deepest first. */
    private static void restoreDirectoryTimes(Path source, Path target) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(source)) {
            dirs = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        }
        for (Path dir : dirs) {
            Files.setLastModifiedTime(target.resolve(source.relativize(dir).toString()), Files.getLastModifiedTime(dir));
        }
    }

    /** Byte for byte (ISO-8859-1 maps each byte to one char), readable in a diff. */
    private static Map<String, String> contents(Path out) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
