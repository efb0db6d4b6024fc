package dev.junitproof.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code approvals.json}, each rule of the contract at its edges (the report's clock is 2026-03-23): what counts
 * and on which days, what makes the whole file invalid, that a failed check is never approved away, and where
 * approvals show.
 */
class ApprovalsTest {

    private static final String UNIT = "demo-lab-2026-03-23";
    @TempDir
    Path tmp;

    private static ObjectNode entry(String suite, String criterion, String kind, String approvedAt, String expires) {
        ObjectNode entry = JsonFixtures.object();
        entry.put("suite", suite);
        entry.put("criterion", criterion);
        entry.put("kind", kind);
        entry.put("reason", "done outside the lab");
        entry.put("approved_by", "security-lead");
        entry.put("approved_at", approvedAt);
        if (expires != null) {
            entry.put("expires", expires);
        }
        entry.put("reference", "https://tracker.example/SEC-7");
        return entry;
    }

    private ProofRunResult run(DemoEvidence evidence, ObjectNode... entries) {
        Path unit = evidence.writeTo(tmp.resolve("evidence"), UNIT);
        if (entries.length > 0) {
            ObjectNode file = JsonFixtures.object();
            file.put("schema", "proof-approvals/v1");
            ArrayNode list = file.putArray("approvals");
            for (ObjectNode entry : entries) {
                list.add(entry);
            }
            JsonFixtures.write(unit.resolve("approvals.json"), file);
        }
        return ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));
    }

    private ProofRunResult bothApproved(DemoEvidence evidence) {
        return run(evidence, entry("DEMO", "GA-2", "attested", "2026-03-01", null),
                entry("DEMO", "GA-3", "exception", "2026-03-01", "2026-06-30"));
    }

    private JsonNode json(ProofRunResult run) throws Exception {
        return new ObjectMapper().readTree(run.report(UNIT, "demo-proof-report.json"));
    }

    @Test
    void withoutTheFileNothingChangesAndThereIsNoApprovalsCheck() {
        ProofRunResult run = run(DemoEvidence.passing());

        assertThat(run.tests()).doesNotContainKey("DEMO-APPROVALS").containsEntry("GA", Shown.ABORTED);
    }

    @Test
    void aLevelReachedThroughApprovalsPassesAndSaysWhichCarriedIt() throws Exception {
        ProofRunResult run = bothApproved(DemoEvidence.passing());

        assertThat(run.outcome("DEMO-APPROVALS")).isEqualTo(Shown.PASSED);
        assertThat(run.outcome("GA")).isEqualTo(Shown.PASSED);
        JsonNode json = json(run);
        JsonNode ga = json.path("readiness").get(1);
        assertThat(ga.path("status").asText()).isEqualTo("READY");
        assertThat(ga.path("approved").findValuesAsText("criterion")).containsExactly("GA-2", "GA-3");
        assertThat(ga.path("approved").findValuesAsText("kind")).containsExactly("attested", "exception");
        assertThat(run.entries("GA")).singleElement().satisfies(e -> assertThat(e.getKeyValuePairs())
                .containsEntry("proof.approved", "GA-2 attested by security-lead (https://tracker.example/SEC-7)\n"
                        + "GA-3 exception by security-lead until 2026-06-30 (https://tracker.example/SEC-7)"));
        assertThat(json.path("approvals").get(1).path("counted").asBoolean()).isTrue();
        assertThat(json.path("approvals").get(1).path("expires").asText()).isEqualTo("2026-06-30");
        assertThat(json.path("evidence").findValuesAsText("path")).as("a signed report's inputs include it")
                .contains("approvals.json");
        assertThat(run.report(UNIT, "demo-proof-report.txt")).contains("Approvals (approvals.json, apart from the checks):",
                "  DEMO-APPROVALS PASS", "  GA-3 exception by security-lead, approved 2026-03-01, expires 2026-06-30 — counts",
                "      done outside the lab (https://tracker.example/SEC-7)");
        assertThat(run.report(UNIT, "demo-proof-report.md")).contains("### Approvals (apart from the checks)",
                "| GA-3 | exception | yes | security-lead | 2026-03-01 | 2026-06-30 | https://tracker.example/SEC-7 |");
    }

    @Test
    void aFailedCheckIsNeverApprovedAway() {
        ProofRunResult run = bothApproved(DemoEvidence.passing().p99(612.5));

        assertThat(run.outcome("DEMO-03")).isEqualTo(Shown.FAILED);
        assertThat(run.outcome("GA")).isEqualTo(Shown.FAILED);
        assertThat(run.message("GA")).contains("not met", "DEMO-03 passes").doesNotContain("External security audit");
    }

    @ParameterizedTest(name = "approved {0}, expires {1}: counts {2}")
    @CsvSource({
            "2026-03-23, 2026-06-30, true,  counts",
            "2026-03-24, 2026-06-30, false, not valid before 2026-03-24",
            "2026-01-01, 2026-03-23, true,  counts",
            "2026-01-01, 2026-03-22, false, expired on 2026-03-22",
    })
    void anApprovalCountsFromTheDayItIsApprovedToTheDayItExpires(String approvedAt, String expires, boolean counts,
            String why) throws Exception {
        ProofRunResult run = run(DemoEvidence.passing(), entry("DEMO", "GA-2", "attested", "2026-01-01", null),
                entry("DEMO", "GA-3", "exception", approvedAt, expires));

        assertThat(run.outcome("DEMO-APPROVALS")).as("the file is valid either way").isEqualTo(Shown.PASSED);
        assertThat(run.outcome("GA")).isEqualTo(counts ? Shown.PASSED : Shown.ABORTED);
        JsonNode json = json(run);
        assertThat(json.path("approvals").get(1).path("why").asText()).isEqualTo(why);
        if (!counts) {
            assertThat(run.message("GA")).endsWith("approvals that did not count:\n  - GA-3 exception by security-lead: " + why);
            assertThat(json.path("readiness").get(1).path("not_counted").get(0).path("why").asText()).isEqualTo(why);
            assertThat(json.path("readiness").get(1).path("unmet").get(0).asText())
                    .isEqualTo("Daily reset validated live, or an approved exception");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown suite        | VAL99 | GA-2 | attested  | 2026-03-01 |            | names unknown suite VAL99",
            "an unknown criterion    | DEMO  | GA-9 | attested  | 2026-03-01 |            | names unknown criterion GA-9 of DEMO (GA-1, GA-2, GA-3)",
            "a judged criterion      | DEMO  | GA-1 | attested  | 2026-03-01 |            | names GA-1, which is judged from evidence and can never be approved",
            "a kind not allowed      | DEMO  | GA-2 | exception | 2026-03-01 | 2026-06-30 | is an exception for GA-2, which allows only attested",
            "an exception never ending | DEMO | GA-3 | exception | 2026-03-01 |           | is an exception without expires (an exception must end)",
            "no such date            | DEMO  | GA-3 | attested  | 2026-02-30 |            | approved_at 2026-02-30 is not a date",
            "expiring before approval | DEMO | GA-3 | attested  | 2026-03-01 | 2026-02-01 | expires 2026-02-01 before it was approved on 2026-03-01",
    })
    void anEntryThatCannotBeMakesTheWholeFileInvalidAndNoApprovalCounts(String name, String suite, String criterion,
            String kind, String approvedAt, String expires, String why) {
        ProofRunResult run = run(DemoEvidence.passing(), entry("DEMO", "GA-2", "attested", "2026-03-01", null),
                entry(suite, criterion, kind, approvedAt, expires == null || expires.isBlank() ? null : expires));

        assertThat(run.outcome("DEMO-APPROVALS")).isEqualTo(Shown.FAILED);
        assertThat(run.message("DEMO-APPROVALS")).contains("approvals.json is invalid, so no approval in it counts",
                "approvals.json /approvals/1 (" + suite + " " + criterion + ") " + why);
        assertThat(run.outcome("GA")).as("the valid GA-2 attestation counts for nothing either").isEqualTo(Shown.ABORTED);
    }

    @Test
    void theSameCriterionTwiceMakesTheFileInvalid() {
        ProofRunResult run = run(DemoEvidence.passing(), entry("DEMO", "GA-2", "attested", "2026-03-01", null),
                entry("DEMO", "GA-2", "attested", "2026-03-02", null));

        assertThat(run.message("DEMO-APPROVALS")).contains("/approvals/1 (DEMO GA-2) approves DEMO GA-2 a second time");
        assertThat(run.outcome("GA")).isEqualTo(Shown.ABORTED);
    }

    @Test
    void aFileThatIsNotValidJsonFailsTheCheckNamingIt() {
        Path unit = DemoEvidence.passing().writeTo(tmp.resolve("evidence"), UNIT);
        JsonFixtures.writeText(unit.resolve("approvals.json"), "{\"schema\": \"proof-approvals/v1\", \"approvals\": [{]}");

        ProofRunResult run = ProofRunner.selectDirectory(unit).run(tmp.resolve("out"));

        assertThat(run.outcome("DEMO-APPROVALS")).isEqualTo(Shown.FAILED);
        assertThat(run.message("DEMO-APPROVALS")).contains("approvals.json: not valid JSON");
    }
}
