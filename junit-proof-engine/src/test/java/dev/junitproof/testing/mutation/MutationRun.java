package dev.junitproof.testing.mutation;

import dev.junitproof.api.result.CheckOutcome;
import dev.junitproof.api.result.ProofResult;
import dev.junitproof.api.result.ReadinessResult;
import dev.junitproof.api.result.SuiteJudgment;
import dev.junitproof.api.suite.InformationalField;
import dev.junitproof.api.suite.ProofSuite;
import dev.junitproof.engine.Judgments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence mutation testing: the suite judges good evidence once, then each mutant of it, through the engine's
 * own evaluator ({@link Judgments}, no launcher, no report files), and every mutant must do what it expects: change
 * some check's status, a readiness level or the verdict, or change nothing. A mutant of a field the suite declares
 * informational ({@link ProofSuite#informationalFields}) is left apart, with the declaration's reason.
 */
public final class MutationRun {

    private final ProofSuite suite;
    private final String unit;
    private final Map<String, String> settings = new LinkedHashMap<>();

    private MutationRun(ProofSuite suite, String unit) {
        this.suite = suite;
        this.unit = unit;
        settings.put("proof.clock", "2026-03-23T12:00:00Z");
    }

    /**
     * @param unit the evidence unit the suite proves, relative to the evidence root ({@code cli-audit-lab-2026-03-23},
     *             or {@code ""} for a suite that proves the root itself)
     */
    public static MutationRun of(ProofSuite suite, String unit) {
        return new MutationRun(suite, unit);
    }

    public MutationRun setting(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** Judges the baseline and every mutation in {@code work} (a fresh directory; tmpfs makes it fast). */
    public MutationReport run(Path work, EvidenceSet baseline, List<Mutation> mutations) {
        baseline.writeTo(work);
        Map<String, String> expected = signature(judge(work));
        List<MutationReport.Result> results = new ArrayList<>();
        EvidenceSet current = baseline;
        for (Mutation mutation : mutations) {
            Optional<InformationalField> informational = informational(mutation);
            if (informational.isPresent()) {
                results.add(new MutationReport.Result(mutation, MutationReport.Verdict.INFORMATIONAL,
                        informational.get().reason()));
                continue;
            }
            EvidenceSet mutant = mutation.apply().apply(baseline);
            mutant.rewrite(work, current);
            current = mutant;
            Map<String, String> got;
            try {
                got = signature(judge(work));
            } catch (RuntimeException | StackOverflowError crash) {
                results.add(new MutationReport.Result(mutation, MutationReport.Verdict.CRASHED, crash.toString()));
                continue;
            }
            String difference = difference(expected, got);
            boolean changed = !difference.isEmpty();
            MutationReport.Verdict verdict = mutation.expect() == Mutation.Expect.CHANGE
                    ? changed ? MutationReport.Verdict.KILLED : MutationReport.Verdict.SURVIVED
                    : changed ? MutationReport.Verdict.UNEXPECTED : MutationReport.Verdict.KEPT;
            results.add(new MutationReport.Result(mutation, verdict, difference));
        }
        baseline.rewrite(work, current);
        return new MutationReport(suite.id(), results);
    }

    private SuiteJudgment judge(Path root) {
        Path unitDir = unit.isEmpty() ? root : root.resolve(unit);
        return Judgments.judge(suite, root, unitDir, key -> Optional.ofNullable(settings.get(key)));
    }

    private Optional<InformationalField> informational(Mutation mutation) {
        String prefix = unit.isEmpty() ? "" : unit + "/";
        if (!mutation.file().startsWith(prefix)) {
            return Optional.empty();
        }
        String file = mutation.file().substring(prefix.length());
        return suite.informationalFields().stream().filter(f -> f.covers(file, mutation.pointer())).findFirst();
    }

    /** Every check's status, every level's, and the verdict: what a mutant must change (or keep). */
    static Map<String, String> signature(SuiteJudgment judgment) {
        ProofResult result = judgment.result();
        Map<String, String> signature = new LinkedHashMap<>();
        for (CheckOutcome outcome : result.outcomes().all()) {
            signature.put(outcome.id(), outcome.status().name());
        }
        for (ReadinessResult level : result.readiness()) {
            signature.put("level " + level.level(), level.status().name());
        }
        signature.put("verdict", result.verdictText());
        return signature;
    }

    /** {@code VAL25-06 PASS -> FAIL; verdict ...}, or empty when nothing changed. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String now = after.get(entry.getKey());
            if (!entry.getValue().equals(now)) {
                changes.add(entry.getKey() + " " + entry.getValue() + " -> " + (now == null ? "(gone)" : now));
            }
        }
        for (String key : after.keySet()) {
            if (!before.containsKey(key)) {
                changes.add(key + " (new) " + after.get(key));
            }
        }
        return String.join("; ", changes);
    }
}
