package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.suite.ReportFile;
import dev.junitproof.engine.Judgments;
import dev.junitproof.suites.val24.Val24Suite;
import dev.junitproof.testing.JsonFixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fixture generator for the VAL24 soak directory VAL27 reads: none; a soak with real rounds (VAL24's own fixture
 * generator writes them, so VAL24 judges them as it would any soak); that soak with VAL24's genuine write-back
 * document ({@code proof.val24.write-back=true}: the document VAL24 writes into the soak's {@code reports/}); a
 * hand-written document beside the rounds or with nothing behind it; and damage done after the document was written
 * (a receipt removed). Every claim VAL27 reads is then checked against VAL24's judgment of the same rounds.
 */
public final class SoakFixture {

    public static final String DATE = "2026-03-01";
    public static final Instant WRITTEN = Instant.parse("2026-03-31T00:30:00Z");
    private static final String CLOCK = "2026-03-31T00:30:00Z";

    /** Something done to the written soak directory. */
    @FunctionalInterface
    public interface Damage {
        void apply(Path soakDir) throws IOException;
    }

    private final dev.junitproof.suites.val24.SoakFixture rounds;
    private boolean genuine;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, ObjectNode> documents = new LinkedHashMap<>();
    private final List<Damage> damage = new ArrayList<>();
    private String date = DATE;
    private final boolean present;

    private SoakFixture(dev.junitproof.suites.val24.SoakFixture rounds, boolean present) {
        this.rounds = rounds;
        this.present = present;
    }

    /** No soak directory at all. */
    public static SoakFixture none() {
        return new SoakFixture(null, false);
    }

    /** A soak directory whose rounds VAL24's fixture writes, with no report document yet. */
    public static SoakFixture rounds(dev.junitproof.suites.val24.SoakFixture rounds) {
        return new SoakFixture(rounds, true);
    }

    /** The seed's §11 soak, 1,440 rounds, with VAL24's genuine final.json: Gate D passes. */
    public static SoakFixture complete() {
        return rounds(dev.junitproof.suites.val24.SoakFixture.seedSample()).withGenuineReport();
    }

    /** {@code days} days of the seed's soak (48 rounds a day). */
    public static SoakFixture days(int days) {
        return rounds(dev.junitproof.suites.val24.SoakFixture.seedSample().days(days));
    }

    /** A soak directory holding nothing but a document ({@code reports/<name>}): no soak.json, no rounds. */
    public static SoakFixture documentOnly(String name, ObjectNode document) {
        SoakFixture f = new SoakFixture(null, true);
        f.documents.put(name, document);
        return f;
    }

    /** VAL24's own document, written back into {@code reports/} by a run with write-back on (mode reached). */
    public SoakFixture withGenuineReport() {
        this.genuine = true;
        return this;
    }

    /** VAL24's own document of an explicitly asked mode ({@code final} makes every check due). */
    public SoakFixture withGenuineReport(String mode) {
        settings.put("proof.val24.mode", mode);
        return withGenuineReport();
    }

    /** A hand-written document, e.g. {@code withDocument("final.json", claimingGateDPass())}. */
    public SoakFixture withDocument(String name, ObjectNode document) {
        documents.put(name, document);
        return this;
    }

    /** Done to the soak directory after its document was written (a receipt removed, a field edited). */
    public SoakFixture then(Damage after) {
        damage.add(after);
        return this;
    }

    public SoakFixture date(String date) {
        this.date = date;
        return this;
    }

    public String dirName() {
        return SoakDiscovery.PREFIX + date;
    }

    void writeTo(Path root) {
        if (!present) {
            return;
        }
        Path dir = root.resolve(dirName());
        try {
            Files.createDirectories(dir);
            if (rounds != null) {
                rounds.writeTo(root, dirName());
            }
            if (genuine) {
                writeBack(root, dir);
            }
            for (Map.Entry<String, ObjectNode> doc : documents.entrySet()) {
                JsonFixtures.touch(JsonFixtures.write(dir.resolve("reports").resolve(doc.getKey()), doc.getValue()), WRITTEN);
            }
            for (Damage d : damage) {
                d.apply(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonFixtures.touch(dir, WRITTEN);
    }

    /** VAL24 judges the soak as a run with write-back on would, and its documents are written where it writes them. */
    private void writeBack(Path root, Path dir) throws IOException {
        Map<String, String> run = new LinkedHashMap<>(settings);
        run.put("proof.clock", CLOCK);
        run.put("proof.val24.write-back", "true");
        Judgments.Proved proved = Judgments.prove(new Val24Suite(), root, dir, key -> Optional.ofNullable(run.get(key)));
        for (ReportFile file : proved.proof().evidenceFiles(proved.judgment().result())) {
            Path target = dir.resolve(file.name());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
    }

    // ---- damage and hand-written claims ----------------------------------------------------------------------

    /** Removes one receipt from the peer's list: a segment the peer never got (silent loss). */
    public static Damage removeReceipt(String id) {
        return dir -> {
            Path peer = dir.resolve("peer-received.json");
            ObjectNode tree = (ObjectNode) JsonFixtures.MAPPER.readTree(Files.readString(peer));
            ArrayNode received = (ArrayNode) tree.get("received");
            for (int i = 0; i < received.size(); i++) {
                if (received.get(i).get("id").asText().equals(id)) {
                    received.remove(i);
                    JsonFixtures.write(peer, tree);
                    return;
                }
            }
            throw new IllegalStateException("no receipt " + id);
        };
    }

    /** Sets a field of a document already written, e.g. {@code edit("checkpoint-7d.json", "/soak_complete", true)}. */
    public static Damage edit(String document, String pointer, Object value) {
        return dir -> {
            Path file = dir.resolve("reports").resolve(document);
            ObjectNode tree = (ObjectNode) JsonFixtures.MAPPER.readTree(Files.readString(file));
            RelayFixture.setAt(tree, pointer, value);
            JsonFixtures.write(file, tree);
        };
    }

    /** Moves a written document to another name of {@code reports/}, its mode made to match the name. */
    public static Damage rename(String from, String to) {
        return dir -> {
            Path source = dir.resolve("reports").resolve(from);
            ObjectNode tree = (ObjectNode) JsonFixtures.MAPPER.readTree(Files.readString(source));
            tree.put("mode", to.replace(".json", ""));
            JsonFixtures.write(dir.resolve("reports").resolve(to), tree);
            Files.delete(source);
        };
    }

    /** The hand-written document the examples start from: a complete soak passing Gate D, every check PASS. */
    public static ObjectNode claimingGateDPass(String mode) {
        ObjectNode doc = JsonFixtures.object();
        doc.put("schema", "val24-report/v1").put("mode", mode).put("generated_at", CLOCK)
                .put("soak_dir", SoakDiscovery.PREFIX + DATE).put("elapsed_days", 30.0).put("soak_complete", true)
                .put("total_rounds", 1440).put("total_seeded", 14400).put("total_delivered", 14356)
                .put("total_deadletter", 44).put("loss_count", 0).put("loss_rate", 0.0).put("clean_rounds", 1380)
                .put("clean_delivery_rate", 0.9996).put("outage_rounds", 30).put("recovery_rounds", 30)
                .put("total_retried", 44).put("total_recovered", 44).put("retry_recovery_rate", 1.0);
        doc.putObject("gate_d").put("rounds_ok", true).put("delivery_ok", true).put("retry_ok", true)
                .put("loss_ok", true).put("overall", true);
        ArrayNode checks = doc.putArray("checks");
        for (int n = 1; n <= 10; n++) {
            checks.addObject().put("id", String.format("VAL24-%02d", n)).put("status", "PASS").put("detail", "");
        }
        doc.put("verdict", "GATE D PASS");
        return doc;
    }
}
