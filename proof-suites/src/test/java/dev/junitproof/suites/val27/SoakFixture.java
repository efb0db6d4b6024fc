package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Fixture generator for the VAL24 soak directory VAL27 reads: none, a report document
 * ({@code reports/final.json} or a checkpoint), or only {@code rounds/}. The default document is a complete soak
 * passing Gate D (1,440 rounds, clean delivery 1.0, 240/240 recovered, no loss).
 */
public final class SoakFixture {

    public static final String DATE = "2026-03-01";
    public static final Instant WRITTEN = Instant.parse("2026-03-31T00:30:00Z");

    private enum Kind { NONE, REPORT, ROUNDS_ONLY }

    private final Kind kind;
    private final String reportFile;
    private final ObjectNode document;
    private String date = DATE;

    private SoakFixture(Kind kind, String reportFile, ObjectNode document) {
        this.kind = kind;
        this.reportFile = reportFile;
        this.document = document;
    }

    public static SoakFixture none() {
        return new SoakFixture(Kind.NONE, null, null);
    }

    /** A complete soak whose final report passes Gate D. */
    public static SoakFixture finalPass() {
        return new SoakFixture(Kind.REPORT, "final.json", passingDocument("final", true));
    }

    /** A complete soak whose final report fails Gate D: 3 segments silently lost. */
    public static SoakFixture finalFail() {
        SoakFixture f = finalPass();
        f.document.put("loss_count", 3).put("loss_rate", 3 / 14400.0);
        ((ObjectNode) f.document.get("gate_d")).put("loss_ok", false).put("overall", false);
        return f;
    }

    /** A soak at day 7: only {@code reports/checkpoint-7d.json}, not complete. */
    public static SoakFixture checkpoint7d() {
        ObjectNode doc = passingDocument("checkpoint-7d", false);
        doc.put("elapsed_days", 7.0).put("total_rounds", 336).put("total_seeded", 3360).put("total_delivered", 3300)
                .put("total_deadletter", 60).put("total_retried", 60).put("total_recovered", 60);
        ((ObjectNode) doc.get("gate_d")).put("rounds_ok", false).put("overall", false);
        return new SoakFixture(Kind.REPORT, "checkpoint-7d.json", doc);
    }

    /** A soak with {@code rounds/} and no report yet. */
    public static SoakFixture roundsOnly() {
        return new SoakFixture(Kind.ROUNDS_ONLY, null, null);
    }

    /** Sets a field of the report document by JSON pointer, e.g. {@code set("/gate_d/overall", false)}. */
    public SoakFixture set(String pointer, Object value) {
        RelayFixture.setAt(document, pointer, value);
        return this;
    }

    /** Writes the same document under another report name, e.g. {@code checkpoint-14d.json}. */
    public SoakFixture as(String fileName) {
        SoakFixture f = new SoakFixture(kind, fileName, document);
        f.date = date;
        return f;
    }

    public SoakFixture date(String date) {
        this.date = date;
        return this;
    }

    public String dirName() {
        return SoakDiscovery.PREFIX + date;
    }

    public ObjectNode document() {
        return document.deepCopy();
    }

    void writeTo(Path root) {
        if (kind == Kind.NONE) {
            return;
        }
        Path dir = root.resolve(dirName());
        JsonFixtures.write(dir.resolve("soak.json"), soakParameters());
        if (kind == Kind.REPORT) {
            JsonFixtures.touch(JsonFixtures.write(dir.resolve("reports").resolve(reportFile), document), WRITTEN);
        }
        ObjectNode round = JsonFixtures.object();
        round.put("round", 1).put("started_at", "2026-03-01T00:00:00Z").put("kind", "clean").put("proxy_mode", "clean")
                .put("seeded", 10).put("delivered", 10).put("deadletter", 0).put("loss", 0).put("duration_ms", 812)
                .put("retried", 0).put("recovered", 0);
        JsonFixtures.write(dir.resolve("rounds").resolve("r000001.json"), round);
        JsonFixtures.touch(dir, WRITTEN);
    }

    private static ObjectNode soakParameters() {
        ObjectNode soak = JsonFixtures.object();
        soak.put("soak_id", "val24-" + DATE).put("started_at", DATE + "T00:00:00Z").put("round_interval_min", 30)
                .put("segments_per_round", 10).put("segment_bytes", 64).put("rounds_target", 1440)
                .put("outage_every_rounds", 48).put("max_retry_count", 3);
        return soak;
    }

    private static ObjectNode passingDocument(String mode, boolean complete) {
        ObjectNode doc = JsonFixtures.object();
        doc.put("schema", "val24-report/v1").put("mode", mode).put("generated_at", "2026-03-31T00:30:00Z")
                .put("soak_dir", SoakDiscovery.PREFIX + DATE).put("elapsed_days", 30.0).put("soak_complete", complete)
                .put("total_rounds", 1440).put("total_seeded", 14400).put("total_delivered", 14160)
                .put("total_deadletter", 240).put("loss_count", 0).put("loss_rate", 0.0).put("clean_rounds", 1380)
                .put("clean_delivery_rate", 1.0).put("outage_rounds", 30).put("recovery_rounds", 30)
                .put("total_retried", 240).put("total_recovered", 240).put("retry_recovery_rate", 1.0);
        doc.putObject("gate_d").put("rounds_ok", true).put("delivery_ok", true).put("retry_ok", true)
                .put("loss_ok", true).put("overall", true);
        ArrayNode checks = doc.putArray("checks");
        for (int n = 1; n <= 10; n++) {
            checks.addObject().put("id", String.format("VAL24-%02d", n)).put("status", complete ? "PASS" : (n <= 7 ? "PASS" : "PENDING"))
                    .put("detail", "");
        }
        return doc;
    }
}
