package dev.junitproof.testing;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.platform.launcher.EngineFilter.includeEngines;

/**
 * Runs the proof engine the way Maven, an IDE or the console launcher do: through the Launcher, so the report
 * listener (registered through META-INF/services) writes its files. Test-only helper, shared with the suites'
 * tests through the engine's test-jar.
 */
public final class ProofRunner {

    private final List<DiscoverySelector> selectors = new ArrayList<>();
    private final Map<String, String> config = new LinkedHashMap<>();

    private ProofRunner() {
        // Fixed clock: reports are byte-for-byte comparable across runs.
        config.put("proof.clock", "2026-03-23T12:00:00Z");
        // Reports are read from files in tests; printing them too only buries the build log.
        config.put("proof.report.print", "false");
    }

    public static ProofRunner selectDirectory(Path directory) {
        return new ProofRunner().select(DiscoverySelectors.selectDirectory(directory.toFile()));
    }

    public static ProofRunner selectUniqueId(String uniqueId) {
        return new ProofRunner().select(DiscoverySelectors.selectUniqueId(uniqueId));
    }

    public static ProofRunner selectClass(Class<?> anchor) {
        return new ProofRunner().select(DiscoverySelectors.selectClass(anchor));
    }

    public static ProofRunner withoutSelectors() {
        return new ProofRunner();
    }

    public ProofRunner select(DiscoverySelector selector) {
        selectors.add(selector);
        return this;
    }

    public ProofRunner config(String key, String value) {
        config.put(key, value);
        return this;
    }

    /** Runs into {@code outputDir} ({@code proof.output.dir}) and returns what happened. */
    public ProofRunResult run(Path outputDir) {
        config.put("proof.output.dir", outputDir.toString());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(includeEngines("proof"))
                .configurationParameters(config)
                // Only the proof engine's own listener; a developer's global listeners stay out of test runs.
                .build();
        RecordingListener recorder = new RecordingListener();
        LauncherFactory.create().execute(request, recorder);
        return new ProofRunResult(recorder, outputDir);
    }
}
