package dev.junitproof.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;

import java.nio.file.Path;

/** Fixture generator for the demo suite: defaults pass; each method varies one thing. */
final class DemoEvidence {

    private double p99 = 24.1;
    private Object samples = 20;
    private String generatedAt = "2026-03-23T10:15:02Z";
    private boolean pending;

    static DemoEvidence passing() {
        return new DemoEvidence();
    }

    DemoEvidence p99(double value) {
        this.p99 = value;
        return this;
    }

    DemoEvidence samples(Object value) {
        this.samples = value;
        return this;
    }

    DemoEvidence pending() {
        this.pending = true;
        return this;
    }

    DemoEvidence generatedAt(String value) {
        this.generatedAt = value;
        return this;
    }

    ObjectNode json() {
        ObjectNode root = JsonFixtures.object();
        root.put("generated_at", generatedAt);
        ObjectNode latency = root.putObject("latency");
        latency.put("p99_ms", p99);
        latency.putPOJO("samples", samples);
        if (pending) {
            root.put("pending", true);
        }
        return root;
    }

    /** Writes {@code <root>/<dirName>/demo.json} and returns the unit directory. */
    Path writeTo(Path root, String dirName) {
        Path unit = root.resolve(dirName);
        JsonFixtures.write(unit.resolve("demo.json"), json());
        return unit;
    }
}
