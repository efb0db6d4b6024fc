package dev.junitproof.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Demo-suite evidence (the engine test-jar's DEMO suite: three checks per directory), one {@code demo-lab-DATE/}
 * per day from 2000-01-01, each holding the engine's own passing {@code demo.json} sample.
 */
final class DemoUnits {

    static final String DEMO_JSON = "{\n  \"generated_at\": \"2026-03-23T10:15:02Z\",\n  \"latency\": {\n"
            + "    \"p99_ms\": 24.1,\n    \"samples\": 20\n  }\n}\n";

    /** Checks the demo suite runs per directory (DEMO-01..03). */
    static final int CHECKS_PER_UNIT = 3;

    /** Tests the engine reports per directory: the three checks and the two readiness levels. */
    static final int TESTS_PER_UNIT = 5;

    private DemoUnits() {
    }

    static Path writeUnits(Path root, int count) {
        LocalDate day = LocalDate.of(2000, 1, 1);
        try {
            for (int i = 0; i < count; i++) {
                Path unit = root.resolve("demo-lab-" + day.plusDays(i));
                Files.createDirectories(unit);
                Files.writeString(unit.resolve("demo.json"), DEMO_JSON, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
