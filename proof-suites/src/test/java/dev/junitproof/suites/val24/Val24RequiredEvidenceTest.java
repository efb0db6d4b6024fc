package dev.junitproof.suites.val24;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunResult.Shown;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.junitproof.suites.val24.Val24Runs.expect;
import static dev.junitproof.suites.val24.Val24Runs.matrix;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #15 class 5 through the whole engine: evidence a soak cannot be judged without (soak.json, the peer's receipts, a
 * rounds directory inside the evidence root) that is absent, unparsable or outside the root fails every check, so the
 * run fails (a non-zero exit) and the verdict is GATE D FAIL, never IN PROGRESS. Only what is not due yet pends.
 */
class Val24RequiredEvidenceTest {

    @TempDir
    Path tmp;

    private Path soak() {
        return SoakFixture.seedSample().days(3).writeTo(tmp.resolve("evidence"));
    }

    private ProofRunResult run(Path soak) {
        return ProofRunner.selectDirectory(soak).run(tmp.resolve("out"));
    }

    private static void failsWhole(ProofRunResult run, String because) {
        assertThat(matrix(run)).isEqualTo(expect("FFFFFFFFFF"));
        assertThat(run.tests("VAL24")).containsEntry("GATE_D", Shown.FAILED);
        assertThat(run.count(Shown.FAILED)).as("failed tests: the launcher exits non-zero").isGreaterThan(0);
        assertThat(run.message("VAL24-01")).contains("soak evidence unreadable: ", because);
        assertThat(run.report(Val24Runs.UNIT, "val24-status.txt")).contains("Gate D: FAIL (");
        assertThat(run.report(Val24Runs.UNIT, "val24-status.json")).contains("\"verdict\": \"GATE D FAIL\"");
    }

    @Test
    void theReceiptsDeleted() throws IOException {
        Path soak = soak();
        Files.delete(soak.resolve("peer-received.json"));

        failsWhole(run(soak), "peer-received.json not found");
    }

    @Test
    void soakJsonUnparsable() throws IOException {
        Path soak = soak();
        Files.writeString(soak.resolve("soak.json"), "{\"soak_id\": \"val24-relay-soak-2026-03-01\", ");

        failsWhole(run(soak), "soak.json");
    }

    @Test
    void roundsLinkedOutsideTheRoot() throws IOException {
        Path soak = soak();
        Path outside = tmp.resolve("elsewhere").resolve("rounds");
        Files.createDirectories(outside.getParent());
        Files.move(soak.resolve("rounds"), outside);
        Files.createSymbolicLink(soak.resolve("rounds"), outside);

        failsWhole(run(soak), "is a link that leaves the evidence root");
    }

    /** A soak set up but without its first round yet: nothing is wrong, everything is simply not due. */
    @Test
    void aSoakWithoutRoundsYetIsNotDueNotFailed() throws IOException {
        Path soak = SoakFixture.seedSample().rounds(0).writeTo(tmp.resolve("evidence"));
        deleteTree(soak.resolve("rounds"));

        ProofRunResult run = run(soak);

        assertThat(matrix(run)).isEqualTo(expect("AAAAAAAAAA"));
        assertThat(run.message("VAL24-01")).contains("not yet due: due when round 1 completes");
        assertThat(run.count(Shown.FAILED)).isZero();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
