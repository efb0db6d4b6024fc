package dev.junitproof.suites.val27;

import dev.junitproof.testing.JsonFixtures;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static dev.junitproof.suites.val27.RelayFixture.CAMPAIGN;
import static dev.junitproof.suites.val27.RelaySlice.VAL19;
import static dev.junitproof.suites.val27.RelaySlice.VAL21;
import static dev.junitproof.suites.val27.RelaySlice.VAL22;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

/** Which directory each slice uses: the newest by modification time, among names that are prefix + a real date. */
class Val27DiscoveryTest {

    private static final String OLD_NAME = "val21-relay-overflow-local-2026-03-18";
    private static final String NEW_NAME = "val21-relay-overflow-local-2026-03-25";

    @Test
    void theMostRecentlyModifiedRunIsUsedEvenWhenAnOlderOnePasses(@TempDir Path tmp) {
        // The failing run carries the older date in its name but was modified last: modification time decides.
        RelayFixture fixture = RelayFixture.passing().date(VAL21, "2026-03-18").modified(VAL21, CAMPAIGN.plus(1, DAYS))
                .failCheck(VAL21, 6).set(VAL21, "/sb/delivered", 5);
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        RelayFixture.writeSlice(root, NEW_NAME, VAL21, RelayFixture.passing().report(VAL21), CAMPAIGN.minus(1, DAYS));

        ProofRunResult run = Val27Runs.run(tmp, root);

        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.passing());
        expected.put("VAL21-06", Shown.FAILED);
        expected.put("VAL27-03", Shown.FAILED);
        expected.put("VAL27-06", Shown.FAILED);
        expected.put(OverflowFigures.EVICTION, Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(run.displayName("VAL21")).isEqualTo("VAL21 Queue Depth + Overflow — " + OLD_NAME
                + " (passed over: " + NEW_NAME + ")");
        assertThat(Val27Runs.line(run, "VAL21 val21")).isEqualTo("VAL21 " + OLD_NAME + " (passed over: " + NEW_NAME + ")");
        assertThat(Val27Runs.verdict(run)).isEqualTo("Verdict: RELAY NOT READY");
        assertThat(Val27Runs.json(run).path("discovery").get(2).path("passed_over").get(0).asText()).isEqualTo(NEW_NAME);
    }

    @Test
    void aNewerPassingRunSupersedesAnOlderFailingOne(@TempDir Path tmp) {
        Path root = RelayFixture.passing().writeTo(Val27Runs.root(tmp));
        RelayFixture failing = RelayFixture.passing().failCheck(VAL21, 6).set(VAL21, "/sb/delivered", 5);
        RelayFixture.writeSlice(root, NEW_NAME, VAL21, failing.report(VAL21), CAMPAIGN.minus(2, DAYS));

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(run.displayName("VAL21")).endsWith("val21-relay-overflow-local-2026-03-20 (passed over: " + NEW_NAME + ")");
    }

    @Test
    void namesThatOnlyShareThePrefixAreIgnored(@TempDir Path tmp) {
        Path root = RelayFixture.passing().writeTo(Val27Runs.root(tmp));
        RelayFixture failing = RelayFixture.passing().failCheck(VAL19, 1);
        Instant newer = CAMPAIGN.plus(1, DAYS);
        for (String decoy : new String[] {"val19-relay-impairment-latest", "val19-relay-impairment-2026-02-30",
                "val19-relay-impairment-2026-03-21-rerun", "val19-relay-impairment-2026-3-21", "val19-relay-impairment-"}) {
            RelayFixture.writeSlice(root, decoy, VAL19, failing.report(VAL19), newer);
        }
        // A regular file with a perfect directory name is not a run either.
        JsonFixtures.touch(JsonFixtures.writeText(root.resolve("val19-relay-impairment-2026-03-22"), "{}"), newer);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(run.displayName("VAL19")).endsWith("val19-relay-impairment-2026-03-20 (passed over: none)");
    }

    @Test
    void onEqualModificationTimesTheLaterDateInTheNameWins(@TempDir Path tmp) {
        Path root = RelayFixture.passing().writeTo(Val27Runs.root(tmp));
        RelayFixture failing = RelayFixture.passing().failCheck(VAL19, 1);
        RelayFixture.writeSlice(root, "val19-relay-impairment-2026-03-19", VAL19, failing.report(VAL19), CAMPAIGN);

        ProofRunResult run = Val27Runs.run(tmp, root);

        assertThat(run.tests("VAL27")).isEqualTo(Val27Runs.passing());
        assertThat(run.displayName("VAL19")).endsWith("(passed over: val19-relay-impairment-2026-03-19)");
    }

    @Test
    void aReportReachedThroughALinkLeavingTheRootIsMissing(@TempDir Path tmp) throws IOException {
        RelayFixture fixture = RelayFixture.passing();
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        Path outside = JsonFixtures.write(tmp.resolve("elsewhere").resolve("val21-summary.json"), fixture.report(VAL21));
        Path report = root.resolve(fixture.dirName(VAL21)).resolve("val21-summary.json");
        Files.delete(report);
        Files.createSymbolicLink(report, outside);

        ProofRunResult run = Val27Runs.run(tmp, root);

        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.withoutSliceChecks(Val27Runs.passing(), VAL21));
        expected.put("VAL27-03", Shown.FAILED);
        expected.put("VAL27-06", Shown.FAILED);
        // A report that cannot be read cannot date the campaign: the window is unproven, and fails.
        expected.put("VAL27-WINDOW", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(run.message("VAL27-03")).contains("leaves the evidence root");
        assertThat(Val27Runs.line(run, "VAL21 Queue Depth")).startsWith("VAL21 Queue Depth + Overflow FAIL (")
                .contains("leaves the evidence root");
        assertThat(Val27Runs.json(run).path("evidence").toString()).doesNotContain("elsewhere");
    }

    @Test
    void aNewestDirectoryThatIsALinkLeavingTheRootIsMissingNotReplacedByAnOlderRun(@TempDir Path tmp) throws IOException {
        RelayFixture fixture = RelayFixture.passing();
        Path root = fixture.writeTo(Val27Runs.root(tmp));
        Path outside = RelayFixture.writeSlice(tmp.resolve("elsewhere"), "run", VAL22, fixture.report(VAL22), CAMPAIGN);
        // The link is created now, so it is the most recently modified candidate.
        Files.createSymbolicLink(root.resolve("val22-relay-deadletter-local-2026-03-21"), outside);

        ProofRunResult run = Val27Runs.run(tmp, root);

        Map<String, Shown> expected = Val27Runs.notReady(Val27Runs.withoutSliceChecks(Val27Runs.passing(), VAL22));
        for (String id : new String[] {"VAL27-04", "VAL27-06", "VAL27-08"}) {
            expected.put(id, Shown.FAILED);
        }
        // A report that cannot be read cannot date the campaign: the window is unproven, and fails.
        expected.put("VAL27-WINDOW", Shown.FAILED);
        assertThat(run.tests("VAL27")).isEqualTo(expected);
        assertThat(run.message("VAL22-report")).contains("val22-relay-deadletter-local-2026-03-21 is a link that leaves the evidence root");
        assertThat(run.displayName("VAL22")).contains("(passed over: val22-relay-deadletter-local-2026-03-20)");
    }
}
