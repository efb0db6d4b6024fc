package dev.junitproof.engine;

import dev.junitproof.api.result.Measurement;
import dev.junitproof.api.result.Target;
import dev.junitproof.api.result.Unit;
import dev.junitproof.api.suite.ApprovalKind;
import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.Criterion;
import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.Loaded;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.ReadinessLevel;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.api.suite.SuiteProof;

import java.util.List;

/**
 * What a new suite has to write, and nothing more: its evidence, its checks and its readiness levels. The verdict,
 * coverage and text report are the SPI's defaults (the shared skeleton), so this suite is the test of them.
 */
public final class MinimalSuite implements ProofSuite {

    static final Target P99 = Target.atMost(500, Unit.MILLISECONDS);
    static final Target SAMPLES = Target.atLeast(20, Unit.COUNT);

    @Override
    public String id() {
        return "MINI";
    }

    @Override
    public String title() {
        return "MINI Proof";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("mini-lab-");
    }

    static final List<Criterion> GA = List.of(Criterion.external("GA-1", "External audit", ApprovalKind.ATTESTED));

    @Override
    public List<Criterion> readinessCriteria() {
        return GA;
    }

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        Loaded<DemoSuite.Demo> demo = reader.readJson(DemoSuite.Demo.class, "demo.json", DemoSuite.SCHEMA);
        return new SuiteProof() {
            @Override
            public List<PlanNode> plan() {
                SourceRef p99 = SourceRef.of("demo.json", "/latency/p99_ms");
                SourceRef samples = SourceRef.of("demo.json", "/latency/samples");
                return List.of(CheckGroup.matrix("matrix", "Checks", List.of(
                        new CheckSpec("MINI-01", "p99 " + P99.text(), p99, check -> check.meets("p99",
                                Measurement.millis(demo.required().latency().p99Ms()), P99, p99)),
                        new CheckSpec("MINI-02", "samples " + SAMPLES.text(), samples, check -> check.meets("samples",
                                Measurement.count(demo.required().latency().samples()), SAMPLES, samples)))));
            }

            @Override
            public List<ReadinessLevel> readiness() {
                return List.of(
                        new ReadinessLevel("PILOT", "Pilot Ready",
                                List.of(Criterion.checks("MINI-01 and MINI-02 pass", "MINI-01", "MINI-02"))),
                        new ReadinessLevel("GA", "GA Ready", List.of(
                                Criterion.checks("Pilot Ready", "MINI-01", "MINI-02"), GA.get(0))));
            }

            @Override
            public String reportName() {
                return "mini-proof-report";
            }

            @Override
            public String title() {
                return "MINI Proof Report";
            }
        };
    }
}
