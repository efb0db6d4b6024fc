package dev.junitproof.suites.slices;

import dev.junitproof.api.suite.CheckGroup;
import dev.junitproof.api.suite.CheckSpec;
import dev.junitproof.api.suite.PlanNode;
import dev.junitproof.api.suite.SourceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slice's own checks as tests: one container per slice ({@code VAL07 Fleet Rollout Latency Baseline}) with a
 * test for the report itself and one per check the lab recorded ({@code VAL07-01 plan_create_samples_collected}).
 * A check the lab recorded FAIL or SKIP fails its test: a skipped check counts as not passed (contract), and it is
 * not "not yet due" either, so it is never aborted like a pending one.
 */
public final class SliceChecks {

    private SliceChecks() {
    }

    public static CheckGroup group(SliceEvidence slice) {
        return group(slice, Set.of());
    }

    /**
     * @param reserved ids the suite's own checks use ({@code VAL07-p99}, {@code VAL25-06}): a lab check recorded
     *                 under one of them is numbered ({@code VAL07-p99#2}) so it cannot collide with the suite's
     */
    public static CheckGroup group(SliceEvidence slice, Set<String> reserved) {
        SliceSpec spec = slice.spec();
        List<PlanNode> children = new ArrayList<>();
        CheckSpec report = reportCheck(slice);
        children.add(report);
        Map<String, Integer> occurrences = new HashMap<>();
        occurrences.put(report.id(), 1);
        reserved.forEach(id -> occurrences.put(id, 1));
        for (int i = 0; i < slice.checks().size(); i++) {
            SliceCheck recorded = slice.checks().get(i);
            String id = treeId(spec, recorded.id(), occurrences);
            SourceRef source = SourceRef.of(spec.file(), "/checks/" + i);
            children.add(new CheckSpec(id, recorded.name(), source, check -> {
                check.source(source).detail(recorded.detail()).measured(recorded.result().name())
                        .target(SliceResult.PASS.name());
                String what = recorded.id() + " " + recorded.name() + " recorded " + recorded.result() + " by the lab in "
                        + source + (recorded.detail().isEmpty() ? "" : " (" + recorded.detail() + ")");
                if (recorded.result() == SliceResult.SKIP) {
                    throw new AssertionError(what + ": the lab skipped it, and a skipped check counts as not passed");
                }
                if (!recorded.passed()) {
                    throw new AssertionError(what);
                }
            }));
        }
        return CheckGroup.of(spec.val(), spec.val() + " " + spec.name(), SourceRef.file(spec.file()), children);
    }

    /**
     * The id a recorded check gets in the tree, unique in the whole suite run whatever the lab wrote: an id of
     * another slice (or of the suite's matrix) is put under this slice's name, and a repeated id is numbered,
     * so a malformed report still shows every check it recorded instead of breaking the run.
     */
    static String treeId(SliceSpec spec, String recordedId, Map<String, Integer> occurrences) {
        String own = recordedId.startsWith(spec.val() + "-") ? recordedId : spec.val() + "/" + recordedId;
        int n = occurrences.merge(own, 1, Integer::sum);
        return n == 1 ? own : own + "#" + n;
    }

    private static CheckSpec reportCheck(SliceEvidence slice) {
        SliceSpec spec = slice.spec();
        SourceRef source = SourceRef.of(spec.file(), "/checks");
        String title = "report: " + spec.expectedChecks() + " uniquely numbered checks";
        return new CheckSpec(spec.val() + "-report", title, source, check -> {
            check.source(source).target(spec.expectedChecks() + " checks " + spec.checkId(1) + ".."
                    + spec.checkId(spec.expectedChecks()));
            if (!slice.present()) {
                check.detail("MISSING: " + slice.detail()).measured("MISSING");
                throw new AssertionError(spec.val() + " report MISSING: " + slice.detail());
            }
            check.measured(slice.checks().size() + " checks").detail(slice.countText());
            assertThat(SliceReader.structuralProblem(spec, slice.checks()))
                    .as("%s check list in %s", spec.val(), spec.file())
                    .isEmpty();
        });
    }
}
