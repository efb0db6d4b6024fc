package dev.junitproof.bench;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.platform.launcher.EngineFilter.includeEngines;

/** One in-process proof run through the Launcher, as Maven or an IDE runs it (reports written, not printed). */
final class Runs {

    private Runs() {
    }

    /** Tests finished by status, counted. */
    static final class Counts implements TestExecutionListener {
        int passed;
        int failed;
        int aborted;

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
                return;
            }
            switch (result.getStatus()) {
                case SUCCESSFUL -> passed++;
                case FAILED -> failed++;
                case ABORTED -> aborted++;
            }
        }

        int total() {
            return passed + failed + aborted;
        }

        @Override
        public String toString() {
            return passed + " passed, " + failed + " failed, " + aborted + " aborted";
        }
    }

    static Counts run(Launcher launcher, DiscoverySelector selector, Path out, Map<String, String> extra) {
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector)
                .filters(includeEngines("proof"))
                .configurationParameter("proof.clock", "2026-03-23T12:00:00Z")
                .configurationParameter("proof.report.print", "false")
                .configurationParameter("proof.output.dir", out.toString());
        extra.forEach(builder::configurationParameter);
        LauncherDiscoveryRequest request = builder.build();
        Counts counts = new Counts();
        launcher.execute(request, counts);
        return counts;
    }

    static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
