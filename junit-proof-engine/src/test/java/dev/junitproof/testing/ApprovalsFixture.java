package dev.junitproof.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * Fixture generator for {@code approvals.json} (contract v1.1): entries added one line each, written into an
 * evidence unit.
 */
public final class ApprovalsFixture {

    private final ObjectNode file = JsonFixtures.object();
    private final ArrayNode entries;

    private ApprovalsFixture() {
        file.put("schema", "proof-approvals/v1");
        entries = file.putArray("approvals");
    }

    public static ApprovalsFixture approvals() {
        return new ApprovalsFixture();
    }

    /** An attestation that counts from {@code approvedAt}, with no end. */
    public ApprovalsFixture attested(String suite, String criterion, String reason, String by, String approvedAt,
            String reference) {
        entries.add(entry(suite, criterion, "attested", reason, by, approvedAt, null, reference));
        return this;
    }

    /** An exception, from {@code approvedAt} to {@code expires}. */
    public ApprovalsFixture exception(String suite, String criterion, String reason, String by, String approvedAt,
            String expires, String reference) {
        entries.add(entry(suite, criterion, "exception", reason, by, approvedAt, expires, reference));
        return this;
    }

    private static ObjectNode entry(String suite, String criterion, String kind, String reason, String by,
            String approvedAt, String expires, String reference) {
        ObjectNode entry = JsonFixtures.object();
        entry.put("suite", suite);
        entry.put("criterion", criterion);
        entry.put("kind", kind);
        entry.put("reason", reason);
        entry.put("approved_by", by);
        entry.put("approved_at", approvedAt);
        if (expires != null) {
            entry.put("expires", expires);
        }
        entry.put("reference", reference);
        return entry;
    }

    /** Writes {@code <unit>/approvals.json}; returns the file. */
    public Path writeTo(Path unit) {
        return JsonFixtures.write(unit.resolve("approvals.json"), file);
    }
}
