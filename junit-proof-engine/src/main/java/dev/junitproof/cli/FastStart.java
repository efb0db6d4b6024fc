package dev.junitproof.cli;

import org.apiguardian.api.API;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The standalone jar's main class: {@code java -jar junit-proof-standalone.jar ...} gets the start-up that
 * {@code bin/junit-proof} gets. A proof is a short batch job, for which the JVM's defaults are wrong (the optimising
 * compiler spends more CPU than it saves before the run ends; every class is loaded and verified from the jar
 * again), and a jar cannot choose its JVM's options. So this class, which loads nothing but the JDK, starts the
 * proof in a second JVM with the quick compiler only, serial collection (half the memory, the same time) and the
 * jar's class-data-sharing archive, passes the first JVM's own options and every argument on, shares its standard
 * streams, and exits with its status. That costs one bare JVM start (about 0.05 s) and saves seconds on a large
 * soak.
 *
 * <p>It runs the command line in this JVM instead when asked to ({@code -Djunitproof.fork=false} or
 * {@code JUNIT_PROOF_FORK=off}), when it is the second JVM already, when it is not running from a jar, or when the
 * second JVM cannot be started. The archive is the one built beside the jar ({@code junit-proof-standalone.jsa});
 * for a jar that was copied elsewhere (the archive names the jar's path) one is recorded on first use under
 * {@code ${XDG_CACHE_HOME:-~/.cache}/junit-proof}, as {@code bin/junit-proof} does.
 */
@API(status = INTERNAL, since = "0.1")
public final class FastStart {

    /** Set on the second JVM, so it runs the command line itself. */
    static final String FORKED = "junitproof.forked";

    private FastStart() {
    }

    public static void main(String... args) {
        Optional<List<String>> command = secondJvm(args);
        if (command.isPresent()) {
            Optional<Integer> status = run(command.get());
            if (status.isPresent()) {
                System.exit(status.get());
            }
        }
        JunitProof.main(args);
    }

    /** The second JVM's command line, or empty when this JVM should run the command line itself. */
    static Optional<List<String>> secondJvm(String... args) {
        if (System.getProperty(FORKED) != null || "false".equalsIgnoreCase(System.getProperty("junitproof.fork"))
                || "off".equalsIgnoreCase(System.getenv("JUNIT_PROOF_FORK"))) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Optional<String> java = ProcessHandle.current().info().command();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.add("-XX:TieredStopAtLevel=1");
        // One collector thread: the same wall time on a year's soak, less CPU and half the memory.
        command.add("-XX:+UseSerialGC");
        command.addAll(archiveOptions(jar.get(), cacheDirectory()));
        // The first JVM's own options (-Xmx256m, -D...) come after ours, so they win where they overlap.
        command.addAll(jvmOptions(ProcessHandle.current().info().arguments().orElse(new String[0])));
        command.add("-D" + FORKED + "=true");
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(FastStart.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs {@code command} on this JVM's standard streams; empty when it cannot be started. */
    private static Optional<Integer> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        // A terminal's Ctrl-C reaches both JVMs; a kill of this one must not leave the proof running alone.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        while (true) {
            try {
                return Optional.of(process.waitFor());
            } catch (InterruptedException e) {
                // Keep waiting: the second JVM's status is this one's.
            }
        }
    }

    /** JVM options whose value is the next argument ({@code --add-opens java.base/java.lang=ALL-UNNAMED}). */
    private static final Set<String> WITH_VALUE = Set.of("--add-opens", "--add-exports", "--add-reads", "--add-modules",
            "--limit-modules", "--module-path", "-p", "--upgrade-module-path", "--patch-module", "--enable-native-access");

    /** The options before {@code -jar} (or the class path and main class) of this JVM's command line. */
    static List<String> jvmOptions(String... arguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String a = arguments[i];
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")
                    || !a.startsWith("-")) {
                break;
            }
            options.add(a);
            if (WITH_VALUE.contains(a) && i + 1 < arguments.length) {
                options.add(arguments[++i]);
            }
        }
        return options;
    }

    /** Map the archive built beside the jar, else the cache's (recording it on first use); none if neither works. */
    static List<String> archiveOptions(Path jar, Path cache) {
        List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa";
        Path beside = jar.resolveSibling(name);
        List<String> options = new ArrayList<>();
        try {
            if (Files.isRegularFile(beside) && Files.getLastModifiedTime(beside).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                options.add("-XX:SharedArchiveFile=" + beside);
                options.addAll(quiet);
                return options;
            }
            // The key bin/junit-proof uses too (size and seconds), so both share one archive per jar.
            Path cached = Files.createDirectories(cache).resolve("standalone-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).toMillis() / 1000 + ".jsa");
            options.add((Files.isRegularFile(cached) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + cached);
            options.addAll(quiet);
            return options;
        } catch (IOException | RuntimeException e) {
            // No archive: the run is only slower.
            return List.of();
        }
    }

    /** {@code ${XDG_CACHE_HOME:-~/.cache}/junit-proof}, as bin/junit-proof has it. */
    private static Path cacheDirectory() {
        String cache = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.home") + "/.cache");
        return Path.of(cache, "junit-proof");
    }

    private static Optional<Path> jar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
