package dev.junitproof.api.suite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.junitproof.api.result.CoverageRow;
import dev.junitproof.api.result.Outcomes;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a suite proves about one evidence unit: the checks to run, the readiness levels, the verdict rule and the
 * report layout. Built by {@link ProofSuite#prove}; holds the parsed evidence.
 */
@API(status = STABLE, since = "0.1")
public interface SuiteProof {

    /**
     * Prefix of the report entry keys that carry {@link #environment()} on the suite run's test (one key per line,
     * {@code proof.environment.<label>}), so report tools (Allure's environment) can show them.
     */
    String ENVIRONMENT_KEY_PREFIX = "proof.environment.";

    /** The tree of groups and checks, in report order. Readiness levels come after, from {@link #readiness()}. */
    List<PlanNode> plan();

    /** Readiness levels in the seed's order. */
    List<ReadinessLevel> readiness();

    /**
     * Pure function of outcomes: the verdict line's text, e.g. {@code DESIGN PARTNER READY}. By default the title of
     * the highest level reached in capitals, with its approved exceptions counted ({@link Verdicts#highestReached}),
     * else {@code NOT READY}.
     */
    default String verdict(Outcomes outcomes, List<ReadinessResult> readiness) {
        Map<String, String> byLevel = new LinkedHashMap<>();
        for (ReadinessLevel level : readiness()) {
            byLevel.put(level.key(), level.title().toUpperCase(Locale.ROOT));
        }
        return Verdicts.highestReached(readiness, byLevel, "NOT READY");
    }

    /** Coverage rows (per slice) for the report and its JSON; none by default. */
    default List<CoverageRow> coverage() {
        return List.of();
    }

    /** Base name of the text and JSON report, e.g. {@code val25-proof-report}. */
    String reportName();

    /** The heading of the default text report; the report's base name unless the suite names it. */
    default String title() {
        return reportName();
    }

    /**
     * The text report, line for line in the seed's format. By default the shared skeleton ({@link TextReport});
     * a suite overrides only the sections its seed lays out differently.
     */
    default String renderText(ProofResult result) {
        return new TextReport(this, result).render();
    }

    /**
     * Adds suite-specific fields to the JSON report, which already holds the contract's common fields
     * ({@code schema, suite, generated_at, verdict, checks, coverage, readiness, evidence}).
     */
    default void addJson(ObjectNode report, ProofResult result) {
    }

    /** Further files written next to the reports (e.g. per-day documents). */
    default List<ReportFile> extraFiles(ProofResult result) {
        return List.of();
    }

    /**
     * Charts drawn from the parsed evidence (names relative to the report directory, e.g.
     * {@code val25-val07-latency.png}): written next to the reports and attached in Allure to the readiness
     * tests. A chart that cannot be drawn is left out; the engine also survives a suite whose charts throw.
     */
    default List<BinaryReportFile> charts(ProofResult result) {
        return List.of();
    }

    /**
     * The report's environment lines (label to value, in the report's order, e.g. {@code Backend},
     * {@code Topology}): what the evidence was measured on. The text report prints them; the engine publishes
     * them so report tools show the same lines.
     */
    default Map<String, String> environment() {
        return Map.of();
    }

    /**
     * Files written back into the evidence unit itself (names relative to it, e.g. {@code reports/final.json}),
     * for suites whose evidence is read by another suite later. Return nothing unless the run's configuration
     * asked for it (write-back is opt-in); the engine writes them atomically and never outside the unit.
     */
    default List<ReportFile> evidenceFiles(ProofResult result) {
        return List.of();
    }
}
