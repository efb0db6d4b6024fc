package dev.junitproof.suites.val24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.engine.Judgments;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports: {@code val24-<mode>.json} is the contract's VAL24 document (and keeps the common proof-report
 * fields), one {@code daily-YYYY-MM-DD.json} per soak day, write-back into the soak's own {@code reports/},
 * the tree per soak day, and the evaluation other suites call.
 */
class Val24ReportsTest {

    static final List<String> DOCUMENT_FIELDS = List.of("schema", "mode", "generated_at", "soak_dir", "elapsed_days",
            "soak_complete", "total_rounds", "total_seeded", "total_delivered", "total_deadletter", "loss_count",
            "loss_rate", "clean_rounds", "clean_delivery_rate", "outage_rounds", "recovery_rounds", "total_retried",
            "total_recovered", "retry_recovery_rate", "gate_d", "checks");
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMainJsonIsTheVal24DocumentAndKeepsTheCommonFields(@TempDir Path temp) throws IOException {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(15), temp);

        JsonNode doc = JSON.readTree(result.report(Val24Runs.UNIT, "val24-checkpoint-14d.json"));
        assertThat(doc.fieldNames()).toIterable().containsAll(DOCUMENT_FIELDS)
                .contains("suite", "verdict", "coverage", "readiness", "evidence", "partial_run");
        assertThat(doc.get("schema").asText()).isEqualTo("val24-report/v1");
        assertThat(doc.get("mode").asText()).isEqualTo("checkpoint-14d");
        assertThat(doc.get("verdict").asText()).isEqualTo("IN PROGRESS");
        assertThat(doc.get("elapsed_days").asDouble()).isEqualTo(15.0);
        assertThat(doc.get("soak_complete").asBoolean()).isFalse();
        assertThat(doc.get("total_rounds").asLong()).isEqualTo(720);
        assertThat(doc.get("total_seeded").asLong()).isEqualTo(7200);
        assertThat(doc.get("loss_count").asLong()).isZero();
        assertThat(doc.get("gate_d").get("rounds_ok").asBoolean()).isFalse();
        assertThat(doc.get("gate_d").get("loss_ok").asBoolean()).isTrue();
        assertThat(doc.get("gate_d").get("overall").asBoolean()).isFalse();
        // The proof report lists every check (the matrix first, then each soak day); the document written back
        // into the soak holds the contract's ten (writeBackPutsTheSameDocumentsIntoTheSoaksReports).
        assertThat(doc.get("checks")).hasSize(10 + 15);
        List<String> matrix = new java.util.ArrayList<>();
        doc.get("checks").forEach(c -> {
            if (c.get("matrix").asBoolean()) {
                matrix.add(c.get("id").asText());
            }
        });
        assertThat(matrix).isEqualTo(Val24Checks.IDS);
        assertThat(doc.get("checks").get(8).get("status").asText()).isEqualTo("PENDING");
        assertThat(doc.get("checks").get(7).get("detail").asText()).isEqualTo("loss_count=0, loss_rate=0.0000");
        assertThat(doc.get("days")).hasSize(15);
    }

    @Test
    void oneDailyDocumentPerSoakDay(@TempDir Path temp) throws IOException {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(3).silentLoss(60, 2), temp);

        try (Stream<Path> files = Files.list(temp.resolve("out").resolve(Val24Runs.UNIT))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("daily-")))
                    .containsExactlyInAnyOrder("daily-2026-03-01.json", "daily-2026-03-02.json", "daily-2026-03-03.json");
        }
        JsonNode day2 = JSON.readTree(result.report(Val24Runs.UNIT, "daily-2026-03-02.json"));
        assertThat(day2.get("schema").asText()).isEqualTo("val24-daily/v1");
        assertThat(day2.get("status").asText()).isEqualTo("FAIL");
        assertThat(day2.get("summary").asText()).isEqualTo("day 2: 48 rounds, 480 seeded, 2 lost");
        assertThat(day2.get("lost_ids").toString()).isEqualTo("[\"val24-r000060-008\",\"val24-r000060-009\"]");
        assertThat(day2.get("first_round").asInt()).isEqualTo(49);
        assertThat(day2.get("last_round").asInt()).isEqualTo(96);
        assertThat(JSON.readTree(result.report(Val24Runs.UNIT, "daily-2026-03-01.json")).get("status").asText()).isEqualTo("PASS");
    }

    @Test
    void theTreeHasOneContainerPerSoakDay(@TempDir Path temp) {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(12), temp);

        assertThat(result.displayName("day-12")).isEqualTo("Day 12 (2026-03-12)");
        assertThat(result.displayName("VAL24-D12")).isEqualTo("VAL24-D12 day 12: 48 rounds, 480 seeded, 0 lost");
        assertThat(result.displayName("VAL24-06")).isEqualTo("VAL24-06 Clean-round delivery rate ≥ 0.990 after 7 days");
        assertThat(result.tests("VAL24")).hasSize(10 + 12 + 1);
    }

    @Test
    void writeBackPutsTheSameDocumentsIntoTheSoaksReports(@TempDir Path temp) throws IOException {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(8), temp, "proof.val24.write-back", "true");

        Path reports = temp.resolve("evidence").resolve(Val24Runs.UNIT).resolve("reports");
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(9).contains("checkpoint-7d.json",
                    "daily-2026-03-01.json", "daily-2026-03-08.json");
        }
        JsonNode written = JSON.readTree(reports.resolve("checkpoint-7d.json").toFile());
        JsonNode main = JSON.readTree(result.report(Val24Runs.UNIT, "val24-checkpoint-7d.json"));
        for (String field : DOCUMENT_FIELDS) {
            if (!field.equals("checks")) {
                assertThat(written.get(field)).as(field).isEqualTo(main.get(field));
            }
        }
        assertThat(written.get("gate_d").get("overall").asBoolean()).isFalse();
        assertThat(written.get("checks")).hasSize(10);
        for (int i = 0; i < 10; i++) {
            assertThat(written.get("checks").get(i).get("id").asText()).isEqualTo(Val24Checks.IDS.get(i));
            assertThat(written.get("checks").get(i).get("status").asText())
                    .isEqualTo(main.get("checks").get(i).get("status").asText());
        }
        assertThat(Files.readString(reports.resolve("daily-2026-03-08.json")))
                .isEqualTo(result.report(Val24Runs.UNIT, "daily-2026-03-08.json"));
    }

    @Test
    void withoutWriteBackTheSoakIsLeftUntouched(@TempDir Path temp) {
        Val24Runs.run(SoakFixture.seedSample().days(8), temp);

        assertThat(temp.resolve("evidence").resolve(Val24Runs.UNIT).resolve("reports")).doesNotExist();
    }

    @Test
    void aPartialRunWritesNothingBack(@TempDir Path temp) {
        Path soak = SoakFixture.seedSample().days(8).writeTo(temp.resolve("evidence"));
        ProofRunResult result = ProofRunner.selectUniqueId("[engine:proof]/[evidence:" + Val24Runs.UNIT
                        + "]/[suite:VAL24]/[group:matrix]/[check:VAL24-06]")
                .config("proof.evidence", soak.toString()).config("proof.val24.write-back", "true")
                .run(temp.resolve("out"));

        assertThat(result.tests("VAL24")).containsOnlyKeys("VAL24-06");
        // A partial run writes its own report beside the full one's name, and nothing into the evidence.
        assertThat(result.report(Val24Runs.UNIT, "val24-checkpoint-7d-partial.txt"))
                .contains("Gate D: PARTIAL RUN (1 of 18 checks ran; no verdict) (", "VAL24-01 NOT_RUN",
                        "Overall: PASS=1 FAIL=0 NOT_RUN=9");
        assertThat(soak.resolve("reports")).doesNotExist();
    }

    @Test
    void anotherSuiteJudgingTheSoakGetsTheReportThisRunWrites(@TempDir Path temp) throws IOException {
        ProofRunResult result = Val24Runs.run(SoakFixture.seedSample().days(8).unrecoverable(1), temp);
        Path root = temp.resolve("evidence");

        SuiteJudgment judged = Judgments.judge(new Val24Suite(), root, root.resolve(Val24Runs.UNIT),
                key -> key.equals("proof.clock") ? java.util.Optional.of("2026-03-23T12:00:00Z") : java.util.Optional.empty());

        JsonNode main = JSON.readTree(result.report(Val24Runs.UNIT, "val24-checkpoint-7d.json"));
        // Through text, as a reader would see it: the judgment builds decimals, a parser reads doubles.
        JsonNode doc = JSON.readTree(judged.report().toString());
        for (String field : DOCUMENT_FIELDS) {
            if (!field.equals("soak_dir")) {
                assertThat(doc.get(field)).as(field).isEqualTo(main.get(field));
            }
        }
        assertThat(judged.verdict()).isEqualTo("GATE D FAIL");
    }
}
