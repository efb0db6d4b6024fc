package dev.junitproof.suites.val27;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.junitproof.suites.val27.RelaySlice.VAL19;
import static dev.junitproof.suites.val27.RelaySlice.VAL20;
import static dev.junitproof.suites.val27.RelaySlice.VAL23;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 3: every array VAL27 reads is judged whole. VAL20's tiers are exactly T1..T5, each once (a label the
 * seed does not name is a schema mismatch, naming the entry; a repeated tier fails {@code VAL20-tiers}); a slice's check list is exactly its ten (the shared slice
 * reader: an eleventh check fails the slice); an entry of VAL19's or VAL23's {@code scenarios} the seed does not
 * name is reported and judged nothing, since no claim of the seed rests on it.
 */
class Val27WholeArraysTest {

    @Test
    void aTierTheSeedDoesNotNameFailsTheTierListNamingIt(@TempDir Path tmp) {
        RelayFixture fixture = RelayFixture.passing();
        ObjectNode report = fixture.report(VAL20);
        ObjectNode t6 = ((ObjectNode) report.withArray("tiers").get(4)).deepCopy().put("tier", "T6").put("name", "burst")
                .put("zero_loss", false).put("delivered", 7).put("lost", 3);
        report.withArray("tiers").add(t6);
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        RelayFixture.writeSlice(root, fixture.dirName(VAL20), VAL20, report, RelayFixture.CAMPAIGN);

        ProofRunResult run = Val27Runs.run(tmp, root);

        // The contract's schema names the tiers, so a sixth is a schema mismatch of the entry: VAL20 cannot be read,
        // and every check that needs it fails (VAL20-tiers would name it too, were the schema ever to admit it).
        Map<String, Shown> expected = Val27Runs.withoutSliceChecks(Val27Runs.passing(), VAL20);
        expected.put("VAL27-07", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(run.message("VAL20-report")).contains("/tiers/5/tier");
        assertThat(run.message(ThroughputFigures.TIERS)).contains("VAL20 unreadable: ", "/tiers/5/tier");
    }

    @Test
    void aRepeatedTierFailsTheListAndTheTierItRepeats(@TempDir Path tmp) {
        RelayFixture fixture = RelayFixture.passing();
        ObjectNode report = fixture.report(VAL20);
        ArrayNode tiers = report.withArray("tiers");
        tiers.add(tiers.get(1).deepCopy());
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        RelayFixture.writeSlice(root, fixture.dirName(VAL20), VAL20, report, RelayFixture.CAMPAIGN);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.failingFigures(ThroughputFigures.TIERS, "VAL20-T2",
                ThroughputFigures.T2_SPS));
        assertThat(run.message(ThroughputFigures.TIERS)).contains("2 T2 tiers, expected 1");
        assertThat(run.message("VAL20-T2")).contains("holds 2 T2 tiers, expected exactly 1");
    }

    @Test
    void anEleventhCheckWithAFailingResultFailsTheSlice(@TempDir Path tmp) {
        RelayFixture fixture = RelayFixture.passing();
        ObjectNode report = fixture.report(VAL19);
        report.withArray("checks").addObject().put("id", "VAL19-11").put("name", "extra").put("result", "FAIL");
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        RelayFixture.writeSlice(root, fixture.dirName(VAL19), VAL19, report, RelayFixture.CAMPAIGN);

        ProofRunResult run = Val27Runs.run(tmp, root);

        Map<String, Shown> tests = run.tests("VAL27");
        assertThat(tests).containsEntry("VAL19-report", Shown.FAILED).containsEntry("VAL19-11", Shown.FAILED)
                .containsEntry("VAL27-01", Shown.FAILED).containsEntry("RELAY_DESIGN_PARTNER", Shown.FAILED);
        assertThat(run.message("VAL27-01")).contains("11 checks recorded, 10 expected");
    }

    @Test
    void scenariosTheSeedDoesNotNameAreReportedAndJudgeNothing(@TempDir Path tmp) {
        RelayFixture fixture = RelayFixture.passing();
        ObjectNode v19 = fixture.report(VAL19);
        ((ObjectNode) v19.get("scenarios")).putObject("jitter_50ms").put("seeded", 5).put("delivered", 1);
        ObjectNode v23 = fixture.report(VAL23);
        ((ObjectNode) v23.get("scenarios")).putObject("sf_burst").put("seeded", 5).put("delivered", 0).put("expected", 0);
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        RelayFixture.writeSlice(root, fixture.dirName(VAL19), VAL19, v19, RelayFixture.CAMPAIGN);
        RelayFixture.writeSlice(root, fixture.dirName(VAL23), VAL23, v23, RelayFixture.CAMPAIGN);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(Val27Runs.text(run))
                .contains("Scenarios the seed does not name (reported, not judged): jitter_50ms {\"seeded\":5,\"delivered\":1}")
                .contains("Scenarios the seed does not name (reported, not judged): sf_burst {\"seeded\":5,\"delivered\":0,"
                        + "\"expected\":0}");
    }
}
