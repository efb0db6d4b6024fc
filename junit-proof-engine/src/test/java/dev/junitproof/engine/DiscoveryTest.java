package dev.junitproof.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

class DiscoveryTest {

    @TempDir
    Path tmp;

    private static List<String> ids(EngineDiscoveryResults results) {
        return results.getEngineDescriptor().getDescendants().stream()
                .map(d -> d.getUniqueId().toString())
                .sorted()
                .collect(Collectors.toList());
    }

    private static EngineDiscoveryResults discover(LauncherDiscoveryRequestBuilder request) {
        return EngineTestKit.discover("proof", request.build());
    }

    @Test
    void aSelectedUnitDirectoryIsProvedByTheSuiteThatClaimsItsName() {
        Path unit = DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request().selectors(selectDirectory(unit.toFile())));

        assertThat(ids(results)).containsExactly(
                "[engine:proof]/[evidence:demo-lab-2026-03-23]",
                "[engine:proof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]");
        TestDescriptor run = results.getEngineDescriptor().getDescendants().stream()
                .filter(d -> d.getUniqueId().getLastSegment().getType().equals("suite")).findFirst().orElseThrow();
        assertThat(run.getDisplayName()).isEqualTo("DEMO Proof");
        assertThat(run.getSource()).containsInstanceOf(DirectorySource.class);
    }

    @Test
    void anEvidenceRootProvesTheNewestDatedDirectoryByTheDateInItsName() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-24");
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-02-30");  // no such date
        DemoEvidence.passing().writeTo(tmp, "demo-lab-old");          // only shares the prefix
        DemoEvidence.passing().writeTo(tmp, "other-2026-03-25");      // nobody's directory

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request().selectors(selectDirectory(tmp.toFile())));

        assertThat(ids(results)).containsExactly(
                "[engine:proof]/[evidence:demo-lab-2026-03-24]",
                "[engine:proof]/[evidence:demo-lab-2026-03-24]/[suite:DEMO]");
    }

    @Test
    void discoverAllProvesEveryDatedDirectoryOfARoot() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-24");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(tmp.toFile()))
                .configurationParameter("proof.discover", "all"));

        assertThat(ids(results)).containsExactly(
                "[engine:proof]/[evidence:demo-lab-2026-03-23]",
                "[engine:proof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]",
                "[engine:proof]/[evidence:demo-lab-2026-03-24]",
                "[engine:proof]/[evidence:demo-lab-2026-03-24]/[suite:DEMO]");
    }

    @Test
    void directoriesNoSuiteClaimsAreIgnored() throws Exception {
        Files.createDirectories(tmp.resolve("unrelated/stuff"));

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(tmp.resolve("unrelated").toFile())));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void aDirectoryThatLeavesTheRootThroughALinkIsNotAUnit() throws Exception {
        Path outside = DemoEvidence.passing().writeTo(tmp.resolve("elsewhere"), "demo-lab-2026-03-23");
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.createSymbolicLink(root.resolve("demo-lab-2026-03-24"), outside);

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request().selectors(selectDirectory(root.toFile())));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void proofEvidenceIsUsedWhenNoDirectoryIsSelected() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("proof.evidence", tmp.toString()));

        assertThat(ids(results)).contains("[engine:proof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]");
    }

    @Test
    void underAnAnchorEachSuiteRunIsItsOwnSurefireReportNamedAfterSuiteAndEvidence() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-24");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(AnchoredDemoProof.class))
                .configurationParameter("proof.evidence", tmp.toString())
                .configurationParameter("proof.discover", "all"));

        TestDescriptor anchor = results.getEngineDescriptor().getChildren().iterator().next();
        assertThat(anchor.getUniqueId().toString()).isEqualTo("[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]");
        // Surefire names every report below a top container with a class source after that class: none here.
        assertThat(anchor.getSource()).isEmpty();
        assertThat(anchor.getLegacyReportingName()).isEqualTo(AnchoredDemoProof.class.getName());
        List<TestDescriptor> runs = anchor.getDescendants().stream()
                .filter(d -> d.getUniqueId().getLastSegment().getType().equals("suite"))
                .sorted(Comparator.comparing(d -> d.getUniqueId().toString()))
                .collect(Collectors.toList());
        assertThat(runs).extracting(d -> d.getUniqueId().toString()).containsExactly(
                "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]",
                "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]/[evidence:demo-lab-2026-03-24]/[suite:DEMO]");
        // One class source per suite run: one Surefire report file each, named TEST-<class name>.xml.
        assertThat(runs).extracting(TestDescriptor::getSource).containsExactly(
                Optional.of(ClassSource.from("DEMO Proof - demo-lab-2026-03-23")),
                Optional.of(ClassSource.from("DEMO Proof - demo-lab-2026-03-24")));
        assertThat(runs).extracting(TestDescriptor::getLegacyReportingName).containsExactly(
                "DEMO Proof - demo-lab-2026-03-23", "DEMO Proof - demo-lab-2026-03-24");
        assertThat(runs).extracting(TestDescriptor::getDisplayName).containsExactly("DEMO Proof", "DEMO Proof");
        // The evidence containers between anchor and suite run must not open a report of their own.
        assertThat(anchor.getChildren()).allSatisfy(evidence ->
                assertThat(evidence.getSource()).containsInstanceOf(DirectorySource.class));
    }

    @Test
    void anAnchorWhoseEvidenceIsMissingIsItsOwnSurefireReportSoItsFailureIsCounted() {
        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(AnchoredDemoProof.class))
                .configurationParameter("proof.evidence", tmp.resolve("absent").toString()));

        TestDescriptor anchor = results.getEngineDescriptor().getChildren().iterator().next();
        assertThat(anchor.getChildren()).isEmpty();
        assertThat(anchor.getSource()).contains(ClassSource.from(AnchoredDemoProof.class));
    }

    @Test
    void anAnchorWhoseEvidenceHoldsNothingASuiteClaimsIsItsOwnSurefireReport() {
        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(AnchoredDemoProof.class))
                .configurationParameter("proof.evidence", tmp.toString()));

        TestDescriptor anchor = results.getEngineDescriptor().getChildren().iterator().next();
        assertThat(anchor.getChildren()).isEmpty();
        assertThat(anchor.getSource()).contains(ClassSource.from(AnchoredDemoProof.class));
    }

    @Test
    void anAnchorSelectedTwiceIsOneAnchorWithItsSuiteRunsOnce() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(AnchoredDemoProof.class), selectClass(AnchoredDemoProof.class.getName()))
                .configurationParameter("proof.evidence", tmp.toString()));

        assertThat(ids(results)).containsExactly(
                "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]",
                "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]/[evidence:demo-lab-2026-03-23]",
                "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]");
    }

    @Test
    void aSelectedClassThatCannotBeLoadedIsNotOurs() {
        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass("dev.junitproof.engine.NoSuchAnchor")));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void aUniqueIdUnderAnAnchorResolvesToTheAnchoredSuiteRunWithItsOwnReport() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        String anchor = "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]";

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId(anchor + "/[evidence:demo-lab-2026-03-23]/[suite:DEMO]/[group:matrix]/[check:DEMO-03]"))
                .configurationParameter("proof.evidence", tmp.toString()));

        assertThat(ids(results)).containsExactly(anchor, anchor + "/[evidence:demo-lab-2026-03-23]",
                anchor + "/[evidence:demo-lab-2026-03-23]/[suite:DEMO]");
        TestDescriptor run = results.getEngineDescriptor().findByUniqueId(
                UniqueId.parse(anchor + "/[evidence:demo-lab-2026-03-23]/[suite:DEMO]")).orElseThrow();
        assertThat(run.getSource()).contains(ClassSource.from("DEMO Proof - demo-lab-2026-03-23"));
    }

    @Test
    void aUniqueIdNamingAnUnknownAnchorClassOrNoEvidenceResolvesToNothing() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId("[engine:proof]/[anchor:dev.junitproof.engine.NoSuchAnchor]/[evidence:demo-lab-2026-03-23]"),
                        selectUniqueId("[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]"),
                        selectUniqueId("[engine:proof]/[evidence:demo-lab-2099-01-01]"))
                .configurationParameter("proof.evidence", tmp.toString()));

        assertThat(results.getEngineDescriptor().getDescendants()).extracting(d -> d.getUniqueId().toString())
                .allMatch(id -> id.equals("[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]"));
        assertThat(results.getEngineDescriptor().getDescendants()).filteredOn(d -> d.getUniqueId().getLastSegment()
                .getType().equals("suite")).isEmpty();
    }

    @Test
    void theEngineKnowsItsVersion() {
        assertThat(new ProofTestEngine().getVersion()).contains("0.1.0-SNAPSHOT");
    }

    @Test
    void classesWithoutTheAnnotationAreNotOurs() {
        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(DiscoveryTest.class)));

        assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    }

    @Test
    void aUniqueIdOfACheckResolvesToItsSuiteRunThroughProofEvidence() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        UniqueId check = UniqueId.parse("[engine:proof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]/[group:matrix]/[check:DEMO-03]");

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectUniqueId(check))
                .configurationParameter("proof.evidence", tmp.toString())
                .build();
        EngineDiscoveryResults results = EngineTestKit.discover("proof", request);

        assertThat(ids(results)).containsExactly(
                "[engine:proof]/[evidence:demo-lab-2026-03-23]",
                "[engine:proof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]");
    }

    @Test
    void uniqueIdsThatStopShortResolveToNothingWithoutAnError() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        String anchor = "[engine:proof]/[anchor:dev.junitproof.engine.AnchoredDemoProof]";

        for (String id : List.of("[engine:proof]", anchor, "[engine:proof]/[suite:DEMO]",
                "[engine:proof]/[anchor:dev.junitproof.engine.NoSuchAnchor]/[evidence:demo-lab-2026-03-23]",
                anchor + "/[suite:DEMO]")) {
            EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectUniqueId(id))
                    .configurationParameter("proof.evidence", tmp.toString()));

            // The platform reports an unresolved selector; what must not happen is a resolver that throws.
            assertThat(results.getDiscoveryIssues()).as(id).allSatisfy(issue -> {
                assertThat(issue.message()).endsWith("could not be resolved");
                assertThat(issue.cause()).isEmpty();
            });
            assertThat(results.getEngineDescriptor().getDescendants()).as(id)
                    .noneMatch(d -> d.getUniqueId().getLastSegment().getType().equals("suite"));
        }
    }

    @Test
    void aUniqueIdOfASuiteRunSelectsTheWholeRunAndOfACheckOnlyThatCheck() {
        DemoEvidence.passing().writeTo(tmp, "demo-lab-2026-03-23");
        String run = "[engine:proof]/[evidence:demo-lab-2026-03-23]/[suite:DEMO]";

        dev.junitproof.testing.ProofRunResult whole = dev.junitproof.testing.ProofRunner.selectUniqueId(run)
                .config("proof.evidence", tmp.toString()).run(tmp.resolve("out-whole"));
        dev.junitproof.testing.ProofRunResult one = dev.junitproof.testing.ProofRunner.selectUniqueId(run + "/[group:matrix]/[check:DEMO-03]")
                .config("proof.evidence", tmp.toString()).run(tmp.resolve("out-one"));

        assertThat(whole.tests()).containsOnlyKeys("DEMO-01", "DEMO-02", "DEMO-03", "PARTNER", "GA");
        assertThat(whole.report("demo-lab-2026-03-23", "demo-proof-report.txt")).contains("Verdict: PARTNER READY");
        dev.junitproof.testing.ProofRunResult both = dev.junitproof.testing.ProofRunner.selectUniqueId(run + "/[group:matrix]/[check:DEMO-03]")
                .select(selectUniqueId(run)).config("proof.evidence", tmp.toString()).run(tmp.resolve("out-both"));

        assertThat(both.tests()).as("a check and its whole run selected: the whole run")
                .containsOnlyKeys("DEMO-01", "DEMO-02", "DEMO-03", "PARTNER", "GA");
        assertThat(one.tests()).containsOnlyKeys("DEMO-03");
        assertThat(one.report("demo-lab-2026-03-23", "demo-proof-report-partial.txt")).doesNotContain("Verdict: PARTNER READY");
    }

    @Test
    void anEvidenceDirectoryThatDoesNotExistIsAWarningAndAFailingTest() {
        Path absent = tmp.resolve("absent");

        EngineDiscoveryResults results = discover(LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("proof.evidence", absent.toString()));

        assertThat(results.getEngineDescriptor().getChildren()).singleElement()
                .satisfies(test -> assertThat(test.getUniqueId().getLastSegment().getType()).isEqualTo("unusable-evidence"));
        assertThat(results.getDiscoveryIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(org.junit.platform.engine.DiscoveryIssue.Severity.WARNING);
            assertThat(issue.message()).isEqualTo("evidence directory " + absent + " does not exist");
            assertThat(issue.source()).isEmpty();
        });
    }
}
