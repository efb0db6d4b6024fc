package dev.junitproof.testing.mutation;

import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;
import dev.junitproof.engine.DemoSuites;
import dev.junitproof.testing.mutation.MutationReport.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence mutation machinery on the engine's demo suite, whose one judged figure is p99 (<= 500 ms): each
 * kind of mutant is generated, each must do what it expects, and the demo's unjudged {@code samples} field is
 * exactly what survives.
 */
class EvidenceMutationTestingTest {

    private static final String UNIT = "demo-lab-2026-03-23";
    private static final String FILE = UNIT + "/demo.json";

    @TempDir
    Path tmp;

    private EvidenceSet baseline() {
        DemoSuites.passingEvidence(tmp.resolve("fixture"), UNIT);
        return EvidenceSet.read(tmp.resolve("fixture"));
    }

    @Test
    void everyFieldIsRemovedRetypedAndMovedAndTheTargetIsApproachedFromBothSides() {
        List<Mutation> mutations = EvidenceMutator.of(baseline())
                .target("/latency/p99_ms", Target.atMost(500, Unit.MILLISECONDS)).mutations();

        assertThat(mutations).extracting(Mutation::description).contains(
                "/latency/p99_ms removed",
                "/latency/p99_ms 24.1 -> null",
                "/latency/p99_ms 24.1 -> \"24.1\"",
                "/latency/p99_ms 24.1 -> 500.000001 (past <= 500 ms)",
                "/latency/p99_ms 24.1 -> 500.0 (onto <= 500 ms)",
                "/latency/samples 20 -> 21",
                "/latency/samples 20 -> 19",
                "/generated_at \"2026-03-23T10:15:02Z\" -> \"2026-03-23T10:15:02Z-mutated\"");
        assertThat(mutations).filteredOn(m -> m.kind() == Mutation.Kind.NUMBER_ONTO_TARGET)
                .singleElement().extracting(Mutation::expect).isEqualTo(Mutation.Expect.SAME);
    }

    @Test
    void theJudgedFigureKillsEveryMutantAndTheUnjudgedFieldSurvives() {
        EvidenceSet baseline = baseline();
        List<Mutation> mutations = EvidenceMutator.of(baseline)
                .target("/latency/p99_ms", Target.atMost(500, Unit.MILLISECONDS)).mutations();

        MutationReport report = MutationRun.of(DemoSuites.suite(), UNIT).run(tmp.resolve("work"), baseline, mutations);

        assertThat(report.results()).filteredOn(r -> r.mutation().pointer().equals("/latency/p99_ms"))
                .extracting(MutationReport.Result::verdict)
                .containsOnly(Verdict.KILLED, Verdict.KEPT).contains(Verdict.KEPT);
        assertThat(report.results()).filteredOn(r -> r.mutation().description().contains("past <= 500 ms"))
                .singleElement().satisfies(r -> assertThat(r.detail()).contains("DEMO-01 PASS -> FAIL", "verdict PARTNER READY -> NOT READY"));
        // The demo reads "samples" and its own time and judges them nowhere: mutation testing finds exactly those.
        assertThat(report.failures()).extracting(r -> r.mutation().pointer())
                .isNotEmpty().allMatch(p -> p.equals("/latency/samples") || p.equals("/generated_at"))
                .contains("/latency/samples", "/generated_at");
        assertThat(report.summary()).startsWith("DEMO evidence mutation score: ");
    }

    @Test
    void aFieldDeclaredInformationalIsLeftApartWithItsReason() {
        EvidenceSet baseline = baseline();
        List<Mutation> mutations = EvidenceMutator.of(baseline)
                .target("/latency/p99_ms", Target.atMost(500, Unit.MILLISECONDS)).mutations();

        MutationReport report = MutationRun.of(DemoSuites.withInformationalSamples(), UNIT)
                .run(tmp.resolve("work"), baseline, mutations);

        assertThat(report.failures()).as(report.failureText()).isEmpty();
        assertThat(report.results()).filteredOn(r -> r.verdict() == Verdict.INFORMATIONAL)
                .isNotEmpty().extracting(MutationReport.Result::detail)
                .containsOnly("the demo prints the sample count only", "the demo does not judge its own time");
        assertThat(report.summary()).endsWith(report.count(Verdict.INFORMATIONAL) + " informational");
    }

    @Test
    void aRunLeavesTheEvidenceAsItFoundIt() {
        EvidenceSet baseline = baseline();
        List<Mutation> mutations = EvidenceMutator.of(baseline).mutations();

        MutationRun.of(DemoSuites.suite(), UNIT).run(tmp.resolve("work"), baseline, mutations);

        EvidenceSet after = EvidenceSet.read(tmp.resolve("work"));
        assertThat(after.json(FILE)).isEqualTo(baseline.json(FILE));
    }
}
