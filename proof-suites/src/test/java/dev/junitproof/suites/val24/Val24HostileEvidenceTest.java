package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.suites.hostile.Hostile;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus for VAL24: damage generated against a past round's metrics file ({@code rounds/r000020.json})
 * and the peer's receipt list of a three-day soak, each case with its exact check matrix, the message naming file
 * and pointer, and the status and daily reports written.
 */
class Val24HostileEvidenceTest {

    private static final String ROUND = "rounds/r000020.json";
    private static final String PEER = "peer-received.json";
    /** Three days in: the five early checks pass, the rest are not yet due. */
    private static final String PASSING = "PPPPPAAAAA";
    /** A past round that cannot be read: the accounting (VAL24-08) and Gate D (VAL24-10) fail at once. */
    private static final String ROUND_UNREADABLE = "PPPPPAAFAF";
    /** Without readable receipts nothing can be accounted: every check fails (none pending, none passed). */
    private static final String PEER_UNREADABLE = "FFFFFFFFFF";

    @TempDir
    Path tmp;

    /** One case: the soak, damage to one of its files, settings, and the matrix and message that must follow. */
    record Case(Supplier<SoakFixture> fixture, String file, Hostile.Damage damage, Map<String, String> config,
                String matrix, String messageOf, String message) {
    }

    private static SoakFixture soak() {
        return SoakFixture.seedSample().days(3);
    }

    private static Hostile.Damage setAt(String pointer, Object value) {
        return f -> {
            JsonNode tree = JsonFixtures.MAPPER.readTree(Files.readString(f));
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) tree.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1),
                    JsonFixtures.MAPPER.valueToTree(value));
            JsonFixtures.write(f, tree);
        };
    }

    private static Arguments round(String name, Hostile.Damage damage, String detail) {
        return Arguments.of(Named.of("round: " + name,
                new Case(Val24HostileEvidenceTest::soak, ROUND, damage, Map.of(), ROUND_UNREADABLE, "VAL24-08", detail)));
    }

    private static Arguments peer(String name, Hostile.Damage damage, String detail) {
        return Arguments.of(Named.of("peer receipts: " + name,
                new Case(Val24HostileEvidenceTest::soak, PEER, damage, Map.of(), PEER_UNREADABLE, "VAL24-01", detail)));
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        for (Hostile.Kind kind : Hostile.byteLevel()) {
            cases.add(round(kind.name(), kind.damage(), kind.detail()));
        }
        for (Hostile.Kind kind : Hostile.byteLevel()) {
            if (List.of("empty file", "truncated JSON", "a FIFO in its place", "a symlink loop", "duplicated key")
                    .contains(kind.name())) {
                // The receipt list is parsed as a stream, so its JSON errors read as the parser words them.
                String detail = Map.of("empty file", ": the top level must be a JSON object, found the end of the file",
                        "truncated JSON", ": Unexpected end-of-input").getOrDefault(kind.name(), kind.detail());
                cases.add(peer(kind.name(), kind.damage(), detail));
            }
        }
        cases.add(Arguments.of(Named.of("UTF-8 BOM passes", new Case(Val24HostileEvidenceTest::soak, ROUND,
                f -> Files.write(f, ("\uFEFF" + Files.readString(f)).getBytes(StandardCharsets.UTF_8)), Map.of(),
                PASSING, "VAL24-08", null))));
        cases.add(Arguments.of(Named.of("round over proof.max-file-bytes", new Case(Val24HostileEvidenceTest::soak, ROUND,
                f -> Files.writeString(f, Files.readString(f) + " ".repeat(1_100_000)), Map.of("proof.max-file-bytes", "1000000"),
                ROUND_UNREADABLE, "VAL24-08", "over the limit of 1000000 bytes (proof.max-file-bytes)"))));
        for (Hostile.Field field : Hostile.requiredFields("/dev/junitproof/suites/val24/round.schema.json")) {
            cases.add(round("wrong type at " + field.pointer(), setAt(field.pointer(), Hostile.wrongType(field.type())),
                    ": " + field.pointer() + " "));
        }
        cases.add(round("negative count", setAt("/loss", -1), ": /loss"));
        cases.add(round("timestamp without offset", setAt("/started_at", "2026-03-01T09:30:00"), ": /started_at"));
        cases.add(round("a date that does not exist", setAt("/started_at", "2026-02-30T09:30:00Z"), ": /started_at"));
        cases.add(round("kind in upper case", setAt("/kind", "CLEAN"), ": /kind"));
        cases.add(round("kind unknown", setAt("/kind", "storm"), ": /kind"));
        cases.add(peer("a receipt time without offset", f -> Files.writeString(f, Files.readString(f)
                .replaceFirst("\"received_at\": \"2026-03-01T00:00:12Z\"", "\"received_at\": \"2026-03-01T00:00:12\"")),
                "/received/0/received_at must be an ISO-8601 timestamp with an offset"));
        cases.add(Arguments.of(Named.of("peer received an id of a complete round never seeded",
                new Case(() -> soak().unknownReceipt("val24-r000010-010"), PEER, f -> { }, Map.of(), ROUND_UNREADABLE,
                        "VAL24-08", "peer-received.json holds val24-r000010-010, which rounds/r000010-seeded.txt does not list"))));
        cases.add(Arguments.of(Named.of("rounds/ a link leaving the evidence root (directory)",
                new Case(Val24HostileEvidenceTest::soak, "rounds", f -> {
                    Path outside = Hostile.outsideRoot(f).resolve("rounds");
                    Files.createDirectories(outside.getParent());
                    Files.move(f, outside);
                    Files.createSymbolicLink(f, outside);
                }, Map.of(), PEER_UNREADABLE, "VAL24-01", "is a link that leaves the evidence root"))));
        // Found by SoakAccountingFuzzTest's identity (input peerReceived/recovered-id-never-received): an id deadlettered
        // at an outage round's end, claimed recovered by the next round's sweep, that never reached the peer. It is
        // silent loss of the outage round (moved out of its deadletter count, so the round still adds up) and the
        // recovery round's recovered figure is a lie: both fail the accounting and Gate D.
        cases.add(Arguments.of(Named.of("peer never received an id the sweep calls recovered",
                new Case(Val24HostileEvidenceTest::soak, PEER, f -> Files.writeString(f, Files.readString(f)
                        .replaceFirst("\\s*\\{\"id\": \"val24-r000047-008\"[^}]*},", "")), Map.of(), ROUND_UNREADABLE,
                        "VAL24-08", "silent loss in round(s) 47 (val24-r000047-008); inconsistent round(s) 48 "
                        + "(rounds/r000048.json /recovered reports 3, recomputed 2)"))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileEvidenceHasItsExactOutcome(Case c) throws Exception {
        Path soak = c.fixture().get().writeTo(tmp.resolve("evidence"));
        c.damage().apply(soak.resolve(c.file()));
        ProofRunner runner = ProofRunner.selectDirectory(soak);
        c.config().forEach(runner::config);

        ProofRunResult run = runner.run(tmp.resolve("out"));

        assertThat(Val24Runs.matrix(run)).isEqualTo(Val24Runs.expect(c.matrix()));
        if (c.message() != null) {
            assertThat(run.message(c.messageOf())).contains(c.file(), c.message());
        }
        // Without receipts only the status report can be written; otherwise the daily report, text and JSON.
        if (c.matrix().equals(PEER_UNREADABLE)) {
            Hostile.reportsWritten(run, Val24Runs.UNIT, "val24-status.txt");
        } else {
            Hostile.reportsWritten(run, Val24Runs.UNIT, "val24-daily.txt", "val24-daily.json");
        }
    }
}
