package dev.junitproof.engine;

import dev.junitproof.api.suite.EvidenceLayout;
import dev.junitproof.api.suite.EvidenceReader;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.ProofSettings;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.api.suite.SuiteProof;

import java.nio.file.Path;
import java.util.List;

/** The demo suite and its evidence for tests outside this package (the test kit's own tests). */
public final class DemoSuites {

    private DemoSuites() {
    }

    public static ProofSuite suite() {
        return new DemoSuite();
    }

    /** The demo suite declaring what it judges nowhere informational: {@code /latency/samples}, {@code /generated_at}. */
    public static ProofSuite withInformationalSamples() {
        ProofSuite demo = new DemoSuite();
        return new ProofSuite() {
            public String id() {
                return demo.id();
            }

            public String title() {
                return demo.title();
            }

            public EvidenceLayout layout() {
                return demo.layout();
            }

            public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
                return demo.prove(reader, settings);
            }

            public List<InformationalField> informationalFields() {
                return List.of(new InformationalField("demo.json", "/latency/samples",
                        "the demo prints the sample count only"),
                        new InformationalField("demo.json", "/generated_at", "the demo does not judge its own time"));
            }
        };
    }

    /**
     * Writes demo evidence of one variant to {@code <root>/<unitName>/demo.json}; returns the unit. Variants:
     * {@code passing}, {@code slow} (p99 612.5 ms, past its 500 ms target), {@code pending} (DEMO-02 not yet due).
     */
    public static Path evidence(Path root, String unitName, String variant) {
        DemoEvidence evidence = switch (variant) {
            case "passing" -> DemoEvidence.passing();
            case "slow" -> DemoEvidence.passing().p99(612.5);
            case "pending" -> DemoEvidence.passing().pending();
            default -> throw new IllegalArgumentException("no demo variant " + variant);
        };
        return evidence.writeTo(root, unitName);
    }

    /** Writes passing demo evidence to {@code <root>/<unitName>/demo.json}; returns the unit. */
    public static Path passingEvidence(Path root, String unitName) {
        return DemoEvidence.passing().writeTo(root, unitName);
    }
}
