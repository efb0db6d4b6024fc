package dev.junitproof.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The engine's version, as Maven wrote it into {@code engine-version.properties} at build time. */
final class EngineVersion {

    private EngineVersion() {
    }

    static Optional<String> get() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("engine-version.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.startsWith("${"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
