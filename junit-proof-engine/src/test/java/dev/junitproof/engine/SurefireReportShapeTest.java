package dev.junitproof.engine;

import dev.junitproof.testing.ProofRunResult;
import dev.junitproof.testing.ProofRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape Maven Surefire (3.5.x, JUnit Platform provider) needs to write one report per suite run, checked on
 * the test plan without Surefire (CI checks the real files, see .ci/run): Surefire opens a report for each
 * container with a {@link ClassSource}, names everything after the top container's class source when it has one,
 * and counts a test in the report whose class name it reports the test under (for a {@link MethodSource} test,
 * the nearest class-source container's).
 */
class SurefireReportShapeTest {

    @TempDir
    Path tmp;

    private ProofRunResult runTwoUnitsUnderTheAnchor(Map<String, String> config) {
        DemoEvidence.passing().writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-23");
        DemoEvidence.passing().p99(600).writeTo(tmp.resolve("evidence"), "demo-lab-2026-03-24");
        ProofRunner runner = ProofRunner.selectClass(AnchoredDemoProof.class)
                .config("proof.evidence", tmp.resolve("evidence").toString())
                .config("proof.discover", "all")
                .config("proof.report.print", "false");
        config.forEach(runner::config);
        return runner.run(tmp.resolve("out"));
    }

    private static Optional<TestIdentifier> nearestClassSourceAncestor(TestIdentifier node,
            Map<String, TestIdentifier> byId) {
        Optional<TestIdentifier> parent = node.getParentId().map(byId::get);
        while (parent.isPresent() && !parent.get().getSource().filter(ClassSource.class::isInstance).isPresent()) {
            parent = parent.get().getParentId().map(byId::get);
        }
        return parent;
    }

    @Test
    void eachSuiteRunIsOneReportAndEveryTestIsCountedInItsSuiteRunsReport() {
        ProofRunResult result = runTwoUnitsUnderTheAnchor(Map.of());
        List<TestIdentifier> nodes = result.finishedIdentifiers();
        Map<String, TestIdentifier> byId = nodes.stream()
                .collect(Collectors.toMap(TestIdentifier::getUniqueId, Function.identity()));

        TestIdentifier anchor = byId.get("[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]");
        assertThat(anchor.getSource()).isEmpty();
        List<String> reports = nodes.stream().filter(TestIdentifier::isContainer)
                .map(TestIdentifier::getSource).flatMap(Optional::stream)
                .filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName()).sorted().toList();
        assertThat(reports).containsExactly("DEMO Proof - demo-lab-2026-03-23", "DEMO Proof - demo-lab-2026-03-24");

        List<TestIdentifier> tests = nodes.stream().filter(TestIdentifier::isTest).toList();
        // Both runs ran every check and level (tests("DEMO") is keyed by check id, so it holds one run's worth).
        assertThat(tests).hasSize(2 * result.tests("DEMO").size());
        assertThat(tests).allSatisfy(test -> {
            TestSource source = test.getSource().orElseThrow();
            assertThat(source).isInstanceOf(MethodSource.class);
            MethodSource method = (MethodSource) source;
            TestIdentifier run = nearestClassSourceAncestor(test, byId).orElseThrow();
            assertThat(run.getUniqueIdObject().getLastSegment().getType()).isEqualTo("suite");
            assertThat(method.getClassName()).isEqualTo(((ClassSource) run.getSource().orElseThrow()).getClassName());
            assertThat(method.getMethodName()).isEqualTo(test.getDisplayName());
            assertThat(test.getUniqueId()).startsWith(run.getUniqueId() + "/");
        });
        assertThat(tests).extracting(t -> ((MethodSource) t.getSource().orElseThrow()).getClassName())
                .containsOnly("DEMO Proof - demo-lab-2026-03-23", "DEMO Proof - demo-lab-2026-03-24");
        // Readable test-case names: check id and title, readiness level title.
        assertThat(tests).extracting(t -> ((MethodSource) t.getSource().orElseThrow()).getMethodName())
                .contains("DEMO-01 Latency: p99 <= 500ms");
    }

    @Test
    void theLongNamingStrategyNamesTheTestCaseWithItsGroup() {
        ProofRunResult result = runTwoUnitsUnderTheAnchor(Map.of("proof.naming-strategy", "long"));

        MethodSource source = (MethodSource) result.identifier("DEMO-01").getSource().orElseThrow();
        assertThat(source.getMethodName()).isEqualTo("Inputs – DEMO-01 Latency: p99 <= 500ms");
    }

    @Test
    void oneReportPerAnchorClassKeepsTheEvidenceFileAsTheChecksSource() {
        ProofRunResult result = runTwoUnitsUnderTheAnchor(Map.of("proof.surefire.report-per-suite-run", "false"));

        TestIdentifier anchor = result.identifier("dev.junitproof.engine.AnchoredDemoProof");
        assertThat(anchor.getSource()).contains(ClassSource.from(AnchoredDemoProof.class));
        assertThat(result.identifier("DEMO-01").getSource()).containsInstanceOf(FileSource.class);
        assertThat(result.finishedIdentifiers()).filteredOn(TestIdentifier::isContainer)
                .filteredOn(c -> c.getSource().filter(ClassSource.class::isInstance).isPresent())
                .containsExactly(anchor);
    }

    /** What a check's source is when the engine runs with and without Surefire's forked-JVM property. */
    private Optional<org.junit.platform.engine.TestSource> checkSourceWith(String surefireClassPath) {
        String saved = System.getProperty("surefire.test.class.path");
        try {
            if (surefireClassPath == null) {
                System.clearProperty("surefire.test.class.path");
            } else {
                System.setProperty("surefire.test.class.path", surefireClassPath);
            }
            return runTwoUnitsUnderTheAnchor(Map.of()).identifier("DEMO-01").getSource();
        } finally {
            if (saved == null) {
                System.clearProperty("surefire.test.class.path");
            } else {
                System.setProperty("surefire.test.class.path", saved);
            }
        }
    }

    @Test
    void inAnIdeWithoutAnySettingAChecksSourceIsItsEvidenceFile() {
        assertThat(checkSourceWith(null)).get().isInstanceOf(org.junit.platform.engine.support.descriptor.FileSource.class);
    }

    @Test
    void underSurefireWithoutAnySettingAChecksSourceIsItsSuiteRunsReport() {
        assertThat(checkSourceWith("target/test-classes")).get().isInstanceOf(MethodSource.class);
    }
}
