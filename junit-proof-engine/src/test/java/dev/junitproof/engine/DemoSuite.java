package dev.junitproof.engine;

import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.suite.BinaryReportFile;
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
import dev.junitproof.api.suite.ReportFile;
import dev.junitproof.api.suite.SourceRef;
import dev.junitproof.api.suite.SuiteProof;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test-only suite that exercises every engine mechanism without any VAL knowledge: a schema-validated file,
 * a threshold check, a pending check, a summary check that depends on others, readiness levels that pass,
 * fail and are unreachable, and a text report.
 */
public final class DemoSuite implements ProofSuite {

    static final String SCHEMA = "/dev/junitproof/engine/demo.schema.json";
    /** {@code proof.demo.charts=broken}: the chart throws what Java2D throws on a machine without fontconfig. */
    static final String CHARTS = "proof.demo.charts";
    /** {@code proof.demo.daily=N}: N extra report files, {@code daily-01.txt}…, as a soak writes its days. */
    static final String DAILY = "proof.demo.daily";
    /** The demo chart's height; its width is the measured p99 in ms, rounded (so the tests can tell it). */
    static final int CHART_HEIGHT = 3;

    /** The evidence: {@code demo.json}. */
    public record Demo(String generatedAt, Latency latency, Boolean pending) {
    }

    /** {@code latency {p99_ms, samples}}. */
    public record Latency(double p99Ms, int samples) {
    }

    @Override
    public String id() {
        return "DEMO";
    }

    @Override
    public String title() {
        return "DEMO Proof";
    }

    @Override
    public EvidenceLayout layout() {
        return EvidenceLayout.datedDirectory("demo-lab-");
    }

    @Override
    public List<dev.junitproof.api.suite.Setting> settings() {
        return List.of(dev.junitproof.api.suite.Setting.oneOf(CHARTS, "broken", "drawn", "none"),
                dev.junitproof.api.suite.Setting.atLeast(DAILY, 0));
    }

    /**
     * The demo's GA level: one criterion judged from evidence (never approvable), one only an attestation can
     * meet, one the seed would let an approved exception meet.
     */
    static final List<Criterion> GA_CRITERIA = List.of(
            Criterion.checks("DEMO-03 passes", "DEMO-03").withId("GA-1"),
            Criterion.external("GA-2", "External security audit", dev.junitproof.api.suite.ApprovalKind.ATTESTED),
            Criterion.external("GA-3", "Daily reset validated live, or an approved exception",
                    dev.junitproof.api.suite.ApprovalKind.ATTESTED, dev.junitproof.api.suite.ApprovalKind.EXCEPTION));

    @Override
    public List<Criterion> readinessCriteria() {
        return GA_CRITERIA;
    }

    /** The last proof this suite made, weakly: a test sees whether anything keeps a finished run alive. */
    static volatile java.lang.ref.WeakReference<SuiteProof> lastProof = new java.lang.ref.WeakReference<>(null);

    @Override
    public SuiteProof prove(EvidenceReader reader, ProofSettings settings) {
        SuiteProof proof = new DemoProof(reader.readJson(Demo.class, "demo.json", SCHEMA),
                settings.get(CHARTS).map("broken"::equals).orElse(false),
                settings.get(DAILY).map(Integer::parseInt).orElse(0));
        lastProof = new java.lang.ref.WeakReference<>(proof);
        return proof;
    }

    static final class DemoProof implements SuiteProof {
        private final Loaded<Demo> demo;
        private final boolean brokenCharts;
        private final int dailyFiles;

        DemoProof(Loaded<Demo> demo, boolean brokenCharts, int dailyFiles) {
            this.demo = demo;
            this.brokenCharts = brokenCharts;
            this.dailyFiles = dailyFiles;
        }

        @Override
        public List<ReportFile> extraFiles(ProofResult result) {
            return java.util.stream.IntStream.rangeClosed(1, dailyFiles)
                    .mapToObj(day -> new ReportFile(String.format("daily-%02d.txt", day), "day " + day + " "
                            + result.verdictText()))
                    .toList();
        }

        @Override
        public List<PlanNode> plan() {
            SourceRef p99 = SourceRef.of("demo.json", "/latency/p99_ms");
            CheckSpec latency = new CheckSpec("DEMO-01", "Latency: p99 <= 500ms", p99, check -> {
                check.source(p99).target("<= 500 ms");
                if (!(demo instanceof Loaded.Present<Demo> present)) {
                    check.detail("MISSING: " + demo.missingDetail());
                    throw new AssertionError("demo.json MISSING: " + demo.missingDetail());
                }
                double value = present.value().latency().p99Ms();
                check.measured(value + " ms").detail("measured p99=" + value + "ms");
                assertThat(value).as("p99 (ms)").isLessThanOrEqualTo(500.0);
            });
            CheckSpec due = new CheckSpec("DEMO-02", "Soak: not yet due", null, check -> {
                if (demo.optional().map(d -> Boolean.TRUE.equals(d.pending())).orElse(false)) {
                    check.pending("due on day 7");
                }
                check.detail("due");
            });
            CheckSpec summary = new CheckSpec("DEMO-03", "Summary: DEMO-01 passed", null, check -> {
                check.detail("DEMO-01 " + check.outcome("DEMO-01").status());
                assertThat(check.outcome("DEMO-01").passed()).as("DEMO-01 passed").isTrue();
            }).withCriterion("DEMO-01 PASS");
            return List.of(
                    CheckGroup.of("inputs", "Inputs", SourceRef.file("demo.json"), List.of(latency)),
                    CheckGroup.matrix("matrix", "Check matrix", List.of(due, summary)));
        }

        @Override
        public List<ReadinessLevel> readiness() {
            return List.of(
                    new ReadinessLevel("PARTNER", "Partner ready", List.of(Criterion.checks("DEMO-01 and DEMO-03 pass", "DEMO-01", "DEMO-03"))),
                    new ReadinessLevel("GA", "GA ready", GA_CRITERIA));
        }

        @Override
        public String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
            return readiness.get(0).ready() ? "PARTNER READY" : "NOT READY";
        }

        @Override
        public List<CoverageRow> coverage() {
            return List.of(new CoverageRow("DEMO", "Demo input", "DEMO-01", demo.isPresent() ? 1 : 0, 1,
                    demo.missingDetail()));
        }

        @Override
        public String reportName() {
            return "demo-proof-report";
        }

        @Override
        public String renderText(ProofResult result) {
            StringBuilder sb = new StringBuilder();
            sb.append("DEMO Proof Report\n");
            sb.append("Generated: ").append(result.generatedText()).append('\n');
            for (String id : List.of("DEMO-01", "DEMO-02", "DEMO-03")) {
                sb.append("  ").append(id).append(' ').append(result.outcomes().statusLabel(id)).append('\n');
            }
            sb.append("Verdict: ").append(result.verdictText()).append('\n');
            return sb.toString();
        }

        /** One real PNG, p99 pixels wide; none without evidence. */
        @Override
        public List<BinaryReportFile> charts(ProofResult result) {
            if (brokenCharts) {
                throw new InternalError("java.lang.reflect.InvocationTargetException (no fontconfig)");
            }
            return demo.optional().map(d -> List.of(new BinaryReportFile("demo-latency.png", BinaryReportFile.PNG,
                    png((int) Math.max(1, Math.round(d.latency().p99Ms())), CHART_HEIGHT)))).orElse(List.of());
        }

        @Override
        public Map<String, String> environment() {
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("Backend", "demo store (in memory)");
            lines.put("Topology", "one node");
            return lines;
        }

        private static byte[] png(int width, int height) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
