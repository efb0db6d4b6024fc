package dev.junitproof.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * How the proof tree maps onto Maven Surefire's reports, which are made for classes: Surefire (3.5.x, JUnit
 * Platform provider) opens one report file, a "test set", for every container whose source is a
 * {@link ClassSource}, and names that file and every test in it after the class source of the <em>top</em>
 * container under the engine when that one has a class source. So an anchor class with a class source would put
 * every suite run of every evidence unit into one {@code TEST-<anchor>.xml}.
 *
 * <p>Instead, under an anchor each suite run is its own test set: it carries a class source named after the
 * suite and the evidence unit, e.g. {@code VAL25 Fleet Rollout Proof - cli-audit-lab-2026-03-23}, which gives
 * {@code TEST-VAL25 Fleet Rollout Proof - cli-audit-lab-2026-03-23.xml} (no brackets: Surefire replaces them in file
 * names), and the
 * anchor carries no source. Surefire also counts a test only in the test set whose class name it reports the test
 * under, which for a test without a method source is its parent's display name (a group's, not the suite run's):
 * so each check and readiness level carries a {@link MethodSource} whose class is the suite run's name and whose
 * method is the test's display name, the name Surefire's XML gives the test case. These names are report names,
 * not loadable classes and methods; tools that try to load them (Surefire's {@code @DisplayName} lookup) find no
 * annotations. The price: such a check has no {@code FileSource} for an IDE to open, so
 * {@code proof.surefire.report-per-suite-run=false} keeps the earlier shape (one report per anchor class).
 *
 * <p>An anchor that runs no suite (its evidence is missing, or holds nothing a suite claims) keeps its class
 * source: then it is the test set, so its failure is counted and reported instead of falling outside any report.
 */
final class SurefireTestSets {

    private SurefireTestSets() {
    }

    /** The report name of one suite run: suite title and evidence unit, unique within one anchor's run. */
    static String suiteRunName(String suiteTitle, String unitName) {
        return suiteTitle + " - " + unitName;
    }

    static TestSource suiteRunSource(String suiteTitle, String unitName) {
        return ClassSource.from(suiteRunName(suiteTitle, unitName));
    }

    /** The source of a check or readiness level in the suite run's report: Surefire names its test case after it. */
    static TestSource testSource(String suiteRunName, String testName) {
        return MethodSource.from(suiteRunName, testName);
    }
}
